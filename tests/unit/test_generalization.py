"""Wordings and layouts the dev corpus' generator never drew, read on positioned words.

Each case is a failure the generalization audit found on certificates drawn unlike the sample
layouts (``tests/novel_certificates.py``): the string is what such a page prints, and the
assertion is the reading a person would sign, or a review note where no reading can be sure.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import MONTH_ONLY, read_certificate
from extract.fields.dates import date_label, find_dates
from extract.fields.hours import find_hours
from extract.types import Line
from tests.unit.test_layout_parsers import page_of

HEAD = [
    ("Tri-County Regional Police Academy", 150, 60, 14),
    ("Certificate of Completion", 170, 110, 24),
    ("This is to certify that", 220, 170, 11),
    ("Alana M. Brooks", 190, 200, 20),
    ("has successfully completed", 210, 240, 11),
    ("Juvenile Interviewing Techniques", 160, 270, 16),
]


def with_lines(*texts: str) -> list[Line]:
    return page_of(HEAD + [(t, 150, 310 + 20 * k, 11) for k, t in enumerate(texts)])


# ------------------------------------------------------------------------------------ dates


def test_dotted_date_whose_numbers_could_both_be_the_month_is_order_unsure() -> None:
    (m,) = find_dates("Date: 03.04.2022")
    assert m.order_unsure
    assert not find_dates("14.03.2022")[0].order_unsure  # 14 is no month: day first, sure
    assert not find_dates("03/04/2022")[0].order_unsure  # a slash: US month first
    assert not find_dates("04.04.2022")[0].order_unsure  # either way the same day


def test_dotted_ambiguous_date_sends_the_course_date_to_review() -> None:
    item = read_certificate(with_lines("Date: 03.04.2022     Hours: 4")).item
    assert item is not None
    assert any("either way round" in n for n in item.date_notes), item.date_notes


def test_day_first_date_elsewhere_makes_a_slashed_date_order_unsure() -> None:
    """A page that prints 26/09/2025 writes day first: its 03/04/2025 may be the 3rd of April."""
    item = read_certificate(with_lines("realizado em 03/04/2025, 20 horas", "emitido em 26/09/2025")).item
    assert item is not None
    assert any("either way round" in n for n in item.date_notes), item.date_notes
    # Without such evidence a US page's slashed date stays month first and sure.
    item = read_certificate(with_lines("held 03/04/2025", "8 hours")).item
    assert item is not None and item.date_notes == ()
    assert item.start_date == date(2025, 3, 4)


def test_range_whose_second_half_starts_with_its_weekday() -> None:
    (m,) = find_dates("Sunday, July 16 - Friday, July 21, 2023")
    assert (m.start, m.end) == (date(2023, 7, 16), date(2023, 7, 21))
    (m,) = find_dates("Monday, 28 June - Friday, 2 July 2021")
    assert (m.start, m.end) == (date(2021, 6, 28), date(2021, 7, 2))


def test_unread_range_start_before_a_weekday_is_noted() -> None:
    """OCR lost the start ("July 1G"): the one date read is a range's end, not a one-day course."""
    item = read_certificate(with_lines("Sunday, July 1G - Friday, July 21, 2023", "24 hours")).item
    assert item is not None
    assert "one end of the date range is unreadable" in item.date_notes


def test_hours_after_a_bar_are_no_unread_range_end() -> None:
    item = read_certificate(with_lines("September 12, 2023  |  4.0 Contact Hours")).item
    assert item is not None
    assert (item.start_date, item.end_date, item.hours) == (date(2023, 9, 12), date(2023, 9, 12), 4.0)
    assert item.date_notes == ()


@pytest.mark.parametrize(
    "label", ["Expires", "Expiration Date:", "Valid through", "Valid until", "Renewal due"]
)
def test_expiry_and_validity_dates_are_never_course_dates(label: str) -> None:
    assert date_label(label) == "not_course"
    # The completion date unreadable, the card's expiry is all that is left: no course date at all.
    item = read_certificate(with_lines("Completed: O4/22/2O23", f"{label} 04/22/2025", "4 hrs")).item
    assert item is not None
    assert item.start_date is None, item


def test_start_and_end_date_fields_on_one_line_are_one_range() -> None:
    item = read_certificate(
        with_lines("Start Date: 02/21/2023   End Date: 02/22/2023", "Total Hours: 16")
    ).item
    assert item is not None
    assert (item.start_date, item.end_date, item.date_notes) == (date(2023, 2, 21), date(2023, 2, 22), ())


def test_from_and_to_date_fields_on_two_lines_are_one_range() -> None:
    item = read_certificate(with_lines("From: February 3, 2020", "To: February 4, 2020", "8 hours")).item
    assert item is not None
    assert (item.start_date, item.end_date, item.date_notes) == (date(2020, 2, 3), date(2020, 2, 4), ())


def test_month_only_date_says_so() -> None:
    item = read_certificate(with_lines("March 2021  -  24 Hours")).item
    assert item is not None
    assert item.start_date is None
    assert item.date_notes == (MONTH_ONLY,)


# ------------------------------------------------------------------------------------ hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Duration: 1h 30m", 1.5),
        ("Duration: 2 hrs", 2.0),
        ("Duration: 90 minutes", 1.5),
        ("Course Duration: 8 hours", 8.0),
    ],
)
def test_duration_label(text: str, hours: float) -> None:
    (h,) = find_hours(text)
    assert (h.hours, h.labelled) == (hours, True)


@pytest.mark.parametrize("text", ["Duration: 3 days", "Duration: 2 weeks"])
def test_duration_in_days_is_no_hours(text: str) -> None:
    assert find_hours(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "8 hours per day",
        "8 hours/day",
        "Three days, 8 hrs each day",
        "2 hours per session",
        "40 hours per year",
    ],
)
def test_an_hourly_rate_is_no_course_total(text: str) -> None:
    assert find_hours(text) == []


def test_a_rate_beside_the_total_leaves_the_total() -> None:
    assert [h.hours for h in find_hours("24 hours (8 hours per day)")] == [24.0]


def test_rate_on_a_certificate_is_not_credited_as_the_total() -> None:
    item = read_certificate(with_lines("June 6-8, 2022", "8 hours per day")).item
    assert item is not None
    assert item.hours is None and item.hours_notes, item


def test_number_set_over_the_word_hours() -> None:
    """A badge prints "8" large with "HOURS" under it."""
    rows = [*HEAD, ("8", 200, 320, 40), ("HOURS", 190, 364, 12), ("Jan 18, 2024", 180, 400, 11)]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert item.hours == 8.0


# ------------------------------------------------------------------------------------ names and titles


def test_labels_without_colons_in_a_left_column() -> None:
    rows = [
        ("National Council for Mental Wellbeing", 150, 60, 16),
        ("Certificate of Training", 170, 110, 24),
        ("Participant", 90, 200, 11),
        ("Tamara J. Whitfield", 230, 198, 14),
        ("Course", 90, 238, 11),
        ("Youth Mental Health First Aid", 230, 236, 14),
        ("Date(s)", 90, 276, 11),
        ("03/14/2022", 230, 274, 14),
        ("Credit", 90, 314, 11),
        ("8.0 hours", 230, 312, 14),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.participant_name is not None
    assert reading.participant_name.text == "Tamara J. Whitfield"
    assert reading.item is not None
    assert (reading.item.course_title, reading.item.start_date, reading.item.hours) == (
        "Youth Mental Health First Aid",
        date(2022, 3, 14),
        8.0,
    )


def test_course_under_a_column_header() -> None:
    rows = [
        ("REGIONAL LAW ENFORCEMENT ACADEMY", 200, 60, 14),
        ("Certificate of Completion", 170, 110, 30),
        ("This certificate is presented to", 230, 160, 14),
        ("Keisha D. Monroe", 250, 190, 26),
        ("for completion of the following training:", 200, 232, 14),
        ("Course", 80, 280, 12),
        ("Date", 450, 280, 12),
        ("Hours", 640, 280, 12),
        ("Interviewing and Interrogating Juveniles", 80, 306, 12),
        ("05/10/2022 - 05/11/2022", 450, 306, 12),
        ("16", 640, 306, 12),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert (item.course_title, item.start_date, item.end_date, item.hours) == (
        "Interviewing and Interrogating Juveniles",
        date(2022, 5, 10),
        date(2022, 5, 11),
        16.0,
    )


def test_footer_fragment_course_hash_is_no_title() -> None:
    """A footer's "Course # IS-362.a" cut into cells by OCR ("Course", "Class") names no course."""
    rows = [
        ("NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS", 157, 67, 11),
        ("Certificate of Participation", 168, 122, 28),
        ("This certifies that", 351, 181, 9),
        ("NICOLE POWERS", 228, 217, 29),
        ("participated in", 357, 261, 12),
        ("19th Annual National School Safety Conference", 194, 297, 14),
        ("July 12-17, 2009 24 Hours", 326, 320, 8),
        ("Course", 440, 566, 6),
        ("Class", 494, 566, 6),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert item.course_title == "19th Annual National School Safety Conference"
    # Nor without the cue: the largest title line stands, not the fragment.
    no_cue = [r for r in rows if r[0] != "participated in"]
    item = read_certificate(page_of(no_cue)).item
    assert item is None or item.course_title != "Class"


def test_confirm_that_letter_prose() -> None:
    rows = [
        ("Riverside County District Attorney's Office", 150, 60, 16),
        ("March 19, 2021", 72, 130, 12),
        ("To Whom It May Concern:", 72, 170, 12),
        (
            "This is to confirm that Officer Marcus T. Reyes attended Juvenile Law for Law Enforcement on",
            72,
            200,
            12,
        ),
        (
            "the 3rd day of March, 2021 for a total of 7.5 contact hours. The training was approved",
            72,
            217,
            12,
        ),
        ("for continuing education credit.", 72, 234, 12),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.participant_name is not None
    assert reading.participant_name.text == "Officer Marcus T. Reyes"
    item = reading.item
    assert item is not None
    assert (item.course_title, item.start_date, item.hours) == (
        "Juvenile Law for Law Enforcement",
        date(2021, 3, 3),
        7.5,
    )


def test_two_digit_year_of_a_numeric_range_is_no_day_first_evidence() -> None:
    """In "6/7/21-6/11/21" the "21-6" is a year and the next month, not a date printed day first."""
    item = read_certificate(with_lines("Date: 6/7/21-6/11/21", "Hours: 40")).item
    assert item is not None
    assert (item.start_date, item.end_date, item.date_notes) == (date(2021, 6, 7), date(2021, 6, 11), ())


def test_completed_by_label_names_the_participant() -> None:
    rows = [
        ("Certificate", 200, 40, 24),
        ("Course: Active Shooter Response for Schools", 60, 100, 11),
        ("Completed by: Jane Q. Doe", 60, 130, 11),
        ("Completion date: June 6, 2022", 60, 160, 11),
        ("Credit hours: 8", 60, 190, 11),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.participant_name is not None
    assert reading.participant_name.text == "Jane Q. Doe"


def test_a_cue_that_introduces_a_date_does_not_send_the_title_search_to_the_signature() -> None:
    """ "who attended March 11-13, 2019 and completed 24 hours": no course follows the cue, and the
    signer's job title under it ("Executive Director") is no course either."""
    rows = [
        ("National Association of School Resource Officers", 150, 60, 12),
        ("Advanced School Resource Officer Course", 120, 110, 26),
        ("Certificate of completion is awarded to", 170, 150, 14),
        ("Terrence L. Boyd", 200, 185, 24),
        ("who attended March 11-13, 2019 and completed 24 hours of instruction.", 90, 225, 12),
        ("Signed this 22nd day of March, 2019", 170, 260, 12),
        ("Mo Canady", 90, 520, 9),
        ("Executive Director", 90, 532, 8),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert item.course_title == "Advanced School Resource Officer Course"
    assert (item.start_date, item.end_date, item.hours) == (date(2019, 3, 11), date(2019, 3, 13), 24.0)


def test_title_with_its_hours_in_brackets() -> None:
    """ "Juvenile Law for Law Enforcement (8 hours)": the title is the words before the bracket."""
    rows = [r for r in HEAD if r[0] != "Juvenile Interviewing Techniques"]
    rows += [("Juvenile Law for Law Enforcement (8 hours)", 150, 270, 16), ("June 6, 2022", 150, 310, 11)]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert (item.course_title, item.hours) == ("Juvenile Law for Law Enforcement", 8.0)


def test_two_courses_on_one_certificate_give_a_reviewable_item() -> None:
    rows = [r for r in HEAD if r[0] != "Juvenile Interviewing Techniques"]
    rows += [
        ("Juvenile Law for Law Enforcement (8 hours)", 150, 270, 15),
        ("Interviewing and Interrogating Juveniles (16 hours)", 140, 292, 15),
        ("June 6-8, 2022", 200, 325, 11),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert item.course_title == "Juvenile Law for Law Enforcement"
    assert any("several hour values" in n for n in item.hours_notes), item.hours_notes


def test_dotted_acronym_is_a_title() -> None:
    rows = [
        ("D.A.R.E. America", 344, 74, 14),
        ("Certificate of Course Completion", 168, 85, 46),
        ("This certifies that", 350, 155, 13),
        ("KEVIN M. SHEA", 263, 192, 38),
        ("for successful completion of", 324, 237, 13),
        ("D.O.T.", 370, 273, 20),
        ("held 2017-12-18 to 2017-12-31", 325, 296, 12),
        ("Credit Hours: 80", 356, 315, 12),
        ("John Johnson", 144, 499, 20),
        ("President", 185, 534, 8),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert item.course_title == "D.O.T."


def test_spanish_completion_cue() -> None:
    rows = [
        ("Academia Estatal de Seguridad Pública", 150, 60, 13),
        ("Constancia", 250, 110, 32),
        ("Se otorga a", 260, 150, 14),
        ("Lucía Fernández Ortega", 190, 185, 28),
        ("por haber completado el curso", 200, 225, 14),
        ("Intervención en Crisis con Jóvenes", 170, 255, 20),
        ("realizado del 3 al 5 de marzo de 2021, con una duración de 24 horas", 90, 290, 13),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert (item.course_title, item.title_conf) == ("Intervención en Crisis con Jóvenes", 0.9)
    assert (item.start_date, item.end_date, item.hours) == (date(2021, 3, 3), date(2021, 3, 5), 24.0)


@pytest.mark.parametrize(
    "line", ["Course completed by Martin D. Pedraza", "Curso completado por Martin Diego Pedraza"]
)
def test_completed_by_names_the_person_not_the_course(line: str) -> None:
    rows = [
        ("JavaScript: TDD y pruebas unitarias", 98, 155, 36),
        (line, 222, 265, 16),
        ("feb 05, 2026 at 06:00p. m. UTC • 2 horas 12 minutos", 203, 290, 16),
    ]
    reading = read_certificate(page_of(rows))
    assert reading.item is not None
    assert reading.item.course_title == "JavaScript: TDD y pruebas unitarias"
    assert reading.participant_name is not None
    assert reading.participant_name.text.endswith("Pedraza")


def test_title_length_disagreeing_with_the_printed_hours_is_noted() -> None:
    rows = [r for r in HEAD if r[0] != "Juvenile Interviewing Techniques"]
    rows += [("16-Hour Juvenile Interviewing Course", 150, 270, 16), ("June 6, 2022", 150, 310, 11)]
    item = read_certificate(page_of([*rows, ("Hours: 8", 150, 330, 11)])).item
    assert item is not None
    assert item.hours == 8.0
    assert any("another length" in n for n in item.hours_notes), item.hours_notes
    # The same length in both places is no conflict.
    item = read_certificate(page_of([*rows, ("Hours: 16", 150, 330, 11)])).item
    assert item is not None
    assert (item.hours, item.hours_notes) == (16.0, ())
