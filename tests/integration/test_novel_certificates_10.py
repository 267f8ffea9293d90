"""Round 10 of the certificate wording audit (``tests/novel_certificates_10.py``) through the whole read path.

Spanish, Portuguese, French/English and German certificates (dates in words, "del 3 al 5 de mayo", "no
período de 3 a 5 de maio", "Fecha: 04/05/2022" and "Datum: 07.06.2022" read day first and held for a
person, "Date (JJ/MM/AAAA)" read as stated, "horas", "heures", "Zeitstunden", "Carga horária: 24h"),
lengths written unusually ("Seat time: 02:30:00 (hh:mm:ss)", "2 hrs 30 mins", "150 minutes", "0.75 CEU",
"7.5 POST hours", "Contact hours: 6 (0.6 CEU)", a modules table over its total, "six and one-half (6.5)
hours", "Course length: 5 days" held), online platforms (a webinar "Viewed on", ISO timestamps with
seconds, a quiz's "Score: 85%" held, "PASSED" badges, verification URLs full of digits) and participant
lines ("the bearer" under the name, "Awarded to: RAMIREZ, Luis M.", "SGT. MARIA DELGADO-RUIZ #4412", "Jr.",
"III", a badge number beside the name, "Name: ... Badge #: 0915").

As text PDFs every fact is read right, the holder is the truth's, nothing is credited wrongly, and every
document a person need not see is ``auto``; the light scan of "the bearer" keeps its holder, never the
signer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from tests.conftest import require_tesseract
from tests.novel_certificates import assert_reads_every_fact, read_light_scans, render_novel, wrong_autos
from tests.novel_certificates_10 import NOVELS_10, holder_right

TODAY = date(2025, 6, 1)
CFG = ExtractConfig(ocr_cache_dir=None)
KNOWN_REVIEWS = {
    # a numeric date on a page worded in Spanish or German: read day first, a person confirms the order
    "es_numeric_day_first": "either way round",
    "de_dotted_datum": "either way round",
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("novel10")


def _read(key: str, docs_dir: Path, catalog: Catalog) -> ClassifiedDocument:
    return process_file(render_novel(NOVELS_10[key], docs_dir / f"{key}.pdf"), CFG, catalog, TODAY)


@pytest.mark.parametrize("key", sorted(NOVELS_10))
def test_round10_text_pdfs_read_every_fact(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = NOVELS_10[key]
    expected = (n.start_date, n.end_date, n.hours, n.catalog_id, n.category)
    doc = _read(key, docs_dir, catalog)
    assert holder_right(doc, n), doc.participant_name
    assert_reads_every_fact(doc, n, expected, KNOWN_REVIEWS.get(key))


@pytest.mark.slow
def test_round10_light_scans_keep_the_holder_and_the_day_first_date(tmp_path: Path, catalog: Catalog) -> None:
    """Scanned, "the bearer" still names the person above it (never the signer), and the Spanish page's
    "04/05/2022" is never credited as the 5th of April."""
    require_tesseract()
    keys = ["bearer_below_name", "es_numeric_day_first"]
    with read_light_scans(NOVELS_10, keys, tmp_path, CFG, catalog, TODAY) as futures:
        docs = {k: futures[k].result(timeout=900) for k in keys}
    for key, doc in docs.items():
        n = NOVELS_10[key]
        assert wrong_autos(doc, n) == []
        held = all(i.status == "review" for i in doc.items)
        assert holder_right(doc, n) or held, doc.participant_name
    bearer = docs["bearer_below_name"]
    assert bearer.participant_name is not None and "Winters" not in bearer.participant_name.text
    spanish = docs["es_numeric_day_first"].items
    assert all(i.start_date != date(2022, 4, 5) or i.status == "review" for i in spanish)
