"""Does a printed participant name name the applicant? Tolerant of ranks, initials, suffixes and OCR."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from extract.fields.names import names_a_given_name
from extract.types import Frozen
from verify.nicknames import short_form_of

# Ranks, titles and honorifics printed before a name; only stripped from the front.
_TITLE_WORDS = """
    officer ofc off deputy dep dty sgt sergeant cpl corporal det detective lt lieutenant capt cpt captain
    maj major col chief sheriff undersheriff sro patrolman patrolwoman ptl trooper tpr agent inv
    investigator sa cadet mr mrs ms miss dr school resource
"""
TITLES = frozenset(_TITLE_WORDS.split())
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Characters OCR confuses in names: fold both sides before comparing (Diaz / Dlaz / D1az).
_OCR_FOLD = (("rn", "m"), ("vv", "w"), ("0", "o"), ("1", "l"), ("i", "l"), ("|", "l"), ("5", "s"))
_ABBREVIATION = re.compile(r"[A-Za-z]{2,4}\.")  # "Cpl.", "Ofc.": shortened words; single letters are initials
SAME = 0.8  # token similarity at or above: the same name
DIFFERENT = 0.5  # below: a different name; in between: unsure


class NameMatch(Frozen):
    score: float  # 0..1
    same_person: bool | None  # None: unsure, a human decides
    reason: str


class _Name(Frozen):
    first: str
    middles: tuple[str, ...]
    last: str
    suffix: str | None


def names_match(applicant: str, printed: str | None) -> NameMatch:
    """Compare the applicant's name with a name as printed on a document."""
    if not printed or not printed.strip():
        return NameMatch(score=0.0, same_person=None, reason="no participant name printed")
    want, got = _parse(applicant), _parse(printed)
    if want is None:
        return NameMatch(score=0.0, same_person=None, reason=f"cannot read applicant name {applicant!r}")
    if got is None:
        return NameMatch(score=0.0, same_person=None, reason=f"cannot read printed name {printed!r}")
    got = _without_glued_rank(got)
    if not got.first:
        glued = "".join([want.first, *want.middles, want.last])
        if got.last in (glued, want.first + want.last):
            # Every letter of the name, in order, and nothing else: only the spaces were lost.
            return NameMatch(score=0.95, same_person=True, reason=f"{printed!r} is the name without spaces")
        if len(got.last) >= 8 and max(_sim(got.last, glued), _sim(got.last, want.first + want.last)) >= SAME:
            return NameMatch(
                score=0.8, same_person=None, reason=f"{printed!r} looks like the name without spaces"
            )
        return _last_only(want, got, printed)
    direct = _compare(want, got, printed)
    if direct.same_person is None and _respaced(want, got):
        # "Jose AngelPena Ibanez" for José Ángel Peña-Ibáñez: the same given name, then every other
        # letter of the name in order and nothing else; only spaces and hyphens moved (OCR glues a word
        # to the next one and splits a double surname at its hyphen).
        return NameMatch(score=0.9, same_person=True, reason=f"{printed!r} is the name spaced otherwise")
    if direct.same_person is not True:
        # Some rosters print "DIAZ ROBERT" without a comma: accept the swap only when it is clean.
        swapped = _compare(want, got.model_copy(update={"first": got.last, "last": got.first}), printed)
        if swapped.same_person is True:
            return swapped.model_copy(update={"reason": f"{printed!r} printed last name first"})
        if got.middles:
            # An unknown word before the full name is most likely a misread rank ("CRE." for "CPL.").
            rest = _Name(first=got.middles[0], middles=got.middles[1:], last=got.last, suffix=got.suffix)
            if _compare(want, rest, printed).same_person is True:
                lead = printed.split()[0]
                if _ABBREVIATION.fullmatch(lead) and not names_a_given_name(lead):
                    # "Cre." is no one's name but an abbreviation: a misread rank ("CPL."), not a first name.
                    reason = f"{printed!r}: {lead!r} read as an abbreviated rank"
                    return NameMatch(score=0.9, same_person=True, reason=reason)
                return NameMatch(
                    score=0.8, same_person=None, reason=f"{printed!r}: the first word may be a rank"
                )
        if direct.same_person is False:
            return (
                _one_part_of_double_surname(want, got, applicant, printed)
                or _goes_by_middle_name(want, got, printed)
                or _changed_surname(want, got, printed)
                or direct
            )
    elif _other_form(want.first, got.first) and not _glued_initial(printed, want, got.first):
        # Close enough for an OCR slip, but a name of its own (Robert / Roberta): a sister, a wife?
        return NameMatch(
            score=direct.score, same_person=None, reason=f"{printed!r}: the first name is another form"
        )
    return direct


def former_name_forms(applicant: str, former: Sequence[str]) -> tuple[str, ...]:
    """The applicant's name under each earlier name a letter gives: "Jessica L. Hartwell" (formerly Moreno)
    was "Jessica L. Moreno" and may print "Jessica Moreno Hartwell"; a former name of two words or more
    ("formerly known as Ana Ortega") is a form of its own."""
    want = _parse(applicant)
    if want is None or not want.first:
        return ()
    forms: list[str] = []
    for name in former:
        old = _parse(name)
        if old is None:
            continue
        if old.first:
            forms.append(name)
        forms.append(" ".join([want.first, *want.middles, old.last]).title())
        forms.append(" ".join([want.first, old.last, want.last]).title())
    return tuple(dict.fromkeys(forms))


def match_with_former_names(applicant: str, printed: str | None, forms: Sequence[str]) -> NameMatch:
    """``names_match``, where a name the applicant had before (``former_name_forms``) names them too."""
    direct = names_match(applicant, printed)
    if direct.same_person is True:
        return direct
    for form in forms:
        earlier = names_match(form, printed)
        if earlier.same_person is True:
            reason = f"{printed!r} is the applicant's earlier name {form!r}, as their letter says"
            return NameMatch(score=earlier.score, same_person=True, reason=reason)
    return direct


def roster_names_match(applicant: str, attendees: Sequence[str]) -> NameMatch:
    """Does an attendance roster list the applicant? Listed: the roster speaks of them (its line is still
    a person's to confirm: a roster is no certificate). No attendee the applicant: it is someone else's
    roster. Only unsure matches: a person decides."""
    matches = [(a, names_match(applicant, a)) for a in attendees]
    listed = [(a, m) for a, m in matches if m.same_person is True]
    if listed:
        who, m = max(listed, key=lambda p: p[1].score)
        return NameMatch(score=m.score, same_person=True, reason=f"the roster lists the applicant as {who!r}")
    unsure = [(a, m) for a, m in matches if m.same_person is None]
    if unsure:
        who, m = max(unsure, key=lambda p: p[1].score)
        return NameMatch(score=m.score, same_person=None, reason=f"the roster lists {who!r}: {m.reason}")
    return NameMatch(
        score=max((m.score for _, m in matches), default=0.0),
        same_person=False,
        reason=f"the roster's {len(attendees)} people do not include the applicant",
    )


# Ranks long enough that no given name starts with one ("Patrolman", "Sergeant"; not "Col" of "Colton").
_LONG_TITLES = sorted((t for t in TITLES if len(t) >= 6), key=len, reverse=True)


def _without_glued_rank(got: _Name) -> _Name:
    """A rank run into the first name, its space lost ("PATROLMANRONALD T. BARTON"), is no part of it."""
    lead = next((t for t in _LONG_TITLES if got.first.startswith(t) and len(got.first) > len(t) + 1), None)
    return got if lead is None else got.model_copy(update={"first": got.first[len(lead) :]})


def _respaced(want: _Name, got: _Name) -> bool:
    """The printed name is the applicant's with its spaces moved after the given name: the given names are
    the same word, the suffixes agree, and the letters after it are the same letters in the same order
    ("AngelPena Ibanez" for "Angel Pena-Ibanez"), letters OCR confuses folded alike ("AngeIPena"). The given
    name must be equal itself: "Joan N. Smith" and "Jo Ann Smith" share their letters, not their given
    name."""
    rest_want = _fold("".join([*want.middles, want.last]))
    rest_got = _fold("".join([*got.middles, got.last]))
    return (
        len(want.first) > 1
        and _fold(got.first) == _fold(want.first)
        and (want.suffix or None) == (got.suffix or None)
        and len(rest_want) >= 4
        and rest_got == rest_want
    )


def _glued_initial(printed: str, want: _Name, first: str) -> bool:
    """OCR glues an initial to the given name ("ROBERTA." for "ROBERT A.", "KellyE"): the extra letter is
    the applicant's middle initial, a capital after small letters, or followed by the initial's dot."""
    extra = first[len(want.first) :] if first.startswith(want.first) else ""
    if len(extra) == 1 and want.middles and want.middles[0][0] == extra:
        return True
    for word in re.findall(r"[^\W\d_]+\.?", printed):
        if word.rstrip(".").lower() == first:
            return word.endswith(".") or re.search(r"[a-z][A-Z]$", word.rstrip(".")) is not None
    return False


def _one_part_of_double_surname(want: _Name, got: _Name, applicant: str, printed: str) -> NameMatch | None:
    """Unsure, not someone else, when the given names agree and one side prints a double surname
    ("Garcia-Lopez") and the other one of its parts or its parts swapped: a person decides."""
    if _first_similarity(want.first, got.first) < SAME:
        return None
    want_parts, got_parts = _double_surname(applicant), _double_surname(printed)
    if (want_parts and (got.last in want_parts or set(want_parts) == set(got_parts))) or (
        got_parts and want.last in got_parts
    ):
        return NameMatch(
            score=0.7, same_person=None, reason=f"{printed!r} prints one part of a double surname"
        )
    return None


def _goes_by_middle_name(want: _Name, got: _Name, printed: str) -> NameMatch | None:
    """Unsure, not someone else, when the printed first name is the applicant's middle name or its
    initial and the surname agrees ("M. Martinez" for Christopher M. Martinez): people go by their
    middle names, and OCR loses a first name set apart from the rest."""
    if not want.middles or _sim(want.last, got.last) < SAME:
        return None
    middle = want.middles[0]
    if _first_similarity(middle, got.first) < SAME:
        return None
    return NameMatch(
        score=0.7,
        same_person=None,
        reason=f"{printed!r} begins with the applicant's middle name, not the first",
    )


def _changed_surname(want: _Name, got: _Name, printed: str) -> NameMatch | None:
    """Unsure, not someone else, when only the surname differs and the given name and the middle name
    (or its initial), both printed, agree ("Jessica L. Moreno" for Jessica L. Hartwell): a surname changed
    by marriage or divorce between two documents. A person decides; a name without its middle part, or
    with another middle initial, is someone else as before."""
    if not (want.middles and got.middles) or want.middles[0][0] != got.middles[0][0]:
        return None
    if _first_similarity(want.first, got.first) < SAME or len(want.first) == 1 or len(got.first) == 1:
        return None
    return NameMatch(
        score=0.6,
        same_person=None,
        reason=f"{printed!r}: the given and middle names agree, the surname differs (a changed name?)",
    )


def _double_surname(raw: str) -> tuple[str, ...]:
    """The parts of a hyphenated surname as _parse folds words ("Garcia-Lopez": garcia, lopez)."""
    text = _fold_commas(unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode().lower())
    if "," in text:
        text = text.split(",", 1)[0]  # "Garcia-Lopez, Maria": the surname is before the comma
    words = [w for w in re.findall(r"[a-z'’]+(?:-[a-z'’]+)+", text)]
    return tuple(_tokens(" ".join(words[-1].split("-")))) if words else ()


def _compare(want: _Name, got: _Name, printed: str) -> NameMatch:
    first = _first_similarity(want.first, got.first)
    joined_only = _sim(want.last, got.last) < SAME <= _sim(want.last, _joined(got))
    if joined_only:
        # "Garcia Lopez" printed for "Garcia-Lopez": the word before the last is surname, not a middle.
        got = got.model_copy(update={"middles": got.middles[:-1]})
    last_exact = max(_sim(want.last, got.last), _sim(want.last, _joined(got)), 1.0 if joined_only else 0.0)
    last_any = max([last_exact, *(_sim(t, got.last) for t in want.middles)])
    score = round((first + last_any) / 2, 3)
    if first < SAME and last_exact >= SAME and _may_be_short_form(want.first, got.first):
        return NameMatch(
            score=score, same_person=None, reason=f"{printed!r}: the first name may be a short form of it"
        )
    if first < DIFFERENT:
        return NameMatch(score=score, same_person=False, reason=f"first name differs in {printed!r}")
    if last_any < DIFFERENT:
        return NameMatch(score=score, same_person=False, reason=f"last name differs in {printed!r}")
    if first < SAME or last_any < SAME:
        return NameMatch(
            score=score, same_person=None, reason=f"{printed!r} is close but not clearly the same"
        )
    if last_exact < SAME:
        return NameMatch(
            score=score, same_person=None, reason=f"{printed!r} matches a middle name, not the last"
        )
    if len(got.first) == 1 or len(want.first) == 1:
        return NameMatch(score=score, same_person=None, reason=f"{printed!r} gives only a first initial")
    if _other_ending(want.first, got.first):
        return NameMatch(
            score=score,
            same_person=None,
            reason=f"{printed!r}: the first name ends otherwise (another person?)",
        )
    if want.middles and got.middles and want.middles[0][0] != got.middles[0][0]:
        return NameMatch(score=score, same_person=None, reason=f"middle initial differs in {printed!r}")
    if want.suffix and got.suffix and want.suffix != got.suffix:
        return NameMatch(score=score, same_person=None, reason=f"suffix differs in {printed!r}")
    return NameMatch(score=score, same_person=True, reason=f"{printed!r} names the applicant")


def _last_only(want: _Name, got: _Name, printed: str) -> NameMatch:
    sim = round(max(_sim(want.last, got.last), _sim(want.first, got.last)), 3)
    if sim < DIFFERENT:
        return NameMatch(score=sim, same_person=False, reason=f"{printed!r} is a different name")
    return NameMatch(score=sim, same_person=None, reason=f"{printed!r} gives a single name")


_ENDINGS = frozenset({"a", "e", "ie", "o", "ette", "ina", "ine"})


def _other_form(a: str, b: str) -> bool:
    """Two given names differing only by a gendered ending: Robert / Roberta, Maria / Mario / Marie."""
    if a == b or min(len(a), len(b)) < 3:
        return False
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short):
        return long_[len(short) :] in _ENDINGS
    return len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} <= set("aeo")


def _other_ending(a: str, b: str) -> bool:
    """Two given names of one length alike but for their last letter: Andrea / Andrew, Maria / Mario. Two
    officers of one department (a family) may bear them; a letter naming one is no proof of the other's
    service, so the match goes to a person. (A letter more, "ROBERTA." for "Robert A.", "KellyE", is OCR
    gluing an initial: not this.)"""
    a, b = _fold(a), _fold(b)
    return a != b and len(a) == len(b) >= 4 and a[:-1] == b[:-1]


def _may_be_short_form(a: str, b: str) -> bool:
    """ "Bob" for Robert, "Alex" for Alexander: a usual short form, or the start of the longer name."""
    if len(a) < 3 or len(b) < 3:
        return False  # an initial is handled as one
    short, long_ = sorted((a, b), key=len)
    return short_form_of(a, b) or (len(short) < len(long_) and long_.startswith(short))


def _first_similarity(a: str, b: str) -> float:
    # An initial ("R. Diaz") can only agree or not; _compare then calls an agreeing initial unsure.
    if len(a) == 1 or len(b) == 1:
        return 1.0 if a[0] == b[0] else 0.0
    return _sim(a, b)


def _sim(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return max(Levenshtein.normalized_similarity(a, b), Levenshtein.normalized_similarity(_fold(a), _fold(b)))


def _fold(token: str) -> str:
    for src, dst in _OCR_FOLD:
        token = token.replace(src, dst)
    return token


def _joined(name: _Name) -> str:
    # "Smith Jones" printed for a hyphenated "Smith-Jones" (hyphens are dropped by _tokens).
    return (name.middles[-1] + name.last) if name.middles else name.last


def _fold_commas(text: str) -> str:
    """The commas of a printed name as OCR misreads them: a semicolon for a comma ("RHODES; TAMIKA J."),
    and a comma for an initial's dot ("Priya S, Raman": a surname never ends in an initial)."""
    text = text.replace(";", ",")
    if "," in text:
        left = _tokens(text.split(",", 1)[0])
        if len(left) >= 2 and len(left[-1]) == 1:
            text = text.replace(",", " ", 1)
    return text


def _parse(raw: str) -> _Name | None:
    text = _fold_commas(unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode().lower())
    if "," in text:
        left, right = text.split(",", 1)
        right_tokens = _strip_titles(_tokens(right))
        # "Taylor, II" is a suffix after a comma, not "Last, First".
        if right_tokens and not all(t in SUFFIXES for t in right_tokens):
            text = " ".join(right_tokens) + " " + left
        else:
            text = left + " " + " ".join(right_tokens)
    tokens = _strip_titles(_tokens(text))
    if len(tokens) >= 2 and len(tokens[-1]) > 4 and tokens[-1].endswith("jr"):
        tokens = [*tokens[:-1], tokens[-1][:-2], "jr"]  # "SIMPSONJR.": the space before a suffix lost
    suffix = None
    kept: list[str] = []
    for i, tok in enumerate(tokens):
        if i == len(tokens) - 1 and i >= 2:
            tok = _ocr_suffix(tok)
        is_suffix = tok in SUFFIXES or (tok == "v" and i == len(tokens) - 1 and len(tokens) >= 3)
        if i > 0 and is_suffix:
            suffix = tok
        else:
            kept.append(tok)
    if not kept:
        return None
    if len(kept) == 1:
        return _Name(first="", middles=(), last=kept[0], suffix=suffix)
    return _Name(first=kept[0], middles=tuple(kept[1:-1]), last=kept[-1], suffix=suffix)


def _ocr_suffix(token: str) -> str:
    """A final "Ill", "LI", "Il" or "TIT" is how OCR prints the suffixes II and III."""
    folded = token.translate(str.maketrans("l1|t", "iiii"))
    return folded if folded in ("ii", "iii") and token not in SUFFIXES else token


def _tokens(text: str) -> list[str]:
    text = re.sub(r"['’`\-]", "", text)
    return [t for t in re.split(r"[^a-z0-9|]+", text) if t]


def _strip_titles(tokens: list[str]) -> list[str]:
    i = 0
    # Keep at least one token: a bare "Major" is more likely a name than a rank.
    while i < len(tokens) - 1 and _is_title(tokens[i]):
        i += 1
    return tokens[i:]


def _is_title(token: str) -> bool:
    """A rank as printed or as OCR misreads a long one ("FATROLMAN", "Dcputy")."""
    if token in TITLES:
        return True
    return len(token) >= 6 and any(len(t) >= 6 and Levenshtein.distance(token, t) <= 1 for t in TITLES)
