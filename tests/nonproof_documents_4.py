"""Documents that look like training but prove no completion, round four: kinds rounds two and three did not
draw.

A bill whose only money column is a "Price" (no "Qty", no totals), a registration laid out as lines (no table)
behind a certificate in one packet, a schedule dated before every course it lists, an instructor's lesson plan
with hours per block, an instructor's teaching log (the holder TAUGHT the courses: the rules credit training
taken, so a person decides), a course evaluation form, a certificate template with "[Participant Name]" and
one stamped "SAMPLE" or "VOID", a training needs assessment, a proposed development plan ("Target Date"), a
cancellation notice and a cancelled-classes table, a request for out-of-state travel to a conference, an
e-mail "thanks for registering, here is your Zoom link", a class roster of many officers, an acceptance
letter, a class reminder, a memo of training the holder "will attend". And controls worded near them whose
completed rows must stay ``auto``: a record with a "Cost" column printed after its courses, a certificate
saying "void if altered", a letter listing courses attended as lines, a certificate naming its instructor and
its evaluation, a certificate dated the day of its course, a packet of a certificate and a record.

Drawn from general knowledge of such documents, not copied from any corpus. Truth as in
``tests.records_round5``: a no-completion document has no truth row (any ``auto`` item on it is wrong); a
control has one truth row per course it proves completed.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from tests.issuer_formats import IssuerDoc, lines_at, table
from tests.records_round5 import _head
from tests.records_round5 import record as round5_record
from tests.records_round8 import ASR, BULLY, CAN, CIT, DT, FIRE, IIJ, JLAW, SEOP, SRP, TIP, YMHFA, R

NONPROOF4: dict[str, IssuerDoc] = {}
NO_PROOF: set[str] = set()

record = partial(round5_record, into=NONPROOF4)


def no_proof(key: str, name: str, courses: tuple[tuple[str, str, str], ...]) -> Any:
    """Registers a document proving no completion of any of its ``courses``."""
    NO_PROOF.add(key)
    return record(key, name=name, items=[], not_credited=[c[0] for c in courses])


def _t(course: tuple[str, str, str]) -> str:
    return course[0]


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


def _stamp(c: Any, w: float, h: float, word: str) -> None:
    """A watermark across the page, in grey, as a template or a voided copy prints it."""
    c.saveState()
    c.setFillColorRGB(0.6, 0.6, 0.6)
    c.setFont("Helvetica-Bold", 90)
    c.translate(w / 2, h / 2 - 60)
    c.rotate(30)
    c.drawCentredString(0, 0, word)
    c.restoreState()


# ------------------------------------------------------------------ no completion: bills and plans


@no_proof("bill_price_column_only", "Leopold V. Ashcombe", (JLAW, CAN, SRP))
def _bill_price_column_only(c: Any, w: float, h: float) -> None:
    """A vendor's bill: a "Bill To" block and a "Price" column, no quantity, no totals, no title."""
    lines_at(c, 40, h - 48, ["Summit Ridge Training Partners", "402 Commerce Dr, Akron, OH 44308"], size=11)
    lines_at(c, 40, h - 90, ["Bill To: Stow Police Department", "Officer: Leopold V. Ashcombe"], size=10)
    cols = [("Course", 40), ("Date", 300), ("Hours", 390), ("Price", 470)]
    table(c, h - 130, cols, [
        [_t(JLAW), "09/10/2024", "8", "$150.00"],
        [_t(CAN), "10/15/2024", "8", "$150.00"],
        [_t(SRP), "11/12/2024", "4", "$75.00"],
    ], right=(2,))  # fmt: skip


@no_proof("price_column_customer", "Ingrid S. Falkenrath", (TIP, IIJ))
def _price_column_customer(c: Any, w: float, h: float) -> None:
    """A store's printout: "Customer" and a "Price" column, nothing else of a bill."""
    lines_at(c, 40, h - 48, ["Northstar Public Safety Learning", "northstar-learning.example"], size=11)
    lines_at(c, 40, h - 84, ["Customer: Ingrid S. Falkenrath"], size=10)
    cols = [("Class", 40), ("Class Date", 290), ("Hours", 390), ("Price", 470)]
    table(c, h - 115, cols, [
        [_t(TIP), "04/22/2024", "8", "$95.00"],
        [_t(IIJ), "05/20/2024", "8", "$95.00"],
    ], right=(2,))  # fmt: skip


@no_proof("schedule_dated_before", "Thaddeus M. Okafor", (ASR, SEOP, BULLY))
def _schedule_dated_before(c: Any, w: float, h: float) -> None:
    """A department's training assignments, dated before every course it lists; no word of a schedule."""
    _head(
        c, h, "Lakeview Police Department", "Training Assignments", "Thaddeus M. Okafor", "Date: 01/08/2024"
    )
    cols = [("Date", 40), ("Course", 130), ("Hours", 420)]
    table(c, h - 110, cols, [
        ["02/13/2024", _t(ASR), "8"],
        ["03/19/2024", _t(SEOP), "8"],
        ["04/16/2024", _t(BULLY), "4"],
    ], right=(2,))  # fmt: skip


@no_proof("lesson_plan_blocks", "Rosalind H. Achebe", (JLAW, IIJ, CAN))
def _lesson_plan_blocks(c: Any, w: float, h: float) -> None:
    """An instructor's lesson plan: blocks of instruction with their hours, the instructor named."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 46, "Lesson Plan - Juvenile Investigations In-Service")
    lines_at(c, 40, h - 66, ["Instructor: Sgt. Rosalind H. Achebe", "Prepared: 08/01/2024"], size=10)
    cols = [("Block", 40), ("Topic", 90), ("Date", 360), ("Hours", 450)]
    table(c, h - 110, cols, [
        ["1", _t(JLAW), "09/03/2024", "8"],
        ["2", _t(IIJ), "09/04/2024", "8"],
        ["3", _t(CAN), "09/05/2024", "8"],
    ], right=(3,))  # fmt: skip
    lines_at(c, 40, h - 200, ["Learning objectives and materials for each block are attached."], size=9)


@no_proof("teaching_log", "Cornelius J. Abernathy", (YMHFA, BULLY, SRP))
def _teaching_log(c: Any, w: float, h: float) -> None:
    """An instructor's teaching record: the courses the holder taught, hours taught and students."""
    _head(c, h, "Brazos County Sheriff's Office", "Instructor Teaching Record", "Cornelius J. Abernathy")
    cols = [("Date", 40), ("Course Taught", 120), ("Hours Taught", 390), ("Students", 480)]
    table(c, h - 110, cols, [
        ["03/07/2023", _t(YMHFA), "8", "22"],
        ["05/16/2023", _t(BULLY), "4", "31"],
        ["09/19/2023", _t(SRP), "4", "18"],
    ], right=(2, 3))  # fmt: skip


@no_proof("training_needs_assessment", "Philippa R. Stroud", (CIT, TIP, SEOP))
def _training_needs_assessment(c: Any, w: float, h: float) -> None:
    """A supervisor's training needs assessment: the courses recommended, by a target date."""
    _head(c, h, "Cold Spring Police Department", "Training Needs Assessment", "Philippa R. Stroud")
    cols = [("Recommended Course", 40), ("Target Date", 310), ("Hours", 400), ("Priority", 460)]
    table(c, h - 110, cols, [
        [_t(CIT), "06/30/2024", "8", "High"],
        [_t(TIP), "09/30/2024", "8", "Medium"],
        [_t(SEOP), "12/31/2024", "8", "Low"],
    ], right=(2,))  # fmt: skip


@no_proof("development_plan", "Augustin L. Prewitt", (YMHFA, JLAW))
def _development_plan(c: Any, w: float, h: float) -> None:
    """An individual development plan: planned courses with a target completion date."""
    _head(
        c, h, "Westbury School District Police", "Individual Development Plan FY2025", "Augustin L. Prewitt"
    )
    cols = [("Planned Training", 40), ("Target Completion", 300), ("Hours", 420)]
    table(c, h - 110, cols, [
        [_t(YMHFA), "10/31/2024", "8"],
        [_t(JLAW), "02/28/2025", "8"],
    ], right=(2,))  # fmt: skip
    lines_at(
        c, 40, h - 190, ["Employee signature: ____________   Supervisor signature: ____________"], size=9
    )


@no_proof("cancelled_classes", "Benedetta O. Kowalczyk", (ASR, CIT))
def _cancelled_classes(c: Any, w: float, h: float) -> None:
    """A notice of two classes cancelled, with their dates and hours."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 46, "Class Cancellation Notice")
    lines_at(c, 40, h - 66, ["Gateway Regional Academy", "To: Ofc. Benedetta O. Kowalczyk"], size=10)
    lines_at(c, 40, h - 100, ["The following classes have been cancelled due to low enrollment:"], size=10)
    cols = [("Course", 40), ("Date", 320), ("Hours", 420)]
    table(c, h - 130, cols, [
        [_t(ASR), "05/14/2024", "8"],
        [_t(CIT), "05/28/2024", "8"],
    ], right=(2,))  # fmt: skip


@no_proof("class_roster_many", "Marguerite E. Tillman", (JLAW,))
def _class_roster_many(c: Any, w: float, h: float) -> None:
    """A class roster: one course, a dozen officers listed, the applicant one of them."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 46, "Class Roster")
    lines_at(c, 40, h - 66, [f"Course: {_t(JLAW)}", "Date: 03/12/2024    Hours: 8"], size=10)
    people = [
        ("Ofc. Darnell K. Whitby", "Elm Grove PD"), ("Dep. Marguerite E. Tillman", "Kane County SO"),
        ("Sgt. Howard P. Lindquist", "Elm Grove PD"), ("Ofc. Yolanda R. Pryce", "Batavia PD"),
        ("Ofc. Stefan A. Moravec", "Geneva PD"), ("Dep. Colleen F. Hargrove", "Kane County SO"),
        ("Ofc. Rashid T. Benali", "St. Charles PD"), ("Ofc. Imogen L. Baptiste", "Batavia PD"),
    ]  # fmt: skip
    cols = [("#", 40), ("Name", 70), ("Agency", 300)]
    table(c, h - 110, cols, [[str(k + 1), n, a] for k, (n, a) in enumerate(people)])


# ------------------------------------------------------------------ no completion: one course on its page


@no_proof("course_evaluation_form", "Evander T. Moreau", (TIP,))
def _course_evaluation_form(c: Any, w: float, h: float) -> None:
    """A participant's course evaluation form: the course, its date and hours, ratings to circle."""
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, h - 50, "Course Evaluation")
    lines_at(c, 40, h - 80, [
        f"Course: {_t(TIP)}",
        "Date: 04/09/2024      Hours: 8",
        "Participant: Evander T. Moreau",
        "",
        "Please rate each statement: 1 = strongly disagree, 5 = strongly agree",
        "1. The objectives were clearly stated.            1   2   3   4   5",
        "2. The instructor knew the subject.              1   2   3   4   5",
        "3. The material applies to my assignment.        1   2   3   4   5",
        "Comments: ______________________________________________",
    ], size=10, step=18)  # fmt: skip


@no_proof("certificate_template_placeholder", "", (YMHFA,))
def _certificate_template_placeholder(c: Any, w: float, h: float) -> None:
    """A certificate template: "[Participant Name]" where a name goes, a SAMPLE watermark."""
    _stamp(c, w, h, "SAMPLE")
    _certificate(c, w, h, "[Participant Name]", _t(YMHFA), "[Date]", "8")
    lines_at(c, 90, h - 340, ["Heartland Behavioral Health Council", "Instructor signature"], size=10)


@no_proof("certificate_void_stamp", "Gwendolyn A. Marsh", (SEOP,))
def _certificate_void_stamp(c: Any, w: float, h: float) -> None:
    """A certificate stamped VOID across its face, and so printed under it."""
    _stamp(c, w, h, "VOID")
    _certificate(c, w, h, "Gwendolyn A. Marsh", _t(SEOP), "June 11, 2024", "8")
    lines_at(
        c,
        90,
        h - 340,
        ["Prairie State School Safety Center", "VOID - reissued, see certificate 24-0917"],
        size=10,
    )


@no_proof("certificate_specimen", "Jasper Q. Whitlock", (CIT,))
def _certificate_specimen(c: Any, w: float, h: float) -> None:
    """A specimen copy of a certificate: "SPECIMEN - NOT VALID" printed on it."""
    _certificate(c, w, h, "Jasper Q. Whitlock", _t(CIT), "May 2, 2024", "8")
    lines_at(
        c,
        90,
        h - 340,
        ["Three Rivers Crisis Training Institute", "SPECIMEN - NOT VALID AS A CERTIFICATE"],
        size=10,
    )


@no_proof("cancellation_notice", "Fenella J. Orsini", (CAN,))
def _cancellation_notice(c: Any, w: float, h: float) -> None:
    """A one-course cancellation notice."""
    lines_at(c, 72, h - 72, ["Valley Juvenile Officers Association", "March 4, 2024"], size=11)
    lines_at(c, 72, h - 130, ["Dear Officer Fenella J. Orsini,"], size=11)
    lines_at(c, 72, h - 160, [
        f"We regret to inform you that {_t(CAN)} (16 hours),",
        "scheduled for March 19-20, 2024, has been cancelled. Your fee will be refunded in full.",
        "We hope to offer the course again in the fall.",
    ], size=11, step=16)  # fmt: skip
    lines_at(c, 72, h - 240, ["Sincerely,", "", "Training Coordinator"], size=11, step=16)


@no_proof("travel_request_conference", "Lucian D. Ferreira", ())
def _travel_request_conference(c: Any, w: float, h: float) -> None:
    """A request for out-of-state travel to NASRO's conference: dates, estimated costs, signatures blank."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 46, "Request for Out-of-State Travel")
    lines_at(c, 40, h - 80, [
        "Employee: Officer Lucian D. Ferreira        Department: Marion Police Department",
        "Event: 2024 NASRO School Safety Conference",
        "Location: Grapevine, Texas        Dates: June 30 - July 5, 2024",
        "Estimated costs: Registration $595.00   Lodging $1,020.00   Airfare $410.00",
        "Supervisor approval: ______________   Chief approval: ______________",
    ], size=10, step=18)  # fmt: skip


@no_proof("zoom_link_email", "Harriet N. Castellano", (BULLY,))
def _zoom_link_email(c: Any, w: float, h: float) -> None:
    """An e-mail printed: thanks for registering, the Zoom link, the webinar's date and hours."""
    lines_at(c, 40, h - 50, [
        "From: events@schoolsafetyinstitute.example",
        "To: Harriet N. Castellano",
        f"Subject: {_t(BULLY)} - your Zoom link",
        "",
        "Hi Harriet,",
        f"Thanks for signing up for {_t(BULLY)} on April 17, 2024 (4 hours).",
        "Join Zoom Meeting: https://zoom.example/j/83311729004",
        "Meeting ID: 833 1172 9004    Passcode: 551902",
        "We look forward to seeing you there!",
    ], size=10, step=16)  # fmt: skip


@no_proof("acceptance_letter", "Octavius B. Langley", (ASR,))
def _acceptance_letter(c: Any, w: float, h: float) -> None:
    """A letter of acceptance into a course, before it begins."""
    lines_at(c, 72, h - 72, ["Southern Tier Police Training Council", "July 1, 2024"], size=11)
    lines_at(c, 72, h - 130, ["Officer Octavius B. Langley"], size=11)
    lines_at(c, 72, h - 160, [
        f"Congratulations! You have been accepted into {_t(ASR)}",
        "(8 hours), to be held August 6, 2024 at the Elmira training room.",
        "Please bring your duty belt and a notebook.",
    ], size=11, step=16)  # fmt: skip
    lines_at(c, 72, h - 240, ["Sincerely,", "", "Academy Director"], size=11, step=16)


@no_proof("class_reminder", "Winifred C. Delacroix", (SRP,))
def _class_reminder(c: Any, w: float, h: float) -> None:
    """A reminder of a class the holder is to attend."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 50, "Class Reminder")
    lines_at(c, 40, h - 80, [
        "Winifred C. Delacroix",
        f"Your class {_t(SRP)} begins on October 8, 2024 at 0800.",
        "Length: 4 hours. Location: Room 114, Public Safety Building.",
        "Please arrive 15 minutes early.",
    ], size=10, step=16)  # fmt: skip


@no_proof("memo_will_attend", "Ezekiel P. Vance", (YMHFA, TIP))
def _memo_will_attend(c: Any, w: float, h: float) -> None:
    """A chief's memo: the officer will attend two courses, listed as lines."""
    lines_at(c, 72, h - 72, [
        "MEMORANDUM", "To: Officer Ezekiel P. Vance", "From: Chief R. Dunmore", "Date: January 3, 2024",
    ], size=11, step=15)  # fmt: skip
    lines_at(c, 72, h - 150, [
        "You will attend the following training this spring:",
        f"{_t(YMHFA)} - February 6, 2024 - 8 hours",
        f"{_t(TIP)} - March 5, 2024 - 8 hours",
        "Overtime is approved for both days.",
    ], size=11, step=16)  # fmt: skip


@record(
    "packet_certificate_registration_lines",
    name="Clementine R. Oduya",
    items=[R(YMHFA, "2023-03-14", 8.0)],
    not_credited=(_t(JLAW), _t(IIJ)),
)
def _packet_certificate_registration_lines(c: Any, w: float, h: float) -> None:
    """A certificate of one course, and behind it a registration for two others laid out as lines."""
    _certificate(c, w, h, "Clementine R. Oduya", _t(YMHFA), "March 14, 2023", "8")
    lines_at(c, 90, h - 340, ["Lakeshore Regional Police Academy", "Director of Training"], size=10)
    c.showPage()
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 50, "Registration Confirmation")
    lines_at(c, 40, h - 80, [
        "Registrant: Clementine R. Oduya",
        "Lakeshore Regional Police Academy",
        "",
        f"Session 1: {_t(JLAW)}",
        "   May 9, 2023 - 8 hours",
        f"Session 2: {_t(IIJ)}",
        "   May 23, 2023 - 8 hours",
    ], size=10, step=16)  # fmt: skip


@record(
    "packet_certificate_notice_lines",
    name="Ignatius W. Farrow",
    items=[R(SEOP, "2023-10-03", 8.0)],
    not_credited=(_t(TIP),),
)
def _packet_certificate_notice_lines(c: Any, w: float, h: float) -> None:
    """A certificate, and behind it a notice dated before the next course, its fields as lines."""
    _certificate(c, w, h, "Ignatius W. Farrow", _t(SEOP), "October 3, 2023", "8")
    lines_at(c, 90, h - 340, ["Prairie State School Safety Center", "Director of Training"], size=10)
    c.showPage()
    lines_at(c, 72, h - 72, ["Prairie State School Safety Center", "Date: November 20, 2023"], size=11)
    lines_at(c, 72, h - 130, [
        "Participant: Ignatius W. Farrow",
        f"Course: {_t(TIP)}",
        "Course date: January 9, 2024",
        "Hours: 8",
        "Location: Training Room B, 300 State St.",
    ], size=11, step=18)  # fmt: skip


# ------------------------------------------------------------------ controls (proof)


@record(
    "record_cost_printed_after",
    name="Bartholomew K. Nyberg",
    items=[R(SEOP, "2023-04-18", 8.0), R(CIT, "2023-08-22", 8.0), R(DT, "2024-02-27", 4.0)],
)
def _record_cost_printed_after(c: Any, w: float, h: float) -> None:
    """A completed-training record with a cost column and a printed date after its courses."""
    _head(c, h, "Eastfield Police Department", "Training Record", "Bartholomew K. Nyberg", "Date: 05/01/2024")
    cols = [("Completed", 40), ("Course", 120), ("Hours", 400), ("Cost", 470)]
    table(c, h - 110, cols, [
        ["04/18/2023", _t(SEOP), "8.0", "$150.00"],
        ["08/22/2023", _t(CIT), "8.0", "$75.00"],
        ["02/27/2024", _t(DT), "4.0", "$50.00"],
    ], right=(2,))  # fmt: skip


@record("certificate_void_if_altered", name="Seraphina L. Dumont", items=[R(IIJ, "2024-02-20", 8.0)])
def _certificate_void_if_altered(c: Any, w: float, h: float) -> None:
    """A genuine certificate whose small print says it is void if altered."""
    _certificate(c, w, h, "Seraphina L. Dumont", _t(IIJ), "February 20, 2024", "8")
    lines_at(c, 90, h - 340, [
        "Mid-Atlantic Juvenile Officers Institute", "Certificate No. 24-0318. Void if altered or reproduced.",
    ], size=10)  # fmt: skip


@record(
    "certificate_instructor_evaluation",
    name="Anselm G. Whitcombe",
    items=[R(TIP, "2024-03-12", 8.0)],
)
def _certificate_instructor_evaluation(c: Any, w: float, h: float) -> None:
    """A certificate naming its instructor, and that the course evaluation was submitted."""
    _certificate(c, w, h, "Anselm G. Whitcombe", _t(TIP), "March 12, 2024", "8")
    lines_at(c, 90, h - 340, [
        "Instructor: Lt. Miriam Osei", "Course evaluation submitted.", "Cascade Youth Services Academy",
    ], size=10)  # fmt: skip


@record("certificate_same_day", name="Percival H. Ambrose", items=[R(BULLY, "2024-05-14", 4.0)])
def _certificate_same_day(c: Any, w: float, h: float) -> None:
    """A certificate issued the day of its course."""
    _certificate(c, w, h, "Percival H. Ambrose", _t(BULLY), "May 14, 2024", "4")
    lines_at(c, 90, h - 340, ["Issued May 14, 2024", "Pacific Northwest School Safety Network"], size=10)


@record(
    "letter_attended_lines",
    name="Evangeline M. Thackeray",
    items=[R(ASR, "2023-02-14", 8.0), R(JLAW, "2023-06-13", 8.0)],
)
def _letter_attended_lines(c: Any, w: float, h: float) -> None:
    """A training officer's letter, dated after the courses, listing as lines those the officer completed."""
    lines_at(c, 72, h - 72, ["Granite Bay Police Department", "September 5, 2023"], size=11)
    lines_at(c, 72, h - 130, ["To Whom It May Concern:"], size=11)
    lines_at(c, 72, h - 160, [
        "This letter verifies that Officer Evangeline M. Thackeray completed the following training:",
        f"{_t(ASR)} - February 14, 2023 - 8 hours",
        f"{_t(JLAW)} - June 13, 2023 - 8 hours",
    ], size=11, step=16)  # fmt: skip
    lines_at(c, 72, h - 240, ["Sincerely,", "", "Lt. Corbin A. Reyes, Training Officer"], size=11, step=16)


@record(
    "packet_certificate_record",
    name="Rutherford J. Okoye",
    items=[
        R(CAN, "2022-11-08", 16.0, end="2022-11-09"),
        R(SRP, "2023-01-17", 4.0),
        R(FIRE, "2023-03-21", 4.0),
    ],
)
def _packet_certificate_record(c: Any, w: float, h: float) -> None:
    """A certificate of one course and behind it the department's training record of two more."""
    _certificate(c, w, h, "Rutherford J. Okoye", _t(CAN), "November 8-9, 2022", "16")
    lines_at(c, 90, h - 340, ["Gulf Coast Juvenile Justice Academy", "Director of Training"], size=10)
    c.showPage()
    _head(c, h, "Harbor City Police Department", "Training Record", "Rutherford J. Okoye")
    cols = [("Date", 40), ("Course", 120), ("Hours", 400), ("Status", 470)]
    table(c, h - 110, cols, [
        ["01/17/2023", _t(SRP), "4.0", "Completed"],
        ["03/21/2023", _t(FIRE), "4.0", "Completed"],
    ], right=(2,))  # fmt: skip
