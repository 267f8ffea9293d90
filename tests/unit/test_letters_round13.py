"""Letters and conference evidence, round 13 (``tests/novel_letters_13.py``): the faults it found, each on
several wordings, with controls that must read as before.

- service in months ("two years and eleven months", "the past 35 months") is a span of a month as of the
  letter's date, never the years alone; "will have served ... for three years" is to come, no service;
- a school year, a season or a year announced for later ("will be assigned ... beginning with the 2025-2026
  school year") starts no service; "AY 2020-21" after the role is its first school year; "2019-present" after
  the role is the start's year; a list of posts with years ("Detention, 2011-2014; ...") ends no SRO post;
- forms: "Date SRO assignment ended:" labels an end, never a start; a line-start label "Date assigned to SRO
  position:" labels the start; "[X] Currently assigned as SRO" / "[X] Formerly assigned as SRO" are the
  status; a bare "Date" after a date cell is the next label, not "to date";
- "Tanaka is the School Resource Officer at ..." says the present; "This is the SRO verification" does not;
- R2 on a letter dated after the application: an SRO only since after it is none on it (review); a post that
  ended after it was held on it (met);
- two given names of one length alike but for their last letter (Andrea / Andrew) are no sure match: a person
  decides.
"""

from __future__ import annotations

from datetime import date

import pytest

from classify.doctype import classify_doctype
from extract.letter import (
    _employment,
    _flat,
    read_service_months,
    read_service_years,
    read_sro_start,
    start_from_service_months,
)
from extract.letter_end import read_sro_end
from extract.status_field import read_status_field
from verify.names import names_match
from verify.policy import default_policy
from verify.rules import Letter, r2_employed
from verify.types import ApplicationFacts

# ------------------------------------------------------------------ service in months


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Officer Oyelaran has served as the School Resource Officer at Riverside High School for two years "
         "and eleven months.", 35),
        ("Officer Halvorsen has been assigned as the School Resource Officer at Sunnyvale Elementary for the "
         "past 35 months and is currently serving.", 35),
        ("Deputy Ruiz has served as our SRO for 1 year, 6 months.", 18),
        ("Deputy Ruiz has been the School Resource Deputy for eleven months.", 11),
        # vague, or not the SRO post: nothing
        ("Deputy Ruiz has been the School Resource Deputy for nearly 35 months.", None),
        ("Officer Kim has been with the department for 35 months.", None),
        ("In August he will have served as our School Resource Officer for 35 months.", None),
    ],
)  # fmt: skip
def test_service_in_months(text: str, months: int | None) -> None:
    found = read_service_months(text)
    assert (found[0] if found else None) == months


def test_months_span_and_years_never_read_alone() -> None:
    assert start_from_service_months(35, date(2025, 6, 1)) == (date(2022, 6, 2), date(2022, 7, 1))
    assert start_from_service_months(11, date(2025, 3, 31)) == (date(2024, 4, 1), date(2024, 4, 30))
    text = "Officer Ito has served as the SRO at Elm High School for two years and eleven months."
    assert read_service_months(text) is not None  # read_letter then takes the months, not "two years"


@pytest.mark.parametrize(
    "text",
    [
        "In August of this year he will have served as our School Resource Officer for three years.",
        "By July she would have served as the SRO at Elm Middle School for four years.",
        "Next month Deputy Cole will have been our School Resource Deputy for three years.",
    ],
)
def test_future_perfect_years_are_no_service(text: str) -> None:
    assert read_service_years(text) is None


def test_present_perfect_years_still_read() -> None:
    found = read_service_years("Officer Ito has served as our School Resource Officer for five years.")
    assert found is not None and found[0] == 5


# ------------------------------------------------------------------ starts still to come, years, AY


@pytest.mark.parametrize(
    "text",
    [
        "Officer Osei has served in our Patrol Division since March 3, 2016. He has been selected as a "
        "School Resource Officer and will be assigned to Kingsbury High School beginning with the 2025-2026 "
        "school year.",
        "Deputy Lane will be assigned as the SRO at Elm High School beginning with the 2025-26 school year.",
        "Officer Park is scheduled to begin as the School Resource Officer in the fall of 2025.",
    ],
)
def test_a_school_year_or_season_to_come_starts_nothing(text: str) -> None:
    reading = read_sro_start(text)
    assert reading.range is None and reading.start is None


def test_a_school_year_that_began_still_starts() -> None:
    reading = read_sro_start(
        "Deputy Lane has served as our SRO since the start of the 2019-2020 school year."
    )
    assert reading.range == (date(2019, 7, 1), date(2019, 9, 30))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Officer Achterberg was assigned as the School Resource Officer at Harlan Valley High School for AY "
         "2020-21 through AY 2023-24.", (date(2020, 7, 1), date(2021, 6, 30))),
        ("Deputy Lane has served as the SRO at Elm Middle School since SY 2018-19.",
         (date(2018, 7, 1), date(2019, 6, 30))),
        ("Deputy Brannigan has held the following assignments with this Office: Detention, 2011-2014; Patrol "
         "Division, 2014-2019; School Resource Deputy, Ferris Central High School, 2019-present.",
         (date(2019, 1, 1), date(2019, 12, 31))),
        ("Assignments: Patrol, 2010-2015; School Resource Officer, Oak HS, 2015 - Present.",
         (date(2015, 1, 1), date(2015, 12, 31))),
        # another post to the present: no SRO start
        ("Assignments: School Resource Officer, Oak HS, 2012-2015; Patrol, 2015-present.", None),
    ],
)  # fmt: skip
def test_academic_and_listed_years(text: str, span: tuple[date, date] | None) -> None:
    assert read_sro_start(text).range == span


@pytest.mark.parametrize(
    ("text", "employment"),
    [
        ("Deputy Brannigan has held the following assignments with this Office: Detention, 2011-2014; Patrol "
         "Division, 2014-2019; School Resource Deputy, Ferris Central High School, 2019-present.", "current"),
        ("Officer Okonkwo served as the School Resource Officer at Lincoln Middle School from August of 2016 "
         "through June of 2019, and has served as the School Resource Officer at Granite Falls High School "
         "from August of 2019 through the present.", None),  # an end and a present: never "ended"
        ("Officer Tanaka is the School Resource Officer at Northgate High School.", "current"),
        ("She is our SRO at Lincoln HS.", "current"),
        ("This is the School Resource Officer verification for Oak HS.", None),
        ("This is the School Resource Officer for Oak HS.", None),
    ],
)  # fmt: skip
def test_present_in_lists_and_plain_is(text: str, employment: str | None) -> None:
    assert _employment(_flat(text))[0] == employment


# ------------------------------------------------------------------ forms


FORM = """SCHOOL RESOURCE OFFICER VERIFICATION
Officer Name: Officer Xavier M. Lindqvist
Badge No.: 2290
{current}  Currently assigned as SRO
{former}  Formerly assigned as SRO
Date assigned to SRO position: 08/14/2017
Date SRO assignment ended: {ended}
Date of verification: 04/17/2025
I certify that the information above is accurate."""


@pytest.mark.parametrize(
    ("current", "former", "ended", "employment", "end"),
    [
        ("[ ]", "[X]", "06/28/2024", "ended", (date(2024, 6, 28), date(2024, 6, 28))),
        ("[X]", "[ ]", "N/A", "current", None),
        ("☒", "☐", "N/A", "current", None),
        ("[ ]", "[ ]", "N/A", None, None),  # nothing ticked: nothing said
        ("[X]", "[X]", "N/A", None, None),  # both: nothing said
    ],
)
def test_status_boxes_and_end_label(
    current: str, former: str, ended: str, employment: str | None, end: tuple[date, date] | None
) -> None:
    text = FORM.format(current=current, former=former, ended=ended)
    assert read_sro_start(text).start == date(2017, 8, 14)  # never the end's date
    assert read_sro_end(text).range == end
    assert _employment(_flat(text))[0] == employment


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Employee: Officer Ruiz\nDate SRO assignment ended: 06/30/2023\nDate of report: 01/05/2025", None),
        ("Employee: Officer Ruiz\nEnd date of SRO assignment: 06/30/2023", None),
        ("Employee: Officer Ruiz\nDate assigned as SRO: 08/01/2019\nDate of report: 01/05/2025",
         date(2019, 8, 1)),
    ],
)  # fmt: skip
def test_end_labels_start_nothing(text: str, start: date | None) -> None:
    assert read_sro_start(text).start == start


def test_a_bare_date_label_after_a_date_cell_is_no_present() -> None:
    flat = _flat("Date assigned to SRO position: 08/14/2017 Date of verification: 04/17/2025")
    assert _employment(flat)[0] is None
    assert _employment(_flat("Positions held: SRO, Oak Middle School 08/21/2016 to date"))[0] == "current"


def test_status_box_reading_alone() -> None:
    assert read_status_field(_flat("[X] Formerly assigned as SRO [ ] Currently assigned as SRO")) == (
        "ended",
        "[X] Formerly assigned as SRO",
    )
    assert read_status_field(_flat("Currently assigned as SRO at Oak HS")) is None


# ------------------------------------------------------------------ letters written after the application


def _app() -> ApplicationFacts:
    return ApplicationFacts(
        applicant_id="T",
        name="Terrence W. Obi",
        agency="PD",
        sro_start_date=None,
        currently_employed=None,
        application_date=date(2025, 6, 1),
    )


def _letter(**kw: object) -> Letter:
    base: dict[str, object] = {
        "document": "x.pdf",
        "names_applicant": True,
        "document_date": date(2025, 9, 10),
        "sro_start_date": None,
        "sro_start_range": (date(2025, 8, 11), date(2025, 8, 11)),
        "employment": "current",
    }
    base.update(kw)
    return Letter(**base)  # type: ignore[arg-type]


def test_r2_sro_only_since_after_the_application_is_no_sro_on_it() -> None:
    got = r2_employed(_app(), [_letter()], default_policy())
    assert got.verdict == "needs_review" and "after the application date" in got.reason


def test_r2_post_ended_after_the_application_was_held_on_it() -> None:
    x = _letter(
        document_date=date(2025, 10, 1),
        sro_start_range=(date(2018, 8, 20), date(2018, 8, 20)),
        employment="ended",
        sro_end_range=(date(2025, 7, 31), date(2025, 7, 31)),
    )
    assert r2_employed(_app(), [x], default_policy()).verdict == "met"
    # the end on or before the application: not met, as before
    y = x.model_copy(update={"sro_end_range": (date(2025, 5, 30), date(2025, 5, 30))})
    assert r2_employed(_app(), [y], default_policy()).verdict == "not_met"
    # a start the letter prints only after the application: a person reads it
    z = x.model_copy(update={"sro_start_range": (date(2025, 6, 15), date(2025, 6, 15))})
    assert r2_employed(_app(), [z], default_policy()).verdict == "needs_review"


def test_r2_letter_after_application_serving_since_before_it() -> None:
    x = _letter(sro_start_range=(date(2021, 8, 9), date(2021, 8, 9)), document_date=date(2025, 7, 14))
    assert r2_employed(_app(), [x], default_policy()).verdict == "met"


# ------------------------------------------------------------------ names, doc type


@pytest.mark.parametrize(
    ("applicant", "printed", "same"),
    [
        ("Andrea L. Kovac", "Officer Andrew L. Kovac", None),
        ("Mario Diaz", "Maria Diaz", None),
        ("Andrew L. Kovac", "Officer Andrew L. Kovac", True),
        ("Jonathan Reyes", "Jonathon Reyes", True),  # a spelling, not another name's ending
    ],
)
def test_given_names_ending_otherwise(applicant: str, printed: str, same: bool | None) -> None:
    assert names_match(applicant, printed).same_person is same


def test_a_letter_with_a_salutation_read_as_a_course_is_a_letter() -> None:
    text = (
        "Eastbrook County Sheriff's Office April 22, 2025 To the NASRO Practitioner Committee: Deputy "
        "Malik J. Ferrante has been our School Resource Deputy at Eastbrook Middle School for nearly three "
        "years and remains assigned there. Sincerely, Sheriff Paula D. Kincaid"
    )
    assert classify_doctype(text, "prose", 1, False).doc_type == "employment_letter"
