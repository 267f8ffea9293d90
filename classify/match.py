"""Match a printed course title to the catalog, with the provider check the practitioner rules require."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from classify.catalog import Catalog, Category, Course
from extract.fields.text import fold_accents, ocr_respellings
from extract.types import Frozen

ACCEPT_SCORE = 85.0  # below this a title is not the course (measured on near-miss pairs, see tests)
# A title that leaves out a word of a course's name scores at most this: a candidate, never a sure match.
PARTIAL_NAME_SCORE = ACCEPT_SCORE
SUBSTITUTE_MARGIN = 8.0  # a provider-rejected course this much better than the next one names the title
# For these the provider is the point of the rules (R3/R4/R6): a same-named course by anyone else is not it.
PROVIDER_BOUND_CATEGORIES: frozenset[str] = frozenset({"basic", "advanced", "supervisor", "conference"})

# Words that carry no identity in a course title.
FILLER_WORDS = frozenset(
    {
        "a", "an", "the", "of", "and", "for", "in", "on", "to", "at", "with", "by", "course", "courses",
        "training", "program", "programme", "class", "session", "annual", "refresher", "certification",
        "recertification",
    }
)  # fmt: skip
# Organisation words too common to identify a provider on their own.
GENERIC_ORG_WORDS = frozenset(
    {
        "the", "of", "and", "for", "at", "national", "association", "center", "centre", "institute",
        "university", "college", "academy", "school", "safety", "training", "team", "law", "enforcement",
        "police", "department", "office", "state", "county", "regional", "public", "foundation", "america",
        "american", "officer", "officers", "resource", "justice", "criminal", "council",
    }
)  # fmt: skip
_LONG_FILLER = tuple(w for w in FILLER_WORDS if len(w) >= 6)
_LEVEL_WORDS = frozenset({"level", "tier", "phase", "part", "module"})
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "one": "1", "two": "2", "three": "3"}
_CODE_STOP = frozenset(
    _LEVEL_WORDS | {"unit", "class", "hour", "hours", "hrs", "page", "room", "version", "the"}
)

# 0: an OCR'd O; ",": an OCR'd dot ("G.R,E.A,T."), taken only among dots (a list "a,b,c" has none).
_DOTTED = re.compile(r"\b(?:[a-z0][.,]){2,}(?:[a-z0]\b\.?)?", re.IGNORECASE)
_HOURS = re.compile(r"\b\d+(?:\.\d+)?\s*-?\s*(?:contact\s+|credit\s+)?(?:h[o0]urs?|hrs?)\b\.?", re.IGNORECASE)
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CODE = re.compile(r"\b([a-z]{2,6})\s*[-#]?\s*(\d{2,5})(?:\.([a-z]{1,4}))?\b", re.IGNORECASE)
_PAREN = re.compile(r"\(([^()]*)\)")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_OCR_DIGITS = str.maketrans("05", "os")
_SRO_WORDS = "school resource officer"


class CourseMatch(Frozen):
    course: Course | None  # None: no catalog course, or the provider disagrees
    score: float  # 0..100 title similarity of the best candidate
    # True: the provider is named. False: another provider is named and that rules the course out.
    # None: not decisive (no catalog provider, nobody named, or a curriculum delivered by other trainers).
    provider_agrees: bool | None
    reason: str
    runner_up_score: float  # best score of any other course: a close one means an ambiguous title
    category: Category | None = None  # the catalog's category, kept when only the provider disagrees
    candidate: Course | None = None  # best title match even when rejected, for a reviewer
    # Words of the course's catalog name that the printed title lacks ("youth" of Youth Mental Health
    # First Aid when "Mental Health First Aid" is printed): the title may be a broader course.
    lacks: tuple[str, ...] = ()
    # The title names the candidate's provider only as the curriculum followed ("Basic SRO Course (NASRO
    # Model Curriculum)") and nothing else says who gave the course: no match, a person confirms.
    curriculum_only: bool = False

    @property
    def catalog_id(self) -> str | None:
        return self.course.id if self.course else None


# ---------------------------------------------------------------- normalisation


@dataclass(frozen=True)
class Code:
    """A course code such as IS-362.a: prefix, number without leading zeros, optional letter suffix."""

    prefix: str
    number: int
    suffix: str

    def agrees(self, other: Code) -> bool:
        """Same code; a missing suffix is a wildcard, and a one-letter revision suffix (SC/SCa) agrees."""
        if (self.prefix, self.number) != (other.prefix, other.number):
            return False
        a, b = sorted((self.suffix, other.suffix), key=len)
        return a == b or not a or (len(a) >= 2 and len(b) == len(a) + 1 and b.startswith(a))


@dataclass(frozen=True)
class Form:
    """One printed form of a name, ready for comparison."""

    words: str  # normalised words, filler removed, codes removed
    codes: tuple[Code, ...]
    levels: frozenset[str]


def collapse_acronyms(text: str) -> str:
    """D.A.R.E. -> DARE, G.R.E.A.T. -> GREAT, D.O.T. -> DOT."""
    return _DOTTED.sub(_collapsed, text)


def _collapsed(m: re.Match[str]) -> str:
    dotted = m.group(0)
    if "." not in dotted:
        return dotted
    return re.sub(r"[.,]", "", dotted).replace("0", "O")


def _ocr_word(word: str) -> str:
    """OCR reads o/l/i/s as 0/1/5 inside words ('Schoo1', 'NASR0', 'TRA1NING'); codes have fewer letters."""
    letters = sum(c.isalpha() for c in word)
    if letters < 3 or not any(c.isdigit() for c in word) or any(c.isdigit() and c not in "015" for c in word):
        return word
    out = []
    for i, c in enumerate(word):
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if c == "1":
            # Before a consonant '1' is an 'i' (TRA1NING, Off1cer); before a vowel or at the end an 'l'.
            out.append("i" if nxt.isalpha() and nxt not in "aeiouy" else "l")
        else:
            out.append(c.translate(_OCR_DIGITS))
    return "".join(out)


def plain_words(text: str) -> list[str]:
    """Lower-case words with acronyms collapsed, '&' read as 'and', punctuation dropped."""
    text = collapse_acronyms(fold_accents(text)).lower().replace("&", " and ")
    return [_ocr_word(w) for w in _NON_WORD.split(text) if w]


def _stem(word: str) -> str:
    # Plurals only: officers/officer, schools/school, SROs/SRO must compare equal.
    if word == "sros":
        return "sro"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _contract_sro(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        # Fuzzy, so an OCR'd 'Schoo1 Resource Offlcer' still reads as SRO.
        if fuzz.ratio(" ".join(words[i : i + 3]), _SRO_WORDS) >= 88:
            out.append("sro")
            i += 3
        else:
            out.append(words[i])
            i += 1
    return out


def _levels(words: list[str]) -> tuple[list[str], frozenset[str]]:
    """Roman and spelt numerals after 'level' become digits; the level numbers are returned apart."""
    out = list(words)
    levels: set[str] = set()
    for i in range(1, len(out)):
        if out[i - 1] in _LEVEL_WORDS:
            out[i] = _ROMAN.get(out[i], out[i])
            if out[i].isdigit():
                levels.add(out[i])
    return out, frozenset(levels)


def extract_codes(text: str) -> tuple[tuple[Code, ...], str]:
    """Course codes in ``text`` and the text with them removed."""
    codes: list[Code] = []

    def take(m: re.Match[str]) -> str:
        prefix, number, suffix = m.group(1).lower(), m.group(2), (m.group(3) or "").lower()
        if prefix in _CODE_STOP or (len(number) == 4 and _YEAR.fullmatch(number)):
            return m.group(0)
        codes.append(Code(prefix, int(number), suffix))
        return " "

    rest = _CODE.sub(take, collapse_acronyms(text))
    return tuple(codes), rest


def normalise_words(text: str) -> tuple[list[str], frozenset[str]]:
    """Words for fuzzy comparison: hour counts, ordinals and years dropped, SRO contracted, plurals cut."""
    text = _YEAR.sub(" ", _ORDINAL.sub(" ", _HOURS.sub(" ", text)))
    words = _contract_sro([_stem(w) for w in plain_words(text)])
    words, levels = _levels(words)
    return [w for w in words if not _is_filler(w)], levels


def _is_filler(word: str) -> bool:
    # One OCR slip ('C0ursc', 'Trainlng') still marks filler; long words only, so 'trainer' stays.
    return word in FILLER_WORDS or (
        len(word) >= 6 and any(Levenshtein.distance(word, f) <= 1 for f in _LONG_FILLER)
    )


def make_form(text: str) -> Form:
    codes, rest = extract_codes(text)
    words, levels = normalise_words(rest)
    return Form(" ".join(words), codes, levels)


# ---------------------------------------------------------------- providers


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if len(w) > 2 and w not in {"the", "and", "for"})


def _add_part(words: list[str], phrases: set[str], acronyms: set[str]) -> None:
    if all(w in GENERIC_ORG_WORDS for w in words):
        return  # 'National Training Team' alone would name half the academies in the country
    phrases.add(" ".join(words))
    if len(words) >= 3 and words[-1] in GENERIC_ORG_WORDS:
        phrases.add(" ".join(words[:-1]))  # 'Texas State University' is printed 'Texas State'
    acronym = _acronym(words)
    if len(words) >= 3 and len(acronym) >= 3:
        acronyms.add(acronym)  # 'North Carolina Justice Academy' -> NCJA


def provider_aliases(provider: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(phrases, acronyms) that name ``provider`` in a document, all lower-case."""
    raw = collapse_acronyms(provider)
    acronyms = {t.lower() for t in re.findall(r"\b[A-Z][A-Z0-9]{2,}\b", raw)}
    phrases = {" ".join(plain_words(raw))}
    for part in re.split(r"\s+at\s+|[,;()/]|\s+-\s+", raw):
        words = plain_words(part)
        if not words:
            continue
        _add_part(words, phrases, acronyms)
        lead = part.split()[0]
        if lead.isupper() and len(lead) >= 3 and len(words) >= 3:
            _add_part(words[1:], phrases, acronyms)  # 'FEMA Emergency Management Institute' -> EMI too
    phrases = {p for p in phrases if len(p.split()) >= 2 or len(p) >= 4}
    return tuple(sorted(phrases)), tuple(sorted(acronyms))


def _initials_spell(acronym: str, words: list[str]) -> bool:
    """Whether consecutive words of the context spell ``acronym`` ('National Association of ...' -> NASRO)."""
    # Short words are particles ('of', OCR'd '0f'); acronyms skip them.
    significant = [w for w in words if len(w) > 2 and w not in {"the", "and", "for"}]
    initials = "".join(w[0] for w in significant)
    return len(acronym) >= 4 and acronym in initials


def _fuzzy_phrase(phrase: str, joined: str, words: list[str]) -> bool:
    """OCR noise in a long name; each distinctive word must be there too ('National Training Team' is not
    'G.R.E.A.T. National Training Team')."""
    if len(phrase) < 14 or fuzz.partial_ratio(phrase, joined) < 90:
        return False
    distinctive = [w for w in phrase.split() if w not in GENERIC_ORG_WORDS]
    return all(any(fuzz.ratio(d, w) >= 80 for w in words) for d in distinctive)


def mentions_provider(provider: str, text: str) -> bool:
    """Whether ``text`` names ``provider``: its name, a part of it, its acronym, or the acronym spelt out."""
    phrases, acronyms = provider_aliases(provider)
    words = plain_words(text)
    joined = " " + " ".join(words) + " "
    if any(f" {a} " in joined for a in acronyms) or any(_initials_spell(a, words) for a in acronyms):
        return True
    for phrase in phrases:
        if f" {phrase} " in joined:
            return True
        if _fuzzy_phrase(phrase, joined, words):
            return True
    significant = {w for w in plain_words(provider) if w not in GENERIC_ORG_WORDS and len(w) >= 4}
    if len(significant) >= 3 and significant <= set(words):
        return True
    # Scans lose spaces between words ("NATIONALASSOCIATION OF SCHOOLRESOURCE OFFICERS").
    squashed = "".join(words)
    parts = ["".join(plain_words(part)) for part in re.split(r"[(),;/]", provider)]
    return any(len(part) >= 15 and part in squashed for part in parts)


# ---------------------------------------------------------------- index


@dataclass(frozen=True)
class _Entry:
    course: Course
    forms: tuple[Form, ...]
    bound: bool  # provider must agree for the document to be this course


# How the course was attended, noted after a dash at the title's end: "... Conference - Virtual Attendance",
# "... Training - Online", "... - Live Online Edition" (the course is the same however it was attended).
_DELIVERY_NOTE = re.compile(
    r"\s*[-–—:|]\s*(?:(?:live|virtual|online|hybrid|remote|in[- ]person|self[- ]paced|web[- ]based|classroom"
    r"|instructor[- ]led)\s*)+(?:attendance|attendee|edition|delivery|format|session)?\s*$",
    re.IGNORECASE,
)


def _name_forms(name: str, strip: tuple[str, ...]) -> list[Form]:
    """The name as printed, without parenthetical notes, a note of how it was attended or a curriculum it
    follows ("... - NASRO Curriculum": who gave it is then the page's to say), and without provider
    words."""
    texts = [name, _PAREN.sub(" ", name), _DELIVERY_NOTE.sub("", name), TITLE_CURRICULUM_RE.sub(" ", name)]
    forms = [make_form(t) for t in texts]
    for form in list(forms):
        words = f" {form.words} "
        for phrase in strip:
            words = words.replace(f" {phrase} ", " ")
        if len(words.split()) >= 2:  # a lone word left ('officer') says nothing
            forms.append(Form(" ".join(words.split()), form.codes, form.levels))
    return [f for f in dict.fromkeys(forms) if f.words or f.codes]


def _strip_phrases(provider: str | None) -> tuple[str, ...]:
    if not provider:
        return ()
    phrases, acronyms = provider_aliases(provider)
    normalised = {" ".join(normalise_words(p)[0]) for p in (*phrases, *acronyms)}
    return tuple(sorted((p for p in normalised if p), key=len, reverse=True))


@lru_cache(maxsize=8)
def _index(catalog: Catalog) -> tuple[tuple[_Entry, ...], tuple[str, ...]]:
    all_strip = tuple(
        sorted({p for c in catalog.courses for p in _strip_phrases(c.provider)}, key=len, reverse=True)
    )
    forms = {
        c.id: tuple(f for n in c.names for f in _name_forms(n, _strip_phrases(c.provider)))
        for c in catalog.courses
    }
    entries = tuple(
        _Entry(c, forms[c.id], c.category in PROVIDER_BOUND_CATEGORIES or _has_namesake(c, catalog, forms))
        for c in catalog.courses
    )
    return entries, all_strip


def _has_namesake(course: Course, catalog: Catalog, forms: dict[str, tuple[Form, ...]]) -> bool:
    """Another provider publishes a course of the same name (SSAC's and NASRO's conferences)."""
    if not course.provider:
        return False
    return any(
        other.provider
        and other.provider != course.provider
        and _best(forms[course.id], forms[other.id]) >= 95
        for other in catalog.courses
    )


# ---------------------------------------------------------------- scoring


def _words_score(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    # token_set alone gives 100 to any subset ('level 1' in 'crash investigation level 1');
    # token_sort counts the extra words.
    return (fuzz.token_set_ratio(a, b) + 2 * fuzz.token_sort_ratio(a, b)) / 3


def _pair_score(title: Form, name: Form) -> float:
    if title.levels and name.levels and title.levels != name.levels:
        return 0.0  # Level I is not Level II
    if title.codes and name.codes:
        if any(t.agrees(n) for t in title.codes for n in name.codes):
            return 100.0  # a course code identifies the course
        return 0.0
    if title.codes and not title.words:
        return 0.0  # only a code, and this name has none
    if not _same_initial(title.words, name.words):
        return 0.0  # 'MHFA' is not 'YMHFA': an acronym's first letter is a word of the name
    if _roles(title.words) - _roles(name.words):
        return 0.0  # 'EVOC Instructor' is the course that certifies instructors, not EVOC itself
    score = _words_score(title.words, name.words)
    if name_words_left_out(title.words, name.words):
        # "Mental Health First Aid" is not "Youth Mental Health First Aid", nor "Crisis Intervention Team
        # Training" "Crisis Intervention Teams for Youth": the word a title lacks is often the one that
        # makes the named course another course. It stays a candidate a person confirms, never a sure match.
        score = min(score, PARTIAL_NAME_SCORE)
    return score


# Words naming the kind of event, not which one: a title lacking only these ("NASRO School Safety", its
# "Conference" lost) is still the course, for a person to confirm; a lacking qualifier makes another course.
KIND_WORDS = frozenset({"conference"})
# Words naming who a course is for when it trains trainers: a title printing one the course's name lacks
# is another course of the same subject ("Emergency Vehicle Operations Course - Instructor").
ROLE_WORDS = frozenset({"instructor", "trainer", "facilitator", "coordinator", "ttt"})


def _roles(words: str) -> frozenset[str]:
    return frozenset(words.split()) & ROLE_WORDS


def _same_initial(title_words: str, name_words: str) -> bool:
    """Whether two forms may be the same name when either is one word: an acronym's first letter stands
    for a word of the name, so one more or fewer in front ('MHFA' / 'YMHFA') is another course, however
    alike the rest of the letters are."""
    if not title_words or not name_words or (" " in title_words and " " in name_words):
        return True
    return title_words[0] == name_words[0]


def _alike(word: str, printed: str) -> bool:
    """A printed word that is the name's word misread; its first letter must agree ('mhfa' is no 'ymhfa')."""
    return len(word) >= 4 and word[0] == printed[0] and fuzz.ratio(word, printed) >= 80


def name_words_left_out(title_words: str, name_words: str) -> tuple[str, ...]:
    """Words of the catalog name (filler and provider words already gone) that the title does not print,
    even misread or glued to its neighbour ("D.A.R.E.Officer"). A level number is no such word: levels
    are compared on their own, and an unread one ("Level |") leaves the title's level open."""
    printed = title_words.split()
    glued = "".join(printed)
    return tuple(
        w
        for w in name_words.split()
        if w not in printed
        and not w.isdigit()
        and not (len(w) >= 3 and w in glued)
        and not any(_alike(w, t) for t in printed)
    )


def _best(titles: tuple[Form, ...], names: tuple[Form, ...]) -> float:
    return max((_pair_score(t, n) for t in titles for n in names), default=0.0)


def lacking_words(titles: tuple[Form, ...], names: tuple[Form, ...]) -> tuple[str, ...]:
    """The words of the course's name the best-fitting printed form leaves out, for the reviewer; ()
    when some name or alias of the course is printed whole, or a course code identifies it."""
    best: tuple[str, ...] = ()
    best_score = -1.0
    for title in titles:
        for name in names:
            if title.codes and name.codes and _pair_score(title, name) == 100.0:
                return ()
            missing = name_words_left_out(title.words, name.words)
            if not missing and (title.words or not name.words):
                return ()
            score = _words_score(title.words, name.words)
            if missing and score > best_score:
                best, best_score = missing, score
    return best


def _title_forms(title: str, strip: tuple[str, ...], vocabulary: frozenset[str]) -> tuple[Form, ...]:
    forms = _name_forms(title, strip)
    repaired = repair_ocr_words(title, vocabulary)
    if repaired != title:
        forms += [f for f in _name_forms(repaired, strip) if f not in forms]
    return tuple(forms)


REPAIR_MIN_LETTERS = 5  # shorter words are too easily another real word
_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def catalog_vocabulary(catalog: Catalog) -> frozenset[str]:
    """Every word of the catalog's course names and aliases that is long enough to repair towards."""
    return frozenset(
        w for c in catalog.courses for n in c.names for w in plain_words(n) if len(w) >= REPAIR_MIN_LETTERS
    )


def repair_ocr_words(title: str, vocabulary: frozenset[str]) -> str:
    """``title`` with each word that is no catalog word but reads as exactly one once one or two of OCR's
    letter-shape confusions are undone ("DARE Ollicer Training" -> "DARE officer Training"), and a catalog
    word OCR split in two put together again ("Pol icing" -> "Policing").
    """
    title = _join_split(title, vocabulary)

    def fix(m: re.Match[str]) -> str:
        word = fold_accents(m.group(0)).lower()
        if len(word) < REPAIR_MIN_LETTERS or word in vocabulary:
            return m.group(0)
        found = ocr_respellings(word) & vocabulary
        if len(found) == 1:
            return next(iter(found))
        return _split_glued(m.group(0), word, vocabulary)

    return _LETTERS.sub(fix, title)


_WORD_PIECES = re.compile(r"([^\W\d_]+)")


def _join_split(title: str, vocabulary: frozenset[str]) -> str:
    """Two neighbouring pieces, neither a catalog word, that are one catalog word once the single space a
    photo's OCR put inside it is dropped ("Pol icing", "Interro gating"); every other space as printed."""
    parts = _WORD_PIECES.split(title)  # separators at even indices, words at odd ones
    i = 1
    while i + 2 < len(parts):
        a, gap, b = parts[i], parts[i + 1], parts[i + 2]
        joined = fold_accents(a + b).lower()
        pieces_known = {fold_accents(a).lower(), fold_accents(b).lower()} & vocabulary
        if gap == " " and len(joined) > REPAIR_MIN_LETTERS and joined in vocabulary and not pieces_known:
            parts[i : i + 3] = [a + b]
            continue
        i += 2
    return "".join(parts)


def _split_glued(printed: str, word: str, vocabulary: frozenset[str]) -> str:
    """Two catalog words whose space a scan lost ("ResourceOfficer", "SafetyConference"), split again when
    exactly one split gives two of them; else the word as printed."""
    cuts = [
        i
        for i in range(REPAIR_MIN_LETTERS, len(word) - REPAIR_MIN_LETTERS + 1)
        if word[:i] in vocabulary and word[i:] in vocabulary
    ]
    if len(cuts) != 1 or len(printed) != len(word):
        return printed
    return f"{printed[: cuts[0]]} {printed[cuts[0] :]}"


# ---------------------------------------------------------------- matching


@dataclass(frozen=True)
class _Scored:
    entry: _Entry
    score: float
    agrees: bool | None
    curriculum: bool = False  # the title names the provider only as a curriculum (see `_curriculum_only`)


# A body a document refers to without saying it gave the course: "Curriculum based on NASRO standards",
# "in partnership with", "approved by". The clause up to the end of its sentence or line names no provider.
REFERENCE_CLAUSE_RE = re.compile(
    r"\b(?:based\s+on|in\s+accordance\s+with|according\s+to|aligned\s+with|consistent\s+with|"
    r"modell?ed\s+on|standards\s+of|curriculum\s+of|in\s+(?:partnership|cooperation|collaboration)\s+with|"
    r"(?:approved|endorsed|recognized|recognised|accredited)\s+by)\b[^.\n]*",
    re.IGNORECASE,
)


# A curriculum named, not who gave the course: "Basic SRO Course (NASRO Model Curriculum)", "... - NASRO
# Curriculum", "using the NASRO curriculum". The phrase, up to its word "curriculum", names no provider (the
# academy printing it gave the course), in the title or elsewhere on the page.
TITLE_CURRICULUM_RE = re.compile(
    r"\([^()]*\bcurricul(?:um|a)\b[^()]*\)|(?:\b(?:using|per|following|under)\s+(?:the\s+)?)?"
    r"(?:[\w.&'-]+\s+){1,3}(?:model\s+|approved\s+|standard\s+)?curricul(?:um|a)\b",
    re.IGNORECASE,
)


# A body named as the one the issuer belongs to, not as the one giving the course: "TASRO Annual Conference
# (NASRO State Affiliate)", "a chapter of NASRO", "affiliated with NASRO". A state association's own
# conference or course is not the national body's, whatever name it prints beside its own.
AFFILIATION_RE = re.compile(
    r"\([^()]*\baffiliat\w*\b[^()]*\)|\b(?:an?\s+)?(?:(?:state|regional|local|official)\s+)?"
    r"(?:affiliate|chapter|member)\s+(?:organi[sz]ation\s+)?of\b[^.\n]*|\baffiliated\s+with\b[^.\n]*|"
    r"(?:[\w.&'-]+\s+){1,2}(?:state\s+|regional\s+)?(?:affiliate|chapter)\b",
    re.IGNORECASE,
)


def _agreement(course: Course, title: str, context: str) -> bool | None:
    if not course.provider:
        return None
    said = f"{title}\n{REFERENCE_CLAUSE_RE.sub(' ', context)}"
    said = TITLE_CURRICULUM_RE.sub(" ", AFFILIATION_RE.sub(" ", said))
    if mentions_provider(course.provider, said):
        return True
    return None if not context.strip() else False


def _curriculum_only(course: Course, title: str, agrees: bool | None) -> bool:
    """The title names a curriculum ("(NASRO Model Curriculum)", "(State Model Curriculum)") and nobody is
    named as giving the course (a record's row with no provider column): a course following a curriculum
    is most often given by someone else than the curriculum's author (an academy), so the title cannot
    make it ``course``'s provider's own."""
    return agrees is None and bool(course.provider) and TITLE_CURRICULUM_RE.search(title) is not None


def _accepted(s: _Scored, scored: list[_Scored]) -> bool:
    """Provider named, or the course's name is the curriculum's own, or nothing says otherwise."""
    if s.agrees is True or not s.entry.bound:
        return True
    if s.agrees is False:
        return False  # another provider's same-named course (a state academy's Basic SRO)
    if s.curriculum:
        return False  # the provider's curriculum named in the title, nobody named as giving it
    # Nobody named (a transcript without a provider column): the title decides unless another
    # provider publishes an equally fitting course (SSAC's and NASRO's National School Safety Conference).
    provider = s.entry.course.provider
    return not any(
        o.entry.course.provider not in (None, provider) and o.score >= s.score - SUBSTITUTE_MARGIN
        for o in scored
    )


def match_course(title: str, context: str, catalog: Catalog) -> CourseMatch:
    """Best catalog course for a printed ``title``; ``context``: the document's other text (issuer, provider).

    A provider-bound course (basic, advanced, supervisor, conference, or a name another provider shares)
    is rejected when the context names someone else. Pass an empty context when the document does not
    say who gave the course (a transcript without a provider column): the title then decides, with
    ``provider_agrees`` None, unless another provider's course fits the title as well.
    """
    entries, strip = _index(catalog)
    forms = _title_forms(title, strip, catalog_vocabulary(catalog))
    scored = sorted(
        (_scored(e, forms, title, context) for e in entries),
        key=lambda s: (s.score, s.agrees is True),
        reverse=True,
    )
    top = scored[0] if scored else None
    if top is None or top.score < ACCEPT_SCORE:
        return _no_match(top, scored)
    chosen = next((s for s in scored if s.score >= ACCEPT_SCORE and _accepted(s, scored)), None)
    if chosen is not None and (chosen is top or top.score - chosen.score < SUBSTITUTE_MARGIN):
        lacks = lacking_words(forms, chosen.entry.forms)
        if lacks and not set(lacks) <= KIND_WORDS:
            return _partial(chosen, scored, lacks)
        return _matched(chosen, scored).model_copy(update={"lacks": lacks})
    return _rejected(top, scored).model_copy(update={"lacks": lacking_words(forms, top.entry.forms)})


# A title printing one of a course's names whole and no word outside another of its names (see
# `between_names`): below a name printed exactly (100), above the bar of a sure match.
NESTED_NAME_SCORE = 95.0


def between_names(titles: tuple[Form, ...], names: tuple[Form, ...]) -> bool:
    """Whether a printed form holds one name of the course whole and has no word outside another of them.

    "Bullying and Cyberbullying Prevention" holds the alias "Bullying Prevention" whole and every word of it
    is a word of "Bullying and Cyberbullying Prevention for Law Enforcement": fuzzy scores rate it below
    both (one counts the extra word, the other the missing ones), yet the catalog itself says the shorter
    name is the course, and the title only adds the course's own words to it. Whatever it lacks of the
    long name the alias lacks too, so it is no broader course ("Mental Health First Aid" holds no name of
    Youth Mental Health First Aid whole and stays a candidate). Exact words only (a misread word is the
    fuzzy score's to judge), no course codes, and the same level numbers on all three ("Level I" is no
    "Level II", and a title printing no level is not told one).
    """
    for t in titles:
        if t.codes or not t.words:
            continue
        printed = set(t.words.split())
        alike = [n for n in names if not n.codes and n.words and n.levels == t.levels]
        holds_a_name = any(set(n.words.split()) <= printed for n in alike)
        within_a_name = any(printed <= set(n.words.split()) for n in alike)
        if holds_a_name and within_a_name:
            return True
    return False


def prints_name_word_for_word(title: str, course: Course, catalog: Catalog) -> bool:
    """Whether ``title`` is one of the catalog names of ``course`` word for word: the same words in the same
    order once filler ("Training", "Program") is dropped, no word read from a digit, no course code and the
    same level numbers; never a provider-bound course (basic, advanced, supervisor, conference or a
    namesake), whose name is what R3/R4/R6 turn on. What a guessed title must be to keep its own confidence:
    no misread, no word of its own, no word of the course's left out."""
    entries, _ = _index(catalog)
    entry = next((e for e in entries if e.course.id == course.id), None)
    if entry is None or entry.bound or any(ch.isdigit() for ch in title):
        return False
    printed = make_form(title)
    return (
        bool(printed.words)
        and not printed.codes
        and any(not n.codes and n.words == printed.words and n.levels == printed.levels for n in entry.forms)
    )


def _scored(entry: _Entry, forms: tuple[Form, ...], title: str, context: str) -> _Scored:
    agrees = _agreement(entry.course, title, context)
    score = _best(forms, entry.forms)
    # Provider-bound courses (R3/R4/R6) keep their plain scores: their names are the rules' point.
    if not entry.bound and score < NESTED_NAME_SCORE and between_names(forms, entry.forms):
        score = NESTED_NAME_SCORE
    return _Scored(entry, score, agrees, _curriculum_only(entry.course, title, agrees))


def _runner_up(scored: list[_Scored], course: Course) -> float:
    return max((s.score for s in scored if s.entry.course.id != course.id), default=0.0)


def _matched(s: _Scored, scored: list[_Scored]) -> CourseMatch:
    course = s.entry.course
    if s.agrees is True:
        reason = f"title matches {course.id} ({s.score:.0f}); provider {course.provider!r} named"
    elif course.provider is None:
        reason = f"title matches {course.id} ({s.score:.0f}); catalog names no provider"
    else:
        said = "not stated" if s.agrees is None else "another organisation delivered it"
        reason = f"title matches {course.id} ({s.score:.0f}); provider {said}, curriculum name identifies it"
    return CourseMatch(
        course=course,
        score=round(s.score, 1),
        provider_agrees=True if s.agrees is True else None,  # a deliverer that is not decisive is no 'False'
        reason=reason,
        runner_up_score=round(_runner_up(scored, course), 1),
        category=course.category,
        candidate=course,
    )


def _candidate_only(s: _Scored, scored: list[_Scored], reason: str, **extra: object) -> CourseMatch:
    """No match, but the course the title resembles, named for a reviewer."""
    course = s.entry.course
    return CourseMatch.model_validate(
        {
            "course": None,
            "score": round(s.score, 1),
            "provider_agrees": s.agrees,
            "reason": f"title resembles {course.id} ({s.score:.0f}) but {reason}",
            "runner_up_score": round(_runner_up(scored, course), 1),
            "candidate": course,
            **extra,
        }
    )


def _partial(s: _Scored, scored: list[_Scored], lacks: tuple[str, ...]) -> CourseMatch:
    """A title printing only part of a course's name ("Teen Mental Health First Aid" of Youth MHFA): the
    word it lacks is often the one that makes it another course, so it is no match, only a candidate."""
    return _candidate_only(s, scored, f"lacks {' '.join(lacks)!r} of its name", lacks=lacks)


def _rejected(s: _Scored, scored: list[_Scored]) -> CourseMatch:
    course = s.entry.course
    # 'conference' means NASRO's conference only: another one's category must come from its title.
    category = None if course.category == "conference" else course.category
    if s.curriculum:
        said = f"the title names a curriculum, not who gave the course ({course.provider!r} or another)"
        return _candidate_only(s, scored, said, category=category, curriculum_only=True)
    said = "does not name" if s.agrees is False else "does not say (no provider given)"
    return _candidate_only(s, scored, f"the document {said} {course.provider!r}", category=category)


def _no_match(top: _Scored | None, scored: list[_Scored]) -> CourseMatch:
    if top is None:
        return CourseMatch(
            course=None, score=0.0, provider_agrees=None, reason="empty catalog", runner_up_score=0.0
        )
    return CourseMatch(
        course=None,
        score=round(top.score, 1),
        provider_agrees=None,
        reason=f"no catalog course; closest {top.entry.course.id} ({top.score:.0f} < {ACCEPT_SCORE:.0f})",
        runner_up_score=round(_runner_up(scored, top.entry.course), 1),
    )
