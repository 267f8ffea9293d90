"""What kind of document an upload is, from its text, layout and the items the extractor found."""

from __future__ import annotations

import re
from typing import Literal

from rapidfuzz import fuzz

from extract.types import DocumentPart, Frozen

DocType = Literal["certificate", "transcript", "conference_attendance", "employment_letter", "other"]

TRANSCRIPT_TERMS: tuple[str, ...] = (
    "transcript", "training record", "training history", "training report", "report period",
    "records from", "course history", "employee training", "training summary", "in-service record",
)  # fmt: skip
LETTER_TERMS: tuple[str, ...] = (
    "to whom it may concern", "this letter", "verify", "verification", "verifies", "employed",
    "employment", "sincerely", "has served as", "school resource officer since", "serves as",
    "has been assigned", "dear", "respectfully", "please contact", "currently assigned", "memorandum",
    "hired", "personnel action", "personnel order",
    # Spanish letters: "A quien corresponda", "Por medio de la presente se hace constar", "Atentamente"
    "a quien corresponda", "por medio de la presente", "hace constar", "atentamente", "actualmente",
    # an officer's posts in prose: "has been our School Resource Deputy", "remains assigned there", "was
    # assigned as the SRO for AY 2020-21", "has held the following assignments"
    "has been our", "remains assigned", "was assigned as", "has held the following",
    "was our",  # "was our School Resource Officer ... for five years before his promotion"
)  # fmt: skip
# The letter terms that speak of a person's employment or assignment, not of a letter's form.
SERVICE_TERMS: tuple[str, ...] = (
    "employed", "employment", "hired", "has served as", "serves as", "has been assigned",
    "currently assigned", "school resource officer since", "actualmente",
    "has been our", "remains assigned", "was assigned as", "has held the following", "was our",
)  # fmt: skip
# The letter terms that speak of a letter's form: what a page stating an SRO start needs to be a letter.
LETTER_FORM_TERMS: tuple[str, ...] = tuple(t for t in LETTER_TERMS if t not in SERVICE_TERMS)
CERTIFICATE_TERMS: tuple[str, ...] = (
    "certify", "certifies", "certificate", "completion", "completed", "achievement",
    "successfully", "awarded", "presented to", "in recognition", "has attended", "participation",
)  # fmt: skip
ATTENDANCE_TERMS: tuple[str, ...] = ("attended", "attendance", "participated", "participation")
CONFERENCE_TERMS: tuple[str, ...] = (
    "conference", "symposium", "summit", "convention", "congress", "colloquium", "forum", "hackathon",
    # Portuguese, Spanish and French events: "Congresso Brasileiro de ...", "Encontros Carreira tech"
    "congresso", "congreso", "congrès", "encontro", "encuentro",
)  # fmt: skip
# A placing in a competition ("3rd PRIZE", "Winner"): an award for a result, not a record of training.
PRIZE_TERMS: tuple[str, ...] = (
    "prize", "winner", "winners", "runner-up", "runner up", "first place", "second place", "third place",
    "1st place", "2nd place", "3rd place", "prêmio", "premio", "premiação",
)  # fmt: skip

FUZZY_MIN_LENGTH = 8  # shorter keywords must match exactly: fuzzy short words collide with anything
FUZZY_THRESHOLD = 88.0
LAST_WORD_MIN_RATIO = 60.0  # "sinee", "s1nce" (80) are "since"; "supervisors" (38) is not


class DocTypeGuess(Frozen):
    doc_type: DocType
    confidence: float  # 0..1
    reason: str


def _clean(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9'&-]+", " ", text.lower()).split())


def present(keyword: str, text: str) -> bool:
    """Keyword in lower-cased ``text``; long keywords tolerate OCR noise."""
    if re.search(rf"\b{re.escape(keyword)}\b", text):
        return True
    if len(keyword) < FUZZY_MIN_LENGTH:
        return False
    hit = fuzz.partial_ratio_alignment(keyword, text, score_cutoff=FUZZY_THRESHOLD)
    return hit is not None and _last_word_agrees(keyword, text, hit.dest_end)


def _last_word_agrees(keyword: str, text: str, end: int) -> bool:
    """The phrase's last word is the one the text has there, misread at most: a long phrase is alike
    whatever its short last word ("school resource officer since" / "... officer supervisors")."""
    if " " not in keyword:
        return True
    start = text.rfind(" ", 0, max(end - 1, 0)) + 1
    stop = text.find(" ", end)
    printed = text[start : stop if stop >= 0 else len(text)]
    return fuzz.ratio(keyword.rsplit(" ", 1)[1], printed) >= LAST_WORD_MIN_RATIO


def found(terms: tuple[str, ...], text: str) -> list[str]:
    """The terms present in ``text``."""
    return [t for t in terms if present(t, text)]


def classify_doctype(text: str, layout: str, n_items: int, has_sro_start: bool) -> DocTypeGuess:
    """certificate | transcript | conference_attendance | employment_letter | other."""
    clean = _clean(text)
    if not clean or (n_items == 0 and len(clean) < 20):
        return DocTypeGuess(doc_type="other", confidence=0.8, reason="blank or illegible")
    if layout == "stack":
        return DocTypeGuess(
            doc_type="certificate", confidence=0.85, reason=f"{n_items} certificates, one per page"
        )
    for rule in (_transcript, _letter, _prize, _conference, _certificate):
        guess = rule(clean, layout, n_items, has_sro_start)
        if guess is not None:
            return guess
    return DocTypeGuess(doc_type="other", confidence=0.6, reason="nothing course-like")


def reads_as_a_letter(text: str) -> bool:
    """``text`` has a letter's form ("To whom it may concern", "this letter", "Sincerely", a memo)."""
    return bool(found(LETTER_FORM_TERMS, _clean(text)))


def packet_doctype(parts: tuple[DocumentPart, ...], n_items: int) -> DocTypeGuess:
    """A packet's one doc type: a transcript when it holds a training record, else a certificate
    (``classify_document`` makes it a conference attendance when a course is one). Its letter's facts
    reach the ledger whatever the type (``ExtractedDocument.holds_a_letter``)."""
    kinds = sorted({p.kind for p in parts} - {"other"})
    doc_type: DocType = "transcript" if "transcript" in kinds else "certificate"
    return DocTypeGuess(
        doc_type=doc_type, confidence=0.8, reason=f"a packet of {', '.join(kinds)}: {n_items} course(s)"
    )


# A certificate's own title and its words to its holder ("Certificate of Completion" ... "This is to certify
# that", "awarded to"): one person's certificate of the courses it lists, in a grid or not.
CERTIFICATE_TITLE_RE = re.compile(
    r"\bcertificate\s+of\s+(?:completion|training|achievement|attendance|accomplishment|recognition)\b"
)
CERTIFICATE_HOLDER_RE = re.compile(
    r"\b(?:certif(?:y|ies)|certified)\s+that\b|\b(?:awarded|presented|issued)\s+to\b"
)


def _transcript(text: str, layout: str, n_items: int, has_sro_start: bool) -> DocTypeGuess | None:
    terms = found(TRANSCRIPT_TERMS, text)
    if not terms and CERTIFICATE_TITLE_RE.search(text) and CERTIFICATE_HOLDER_RE.search(text):
        return None  # a certificate printing its courses in a grid: the certificate rule's
    if layout == "table" and n_items >= 2:
        conf = 0.95 if terms else 0.85
        return DocTypeGuess(
            doc_type="transcript", confidence=conf, reason=f"table of {n_items} courses {terms}"
        )
    if terms and n_items >= 2:
        return DocTypeGuess(doc_type="transcript", confidence=0.8, reason=f"{n_items} courses; {terms}")
    if terms and n_items <= 1 and layout == "table":
        return DocTypeGuess(
            doc_type="transcript", confidence=0.6, reason=f"table with {terms}, few rows read"
        )
    return None


def _letter(text: str, layout: str, n_items: int, has_sro_start: bool) -> DocTypeGuess | None:
    if _attendance_letter(text, n_items, has_sro_start):
        return None
    terms = found(LETTER_TERMS, text)
    strength = len(terms) + (2 if has_sro_start else 0)
    if n_items == 0 and strength >= 2:
        conf = min(0.95, 0.6 + 0.1 * strength)
        return DocTypeGuess(doc_type="employment_letter", confidence=conf, reason=f"letter terms {terms}")
    # A memo stating an SRO start in its one letter word ("memorandum") and no certificate's wording is
    # a letter too.
    plain = not found(CERTIFICATE_TERMS, text)
    # Three letter terms, one of service, and no certificate's wording: a letter whatever line was read as a
    # course ("To the NASRO Practitioner Committee" over a letter stating no start date).
    service = plain and len(terms) >= 3 and any(t in SERVICE_TERMS for t in terms)
    if n_items <= 1 and (
        (has_sro_start and (len(terms) >= 2 or (terms and plain))) or len(terms) >= 4 or service
    ):
        # A letter that names a course in passing is still a letter.
        return DocTypeGuess(doc_type="employment_letter", confidence=0.6, reason=f"letter terms {terms}")
    return None


def _attendance_letter(text: str, n_items: int, has_sro_start: bool) -> bool:
    """A letter verifying that someone attended a conference ("This letter verifies that ... attended the
    2022 NASRO School Safety Conference ... and earned 2.4 CEUs"): a letter in form, conference attendance
    in substance, when a course was read from it and it says nothing of employment."""
    return (
        n_items >= 1
        and not has_sro_start
        and bool(found(CONFERENCE_TERMS, text))
        and bool(found(ATTENDANCE_TERMS, text))
        and not found(SERVICE_TERMS, text)
    )


def _prize(text: str, layout: str, n_items: int, has_sro_start: bool) -> DocTypeGuess | None:
    """A certificate of a prize or a placing that states no hours: what it records is a result, not a
    course. A page that states hours is left to the certificate rules (a course may award a prize too)."""
    prize = found(PRIZE_TERMS, text)
    if not prize or n_items > 1 or present("hours", text) or present("hrs", text):
        return None
    return DocTypeGuess(doc_type="other", confidence=0.6, reason=f"a prize or placing, not training {prize}")


def _conference(text: str, layout: str, n_items: int, has_sro_start: bool) -> DocTypeGuess | None:
    conference = found(CONFERENCE_TERMS, text)
    if not conference or n_items > 2:
        return None
    attended = found(ATTENDANCE_TERMS, text)
    conf = 0.9 if attended else 0.7
    return DocTypeGuess(doc_type="conference_attendance", confidence=conf, reason=f"{conference} {attended}")


def _certificate(text: str, layout: str, n_items: int, has_sro_start: bool) -> DocTypeGuess | None:
    terms = found(CERTIFICATE_TERMS, text)
    if n_items >= 1:
        conf = 0.9 if terms else 0.6
        return DocTypeGuess(doc_type="certificate", confidence=conf, reason=f"{n_items} course(s); {terms}")
    if len(terms) >= 2:
        return DocTypeGuess(
            doc_type="certificate", confidence=0.5, reason=f"certificate terms {terms}, no course read"
        )
    return None
