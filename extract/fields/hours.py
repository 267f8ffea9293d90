"""Training hours in free text and in transcript table cells.

Only amounts tied to a unit ("40 hours", "2.4 CEUs", "30 minutos") or to an hours label ("Credit Hours: 16")
are read: a bare number in running text is far more often a code, a year or a page number than an hour count.
Amounts that cannot be pinned to one value (a range "1.50 - 2.00 h", a written number that disagrees with
the digits beside it) are left out rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from rapidfuzz.distance import Levenshtein
from word2number import w2n

from extract.fields.text import fold_accents, leftmost_longest, m_for_rn
from extract.types import Frozen

Unit = Literal["hours", "ceu", "minutes"]

HOURS_PER_CEU = 10.0  # IACET: one Continuing Education Unit is ten contact hours
MAX_HOURS = 1500.0  # above any single course; keeps years ("2019 hours report") out
_MAX_RANGE_RATIO = 4.0  # "1.5 - 2 h", "8-10 hours"; wider spreads are two unrelated numbers
_DECIMALS = 4  # 1h 26m = 1.4333; also hides float noise such as 0.3 * 10 = 3.0000000000000004


class HoursMatch(Frozen):
    """An hour amount as printed, converted to hours.

    ``labelled``: a spelled-out unit or an hours label was present (False for bare "h"/"m" abbreviations).
    ``in_title_form``: adjectival "40-Hour Course" wording, usually part of a course title, not a credit.
    """

    hours: float
    text: str
    span: tuple[int, int]
    unit: Unit
    labelled: bool
    in_title_form: bool = False


# --- token pieces ----------------------------------------------------------------------------------

# Thousands ("1,040") before decimals so "1,040" is not read as 1.04 followed by junk.
# "3½ hours": a whole number with a vulgar fraction glued on (the fraction alone, "½ day", is no amount here).
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "1/2": 0.5, "1/4": 0.25, "3/4": 0.75}
# A mixed number printed apart ("7 1/2", "7-1/2", "3 ¾"): one amount, never the whole number alone (a form's
# "Hours: 7 1/2" was read 7). The fraction must end there, so a date ("8 1/4/2023") is none.
_MIXED = r"\d{{1,4}}(?:\s?[½¼¾]|[ -](?:1/2|1/4|3/4)(?![\d/]))"
# A colon glued to the amount is a label's whose space a fax or a heavy scan lost ("Total Hours:16") when a
# letter stands before it; after a digit it is a clock's ("13:10").
# An amount glued to the unit word of the amount before it ("1.2 CEUs10 contact hours", a scan's lost space)
# is still an amount: no unit word ends in digits.
_NUM_BEFORE = r"(?:(?<![\w.,/-])|(?<=ceus)|(?<=ceu)|(?<=hours)|(?<=hrs))"
_NUM = (
    _NUM_BEFORE + r"(?<!(?<![^\W\d_]):)(?P<{n}>\d{{1,3}}(?:,\d{{3}})+(?!\d)|" + _MIXED + r"|\d{{1,4}}[½¼¾]|"
    r"\d{{1,4}}(?:[.,]\d{{1,2}})?(?!\d))"
    r"(?![.,]\d)"
)
# Only abbreviations take a dot, so a sentence-final "20 horas." does not swallow the full stop.
# "4 PDH", "6 PDHs": a professional development hour is one hour of instruction by definition (as a contact
# hour is), so the acronym is a unit of its own.
# "Zeitstunden" are clock hours, said so in German beside the 45-minute "Unterrichtsstunden" (left unread).
_HOUR_WORD = (
    r"(?P<hw>hours?|horas?|heures?|(?:zeit)?stunden?|std\.|hrs?\.?|hs\.?|pdhs?|h\.?)(?:\(s\))?(?![^\W\d_])"
)
_MIN_WORD = r"(?:minutes?|minutos?|mins?|m)\.?(?![^\W\d_])"
_SEC_WORD = r"(?:seconds?|segundos?|secs?|s)\.?(?![^\W\d_])"
_CEU_WORD = r"(?:ceu'?s?|c\.e\.u\.?'?s?|continuing\s+education\s+units?)(?![^\W\d_])"
# Words between amount and unit: "24 Contact Hours", "8 POST hours", "0.3 IACET CEU". Acronyms are matched
# case-sensitively so ordinary lower-case words ("40 of the hours") are not swallowed.
# An acronym may carry a speck's stop a fax added ("1.5 CE. hours"), or be glued to "CEU" ("0.3 IACETCEU").
_QUALIFIER = (
    r"(?:(?:contact|training|credit|clock|instructional|instruction|classroom|class|course|in-service|"
    r"inservice|continuing\s+education|approved|total)\s+|(?:ce|cle|cpe|pdh|(?-i:[A-Z]{2,6}))\.?\s+"
    r"|(?-i:[A-Z]{2,6}(?=CEU))){0,2}"
)
_RANGE_CONN = r"\s*(?:-|–|—|to|a|até|ate)\s*"
_RANGE_END = r"(?P<num2>\d{1,4}(?:[.,]\d{1,2})?)(?!\d|[.,]\d)"  # after a dash, so no look-behind
# Written English amounts up to 999. The grammar only admits well-formed numbers because word2number, which
# computes the value, happily adds up any sequence ("two three" -> 5, "eight and ten" -> 18).
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety"
_BELOW_100 = rf"(?:(?:{_TENS})(?:\s*-\s*|\s+)(?:{_UNITS})|{_TENS}|{_TEENS}|{_UNITS})(?![^\W\d_])"
_WORDS = (
    rf"(?<![^\W\d_])(?P<words>(?:{_UNITS})\s+hundred(?:(?:\s+and)?\s+{_BELOW_100})?|{_BELOW_100})"
    r"(?![^\W\d_])"
)
# What closes a label before its amount: a colon, or dot leaders ("TOTAL CREDIT HRS ........ 24.00"; a scan
# may space them, ". . . .", or print an ellipsis).
_LABEL_END = r"\s*(?:[:=]|(?:\.\s?){3,}|…+)\s*"
_HOURS_LABEL = (
    r"(?<![^\W\d_])(?:(?:total|credit|credited|contact|training|clock|course|class|ce|cpe|approved|earned|"
    r"awarded|instructional|professional|development)\s+)*"
    # "Hrs.:" an abbreviation's stop before the colon
    r"(?:hours?|hrs?\.?|pdhs?|horas|heures|stunden|carga\s+hor[aá]ria|duration|dura[cç][aã]o|duraci[oó]n|dur[ée]e"
    r"|dauer"
    # "Duration (hrs): 3.0", "Time Spent (hours): 2", "Length (h): 1.5": a length whose label states its unit
    r"|(?:duration|length|time(?:\s+spent)?)\s*\(\s*(?:in\s+)?(?:hours|hrs?\.?|h)\s*\))"
    # "Hours(s):", "Professional Development Hours (PDH):", "Contact Hours (CE):": a plural or an acronym
    # (never a unit of its own: "Duration (MIN): 90" is no 90 hours)
    r"(?:\s*\((?:s|(?!ceu|mins?\)|secs?\)|days?\)|wks?\))(?-i:[A-Z]{2,6}s?))\))?"
    # "Hours of instruction: 4", "Hours of training: 16": what the hours were spent on after the word
    r"(?:\s+of\s+(?:instruction|training|classroom\s+instruction|attendance|study|continuing\s+education))?"
    # "Horas lectivas: 16", "Horas académicas: 40": Spanish says what kind of hours after the word
    r"(?:\s+(?:completed|earned|awarded|credited|approved|attended|total|requested|reported|certified|lectivas"
    r"|acad[eé]micas"
    r"|cursadas|totales))?"
    # "Nombre d'heures de formation : 7", "Horas de capacitación: 16": what they were spent on, in French,
    # Spanish or Portuguese
    r"(?:\s+de\s+(?:formation|cours|formaci[oó]n|capacitaci[oó]n|instrucci[oó]n|curso|forma[cç][aã]o))?"
    + _LABEL_END
)
# After a label the number stands alone: "Hours: 2 of 3", "Hours: 12-05-2021", "Hours: 8:30" are not amounts;
# nor is it hours when another unit of time follows ("Duration: 90 minutes", "Duration: 3 days").
_NO_SECOND_NUMBER = (
    r"(?!\s*(?:of|de|[-/:])\s*\d)"
    r"(?!\s+\d{1,2}/\d{1,2}(?![\d/]))"  # "Hours: 8 1/8": a fraction _MIXED does not know follows
    r"(?!\s*(?:minutes?|minutos?|mins?|days?|d[ií]as?|tage?|weeks?|semanas?|wochen?|months?|mes(?:es)?|monate?)"
    r"\.?(?![^\W\d_]))"
)
# A length label before a clock-style value: "Duration: 05:14:51", "Duração: 2:30", "Total time: 1:45:00".
# Only labels that name a length, not "Hours:" ("Hours: 8:30" may be when the office opens), and never a
# time of day ("Duration: 10:00 AM" is a misfilled form).
_LENGTH_LABEL = (
    r"(?<![^\W\d_])(?:total\s+)?"
    r"(?:duration|dura[cç][aã]o|duraci[oó]n|dur[ée]e|dauer|time\s+spent|total\s+time|tempo\s+total"
    # an online course's or a video's length: "Seat time: 02:30:00", "Running time: 1:15:00", "Length: 2:30"
    r"|(?:seat|running|run|viewing|course|training|video|session)\s+time|run\s?time"
    r"|(?:(?:course|video|webinar|session|training|class)\s+)?length)"
    r"\s*[:=]\s*"
)
_CLOCK_LENGTH = (
    r"(?<!\d)(?P<h>\d{1,3}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:])(?!\s*[ap]\.?\s?m(?![^\W\d_]))"
)
# A label saying what its amount is closely enough to stand without a colon ("Hours Awarded 7,5",
# "Total Contact Hours 16"): it must be the whole line's end, so a title's "Hours" and a year stay out.
# "Total Instructional Hours 24.0": what kind of hours, as a second word, is no less a label.
_BARE_HOURS_LABEL = (
    r"(?<![^\W\d_])(?:(?:total|credit|contact|training|clock|instructional)\s+"
    r"(?:(?:contact|training|credit|clock|instructional|instruction|classroom)\s+)?"
    r"(?:hours|hrs)|(?:hours|hrs)\s+(?:awarded|earned|completed|credited))\s+"
)
# A label with no colon is a field's only when the field is set apart on its line: at the line's start, after
# a separator ("/", "|", a bullet) or a wide gap, and closing the line or before another separator or gap
# (never a number after the separator: "Hours 8 / 12" may be a part of a whole). Inside a sentence or a title
# ("the Golden Hours 2 course") the same words are no field.
_FIELD_BEFORE = r"(?:^|(?<=[/|•·])|(?<=[/|•·]\s)|(?<=\s\s))"
_FIELD_GAP = r"[ \t]{1,2}"
_FIELD_AFTER = r"(?=\s*$|\s*[/|•·](?!\s*\d)|\s\s)"
# "and One-Half", "and a half", "and three-quarters" after a written whole number of hours
_WORD_FRACTION = (
    r"(?:\s+and\s+(?P<frac>one[\s-]+half|a[\s-]+half|one[\s-]+quarter|a[\s-]+quarter|three[\s-]+quarters?)"
    r"(?![^\W\d_]))?"
)
_WORD_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}
# What vouches for the bare "h" and "m" of "1h 26m" besides an hours label: a duration's own labels.
# "Time spent: : 5h 12m": a scan's speck after the colon read as a second one
_DURATION_LABEL = r"(?<![^\W\d_])(?:(?:seat|total|course)\s+)?(?:time(?:\s+spent)?|length)\s*[:=](?:\s*:)?\s*"
_CEU_LABEL = rf"(?<![^\W\d_]){_CEU_WORD}(?:\s+(?:awarded|earned|completed|credited))?{_LABEL_END}"
# An hours label set off by a dash instead of a colon, its amount spelled out and in figures: "Hours of Credit
# Earned — Eight (8.0)", "Credit Hours – Sixteen (16)". The written number checks the digits, so the dash
# (which also joins a title to its subtitle) cannot make a stray number an amount.
_HOURS_LABEL_DASH = (
    r"(?<![^\W\d_])(?:(?:total|credit|credited|contact|training|clock|course|class|instructional)\s+)*"
    r"(?:hours?|hrs?\.?)(?:\s+of\s+(?:credit|instruction|training))?"
    # "Eared", "Eamed": a scan's "Earned" short of its "rn" (the written number still checks the figures)
    r"(?:\s+(?:earned|ea[rmn]ed|awarded|completed|credited|approved))?\s*(?:[:=]|\s[–—-]|[–—])\s*"
)
# A label of time spent with a bare amount and no unit: "Training time: 7.5", "Seat time: 2". Read as hours
# only below _CLOCK_HOURS_SURE ("Seat time: 45" is as likely minutes: it blocks).
_TIME_LABEL = (
    r"(?<![^\W\d_])(?:total\s+)?(?:(?:seat|training|course|class|instruction(?:al)?|contact)\s+time"
    r"|time\s+spent)\s*[:=]\s*"
)

# A length label whose value a scan left as letters and figures run together ("Time spent: Shi2m" for
# "5h 12m"): a second length printed, unread.
GARBLED_LENGTH_RE = re.compile(
    rf"(?i)(?:{_LENGTH_LABEL}|{_DURATION_LABEL}|{_TIME_LABEL})(?=\S*(?:\d[^\W\d_]|[^\W\d_]\d))"
)


# A label whose amount is minutes: "Instructional minutes: 480", "Total Minutes: 90", "Duration (min): 90",
# "Length (minutes): 45".
_MINUTES_LABEL = (
    r"(?<![^\W\d_])(?:(?:(?:total|instructional|instruction|training|contact|course|class|seat|credit|credited)\s+)*"
    r"minutes?(?:\s+of\s+(?:instruction|training))?"
    r"|(?:duration|length|time(?:\s+spent)?)\s*\(\s*(?:in\s+)?(?:minutes?|mins?\.?)\s*\))" + _LABEL_END
)


# Words that make the amount after them a round figure or a bound, not the length credited.
_APPROX = (
    r"(?:approximately|approx\.?|about|around|roughly|nearly|almost|over|more\s+than|at\s+least|up\s+to"
    r"|upwards\s+of|some|aproximadamente|cerca\s+de|m[aá]s\s+de|mais\s+de|environ|plus\s+de|~)"
)


def _n(name: str) -> str:
    return _NUM.format(n=name)


_H_M = (
    rf"{_n('h')}\s*{_HOUR_WORD}\s*,?\s*(?:and\s+|e\s+|y\s+)?(?P<m>\d{{1,2}})\s*"
    rf"(?:(?P<mw>{_MIN_WORD})|(?<=h\d\d)(?!\d)|(?<=\dh [0-5]\d)(?![\d.,:])|(?<=\d h [0-5]\d)(?![\d.,:]))"
    rf"(?:\s*,?\s*(?P<s>\d{{1,2}})\s*{_SEC_WORD})?"
)
# A time of day as French, Spanish, Portuguese or German issuers print it, "8h30", "9 h", "16:30": a
# valid hour and "h" or ":" and minutes (a bare "9" is no time).
_CLOCK_TIME = (
    r"(?<![\d.,:])(?:[01]?\d|2[0-3])(?:\s*[h:]\s*[0-5]\d|\s*h(?![^\W\d_]))(?!\d)"
    r"(?:\s*(?:[ap]\.?\s?m\.?|uhr)(?![^\W\d_]))?"
)
_CLOCK_TO = r"\s*(?:-|–|—|à|a|au|to|until|till|bis|hasta|até|ate)\s*"
_PATTERNS: dict[str, str] = {
    # "de 8 h 30 à 16 h 30", "Horaire : 8h30-16h30", "Horario: 9:00 a 13:00 hrs": a session's times of day,
    # no length (read "8h30" as 8.5 hours or "13:00 hrs" as 13 before); reported as blocked, nothing read
    "clock_span": rf"{_CLOCK_TIME}{_CLOCK_TO}{_CLOCK_TIME}(?:\s*{_HOUR_WORD})?",
    # "1h 26m", "2 hours 27 min", "1 HOUR , 20 MIN", "2h30", "7 h 30" (French: minutes after a bare "h")
    "h_m": _H_M,
    # "Duration: 1h 30m", "Time: 1h 26m": the label vouches for the bare "h"
    "label_h_m": rf"(?:{_HOURS_LABEL}|{_DURATION_LABEL}){_H_M}",
    # "Duration: 05:14:51": hours, minutes and seconds of a length label
    "label_clock": rf"{_LENGTH_LABEL}{_CLOCK_LENGTH}",
    # "1:30 hrs"
    "h_colon": rf"{_n('h')}:(?P<m>[0-5]\d)\s*{_HOUR_WORD}(?!\d)",  # not a fax header's "15:46 HR0M"
    # "Forty (40) Hours"; checked against the written number
    "words_num": rf"{_WORDS}\s*\(\s*{_n('num')}\s*\)\s*-?\s*{_QUALIFIER}{_HOUR_WORD}",
    # "02 (duas) horas", "8 (eight) hours": written English is checked, other languages cannot be
    "num_words": (
        rf"{_n('num')}\s*\(\s*(?P<words>[^\W\d_]+(?:[\s-]+[^\W\d_]+){{0,3}})\s*\)\s*{_QUALIFIER}{_HOUR_WORD}"
    ),
    # "Sixteen hours", "Forty-Hour", "Twelve and One-Half Hours", "seven and a half hours"
    "words": rf"{_WORDS}{_WORD_FRACTION}(?P<sep>\s*-\s*|\s+){_QUALIFIER}{_HOUR_WORD}",
    # "1.50 - 2.00 h", "8 to 10 hours": no single value, reported as blocked so neither end is read alone
    "range": rf"{_n('num')}{_RANGE_CONN}{_RANGE_END}\s*{_QUALIFIER}(?:{_HOUR_WORD}|{_CEU_WORD})",
    "label_range": rf"(?:{_HOURS_LABEL}|{_CEU_LABEL}){_n('num')}{_RANGE_CONN}{_RANGE_END}",
    # "40 hours", "24 Contact Hours", "8.0 hrs", "40-Hour", "20 horas"
    # (never a certificate or class number's part: "Certificate # 16-HR-0042", "Class 8H-2291")
    "num_hours": rf"{_n('num')}(?P<sep>\s*-\s*|\s*){_QUALIFIER}{_HOUR_WORD}(?![-/]\d)",
    # "(16) hours", "(8) Contact Hours": the digits alone in brackets; after a written number, words_num
    # starts further left and wins
    "paren_num": rf"\(\s*{_n('num')}\s*\)\s*{_QUALIFIER}{_HOUR_WORD}",
    # "0.3 IACET CEU", "2.4 CEUs"
    "num_ceu": rf"{_n('num')}\s*-?\s*{_QUALIFIER}{_CEU_WORD}",
    # "30 minutos", "45 min", "a 90-minute webinar"
    "num_min": rf"{_n('num')}\s*-?\s*(?:minutes?|minutos?|mins?\.?)(?![^\W\d_])",
    # "approximately 300 hours", "over 40 hours", "about 2 h": no stated amount, reported as blocked
    "approx": (
        # A speck read as a stop or comma after the word ("approximately. 300 hours" on a fax) leaves it
        # the same bound: the amount is still no credit (the safe reading: a person looks).
        rf"(?<![^\W\d_]){_APPROX}[.,]?\s+{_n('num')}(?:{_RANGE_CONN}{_RANGE_END})?\s*{_QUALIFIER}"
        rf"(?:{_HOUR_WORD}|{_CEU_WORD}|{_MIN_WORD})"
    ),
    # "Credit Hours: 16", "Hours Completed: 80.0", "Training Hours: 4.0 CEU", "Training Hours: 2.6 IACET CEU"
    # (the unit printed after the amount, past an accreditor's acronym, wins over the label)
    "label": (
        rf"{_HOURS_LABEL}{_n('num')}{_NO_SECOND_NUMBER}"
        # ... unless that unit is a label of its own value ("8.0  IACET CEUs: 0.8": both lengths printed)
        rf"(?:\s*{_QUALIFIER}(?P<ceu>{_CEU_WORD})(?![^\W\d_]*\s*[:=]?\s*\d)|\s*{_QUALIFIER}{_HOUR_WORD})?"
    ),
    # "Hours Awarded 7,5" closing its line
    "bare_label": rf"{_BARE_HOURS_LABEL}{_n('num')}\s*$",
    # "CEUs 0.8 / Hours 8", "Hrs 4 | Date 03/04/2021": a bare label and its amount set apart as a field
    "field_label": rf"{_FIELD_BEFORE}(?:hours|hrs\.?){_FIELD_GAP}{_n('num')}{_FIELD_AFTER}",
    "field_ceu_label": rf"{_FIELD_BEFORE}{_CEU_WORD}{_FIELD_GAP}{_n('num')}{_FIELD_AFTER}",
    # "CEUs: 2.4"
    "ceu_label": rf"{_CEU_LABEL}{_n('num')}{_NO_SECOND_NUMBER}",
    # "Hours of Credit Earned — Eight (8.0)": checked against the written number
    "label_words_num": rf"{_HOURS_LABEL_DASH}{_WORDS}\s*\(\s*{_n('num')}\s*\)(?!\s*[^\W\d_])",
    # "Instructional minutes: 480", "Duration (min): 90": a label of minutes before a bare amount
    "minutes_label": (
        rf"{_MINUTES_LABEL}{_n('num')}{_NO_SECOND_NUMBER}(?!\s*{_QUALIFIER}(?:{_CEU_WORD}|{_HOUR_WORD}))"
    ),
    # "Training time: 7.5" (no unit: with one, the unit's own pattern reads it); never CEUs or another unit
    "time_label": (
        rf"{_TIME_LABEL}{_n('num')}(?![½¼¾]|[ -](?:1/2|1/4|3/4)){_NO_SECOND_NUMBER}"
        rf"(?!\s*{_QUALIFIER}(?:{_CEU_WORD}|{_HOUR_WORD}))"
    ),
}
_COMPILED = {kind: re.compile(p, re.IGNORECASE) for kind, p in _PATTERNS.items()}


@dataclass(frozen=True)
class _Hit:
    span: tuple[int, int]
    value: float | None  # None: the text names an amount that cannot be read as one value
    unit: Unit = "hours"
    labelled: bool = True
    in_title_form: bool = False


def _number(raw: str) -> float:
    mixed = re.fullmatch(r"(\d+)[ -]?([½¼¾]|[13]/[24])", raw)
    if mixed and mixed[2] in _FRACTIONS:
        return float(mixed[1]) + _FRACTIONS[mixed[2]]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw):
        return float(raw.replace(",", ""))
    return float(raw.replace(",", "."))  # "4,5 horas": a decimal comma


def _written(words: str) -> float | None:
    try:
        return float(w2n.word_to_num(words.replace("-", " ")))
    except ValueError:  # word2number rejects sequences it cannot combine ("forty twenty")
        return None


def _adjectival(m: re.Match[str], value: float) -> bool:
    """'40-Hour Course' / '8 hour class': a hyphen, or a singular unit after a plural amount, then a word."""
    sep = m.groupdict().get("sep") or ""
    if "-" in sep:
        return True
    singular = m.group("hw").lower().rstrip(".") in ("hour", "hr", "hora", "heure", "stunde")
    return singular and value != 1 and re.match(r"\s+[^\W\d_]", m.string[m.end() :]) is not None


def _spelled(unit: str) -> bool:
    """A unit word rather than the bare letter "h", which OCR noise and clock times also produce."""
    return len(unit.rstrip(".")) > 1


def _hours_hit(m: re.Match[str], value: float | None, labelled: bool = True) -> _Hit:
    if value is None:
        return _Hit(m.span(), None)
    return _Hit(m.span(), value, "hours", labelled, _adjectival(m, value))


def _compound(m: re.Match[str]) -> _Hit:
    seconds = int(m.group("s") or 0)
    value = _number(m.group("h")) + int(m.group("m")) / 60 + seconds / 3600
    return _Hit(m.span(), value, "hours", labelled=_spelled(m.group("hw")) or _set_apart(m))


# Before a length set apart: nothing, or a symbol (a clock icon a text layer reads as "©", a bullet, a bar).
_SET_APART_BEFORE_RE = re.compile(r"(?:^|[^\w\s,.:;/()-])\s*$")


def _set_apart(m: re.Match[str]) -> bool:
    """A bare "1h 26m" with both letters, minutes under an hour, standing alone at its line's end (or after
    an icon): online courses print their length so, beside a clock icon. No word before it could make it
    a code or a session's number ("Session 1h 26m"), and "2h30" without its "m" may be a time of day."""
    return (
        m.group("mw") is not None
        and int(m.group("m")) < 60
        and not m.string[m.end() :].strip()
        and _SET_APART_BEFORE_RE.search(m.string, 0, m.start()) is not None
    )


def _checked(m: re.Match[str]) -> _Hit:
    """Digits beside a written number ("Forty (40)", "8 (eight)"): kept only when both say the same.

    Disagreeing numbers ("Forty (48) Hours") mean one was misprinted or misread, so no value is given. Words
    word2number cannot read ("02 (duas) horas") cannot disagree, and the digits stand.
    """
    digits = _number(m.group("num"))
    written = _written(m.group("words"))
    return _hours_hit(m, digits if written in (None, digits) else None)


# Units of time other than hours, as _NO_SECOND_NUMBER names them, compared with a misread word.
_OTHER_UNITS = (
    "minute", "minutes", "minuto", "minutos", "day", "days", "dia", "dias", "tag", "tage", "week", "weeks",
    "semana", "semanas", "woche", "wochen", "month", "months", "mes", "meses", "monat", "monate",
)  # fmt: skip
_NEXT_WORD_RE = re.compile(r"\s*([^\W\d_]{3,})")


def _misread_other_unit(text: str, end: int) -> bool:
    """The word right after a label's amount is a unit of time other than hours as OCR misreads it
    ("Duration: 90 minuteș", "90 mínutes", "90 rninutes", "2 dayș"): _NO_SECOND_NUMBER knows the units
    only as spelled, so the amount would read as that many hours. One letter off (accents folded, "rn"
    read for "m") is the unit; a word of its own ("Location", "Date") is another field. A short unit
    ("days", "tage") must be spelled out: one letter off, it is as near to other words ("Date")."""
    m = _NEXT_WORD_RE.match(text, end)
    if m is None:
        return False
    word = m_for_rn(fold_accents(m.group(1)).lower())
    return any(Levenshtein.distance(word, unit) <= (1 if len(unit) >= 6 else 0) for unit in _OTHER_UNITS)


def _label(m: re.Match[str]) -> _Hit:
    value = _number(m.group("num"))
    if m.groupdict().get(
        "ceu"
    ):  # "Training Hours: 4.0 CEU": the unit printed with the amount wins over the label
        return _Hit(m.span(), value * HOURS_PER_CEU, "ceu")
    if not m.groupdict().get("hw") and _misread_other_unit(m.string, m.end()):
        return _Hit(m.span(), None)  # an amount in another unit, misread: no hours, blocked
    return _Hit(m.span(), value, "hours")


def _range(m: re.Match[str]) -> _Hit | None:
    """A blocking hit for "1.50 - 2.00 h"; None when the first number is not a plausible lower bound.

    "2021 - 40 hours" or "Day 1 - 8 hours" are a year or a counter followed by an amount, not a range.
    """
    low, high = _number(m.group("num")), _number(m.group("num2"))
    if low < high <= low * _MAX_RANGE_RATIO:
        return _Hit(m.span(), None)
    return None


# An hours word with no number of its own just before a minutes amount ("hr 30 min", "Hours , 45 minutes"),
# in any language the minutes are read in ("2: horas 12 minutos": a fax's speck glued to the "2").
_HOURS_LOST_RE = re.compile(
    r"(?<!\d)(?<!\d\s)(?<![^\W\d_])(?:hours?|hrs?|horas?|heures?)\.?\s*,?\s*(?:(?:and|y|e|et)\s+)?$",
    re.IGNORECASE,
)


# ... and a minutes amount misread after an hours amount ("1 hr 30 miņ", "2 hours 15 rnin").
_MINUTES_UNREAD_RE = re.compile(
    r"\s*,?\s*(?:and\s+)?(?P<mins>\d{1,2})\s*(?:m|rn)(?:[i1l|íìįı][^\W\d_]{0,6})?(?![^\W\d_])", re.IGNORECASE
)


# A time of day on the 24-hour clock, as police and military issuers print it ("0830 hrs", "from 1300 to
# 1700 hours", "0900-1700 hrs"): four digits, a valid hour and minute, with a leading zero, a clock word or
# another such time before it. Never an amount ("1200 hours" alone may be an academy's length, kept).
_MILITARY_TIME_RE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_CUE_BEFORE_RE = re.compile(
    r"(?:(?<![^\W\d_])(?:at|from|to|until|till|thru|through|by|between|and|begins?|began|beginning|starts?|started|"
    r"starting|ends?|ended|ending|time|conven\w*|adjourn\w*|arriv\w*|report\w*|dismiss\w*|conclud\w*)\s*[:=]?|(?<!\d)(?:[01]\d|2[0-3])[0-5]\d\s*(?:(?:hours|hrs?)\.?\s*)?(?:-|–|—|to)"
    r")\s*$",
    re.IGNORECASE,
)


def _time_of_day(m: re.Match[str]) -> bool:
    """The amount before an hours word is a 24-hour clock time ("0830 hrs", "until 1600 hours")."""
    num = m.groupdict().get("num") or ""
    if not _MILITARY_TIME_RE.fullmatch(num):
        return False
    return num.startswith("0") or _CLOCK_CUE_BEFORE_RE.search(m.string, 0, m.start("num")) is not None


# The format a clock-style length states after it: "02:30:00 (hh:mm:ss)", "45:00 (mm:ss)".
_CLOCK_FORMAT_RE = re.compile(r"\s*\(\s*(?P<fmt>h{1,2}\s*:\s*mm(?:\s*:\s*ss)?|mm\s*:\s*ss)\s*\)", re.I)
# "1:30" is an hour and a half and "Total time: 12:00" a long day's course; "45:00" or "20:15" would be more
# hours than one sitting holds, and is as likely a video's 45 minutes
_CLOCK_HOURS_SURE = 13


def _clock_length(m: re.Match[str]) -> _Hit:
    """A length label's clock-style value: hours, minutes and seconds ("05:14:51"); two numbers are hours
    and minutes ("2:30") unless the value states minutes and seconds ("45:00 (mm:ss)"). Two numbers with
    13 or more in front and no stated format ("Video length: 45:00") are minutes and seconds of a video as
    often as hours of a course: unreadable as one amount, they block (a person looks)."""
    h, mins, secs = int(m.group("h")), int(m.group("m")), int(m.group("s") or 0)
    stated = _CLOCK_FORMAT_RE.match(m.string, m.end())
    fmt = re.sub(r"\s", "", stated.group("fmt").lower()) if stated else None
    if m.group("s") is None and fmt == "mm:ss":
        return _Hit(m.span(), (h + mins / 60) / 60)
    if m.group("s") is None and fmt is None and h >= _CLOCK_HOURS_SURE:
        return _Hit(m.span(), None)
    return _Hit(m.span(), h + mins / 60 + secs / 3600)


def _interpret(kind: str, m: re.Match[str]) -> _Hit | None:
    if kind == "clock_span":
        return _Hit(m.span(), None)
    if kind in ("num_hours", "paren_num", "label") and _time_of_day(m):
        return _Hit(m.span(), None)  # a time of day, no length: it blocks, nothing more
    if kind == "h_m":
        return _compound(m)
    if kind == "label_h_m":
        return replace(_compound(m), labelled=True)
    if kind == "label_clock":
        return _clock_length(m)
    if kind == "h_colon":
        return _Hit(m.span(), _number(m.group("h")) + int(m.group("m")) / 60)
    if kind == "time_label":
        hit = _label(m)
        if hit.value is not None and hit.value >= _CLOCK_HOURS_SURE:
            return _Hit(m.span(), None)  # "Seat time: 45": minutes as likely as hours, a person reads it
        return hit
    if kind == "label_words_num":
        digits = _number(m.group("num"))
        return _Hit(m.span(), digits if _written(m.group("words")) == digits else None)
    if kind in ("words_num", "num_words"):
        return _checked(m)
    if kind == "words":
        whole = _written(m.group("words"))
        frac = (m.group("frac") or "").lower()
        if whole is not None and frac:
            part = _WORD_FRACTIONS[re.split(r"[\s-]+", frac)[-1]]
            whole += 0.75 if frac.startswith("three") else part
        return _hours_hit(m, whole)
    if kind == "minutes_label":
        return _Hit(m.span(), _number(m.group("num")) / 60, "minutes")
    if kind == "field_label":
        return _Hit(m.span(), _number(m.group("num")), "hours")
    if kind == "field_ceu_label":
        return _Hit(m.span(), _number(m.group("num")) * HOURS_PER_CEU, "ceu")
    if kind == "approx":
        return _Hit(m.span(), None)
    if kind in ("range", "label_range"):
        return _range(m)
    if kind in ("num_hours", "paren_num"):
        if _OWN_AMOUNT_AFTER_RE.match(m.string, m.end()):
            return None  # "Session 3   Hours: 8": the hours word opens a label of its own amount
        unread = _MINUTES_UNREAD_RE.match(m.string, m.end())
        if unread and unread.group("mins").strip("0"):
            return _Hit(m.span(), None)  # "1 hr 30 miņ": minutes follow that the compound could not read
        # "4 hrs. 0 miņ." (a fax's speck on "min"): no minutes add nothing, whatever their unit reads.
        return _hours_hit(m, _number(m.group("num")), labelled=_spelled(m.group("hw")))
    if kind == "num_ceu":
        if _HOURS_WORD_BEFORE_RE.search(m.string, 0, m.start()) and _AMOUNT_AFTER_RE.match(m.string, m.end()):
            # "Contact Hours 8.0  IACET CEUs 0.8": both lengths printed without colons; the amount before
            # the CEU word is the hours label's, the CEU word labels the amount after it.
            return _Hit(m.span(), _number(m.group("num")), "hours")
        return _Hit(m.span(), _number(m.group("num")) * HOURS_PER_CEU, "ceu")
    if kind == "num_min":
        if _HOURS_LOST_RE.search(m.string, 0, m.start()):
            # "Duration hr 30 min": the hours of "1 hr 30 min" were printed but not read; the minutes
            # alone are no total.
            return _Hit(m.span(), None)
        return _Hit(m.span(), _number(m.group("num")) / 60, "minutes")
    if kind in ("label", "bare_label"):
        return _label(m)
    return _Hit(m.span(), _number(m.group("num")) * HOURS_PER_CEU, "ceu")  # ceu_label


# After an hours word, a label's end and an amount: the word is the label of that amount ("Session 3   Hours:
# 8", "Presentation 003  Hours Certified: 16"), so the number before it is another field's (a session's, a
# class's). "8 Hours: Juvenile Law" (no amount after the colon) keeps its 8.
_OWN_AMOUNT_AFTER_RE = re.compile(
    r"(?:\s+(?:completed|earned|awarded|credited|approved|attended|certified|total))?" + _LABEL_END + r"\d",
    re.IGNORECASE,
)
_HOURS_WORD_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:hours?|hrs?)\.?\s*[:=]?\s*$", re.IGNORECASE)
_AMOUNT_AFTER_RE = re.compile(r"\s*[:=]?\s*\d{1,3}(?:[.,]\d{1,2})?(?![\d.,/:-])")


# "8 hours per day", "2 hrs/week", "6 hours each session", "4 horas diarias": a rate, not the course's total.
_RATE_RE = re.compile(
    r"\s*(?:(?:per|each|a|every|/|por|cada)\s*(?:day|session|class|week|month|year|module|night|evening|shift|dia|d[ií]a"
    r"|semana|m[eê]s|a[nñ]o)s?|daily|weekly|monthly|annually|di[aá]ri[ao]s?"
    # "Sessions: 09/12 and 09/19 (4 hours each)": the amount of each of several parts, no total
    r"|each|apiece|cada\s+un[ao])(?![^\W\d_])",
    re.IGNORECASE,
)


def _rate(hit: _Hit, text: str) -> _Hit:
    """An amount followed by "per day" or the like is unreadable as a total: it blocks, nothing more."""
    m = _RATE_RE.match(text, hit.span[1])
    if hit.value is None or m is None:
        return hit
    return _Hit((hit.span[0], m.end()), None)


# "(1 Training Unit = 4 Hours)", "one credit equals 3 hours": what one unit of another measure is worth, right
# before an amount of hours. The unit's name is one to three words.
_PER_UNIT_BEFORE_RE = re.compile(
    r"(?<![\w.,])(?:1|one)\s+(?P<unit>[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,2}?)\s*(?:=|equals|is\s+equal\s+to)\s*$",
    re.IGNORECASE,
)


def _unit_count_re(unit: str) -> re.Pattern[str]:
    """A count of ``unit``, singular or plural ("2 Training Units", "3.5 credits")."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", unit.lower())]
    words[-1] = words[-1].removesuffix("s") + "s?"
    return re.compile(
        r"(?<![\w.,])(\d{1,4}(?:[.,]\d{1,2})?)\s+" + r"[\s-]+".join(words) + r"(?![^\W\d_])", re.I
    )


def _per_unit(hit: _Hit, text: str) -> _Hit:
    """Hours that say what one unit of another measure is worth are a rate: the course's hours are the
    count of that unit printed beside it times the rate ("2 Training Units (1 Training Unit = 4 Hours)": 8).
    With no count, or counts that differ, the rate is no total: it blocks. A CEU's rate beside a count of
    CEUs agrees with the CEU reading; alone ("1 CEU = 10 contact hours") it is the award itself."""
    before = _PER_UNIT_BEFORE_RE.search(text, 0, hit.span[0])
    if hit.value is None or hit.unit != "hours" or before is None:
        return hit
    unit = before.group("unit")
    if re.fullmatch(_HOUR_WORD, unit, re.IGNORECASE):
        return hit  # "1 hour = 60 minutes" is no other measure
    counts = {_number(c.group(1)) for c in _unit_count_re(unit).finditer(text) if c.start() != before.start()}
    span = (before.start(), hit.span[1])  # the "1 CEU" of the rate is no amount of its own either
    if not counts and re.fullmatch(_CEU_WORD, unit, re.IGNORECASE):
        return replace(hit, span=span)
    if len(counts) != 1:
        return _Hit(span, None)
    return _Hit(span, round(counts.pop() * hit.value, _DECIMALS), "hours", hit.labelled)


def states_an_approximate_amount(text: str) -> bool:
    """``text`` gives a length as a round figure or a bound ("approximately 300 hours"): a value of its
    own that is no credit, so the line is no part of a title."""
    return _COMPILED["approx"].search(text) is not None


def find_hours(text: str) -> list[HoursMatch]:
    """Every hour amount with a unit or hours label, in reading order; CEUs and minutes converted to hours."""
    found = (_interpret(kind, m) for kind, pattern in _COMPILED.items() for m in pattern.finditer(text))
    # An impossible amount ("2018 Hours Completed: 24.0": the year before the label) is dropped before
    # overlaps are settled, so it cannot hide the real one; an unreadable one (None) still blocks.
    hits = [
        _per_unit(_rate(h, text), text)
        for h in found
        if h is not None and (h.value is None or 0 <= h.value <= MAX_HOURS)
    ]
    return _summed(
        [
            HoursMatch(
                hours=round(h.value, _DECIMALS),
                text=text[h.span[0] : h.span[1]],
                span=h.span,
                unit=h.unit,
                labelled=h.labelled,
                in_title_form=h.in_title_form,
            )
            for h in _without_included_parts(leftmost_longest(hits), text)
            if h.value is not None
        ],
        text,
    )


# Between a length and an amount it says it holds: "7.5 hours (including a 0.5-hour written examination)",
# "16 hours, of which 2 hours online", "8 hrs incl. 1 hr range time": no other amount between them.
_INCLUDED_RE = re.compile(
    r"\s*[(\[,;:–—-]?\s*(?:including|includes|included|incl\.?|inclusive\s+of|of\s+which|comprising|"
    r"incluyendo|incluidas?|dont|inclus|einschlie(?:ß|ss)lich|davon)(?![^\W\d_])[^\d()\[\]]{0,40}",
    re.IGNORECASE,
)


def _without_included_parts(hits: list[_Hit], text: str) -> list[_Hit]:
    """An amount the length before it says it includes is a part of that length, no other length: it is
    dropped (the total stays). Only a read amount holds parts; after a blocked one the part stays."""
    out: list[_Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.value is not None
            and h.value is not None
            and h.value < prev.value
            and _INCLUDED_RE.fullmatch(text, prev.span[1], h.span[0])
        ):
            continue
        out.append(h)
    return out


# Between two parts' hours, a plus and the parts' names: "instructor-led 6 h + online 2 h", "6 hours
# classroom + 2 hours online"; no digit (another amount) and no "=" (a total follows: it is read itself).
_PLUS_BETWEEN_RE = re.compile(r"[^\d=+]{0,25}\+[^\d=+]{0,25}")


def _summed(matches: list[HoursMatch], text: str) -> list[HoursMatch]:
    """Amounts of hours added up on the page ("instructor-led 6 h + online 2 h") are one amount, their sum:
    the parts of one course's delivery, printed without a total. Each part must print its unit, so a
    plus between a length and a CEU figure, or a bare number, adds nothing."""
    out: list[HoursMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.unit == m.unit == "hours"
            and not (prev.in_title_form or m.in_title_form)
            and _PLUS_BETWEEN_RE.fullmatch(text[prev.span[1] : m.span[0]])
            and re.search(r"[^\W\d_]", text[m.span[0] : m.span[1]])  # "2 h", not a bare "2"
        ):
            span = (prev.span[0], m.span[1])
            out[-1] = HoursMatch(
                hours=round(prev.hours + m.hours, _DECIMALS),
                text=text[span[0] : span[1]],
                span=span,
                unit="hours",
                labelled=True,  # two amounts each with its unit, added: no clock time, no grade
            )
            continue
        out.append(m)
    return out


# --- table cells --------------------------------------------------------------------------------------

# OCR reads 0 as O and 1 as l/I inside numbers ("4.0O"); only tokens that already hold a digit are repaired.
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
_BARE_NUMBER = re.compile(r"\d{1,4}(?:[.,]\d{1,2})?\.?|\d{1,3}(?:,\d{3})+")


def _repair_token(token: str) -> str:
    if re.fullmatch(r"[\dOolI.,]+", token) and re.search(r"\d", token):
        return token.translate(_OCR_DIGITS)
    return token


def parse_hours_cell(text: str) -> float | None:
    """Hours in one transcript table cell ("4.00", "16 hrs", "0.3 CEU"); None for anything else."""
    cell = " ".join(_repair_token(t) for t in text.split())
    if _BARE_NUMBER.fullmatch(cell):
        value = _number(cell.rstrip("."))
        return round(value, _DECIMALS) if value <= MAX_HOURS else None
    found = find_hours(cell)
    if len(found) == 1 and found[0].span == (0, len(cell)):
        return found[0].hours
    return None
