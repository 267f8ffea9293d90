"""Faults found reading real issuers' formats (``tests/issuer_formats.py``), each on a small page of words.

State POST records put a licence table above the course table, a result column with "Fail", a course
number column apart from the title, a "Training School" column, an "Assigned" date beside the completion
date and a cumulative hours column beside the hours; online academies label their user ids "User ID:";
certificates say "for successfully completing" and print bilingual labels ("Curso / Course:").
"""

from __future__ import annotations

from datetime import date

from classify.document import AutoPolicy, classify_item
from extract.certificate import read_certificate
from extract.fields.names import name_before_next_label
from extract.lines import group_lines
from extract.transcript import read_table
from extract.types import Line, RawItem
from tests.unit.test_classify_item import CATALOG, document, raw_item
from tests.unit.test_layout_parsers import CHAR_W, page_of, words_at


def table_page(header: list[tuple[str, float]], rows: list[list[str]], top: float = 100) -> list[Line]:
    cells = [(label, x, top, 9.0) for label, x in header]
    for k, row in enumerate(rows):
        cells += [
            (text, x, top + 16 * (k + 1), 9.0) for (_, x), text in zip(header, row, strict=True) if text
        ]
    return page_of(cells)


def titles_hours(lines: list[Line]) -> list[tuple[str | None, float | None]]:
    return [(i.course_title, i.hours) for i in read_table(lines)[0]]


def test_failed_and_cancelled_results_are_no_items() -> None:
    """A "Result" column of Pass / Fail / Cancelled: only the passed courses were completed."""
    header = [("Course Name", 30), ("Date", 260), ("Hours", 330), ("Result", 380)]
    rows = [
        ["Juvenile Law Update", "02/10/2020", "8.00", "Pass"],
        ["Firearms Instructor", "05/02/2022", "80.00", "Fail"],
        ["Interview and Interrogation", "11/07/2022", "0.00", "Cancelled"],
        ["Threat Assessment in Schools", "04/03/2023", "16.00", "Pass"],
    ]
    assert titles_hours(table_page(header, rows)) == [
        ("Juvenile Law Update", 8.0),
        ("Threat Assessment in Schools", 16.0),
    ]


def test_a_result_misread_into_neither_pass_nor_fail_is_for_a_person() -> None:
    """OCR read "Fail" as "Fai": the row stays an item, but its result is a reason for review."""
    header = [("Course Name", 30), ("Date", 260), ("Hours", 330), ("Result", 380)]
    rows = [
        ["Juvenile Law Update", "02/10/2020", "8.00", "Pass"],
        ["Firearms Instructor", "05/02/2022", "80.00", "Fai"],
        ["Threat Assessment in Schools", "04/03/2023", "16.00", "Completed"],
    ]
    notes = {i.course_title: i.notes for i in read_table(table_page(header, rows))[0]}
    assert notes["Juvenile Law Update"] == () and notes["Threat Assessment in Schools"] == ()
    assert notes["Firearms Instructor"] == ("result 'Fai' says neither completed nor not",)


def test_cumulative_hours_column_is_not_the_rows_hours() -> None:
    """The right-most number is a running total: by its heading, or, unlabelled, by its sums."""
    rows = [
        ["01/16/2024", "Juvenile Law Update", "4.0", "4.0"],
        ["02/07/2024", "Firearms Qualification", "4.0", "8.0"],
        ["03/12/2024", "School Emergency Operations Planning", "8.0", "16.0"],
    ]
    for second in ("Cumulative", "Hours"):
        header = [("Date", 30), ("Course", 100), ("Hours", 330), (second, 400)]
        assert [h for _, h in titles_hours(table_page(header, rows))] == [4.0, 4.0, 8.0], second


def test_assigned_date_and_not_started_rows() -> None:
    """An "Assigned" date is not when the course was done; a course "Not Started" is no item."""
    header = [("Course", 30), ("Assigned", 300), ("Completed", 380), ("Hours", 470)]
    rows = [
        ["Bullying: Recognition and Response", "08/15/2023", "09/12/2023", "0.75"],
        ["Child Abuse: Mandatory Reporting", "08/15/2023", "10/02/2023", "0.50"],
        ["Sexual Harassment: Staff-to-Student", "08/15/2023", "Not Started", "0.50"],
    ]
    items = read_table(table_page(header, rows))[0]
    assert [(i.course_title, i.start_date, i.end_date) for i in items] == [
        ("Bullying: Recognition and Response", date(2023, 9, 12), date(2023, 9, 12)),
        ("Child Abuse: Mandatory Reporting", date(2023, 10, 2), date(2023, 10, 2)),
    ]


def test_each_table_on_a_page_is_read_under_its_own_header() -> None:
    """A licence table above the course table: its columns must not place the course table's cells."""
    licences = table_page([("License", 30), ("Issue Date", 250), ("Status", 350)],
                          [["Peace Officer License", "06/15/2011", "Active"]], top=60)  # fmt: skip
    courses = table_page(
        [("Course No.", 30), ("Course Title", 95), ("Course Date", 350), ("Hours", 412),
         ("Training Provider", 450)],
        [
            ["3232", "Intermediate Child Abuse Investigation", "10/15/2021", "24", "Austin PD Academy"],
            ["3344", "Use of Force", "11/09/2022", "4", "Travis County SO"],
        ],
        top=140,
    )  # fmt: skip
    items = read_table(licences + courses)[0]
    assert [(i.course_title, i.hours, i.provider, i.course_code) for i in items] == [
        ("Intermediate Child Abuse Investigation", 24.0, "Austin PD Academy", "3232"),
        ("Use of Force", 4.0, "Travis County SO", "3344"),
    ]


def test_training_school_column_and_course_numbers_stay_out_of_the_title() -> None:
    """ "Training School" is who gave it; "Course" far left of "Title" holds course numbers."""
    header = [("Course", 30), ("Title", 110), ("End Date", 330), ("Hours", 400), ("Training School", 450)]
    rows = [
        ["2150-21875", "School Resource Officer Basic", "08/16/2019", "40.00", "FASRO"],
        ["1850-20015", "Juvenile Law Update", "03/05/2020", "8.00", "SPC"],
    ]
    items = read_table(table_page(header, rows))[0]
    assert [(i.course_title, i.course_code, i.provider) for i in items] == [
        ("School Resource Officer Basic", "2150-21875", "FASRO"),
        ("Juvenile Law Update", "1850-20015", "SPC"),
    ]


def test_a_numeric_course_code_does_not_cost_the_title_its_last_word() -> None:
    """ "Youth Mental Health First Aid" with code 2201 matched as "... First AID-2201", lacking 'aid'."""
    base = raw_item("Youth Mental Health First Aid", 8.0)
    item: RawItem = base.model_copy(update={"course_code": "2201", "source": "table_row", "provider": "PCSP"})
    got = classify_item(document(item), item, CATALOG, date(2025, 1, 1), AutoPolicy())
    assert (got.catalog_id, got.category) == ("ymhfa", "juvenile"), got.review_reasons


def test_a_two_word_label_after_the_name_is_not_the_name() -> None:
    assert name_before_next_label("Samantha R. Cole      User ID: scole4471") == "Samantha R. Cole"
    assert name_before_next_label("Latoya M. Jenkins  POST Number: 0091-4472") == "Latoya M. Jenkins"
    assert name_before_next_label("MARTINEZ, ROBERT A.   PID: 0412345") == "MARTINEZ, ROBERT A."
    assert name_before_next_label("Dana Reyes ID: 4471") == "Dana Reyes"
    assert name_before_next_label("Kevin J. OBRIEN  ID: 4471") == "Kevin J. OBRIEN"


def test_a_generational_suffix_before_a_label_stays_with_the_name() -> None:
    assert name_before_next_label("David P. Palmer III Badge/ID: 38746") == "David P. Palmer III"
    assert name_before_next_label("ROBERT HALE JR. ID: 4471") == "ROBERT HALE JR."
    assert name_before_next_label("Dana Reyes II   Employee ID: 77") == "Dana Reyes II"


def test_completing_cue_and_a_course_naming_a_role() -> None:
    """ "for successfully completing the" leads to the title, though the title names an instructor."""
    lines = page_of([
        ("ALICE Training Institute", 200, 60, 14),
        ("Certificate of Completion", 170, 100, 24),
        ("is hereby granted to", 230, 140, 11),
        ("Kevin J. Thornton", 210, 170, 20),
        ("for successfully completing the", 200, 205, 11),
        ("ALICE Instructor Certification Course", 150, 230, 16),
        ("June 2-3, 2022 | 16 Hours", 220, 260, 11),
        ("Greg Crane", 100, 400, 11),
        ("Founder", 100, 415, 9),
    ])  # fmt: skip
    item = read_certificate(lines).item
    assert item is not None and item.course_title == "ALICE Instructor Certification Course"


def test_bilingual_label() -> None:
    lines = page_of([
        ("Certificado de Finalización", 170, 60, 20),
        ("Otorgado a / Awarded to", 220, 100, 11),
        ("Rosa M. Villanueva", 200, 130, 20),
        ("Curso / Course: Youth Crisis Intervention", 100, 180, 12),
        ("Fecha / Date: March 15, 2023", 100, 200, 12),
        ("Horas / Hours: 8", 100, 220, 12),
    ])  # fmt: skip
    item = read_certificate(lines).item
    assert item is not None and item.course_title == "Youth Crisis Intervention"


def test_a_lone_total_hours_column_is_the_rows_hours() -> None:
    """ "Total Hours" heads the row's own hours when no other hours column stands beside it."""
    header = [("Course", 30), ("Date", 300), ("Total Hours", 400)]
    rows = [["Juvenile Law Update", "01/16/2024", "4.0"], ["Firearms Qualification", "02/07/2024", "8.0"]]
    assert [h for _, h in titles_hours(table_page(header, rows))] == [4.0, 8.0]


def test_a_table_dated_only_by_issue_keeps_its_courses_for_a_person() -> None:
    """Courses with hours and only a "Date Issued": read, with a note that sends them to a person."""
    header = [("Course", 30), ("Date Issued", 300), ("Hours", 400)]
    rows = [["Juvenile Law Update", "01/16/2024", "4.0"], ["Gang Awareness", "02/07/2024", "8.0"]]
    items = read_table(table_page(header, rows))[0]
    assert [(i.course_title, i.end_date, bool(i.date_notes)) for i in items] == [
        ("Juvenile Law Update", date(2024, 1, 16), True),
        ("Gang Awareness", date(2024, 2, 7), True),
    ]


def test_a_wrapped_title_of_heading_words_does_not_start_a_table() -> None:
    """ "Training Course", a title's second line, holds two heading words: no new table under it."""
    lines = page_of([
        ("Course Title", 30, 100, 9), ("Date", 300, 100, 9), ("Hours", 400, 100, 9),
        ("Active Shooter Response", 30, 116, 9), ("01/16/2024", 300, 116, 9), ("8.0", 400, 116, 9),
        ("Training Course", 30, 127, 9),
        ("Gang Awareness", 30, 143, 9), ("02/07/2024", 300, 143, 9), ("4.0", 400, 143, 9),
    ])  # fmt: skip
    assert titles_hours(lines) == [("Active Shooter Response Training Course", 8.0), ("Gang Awareness", 4.0)]


def test_rows_of_a_sloping_photo_keep_their_own_cells() -> None:
    """A phone photo's perspective slopes lines 3 degrees: across the wide gap between a short title and
    its hours the drift is more than half a line, and each hours cell joined the row above."""
    cells = [("Class Dates", 50, 100), ("Course Title", 190, 100), ("Hours", 450, 100), ("Academy", 490, 100)]
    printed = [
        ("03/05/2018", "Basic School Resource Officer Course", "40"),
        ("01/11/2023", "Use of Force", "1"),
        ("01/11/2023", "De-escalation", "2"),
        ("03/22/2023", "Firearms Qualification", "4"),
        ("06/06/2023", "Cyberbullying and Youth", "8"),
    ]
    for k, (day, title, hours) in enumerate(printed):
        y = 114 + 14 * k
        cells += [(day, 50, y), (title, 190, y), (hours, 450, y), ("CCPS PD", 490, y)]
    words = [w for text, x, y in cells for w in words_at(text, x, y, size=9, skew=5.0)]
    items = read_table(group_lines(words, page=1))[0]
    assert [(i.course_title, i.hours) for i in items] == [(t, float(h)) for _, t, h in printed]


def test_an_approval_date_is_no_course_date() -> None:
    """A photo split "03/01 /2023" so the completion date was lost; "Approved: 11/15/2022" (when the
    course was approved for credit) was then taken for the course date, at full confidence."""
    lines = page_of([
        ("Certificate of Completion", 170, 60, 24),
        ("This certifies that", 230, 100, 11),
        ("Samantha R. Cole", 200, 130, 20),
        ("has successfully completed the online course", 170, 165, 11),
        ("Recognizing Child Abuse and Neglect", 150, 190, 16),
        ("Completion Date: 03/01 /2023", 100, 230, 11),
        ("Approved: 11/15/2022", 350, 230, 11),
        ("Credit Hours: 1.00", 100, 250, 11),
    ])  # fmt: skip
    item = read_certificate(lines).item
    assert item is not None and item.start_date is None


def test_a_flush_right_amount_ending_where_the_next_label_starts_is_the_earlier_columns() -> None:
    """'8' set flush right under "Credit Hours", the "Status" label right after it: hours, not status."""
    credit_x = 300.0
    status_x = credit_x + len("Credit Hours") * CHAR_W * 9 / 11 + 1  # labels a point apart (a glued heading)
    amount_w = CHAR_W * 9 / 11
    cells = [("Course Title", 30, 100, 9.0), ("Completion Date", 200, 100, 9.0)]
    cells += [("Credit Hours", credit_x, 100, 9.0), ("Status", status_x, 100, 9.0)]
    for k, (title, amount) in enumerate([("Juvenile Law Update", "8"), ("Threat Assessment", "4")]):
        y = 116.0 + 16 * k
        cells += [(title, 30, y, 9.0), ("04/12/2022", 200, y, 9.0), (amount, status_x - 1 - amount_w, y, 9.0)]
        cells += [("Complete", status_x + 8, y, 9.0)]
    assert titles_hours(page_of(cells)) == [("Juvenile Law Update", 8.0), ("Threat Assessment", 4.0)]


def test_a_sparse_column_under_an_hours_heading_keeps_the_hours_it_has() -> None:
    """A heavy scan lost most of the hours cells: the one left is still the row's hours, the rest unread."""
    header = [("Class Dates", 30), ("Course Title", 120), ("Hours", 330), ("Academy", 380)]
    rows = [
        ["03/05/2018", "Basic School Resource Officer Course", "40", "GPSTC Forsyth"],
        ["01/11/2023", "Use of Force", "", "CCPS PD"],
        ["01/11/2023", "De-escalation", "", "CCPS PD"],
        ["03/22/2023", "Juvenile Law Update", "", "CCPS PD"],
    ]
    assert titles_hours(table_page(header, rows)) == [
        ("Basic School Resource Officer Course", 40.0),
        ("Use of Force", None),
        ("De-escalation", None),
        ("Juvenile Law Update", None),
    ]
