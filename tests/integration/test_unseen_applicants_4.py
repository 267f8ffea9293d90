"""Rosters, ticked status boxes and a POST printout, through a whole bulk ingest.

Three applicants of ``bench/unseen_applicants_4.py``, each proving faults this audit fixed; their expected
verdicts and ledger lines are the ones set by hand in that script from the practitioner rules:

- X01: an HR form ("Job Title: School Resource Officer / Date of Assignment: 08/16/2018 / Employment
  Status: ☒ Active ☐ Inactive") stated no start and no status (R1 and R2 left to a person); the only
  conference evidence, a session sign-in sheet listing the applicant, was a blank `other` page (its people
  not read: text-layer cells joined by one space), so R6 was not met instead of waiting for a person.
- X03: the POST printout's "OFFICER: DESMOND K. ACHEBE      POST ID: 7720-4419" read the name as
  "DESMOND K. ACHEBE POST", unsure: 116 hours pending; the 1998 academy of unknown category held R5 open.
- X05: a sign-in sheet not listing the applicant must prove nothing (R6 not met, its line someone else's),
  and another officer's advanced certificate credits nothing (R4 not met).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.unseen_applicants_4 import compare, write
from tests.bulk_ingest import ingest_folder
from tests.conftest import require_tesseract

APPLICANTS = ("X01", "X03", "X05")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(corpus, export) of the three applicants: the embedded worker and the default read path."""
    require_tesseract()
    root = tmp_path_factory.mktemp("unseen4")
    corpus, out = root / "applications", root / "out"
    write(corpus, APPLICANTS)
    ingest_folder(corpus, root, export_to=out)
    yield corpus, out


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("applicant", APPLICANTS)
def test_verdicts_and_lines_are_the_rules(applicant: str, exported: tuple[Path, Path]) -> None:
    corpus, out = exported
    assert [d for d in compare(corpus, out) if d.startswith(applicant + " ")] == []
    ledger = json.loads((out / applicant / "ledger.json").read_text())
    manifest = json.loads((corpus / applicant / "manifest.json").read_text())
    assert ledger["eligible"] == manifest["expected"]["eligible"]


def _doc(out: Path, applicant: str, file: str) -> dict[str, object]:
    return dict(json.loads((out / applicant / f"{file}.json").read_text()))


@pytest.mark.tesseract
@pytest.mark.slow
def test_the_form_is_a_letter_with_its_start_and_status(exported: tuple[Path, Path]) -> None:
    form = _doc(exported[1], "X01", "01-verification.pdf")
    assert (form["doc_type"], form["sro_start_date"], form["employment"], form["document_date"]) == (
        "employment_letter",
        "2018-08-16",
        "current",
        "2025-04-02",
    )


@pytest.mark.tesseract
@pytest.mark.slow
def test_a_roster_is_a_line_to_confirm_only_when_it_lists_the_applicant(exported: tuple[Path, Path]) -> None:
    _, out = exported
    listed = _doc(out, "X01", "04-signin.pdf")
    assert listed["doc_type"] == "other"
    assert "Whitlock, Jerome T." in listed["attendees"]  # type: ignore[operator]
    items = listed["items"]
    assert isinstance(items, list) and [(i["catalog_id"], i["status"]) for i in items] == [
        ("nasro-conference", "review")
    ]
    ledgers = {a: json.loads((out / a / "ledger.json").read_text()) for a in ("X01", "X05")}
    assert ledgers["X01"]["requirements"]["conference"] == "needs_review"
    assert ledgers["X05"]["requirements"]["conference"] == "not_met"
    roster_line = next(ln for ln in ledgers["X05"]["lines"] if ln["document"] == "03-signin.pdf")
    assert (roster_line["rule"], roster_line["credited_hours"]) == ("other_person", 0.0)
