"""Rules added for staging batch r25 (helper C)."""

from test_offline import NOTE, run

HEAD = "\n".join(NOTE.split("\n")[:5])


def test_offer_then_refusal_with_words_between_is_not_a_course():
    # "X was offered <when> but he declined": the refusal after a few words still negates X
    text = (HEAD + "\nHISTORY\nBetamethasone dipropionate 0.05% cream was offered in March "
            "but he declined because of worry about skin thinning.\n")
    fs = run(text)
    beta = [f for f in fs if f.field == "therapy.drug" and "betamethasone" in str(f.value).lower()
            and "negated" not in f.context]
    assert beta == []
