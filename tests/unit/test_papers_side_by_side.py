"""A photo of two papers lying side by side (round 5's two-page spread, ``tests/harsh_captures_5.py``).

Pixels: ``extract.flatten.paper_gaps`` finds the desk between two whole papers, and nothing on one paper
(columns, a band), on two papers one above the other, or on a paper cut off by the frame. Words: with the gap
known (``Page.paper_gaps``), the certificate is read from its own paper and the other paper's course is an
item for a person, never the certificate's. Drawn pages and word boxes only; no real document's strings.
"""

from __future__ import annotations

from datetime import date

from PIL import Image, ImageDraw

from extract.document import ANOTHER_PAPER_NOTE, parse_document
from extract.flatten import paper_gaps
from extract.types import Page
from tests.unit.test_capture_rules_3 import CERT
from tests.unit.test_layout_parsers import words_at


def _paper(size: tuple[int, int], columns: int = 1) -> Image.Image:
    page = Image.new("L", size, 250)
    d = ImageDraw.Draw(page)
    w, h = size
    for c in range(columns):
        x0 = round(w * (0.1 + 0.85 * c / columns))
        for y in range(round(h * 0.1), round(h * 0.85), max(h // 25, 8)):
            d.rectangle((x0, y, x0 + round(w * 0.7 / columns), y + max(h // 80, 3)), fill=30)
    return page


def _desk(size: tuple[int, int], *papers: tuple[Image.Image, tuple[int, int]]) -> Image.Image:
    desk = Image.new("L", size, 45)
    for paper, at in papers:
        desk.paste(paper, at)
    return desk


def test_two_papers_side_by_side_give_the_desk_between_them() -> None:
    photo = _desk((2000, 1400), (_paper((850, 1100)), (80, 150)), (_paper((900, 1150)), (1010, 120)))
    (gap,) = paper_gaps(photo)
    assert 930 < gap < 1010


def test_one_paper_two_papers_stacked_or_cut_off_give_none() -> None:
    one = _desk((2000, 1400), (_paper((1700, 1150), columns=2), (150, 120)))
    stacked = _desk((1400, 2000), (_paper((1100, 850)), (150, 80)), (_paper((1150, 900)), (120, 1010)))
    cut_off = _desk((2000, 1400), (_paper((850, 1100)), (80, 150)), (_paper((900, 1150)), (1150, 120)))
    scan = _paper((1700, 2200), columns=2)
    assert paper_gaps(one) == paper_gaps(stacked) == paper_gaps(cut_off) == paper_gaps(scan) == ()


ROSTER = [
    ("TRAINING ROSTER", 80, 20),
    ("Officer: Sgt. Imelda P. Quarrington", 130, 14),
    ("Course: Boat Handling Practicum", 160, 14),
    ("Dates: 10/02/2024 - 10/03/2024", 190, 14),
    ("Total: 6 hours", 220, 14),
]
GAP = 760.0


def _spread(gaps: tuple[float, ...]) -> Page:
    words = [w for text, x, y, size in CERT for w in words_at(text, x, y, size, 0.95)]
    words += [w for text, y, size in ROSTER for w in words_at(text, GAP + 40, y, size, 0.95)]
    return Page(
        number=1,
        width=1300,
        height=700,
        source="ocr",
        engines=("tesseract",),
        words=tuple(words),
        paper_gaps=gaps,
    )


def test_the_certificate_is_read_from_its_own_paper_and_the_other_course_is_for_a_person() -> None:
    doc = parse_document("spread.jpg", "", "image/jpeg", (_spread((GAP,)),))
    assert doc.participant_name is not None and doc.participant_name.text == "Kendra L. Okafor"
    own, other = doc.items
    assert own.course_title == "Youth Mental Health First Aid" and own.hours == 8.0
    assert own.start_date == date(2023, 3, 18) and not own.notes
    assert other.course_title == "Boat Handling Practicum" and ANOTHER_PAPER_NOTE in other.notes


def test_without_the_gap_the_page_is_read_whole_as_before() -> None:
    doc = parse_document("spread.jpg", "", "image/jpeg", (_spread(()),))
    assert all(ANOTHER_PAPER_NOTE not in i.notes for i in doc.items)
