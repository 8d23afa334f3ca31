"""Engine behaviour: strict policy loading, Kleene logic, decisions, traces and the log."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
import yaml

from chartreview.errors import InvalidArgumentError, PolicyError
from chartreview.models import Decision, Finding
from rules.engine import (
    decision_log_entry,
    evaluate,
    kleene_and,
    kleene_not,
    kleene_or,
    list_policies,
    load_policy,
)
from rules.policy import POLICY_DIR

AS_OF = dt.date(2026, 11, 28)
T, F, U = True, False, None


def f(field, value, group=None, **kw) -> Finding:
    return Finding(field=field, value=value, group=group, alignment="exact", quote=str(value), **kw)


FULL = [
    f("patient.date_of_birth", "1971-04-11"),
    f("condition.onset_date", "2025-01-10"),
    f("severity.stated", "severe"),
    f("therapy.drug", "Ultravate", "t1"),
    f("therapy.duration_days", "35", "t1"),
    f("therapy.response", "inadequate", "t1"),
    f("prescriber.specialty", "Dermatology"),
]


# ------------------------------------------------------------------ Kleene truth tables
@pytest.mark.parametrize(("a", "b"), list(itertools.product([T, F, U], repeat=2)))
def test_kleene_tables(a, b):
    expect_and = F if F in (a, b) else (U if U in (a, b) else T)
    expect_or = T if T in (a, b) else (U if U in (a, b) else F)
    assert kleene_and([a, b]) is expect_and
    assert kleene_or([a, b]) is expect_or


def test_kleene_not_and_empty():
    assert (kleene_not(T), kleene_not(F), kleene_not(U)) == (F, T, U)
    assert kleene_and([]) is T and kleene_or([]) is F


# ------------------------------------------------------------------ strict loading
def _write_policy(tmp_path: Path, mutate) -> Path:
    raw = yaml.safe_load((POLICY_DIR / "IP0759.yaml").read_text())
    mutate(raw)
    path = tmp_path / "X.yaml"
    path.write_text(yaml.safe_dump(raw, sort_keys=False))
    return path


def test_load_by_id_and_path_and_list():
    by_id = load_policy("IP0759")
    by_path = load_policy(POLICY_DIR / "IP0759.yaml")
    assert by_id.revision == by_path.revision and len(by_id.revision) == 64
    assert [c.id for c in by_id.criteria] == [
        "1.A", "1.B", "1.C", "1.D.i", "1.D.ii", "1.D.iii", "1.E", "NC.1", "NC.2"
    ]
    assert "IP0759" in list_policies() and "IP0759.cases" not in list_policies()


def test_unknown_policy_id_lists_available():
    with pytest.raises(PolicyError, match=r"unknown policy 'IP9999'; available: .*IP0759"):
        load_policy("IP9999")


def test_typo_top_level_key(tmp_path):
    path = _write_policy(tmp_path, lambda r: r.update(aproval_days=r.pop("approval_days")))
    with pytest.raises(PolicyError) as exc:
        load_policy(path)
    msg = str(exc.value)
    assert "'aproval_days'" in msg and "approval_days" in msg.split("allowed keys:")[1]
    assert "\n" not in msg


def test_typo_criterion_key_names_criterion(tmp_path):
    path = _write_policy(tmp_path, lambda r: r["criteria"][2].update(mising="x"))
    with pytest.raises(PolicyError, match=r"criteria\[2\] \(1\.C\).*unknown key 'mising'.*missing"):
        load_policy(path)


def test_unknown_operator(tmp_path):
    path = _write_policy(tmp_path, lambda r: r["criteria"][0].update(rule={"gtee": ["age_years", 18]}))
    with pytest.raises(PolicyError, match=r"\(1\.A\)\.rule: unknown operator 'gtee'; allowed operators: .*gte"):
        load_policy(path)


def test_unknown_fact_and_item_attribute(tmp_path):
    path = _write_policy(tmp_path, lambda r: r["criteria"][0].update(rule={"gte": ["age", 18]}))
    with pytest.raises(PolicyError, match=r"unknown fact 'age'; allowed facts: age_years"):
        load_policy(path)

    def bad_attr(r):
        r["criteria"][3]["rule"]["some"]["where"] = {"eq": ["item.klass", "tcs"]}

    with pytest.raises(PolicyError, match=r"unknown attribute 'item.klass' of therapies"):
        load_policy(_write_policy(tmp_path, bad_attr))


def test_unknown_quantifier_key(tmp_path):
    def bad(r):
        r["criteria"][3]["rule"]["some"]["wher"] = r["criteria"][3]["rule"]["some"].pop("where")

    with pytest.raises(PolicyError, match=r"unknown key 'wher'; allowed keys: in, where, test, empty"):
        load_policy(_write_policy(tmp_path, bad))


def test_not_yaml(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("id: [unclosed\n")
    with pytest.raises(PolicyError, match="not valid YAML"):
        load_policy(p)


# ------------------------------------------------------------------ decisions
def test_approve_window_and_contract():
    d = evaluate(load_policy("IP0759"), FULL, AS_OF)
    assert d.decision.value == "approve", [(c.id, c.status, c.reason) for c in d.criteria]
    assert d.approval.days == 120 and d.approval.start == AS_OF
    assert d.approval.end == dt.date(2027, 3, 27)
    assert d.missing == [] and d.policy == "IP0759"
    assert [x.id for x in d.findings] == [f"f{i}" for i in range(1, 8)]
    assert Decision.model_validate_json(d.model_dump_json()).decision == d.decision


def test_reason_trace_and_findings_cited():
    d = evaluate("IP0759", FULL, "2026-11-28")
    a = d.criteria[0]
    assert a.reason == "Age 55 (DOB 1971-04-11) is at least 18."
    assert a.findings == ["f1"] and "age_years >= 18" in a.trace[0]
    di = d.criteria[3]
    assert set(di.findings) == {"f4", "f5", "f6"}
    assert "halobetasol propionate" in di.reason and "super-high" in di.reason


def test_needs_info_lists_missing():
    d = evaluate("IP0759", FULL[:-1], AS_OF)
    assert d.decision.value == "needs_info" and d.approval is None
    e = next(c for c in d.criteria if c.id == "1.E")
    assert e.status.value == "unknown" and e.missing and d.missing == [e.missing]


def test_json_round_tripped_values_are_coerced():
    """Values that went through JSON arrive as strings; the engine must coerce them."""
    again = [Finding.model_validate(json.loads(x.model_dump_json())) for x in FULL]
    assert evaluate("IP0759", again, AS_OF).decision.value == "approve"


def test_existing_ids_kept_and_new_ids_do_not_collide():
    fs = [f("patient.age", 40).model_copy(update={"id": "f2"}), f("severity.stated", "mild")]
    ids = [x.id for x in evaluate("IP0759", fs, AS_OF).findings]
    assert ids[0] == "f2" and ids[1] != "f2" and len(set(ids)) == 2


def test_bad_as_of():
    with pytest.raises(InvalidArgumentError):
        evaluate("IP0759", FULL, "28/11/2026")


def test_decision_is_deterministic_and_log_has_no_chart_text():
    d1 = evaluate("IP0759", FULL, AS_OF)
    d2 = evaluate("IP0759", list(FULL), AS_OF)
    assert d1.model_dump() == d2.model_dump()
    entry = decision_log_entry(d1, now=dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC))
    assert entry["policy_revision"] == d1.policy_revision
    assert entry["result"]["decision"] == "approve" and entry["result"]["criteria"]["NC.2"] == "met"
    assert len(entry["input_hash"]) == 64
    blob = json.dumps(entry)
    assert "1971" not in blob and "Ultravate" not in blob and "inadequate" not in blob
    other = evaluate("IP0759", FULL[:-1], AS_OF)
    assert decision_log_entry(other)["input_hash"] != entry["input_hash"]


def test_revision_changes_with_file(tmp_path):
    path = _write_policy(tmp_path, lambda r: r.update(approval_days=60))
    pol = load_policy(path)
    assert pol.revision != load_policy("IP0759").revision
    d = evaluate(pol, FULL, AS_OF)
    assert d.approval.days == 60 and d.approval.end == AS_OF + dt.timedelta(days=59)


def test_engine_imports_no_llm_pdf_or_ui():
    import subprocess
    import sys

    code = (
        "import sys, rules.engine; bad = [m for m in ('openai','instructor','streamlit',"
        "'pdfplumber','extract','ui') if m in sys.modules]; print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_policy_thresholds_come_from_its_rules_not_from_code():
    from rules.policy import load_policy

    th = load_policy("IP0759").thresholds()
    assert th["age_years"] == (18.0,) and th["condition_duration_months"] == (3.0,)
    assert "item.potency" not in th  # item attributes are compared per item, not as facts
