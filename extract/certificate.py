"""Read one course off a certificate-like page: who, what, when, how long.

Certificates of every issuer say the same few things in the same few ways: a cue ("certifies
that", "awarded to", "Student Name:") before the person, a cue ("has completed", "attended",
"Course Title:") before the course, a labelled or free-standing date and a number of hours.
The parser looks for those cues and for the shapes of the values, never for one layout's
positions. Confidence of each field is the OCR confidence of its words, lowered when the
page offers several disagreeing readings.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from extract.credit_units import SUMMARY_WORDS
from extract.fields.dates import (
    MONTH_ONLY,
    WEEK_ONLY,
    DateLabel,
    date_label,
    find_dates,
    in_a_day_first_language,
    names_a_day_first_place,
    names_a_week,
)
from extract.fields.hours import (
    GARBLED_LENGTH_RE,
    HoursMatch,
    find_hours,
    parse_hours_cell,
    states_an_approximate_amount,
)
from extract.fields.names import (
    boilerplate_run,
    form_wording_only,
    initials_and_surname,
    is_salutation,
    name_before_next_label,
    names_a_given_name,
    person_name_score,
    strip_honorifics,
    tidy_read_name,
    without_id_number,
)
from extract.fields.text import english_title_unaccented, m_for_rn
from extract.lines import page_cells, split_cells
from extract.spans import span_box, span_conf, words_in_span
from extract.types import (
    GUESSED_TITLE_CONF,
    NO_HOURS_PRINTED,
    BBox,
    Evidence,
    Line,
    RawItem,
    TitleGuess,
    char_weighted_conf,
    union_box,
)

# Phrases before the participant's name. Lower-case; matched on word boundaries.
NAME_CUES = (
    "certify that",
    "certifies that",
    "certified that",
    "certify",
    "awarded to",
    "presented to",
    "acknowledge that",
    "acknowledges that",
    "recognizes that",
    "recognizes",
    "granted to",
    "conferred upon",
    "conferred on",
    "congratulations",
    "this certificate belongs to",
    "issued to",
    "verify that",
    "pertence a",
    "certifica que",
    "certificamos que",
    "otorga a",
    "certifica a",
    "this is to certify",
    "completed by",
    "completado por",
    "concluído por",
    "concluido por",
    "confirm that",
    "confirms that",
    "attest that",
    "attests that",
    "verifies that",
    "hereby awarded to",
    "proudly presented to",
    *("well done", "great job", "great work", "congrats"),  # GREETINGS: only with the name on their line
)
# An online course's praise before its learner's name: "Congratulations, Jane Doe", "Great job Jane Doe!".
# Closing praise ("... their career. Well done!") names nobody, so only these with the name beside them count.
GREETINGS = ("congratulations", "well done", "great job", "great work", "congrats")
INLINE_ONLY_CUES = frozenset(GREETINGS) - {"congratulations"}
NAME_LABELS = (
    "student name",
    "participant name",
    "participant",
    "student",
    "name",
    "attendee",
    "trainee",
    "recipient",
    "attendee name",
    "trainee name",
    "recipient name",
    "full name",
    "member name",
    "officer name",
    "employee name",
    "employee",
    "awarded to",
    "completed by",
    "issued to",
    "presented to",
    "certificate holder",
    "participant's name",
    "name of participant",
    "nome",
    "nombre",
    "learner",
    "learner name",
    # A registration's or booking's form names its person so ("Registrant: Jane Doe"): the page then
    # names whom it registered, and its review says "a registration, not a completion" instead of "nobody".
    "registrant",
    "registrant name",
)
# Phrases before the course title.
COURSE_CUES = (
    "successfully completed",
    "satisfactorily completed",
    "has completed",
    "have completed",
    "completed",
    "completion of",
    "requirements of",
    "requirements for",
    "has attended",
    "attended",
    "for attending",
    "attendance at",
    "participated in",
    "participation in",
    "independent study course",
    "course of study",
    "concluiu o curso",
    "concluiu",
    "completado con exito el curso de",
    "completado con éxito el curso de",
    "haber completado",
    "ha completado",
    "completado",
    "curso de",
    "the course",
    "for completing",
    "successfully completing",
    "completing",
    "in recognition of completing",
    "in recognition of attending",
    "of attending",
    "participación en",
    "participacion en",
    "asistencia al",
    "a suivi",
    "ayant suivi",
    "participé à",
    # German: "(hat) an der Fortbildung / am Seminar (teilgenommen)", the course between them
    "an der fortbildung",
    "an der weiterbildung",
    "an der schulung",
    "an der veranstaltung",
    "am seminar",
    "am lehrgang",
    "am kurs",
    "an dem seminar",
    "an dem lehrgang",
    "an dem kurs",
    "every module within",
    "proficiency in",
    # a webinar watched: "for viewing the live webinar", "for watching"
    "for viewing",
    "for watching",
    # "viewed the webinar", "viewed the recorded webinar"; a certification's "is certified in"
    "viewed the webinar",
    "viewed the recorded webinar",
    "certified in",
    # "por concluir el curso", "pela participação no curso", "frequentou o curso", "Abschluss des Kurses",
    # "a suivi la formation": the course named after its article
    "el curso",
    "no curso",
    "o curso",
    "des kurses",
    "des lehrgangs",
    "des seminars",
    "la formation",
    # a workshop, a seminar or a training by its Spanish, French or Portuguese noun: "quien participó en el
    # taller", "a assisté au séminaire", "participou do seminário"
    "participó en",
    "participo en",
    "el taller",
    "el seminario",
    "la capacitación",
    "la capacitacion",
    "au séminaire",
    "le séminaire",
    "l'atelier",
    "o seminário",
    "do seminário",
)
# A lower-case connector opening a title's line belongs to the sentence before it.
LEADING_CONNECTOR_RE = re.compile(r"^(?:the|a|an|in|of|on|for|at)\s+(?=[A-Z0-9\"“])")
COURSE_LABELS = (
    "course title",
    "course name",
    "training title",
    "class title",
    "program title",
    "title of course",
    "name of course",
    "title of training",
    "name of training",
    "training name",
    "session title",
    "workshop title",
    # a learning system's printout names its online course a module ("Module:", "Module Title:")
    "module title",
    "module name",
    "module",
    "nombre del curso",
    "nome do curso",
    "course",
    "program",
    "programme",
    "programme title",
    "title",
    "training",
    "class",
    "curso",
    "event",
)
HOURS_LABELS = (
    "hours", "hrs", "credit hours", "contact hours", "training hours", "ceu", "ceus", "duration",
    "hours awarded", "hours earned", "hours completed", "total hours", "hours credited", "clock hours",
    # the kind of hours a profession counts, as a caption under its number ("7.5" over "CE HOURS")
    "ce hours", "cpd hours", "cle hours", "post hours", "pdh", "pdhs", "continuing education hours",
)  # fmt: skip
# "Total Conference Hours", "Total Credit Hours": a total under a list of parts.
TOTAL_HOURS_LABEL_RE = re.compile(r"total\s+(?:[a-z]+\s+){0,2}(?:hours|hrs)")
# Other fields' labels: a cell holding one of these alone is a label (or a column header), never a value.
OTHER_LABELS = (
    "date", "dates", "date completed", "completion date", "completed", "location", "place", "instructor",
    "instructors", "signature", "id", "no", "number", "status", "grade", "score", "result", "provider",
    "issuer", "code", "course #", "course no", "course number", "credit", "credits", "expires", "badge",
    "from", "to", "start", "end", "start date", "end date", "hours awarded", "total hours", "sponsor",
)  # fmt: skip
# Most specific label first: "Certificate No." before a bare "No."; a "Course #" is a course code.
# A number holds a digit and is no date: a column header's label ("CERTIFICATE NO.") is followed by the
# next line's first word, a date's month ("March", "March14") more often than the number under the label.
_CERT_NO = (
    r"((?=[A-Z-]*\d)(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\d)[A-Z0-9][A-Z0-9-]{3,})"
)
CERT_NO_RES = (
    re.compile(r"cert(?:ificate)?\.?\s*(?:no|number|#|id)\.?\s*:?\s*" + _CERT_NO, re.I),
    re.compile(r"(?<![a-z])(?:no\.|n[º°])\s*:?\s*" + _CERT_NO, re.I),
)
HEADING_RE = re.compile(
    r"^(?:certificate|certificado|certificat|diploma|award|recognition|reconhecimento|attestation|constancia)\b"
    r"|^(?:of|de)\s+(?:completion|training|achievement|attendance|participation|excellence)\b",
    re.I,
)
# A date followed by a range word and something date-like that did not parse: the end date is unreadable.
DANGLING_RANGE_RE = re.compile(r"\s*(?:-|–|—|to|through|thru|until|\|)\s*(?:[A-Za-z]{3,}\.?\s*)?\d", re.I)
# ... or preceded by a number and a range word: the start date is unreadable ("41/18/2013 - 11/22/2013"),
# the range's second half perhaps led by its weekday ("July 16 - Friday, July 21, 2023" misread).
DANGLING_START_RE = re.compile(
    r"(?:\d[\w/.,]*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\w{1,3},?)"
    r"\s*(?:-|–|—|to|through|thru|until)\s*"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*)?$"
    # ... or by a day joined with "and" ("8th and Wednesday 9th June 2021" read from "9th" on): two days
    # were printed, one day is no reading of them
    r"|(?<![\w/.,])(?:[12]?\d|3[01])(?:st|nd|rd|th)?\s*(?:and|&)\s*"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*)?$",
    re.I,
)
MAX_JOINED_RANGE_DAYS = 31
# Labels of a range's two ends printed as two fields: "Start Date: ... End Date: ...", "From ... To ...".
START_LABEL_RE = re.compile(
    r"(?:^|\b)(?:start(?:ing|ed)?|begin(?:ning|s)?|began|from|commenc\w*|first\s+day|in[ií]cio)(?:\s+date)?"
    r"(?:\s+(?:em|en|el))?\s*:?\s*$",
    re.I,
)
END_LABEL_RE = re.compile(
    r"[\s.,|]*(?:(?:and|e|y)\s+)?(?:end(?:ing|ed|s)?|to|through|thru|until|finish(?:ed)?|last\s+day|t[ée]rmino|fim|fin)(?:\s+date)?"
    r"(?:\s+(?:em|en|el))?\s*:?\s*",
    re.I,
)
MIN_CELL_CONF = 0.35  # below this mean word confidence a cell is OCR debris (seals, borders, stains)
FUZZY_CUE_MIN_CHARS = 9  # short cues ("certify") misread are too close to other words to guess
TITLE_NOT_NAME = 0.8  # a line this name-like after a course cue is a signature, not the course
# "M. Martinez": part of a name a tilted photo split over two lines; no course is called that.
INITIAL_AND_SURNAME_RE = re.compile(r"[A-Z]\.\s*[A-Z][a-z'-]+(?:\s+(?:Jr|Sr|II|III|IV)\.?)?")
# A word for hours as OCR may misread it ("Hcurs", "H0URS", "hrs"): with one on the page, a missing
# value means hours were printed but not read, not that none were printed.
HOURS_WORD_RE = re.compile(r"\b(?:h[o0ce]?[uv]r[s5]?|hrs?|ceus?|c\.e\.u\.?|credits?|duration)\b", re.I)
HOURS_NOT_READ = "hours are mentioned but no value was read"
# A fax machine's transmission stamp ("10/10/2024 10:29 FROM: ... TO: 1555... P.001"): the day it
# was sent, not a date of the document: a date with the time of day right after it (not a class's
# "8:00 - 16:00"), on a line with a sender, recipient, page, fax or phone mark.
TIME_AFTER_DATE_RE = re.compile(r"[,\s]*\d{1,2}:\d{2}(?::\d{2})?(?!\s*(?:-|–|to\b)\s*\d)")
STAMP_MARK_RE = re.compile(
    r"\b(?:from|to)\s*:|\bfax\b|\bp\.?\s?\d{1,3}\b|\bpage\s*\d|\(?\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4}", re.I
)
# Where it was held, printed under a title: "Washington, D.C.", "Orlando, Florida", "Austin, TX".
PLACE_RE = re.compile(
    r"^[A-Z][A-Za-z.' -]{1,30},\s*(?:[A-Z]{2}\b|D\.?\s?C\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.?$"
)
# A domain's ending follows its name ("nasro.org"): ".NET" after a space is a programming platform.
URL_RE = re.compile(r"https?://|www\.|(?<=\w)\.(?:com|org|gov|edu|net|br)\b/?", re.I)
COURSE_CODE = r"[A-Z]{1,5}-?\d{2,5}(?:\.[A-Za-z0-9]{1,3})?"
ORG_RE = re.compile(
    r"\b(association|department|office|academy|institute|university|college|agency|america|center|centre"
    r"|council|team|foundation|police|sheriff|society|coalition|bureau|division|services"
    r"|commission|board)\b",  # a state POST Board ("Peace Officer Standards and Training Board")
    re.I,
)
# Words a new sentence opens with after a title: its subject ("This professional has ...", "It is ..."),
# thanks, praise; "The" only before a lower-case word ("The holder ...", never "The Basics").
SENTENCE_OPENER = (
    r"(?:This|These|That|It|He|She|They|You|We|I|Thank|Our|Your|His|Her|Their|Congratulations|Well\s+done"
    r"|The(?=\s+[a-z]))\b"
)
# Title text stops at these words: what follows is place, date or length, not the course.
TITLE_STOP_RE = re.compile(
    r"\s*(?:,\s*(?:a|an|held|on|from|in)\b|\bheld\b|\bon\s+(?=\w+\s+\d)|\bwith\s+a\b|\bcom\s+carga\b"
    r"|\bconducted\b|\bat\s+(?=[A-Z])|\bfrom\s+\d|\bthat\s+ran\b|\bthrough\b"
    r"|\bon\s+the\s+[\w-]+\s+day\s+of\b"  # "... on the twelfth day of May": the date in prose
    # the presenter's or organiser's line: "hosted by the National Association of School Resource Officers"
    r"|\b(?:presented|taught|instructed|facilitated|delivered|hosted|sponsored|organi[sz]ed|convened)\s+by\b"
    # a conference's track printed under its name: "... Conference" / "Track: School Safety Leadership"
    r"|\s(?:[Ss]ession\s+)?(?:[Tt]rack|TRACK)\s*:"
    # "the course X was completed by ...": the sentence's verb, at the line's end when the prose wraps
    r"|\s(?:was|were|has\s+been|have\s+been)(?=\s*$|\s+(?:successfully\s+|satisfactorily\s+)?"
    r"(?:completed|attended|finished|passed|awarded|achieved)\b)"
    r"|\s(?:has|have)\s+been\s+(?:successfully|satisfactorily)\b"
    # "... Cloud Computing. This certificate confirms ...": a new sentence after the title's full stop
    r"|\.\s+(?=" + SENTENCE_OPENER + r"))",
)


# A conference's track before the event it belongs to: "participated in the Legal Issues Track of the" /
# "NASRO School Safety Conference 2023": the event is what was attended, the track a part of it.
TRACK_OF_RE = re.compile(r"^(?:[\w'’&/-]+\s+){1,6}(?:track|strand)\s+(?:of|at)(?:\s+the)?(?:\s+|$)", re.I)


TRAILING_VALUE_RE = re.compile(r"\s*[(\[]([^()\[\]]{1,40})[)\]]\s*$")
# Which offering of a course a bracket names, not the course: "(Turma SET/2025)", "(Class 24-03)",
# "(Cohort 7)", "(Session 2)", "(Spring 2024 Cohort)".
OFFERING_WORD = (
    r"(?:turma|class|cohort|session|section|batch|group|grupo|edi[çc][ãa]o|edici[óo]n|edition|offering"
    r"|intake|term|semester|semestre|run)"
)
# A designator holds a number: "(Class A)" may name a licence's class, "(Class 24-A)" is an offering.
OFFERING_DESIGNATOR = r"(?:[A-Z]{0,4}[\d][\w./-]*|[A-Za-z]{3,9}[./ -]?\d{2,4})"
OFFERING_RE = re.compile(
    rf"(?i:{OFFERING_WORD})\s*(?:#|n[ºo°]\.?\s*)?(?:{OFFERING_DESIGNATOR}\s*){{1,2}}"
    rf"|(?:{OFFERING_DESIGNATOR}\s+){{1,2}}(?i:{OFFERING_WORD})"
)
TRAILING_LENGTH_RE = re.compile(r"\s+[-–—]\s+([^-–—]{1,25}?)\s*$")
TITLE_TAIL_RE = re.compile(r"(?:[\s,]+(?:on|held|from|between|during|conducted|dated|at|in))+\s*$", re.I)


@dataclass(frozen=True)
class DateCandidate:
    start: date
    end: date
    text: str
    label: str | None
    is_range: bool
    conf: float
    box: BBox
    page: int
    line_index: int
    dangling: bool  # a range connector follows the date but no second date could be read
    order_unsure: bool = False  # "03.04.2022": day and month could be either way round
    week_of: bool = False  # "the week of June 7, 2021": the week's first day, not the course's


@dataclass(frozen=True)
class HoursCandidate:
    hours: float
    text: str
    labelled: bool
    in_title_form: bool
    conf: float
    box: BBox
    page: int
    # A column of amounts under one hours heading (sessions of a conference, modules of a course): the
    # rows' hours, not the course's.
    rows_under_label: int = 1
    from_ceus: bool = False  # converted from CEUs (ten hours each), not printed as hours
    # "has completed the 8 hour course": a sentence's length of the course it goes on to name, not a title's
    in_prose: bool = False
    # "(includes 2.0 hours of mental health training)": a share of another amount printed, not the course's
    included: bool = False
    # "Total: 8 hours", "Total training time: 8 hours": the amount a "Total" labels, though its text is the
    # amount alone
    total: bool = False


@dataclass(frozen=True)
class CertificateReading:
    item: RawItem | None
    participant_name: Evidence | None
    issuer: Evidence | None
    certificate_number: str | None
    issue_date: date | None
    dates: tuple[DateCandidate, ...]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def _find_cue(text: str, cues: Sequence[str]) -> tuple[int, int] | None:
    """Span of the first cue found (longest cues first), on word boundaries; OCR misspellings tolerated."""
    low = text.lower()
    for cue in sorted(cues, key=len, reverse=True):
        m = _cue_pattern(cue).search(low)
        if m:
            return m.span()
    return _find_cue_fuzzy(low, cues)


@lru_cache(maxsize=1024)
def _cue_pattern(cue: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])")


def _find_cue_fuzzy(low: str, cues: Sequence[str]) -> tuple[int, int] | None:
    """Scanned text misreads letters ("completcd", "certifics"): compare cues with same-length word runs."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", low)]
    best: tuple[int, tuple[int, int]] | None = None
    for cue in cues:
        n = len(cue.split())
        if len(cue) < FUZZY_CUE_MIN_CHARS:
            continue
        for i in range(len(words) - n + 1):
            span = (words[i][0], words[i + n - 1][1])
            read = low[span[0] : span[1]].strip(":,.")
            # Scans print "m" as "rn" ("cornpletion of"): two edits for one misread letter, so the
            # span is also compared with every "rn" read back as "m".
            edits = min(Levenshtein.distance(cue, read), Levenshtein.distance(cue, m_for_rn(read)))
            # One misread letter per eight: "completcd" is a cue, "foundation of" is not "completion of".
            if edits <= max(1, len(cue) // 8) and (best is None or -edits > best[0]):
                best = (-edits, span)
    return best[1] if best else None


def _bare_label(text: str, labels: Sequence[str]) -> bool:
    """``text`` is nothing but one of ``labels`` ("Participant", "Date(s)", "Course:"), a colon at most."""
    return re.sub(r"\s*\(s\)", "", _norm(text)).strip(" :.") in labels


def _any_label(text: str) -> bool:
    return _bare_label(text, NAME_LABELS + COURSE_LABELS + HOURS_LABELS + OTHER_LABELS)


def is_field_label(text: str) -> bool:
    """``text`` is nothing but a field's label ("Participant", "Course:", "Hours")."""
    return _any_label(text)


def _value_cell(cells: Sequence[Line], index: int) -> int | None:
    """Index of the value of the bare label ``cells[index]``: the next cell of its row ("Participant
    Jane Doe"), else, when it heads a column ("Course | Date | Hours"), the cell right under it."""
    me = cells[index]
    if index + 1 < len(cells) and _same_row(me, cells[index + 1]) and not _any_label(cells[index + 1].text):
        return index + 1
    for j in range(index + 1, len(cells)):
        c = cells[j]
        gap = c.bbox[1] - me.bbox[3]
        if c.page != me.page or gap > 2.5 * max(me.height, c.height):
            return None
        if gap > -0.3 * me.height and c.bbox[0] < me.bbox[2] and c.bbox[2] > me.bbox[0]:
            return None if _any_label(c.text) else j
    return None


def _captioned_value(cells: Sequence[Line], index: int) -> int | None:
    """Index of the value a bare label captions from below: forms print "Participant" small under the rule
    the name is written on. The cell just above it, over it and no label itself; None when none is."""
    me = cells[index]
    for j in range(index - 1, -1, -1):
        c = cells[j]
        gap = me.bbox[1] - c.bbox[3]
        if c.page != me.page or gap > 2.5 * max(me.height, c.height):
            return None
        centre = (me.bbox[0] + me.bbox[2]) / 2
        if gap > -0.3 * me.height and c.bbox[0] < centre < c.bbox[2]:
            return None if _any_label(c.text) else j
    return None


def _label_value(text: str, labels: Sequence[str]) -> str | None:
    """Value after ``Label:`` at the start of ``text``; a bilingual label prints its translation after a
    slash ("Curso / Course:", "Course / Curso:")."""
    for label in sorted(labels, key=len, reverse=True):
        m = re.match(
            r"\s*" + re.escape(label) + r"\s*(?:\(s\))?(?:\s*/\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*:\s*(.*)$",
            text,
            re.I,
        )
        if m:
            return m.group(1).strip()
    return None


def _is_value_line(text: str) -> bool:
    """A line that carries a date or hours and so cannot be a title or a name."""
    return (
        bool(find_dates(text))
        or any(h.labelled and not h.in_title_form for h in find_hours(text))
        or states_an_approximate_amount(text)
    )


def _unread_range_end(text: str, pos: int) -> bool:
    """A range word after the date at ``pos`` leads to a number that is no date and no amount of hours.

    "September 12, 2023 | 4.0 Contact Hours" prints the length next: that is no unread end date.
    """
    m = DANGLING_RANGE_RE.match(text, pos)
    if m is None:
        return False
    rest = text[m.end() - 1 :]
    return not any(h.span[0] == 0 for h in find_hours(rest))


def _digits_in_date_field_before(before: str) -> bool:
    """A date field's value holds numbers before the one date read ("Dates Attended: 06/0 (2082 }
    06/17/2022"): a stamp or a stroke over the field broke a first date, so a range may be lost."""
    parts = FIELD_COLON_RE.split(before)
    if len(parts) < 2 or re.search(r"\d", parts[-1]) is None:
        return False
    # the field's own label names a date: "Training Hours: 8 06/17/2022" holds another field's number
    return DATE_FIELD_LABEL_RE.search(parts[-2][-40:]) is not None


FIELD_COLON_RE = re.compile(r"[:;]")
DATE_FIELD_LABEL_RE = re.compile(
    r"(?i)\b(?:dates?|dated|attended|completed|completion|held|issued|awarded)\b(?:\W+[^\W\d_]+){0,2}\W*$"
)


def is_transmission_stamp(text: str) -> bool:
    """A fax or scanner header line: a date stamped with its time, beside a sender, page or phone mark."""
    stamped = any(TIME_AFTER_DATE_RE.match(text, m.span[1]) for m in find_dates(text))
    return stamped and bool(STAMP_MARK_RE.search(text))


# Between two days of one list: "and", "&", a comma ("Dates: 05/02/2023, 05/09/2023 and 05/16/2023").
LISTED_DATE_CONN_RE = re.compile(r"\s*(?:,\s*(?:and|&)?|and|&|et|y|e|und)\s*", re.I)


def date_candidates(lines: Sequence[Line]) -> list[DateCandidate]:
    out: list[DateCandidate] = []
    for i, line in enumerate(lines):
        text = line.text
        if is_transmission_stamp(text):
            continue
        prev: tuple[int, DateLabel | None] | None = None  # the last day's end on this line and its label
        for m in find_dates(text):
            if getattr(m, "precision", "day") != "day":
                continue
            before = text[: m.span[0]]
            label = date_label(before[-60:]) if before.strip() else None
            if prev is not None and LISTED_DATE_CONN_RE.fullmatch(text, prev[0], m.span[0]):
                label = prev[1]  # "Sessions: 09/12/2023 and 09/19/2023": the label names both days
            prev = (m.span[1], label)
            if label is None:
                above = _cell_above(lines, i, span_box(line, m.span))
                if above is not None:
                    label = date_label(above.text)
            dangling = m.start == m.end and bool(
                _unread_range_end(text, m.span[1])
                or DANGLING_START_RE.search(before)
                or _digits_in_date_field_before(before)
            )
            out.append(
                DateCandidate(
                    start=m.start,
                    end=m.end,
                    text=m.text,
                    label=label,
                    is_range=m.start != m.end,
                    conf=span_conf(line, m.span),
                    box=span_box(line, m.span),
                    page=line.page,
                    line_index=i,
                    dangling=dangling,
                    order_unsure=m.order_unsure,
                    week_of=m.start == m.end and names_a_week(before),
                )
            )
    return _join_adjacent(_day_first_evident(_wrapped_dates(out, lines), lines), lines)


# The day and month of a whole numeric date, its year after the same separator: "6/11/21" in
# "6/7/21-6/11/21" (not "21-6", a year and the next date's month).
NUMERIC_DAY_MONTH_RE = re.compile(r"(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)")


# A form's own statement of its date order: "Dates (DD.MM.YYYY):", "Date (mm/dd/yyyy)", "JJ/MM/AAAA".
DATE_ORDER_RE = re.compile(
    r"(?<![A-Za-z])(?:(?P<dm>DD|JJ|TT)\s*[./-]\s*MM|MM\s*[./-]\s*DD)\s*[./-]\s*(?:YYYY|YY|AAAA|JJJJ)(?![A-Za-z])",
    re.I,
)


def stated_date_order(lines: Sequence[Line]) -> str | None:
    """ "day" or "month": the order the document says its numeric dates are in; None when it says none
    or says both."""
    said = {"day" if m.group("dm") else "month" for ln in lines for m in DATE_ORDER_RE.finditer(ln.text)}
    return said.pop() if len(said) == 1 else None


def _day_first_evident(cands: list[DateCandidate], lines: Sequence[Line]) -> list[DateCandidate]:
    """Where the document prints a numeric date day first ("26/09/2025") or was issued where dates are
    written day first (a Canadian or British address), its other numeric dates whose numbers could both
    be the month ("03/04/2025") are not surely month first either. A printed day-first date also reads
    them day first; a place alone does not (Canada writes both orders). A document stating its date
    order ("DD.MM.YYYY") settles it."""
    order = stated_date_order(lines)
    if order is not None:
        return [_in_stated_order(c, order == "day") for c in cands]
    printed_day_first = any(a > 12 and b <= 12 for c in cands for a, b in _day_month_pairs(c.text))
    # A page worded in Spanish, Portuguese, French, German or Italian prints its numeric dates as its
    # language's countries do, day first ("Fecha: 04/05/2022" from a Mexican academy is the 4th of May):
    # read so, and still unsure (a US issuer's Spanish page may print them month first).
    foreign = in_a_day_first_language(" ".join(line.text for line in lines))
    if not (printed_day_first or foreign) and not any(names_a_day_first_place(line.text) for line in lines):
        return cands
    unsure = _read_day_first if printed_day_first or foreign else _order_unsure
    return [
        unsure(c) if any(a != b and a <= 12 and b <= 12 for a, b in _day_month_pairs(c.text)) else c
        for c in cands
    ]


def _order_unsure(c: DateCandidate) -> DateCandidate:
    return replace(c, order_unsure=True)


def _read_day_first(c: DateCandidate) -> DateCandidate:
    """A single numeric date read month first ("12/10/2025" as 10 December) is read day first, as the
    document prints its other dates; still marked unsure, since the document does not say so itself."""
    pairs = _day_month_pairs(c.text)
    if c.start == c.end and pairs == [(c.start.month, c.start.day)]:
        day_first = date(c.start.year, c.start.day, c.start.month)
        return replace(c, start=day_first, end=day_first, order_unsure=True)
    return replace(c, order_unsure=True)


def _in_stated_order(c: DateCandidate, day_first: bool) -> DateCandidate:
    """A numeric date (or range) read in the order its document states: sure, as printed."""
    pairs = _day_month_pairs(c.text)
    if not pairs or not all(a <= 12 and b <= 12 for a, b in pairs):
        return c  # words, or a number above 12 already fixed the order
    years = (c.start.year, c.end.year)
    if len(pairs) not in (1, 2) or (len(pairs) == 1 and c.start != c.end):
        return c
    ends = [_order(years[k], *pairs[k], day_first) for k in range(len(pairs))]
    if any(d is None for d in ends):
        return c
    start, end = ends[0], ends[-1]
    assert start is not None and end is not None
    if end < start:
        return c
    return replace(c, start=start, end=end, order_unsure=False)


def _order(year: int, a: int, b: int, day_first: bool) -> date | None:
    try:
        return date(year, b, a) if day_first else date(year, a, b)
    except ValueError:
        return None


def _day_month_pairs(text: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, _sep, b in NUMERIC_DAY_MONTH_RE.findall(text)]


def _wrapped_dates(cands: list[DateCandidate], lines: Sequence[Line]) -> list[DateCandidate]:
    """Prose wraps a date over two lines ("held July / 21-26, 2019"): read each line with the next."""
    out = list(cands)
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        if not _wraps_onto(line, nxt):
            continue
        cut = len(line.text)
        joined = Line(words=line.words + nxt.words, page=line.page)
        for m in find_dates(joined.text):
            if not (m.span[0] < cut < m.span[1]) or m.precision != "day":
                continue
            # Partial readings of either half give way to the whole date.
            out = [
                c
                for c in out
                if not _inside(c, i, m.span[0], line) and not _inside(c, i + 1, -1, nxt, m.span[1] - cut - 1)
            ]
            before = joined.text[: m.span[0]]
            out.append(
                DateCandidate(
                    start=m.start,
                    end=m.end,
                    text=m.text,
                    label=date_label(before[-60:]) if before.strip() else None,
                    is_range=m.start != m.end,
                    conf=span_conf(joined, m.span),
                    box=union_box([w.bbox for w in words_in_span(joined, m.span)]),
                    page=line.page,
                    line_index=i,
                    dangling=False,
                    order_unsure=m.order_unsure,
                )
            )
    return sorted(out, key=lambda c: c.line_index)


def _wraps_onto(line: Line, nxt: Line, lenient: bool = False) -> bool:
    """``nxt`` is the next line of the same paragraph: right under ``line``, starting where it starts.

    ``lenient`` also takes prose centred under it, as certificates set it, and boxes that overlap a
    little, as the second OCR engine pads them."""
    gap = nxt.bbox[1] - line.bbox[3]
    if line.page != nxt.page or not (-line.height / 3 if lenient else 0) <= gap < line.height:
        return False
    centre, nxt_centre = (line.bbox[0] + line.bbox[2]) / 2, (nxt.bbox[0] + nxt.bbox[2]) / 2
    return abs(nxt.bbox[0] - line.bbox[0]) < line.height or (
        lenient and abs(nxt_centre - centre) < line.height
    )


def _inside(c: DateCandidate, index: int, start: int, line: Line, end: int | None = None) -> bool:
    """Candidate ``c`` lies on line ``index`` after ``start`` (or before ``end``) of that line's text."""
    if c.line_index != index:
        return False
    pos = line.text.find(c.text)
    return pos >= start if end is None else pos < end


def _start_and_end(prev: DateCandidate, c: DateCandidate, lines: Sequence[Line]) -> bool:
    """``prev`` is labelled as a first day and ``c``, after it, as the last: "Start Date: X  End Date: Y",
    or "From: X" on one line and "To: Y" on the next."""
    prev_text = lines[prev.line_index].text
    before_prev = prev_text[: prev_text.find(prev.text)]
    if START_LABEL_RE.search(before_prev) is None:
        return False
    if c.line_index == prev.line_index:
        between = prev_text[prev_text.find(prev.text) + len(prev.text) : prev_text.rfind(c.text)]
        return END_LABEL_RE.fullmatch(between) is not None
    if c.line_index != prev.line_index + 1 or lines[c.line_index].page != lines[prev.line_index].page:
        return False
    c_text = lines[c.line_index].text
    # Each on a line of its own: nothing but the label before either date.
    return (
        START_LABEL_RE.fullmatch(before_prev) is not None
        and END_LABEL_RE.fullmatch(c_text[: c_text.find(c.text)]) is not None
    )


def _joined_text(first: str, between: str, second: str) -> str:
    return f"{first} {between.strip()} {second}".replace("  ", " ")


def _join_adjacent(cands: list[DateCandidate], lines: Sequence[Line]) -> list[DateCandidate]:
    """Two single dates side by side on one line, a few days apart, are one printed range; so are a
    date labelled as the first day and one labelled as the last."""
    out: list[DateCandidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.is_range
            and not c.is_range
            and prev.start <= c.start
            and (c.start - prev.start).days <= MAX_JOINED_RANGE_DAYS
        ):
            line_text = lines[c.line_index].text
            between = line_text[line_text.find(prev.text) + len(prev.text) : line_text.rfind(c.text)]
            side_by_side = (
                prev.line_index == c.line_index
                and prev.start < c.start
                and re.fullmatch(r"[\s\-–—|/.,]*|[\s.,]*(?:to|through|thru|until)[\s.,]*", between, re.I)
            )
            if side_by_side or _start_and_end(prev, c, lines):
                out[-1] = DateCandidate(
                    start=prev.start,
                    end=c.end,
                    text=_joined_text(prev.text, between if side_by_side else "-", c.text),
                    label=prev.label or c.label,
                    is_range=True,
                    conf=min(prev.conf, c.conf),
                    box=union_box([prev.box, c.box]),
                    page=c.page,
                    line_index=c.line_index,
                    dangling=False,
                    order_unsure=prev.order_unsure or c.order_unsure,
                )
                continue
        out.append(c)
    return out


def _cell_above(lines: Sequence[Line], index: int, box: BBox) -> Line | None:
    """The cell of the previous line standing over ``box`` (a column header), if any."""
    if index == 0:
        return None
    prev = lines[index - 1]
    if box[1] - prev.bbox[3] > 2.5 * prev.height:
        return None
    for cell in split_cells(prev):
        cb = cell.bbox
        if cb[0] < box[2] and cb[2] > box[0]:
            return cell
    return None


def hours_candidates(lines: Sequence[Line]) -> list[HoursCandidate]:
    out: list[HoursCandidate] = []
    for i, line in enumerate(lines):
        out += [_hours_candidate(line, m) for m in find_hours(line.text)]
        if i + 1 < len(lines) and _wraps_onto(line, lines[i + 1], lenient=True):
            out += _wrapped_hours(line, lines[i + 1])
        for cell in split_cells(line):
            label = _norm(cell.text).strip(":()")
            if label not in HOURS_LABELS and not TOTAL_HOURS_LABEL_RE.fullmatch(label):
                continue
            # A bare number set large over the word "HOURS" (badges, seals) is the hours ...
            above = _cell_above(lines, i, cell.bbox)
            if above is not None and _BARE_AMOUNT_RE.fullmatch(above.text.strip()):
                out += _hours_by_label(label, above, f"{above.text} {cell.text}", label_cell=cell)
            # ... as is one beside the label on its row ("Hours Awarded      8") ...
            beside = next((c for c in split_cells(line) if c.bbox[0] >= cell.bbox[2]), None)
            if beside is not None and _BARE_AMOUNT_RE.fullmatch(beside.text.strip()):
                out += _hours_by_label(label, beside, f"{cell.text} {beside.text}", label_cell=cell)
            # ... or under it, the label heading a column.
            below = _cell_below(lines, i, cell.bbox)
            if below is not None and not find_hours(below.text):
                found = _hours_by_label(label, below, f"{cell.text} {below.text}", label_cell=None)
                column = _amounts_in_column(
                    lines, i, cell.bbox, parts=PARTS_HEADING_RE.search(line.text) is not None
                )
                out += [_column_hours(c, column) for c in found]
    return out


_AMOUNT_NEXT_RE = re.compile(r"\s*[:=]?\s*\d")


def _wrapped_hours(line: Line, nxt: Line) -> list[HoursCandidate]:
    """Prose wraps an amount away from its unit ("a workload of 40 / hours", "totalling 02 / (two)
    hours"): the amount ends one line, the unit opens the next. Only such splits are read here (the
    digits all before the break, none after), so a value either line holds alone is not read twice."""
    cut = len(line.text)
    joined = Line(words=line.words + nxt.words, page=line.page)
    out: list[HoursCandidate] = []
    for m in find_hours(joined.text):
        start, end = m.span
        if not start < cut < end or re.search(r"\d", joined.text[cut:end]) or not re.search(r"\d", m.text):
            continue
        if _AMOUNT_NEXT_RE.match(joined.text, end):
            continue  # "... Review 6 / Total Hours 16": the unit labels the next line's own amount

        out.append(_hours_candidate(joined, m))
    return out


# Lower case around an adjectival length: an article before it, the word for a course after ("the 8 hour
# course", "a 6-hour training", "this 16-hour class"); a title capitalises ("40-Hour Basic SRO Course").
PROSE_LENGTH_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?-i:the|a|an|this)\s+$")
PROSE_LENGTH_AFTER_RE = re.compile(
    r"\s+(?:(?-i:[a-z-]+)\s+)?(?-i:course|class|training|program|programme|workshop|session|seminar)\b"
)


# Before an amount that is a share of the course's: "includes", "including", "of which".
INCLUDED_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:includ(?:es|ing|ed)|incl\.|of\s+which)\s+(?:a\s+total\s+of\s+)?$", re.I
)


# "Total" labelling the amount after it: "Total: 8 hours", "Total training time 8 hrs", "Total of 8 hours".
TOTAL_BEFORE_RE = re.compile(r"(?<![^\W\d_])total(?:\s+[^\W\d_]+){0,3}\s*[:=]?\s*$", re.I)


def _hours_candidate(line: Line, m: HoursMatch) -> HoursCandidate:
    """An hours reading found in a line's text, with the confidence and box of its span."""
    # "has completed the 40-hour" ending its line, the title on the next: the sentence's length, broken
    # off before the title as "the 8 hour course" is before its noun.
    ends_line = not line.text[m.span[1] :].strip()
    in_prose = (
        m.in_title_form
        and PROSE_LENGTH_BEFORE_RE.search(line.text[: m.span[0]]) is not None
        and (ends_line or PROSE_LENGTH_AFTER_RE.match(line.text, m.span[1]) is not None)
    )
    return HoursCandidate(
        in_prose=in_prose,
        included=INCLUDED_BEFORE_RE.search(line.text[: m.span[0]]) is not None,
        total=TOTAL_BEFORE_RE.search(line.text[: m.span[0]]) is not None,
        hours=m.hours,
        text=m.text,
        labelled=m.labelled,
        in_title_form=m.in_title_form,
        conf=span_conf(line, m.span),
        box=span_box(line, m.span),
        page=line.page,
        from_ceus=m.unit == "ceu",
    )


@dataclass(frozen=True)
class _Column:
    """The bare amounts standing one under another below an hours heading, and a total closing them."""

    amounts: tuple[float, ...]
    total: float | None = None
    parts: bool = False  # the header row names the rows as parts of one course


def _column_hours(first: HoursCandidate, column: _Column) -> HoursCandidate:
    """The hours a column under an hours heading stands for.

    One amount is the hours. Several, under a header row naming them parts of one course ("Day",
    "Module"), add up to it: with a "Total: 24.0" under them that is their sum, surely; with no total or
    another one, only for a person to confirm (one may be misread). Under any other header (attendees,
    courses, a conference's sessions) the amounts are no parts of one course: a person reads them.
    """
    if len(column.amounts) <= 1:
        return first
    if not column.parts:
        return replace(first, rows_under_label=len(column.amounts))
    whole = round(sum(column.amounts), 2)
    if column.total is not None and abs(column.total - whole) < 0.01:
        return replace(first, hours=whole, text=f"{first.text} ... Total {whole:g}")
    return replace(first, hours=whole, rows_under_label=len(column.amounts))


# A header row naming its rows as parts of one course; one naming courses or classes lists courses, and a
# conference's "Session" rows are the sessions one attendee chose.
PARTS_HEADING_RE = re.compile(
    r"(?i)^(?!.*\b(?:course|class|title|training)\b).*\b(?:day|module|topic|unit|block|lesson|part|segment)s?\b"
)
TOTAL_CELL_RE = re.compile(r"(?i)total\s*[:=]?\s*(\d{1,3}(?:[.,]\d{1,2})?)")
TOTAL_WORD_RE = re.compile(r"(?i)\btotal\b")


def _amounts_in_column(lines: Sequence[Line], index: int, box: BBox, parts: bool) -> _Column:
    """The bare amounts one under another below the heading at ``box``, and a "Total" cell after them."""
    amounts: list[float] = []
    while (found := _cell_below_at(lines, index, box)) is not None:
        index, below = found
        text = below.text.strip()
        # "Total: 24.0" in the column, or "Total:" to its left on the row of a bare "24.0"
        total = TOTAL_CELL_RE.fullmatch(text)
        if total is None and _BARE_AMOUNT_RE.fullmatch(text) and TOTAL_WORD_RE.search(lines[index].text):
            total = re.match(r"(.*)", text)
        if total is not None or not _BARE_AMOUNT_RE.fullmatch(text):
            return _Column(tuple(amounts), float(total.group(1).replace(",", ".")) if total else None, parts)
        amounts.append(float(text.replace(",", ".")))
        box = below.bbox
    return _Column(tuple(amounts), parts=parts)


_BARE_AMOUNT_RE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")


def _hours_by_label(label: str, value: Line, text: str, label_cell: Line | None) -> list[HoursCandidate]:
    """The hours a cell holds that an hours label names; the evidence spans the label when it is beside."""
    hours = parse_hours_cell(value.text + (" CEU" if "ceu" in label else ""))
    if hours is None:
        return []
    parts = [value] if label_cell is None else [value, label_cell]
    return [
        HoursCandidate(
            hours=hours,
            text=text,
            labelled=True,
            in_title_form=False,
            conf=value.conf if label_cell is None else min(c.mean_conf for c in parts),
            box=union_box([c.bbox for c in parts]),
            page=value.page,
        )
    ]


def _cell_below(lines: Sequence[Line], index: int, box: BBox) -> Line | None:
    """The cell right under ``box``: in the first line below that reaches under it, close enough.

    Lines that pass beside it (a speck OCR read as ':' off to one side) do not end the search."""
    found = _cell_below_at(lines, index, box)
    return found[1] if found is not None else None


def _cell_below_at(lines: Sequence[Line], index: int, box: BBox) -> tuple[int, Line] | None:
    for j in range(index + 1, len(lines)):
        nxt = lines[j]
        if nxt.page != lines[index].page or nxt.bbox[1] - box[3] > 2.5 * max(nxt.height, box[3] - box[1]):
            return None
        for cell in split_cells(nxt):
            cb = cell.bbox
            if cb[0] < box[2] and cb[2] > box[0]:
                return j, cell
    return None


def _blank_hours_field(lines: Sequence[Line]) -> bool:
    """Every word for hours on the page is a field label of the text layer with nothing in its field.

    "DATE(S)  HOURS  CERTIFICATE NO." over a row that fills the other columns only: the hours were
    left blank, not printed and unread. A text layer holds every printed word, so an empty field is
    empty. On a scan, faint print may be what OCR missed: there a field counts as empty only on a
    page both engines read (the second one finds faint text boxes tesseract drops) and read well
    overall; on a heavy scan a lone "8" can vanish from both readings, so there the hours stay unread.
    """
    labels = [
        (i, k) for i, ln in enumerate(lines) for k, w in enumerate(ln.words) if HOURS_WORD_RE.search(w.text)
    ]
    return bool(labels) and all(_empty_field(lines, i, k) for i, k in labels)


BLANK_FIELD_MIN_PAGE_CONF = 0.85  # a scanned page read this well by both engines shows its print


def _page_read_surely_twice(lines: Sequence[Line], page: int) -> bool:
    words = [w for ln in lines if ln.page == page for w in ln.words]
    read_twice = any(w.engine == "rapidocr" for w in words)
    return read_twice and char_weighted_conf(words) >= BLANK_FIELD_MIN_PAGE_CONF


def _empty_field(lines: Sequence[Line], index: int, k: int) -> bool:
    line = lines[index]
    word = line.words[k]
    if word.engine != "text_layer" and not _page_read_surely_twice(lines, line.page):
        return False
    height = word.bbox[3] - word.bbox[1]
    before = line.words[k - 1] if k > 0 else None
    after = line.words[k + 1] if k + 1 < len(line.words) else None
    if after is not None and (after.bbox[0] - word.bbox[2] < 1.5 * height or re.search(r"\d", after.text)):
        return False  # "Hours: 24", "Hours ......... 24": a value beside the label
    # The field: a label's width (at least three text heights) either side, and not past halfway to
    # the neighbouring labels.
    reach = max(word.bbox[2] - word.bbox[0], 3 * height)
    left = word.bbox[0] - reach
    right = word.bbox[2] + reach
    if before is not None:
        left = max(left, (before.bbox[2] + word.bbox[0]) / 2)
    if after is not None:
        right = min(right, (word.bbox[2] + after.bbox[0]) / 2)
    return not any(
        ln.page == line.page
        and word.bbox[3] <= ln.bbox[1] <= word.bbox[3] + 3 * height
        and w.bbox[0] < right
        and w.bbox[2] > left
        for ln in lines[index + 1 :]
        for w in ln.words
    )


UNREAD_LENGTH = "another length printed on the document is unreadable"


def _unread_length(lines: Sequence[Line], cands: Sequence[HoursCandidate]) -> bool:
    """A length label ("Time spent:", "Duration:") whose value a scan garbled ("Shi2m") and no amount was
    read from: a second length the hours may disagree with (time logged against credit), a person's."""
    return any(
        GARBLED_LENGTH_RE.search(ln.text)
        and not any(
            c.page == ln.page and ln.bbox[1] <= (c.box[1] + c.box[3]) / 2 <= ln.bbox[3] for c in cands
        )
        for ln in lines
    )


def choose_hours(cands: Sequence[HoursCandidate]) -> tuple[HoursCandidate | None, list[str]]:
    """The document's hours; several disagreeing printed values are a note, not a guess."""
    notes: list[str] = []
    strong = [c for c in cands if c.labelled and not c.in_title_form]
    pool = strong or [c for c in cands if c.labelled]
    if not pool:
        return None, [NO_HOURS_PRINTED]
    pool = _without_parts(pool)
    values = {round(c.hours, 2) for c in pool}
    if len(values) > 1:
        notes.append("several hour values printed: " + ", ".join(f"{v:g}" for v in sorted(values)))
    titled = {round(c.hours, 2) for c in cands if c.labelled and c.in_title_form} - values
    if strong and titled:
        # "16-Hour Juvenile Interview Course" over "Hours: 8": the course's length and the hours credited
        # disagree (a partial attendance, or one of them misread); a person decides.
        notes.append(
            "the title names another length: " + ", ".join(f"{v:g}" for v in sorted(titled | values))
        )
    if not strong and not all(c.in_prose for c in pool):
        notes.append("hours read from the course title only")
    listed = max((c.rows_under_label for c in pool), default=1)
    if listed > 1:
        notes.append(f"{listed} amounts listed under one hours heading: the hours of parts, not the whole")
    # "1.2 CEUs (8 contact hours)": when they disagree the hours printed as hours are the reading a person
    # starts from; the CEUs are a conversion.
    best = max(pool, key=lambda c: (c.conf, not c.from_ceus, c.hours))
    return best, notes


def _without_parts(pool: list[HoursCandidate]) -> list[HoursCandidate]:
    """``pool`` less the amounts that are parts of the course's: a share a larger amount "includes", and
    parts listed above a total they add up to ("(3 hrs)" four times, "Total instructional hours: 12")."""
    whole = [c for c in pool if not c.included]
    if (
        whole
        and len(whole) < len(pool)
        and all(any(w.hours > c.hours for w in whole) for c in pool if c.included)
    ):
        pool = whole
    totals = [c for c in pool if c.total or TOTAL_HOURS_LABEL_RE.search(_norm(c.text))]
    if len({round(t.hours, 2) for t in totals}) != 1:
        return pool
    total = totals[0]
    # one amount read twice (its text, its label's cell) is one part; two parts side by side on one line
    # ("Module 1 ... (4 hrs); Module 2 ... (4 hrs)") are two
    rest = {(c.page, round(c.box[1]), round(c.box[0] / 10), c.hours): c for c in pool if c not in totals}
    parts = [c for c in rest.values() if (c.page, c.box[1]) < (total.page, total.box[1])]
    if len(parts) == len(rest) >= 2 and abs(sum(c.hours for c in parts) - total.hours) < 0.01:
        return totals
    return pool


def _total_of_listed_courses(
    best: HoursCandidate | None, cands: Sequence[HoursCandidate], title_lines: Sequence[Line]
) -> list[str]:
    """A total taken over the parts above it (``_without_parts``) while the title read is itself one of
    those parts, its amount on its line ("Juvenile Law for Law Enforcement - 8 hours" among three courses
    over "Total: 16 hours"): the parts are courses, the total none's length. A person decides."""
    if best is None or not (best.total or TOTAL_HOURS_LABEL_RE.search(_norm(best.text))):
        return []
    own = sorted(
        {
            c.hours
            for c in cands
            for ln in title_lines
            if c is not best
            and c.hours < best.hours
            and c.page == ln.page
            and min(c.box[3], ln.bbox[3]) - max(c.box[1], ln.bbox[1]) > 0.5 * ln.height
        }
    )
    if not own:
        return []
    values = ", ".join(f"{v:g}" for v in sorted({round(c.hours, 2) for c in cands if c.labelled}))
    return [
        f"several hour values printed: {values} (the course read prints its own, "
        f"{', '.join(f'{v:g}' for v in own)}, among others over a total of {best.hours:g}: several "
        "courses listed)"
    ]


def choose_dates(cands: Sequence[DateCandidate]) -> tuple[DateCandidate | None, date | None, list[str]]:
    """The course dates (and the issue date, kept apart)."""
    notes: list[str] = []
    usable = [c for c in cands if c.label not in ("report", "birth", "not_course")]
    issue = [c for c in usable if c.label == "issue"]
    course = [c for c in usable if c.label == "course"]
    other = [c for c in usable if c.label not in ("issue", "course")]
    issue_date = issue[0].end if issue else None
    pool = course or [c for c in other if c.is_range] or other or issue
    if not pool:
        return None, issue_date, ["no date printed"]
    spans = {(c.start, c.end) for c in pool}
    if len(spans) > 1:
        # A single day inside a printed range is the same event (a signature date, say).
        ranges = [c for c in pool if c.is_range]
        inside = all(any(r.start <= c.start and c.end <= r.end for r in ranges) for c in pool)
        if not (ranges and inside and len({(r.start, r.end) for r in ranges}) == 1):
            notes.append("several dates printed: " + ", ".join(sorted(f"{s}..{e}" for s, e in spans)))
        pool = ranges or pool
    if not course and pool is not issue and len(pool) == 1 and not pool[0].is_range and issue:
        notes.append("course date not labelled")
    best = max(pool, key=lambda c: (c.is_range, c.conf))
    if best.dangling:
        notes.append("one end of the date range is unreadable")
    if best.order_unsure:
        notes.append(f"day and month could be either way round in {best.text!r}")
    if best.week_of:
        notes.append(WEEK_ONLY)
    return best, issue_date, notes


def find_participant(lines: Sequence[Line]) -> Evidence | None:
    """The person the certificate names: after a cue or label, else the most name-like line."""
    found = _find_participant(lines)
    return None if found is None else _tidy_found(found)


def _tidy_found(found: Evidence) -> Evidence:
    """A name as found, with OCR's damage undone."""
    # Faxes lose the spaces after initials ("CPL.ROBERTA.DIAZ" keeps its dots, so they can come back).
    text = tidy_read_name(re.sub(r"\.(?=[A-Za-z])", ". ", without_id_number(found.text)))
    return found.model_copy(update={"text": text}) if text != found.text else found


# "the above-named deputy", and "the bearer" / "the holder (of this card)" of a card or certificate whose
# person is printed elsewhere on it (above the sentence, or in a field): never a name after the cue.
ABOVE_NAMED_RE = re.compile(
    r"(?:the\s+)?(?:above[\s-]?named|named\s+above|person\s+above|(?<=the\s)(?:bearer|holder)(?![\w-]))",
    re.I,
)


def _same_row(a: Line, b: Line) -> bool:
    overlap = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])
    return a.page == b.page and overlap > 0.5 * min(a.height, b.height) and b.bbox[0] > a.bbox[2]


def _find_participant(lines: Sequence[Line]) -> Evidence | None:
    for i, line in enumerate(lines):
        text = line.text
        value = _label_value(text, NAME_LABELS)
        # "Name: Officer Carlos Ibarra   Badge #: 0915": the name stops at the next field's label. Only one
        # field after it: a line of several ("Name: ... Badge/ID: ... Assignment: ...") heads a record's
        # pages, whose names read here would make its pages a stack of certificates (certificate_stack).
        one_more = value is not None and value.count(":") == 1
        field = (name_before_next_label(value) or value) if value and one_more else value
        if value and field and _where_a_name_goes(field):
            start = text.rindex(value)
            return _evidence_for(line, start, start + len(field), field)
        if value == "" and i + 1 < len(lines) and _same_row(line, lines[i + 1]):
            nxt = lines[i + 1]  # "Student Name:" with its value in the next cell of the row
            if _where_a_name_goes(nxt.text):
                return Evidence(page=nxt.page, bbox=nxt.bbox, text=nxt.text, conf=nxt.mean_conf)
        if value is None and _bare_label(text, NAME_LABELS):
            j = _value_cell(lines, i)  # "Participant" with no colon, its value beside or under it
            if j is None or not _where_a_name_goes(lines[j].text):
                # ... or a caption under the rule the name is written on, also when the cell beside it is
                # no name: captions in a row ("Lead Instructor  Participant  Program Director") under
                # their names each caption the name over it, not the next caption.
                j = _captioned_value(lines, i)
            if j is not None and _where_a_name_goes(lines[j].text):
                return _name_from(lines, j)
        named = _cued_name(lines, i)
        if named is not None:
            return named
    # The person stands just above "has completed ..." when the cue before the name was not read.
    for i, line in enumerate(lines):
        cue = _find_cue(line.text, COURSE_CUES)
        if cue is None:
            continue
        subject = _subject_before(line.text[: cue[0]])
        if subject is not None:  # "Deputy Lena Ortiz has successfully completed ...": the sentence's subject
            start = _name_start(line.text, subject, 0)
            return _evidence_for(line, start, start + len(subject), subject)
        # A name set in a script face may come without its spaces ("MarcusAnthonyBellIII").
        near = [
            prev
            for prev in reversed(lines[max(0, i - 2) : i])
            if person_name_score(tidy_read_name(prev.text)) >= 0.8 and not signs(lines, lines.index(prev))
        ]
        # A course set like a name ("Learning Django") may stand between the person and the cue: a line
        # naming a given name is the person.
        given = [p for p in near if names_a_given_name(tidy_read_name(p.text))]
        if given or near:
            prev = (given or near)[0]
            return Evidence(page=prev.page, bbox=prev.bbox, text=prev.text, conf=min(prev.mean_conf, 0.7))
        break
    under = _name_under_heading(lines)
    if under is not None:
        return under
    # No cue: a certificate prints its person large. Places ("Hoover, Alabama") carry a comma,
    # signers stand over their job titles, and a large heading set like a name ("PARKING PERMIT")
    # names no known given name.
    typical = statistics.median(ln.height for ln in lines) if lines else 0.0
    scored = [
        (person_name_score(ln.text) * ln.height, ln)
        for k, ln in enumerate(lines)
        if person_name_score(ln.text) >= 0.8
        and ln.height >= 1.3 * typical
        and "," not in ln.text
        and not signs(lines, k)
        and names_a_given_name(ln.text)
    ]
    if scored:
        best = max(scored, key=lambda s: s[0])[1]
        return Evidence(page=best.page, bbox=best.bbox, text=best.text, conf=min(best.mean_conf, 0.6))
    return None


# A document's own heading: "Training Certificate", "YAT Certificate Transcript", "Record of Training" (a
# few words, no number and no field label).
OWN_HEADING_RE = re.compile(r"(?i)\b(?:certificate|certification|transcript|diploma|record)\b")
MAX_HEADING_WORDS = 5
NAME_UNDER_HEADING_TOP = 0.3  # the heading stands in this top share of the page's text


def _cued_name(lines: Sequence[Line], i: int) -> Evidence | None:
    """The person a name cue on ``lines[i]`` ("This certifies that", "Presented to") names, on its line or
    under it."""
    text = lines[i].text
    cue = _find_cue(text, NAME_CUES)
    if cue is None:
        return None
    # ". Officer ...": a fax reads a speck after the cue as a stop
    rest = re.sub(r"^(?:that|to|:)\s+", "", text[cue[1] :].strip(" :,."), flags=re.I)
    name = leading_name(rest)
    if name and _where_a_name_goes(name):
        start = _name_start(text, name, cue[1])
        return _evidence_for(lines[i], start, start + len(name), name)
    if text[cue[0] : cue[1]].lower() in INLINE_ONLY_CUES or ABOVE_NAMED_RE.match(rest):
        # "certifies that the above-named deputy completed ...": the person is printed above the
        # sentence; the names under it are its signers'.
        return None
    return _named_after_cue(lines, i)


def person_after_cue(lines: Sequence[Line]) -> Evidence | None:
    """The person a certificate's name cue names ("Presented to" / "Deputy Omar F. Saleh"), read per cell
    as a certificate's: a page whose table lists its courses still names its holder so. Labels ("Name:")
    are the table reader's."""
    cells = [c for c in page_cells(lines) if c.mean_conf >= MIN_CELL_CONF]
    found = next((e for i in range(len(cells)) if (e := _cued_name(cells, i)) is not None), None)
    return None if found is None else _tidy_found(found)


def _name_under_heading(lines: Sequence[Line]) -> Evidence | None:
    """No cue named the person: a name printed on the line right under the document's heading, with no
    "this certifies that" ("Training Certificate" / "LATOYA R. BENNETT" / "Program: ..."). The name must
    read as a person's with a known given name, at the size of the text around it or larger, and not
    stand over a job title (a signer)."""
    if not lines:
        return None
    typical = statistics.median(ln.height for ln in lines)
    top, bottom = min(ln.bbox[1] for ln in lines), max(ln.bbox[3] for ln in lines)
    for k in range(1, len(lines)):
        heading, line = lines[k - 1].text, lines[k]
        if lines[k - 1].bbox[1] > top + NAME_UNDER_HEADING_TOP * (bottom - top):
            break
        if not (
            (_is_heading(heading) or OWN_HEADING_RE.search(heading))
            and len(heading.split()) <= MAX_HEADING_WORDS
            and not re.search(r"[\d:#]", heading)
        ):
            continue
        text = tidy_read_name(line.text)
        if (
            person_name_score(text) >= 0.8
            and names_a_given_name(text)
            and "," not in line.text
            and line.height >= 0.9 * typical
            and not signs(lines, k)
        ):
            return Evidence(page=line.page, bbox=line.bbox, text=line.text, conf=min(line.mean_conf, 0.6))
    return None


def _named_after_cue(lines: Sequence[Line], i: int) -> Evidence | None:
    """The person on the lines under the name cue ending ``lines[i]``. Of several name-like lines there
    ("SRBD Hyperbola" / "Arnab Sen Sharma": a team, then its member), the person's names a known given
    name and is set no smaller than the first; else the first is taken."""
    found: list[int] = []
    for j in range(i + 1, min(i + 4, len(lines))):
        nxt = lines[j]
        if _find_cue(nxt.text, NAME_CUES) is not None:
            break  # "... the course X was / completed by Officer Y": that line's own cue names the person
        if _paragraph_tail(lines, i, j):
            break  # the wrapped last words of a work's title under the cue, not a person
        if CLOSING_RE.search(nxt.text):
            break  # a letter's "Sincerely,": the names under it are its signers', never the person
        if _signs_right_over(lines, j):
            break  # a name over a job title ("Annika Sorensen" / "Coalition Chair") signs: those under it too
        if _where_a_name_goes(re.sub(r"\.(?=[A-Za-z])", ". ", nxt.text)):
            found.append(j)
        elif (
            not found
            and re.fullmatch(r"[A-Z][A-Za-z]{7,}", nxt.text)
            and not is_salutation(nxt.text)
            and not boilerplate_run(nxt.text)  # "CERTIFICATE" under "presented to:" on a scan's line
        ):
            # A name whose spaces OCR lost ("JESSICAMARTINEZ"): kept, but never trusted.
            return Evidence(page=nxt.page, bbox=nxt.bbox, text=nxt.text, conf=min(nxt.mean_conf, 0.5))
    if not found:
        return None
    first = found[0]
    if not names_a_given_name(lines[first].text):
        for j in found[1:]:
            if names_a_given_name(lines[j].text) and lines[j].height >= lines[first].height:
                return _name_from(lines, j)
    return _name_from(lines, first)


PARAGRAPH_LINE_WORDS = 5  # a line of prose, not a name or a heading


def _paragraph_tail(lines: Sequence[Line], i: int, j: int) -> bool:
    """``lines[j]``, under the name cue on ``lines[i]``, ends a paragraph begun above it: the line over it
    (itself under the cue) is a long line of no name, in the same type, that runs on into it (no stop,
    colon or semicolon at its end). What a cue names there is a work's title ("Certificamos que o
    trabalho" / its title over three lines), and its last words can read like a name ("DE SANTA ROSA.")."""
    if j - 1 <= i:
        return False
    above, line = lines[j - 1], lines[j]
    return (
        len(above.text.split()) >= PARAGRAPH_LINE_WORDS
        and not above.text.rstrip().endswith((".", ":", ";", "!", "?"))
        and abs(above.height - line.height) <= 0.2 * above.height
        and above.page == line.page
        # the paragraph's pitch: OCR's boxes hug capitals, so a line's box may be under half its pitch
        and 0 < line.bbox[1] - above.bbox[3] < 1.5 * above.height
        and _aligned(above, line)
        and not _where_a_name_goes(above.text)
    )


def _aligned(line: Line, below: Line) -> bool:
    """``below`` starts where ``line`` starts, or is centred under it."""
    centre, below_centre = (line.bbox[0] + line.bbox[2]) / 2, (below.bbox[0] + below.bbox[2]) / 2
    return abs(below.bbox[0] - line.bbox[0]) < line.height or abs(below_centre - centre) < line.height


# Auxiliaries between a sentence's subject and its verb: "Jane Doe has completed", "... was awarded".
AUXILIARY_TAIL_RE = re.compile(r"\s+(?:has|have|had|was|were|is)\s*$", re.I)


def _subject_before(text: str) -> str | None:
    """The whole of ``text`` (what precedes a course cue on its line) when it is a person: the sentence's
    subject, "Deputy Lena Ortiz (has)". A fragment of prose before it ("... records show") is none."""
    before = AUXILIARY_TAIL_RE.sub("", text).strip(" ,")
    name = leading_name(before)
    if not name or name != before or not _where_a_name_goes(name):
        return None
    return name if names_a_given_name(name) else None


def _where_a_name_goes(text: str) -> bool:
    """``text``, standing where a document puts its person (after a cue or a label), is a name: name-like,
    or initials and a surname ("C E HOFFMAN"), which only there pass for one."""
    text = without_id_number(text)  # "Officer John Smith, Badge 1215": the name before the badge's number
    return person_name_score(text) >= 0.5 or initials_and_surname(text)


def _name_from(lines: Sequence[Line], j: int) -> Evidence:
    """The name on ``lines[j]``, with the last part a long name wrapped onto the line below."""
    line = lines[j]
    if j + 1 < len(lines) and _name_goes_on(line, lines[j + 1]):
        rest = lines[j + 1]
        return Evidence(
            page=line.page,
            bbox=union_box([line.bbox, rest.bbox]),
            text=f"{line.text} {rest.text}",
            conf=min(line.mean_conf, rest.mean_conf),
        )
    return Evidence(page=line.page, bbox=line.bbox, text=line.text, conf=line.mean_conf)


def _name_goes_on(name: Line, below: Line) -> bool:
    """A long name set large wraps its last part onto a line of its own ("KHALED MOHAMED" /
    "FATHALLAH"): one word in the same type and case, right under it, that keeps it a name."""
    word = below.text.strip()
    same_type = abs(below.height - name.height) <= 0.15 * name.height
    close = 0 <= below.bbox[1] - name.bbox[3] < name.height  # OCR boxes hug the capitals: wider gaps
    same_case = word.isupper() == name.text.isupper()
    return (
        below.page == name.page
        and re.fullmatch(r"[^\W\d_][^\W\d_'’-]{1,24}", word) is not None
        and same_type
        and close
        and same_case
        and _find_cue(word, COURSE_CUES) is None
        and not GENERIC_COURSE_WORD_RE.fullmatch(word)
        and person_name_score(f"{name.text} {word}") >= 0.5
    )


SIGNER_TITLE_RE = re.compile(
    r"\b(director|instructor|coordinator|president|chief|sheriff|superintendent|dean|commander|"
    r"chair(?:man|person)?|manager|secretary|administrator|trainer|founder|ceo|principal)\b",
    re.I,
)


# "Instructor: Sgt. William H. Grady": a labelled field naming someone else, not a job title under a name.
_LABELLED_FIELD_RE = re.compile(r"^[^:]{1,40}:\s*\S")


def signs(lines: Sequence[Line], index: int) -> bool:
    """Line ``index`` is a signature: a job title stands just below it, in the same column of its page."""
    me = lines[index]
    return any(_job_title_under(me, ln, 0.0, 4.0) for ln in lines if ln is not me)


def _job_title_under(me: Line, ln: Line, least: float, most: float) -> bool:
    """``ln`` is a job title set under ``me`` in its column, its top ``least`` to ``most`` of ``me``'s
    heights below ``me``'s top."""
    return (
        ln.page == me.page
        and least * me.height <= ln.bbox[1] - me.bbox[1] <= most * me.height
        and ln.bbox[0] < me.bbox[2]
        and ln.bbox[2] > me.bbox[0]
        and SIGNER_TITLE_RE.search(ln.text) is not None  # last: the geometry rules out most lines cheaply
        and not _LABELLED_FIELD_RE.match(ln.text)
    )


# A signature's job title is a short line ("Coalition Chair", "Executive Director"), not a course's title
# that holds such a word ("Train-the-Trainer", "ALICE Instructor Certification Course").
MAX_JOB_TITLE_WORDS = 4


def _signs_right_over(lines: Sequence[Line], index: int) -> bool:
    """Line ``index`` is a signature: the very next line, short and just under it in its column, is a job
    title. Stricter than :func:`signs`: it judges a name under a holder's cue, where the course's title a
    few lines down may hold a job's word."""
    if index + 1 >= len(lines):
        return False
    me, nxt = lines[index], lines[index + 1]
    return (
        nxt.bbox[1] > me.bbox[1]
        and len(nxt.text.split()) <= MAX_JOB_TITLE_WORDS
        and _job_title_under(me, nxt, 0.0, 2.5)
    )


NAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "van", "von", "der", "la", "le", "di", "y", "e"}
SUFFIX_RE = re.compile(r"(?i)(jr|sr|ii|iii|iv)[.,]?")


def leading_name(text: str) -> str:
    """The run of capitalised words (initials, particles, suffixes) a sentence starts with: its subject."""
    out: list[str] = []
    tokens = text.split()
    for k, token in enumerate(tokens):
        bare = token.strip(",.;:!")
        if not bare or not (bare[0].isupper() or (out and bare.lower() in NAME_PARTICLES)):
            break
        if initial_read_with_comma(token, out, tokens[k + 1 :]):
            out.append(bare + ".")  # "Ravindra P, Lockhart": a scan read the initial's stop as a comma
            continue
        out.append(token.rstrip(",;:!"))
        if token.endswith(",") and not out[:-1] and _surname_first(bare, tokens[k + 1 :]):
            out[-1] = token  # "PEÑA-IBÁÑEZ, JOSÉ Á. completed ...": the name goes on after its comma
            continue
        if token.endswith((",", ";", ":", "!")) and not SUFFIX_RE.fullmatch(bare):
            break
    while out and out[-1].lower() in NAME_PARTICLES:
        out.pop()
    return " ".join(out)


def _name_start(text: str, name: str, start: int) -> int:
    """Where ``leading_name``'s ``name`` stands in ``text`` from ``start``: as read, or with an initial's
    stop read as a comma (the same length)."""
    found = text.find(name, start)
    if found >= 0:
        return found
    m = re.compile(re.escape(name).replace(r"\.", "[.,]")).search(text, start)
    return m.start() if m else start


def initial_read_with_comma(token: str, before: Sequence[str], after: Sequence[str]) -> bool:
    """``token`` is a middle initial whose stop was read as a comma: one capital and a comma after a
    name word, before a capitalised word (the surname) that ends the run or goes on in lower case."""
    if not (len(token) == 2 and token[0].isupper() and token[1] == "," and before and after):
        return False
    nxt = after[0].strip(",.;:!")
    return len(nxt) >= 2 and nxt[0].isupper() and nxt[1:].islower() and person_name_score(before[-1]) > 0


def _surname_first(surname: str, rest: Sequence[str]) -> bool:
    """A sentence's one capitalised word and its comma begin a name printed surname first ("KNAPP, OSCAR
    A. completed", "Peña-Ibáñez, José Á. has completed"): a registrar's form of the name, in prose. The
    words after the comma, up to the first that is not capitalised, must name a known given name (a
    place, "Houston, Texas", names none) and the word before it must be a name word, not a rank."""
    given: list[str] = []
    for token in rest:
        bare = token.strip(",.;:!")
        if not bare or not bare[0].isupper() or len(given) == 3:
            break
        given.append(bare)
        if token.endswith((",", ";", ":", "!")):
            break
    return (
        bool(given)
        and person_name_score(surname) > 0
        and strip_honorifics(surname) == surname
        and names_a_given_name(" ".join(given))
    )


def _evidence_for(line: Line, start: int, end: int, text: str) -> Evidence:
    return Evidence(
        page=line.page, bbox=span_box(line, (start, end)), text=text, conf=span_conf(line, (start, end))
    )


def _without_trailing_value(text: str) -> str:
    """ "Juvenile Law for Law Enforcement (8 hours)" -> the title: a bracketed length or date after it
    is another field, printed beside the course (the hours are read from it all the same). So is a
    length set off by a dash: "Bloodborne Pathogens - 2 Hours"."""
    m = TRAILING_VALUE_RE.search(text)
    if m and (_is_value_line(m.group(1)) or OFFERING_RE.fullmatch(m.group(1).strip())):
        return text[: m.start()]
    m = TRAILING_LENGTH_RE.search(text)
    if m is not None:
        hours = find_hours(m.group(1))
        if len(hours) == 1 and hours[0].span == (0, len(m.group(1))) and hours[0].labelled:
            return text[: m.start()]
    return text


# Where OCR lost a space between a title's words set in title case ("Response forSchools", "Juvenile
# LawEnforcement", "MentalHealth"): a lower-case letter then a capital starting a word of three or more
# letters. Its left part is a small word of a title or a word of three or more letters, never a name's
# prefix ("MacArthur", "VanBuren": one word as printed); "McDonald", "DeShawn" have two letters before it.
_GLUED_WORDS_RE = re.compile(r"\b([A-Za-z][a-z]+)([A-Z][a-z]{2,})(?![a-z])")
_SMALL_TITLE_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)
_PREFIXES = frozenset({"mac", "van", "von", "del", "der", "den", "des", "della", "las", "los"})
# A course's part numbered "I" read as a bar ("ALERRT Active Shooter Level |"), alone at the title's end or
# before its next part.
_ROMAN_ONE_RE = re.compile(r"(?i)\b(level|phase|part|tier|module|unit|stage|course|book)\s+[|](?=\s|$)")


def unglued_title(text: str) -> str:
    """An OCR'd title with the spaces it lost between words set in title case put back ("Active Shooter
    Response forSchools" -> "... for Schools") and a part's "I" read as a bar ("Level |") put back; a text
    layer's title is as printed ("PowerPoint")."""

    def split(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        if left.islower():
            return f"{left} {right}" if left in _SMALL_TITLE_WORDS else m.group(0)
        if len(left) < 3 or left.casefold() in _PREFIXES:
            return m.group(0)
        return f"{left} {right}"

    out = _ROMAN_ONE_RE.sub(r"\1 I", text)
    for _ in range(3):  # "JuvenileLawEnforcement": each boundary in turn
        nxt = _GLUED_WORDS_RE.sub(split, out)
        if nxt == out:
            break
        out = nxt
    return out


def _clean_title(text: str) -> str:
    text = _without_trailing_value(text)
    text = TITLE_STOP_RE.split(text, maxsplit=1)[0]
    # Prose wraps before its date or place: "... attended Juvenile Law for Law Enforcement on" / "the 3rd
    # day of March". A title does not end on the word that introduces them.
    text = TITLE_TAIL_RE.sub("", text)
    # The bracket the prose went on after: "Gestão de Conflitos (Turma SET/2025), com carga-horária ...".
    text = _without_trailing_value(text.rstrip(" :;,"))
    cleaned = text.strip(" :;,.\"'“”-–")
    # An acronym keeps its last dot: "D.O.T.", not "D.O.T".
    return (
        cleaned + "."
        if re.search(r"(?:\b[A-Z]\.)+[A-Z]$", cleaned) and text.rstrip().endswith(".")
        else cleaned
    )


TITLE_LOOK_LINES = 3  # lines holding a word looked at for a title under its cue or label
# Two letters or digits, run together or not ("D.O.T."): a word, not a scan's speck or a rule read as "|",
# ":", "i".
WORDLIKE_RE = re.compile(r"[^\W_]\W*[^\W_]")


def _title_lines(
    lines: Sequence[Line], start: int, first: str | None, prose: bool = False, labelled: bool = False
) -> tuple[str, list[Line]] | None:
    """Title starting at ``lines[start]`` (or the inline text ``first``), with its continuation lines;
    ``prose``: ``first`` is what follows a cue in a sentence, which may wrap mid-title; ``labelled``: the
    title is the value of the label before ``lines[start]``."""
    parts: list[str] = []
    used: list[Line] = []
    idx = start
    if first is None:
        looked = 0  # lines looked at that hold a word; a scan's specks and rules ("|", ":") are passed over
        while idx < len(lines) and looked < TITLE_LOOK_LINES:
            cand = lines[idx]
            if not WORDLIKE_RE.search(cand.text):
                idx += 1
                continue
            looked += 1
            if (
                _beyond_reach(lines, start, cand)
                or not looks_like_title(_without_trailing_value(cand.text))
                or _any_label(cand.text)
                or _is_job_title(cand.text)
                or _reads_as_a_person(cand.text)
                or INITIAL_AND_SURNAME_RE.fullmatch(cand.text.strip())
                or _is_heading(cand.text)
                or _labels_a_value_beside(lines, idx)
            ):
                idx += 1
                continue
            if _captions_the_title_below(lines, idx):
                idx += 1
                continue
            break
        else:
            return None
        first_line = lines[idx]
        parts.append(first_line.text)
        used.append(first_line)
    else:
        parts.append(first)
        used.append(lines[start])
    # A form's value wraps under itself, right of its label: where its first word starts, the next line
    # starts ("Course Title:  Adolescent Mental Health ... Resource" / "Officers").
    if first is not None:
        value_left = _value_left(lines[start], first)
    else:  # a label's value in a cell of its own: the value's cell starts where it wraps to
        value_left = used[0].bbox[0] if labelled else None
    # A wrapped title continues on the next line in the same type size, close below.
    last = used[-1]
    nxt_idx = idx + 1
    while nxt_idx < len(lines) and len(used) < 3:
        nxt = lines[nxt_idx]
        if _beside(last, nxt):
            # A logo or a side block level with the title's line is read after it; the title's next line
            # is under it ("... - Equations &" | "coursera" / "Inequalities").
            nxt_idx += 1
            continue
        under_value = value_left is not None and abs(nxt.bbox[0] - value_left) < 0.5 * last.height
        # Under the value, a line pitch of 1.5 (a form's) is still the value's next line; so is a
        # paragraph's next line, flush with it, under a title its prose wraps.
        paragraph = prose and abs(nxt.bbox[0] - last.bbox[0]) < 0.5 * last.height
        close = nxt.bbox[1] - last.bbox[3] < (1.0 if under_value or paragraph else 0.8) * last.height
        # OCR boxes grow with descenders; an open bracket says the title goes on whatever the size.
        same_size = abs(nxt.height - last.height) <= 0.3 * last.height or _unbalanced(" ".join(parts))
        if not (close and same_size):
            if first is None and len(used) == 1 and _track_under(lines, nxt_idx, last):
                parts[0] = f"{parts[0]}:"
                parts.append(nxt.text)
                used.append(nxt)
                break
            bridged = _bridged_by_connector(lines, nxt_idx, last)
            if bridged is None or len(used) > 1:
                break
            parts += [nxt.text, bridged.text]
            used += [nxt, bridged]
            last = bridged
            nxt_idx += 2
            continue
        if not (_title_goes_on(parts, last, nxt) or (under_value and _value_goes_on(last, nxt))):
            # Prose wraps mid-title and the sentence goes on after it: "... attended the NASRO School
            # Safety" / "Conference held June 25-30, 2023 in ...". Only the title's words are taken.
            head = _prose_title_head(" ".join(parts), nxt.text) if prose else None
            if head is not None:
                parts.append(head)
                used.append(nxt)
            break
        parts.append(nxt.text)
        used.append(nxt)
        last = nxt
        nxt_idx += 1
    title = _clean_title(" ".join(parts))
    return (title, used) if len(title) >= 3 else None


def _beside(line: Line, other: Line) -> bool:
    """``other`` stands level with ``line`` on its page (its top above ``line``'s bottom) in columns of
    its own: another block, no line of ``line``'s paragraph."""
    return (
        other.page == line.page
        and other.bbox[1] < line.bbox[3]
        and (other.bbox[0] >= line.bbox[2] or other.bbox[2] <= line.bbox[0])
    )


TITLE_REACH = 5.0  # line heights: a course named under its cue stands this close below it


def _beyond_reach(lines: Sequence[Line], start: int, cand: Line) -> bool:
    """``cand``, looked for under the cue or label at ``lines[start - 1]``, stands too far below it (or on
    another page) to be what it leads to: a scan lost the course's own line, and the next line read is a
    signatory's title block or a footer far down the page ("has completed every module within" / ... /
    "Technology & Medical Journals")."""
    if start < 1:
        return False
    lead = lines[start - 1]
    if cand.page != lead.page:
        return True
    return cand.bbox[1] - lead.bbox[3] > TITLE_REACH * max(lead.height, cand.height)


PROGRAMME_END_RE = re.compile(
    r"(?i)\b(?:academy|program|programme|bootcamp|initiative|pathway|series|pioneers|fellowship|track)\s*$"
)
TRACK_GAP = 2.2  # of the programme line's height: a rule or a little air between it and its track


def _track_under(lines: Sequence[Line], k: int, programme: Line) -> bool:
    """``lines[k]``, set apart under the one line a cue led to (a rule between them), is that programme's
    track: "has successfully attended the" / "Safe Schools Leadership Academy" / ---- / "Emergency
    Operations Planning for Schools" / "held April 8-12, 2024". The line above names a programme, or
    the track is followed by the course's dates or length; the track is the same size or larger, no
    number, person, organisation, label or sentence (a role it trains for may end it: "... Web Developer")."""
    track = lines[k]
    gap = track.bbox[1] - programme.bbox[3]
    if not (0 <= gap < TRACK_GAP * programme.height) or track.height < 0.8 * programme.height:
        return False
    if re.search(r"[\d:]", track.text) or not looks_like_title(track.text):
        return False
    if not _title_goes_on([programme.text], programme, track):
        return False
    after = lines[k + 1].text if k + 1 < len(lines) else ""
    return PROGRAMME_END_RE.search(programme.text) is not None or bool(find_dates(after) or find_hours(after))


def _labels_a_value_beside(lines: Sequence[Line], idx: int) -> bool:
    """``lines[idx]`` ends on a colon and a date or an amount stands beside it on its row ("Time on course:
    3 hrs"): a field's label, never a title ("Active Threat Awareness:" goes on to its subtitle below)."""
    line = lines[idx]
    if not line.text.rstrip().endswith(":") or idx + 1 >= len(lines):
        return False
    return _same_row(line, lines[idx + 1]) and _is_value_line(lines[idx + 1].text)


def _captions_the_title_below(lines: Sequence[Line], idx: int) -> bool:
    """``lines[idx]`` names a part of a series ("School Safety Leadership Series - Module 3 of 5", "Day 2 of
    3") in smaller type right above a line that reads as a title: the part's own title is that line. Alone
    ("Human Trafficking of Minors, Part 1 of 2"), such a line is the title."""
    line = lines[idx]
    if not PART_COUNTER_RE.search(line.text) or idx + 1 >= len(lines):
        return False
    nxt = lines[idx + 1]
    close = nxt.bbox[1] - line.bbox[3] < 1.5 * nxt.height
    # 12 pt over 18 pt; the second engine's boxes are padded, which brings their heights closer (18 / 22)
    return close and nxt.height > 1.15 * line.height and looks_like_title(nxt.text)


# Connectors a credential's name is set around, on a line of their own in smaller type: "Graduate
# Certificate" / "in" / "Geographic Information Systems", "Diploma" / "of" / "Law Enforcement".
LONE_CONNECTORS = frozenset({"in", "of", "for", "on", "em", "en", "de", "da", "do", "na", "no", "dans"})


def _bridged_by_connector(lines: Sequence[Line], k: int, last: Line) -> Line | None:
    """The line after a lone connector (``lines[k]``) right under the title's ``last`` line, when it
    is set in the title's type right under the connector: the title goes on through the connector."""
    if k + 1 >= len(lines) or lines[k].text.strip().lower() not in LONE_CONNECTORS:
        return None
    connector, after = lines[k], lines[k + 1]
    stacked = (
        connector.page == last.page == after.page
        and 0 <= connector.bbox[1] - last.bbox[3] < last.height
        and 0 <= after.bbox[1] - connector.bbox[3] < last.height
    )
    if not stacked or abs(after.height - last.height) > 0.3 * last.height:
        return None
    text = after.text
    if not looks_like_title(text) or _is_value_line(text) or _find_cue(text, COURSE_CUES + NAME_CUES):
        return None
    return after


# A line opening with a date's label ("Training date:", "Expiration Date:", "Date(s):") is a field of its
# own, whatever OCR made of its value ("03/15/20234 hrs" on a fax parses as no date).
DATE_FIELD_RE = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,2}dates?\s*(?:\(s\))?\s*[:;]")


def _value_left(line: Line, value: str) -> float | None:
    """Where the inline value ``value`` of the labelled ``line`` starts on the page."""
    words = value.split()
    for k, word in enumerate(line.words):
        if words and word.text == words[0] and k > 0:
            return word.bbox[0]
    return None


def _value_goes_on(last: Line, nxt: Line) -> bool:
    """The line under a form's value continues it: no field of its own, nothing but title words."""
    if _is_value_line(_without_trailing_value(nxt.text)) or _find_cue(nxt.text, COURSE_CUES + NAME_CUES):
        return False
    if _label_value(nxt.text, COURSE_LABELS + NAME_LABELS) is not None or DATE_FIELD_RE.match(nxt.text):
        return False
    return ":" not in nxt.text and _may_go_on(last, nxt) and not _goes_on_as_a_sentence(nxt.text)


# A line of one lower-case connector under a title leads to what follows, never the title's last word.
LONE_CONNECTOR_RE = re.compile(r"(?:by|to|for|of|and|the|from|with|at|on|in|por|par|von|durch|de)[.:,]?")


# Function words of French, Spanish and Portuguese that English titles do not use: a line holding two
# of them (or one and an accented letter) under an English title is its translation.
_ROMANCE_WORDS = frozenset(
    {"pour", "les", "des", "du", "aux", "au", "et", "sur", "dans", "avec", "une", "la", "le", "para", "los",
     "las", "del", "el", "y", "con", "sobre", "en", "al", "una", "por", "de", "da", "do", "dos", "das", "em",
     }
)  # fmt: skip
_ACCENTED_RE = re.compile(r"[À-ÖØ-öø-ÿ]")


def _romance_marks(text: str) -> int:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(w in _ROMANCE_WORDS for w in words) + (1 if _ACCENTED_RE.search(text) else 0)


def _translation_below(parts: Sequence[str], nxt: str) -> bool:
    """``nxt`` is the title's translation stacked under it ("Youth Mental Health First Aid" / "Premiers
    soins en santé mentale pour les jeunes"), not its second line: the title so far reads as English (no
    such word, no accent, not left unfinished) and ``nxt`` as French, Spanish or Portuguese."""
    title = " ".join(parts)
    return _romance_marks(title) == 0 and _romance_marks(nxt) >= 2 and not _continues(title, nxt)


# A line opening with the label of where or by whom a course was given is a field of its own under the title.
PLACE_FIELD_RE = re.compile(
    r"(?i)\s*(?:location|venue|place|site|city|address|instructors?|presenters?|sponsor(?:ed\s+by)?|provider)"
    r"\s*:"
)


def sums_up(text: str) -> bool:
    """A line of summing words and numbers only ("Total hours 16", "Grand Total"), with a total word."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and set(words) <= SUMMARY_WORDS and bool({"total", "totals", "subtotal"} & set(words))


def _title_goes_on(parts: Sequence[str], last: Line, nxt: Line) -> bool:
    """The whole of the next line (close below, same size) continues the title; a length it ends
    with ("... Attack - 1 Hour") is left to the hours."""
    if _is_value_line(_without_trailing_value(nxt.text)) or _find_cue(nxt.text, COURSE_CUES + NAME_CUES):
        return False
    if _translation_below(parts, nxt.text):
        return False
    if LONE_CONNECTOR_RE.fullmatch(nxt.text.strip()):
        return False  # "... Officer Course" / "by" / NAME: the sentence goes on to the person
    if PART_COUNTER_RE.fullmatch(nxt.text.strip()) or COURSE_NUMBER_RE.fullmatch(nxt.text.strip()):
        return False  # "Day 2 of 3", "TCOLE Course #4064" under the title: a counter, a registry's number
    if sums_up(nxt.text):
        return False  # "Total hours  16" under a table's course: the footer's total, no second line
    if _label_value(nxt.text, COURSE_LABELS + NAME_LABELS) is not None or DATE_FIELD_RE.match(nxt.text):
        return False
    if PLACE_FIELD_RE.match(nxt.text):
        return False  # "Event: 2024 ... Conference -" / "Location: Grapevine, Texas": a speck's dash, no wrap
    if re.match(r"[a-z]", nxt.text.strip()) and not _line_unfinished(parts[-1]) and not _may_go_on(last, nxt):
        # A finished title line, then a lower-case line naming a body, a place or a date: the sentence
        # describing the course ("an online course authorized by ... University"), not its second line.
        return False
    return (_continues(parts[-1], nxt.text) or _same_block(last, nxt)) and not _goes_on_as_a_sentence(
        nxt.text
    )


# Where a prose title's second line stops being the title: its date, place, length or presenter
# (TITLE_STOP_RE), a date or an amount of hours, punctuation, "in Indianapolis, Indiana".
HEAD_STOP_RE = re.compile(r"[,.;:(]|\s+in\s+(?=[A-Z][A-Za-z.' -]{1,30},\s*(?:[A-Z]{2}\b|[A-Z][a-z]+))")
TITLE_WORD_RE = re.compile(
    r"(?:[A-Z0-9][\w'’&/-]*|of|and|for|the|in|to|with|on|&|-|–"
    r"|de|do|da|dos|das|del|e|y|em|en|para)"  # "Gestão do Tempo", "Primeros Auxilios en la Escuela"
)
MAX_HEAD_WORDS = 6


def _prose_title_head(previous: str, following: str, course_named: bool = False) -> str | None:
    """The words that end a title a sentence wraps ("Conference" of "Conference held June 25-30, ..."):
    ``previous`` ran to its line's end unfinished, and ``following`` starts with capitalised title words
    its sentence then goes on from (a date, a place, "held", punctuation). None when it does not.
    ``course_named``: ``previous`` ends on "the course", so the words are a course however name-like
    ("Gestão do Tempo" holds words the given-name dictionary knows)."""
    if TITLE_STOP_RE.search(previous) or re.search(r"[.!?;:]\s*$", previous) or _is_value_line(previous):
        return None
    ends = [m.start() for m in (TITLE_STOP_RE.search(following), HEAD_STOP_RE.search(following)) if m]
    ends += [d.span[0] for d in find_dates(following)[:1]] + [h.span[0] for h in find_hours(following)[:1]]
    cut = min(ends, default=len(following))
    head, rest = following[:cut].strip(), following[cut:].strip()
    words = head.split()
    # The sentence may go on in lower case before any stop: "Conference virtually, July 20-23" (how it was
    # attended), "Conference remotely from ...". The title's words end before the first such word, connectors
    # it leaves dangling ("for", "the") with them; not where a capitalised word follows it, for a title holds
    # lower-case words too ("Reunification After a School Crisis").
    plain = next((i for i, w in enumerate(words) if not TITLE_WORD_RE.fullmatch(w)), None)
    # Only where the line then stops (a date, hours, punctuation): a line of title words in sentence case
    # runs to its end ("Prévention de la violence en milieu scolaire").
    if rest and plain is not None and not any(w[0].isupper() or w[0].isdigit() for w in words[plain:]):
        kept = words[:plain]
        while kept and not kept[-1][0].isupper() and not kept[-1][0].isdigit():
            kept.pop()
        head, rest = " ".join(kept), " ".join([*words[len(kept) :], rest]).strip()
        words = kept
    if (
        not rest
        or rest.startswith(":")  # a field's label: "Date: ..."
        or not words
        or len(words) > MAX_HEAD_WORDS
        or not (words[0][0].isupper() or _connector_then_title_word(words))
        or not all(TITLE_WORD_RE.fullmatch(w) for w in words)
        or ORG_RE.search(head)
        or (not course_named and _reads_as_a_person(head))
        or _find_cue(head, COURSE_CUES + NAME_CUES)
    ):
        return None
    return head


# Lower-case words a title wraps before: "Threat Assessment" / "for Schools ...", "Gestão" / "de Conflitos".
TITLE_CONNECTORS = frozenset(
    {"for", "of", "in", "and", "with", "on", "to", "de", "do", "da", "para", "en", "y", "e"}
)  # fmt: skip


def _connector_then_title_word(words: Sequence[str]) -> bool:
    """A wrapped title's second line opens on a connector, then a capitalised word ("for Schools")."""
    return len(words) >= 2 and words[0] in TITLE_CONNECTORS and words[1][0].isupper()


def _reads_as_a_person(text: str) -> bool:
    """Name-like and naming someone: a signature, not a course title set in capitalised words."""
    return person_name_score(text) >= TITLE_NOT_NAME and names_a_given_name(text)


def _unbalanced(text: str) -> bool:
    return text.count("(") != text.count(")")


def _same_block(line: Line, nxt: Line) -> bool:
    """A centred (or flush-left) title set over two lines: the next line shares its axis and is no
    organisation, place, person or finished sentence ("... for School" / "Violence Prevention")."""
    centred = abs((line.bbox[0] + line.bbox[2]) - (nxt.bbox[0] + nxt.bbox[2])) / 2 < 0.5 * line.height
    flush_left = abs(line.bbox[0] - nxt.bbox[0]) < 0.5 * line.height
    return (centred or flush_left) and _may_go_on(line, nxt)


def _may_go_on(line: Line, nxt: Line) -> bool:
    """``nxt`` may be the rest of the title ``line`` ends: ``line`` ends no sentence and ``nxt`` is no
    organisation, place, person, date or length."""
    return (
        not line.text.rstrip().endswith((".", "!", "?"))
        and ORG_RE.search(nxt.text) is None
        and PLACE_RE.match(nxt.text.strip()) is None
        and not _reads_as_a_person(nxt.text)
        and not find_dates(nxt.text)
        and not find_hours(nxt.text)
    )


# English auxiliaries and German ones ("... an der Fortbildung / TITLE / teilgenommen hat.": the verb
# closes the sentence after the title).
SENTENCE_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|shall|hat|haben|ist|sind|wurde)\b")


def _goes_on_as_a_sentence(text: str) -> bool:
    """ "... First Aid" / "course and is certified as a First Aider": a lower-case line with a verb of its
    own is the sentence going on after the title, not the title's second line. So is a new sentence
    under it: "Introduction to Cloud Computing" / "This professional has demonstrated ..."."""
    text = text.strip()
    lower_case_verb = bool(re.match(r"^[a-z]", text)) and SENTENCE_VERB_RE.search(text) is not None
    return lower_case_verb or NEW_SENTENCE_RE.match(text) is not None


# A line that opens a sentence of its own: its subject and a lower-case word after it, or thanks.
NEW_SENTENCE_RE = re.compile(r"(?:" + SENTENCE_OPENER + r")\s+[a-z]")


def _continues(previous: str, following: str) -> bool:
    """A title wraps when its line is visibly unfinished or the next starts lower-case."""
    return _line_unfinished(previous) or bool(re.match(r"^[a-z(]", following.strip()))


def _line_unfinished(previous: str) -> bool:
    """A title's line visibly goes on: an open bracket, or it ends on a connector or a course code."""
    if previous.count("(") > previous.count(")"):
        return True
    return bool(
        re.search(
            r"(?:\b(?:of|for|and|the|in|to|with|a|an|de|do|da|e)|[:,&-]|^" + COURSE_CODE + r")$",
            previous.strip(),
            re.I,
        )
    )


def find_course_title(
    lines: Sequence[Line], exclude: Sequence[str] = ()
) -> tuple[str, list[Line], float] | None:
    """Course title with the lines that print it and a confidence that the right line was taken
    (`GUESSED_TITLE_CONF` for the largest-line guess)."""
    for i, line in enumerate(lines):
        value = _label_value(line.text, COURSE_LABELS)
        if value is not None and not _is_value_line(value):
            found = (
                _title_lines(lines, i, value) if value else _title_lines(lines, i + 1, None, labelled=True)
            )
            if found and looks_like_title(found[0]):
                return found[0], found[1], 0.95
    greeted = _title_after_greeting(lines)
    if greeted is not None:
        return greeted
    event = _event_a_work_was_presented_at(lines)
    if event is not None:
        return event
    for i, line in enumerate(lines):
        cue = _find_cue(line.text, COURSE_CUES)
        if cue is None or (line.text.rstrip().endswith(":") and _any_label(line.text)):
            continue  # "Completed:" in a cell of its own labels the date beside it, not a sentence's course
        rest = line.text[cue[1] :].strip(" :")
        rest = re.sub(r"^(?:the|a|an|in|of|o|el|la)(?:\s+|$)", "", rest, flags=re.I)
        rest = re.sub(r"^(?:course|program|training|curso)\s*(?:of|de|:)?\s+(?=[A-Z\"“])", "", rest)
        rest = TRACK_OF_RE.sub("", rest)  # "the Legal Issues Track of the" / "NASRO ... Conference 2023"
        named_below = _course_opening_next_line(lines, i)
        if named_below is not None:
            return named_below
        if GENERIC_COURSE_WORD_RE.fullmatch(rest):
            # "HAS SUCCESSFULLY COMPLETED THE COURSE" / "Python": the cue's line ends on the word for
            # a course; the course is named on the lines below.
            rest = ""
        quoted = re.search(r"[\"“]([^\"”]{3,120})[\"”]", rest)
        if quoted and looks_like_title(quoted.group(1)):
            # Prose names the course in quotes: "Vigilância em Saúde Pública".
            return quoted.group(1), [line], 0.9
        if re.match(r"(?:by|por|pelo|pela)\b", rest, re.I):
            # "Course completed by Jane Doe", "Curso completado por ...": the cue names the person, and
            # the course it completed is printed right over it.
            above = _title_over_completed_by(lines, i)
            if above is not None:
                return above
            continue
        if _without_leading_length(rest) != rest and GENERIC_COURSE_WORD_RE.fullmatch(
            _without_leading_length(rest).strip()
        ):
            # "has completed the 8 hour course" / the course on the lines below
            found = _title_lines(lines, i + 1, None)
        elif _without_leading_length(rest) != rest:
            # "completed eight hours of" / "instruction in Gang Awareness ...", "completed the forty (40)
            # hour Basic School Resource Officer Course": the sentence states the length, then the course.
            found = _title_lines(lines, i, rest, prose=True)
            if found is not None:
                found = (_clean_title(_without_leading_length(found[0])), found[1])
            if found is not None and not looks_like_title(found[0]):
                # "has completed twelve (12) hours of instruction in" / the course on a line of its own;
                # "completed eight hours of" / "instruction in Gang Awareness": the sentence's words
                # leading to the course open the next line
                found = _title_lines(lines, i + 1, None)
                if found is not None:
                    found = (LENGTH_WORDS_OPENING_RE.sub("", found[0]), found[1])
        elif looks_like_title(_clean_title(rest)):
            found = _title_lines(lines, i, rest, prose=True)
        elif _leads_with_a_value(rest):
            # "who attended March 11-13, 2019 and completed 24 hours": the cue introduces a date or a
            # length, not the course; the lines under it are no title either.
            continue
        else:
            found = _title_lines(lines, i + 1, None)
        if found and looks_like_title(found[0]):
            # The cue's sentence may run on into the title's line: "has completed" / "in Crisis Response".
            return LEADING_CONNECTOR_RE.sub("", found[0]), found[1], 0.9
    return (
        # "Curso concluído por ...": a wording the cues above do not know names the person under its course
        next(filter(None, (_title_over_completed_by(lines, i) for i in range(len(lines)))), None)
        or _title_after_for(lines)
        or _title_above_passive_cue(lines)
        or _bare_labelled_title(lines)
        or _largest_title_line(lines, exclude)
    )


# A line of prose ending on "for" ("for", "is awarded 1.5 hours of continuing education credit for") right
# under the person's name: the sentence names what the person is credited for on the next line. Lower-case
# at its start, so an organisation's name wrapped after "for" ("National Center for" / "School Safety") is no
# such sentence; under anything but a name ("Distinguished Service Award" / "for" / "Twenty Years With The
# Department") what follows "for" is the reason for an award already named, not a course.
PROSE_ENDING_FOR_RE = re.compile(
    r"^[a-z][^:]*?\bfor\s*:?\s*$|^\s*for\s*:?\s*$"
    # "for the blended course", "for the online training": the sentence names the kind of course, and the
    # course on the next line
    r"|^for\s+(?:the|this|a|an)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:course|program(?:me)?|training|class|workshop|webinar|seminar)\s*:?\s*$"
)


# A name cue in the passive opening its line, the thing awarded printed above it: "is awarded to", "is hereby
# presented to", "is proudly granted to".
PASSIVE_NAME_CUE_RE = re.compile(
    r"^\s*(?:is|are)\s+(?:hereby\s+|proudly\s+)?(?:awarded|presented|granted|conferred\s+upon)\s+to\b", re.I
)


# "Course completed by Jane Doe", "Curso completado por ...", "Cours terminé par ...": the line names the
# person as the one who completed the course printed over it (an online course's certificate).
COMPLETED_BY_RE = re.compile(
    r"^\s*(?:course|curso|cours|kurs|training|program(?:me|a)?)\s+(?:completed|completado|conclu[ií]do|"
    r"finalizado|termin[ée]|compl[ée]t[ée]|abgeschlossen)\s+(?:by|por|pelo|pela|par|von)\s+[^\W\d_]",
    re.I,
)
COMPLETED_BY_REACH = 2.0  # the course's last line at most this many of its line heights over the cue
TITLE_OVER_CUE_LINES = 3


def _title_over_completed_by(lines: Sequence[Line], i: int) -> tuple[str, list[Line], float] | None:
    """The course over a line naming who completed it ("Course completed by ..."): the block of lines right
    over it, centred on it and set as one title ("JavaScript: TDD y pruebas unitarias" / "avanzado"). A
    wordmark read from the issuer's logo higher up, in larger type, is no line of that block."""
    cue = lines[i]
    if not COMPLETED_BY_RE.match(cue.text):
        return None
    middle = (cue.bbox[0] + cue.bbox[2]) / 2

    def over_cue(ln: Line) -> bool:
        return (
            ln.page == cue.page
            and ln.bbox[3] <= cue.bbox[1] + 0.3 * cue.height
            and ln.bbox[0] < middle < ln.bbox[2]
        )

    above = sorted((ln for ln in lines if over_cue(ln)), key=lambda ln: ln.bbox[3])
    if not above:
        return None
    block = [above[-1]]
    if cue.bbox[1] - block[0].bbox[3] > COMPLETED_BY_REACH * max(block[0].height, cue.height):
        return None
    for ln in reversed(above[:-1]):
        top = block[0]
        # the gap under half the smaller line: a pooled reading's boxes are tall, the logo's gap is not
        close = top.bbox[1] - ln.bbox[3] < 0.5 * min(ln.height, top.height)
        if len(block) >= TITLE_OVER_CUE_LINES or not close or not _same_block(ln, top):
            break
        block.insert(0, ln)
    text = _clean_title(" ".join(ln.text for ln in block))
    first = block[0].text
    if (
        not looks_like_title(first)
        or _is_heading(first)
        or _reads_as_a_person(first)
        or _leads_with_a_value(first)
        or _is_job_title(first)
    ):
        return None
    return text, block, 0.9


def _title_above_passive_cue(lines: Sequence[Line]) -> tuple[str, list[Line], float] | None:
    """No cue named the course: "Certificate of Completion" / "Youth Mental Health First Aid" / "is awarded
    to" / the person. The line between the certificate's heading and a passive name cue is what is
    awarded: the course the certificate is for. Only when the heading is right above it and the cue right
    under it, and the line reads as a title (no person, organisation or value)."""
    for i in range(2, len(lines)):
        if not PASSIVE_NAME_CUE_RE.match(lines[i].text):
            continue
        line, heading = lines[i - 1], lines[i - 2]
        if _is_heading(heading.text) and not _is_heading(line.text) and _awarded_title(line.text):
            return _clean_title(line.text), [line], 0.9
    return _title_over_passive_heading(lines)


def _awarded_title(text: str) -> bool:
    """A line that may name what a certificate awards: a title, no person, value or signer's job."""
    return (
        looks_like_title(text)
        and len(re.findall(r"[^\W\d_]{3,}", text)) >= 2
        and not _reads_as_a_person(text)
        and not _leads_with_a_value(text)
        and not _is_job_title(text)
    )


# The passive cue after the heading on its line: "Certificate of Completion is awarded to".
PASSIVE_CUE_IN_LINE_RE = re.compile(PASSIVE_NAME_CUE_RE.pattern.replace(r"^\s*", r"\s"), re.I)
OVER_HEADING_GAP = 1.5  # the course's line at most this many line heights over the heading


def _title_over_passive_heading(lines: Sequence[Line]) -> tuple[str, list[Line], float] | None:
    """The course printed over the heading, the heading then naming whom it is awarded to: "Shelter
    Operations" / "Certificate of Completion is awarded to" (or the cue on the next line) / the person. The
    line right over the heading, centred on it and close, that is no organisation's letterhead: with no cue
    elsewhere the size guess took a line under the heading, as a letterhead over a heading is no course."""
    for i, line in enumerate(lines):
        cue = PASSIVE_CUE_IN_LINE_RE.search(line.text)
        if cue is not None and _is_heading(line.text[: cue.start()]):
            k = i  # the heading and the cue on one line
        elif PASSIVE_NAME_CUE_RE.match(line.text) and i and _is_heading(lines[i - 1].text):
            k = i - 1
        else:
            continue
        heading = lines[k]
        above = [
            ln
            for ln in lines[:k]
            if ln.page == heading.page
            and ln.bbox[3] <= heading.bbox[1] + 0.3 * heading.height
            and ln.bbox[0] < (heading.bbox[0] + heading.bbox[2]) / 2 < ln.bbox[2]
        ]
        if not above:
            continue
        title = max(above, key=lambda ln: ln.bbox[3])
        close = heading.bbox[1] - title.bbox[3] < OVER_HEADING_GAP * max(title.height, heading.height)
        if (
            close
            and not _is_heading(title.text)
            and not ORG_RE.search(title.text)
            and _awarded_title(title.text)
        ):
            return _clean_title(title.text), [title], 0.9
    return None


def _title_after_for(lines: Sequence[Line]) -> tuple[str, list[Line], float] | None:
    """No cue named the course: the line right after a sentence ending on "for" does, when it reads as a
    title (not a date, a value, a person or a heading)."""
    for i, line in enumerate(lines[:-1]):
        if i == 0 or not PROSE_ENDING_FOR_RE.search(line.text.strip()):
            continue
        if not _reads_as_a_person(lines[i - 1].text):
            continue
        found = _title_lines(lines, i + 1, None)
        if found is not None and found[1][0] is lines[i + 1] and looks_like_title(found[0]):
            return LEADING_CONNECTOR_RE.sub("", found[0]), found[1], 0.9
    return None


# A certificate of a work presented ("certify that the paper / X / by A; B was presented at the Annual
# Conference on ..."): what it records is the presentation at that event, so the event is its course.
WORK_CERTIFIED_RE = re.compile(
    r"\b(?:certif\w*|attest\w*|declar\w*|atesta\w*)\s+(?:that\s+|que\s+)?(?:the|this|o|a|el|la)\s+"
    r"(?:work|paper|poster|abstract|article|presentation|trabalho|artigo|resumo|p[ôo]ster|trabajo"
    r"|art[íi]culo|resumen|ponencia)\b",
    re.I,
)
PRESENTED_RE = re.compile(r"\b(?:presented|apresentad[oa]s?|presentad[oa]s?|exhibited)\b", re.I)
EVENT_AFTER_RE = re.compile(
    r"\b(?:at|in|during|no|na|em|en|el|durante|al)\s+(?:the\s+)?"
    r"(?P<event>(?:\d{1,4}(?:st|nd|rd|th|º|ª|°|o)?\.?\s+)?[A-ZÀ-Ý][\w'’&-]*"
    r"(?:\s+(?:[A-ZÀ-Ý0-9][\w'’&-]*|of|on|for|and|in|de|do|da|dos|das|del|la|e|y|em|en|sobre))*)"
)
EVENT_WORD_RE = re.compile(
    r"(?i)\b(?:conference|congress|congresso|congreso|congrès|symposium|simp[óo]sio|simposio|summit"
    r"|convention|forum|f[óo]rum|colloquium|encontro|encuentro|jornadas?|meeting)\b"
)
PRESENTED_REACH = 160  # characters after "presented" in which the event is named


def _event_a_work_was_presented_at(lines: Sequence[Line]) -> tuple[str, list[Line], float] | None:
    """The event a certified work was presented at, with the lines printing its name: "presented in the
    Short Oral category, at the 11th Congress of ..." names the congress, not the category."""
    starts: list[int] = []
    flat = ""
    for line in lines:
        starts.append(len(flat))
        flat += line.text + " "
    work = WORK_CERTIFIED_RE.search(flat)
    presented = PRESENTED_RE.search(flat, work.end()) if work else None
    if presented is None:
        return None
    reach = flat[: presented.end() + PRESENTED_REACH]
    for m in EVENT_AFTER_RE.finditer(reach, presented.end()):
        event = re.sub(
            r"\s+(?:of|on|for|and|in|de|do|da|dos|das|del|la|e|y|em|en|sobre)$", "", m.group("event")
        )
        if EVENT_WORD_RE.search(event) is None:
            continue
        a, b = m.start("event"), m.start("event") + len(event)
        used = [ln for ln, at in zip(lines, starts, strict=True) if at < b and at + len(ln.text) > a]
        return event, used, 0.9
    return None


def _title_after_greeting(lines: Sequence[Line]) -> tuple[str, list[Line], float] | None:
    """ "Congratulations, Jane Doe" / "Data Analysis with Python": an online course's certificate greets
    its learner and names the course on the next line, with no cue between (its "completed" comes after,
    with the date). The line after the name must be a title of its own: no cue, label, date or person
    ("Congratulations, Jane Doe" / "You have completed ..." is left to the cue that follows)."""
    for i, line in enumerate(lines):
        cue = _find_cue(line.text, GREETINGS)
        if cue is None:
            continue
        rest = line.text[cue[1] :].strip(" ,:!")
        name = leading_name(rest)
        if name and _where_a_name_goes(name) and len(name) >= len(rest) - 1:
            start = i + 1  # the name on the greeting's line
        elif not rest and i + 1 < len(lines) and _where_a_name_goes(lines[i + 1].text.strip(" !")):
            start = i + 2  # "Congratulations!" / "Jane Doe"
        else:
            continue
        # A badge's word set beside the greeting ("COMPLETION") may be read between it and the course.
        while start < len(lines) and start <= i + 3 and _is_heading(lines[start].text):
            start += 1
        start = _in_the_greetings_column(lines, i, start)
        if start < len(lines) and _stands_as_a_title(lines[start].text):
            found = _title_lines(lines, start, lines[start].text)
            if found is not None and looks_like_title(found[0]):
                return found[0], found[1], 0.9
        return None
    return None


GREETING_REACH = 3  # lines after the greeting's where the course may be read


def _in_the_greetings_column(lines: Sequence[Line], i: int, start: int) -> int:
    """The first line from ``start`` set in the greeting's column (``_aligned``) that stands as a title,
    when the line at ``start`` is not: a badge in the margin ("COMPLETION", misread or glued to its ribbon's
    marks) sorted between the greeting and the course is no course. ``start`` when no such line follows."""
    greeting = lines[i]
    if start >= len(lines) or _aligned(greeting, lines[start]):
        return start
    for k in range(start + 1, min(len(lines), i + GREETING_REACH + 2)):
        if (
            lines[k].page == greeting.page
            and _aligned(greeting, lines[k])
            and _stands_as_a_title(lines[k].text)
        ):
            return k
    return start


def _stands_as_a_title(text: str) -> bool:
    """A line that is a title by itself: no cue, label, heading, value or person."""
    return (
        looks_like_title(_without_trailing_value(text))
        and _find_cue(text, COURSE_CUES + NAME_CUES) is None
        and not _any_label(text)
        and _label_value(text, COURSE_LABELS + NAME_LABELS) is None
        and not _is_heading(text)
        and not _reads_as_a_person(text)
        and not _is_job_title(text)
    )


# A cue's sentence that ends its line on the word for a course, after an article: "..., the course",
# "... em 28/04/2026, o curso", "completed the online program:".
ENDS_ON_COURSE_WORD_RE = re.compile(
    r"(?:^|\s)(?:the|this|o|a|el|la|le)\s+(?:[^\W\d_]+\s+)?"
    r"(?:course|program(?:me)?|training|class|workshop|webinar|curso|programa|treinamento|oficina|taller"
    r"|formation|cours)\s*:?\s*$",
    re.I,
)


def _course_opening_next_line(lines: Sequence[Line], i: int) -> tuple[str, list[Line], float] | None:
    """ "... concluiu, em <date>, o curso" / "Brainstorming, oferecido pelo ...": the sentence wraps after
    the word for a course, and the next line opens with the course's name, its sentence going on after a
    comma or a clause ("offered by", "with a workload of"). A next line that is the title alone is read
    as any title under its cue."""
    # The cue may hold the word itself ("the course"), leaving nothing after it.
    tail = ENDS_ON_COURSE_WORD_RE.search(lines[i].text)
    if tail is None or i + 1 >= len(lines) or not _wraps_onto(lines[i], lines[i + 1], lenient=True):
        return None
    head = _prose_title_head(tail.group(0).strip(), lines[i + 1].text, course_named=True)
    if head is None or not looks_like_title(head):
        return None
    return head, [lines[i], lines[i + 1]], 0.9


# "Course #4064", "TCOLE Course #4064", "POST Course No. 2117": a registry's number for the course (a
# scan's "No," for "No.").
COURSE_NUMBER = (
    r"(?:(?:(?-i:[A-Z]{2,6})\s+)?course\s*(?:no[.,]?|number|#|control\s*(?:no[.,]?|#))"
    # "CCN 4120-18822": a POST commission's Course Control Number, abbreviated
    r"|(?-i:CCN)\s*(?:[:#]\s*)?(?=[A-Z0-9]*\d))\s*[A-Z0-9][\w-]*\.?"
)
COURSE_NUMBER_RE = re.compile(COURSE_NUMBER, re.I)
# A catalogue code standing alone: "LE-BUL-204", "SRO 201", "CJ-2250A".
BARE_COURSE_CODE = r"(?-i:[A-Z]{2,6}(?:[- ][A-Z]{2,6})?[- ]?\d{2,5}[A-Z]?)"
GENERIC_COURSE_WORD_RE = re.compile(
    # "the course", "the live webinar", "the online course", "la formation"; "POST Course No. 2117",
    # "Course #1234", "LE-BUL-204": a course's number or code names it for a registry, the title is
    # printed apart; "the POST-certified course", "the NASRO-approved training": a body's approval is no title
    r"(?:(?-i:[a-z]+|[A-Z]{2,6}-[a-z]+)\s+)?"
    r"(?:course|program(?:me)?|training|class|module|workshop|webinar|curso|programa|capacita[cç][aã]o"
    r"|formation|cours)s?\s*:?"
    rf"|{COURSE_NUMBER}|{BARE_COURSE_CODE}",
    re.I,
)
# After a stated length, the words leading to the course: "(eight hours) of instruction in", "of training on".
LENGTH_TO_TITLE_RE = re.compile(
    r"\s*(?:of\s+(?:[a-z]+\s+)?(?:instruction|training|coursework|study|education)\b"
    r"\s*(?:in|on|entitled|titled)?"
    r"|(?:of|in|on)\b)?\s*"
)


# The words between a stated length and its course when they open the course's line: "(of) instruction
# in", "training on" (lower case: a title's own "Training ..." stays).
LENGTH_WORDS_OPENING_RE = re.compile(
    r"^(?:of\s+)?(?:[a-z]+\s+)?(?:instruction|training|coursework|study|education)\s+(?:in|on|entitled|titled)\s+"
    r"(?=[A-Z0-9\"“])"
)


def _without_leading_length(text: str) -> str:
    """``text`` less a length that opens it in prose ("eight hours of instruction in X", "forty (40) hour X",
    "a total of 8 hours of training on X"); unchanged when it does not open with one."""
    lead = re.match(r"(?:a\s+total\s+of\s+|the\s+|an?\s+)?", text)
    hits = find_hours(text)
    start = lead.end() if lead else 0
    if not hits or hits[0].span[0] != start or hits[0].unit != "hours" or not hits[0].text.islower():
        return text  # "40-Hour Basic SRO Course", "Forty (40) Hour ...": capitals make it part of the title
    rest = text[hits[0].span[1] :]
    tail = LENGTH_TO_TITLE_RE.match(rest)
    return rest[tail.end() :] if tail else rest


def _leads_with_a_value(text: str) -> bool:
    """``text`` starts with a date or an amount of hours (not the "40-Hour" of a title); "on" may lead
    the date ("Course completed on Oct 3, 2020": the course was named before the cue)."""
    text = re.sub(r"^on\s+(?:the\s+)?", "", text, flags=re.I)
    dates = find_dates(text)
    hours = [h for h in find_hours(text) if not h.in_title_form]
    return bool(dates and dates[0].span[0] <= 2) or bool(hours and hours[0].span[0] <= 2)


def _is_job_title(text: str) -> bool:
    """A signer's job title standing alone ("Executive Director", "Chief of Police"); a line naming a course
    ("ALICE Instructor Certification Course") is none, whatever role it names."""
    return (
        SIGNER_TITLE_RE.search(text) is not None
        and len(text.split()) <= 4
        and COURSE_WORD_RE.search(text) is None
    )


COURSE_WORD_RE = re.compile(r"(?i)\b(?:course|training|certification|program|class|workshop|seminar)\b")


def _bare_labelled_title(lines: Sequence[Line]) -> tuple[str, list[Line], float] | None:
    """No cue led to a title: "Course" with no colon, a field label or a column header, and its value
    beside or under it. A fragment of a footer ("Course # IS-362.a" cut into cells) is no such label:
    the value must be a title of two words or more."""
    for i, line in enumerate(lines):
        if not _bare_label(line.text, COURSE_LABELS):
            continue
        j = _value_cell(lines, i)
        found = _title_lines(lines, j, lines[j].text) if j is not None else None
        if (
            found
            and looks_like_title(found[0])
            and len(re.findall(r"[^\W\d_]{3,}", found[0])) >= 2
            and not _any_label(found[0])
            and not _reads_as_a_person(found[0])
        ):
            return found[0], found[1], 0.9
    return None


def _largest_title_line(
    lines: Sequence[Line], exclude: Sequence[str]
) -> tuple[str, list[Line], float] | None:
    """No cue led to a title: the largest line that is no heading, name, organisation or value."""
    candidates = _title_candidates(lines, exclude)
    if not candidates:
        return None
    # A signature ("John Johnson") is printed larger than a course line only when no course line is read:
    # it comes last, and then only as a guess a person corrects. Over the certificate's heading stand the
    # issuer's logo and letterhead (a scan reads a wordmark the text layer had as a picture, "aws | treina
    # BRASIL"): a line under the heading comes first, whatever the logo's size.
    heading = next((ln for ln in lines if _is_heading(ln.text)), None)

    def over_heading(ln: Line) -> bool:
        return heading is not None and ln.page == heading.page and ln.bbox[3] <= heading.bbox[1]

    # A sentence in lower case running on with no stop ("por ter participado com êxito da trilha de
    # aprendizagem") leads to what it names on the line right under it, in any language: that line comes
    # before a footer's or a logo's larger type.
    led = {id(ln) for prev, ln in pairwise(lines) if _leads_on_to(prev, ln)}
    best = max(
        candidates,
        key=lambda ln: (not _reads_as_a_person(ln.text), id(ln) in led, not over_heading(ln), ln.height),
    )
    return _clean_title(best.text), [best], GUESSED_TITLE_CONF


def _title_candidates(lines: Sequence[Line], exclude: Sequence[str]) -> list[Line]:
    """The lines the largest-line guess chooses from: no heading, name, organisation, cue or value."""
    # The person's or the issuer's line, however its spaces and stops were read ("MARCUS D.ELLINGTON").
    excluded = {_letters_only(e) for e in exclude}
    return [
        ln
        for ln in lines
        if looks_like_title(ln.text)
        and not _is_heading(ln.text)
        and _letters_only(ln.text) not in excluded
        and _find_cue(ln.text, NAME_CUES + COURSE_CUES) is None
        and len(re.findall(r"[^\W\d_]{3,}", ln.text)) >= 2
        and not ln.text[:1].isdigit()  # a street address
        and not _is_job_title(ln.text)
    ]


def _in_row_of(line: Line, box: BBox) -> bool:
    return line.bbox[1] < box[3] and line.bbox[3] > box[1]


def guess_in_title_place(
    lines: Sequence[Line], guess: Line, person: Evidence | None, exclude: Sequence[str]
) -> bool:
    """The largest-line guess stands where a certificate prints its course, and nothing else could be it:
    under the page's heading, with nothing between them but the person's row or a sentence running on into
    it ("has met the standard of"); right over the person's row or the course's date and hours (a label
    beside them); and no other line of the page reads as a title (one that is no heading, person, job title,
    the issuer). A banner over the heading, a sponsor's line in the footer, a title in two sizes ("Youth
    Mental Health First Aid" / "Instructor"), a module over a program's name, a prerequisite or a session
    line elsewhere on the page: each leaves the guess a guess. Why: the guess is capped because such lines
    may be taken for the course; placed so, with no rival, it is the course if the catalog names it word for
    word (`classify`'s check)."""
    if person is None or person.page != guess.page:
        return False
    page = [ln for ln in lines if ln.page == guess.page]
    heading = next((ln for ln in page if _is_heading(ln.text)), None)
    if heading is None or heading.bbox[3] > guess.bbox[1]:
        return False
    between = [ln for ln in page if ln.bbox[1] >= heading.bbox[3] and ln.bbox[3] <= guess.bbox[1]]
    if any(not _in_row_of(ln, person.bbox) and not _leads_on_to(ln, guess) for ln in between):
        return False
    below = [ln for ln in page if ln.bbox[1] >= guess.bbox[3]]
    if not below:
        return False
    top = min(ln.bbox[1] for ln in below)
    first_row = [ln for ln in below if ln.bbox[1] < top + 0.5 * ln.height]
    # The person's row, or the course's date or hours (a label beside them: "Date:" / "11/02/2022"); a label
    # alone ("Instructor") may be a word of the title run on.
    held = [ln for ln in first_row if _in_row_of(ln, person.bbox) or _is_value_line(ln.text)]
    if not held or any(ln not in held and not _any_label(ln.text) for ln in first_row):
        return False
    # Any other line that may print a course counts, even one the guess never takes ("2-Hour Reunification
    # Drill", a cue's line): a line the page names its course on may stand anywhere.
    excluded = {_letters_only(e) for e in exclude}
    rivals = [
        ln
        for ln in page
        if ln is not guess
        and looks_like_title(ln.text)
        and len(re.findall(r"[^\W\d_]{3,}", ln.text)) >= 2
        and not _is_heading(ln.text)
        and _letters_only(ln.text) not in excluded
        and not _is_job_title(ln.text)
        and not _reads_as_a_person(ln.text)
    ]
    return not rivals


LEAD_SENTENCE_WORDS = 4


def _leads_on_to(prev: Line, line: Line) -> bool:
    """``prev`` is a sentence in lower case that runs on into ``line``, close under it on its page."""
    words = prev.text.split()
    return (
        prev.page == line.page
        and len(words) >= LEAD_SENTENCE_WORDS
        and prev.text[:1].islower()
        and prev.text.rstrip()[-1:] not in ".:;!?"
        and 0 <= line.bbox[1] - prev.bbox[3] < 1.5 * max(prev.height, line.height)
    )


def _letters_only(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


# "Verified Certificate of Program Completion", "Online Course Completion Certificate": a heading with
# words before it (HEADING_RE holds a line's start only).
COMPLETION_HEADING_RE = re.compile(
    r"\bcertificate\s+(?:of|de)\b.*\b(?:completion|achievement|attendance|participation|accomplishment)\b"
    r"|\b(?:completion|achievement|attendance|participation)\s+certificate\b"
    # "Training Certificate", "Course Certificate" standing alone ("Graduate Certificate" names a programme)
    r"|^\s*(?:training|course|class|completion|attendance|participation|achievement)\s+certificate\s*$",
    re.I,
)


def _is_heading(text: str) -> bool:
    return (
        HEADING_RE.search(text) is not None
        or COMPLETION_HEADING_RE.search(text) is not None
        or form_wording_only(text)
    )


# A letter's closing ("Sincerely,"): it ends the prose; no course is named there.
CLOSING_RE = re.compile(r"^\s*(?:sincerely|respectfully|regards|best regards|cordially)\b", re.I)


def looks_like_title(text: str) -> bool:
    """A course title has a capitalised word or a course code; "and is recorded as follows" has neither.

    Neither is a web address nor another field's ``Label: value`` ("Certificate No: A5705...").
    """
    if len(text) < 3 or _is_value_line(text) or URL_RE.search(text):
        return False
    if CLOSING_RE.search(text) or is_salutation(text):  # a letter's opening or closing names no course
        return False
    label = re.match(r"\s*([A-Za-z][A-Za-z .#/]{1,30}?)\s*:\s*\S", text)
    if label and re.search(r"(?i)\b(no|number|id|date|name|code|verify|url|page)\b", label.group(1)):
        return False
    # Dotted acronyms are titles too: "D.O.T.", "G.R.E.A.T.".
    # Accented letters count ("Prévention", "Atención"): a title may be in any Latin-script language.
    return bool(re.search(r"\b[A-ZÀ-ÖØ-Þ][^\W\d_]{2,}|\b[A-Z]{2,}-?\d|\b(?:[A-Z]\.){2,}[A-Z]\b", text))


# How courses are named, never bodies: "Foundations of Ethical Hacking" holds an organisation's word.
COURSE_FORM_RE = re.compile(
    r"^(?:foundations?|fundamentals|principles|introduction|basics|essentials)\s+(?:of|in|to|for)\b", re.I
)


def find_issuer(lines: Sequence[Line]) -> Evidence | None:
    """The issuing body: the top-most line naming an organisation (and not named as a course is)."""
    for line in lines[:8]:
        text = line.text
        organisation = ORG_RE.search(text) is not None and COURSE_FORM_RE.match(text) is None
        if organisation and not HEADING_RE.search(text) and not _is_value_line(text):
            return Evidence(page=line.page, bbox=line.bbox, text=text, conf=line.mean_conf)
    return None


def find_certificate_number(text: str) -> str | None:
    """The certificate's number after its label; a date is none ("CERTIFICATE NO." heading a grid's
    column, the line below starting with the course's date under another heading)."""
    for pattern in CERT_NO_RES:
        for m in pattern.finditer(text):
            value = m.group(1)
            if not any(d.span == (0, len(value)) for d in find_dates(value)):
                return value
    return None


def _month_only(lines: Sequence[Line]) -> bool:
    """A month and year ("March 2021") stand where the course date would: days are for a person to find."""
    return any(
        m.precision == "month" and not is_transmission_stamp(ln.text)
        for ln in lines
        for m in find_dates(ln.text)
    )


def _course_month_beside(lines: Sequence[Line], best: DateCandidate) -> bool:
    """A month and year labelled as the course's ("Session: Jun 2021", "Completed: June 2021") beside a
    day that is not labelled so: the day read is when the page was issued or printed (or says nothing),
    and the course's own day was never printed. With the issue date taken, an unlabelled month counts too
    ("June 2021" under the title, "Issued: 07/15/2021" in the footer)."""
    if best.label == "course":
        return False
    wanted: set[DateLabel | None] = {"course", None, "other"} if best.label == "issue" else {"course"}
    for ln in lines:
        if is_transmission_stamp(ln.text):
            continue
        for m in find_dates(ln.text):
            if m.precision == "month" and date_label(ln.text[: m.span[0]][-60:]) in wanted:
                return True
    return False


COURSE_DATE_UNREAD = "a course date is labelled but was not read: the date taken is the issue date"
# "Completion Date:", "Date(s) of Training", "Course Dates", "Date Completed": a label of the course's date.
COURSE_DATE_LABEL_RE = re.compile(
    r"\b(?:(?:completion|completed|course|training|class|attendance|event|session)\s+dates?"
    r"|dates?(?:\s*\(s\))?\s+(?:of\s+)?(?:completion|completed|training|course|class|attendance|attended))\b",
    re.I,
)


def _unread_course_date(lines: Sequence[Line], dates: Sequence[DateCandidate]) -> bool:
    """A line labels the course's date but no date was read on it (OCR glued or broke the value)."""
    on = {(c.page, c.line_index) for c in dates}
    return any(COURSE_DATE_LABEL_RE.search(ln.text) and (ln.page, i) not in on for i, ln in enumerate(lines))


# "Day 2 of 3": the page certifies one day of an event; "Module 3 of 5", "Part 1 of 2": one part of a series.
DAY_COUNTER_RE = re.compile(r"(?<![^\W\d_])day\s+(\d{1,2})\s+of\s+(\d{1,2})(?!\d)", re.I)
PART_COUNTER_RE = re.compile(
    r"(?<![^\W\d_])(?:module|part|unit|lesson|session|day|week|block)\s+\d{1,2}\s+of\s+\d{1,2}\s*$", re.I
)


def _one_day_of_the_event(
    lines: Sequence[Line], best: DateCandidate | None, dates: Sequence[DateCandidate]
) -> tuple[DateCandidate | None, list[str]]:
    """A page saying "Day 2 of 3" certifies one day of an event whose dates it may print as a range: the day
    printed alone that is the range's n-th is the course's; with none, a person picks the day. Several
    counters ("Day 1 of 3", "Day 2 of 3", ... an agenda) name every day: the range stands."""
    counters = {(int(m[1]), int(m[2])) for ln in lines for m in DAY_COUNTER_RE.finditer(ln.text)}
    if best is None or not best.is_range or len(counters) != 1:
        return best, []
    ((n, total),) = counters
    day = best.start + timedelta(days=n - 1)
    singles = [
        c
        for c in dates
        if not c.is_range and c.start == day and c.label not in ("issue", "report", "birth", "not_course")
    ]
    if 1 <= n <= total and day <= best.end and singles:
        return max(singles, key=lambda c: c.conf), []
    return best, [f"the page certifies day {n} of {total} of the event dated {best.start}..{best.end}"]


def read_certificate(lines: Sequence[Line]) -> CertificateReading:
    """All fields of a single-course document."""
    dates = date_candidates(lines)
    best_date, issue_date, date_notes = choose_dates(dates)
    best_date, day_notes = _one_day_of_the_event(lines, best_date, dates)
    date_notes = [*date_notes, *day_notes]
    if best_date is None and _month_only(lines):
        date_notes = [MONTH_ONLY]
    elif best_date is not None and _course_month_beside(lines, best_date):
        # The day taken was the issue date's: it is no reading of the course's, which printed its month
        # only (a person finds the day), as when no day is printed at all.
        date_notes = [*date_notes, MONTH_ONLY] if best_date.label != "issue" else [MONTH_ONLY]
        best_date = best_date if best_date.label != "issue" else None
    if best_date is not None and best_date.label == "issue" and _unread_course_date(lines, dates):
        date_notes.append(COURSE_DATE_UNREAD)
    hours_cands = hours_candidates(lines)
    best_hours, hour_notes = choose_hours(hours_cands)
    mentioned = any(HOURS_WORD_RE.search(ln.text) for ln in lines)
    if best_hours is None and mentioned and not _blank_hours_field(lines):
        hour_notes = [HOURS_NOT_READ]
    elif best_hours is not None and _unread_length(lines, hours_cands):
        hour_notes = [*hour_notes, UNREAD_LENGTH]
    # Names and titles are read per cell: a border's OCR debris beside them is another cell.
    cells = [c for c in page_cells(lines) if c.mean_conf >= MIN_CELL_CONF]
    name = find_participant(cells)
    issuer = find_issuer(cells)
    exclude = [e.text for e in (name, issuer) if e is not None]
    title = find_course_title(cells, exclude=exclude)
    cert_no = find_certificate_number("\n".join(ln.text for ln in lines))
    item: RawItem | None = None
    if title is not None:
        text, used, title_conf = title
        guess: TitleGuess | None = None
        if title_conf == GUESSED_TITLE_CONF and len(used) == 1:
            placed = guess_in_title_place(cells, used[0], name, exclude)
            guess = "placed" if placed else "loose"
            if placed:  # the line's own reading confidence; `classify` caps it unless the catalog names it
                title_conf = 1.0
        if any(w.engine != "text_layer" for ln in used for w in ln.words):
            text = english_title_unaccented(unglued_title(text))
        title_notes = ["course title may be cut off (unbalanced brackets)"] if _unbalanced(text) else []
        hour_notes += _total_of_listed_courses(best_hours, hours_cands, used)
        page = used[0].page
        boxes = [ln.bbox for ln in used]
        if best_date is not None and best_date.page == page:
            boxes.append(best_date.box)
        if best_hours is not None and best_hours.page == page:
            boxes.append(best_hours.box)
        item = RawItem(
            course_title=text,
            start_date=best_date.start if best_date else None,
            end_date=best_date.end if best_date else None,
            hours=best_hours.hours if best_hours else None,
            hours_text=best_hours.text if best_hours else None,
            date_text=best_date.text if best_date else None,
            page=page,
            bbox=union_box(boxes),
            title_conf=min(title_conf, min(ln.mean_conf for ln in used)),
            date_conf=best_date.conf if best_date else 0.0,
            hours_conf=best_hours.conf if best_hours else 0.0,
            source="certificate",
            title_guess=guess,
            notes=tuple(title_notes),
            date_notes=tuple(date_notes),
            hours_notes=tuple(hour_notes),
        )
    return CertificateReading(
        item=item,
        participant_name=name,
        issuer=issuer,
        certificate_number=cert_no,
        issue_date=issue_date,
        dates=tuple(dates),
    )


# "Certificate of Completion", "NASRO Certificate of Training": what a certificate opens with, wherever
# on its line ("Director of Training" under a signature is no heading; HEADING_RE holds a line's start).
OPENING_RE = re.compile(
    r"\b(?:certificate|certification|certificado|certificat|diploma)\s+(?:of|de|in|for)\b"
    r"|\b(?:training|completion|attendance|achievement|participation)\s+certificate\b",
    re.I,
)


def _opening_heading(text: str) -> bool:
    """A certificate's heading; its number ("Certificate No. 1234") opens nothing."""
    heading = HEADING_RE.search(text) is not None or OPENING_RE.search(text) is not None
    return heading and CERT_NO_RES[0].search(text) is None


def _cued(text: str, cues: Sequence[str], labels: Sequence[str]) -> bool:
    return (
        _label_value(text, labels) is not None
        or _bare_label(text, labels)
        or _find_cue(text, cues) is not None
    )


# Cached: a page's lines are asked again for every band tried across it.
@lru_cache(maxsize=4096)
def _dated(text: str) -> bool:
    """A date, or hours where OCR broke the date ("September 12, 20 18"): what a course record holds."""
    return bool(find_dates(text)) or HOURS_WORD_RE.search(text) is not None


@lru_cache(maxsize=4096)
def _names_someone(text: str) -> bool:
    return _cued(text, NAME_CUES, NAME_LABELS)


@lru_cache(maxsize=4096)
def _names_a_course(text: str) -> bool:
    return _cued(text, COURSE_CUES, COURSE_LABELS)


def opens_a_certificate(lines: Sequence[Line]) -> bool:
    """``lines`` hold what opens a certificate: a date or hours, and a certificate or completion heading
    or a person's cue ("certifies that", "Name:") with a course's ("has completed", "Course Title:").

    The part of a page past a wide white band (signatures, a footer, an outline) lacks them: it is the
    rest of one certificate, not a second one scanned beside it.
    """
    # Cells as well as lines: a label set apart from its value ("Name      Victor M. Salazar") is a cell.
    texts = [ln.text for ln in lines] + [c.text for c in page_cells(lines)]
    if not any(_dated(t) for t in texts):
        return False
    if any(_opening_heading(t) for t in texts):
        return True
    return any(_names_someone(t) for t in texts) and any(_names_a_course(t) for t in texts)
