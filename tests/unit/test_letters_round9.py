"""Letters and conference evidence, round 9 (``tests/novel_letters_9.py``): the faults it found, each on
several wordings, with controls that must read as before.

- a vague start ("on or about", "in mid-June", "effective the first day of school, August 2021", "since the
  start of the 2022-2023 school year") is a span, never a sure day;
- "assigned to <a unit>, which handles school referrals" or "assigned to patrol Beat 4, which includes Oak
  High School" is no SRO post; "Campus Police Officer with the ... Department", "School Liaison Officer" are;
- "2022-2023 school year" is no service ending in 2023;
- a form's "Start date in position:" beside "Position: <the SRO post>", and "Still employed: Yes/No";
- a travel authorization proves no attendance; a conference badge is R6's evidence for a person only.
"""

from __future__ import annotations

from datetime import date

import pytest

from classify.completion import no_completion_reason, reads_as_a_badge
from extract.letter import SRO_ROLE_RE, _employment, _flat, read_sro_start
from extract.letter_end import read_sro_end
from extract.status_field import read_status_field

# ------------------------------------------------------------------ vague starts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Officer Priya N. Raman was assigned as the School Resource Officer for Sutter Creek Middle School "
         "on or about June 6, 2022.", (date(2022, 5, 6), date(2022, 7, 6))),
        ("Deputy Li began as the SRO at Oak High School on or around January 31, 2019.",
         (date(2018, 12, 31), date(2019, 2, 28))),
        ("Officer Lamar J. Whitaker began his duties as the School Resource Officer at Brookhaven High "
         "School in mid-June 2022, after six years on patrol.", (date(2022, 6, 1), date(2022, 6, 30))),
        ("Officer Ann Poe has served as the School Resource Officer at Elm School since early August 2019.",
         (date(2019, 8, 1), date(2019, 8, 31))),
        ("Deputy Travis L. McCall was assigned as School Resource Deputy to Pike County Middle School "
         "effective the first day of school, August 2021.", (date(2021, 8, 1), date(2021, 8, 31))),
        ("Deputy Samuel K. Oduya has served as the School Resource Officer at Maple Ridge High School since "
         "the start of the 2022-2023 school year.", (date(2022, 7, 1), date(2022, 9, 30))),
        ("Officer Kim has been the SRO at Lee Middle School since the beginning of the 2018-19 school year.",
         (date(2018, 7, 1), date(2018, 9, 30))),
    ],
)  # fmt: skip
def test_a_vague_start_is_a_span_never_a_day(text: str, span: tuple[date, date]) -> None:
    reading = read_sro_start(text)
    assert reading.start is None
    assert reading.range == span
    assert reading.notes


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Officer Ana Ruiz was assigned as the School Resource Officer at Lee Middle School on June 6, 2022.",
         date(2022, 6, 6)),
        ("Officer Ana Ruiz has served as the SRO at Lee Middle School since August 14, 2017.",
         date(2017, 8, 14)),
    ],
)  # fmt: skip
def test_a_plain_start_stays_sure(text: str, start: date) -> None:
    assert read_sro_start(text).start == start


def test_a_whole_school_year_stays_the_whole_year() -> None:
    reading = read_sro_start(
        "Officer Kim has served as the SRO at Lee Middle School since the 2019-2020 school year."
    )
    assert reading.range == (date(2019, 7, 1), date(2020, 6, 30))


# ------------------------------------------------------------------ the post under other names


@pytest.mark.parametrize(
    "text",
    [
        "Detective Ivan G. Sorensen has been employed by the Riverbend Police Department since May 12, 2014. "
        "Since June 3, 2019, he has been assigned to the Juvenile Unit, which handles school referrals.",
        "Officer Natalie E. Brooks has been assigned to patrol Beat 4, which includes Cedar Point High "
        "School, since 2016.",
        "Officer Dale Ruiz has been assigned to investigate school district cases since March 2, 2018.",
    ],
)
def test_a_post_that_touches_schools_is_no_sro_service(text: str) -> None:
    reading = read_sro_start(text)
    assert reading.start is None and reading.range is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Officer Alana M. Vickers has been a Campus Police Officer with the Brazos Valley ISD Police "
         "Department since August 3, 2018.", date(2018, 8, 3)),
        ("Constable Harjit S. Bains has served as the School Liaison Officer for Kingsbridge Secondary "
         "School since September 3, 2019.", date(2019, 9, 3)),
        ("Officer Benjamin T. Cruz is a Youth Services Officer assigned to Marshall High School. He has held "
         "this assignment since January 8, 2020.", date(2020, 1, 8)),
    ],
)  # fmt: skip
def test_the_sro_post_by_other_names(text: str, start: date) -> None:
    assert read_sro_start(text).start == start


def test_assigned_to_a_school_is_still_the_role() -> None:
    assert SRO_ROLE_RE.search("He is assigned to Marshall High School")
    assert SRO_ROLE_RE.search("She was assigned as the resource officer at Oak Elementary School")
    assert not SRO_ROLE_RE.search("He is assigned to the Traffic Unit near Oak Elementary School")


# ------------------------------------------------------------------ a school year is no end


def test_a_school_year_is_no_end_of_service() -> None:
    text = (
        "Deputy Samuel K. Oduya has served as the School Resource Officer at Maple Ridge High School since "
        "the start of the 2022-2023 school year. He is currently assigned to our campus."
    )
    assert read_sro_end(text).range is None
    assert _employment(_flat(text))[0] == "current"


def test_a_span_of_years_still_ends() -> None:
    text = "Officer Lee served as the School Resource Officer at Oak High School from 2015-2019."
    assert read_sro_end(text).range == (date(2019, 1, 1), date(2019, 12, 31))


# ------------------------------------------------------------------ forms


def test_a_form_start_date_in_position() -> None:
    text = (
        "Employee Name: Teresa L. Okonkwo\nDate of Hire: 08/24/2015\nPosition: School Safety Officer\n"
        "Start date in position: 09/08/2020\nStill employed: Yes\n"
    )
    assert read_sro_start(text).start == date(2020, 9, 8)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Position: School Resource Officer Still employed: Yes Date Completed: 04/22/2025", "current"),
        ("Position: School Resource Officer Still employed: No Date Completed: 04/22/2025", "ended"),
        ("Currently in this position? [X] Yes", "current"),
    ],
)
def test_a_yes_no_field_of_the_present(text: str, status: str) -> None:
    field = read_status_field(text)
    assert field is not None and field[0] == status


def test_a_yes_no_field_printing_both_answers_says_nothing() -> None:
    assert read_status_field("Still employed: Yes / No") is None


def test_still_employed_no_is_not_read_as_still_serving() -> None:
    flat = _flat(
        "Position: School Resource Officer Start date in position: 08/15/2016 Still employed: No. I certify "
        "that the information above is true according to our personnel records."
    )
    assert _employment(flat)[0] == "ended"


# ------------------------------------------------------------------ conference evidence


@pytest.mark.parametrize(
    "text",
    [
        "Officer Delaney is authorized to attend the conference above.",
        "TRAINING / TRAVEL AUTHORIZATION Employee: Officer Shawn P. Delaney Event: 2024 NASRO Conference",
        "Request to attend: 2024 NASRO School Safety Conference",
    ],
)
def test_an_approval_to_attend_proves_no_attendance(text: str) -> None:
    reason = no_completion_reason(text)
    assert reason is not None and "approval or request to attend" in reason


def test_a_certificate_of_attendance_is_no_approval() -> None:
    assert (
        no_completion_reason("This certifies that Yvette C. Armstrong attended the 2023 NASRO Conference")
        is None
    )


@pytest.mark.parametrize(
    ("text", "badge"),
    [
        ("NASRO 2024 School Safety Conference July 14-19, 2024 Dwayne K. Mitchell Tulsa, OK ATTENDEE", True),
        ("NASRO 2023 School Safety Conference KEISHA Keisha D. Brown FULL CONFERENCE", True),
        ("Certificate of Attendance presented to Yvette C. Armstrong for attending the 2023 NASRO "
         "School Safety Conference ATTENDEE", False),
        ("This certifies that Lionel Hargrove attended the FASRO 2024 School Safety Conference", False),
        ("Each attendee received a 2024 NASRO School Safety Conference program", False),
    ],
)  # fmt: skip
def test_a_badge_is_told(text: str, badge: bool) -> None:
    assert reads_as_a_badge(text) is badge
