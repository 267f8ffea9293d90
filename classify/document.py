"""The classify stage: doc type, catalog match, category, confidence and status (pure)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from classify.catalog import Catalog, Course
from classify.category import as_printed_elsewhere, category_from_title
from classify.completion import (
    ATTENDED_RE,
    BADGE_REASON,
    CONFERENCE_WORD_RE,
    bill_foot_reason,
    conference_programme_reason,
    conference_registration_reason,
    listing_reason,
    no_completion_reason,
    reads_as_a_badge,
)
from classify.dated_before import dated_before_reason
from classify.doctype import CONFERENCE_TERMS, classify_doctype, found, packet_doctype, reads_as_a_letter
from classify.match import ACCEPT_SCORE, CourseMatch, match_course, prints_name_word_for_word
from classify.types import Category, ClassifiedDocument, ClassifiedItem
from extract.lines import group_lines
from extract.types import (
    GUESSED_TITLE_CONF,
    NO_HOURS_PRINTED,
    DocumentPart,
    Evidence,
    ExtractedDocument,
    Frozen,
    RawItem,
)

SRO_PROGRAM_CATEGORIES = ("basic", "advanced", "supervisor", "conference")


class AutoPolicy(Frozen):
    """When an item may be credited without a human. Every threshold is a reason to send it to review."""

    min_word_conf: float = 0.80  # OCR confidence of the words of each field (text layers are 1.0)
    min_match_score: float = 88.0  # rapidfuzz score of a catalog match
    min_category_conf: float = 0.80  # title-based category of a course the catalog lacks
    # A title's words this sure of the other side of R5 than its matched catalog course send it to a person.
    min_disagreeing_title_conf: float = 0.5
    # A title this close to a catalog course that still matches none is most often that course's name
    # misread ("Fireanns Qualtication" 83), rarely another course: a person says which.
    near_catalog_score: float = 80.0
    max_course_days: int = 31  # a longer printed span is more likely two misread dates
    max_hours_per_day: float = 12.0  # more hours than this per course day: a date or the hours misread
    earliest_year: int = 1980


def _issuer(doc: ExtractedDocument, item: RawItem) -> Evidence | None:
    """Who the certificate holding ``item`` says gave it (a stacked certificate: its own page's)."""
    return item.own_issuer if item.own_text is not None else doc.issuer


def _context(doc: ExtractedDocument, item: RawItem) -> str:
    """Text that may name the course's provider."""
    if item.source == "table_row":
        # A department's transcript names the department, not who gave each course: only the
        # row's own provider column speaks for the provider.
        return item.provider or ""
    issuer = _issuer(doc, item)
    text = item.own_text if item.own_text is not None else doc.text
    return "\n".join(p for p in (issuer.text if issuer else "", text) if p)


def _title_for_matching(title: str, code: str | None) -> str:
    """The title with its course code in front when the code can name a catalog course.

    The code goes in front: after the title it would read as a code with the title's last word ("First
    Aid 2201" as "AID-2201"), and the name would lack that word. A code of digits only (a POST or
    department course number, "2150-21990") names no catalog course, whose codes all have a prefix
    (IS-907, TCOLE 4064): its numbers would only be read as words the title does not have. Nor does a
    number with a section letter after it ("23-0425A", an academy's class ID), which opens with no prefix.
    """
    first = next((ch for ch in code or "" if ch.isalnum()), "")
    if not first.isalpha():
        return title
    return f"{code} {title}"


def _issuer_resembling_rejected_provider(
    doc: ExtractedDocument, item: RawItem, match: CourseMatch | None, policy: AutoPolicy
) -> str | None:
    """Why a provider-bound course the document seemed not to give needs a person, if it does.

    A partly read issuer ("Association of School Resource Officers", its first word lost) does not
    name the provider, yet it is far more likely that provider than another one: a person decides.
    """
    if match is None or match.provider_agrees is not False or match.candidate is None:
        return None
    provider = match.candidate.provider
    if not provider or match.candidate.category not in SRO_PROGRAM_CATEGORIES:
        return None
    issuer = _issuer(doc, item)
    printed = issuer.text if issuer is not None and item.source != "table_row" else item.provider
    if not printed or fuzz.token_set_ratio(printed.lower(), provider.lower()) < policy.min_match_score:
        return None
    return f"issuer {printed!r} resembles {provider!r} without naming it: confirm who gave the course"


def _named_like_a_program_course(match: CourseMatch | None, policy: AutoPolicy) -> bool:
    """The title is the name of a NASRO program course (basic, advanced, supervisor, conference) that the
    match set aside because the document does not name its provider."""
    return (
        match is not None
        and match.course is None
        and match.candidate is not None
        and match.candidate.category in SRO_PROGRAM_CATEGORIES
        and match.score >= policy.min_match_score
    )


def _lacking(match: CourseMatch) -> str:
    course = match.candidate
    name = course.title if course is not None else "the catalog course"
    return f"title lacks {' '.join(match.lacks)!r} of {name!r}: the same course, or a broader one?"


def _title_words_disagree(title: str, hint: str | None, course: Course, policy: AutoPolicy) -> str | None:
    """Why a matched catalog course needs a person when the title's own words say otherwise, if they do.

    "Defensive Tactics for School Resource Officers" matches Defensive Tactics (unrelated) while its words
    say school safety: whether the course credits R5 hours then rests on the match alone. Only a title
    whose words tell another side of R5 (credited or not) than the course's category, beyond what the
    course's own name says ("Youth Mental Health First Aid" holds 'first aid' as its name does), counts.
    """
    guess = category_from_title(title, hint)
    if guess.category is None or guess.confidence < policy.min_disagreeing_title_conf:
        return None
    if (guess.category == "unrelated") == (course.category == "unrelated"):
        return None
    if any(category_from_title(name).category == guess.category for name in course.names):
        return None
    return (
        f"catalog course {course.id} is {course.category} but the title's words say {guess.category} "
        f"({guess.reason})"
    )


def _date_problems(item: RawItem, today: date, policy: AutoPolicy) -> list[str]:
    if item.start_date is None or item.end_date is None:
        return ["no course date read"]
    problems = []
    if item.end_date < item.start_date:
        problems.append("end date before start date")
    if (item.end_date - item.start_date).days > policy.max_course_days:
        problems.append("course spans more than a month")
    if item.end_date > today:
        problems.append("date in the future")
    if item.start_date.year < policy.earliest_year:
        problems.append("date before 1980")
    return problems


def _too_many_hours_per_day(item: RawItem, policy: AutoPolicy) -> str | None:
    # A transcript row's one date is when the course ended (40 hours "on" 2020-02-04 is normal);
    # on a certificate, or a row printing start and end apart, a single day holding a week's hours
    # means a date was misread, or the hours (a lost decimal point: 2.5 read as 25).
    dated_by_end_only = item.source == "table_row" and not item.span_printed
    if dated_by_end_only or item.hours is None or item.start_date is None or item.end_date is None:
        return None
    days = (item.end_date - item.start_date).days + 1
    if days < 1 or item.hours <= policy.max_hours_per_day * days:
        return None
    return f"{item.hours:g} hours in {days} day(s): a date or the hours are likely misread"


def classify_item(
    doc: ExtractedDocument, item: RawItem, catalog: Catalog, today: date, policy: AutoPolicy
) -> ClassifiedItem:
    reasons: list[str] = list(item.notes)
    date_reasons: list[str] = list(item.date_notes)
    hours_reasons: list[str] = list(item.hours_notes)
    title = item.course_title or ""
    match = (
        match_course(
            _title_for_matching(title, item.course_code),
            _context(doc, item),
            catalog,
        )
        if title
        else None
    )
    category: Category | None
    catalog_id: str | None = None
    nominal: float | None = None
    if match is not None and match.course is not None and match.provider_agrees is not False:
        catalog_id = match.course.id
        category = match.course.category
        nominal = match.course.hours
        match_conf = min(match.score / 100.0, 1.0)
        if match.lacks:  # only a word naming the kind of event: still the course, for a person to confirm
            reasons.append(_lacking(match))
        elif match.score < policy.min_match_score:
            reasons.append(f"uncertain catalog match ({match.score:.0f}): {match.reason}")
        disagreement = _title_words_disagree(title, item.category_hint, match.course, policy)
        if disagreement:
            reasons.append(disagreement)
    else:
        if match is not None and match.course is not None:  # provider disagrees: keep the course's kind
            category = match.course.category
            match_conf = min(match.score / 100.0, 1.0)
            if match.score < policy.min_match_score:
                reasons.append(f"uncertain course kind ({match.score:.0f}): {match.reason}")
        else:
            if match is not None and match.course is None and match.lacks:
                reasons.append(_lacking(match))  # a candidate only: the title may be another course
            guess = category_from_title(title, item.category_hint)
            # Repaired words alone are a guess; the same words printed on another row are a second source.
            guess = as_printed_elsewhere(
                title, guess, (it.course_title or "" for it in doc.items if it is not item)
            )
            category = guess.category
            match_conf = guess.confidence
            if category is None or guess.confidence < policy.min_category_conf:
                reasons.append(f"category unsure: {guess.reason}")
            if match is not None and policy.near_catalog_score <= match.score < ACCEPT_SCORE:
                reasons.append(f"title close to a catalog course, perhaps misread: {match.reason}")
    if not title:
        reasons.append("no course title read")
    issuer = _issuer(doc, item)
    issuer_read = issuer is not None and issuer.conf >= policy.min_word_conf
    near = _issuer_resembling_rejected_provider(doc, item, match, policy)
    if near is not None:
        reasons.append(near)
    if match is not None and match.curriculum_only and catalog_id is None:
        reasons.append(f"{match.reason}: confirm who gave it")
    if catalog_id is None and category in SRO_PROGRAM_CATEGORIES and not issuer_read:
        # Whether an SRO course is NASRO's decides R3/R4/R6; with no issuer read, a person confirms it.
        reasons.append(f"{category} SRO course and no issuer read: confirm who gave it")
    elif catalog_id is None and not issuer_read and _named_like_a_program_course(match, policy):
        # "National School Safety Conference" with nobody named: NASRO's (R6, no R5 hours) or another
        # association's of the same name (school safety hours); the title alone cannot tell.
        assert match is not None and match.candidate is not None
        reasons.append(
            f"title is the name of {match.candidate.title!r} and no issuer read: confirm who gave it"
        )
    title_conf = item.title_conf
    if item.title_guess == "placed" and not (
        catalog_id is not None
        and match is not None
        and match.course is not None
        and match.score >= policy.min_match_score
        and prints_name_word_for_word(title, match.course, catalog)
    ):
        # A guess standing where a course stands is still a guess unless it prints a catalog course's name
        # whole and exactly (a line of the page naming another thing is rarely that).
        title_conf = min(title_conf, GUESSED_TITLE_CONF)
    if title_conf < policy.min_word_conf:
        reasons.append(f"course title read with low confidence ({title_conf:.2f})")
    date_reasons += _date_problems(item, today, policy)
    if item.start_date is not None and item.date_conf < policy.min_word_conf:
        date_reasons.append(f"dates read with low confidence ({item.date_conf:.2f})")
    if item.hours is None and category == "conference" and item.hours_notes == (NO_HOURS_PRINTED,):
        # Conference hours are never credited (R5 gives them 0, R6 needs the attendance only), and
        # the page names no hours at all: nothing for a person to check here.
        hours_reasons.clear()
    elif item.hours is None:
        hours_reasons.append("no legible hours" + (f" (catalog proposes {nominal:g})" if nominal else ""))
    elif item.hours_conf < policy.min_word_conf:
        hours_reasons.append(f"hours read with low confidence ({item.hours_conf:.2f})")
    crowded = _too_many_hours_per_day(item, policy)
    if crowded:  # either reading may be the wrong one: both are for a person to check
        date_reasons.append(crowded)
        hours_reasons.append(crowded)
    parts = [
        title_conf,
        match_conf,
        item.date_conf if item.start_date else 0.3,
        item.hours_conf if item.hours is not None else 0.3,
    ]
    confidence = min(parts)
    unsure = tuple(
        f for f, rs in (("course", reasons), ("dates", date_reasons), ("hours", hours_reasons)) if rs
    )
    reasons = reasons + date_reasons + hours_reasons
    if reasons:
        confidence = min(confidence, 0.79)
    return ClassifiedItem(
        course_title=item.course_title,
        catalog_id=catalog_id,
        category=category,
        start_date=item.start_date,
        end_date=item.end_date,
        hours=item.hours,
        confidence=round(confidence, 3),
        status="review" if reasons else "auto",
        page=item.page,
        bbox=item.bbox,
        review_reasons=tuple(dict.fromkeys(reasons)),
        unsure=unsure,
        match_score=match.score if match else 0.0,
        hours_text=item.hours_text,
        date_text=item.date_text,
        nominal_hours=nominal,
    )


# A page thanking its holder for a talk: "for presenting", "your presentation", "as a presenter", "guest
# speaker" ("presented to", a certificate's wording for its holder, and a session's "Presenter: Dr. Lee"
# label, naming someone else, are not).
PRESENTER_RE = re.compile(
    r"\bpresenting\b|\b(?:your|his|her|their)\s+presentation\b|"
    r"\bas\s+(?:an?\s+|the\s+)?(?:featured\s+|guest\s+|keynote\s+)?(?:presenter|speaker|panelist)\b|"
    r"\b(?:featured|guest|keynote)\s+speaker\b",
    re.I,
)


def presented_at_a_conference(text: str) -> bool:
    """The page recognises a talk its holder gave at a conference it names (no course taken)."""
    return bool(PRESENTER_RE.search(text)) and bool(found(CONFERENCE_TERMS, text.lower()))


# NASRO named on a page: its conference's badge may be R6's evidence (for a person).
# The conference's name as a badge prints it: "NASRO 2024 School Safety Conference".
CONFERENCE_NAME_RE = re.compile(
    r"(?:\b[A-Z0-9][\w'&-]*\s+){0,6}(?:Conference|Symposium|Convention|Summit)\b", re.I
)
NASRO_NAMED_RE = re.compile(r"\bNASRO\b|national\s+association\s+of\s+school\s+resource\s+officers", re.I)


def _nasro_conference_cut(text: str, items: list[ClassifiedItem]) -> str | None:
    """The title of the one line of a page of attendance at a conference ("was in attendance at", "attended")
    that names NASRO and no course nor category, the page naming a conference: NASRO's conference whose name
    the line lost (None otherwise)."""
    if CONFERENCE_WORD_RE.search(text) is None or ATTENDED_RE.search(text) is None or len(items) != 1:
        return None
    item = items[0]
    title = item.course_title or ""
    named = NASRO_NAMED_RE.search(title) is not None and CONFERENCE_WORD_RE.search(title) is None
    return title if named and item.catalog_id is None and item.category is None else None


def _badge_item(doc: ExtractedDocument) -> ClassifiedItem:
    """The conference a badge names, as a line for a person: NASRO's conference when the badge names
    NASRO (R6 then waits for the person), no catalog course otherwise. No hours, no dates credited."""
    m = CONFERENCE_NAME_RE.search(doc.text)
    title = " ".join(m.group(0).split()) if m else "conference (badge)"
    page = doc.pages[0] if doc.pages else None
    nasro = NASRO_NAMED_RE.search(doc.text) is not None
    return ClassifiedItem(
        course_title=title,
        catalog_id="nasro-conference" if nasro else None,
        category="conference",
        start_date=None,
        end_date=None,
        hours=None,
        confidence=0.5,
        status="review",
        page=page.number if page else 1,
        bbox=(0.0, 0.0, page.width, page.height) if page else (0.0, 0.0, 0.0, 0.0),
        review_reasons=(BADGE_REASON,),
    )


def _the_sessions_event(sessions: list[ClassifiedItem], event: str) -> ClassifiedItem:
    """NASRO's conference whose sessions a record lists ("2024 NASRO School Safety Conference" over
    "Continuing Education Transcript" and its rows): R6's line, for a person (the sessions' lines name no
    conference, and R6 went silently not met). Dated by its sessions, no hours."""
    first = sessions[0]
    starts = [d for i in sessions for d in (i.start_date, i.end_date) if d is not None]
    return first.model_copy(
        update={
            "course_title": " ".join(event.split()),
            "catalog_id": "nasro-conference",
            "category": "conference",
            "start_date": min(starts, default=None),
            "end_date": max(starts, default=None),
            "hours": None,
            "confidence": 0.5,
            "status": "review",
            "review_reasons": (
                f"a record of sessions at {event!r}: a person confirms the attendance of the conference",
            ),
            "unsure": (),
            "hours_text": None,
            "date_text": None,
            "nominal_hours": None,
        }
    )


def _a_presentation(item: ClassifiedItem) -> ClassifiedItem:
    """A talk given at a conference: the conference's line, for a person only (nothing settled)."""
    reason = "recognises a presentation at a conference, not attendance: a person decides"
    return _for_a_person(item, reason, category="conference", catalog_id=None)


def _on_a_roster(item: ClassifiedItem, roster: str) -> ClassifiedItem:
    """A roster's course, for a person only: no reading of it is settled, whatever its fields say (no
    `unsure` field, so no rule takes it as settled for what it reads)."""
    return _for_a_person(item, f"{roster}: confirm the applicant attended")


def _for_a_person(item: ClassifiedItem, reason: str, **update: Any) -> ClassifiedItem:
    """``item`` in review for ``reason``, no reading of it settled (no `unsure` field)."""
    return item.model_copy(
        update={
            "status": "review",
            "confidence": min(item.confidence, 0.79),
            "review_reasons": (reason, *item.review_reasons),
            "unsure": (),
            **update,
        }
    )


# A conference named as an event above a record's rows ("2022 NASRO School Safety Conference - Session
# Transcript", "Annual Conference: sessions attended"): a year, "annual", "national", "school safety" or NASRO
# at most three words before the word, so a column head ("Course/Conference Title") or a "Conference Center"
# names none. The word may be glued to the one before ("School SafetyConference" on a heavy scan).
EVENT_HEADING_RE = re.compile(
    r"(?:\b(?:19|20)\d\d|\bannual|\bnational|\bschool\s+safety|\bNASRO)\b(?:\s+[\w'&-]+){0,3}?\s*"
    r"(?:conference|symposium|convention|summit)\b(?!\s+(?:center|centre|room|hall|call|line))",
    re.I,
)


def _heading(doc: ExtractedDocument, items: list[ClassifiedItem]) -> str:
    """The words of the page above a record's first row: its title lines."""
    placed = [(i.page, i.bbox[1]) for i in items if i.bbox is not None]
    if not placed or not 1 <= min(placed)[0] <= len(doc.pages):
        return ""
    page, top = min(placed)
    return " ".join(w.text for w in doc.pages[page - 1].words if w.bbox[3] <= top)


def _foot(doc: ExtractedDocument, items: list[ClassifiedItem]) -> str:
    """The words of the page below a table's last row: its footer, a bill's totals block."""
    placed = [(i.page, i.bbox[3]) for i in items if i.bbox is not None]
    if not placed or not 1 <= max(placed)[0] <= len(doc.pages):
        return ""
    page, bottom = max(placed)
    return " ".join(w.text for w in doc.pages[page - 1].words if w.bbox[1] >= bottom)


def _listed(item: ClassifiedItem, why: str | None) -> ClassifiedItem:
    """An item of a page or table that proves no completion: for a person, with the reason (once); as it is
    where there is no reason."""
    return item if why is None or why in item.review_reasons else _for_a_person(item, why)


def _listed_tables(
    doc: ExtractedDocument, items: list[ClassifiedItem], parts: tuple[DocumentPart, ...]
) -> dict[int, str]:
    """Per item (by ``id``) of a table of several courses that proves no completion, why: the table's
    heading names a listing (:func:`listing_reason`) or its foot a bill's totals (:func:`bill_foot_reason`).
    A table layout is one table; a packet's record parts are read each on its own pages."""
    if doc.layout == "table":
        tables = [items]
    elif doc.layout == "packet":
        tables = [[i for i in items if i.page in p.pages] for p in parts if p.kind == "transcript"]
    else:
        tables = []
    reasons: dict[int, str] = {}
    for rows in tables:
        if not rows or (len(rows) < 2 and doc.layout == "packet"):
            continue  # a one-row part is one course on its page: round 8's page check is the certificate's
        heading = _heading(doc, rows)
        why = (
            listing_reason(heading)
            or bill_foot_reason(_foot(doc, rows))
            or dated_before_reason(heading, [i.start_date for i in rows])
        )
        if why is not None:
            reasons.update((id(i), why) for i in rows)
    return reasons


def _unproven_pages(doc: ExtractedDocument, items: list[ClassifiedItem]) -> dict[int, str]:
    """Per item (by ``id``) of a stack's page that proves no completion of its courses, why: the page's
    words (:func:`no_completion_reason`) or its own date before all of them (:func:`dated_before_reason`)."""
    reasons: dict[int, str] = {}
    for page in doc.pages:
        on_page = [i for i in items if i.page == page.number]
        if not on_page:
            continue
        text = "\n".join(line.text for line in group_lines(page.words, page.number))
        why = no_completion_reason(text) or dated_before_reason(text, [i.start_date for i in on_page])
        if why is not None:
            reasons.update((id(i), why) for i in on_page)
    return reasons


def _sessions_of_a_conference(doc: ExtractedDocument, items: list[ClassifiedItem]) -> str | None:
    """The conference a record's heading names when its rows (or a certificate's listed courses) are that
    event's sessions (no row names a conference itself); None otherwise."""
    if doc.layout not in ("table", "single") or len(items) < 2 or any(_names_a_conference(i) for i in items):
        return None
    m = EVENT_HEADING_RE.search(_heading(doc, items))
    return m.group(0) if m else None


def _a_session(item: ClassifiedItem, event: str) -> ClassifiedItem:
    """A session of a conference: conference attendance (R6's, credited 0 for R5), for a person only."""
    reason = f"a session of the conference its record names ({event!r}): conference attendance, not training"
    return _for_a_person(item, reason, category="conference", catalog_id=None)


def _names_a_conference(item: ClassifiedItem) -> bool:
    return item.category == "conference" or bool(found(CONFERENCE_TERMS, (item.course_title or "").lower()))


def classify_document(
    doc: ExtractedDocument, catalog: Catalog, today: date, policy: AutoPolicy | None = None
) -> ClassifiedDocument:
    """Doc type and classified items of one extracted document."""
    policy = policy or AutoPolicy()
    items = [classify_item(doc, it, catalog, today, policy) for it in doc.items]
    parts, warnings = _packet_parts(doc)
    if doc.layout == "packet":
        guess = packet_doctype(parts, len(items))
    else:
        guess = classify_doctype(doc.text, doc.layout, len(items), doc.states_sro_start)
    doc_type = guess.doc_type
    warnings = list(doc.warnings) + warnings
    holds_a_letter = any(p.kind == "letter" for p in parts)
    if doc.attendees:
        # A sign-in sheet says who signed in, not that the applicant completed the course: no certificate
        # of theirs. Its course stays in view for a person, never credited without one.
        doc_type = "other"
        roster = f"an attendance roster listing {len(doc.attendees)} people ({', '.join(doc.attendees)})"
        items = [_on_a_roster(i, roster) for i in items]
        warnings.append(f"{roster}: not a certificate of the applicant; a person confirms the attendance")
    elif (
        doc.layout == "single"
        and doc.participant_name is None
        and all(i.hours is None for i in items)
        and doc_type not in ("employment_letter", "conference_attendance")
        and not any(i.category == "conference" for i in items)
    ):
        # Nobody named and no hours: a blank page, an agenda, a permit; not a record of training. A letter
        # stays one: it has no hours, and its facts wait for a person to confirm whom it names. So does a
        # conference's certificate (most print no hours) whose name a scan garbled ("OFC.KELLYBAILEY"):
        # R6's evidence, for a person to match to the applicant.
        doc_type = "other"
    if doc_type == "employment_letter" or (doc_type == "other" and not doc.attendees):
        items = []
    elif doc_type == "certificate" and any(i.category == "conference" for i in items):
        doc_type = "conference_attendance"
    elif doc_type == "conference_attendance" and items and not any(_names_a_conference(i) for i in items):
        if presented_at_a_conference(doc.text):
            # "in recognition of presenting the workshop "..." at the 2022 National School Safety
            # Conference": the title read is the talk's. Whether presenting there is attending is the
            # reviewer's call (R6), and a talk given is no training taken (R5): never credited alone.
            items = [_a_presentation(i) for i in items]
        else:
            # "Summit" in a fax header or an issuer's address ("Summit County Sheriff's Office") names no
            # conference: the course the page is about says what the document is.
            doc_type = "certificate"
    if (
        doc_type in ("transcript", "certificate")
        and (event := _sessions_of_a_conference(doc, items)) is not None
    ):
        # "2022 NASRO School Safety Conference - Session Transcript" above rows of sessions with hours: the
        # hours are the conference's (credited 0 for R5), never training credited row by row.
        doc_type = "conference_attendance"
        items = [_a_session(i, event) for i in items]
        if NASRO_NAMED_RE.search(event) and any(i.hours is not None for i in items):
            # sessions with their hours, as a record of them prints them (a hotel bill's rows have none)
            items.insert(0, _the_sessions_event(items, event))
        warnings.append(f"the rows are sessions of {event!r}: conference attendance, not training hours")
    # A table of one row is read as one course on its page (an invoice's line item, a one-course record):
    # what the page says of that course (paid for, registered) is said of its row.
    one_course_page = doc.layout == "single" or (doc.layout == "table" and len(items) == 1)
    badge = (
        doc.layout == "single" and found(CONFERENCE_TERMS, doc.text.lower()) and reads_as_a_badge(doc.text)
    )
    if badge:
        # A conference's name badge: R6's evidence for a person only, whatever its lines read as (a badge
        # naming NASRO's conference was an `other` page, R6 silently not met).
        doc_type = "conference_attendance"
        items = [_for_a_person(i, BADGE_REASON, category="conference") for i in items]
        if not items or (
            NASRO_NAMED_RE.search(doc.text) and not any(i.catalog_id == "nasro-conference" for i in items)
        ):
            # A badge naming NASRO whose lines read only its band ("FULL CONFERENCE"): NASRO's conference,
            # for a person (R6 was not met, the band naming no one's conference).
            items = [_badge_item(doc)]
        warnings.append(BADGE_REASON)
    if one_course_page and not badge and (paid := conference_registration_reason(doc.text)) is not None:
        # A conference's registration, receipt or invoice: no attendance, whatever its lines read as (an
        # invoice was an `other` page or a record of its line items, R6 silently not met).
        items = [_for_a_person(i, paid) for i in items]
        warnings.append(paid)
    elif not badge and (programme := conference_programme_reason(doc.text)) is not None:
        # A page of the conference's programme: sessions at times of day, nobody's attendance (was a
        # conference line in review with no reason of its own).
        items = [_for_a_person(i, programme) for i in items]
        doc_type = "conference_attendance" if items else doc_type
        warnings.append(programme)
    elif one_course_page and items and (unproven := no_completion_reason(doc.text)) is not None:
        # A registration, an invoice, a course taught, part of one attended, one in progress, failed or
        # waived: the page names a course and proves no completion of it. Never credited without a person.
        items = [_listed(i, unproven) for i in items]
        warnings.append(unproven)
    elif (
        one_course_page and items and (early := dated_before_reason(doc.text, [i.start_date for i in items]))
    ):
        # A memo, a letter or a notice dated before every course it names ("Date: January 3, 2024" over
        # courses in February and March): written before them, it proves none completed.
        items = [_listed(i, early) for i in items]
        warnings.append(early)
    elif doc.layout == "stack" and (unproven_pages := _unproven_pages(doc, items)):
        # Papers read each alone (a certificate and, behind it, a registration laid out as lines): what a
        # page says of its own courses is said of them, as of a one-course page's.
        items = [_listed(i, unproven_pages.get(id(i))) for i in items]
        warnings.extend(dict.fromkeys(unproven_pages.values()))
    elif listings := _listed_tables(doc, items, parts):
        # Several courses in a table headed as an invoice, a receipt, a quote, an order, a registration, an
        # enrolment, a schedule, a calendar, a catalogue, a syllabus, an agenda or a sign-up, or totalled
        # under it as a bill ("Balance Due"): rows listed, not completed. Only the heading and a bill's
        # totals speak for the whole table (a record's rows keep their own statuses, and its footer may
        # invite the reader to register for next year's courses). A packet's table is read on its own
        # pages (an invoice stapled behind a certificate).
        items = [_listed(i, listings.get(id(i))) for i in items]
        warnings.extend(dict.fromkeys(listings.values()))
    if not badge and (cut := _nasro_conference_cut(doc.text, items)):
        # "was in attendance at NASRO's annual" / "conference in Grapevine, Texas": the name wrapped and
        # was cut before its "conference"; R6 waits for a person (was not met, the line naming no conference).
        reason = (
            "the page speaks of attendance at a NASRO conference whose name was not read whole "
            f"({cut!r}): a person decides whether it is NASRO's School Safety Conference"
        )
        items = [
            _for_a_person(i, reason, category="conference") if i.course_title == cut else i for i in items
        ]
        doc_type = "conference_attendance"
        warnings.append(reason)
    if doc.participant_name is None and items:
        warnings.append("no participant name found")
    return ClassifiedDocument(
        file=doc.file,
        sha256=doc.sha256,
        doc_type=doc_type,
        doc_type_confidence=guess.confidence,
        participant_name=doc.participant_name,
        issuer=doc.issuer,
        pages=len(doc.pages),
        # A packet's letter speaks for R1 and R2 as a letter alone does.
        **(
            _letter_facts(doc)
            if doc_type == "employment_letter" or holds_a_letter
            else {"sro_start_date": None}
        ),
        document_date=doc.issue_date,
        certificate_number=doc.certificate_number,
        items=tuple(items),
        catalog_sha256=catalog.sha256,
        extractor_version=doc.extractor_version,
        warnings=tuple(warnings),
        parts=parts,
        attendees=doc.attendees,
    )


def _packet_parts(doc: ExtractedDocument) -> tuple[tuple[DocumentPart, ...], list[str]]:
    """A packet's parts, a letter kept as one only when its pages read as a letter besides stating an
    SRO start: a report's heading ("Assignment: SRO", "Records from 01/01/2015") is no letter, and its
    start must not reach R1 unseen."""
    parts: list[DocumentPart] = []
    warnings: list[str] = []
    for part in doc.parts:
        if part.kind == "letter":
            text = "\n".join(" ".join(w.text for w in p.words) for p in doc.pages if p.number in part.pages)
            if not reads_as_a_letter(text):
                part = part.model_copy(update={"kind": "other"})
                warnings.append(
                    f"page {part.pages[0]} states an SRO start but reads as no letter: not used for R1/R2, "
                    "a person checks it"
                )
        parts.append(part)
    return tuple(parts), warnings


def _letter_facts(doc: ExtractedDocument) -> dict[str, Any]:
    """What an employment letter says for R1 and R2."""
    return {
        "sro_start_date": doc.sro_start_date,
        "sro_start_range": doc.sro_start_range,
        "sro_start_text": doc.sro_start_text,
        "sro_start_notes": doc.sro_start_notes,
        "sro_start_ranges": doc.sro_start_ranges,
        "employment": doc.employment,
        "employment_text": doc.employment_text,
        "sro_end_range": doc.sro_end_range,
        "sro_end_text": doc.sro_end_text,
        "former_names": doc.former_names,
    }
