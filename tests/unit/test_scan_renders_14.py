"""Faults the fax, light-scan and heavy-scan renders of session 21's rounds showed (certificate wordings 14,
no-completion documents 4, letters 13, records 12; helper scans14).

Drawn word boxes only, read as OCR's; none of the strings is a real document's.
"""

from __future__ import annotations

from extract.certificate import read_certificate
from extract.fields.hours import find_hours
from extract.lines import group_lines
from extract.transcript import read_table
from extract.types import Line, Word
from tests.unit.test_layout_parsers import words_at


def _ocr(text: str, x: float, y: float, size: float = 11.0, conf: float = 0.82) -> list[Word]:
    return [w.model_copy(update={"engine": "tesseract"}) for w in words_at(text, x, y, size, conf)]


def _lines(rows: list[tuple[str, float, float, float]]) -> list[Line]:
    return group_lines([w for text, x, y, size in rows for w in _ocr(text, x, y, size)], 1)


def test_a_span_of_years_glued_to_the_amount_after_it_is_split() -> None:
    """ "Academic Year 2021-20221.0 CEU" (a fax lost the gap): the span closes on its second year, the
    first's own or the next, whatever word stands before it."""
    cases = {
        "Academic Year 2021-20221.0 CEU": "Academic Year 2021-2022 1.0 CEU",
        "School Year 2019/202016 Hours": "School Year 2019/2020 16 Hours",
        "FY 2022-20238 hours": "FY 2022-2023 8 hours",
        "2023-20230.5 CEUs": "2023-2023 0.5 CEUs",
        "Term 2020–20214 Contact Hours": "Term 2020–2021 4 Contact Hours",
    }
    for glued, split in cases.items():
        assert [ln.text for ln in _lines([(glued, 100, 300, 11)])] == [split], glued


def test_spans_that_are_no_such_glue_stay_as_read() -> None:
    """A second year two after the first (no one place to cut), no unit of hours after it, an amount no
    course prints, a text layer's words."""
    for text in (
        "Academic Year 2021-20231.0 CEU",
        "Academic Year 2021-20221.0 Participants",
        "Academic Year 2021-2022500 Hours",
    ):
        assert [ln.text for ln in _lines([(text, 100, 300, 11)])] == [text], text
    layer = words_at("Academic Year 2021-20221.0 CEU", 100, 300)
    assert group_lines(layer, 1)[0].text == "Academic Year 2021-20221.0 CEU"


def test_the_certificate_of_an_academic_year_keeps_its_title_and_reads_its_ceus() -> None:
    """The title no longer runs on into the year and the CEUs; no day is printed, so no date (a person's)."""
    lines = _lines(
        [
            ("CERTIFICATE OF COMPLETION", 200, 120, 22),
            ("This certifies that", 250, 180, 12),
            ("Dana R. Whitfield", 230, 220, 20),
            ("has completed", 260, 260, 12),
            ("Youth Mental Health First Aid", 180, 300, 14),
            ("Academic Year 2021-20221.0 CEU", 200, 330, 12),
        ]
    )
    item = read_certificate(lines).item
    assert item is not None
    assert item.course_title == "Youth Mental Health First Aid"
    assert item.start_date is None


def test_hours_with_zero_minutes_misread_keep_their_hours() -> None:
    """ "4 hrs. 0 miņ." (a fax's speck on "min"): no minutes add nothing, whatever their unit reads; minutes
    that count stay unread as before ("1 hr 30 miņ": the compound could not read them)."""
    for text, hours in (
        ("Credit: 4 hrs. 0 miņ.", 4.0),
        ("8 hours 00 rnin", 8.0),
        ("Length: 6 hrs, 0 mín", 6.0),
        ("3 hours and 0 m1nutes", 3.0),
    ):
        assert [h.hours for h in find_hours(text)] == [hours], text
    for text in ("1 hr 30 miņ", "2 hours 15 rnin", "4 hrs. 05 miņ."):
        assert find_hours(text) == [], text


def _words(text: str) -> list[list[str]]:
    return [[w.text for w in ln.words] for ln in _lines([(text, 100, 300, 11)])]


def test_an_amount_glued_to_the_cost_after_it_is_two_cells() -> None:
    """ "4.0$50.00" (a fax lost the gap between the hours and the cost column): the row had no hours."""
    cases = {
        "02/27/2024 Defensive Tactics Refresher 4.0$50.00": ["4.0", "$50.00"],
        "Juvenile Law 8$1,200.00": ["8", "$1,200.00"],
        "Firearms Qualification 16.5$75": ["16.5", "$75"],
    }
    for text, tail in cases.items():
        assert _words(text)[0][-2:] == tail, text
    for text in ("Cost: $50.00", "Total 1,2$00", "Fee $50.00"):
        assert " ".join(_words(text)[0]) == text, text
    layer = words_at("Refresher 4.0$50.00", 100, 300)
    assert [w.text for w in group_lines(layer, 1)[0].words] == ["Refresher", "4.0$50.00"]


def test_a_word_glued_by_a_stop_to_the_next_label_is_two_words() -> None:
    """ "Learner: Bartholomew K. Nyberg.Date: 05/01/2024": the name and the page's date field, the gap
    between them a speck's stop; abbreviations and words without a label's colon stay as read."""
    assert _words("Learner: Bartholomew K. Nyberg.Date: 05/01/2024") == [
        ["Learner:", "Bartholomew", "K.", "Nyberg.", "Date:", "05/01/2024"]
    ]
    assert _words("Officer: Dana Whitfield.Badge: 2290")[0][2:4] == ["Whitfield.", "Badge:"]
    for text in ("St.Louis County", "U.S.Date: 2021", "e.g.Note: none", "Smith.jones: x"):
        assert " ".join(_words(text)[0]) == text, text


def test_a_record_whose_hours_touch_the_cost_reads_the_hours() -> None:
    """A faxed record with a cost column after the hours: the row whose hours touch its cost (one OCR box
    from the right-aligned hours to the cost's end, as the fax's was) had none."""
    rows = [
        ("Completed", 60.0, 200.0),
        ("Course", 150.0, 200.0),
        ("Hours", 400.0, 200.0),
        ("Cost", 471.0, 200.0),
    ]
    for y, (day, title, cost) in enumerate(
        (
            ("04/18/2023", "School Emergency Operations Planning", "$150.00"),
            ("08/22/2023", "Crisis Intervention Teams for Youth", "$75.00"),
        ),
        start=1,
    ):
        rows += [(day, 60.0, 200 + 20.0 * y), (title, 150.0, 200 + 20.0 * y), ("8.0", 445.0, 200 + 20.0 * y)]
        rows.append((cost, 470.0, 200 + 20.0 * y))
    words = [w for text, x, y in rows for w in _ocr(text, x, y, 10)]
    words += _ocr("02/27/2024", 60, 260, 10) + _ocr("Defensive Tactics Refresher", 150, 260, 10)
    glued = _ocr("4.0$50.00", 446, 260, 10)[0]
    words.append(glued.model_copy(update={"bbox": (446.0, glued.bbox[1], 498.0, glued.bbox[3])}))
    items, _ = read_table(group_lines(words, 1))
    assert [(it.course_title, it.hours) for it in items][-1] == ("Defensive Tactics Refresher", 4.0)
    assert [it.hours for it in items] == [8.0, 8.0, 4.0]
