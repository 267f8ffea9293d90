"""A thirteenth verdict-level audit: whole applicant packets at the rules' edges rounds 1-12 leave.

    python bench/unseen_applicants_13.py OUTDIR [U01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_13.py --compare CORPUS EXPORT # verdicts, totals, lines vs expected

Documents dated after the application (a course ended weeks later, a course still running on the
application day, NASRO's conference of next month, NASRO's Advanced taken after applying); a sheriff's basic
meeting R3 on an application dated before 2023 whose 40 hours must not count again in R5; NASRO's Supervisors
course taken before its Advanced (the earliest meets R4, the Advanced counts in R5); NASRO's Basic as a row of
the department's record beside its certificate; two letters (the chief's, the school district's) disagreeing
on whether the officer still serves; an application saying "not employed" against a recent letter saying he
serves; a father's certificate ("Sr.") in his son's ("Jr.") folder; courses titled for school settings that
the rules list as unrelated (school-zone traffic, defensive tactics for SROs).

The machinery is rounds 1-12's (``write_applicants``, round 9's ``summary``). Expected verdicts and lines are
set by hand below from the rules, with the arithmetic beside each applicant: the verdict after human
confirmation, ``needs_review`` only where the documents (or the rules) cannot settle a rule. A document dated
after the application is such a case: the rules count hours "completed" before the application and say
nothing of later ones, so it is a person's call, never an automatic credit.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.unseen_applicants_2 as round2
import bench.unseen_applicants_9 as round9
from bench.unseen_applicants import NOT, REVIEW, Applicant, Doc, _req, transcript_doc, write_applicants
from bench.unseen_applicants_2 import (
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
    THREAT,
    TRAUMA,
    YMHFA,
    Course,
    course_cert,
)
from bench.unseen_applicants_7 import _dated, supervisors_cert
from bench.unseen_applicants_10 import _certs, _nasro, sheriff_basic
from bench.unseen_applicants_11 import _course
from certledger.samples import NASRO

APP = "2025-06-02"  # the 10-year window opens 2015-06-02
CORE = (EOP, ABUSE, CITY, INTERVIEW, AMHT, THREAT)  # 24 + 24 + 40 + 24 + 16 + 16 = 144 h
NO_CITY = (EOP, ABUSE, INTERVIEW, AMHT, THREAT)  # 104 h


def _serving(name: str, school: str, since: str) -> tuple[str, ...]:
    return (
        f"This letter confirms that Officer {name} has served as the School Resource Officer at {school} "
        f"since {since} and continues to serve in that assignment today.",
    )


def _usual(
    aid: str,
    n: str,
    agency: str,
    scenario: str,
    req: dict[str, str],
    hours: float,
    courses: tuple[Course, ...],
    extra: Doc,
) -> Applicant:
    """An SRO since 2017-08-14 still serving, NASRO's Basic, Advanced and conference (files 01-03), the
    certificates of ``courses`` (04 on) and one more document, ``extra``."""
    docs = [*_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"), *_certs(n, 4, courses), extra]
    return Applicant(aid, n, agency, "2017-08-14", True, APP, scenario, req, hours, docs)


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # U01 a course ended ten weeks after the application ("Youth Mental Health First Aid", 2025-08-14, 8 h):
    # not completed when the officer applied. R5: 144 + trauma 8 = 152 settled, 160 with the later course: a
    # person's (never credited automatically).
    n = "Gideon P. Halvorsen"
    out.append(
        _usual(
            "U01",
            n,
            "Ashgrove Police Department",
            "review_r5_course_after_application",
            _req(r5=REVIEW),
            152.0,
            (*CORE, TRAUMA),
            course_cert("11-ymhfa.pdf", n, _dated(YMHFA, "2025-08-14", "2025-08-14"), layout="sidebar"),
        )
    )
    lines("U01", ("11-ymhfa.pdf", "Youth Mental", "2025-08-14", 0, "needs_review"))

    # U02 NASRO's conference dated the month after the application (2025-07-13 to 07-16): the officer had not
    # attended it when he applied. R6: a person's. R5: 144 + 8 + 8 = 160: met.
    n = "Thaddeus R. Wexford"
    out.append(
        Applicant(
            "U02", n, "Brightwater Police Department", "2017-08-14", True, APP,
            "review_r6_conference_after_application", _req(r6=REVIEW), 160.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2025-07-13"),
                *_certs(n, 4, (*CORE, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip

    # U03 an application dated 2022-09-01 (before 2023): a sheriff's basic SRO course (2016) meets R3 (no
    # NASRO Basic). It satisfies R3, so it does not count again in R5. Window from 2012-09-01. R5: 144: NOT
    # met (184 counting the basic: wrongly eligible).
    n = "Cordelia A. Fenwick"
    out.append(
        Applicant(
            "U03", n, "Saguaro Flats Police Department", "2015-08-03", True, "2022-09-01",
            "fail_r5_pre2023_state_basic_not_counted_twice", _req(r5=NOT), 144.0,
            [
                sheriff_basic("01-basic.pdf", n, "2016-01-11", "2016-01-15"),
                nasro_advanced("02-advanced.pdf", n, "2018-03-12", "2018-03-14"),
                nasro_conference("03-conference.pdf", n, "2019-07-14", "2019-07-17"),
                *_certs(n, 4, CORE),
            ],
        )
    )  # fmt: skip
    lines("U03", ("01-basic.pdf", "Basic", "2016-01-11", 0, "satisfies_r3"))

    # U04 NASRO's Supervisors & Management (2018) before its Advanced (2020): the earliest meets R4; the
    # Advanced is another advanced-level course and counts in R5 (24). R5: 104 - interviewing... = EOP 24 +
    # abuse 24 + CIT-Y 40 + AMHT 16 + threat 16 = 120, + YMHFA 8 + trauma 8 = 136, + Advanced 24 = 160: met.
    n = "Evangeline S. Marchetti"
    out.append(
        Applicant(
            "U04", n, "Copperfield Police Department", "2016-08-01", True, APP,
            "eligible_supervisors_before_advanced", _req(), 160.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-02-06", "2017-02-10"),
                supervisors_cert("02-supervisors.pdf", n, "2018-04-09", "2018-04-11"),
                nasro_advanced("03-advanced.pdf", n, "2020-03-09", "2020-03-11", layout="sidebar"),
                nasro_conference("04-conference.pdf", n, "2021-07-11", "2021-07-14"),
                *_certs(n, 5, (EOP, ABUSE, CITY, AMHT, THREAT, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip
    lines(
        "U04",
        ("02-supervisors.pdf", "Supervisors", "2018-04-09", 0, "satisfies_r4"),
        ("03-advanced.pdf", "Advanced", "2020-03-09", 24, "credited"),
    )

    # U05 NASRO's Basic on its certificate and again as a row of the department's record (provider NASRO,
    # same dates): one course, R3's, never in R5. R5: 104 + YMHFA row 8 + trauma 8 = 120: NOT met (160
    # counting the row's 40: wrongly eligible).
    n = "Leopold K. Aversano"
    agency = "Juniper Hollow Police Department"
    u05_rows = [
        row("Basic School Resource Officer Course", "2017-10-02", "2017-10-06", 40, "SRO", "basic",
            "nasro-basic", provider=NASRO),
        row("Youth Mental Health First Aid", "2022-09-08", "2022-09-08", 8, "Juvenile", "juvenile", "ymhfa"),
        row("Patrol Rifle Qualification", "2023-04-11", "2023-04-11", 4, "Firearms", "unrelated", None),
    ]  # fmt: skip
    out.append(
        Applicant(
            "U05", n, agency, "2017-08-14", True, APP, "fail_r5_basic_as_record_row_and_certificate",
            _req(r5=NOT), 120.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                transcript_doc("04-record.pdf", agency, n, u05_rows, layout="grid"),
                *_certs(n, 5, (*NO_CITY, TRAUMA)),
            ],
        )
    )  # fmt: skip
    lines("U05", ("01-basic.pdf", "Basic", "2017-10-02", 0, "satisfies_r3"))

    # U06 two letters disagreeing on whether the officer still serves: the chief's (2024-09-03: "continues to
    # serve") and the school district's, later (2025-05-12): he served "until December 20, 2024, when he was
    # reassigned to the department's patrol division". The application says employed. R2: a person's. R1:
    # 2017-08-14 to the application (or to 2024-12-20): over three years, met. R5: 160.
    n = "Ignatius B. Holloway"
    agency = "Marlow Heights Police Department"
    district = "Marlow Heights Unified School District"
    u06_district = (
        f"Officer {n} of the Marlow Heights Police Department served as the School Resource Officer at our "
        "Marlow Heights High School campus from August 14, 2017 until December 20, 2024, when he was "
        "reassigned to the department's patrol division. He is no longer assigned to our schools.",
    )
    out.append(
        Applicant(
            "U06", n, agency, "2017-08-14", True, APP, "review_r2_letters_disagree_on_current_service",
            _req(r2=REVIEW), 160.0,
            [
                prose_letter("00-letter-chief.pdf", n, agency, "2024-09-03",
                             _serving(n, "Marlow Heights High School", "August 14, 2017"), "2017-08-14"),
                prose_letter("00-letter-district.pdf", n, district, "2025-05-12", u06_district, "2017-08-14",
                             signer=("Dr. Helen V. Oakes", "Director of Safety and Security")),
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                *_certs(n, 4, (*CORE, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip

    # U07 the application says the officer is not currently employed as an SRO; the chief's letter of
    # 2025-04-21 says he "continues to serve in that assignment today". The application is the later word
    # and the applicant's own, against his interest (he may have left in May): R2 NOT met. (U06's is the
    # other way round: a claim in his favour against a later letter's dated end goes to a person.) R5: 160.
    n = "Percival J. Okonkwo"
    agency = "Stillwater Bend Police Department"
    out.append(
        Applicant(
            "U07", n, agency, "2017-08-14", False, APP, "fail_r2_application_not_employed_letter_serving",
            _req(r2=NOT), 160.0,
            [
                prose_letter("00-letter.pdf", n, agency, "2025-04-21",
                             _serving(n, "Stillwater Bend Middle School", "August 14, 2017"), "2017-08-14"),
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                *_certs(n, 4, (*CORE, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip

    # U08 a father's certificate in his son's folder: the applicant is "Robert L. Hayes Jr."; CIT-Y's
    # certificate names "Robert L. Hayes Sr." (another officer of the same department). Suffixes may vary on
    # one person's papers, so only a person can tell: that line to a person. R5: 104 + 8 + 8 = 120 settled,
    # 160 with the father's CIT-Y: a person's.
    n = "Robert L. Hayes Jr."
    out.append(
        _usual(
            "U08",
            n,
            "Cold Spring Police Department",
            "review_r5_senior_s_certificate",
            _req(r5=REVIEW),
            120.0,
            (*NO_CITY, YMHFA, TRAUMA),
            course_cert("11-cit-y.pdf", "Robert L. Hayes Sr.", CITY),
        )
    )
    lines("U08", ("11-cit-y.pdf", "Crisis", CITY[1], 0, "needs_review"))

    # U09 a course still running on the application day ("School Threat Assessment Team Training", 2025-05-28
    # to 2025-06-06, 16 h): completed (its end date) after the application. R5: 144 settled, 160 with it: a
    # person's.
    n = "Marguerite L. Dunleavy"
    team = _course("School Threat Assessment Team Training", "2025-05-28", "2025-06-06", 16, "School Safety",
                   "school_safety", "State School Safety Center")  # fmt: skip
    out.append(
        _usual(
            "U09",
            n,
            "Falconridge Police Department",
            "review_r5_course_ending_after_app",
            _req(r5=REVIEW),
            144.0,
            CORE,
            course_cert("10-team.pdf", n, team),
        )
    )
    lines("U09", ("10-team.pdf", "Threat Assessment Team", "2025-05-28", 0, "needs_review"))

    # U10 "School Zone Traffic Enforcement" (16 h, a sheriff's traffic unit): traffic is unrelated whatever
    # the setting. R5: 144: NOT met (160 counting it).
    n = "Barnaby C. Lindqvist"
    zone = _course("School Zone Traffic Enforcement", "2023-03-14", "2023-03-15", 16, "Traffic", "unrelated",
                   "County Sheriff's Office Traffic Unit")  # fmt: skip
    out.append(
        _usual(
            "U10",
            n,
            "Harbor Point Police Department",
            "fail_r5_school_zone_traffic",
            _req(r5=NOT),
            144.0,
            CORE,
            course_cert("10-school-zone.pdf", n, zone),
        )
    )
    lines("U10", ("10-school-zone.pdf", "School Zone", "2023-03-14", 0, "category_zero"))

    # U11 the only Advanced ended after the application (2025-07-14 to 07-16): R4 a person's (not completed
    # when he applied). R5: 160.
    n = "Aurelio F. Castellane"
    out.append(
        Applicant(
            "U11", n, "Pinecrest Police Department", "2017-08-14", True, APP, "review_r4_advanced_after_app",
            _req(r4=REVIEW), 160.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-10-02", "2017-10-06"),
                nasro_advanced("02-advanced.pdf", n, "2025-07-14", "2025-07-16"),
                nasro_conference("03-conference.pdf", n, "2020-07-12", "2020-07-15"),
                *_certs(n, 4, (*CORE, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip

    # U12 "Defensive Tactics for School Resource Officers" (16 h): defensive tactics are listed unrelated, a
    # title naming SROs does not change that. R5: 144: NOT met (160 counting it).
    n = "Winifred O. Castellucci"
    # The catalog's generic "Defensive Tactics" course (no provider) is this course's.
    tactics = ("Defensive Tactics for School Resource Officers", "2023-10-03", "2023-10-04", 16,
               "Defensive Tactics", "unrelated", "defensive-tactics",
               "Regional Law Enforcement Training Center")  # fmt: skip
    out.append(
        _usual(
            "U12",
            n,
            "Elm Ridge Police Department",
            "fail_r5_defensive_tactics_for_sros",
            _req(r5=NOT),
            144.0,
            CORE,
            course_cert("10-tactics.pdf", n, tactics, layout="sidebar"),
        )
    )
    lines("U12", ("10-tactics.pdf", "Defensive", "2023-10-03", 0, "category_zero"))

    # U13 the department's yearly school-safety in-service: 2023 on a certificate, 2025 (September, after the
    # application) as a row of a record printed later. The later run is not completed at the application: it
    # must not set the 2023 run to 0 as "annual training counted once"; it goes to a person. R5: 144 + trauma
    # 8 + in-service 2023 8 = 160: met.
    n = "Ottoline V. Pemberton"
    agency = "Sable Creek Police Department"
    inservice = _course("Annual School Safety In-Service", "2023-02-07", "2023-02-07", 8, "School Safety",
                        "school_safety", agency)  # fmt: skip
    u13_rows = [
        row("Annual School Safety In-Service", "2025-09-09", "2025-09-09", 8, "School Safety",
            "school_safety", None),
        row("Patrol Rifle Qualification", "2024-04-11", "2024-04-11", 4, "Firearms", "unrelated", None),
    ]  # fmt: skip
    out.append(
        Applicant(
            "U13", n, agency, "2017-08-14", True, APP, "eligible_yearly_in_service_next_run_after_app",
            _req(), 160.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                course_cert("04-inservice-2023.pdf", n, inservice),
                transcript_doc("05-record.pdf", agency, n, u13_rows),
                *_certs(n, 6, (*CORE, TRAUMA)),
            ],
        )
    )  # fmt: skip
    lines(
        "U13",
        ("04-inservice-2023.pdf", "In-Service", "2023-02-07", 8, "credited"),
        ("05-record.pdf", "In-Service", "2025-09-09", 0, "needs_review"),
    )
    return out


# ------------------------------------------------------------------------------------ comparing


def compare(corpus: Path, export: Path) -> list[str]:
    """Round 9's table per applicant, then every verdict, total and expected line that differs."""
    return round9.compare_round(applicants, corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    return write_applicants(root, applicants(), only, seed=13100)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
