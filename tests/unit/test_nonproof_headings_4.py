"""Round four of the listings (``tests/nonproof_documents_4.py``): a bill's addressee and "Price" column, a
plan of training to come (:func:`classify.completion.listing_reason`); an evaluation form, a template or a
voided copy, a cancellation, a course the holder "will attend", a sign-up e-mail, an acceptance, a reminder,
a travel request (:func:`classify.completion.no_completion_reason`); a page dated before every course it
lists (:func:`classify.dated_before.dated_before_reason`). And genuine records' and certificates' words near
them."""

from __future__ import annotations

from datetime import date

import pytest

from classify.completion import listing_reason, no_completion_reason
from classify.dated_before import dated_before_reason, page_dates

LISTING_HEADINGS = [
    "Summit Ridge Training Partners Bill To: Stow PD Officer: L. Ashcombe Course Date Hours Price",
    "Northstar Public Safety Learning Customer: I. Falkenrath Class Class Date Hours Price",
    "Vendor Inc. Sold to: Harlan Township PD Course Date Hours Amount",
    "Lesson Plan - Juvenile Investigations In-Service Instructor: Sgt. R. Achebe Block Topic Date Hours",
    "Instructor's Guide: Crisis Intervention Module Date Hours",
    "Cold Spring PD Training Needs Assessment Learner: P. Stroud Course Date Hours Priority",
    "Recommended Course Target Date Hours Priority",
    "Westbury PD Individual Development Plan FY2025 Learner: A. Prewitt Course Hours",
    "Planned Training Target Completion Hours",
    "Proposed Courses for the 2025 school year Course Date Hours",
    "Course Outline Week Module Hours",
]
RECORD_HEADINGS = [
    "Eastfield PD Training Record Learner: B. Nyberg Date: 05/01/2024 Completed Course Hours Cost",
    "Harbor City PD Training Record Learner: Dana Price Date Course Hours Status",
    "State Required Training - Completion Record Learner: K. Obi Date Course Hours",
    "Academy Transcript Student: J. Price Course Completed Hours Grade",
    "Firearms Unit Training History Learner: T. Moss Date Course Hours Target Score",
]


@pytest.mark.parametrize("heading", LISTING_HEADINGS)
def test_a_bills_addressee_or_a_plan_is_a_listing(heading: str) -> None:
    assert listing_reason(heading) is not None, heading


@pytest.mark.parametrize("heading", RECORD_HEADINGS)
def test_a_records_heading_near_them_is_no_listing(heading: str) -> None:
    assert listing_reason(heading) is None, heading


NO_COMPLETION_PAGES = [
    "Course Evaluation\nCourse: Trauma-Informed Policing\nPlease rate each statement",
    "TRAINING EVALUATION FORM\nCourse: Juvenile Law   Date: 04/09/2024",
    "1 = strongly disagree, 5 = strongly agree",
    "Certificate of Completion\nThis certifies that\n[Participant Name]\nhas successfully completed",
    "This certifies that [ Recipient Name ] has completed",
    "SAMPLE\nCertificate of Completion\nJane Doe",
    "VOID - reissued, see certificate 24-0917",
    "Prairie State School Safety Center VOID - reissued, see certificate 24-0917",
    "This certifies that Jane Doe SAMPLE has completed",
    "SAMPLE CERTIFICATE This certifies that",
    "SPECIMEN - NOT VALID AS A CERTIFICATE",
    "This is a specimen copy of the certificate",
    "We regret to inform you that Child Abuse Investigations, scheduled for March 19, has been cancelled.",
    "The class was postponed due to weather.",
    "Class Cancellation Notice\nGateway Regional Academy",
    "You will attend the following training this spring:",
    "Officer Vance will be attending Youth Mental Health First Aid on February 6.",
    "Thanks for signing up for Bullying Prevention on April 17, 2024 (4 hours).",
    "Join Zoom Meeting: https://zoom.example/j/83311729004",
    "Meeting ID: 833 1172 9004 Passcode: 551902",
    "Congratulations! You have been accepted into Active Shooter Response for Schools",
    "Your application was reviewed and you were admitted into the 40-hour Basic SRO course",
    "Class Reminder\nYour class Standard Response Protocol begins on October 8, 2024.",
    "Request for Out-of-State Travel\nEvent: 2024 NASRO School Safety Conference",
    "Estimated costs: Registration $595.00 Lodging $1,020.00",
]
CERTIFICATE_PAGES = [
    "Certificate of Completion\nCertificate No. 24-0318. Void if altered or reproduced.",
    "VOID IF ALTERED\nThis certifies that Jane Doe has completed Juvenile Law",
    "Not valid without the academy's seal",
    "Instructor: Lt. Miriam Osei\nCourse evaluation submitted.\nCascade Youth Services Academy",
    "has successfully completed\nBLOOD SAMPLE COLLECTION FOR DUI INVESTIGATIONS",
    "has successfully completed BLOOD SAMPLE COLLECTION on May 2, 2024",
    "CERTIFICATE VOID IF ALTERED",
    "Void where prohibited",
    "Officers who will attend the advanced course receive a separate notice.",
    "This certifies that Ana Ruiz has successfully completed the Basic SRO Course, 40 hours.",
    "Participants who were accepted into the program completed all modules.",
]


@pytest.mark.parametrize("text", NO_COMPLETION_PAGES)
def test_a_form_template_cancellation_or_sign_up_proves_no_completion(text: str) -> None:
    reason = no_completion_reason(text)
    assert reason is not None and reason.endswith("a person decides"), text


@pytest.mark.parametrize("text", CERTIFICATE_PAGES)
def test_a_certificates_words_near_them_say_nothing_of_the_kind(text: str) -> None:
    assert no_completion_reason(text) is None, text


D = date.fromisoformat


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (
            "Lakeview PD Training Assignments Learner: T. Okafor Date: 01/08/2024",
            ["2024-02-13", "2024-03-19"],
        ),
        ("MEMORANDUM To: Officer E. Vance Date: January 3, 2024", ["2024-02-06"]),
        ("Issued 11/20/2023 Participant: I. Farrow", ["2024-01-09"]),
        ("Report Date: 2024-06-01 Course Date Hours", ["2024-07-09", "2024-08-13"]),
    ],
)
def test_a_page_dated_before_every_course(text: str, starts: list[str]) -> None:
    reason = dated_before_reason(text, [D(s) for s in starts])
    assert reason is not None and reason.endswith("a person decides"), text


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # printed after, on the day, or after one of its courses
        ("Eastfield PD Training Record Date: 05/01/2024", ["2023-04-18", "2024-02-27"]),
        ("Issued May 14, 2024 Pacific Northwest School Safety Network", ["2024-05-14"]),
        ("Printed 03/01/2024", ["2024-02-01", "2024-04-02"]),
        # a report's period, a step before the course, a hire date, a course's own date: not the page's date
        ("Training Record Records from 01/01/2015 Learner: J. Doe", ["2016-03-01"]),
        ("Learning History Registration Date: 01/05/2024 Course Completion Date", ["2024-02-01"]),
        ("Training Record Hire Date: 01/05/2014", ["2016-03-01"]),
        ("Course date: February 6, 2024", ["2024-02-06"]),
        # no own date; a course undated
        ("Training Record Learner: J. Doe", ["2024-02-06"]),
    ],
)
def test_a_page_dated_after_or_on_its_courses_or_undated(text: str, starts: list[str]) -> None:
    assert dated_before_reason(text, [D(s) for s in starts]) is None, text


def test_an_undated_course_leaves_the_page_alone() -> None:
    assert dated_before_reason("Date: 01/08/2024", [D("2024-02-13"), None]) is None
    assert page_dates("Date: 01/08/2024 Hire Date: 01/08/2014") == [D("2024-01-08")]
