"""Courses of a school or juvenile subject taught for another setting, and a letter stating the SRO service
in months, through a whole bulk ingest.

Three applicants of ``bench/unseen_applicants_14.py`` (text PDFs), each wrongly eligible or holding a wrong
`auto` line or a lost verdict before this round's fixes; their expected verdicts and ledger lines are the ones
set by hand in that script from the practitioner rules:

- Y17: "Threat Assessment in the Workplace" (16 h) was credited `auto` as school safety: its 16 h made 160
  (wrongly eligible); now a person's, credited 0.
- Y18: "Prison Gang Intelligence and Investigations" (16 h) was credited `auto` as juvenile: wrongly
  eligible; now a person's.
- Y01: a letter of the application's day saying "for the past 35 months" left R1 to a person ("no SRO
  start"); now not met (35 months are two whole years, fewer than three).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import bench.unseen_applicants_2 as round2
from bench.unseen_applicants_14 import applicants, write
from tests.bulk_ingest import assert_as_set_by_hand, write_and_ingest
from tests.conftest import require_tesseract

APPLICANTS = ("Y01", "Y17", "Y18")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(corpus, export) of the three applicants: the embedded worker and the default read path."""
    require_tesseract()
    yield write_and_ingest(tmp_path_factory.mktemp("unseen14"), write, APPLICANTS)


def _diffs(corpus: Path, out: Path) -> list[str]:
    """The round's differing verdicts, totals and lines only (its bench prints a table first)."""
    return round2.compare_round(applicants, corpus, out)


def _ledger(out: Path, applicant: str) -> dict[str, object]:
    return json.loads((out / applicant / "ledger.json").read_text())  # type: ignore[no-any-return]


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("applicant", ("Y01",))
def test_verdicts_and_lines_are_the_rules(applicant: str, exported: tuple[Path, Path]) -> None:
    assert_as_set_by_hand(_diffs, *exported, applicant)
    assert _ledger(exported[1], applicant)["eligible"] is False


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("applicant", ("Y17", "Y18"))
def test_a_subject_taught_for_another_setting_waits_for_a_person(
    applicant: str, exported: tuple[Path, Path]
) -> None:
    ledger = _ledger(exported[1], applicant)
    assert ledger["eligible"] is False
    [trap] = [ln for ln in ledger["lines"] if ln["document"] == "20-trap.pdf"]  # type: ignore[attr-defined]
    assert (trap["credited_hours"], trap["status"]) == (0.0, "review")
    assert ledger["additional_hours_credited"] == 144.0
    # 160 with the course once a person says it counts (the rules say it does not): never met unseen.
    assert ledger["requirements"]["additional_160"] == "needs_review"  # type: ignore[index]


@pytest.mark.tesseract
@pytest.mark.slow
def test_thirty_five_months_are_under_three_years(exported: tuple[Path, Path]) -> None:
    ledger = _ledger(exported[1], "Y01")
    assert ledger["requirements"]["sro_3_years"] == "not_met"  # type: ignore[index]
