"""Documents modelled on the formats of real issuers the project never saw: state POST training
records (a Texas TCOLE Personal Status Report, a Florida FDLE ATMS transcript, a California POST
Profile Report, a Georgia POST training history, an Ohio OPOTA transcript), online platforms (a
Vector Solutions / PoliceOne style transcript and certificate, a SafeSchools staff transcript), and
certificates from FEMA EMI, CPI, ALICE, NCJTC, ILEETA, a state school safety center, a sheriff's
in-service record and a bilingual one.

Drawn from general knowledge of what such documents look like, not copied from any corpus. Each one
carries its distractors: licence and certificate sections with dates, reporting-period and cumulative
totals, "Hours required / completed", expiry and recertification dates, course numbers, badge and
phone numbers, "Page 1 of 2", "Session 2 of 3", an "Assigned" date beside the completion date, a
cumulative hours column, cancelled "0.00" rows, failed and incomplete statuses.

The truth is what a careful reviewer records: one :class:`Truth` per course the document shows as
completed by its holder. ``sure``: the document settles every fact, so the item may be ``auto``;
where a reviewer could not be sure from the page (a vague title, a generic course whose category is a
judgment call), it must go to a person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _new_canvas, _signature
from classify.types import ClassifiedDocument, ClassifiedItem
from tests.novel_certificates import _centred, _frame, show

Draw = Callable[[Any, float, float], None]


@dataclass(frozen=True)
class Truth:
    title: str
    start: date
    end: date
    hours: float | None
    category: str
    catalog_id: str | None = None
    sure: bool = True


@dataclass(frozen=True)
class IssuerDoc:
    key: str
    participant_name: str
    doc_type: str
    items: tuple[Truth, ...]
    draw: Draw
    pagesize: tuple[float, float] = letter


DOCS: dict[str, IssuerDoc] = {}


def issuer_doc(
    key: str,
    *,
    name: str,
    items: Sequence[Truth],
    doc_type: str = "certificate",
    pagesize: tuple[float, float] = letter,
    into: dict[str, IssuerDoc] = DOCS,
) -> Callable[[Draw], Draw]:
    """Registers the drawing as a document of ``into`` (another audit's documents keep their own)."""

    def register(draw: Draw) -> Draw:
        into[key] = IssuerDoc(key, name, doc_type, tuple(items), draw, pagesize)
        return draw

    return register


def T(title: str, start: str, hours: float | None, category: str, catalog_id: str | None = None,
      end: str | None = None, sure: bool = True) -> Truth:  # fmt: skip
    return Truth(title, date.fromisoformat(start), date.fromisoformat(end or start), hours, category,
                 catalog_id, sure)  # fmt: skip


def render_doc(d: IssuerDoc, path: Path | str) -> Path:
    out = Path(path)
    c = _new_canvas(out, d.pagesize, f"issuer format {d.key}")
    d.draw(c, float(d.pagesize[0]), float(d.pagesize[1]))
    c.showPage()
    c.save()
    return out


def matching_truth(item: ClassifiedItem, d: IssuerDoc) -> Truth | None:
    """The truth row this item is, on every fact a ledger credits (title fuzzily)."""
    for t in d.items:
        same = (item.start_date, item.end_date, item.hours, item.catalog_id, item.category) == (
            t.start,
            t.end,
            t.hours,
            t.catalog_id,
            t.category,
        )
        if same and fuzz.token_set_ratio((item.course_title or "").lower(), t.title.lower()) >= 85:
            return t
    return None


def wrong_autos(doc: ClassifiedDocument, d: IssuerDoc) -> list[str]:
    """Items credited without a person that a careful reviewer would not credit so."""
    wrong = []
    for item in doc.items:
        if item.status != "auto":
            continue
        t = matching_truth(item, d)
        if t is None or not t.sure:
            wrong.append(show(item))
    return wrong


# ------------------------------------------------------------------------------------ drawing


def table(
    c: Any,
    y: float,
    cols: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[str]],
    *,
    size: float = 9,
    step: float = 14,
    rule: bool = True,
    right: Sequence[int] = (),
) -> float:
    """A header row of labels at the given x, a rule under it, then rows; returns the next baseline.

    Columns listed in ``right`` are set flush right at the next column's x minus a gap (numbers)."""
    c.setFont("Helvetica-Bold", size)
    for label, x in cols:
        c.drawString(x, y, label)
    if rule:
        c.setLineWidth(0.6)
        c.line(cols[0][1], y - 4, 572, y - 4)
    y -= step + 2
    c.setFont("Helvetica", size)
    for row in rows:
        for i, ((_, x), cell) in enumerate(zip(cols, row, strict=True)):
            if i in right:
                edge = cols[i + 1][1] - 12 if i + 1 < len(cols) else 572
                c.drawRightString(edge, y, cell)
            else:
                c.drawString(x, y, cell)
        y -= step
    return y


def lines_at(c: Any, x: float, y: float, texts: Sequence[str], font: str = "Helvetica", size: float = 9,
             step: float = 13) -> float:  # fmt: skip
    c.setFont(font, size)
    for text in texts:
        c.drawString(x, y, text)
        y -= step
    return y


Row = tuple[str, float, float, str]  # font, size, distance of the baseline below the top, text


def certificate(
    doc: str,
    color: str,
    rows: Sequence[Row],
    *,
    fields: Sequence[tuple[float, float, Sequence[str]]] = (),
    field_style: tuple[str, float, float] = ("Helvetica", 12, 18),
    footer: tuple[float, float, float, str] | None = None,
    signature: tuple[float, float, str, str] | None = None,
) -> Draw:
    """A framed certificate: centred ``rows``, blocks of field lines at (x, below top), a footer in small
    print at (x, y, size) and a signature at (x, y; a negative x counts from the right edge)."""

    def draw(c: Any, w: float, h: float) -> None:
        _frame(c, w, h, color)
        _centred(c, w, h, list(rows))
        font, size, step = field_style
        for x, below_top, texts in fields:
            lines_at(c, x, h - below_top, texts, font, size, step)
        if footer is not None:
            x, y, size, text = footer
            c.setFont("Helvetica", size)
            c.drawString(x, y, text)
        if signature is not None:
            x, y, signer, title = signature
            _signature(c, x if x >= 0 else w + x, y, 200, doc, signer, title)

    draw.__doc__ = doc
    return draw


# ------------------------------------------------------------------------------ state POST records


@issuer_doc(
    "tcole_psr",
    name="Robert A. Martinez",
    doc_type="transcript",
    items=[
        T(
            "School-Based Law Enforcement", "2022-07-21", 20.0, "school_safety", "tcole-4064"
        ),  # one date: the end
        T("Intermediate Child Abuse Prevention and Investigation", "2021-10-15", 24.0, "juvenile"),
        T("Crisis Intervention Training", "2022-03-02", 40.0, "unrelated", sure=False),
        T("Use of Force", "2022-11-09", 4.0, "unrelated"),
        T("Active Shooter Response for Schools", "2023-02-13", 8.0, "school_safety", "school-active-shooter"),
        T("Legislative Update", "2023-10-04", 4.0, "unrelated", sure=False),
    ],
)
def _tcole_psr(c: Any, w: float, h: float) -> None:
    """A Texas TCOLE style Personal Status Report: a person block, licences and certificates with
    their dates, then course history by training unit with unit totals and a career total."""
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(w / 2, h - 40, "TEXAS COMMISSION ON LAW ENFORCEMENT")
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(w / 2, h - 56, "Personal Status Report")
    lines_at(c, 40, h - 84, [
        "Name: MARTINEZ, ROBERT A.          PID: 0412345          Report Date: 03/14/2025",
        "Agency: Travis County Sheriff's Office (453110)     Phone: (512) 555-0147",
    ])  # fmt: skip
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, h - 124, "Licenses")
    y = table(c, h - 140, [("License", 40), ("Issue Date", 260), ("Status", 360)],
              [["Peace Officer License", "06/15/2011", "Active"]])  # fmt: skip
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, y - 8, "Certificates")
    y = table(c, y - 24, [("Certificate", 40), ("Issue Date", 260)],
              [["Basic Peace Officer", "12/01/2012"],
               ["Intermediate Peace Officer", "05/20/2016"]])  # fmt: skip
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, y - 8, "Course Completion History")
    cols = [
        ("Course No.", 40),
        ("Course Title", 95),
        ("Course Date", 350),
        ("Hours", 412),
        ("Training Provider", 450),
    ]
    y = lines_at(c, 40, y - 26, ["Training Unit 09/01/2021 - 08/31/2023"], "Helvetica-Bold", 9)
    y = table(c, y - 4, cols, [
        ["3232", "Intermediate Child Abuse Prevention and Investigation", "10/15/2021", "24",
         "Austin PD Academy"],
        ["1850", "Crisis Intervention Training", "03/02/2022", "40", "Capital Area COG"],
        ["4064", "School-Based Law Enforcement", "07/21/2022", "20", "Round Rock ISD PD"],
        ["3344", "Use of Force", "11/09/2022", "4", "Travis County SO"],
        ["3841", "Active Shooter Response for Schools", "02/13/2023", "8", "Travis County SO"],
    ])  # fmt: skip
    y = lines_at(c, 300, y - 2, ["Unit Total Hours: 96"], "Helvetica-Bold", 9)
    y = lines_at(c, 40, y - 8, ["Training Unit 09/01/2023 - 08/31/2025"], "Helvetica-Bold", 9)
    y = table(c, y - 4, cols, [
        ["3270", "Legislative Update", "10/04/2023", "4", "Travis County SO"],
    ])  # fmt: skip
    y = lines_at(c, 300, y - 2, ["Unit Total Hours: 4", "Total Training Hours: 1,284"], "Helvetica-Bold", 9)
    c.setFont("Helvetica", 7)
    c.drawString(40, 30, "This report reflects records on file with TCOLE as of 03/14/2025.   Page 1 of 1")


@issuer_doc(
    "fdle_atms",
    name="Keandra L. Whitfield",
    doc_type="transcript",
    items=[
        T("Juvenile Sex Offender Investigations", "2020-02-10", 24.0, "juvenile", end="2020-02-12"),
        T("School Resource Officer Basic", "2021-06-07", 40.0, "basic", end="2021-06-11"),
        T("Human Diversity", "2022-01-20", 4.0, "unrelated", sure=False),
        T("Youth Mental Health First Aid", "2022-09-14", 8.0, "juvenile", "ymhfa"),
        T("Threat Assessment in Schools", "2023-04-03", 16.0, "school_safety", end="2023-04-04"),
    ],
)
def _fdle_atms(c: Any, w: float, h: float) -> None:
    """A Florida FDLE ATMS style officer training report: begin and end dates, a result column with
    a failed and a cancelled (0.00) row, and a mandatory retraining block with required/completed."""
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 40, "Florida Department of Law Enforcement")
    c.setFont("Helvetica", 10)
    c.drawString(40, h - 55, "Automated Training Management System - Officer Training Report")
    lines_at(c, 40, h - 82, [
        "Officer: Keandra L. Whitfield        Officer ID: 287441        DOB: 04/02/1988",
        "Employing Agency: Pinellas County Schools Police        Certification: Law Enforcement 09/30/2014",
    ])  # fmt: skip
    cols = [("Course #", 40), ("Course Name", 92), ("Begin Date", 300), ("End Date", 360), ("Hours", 420),
            ("Result", 460), ("Training School", 505)]  # fmt: skip
    y = table(c, h - 124, cols, [
        ["1214", "Juvenile Sex Offender Investigations", "02/10/2020", "02/12/2020", "24.00", "Pass", "SPC"],
        ["2305", "School Resource Officer Basic", "06/07/2021", "06/11/2021", "40.00", "Pass", "FASRO"],
        ["1185", "Human Diversity", "01/20/2022", "01/20/2022", "4.00", "Pass", "PCSO"],
        ["1733", "Firearms Instructor", "05/02/2022", "05/13/2022", "80.00", "Fail", "SPC"],
        ["2201", "Youth Mental Health First Aid", "09/14/2022", "09/14/2022", "8.00", "Pass", "PCSP"],
        ["1990", "Interview and Interrogation", "11/07/2022", "11/08/2022", "0.00", "Cancelled", "SPC"],
        ["2420", "Threat Assessment in Schools", "04/03/2023", "04/04/2023", "16.00", "Pass", "USF"],
    ], size=8, right=(4,))  # fmt: skip
    y = lines_at(c, 40, y - 14, [
        "Mandatory Retraining Cycle: 07/01/2020 - 06/30/2024",
        "Hours Required: 40.00      Hours Completed: 92.00      Status: Compliant",
    ], "Helvetica-Bold", 9)  # fmt: skip
    c.setFont("Helvetica", 7)
    c.drawString(40, 30, "FDLE - Criminal Justice Professionalism   Tel (850) 410-8600   Printed 02/03/2025")


@issuer_doc(
    "ca_post_profile",
    name="Daniel J. Okafor",
    doc_type="transcript",
    items=[
        T("School Resource Officer Basic", "2019-08-16", 40.0, "basic"),  # only the end date printed
        T("Juvenile Law and Procedures Update", "2020-03-05", 8.0, "juvenile", "juvenile-law"),
        T("Arrest and Control", "2021-01-22", 12.0, "unrelated"),
        T("Interviewing Juveniles", "2021-09-30", 16.0, "juvenile", "juvenile-interview"),
        T("School Threat Assessment", "2022-05-18", 8.0, "school_safety"),
        T("Domestic Violence Update", "2022-11-02", 4.0, "unrelated"),
        T("Gang Awareness", "2023-03-09", 8.0, "juvenile"),
        T("Tactical Communications", "2023-08-21", 8.0, "unrelated"),
        T("Child Abuse Investigation", "2024-02-27", 24.0, "juvenile", "child-abuse-inv"),
    ],
)
def _ca_post_profile(c: Any, w: float, h: float) -> None:
    """A California POST style Profile Report over two pages: course control numbers with a dash,
    presenter names, an end-date column, hours to two decimals, the header repeated on page 2 and
    "Page 1 of 2" footers."""

    def head(page: int) -> float:
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(w / 2, h - 40, "Commission on Peace Officer Standards and Training")
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(w / 2, h - 55, "POST Profile Report")
        lines_at(c, 40, h - 80, [
            "POST ID: 188-4421     Name: OKAFOR, DANIEL J.     Department: Oakland Unified School Dist. PD",
        ])  # fmt: skip
        c.setFont("Helvetica", 7)
        c.drawString(w - 100, 30, f"Page {page} of 2")
        return h - 112

    cols = [("Course", 40), ("Title", 120), ("Presenter", 330), ("End Date", 450), ("Hours", 510)]
    rows1 = [
        ["2150-21875", "School Resource Officer Basic", "San Diego Regional", "08/16/2019", "40.00"],
        ["1850-20015", "Juvenile Law and Procedures Update", "Alameda Co. DA", "03/05/2020", "8.00"],
        ["9510-21330", "Arrest and Control", "Oakland Police Academy", "01/22/2021", "12.00"],
        ["2150-21990", "Interviewing Juveniles", "CA Dept of Justice", "09/30/2021", "16.00"],
        ["1850-22440", "School Threat Assessment", "Alameda Co. Sheriff", "05/18/2022", "8.00"],
    ]
    rows2 = [
        ["9510-22610", "Domestic Violence Update", "Oakland Police Academy", "11/02/2022", "4.00"],
        ["2150-23017", "Gang Awareness", "CA Gang Investigators", "03/09/2023", "8.00"],
        ["9510-23202", "Tactical Communications", "Oakland Police Academy", "08/21/2023", "8.00"],
        ["1850-24115", "Child Abuse Investigation", "CA Dept of Justice", "02/27/2024", "24.00"],
    ]
    c.setFont("Helvetica-Bold", 10)
    y = head(1)
    y = lines_at(c, 40, y, ["Certificates Awarded"], "Helvetica-Bold", 10)
    y = table(c, y - 4, [("Certificate", 40), ("Award Date", 300)],
              [["Basic Certificate", "01/14/2015"], ["Intermediate Certificate", "02/20/2019"]])  # fmt: skip
    y = lines_at(c, 40, y - 10, ["Training History"], "Helvetica-Bold", 10)
    table(c, y - 4, cols, rows1, right=(4,))
    c.showPage()
    y = head(2)
    y = table(c, y, cols, rows2, right=(4,))
    lines_at(c, 330, y - 6, ["Total Hours: 128.00"], "Helvetica-Bold", 9)


@issuer_doc(
    "georgia_post",
    name="Latoya M. Jenkins",
    doc_type="transcript",
    items=[
        T("Basic School Resource Officer Course", "2018-03-05", 40.0, "basic", end="2018-03-09"),
        T("Use of Force", "2023-01-11", 1.0, "unrelated"),
        T("De-escalation", "2023-01-11", 1.0, "unrelated", sure=False),
        T("Firearms Qualification", "2023-03-22", 4.0, "unrelated", "firearms-qual"),
        T("Cyberbullying and Youth", "2023-06-06", 2.0, "juvenile", "bullying-prevention"),
        T("Standardized Field Sobriety Testing", "2024-02-14", 24.0, "unrelated", "sfst", end="2024-02-16"),
    ],
)
def _georgia_post(c: Any, w: float, h: float) -> None:
    """A Georgia POST style training history: date range in one cell ("03/05/2018 - 03/09/2018"), an
    academy column, a yearly requirement table (required / completed) and a cumulative total."""
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 40, "Georgia Peace Officer Standards and Training Council")
    lines_at(c, 40, h - 58, [
        "Officer Training History",
        "Name: Latoya M. Jenkins     POST Number: 0091-4472     Employed: Clayton County Public Schools PD",
    ], size=10)  # fmt: skip
    cols = [("Class Dates", 40), ("Course Title", 170), ("Hours", 410), ("Academy", 450)]
    y = table(c, h - 110, cols, [
        ["03/05/2018 - 03/09/2018", "Basic School Resource Officer Course", "40", "GPSTC Forsyth"],
        ["01/11/2023", "Use of Force", "1", "CCPS PD"],
        ["01/11/2023", "De-escalation", "1", "CCPS PD"],
        ["03/22/2023", "Firearms Qualification", "4", "CCPS PD"],
        ["06/06/2023", "Cyberbullying and Youth", "2", "CCPS PD"],
        ["02/14/2024 - 02/16/2024", "Standardized Field Sobriety Testing", "24", "GPSTC Forsyth"],
    ])  # fmt: skip
    y = lines_at(c, 40, y - 12, ["Annual Training Requirement"], "Helvetica-Bold", 10)
    table(c, y - 4, [("Year", 40), ("Hours Required", 120), ("Hours Completed", 230), ("Status", 350)], [
        ["2023", "20", "8", "Deficient"],
        ["2024", "20", "24", "Complete"],
    ])  # fmt: skip
    lines_at(c, 40, 80, ["Cumulative Training Hours: 1,102", "Phone: (770) 555-0185   Fax: (770) 555-0186"])


@issuer_doc(
    "ohio_opota",
    name="Michael P. Novak",
    doc_type="transcript",
    items=[
        T("Active Shooter Response for Schools", "2022-04-12", 8.0, "school_safety", "school-active-shooter"),
        T("Juvenile Law Update", "2022-09-20", 4.0, "juvenile", "juvenile-law"),
        T("Crisis Intervention Teams for Youth", "2023-05-19", 40.0, "juvenile", "cit-youth"),
        T("Bloodborne Pathogens", "2023-08-01", 1.5, "unrelated"),
    ],
)
def _ohio_opota(c: Any, w: float, h: float) -> None:
    """An Ohio OPOTA style transcript: completion date and credit hours, an "online" delivery column,
    a continuing professional training (CPT) summary with hours required and completed."""
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 40, "Ohio Peace Officer Training Academy")
    lines_at(c, 40, h - 58, ["Student Transcript", "Student: Michael P. Novak     OPOTA ID: 55-20931",
                             "Agency: Lorain City Schools"], size=10)  # fmt: skip
    cols = [("Course Title", 40), ("Delivery", 270), ("Completion Date", 340), ("Credit Hours", 430),
            ("Status", 500)]  # fmt: skip
    y = table(c, h - 118, cols, [
        ["Active Shooter Response for Schools", "Classroom", "04/12/2022", "8.00", "Complete"],
        ["Juvenile Law Update", "eOPOTA", "09/20/2022", "4.00", "Complete"],
        ["Crisis Intervention Teams for Youth", "Classroom", "05/19/2023", "40.00", "Complete"],
        ["Bloodborne Pathogens", "eOPOTA", "08/01/2023", "1.50", "Complete"],
        ["Officer Wellness and Resiliency", "eOPOTA", "10/03/2023", "2.00", "Incomplete"],
    ], right=(3,))  # fmt: skip
    lines_at(c, 40, y - 14, ["CPT Year 2023:  Hours Required 24.00   Hours Completed 45.50   Compliant"],
             "Helvetica-Bold", 9)  # fmt: skip


# ----------------------------------------------------------------------------- online platforms


@issuer_doc(
    "vector_transcript",
    name="Samantha R. Cole",
    doc_type="transcript",
    items=[
        T("Bloodborne Pathogens", "2023-01-09", 0.5, "unrelated"),
        T("Juvenile Interviewing Techniques", "2023-02-15", 1.25, "juvenile", "juvenile-interview"),
        T("Recognizing Child Abuse and Neglect", "2023-03-01", 1.0, "juvenile"),
        T("Active Shooter Response for Schools", "2023-03-20", 2.0, "school_safety", "school-active-shooter"),
        T("Vehicle Pursuit Policy", "2023-04-11", 0.75, "unrelated"),
        T("Bullying Prevention", "2023-05-02", 1.0, "juvenile", "bullying-prevention"),
    ],
)
def _vector_transcript(c: Any, w: float, h: float) -> None:
    """An online academy user transcript: course ids with digits, fractional credit hours, a score
    column, an in-progress row without a date, and a total."""
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 40, "Vector Solutions | Law Enforcement Academy")
    lines_at(c, 40, h - 60, ["User Transcript", "Name: Samantha R. Cole      User ID: scole4471",
                             "Organization: Maple Heights Police Department"], size=10)  # fmt: skip
    cols = [("Course ID", 40), ("Course Title", 100), ("Completion Date", 330), ("Score", 420),
            ("Credit Hours", 470)]  # fmt: skip
    y = table(c, h - 120, cols, [
        ["10442", "Bloodborne Pathogens", "01/09/2023", "100%", "0.50"],
        ["20817", "Juvenile Interviewing Techniques", "02/15/2023", "90%", "1.25"],
        ["20533", "Recognizing Child Abuse and Neglect", "03/01/2023", "85%", "1.00"],
        ["31207", "Active Shooter Response for Schools", "03/20/2023", "95%", "2.00"],
        ["10871", "Vehicle Pursuit Policy", "04/11/2023", "100%", "0.75"],
        ["20644", "Bullying Prevention", "05/02/2023", "100%", "1.00"],
        ["30911", "Officer Involved Shooting Aftermath", "In Progress", "", "1.50"],
    ], right=(4,))  # fmt: skip
    lines_at(c, 300, y - 6, ["Total Credit Hours Completed: 6.50"], "Helvetica-Bold", 9)


issuer_doc(
    "vector_certificate",
    name="Samantha R. Cole",
    items=[T("Recognizing Child Abuse and Neglect", "2023-03-01", 1.0, "juvenile")],
    pagesize=landscape(letter),
)(
    certificate(
        """An online course certificate: "Completion Date", "Credit Hours", "Course ID", a certificate
        number and a state credit line with its own approval date.""",
        "#0b4f8a",
        [
            ("Helvetica-Bold", 14, 70, "Vector Solutions Law Enforcement Academy"),
            ("Helvetica-Bold", 30, 120, "Certificate of Completion"),
            ("Helvetica", 13, 160, "This certifies that"),
            ("Helvetica-Bold", 26, 198, "Samantha R. Cole"),
            ("Helvetica", 13, 232, "has successfully completed the online course"),
            ("Helvetica-Bold", 20, 266, "Recognizing Child Abuse and Neglect"),
        ],
        fields=[
            (180, 310, ["Course ID: 20533", "Completion Date: 03/01/2023", "Credit Hours: 1.00"]),
            (
                440,
                310,
                ["Certificate #: VS-2023-0301-88412", "Approved: 11/15/2022", "State Course #: 20533-OH"],
            ),
        ],
    )
)


@issuer_doc(
    "safeschools_transcript",
    name="Carlos E. Mendoza",
    doc_type="transcript",
    items=[
        T("Bullying: Recognition and Response", "2023-09-12", 0.75, "juvenile"),
        T("Youth Suicide: Awareness, Prevention and Postvention", "2023-09-14", 1.0, "juvenile"),
        T("Active Shooter", "2023-09-19", 0.5, "school_safety", sure=False),
        T("Child Abuse: Mandatory Reporting", "2023-10-02", 0.5, "juvenile"),
    ],
)
def _safeschools_transcript(c: Any, w: float, h: float) -> None:
    """A SafeSchools style staff training transcript: an "Assigned" date beside the "Completed" one,
    hours with two decimals, a "Not Started" row, the district's phone number."""
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 40, "SafeSchools Training")
    lines_at(c, 40, h - 60, ["Training Transcript for Carlos E. Mendoza",
                             "Employee ID: 004471    Location: Westfield High School",
                             "Westfield Unified School District  (555) 555-0142"], size=10)  # fmt: skip
    cols = [("Course", 40), ("Assigned", 300), ("Completed", 380), ("Hours", 470)]
    table(c, h - 120, cols, [
        ["Bullying: Recognition and Response", "08/15/2023", "09/12/2023", "0.75"],
        ["Youth Suicide: Awareness, Prevention and Postvention", "08/15/2023", "09/14/2023", "1.00"],
        ["Active Shooter", "08/15/2023", "09/19/2023", "0.50"],
        ["Child Abuse: Mandatory Reporting", "08/15/2023", "10/02/2023", "0.50"],
        ["Sexual Harassment: Staff-to-Student", "08/15/2023", "Not Started", "0.50"],
    ])  # fmt: skip


# ----------------------------------------------------------------------------- certificates


issuer_doc(
    "fema_is907",
    name="Angela M. Brooks",
    items=[T("IS-00907 Active Shooter: What You Can Do", "2023-04-03", 1.0, "school_safety", "fema-is-907")],
    pagesize=landscape(letter),
)(
    certificate(
        """A FEMA EMI independent-study certificate: "Issued this 3rd day of April, 2023", 0.1 IACET CEU.""",
        "#003366",
        [
            ("Times-Bold", 14, 60, "U.S. Department of Homeland Security"),
            ("Times-Roman", 12, 78, "Federal Emergency Management Agency - Emergency Management Institute"),
            ("Times-BoldItalic", 30, 125, "Certificate of Achievement"),
            ("Times-Roman", 13, 160, "This Certificate of Achievement is to acknowledge that"),
            ("Times-Bold", 26, 198, "ANGELA M. BROOKS"),
            ("Times-Roman", 13, 230, "has reached the level of achievement set by the Department of"),
            (
                "Times-Roman",
                13,
                248,
                "Homeland Security, FEMA, for the successful",
            ),
            ("Times-Roman", 13, 266, "completion of"),
            ("Times-Bold", 18, 292, "IS-00907 Active Shooter: What You Can Do"),
            ("Times-Roman", 13, 322, "Issued this 3rd Day of April, 2023"),
            ("Times-Roman", 12, 344, "0.1 IACET CEU"),
        ],
        signature=(80, 80, "Jeffrey D. Stern", "Superintendent, EMI"),
    )
)

issuer_doc(
    "cpi_nci",
    name="Terrence D. Walsh",
    items=[T("Nonviolent Crisis Intervention", "2022-10-12", 6.0, "unrelated", sure=False)],
    pagesize=landscape(letter),
)(
    certificate(
        """A CPI style certificate: program, hours, training date, an expiry and a "recertification due"
        date, a learner id and the instructor's certification number.""",
        "#6b1f7a",
        [
            ("Helvetica-Bold", 14, 70, "Crisis Prevention Institute"),
            ("Helvetica-Bold", 28, 115, "Certificate of Completion"),
            ("Helvetica", 13, 150, "This certifies that"),
            ("Helvetica-Bold", 24, 185, "Terrence D. Walsh"),
            ("Helvetica", 13, 215, "has successfully completed"),
            ("Helvetica-Bold", 20, 248, "Nonviolent Crisis Intervention"),
        ],
        fields=[
            (160, 300, ["Date of Training: 10/12/2022", "Hours: 6", "Expires: 10/12/2024",
                        "Recertification Due: 10/2024"]),
            (430, 300, ["Learner ID: 7730218", "Certified Instructor: Maria Velez",
                        "Instructor #: CI-55120"]),
        ],
    )
)  # fmt: skip

issuer_doc(
    "alice_instructor",
    name="Kevin J. Thornton",
    items=[T("ALICE Instructor Certification Course", "2022-06-02", 16.0, "school_safety", end="2022-06-03")],
    pagesize=landscape(letter),
)(
    certificate(
        """An ALICE style instructor certificate: a two-day range within one month, "valid through", an
        instructor id and a phone number.""",
        "#c0392b",
        [
            ("Helvetica-Bold", 15, 70, "ALICE Training Institute"),
            ("Times-Bold", 30, 118, "Certificate of Completion"),
            ("Times-Roman", 14, 155, "is hereby granted to"),
            ("Times-Bold", 26, 193, "Kevin J. Thornton"),
            ("Times-Roman", 14, 226, "for successfully completing the"),
            ("Times-Bold", 20, 260, "ALICE Instructor Certification Course"),
            ("Times-Roman", 13, 292, "June 2-3, 2022  |  16 Hours"),
            ("Times-Roman", 11, 318, "Instructor certification valid through 06/03/2024"),
        ],
        footer=(60, 45, 8, "Instructor ID 445-221   |   (330) 555-0199   |   alicetraining.example.com"),
        signature=(-280, 80, "Greg Crane", "Founder"),
    )
)

issuer_doc(
    "ncjtc",
    name="Monica A. Delgado",
    items=[T("Child Abduction Response Team Training", "2023-03-07", 20.0, "juvenile", end="2023-03-09")],
    pagesize=landscape(letter),
)(
    certificate(
        """An NCJTC style certificate: a day range in one month, a location, hours and a grant line full of
        numbers (award number, CFDA, "Session 2 of 3").""",
        "#2c3e50",
        [
            ("Helvetica-Bold", 13, 65, "National Criminal Justice Training Center"),
            ("Helvetica", 11, 82, "of Fox Valley Technical College"),
            ("Times-Bold", 30, 125, "Certificate of Completion"),
            ("Times-Roman", 14, 160, "awarded to"),
            ("Times-Bold", 26, 198, "Monica A. Delgado"),
            ("Times-Roman", 14, 230, "for completion of"),
            ("Times-Bold", 20, 262, "Child Abduction Response Team Training"),
            ("Times-Roman", 13, 294, "March 7-9, 2023  -  Albuquerque, New Mexico"),
            ("Times-Roman", 13, 314, "20.0 Hours"),
        ],
        footer=(50, 40, 7, "This project was supported by Award No. 2019-MC-FX-K012 (CFDA 16.543) awarded "
                           "by OJJDP. Session 2 of 3."),
        signature=(-280, 70, "Kevin Cramer", "Director"),
    )
)  # fmt: skip

issuer_doc(
    "ileeta",
    name="Bradley S. Kim",
    doc_type="conference_attendance",
    items=[T("ILEETA Conference & Expo", "2023-04-17", 24.0, "unrelated", end="2023-04-22", sure=False)],
    pagesize=landscape(letter),
)(
    certificate(
        """A trainers' conference attendance certificate (not NASRO's): a week-long range, training hours.""",
        "#1a5276",
        [
            ("Helvetica-Bold", 12, 65, "International Law Enforcement Educators and Trainers Association"),
            ("Times-Bold", 30, 115, "Certificate of Attendance"),
            ("Times-Roman", 14, 150, "This certifies that"),
            ("Times-Bold", 26, 188, "Bradley S. Kim"),
            ("Times-Roman", 14, 220, "attended the"),
            ("Times-Bold", 20, 252, "ILEETA Conference & Expo"),
            ("Times-Roman", 13, 284, "April 17-22, 2023  -  St. Louis, Missouri"),
            ("Times-Roman", 13, 304, "24 Training Hours"),
        ],
        footer=(60, 45, 8, "Member #: 20417   |   Phone 262-767-1406"),
    )
)

issuer_doc(
    "txssc_4064",
    name="Alicia R. Gomez",
    items=[
        T("School-Based Law Enforcement", "2024-01-08", 20.0, "school_safety", "tcole-4064", end="2024-01-10")
    ],
)(
    certificate(
        """A state school safety center certificate naming the state course number, a range printed with
        weekdays, a provider number and an issue date.""",
        "#501214",
        [
            ("Helvetica-Bold", 15, 80, "Texas School Safety Center"),
            ("Helvetica", 11, 97, "at Texas State University"),
            ("Times-Bold", 28, 150, "Certificate of Completion"),
            ("Times-Roman", 14, 190, "presented to"),
            ("Times-Bold", 24, 228, "Alicia R. Gomez"),
            ("Times-Roman", 14, 262, "for successful completion of"),
            ("Times-Bold", 18, 296, "School-Based Law Enforcement (TCOLE Course #4064)"),
            ("Times-Roman", 13, 330, "Monday, January 8, 2024 - Wednesday, January 10, 2024"),
            ("Times-Roman", 13, 350, "20 TCOLE Hours"),
        ],
        footer=(60, 60, 8, "TCOLE Provider #1234   Issued 01/12/2024   txssc.example.edu   (512) 555-0111"),
        signature=(200, 120, "Kathy Martinez-Prather", "Director"),
    )
)


@issuer_doc(
    "sheriff_inservice",
    name="Deputy Travis L. Boone",
    doc_type="transcript",
    items=[
        T("Juvenile Law Update", "2024-01-16", 4.0, "juvenile", "juvenile-law"),
        T("Firearms Qualification", "2024-02-07", 4.0, "unrelated", "firearms-qual"),
        T("School Emergency Operations Planning", "2024-03-12", 8.0, "school_safety", "school-emergency-ops"),
        T("Defensive Tactics Refresher", "2024-04-23", 8.0, "unrelated", "defensive-tactics"),
    ],
)
def _sheriff_inservice(c: Any, w: float, h: float) -> None:
    """A sheriff's office in-service record: a running cumulative-hours column right of the hours
    column, an instructor column, badge and phone numbers in the heading."""
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 40, "Marion County Sheriff's Office - Training Section")
    lines_at(c, 40, h - 60, ["2024 In-Service Training Record", "Deputy: Travis L. Boone     Badge # 7731",
                             "Phone (352) 555-0178   Fax (352) 555-0179"], size=10)  # fmt: skip
    cols = [("Date", 40), ("Course", 110), ("Instructor", 330), ("Hours", 440), ("Cumulative", 500)]
    table(c, h - 120, cols, [
        ["01/16/2024", "Juvenile Law Update", "Sgt. R. Hale", "4.0", "4.0"],
        ["02/07/2024", "Firearms Qualification", "Cpl. D. Ortiz", "4.0", "8.0"],
        ["03/12/2024", "School Emergency Operations Planning", "Lt. M. Grant", "8.0", "16.0"],
        ["04/23/2024", "Defensive Tactics Refresher", "Cpl. D. Ortiz", "8.0", "24.0"],
    ])  # fmt: skip


@issuer_doc(
    "sign_in_roster",
    name="Deputy Travis L. Boone",
    doc_type="other",
    items=[T("Juvenile Law Update", "2024-01-16", 4.0, "juvenile", "juvenile-law")],
)
def _sign_in_roster(c: Any, w: float, h: float) -> None:
    """A class sign-in roster: one course and date, then many deputies with badge numbers. The course's
    facts are sure; whose record it is is the ledger's name check (it names several people)."""
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 40, "Marion County Sheriff's Office - In-Service Sign-In Roster")
    lines_at(c, 40, h - 64, ["Course: Juvenile Law Update",
                             "Date: 01/16/2024      Hours: 4      Session 2 of 3",
                             "Instructor: Sgt. R. Hale"], size=10)  # fmt: skip
    table(c, h - 130, [("Name", 40), ("Badge #", 220), ("Signature", 300), ("Hours", 480)], [
        ["Travis L. Boone", "7731", "", "4"],
        ["Renee A. Castillo", "6620", "", "4"],
        ["Marcus D. Webb", "8014", "", "4"],
        ["Hannah K. Olsen", "5127", "", "4"],
    ], step=22)  # fmt: skip


issuer_doc(
    "bilingual",
    name="Rosa M. Villanueva",
    items=[T("Youth Crisis Intervention", "2023-03-15", 8.0, "juvenile")],
    pagesize=landscape(letter),
)(
    certificate(
        """A bilingual (Spanish / English) certificate: each label in both languages, the date both ways.""",
        "#196f3d",
        [
            ("Helvetica-Bold", 13, 62, "Departamento de Policía de Ponce / Ponce Police Department"),
            ("Times-Bold", 24, 105, "Certificado de Finalización"),
            ("Times-Italic", 16, 128, "Certificate of Completion"),
            ("Times-Roman", 13, 162, "Otorgado a / Awarded to"),
            ("Times-Bold", 24, 196, "Rosa M. Villanueva"),
        ],
        fields=[
            (150, 250, [
                "Curso / Course: Youth Crisis Intervention",
                "Fecha / Date: 15 de marzo de 2023 / March 15, 2023",
                "Horas / Hours: 8",
                "Instructor: Agte. Luis Rivera   Placa / Badge 3310",
            ]),
        ],
        field_style=("Times-Roman", 14, 24),
    )
)  # fmt: skip
