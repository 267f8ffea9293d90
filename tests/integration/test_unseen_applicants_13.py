"""Documents dated after the application and a later letter saying the SRO assignment ended, through a
whole bulk ingest.

Four applicants of ``bench/unseen_applicants_13.py`` (text PDFs), each wrongly eligible or holding a wrong
`auto` line before this round's fixes; their expected verdicts and ledger lines are the ones set by hand in
that script from the practitioner rules:

- U01: "Youth Mental Health First Aid" ended ten weeks after the application: its 8 h made 160 (wrongly
  eligible); now a person's.
- U06: the application says the officer still serves; the school district's letter, the latest, says he
  was reassigned to patrol in December 2024: R2 was met from the application alone; now a person's.
- U11: the only NASRO Advanced ended after the application: R4 was met; now a person's.
- U13: the yearly in-service's next run (September, after the application) in a record set the 2023 run to
  0 as "annual training counted once" and was credited itself; now the 2023 run counts and the later one
  waits for a person.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import bench.unseen_applicants_2 as round2
from bench.unseen_applicants_13 import applicants, write
from tests.bulk_ingest import assert_as_set_by_hand, write_and_ingest
from tests.conftest import require_tesseract

APPLICANTS = ("U01", "U06", "U11", "U13")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(corpus, export) of the four applicants: the embedded worker and the default read path."""
    require_tesseract()
    yield write_and_ingest(tmp_path_factory.mktemp("unseen13"), write, APPLICANTS)


def _diffs(corpus: Path, out: Path) -> list[str]:
    """The round's differing verdicts, totals and lines only (its bench prints a table first)."""
    return round2.compare_round(applicants, corpus, out)


def _ledger(out: Path, applicant: str) -> dict[str, object]:
    return json.loads((out / applicant / "ledger.json").read_text())  # type: ignore[no-any-return]


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("applicant", APPLICANTS)
def test_verdicts_and_lines_are_the_rules(applicant: str, exported: tuple[Path, Path]) -> None:
    assert_as_set_by_hand(_diffs, *exported, applicant)
    assert _ledger(exported[1], applicant)["eligible"] is (applicant == "U13")


@pytest.mark.tesseract
@pytest.mark.slow
def test_a_course_after_the_application_waits_for_a_person(exported: tuple[Path, Path]) -> None:
    ledger = _ledger(exported[1], "U01")
    [later] = [ln for ln in ledger["lines"] if ln["document"] == "11-ymhfa.pdf"]  # type: ignore[attr-defined]
    assert (later["credited_hours"], later["rule"], later["status"]) == (0.0, "needs_review", "review")
    assert "after the application date (2025-06-02)" in later["reason"]
    assert ledger["additional_hours_credited"] == 152.0
    assert ledger["requirements"]["additional_160"] == "needs_review"  # type: ignore[index]


@pytest.mark.tesseract
@pytest.mark.slow
def test_the_district_s_later_letter_sends_r2_to_a_person(exported: tuple[Path, Path]) -> None:
    ledger = _ledger(exported[1], "U06")
    assert ledger["requirements"]["employed"] == "needs_review"  # type: ignore[index]
    assert [ln["rule"] for ln in ledger["lines"] if ln["status"] == "review"] == []  # type: ignore[attr-defined]
