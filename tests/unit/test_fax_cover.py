"""A fax cover sheet gives no item: "FAX", "To:", "From:", "Pages:"/"Re:" lines and nothing certifying a
course. Look-alikes keep theirs: a certificate faxed with a transmission header, a cover listing a course's
hours, a memo with no fax word, a certificate whose name was not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.document import certificate_stack
from extract.fax_cover import is_fax_cover, label_kind
from extract.lines import group_lines
from extract.types import Line
from tests.packets_2 import PACKETS
from tests.unit.test_packets_2 import _read
from tests.unit.test_record_columns import _line_words

COVER = [
    "FAX COVER SHEET",
    "To: NASRO Practitioner Review",
    "From: Sgt. Paula Ruiz",
    "Date: March 18, 2025",
    "Pages (incl. cover): 4",
    "Re: Basic SRO and other certificates",
    "Comments: Please find the training certificates attached for review.",
    "CONFIDENTIALITY NOTICE: this facsimile is intended only for the addressee.",
]


FAX_HEADER = "FROM: Maple Grove PD  TO: 5551234  FAX: 555-9876  PAGE 2/4"


def _page(texts: list[str]) -> list[Line]:
    words = [w for k, t in enumerate(texts) for w in _line_words([(72, t)], 60 + 30 * k)]
    return group_lines(words, page=1)


def _certificate(name: str, course: str, day: str, hours: str, header: str = "") -> list[str]:
    top = [header] if header else []
    return [*top, "Certificate of Completion", "This certifies that", name, "has successfully completed",
            course, f"on {day}", f"{hours} hours"]  # fmt: skip


def test_a_cover_sheet_is_a_fax_cover() -> None:
    assert is_fax_cover(_page(COVER))
    # as a scan reads its colons; "Attn" and "Subject" for "To" and "Re"
    assert is_fax_cover(_page(["FAX", "Attn; Training Unit", "From. Records", "Subject: SRO file"]))


@pytest.mark.parametrize(
    "texts",
    [
        # a memo: no fax word
        [t.replace("FAX COVER SHEET", "MEMORANDUM").replace("facsimile", "message") for t in COVER],
        # the cover lists a course's hours: kept for a person
        [*COVER[:-1], "Re: Youth Mental Health First Aid, 8 hours"],
        [*COVER, "Officer Ruiz has completed the course named above."],
        [*COVER, "Ofc. Ruiz completed Youth Mental Health First Aid on May 3, 2023."],
        [*COVER[:-2], "Re: Completion certificates"],
        # no "From:" line
        [t for t in COVER if not t.startswith("From")],
        # neither "Pages:" nor "Re:"
        [t for t in COVER if not t.startswith(("Pages", "Re"))],
        # a certificate faxed: its transmission header is one line
        _certificate("Paula Ruiz", "Youth Mental Health First Aid", "May 3, 2023", "8", FAX_HEADER),
    ],
)
def test_look_alikes_are_no_cover(texts: list[str]) -> None:
    assert not is_fax_cover(_page(texts))


@pytest.mark.parametrize(
    ("text", "kind"),
    [("To: Review", "to"), ("ATTN: Unit", "to"), ("From: Sgt. Ruiz", "from"), ("Pages: 4", "pages"),
     ("No. of Pages: 3", "pages"), ("Re: file", "re"), ("Subject: file", "re"), ("Total pages; 2", "pages"),
     ("Topics covered: ...", None), ("Regional Training Center", None), ("Today's date", None)],
)  # fmt: skip
def test_label_kind(text: str, kind: str | None) -> None:
    assert label_kind(text) == kind


def test_a_stack_reads_no_item_of_its_cover_but_keeps_an_unnamed_certificate() -> None:
    sheets = [
        _page(COVER),
        _page(_certificate("Renata V. Okonkwo", "Youth Mental Health First Aid", "September 8, 2022", "8")),
        _page(_certificate("Renata V. Okonkwo", "Juvenile Law for Law Enforcement", "May 9, 2023", "8")),
        # its name lost: still a certificate, kept for a person
        _page([t for t in _certificate("", "Standard Response Protocol Training", "Feb 2, 2023", "4") if t]),
    ]
    stack = certificate_stack(sheets)
    assert stack is not None
    titles = [r.item.course_title for r, _ in stack if r.item is not None]
    assert len(titles) == 3 and not any("FAX" in (t or "").upper() for t in titles), titles
    assert any("Standard Response Protocol" in (t or "") for t in titles)


@pytest.mark.parametrize("key", ["fax_cover_first", "cover_record_letter_duplicate"])
def test_a_packets_fax_cover_gives_no_item(key: str, tmp_path: Path) -> None:
    """Read whole (a stack of certificates; a packet of a record, a letter and certificates): no item of
    the cover's page, every certificate's kept."""
    doc = _read(key, tmp_path)
    assert doc.items and all(i.page != 1 for i in doc.items), [(i.page, i.course_title) for i in doc.items]
    certificates = {c.catalog_id for p in PACKETS[key].parts if p.kind == "certificate" for c in p.courses}
    assert certificates <= {i.catalog_id for i in doc.items}
