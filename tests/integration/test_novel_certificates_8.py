"""Round 8 of the certificate wording audit (``tests/novel_certificates_8.py``) through the whole read path.

Registration confirmations, an enrolment receipt, an invoice, a course flyer, certificates for teaching a
course, partial attendance, "in progress" and "scheduled to attend", courses failed or left incomplete, a
waiver: pages that name a course and prove no completion of it. As text PDFs none of their items is
credited without a person, each carries the page's reason; the genuine completions worded near them still
read every fact, ``auto``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.novel_certificates import assert_reads_every_fact, render_novel, show, wrong_autos
from tests.novel_certificates_8 import NO_COMPLETION_8, NOVELS_8

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
# "control_result_pass" (no cue before the course, a label grid under it) is `auto`: its title, guessed by
# type size, stands alone under the person and prints a catalog course's name word for word.
KNOWN_REVIEWS: dict[str, str] = {}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("novel8")


def _read(key: str, docs_dir: Path, catalog: Catalog) -> ClassifiedDocument:
    return process_file(render_novel(NOVELS_8[key], docs_dir / f"{key}.pdf"), CFG, catalog, TODAY)


@pytest.mark.parametrize("key", sorted(NO_COMPLETION_8))
def test_no_completion_is_never_credited_alone(key: str, docs_dir: Path, catalog: Catalog) -> None:
    doc = _read(key, docs_dir, catalog)
    assert wrong_autos(doc, NOVELS_8[key]) == []
    for item in doc.items:
        assert item.status == "review", show(item)
        assert any(r.startswith("the page reads as") for r in item.review_reasons), show(item)


@pytest.mark.parametrize("key", sorted(set(NOVELS_8) - NO_COMPLETION_8))
def test_completions_worded_near_them_read_every_fact(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_8[key]
    expected = (n.start_date, n.end_date, n.hours, n.catalog_id, n.category)
    known = KNOWN_REVIEWS.get(key) or ("the title names another length" if n.must_review else None)
    assert_reads_every_fact(_read(key, docs_dir, catalog), n, expected, known)
