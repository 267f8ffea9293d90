"""Person names on certificates: rank and title stripping, a name-likeness score, and comparison tokens."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz

from extract.fields.text import fold_accents

# Titles and ranks a name may carry, lower-case without dots. Only leading runs are stripped.
_HONORIFICS = frozenset(
    {
        "officer", "ofc", "off", "deputy", "dep", "dpty", "sgt", "sergeant", "cpl", "corporal", "det",
        "detective", "lt", "lieutenant", "capt", "cpt", "captain", "trooper", "tpr", "sro", "mr", "ms",
        "mrs", "miss", "mx", "dr", "inv", "investigator", "patrolman", "patrolwoman", "ptl", "pfc", "cmdr",
        "commander", "maj", "major", "col", "colonel", "chief", "sheriff", "agent", "constable", "marshal",
        "sr", "sra", "srta", "dra", "prof", "professor", "soldado", "cabo", "sargento", "tenente",
        "capitão", "capitan", "capitán", "inspetor", "inspector", "agente", "oficial", "delegado",
        # feminine and French, Spanish, Portuguese ranks ("Inspetora Mariana Costa", "Sergent Luc Bélanger")
        "inspetora", "inspectora", "delegada", "teniente", "comisario", "comisaria", "sergent", "caporal",
        "capitaine", "inspecteur", "inspectrice", "gendarme",
        # German forms of address and police ranks ("Herrn Matthias Schröder", "Polizeioberkommissarin
        # Katrin Weber")
        "herr", "herrn", "frau", "kommissar", "kommissarin", "polizeikommissar", "polizeikommissarin",
        "polizeioberkommissar", "polizeioberkommissarin", "polizeihauptkommissar", "polizeihauptkommissarin",
        "hauptkommissar", "hauptkommissarin",
        # a grade within a rank ends on it: "Deputy First Class", "Officer Second Class"
        "class",
    }
)  # fmt: skip
# Words that only form a title together with a following rank: "School Resource Officer", "Police Officer".
_RANK_MODIFIERS = frozenset(
    {"police", "school", "resource", "special", "senior", "master", "patrol", "reserve", "corrections",
     "correctional", "detention", "field", "training", "lead", "first", "second", "staff", "state", "deputy",
     "polícia", "policia", "guarda", "municipal"}
)  # fmt: skip
_SUFFIXES = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "v", "2nd", "3rd", "esq", "phd", "filho", "neto", "junior"}
)  # fmt: skip
_PARTICLES = frozenset(
    {"de", "da", "do", "das", "dos", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den",
     "ten", "ter", "bin", "ibn", "al", "y", "e", "st", "saint", "mac", "mc"}
)  # fmt: skip
# Words of certificate boilerplate, issuers and course titles: a line holding them is rarely a person.
_VOCABULARY_TEXT = """
    certificate certifies certify certified certification completion completed complete completing
    successfully course courses training trained hours hour director coordinator instructor officer
    officers president manager administrator supervisor superintendent school schools department
    dept association county city state university college academy institute institution national
    council center centre police office agency commission board program programme resource safety
    security enforcement justice criminal public services division bureau unit federal emergency
    management education educational district award awarded presented attendance participation
    achievement recognition appreciation excellence this that the for of and in on to with has is by
    at from date signature signed name title seminar conference workshop hereby given credit credits
    ceu ceus continuing professional development basic advanced inc llc corp company foundation
    network team threat assessment active shooter juvenile youth students student crisis
    intervention mental health awareness prevention response leadership violence investigations
    interviewing tactics legal issues ethics module level edition online page report transcript
    record records total certificado certificamos curso horas participação participou concluiu
    conclusão escola escuela departamento secretaria universidade universidad instituto academia
    polícia policía treinamento capacitação capacitación para que com con por
    prevención prevenção violencia violência escolar escolares seguridad segurança intervención
    intervenção crise formación formação finalización otorgado
"""
_VOCABULARY = frozenset(_VOCABULARY_TEXT.split())
_TOKEN_STRIP = ".,;:()[]\"'’"
_NAME_WORD = re.compile(r"(?:[^\W\d_]['’]?)?[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_INITIAL = re.compile(r"[^\W\d_]\.?")


# The words a certificate's form prints around its fields, and nothing a course is named by: a line
# made only of them ("COURSE COMPLETION", "Certificate of Achievement", a badge's "COMPLETION") names none.
_FORM_WORDS_TEXT = """
    certificate certificado certificat certification diploma award awarded presented hereby certifies certify
    certified this is the that to of de for completion completed complete completing successfully course
    training class achievement accomplishment attendance participation recognition appreciation excellence
    conclusion conclusao finalizacion participacao participacion asistencia reconocimiento
"""
_FORM_WORDS = frozenset(_FORM_WORDS_TEXT.split())


def _splits_into(text: str, vocabulary: frozenset[str]) -> bool:
    """The letters of ``text`` split wholly into ``vocabulary``'s words of two letters or more."""
    letters = _letters(text)
    if not letters:
        return False
    # reach[k]: letters[:k] splits into vocabulary words (a word-break table over the letters).
    reach = [True] + [False] * len(letters)
    for end in range(2, len(letters) + 1):
        reach[end] = any(
            reach[start] and letters[start:end] in vocabulary for start in range(max(0, end - 16), end - 1)
        )
    return reach[-1]


def boilerplate_run(text: str) -> bool:
    """``text`` is certificate wording with its spaces lost ("CERTIFICATE", "OFACHIEVEMENT",
    "CertificateofCompletion"): its letters split wholly into boilerplate words of two letters or more.
    A heading read alone where a glued name could stand ("JESSICAMARTINEZ") is no person."""
    return _splits_into(text, _VOCABULARY)


def form_wording_only(text: str) -> bool:
    """``text`` is only the certificate form's own words, spaced or not ("COURSE COMPLETION'",
    "CertificateofAttendance"): it names no course ("Threat Assessment" is a course's words, not the form's).
    A line with a digit is never only the form's words ("IS-700": a course code)."""
    if any(ch.isdigit() for ch in text) or len(_letters(text)) < 4:
        return False
    return _splits_into(text, _FORM_WORDS)


def _key(token: str) -> str:
    return token.strip(_TOKEN_STRIP).lower()


def _title_length(tokens: list[str]) -> int:
    """How many leading tokens form a title: the longest run of title words that ends on a rank."""
    length = 0
    for i, token in enumerate(tokens):
        key = _key(token)
        if key in _HONORIFICS:
            length = i + 1
        elif key not in _RANK_MODIFIERS:
            break
    return length


def strip_honorifics(name: str) -> str:
    """``name`` without leading titles ("Sgt. Oscar Knapp" -> "Oscar Knapp") or a trailing ", SRO"."""
    tokens = name.split()
    cut = _title_length(tokens)
    # Nothing but titles ("Training Officer") or a title phrase ("Chief of Police"): no name follows.
    if cut >= len(tokens) or (cut and tokens[cut][:1].islower()):
        cut = 0
    rest = " ".join(tokens[cut:])
    # A post-nominal rank after a comma: "Oscar Knapp, SRO".
    head, sep, tail = rest.rpartition(",")
    if sep and head.strip() and tail.split() and _title_length(tail.split()) == len(tail.split()):
        rest = head
    return rest.strip()


def is_name_suffix(token: str) -> bool:
    return _key(token) in _SUFFIXES


def _reorder(name: str) -> str:
    """'Knapp, Oscar A.' -> 'Oscar A. Knapp'; a comma before a suffix or rank ('Knapp, Jr.') stays put."""
    parts = [p.strip() for p in name.split(",") if p.strip()]
    kept = [p for p in parts if not all(is_name_suffix(t) or _key(t) in _HONORIFICS for t in p.split())]
    suffixes = [p for p in parts if p not in kept]
    if len(kept) == 2:
        kept = [kept[1], kept[0]]
    return " ".join(kept + suffixes)


def _fold(token: str) -> str:
    return fold_accents(token)


def name_tokens(name: str) -> tuple[str, ...]:
    """Lower-case, accent-folded name words for fuzzy comparison, first name first.

    Drops titles, suffixes, single-letter initials and particles ("de", "van") so that "KNAPP, OSCAR A." and
    "Sgt. Oscar Knapp" give the same tokens.
    """
    words = strip_honorifics(_reorder(strip_honorifics(name))).split()
    out: list[str] = []
    for i, word in enumerate(words):
        last = i == len(words) - 1
        for piece in re.split(r"[-.]", _fold(word.strip(_TOKEN_STRIP)).lower()):
            piece = re.sub(r"['’]", "", piece)
            particle = piece in _PARTICLES and not last  # "Le", "Da" ending a name are surnames
            if len(piece) > 1 and piece.isalpha() and piece not in _SUFFIXES and not particle:
                out.append(piece)
    return tuple(out)


# --- scoring ------------------------------------------------------------------------------------------

# By the number of core name words (initials, suffixes and particles not counted).
_COUNT_SCORE = {1: 0.2, 2: 0.85, 3: 0.95, 4: 0.9, 5: 0.6}
_VOCAB_PENALTY = 0.15  # per boilerplate word
_TITLE_BONUS = 0.05  # "Sgt. Oscar Knapp": a rank before the words is a hint that a person follows
_INITIAL_BONUS = 0.05  # "Oscar A. Knapp", "Oscar Knapp Jr.": initials and suffixes are person-only patterns
_MAX_TOKENS = 7


def _capitalised(word: str) -> bool:
    """Title case, all caps, or an inner capital after a prefix (McDonald, O'Brien, DeShawn)."""
    return word[0].isupper() and (word.isupper() or word[1:] != word[1:].upper() or len(word) == 1)


def _classify(tokens: list[str]) -> tuple[list[str], int]:
    """Core name words and the count of tokens that cannot be part of a name at all."""
    core: list[str] = []
    bad = 0
    for i, token in enumerate(tokens):
        bare = token.strip(_TOKEN_STRIP)
        particle = bare.lower() in _PARTICLES and i < len(tokens) - 1  # a final "Le" is a surname
        if not bare or is_name_suffix(token) or _INITIAL.fullmatch(bare) or particle:
            continue
        if _NAME_WORD.fullmatch(bare) and _capitalised(bare):
            core.append(bare)
        else:
            bad += 1
    return core, bad


# --- salutations ---------------------------------------------------------------------------------------

# A letter's opening addresses its reader; it never names the person the document is about, however OCR
# spaced it ("ToWhomIt MayConcern", "TO WHOMIT MAY CONCERN", "DearSir"). Compared on the letters alone.
_ADDRESSEE_OPENINGS = (
    "towhomitmayconcern", "aquempossainteressar", "aqueminteressar", "aquiencorresponda",
    "aquienpuedainteresar", "atoutesfinsutiles",
)  # fmt: skip
_OPENING_RESEMBLANCE = 85.0  # rapidfuzz ratio: "To Whorn lt May Concem" is still the opening
# Words that open a greeting, then whoever it is addressed to; with the space kept they alone decide.
# ("Cara", "Caro" and "Cher" are also given names: left out.)
_GREETING_WORDS = frozenset(
    {"dear", "greetings", "hello", "prezado", "prezada", "prezados", "prezadas", "estimado", "estimada",
     "estimados", "estimadas"}
)  # fmt: skip
# Who a greeting addresses, for a greeting glued to it ("DEARSIR", "DearMembers"): a rank, a title or
# one of these.
_ADDRESSEES = frozenset(
    {"sir", "sirs", "madam", "madame", "colleague", "colleagues", "member", "members", "committee",
     "reviewer", "reviewers", "board", "panel", "team", "all", "friends", "hiring", "selection", "review",
     "senhor", "senhora", "senhores", "senor", "senora", "senores", "monsieur"}
)  # fmt: skip


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold_accents(text).lower())


def is_salutation(text: str) -> bool:
    """``text`` opens a letter ("To Whom It May Concern:", "Dear Review Committee", "Prezados Senhores"),
    spaced however OCR read it: a salutation addresses the reader and is never the person's name."""
    letters = _letters(text)
    for opening in _ADDRESSEE_OPENINGS:
        # Prefixes a few letters either side of its length: a misread "m" is "rn", an "rn" an "m".
        size = len(opening)
        if any(
            fuzz.ratio(letters[:cut], opening) >= _OPENING_RESEMBLANCE for cut in range(size - 3, size + 4)
        ):
            return True
    words = text.split()
    if not words:
        return False
    first = _letters(words[0])
    if first in _GREETING_WORDS:
        return True
    # The greeting's space lost: "DearSir", "DEAROFFICER SIMMS", "PrezadosSenhores".
    for greeting in _GREETING_WORDS:
        rest = first[len(greeting) :]
        if first.startswith(greeting) and rest and (rest in _ADDRESSEES or rest in _HONORIFICS):
            return True
    return False


def person_name_score(text: str) -> float:
    """0..1: how much ``text`` (one line) looks like a person's name rather than certificate wording."""
    if re.search(r"\d|[@/#$%&*=+<>|\\]", text) or text.rstrip().endswith(":") or is_salutation(text):
        return 0.0
    stripped = strip_honorifics(text)
    tokens = stripped.replace(",", " ").split()
    if not tokens or len(tokens) > _MAX_TOKENS:
        return 0.0
    core, bad = _classify(tokens)
    score = _COUNT_SCORE.get(len(core), 0.0) * (len(core) / (len(core) + bad)) ** 2 if core else 0.0
    vocabulary_hits = sum(_key(t) in _VOCABULARY for t in tokens)
    score *= _VOCAB_PENALTY**vocabulary_hits
    if score > 0 and stripped != text.strip():
        score += _TITLE_BONUS
    if score > 0 and len(core) >= 2 and any(is_name_suffix(t) or _INITIAL.fullmatch(t) for t in tokens):
        score += _INITIAL_BONUS
    return round(min(1.0, score), 4)


# Initials before a surname, as a register prints a person: "C E HOFFMAN", "J. R. Smith", "A.B. OKAFOR".
_INITIALS_RE = re.compile(r"(?:[A-Z]\.?|(?:[A-Z]\.){2,3})")
_SURNAME_RE = re.compile(r"[A-Z][A-Za-z'’-]+")
# Bodies printed with initials ("U.S. ARMY", "U.S. COAST GUARD"): words a surname after initials never is.
_BODY_WORDS = frozenset({"army", "navy", "air", "force", "marine", "marines", "coast", "guard", "gov"})
_MAX_INITIALS = 3


def initials_and_surname(text: str) -> bool:
    """``text`` is initials and a surname ("C E HOFFMAN", "J. R. SMITH"): a person, where a name goes.

    ``person_name_score`` counts initials for nothing, so such a name scores like one word; it passes
    only where the document puts a name (after "certifies that", under "Awarded to"). Two initials, or
    one with its dot, then one or two surname words: "IS 700 B", "A NEW ERA" and "U.S. ARMY" are none.
    """
    tokens = text.replace(",", " ").split()
    k = 0
    while k < len(tokens) and k < _MAX_INITIALS and _INITIALS_RE.fullmatch(tokens[k]):
        k += 1
    initials, surname = tokens[:k], tokens[k:]
    letters = sum(len(t.replace(".", "")) for t in initials)
    enough = letters >= 2 or (letters == 1 and initials[0].endswith("."))
    return (
        enough
        and 1 <= len(surname) <= 2
        and all(_SURNAME_RE.fullmatch(t) and len(t) >= 2 for t in surname)
        and not any(_key(t) in _VOCABULARY or _key(t) in _BODY_WORDS for t in surname)
    )


@functools.cache
def _given_names() -> Any:
    # A curated dictionary of ~40,000 given names from many countries (gender-guesser's data file);
    # rolling our own list would know far fewer names than it does.
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


def names_a_given_name(text: str) -> bool:
    """True when a word of ``text`` is a known given name or an initial ("Brian Burns", "J. Smith").

    Course titles set like names ("Child Abuse Investigation", "Human Trafficking") have none.
    """
    tokens = [t.strip(_TOKEN_STRIP) for t in strip_honorifics(text).replace(",", " ").split()]
    detector = _given_names()

    def known(token: str) -> bool:
        # As printed first: the dictionary spells "João" with its accent and does not know "Joao".
        forms = {token, fold_accents(token)}
        return len(token) > 1 and any(detector.get_gender(f) != "unknown" for f in forms)

    # A double given name ("John-Michael", "Mary-Kate"): the dictionary knows its parts, not the pair. Every
    # part must be one ("Anti-Bullying" and "De-Escalation" hold a part that is also someone's name).
    return any(
        _INITIAL.fullmatch(t) or known(t) or ("-" in t and all(known(part) for part in t.split("-")))
        for t in tokens
        if t
    )


# --- repairs of names as OCR reads them ---------------------------------------------------------------

# A final "Il", "Ill", "1I": a generational suffix whose capital I's OCR read as l or 1. "Li" is a surname,
# so only shapes no name takes are repaired.
_MISREAD_ROMAN_SUFFIX = re.compile(r"[Il1|]{2,3}")
_RANK_RESEMBLANCE = 85.0  # rapidfuzz ratio of a long leading word to a rank: "FATROLMAN" is "PATROLMAN"
_LONG_RANK_MIN = 6  # shorter ranks resemble too many words to be guessed from a misreading
# Given names written short the old way ("Wm. Taylor"): abbreviations that are no rank.
_GIVEN_NAME_ABBREVIATIONS = frozenset(
    {"wm", "chas", "jas", "thos", "geo", "robt", "benj", "saml", "edw", "jno"}
)  # fmt: skip


# An officer's number printed after the name on its line: "SGT. MARIA DELGADO-RUIZ #4412", "Officer John
# Smith, Badge 1215", "Ofc. John A. Smith (ID 4412)", "... Jr. — Badge No. 12/15". It identifies the person
# but is no part of the name (and never a date or hours).
ID_AFTER_NAME_RE = re.compile(
    r"[\s,;]*[—–-]?\s*\(?\s*(?:(?:badge|id|employee(?:\s+id)?|emp\.?\s*id|star|shield|serial|unit|dsn|psn)"
    r"\.?\s*(?:no\.?|number|num\.?|#)?\s*:?|#|no\.)\s*[\w/-]*\d[\w/-]*\s*\)?\s*$",
    re.IGNORECASE,
)


def without_id_number(text: str) -> str:
    """``text`` without an officer's badge or ID number printed after the name (``ID_AFTER_NAME_RE``)."""
    cut = ID_AFTER_NAME_RE.sub("", text)
    return cut if cut.strip() else text


def tidy_read_name(name: str) -> str:
    """``name`` as read, with OCR's usual damage to its rank and suffix undone or dropped.

    "Jeremiah Adams Il" -> "Jeremiah Adams II"; "Sgl. Vincent Mcmillan" -> "Vincent Mcmillan" (a leading
    abbreviation that is no rank, no given name and no initial, before a full name, is a misread rank);
    "FATROLMAN JEFFREY BROWN" -> "JEFFREY BROWN"; "JORDANVASQUEZ" -> "JORDAN VASQUEZ" (spaces lost, split
    after the longest known given name); "OfficerCarlos IbarraBadge" -> "Officer Carlos Ibarra" (a rank
    glued to the name, a label glued after it). Anything else is left as read.
    """
    tokens = [part for tok in name.rstrip(",;:").split() for part in _glued_rank_or_label(tok)]
    if len(tokens) == 1:
        return _unglued(tokens[0])
    last = len(tokens) - 1
    tokens = [part for i, tok in enumerate(tokens) for part in _glued_initial_or_suffix(tok, i == last)]
    suffix = tokens[-1].rstrip(".,") if tokens else ""
    before = strip_honorifics(" ".join(tokens[:-1])).split()
    if _misread_roman(suffix, name) and len(_classify(before)[0]) >= 2:
        tokens[-1] = "I" * len(suffix)
    if len(tokens) >= 3 and _misread_rank(tokens[0]) and len(_classify(tokens[1:])[0]) >= 2:
        tokens = tokens[1:]
    return " ".join(tokens)


def _misread_roman(suffix: str, name: str) -> bool:
    """A last word that is II or III as OCR damages it: 'Il', 'Ill', '1I'; 'LI' in a name not set in
    capitals (the surname Li is printed 'Li'); 'TIT' or 'ITI' in one set in capitals."""
    if _MISREAD_ROMAN_SUFFIX.fullmatch(suffix) and set(suffix) != {"I"}:
        return True
    capitals = name.upper() == name
    if suffix == "LI" and not capitals:
        return True
    return capitals and len(suffix) == 3 and set(suffix) <= {"I", "T"} and "I" in suffix


_GLUED_SUFFIX_RE = re.compile(r"([^\W\d_]{3,})((?:JR|SR|Jr|Sr)\.)")
_GLUED_INITIAL_RE = re.compile(r"([^\W\d_]{3,})([A-Z]\.)")
# A given name in title case with a capital after it and no dot: "Bailey, KellyE" (a transcript's "Surname,
# Given Initial" whose last space was lost). Title case only: in capitals ("KELLYE") the split is a guess.
_GLUED_BARE_INITIAL_RE = re.compile(r"([A-Z][a-z]{2,})([A-Z])")


def _glued_initial_or_suffix(token: str, last: bool) -> list[str]:
    """'SIMPSONJR.' -> 'SIMPSON', 'JR.'; 'PAMELAR.' -> 'PAMELA', 'R.' (a known given name before a
    capital and a dot: a full given name takes no dot, so the space before an initial was lost);
    'KellyE' -> 'Kelly', 'E' (a known given name in title case before one capital, anywhere)."""
    if last and (m := _GLUED_SUFFIX_RE.fullmatch(token)):
        return [m.group(1), m.group(2)]
    m = _GLUED_INITIAL_RE.fullmatch(token)
    if not last and m and names_a_given_name(m.group(1)):
        return [m.group(1), m.group(2)]
    m = _GLUED_BARE_INITIAL_RE.fullmatch(token)
    if m and names_a_given_name(m.group(1)):
        return [m.group(1), m.group(2)]
    return [token]


_CAMEL_PAIR_RE = re.compile(r"([A-Z][a-z]+\.?)([A-Z][a-z]+\.?)")


def _glued_rank_or_label(token: str) -> list[str]:
    """A rank glued to the given name after it ("OfficerCarlos", "OficialAna": a second engine's read of a
    large name) is split; a field's label glued to the surname before it ("IbarraBadge", "SmithID") is
    dropped: the name ends there."""
    m = _CAMEL_PAIR_RE.fullmatch(token)
    if m is None:
        m = re.fullmatch(r"([A-Z][a-z]+)(ID)", token)
        return [m.group(1)] if m else [token]
    left, right = m.groups()
    if left.lower().rstrip(".") in _HONORIFICS:
        return [left, right]
    if right.lower().rstrip(".") in FIELD_LABEL_WORDS - {"officer"}:
        return [left]
    return [token]


def _misread_rank(token: str) -> bool:
    bare = token.rstrip(".")
    key = bare.lower()
    if not bare.isalpha() or key in _HONORIFICS or key in _GIVEN_NAME_ABBREVIATIONS:
        return False
    if names_a_given_name(bare):
        return False
    if token.endswith(".") and 2 <= len(bare) <= 4:
        return True
    return len(bare) >= _LONG_RANK_MIN and any(
        len(rank) >= _LONG_RANK_MIN and fuzz.ratio(key, rank) >= _RANK_RESEMBLANCE for rank in _HONORIFICS
    )


_GLUED_PART_MIN = 3  # letters on either side of a split: shorter given names ("Al", "Jo") prefix too much


# Capitals a name may carry inside one word: "McDonald", "MacArthur", "DeShawn", "LaToya", "O'Brien".
_INNER_CAPITAL_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|St)$")


def _camel_split(token: str) -> str:
    """ "MarcusAnthonyBellIII" -> "Marcus Anthony Bell III": words set in title case whose spaces OCR lost
    (a script face spaces its letters, not its words), split before each inner capital that follows a
    lower-case letter, but for name prefixes ("McDonald")."""
    parts = re.split(r"(?<=[a-z])(?=[A-Z])", token)
    merged: list[str] = []
    for part in parts:
        if merged and _INNER_CAPITAL_PREFIX.fullmatch(merged[-1]):
            merged[-1] += part
        else:
            merged.append(part)
    return " ".join(merged)


def _unglued(token: str) -> str:
    """One word made of a given name and a surname whose space OCR lost, split after the given name."""
    camel = _camel_split(token)
    if camel != token and len(camel.split()) >= 2 and names_a_given_name(camel.split()[0]):
        return camel
    if not token.isalpha() or len(token) < 2 * _GLUED_PART_MIN + 1 or names_a_given_name(token):
        return token
    detector = _given_names()
    for cut in range(len(token) - _GLUED_PART_MIN, _GLUED_PART_MIN - 1, -1):
        if detector.get_gender(token[:cut]) != "unknown":
            return f"{token[:cut]} {token[cut:]}"
    return token


# --- a name field running into the next field ---------------------------------------------------------

FIELD_LABEL_WORDS = {
    "employee",
    "badge",
    "rank",
    "report",
    "hire",
    "date",
    "agency",
    "unit",
    "assignment",
    "id",
    "department",
    "dept",
    "division",
    "position",
    "title",
    "status",
    "printed",
    "officer",
    "serial",
    "personnel",
    "emp",
}


_GLUED_DIGIT_RE = re.compile(r"(?<=[^\W\d_]{3})\d$")
# "CORDELIA.F.": a fax read the space before a middle initial as a dot; the name's word and its initial.
_DOTTED_INITIAL_RE = re.compile(r"(?P<word>[^\W\d_][^\W\d_'\u2019-]+)\.(?P<initial>[^\W\d_a-z]\.?)")


# A name's last word and the next field's label read as one word: "OkaforInstructor:", "ReyesBadge:".
_GLUED_LABEL_RE = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,}(?:\s?#)?:)")


def name_before_next_label(text: str) -> str | None:
    """ "Oscar Knapp Badge/ID: 90921" -> "Oscar Knapp": the name-like words before the next label."""
    tokens: list[str] = []
    for raw in _split_dotted_initials(text.split()):
        # "Okafor1 Instructor: ...": a scan's speck (or a footnote's mark) glued to a word of the name as one
        # digit; no name has digits, so the word without it is the name's
        token = _GLUED_DIGIT_RE.sub("", raw)
        glued = _GLUED_LABEL_RE.fullmatch(token)
        if glued is not None:
            tokens.append(glued.group(1))  # "OkaforInstructor:": a scan lost the gap before the next label
            break
        # A label with a colon ends the name; so does one without, past a rank and a name ("... Badge 4471").
        if token.endswith(":") or (len(tokens) >= 2 and token.lower().strip(".") in FIELD_LABEL_WORDS):
            if token.endswith(":") and len(tokens) > 2 and _opens_label(tokens[-1], tokens[:-1]):
                tokens.pop()  # "User ID:", "POST Number:": the word before the colon's is the label's
            break
        tokens.append(token)
    while tokens and tokens[-1].lower().strip(".") in FIELD_LABEL_WORDS:  # "Employee ID:" starts a label
        tokens.pop()
    best = max(
        (" ".join(tokens[:n]) for n in range(len(tokens), 1, -1)),
        key=person_name_score,
        default="",
    )
    return best if best and person_name_score(best) >= 0.5 else None


def _split_dotted_initials(tokens: Sequence[str]) -> list[str]:
    """ "CORDELIA.F." as "CORDELIA" and "F." (a name's word and a capital initial joined by a dot)."""
    out: list[str] = []
    for token in tokens:
        m = _DOTTED_INITIAL_RE.fullmatch(token)
        out += [m["word"], m["initial"]] if m else [token]
    return out


LABEL_OPENERS = {
    "user",
    "member",
    "learner",
    "student",
    "account",
    "license",
    "licence",
    "certificate",
    "cert",
}


def _opens_label(token: str, name: Sequence[str]) -> bool:
    """``token`` begins a two-word label: a label word ("User"), or an acronym set in capitals after a
    whole name that is not ("Jane Doe POST Number:"; in "Kevin J. OBRIEN ID:" it is the surname). A
    generational suffix ends the name before it ("David P. Palmer III Badge/ID:")."""
    if is_name_suffix(token):
        return False
    if token.lower().strip(".") in FIELD_LABEL_WORDS | LABEL_OPENERS:
        return True
    acronym = len(token) >= 2 and token.isalpha() and token.isupper()
    words = [t.strip(".,") for t in name if len(t.strip(".,")) > 1]
    return acronym and len(words) >= 2 and not any(t.isupper() for t in words)
