"""A table of several courses headed as a bill, an offer, a schedule, an enrolment or a sign-up proves no
completion of its rows (:func:`classify.completion.listing_reason`, ``tests/nonproof_documents_2.py``); a
record's heading, worded near them, says nothing of the kind."""

from __future__ import annotations

import pytest

from classify.completion import listing_reason

LISTINGS = [
    "INVOICE Tri-County Regional Training Academy Invoice No. 2024-0871 Date(s) Course Hours Amount",
    "Payment Receipt Keystone Institute Receipt #: KR-55821 Course Session Dates Hours Fee",
    "Training Services Quote Sentinel Group Quote #: Q-3390 Proposed Date Course Hours Price",
    "Subject: Your order #884201 is confirmed Order Summary Item Class Date Credit Hours Price",
    "Registration Confirmation Registrant: Dep. A. Mwangi Session Date Course Hours Room",
    "Waitlist Notification You have been placed on the waitlist for the classes below",
    "Certificate of Enrollment This certifies that T. Fairweather is enrolled in the following courses",
    "This letter confirms that Officer P. Holloway is currently enrolled in the following courses",
    "You are scheduled to attend the following courses. Report 15 minutes early. Date Course Hours",
    "Fall 2024 Training Calendar Mid-State Center Date Course Hours Seats Cost",
    "2023-2024 Course Catalog School Safety Courses Course Offering Date Hours Tuition",
    "Course Syllabus: Juvenile Justice for SROs Instructor: Lt. H. Ombasa Week of Module Hours",
    "In-Service Training Agenda Granite Falls Participant: M. Strand Date Session Hours Presenter",
    "Course Sign-Up Sheet Oak Hollow PD Officer: E. Lindqvist Requested Course Date Hours Approved",
    "Training Request Form Fairhaven PD Employee: W. Nakamura Course Dates Hours Cost",
    "My Upcoming Classes Learner: I. Feldmann Class Date Title Hours Seat",
    "Youth Crisis Response Series Who should attend: SROs and detectives Course Date Hours Fee",
    "Purchase Order 4471 Vendor: Sentinel Group Course Hours Amount",
]

RECORDS = [
    "Brookfield Police Department Training Record Learner: L. Abernethy Date Course Hours Status",
    "Elm Grove School District Police Learning Transcript Learner: R. Nwosu Course Date Hours Status",
    "Cascade County Sheriff's Office Training History Start End Course Hours",
    "State Academy Official Transcript - Juvenile Officer Program Course From To Hours Grade",
    "Certificate of Completion H. Lindgren has successfully completed the following courses",
    "Northgate Police Department Employee Training Record Completed Course Hours Cost",
    "Training Record Registration No. 4471 Course Enrollment Date Completion Date Hours Status",
    "Learner Activity Report Completed Activity Time Result",
    "In-Service Training Record Participant: P. Asante Start End Course Instructor Hours",
    "Officer X was enrolled in and completed the following courses Date Course Hours",
]


@pytest.mark.parametrize("heading", LISTINGS)
def test_a_listing_heading_proves_no_completion(heading: str) -> None:
    reason = listing_reason(heading)
    assert reason is not None and reason.endswith("a person decides"), heading


@pytest.mark.parametrize("heading", RECORDS)
def test_a_records_heading_is_no_listing(heading: str) -> None:
    assert listing_reason(heading) is None


def test_the_reason_quotes_the_words() -> None:
    reason = listing_reason("2023-2024 Course Catalog Course Date Hours")
    assert reason is not None and "'Course Catalog'" in reason
