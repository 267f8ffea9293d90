"""The additional 160 hours read end to end: a course the catalog does not know, titled by its school-safety
subject, and the course deciding 160 read only from a phone photo, through a whole bulk ingest.

Three applicants of ``bench/unseen_applicants_17.py``; their expected verdicts and ledger lines are the ones
set by hand in that script from the practitioner rules:

- X08: "School Climate and Alternatives to Student Arrest" (8 h) rested on the setting word "school" alone:
  its hours waited for a person, R5 `needs_review` at 152 + 8; now credited (160: eligible).
- X12: the phone photo of an 8-hour course's certificate printing "7.5 Hours" beside 152 h: 159.5, never
  eligible (a misread 75 or 8 would make it so).
- X14: the same photo printing "0.75 IACET CEU", its title read "Trauma-Informed Pol icing with Youth": the
  split word kept it under the catalog's bar and its 7.5 h waited; now matched and credited (159.5: R5 not
  met).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import bench.unseen_applicants_2 as round2
from bench.unseen_applicants_17 import applicants, write
from tests.bulk_ingest import assert_as_set_by_hand, write_and_ingest
from tests.conftest import require_tesseract

APPLICANTS = ("X08", "X12", "X14")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(corpus, export) of the three applicants: the embedded worker and the default read path."""
    require_tesseract()
    yield write_and_ingest(tmp_path_factory.mktemp("unseen17"), write, APPLICANTS)


def _diffs(corpus: Path, out: Path) -> list[str]:
    """The round's differing verdicts, totals and lines only (its bench prints a table first)."""
    return round2.compare_round(applicants, corpus, out)


def _ledger(out: Path, applicant: str) -> dict[str, object]:
    return json.loads((out / applicant / "ledger.json").read_text())  # type: ignore[no-any-return]


def _line(ledger: dict[str, object], document: str) -> dict[str, object]:
    [line] = [ln for ln in ledger["lines"] if ln["document"] == document]  # type: ignore[attr-defined]
    return line  # type: ignore[no-any-return]


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("applicant", APPLICANTS)
def test_verdicts_and_lines_are_the_rules(applicant: str, exported: tuple[Path, Path]) -> None:
    assert_as_set_by_hand(_diffs, *exported, applicant)


@pytest.mark.tesseract
@pytest.mark.slow
def test_a_school_climate_course_is_credited(exported: tuple[Path, Path]) -> None:
    ledger = _ledger(exported[1], "X08")
    line = _line(ledger, "12-course.pdf")
    assert (line["category"], line["credited_hours"], line["status"]) == ("school_safety", 8.0, "auto")
    assert ledger["eligible"] is True


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("applicant", ["X12", "X14"])
def test_a_photo_s_figure_deciding_160_never_makes_159_5_eligible(
    applicant: str, exported: tuple[Path, Path]
) -> None:
    ledger = _ledger(exported[1], applicant)
    assert ledger["eligible"] is False
    assert ledger["requirements"]["additional_160"] == "not_met"  # type: ignore[index]
    line = _line(ledger, "11-trauma-photo.jpg")
    assert line["credited_hours"] in (0.0, 7.5)  # 7.5 read, or a person's; never 8 or 75
    assert float(ledger["additional_hours_credited"]) <= 159.5  # type: ignore[arg-type]
