"""Faults of the real certificates' scans, round 3 (``bench/real_degraded.py``; helper realdeg3).

Each rule is tried on positioned words in several wordings (``page_of`` sets words as a page would, with
a tilt where a photo has one), never on the real files' words.
"""

from __future__ import annotations

import pytest

from extract.certificate import find_course_title
from extract.lines import page_cells
from tests.unit.test_layout_parsers import page_of

# ------------------------------------------------------------------ a code line centred over its course


@pytest.mark.parametrize(
    ("code", "course"),
    [
        ("HZ-0217.c", "Flood Mapping Fundamentals for Local Planners"),
        ("EM-1040", "Shelter Operations and Mass Care Coordination"),
        ("PSR-305", "Youth Crisis De-escalation in School Settings"),
    ],
)
@pytest.mark.parametrize("skew", [0.0, 6.0, -6.0])
def test_a_code_centred_over_its_course_reads_first_on_a_tilted_page(
    code: str, course: str, skew: float
) -> None:
    """On a photo's tilted page, the long course line's box reaches up at its far end, within half a line
    of the top of the short code line centred over it; read left to right as one row, the code followed
    the course ("Flood Mapping ... HZ-0217.c")."""
    lines = page_of(
        [
            ("Institute for Coastal Preparedness", 120, 60, 20),
            ("This Certificate of Achievement is to acknowledge that", 90, 110, 14),
            ("R T OKONKWO", 220, 140, 16),
            ("has sustained a commitment to public service through ongoing", 60, 170, 14),
            ("study and completion of the independent study course:", 80, 192, 14),
            (code, 300, 222, 14),
            (course, 40, 244, 16),
            ("Issued this 4th Day of March, 2022", 150, 280, 12),
        ],
        skew=skew,
    )
    texts = [ln.text for ln in lines]
    assert texts.index(code) < texts.index(course)
    found = find_course_title(lines)
    assert found is not None
    assert found[0] == f"{code} {course}"


# ------------------------------------------------------- a badge's word between greeting and course


@pytest.mark.parametrize(
    ("badge", "x", "size"),
    [
        ("ACHIEVEMEENT", 20, 40),  # one big misread word reaching from the margin across the course
        ("iy COMP PLETION", 10, 22),  # the ribbon's marks read with the word, in the margin
        ("RECOGNITON", 40, 20),
    ],
)
@pytest.mark.parametrize(
    ("greeting", "course"),
    [
        ("Congratulations, Priya N. Raman", "Designing Accessible Web Forms"),
        ("Well done, Tomasz Wieczorek", "Spreadsheet Modelling for Budgets"),
    ],
)
def test_a_badge_word_beside_the_greeting_is_no_course(
    badge: str, x: float, size: float, greeting: str, course: str
) -> None:
    """An online course's certificate greets its learner, then names the course in the same column; a
    ribbon's word in the margin, misread ("ACHIEVEMEENT") so it is no heading, sorted between them is no
    course."""
    lines = page_of(
        [
            ("SkillPath ONLINE", 230, 90, 18),
            ("Certificate of Completion", 230, 120, 22),
            (greeting, 230, 150, 16),
            (badge, x, 178, size),
            (course, 232, 196, 24),
            ("Course completed on Mar 14, 2023 at 10:05AM UTC • 1 hour 40 min", 230, 232, 13),
        ]
    )
    found = find_course_title(lines)
    assert found is not None
    assert found[0] == course


# -------------------------------------------------------------- a fax's rules, a logo beside, a description


@pytest.mark.parametrize(
    ("title", "second", "description"),
    [
        (
            "Statistics: Sampling to Inference - Tests &",
            "Intervals",
            "an online non-credit course authorized by Lakeshore State University and offered through",
        ),
        (
            "Conflict Mediation for Youth Workers and",
            "Community Volunteers",
            "a self-paced program authorized by the Northfield Institute and delivered through",
        ),
    ],
)
def test_a_faxed_course_under_its_cue_past_rules_beside_a_logo(
    title: str, second: str, description: str
) -> None:
    """A fax reads a frame's rules as lines of their own ("|") between the cue and the course, a partner's
    logo level with the course's first line, and under the course the sentence describing it: the course
    is its two lines."""
    lines = page_of(
        [
            ("Oct 2, 2023", 80, 190, 11),
            ("Marisol T. Abernathy", 80, 215, 30),
            ("has successfully completed", 80, 259, 13),
            ("|", 15, 275, 14),
            ("|", 525, 277, 14),
            (":", 706, 282, 3),
            (title, 81, 300, 20),
            ("learnhub", 650, 302, 22),
            (second, 80, 322, 20),
            (description, 79, 350, 14),
            ("Platform", 80, 366, 12),
        ]
    )
    found = find_course_title(page_cells(lines))  # the logo is a cell of its own, as read_certificate reads
    assert found is not None
    assert found[0] == f"{title} {second}"
    assert found[2] >= 0.9


@pytest.mark.parametrize("title", ["D.O.T.", "S.A.F.E.", "C.I.T."])
def test_an_initialism_under_its_cue_is_a_word_not_a_speck(title: str) -> None:
    """Rules and specks are passed over under a cue, but a course named by its initials, every letter
    with its stop, is a word: it stays the course (a text PDF had lost it to the signer's name)."""
    lines = page_of(
        [
            ("This certifies that", 80, 190, 13),
            ("Dana K. Whitfield", 80, 215, 24),
            ("for successful completion of", 80, 250, 13),
            (title, 80, 275, 18),
            ("held 2019-03-04 to 2019-03-15", 80, 300, 13),
            ("Credit Hours: 40", 80, 320, 13),
            ("Marcus Delgado", 300, 420, 13),
            ("Director", 300, 440, 11),
        ]
    )
    found = find_course_title(page_cells(lines))
    assert found is not None
    assert found[0] == title
