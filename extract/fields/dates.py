"""Dates and date ranges in free certificate or transcript text, plus what the words before a date say it is.

Why regexes and not ``dateutil.parser.parse(fuzzy=True)``: fuzzy parsing skips the words it does not know
and builds a date from whatever digits remain, so a phone number ("555-0140"), a course code ("LE-483") or a
certificate number ("17-1650") comes back as a confident date. Here a regex front-end admits only
date-shaped token sequences; dateutil then supplies the English month names and calendar arithmetic.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Literal

from dateutil.parser import parserinfo
from dateutil.relativedelta import relativedelta

from extract.fields.text import leftmost_longest
from extract.types import Frozen

Precision = Literal["day", "month"]
# "not_course": a date a certificate prints that is never when the course was held (expiry, renewal,
# revision of the form, hire); "other": a date whose label says nothing of what it is ("Date:").
DateLabel = Literal["course", "issue", "report", "birth", "not_course", "other"]

# Why an item whose date printed its month only goes to a person: the day nobody printed is not made up.
MONTH_ONLY = "only the month and year are printed, no day"
# Why an item dated by the week it fell in goes to a person: "the week of June 7, 2021" prints the week's
# first day, not the course's, so which day (or days) it was held is not on the page.
WEEK_ONLY = "only the week is printed ('week of'), not the course's day"
# Before a date, a phrase that makes it the week's and not the day's: "the week of", "Week beginning:",
# "week ending", "w/o" (as rosters abbreviate "week of"), "la semana del", "la semaine du".
_WEEK_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:week|wk\.?)\s+(?:of|beginning|beginning\s+on|commencing|starting|ending|ended)"
    r"|w/[oe]|semana\s+del?|semaine\s+du)\s*[:,-]?\s*$",
    re.IGNORECASE,
)
MIN_YEAR = 1950
MAX_YEAR = 2100
MAX_GLUED_RANGE_DAYS = 31


class DateMatch(Frozen):
    """A date or date range as printed; ``start == end`` for a single date.

    ``precision == "month"`` means only month and year were printed; ``start``/``end`` are then the first and
    last day of that month and must not be read as exact days.
    """

    start: date
    end: date
    text: str
    span: tuple[int, int]
    precision: Precision = "day"
    # Both numbers of a numeric day-first-style date ("03.04.2022") could be the month: which one is
    # the day is a convention of the issuer's country, not something the text says.
    order_unsure: bool = False

    @property
    def is_range(self) -> bool:
        """Two ends printed ("June 2015 to August 2020", "June 25-30, 2023"), not one day or one month."""
        if self.precision == "month":
            return (self.start.year, self.start.month) != (self.end.year, self.end.month)
        return self.start != self.end

    @property
    def first_span(self) -> tuple[date, date]:
        """The earliest and latest day the date (a range: its first end) can be."""
        if self.precision == "month":
            return self.start, self.start + relativedelta(day=31)
        return self.start, self.start

    @property
    def last_span(self) -> tuple[date, date]:
        """The earliest and latest day the date (a range: its second end) can be."""
        if self.precision == "month":
            return self.end.replace(day=1), self.end
        return self.end, self.end


# --- month names --------------------------------------------------------------------------------------

# Portuguese, Spanish, French (and German) names; English ones come from dateutil so the two tables cannot
# drift apart.
_ROMANCE_MONTHS: dict[str, int] = {
    "janeiro": 1, "enero": 1, "fevereiro": 2, "febrero": 2, "março": 3, "marco": 3, "marzo": 3,
    "abril": 4, "maio": 5, "mayo": 5, "junho": 6, "junio": 6, "julho": 7, "julio": 7, "agosto": 8,
    "setembro": 9, "septiembre": 9, "setiembre": 9, "outubro": 10, "octubre": 10, "novembro": 11,
    "noviembre": 11, "dezembro": 12, "diciembre": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    # German (April, August, September, November are spelt as in English; "Mai" is a short form below)
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12,
    # Italian (marzo, agosto, novembre are spelt as in Spanish or French)
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
}  # fmt: skip
# Short Romance forms that are also English words ("set", "out", "ago"): only trusted between day and year.
_ROMANCE_ABBREV: dict[str, int] = {
    "ene": 1, "fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dez": 12, "dic": 12, "mars": 3,
    # French and German abbreviations ("12 janv. 2022", "12 déc. 2022", "12. Mär. 2022", "3. Okt. 2022")
    "janv": 1, "févr": 2, "fevr": 2, "fév": 2, "avr": 4, "juil": 7, "déc": 12, "mär": 3, "okt": 10, "jän": 1,
}  # fmt: skip


def _english_months() -> dict[str, int]:
    names: dict[str, int] = {}
    for number, forms in enumerate(parserinfo.MONTHS, start=1):
        for form in forms:
            names[form.lower()] = number
    return names


_SAFE_MONTHS = {**_english_months(), **_ROMANCE_MONTHS}
_ALL_MONTHS = {**_SAFE_MONTHS, **_ROMANCE_ABBREV}


def _alternation(names: dict[str, int]) -> str:
    # Longest first so "September" is not cut to "Sep" by the alternation.
    return "|".join(sorted(names, key=len, reverse=True))


def _month_group(name: str, names: dict[str, int]) -> str:
    return rf"(?<![^\W\d_])(?P<{name}>{_alternation(names)})(?![^\W\d_])\.?"


# --- token pieces ----------------------------------------------------------------------------------

_ORD = r"(?:st|nd|rd|th|er|\.?º|°|\.?ª)?"  # "1.º de marzo": a Spanish ordinal's stop before its sign
_YEAR = r"(?P<{n}>(?:19|20|21)\d\d)(?!\d)"
# OCR sometimes splits a year before its last digit ("201 1-03-07"); only the ISO form is read so, where
# the dash after it leaves no doubt that the four digits are one year.
_SPLIT_YEAR = r"(?P<y>(?:19|20|21)\d(?: (?=\d-))?\d)(?!\d)"
_DAY = r"(?<!\d)(?P<{n}>[0-3]?\d)" + _ORD + r"(?!\d)"
# Words that may sit between day, month and year: "3rd day of March, 2021", "28 de abril de 2026", "A.D.".
_OF = r"(?:(?:day\s+)?of\s+(?:the\s+month\s+of\s+)?|del?\s+)"
_DM_SEP = rf"(?:\s*[-/.]\s*|\s+{_OF}?)"
_MY_SEP = rf"(?:\s*[-/]\s*|,?\s*(?:{_OF}|in\s+the\s+year\s+(?:of\s+)?)?(?:A\.?\s?D\.?\s+)?)"
# Digits glued to letters, dots or a letter-dash ("IS-362") are a code; a dash after a digit may join a range.
# A dot right before a date is a speck (".10/21/2019" on a scan), unless it follows a word or a number
# ("No.10/21", "1.10/21/2019"). A colon after a word is its label's, the space after it lost ("Date of
# training:10/18/2022" as a second engine reads it); after a digit it is a clock's ("13:10").
_NUM_LEFT = r"(?<![\w/])(?<![\d:]:)(?<![\w.]\.)(?<![^\W\d_]-)"
_NUM_RIGHT = r"(?![\w]|[./:]\d)"
# After a four-digit year, a word glued on ("04/05/2022Hours: 4"): a scan lost the space before the next
# label. Only a word of letters ("Hours", "HOURS"), never letters running into digits (a code "2022AB12").
_YEAR_RIGHT = rf"(?:{_NUM_RIGHT}|(?-i:(?=[A-Z][A-Za-z]{{2,}}(?![A-Za-z0-9]))))"
# Connectors inside one range; a dash may come doubled ("28 -- July 2", or "28 - - July 2" where two OCR
# readings pooled both saw it). "and"/"&"/"e"/"y" only join bare days ("June 7 & 8"); between two full dates
# they usually list separate sessions, so the full-date merge below leaves them out.
# An ISO timestamp's time right after its date ("T14:22:11Z"). A UTC time before 10:00 may fall on the day
# before in a US time zone (UTC-4 to UTC-10: 03:00Z is the evening before in New York), so its date is not
# surely the local one: no date is read from it.
_ISO_TIME_RIGHT = (
    r"(?-i:(?=T(?:1\d|2[0-3]):[0-5]\d|T0\d:[0-5]\d(?::[0-5]\d)?+(?:\.\d+)?+(?!\s*Z|[+-]00:?00)))"
)
_MORE_DASHES = r"(?:\s*[-–—~]){0,2}"
# A dashed ISO date whole ("2023-07-11"): ISO 8601 writes an interval as two of them around a slash.
_ISO_DAY = r"(?:19|20|21)\d\d-[01]?\d-[0-3]?\d"
_ISO_DASHED = rf"{_ISO_DAY}(?![\w]|[./:]\d)"
_ISO_INTERVAL = re.compile(rf"{_ISO_DAY}/{_ISO_DAY}")
_SPAN_CONN = (
    rf"(?:\s*[-–—~]{_MORE_DASHES}\s*"
    r"|\s+(?:to|thru|through|until|till|and|a|al|au|e|et|y|hasta|até|ate)\s+|\s*&\s*"
    # German "3. bis 5. Mai 2022": the day's ordinal dot before "bis"
    r"|\.?\s+bis\s+)"
)
_WEEKDAY = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|sábado|sabado|domingo"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes"
)
# The second half of "Sunday, July 16 - Friday, July 21, 2023" may start with its weekday too.
_SPAN_CONN_DAY = rf"{_SPAN_CONN}(?:(?:{_WEEKDAY})\.?,?\s*)?"
# The second date of "Monday, January 6, 2020 - Friday, January 10, 2020" starts after its weekday.
_MERGE_CONN = re.compile(
    rf"\s*(?:[-–—~|]{_MORE_DASHES}|to|thru|through|until|till|a|al|au|hasta|até|ate|bis)\s*(?:(?:{_WEEKDAY})\.?,?\s*)?",
    re.IGNORECASE,
)
# Two whole days joined by "and" or "&" are two sessions ("March 3, 2021 and March 10, 2021"), unless they
# are back to back ("03/28/2023 & 03/29/2023"): then they are one course's two days, the span they cover (as
# a list of days "3/6, 3/7 & 3/8/2023" is read).
_AND_CONN = re.compile(r"\s*(?:and|&|et|y|e|und)\s*", re.IGNORECASE)


# Days as ordinal words, in prose: "on the twelfth day of May, 2021", "this Twenty-First Day of June".
_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
_ORDINAL_WORDS: dict[str, int] = {w: i for i, w in enumerate(_ORDINALS, start=1)}
_ORDINAL_WORDS |= {f"twenty-{w}": 20 + i for w, i in list(_ORDINAL_WORDS.items())[:9]}
_ORDINAL_WORDS |= {"thirtieth": 30, "thirty-first": 31}
# "on the twelfth of September, 2023": without "day" the ordinal needs "the" before it (a bare "twelfth of
# May" may be a count), and may not be "first" or "second", words of other senses ("the second of May 2021"
# stays the month).
_WORD_DAY = (
    r"(?<![^\W\d_])(?:(?P<the>)(?<=the\s))?(?P<wd>"
    + "|".join(sorted((w.replace("-", r"[\s-]") for w in _ORDINAL_WORDS), key=len, reverse=True))
    # a script face's "y" reads as "g"
    + r")\s+(?:(?P<dy>da[yg])\s+)?(?(dy)|(?(the)(?<!first\s)(?<!second\s)|(?!)))"
    + r"of\s+(?:the\s+month\s+of\s+)?"
)


def _word_day(word: str) -> int:
    return _ORDINAL_WORDS[re.sub(r"\s+", "-", word.lower())]


# Years in words, as diplomas and formal certificates print them: "two thousand twenty-one", "two thousand
# and three", "nineteen hundred ninety-nine".
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_CARDINALS: dict[str, int] = (
    {w: i for i, w in enumerate(_UNITS, start=1)}
    | {w: i for i, w in enumerate(_TEENS, start=10)}
    | {w: 10 * i for i, w in enumerate(_TENS, start=2)}
)
_CARDINALS |= {f"{t}-{u}": _CARDINALS[t] + _CARDINALS[u] for t in _TENS for u in _UNITS}
_CARDINAL_RE = "|".join(sorted((w.replace("-", r"[\s-]") for w in _CARDINALS), key=len, reverse=True))
_WORD_YEAR = (
    rf"(?P<yc>two\s+thousand|nineteen\s+hundred)(?:\s+and)?(?:\s+(?P<yn>{_CARDINAL_RE}))?(?![^\W\d_])"
)


def _words_year(m: re.Match[str]) -> int:
    """The year a ``_WORD_YEAR`` match spells: "two thousand twenty-one" -> 2021."""
    base = 2000 if m.group("yc").lower().startswith("two") else 1900
    rest = m.group("yn")
    return base + (_CARDINALS[re.sub(r"\s+", "-", rest.lower())] if rest else 0)


def _y(n: str) -> str:
    return _YEAR.format(n=n)


def _d(n: str) -> str:
    return _DAY.format(n=n)


_PATTERNS: dict[str, str] = {
    # "June 7-11, 2021", "December 21 - 25, 2015"
    "md_d_y": rf"{_month_group('m1', _SAFE_MONTHS)}\s*{_d('d1')}{_SPAN_CONN}{_d('d2')}\s*,?\s*{_y('y')}",
    # "June 28 - July 2, 2021"
    "md_md_y": (
        rf"{_month_group('m1', _SAFE_MONTHS)}\s*{_d('d1')},?{_SPAN_CONN_DAY}"
        rf"{_month_group('m2', _SAFE_MONTHS)}\s*{_d('d2')}\s*,?\s*{_y('y')}"
    ),
    # "March 3, 4 and 5, 2021", "June 7, 8, 9, 2021": days listed, read as the span they cover
    "md_list_y": (
        rf"{_month_group('m1', _SAFE_MONTHS)}\s*{_d('d1')}(?P<mid>(?:\s*,\s*[0-3]?\d{_ORD}(?!\d))*)"
        rf"(?:\s*,?\s+(?:and|e|y)\s+|\s*,?\s*&\s*|\s*,\s*){_d('d2')}\s*,?\s*{_y('y')}"
    ),
    # "6, 7 y 8 de marzo de 2023", "6, 7 and 8 March 2023": days listed before their month, read as the span
    # they cover (two days joined by "and" alone are d_dm_y's)
    "d_list_my": (
        rf"{_d('d1')}(?P<mid>(?:\s*,\s*[0-3]?\d{_ORD}(?!\d))*)\s*,\s*[0-3]?\d{_ORD}(?!\d)"
        rf"(?:\s*,?\s+(?:and|e|y|et)\s+|\s*,?\s*&\s*|\s*,\s*){_d('d2')}"
        rf"{_DM_SEP}{_month_group('m1', _ALL_MONTHS)}{_MY_SEP}{_y('y')}"
    ),
    # "7-11 June 2021", "21 a 25 de abril de 2026", "Tuesday 8th and Wednesday 9th June 2021" (the second
    # day may bring its weekday, as dm_dm_y's second date may: without it the first day is lost); "from the
    # 6th to the 8th of April, 2022" (the second day's "the", else the first day is lost)
    "d_dm_y": (
        rf"{_d('d1')}{_SPAN_CONN_DAY}(?:the\s+)?{_d('d2')}{_DM_SEP}{_month_group('m1', _ALL_MONTHS)}{_MY_SEP}"
        rf"{_y('y')}"
    ),
    # "28 June - 2 July 2021", "28 de abril a 2 de maio de 2026"
    "dm_dm_y": (
        rf"{_d('d1')}{_DM_SEP}{_month_group('m1', _ALL_MONTHS)},?{_SPAN_CONN_DAY}"
        rf"{_d('d2')}{_DM_SEP}{_month_group('m2', _ALL_MONTHS)}{_MY_SEP}{_y('y')}"
    ),
    # "03/13 - 03/15/2017"
    "nn_nny": (
        rf"{_NUM_LEFT}(?P<a1>\d{{1,2}})/(?P<b1>\d{{1,2}}){_SPAN_CONN}"
        rf"(?P<a2>\d{{1,2}})/(?P<b2>\d{{1,2}})/{_y('y')}{_YEAR_RIGHT}"
    ),
    # "3/6, 3/7, 3/8/2023", "3/6, 3/7 & 3/8/2023": days of one year listed month/day, the year printed once
    "nn_list_nny": (
        rf"{_NUM_LEFT}(?P<a1>\d{{1,2}})/(?P<b1>\d{{1,2}})(?P<mid>(?:\s*,\s*\d{{1,2}}/\d{{1,2}}(?![\d/]))*)"
        rf"(?:\s*,?\s+(?:and|&)\s+|\s*,?\s*&\s*|\s*,\s*)"
        rf"(?P<a2>\d{{1,2}})/(?P<b2>\d{{1,2}})/{_y('y')}{_YEAR_RIGHT}"
    ),
    # "08/03/202008/05/2020": a range whose dash and spaces OCR lost, the two dates glued together
    "nny_nny_glued": (
        rf"{_NUM_LEFT}(?P<a1>\d{{1,2}})/(?P<b1>\d{{1,2}})/(?P<y1>(?:19|20)\d\d)"
        rf"(?P<a2>\d{{1,2}})/(?P<b2>\d{{1,2}})/{_y('y')}{_NUM_RIGHT}"
    ),
    # "March 3, 2021", "Mar. 3rd 2021", "Oct 03, 2020", "March 16.2009" (OCR took the comma for a dot),
    # "Mar-03-2021"
    "mdy": (
        rf"{_month_group('m1', _SAFE_MONTHS)}(?:\s*|-(?=\d{{1,2}}-)){_d('d1')}"
        rf"(?:\s*[,.]\s*|\s+|-)(?:of\s+)?{_y('y')}"
    ),
    # "3 March 2021", "3rd day of March, 2021", "12 February, 2025", "16-Jan-2026", "28 de abril de 2026"
    "dmy": rf"{_d('d1')}{_DM_SEP}{_month_group('m1', _ALL_MONTHS)}{_MY_SEP}{_y('y')}",
    # "14-Mar-21", "03-MAY-22": a database's DD-MON-YY, the two dashes and the month's name with no other
    # separator (the year's two digits read as the nny's: pivoting at 1950); a scan's dash may read "~"
    "dmyy": rf"{_NUM_LEFT}(?P<d1>[0-3]?\d)[-~]{_month_group('m1', _SAFE_MONTHS)}[-~](?P<yy>\d\d){_NUM_RIGHT}",
    # "the twelfth day of May, 2021": the day in words, only with "day of" (a bare "second" is no day)
    "wdmy": rf"{_WORD_DAY}{_month_group('m1', _SAFE_MONTHS)}{_MY_SEP}{_y('y')}",
    # "this the fourteenth day of December, two thousand twenty-one": the year in words too
    "wdmyw": rf"{_WORD_DAY}{_month_group('m1', _SAFE_MONTHS)}{_MY_SEP}{_WORD_YEAR}",
    # "21st day of September, Two Thousand Twenty-Three": the day in figures, the year in words
    "dmyw": rf"{_d('d1')}{_DM_SEP}{_month_group('m1', _SAFE_MONTHS)}{_MY_SEP}{_WORD_YEAR}",
    # "03/03/2021", "3-3-2021", "03.03.2021", "3/3/21"
    "nny": (
        rf"{_NUM_LEFT}(?P<a1>\d{{1,2}})(?P<sep>[/.-])(?P<b1>\d{{1,2}})(?P=sep)"
        rf"(?:{_y('y')}{_YEAR_RIGHT}|(?<=/)(?P<yy>\d\d){_YEAR_RIGHT})"
    ),
    # "2021-03-03", "2021/03/03", "2021-03-03T14:22:11Z" (an online course's ISO timestamp), and an ISO
    # interval's first date ("2023-07-10/2023-07-11": a slash and another dashed date after it)
    "ymd": (
        rf"(?:{_NUM_LEFT}|(?<=\d-\d/)|(?<=\d-\d\d/)){_SPLIT_YEAR}(?P<sep>[-/.])(?P<b1>\d{{1,2}})(?P=sep)"
        rf"(?P<d1>\d{{1,2}})(?:{_NUM_RIGHT}|{_ISO_TIME_RIGHT}|(?<=-\d)(?=/{_ISO_DASHED})|(?<=-\d\d)(?=/{_ISO_DASHED}))"
    ),
    # "March 2021", "Enero de 2023"
    "my": rf"{_month_group('m1', _SAFE_MONTHS)},?\s*(?:de\s+|del\s+|of\s+)?{_y('y')}",
    # "03/2019"; dashed "2019-08"/"2015-09" stay out because class and form numbers look just like that.
    "n_y": rf"{_NUM_LEFT}(?P<b1>\d{{1,2}})/{_y('y')}{_NUM_RIGHT}",
}
_RANGE_KINDS = frozenset(
    {
        "md_d_y",
        "md_list_y",
        "d_list_my",
        "nn_list_nny",
        "md_md_y",
        "d_dm_y",
        "dm_dm_y",
        "nn_nny",
        "nny_nny_glued",
    }
)
_COMPILED = {kind: re.compile(p, re.IGNORECASE) for kind, p in _PATTERNS.items()}


@dataclass(frozen=True)
class _Hit:
    start: date
    end: date
    span: tuple[int, int]
    precision: Precision
    is_range: bool = False
    order_unsure: bool = False


# --- building dates from matched groups ---------------------------------------------------------------


def _month(name: str) -> int:
    return _ALL_MONTHS[name.lower().rstrip(".")]


def _make(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:  # Feb 30, month 13
        return None


def _year(m: re.Match[str]) -> int:
    if m.group("y"):
        return int(m.group("y").replace(" ", ""))
    yy = int(m.group("yy"))
    return 1900 + yy if yy >= 50 else 2000 + yy  # two-digit years pivot at 1950, the floor we accept


def _month_day(first: int, second: int, *, day_first_hint: bool = False) -> tuple[int, int]:
    """Order two numbers as (month, day): US month/day unless the first cannot be a month."""
    if first > 12 or day_first_hint:
        return second, first
    return first, second


def _range(start: date | None, end: date | None) -> tuple[date, date] | None:
    if start is None or end is None or end < start:
        return None
    return start, end


def _named_range(m: re.Match[str], same_month: bool) -> tuple[date, date] | None:
    year = int(m.group("y"))
    m1 = _month(m.group("m1"))
    m2 = m1 if same_month else _month(m.group("m2"))
    start = _make(year, m1, int(m.group("d1")))
    end = _make(year, m2, int(m.group("d2")))
    if start is not None and end is not None and start > end and m2 < m1:
        start = _make(year - 1, m1, start.day)  # "December 28 - January 3, 2021" spans the new year
    return _range(start, end)


def _listed_days(m: re.Match[str]) -> tuple[date, date] | None:
    """First to last of days listed in rising order; any other order is no list of course days."""
    days = [int(m.group("d1")), *(int(re.sub(r"\D", "", d)) for d in m.group("mid").split(",") if d.strip())]
    days.append(int(m.group("d2")))
    if any(b <= a for a, b in itertools.pairwise(days)):
        return None
    return _named_range(m, same_month=True)


def _listed_numeric_days(m: re.Match[str]) -> tuple[date, date] | None:
    """First to last of month/day pairs listed before one year ("3/6, 3/7, 3/8/2023"), in rising order and
    all in one order (a pair whose first number passes 12 makes every pair day-first)."""
    pairs = [(int(m.group("a1")), int(m.group("b1")))]
    pairs += [(int(a), int(b)) for a, b in re.findall(r"(\d{1,2})/(\d{1,2})", m.group("mid"))]
    pairs.append((int(m.group("a2")), int(m.group("b2"))))
    day_first = any(a > 12 for a, _ in pairs)
    year = int(m.group("y"))
    days = [_make(year, *_month_day(a, b, day_first_hint=day_first)) for a, b in pairs]
    if any(d is None for d in days):
        return None
    if any(b <= a for a, b in itertools.pairwise(d for d in days if d is not None)):
        return None
    return _range(days[0], days[-1])


def _numeric_range(m: re.Match[str], start_year: int | None = None) -> tuple[date, date] | None:
    """Month/day pairs a1/b1 and a2/b2 ending in year ``y``; the start's own year when it printed one."""
    a1, b1, a2, b2 = (int(m.group(g)) for g in ("a1", "b1", "a2", "b2"))
    day_first = a1 > 12 or a2 > 12  # one day-first half makes the whole range day-first
    mo1, d1 = _month_day(a1, b1, day_first_hint=day_first)
    mo2, d2 = _month_day(a2, b2, day_first_hint=day_first)
    year = int(m.group("y"))
    return _range(_make(start_year or year, mo1, d1), _make(year, mo2, d2))


def _glued_range(m: re.Match[str]) -> tuple[date, date] | None:
    """Two full numeric dates read as one token: a range when they are at most a month apart.

    Farther apart they are more likely two different dates (issued, expires) than one course.
    """
    span = _numeric_range(m, start_year=int(m.group("y1")))
    return span if span is not None and (span[1] - span[0]).days <= MAX_GLUED_RANGE_DAYS else None


def _month_range(year: int, month: int) -> tuple[date, date] | None:
    first = _make(year, month, 1) if 1 <= month <= 12 else None
    if first is None:
        return None
    return first, first + relativedelta(months=1, days=-1)


def _single(d: date | None) -> tuple[date, date] | None:
    return None if d is None else (d, d)


_WEEKDAY_RE = re.compile(rf"(?<![^\W\d_])(?:{_WEEKDAY})(?![^\W\d_])", re.IGNORECASE)
_WEEKDAY_BEFORE_RE = re.compile(rf"(?<![^\W\d_])(?:{_WEEKDAY})\.?,?\s*$", re.IGNORECASE)


def _weekdays_pair(m: re.Match[str]) -> bool:
    """A weekday before the second day of "8th and Wednesday 9th June" pairs with one before the first
    ("Tuesday 8th and Wednesday 9th June 2021"); after a bare number ("Day 1 - Tuesday 3 May") the number
    is a counter, not the range's first day."""
    if not _WEEKDAY_RE.search(m.string, m.end("d1"), m.start("d2")):
        return True
    return _WEEKDAY_BEFORE_RE.search(m.string, 0, m.start("d1")) is not None


def _interpret(kind: str, m: re.Match[str]) -> tuple[tuple[date, date] | None, Precision]:
    """Dates a pattern match stands for, or None when the numbers make no calendar date."""
    if kind == "d_dm_y" and not _weekdays_pair(m):
        return None, "day"
    if kind in ("md_d_y", "d_dm_y"):
        return _named_range(m, same_month=True), "day"
    if kind in ("md_list_y", "d_list_my"):
        return _listed_days(m), "day"
    if kind == "nn_list_nny":
        return _listed_numeric_days(m), "day"
    if kind in ("md_md_y", "dm_dm_y"):
        return _named_range(m, same_month=False), "day"
    if kind == "nn_nny":
        return _numeric_range(m), "day"
    if kind == "nny_nny_glued":
        return _glued_range(m), "day"
    if kind in ("mdy", "dmy"):
        return _single(_make(int(m.group("y")), _month(m.group("m1")), int(m.group("d1")))), "day"
    if kind == "dmyy":
        yy = int(m.group("yy"))
        year = 1900 + yy if yy >= 50 else 2000 + yy
        return _single(_make(year, _month(m.group("m1")), int(m.group("d1")))), "day"
    if kind == "wdmy":
        return _single(_make(int(m.group("y")), _month(m.group("m1")), _word_day(m.group("wd")))), "day"
    if kind == "wdmyw":
        return _single(_make(_words_year(m), _month(m.group("m1")), _word_day(m.group("wd")))), "day"
    if kind == "dmyw":
        return _single(_make(_words_year(m), _month(m.group("m1")), int(m.group("d1")))), "day"
    if kind == "nny":
        month, day = _month_day(int(m.group("a1")), int(m.group("b1")))
        return _single(_make(_year(m), month, day)), "day"
    if kind == "ymd":
        return _single(_make(_year(m), int(m.group("b1")), int(m.group("d1")))), "day"
    if kind == "my":
        return _month_range(int(m.group("y")), _month(m.group("m1"))), "month"
    return _month_range(int(m.group("y")), int(m.group("b1"))), "month"  # n_y


# --- scanning -----------------------------------------------------------------------------------------


def _order_unsure(kind: str, m: re.Match[str]) -> bool:
    """A dotted numeric date whose two numbers could each be the month ("03.04.2022").

    Slashes and dashes are read month first, as US issuers print them. Dots are how most of the world
    writes day first (03.04.2022 is the 3rd of April in Germany, Brazil or Russia) and few US issuers
    use them, so neither order can be assumed.
    """
    if kind != "nny" or m.group("sep") != ".":
        return False
    first, second = int(m.group("a1")), int(m.group("b1"))
    return first != second and first <= 12 and second <= 12


def _candidates(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for kind, pattern in _COMPILED.items():
        for m in pattern.finditer(text):
            dates, precision = _interpret(kind, m)
            if dates is not None:
                hits.append(
                    _Hit(
                        dates[0], dates[1], m.span(), precision, kind in _RANGE_KINDS, _order_unsure(kind, m)
                    )
                )
    return hits


def _merge_ranges(hits: list[_Hit], text: str) -> list[_Hit]:
    """Join "X - Y", "X through Y", "X | Y" into one range when both ends have the same precision."""
    merged: list[_Hit] = []
    for hit in hits:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and not prev.is_range
            and not hit.is_range
            and prev.precision == hit.precision
            and prev.start <= hit.end
            and (
                _MERGE_CONN.fullmatch(text, prev.span[1], hit.span[0])
                or _ISO_INTERVAL.fullmatch(text, prev.span[0], hit.span[1]) is not None
                or (
                    prev.precision == "day"
                    and (hit.start - prev.end).days == 1
                    and _AND_CONN.fullmatch(text, prev.span[1], hit.span[0])
                )
            )
        ):
            merged[-1] = _Hit(
                prev.start,
                hit.end,
                (prev.span[0], hit.span[1]),
                prev.precision,
                is_range=True,
                order_unsure=prev.order_unsure or hit.order_unsure,
            )
        else:
            merged.append(hit)
    return merged


def _to_match(hit: _Hit, text: str) -> DateMatch:
    begin, end = hit.span
    return DateMatch(
        start=hit.start,
        end=hit.end,
        text=text[begin:end],
        span=hit.span,
        precision=hit.precision,
        order_unsure=hit.order_unsure,
    )


def find_dates(text: str) -> list[DateMatch]:
    """Every date or date range in ``text``, in reading order."""
    return list(_dates_in(text))


@functools.lru_cache(maxsize=4096)
def _dates_in(text: str) -> tuple[DateMatch, ...]:
    # Cached: a document's lines are scanned for dates by several readers in turn (the packet's page
    # kinds, the certificate, the letter), ~30 patterns each time; the matches are frozen.
    hits = _merge_ranges(leftmost_longest(_candidates(text)), text)
    return tuple(_to_match(h, text) for h in hits)


# --- where the page was issued ------------------------------------------------------------------------

# Places that write numeric dates day first, or both ways round (Canada): a slashed "04/05/2022" printed
# there is not surely month first. Country names and postal codes only: a US state or city named like a
# country ("New Mexico", "Ontario, California", "Georgia") says nothing, so none of those are listed.
_DAY_FIRST_PLACE_RE = re.compile(
    r"\b(?:Canada|United\s+Kingdom|England|Scotland|Wales|Northern\s+Ireland|Republic\s+of\s+Ireland|"
    r"Australia|New\s+Zealand|South\s+Africa|Brasil|Brazil|Portugal|Espa[ñn]a|Spain|Deutschland|Germany|"
    r"France|Italia|Italy|Nederland|Netherlands|Belgi(?:um|que|ë)|European\s+Union)\b"
    # a Canadian postal code ("N5H 2T2"); a British postcode ("CV8 3EN", "FK10 4BE")
    r"|(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])"
    r"|(?<![\w-])[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![\w-])"
)


def names_a_day_first_place(text: str) -> bool:
    """Whether ``text`` names a country or postal code of a place that does not write month first."""
    return _DAY_FIRST_PLACE_RE.search(text) is not None


# Words of the prose of languages whose countries write numeric dates day first (Spanish, Portuguese,
# French, German, Italian). Only words English prose, US names, places, zones and URLs do not use: "de",
# "la", "el", "los", "san", "no", "an", "die", "des", "der", "il", "est", "com", "per", "formation" and
# "attestation" are left out ("Maria de la Cruz", "El Paso", "Des Moines", "Springfield, IL", "9:00 EST",
# "www.x.com", "8 hours per day").
_DAY_FIRST_LANGUAGE_WORDS: tuple[frozenset[str], ...] = (
    frozenset({"que", "por", "para", "del", "curso", "horas", "fecha", "otorgado", "otorgada", "otorga",
               "presente", "haber", "concluir", "realizado", "realizada", "duración", "duracion",
               "constancia", "certificado", "reconocimiento", "finalización", "participación",
               "satisfactoriamente"}),
    frozenset({"que", "curso", "horas", "carga", "horária", "concluiu", "pela", "pelo", "realizado",
               "certificamos", "período", "conferido", "certificado", "conclusão", "participação", "em"}),
    frozenset({"pour", "avoir", "nous", "qui", "heures", "décernée", "décerné", "suivi", "certifions",
               "durée", "réussite", "complété", "avec", "succès"}),
    frozenset({"das", "und", "wird", "dass", "für", "stunden", "bescheinigt", "teilgenommen", "hiermit",
               "datum", "dauer", "umfang", "kurses", "zertifikat", "verliehen", "teilnahmebescheinigung",
               "fortbildung", "lehrgang"}),
    frozenset({"che", "corso", "attestato", "partecipazione", "rilasciato", "conseguito", "svolto",
               "frequentato"}),
)  # fmt: skip
_DAY_FIRST_LANGUAGE_MIN = 3  # distinct words of one language: a name or a place holds one or two


def in_a_day_first_language(text: str) -> bool:
    """Whether ``text`` is worded in Spanish, Portuguese, French, German or Italian: prose in a language
    whose countries write numeric dates day first, so its "04/05/2022" is not surely month first. Three
    distinct words of one language's prose decide; an English page naming "El Paso" or "Maria de la Cruz"
    holds none of them."""
    words = {_fold(w) for w in re.findall(r"[^\W\d_]+", text)}
    return any(len(words & lang) >= _DAY_FIRST_LANGUAGE_MIN for lang in _DAY_FIRST_LANGUAGE_WORDS)


# --- labels -------------------------------------------------------------------------------------------

# Strong words decide on their own; the nearest strong word to the date wins ("Report generated on" -> issue).
_STRONG: dict[str, DateLabel] = {
    **dict.fromkeys(("dob", "birth", "born", "birthday", "nacimiento", "nascimento"), "birth"),
    **dict.fromkeys(
        ("issued", "issue", "issuance", "printed", "generated", "awarded", "granted", "signed", "dated",
         "given", "presented", "emitido", "emitida", "emissão", "emissao", "expedido", "expedida",
         "expedición", "expedicion", "impreso", "impresso"),
        "issue",
    ),
    **dict.fromkeys(
        ("attended", "attending", "attendance", "held", "completed", "completing", "completion", "complete",
         "conducted", "course", "class", "training", "session", "sessions", "taken", "took", "participated",
         "participating", "start", "started", "begin", "began", "beginning", "end", "ended", "finished",
         "delivered", "event", "realizado", "realizada", "realizou", "concluído", "concluido", "conclusão",
         "conclusion", "curso", "asistió", "participou", "celebrado"),
        "course",
    ),
    **dict.fromkeys(
        ("expires", "expiration", "expiry", "expire", "renewal", "renew", "revised", "revision", "rev",
         "hire", "hired", "appointed", "assigned", "due", "validade", "vencimiento", "approved", "approval"),
        "not_course",
    ),
}  # fmt: skip
# Words that are labels only with a date word after them: transcript rows print course titles before their
# dates, and "Report Writing", "Records Management", "Statement Analysis" or "Effective Communication" are
# courses, while "Report Period", "Records from" and "Effective Date" are labels.
_NEEDS_FOLLOWER: dict[str, DateLabel] = {
    **dict.fromkeys(("report", "reporting", "records", "record", "statement", "transcript"), "report"),
    **dict.fromkeys(("effective",), "other"),
    **dict.fromkeys(("valid",), "not_course"),  # "Valid through 06/30/2024", "Valid from ...": a card's life
}
_FOLLOWERS = frozenset(
    {"period", "periods", "from", "between", "for", "as", "range", "dates", "date", "covering", "through",
     "thru", "to", "until", "on", "de", "del", "do"}
)  # fmt: skip
# Weak words only count when no strong word is near: "Dates:" and "on" usually introduce the course date.
_WEAK: dict[str, DateLabel] = {
    **dict.fromkeys(
        ("dates", "on", "from", "through", "thru", "during", "between", "em", "el", "fechas"), "course"
    ),
    **dict.fromkeys(("period", "range", "período", "periodo"), "report"),
    **dict.fromkeys(("date", "data", "fecha", "day"), "other"),
}  # fmt: skip
# Portuguese, Spanish and Italian words for "in" / "during" before a period word: "no período de",
# "durante el periodo", "nel periodo": the course's own dates in a sentence, where a
# record's "Report Period" or "Período:" caption stands alone.
_DURING = frozenset({"no", "durante", "nel", "el"})
_LABEL_WINDOW = 6  # words; a label sits right before its value
_CUT = re.compile(r"[\n\r|;]|\d")  # the label of this date starts after the previous value or line


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.lower())


def _strong_label(words: list[str], i: int) -> DateLabel | None:
    word = words[i]
    if word in _STRONG:
        return _STRONG[word]
    follower = words[i + 1] if i + 1 < len(words) else None
    if word not in _NEEDS_FOLLOWER or follower not in _FOLLOWERS:
        return None
    if follower == "date" and _NEEDS_FOLLOWER[word] == "report":
        return "issue"  # "Report Date", "Transcript Date": when the report was produced
    return _NEEDS_FOLLOWER[word]


def date_label(context_before: str, *, weak: bool = True) -> DateLabel | None:
    """What the words just before a date say it is; None when they say nothing date-related.

    ``weak=False``: only the words that decide on their own ("Expires", "Report Period"): a weak word
    ("range", "period", "on") ending a table row's cells is a provider's or a title's ("Dept. Range")."""
    # OCR reads a label's colon as a semicolon ("Issued; May 3, 2022"): one right before the date is no break.
    tail = _CUT.split(re.sub(r";\s*$", ": ", context_before))[-1]
    words = [_fold(w) for w in re.findall(r"[^\W\d_]+", tail)][-_LABEL_WINDOW:]
    found: DateLabel | None = None
    for i in reversed(range(len(words))):
        strong = _strong_label(words, i)
        if strong is not None:
            return strong
        if found is None and words[i] in _WEAK:
            found = _WEAK[words[i]]
            if found == "report" and i > 0 and words[i - 1] in _DURING:
                found = (
                    "course"  # "no período de 3 a 5 de maio": when the course was held, no report's period
                )
    return found if weak else None


def names_a_week(before: str) -> bool:
    """Whether the text right before a single date makes it a week's ("the week of June 7, 2021")."""
    return _WEEK_BEFORE_RE.search(before) is not None
