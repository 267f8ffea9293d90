"""Two terms as SRO in a letter and a yearly in-service named by its school year, through a whole bulk
ingest.

Two applicants of ``bench/unseen_applicants_8.py`` (their documents text PDFs but one letter, a light
scan; the bench draws the scans, faxes and photos), each proving faults this audit fixed; their expected
verdicts and ledger lines are the ones set by hand in that script from the practitioner rules:

- S01: the department's "School Safety In-Service (2021-22 School Year)", "(2022-23 ...)", "(2023-24 ...)"
  were three courses, credited 24 h: R5 met at 169.5 h where 153.5 h is not met. A chief's letter giving
  two terms (2012-2015, August 2020 to today) left R1 to a person though the present term alone is long
  enough.
- S02: the application states the first term's start (2014-08-18) and an HR letter shows the break (2014-16,
  then since January 2023, "again assigned"): R1 had been met from the application across the break. Since
  session 22 the letter's two terms are added, never spanned: 1 y 10 m + 2 y 5 m, met (as the application's
  own start also says).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.unseen_applicants_8 import compare, write_text
from tests.bulk_ingest import assert_as_set_by_hand, write_and_ingest
from tests.conftest import require_tesseract

APPLICANTS = ("S01", "S02")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(corpus, export) of the two applicants: the embedded worker and the default read path."""
    require_tesseract()
    yield write_and_ingest(tmp_path_factory.mktemp("unseen8"), write_text, APPLICANTS)


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("applicant", APPLICANTS)
def test_verdicts_and_lines_are_the_rules(applicant: str, exported: tuple[Path, Path]) -> None:
    assert_as_set_by_hand(compare, *exported, applicant)


@pytest.mark.tesseract
@pytest.mark.slow
def test_the_letters_give_each_term(exported: tuple[Path, Path]) -> None:
    out = exported[1]
    terms = {}
    for applicant in APPLICANTS:
        letter = json.loads((out / applicant / "01-letter.pdf.json").read_text())
        terms[applicant] = (letter["sro_start_ranges"], letter["employment"])
    assert terms == {
        "S01": ([["2012-08-01", "2012-08-31"], ["2020-08-01", "2020-08-31"]], "current"),
        "S02": ([["2014-08-18", "2014-08-18"], ["2023-01-09", "2023-01-09"]], "current"),
    }
