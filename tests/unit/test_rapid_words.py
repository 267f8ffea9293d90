"""The second engine's words before pooling: numbers read from a box that spans two printed lines."""

from __future__ import annotations

from extract.ocr import PixelWord
from extract.ocr_rapid import STACKED_CONF, boxes_of_tokens, distrust_stacked

# A table page's usual words: 13 px tall, ~7 px a character.
BODY: list[PixelWord] = [
    ("Defensive", 37, 187, 100, 200, 0.99),
    ("Tactics", 104, 187, 150, 200, 0.99),
    ("Refresher", 154, 187, 217, 200, 0.99),
    ("2020-07-20", 302, 186, 372, 199, 1.0),
    ("In-House", 472, 186, 528, 199, 1.0),
    ("Firearms", 37, 258, 93, 271, 0.99),
]


def test_a_number_read_across_two_rows_is_not_trusted() -> None:
    """'8' over '8' in two rows' hours cells, found as one box and read '88' at 0.94."""
    stacked: PixelWord = ("88", 256, 171, 269, 201, 0.94)
    out = distrust_stacked([*BODY, stacked])
    assert out[-1][5] == STACKED_CONF
    assert out[:-1] == BODY


def test_large_print_and_one_line_numbers_keep_their_confidence() -> None:
    title: PixelWord = ("Certificate", 100, 40, 330, 70, 0.98)  # 30 px tall, wide characters
    big_number: PixelWord = ("40", 200, 300, 236, 330, 0.97)  # '40' set large: 18 px a character
    hours: PixelWord = ("8", 256, 187, 263, 200, 0.95)
    words = [*BODY, title, big_number, hours]
    assert distrust_stacked(words) == words


def test_too_few_words_to_know_the_usual_height() -> None:
    words: list[PixelWord] = [("88", 256, 171, 269, 201, 0.94), ("ab", 0, 0, 10, 13, 0.9)]
    assert distrust_stacked(words) == words


def _quad(x0: float, x1: float) -> list[list[float]]:
    return [[x0, 10.0], [x1, 10.0], [x1, 22.0], [x0, 22.0]]


def test_tokens_are_boxed_where_the_recogniser_placed_their_characters() -> None:
    """RapidOCR splits "#Course" into '#' and 'Course': the token's box spans both."""
    placed = [("#", 0.99, _quad(10, 16)), ("Course", 0.99, _quad(18, 60)), ("Name", 0.98, _quad(90, 120))]
    assert boxes_of_tokens("#Course Name", placed) == [(10.0, 10.0, 60.0, 22.0), (90.0, 10.0, 120.0, 22.0)]


def test_placed_words_that_do_not_spell_the_line_give_no_boxes() -> None:
    assert boxes_of_tokens("Hours Status", [("Hours", 1.0, _quad(0, 30))]) is None  # a word missing
    across = [("Hour", 1.0, _quad(0, 30)), ("sStatus", 1.0, _quad(31, 70))]  # a word across the space
    assert boxes_of_tokens("Hours Status", across) is None
    assert boxes_of_tokens("Hours Status", None) is None
    assert boxes_of_tokens("Hours", [("Hours", 1.0, "not a quad")]) is None
