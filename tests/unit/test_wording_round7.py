"""Wordings from round 7 of the certificate audit (``tests/novel_certificates_7.py``), on positioned words.

Each case is a fault the audit found: the strings are what such certificates print, with the distractors
beside them, and the assertion is the reading a person would sign, or a review note where the page cannot
settle a fact. Every rule is tried on several wordings, none of them the fixture's own lines alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import choose_hours, hours_candidates, read_certificate
from extract.fields.hours import find_hours
from extract.types import RawItem
from tests.unit.test_layout_parsers import page_of


def _item(rows: list[tuple[str, float, float, float]]) -> RawItem:
    item = read_certificate(page_of(rows)).item
    assert item is not None
    return item


def _certificate(middle: list[tuple[str, float]], tail: list[str]) -> list[tuple[str, float, float, float]]:
    """A heading, a name and ``middle`` (text, size) centred-ish one under another, then ``tail`` in 11 pt."""
    rows: list[tuple[str, float, float, float]] = [
        ("Certificate of Completion", 170, 100, 24),
        ("This certifies that", 220, 150, 11),
        ("Jordan K. Ellery", 200, 180, 20),
    ]
    y = 220.0
    for text, size in middle:
        rows.append((text, 150, y, size))
        y += size * 1.8
    for text in tail:
        rows.append((text, 180, y, 11))
        y += 20
    return rows


# ------------------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("heading", "counter", "day_line", "day"),
    [
        ("Regional School Safety Summit  -  June 13-15, 2022", "Day 2 of 3", "Tuesday, June 14, 2022", 14),
        ("Youth Violence Symposium, June 13 - 17, 2022", "DAY 3 OF 5", "June 15, 2022", 15),
        ("Conference dates: 06/13/2022 - 06/15/2022", "Day 1 of 3", "Attended: 06/13/2022", 13),
    ],
)
def test_one_day_of_an_event_is_that_day(heading: str, counter: str, day_line: str, day: int) -> None:
    """ "Day N of M" under an event's range with the day printed alone: the day (the range's N-th) is the
    certificate's date, not the event's span."""
    rows = [
        (heading, 100, 60, 12),
        *_certificate(
            [("has attended", 11), ("Bullying Prevention Workshop", 16)],
            [counter, day_line, "Contact hours: 6.5"],
        ),
    ]
    item = _item(rows)
    assert (item.start_date, item.end_date) == (date(2022, 6, day), date(2022, 6, day))
    assert item.date_notes == ()


@pytest.mark.parametrize(
    ("counter", "day_line"),
    [
        ("Day 2 of 3", "Issued June 20, 2022"),  # the day itself is not printed
        ("Day 2 of 3", "June 15, 2022"),  # a day that is not the range's second
        ("Day 4 of 3", "June 14, 2022"),  # a counter past its own total
    ],
)
def test_a_day_of_an_event_unsettled_goes_to_a_person(counter: str, day_line: str) -> None:
    rows = [
        ("Summit  -  June 13-15, 2022", 100, 60, 12),
        *_certificate(
            [("has attended", 11), ("Bullying Prevention Workshop", 16)],
            [counter, day_line, "Contact hours: 6.5"],
        ),
    ]
    item = _item(rows)
    assert any("day " in n and " of 3 of the event" in n for n in item.date_notes), item.date_notes


def test_every_day_of_an_agenda_leaves_the_range() -> None:
    """Several counters ("Day 1 of 2", "Day 2 of 2") list the event's days: the range is the course's."""
    rows = _certificate(
        [("has attended", 11), ("Bullying Prevention Workshop", 16)],
        ["June 13-14, 2022", "Day 1 of 2: June 13, 2022", "Day 2 of 2: June 14, 2022", "Contact hours: 12"],
    )
    item = _item(rows)
    assert (item.start_date, item.end_date) == (date(2022, 6, 13), date(2022, 6, 14))


# ------------------------------------------------------------------------------------ titles


@pytest.mark.parametrize(
    "caption",
    [
        "School Safety Leadership Series  -  Module 3 of 5",
        "Module 3 of 5",
        "Juvenile Justice Academy, Part 2 of 4",
        "Summer Institute - Session 1 of 3",
    ],
)
def test_a_series_caption_over_the_title_is_no_title(caption: str) -> None:
    item = _item(
        _certificate(
            [("has completed", 11), (caption, 12), ("Behavioral Threat Assessment", 18)],
            ["Date: 09/20/2022", "Instructional hours: 4"],
        )
    )
    assert item.course_title == "Behavioral Threat Assessment"


def test_a_title_ending_on_its_part_stands_alone() -> None:
    """With no larger title under it, "..., Part 1 of 2" is the title (round 2's online module)."""
    item = _item(
        _certificate(
            [("has completed", 11), ("Human Trafficking of Minors, Part 1 of 2", 16)],
            ["Completion Date: 05/02/2022", "Hours: 2"],
        )
    )
    assert item.course_title == "Human Trafficking of Minors, Part 1 of 2"


@pytest.mark.parametrize(
    "under",
    ["TCOLE Course #4064", "Course No. 2117", "POST Course Number 22-0417", "Day 2 of 3", "Module 3 of 5"],
)
def test_a_number_or_counter_under_the_title_does_not_continue_it(under: str) -> None:
    """Scans lose the type sizes that keep such lines apart: their wording does."""
    item = _item(
        _certificate(
            [("has successfully completed", 11), ("School-Based Law Enforcement", 16), (under, 15)],
            ["Dates: 06/06/2022 - 06/08/2022", "Credit Hours: 20"],
        )
    )
    assert item.course_title == "School-Based Law Enforcement"


@pytest.mark.parametrize("cue", ["for completing LE-BUL-204", "has completed SRO 201", "completed CJ-2250A"])
def test_a_cue_naming_only_a_course_code_leads_to_the_title_below(cue: str) -> None:
    item = _item(
        _certificate(
            [(cue, 11), ("Bullying and Cyberbullying Prevention", 16)],
            ["Completed: Mar 4, 2022 11:47 PM CST", "Course length: 2.0 hours"],
        )
    )
    assert item.course_title == "Bullying and Cyberbullying Prevention"


@pytest.mark.parametrize(
    "prose",
    ["has completed the 8 hour course", "completed the 8-hour training", "has completed this 8 hour class"],
)
def test_a_length_in_the_cue_sentence_is_the_courses(prose: str) -> None:
    """ "has completed the 8 hour course" / TITLE: the title is the next line, the hours the sentence's, with
    no "read from the title" doubt; a capitalised "8-Hour Course" in a title keeps it."""
    item = _item(_certificate([(prose, 11), ("Youth Mental Health First Aid", 16)], ["on March 10, 2022"]))
    assert (item.course_title, item.hours) == ("Youth Mental Health First Aid", 8.0)
    assert item.hours_notes == ()


def test_a_length_in_a_title_still_is_the_titles() -> None:
    item = _item(
        _certificate(
            [("has completed", 11), ("8-Hour Youth Mental Health First Aid Course", 16)],
            ["on March 10, 2022"],
        )
    )
    assert "hours read from the course title only" in item.hours_notes


@pytest.mark.parametrize(
    ("label", "value"),
    [("Time on course:", "3 hrs"), ("Completed:", "2022-03-04 16:45 UTC"), ("Course length:", "2.0 hours")],
)
def test_a_label_with_its_value_beside_it_is_no_title(label: str, value: str) -> None:
    """A label and its value in cells of their own ("Time on course:" | "3 hrs"): the course is the line the
    bare "Course" captions."""
    rows = [
        ("Certificate of Completion", 170, 100, 24),
        ("Learner", 260, 150, 11),
        ("Jordan K. Ellery", 200, 180, 20),
        ("Course", 262, 220, 11),
        ("Trauma-Informed Policing with Youth", 150, 246, 16),
        ("Completed:", 150, 300, 11),
        ("2022-03-04 16:45 UTC", 300, 300, 11),
        (label, 150, 320, 11),
        (value, 300, 320, 11),
    ]
    assert _item(rows).course_title == "Trauma-Informed Policing with Youth"


@pytest.mark.parametrize(
    "kind",
    ["for the blended course", "for the online training", "for this two-day workshop", "for the course:"],
)
def test_a_sentence_naming_the_kind_of_course_leads_to_it(kind: str) -> None:
    item = _item(
        _certificate(
            [(kind, 11), ("Interviewing and Interrogating Juveniles", 16)],
            ["Completed August 23, 2022", "Hours: 8"],
        )
    )
    assert item.course_title == "Interviewing and Interrogating Juveniles"


# ------------------------------------------------------------------------------------ hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Delivery: instructor-led 6 h + online 2 h", 8.0),
        ("6 hours classroom + 2 hours online", 8.0),
        ("Blended: 4.5 hrs online + 3.5 hrs in person", 8.0),
        ("Format: 1 h 30 min e-learning + 2 h practical", 3.5),
    ],
)
def test_parts_added_up_on_the_page_are_one_amount(text: str, hours: float) -> None:
    (found,) = find_hours(text)
    assert (found.hours, found.labelled) == (hours, True)


@pytest.mark.parametrize(
    "text",
    [
        "Hours: 6 + 2",  # the second part has no unit
        "8 hours + 0.8 CEU",  # two units: a conversion, not parts
        "Day 1: 4 hours + Day 2: 4 hours",  # a number between (read as its own parts)
    ],
)
def test_no_sum_without_two_units_of_hours(text: str) -> None:
    assert all(m.hours != 8.0 or m.text.count("+") == 0 for m in find_hours(text))


@pytest.mark.parametrize(
    ("whole", "share"),
    [
        ("8 Hours CLEET Credit", "(includes 2.0 hours of mental health training)"),
        ("Total hours: 16", "including 4 hours of legal update"),
        ("Credit hours: 24", "of which 8 hours online"),
    ],
)
def test_a_share_the_course_includes_is_not_its_length(whole: str, share: str) -> None:
    best, notes = choose_hours(hours_candidates(page_of([(whole, 100, 100, 12), (share, 100, 120, 11)])))
    assert best is not None and best.hours == float(whole.split()[-1] if ":" in whole else whole.split()[0])
    assert notes == []


@pytest.mark.parametrize(
    ("parts", "total", "expected", "note"),
    [
        (
            [
                "Adolescent Brain Development (3 hrs)",
                "De-escalation (3 hrs)",
                "Referral (3 hrs)",
                "Resources (3 hrs)",
            ],
            "Total instructional hours: 12",
            12.0,
            False,
        ),
        (["Orientation: 4 hours", "Field practice: 4 hours"], "Total Training Hours: 8", 8.0, False),
        # parts that do not add up to the total: which is right is a person's call
        (["Orientation: 4 hours", "Field practice: 3 hours"], "Total hours: 8", None, True),
    ],
)
def test_parts_adding_up_to_a_total_give_the_total(
    parts: list[str], total: str, expected: float | None, note: bool
) -> None:
    rows = [(p, 100, 100 + 18 * i, 11) for i, p in enumerate(parts)] + [
        (total, 100, 110 + 18 * len(parts), 11)
    ]
    best, notes = choose_hours(hours_candidates(page_of(rows)))
    assert best is not None
    if expected is not None:
        assert best.hours == expected
    assert any(n.startswith("several hour values") for n in notes) is note
