"""Lines of a page whose tilt changes down the page (a phone photo taken at an angle), and of a page turned
by less than a degree and a half: each row stays one line across the wide gaps between its cells."""

from __future__ import annotations

import pytest

from extract.certificate import find_certificate_number
from extract.lines import LEVEL, _tilt, group_lines
from extract.transcript import read_table
from extract.types import Word

CHAR_W = 5.5
SIZE = 10.0
ROWS = [
    ("Annual Legal Update", "LE-495", "Rutherford County Sheriff's Office", "2024-10-24", "4.00"),
    ("D.O.T.", "LE-999", "D.A.R.E. America", "2024-04-22", "80.00"),
    ("School Based Law Enforcement Course", "PT-156", "Texas School Safety Center", "2023-09-18", "20.00"),
    ("Adolescent Mental Health Training", "TR-397", "National Association of SROs", "2022-05-30", "12.00"),
    ("Crash Investigation Level I", "IN-316", "Regional Training Institute", "2022-04-04", "40.00"),
    ("Internet Crimes Against Children", "TR-742", "Rutherford State University", "2020-05-04", "8.00"),
    ("Active Shooter Level 1", "LE-020", "ALERRT Center", "2019-12-23", "16.00"),
    ("Naloxone Administration", "PT-294", "Rutherford County Sheriff's Office", "2018-01-08", "2.00"),
    ("Patrol Rifle Qualification", "TR-487", "Regional Training Center", "2015-03-02", "8.00"),
    ("Domestic Violence Investigations", "LE-863", "County Sheriff's Office", "2014-11-19", "8.00"),
]
COLUMNS = (40.0, 330.0, 420.0, 640.0, 760.0)  # title, code, provider, date, hours
HEADER = ("Course Title", "Course #", "Provider", "Date", "Hrs")


def words_of(text: str, x: float, y: float, slope: float) -> list[Word]:
    """``text``'s words set from (x, y), each dropped by ``slope`` times its distance across the page."""
    out = []
    for token in text.split():
        width = len(token) * CHAR_W
        top = y + slope * x
        out.append(Word(text=token, bbox=(x, top, x + width, top + SIZE), conf=0.95, engine="tesseract"))
        x += width + CHAR_W
    return out


def table_words(slope_at: float, slope_per_point: float) -> list[Word]:
    """A training record whose line at height y slopes ``slope_at + slope_per_point * y``."""
    words: list[Word] = []
    for k, cells in enumerate([HEADER, *ROWS]):
        y = 100.0 + 17.0 * k
        slope = slope_at + slope_per_point * y
        for x, text in zip(COLUMNS, cells, strict=True):
            words += words_of(text, x, y, slope)
    return words


@pytest.mark.parametrize(
    ("slope_at", "per_point"),
    [
        (0.0, 0.0),  # level
        (0.012, 0.0),  # turned 0.7 degree
        (-0.03, 0.0),  # turned 1.7 degrees the other way
        (0.06, -0.00025),  # a photo's fan: rising 0.035 at the top, falling 0.02 at the bottom
    ],
)
def test_each_row_of_a_tilted_record_is_one_line_and_one_item(slope_at: float, per_point: float) -> None:
    lines = group_lines(table_words(slope_at, per_point), page=1)
    assert lines[0].text == " ".join(HEADER)
    items = read_table(lines)[0]
    assert [(i.course_title, i.hours) for i in items] == [(r[0], float(r[4])) for r in ROWS]


def test_the_tilt_is_fitted_down_the_page_and_not_carried_past_its_lines() -> None:
    words = table_words(0.06, -0.00025)
    assert _tilt([words[:1]]) == LEVEL  # one word says nothing
    lines = group_lines(words, page=1)
    tilt = _tilt([ln.words for ln in lines])
    assert tilt.at(100.0) == pytest.approx(0.06 - 0.00025 * 100, abs=0.004)
    assert tilt.at(250.0) == pytest.approx(0.06 - 0.00025 * 250, abs=0.004)
    # below the last line fitted the tilt stays the last line's: a footer far down is not extrapolated to
    assert tilt.at(2000.0) == pytest.approx(tilt.at(tilt.fitted_to))


def test_a_level_page_of_short_lines_is_level() -> None:
    """A certificate's few centred lines: too few long lines to fit a tilt on, so none is used."""
    words = words_of("Certificate of Completion", 200, 80, 0.0) + words_of("Dana Ruiz", 250, 140, 0.0)
    assert _tilt([words[:3], words[3:]]) == LEVEL


def test_a_date_under_a_grids_certificate_number_heading_is_no_number() -> None:
    """ "DATE(S) HOURS CERTIFICATE NO." heads three columns; the line below starts with the course date."""
    text = "DATE(S) HOURS CERTIFICATE NO.\n2022-03-21 to 2022-03-23 24 Contact Hours NASRO-2022-35082"
    assert find_certificate_number(text) is None
    assert find_certificate_number("Certificate No: NASRO-2022-35082") == "NASRO-2022-35082"
    assert find_certificate_number("Certificate No. 20220321") == "20220321"
