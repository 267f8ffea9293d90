"""A packet of documents in one file, split by what each page is on its own (extract.packet).

The pages are positioned words as a text layer or OCR gives them: a training record whose table
goes on over a second page with no heading of its own, certificates, an employment letter and a
cover page, in any order.
"""

from __future__ import annotations

from datetime import date

import pytest

from classify.catalog import load_catalog
from classify.doctype import packet_doctype
from classify.document import classify_document
from extract.document import page_lines, pages_worth_a_second_look, parse_document
from extract.packet import classify_pages, split_packet
from extract.types import DocumentPart, Page, Word
from verify.ledger import build_ledger
from verify.policy import Policy
from verify.types import ApplicationFacts, DocumentFacts

CHAR_W = 6.0  # points per character at 11 pt

Text = list[tuple[str, float, float, float]]  # (text, x, y, size)


def _table_rows(rows: list[tuple[str, str, str]], top: float) -> Text:
    """Rows of a record's table (title, start and end on one day, hours) from ``top`` down."""
    out: Text = []
    for i, (title, day, hours) in enumerate(rows):
        y = top + 15 * i
        out += [(title, 30, y, 9), (day, 300, y, 9), (day, 370, y, 9), (hours, 445, y, 9)]
    return out


RECORD_FIRST: Text = [
    ("Lakeview Police Department - Individual Training Record", 30, 30, 14),
    ("Employee: Priya N. Castillo   Employee ID: 5521", 30, 60, 10),
    ("Course Title", 30, 100, 9),
    ("Start", 300, 100, 9),
    ("End", 370, 100, 9),
    ("Hours", 440, 100, 9),
    *_table_rows(
        [
            ("Radar Operator Certification", "02/05/2018", "16.0"),
            ("Youth Crisis Intervention", "06/24/2019", "40.0"),
            ("Report Writing", "03/12/2020", "8.0"),
        ],
        115,
    ),
]
# The table goes on: rows only, under the first page's heading.
RECORD_CONTINUED = _table_rows(
    [
        ("Juvenile Law Update", "01/14/2021", "4.0"),
        ("Active Threat Response in Schools", "11/06/2023", "16.0"),
        ("Firearms Qualification", "04/02/2024", "4.0"),
    ],
    40,
)
CERTIFICATE = [
    ("Tri-County Regional Police Academy", 150, 60, 14),
    ("Certificate of Completion", 170, 110, 24),
    ("This is to certify that", 220, 170, 11),
    ("Priya N. Castillo", 210, 200, 20),
    ("has successfully completed", 210, 240, 11),
    ("Juvenile Interviewing Techniques", 160, 270, 16),
    ("held June 28 - July 2, 2021", 210, 310, 11),
    ("Thirty-Two (32) Hours", 215, 330, 11),
]
SECOND_CERTIFICATE = [
    ("State School Safety Center", 170, 60, 14),
    ("Certificate of Training", 170, 110, 24),
    ("This certifies that", 220, 170, 11),
    ("Priya N. Castillo", 210, 200, 20),
    ("has completed", 230, 240, 11),
    ("Bullying Prevention for Law Enforcement", 140, 270, 16),
    ("March 9, 2022", 240, 310, 11),
    ("4 Hours", 250, 330, 11),
]
LETTER = [
    ("Lakeview Police Department", 60, 50, 14),
    ("February 20, 2024", 60, 100, 11),
    ("To Whom It May Concern:", 60, 140, 11),
    ("This letter is to verify that Officer Priya N. Castillo has been employed by the", 60, 170, 11),
    ("Lakeview Police Department since January 9, 2012 and has served as a School", 60, 185, 11),
    ("Resource Officer since August 1, 2015. She remains in this assignment.", 60, 200, 11),
    ("Sincerely,", 60, 240, 11),
    ("Chief Raymond T. Ellis", 60, 280, 11),
]
# The letter's second page names the officer and a course she took, with its date: still the letter.
LETTER_ON = [
    ("Officer Castillo completed the Basic School Resource Officer Course", 60, 60, 11),
    ("on June 11, 2016 and serves the district with distinction.", 60, 75, 11),
    ("Chief Raymond T. Ellis", 60, 120, 11),
]
COVER = [
    ("Application packet", 200, 300, 20),
    ("Submitted by the Lakeview Police Department", 150, 340, 11),
]


def _page(number: int, text: Text, conf: float = 1.0) -> Page:
    words: list[Word] = []
    for line, x0, y, size in text:
        x = x0
        for token in line.split(" "):
            if token:
                width = len(token) * CHAR_W * size / 11
                words.append(
                    Word(text=token, bbox=(x, y, x + width, y + size), conf=conf, engine="tesseract")
                )
            x += (len(token) + 1) * CHAR_W * size / 11
    return Page(
        number=number, width=612, height=792, source="ocr", engines=("tesseract",), words=tuple(words)
    )


def _pages(*texts: Text, conf: float = 1.0) -> tuple[Page, ...]:
    return tuple(_page(n, t, conf) for n, t in enumerate(texts, 1))


def test_each_page_says_what_it_is() -> None:
    pages = _pages(COVER, CERTIFICATE, RECORD_FIRST, RECORD_CONTINUED, LETTER, LETTER_ON, SECOND_CERTIFICATE)
    kinds = [p.kind for p in classify_pages(page_lines(pages))]
    assert kinds == ["other", "certificate", "transcript", "transcript", "letter", "other", "certificate"]


def test_a_table_goes_on_over_its_pages_and_a_page_reads_on_as_the_part_before() -> None:
    pages = _pages(COVER, CERTIFICATE, RECORD_FIRST, RECORD_CONTINUED, LETTER, LETTER_ON, SECOND_CERTIFICATE)
    parts = split_packet(page_lines(pages))
    assert parts is not None
    assert [(p.kind, p.numbers) for p in parts] == [
        ("other", (1,)),
        ("certificate", (2,)),
        ("transcript", (3, 4)),
        ("letter", (5, 6)),
        ("certificate", (7,)),
    ]


def test_a_file_of_one_kind_is_no_packet() -> None:
    assert split_packet(page_lines(_pages(RECORD_FIRST, RECORD_CONTINUED))) is None  # a transcript
    assert split_packet(page_lines(_pages(CERTIFICATE, SECOND_CERTIFICATE))) is None  # a stack
    assert split_packet(page_lines(_pages(COVER, CERTIFICATE))) is None  # a certificate and its cover
    assert split_packet(page_lines(_pages(LETTER, LETTER_ON))) is None  # a letter
    assert split_packet(page_lines(_pages(CERTIFICATE))) is None


def _packet() -> tuple[Page, ...]:
    return _pages(COVER, CERTIFICATE, RECORD_FIRST, RECORD_CONTINUED, LETTER, LETTER_ON, SECOND_CERTIFICATE)


def test_a_packet_gives_every_row_and_every_certificate_on_its_own_page() -> None:
    doc = parse_document("packet.pdf", "-", "application/pdf", _packet())
    assert doc.layout == "packet"
    facts = [(i.page, i.source, i.course_title, i.end_date, i.hours) for i in doc.items]
    rows = [f for f in facts if f[1] == "table_row"]
    assert [(p, h) for p, _, _, _, h in rows] == [
        (3, 16.0),
        (3, 40.0),
        (3, 8.0),
        (4, 4.0),
        (4, 16.0),
        (4, 4.0),
    ]
    certificates = [f for f in facts if f[1] == "certificate"]
    assert certificates == [
        (2, "certificate", "Juvenile Interviewing Techniques", date(2021, 7, 2), 32.0),
        (7, "certificate", "Bullying Prevention for Law Enforcement", date(2022, 3, 9), 4.0),
    ]
    # A certificate's item points at its own page and speaks for itself (its issuer, its text).
    first = next(i for i in doc.items if i.page == 2)
    assert first.own_issuer is not None and "Tri-County" in first.own_issuer.text
    assert first.own_text is not None and "Bullying" not in first.own_text
    assert doc.participant_name is not None and doc.participant_name.text == "Priya N. Castillo"
    assert doc.warnings[0] == (
        "4 documents in one file: a training record (pages 3, 4), 2 certificates (pages 2, 7), "
        "1 letter (pages 5, 6), 1 other page (page 1); each read from its own pages"
    )


def test_a_packets_letter_gives_its_facts_dated_by_the_letter() -> None:
    doc = parse_document("packet.pdf", "-", "application/pdf", _packet())
    assert doc.holds_a_letter
    assert doc.sro_start_date == date(2015, 8, 1)
    assert doc.issue_date == date(2024, 2, 20)
    # The course the letter mentions on its second page is no item.
    assert not any(i.page in (5, 6) for i in doc.items)


def test_a_packet_naming_two_people_names_nobody() -> None:
    other = [
        (t.replace("Priya N. Castillo", "Derrick J. Okafor"), x, y, s) for t, x, y, s in SECOND_CERTIFICATE
    ]
    doc = parse_document("p.pdf", "-", "application/pdf", _pages(CERTIFICATE, RECORD_FIRST, other))
    assert doc.participant_name is None
    assert any("different people" in w and "Derrick J. Okafor" in w for w in doc.warnings)
    assert len(doc.items) == 5


def test_a_packets_pages_are_looked_at_again_for_their_own_fields_only() -> None:
    """Naming several people, a packet names nobody; every page is not read again for that."""
    other = [
        (t.replace("Priya N. Castillo", "Derrick J. Okafor"), x, y, s) for t, x, y, s in SECOND_CERTIFICATE
    ]
    pages = _pages(CERTIFICATE, RECORD_FIRST, other, LETTER)
    doc = parse_document("p.pdf", "-", "application/pdf", pages)
    assert doc.participant_name is None
    assert pages_worth_a_second_look(doc, 0.8, 0.55) == {4}  # the letter's page, as a letter alone


def test_a_packet_is_a_transcript_when_it_holds_one_else_a_certificate() -> None:
    record = DocumentPart(kind="transcript", pages=(1, 2))
    certificate = DocumentPart(kind="certificate", pages=(3,))
    letter = DocumentPart(kind="letter", pages=(4,))
    assert packet_doctype((record, certificate), 7).doc_type == "transcript"
    assert packet_doctype((certificate, letter), 1).doc_type == "certificate"


def test_a_packets_letter_reaches_the_ledger() -> None:
    doc = classify_document(
        parse_document("packet.pdf", "-", "application/pdf", _packet()), load_catalog(), date(2025, 6, 1)
    )
    contract = doc.to_contract()
    assert contract["doc_type"] == "transcript"
    assert contract["sro_start_date"] == "2015-08-01"
    assert [p["kind"] for p in contract["parts"]] == [
        "other",
        "certificate",
        "transcript",
        "letter",
        "certificate",
    ]
    app = ApplicationFacts(
        applicant_id="X",
        name="Priya Castillo",
        agency="Lakeview Police Department",
        sro_start_date=None,
        currently_employed=None,
        application_date=date(2024, 6, 1),
    )
    facts = DocumentFacts(
        file="packet.pdf",
        doc_type="transcript",
        participant_name="Priya N. Castillo",
        issuer=None,
        sro_start_date=date(2015, 8, 1),
        document_date=date(2024, 2, 20),
        employment="current",
        holds_letter=True,
    )
    ledger = build_ledger(app, [facts], [], Policy())
    assert ledger.requirements["sro_3_years"].verdict == "met"
    assert ledger.requirements["employed"].verdict == "met"
    # The same facts on a file that holds no letter are no letter's.
    alone = build_ledger(app, [facts.model_copy(update={"holds_letter": False})], [], Policy())
    assert alone.requirements["sro_3_years"].verdict == "needs_review"


# A form stating an SRO start in a field, with none of a letter's words: no letter of the packet.
SERVICE_FORM = [
    ("Personnel Record", 60, 50, 14),
    ("Officer: Priya N. Castillo", 60, 100, 11),
    ("Assigned as School Resource Officer since August 1, 2015", 60, 120, 11),
]


def test_a_page_stating_an_sro_start_without_a_letters_form_is_no_letter_for_the_ledger() -> None:
    extracted = parse_document(
        "p.pdf", "-", "application/pdf", _pages(CERTIFICATE, RECORD_FIRST, SERVICE_FORM)
    )
    assert [p.kind for p in extracted.parts] == ["certificate", "transcript", "letter"]
    doc = classify_document(extracted, load_catalog(), date(2025, 6, 1))
    assert [p.kind for p in doc.parts] == ["certificate", "transcript", "other"]
    assert doc.sro_start_date is None and doc.sro_start_range is None
    assert any("reads as no letter" in w for w in doc.warnings)
    # The letter-form pages of the packet above are a letter.
    packet = classify_document(
        parse_document("p.pdf", "-", "application/pdf", _packet()), load_catalog(), date(2025, 6, 1)
    )
    assert packet.holds_a_letter and packet.sro_start_date == date(2015, 8, 1)


def test_a_table_dated_within_a_certificates_course_is_for_a_person() -> None:
    """A certificate's agenda (its days and hours) beside it: its rows are no second course."""
    agenda = [
        ("Course Agenda", 30, 30, 14),
        ("Course Title", 30, 100, 9),
        ("Start", 300, 100, 9),
        ("End", 370, 100, 9),
        ("Hours", 440, 100, 9),
        *_table_rows(
            [
                ("Interview Foundations", "06/28/2021", "8.0"),
                ("Child Development", "06/29/2021", "8.0"),
                ("Report Writing", "03/12/2020", "8.0"),
            ],
            115,
        ),
    ]
    extracted = parse_document("p.pdf", "-", "application/pdf", _pages(CERTIFICATE, agenda))
    doc = classify_document(extracted, load_catalog(), date(2025, 6, 1))
    rows = [(i.end_date, i.status) for i in doc.items if i.page == 2]
    assert rows[:2] == [(date(2021, 6, 28), "review"), (date(2021, 6, 29), "review")]
    assert any("within the course of the certificate on page 1" in r for r in doc.items[0].review_reasons)
    # the row outside the certificate's course is no part of it, but its table is titled as an agenda: a
    # listing of sessions, read on its own packet page as a table headed so is (nonproof round 3)
    assert rows[2] == (date(2020, 3, 12), "review")
    outside = next(i for i in doc.items if i.end_date == date(2020, 3, 12))
    assert any("agenda" in r.lower() for r in outside.review_reasons), outside.review_reasons


@pytest.mark.parametrize(
    "heading",
    [(), (("Certificate of Completion", 40, 100, 11), ("Awarded to: Priya N. Castillo", 40, 112, 11))],
)
def test_a_sign_in_sheet_in_a_packet_is_never_a_certificate(heading: Text) -> None:
    """Whether its page reads as a certificate (a heading, a name) or not, a roster's course is a person's."""
    roster: Text = [
        ("Training Roster", 40, 40, 11),
        *heading,
        ("Course: Juvenile Law Update", 40, 64, 11),
        ("Date: 01/16/2024", 40, 78, 11),
        ("Hours: 4", 200, 78, 11),
        ("Name", 40, 130, 11),
        ("Badge #", 220, 130, 11),
        ("Hours", 480, 130, 11),
    ]
    for i, person in enumerate(
        ["Priya N. Castillo", "Renee A. Castillo", "Marcus D. Webb", "Hannah K. Olsen"]
    ):
        y = 154 + 22 * i
        roster += [(person, 40, y, 11), (str(7731 + 13 * i), 220, y, 11), ("4", 480, y, 11)]
    extracted = parse_document("p.pdf", "-", "application/pdf", _pages(CERTIFICATE, RECORD_FIRST, roster))
    assert extracted.layout == "packet"
    doc = classify_document(extracted, load_catalog(), date(2025, 6, 1))
    (item,) = [i for i in doc.items if i.page == 3]
    assert item.course_title == "Juvenile Law Update" and item.status == "review"
    expected = "attendance roster" if heading else "reads as no certificate of its own"
    assert any(expected in r for r in item.review_reasons)
