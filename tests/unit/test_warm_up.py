"""The parser warm-up: its made-up page exercises the certificate path, and it runs once per process."""

from __future__ import annotations

from datetime import date

from extract import warm_up
from extract.document import parse_document


def test_the_made_up_page_reads_as_a_certificate() -> None:
    """A warm-up page the parser did not read fully would leave the lazy loads it is for cold."""
    doc = parse_document("warm-up", "", "image/png", (warm_up._made_up_page(),))
    assert doc.participant_name is not None and doc.participant_name.text == "Jordan A. Lee"
    (item,) = doc.items
    assert item.hours == 16.0
    assert (item.start_date, item.end_date) == (date(2021, 3, 3), date(2021, 3, 5))
    assert item.course_title is not None and "Crisis Intervention" in item.course_title


def test_the_warm_up_starts_once() -> None:
    first = warm_up.warm_up_in_background()
    if first is not None:
        first.join(timeout=60)
        assert not first.is_alive()
    assert warm_up.warm_up_in_background() is None
