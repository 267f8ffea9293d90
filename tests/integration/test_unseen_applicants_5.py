"""Online timestamps, a stated day-first date order and an HR letter, through a whole bulk ingest.

Three applicants of ``bench/unseen_applicants_5.py``, each proving faults this audit fixed; their expected
verdicts and ledger lines are the ones set by hand in that script from the practitioner rules:

- Y03: an online certificate dated only "Completion Date: 2023-05-10T14:22:11Z" had no date (8 hours
  pending, R5 short of its expected 172).
- Y04: "Dates (DD.MM.YYYY): 05.03.2022 - 06.03.2022" was read 3 May to 3 June, in review: R5 waited for a
  person though the form says which number is the day.
- Y07: an HR letter ("verify the employment of Marcus T. Oyelaran ... is no longer employed by the City")
  was `other` (no ranked name read): R1 and R2 were left to a person; R2 is not met.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.unseen_applicants_5 import compare, write
from tests.bulk_ingest import assert_as_set_by_hand, write_and_ingest
from tests.conftest import require_tesseract

APPLICANTS = ("Y03", "Y04", "Y07")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(corpus, export) of the three applicants: the embedded worker and the default read path."""
    require_tesseract()
    yield write_and_ingest(tmp_path_factory.mktemp("unseen5"), write, APPLICANTS)


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("applicant", ("Y03", "Y04"))
def test_verdicts_and_lines_are_the_rules(applicant: str, exported: tuple[Path, Path]) -> None:
    assert_as_set_by_hand(compare, *exported, applicant)


@pytest.mark.tesseract
@pytest.mark.slow
def test_the_hr_letter_ends_the_service_by_its_date(exported: tuple[Path, Path]) -> None:
    out = exported[1]
    letter = json.loads((out / "Y07" / "01-hr-letter.pdf.json").read_text())
    assert (
        letter["doc_type"],
        letter["participant_name"],
        letter["sro_start_date"],
        letter["employment"],
    ) == (
        "employment_letter",
        "Marcus T. Oyelaran",
        "2016-08-01",
        "ended",
    )
    ledger = json.loads((out / "Y07" / "ledger.json").read_text())
    assert ledger["requirements"]["employed"] == "not_met"
    # When in 2016-2025 the assignment ended the letter does not say: a person counts the years.
    assert ledger["requirements"]["sro_3_years"] == "needs_review"
    assert not ledger["eligible"]
