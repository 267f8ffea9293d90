"""Documents in the formats of real issuers (``tests/issuer_formats.py``), through the whole read path.

State POST training records (licence tables above the courses, result columns with "Fail", cumulative
hours, assigned dates), online academies' transcripts and certificates, FEMA, CPI, ALICE, NCJTC, ILEETA,
a school safety center, a sheriff's in-service record and sign-in roster, a bilingual certificate.

SAFETY over every document and reading: no item is ``auto`` unless it is a course the document shows
completed, with its dates, hours, catalog course and category right, and one a reviewer could be sure of.
As text PDFs each document is read whole: its holder, and every course row as the truth records it,
``auto`` where the truth is sure (but for the few known reviews listed here, each with its reason).
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from datetime import date
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument, ClassifiedItem
from extract.config import ExtractConfig
from extract.fields.names import name_tokens
from tests.conftest import require_tesseract
from tests.factories import to_scan
from tests.issuer_formats import DOCS, IssuerDoc, Truth, matching_truth, render_doc, wrong_autos
from tests.novel_certificates import read_in_two_processes, show

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# Sure to a reviewer, yet sent to one: (document, title) -> why. None is a wrong fact.
KNOWN_REVIEWS = {
    # Near the alias 'Arrest and Control Techniques' (82): perhaps that course misread. Unrelated either
    # way, so it credits 0 and holds no verdict.
    ("ca_post_profile", "Arrest and Control"): "near 'Arrest and Control Techniques' (82 < 85)",
    # 'youth' alone names a group, not a subject ('Youth Football Safety'): the classifier asks.
    ("safeschools_transcript", "Youth Suicide: Awareness, Prevention and Postvention"): "'youth' alone",
    ("bilingual", "Youth Crisis Intervention"): "'youth' alone; near 'Crisis Intervention Teams for Youth'",
    ("sign_in_roster", "Juvenile Law Update"): "one hours figure per attendee: parts of a whole?",
}
# A sign-in roster names several people and no holder: whose it is, the ledger's name check asks.
NO_HOLDER = {"sign_in_roster"}
# Scans: every document as a light scan; the tables also as a fax (their rows are where OCR errs), and
# as phone photos the documents whose photos showed faults (rows chained across a sloping page, an
# approval date taken for the course date).
SCANS = (
    [(k, "scan_light") for k in sorted(DOCS)]
    + [(k, "fax") for k in ("fdle_atms", "sheriff_inservice", "tcole_psr", "vector_transcript")]
    + [(k, "photo") for k in ("georgia_post", "safeschools_transcript", "vector_certificate")]
)
TABLES = sorted(k for k, d in DOCS.items() if d.doc_type == "transcript")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("issuers")


def _same_row(item: ClassifiedItem, t: Truth) -> bool:
    """The item is this truth row as far as reading goes (title, dates, hours), whatever its classing."""
    return (item.start_date, item.end_date, item.hours) == (t.start, t.end, t.hours) and fuzz.token_set_ratio(
        (item.course_title or "").lower(), t.title.lower()
    ) >= 85


@pytest.mark.parametrize("key", sorted(DOCS))
def test_text_pdf_reads_every_course(key: str, docs_dir: Path, catalog: Catalog) -> None:
    d: IssuerDoc = DOCS[key]
    doc = process_file(render_doc(d, docs_dir / f"{key}.pdf"), CFG, catalog, TODAY)
    assert wrong_autos(doc, d) == []
    items = [show(i) for i in doc.items]
    assert len(doc.items) == len(d.items), items
    if key in NO_HOLDER:
        assert doc.participant_name is None, doc.participant_name
    else:
        assert doc.participant_name is not None, key
        assert name_tokens(doc.participant_name.text) == name_tokens(d.participant_name)
    for t in d.items:
        (item,) = [i for i in doc.items if _same_row(i, t)] or [None]
        assert item is not None, (t, items)
        if not t.sure or (key, t.title) in KNOWN_REVIEWS:
            assert item.status == "review" and item.review_reasons, show(item)
        else:
            assert matching_truth(item, d) is t and item.status == "auto", show(item)


@pytest.fixture(scope="module")
def scans(docs_dir: Path, catalog: Catalog) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    require_tesseract()
    jobs: dict[str, Path] = {}
    for seed, (key, kind) in enumerate(SCANS, start=11):
        pdf = render_doc(DOCS[key], docs_dir / f"{key}.pdf")
        jobs[f"{key}/{kind}"] = to_scan(pdf, docs_dir / f"{key}-{kind}.pdf", kind, "pdf", seed=seed)  # type: ignore[arg-type]
    with read_in_two_processes(jobs, CFG, catalog, TODAY) as futures:
        yield futures


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("case", [f"{k}/{kind}" for k, kind in SCANS])
def test_scanned_issuer_document_is_never_credited_wrongly(
    case: str, scans: dict[str, Future[ClassifiedDocument]]
) -> None:
    doc = scans[case].result(timeout=900)
    assert wrong_autos(doc, DOCS[case.split("/")[0]]) == [], case


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("case", [f"{k}/scan_light" for k in TABLES] + ["georgia_post/photo"])
def test_scanned_records_keep_every_row(case: str, scans: dict[str, Future[ClassifiedDocument]]) -> None:
    """The floor: a light scan (and the sloping photo) of each record reads every printed course, none
    cut in two or glued to another (the photo's hours cells may stay unread: then they are reviewed)."""
    d = DOCS[case.split("/")[0]]
    doc = scans[case].result(timeout=900)
    assert len(doc.items) == len(d.items), [show(i) for i in doc.items]
    assert all(any(i.start_date == t.start and i.end_date == t.end for i in doc.items) for t in d.items)
