"""An eleventh verdict-level audit: whole applicant packets at the rules' edges rounds 1-10 leave.

    python bench/unseen_applicants_11.py OUTDIR [R01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_11.py --compare CORPUS EXPORT # verdicts, totals, lines vs expected

Certificates (not a record's rows, round 10's) ending exactly ten years before the application date (in) and
one day earlier (out), a course that began before the window and ended on its first day (in: "completed"
is the end date). The department's annual in-service printed as "2021 Annual In-Service" and "Annual
Training 2022" (once). NASRO's Supervisors & Management as the only R4 course; beside an earlier Advanced
(R4 by the Advanced, the Supervisors course counts in R5). NASRO's Advanced as two 12-hour certificates
(R4 met, neither part in R5). 159.75 h (quarters: not met) and 160 h exactly (met). Juvenile courses given by
a health department, a university and a children's services agency. NASRO's conference attended virtually
printing 14 h (R6; 0 in R5). CEUs summing to 159 h. A course retaken in a later year (once, the later).
A surname changed by marriage (old certificates in the maiden name, a letter saying "née"). Another
officer's papers: a near-namesake's certificate and a colleague's whole training record. A record with no
provider column printing "Basic School Resource Officer Course (NASRO Model Curriculum)" on a 2025
application (who gave it is unknown: R3 for a person) and on one dated 2022 (any basic SRO course meets R3
before 2023: met either way).

The machinery is rounds 1-10's (``write_applicants``, round 9's ``summary``). Expected verdicts and lines are
set by hand below from the rules, with the arithmetic beside each applicant: the verdict after human
confirmation, ``needs_review`` only where the documents (or the rules) cannot settle a rule.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.unseen_applicants_2 as round2
import bench.unseen_applicants_9 as round9
from bench.unseen_applicants import NOT, REVIEW, Applicant, Doc, _req, transcript_doc, write_applicants
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
    SRP,
    THREAT,
    TRAUMA,
    YMHFA,
    Course,
    course_cert,
    course_row,
)
from bench.unseen_applicants_5 import paged_history
from bench.unseen_applicants_6 import district_letter
from bench.unseen_applicants_7 import _dated, advanced_part, supervisors_cert
from bench.unseen_applicants_9 import ceu_cert, quarter_hours_cert
from bench.unseen_applicants_10 import _certs, _nasro, _year
from certledger.samples import NASRO

APP = "2025-06-02"  # the 10-year window opens 2015-06-02
CORE = (EOP, ABUSE, CITY, INTERVIEW, AMHT, THREAT)  # 24 + 24 + 40 + 24 + 16 + 16 = 144 h
CURRICULUM_BASIC = "Basic School Resource Officer Course (NASRO Model Curriculum)"


def _course(title: str, start: str, end: str, hours: float, printed: str, category: str, by: str) -> Course:
    return (title, start, end, hours, printed, category, None, by)


def _plus(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def virtual_nasro(file: str, name: str, start: str, end: str, **kw: object) -> Doc:
    """NASRO's conference attended online, its certificate printing 14 hours."""
    title = "National School Safety Conference (Virtual Attendance)"
    return conference_cert(file, name, title, NASRO, start, end, "nasro-conference", "conference", 14, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # R01 certificates at the window's edge (application 2025-06-02, window opens 2015-06-02): "Gang Trends
    # and Youth Violence" 2015-05-29..2015-06-02 (ended on the first day: in, 16) and "School Bus Incident
    # Response" ending 2015-06-01 (one day older: out, 0). R5: 144 + 16 = 160: met.
    n = "Nathaniel P. Corrigan"
    gangs = _course("Gang Trends and Youth Violence", "2015-05-29", "2015-06-02", 16, "Juvenile", "juvenile",
                    "Midwest Gang Investigators Association")  # fmt: skip
    bus = _course("School Bus Incident Response", "2015-06-01", "2015-06-01", 8, "School Safety",
                  "school_safety", "State School Safety Center")  # fmt: skip
    out.append(
        Applicant(
            "R01", n, "Granite Falls Police Department", "2014-08-11", True, APP,
            "eligible_160_certificate_ending_on_the_window_s_first_day", _req(), 160.0,
            [
                *_nasro(n, "2014-10-06", "2016-03-07", "2017-07-09"),
                course_cert("04-gangs.pdf", n, gangs),
                course_cert("05-bus.pdf", n, bus, layout="sidebar"),
                *_certs(n, 6, CORE),
            ],
        )
    )  # fmt: skip
    lines(
        "R01",
        ("04-gangs.pdf", "Gang", "2015-05-29", 16, "credited"),
        ("05-bus.pdf", "Bus", "2015-06-01", 0, "older_than_window"),
    )

    # R02 the department's annual in-service in its record as "2021 Annual In-Service" and "Annual Training
    # 2022" (8 h each, category column School Safety): one yearly course, credited once (2022). R5: 144 + 8 =
    # 152: NOT met (160 counting both: wrongly eligible).
    n = "Yolanda C. Brightwater"
    agency = "Sycamore Hills Police Department"
    r02_rows = [
        row("2021 Annual In-Service", "2021-02-09", "2021-02-09", 8, "School Safety", "school_safety", None),
        row("Annual Training 2022", "2022-02-08", "2022-02-08", 8, "School Safety", "school_safety", None),
    ]
    out.append(
        Applicant(
            "R02", n, agency, "2017-08-14", True, APP, "fail_152_annual_in_service_titled_two_ways",
            _req(r5=NOT), 152.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                transcript_doc("04-record.pdf", agency, n, r02_rows, layout="grid"),
                *_certs(n, 5, CORE),
            ],
        )
    )  # fmt: skip
    lines(
        "R02",
        ("04-record.pdf", "2021", "2021-02-09", 0, "annual_once"),
        ("04-record.pdf", "2022", "2022-02-08", 8, "credited"),
    )

    # R03 NASRO's Supervisors & Management as the only R4 course (no Advanced): R4 met, not in R5.
    # R5: 144 + YMHFA 8 + trauma 8 = 160: met (the supervisors' 24 counted too: 184).
    n = "Everett J. Holloway"
    out.append(
        Applicant(
            "R03", n, "Lakeview Police Department", "2016-08-01", True, APP, "eligible_supervisors_only_r4",
            _req(), 160.0,
            [
                nasro_basic("01-basic.pdf", n, "2016-09-19", "2016-09-23"),
                supervisors_cert("02-supervisors.pdf", n, "2020-11-16", "2020-11-18", layout="letter"),
                nasro_conference("03-conference.pdf", n, "2021-07-11", "2021-07-14"),
                *_certs(n, 4, (*CORE, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip
    lines("R03", ("02-supervisors.pdf", "Supervisors", "2020-11-16", 0, "satisfies_r4"))

    # R04 NASRO's Advanced (2018) and later its Supervisors & Management (2022): the earliest meets R4; the
    # Supervisors course is another supervisor-level course and counts in R5 (24). R5: 144 - threat 16 +
    # supervisors 24 + YMHFA 8 = 160: met (136 without it).
    n = "Priya S. Ramanathan"
    out.append(
        Applicant(
            "R04", n, "Cedar Rapids Police Department", "2016-08-01", True, APP,
            "eligible_160_supervisors_after_advanced_in_r5", _req(), 160.0,
            [
                *_nasro(n, "2016-09-19", "2018-04-09", "2019-07-14"),
                supervisors_cert("04-supervisors.pdf", n, "2022-03-14", "2022-03-16"),
                *_certs(n, 5, (EOP, ABUSE, CITY, INTERVIEW, AMHT, YMHFA)),
            ],
        )
    )  # fmt: skip
    lines(
        "R04",
        ("02-advanced.pdf", "Advanced", "2018-04-09", 0, "satisfies_r4"),
        ("04-supervisors.pdf", "Supervisors", "2022-03-14", 24, "credited"),
    )

    # R05 NASRO's Advanced given as two 12-hour certificates (Part 1 of 2, Part 2 of 2, a month apart): R4
    # met (12 + 12 = the 24-hour course), neither part in R5. R5: 144 + YMHFA 8 = 152: NOT met (164 with
    # a part counted: wrongly eligible).
    n = "Gideon T. Ashworth"
    out.append(
        Applicant(
            "R05", n, "Oak Harbor Police Department", "2016-08-01", True, APP,
            "fail_152_advanced_split_12_12_not_in_r5", _req(r5=NOT), 152.0,
            [
                nasro_basic("01-basic.pdf", n, "2016-09-19", "2016-09-23"),
                advanced_part("02-advanced-part1.pdf", n, 1, "2019-02-11", "2019-02-12", 12),
                advanced_part("03-advanced-part2.pdf", n, 2, "2019-03-11", "2019-03-12", 12,
                              layout="sidebar"),
                nasro_conference("04-conference.pdf", n, "2021-07-11", "2021-07-14"),
                *_certs(n, 5, (*CORE, YMHFA)),
            ],
        )
    )  # fmt: skip
    lines(
        "R05",
        ("02-advanced-part1.pdf", "Advanced", "2019-02-11", 0, "satisfies_r4"),
    )

    # R06 159.75 h: 144 + YMHFA 8 + "School Emergency Drills and Lockdown Procedures" 7.75 (printed "7.75
    # Hours"): NOT met.
    n = "Harriet V. Okonkwo"
    digital = _course("School Emergency Drills and Lockdown Procedures", "2023-10-17", "2023-10-17", 7.75,
                      "School Safety", "school_safety", "Center for Safe Schools")  # fmt: skip
    out.append(
        Applicant(
            "R06", n, "Bellmore Police Department", "2018-01-08", True, APP, "fail_159_75_quarter_short",
            _req(r5=NOT), 159.75,
            [
                *_nasro(n, "2018-03-05", "2019-09-16", "2021-07-11"),
                quarter_hours_cert("04-digital.pdf", n, digital),
                *_certs(n, 5, (*CORE, YMHFA)),
            ],
        )
    )  # fmt: skip
    lines("R06", ("04-digital.pdf", "Lockdown", "2023-10-17", 7.75, "credited"))

    # R07 160 h exactly from quarters: 144 + "School Emergency Drills and Lockdown Procedures" 7.75 +
    # "Restorative Practices in Schools" 8.25 = 160: met.
    n = "Leopold M. Fairweather"
    restore = _course("Restorative Practices in Schools", "2024-01-09", "2024-01-09", 8.25, "School Safety",
                      "school_safety", "Center for Safe Schools")  # fmt: skip
    out.append(
        Applicant(
            "R07", n, "Merrick Police Department", "2018-01-08", True, APP, "eligible_160_exactly_quarters",
            _req(), 160.0,
            [
                *_nasro(n, "2018-03-05", "2019-09-16", "2021-07-11"),
                quarter_hours_cert("04-digital.pdf", n, digital),
                quarter_hours_cert("05-restorative.pdf", n, restore, layout="letter"),
                *_certs(n, 6, CORE),
            ],
        )
    )  # fmt: skip
    lines(
        "R07",
        ("04-digital.pdf", "Lockdown", "2023-10-17", 7.75, "credited"),
        ("05-restorative.pdf", "Restorative", "2024-01-09", 8.25, "credited"),
    )

    # R08 juvenile courses from issuers that are no police body: a county health department's "Adverse
    # Childhood Experiences (ACEs) and Youth Trauma" (6), a university's "Adolescent Brain Development for
    # Youth-Serving Professionals" (6), a children's services agency's "Working with Youth in Foster Care"
    # (4). R5: 144 + 16 = 160: met.
    n = "Bartholomew K. Osei"
    aces = _course("Adverse Childhood Experiences (ACEs) and Youth Trauma", "2023-03-14", "2023-03-14", 6,
                   "Juvenile", "juvenile", "Washtenaw County Health Department")  # fmt: skip
    brain = _course("Adolescent Brain Development for Youth-Serving Professionals", "2023-09-26",
                    "2023-09-26", 6, "Juvenile", "juvenile",
                    "Eastern Michigan University Extension")  # fmt: skip
    foster = _course("Working with Youth in Foster Care", "2024-04-18", "2024-04-18", 4, "Juvenile",
                     "juvenile", "Michigan Department of Health and Human Services")  # fmt: skip
    out.append(
        Applicant(
            "R08", n, "Ypsilanti Police Department", "2018-01-08", True, APP,
            "eligible_160_juvenile_courses_non_police_issuers", _req(), 160.0,
            [
                *_nasro(n, "2018-03-05", "2019-09-16", "2021-07-11"),
                course_cert("04-aces.pdf", n, aces),
                course_cert("05-brain.pdf", n, brain, layout="letter"),
                course_cert("06-foster.pdf", n, foster, layout="sidebar"),
                *_certs(n, 7, CORE),
            ],
        )
    )  # fmt: skip
    lines(
        "R08",
        ("04-aces.pdf", "Adverse", "2023-03-14", 6, "credited"),
        ("05-brain.pdf", "Adolescent Brain", "2023-09-26", 6, "credited"),
        ("06-foster.pdf", "Foster", "2024-04-18", 4, "credited"),
    )

    # R09 NASRO's conference attended virtually, its certificate printing 14 hours: R6 met; 0 in R5. R5:
    # 144 + YMHFA 8 = 152: NOT met (166 with the conference's hours: wrongly eligible).
    n = "Cordelia N. Ashcombe"
    out.append(
        Applicant(
            "R09", n, "Pleasant Ridge Police Department", "2018-01-08", True, APP,
            "fail_152_virtual_conference_14h_not_r5", _req(r5=NOT), 152.0,
            [
                nasro_basic("01-basic.pdf", n, "2018-03-05", "2018-03-09"),
                nasro_advanced("02-advanced.pdf", n, "2019-09-16", "2019-09-18"),
                virtual_nasro("03-conference.pdf", n, "2022-07-11", "2022-07-13", layout="form_fields"),
                *_certs(n, 4, (*CORE, YMHFA)),
            ],
        )
    )  # fmt: skip
    lines("R09", ("03-conference.pdf", "Conference", "2022-07-11", 0, "category_zero"))

    # R10 CEUs summing short: CIT-Y 40 + interviewing 24 + AMHT 16 + threat 16 (hours) + EOP 2.4 + abuse 2.4
    # + YMHFA 0.8 + "School Emergency Drills and Lockdown Procedures" 0.7 CEU (24 + 24 + 8 + 7) = 159: NOT met
    # (a CEU read as 0.8, or rounded up, makes it 160).
    n = "Ingrid F. Solberg"
    digital_ceu = _dated(digital, "2023-10-17", "2023-10-17")
    digital_ceu = (digital_ceu[0], digital_ceu[1], digital_ceu[2], 7.0, *digital_ceu[4:])
    out.append(
        Applicant(
            "R10", n, "Northfield Police Department", "2018-01-08", True, APP, "fail_159_hours_and_ceus",
            _req(r5=NOT), 159.0,
            [
                *_nasro(n, "2018-03-05", "2019-09-16", "2021-07-11"),
                *_certs(n, 4, (CITY, INTERVIEW, AMHT, THREAT)),
                ceu_cert("08-eop.pdf", n, EOP),
                ceu_cert("09-abuse.pdf", n, ABUSE, layout="sidebar"),
                ceu_cert("10-ymhfa.pdf", n, YMHFA),
                ceu_cert("11-digital.pdf", n, digital_ceu, layout="letter"),
            ],
        )
    )  # fmt: skip
    lines(
        "R10",
        ("10-ymhfa.pdf", "Youth Mental", "2022-09-08", 8, "credited"),
        ("11-digital.pdf", "Lockdown", "2023-10-17", 7, "credited"),
    )

    # R11 CIT-Y taken in 2019 and retaken in 2023 (the same course, another year): credited once, the
    # latest (40). R5: 144 + YMHFA 8 = 152: NOT met (192 counting both: wrongly eligible).
    n = "Montgomery R. Blackwell"
    retake = _dated(CITY, "2023-10-16", "2023-10-20")
    out.append(
        Applicant(
            "R11", n, "Riverbend Police Department", "2017-08-14", True, APP, "fail_152_course_retaken_once",
            _req(r5=NOT), 152.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                course_cert("04-cit-y-2023.pdf", n, retake, layout="sidebar"),
                *_certs(n, 5, (*CORE, YMHFA)),
            ],
        )
    )  # fmt: skip
    lines(
        "R11",
        ("04-cit-y-2023.pdf", "Crisis", "2023-10-16", 40, "credited"),
        ("07-course.pdf", "Crisis", CITY[1], 0, "annual_once"),
    )

    # R12 a surname changed by marriage: the applicant is "Rosalind E. Whitfield"; her 2016-2021
    # certificates (Basic, Advanced, EOP, abuse, CIT-Y) say "Rosalind E. Torres"; a district letter says
    # "Officer Rosalind Whitfield (nee Torres)". After a person confirms: every rule met. R5: 144 + YMHFA 8
    # + trauma 8 = 160.
    n = "Rosalind E. Whitfield"
    maiden = "Rosalind E. Torres"
    r12_letter = (
        "This letter confirms that Officer Rosalind Whitfield (nee Torres) of the Norwood Police Department "
        "has served as the School Resource Officer at Norwood Middle School since August 2016 and continues "
        "in that assignment today.",
        "Her training certificates issued before 2022 carry her maiden name, Torres.",
    )
    out.append(
        Applicant(
            "R12", n, "Norwood Police Department", "2016-08-01", True, APP,
            "eligible_maiden_name_on_old_papers", _req(), 160.0,
            [
                district_letter("01-letter.pdf", n, "Norwood Public Schools", r12_letter, "2025-04-14"),
                nasro_basic("02-basic.pdf", maiden, "2016-10-17", "2016-10-21"),
                nasro_advanced("03-advanced.pdf", maiden, "2018-04-09", "2018-04-11"),
                nasro_conference("04-conference.pdf", n, "2023-07-09", "2023-07-12"),
                *(course_cert(f"{5 + k:02d}-course.pdf", maiden, c)
                  for k, c in enumerate((EOP, ABUSE, CITY))),
                *_certs(n, 8, (INTERVIEW, AMHT, THREAT, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip
    lines(
        "R12",
        ("02-basic.pdf", "Basic", "2016-10-17", 0, "satisfies_r3"),
        ("07-course.pdf", "Crisis", CITY[1], 40, "credited"),
    )

    # R13 a near-namesake's certificate: "Daniel R. Mercado" (another officer) for "Daniel K. Mercer":
    # his CIT-Y credited 0, flagged. R5 (Mercer's): 144 - CIT-Y 40 + YMHFA 8 + trauma 8 + SRP 8 = 128:
    # NOT met.
    n = "Daniel K. Mercer"
    out.append(
        Applicant(
            "R13", n, "Brookhaven Police Department", "2017-08-14", True, APP,
            "fail_128_near_namesake_s_cit_y", _req(r5=NOT), 128.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                course_cert("04-cit-y.pdf", "Daniel R. Mercado", CITY),
                *_certs(n, 5, (EOP, ABUSE, INTERVIEW, AMHT, THREAT, YMHFA, TRAUMA, SRP)),
            ],
        )
    )  # fmt: skip
    lines("R13", ("04-cit-y.pdf", "Crisis", CITY[1], 0, "other_person"))

    # R14 a colleague's whole training record in the packet ("Employee: Sandra L. Whitmore", the same
    # department): her rows credited 0, flagged. R5 (his): 144: NOT met (144 + her 24 + 16 = 184).
    n = "Terrence O. Baptiste"
    agency = "Holloway Township Police Department"
    her_rows = [course_row(_year(TRAUMA, 1)), course_row(_dated(SRP, "2022-09-13", "2022-09-13")),
                row("School Safety Assessment Workshop", "2023-03-21", "2023-03-23", 24, "School Safety",
                    "school_safety", None)]  # fmt: skip
    out.append(
        Applicant(
            "R14", n, agency, "2017-08-14", True, APP, "fail_144_colleague_s_record_in_the_packet",
            _req(r5=NOT), 144.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                transcript_doc("04-record-whitmore.pdf", agency, "Sandra L. Whitmore", her_rows),
                *_certs(n, 5, CORE),
            ],
        )
    )  # fmt: skip
    lines("R14", ("04-record-whitmore.pdf", "Workshop", "2023-03-21", 0, "other_person"))

    # R15 a record with no provider column (date completed, title, hours) printing "Basic School Resource
    # Officer Course (NASRO Model Curriculum)" (2017), an application dated 2025: the title names NASRO's
    # curriculum, not who gave the course (an academy, most often), so whether R3 is met is a person's
    # call. NASRO's Advanced and conference on certificates. R5: 144 + YMHFA 8 + trauma 8 = 160 without the
    # basic's 40: met either way.
    n = "Winifred A. Castellano"
    agency = "Dos Rios Police Department"
    r15_rows = [
        (CURRICULUM_BASIC, "2017-03-10", 40.0, "basic", None),
        ("Youth Mental Health First Aid", YMHFA[2], 8.0, "juvenile", YMHFA[6]),
        ("Trauma-Informed Policing with Youth", TRAUMA[2], 8.0, "juvenile", TRAUMA[6]),
    ]
    out.append(
        Applicant(
            "R15", n, agency, "2016-08-01", True, APP, "review_r3_record_row_naming_nasro_curriculum",
            _req(r3=REVIEW), 160.0,
            [
                paged_history("01-history.pdf", n, agency, r15_rows, per_page=20),
                nasro_advanced("02-advanced.pdf", n, "2018-04-09", "2018-04-11"),
                nasro_conference("03-conference.pdf", n, "2019-07-14", "2019-07-17"),
                *_certs(n, 4, CORE),
            ],
        )
    )  # fmt: skip

    # R16 the same record row on an application dated 2022-06-01 (before the NASRO-only rule): any basic SRO
    # course meets R3, whoever gave it: met. The window opens 2012-06-01. R5: EOP 24 + abuse 24 + CIT-Y 40 +
    # interviewing 24 + threat 16 + AMHT 16 (2022-05-04) + trauma 8 + SRP 8 (2021) = 160: met.
    n = "Alistair J. Penhaligon"
    agency = "Mesquite Flats Police Department"
    r16_rows = [(CURRICULUM_BASIC, "2016-03-11", 40.0, "basic", None)]
    early = (_year(TRAUMA, 2), _year(SRP, 2))
    out.append(
        Applicant(
            "R16", n, agency, "2015-08-03", True, "2022-06-01", "eligible_pre_2023_curriculum_basic_row",
            _req(), 160.0,
            [
                paged_history("01-history.pdf", n, agency, r16_rows, per_page=20),
                nasro_advanced("02-advanced.pdf", n, "2017-04-10", "2017-04-12"),
                nasro_conference("03-conference.pdf", n, "2018-07-15", "2018-07-18"),
                *_certs(n, 4, (*CORE, *early)),
            ],
        )
    )  # fmt: skip
    lines("R16", ("01-history.pdf", "Basic", "2016-03-11", 0, "satisfies_r3"))
    return out


# ------------------------------------------------------------------------------------ comparing


def compare(corpus: Path, export: Path) -> list[str]:
    """Round 9's table per applicant, then every verdict, total and expected line that differs."""
    return round9.compare_round(applicants, corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    return write_applicants(root, applicants(), only, seed=11100)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
