"""The rules stage on the dev corpus' ground truth reproduces every expected verdict and hour count."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from verify.ledger import build_ledger
from verify.policy import default_policy
from verify.types import REQUIREMENT_KEYS, ApplicationFacts, DocumentFacts, EvidenceItem, Ledger

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"

if not DEV.is_dir():
    if os.environ.get("CI"):
        raise RuntimeError(f"{DEV} is required in CI")
    pytest.skip("../shared/corpus/dev not present", allow_module_level=True)

pytestmark = pytest.mark.shared

APPLICANTS = sorted(p.name for p in DEV.iterdir() if (p / "manifest.json").is_file())


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _document(truth: dict[str, Any]) -> DocumentFacts:
    items = tuple(
        EvidenceItem(
            document=truth["file"],
            doc_type=truth["doc_type"],
            participant_name=truth["participant_name"],
            issuer=truth["issuer"],
            page=it["page"],
            course_title=it["course_title"],
            catalog_id=it["catalog_id"],
            category=it["category"],
            start_date=_date(it["start_date"]),
            end_date=_date(it["end_date"]),
            hours=it["hours"],
            status="auto",
            confidence=1.0,
        )
        for it in truth["items"]
    )
    return DocumentFacts(
        file=truth["file"],
        doc_type=truth["doc_type"],
        participant_name=truth["participant_name"],
        issuer=truth["issuer"],
        sro_start_date=_date(truth.get("sro_start_date")),
        document_date=_date(truth.get("document_date")),
        legible=truth["legible"],
        items=items,
    )


def _application(manifest: dict[str, Any]) -> ApplicationFacts:
    # Only the application's own fields: `expected` is the answer, never an input.
    return ApplicationFacts(
        applicant_id=manifest["applicant_id"],
        name=manifest["name"],
        agency=manifest["agency"],
        sro_start_date=_date(manifest["sro_start_date"]),
        currently_employed=manifest["currently_employed"],
        application_date=date.fromisoformat(manifest["application_date"]),
    )


def _build(applicant: str) -> tuple[dict[str, Any], Ledger]:
    folder = DEV / applicant
    manifest = json.loads((folder / "manifest.json").read_text())
    docs = [
        _document(json.loads((folder / f"{name}.truth.json").read_text())) for name in manifest["documents"]
    ]
    return manifest, build_ledger(_application(manifest), docs, [], default_policy())


@pytest.mark.parametrize("applicant", [pytest.param(a, id=a) for a in APPLICANTS])
def test_verdicts_match_expected(applicant: str) -> None:
    """Verdicts, credited hours and eligibility equal the manifest's expected values."""
    manifest, ledger = _build(applicant)

    expected = manifest["expected"]
    got = ledger.to_contract_dict()
    assert expected["requirements"] == {k: got["requirements"][k] for k in REQUIREMENT_KEYS}
    assert expected["additional_hours_credited"] == ledger.additional_hours_credited
    assert expected["eligible"] == ledger.eligible


@pytest.mark.parametrize("applicant", [pytest.param(a, id=a) for a in APPLICANTS])
def test_lines_match_expected_detail(applicant: str) -> None:
    """Each line's credit and reason, and the flags, match how the expected verdicts were reached."""
    manifest, ledger = _build(applicant)
    detail = manifest["expected_detail"]
    # The catalog's proposal and the counted copy's place are not in the truth files: compare the reason
    # up to the details in brackets.
    expected = [
        (e["file"], e["course_title"], e["end_date"], e["credited"], e["rule"].split(" (")[0])
        for e in detail["ledger"]
    ]
    counted = [ln for ln in ledger.lines if ln.rule != "other_person"]  # the truth lists only the applicant's
    actual = [
        (ln.document, ln.course_title, str(ln.end_date), ln.credited_hours, ln.reason.split(" (")[0])
        for ln in counted
    ]
    assert sorted(expected) == sorted(actual)
    assert [(f["file"], f["flag"]) for f in detail["flags"]] == [(f.document, f.flag) for f in ledger.flags]


def test_all_applicants_found() -> None:
    """The dev corpus holds the 33 applicants the acceptance criterion counts."""
    assert len(APPLICANTS) == 33
