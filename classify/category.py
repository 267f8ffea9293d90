"""Category of a course the catalog does not know, from its title (and a transcript's own category column)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from rapidfuzz.distance import Levenshtein

from classify.catalog import Category
from classify.match import collapse_acronyms, normalise_words, plain_words
from extract.fields.text import ocr_respellings
from extract.types import Frozen

# General police-training vocabulary. Longer phrases weigh more: they say more about the subject.
SCHOOL_SAFETY_TERMS: tuple[str, ...] = (
    "school", "schools", "campus", "campuses", "classroom", "sro", "school based", "school resource",
    "active shooter", "active threat", "active attack", "active killer", "threat assessment",
    "behavioral threat", "targeted violence", "lockdown", "emergency operations plan",
    "emergency operations planning", "school violence", "crime prevention through environmental design",
    "cpted", "bomb threat", "reunification", "standard response protocol", "school threat",
    "school emergency", "school emergencies", "school security", "school safety", "campus emergency",
    "campus emergencies", "campus safety", "campus security", "campus threat", "university", "college",
    "higher education", "school climate", "school discipline",
    "mass casualty", "rapid response", "civilian response", "incident command system for schools",
    "school bus", "educator", "teacher", "k-12", "title ix", "clery", "clery act", "ferpa", "alice",
    # Spanish and Portuguese certificates (Puerto Rico, bilingual issuers)
    "violencia escolar", "violência escolar", "seguridad escolar", "segurança escolar",
    # French (Québec, France, Belgium)
    "milieu scolaire", "violence scolaire", "sécurité scolaire",
    # German (Germany, Austria, Switzerland): subjects only; "an Schulen" alone says where, not what
    "schulsicherheit", "gewalt an schulen", "amoklauf", "amoklage", "schulische krisen",
)  # fmt: skip
JUVENILE_TERMS: tuple[str, ...] = (
    "juvenile", "juveniles", "youth", "youths", "adolescent", "adolescents", "adolescence", "child",
    "children", "childhood", "teen", "teens", "teenager", "minor", "minors", "gang", "gangs", "bullying",
    "cyberbullying", "student", "students", "student mental health", "child abuse",
    "crimes against children", "internet crimes against children", "icac", "trafficking of minors",
    "child exploitation", "child sexual abuse", "missing children", "runaway", "truancy", "kid", "kids",
    "sexting", "drug abuse resistance education", "dare", "great", "young people", "juvenile justice",
    "forensic interview", "child advocacy", "adverse childhood experiences", "family",
    "justicia juvenil", "jóvenes", "jovens", "adolescentes", "menores de edad",
    "jeunes", "jeunesse", "justice des mineurs", "enfants", "enfance",
    "jugendkriminalität", "jugendschutz", "jugendstrafrecht", "kinderschutz", "jugendgewalt",
    # A harm done to a group that is alone only a setting ("minors", "youth": 'Minor Accident
    # Investigation', 'Youth Sports Coaching') names the juvenile subject: "Exploitation of Minors",
    # "Abuse of Youth" are crimes against children as "Child Exploitation" is.
    *(
        f"{harm} of {group}"
        for harm in ("exploitation", "sexual exploitation", "abuse", "sexual abuse", "neglect",
                     "endangerment", "solicitation", "victimization", "grooming", "maltreatment")
        for group in ("minors", "youth")
    ),
)  # fmt: skip
UNRELATED_TERMS: tuple[str, ...] = (
    "firearm", "firearms", "handgun", "pistol", "rifle", "shotgun", "carbine", "marksmanship", "range",
    "taser", "conducted electrical weapon", "less lethal", "less than lethal", "baton", "oc spray",
    "pepper spray", "qualification", "traffic", "radar", "lidar", "speed measurement", "crash",
    "accident reconstruction", "dwi", "dui", "owi", "impaired driving", "sfst", "field sobriety",
    "breath test", "intoxilyzer", "pursuit", "driving", "driver", "evoc", "emergency vehicle",
    "defensive tactics", "arrest and control", "control tactics", "use of force", "cpr", "aed",
    "first aid", "tactical medicine", "bloodborne pathogens", "report writing", "legal update",
    "case law", "ethics", "crowd management", "crowd control", "civil disturbance", "riot", "naloxone",
    "narcan", "domestic violence", "patrol", "k9", "canine", "motorcycle", "bicycle patrol",
    "radio", "hazmat", "hazardous materials", "jail", "detention officer", "courtroom testimony",
    "fitness", "racial profiling", "sexual harassment", "cultural diversity", "interview and interrogation",
    "search and seizure", "warrant", "fingerprinting", "evidence collection", "crime scene", "narcotics",
    "sniper", "swat", "motor", "drug recognition", "roadside impaired", "field training officer",
    "staff and command", "command college", "supervision", "supervisor", "supervisors", "weapon retention",
    "ground fighting",
    "combat casualty", "tactical communication", "verbal judo", "night fire", "launcher", "osint",
    "child passenger safety", "car seat", "child support",
)  # fmt: skip
# Words that name a setting or a group rather than a subject: 'Sniper School', 'Motor School',
# 'Northwestern University ...', 'Minor Accident Investigation', 'Family Violence'. Alone, they
# say where or for whom the course was given as often as what it is about.
SETTING_WORDS: tuple[str, ...] = (
    "school", "schools", "campus", "campuses", "university", "college", "educator", "teacher",
    "student", "students", "minor", "minors", "family", "kid", "kids", "classroom", "k-12", "youth",
)  # fmt: skip
# Words naming a setting or a group that is neither a school nor the young: 'Threat Assessment in the
# Workplace', 'Prison Gang Intelligence', 'Active Shooter Response for Hospitals'. The school and juvenile
# lexicons hold subjects that are taught for any setting ("threat assessment", "gang", "active shooter"):
# beside one of these words the subject is applied elsewhere, so a school or juvenile guess is a person's,
# unless the title also gives the course for schools or the young.
OTHER_SETTING_WORDS: tuple[str, ...] = (
    "workplace", "workplaces", "prison", "prisons", "correctional", "corrections", "inmate", "inmates",
    "penitentiary", "adult", "adults", "elder", "elderly", "senior citizens", "nursing home", "hospital",
    "hospitals", "healthcare", "health care", "house of worship", "houses of worship", "church", "churches",
    "faith based", "courthouse", "courthouses", "airport", "airports", "transit", "casino", "retail",
    "corporate", "government facilities", "federal facilities", "outlaw motorcycle",
)  # fmt: skip
# Acronyms that are also English words: a subject only as printed in capitals or with dots ('DARE
# Mentor Training', 'G.R.E.A.T. Families'), never the word ('Dare to Lead', 'Great Leaders').
ACRONYM_ONLY: tuple[str, ...] = ("dare", "great", "alice")
SETTING_ONLY_MAX_CONF = 0.7  # below the auto threshold: a person tells 'Motor School' from school safety
SRO_COURSE_WORDS: frozenset[str] = frozenset(
    {"sro", "basic", "academy", "certification", "officer", "course"}
)
BASIC_TERMS: tuple[str, ...] = ("basic", "fundamentals", "introduction to", "entry level")
ADVANCED_TERMS: tuple[str, ...] = ("advanced", "advanced sro survival")
SUPERVISOR_TERMS: tuple[str, ...] = ("supervisor", "supervisors", "supervision", "supervisory", "management",
                                     "manager", "command staff", "leadership", "administrator")  # fmt: skip

# A transcript's own category column. None: says nothing about the subject.
HINTS: dict[str, Category | None] = {
    "juvenile": "juvenile", "youth": "juvenile", "juvenile justice": "juvenile",
    "school safety": "school_safety", "school": "school_safety", "sro": "school_safety",
    "school resource officer": "school_safety", "active shooter": "school_safety",
    "traffic": "unrelated", "firearms": "unrelated", "firearm": "unrelated", "patrol": "unrelated",
    "defensive tactics": "unrelated", "use of force": "unrelated", "legal": "unrelated",
    "medical": "unrelated", "first aid": "unrelated", "driving": "unrelated", "fitness": "unrelated",
    "in service": None, "inservice": None, "general": None, "other": None, "mandatory": None,
    "elective": None, "training": None, "misc": None, "miscellaneous": None,
}  # fmt: skip
_SRO_LEVELS: frozenset[str] = frozenset({"basic", "advanced", "supervisor", "school_safety"})
_CREDITABLE: tuple[Category, ...] = ("school_safety", "juvenile")


class CategoryGuess(Frozen):
    category: Category | None  # None: no signal, send to review
    confidence: float  # 0..1
    reason: str


def _norm(text: str) -> str:
    return " " + " ".join(normalise_words(text)[0]) + " "


def _lexicon(terms: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    # Terms are normalised like titles (plurals, filler) so both sides compare equal. A setting word
    # weighs least: 'Bullying in Schools' is about bullying.
    normalised = {_norm(t): 1 if t in SETTING_WORDS else len(t.split()) + 1 for t in terms}
    return tuple((t, w) for t, w in normalised.items() if t.strip())


_LEXICONS: dict[Category, tuple[tuple[str, int], ...]] = {
    "school_safety": _lexicon(SCHOOL_SAFETY_TERMS),
    "juvenile": _lexicon(JUVENILE_TERMS),
    "unrelated": _lexicon(UNRELATED_TERMS),
}


@cache
def _other_settings() -> tuple[tuple[str, int], ...]:
    return _lexicon(OTHER_SETTING_WORDS)


@cache
def _setting_words() -> frozenset[str]:
    return frozenset(_norm(w).strip() for w in SETTING_WORDS)


def _hits(text: str, lexicon: tuple[tuple[str, int], ...]) -> tuple[int, list[str]]:
    found = [(t, w) for t, w in lexicon if t in text]
    return sum(w for _, w in found), [t.strip() for t, _ in found]


def _has(text: str, terms: tuple[str, ...]) -> bool:
    return any(_norm(t) in text for t in terms)


def _bare_words(title: str) -> set[str]:
    """Title words less parenthetical notes and acronyms of organisations ('(NC Justice Academy)', 'NCJA');
    an acronym that is a subject ('FERPA') stays."""
    title = re.sub(r"\([^()]*\)", " ", collapse_acronyms(title))
    if not title.isupper():
        subjects = _subject_words()
        title = re.sub(
            r"\b(?!SROS?\b)[A-Z]{3,}\b", lambda m: m[0] if m[0].lower() in subjects else " ", title
        )
    return set(_norm(title).split())


@cache
def _subject_words() -> frozenset[str]:
    return frozenset(w for lex in _LEXICONS.values() for t, _ in lex for w in t.split())


@cache
def _sro_course_terms() -> frozenset[str]:
    """Terms that name an SRO course or its level, not another subject of the title."""
    terms = ("sro", "school resource", "school based", *SETTING_WORDS, *SUPERVISOR_TERMS, *ADVANCED_TERMS,
             *BASIC_TERMS)  # fmt: skip
    return frozenset(_norm(t).strip() for t in terms)


def _sro_level(text: str, title: str) -> CategoryGuess | None:
    """Another provider's basic / advanced / supervisor SRO course."""
    if " sro " not in text:
        return None
    guess: CategoryGuess | None = None
    if _has(text, SUPERVISOR_TERMS):
        guess = CategoryGuess(
            category="supervisor", confidence=0.8, reason="SRO supervisor/management course"
        )
    elif _has(text, ADVANCED_TERMS):
        guess = CategoryGuess(category="advanced", confidence=0.8, reason="advanced SRO course")
    elif _has(text, BASIC_TERMS):
        guess = CategoryGuess(category="basic", confidence=0.8, reason="basic SRO course")
    elif _bare_words(title) <= SRO_COURSE_WORDS:
        # 'School Resource Officer Training' alone is the entry course of a state academy.
        guess = CategoryGuess(
            category="basic", confidence=0.6, reason="SRO course with no level: likely basic"
        )
    others = [t for lex in _LEXICONS.values() for t in _hits(text, lex)[1] if t not in _sro_course_terms()]
    if guess is None or not others:
        return guess
    # 'Bomb Threat Management for K-12 Administrators and SROs': a course on another subject given to
    # SROs (among others), or an SRO course of that level? A person says.
    return guess.model_copy(
        update={
            "confidence": min(guess.confidence, 0.6),
            "reason": f"{guess.reason}? also: {', '.join(others)}",
        }
    )


def _from_lexicons(text: str, audience: bool = False) -> CategoryGuess:
    """``audience``: the title gives the course *for* a setting or group ('... for School Campuses'),
    so a setting word is its subject, not the name of a police school."""
    scores = {cat: _hits(text, lex) for cat, lex in _LEXICONS.items()}
    relevant = sorted(_CREDITABLE, key=lambda c: scores[c][0], reverse=True)
    best, other = relevant
    unrelated_score, unrelated_terms = scores["unrelated"]
    if scores[best][0] == 0:
        if unrelated_score:
            conf = 0.85 if unrelated_score >= 2 else 0.6
            return CategoryGuess(
                category="unrelated", confidence=conf, reason=f"terms: {', '.join(unrelated_terms)}"
            )
        return CategoryGuess(category=None, confidence=0.1, reason="no category terms in title")
    conf = 0.9 if scores[best][0] >= 3 else 0.8
    reason = f"terms: {', '.join(scores[best][1])}"
    if not audience and set(scores[best][1]) <= _setting_words():
        if unrelated_score:
            # 'Sniper School', 'Police Motor School', 'Youth Firearms Academy': the subject is the other term.
            setting = ", ".join(scores[best][1])
            return CategoryGuess(
                category="unrelated",
                confidence=SETTING_ONLY_MAX_CONF,
                reason=f"terms: {', '.join(unrelated_terms)} (a setting or group: {setting})",
            )
        conf = min(conf, SETTING_ONLY_MAX_CONF)
        reason += " (a setting or group only: the subject may be another)"
    if scores[other][0]:
        conf -= 0.1  # school and juvenile both count for R5: a small doubt only
        reason += f"; also {other}: {', '.join(scores[other][1])}"
    elsewhere = _hits(text, _other_settings())[1]
    if elsewhere and not audience:
        # Given *for* schools or the young among other settings ('... for Schools and Houses of Worship'):
        # the school setting is the course's own.
        conf = min(conf, SETTING_ONLY_MAX_CONF)
        reason += f"; names another setting or group: {', '.join(elsewhere)}"
    if unrelated_score:
        # 'Active Shooter Response for Patrol', 'First Aid for Youth Sports': the school or youth term is
        # the specific one, the generic police term names the technique; less sure all the same.
        conf = min(conf, 0.6)
        reason += f"; also unrelated: {', '.join(unrelated_terms)}"
    return CategoryGuess(category=best, confidence=conf, reason=reason)


_FOR_A_SETTING = re.compile(
    r"\b(?:for|in|at|on|within|across|to|with|around)\s+(?:the\s+|our\s+|k\s?12\s+|public\s+)*(?:"
    + "|".join(" ".join(plain_words(w)) for w in SETTING_WORDS)
    + r")\b",
    re.IGNORECASE,
)


def _for_a_setting(title: str) -> bool:
    """'Critical Incident Response for School Campuses', 'Bullying in Schools': given for a setting."""
    return _FOR_A_SETTING.search(" ".join(plain_words(title))) is not None  # OCR's 'Sch00l' read as 'school'


REPAIR_MIN_LENGTH = 6  # shorter words are too easily another real word ("crash" / "trash")
REPAIR_MIN_SIMILARITY = 0.8  # one misread letter in six to nine
REPAIRED_MAX_CONF = 0.75  # a guess resting on repaired words alone goes to review unless a column agrees


@cache
def _vocabulary() -> frozenset[str]:
    # SRO level words are known words too, never respelled into a lexicon's ('supervisor', 'supervision').
    levels = [_norm(t) for t in (*SUPERVISOR_TERMS, *ADVANCED_TERMS, *BASIC_TERMS)]
    terms = [t for lex in _LEXICONS.values() for t, _ in lex] + [_norm(h) for h in HINTS] + levels
    return frozenset(w for t in terms for w in t.split() if len(w) >= REPAIR_MIN_LENGTH)


def _repair(text: str) -> str:
    """Words OCR misread by a letter ("scbool", "safely") put back to the category word they nearly are."""
    vocabulary = _vocabulary()
    out = []
    for word in text.split():
        if len(word) >= REPAIR_MIN_LENGTH and word not in vocabulary:
            near = [
                v for v in vocabulary if Levenshtein.normalized_similarity(word, v) >= REPAIR_MIN_SIMILARITY
            ] or list(ocr_respellings(word) & vocabulary)  # two letters misread as shapes ("seliool")
            if len(near) == 1:
                word = near[0]
        out.append(word)
    return " " + " ".join(out) + " "


# A letter "l" that OCR read as a glyph outside the alphabet normalisation keeps ("Schoo!", "Schooł",
# "Schoo|"): after at least two letters of a word, before its end or another letter.
_L_GLYPH_RE = re.compile(r"(?<=[^\W\d_]{2})[!|ł](?![\d_])")


def l_glyphs_as_l(title: str) -> str:
    """``title`` with a word's "l" read as "!", "|" or "ł" put back.

    Why this generalizes: normalising a title for its words drops characters outside the alphabet, so
    "Schoo!" became "schoo", too short and too far from "school" for the repair of misread words to
    find. Read as "l", the word is repaired like any other misread word, with the same limit: a guess
    resting on repaired words alone stays below the auto threshold unless a transcript's own category
    column agrees (two sources). A true "!" ends a word that is a whole word without it, which the
    repair leaves alone ("Update!" reads "updatel", no vocabulary word near it but "update" itself)."""
    return _L_GLYPH_RE.sub("l", title)


def _acronym_words_as_words(title: str) -> list[str]:
    """The words of ACRONYM_ONLY that ``title`` prints as words, not as acronyms (capitals or dots)."""
    collapsed = collapse_acronyms(title)
    shouting = title.upper() == title  # all capitals: a word cannot be told from an acronym but by its dots
    return [
        a
        for a in ACRONYM_ONLY
        if ".".join(a.upper()) not in title.upper()
        and (shouting or re.search(rf"\b{a.upper()}\b", collapsed) is None)
    ]


def _from_title(title: str) -> CategoryGuess:
    text = _norm(title)
    for word in _acronym_words_as_words(title):
        text = text.replace(f" {word} ", " ")
    audience = _for_a_setting(title)
    guess = _sro_level(text, title) or _from_lexicons(text, audience)
    repaired = _repaired(title, text)
    if guess.category is not None or repaired == text:
        return guess
    again = _sro_level(repaired, title) or _from_lexicons(repaired, audience)
    if again.category is None:
        return guess
    return again.model_copy(
        update={
            "confidence": min(again.confidence, REPAIRED_MAX_CONF),
            "reason": f"{again.reason}{MISREAD_WORDS}",
        }
    )


MISREAD_WORDS = " (misread words)"


def _repaired(title: str, text: str) -> str:
    """``text`` (the normalised ``title``) with its misread words put back, an "l" read as a glyph first."""
    return _repair(_norm(l_glyphs_as_l(title)) if l_glyphs_as_l(title) != title else text)


def _tokens(title: str) -> list[str]:
    return re.findall(r"[^\W_]+", title.lower())


def _same_tokens_and_numbers(mine: list[str], other: list[str]) -> bool:
    """As many words, and the same numbers in the same places: normalising drops numbers and filler
    ("Level 1" and "Level 2", "Annual Legal Update 2019" and "Legal Update" compare equal)."""
    return len(mine) == len(other) and all(
        a == b for a, b in zip(mine, other, strict=True) if any(ch.isdigit() for ch in a + b)
    )


def as_printed_elsewhere(title: str, guess: CategoryGuess, others: Iterable[str]) -> CategoryGuess:
    """``guess`` for ``title`` when it rests on repaired words, unless the same document prints, on
    another row and without a misread, the very words the repair arrived at: then that row's guess.

    Why this generalizes: the repair of misread words is capped below auto because one source, a
    word's nearest vocabulary word, is a guess ("Lega!" read back as "Legal"). A record that prints the
    same course again ("Annual Legal Update" every year) is a second source, from the issuer's own page:
    every word of the repaired title, not only the one deciding the category, equals a title it printed
    and OCR read without repair (as many words, the same numbers: "Level 1" is not "Level 2"), so the
    row names that course and takes its category and confidence.
    Only an exact match of the whole title, only when both give the same category, and only the title's
    own guess (a transcript's category column disagreeing keeps its own reason). A repaired title that
    no other row prints ("Annual Legai Update" alone) stays a guess for a person."""
    if not guess.reason.endswith(MISREAD_WORDS) or guess.category is None:
        return guess
    words = _repaired(title, _norm(title)).split()
    tokens = _tokens(l_glyphs_as_l(title))
    for other in others:
        if _norm(other).split() != words or not _same_tokens_and_numbers(tokens, _tokens(other)):
            continue
        clean = _from_title(other)
        if clean.category == guess.category and not clean.reason.endswith(MISREAD_WORDS):
            return clean.model_copy(update={"reason": f"{clean.reason}; printed so on another row"})
    return guess


def hint_category(hint: str | None) -> tuple[bool, Category | None]:
    """(known, category) for a transcript's category column; unknown hints are read with the lexicons."""
    if not hint or not hint.strip():
        return False, None
    key = _norm(hint).strip()
    if key in HINTS:
        return True, HINTS[key]
    repaired = _repair(key).strip()
    if repaired in HINTS:
        return True, HINTS[repaired]
    guess = _from_lexicons(_norm(hint))
    return guess.category is not None and guess.confidence >= 0.8, guess.category


def category_from_title(title: str, hint: str | None = None) -> CategoryGuess:
    """Category of a course from its printed title; ``hint`` is a transcript's own category column."""
    guess = _from_title(title)
    known, hinted = hint_category(hint)
    if not known or hinted is None:
        return guess
    if guess.category is None:
        return CategoryGuess(
            category=hinted, confidence=0.6, reason=f"title says nothing; transcript: {hint!r}"
        )
    if guess.category == hinted or (hinted == "school_safety" and guess.category in _SRO_LEVELS):
        conf = min(0.97, guess.confidence + 0.15)
        return CategoryGuess(
            category=guess.category, confidence=conf, reason=f"{guess.reason}; transcript agrees"
        )
    # Disagreement: a clear title wins, else the department's column; either way a reviewer should look.
    chosen = guess.category if guess.confidence >= 0.8 else hinted
    return CategoryGuess(
        category=chosen,
        confidence=0.5,
        reason=f"{guess.reason}; transcript says {hint!r} ({hinted})",
    )
