"""A second verdict-level audit: nine applicants whose documents stress the practitioner rules at their edges.

    python bench/unseen_applicants_2.py OUTDIR [V01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_2.py --compare CORPUS EXPORT # each verdict and ledger line vs expected

Round 1 (``bench/unseen_applicants.py``) drew documents in formats the project had not seen; this round
draws plain ones (the samples' certificate and transcript layouts, prose letters) and puts the weight on
the rules: the same course on a certificate and a transcript, a certificate uploaded twice (one a fax of
the other), a yearly department course whose title changes a little every year beside two different
courses of near titles, the 10-year window's boundary day and the day before it, a course starting
outside the window and ending inside, a pre-2023 application on a state basic SRO course, two
advanced-level courses, Supervisors & Management for R4, another provider's "Advanced SRO" course, the
applicant's name printed in its variants (rank, suffix, "Last, First", hyphenated surname, a nickname)
and someone else's name, employment letters stating the start in other ways (a month, "from 08/12/2019 to
present", "for five years" with the letter's date), a letter older than 12 months, a former SRO, NASRO's
conference against another body's "National School Safety Conference", a conference on a transcript line,
exactly 160.0 and 159.5 hours, CEUs that carry the total over 160 and a certificate with no legible hours.

The machinery (drawing, renaming, scanning, writing manifests and truth files) is round 1's. The expected
verdicts and each line's expected credit and rule are set by hand below, the arithmetic beside each
applicant, as the verdict after human confirmation: ``needs_review`` only where the documents cannot settle
a rule. Where the rules document is silent the dev corpus README's interpretation is followed, and the
comment says so.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

from bench.unseen_applicants import (
    NOT,
    REVIEW,
    Applicant,
    Doc,
    _base_truth,
    _req,
    cert,
    transcript_doc,
    write_applicants,
)
from certledger.samples import (
    NASRO,
    CertificateSpec,
    TranscriptRow,
    _cert,
    _new_canvas,
    _signature,
    render_certificate_pdf,
)
from certledger.samples import truth as spec_truth
from tests.novel_letters import _body, _letterhead

APP = "2025-06-02"  # the 10-year window opens 2015-06-02 (boundary day inside)
SCHOOL_SAFETY_CENTER = "State School Safety Center"
CITY = "Crisis Intervention Teams for Youth (CIT-Y)"
CITY_BY = "National Center for Mental Health and Juvenile Justice"

# Letters stating the start as "for five years", a month, "from ... to present", a past span.
ASHBY_LETTER = (
    "This is to confirm that Officer Tyrone K. Ashby has served as the School Resource Officer at Pinecrest "
    "High School for five years. He continues in that assignment and is in good standing with the "
    "department.",
    "Please contact my office with any questions.",
)
ALCOTT_2023 = (
    "Officer Carmen V. Alcott has served as a School Resource Officer with this department since August "
    "2019 and is assigned to Westbrook Middle School.",
)
ALCOTT_2025 = (
    "This letter verifies that Officer Carmen V. Alcott has been assigned as a School Resource Officer "
    "from 08/12/2019 to present, at Westbrook Middle School.",
    "Officer Alcott is in good standing with the department.",
)
WHITAKER_LETTER = (
    "This letter confirms that Officer Lorraine F. Whitaker served as a School Resource Officer with this "
    "department from August 20, 2012 until June 30, 2020. She is currently assigned to the Patrol Division.",
)


# ------------------------------------------------------------------------------------ document kinds


def conference_cert(
    file: str,
    name: str,
    title: str,
    issuer_name: str,
    start: str,
    end: str,
    catalog_id: str | None,
    category: str,
    hours: float = 18,
    layout: str = "centered_landscape",
    **scan: Any,
) -> Doc:
    """A certificate of attendance at a conference (doc_type conference_attendance)."""
    spec = _cert(
        name,
        title,
        issuer_name,
        date.fromisoformat(start),
        date.fromisoformat(end),
        hours,
        "hours",
        "long",
        category,
        catalog_id,
        heading="Certificate of Attendance",
        doc_type="conference_attendance",
    )
    return Doc(file, lambda p: render_certificate_pdf(spec, layout, p), spec_truth(spec, file), **scan)


def no_hours_cert(
    file: str,
    name: str,
    title: str,
    issuer_name: str,
    start: str,
    end: str,
    category: str,
    catalog_id: str | None,
    **scan: Any,
) -> Doc:
    """A certificate whose hours line is left blank: no legible hours (truth hours null)."""
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    spec = CertificateSpec(
        name,
        title,
        issuer_name,
        s,
        e,
        None,
        "",
        f"{s:%m/%d/%Y} - {e:%m/%d/%Y}",
        certificate_number="C-55120",
        category=category,
        catalog_id=catalog_id,
    )
    return Doc(file, lambda p: render_certificate_pdf(spec, "form_fields", p), spec_truth(spec, file), **scan)


def prose_letter(
    file: str,
    name: str,
    agency: str,
    letter_date: str,
    paragraphs: tuple[str, ...],
    start: str | None,
    signer: tuple[str, str] = ("Chief Alan R. Booker", "Chief of Police"),
    **scan: Any,
) -> Doc:
    """An employment letter: letterhead, date, RE line, prose paragraphs, signature."""

    def draw(path: Path) -> None:
        from reportlab.lib.pagesizes import letter

        c = _new_canvas(path, letter, "letter")
        w, h = float(letter[0]), float(letter[1])
        _letterhead(c, w, h, agency, "400 Court Street  |  (555) 555-0123")
        c.setFont("Times-Roman", 12)
        dated = date.fromisoformat(letter_date)
        c.drawString(72, h - 150, f"{dated:%B} {dated.day}, {dated.year}")
        c.drawString(72, h - 180, "RE: Verification of School Resource Officer Assignment")
        c.drawString(72, h - 210, "To Whom It May Concern:")
        y = _body(c, w, h - 244, paragraphs)
        c.drawString(72, y - 10, "Sincerely,")
        _signature(c, 72, y - 76, 200, file, *signer)
        c.showPage()
        c.save()

    truth = _base_truth(file, "employment_letter", name, agency, [])
    truth["sro_start_date"] = start
    truth["document_date"] = letter_date
    return Doc(file, draw, truth, **scan)


def row(
    title: str,
    start: str,
    end: str,
    hours: float,
    printed: str,
    cat: str | None,
    catalog_id: str | None,
    provider: str = "In-House",
) -> TranscriptRow:
    code = "".join(w[0] for w in title.split() if w[0].isalpha())[:4].upper() + f"-{hours:g}"
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    return TranscriptRow(title, code, provider, s, e, hours, printed, cat, catalog_id)  # type: ignore[arg-type]


def nasro_basic(file: str, name: str, start: str, end: str, **kw: Any) -> Doc:
    title = "Basic School Resource Officer Course"
    return cert(file, name, title, NASRO, start, end, 40, "basic", "nasro-basic", **kw)


def nasro_advanced(file: str, name: str, start: str, end: str, **kw: Any) -> Doc:
    title = "Advanced School Resource Officer Course"
    return cert(file, name, title, NASRO, start, end, 24, "advanced", "nasro-advanced", **kw)


def nasro_conference(file: str, name: str, start: str, end: str, **kw: Any) -> Doc:
    title = "National School Safety Conference"
    return conference_cert(file, name, title, NASRO, start, end, "nasro-conference", "conference", **kw)


# ------------------------------------------------------------------------------------ expectations


@dataclass(frozen=True)
class Line:
    """A ledger line's expected credit and rule: (document, a title fragment, start date)."""

    document: str
    title: str
    start: str
    credited: float
    rule: str


LINES: dict[str, list[Line]] = {}


def lines(applicant: str, *expected: tuple[str, str, str, float, str]) -> None:
    LINES[applicant] = [Line(*e) for e in expected]


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # V01 duplicates and a yearly course whose title changes. The threat-assessment course is on its
    # certificate and on the department transcript (same dates): credited once. The CIT-Y certificate is
    # uploaded twice (a text PDF and a fax of it): once. The department's active-shooter course is printed
    # "Active Shooter Response 2019", "... Refresher 2021", "ACTIVE SHOOTER RESPONSE - ANNUAL" (2023): the
    # same yearly course, credited once (2023, the most recent). R5: threat 16 + active shooter 8 +
    # juvenile law 4 + EOP 24 + child abuse 24 + trauma 8 + CIT-Y 40 + YMHFA 8 + AMHT 16 + SRP 8 = 156;
    # firearms 0 (unrelated). Short of 160 by 4: crediting either repeat or either copy makes him eligible.
    n = "Terrence D. Mahoney"
    agency = "Brookfield Police Department"
    out.append(
        Applicant(
            "V01",
            n,
            agency,
            "2016-08-01",
            True,
            APP,
            "fail_hours_dup_annual_titles",
            _req(r5=NOT),
            156.0,
            [
                nasro_basic("01-basic.pdf", n, "2016-09-12", "2016-09-16"),
                nasro_advanced(
                    "02-advanced.png",
                    n,
                    "2018-03-05",
                    "2018-03-07",
                    layout="sidebar",
                    kind="scan_light",
                    fmt="png",
                ),
                nasro_conference("03-conference.pdf", n, "2019-06-24", "2019-06-27"),
                cert(
                    "04-threat.pdf",
                    n,
                    "Threat Assessment in Schools",
                    SCHOOL_SAFETY_CENTER,
                    "2021-04-12",
                    "2021-04-13",
                    16,
                    "school_safety",
                    None,
                    layout="letter",
                ),
                transcript_doc(
                    "05-transcript.pdf",
                    agency,
                    "MAHONEY, TERRENCE D.",
                    [
                        row(
                            "Threat Assessment in Schools",
                            "2021-04-12",
                            "2021-04-13",
                            16,
                            "School Safety",
                            "school_safety",
                            None,
                            SCHOOL_SAFETY_CENTER,
                        ),
                        row(
                            "Active Shooter Response 2019",
                            "2019-08-05",
                            "2019-08-05",
                            8,
                            "School Safety",
                            "school_safety",
                            None,
                        ),
                        row(
                            "Active Shooter Response Refresher 2021",
                            "2021-08-09",
                            "2021-08-09",
                            8,
                            "School Safety",
                            "school_safety",
                            None,
                        ),
                        row(
                            "ACTIVE SHOOTER RESPONSE - ANNUAL",
                            "2023-08-07",
                            "2023-08-07",
                            8,
                            "School Safety",
                            "school_safety",
                            None,
                        ),
                        row(
                            "Juvenile Law Update",
                            "2024-02-06",
                            "2024-02-06",
                            4,
                            "Juvenile",
                            "juvenile",
                            "juvenile-law",
                        ),
                        row(
                            "School Emergency Operations Planning",
                            "2022-03-14",
                            "2022-03-16",
                            24,
                            "School Safety",
                            "school_safety",
                            "school-emergency-ops",
                        ),
                        row(
                            "Child Abuse and Neglect Investigations",
                            "2020-05-11",
                            "2020-05-13",
                            24,
                            "Juvenile",
                            "juvenile",
                            "child-abuse-inv",
                        ),
                        row(
                            "Trauma-Informed Policing with Youth",
                            "2023-05-10",
                            "2023-05-10",
                            8,
                            "Juvenile",
                            "juvenile",
                            "trauma-informed-youth",
                        ),
                        row(
                            "Firearms Qualification",
                            "2024-04-02",
                            "2024-04-02",
                            8,
                            "Firearms",
                            "unrelated",
                            "firearms-qual",
                        ),
                    ],
                    layout="grid",
                ),
                cert(
                    "06-cit-y.pdf", n, CITY, CITY_BY, "2019-10-21", "2019-10-25", 40, "juvenile", "cit-youth"
                ),
                cert(
                    "07-cit-y-fax.pdf",
                    n,
                    CITY,
                    CITY_BY,
                    "2019-10-21",
                    "2019-10-25",
                    40,
                    "juvenile",
                    "cit-youth",
                    kind="fax",
                    fmt="pdf",
                ),
                cert(
                    "08-ymhfa.pdf",
                    n,
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2022-09-08",
                    "2022-09-08",
                    8,
                    "juvenile",
                    "ymhfa",
                    layout="centered_landscape",
                ),
                cert(
                    "09-amht.pdf",
                    n,
                    "Adolescent Mental Health Training for School Resource Officers",
                    NASRO,
                    "2022-05-03",
                    "2022-05-04",
                    16,
                    "school_safety",
                    "nasro-amht",
                    layout="sidebar",
                ),
                cert(
                    "10-srp.pdf",
                    n,
                    "Standard Response Protocol Training",
                    "The I Love U Guys Foundation",
                    "2023-09-12",
                    "2023-09-12",
                    8,
                    "school_safety",
                    "srp-training",
                    layout="letter",
                ),
            ],
        )
    )
    lines(
        "V01",
        ("04-threat.pdf", "Threat Assessment", "2021-04-12", 16, "credited"),
        ("05-transcript.pdf", "Threat Assessment", "2021-04-12", 0, "duplicate"),
        ("05-transcript.pdf", "Active Shooter", "2019-08-05", 0, "annual_once"),
        ("05-transcript.pdf", "Active Shooter", "2021-08-09", 0, "annual_once"),
        ("05-transcript.pdf", "ACTIVE SHOOTER", "2023-08-07", 8, "credited"),
        ("05-transcript.pdf", "Firearms", "2024-04-02", 0, "category_zero"),
        ("06-cit-y.pdf", "CIT-Y", "2019-10-21", 40, "credited"),
        ("07-cit-y-fax.pdf", "CIT-Y", "2019-10-21", 0, "duplicate"),
    )

    # V02 the window's edges and two pairs of different courses with near titles. Window from 2015-06-02.
    # EOP ending 2015-06-02 (the boundary day): 16. YMHFA on 2015-06-01 (a day out): 0. Interviewing
    # juveniles 2015-05-27..2015-06-04 (starts outside, ends inside; "completed" is the end): 24. The
    # department's "Juvenile Crisis De-escalation - Part 1" (2021) and "- Part 2" (2022), "School Safety
    # Assessment I" and "... II": four courses, not yearly repeats. R5: 16 + 24 + 16 + 16 + 8 + 8 + Project
    # Unite 16 + CIT-Y 40 + child abuse 16 = 160.0 exactly: met (at least 160). The basic course (2014) is
    # outside the window: R3 has no window.
    n = "Danielle R. Whitcomb"
    agency = "Cedar Falls Community Schools Police"
    out.append(
        Applicant(
            "V02",
            n,
            agency,
            "2014-08-01",
            True,
            APP,
            "eligible_window_edges_exactly_160",
            _req(),
            160.0,
            [
                nasro_basic("01-basic.pdf", n, "2014-09-08", "2014-09-12", layout="centered_landscape"),
                nasro_advanced("02-advanced.jpg", n, "2016-06-13", "2016-06-15", kind="photo", fmt="jpeg"),
                nasro_conference("03-conference.pdf", n, "2017-07-16", "2017-07-21", layout="form_fields"),
                cert(
                    "04-eop.pdf",
                    n,
                    "School Emergency Operations Planning",
                    "State Emergency Management Agency",
                    "2015-06-01",
                    "2015-06-02",
                    16,
                    "school_safety",
                    "school-emergency-ops",
                ),
                cert(
                    "05-ymhfa.pdf",
                    n,
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2015-06-01",
                    "2015-06-01",
                    8,
                    "juvenile",
                    "ymhfa",
                    layout="sidebar",
                ),
                cert(
                    "06-interviewing.pdf",
                    n,
                    "Interviewing and Interrogating Juveniles",
                    "Regional Law Enforcement Academy",
                    "2015-05-27",
                    "2015-06-04",
                    24,
                    "juvenile",
                    "juvenile-interview",
                    layout="letter",
                ),
                transcript_doc(
                    "07-transcript.pdf",
                    agency,
                    n,
                    [
                        row(
                            "Juvenile Crisis De-escalation - Part 1",
                            "2021-03-08",
                            "2021-03-09",
                            16,
                            "Juvenile",
                            "juvenile",
                            None,
                        ),
                        row(
                            "Juvenile Crisis De-escalation - Part 2",
                            "2022-03-07",
                            "2022-03-08",
                            16,
                            "Juvenile",
                            "juvenile",
                            None,
                        ),
                        row(
                            "School Safety Assessment I",
                            "2020-09-14",
                            "2020-09-14",
                            8,
                            "School Safety",
                            "school_safety",
                            None,
                        ),
                        row(
                            "School Safety Assessment II",
                            "2021-09-13",
                            "2021-09-13",
                            8,
                            "School Safety",
                            "school_safety",
                            None,
                        ),
                        row(
                            "NASRO Project Unite",
                            "2019-04-16",
                            "2019-04-17",
                            16,
                            "School Safety",
                            "school_safety",
                            "nasro-project-unite",
                            NASRO,
                        ),
                    ],
                    layout="whitespace",
                    kind="scan_light",
                    fmt="pdf",
                ),
                cert(
                    "08-cit-y.pdf",
                    n,
                    CITY,
                    CITY_BY,
                    "2018-10-22",
                    "2018-10-26",
                    40,
                    "juvenile",
                    "cit-youth",
                    layout="sidebar",
                ),
                cert(
                    "09-child-abuse.pdf",
                    n,
                    "Child Abuse and Neglect Investigations",
                    "State Attorney General's Office",
                    "2017-03-06",
                    "2017-03-07",
                    16,
                    "juvenile",
                    "child-abuse-inv",
                ),
            ],
        )
    )
    lines(
        "V02",
        ("04-eop.pdf", "Emergency", "2015-06-01", 16, "credited"),
        ("05-ymhfa.pdf", "Mental Health", "2015-06-01", 0, "older_than_window"),
        ("06-interviewing.pdf", "Interviewing", "2015-05-27", 24, "credited"),
        ("07-transcript.pdf", "Part 1", "2021-03-08", 16, "credited"),
        ("07-transcript.pdf", "Part 2", "2022-03-07", 16, "credited"),
        ("07-transcript.pdf", "Safety Assessment", "2020-09-14", 8, "credited"),
        ("07-transcript.pdf", "Safety Assessment", "2021-09-13", 8, "credited"),
    )

    # V03 the applicant's name printed seven ways. "Robert M. Castellano Jr.", "Sgt. Robert Castellano",
    # "ROBERT M. CASTELLANO, JR.", "CASTELLANO, ROBERT M.", "Robert Castellano", "Ofc. Robert M.
    # Castellano", "Castellano, Robert": all him (rank, suffix, "Last, First", no middle initial). "Bob
    # Castellano" on a threat-assessment certificate: Bob is a short form of Robert, but the document
    # cannot settle that it is him: a reviewer decides (the rules: propose, never silently credit or drop).
    # "Anthony R. Castellano" (a relative?): someone else, credited 0 and flagged. R5: transcript CIT-Y 40
    # + EOP 24 + juvenile law 4 + child abuse 24 = 92; YMHFA 8; AMHT 16; Project Unite 16; SBLE 20 = 152
    # sure, short of 160; Bob's 16 would reach it: needs_review. Crediting Anthony's 8 would make 160.
    n = "Robert M. Castellano Jr."
    agency = "Harbor City Police Department"
    out.append(
        Applicant(
            "V03",
            n,
            agency,
            "2015-01-12",
            True,
            APP,
            "review_name_variants",
            _req(r5=REVIEW),
            152.0,
            [
                nasro_basic("01-basic.pdf", n, "2015-02-09", "2015-02-13"),
                nasro_advanced(
                    "02-advanced.pdf", "Sgt. Robert Castellano", "2017-04-10", "2017-04-12", layout="letter"
                ),
                nasro_conference(
                    "03-conference.pdf", "ROBERT M. CASTELLANO, JR.", "2018-07-08", "2018-07-13"
                ),
                transcript_doc(
                    "04-transcript.pdf",
                    agency,
                    "CASTELLANO, ROBERT M.",
                    [
                        row(
                            CITY, "2019-10-21", "2019-10-25", 40, "Juvenile", "juvenile", "cit-youth", CITY_BY
                        ),
                        row(
                            "School Emergency Operations Planning",
                            "2020-02-10",
                            "2020-02-12",
                            24,
                            "School Safety",
                            "school_safety",
                            "school-emergency-ops",
                        ),
                        row(
                            "Juvenile Law Update",
                            "2024-02-06",
                            "2024-02-06",
                            4,
                            "Juvenile",
                            "juvenile",
                            "juvenile-law",
                        ),
                        row(
                            "Child Abuse and Neglect Investigations",
                            "2021-03-01",
                            "2021-03-03",
                            24,
                            "Juvenile",
                            "juvenile",
                            "child-abuse-inv",
                        ),
                    ],
                    layout="grid",
                ),
                cert(
                    "05-ymhfa.pdf",
                    "Robert Castellano",
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2022-09-08",
                    "2022-09-08",
                    8,
                    "juvenile",
                    "ymhfa",
                    layout="sidebar",
                ),
                cert(
                    "06-amht.pdf",
                    "Ofc. Robert M. Castellano",
                    "Adolescent Mental Health Training for School Resource Officers",
                    NASRO,
                    "2021-05-03",
                    "2021-05-04",
                    16,
                    "school_safety",
                    "nasro-amht",
                    layout="centered_landscape",
                ),
                cert(
                    "07-unite.pdf",
                    "Castellano, Robert",
                    "Project Unite: The Four Integrated Systems for School Violence Prevention",
                    NASRO,
                    "2019-04-16",
                    "2019-04-17",
                    16,
                    "school_safety",
                    "nasro-project-unite",
                ),
                cert(
                    "08-sble.pdf",
                    n,
                    "School-Based Law Enforcement (TCOLE 4064)",
                    "Texas School Safety Center",
                    "2018-06-04",
                    "2018-06-06",
                    20,
                    "school_safety",
                    "tcole-4064",
                    layout="letter",
                    kind="scan_light",
                    fmt="pdf",
                ),
                cert(
                    "09-threat-bob.pdf",
                    "Bob Castellano",
                    "Threat Assessment in Schools",
                    SCHOOL_SAFETY_CENTER,
                    "2023-10-02",
                    "2023-10-03",
                    16,
                    "school_safety",
                    None,
                ),
                cert(
                    "10-bullying-other.pdf",
                    "Anthony R. Castellano",
                    "Bullying and Cyberbullying Prevention for Law Enforcement",
                    "Regional Training Center",
                    "2022-11-14",
                    "2022-11-14",
                    8,
                    "juvenile",
                    "bullying-prevention",
                    layout="sidebar",
                ),
            ],
        )
    )
    lines(
        "V03",
        ("05-ymhfa.pdf", "Mental Health", "2022-09-08", 8, "credited"),
        ("06-amht.pdf", "Adolescent", "2021-05-03", 16, "credited"),
        ("07-unite.pdf", "Unite", "2019-04-16", 16, "credited"),
        ("09-threat-bob.pdf", "Threat", "2023-10-02", 0, "needs_review"),
        ("10-bullying-other.pdf", "Bullying", "2022-11-14", 0, "other_person"),
    )

    # V04 159.5 hours, a hyphenated surname printed three ways ("Keisha Barnwell-Ortiz", "BARNWELL-ORTIZ,
    # KEISHA L.", "Keisha L. Barnwell Ortiz"). R5: CIT-Y 40 + YMHFA 7.5 + trauma 0.8 CEU = 8 + EOP 24 +
    # child abuse 24 + interviewing 16 + Project Unite 16 + SBLE 20 + SRP 4 = 159.5: not met by half an hour.
    n = "Keisha L. Barnwell-Ortiz"
    agency = "Summit Valley ISD Police Department"
    out.append(
        Applicant(
            "V04",
            n,
            agency,
            "2016-01-04",
            True,
            APP,
            "fail_hours_159_5",
            _req(r5=NOT),
            159.5,
            [
                nasro_basic(
                    "01-basic.pdf", "Keisha Barnwell-Ortiz", "2016-03-07", "2016-03-11", layout="sidebar"
                ),
                nasro_advanced(
                    "02-advanced.tif",
                    "BARNWELL-ORTIZ, KEISHA L.",
                    "2017-11-13",
                    "2017-11-15",
                    kind="fax",
                    fmt="tiff",
                ),
                nasro_conference("03-conference.pdf", "Keisha L. Barnwell Ortiz", "2018-07-08", "2018-07-13"),
                cert(
                    "04-cit-y.pdf", n, CITY, CITY_BY, "2019-03-11", "2019-03-15", 40, "juvenile", "cit-youth"
                ),
                cert(
                    "05-ymhfa.pdf",
                    n,
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2021-02-04",
                    "2021-02-04",
                    7.5,
                    "juvenile",
                    "ymhfa",
                    layout="centered_landscape",
                ),
                Doc("06-trauma-ceu.pdf", *_ceu_cert("06-trauma-ceu.pdf", n)),
                cert(
                    "07-eop.pdf",
                    n,
                    "School Emergency Operations Planning",
                    "State Emergency Management Agency",
                    "2020-08-03",
                    "2020-08-05",
                    24,
                    "school_safety",
                    "school-emergency-ops",
                    layout="letter",
                ),
                cert(
                    "08-child-abuse.pdf",
                    n,
                    "Child Abuse and Neglect Investigations",
                    "State Attorney General's Office",
                    "2022-04-18",
                    "2022-04-20",
                    24,
                    "juvenile",
                    "child-abuse-inv",
                    layout="sidebar",
                    kind="scan_light",
                    fmt="pdf",
                ),
                cert(
                    "09-interviewing.pdf",
                    n,
                    "Interviewing and Interrogating Juveniles",
                    "Regional Law Enforcement Academy",
                    "2023-01-23",
                    "2023-01-24",
                    16,
                    "juvenile",
                    "juvenile-interview",
                ),
                cert(
                    "10-unite.pdf",
                    n,
                    "Project Unite: The Four Integrated Systems for School Violence Prevention",
                    NASRO,
                    "2019-09-10",
                    "2019-09-11",
                    16,
                    "school_safety",
                    "nasro-project-unite",
                    layout="letter",
                ),
                cert(
                    "11-sble.pdf",
                    n,
                    "School-Based Law Enforcement (TCOLE 4064)",
                    "Texas School Safety Center",
                    "2017-06-05",
                    "2017-06-07",
                    20,
                    "school_safety",
                    "tcole-4064",
                    layout="centered_landscape",
                ),
                cert(
                    "12-srp.pdf",
                    n,
                    "Standard Response Protocol Training",
                    "The I Love U Guys Foundation",
                    "2024-08-06",
                    "2024-08-06",
                    4,
                    "school_safety",
                    "srp-training",
                    layout="sidebar",
                ),
            ],
        )
    )
    lines(
        "V04",
        ("05-ymhfa.pdf", "Mental Health", "2021-02-04", 7.5, "credited"),
        ("06-trauma-ceu.pdf", "Trauma", "2022-10-12", 8, "credited"),
    )

    # V05 Supervisors & Management meets R4 (NASRO's, printed with an ampersand); the Texas School Safety
    # Center's "Advanced SRO Training" is another provider's advanced course: not R4, 24 h toward R5. CEUs
    # carry R5 over 160: trauma 2.6 CEU = 26 h (over four days). A bullying certificate prints no hours:
    # review, but the sure total is already 162, so R5 is met. R5: TxSSC advanced 24 + CIT-Y 40 + EOP 24 +
    # child abuse 24 + interviewing 16 + trauma 26 + juvenile law 8 = 162 (136 without the CEU conversion).
    n = "Marcus D. Oyelaran"
    agency = "Lakeshore County Sheriff's Office"
    out.append(
        Applicant(
            "V05",
            n,
            agency,
            "2015-08-17",
            True,
            APP,
            "eligible_supervisors_ceu_over",
            _req(),
            162.0,
            [
                nasro_basic("01-basic.pdf", n, "2015-09-14", "2015-09-18"),
                cert(
                    "02-supervisors.pdf",
                    n,
                    "SRO Supervisors & Management Course",
                    NASRO,
                    "2018-02-12",
                    "2018-02-14",
                    24,
                    "supervisor",
                    "nasro-supervisors",
                    layout="sidebar",
                    kind="scan_heavy",
                    fmt="pdf",
                ),
                cert(
                    "03-txssc-advanced.pdf",
                    n,
                    "Advanced SRO Training",
                    "Texas School Safety Center",
                    "2019-07-15",
                    "2019-07-17",
                    24,
                    "advanced",
                    None,
                    layout="letter",
                ),
                nasro_conference(
                    "04-conference.jpg", n, "2021-07-11", "2021-07-16", kind="photo", fmt="jpeg"
                ),
                cert(
                    "05-cit-y.pdf", n, CITY, CITY_BY, "2020-01-27", "2020-01-31", 40, "juvenile", "cit-youth"
                ),
                cert(
                    "06-eop.pdf",
                    n,
                    "School Emergency Operations Planning",
                    "State Emergency Management Agency",
                    "2020-08-03",
                    "2020-08-05",
                    24,
                    "school_safety",
                    "school-emergency-ops",
                    layout="sidebar",
                ),
                cert(
                    "07-child-abuse.pdf",
                    n,
                    "Child Abuse and Neglect Investigations",
                    "State Attorney General's Office",
                    "2021-04-19",
                    "2021-04-21",
                    24,
                    "juvenile",
                    "child-abuse-inv",
                ),
                cert(
                    "08-interviewing.pdf",
                    n,
                    "Interviewing and Interrogating Juveniles",
                    "Regional Law Enforcement Academy",
                    "2022-01-24",
                    "2022-01-25",
                    16,
                    "juvenile",
                    "juvenile-interview",
                    layout="centered_landscape",
                ),
                Doc("09-trauma-ceu.pdf", *_ceu_cert("09-trauma-ceu.pdf", n, 26, "2022-10-10")),
                cert(
                    "10-juvenile-law.pdf",
                    n,
                    "Juvenile Law and Procedures",
                    "State Attorney General's Office",
                    "2024-03-05",
                    "2024-03-05",
                    8,
                    "juvenile",
                    "juvenile-law",
                    layout="letter",
                ),
                no_hours_cert(
                    "11-bullying.pdf",
                    n,
                    "Bullying and Cyberbullying Prevention for Law Enforcement",
                    "Regional Training Center",
                    "2023-02-08",
                    "2023-02-08",
                    "juvenile",
                    "bullying-prevention",
                ),
            ],
        )
    )
    lines(
        "V05",
        ("02-supervisors.pdf", "Supervisors", "2018-02-12", 0, "satisfies_r4"),
        ("03-txssc-advanced.pdf", "Advanced", "2019-07-15", 24, "credited"),
        ("09-trauma-ceu.pdf", "Trauma", "2022-10-10", 26, "credited"),
        (
            "11-bullying.pdf",
            "Bullying",
            "2023-02-08",
            0,
            "needs_review",
        ),  # no legible hours: awaiting a person
    )

    # V06 NASRO Advanced (2016) and Supervisors and Management (2021): the earlier meets R4, the other
    # counts 24 toward R5. A threat-assessment certificate prints no hours and the sure total is short:
    # R5 needs review. R5: supervisors 24 + CIT-Y 40 + EOP 24 + child abuse 24 + Project Unite 16 + YMHFA 8
    # = 136 sure; the threat assessment's hours are not known.
    n = "Priya S. Raman"
    agency = "Northgate Police Department"
    out.append(
        Applicant(
            "V06",
            n,
            agency,
            "2014-03-03",
            True,
            APP,
            "review_no_hours_both_advanced",
            _req(r5=REVIEW),
            136.0,
            [
                nasro_basic("01-basic.pdf", n, "2014-04-07", "2014-04-11"),
                nasro_advanced("02-advanced.pdf", n, "2016-10-17", "2016-10-19", layout="letter"),
                cert(
                    "03-supervisors.pdf",
                    n,
                    "School Resource Officer Supervisors and Management Course",
                    NASRO,
                    "2021-01-25",
                    "2021-01-27",
                    24,
                    "supervisor",
                    "nasro-supervisors",
                    layout="centered_landscape",
                ),
                nasro_conference("04-conference.pdf", n, "2022-07-10", "2022-07-15"),
                cert(
                    "05-cit-y.pdf",
                    n,
                    CITY,
                    CITY_BY,
                    "2017-05-01",
                    "2017-05-05",
                    40,
                    "juvenile",
                    "cit-youth",
                    kind="scan_light",
                    fmt="pdf",
                ),
                cert(
                    "06-eop.pdf",
                    n,
                    "School Emergency Operations Planning",
                    "State Emergency Management Agency",
                    "2018-08-06",
                    "2018-08-08",
                    24,
                    "school_safety",
                    "school-emergency-ops",
                ),
                cert(
                    "07-child-abuse.pdf",
                    n,
                    "Child Abuse and Neglect Investigations",
                    "State Attorney General's Office",
                    "2019-04-15",
                    "2019-04-17",
                    24,
                    "juvenile",
                    "child-abuse-inv",
                    layout="sidebar",
                ),
                cert(
                    "08-unite.pdf",
                    n,
                    "Project Unite: The Four Integrated Systems for School Violence Prevention",
                    NASRO,
                    "2020-09-15",
                    "2020-09-16",
                    16,
                    "school_safety",
                    "nasro-project-unite",
                ),
                cert(
                    "09-ymhfa.pdf",
                    n,
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2023-02-09",
                    "2023-02-09",
                    8,
                    "juvenile",
                    "ymhfa",
                    layout="letter",
                ),
                no_hours_cert(
                    "10-threat.pdf",
                    n,
                    "Threat Assessment in Schools",
                    SCHOOL_SAFETY_CENTER,
                    "2024-03-11",
                    "2024-03-12",
                    "school_safety",
                    None,
                ),
            ],
        )
    )
    lines(
        "V06",
        ("02-advanced.pdf", "Advanced", "2016-10-17", 0, "satisfies_r4"),
        ("03-supervisors.pdf", "Supervisors", "2021-01-25", 24, "credited"),
        ("10-threat.pdf", "Threat", "2024-03-11", 0, "needs_review"),  # no legible hours: awaiting a person
    )

    # V07 an application of 2022-10-17 (before 2023-01-01): the Alabama POST basic SRO course meets R3. No
    # SRO start or employment on the application; the letter (2022-09-06) says he "has served as the School
    # Resource Officer ... for five years" and continues: started by 2017-09-06, three years well before
    # the application: R1 met; R2 met (a letter of six weeks, still serving). NASRO's conference is a line of
    # the department's transcript: R6 asks for a document of catalog nasro-conference, and a transcript line
    # is one (the rules document's "conference attendance document (catalog nasro-conference)"; the dev
    # README is silent on the document's kind). Window from 2012-10-17: the 2012-10-16 line is a day out.
    # R5: CIT-Y 40 + EOP 24 + child abuse 24 + juvenile law 8 + YMHFA 8 + interviewing 16 + Project Unite 16
    # + AMHT 16 + SRP 4 + bullying 8 = 164; conference 0; "Gang Awareness" 2012-10-16: 0 (window).
    n = "Tyrone K. Ashby"
    agency = "Pinecrest Police Department"
    out.append(
        Applicant(
            "V07",
            n,
            agency,
            None,
            None,
            "2022-10-17",
            "eligible_pre2023_letter_years_conf_line",
            _req(),
            164.0,
            [
                prose_letter(
                    "01-letter.pdf",
                    n,
                    agency,
                    "2022-09-06",
                    (*ASHBY_LETTER,),
                    None,
                ),
                cert(
                    "02-state-basic.pdf",
                    n,
                    "School Resource Officer Basic Course",
                    "Alabama Peace Officers' Standards and Training Commission",
                    "2017-10-02",
                    "2017-10-06",
                    40,
                    "basic",
                    None,
                    layout="form_fields",
                ),
                nasro_advanced("03-advanced.pdf", n, "2019-06-10", "2019-06-12", layout="sidebar"),
                transcript_doc(
                    "04-transcript.pdf",
                    agency,
                    f"Officer {n}",
                    [
                        row(
                            "Gang Awareness for School Officers",
                            "2012-10-15",
                            "2012-10-16",
                            16,
                            "Juvenile",
                            "juvenile",
                            None,
                        ),
                        row(
                            "NASRO National School Safety Conference",
                            "2021-07-11",
                            "2021-07-16",
                            20,
                            "Conference",
                            "conference",
                            "nasro-conference",
                            NASRO,
                        ),
                        row(
                            CITY, "2018-02-05", "2018-02-09", 40, "Juvenile", "juvenile", "cit-youth", CITY_BY
                        ),
                        row(
                            "School Emergency Operations Planning",
                            "2019-02-11",
                            "2019-02-13",
                            24,
                            "School Safety",
                            "school_safety",
                            "school-emergency-ops",
                        ),
                        row(
                            "Child Abuse and Neglect Investigations",
                            "2020-03-02",
                            "2020-03-04",
                            24,
                            "Juvenile",
                            "juvenile",
                            "child-abuse-inv",
                        ),
                        row(
                            "Juvenile Law Update",
                            "2022-02-08",
                            "2022-02-08",
                            8,
                            "Juvenile",
                            "juvenile",
                            "juvenile-law",
                        ),
                    ],
                    layout="grid",
                    kind="scan_light",
                    fmt="pdf",
                ),
                cert(
                    "05-ymhfa.pdf",
                    n,
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2020-09-10",
                    "2020-09-10",
                    8,
                    "juvenile",
                    "ymhfa",
                ),
                cert(
                    "06-interviewing.pdf",
                    n,
                    "Interviewing and Interrogating Juveniles",
                    "Regional Law Enforcement Academy",
                    "2021-01-25",
                    "2021-01-26",
                    16,
                    "juvenile",
                    "juvenile-interview",
                    layout="letter",
                ),
                cert(
                    "07-unite.pdf",
                    n,
                    "Project Unite: The Four Integrated Systems for School Violence Prevention",
                    NASRO,
                    "2019-09-10",
                    "2019-09-11",
                    16,
                    "school_safety",
                    "nasro-project-unite",
                    layout="sidebar",
                ),
                cert(
                    "08-amht.pdf",
                    n,
                    "Adolescent Mental Health Training for School Resource Officers",
                    NASRO,
                    "2021-05-03",
                    "2021-05-04",
                    16,
                    "school_safety",
                    "nasro-amht",
                ),
                cert(
                    "09-srp.pdf",
                    n,
                    "Standard Response Protocol Training",
                    "The I Love U Guys Foundation",
                    "2022-08-02",
                    "2022-08-02",
                    4,
                    "school_safety",
                    "srp-training",
                    layout="letter",
                ),
                cert(
                    "10-bullying.pdf",
                    n,
                    "Bullying and Cyberbullying Prevention for Law Enforcement",
                    "Regional Training Center",
                    "2021-11-15",
                    "2021-11-15",
                    8,
                    "juvenile",
                    "bullying-prevention",
                    layout="centered_landscape",
                ),
            ],
        )
    )
    lines(
        "V07",
        ("02-state-basic.pdf", "Basic", "2017-10-02", 0, "satisfies_r3"),
        ("04-transcript.pdf", "Gang", "2012-10-15", 0, "older_than_window"),
        ("04-transcript.pdf", "Conference", "2021-07-11", 0, "category_zero"),
    )

    # V08 two letters: 2023-03-15 ("since August 2019", over 12 months before the application) and
    # 2025-01-20 ("from 08/12/2019 to present"): R1 from the latest letter, 2019-08-12: met; R2: the recent
    # letter says to present: met. The only conference is the School Safety Advocacy Council's "National
    # School Safety Conference": R6 not met (its 24 h are school-safety training). R5: SSAC 24 + CIT-Y 40 +
    # EOP 24 + child abuse 24 + interviewing 16 + Project Unite 16 + YMHFA 8 + AMHT 16 = 168.
    n = "Carmen V. Alcott"
    agency = "Westbrook School District Police"
    out.append(
        Applicant(
            "V08",
            n,
            agency,
            None,
            None,
            APP,
            "fail_conference_ssac_letters",
            _req(r6=NOT),
            168.0,
            [
                prose_letter(
                    "01-letter-2023.pdf",
                    n,
                    agency,
                    "2023-03-15",
                    (*ALCOTT_2023,),
                    None,
                ),
                prose_letter(
                    "02-letter-2025.pdf",
                    n,
                    agency,
                    "2025-01-20",
                    (*ALCOTT_2025,),
                    "2019-08-12",
                    kind="scan_light",
                    fmt="pdf",
                ),
                nasro_basic("03-basic.pdf", n, "2019-09-09", "2019-09-13"),
                nasro_advanced("04-advanced.pdf", n, "2020-10-19", "2020-10-21"),
                conference_cert(
                    "05-ssac.pdf",
                    n,
                    "National School Safety Conference",
                    "School Safety Advocacy Council",
                    "2022-02-21",
                    "2022-02-24",
                    "ssac-nssc",
                    "school_safety",
                    hours=24,
                ),
                cert(
                    "06-cit-y.pdf",
                    n,
                    CITY,
                    CITY_BY,
                    "2020-01-27",
                    "2020-01-31",
                    40,
                    "juvenile",
                    "cit-youth",
                    layout="sidebar",
                ),
                cert(
                    "07-eop.pdf",
                    n,
                    "School Emergency Operations Planning",
                    "State Emergency Management Agency",
                    "2021-08-02",
                    "2021-08-04",
                    24,
                    "school_safety",
                    "school-emergency-ops",
                ),
                cert(
                    "08-child-abuse.pdf",
                    n,
                    "Child Abuse and Neglect Investigations",
                    "State Attorney General's Office",
                    "2022-04-18",
                    "2022-04-20",
                    24,
                    "juvenile",
                    "child-abuse-inv",
                    layout="letter",
                ),
                cert(
                    "09-interviewing.pdf",
                    n,
                    "Interviewing and Interrogating Juveniles",
                    "Regional Law Enforcement Academy",
                    "2023-01-23",
                    "2023-01-24",
                    16,
                    "juvenile",
                    "juvenile-interview",
                ),
                cert(
                    "10-unite.pdf",
                    n,
                    "Project Unite: The Four Integrated Systems for School Violence Prevention",
                    NASRO,
                    "2023-09-12",
                    "2023-09-13",
                    16,
                    "school_safety",
                    "nasro-project-unite",
                    layout="sidebar",
                ),
                cert(
                    "11-ymhfa.pdf",
                    n,
                    "Youth Mental Health First Aid",
                    "National Council for Mental Wellbeing",
                    "2024-02-08",
                    "2024-02-08",
                    8,
                    "juvenile",
                    "ymhfa",
                    layout="centered_landscape",
                ),
                cert(
                    "12-amht.pdf",
                    n,
                    "Adolescent Mental Health Training for School Resource Officers",
                    NASRO,
                    "2024-05-07",
                    "2024-05-08",
                    16,
                    "school_safety",
                    "nasro-amht",
                    layout="letter",
                ),
            ],
        )
    )
    lines("V08", ("05-ssac.pdf", "National School Safety", "2022-02-21", 24, "credited"))

    # V09 a former SRO: the application states neither start nor employment; the letter (2025-03-03) says
    # she served as SRO from August 20, 2012 until June 30, 2020 and is now assigned to the Patrol
    # Division. R1: nearly eight years as an SRO: met (the documents settle it). R2: the letter says the
    # assignment ended: not met. (The product keeps both for a person today; see the report.) R5: CIT-Y 40
    # + EOP 24 + child abuse 24 + interviewing 16 + Project Unite 16 + AMHT 16 + YMHFA 8 + SBLE 20 = 164.
    n = "Lorraine F. Whitaker"
    agency = "Eastvale Police Department"
    out.append(
        Applicant(
            "V09",
            n,
            agency,
            None,
            None,
            APP,
            "fail_former_sro",
            _req(r2=NOT),
            164.0,
            [
                prose_letter(
                    "01-letter.pdf",
                    n,
                    agency,
                    "2025-03-03",
                    (*WHITAKER_LETTER,),
                    "2012-08-20",
                ),
                nasro_basic("02-basic.pdf", n, "2012-10-01", "2012-10-05"),
                nasro_advanced("03-advanced.pdf", n, "2014-04-14", "2014-04-16", layout="letter"),
                nasro_conference("04-conference.pdf", n, "2016-07-10", "2016-07-15"),
                transcript_doc(
                    "05-transcript.pdf",
                    agency,
                    "WHITAKER, LORRAINE F.",
                    [
                        row(
                            CITY, "2016-02-01", "2016-02-05", 40, "Juvenile", "juvenile", "cit-youth", CITY_BY
                        ),
                        row(
                            "School Emergency Operations Planning",
                            "2017-02-13",
                            "2017-02-15",
                            24,
                            "School Safety",
                            "school_safety",
                            "school-emergency-ops",
                        ),
                        row(
                            "Child Abuse and Neglect Investigations",
                            "2018-03-05",
                            "2018-03-07",
                            24,
                            "Juvenile",
                            "juvenile",
                            "child-abuse-inv",
                        ),
                        row(
                            "Interviewing and Interrogating Juveniles",
                            "2019-01-28",
                            "2019-01-29",
                            16,
                            "Juvenile",
                            "juvenile",
                            "juvenile-interview",
                        ),
                        row(
                            "NASRO Project Unite",
                            "2019-09-10",
                            "2019-09-11",
                            16,
                            "School Safety",
                            "school_safety",
                            "nasro-project-unite",
                            NASRO,
                        ),
                        row(
                            "Adolescent Mental Health Training for School Resource Officers",
                            "2020-02-04",
                            "2020-02-05",
                            16,
                            "School Safety",
                            "school_safety",
                            "nasro-amht",
                            NASRO,
                        ),
                        row(
                            "Youth Mental Health First Aid",
                            "2017-09-14",
                            "2017-09-14",
                            8,
                            "Juvenile",
                            "juvenile",
                            "ymhfa",
                        ),
                        row(
                            "School-Based Law Enforcement (TCOLE 4064)",
                            "2016-06-06",
                            "2016-06-08",
                            20,
                            "School Safety",
                            "school_safety",
                            "tcole-4064",
                        ),
                    ],
                    layout="whitespace",
                ),
            ],
        )
    )
    return out


def _ceu_cert(
    file: str, name: str, hours: float = 8, start: str = "2022-10-12"
) -> tuple[Any, dict[str, Any]]:
    """A trauma-informed course whose only amount is in IACET CEUs (1 CEU = 10 hours), ending 2022-10-13."""
    spec = _cert(
        name,
        "Trauma-Informed Policing with Youth",
        "Center for Youth Justice Training",
        date.fromisoformat(start),
        date(2022, 10, 13),
        hours,
        "ceu",
        "long",
        "juvenile",
        "trauma-informed-youth",
    )
    return (lambda p: render_certificate_pdf(spec, "form_fields", p)), spec_truth(spec, file)


# ------------------------------------------------------------------------------------ comparing


def compare(corpus: Path, export: Path) -> list[str]:
    """Every requirement verdict, credited total and expected ledger line that differs, one line each."""
    out: list[str] = []
    if not LINES:
        applicants()  # registers the expected lines
    for folder in sorted(p for p in corpus.iterdir() if (p / "manifest.json").exists()):
        aid = folder.name
        manifest = json.loads((folder / "manifest.json").read_text())
        ledger_path = export / aid / "ledger.json"
        if not ledger_path.exists():
            out.append(f"{aid}: no ledger")
            continue
        ledger = json.loads(ledger_path.read_text())
        exp = manifest["expected"]
        for req, want in exp["requirements"].items():
            got = ledger["requirements"].get(req)
            if got != want:
                kind = "LOST" if got == REVIEW else ("MISSED REVIEW" if want == REVIEW else "WRONG")
                out.append(f"{aid} {req}: {got} (expected {want}) [{kind}] {ledger['reasons'].get(req, '')}")
        if ledger["eligible"] and not exp["eligible"]:
            out.append(f"{aid}: WRONGLY ELIGIBLE")
        if ledger["additional_hours_credited"] != exp["additional_hours_credited"]:
            out.append(
                f"{aid} hours: {ledger['additional_hours_credited']} (expected "
                f"{exp['additional_hours_credited']})"
            )
        for want_line in LINES.get(aid, []):
            found = [
                ln
                for ln in ledger["lines"]
                if ln["document"] == want_line.document
                and want_line.title.lower() in ln["course_title"].lower()
                and ln["start_date"] == want_line.start
            ]
            if not found:
                out.append(f"{aid} {want_line.document} {want_line.title} {want_line.start}: no such line")
                continue
            ln = found[0]
            if (ln["credited_hours"], ln["rule"]) != (want_line.credited, want_line.rule):
                # A line a person must still confirm where a credit is expected is lost automation, not
                # a wrong credit: marked so.
                pending = ln["rule"] == "needs_review" and want_line.rule == "credited"
                out.append(
                    f"{aid} {want_line.document} {ln['course_title']!r}: {ln['credited_hours']} {ln['rule']} "
                    f"(expected {want_line.credited} {want_line.rule}){' [PENDING]' if pending else ''} "
                    f"{ln['reason']}"
                )
    return out


def compare_round(applicants: Callable[[], object], corpus: Path, export: Path) -> list[str]:
    """``compare`` on another round's expected lines (registered anew by its ``applicants``)."""
    LINES.clear()
    applicants()
    return compare(corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    return write_applicants(root, applicants(), only, seed=1900)


def run_cli(
    argv: list[str],
    compare: Callable[[Path, Path], list[str]],
    write: Callable[[Path, tuple[str, ...]], list[Path]],
    usage: str | None,
) -> None:
    """``OUTDIR [ID ...]`` writes a round's applicants; ``--compare CORPUS EXPORT`` checks an export."""
    if len(argv) >= 4 and argv[1] == "--compare":
        diffs = compare(Path(argv[2]), Path(argv[3]))
        print("\n".join(diffs) or "every verdict and expected line as set by hand")
    elif len(argv) >= 2:
        for f in write(Path(argv[1]), tuple(argv[2:])):
            print(f)
    else:
        sys.exit(usage)


if __name__ == "__main__":
    run_cli(sys.argv, compare, write, __doc__)
