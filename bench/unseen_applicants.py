"""Ten applicants the project has never seen, in the dev corpus' format, for a verdict-level audit.

    python bench/unseen_applicants.py OUTDIR

Each applicant is a folder with ``manifest.json`` (with ``expected`` verdicts) and its documents, each
beside a ``<file>.truth.json``. The documents are the project's own fixtures in formats the dev
corpus never shows (state POST records, online academies, FEMA, ALICE, NCJTC, CPI, ILEETA, rosters, a
bilingual certificate, other wordings of letters and conference documents: ``tests/issuer_formats.py``,
``tests/novel_certificates.py``, ``tests/novel_letters.py``) plus certificates drawn from
:mod:`certledger.samples` specs; a few are degraded to scans, faxes and photos with ``to_scan``.

A fixture drawn for another person is redrawn for the applicant: :class:`Renamed` rewrites the
fixture person's name (full, capitals, "LAST, FIRST M.", surname and first name alone) in every
string drawn. A document meant to name someone else is drawn unchanged.

The expected verdicts are set by hand below from the rules (shared/docs/practitioner-rules.md) and the
dev corpus README's interpretations; each applicant's comment shows the arithmetic. They are the
verdicts after human confirmation: ``needs_review`` only where the documents cannot settle a rule.
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from certledger.samples import (
    NASRO,
    ImageFormat,
    ScanKind,
    TranscriptRow,
    TranscriptSpec,
    _cert,
    _new_canvas,
    render_certificate_pdf,
    render_transcript_pdf,
    to_scan,
)
from certledger.samples import truth as spec_truth
from tests.issuer_formats import DOCS as ISSUER
from tests.novel_certificates import NOVELS, Novel
from tests.novel_letters import CONFERENCES, LETTERS

APP = "2025-06-02"  # most applications: the 10-year window opens 2015-06-02
MET = "met"
NOT = "not_met"
REVIEW = "needs_review"


# ------------------------------------------------------------------------------------ renaming


def _name_forms(name: str) -> list[tuple[str, str]]:
    """(printed form, role) of a person's name: full, 'Last, First M.', surname, first name."""
    parts = [p for p in name.split() if p.rstrip(".").lower() not in {"deputy", "officer", "sgt"}]
    first, last = parts[0], parts[-1]
    middle = " ".join(parts[1:-1])
    full = " ".join(parts)
    comma = f"{last}, {first}" + (f" {middle}" if middle else "")
    forms = [
        (full, "full"),
        (comma, "comma"),
        (f"{first} {last}", "short"),
        (f"{last}, {first}", "lastfirst"),
    ]
    forms += [(last, "last"), (first, "first")]
    return forms


class Renamed:
    """A reportlab canvas that draws another person's name wherever the fixture draws its own."""

    def __init__(self, canvas: Any, old: str, new: str) -> None:
        self._c = canvas
        new_forms = dict((role, text) for text, role in _name_forms(new))
        pairs: list[tuple[str, str]] = []
        for text, role in _name_forms(old):
            pairs.append((text, new_forms[role]))
            pairs.append((text.upper(), new_forms[role].upper()))
        pairs.sort(key=lambda p: -len(p[0]))
        self._map = dict(pairs)
        self._re = re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p, _ in pairs) + r")(?!\w)")

    def _swap(self, text: str) -> str:
        return self._re.sub(lambda m: self._map[m.group(1)], text)

    def drawString(self, x: float, y: float, text: str, *a: Any, **kw: Any) -> Any:
        return self._c.drawString(x, y, self._swap(text), *a, **kw)

    def drawCentredString(self, x: float, y: float, text: str, *a: Any, **kw: Any) -> Any:
        return self._c.drawCentredString(x, y, self._swap(text), *a, **kw)

    def drawRightString(self, x: float, y: float, text: str, *a: Any, **kw: Any) -> Any:
        return self._c.drawRightString(x, y, self._swap(text), *a, **kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._c, name)


def _draw_pdf(
    path: Path,
    pagesize: tuple[float, float],
    pages: Sequence[Callable[..., None]],
    old: str | None,
    new: str | None,
) -> None:
    c = _new_canvas(path, pagesize, "document")
    target: Any = Renamed(c, old, new) if old and new and old != new else c
    for draw in pages:
        draw(target, float(pagesize[0]), float(pagesize[1]))
        c.showPage()
    c.save()
    if old and new and old != new:
        text = "\n".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(path))
        left = [
            f
            for f, role in _name_forms(old)
            if role in ("last", "full") and f not in new and re.search(rf"(?i)\b{f}\b", text)
        ]
        assert not left, f"{path.name}: {left} still printed"


# ------------------------------------------------------------------------------------ documents


@dataclass
class Doc:
    """One uploaded document: how to draw it, its truth, and how it is degraded."""

    file: str
    draw: Callable[[Path], None]
    truth: dict[str, Any]
    kind: ScanKind | None = None
    fmt: ImageFormat = "pdf"


def _item(
    title: str, start: date, end: date, hours: float | None, category: str | None, catalog_id: str | None
) -> dict[str, Any]:
    return {
        "course_title": title,
        "catalog_id": catalog_id,
        "category": category,
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "hours": hours,
        "page": 1,
    }


def _base_truth(
    file: str, doc_type: str, name: str, issuer: str, items: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "file": file,
        "doc_type": doc_type,
        "participant_name": name,
        "issuer": issuer,
        "sro_start_date": None,
        "items": items,
    }


def issuer(file: str, key: str, name: str | None, **scan: Any) -> Doc:
    """A document of tests/issuer_formats.py, redrawn for ``name`` (None: as drawn, for its own person)."""
    d = ISSUER[key]
    old = d.participant_name
    printed = Renamed(None, old, name)._swap(old) if name else old
    items = [_item(t.title, t.start, t.end, t.hours, t.category, t.catalog_id) for t in d.items]
    truth = _base_truth(file, d.doc_type, printed, key, items)
    return Doc(file, lambda p: _draw_pdf(p, d.pagesize, [d.draw], old, name), truth, **scan)


def novel(file: str, key: str, name: str | None, conference: bool = False, **scan: Any) -> Doc:
    """A certificate of tests/novel_certificates.py or a conference document of tests/novel_letters.py."""
    n: Novel = CONFERENCES[key] if conference else NOVELS[key]
    old = n.participant_name
    item = _item(n.course_title, n.start_date, n.end_date, n.hours, n.category, n.catalog_id)
    truth = _base_truth(file, n.doc_type, name or old, n.issuer, [item])
    return Doc(file, lambda p: _draw_pdf(p, n.pagesize, [n.draw], old, name), truth, **scan)


def letter_doc(file: str, key: str, **scan: Any) -> Doc:
    """An employment letter of tests/novel_letters.py, for its own person."""
    n = LETTERS[key]
    truth = _base_truth(file, "employment_letter", n.participant_name, "", [])
    truth["sro_start_date"] = n.start.isoformat() if n.start else None
    truth["document_date"] = n.letter_date.isoformat() if n.letter_date else None
    return Doc(file, lambda p: _draw_pdf(p, letter, n.pages, None, None), truth, **scan)


def cert(
    file: str,
    name: str,
    title: str,
    issuer_name: str,
    start: str,
    end: str,
    hours: float,
    category: str,
    catalog_id: str | None,
    layout: str = "form_fields",
    heading: str = "Certificate of Completion",
    **scan: Any,
) -> Doc:
    """A certificate drawn from a :class:`CertificateSpec` in one of the samples' layouts."""
    number = f"C-{zlib.crc32((file + title).encode()) % 90000 + 10000}"
    spec = _cert(name, title, issuer_name, date.fromisoformat(start), date.fromisoformat(end), hours, "hours",
                 "long", category, catalog_id, certificate_number=number, heading=heading)  # fmt: skip
    return Doc(file, lambda p: render_certificate_pdf(spec, layout, p), spec_truth(spec, file), **scan)


def transcript_doc(
    file: str,
    agency: str,
    printed_name: str,
    rows: Sequence[TranscriptRow],
    layout: str = "whitespace",
    **scan: Any,
) -> Doc:
    spec = TranscriptSpec(agency=agency, employee_name=printed_name, rows=tuple(rows), employee_id="E-4471")
    return Doc(file, lambda p: render_transcript_pdf(spec, layout, p), spec_truth(spec, file), **scan)


def _annual_rows(
    title: str, hours: float, printed: str, cat: str, catalog_id: str | None, years: range
) -> list[TranscriptRow]:
    return [
        TranscriptRow(
            title, "T-104", "In-House", date(y, 2, 6), date(y, 2, 6), hours, printed, cat, catalog_id
        )
        for y in years
    ]


# ------------------------------------------------------------------------------------ applicants


@dataclass
class Applicant:
    applicant_id: str
    name: str
    agency: str
    sro_start_date: str | None
    currently_employed: bool | None
    application_date: str
    scenario: str
    expected: dict[str, str]
    hours: float
    docs: list[Doc] = field(default_factory=list)


def _req(
    r1: str = MET, r2: str = MET, r3: str = MET, r4: str = MET, r5: str = MET, r6: str = MET
) -> dict[str, str]:
    return {
        "sro_3_years": r1,
        "employed": r2,
        "basic": r3,
        "advanced": r4,
        "additional_160": r5,
        "conference": r6,
    }


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # U01 eligible, 164 h, just over 160. R5: TCOLE PSR 20 + 24 + ASR 8 (2023-02-13) = 52 (CIT and the
    # legislative update are unrelated: 0); OPOTA: its ASR (2022-04-12) is the same course a year
    # earlier: annual, 0; Juvenile Law Update 4 + CIT-Y 40 = 44; ALICE 16; NCJTC 20; Project Unite 16;
    # Interviewing and Interrogating Juveniles 16; CPI NCI unrelated 0. 52+44+16+20+16+16 = 164.
    n = "Robert A. Martinez"
    out.append(
        Applicant(
            "U01",
            n,
            "Harlan County Sheriff's Office",
            "2016-08-01",
            True,
            APP,
            "eligible_just_over",
            _req(),
            164.0,
            [
                cert(
                    "01-basic.pdf",
                    n,
                    "Basic School Resource Officer Course",
                    NASRO,
                    "2016-09-12",
                    "2016-09-16",
                    40,
                    "basic",
                    "nasro-basic",
                ),
                novel("02-advanced.pdf", "issue_first", n, kind="scan_light", fmt="pdf"),
                novel("03-conference.jpg", "annual_ordinal", n, conference=True, kind="photo", fmt="jpeg"),
                issuer("04-tcole-psr.pdf", "tcole_psr", None),
                issuer("05-opota.pdf", "ohio_opota", n),
                issuer("06-alice.pdf", "alice_instructor", n),
                issuer("07-ncjtc.pdf", "ncjtc", n),
                novel("08-project-unite.pdf", "long_title", n),
                novel("09-juvenile-interviews.pdf", "table_row", n),
                issuer("10-cpi.pdf", "cpi_nci", n),
            ],
        )
    )

    # U02 157 h, just under 160. R5: CA POST: SRO Basic (not NASRO's; NASRO Basic satisfies R3) 40,
    # Juvenile Law and Procedures Update 2020-03-05 8 -> annual, the 2021-03-03 letter certificate of the
    # same catalog course (7.5) is the latest; Interviewing Juveniles 16; School Threat Assessment 8; Gang
    # Awareness 8; Child Abuse Investigation 24 -> 96 + 7.5; NCJTC 20; YMHFA 8; trauma-informed (CEUs) 8;
    # SRP 4; School EOP 8; bullying 4; IS-907 1.5. 103.5+20+8+8+4+8+4+1.5 = 157.
    n = "Daniel J. Okafor"
    out.append(
        Applicant(
            "U02",
            n,
            "Oakland Unified School District PD",
            "2015-01-10",
            True,
            APP,
            "fail_hours_just_under",
            _req(r5=NOT),
            157.0,
            [
                novel("01-basic.tif", "caps_basic", n, kind="fax", fmt="tiff"),
                novel("02-advanced.pdf", "signed_this", n),
                novel("03-conference.pdf", "conference_days", n),
                issuer("04-ca-post-profile.pdf", "ca_post_profile", None),
                novel("05-juvenile-law.pdf", "letter_confirm", n),
                issuer("06-ncjtc.pdf", "ncjtc", n),
                novel("07-ymhfa.pdf", "two_column", n),
                novel("08-trauma-ceu.pdf", "ceus_only", n),
                novel("09-srp-card.pdf", "wallet_card", n),
                novel("10-eop.pdf", "signer_first", n),
                novel("11-bullying.pdf", "participated", n),
                novel("12-is907.pdf", "duration", n),
            ],
        )
    )

    # U03 a state POST's Basic SRO course (Georgia) on a 2025 application: R3 not met. R5: Georgia's
    # basic 40 (counts here, it cannot meet R3) + cyberbullying 2; FDLE: JSO 24 + its SRO Basic 40 + YMHFA
    # 8 + threat assessment 16 = 88; TX SBLE 20; CART 20. 42+88+20+20 = 170.
    n = "Latoya M. Jenkins"
    out.append(
        Applicant(
            "U03",
            n,
            "Clayton County Public Schools PD",
            "2017-08-01",
            True,
            APP,
            "fail_state_basic",
            _req(r3=NOT),
            170.0,
            [
                issuer("01-georgia-post.pdf", "georgia_post", None),
                cert(
                    "02-advanced.pdf",
                    n,
                    "Advanced School Resource Officer Course",
                    NASRO,
                    "2020-02-10",
                    "2020-02-12",
                    24,
                    "advanced",
                    "nasro-advanced",
                    layout="sidebar",
                ),
                novel("03-conference-letter.pdf", "prose_letter", n, conference=True),
                issuer("04-fdle-atms.pdf", "fdle_atms", n),
                issuer("05-sble.pdf", "txssc_4064", n, kind="scan_heavy", fmt="pdf"),
                issuer("06-cart.pdf", "ncjtc", n),
            ],
        )
    )

    # U04 a former SRO: nothing on the application; the letter (2025-02-14) says he served 2012-08-20 to
    # 2019-06-30 and transferred. R1: almost 7 years as an SRO: met. R2: the letter says the assignment
    # ended: not met. R5: TCOLE 52 + in-service (juvenile law 4, EOP 8) + the roster's juvenile law
    # (same course, same day: once) + CIT-Y 40 + YMHFA 8 + CART 20 + ALICE 16 + Project Unite 16:
    # 52+12+40+8+20+16+16 = 164.
    n = "Gregory P. Santos"
    out.append(
        Applicant(
            "U04",
            n,
            "Westfield Police Department",
            None,
            None,
            APP,
            "fail_former_sro",
            _req(r2=NOT),
            164.0,
            [
                letter_doc("01-letter.pdf", "former_sro"),
                cert(
                    "02-basic.pdf",
                    n,
                    "Basic School Resource Officer Course",
                    NASRO,
                    "2013-01-07",
                    "2013-01-11",
                    40,
                    "basic",
                    "nasro-basic",
                    layout="letter",
                ),
                cert(
                    "03-advanced.pdf",
                    n,
                    "Advanced School Resource Officer Course",
                    NASRO,
                    "2016-04-04",
                    "2016-04-06",
                    24,
                    "advanced",
                    "nasro-advanced",
                    layout="centered_landscape",
                ),
                novel("04-conference-badge.pdf", "badge", n, conference=True, kind="scan_light", fmt="png"),
                issuer("05-tcole.pdf", "tcole_psr", n),
                issuer("06-inservice.pdf", "sheriff_inservice", n),
                issuer("07-roster.pdf", "sign_in_roster", n),
                novel("08-cit-y.pdf", "per_day", n),
                novel("09-ymhfa.pdf", "two_column", n),
                issuer("10-cart.pdf", "ncjtc", n),
                issuer("11-alice.pdf", "alice_instructor", n),
                novel("12-unite.pdf", "long_title", n),
            ],
        )
    )

    # U05 the SRO start only in a letter ("on the 3rd day of September, 2014"); R4 by Supervisors and
    # Management. R5: bilingual youth crisis 8; Vector transcript: 1.25 + 1 (child abuse) + ASR 2 (2023-03-20,
    # the latest ASR) + bullying 1 = 5.25 (bloodborne, pursuit: 0); the Vector certificate repeats the
    # child-abuse course on the same day: once; OPOTA: ASR 2022: annual, 0; 4 + 40 = 44; FDLE 88 (its SRO
    # Basic counts); CART 20. 8+5.25+44+88+20 = 165.25.
    n = "Rosa M. Delgado"
    out.append(
        Applicant(
            "U05",
            n,
            "Lincoln Public Schools Police",
            None,
            True,
            APP,
            "eligible_letter_start_supervisors",
            _req(),
            165.25,
            [
                letter_doc("01-letter.pdf", "ordinal_assignment"),
                cert(
                    "02-basic.jpg",
                    n,
                    "Basic School Resource Officer Course",
                    NASRO,
                    "2015-02-09",
                    "2015-02-13",
                    40,
                    "basic",
                    "nasro-basic",
                    layout="centered_landscape",
                    kind="photo",
                    fmt="jpeg",
                ),
                cert(
                    "03-supervisors.pdf",
                    n,
                    "School Resource Officer Supervisors and Management Course",
                    NASRO,
                    "2019-10-14",
                    "2019-10-16",
                    24,
                    "supervisor",
                    "nasro-supervisors",
                    kind="scan_heavy",
                    fmt="pdf",
                ),
                novel("04-conference.pdf", "conference_days", n),
                issuer("05-bilingual.pdf", "bilingual", n),
                issuer("06-vector.pdf", "vector_transcript", n),
                issuer("07-vector-cert.pdf", "vector_certificate", n),
                issuer("08-opota.pdf", "ohio_opota", n),
                issuer("09-fdle.pdf", "fdle_atms", n),
                issuer("10-cart.pdf", "ncjtc", n),
            ],
        )
    )

    # U06 Supervisors (2018) and Advanced (2019): R4 uses the earlier, the Advanced counts in R5. The
    # only conference is the School Safety Advocacy Council's "National School Safety Conference": R6
    # not met (its 24 h are school safety training). ILEETA: unrelated, 0. R5: ALICE 16 + Advanced 24 +
    # SSAC 24 + SBLE 20 + YMHFA 8 + in-service juvenile law 4 (2024; the 2021 juvenile-law letter
    # certificate: annual, 0) + EOP 8 + roster (duplicate) 0 + CIT-Y 40 + trauma 8 + interviewing 16 = 168.
    n = "Kevin J. Thornton"
    out.append(
        Applicant(
            "U06",
            n,
            "Maple Grove Police Department",
            "2014-02-03",
            True,
            APP,
            "fail_conference_ssac_both_advanced",
            _req(r6=NOT),
            168.0,
            [
                cert(
                    "01-basic.png",
                    n,
                    "Basic School Resource Officer Course",
                    NASRO,
                    "2014-06-02",
                    "2014-06-06",
                    40,
                    "basic",
                    "nasro-basic",
                    layout="sidebar",
                    kind="scan_light",
                    fmt="png",
                ),
                cert(
                    "02-supervisors.pdf",
                    n,
                    "School Resource Officer Supervisors and Management Course",
                    NASRO,
                    "2018-04-16",
                    "2018-04-18",
                    24,
                    "supervisor",
                    "nasro-supervisors",
                    layout="letter",
                ),
                novel("03-advanced.pdf", "signed_this", n),
                novel("04-ssac-conference.pdf", "ssac_national", n, conference=True),
                issuer("05-ileeta.pdf", "ileeta", n),
                issuer("06-alice.pdf", "alice_instructor", None),
                issuer("07-sble.pdf", "txssc_4064", n),
                novel("08-ymhfa.pdf", "two_column", n),
                issuer("09-inservice.pdf", "sheriff_inservice", n),
                issuer("10-roster.pdf", "sign_in_roster", n),
                novel("11-juvenile-law.pdf", "letter_confirm", n),
                novel("12-cit-y.pdf", "per_day", n),
                novel("13-trauma.pdf", "ceus_only", n),
                novel("14-interviewing.pdf", "table_row", n),
            ],
        )
    )

    # U07 no SRO start date anywhere (no letter): R1 needs review. R5: TCOLE 52 + CA POST 104 (its SRO
    # Basic counts) + ALICE 16 = 172.
    n = "Marisol T. Greene"
    out.append(
        Applicant(
            "U07",
            n,
            "Pine Valley Sheriff's Office",
            None,
            True,
            APP,
            "review_start",
            _req(r1=REVIEW),
            172.0,
            [
                cert(
                    "01-basic.pdf",
                    n,
                    "Basic School Resource Officer Course",
                    NASRO,
                    "2017-07-10",
                    "2017-07-14",
                    40,
                    "basic",
                    "nasro-basic",
                    layout="letter",
                    kind="fax",
                    fmt="pdf",
                ),
                cert(
                    "02-advanced.pdf",
                    n,
                    "Advanced School Resource Officer Course",
                    NASRO,
                    "2019-05-06",
                    "2019-05-08",
                    24,
                    "advanced",
                    "nasro-advanced",
                    layout="form_fields",
                ),
                novel("03-conference.pdf", "conference_days", n),
                issuer("04-tcole.pdf", "tcole_psr", n),
                issuer("05-ca-post.pdf", "ca_post_profile", n),
                issuer("06-alice.pdf", "alice_instructor", n),
            ],
        )
    )

    # U08 the 10-year window's boundary (2015-06-02 inside, 2015-06-01 out) decides R5, and two
    # certificates name other people. SRO start from a memo (2015-01-05). R5: child abuse ending on the
    # boundary day 24 + OPOTA 52 + FDLE 88 = 164; interviewing juveniles ending 2015-06-01: 0; Oscar
    # Knapp's bullying and Angela Brooks' IS-907: 0.
    n = "Nathan C. Pruitt"
    out.append(
        Applicant(
            "U08",
            n,
            "Riverbend Police Department",
            None,
            True,
            APP,
            "eligible_window_boundary",
            _req(),
            164.0,
            [
                letter_doc("01-memo.pdf", "memo"),
                cert(
                    "02-basic.pdf",
                    n,
                    "Basic School Resource Officer Course",
                    NASRO,
                    "2015-03-02",
                    "2015-03-06",
                    40,
                    "basic",
                    "nasro-basic",
                    layout="centered_landscape",
                ),
                cert(
                    "03-advanced.pdf",
                    n,
                    "Advanced School Resource Officer Course",
                    NASRO,
                    "2016-09-19",
                    "2016-09-21",
                    24,
                    "advanced",
                    "nasro-advanced",
                    layout="sidebar",
                    kind="scan_light",
                    fmt="pdf",
                ),
                novel("04-conference.pdf", "sessions", n, conference=True),
                cert(
                    "05-child-abuse.pdf",
                    n,
                    "Child Abuse and Neglect Investigations",
                    "State Attorney General's Office",
                    "2015-05-31",
                    "2015-06-02",
                    24,
                    "juvenile",
                    "child-abuse-inv",
                    layout="form_fields",
                ),
                cert(
                    "06-interviewing.pdf",
                    n,
                    "Interviewing and Interrogating Juveniles",
                    "Regional Law Enforcement Academy",
                    "2015-05-31",
                    "2015-06-01",
                    16,
                    "juvenile",
                    "juvenile-interview",
                    layout="letter",
                ),
                issuer("07-opota.pdf", "ohio_opota", n),
                issuer("08-fdle.pdf", "fdle_atms", n),
                novel("09-bullying-other.pdf", "participated", None),
                issuer("10-is907-other.pdf", "fema_is907", None),
            ],
        )
    )

    # U09 application 2022-11-15 (before 2023): a state academy's basic SRO course meets R3. SRO start
    # from a letter dated 2022-09-30 (2019-10-01: three years on 2022-10-01), still an SRO. R5 (window
    # from 2012-11-15): NCJA Advanced SRO Survival (not NASRO's: counts) 24 + YMHFA 8 + juvenile law 7.5
    # + interviewing 16 + trauma 8 + IS-907 1.5 + EOP 8 + CIT-Y 40 + ALICE 16 + Spanish youth crisis 24
    # + threat assessment 16 = 169.
    n = "Miguel A. Herrera"
    out.append(
        Applicant(
            "U09",
            n,
            "Sunset Ridge Police Department",
            None,
            None,
            "2022-11-15",
            "eligible_pre2023_state_basic",
            _req(),
            169.0,
            [
                letter_doc("01-letter.pdf", "dated_long_ago"),
                cert(
                    "02-state-basic.pdf",
                    n,
                    "School Resource Officer Basic Course",
                    "Arizona Peace Officer Standards and Training Board",
                    "2019-11-04",
                    "2019-11-08",
                    40,
                    "basic",
                    None,
                    layout="form_fields",
                    kind="scan_light",
                    fmt="pdf",
                ),
                novel("03-advanced.pdf", "issue_first", n),
                cert(
                    "04-ncja-advanced.pdf",
                    n,
                    "Advanced SRO Survival",
                    "North Carolina Justice Academy",
                    "2020-08-10",
                    "2020-08-12",
                    24,
                    "advanced",
                    "ncja-sro-advanced",
                    layout="letter",
                ),
                novel("05-conference.pdf", "year_only", n, conference=True),
                novel("06-ymhfa.pdf", "two_column", n),
                novel("07-juvenile-law.pdf", "letter_confirm", n),
                novel("08-interviewing.pdf", "table_row", n),
                novel("09-trauma.pdf", "ceus_only", n),
                novel("10-is907.pdf", "duration", n),
                novel("11-eop.pdf", "signer_first", n),
                novel("12-cit-y.pdf", "per_day", n),
                issuer("13-alice.pdf", "alice_instructor", n),
                novel("14-crisis-es.pdf", "spanish", n),
                cert(
                    "15-threat.pdf",
                    n,
                    "Threat Assessment in Schools",
                    "State School Safety Center",
                    "2020-10-05",
                    "2020-10-06",
                    16,
                    "school_safety",
                    None,
                    layout="sidebar",
                ),
            ],
        )
    )

    # U10 a yearly juvenile-law in-service (2020-2024) counted once; the same CEU certificate uploaded twice
    # (a text PDF and a phone photo); a state SRO association's conference, not NASRO's: R6 not met. R5:
    # ASR badge 2024-01-18 8 (TCOLE's 2023 ASR and OPOTA's 2022: annual, 0); TCOLE 20 + 24; juvenile law
    # 2024-02-06 4 (the 2020-2023 rows and OPOTA's 2022: annual, 0); trauma 8 once; FASRO conference 20
    # (school safety); CIT-Y 40 (OPOTA); CART 20; YMHFA 8; SRP 4; interviewing 16.
    # 8+44+4+8+20+40+20+8+4+16 = 172.
    n = "Hannah C. Liu"
    rows = _annual_rows("Juvenile Law Update", 4, "Juvenile", "juvenile", "juvenile-law", range(2020, 2025))
    out.append(
        Applicant(
            "U10",
            n,
            "Lakeview Police Department",
            "2018-08-20",
            True,
            APP,
            "fail_conference_state_assoc_annual",
            _req(r6=NOT),
            172.0,
            [
                novel("01-basic.pdf", "caps_basic", n),
                cert(
                    "02-advanced.pdf",
                    n,
                    "Advanced School Resource Officer Course",
                    NASRO,
                    "2021-11-15",
                    "2021-11-17",
                    24,
                    "advanced",
                    "nasro-advanced",
                    layout="form_fields",
                    kind="photo",
                    fmt="jpeg",
                ),
                novel("03-conference.pdf", "state_sro_association", n, conference=True),
                novel("04-asr-badge.pdf", "badge", None),
                issuer("05-tcole.pdf", "tcole_psr", n),
                transcript_doc("06-inservice.pdf", "Lakeview Police Department", "LIU, HANNAH C.", rows),
                novel("07-trauma.pdf", "ceus_only", n),
                novel("08-trauma-photo.jpg", "ceus_only", n, kind="photo", fmt="jpeg"),
                issuer("09-opota.pdf", "ohio_opota", n),
                issuer("10-cart.pdf", "ncjtc", n),
                novel("11-ymhfa.pdf", "two_column", n),
                novel("12-srp.pdf", "wallet_card", n),
                novel("13-interviewing.pdf", "table_row", n),
            ],
        )
    )
    return out


# ------------------------------------------------------------------------------------ writing


def write(root: Path, only: Sequence[str] = ()) -> list[Path]:
    """Write the applicants (all, or those in ``only``) under ``root``; returns their folders."""
    return write_applicants(root, applicants(), only)


def write_applicants(
    root: Path, apps: Sequence[Applicant], only: Sequence[str] = (), seed: int = 700
) -> list[Path]:
    """Write ``apps`` (all, or those in ``only``) in the dev corpus' format; ``seed`` varies the scans."""
    folders = []
    for n_app, a in enumerate(apps):
        if only and a.applicant_id not in only:
            continue
        folder = root / a.applicant_id
        folder.mkdir(parents=True, exist_ok=True)
        for k, d in enumerate(a.docs):
            target = folder / d.file
            if d.kind is None:
                d.draw(target)
                fmt, degradation = "pdf_text", "clean"
            else:
                drawn = folder / f".{k}.pdf"
                d.draw(drawn)
                to_scan(
                    drawn, target, d.kind, d.fmt, seed=seed + 31 * n_app + k, fax_from=a.agency.upper()[:28]
                )
                drawn.unlink()
                fmt = {"pdf": "pdf_scan", "png": "png", "jpeg": "jpeg", "tiff": "tiff"}[d.fmt]
                degradation = d.kind
            truth = dict(d.truth, format=fmt, degradation=degradation, legible=True)
            (folder / f"{d.file}.truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")
        manifest = {
            "applicant_id": a.applicant_id,
            "name": a.name,
            "agency": a.agency,
            "sro_start_date": a.sro_start_date,
            "currently_employed": a.currently_employed,
            "application_date": a.application_date,
            "documents": [d.file for d in a.docs],
            "expected": {
                "requirements": a.expected,
                "additional_hours_credited": a.hours,
                "eligible": all(v == MET for v in a.expected.values()),
            },
            "expected_detail": {"scenario": a.scenario},
        }
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        folders.append(folder)
    return folders


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for f in write(Path(sys.argv[1]), sys.argv[2:]):
        print(f)
