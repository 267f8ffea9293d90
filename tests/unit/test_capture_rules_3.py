"""Rules the real-world captures audit, round 3 (``tests/harsh_captures_3.py``), found missing.

Another paper partly in view at one edge of a photo (a memo under the certificate, its lines running out
of the frame) is no part of the page; OCR's box of a script-face word drawn over the words after it
("Kendra" boxed to the end of "Okafor") keeps them on its line. Drawn word boxes only; none of the strings
is a real document's.
"""

from __future__ import annotations

from extract.certificate import read_certificate
from extract.document import _beside_a_side_block
from extract.lines import group_lines
from extract.types import Line, Word
from tests.unit.test_layout_parsers import words_at

FRAME = 1008.0
CERT = [
    ("NATIONAL COUNCIL FOR MENTAL WELLBEING", 252, 170, 9),
    ("CERTIFICATE OF COMPLETION", 130, 202, 22),
    ("This certifies that", 333, 248, 11),
    ("Kendra L. Okafor", 300, 276, 25),
    ("has successfully completed the", 300, 316, 11),
    ("Youth Mental Health First Aid", 255, 338, 14),
    ("held 03/18/2023", 338, 367, 8),
    ("8 Hours", 357, 384, 8),
    ("Dana K. Whitaker", 123, 538, 6),
    ("Certificate No. YM-23-88412", 470, 557, 6),
]
# The memo's lines as the photo shows them: from x=850 to the frame's edge, cut off there.
MEMO = [
    ("MEMORAN.", 99, 20),
    ("To: Sgt. Gregory", 140, 18),
    ("From: Lt. Harriet", 172, 18),
    ("Date: March 3, 2", 204, 18),
    ("Re: Overtime appi", 232, 18),
    ("Overtime of 12 hot", 294, 16),
    ("Spring Festival det", 318, 16),
    ("03/06/2021 is appr", 355, 18),
    ("Please submit time", 386, 18),
]


def _memo_words(right_end: float) -> list[Word]:
    """The memo's words, each line set so it ends at ``right_end``."""
    out = []
    for text, y, size in MEMO:
        words = words_at(text, 0, y, size, 0.95)
        shift = right_end - words[-1].bbox[2]
        out += [
            Word(
                text=w.text, bbox=(w.bbox[0] + shift, *w.bbox[1:2], w.bbox[2] + shift, w.bbox[3]), conf=w.conf
            )
            for w in words
        ]
    return out


def _page(right_end: float, frame: float | None) -> tuple[list[Line], list[Line]]:
    words = [w for text, x, y, size in CERT for w in words_at(text, x, y, size, 0.95)] + _memo_words(
        right_end
    )
    lines = group_lines(words, page=1)
    return lines, _beside_a_side_block(lines, 1, frame)


def test_another_paper_cut_off_by_the_frame_is_no_part_of_the_page() -> None:
    before, lines = _page(FRAME - 1, FRAME)
    assert any("completed the Spring" in ln.text for ln in before)  # joined across the desk
    texts = [ln.text for ln in lines]
    assert not any(t in " ".join(texts) for t in ("Overtime", "Gregory", "March 3", "Spring"))
    reading = read_certificate(lines)
    assert reading.item is not None and reading.item.course_title == "Youth Mental Health First Aid"
    assert reading.item.hours == 8.0


def test_a_column_ending_inside_the_frame_is_kept() -> None:
    """The same words ending well inside the frame are the page's own (a side column): never dropped."""
    _, lines = _page(FRAME - 60, FRAME)
    assert any("Overtime" in ln.text for ln in lines)


def test_a_text_layer_page_keeps_every_word() -> None:
    """Print reaching the edge of a text PDF's page is the page's own design: only photos are judged."""
    _, lines = _page(FRAME - 1, None)
    assert any("Overtime" in ln.text for ln in lines)


def test_the_larger_side_is_never_dropped() -> None:
    """More words beyond the band than on the page's side: which paper was meant is not sure."""
    words = [w for text, x, y, size in CERT[:4] for w in words_at(text, x, y, size, 0.95)] + _memo_words(
        FRAME - 1
    )
    lines = group_lines(words, page=1)
    assert any("Overtime" in ln.text for ln in _beside_a_side_block(lines, 1, FRAME))


def _w(text: str, x0: float, x1: float, y0: float = 275.0, y1: float = 301.0) -> Word:
    return Word(text=text, bbox=(x0, y0, x1, y1), conf=0.93)


def test_a_box_drawn_over_the_words_after_it_keeps_them_on_its_line() -> None:
    kendra = _w("Kendra", 271.7, 478.6)  # OCR's box from the K to the end of "Okafor"
    words = [kendra, _w("L.", 364.8, 389.8, 273.6, 302.9), _w("Okafor", 401.3, 478.6)]
    assert [ln.text for ln in group_lines(words, 1)] == ["Kendra L. Okafor"]


def test_a_word_read_twice_or_a_box_of_its_own_width_stays_apart() -> None:
    """The same word by two engines, or two words whose boxes overlap at their own widths per character
    (an overprint), are not one line's run."""
    twice = [_w("Okafor", 401.3, 478.6), _w("Okafor", 402.0, 477.0)]
    assert len(group_lines(twice, 1)) == 2
    overprint = [_w("SPECIMEN", 300.0, 420.0), _w("VOID", 330.0, 390.0)]
    assert len(group_lines(overprint, 1)) == 2


def test_a_word_read_as_two_overlapping_pieces_is_joined_at_its_seam() -> None:
    """A bulging page's "Resource" read as "Reso" and "source", their boxes overlapping where both hold
    "so": one word again, so the course is the catalog's."""
    y0, y1 = 308.0, 316.0
    words = [
        _w("Advanced", 400.0, 450.0, y0, y1),
        _w("School", 455.0, 483.8, y0, y1),
        _w("Reso", 487.7, 508.8, y0, y1),
        _w("source", 499.7, 527.0, y0, y1),
        _w("Officer", 530.4, 561.1, y0, y1),
    ]
    assert [ln.text for ln in group_lines(words, 1)] == ["Advanced School Resource Officer"]


def test_words_apart_or_repeating_no_letters_stay_two() -> None:
    """Two words set apart ("also so"), or overlapping boxes with no letters repeated, are two words."""
    apart = [_w("also", 100.0, 120.0), _w("so", 126.0, 136.0)]
    assert group_lines(apart, 1)[0].text == "also so"
    italic = [_w("PHILIP", 100.0, 150.0), _w("SMITH", 143.0, 190.0)]
    assert group_lines(italic, 1)[0].text == "PHILIP SMITH"
