"""A twelfth verdict-level audit: whole applicant packets at the rules' edges rounds 1-11 leave.

    python bench/unseen_applicants_12.py OUTDIR [W01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_12.py --compare CORPUS EXPORT # verdicts, totals, lines vs expected

An application dated on a leap day (its window's first day and its three years counted in calendar months,
not in days); two yearly in-services on different subjects (two courses) beside one yearly refresher
titled two ways across a certificate and a record (one course); NASRO's Advanced taken twice; a state
academy's basic SRO course "using NASRO's curriculum" beside NASRO's own Basic, on applications dated
after and before 2023; NASRO's conference only as a record's row (NASRO in the provider column) and a row
of another organisation's conference of that name; 160 hours reached only by counting a certificate
uploaded twice; a certificate and a record of the same course stating different hours; letters putting
the SRO start two years and eleven months before the application (a month, a duration, a day against the
application's own start); two officers' papers mixed in one folder; a surname changed, said in a letter;
a state association's conference naming NASRO as its affiliate.

The machinery is rounds 1-11's (``write_applicants``, round 9's ``summary``). Expected verdicts and lines are
set by hand below from the rules, with the arithmetic beside each applicant: the verdict after human
confirmation, ``needs_review`` only where the documents (or the rules) cannot settle a rule.
"""

from __future__ import annotations

import sys
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
    prose_letter,
    row,
)
from bench.unseen_applicants_4 import (
    ABUSE,
    AMHT,
    CITY,
    EOP,
    INTERVIEW,
    SRP,
    THREAT,
    TRAUMA,
    YMHFA,
    course_cert,
    course_row,
)
from bench.unseen_applicants_5 import hr_letter
from bench.unseen_applicants_10 import _certs, _nasro, _year
from bench.unseen_applicants_11 import _course
from certledger.samples import NASRO

APP = "2025-06-02"  # the 10-year window opens 2015-06-02
CORE = (EOP, ABUSE, CITY, INTERVIEW, AMHT, THREAT)  # 24 + 24 + 40 + 24 + 16 + 16 = 144 h
NO_CITY = (EOP, ABUSE, INTERVIEW, AMHT, THREAT)  # 104 h
ACADEMY = "Ohio Peace Officer Training Academy"


def academy_curriculum_basic(file: str, name: str, start: str, end: str, **kw: object) -> Doc:
    """A state academy's basic SRO course taught from NASRO's curriculum: the provider is the academy
    (category basic, no catalog course)."""
    title = "Basic School Resource Officer Course - NASRO Curriculum"
    return cert(file, name, title, ACADEMY, start, end, 40, "basic", None, **kw)  # type: ignore[arg-type]


def affiliate_conference(file: str, name: str, start: str, end: str, **kw: object) -> Doc:
    """A state association's conference naming NASRO as the body it is affiliated with: not NASRO's
    conference (R6 not met)."""
    title = "TASRO Annual School Safety Conference (NASRO State Affiliate)"
    org = "Texas Association of School Resource Officers"
    return conference_cert(file, name, title, org, start, end, None, "conference", 16, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # W01 an application dated on a leap day, 2024-02-29. Its window opens 2014-02-28 or 2014-03-01 (no
    # 2014-02-29): "Gang Trends and Youth Violence" ending 2014-03-01 is inside either way (16), "School Bus
    # Incident Response" ending 2014-02-27 outside either way (0). R5: 144 + 16 = 160: met. R1: the
    # application's start 2021-03-01 is 1095 days (3 x 365) before it, but three calendar years are reached
    # only on 2024-03-01: NOT met.
    n = "Ambrose T. Kilbride"
    gangs = _course("Gang Trends and Youth Violence", "2014-02-26", "2014-03-01", 16, "Juvenile", "juvenile",
                    "Midwest Gang Investigators Association")  # fmt: skip
    bus = _course("School Bus Incident Response", "2014-02-27", "2014-02-27", 8, "School Safety",
                  "school_safety", "State School Safety Center")  # fmt: skip
    out.append(
        Applicant(
            "W01", n, "Harrow Creek Police Department", "2021-03-01", True, "2024-02-29",
            "fail_r1_leap_day_1095_days_window_edge", _req(r1=NOT), 160.0,
            [
                *_nasro(n, "2021-04-05", "2022-03-07", "2022-07-10"),
                course_cert("04-gangs.pdf", n, gangs),
                course_cert("05-bus.pdf", n, bus, layout="sidebar"),
                *_certs(n, 6, CORE),
            ],
        )
    )  # fmt: skip
    lines(
        "W01",
        ("04-gangs.pdf", "Gang", "2014-02-26", 16, "credited"),
        ("05-bus.pdf", "Bus", "2014-02-27", 0, "older_than_window"),
    )

    # W02 two yearly in-services of the department on different subjects, in its record: "Annual In-Service:
    # School Threat Assessment" (2022, 8 h) and "Annual In-Service: Juvenile Law and Procedure" (2023, 8 h).
    # Two courses, both credited. R5: 144 + 8 + 8 = 160: met (152 if taken for one yearly course).
    n = "Philippa R. Vantongeren"
    agency = "Kestrel Bay Police Department"
    w02_rows = [
        row("Annual In-Service: School Threat Assessment", "2022-02-15", "2022-02-15", 8, "School Safety",
            "school_safety", None),
        row("Annual In-Service: Juvenile Law and Procedure", "2023-02-14", "2023-02-14", 8, "Juvenile",
            "juvenile", None),
    ]  # fmt: skip
    out.append(
        Applicant(
            "W02", n, agency, "2017-08-14", True, APP, "eligible_160_two_annual_in_services_two_subjects",
            _req(), 160.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                transcript_doc("04-record.pdf", agency, n, w02_rows, layout="grid"),
                *_certs(n, 5, CORE),
            ],
        )
    )  # fmt: skip
    lines(
        "W02",
        ("04-record.pdf", "Threat", "2022-02-15", 8, "credited"),
        ("04-record.pdf", "Juvenile Law", "2023-02-14", 8, "credited"),
    )

    # W03 the department's yearly active-shooter refresher for school campuses, 2022 on a certificate
    # ("Annual Active Shooter Refresher for School Campuses (2022)") and 2023 as its record's row ("School
    # Campus Active Shooter Refresher - Annual 2023"): one yearly course, credited once (2023). R5: 144 + 8 =
    # 152: NOT met (160 counting both: wrongly eligible).
    n = "Lucius M. Aldergrove"
    agency = "Tamarind Police Department"
    refresher = _course("Annual Active Shooter Refresher for School Campuses (2022)", "2022-08-09",
                        "2022-08-09", 8, "School Safety", "school_safety", agency)  # fmt: skip
    w03_rows = [
        row("School Campus Active Shooter Refresher - Annual 2023", "2023-08-08", "2023-08-08", 8,
            "School Safety", "school_safety", None),
        row("Patrol Rifle Qualification", "2023-04-11", "2023-04-11", 4, "Firearms", "unrelated", None),
    ]  # fmt: skip
    out.append(
        Applicant(
            "W03", n, agency, "2017-08-14", True, APP, "fail_152_yearly_refresher_titled_two_ways",
            _req(r5=NOT), 152.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                course_cert("04-refresher-2022.pdf", n, refresher, layout="letter"),
                transcript_doc("05-record.pdf", agency, n, w03_rows),
                *_certs(n, 6, CORE),
            ],
        )
    )  # fmt: skip
    lines(
        "W03",
        ("04-refresher-2022.pdf", "Refresher", "2022-08-09", 0, "annual_once"),
        ("05-record.pdf", "Refresher", "2023-08-08", 8, "credited"),
    )

    # W04 NASRO's Advanced taken twice (2018 and 2023, 24 h each): the earliest meets R4; whether the retake
    # counts in R5 is a person's call (the rules say both). R5: 144 settled, 168 with the retake: needs
    # review.
    n = "Octavia L. Brennerman"
    out.append(
        Applicant(
            "W04", n, "Ferncliff Police Department", "2016-08-01", True, APP,
            "review_r5_advanced_taken_twice", _req(r5=REVIEW), 144.0,
            [
                *_nasro(n, "2016-09-19", "2018-04-09", "2019-07-14"),
                nasro_advanced("04-advanced-2023.pdf", n, "2023-03-13", "2023-03-15", layout="sidebar"),
                *_certs(n, 5, CORE),
            ],
        )
    )  # fmt: skip
    lines(
        "W04",
        ("02-advanced.pdf", "Advanced", "2018-04-09", 0, "satisfies_r4"),
        ("04-advanced-2023.pdf", "Advanced", "2023-03-13", 0, "needs_review"),
    )

    # W05 a state academy's "Basic School Resource Officer Course - NASRO Curriculum" (2016) and NASRO's own
    # Basic (2018), an application dated 2025: only NASRO's meets R3; the academy's is another basic course
    # and counts in R5. R5: 104 + YMHFA 8 + trauma 8 + academy 40 = 160: met (120 without it).
    n = "Cornelius J. Abernathy"
    out.append(
        Applicant(
            "W05", n, "Lindenwold Police Department", "2016-02-01", True, APP,
            "eligible_160_academy_nasro_curriculum_basic_in_r5", _req(), 160.0,
            [
                *_nasro(n, "2018-03-05", "2019-09-16", "2021-07-11"),
                academy_curriculum_basic("04-academy-basic.pdf", n, "2016-03-07", "2016-03-11"),
                *_certs(n, 5, (*NO_CITY, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip
    lines(
        "W05",
        ("01-basic.pdf", "Basic", "2018-03-05", 0, "satisfies_r3"),
        ("04-academy-basic.pdf", "Basic", "2016-03-07", 40, "credited"),
    )

    # W06 the same two basic courses on an application dated 2022-11-15 (window opens 2012-11-15): any basic
    # SRO course meets R3 before 2023, the earliest (the academy's) is used, and NASRO's, another basic
    # course, counts in R5 (either way one of the two 40s counts). R5: 104 + YMHFA 8 (2022-09-08) + SRP 8
    # (2021) + 40 = 160: met.
    n = "Genevieve A. Marchetti"
    out.append(
        Applicant(
            "W06", n, "Pell City Police Department", "2016-02-01", True, "2022-11-15",
            "eligible_160_pre_2023_two_basic_courses", _req(), 160.0,
            [
                *_nasro(n, "2018-03-05", "2019-09-16", "2021-07-11"),
                academy_curriculum_basic("04-academy-basic.pdf", n, "2016-03-07", "2016-03-11"),
                *_certs(n, 5, (*NO_CITY, YMHFA, _year(SRP, 2))),
            ],
        )
    )  # fmt: skip

    # W07 NASRO's conference only as a row of the department's training record, "National School Safety
    # Conference" with NASRO in the provider column: R6 met (the department records the attendance); 0 in
    # R5. R5: 144 + YMHFA 8 + trauma 8 = 160: met.
    n = "Barnaby K. Featherstone"
    agency = "Silver Lake Police Department"
    w07_rows = [
        row("National School Safety Conference", "2021-07-11", "2021-07-14", 24, "Conference", "conference",
            "nasro-conference", NASRO),
        course_row(YMHFA),
        course_row(TRAUMA),
    ]  # fmt: skip
    out.append(
        Applicant(
            "W07", n, agency, "2017-08-14", True, APP, "eligible_conference_only_as_a_record_row", _req(),
            160.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-10-02", "2017-10-06"),
                nasro_advanced("02-advanced.pdf", n, "2019-03-11", "2019-03-13"),
                transcript_doc("03-record.pdf", agency, n, w07_rows, layout="grid"),
                *_certs(n, 4, CORE),
            ],
        )
    )  # fmt: skip
    lines("W07", ("03-record.pdf", "Conference", "2021-07-11", 0, "category_zero"))

    # W08 a record row "National School Safety Conference" given by the School Safety Advocacy Council
    # (another organisation runs a conference of that name; the catalog's ssac-nssc, school-safety
    # training): R6 NOT met; its 24 h count in R5 (round 2's V08). R5: 144 + 24 + 8 + 8 = 184.
    n = "Henrietta O. Quarrington"
    agency = "Bramble Hill Police Department"
    w08_rows = [
        row("National School Safety Conference", "2022-07-18", "2022-07-21", 24, "Conference",
            "school_safety", "ssac-nssc", "School Safety Advocacy Council"),
        course_row(YMHFA),
        course_row(TRAUMA),
    ]  # fmt: skip
    out.append(
        Applicant(
            "W08", n, agency, "2017-08-14", True, APP, "fail_r6_namesake_conference_as_a_record_row",
            _req(r6=NOT), 184.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-10-02", "2017-10-06"),
                nasro_advanced("02-advanced.pdf", n, "2019-03-11", "2019-03-13"),
                transcript_doc("03-record.pdf", agency, n, w08_rows),
                *_certs(n, 4, CORE),
            ],
        )
    )  # fmt: skip
    lines("W08", ("03-record.pdf", "Conference", "2022-07-18", 24, "credited"))

    # W09 160 h only by counting a certificate twice: YMHFA's certificate uploaded as issued and again as a
    # reprint in another layout (same course, same day). R5: 144 + 8 = 152: NOT met (160 with the copy:
    # wrongly eligible).
    n = "Thaddeus W. Grimsby"
    out.append(
        Applicant(
            "W09", n, "Cobalt Springs Police Department", "2017-08-14", True, APP,
            "fail_152_160_only_with_a_duplicate", _req(r5=NOT), 152.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                course_cert("04-ymhfa.pdf", n, YMHFA),
                course_cert("05-ymhfa-reprint.pdf", n, YMHFA, layout="centered_landscape"),
                *_certs(n, 6, CORE),
            ],
        )
    )  # fmt: skip
    lines("W09", ("05-ymhfa-reprint.pdf", "Youth Mental", "2022-09-08", 0, "duplicate"))

    # W10 CIT-Y on its certificate (40 h) and as the record's row of the same dates stating 32 h: one course,
    # the documents disagree on its hours: a person's. R5: 104 + YMHFA 8 + trauma 8 = 120 settled; 160
    # with the certificate's 40, 152 with the record's 32: needs review.
    n = "Rosamund E. Pettigrew"
    agency = "Juniper Flats Police Department"
    city32 = (CITY[0], CITY[1], CITY[2], 32, *CITY[4:])
    out.append(
        Applicant(
            "W10", n, agency, "2017-08-14", True, APP, "review_r5_cit_y_40_on_certificate_32_in_record",
            _req(r5=REVIEW), 120.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                course_cert("04-cit-y.pdf", n, CITY),
                transcript_doc("05-record.pdf", agency, n, [course_row(city32)], layout="grid"),  # type: ignore[arg-type]
                *_certs(n, 6, (*NO_CITY, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip

    # W11 no start in the application; a letter dated 2025-05-20 says "since July 2022": every day of July
    # 2022 is under three years before 2025-06-02 (2 years 11 months): R1 NOT met.
    n = "Evander P. Lockridge"
    agency = "Moss Point Police Department"
    w11_letter = (
        f"This letter is to verify that Officer {n} has served as the School Resource Officer at Moss Point "
        "High School since July 2022. He remains in that assignment and is in good standing.",
    )
    out.append(
        Applicant(
            "W11", n, agency, None, True, APP, "fail_r1_letter_since_july_2022", _req(r1=NOT), 160.0,
            [
                prose_letter("00-letter.pdf", n, agency, "2025-05-20", w11_letter, "2022-07-01"),
                *_nasro(n, "2022-08-01", "2023-03-13", "2023-07-09"),
                *_certs(n, 4, (*CORE, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip

    # W12 no start in the application; an HR letter dated the application's day, 2025-06-02, says she "has
    # served as a School Resource Officer for two years and eleven months": under three years: R1 NOT met.
    # (Dated a few days earlier, the start's day is open across the three years: a person's.)
    n = "Marisol D. Okafor"
    agency = "City of Larkspur"
    w12_letter = (
        f"This is to verify that {n} is employed by the City of Larkspur Police Department and has served "
        "as a School Resource Officer for two years and eleven months. She is currently assigned to "
        "Larkspur Middle School.",
    )
    out.append(
        Applicant(
            "W12", n, agency, None, True, APP, "fail_r1_letter_two_years_eleven_months", _req(r1=NOT), 160.0,
            [
                hr_letter("00-letter.pdf", n, agency, w12_letter, None, "2025-06-02"),
                *_nasro(n, "2022-08-01", "2023-03-13", "2023-07-09"),
                *_certs(n, 4, (*CORE, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip

    # W13 the application states a start of 2022-05-02 (three years and a month), the chief's letter says
    # "assigned as School Resource Officer effective July 11, 2022" (2 years 11 months): the evidence
    # disagrees with the application across the three years: a person's (never met unseen).
    n = "Caspian R. Whitlock"
    agency = "Orchard Park Police Department"
    w13_letter = (
        f"Officer {n} was assigned as School Resource Officer effective July 11, 2022, at Orchard Park "
        "Junior High School, and continues to serve in that role.",
    )
    out.append(
        Applicant(
            "W13", n, agency, "2022-05-02", True, APP, "review_r1_letter_contradicts_application_start",
            _req(r1=REVIEW), 160.0,
            [
                prose_letter("00-letter.pdf", n, agency, "2025-04-30", w13_letter, "2022-07-11"),
                *_nasro(n, "2022-08-01", "2023-03-13", "2023-07-09"),
                *_certs(n, 4, (*CORE, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip

    # W14 two officers' papers in one folder: the applicant's Basic, Advanced and courses (144 h), and his
    # partner's ("Renata S. Castellanos", another surname) conference certificate, letter (SRO since 2014)
    # and YMHFA/trauma certificates. No start in the application; the only letter is hers: R1 needs review
    # (no start of his). R6 NOT met (hers only). R5: 144: NOT met (160 with hers).
    n = "Marcus D. Ellery"
    other = "Renata S. Castellanos"
    agency = "Wrenfield Police Department"
    w14_letter = (
        f"This letter confirms that Officer {other} has served as the School Resource Officer at Wrenfield "
        "High School since August 18, 2014 and continues in that assignment.",
    )
    out.append(
        Applicant(
            "W14", n, agency, None, True, APP, "fail_two_officers_papers_mixed",
            _req(r1=REVIEW, r5=NOT, r6=NOT), 144.0,
            [
                nasro_basic("01-basic.pdf", n, "2018-03-05", "2018-03-09"),
                nasro_advanced("02-advanced.pdf", n, "2019-09-16", "2019-09-18"),
                nasro_conference("03-conference-castellanos.pdf", other, "2021-07-11", "2021-07-14"),
                prose_letter("04-letter-castellanos.pdf", other, agency, "2025-03-03", w14_letter,
                             "2014-08-18"),
                course_cert("05-ymhfa-castellanos.pdf", other, YMHFA),
                course_cert("06-trauma-castellanos.pdf", other, TRAUMA, layout="sidebar"),
                *_certs(n, 7, CORE),
            ],
        )
    )  # fmt: skip
    lines(
        "W14",
        ("05-ymhfa-castellanos.pdf", "Youth Mental", "2022-09-08", 0, "other_person"),
        ("06-trauma-castellanos.pdf", "Trauma", "2023-05-10", 0, "other_person"),
    )

    # W15 a surname changed: the applicant "Delphine M. Ashcroft-Vance"'s certificates before 2021 say
    # "Delphine M. Pruitt"; the chief's letter says "Officer Delphine Ashcroft-Vance (formerly Delphine
    # Pruitt)". After a person confirms, every rule met. R5: 144 + YMHFA 8 + trauma 8 = 160.
    n = "Delphine M. Ashcroft-Vance"
    old = "Delphine M. Pruitt"
    agency = "Quarry Hill Police Department"
    w15_letter = (
        "This letter confirms that Officer Delphine Ashcroft-Vance (formerly Delphine Pruitt) has served as "
        "the School Resource Officer at Quarry Hill High School since August 2016 and continues in that "
        "assignment today.",
    )
    out.append(
        Applicant(
            "W15", n, agency, "2016-08-01", True, APP, "eligible_surname_changed_formerly_full_name", _req(),
            160.0,
            [
                prose_letter("00-letter.pdf", n, agency, "2025-04-14", w15_letter, "2016-08-01"),
                nasro_basic("01-basic.pdf", old, "2016-10-17", "2016-10-21"),
                nasro_advanced("02-advanced.pdf", old, "2018-04-09", "2018-04-11"),
                nasro_conference("03-conference.pdf", n, "2023-07-09", "2023-07-12"),
                *(course_cert(f"{4 + k:02d}-course.pdf", old, c) for k, c in enumerate((EOP, CITY))),
                *_certs(n, 6, (ABUSE, INTERVIEW, AMHT, THREAT, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip
    lines("W15", ("05-course.pdf", "Crisis", CITY[1], 40, "credited"))

    # W16 a state association's conference certificate naming NASRO as its affiliation ("TASRO Annual School
    # Safety Conference (NASRO State Affiliate)", given by the Texas Association of School Resource
    # Officers): not NASRO's conference: R6 NOT met; 0 in R5. R5: 144 + 8 + 8 = 160.
    n = "Leandro V. Castellano"
    out.append(
        Applicant(
            "W16", n, "Cibolo Creek Police Department", "2017-08-14", True, APP,
            "fail_r6_state_affiliate_conference", _req(r6=NOT), 160.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-10-02", "2017-10-06"),
                nasro_advanced("02-advanced.pdf", n, "2019-03-11", "2019-03-13"),
                affiliate_conference("03-conference.pdf", n, "2022-06-13", "2022-06-15"),
                *_certs(n, 4, (*CORE, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip
    return out


# ------------------------------------------------------------------------------------ comparing


def compare(corpus: Path, export: Path) -> list[str]:
    """Round 9's table per applicant, then every verdict, total and expected line that differs."""
    return round9.compare_round(applicants, corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    return write_applicants(root, applicants(), only, seed=12100)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
