"""Documents that look like training but prove no completion, round three: listings titled only under their
table, listings whose title a scan loses, an invoice inside a packet; certificates printing a grid.

Round two (``tests/nonproof_documents_2.py``) read a listing's title above its table. Here the words that say
"bill" or "schedule" are elsewhere: a receipt or an invoice titled only by its totals block under the lines
("Amount Paid", "Balance Due", "Subtotal: $", "Make checks payable"), a title printed so pale that a fax
drops it while the columns say it ("Qty", "Unit Price", "Seats Available", "Openings"), an invoice or a
registration stapled behind a certificate or a letter in one file. And the controls, worded near them,
whose rows must stay ``auto``: a record with a cost column and a "Total cost" line, a record with a
"Registered" and a "Completed" date column, a record with a "Fee Paid" column and a status per row, a
certificate of completion printing its courses in a "Course | Date | Hours" grid, a packet of a letter and
a record with costs.

Drawn from general knowledge of such documents, not copied from any corpus. Truth as in
``tests.records_round5``: a no-completion document has no truth row (any ``auto`` item on it is wrong);
a control has one truth row per course it proves completed.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from tests.issuer_formats import IssuerDoc, lines_at, table
from tests.multi_course_certificates_2 import ruled_grid
from tests.records_round5 import _head
from tests.records_round5 import record as round5_record
from tests.records_round8 import ASR, BULLY, CAN, CIT, DT, FIRE, IIJ, JLAW, SEOP, SRP, TIP, YMHFA, R

NONPROOF3: dict[str, IssuerDoc] = {}
NO_PROOF: set[str] = set()
# pages whose printed type is a certificate though their courses are in a table
CERTIFICATE_GRIDS = {"certificate_grid", "certificate_grid_awarded"}

record = partial(round5_record, into=NONPROOF3)
PALE = (0.86, 0.86, 0.86)  # a title a fax's threshold drops


def no_proof(key: str, name: str, courses: tuple[tuple[str, str, str], ...]) -> Any:
    """Registers a document proving no completion of any of its ``courses``."""
    NO_PROOF.add(key)
    return record(key, name=name, items=[], not_credited=[c[0] for c in courses])


def _t(course: tuple[str, str, str]) -> str:
    return course[0]


def _pale_title(c: Any, h: float, text: str) -> None:
    c.setFillColorRGB(*PALE)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, h - 46, text)
    c.setFillColorRGB(0, 0, 0)


def _certificate(c: Any, w: float, h: float, name: str, course: str, day: str, hours: str) -> None:
    c.setFont("Helvetica-Bold", 22)
    c.drawCentredString(w / 2, h - 110, "Certificate of Completion")
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 150, "This certifies that")
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(w / 2, h - 178, name)
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 206, "has successfully completed")
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(w / 2, h - 232, course)
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 258, f"on {day}, {hours} hours of instruction")
    lines_at(c, 90, h - 340, ["Lakeshore Regional Police Academy", "Director of Training"], size=10)


def _letter(
    c: Any, h: float, agency: str, address: str, name: str, facts: tuple[str, ...], chief: str
) -> None:
    """An SRO's employment letter (``facts``: hired, school, SRO since, pronoun), a packet's first page."""
    hired, school, since, pronoun = facts
    lines_at(c, 72, h - 72, [agency, address], size=11)
    lines_at(c, 72, h - 130, ["To Whom It May Concern:"], size=11)
    lines_at(c, 72, h - 160, [
        f"This letter verifies that Officer {name} has been employed by the {agency}",
        f"since {hired}, and has served as a School Resource Officer at {school}",
        f"since {since}. {pronoun} is currently assigned to that post.",
    ], size=11, step=16)  # fmt: skip
    lines_at(c, 72, h - 260, ["Sincerely,", "", chief], size=11, step=16)


# ------------------------------------------------------------------ no completion: the title under the table


@no_proof("receipt_paid_below", "Devon R. Achterberg", (JLAW, TIP, SRP))
def _receipt_paid_below(c: Any, w: float, h: float) -> None:
    """A store's receipt titled only by its foot: the courses, then "Amount Paid" and a card's digits."""
    lines_at(
        c,
        40,
        h - 48,
        ["Keystone Law Enforcement Training Institute", "88 Market St, Harrisburg, PA"],
        size=11,
    )
    lines_at(c, 40, h - 84, ["Customer: Devon R. Achterberg"], size=10)
    cols = [("Course", 40), ("Session Date", 300), ("Hours", 410), ("Fee", 480)]
    y = table(c, h - 115, cols, [
        [_t(JLAW), "09/19/2023", "8", "$120.00"],
        [_t(TIP), "10/24/2023", "8", "$120.00"],
        [_t(SRP), "11/07/2023", "4", "$60.00"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 330, y - 14, ["Amount Paid: $300.00", "Visa ending 4417", "Thank you!"], size=10)


@no_proof("invoice_balance_due_below", "Marisol T. Quintanilla", (YMHFA, CAN))
def _invoice_balance_due_below(c: Any, w: float, h: float) -> None:
    """A bill whose top names only the academy and the department billed; its totals block says it."""
    lines_at(
        c,
        40,
        h - 48,
        ["Tri-County Regional Training Academy", "1400 Academy Way, Dunmore, PA 18512"],
        size=11,
    )
    lines_at(
        c, 40, h - 90, ["Harlan Township Police Department", "Attn: Ofc. Marisol T. Quintanilla"], size=10
    )
    cols = [("Date(s)", 40), ("Course", 150), ("Hours", 400), ("Amount", 470)]
    y = table(c, h - 135, cols, [
        ["02/06/2024", _t(YMHFA), "8.0", "$150.00"],
        ["03/12/2024 - 03/13/2024", _t(CAN), "16.0", "$325.00"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 380, y - 10, ["Subtotal: $475.00", "Balance Due: $475.00"], font="Helvetica-Bold", size=10)
    lines_at(c, 40, y - 60, ["Make checks payable to Tri-County Regional Training Academy."], size=9)


@no_proof("statement_total_due_below", "Kendra L. Oyelaran", (ASR, SEOP, BULLY))
def _statement_total_due_below(c: Any, w: float, h: float) -> None:
    """A vendor's statement of account: a heading of names and numbers, "Total Due" under the lines."""
    lines_at(c, 40, h - 48, ["Sentinel School Safety Group, LLC", "Account 30-118"], size=11)
    lines_at(c, 40, h - 84, ["Sgt. Kendra L. Oyelaran, Millbrook ISD Police"], size=10)
    cols = [("Date", 40), ("Description", 140), ("Hours", 400), ("Charge", 470)]
    y = table(c, h - 115, cols, [
        ["08/08/2023", _t(ASR), "8", "$240.00"],
        ["08/09/2023", _t(SEOP), "8", "$240.00"],
        ["08/10/2023", _t(BULLY), "4", "$120.00"],
    ], right=(2,))  # fmt: skip
    lines_at(
        c, 380, y - 12, ["Total Due: $600.00", "Payment due within 30 days"], font="Helvetica-Bold", size=10
    )


# ------------------------------------------------------------------ no completion: a title a fax loses


@no_proof("order_qty_unit_price", "Tobias N. Ferreira", (IIJ, CIT))
def _order_qty_unit_price(c: Any, w: float, h: float) -> None:
    """An order in pale print: the columns "Qty", "Unit Price", "Line Total" say it."""
    _pale_title(c, h, "ORDER")
    lines_at(
        c, 40, h - 70, ["Great Lakes Juvenile Officers Network", "Ordered by: Tobias N. Ferreira"], size=10
    )
    cols = [
        ("Course", 40),
        ("Date", 270),
        ("Hours", 340),
        ("Qty", 390),
        ("Unit Price", 430),
        ("Line Total", 510),
    ]
    table(c, h - 110, cols, [
        [_t(IIJ), "05/14/2024", "8", "1", "$95.00", "$95.00"],
        [_t(CIT), "06/11/2024", "8", "1", "$95.00", "$95.00"],
    ], right=(2,))  # fmt: skip


@no_proof("schedule_seats_available", "Priya S. Halvorsen", (YMHFA, JLAW, SRP))
def _schedule_seats_available(c: Any, w: float, h: float) -> None:
    """A pale-titled class schedule: a "Seats Available" column."""
    _pale_title(c, h, "Spring Class Schedule")
    lines_at(
        c,
        40,
        h - 70,
        ["Cedar Valley Public Safety Training Center", "Prepared for: Priya S. Halvorsen"],
        size=10,
    )
    cols = [("Date", 40), ("Course", 120), ("Hours", 400), ("Seats Available", 450)]
    table(c, h - 110, cols, [
        ["03/05/2024", _t(YMHFA), "8", "12"],
        ["03/19/2024", _t(JLAW), "8", "4"],
        ["04/02/2024", _t(SRP), "4", "20"],
    ], right=(2,))  # fmt: skip


@no_proof("classes_openings", "Elias W. Montgomery", (TIP, CAN))
def _classes_openings(c: Any, w: float, h: float) -> None:
    """A pale-titled list of classes offered with an "Openings" column."""
    _pale_title(c, h, "Classes Offered")
    lines_at(c, 40, h - 70, ["Region 4 Law Enforcement Academy", "Contact: Elias W. Montgomery"], size=10)
    cols = [("Course", 40), ("Dates", 300), ("Hours", 420), ("Openings", 480)]
    table(c, h - 110, cols, [
        [_t(TIP), "07/09/2024", "8", "6"],
        [_t(CAN), "07/23/2024 - 07/24/2024", "16", "0"],
    ], right=(2,))  # fmt: skip


@no_proof("tuition_paid_in_full", "Nadia F. Castellanos", (SEOP, FIRE))
def _tuition_paid_in_full(c: Any, w: float, h: float) -> None:
    """A pale-titled tuition statement: "Paid in full" and a card under the table."""
    _pale_title(c, h, "Tuition Statement")
    lines_at(
        c, 40, h - 70, ["Mid-State Criminal Justice Institute", "Student: Nadia F. Castellanos"], size=10
    )
    cols = [("Course", 40), ("Date", 300), ("Hours", 400), ("Tuition", 470)]
    y = table(c, h - 110, cols, [
        [_t(SEOP), "01/16/2024", "8", "$180.00"],
        [_t(FIRE), "01/30/2024", "4", "$60.00"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 330, y - 14, ["PAID IN FULL - Mastercard ending 2231"], size=10)


# ------------------------------------------------------------------ no completion: an invoice in a packet


@record(
    "packet_certificate_invoice",
    name="Gideon P. Marchetti",
    items=[R(YMHFA, "2023-03-14", 8.0)],
    not_credited=(_t(JLAW), _t(IIJ), _t(SRP)),
)
def _packet_certificate_invoice(c: Any, w: float, h: float) -> None:
    """A certificate of one course, and behind it the academy's invoice for three others."""
    _certificate(c, w, h, "Gideon P. Marchetti", _t(YMHFA), "March 14, 2023", "8")
    c.showPage()
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, h - 48, "INVOICE")
    lines_at(c, 380, h - 48, ["Invoice No. 23-0412", "Invoice Date: 04/02/2023"])
    lines_at(c, 40, h - 75, ["Lakeshore Regional Police Academy", "Bill To: Brandt City Police Department"])
    cols = [("Date", 40), ("Course", 130), ("Hours", 400), ("Amount", 470)]
    y = table(c, h - 120, cols, [
        ["05/09/2023", _t(JLAW), "8", "$110.00"],
        ["05/23/2023", _t(IIJ), "8", "$110.00"],
        ["06/06/2023", _t(SRP), "4", "$55.00"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 380, y - 12, ["Total Due: $275.00"], font="Helvetica-Bold", size=10)


@no_proof("packet_letter_registration", "Rosalind K. Abara", (TIP, CIT, BULLY))
def _packet_letter_registration(c: Any, w: float, h: float) -> None:
    """An SRO's employment letter, and behind it a registration confirmation of three classes."""
    _letter(
        c,
        h,
        "Fairhaven Police Department",
        "210 Harbor Rd, Fairhaven, MA 02719",
        "Rosalind K. Abara",
        ("June 1, 2015", "Fairhaven High School", "August 20, 2019", "She"),
        "Chief Martin O. Daley",
    )
    c.showPage()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, h - 48, "Registration Confirmation")
    lines_at(
        c, 40, h - 70, ["Bay State Juvenile Officers Association", "Registrant: Rosalind K. Abara"], size=10
    )
    cols = [("Course", 40), ("Date", 320), ("Hours", 410), ("Fee", 480)]
    table(c, h - 110, cols, [
        [_t(TIP), "05/07/2024", "8", "$85"],
        [_t(CIT), "05/21/2024", "8", "$85"],
        [_t(BULLY), "06/04/2024", "4", "$45"],
    ], right=(2,))  # fmt: skip


# ------------------------------------------------------------------ controls (proof)


@record(
    "record_cost_total",
    name="Octavia L. Brennan",
    items=[R(SEOP, "2023-04-18", 8.0), R(CIT, "2023-08-22", 8.0), R(DT, "2024-02-27", 4.0)],
)
def _record_cost_total(c: Any, w: float, h: float) -> None:
    """A completed-training record with a cost per row and "Total cost" and "Total hours" under it."""
    _head(c, h, "Northgate Police Department", "Employee Training Record", "Octavia L. Brennan")
    cols = [("Completed", 40), ("Course", 120), ("Hours", 400), ("Cost", 470)]
    y = table(c, h - 110, cols, [
        ["04/18/2023", _t(SEOP), "8.0", "$150.00"],
        ["08/22/2023", _t(CIT), "8.0", "$75.00"],
        ["02/27/2024", _t(DT), "4.0", "$50.00"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 330, y - 12, ["Total hours: 20.0", "Total cost: $275.00"], size=10)


@record(
    "record_registered_completed_dates",
    name="Lucinda M. Abernethy",
    items=[R(YMHFA, "2023-02-07", 8.0), R(JLAW, "2023-05-16", 8.0), R(ASR, "2023-09-12", 8.0)],
)
def _record_registered_completed_dates(c: Any, w: float, h: float) -> None:
    """An LMS record with a "Registered" date and a "Completed" date per row, and "Completed" status."""
    _head(c, h, "Brookfield Police Department", "Learning History", "Lucinda M. Abernethy")
    cols = [("Course", 40), ("Registered", 290), ("Completed", 360), ("Hours", 430), ("Status", 480)]
    table(c, h - 110, cols, [
        [_t(YMHFA), "01/10/2023", "02/07/2023", "8.0", "Completed"],
        [_t(JLAW), "04/02/2023", "05/16/2023", "8.0", "Completed"],
        [_t(ASR), "08/15/2023", "09/12/2023", "8.0", "Completed"],
    ], right=(3,))  # fmt: skip


@record(
    "record_fee_paid_status",
    name="Marcus J. Whitfield",
    items=[R(TIP, "2022-10-11", 8.0), R(IIJ, "2023-03-07", 8.0)],
)
def _record_fee_paid_status(c: Any, w: float, h: float) -> None:
    """A training record noting the fee the department paid and a status per row; a records footer."""
    _head(c, h, "Pinecrest County Sheriff's Office", "Training History", "Marcus J. Whitfield")
    cols = [("Date", 40), ("Course", 120), ("Hours", 390), ("Fee Paid", 440), ("Status", 510)]
    y = table(c, h - 110, cols, [
        ["10/11/2022", _t(TIP), "8.0", "$90.00", "Completed"],
        ["03/07/2023", _t(IIJ), "8.0", "$90.00", "Completed"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, y - 20, ["Questions: Training Records Unit, (509) 555-0188. Printed 06/01/2024."], size=8)


@record(
    "certificate_grid",
    name="Harriet Q. Lindgren",
    items=[R(YMHFA, "2024-01-16", 8.0), R(TIP, "2024-01-17", 8.0), R(SRP, "2024-01-18", 4.0)],
)
def _certificate_grid(c: Any, w: float, h: float) -> None:
    """A certificate of completion printing the courses its holder completed in a ruled grid."""
    c.setFont("Helvetica-Bold", 24)
    c.drawCentredString(w / 2, h - 90, "Certificate of Completion")
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 125, "This is to certify that")
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(w / 2, h - 152, "Harriet Q. Lindgren")
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 178, "has successfully completed the following courses:")
    rows = [
        ("Course", "Date", "Hours"),
        (_t(YMHFA), "01/16/2024", "8.0"), (_t(TIP), "01/17/2024", "8.0"), (_t(SRP), "01/18/2024", "4.0"),
    ]  # fmt: skip
    ruled_grid(c, rows, (80, 370, 470, 540), h - 215)
    lines_at(c, 90, h - 360, ["Riverbend Regional Training Consortium", "Director of Training"], size=10)


@record(
    "certificate_grid_awarded",
    name="Desmond A. Okonkwo",
    items=[R(CAN, "2023-06-13", 16.0, end="2023-06-14"), R(IIJ, "2023-06-15", 8.0)],
)
def _certificate_grid_awarded(c: Any, w: float, h: float) -> None:
    """A certificate "awarded to" its holder for the courses in a grid, with an issue date after them."""
    c.setFont("Helvetica-Bold", 24)
    c.drawCentredString(w / 2, h - 90, "Certificate of Training")
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 125, "awarded to")
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(w / 2, h - 152, "Desmond A. Okonkwo")
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 178, "for the successful completion of")
    cols = [("Course", 80), ("Dates", 330), ("Hours", 470)]
    table(c, h - 210, cols, [
        [_t(CAN), "06/13/2023 - 06/14/2023", "16"],
        [_t(IIJ), "06/15/2023", "8"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 90, h - 330, ["Issued June 30, 2023", "Gulf Coast Juvenile Justice Academy"], size=10)


@record(
    "packet_letter_record_cost",
    name="Wendell S. Harrow",
    items=[R(ASR, "2022-09-13", 8.0), R(BULLY, "2023-01-24", 4.0), R(JLAW, "2023-04-11", 8.0)],
)
def _packet_letter_record_cost(c: Any, w: float, h: float) -> None:
    """An SRO's employment letter and a department's training record with a cost column behind it."""
    _letter(
        c,
        h,
        "Ridgefield Police Department",
        "12 Main St, Ridgefield, CT 06877",
        "Wendell S. Harrow",
        ("March 3, 2012", "Ridgefield Middle School", "August 25, 2018", "He"),
        "Chief Alana R. Pike",
    )
    c.showPage()
    _head(c, h, "Ridgefield Police Department", "Training Record", "Wendell S. Harrow")
    cols = [("Date", 40), ("Course", 120), ("Hours", 400), ("Cost", 470)]
    table(c, h - 110, cols, [
        ["09/13/2022", _t(ASR), "8.0", "$0.00"],
        ["01/24/2023", _t(BULLY), "4.0", "$40.00"],
        ["04/11/2023", _t(JLAW), "8.0", "$0.00"],
    ], right=(2,))  # fmt: skip
