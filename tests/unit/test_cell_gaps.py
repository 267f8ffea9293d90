"""Blank table cells found for a second reading, and what of that reading is pooled (extract.cell_gaps),
and the notes a row read that way carries (extract.transcript)."""

from __future__ import annotations

from pathlib import Path

import pytest

import extract.document
from extract.cell_gaps import CellGap, cell_value_words, table_gaps
from extract.config import ExtractConfig
from extract.document import blank_cells, parse_document, with_blank_cells_read
from extract.errors import OcrTimeout
from extract.lines import group_lines
from extract.transcript import REREAD_DATE, REREAD_HOURS, read_table, unglue
from extract.types import CELL_ENGINE, DocumentPart, ExtractedDocument, Line, Page, Word

CHAR_W = 5.0  # points per character at the 10 pt size of these tables
HEADER = [(40, "Course Title"), (250, "Date"), (330, "Hours"), (400, "Category")]
ROWS = [
    [(40, "Juvenile Law Update"), (250, "02/06/2024"), (355, "4"), (400, "Legal")],
    [(40, "Active Shooter Response"), (250, "03/11/2024"), (355, "8"), (400, "Safety")],
    [(40, "Firearms Qualification"), (250, "04/09/2024"), (355, "24"), (400, "Tactics")],
    [(40, "Youth Mental Health First Aid"), (250, "05/14/2024"), (355, "16"), (400, "Juvenile")],
]
AMOUNT = 2  # the cell index of each row's hours, set flush right at x = 355


def _words(
    cells: list[tuple[float, str]], y: float, drop: frozenset[int] = frozenset(), amount: int = AMOUNT
) -> list[Word]:
    out = []
    for i, (x, text) in enumerate(cells):
        if i in drop:
            continue
        left = x - len(text) * CHAR_W if i == amount else x
        for token in text.split(" "):
            out.append(Word(text=token, bbox=(left, y, left + len(token) * CHAR_W, y + 10), conf=0.95))
            left += (len(token) + 1) * CHAR_W
    return out


def _page(drops: dict[int, frozenset[int]], extra: list[Word] = ()) -> list[Line]:  # type: ignore[assignment]
    words = _words(HEADER, 100, amount=-1)
    for k, row in enumerate(ROWS):
        words += _words(row, 118 + 16 * k, drops.get(k, frozenset()))
    return group_lines([*words, *extra], page=1)


def _inside(gap: CellGap, box: tuple[float, float, float, float]) -> bool:
    return gap.bbox[0] <= box[0] and box[2] <= gap.bbox[2] and gap.bbox[1] <= box[1] and box[3] <= gap.bbox[3]


def test_a_table_with_every_cell_read_has_no_gap() -> None:
    assert table_gaps([_page({})]) == []


def test_a_dated_row_without_its_amount_gives_the_amount_cell_where_the_column_prints() -> None:
    gaps = table_gaps([_page({2: frozenset({AMOUNT})})])
    assert [g.kind for g in gaps] == ["amount"]
    printed = (355 - 2 * CHAR_W, 118 + 16 * 2, 355, 128 + 16 * 2)  # where the row's "24" was
    assert _inside(gaps[0], printed)
    # The cell stops short of the row's date and category: their words are read already.
    assert gaps[0].bbox[0] > 250 + 10 * CHAR_W and gaps[0].bbox[2] < 400
    # ... and of the rows above and below.
    assert gaps[0].bbox[1] > 118 + 16 * 1 + 10 - 3 and gaps[0].bbox[3] < 118 + 16 * 3 + 3


def test_a_row_that_lost_its_date_and_amount_gives_both_cells() -> None:
    # A code column keeps it from reading as the row above's wrapped title.
    header = [(40, "Course Title"), (200, "Code"), (250, "Date"), (330, "Hours"), (400, "Category")]
    rows = [
        [(40, "Juvenile Law Update"), (200, "JL-1"), (250, "02/06/2024"), (355, "4"), (400, "Legal")],
        [(40, "Active Shooter Response"), (200, "AS-2"), (250, "03/11/2024"), (355, "8"), (400, "Safety")],
        [(40, "Firearms Qualification"), (200, "FQ-3"), (250, "04/09/2024"), (355, "24"), (400, "Tactics")],
    ]
    words = _words(header, 100, amount=-1)
    for k, row in enumerate(rows):
        words += [
            w
            for w in _words(row, 118 + 16 * k, frozenset({2, 3}) if k == 1 else frozenset(), amount=3)
            if not (k == 1 and w.text == "Safety")  # the whole right of the row lost
        ]
    gaps = table_gaps([group_lines(words, page=1)])
    assert sorted(g.kind for g in gaps) == ["amount", "date"]
    date = next(g for g in gaps if g.kind == "date")
    assert _inside(date, (250, 134, 250 + 10 * CHAR_W, 144))


def test_a_row_marked_not_completed_is_not_read_again() -> None:
    rows = [list(r) for r in ROWS]
    rows[1][3] = (400, "Withdrawn")
    words = _words(HEADER, 100, amount=-1)
    for k, row in enumerate(rows):
        words += _words(row, 118 + 16 * k, frozenset({AMOUNT}) if k == 1 else frozenset())
    assert table_gaps([group_lines(words, page=1)]) == []


AMOUNT_CELL = CellGap(1, (330, 145, 360, 165), "amount")
DATE_CELL = CellGap(1, (240, 145, 310, 165), "date")


def _cell_word(text: str, conf: float, box: tuple[float, float, float, float] = (340, 150, 355, 160)) -> Word:
    return Word(text=text, bbox=box, conf=conf, engine=CELL_ENGINE)


def test_only_one_clear_amount_is_pooled() -> None:
    assert [w.text for w in cell_value_words([_cell_word("24", 0.9)], AMOUNT_CELL)] == ["24"]
    assert [w.text for w in cell_value_words([_cell_word(".8.0", 0.8)], AMOUNT_CELL)] == ["8.0"]
    assert cell_value_words([_cell_word("24", 0.4)], AMOUNT_CELL) == []  # read unsurely
    assert cell_value_words([_cell_word("2400", 0.9)], AMOUNT_CELL) == []  # no course row's hours
    assert cell_value_words([_cell_word("8", 0.9), _cell_word("4", 0.9)], AMOUNT_CELL) == []  # which?
    assert cell_value_words([_cell_word("ae,", 0.9)], AMOUNT_CELL) == []
    assert cell_value_words([_cell_word("08", 0.9)], AMOUNT_CELL) == []  # "0.8" lost its point
    noise = [_cell_word(":", 0.03), _cell_word("24.00", 0.78), _cell_word(".", 0.26)]
    assert [w.text for w in cell_value_words(noise, AMOUNT_CELL, min_conf=0.6)] == ["24.00"]


def test_an_amount_printed_otherwise_than_its_column_is_not_pooled() -> None:
    """Read alone, "8.0" most often loses its point: "80" in a column of "8.0" and "4.0" is not 80."""
    with_points = CellGap(1, AMOUNT_CELL.bbox, "amount", decimals=1)
    assert cell_value_words([_cell_word("80", 0.9)], with_points) == []
    assert [w.text for w in cell_value_words([_cell_word("8.0", 0.9)], with_points)] == ["8.0"]
    assert cell_value_words([_cell_word("8.00", 0.9)], with_points) == []
    whole = CellGap(1, AMOUNT_CELL.bbox, "amount", decimals=0)
    assert cell_value_words([_cell_word("2.4", 0.9)], whole) == []
    assert [w.text for w in cell_value_words([_cell_word("24", 0.9)], whole)] == ["24"]


def test_a_column_of_decimals_says_so_in_its_gap() -> None:
    rows = [[(x, "8.0" if i == AMOUNT else t) for i, (x, t) in enumerate(r)] for r in ROWS]
    words = _words(HEADER, 100, amount=-1)
    for k, row in enumerate(rows):
        words += _words(row, 118 + 16 * k, frozenset({AMOUNT}) if k == 0 else frozenset())
    (gap,) = table_gaps([group_lines(words, page=1)])
    assert gap.decimals == 1


def test_only_dates_are_pooled_from_a_date_cell() -> None:
    words = [_cell_word("0301/2021", 0.7), _cell_word("03/03/2021", 0.85)]
    assert [w.text for w in cell_value_words(words, DATE_CELL)] == ["03/03/2021"]
    spelled = [_cell_word("March", 0.8), _cell_word("3,", 0.8), _cell_word("2021", 0.8), _cell_word("~", 0.1)]
    assert [w.text for w in cell_value_words(spelled, DATE_CELL)] == ["March", "3,", "2021"]
    assert cell_value_words([_cell_word("03/03/2021", 0.3)], DATE_CELL) == []
    assert cell_value_words([_cell_word("neon", 0.9)], DATE_CELL) == []


def test_a_row_completed_by_a_second_reading_says_so() -> None:
    lines = _page({2: frozenset({AMOUNT})}, [_cell_word("24", 0.9, (345, 150, 355, 160))])
    items = read_table(lines)[0]
    row = next(it for it in items if it.course_title == "Firearms Qualification")
    assert row.hours == 24.0
    assert REREAD_HOURS in row.hours_notes
    others = [it for it in items if it is not row]
    assert len(others) == 3 and not any(REREAD_HOURS in it.hours_notes for it in others)


def test_a_date_read_again_says_so() -> None:
    header = [(40, "Course Title"), (200, "Code"), (250, "Date"), (330, "Hours"), (400, "Category")]
    rows = [
        [(40, "Juvenile Law Update"), (200, "JL-1"), (250, "02/06/2024"), (355, "4"), (400, "Legal")],
        [(40, "Active Shooter Response"), (200, "AS-2"), (250, "03/11/2024"), (355, "8"), (400, "Safety")],
        [(40, "Firearms Qualification"), (200, "FQ-3"), (250, "04/09/2024"), (355, "24"), (400, "Tactics")],
    ]
    words = _words(header, 100, amount=-1)
    for k, row in enumerate(rows):
        words += _words(row, 118 + 16 * k, frozenset({2}) if k == 1 else frozenset(), amount=3)
    words.append(_cell_word("03/11/2024", 0.8, (250, 134, 300, 144)))
    items = read_table(group_lines(words, page=1))[0]
    row = next(it for it in items if it.course_title == "Active Shooter Response")
    assert row.start_date is not None and row.start_date.isoformat() == "2024-03-11"
    assert REREAD_DATE in row.date_notes and REREAD_HOURS not in row.hours_notes


def test_a_date_glued_to_the_next_cells_amount_by_a_leader_is_split() -> None:
    word = Word(text="10/25/2019..40.00", bbox=(375, 180, 460, 193), conf=0.95)
    assert [w.text for w in unglue(word)] == ["10/25/2019", "40.00"]
    date, amount = unglue(word)
    assert date.bbox[2] < amount.bbox[0]  # the leader between them is dropped
    # Not a date before the leader: left whole.
    assert [w.text for w in unglue(Word(text="2150..40.00", bbox=(0, 0, 55, 10), conf=0.9))] == [
        "2150..40.00"
    ]


def test_an_hours_column_with_every_amount_dropped_is_read_where_its_heading_prints() -> None:
    gaps = table_gaps([_page({k: frozenset({AMOUNT}) for k in range(len(ROWS))})])
    assert [g.kind for g in gaps] == ["amount"] * len(ROWS)
    heading = (330, 330 + len("Hours") * CHAR_W)
    for k, gap in enumerate(gaps):
        assert gap.bbox[0] <= heading[0] and heading[1] <= gap.bbox[2]
        assert gap.bbox[1] < 118 + 16 * k + 5 < gap.bbox[3]


def test_a_column_headed_as_a_running_total_is_not_read_for_the_rows_hours() -> None:
    header = [(40, "Course Title"), (250, "Date"), (320, "Hours to Date"), (400, "Category")]
    words = _words(header, 100, amount=-1)
    for k, row in enumerate(ROWS):
        words += _words(row, 118 + 16 * k, frozenset({AMOUNT}))
    assert table_gaps([group_lines(words, page=1)]) == []


def _scanned_table(drops: dict[int, frozenset[int]]) -> ExtractedDocument:
    words = tuple(w for line in _page(drops) for w in line.words)
    page = Page(number=1, width=612, height=792, source="ocr", engines=("tesseract",), words=words)
    return parse_document("record.pdf", "0" * 64, "application/pdf", (page,))


def test_a_scanned_table_documents_blank_cells_are_found_and_a_text_layers_are_not() -> None:
    doc = _scanned_table({2: frozenset({AMOUNT})})
    assert doc.layout == "table"
    assert [g.kind for g in blank_cells(doc)] == ["amount"]
    text_layer = doc.model_copy(update={"pages": (doc.pages[0].model_copy(update={"source": "text_layer"}),)})
    assert blank_cells(text_layer) == []


def test_a_cell_that_cannot_be_read_again_leaves_the_document_as_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = _scanned_table({2: frozenset({AMOUNT})})

    def fail(*_: object) -> None:
        raise OcrTimeout("tesseract took too long")

    monkeypatch.setattr(extract.document, "reread_cells", fail)
    assert with_blank_cells_read(Path("record.pdf"), doc, ExtractConfig()) is doc
    off = ExtractConfig(reread_blank_cells=False)
    monkeypatch.setattr(extract.document, "reread_cells", lambda *_: pytest.fail("read with the knob off"))
    assert with_blank_cells_read(Path("record.pdf"), doc, off) is doc


def test_a_packets_training_record_pages_are_searched_for_blank_cells_and_its_other_parts_are_not() -> None:
    doc = _scanned_table({2: frozenset({AMOUNT})})
    record = doc.model_copy(
        update={"layout": "packet", "parts": (DocumentPart(kind="transcript", pages=(1,)),)}
    )
    assert [g.kind for g in blank_cells(record)] == ["amount"]
    certificate = record.model_copy(update={"parts": (DocumentPart(kind="certificate", pages=(1,)),)})
    assert blank_cells(certificate) == []
