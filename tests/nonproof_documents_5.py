"""Documents that look like training but prove no completion, round five: kinds rounds two to four did not
draw.

A one-course flyer ("Space is limited", "Reserve your seat"), a day-by-day outline of a 40-hour course (hours
per day, no participant), a "Seat Confirmation" e-mail and a waitlist e-mail printed to PDF, certificate
templates whose name is a mail-merge field ("<<First Name>>", "{{participant_name}}") or a blank line, a
certificate of attendance for part of a day (the participant left early, 4 of 8 hours), an LMS learning plan
of assigned courses with due dates, an attendance sheet of many officers (who is the applicant?), a
post-course survey, a blank registration form, a course description page, a letter announcing the
certificate to come "upon successful completion", a receipt for a conference's pre-conference workshop.
And controls worded near them whose completed rows must stay ``auto``: a certificate of attendance for the
whole day, a record with a "Due Date" and a "Completed" column, an LMS transcript mixing completed rows with
"In Progress" and "Not Started" ones, a certificate of a 40-hour course listing its five days, a certificate
of participation in a webinar printing no hours (its course proved, its hours not: never ``auto``).

Drawn from general knowledge of such documents, not copied from any corpus. Truth as in
``tests.records_round5``: a no-completion document has no truth row (any ``auto`` item on it is wrong); a
control has one truth row per course it proves completed.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from tests.issuer_formats import IssuerDoc, lines_at, table
from tests.nonproof_documents_4 import _t
from tests.records_round5 import _head
from tests.records_round5 import record as round5_record
from tests.records_round8 import ASR, BULLY, CAN, CIT, DT, FIRE, IIJ, JLAW, SEOP, SRP, TIP, YMHFA, R

NONPROOF5: dict[str, IssuerDoc] = {}
NO_PROOF: set[str] = set()

record = partial(round5_record, into=NONPROOF5)


def no_proof(key: str, name: str, courses: tuple[tuple[str, str, str], ...]) -> Any:
    """Registers a document proving no completion of any of its ``courses``."""
    NO_PROOF.add(key)
    return record(key, name=name, items=[], not_credited=[c[0] for c in courses])


def _certificate(
    c: Any, w: float, h: float, name: str, course: str, day: str, tail: str, kind: str = "Completion"
) -> None:
    c.setFont("Helvetica-Bold", 22)
    c.drawCentredString(w / 2, h - 110, f"Certificate of {kind}")
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 150, "This certifies that")
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(w / 2, h - 178, name)
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 206, "has successfully completed" if kind == "Completion" else "attended")
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(w / 2, h - 232, course)
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 258, f"on {day}{tail}")


# ------------------------------------------------------------------ no completion: offers and outlines


@no_proof("flyer_reserve_seat", "", (CIT,))
def _flyer_reserve_seat(c: Any, w: float, h: float) -> None:
    """A one-course flyer: dates, hours, fee, "Space is limited - reserve your seat"; no participant."""
    c.setFont("Helvetica-Bold", 24)
    c.drawCentredString(w / 2, h - 80, _t(CIT))
    lines_at(c, 80, h - 130, [
        "A hands-on course for school resource officers and youth officers",
        "",
        "Dates: April 15-19, 2024        Time: 0800-1700 daily",
        "Length: 40 hours        Course fee: $450 per student",
        "Location: Three Rivers Regional Training Center, 1200 Academy Rd.",
        "",
        "Space is limited - reserve your seat today!",
        "Contact Sgt. Lena Vasquez, (412) 555-0187, training@threerivers.example",
    ], size=12, step=18)  # fmt: skip


@no_proof("course_description_page", "", (SEOP,))
def _course_description_page(c: Any, w: float, h: float) -> None:
    """A course's page of a catalogue: description, objectives, prerequisites, length; no participant."""
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, h - 60, _t(SEOP))
    lines_at(c, 60, h - 90, [
        "Course Number: SS-214        Course Length: 16 hours        Next Offering: June 4-5, 2024",
        "",
        "Description",
        "Participants learn to write and exercise a school emergency operations plan with district staff.",
        "",
        "Learning Objectives",
        "1. Identify the parts of a school emergency operations plan.",
        "2. Conduct a tabletop exercise with school administrators.",
        "",
        "Prerequisites: None.      Audience: SROs, school administrators, emergency managers.",
    ], size=10, step=16)  # fmt: skip


@no_proof("outline_40_hour_days", "", (CIT,))
def _outline_40_hour_days(c: Any, w: float, h: float) -> None:
    """The day-by-day outline of a 40-hour course: a day, its topics and its hours, no participant."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 46, f"{_t(CIT)} - 40 Hour Course")
    lines_at(c, 40, h - 66, ["Daily Topics and Hours", "Week of April 15, 2024"], size=10)
    cols = [("Day", 40), ("Date", 100), ("Topics", 190), ("Hours", 480)]
    table(c, h - 110, cols, [
        ["1", "04/15/2024", "Mental illness overview; adolescent development", "8"],
        ["2", "04/16/2024", "De-escalation skills; scenario practice", "8"],
        ["3", "04/17/2024", "Community resources; site visits", "8"],
        ["4", "04/18/2024", "Substance use; suicide prevention", "8"],
        ["5", "04/19/2024", "Role plays; written examination", "8"],
    ], right=(3,))  # fmt: skip
    lines_at(c, 40, h - 210, ["Total: 40 hours"], size=10)


@no_proof("learning_plan_due_dates", "Delphine A. Okonkwo", (YMHFA, JLAW, SRP))
def _learning_plan_due_dates(c: Any, w: float, h: float) -> None:
    """An LMS learning plan: courses assigned to the learner, each with an assigned and a due date."""
    _head(c, h, "Clearwater Police Department", "My Learning Plan", "Delphine A. Okonkwo")
    cols = [("Assigned Course", 40), ("Assigned", 300), ("Due", 380), ("Hours", 460)]
    table(c, h - 110, cols, [
        [_t(YMHFA), "01/02/2024", "03/31/2024", "8"],
        [_t(JLAW), "01/02/2024", "06/30/2024", "8"],
        [_t(SRP), "01/02/2024", "09/30/2024", "4"],
    ], right=(3,))  # fmt: skip


@no_proof("attendance_sheet_many", "Ambrose T. Kilbride", (IIJ,))
def _attendance_sheet_many(c: Any, w: float, h: float) -> None:
    """An attendance sheet: one course, ten officers with their hours, the applicant one of them."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 46, "Attendance Sheet")
    lines_at(c, 40, h - 66, [f"Course: {_t(IIJ)}", "Date: 10/08/2024   Instructor: Lt. Ruth Okafor"], size=9)
    people = [
        "Ofc. Ambrose T. Kilbride", "Ofc. Helena V. Strand", "Dep. Marcus J. Whitfield",
        "Sgt. Oona P. Reilly", "Ofc. Tomasz K. Nowak", "Dep. Alisha M. Grant", "Ofc. Deon R. Castillo",
        "Ofc. Priyanka L. Rao", "Det. Samuel O. Baird", "Ofc. Greta N. Lindholm",
    ]  # fmt: skip
    cols = [("Name", 40), ("Time In", 260), ("Time Out", 330), ("Hours", 410), ("Initials", 470)]
    table(c, h - 110, cols, [[n, "0800", "1600", "8", ""] for n in people], right=(3,))


# ------------------------------------------------------------------ no completion: forms and e-mails


@no_proof("seat_confirmation_email", "Rosalind P. Whitaker", (ASR,))
def _seat_confirmation_email(c: Any, w: float, h: float) -> None:
    """An e-mail printed to PDF: "Seat Confirmation", the course's date and hours, what to bring."""
    lines_at(c, 40, h - 50, [
        "From: academy@northcountytraining.example",
        "Sent: Tuesday, February 6, 2024 10:14 AM",
        "To: Rosalind P. Whitaker",
        f"Subject: Seat Confirmation - {_t(ASR)}",
        "",
        "Officer Whitaker,",
        f"We are holding a seat for you in {_t(ASR)} on March 12, 2024 (8 hours).",
        "Check-in opens at 0730. Please bring your duty belt, eye and ear protection.",
        "If you can no longer attend, reply to this message so the seat can go to another officer.",
    ], size=10, step=16)  # fmt: skip


@no_proof("waitlist_email", "Cassius W. Abernathy", (TIP,))
def _waitlist_email(c: Any, w: float, h: float) -> None:
    """An e-mail printed to PDF: the officer is number 3 on the wait list of a full class."""
    lines_at(c, 40, h - 50, [
        "From: training@youthjusticeinstitute.example",
        "To: Cassius W. Abernathy",
        f"Subject: {_t(TIP)} - May 21, 2024",
        "",
        "Dear Cassius,",
        f"{_t(TIP)} (May 21, 2024, 8 hours) is full. You are number 3 on the wait list.",
        "We will contact you if a seat opens.",
    ], size=10, step=16)  # fmt: skip


@no_proof("registration_form_filled", "Imelda S. Carver", (CAN,))
def _registration_form_filled(c: Any, w: float, h: float) -> None:
    """A registration form filled in by hand and typed: applicant, agency, the course, its date and hours."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 50, "Course Registration Form")
    lines_at(c, 40, h - 84, [
        "Applicant Name: Imelda S. Carver",
        "Agency: Rio Verde Police Department        Badge #: 4471",
        f"Course Requested: {_t(CAN)}",
        "Course Date(s): 09/17/2024 - 09/18/2024        Hours: 16",
        "Applicant signature: ____________________   Supervisor approval: ____________________",
        "Return this form to the academy registrar by August 30, 2024.",
    ], size=10, step=18)  # fmt: skip


@no_proof("post_course_survey", "Leopold N. Arkwright", (BULLY,))
def _post_course_survey(c: Any, w: float, h: float) -> None:
    """A post-course survey: the course, its date and hours, satisfaction to tick."""
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, h - 50, "Post-Course Survey")
    lines_at(c, 40, h - 80, [
        f"Course: {_t(BULLY)}",
        "Date: 11/05/2024      Hours: 4",
        "Name (optional): Leopold N. Arkwright",
        "",
        "How satisfied were you with the course overall?",
        "[ ] Very satisfied  [ ] Satisfied  [ ] Neutral  [ ] Dissatisfied  [ ] Very dissatisfied",
        "Would you recommend this course to a colleague?   [ ] Yes   [ ] No",
        "What could be improved? ______________________________________",
    ], size=10, step=18)  # fmt: skip


@no_proof("certificate_merge_fields", "", (JLAW,))
def _certificate_merge_fields(c: Any, w: float, h: float) -> None:
    """A certificate template: the name and date are mail-merge fields."""
    _certificate(c, w, h, "<<First Name>> <<Last Name>>", _t(JLAW), "<<Course Date>>", ", 8 hours")
    lines_at(c, 90, h - 340, ["Great Lakes Juvenile Officers Association", "Director of Training"], size=10)


@no_proof("certificate_curly_fields", "", (DT,))
def _certificate_curly_fields(c: Any, w: float, h: float) -> None:
    """A certificate exported unfilled from a template engine: "{{participant_name}}"."""
    _certificate(c, w, h, "{{participant_name}}", _t(DT), "{{completion_date}}", ", 4 hours")
    lines_at(c, 90, h - 340, ["Metro Tactical Training Unit", "Certificate No. {{certificate_id}}"], size=10)


@no_proof("certificate_blank_lines", "", (FIRE,))
def _certificate_blank_lines(c: Any, w: float, h: float) -> None:
    """A blank certificate form: a line where the name goes, a line for the date."""
    _certificate(c, w, h, "______________________________", _t(FIRE), "____________", ", 4 hours")
    lines_at(c, 90, h - 340, ["Valley Regional Range", "Range Master: ____________________"], size=10)


@no_proof("certificate_merge_name_dated", "", (TIP,))
def _certificate_merge_name_dated(c: Any, w: float, h: float) -> None:
    """A certificate template printed for a class: its date and hours filled, its name a merge field."""
    _certificate(c, w, h, "<<Recipient Name>>", _t(TIP), "March 26, 2024", ", 8 hours")
    lines_at(c, 90, h - 340, ["Cascade Youth Services Academy", "Director of Training"], size=10)


@no_proof("certificate_blank_name_dated", "", (SEOP,))
def _certificate_blank_name_dated(c: Any, w: float, h: float) -> None:
    """A class's certificate stock: the course, date and hours printed, a blank line for the name."""
    _certificate(c, w, h, "________________________________", _t(SEOP), "October 22, 2024", ", 8 hours")
    lines_at(c, 90, h - 340, ["Prairie State School Safety Center", "Director of Training"], size=10)


@no_proof("attendance_left_early", "Griselda M. Thornbury", (ASR,))
def _attendance_left_early(c: Any, w: float, h: float) -> None:
    """A certificate of attendance for part of the day: the participant left at noon of an 8-hour course."""
    _certificate(
        c, w, h, "Griselda M. Thornbury", _t(ASR), "June 4, 2024", " (8-hour course)", kind="Attendance"
    )
    lines_at(c, 90, h - 300, [
        "The participant was present from 0800 to 1200 and left early.",
        "Hours attended: 4 of 8",
        "Harbor County Sheriff's Training Unit",
    ], size=10, step=15)  # fmt: skip


@no_proof("letter_certificate_to_come", "Benedict O. Haverford", (YMHFA,))
def _letter_certificate_to_come(c: Any, w: float, h: float) -> None:
    """A welcome letter: the certificate will be issued upon successful completion."""
    lines_at(c, 72, h - 72, ["Heartland Behavioral Health Council", "January 22, 2024"], size=11)
    lines_at(c, 72, h - 130, ["Dear Officer Benedict O. Haverford,"], size=11)
    lines_at(c, 72, h - 160, [
        f"Welcome to {_t(YMHFA)}, February 13, 2024, 8 hours.",
        "Upon successful completion, you will receive a certificate for 8 hours of training.",
        "Please complete the pre-course work online before class.",
    ], size=11, step=16)  # fmt: skip
    lines_at(c, 72, h - 240, ["Sincerely,", "", "Program Coordinator"], size=11, step=16)


@no_proof("conference_workshop_receipt", "Fiona L. Ashdown", (IIJ,))
def _conference_workshop_receipt(c: Any, w: float, h: float) -> None:
    """A receipt for a conference's registration and a pre-conference workshop: paid, not attended."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 50, "2024 School Safety Conference")
    lines_at(c, 40, h - 74, ["Receipt", "Registrant: Fiona L. Ashdown", "Date: 05/02/2024"], size=10)
    cols = [("Item", 40), ("Date", 330), ("Hours", 410), ("Amount", 470)]
    table(c, h - 130, cols, [
        ["Full Conference Registration", "06/30/2024", "", "$595.00"],
        [f"Pre-Conference Workshop: {_t(IIJ)}", "06/29/2024", "8", "$125.00"],
    ], right=(2,))  # fmt: skip
    lines_at(c, 40, h - 190, ["Amount paid: $720.00   Visa ending 4417"], size=10)


# ------------------------------------------------------------------ controls (proof)


@record("attendance_full_day", name="Ottoline J. Brightwater", items=[R(SRP, "2024-03-05", 4.0)])
def _attendance_full_day(c: Any, w: float, h: float) -> None:
    """A certificate of attendance for the whole course, its hours stated."""
    _certificate(c, w, h, "Ottoline J. Brightwater", _t(SRP), "March 5, 2024", ", 4 hours", kind="Attendance")
    lines_at(c, 90, h - 320, ["Hours attended: 4 of 4", "I Love U Guys Foundation"], size=10, step=15)


@record(
    "record_due_and_completed",
    name="Thaddeus R. Willoughby",
    items=[R(YMHFA, "2024-02-20", 8.0), R(JLAW, "2024-05-14", 8.0), R(SRP, "2024-08-27", 4.0)],
)
def _record_due_and_completed(c: Any, w: float, h: float) -> None:
    """A record of assigned training, each row with a due date and the date it was completed."""
    _head(c, h, "Clearwater Police Department", "Training Completion Record", "Thaddeus R. Willoughby")
    cols = [("Course", 40), ("Due", 300), ("Completed", 380), ("Hours", 470)]
    table(c, h - 110, cols, [
        [_t(YMHFA), "03/31/2024", "02/20/2024", "8"],
        [_t(JLAW), "06/30/2024", "05/14/2024", "8"],
        [_t(SRP), "09/30/2024", "08/27/2024", "4"],
    ], right=(3,))  # fmt: skip


@record(
    "transcript_mixed_progress",
    name="Marisela D. Coombs",
    items=[R(TIP, "2023-11-07", 8.0), R(CAN, "2024-01-16", 16.0, end="2024-01-17")],
    not_credited=(_t(SEOP), _t(CIT)),
)
def _transcript_mixed_progress(c: Any, w: float, h: float) -> None:
    """An LMS transcript: two rows completed, one "In Progress", one "Not Started"."""
    _head(c, h, "Lakeshore Regional Police Academy", "Learner Transcript", "Marisela D. Coombs")
    cols = [("Course", 40), ("Start", 290), ("End", 360), ("Hours", 430), ("Status", 480)]
    table(c, h - 110, cols, [
        [_t(TIP), "11/07/2023", "11/07/2023", "8", "Completed"],
        [_t(CAN), "01/16/2024", "01/17/2024", "16", "Completed"],
        [_t(SEOP), "04/02/2024", "", "8", "In Progress"],
        [_t(CIT), "", "", "40", "Not Started"],
    ], right=(3,))  # fmt: skip


@record(
    "certificate_40_hour_days",
    name="Evander K. Pemberton",
    items=[R(CIT, "2024-04-15", 40.0, end="2024-04-19")],
)
def _certificate_40_hour_days(c: Any, w: float, h: float) -> None:
    """A certificate of a 40-hour course, its five days listed under it."""
    _certificate(c, w, h, "Evander K. Pemberton", _t(CIT), "April 15-19, 2024", ", 40 hours")
    lines_at(c, 90, h - 300, [
        "Day 1 - 8 hours   Day 2 - 8 hours   Day 3 - 8 hours   Day 4 - 8 hours   Day 5 - 8 hours",
        "Three Rivers Regional Training Center",
        "Director of Training",
    ], size=10, step=15)  # fmt: skip


@record("webinar_participation_no_hours", name="Perpetua L. Hargreave", items=[R(BULLY, "2024-09-12", None)])
def _webinar_participation_no_hours(c: Any, w: float, h: float) -> None:
    """A certificate of participation in an online webinar: no hours printed (a person supplies them)."""
    _certificate(
        c,
        w,
        h,
        "Perpetua L. Hargreave",
        _t(BULLY),
        "September 12, 2024",
        " (live webinar)",
        kind="Participation",
    )
    lines_at(c, 90, h - 320, ["National Center for Safe Schools", "Online Learning"], size=10)


@record(
    "assigned_training_completion_record",
    name="Ignatius P. Featherstone",
    items=[R(YMHFA, "2024-02-27", 8.0), R(JLAW, "2024-05-21", 8.0)],
    not_credited=(_t(SRP),),
)
def _assigned_training_completion_record(c: Any, w: float, h: float) -> None:
    """A record of training assigned to the officer, titled so: each done row prints its completion date;
    one row still due has none (nothing to credit)."""
    _head(
        c,
        h,
        "Clearwater Police Department",
        "Assigned Training - Completion Record",
        "Ignatius P. Featherstone",
    )
    cols = [("Course", 40), ("Due Date", 300), ("Date Completed", 380), ("Hours", 470)]
    table(c, h - 110, cols, [
        [_t(YMHFA), "03/31/2024", "02/27/2024", "8"],
        [_t(JLAW), "06/30/2024", "05/21/2024", "8"],
        [_t(SRP), "09/30/2025", "", "4"],
    ], right=(3,))  # fmt: skip


@no_proof("assigned_training_due_dates", "Ignatius P. Featherstone", (YMHFA, JLAW))
def _assigned_training_due_dates(c: Any, w: float, h: float) -> None:
    """Training assigned to the officer, each course with the day assigned and the day due: nothing done."""
    _head(c, h, "Clearwater Police Department", "Assigned Training", "Ignatius P. Featherstone")
    cols = [("Course", 40), ("Assigned", 300), ("Due", 380), ("Hours", 470)]
    table(c, h - 110, cols, [
        [_t(YMHFA), "01/08/2024", "03/31/2024", "8"],
        [_t(JLAW), "01/08/2024", "06/30/2024", "8"],
    ], right=(3,))  # fmt: skip
