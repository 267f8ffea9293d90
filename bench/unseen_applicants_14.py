"""A fourteenth verdict-level audit: whole applicant packets at the rules' edges rounds 1-13 leave.

    python bench/unseen_applicants_14.py OUTDIR [Y01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_14.py --compare CORPUS EXPORT # verdicts, totals, lines vs expected

Letters stating the SRO service as a duration under three years in other words ("35 months", "almost three
years", "three school years", "will complete three years in August"); a state association's basic and
advanced SRO courses (its name close to NASRO's, no NASRO on the page); NASRO's Basic instructor course and
a NASRO Basic certificate stating 24 hours; a pre-conference workshop of NASRO's conference as the only
conference document; a first name of the other sex on a certificate ("Daniel" for "Danielle"); weapons and
firearms courses titled for SROs and school campuses at 160; a certificate reprinted inside the window of a
course completed before it.

The machinery is rounds 1-13's (``write_applicants``, round 9's ``summary``). Expected verdicts and lines are
set by hand below from the rules, with the arithmetic beside each applicant: the verdict after human
confirmation, ``needs_review`` only where the documents (or the rules) cannot settle a rule.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import landscape, letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.unseen_applicants_2 as round2
import bench.unseen_applicants_9 as round9
from bench.unseen_applicants import NOT, REVIEW, Applicant, Doc, _base_truth, _req, cert, write_applicants
from bench.unseen_applicants_2 import conference_cert, lines, nasro_advanced, nasro_basic, prose_letter
from bench.unseen_applicants_3 import _doc
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
)
from bench.unseen_applicants_5 import hr_letter
from bench.unseen_applicants_10 import _certs, _nasro
from bench.unseen_applicants_11 import _course
from certledger.samples import _MONTHS, NASRO, _signature

APP = "2025-06-02"  # the 10-year window opens 2015-06-02
CORE = (EOP, ABUSE, CITY, INTERVIEW, AMHT, THREAT)  # 24 + 24 + 40 + 24 + 16 + 16 = 144 h
NO_CITY = (EOP, ABUSE, INTERVIEW, AMHT, THREAT)  # 104 h
ALL = (*CORE, YMHFA, TRAUMA)  # 160 h
FASRO = "Florida Association of School Resource Officers"
TASRO = "Texas Association of School Resource Officers"


def _long(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{_MONTHS[m - 1]} {d}, {y}"


def reprinted_cert(file: str, name: str, course: Course, reprinted: str, **scan: Any) -> Doc:
    """A certificate reprinted from a training portal years after the course: the completion date printed
    small beside a large "Reprinted on" date inside the window."""
    title, _, end, hours, _, category, catalog_id, provider = course

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(w / 2, h - 66, provider)
        c.setFont("Helvetica-Bold", 26)
        c.drawCentredString(w / 2, h - 120, "Certificate of Completion")
        c.setFont("Helvetica", 13)
        c.drawCentredString(w / 2, h - 156, "This certifies that")
        c.setFont("Helvetica-Bold", 21)
        c.drawCentredString(w / 2, h - 188, name)
        c.setFont("Helvetica", 13)
        c.drawCentredString(w / 2, h - 218, "has successfully completed")
        c.setFont("Helvetica-Bold", 17)
        c.drawCentredString(w / 2, h - 246, title)
        c.setFont("Helvetica", 12)
        c.drawCentredString(w / 2, h - 274, f"Course completed: {_long(end)}    Training hours: {hours:g}")
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(w / 2, h - 318, f"Reprinted on {_long(reprinted)}")
        c.setFont("Helvetica-Oblique", 9)
        c.drawCentredString(w / 2, h - 334, "Duplicate copy issued from the training records portal")
        _signature(c, w / 2 - 100, 84, 200, file, "Marcia T. Velde", "Registrar")

    # Only the completion day is printed: the truth's item starts and ends on it.
    item = {"course_title": title, "catalog_id": catalog_id, "category": category, "start_date": end,
            "end_date": end, "hours": float(hours), "page": 1}  # fmt: skip
    return _doc(
        file, draw, _base_truth(file, "certificate", name, provider, [item]), size=landscape(letter), **scan
    )


def _letter(aid: str, n: str, agency: str, text: str, dated: str, scenario: str, r1: str) -> Applicant:
    """No start on the application; one letter stating the SRO service in ``text``; NASRO's Basic, Advanced,
    conference and 160 h of courses."""
    body = (f"This letter is to verify that Officer {n} {text} He remains in that assignment.",)
    return Applicant(
        aid, n, agency, None, True, APP, scenario, _req(r1=r1), 160.0,
        [
            prose_letter("00-letter.pdf", n, agency, dated, body, None),
            *_nasro(n, "2022-10-03", "2023-03-13", "2023-07-09"),
            *_certs(n, 4, ALL),
        ],
    )  # fmt: skip


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # Y01 a letter of the application's day: "has served as a School Resource Officer for the past 35
    # months": under three years: R1 NOT met.
    out.append(
        _letter("Y01", "Leopoldo A. Quintero", "Marisco Bay Police Department",
                "has served as a School Resource Officer with this department for the past 35 months.",
                APP, "fail_r1_letter_35_months", NOT)
    )  # fmt: skip

    # Y02 a letter of 2025-05-27: "has served as the School Resource Officer at Pell Creek High School for
    # almost three years": under three years at the letter's date, but the application is six days later:
    # "almost" may be those six days: R1 a person's (never met unseen).
    out.append(
        _letter("Y02", "Rosalind T. Achterberg", "Pell Creek Police Department",
                "has served as the School Resource Officer at Pell Creek High School for almost three years.",
                "2025-05-27", "review_r1_letter_almost_three_years", REVIEW)
    )  # fmt: skip

    # Y03 "has served as the School Resource Officer for three school years (2022-23, 2023-24 and 2024-25)":
    # the 2022-23 school year starts in July or August 2022 at the earliest: under three years on 2025-06-02:
    # R1 NOT met (three school years are not three years).
    out.append(
        _letter("Y03", "Fitzgerald M. Oyelaran", "Cormorant Point Police Department",
                "has served as the School Resource Officer at Cormorant Point Middle School for three school "
                "years (2022-23, 2023-24 and 2024-25).",
                "2025-05-29", "fail_r1_letter_three_school_years", NOT)
    )  # fmt: skip

    # Y04 an HR letter of 2025-05-15: "In August 2025 she will have completed three years as a School Resource
    # Officer": the three years fall after the application: R1 NOT met.
    n = "Henrietta J. Valcourt"
    agency = "City of Bayonet Ridge"
    y04 = (
        f"This is to verify that {n} is employed by the City of Bayonet Ridge Police Department and is "
        "currently assigned as a School Resource Officer at Bayonet Ridge High School. In August 2025 she "
        "will have completed three years as a School Resource Officer.",
    )
    out.append(
        Applicant(
            "Y04", n, agency, None, True, APP, "fail_r1_letter_three_years_next_august", _req(r1=NOT), 160.0,
            [
                hr_letter("00-letter.pdf", n, agency, y04, None, "2025-05-15"),
                *_nasro(n, "2022-10-03", "2023-03-13", "2023-07-09"),
                *_certs(n, 4, ALL),
            ],
        )
    )  # fmt: skip

    # Y05 a state association's "Basic School Resource Officer Course" (its name, "Florida Association of
    # School Resource Officers", one word from NASRO's; no NASRO on the page), 2025 application: R3 NOT met;
    # the course counts in R5. R5: 104 + YMHFA 8 + trauma 8 + 40 = 160: met.
    n = "Octavio R. Brightwater"
    out.append(
        Applicant(
            "Y05", n, "Palmetto Cove Police Department", "2017-08-14", True, APP,
            "fail_r3_state_association_basic", _req(r3=NOT), 160.0,
            [
                cert("01-basic.pdf", n, "Basic School Resource Officer Course", FASRO, "2017-10-02",
                     "2017-10-06", 40, "basic", None),
                nasro_advanced("02-advanced.pdf", n, "2019-03-11", "2019-03-13"),
                conference_cert("03-conference.pdf", n, "NASRO National School Safety Conference", NASRO,
                                "2020-07-12", "2020-07-15", "nasro-conference", "conference"),
                *_certs(n, 4, (*NO_CITY, YMHFA, TRAUMA)),
            ],
        )
    )  # fmt: skip
    lines("Y05", ("01-basic.pdf", "Basic", "2017-10-02", 40, "credited"))

    # Y06 a state association's "Advanced School Resource Officer Course" of 16 h (Texas Association of
    # School Resource Officers), no other advanced or supervisors course: R4 NOT met; its 16 h count in R5:
    # 144 + 16 = 160: met.
    n = "Marguerite A. Oyelowo"
    out.append(
        Applicant(
            "Y06", n, "Brazos Fork Police Department", "2017-08-14", True, APP,
            "fail_r4_state_association_advanced_16", _req(r4=NOT), 160.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-10-02", "2017-10-06"),
                cert("02-advanced.pdf", n, "Advanced School Resource Officer Course", TASRO, "2019-03-11",
                     "2019-03-12", 16, "advanced", None, layout="sidebar"),
                conference_cert("03-conference.pdf", n, "NASRO National School Safety Conference", NASRO,
                                "2020-07-12", "2020-07-15", "nasro-conference", "conference"),
                *_certs(n, 4, CORE),
            ],
        )
    )  # fmt: skip
    lines("Y06", ("02-advanced.pdf", "Advanced", "2019-03-11", 16, "credited"))

    # Y07 NASRO's "Basic School Resource Officer Instructor Course" (40 h), the only basic-level document:
    # an instructor course is not the Basic course: no Basic certificate, R3 NOT met (never met unseen). The
    # instructor course is another basic-level SRO course: it counts in R5. R5: 160 + 40 = 200.
    n = "Cassius D. Ferreira"
    out.append(
        Applicant(
            "Y07", n, "Harwick Glen Police Department", "2017-08-14", True, APP,
            "fail_r3_basic_instructor_course", _req(r3=NOT), 200.0,
            [
                cert("01-basic-instructor.pdf", n, "Basic School Resource Officer Instructor Course", NASRO,
                     "2018-06-04", "2018-06-08", 40, "basic", None),
                nasro_advanced("02-advanced.pdf", n, "2019-03-11", "2019-03-13"),
                conference_cert("03-conference.pdf", n, "NASRO National School Safety Conference", NASRO,
                                "2020-07-12", "2020-07-15", "nasro-conference", "conference"),
                *_certs(n, 4, ALL),
            ],
        )
    )  # fmt: skip

    # Y08 NASRO's Basic certificate stating 24 hours (the course is 40): whether it is the whole Basic is a
    # person's: R3 a person's. R5: 160.
    n = "Philomena K. Strand"
    out.append(
        Applicant(
            "Y08", n, "Osprey Lake Police Department", "2017-08-14", True, APP,
            "review_r3_nasro_basic_24_hours", _req(r3=REVIEW), 160.0,
            [
                cert("01-basic.pdf", n, "Basic School Resource Officer Course", NASRO, "2017-10-02",
                     "2017-10-04", 24, "basic", "nasro-basic"),
                nasro_advanced("02-advanced.pdf", n, "2019-03-11", "2019-03-13"),
                conference_cert("03-conference.pdf", n, "NASRO National School Safety Conference", NASRO,
                                "2020-07-12", "2020-07-15", "nasro-conference", "conference"),
                *_certs(n, 4, ALL),
            ],
        )
    )  # fmt: skip

    # Y09 the only conference document is a pre-conference workshop of NASRO's conference ("NASRO School
    # Safety Conference Pre-Conference Workshop: Behavioral Threat Assessment", one day, 8 h): whether the
    # officer attended the conference the document does not say: no conference attendance document, R6 NOT
    # met (never met unseen). The workshop is school-safety training: R5 160 + 8 = 168.
    n = "Bartholomew E. Nakagawa"
    out.append(
        Applicant(
            "Y09", n, "Quillan Heights Police Department", "2017-08-14", True, APP,
            "fail_r6_pre_conference_workshop_only", _req(r6=NOT), 168.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-10-02", "2017-10-06"),
                nasro_advanced("02-advanced.pdf", n, "2019-03-11", "2019-03-13"),
                cert("03-preconference.pdf", n,
                     "NASRO School Safety Conference Pre-Conference Workshop: Behavioral Threat Assessment",
                     NASRO, "2021-07-11", "2021-07-11", 8, "school_safety", None,
                     heading="Certificate of Attendance"),
                *_certs(n, 4, ALL),
            ],
        )
    )  # fmt: skip

    # Y10 CIT-Y's certificate names "Daniel R. Whitcombe" in the folder of "Danielle R. Whitcombe": another
    # person (a first name of the other sex), credited 0. R5: 120 + SRP 8 = 128 (168 with his): NOT met.
    n = "Danielle R. Whitcombe"
    out.append(
        Applicant(
            "Y10", n, "Tern Harbor Police Department", "2017-08-14", True, APP,
            "fail_r5_daniel_for_danielle", _req(r5=NOT), 128.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                course_cert("04-cit-y.pdf", "Daniel R. Whitcombe", CITY),
                *_certs(n, 5, (*NO_CITY, YMHFA, TRAUMA, SRP)),
            ],
        )
    )  # fmt: skip
    lines("Y10", ("04-cit-y.pdf", "Crisis", CITY[1], 0, "other_person"))

    # Y11 "Conducted Energy Weapon (TASER) Recertification for School Resource Officers" (8 h): a weapons
    # course, unrelated whatever its audience. R5: 144 + YMHFA 8 + 8 = 160 counting it: 152, NOT met.
    n = "Augustin P. Lachapelle"
    taser = _course("Conducted Energy Weapon (TASER) Recertification for School Resource Officers",
                    "2024-01-16", "2024-01-16", 8, "Use of Force", "unrelated", "Axon Academy")  # fmt: skip
    out.append(
        Applicant(
            "Y11", n, "Kingfisher Police Department", "2017-08-14", True, APP, "fail_r5_taser_for_sros",
            _req(r5=NOT), 152.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                *_certs(n, 4, (*CORE, YMHFA)),
                course_cert("11-taser.pdf", n, taser, layout="sidebar"),
            ],
        )
    )  # fmt: skip
    lines("Y11", ("11-taser.pdf", "TASER", "2024-01-16", 0, "category_zero"))

    # Y12 "Patrol Rifle Qualification - School Campus Active Threat Course of Fire" (8 h): firearms,
    # unrelated. R5: 144 + trauma 8 = 152 (160 counting it): NOT met.
    n = "Evangelos T. Marchbanks"
    rifle = _course("Patrol Rifle Qualification - School Campus Active Threat Course of Fire", "2024-05-07",
                    "2024-05-07", 8, "Firearms", "unrelated", "Regional Firearms Training Unit")  # fmt: skip
    out.append(
        Applicant(
            "Y12", n, "Sandpiper Flats Police Department", "2017-08-14", True, APP,
            "fail_r5_rifle_qualification_school_campus", _req(r5=NOT), 152.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                *_certs(n, 4, (*CORE, TRAUMA)),
                course_cert("11-rifle.pdf", n, rifle),
            ],
        )
    )  # fmt: skip
    lines("Y12", ("11-rifle.pdf", "Rifle", "2024-05-07", 0, "category_zero"))

    # Y13 a certificate reprinted on 2025-05-30 of "Gang Trends and Youth Violence" completed 2015-03-04
    # (16 h), before the window (opens 2015-06-02): 0, older than ten years (the reprint date is no
    # completion). R5: 144: NOT met (160 from the reprint's date).
    n = "Cordelia M. Ashworth"
    gangs = _course("Gang Trends and Youth Violence", "2015-03-03", "2015-03-04", 16, "Juvenile", "juvenile",
                    "Midwest Gang Investigators Association")  # fmt: skip
    out.append(
        Applicant(
            "Y13", n, "Wrenhaven Police Department", "2017-08-14", True, APP, "fail_r5_reprint_of_old_course",
            _req(r5=NOT), 144.0,
            [
                *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
                *_certs(n, 4, CORE),
                reprinted_cert("10-gangs-reprint.pdf", n, gangs, "2025-05-30"),
            ],
        )
    )  # fmt: skip
    lines("Y13", ("10-gangs-reprint.pdf", "Gang", "2015-03-04", 0, "older_than_window"))

    # Y14 a letter of 2025-05-20: "has been assigned as the School Resource Officer since the fall of 2022":
    # under three years whatever the day: R1 NOT met.
    out.append(
        _letter("Y14", "Ignatius W. Pembroke", "Larchmont Vale Police Department",
                "has been assigned as the School Resource Officer at Larchmont Vale High School since the "
                "fall of 2022.",
                "2025-05-20", "fail_r1_letter_since_fall_2022", NOT)
    )  # fmt: skip

    # Y15-Y20 160 h only by counting a course whose subject words are those of a school-safety or juvenile
    # course but whose subject is adults or another setting: unrelated, 0 (a person's at most).
    for aid, name, agency, scenario, base, trap in TRAPS:
        out.append(
            Applicant(aid, name, agency, "2017-08-14", True, APP, scenario, _req(r5=NOT), 160.0 - trap[3],
                      [*_nasro(name, "2017-10-02", "2019-03-11", "2020-07-12"), *_certs(name, 4, base),
                       course_cert("20-trap.pdf", name, trap)])
        )  # fmt: skip
        lines(aid, ("20-trap.pdf", trap[0].split()[0], trap[1], 0, "category_zero"))
    return out


BASE_136 = (EOP, ABUSE, CITY, AMHT, THREAT, YMHFA, TRAUMA)  # 24 + 24 + 40 + 16 + 16 + 8 + 8 = 136 h
BASE_120 = (*NO_CITY, YMHFA, TRAUMA)  # 120 h
TRAPS: list[tuple[str, str, str, str, tuple[Course, ...], Course]] = [
    ("Y15", "Rosalie N. Thibodeaux", "Crane Hollow Police Department", "fail_r5_elder_abuse", CORE,
     _course("Elder Abuse and Neglect Investigations", "2023-02-14", "2023-02-15", 16, "Investigations",
             "unrelated", "Regional Law Enforcement Academy")),
    ("Y16", "Desmond K. Halvorsen", "Gull Rock Police Department", "fail_r5_adult_interrogation", BASE_136,
     _course("Interview and Interrogation of Adult Suspects", "2022-10-11", "2022-10-13", 24,
             "Investigations", "unrelated", "Regional Law Enforcement Academy")),
    ("Y17", "Lavinia S. Okonjo", "Heron Mill Police Department", "fail_r5_workplace_threat_assessment", CORE,
     _course("Threat Assessment in the Workplace", "2023-06-06", "2023-06-07", 16, "Investigations",
             "unrelated", "Association of Threat Assessment Professionals")),
    ("Y18", "Montgomery F. Aquino", "Ibis Creek Police Department", "fail_r5_prison_gangs", CORE,
     _course("Prison Gang Intelligence and Investigations", "2023-08-22", "2023-08-23", 16, "Gangs",
             "unrelated", "State Department of Corrections Training Academy")),
    ("Y19", "Seraphina L. Dubois", "Jacana Point Police Department", "fail_r5_bicycle_patrol_school_campus",
     CORE,
     _course("Bicycle Patrol Certification for School Campus Officers", "2024-04-15", "2024-04-16", 16,
             "Patrol", "unrelated", "International Police Mountain Bike Association")),
    ("Y20", "Thelonius B. Vantreese", "Kittiwake Police Department", "fail_r5_adult_cit", BASE_120,
     _course("Crisis Intervention Team (CIT) 40-Hour Course", "2022-03-07", "2022-03-11", 40,
             "Mental Health", "unrelated", "NAMI State Chapter")),
]  # fmt: skip


# ------------------------------------------------------------------------------------ comparing


def compare(corpus: Path, export: Path) -> list[str]:
    """Round 9's table per applicant, then every verdict, total and expected line that differs."""
    return round9.compare_round(applicants, corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    return write_applicants(root, applicants(), only, seed=14100)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
