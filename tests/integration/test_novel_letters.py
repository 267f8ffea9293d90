"""Employment letters and conference documents unlike the sample layouts, through the whole read path
and the rules (``tests/novel_letters.py``).

The generalization audit's guard for R1, R2 and R6. As text PDFs every letter is an employment letter
naming its officer, with the SRO start it states (never the hire date), the span a month or a year
printed without its day leaves, and what it says of the present; a former SRO is never currently
employed, the end of their service is read as the start is (R1 counts the years from start to end; R2
is not met once the letter dates the end), and R1/R2 conclude exactly what the letter allows.
Conference documents are read as their certificates are: no wrong ``auto`` item, and R6 met only by
NASRO's conference.

As light scans, faxes, phone photos and heavy scans (real tesseract and the second engine, as the CLI
runs) no letter gives a wrong start date, a wrong "still employed", or a wrong R1/R2 verdict (a person
may be asked), and no conference document an ``auto`` item with a wrong fact or a wrong R6.

Bugs this found: letters worded otherwise than the sample's ("was assigned to the School Resource Unit
effective ...", a memo, a letter naming no one after "verify that") were read as certificates or
"other" with no start date; a letter of a former SRO ("from 2012 until 2019") met R2; "since August
2015" was taken as the 1st of August; a hire date ("has been with the Sheriff's Office since ...")
could be taken as the SRO start; a conference certificate listing its sessions' hours was ``auto``
with the first session's; "National School Safety Conference" with no organisation named was ``auto``
school-safety training (NASRO's conference or another's: a person decides); a former SRO's letter
("from August 20, 2012 until June 30, 2019") left R1 and R2 to a person although it settles both, and
"from June 2015 to August 2017" gave a start anywhere up to August 2017.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from datetime import date
from pathlib import Path

import pytest

from certledger.ledgers import document_facts_from_contract
from certledger.pipeline import process_file
from classify.catalog import Catalog, load_catalog
from classify.types import ClassifiedDocument
from extract.config import ExtractConfig
from extract.fields.names import name_tokens
from tests.conftest import require_tesseract
from tests.factories import to_scan
from tests.novel_certificates import (
    Novel,
    facts,
    read_in_two_processes,
    render_novel,
    show,
    truth,
    wrong_autos,
)
from tests.novel_letters import CONFERENCES, LETTERS, NovelLetter, render_letter
from verify.ledger import build_ledger
from verify.policy import default_policy
from verify.rules import add_months
from verify.types import ApplicationFacts, Ledger

TODAY = date(2025, 6, 1)  # the application date
CFG = ExtractConfig(ocr_cache_dir=None)
EMPLOYMENT = {True: "current", False: "ended", None: None}
# The harder degradations, one per document in turn (fax, photo, heavy scan).
HARDER = (("fax", "tiff"), ("photo", "jpeg"), ("scan_heavy", "png"))
EXT = {"png": "png", "tiff": "tif", "jpeg": "jpg", "pdf": "pdf"}
# The course is not sure on the text PDF (a badge's title is its largest line): R6 waits for a person.
R6_BY_A_PERSON = {"badge"}


def ledger_of(doc: ClassifiedDocument, name: str) -> Ledger:
    """The rules on one document of an application that states neither a start date nor employment."""
    app = ApplicationFacts(
        applicant_id="T1",
        name=name,
        agency="Test Agency",
        sro_start_date=None,
        currently_employed=None,
        application_date=TODAY,
    )
    facts_ = document_facts_from_contract(doc.file, doc.to_contract())
    return build_ledger(app, [facts_], [], default_policy())


def expected_r1(n: NovelLetter) -> str:
    if n.start_bounds is None and n.present_term_start is not None and n.employed:
        # two terms, the present one alone long enough: met whichever start counts
        return "met" if add_months(n.present_term_start, 36) <= TODAY else "needs_review"
    if n.start_bounds is None or (n.employed is False and n.end_bounds is None):
        return "needs_review"  # no start stated, or a former SRO with no end: a person counts the years
    earliest, latest = n.start_bounds
    # A former SRO's years run from the start to the end the letter states, not to the application.
    first_end, last_end = n.end_bounds or (TODAY, TODAY)
    if add_months(latest, 36) <= first_end:
        return "met"
    if add_months(earliest, 36) > last_end:
        return "not_met"
    return "needs_review"


def expected_r2(n: NovelLetter) -> str:
    recent = n.letter_date is not None and add_months(TODAY, -12) <= n.letter_date
    if recent and n.employed is False and n.end_bounds is not None:
        return "not_met"  # a former SRO: the letter dates the end of the service
    return "met" if recent and n.employed is True else "needs_review"


def letter_mistakes(doc: ClassifiedDocument, n: NovelLetter) -> list[str]:
    """What a letter's reading must never get wrong, however poor the scan."""
    out = []
    if doc.sro_start_date is not None and doc.sro_start_date != n.start:
        out.append(f"start {doc.sro_start_date} (truth {n.start})")
    if doc.sro_start_range is not None and doc.sro_start_range != n.start_bounds:
        out.append(f"start span {doc.sro_start_range} (truth {n.start_bounds})")
    if doc.sro_end_range is not None and doc.sro_end_range != n.end_bounds:
        out.append(f"end span {doc.sro_end_range} (truth {n.end_bounds})")
    if doc.employment == "current" and n.employed is not True:
        out.append(f"read as still employed ({doc.employment_text!r})")
    ledger = ledger_of(doc, n.participant_name)
    for key, want in (("sro_3_years", expected_r1(n)), ("employed", expected_r2(n))):
        got = ledger.requirements[key]
        if got.verdict != "needs_review" and got.verdict != want:
            out.append(f"{key} {got.verdict} ({got.reason}); truth {want}")
    return out


def r6_mistake(doc: ClassifiedDocument, n: Novel) -> str | None:
    r6 = ledger_of(doc, n.participant_name).requirements["conference"]
    if r6.verdict == "met" and n.catalog_id != "nasro-conference":
        return f"R6 met by {n.issuer!r}'s conference: {r6.reason}"
    return None


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("novel-letters")


def render(key: str, out_dir: Path) -> Path:
    if key in LETTERS:
        return render_letter(LETTERS[key], out_dir / f"{key}.pdf")
    return render_novel(CONFERENCES[key], out_dir / f"{key}.pdf")


@pytest.mark.parametrize("key", sorted(LETTERS))
def test_text_pdf_letter_reads_every_fact(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = LETTERS[key]
    doc = process_file(render(key, docs_dir), CFG, catalog, TODAY)
    assert doc.doc_type == "employment_letter", doc.warnings
    assert doc.items == ()
    assert doc.participant_name is not None
    assert name_tokens(doc.participant_name.text) == name_tokens(n.participant_name)
    assert (doc.sro_start_date, doc.sro_start_range) == (n.start, n.start_bounds), doc.sro_start_notes
    assert doc.employment == EMPLOYMENT[n.employed], doc.employment_text
    assert doc.sro_end_range == n.end_bounds, doc.to_contract()
    assert doc.document_date == n.letter_date
    ledger = ledger_of(doc, n.participant_name)
    assert ledger.requirements["sro_3_years"].verdict == expected_r1(n), ledger.requirements["sro_3_years"]
    assert ledger.requirements["employed"].verdict == expected_r2(n), ledger.requirements["employed"]
    if n.start is None:  # a person is told why
        assert doc.sro_start_notes, doc.to_contract()


@pytest.mark.parametrize("key", sorted(CONFERENCES))
def test_text_pdf_conference_reads_every_fact(key: str, docs_dir: Path, catalog: Catalog) -> None:
    n = CONFERENCES[key]
    doc = process_file(render(key, docs_dir), CFG, catalog, TODAY)
    assert doc.doc_type == "conference_attendance"
    assert wrong_autos(doc, n) == []
    assert r6_mistake(doc, n) is None
    assert len(doc.items) == 1, [show(i) for i in doc.items]
    (item,) = doc.items
    assert doc.participant_name is not None
    assert name_tokens(doc.participant_name.text) == name_tokens(n.participant_name)
    if n.must_review:
        assert item.status == "review" and item.review_reasons, show(item)
    else:
        assert facts(item) == truth(n), show(item)
    r6 = ledger_of(doc, n.participant_name).requirements["conference"].verdict
    if n.catalog_id == "nasro-conference":
        assert r6 == ("needs_review" if key in R6_BY_A_PERSON else "met"), show(item)
    else:
        assert r6 == "not_met"


def _cases() -> list[str]:
    """Letters as light scans (the floor) and one harder degradation each; conference documents in
    one harder degradation each (their certificates' light scans are the certificate audit's)."""
    keys = sorted(LETTERS) + sorted(CONFERENCES)
    return [f"{k}/scan_light" for k in sorted(LETTERS)] + [
        f"{k}/{HARDER[i % 3][0]}" for i, k in enumerate(keys)
    ]


@pytest.fixture(scope="module")
def scans(docs_dir: Path, catalog: Catalog) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    """The scans of :func:`_cases`, read in two processes."""
    require_tesseract()
    fmts = dict(HARDER) | {"scan_light": "png"}
    jobs: dict[str, Path] = {}
    for seed, case in enumerate(_cases(), start=11):
        key, kind = case.split("/")
        pdf = render(key, docs_dir)
        # A letter of several pages is scanned to an image-only PDF: PNG and JPEG hold one page.
        fmt = "pdf" if key in LETTERS and len(LETTERS[key].pages) > 1 else fmts[kind]
        jobs[case] = to_scan(pdf, docs_dir / f"{key}-{kind}.{EXT[fmt]}", kind, fmt, seed=seed)  # type: ignore[arg-type]
    with read_in_two_processes(jobs, CFG, catalog, TODAY) as futures:
        yield futures


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("case", _cases())
def test_scanned_letter_or_conference_is_never_concluded_wrongly(
    case: str, scans: dict[str, Future[ClassifiedDocument]]
) -> None:
    key = case.split("/")[0]
    doc = scans[case].result(timeout=900)
    if key in LETTERS:
        assert letter_mistakes(doc, LETTERS[key]) == [], case
    else:
        n = CONFERENCES[key]
        assert wrong_autos(doc, n) == [], case
        assert r6_mistake(doc, n) is None, case


@pytest.mark.tesseract
@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(LETTERS))
def test_light_scan_letter_reads_the_start(key: str, scans: dict[str, Future[ClassifiedDocument]]) -> None:
    """The floor: a light scan of each letter reads its start and the present as its text PDF does."""
    n = LETTERS[key]
    doc = scans[f"{key}/scan_light"].result(timeout=900)
    assert doc.doc_type == "employment_letter"
    assert (doc.sro_start_date, doc.sro_start_range) == (n.start, n.start_bounds), doc.sro_start_notes
    assert doc.employment == EMPLOYMENT[n.employed], doc.employment_text
    assert doc.sro_end_range == n.end_bounds, doc.to_contract()
