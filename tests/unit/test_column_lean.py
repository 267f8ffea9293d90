"""A training record photographed at an angle: its columns lean (the left ones right, the right ones left,
further down the page), so a far row's hours stand left of the "Hrs" label. Each cell still goes to its
column, and a record whose columns stand upright is placed as before."""

from __future__ import annotations

import pytest

from extract.column_drift import fit_lean
from extract.lines import group_lines
from extract.transcript import read_table
from extract.types import Word
from tests.unit.test_page_tilt import COLUMNS, HEADER, ROWS, SIZE, words_of

PITCH = 17.0
TOP = 100.0


def keystone_words(shrink_per_point: float, rows: int = 20) -> list[Word]:
    """The record's rows repeated down the page, each row's x squeezed toward the middle of the page by
    ``shrink_per_point`` for every point below the header (a page whose far end is farther from the lens)."""
    middle = 420.0
    words: list[Word] = []
    for k, cells in enumerate([HEADER, *(ROWS * 3)[:rows]]):
        y = TOP + PITCH * k
        scale = 1.0 - shrink_per_point * (y - TOP)
        for x, text in zip(COLUMNS, cells, strict=True):
            for w in words_of(text, x, y, 0.0):
                x0, top, x1, bottom = w.bbox
                words.append(
                    w.model_copy(
                        update={
                            "bbox": (
                                middle + (x0 - middle) * scale,
                                top,
                                middle + (x1 - middle) * scale,
                                bottom,
                            )
                        }
                    )
                )
    return words


@pytest.mark.parametrize("shrink", [0.0, 0.0002, 0.0004, 0.0006])
def test_every_row_of_a_leaning_record_keeps_its_hours(shrink: float) -> None:
    lines = group_lines(keystone_words(shrink), page=1)
    items = read_table(lines)[0]
    expected = [(r[0], r[3], float(r[4])) for r in (ROWS * 3)[:20]]
    assert [
        (i.course_title, i.start_date.isoformat() if i.start_date else None, i.hours) for i in items
    ] == expected


def _cells(words: list[Word]) -> list[list[list[Word]]]:
    """Each column's cells, one word each, as the header's labels placed them."""
    columns: dict[float, list[list[Word]]] = {}
    for w in words:
        columns.setdefault(min(COLUMNS, key=lambda x: abs(x - w.bbox[0])), []).append([w])
    return [columns.get(x, []) for x in COLUMNS]


def _cell(x: float, y: float) -> Word:
    return Word(text="8.00", bbox=(x, y, x + 20, y + SIZE), conf=0.95, engine="tesseract")


def test_upright_columns_have_no_lean() -> None:
    words = [_cell(x, TOP + PITCH * k) for k in range(1, 12) for x in COLUMNS]
    assert fit_lean(list(COLUMNS), _cells(words), TOP, SIZE) is None


def test_the_lean_is_fitted_across_the_page() -> None:
    """Each column's lean, x against y, is a line across the page: the left column leans right, the right
    one left, the one in the middle not at all."""
    words = [
        _cell(x + (420 - x) * 0.0005 * PITCH * k, TOP + PITCH * k)
        for k in range(1, 12)
        for x in (40, 420, 760)
    ]
    columns = [[[w] for w in words if abs(w.bbox[0] - x) < 15] for x in (40, 420, 760)]
    lean = fit_lean([40, 420, 760], columns, TOP + SIZE / 2, SIZE)
    assert lean is not None
    assert lean.shift(40, TOP + 200) == pytest.approx(380 * 0.0005 * 200, abs=1.0)
    assert lean.shift(420, TOP + 200) == pytest.approx(0.0, abs=1.0)
    assert lean.shift(760, TOP + 200) == pytest.approx(-340 * 0.0005 * 200, abs=1.0)


def test_cells_strewn_across_a_column_fit_no_lean() -> None:
    """A column whose cells follow no line (ragged text) says nothing of a lean."""
    xs = [40, 90, 55, 130, 42, 100, 61, 140, 47, 85, 120]
    words = [_cell(x, TOP + PITCH * k) for k, x in enumerate(xs, start=1)]
    assert fit_lean([40.0], [[[w] for w in words]], TOP, SIZE) is None
