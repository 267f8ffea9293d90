"""A fifth verdict-level audit: applicants whose documents come in forms no earlier fixture draws.

    python bench/unseen_applicants_5.py OUTDIR [Y01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_5.py --compare CORPUS EXPORT # each verdict and ledger line vs expected

Rounds 1-4 drew one-page records, letters in many wordings, rosters, POST printouts and learning-portal
reports. This round draws: a department training history running over three pages (the page header and
column headings repeated on each, "Page 2 of 3" footers, rows newest first, a subtotal after each year
and a grand total at the end), the same kind of history faxed over two pages for an officer short of
hours (a subtotal read as a course would carry him over 160), a one-page record whose course titles wrap
onto a second line photographed with a phone (perspective, shadow, blur), online-course certificates
dated by an ISO timestamp ("2023-05-10T14:22:11Z") or "Completed on 09/12/2023 2:14 PM", a certificate
"given this 8th day of September, 2022", certificates dated day first where the document says so
("05.03.2022", its legend "DD.MM.YYYY", and "5 March 2022"), a name printed with a nickname and one under
another surname (first name and middle initial the applicant's), NASRO's conference certificate granting
"up to 21 CE hours", NASRO's Basic course given by a state affiliate association, and an HR letter saying
the officer is "no longer employed". Several are degraded with ``to_scan``.

The machinery is rounds 1-4's (``write_applicants``, ``compare``). Expected verdicts and lines are set by
hand below with the arithmetic beside each applicant: the verdict after human confirmation.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import landscape, letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.unseen_applicants_2 as round2
from bench.unseen_applicants import NOT, Applicant, Doc, _base_truth, _draw_pdf, _req
from bench.unseen_applicants_2 import LINES, lines, nasro_advanced, nasro_basic, nasro_conference
from bench.unseen_applicants_3 import CONF_TITLE, _conf_truth, _doc, _letter_truth
from bench.unseen_applicants_4 import (
    ABUSE,
    AMHT,
    CITY,
    EOP,
    INTERVIEW,
    JLAW,
    SRP,
    THREAT,
    TRAUMA,
    YMHFA,
    Course,
    course_cert,
)
from certledger.samples import _MONTHS, _signature, number_words
from tests.novel_letters import _body, _letterhead

APP = "2025-06-02"  # the 10-year window opens 2015-06-02

# A record's row: (title, completion date, hours, category or None, catalog id or None).
Row = tuple[str, str, float, str | None, str | None]


def _r(course: Course, done: str | None = None) -> Row:
    """A course of round 4 as a record row completed on its end date (or ``done``)."""
    title, _, end, hours, _, category, catalog_id, _ = course
    return (title, done or end, hours, category, catalog_id)


def _mdy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{m}/{d}/{y}"


def _item(r: Row, page: int) -> dict[str, Any]:
    title, done, hours, category, catalog_id = r
    return {"course_title": title, "catalog_id": catalog_id, "category": category, "start_date": done,
            "end_date": done, "hours": hours, "page": page}  # fmt: skip


# ------------------------------------------------------------------------------------ records


def paged_history(file: str, name: str, agency: str, rows: Sequence[Row], per_page: int, **scan: Any) -> Doc:
    """A department training history over several pages: the agency, the officer and the column headings
    repeated on every page, rows newest first grouped by year ("2024" heading, "2024 Subtotal" after),
    "Grand Total" at the end, "Page n of N" in the footer. ``per_page`` counts printed lines (year
    headings, rows and subtotals)."""
    ordered = sorted(rows, key=lambda r: r[1], reverse=True)
    printed: list[tuple[str, Any]] = []  # ("year", y) | ("row", row) | ("sub", (y, total))
    for year in sorted({r[1][:4] for r in ordered}, reverse=True):
        group = [r for r in ordered if r[1][:4] == year]
        printed.append(("year", year))
        printed += [("row", r) for r in group]
        printed.append(("sub", (year, sum(r[2] for r in group))))
    printed.append(("total", sum(r[2] for r in ordered)))
    chunks = [printed[i : i + per_page] for i in range(0, len(printed), per_page)]
    items: list[dict[str, Any]] = []

    def page(k: int, chunk: list[tuple[str, Any]]) -> Any:
        def draw(c: Any, w: float, h: float) -> None:
            c.setFont("Helvetica-Bold", 13)
            c.drawString(40, h - 44, agency)
            c.setFont("Helvetica", 10)
            c.drawString(40, h - 60, "Training Division  -  Individual Training History")
            c.drawString(40, h - 80, f"Employee: {name.upper()}")
            c.drawString(300, h - 80, "Employee No.: 20417")
            c.drawRightString(w - 40, h - 44, "Printed 05/14/2025")
            y = h - 112
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(40, y, "Date Completed")
            c.drawString(130, y, "Course Title")
            c.drawRightString(w - 40, y, "Hours")
            c.line(40, y - 5, w - 40, y - 5)
            for kind, value in chunk:
                y -= 21
                if kind == "year":
                    c.setFont("Helvetica-Bold", 10)
                    c.drawString(40, y, value)
                elif kind == "row":
                    c.setFont("Helvetica", 9.5)
                    c.drawString(40, y, _mdy(value[1]))
                    c.drawString(130, y, value[0])
                    c.drawRightString(w - 40, y, f"{value[2]:.1f}")
                    items.append(_item(value, k + 1))
                elif kind == "sub":
                    c.setFont("Helvetica-Oblique", 9.5)
                    c.drawString(130, y, f"{value[0]} Subtotal")
                    c.drawRightString(w - 40, y, f"{value[1]:.1f}")
                    c.line(w - 100, y + 12, w - 40, y + 12)
                else:
                    c.setFont("Helvetica-Bold", 10)
                    c.drawString(130, y, "Grand Total")
                    c.drawRightString(w - 40, y, f"{value:.1f}")
            c.setFont("Helvetica", 8)
            c.drawString(40, 36, "Official record of the Training Division. Unofficial when printed.")
            c.drawRightString(w - 40, 36, f"Page {k + 1} of {len(chunks)}")

        return draw

    draws = [page(k, chunk) for k, chunk in enumerate(chunks)]

    def render(path: Path) -> None:
        items.clear()  # the drawing fills the truth's items with their pages
        _draw_pdf(path, letter, draws, None, None)

    return Doc(file, render, _base_truth(file, "transcript", name, agency, items), **scan)


def wrapped_record(file: str, name: str, agency: str, rows: Sequence[Row], **scan: Any) -> Doc:
    """A one-page record with a narrow title column: long titles wrap onto a second line under the first,
    the date and hours on the first line only."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Times-Bold", 14)
        c.drawCentredString(w / 2, h - 50, agency)
        c.setFont("Times-Roman", 11)
        c.drawCentredString(w / 2, h - 66, "In-Service and Specialized Training Record")
        c.drawString(60, h - 96, f"Officer: {name}")
        c.drawString(360, h - 96, "Badge 3318")
        y = h - 130
        c.setFont("Times-Bold", 10.5)
        c.drawString(60, y, "Course")
        c.drawString(290, y, "Completed")
        c.drawString(380, y, "Provider")
        c.drawRightString(w - 60, y, "Hrs")
        c.line(60, y - 5, w - 60, y - 5)
        for title, done, hours, _, _ in rows:
            y -= 24
            c.setFont("Times-Roman", 10.5)
            lines_of = _wrap_words(title, 34)
            c.drawString(60, y, lines_of[0])
            c.drawString(290, y, _mdy(done))
            c.drawString(380, y, "Dept." if "Firearms" in title else "Outside")
            c.drawRightString(w - 60, y, f"{hours:g}")
            for more in lines_of[1:]:
                y -= 13
                c.drawString(72, y, more)
        c.line(60, y - 10, w - 60, y - 10)
        c.drawString(60, y - 40, "Certified true and correct: ______________________  Training Sergeant")

    items = [_item(r, 1) for r in rows]
    return _doc(file, draw, _base_truth(file, "transcript", name, agency, items), **scan)


def _wrap_words(text: str, width: int) -> list[str]:
    out: list[str] = []
    for word in text.split():
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    return out


# ------------------------------------------------------------------------------------ certificates


def _cert_truth(
    file: str, name: str, issuer: str, course: Course, start: str | None = None
) -> dict[str, Any]:
    title, s, end, hours, _, category, catalog_id, _ = course
    item = {"course_title": title, "catalog_id": catalog_id, "category": category,
            "start_date": start or s, "end_date": end, "hours": hours, "page": 1}  # fmt: skip
    return _base_truth(file, "certificate", name, issuer, [item])


def online_cert(file: str, name: str, course: Course, stamp: str, **scan: Any) -> Doc:
    """An online course's completion certificate: the portal's banner, the learner, the course, the
    credit hours, and the completion as the portal prints it (``stamp``: "iso" or "clock")."""
    title, _, end, hours, *_ = course
    portal = "CampusShield Online Academy"
    printed = f"{end}T14:22:11Z" if stamp == "iso" else f"Completed on {_mdy(end)} 2:14 PM"

    def draw(c: Any, w: float, h: float) -> None:
        c.setFillColor(HexColor("#1f3b64"))
        c.rect(0, h - 70, w, 70, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Helvetica-Bold", 18)
        c.drawString(40, h - 44, portal)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 22)
        c.drawCentredString(w / 2, h - 140, "Certificate of Completion")
        c.setFont("Helvetica", 12)
        c.drawCentredString(w / 2, h - 175, "This certifies that")
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(w / 2, h - 210, name)
        c.setFont("Helvetica", 12)
        c.drawCentredString(w / 2, h - 240, "has successfully completed the online course")
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(w / 2, h - 268, title)
        c.setFont("Helvetica", 11)
        rows = [("Credit Hours:", f"{hours:.2f}")]
        rows += [("Completion Date:", printed)] if stamp == "iso" else [("Status:", printed)]
        rows += [("Certificate ID:", "CSO-7Q4M-2291")]
        y = h - 320
        for label, value in rows:
            c.drawRightString(w / 2 - 6, y, label)
            c.drawString(w / 2 + 6, y, value)
            y -= 18
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawCentredString(w / 2, 60, "Verify at campusshield.example/verify  -  Times are UTC.")

    return _doc(
        file, draw, _cert_truth(file, name, portal, course, start=end), size=landscape(letter), **scan
    )


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def given_this_cert(file: str, name: str, course: Course, **scan: Any) -> Doc:
    """A formal certificate dated only "Given this 8th day of September, 2022", the hours in words and
    figures."""
    title, _, end, hours, _, _, _, provider = course
    y_, m_, d_ = (int(x) for x in end.split("-"))

    def draw(c: Any, w: float, h: float) -> None:
        c.setStrokeColor(HexColor("#2d4a2b"))
        c.setLineWidth(3)
        c.rect(28, 28, w - 56, h - 56)
        c.setFont("Times-Bold", 16)
        c.drawCentredString(w / 2, h - 80, provider)
        c.setFont("Times-BoldItalic", 30)
        c.drawCentredString(w / 2, h - 135, "Certificate of Training")
        c.setFont("Times-Roman", 14)
        c.drawCentredString(w / 2, h - 175, "Be it known that")
        c.setFont("Times-Bold", 24)
        c.drawCentredString(w / 2, h - 212, name)
        c.setFont("Times-Roman", 14)
        spelled = number_words(int(hours)).lower()
        c.drawCentredString(
            w / 2, h - 245, f"has satisfactorily completed {spelled} ({hours:g}) hours of instruction in"
        )
        c.setFont("Times-Bold", 17)
        c.drawCentredString(w / 2, h - 275, title)
        c.setFont("Times-Roman", 14)
        c.drawCentredString(w / 2, h - 315, f"Given this {_ordinal(d_)} day of {_MONTHS[m_ - 1]}, {y_}.")
        _signature(c, w / 2 - 230, 90, 200, file, "Dana K. Lowry", "Lead Instructor")
        _signature(c, w / 2 + 30, 90, 200, file + "2", "Paul E. Serrano", "Program Director")

    return _doc(
        file, draw, _cert_truth(file, name, provider, course, start=end), size=landscape(letter), **scan
    )


def dayfirst_cert(file: str, name: str, course: Course, style: str, **scan: Any) -> Doc:
    """A certificate from a provider abroad that prints dates day first: ``style`` "dotted" ("05.03.2022 -
    06.03.2022", the form's legend saying DD.MM.YYYY) or "words" ("5 March 2022 to 7 March 2022")."""
    title, start, end, hours, _, _, _, provider = course

    def dmy(iso: str) -> str:
        y, m, d = iso.split("-")
        return f"{d}.{m}.{y}" if style == "dotted" else f"{int(d)} {_MONTHS[int(m) - 1]} {y}"

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, h - 70, provider)
        c.setFont("Helvetica", 10)
        c.drawString(60, h - 86, "Professional Development Programme")
        c.setLineWidth(2)
        c.line(60, h - 96, w - 60, h - 96)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(60, h - 150, "Certificate of Attendance")
        c.setFont("Helvetica", 12)
        c.drawString(60, h - 185, "This is to certify that")
        c.setFont("Helvetica-Bold", 18)
        c.drawString(60, h - 212, name)
        c.setFont("Helvetica", 12)
        c.drawString(60, h - 240, "attended and completed the programme")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(60, h - 264, title)
        c.setFont("Helvetica", 12)
        y = h - 310
        if style == "dotted":
            rows = [("Dates (DD.MM.YYYY):", f"{dmy(start)} - {dmy(end)}"), ("Contact hours:", f"{hours:g}")]
        else:
            rows = [("Held:", f"{dmy(start)} to {dmy(end)}"), ("Duration:", f"{hours:g} hours")]
        for label, value in rows:
            c.drawString(60, y, label)
            c.drawString(210, y, value)
            y -= 20
        _signature(c, 60, 120, 200, file, "Siobhan M. Clarke", "Programme Director")

    return _doc(file, draw, _cert_truth(file, name, provider, course), **scan)


def upto_conference(file: str, name: str, start: str, end: str, **scan: Any) -> Doc:
    """NASRO's conference certificate granting "up to 21 CE hours": a ceiling, not the hours attended."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(w / 2, h - 80, "National Association of School Resource Officers")
        c.setFont("Helvetica-Bold", 28)
        c.drawCentredString(w / 2, h - 140, "Certificate of Attendance")
        c.setFont("Helvetica", 13)
        c.drawCentredString(w / 2, h - 180, "This certifies that")
        c.setFont("Helvetica-Bold", 22)
        c.drawCentredString(w / 2, h - 215, name)
        c.setFont("Helvetica", 13)
        c.drawCentredString(w / 2, h - 250, f"attended the {start[:4]} {CONF_TITLE}")
        c.drawCentredString(w / 2, h - 272, "July 9 - 14, 2023  |  Grapevine, Texas")
        c.drawCentredString(w / 2, h - 304, "Participants may claim up to 21 CE hours for sessions attended.")
        _signature(c, w / 2 - 100, 100, 200, file, "Mo Canady", "Executive Director")

    truth = _conf_truth(file, name, start, end, None)
    return _doc(file, draw, truth, size=landscape(letter), **scan)


def affiliate_basic(file: str, name: str, start: str, end: str, affiliate: str, **scan: Any) -> Doc:
    """NASRO's Basic SRO course as a state affiliate association prints it: the affiliate's name on top,
    the course named as NASRO's, "presented by ... a state affiliate of the National Association of School
    Resource Officers", the NASRO instructor signing."""

    def draw(c: Any, w: float, h: float) -> None:
        c.setFont("Times-Bold", 16)
        c.drawCentredString(w / 2, h - 70, affiliate)
        c.setFont("Times-Italic", 11)
        c.drawCentredString(
            w / 2, h - 88, "A State Affiliate of the National Association of School Resource Officers"
        )
        c.setFont("Times-Bold", 28)
        c.drawCentredString(w / 2, h - 140, "Certificate of Completion")
        c.setFont("Times-Roman", 14)
        c.drawCentredString(w / 2, h - 178, "awarded to")
        c.setFont("Times-Bold", 22)
        c.drawCentredString(w / 2, h - 212, name)
        c.setFont("Times-Roman", 14)
        c.drawCentredString(w / 2, h - 246, "for completing the forty (40) hour")
        c.setFont("Times-Bold", 17)
        c.drawCentredString(w / 2, h - 274, "NASRO Basic School Resource Officer Course")
        c.setFont("Times-Roman", 13)
        s, e = start.split("-"), end.split("-")
        c.drawCentredString(
            w / 2,
            h - 304,
            f"{_MONTHS[int(s[1]) - 1]} {int(s[2])} - {int(e[2])}, {e[0]}  -  Macon, Georgia",
        )
        _signature(c, w / 2 - 230, 90, 200, file, "Terrance L. Hood", "NASRO Certified Instructor")
        _signature(
            c,
            w / 2 + 30,
            90,
            200,
            file + "p",
            "Angela W. Price",
            "President, " + affiliate.split()[0] + " ASRO",
        )

    item = {"course_title": "NASRO Basic School Resource Officer Course", "catalog_id": "nasro-basic",
            "category": "basic", "start_date": start, "end_date": end, "hours": 40.0, "page": 1}  # fmt: skip
    return _doc(file, draw, _base_truth(file, "certificate", name, affiliate, [item]),
                size=landscape(letter), **scan)  # fmt: skip


# ------------------------------------------------------------------------------------ letters


def hr_letter(
    file: str,
    name: str,
    employer: str,
    paragraphs: tuple[str, ...],
    start: str | None,
    dated: str,
    **scan: Any,
) -> Doc:
    """A human-resources verification letter: letterhead, date, RE line, prose, an HR signature."""

    def draw(c: Any, w: float, h: float) -> None:
        _letterhead(c, w, h, employer, "Human Resources Department  |  210 Civic Plaza  |  (555) 555-0177")
        c.setFont("Times-Roman", 12)
        y_, m_, d_ = (int(x) for x in dated.split("-"))
        c.drawString(72, h - 150, f"{_MONTHS[m_ - 1]} {d_}, {y_}")
        c.drawString(72, h - 180, "RE: Verification of Employment")
        c.drawString(72, h - 210, "To Whom It May Concern:")
        y = _body(c, w, h - 244, paragraphs)
        c.drawString(72, y - 10, "Respectfully,")
        _signature(c, 72, y - 76, 200, file, "Janelle S. Ortiz", "Human Resources Manager")

    return _doc(file, draw, _letter_truth(file, name, employer, start, dated), **scan)


# ------------------------------------------------------------------------------------ applicants

ACTIVE = ("Active Shooter Response for Schools", "2024-08-06", 8.0, "school_safety", "school-active-shooter")
UNRELATED = [
    ("Firearms Qualification", "2024-04-02", 8.0, "unrelated", "firearms-qual"),
    ("Defensive Tactics Refresher", "2024-03-12", 4.0, "unrelated", "defensive-tactics"),
    ("Emergency Vehicle Operations", "2023-03-14", 8.0, "unrelated", "evoc"),
    ("Radar and Lidar Operator Certification", "2022-01-18", 8.0, "unrelated", "radar-lidar"),
]


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # Y01 the three-page history, newest first with year subtotals and a grand total (a light scan).
    # Rows: 2024 juvenile law 4, active shooter 8, firearms 8 (0), defensive tactics 4 (0); 2023 SRP 8,
    # trauma 8, active shooter 8 (annual: 0), EVOC 8 (0); 2022 YMHFA 8, AMHT 16, active shooter 8 (annual:
    # 0), radar 8 (0); 2021 interviewing 24, abuse 24, threat 16; 2020 EOP 24; 2019 CIT-Y 40; 2015
    # juvenile procedures 8 (2015-03-10, older than the window: 0). R5: 4+8 + 8+8 + 8+16 + 24+24+16 + 24 +
    # 40 = 180: met. Subtotals (24, 32, 40, 64, 24, 40, 8) and the grand total (232) are no courses.
    n = "Gregory P. Nwosu"
    agency = "Lakeshore Township Police Department"
    y01_rows: list[Row] = [
        _r(JLAW), ACTIVE, *UNRELATED[:2],
        _r(SRP), _r(TRAUMA), (*ACTIVE[:1], "2023-08-08", *ACTIVE[2:]), UNRELATED[2],
        _r(YMHFA), _r(AMHT), (*ACTIVE[:1], "2022-08-09", *ACTIVE[2:]), UNRELATED[3],
        _r(INTERVIEW), _r(ABUSE), _r(THREAT), _r(EOP), _r(CITY),
        ("Juvenile Procedures", "2015-03-10", 8.0, "juvenile", None),
    ]  # fmt: skip
    out.append(
        Applicant(
            "Y01",
            n,
            agency,
            "2016-08-01",
            True,
            APP,
            "eligible_paged_history_newest_first_subtotals",
            _req(),
            180.0,
            [
                nasro_basic("01-basic.pdf", n, "2016-09-12", "2016-09-16"),
                nasro_advanced("02-advanced.pdf", n, "2018-03-05", "2018-03-07", layout="sidebar"),
                nasro_conference("03-conference.pdf", n, "2019-06-24", "2019-06-27"),
                paged_history("04-history.pdf", n, agency, y01_rows, 12, kind="scan_light", fmt="pdf"),
            ],
        )
    )
    lines(
        "Y01",
        ("04-history.pdf", "Active Shooter", "2024-08-06", 8, "credited"),
        ("04-history.pdf", "Active Shooter", "2023-08-08", 0, "annual_once"),
        ("04-history.pdf", "Active Shooter", "2022-08-09", 0, "annual_once"),
        ("04-history.pdf", "Juvenile Law", "2024-02-06", 4, "credited"),
        ("04-history.pdf", "Interviewing", "2021-09-15", 24, "credited"),
        ("04-history.pdf", "Crisis Intervention", "2019-10-25", 40, "credited"),
        ("04-history.pdf", "Juvenile Procedures", "2015-03-10", 0, "older_than_window"),
        ("04-history.pdf", "Firearms", "2024-04-02", 0, "category_zero"),
    )

    # Y02 short of hours on a faxed two-page history (TIFF, G4): 2024 juvenile law 4; 2023 SRP 8, trauma
    # 8; 2022 YMHFA 8; 2021 abuse 24, interviewing 24; 2020 EOP 24; 2019 CIT-Y 40; firearms (0) = 140, and
    # the AMHT certificate 16: 156, four short: R5 not met. Read as a course, any subtotal (2024: 12,
    # 2023: 16, ...) or the grand total would carry him over 160: he must not be eligible.
    n = "Patricia J. Lindqvist"
    agency = "Marlow County Sheriff's Office"
    y02_rows: list[Row] = [
        _r(JLAW), UNRELATED[0], _r(SRP), _r(TRAUMA), _r(YMHFA), _r(ABUSE), _r(INTERVIEW), _r(EOP), _r(CITY),
    ]  # fmt: skip
    out.append(
        Applicant(
            "Y02",
            n,
            agency,
            "2017-01-09",
            True,
            APP,
            "fail_hours_faxed_paged_history",
            _req(r5=NOT),
            156.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-03-06", "2017-03-10", layout="letter"),
                nasro_advanced("02-advanced.pdf", n, "2018-06-11", "2018-06-13"),
                nasro_conference("03-conference.pdf", n, "2019-06-24", "2019-06-27", layout="form_fields"),
                paged_history("04-history.tif", n, agency, y02_rows, 14, kind="fax", fmt="tiff"),
                course_cert("05-amht.pdf", n, AMHT, layout="letter"),
            ],
        )
    )
    lines(
        "Y02",
        ("04-history.tif", "Crisis Intervention", "2019-10-25", 40, "credited"),
        ("04-history.tif", "Standard Response", "2023-09-12", 8, "credited"),
    )

    # Y03 online certificates and a formal "given this" date. Trauma (online, "2023-05-10T14:22:11Z") 8,
    # SRP (online, "Completed on 09/12/2023 2:14 PM") 8, YMHFA ("Given this 8th day of September, 2022")
    # 8; EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + juvenile law 4 + threat 16 = 148.
    # R5: 148 + 24 = 172: met, eligible.
    n = "Samuel T. Okonjo"
    agency = "Riverbend Independent School District Police"
    out.append(
        Applicant(
            "Y03",
            n,
            agency,
            "2018-08-13",
            True,
            APP,
            "eligible_online_timestamps_given_this_day",
            _req(),
            172.0,
            [
                nasro_basic("01-basic.pdf", n, "2018-09-10", "2018-09-14", layout="sidebar"),
                nasro_advanced("02-advanced.pdf", n, "2019-07-15", "2019-07-17", layout="letter"),
                nasro_conference("03-conference.pdf", n, "2022-06-26", "2022-07-01"),
                online_cert("04-trauma-online.pdf", n, TRAUMA, "iso"),
                online_cert("05-srp-online.png", n, SRP, "clock", kind="scan_light", fmt="png"),
                given_this_cert("06-ymhfa.pdf", n, YMHFA),
                course_cert("07-eop.pdf", n, EOP),
                course_cert("08-abuse.pdf", n, ABUSE, layout="sidebar"),
                course_cert("09-cit-y.pdf", n, CITY, layout="letter"),
                course_cert("10-interviewing.pdf", n, INTERVIEW, layout="centered_landscape"),
                course_cert("11-amht.pdf", n, AMHT),
                course_cert("12-jlaw.pdf", n, JLAW, layout="sidebar"),
                course_cert("13-threat.pdf", n, THREAT, layout="letter"),
            ],
        )
    )
    lines(
        "Y03",
        ("04-trauma-online.pdf", "Trauma", "2023-05-10", 8, "credited"),
        ("05-srp-online.png", "Standard Response", "2023-09-12", 8, "credited"),
        ("06-ymhfa.pdf", "Youth Mental Health", "2022-09-08", 8, "credited"),
    )

    # Y04 dates day first: a threat-assessment course abroad "Dates (DD.MM.YYYY): 05.03.2022 - 06.03.2022"
    # (5-6 March 2022, not 3 May and 3 June), 16 hours, and trauma in words "Held: 10 May 2023 to 10 May
    # 2023", 8. R5: EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16
    # + juvenile law 4 + YMHFA 8 = 140 + 16 + 8 = 164: met only with both (156 without the trauma course,
    # 148 without the threat course).
    n = "Fiona C. Brannigan"
    agency = "Port Aldridge Police Department"
    vtra: Course = ("Threat Assessment in Schools", "2022-03-05", "2022-03-06", 16, "School Safety",
                    "school_safety", None, "Northern Institute for Threat Assessment")  # fmt: skip
    trauma_abroad: Course = (*TRAUMA[:7], "Centre for Youth Justice Training")
    out.append(
        Applicant(
            "Y04",
            n,
            agency,
            "2017-08-14",
            True,
            APP,
            "eligible_day_first_dates",
            _req(),
            164.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-09-11", "2017-09-15"),
                nasro_advanced("02-advanced.pdf", n, "2019-03-04", "2019-03-06", layout="sidebar"),
                nasro_conference("03-conference.pdf", n, "2021-07-11", "2021-07-14", layout="letter"),
                dayfirst_cert("04-threat.pdf", n, vtra, "dotted"),
                dayfirst_cert("05-trauma.jpg", n, trauma_abroad, "words", kind="scan_light", fmt="jpeg"),
                course_cert("06-eop.pdf", n, EOP, layout="letter"),
                course_cert("07-abuse.pdf", n, ABUSE),
                course_cert("08-cit-y.pdf", n, CITY, layout="sidebar"),
                course_cert("09-interviewing.pdf", n, INTERVIEW),
                course_cert("10-amht.pdf", n, AMHT, layout="centered_landscape"),
                course_cert("11-jlaw.pdf", n, JLAW),
                course_cert("12-ymhfa.pdf", n, YMHFA, layout="letter"),
            ],
        )
    )
    lines(
        "Y04",
        ("04-threat.pdf", "Threat", "2022-03-05", 16, "credited"),
        ("05-trauma.jpg", "Trauma", "2023-05-10", 8, "credited"),
    )

    # Y05 names: the applicant is "Rebecca L. Thornton-Vega". The advanced certificate prints "Becky
    # Thornton-Vega" (a nickname: a person confirms it, then R4 is met); the EOP certificate prints "Rebecca
    # L. Hollis" (the same first name and middle initial under another surname): it names someone else by
    # the rules (0, flagged), whoever she was. R5: abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + juvenile
    # law 4 + YMHFA 8 + trauma 8 + SRP 8 + threat 16 = 148 (EOP 24 not counted): not met.
    n = "Rebecca L. Thornton-Vega"
    agency = "Halvorsen Unified School District Police"
    out.append(
        Applicant(
            "Y05",
            n,
            agency,
            "2018-01-08",
            True,
            APP,
            "fail_hours_other_surname_nickname",
            _req(r5=NOT),
            148.0,
            [
                nasro_basic("01-basic.pdf", n, "2018-02-05", "2018-02-09", layout="letter"),
                nasro_advanced("02-advanced.pdf", "Becky Thornton-Vega", "2019-04-08", "2019-04-10"),
                nasro_conference("03-conference.pdf", n, "2022-06-26", "2022-07-01"),
                course_cert("04-eop.pdf", "Rebecca L. Hollis", EOP, layout="sidebar"),
                course_cert("05-abuse.pdf", n, ABUSE),
                course_cert("06-cit-y.pdf", n, CITY, layout="letter"),
                course_cert("07-interviewing.pdf", n, INTERVIEW),
                course_cert("08-amht.pdf", n, AMHT, layout="sidebar"),
                course_cert("09-jlaw.pdf", n, JLAW),
                course_cert("10-ymhfa.pdf", n, YMHFA, layout="centered_landscape"),
                course_cert("11-trauma.pdf", n, TRAUMA),
                course_cert("12-srp.pdf", n, SRP, layout="letter"),
                course_cert("13-threat.pdf", n, THREAT),
            ],
        )
    )
    lines("Y05", ("04-eop.pdf", "Emergency Operations", "2020-02-10", 0, "other_person"))

    # Y06 the conference "up to 21 CE hours" (a ceiling: no hours read as attended; the conference is
    # R6's either way, 0 in R5) and NASRO's Basic course given by the Georgia affiliate (the course is
    # NASRO's, the affiliate presents it: R3 met once a person confirms; the application is dated after
    # 2023-01-01, so another provider's basic course would not do). R5: EOP 24 + abuse 24 + CIT-Y 40 +
    # interviewing 24 + AMHT 16 + juvenile law 4 + YMHFA 8 + trauma 8 = 148 + threat 16 = 164: met.
    n = "Marcus D. Pemberton"
    agency = "Bibb County School District Police"
    out.append(
        Applicant(
            "Y06",
            n,
            agency,
            "2017-08-01",
            True,
            APP,
            "eligible_affiliate_basic_up_to_ce_hours",
            _req(),
            164.0,
            [
                affiliate_basic(
                    "01-basic.pdf",
                    n,
                    "2017-10-16",
                    "2017-10-20",
                    "Georgia Association of School Resource Officers",
                ),
                nasro_advanced("02-advanced.pdf", n, "2019-02-11", "2019-02-13", layout="letter"),
                upto_conference(
                    "03-conference.pdf", n, "2023-07-09", "2023-07-14", kind="scan_light", fmt="pdf"
                ),
                course_cert("04-eop.pdf", n, EOP),
                course_cert("05-abuse.pdf", n, ABUSE, layout="sidebar"),
                course_cert("06-cit-y.pdf", n, CITY),
                course_cert("07-interviewing.pdf", n, INTERVIEW, layout="letter"),
                course_cert("08-amht.pdf", n, AMHT),
                course_cert("09-jlaw.pdf", n, JLAW, layout="centered_landscape"),
                course_cert("10-ymhfa.pdf", n, YMHFA),
                course_cert("11-trauma.pdf", n, TRAUMA, layout="sidebar"),
                course_cert("12-threat.pdf", n, THREAT),
            ],
        )
    )

    # Y07 the HR letter (dated 2025-04-15; the application states neither start nor employment): "was
    # employed ... from 03/14/2011 to 01/31/2025 and was assigned as School Resource Officer at Ridgeway
    # High School effective August 1, 2016 ... is no longer employed by the City". R1: SRO 2016-08-01 to
    # 2025-01-31, 8.5 years: met. R2: no longer employed: not met. R5: EOP 24 + abuse 24 + CIT-Y 40 +
    # interviewing 24 + AMHT 16 + YMHFA 8 + trauma 8 + SRP 8 + threat 16 = 168: met.
    n = "Marcus T. Oyelaran"
    employer = "City of Ridgeway"
    hr_text = (
        f"This letter is to verify the employment of {n}. Mr. Oyelaran was employed by the City of Ridgeway "
        "Police Department as a Police Officer from 03/14/2011 to 01/31/2025. He was assigned as School "
        "Resource Officer at Ridgeway High School effective August 1, 2016, and held that assignment until "
        "his separation.",
        "Mr. Oyelaran is no longer employed by the City of Ridgeway. He is eligible for rehire.",
        "This information is provided at the employee's request.",
    )
    out.append(
        Applicant(
            "Y07",
            n,
            "Ridgeway Police Department",
            None,
            None,
            APP,
            "fail_no_longer_employed",
            _req(r2=NOT),
            168.0,
            [
                hr_letter("01-hr-letter.pdf", n, employer, hr_text, "2016-08-01", "2025-04-15"),
                nasro_basic("02-basic.pdf", n, "2016-10-03", "2016-10-07"),
                nasro_advanced("03-advanced.pdf", n, "2018-04-09", "2018-04-11", layout="sidebar"),
                nasro_conference("04-conference.pdf", n, "2019-06-24", "2019-06-27"),
                course_cert("05-eop.pdf", n, EOP, layout="letter"),
                course_cert("06-abuse.pdf", n, ABUSE),
                course_cert("07-cit-y.pdf", n, CITY, layout="sidebar"),
                course_cert("08-interviewing.pdf", n, INTERVIEW),
                course_cert("09-amht.pdf", n, AMHT, layout="letter"),
                course_cert("10-ymhfa.pdf", n, YMHFA),
                course_cert("11-trauma.pdf", n, TRAUMA, layout="centered_landscape"),
                course_cert("12-srp.pdf", n, SRP),
                course_cert("13-threat.pdf", n, THREAT, layout="sidebar"),
            ],
        )
    )

    # Y08 a phone photo of a one-page record whose long titles wrap onto a second line: AMHT 16 ("Adolescent
    # Mental Health Training for School / Resource Officers"), CIT-Y 40, interviewing 24, abuse 24, EOP 24,
    # trauma 8, firearms 8 (0) = 136; certificates YMHFA 8 + SRP 8 + threat 16 = 32. R5: 168: met.
    n = "Heather N. Abernathy"
    agency = "Millbrook Police Department"
    y08_rows: list[Row] = [_r(AMHT), _r(CITY), _r(INTERVIEW), _r(ABUSE), _r(EOP), _r(TRAUMA), UNRELATED[0]]
    out.append(
        Applicant(
            "Y08",
            n,
            agency,
            "2018-08-06",
            True,
            APP,
            "eligible_photo_wrapped_titles",
            _req(),
            168.0,
            [
                nasro_basic("01-basic.pdf", n, "2018-10-01", "2018-10-05", layout="sidebar"),
                nasro_advanced("02-advanced.pdf", n, "2019-10-14", "2019-10-16"),
                nasro_conference("03-conference.pdf", n, "2021-07-11", "2021-07-14"),
                wrapped_record("04-record.jpg", n, agency, y08_rows, kind="photo", fmt="jpeg"),
                course_cert("05-ymhfa.pdf", n, YMHFA),
                course_cert("06-srp.pdf", n, SRP, layout="letter"),
                course_cert("07-threat.pdf", n, THREAT, layout="sidebar"),
            ],
        )
    )
    lines(
        "Y08",
        ("04-record.jpg", "Adolescent Mental Health", "2022-05-04", 16, "credited"),
        ("04-record.jpg", "Crisis Intervention", "2019-10-25", 40, "credited"),
        ("04-record.jpg", "Interviewing", "2021-09-15", 24, "credited"),
        ("04-record.jpg", "Firearms", "2024-04-02", 0, "category_zero"),
    )
    return out


def compare(corpus: Path, export: Path) -> list[str]:
    """Every verdict, total and expected line that differs (round 2's comparison on this round's lines)."""
    LINES.clear()
    applicants()
    return round2.compare(corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    from bench.unseen_applicants import write_applicants

    return write_applicants(root, applicants(), only, seed=4100)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
