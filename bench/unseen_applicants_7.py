"""A seventh verdict-level audit: applicants at edges of the rules rounds 1-6 leave untested.

    python bench/unseen_applicants_7.py OUTDIR [Y01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_7.py --compare CORPUS EXPORT # each verdict and ledger line vs expected

Rounds 1-6 drew the window's boundary day, a yearly in-service under one title, a certificate uploaded
twice, other bodies' conferences, season-dated letters and accented names. This round draws: a department's
yearly in-service printed under a different title every year ("Annual School Safety In-Service 2019",
"2020 School Safety In-Service Training", "School Safety In-Service - Yearly", "In-Service Training: School
Safety") that counts once, the total landing at 159.5 (not met) where counting it each year would make the
officer eligible; an application dated on a leap day (2024-02-29) with a course ended exactly ten years
before the window's opening day (2014-02-28: inside) and one ended a day earlier (outside), the total exactly
160; NASRO's Supervisors & Management course as the R4 course; NASRO's Advanced course split into two
certificates ("Part 1 of 2", 16 h; "Part 2 of 2", 8 h) neither of which counts again in R5; the same
course documented twice, by a certificate and by a row of the department's record (titles and dates
printed differently: counted once); NASRO's conference attended virtually; a letter saying the officer
left the SRO post and came back (too little service in all: R1 not met though the first start is long
ago); NASRO's conference evidenced only by a presenter's certificate of appreciation (R6 a person's); a
letter saying the officer is "currently assigned" dated three years before the application (R2 a
person's); a surname changed by marriage between documents, a letter saying so.

The machinery is rounds 1-6's (``write_applicants``, ``compare``). Expected verdicts and lines are set by
hand below with the arithmetic beside each applicant: the verdict after human confirmation,
``needs_review`` only where the documents cannot settle a rule.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import landscape, letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.unseen_applicants_2 as round2
from bench.unseen_applicants import (
    NOT,
    REVIEW,
    Applicant,
    Doc,
    _base_truth,
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
    row,
)
from bench.unseen_applicants_3 import _doc, _letter_truth
from bench.unseen_applicants_4 import (
    ABUSE,
    AMHT,
    CITY,
    EOP,
    FIREARMS,
    INTERVIEW,
    JLAW,
    SRP,
    THREAT,
    TRAUMA,
    YMHFA,
    Course,
    course_cert,
    course_row,
)
from bench.unseen_applicants_5 import hr_letter
from bench.unseen_applicants_6 import TRUANCY, district_letter
from certledger.samples import _MONTHS, NASRO, _signature
from tests.novel_letters import _body, _letterhead

APP = "2025-06-02"  # the 10-year window opens 2015-06-02

BULLYING: Course = ("Bullying and Cyberbullying Prevention for Law Enforcement", "2022-11-15", "2022-11-15",
                    6, "Juvenile", "juvenile", "bullying-prevention",
                    "Regional Law Enforcement Academy")  # fmt: skip
VAPING: Course = ("Vaping and Youth Substance Trends", "2024-01-23", "2024-01-23", 2, "Juvenile", "juvenile",
                  None, "County Prevention Coalition")  # fmt: skip


def _dated(course: Course, start: str, end: str) -> Course:
    title, _, _, hours, printed, category, catalog_id, provider = course
    return (title, start, end, hours, printed, category, catalog_id, provider)


# ------------------------------------------------------------------------------------ documents


def supervisors_cert(file: str, name: str, start: str, end: str, **kw: Any) -> Doc:
    """NASRO's Supervisors and Management course, printed with an ampersand as NASRO's flyers do."""
    title = "SRO Supervisors & Management Course"
    d = cert(file, name, title, NASRO, start, end, 24, "supervisor", "nasro-supervisors", **kw)
    return d


def advanced_part(file: str, name: str, part: int, start: str, end: str, hours: float, **kw: Any) -> Doc:
    """One of two certificates NASRO issued for its Advanced course given in two sessions."""
    title = f"Advanced School Resource Officer Course (Part {part} of 2)"
    return cert(file, name, title, NASRO, start, end, hours, "advanced", "nasro-advanced", **kw)


def virtual_conference(file: str, name: str, start: str, end: str, **kw: Any) -> Doc:
    """NASRO's conference attended online: "Virtual Attendance" in the title."""
    title = "National School Safety Conference - Virtual Attendance"
    return conference_cert(file, name, title, NASRO, start, end, "nasro-conference", "conference", 15, **kw)


def presenter_letter(file: str, name: str, year: int, topic: str, **scan: Any) -> Doc:
    """NASRO's certificate of appreciation to a workshop presenter: no attendance, no hours."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setStrokeColor(HexColor("#14284b"))
        c.setLineWidth(3)
        c.rect(28, 28, w - 56, h - 56)
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(w / 2, h - 80, NASRO)
        c.setFont("Times-BoldItalic", 30)
        c.drawCentredString(w / 2, h - 140, "Certificate of Appreciation")
        c.setFont("Times-Roman", 14)
        c.drawCentredString(w / 2, h - 180, "is presented to")
        c.setFont("Times-Bold", 24)
        c.drawCentredString(w / 2, h - 215, name)
        c.setFont("Times-Roman", 14)
        c.drawCentredString(w / 2, h - 250, "in grateful recognition of presenting the workshop")
        c.setFont("Times-Bold", 16)
        c.drawCentredString(w / 2, h - 278, f"\u201c{topic}\u201d")
        c.setFont("Times-Roman", 14)
        c.drawCentredString(w / 2, h - 306, f"at the {year} National School Safety Conference")
        _signature(c, 110, 80, 200, file, "Mo Canady", "Executive Director")
        _signature(c, w - 310, 80, 200, file + "p", "Dana L. Whitcomb", "Conference Program Chair")

    item = {"course_title": "National School Safety Conference", "catalog_id": "nasro-conference",
            "category": "conference", "start_date": None, "end_date": None, "hours": None,
            "page": 1}  # fmt: skip
    truth = _base_truth(file, "conference_attendance", name, NASRO, [item])
    return _doc(file, draw, truth, size=landscape(letter), **scan)


def chief_memo(
    file: str, name: str, agency: str, paragraphs: tuple[str, ...], start: str | None, dated: str, **scan: Any
) -> Doc:
    """A police chief's letter on the department's letterhead."""

    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(c, w, h, agency, "Office of the Chief of Police  |  18 Court Street", "#2b4a2f")
        c.setFont("Times-Roman", 12)
        y_, m_, d_ = (int(x) for x in dated.split("-"))
        c.drawString(72, h - 150, f"{_MONTHS[m_ - 1]} {d_}, {y_}")
        c.drawString(72, h - 180, "To Whom It May Concern:")
        y = _body(c, w, h - 214, paragraphs)
        c.drawString(72, y - 10, "Sincerely,")
        _signature(c, 72, y - 76, 200, file, "Chief Raymond T. Oakes", "Chief of Police")
        c.setFillColor(black)

    return _doc(file, draw, _letter_truth(file, name, agency, start, dated), **scan)


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # Y01 the department's yearly school-safety in-service (8 h) in 2019-2022, its title printed differently
    # each year, in the department's record (a light scan): counted once, the 2022 one. R5: EOP 24 + abuse
    # 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + threat 16 + in-service 8 + truancy 1.5 + bullying 6 =
    # 159.5: NOT met. Counting the in-service every year: 183.5 (met: wrongly eligible).
    n = "Marcus D. Pellegrino"
    agency = "Fairhaven Police Department"
    inservice = [
        ("Annual School Safety In-Service 2019", "2019-08-13"),
        ("2020 School Safety In-Service Training", "2020-08-11"),
        ("School Safety In-Service - Yearly", "2021-08-10"),
        ("In-Service Training: School Safety", "2022-08-09"),
    ]
    y01_rows = [row(t, d, d, 8, "School Safety", "school_safety", None, agency) for t, d in inservice] + [
        course_row(FIREARMS),
        course_row(_dated(THREAT, "2021-04-12", "2021-04-13")),
    ]
    out.append(
        Applicant(
            "Y01",
            n,
            agency,
            "2017-08-07",
            True,
            APP,
            "fail_159_5_annual_inservice_varied_titles",
            _req(r5=NOT),
            159.5,
            [
                nasro_basic("01-basic.pdf", n, "2017-09-11", "2017-09-15"),
                nasro_advanced("02-advanced.pdf", n, "2019-03-11", "2019-03-13", layout="sidebar"),
                nasro_conference(
                    "03-conference.jpg", n, "2022-07-10", "2022-07-13", kind="photo", fmt="jpeg"
                ),
                transcript_doc("04-record.pdf", agency, n, y01_rows, layout="grid", kind="scan_light"),
                course_cert("05-eop.pdf", n, EOP),
                course_cert("06-abuse.pdf", n, ABUSE, layout="letter"),
                course_cert("07-cit-y.pdf", n, CITY),
                course_cert("08-interviewing.tif", n, INTERVIEW, kind="fax", fmt="tiff"),
                course_cert("09-amht.pdf", n, AMHT, layout="sidebar"),
                course_cert("10-truancy.pdf", n, TRUANCY),
                course_cert("11-bullying.png", n, BULLYING, layout="letter", kind="scan_light", fmt="png"),
            ],
        )
    )
    lines(
        "Y01",
        ("04-record.pdf", "In-Service", "2022-08-09", 8, "credited"),
        ("04-record.pdf", "In-Service", "2019-08-13", 0, "annual_once"),
        ("04-record.pdf", "In-Service", "2020-08-11", 0, "annual_once"),
        ("04-record.pdf", "In-Service", "2021-08-10", 0, "annual_once"),
        ("04-record.pdf", "Firearms", "2024-04-02", 0, "category_zero"),
    )

    # Y02 an application dated 2024-02-29: the window opens 2014-02-28 (ten years back; 2014 has no 29th). A
    # course ended 2014-02-28 counts (the boundary day is inside); one ended 2014-02-27 does not. R4 by
    # NASRO's Supervisors & Management course (24 h, not again in R5). R5: boundary 24 + EOP 24 + abuse 24
    # + CIT-Y 40 + interviewing 24 + threat 16 + YMHFA 8 = 160 exactly: met (136 without the boundary
    # course).
    n = "Dolores K. Abernathy"
    app2 = "2024-02-29"
    boundary: Course = ("Juvenile Justice Procedures", "2014-02-26", "2014-02-28", 24, "Juvenile", "juvenile",
                        None, "Regional Law Enforcement Academy")  # fmt: skip
    outside: Course = ("Gang Awareness for School Officers", "2014-02-25", "2014-02-27", 16, "Juvenile",
                       "juvenile", None, "Regional Law Enforcement Academy")  # fmt: skip
    out.append(
        Applicant(
            "Y02",
            n,
            "Stonebridge County Sheriff's Office",
            "2012-08-06",
            True,
            app2,
            "eligible_160_leap_day_boundary_supervisors",
            _req(),
            160.0,
            [
                nasro_basic("01-basic.pdf", n, "2012-10-01", "2012-10-05", layout="letter"),
                supervisors_cert("02-supervisors.pdf", n, "2020-09-14", "2020-09-16"),
                nasro_conference("03-conference.pdf", n, "2018-07-08", "2018-07-11"),
                course_cert("04-juvenile-justice.pdf", n, boundary, layout="sidebar"),
                course_cert("05-gang-awareness.tif", n, outside, kind="fax", fmt="tiff"),
                course_cert("06-eop.pdf", n, EOP),
                course_cert("07-abuse.pdf", n, ABUSE, kind="scan_heavy", fmt="pdf"),
                course_cert("08-cit-y.pdf", n, CITY, layout="letter"),
                course_cert("09-interviewing.pdf", n, INTERVIEW),
                course_cert("10-threat.jpg", n, THREAT, kind="photo", fmt="jpeg"),
                course_cert("11-ymhfa.pdf", n, YMHFA, layout="centered_landscape"),
            ],
        )
    )
    lines(
        "Y02",
        ("02-supervisors.pdf", "Supervisors", "2020-09-14", 0, "satisfies_r4"),
        ("04-juvenile-justice.pdf", "Juvenile Justice", "2014-02-26", 24, "credited"),
        ("05-gang-awareness.tif", "Gang Awareness", "2014-02-25", 0, "older_than_window"),
    )

    # Y03 NASRO's Advanced course given in two sessions, one certificate each ("Part 1 of 2", 16 h; "Part 2 of
    # 2", 8 h): together the R4 course, neither counts in R5. R5: EOP 24 + abuse 24 + CIT-Y 40 +
    # interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 + juvenile law 4 = 156: NOT met (164 or 172 if a
    # part were credited: wrongly eligible).
    n = "Gregory T. Vanhoutte"
    out.append(
        Applicant(
            "Y03",
            n,
            "Millbrook Police Department",
            "2016-08-01",
            True,
            APP,
            "fail_156_advanced_in_two_parts",
            _req(r5=NOT),
            156.0,
            [
                nasro_basic("01-basic.pdf", n, "2016-09-12", "2016-09-16", layout="sidebar"),
                advanced_part("02-advanced-part1.pdf", n, 1, "2019-03-04", "2019-03-05", 16),
                advanced_part(
                    "03-advanced-part2.png",
                    n,
                    2,
                    "2019-04-08",
                    "2019-04-08",
                    8,
                    layout="letter",
                    kind="scan_light",
                    fmt="png",
                ),
                nasro_conference("04-conference.pdf", n, "2020-07-12", "2020-07-15", layout="form_fields"),
                course_cert("05-eop.pdf", n, EOP, layout="letter"),
                course_cert("06-abuse.pdf", n, ABUSE),
                course_cert("07-cit-y.tif", n, CITY, kind="fax", fmt="tiff"),
                course_cert("08-interviewing.pdf", n, INTERVIEW, layout="sidebar"),
                course_cert("09-amht.pdf", n, AMHT),
                course_cert("10-threat.pdf", n, THREAT, layout="centered_landscape"),
                course_cert("11-ymhfa.jpg", n, YMHFA, kind="photo", fmt="jpeg"),
                course_cert("12-jlaw.pdf", n, JLAW),
            ],
        )
    )
    lines(
        "Y03",
        ("02-advanced-part1.pdf", "Advanced", "2019-03-04", 0, "satisfies_r4"),
        ("03-advanced-part2.png", "Advanced", "2019-04-08", 0, "annual_once"),
    )

    # Y04 CIT-Y documented twice: its certificate (2019-10-21..25) and a row of the department's record
    # printed "CIT for Youth", completed 2019-10-25; threat assessment likewise (certificate 04-12..13, the
    # record's row 04-13). Counted once each. NASRO's conference attended virtually: R6 met. R5: EOP 24 +
    # abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 + juvenile law 4 + truancy 1.5
    # + vaping 2 = 159.5: NOT met (199.5 or 175.5 with a course counted twice: wrongly eligible).
    n = "Priya S. Ramaswamy"
    agency = "Oak Terrace Police Department"
    y04_rows = [
        row("CIT for Youth", "2019-10-25", "2019-10-25", 40, "Juvenile", "juvenile", "cit-youth", agency),
        row(
            "Threat Assessment in Schools",
            "2021-04-13",
            "2021-04-13",
            16,
            "School Safety",
            "school_safety",
            None,
            agency,
        ),
        course_row(_dated(JLAW, JLAW[2], JLAW[2])),
        course_row(FIREARMS),
    ]
    out.append(
        Applicant(
            "Y04",
            n,
            agency,
            "2018-01-08",
            True,
            APP,
            "fail_159_5_same_course_cert_and_record_virtual_conference",
            _req(r5=NOT),
            159.5,
            [
                nasro_basic("01-basic.pdf", n, "2018-02-05", "2018-02-09"),
                nasro_advanced("02-advanced.pdf", n, "2019-05-06", "2019-05-08", layout="letter"),
                virtual_conference("03-conference.pdf", n, "2021-07-12", "2021-07-15"),
                transcript_doc("04-record.pdf", agency, n, y04_rows, kind="scan_light"),
                course_cert("05-cit-y.pdf", n, CITY, layout="sidebar"),
                course_cert("06-threat.tif", n, THREAT, kind="fax", fmt="tiff"),
                course_cert("07-eop.pdf", n, EOP),
                course_cert("08-abuse.pdf", n, ABUSE, layout="letter"),
                course_cert("09-interviewing.pdf", n, INTERVIEW),
                course_cert("10-amht.jpg", n, AMHT, kind="photo", fmt="jpeg"),
                course_cert("11-ymhfa.pdf", n, YMHFA),
                course_cert("12-truancy.pdf", n, TRUANCY, layout="sidebar"),
                course_cert("13-vaping.pdf", n, VAPING),
            ],
        )
    )
    lines("Y04", ("03-conference.pdf", "Conference", "2021-07-12", 0, "category_zero"))

    # Y05 a chief's letter (2025-05-12; the application states no start): SRO at Ridgeview High School from
    # August 2018 until June 2019, then patrol, back in the SRO post since January 2024 and serving today.
    # Served 10 + 17 months = 2 years 3 months: R1 NOT met though the first start is 6 years back. R2 met by
    # the letter. Everything else met: R5 EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + threat
    # 16 + YMHFA 8 + trauma 8 = 160.
    n = "Nathaniel J. Oyelaran"
    agency = "Ridgeview Police Department"
    y05_letter = (
        f"This letter verifies the school resource officer service of Officer {n}. Officer Oyelaran was "
        "assigned as the School Resource Officer at Ridgeview High School from August 2018 until June 2019, "
        "when he was reassigned to the Patrol Division.",
        "He returned to the School Resource Officer assignment at Ridgeview High School in January 2024 and "
        "continues to serve in that position today.",
    )
    out.append(
        Applicant(
            "Y05",
            n,
            agency,
            None,
            None,
            APP,
            "fail_r1_left_the_post_and_returned",
            _req(r1=NOT),
            160.0,
            [
                chief_memo("01-letter.pdf", n, agency, y05_letter, None, "2025-05-12", kind="scan_light"),
                nasro_basic("02-basic.pdf", n, "2018-09-10", "2018-09-14"),
                nasro_advanced("03-advanced.pdf", n, "2024-03-11", "2024-03-13", layout="sidebar"),
                nasro_conference("04-conference.pdf", n, "2024-07-14", "2024-07-17"),
                course_cert("05-eop.pdf", n, EOP),
                course_cert("06-abuse.tif", n, ABUSE, kind="fax", fmt="tiff"),
                course_cert("07-cit-y.pdf", n, CITY, layout="letter"),
                course_cert("08-interviewing.pdf", n, INTERVIEW),
                course_cert("09-amht.pdf", n, AMHT, layout="centered_landscape"),
                course_cert("10-threat.pdf", n, THREAT),
                course_cert("11-ymhfa.jpg", n, YMHFA, kind="photo", fmt="jpeg"),
                course_cert("12-trauma.pdf", n, TRAUMA, layout="sidebar"),
            ],
        )
    )

    # Y06 NASRO's conference evidenced only by a certificate of appreciation for presenting a workshop there
    # (no attendance, no dates, no hours): whether it counts is NASRO's call, R6 needs review. An HR letter
    # dated 2022-03-15 (39 months before the application, which states neither start nor employment):
    # "currently assigned" as SRO since August 2016. R1 met (2016 to 2022 is six years); R2 needs review
    # (no evidence within 12 months). R5: EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 +
    # threat 16 + YMHFA 8 + SRP 8 = 160: met.
    n = "Theresa M. Kowalczyk"
    employer = "City of Brookfield"
    y06_letter = (
        f"This letter is to verify that {n} is employed by the City of Brookfield as a Police Officer and is "
        "currently assigned as a School Resource Officer at Brookfield Middle School, a position she has "
        "held since August 15, 2016.",
        "Please contact our office if further information is needed.",
    )
    out.append(
        Applicant(
            "Y06",
            n,
            "Brookfield Police Department",
            None,
            None,
            APP,
            "review_presenter_only_old_current_letter",
            _req(r2=REVIEW, r6=REVIEW),
            160.0,
            [
                hr_letter("01-letter.pdf", n, employer, y06_letter, "2016-08-15", "2022-03-15"),
                nasro_basic("02-basic.pdf", n, "2016-10-03", "2016-10-07", layout="letter"),
                nasro_advanced("03-advanced.tif", n, "2018-06-11", "2018-06-13", kind="fax", fmt="tiff"),
                presenter_letter(
                    "04-presenter.pdf", n, 2022, "Building Trust with Students Through Mentoring"
                ),
                course_cert("05-eop.pdf", n, EOP, layout="sidebar"),
                course_cert("06-abuse.pdf", n, ABUSE),
                course_cert("07-cit-y.pdf", n, CITY),
                course_cert("08-interviewing.jpg", n, INTERVIEW, kind="photo", fmt="jpeg"),
                course_cert("09-amht.pdf", n, AMHT, layout="letter"),
                course_cert("10-threat.pdf", n, THREAT),
                course_cert("11-ymhfa.pdf", n, YMHFA, layout="sidebar"),
                course_cert("12-srp.pdf", n, SRP),
            ],
        )
    )

    # Y07 a surname changed by marriage: the applicant is "Jessica L. Hartwell"; her 2016-2020 certificates
    # say "Jessica L. Moreno"; later ones "Jessica Moreno Hartwell" and "Jessica L. Hartwell". A district
    # letter says "Officer Jessica Hartwell (formerly Moreno)". After a person confirms: every rule met.
    # R5: EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 + trauma 8 = 160.
    n = "Jessica L. Hartwell"
    maiden = "Jessica L. Moreno"
    both = "Jessica Moreno Hartwell"
    y07_letter = (
        "I am pleased to confirm that Officer Jessica Hartwell (formerly Moreno) of the Lakeshore Police "
        "Department has served as the School Resource Officer at Lakeshore High School since August 2016, "
        "and she continues in that assignment.",
        "Officer Hartwell is a valued member of our school safety team.",
    )
    out.append(
        Applicant(
            "Y07",
            n,
            "Lakeshore Police Department",
            "2016-08-01",
            True,
            APP,
            "eligible_surname_changed_by_marriage",
            _req(),
            160.0,
            [
                district_letter(
                    "01-letter.pdf", n, "Lakeshore Unified School District", y07_letter, "2025-04-22"
                ),
                nasro_basic("02-basic.pdf", maiden, "2016-10-17", "2016-10-21"),
                nasro_advanced("03-advanced.pdf", maiden, "2018-04-09", "2018-04-11", layout="letter"),
                nasro_conference("04-conference.pdf", both, "2023-07-09", "2023-07-12"),
                course_cert("05-cit-y.pdf", maiden, CITY, layout="sidebar"),
                course_cert("06-eop.tif", maiden, EOP, kind="fax", fmt="tiff"),
                course_cert("07-abuse.pdf", both, ABUSE),
                course_cert("08-interviewing.pdf", both, INTERVIEW, layout="letter"),
                course_cert("09-amht.pdf", n, AMHT),
                course_cert("10-threat.jpg", both, THREAT, kind="photo", fmt="jpeg"),
                course_cert("11-ymhfa.pdf", n, YMHFA, layout="centered_landscape"),
                course_cert("12-trauma.pdf", n, TRAUMA),
            ],
        )
    )
    lines(
        "Y07",
        ("05-cit-y.pdf", "Crisis Intervention", "2019-10-21", 40, "credited"),
        ("07-abuse.pdf", "Child Abuse", "2021-03-01", 24, "credited"),
    )
    return out


def compare(corpus: Path, export: Path) -> list[str]:
    """Every verdict, total and expected line that differs (round 2's comparison on this round's lines)."""
    return round2.compare_round(applicants, corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    return write_applicants(root, applicants(), only, seed=6100)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
