"""Faults the fax and heavy-scan renders of session 21's rounds showed, measured after scans14 (certificate
wordings 14, letters 13, records 12, no-completion documents 4; helper scans15).

Drawn word boxes only, read as each OCR engine's; none of the strings is a real document's.
"""

from __future__ import annotations

from datetime import date

import pytest

from classify.document import AutoPolicy
from extract.certificate import read_certificate
from extract.fields.dates import find_dates
from extract.letter import _employment, _flat, read_sro_start
from extract.lines import group_lines
from extract.ocr_rapid import DISPUTED_CONF, disputed_figures, pool_readings
from extract.transcript import read_table
from extract.types import Engine, Word
from tests.unit.test_layout_parsers import words_at

SURE = AutoPolicy().min_word_conf


def _read(text: str, x: float, y: float, conf: float, engine: Engine) -> list[Word]:
    return [w.model_copy(update={"engine": engine}) for w in words_at(text, x, y, 10, conf)]


def _record(hours_tess: list[str], hours_rapid: list[str]) -> tuple[list[Word], list[Word]]:
    """A training record's rows as both engines read them; only the hours cells may differ."""
    rows = [
        ("04/19/2022", "Youth Mental Health First Aid"),
        ("11/29/2022", "School Emergency Operations Planning"),
        ("05/16/2023", "Juvenile Law for Law Enforcement"),
    ]
    tess: list[Word] = []
    rapid: list[Word] = []
    for reading, conf, engine, amounts in (
        (tess, 0.9, "tesseract", hours_tess),
        (rapid, 0.97, "rapidocr", hours_rapid),
    ):
        reading += _read("Date", 60, 200, conf, engine) + _read("Course", 150, 200, conf, engine)
        reading += _read("Hours", 440, 200, conf, engine)
        for n, ((day, title), amount) in enumerate(zip(rows, amounts, strict=True), start=1):
            y = 200 + 20.0 * n
            reading += _read(day, 60, y, conf, engine) + _read(title, 150, y, conf, engine)
            # The hours cell is read on its own, as unsure as a heavy scan leaves it.
            reading += _read(amount, 445, y, 0.66 if engine == "tesseract" else 0.83, engine)
    return tess, rapid


def test_hours_the_two_engines_read_with_other_digits_are_not_sure() -> None:
    """A heavy scan's "8.0": one engine read "0.8" surer than the other's "80"; the surer won the cell
    and the row went ``auto`` at 0.8 hours. Two readings whose digits differ leave the figure in doubt."""
    tess, rapid = _record(["8.0", "80", "8.0"], ["8.0", "0.8", "8.0"])
    items, _ = read_table(group_lines(pool_readings(tess, rapid), 1))
    assert [it.hours for it in items] == [8.0, 0.8, 8.0]
    assert items[1].hours_conf < SURE
    assert items[0].hours_conf >= SURE and items[2].hours_conf >= SURE


def test_readings_that_agree_on_the_digits_keep_their_confidence() -> None:
    """A point one engine lost ("8.0" / "80"), a word glued on ("4.0" / "4.0$50"), a date's stop, a
    speck the other engine read unsurely: no dispute."""
    for mine, theirs, their_conf in (
        ("8.0", "80", 0.7),
        ("4.0", "4.0$50", 0.7),
        ("11/29/2022", "11/29/2022.", 0.7),
        ("Level", "1", 0.9),
        ("16.0", "7", 0.3),
    ):
        win = _read(mine, 445, 240, 0.85, "rapidocr")
        lose = _read(theirs, 445, 240, their_conf, "tesseract")
        assert [w.conf for w in disputed_figures(win, lose)] == [0.85], (mine, theirs)


def test_figures_read_with_other_digits_are_capped_never_raised() -> None:
    """Only a figure not read surely (the engines' misreadings of a clean print's figures lose to a
    reading of 0.95 and more, and that one stands), never raised, only where the other engine read."""
    for mine, theirs in (("0.8", "80"), ("2022-04-19", "2022-04-18"), ("16", "1.5"), ("40", "46 hrs")):
        win = _read(mine, 445, 240, 0.85, "rapidocr")
        lose = _read(theirs, 445, 240, 0.7, "tesseract")
        assert disputed_figures(win, lose)[0].conf == DISPUTED_CONF, (mine, theirs)
    for conf in (0.4, 0.95, 1.0):
        win = _read("05/26/2015", 445, 240, conf, "rapidocr")
        assert disputed_figures(win, _read("06/26/2015", 445, 240, 0.7, "tesseract"))[0].conf == conf
    far = _read("0.8", 445, 240, 0.85, "rapidocr")
    assert disputed_figures(far, _read("80", 445, 300, 0.7, "tesseract"))[0].conf == 0.85


LETTER = (
    "Officer Damon R. Achterberg was assigned as the School Resource Officer at Harlan Valley High School "
    "for {first} 2020-21 through {last} 2023-24. At the end of that assignment he returned to the Patrol "
    "Division, where he serves today."
)


@pytest.mark.parametrize(
    ("first", "last"),
    [("AY", "AY"), ("AY", "AY."), ("AY.", "AY"), ("SY.", "SY.")],
)
def test_a_school_year_whose_abbreviation_a_scan_glued_by_a_stop_still_starts_and_ends(
    first: str, last: str
) -> None:
    """ "through AY.2023-24" (a heavy scan: a speck's stop and no space): the end went unread, the start's
    school year stood alone, and R1 counted the years to the application as an SRO's (met, wrongly)."""
    text = LETTER.format(first=first, last=last).replace(". 20", ".20")
    assert _employment(_flat(text))[0] == "ended", text
    assert read_sro_start(text).range == (date(2020, 7, 1), date(2021, 6, 30)), text


def _texts(text: str) -> list[str]:
    words = [w.model_copy(update={"engine": "rapidocr"}) for w in words_at(text, 100, 300, 12, 0.99)]
    return [w.text for ln in group_lines(words, 1) for w in ln.words]


def test_a_year_glued_to_the_clock_span_after_it_is_two_words() -> None:
    """ "March 22,20220800-1700 hrs" (a heavy scan lost the gap between the date and the class's 24-hour
    times): the date went unread and the line ran into the title. A year's four digits and a rising
    clock span are two words; a number that only looks so ("20230915-0001": its span falls) stays."""
    assert _texts("March 22,20220800-1700 hrs") == ["March", "22,2022", "0800-1700", "hrs"]
    assert _texts("Held 20190730–1630") == ["Held", "2019", "0730–1630"]
    for text in ("No. 20230915-0001", "Course 20221300-2500", "ID 120220800-1700"):
        assert _texts(text) == text.split(), text
    layer = words_at("March 22,20220800-1700 hrs", 100, 300)
    assert [w.text for w in group_lines(layer, 1)[0].words] == ["March", "22,20220800-1700", "hrs"]


def test_the_certificate_of_a_military_time_span_glued_to_its_date_reads_the_date() -> None:
    lines = group_lines(
        [
            w.model_copy(update={"engine": "rapidocr"})
            for text, y, size in (
                ("CERTIFICATE OF TRAINING", 120, 22),
                ("This certifies that", 180, 12),
                ("Esteban J. Villarreal", 220, 20),
                ("has completed", 260, 12),
                ("Interviewing and Interrogating Juveniles", 300, 14),
                ("March 22,20220800-1700 hrs", 330, 12),
                ("Credit: 8 hours", 350, 12),
            )
            for w in words_at(text, 150, y, size, 0.99)
        ],
        1,
    )
    item = read_certificate(lines).item
    assert item is not None
    assert item.course_title == "Interviewing and Interrogating Juveniles"
    assert item.start_date == date(2022, 3, 22)
    assert item.hours == 8.0


def test_a_database_day_whose_dash_a_scan_read_as_a_tilde_is_read() -> None:
    """ "15-Nov~22" (a heavy scan's dash read "~"): the record's row had no date and was lost."""
    for text in ("15-Nov~22", "15~Nov-22", "15~NOV~22"):
        assert [d.start for d in find_dates(text)] == [date(2022, 11, 15)], text
    assert find_dates("about 15~20 Nov") == []


def test_a_record_row_whose_day_reads_a_tilde_is_kept() -> None:
    rows = [("Date", 60.0, 200.0), ("Course", 150.0, 200.0), ("Hours", 440.0, 200.0)]
    for n, (day, title, hours) in enumerate(
        (
            ("15-Nov~22", "Juvenile Law for Law Enforcement", "8.0"),
            ("20-Jun-23", "Trauma-Informed Policing with Youth", "8.0"),
        ),
        start=1,
    ):
        rows += [(day, 60.0, 200 + 20.0 * n), (title, 150.0, 200 + 20.0 * n), (hours, 445.0, 200 + 20.0 * n)]
    words = [w for text, x, y in rows for w in _read(text, x, y, 0.95, "rapidocr")]
    items, _ = read_table(group_lines(words, 1))
    assert [(it.start_date, it.hours) for it in items] == [
        (date(2022, 11, 15), 8.0),
        (date(2023, 6, 20), 8.0),
    ]
