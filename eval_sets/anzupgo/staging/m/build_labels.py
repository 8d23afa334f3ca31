"""Write labels.jsonl for author M's cases (d584-d607). Run from anywhere."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = ["1.A", "1.B", "1.C", "1.D.i", "1.D.ii", "1.D.iii", "1.E", "NC.1", "NC.2"]


def crit(**over):
    c = {k: "met" for k in K}
    for k, v in over.items():
        c[k.replace("_", ".").replace("D.i.i", "D.ii").replace("NC", "NC")] = v
    return c


def C(overrides):
    c = {k: "met" for k in K}
    c.update(overrides)
    return c


def tcs(drug, strength, potency, days, inad):
    return {"drug": drug, "strength": strength, "potency": potency,
            "consecutive_days": days, "inadequate_response": inad}


def facts(age, sev, dur, rec, spec, tcs_list, jak=(), imm=()):
    return {"age": age, "severity": sev, "che_duration_months": dur, "recurrences_12mo": rec,
            "prescriber_specialty": spec, "tcs_tried": list(tcs_list),
            "concurrent_jak": list(jak), "concurrent_immunosuppressants": list(imm)}


def decision(c):
    v = c.values()
    return "deny" if "not_met" in v else ("approve" if all(x == "met" for x in v) else "needs_info")


CASES = []


def case(cid, files, as_of, criteria, fx, ev, tags, notes):
    CASES.append({"case": cid, "files": [f"{cid}/{f}" for f in files], "as_of": as_of,
                  "decision": decision(criteria), "criteria": criteria, "facts": fx,
                  "evidence": ev, "tags": tags, "notes": notes})


case("d584", ["denial_notice.pdf", "appeal_letter.pdf", "progress_note_121525.pdf"], "2026-03-18",
     C({}),
     facts(46, "moderate", 23, None, "dermatology",
           [tcs("fluocinonide", "0.05%", "high", 42, True),
            tcs("triamcinolone acetonide", "0.1%", "medium", None, True)]),
     {"1.A": ["DOB: 07/23/1979"],
      "1.B": ["since about April 2024; it has not cleared at any point since"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["fluocinonide 0.05% ointment (a high-potency steroid)"],
      "1.D.ii": ["from 11/03/2025 through 12/15/2025 without a break (six weeks)"],
      "1.D.iii": ["This is an inadequate response to a high-potency topical corticosteroid"],
      "1.E": ["Board-certified Dermatologist"],
      "NC.1": ["no other JAK inhibitor"],
      "NC.2": ["She takes no systemic immunosuppressant"]},
     ["appeal", "adds-missing-fact", "multi-doc", "dates-arithmetic", "table", "discontinued-med"],
     "First denial was for 1.D.ii; the appeal supplies the dates (11/03-12/15/2025 = 42 days daily), "
     "consistent with the 12/15 EHR print where fluocinonide sits in 'Medications Discontinued This Visit' "
     "with start/stop dates. The 2024 triamcinolone cream was used 'off and on' (not a qualifying trial) "
     "but the fluocinonide trial qualifies. Onset ~April 2024 -> ~23 months.")

case("d585", ["clinic_note.pdf", "pa_request.pdf"], "2026-02-09",
     C({"1.E": "not_met"}),
     facts(55, "moderate", 19, None, "internal medicine",
           [tcs("triamcinolone acetonide", "0.1%", "medium-high", 42, True)]),
     {"1.A": ["DOB: 11/30/1970"],
      "1.B": ["since July 2024"],
      "1.C": ["Moderate to severe per my assessment"],
      "1.D.i": ["triamcinolone 0.1% ointment 80 g"],
      "1.D.ii": ["twice a day every day until the 11/17/2025 phone f/u"],
      "1.D.iii": ["only slight improvement"],
      "1.E": ["He has not been seen by dermatology.", "Specialty: Internal Medicine",
              "Dermatology referral placed today (external)"]},
     ["pcp-no-specialist", "referral-ordered-not-seen", "pa-form", "table", "multi-doc"],
     "Internist prescribes; the only specialist link is a dermatology referral ordered the same day "
     "(appointment not before 07/2026) and the PA form answers 'No' to consultation. A referral that "
     "has not happened is not 'in consultation with' -> 1.E not_met. Severity 'moderate to severe' "
     "(facts.severity recorded as moderate, the lower bound). PA form mislabels TAC 0.1% oint as "
     "'medium'; by convention it is medium-high - qualifies either way. 10/06-11/17/2025 = 42 days.")

case("d586", ["denial_fax.pdf", "appeal_letter.pdf", "clinic_note.pdf"], "2026-04-06",
     C({"1.D.i": "unknown", "1.D.ii": "unknown"}),
     facts(35, "moderate", 36, None, "dermatology",
           [tcs("unspecified topical steroid cream", None, None, None, True)]),
     {"1.A": ["DOB: 02/14/1991"],
      "1.B": ["since spring 2023", "has not cleared at any point in the last 3 yrs"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["unsure of name/strength or how long she used it"],
      "1.D.ii": ["used the prescribed steroid cream as directed"],
      "1.D.iii": ["Says it \"didn't do anything\""],
      "1.E": ["Dermatology, Greater Piedmont Multispecialty Clinic"],
      "NC.1": ["Sister - vitiligo (on Opzelura)"]},
     ["appeal", "argument-only", "unnamed-tcs", "family-history", "multi-doc"],
     "Denied for 1.D.i/1.D.ii; the appeal only argues (records unavailable, 'form over substance') "
     "and adds no name, strength, dates or daily use. Unnamed steroid -> 1.D.i unknown; duration "
     "never given ('as directed') -> 1.D.ii unknown; prescriber says it failed -> 1.D.iii met. "
     "Sister's Opzelura is a relative's drug (NC.1 met).")

case("d587", ["visit_note.pdf", "pa_form.pdf"], "2026-01-27",
     C({"NC.1": "not_met"}),
     facts(61, "severe", 60, None, "dermatology",
           [tcs("clobetasol propionate", "0.05%", "super-high", 42, True)],
           jak=["ruxolitinib"]),
     {"1.A": ["DOB: 5/2/1964"],
      "1.B": ["chronic hand eczema since early 2021"],
      "1.C": ["IGA-CHE 4 (severe)"],
      "1.D.i": ["clobetasol 0.05% ointment 60 g"],
      "1.D.ii": ["did clobetasol 0.05% oint BID daily 10/13/2025 through 11/24/2025 (6 wk)"],
      "1.D.iii": ["Inadequate response to 6 wk daily clobetasol 0.05% oint."],
      "1.E": ["Specialty: Dermatology"],
      "NC.1": ["ruxolitinib 1.5% cream (Opzelura) 100 g", "Continue Opzelura to face/eyelids BID"],
      "NC.2": ["STOP methotrexate today"]},
     ["table", "topical-jak", "discontinued-med", "conflict", "pa-form", "multi-doc"],
     "Opzelura (topical ruxolitinib, a JAK inhibitor) is Active in Current Medications and the plan "
     "continues it on the face alongside Anzupgo on the hands -> NC.1 not_met, although the PA form "
     "answers 'No' (the chart decides). Methotrexate is in 'Medications Discontinued This Visit' -> "
     "not concurrent (NC.2 met). TAC 0.025% prn for body not counted as a hand TCS trial.")

case("d588", ["derm_visit.pdf", "claims_history.pdf"], "2026-05-04",
     C({}),
     facts(18, "moderate", 47, None, "dermatology",
           [tcs("clobetasol propionate", "0.05%", "super-high", 63, True),
            tcs("triamcinolone acetonide", "0.1%", "medium", None, True)]),
     {"1.A": ["DOB: 12/29/2007"],
      "1.B": ["Hands first broke out 06/2022"],
      "1.C": ["IGA-CHE today: 3 (moderate)"],
      "1.D.i": ["clobetasol 0.05% ointment 60 g"],
      "1.D.ii": ["every night 08/18/2025 - 10/20/2025"],
      "1.D.iii": ["Inadequate response to >2 months of nightly super-potent TCS"],
      "1.E": ["Hye-jin Moon, MD, Dermatology"],
      "NC.1": ["Mother - rheumatoid arthritis, on Xeljanz (tofacitinib)."],
      "NC.2": ["Cyclosporine: STOP today"]},
     ["age-near-18", "discontinued-med", "family-history", "table", "claims-printout", "multi-doc"],
     "18 y 4 m on as_of. Cyclosporine is in 'Medications Discontinued This Visit' (stopped 04/28/2026, "
     "before the request) -> not concurrent. Xeljanz belongs to the mother. Clobetasol nightly "
     "(once daily) 08/18-10/20/2025 = 63 days. Severity today IGA-CHE 3 (was 4 at cyclosporine start).")

case("d589", ["denial_notice.pdf", "appeal_letter.pdf", "clinic_visit.pdf"], "2026-05-11",
     C({"1.A": "not_met"}),
     facts(17, "moderate", 20, None, "dermatology",
           [tcs("mometasone furoate", "0.1%", "high", 35, True),
            tcs("hydrocortisone", "2.5%", "low", None, True)]),
     {"1.A": ["DOB: 06/20/2008", "Age: 17 y", "Ms. Oyelaran is an 18-year-old young woman"],
      "1.B": ["Hand eczema since 09/2024"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["mometasone furoate 0.1% ointment 45 g"],
      "1.D.ii": ["Mometasone 0.1% ointment BID daily 01/05/2026 -> 02/09/2026 (5 weeks)"],
      "1.D.iii": ["modest benefit only, fissures persisted"],
      "1.E": ["Electronically signed by Paulina Ostrowska, MD (Dermatology)"]},
     ["under-18", "appeal", "conflict", "scanned", "multi-doc"],
     "DOB 06/20/2008 -> 17 on 2026-05-11 (turns 18 on 06/20/2026). The scanned appeal letter calls her "
     "'an 18-year-old' and claims the plan erred; the DOB (EHR, denial) decides -> 1.A not_met. "
     "Mometasone 0.1% ointment = high; 01/05-02/09/2026 = 35 days.")

case("d590", ["pa_form.pdf", "office_note.pdf", "rx_claims.pdf"], "2026-03-02",
     C({"1.C": "unknown"}),
     facts(67, None, 108, None, "dermatology",
           [tcs("betamethasone dipropionate", "0.05%", "high", 56, True),
            tcs("hydrocortisone", "2.5%", "low", None, True)]),
     {"1.A": ["DOB: 09/09/1958"],
      "1.B": ["hand dermatitis since about 2017"],
      "1.C": ["Severity (prescriber assessment)", "thick scale and multiple linear fissures"],
      "1.D.i": ["betamethasone dipropionate 0.05% ointment"],
      "1.D.ii": ["every day from 10/01/2025 until her last visit on 11/26/2025"],
      "1.D.iii": ["Inadequate response to 8 wk of daily high-potency topical steroid"],
      "1.E": ["Specialty: Dermatology"]},
     ["severity-exam-only", "pa-form", "blank-field", "claims-printout", "multi-doc"],
     "PA form severity boxes and IGA-CHE score are left blank; the note has only exam findings "
     "(hyperkeratotic plaques, fissures, 'not controlled') and no rating -> 1.C unknown. Claims (two 30-day "
     "fills 10/01 and 10/29) corroborate the 56-day BDP ointment course. Onset ~2017 (~9 yr).")

case("d591", ["progress_note.pdf", "claims_printout.pdf"], "2026-02-17",
     C({"1.D.i": "not_met", "1.D.ii": "not_met", "1.D.iii": "not_met"}),
     facts(40, "moderate", 34, None, "dermatology",
           [tcs("hydrocortisone", "1%", "low", None, None),
            tcs("hydrocortisone", "2.5%", "low", None, True),
            tcs("desonide", "0.05%", "low", 21, True)]),
     {"1.A": ["DOB: 03/03/1985"],
      "1.B": ["since spring 2023"],
      "1.C": ["IGA-CHE 3, moderate"],
      "1.D.i": ["He has never used a mid- or high-potency steroid",
                "NO MEDIUM / HIGH / SUPER-HIGH POTENCY TOPICAL CORTICOSTEROID CLAIMS FOUND."],
      "1.D.ii": ["He has never used a mid- or high-potency steroid"],
      "1.D.iii": ["He has never used a mid- or high-potency steroid"],
      "1.E": ["Camille Dufresne-Ito, MD (Dermatology)"],
      "NC.2": ["tacrolimus 0.1% ointment 30 g"]},
     ["low-potency-only", "otc-hydrocortisone", "negation", "planned-med", "tacrolimus-not-nc2",
      "claims-printout", "multi-doc"],
     "Only low-potency steroids (OTC hydrocortisone 1%, Rx hydrocortisone 2.5%, desonide 0.05%) plus "
     "topical tacrolimus; clobetasol is only a contingency plan -> no qualifying TCS ever -> 1.D.i/ii/iii "
     "not_met. Topical tacrolimus is not a potent immunosuppressant (NC.2 met).")

case("d592", ["pcp_visit.pdf", "derm_consult.pdf"], "2026-04-21",
     C({}),
     facts(58, "severe", 18, None, "family medicine",
           [tcs("mometasone furoate", "0.1%", "high", 42, True)]),
     {"1.A": ["DOB: 10/05/1967"],
      "1.B": ["Hand eczema since Oct 2024, both hands, never cleared"],
      "1.C": ["IGA-CHE 4 at today's visit", "HECSI 52"],
      "1.D.i": ["mometasone furoate 0.1% ointment 45 g"],
      "1.D.ii": ["Used it every day 01/12/2026 through 02/23/2026 without a missed day (6 wk)"],
      "1.D.iii": ["Failed 6 wk daily mometasone 0.1% oint."],
      "1.E": ["Per dermatology consultation, start Anzupgo",
              "Recommend delgocitinib 2% cream (Anzupgo) twice daily"]},
     ["pcp-with-derm-consult", "severity-score-only", "table", "multi-doc"],
     "Family physician prescribes after an in-person dermatology consultation that recommends Anzupgo "
     "and offers co-management -> 1.E met ('in consultation with'). facts.prescriber_specialty is the "
     "prescriber's own (family medicine). Severity appears only as scores in a table (IGA-CHE 4, "
     "HECSI 52) -> severe.")

case("d593", ["denial_letter.pdf", "appeal_letter.pdf", "office_note.pdf"], "2026-03-23",
     C({"1.B": "unknown"}),
     facts(37, "moderate", 2, None, "dermatology",
           [tcs("clobetasol propionate", "0.05%", "super-high", 35, True)]),
     {"1.A": ["DOB: 08/17/1988"],
      "1.B": ["Current flare started ~01/12/2026", "Not sure how many or when.",
              "We do not keep a log of the exact dates of each flare"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["clobetasol propionate 0.05% ointment 60 g"],
      "1.D.ii": ["twice daily every day from 01/19/2026 to 02/23/2026"],
      "1.D.iii": ["Inadequate response to ~5 wk continuous clobetasol oint."],
      "1.E": ["Board-Certified Dermatologist"]},
     ["appeal", "argument-only", "recurrence-uncounted", "dates-arithmetic", "multi-doc"],
     "Denied for 1.B. Current episode began ~01/12/2026 (~10 weeks before as_of, < 3 months); earlier "
     "flares are 'several' since 2019 with clearing in between, but neither note nor appeal gives a "
     "count or dates within the last 12 months. The appeal argues rather than documents -> 1.B unknown "
     "(not not_met: recurrences may well satisfy it). che_duration_months = current episode.")

case("d594", ["visit_note.pdf", "pharmacy_history.pdf"], "2026-01-30",
     C({"1.D.ii": "not_met"}),
     facts(49, "moderate", 45, None, "dermatology",
           [tcs("triamcinolone acetonide", "0.1%", "medium-high", None, True)]),
     {"1.A": ["DOB: 02/11/1976"],
      "1.B": ["hand eczema since spring 2022, continuous"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["triamcinolone acetonide 0.1% ointment 80 g"],
      "1.D.ii": ["apply to hands BID PRN flares", "usually for 3-4 days, then stops",
                 "has never used it more than a week straight"],
      "1.D.iii": ["TAC has not been adequate in my assessment"],
      "1.E": ["Leilani Kahananui, MD - Dermatology"]},
     ["prn-use", "table", "pharmacy-printout", "multi-doc"],
     "TAC 0.1% ointment has been on the active med list since 04/2023 but is used PRN in 3-4 day "
     "bursts, never > 1 week; 4 fills in ~3 years corroborate. PRN/intermittent use never meets "
     "1.D.ii. Age 49 on as_of (turns 50 on 02/11/2026).")

case("d595", ["pa_form.pdf", "office_visit.pdf", "claims.pdf"], "2026-02-26",
     C({}),
     facts(43, "severe", 6, None, "dermatology",
           [tcs("halobetasol propionate", "0.05%", "super-high", 42, True)]),
     {"1.A": ["DOB: 04/30/1982"],
      "1.B": ["Rash on hands began in mid-August 2025"],
      "1.C": ["Q2a. IGA-CHE score at most recent visit: 4"],
      "1.D.i": ["halobetasol propionate 0.05% ointment 50 g"],
      "1.D.ii": ["applying it every morning and night from 12/22 until he ran out on 02/02/2026"],
      "1.D.iii": ["Inadequate response to 6 weeks of daily super-potent topical steroid."],
      "1.E": ["Specialty: Dermatology"]},
     ["facts-split", "dates-arithmetic", "pa-form", "claims-printout", "multi-doc"],
     "Severity is only on the ePA form (Severe, IGA-CHE 4); onset only in the note (mid-August 2025 -> "
     "~6 months by 02/26/2026, > 3 months); halobetasol 12/22/2025-02/02/2026 = 42 days, corroborated by "
     "two 21-day fills.")

case("d596", ["pa_form.pdf", "derm_note.pdf"], "2026-04-14",
     C({"NC.2": "not_met"}),
     facts(53, "moderate", 22, None, "dermatology",
           [tcs("clobetasol propionate", "0.05%", "super-high", 42, True)],
           imm=["mycophenolate mofetil", "tacrolimus"]),
     {"1.A": ["DOB: 01/19/1973"],
      "1.B": ["hand eczema since 06/2024 - constant, both hands"],
      "1.C": ["IGA-CHE 3 = moderate"],
      "1.D.i": ["clobetasol propionate 0.05% cream 60 g"],
      "1.D.ii": ["twice daily, every day, 01/05/2026 to 02/16/2026 (6 wk)"],
      "1.D.iii": ["Minimal change; IGA-CHE still 3"],
      "1.E": ["Hiroshi Tanabe-Wolfe, MD (Dermatology)"],
      "NC.2": ["mycophenolate mofetil 500 mg tab", "MMF and tacrolimus to continue unchanged"]},
     ["conflict", "pa-form", "table", "transplant"],
     "PA form checks 'None' for concurrent potent immunosuppressant, but the EHR lists mycophenolate "
     "and oral tacrolimus (transplant maintenance) as Active and the plan keeps them -> the chart "
     "decides, NC.2 not_met. Oral (systemic) tacrolimus is not the topical exemption.")

case("d597", ["denial_notice.pdf", "appeal_letter.pdf", "pcp_note.pdf"], "2026-06-08",
     C({"1.E": "not_met"}),
     facts(30, "moderate", 32, None, "family medicine",
           [tcs("clobetasol propionate", "0.05%", "super-high", 42, True)]),
     {"1.A": ["DOB: 12/03/1995"],
      "1.B": ["continuously since the fall of 2023"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["clobetasol propionate 0.05% ointment 60 g"],
      "1.D.ii": ["every day from 03/02/2026 through 04/13/2026"],
      "1.D.iii": ["Failed 6 wk daily clobetasol."],
      "1.E": ["I have not yet been able to obtain a dermatology opinion",
              "No derm consult yet (appt 08/19/2026)."]},
     ["appeal", "argument-only", "pcp-no-specialist", "planned-consult", "multi-doc"],
     "Denied for 1.E; the family physician's appeal concedes no specialist has been consulted and "
     "points to a dermatology appointment on 08/19/2026 (after as_of). A future consult is not "
     "consultation -> 1.E not_met. All other criteria documented.")

case("d598", ["consult_letter.pdf", "claim_reject.pdf"], "2026-02-03",
     C({}),
     facts(63, "moderate", 84, None, "dermatology",
           [tcs("betamethasone dipropionate", "0.05%", "high", 56, True)]),
     {"1.A": ["DOB: 06/08/1962"],
      "1.B": ["Hand eczema since 2019, beginning while she still worked on"],
      "1.C": ["Moderate-to-severe disease:", "IGA-CHE 3, HECSI 31."],
      "1.D.i": ["Betamethasone dipropionate 0.05% ointment BID, applied"],
      "1.D.ii": ["every day from 10/27/2025 to 12/22/2025 (8 weeks): partial"],
      "1.D.iii": ["Inadequate response to 8 weeks of daily high-potency topical"],
      "1.E": ["Associate Professor of Dermatology"],
      "NC.1": ["She denies any prior JAK inhibitor, oral or topical.",
               "Husband has rheumatoid arthritis and takes Olumiant"],
      "NC.2": ["She has never taken methotrexate, ciclosporin or azathioprine."]},
     ["two-column", "negation", "family-history", "claims-printout"],
     "Two-column consult letter (text lines interleave across columns). Husband's Olumiant and "
     "negated JAK/immunosuppressant history do not count. 'Moderate-to-severe ... IGA-CHE 3' -> "
     "moderate. BDP 0.05% ointment (high) 10/27-12/22/2025 = 56 days.")

case("d599", ["lmn.pdf", "derm_visit.pdf"], "2026-03-31",
     C({"1.D.i": "not_met", "1.D.ii": "not_met", "1.D.iii": "not_met"}),
     facts(35, "moderate", 48, None, "dermatology", []),
     {"1.A": ["DOB: 10/22/1990"],
      "1.B": ["present continuously since 2022"],
      "1.C": ["moderate chronic hand eczema (IGA-CHE 3)"],
      "1.D.i": ["NEVER used a topical corticosteroid",
                "he has never used one on his hands despite repeated counseling"],
      "1.D.ii": ["NEVER used a topical corticosteroid"],
      "1.D.iii": ["NEVER used a topical corticosteroid", "TCS not advisable given pt refusal."],
      "1.E": ["Miriam Castellano, MD - Dermatology"],
      "NC.2": ["tacrolimus 0.1% ointment (Protopic)"]},
     ["non-steroid-only", "negation", "tcs-not-advisable-argument", "discontinued-med", "lmn",
      "multi-doc"],
     "Only non-steroids (tacrolimus, pimecrolimus, crisaborole) and an explicit 'never used a topical "
     "corticosteroid'. The LMN argues TCS are 'not advisable' (label language), but IP0759 criterion "
     "1.D requires a trial -> 1.D.i/ii/iii not_met. Past topical calcineurin inhibitors are not NC.2.")

case("d600", ["pa_fax.pdf", "office_visit.pdf"], "2026-01-22",
     C({"1.D.ii": "unknown"}),
     facts(56, "severe", 72, None, "dermatology",
           [tcs("clobetasol propionate", "0.05%", "super-high", None, True)]),
     {"1.A": ["DOB: 04/04/1969"],
      "1.B": ["Hand eczema since about 2020, never clear for long"],
      "1.C": ["Chronic hand eczema (L30.9) - severe, IGA-CHE 4."],
      "1.D.i": ["clobetasol propionate 0.05% ointment"],
      "1.D.ii": ["unsure when she started it or how consistently she used it",
                 "duration/adherence unclear pending outside records"],
      "1.D.iii": ["Outcome: failed - not working"],
      "1.E": ["Stellan Brekke, MD - Dermatology"]},
     ["scanned", "pa-form", "blank-field", "duration-missing", "multi-doc"],
     "Scanned faxed PA form leaves 'Dates of use' blank and the daily-use question unanswered; the "
     "EHR has a stop month (11/2025) but no start ('--') and the patient cannot say how consistently "
     "she used it; outside records pending -> 1.D.ii unknown.")

case("d601", ["allergy_visit.pdf", "pa_request.pdf"], "2026-03-09",
     C({}),
     facts(18, "moderate", 22, None, "allergy/immunology",
           [tcs("desoximetasone", "0.25%", "high", 42, True)]),
     {"1.A": ["DOB: 03/09/2008", "she turns 18 on 03/09/2026"],
      "1.B": ["hand eczema since 05/2024"],
      "1.C": ["IGA-CHE 3 - moderate"],
      "1.D.i": ["desoximetasone 0.25% cream 60 g"],
      "1.D.ii": ["used every day from 12/01/2025 through 01/12/2026 (6 weeks)"],
      "1.D.iii": ["inadequate response"],
      "1.E": ["Allergy & Immunology (ABAI certified)", "Specialty: Allergy & Immunology"]},
     ["age-boundary-birthday", "allergist", "table", "multi-doc"],
     "The visit note header shows 'Age: 17 y 11 m' (visit 02/23/2026), but the request date/as_of is "
     "her 18th birthday (DOB 03/09/2008) -> 1.A met. Prescriber is an allergist/immunologist -> 1.E met.")

case("d602", ["visit_note.pdf", "pa_form.pdf"], "2026-02-12",
     C({"1.D.ii": "not_met"}),
     facts(74, "moderate", 34, None, "dermatology",
           [tcs("triamcinolone acetonide", "0.1%", "medium", 18, True),
            tcs("hydrocortisone", "1%", "low", None, None)]),
     {"1.A": ["DOB: 07/14/1951"],
      "1.B": ["hand eczema since spring 2023 - continuous"],
      "1.C": ["IGA-CHE 3, moderate"],
      "1.D.i": ["triamcinolone acetonide 0.1% cream 80 g"],
      "1.D.ii": ["stopped on her own on 01/23", "triamcinolone 0.1% cream x 1 month"],
      "1.D.iii": ["Failed TAC 0.1% cream - no improvement, burning."],
      "1.E": ["Specialty: Dermatology"]},
     ["dates-arithmetic", "table", "conflict", "pa-form", "otc-hydrocortisone"],
     "Discontinued-this-visit table: TAC 0.1% cream 01/05/2026-01/23/2026 = 18 days; the PA team's "
     "form says 'x 1 month' (transcribed from chart review) - the clinical record decides -> 1.D.ii "
     "not_met. 1.D.iii judged met on that documented trial (prescriber: 'no improvement'). OTC "
     "hydrocortisone PRN is low potency.")

case("d603", ["visit_note.pdf", "pbm_reject.pdf"], "2026-05-19",
     C({"1.E": "unknown"}),
     facts(46, "severe", 60, None, None,
           [tcs("fluocinonide", "0.05%", "high", 42, True),
            tcs("hydrocortisone", None, "low", None, None)]),
     {"1.A": ["DOB: 02/27/1980"],
      "1.B": ["hand eczema since 2021; present constantly"],
      "1.C": ["severe (IGA-CHE 4)"],
      "1.D.i": ["fluocinonide 0.05% cream 60 g"],
      "1.D.ii": ["used every day through 03/16/2026"],
      "1.D.iii": ["No real improvement"],
      "1.E": ["363A00000X PHYSICIAN ASSISTANT", "(NO RESPONSE)"],
      "NC.2": ["FUTURE - ON HOLD (not released)"]},
     ["planned-med", "orders-placed", "pa-unstated-specialty", "claims-printout", "multi-doc"],
     "PA-C in a multispecialty group, department given only as 'Pavilion B - Suite 210', supervising "
     "MD with no specialty, taxonomy 'Physician Assistant', specialist question unanswered -> 1.E "
     "unknown. Methotrexate is a future order on hold (start only if Anzupgo fails) -> planned, not "
     "concurrent (NC.2 met).")

case("d604", ["denial.pdf", "resubmission_letter.pdf", "visit_note.pdf"], "2026-03-24",
     C({}),
     facts(41, "moderate", 2, 2, "dermatology",
           [tcs("clobetasol propionate", "0.05%", "super-high", 32, True)]),
     {"1.A": ["DOB: 09/25/1984"],
      "1.B": ["has therefore returned twice after clearing (July 2025 and January 2026)",
              "recurred 07/2025, clear at 09/15/2025 visit"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["Started clobetasol 0.05% oint BID 02/02/2026"],
      "1.D.ii": ["every day for 32 days (02/02/2026 to 03/06/2026)"],
      "1.D.iii": ["Inadequate response to >4 wk daily clobetasol."],
      "1.E": ["Dermatology, Willamette Valley Clinic"]},
     ["resubmission", "flares-12mo", "dates-arithmetic", "table", "multi-doc"],
     "Current episode (since 01/29/2026) is < 3 months, so 1.B rests on recurrences: initial 11/2024 "
     "(cleared 01/2025, outside the 12-month window), returns 07/2025 (cleared 09/2025) and 01/2026 -> "
     "2 returns in the 12 months before as_of -> met. Earlier 2-week clobetasol bursts cleared prior "
     "flares; the qualifying trial is the current 32-day daily course.")

case("d605", ["derm_visit_2026-02-10.pdf", "denial_2026-03-03.pdf", "rheum_visit_2026-04-02.pdf",
              "resubmission_letter.pdf"], "2026-04-28",
     C({}),
     facts(56, "moderate", 36, None, "dermatology",
           [tcs("clobetasol propionate", "0.05%", "super-high", 49, True)]),
     {"1.A": ["DOB: 11/11/1969"],
      "1.B": ["chronic hand eczema since 2023, palms/volar fingers, never clear"],
      "1.C": ["IGA-CHE 3 (moderate)"],
      "1.D.i": ["clobetasol propionate 0.05% ointment"],
      "1.D.ii": ["BID every day 11/17/2025 to 01/05/2026 (7 wk)"],
      "1.D.iii": ["inadequate response to 7 wk daily clobetasol oint"],
      "1.E": ["Benedikt Aalto, MD, Dermatology"],
      "NC.1": ["D/C tofacitinib.", "discontinued tofacitinib on 04/02/2026"],
      "NC.2": ["methotrexate was stopped in 2023"]},
     ["resubmission", "superseded-med-list", "discontinued-med", "historical-med", "table", "multi-doc"],
     "The 02/10 derm print lists tofacitinib Active (basis of the 03/03 denial), but the later 04/02 "
     "rheumatology print has it under 'Medications Discontinued This Visit' and the resubmission "
     "confirms it -> not concurrent on as_of, NC.1 met. Methotrexate 2019-2023 is historical; "
     "hydroxychloroquine is not a potent immunosuppressant. Clobetasol 11/17/2025-01/05/2026 = 49 days.")

case("d606", ["appeal_letter.pdf", "consult_summary.pdf"], "2026-02-24",
     C({"1.A": "unknown"}),
     facts(None, "severe", 35, None, "dermatology",
           [tcs("clobetasol propionate", "0.05%", "super-high", 56, True)]),
     {"1.B": ["since spring 2023"],
      "1.C": ["IGA-CHE 4, severe"],
      "1.D.i": ["clobetasol propionate 0.05% ointment twice daily"],
      "1.D.ii": ["every day, from 10/20/2025 through 12/15/2025 (8 weeks)"],
      "1.D.iii": ["which I consider an inadequate response"],
      "1.E": ["Board-certified Dermatologist"]},
     ["age-missing", "appeal", "adds-missing-fact", "scanned", "multi-doc"],
     "The appeal (scanned fax) supplies the missing steroid dates (56 days) that caused the denial, "
     "but neither document gives a DOB or age (only member ID; 'works in a bakery') -> 1.A unknown.")

case("d607", ["office_visit_2026-03-02.pdf", "phone_encounter_2026-06-08.pdf", "pa_form.pdf"],
     "2026-06-15",
     C({"1.D.iii": "unknown"}),
     facts(49, "moderate", 31, None, "dermatology",
           [tcs("clobetasol propionate", "0.05%", "super-high", 42, None),
            tcs("hydrocortisone", "1%", "low", None, None)]),
     {"1.A": ["DOB: 04/17/1977"],
      "1.B": ["hand eczema since late 2023, continuous"],
      "1.C": ["IGA-CHE 3 - moderate"],
      "1.D.i": ["clobetasol propionate 0.05% oint"],
      "1.D.ii": ["used it twice a day every day for the full 6 weeks as prescribed"],
      "1.D.iii": ["5. Inadequate efficacy per prescriber", "He missed his follow-up appt (work)."],
      "1.E": ["Solveig Haraldsen, MD (Dermatology)"]},
     ["ordered-not-started", "response-not-stated", "historical-negation", "phone-encounter",
      "pa-form", "multi-doc"],
     "At the 03/02 visit clobetasol is 'ordered today - not yet started' and the HPI says he never had a "
     "prescription steroid; the 06/08 phone note and med list show the 6-week course completed "
     "03/02-04/13/2026. No one ever assessed the response (missed follow-up, telephone refill only) and "
     "the PA form leaves 'Inadequate efficacy' unchecked -> 1.D.iii unknown. Severity IGA-CHE 3 is from "
     "the pre-treatment visit.")

with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
    for c in CASES:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(CASES), "cases")
