"""A season-dated district letter, a name printed surname first and respaced by a fax, a harm done to
minors as a course's subject, through a whole bulk ingest.

Three applicants of ``bench/unseen_applicants_6.py``, each proving faults this audit fixed; their expected
verdicts and ledger lines are the ones set by hand in that script from the practitioner rules:

- Z03: a school district's letter saying the officer has served "since the fall of 2021" was read as a
  certificate of a course named after the district (no start, no employment): R2 waited for a person.
- Z06: "This is to certify that PEÑA-IBÁÑEZ, JOSÉ Á. completed ..." named nobody, and the fax's "Jose
  AngelPena Ibanez" was "close but not clearly" José Ángel Peña-Ibáñez: 64 hours waited for a person.
- Z07: "Online Exploitation of Minors" (7.75 h) was of unsure category ("minors" alone is a setting): R5
  waited for a person. Its Advanced course is a phone photo stored sideways (EXIF orientation 6).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bench.unseen_applicants_6 import compare, write
from tests.bulk_ingest import assert_as_set_by_hand, write_and_ingest
from tests.conftest import require_tesseract

APPLICANTS = ("Z03", "Z06", "Z07")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(corpus, export) of the three applicants: the embedded worker and the default read path."""
    require_tesseract()
    yield write_and_ingest(tmp_path_factory.mktemp("unseen6"), write, APPLICANTS)


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("applicant", APPLICANTS)
def test_verdicts_and_lines_are_the_rules(applicant: str, exported: tuple[Path, Path]) -> None:
    assert_as_set_by_hand(compare, *exported, applicant)


@pytest.mark.tesseract
@pytest.mark.slow
def test_the_district_letter_dates_the_start_by_its_season(exported: tuple[Path, Path]) -> None:
    out = exported[1]
    letter = json.loads((out / "Z03" / "01-letter.pdf.json").read_text())
    got = (letter["doc_type"], letter["sro_start_date"], letter["sro_start_range"], letter["employment"])
    assert got == (
        "employment_letter",
        None,
        [date(2021, 8, 1).isoformat(), date(2021, 12, 31).isoformat()],
        "current",
    )
    assert letter["items"] == []
    ledger = json.loads((out / "Z03" / "ledger.json").read_text())
    # Three years from August 2021, not from December, by 2024-10-15: a person decides R1.
    verdicts = (ledger["requirements"]["sro_3_years"], ledger["requirements"]["employed"])
    assert verdicts == ("needs_review", "met")
