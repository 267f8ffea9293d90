"""Faults the fax and heavy-scan renders of certificate wordings round 13, letters round 12 and listed
courses round 2 showed (helper scans13).

A year OCR glued to the amount printed after it ("June 14th thru 16th, 202224 Hours": the gap between a
date and the hours beside it lost) is read as the year and the hours. Drawn word boxes only; none of the
strings is a real document's.
"""

from __future__ import annotations

from datetime import date

from extract.certificate import read_certificate, unglued_title
from extract.course_list import listed_courses
from extract.fields.hours import find_hours
from extract.fields.text import english_title_unaccented
from extract.letter import read_letter
from extract.lines import group_lines
from extract.types import Line, Word
from tests.unit.test_layout_parsers import words_at
from tests.unit.test_prose_title import lines_of


def _ocr(text: str, x: float, y: float, size: float = 11.0, conf: float = 0.82) -> list[Word]:
    return [w.model_copy(update={"engine": "tesseract"}) for w in words_at(text, x, y, size, conf)]


def _lines(rows: list[tuple[str, float, float, float]]) -> list[Line]:
    return group_lines([w for text, x, y, size in rows for w in _ocr(text, x, y, size)], 1)


def test_a_year_glued_to_the_hours_after_it_is_split() -> None:
    cases = {
        "June 14th thru 16th, 202224 Hours": "June 14th thru 16th, 2022 24 Hours",
        "June 6-10, 202240 Hours": "June 6-10, 2022 40 Hours",
        "Fall Semester 20211.2 CEUs": "Fall Semester 2021 1.2 CEUs",
        "Summer 20218 hours": "Summer 2021 8 hours",
        "Sept. 9, 20237 Contact Hours": "Sept. 9, 2023 7 Contact Hours",
    }
    for glued, split in cases.items():
        assert [ln.text for ln in _lines([(glued, 100, 300, 11)])] == [split], glued


def test_digits_glued_elsewhere_stay_as_read() -> None:
    """No date before it, no hour unit after it, a text layer's words, an amount no course prints."""
    for text in (
        "Certificate No. 202224 Hours",  # no month, season or day before it
        "June 14, 202224 Participants",  # no unit of hours after it
        "June 14, 2022999 Hours",  # 999 hours: no course's line
    ):
        assert [ln.text for ln in _lines([(text, 100, 300, 11)])] == [text], text
    layer = words_at("June 14th thru 16th, 202224 Hours", 100, 300)
    assert group_lines(layer, 1)[0].text == "June 14th thru 16th, 202224 Hours"


def test_the_certificate_reads_dates_hours_and_title_of_the_glued_line() -> None:
    """A fax's line of the course, its dates and its hours, the year and the hours glued: main read no date,
    no hours and a title running on into them."""
    lines = _lines(
        [
            ("CERTIFICATE OF COMPLETION", 200, 120, 22),
            ("This certifies that", 250, 180, 12),
            ("Dana R. Whitfield", 230, 220, 20),
            ("has completed", 260, 260, 12),
            ("Advanced School Resource Officer Course", 150, 300, 14),
            ("June 14th thru 16th, 202224 Hours", 200, 330, 12),
        ]
    )
    reading = read_certificate(lines)
    assert reading.item is not None
    item = reading.item
    assert (str(item.start_date), str(item.end_date), item.hours) == ("2022-06-14", "2022-06-16", 24.0)
    assert item.course_title == "Advanced School Resource Officer Course"


def test_an_hours_label_glued_to_its_amount_is_read() -> None:
    """ "Total Hours:16" (a fax lost the space after the colon) is 16 hours; a clock's colon stays none."""
    for text, hours in (("Total Hours:16", 16.0), ("Credit Hours:8.0", 8.0), ("Hours:7.5", 7.5)):
        assert [h.hours for h in find_hours(text)] == [hours], text
    for text in ("Hours:8:30", "Hours:2 of 3", "Hours:12-05-2021"):
        assert find_hours(text) == [], text


def test_an_ocr_title_gets_back_the_spaces_it_lost_between_words() -> None:
    cases = {
        "Active Shooter Response forSchools": "Active Shooter Response for Schools",
        "JuvenileLaw for LawEnforcement: Campus": "Juvenile Law for Law Enforcement: Campus",
        "Youth MentalHealth First Aid": "Youth Mental Health First Aid",
        "ChildAbuse andNeglect Investigations": "Child Abuse and Neglect Investigations",
        "JuvenileLawEnforcement": "Juvenile Law Enforcement",
        "ALERRT Active Shooter Level |": "ALERRT Active Shooter Level I",
    }
    for glued, title in cases.items():
        assert unglued_title(glued) == title, glued
    # A name's prefix, two letters before the capital, a lower-case word that is no small word: as read.
    for kept in ("MacArthur Leadership", "McDonald DeShawn", "iPad eBay", "Crisis | Response"):
        assert unglued_title(kept) == kept


def test_a_scanned_certificate_title_is_unglued_a_text_layers_is_not() -> None:
    rows = [
        ("CERTIFICATE OF COMPLETION", 200, 120, 22),
        ("This certifies that", 250, 180, 12),
        ("Dana R. Whitfield", 230, 220, 20),
        ("has completed", 260, 260, 12),
        ("Active Shooter Response forSchools", 150, 300, 14),
        ("June 14, 2022 8 Hours", 200, 330, 12),
    ]
    scanned = read_certificate(_lines(rows)).item
    assert scanned is not None and scanned.course_title == "Active Shooter Response for Schools"
    layer = group_lines([w for text, x, y, size in rows for w in words_at(text, x, y, size)], 1)
    printed = read_certificate(layer).item
    assert printed is not None and printed.course_title == "Active Shooter Response forSchools"


def test_a_dash_label_whose_earned_lost_its_rn_is_read_when_words_and_figures_agree() -> None:
    assert [h.hours for h in find_hours("Hours of Credit Eared — Four (4.0)")] == [4.0]
    assert [h.hours for h in find_hours("Credit Hours Eamed - Sixteen (16)")] == [16.0]
    assert find_hours("Hours of Credit Eared — Four (5.0)") == []


MEMO = [
    "MEMORANDUM",
    "TO: Practitioner Review Board",
    "FROM: Lieutenant Gail O. Pryce, Youth Services Section",
    "DATE: March 3, 2025",
    "Deputy Owen K. Lasalle has been assigned to the Schooi Resource Unit at Fernwood",
    "Middle School since 02/17/2021. He is presently assigned there.",
]
SPECK = [
    "To Whom It May Concern:",
    "Since March 2019, Officer Ines V. Okonkwo has been the School Resource. Officer for both",
    "Maple Grove Elementary and Birch Hill Middle School, and she continues to serve both schools.",
    "Sincerely,",
]
GLUED = [
    "To Whom It May Concern:",
    "On September 8, 2021, Officer Lionel P. Graves was assigned as the School Resource Officer for",
    "Eastbrook High School, where hecurrently serves.",
    "Sincerely,",
]


def test_a_faxed_letters_role_with_schooi_or_a_specks_stop_is_read() -> None:
    memo = read_letter(lines_of(MEMO))
    assert (memo.sro_start, memo.employment) == (date(2021, 2, 17), "current")
    speck = read_letter(lines_of(SPECK))
    assert speck.sro_start_range == (date(2019, 3, 1), date(2019, 3, 31))
    assert speck.employment == "current"


def test_a_pronoun_glued_to_currently_is_the_present() -> None:
    reading = read_letter(lines_of(GLUED))
    assert (reading.sro_start, reading.employment) == (date(2021, 9, 8), "current")


def test_a_location_line_under_an_event_ending_in_a_speck_dash_is_no_part_of_it() -> None:
    rows = [
        ("Statement of Continuing Education Credits", 150, 120, 16),
        ("Participant: Dana R. Whitfield", 100, 170, 12),
        ("Event: 2023 Regional School Safety Summit -", 100, 190, 12),
        ("Location: - Dayton, Ohio", 100, 205, 12),
        ("Credits Earned: 6.0", 100, 240, 12),
    ]
    item = read_certificate(_lines(rows)).item
    assert item is not None and item.course_title == "2023 Regional School Safety Summit"


def test_a_speck_stop_after_ce_keeps_the_hours() -> None:
    assert [h.hours for h in find_hours("06/20/2023 Crowd Control at Games 1.5 CE. hours")] == [1.5]


def test_a_list_carried_over_a_faxed_page_break_with_a_glued_separator() -> None:
    """Page 2 of a fax opens with the machine's header (a date, a time, FROM/TO/PAGE): no course of the
    list and no break of it; a dash glued to a date ("Schools -'01/13/2022") is no part of the title."""
    page1 = _lines(
        [
            ("09/02/2024 10:31 FROM: ACADEMY TO: 555 0100 PAGE 01", 40, 20, 9),
            ("Certificate of Completion", 200, 100, 20),
            ("Officer Ada M. Quill", 230, 150, 16),
            ("has completed the following courses:", 180, 190, 12),
            ("Juvenile Law for Law Enforcement - 03/07/2022 - 8 hours", 120, 220, 12),
            ("Standard Response Protocol Training - 03/08/2022 - 4 hours", 120, 240, 12),
            ("Page 1 of 2", 280, 700, 9),
        ]
    )
    page2 = [
        ln.model_copy(update={"page": 2})
        for ln in _lines(
            [
                ("09/02/2024 10:31 FROM: ACADEMY TO: 555 0100 PAGE 02", 40, 20, 9),
                ("Courses completed (continued)", 200, 100, 14),
                ("Active Shooter Response for Schools -'03/09/2022 - 8 hours", 120, 140, 12),
                ("Child Abuse and Neglect Investigations - 03/10/2022 - 4 hours", 120, 160, 12),
                ("Page 2 of 2", 280, 700, 9),
            ]
        )
    ]
    items = listed_courses([*page1, *page2], None)
    assert items is not None
    assert [(i.course_title, str(i.start_date), i.hours) for i in items] == [
        ("Juvenile Law for Law Enforcement", "2022-03-07", 8.0),
        ("Standard Response Protocol Training", "2022-03-08", 4.0),
        ("Active Shooter Response for Schools", "2022-03-09", 8.0),
        ("Child Abuse and Neglect Investigations", "2022-03-10", 4.0),
    ]


def test_an_accent_ocr_invented_on_an_english_title_is_dropped() -> None:
    assert (
        english_title_unaccented("Activé Shooter Response for Schools")
        == "Active Shooter Response for Schools"
    )
    for kept in ("Prévention de la violence en milieu scolaire", "Gestão de Conflitos", "Señal Básica"):
        assert english_title_unaccented(kept) == kept


def test_an_acronym_glued_to_ceu_is_its_qualifier() -> None:
    assert [h.hours for h in find_hours("(0.3 IACETCEU)")] == [3.0]
