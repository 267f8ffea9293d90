"""An employment letter's facts: when the person started as an SRO, whether they still are one, and who
the letter is about.

A letter prints several dates: its own, a hire date as a deputy or officer, the SRO assignment, the
end of an assignment. Which one starts the SRO service is said by the words of its sentence: a start
cue right before the date ("since", "effective", "from", "began ... on"), and, of the SRO role and an
employment phrase ("employed by", "hired", "with the Sheriff's Office"), the one nearest before the
cue ("has been employed by X since D1 and has served as an SRO since D2"). A date whose sentence does
not say it starts the SRO service is never taken as its start. A month or a year printed without its
day gives the span the start lies in, for R1 to decide only when the whole span agrees.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import itertools
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Literal

from rapidfuzz.distance import Levenshtein

from extract.certificate import (
    CLOSING_RE,
    DATE_ORDER_RE,
    NUMERIC_DAY_MONTH_RE,
    initial_read_with_comma,
    signs,
)
from extract.fields.dates import DateMatch, find_dates, in_a_day_first_language, names_a_day_first_place
from extract.fields.names import (
    name_tokens,
    names_a_given_name,
    person_name_score,
    strip_honorifics,
    tidy_read_name,
)
from extract.fields.text import fold_accents
from extract.status_field import read_status_field, without_status_fields
from extract.types import PART_POST_NOTE, SELF_SIGNED_NOTE, Evidence, Frozen, Line

Employment = Literal["current", "ended"]

# Words that, between "assigned to" and a school, make the assignment another post's: a unit, a beat, a
# relative clause about the post ("which handles school referrals").
_NOT_AT_A_SCHOOL = (
    r"\b(?:unit|division|bureau|beat|patrol|detail|shift|squad|task\s+force|investigat\w*|detective\w*"
    r"|which|that|where|whose)\b"
)
# "School Resource Officer" as OCR misreads it ("Sehool Resouree Offeer", "Schooi Resource"): letters change
# or merge, lengths stay within a letter or two. A school resource unit or programme, or an assignment to a
# school, is the same role.
# A course or event named after the role ("Basic School Resource Officer Course held from ...") is not it.
SRO_ROLE_RE = re.compile(
    # A fax's "Schooi" or "Schoo1" ("l" read as "i" or "1")
    # "returned to school resource duty": the post's duty is the post
    r"(?:\bs\w{3,5}[li1]\s+r\w{5,8}\s+(?:o\w{4,7}|unit|program\w*|division|bureau|section|deputy|dut(?:y|ies))\b"
    # "School Safety Officer", "Campus Safety Officer", "School Security Officer": a school-safety post the
    # rules count as the role (R1 counts from the start "as an SRO (or school-safety role)")
    r"|\bS\.?R\.?O\.?s?\b|school\s+liaison\s+officer|(?:school|campus)\s+(?:safety|security)\s+officer"
    r"|school[-\s]based"
    r"|oficial\s+de\s+recursos\s+escolares"  # Spanish
    r"|campus\s+(?:police(?:\s+officer)?|officer)"
    # "assigned to Marshall High School", never across another post or a clause about it: "assigned to the
    # Juvenile Unit, which handles school referrals", "assigned to patrol Beat 4, which includes Oak High
    # School" name a post whose work touches schools, not a post at one.
    # "stationed on our campus", "posted at Oak Middle School": the same post.
    rf"|\b(?:assign(?:ed|ment)|stationed|posted)\s+(?:as|to|at|on)\s+(?:(?!{_NOT_AT_A_SCHOOL})[^.;:]){{0,70}}?"
    r"\b(?:school|campus)s?\b"
    r"(?!\s+(?:referrals?|cases?|calls?|district\s+(?:calls|cases)))"
    r")"
    r"(?!\s+(?:course|training|class|conference|certification|academy|seminar|workshop|program))",
    re.I,
)
# Being employed, hired or sworn by the agency: the service a hire date starts.
EMPLOY_RE = re.compile(
    r"\b(?:employ\w*|hired?|joined|sworn|commissioned|career|recruit\w*|academy)\b"
    r"|\bwith\s+(?:the|this|our)\s+(?:[\w'’.-]+\s+){0,5}?(?:department|office|agency|force|county|city)\b",
    re.I,
)
# A comma OCR glued after the cue ("duties in, 2017": a speck read as a comma on a fax) still leaves it the
# date's cue: no wording puts a comma there.
START_CUE_RE = re.compile(
    r"\b(?:since|(?:beginning|commencing|starting)(?:\s+with)?|effective|as\s+of|from|on|in|desde(?:\s+el)?)"
    r"\s*,?\s*(?:the\s+)?$",  # "desde el 15 de agosto de 2018": a Spanish letter's "since"
    re.I,
)
# Words that make the date after them vague without changing what it starts: "on or about June 6, 2022",
# "in mid-June 2022", "since early August 2019", "effective the first day of school, August 2021". They are
# read past to find the date's cue ("on", "in", "since", "effective"); the date stays the span it prints
# (a month's; "on or about" a day's widened, ``ON_OR_ABOUT_RE``), never a sure day.
VAGUE_QUALIFIER_RE = re.compile(
    r"(?:\bor\s+(?:about|around)|\b(?:early|mid|middle|late)(?:\s*-\s*|\s+)(?:in\s+|of\s+)?"
    r"|\b(?:the\s+)?(?:first|opening)\s+(?:day|week)\s+of\s+(?:school|classes|the\s+(?:school\s+year|"
    r"semester|term|fall\s+semester))\s*,?\s*(?:in\s+)?)\s*$",
    re.I,
)
# "on or about June 6, 2022" (the legal phrase for a day not surely known), "on or around", "about": the
# start lies near the day, not surely on it. A month either side is the span R1 may decide on.
ON_OR_ABOUT_RE = re.compile(r"\b(?:or\s+(?:about|around)|approximately|about|around)\s*$", re.I)
# A field label right before its date, naming a start: "SRO Assignment Date:", "Date Assigned as SRO:",
# "Date of Hire:" (the label runs back to the previous value, a number or the start of a line).
FIELD_LABEL_RE = re.compile(
    r"(?:^|(?<=\n)|[\d)|]\s*|\b[A-Z][a-z]+\s+)"
    r"((?=[A-Za-z .'/]*\b(?i:date|start\w*|since|effective|began)\b)[A-Za-z .'/]{3,60}?)\s*:\s*$"
)
# A form's position field right before the label of its start: "Position: School Resource Officer Start
# date:", "Job Title: School Resource Officer Date of Assignment:".
POSITION_FIELD_RE = re.compile(
    r"\b(?:position|job\s+title|title|assignment)\s*:\s*([^:]{3,60}?)\s+"
    r"(?:start(?:ing)?\s+date|date\s+(?:started|assigned|appointed|of\s+(?:assignment|appointment))|"
    r"effective\s+date|(?:assignment|appointment)\s+date)"
    r"(?:\s+(?:in|into|of)\s+(?:this\s+|the\s+|current\s+)?(?:position|role|title|assignment))?\s*:\s*$",
    re.I,
)
# A label naming the end of a post ("Date SRO assignment ended:", "End date of SRO assignment:"): its date
# closes the service (extract.letter_end), it starts nothing.
END_LABEL_RE = re.compile(
    r"\b(?:end(?:ed|ing)?|ceased|terminated|separat\w*|left|through|until|last\s+day|concluded)\b", re.I
)
LABEL_REACH = 200  # characters before a date searched for its label (a label is at most ~70)
# "on" and "in" start a service only after a verb of starting ("began her assignment ... on").
WEAK_CUE_RE = re.compile(r"\b(?:on|in)\s*(?:the\s+)?$", re.I)
START_VERB_RE = re.compile(
    r"\b(?:began|begun|begin|start\w*|commenc\w*|(?:re-?)?assigned|(?:re-?)?appointed|assumed|became|placed|"
    r"designated|selected|detailed|returned|resumed|rejoined|reinstated)\b",
    re.I,
)
# "no longer" before a date: the service ended then, it did not start.
NO_LONGER_RE = re.compile(r"\bno\s+longer\b", re.I)
# What may stand between the role and the range of its service: punctuation, the school it was at.
# The school may also stand alone between commas ("School Resource Officer, Fairmont Junior High School,
# August 2017 - present").
ROLE_TO_DATE_RE = re.compile(
    r"[\s,:;(–-]*(?:(?:at|for|with)\s+[^.;:\d]{0,60}?|[^.;:\d]{0,60}?\b(?:school|district|campus|academy"
    r"|(?-i:[EJMH]S|JHS|HS\d?)))?[\s,:;(–-]*",  # "School Resource Officer, Fairhaven HS 08/10/2016 - Present"
    re.I,
)
# A year on its own after a start cue: "from 2016 to present", "since 2016".
BARE_YEAR_RE = re.compile(r"\b(?:since|from|in|beginning)(?:\s*,)?\s+((?:19|20)\d\d)\b(?![/.-]\d)", re.I)
# A year running to the present: "2019-present", "2019 to present", "2019 - Current".
YEAR_TO_PRESENT_RE = re.compile(
    r"\b((?:19|20)\d\d)\s*(?:[-–—]+|\bto\b)\s*(?:the\s+)?(?:present|current)\b(?![/.-]\d)", re.I
)
# A school year after a start cue: "since the 2019-2020 school year", "beginning with the 2018/19 school
# year". It runs from July to June: the start lies somewhere in it.
SCHOOL_YEAR_RE = re.compile(
    r"\b(?:since|from|beginning(?:\s+with)?|starting(?:\s+with)?|in|at)\s+the\s+"
    # "since the start of the 2022-2023 school year": its first weeks (SCHOOL_YEAR_START)
    r"(?:(?P<part>start|beginning|first\s+day|opening)\s+of\s+the\s+)?"
    r"(?P<y>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>(?:19|20)?\d\d)\s+(?:school|academic)\s+year\b"
    # "for AY 2020-21 through AY 2023-24", "beginning SY 2019-20": the year's abbreviation before it
    r"|\b(?:since|from|for|beginning(?:\s+with)?|starting(?:\s+with)?|in|during)\s+(?:the\s+)?(?:AY|SY)\.?\s*"
    r"(?P<y_>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2_>(?:19|20)?\d\d)\b",
    re.I,
)
# Service given as a list of school years: "for the 2020-21, 2021-22 and 2022-23 school years", "during
# the 2016-17, 2017-18 and 2018-19 school years". The first one listed holds the start.
_SCHOOL_YEAR = r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d"
SCHOOL_YEAR_LIST_RE = re.compile(
    r"\b(?:for|during|throughout|over|in|through|across)\s+(?:(?:each|all)\s+of\s+)?the\s+"
    rf"(?P<list>{_SCHOOL_YEAR}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_SCHOOL_YEAR})+)\s+(?:school|academic)\s+years\b",
    re.I,
)
# A season or part of a year after a start cue: "since the fall of 2021", "since fall 2021", "beginning in
# the spring of 2020", "since early 2019", "since mid-2018", "since the Fall 2021 semester". The start lies
# somewhere in a span wide enough for every usual reading of the words (SEASON_SPANS): never a day.
SEASON_RE = re.compile(
    r"\b(?:since|from|beginning(?:\s+(?:with|in))?|starting(?:\s+(?:with|in))?|in)\s+(?:the\s+)?"
    r"(?P<season>fall|autumn|spring|summer|winter|early|late|mid|middle|beginning|start|end)"
    r"(?:\s*-\s*|\s+(?:(?:part|months?|semester|term)\s+)?(?:of\s+)?)"
    r"(?P<y>(?:19|20)\d\d)\b(?![/.-]\d)",
    re.I,
)
# (first month, first day offset in years, last month, last day offset in years) of each season word,
# generous on purpose: a school's fall term begins in August and the season runs to December; its spring
# term begins in January and the season ends in June; a summer assignment may begin in May or September;
# "the winter of 2021" is December 2020 to March 2021 for some and December 2021 to March 2022 for others.
SEASON_SPANS: dict[str, tuple[int, int, int, int]] = {
    "fall": (8, 0, 12, 0), "autumn": (8, 0, 12, 0), "spring": (1, 0, 6, 0), "summer": (5, 0, 9, 0),
    "winter": (12, -1, 3, 1), "early": (1, 0, 6, 0), "beginning": (1, 0, 6, 0), "start": (1, 0, 6, 0),
    "mid": (4, 0, 9, 0), "middle": (4, 0, 9, 0), "late": (7, 0, 12, 0), "end": (7, 0, 12, 0),
}  # fmt: skip
# Abbreviations and initials whose dot does not end a sentence.
# Nor does an article: "has served as the. School Resource Deputy" is a scan's speck read as a stop.
NOT_A_SENTENCE_END = re.compile(
    r"(?:\b[A-Z]|\b(?:Sgt|Lt|Capt|Cpl|Dep|Ofc|Det|Mr|Ms|Mrs|Dr|St|Jr|Sr|No|Inc|Co|Ft|the|an|a))$"
)

# "to thepresent": a scan may lose the space before "present"
CURRENT_RE = re.compile(
    r"[-–—]\s*present\b|"  # "August 2017 - present"
    r"\b(?:currently|presently|remains?|continues?\s+to|continues?\s+in|still|(?:to|through|thru|until)\s+(?:the\s*)?present|"
    r"to\s+date|at\s+this\s+time|is\s+(?:currently\s+)?(?:assigned|employed|serving)|serves\s+as|"
    # "Officer Tanaka is the School Resource Officer at Northgate High School"
    r"(?:(?!(?-i:This|That|It|Here|There|What|Who|Which|Below|Attached)\b)(?-i:[A-Z][a-z]+)|he|she)\s+"
    r"is\s+(?:currently\s+|presently\s+)?(?:the|our)\s+"
    r"(?=(?:school\s+resource\s+(?:officer|deputy)|SRO)\s+(?:at|for|of|in)\b)|"
    # Spanish: "actualmente continúa en dicho cargo", "sigue desempeñando"
    r"actualmente|continua\s+(?:en|desempenando|como)|sigue\s+(?:en|siendo|desempenando))\b",
    re.I,
)
_A_DATE = (
    r"(?:\d{1,2}[/.-](?:\d{1,2}[/.-])?(?:19|20)\d\d"  # 08/15/2020, 05/2022
    # "through AY 2023-24", "Jan. 2023"; a scan's "AY.2023-24" lost the space after the stop
    r"|(?:\w+(?:\.\s*|\s+)){0,2}(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d"
    r"|(?:\d{1,2}\s+de\s+)?[a-z]+\s+(?:de\s+|del\s+)(?:19|20)\d\d)"  # "30 de junio de 2020"
)
# Until an event that took the person out of the role: "until his promotion to Sergeant", "until her
# transfer to ...", "ending with her retirement on ...", "for five years before his promotion to Sergeant".
UNTIL_LEAVING = (
    r"\b(?:until|till|ending\s+with|before)\s+(?:his|her|their|the\s+officer's)\s+(?:promotion|transfer|reassignment|retirement|"
    r"resignation|departure|separation)\b"
)
# After a span of years, a school or fiscal year's name: "since the 2022-2023 school year" names one year,
# not a service that ended in 2023.
NOT_A_NAMED_YEAR = r"(?!\s+(?:school|academic|fiscal)\s+years?)"
ENDED_RE = re.compile(
    r"\b(?:resign\w*|retire[ds]?|retirement|separated|separation|no\s+longer|former(?:ly)?|previously|"
    r"left\s+(?:the|this|our|his|her)|ended|concluded|terminated|transferred\s+(?:to|out)|reassigned|"
    rf"{UNTIL_LEAVING}|"
    rf"(?:until|through|thru|ending(?:\s+on)?|hasta(?:\s+el)?)\s+{_A_DATE}|ya\s+no|renuncio|se\s+jubilo|"
    # "from 2012 to 2019", "from August 20, 2012 to June 30, 2019": a service with its end.
    rf"(?:19|20)\d\d\s*(?:-|–|to)\s*{_A_DATE}{NOT_A_NAMED_YEAR})\b",
    re.I,
)
# What a cue of the present is about when it is the person, not the assignment: "remains in good standing",
# "remains employed", "remains with this Office" say nothing of whether the deputy is still an SRO.
STANDING_AFTER_RE = re.compile(
    r"\s*(?:in\s+good\s+standing|employed|a\s+member|with\s+(?:the|this|our)\b)", re.I
)
# Another assignment than the school's: "He is currently assigned to the Patrol Division" says the
# officer is employed, not that they are still an SRO.
OTHER_ASSIGNMENT_RE = re.compile(
    r"\b(?:patrol|investigations?|investigative|detectives?|criminal|traffic|narcotics|jail|corrections|"
    r"detention|dispatch|court|records|administration|administrative|training\s+division|k-?9|swat)\b",
    re.I,
)
# A post in school safety other than an officer's, by a title that says so: "School Safety Coordinator",
# "Director of School Safety", "Campus Security Manager". R2 counts current employment "as an SRO or in
# school safety": such a post held today after an SRO term is the present R2 asks about. A school district's
# police officer or a juvenile detective "assigned to the schools" names no such title: a person's call.
_SAFETY = r"(?:school|campus)\s+(?:safety|security)(?:\s+(?:and|&)\s+(?:safety|security))?"
SCHOOL_SAFETY_POST_RE = re.compile(
    rf"\b{_SAFETY}\s+(?:officer|coordinator|director|manager|specialist|supervisor|administrator|chief)\b"
    rf"|\b(?:director|coordinator|manager|supervisor|chief)\s+(?:of|for)\s+{_SAFETY}\b",
    re.I,
)
# A post a person holds, as a letter's table of assignments names it ("Detention Deputy", "Patrol Division",
# "School Resource Officer"): a rank, a unit, or one of the posts above.
POST_RE = re.compile(
    r"\b(?:officer|deputy|sergeant|corporal|detective|trooper|lieutenant|captain|investigator|dispatcher"
    r"|division|unit|bureau|shift|section|precinct|district\s+\d)\b",
    re.I,
)


COURSE_NOUN_RE = re.compile(
    r"\b(?:course|training|class|seminar|workshop|certification|academy|update)\b", re.I
)


def names_a_post(title: str) -> bool:
    """``title`` names a post held, not a course: "Patrol Division", "School Resource Officer" (never "School
    Resource Officer Training", "Patrol Procedures Course")."""
    if COURSE_NOUN_RE.search(title):
        return False
    return any(pattern.search(title) for pattern in (SRO_ROLE_RE, OTHER_ASSIGNMENT_RE, POST_RE))


# A rank or courtesy title before a person's name in prose, with its grade ("Deputy First Class").
RANK_RE = re.compile(
    r"\b(?:Officer|Ofc\.?|Deputy|Dep\.?|Sergeant|Sgt\.?|Corporal|Cpl\.?|Detective|Det\.?|Trooper|"
    r"Lieutenant|Lt\.?|Captain|Capt\.?|Investigator|Agent|Constable|Cst\.?|SRO|Mr\.?|Ms\.?|Mrs\.?|"
    r"Oficial|Agente|Sargento|Teniente|Cabo)"  # Spanish: "el Oficial José Luis Ramírez"
    r"(?:\s+(?:First|Second|1st|2nd)\s+Class)?\s+(?=[A-Z])",  # "Deputy First Class Ramon E. Arce"
    re.I,
)
# A name a letter introduces without a rank: "verify the employment of Marcus T. Oyelaran", "confirms that
# Dana Whitfield ...". The name itself must be capitalised (checked where it is read).
NAME_CUE_RE = re.compile(
    r"\b(?:(?:employment|service|assignment)\s+of|(?:verify|verifies|confirm|confirms|certify|certifies)\s+that)"
    r"\s+(?=[A-Z])",
    re.I,
)
FROM_RE = re.compile(r"^\s*from\s*:", re.I)
# Words a capitalised run stops at: in a letter in capitals every word is capitalised.
NOT_NAME_WORDS = frozenset(
    {"has", "have", "was", "is", "our", "the", "a", "an", "and", "as", "at", "of", "to", "in", "on", "for",
     "since", "from", "with", "who", "whose", "this", "that", "school", "resource", "officer", "deputy",
     "served", "serves", "began", "assigned"}
)  # fmt: skip


_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
)
_YEAR_WORDS = {w: i for i, w in enumerate(_NUMBER_WORDS.split())}
# "has served as the School Resource Officer at Pinecrest High School for five years", "for the past 6
# years", "for over five years" (at least five). Not "about": it may be more. "nearly" and "almost" say
# fewer ("almost three years": two whole years at least). "for the past four school years" counts school
# years (July to June; see start_from_service_years). A duration in months is read by SERVICE_MONTHS_RE
# below; one it leaves ("nearly 35 months") is read here as its whole years (two): the start's span then
# holds every day the months allow, so R1 is never met on the months' account.
SERVICE_YEARS_RE = re.compile(
    # "will have served ... for three years" by a coming month: to come, no service
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bshall\s)(?<!\bmay\s)"
    r"\bha(?:s|ve)\s+(?:been|served|worked)\b(?P<role>[^.;]{0,120}?)\bfor\s+(?:the\s+(?:past|last)\s+)?"
    r"(?:(?P<under>nearly|almost|just\s+under|close\s+to)\s+|(?P<over>over|more\s+than|at\s+least)\s+)?"
    r"(?P<n>\d{1,3}|[a-z]+)\s+(?:full\s+)?(?P<school>(?:school|academic)\s+)?(?P<unit>years?|months?)\b",
    re.I,
)
MONTHS_PER_YEAR = 12


def _whole_years(m: re.Match[str]) -> int | None:
    """The whole years of service the words of ``m`` guarantee; None when they guarantee none, or when a
    span in months may run past the whole years it states ("over 30 months": 2 1/2 years, or 4)."""
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _YEAR_WORDS.get(raw)
    if n is None:
        return None
    fewer = m.group("under") is not None
    if not m.group("unit").lower().startswith("month"):
        return n - 1 if fewer else n
    if m.group("over") is not None or m.group("school") is not None:
        return None
    return (n - 1 if fewer else n) // MONTHS_PER_YEAR


# The same in months: "for two years and eleven months", "for the past 35 months", "for 1 year and 6 months".
# A letter counting months says less than a whole year more: never read as the years alone.
_COUNT = r"(?:\d{1,3}|[a-z]+)"
SERVICE_MONTHS_RE = re.compile(
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bshall\s)(?<!\bmay\s)"
    r"\bha(?:s|ve)\s+(?:been|served|worked)\b(?P<role>[^.;]{0,120}?)\bfor\s+(?:the\s+(?:past|last)\s+)?"
    r"(?:(?:over|more\s+than|at\s+least)\s+)?"
    rf"(?:(?P<y>{_COUNT})\s+years?\s*,?\s*(?:and\s+)?)?(?P<m>{_COUNT})\s+months?\b",
    re.I,
)


def _count(raw: str | None) -> int | None:
    if raw is None:
        return 0
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _YEAR_WORDS.get(raw)


def read_service_months(text: str) -> tuple[int, str] | None:
    """Months of SRO service a letter states as of its own date ("for two years and eleven months" is 35),
    and the words; None when it states none in months, or only a vague amount ("nearly 35 months")."""
    flat = _flat(text)
    for m in SERVICE_MONTHS_RE.finditer(flat):
        years, months = _count(m.group("y")), _count(m.group("m"))
        if years is not None and months is not None and SRO_ROLE_RE.search(m.group("role")):
            total = 12 * years + months
            if total:
                return total, m.group(0)
    return None


def start_from_service_months(months: int, letter_date: date) -> tuple[date, date]:
    """The span an SRO start can be in when a letter dated ``letter_date`` says ``months`` of service: at
    least that many months before it, less than one more."""
    return _months_later(letter_date, -(months + 1)) + timedelta(days=1), _months_later(letter_date, -months)


def read_service_years(text: str) -> tuple[int, str] | None:
    """Years of SRO service a letter states as of its own date ("has served as the SRO ... for five
    years"), and the words; None when it states none, or only a vague or past amount."""
    flat = _flat(text)
    for m in SERVICE_YEARS_RE.finditer(flat):
        years = _whole_years(m)
        if years and SRO_ROLE_RE.search(m.group("role")):
            return years, m.group(0)
    return None


# A past term's length up to the day it ended: "served as the School Resource Officer ... for four years,
# until her promotion on June 30, 2024", "for five years, ending with her retirement on December 31, 2024".
# "nearly"/"almost" say fewer (as SERVICE_YEARS_RE reads them); "over" leaves the start open (not read).
PAST_SERVICE_RE = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)\b(?:served|worked|was)\b(?P<role>[^.;]{0,120}?)\bfor\s+"
    r"(?:(?P<under>nearly|almost|just\s+under|close\s+to)\s+)?(?P<n>\d{1,2}|[a-z]+)\s+(?:full\s+)?years?"
    r"\s*,?\s*(?P<end>(?:until|till|ending|through|before\s+(?:his|her|their)\b)[^.;]{0,80}?(?:19|20)\d\d)",
    re.I,
)


def read_past_service(text: str) -> tuple[tuple[date, date], str, str] | None:
    """The span an SRO start lies in when a letter gives a past term's whole years up to the one day it
    ended ("for four years, until her promotion on June 30, 2024": July 1, 2019 to June 30, 2020), the words,
    and why it is a span; None for any other wording, or an end that is no single sure day."""
    flat = _flat(text)
    for m in PAST_SERVICE_RE.finditer(flat):
        n = _count(m.group("n"))
        years = None if n is None else n - 1 if m.group("under") else n
        ends = find_dates(m.group("end"))
        if not years or not SRO_ROLE_RE.search(m.group("role")) or len(ends) != 1:
            continue
        d = ends[0]
        if d.is_range or d.precision != "day" or d.order_unsure:
            continue
        earliest = _years_before(d.start, years + 1) + timedelta(days=1)
        latest = _years_before(d.start, years)
        printed = m.group(0)[m.start("role") - m.start() :].strip()
        amount = f"{m.group('under')} {m.group('n')}" if m.group("under") else m.group("n")
        note = (
            f"the letter states {amount} years as an SRO up to the end it dates ({d.text}): a start "
            f"between {earliest} and {latest}"
        )
        return (earliest, latest), printed, note
    return None


def _years_before(day: date, n: int) -> date:
    """``day`` ``n`` years earlier; the 29th of February falls back to the 28th."""
    return day.replace(year=day.year - n, day=28 if (day.month, day.day) == (2, 29) else day.day)


def service_note(years: int, printed: str, letter_date: date) -> str:
    """Why a letter's stated years of service give its SRO start as a span."""
    if re.search(r"\b(?:months?|nearly|almost|under|close)\b", printed, re.I):
        return (
            f"the letter states {printed!r} as an SRO as of its date, {letter_date.isoformat()}: at least "
            f"{years} whole years, fewer than {years + 1}"
        )
    return f"the letter states {years} years as an SRO as of its date, {letter_date.isoformat()}"


class LetterReading(Frozen):
    sro_start: date | None  # printed to the day, and the only start the letter states
    sro_start_range: tuple[date, date] | None  # earliest and latest day the stated start can be
    sro_start_text: str | None  # as printed
    sro_start_notes: tuple[str, ...] = ()  # why the start date is not sure
    # A letter stating several SRO starts (two terms as SRO, or a move between schools): each one's span,
    # earliest first; empty when it states one or none.
    sro_start_ranges: tuple[tuple[date, date], ...] = ()
    employment: Employment | None = None  # what the letter says of the present
    employment_text: str | None = None  # the words that say it
    participant: Evidence | None = None
    service_years: tuple[int, str] | None = None  # "for five years" as of the letter's date, as printed
    service_months: tuple[int, str] | None = None  # "for two years and eleven months" (35), as printed
    # The officer the letter is about signs it ("I, Officer ..." over their own signature): as printed.
    self_signed: str | None = None
    part_post: str | None = None  # "a part-time School Resource Officer", "relief SRO": as printed
    former_names: tuple[str, ...] = ()  # "(formerly Moreno)", "née Ortega": the person's earlier names
    hire_texts: tuple[str, ...] = ()  # the hire dates it states, as printed: never the letter's own date

    @property
    def states_sro_start(self) -> bool:
        """The letter states when the SRO service began (to the day, as a span, or unreadably)."""
        return self.sro_start_range is not None or bool(self.sro_start_notes)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", fold_accents(text))


def _flat_lines(text: str) -> str:
    """:func:`_flat` keeping its line breaks (a run of spaces holding one is one "\\n"): the same length,
    so a form's field label can be read within its line ("Academy Director" / "Date: 01/15/2024": the
    signer's title over a signing date labels nothing)."""
    return re.sub(r"\s+", lambda m: "\n" if "\n" in m.group(0) else " ", fold_accents(text))


def _not_an_end(flat: str, at: int) -> bool:
    """The dot at ``flat[at]`` ends no sentence: an abbreviation's, an initial's, or one cutting a school's
    name."""
    return _abbreviation_before(flat, at) or _dot_in_a_school_name(flat, at)


def _abbreviation_before(flat: str, at: int) -> bool:
    """The dot at ``flat[at]`` follows an abbreviation or an initial (only the few characters before it
    are searched: a letter bundled into a transcript runs to tens of thousands of characters)."""
    return NOT_A_SENTENCE_END.search(flat, max(0, at - 8), at) is not None


# A school's name OCR cut with a speck read as a full stop: "Cedar Creek Middle. School since JANUARY 23,
# 2016." The word before names a school's level or kind, the word after the institution.
SCHOOL_NAME_CUT_RE = re.compile(
    r"\b(?:Elementary|Middle|High|Junior|Senior|Intermediate|Primary|Secondary|Preparatory|Prep|Charter|"
    r"Magnet|Alternative|Career|Technical|Community|Christian|Catholic|Public)\s*\.\s+"
    r"(?:School|Academy|Campus|Center|Centre)\b",
    re.I,
)
# A verb of a sentence of its own: an auxiliary, a verb of starting, a past tense.
FINITE_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|shall|can|could|may|might|does|did|do|serves?|remains?|"
    r"continues?|began|begins?|starts?|opens?|closes?|\w+ed)\b",
    re.I,
)


def _dot_in_a_school_name(flat: str, at: int) -> bool:
    """The dot at ``flat[at]`` cuts a school's name ("Middle. School since ..."): what follows it to the
    next sentence's end has no verb of its own, so it is no sentence but the rest of the one before."""
    m = SCHOOL_NAME_CUT_RE.match(flat, max(0, flat.rfind(" ", 0, max(0, at - 1)) + 1))
    if m is None or not (m.start() < at < m.end()):
        return False
    # To the fragment's end, or its clause's: "Academy since September 12, 2018, and she is ..."
    rest = re.split(r"[.!?;](?:\s|$)|,\s+(?:and|but|where|which|who|while)\b", flat[m.end() : m.end() + 200])[
        0
    ]
    return FINITE_VERB_RE.search(rest) is None


@functools.lru_cache(maxsize=8)
def _sentence_bounds(flat: str) -> tuple[list[int], list[int]]:
    """Where sentences of ``flat`` begin and where they end, sorted: found once per text, not once per
    date (a long text holds hundreds of dates)."""
    starts = [
        m.end()
        for m in re.finditer(r"[.!?:]\s+(?=[A-Z0-9\"'])", flat)
        if not (m.group(0)[0] == "." and _not_an_end(flat, m.start()))
    ]
    ends = [
        m.start()
        for m in re.finditer(r"[.!?]\s+(?=[A-Z])|[.!?]$", flat)
        if not (m.group(0)[0] == "." and _not_an_end(flat, m.start()))
    ]
    return starts, ends


def _sentence_start(flat: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins."""
    starts, _ = _sentence_bounds(flat)
    i = bisect.bisect_left(starts, pos)
    return starts[i - 1] if i else 0


def _sentence_end(flat: str, pos: int) -> int:
    _, ends = _sentence_bounds(flat)
    i = bisect.bisect_left(ends, pos)
    return ends[i] if i < len(ends) else len(flat)


def _last(pattern: re.Pattern[str], text: str) -> int:
    ends = [m.end() for m in pattern.finditer(text)]
    return max(ends, default=-1)


def _service_started(
    flat: str, start: int, end: int, is_range: bool = False, lined: str | None = None
) -> Literal["sro", "hire"] | None:
    """What the words of its sentence say the date at flat[start:end] starts: the SRO service, the
    employment (a hire date), or neither. A range (``is_range``) printed right after the role
    ("assigned as School Resource Officer 06/01/2015 - 08/15/2020") is the service's span."""
    # Only the text just before the date can hold its label (searching the whole prefix, once per date,
    # is quadratic in a long text).
    label = FIELD_LABEL_RE.search(lined or flat, max(0, start - LABEL_REACH), start)
    if label is not None:
        # A form's field: its label says what the date starts ("SRO Assignment Date:", "Date of Hire:").
        if END_LABEL_RE.search(label.group(1)):
            return None
        role, employ = _last(SRO_ROLE_RE, label.group(1)), _last(EMPLOY_RE, label.group(1))
        if role == employ and _position_field_names_role(flat[max(0, start - LABEL_REACH) : start]):
            return "sro"  # "Position: School Resource Officer  Start date: 08/19/2019"
        return None if role == employ else ("sro" if role > employ else "hire")
    begin = _sentence_start(flat, start)
    before = flat[begin:start]
    if (vague := VAGUE_QUALIFIER_RE.search(before)) is not None:
        before = before[: vague.start()]  # "assigned ... on or about June 6": the cue is "on"
    if NO_LONGER_RE.search(before):
        # "is no longer assigned as an SRO as of June 2020": the date ends the service (extract.letter_end).
        return None
    if START_CUE_RE.search(before) is None:
        return "sro" if (is_range or _to_present(flat, end)) and _role_right_before(before) else None
    weak = WEAK_CUE_RE.search(before) is not None
    if weak and START_VERB_RE.search(before) is None and EMPLOY_RE.search(before) is None:
        return "sro" if _opens_a_start_sentence(flat, before, end) else None
    role, employ = _last(SRO_ROLE_RE, before), _employer_cue(before)
    verbs = list(START_VERB_RE.finditer(before))
    if (
        verbs
        and role < 0
        and employ < 0
        and ANAPHORIC_OBJECT_RE.fullmatch(before, verbs[-1].end())
        and _refers_to_sro_role(flat, begin, before)
    ):
        return "sro"  # "... as a School Safety Officer. She began in this position on November 1, 2020"
    # The last verb of starting comes after the role and has an object of its own: what starts on the
    # date is that object. "After four years as an SRO, he was reassigned to the Patrol Division on
    # July 1, 2023" or "... returned to patrol in 2020" start another post; after "on" and "in" an
    # object that is not the role says nothing sure. ("Her SRO assignment began on": no object.)
    if (
        verbs
        and verbs[-1].start() >= max(role, employ)
        and _has_object(before[verbs[-1].end() :])
        and (weak or OTHER_ASSIGNMENT_RE.search(before, verbs[-1].end()))
    ):
        return None
    if role < 0 and employ < 0 and _refers_to_sro_role(flat, begin, before):
        return "sro"
    if role < 0 and employ < 0 and OWN_POST_RE.search(before) is None:
        # "Effective October 1, 2019, Officer Herrera has served as the SRO ...": the role comes after. Not
        # when the sentence named a post of its own before the date ("has served as the School Safety
        # Coordinator ... since August 2, 2021, after five years as a School Resource Officer"): the date
        # starts that post.
        after = flat[end : _sentence_end(flat, end)]
        role_m, employ_m = SRO_ROLE_RE.search(after), EMPLOY_RE.search(after)
        role = role_m.start() if role_m else -1
        employ = employ_m.start() if employ_m else -1
        if role >= 0 and employ >= 0:
            role, employ = employ, role  # after the date, the nearer (first) one speaks for it
    if role < 0 and employ < 0:
        return None
    return "sro" if role > employ else "hire"


# A post the sentence says its person holds, named before the date: "has served as the School Safety
# Coordinator", "worked as a Patrol Sergeant" (a capitalised title after "as the/a").
OWN_POST_RE = re.compile(
    r"\b(?:serv\w*|work\w*|employed|appointed|named|assigned|promoted|hired)\s+as\s+(?:the|a|an|our|its|his|her)\s+"
    r"(?-i:[A-Z])",
    re.I,
)


# What a verb of starting may have between it and its date with no object: "began on", "started
# effective", "commenced as of the".
NO_OBJECT_RE = re.compile(
    r"[\s,]*(?:(?:on|in|effective|as\s+of|since|from|the|duty|duties|work)\b[\s,]*)*", re.I
)
# A sentence speaking of an assignment named in the sentence before it: "Her assignment began on ...",
# "This position commenced effective ...".
ANAPHORA_RE = re.compile(
    r"\b(?:his|her|their|this|that|the|said)\s+(?:assignment|position|role|post)\b", re.I
)


# A verb of starting whose object is the post the sentence before named: "began in this position on",
# "was placed in that role effective", "started in the assignment on".
ANAPHORIC_OBJECT_RE = re.compile(
    r"\s*(?:in|into|to)?\s*(?:his|her|their|this|that|the|said)\s+(?:assignment|position|role|post)"
    r"[\s,]*(?:(?:on|in|effective|as\s+of|the)\b[\s,]*)*",
    re.I,
)


def _has_object(after_verb: str) -> bool:
    return NO_OBJECT_RE.fullmatch(after_verb) is None


def _refers_to_sro_role(flat: str, begin: int, before: str) -> bool:
    """The date's sentence (from ``begin``; ``before`` up to the date) speaks of "her assignment" or
    "this position" and the sentence before it names the SRO role and no other post: the assignment
    is the SRO's ("... is assigned to the District as a School Resource Officer. Her assignment began on
    July 1, 2018.")."""
    if ANAPHORA_RE.search(before) is None or begin == 0:
        return False
    previous = flat[_sentence_start(flat, max(0, begin - 2)) : begin]
    return SRO_ROLE_RE.search(previous) is not None and OTHER_ASSIGNMENT_RE.search(previous) is None


# A sentence that opens with its date: "On August 6, 2018, he was assigned as the SRO at ...". The verb
# of starting comes within a few words after the date.
OPENING_CUE_RE = re.compile(r"\s*(?:on|in)\s*(?:the\s+)?", re.I)
VERB_REACH = 64  # characters after such a date its sentence's verb is looked for in (a ranked full name fits:
# ", Officer Tobias E. Wainwright was assigned")


def _opens_a_start_sentence(flat: str, before: str, end: int) -> bool:
    """The date at ``flat[:end]`` opens its sentence after a bare "On"/"In" (``before``), and the sentence
    goes on to start the SRO role: a verb of starting soon after the date, then the role, and no other
    post or date between ("On August 6, 2018, he was assigned as the School Resource Officer ...")."""
    if OPENING_CUE_RE.fullmatch(before) is None:
        return False
    after = flat[end : _sentence_end(flat, end)]
    verb = START_VERB_RE.search(after, 0, VERB_REACH)
    if verb is None or re.search(r"\d", after[: verb.start()]):
        return False
    role = SRO_ROLE_RE.search(after, verb.start())
    return (
        role is not None
        and OTHER_ASSIGNMENT_RE.search(after, verb.start(), role.end()) is None
        and EMPLOY_RE.search(after, 0, role.start()) is None
    )


# A date's service running on to the letter's day: "August 2017 - present", "08/01/2016  Present" (an
# assignment table's "To" column), "to date".
TO_PRESENT_RE = re.compile(
    r"\s*(?:[-–—]+\s*|\bto\s+|\bthrough\s+|\|\s*)?(?:the\s+)?(?:present|current|date)\b", re.I
)


# A table's "To" cell right after its "From" cell: "School Resource Officer - Hollister MS 08/14/2017
# 07/31/2020" is a closed term of the role, as a range printed with its dash is.
TO_CELL_RE = re.compile(
    r"\s+(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d)\b"
)


def _to_present(flat: str, end: int) -> bool:
    """The date at ``flat[:end]`` is followed by the present as its range's end, or by another date (a
    table's "To" cell): printed right after the role ("School Resource Officer, Oak High School, August
    2017 - present"), it starts the role."""
    return TO_PRESENT_RE.match(flat, end) is not None or TO_CELL_RE.match(flat, end) is not None


def _position_field_names_role(before: str) -> bool:
    """``before`` (a form's text up to a date) ends with a position field naming the SRO role and then a
    bare "Start date:" label: the start is the position's, as the form prints it beside the position."""
    field = POSITION_FIELD_RE.search(before)
    return field is not None and SRO_ROLE_RE.search(field.group(1)) is not None


def _role_right_before(before: str) -> bool:
    """``before`` ends with the SRO role, maybe with its school: "as School Resource Officer at Oak High"."""
    # Overlapping matches: "assigned as School" and "School Resource Officer" both name the role.
    pos = 0
    while (m := SRO_ROLE_RE.search(before, pos)) is not None:
        if ROLE_TO_DATE_RE.fullmatch(before, m.end()) is not None:
            return True
        pos = m.start() + 1
    return False


def _employer_cue(before: str) -> int:
    """Where the last words of being employed end in ``before`` (-1: none). "with this department" right
    after the role ("served as a School Resource Officer with this department since ...") names the
    role's employer: the date it precedes starts the role, not a hire."""
    roles = [m.end() for m in SRO_ROLE_RE.finditer(before)]
    ends = [
        m.end()
        for m in EMPLOY_RE.finditer(before)
        if not (m.group(0)[:4].lower() == "with" and any(not before[r : m.start()].strip() for r in roles))
        and not (
            m.group(0).lower() == "academy"
            and any(PLACE_OF_ROLE_RE.fullmatch(before, r, m.start()) for r in roles)
        )
    ]
    return max(ends, default=-1)


# What stands between the role and the school it is at, when the school's name ends in "Academy": "School
# Resource Officer at Harbor City Preparatory Academy" names the place of the role, no police academy.
PLACE_OF_ROLE_RE = re.compile(r"\s+(?:at|for|of)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\.?\s+){1,5}")


# A start still to come, said before its date in the sentence: "will be assigned as the SRO ... effective
# August 11, 2025", "is scheduled to begin", "shall assume the duties on".
FUTURE_RE = re.compile(
    r"\b(?:will|shall)\b|\b(?:is|are)\s+(?:to\s+(?:be|begin|start|assume)|scheduled|set|expected|slated)\b"
    r"|\bupcoming\b",
    re.I,
)


OPENING_DATE_CUE_RE = re.compile(
    r"\s*(?:(?:effective|on|as\s+of|beginning|starting|commencing)\s*)?(?:the\s+)?", re.I
)


def _still_to_come(flat: str, start: int, end: int) -> bool:
    """The start at ``flat[start:end]`` is announced for later: its sentence's verb before it is in the
    future ("will be assigned ... effective <date>"), or the sentence opens on the date and its verb after
    it is ("Effective July 1, 2025, Officer Ruiz shall be assigned as ..."). "has served since <date> and
    will continue" is a past start."""
    begin = _sentence_start(flat, start)
    if FUTURE_RE.search(flat, begin, start):
        return True
    if not OPENING_DATE_CUE_RE.fullmatch(flat, begin, start):
        return False
    after = flat[end : _sentence_end(flat, end)]
    verb, future = START_VERB_RE.search(after), FUTURE_RE.search(after)
    return future is not None and (verb is None or future.start() < verb.start())


def _starts(
    flat: str, lined: str | None = None
) -> tuple[list[tuple[date, date, str, str | None]], list[str], list[str]]:
    """(earliest, latest, as printed, why unsure) of each SRO start the letter states, the hire dates it
    states and the SRO starts it announces for later ("will be assigned ... effective"), as printed."""
    out: list[tuple[date, date, str, str | None]] = []
    hires: list[str] = []
    future: list[str] = []
    taken: list[tuple[int, int]] = []
    ends: list[date] = []  # the last days of SRO terms whose start is a sure day
    day_first = may_print_day_first(flat)
    for d in find_dates(flat):
        taken.append(d.span)
        kind = _service_started(flat, *d.span, is_range=d.is_range, lined=lined)
        if kind == "hire":
            hires.append(d.text)
        if kind != "sro":
            continue
        if _still_to_come(flat, *d.span):
            future.append(d.text)  # no service yet: the assignment begins after the letter speaks
            continue
        why = None
        unsure = either_way_round(d, day_first)
        if d.precision == "month":
            why = f"the letter prints the SRO start as {d.text!r}, without its day"
        elif unsure:
            why = f"day and month of the SRO start {d.text!r} could be either way round"
        if unsure:
            # Either reading could be the start: a single day is kept as the span between its two
            # readings, for R1 to decide only when both agree; a range's is not kept.
            swapped = _swapped(d)
            if swapped is not None:
                out.append((min(d.start, swapped), max(d.start, swapped), d.text, why))
            continue
        # "from August 20, 2012 until June 30, 2019", "from June 2015 to August 2020": a range's first end
        # starts the service (extract.letter_end reads its second).
        earliest, latest = d.first_span
        if ON_OR_ABOUT_RE.search(flat, max(0, d.span[0] - 20), d.span[0]):
            # "on or about June 6, 2022": near the day, not surely it.
            why = f"the letter gives the SRO start only as about {d.text!r}"
            earliest, latest = _months_later(earliest, -1), _months_later(latest, 1)
        out.append((earliest, latest if why else earliest, d.text, why))
        if why is None and (term_end := _term_end(flat, d)) is not None:
            ends.append(term_end)
    out = _continuing(out, ends)
    spans = _school_years(flat, taken) + _school_year_lists(flat) + _seasons(flat, taken)
    for m in YEAR_TO_PRESENT_RE.finditer(flat):
        # "School Resource Deputy, Ferris Central High School, 2019-present": the role's year, to today.
        s, e = m.span(1)
        clause = flat[max(_sentence_start(flat, s), flat.rfind(";", 0, s) + 1) : s]
        if any(a <= s < b for a, b in taken) or not _role_right_before(clause):
            continue
        taken.append((s, e))
        year = int(m.group(1))
        spans.append(
            (date(year, 1, 1), date(year, 12, 31), m.group(1), f"the letter prints only the year {year}")
        )
    for m in BARE_YEAR_RE.finditer(flat):
        s, e = m.span(1)
        if any(a <= s < b for a, b in taken) or _service_started(flat, s, e) != "sro":
            continue
        year = int(m.group(1))
        spans.append(
            (date(year, 1, 1), date(year, 12, 31), m.group(1), f"the letter prints only the year {year}")
        )
    for span in spans:
        # A school year, a season or a year announced for later ("will be assigned ... beginning with the
        # 2025-2026 school year") starts no service, as a day announced so does not.
        at = flat.find(span[2])
        if at >= 0 and _still_to_come(flat, at, at + len(span[2])):
            future.append(span[2])
        else:
            out.append(span)
    return out, hires, future


def _term_end(flat: str, d: DateMatch) -> date | None:
    """The last day of the SRO term a sure day ``d`` starts, printed with it: a range's second end
    ("08/14/2017 - 07/31/2020") or a table's "To" cell right after its "From" cell; None when it runs on
    or its end is no sure day."""
    if d.is_range:
        return d.end if d.precision == "day" else None
    cell = TO_CELL_RE.match(flat, d.span[1])
    if cell is None:
        return None
    found = find_dates(cell.group(0))
    if len(found) != 1 or found[0].precision != "day" or found[0].is_range or found[0].order_unsure:
        return None
    return found[0].start


def _continuing(
    starts: list[tuple[date, date, str, str | None]], ends: list[date]
) -> list[tuple[date, date, str, str | None]]:
    """The starts without those that continue an SRO term ending the day before (or the same day): an
    assignment history's back-to-back rows ("SRO - Hollister MS 08/14/2017 07/31/2020", "SRO - Hollister
    HS 08/01/2020 Present") are one service from the first row's start, not two starts to choose from."""
    if len({(a, b) for a, b, _, _ in starts}) < 2:
        return starts
    joined = {e + timedelta(days=n) for e in ends for n in (0, 1)}
    kept = [s for s in starts if not (s[3] is None and s[0] == s[1] and s[0] in joined)]
    return kept if kept else starts


def _months_later(day: date, months: int) -> date:
    """``day`` moved by ``months`` (negative: earlier), its day kept or the month's last."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _swapped(d: DateMatch) -> date | None:
    """A single numeric date read the other way round ("03/09/2018": the 3rd of September for the 9th of
    March); None for a range, a date in words, or a day that does not exist."""
    pairs = [(int(a), int(b)) for a, _sep, b in NUMERIC_DAY_MONTH_RE.findall(d.text)]
    if d.is_range or d.precision != "day" or len(pairs) != 1 or d.start.month not in pairs[0]:
        return None
    try:
        return date(d.start.year, d.start.day, d.start.month)
    except ValueError:
        return None


def may_print_day_first(flat: str) -> bool:
    """The letter prints a numeric date day first ("14/03/2025"), names a place that writes dates day
    first (a Canadian or British address), is worded in a day-first language (``in_a_day_first_language``)
    or states a day-first order ("DD/MM/YYYY"): its other numeric
    dates are then not surely month first, as the certificate reader holds too
    (``extract.certificate._day_first_evident``). A US issuer's "03/09/2018" is the 9th of March; a
    Canadian constable's may well be the 3rd of September, half a year earlier for R1."""
    pairs = [(int(a), int(b)) for a, _sep, b in NUMERIC_DAY_MONTH_RE.findall(flat)]
    if any(a > 12 and b <= 12 for a, b in pairs) or names_a_day_first_place(flat):
        return True
    if in_a_day_first_language(flat):
        return True
    return any(m.group("dm") for m in DATE_ORDER_RE.finditer(flat))


def either_way_round(d: DateMatch, day_first: bool) -> bool:
    """Day and month of ``d`` could be read either way round: dotted ("03.04.2022"), or numeric in a text
    that may print day first (``may_print_day_first``) with both numbers 12 or under and unequal."""
    if d.order_unsure:
        return True
    pairs = [(int(a), int(b)) for a, _sep, b in NUMERIC_DAY_MONTH_RE.findall(d.text)]
    return day_first and any(a != b and a <= 12 and b <= 12 for a, b in pairs)


def _school_years(flat: str, taken: list[tuple[int, int]]) -> list[tuple[date, date, str, str | None]]:
    """The SRO starts a letter dates only by a school year: the span from its July to its June."""
    out: list[tuple[date, date, str, str | None]] = []
    for m in SCHOOL_YEAR_RE.finditer(flat):
        y = "y" if m.group("y") else "y_"
        y2 = "y2" if m.group("y2") else "y2_"
        year, second = int(m.group(y)), int(m.group(y2))
        if second % 100 != (year + 1) % 100 or any(a <= m.start(y) < b for a, b in taken):
            continue  # "2019-2021" is no school year
        part = m.group("part")
        started = _service_started(flat, m.start("part") if part else m.start(y), m.end(y2))
        # "was assigned as the SRO at Harlan Valley High School for AY 2020-21": the role's first year
        # (the abbreviation's own stop, "for AY.2020-21" on a scan, is no sentence's end)
        before = flat[_sentence_start(flat, m.start()) : m.start(y)].rstrip().removesuffix(".")
        role_year = y == "y_" and _role_right_before(before)
        if started != "sro" and not role_year:
            continue
        printed = flat[m.start("part") if part else m.start(y) : m.end()]
        if y == "y_":
            printed = flat[flat.rfind(" ", 0, m.start(y) - 1) + 1 : m.end()]
        why = f"the letter dates the SRO start only by the {printed}"
        # A school year runs July to June; its start falls between July and the end of September (a
        # district's first day of school, early or late).
        last = date(year, 9, 30) if part else date(year + 1, 6, 30)
        out.append((date(year, 7, 1), last, printed, why))
    return out


def _school_year_lists(flat: str) -> list[tuple[date, date, str, str | None]]:
    """The SRO start of a service a letter gives as consecutive school years ("served as the SRO ... for
    the 2020-21, 2021-22 and 2022-23 school years"): the span of the first, July to June. Only when the
    sentence names the SRO role before the list and no other post; years with a gap are two services (a
    person counts them)."""
    out: list[tuple[date, date, str, str | None]] = []
    for m in SCHOOL_YEAR_LIST_RE.finditer(flat):
        years = [int(y) for y in re.findall(r"((?:19|20)\d\d)\s*[-–/]", m.group("list"))]
        if any(b != a + 1 for a, b in itertools.pairwise(years)):
            continue
        before = flat[_sentence_start(flat, m.start()) : m.start()]
        if SRO_ROLE_RE.search(before) is None or OTHER_ASSIGNMENT_RE.search(before):
            continue
        printed = m.group(0)
        why = f"the letter dates the SRO service only by school years ({m.group('list')})"
        out.append((date(years[0], 7, 1), date(years[0] + 1, 6, 30), printed, why))
    return out


def school_year_lists(flat: str) -> list[tuple[int, int]]:
    """Where ``flat`` lists school years ("2016-17, 2017-18 and 2018-19 school years"): no span of a
    service's own ("2016-17, 2017" is no range that ended)."""
    return [m.span("list") for m in SCHOOL_YEAR_LIST_RE.finditer(flat)]


def _seasons(flat: str, taken: list[tuple[int, int]]) -> list[tuple[date, date, str, str | None]]:
    """The SRO starts a letter dates only by a season or part of a year ("since the fall of 2021"): the
    span of SEASON_SPANS, never a day. Whether it decides R1 is the ledger's call (the whole span meets
    the three years, or none of it does); otherwise a person asks."""
    out: list[tuple[date, date, str, str | None]] = []
    for m in SEASON_RE.finditer(flat):
        if any(a <= m.start("y") < b for a, b in taken):
            continue
        # The cue before the season word is what says the date starts something ("since the ").
        if _service_started(flat, m.start("season"), m.end("y")) != "sro":
            continue
        year = int(m.group("y"))
        m1, y1, m2, y2 = SEASON_SPANS[m.group("season").lower()]
        last = date(year + y2, m2, calendar.monthrange(year + y2, m2)[1])
        printed = flat[m.start("season") : m.end("y")]
        why = f"the letter dates the SRO start only by {printed!r}"
        out.append((date(year + y1, m1, 1), last, printed, why))
    return out


# Another post held beside the SRO one: "continues in that role in addition to her patrol duties".
IN_ADDITION_RE = re.compile(
    r"\b(?:in\s+addition\s+to|as\s+well\s+as|alongside|along\s+with|besides|while\s+also)\s+(?:\S+\s+){0,3}$",
    re.I,
)


# A table row's or a listed post's "From" date running to the present: "School Resource Officer 08/21/2016
# Present", "Patrol Officer 08/02/2020 - Current", "SRO, Oak HS, August 2016 to date". The post is the text
# between the date before it (the previous row's last cell) and this one.
_DATE_CELL = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d"
    r"|[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d)"
)
DATE_CELL_RE = re.compile(_DATE_CELL)
PRESENT_CELL_RE = re.compile(
    # "date" only after its "to" (or a dash): a bare "Date" after a date cell is the next field's label
    rf"{_DATE_CELL}\s*(?:(?:[-–—]+\s*|\bto\s+|\|\s*)?(?:the\s+)?(?:present|current)|(?:[-–—]+\s*|\bto\s+)date)\b"
    r"(?!\s+(?:employee|member|staff|agreement|contract|memorandum|mou|school\s+year|status|assignment|"
    r"position|rank|title|duties|role|post|supervisor|address|salary)\b)(?!\s*(?:[\w.]+\s*){0,2}:)",
    re.I,
)


def present_rows(flat: str) -> list[tuple[bool | None, tuple[int, int]]]:
    """The posts ``flat`` lists as running to the present (a table's "To" cell "Present", a "- present"
    range), each as (SRO role?, its span): True the SRO role, False another assignment (patrol,
    investigations ...), None a rank or nothing that says which (a "Police Officer" row: employment)."""
    out: list[tuple[bool | None, tuple[int, int]]] = []
    for m in PRESENT_CELL_RE.finditer(flat):
        earlier = [d.end() for d in DATE_CELL_RE.finditer(flat, 0, m.start())]  # endpos: none runs past
        begin = max(earlier[-1] if earlier else 0, _sentence_start(flat, m.start()))
        post = flat[begin : m.start()]
        if SRO_ROLE_RE.search(post):
            out.append((True, (m.start(), m.end())))
        elif OTHER_ASSIGNMENT_RE.search(post) and not IN_ADDITION_RE.search(post):
            out.append((False, (m.start(), m.end())))
        else:
            out.append((None, (m.start(), m.end())))
    return out


LABEL_END_RE = re.compile(r"\s*(?:date\s*)?:")


def _employment(flat: str) -> tuple[Employment | None, str | None]:
    """ "current" when the letter says the person still serves as an SRO, "ended" when it says they left;
    None when it says neither, or both."""
    field = read_status_field(flat)  # a form's ticked status: "Status: [X] Active [ ] Inactive"
    flat = without_status_fields(flat)  # its choices, ticked or not, are no prose
    # "(formerly Patrol)" beside a name masks its cue; "(formerly School Resource Officer)" is the end itself.
    names = [
        (m.start(), m.end()) for m in FORMER_NAME_RE.finditer(flat) if not SRO_ROLE_RE.search(m.group(0))
    ]
    listed_years = school_year_lists(flat)
    ended = next(
        (
            m.group(0)
            for m in ENDED_RE.finditer(flat)
            if not _other_posts_span(flat, m)
            and not any(a <= m.start() < b for a, b in names)
            and not leaving_to_come(flat, m.start())
            and not any(a <= m.start() < b for a, b in listed_years)
            # a form's label ("Date SRO assignment ended:") states nothing; its value may (letter_end)
            and not LABEL_END_RE.match(flat, m.end())
        ),
        None,
    )  # "Officer Jessica Hartwell (formerly Moreno)": her name was another, not her post
    current = None
    rows = present_rows(flat)
    # A post running to the present that is the SRO role says it goes on; another assignment (patrol ...)
    # to the present says the SRO post listed above it is over (both: a person's); a rank says neither.
    sro_rows = [span for sro, span in rows if sro]
    other_rows = [span for sro, span in rows if sro is False]
    if sro_rows:
        current = flat[sro_rows[0][0] : sro_rows[0][1]]
    if other_rows:
        ended = ended or flat[other_rows[0][0] : other_rows[0][1]]
    in_rows = [span for _, span in rows]
    # A cue of the present in a sentence naming no post of the role speaks of the post the letter names
    # ("She remains in that assignment"); in a letter naming no SRO or school-safety post at all ("a sworn
    # officer of the School District Police Department ... currently assigned to the day shift") it says
    # nothing of one. (Another assignment held today still says the person is no SRO now.)
    names_the_role = SRO_ROLE_RE.search(flat) is not None or SCHOOL_SAFETY_POST_RE.search(flat) is not None
    for m in CURRENT_RE.finditer(flat):
        if any(a <= m.start() < b for a, b in in_rows):
            continue  # read above, as its row's
        begin = _sentence_start(flat, m.start())
        sentence = flat[begin : _sentence_end(flat, m.end())]
        roles = [r.end() for r in SRO_ROLE_RE.finditer(flat, begin, m.start())]
        between = flat[roles[-1] : m.start()] if roles else ""
        if (other := OTHER_ASSIGNMENT_RE.search(between)) and not IN_ADDITION_RE.search(
            between[: other.start()]
        ):
            # "was our SRO ... until 05/2022, when he was promoted to Detective in the Investigations
            # Division, where he currently serves": the present is the other post's, or the letter unclear.
            continue
        if SRO_ROLE_RE.search(sentence) is None:
            if (other := OTHER_ASSIGNMENT_RE.search(sentence)) and not IN_ADDITION_RE.search(
                sentence[: other.start()]
            ):
                # Still employed, in another post: the SRO assignment is over, or the letter is unclear.
                ended = ended or m.group(0)
                continue
            if not names_the_role:
                continue
            if STANDING_AFTER_RE.match(flat, m.end()):
                continue  # "remains in good standing": the person, not the assignment
        current = current or m.group(0)
    if field is not None:
        status, printed = field
        if status == "current":
            current = current or printed
        else:
            ended = ended or printed
    if ended is not None and current is not None and _returned_after(flat, ended, current):
        ended = None  # "... until June 2019, when he was reassigned. He returned to the SRO post in 2024 and
        # continues to serve in it today": the end is the first term's, the return is today's. Or "... to
        # June 30, 2022. On July 1, 2022 she was appointed the district's School Safety Coordinator, a
        # position she currently holds": the SRO term ended, the school-safety post goes on (R2's).
    if ended is not None:
        return ("ended", ended) if current is None else (None, None)
    if current is not None:
        return "current", current
    # "has served as an SRO since ...": present perfect with no end is still going on (in the role; "has
    # been employed by the department since" says nothing of the assignment).
    # "has been our SRO for the past four years" goes on too: the past years run up to the letter's date.
    for perfect in re.finditer(
        r"\bha(?:s|ve)\s+(?:been|served|worked)\b[^.]{0,80}?\b(?:since|for\s+the\s+(?:past|last))\b",
        flat,
        re.I,
    ):
        if SRO_ROLE_RE.search(perfect.group(0)):
            return "current", perfect.group(0)
    return None, None


# The cues of a person's earlier name, and the name itself: one to three capitalised words.
_FORMER_CUE = r"(?:n[ée]e|formerly(?:\s+known\s+as)?|previously|f/k/a)"
_CAPITALISED_WORDS = r"(?:[A-Z][\w'-]+\.?\s+){0,2}[A-Z][\w'-]+"
# What a cue of an end must not be read in: a bracket after the person's name ("(formerly Moreno)", "(née
# Moreno)", and "(formerly Patrol)" too: their earlier name or post beside the present one, not the end of
# the SRO assignment), and "formerly known as" anywhere (a renaming).
FORMER_NAME_RE = re.compile(rf"\(\s*{_FORMER_CUE}\s+{_CAPITALISED_WORDS}\s*\)|\bformerly\s+known\s+as\b")
# The name itself after "formerly", "née", "maiden name", in brackets or not ("(formerly Moreno)", "formerly
# known as Ana Ortega", "maiden name: Ortega").
FORMER_NAME_VALUE_RE = re.compile(
    rf"(?:\(\s*{_FORMER_CUE}\s+|\b(?:formerly\s+known\s+as|f/k/a|n[ée]e|maiden\s+name\s*:?)\s+)"
    rf"({_CAPITALISED_WORDS})(?=\s*[),.;]|\s+(?-i:[a-z]))"
)


def read_former_names(flat: str) -> tuple[str, ...]:
    """The earlier names a letter gives its person ("Officer Jessica Hartwell (formerly Moreno)": Moreno),
    as printed; a post ("(formerly Patrol)") is no name."""
    found = (m.group(1) for m in FORMER_NAME_VALUE_RE.finditer(flat))
    return tuple(dict.fromkeys(name for name in found if not names_a_post(name) and not RANK_RE.match(name)))


# A return to the post after an absence: "returned to the SRO assignment", "resumed her duties as", "was
# reassigned back to", "back in the school resource officer position", "was again assigned as",
# "re-appointed", "was assigned again as".
RETURNED_RE = re.compile(
    r"\b(?:returned\s+to|resumed|(?:re)?assigned\s+back|came\s+back|back\s+(?:to|in|at)\s+(?:the|his|her|that|"
    r"this|our)\b|reinstated|rejoined|re-?appointed|again\s+(?:assigned|appointed|selected|placed|named)\b"
    r"|(?:assigned|appointed|selected|placed|named)\s+(?:once\s+)?again\b)",
    re.I,
)


# Words right before a cue of leaving that put it later than the letter: "He will retire June 30, 2027", "Her
# planned retirement date is ...", "is scheduled to be reassigned to Patrol effective July 1, 2025".
LEAVING_TO_COME_RE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:scheduled|set|expected|slated|due|eligible)|(?:plans?|intends?|expects?)"
    r"|planned|anticipated|projected|expected|scheduled|upcoming|future|pending|eligible)\b"
    r"(?:\s+(?:to|for|be|to\s+be|date\s+of|the|her|his|their))*\s*$",
    re.I,
)


def leaving_to_come(flat: str, at: int) -> bool:
    """The cue of leaving at ``flat[at]`` is announced for later: until then the person still serves."""
    return LEAVING_TO_COME_RE.search(flat, max(_sentence_start(flat, at), at - 40), at) is not None


def _school_safety_post_now(sentence: str) -> bool:
    """The sentence saying the person serves today names a school-safety post (``SCHOOL_SAFETY_POST_RE``)
    and no other assignment: the post it says goes on is that one."""
    return (
        SCHOOL_SAFETY_POST_RE.search(sentence) is not None
        and OTHER_ASSIGNMENT_RE.search(sentence) is None
        # the writer's own post ("I currently serve as the district's School Safety Coordinator") is not it
        and re.search(r"\b(?:I|me|my)\b", sentence) is None
    )


def _returned_after(flat: str, ended: str, current: str) -> bool:
    """The sentence saying the person serves today also says they came back to the SRO post (or names the
    school-safety post they now hold), and every cue of an end comes before it: the end was of an earlier
    term."""
    cues = [m for m in CURRENT_RE.finditer(flat) if m.group(0) == current]
    if not cues:
        return False
    start = _sentence_start(flat, cues[0].start())
    sentence = flat[start : _sentence_end(flat, cues[0].end())]
    returned = RETURNED_RE.search(sentence) is not None and SRO_ROLE_RE.search(sentence) is not None
    if not returned and not _school_safety_post_now(sentence):
        return False
    back = [(r.start(), r.end()) for r in RETURNED_RE.finditer(flat)]
    ends = [
        m
        for m in ENDED_RE.finditer(flat)
        if not _other_posts_span(flat, m) and not any(a <= m.start() < b for a, b in back)
    ]  # "reassigned back to the SRO unit" is the return, not an end
    return any(m.group(0) == ended for m in ends) and all(m.end() <= start for m in ends)


def _closing_block(lines: Sequence[Line]) -> set[int]:
    """The lines from the letter's last closing ("Sincerely,") to the end of its page."""
    closings = [i for i, ln in enumerate(lines) if CLOSING_RE.search(ln.text)]
    if not closings:
        return set()
    page = lines[closings[-1]].page
    return {i for i in range(closings[-1], len(lines)) if lines[i].page == page}


def _other_posts_span(flat: str, m: re.Match[str]) -> bool:
    """An end cue that is a dated span ("from March 5, 2012 to August 5, 2018", "until 2018") in a
    sentence naming another post and not the SRO role: the span is that post's ("worked in the Patrol
    Division from 2012 to 2018"), and says nothing of whether the SRO service ended. Leaving words
    ("reassigned", "retired") still end it, whatever post they name."""
    if not re.search(r"\d", m.group(0)):
        return False
    begin, end = _sentence_start(flat, m.start()), _sentence_end(flat, m.end())
    # A list of posts with their years ("Detention, 2011-2014; Patrol Division, 2014-2019; School Resource
    # Deputy, 2019-present"): the span is the post of its own clause.
    semi = flat.find(";", m.end(), end)
    clause = flat[max(begin, flat.rfind(";", begin, m.start()) + 1) : semi if semi >= 0 else end]
    for part in dict.fromkeys((clause, flat[begin:end])):
        other = OTHER_ASSIGNMENT_RE.search(part) or AGREEMENT_RE.search(part)
        if other is not None and SRO_ROLE_RE.search(part) is None:
            return True
    return False


# An agreement's term is no service of the person's: "The current Memorandum of Understanding ... runs from
# July 1, 2024 through June 30, 2025".
AGREEMENT_RE = re.compile(
    r"\b(?:memorandum|MOU|MOA|agreement|contract|grant|interlocal|budget|fiscal\s+year)\b", re.I
)


def _signature_lines(lines: Sequence[Line]) -> set[int]:
    """Lines naming the letter's writer: the signature block (from the closing, "Sincerely,", to the end
    of its page), a signature over a job title, a memo's "FROM:" line."""
    out: set[int] = set()
    closing_page: int | None = None
    for i, ln in enumerate(lines):
        if CLOSING_RE.search(ln.text):
            closing_page = ln.page
        if (
            (closing_page is not None and ln.page == closing_page)
            or FROM_RE.search(ln.text)
            or _signature(lines, i)
        ):
            out.add(i)
    return out


def _signature(lines: Sequence[Line], i: int) -> bool:
    # A signature is a short line over a job title; prose near "the Sheriff's Office" is not.
    return len(lines[i].text.split()) <= 5 and signs(lines, i)


def _letter_participant(lines: Sequence[Line], flat_start: str | None) -> Evidence | None:
    """The officer the letter is about: a ranked name in its prose (or one a verification introduces), the
    one its start sentence names, else the one named most often; never the signer, nor someone speaking
    of themselves ("I am Sgt. ...")."""
    skip = _signature_lines(lines)
    signers = _signers(lines, skip)
    signed = _signed_names(lines, skip)
    found: list[tuple[str, Line]] = []
    for i, ln in enumerate(lines):
        if i in skip:
            continue
        for m in (*RANK_RE.finditer(ln.text), *NAME_CUE_RE.finditer(ln.text)):
            if re.search(r"\bI\s+am\s*$|\bmy\s+name\s+is\s*$", ln.text[: m.start()], re.I):
                continue
            name = _name_at(ln.text[m.end() :])
            if name and name.isupper() and not names_a_given_name(name.split()[0]):
                continue  # a heading in capitals: "SCHOOL RESOURCE OFFICER SERVICE VERIFICATION"
            if name and person_name_score(name) >= 0.5 and not _a_signer(name, signers, signed):
                found.append((name, ln))
    if not found:
        found = _named_in_subject_line(lines, skip, signers)
    if not found:
        found = _named_opening_start_sentence(lines, skip, signers, flat_start)
    if not found:
        return None
    surnames = [_surname(n) for n, _ in found]
    if flat_start is not None:
        named = [s for s in surnames if s and re.search(rf"\b{re.escape(s)}\b", flat_start, re.I)]
        if named:
            surnames = named
    best = max(dict.fromkeys(surnames), key=surnames.count)  # a tie: the first named, on every run
    name, line = max(((n, ln) for n, ln in found if _surname(n) == best), key=lambda f: len(f[0].split()))
    # As a certificate's name is: OCR's "Il" for the suffix II undone.
    return Evidence(page=line.page, bbox=line.bbox, text=tidy_read_name(name), conf=line.mean_conf)


def _signer_text(text: str) -> str:
    """A signature line's name part: a memo's "FROM: Officer Quentin D. Harrow, School Resource Officer" is
    "Officer Quentin D. Harrow" (the title after its comma names no one); any other line as it is."""
    m = FROM_RE.match(text)
    return text if m is None else text[m.end() :].split(",")[0].strip()


def _signers(lines: Sequence[Line], skip: set[int]) -> set[str]:
    return {_surname(_signer_text(ln.text)) for i, ln in enumerate(lines) if i in skip}


def _signed_names(lines: Sequence[Line], skip: set[int]) -> set[tuple[str, ...]]:
    """The name words (given name first, surname last) of the signature block's lines naming a person."""
    return {tokens for i in skip if len(tokens := _name_words(_signer_text(lines[i].text))) >= 2}


def _name_words(text: str) -> tuple[str, ...]:
    """The name words a signature line starts with, after its rank or courtesy title."""
    return name_tokens(strip_honorifics(_name_at(_after_rank(text))))


SAME_SURNAME_MIN = 5  # a surname this long may differ from its signature's by one misread letter


def _same_surname(a: str, b: str) -> bool:
    """One surname, as read twice: equal, or (long) one letter apart ("Voskuijlen" signed "Voskuijien" on a
    scan). Taking two people for one only sends the letter to a person (a self-verification)."""
    return a == b or (min(len(a), len(b)) >= SAME_SURNAME_MIN and Levenshtein.distance(a, b) <= 1)


def _a_signer(name: str, signers: set[str], signed: set[tuple[str, ...]]) -> bool:
    """``name`` may be the letter's signer: it shares a signer's surname, and no given name tells them
    apart ("Officer Megan C. Hale" in a letter Chief Robert D. Hale signs is his officer, not him)."""
    surname = _surname(name)
    if not any(_same_surname(surname, s) for s in signers):
        return False
    tokens = name_tokens(name)
    same = [s for s in signed if _same_surname(s[-1], surname)]
    return not (len(tokens) >= 2 and same and all(s[0] != tokens[0] for s in same))


# An SRO post held part of the time or standing in for another: "part-time School Resource Officer",
# "relief SRO", "serves as the backup SRO", "substitute School Resource Deputy". The rules count service as
# an SRO; whether such a post is it is a person's call.
PART_POST_RE = re.compile(
    r"\b(?:part[\s-]*time|relief|substitute|back[\s-]*up|fill[\s-]*in|alternate|as[\s-]*needed|on[\s-]*call|"
    r"temporary|interim|acting|auxiliary|reserve)\s+(?:school\s+resource\s+(?:officer|deputy)|SRO)s?\b",
    re.I,
)


def part_post(flat: str) -> str | None:
    """The words naming a part-time or relief SRO post in a letter's text, else None."""
    m = PART_POST_RE.search(flat)
    return " ".join(m.group(0).split()) if m else None


def part_post_note(words: str) -> str:
    return f"{PART_POST_NOTE} ({words!r}): whether it is service as an SRO is a person's call"


def self_signed_note(name: str) -> str:
    return (
        f"{SELF_SIGNED_NOTE} ({name}): a self-verification, not the employer's; it proves neither the "
        "SRO service nor current employment on its own"
    )


def self_signed_name(lines: Sequence[Line]) -> str | None:
    """The officer a letter is about when they sign it themself: its prose names, with a rank ("I, Officer
    Darnell K. Pruitt, have served ..."), nobody but a person whose given name and surname are those of a
    signature line ("Officer Darnell K. Pruitt" over "School Resource Officer"). A chief writing of an
    officer who shares the chief's surname is no self-verification (their given names differ)."""
    skip = _signature_lines(lines)
    signed = _signed_names(lines, skip)
    if not signed:
        return None
    named: dict[tuple[str, ...], str] = {}
    for i, ln in enumerate(lines):
        if i in skip:
            continue
        for m in RANK_RE.finditer(ln.text):
            name = _name_at(ln.text[m.end() :])
            tokens = name_tokens(name)
            if len(tokens) >= 2 and person_name_score(name) >= 0.5:
                named.setdefault(tokens, name)
    mine = [name for tokens, name in named.items() if _same_person(tokens, signed)]
    others = [tokens for tokens in named if not _same_person(tokens, signed)]
    return tidy_read_name(mine[0]) if mine and not others else None


def _after_rank(text: str) -> str:
    m = RANK_RE.match(text.strip())
    return text.strip()[m.end() :] if m else text.strip()


def _same_person(tokens: tuple[str, ...], signed: set[tuple[str, ...]]) -> bool:
    """Given name and surname both those of a signature's name ("darnell", "pruitt")."""
    return any(tokens[0] == s[0] and _same_surname(tokens[-1], s[-1]) for s in signed)


# A letter's subject line: "RE: Jonathan P. Whitaker, Badge No. 2217", "Subject: Dana Ruiz".
SUBJECT_LINE_RE = re.compile(r"^\s*(?:re|subject|subj)\s*[:.]\s*", re.I)


def _named_in_subject_line(
    lines: Sequence[Line], skip: set[int], signers: set[str]
) -> list[tuple[str, Line]]:
    """A person the subject line names when the prose names nobody ("RE: Jonathan P. Whitaker" over "The
    above-named officer has served ..."): the letter is about whom its subject line names. The line must
    begin with the name, read as a person's and starting with a known given name or an initial ("RE:
    Employment Verification" and "Subject: Assignment History" name nobody)."""
    out: list[tuple[str, Line]] = []
    for i, ln in enumerate(lines):
        m = SUBJECT_LINE_RE.match(ln.text)
        if m is None or i in skip:
            continue
        name = _name_at(ln.text[m.end() :])
        if (
            len(name.split()) >= 2
            and person_name_score(name) >= 0.5
            and names_a_given_name(name.split()[0])
            and _surname(name) not in signers
        ):
            out.append((name, ln))
    return out


def _named_opening_start_sentence(
    lines: Sequence[Line], skip: set[int], signers: set[str], flat_start: str | None
) -> list[tuple[str, Line]]:
    """A person the sentence stating the SRO start opens on, without a rank or cue ("Dana R. Whitfield
    served as a School Resource Officer from ..."): the letter is about whom it says served. As a subject
    line's, the name must read as a person's and start with a known given name, and open a line."""
    name = _name_at(flat_start.strip()) if flat_start else ""
    if (
        len(name.split()) < 2
        or person_name_score(name) < 0.5
        or not names_a_given_name(name.split()[0])
        or _surname(name) in signers
    ):
        return []
    opening = (ln for i, ln in enumerate(lines) if i not in skip and ln.text.strip().startswith(name))
    return [(name, ln) for ln in itertools.islice(opening, 1)]


def _name_at(text: str) -> str:
    """The capitalised words a text starts with, up to the first that is not part of a name."""
    out: list[str] = []
    tokens = text.split()[:5]
    for k, token in enumerate(tokens):
        if initial_read_with_comma(token, out, tokens[k + 1 :]):
            out.append(token[0] + ".")  # "Imani C, Thorsen": a scan read the initial's stop as a comma
            continue
        if token.startswith(("(", "[")):
            break  # "Sgt. Walter J. Okafor (Retired)", "(Badge 2217)": a note in brackets follows the name
        bare = token.strip(",.;:()")
        initial = len(bare) == 1 and token.endswith(".")
        if not bare or not bare[0].isupper() or (bare.lower() in NOT_NAME_WORDS and not initial):
            break
        if len(bare) > 1 and not re.fullmatch(r"[A-Za-z'’-]+", fold_accents(bare)):
            break  # "José", "Ramírez", "Núñez" are names' words too
        # A sentence's full stop is not part of the name; an initial's is.
        out.append(token.rstrip(",;:") if len(bare) == 1 else token.rstrip(",;:."))
        if token.endswith((",", ";", ":")) or (token.endswith(".") and len(bare) > 1):
            break
    return " ".join(out)


def _surname(text: str) -> str:
    words = [w.strip(".,").lower() for w in text.split() if len(w.strip(".,")) > 1]
    words = [w for w in words if w not in {"jr", "sr", "ii", "iii", "iv"}]
    return words[-1] if words else ""


class StartReading(Frozen):
    start: date | None  # printed to the day, and the only start the letter states
    range: tuple[date, date] | None  # earliest and latest day it can be
    text: str | None  # as printed
    notes: tuple[str, ...] = ()  # why it is not sure
    several: tuple[tuple[date, date], ...] = ()  # each of several different starts' span, earliest first
    hires: tuple[str, ...] = ()  # the hire dates the text states, as printed


def read_sro_start(text: str) -> StartReading:
    """The SRO start a letter's text states; never a hire date, nor one of several different starts."""
    flat, lined = _flat(text), _flat_lines(text)
    starts, hires, future = _starts(flat, lined if len(lined) == len(flat) else None)
    return _start_reading(starts, hires, future).model_copy(update={"hires": tuple(hires)})


def _start_reading(
    starts: list[tuple[date, date, str, str | None]], hires: list[str], future: list[str]
) -> StartReading:
    if len({(a, b) for a, b, _, _ in starts}) == 1:
        a, b, printed, why = starts[0]
        return StartReading(
            start=a if why is None else None, range=(a, b), text=printed, notes=(why,) if why else ()
        )
    if starts:
        listed = ", ".join(dict.fromkeys(t for _, _, t, _ in starts))
        return StartReading(
            start=None, range=None, text=None,
            notes=(f"the letter states several SRO start dates ({listed}): a person decides",),
            several=tuple(sorted({(a, b) for a, b, _, _ in starts})),
        )  # fmt: skip
    if future:
        note = f"the letter announces an SRO assignment still to begin ({', '.join(future)}): no service yet"
        return StartReading(start=None, range=None, text=None, notes=(note,))
    if hires:
        note = f"the letter dates the hire ({', '.join(hires)}), not the start as an SRO"
        return StartReading(start=None, range=None, text=None, notes=(note,))
    return StartReading(start=None, range=None, text=None)


# A speck a fax read as a stop inside the role ("the School Resource. Officer for both schools"): it ends no
# sentence there, so the start cue before it and the role stay one sentence.
_ROLE_SPECK_RE = re.compile(r"(?i)\b(s\w{3,5}[li1]\s+r\w{5,8})[.,](\s+o(?-i:fficer|FFICER)\b)")
# A pronoun glued to the present's adverb after it ("where shecurrently serves": a heavy scan lost the space).
_GLUED_PRESENT_RE = re.compile(r"(?i)\b(s?he|they|who)(currently|presently|still)\b")


def _without_role_specks(text: str) -> str:
    """``text`` with a speck's stop inside the role and a pronoun glued to "currently" mended."""
    return _GLUED_PRESENT_RE.sub(r"\1 \2", _ROLE_SPECK_RE.sub(r"\1\2", text))


def read_letter(lines: Sequence[Line]) -> LetterReading:
    """What an employment letter says of the SRO start, the present and its person."""
    flat = _flat(_without_role_specks("\n".join(ln.text for ln in lines)))
    # The signature block speaks of its signer ("Lt. F. Duarte, School Resource Unit Commander since
    # 2014"), never of the officer the letter is about: the start is read from the letter above it.
    block = _closing_block(lines)
    start = read_sro_start(
        _without_role_specks("\n".join(ln.text for i, ln in enumerate(lines) if i not in block))
    )
    employment, said = _employment(flat)
    sentence = None
    if start.text is not None:
        at = flat.find(start.text)
        sentence = flat[_sentence_start(flat, at) : _sentence_end(flat, at)]
    participant = _letter_participant(lines, sentence)
    months = read_service_months(flat)
    if start.range is None and not start.several and (past := read_past_service(flat)) is not None:
        # A past term's years up to its dated end: the start is a span, R1 counts it to that end.
        span, printed, note = past
        start = start.model_copy(update={"range": span, "text": printed, "notes": (*start.notes, note)})
    return LetterReading(
        sro_start=start.start,
        sro_start_range=start.range,
        sro_start_text=start.text,
        sro_start_notes=start.notes,
        sro_start_ranges=start.several,
        employment=employment,
        employment_text=said,
        participant=participant,
        service_years=None if start.range or start.notes or months else read_service_years(flat),
        service_months=None if start.range or start.notes else months,
        former_names=read_former_names(flat),
        hire_texts=start.hires,
        self_signed=self_signed_name(lines) if participant is None else None,
        part_post=part_post(_flat("\n".join(ln.text for i, ln in enumerate(lines) if i not in block))),
    )


def start_from_service_years(years: int, letter_date: date, printed: str = "") -> tuple[date, date]:
    """The span an SRO start can be in when a letter dated ``letter_date`` says ``years`` of service: at
    least that many years before it, less than one more. School years (``printed`` says "school years")
    run from July to June, the letter's own counted or not: "four school years" in March 2025 began
    between July 2020 (four whole ones before this) and June 2022 (this one the fourth)."""
    if re.search(r"\b(?:school|academic)\s+years?\b", printed, re.I):
        current = letter_date.year if letter_date.month >= 7 else letter_date.year - 1  # its July's year
        return date(current - years, 7, 1), min(date(current - years + 2, 6, 30), letter_date)

    return _years_before(letter_date, years + 1) + timedelta(days=1), _years_before(letter_date, years)
