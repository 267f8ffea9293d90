"""Round 8 of the certificate audit (``tests/novel_certificates_8.py``): pages that name a course and prove
no completion of it (:func:`classify.completion.no_completion_reason`), on several wordings each, and the
genuine certificates worded near them that must still read as completions."""

from __future__ import annotations

import pytest

from classify.completion import no_completion_reason

NO_COMPLETION = {
    "registration": [
        "Dear Ana Ruiz, You are registered for the following course: Basic SRO Course July 18-20, 2022",
        "You have been enrolled in Juvenile Law Update on 03/14/2023 (8 hours).",
        "REGISTRATION CONFIRMATION Course: Advanced SRO Course Dates: 6/1-6/3/2022",
        "Enrollment Confirmed Student: T. Vance Course: Interviewing Juveniles 16 hours",
        "Confirmation of Registration for the School Safety Summit",
        "Thank you for registering. Your seat is reserved.",
        "Tuition paid: $325.00 Receipt No. 88213",
        "Course fee paid by agency",
        "INVOICE\nRegional Training Center Bill to: Lakeview PD",
        "Invoice No.: RTC-2022-1187 Attendee: G. Pruitt CIT-Y 40 hours $450.00",
        "Amount due: $295.00",
        "School EOP Workshop 8 contact hours Register by November 1, 2022 at example.org",
        "Who should attend: SROs and administrators. Registration deadline: May 2",
    ],
    "taught": [
        "presented to Lt. R. Castillo for instructing the Basic School Resource Officer Course",
        "in appreciation for teaching Youth Mental Health First Aid",
        "has served as an instructor for Youth Mental Health First Aid April 21, 2022 8 hours",
        "in recognition of service as Lead Trainer for the CRASE Train-the-Trainer",
        "for serving as a facilitator of the Trauma-Informed Policing course",
        "Served as Adjunct Instructor, Active Shooter Response for Schools, 16 hours",
        "in recognition of your instruction of the 40-hour course",
    ],
    "part of": [
        "Officer K. Dunn attended 4 of the 8 hours of Active Shooter Response",
        "attended 12 out of 24 hours",
        "completed 6 hours of the 16-hour course",
        "PARTIAL CREDIT: 12 of 24 hours",
        "Partial attendance - 3.5 hours",
    ],
    "not yet": [
        "Status: In Progress Expected completion: December 7, 2022",
        "Status In Progress",
        "Expected to complete the course on 6/30/2023",
        "Officer D. Ortiz is scheduled to attend Juvenile Law for Law Enforcement",
        "The course has not yet been completed",
        "has been scheduled for the Advanced SRO Course",
    ],
    "failed": [
        "attended Standard Response Protocol Training but did not complete the course requirements.",
        "did not successfully complete the written examination",
        "Corey A. Whitfield has not met the passing standard for ALERRT Level I",
        "Date: 10/19/2022 Hours: 8.0 Result: Incomplete",
        "Grade: FAIL",
        "Status: Withdrawn",
        "Outcome: Not Completed",
    ],
    "waived": [
        "The requirement to complete the Basic SRO Course (40 hours) is waived on the basis of experience",
        "You are exempt from this course.",
        "Training Requirement Waiver",
        "This waiver does not award training hours.",
        "has been granted a course exemption",
    ],
}

COMPLETIONS = [
    "This certifies that Rachel N. Simmons has successfully completed Bullying Prevention April 6, 2022 "
    "4 hours Instructor: Sgt. Mark Ellis",
    "awarded to Daniel P. Kowalski for successfully completing Juvenile Law 8 hours Registration No. 22-0918",
    "has successfully completed the Civilian Response to Active Shooter Events Train-the-Trainer and is "
    "qualified to serve as an instructor",
    "Certificate of Completion Date: 11/02/2022 Hours: 8.0 Result: Pass",
    "has successfully completed Active Shooter Response for Schools. Course registration and records: "
    "tcpa.example/records",
    "attended 8 of 8 hours of the course",
    "completed all 24 hours of the Advanced SRO Course",
    "Instructors: Lee, Park, Osei  Course Director: Dr. K. Latham",
    "for successfully completing the course. Enrolled: 2022-02-28 Completed: 2022-03-04",
    "Day 2 of 3 Tuesday, June 14, 2022",
    "has completed Module 3 of 5 of the Leadership Series",
    "Presented by Sgt. Ellis, course instructor",
    "Failure to Appear and Juvenile Court Procedures 8 hours completed",
]


@pytest.mark.parametrize(
    ("kind", "text"), [(kind, t) for kind, texts in NO_COMPLETION.items() for t in texts]
)
def test_pages_proving_no_completion_go_to_a_person_with_the_reason(kind: str, text: str) -> None:
    reason = no_completion_reason(text)
    assert reason is not None, text
    assert kind in reason and "a person decides" in reason


@pytest.mark.parametrize("text", COMPLETIONS)
def test_completions_worded_near_them_are_left_alone(text: str) -> None:
    assert no_completion_reason(text) is None
