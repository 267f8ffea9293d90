"""Gutters between sheets scanned onto one page, found from word boxes alone (``extract/gutters.py``)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.certificate import opens_a_certificate
from extract.document import page_sheets
from extract.gutters import find_gutters, split_at
from extract.lines import group_lines
from extract.types import BBox, Word

TEXT = 10.0  # the height of a word's box


def block(x: float, y: float, rows: int, cols: int, slope: float = 0.0, leading: float = 6.0) -> list[BBox]:
    """``rows`` lines of ``cols`` words from (x, y), each line drifting ``slope`` (a tilted sheet)."""
    boxes = []
    for r in range(rows):
        for c in range(cols):
            x0 = x + c * 50.0
            y0 = y + r * (TEXT + leading) + slope * (x0 - x)
            boxes.append((x0, y0, x0 + 40.0, y0 + TEXT))
    return boxes


def test_sheets_one_above_the_other_split_between_them() -> None:
    top, bottom = block(50, 50, 8, 6), block(50, 50 + 8 * 16 + 30, 8, 6)
    boxes = top + bottom
    gutters = find_gutters(boxes)
    assert gutters and gutters[0].axis == "rows"
    first, second = split_at(boxes, gutters[0])
    assert (first, second) == (list(range(len(top))), list(range(len(top), len(boxes))))


def test_sheets_side_by_side_split_between_them() -> None:
    left, right = block(30, 50, 10, 4), block(30 + 4 * 50 + 25, 50, 10, 4)
    boxes = left + right
    gutters = [g for g in find_gutters(boxes) if g.axis == "columns"]
    assert gutters
    assert split_at(boxes, gutters[0]) == (list(range(len(left))), list(range(len(left), len(boxes))))


def test_a_narrow_gutter_is_found() -> None:
    """Sheets laid close together: a gutter of a line and a half, wider than any space between lines."""
    top, bottom = block(50, 50, 6, 5), block(50, 50 + 6 * 16 + 15, 6, 5)
    gutters = find_gutters(top + bottom)
    assert [split_at(top + bottom, g)[0] for g in gutters] == [list(range(len(top)))]


def test_a_tilted_sheet_leaves_a_tilted_gutter() -> None:
    """Sheets 2 degrees crooked: their lines sink 16 pt across them, most of the 20 pt gap between
    them, so no level band runs between the sheets; a band at their tilt does."""
    top = block(50, 50, 6, 10, slope=0.035)
    bottom_of_top = max(b[3] for b in top)  # at its right end
    bottom = block(50, bottom_of_top + 20 - 0.035 * 450, 6, 10, slope=0.035)
    boxes = top + bottom
    assert not [g for g in find_gutters(boxes) if g.slope == 0.0 and g.axis == "rows"]
    tilted = [g for g in find_gutters(boxes) if split_at(boxes, g)[0] == list(range(len(top)))]
    assert tilted and tilted[0].slope > 0


def test_lines_of_one_text_have_no_gutter() -> None:
    """Lines set at their usual spacing, and words at their usual spacing, leave no band."""
    assert find_gutters(block(50, 50, 20, 8)) == []


def test_a_few_words_past_a_band_are_no_sheet() -> None:
    """A footer of three words under a wide band: one side too small to be a sheet."""
    boxes = block(50, 50, 10, 6) + block(50, 600, 1, 3)
    assert find_gutters(boxes) == []


def test_widest_gutter_first() -> None:
    boxes = block(50, 50, 6, 6) + block(50, 50 + 96 + 20, 6, 6) + block(50, 50 + 2 * 96 + 20 + 60, 6, 6)
    widths = [g.width for g in find_gutters(boxes)]
    assert widths == sorted(widths, reverse=True) and len(widths) == 2


# ---------------------------------------------------------------------------------- page_sheets

BASIC = (
    "CERTIFICATE OF COMPLETION",
    "This certifies that",
    "Maria L. Gonzalez",
    "has successfully completed the",
    "Basic School Resource Officer Course",
    "held June 7-11, 2021 in Hoover, Alabama",
    "Forty (40) Hours",
)
YMHFA = (
    "National Council for Mental Wellbeing",
    "CERTIFICATE OF COMPLETION",
    "Student Name: Maria L. Gonzalez",
    "Course Title: Youth Mental Health First Aid",
    "Dates Attended: March 4, 2019",
    "Training Hours: 8 Contact Hours",
)
JUVENILE = (
    "CERTIFICATE OF TRAINING",
    "awarded to Maria L. Gonzalez",
    "for completion of Juvenile Law for Law Enforcement",
    "September 12, 2018 - 8 Credit Hours",
)
SIGNED = ("Dana K. Whitaker", "Director of Training", "Date issued: June 14, 2021")


def words_of(texts: Sequence[str], x: float, y: float, slope: float = 0.0) -> list[Word]:
    """``texts`` set as lines from (x, y), a word 5 pt a character, lines 16 pt apart, each sinking
    ``slope`` along its length; a "|" sets the next cell 40 pt apart."""
    words = []
    for row, text in enumerate(texts):
        left = x
        for token in text.split():
            if token == "|":
                left += 36
                continue
            top = y + row * 16 + slope * (left - x)
            box = (left, top, left + 5 * len(token), top + TEXT)
            words.append(Word(text=token, bbox=box, conf=0.95))
            left = box[2] + 4
    return words


def sheets_of(words: list[Word]) -> list[list[str]]:
    return [[ln.text for ln in sheet] for sheet in page_sheets(group_lines(words, 1))]


def test_two_certificates_one_above_the_other_are_two_sheets() -> None:
    speck = Word(text="l1", bbox=(150, 155, 158, 173), conf=0.4)  # a border's mark read in the gutter
    words = [*words_of(BASIC, 40, 40), speck, *words_of(YMHFA, 40, 40 + 7 * 16 + 30)]
    sheets = [[text for text in sheet if text != "l1"] for sheet in sheets_of(words)]
    assert sheets == [list(BASIC), list(YMHFA)]


def test_two_certificates_side_by_side_are_two_sheets() -> None:
    words = words_of(BASIC, 20, 40) + words_of(YMHFA, 20 + 5 * 40 + 30, 48)
    assert sheets_of(words) == [list(BASIC), list(YMHFA)]


def test_a_certificate_and_its_signatures_past_a_wide_band_are_one_sheet() -> None:
    words = words_of(BASIC, 40, 40) + words_of(SIGNED, 40, 400)
    assert len(sheets_of(words)) == 1


def test_a_certificate_printed_twice_on_a_page_is_one_sheet() -> None:
    """Two copies of one certificate (a copy, a wallet card) are one course: not two credits."""
    words = words_of(BASIC, 40, 40) + words_of(BASIC, 40, 40 + 7 * 16 + 30)
    assert len(sheets_of(words)) == 1


def test_three_cards_on_a_page_are_three_sheets() -> None:
    words = [
        *words_of(BASIC, 40, 40),
        *words_of(YMHFA, 40, 40 + 7 * 16 + 30),
        *words_of(JUVENILE, 40, 40 + 13 * 16 + 60),
    ]
    assert sheets_of(words) == [list(BASIC), list(YMHFA), list(JUVENILE)]


LABELLED = (
    "Harbor City Police Department",
    "Name | Victor M. Salazar",
    "Class | Defensive Tactics Refresher",
    "From | February 3, 2020",
    "Hours Awarded | 8",
)


def test_a_crooked_sheet_beside_a_labelled_one_is_a_sheet_of_its_own() -> None:
    """The right sheet sinks 2 degrees; the left one sets its labels apart from their values, with no
    cue before them but the label alone ("Name   Victor M. Salazar")."""
    left = words_of(LABELLED, 20, 40)
    right = words_of(YMHFA, 20 + 5 * 45 + 24, 40, slope=0.035)
    assert sheets_of(left + right) == [[t.replace(" | ", " ") for t in LABELLED], list(YMHFA)]


@pytest.mark.parametrize(
    ("texts", "opens"),
    [
        (BASIC, True),
        (YMHFA, True),
        (LABELLED, True),
        # "Training Certificate" heads it; OCR broke the date, the hours say it records a course.
        (("Training Certificate", "Dates Attended: September 12, 20 18", "Training Hours: 8"), True),
        # A certificate's foot: signatures, a number, an issue date; and its head alone.
        (SIGNED, False),
        (
            ("Certificate No. B21-0611-0042", "Dana K. Whitaker", "Director of Training", "June 14, 2021"),
            False,
        ),
        (("CERTIFICATE OF COMPLETION", "This certifies that", "Maria L. Gonzalez"), False),
    ],
)
def test_what_opens_a_certificate(texts: Sequence[str], opens: bool) -> None:
    assert opens_a_certificate(group_lines(words_of(texts, 40, 40), 1)) is opens
