"""Certificates laid out and worded unlike the four layouts of :mod:`certledger.samples`.

The generalization audit's fixtures: each one is drawn here with reportlab (a text PDF) and carries
its truth. They differ from the sample layouts on purpose: labels on the left without colons, a
wallet card, a letter in prose with an ordinal date, a one-row table, CEUs only, "1h 30m", a month-only
date, an issue date beside the course date, an instructor named beside the participant, long wrapped
titles, titles in capitals, and footers full of phone numbers, URLs and certificate ids.

``must_review`` marks the documents where no reading can be sure (a month-only date): their item must
never be ``auto``. Everywhere else a fully right reading is the goal and a wrong ``auto`` is the bug.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import landscape, letter

from certledger.pipeline import process_file
from certledger.samples import (
    FEMA,
    NASRO,
    _centered_block,
    _left_block,
    _new_canvas,
    _seal,
    _signature,
    to_scan,
)
from classify.catalog import Catalog
from classify.types import ClassifiedDocument, ClassifiedItem
from extract.config import ExtractConfig
from extract.fields.names import name_tokens

Draw = Callable[[Any, float, float], None]


@dataclass(frozen=True)
class Novel:
    key: str
    participant_name: str
    course_title: str
    issuer: str
    start_date: date
    end_date: date
    hours: float | None
    catalog_id: str | None
    category: str | None
    draw: Draw
    pagesize: tuple[float, float] = letter
    doc_type: str = "certificate"
    must_review: bool = False  # no reading can be sure: the item must go to a person


NOVELS: dict[str, Novel] = {}


def novel(
    key: str,
    *,
    name: str,
    title: str,
    issuer: str,
    start: date,
    end: date | None = None,
    hours: float | None,
    catalog_id: str | None,
    category: str | None,
    pagesize: tuple[float, float] = letter,
    doc_type: str = "certificate",
    must_review: bool = False,
    registry: dict[str, Novel] = NOVELS,
) -> Callable[[Draw], Draw]:
    def register(draw: Draw) -> Draw:
        registry[key] = Novel(
            key,
            name,
            title,
            issuer,
            start,
            end or start,
            hours,
            catalog_id,
            category,
            draw,
            pagesize,
            doc_type,
            must_review,
        )
        return draw

    return register


def show(item: ClassifiedItem) -> str:
    """An item on one line, for assertion messages."""
    return (
        f"{item.status} {item.course_title!r} {item.catalog_id}/{item.category} "
        f"{item.start_date}..{item.end_date} {item.hours} h reasons={list(item.review_reasons)}"
    )


def facts(item: ClassifiedItem) -> tuple[object, ...]:
    return (item.start_date, item.end_date, item.hours, item.catalog_id, item.category)


def truth(n: Novel) -> tuple[object, ...]:
    return (n.start_date, n.end_date, n.hours, n.catalog_id, n.category)


def wrong_autos(doc: ClassifiedDocument, n: Novel) -> list[str]:
    return [show(i) for i in doc.items if i.status == "auto" and (n.must_review or facts(i) != truth(n))]


def render_novel(n: Novel, path: Path | str) -> Path:
    out = Path(path)
    c = _new_canvas(out, n.pagesize, f"certificate {n.key}")
    n.draw(c, float(n.pagesize[0]), float(n.pagesize[1]))
    c.showPage()
    c.save()
    return out


def _centred(c: Any, w: float, h: float, rows: list[tuple[str, float, float, str]]) -> None:
    """Lines centred on the page: (font, size, distance of the baseline below the top, text)."""
    for font, size, below_top, text in rows:
        c.setFont(font, size)
        c.drawCentredString(w / 2, h - below_top, text)


def _frame(c: Any, w: float, h: float, color: str = "#1f3a68") -> None:
    c.setStrokeColor(HexColor(color))
    c.setLineWidth(4)
    c.rect(20, 20, w - 40, h - 40)
    c.setStrokeColor(black)


def centred_draw(
    key: str,
    doc: str,
    frame: str,
    rows: list[tuple[str, float, float, str]],
    signature: tuple[float, float, str, str],
    footer: tuple[tuple[float, float, str], ...] | list[tuple[float, float, str]] = (),
) -> Draw:
    """A framed page of centred lines with a signature and a footer in small print."""

    def draw(c: Any, w: float, h: float) -> None:
        _frame(c, w, h, frame)
        _centred(c, w, h, rows)
        x, y, signer, title = signature
        _signature(c, x, y, 200, key, signer, title)
        c.setFont("Helvetica", 8)
        for fx, fy, text in footer:
            c.drawString(fx, fy, text)

    draw.__doc__ = doc
    return draw


def centred_novel(
    key: str,
    doc: str,
    *,
    frame: str,
    rows: list[tuple[str, float, float, str]],
    signature: tuple[float, float, str, str],
    footer: tuple[tuple[float, float, str], ...] | list[tuple[float, float, str]] = (),
    **truth: Any,
) -> None:
    """Register a framed certificate of centred lines with a signature: most layouts in one call.

    ``doc`` says what the fixture tries; ``truth`` takes the arguments of :func:`novel`.
    """
    novel(key, **truth)(centred_draw(key, doc, frame, rows, signature, footer))


@contextmanager
def read_in_two_processes(
    jobs: dict[str, Path], cfg: ExtractConfig, catalog: Catalog, today: date
) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    """Every file read as the CLI reads it (tesseract, then the second engine), in at most two processes;
    the reads not yet done are cancelled on exit."""
    ctx = multiprocessing.get_context("spawn")  # onnxruntime and fork do not mix
    with ProcessPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1)), mp_context=ctx) as pool:
        read = partial(process_file, cfg=cfg, catalog=catalog, today=today)
        futures = {k: pool.submit(read, p) for k, p in jobs.items()}
        yield futures
        for f in futures.values():
            f.cancel()


def assert_reads_every_fact(
    doc: ClassifiedDocument, n: Novel, expected: tuple[object, ...], known_review: str | None
) -> None:
    """``doc`` read as a text PDF: one item of ``expected`` facts, never credited wrongly, the holder's
    name, and ``auto`` unless the document must be reviewed or is known to be (``known_review``)."""
    assert wrong_autos(doc, n) == []
    assert len(doc.items) == 1, [show(i) for i in doc.items]
    (item,) = doc.items
    assert doc.doc_type == n.doc_type
    assert doc.participant_name is not None
    assert name_tokens(doc.participant_name.text) == name_tokens(n.participant_name)
    assert facts(item) == expected, show(item)
    if n.must_review:
        assert item.status == "review" and item.review_reasons, show(item)
    elif known_review is not None:
        assert any(known_review in r for r in item.review_reasons), show(item)
    else:
        assert item.status == "auto", show(item)


def light_scans(novels: Mapping[str, Novel], keys: Iterable[str], folder: Path) -> dict[str, Path]:
    """Light scans of ``keys``' documents, drawn with the seeds the benches use (``sorted`` order from 5)."""
    scans: dict[str, Path] = {}
    for key in keys:
        seed = sorted(novels).index(key) + 5
        pdf = render_novel(novels[key], folder / f"{key}.pdf")
        scans[key] = to_scan(pdf, folder / f"{key}-scan_light.png", "scan_light", "png", seed=seed)
    return scans


@contextmanager
def read_light_scans(
    novels: Mapping[str, Novel],
    keys: Iterable[str],
    folder: Path,
    cfg: ExtractConfig,
    catalog: Catalog,
    today: date,
) -> Iterator[dict[str, Future[ClassifiedDocument]]]:
    """:func:`light_scans` of ``keys`` read as the CLI reads them (:func:`read_in_two_processes`)."""
    with read_in_two_processes(light_scans(novels, keys, folder), cfg, catalog, today) as futures:
        yield futures


def assert_scan_keeps_the_facts(doc: ClassifiedDocument, n: Novel) -> None:
    """A scan read with the text PDF's facts and the holder's name."""
    assert facts(doc.items[0]) == truth(n), show(doc.items[0])
    assert doc.participant_name is not None
    assert name_tokens(doc.participant_name.text) == name_tokens(n.participant_name), n.key


# ------------------------------------------------------------------------------------ fixtures


@novel(
    "two_column",
    name="Tamara J. Whitfield",
    title="Youth Mental Health First Aid",
    issuer="National Council for Mental Wellbeing",
    start=date(2022, 3, 14),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
)
def _two_column(c: Any, w: float, h: float) -> None:
    """Labels on the left without colons, values in a second column."""
    _frame(c, w, h)
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(w / 2, h - 80, "National Council for Mental Wellbeing")
    c.setFont("Helvetica-Bold", 26)
    c.drawCentredString(w / 2, h - 130, "Certificate of Training")
    rows = [
        ("Participant", "Tamara J. Whitfield"),
        ("Course", "Youth Mental Health First Aid"),
        ("Date(s)", "03/14/2022"),
        ("Credit", "8.0 hours"),
        ("Instructor", "Lena M. Castillo"),
    ]
    y = h - 200
    for label, value in rows:
        c.setFont("Helvetica", 11)
        c.setFillColor(HexColor("#555555"))
        c.drawString(90, y, label)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(230, y, value)
        y -= 38
    c.setFont("Helvetica", 8)
    footer = "1701 K Street NW, Suite 400, Washington, DC 20006  |  (202) 555-0110  |  www.example.org"
    c.drawString(60, 50, footer)


@novel(
    "wallet_card",
    name="Jordan P. Ellis",
    title="Standard Response Protocol Training",
    issuer="The I Love U Guys Foundation",
    start=date(2023, 4, 22),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    pagesize=(252.0, 144.0),
)
def _wallet_card(c: Any, w: float, h: float) -> None:
    """A 3.5 x 2 inch card: issuer band, name, course, completion and expiry dates, a card id."""
    c.setFillColor(HexColor("#234e5f"))
    c.rect(0, h - 30, w, 30, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(10, h - 19, "The I Love U Guys Foundation")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(10, h - 50, "Jordan P. Ellis")
    c.setFont("Helvetica", 8)
    c.drawString(10, h - 66, "Standard Response Protocol Training")
    c.drawString(10, h - 82, "Completed: 04/22/2023      4 hrs")
    c.drawString(10, h - 96, "Expires: 04/22/2025")
    c.setFont("Helvetica", 6)
    c.drawString(10, 10, "Card ID: SRP-230422-118   Verify: iloveuguys.org/verify")


@novel(
    "letter_confirm",
    name="Marcus T. Reyes",
    title="Juvenile Law for Law Enforcement",
    issuer="Riverside County District Attorney's Office",
    start=date(2021, 3, 3),
    hours=7.5,
    catalog_id="juvenile-law",
    category="juvenile",
)
def _letter_confirm(c: Any, w: float, h: float) -> None:
    """A letter: its own date, then prose with an ordinal date and contact hours."""
    c.setFont("Times-Bold", 16)
    c.drawCentredString(w / 2, h - 72, "Riverside County District Attorney's Office")
    c.setFont("Times-Roman", 10)
    c.drawCentredString(w / 2, h - 88, "Training Unit  -  3960 Orange Street  -  (951) 555-0172")
    c.setFont("Times-Roman", 12)
    c.drawString(72, h - 130, "March 19, 2021")
    c.drawString(72, h - 170, "To Whom It May Concern:")
    body = (
        "This is to confirm that Officer Marcus T. Reyes attended Juvenile Law for Law Enforcement "
        "on the 3rd day of March, 2021 for a total of 7.5 contact hours. The training was approved "
        "for continuing education credit."
    )
    y = _left_block(c, body, "Times-Roman", 12, 72, h - 200, w - 144, 17)
    closing = "Please contact our office with any questions."
    _left_block(c, closing, "Times-Roman", 12, 72, y - 10, w - 144, 17)
    c.drawString(72, 260, "Respectfully,")
    _signature(c, 72, 200, 200, "letter_confirm", "Sgt. Paul R. Whitman", "Training Coordinator")


@novel(
    "table_row",
    name="Keisha D. Monroe",
    title="Interviewing and Interrogating Juveniles",
    issuer="Regional Law Enforcement Academy",
    start=date(2022, 5, 10),
    end=date(2022, 5, 11),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    pagesize=landscape(letter),
)
def _table_row(c: Any, w: float, h: float) -> None:
    """A certificate whose course is one row under a header row ``Course | Date | Hours``."""
    _frame(c, w, h, "#7a1f2b")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 70, "REGIONAL LAW ENFORCEMENT ACADEMY"),
            ("Times-Bold", 34, 120, "Certificate of Completion"),
            ("Times-Italic", 14, 160, "This certificate is presented to"),
            ("Times-BoldItalic", 28, 200, "Keisha D. Monroe"),
            ("Times-Italic", 14, 232, "for completion of the following training:"),
        ],
    )
    cols = [(80, "Course"), (450, "Date"), (640, "Hours")]
    y = h - 280
    c.setFont("Helvetica-Bold", 12)
    for x, label in cols:
        c.drawString(x, y, label)
    c.setLineWidth(0.8)
    c.line(70, y - 6, w - 70, y - 6)
    c.setFont("Helvetica", 12)
    row = ["Interviewing and Interrogating Juveniles", "05/10/2022 - 05/11/2022", "16"]
    for (x, _), value in zip(cols, row, strict=True):
        c.drawString(x, y - 26, value)
    c.line(70, y - 34, w - 70, y - 34)
    _signature(c, 90, 90, 200, "table_row", "Capt. Henry L. Dawson", "Academy Director")
    _seal(c, w - 160, 110, 40, HexColor("#7a1f2b"))


@novel(
    "participated",
    name="Oscar A. Knapp",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Center for Safe Schools",
    start=date(2023, 9, 12),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    pagesize=landscape(letter),
)
def _participated(c: Any, w: float, h: float) -> None:
    """ "Presented to" ... "has participated in" ... a title in capitals, wrapped."""
    _frame(c, w, h, "#1d5c3a")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 70, "CENTER FOR SAFE SCHOOLS"),
            ("Times-Bold", 30, 115, "CERTIFICATE OF PARTICIPATION"),
            ("Times-Italic", 14, 150, "Presented to"),
            ("Times-Bold", 28, 188, "Oscar A. Knapp"),
            ("Times-Italic", 14, 220, "who has participated in"),
        ],
    )
    title = "BULLYING AND CYBERBULLYING PREVENTION FOR LAW ENFORCEMENT"
    y = _centered_block(c, title, "Helvetica-Bold", 20, w / 2, h - 255, 430)
    c.setFont("Times-Roman", 13)
    c.drawCentredString(w / 2, y - 8, "September 12, 2023  |  4.0 Contact Hours")
    _signature(c, 80, 80, 200, "participated", "Dr. Evelyn S. Harper", "Executive Director")
    c.setFont("Helvetica", 8)
    footer = "Certificate ID 2023-0912-4471  |  safeschools.example.org  |  800-555-0163"
    c.drawRightString(w - 60, 50, footer)


centred_novel(
    "ceus_only",
    "Continuing education units only; the date printed day-first in words.",
    name="Priya N. Raman",
    title="Trauma-Informed Policing with Youth",
    issuer="State University Center for Public Safety",
    start=date(2022, 11, 2),
    hours=8.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    frame="#4a2d6b",
    rows=[
        ("Helvetica-Bold", 14, 80, "State University Center for Public Safety"),
        ("Times-Bold", 28, 140, "Continuing Education Certificate"),
        ("Times-Roman", 14, 190, "Awarded to"),
        ("Times-Bold", 26, 230, "Priya N. Raman"),
        ("Times-Roman", 14, 270, "for successful completion of"),
        ("Times-Bold", 20, 305, "Trauma-Informed Policing with Youth"),
        ("Times-Roman", 13, 340, "2 November 2022"),
        ("Times-Roman", 13, 360, "0.8 CEUs"),
    ],
    signature=(90, 120, "Robert Y. Lindqvist", "Dean, Continuing Studies"),
)


@novel(
    "duration",
    name="Samuel K. Ortiz",
    title="IS-907: Active Shooter: What You Can Do",
    issuer=FEMA,
    start=date(2021, 8, 30),
    hours=1.5,
    catalog_id="fema-is-907",
    category="school_safety",
    pagesize=landscape(letter),
)
def _duration(c: Any, w: float, h: float) -> None:
    """ "Duration: 1h 30m", "Date Completed:" with an issue date and a verification footer."""
    _frame(c, w, h)
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 16, 70, FEMA),
            ("Times-Bold", 32, 120, "Certificate of Achievement"),
            ("Times-Italic", 14, 155, "This is to certify that"),
            ("Times-Bold", 28, 195, "SAMUEL K. ORTIZ"),
            ("Times-Italic", 14, 228, "has successfully completed"),
            ("Helvetica-Bold", 20, 262, "IS-907: Active Shooter: What You Can Do"),
        ],
    )
    c.drawString(120, h - 320, "Date Completed: 08/30/2021")
    c.drawString(120, h - 340, "Duration: 1h 30m")
    c.drawString(480, h - 320, "Date of issue: 09/02/2021")
    _signature(c, 90, 80, 200, "duration", "Jeffrey D. Stern", "Superintendent")
    c.setFont("Helvetica", 8)
    c.drawRightString(w - 60, 50, "Verify at https://training.fema.gov/verify  Certificate ID: 0821-30-55271")


centred_novel(
    "month_only",
    "Only the month is printed: no day can be credited without a person.",
    name="Angela R. Brooks",
    title="Child Abuse and Neglect Investigations",
    issuer="State Attorney General's Office",
    start=date(2021, 3, 1),
    end=date(2021, 3, 31),
    hours=24.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    must_review=True,
    frame="#8a5a00",
    rows=[
        ("Helvetica-Bold", 14, 80, "Office of the State Attorney General"),
        ("Times-Bold", 28, 140, "Certificate of Completion"),
        ("Times-Roman", 14, 190, "This certifies that"),
        ("Times-Bold", 26, 230, "Angela R. Brooks"),
        ("Times-Roman", 14, 270, "has completed"),
        ("Times-Bold", 20, 305, "Child Abuse and Neglect Investigations"),
        ("Times-Roman", 13, 340, "March 2021  -  24 Hours"),
    ],
    signature=(90, 120, "Gloria T. Mendez", "Training Director"),
)


@novel(
    "issue_first",
    name="Derrick J. Okafor",
    title="Advanced School Resource Officer Course",
    issuer=NASRO,
    start=date(2022, 6, 6),
    end=date(2022, 6, 8),
    hours=24.0,
    catalog_id="nasro-advanced",
    category="advanced",
)
def _issue_first(c: Any, w: float, h: float) -> None:
    """The issue date printed above the course dates; the instructor named just under the participant."""
    _frame(c, w, h)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(w / 2, h - 70, NASRO.upper())
    c.setFont("Helvetica", 10)
    c.drawRightString(w - 60, h - 100, "Date of issue: June 30, 2022")
    _centred(
        c,
        w,
        h,
        [
            ("Times-Bold", 30, 150, "Certificate of Completion"),
            ("Times-Italic", 14, 190, "This is to certify that"),
            ("Times-Bold", 26, 228, "Derrick J. Okafor"),
            ("Times-Italic", 11, 248, "Instructor: Sgt. William H. Grady"),
            ("Times-Italic", 14, 280, "has successfully completed the"),
            ("Helvetica-Bold", 19, 312, "Advanced School Resource Officer Course"),
            ("Times-Roman", 13, 345, "Course dates: June 6 - 8, 2022"),
            ("Times-Roman", 13, 365, "Twenty-four (24) hours of instruction"),
        ],
    )
    _signature(c, 90, 120, 200, "issue_first", "Mac Hardy", "Director of Operations")


@novel(
    "long_title",
    name="Luis F. Navarro",
    title="Project Unite: The Four Integrated Systems for School Violence Prevention",
    issuer=NASRO,
    start=date(2023, 2, 21),
    end=date(2023, 2, 22),
    hours=16.0,
    catalog_id="nasro-project-unite",
    category="school_safety",
)
def _long_title(c: Any, w: float, h: float) -> None:
    """A long title wrapped over three narrow lines; dates as "Start Date"/"End Date" fields."""
    _frame(c, w, h, "#1f3a68")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 12, 70, NASRO),
            ("Times-Bold", 28, 120, "Certificate"),
            ("Times-Roman", 13, 160, "awarded to"),
            ("Times-Bold", 24, 195, "Luis F. Navarro"),
            ("Times-Roman", 13, 228, "upon completion of"),
        ],
    )
    y = _centered_block(
        c,
        "Project Unite: The Four Integrated Systems for School Violence Prevention",
        "Helvetica-Bold",
        17,
        w / 2,
        h - 262,
        280,
    )
    c.setFont("Helvetica", 11)
    c.drawString(150, y - 20, "Start Date: 02/21/2023")
    c.drawString(330, y - 20, "End Date: 02/22/2023")
    c.drawString(150, y - 40, "Total Hours: 16")
    _signature(c, 90, 120, 200, "long_title", "Mo Canady", "Executive Director")


centred_novel(
    "caps_basic",
    "Everything in capitals; weekday-named date range; footer with ids, phone numbers and a URL.",
    name="Maria L. Gonzalez",
    title="BASIC SCHOOL RESOURCE OFFICER COURSE",
    issuer=NASRO,
    start=date(2021, 6, 7),
    end=date(2021, 6, 11),
    hours=40.0,
    catalog_id="nasro-basic",
    category="basic",
    pagesize=landscape(letter),
    frame="#1f3a68",
    rows=[
        ("Helvetica-Bold", 13, 70, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
        ("Times-Bold", 34, 115, "CERTIFICATE OF TRAINING"),
        ("Helvetica", 13, 150, "THIS CERTIFIES THAT"),
        ("Helvetica-Bold", 28, 190, "MARIA L. GONZALEZ"),
        ("Helvetica", 13, 222, "HAS COMPLETED THE"),
        ("Helvetica-Bold", 22, 258, "BASIC SCHOOL RESOURCE OFFICER COURSE"),
        ("Helvetica", 12, 290, "MONDAY, JUNE 7, 2021 THROUGH FRIDAY, JUNE 11, 2021"),
        ("Helvetica", 12, 310, "40 TRAINING HOURS"),
    ],
    signature=(90, 90, "Mo Canady", "Executive Director"),
    footer=[
        (420, 70, "CERT NO. 2021-0607-1193"),
        (420, 58, "TEL (205) 555-0140  FAX (205) 555-0141"),
        (420, 46, "WWW.NASRO.ORG  REV. 03/2019"),
    ],
)


@novel(
    "badge",
    name="Hannah C. Liu",
    title="Active Shooter Response for Schools",
    issuer="Lakeview Police Department",
    start=date(2024, 1, 18),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    pagesize=(288.0, 432.0),
)
def _badge(c: Any, w: float, h: float) -> None:
    """A portrait badge: a big number with HOURS under it, the date as "Jan 18 2024"."""
    c.setFillColor(HexColor("#234e5f"))
    c.rect(0, h - 70, w, 70, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(w / 2, h - 40, "Lakeview Police Department")
    c.setFillColor(black)
    c.setFont("Helvetica", 10)
    c.drawCentredString(w / 2, h - 100, "Training Badge")
    c.setFont("Helvetica-Bold", 20)
    c.drawCentredString(w / 2, h - 135, "Hannah C. Liu")
    c.setFont("Helvetica", 11)
    _centered_block(c, "Active Shooter Response for Schools", "Helvetica-Bold", 13, w / 2, h - 170, w - 40)
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 44, 270, "8"),
            ("Helvetica", 12, 290, "HOURS"),
            ("Helvetica", 11, 330, "Jan 18 2024"),
        ],
    )
    c.drawCentredString(w / 2, 20, "Badge #LPD-24-0118-07  |  (616) 555-0190")


@novel(
    "signer_first",
    name="Brian O. Fletcher",
    title="School Emergency Operations Planning",
    issuer="County Office of Emergency Management",
    start=date(2022, 10, 4),
    end=date(2022, 10, 4),
    hours=8.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
)
def _signer_first(c: Any, w: float, h: float) -> None:
    """The instructor's name printed large above the participant's, both unlabelled except by verbs."""
    _frame(c, w, h, "#234e5f")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 70, "County Office of Emergency Management"),
            ("Times-Bold", 28, 120, "Certificate of Attendance"),
            ("Times-Roman", 13, 160, "Instructor"),
            ("Times-Bold", 18, 182, "Rachel V. Simmons"),
            ("Times-Roman", 13, 225, "certifies that"),
            ("Times-Bold", 26, 262, "Brian O. Fletcher"),
            ("Times-Roman", 13, 295, "attended"),
            ("Times-Bold", 19, 328, "School Emergency Operations Planning"),
            ("Times-Roman", 13, 360, "on October 4, 2022  (8:00 AM - 4:30 PM)"),
            ("Times-Roman", 13, 380, "8 hours"),
        ],
    )
    c.drawString(60, 50, "Printed 01/05/2024   Record 22-1004-311   oem.example.gov   (555) 555-0123")


@novel(
    "dayfirst_dots",
    name="Ana Paula Ferreira",
    title="Firearms Qualification",
    issuer="Municipal Police Academy",
    start=date(2022, 4, 3),
    hours=4.0,
    catalog_id="firearms-qual",
    category="unrelated",
    must_review=True,
)
def _dayfirst_dots(c: Any, w: float, h: float) -> None:
    """A dotted numeric date both of whose numbers could be the month ("03.04.2022"): ambiguous."""
    _frame(c, w, h, "#1d5c3a")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 80, "Municipal Police Academy"),
            ("Times-Bold", 28, 140, "Certificate of Completion"),
            ("Times-Roman", 14, 190, "This certifies that"),
            ("Times-Bold", 26, 230, "Ana Paula Ferreira"),
            ("Times-Roman", 14, 270, "has completed"),
            ("Times-Bold", 20, 305, "Firearms Qualification"),
            ("Times-Roman", 13, 340, "Date: 03.04.2022     Hours: 4"),
        ],
    )
    _signature(c, 90, 120, 200, "dots", "Carlos M. Prado", "Range Master")


centred_novel(
    "conference_days",
    "Attendance at a conference, a range across the day names, no hours printed.",
    name="Grace E. Whitmore",
    title="NASRO National School Safety Conference",
    issuer=NASRO,
    start=date(2023, 7, 16),
    end=date(2023, 7, 21),
    hours=None,
    catalog_id="nasro-conference",
    category="conference",
    pagesize=landscape(letter),
    doc_type="conference_attendance",
    frame="#1f3a68",
    rows=[
        ("Helvetica-Bold", 13, 70, NASRO),
        ("Times-Bold", 32, 120, "Certificate of Attendance"),
        ("Times-Italic", 14, 160, "is hereby granted to"),
        ("Times-Bold", 28, 200, "Grace E. Whitmore"),
        ("Times-Italic", 14, 235, "for attending the"),
        ("Helvetica-Bold", 20, 268, "NASRO National School Safety Conference"),
        ("Times-Roman", 13, 300, "Sunday, July 16 - Friday, July 21, 2023  |  Grapevine, Texas"),
    ],
    signature=(90, 90, "Mo Canady", "Executive Director"),
)


@novel(
    "dates_two_lines",
    name="Victor M. Salazar",
    title="Defensive Tactics Refresher",
    issuer="Harbor City Police Department",
    start=date(2020, 2, 3),
    end=date(2020, 2, 4),
    hours=8.0,
    catalog_id="defensive-tactics",
    category="unrelated",
)
def _dates_two_lines(c: Any, w: float, h: float) -> None:
    """From/To on two lines; the hours in a table cell beside "Hours Awarded"; a print date in the footer."""
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, h - 70, "Harbor City Police Department")
    c.setFont("Helvetica", 10)
    c.drawString(60, h - 86, "Professional Standards  -  Training Section")
    c.setLineWidth(1)
    c.line(60, h - 94, w - 60, h - 94)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(60, h - 140, "Training Certificate")
    fields = [
        ("Name", "Victor M. Salazar"),
        ("Badge", "4471"),
        ("Class", "Defensive Tactics Refresher"),
        ("From", "February 3, 2020"),
        ("To", "February 4, 2020"),
        ("Hours Awarded", "8"),
    ]
    y = h - 190
    for label, value in fields:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, label)
        c.setFont("Helvetica", 12)
        c.drawString(200, y, value)
        y -= 26
    _signature(c, 60, 180, 200, "two_lines", "Lt. Carla J. Benson", "Training Lieutenant")
    c.setFont("Helvetica", 8)
    c.drawString(60, 50, "Form PSD-118 Rev. 2019-08  |  Printed 03/11/2020 09:14")


centred_novel(
    "per_day",
    "The length printed only as a daily rate: the total is for a person to work out.",
    name="Nadia B. Kowalski",
    title="Crisis Intervention Teams for Youth (CIT-Y)",
    issuer="National Center for Mental Health and Juvenile Justice",
    start=date(2021, 9, 13),
    end=date(2021, 9, 17),
    hours=40.0,
    catalog_id="cit-youth",
    category="juvenile",
    pagesize=landscape(letter),
    must_review=True,
    frame="#4a2d6b",
    rows=[
        ("Helvetica-Bold", 12, 70, "NATIONAL CENTER FOR MENTAL HEALTH AND JUVENILE JUSTICE"),
        ("Times-Bold", 32, 120, "Certificate of Completion"),
        ("Times-Italic", 14, 160, "This certifies that"),
        ("Times-Bold", 28, 200, "Nadia B. Kowalski"),
        ("Times-Italic", 14, 235, "has successfully completed"),
        ("Helvetica-Bold", 20, 268, "Crisis Intervention Teams for Youth (CIT-Y)"),
        ("Times-Roman", 13, 300, "September 13-17, 2021  -  five days, 8 hours per day"),
    ],
    signature=(90, 90, "Jacqueline M. Reed", "Program Director"),
)


centred_novel(
    "signed_this",
    "A name printed after the course, and a signing date in prose under the course dates.",
    name="Terrence L. Boyd",
    title="Advanced School Resource Officer Course",
    issuer=NASRO,
    start=date(2019, 3, 11),
    end=date(2019, 3, 13),
    hours=24.0,
    catalog_id="nasro-advanced",
    category="advanced",
    frame="#1f3a68",
    rows=[
        ("Helvetica-Bold", 12, 70, NASRO),
        ("Times-Bold", 30, 130, "Advanced School Resource Officer Course"),
        ("Times-Italic", 14, 170, "Certificate of completion is awarded to"),
        ("Times-Bold", 26, 210, "Terrence L. Boyd"),
        ("Times-Roman", 13, 250, "who attended March 11-13, 2019 and completed 24 hours of instruction."),
        ("Times-Roman", 12, 290, "Signed this 22nd day of March, 2019"),
    ],
    signature=(90, 120, "Mo Canady", "Executive Director"),
)


@novel(
    "spanish",
    name="Lucía Fernández Ortega",
    title="Intervención en Crisis con Jóvenes",
    issuer="Academia Estatal de Seguridad Pública",
    start=date(2021, 3, 3),
    end=date(2021, 3, 5),
    hours=24.0,
    catalog_id=None,
    category="juvenile",
    pagesize=landscape(letter),
)
def _spanish(c: Any, w: float, h: float) -> None:
    """Spanish wording, a "del 3 al 5 de marzo" range and "duración de 24 horas"."""
    _frame(c, w, h, "#1d5c3a")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 70, "Academia Estatal de Seguridad Pública"),
            ("Times-Bold", 32, 120, "Constancia"),
            ("Times-Italic", 14, 160, "Se otorga a"),
            ("Times-Bold", 28, 200, "Lucía Fernández Ortega"),
            ("Times-Italic", 14, 235, "por haber completado el curso"),
            ("Helvetica-Bold", 20, 268, "Intervención en Crisis con Jóvenes"),
            ("Times-Roman", 13, 300, "realizado del 3 al 5 de marzo de 2021, con una duración de 24 horas"),
        ],
    )
    _signature(c, 90, 90, 200, "spanish", "Mtro. Arturo Salinas", "Director Académico")


centred_novel(
    "two_courses",
    "Two courses on one certificate: no single item can stand for both.",
    name="Owen J. Fitzgerald",
    title="Juvenile Law for Law Enforcement",
    issuer="Tri-County Regional Police Academy",
    start=date(2022, 6, 6),
    end=date(2022, 6, 8),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    must_review=True,
    frame="#7a1f2b",
    rows=[
        ("Helvetica-Bold", 14, 80, "Tri-County Regional Police Academy"),
        ("Times-Bold", 28, 140, "Certificate of Training"),
        ("Times-Roman", 14, 190, "This certifies that"),
        ("Times-Bold", 26, 230, "Owen J. Fitzgerald"),
        ("Times-Roman", 14, 270, "has completed the following courses"),
        ("Times-Bold", 15, 305, "Juvenile Law for Law Enforcement (8 hours)"),
        ("Times-Bold", 15, 327, "Interviewing and Interrogating Juveniles (16 hours)"),
        ("Times-Roman", 13, 360, "June 6-8, 2022"),
    ],
    signature=(90, 120, "Capt. Ruth A. Lowell", "Academy Commander"),
)
