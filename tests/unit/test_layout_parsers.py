"""Certificate and transcript parsing over positioned words, as a text layer or OCR would give them."""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import HOURS_NOT_READ, is_transmission_stamp, read_certificate, signs
from extract.document import parse_document
from extract.letter import read_service_years, read_sro_start, start_from_service_years
from extract.lines import group_lines, split_cells
from extract.transcript import _unglue_labels, read_table, unglue
from extract.types import NO_HOURS_PRINTED, Engine, Line, Page, Word

CHAR_W = 6.0  # points per character at the 11 pt size these pages are set in


def words_at(
    text: str, x: float, y: float, size: float = 11.0, conf: float = 1.0, skew: float = 0.0
) -> list[Word]:
    """Words of ``text`` set left to right from (x, y); ``skew`` points of drop per 100 points of width."""
    out = []
    for token in text.split(" "):
        if token:
            w = len(token) * CHAR_W * size / 11
            dy = skew * (x / 100)
            out.append(Word(text=token, bbox=(x, y + dy, x + w, y + dy + size), conf=conf))
        x += (len(token) + 1) * CHAR_W * size / 11
    return out


def page_of(rows: list[tuple[str, float, float, float]], conf: float = 1.0, skew: float = 0.0) -> list[Line]:
    words = [w for text, x, y, size in rows for w in words_at(text, x, y, size, conf, skew)]
    return group_lines(words, page=1)


CERTIFICATE = [
    ("Tri-County Regional Police Academy", 150, 60, 14),
    ("Certificate of Completion", 170, 110, 24),
    ("This is to certify that", 220, 170, 11),
    ("Deputy Alana M. Brooks", 190, 200, 20),
    ("has successfully completed", 210, 240, 11),
    ("Juvenile Interviewing Techniques", 160, 270, 16),
    ("held June 28 - July 2, 2021", 210, 310, 11),
    ("Thirty-Two (32) Hours", 215, 330, 11),
    ("Course # IS-362.a   (205) 555-0140   Session 2 of 3", 120, 520, 9),
    ("Certificate No. 21-4471", 120, 540, 9),
]


def test_certificate_fields_are_read_past_distractors() -> None:
    """Name, title, range and hours come from cues; phone, code and session numbers are ignored."""
    reading = read_certificate(page_of(CERTIFICATE))
    item = reading.item
    assert item is not None
    assert (item.course_title, item.start_date, item.end_date, item.hours) == (
        "Juvenile Interviewing Techniques",
        date(2021, 6, 28),
        date(2021, 7, 2),
        32.0,
    )
    assert reading.participant_name is not None
    assert reading.participant_name.text == "Deputy Alana M. Brooks"
    assert reading.certificate_number == "21-4471"
    assert item.notes == item.date_notes == item.hours_notes == ()


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Child Abuse Investigation", id="three-capitalised-words"),
        pytest.param("Human Trafficking", id="two-capitalised-words"),
        pytest.param("Courtroom Testimony", id="no-category-word"),
    ],
)
def test_a_title_set_like_a_name_after_its_cue_is_the_course(title: str) -> None:
    """Capitalised words naming no one are the course, not a signature to skip past."""
    lines = page_of(
        [
            ("CERTIFICATE OF TRAINING", 130, 168, 24),
            ("This certifies that", 130, 241, 11),
            ("Patrolman Philip J. Smith", 130, 274, 22),
            ("has completed the requirements of", 130, 303, 11),
            (title, 130, 331, 16),
            ("Date of Completion: 01/12/2015 - 01/14/2015", 130, 362, 11),
            ("Twenty-Four (24) Hours", 130, 379, 11),
            ("Brian Burns        Laura Torres", 194, 625, 20),
            ("Dean        Program Director", 216, 659, 9),
        ]
    )
    item = read_certificate(lines).item
    assert item is not None
    assert (item.course_title, item.hours) == (title, 24.0)


def test_a_signature_between_cue_and_title_is_skipped() -> None:
    """A name after the course cue ("... completed" / "Maria Lopez" / title) is passed over."""
    lines = page_of(
        [
            ("Certificate of Completion", 170, 110, 24),
            ("Deputy Alana M. Brooks", 190, 200, 20),
            ("has successfully completed", 210, 240, 11),
            ("Maria Lopez", 210, 262, 11),
            ("Juvenile Interviewing Techniques", 160, 290, 16),
            ("June 28, 2021   8 Hours", 210, 330, 11),
        ]
    )
    item = read_certificate(lines).item
    assert item is not None
    assert item.course_title == "Juvenile Interviewing Techniques"


def test_labelled_form_layout() -> None:
    """``Label: value`` forms give the same fields, CEUs converted at ten hours each."""
    lines = page_of(
        [
            ("CERTIFICATE OF TRAINING", 150, 60, 20),
            ("Student Name: Officer Jordan Vasquez", 72, 150, 11),
            ("Course Title: School Safety Threat Assessment for", 72, 170, 11),
            ("Campus Officers", 72, 184, 11),
            ("Dates Attended: November 17, 2014 through November 21, 2014", 72, 200, 11),
            ("Training Hours: 2.4 CEU", 72, 220, 11),
        ]
    )
    reading = read_certificate(lines)
    assert reading.item is not None
    assert reading.item.course_title == "School Safety Threat Assessment for Campus Officers"
    assert (reading.item.start_date, reading.item.end_date) == (date(2014, 11, 17), date(2014, 11, 21))
    assert reading.item.hours == 24.0
    assert reading.participant_name is not None and reading.participant_name.text == "Officer Jordan Vasquez"


@pytest.mark.parametrize(
    "issuer",
    [
        pytest.param("Arizona Peace Officer Standards and Training Board", id="post-board"),
        pytest.param("Minnesota Board of Peace Officer Standards and Training", id="board-of"),
        pytest.param("Tri-County Regional Police Academy", id="academy"),
    ],
)
def test_the_issuing_body_heads_a_form(issuer: str) -> None:
    """The top line of a form names who gave the course: a state POST board as much as an academy. Whether
    a basic SRO course is NASRO's turns on it (R3)."""
    lines = page_of(
        [
            (issuer, 72, 60, 14),
            ("Training Records Section", 72, 80, 10),
            ("CERTIFICATE OF COMPLETION", 150, 110, 20),
            ("Student Name: Miguel A. Herrera", 72, 150, 11),
            ("Course Title: School Resource Officer Basic Course", 72, 170, 11),
            ("Dates Attended: November 4-8, 2019", 72, 190, 11),
            ("Training Hours: 40 Hours", 72, 210, 11),
        ]
    )
    reading = read_certificate(lines)
    assert reading.issuer is not None and reading.issuer.text == issuer
    assert reading.item is not None and reading.item.course_title == "School Resource Officer Basic Course"


def test_hours_under_a_column_header() -> None:
    """A bare number under an HOURS heading is the hours; the certificate number beside it is not."""
    lines = page_of(
        [
            ("This certifies that", 200, 100, 11),
            ("Maria Lopez", 200, 120, 18),
            ("attended", 200, 150, 11),
            ("Regional Gang Awareness Seminar", 150, 170, 16),
            ("DATE(S)", 100, 300, 9),
            ("HOURS", 300, 300, 9),
            ("CERTIFICATE NO.", 420, 300, 9),
            ("03/13/2017 - 03/15/2017", 100, 315, 11),
            ("24", 305, 315, 11),
            ("17-1650", 420, 315, 11),
        ]
    )
    item = read_certificate(lines).item
    assert item is not None
    assert (item.hours, item.start_date, item.end_date) == (24.0, date(2017, 3, 13), date(2017, 3, 15))


def test_certificate_number_is_never_a_word_from_the_row_below_its_label() -> None:
    """A "CERTIFICATE NO." header over a row that starts with a month: the month is not the number."""
    lines = page_of(
        [
            ("Maria Lopez", 200, 120, 18),
            ("has successfully completed", 200, 150, 11),
            ("Regional Gang Awareness Seminar", 150, 170, 16),
            ("DATE(S) HOURS CERTIFICATE NO.", 100, 300, 9),
            ("March14, 2017 through March 16, 2017 24 Hours 17-1650", 100, 315, 11),
        ]
    )
    assert read_certificate(lines).certificate_number in (None, "17-1650")


def test_two_adjacent_dates_form_a_range() -> None:
    """OCR can lose the dash between two dates; side by side and days apart they are one range."""
    lines = page_of(
        [
            ("has completed", 200, 100, 11),
            ("Active Threat Response in Schools", 150, 120, 16),
            ("07/22/2018   07/27/2018", 150, 160, 11),
            ("16 hours", 150, 180, 11),
        ]
    )
    item = read_certificate(lines).item
    assert item is not None and (item.start_date, item.end_date) == (date(2018, 7, 22), date(2018, 7, 27))


def test_unreadable_range_end_is_a_note() -> None:
    """A date followed by "through" and a garbled second date is not taken as a one-day course."""
    lines = page_of(
        [
            ("has completed", 200, 100, 11),
            ("Basic School Resource Officer Course", 150, 120, 16),
            ("May 13, 2013 through May 17, 20", 150, 160, 11),
            ("40 hours", 150, 180, 11),
        ]
    )
    item = read_certificate(lines).item
    assert item is not None
    assert "one end of the date range is unreadable" in item.date_notes


def test_unreadable_range_start_is_a_note() -> None:
    """A misread first date ("41/18/2013") before a dash does not leave the second as a one-day course."""
    lines = page_of(
        [
            ("has completed", 200, 100, 11),
            ("Basic School Resource Officer Course", 150, 120, 16),
            ("41/18/2013 - 11/22/2013", 150, 160, 11),
            ("40 hours", 150, 180, 11),
        ]
    )
    item = read_certificate(lines).item
    assert item is not None
    assert "one end of the date range is unreadable" in item.date_notes


def test_disagreeing_hours_are_a_note_not_a_guess() -> None:
    """Two different printed hour values send the reader to the document."""
    lines = page_of(
        [
            ("has completed", 200, 100, 11),
            ("Youth Mental Health First Aid", 150, 120, 16),
            ("June 7, 2021", 150, 160, 11),
            ("8 hours", 150, 180, 11),
            ("Credit Hours: 6.5", 150, 200, 11),
        ]
    )
    item = read_certificate(lines).item
    assert item is not None
    assert any(n.startswith("several hour values printed") for n in item.hours_notes)


def test_misread_cue_is_still_a_cue() -> None:
    """Scanned text misreads letters in cue phrases ("completcd"); the cue still leads to the title."""
    lines = page_of(
        [
            ("This certifics that", 200, 100, 11),
            ("Robert Diaz", 200, 120, 18),
            ("has successfully completcd", 200, 150, 11),
            ("Critical Incident Response for School Campuses", 100, 170, 16),
            ("hcld 2013-04-22 to 2013-04-23", 150, 200, 11),
            ("1.6 CEU", 150, 220, 11),
        ]
    )
    reading = read_certificate(lines)
    assert reading.item is not None
    assert reading.item.course_title == "Critical Incident Response for School Campuses"
    assert reading.item.hours == 16.0


def test_skewed_row_stays_one_line() -> None:
    """A scan skewed by a degree and a half still gives one line per printed row."""
    lines = page_of(
        [("Juvenile Law and Procedures IN-200 Lancaster Office 2018-09-06 8.00", 30, 100, 9)], skew=2.6
    )
    assert [ln.text for ln in lines] == [
        "Juvenile Law and Procedures IN-200 Lancaster Office 2018-09-06 8.00"
    ]


def test_wide_gaps_split_cells() -> None:
    """Signature blocks side by side are separate cells."""
    (line,) = page_of([("Tyler Cook", 100, 600, 11), ("Robert Williams", 350, 600, 11)])
    assert [c.text for c in split_cells(line)] == ["Tyler Cook", "Robert Williams"]


TRANSCRIPT = [
    ("Marietta Police Department - Individual Training Record", 30, 30, 14),
    ("Employee: Joshua Cline   Employee ID: 32709", 30, 60, 10),
    ("Report Period: 01/01/2018 - 09/28/2024", 30, 75, 10),
    ("Course Title", 30, 100, 9),
    ("Start", 300, 100, 9),
    ("End", 370, 100, 9),
    ("Hours", 440, 100, 9),
    ("Status", 500, 100, 9),
    ("Radar Operator Certification", 30, 115, 9),
    ("02/05/2018", 300, 115, 9),
    ("02/06/2018", 370, 115, 9),
    ("16.0", 445, 115, 9),
    ("Completed", 500, 115, 9),
    ("Youth Crisis Intervention", 30, 130, 9),
    ("06/24/2019", 300, 130, 9),
    ("06/28/2019", 370, 130, 9),
    ("40.0", 445, 130, 9),
    ("Completed", 500, 130, 9),
    ("Active Threat Response in", 30, 145, 9),
    ("11/06/2023", 300, 145, 9),
    ("11/07/2023", 370, 145, 9),
    ("16.0", 445, 145, 9),
    ("Completed", 500, 145, 9),
    ("Schools", 30, 156, 9),
    ("Report Writing", 30, 171, 9),
    ("05/16/2024", 300, 171, 9),
    ("05/16/2024", 370, 171, 9),
    ("4.0", 445, 171, 9),
    ("Registered", 500, 171, 9),
    ("Total Hours: 72.0", 400, 190, 10),
]


def test_transcript_rows_become_items() -> None:
    """Rows with their own dates and hours; wrapped titles joined; header, totals, registered rows dropped."""
    items, header = read_table(page_of(TRANSCRIPT))
    assert header is not None
    assert all(i.span_printed for i in items)  # Start and End columns
    assert [(i.course_title, i.start_date, i.end_date, i.hours) for i in items] == [
        ("Radar Operator Certification", date(2018, 2, 5), date(2018, 2, 6), 16.0),
        ("Youth Crisis Intervention", date(2019, 6, 24), date(2019, 6, 28), 40.0),
        ("Active Threat Response in Schools", date(2023, 11, 6), date(2023, 11, 7), 16.0),
    ]
    assert all(i.source == "table_row" for i in items)


def test_border_debris_at_a_title_cells_ends_is_not_the_title() -> None:
    """A speck or rule read as ">" or "~" beside a title neither joins it nor drags its confidence;
    a footnote mark stays."""
    rows = [
        (t.replace("Radar Operator Certification", "~ Radar Operator Certification >"), x, y, size)
        for t, x, y, size in TRANSCRIPT
    ]
    rows = [
        (t.replace("Youth Crisis Intervention", "Youth Crisis Intervention *"), x, y, size)
        for t, x, y, size in rows
    ]
    words = [
        w.model_copy(update={"conf": 0.63}) if w.text in ("~", ">") else w
        for text, x, y, size in rows
        for w in words_at(text, x, y, size)
    ]
    items, _ = read_table(group_lines(words, page=1))
    assert [(i.course_title, i.title_conf) for i in items[:2]] == [
        ("Radar Operator Certification", 1.0),
        ("Youth Crisis Intervention *", 1.0),
    ]


@pytest.mark.parametrize(
    ("label", "name"),
    [
        pytest.param("Employee: Joshua Cline   Employee ID: 32709", "Joshua Cline", id="employee"),
        pytest.param(
            "Training Record for: Officer Dana M. Reyes   Badge 4471", "Officer Dana M. Reyes", id="for"
        ),
        pytest.param("Transcript of Dana Reyes", "Dana Reyes", id="of"),
        pytest.param("Trainee: REYES, DANA M.   Unit 5", "REYES, DANA M.", id="trainee"),
    ],
)
def test_transcript_document_names_its_person(label: str, name: str) -> None:
    """The labelled employee name is the participant; the layout is a table."""
    rows = [(label, 30, 60, 10) if i == 1 else row for i, row in enumerate(TRANSCRIPT)]
    words = [w for text, x, y, size in rows for w in words_at(text, x, y, size)]
    page = Page(
        number=1, width=612, height=792, source="text_layer", engines=("text_layer",), words=tuple(words)
    )
    doc = parse_document("t.pdf", "0" * 64, "application/pdf", (page,))
    assert doc.layout == "table"
    assert doc.participant_name is not None and doc.participant_name.text == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "has served as a School Resource Officer at Crestwood Middle School since Feb. 21, 2014.",
            date(2014, 2, 21),
            id="since",
        ),
        pytest.param(
            "He was assigned as an SRO effective 7/13/2014 and remains assigned.",
            date(2014, 7, 13),
            id="effective",
        ),
        pytest.param(
            "has been employed by the department since 5/30/2011.", None, id="hire-date-is-not-sro-start"
        ),
        pytest.param(
            "and has served as a School Resouree Offeer at East Middle School since 2/6/2012.",
            date(2012, 2, 6),
            id="role-misread",
        ),
    ],
)
def test_sro_start_from_letter(text: str, expected: date | None) -> None:
    """The SRO start date is the one tied to the SRO role, not the hire date."""
    assert read_sro_start(text).start == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "Deputy Lee, our School Resource Officer, has been with the Sheriff's Office since June 6, 2009.",
            None,
            id="role-then-agency-since-hire",
        ),
        pytest.param(
            "Officer Lee has served as a School Resource Officer since August 2015.",
            (date(2015, 8, 1), date(2015, 8, 31)),
            id="month-only-is-a-span",
        ),
        pytest.param(
            "Officer Lee has been our School Resource Officer from 2016 to present.",
            (date(2016, 1, 1), date(2016, 12, 31)),
            id="year-only-is-a-span",
        ),
        pytest.param(
            "Effective October 1, 2019, Officer Lee has served as the School Resource Officer at Elm School.",
            (date(2019, 10, 1), date(2019, 10, 1)),
            id="cue-before-the-role",
        ),
        pytest.param(
            "Officer Lee has served as a School Resource Officer with this department since August 2019.",
            (date(2019, 8, 1), date(2019, 8, 31)),
            id="role-with-this-department-since",  # the role's employer, not a hire: it read as a hire date
        ),
        pytest.param(
            "Officer Lee served as a School Resource Officer with this department from August 20, 2012 "
            "until June 30, 2020.",
            (date(2012, 8, 20), date(2012, 8, 20)),
            id="former-role-with-this-department-from",
        ),
        pytest.param(
            "Officer Lee completed the Basic School Resource Officer Course from June 7-11, 2021.",
            None,
            id="a-course-named-after-the-role",
        ),
        pytest.param(
            "Officer Lee served as SRO at Elm School since 2012 and at Oak High School since 2018.",
            None,
            id="two-different-starts",
        ),
    ],
)
def test_sro_start_span(text: str, span: tuple[date, date] | None) -> None:
    """A start printed without its day is the span it lies in; a hire date or a course is no start."""
    reading = read_sro_start(text)
    assert reading.range == span
    assert reading.start == (span[0] if span and span[0] == span[1] else None)


def test_row_split_from_its_title_is_not_glued_to_the_row_above() -> None:
    """A row whose title sits on its own line goes with its own dates, not the previous course."""
    rows = [
        ("Course Title", 30, 100, 9),
        ("Start", 300, 100, 9),
        ("End", 370, 100, 9),
        ("Hours", 440, 100, 9),
        ("Patrol Rifle Qualification", 30, 115, 9),
        ("08/08/2011", 300, 115, 9),
        ("08/08/2011", 370, 115, 9),
        ("8.0", 445, 115, 9),
        ("Emergency Vehicle Operations Course", 30, 128, 9),
        ("01/17/2011", 300, 135, 9),
        ("01/18/2011", 370, 135, 9),
        ("16.0", 445, 135, 9),
    ]
    items, _ = read_table(page_of(rows))
    assert [(i.course_title, i.hours) for i in items] == [
        ("Patrol Rifle Qualification", 8.0),
        ("Emergency Vehicle Operations Course", 16.0),
    ]


def test_number_glued_to_the_next_cell_is_split() -> None:
    """ "4.00Juvenile" (a lost space between two cells) still gives 4 hours and the category."""
    (word,) = words_at("4.00Juvenile", 100, 100)
    assert [w.text for w in unglue(word)] == ["4.00", "Juvenile"]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("24.00.Pass", ["24.00", "Pass"]),  # fax of an FDLE-style transcript: a speck read as a dot
        ("4,00,Pass", ["4,00", "Pass"]),
        ("4.Pass", ["4.Pass"]),  # the dot might be a misread digit: left whole, unread
        ("8.5.Pass", ["8.5.Pass"]),
        ("40.Pass", ["40.Pass"]),
    ],
)
def test_stray_dot_between_glued_cells_is_dropped_after_full_decimals(text: str, pieces: list[str]) -> None:
    (word,) = words_at(text, 100, 100)
    assert [w.text for w in unglue(word)] == pieces


def _glued_heading_table(hours_label: str, next_label: str, next_x: float) -> list[Line]:
    rows = [("Course Title", 30, 100, 9), ("Completion Date", 250, 100, 9), (hours_label, 340, 100, 9)]
    rows.append((next_label, next_x, 100, 9))
    for k, (title, hours) in enumerate([("Juvenile Law Update", "4.00"), ("Bloodborne Pathogens", "1.50")]):
        y = 115 + 15 * k
        rows += [(title, 30, y, 9), (f"09/2{k}/2022", 250, y, 9), (hours, 350, y, 9), ("Complete", 400, y, 9)]
    return page_of(rows)


@pytest.mark.parametrize(
    ("hours_label", "next_label", "next_x"),
    [
        ("Credit", "HoursStatus", 370),  # OCR read "Hours Status" as one word (an Ohio OPOTA-style scan)
        ("Hours", "Academy", 374),  # "Academy" set close after "Hours" (a Georgia POST-style fax)
    ],
)
def test_a_heading_label_close_to_the_hours_label_keeps_its_own_column(
    hours_label: str, next_label: str, next_x: float
) -> None:
    """The hours column is not merged into the next one, so its cells are read."""
    items, _ = read_table(_glued_heading_table(hours_label, next_label, next_x))
    assert [i.hours for i in items] == [4.0, 1.5]


def test_glued_heading_words_are_split_only_into_heading_labels() -> None:
    for text, pieces in [
        ("HoursStatus", ["Hours", "Status"]),
        ("#Course", ["#", "Course"]),
        ("CreditHours", ["Credit", "Hours"]),
        ("Coursework", ["Coursework"]),
        ("TrainingSchool", ["TrainingSchool"]),  # "School" does not open a label
    ]:
        (word,) = words_at(text, 100, 100)
        assert [w.text for w in _unglue_labels(word)] == pieces, text


def test_hours_cell_without_the_columns_decimal_point_goes_to_review() -> None:
    """ "40" in a column of "4.0"s is a lost decimal point: noted, so the row is not credited unseen."""
    rows = [("Course Title", 30, 100, 9), ("Date", 300, 100, 9), ("Hours", 440, 100, 9)]
    for k, hours in enumerate(["4.0", "8.0", "40", "4.0"]):
        y = 115 + 15 * k
        rows += [(f"Annual Drill Training {k}", 30, y, 9), (f"03/1{k}/2023", 300, y, 9), (hours, 445, y, 9)]
    items, _ = read_table(page_of(rows))
    assert [bool(i.hours_notes) for i in items] == [False, False, True, False]


CONFERENCE = [
    ("National Association of School Resource Officers", 120, 60, 14),
    ("Certificate of Attendance", 170, 110, 24),
    ("Presented to", 250, 170, 11),
    ("Dana R. Whitfield", 210, 200, 20),
    ("for attending the", 240, 240, 11),
    ("NASRO School Safety Conference", 160, 270, 16),
    ("July 18 - 23, 2021", 230, 310, 11),
]


@pytest.mark.parametrize(
    ("extra_row", "note"),
    [
        pytest.param(None, "no hours printed", id="no-hours-word"),
        pytest.param(
            ("Contact Hcurs: 2#", 230, 330, 11), "hours are mentioned but no value was read", id="garbled"
        ),
    ],
)
def test_missing_hours_note_tells_unprinted_from_unread(
    extra_row: tuple[str, float, float, float] | None, note: str
) -> None:
    """A page with no word for hours printed none; one with such a word printed hours we could not read."""
    rows = CONFERENCE + ([extra_row] if extra_row else [])
    item = read_certificate(page_of(rows)).item
    assert item is not None
    assert (item.hours, item.hours_notes) == (None, (note,))


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        pytest.param(
            "10/10/2024 10:29 FROM: RIVER POLICE (205) 555-0157 TO: 15550109922 P.001", True, id="fax"
        ),
        pytest.param("Nov 03 2021 14:22  HP LASERJET FAX  p.2", True, id="printer-fax"),
        pytest.param("May 16, 2022", False, id="letter-date"),
        pytest.param("Date: 03/04/2021 Time: 9:00 to 17:00", False, id="class-times"),
        pytest.param("June 3, 2020 8:00 - 16:00 Page 1 of 2", False, id="date-then-class-hours"),
    ],
)
def test_transmission_stamp(text: str, stamp: bool) -> None:
    """A fax header's date is when it was sent; a course's times beside its date are not a stamp."""
    assert is_transmission_stamp(text) is stamp


def test_letter_date_is_not_the_fax_stamp() -> None:
    """A faxed letter is dated by its own date line, not by the machine's header above it."""
    rows = [
        ("10/10/2024 10:29 FROM: RIVER POLICE (205) 555-0157 TO: 15550109922 P.001", 30, 20, 8),
        ("RIVER POLICE DEPARTMENT", 200, 80, 14),
        ("May 16, 2022", 72, 140, 11),
        ("This letter is to verify that Dana Whitfield has served as a School", 72, 180, 11),
        ("Resource Officer at East Middle School since 2/6/2012.", 72, 195, 11),
    ]
    words = tuple(w for r in rows for w in words_at(*r))
    page = Page(number=1, width=612, height=792, source="ocr", engines=("tesseract",), words=words)
    doc = parse_document("letter.pdf", "0" * 64, "application/pdf", (page,))
    assert (doc.issue_date, doc.sro_start_date) == (date(2022, 5, 16), date(2012, 2, 6))


def _centred(text: str, y: float, size: float) -> tuple[str, float, float, float]:
    return (text, 306 - len(text) * CHAR_W * size / 11 / 2, y, size)


@pytest.mark.parametrize(
    ("second_line", "title"),
    [
        pytest.param(
            "Violence Prevention",
            "Project Unite: The Four Integrated Systems for School Violence Prevention",
            id="wrapped-title-joined",
        ),
        pytest.param(
            "Tri-County Sheriff's Office",
            "Project Unite: The Four Integrated Systems for School",
            id="organisation-below-kept-apart",
        ),
        pytest.param(
            "Washington, D.C.",
            "Project Unite: The Four Integrated Systems for School",
            id="place-below-kept-apart",
        ),
    ],
)
def test_centred_title_over_two_lines(second_line: str, title: str) -> None:
    """A centred title wrapped at a word boundary is one title; a same-size organisation line is not part."""
    rows = [
        _centred("Certificate of Course Completion", 100, 22),
        _centred("Awarded to", 150, 11),
        _centred("Dana R. Whitfield", 175, 18),
        _centred("has successfully completed", 215, 11),
        _centred("Project Unite: The Four Integrated Systems for School", 240, 16),
        _centred(second_line, 261, 16),
        _centred("held 2020-07-13 to 2020-07-14", 290, 11),
        _centred("Sixteen (16) Hours", 308, 11),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None and item.course_title == title


def test_split_name_after_the_cue_is_not_the_title() -> None:
    """A tilted photo splits "Christopher M. Martinez" around "attended": "M. Martinez" is no course."""
    rows = [
        _centred("Certificate of Participation", 100, 22),
        _centred("Awarded to", 150, 11),
        ("Christopher attended", 200, 180, 14),
        ("M. Martinez", 330, 196, 14),
        _centred("NASRO School Safety Conference 2014", 230, 16),
        _centred("20 hours of instruction completed July 27 - August 1, 2014", 260, 11),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None and item.course_title == "NASRO School Safety Conference 2014"


def test_header_debris_makes_no_column() -> None:
    """A rule OCR read as '~' inside a header opened a column that cut every title after its first word."""
    from extract.transcript import header_columns

    cells = [
        ("Code", 36),
        ("-", 72),
        ("Title", 96),
        ("~", 140),
        ("From", 326),
        ("To", 407),
        ("Contact Hours", 487),
    ]
    header = page_of([(text, x, 100, 10) for text, x in cells])[0]
    labels = [c.header for c in header_columns(header)]
    assert labels == ["code", "title", "from", "to", "contact hours"]


def test_labelled_date_fields_are_no_table_rows() -> None:
    """'From  March 14, 2022' and 'To  March 16, 2022' on a certificate were read as a two-row table."""
    lines = page_of(
        [
            ("Certificate of Completion", 170, 60, 20),
            ("Participant: Dana M. Reyes", 100, 120, 11),
            ("Course: Threat Assessment in Schools", 100, 140, 11),
            ("From", 100, 160, 11),
            ("March 14, 2022", 200, 160, 11),
            ("To", 100, 180, 11),
            ("March 16, 2022", 200, 180, 11),
            ("Hours: 24", 100, 200, 11),
        ]
    )
    assert read_table(lines)[0] == []
    page = Page(
        number=1,
        width=612,
        height=792,
        source="text_layer",
        engines=("text_layer",),
        words=tuple(w for ln in lines for w in ln.words),
    )
    doc = parse_document("c.pdf", "0" * 64, "application/pdf", (page,))
    assert doc.layout == "single"
    assert [(i.start_date, i.end_date, i.hours) for i in doc.items] == [
        (date(2022, 3, 14), date(2022, 3, 16), 24.0)
    ]


def test_label_cells_beside_their_values_name_course_and_hours() -> None:
    """'Class   Defensive Tactics Refresher' and 'Hours Awarded   8': labels with no colon, a column apart."""
    lines = page_of(
        [
            ("Training Certificate", 60, 60, 20),
            ("Name", 60, 120, 11),
            ("Victor M. Salazar", 200, 120, 12),
            ("Class", 60, 146, 11),
            ("Defensive Tactics Refresher", 200, 146, 12),
            ("Hours Awarded", 60, 172, 11),
            ("8", 200, 172, 12),
        ]
    )
    item = read_certificate(lines).item
    assert item is not None
    assert (item.course_title, item.hours) == ("Defensive Tactics Refresher", 8.0)


@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        ("Sgt. J. Lee has served as a School Resource Officer since March 2, 2015.", date(2015, 3, 2)),
        ("Officer J. Lee | SRO Assignment Date: 08/20/2012 | Date of Hire: 05/30/2009", date(2012, 8, 20)),
    ],
)
def test_a_letter_deep_in_a_long_bundle_reads_as_it_does_alone(letter: str, expected: date) -> None:
    """Sentences and field labels are found around each date, however much text comes before it."""
    rows = " ".join(f"Course {i} completed on 0{1 + i % 9}/1{i % 9}/2019. Hours: 8." for i in range(400))
    alone, bundled = read_sro_start(letter), read_sro_start(f"{rows} {letter} Sincerely, Chief Ray.")
    assert alone.start == bundled.start == expected


def test_a_job_title_on_the_next_page_makes_no_signature() -> None:
    """A name at the foot of one page is not signed by a title at the head of the next."""
    name = Line(words=tuple(words_at("Dana Whitfield", 100, 700)), page=1)
    title = Line(words=tuple(words_at("Director of Training", 100, 712)), page=2)
    assert not signs([name, title], 0)
    assert signs([name, title.model_copy(update={"page": 1})], 0)


def test_a_large_heading_set_like_a_name_is_nobody() -> None:
    """With no cue and no label, the large line taken for the person must name a known given name."""
    permit = page_of(
        [
            ("PARKING PERMIT", 150, 60, 28),
            ("Valid 08/01/2017 - 07/31/2018", 150, 120, 11),
            ("Lot B  Staff", 150, 140, 11),
        ]
    )
    assert read_certificate(permit).participant_name is None
    badge = page_of(
        [
            ("ROSA DELGADO", 150, 60, 28),
            ("Valid 08/01/2017 - 07/31/2018", 150, 120, 11),
            ("Lot B  Staff", 150, 140, 11),
        ]
    )
    found = read_certificate(badge).participant_name
    assert found is not None and found.text == "ROSA DELGADO"


CONFERENCE_WITH_FIELDS = [
    ("Certificate of Attendance", 170, 60, 24),
    ("This certificate is awarded to", 200, 120, 11),
    ("Rosa Delgado", 220, 145, 20),
    ("has attended and participated in the", 190, 180, 11),
    ("Regional School Safety Conference", 160, 200, 16),
    ("DATE(S)", 90, 300, 8),
    ("HOURS", 380, 300, 8),
    ("CERTIFICATE NO.", 560, 300, 8),
    ("July 22, 2018 through July 27, 2018", 90, 318, 11),
    ("2018849195", 560, 318, 11),
]


def _conference_page(*extra: tuple[str, float, float, float], engine: Engine = "text_layer") -> list[Line]:
    lines = page_of([*CONFERENCE_WITH_FIELDS, *extra])
    if engine == "text_layer":
        return lines
    return [
        Line(words=tuple(w.model_copy(update={"engine": engine}) for w in ln.words), page=ln.page)
        for ln in lines
    ]


def test_an_hours_field_left_blank_on_a_text_layer_is_no_hours_printed() -> None:
    """The row under "HOURS" fills the date and number columns only: no hours were printed."""
    reading = read_certificate(_conference_page())
    assert reading.item is not None and reading.item.hours is None
    assert reading.item.hours_notes == (NO_HOURS_PRINTED,)


def test_an_hours_field_with_something_unparsed_in_it_is_hours_not_read() -> None:
    reading = read_certificate(_conference_page(("Twelve-ish", 375, 318, 11)))
    assert reading.item is not None and reading.item.hours is None
    assert reading.item.hours_notes == (HOURS_NOT_READ,)


def test_an_empty_hours_field_on_a_scan_may_be_faint_print_so_is_hours_not_read() -> None:
    reading = read_certificate(_conference_page(engine="tesseract"))
    assert reading.item is not None and reading.item.hours_notes == (HOURS_NOT_READ,)


def test_a_label_with_its_value_beside_it_is_no_blank_field() -> None:
    lines = page_of([*CONFERENCE_WITH_FIELDS[:5], ("Hours: twelve and a bit", 90, 300, 11)])
    reading = read_certificate(lines)
    assert reading.item is not None and reading.item.hours_notes == (HOURS_NOT_READ,)


@pytest.mark.parametrize(
    ("cue", "title_line", "title"),
    [
        pytest.param(
            "has completed", "Title of Course: Crisis Response", "Crisis Response", id="title-of-course"
        ),
        pytest.param(
            "has completed", "Name of Course: Crisis Response", "Crisis Response", id="name-of-course"
        ),
        pytest.param(
            "has completed", "in Crisis Response for Schools", "Crisis Response for Schools", id="in-runs-on"
        ),
        pytest.param(
            "for completing", "the 40-Hour Basic SRO Course", "40-Hour Basic SRO Course", id="the-runs-on"
        ),
        pytest.param(
            "who has demonstrated proficiency in", "Crisis Response", "Crisis Response", id="proficiency"
        ),
    ],
)
def test_title_lines_lose_their_label_and_the_cue_sentences_tail(
    cue: str, title_line: str, title: str
) -> None:
    rows = [
        ("Midwest Juvenile Justice Training Center", 150, 60, 14),
        ("Certificate of Training", 170, 110, 24),
        ("This certifies that", 220, 170, 11),
        ("Deputy Alana M. Brooks", 190, 200, 20),
        (cue, 210, 240, 11),
        (title_line, 160, 270, 16),
        ("June 28 - July 2, 2021", 210, 310, 11),
        ("Thirty-Two (32) Hours", 215, 330, 11),
    ]
    item = read_certificate(page_of(rows)).item
    assert item is not None and item.course_title == title and item.title_conf >= 0.9


def _read_twice(lines: list[Line], conf: float) -> list[Line]:
    """The page as pooled from both engines: the title's line won by RapidOCR, the rest by tesseract."""
    out = []
    for ln in lines:
        engine: Engine = "rapidocr" if "Conference" in ln.text else "tesseract"
        words = tuple(w.model_copy(update={"engine": engine, "conf": conf}) for w in ln.words)
        out.append(Line(words=words, page=ln.page))
    return out


def test_an_empty_hours_field_on_a_scan_both_engines_read_well_is_no_hours_printed() -> None:
    """Both engines read the page surely and neither found a mark in the field: it was left blank."""
    reading = read_certificate(_read_twice(_conference_page(), conf=0.95))
    assert reading.item is not None and reading.item.hours_notes == (NO_HOURS_PRINTED,)


def test_an_empty_hours_field_on_a_poorly_read_scan_stays_hours_not_read() -> None:
    """On a heavy scan a lone '8' can vanish from both readings: the field may not be blank."""
    reading = read_certificate(_read_twice(_conference_page(), conf=0.7))
    assert reading.item is not None and reading.item.hours_notes == (HOURS_NOT_READ,)


def test_a_speck_between_a_field_label_and_its_value_does_not_hide_the_value() -> None:
    """OCR read a speck off to one side as ':' on a line of its own, between "HOURS" and the row under it."""
    lines = _read_twice(_conference_page(("24", 385, 318, 11), (":", 470, 309, 1)), conf=0.95)
    assert [ln.text for ln in lines if ln.text == ":"], "the speck is a line of its own"
    reading = read_certificate(lines)
    assert reading.item is not None and reading.item.hours == 24.0


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Officer Ashby has served as the School Resource Officer at Pine High School for five years.",
            5,
        ),
        ("Deputy Lee has been our SRO for the past 6 years and continues in the assignment.", 6),
        ("Deputy Lee has worked as a school resource officer for over 4 years.", 4),
        ("Deputy Lee has served as SRO for nearly five years.", 4),  # fewer than five, four at least
        ("Deputy Lee has been employed with the Sheriff's Office for ten years.", None),  # not the role
        (
            "Deputy Lee served as SRO for five years before joining patrol.",
            None,
        ),  # past, not to the letter date
    ],
)
def test_sro_service_years_as_of_the_letter(text: str, years: int | None) -> None:
    """A letter stating years of SRO service up to its date gives the start as a span before that date."""
    found = read_service_years(text)
    assert (found[0] if found else None) == years


def test_service_years_span() -> None:
    """Five years as of 2022-09-06: started after 2016-09-06, by 2017-09-06."""
    assert start_from_service_years(5, date(2022, 9, 6)) == (date(2016, 9, 7), date(2017, 9, 6))
    assert start_from_service_years(3, date(2024, 2, 29)) == (date(2020, 2, 29), date(2021, 2, 28))


def test_a_word_whose_box_overreaches_its_ink_keeps_its_neighbours_on_its_line() -> None:
    """OCR drew "PHILIP"'s box 16 pt into the "J." beside it (an italic face): one line, in order."""
    ocr = [
        Word(text="PHILIP", bbox=(203.0, 332.2, 313.4, 354.7), conf=0.93, engine="tesseract"),
        Word(text="J.", bbox=(297.6, 329.8, 324.0, 358.1), conf=0.94, engine="tesseract"),
        Word(text="SMITH", bbox=(325.4, 331.7, 409.0, 350.4), conf=0.96, engine="tesseract"),
    ]
    assert [ln.text for ln in group_lines(ocr, page=1)] == ["PHILIP J. SMITH"]


def test_one_word_read_twice_in_one_place_is_not_chained_onto_itself() -> None:
    """Two readings of one word overlap nearly whole: they stay apart, never "Smith Smith"."""
    twice = [
        Word(text="Smith", bbox=(100.0, 200.0, 140.0, 212.0), conf=0.9, engine="tesseract"),
        Word(text="Smith", bbox=(101.0, 200.5, 141.5, 212.0), conf=0.9, engine="rapidocr"),
    ]
    assert all(ln.text == "Smith" for ln in group_lines(twice, page=1))
