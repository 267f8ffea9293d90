"""A ninth verdict-level audit: whole applicant packets whose verdicts sit at the rules' edges.

    python bench/unseen_applicants_9.py OUTDIR [Z01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_9.py --compare CORPUS EXPORT # verdicts, totals, lines vs expected

Rounds 1-8 drew the ten-year window around a leap day, NASRO's Advanced in two parts, a yearly course
repeated by a record, a certificate uploaded as a PDF and a photo, a pre-2023 state basic course, nicknames.
This round draws what they leave: the three years of R1 met on the very day and missed by one day; a course
starting before the ten-year window and ending on its first day (the end date decides: inside), beside one
ending the day before (out), the total exactly 160; 159.75 hours made of hours and CEUs (1 CEU = 10 hours);
the department's yearly in-service in its record and the same year's in-service as a certificate (counted
once, not once per document); NASRO's Advanced uploaded twice, as a PDF and faxed (R4 met; the copy must not
count in R5); NASRO's Supervisors & Management course as the R4 course beside a sheriff's academy's advanced
SRO course (not NASRO's: R5 hours); a NASRO conference's registration receipt and agenda as the only
conference papers (no attendance: R6 not met); a letter dated exactly twelve months before the application
(inside) saying the officer serves today; a letter giving the SRO start as a month whose days straddle the
three-year mark (a person's call); a record mixing school-safety and juvenile rows with firearms, DUI,
EVOC and rifle rows (only the related count); a state POST's basic course on an application dated
2023-01-01 exactly (the NASRO-only rule applies: R3 not met); certificates printing the applicant's name
with another first-name form, without or with the middle name, or the surname with a doubled letter.

The machinery is rounds 1-8's (``write_applicants``, ``compare``). Expected verdicts and lines are set by
hand below with the arithmetic beside each applicant: the verdict after human confirmation, ``needs_review``
only where the documents (or the rules) cannot settle a rule. ``--compare`` also prints a table per
applicant (expected vs got), the wrongly eligible, the expected ledger lines the product marked ``auto``
with another credit or rule (wrong ``auto`` lines) and whether the additional hours are exact.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, black

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
from bench.unseen_applicants_2 import LINES, lines, nasro_advanced, nasro_basic, nasro_conference, row
from bench.unseen_applicants_3 import _doc, agenda_page
from bench.unseen_applicants_4 import (
    ABUSE,
    AMHT,
    CITY,
    EOP,
    FIREARMS,
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
from bench.unseen_applicants_6 import MINORS
from bench.unseen_applicants_7 import BULLYING, chief_memo, supervisors_cert
from certledger.samples import NASRO, _cert, render_certificate_pdf
from certledger.samples import truth as spec_truth

APP = "2025-06-02"  # the 10-year window opens 2015-06-02

GANGS: Course = ("Gang Awareness for School Resource Officers", "2015-03-27", "2015-03-31", 24,
                 "School Safety", "school_safety", None, "Regional Law Enforcement Academy")  # fmt: skip
DRUGS: Course = ("Juvenile Drug Trends and Prevention", "2015-03-30", "2015-03-30", 8, "Juvenile",
                 "juvenile", None, "Regional Law Enforcement Academy")  # fmt: skip
ACTIVE: Course = ("Active Shooter Response for Schools", "2023-08-08", "2023-08-08", 8, "School Safety",
                  "school_safety", "school-active-shooter", "In-House")  # fmt: skip
INSERVICE = "Annual School Safety In-Service"


def ceu_cert(file: str, name: str, course: Course, **kw: Any) -> Doc:
    """A certificate stating its amount in IACET CEUs only (1 CEU = 10 hours)."""
    title, start, end, hours, _, category, catalog_id, provider = course
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    number = f"CE-{len(file) * 731 + 10400}"
    spec = _cert(
        name, title, provider, s, e, hours, "ceu", "long", category, catalog_id, certificate_number=number
    )
    layout = kw.pop("layout", "form_fields")
    return Doc(file, lambda p: render_certificate_pdf(spec, layout, p), spec_truth(spec, file), **kw)


def quarter_hours_cert(file: str, name: str, course: Course, printed: str = "", **kw: Any) -> Doc:
    """A certificate printing its hours to the quarter ("7.75 Hours"; the samples round to one decimal),
    or as ``printed`` ("7 1/2 Hours")."""
    title, start, end, hours, _, category, catalog_id, provider = course
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    spec = _cert(name, title, provider, s, e, hours, "hours", "long", category, catalog_id)
    spec = replace(spec, hours_as_printed=printed or f"{hours:g} Hours")
    layout = kw.pop("layout", "form_fields")
    return Doc(file, lambda p: render_certificate_pdf(spec, layout, p), spec_truth(spec, file), **kw)


def sheriff_advanced(file: str, name: str, start: str, end: str, **kw: Any) -> Doc:
    """A sheriff's training academy's advanced SRO course: category advanced, not NASRO's (no R4)."""
    title = "Advanced School Resource Officer Training"
    org = "Maricopa County Sheriff's Office Training Academy"
    return cert(file, name, title, org, start, end, 24, "advanced", None, **kw)


def state_basic(file: str, name: str, start: str, end: str, **kw: Any) -> Doc:
    """A state POST board's basic SRO course: category basic, not NASRO's."""
    title = "School Resource Officer Basic Course"
    org = "Nevada Peace Officers' Standards and Training Commission"
    return cert(file, name, title, org, start, end, 40, "basic", None, **kw)


def registration_receipt(file: str, name: str, **scan: Any) -> Doc:
    """NASRO's registration confirmation for its conference: a receipt, no proof of attendance."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setFillColor(HexColor("#14284b"))
        c.rect(0, h - 90, w, 90, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50, h - 50, "National Association of School Resource Officers")
        c.setFont("Helvetica", 10)
        c.drawString(50, h - 70, "Conference Registration  |  nasro.org")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(50, h - 140, "Registration Confirmation")
        c.setFont("Helvetica", 11)
        c.drawString(
            50, h - 165, "Thank you for registering. Please keep this confirmation for your records."
        )
        y = h - 205
        for label, value in (
            ("Registrant:", name),
            ("Event:", "2024 NASRO School Safety Conference"),
            ("Event Dates:", "June 23 - 28, 2024"),
            ("Location:", "Indianapolis, Indiana"),
            ("Registration Type:", "Full Conference - Member"),
            ("Order Number:", "REG-2024-118734"),
            ("Amount Paid:", "$595.00 (Visa ending 4471)"),
            ("Payment Date:", "March 14, 2024"),
        ):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, y, label)
            c.setFont("Helvetica", 11)
            c.drawString(190, y, value)
            y -= 22
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(
            50,
            y - 20,
            "Badges are picked up on site. Cancellations before May 24, 2024 are refunded less $50.",
        )

    return _doc(file, draw, _base_truth(file, "other", name, NASRO, []), **scan)


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # Z01 application 2025-03-31, SRO since 2022-03-31 (three years on the very day: R1 met). The ten-year
    # window opens 2015-03-31 (the boundary day counts): "Gang Awareness for School Resource Officers" March
    # 27-31, 2015 ends on it (in: 24 h; it starts outside, but "completed" is the end date); "Juvenile Drug
    # Trends and Prevention" 2015-03-30 ends the day before (0). R5: gang 24 + EOP 24 + abuse 24 + CIT-Y 40 +
    # interviewing 24 + threat 16 + YMHFA 8 = 160: met (136 if the gang course were cut by its start; 168 with
    # the drug course too).
    n = "Brandon T. Keller"
    app = "2025-03-31"
    out.append(
        Applicant(
            "Z01",
            n,
            "Cedar Falls Police Department",
            "2022-03-31",
            True,
            app,
            "eligible_160_window_first_day_r1_on_the_day",
            _req(),
            160.0,
            [
                nasro_basic("01-basic.pdf", n, "2021-09-13", "2021-09-17"),
                nasro_advanced("02-advanced.pdf", n, "2023-02-06", "2023-02-08", layout="sidebar"),
                nasro_conference("03-conference.pdf", n, "2023-07-09", "2023-07-12"),
                course_cert("04-gangs.pdf", n, GANGS),
                course_cert("05-drugs.pdf", n, DRUGS, layout="letter"),
                course_cert("06-eop.pdf", n, EOP),
                course_cert("07-abuse.pdf", n, ABUSE, layout="sidebar"),
                course_cert("08-cit-y.pdf", n, CITY),
                course_cert("09-interviewing.pdf", n, INTERVIEW),
                course_cert("10-threat.pdf", n, THREAT, layout="letter"),
                course_cert("11-ymhfa.pdf", n, YMHFA),
            ],
        )
    )
    lines(
        "Z01",
        ("04-gangs.pdf", "Gang", GANGS[1], 24, "credited"),
        ("05-drugs.pdf", "Drug", DRUGS[1], 0, "older_than_window"),
    )

    # Z02 SRO since 2022-06-03 on an application of 2025-06-02: one day short of three years (R1 not met).
    # R5 in hours and CEUs: CIT-Y 40 + interviewing 24 + threat 16 + AMHT 16 + online exploitation 7.75
    # (hours) + trauma 0.8 CEU (8) + abuse 2.4 CEU (24) + EOP 2.4 CEU (24) = 159.75: NOT met (a CEU read as
    # hours, or 7.75 rounded up, makes it 160 or more).
    n = "Priya N. Desai"
    out.append(
        Applicant(
            "Z02",
            n,
            "Fairview Heights Police Department",
            "2022-06-03",
            True,
            APP,
            "fail_159_75_ceus_r1_one_day_short",
            _req(r1=NOT, r5=NOT),
            159.75,
            [
                nasro_basic("01-basic.pdf", n, "2022-07-11", "2022-07-15", layout="letter"),
                nasro_advanced("02-advanced.pdf", n, "2023-10-02", "2023-10-04"),
                nasro_conference("03-conference.pdf", n, "2024-07-14", "2024-07-17"),
                course_cert("04-cit-y.pdf", n, CITY),
                course_cert("05-interviewing.pdf", n, INTERVIEW, layout="sidebar"),
                course_cert("06-threat.pdf", n, THREAT),
                course_cert("07-amht.pdf", n, AMHT),
                quarter_hours_cert("08-minors.pdf", n, MINORS, layout="letter"),
                ceu_cert("09-trauma-ceu.pdf", n, TRAUMA),
                ceu_cert("10-abuse-ceu.pdf", n, ABUSE, layout="centered_landscape"),
                ceu_cert("11-eop-ceu.pdf", n, EOP),
            ],
        )
    )
    lines(
        "Z02",
        ("08-minors.pdf", "Exploitation", MINORS[1], 7.75, "credited"),
        ("09-trauma-ceu.pdf", "Trauma", TRAUMA[1], 8, "credited"),
        ("10-abuse-ceu.pdf", "Abuse", ABUSE[1], 24, "credited"),
        ("11-eop-ceu.pdf", "Emergency", EOP[1], 24, "credited"),
    )

    # Z03 the department's yearly school-safety in-service (8 h) in its record for 2022, 2023 and 2024, and
    # the 2024 one again as the department's certificate ("Annual School Safety In-Service 2024", the same
    # day): one course, credited once (8 h). R5: EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 +
    # threat 16 + juvenile law 4 + in-service 8 = 156: NOT met (164 counting the certificate beside the
    # record's row: wrongly eligible; 172 counting each year). Firearms 0.
    n = "Marisol V. Tran"
    agency = "Lakeshore Township Police Department"
    days = ("2022-08-09", "2023-08-08", "2024-08-13")
    z03_rows = [row(INSERVICE, d, d, 8, "School Safety", "school_safety", None, agency) for d in days] + [
        course_row(FIREARMS),
        course_row(JLAW),
    ]
    out.append(
        Applicant(
            "Z03",
            n,
            agency,
            "2018-08-13",
            True,
            APP,
            "fail_156_inservice_in_record_and_certificate",
            _req(r5=NOT),
            156.0,
            [
                nasro_basic("01-basic.pdf", n, "2018-10-01", "2018-10-05"),
                nasro_advanced("02-advanced.pdf", n, "2020-01-27", "2020-01-29"),
                nasro_conference("03-conference.pdf", n, "2021-07-11", "2021-07-14", layout="form_fields"),
                transcript_doc("04-record.pdf", agency, n, z03_rows, layout="grid"),
                cert(
                    "05-inservice-2024.pdf",
                    n,
                    f"{INSERVICE} 2024",
                    agency,
                    days[2],
                    days[2],
                    8,
                    "school_safety",
                    None,
                    layout="sidebar",
                ),
                course_cert("06-eop.pdf", n, EOP),
                course_cert("07-abuse.pdf", n, ABUSE),
                course_cert("08-cit-y.pdf", n, CITY, layout="letter"),
                course_cert("09-interviewing.pdf", n, INTERVIEW),
                course_cert("10-amht.pdf", n, AMHT),
                course_cert("11-threat.pdf", n, THREAT, layout="sidebar"),
            ],
        )
    )
    lines(
        "Z03",
        ("04-record.pdf", "In-Service", days[0], 0, "annual_once"),
        ("04-record.pdf", "In-Service", days[1], 0, "annual_once"),
        ("04-record.pdf", "Firearms", FIREARMS[1], 0, "category_zero"),
        ("04-record.pdf", "Juvenile Law", JLAW[1], 4, "credited"),
    )

    # Z04 NASRO's Advanced uploaded twice: the PDF and a fax of the same certificate (same course, same
    # dates). R4 met; the copy is the same certificate, credited once, and the course that met R4 never
    # counts in R5. R5: EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 = 152:
    # NOT met (176 with the faxed copy counted as another advanced course: wrongly eligible).
    n = "Jerome L. Whitaker"
    out.append(
        Applicant(
            "Z04",
            n,
            "Granite City Police Department",
            "2017-08-07",
            True,
            APP,
            "fail_152_advanced_uploaded_twice",
            _req(r5=NOT),
            152.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-10-09", "2017-10-13"),
                nasro_advanced("02-advanced.pdf", n, "2019-03-11", "2019-03-13"),
                nasro_advanced("03-advanced-fax.tif", n, "2019-03-11", "2019-03-13", kind="fax", fmt="tiff"),
                nasro_conference("04-conference.pdf", n, "2020-07-12", "2020-07-15"),
                course_cert("05-eop.pdf", n, EOP, layout="sidebar"),
                course_cert("06-abuse.pdf", n, ABUSE),
                course_cert("07-cit-y.pdf", n, CITY),
                course_cert("08-interviewing.pdf", n, INTERVIEW, layout="letter"),
                course_cert("09-amht.pdf", n, AMHT),
                course_cert("10-threat.pdf", n, THREAT),
                course_cert("11-ymhfa.pdf", n, YMHFA),
            ],
        )
    )

    # Z05 NASRO's "SRO Supervisors & Management Course" (2021) as the R4 course, and a sheriff's academy's
    # "Advanced School Resource Officer Training" (2019, 24 h; not NASRO's: it cannot meet R4, so it counts in
    # R5). R5: academy advanced 24 + EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + threat 16 + YMHFA 8 =
    # 160: met (136 without the academy's course).
    n = "Sofia R. Alvarez"
    out.append(
        Applicant(
            "Z05",
            n,
            "Maricopa County Sheriff's Office",
            "2016-08-01",
            True,
            APP,
            "eligible_160_supervisors_for_r4_academy_advanced_in_r5",
            _req(),
            160.0,
            [
                nasro_basic("01-basic.pdf", n, "2016-09-19", "2016-09-23"),
                sheriff_advanced("02-academy-advanced.pdf", n, "2019-04-15", "2019-04-17"),
                supervisors_cert("03-supervisors.pdf", n, "2021-11-08", "2021-11-10", layout="sidebar"),
                nasro_conference("04-conference.pdf", n, "2022-07-10", "2022-07-13"),
                course_cert("05-eop.pdf", n, EOP),
                course_cert("06-abuse.pdf", n, ABUSE, layout="letter"),
                course_cert("07-cit-y.pdf", n, CITY),
                course_cert("08-interviewing.pdf", n, INTERVIEW),
                course_cert("09-threat.pdf", n, THREAT),
                course_cert("10-ymhfa.pdf", n, YMHFA, layout="sidebar"),
            ],
        )
    )
    lines(
        "Z05",
        ("02-academy-advanced.pdf", "Advanced", "2019-04-15", 24, "credited"),
        ("03-supervisors.pdf", "Supervisors", "2021-11-08", 0, "satisfies_r4"),
    )

    # Z06 the only conference papers are NASRO's registration confirmation for its 2024 conference and the
    # conference's agenda: neither shows attendance (R6 not met). R5: EOP 24 + abuse 24 + CIT-Y 40 +
    # interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 + trauma 8 = 160: met.
    n = "Dwayne A. Fletcher"
    out.append(
        Applicant(
            "Z06",
            n,
            "Riverbend Unified School District Police",
            "2017-01-09",
            True,
            APP,
            "fail_r6_registration_receipt_and_agenda_only",
            _req(r6=NOT),
            160.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-02-13", "2017-02-17"),
                nasro_advanced("02-advanced.pdf", n, "2019-06-17", "2019-06-19"),
                registration_receipt("03-registration.pdf", n),
                agenda_page("04-agenda.pdf"),
                course_cert("05-eop.pdf", n, EOP),
                course_cert("06-abuse.pdf", n, ABUSE),
                course_cert("07-cit-y.pdf", n, CITY, layout="sidebar"),
                course_cert("08-interviewing.pdf", n, INTERVIEW),
                course_cert("09-amht.pdf", n, AMHT, layout="letter"),
                course_cert("10-threat.pdf", n, THREAT),
                course_cert("11-ymhfa.pdf", n, YMHFA),
                course_cert("12-trauma.pdf", n, TRAUMA),
            ],
        )
    )

    # Z07 the application states neither the start nor current employment. An HR letter dated 2024-06-02,
    # exactly twelve months before the application (inside: "within 12 months"), says the officer "has served
    # as the School Resource Officer ... since May 2021" and "currently serves in that position": R1 met
    # (every day of May 2021 is more than three years before), R2 met by the letter. R5: EOP 24 + abuse 24 +
    # CIT-Y 40 + interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 + trauma 8 = 160: met.
    n = "Heather J. Lindgren"
    z07_letter = (
        f"This letter verifies the employment of {n} with the City of Brookhaven. Officer Lindgren has "
        "served as the School Resource Officer at Brookhaven High School since May 2021.",
        "She currently serves in that position and is a full-time employee in good standing.",
    )
    out.append(
        Applicant(
            "Z07",
            n,
            "Brookhaven Police Department",
            None,
            None,
            APP,
            "eligible_letter_dated_twelve_months_before",
            _req(),
            160.0,
            [
                hr_letter("01-letter.pdf", n, "City of Brookhaven", z07_letter, None, "2024-06-02"),
                nasro_basic("02-basic.pdf", n, "2021-06-14", "2021-06-18"),
                nasro_advanced("03-advanced.pdf", n, "2022-06-20", "2022-06-22", layout="letter"),
                nasro_conference("04-conference.pdf", n, "2023-07-09", "2023-07-12"),
                course_cert("05-eop.pdf", n, EOP),
                course_cert("06-abuse.pdf", n, ABUSE),
                course_cert("07-cit-y.pdf", n, CITY),
                course_cert("08-interviewing.pdf", n, INTERVIEW, layout="sidebar"),
                course_cert("09-amht.pdf", n, AMHT),
                course_cert("10-threat.pdf", n, THREAT),
                course_cert("11-ymhfa.pdf", n, YMHFA, layout="letter"),
                course_cert("12-trauma.pdf", n, TRAUMA),
            ],
        )
    )

    # Z08 a chief's letter (2025-04-21, faxed) says the officer "was assigned as the School Resource Officer
    # at Northgate Middle School in June 2022" and serves today; the application states no start. Three years
    # from June 1 or 2, 2022 are reached by 2025-06-02, from June 3-30 they are not: the letter cannot settle
    # R1 (a person's call). R2 met by the letter. R5: EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT
    # 16 + threat 16 + YMHFA 8 + trauma 8 = 160: met.
    n = "Calvin R. Mbeki"
    agency = "Northgate Police Department"
    z08_letter = (
        f"Officer {n} was assigned as the School Resource Officer at Northgate Middle School in June 2022.",
        "He continues to serve as the school's SRO today and is in good standing with this department.",
    )
    out.append(
        Applicant(
            "Z08",
            n,
            agency,
            None,
            None,
            APP,
            "review_r1_month_start_straddles_three_years",
            _req(r1=REVIEW),
            160.0,
            [
                chief_memo(
                    "01-letter.tif", n, agency, z08_letter, None, "2025-04-21", kind="fax", fmt="tiff"
                ),
                nasro_basic("02-basic.pdf", n, "2022-08-01", "2022-08-05"),
                nasro_advanced("03-advanced.pdf", n, "2023-06-12", "2023-06-14"),
                nasro_conference("04-conference.pdf", n, "2024-07-14", "2024-07-17"),
                course_cert("05-eop.pdf", n, EOP, layout="letter"),
                course_cert("06-abuse.pdf", n, ABUSE),
                course_cert("07-cit-y.pdf", n, CITY),
                course_cert("08-interviewing.pdf", n, INTERVIEW),
                course_cert("09-amht.pdf", n, AMHT, layout="sidebar"),
                course_cert("10-threat.pdf", n, THREAT),
                course_cert("11-ymhfa.pdf", n, YMHFA),
                course_cert("12-trauma.pdf", n, TRAUMA),
            ],
        )
    )

    # Z09 the department's record mixes related rows (juvenile law 4, child abuse 24, school active shooter
    # 8, YMHFA 8, bullying 6 = 50) with firearms 8, SFST 24, DUI detection 8, patrol rifle 8 and EVOC 16
    # (unrelated: 0). Certificates: EOP 24 + CIT-Y 40 + interviewing 24 + threat 16 = 104. R5: 154: NOT met
    # (any one unrelated row counted makes 162 or more: wrongly eligible).
    n = "Raymond O. Castillo"
    agency = "Sierra Vista Police Department"
    z09_rows = [
        course_row(FIREARMS),
        row(
            "Standardized Field Sobriety Testing",
            "2023-05-15",
            "2023-05-17",
            24,
            "Traffic",
            "unrelated",
            "sfst",
        ),
        row("DUI Detection and Enforcement", "2022-11-08", "2022-11-08", 8, "Traffic", "unrelated", None),
        row("Patrol Rifle Qualification", "2023-10-10", "2023-10-10", 8, "Firearms", "unrelated", None),
        row(
            "Emergency Vehicle Operations Course",
            "2022-03-22",
            "2022-03-23",
            16,
            "Driving",
            "unrelated",
            "evoc",
        ),
        course_row(JLAW),
        course_row(ABUSE),
        course_row(ACTIVE),
        course_row(YMHFA),
        course_row(BULLYING),
    ]
    out.append(
        Applicant(
            "Z09",
            n,
            agency,
            "2016-01-04",
            True,
            APP,
            "fail_154_record_mixing_unrelated_rows",
            _req(r5=NOT),
            154.0,
            [
                nasro_basic("01-basic.pdf", n, "2016-03-07", "2016-03-11"),
                nasro_advanced("02-advanced.pdf", n, "2018-05-14", "2018-05-16", layout="sidebar"),
                nasro_conference("03-conference.pdf", n, "2019-07-14", "2019-07-17"),
                transcript_doc("04-record.pdf", agency, n, z09_rows, layout="grid"),
                course_cert("05-eop.pdf", n, EOP),
                course_cert("06-cit-y.pdf", n, CITY),
                course_cert("07-interviewing.pdf", n, INTERVIEW, layout="letter"),
                course_cert("08-threat.pdf", n, THREAT),
            ],
        )
    )
    lines(
        "Z09",
        ("04-record.pdf", "Firearms", FIREARMS[1], 0, "category_zero"),
        ("04-record.pdf", "Sobriety", "2023-05-15", 0, "category_zero"),
        ("04-record.pdf", "DUI", "2022-11-08", 0, "category_zero"),
        ("04-record.pdf", "Rifle", "2023-10-10", 0, "category_zero"),
        ("04-record.pdf", "Vehicle", "2022-03-22", 0, "category_zero"),
        ("04-record.pdf", "Juvenile Law", JLAW[1], 4, "credited"),
        ("04-record.pdf", "Bullying", BULLYING[1], 6, "credited"),
    )

    # Z10 application dated 2023-01-01 exactly: "on/after 2023-01-01 only the NASRO Basic course counts", so
    # the state POST commission's "School Resource Officer Basic Course" (2018) leaves R3 not met, and counts
    # in R5 as another basic course. R5: state basic 40 + EOP 24 + abuse 24 + CIT-Y 40 + threat 16 +
    # interviewing 24 = 168: met. Not eligible (R3).
    n = "Gloria E. Whitfield"
    out.append(
        Applicant(
            "Z10",
            n,
            "Henderson Police Department",
            "2018-01-08",
            True,
            "2023-01-01",
            "fail_r3_state_basic_on_2023_01_01",
            _req(r3=NOT),
            168.0,
            [
                state_basic("01-state-basic.pdf", n, "2018-03-05", "2018-03-09"),
                nasro_advanced("02-advanced.pdf", n, "2019-09-16", "2019-09-18"),
                nasro_conference("03-conference.pdf", n, "2019-07-14", "2019-07-17"),
                course_cert("04-eop.pdf", n, EOP),
                course_cert("05-abuse.pdf", n, ABUSE, layout="sidebar"),
                course_cert("06-cit-y.pdf", n, CITY),
                course_cert("07-threat.pdf", n, THREAT),
                course_cert("08-interviewing.pdf", n, INTERVIEW),
            ],
        )
    )
    lines("Z10", ("01-state-basic.pdf", "Basic", "2018-03-05", 40, "credited"))

    # Z11 "Katherine M. O'Neil" on certificates printed "Kathryn O'Neil", "Kate O'Neil", "Katherine O'Neill",
    # "K. M. O'Neil" and "Katherine Marie O'Neil" (same department, same years: hers, once a person has
    # looked).
    # R5: EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 + trauma 8 = 160:
    # met after confirmation; no name form may be credited 0 as someone else's without a person (each of the
    # doubtful ones is decisive).
    n = "Katherine M. O'Neil"
    out.append(
        Applicant(
            "Z11",
            n,
            "Westbury Police Department",
            "2017-08-14",
            True,
            APP,
            "eligible_160_name_spelled_otherwise",
            _req(),
            160.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-09-11", "2017-09-15"),
                nasro_advanced("02-advanced.pdf", "Katherine Marie O'Neil", "2019-02-11", "2019-02-13"),
                nasro_conference("03-conference.pdf", "Kate O'Neil", "2021-07-11", "2021-07-14"),
                course_cert("04-eop.pdf", "Kathryn O'Neil", EOP),
                course_cert("05-abuse.pdf", "Katherine O'Neill", ABUSE, layout="sidebar"),
                course_cert("06-cit-y.pdf", "K. M. O'Neil", CITY),
                course_cert("07-interviewing.jpg", n, INTERVIEW, kind="photo", fmt="jpeg"),
                course_cert("08-amht.pdf", "Kate O'Neil", AMHT, layout="letter"),
                course_cert("09-threat.pdf", n, THREAT),
                course_cert("10-ymhfa.pdf", "Katherine O'Neil", YMHFA),
                course_cert("11-trauma.pdf", "Kathryn M. O'Neil", TRAUMA),
            ],
        )
    )

    # Z12 as Z07, but the HR letter is dated 2024-06-01: twelve months and a day before the application, so
    # it is no longer "dated within 12 months" (R2: the application says nothing, the letter is too old: a
    # person's call). R1 met (since May 2021). R5 160: met.
    n = "Owen T. Brannigan"
    z12_letter = (
        f"This letter verifies the employment of {n} with the City of Brookhaven. Officer Brannigan has "
        "served as the School Resource Officer at Brookhaven Middle School since May 2021.",
        "He currently serves in that position and is a full-time employee in good standing.",
    )
    out.append(
        Applicant(
            "Z12",
            n,
            "Brookhaven Police Department",
            None,
            None,
            APP,
            "review_r2_letter_twelve_months_and_a_day",
            _req(r2=REVIEW),
            160.0,
            [
                hr_letter("01-letter.pdf", n, "City of Brookhaven", z12_letter, None, "2024-06-01"),
                nasro_basic("02-basic.pdf", n, "2021-06-14", "2021-06-18", layout="sidebar"),
                nasro_advanced("03-advanced.pdf", n, "2022-06-20", "2022-06-22"),
                nasro_conference("04-conference.pdf", n, "2023-07-09", "2023-07-12"),
                course_cert("05-eop.pdf", n, EOP, layout="letter"),
                course_cert("06-abuse.pdf", n, ABUSE),
                course_cert("07-cit-y.pdf", n, CITY),
                course_cert("08-interviewing.pdf", n, INTERVIEW),
                course_cert("09-amht.pdf", n, AMHT, layout="sidebar"),
                course_cert("10-threat.pdf", n, THREAT),
                course_cert("11-ymhfa.pdf", n, YMHFA),
                course_cert("12-trauma.pdf", n, TRAUMA),
            ],
        )
    )

    # Z13 NASRO's Basic taken twice (2015 and again in 2021). R3 uses the earliest. Does the retaken course
    # count in R5? "The course that satisfies R3 ... does not count again" and "the same course repeated in
    # different years is credited once" say 0; "any other basic ... course does count" says 40. The rules
    # do not settle it: a person's call (R5 needs review; met unseen would rest on a guess). R5 otherwise:
    # EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + threat 16 + YMHFA 8 = 136 (176 with the retaken Basic).
    n = "Trevor L. Haskins"
    out.append(
        Applicant(
            "Z13",
            n,
            "Pine Bluff Police Department",
            "2015-08-03",
            True,
            APP,
            "review_r5_basic_retaken",
            _req(r5=REVIEW),
            136.0,
            [
                nasro_basic("01-basic-2015.pdf", n, "2015-09-14", "2015-09-18"),
                nasro_basic("02-basic-2021.pdf", n, "2021-03-08", "2021-03-12", layout="sidebar"),
                nasro_advanced("03-advanced.pdf", n, "2017-04-10", "2017-04-12"),
                nasro_conference("04-conference.pdf", n, "2018-07-15", "2018-07-18"),
                course_cert("05-eop.pdf", n, EOP),
                course_cert("06-abuse.pdf", n, ABUSE),
                course_cert("07-cit-y.pdf", n, CITY, layout="letter"),
                course_cert("08-interviewing.pdf", n, INTERVIEW),
                course_cert("09-threat.pdf", n, THREAT),
                course_cert("10-ymhfa.pdf", n, YMHFA),
            ],
        )
    )
    lines(
        "Z13",
        ("01-basic-2015.pdf", "Basic", "2015-09-14", 0, "satisfies_r3"),
        ("02-basic-2021.pdf", "Basic", "2021-03-08", 0, "needs_review"),
    )

    # Z14 NASRO's Advanced (2017) and its Supervisors & Management course (2020): R4 uses the earliest, the
    # Advanced; the supervisors course is "any other ... supervisor course" and counts in R5 (24 h). R5: S&M
    # 24 + EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + threat 16 + YMHFA 8 = 160: met.
    n = "Lena K. Marchetti"
    out.append(
        Applicant(
            "Z14",
            n,
            "Ocean Grove Police Department",
            "2016-08-15",
            True,
            APP,
            "eligible_160_supervisors_course_in_r5",
            _req(),
            160.0,
            [
                nasro_basic("01-basic.pdf", n, "2016-09-12", "2016-09-16"),
                nasro_advanced("02-advanced.pdf", n, "2017-04-10", "2017-04-12", layout="letter"),
                supervisors_cert("03-supervisors.pdf", n, "2020-10-19", "2020-10-21"),
                nasro_conference("04-conference.pdf", n, "2018-07-15", "2018-07-18"),
                course_cert("05-eop.pdf", n, EOP),
                course_cert("06-abuse.pdf", n, ABUSE, layout="sidebar"),
                course_cert("07-cit-y.pdf", n, CITY),
                course_cert("08-interviewing.pdf", n, INTERVIEW),
                course_cert("09-threat.pdf", n, THREAT, layout="letter"),
                course_cert("10-ymhfa.pdf", n, YMHFA),
            ],
        )
    )
    lines(
        "Z14",
        ("02-advanced.pdf", "Advanced", "2017-04-10", 0, "satisfies_r4"),
        ("03-supervisors.pdf", "Supervisors", "2020-10-19", 24, "credited"),
    )

    # Z15 hours printed as mixed numbers: "Hours: 16 1/2" (a form's field) and "7-1/2 Hours" (a letter's
    # sentence). R5: EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + threat 16 + YMHFA 8 + de-escalation
    # 16.5 + school bus 7.5 = 160: met (159, not met, with the halves dropped).
    n = "Nadia F. Haddad"
    deesc: Course = ("De-escalation with Youth in Crisis", "2023-03-20", "2023-03-22", 16.5, "Juvenile",
                     "juvenile", None, "Tri-County Crisis Response Network")  # fmt: skip
    bus: Course = ("School Bus Emergency Response", "2024-01-16", "2024-01-16", 7.5, "School Safety",
                   "school_safety", None, "State Pupil Transportation Office")  # fmt: skip
    out.append(
        Applicant(
            "Z15",
            n,
            "Cobb Valley Police Department",
            "2018-01-08",
            True,
            APP,
            "eligible_160_hours_as_mixed_numbers",
            _req(),
            160.0,
            [
                nasro_basic("01-basic.pdf", n, "2018-03-05", "2018-03-09"),
                nasro_advanced("02-advanced.pdf", n, "2019-09-16", "2019-09-18", layout="sidebar"),
                nasro_conference("03-conference.pdf", n, "2019-07-14", "2019-07-17"),
                course_cert("04-eop.pdf", n, EOP),
                course_cert("05-abuse.pdf", n, ABUSE),
                course_cert("06-cit-y.pdf", n, CITY),
                course_cert("07-interviewing.pdf", n, INTERVIEW),
                course_cert("08-threat.pdf", n, THREAT),
                course_cert("09-ymhfa.pdf", n, YMHFA),
                quarter_hours_cert("10-deescalation.pdf", n, deesc, "16 1/2"),
                quarter_hours_cert("11-bus.pdf", n, bus, "7-1/2 Hours", layout="letter"),
            ],
        )
    )
    lines(
        "Z15",
        ("10-deescalation.pdf", "De-escalation", "2023-03-20", 16.5, "credited"),
        ("11-bus.pdf", "Bus", "2024-01-16", 7.5, "credited"),
    )
    return out


# ------------------------------------------------------------------------------------ comparing

SHORT = {"sro_3_years": "R1", "employed": "R2", "basic": "R3", "advanced": "R4", "additional_160": "R5",
         "conference": "R6"}  # fmt: skip


def _abbrev(v: str | None) -> str:
    return {"met": "M", "not_met": "N", "needs_review": "?"}.get(v or "", "-")


def summary(corpus: Path, export: Path) -> list[str]:
    """A table per applicant (expected/got per rule, hours, eligible), then the round's figures."""
    if not LINES:
        applicants()
    out = ["id   " + " ".join(f"{s:>5}" for s in SHORT.values()) + "   hours (exp/got)   eligible (exp/got)"]
    n = wrong_elig = hours_ok = verdicts_ok = wrong_auto = fully = 0
    for folder in sorted(p for p in corpus.iterdir() if (p / "manifest.json").exists()):
        aid = folder.name
        exp = json.loads((folder / "manifest.json").read_text())["expected"]
        path = export / aid / "ledger.json"
        if not path.exists():
            out.append(f"{aid}  no ledger")
            continue
        led = json.loads(path.read_text())
        n += 1
        cells = []
        ok_all = True
        for req in SHORT:
            want, got = exp["requirements"][req], led["requirements"].get(req)
            ok_all &= want == got
            verdicts_ok += want == got
            cells.append(f"{_abbrev(want)}/{_abbrev(got)}" + (" " if want == got else "*"))
        h_ok = led["additional_hours_credited"] == exp["additional_hours_credited"]
        hours_ok += h_ok
        if led["eligible"] and not exp["eligible"]:
            wrong_elig += 1
        for want_line in LINES.get(aid, []):
            for ln in led["lines"]:
                if (
                    ln["document"] == want_line.document
                    and want_line.title.lower() in ln["course_title"].lower()
                    and ln["start_date"] == want_line.start
                    and ln.get("status") == "auto"
                    and (ln["credited_hours"], ln["rule"]) != (want_line.credited, want_line.rule)
                ):
                    wrong_auto += 1
                    out.append(f"   WRONG AUTO {aid} {ln['document']} {ln['course_title']!r} {ln['rule']}")
                    break
        fully += ok_all and h_ok
        out.append(
            f"{aid}  "
            + " ".join(f"{c:>5}" for c in cells)
            + f"   {exp['additional_hours_credited']:>6}/{led['additional_hours_credited']:<7}"
            + ("" if h_ok else "*")
            + f"   {exp['eligible']!s:>5}/{led['eligible']!s}"
        )
    out.append(
        f"applicants {n}; verdicts right {verdicts_ok}/{6 * n}; wrongly eligible {wrong_elig}; "
        f"wrong auto lines {wrong_auto}; additional hours exact {hours_ok}/{n}; fully right {fully}/{n}"
    )
    return out


def compare_round(round_applicants: Any, corpus: Path, export: Path) -> list[str]:
    """A round's table, then every verdict, total and expected line that differs (round 2's comparison)."""
    diffs = round2.compare_round(round_applicants, corpus, export)
    return [*summary(corpus, export), "", *diffs]


def compare(corpus: Path, export: Path) -> list[str]:
    return compare_round(applicants, corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    return write_applicants(root, applicants(), only, seed=9100)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
