"""The fourth unseen round's fixes (bench/unseen_applicants_4.py): a form's ticked status, its start beside
"Job Title:" under "Date of Assignment:", "remains in good standing" saying nothing of the assignment, a
printout's name field ending at the gap before the next field, a roster's column with a name of an unknown
given name and its number in a cell of its own, the roster's event as its course, whether a roster lists
the applicant, and an old line of unknown category settled as old."""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import find_course_title
from extract.document import _table_participant
from extract.letter import _employment, _flat, read_sro_start
from extract.lines import page_cells
from extract.roster import roster_attendees, roster_event, roster_heading
from extract.status_field import read_status_field
from extract.types import Line, Word
from tests.unit.test_rules import advanced, basic, build, conference, make_item, r5_items
from verify.names import roster_names_match
from verify.types import DocumentFacts

NAME = "Jerome T. Whitlock"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        pytest.param(
            "Employment Status: ☒ Active ☐ Inactive ☐ Leave of Absence Section B", "current", id="glyphs"
        ),
        pytest.param("Status: [X] Active [ ] Inactive [ ] Separated", "current", id="brackets"),
        pytest.param("Employment Status: X Active Inactive Terminated", "current", id="typed-x"),
        pytest.param("Status: (x) Retired ( ) Active", "ended", id="parenthesised"),
        pytest.param("Status: ☐ Active ☒ Inactive", "ended", id="inactive-ticked"),
        # OCR lost the empty box: the X still stands before the choice it ticks, not before "Active".
        pytest.param("Status: Active X Inactive", "ended", id="empty-box-lost"),
        pytest.param("Status: Active", "current", id="one-value"),
        pytest.param("Status: Active Inactive", None, id="nothing-ticked"),
        pytest.param("Status: [X] Active [X] Inactive", None, id="both-ticked"),
        pytest.param("Status: ☐ Active ☒ Leave of Absence", None, id="on-leave"),
        pytest.param("Marital status: X single", None, id="another-field"),
    ],
)
def test_status_field(text: str, status: str | None) -> None:
    read = read_status_field(text)
    assert (read[0] if read else None) == status


def test_a_form_status_decides_employment() -> None:
    form = "Job Title: School Resource Officer Employment Status: [ ] Active [X] Separated"
    assert _employment(_flat(form))[0] == "ended"
    assert _employment(_flat(form.replace("[ ] Active [X]", "[X] Active [ ]")))[0] == "current"


def test_start_under_date_of_assignment_beside_the_role() -> None:
    form = (
        "Name: Jerome T. Whitlock Job Title: School Resource Officer Date of Assignment: 08/16/2018 Dept: X"
    )
    assert read_sro_start(form).start == date(2018, 8, 16)
    # The same label beside another position starts no SRO service.
    assert read_sro_start(form.replace("School Resource Officer", "Patrol Deputy")).start is None


def test_good_standing_is_not_the_assignment_going_on() -> None:
    former = (
        "Deputy Harriet P. Lindqvist served as the School Resource Officer at Osage Junior High from the "
        "14th of August 2015 until the 30th of June 2023, when she was reassigned to the Criminal "
        "Investigations Division. Deputy Lindqvist remains in good standing with this Office."
    )
    assert _employment(_flat(former))[0] == "ended"
    current = (
        "Deputy Ann Ray has served as the School Resource Officer since 2018. She remains in good standing."
    )
    assert _employment(_flat(current))[0] == "current"
    # Good standing beside a cue about the assignment itself: still current.
    goes_on = "He has been our SRO for five years. He continues in that assignment and is in good standing."
    assert _employment(_flat(goes_on))[0] == "current"


def _line(cells: list[tuple[str, float]], y: float, size: float = 9.0) -> Line:
    """One line of a text layer: each cell's words at its x, one space apart (Courier-like widths)."""
    words = []
    for text, x in cells:
        for token in text.split():
            words.append(Word(text=token, bbox=(x, y, x + 5.4 * len(token), y + size), conf=1.0))
            x += 5.4 * (len(token) + 1)
    return Line(words=tuple(words), page=1)


def test_a_name_field_ends_at_the_gap_before_the_next_field() -> None:
    header = [
        _line([("PEACE OFFICER STANDARDS AND TRAINING COMMISSION", 36)], 40),
        _line([("OFFICER: DESMOND K. ACHEBE", 36), ("POST ID: 7720-4419", 330)], 80),
    ]
    found = _table_participant([header])
    assert found is not None and found.text == "DESMOND K. ACHEBE"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [("Name: Bailey, KellyE", "Bailey, Kelly E"), ("EMPLOYEE: JEREMIAH ADAMS Il", "JEREMIAH ADAMS II")],
)
def test_a_transcript_name_is_tidied_as_a_certificate_name_is(printed: str, expected: str) -> None:
    """A record's name field gets the same repair of OCR damage as a certificate's name."""
    found = _table_participant([[_line([(printed, 36)], 80)]])
    assert found is not None and found.text == expected


def _roster(people: list[str]) -> list[Line]:
    lines = [
        _line([("2023 NASRO School Safety Conference - Grapevine, Texas", 40)], 40, 11),
        _line([("SESSION SIGN-IN SHEET", 40)], 60, 14),
        _line([("#", 43), ("Name (print)", 69), ("Agency", 233), ("State", 423)], 127, 10),
    ]
    for i, person in enumerate(people):
        y = 150 + 24 * i
        lines.append(
            _line([(str(i + 1), 43), (person, 69), ("Some Police Department", 233), ("TX", 423)], y, 10)
        )
    return lines


PEOPLE = ["Adams, Keith R.", "Baptiste, Nadia", "Chu, William H.", "Mbeki, Thabo", "Whitlock, Jerome T."]


def test_roster_column_keeps_a_name_of_an_unknown_given_name() -> None:
    # "Thabo" is in no list of given names: its row does not end the column, nor is it dropped.
    assert roster_attendees(_roster(PEOPLE)) == tuple(PEOPLE)


def test_a_column_of_unknown_given_names_alone_is_no_roster() -> None:
    assert roster_attendees(_roster(["Mbeki, Thabo", "Ngata, Wiremu", "Oyelaran, Tunde"])) == ()


def test_roster_event_is_the_line_naming_the_event_not_the_heading() -> None:
    event = roster_event(_roster(PEOPLE), PEOPLE)
    assert event is not None and event.text.startswith("2023 NASRO School Safety Conference")


@pytest.mark.parametrize(
    ("attendees", "same"),
    [
        pytest.param(PEOPLE, True, id="listed"),
        pytest.param(PEOPLE[:-1], False, id="not-listed"),
        pytest.param([*PEOPLE[:-1], "Whitlock, J."], None, id="only-an-initial"),
    ],
)
def test_roster_names_the_applicant(attendees: list[str], same: bool | None) -> None:
    assert roster_names_match(NAME, attendees).same_person is same


def _roster_doc(attendees: list[str]) -> DocumentFacts:
    item = conference(date(2023, 6, 27)).model_copy(
        update={"status": "review", "document": "signin.pdf", "doc_type": "other", "participant_name": None}
    )
    return DocumentFacts(
        file="signin.pdf", doc_type="other", participant_name=None, issuer=None, items=(item,),
        attendees=tuple(attendees),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("attendees", "r6"),
    [
        pytest.param(PEOPLE, "needs_review", id="listed"),
        pytest.param(PEOPLE[:-1], "not_met", id="not-listed"),
    ],
)
def test_a_roster_is_at_most_a_line_to_confirm(attendees: list[str], r6: str) -> None:
    items = [basic(), advanced(), *r5_items()]
    ledger = build(items, extra=[_roster_doc(attendees)], name=NAME)
    assert ledger.requirements["conference"].verdict == r6
    roster_line = next(ln for ln in ledger.lines if ln.document == "signin.pdf")
    assert roster_line.status == "review" if r6 == "needs_review" else roster_line.rule == "other_person"


def test_an_old_line_of_unknown_category_is_settled_as_old() -> None:
    old = make_item("Basic Peace Officer Academy", date(1998, 12, 18), 640.0, category=None, status="review")
    ledger = build([basic(), advanced(), conference(), *r5_items(120.0), old])
    line = next(ln for ln in ledger.lines if ln.course_title == old.course_title)
    assert (line.credited_hours, line.rule) == (0.0, "older_than_window")
    assert ledger.requirements["additional_160"].verdict == "not_met"  # 120 h; the old line adds nothing


@pytest.mark.parametrize(
    ("title", "heading"),
    [("SESSION SIGN-IN SHEET", True), ("State Signature", True), ("Juvenile Law Update", False)],
)
def test_roster_heading(title: str, heading: bool) -> None:
    assert roster_heading(title) is heading


WRAPPED = "School Resource"


def _form_title(second_top: float, second_x: float = 175.0) -> str | None:
    """A form's "Course Title:" value wrapped onto a second line under the value (OCR boxes: the line gap
    of a 1.5 pitch form, 6.5 points here, is a little more than 0.8 of the words' height)."""
    lines = [
        _line(
            [("Course Title:", 50), ("Adolescent Mental Health Training for School Resource", 175)], 250, 8
        ),
        _line([("Officers", second_x)], second_top, 8),
        _line([("Dates Attended:", 50), ("May 3-4, 2022", 175)], 305, 8),
    ]
    found = find_course_title(page_cells(lines))
    return found[0] if found else None


def test_a_form_value_wrapped_under_itself_is_read_whole() -> None:
    assert _form_title(264.5) == "Adolescent Mental Health Training for School Resource Officers"
    # Not under the value (the label's column), or a line further down: another field, not the title's.
    assert _form_title(264.5, second_x=50) == "Adolescent Mental Health Training for School Resource"
    assert _form_title(275.0) == "Adolescent Mental Health Training for School Resource"
