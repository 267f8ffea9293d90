"""A fifteenth verdict-level audit: one course on several documents that do not agree to the letter.

    python bench/unseen_applicants_15.py OUTDIR [Z01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_15.py --compare CORPUS EXPORT # verdicts, totals, lines vs expected

A record's row repeating a certificate with its dates a day off or its title abbreviated; NASRO's Advanced as
three one-day certificates ("Day 1 of 3"), alone and beside the record's row of the whole course; NASRO's
Advanced as an abbreviated record row a day off its certificate; the yearly in-service whose latest run is
shorter than the earlier one; a certificate repeated under another title; a yearly refresher in December and
the next January; a CEU-only certificate beside the record's row in hours; three yearly rows and a
certificate of the middle run; an old application whose window holds a course today's would not; a packet of
phone photos only.

The machinery is rounds 1-14's (``write_applicants``, round 9's ``summary``). Expected verdicts and lines are
set by hand below from the rules, with the arithmetic beside each applicant: the verdict after human
confirmation, ``needs_review`` only where the documents (or the rules) cannot settle a rule.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.unseen_applicants_2 as round2
import bench.unseen_applicants_9 as round9
from bench.unseen_applicants import NOT, Applicant, Doc, _req, cert, transcript_doc, write_applicants
from bench.unseen_applicants_2 import lines, nasro_basic, nasro_conference, row
from bench.unseen_applicants_4 import (
    ABUSE,
    AMHT,
    CITY,
    EOP,
    INTERVIEW,
    THREAT,
    TRAUMA,
    YMHFA,
    Course,
    course_cert,
)
from bench.unseen_applicants_7 import _dated
from bench.unseen_applicants_10 import _certs, _nasro
from bench.unseen_applicants_11 import _course
from certledger.samples import NASRO, _cert, render_certificate_pdf
from certledger.samples import truth as spec_truth

APP = "2025-06-02"  # the 10-year window opens 2015-06-02
CORE = (EOP, ABUSE, CITY, INTERVIEW, AMHT, THREAT)  # 24 + 24 + 40 + 24 + 16 + 16 = 144 h
BASE_136 = (EOP, ABUSE, CITY, AMHT, THREAT, YMHFA, TRAUMA)  # 24 + 24 + 40 + 16 + 16 + 8 + 8 = 136 h
ALL = (*CORE, YMHFA, TRAUMA)  # 160 h
RIFLE = (
    "Patrol Rifle Qualification",
    "2023-04-11",
    "2023-04-11",
    4,
    "Firearms",
    "unrelated",
    None,
    "In-House",
)


def advanced_day(file: str, name: str, day: int, on: str, **kw: Any) -> Doc:
    """One of three one-day certificates NASRO issued for its Advanced course given a day at a time."""
    title = f"Advanced School Resource Officer Course - Day {day} of 3"
    return cert(file, name, title, NASRO, on, on, 8, "advanced", "nasro-advanced", **kw)


def ceu_cert(file: str, name: str, course: Course, **kw: Any) -> Doc:
    """``course`` on a certificate stating its amount only in CEUs (1 CEU = 10 hours)."""
    title, start, end, hours, _, category, catalog_id, provider = course
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    spec = _cert(name, title, provider, s, e, hours, "ceu", "long",
                 category, catalog_id)  # fmt: skip
    return Doc(file, lambda p: render_certificate_pdf(spec, "form_fields", p), spec_truth(spec, file), **kw)


def _usual(
    aid: str, n: str, agency: str, scenario: str, req: dict[str, str], hours: float, docs: list[Doc]
) -> Applicant:
    """An SRO since 2017-08-14 still serving, on a 2025-06-02 application."""
    return Applicant(aid, n, agency, "2017-08-14", True, APP, scenario, req, hours, docs)


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # Z01 the abuse course on its certificate (2021-03-01 to 03-03) and as the record's row a day later
    # (2021-03-02 to 03-04, same title, same 24 h): one course, once. R5: 128 + 24 = 152: NOT met (176
    # counting the row: wrongly eligible).
    n = "Aldous P. Whitlock"
    agency = "Marsh Hollow Police Department"
    z01_rows = [
        row(ABUSE[0], "2021-03-02", "2021-03-04", 24, "Juvenile", "juvenile", ABUSE[6], provider=ABUSE[7]),
        row(*RIFLE[:7]),
    ]
    out.append(
        _usual("Z01", n, agency, "fail_r5_record_row_a_day_off_certificate", _req(r5=NOT), 152.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            transcript_doc("04-record.pdf", agency, n, z01_rows, layout="grid"),
            *_certs(n, 5, (EOP, ABUSE, CITY, INTERVIEW, AMHT, THREAT, YMHFA)),
        ])
    )  # fmt: skip
    # Which copy counts is the ledger's choice (a settled copy first, then the first uploaded).
    lines("Z01", ("06-course.pdf", "Abuse", ABUSE[1], 0, "duplicate"))

    # Z02 the abuse and threat courses on certificates and again as the record's rows with abbreviated
    # titles ("Child Abuse & Neglect Inv.", "Threat Assmt. in Schools"), same dates and hours: once each.
    # R5: 144 + YMHFA row 8 = 152: NOT met (192 counting the rows).
    n = "Bettina R. Cavendish"
    agency = "Owl Creek Police Department"
    z02_rows = [
        row("Child Abuse & Neglect Inv.", ABUSE[1], ABUSE[2], 24, "Juvenile", "juvenile", None),
        row("Threat Assmt. in Schools", THREAT[1], THREAT[2], 16, "School Safety", "school_safety", None),
        row(YMHFA[0], YMHFA[1], YMHFA[2], 8, "Juvenile", "juvenile", "ymhfa", provider=YMHFA[7]),
    ]
    out.append(
        _usual("Z02", n, agency, "fail_r5_record_rows_abbreviated_titles", _req(r5=NOT), 152.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            transcript_doc("04-record.pdf", agency, n, z02_rows),
            *_certs(n, 5, CORE),
        ])
    )  # fmt: skip
    lines("Z02", ("04-record.pdf", "Neglect", ABUSE[1], 0, "duplicate"),
          ("10-course.pdf", "Threat", THREAT[1], 0, "duplicate"))  # fmt: skip

    # Z03 NASRO's Advanced given a day at a time, one 8 h certificate a day ("Day 1 of 3" ...): together the
    # R4 course; no day counts in R5. R5: 136: NOT met (160 counting the other days or one).
    n = "Cornelius H. Abernathy"
    out.append(
        _usual("Z03", n, "Petrel Bay Police Department", "fail_r5_advanced_as_three_day_certificates",
               _req(r5=NOT), 136.0, [
            nasro_basic("01-basic.pdf", n, "2017-10-02", "2017-10-06"),
            advanced_day("02-advanced-day1.pdf", n, 1, "2019-03-11"),
            advanced_day("02-advanced-day2.pdf", n, 2, "2019-03-12", layout="sidebar"),
            advanced_day("02-advanced-day3.pdf", n, 3, "2019-03-13"),
            nasro_conference("03-conference.pdf", n, "2020-07-12", "2020-07-15"),
            *_certs(n, 4, BASE_136),
        ])
    )  # fmt: skip

    # Z04 the three day certificates and the record's row of the whole Advanced (24 h, 2019-03-11 to 03-13):
    # one course, R4's. R5: 136: NOT met.
    n = "Dorothea L. Fairbanks"
    agency = "Quail Ridge Police Department"
    z04_rows = [
        row("Advanced School Resource Officer Course", "2019-03-11", "2019-03-13", 24, "SRO", "advanced",
            "nasro-advanced", provider=NASRO),
        row(*RIFLE[:7]),
    ]  # fmt: skip
    out.append(
        _usual("Z04", n, agency, "fail_r5_advanced_days_and_record_row", _req(r5=NOT), 136.0, [
            nasro_basic("01-basic.pdf", n, "2017-10-02", "2017-10-06"),
            advanced_day("02-advanced-day1.pdf", n, 1, "2019-03-11"),
            advanced_day("02-advanced-day2.pdf", n, 2, "2019-03-12"),
            advanced_day("02-advanced-day3.pdf", n, 3, "2019-03-13"),
            nasro_conference("03-conference.pdf", n, "2020-07-12", "2020-07-15"),
            transcript_doc("04-record.pdf", agency, n, z04_rows, layout="grid"),
            *_certs(n, 5, BASE_136),
        ])
    )  # fmt: skip

    # Z05 NASRO's Advanced on its certificate (2019-03-11 to 03-13) and as the record's row abbreviated
    # ("Adv. SRO Course (NASRO)") a day later (03-12 to 03-14): R4's course, never in R5. R5: 136: NOT met
    # (160 counting the row: wrongly eligible).
    n = "Ephraim J. Castellanos"
    agency = "Raven Cliff Police Department"
    z05_rows = [
        row("Adv. SRO Course (NASRO)", "2019-03-12", "2019-03-14", 24, "SRO", "advanced", "nasro-advanced",
            provider=NASRO),
        row(*RIFLE[:7]),
    ]  # fmt: skip
    out.append(
        _usual("Z05", n, agency, "fail_r5_advanced_record_row_abbreviated_day_off", _req(r5=NOT), 136.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            transcript_doc("04-record.pdf", agency, n, z05_rows),
            *_certs(n, 5, BASE_136),
        ])
    )  # fmt: skip
    lines("Z05", ("04-record.pdf", "Adv", "2019-03-12", 0, "duplicate"))

    # Z06 the yearly in-service: 2023 (8 h) and 2024 (4 h, the latest, shorter): credited once, the most
    # recent run: 4. R5: 144 + trauma 8 + 4 = 156: NOT met (160 crediting the 8 h run).
    n = "Florentina G. Halloran"
    agency = "Sedge Marsh Police Department"
    ins23 = _course("Annual School Safety In-Service", "2023-02-07", "2023-02-07", 8, "School Safety",
                    "school_safety", agency)  # fmt: skip
    ins24 = _course("Annual School Safety In-Service", "2024-02-06", "2024-02-06", 4, "School Safety",
                    "school_safety", agency)  # fmt: skip
    out.append(
        _usual("Z06", n, agency, "fail_r5_annual_latest_run_shorter", _req(r5=NOT), 156.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            course_cert("04-inservice-2023.pdf", n, ins23),
            course_cert("05-inservice-2024.pdf", n, ins24, layout="sidebar"),
            *_certs(n, 6, (*CORE, TRAUMA)),
        ])
    )  # fmt: skip
    lines("Z06", ("04-inservice-2023.pdf", "In-Service", "2023-02-07", 0, "annual_once"),
          ("05-inservice-2024.pdf", "In-Service", "2024-02-06", 4, "credited"))  # fmt: skip

    # Z07 YMHFA's certificate and a second certificate of the same provider, day and hours titled "Mental
    # Health First Aid - Youth Module": one course, once. R5: 144 + 8 = 152: NOT met (160 with the copy).
    n = "Gustavo E. Lindqvist"
    ymhfa2 = ("Mental Health First Aid - Youth Module", *YMHFA[1:])
    out.append(
        _usual("Z07", n, "Teal Harbor Police Department", "fail_r5_copy_under_another_title", _req(r5=NOT),
               152.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            *_certs(n, 4, (*CORE, YMHFA)),
            course_cert("11-mhfa-youth.pdf", n, ymhfa2, layout="sidebar"),  # type: ignore[arg-type]
        ])
    )  # fmt: skip

    # Z08 the department's "Active Shooter Response Refresher" in December 2022 and January 2023 (8 h each,
    # same title, calendar years apart by a month): annual training, once (the latest). R5: 144 + 8 = 152:
    # NOT met (160 counting both).
    n = "Henrietta O. Mbeki"
    agency = "Upland Fork Police Department"
    asr22 = _course("Active Shooter Response Refresher", "2022-12-13", "2022-12-13", 8, "School Safety",
                    "school_safety", agency)  # fmt: skip
    asr23 = _dated(asr22, "2023-01-17", "2023-01-17")
    out.append(
        _usual("Z08", n, agency, "fail_r5_refresher_december_and_january", _req(r5=NOT), 152.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            course_cert("04-asr-2022.pdf", n, asr22),
            course_cert("05-asr-2023.pdf", n, asr23),
            *_certs(n, 6, CORE),
        ])
    )  # fmt: skip
    lines("Z08", ("04-asr-2022.pdf", "Active Shooter", "2022-12-13", 0, "annual_once"),
          ("05-asr-2023.pdf", "Active Shooter", "2023-01-17", 8, "credited"))  # fmt: skip

    # Z09 a 16 h trauma course on a certificate stating "1.6 CEUs" (2023-05-09 to 05-10) and as the record's
    # row in hours printing only its completion day: once. R5: 128 + 16 = 144: NOT met (160 counting both).
    n = "Isidore T. Vasquez"
    agency = "Vireo Point Police Department"
    trauma16 = _dated(TRAUMA, "2023-05-09", "2023-05-10")
    trauma16 = (*trauma16[:3], 16, *trauma16[4:])  # type: ignore[assignment]
    z09_rows = [
        row("Trauma-Informed Policing w/ Youth", "2023-05-10", "2023-05-10", 16, "Juvenile", "juvenile",
            None),
        row(*RIFLE[:7]),
    ]  # fmt: skip
    out.append(
        _usual("Z09", n, agency, "fail_r5_ceu_certificate_and_hours_row", _req(r5=NOT), 144.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            ceu_cert("04-trauma-ceu.pdf", n, trauma16),
            transcript_doc("05-record.pdf", agency, n, z09_rows, layout="grid"),
            *_certs(n, 6, (EOP, ABUSE, CITY, INTERVIEW, AMHT)),
        ])
    )  # fmt: skip

    # Z10 the in-service as three yearly rows of the record (2022, 2023, 2024, 8 h) and the 2023 run's
    # certificate: once, the 2024 row. R5: 144 + 8 = 152: NOT met (160 counting the certificate too).
    n = "Jocasta M. Pelletier"
    agency = "Willet Run Police Department"
    z10_rows = [
        row("Annual School Safety In-Service", f"{y}-02-0{d}", f"{y}-02-0{d}", 8, "School Safety",
            "school_safety", None)
        for y, d in ((2022, 8), (2023, 7), (2024, 6))
    ]  # fmt: skip
    ins = _course("Annual School Safety In-Service", "2023-02-07", "2023-02-07", 8, "School Safety",
                  "school_safety", agency)  # fmt: skip
    out.append(
        _usual("Z10", n, agency, "fail_r5_three_annual_rows_and_middle_certificate", _req(r5=NOT), 152.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            transcript_doc("04-record.pdf", agency, n, z10_rows, layout="grid"),
            course_cert("05-inservice-2023.pdf", n, ins),
            *_certs(n, 6, CORE),
        ])
    )  # fmt: skip
    lines("Z10", ("04-record.pdf", "In-Service", "2024-02-06", 8, "credited"))

    # Z11 an application dated 2024-01-15: its window opens 2014-01-15, so EOP of 2014-03-10 to 03-12 counts
    # (a window from today's date would drop it). R5: 160: met; eligible.
    n = "Kasimir D. Oyelaran"
    eop14 = _dated(EOP, "2014-03-10", "2014-03-12")
    out.append(
        Applicant("Z11", n, "Yarrow Glen Police Department", "2017-08-14", True, "2024-01-15",
                  "eligible_old_application_window_from_it", _req(), 160.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            *_certs(n, 4, (eop14, *ALL[1:])),
        ])
    )  # fmt: skip
    lines("Z11", ("04-course.pdf", "Emergency", "2014-03-10", 24, "credited"))

    # Z12 every document a phone photo: NASRO's three and 160 h of courses: eligible.
    n = "Leocadia F. Brennan"
    photo: dict[str, Any] = {"kind": "photo", "fmt": "jpeg"}
    out.append(
        _usual("Z12", n, "Zinnia Lake Police Department", "eligible_all_photos", _req(), 160.0, [
            nasro_basic("01-basic.jpg", n, "2017-10-02", "2017-10-06", **photo),
            cert("02-advanced.jpg", n, "Advanced School Resource Officer Course", NASRO, "2019-03-11",
                 "2019-03-13", 24, "advanced", "nasro-advanced", layout="sidebar", **photo),
            nasro_conference("03-conference.jpg", n, "2020-07-12", "2020-07-15", **photo),
            *[course_cert(f"{4 + k:02d}-course.jpg", n, c, **photo) for k, c in enumerate(ALL)],
        ])
    )  # fmt: skip

    # Z13 "School Threat Assessment Team Training" (16 h, 2023-03-07 to 03-08) on its certificate and as the
    # record's row abbreviated and a day later ("Sch. Threat Assmt. Team Trng.", 03-08 to 03-09): one
    # course, once. R5: 128 + 16 = 144: NOT met (160 counting the row).
    n = "Marcellus V. Okafor"
    agency = "Alder Mere Police Department"
    team = _course("School Threat Assessment Team Training", "2023-03-07", "2023-03-08", 16, "School Safety",
                   "school_safety", "State School Safety Center")  # fmt: skip
    z13_rows = [
        row("Sch. Threat Assmt. Team Trng.", "2023-03-08", "2023-03-09", 16, "School Safety", "school_safety",
            None),
        row(*RIFLE[:7]),
    ]  # fmt: skip
    out.append(
        _usual("Z13", n, agency, "fail_r5_record_row_abbreviated_and_a_day_off", _req(r5=NOT), 144.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            transcript_doc("04-record.pdf", agency, n, z13_rows, layout="grid"),
            course_cert("05-team.pdf", n, team),
            *_certs(n, 6, (EOP, ABUSE, CITY, INTERVIEW, AMHT)),
        ])
    )  # fmt: skip
    lines("Z13", ("04-record.pdf", "Team", "2023-03-08", 0, "duplicate"))

    # Z14 the threat course's certificate (16 h) and the record's abbreviated row of the same dates stating
    # 8 h ("Threat Assmt. in Schools"): one course whose documents disagree on its hours: which is right is a
    # person's. R5: 136 settled + (8 or 16) = 144 or 152: NOT met either way (160 counting both: wrongly
    # eligible).
    n = "Nerissa C. Blackwood"
    agency = "Birch Landing Police Department"
    z14_rows = [
        row("Threat Assmt. in Schools", THREAT[1], THREAT[2], 8, "School Safety", "school_safety", None),
        row(*RIFLE[:7]),
    ]  # fmt: skip
    out.append(
        _usual("Z14", n, agency, "fail_r5_abbreviated_row_other_hours", _req(r5=NOT), 136.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            transcript_doc("04-record.pdf", agency, n, z14_rows),
            *_certs(n, 5, (EOP, ABUSE, CITY, INTERVIEW, AMHT, THREAT)),
            course_cert("11-ymhfa.pdf", n, YMHFA),
        ])
    )  # fmt: skip
    lines("Z14", ("04-record.pdf", "Threat", THREAT[1], 0, "needs_review"),
          ("10-course.pdf", "Threat", THREAT[1], 0, "needs_review"))  # fmt: skip
    return out


# ------------------------------------------------------------------------------------ comparing


def compare(corpus: Path, export: Path) -> list[str]:
    """Round 9's table per applicant, then every verdict, total and expected line that differs."""
    return round9.compare_round(applicants, corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    return write_applicants(root, applicants(), only, seed=15100)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
