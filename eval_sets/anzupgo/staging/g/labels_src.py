"""Author-G labels, kept as Python for readability; writes labels.jsonl next to this file.

Run: .venv/bin/python eval_sets/anzupgo/staging/g/labels_src.py
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
M, N, U = "met", "not_met", "unknown"
KEYS = ["1.A", "1.B", "1.C", "1.D.i", "1.D.ii", "1.D.iii", "1.E", "NC.1", "NC.2"]


def crit(**over: str) -> dict[str, str]:
    out = {k: M for k in KEYS}
    for k, v in over.items():
        out[{"A": "1.A", "B": "1.B", "C": "1.C", "Di": "1.D.i", "Dii": "1.D.ii", "Diii": "1.D.iii",
             "E": "1.E", "NC1": "NC.1", "NC2": "NC.2"}[k]] = v
    return out


def tcs(drug, strength, potency, days, inadequate):
    return {"drug": drug, "strength": strength, "potency": potency,
            "consecutive_days": days, "inadequate_response": inadequate}


def age(dob: str, as_of: str) -> int:
    b, a = date.fromisoformat(dob), date.fromisoformat(as_of)
    return a.year - b.year - ((a.month, a.day) < (b.month, b.day))


def decision(c: dict[str, str]) -> str:
    if N in c.values():
        return "deny"
    return "approve" if all(v == M for v in c.values()) else "needs_info"


CASES: list[dict] = []


def case(cid, files, as_of, dob, criteria, facts, evidence, tags, notes):
    facts = {"age": age(dob, as_of) if dob else None, **facts}
    rec = {"case": cid, "files": [f"{cid}/{f}" for f in files], "as_of": as_of,
           "decision": decision(criteria), "criteria": criteria, "facts": facts,
           "evidence": evidence, "tags": tags, "notes": notes}
    CASES.append(rec)


def F(severity, dur, rec, spec, tcs_list, jak=(), imm=()):
    return {"severity": severity, "che_duration_months": dur, "recurrences_12mo": rec,
            "prescriber_specialty": spec, "tcs_tried": tcs_list,
            "concurrent_jak": list(jak), "concurrent_immunosuppressants": list(imm)}


# ----------------------------------------------------------------------------------------
case("d440", ["progress_note.pdf", "pa_form.pdf"], "2026-02-24", "1979-09-17", crit(),
     F("moderate", 22, None, "dermatology", [
         tcs("hydrocortisone", "1%", "low", None, True),
         tcs("clobetasol propionate", "0.05%", "super-high", 52, True)]),
     {"1.A": ["DOB: 09/17/1979"],
      "1.B": ["She dates the onset to the spring of 2024", "it has not fully cleared at any point since then"],
      "1.C": ["IGA-CHE: 3 (moderate)", "[X] Moderate"],
      "1.D.i": ["started clobetasol 0.05% ointment BID"],
      "1.D.ii": ["she has used it twice a day every day since then without missing days",
                 "12/29/2025 to 02/19/2026 (daily)"],
      "1.D.iii": ["Not clear or almost clear at any point."],
      "1.E": ["Board-certified Dermatologist", "[X] Dermatology"],
      "NC.1": ["Mother - rheumatoid arthritis, takes methotrexate and Xeljanz (tofacitinib)."],
      "NC.2": ["No systemic agents ever."]},
     ["family-history", "multi-doc", "pa-form", "checkbox", "table", "facts-split"],
     "Mother's methotrexate and Xeljanz are a relative's medications and do not count for NC.1/NC.2. "
     "Clobetasol 12/29/2025 to 02/19/2026 daily = 52 days. Onset spring 2024, continuous.")

case("d441", ["lmn.pdf", "rx_claims.pdf"], "2026-03-18", "1992-11-03", crit(),
     F("severe", None, 3, "allergy/immunology", [
         tcs("fluocinonide", "0.05%", "high", 14, False),
         tcs("fluocinonide", "0.05%", "high", 38, True)]),
     {"1.A": ["DOB: 11/03/1992"],
      "1.B": ["it has returned three times in the past 12 months"],
      "1.C": ["HECSI 44, which I regard as severe hand eczema"],
      "1.D.i": ["I prescribed fluocinonide 0.05% ointment on 01/06/2026"],
      "1.D.ii": ["He applied it twice daily, every day, from 01/06/2026 through 02/13/2026"],
      "1.D.iii": ["I consider this an inadequate response to a high-potency topical corticosteroid"],
      "1.E": ["Allergy & Clinical Immunology"],
      "NC.1": ["He has never received a JAK inhibitor"],
      "NC.2": ["he is not taking methotrexate, cyclosporine or any other systemic immunosuppressant"]},
     ["recurrence-flares", "severity-hecsi", "claims-printout", "table", "allergist", "multi-doc",
      "historical-med", "letter"],
     "1.B met by the recurrence route: initial episode cleared April 2025, returned June 2025, Oct 2025 "
     "and Jan 2026 (3 returns in 12 months); the current flare alone is < 3 months, so che_duration_months "
     "is left null. Severity given only as HECSI 44 with the prescriber calling it severe. The October "
     "2-week fluocinonide course cleared (adequate); the qualifying trial is 01/06-02/13/2026 (38 days). "
     "Triamcinolone 0.1% cream on the claims sheet was reversed/not picked up, so it was never tried. "
     "Prednisone burst June 2025 is past, not concurrent.")

case("d442", ["clinic_note.pdf", "pa_form.pdf"], "2026-04-14", "2008-04-15", crit(A=N),
     F("moderate", 21, None, "dermatology", [
         tcs("hydrocortisone", "1%", "low", None, True),
         tcs("betamethasone dipropionate", "0.05%", "high", 35, True)]),
     {"1.A": ["DOB: 15-Apr-2008", "Date of Birth: 04/15/2008"],
      "1.B": ["first developed dry, cracked, itchy hands in the summer of 2024"],
      "1.C": ["(IGA-CHE): 3 = moderate"],
      "1.D.i": ["I started betamethasone dipropionate 0.05% ointment twice a day"],
      "1.D.ii": ["it was applied morning and night every day from 23-Feb to 30-Mar-2026 (5 weeks)"],
      "1.D.iii": ["she has never been clear or almost clear"],
      "1.E": ["Consultant Paediatric & Adolescent Dermatologist"],
      "NC.1": ["She is not taking any immunosuppressive or JAK inhibitor medicines."],
      "NC.2": ["She is not taking any immunosuppressive or JAK inhibitor medicines."]},
     ["under-18", "age-boundary-birthday", "dates-arithmetic", "conflicting-docs", "pa-form", "a4"],
     "DOB 15-Apr-2008: on as_of 2026-04-14 she is 17 (18th birthday is the next day). The PA form's "
     "'Age: 18' is a staff error; the DOB decides. Betamethasone dipropionate 0.05% ointment = high potency, "
     "23-Feb to 30-Mar-2026 daily (35 days).")

case("d443", ["derm_visit.pdf", "pcp_referral.pdf"], "2026-05-06", "1967-08-30", crit(Dii=U),
     F("severe", 36, None, "dermatology", [
         tcs("hydrocortisone", None, "low", None, True),
         tcs("triamcinolone acetonide", "0.1%", "medium-high", None, True)]),
     {"1.A": ["DOB: 1967-08-30"],
      "1.B": ["Hand eczema x 3 yrs, worse each winter but never clears."],
      "1.C": ["Chronic hand eczema, hyperkeratotic type - severe."],
      "1.D.i": ["triamcinolone acetonide 0.1% ointment (80 g, 1 refill)"],
      "1.D.ii": ["He cannot say how long he used it or how often he put it on",
                 "duration of use unclear"],
      "1.D.iii": ["He says it \"did nothing\".", "it had not helped"],
      "1.E": ["Dermatology - NPI 1629074412"],
      "NC.1": ["Wife is being treated for vitiligo with Opzelura cream"],
      "NC.2": ["No immunosuppressive meds."]},
     ["vague-duration", "family-history", "multi-doc", "facts-split", "a4"],
     "Triamcinolone 0.1% ointment (medium-high) was tried and failed, but neither document says how long "
     "or how regularly it was applied (one 80 g tube filled) -> 1.D.ii unknown, not PRN/not_met. The "
     "wife's Opzelura is a family member's drug; the patient was told not to borrow it.")

case("d444", ["pcp_note.pdf", "derm_consult_letter.pdf"], "2026-03-05", "1961-07-22", crit(),
     F("severe", 24, None, "family medicine", [
         tcs("betamethasone dipropionate", "0.05%", "high", 56, True)]),
     {"1.A": ["DOB: 07/22/1961"],
      "1.B": ["roughly two years of thickened, cracked skin on both palms that has never fully gone away"],
      "1.C": ["Chronic hand eczema, hyperkeratotic. IGA-CHE 4.", "severe per derm (IGA-CHE 4)"],
      "1.D.i": ["You started betamethasone dipropionate 0.05% ointment twice daily on 11/17/2025"],
      "1.D.ii": ["he used it faithfully until 01/12/2026, eight weeks in all"],
      "1.D.iii": ["I would call this an inadequate response."],
      "1.E": ["Dermatology, Board Certified (ABD)", "Will prescribe Anzupgo 2% cream BID in consultation with derm"],
      "NC.1": ["Anzupgo 2% cream BID to hands Pending PA per derm rec"],
      "NC.2": ["prednisone 20 mg tab taper Completed 12/2025, COPD exac"]},
     ["pcp-with-derm-consult", "severity-score", "med-list-status", "multi-doc", "table", "historical-med",
      "letter"],
     "Prescriber is a family physician, but a dermatology consultation letter recommends Anzupgo and "
     "endorses PCP prescribing -> 1.E met (in consultation with a dermatologist). Severity only as "
     "IGA-CHE 4 = severe. Prednisone taper completed 12/2025 is past; hydrocortisone 2.5% PRN is for the face "
     "(not counted as a CHE trial). Betamethasone dipropionate 0.05% oint 11/17/2025-01/12/2026 = 56 days.")

case("d445", ["office_note.pdf", "pa_form.pdf"], "2026-05-20", "1986-03-04", crit(E=N),
     F("moderate", 36, None, "family medicine", [
         tcs("hydrocortisone", "1%", "low", None, None),
         tcs("mometasone furoate", "0.1%", "high", 42, True)]),
     {"1.A": ["DOB: 03/04/1986"],
      "1.B": ["hand eczema since 2023", "Never completely clears"],
      "1.C": ["moderate to severe - L30.9", "[X] moderate-severe"],
      "1.D.i": ["mometasone furoate 0.1% ointment"],
      "1.D.ii": ["Pt has used it nightly w/o missing since then, stopped 4/15/26"],
      "1.D.iii": ["inadequate - fissures persist"],
      "1.E": ["Family Physician - NPI 1730188452", "[X] Family Practice",
              "Nearest dermatology accepting her plan has ~5 month wait"],
      "NC.1": ["d) Other JAK inhibitor in use? [ ] Yes [X] No"],
      "NC.2": ["e) Systemic immunosuppressant in use? [ ] Yes [X] No"]},
     ["pcp-no-specialist", "pa-form", "checkbox", "dates-arithmetic", "courier"],
     "Family physician prescriber; the PA form answers No to any dermatologist/allergist/immunologist "
     "evaluation and the derm referral is only a possible future step -> 1.E not_met. Everything else met: "
     "mometasone 0.1% oint nightly 3/4/26-4/15/26 (42 days). Duration 'since 2023' (about 3 years).")

case("d446", ["derm_note.pdf", "pa_form.pdf"], "2026-06-09", "1990-06-12", crit(C=U),
     F(None, 20, None, "dermatology", [
         tcs("clobetasol propionate", "0.05%", "super-high", 42, True)]),
     {"1.A": ["DOB: 1990-06-12"],
      "1.B": ["first appeared October 2024 and have not cleared since"],
      "1.C": ["Severity as assessed by prescriber: [ ] mild [ ] moderate [ ] severe", "DLQI today 14"],
      "1.D.i": ["Clobetasol propionate 0.05% cream applied BID every day 2026-04-01 through 2026-05-13"],
      "1.D.ii": ["Clobetasol propionate 0.05% cream applied BID every day 2026-04-01 through 2026-05-13"],
      "1.D.iii": ["Treatment considered failed."],
      "1.E": ["Jonah Feldstein-Ivers, MD, FAAD"],
      "NC.1": ["No JAK inhibitors, no systemic immunosuppressants"],
      "NC.2": ["No JAK inhibitors, no systemic immunosuppressants"]},
     ["exam-only-severity", "blank-field", "pa-form", "a4", "distractor-moderate"],
     "No severity rating anywhere: exam findings (vesicles, ~35% palmar involvement, fissures) and a DLQI "
     "(quality of life) are not a prescriber severity rating, and the PA form severity boxes are all blank "
     "-> 1.C unknown. 'moderate alcohol use' is a distractor. Age 35 (36 on 06/12).")

case("d447", ["lmn_scan.pdf", "progress_note.pdf"], "2026-03-26", "1954-03-02", crit(),
     F("severe", 72, None, "dermatology", [
         tcs("halobetasol propionate", "0.05%", "super-high", 35, True)]),
     {"1.A": ["DOB 03/02/1954", "DOB: 3/2/1954"],
      "1.B": ["chronic hand eczema since 2019", "more than six years"],
      "1.C": ["In my assessment her chronic hand eczema is severe."],
      "1.D.i": ["halobetasol propionate 0.05% ointment once daily"],
      "1.D.ii": ["every day from January 2 to February 6, 2026"],
      "1.D.iii": ["I consider this treatment failure"],
      "1.E": ["Dermatologist - NPI 1669203157"],
      "NC.1": ["She has not taken any JAK inhibitor since then", "upadacitinib (Rinvoq) 15 mg 05/2023 - 06/2024 Discontinued"],
      "NC.2": ["takes no systemic immunosuppressant"]},
     ["scanned", "historical-med", "multi-doc", "table", "letter"],
     "Letter of medical necessity is an image-only fax. Rinvoq (upadacitinib) was stopped 06/2024 -> past, "
     "not concurrent, NC.1 met. Halobetasol 0.05% oint Jan 2 - Feb 6, 2026 daily = 35 days.")

case("d448", ["derm_note.pdf", "rx_history.pdf"], "2026-04-02", "1975-12-01", crit(Di=N, Dii=N, Diii=N),
     F("moderate", 8, None, "dermatology", [
         tcs("hydrocortisone", "2.5%", "low", 60, True),
         tcs("desonide", "0.05%", "low", 90, True),
         tcs("alclometasone dipropionate", "0.05%", "low", 53, True)]),
     {"1.A": ["DOB: 12/01/1975"],
      "1.B": ["Hand rash began in early August 2025 and has persisted since."],
      "1.C": ["IGA-CHE 3 - moderate."],
      "1.D.i": ["low-potency agents only: hydrocortisone 2.5%, desonide 0.05%, alclometasone 0.05%",
                "He has never been prescribed anything stronger"],
      "1.D.ii": ["He has never been prescribed anything stronger"],
      "1.D.iii": ["pt declines trial of higher-potency TCS"],
      "1.E": ["Dermatology - NPI 1548910033"],
      "NC.1": ["No JAK inhibitors."],
      "NC.2": ["No immunosuppressive medicines."]},
     ["low-potency-only", "claims-printout", "table", "multi-doc", "family-history"],
     "Six months of daily topical steroids, but all low potency (hydrocortisone 2.5%, desonide, "
     "alclometasone) and the note says nothing stronger was ever prescribed -> no qualifying TCS, so 1.D.i, "
     "1.D.ii and 1.D.iii are all not_met. Day counts for the low-potency agents are approximate.")

case("d449", ["derm_note.pdf", "urgent_care_avs.pdf"], "2026-01-29", "1996-05-27", crit(Di=U),
     F("moderate", 10, None, "dermatology", [
         tcs("hydrocortisone", "1%", "low", None, None),
         tcs(None, None, None, 42, True)]),
     {"1.A": ["DOB: 05/27/1996"],
      "1.B": ["hand dermatitis since March 4th, 2025", "it has never cleared"],
      "1.C": ["IGA-CHE: 3", "(rubber accelerators / chlorhexidine), moderate."],
      "1.D.i": ["does not remember the name or strength", "topical steroid ointment - see pharmacy label"],
      "1.D.ii": ["She applied it twice a day, every day, from Nov 3 to Dec 15, 2025"],
      "1.D.iii": ["Inadequate response to 6 weeks of a daily topical corticosteroid"],
      "1.E": ["Dermatology - NPI 1174429905"],
      "NC.1": ["No systemic therapy."],
      "NC.2": ["No systemic therapy."]},
     ["unnamed-tcs", "multi-doc", "a4", "dates-arithmetic"],
     "The urgent-care steroid ointment is never named (outside records pending) -> potency unknown, "
     "1.D.i unknown; 1.D.ii/iii are judged on that documented trial (daily Nov 3 - Dec 15, 2025 = 42 days; "
     "inadequate). OTC hydrocortisone 1% 'a few times' is low potency and intermittent.")

case("d450", ["encounters.pdf", "pharmacy_claims.pdf"], "2026-01-20", "1984-02-29", crit(),
     F("moderate", 5, None, "dermatology", [
         tcs("mometasone furoate", "0.1%", "high", 73, True)]),
     {"1.A": ["DOB: 02/29/1984"],
      "1.B": ["Onset ~Aug 2025, continuous since."],
      "1.C": ["moderate to severe - inadequate response", "IGA-CHE 3."],
      "1.D.i": ["Rx mometasone furoate 0.1% ointment qHS to hands"],
      "1.D.ii": ["Reports using it every night since 11/3, has not missed.",
                 "Continued mometasone oint every night through this week."],
      "1.D.iii": ["Never clear or almost clear since starting it."],
      "1.E": ["Dermatologist - NPI 1891047736"],
      "NC.1": ["stopped in Oct, did not help and too expensive", "No claims for ruxolitinib cream in lookback period"],
      "NC.2": ["Eyelid dermatitis - controlled on topical tacrolimus."]},
     ["dates-arithmetic", "historical-med", "topical-calcineurin", "planned-med", "med-list-status",
      "claims-printout", "multi-doc", "table"],
     "Duration of the mometasone trial only by date arithmetic: started 11/3/25, nightly at 12/08/25 "
     "(35 days) and through 01/15/26 (73 days); three monthly fills. Opzelura (ruxolitinib cream) was "
     "discontinued 10/2025 -> past, NC.1 met. Topical tacrolimus is not a potent immunosuppressant. Rinvoq/"
     "dupilumab are only a future consideration. DOB is a leap day (29 Feb 1984): age 41.")

case("d451", ["derm_note.pdf", "pa_form.pdf"], "2026-04-21", "1997-10-10", crit(NC1=N),
     F("moderate", 14, None, "dermatology", [
         tcs("augmented betamethasone dipropionate", "0.05%", "super-high", 35, True)],
       jak=["ruxolitinib"]),
     {"1.A": ["DOB: 10/10/1997"],
      "1.B": ["chronic hand eczema for 14 months (since Feb 2025, continuous"],
      "1.C": ["Chronic hand eczema, moderate - inadequate response"],
      "1.D.i": ["Diprolene (augmented betamethasone dipropionate 0.05%) ointment once daily"],
      "1.D.ii": ["she applied it every day through 03/30/2026 (5 weeks)"],
      "1.D.iii": ["fissures and vesicles persist and she has not been clear"],
      "1.E": ["Dermatology - NPI 1306675248"],
      "NC.1": ["Opzelura 1.5% cream BID face/neck Active 03/19/2026",
               "Continue Opzelura to face/neck as before"],
      "NC.2": ["No systemic immunosuppressants."]},
     ["concurrent-jak", "topical-jak", "conflicting-docs", "pa-form", "med-list-status", "table"],
     "Opzelura (topical ruxolitinib, a JAK inhibitor) is active for facial AD and will be continued "
     "alongside Anzupgo -> NC.1 not_met. The PA form's JAK question asks only about oral JAKs and is "
     "answered No, but the form itself lists Opzelura under current topicals.")

case("d452", ["pcp_referral.pdf", "derm_note.pdf"], "2026-02-12", "1979-01-31", crit(B=U),
     F("severe", None, None, "dermatology", [
         tcs("clobetasol propionate", "0.05%", "super-high", 28, True)]),
     {"1.A": ["DOB: 01/31/1979"],
      "1.B": ["She describes her hands as \"flaring up\""],
      "1.C": ["IGA-CHE 4 (severe)"],
      "1.D.i": ["Her internist prescribed clobetasol propionate 0.05% cream on 1/6/26."],
      "1.D.ii": ["She used it twice daily without a break from 1/6 to 2/3"],
      "1.D.iii": ["There was no real improvement"],
      "1.E": ["Board Certified Dermatologist"],
      "NC.1": ["No history of JAK inhibitor or immunosuppressant use."],
      "NC.2": ["No history of JAK inhibitor or immunosuppressant use."]},
     ["duration-missing", "recurrence-unclear", "multi-doc", "referral"],
     "Neither the referral nor the consult gives an onset date, a duration, or a count of recurrences; "
     "'flaring up' is not a documented recurrence after clearance, and the clobetasol course only shows "
     "the eczema existed by 1/6/26 (< 3 months before as_of) -> 1.B unknown. Clobetasol 1/6-2/3 = 28 days.")

case("d453", ["allergy_note.pdf", "pa_form.pdf"], "2026-03-11", "1988-07-19", crit(Di=N, Dii=N, Diii=N),
     F("severe", 18, None, "allergy/immunology", []),
     {"1.A": ["DOB: 7/19/1988"],
      "1.B": ["Hand eczema since about Sept 2024 - has not cleared since"],
      "1.C": ["IGA-CHE 4.", "Chronic hand eczema, severe"],
      "1.D.i": ["No hx of topical steroid use.", "He declines all topical corticosteroids"],
      "1.D.ii": ["No hx of topical steroid use."],
      "1.D.iii": ["Patient will not use topical corticosteroids."],
      "1.E": ["Allergy & Immunology - NPI 1952316470"],
      "NC.1": ["No oral steroids, no systemic immunosuppressants, no JAK inhibitors."],
      "NC.2": ["tacrolimus 0.1% ointment BID to hands active"]},
     ["negation", "non-steroid-only", "family-history", "topical-calcineurin", "pa-form", "allergist",
      "steroid-not-advisable", "a4"],
     "Explicitly never used a topical corticosteroid; only crisaborole and topical tacrolimus -> 1.D.i/ii/iii "
     "not_met (the policy has no 'TCS not advisable' route). The father's clobetasol is a relative's use. "
     "Fluticasone is a nasal spray, not a topical skin steroid. Topical tacrolimus is not a potent "
     "immunosuppressant (NC.2 met).")

case("d454", ["derm_note.pdf", "pa_form.pdf"], "2026-06-16", "1987-12-30", crit(),
     F("severe", 60, None, "dermatology", [
         tcs("desoximetasone", "0.25%", "high", 42, True)]),
     {"1.A": ["DOB: 30-Dec-1987"],
      "1.B": ["Hand eczema present continuously since 2021"],
      "1.C": ["Chronic hand eczema, severe (IGA-CHE 4)"],
      "1.D.i": ["Desoximetasone 0.25% ointment (Topicort) twice daily"],
      "1.D.ii": ["from 04-Mar-2026 to 15-Apr-2026, every day"],
      "1.D.iii": ["never clear/almost clear"],
      "1.E": ["Dermatology - NPI 1467718023"],
      "NC.1": ["Is the patient currently taking another JAK inhibitor? [ ] Yes [X] No"],
      "NC.2": ["She is not on any systemic therapy now.", "Discontinued - elevated"]},
     ["conflicting-docs", "historical-med", "pa-form", "med-list-status", "table", "a4", "checkbox"],
     "Conflict: the PA form ticks Yes to a current potent immunosuppressant ('MTX'), but the clinic note "
     "and medication reconciliation document methotrexate stopped 08/2025 for elevated LFTs and 'not on any "
     "systemic therapy now'. The documented clinical fact decides -> NC.2 met. Desoximetasone 0.25% oint "
     "daily 04-Mar to 15-Apr-2026 = 42 days.")

case("d455", ["derm_note.pdf", "fill_history_scan.pdf"], "2026-01-28", "1970-02-14", crit(Dii=N),
     F("moderate", None, 6, "dermatology", [
         tcs("clobetasol propionate", "0.05%", "super-high", 5, True)]),
     {"1.A": ["DOB: 02/14/1970"],
      "1.B": ["Over the last 12 months she has had five distinct flares",
              "Between flares the hands clear completely"],
      "1.C": ["moderate to severe during flares"],
      "1.D.i": ["clobetasol propionate 0.05% oint"],
      "1.D.ii": ["applies it twice a day for 3-4 days and then stops",
                 "She has never used it every day for more than about 5 days in a row."],
      "1.D.iii": ["Topical steroids, used as above, have not controlled her disease."],
      "1.E": ["Dermatology - NPI 1205883347"],
      "NC.1": ["No JAK inhibitors, no immunosuppressants."],
      "NC.2": ["No JAK inhibitors, no immunosuppressants."]},
     ["prn-use", "recurrence-flares", "scanned", "multi-doc", "table"],
     "Clobetasol has been on the list since 2023, but it is used PRN for 3-5 days per flare (3 x 30 g fills "
     "in a year) -> 1.D.ii not_met. 1.B met by recurrence: flares Feb/Apr/Jul/Sep/Nov 2025 plus the "
     "current one from ~Jan 10, 2026, each after complete clearing (6 in the 12 months before as_of). "
     "Prescriber's 'have not controlled her disease' satisfies 1.D.iii. Fill history is an image-only scan.")

case("d456", ["pa_form.pdf", "allergy_visit_2025-12-01.pdf"], "2026-02-11", "1999-09-09", crit(Diii=U),
     F("moderate", 14, None, "allergy/immunology", [
         tcs("hydrocortisone", "1%", "low", None, None),
         tcs("betamethasone dipropionate", "0.05%", "medium-high", 56, None)]),
     {"1.A": ["DOB: 09/09/1999"],
      "1.B": ["hand rash x 1 yr, continuous - never fully clears"],
      "1.C": ["Chronic hand eczema, moderate", "[X] moderate"],
      "1.D.i": ["betamethasone dipropionate 0.05% cream"],
      "1.D.ii": ["12/01/2025 - 01/26/2026, BID daily"],
      "1.D.iii": ["Response to topical corticosteroid", "steroid-sparing maintenance for hands"],
      "1.E": ["Allergy & Immunology | NPI 1811934058"],
      "NC.1": ["Concurrent JAK inhibitor: [ ] Yes [X] No"],
      "NC.2": ["Concurrent potent immunosuppressant: [ ] Yes [X] No"]},
     ["response-missing", "blank-field", "pa-form", "multi-doc", "allergist", "a4"],
     "The only clinical note predates the steroid course (it starts betamethasone dipropionate cream); the "
     "PA form gives the dates (56 days, BID daily) but leaves 'Response' blank and gives 'steroid-sparing "
     "maintenance' as the reason, which is not a statement of inadequate efficacy -> 1.D.iii unknown.")

case("d457", ["pa_form.pdf", "derm_note.pdf", "hepatology_medlist.pdf"], "2026-05-27", "1963-11-23",
     crit(NC2=N),
     F("moderate", 24, None, "dermatology", [
         tcs("fluocinonide", "0.05%", "high", 42, True)], imm=["azathioprine"]),
     {"1.A": ["DOB: 11/23/1963"],
      "1.B": ["Hand eczema for about 2 years, continuous"],
      "1.C": ["Chronic hand eczema (L30.9) - moderate."],
      "1.D.i": ["applied fluocinonide 0.05% cream BID every day 3/2/26 - 4/13/26"],
      "1.D.ii": ["applied fluocinonide 0.05% cream BID every day 3/2/26 - 4/13/26"],
      "1.D.iii": ["palms never clear"],
      "1.E": ["Dermatology - NPI 1639921804"],
      "NC.1": ["No JAK inhibitors."],
      "NC.2": ["azathioprine 100 mg tab 1 PO daily (hepatology) active",
               "Continue azathioprine at current dose."]},
     ["concurrent-immunosuppressant", "conflicting-docs", "med-list-status", "pa-form", "multi-doc",
      "table", "historical-med"],
     "PA form says no concurrent potent immunosuppressant ('None') and the note says 'No systemic "
     "immunosuppressants for skin', but the derm medication table and the hepatology list show active "
     "azathioprine 100 mg daily (filled 05/02/2026) for autoimmune hepatitis -> NC.2 not_met. Mycophenolate "
     "(stopped 2022) is historical.")

case("d458", ["pa_form.pdf", "derm_note_scan.pdf"], "2026-01-22", "2008-01-09", crit(),
     F("moderate", 36, None, "dermatology", [
         tcs("fluocinolone acetonide", "0.025%", "medium", 42, True)]),
     {"1.A": ["DOB: 01/09/2008"],
      "1.B": ["chronic hand eczema since age 15, continuous"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["Fluocinolone acetonide 0.025% ointment BID to hands"],
      "1.D.ii": ["used every day from 11/24/2025 to 01/05/2026 (6 weeks)"],
      "1.D.iii": ["never clear or almost clear"],
      "1.E": ["Ramona Thistlewood, MD - Dermatology - NPI 1093847215"],
      "NC.1": ["No JAK inhibitors or immunosuppressants."],
      "NC.2": ["No JAK inhibitors or immunosuppressants."]},
     ["scanned", "age-boundary-birthday", "dates-arithmetic", "copy-forward", "pa-form", "multi-doc"],
     "DOB 01/09/2008: turned 18 on 2026-01-09, 13 days before as_of -> 1.A met. The scanned note's HPI "
     "still says '17 y/o M' (copied forward) and the PA form's Age box is blank; the DOB decides. "
     "Fluocinolone 0.025% ointment = medium potency (qualifies), 42 days daily. Duration 'since age 15' "
     "is about 3 years (approximate).")

case("d459", ["lmn.pdf", "pharmacy_history.pdf"], "2026-04-29", "1981-08-08", crit(E=U),
     F("moderate", 18, None, None, [
         tcs("triamcinolone acetonide", "0.1%", "medium-high", 42, True)]),
     {"1.A": ["Date of birth: 08/08/1981"],
      "1.B": ["The eczema began in the fall of 2024 and has been present without remission since then"],
      "1.C": ["her chronic hand eczema is moderate-to-severe"],
      "1.D.i": ["triamcinolone acetonide 0.1% ointment twice daily"],
      "1.D.ii": ["From February 2 to March 16, 2026 she applied triamcinolone acetonide 0.1% ointment"],
      "1.D.iii": ["The response was inadequate."],
      "1.E": ["Rafael Okafor, MD", "A multispecialty group practice"],
      "NC.1": ["She does not take any JAK inhibitor"],
      "NC.2": ["does not take any immunosuppressive medication"]},
     ["specialty-unstated", "letter", "claims-printout", "multi-doc", "planned-med", "table"],
     "Prescriber is an MD at a multispecialty group; no specialty is stated anywhere and no specialist "
     "consultation is mentioned -> 1.E unknown (not not_met: nothing shows he is a non-specialist). "
     "Dupilumab is only a future option. Severity 'moderate-to-severe' recorded as moderate.")

case("d460", ["derm_note.pdf"], "2026-03-04", "1993-04-04", crit(C=N),
     F("mild", 20, None, "dermatology", [
         tcs("clobetasol propionate", "0.05%", "super-high", 39, True)]),
     {"1.A": ["DOB: 04/04/1993"],
      "1.B": ["present since mid-2024, never fully clear"],
      "1.C": ["2 (today; was also 2 at the 1/12/26 visit)"],
      "1.D.i": ["Started clobetasol 0.05% ointment BID on 1/12/26"],
      "1.D.ii": ["used every day through 2/20/26"],
      "1.D.iii": ["persistent despite 6 wks of daily clobetasol, not clear"],
      "1.E": ["Dermatology | NPI 1356209948"],
      "NC.1": ["Meds: oral contraceptive, vitamin D. No other prescriptions."],
      "NC.2": ["Meds: oral contraceptive, vitamin D. No other prescriptions."]},
     ["severity-score", "mild", "distractor-moderate", "table", "single-doc"],
     "Severity is documented only as IGA-CHE 2 (today and at baseline) = mild -> 1.C not_met. 'Moderate "
     "pruritus' and 'moderate impact' describe itch and work comfort, not the prescriber's CHE severity. "
     "Clobetasol 1/12-2/20/26 daily = 39 days; not clear -> inadequate. No concurrent JAK or "
     "immunosuppressant documented (meds: OCP and vitamin D only).")

case("d461", ["telederm_note.pdf", "pa_form.pdf"], "2026-02-10", "1958-06-30", crit(),
     F("moderate", 3.8, None, "dermatology", [
         tcs("hydrocortisone", "2.5%", "low", None, True),
         tcs("triamcinolone acetonide", "0.1%", "medium-high", 28, True)]),
     {"1.A": ["DOB: 6/30/1958"],
      "1.B": ["Hand dermatitis started mid-October 2025", "has been present ever since - never cleared"],
      "1.C": ["moderate-severe. Failed 4 wks", "[X] moderate-severe"],
      "1.D.i": ["I started triamcinolone acetonide 0.1% ointment BID to hands"],
      "1.D.ii": ["He used it twice a day every day from 01/05/26 through 02/02/26 (4 weeks)"],
      "1.D.iii": ["Not clear / not almost clear."],
      "1.E": ["Dermatology - NPI 1578330642"],
      "NC.1": ["4. Other JAK inhibitor now? [ ] Yes [X] No"],
      "NC.2": ["If no response to Anzupgo, will consider methotrexate or cyclosporine."]},
     ["dates-arithmetic", "duration-boundary", "planned-med", "telehealth", "pa-form", "a4"],
     "Onset mid-October 2025 -> about 3.8 months by as_of 2026-02-10, so > 3 months. Triamcinolone 0.1% "
     "ointment (medium-high) 01/05-02/02/26 daily = 28 days, exactly the minimum (4 weeks). Methotrexate/"
     "cyclosporine are only a future consideration -> NC.2 met.")

case("d462", ["fax_cover.pdf", "pa_form.pdf", "office_note_p2.pdf"], "2026-05-12", "1985-11-11",
     crit(Dii=U, Diii=U),
     F("severe", 48, None, "dermatology", [
         tcs("clobetasol propionate", "0.05%", "super-high", None, None)]),
     {"1.A": ["DOB: 11/11/1985"],
      "1.B": ["[X] Yes (since 2022)"],
      "1.C": ["[X] severe", "IGA-CHE: 4"],
      "1.D.i": ["Continue clobetasol 0.05% oint BID until Anzupgo approved"],
      "1.D.ii": ["see attached office note", "Pages (including cover) 4"],
      "1.D.iii": ["treatment history as above"],
      "1.E": ["Dermatology - NPI 1620094417"],
      "NC.1": ["5. Concurrent JAK inhibitor? [ ] Yes [X] No"],
      "NC.2": ["6. Concurrent potent immunosuppressant? [ ] Yes [X] No"]},
     ["missing-page", "fax-cover", "multi-doc", "pa-form", "facts-split"],
     "The fax is 4 pages but page 3 (office note page 1, with the HPI/treatment history) was not received; "
     "the PA form defers the TCS trial to that note. Clobetasol is documented as being used (1.D.i met) "
     "but its duration and the response are not on any received page -> 1.D.ii and 1.D.iii unknown.")

case("d463", ["derm_notes.pdf"], "2026-02-19", "1976-03-15", crit(Dii=N),
     F("moderate", 10, None, "dermatology", [
         tcs("hydrocortisone", "2.5%", "low", None, True),
         tcs("fluocinonide", "0.05%", "high", 15, True)]),
     {"1.A": ["DOB: 03/15/1976"],
      "1.B": ["Hand eczema since spring 2025, constant since then"],
      "1.C": ["Chronic hand eczema, moderate - no response"],
      "1.D.i": ["Rx fluocinonide 0.05% ointment BID to hands."],
      "1.D.ii": ["Has applied fluocinonide oint twice daily every day since 2/2.",
                 "no response to fluocinonide after about 2 weeks"],
      "1.D.iii": ["\"No better at all.\""],
      "1.E": ["Dermatology - NPI 1285092631"],
      "NC.1": ["No systemic tx ever."],
      "NC.2": ["No systemic tx ever."]},
     ["short-course", "dates-arithmetic", "low-potency", "single-doc"],
     "The only qualifying steroid (fluocinonide 0.05% oint, high) ran 2/2/26 to 2/17/26 = 15 days and was "
     "then stopped -> 1.D.ii not_met. The 3-month hydrocortisone 2.5% course is low potency and does not "
     "count. 1.D.iii met on the fluocinonide trial ('No better at all').")


def main() -> None:
    assert len(CASES) == 24, len(CASES)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for r in CASES:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
