"""Documents that look like training but prove no completion, round two: several courses on one page.

Round eight of the certificate wordings (``tests/novel_certificates_8.py``) drew one course per page: a
registration, an invoice line, a course taught, part of one attended. Here each page lists two or more
courses with their dates and hours, so it is read as a table (a record) whose rows would be credited one
by one: a multi-line invoice, a payment receipt, a quote, an order confirmation, a registration
confirmation of several sessions, a waitlist notice, a certificate and a letter of enrolment, a schedule
of courses the holder is to attend, an academy's training calendar, a course catalogue, a syllabus of
modules, a training agenda, a sign-up sheet, a training request form, a transcript whose every row is
"Registered" or "In Progress". And records that ARE proof, worded near them, whose completed rows must
stay ``auto``: a "Completed" status column, a record mixing completed and registered rows, a record whose
footer invites the reader to register for next year's courses, an academy's transcript of a finished
program, a certificate listing the courses completed.

Drawn from general knowledge of such documents, not copied from any corpus. Truth as in
``tests.records_round5``: a no-completion document has no truth row (any ``auto`` item on it is wrong) and
its courses in :data:`tests.records_round5.NOT_CREDITED`; a control has one truth row per course it proves
completed.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from tests.issuer_formats import IssuerDoc, lines_at, table
from tests.records_round5 import _head
from tests.records_round5 import record as round5_record
from tests.records_round8 import ASR, BULLY, CAN, CIT, DT, FIRE, IIJ, JLAW, SEOP, SRP, TIP, YMHFA, R

NONPROOF2: dict[str, IssuerDoc] = {}
# the documents proving no completion (every other one is a control: a record of courses completed)
NO_PROOF: set[str] = set()

record = partial(round5_record, into=NONPROOF2)


def no_proof(key: str, name: str, courses: tuple[tuple[str, str, str], ...]) -> Any:
    """Registers a document proving no completion of any of its ``courses``."""
    NO_PROOF.add(key)
    return record(key, name=name, items=[], not_credited=[c[0] for c in courses])


def _t(course: tuple[str, str, str]) -> str:
    return course[0]


# ------------------------------------------------------------------------------ no completion


@no_proof("invoice_lines", "Marisol T. Quintanilla", (YMHFA, CAN, SRP))
def _invoice_lines(c: Any, w: float, h: float) -> None:
    """An academy's invoice: a line per course with its dates, hours and fee, a total due."""
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, h - 48, "INVOICE")
    lines_at(c, 40, h - 70, ["Tri-County Regional Training Academy", "1400 Academy Way, Dunmore, PA 18512"])
    lines_at(c, 380, h - 48, ["Invoice No. 2024-0871", "Invoice Date: 01/22/2024", "Terms: Net 30"])
    lines_at(
        c,
        40,
        h - 120,
        ["Bill To: Harlan Township Police Department", "Attendee: Ofc. Marisol T. Quintanilla"],
    )
    cols = [("Date(s)", 40), ("Course", 150), ("Hours", 400), ("Amount", 470)]
    y = table(c, h - 165, cols, [
        ["02/06/2024", _t(YMHFA), "8.0", "$150.00"],
        ["03/12/2024 - 03/13/2024", _t(CAN), "16.0", "$325.00"],
        ["04/09/2024", _t(SRP), "4.0", "$95.00"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 380, y - 10, ["Subtotal: $570.00", "Total Due: $570.00"], font="Helvetica-Bold", size=10)
    lines_at(c, 40, y - 60, ["Make checks payable to Tri-County Regional Training Academy."])


@no_proof("payment_receipt", "Devon R. Achterberg", (JLAW, TIP))
def _payment_receipt(c: Any, w: float, h: float) -> None:
    """An online store's payment receipt for two courses: "Amount Paid", a card's last digits."""
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, h - 48, "Payment Receipt")
    lines_at(
        c,
        40,
        h - 70,
        [
            "Keystone Law Enforcement Training Institute",
            "Receipt #: KR-55821",
            "Received from: Devon R. Achterberg",
            "Date paid: 08/14/2023",
        ],
    )
    cols = [("Course", 40), ("Session Dates", 300), ("Hours", 420), ("Fee", 490)]
    y = table(c, h - 150, cols, [
        [_t(JLAW), "09/19/2023", "8", "$120.00"],
        [_t(TIP), "10/24/2023", "8", "$120.00"],
    ], right=(2,))  # fmt: skip
    lines_at(
        c, 40, y - 14, ["Amount Paid: $240.00   Visa ending 4417", "Thank you for your payment."], size=10
    )


@no_proof("quote_estimate", "Kendra L. Oyelaran", (ASR, SEOP, BULLY))
def _quote_estimate(c: Any, w: float, h: float) -> None:
    """A training vendor's price quote for three courses, valid for 60 days."""
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, h - 48, "Training Services Quote")
    lines_at(
        c,
        40,
        h - 70,
        [
            "Sentinel School Safety Group, LLC",
            "Quote #: Q-3390    Valid until: 07/31/2023",
            "Prepared for: Sgt. Kendra L. Oyelaran, Millbrook ISD Police",
        ],
    )
    cols = [("Proposed Date", 40), ("Course", 140), ("Hours", 400), ("Price", 470)]
    y = table(c, h - 140, cols, [
        ["08/08/2023", _t(ASR), "8", "$2,400.00"],
        ["08/09/2023", _t(SEOP), "8", "$2,400.00"],
        ["08/10/2023", _t(BULLY), "4", "$1,200.00"],
    ], right=(2,))  # fmt: skip
    lines_at(
        c, 40, y - 14, ["Estimated total: $6,000.00", "This quote is not an invoice. Prices valid 60 days."]
    )


@no_proof("order_confirmation", "Benedikt O. Carrasco", (YMHFA, IIJ))
def _order_confirmation(c: Any, w: float, h: float) -> None:
    """An e-commerce order confirmation printed from e-mail: "Order #", "Order Summary", two courses."""
    lines_at(
        c,
        40,
        h - 40,
        [
            "From: orders@copsonlinetraining.com",
            "Subject: Your order #884201 is confirmed",
            "To: Benedikt O. Carrasco",
        ],
        size=9,
    )
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, h - 100, "Order Summary")
    cols = [("Item", 40), ("Class Date", 320), ("Credit Hours", 410), ("Price", 500)]
    y = table(c, h - 125, cols, [
        [_t(YMHFA), "05/02/2024", "8.0", "$89.00"],
        [_t(IIJ), "05/16/2024", "8.0", "$89.00"],
    ], right=(2,))  # fmt: skip
    lines_at(
        c, 40, y - 14, ["Order total: $178.00", "Your courses will appear in My Learning on the class date."]
    )


@no_proof("registration_sessions", "Anneliese P. Mwangi", (SRP, ASR, FIRE))
def _registration_sessions(c: Any, w: float, h: float) -> None:
    """A registration confirmation of three sessions, printed from the learning system."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 48, "Registration Confirmation")
    lines_at(
        c,
        40,
        h - 70,
        [
            "Lakeview County Sheriff's Office - Training Unit",
            "Registrant: Dep. Anneliese P. Mwangi   ID 40417",
            "You are registered for the following sessions:",
        ],
        size=10,
    )
    cols = [("Session Date", 40), ("Course", 140), ("Hours", 420), ("Room", 480)]
    table(c, h - 135, cols, [
        ["09/05/2024", _t(SRP), "4.0", "B-12"],
        ["09/18/2024", _t(ASR), "8.0", "Gym"],
        ["10/02/2024", _t(FIRE), "4.0", "Range"],
    ], right=(2,))  # fmt: skip


@no_proof("waitlist_notice", "Cordelia J. Banerjee", (CIT, TIP))
def _waitlist_notice(c: Any, w: float, h: float) -> None:
    """A waitlist notice: the holder is on the waiting list of two full classes."""
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, h - 48, "Waitlist Notification")
    lines_at(
        c,
        40,
        h - 70,
        [
            "Pinecrest Police Training Center",
            "Officer Cordelia J. Banerjee",
            "You have been placed on the waitlist for the classes below. We will",
            "contact you if a seat becomes available.",
        ],
        size=10,
    )
    cols = [("Class", 40), ("Date", 320), ("Hours", 410), ("Position", 480)]
    table(c, h - 150, cols, [
        [_t(CIT), "11/06/2023", "8.0", "3"],
        [_t(TIP), "11/20/2023", "8.0", "7"],
    ], right=(2,))  # fmt: skip


@no_proof("certificate_of_enrollment", "Tobias N. Fairweather", (YMHFA, JLAW, IIJ))
def _certificate_of_enrollment(c: Any, w: float, h: float) -> None:
    """A "Certificate of Enrollment": its holder is enrolled in three courses, nothing completed."""
    c.setFont("Helvetica-Bold", 20)
    c.drawCentredString(w / 2, h - 70, "Certificate of Enrollment")
    c.setFont("Helvetica", 11)
    c.drawCentredString(w / 2, h - 100, "This certifies that")
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(w / 2, h - 122, "Tobias N. Fairweather")
    c.setFont("Helvetica", 11)
    c.drawCentredString(w / 2, h - 144, "is enrolled in the following courses of the Spring 2024 term:")
    cols = [("Course", 80), ("Dates", 330), ("Hours", 470)]
    table(c, h - 180, cols, [
        [_t(YMHFA), "03/05/2024", "8.0"],
        [_t(JLAW), "03/19/2024", "8.0"],
        [_t(IIJ), "04/02/2024", "8.0"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 80, h - 260, ["Northern Plains Criminal Justice Institute", "Registrar"], size=10)


@no_proof("enrollment_letter", "Priya S. Holloway", (CAN, SEOP))
def _enrollment_letter(c: Any, w: float, h: float) -> None:
    """A letter confirming enrolment in two upcoming courses, for the officer's department."""
    lines_at(
        c,
        40,
        h - 48,
        [
            "Westbrook Community College - Public Safety Institute",
            "May 3, 2023",
            "",
            "To Whom It May Concern:",
            "",
            "This letter confirms that Officer Priya S. Holloway is currently enrolled in",
            "the following courses offered by the Institute this summer:",
        ],
        size=10,
    )
    cols = [("Course", 60), ("Dates", 330), ("Hours", 460)]
    y = table(c, h - 160, cols, [
        [_t(CAN), "06/12/2023 - 06/13/2023", "16"],
        [_t(SEOP), "07/10/2023", "8"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, y - 14, ["Sincerely,", "", "Dana K. Whitcomb, Enrollment Services"], size=10)


@no_proof("scheduled_courses", "Reginald F. Osei", (ASR, DT, SRP))
def _scheduled_courses(c: Any, w: float, h: float) -> None:
    """A training coordinator's memo: the officer's schedule of courses for the coming quarter."""
    _head(c, h, "Harborview Police Department", "Individual Training Schedule - Q3 2024", "Reginald F. Osei")
    lines_at(c, 40, h - 96, ["You are scheduled to attend the following courses. Report 15 minutes early."])
    cols = [("Date", 40), ("Course", 120), ("Hours", 420), ("Location", 480)]
    table(c, h - 125, cols, [
        ["07/16/2024", _t(ASR), "8.0", "HQ"],
        ["08/06/2024", _t(DT), "4.0", "Gym"],
        ["09/10/2024", _t(SRP), "4.0", "HQ"],
    ], right=(2,))  # fmt: skip


@no_proof("training_calendar", "", (YMHFA, CIT, SRP, FIRE))
def _training_calendar(c: Any, w: float, h: float) -> None:
    """An academy's calendar of open classes: dates, hours, seats available; nobody named."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 48, "Fall 2024 Training Calendar")
    lines_at(c, 40, h - 68, ["Mid-State Law Enforcement Training Center"], size=10)
    cols = [("Date", 40), ("Course", 120), ("Hours", 390), ("Seats", 450), ("Cost", 510)]
    table(c, h - 100, cols, [
        ["09/11/2024", _t(YMHFA), "8", "12", "$0"],
        ["09/25/2024", _t(CIT), "8", "4", "$75"],
        ["10/09/2024", _t(SRP), "4", "20", "$0"],
        ["10/23/2024", _t(FIRE), "4", "8", "$0"],
    ], right=(2,))  # fmt: skip


@no_proof("course_catalog", "", (ASR, BULLY, TIP))
def _course_catalog(c: Any, w: float, h: float) -> None:
    """A page of a course catalogue: offerings with their dates and hours, and how to sign up."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 48, "2023-2024 Course Catalog")
    lines_at(c, 40, h - 68, ["School Safety Courses - Coastal Regional Academy"], size=10)
    cols = [("Course Offering", 40), ("Date", 320), ("Hours", 410), ("Tuition", 480)]
    y = table(c, h - 100, cols, [
        [_t(ASR), "10/17/2023", "8", "$110"],
        [_t(BULLY), "11/14/2023", "4", "$60"],
        [_t(TIP), "01/23/2024", "8", "$110"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, y - 14, ["Seats are limited. Enroll early through the academy portal."])


@no_proof("syllabus_modules", "", (JLAW, IIJ, CAN))
def _syllabus_modules(c: Any, w: float, h: float) -> None:
    """A course syllabus: its modules with dates and hours, an instructor, nobody taking it named."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 48, "Course Syllabus: Juvenile Justice for SROs")
    lines_at(c, 40, h - 68, ["Instructor: Lt. Harriet Ombasa      Term: Fall 2023"], size=10)
    cols = [("Week of", 40), ("Module", 120), ("Hours", 440)]
    table(c, h - 100, cols, [
        ["09/05/2023", _t(JLAW), "8"],
        ["09/12/2023", _t(IIJ), "8"],
        ["09/19/2023", _t(CAN), "8"],
    ], right=(2,))  # fmt: skip


@no_proof("training_agenda", "Malachi D. Strand", (SRP, ASR, BULLY))
def _training_agenda(c: Any, w: float, h: float) -> None:
    """A two-day in-service agenda printed for a participant before it begins."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 48, "In-Service Training Agenda")
    lines_at(
        c, 40, h - 68, ["Granite Falls School District Police", "Participant: Malachi D. Strand"], size=10
    )
    cols = [("Date", 40), ("Session", 120), ("Hours", 420), ("Presenter", 470)]
    table(c, h - 110, cols, [
        ["08/12/2024", _t(SRP), "4.0", "Sgt. Lee"],
        ["08/12/2024", _t(ASR), "4.0", "Lt. Ortiz"],
        ["08/13/2024", _t(BULLY), "4.0", "Dr. Pace"],
    ], right=(2,))  # fmt: skip


@no_proof("sign_up_sheet", "Esperanza V. Lindqvist", (YMHFA, TIP, DT))
def _sign_up_sheet(c: Any, w: float, h: float) -> None:
    """An officer's course sign-up sheet: the classes they asked for, with hours, a supervisor to approve."""
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, h - 48, "Course Sign-Up Sheet")
    lines_at(c, 40, h - 68, ["Oak Hollow Police Department", "Officer: Esperanza V. Lindqvist   Unit: SRO"])
    cols = [("Requested Course", 40), ("Date", 320), ("Hours", 400), ("Approved", 470)]
    y = table(c, h - 110, cols, [
        [_t(YMHFA), "02/20/2024", "8", "[ ]"],
        [_t(TIP), "03/19/2024", "8", "[ ]"],
        [_t(DT), "04/16/2024", "4", "[ ]"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, y - 20, ["Supervisor signature: ____________________"])


@no_proof("training_request_form", "Wendell A. Nakamura", (CAN, JLAW))
def _training_request_form(c: Any, w: float, h: float) -> None:
    """A training request form for two courses, its approval boxes blank."""
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, h - 48, "Training Request Form")
    lines_at(c, 40, h - 68, ["Fairhaven Police Department", "Employee: Wendell A. Nakamura   Badge 118"])
    cols = [("Course", 40), ("Dates", 300), ("Hours", 420), ("Cost", 480)]
    y = table(c, h - 110, cols, [
        [_t(CAN), "10/03/2023 - 10/04/2023", "16", "$250"],
        [_t(JLAW), "11/07/2023", "8", "$125"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, y - 20, ["Approved: [ ] Yes  [ ] No     Chief: ______________"])


@no_proof("transcript_registered", "Ophelia G. Tanaka", (SEOP, CIT, FIRE))
def _transcript_registered(c: Any, w: float, h: float) -> None:
    """A learning system's transcript whose every row is registered or in progress: nothing completed."""
    _head(c, h, "Bayside Unified School District Police", "Learning Transcript", "Ophelia G. Tanaka")
    cols = [("Course", 40), ("Start", 310), ("Hours", 380), ("Status", 450)]
    table(c, h - 110, cols, [
        [_t(SEOP), "01/09/2025", "8.0", "Registered"],
        [_t(CIT), "02/13/2025", "8.0", "In Progress"],
        [_t(FIRE), "03/06/2025", "4.0", "Registered"],
    ], right=(2,))  # fmt: skip


@no_proof("upcoming_classes_roster", "Ignacio B. Feldmann", (ASR, SRP))
def _upcoming_classes(c: Any, w: float, h: float) -> None:
    """An "Upcoming Classes" list for one officer, printed from the training portal."""
    _head(c, h, "Silver Lake Police Department", "My Upcoming Classes", "Ignacio B. Feldmann")
    cols = [("Class Date", 40), ("Title", 130), ("Hours", 420), ("Seat", 480)]
    table(c, h - 110, cols, [
        ["06/04/2025", _t(ASR), "8.0", "Confirmed"],
        ["06/18/2025", _t(SRP), "4.0", "Confirmed"],
    ], right=(2,))  # fmt: skip


@no_proof("brochure_who_should_attend", "", (CIT, IIJ))
def _brochure_who_should_attend(c: Any, w: float, h: float) -> None:
    """A flyer announcing two courses: "Who should attend", dates and hours, "Register by"."""
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, h - 50, "Youth Crisis Response Series")
    lines_at(
        c,
        40,
        h - 72,
        [
            "Presented by the Upstate Juvenile Officers Association",
            "Who should attend: SROs, juvenile detectives, school administrators",
        ],
        size=10,
    )
    cols = [("Course", 40), ("Date", 320), ("Hours", 410), ("Fee", 480)]
    y = table(c, h - 120, cols, [
        [_t(CIT), "03/14/2024", "8", "$95"],
        [_t(IIJ), "04/11/2024", "8", "$95"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, y - 14, ["Register by March 1 at www.ujoa.org/training"], size=10)


# ------------------------------------------------------------------------------ controls (proof)


@record(
    "completed_status_column",
    name="Lucinda M. Abernethy",
    items=[R(YMHFA, "2023-02-07", 8.0), R(JLAW, "2023-05-16", 8.0), R(SRP, "2023-09-12", 4.0)],
)
def _completed_status_column(c: Any, w: float, h: float) -> None:
    """A department record with a Status column saying "Completed" on every row."""
    _head(c, h, "Brookfield Police Department", "Training Record", "Lucinda M. Abernethy")
    cols = [("Date", 40), ("Course", 120), ("Hours", 400), ("Status", 460)]
    table(c, h - 110, cols, [
        ["02/07/2023", _t(YMHFA), "8.0", "Completed"],
        ["05/16/2023", _t(JLAW), "8.0", "Completed"],
        ["09/12/2023", _t(SRP), "4.0", "Completed"],
    ], right=(2,))  # fmt: skip


@record(
    "completed_and_registered",
    name="Rafferty J. Nwosu",
    items=[R(ASR, "2023-03-21", 8.0), R(TIP, "2023-10-10", 8.0)],
    not_credited=(_t(IIJ), _t(SEOP)),
)
def _completed_and_registered(c: Any, w: float, h: float) -> None:
    """A transcript mixing completed rows and rows registered for: only the completed are credited."""
    _head(c, h, "Elm Grove School District Police", "Learning Transcript", "Rafferty J. Nwosu")
    cols = [("Course", 40), ("Date", 310), ("Hours", 380), ("Status", 450)]
    table(c, h - 110, cols, [
        [_t(ASR), "03/21/2023", "8.0", "Completed"],
        [_t(TIP), "10/10/2023", "8.0", "Completed"],
        [_t(IIJ), "02/05/2025", "8.0", "Registered"],
        [_t(SEOP), "03/12/2025", "8.0", "Registered"],
    ], right=(2,))  # fmt: skip


@record(
    "record_footer_register",
    name="Genevieve K. Okafor",
    items=[
        R(CAN, "2022-04-12", 16.0, end="2022-04-13"),
        R(BULLY, "2022-09-20", 4.0),
        R(FIRE, "2023-01-17", 4.0),
    ],
)
def _record_footer_register(c: Any, w: float, h: float) -> None:
    """A completed-training record whose footer invites the reader to register for next year's courses and
    names the registration office: a record still."""
    _head(c, h, "Cascade County Sheriff's Office", "Training History", "Genevieve K. Okafor")
    cols = [("Start", 40), ("End", 110), ("Course", 180), ("Hours", 470)]
    table(c, h - 110, cols, [
        ["04/12/2022", "04/13/2022", _t(CAN), "16.0"],
        ["09/20/2022", "09/20/2022", _t(BULLY), "4.0"],
        ["01/17/2023", "01/17/2023", _t(FIRE), "4.0"],
    ], right=(3,))  # fmt: skip
    lines_at(
        c,
        40,
        70,
        [
            "Questions about this record: Training Records & Registration Office, (509) 555-0142.",
            "To register for 2024 courses, visit the training portal.",
        ],
        size=8,
    )


@record(
    "academy_program_transcript",
    name="Cassius T. Villanueva",
    items=[
        R(JLAW, "2022-06-06", 8.0),
        R(IIJ, "2022-06-07", 8.0),
        R(CAN, "2022-06-08", 16.0, end="2022-06-09"),
    ],
)
def _academy_program_transcript(c: Any, w: float, h: float) -> None:
    """An academy's official transcript of a finished program, "Grade: Pass" per course."""
    _head(
        c,
        h,
        "State Criminal Justice Training Academy",
        "Official Transcript - Juvenile Officer Program",
        "Cassius T. Villanueva",
    )
    cols = [("Course", 40), ("From", 290), ("To", 360), ("Hours", 430), ("Grade", 490)]
    table(c, h - 110, cols, [
        [_t(JLAW), "06/06/2022", "06/06/2022", "8", "Pass"],
        [_t(IIJ), "06/07/2022", "06/07/2022", "8", "Pass"],
        [_t(CAN), "06/08/2022", "06/09/2022", "16", "Pass"],
    ], right=(3,))  # fmt: skip
    lines_at(c, 40, h - 200, ["Program status: Completed 06/09/2022"], size=10)


@record(
    "multi_course_certificate",
    name="Harriet Q. Lindgren",
    items=[R(YMHFA, "2024-01-16", 8.0), R(TIP, "2024-01-17", 8.0)],
)
def _multi_course_certificate(c: Any, w: float, h: float) -> None:
    """A certificate listing two courses its holder completed, with a date and hours each."""
    c.setFont("Helvetica-Bold", 22)
    c.drawCentredString(w / 2, h - 90, "Certificate of Completion")
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 125, "This certifies that")
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(w / 2, h - 150, "Harriet Q. Lindgren")
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 175, "has successfully completed the following courses:")
    cols = [("Course", 90), ("Date", 350), ("Hours", 460)]
    table(c, h - 210, cols, [
        [_t(YMHFA), "01/16/2024", "8.0"],
        [_t(TIP), "01/17/2024", "8.0"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 90, h - 290, ["Riverbend Regional Training Consortium", "Director of Training"], size=10)


@record(
    "record_with_invoice_column",
    name="Octavia L. Brennan",
    items=[R(SEOP, "2023-04-18", 8.0), R(CIT, "2023-08-22", 8.0), R(DT, "2024-02-27", 4.0)],
)
def _record_with_invoice_column(c: Any, w: float, h: float) -> None:
    """A department's completed-training record that also notes what each course cost (a "Cost" column):
    a record, not a bill."""
    _head(c, h, "Northgate Police Department", "Employee Training Record", "Octavia L. Brennan")
    cols = [("Completed", 40), ("Course", 120), ("Hours", 400), ("Cost", 470)]
    table(c, h - 110, cols, [
        ["04/18/2023", _t(SEOP), "8.0", "$0.00"],
        ["08/22/2023", _t(CIT), "8.0", "$75.00"],
        ["02/27/2024", _t(DT), "4.0", "$0.00"],
    ], right=(2,))  # fmt: skip
