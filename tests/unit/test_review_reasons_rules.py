"""Why right rows went to review (bench/review_reasons.py): tokens beside a field that are no part of it.

- a speck at a title's end that tesseract read unsure and RapidOCR, reading the same line, did not see
  ("Handgun Qualification a", "EVOC ge"), and a mark there ("Radar Operator *"), dragged the title's
  confidence below the auto threshold;
- a border or a speck beside a complete numeric date ("Ls 10/13/2014", "04/06/2022 |.") dragged the
  dates' confidence;
- an "l" read as "!" or "ł" ("Schoo!", "Schooł") hid a category word from the repair of misread words.
"""

from __future__ import annotations

from typing import Literal

import pytest

from classify.category import category_from_title, l_glyphs_as_l
from extract.lines import group_lines
from extract.transcript import UNSURE_WORD_CONF, date_conf, title_words_and_conf
from extract.types import Word
from tests.unit.test_record_columns import CHAR_W, _line_words, items_of

Engine = Literal["tesseract", "rapidocr"]


def _w(text: str, conf: float, engine: Engine = "tesseract", x: float = 0.0) -> Word:
    return Word(text=text, bbox=(x, 0.0, x + len(text) * CHAR_W, 10.0), conf=conf, engine=engine)


def _read(words: list[Word], engine: Engine, conf: float) -> list[Word]:
    return [w.model_copy(update={"engine": engine, "conf": conf}) for w in words]


# ------------------------------------------------------------------------------------------ titles


def test_a_speck_the_second_engine_did_not_see_leaves_the_title() -> None:
    words = [_w("Handgun", 1.0, "rapidocr"), _w("Qualification", 1.0, "rapidocr", 60), _w("a", 0.53, x=170)]
    kept, conf = title_words_and_conf(words)
    assert [w.text for w in kept] == ["Handgun", "Qualification"]
    assert conf == 1.0


def test_a_mark_stays_in_the_title_but_not_in_its_confidence() -> None:
    words = [_w("Radar", 0.98, "rapidocr"), _w("Operator", 0.98, "rapidocr", 50), _w("*", 0.57, x=120)]
    kept, conf = title_words_and_conf(words)
    assert [w.text for w in kept] == ["Radar", "Operator", "*"]
    assert conf == 0.98


@pytest.mark.parametrize(
    "token",
    [
        "II",  # a level in capitals: a word of the title
        "A",  # a part
        "of",  # at the start: no, at the end: see below; a real word the second engine would have read
        "abc",  # three letters: may be a word
        "4a",  # a digit
    ],
)
def test_other_unsure_end_tokens_keep_the_title_unsure(token: str) -> None:
    words = [_w("ALERRT", 0.98, "rapidocr"), _w("Level", 0.98, "rapidocr", 60), _w(token, 0.6, x=120)]
    kept, conf = title_words_and_conf(words)
    if token == "of":  # two lower-case letters: a speck by this rule, as "ge" was
        assert [w.text for w in kept] == ["ALERRT", "Level"]
        return
    assert kept[-1].text == token
    assert conf == 0.6


def test_without_a_second_reading_an_unsure_speck_stays() -> None:
    """A page tesseract alone read: nothing says the token is not ink of the title."""
    words = [_w("Evoc", 0.89), _w("Ls", 0.61, x=50)]
    kept, conf = title_words_and_conf(words)
    assert [w.text for w in kept] == ["Evoc", "Ls"]
    assert conf == 0.61


def test_a_sure_short_word_is_no_speck() -> None:
    words = [_w("Part", 0.98, "rapidocr"), _w("ab", 0.9, x=50)]
    assert [w.text for w in title_words_and_conf(words)[0]] == ["Part", "ab"]


# ------------------------------------------------------------------------------------------- dates


def test_a_speck_beside_a_complete_date_is_not_the_dates_confidence() -> None:
    assert (
        date_conf([_w("Ls", 0.61), _w("10/13/2014", 1.0, "rapidocr", 30), _w("10/14/2014", 0.99, x=200)])
        == 0.99
    )
    assert (
        date_conf([_w("04/06/2022", 1.0, "rapidocr"), _w("|.", 0.61, x=90), _w("04/06/2022", 1.0, x=200)])
        == 1.0
    )
    assert date_conf([_w("2018-02-05", 1.0), _w("*", 0.76, x=90)]) == 1.0


@pytest.mark.parametrize(
    "words",
    [
        [_w("A0/:", 0.43), _w("13/2014", 0.94, x=50)],  # a date in pieces: the piece may be a digit
        [_w("1/5/2014", 0.95), _w("Ls", 0.5, x=80)],  # month and day unpadded: "Ls" may be a lost digit
        [_w("10/13/2014", 0.95), _w("Oct", 0.5, x=120)],  # a month name may be part of a date
        [_w("10/13/2014", 0.95), _w("lolols", 0.5, x=120)],  # as long as half a date: may be one misread
        [_w("10/13/2014", 0.5)],  # the date itself unsure
    ],
)
def test_dates_stay_unsure_when_a_token_may_be_part_of_them(words: list[Word]) -> None:
    assert date_conf(words) < UNSURE_WORD_CONF


# ------------------------------------------------------------------------------- through a record


def test_a_pooled_row_with_specks_is_read_surely() -> None:
    """A record's row as pooling leaves it: RapidOCR's words, and a speck and a border mark tesseract
    alone read unsure (after the title; beside the start date)."""
    header = _read(
        _line_words([(40, "Course"), (300, "Start"), (400, "End"), (500, "Hours")], 100), "rapidocr", 0.98
    )
    row = _read(
        _line_words(
            [(40, "Handgun Qualification"), (300, "02/05/2018"), (400, "02/05/2018"), (500, "4.00")], 118
        ),
        "rapidocr",
        0.98,
    )
    specks = [
        Word(text="a", bbox=(40 + 23 * CHAR_W, 118, 40 + 24 * CHAR_W, 128), conf=0.53, engine="tesseract"),
        Word(text="|.", bbox=(300 + 11 * CHAR_W, 118, 300 + 13 * CHAR_W, 128), conf=0.61, engine="tesseract"),
    ]
    (item,) = items_of(group_lines(header + row + specks, page=1))
    assert item.course_title == "Handgun Qualification"
    assert item.title_conf >= UNSURE_WORD_CONF
    assert item.date_conf >= UNSURE_WORD_CONF
    assert item.hours == 4.0


# ----------------------------------------------------------------------------------------- category


@pytest.mark.parametrize(
    ("read", "meant"),
    [("Annual Schooł Threat Drill", "Annual School Threat Drill"), ("Schoo! Safety", "School Safety"),
     ("Schoo| Safety", "School Safety"), ("Update!", "Updatel"), ("A|B Testing", "A|B Testing"),
     ("Drugs | Alcohol", "Drugs | Alcohol"), ("Room 1!", "Room 1!")],
)  # fmt: skip
def test_an_l_read_as_a_glyph_is_put_back(read: str, meant: str) -> None:
    assert l_glyphs_as_l(read) == meant


def test_a_category_word_behind_a_glyph_is_repaired_and_needs_the_column_to_agree() -> None:
    alone = category_from_title("Annual Schooł Threät Drill Training")
    assert alone.category == "school_safety"
    assert alone.confidence < 0.8  # repaired words alone: a person looks
    agreed = category_from_title("Annual Schoo! Threat Drill Training", "School Safety")
    assert agreed.category == "school_safety"
    assert agreed.confidence >= 0.8
    # A clean "!" after a whole word changes nothing.
    assert category_from_title("Gang Awareness!").category == category_from_title("Gang Awareness").category


def test_a_wrapped_line_tesseract_read_keeps_its_unsure_end() -> None:
    """The title's wrapped second line was tesseract's reading (it won that line): RapidOCR's words on the
    first line say nothing of the second line's last word."""
    first = [_w("Recognition", 0.98, "rapidocr"), _w("and", 0.98, "rapidocr", 70)]
    second = [
        w.model_copy(update={"bbox": (w.bbox[0], 14.0, w.bbox[2], 24.0)})
        for w in [_w("Child", 0.9), _w("is", 0.6, x=40)]
    ]
    kept, conf = title_words_and_conf(first + second)
    assert kept[-1].text == "is"
    assert conf == 0.6
