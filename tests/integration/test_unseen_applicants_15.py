"""One completion printed on two documents that do not agree to the letter, through a whole bulk ingest.

Three applicants of ``bench/unseen_applicants_15.py`` (text PDFs), each wrongly eligible or holding a wrong
`auto` line before this round's fixes; their expected verdicts and ledger lines are the ones set by hand in
that script from the practitioner rules:

- Z02: the record's rows "Child Abuse & Neglect Inv." and "Threat Assmt. in Schools" repeat two certificates
  (same dates, same hours): the threat row was credited beside its certificate (168 h, wrongly eligible);
  now one copy of each is a duplicate (152, not met).
- Z13: the record's "Sch. Threat Assmt. Team Trng." dated a day after its certificate: a person's before
  (160 with it); now a duplicate (144, not met).
- Z14: the certificate's 16 h and the abbreviated row's 8 h of the same days were both credited (160,
  wrongly eligible); now both wait for a person (which is right is a person's call).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import bench.unseen_applicants_2 as round2
from bench.unseen_applicants_15 import applicants, write
from tests.bulk_ingest import assert_as_set_by_hand, write_and_ingest
from tests.conftest import require_tesseract

APPLICANTS = ("Z02", "Z13", "Z14")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(corpus, export) of the three applicants: the embedded worker and the default read path."""
    require_tesseract()
    yield write_and_ingest(tmp_path_factory.mktemp("unseen15"), write, APPLICANTS)


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
@pytest.mark.parametrize("applicant", ("Z02", "Z13"))
def test_verdicts_and_lines_are_the_rules(applicant: str, exported: tuple[Path, Path]) -> None:
    assert_as_set_by_hand(_diffs, *exported, applicant)
    assert _ledger(exported[1], applicant)["eligible"] is False


@pytest.mark.tesseract
@pytest.mark.slow
def test_an_abbreviated_row_is_its_certificate_s_duplicate(exported: tuple[Path, Path]) -> None:
    ledger = _ledger(exported[1], "Z02")
    assert ledger["additional_hours_credited"] == 152.0
    [row] = _lines(ledger, "04-record.pdf", "Assmt")
    [cert] = _lines(ledger, "10-course.pdf", "Threat")
    assert sorted(str(x["rule"]) for x in (row, cert)) == ["credited", "duplicate"]


@pytest.mark.tesseract
@pytest.mark.slow
def test_an_abbreviated_row_stating_other_hours_waits_for_a_person(exported: tuple[Path, Path]) -> None:
    ledger = _ledger(exported[1], "Z14")
    assert ledger["eligible"] is False
    assert ledger["additional_hours_credited"] == 136.0
    for document, fragment in (("04-record.pdf", "Assmt"), ("10-course.pdf", "Threat")):
        [ln] = _lines(ledger, document, fragment)
        assert (ln["credited_hours"], ln["status"]) == (0.0, "review")
    assert "a person's call" in str(_lines(ledger, "04-record.pdf", "Assmt")[0]["reason"])
