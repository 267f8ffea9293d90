"""A tenth verdict-level audit: whole applicant packets at the practitioner rules' edges rounds 1-9 leave.

    python bench/unseen_applicants_10.py OUTDIR [Q01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_10.py --compare CORPUS EXPORT # verdicts, totals, lines vs expected

"Now" is the application date: an application dated 2019 reads its ten-year window from 2019 (a record's row
ending on the window's first day is in, the day before out), and its letter's twelve months too. A record's
rows at the window's first day of an application dated 2025-01-15, and a course ending on the application day.
The department's yearly school-safety in-service named otherwise each year ("2021 Annual School Safety
In-Service", "Annual School Safety Inservice Training 2022", ...) on certificates, then across a record and a
certificate (once). A course on its certificate and again as a record's row, once with the record printing
only the completion day (once, the record's copy 0). A regional academy's "Basic School Resource Officer
Course (NASRO Model Curriculum)": the provider decides, not NASRO's (R3 not met on a 2025 application, its
40 h in R5); a sheriff's office basic on an application dated 2022-12-31 (the day before the NASRO-only rule:
R3 met). NASRO's Advanced stating 16 hours (the rules ask the 24-hour course: a person's call); an academy's
16-hour "Advanced" beside NASRO's Supervisors & Management (R4 by the latter, the 16 h in R5). 160 h made of
hours and CEUs (0.7, 0.3, 0.6 ...). NASRO's conference attended virtually (R6; its hours never in R5, 152
without them). Two letters disagreeing on the SRO start (one side of three years and the other: a person's;
both over three years: met). Another officer's certificates in the folder (the same surname; her CIT-Y must
not count) and another officer's Advanced as the only one (R4 not met).

The machinery is rounds 1-9's (``write_applicants``, round 9's ``summary``). Expected verdicts and lines are
set by hand below with the arithmetic beside each applicant: the verdict after human confirmation,
``needs_review`` only where the documents (or the rules) cannot settle a rule.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.unseen_applicants_2 as round2
import bench.unseen_applicants_9 as round9
from bench.unseen_applicants import NOT, REVIEW, Applicant, Doc, _req, cert, transcript_doc, write_applicants
from bench.unseen_applicants_2 import (
    conference_cert,
    lines,
    nasro_advanced,
    nasro_basic,
    nasro_conference,
    row,
)
from bench.unseen_applicants_4 import (
    ABUSE,
    AMHT,
    CITY,
    EOP,
    INTERVIEW,
    JLAW,
    THREAT,
    TRAUMA,
    YMHFA,
    Course,
    course_cert,
    course_row,
)
from bench.unseen_applicants_5 import hr_letter
from bench.unseen_applicants_7 import BULLYING, VAPING, _dated, chief_memo, supervisors_cert
from bench.unseen_applicants_9 import ceu_cert
from certledger.samples import NASRO

APP = "2025-06-02"  # the 10-year window opens 2015-06-02
SRP: Course = ("Standard Response Protocol Training", "2023-09-12", "2023-09-12", 8, "School Safety",
               "school_safety", "srp-training", "The I Love U Guys Foundation")  # fmt: skip


def academy_basic(file: str, name: str, start: str, end: str, **kw: object) -> Doc:
    """A regional academy's basic SRO course saying it follows NASRO's curriculum: the provider is the
    academy (category basic, no catalog course)."""
    title = "Basic School Resource Officer Course (NASRO Model Curriculum)"
    org = "Lone Star Regional Police Academy"
    return cert(file, name, title, org, start, end, 40, "basic", None, **kw)  # type: ignore[arg-type]


def sheriff_basic(file: str, name: str, start: str, end: str, **kw: object) -> Doc:
    title = "Basic School Resource Officer Course"
    org = "Pinal County Sheriff's Office Training Division"
    return cert(file, name, title, org, start, end, 40, "basic", None, **kw)  # type: ignore[arg-type]


def academy_advanced_16(file: str, name: str, start: str, end: str, **kw: object) -> Doc:
    title = "Advanced School Resource Officer Training"
    org = "Lone Star Regional Police Academy"
    return cert(file, name, title, org, start, end, 16, "advanced", None, **kw)  # type: ignore[arg-type]


def nasro_advanced_16(file: str, name: str, start: str, end: str, **kw: object) -> Doc:
    """NASRO's Advanced course certificate stating 16 hours (the course is 24)."""
    title = "Advanced School Resource Officer Course"
    return cert(file, name, title, NASRO, start, end, 16, "advanced", "nasro-advanced", **kw)  # type: ignore[arg-type]


def virtual_attendance(file: str, name: str, start: str, end: str, **kw: object) -> Doc:
    title = "National School Safety Conference (attended virtually)"
    return conference_cert(file, name, title, NASRO, start, end, "nasro-conference", "conference", 12, **kw)  # type: ignore[arg-type]


def _nasro(n: str, basic: str, advanced: str, conference: str) -> list[Doc]:
    """NASRO's Basic (five days), Advanced (three) and conference (four) for ``n`` (files 01-03), from their
    first days."""

    def plus(day: str, days: int) -> str:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()

    return [
        nasro_basic("01-basic.pdf", n, basic, plus(basic, 4)),
        nasro_advanced("02-advanced.pdf", n, advanced, plus(advanced, 2)),
        nasro_conference("03-conference.pdf", n, conference, plus(conference, 3)),
    ]


def _certs(n: str, first: int, courses: Sequence[Course]) -> list[Doc]:
    """Certificates of ``courses`` for ``n``, numbered from ``first`` ("06-course.pdf", ...)."""
    return [course_cert(f"{first + k:02d}-course.pdf", n, c) for k, c in enumerate(courses)]


def _year(course: Course, shift: int) -> Course:
    """The course ``shift`` years earlier (same month and day)."""
    _, s, e, *_ = course
    return _dated(course, f"{int(s[:4]) - shift}{s[4:]}", f"{int(e[:4]) - shift}{e[4:]}")


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []
    core = [EOP, ABUSE, CITY, INTERVIEW, AMHT, THREAT]  # 144 h

    # Q01 application dated 2019-04-15: "now" is the application date. The window opens 2009-04-15: the
    # record's "Juvenile Justice Procedures" ending that day is in (24), "Juvenile Court Liaison" ending
    # 2009-04-14 is out (0). A sheriff's office basic (2010; application before 2023: R3 met, not in R5).
    # R5: 24 + EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + threat 16 + YMHFA 8 = 160: met (a window read
    # from today would drop nearly all).
    n = "Harold J. Pettigrew"
    agency = "Casa Grande Police Department"
    old = [_year(c, 4) for c in (EOP, ABUSE, CITY, INTERVIEW, THREAT, YMHFA)]
    q01_rows = [
        row("Juvenile Justice Procedures", "2009-04-13", "2009-04-15", 24, "Juvenile", "juvenile", None),
        row("Juvenile Court Liaison", "2009-04-13", "2009-04-14", 16, "Juvenile", "juvenile", None),
    ]
    out.append(
        Applicant(
            "Q01", n, agency, "2008-08-04", True, "2019-04-15", "eligible_old_application_window_from_it",
            _req(), 160.0,
            [
                sheriff_basic("01-basic.pdf", n, "2010-03-08", "2010-03-12"),
                nasro_advanced("02-advanced.pdf", n, "2012-06-11", "2012-06-13"),
                nasro_conference("03-conference.pdf", n, "2013-07-14", "2013-07-17"),
                transcript_doc("04-record.pdf", agency, n, q01_rows, layout="grid"),
                *_certs(n, 5, old),
            ],
        )
    )  # fmt: skip
    lines(
        "Q01",
        ("01-basic.pdf", "Basic", "2010-03-08", 0, "satisfies_r3"),
        ("04-record.pdf", "Procedures", "2009-04-13", 24, "credited"),
        ("04-record.pdf", "Liaison", "2009-04-13", 0, "older_than_window"),
    )

    # Q02 application 2025-01-15: the record's "School Threat Assessment Refresher" ending 2015-01-15 (the
    # window's first day: in, 8) and "Juvenile Interview Techniques" ending 2015-01-14 (out); a certificate
    # ending on the application day (in, 8). R5: 8 + 8 + 144 = 160: met.
    n = "Celeste M. Arrington"
    agency = "Dunmore Borough Police Department"
    q02_rows = [
        row("School Threat Assessment Refresher", "2015-01-15", "2015-01-15", 8, "School Safety",
            "school_safety", None),
        row("Juvenile Interview Techniques", "2015-01-13", "2015-01-14", 16, "Juvenile", "juvenile",
            "juvenile-interview"),  # the catalog's "Juvenile Interviewing Techniques"
    ]  # fmt: skip
    day: Course = ("Reunification Planning for Schools", "2025-01-15", "2025-01-15", 8, "School Safety",
                   "school_safety", None, "State School Safety Center")  # fmt: skip
    out.append(
        Applicant(
            "Q02", n, agency, "2016-08-15", True, "2025-01-15", "eligible_160_window_first_day_in_a_record",
            _req(), 160.0,
            [
                *_nasro(n, "2016-10-03", "2018-02-05", "2019-07-14"),
                transcript_doc("04-record.pdf", agency, n, q02_rows),
                course_cert("05-reunification.pdf", n, day, layout="letter"),
                *_certs(n, 6, core),
            ],
        )
    )  # fmt: skip
    lines(
        "Q02",
        ("04-record.pdf", "Threat", "2015-01-15", 8, "credited"),
        ("04-record.pdf", "Interview", "2015-01-13", 0, "older_than_window"),
        ("05-reunification.pdf", "Reunification", "2025-01-15", 8, "credited"),
    )

    # Q03 the department's yearly school-safety in-service on three certificates, titled otherwise each year:
    # once (the 2023 one, 8). R5: 144 + juvenile law 4 + 8 = 156: NOT met (172 counting each: wrongly
    # eligible).
    n = "Dominic R. Falco"
    agency = "Westfield Township Police Department"
    titles = ("2021 Annual School Safety In-Service", "Annual School Safety Inservice Training 2022",
              "School Safety In-Service Training (Annual) - 2023")  # fmt: skip
    days = ("2021-08-10", "2022-08-09", "2023-08-15")
    out.append(
        Applicant(
            "Q03", n, agency, "2017-08-14", True, APP, "fail_156_inservice_titled_otherwise_each_year",
            _req(r5=NOT), 156.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                *(
                    cert(f"{4 + k:02d}-inservice.pdf", n, t, agency, d, d, 8, "school_safety", None,
                         layout=("form_fields", "sidebar", "letter")[k])
                    for k, (t, d) in enumerate(zip(titles, days, strict=True))
                ),
                course_cert("07-jlaw.pdf", n, JLAW),
                *_certs(n, 8, core),
            ],
        )
    )  # fmt: skip
    lines(
        "Q03",
        ("04-inservice.pdf", "In-Service", days[0], 0, "annual_once"),
        ("05-inservice.pdf", "Inservice", days[1], 0, "annual_once"),
        ("06-inservice.pdf", "In-Service", days[2], 8, "credited"),
    )

    # Q04 the same in-service across the department's record (2022, 2023 titled otherwise) and a 2024
    # certificate: once, the 2024 one. R5: 144 + YMHFA 8 + 8 = 160: met.
    n = "Imani T. Okafor"
    agency = "Harbor Springs Police Department"
    q04_rows = [
        row("Annual Inservice Training 2022 - School Safety", "2022-03-08", "2022-03-08", 8, "School Safety",
            "school_safety", None),
        row("School Safety In-Service (Annual) 2023", "2023-03-07", "2023-03-07", 8, "School Safety",
            "school_safety", None),
        course_row(YMHFA),
    ]  # fmt: skip
    out.append(
        Applicant(
            "Q04", n, agency, "2018-01-08", True, APP, "eligible_160_inservice_worded_otherwise",
            _req(), 160.0,
            [
                *_nasro(n, "2018-03-05", "2019-09-16", "2021-07-11"),
                transcript_doc("04-record.pdf", agency, n, q04_rows, layout="grid"),
                cert("05-inservice-2024.pdf", n, "2024 Annual School Safety In-Service", agency, "2024-03-12",
                     "2024-03-12", 8, "school_safety", None, layout="sidebar"),
                *_certs(n, 6, core),
            ],
        )
    )  # fmt: skip
    lines(
        "Q04",
        ("04-record.pdf", "2022", "2022-03-08", 0, "annual_once"),
        ("04-record.pdf", "2023", "2023-03-07", 0, "annual_once"),
        ("05-inservice-2024.pdf", "In-Service", "2024-03-12", 8, "credited"),
    )

    # Q05 CIT-Y and the abuse course on certificates and again as the department's record's rows (CIT-Y's
    # row prints only its completion day): once each. R5: 144 + juvenile law 4 (row) + YMHFA 8 = 156: NOT
    # met (220 counting the rows too: wrongly eligible).
    n = "Gareth W. Sloane"
    agency = "Milford Heights Police Department"
    cit_done = _dated(CITY, CITY[2], CITY[2])
    q05_rows = [course_row(cit_done), course_row(ABUSE), course_row(JLAW)]
    out.append(
        Applicant(
            "Q05", n, agency, "2016-08-01", True, APP, "fail_156_certificates_repeated_by_record_rows",
            _req(r5=NOT), 156.0,
            [
                *_nasro(n, "2016-09-19", "2018-04-09", "2019-07-14"),
                transcript_doc("04-record.pdf", agency, n, q05_rows, layout="grid"),
                course_cert("05-ymhfa.pdf", n, YMHFA),
                *_certs(n, 6, core),
            ],
        )
    )  # fmt: skip
    # Which copy counts is the ledger's choice (a settled copy first): here the CIT-Y certificate and the
    # record's abuse row. The other copy of each is a duplicate (not "annual training counted once").
    lines(
        "Q05",
        ("04-record.pdf", "CIT", CITY[2], 0, "duplicate"),
        ("07-course.pdf", "Abuse", ABUSE[1], 0, "duplicate"),
        ("04-record.pdf", "Juvenile Law", JLAW[1], 4, "credited"),
    )

    # Q06 a regional academy's "Basic School Resource Officer Course (NASRO Model Curriculum)": the provider
    # is the academy, so on a 2025 application R3 is not met; the course counts in R5 as another basic.
    # R5: 40 + EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + threat 16 = 168: met. Not eligible (R3).
    n = "Ruben A. Castellanos"
    out.append(
        Applicant(
            "Q06", n, "Brazos Valley Police Department", "2018-01-08", True, APP,
            "fail_r3_academy_basic_naming_nasro_curriculum", _req(r3=NOT), 168.0,
            [
                academy_basic("01-basic.pdf", n, "2018-02-12", "2018-02-16"),
                nasro_advanced("02-advanced.pdf", n, "2019-09-16", "2019-09-18"),
                nasro_conference("03-conference.pdf", n, "2021-07-11", "2021-07-14"),
                *_certs(n, 4, (EOP, ABUSE, CITY, INTERVIEW, THREAT)),
            ],
        )
    )  # fmt: skip
    lines("Q06", ("01-basic.pdf", "Basic", "2018-02-12", 40, "credited"))

    # Q07 application dated 2022-12-31, the day before the NASRO-only rule: a sheriff's office basic meets
    # R3 (not in R5). R5: EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 +
    # bullying 6 + vaping 2 (2022-12-06) = 160: met.
    n = "Tamsin L. Beaumont"
    vaping = _dated(VAPING, "2022-12-06", "2022-12-06")
    out.append(
        Applicant(
            "Q07", n, "Pinal County Sheriff's Office", "2017-01-09", True, "2022-12-31",
            "eligible_sheriff_basic_day_before_cutover", _req(), 160.0,
            [
                sheriff_basic("01-basic.pdf", n, "2017-03-06", "2017-03-10", layout="sidebar"),
                nasro_advanced("02-advanced.pdf", n, "2018-09-17", "2018-09-19"),
                nasro_conference("03-conference.pdf", n, "2019-07-14", "2019-07-17"),
                *_certs(n, 4, (*core, YMHFA, BULLYING, vaping)),
            ],
        )
    )  # fmt: skip
    lines("Q07", ("01-basic.pdf", "Basic", "2017-03-06", 0, "satisfies_r3"))

    # Q08 NASRO's Advanced certificate states 16 hours: R4 asks the 24-hour course (a part, or a shortened
    # course? a person's call: needs review). R5: 144 + YMHFA 8 + trauma 8 = 160: met.
    n = "Victor E. Lindqvist"
    out.append(
        Applicant(
            "Q08", n, "Ashby Police Department", "2017-08-14", True, APP, "review_r4_nasro_advanced_16_hours",
            _req(r4=REVIEW), 160.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-09-11", "2017-09-15"),
                nasro_advanced_16("02-advanced.pdf", n, "2020-02-24", "2020-02-25"),
                nasro_conference("03-conference.pdf", n, "2021-07-11", "2021-07-14"),
                *_certs(n, 4, (*core, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip

    # Q09 an academy's 16-hour "Advanced School Resource Officer Training" (2019) and NASRO's Supervisors &
    # Management (2021): R4 by the latter; the academy's course is another advanced course, 16 h in R5.
    # R5: 16 + 144 = 160: met.
    n = "Ophelia D. Marsh"
    out.append(
        Applicant(
            "Q09", n, "Round Rock Police Department", "2016-08-01", True, APP,
            "eligible_160_academy_advanced_16_supervisors_r4", _req(), 160.0,
            [
                nasro_basic("01-basic.pdf", n, "2016-09-19", "2016-09-23"),
                academy_advanced_16("02-academy-advanced.pdf", n, "2019-04-15", "2019-04-16"),
                supervisors_cert("03-supervisors.pdf", n, "2021-11-08", "2021-11-10"),
                nasro_conference("04-conference.pdf", n, "2022-07-10", "2022-07-13"),
                *_certs(n, 5, core),
            ],
        )
    )  # fmt: skip
    lines(
        "Q09",
        ("02-academy-advanced.pdf", "Advanced", "2019-04-15", 16, "credited"),
        ("03-supervisors.pdf", "Supervisors", "2021-11-08", 0, "satisfies_r4"),
    )

    # Q10 160 h of hours and CEUs: CIT-Y 40 + interviewing 24 (hours) + EOP 2.4 + abuse 2.4 + threat 1.6 +
    # AMHT 1.6 + social media 0.7 + trafficking 0.3 + restorative 0.6 CEUs (24 + 24 + 16 + 16 + 7 + 3 + 6 =
    # 96 h) = 160: met.
    n = "Lorraine K. Abernathy"
    social: Course = ("Social Media and Student Safety", "2023-02-14", "2023-02-14", 7, "School Safety",
                      "school_safety", None, "Center for Safe Schools")  # fmt: skip
    traffic: Course = ("Recognizing Human Trafficking of Minors", "2023-06-06", "2023-06-06", 3, "Juvenile",
                       "juvenile", None, "Center for Youth Justice Training")  # fmt: skip
    restore: Course = ("Restorative Practices in Schools", "2024-01-09", "2024-01-09", 6, "School Safety",
                       "school_safety", None, "Center for Safe Schools")  # fmt: skip
    out.append(
        Applicant(
            "Q10", n, "Keene Police Department", "2018-01-08", True, APP, "eligible_160_hours_and_ceus",
            _req(), 160.0,
            [
                *_nasro(n, "2018-03-05", "2019-09-16", "2021-07-11"),
                course_cert("04-cit-y.pdf", n, CITY),
                course_cert("05-interviewing.pdf", n, INTERVIEW),
                ceu_cert("06-eop.pdf", n, EOP),
                ceu_cert("07-abuse.pdf", n, ABUSE, layout="sidebar"),
                ceu_cert("08-threat.pdf", n, THREAT),
                ceu_cert("09-amht.pdf", n, AMHT),
                ceu_cert("10-social.pdf", n, social),
                ceu_cert("11-trafficking.pdf", n, traffic, layout="letter"),
                ceu_cert("12-restorative.pdf", n, restore),
            ],
        )
    )  # fmt: skip
    lines(
        "Q10",
        ("10-social.pdf", "Social", "2023-02-14", 7, "credited"),
        ("11-trafficking.pdf", "Trafficking", "2023-06-06", 3, "credited"),
        ("12-restorative.pdf", "Restorative", "2024-01-09", 6, "credited"),
    )

    # Q11 NASRO's conference attended virtually (12 h printed): R6 met; conference hours are 0 in R5. R5:
    # 144 + SRP 8 = 152: NOT met (164 with the conference's hours: wrongly eligible).
    n = "Bernard F. Oyelaran"
    out.append(
        Applicant(
            "Q11", n, "Glen Ellyn Police Department", "2018-01-08", True, APP,
            "fail_152_virtual_conference_hours_not_r5", _req(r5=NOT), 152.0,
            [
                nasro_basic("01-basic.pdf", n, "2018-03-05", "2018-03-09"),
                nasro_advanced("02-advanced.pdf", n, "2019-09-16", "2019-09-18"),
                virtual_attendance("03-conference.pdf", n, "2021-07-12", "2021-07-14"),
                *_certs(n, 4, (*core, SRP)),
            ],
        )
    )  # fmt: skip
    lines("Q11", ("03-conference.pdf", "Conference", "2021-07-12", 0, "category_zero"))

    # Q12 two letters disagreeing on the SRO start: HR (2025-03-10) "since August 16, 2021" (three years
    # met), the chief (2025-04-01) "on August 15, 2022" (not). The application gives no start: R1 a person's
    # call. R2 met (both say current). R5: 144 + YMHFA 8 + trauma 8 = 160: met.
    n = "Marguerite A. Svoboda"
    agency = "Eastlake Police Department"
    hr = (f"This letter verifies the employment of {n} with the City of Eastlake. Officer Svoboda has served "
          "as the School Resource Officer at Eastlake High School since August 16, 2021.",
          "She currently serves in that position and is a full-time employee in good standing.")  # fmt: skip
    chief = (f"Officer {n} was assigned as the School Resource Officer at Eastlake High School on August 15, "
             "2022.", "She continues to serve as the school's SRO today.")  # fmt: skip
    out.append(
        Applicant(
            "Q12", n, agency, None, None, APP, "review_r1_letters_disagree_across_three_years",
            _req(r1=REVIEW), 160.0,
            [
                hr_letter("01-hr-letter.pdf", n, "City of Eastlake", hr, "2021-08-16", "2025-03-10"),
                chief_memo("02-chief-letter.pdf", n, agency, chief, "2022-08-15", "2025-04-01"),
                nasro_basic("03-basic.pdf", n, "2022-09-12", "2022-09-16"),
                nasro_advanced("04-advanced.pdf", n, "2023-06-12", "2023-06-14"),
                nasro_conference("05-conference.pdf", n, "2024-07-14", "2024-07-17"),
                *_certs(n, 6, (*core, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip

    # Q13 two letters disagreeing, both over three years: "since January 8, 2018" and "on August 12, 2019":
    # R1 met either way. R2 met. R5: 160: met.
    n = "Percival O. Nakamura"
    agency = "Fox Lake Police Department"
    hr = (f"This letter verifies the employment of {n} with the Village of Fox Lake. Officer Nakamura has "
          "served as the School Resource Officer at Grant Community High School since January 8, 2018.",
          "He currently serves in that position and is a full-time employee in good standing.")  # fmt: skip
    chief = (f"Officer {n} was assigned as the School Resource Officer at Grant Community High School on "
             "August 12, 2019.", "He continues to serve as the school's SRO today.")  # fmt: skip
    out.append(
        Applicant(
            "Q13", n, agency, None, None, APP, "eligible_letters_disagree_both_over_3y", _req(), 160.0,
            [
                hr_letter("01-hr-letter.pdf", n, "Village of Fox Lake", hr, "2018-01-08", "2025-02-03"),
                chief_memo("02-chief-letter.pdf", n, agency, chief, "2019-08-12", "2025-03-17"),
                nasro_basic("03-basic.pdf", n, "2018-03-05", "2018-03-09"),
                nasro_advanced("04-advanced.pdf", n, "2019-09-16", "2019-09-18"),
                nasro_conference("05-conference.pdf", n, "2021-07-11", "2021-07-14"),
                *_certs(n, 6, (*core, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip

    # Q14 another officer's certificates in the folder: "Tanya R. Ellison" (the same surname, the same
    # department) for CIT-Y and her own NASRO Basic. Credited 0, flagged. R5 (his): EOP 24 + abuse 24 +
    # interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 + trauma 8 + SRP 8 + bullying 6 = 134: NOT met (174
    # with her CIT-Y: wrongly eligible).
    n = "Marcus D. Ellison"
    other = "Tanya R. Ellison"
    out.append(
        Applicant(
            "Q14", n, "Stillwater Police Department", "2017-08-14", True, APP,
            "fail_134_another_officers_certificates_mixed_in", _req(r5=NOT), 134.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-09-11", "2017-09-15"),
                nasro_basic("02-basic-ellison-t.pdf", other, "2016-09-12", "2016-09-16"),
                nasro_advanced("03-advanced.pdf", n, "2019-02-11", "2019-02-13"),
                nasro_conference("04-conference.pdf", n, "2021-07-11", "2021-07-14"),
                course_cert("05-cit-y.pdf", other, CITY),
                *_certs(n, 6, (EOP, ABUSE, INTERVIEW, AMHT, THREAT, YMHFA, TRAUMA, SRP, BULLYING)),
            ],
        )
    )  # fmt: skip
    lines(
        "Q14",
        ("01-basic.pdf", "Basic", "2017-09-11", 0, "satisfies_r3"),
        ("02-basic-ellison-t.pdf", "Basic", "2016-09-12", 0, "other_person"),
        ("05-cit-y.pdf", "CIT", CITY[1], 0, "other_person"),
    )

    # Q15 the only NASRO Advanced in the folder is another officer's ("Derek P. Vance"): R4 not met once a
    # person has looked (flagged, credited 0). R5: 160: met. Not eligible.
    n = "Luis A. Moreno"
    out.append(
        Applicant(
            "Q15", n, "Yuma Police Department", "2017-08-14", True, APP, "fail_r4_advanced_someone_elses",
            _req(r4=NOT), 160.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-09-11", "2017-09-15"),
                nasro_advanced("02-advanced.pdf", "Derek P. Vance", "2019-02-11", "2019-02-13"),
                nasro_conference("03-conference.pdf", n, "2021-07-11", "2021-07-14"),
                *_certs(n, 4, (*core, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip
    lines("Q15", ("02-advanced.pdf", "Advanced", "2019-02-11", 0, "other_person"))
    return out


# ------------------------------------------------------------------------------------ comparing


def compare(corpus: Path, export: Path) -> list[str]:
    """Round 9's table per applicant, then every verdict, total and expected line that differs."""
    return round9.compare_round(applicants, corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    return write_applicants(root, applicants(), only, seed=10100)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
