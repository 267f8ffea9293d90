"""Packets of documents in one file, round 2 (``tests/packets_2.py``): a certificate copied twice into a
stack, a colleague's certificate among the holder's, a page turned inside a text PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from classify.catalog import load_catalog
from classify.document import classify_document
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from extract.document import note_copies, note_other_people, parse_document
from extract.pdf_text import text_runs_turned
from extract.read import read_pages
from extract.types import Evidence, RawItem
from tests.packets_2 import ADV, BASIC, PACKETS, SRP, TRAUMA


def _item(title: str, start: date, hours: float | None, page: int) -> RawItem:
    return RawItem(
        course_title=title,
        start_date=start,
        end_date=start,
        hours=hours,
        hours_text=None,
        date_text=None,
        page=page,
        bbox=(0, 0, 1, 1),
        title_conf=1.0,
        date_conf=1.0,
        hours_conf=1.0,
        source="certificate",
    )


def _name(text: str, page: int) -> Evidence:
    return Evidence(page=page, bbox=(0, 0, 1, 1), text=text, conf=1.0)


def _read(key: str, tmp_path: Path) -> ClassifiedDocument:
    pdf = tmp_path / f"{key}.pdf"
    PACKETS[key].render(pdf)
    media, pages = read_pages(pdf, ExtractConfig(ocr_cache_dir=None))
    return classify_document(parse_document(pdf.name, "-", media, pages), load_catalog(), date(2025, 6, 1))


# ------------------------------------------------------------------------------------------ turned pages


def _chars(matrix: tuple[float, float], n: int) -> list[dict[str, object]]:
    return [{"matrix": (*matrix, 0.0, 0.0, 0.0, 0.0)} for _ in range(n)]


@pytest.mark.parametrize(
    ("chars", "turned"),
    [
        (_chars((1, 0), 40), False),  # upright
        (_chars((0, -1), 40), True),  # a quarter turn: the text runs down the page as shown
        (_chars((0, 1), 40), True),  # the other quarter
        (_chars((-1, 0), 40), True),  # upside down
        (_chars((1, 0), 40) + _chars((0, 1), 12), False),  # a sideways margin note on an upright page
        ([], False),
    ],
)
def test_text_runs_turned(chars: list[dict[str, object]], turned: bool) -> None:
    assert text_runs_turned(chars) is turned


def test_page_turned_in_a_text_pdf_is_read_upright(tmp_path: Path) -> None:
    """The packet's page set to /Rotate 90 is OCRed upright: its certificate is an item like the others."""
    doc = _read("turned_pages", tmp_path)
    got = {(i.catalog_id, i.start_date, i.hours) for i in doc.items}
    assert ("child-abuse-inv", date(2024, 1, 23), 12.0) in got
    assert len(doc.items) == 4
    assert all(i.status == "auto" for i in doc.items)


# ------------------------------------------------------------------------------------------ copies


def test_copy_read_alike_stays_for_the_ledger_to_join() -> None:
    a, b = (
        _item("Trauma-Informed Policing", date(2023, 10, 17), 16.0, 1),
        _item("TRAUMA-INFORMED POLICING", date(2023, 10, 17), 16.0, 3),
    )
    assert note_copies([a, b]) == [a, b]


@pytest.mark.parametrize(
    "copy",
    [
        _item("Trauma-Informed Policing", date(2023, 10, 17), 18.0, 3),  # hours misread on the copy
        _item("Trauma-lnformed Policinq", date(2023, 10, 17), 16.0, 3),  # title misread on the copy
    ],
)
def test_copy_read_otherwise_goes_to_a_person(copy: RawItem) -> None:
    first = _item("Trauma-Informed Policing", date(2023, 10, 17), 16.0, 1)
    other = _item("Juvenile Law", date(2023, 5, 9), 8.0, 2)
    out = note_copies([first, other, copy])
    assert out[:2] == [first, other]
    assert any("page 1" in n for n in out[2].notes)


def test_stack_with_a_certificate_twice_reads_each_page(tmp_path: Path) -> None:
    """Two certificates of one course and one of another: a stack, not one certificate of mixed fields."""
    doc = _read("same_certificate_twice", tmp_path)
    assert [(i.page, i.catalog_id, i.start_date, i.hours) for i in doc.items] == [
        (1, TRAUMA.catalog_id, TRAUMA.start, TRAUMA.hours),
        (2, SRP.catalog_id, SRP.start, SRP.hours),
        (3, TRAUMA.catalog_id, TRAUMA.start, TRAUMA.hours),
    ]


# ------------------------------------------------------------------------------------------ other people


def test_other_persons_item_is_noted() -> None:
    pairs = [
        (_item("Basic SRO", date(2021, 6, 7), 40.0, 1), _name("Renata Okonkwo-Hale", 1)),
        (_item("Advanced SRO", date(2022, 3, 14), 24.0, 2), _name("Dmitri Sandoval", 2)),
        (_item("SRP", date(2023, 2, 2), 4.0, 3), _name("RENATA V. OKONKWO-HALE", 3)),
    ]
    out = note_other_people(pairs, [n for _, n in pairs if n])
    assert [bool(i.notes) for i in out] == [False, True, False]
    assert "Dmitri Sandoval" in out[1].notes[0]


def test_two_people_equally_named_no_item_stands_out() -> None:
    """Two officers' certificates scanned together: the file has no holder, which holds every line; no
    line is anyone else's more than another's."""
    pairs = [
        (_item("Basic SRO", date(2021, 6, 7), 40.0, 1), _name("Renata Okonkwo-Hale", 1)),
        (_item("Advanced SRO", date(2022, 3, 14), 24.0, 2), _name("Dmitri Sandoval", 2)),
    ]
    assert note_other_people(pairs, [n for _, n in pairs if n]) == [i for i, _ in pairs]


def test_one_person_nothing_noted() -> None:
    pairs = [
        (_item("Basic SRO", date(2021, 6, 7), 40.0, 1), _name("Renata Okonkwo-Hale", 1)),
        (_item("SRP", date(2023, 2, 2), 4.0, 2), None),
    ]
    assert note_other_people(pairs, [_name("Renata Okonkwo-Hale", 1)]) == [i for i, _ in pairs]


def test_colleagues_certificate_in_a_stack_is_reviewed(tmp_path: Path) -> None:
    doc = _read("another_persons_certificate", tmp_path)
    by_course = {i.catalog_id: i for i in doc.items}
    assert by_course[ADV.catalog_id].status == "review"
    assert any("Sandoval" in r for r in by_course[ADV.catalog_id].review_reasons)
    assert by_course[BASIC.catalog_id].status == "auto"
