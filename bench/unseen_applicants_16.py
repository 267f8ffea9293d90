"""A sixteenth verdict-level audit: the window's first day between two copies, letters from school districts.

    python bench/unseen_applicants_16.py OUTDIR [V01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_16.py --compare CORPUS EXPORT # verdicts, totals, lines vs expected

A record's row and a certificate of one course a day apart either side of the 10-year window's first day (in
both upload orders); NASRO's Supervisors course under a wording the catalog does not list; a school
district's letter (not the police's) stating the SRO assignment; letters stating the start as a month and
year only, three years before the application's month or earlier; an SRO now the district's school-safety
coordinator; school-safety courses issued by a school district and a state education department; a course
begun before the window and completed on its first day; a record's row under the catalog's acronym beside
its certificate; 160 h exactly once one certificate uploaded twice (a PDF and a photo) counts once; a state
association's conference as the only conference; a state association's supervisors course as the only R4
candidate.

The machinery is rounds 1-15's (``write_applicants``, round 9's ``summary``). Expected verdicts and lines are
set by hand below from the rules, with the arithmetic beside each applicant: the verdict after human
confirmation, ``needs_review`` only where the documents (or the rules) cannot settle a rule.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.unseen_applicants_2 as round2
import bench.unseen_applicants_9 as round9
from bench.unseen_applicants import (
    MET,
    NOT,
    REVIEW,
    Applicant,
    Doc,
    _req,
    cert,
    transcript_doc,
    write_applicants,
)
from bench.unseen_applicants_2 import (
    conference_cert,
    lines,
    nasro_advanced,
    nasro_basic,
    nasro_conference,
    prose_letter,
    row,
)
from bench.unseen_applicants_4 import ABUSE, AMHT, CITY, EOP, INTERVIEW, THREAT, TRAUMA, YMHFA, course_cert
from bench.unseen_applicants_5 import hr_letter
from bench.unseen_applicants_7 import _dated
from bench.unseen_applicants_10 import _certs, _nasro
from bench.unseen_applicants_11 import _course
from certledger.samples import NASRO

APP = "2025-06-02"  # the 10-year window opens 2015-06-02
BASE_136 = (EOP, ABUSE, CITY, AMHT, THREAT, YMHFA, TRAUMA)  # 24 + 24 + 40 + 16 + 16 + 8 + 8 = 136 h
ALL = (EOP, ABUSE, CITY, INTERVIEW, AMHT, THREAT, YMHFA, TRAUMA)  # 160 h
NO_EOP = ALL[1:]  # 136 h
DISTRICT = "Cedar Hollow Unified School District"
RIFLE = ("Patrol Rifle Qualification", "2023-04-11", "2023-04-11", 4, "Firearms", "unrelated", None)


def _usual(
    aid: str, n: str, agency: str, scenario: str, req: dict[str, str], hours: float, docs: list[Doc]
) -> Applicant:
    """An SRO since 2017-08-14 still serving, on a 2025-06-02 application."""
    return Applicant(aid, n, agency, "2017-08-14", True, APP, scenario, req, hours, docs)


def _lettered(
    aid: str,
    n: str,
    agency: str,
    scenario: str,
    req: dict[str, str],
    letter: Doc,
    employed: bool | None = True,
) -> Applicant:
    """No start date on the application: ``letter`` is R1's evidence; NASRO's three and 160 h of courses."""
    return Applicant(aid, n, agency, None, employed, APP, scenario, req, 160.0, [
        letter,
        *_nasro(n, "2018-10-01", "2019-03-11", "2020-07-12"),
        *_certs(n, 4, ALL),
    ])  # fmt: skip


def _since(aid: str, n: str, town: str, month: str, pronoun: str, scenario: str, r1: str) -> Applicant:
    """The chief's letter of 2025-05-20 stating the SRO start as a month and year only ("since June 2022")."""
    agency = f"{town} Police Department"
    body = (f"This letter is to verify that Officer {n} has served as a School Resource Officer with this "
            f"department since {month}. {pronoun} remains in that assignment.",)  # fmt: skip
    letter = prose_letter("00-letter.pdf", n, agency, "2025-05-20", body, None)
    return _lettered(aid, n, agency, scenario, _req(r1=r1), letter)


def _edge_copies(aid: str, n: str, town: str, row_first: bool) -> Applicant:
    """EOP as the record's row completed the day before the window opens and as its certificate completed
    on the window's first day, uploaded in either order; 136 h of other courses."""
    agency = f"{town} Police Department"
    rows = [row(EOP[0], "2015-05-30", "2015-06-01", 24, "School Safety", "school_safety", EOP[6], EOP[7]),
            row(*RIFLE)]  # fmt: skip
    record, certificate = ("04-record.pdf", "05-eop.pdf") if row_first else ("05-record.pdf", "04-eop.pdf")
    copies = [
        transcript_doc(record, agency, n, rows, layout="grid" if row_first else "whitespace"),
        course_cert(certificate, n, _dated(EOP, "2015-05-31", "2015-06-02")),
    ]
    order = "row" if row_first else "certificate"
    lines(aid, (record, "Emergency", "2015-05-30", 0, "needs_review"),
          (certificate, "Emergency", "2015-05-31", 0, "needs_review"))  # fmt: skip
    return _usual(aid, n, agency, f"review_r5_copies_either_side_of_window_start_{order}_first",
                  _req(r5=REVIEW), 136.0, [
        *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
        *(copies if row_first else copies[::-1]),
        *_certs(n, 6, NO_EOP),
    ])  # fmt: skip


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # V01 EOP as the record's row completed 2015-06-01 (the day before the window opens) and as its
    # certificate a day later, 2015-05-31 to 06-02 (completed on the window's first day: inside). One course
    # whose two documents put it either side of the window's edge: which is right is a person's. R5: 136 +
    # (0 or 24): a person's (160 with the certificate's date; counting the row's date silently would drop it,
    # counting both would be 184).
    out.append(_edge_copies("V01", "Octavia B. Rennselaer", "Heron Bluff", True))

    # V02 the same two copies, the certificate uploaded first. R5: a person's.
    out.append(_edge_copies("V02", "Percival K. Umberton", "Ibis Landing", False))

    # V03 no Advanced: NASRO's Supervisors course printed "Supervisor and Manager Course for School Resource
    # Officers" (NASRO, 24 h): R4 met. R5: 160: eligible.
    n = "Quintessa L. Moberly"
    sup = "Supervisor and Manager Course for School Resource Officers"
    out.append(
        _usual("V03", n, "Jacana Point Police Department", "eligible_supervisors_worded_otherwise", _req(),
               160.0, [
            nasro_basic("01-basic.pdf", n, "2017-10-02", "2017-10-06"),
            cert("02-supervisors.pdf", n, sup, NASRO, "2019-03-11", "2019-03-13", 24, "supervisor",
                 "nasro-supervisors"),
            nasro_conference("03-conference.pdf", n, "2020-07-12", "2020-07-15"),
            *_certs(n, 4, ALL),
        ])
    )  # fmt: skip

    # V04 no start on the application; the school district's HR letter (2025-05-12): the officer "has been
    # assigned to the District as its School Resource Officer since August 19, 2019": R1 met.
    n = "Reinhold T. Achebe"
    body = (f"This letter confirms that Officer {n} of the Kestrel Vale Police Department has been assigned "
            f"to {DISTRICT} as a School Resource Officer since August 19, 2019, under the District's "
            "agreement with the Department. He continues to serve in that assignment.",)  # fmt: skip
    out.append(
        _lettered("V04", n, "Kestrel Vale Police Department", "eligible_r1_school_district_letter", _req(),
                  hr_letter("00-letter.pdf", n, DISTRICT, body, "2019-08-19", "2025-05-12"))
    )  # fmt: skip

    # V05 no start on the application; the chief's letter (2025-05-20): SRO "since June 2022": June 1 or
    # 2 meets three years on 2025-06-02, a later June day does not: R1 a person's.
    out.append(_since("V05", "Sybilla N. Castellane", "Loon Harbor", "June 2022", "She",
                      "review_r1_letter_month_and_year_three_years_back", REVIEW))  # fmt: skip

    # V06 the same letter saying "since March 2022": even March 31, 2022 is over three years before
    # 2025-06-02: R1 met.
    out.append(_since("V06", "Tiberius O. Wakefield", "Merlin Rock", "March 2022", "He",
                      "eligible_r1_letter_month_and_year", MET))  # fmt: skip

    # V07 no start and no employment answer on the application; the district's letter (2025-04-28): SRO
    # from August 15, 2016 to June 30, 2023, and since July 1, 2023 the District's School Safety
    # Coordinator: R1 met (almost 7 years), R2 met (school safety, a letter within 12 months).
    n = "Ursula D. Penhaligon"
    body = (f"{n} served as a School Resource Officer assigned to {DISTRICT} from August 15, 2016 to June "
            "30, 2023. Since July 1, 2023 she has been employed by the District as its School Safety "
            "Coordinator, a full-time position she currently holds.",)  # fmt: skip
    out.append(
        _lettered("V07", n, DISTRICT, "eligible_r2_now_school_safety_coordinator", _req(),
                  hr_letter("00-letter.pdf", n, DISTRICT, body, "2016-08-15", "2025-04-28"), employed=None)
    )  # fmt: skip

    # V08 school-safety courses from a school district ("Campus Safety and Reunification Planning", 16 h)
    # and a state education department ("School Safety Specialist Training", 24 h) in place of THREAT and
    # EOP. R5: 120 + 16 + 24 = 160: eligible.
    n = "Valentin S. Okonkwo"
    reunify = _course("Campus Safety and Reunification Planning", "2023-10-17", "2023-10-18", 16,
                      "School Safety", "school_safety", DISTRICT)  # fmt: skip
    specialist = _course("School Safety Specialist Training", "2022-11-01", "2022-11-03", 24, "School Safety",
                         "school_safety", "State Department of Education")  # fmt: skip
    out.append(
        _usual("V08", n, "Nightjar Creek Police Department", "eligible_school_safety_non_police_issuers",
               _req(), 160.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            *_certs(n, 4, (ABUSE, CITY, INTERVIEW, AMHT, YMHFA, TRAUMA)),
            course_cert("10-reunification.pdf", n, reunify),
            course_cert("11-specialist.pdf", n, specialist, layout="sidebar"),
        ])
    )  # fmt: skip
    lines("V08", ("10-reunification.pdf", "Reunification", "2023-10-17", 16, "credited"),
          ("11-specialist.pdf", "Specialist", "2022-11-01", 24, "credited"))  # fmt: skip

    # V09 EOP begun before the window and completed on its first day (2015-05-29 to 2015-06-02): completed
    # inside ("the boundary day counts as inside"). R5: 136 + 24 = 160: eligible.
    n = "Wilhelmina A. Trevanion"
    eop_edge = _dated(EOP, "2015-05-29", "2015-06-02")
    out.append(
        _usual("V09", n, "Osprey Flats Police Department", "eligible_course_completed_on_window_start",
               _req(), 160.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            course_cert("04-eop.pdf", n, eop_edge),
            *_certs(n, 5, NO_EOP),
        ])
    )  # fmt: skip
    lines("V09", ("04-eop.pdf", "Emergency", "2015-05-29", 24, "credited"))

    # V10 CIT-Y's certificate and the record's row titled by the catalog's acronym "CIT-Y" (same dates and
    # 40 h): one course. R5: 136 (CIT-Y once): NOT met (176 counting both).
    n = "Xanthe M. Holloway"
    agency = "Plover Sound Police Department"
    v10_rows = [row("CIT-Y", CITY[1], CITY[2], 40, "Juvenile", "juvenile", "cit-youth"), row(*RIFLE)]
    out.append(
        _usual("V10", n, agency, "fail_r5_record_row_catalog_acronym", _req(r5=NOT), 136.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            transcript_doc("04-record.pdf", agency, n, v10_rows, layout="grid"),
            *_certs(n, 5, BASE_136),
        ])
    )  # fmt: skip

    # V11 INTERVIEW's certificate uploaded twice, a PDF and a phone photo of it: once. R5: 160 exactly after
    # the copy is dropped: eligible (184 counting both).
    n = "Yorick E. Blanchflower"
    out.append(
        _usual("V11", n, "Quetzal Hill Police Department", "eligible_160_after_pdf_and_photo_copy", _req(),
               160.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            *_certs(n, 4, ALL),
            course_cert("12-interview-photo.jpg", n, INTERVIEW, kind="photo", fmt="jpeg"),
        ])
    )  # fmt: skip

    # V12 a state association's "Annual School Safety Conference" as the only conference: R6 NOT met.
    n = "Zenobia F. Aldridge"
    state_conf = "Annual School Safety Conference"
    out.append(
        _usual("V12", n, "Rook Harbor Police Department", "fail_r6_state_association_conference_only",
               _req(r6=NOT), 160.0, [
            nasro_basic("01-basic.pdf", n, "2017-10-02", "2017-10-06"),
            nasro_advanced("02-advanced.pdf", n, "2019-03-11", "2019-03-13"),
            conference_cert("03-conference.pdf", n, state_conf, "Ohio School Resource Officers Association",
                            "2021-06-21", "2021-06-23", None, "conference"),
            *_certs(n, 4, ALL),
        ])
    )  # fmt: skip

    # V13 no Advanced; a state association's "SRO Supervisors Course" (24 h) is the only R4 candidate: NOT
    # NASRO's, R4 NOT met; as a supervisor course that could not meet R4 it counts in R5: 136 + 24 = 160.
    n = "Ambrose C. Featherstone"
    out.append(
        _usual("V13", n, "Sparrow Mill Police Department", "fail_r4_state_association_supervisors",
               _req(r4=NOT), 160.0, [
            nasro_basic("01-basic.pdf", n, "2017-10-02", "2017-10-06"),
            cert("02-supervisors.pdf", n, "SRO Supervisors Course", "Georgia Association of School Resource "
                 "Officers", "2019-03-11", "2019-03-13", 24, "supervisor", None),
            nasro_conference("03-conference.pdf", n, "2020-07-12", "2020-07-15"),
            *_certs(n, 4, NO_EOP),
        ])
    )  # fmt: skip

    # V14 no start on the application; the district's letter (2025-05-06) states the SRO assignment "since
    # the start of the 2021-2022 school year (August 2021)": R1 met. The record of the district's police
    # department lists THREAT and EOP beside the certificates of the rest. R5: 160: eligible.
    n = "Beatrix H. Solloway"
    body = (f"Officer {n} of the District's Police Department has been assigned as School Resource Officer "
            "at Cedar Hollow High School since the start of the 2021-2022 school year (August 2021). She "
            "remains in that assignment.",)  # fmt: skip
    v14_rows = [
        row(THREAT[0], THREAT[1], THREAT[2], 16, "School Safety", "school_safety", None),
        row(EOP[0], EOP[1], EOP[2], 24, "School Safety", "school_safety", EOP[6], provider=EOP[7]),
    ]
    out.append(
        Applicant("V14", n, f"{DISTRICT} Police Department", None, True, APP,
                  "eligible_r1_district_letter_school_year_month", _req(), 160.0, [
            hr_letter("00-letter.pdf", n, DISTRICT, body, None, "2025-05-06"),
            *_nasro(n, "2021-10-04", "2022-03-14", "2022-07-10"),
            transcript_doc("04-record.pdf", f"{DISTRICT} Police Department", n, v14_rows),
            *_certs(n, 5, (ABUSE, CITY, INTERVIEW, AMHT, YMHFA, TRAUMA)),
        ])
    )  # fmt: skip
    return out


# ------------------------------------------------------------------------------------ comparing


def compare(corpus: Path, export: Path) -> list[str]:
    """Round 9's table per applicant, then every verdict, total and expected line that differs."""
    return round9.compare_round(applicants, corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    return write_applicants(root, applicants(), only, seed=16100)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
