"""Author K: write labels.jsonl for staging/k from the records below (run with any python3)."""
import json
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ALL_MET = {k: "met" for k in ["1.A", "1.B", "1.C", "1.D.i", "1.D.ii", "1.D.iii", "1.E", "NC.1", "NC.2"]}


def age(dob, as_of):
    d, a = date.fromisoformat(dob), date.fromisoformat(as_of)
    return a.year - d.year - ((a.month, a.day) < (d.month, d.day))


def days(start, end):
    """inclusive day count"""
    return (date.fromisoformat(end) - date.fromisoformat(start)).days + 1


def tcs(drug, strength, potency, cdays, inadequate):
    return {"drug": drug, "strength": strength, "potency": potency,
            "consecutive_days": cdays, "inadequate_response": inadequate}


def decision(c):
    v = c.values()
    return "deny" if "not_met" in v else ("approve" if all(x == "met" for x in v) else "needs_info")


CASES = []


def case(cid, files, as_of, dob, crit, facts, evidence, tags, notes):
    c = dict(ALL_MET)
    c.update(crit)
    f = {"age": age(dob, as_of) if dob else None}
    f.update(facts)
    CASES.append({"case": cid, "files": [f"{cid}/{x}" for x in files], "as_of": as_of,
                  "decision": decision(c), "criteria": c, "facts": f, "evidence": evidence,
                  "tags": tags, "notes": notes})


def F(severity, dur, rec, spec, tcs_list, jak=(), imm=()):
    return {"severity": severity, "che_duration_months": dur, "recurrences_12mo": rec,
            "prescriber_specialty": spec, "tcs_tried": list(tcs_list),
            "concurrent_jak": list(jak), "concurrent_immunosuppressants": list(imm)}


# ---------------------------------------------------------------- d536 college swimmer, turned 18
case("d536", ["derm_consult.pdf", "pa_form.pdf"], "2026-03-09", "2008-03-02", {},
     F("moderate", 7, None, "dermatology", [
         tcs("hydrocortisone (OTC)", None, "low", None, True),
         tcs("fluocinonide", "0.05%", "high", days("2025-12-01", "2026-01-12"), True)]),
     {"1.A": ["DOB: 03/02/2008"],
      "1.B": ["Present since 08/2025, continuous"],
      "1.C": ["IGA-CHE: 3 (moderate)"],
      "1.D.i": ["fluocinonide 0.05% ointment"],
      "1.D.ii": ["used it every morning and night through 01/12/2026"],
      "1.D.iii": ["fissures never closed, itch persisted"],
      "1.E": ["Priya Raghunathan, MD (Dermatology)"],
      "NC.1": ["Denies any oral steroids, biologics, or JAK-type meds"],
      "NC.2": ["Father's methotrexate noted - not relevant to pt's tx"]},
     ["age-boundary-birthday", "stale-banner-age", "family-history", "otc-hydrocortisone",
      "dates-arithmetic", "multi-doc", "pa-form", "table"],
     "College swimmer born 03/02/2008: 17 at the 02/16 visit (banner 'Age: 17 y', HPI '17 yo') but 18 "
     "since 2026-03-02, a week before as_of, so 1.A met. Father's methotrexate is a relative's drug. "
     "Fluocinonide 0.05% oint 12/01/2025-01/12/2026 daily = 43 days. Duration Aug 2025 -> Mar 2026 ~7 mo.")

# ---------------------------------------------------------------- d537 line cook, 9 days short of 18
case("d537", ["progress_note.pdf", "lmn.pdf"], "2026-06-12", "2008-06-21", {"1.A": "not_met"},
     F("severe", 20, None, "dermatology", [
         tcs("triamcinolone acetonide", "0.025%", "low", None, True),
         tcs("clobetasol propionate", "0.05%", "super-high", days("2026-03-02", "2026-04-06"), True)]),
     {"1.A": ["DOB: 06/21/2008", "pt is 17, turns 18 later this month"],
      "1.B": ["Disease continuous > 18 months"],
      "1.C": ["IGA-CHE 4 - severe"],
      "1.D.i": ["clobetasol propionate 0.05% cream BID"],
      "1.D.ii": ["used it twice every day from 3/2 until 4/6"],
      "1.D.iii": ["Inadequate response to clobetasol 0.05% cream"],
      "1.E": ["Marcus Oyelaran-Price, MD, FAAD (Dermatology)"],
      "NC.1": ["No hx of JAK inhibitor, MTX, cyclosporine"],
      "NC.2": ["takes no systemic immunosuppressive medication"]},
     ["under-18", "age-boundary-birthday", "conflict", "letter", "multi-doc", "dates-arithmetic", "table"],
     "DOB 06/21/2008 -> 17 on as_of 2026-06-12 (turns 18 nine days later). The letter of medical necessity "
     "calls her 'an 18-year-old'; the DOB and the note ('pt is 17') decide. Everything else met "
     "(clobetasol cream 3/2-4/6 = 36 days); the earlier triamcinolone 0.025% cream is low potency "
     "(the letter says so) and irrelevant to the decision.")

# ---------------------------------------------------------------- d538 pregnant dental hygienist
case("d538", ["office_visit.pdf", "pa_request.pdf"], "2026-04-28", "1994-09-14",
     {"1.D.i": "not_met", "1.D.ii": "not_met", "1.D.iii": "not_met"},
     F("severe", 10, None, "dermatology", [
         tcs("hydrocortisone (OTC)", "1%", "low", None, True),
         tcs("desonide", "0.05%", "low", days("2025-12-29", "2026-02-22"), True),
         tcs("hydrocortisone", "2.5%", "low", days("2026-03-10", "2026-04-21"), True)]),
     {"1.A": ["DOB: 09/14/1994"],
      "1.B": ["Hands started breaking out last June (06/2025)"],
      "1.C": ["IGA-CHE: 4 / severe"],
      "1.D.i": ["Has NOT used triamcinolone/clobetasol or other mid/high-potency steroids"],
      "1.D.ii": ["we deliberately kept to low-potency agents"],
      "1.D.iii": ["low-potency TCS have failed"],
      "1.E": ["Joanne K. Lindqvist, MD - Dermatology"],
      "NC.1": ["No biologics, no JAK inhibitors"],
      "NC.2": ["no methotrexate/cyclosporine (contraindicated)"]},
     ["pregnancy", "low-potency-only", "otc-hydrocortisone", "tcs-not-advisable-claim", "negation",
      "pa-form", "multi-doc", "table"],
     "Pregnant dental hygienist; only low-potency TCS (OTC HC 1%, desonide 0.05%, HC 2.5%) were used. "
     "The prescriber argues higher-potency TCS are 'not advisable', but IP0759 criterion 1.D has no "
     "inadvisability exception (that wording is only in the label/overview), so per the conventions "
     "no qualifying TCS -> 1.D.i/ii/iii all not_met.")

# ---------------------------------------------------------------- d539 retired machinist, Jakafi buried
case("d539", ["derm_note.pdf", "pa_form.pdf"], "2026-05-19", "1951-11-30", {"NC.1": "not_met"},
     F("severe", 34, None, "dermatology", [
         tcs("triamcinolone acetonide", "0.1%", "medium", None, None),
         tcs("clobetasol propionate", "0.05%", "super-high", days("2026-01-20", "2026-03-17"), True)],
       jak=["ruxolitinib"]),
     {"1.A": ["DOB: 11/30/1951"],
      "1.B": ["Present continuously since 2023"],
      "1.C": ["SEVERE, HECSI 52"],
      "1.D.i": ["clobetasol propionate 0.05% ointment BID x 8 wks"],
      "1.D.ii": ["applied it every morning and every night through 03/17/2026"],
      "1.D.iii": ["Inadequate response to 8 wks of daily clobetasol 0.05% oint"],
      "1.E": ["Sunita Varadarajan, MD (Board Certified, Dermatology)"],
      "NC.1": ["ruxolitinib (JAKAFI) 10 mg tab 1 tab PO BID 03/2023 Active",
               "Polycythemia vera (JAK2 V617F+, 2021)"],
      "NC.2": ["no oral steroids or methotrexate"]},
     ["polypharmacy", "buried-med", "jak-other-indication", "conflict", "historical-med", "pa-form",
      "multi-doc", "table"],
     "20-line reconciled med list: ruxolitinib (Jakafi) for polycythemia vera is Active, line 12, never "
     "mentioned in HPI/A&P; hydroxyurea (discontinued 2023) is a distractor. The PA form answers 'No' to "
     "another JAK inhibitor - conflicts with the chart; the documented active med decides -> NC.1 not_met. "
     "Clobetasol oint 01/20-03/17/2026 = 57 days. Duration summer 2023 -> 05/2026 ~34 mo.")

# ---------------------------------------------------------------- d540 retired HVAC tech, Xeljanz stopped
case("d540", ["pcp_awv.pdf", "derm_visit.pdf"], "2026-07-22", "1958-07-08", {},
     F("moderate", 27, None, "dermatology", [
         tcs("triamcinolone acetonide", "0.1%", "medium-high", days("2026-04-27", "2026-06-08"), True)]),
     {"1.A": ["DOB: 7/8/1958"],
      "1.B": ["present > 2 yrs"],
      "1.C": ["Chronic hand eczema, moderate (IGA-CHE 3)"],
      "1.D.i": ["triamcinolone 0.1% ointment BID"],
      "1.D.ii": ["using it twice daily, every day, from 4/27 through 6/8"],
      "1.D.iii": ["Failed ~6 weeks of daily triamcinolone 0.1% ointment"],
      "1.E": ["Dermatology - NPI 1326059871"],
      "NC.1": ["08/14/2024 discontinued", "Off Xeljanz since zoster."],
      "NC.2": ["Currently HCQ only, joints quiet."]},
     ["polypharmacy", "historical-med", "stale-banner-age", "table", "multi-doc", "dates-arithmetic"],
     "18-line PCP med list: tofacitinib (Xeljanz) discontinued 08/14/2024 and methotrexate discontinued "
     "02/2021 are past, not concurrent; current RA therapy hydroxychloroquine is not a potent "
     "immunosuppressant. PCP note says 67 yo (06/30) but he turned 68 on 07/08. Triamcinolone 0.1% oint "
     "4/27-6/8 daily = 43 days (later 'stretched' use irrelevant). Duration spring 2024 -> 07/2026 ~27 mo.")

# ---------------------------------------------------------------- d541 kidney transplant
case("d541", ["derm_note.pdf", "nephrology_letter.pdf"], "2026-02-24", "1974-01-25", {"NC.2": "not_met"},
     F("moderate", 22, None, "dermatology", [
         tcs("desoximetasone", "0.25%", "high", days("2026-01-05", "2026-02-01"), True)],
       imm=["tacrolimus", "mycophenolate mofetil"]),
     {"1.A": ["DOB: 01/25/1974"],
      "1.B": ["Continuous ~2 years"],
      "1.C": ["IGA-CHE = 3 (moderate)"],
      "1.D.i": ["desoximetasone 0.25% ointment once daily"],
      "1.D.ii": ["01/05/2026 through 02/01/2026 (4 weeks"],
      "1.D.iii": ["Inadequate response to desoximetasone 0.25% oint daily x 28 days"],
      "1.E": ["Rosa Castellano-Wu, MD, Dermatology"],
      "NC.2": ["tacrolimus ER (Envarsus XR) 4 mg 4 mg PO once daily 2021 Active",
               "mycophenolate mofetil 500 mg twice daily",
               "We do not plan to reduce or stop any of these"]},
     ["transplant", "oral-vs-topical-tacrolimus", "negation", "boundary-28-days", "letter", "multi-doc",
      "table"],
     "Renal transplant on systemic tacrolimus ER + mycophenolate (+ prednisone 5 mg), continuing -> NC.2 "
     "not_met. The note's 'No topical calcineurin inhibitor has been tried' is a negation about TOPICAL "
     "tacrolimus and does not cancel the oral drug. Desoximetasone 01/05-02/01/2026 inclusive = exactly "
     "28 days -> 1.D.ii met. Prednisone 5 mg left out of the immunosuppressant list (low dose); the "
     "decision does not depend on it.")

# ---------------------------------------------------------------- d542 RA on Rinvoq
case("d542", ["derm_progress.pdf", "pa_form.pdf"], "2026-08-11", "1967-05-03", {"NC.1": "not_met"},
     F("severe", 36, None, "dermatology", [
         tcs("hydrocortisone (OTC)", "1%", "low", None, None),
         tcs("mometasone furoate", "0.1%", "high", days("2026-05-04", "2026-07-20"), True)],
       jak=["upadacitinib"]),
     {"1.A": ["DOB: 05/03/1967"],
      "1.B": ["chronic hand eczema since ~2023, continuously present"],
      "1.C": ["IGA-CHE 4 (severe)"],
      "1.D.i": ["mometasone furoate 0.1% ointment BID"],
      "1.D.ii": ["used BID every day 05/04/2026 through 07/20/2026"],
      "1.D.iii": ["the cracks don't close"],
      "1.E": ["Ibrahim Saleh, MD (Dermatology)"],
      "NC.1": ["upadacitinib ER (RINVOQ) 15 mg", "she does not want to stop or switch Rinvoq"]},
     ["jak-other-indication", "conflict", "pa-form", "multi-doc", "table", "otc-hydrocortisone"],
     "Upadacitinib (Rinvoq) for RA is active and will be continued with Anzupgo. PA form ticks 'No' for "
     "another JAK inhibitor; the chart decides -> NC.1 not_met. Mometasone 0.1% oint 05/04-07/20 = 78 days.")

# ---------------------------------------------------------------- d543 psoriasis on methotrexate
case("d543", ["derm_note.pdf", "pharmacy_history.pdf"], "2026-09-03", "1980-10-17", {"NC.2": "not_met"},
     F("moderate", 36, None, "dermatology", [
         tcs("clobetasol propionate", "0.05%", "super-high", days("2026-06-15", "2026-07-27"), True)],
       imm=["methotrexate"]),
     {"1.A": ["DOB: 10/17/1980"],
      "1.B": ["Bilateral hand dermatitis since at least 2023, never clear"],
      "1.C": ["IGA-CHE 3 = moderate"],
      "1.D.i": ["Clobetasol 0.05% ointment BID started 6/15"],
      "1.D.ii": ["he used it BID daily through 7/27 (6 wks)"],
      "1.D.iii": ["Partial improvement at best"],
      "1.E": ["Catriona Hollis, MD, FAAD - Dermatology"],
      "NC.2": ["CONTINUE methotrexate 20 mg SC weekly", "08/31/2026 METHOTREXATE 20MG/0.4ML AUTOINJ"]},
     ["psoriasis", "brand-name", "held-dose", "pharmacy-claims", "multi-doc", "table", "dates-arithmetic"],
     "Methotrexate 20 mg SC weekly (Otrexup) for psoriasis, active and continued; a single held dose in "
     "July does not make it past use (resumed 08/02, filled 08/31). Biopsy shows hand eczema, not "
     "palmar psoriasis. Clobetasol 6/15-7/27 = 43 days.")

# ---------------------------------------------------------------- d544 PCP + derm e-consult
case("d544", ["pcp_note.pdf", "derm_econsult.pdf"], "2026-03-31", "1981-12-09", {},
     F("moderate", 9, None, "family medicine", [
         tcs("mometasone furoate", "0.1%", "high", days("2026-01-26", "2026-03-16"), True)]),
     {"1.A": ["DOB: 12/09/1981"],
      "1.B": ["Present ~9 months"],
      "1.C": ["Severity on photos: IGA-CHE 3 (moderate)"],
      "1.D.i": ["mometasone furoate 0.1% ointment nightly"],
      "1.D.ii": ["She used it every night from 01/26 to 03/16"],
      "1.D.iii": ["Failed 7 wks of daily mometasone 0.1% ointment"],
      "1.E": ["prescribed in consultation with Dermatology per e-consult recommendation",
              "OK to list me as consulting dermatologist on the PA"],
      "NC.1": ["NOT starting now"]},
     ["pcp-with-consult", "e-consult", "planned-med", "multi-doc", "dates-arithmetic", "table"],
     "Family physician prescribes, but in documented consultation with a board-certified dermatologist "
     "(e-consult recommending Anzupgo) -> 1.E met; prescriber_specialty records the prescriber "
     "(family medicine). Abrocitinib (Cibinqo) is only a possible future option -> not concurrent. "
     "Mometasone 0.1% oint nightly 01/26-03/16 = 50 days (once-daily use is daily).")

# ---------------------------------------------------------------- d545 internist, no derm, old flare
case("d545", ["im_note.pdf", "pa_form.pdf"], "2026-03-12", "1976-04-04", {"1.B": "not_met", "1.E": "not_met"},
     F("moderate", 2, 1, "internal medicine", [
         tcs("triamcinolone acetonide", "0.1%", "medium-high", days("2026-01-14", "2026-02-26"), True)]),
     {"1.A": ["DOB: 04/04/1976"],
      "1.B": ["Current flare started 01/12/2026",
              "his hands were then completely clear through all of 2025"],
      "1.C": ["Hand eczema, chronic, moderate - L30.9"],
      "1.D.i": ["started triamcinolone acetonide 0.1% ointment BID"],
      "1.D.ii": ["Used twice a day every day from 1/14 through 2/26"],
      "1.D.iii": ["No meaningful improvement"],
      "1.E": ["No dermatology involvement to date.", "Renee Boudreaux, MD (Internal Medicine)"],
      "NC.1": ["Takes no steroid pills, no immune meds."]},
     ["pcp-no-specialist", "flares-outside-window", "family-history", "dates-arithmetic", "pa-form",
      "multi-doc"],
     "Current episode began 01/12/2026 (~2 months at as_of). Prior episode summer 2024 cleared by 10/2024 "
     "and he was clear all of 2025, so only one return in the past 12 months -> 1.B not_met despite 'on "
     "and off since 2019' and the word 'chronic'. Internist prescribing, derm referral declined -> 1.E "
     "not_met. Mother's Olumiant is a relative's drug. TCS 1/14-2/26 = 44 days.")

# ---------------------------------------------------------------- d546 barber, PRN clobetasol
case("d546", ["derm_note.pdf", "pa_form.pdf"], "2026-05-06", "1989-08-19", {"1.D.ii": "not_met"},
     F("moderate", 130, None, "dermatology", [
         tcs("clobetasol propionate", "0.05%", "super-high", 7, True)]),
     {"1.A": ["DOB: 08/19/1989"],
      "1.B": ["never fully clear for more than a couple of weeks in the last 2 years"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["clobetasol 0.05% ointment on his list since 03/2023"],
      "1.D.ii": ["puts it on 3-4 nights in a row, then stops",
                 "Has never used it more than about a week straight."],
      "1.D.iii": ["Inadequate response to topical corticosteroids"],
      "1.E": ["Adaeze Chukwu, MD (Dermatology)"],
      "NC.1": ["No immunosuppressants, no JAK meds."]},
     ["prn-use", "conflict", "pa-form", "multi-doc", "table"],
     "Clobetasol has been on the med list since 2023 but is used PRN 3-4 nights at a time, never more "
     "than ~1 week straight -> 1.D.ii not_met; the PA form's 'Yes ... since 2023' conflicts with the "
     "chart, which decides. consecutive_days = 7 is the longest run described. Duration 'since 2015' "
     "(~130 months, approximate).")

# ---------------------------------------------------------------- d547 tattoo artist, non-steroids only
case("d547", ["derm_visit.pdf"], "2026-10-14", "1997-02-11",
     {"1.D.i": "not_met", "1.D.ii": "not_met", "1.D.iii": "not_met"},
     F("severe", 32, None, "dermatology", [
         tcs("hydrocortisone (OTC)", "1%", "low", None, True)]),
     {"1.A": ["DOB: 02/11/1997"],
      "1.B": ["chronic hand eczema since early 2024, continuous"],
      "1.C": ["IGA-CHE 4 (severe)"],
      "1.D.i": ["She has never been prescribed a topical steroid stronger than OTC hydrocortisone."],
      "1.D.ii": ["a TCS trial has not been done"],
      "1.D.iii": ["TCS: none beyond OTC HC 1%"],
      "1.E": ["Leila Farrokhzad, MD - Dermatology"],
      "NC.1": ["Never used Opzelura or any oral JAK inhibitor."],
      "NC.2": ["No methotrexate/cyclosporine."]},
     ["non-steroid-only", "otc-hydrocortisone", "topical-tacrolimus", "negation", "tcs-not-advisable-claim",
      "table"],
     "Only OTC hydrocortisone 1% plus non-steroids (crisaborole, topical tacrolimus); prescriber says TCS "
     "not advisable and patient declines, but criterion 1.D requires a trial -> 1.D.i/ii/iii not_met. "
     "Active tacrolimus 0.1% ointment is topical, not a potent immunosuppressant -> NC.2 met.")

# ---------------------------------------------------------------- d548 EVS tech, recurrent flares
case("d548", ["derm_note.pdf"], "2026-02-10", "1984-07-30", {},
     F("moderate", 1, 3, "dermatology", [
         tcs("triamcinolone acetonide", "0.1%", "medium-high", days("2025-12-30", "2026-02-03"), True)]),
     {"1.A": ["DOB: 07/30/1984"],
      "1.B": ["1 11/2024 01/2025 first presentation", "2 04/2025 06/2025 recurred after new disinfectant; cleared",
              "3 09/2025 10/2025 recurred; cleared w/ TAC 3 wks", "4 12/29/2025 -- current, not clearing"],
      "1.C": ["Severity: IGA-CHE 3"],
      "1.D.i": ["restarted triamcinolone 0.1% ointment BID on 12/30/2025"],
      "1.D.ii": ["has used it every day since (still using, 5 wks today)"],
      "1.D.iii": ["current episode inadequate response to 5 weeks of daily triamcinolone 0.1% oint"],
      "1.E": ["Ifeoma Nwachukwu, DO (Dermatology)"],
      "NC.1": ["Denies use of JAK inhibitors, MTX, cyclosporine, oral steroids."]},
     ["recurrent-flares", "flares-counted-12mo", "severity-score-only", "dates-arithmetic", "table"],
     "Current episode only ~6 weeks old, so the >3-month prong fails, but the episode log shows first "
     "presentation 11/2024 and returns after clearance in 04/2025, 09/2025 and 12/2025 - three within "
     "12 months of as_of -> 1.B met. che_duration_months = current continuous episode (~1). Severity only "
     "'IGA-CHE 3' -> moderate. Triamcinolone 0.1% oint 12/30/2025 to the 02/03 visit = 36 days.")

# ---------------------------------------------------------------- d549 psoriasis, MTX stopped; stale PA form
case("d549", ["derm_note.pdf", "pa_form.pdf"], "2026-01-29", "1988-03-15", {},
     F("moderate", 21, None, "dermatology", [
         tcs("halobetasol propionate", "0.05%", "super-high", days("2025-11-17", "2026-01-05"), True)]),
     {"1.A": ["DOB: 03/15/1988"],
      "1.B": ["Hand dermatitis - continuous since spring 2024"],
      "1.C": ["IGA-CHE: 3 - moderate"],
      "1.D.i": ["halobetasol propionate 0.05% ointment BID"],
      "1.D.ii": ["used every day through 01/05/2026"],
      "1.D.iii": ["Inadequate response to 7 wks daily halobetasol 0.05%"],
      "1.E": ["Chiamaka Obi, MD, FAAD (Dermatology)"],
      "NC.2": ["METHOTREXATE DISCONTINUED 11/10/2025",
               "patient is NOT on methotrexate or any systemic immunosuppressant"]},
     ["psoriasis", "historical-med", "conflict", "pa-form", "multi-doc", "table"],
     "PA form (front desk, from a stale list) lists methotrexate as current and ticks 'Yes' for a "
     "concurrent potent immunosuppressant; the dermatologist's note documents MTX discontinued 11/10/2025 "
     "for transaminitis -> clinical fact decides, NC.2 met. Biologic for psoriasis only discussed, not "
     "started. Halobetasol 11/17/2025-01/05/2026 = 50 days.")

# ---------------------------------------------------------------- d550 allergist, HECSI only, Opzelura past
case("d550", ["allergy_note.pdf"], "2026-06-30", "1992-06-02", {},
     F("severe", 36, None, "allergy/immunology", [
         tcs("clobetasol propionate", "0.05%", "super-high", days("2026-03-02", "2026-04-13"), True)]),
     {"1.A": ["DOB: 06/02/1992"],
      "1.B": ["Present continuously since 2023 (> 3 years)"],
      "1.C": ["HECSI 41 (baseline 03/02/2026: 46)"],
      "1.D.i": ["clobetasol propionate 0.05% cream BID"],
      "1.D.ii": ["every day from 03/02/2026 through 04/13/2026"],
      "1.D.iii": ["Inadequate efficacy of clobetasol 0.05% cream after 6 weeks daily use."],
      "1.E": ["Miriam Osei-Tutu, MD - Allergy & Immunology"],
      "NC.1": ["stopped 11/2025, not resumed", "Opzelura (ruxolitinib) 1.5% cream BID 08/2025 Stopped 11/2025"],
      "NC.2": ["No oral JAK inhibitors, no cyclosporine, MTX, azathioprine or mycophenolate."]},
     ["allergist-prescriber", "severity-score-only", "hecsi", "historical-med", "opzelura", "topical-tacrolimus",
      "table"],
     "Prescriber is an allergist/immunologist -> 1.E met. Severity given only as HECSI 41 (>= 38 -> severe). "
     "Opzelura (topical JAK) stopped 11/2025 -> not concurrent; topical tacrolimus continues but is not a "
     "potent immunosuppressant. Clobetasol cream 03/02-04/13 = 43 days.")

# ---------------------------------------------------------------- d551 hairdresser, scanned LMN
case("d551", ["pa_form.pdf", "lmn_scan.pdf"], "2026-04-08", "1978-10-05", {},
     F("severe", 24, None, "dermatology", [
         tcs("hydrocortisone (OTC)", "1%", "low", None, True),
         tcs("clobetasol propionate", "0.05%", "super-high", days("2026-01-05", "2026-02-16"), True)]),
     {"1.A": ["Date of birth 10/05/1978"],
      "1.B": ["present continuously for more than two years"],
      "1.C": ["she had IGA-CHE 4"],
      "1.D.i": ["clobetasol propionate 0.05% ointment twice daily"],
      "1.D.ii": ["She applied it every day from 01/05/2026 to 02/16/2026 (six weeks)."],
      "1.D.iii": ["There was no meaningful improvement"],
      "1.E": ["Tomasz Brzezinski, MD Specialty Dermatology"],
      "NC.1": ["She takes no systemic immunosuppressant and no JAK inhibitor."],
      "NC.2": ["She takes no systemic immunosuppressant and no JAK inhibitor."]},
     ["scanned", "fax", "facts-split-across-docs", "otc-hydrocortisone", "pa-form", "letter", "multi-doc"],
     "Typed PA form gives DOB and specialty and defers details to the attached letter, which is a faxed "
     "image-only scan (no text layer). Clobetasol oint 01/05-02/16/2026 = 43 days; OTC HC 1% earlier.")

# ---------------------------------------------------------------- d552 chem grad student, relatives' meds
case("d552", ["derm_note.pdf", "intake_form.pdf"], "2026-11-17", "2001-09-09", {},
     F("severe", 27, None, "dermatology", [
         tcs("betamethasone dipropionate", "0.05%", "high", days("2026-09-14", "2026-10-19"), True)]),
     {"1.A": ["DOB: 09/09/2001"],
      "1.B": ["have not cleared since (> 2 years, continuous)"],
      "1.C": ["Chronic hand eczema - severe - L30.8"],
      "1.D.i": ["started betamethasone dipropionate 0.05% ointment BID"],
      "1.D.ii": ["She applied it twice daily without skipping through 10/19/2026 (5 weeks)"],
      "1.D.iii": ["inadequate response to 5 wks daily betamethasone dipropionate 0.05% oint"],
      "1.E": ["Dermatology NPI 1790365184"],
      "NC.1": ["She denies personal use of any JAK inhibitor",
               "explained that is her mother's medication"],
      "NC.2": ["She denies personal use of any JAK inhibitor, methotrexate, cyclosporine"]},
     ["family-history", "relatives-meds", "negation", "intake-form", "multi-doc", "table"],
     "Family-history table and intake form list the mother's upadacitinib (Rinvoq) and brother's "
     "azathioprine; neither is the patient's. Betamethasone dipropionate 0.05% oint (high) 09/14-10/19 = "
     "36 days. Severity stated only as the word 'severe'.")

# ---------------------------------------------------------------- d553 mechanic, exam-only severity
case("d553", ["derm_note.pdf", "pa_form.pdf"], "2026-02-18", "1979-01-19", {"1.C": "unknown"},
     F(None, 36, None, "dermatology", [
         tcs("clobetasol propionate", "0.05%", "super-high", days("2025-12-01", "2026-01-11"), True)]),
     {"1.A": ["DOB: 01/19/1979"],
      "1.B": ["Hand eczema for about 3 years, never clears."],
      "1.C": ["Chronic hand eczema, hyperkeratotic type - L30.8", "Itch NRS 8/10 today"],
      "1.D.i": ["started clobetasol 0.05% ointment BID + cotton gloves overnight"],
      "1.D.ii": ["using it every day, AM and PM, through 01/11/2026 (6 wk)"],
      "1.D.iii": ["the cracking never healed"],
      "1.E": ["Daniela Prieto-Salas, MD - Dermatology"],
      "NC.1": ["no JAK inhibitor, no methotrexate/cyclosporine"]},
     ["exam-only-severity", "itch-score-not-severity", "pa-form-blank-field", "multi-doc", "table"],
     "Exam describes deep fissures and hyperkeratosis and itch NRS 8/10, but no severity word, IGA-CHE or "
     "HECSI anywhere; the PA form's severity and score fields are blank -> 1.C unknown (exam findings and "
     "an itch score are not a severity rating). Clobetasol 12/01/2025-01/11/2026 = 42 days.")

# ---------------------------------------------------------------- d554 daycare teacher, unnamed steroid
case("d554", ["new_patient.pdf", "records_request.pdf"], "2026-05-26", "1991-05-27", {"1.D.i": "unknown"},
     F("moderate", 7, None, "dermatology", [
         tcs("unnamed topical steroid (urgent care)", None, None, days("2026-03-09", "2026-04-15"), True)]),
     {"1.A": ["DOB: 05/27/1991"],
      "1.B": ["Rash on both hands since October 2025 and it has been there continuously since"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["she does not recall the name or strength", "no response yet; second request faxed"],
      "1.D.ii": ["She used it twice a day every day from 3/9 until about mid-April (~5 weeks)"],
      "1.D.iii": ["Failed ~5 wks of daily topical steroid from urgent care (agent unknown) - inadequate efficacy."],
      "1.E": ["Ezra Hollander, MD (Dermatology)"],
      "NC.1": ["She has never taken a JAK inhibitor or any immune-suppressing medication."]},
     ["unnamed-steroid", "records-pending", "family-history", "multi-doc", "table"],
     "Urgent-care 'steroid cream' with no name or strength and records not yet received -> potency "
     "cannot be told, 1.D.i unknown; 1.D.ii/iii judged on that trial (~5 weeks daily, 3/9-~4/15 = 38 "
     "days; no improvement) -> met. Sister's Dupixent is a relative's drug. Age 34 (35 the day after as_of).")

# ---------------------------------------------------------------- d555 lobsterman, TCS duration unknown, scanned PA
case("d555", ["derm_note.pdf", "pa_form_scan.pdf"], "2026-09-22", "1965-12-01", {"1.D.ii": "unknown"},
     F("moderate", 84, None, "dermatology", [
         tcs("mometasone furoate", "0.1%", "high", None, True)]),
     {"1.A": ["DOB: 12/01/1965"],
      "1.B": ["thinks since about 2019"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["mometasone 0.1% ointment last winter"],
      "1.D.ii": ["He is vague on how often/how long he used it.",
                 "mometasone 0.1% oint (unknown) winter 2025-26 (not known) inadequate"],
      "1.D.iii": ["Failed mometasone 0.1% oint (PCP) - inadequate."],
      "1.E": ["Margaret Thibodeau, MD (Dermatology)"],
      "NC.1": ["Never on methotrexate, cyclosporine, or JAK pills."]},
     ["scanned", "tcs-duration-missing", "pa-form", "multi-doc", "table"],
     "Qualifying TCS named (mometasone 0.1% ointment, high) with inadequate response, but neither the "
     "note nor the scanned PA form gives frequency or duration -> 1.D.ii unknown. Duration 'since about "
     "2019' (~84 months, approximate).")

# ---------------------------------------------------------------- d556 PA-C, specialty not stated
case("d556", ["visit_note.pdf", "pa_form.pdf"], "2026-06-03", "1963-02-02", {"1.E": "unknown"},
     F("severe", 24, None, None, [
         tcs("fluocinonide", "0.05%", "high", days("2026-02-16", "2026-03-30"), True)]),
     {"1.A": ["DOB: 02/02/1963"],
      "1.B": ["Present ~2 years"],
      "1.C": ["IGA-CHE 4 (severe)"],
      "1.D.i": ["started fluocinonide 0.05% cream BID"],
      "1.D.ii": ["Used BID daily 02/16-03/30/2026 per pt and wife"],
      "1.D.iii": ["Inadequate response to fluocinonide 0.05% cream daily x 6 wks"],
      "1.E": ["Supervising physician: Lionel Barretto, MD", "Prescriber Anna Ruiz, PA-C"],
      "NC.1": ["Pt himself takes no JAK inhibitors and no immunosuppressants."]},
     ["unstated-specialty", "pa-c", "spouse-med", "pa-form-unchecked", "multi-doc", "table"],
     "PA-C at a multi-specialty group; neither she nor the cosigning physician has a stated specialty and "
     "no specialty box is ticked on the PA form -> 1.E unknown. Wife's Xeljanz is not the patient's. "
     "Fluocinonide 0.05% cream 02/16-03/30 = 43 days.")

# ---------------------------------------------------------------- d557 housekeeper, duration unknown
case("d557", ["visit1_0511.pdf", "visit2_0622.pdf"], "2026-07-09", "1963-08-08", {"1.B": "unknown"},
     F("moderate", None, None, "dermatology", [
         tcs("clobetasol propionate", "0.05%", "super-high", days("2026-05-11", "2026-06-22"), True)]),
     {"1.A": ["DOB: 08/08/1963"],
      "1.B": ["Onset/duration: unable to establish."],
      "1.C": ["HECSI 30 (05/11: 34)"],
      "1.D.i": ["Start clobetasol propionate 0.05% cream BID, every day"],
      "1.D.ii": ["Used clobetasol 0.05% cream twice daily, every day since 05/11"],
      "1.D.iii": ["Inadequate efficacy of clobetasol 0.05% cream after 6 wks of daily use."],
      "1.E": ["Kaveh Mahmoudi, MD (Dermatology)"],
      "NC.1": ["No immunosuppressive or JAK medications"]},
     ["duration-unknown", "interpreter", "severity-score-only", "hecsi", "multi-doc", "dates-arithmetic",
      "table"],
     "Onset could not be established through the interpreter ('hace tiempo'); the chart documents the "
     "eczema only from 05/11/2026 (<2 months before as_of) and no recurrences -> 1.B unknown. Severity "
     "only HECSI 34 -> 30 (17-37 -> moderate). Clobetasol cream 05/11-06/22 = 43 days.")

# ---------------------------------------------------------------- d558 electrician, response never stated
case("d558", ["derm_visit_0831.pdf", "phone_note_1014.pdf", "pa_form.pdf"], "2026-10-27", "1971-03-23",
     {"1.D.iii": "unknown"},
     F("moderate", 48, None, "dermatology", [
         tcs("triamcinolone acetonide", "0.1%", "medium", None, None),
         tcs("augmented betamethasone dipropionate", "0.05%", "super-high",
             days("2026-08-31", "2026-10-12"), None)]),
     {"1.A": ["DOB: 03/23/1971"],
      "1.B": ["Hand eczema since 2022 - continuous"],
      "1.C": ["Chronic hand eczema, moderate (IGA-CHE 3) - L30.8"],
      "1.D.i": ["augmented betamethasone dipropionate 0.05% ointment BID"],
      "1.D.ii": ["using it twice a day every day as directed from 08/31 through 10/12"],
      "1.D.iii": ["[ ] Inadequate efficacy [ ] Intolerance [ ] Other"],
      "1.E": ["Yvette Comeaux, MD (Dermatology)"],
      "NC.1": ["No prior systemic immunosuppressant, biologic or JAK inhibitor."],
      "NC.2": ["methotrexate under consideration - not started"]},
     ["response-not-documented", "planned-med", "telephone-encounter", "pa-form-blank-field", "prn-use",
      "multi-doc", "table"],
     "Judgment call: the 6-week augmented betamethasone course is documented (08/31-10/12 = 43 days), but "
     "no note records its effect - the phone note only says he finished and wants the 'new cream', and "
     "the PA form's response boxes are all blank. The 08/31 plan ('If inadequate response -> Anzupgo') is "
     "conditional, so inadequate efficacy 'according to the prescriber' is not documented -> 1.D.iii "
     "unknown. Methotrexate is only being considered by rheum -> not concurrent. PCP triamcinolone was PRN.")

# ---------------------------------------------------------------- d559 retired teacher, triamcinolone strength unknown
case("d559", ["pcp_referral_scan.pdf", "derm_consult.pdf"], "2026-08-25", "1947-04-30", {"1.D.i": "unknown"},
     F("moderate", 22, None, "dermatology", [
         tcs("hydrocortisone (OTC)", "1%", "low", None, True),
         tcs("triamcinolone", None, None, days("2026-05-04", "2026-06-15"), True)]),
     {"1.A": ["DOB: 04/30/1947"],
      "1.B": ["Hand eczema since fall 2024, continuous"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["Inadequate response to 6 wk daily triamcinolone cream (strength unknown)"],
      "1.D.ii": ["She applied it faithfully every day until 06/15/2026."],
      "1.D.iii": ["There was no real change in the redness, scaling or cracking."],
      "1.E": ["Harriet Whitlock, MD (Dermatology)"],
      "NC.1": ["No methotrexate. No JAK inhibitors."],
      "NC.2": ["prednisone tapered off 03/2026, no steroids since"]},
     ["scanned", "unknown-strength", "historical-med", "otc-hydrocortisone", "multi-doc", "table"],
     "Triamcinolone cream with no strength anywhere (0.025% would be low, 0.1% medium) -> potency cannot "
     "be told, 1.D.i unknown; the trial itself (05/04-06/15 = 43 days daily, no change) meets 1.D.ii/iii. "
     "PMR prednisone tapered off 03/2026 -> past. PCP referral letter is an image-only fax scan.")


if __name__ == "__main__":
    out = HERE / "labels.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {out}")
