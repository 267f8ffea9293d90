"""Two copies of one course either side of the window's first day, and a record's row under its course's
initials, through a whole bulk ingest.

Three applicants of ``bench/unseen_applicants_16.py`` (text PDFs), each wrongly eligible, holding a wrong
`auto` line or waiting for a person needlessly before this round's fixes; their expected verdicts and ledger
lines are the ones set by hand in that script from the practitioner rules:

- V01: the record's row of EOP completed 2015-06-01 (the day before the window opens on a 2025-06-02
  application) uploaded before its certificate completed 2015-06-02: the row was "older than 10 years" and
  the certificate its duplicate, both `auto` (R5 not met unseen); now both wait for a person (R5 theirs).
- V02: the same copies, the certificate first: it was credited (160, wrongly eligible); now both wait.
- V10: the record's "CIT-Y" beside the certificate of "Crisis Intervention Teams for Youth (CIT-Y)": the row
  waited for a person (its category unsure), keeping R5 open at 136 + 40; now its certificate's duplicate
  adding nothing to R5's potential (R5 not met).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import bench.unseen_applicants_2 as round2
from bench.unseen_applicants_16 import applicants, write
from tests.bulk_ingest import assert_as_set_by_hand, write_and_ingest
from tests.conftest import require_tesseract

APPLICANTS = ("V01", "V02", "V10")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(corpus, export) of the three applicants: the embedded worker and the default read path."""
    require_tesseract()
    yield write_and_ingest(tmp_path_factory.mktemp("unseen16"), write, APPLICANTS)


def _diffs(corpus: Path, out: Path) -> list[str]:
    """The round's differing verdicts, totals and lines only (its bench prints a table first)."""
    return round2.compare_round(applicants, corpus, out)


def _ledger(out: Path, applicant: str) -> dict[str, object]:
    return json.loads((out / applicant / "ledger.json").read_text())  # type: ignore[no-any-return]


def _lines(ledger: dict[str, object], document: str, fragment: str) -> list[dict[str, object]]:
    return [
        ln
        for ln in ledger["lines"]  # type: ignore[attr-defined]
        if ln["document"] == document and fragment in ln["course_title"]
    ]


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("applicant", APPLICANTS)
def test_verdicts_and_lines_are_the_rules(applicant: str, exported: tuple[Path, Path]) -> None:
    assert_as_set_by_hand(_diffs, *exported, applicant)
    assert _ledger(exported[1], applicant)["eligible"] is False


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize(
    ("applicant", "record", "certificate"),
    [("V01", "04-record.pdf", "05-eop.pdf"), ("V02", "05-record.pdf", "04-eop.pdf")],
)
def test_copies_either_side_of_the_window_s_first_day_wait_for_a_person(
    applicant: str, record: str, certificate: str, exported: tuple[Path, Path]
) -> None:
    ledger = _ledger(exported[1], applicant)
    assert ledger["additional_hours_credited"] == 136.0
    assert ledger["additional_hours_pending"] == 24.0
    assert ledger["requirements"]["additional_160"] == "needs_review"  # type: ignore[index]
    for document in (record, certificate):
        [ln] = _lines(ledger, document, "Emergency")
        assert (ln["credited_hours"], ln["status"]) == (0.0, "review")
        assert "window's first day" in str(ln["reason"])


@pytest.mark.tesseract
@pytest.mark.slow
def test_a_row_listing_the_certificate_s_initials_is_its_duplicate(exported: tuple[Path, Path]) -> None:
    ledger = _ledger(exported[1], "V10")
    [row] = _lines(ledger, "04-record.pdf", "CIT-Y")
    assert (row["rule"], row["credited_hours"]) == ("duplicate", 0.0)  # still shown for its unsure category
    assert ledger["requirements"]["additional_160"] == "not_met"  # type: ignore[index]
