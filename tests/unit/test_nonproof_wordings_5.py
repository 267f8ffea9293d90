"""Round five of the no-completion wordings (``tests/nonproof_documents_5.py``): a post-course survey, a
certificate template's merge field or blank name line, a seat held or a waitlist, a registration form, a
letter of the certificate to come, a course's next offering, part of a day attended, a learning plan
(:func:`classify.completion.no_completion_reason`); a course outlined day by day
(:func:`classify.completion.listing_reason`). And genuine certificates' and records' words near them."""

from __future__ import annotations

import pytest

from classify.completion import listing_reason, no_completion_reason

NO_COMPLETION_PAGES = [
    "Post-Course Survey\nCourse: Bullying Prevention   Date: 11/05/2024",
    "TRAINING FEEDBACK FORM\nCourse: Juvenile Law",
    "Webinar Survey",
    "How satisfied were you with the course overall?",
    "[ ] Satisfied  [ ] Dissatisfied  [ ] Very dissatisfied",
    "Would you recommend this course to a colleague?",
    "This certifies that\n<<First Name>> <<Last Name>>\nhas successfully completed",
    "This certifies that {{participant_name}} has completed",
    "This certifies that \u00abRecipient Name\u00bb has completed",
    "This certifies that\n______________________\nhas successfully completed",
    "Presented to ________________ has completed the course",
    "Certificate of Completion This certifies that has successfully completed Juvenile Law on May 7, 2024",
    "This Certificate is Presented to for successfully completing Juvenile Law",
    "Subject: Seat Confirmation - Active Shooter Response",
    "We are holding a seat for you in Active Shooter Response on March 12, 2024.",
    "Space is limited - reserve your seat today!",
    "The class is full. You are number 3 on the wait list.",
    "You have been added to the waiting list for this class.",
    "We will contact you if a seat opens.",
    "Course Registration Form\nApplicant Name: I. Carver",
    "Upon successful completion, you will receive a certificate for 8 hours.",
    "Upon completion of the course you will be awarded 16 hours of credit.",
    "Course Length: 16 hours   Next Offering: June 4-5, 2024",
    "Prerequisites: None.   Audience: SROs",
]
GENUINE_PAGES = [
    "This certifies that Jane Q. Doe has successfully completed Juvenile Law, 8 hours",
    "Course evaluation submitted.",
    "Please complete the post-course survey at survey.example to help us improve.",
    "Thank you for your feedback.",
    "Signature: ______________________   Date: ____________",
    "Director of Training ____________________",
    "Seat No. 14   Certificate No. 24-0318",
    "This certificate is awarded upon successful completion of all modules and the written examination.",
    "Upon successful completion, participants receive 8 hours of POST credit.",
    "has completed the course; the next offering of the advanced course is in spring.",
    "Survey of Juvenile Law, 8 hours",
    "Name: <<not a field>> has completed",
    "This certifies that Officer Has Smith has completed the course",
    "This is to certify that the officer has successfully completed Juvenile Law",
]


@pytest.mark.parametrize("text", NO_COMPLETION_PAGES)
def test_a_form_template_or_a_seat_held_proves_no_completion(text: str) -> None:
    reason = no_completion_reason(text)
    assert reason is not None and reason.endswith("a person decides"), text


@pytest.mark.parametrize("text", GENUINE_PAGES)
def test_a_genuine_certificates_words_near_them_are_silent(text: str) -> None:
    assert no_completion_reason(text) is None, (text, no_completion_reason(text))


OUTLINE_HEADINGS = [
    "Crisis Intervention Teams for Youth - 40 Hour Course Daily Topics and Hours Day Date Topics Hours",
    "Day-by-Day Schedule Day Module Hours",
    "Basic SRO Course - Daily Schedule Day Date Hours",
    "Hours per Day Day Topic Hours",
]
RECORD_HEADINGS = [
    "Clearwater PD Training Completion Record Learner: T. Willoughby Course Due Completed Hours",
    "Harbor City PD Daily Activity Training Log Learner: D. Day Date Course Hours",
    "Training Record Learner: Dana Day Date Course Hours Status",
]


@pytest.mark.parametrize("heading", OUTLINE_HEADINGS)
def test_a_course_outlined_by_day_is_a_listing(heading: str) -> None:
    assert listing_reason(heading) is not None, heading


@pytest.mark.parametrize("heading", RECORD_HEADINGS)
def test_a_records_heading_near_it_is_no_listing(heading: str) -> None:
    assert listing_reason(heading) is None, (heading, listing_reason(heading))


PARTIAL_PAGES = [
    "The participant was present from 0800 to 1200 and left early.",
    "Hours attended: 4 of 8",
    "Officer departed the training early due to a call.",
    "The officer arrived late and was present for 5 of 8 hours.",
]
FULL_PAGES = ["Hours attended: 4 of 4", "Hours attended: 8", "attended all 8 hours of the course"]


@pytest.mark.parametrize("text", PARTIAL_PAGES)
def test_part_of_the_day_attended_is_no_completion(text: str) -> None:
    reason = no_completion_reason(text)
    assert reason is not None and "part of the course" in reason, (text, reason)


@pytest.mark.parametrize("text", FULL_PAGES)
def test_the_whole_day_attended_is_silent(text: str) -> None:
    assert no_completion_reason(text) is None, (text, no_completion_reason(text))


def test_a_learning_plan_proves_no_completion() -> None:
    assert no_completion_reason("Clearwater PD\nMy Learning Plan\nLearner: D. Okonkwo") is not None
    assert listing_reason("Clearwater PD My Learning Plan Learner: D. Okonkwo Course Assigned Due Hours")
    # a transcript's sentence naming a plan completed is no plan's title
    assert no_completion_reason("All courses of the SRO learning plan were completed.") is None
    assert no_completion_reason("Clearwater PD My Learning Plan Learner: D. Okonkwo Course Due") is not None
