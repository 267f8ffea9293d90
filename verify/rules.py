"""R1..R7 as pure functions over candidates and facts; each returns a verdict with a reason."""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Literal

from rapidfuzz.distance import Levenshtein

from classify.types import NOT_ATTENDANCE_REASONS
from extract.types import PART_POST_NOTE, SELF_SIGNED_NOTE, Frozen
from verify.abbreviations import one_course_abbreviated
from verify.lines import Candidate, course_key, printed_order_title, said_to_recur
from verify.policy import Policy
from verify.types import ApplicationFacts, EvidenceItem, LedgerLine, RequirementResult, Verdict


class Letter(Frozen):
    """An employment letter's facts, with whether it names the applicant."""

    document: str
    sro_start_date: date | None
    document_date: date | None
    names_applicant: bool | None
    # The earliest and latest day the stated start can be ("August 2015"), why it is unsure, and what
    # the letter says of the present ("current", "ended", None: nothing).
    sro_start_range: tuple[date, date] | None = None
    sro_start_notes: tuple[str, ...] = ()
    # Several SRO starts the letter states (two terms as SRO, a move between schools), earliest first.
    sro_start_ranges: tuple[tuple[date, date], ...] = ()
    employment: Literal["current", "ended"] | None = None
    # The earliest and latest day the stated end of the SRO service can be ("until June 30, 2019").
    sro_end_range: tuple[date, date] | None = None

    @property
    def start_span(self) -> tuple[date, date] | None:
        if self.sro_start_range is not None:
            return self.sro_start_range
        return (self.sro_start_date, self.sro_start_date) if self.sro_start_date else None


class Credit(Frozen):
    """How R5 (or R3/R4's use) treats one line."""

    credited: float
    rule: str
    reason: str
    pending: bool = False  # a human must decide before this line can count
    potential: float | None = 0.0  # hours it would add once confirmed; None when unknown


def add_months(day: date, months: int) -> date:
    """Calendar arithmetic; the 29th of February falls back to the 28th."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --- documents dated after the application ------------------------------------------------------


def after_application(c: Candidate, app: ApplicationFacts) -> bool:
    """A line no person has settled whose course ends (or, with no end read, starts) after the application
    date: not completed when the officer applied. The rules count training "completed" and read every
    requirement at the application date, and say nothing of later documents: a person's call."""
    day = c.item.end_date or c.item.start_date
    return c.decision is None and day is not None and day > app.application_date


def after_application_reason(c: Candidate, app: ApplicationFacts) -> str:
    day = c.item.end_date or c.item.start_date
    return (
        f"completed {day}, after the application date ({app.application_date}): whether it counts is a "
        "person's call"
    )


def hold_after_application(cands: Sequence[Candidate], app: ApplicationFacts) -> tuple[Candidate, ...]:
    """``cands`` with each line dated after the application held for a person, whatever rule reads it
    (R3, R4 and R6 included: no doubt of it is ignorable)."""
    out = []
    for c in cands:
        if c.excluded_rule is None and after_application(c, app):
            why = after_application_reason(c, app)
            c = c.model_copy(update={"pending": f"{c.pending}; {why}" if c.pending else why, "doubts": None})
        out.append(c)
    return tuple(out)


# --- R1, R2: from the application, else an employment letter -------------------------------------


def r1_sro_years(app: ApplicationFacts, letters: Sequence[Letter], policy: Policy) -> RequirementResult:
    """SRO for at least `min_sro_years` on the application date: the application's start date, else the
    most recent employment letter's. A start printed without its day is a span; the verdict is given
    only when every day of it gives the same one."""
    years = policy.min_sro_years
    own = [x for x in letters if x.names_applicant and person_decides(x) is None]
    terms = next((x for x in own if len(x.sro_start_ranges) > 1), None)
    if app.sro_start_date is not None:
        start = app.sro_start_date
        met = app.application_date >= add_months(start, 12 * years)
        if terms is not None:
            return _several_terms(terms, app, years, f"SRO since {start.isoformat()} (application)", met)
        if met and (later := _letter_start_too_recent(own, app, years)) is not None:
            assert later.start_span is not None
            return RequirementResult(
                verdict="needs_review",
                reason=f"SRO since {start.isoformat()} (application), but employment letter {later.document} "
                f"says since {_span(later.start_span)}, under {years} years: the application and the "
                "letter disagree",
            )
        if met:
            return RequirementResult(verdict="met", reason=f"SRO since {start.isoformat()}")
        return RequirementResult(
            verdict="not_met", reason=f"SRO since {start.isoformat()}: under {years} years"
        )
    if terms is not None and not any(x.start_span for x in own):
        return _several_terms(terms, app, years, None, None)
    stated = sorted((x for x in own if x.start_span), key=lambda x: x.document_date or date.min, reverse=True)
    if not stated:
        if (mine := _letter_a_person_reads(letters)) is not None:
            why = mine
        elif any(x.names_applicant is None and x.start_span for x in letters):
            why = "employment letter's name not confirmed"
        elif own:
            notes = "; ".join(n for x in own for n in x.sro_start_notes)
            why = "the employment letter states no SRO start date" + (f" ({notes})" if notes else "")
        else:
            why = "no SRO start date and no employment letter"
        return RequirementResult(verdict="needs_review", reason=why)
    x = stated[0]
    assert x.start_span is not None
    source = f"SRO since {_span(x.start_span)} (employment letter {x.document})"
    if x.sro_end_range is not None:
        served = _years_served(x.start_span, x.sro_end_range, app.application_date, years)
        # Three years between the start and the end are three years as an SRO whatever came after;
        # fewer say the person fell short only when the letter says the service is over.
        if served == "met" or (served is not None and x.employment == "ended"):
            until = f"SRO from {_span(x.start_span)} to {_span(x.sro_end_range)} (letter {x.document})"
            return RequirementResult(
                verdict=served, reason=until if served == "met" else f"{until}: under {years} years"
            )
        if served is not None and x.employment is None:
            # An SRO term the letter dates as ending short of the years, and no word of the service since
            # (a move to another school, or the end of it): the years to the application are a guess.
            return RequirementResult(
                verdict="needs_review",
                reason=f"{source}, but the letter dates an SRO term's end {_span(x.sro_end_range)}, under "
                f"{years} years, and says nothing of the service since: a person's call",
            )
        if x.employment == "current" and x.sro_end_range[0] < app.application_date:
            # An SRO term ended before the application, yet the letter says the officer serves today: a
            # break (or a move) lies between, of a length it does not date. The years from the first start
            # would count the break: a person adds the terms.
            return RequirementResult(
                verdict="needs_review",
                reason=f"{source}, but the letter says an SRO term ended {_span(x.sro_end_range)}: whether "
                f"the terms add up to {years} years is a person's call",
            )
    if x.employment == "ended":
        why = "the letter's dates leave it open" if x.sro_end_range else "count the years"
        return RequirementResult(
            verdict="needs_review",
            reason=f"{source}, but the letter says the SRO assignment ended: {why}",
        )
    verdict = _start_verdict(x.start_span, app, years)
    others = [y for y in stated[1:] if y.start_span and _start_verdict(y.start_span, app, years) != verdict]
    if others:
        # Two letters disagreeing about the start, across the three years: a person weighs them.
        y = others[0]
        assert y.start_span is not None
        return RequirementResult(
            verdict="needs_review",
            reason=f"{source}, but employment letter {y.document} says since {_span(y.start_span)}: "
            "the letters disagree",
        )
    if verdict is not None:
        return RequirementResult(
            verdict=verdict, reason=source if verdict == "met" else f"{source}: under {years} years"
        )
    return RequirementResult(
        verdict="needs_review",
        reason=f"{source}: {years} years are reached within the span, on a day not printed",
    )


def _letter_start_too_recent(own: Sequence[Letter], app: ApplicationFacts, years: int) -> Letter | None:
    """The applicant's letter of one term, still going on, whose SRO start leaves every day of it under
    ``years`` before the application: the evidence contradicts the application's earlier start."""
    for x in own:
        if x.start_span is None or x.sro_end_range is not None or x.employment == "ended":
            continue
        if _start_verdict(x.start_span, app, years) == "not_met":
            return x
    return None


def person_decides(x: Letter) -> str | None:
    """Why a letter decides neither R1 nor R2 alone: its officer signs it about themself
    (``extract.letter.self_signed_name``), or it names a part-time or relief SRO post."""
    return next((n for n in x.sro_start_notes if n.startswith((SELF_SIGNED_NOTE, PART_POST_NOTE))), None)


def _letter_a_person_reads(letters: Sequence[Letter]) -> str | None:
    """R1 and R2's reason when such a letter (one not naming someone else) is all there is."""
    for x in letters:
        if x.names_applicant is not False and (note := person_decides(x)) is not None:
            return f"employment letter {x.document}: {note}"
    return None


def _start_verdict(
    span: tuple[date, date], app: ApplicationFacts, years: int
) -> Literal["met", "not_met"] | None:
    """R1 from a start printed as a span of days: None when its days disagree."""
    earliest, latest = span
    if app.application_date >= add_months(latest, 12 * years):
        return "met"
    if app.application_date < add_months(earliest, 12 * years):
        return "not_met"
    return None


def _several_terms(
    x: Letter, app: ApplicationFacts, years: int, stated: str | None, stated_met: bool | None
) -> RequirementResult:
    """R1 where the applicant's letter states several SRO starts (two terms with a break, or a move between
    schools). The years as an SRO are the terms' added, never the span across the break: the present term
    alone (the latest start, the letter saying the officer serves today) long enough, or two terms whose
    days add up to enough however their undated days fall, is met; the first start too recent for any
    reading, or two terms adding up to too few by any reading, not met; each only where the application's
    start (``stated_met``, when it states one) agrees; anything else is for a person, never the
    application's start taken over the letter's break."""
    first, latest = x.sro_start_ranges[0], x.sro_start_ranges[-1]
    listed = ", ".join(_span(r) for r in x.sro_start_ranges)
    source = f"the employment letter {x.document} states several SRO starts ({listed})"
    present = x.employment == "current" and app.application_date >= add_months(latest[1], 12 * years)
    least = _two_terms_days(x, app, fewest=True)
    added = least is not None and least >= _days_of_years(app, years)
    too_recent = app.application_date < add_months(first[0], 12 * years) or _terms_too_short(x, app, years)
    if (present or added) and stated_met is not False:
        why = f"the present term alone, since {_span(latest)}," if present else "the two terms added"
        return RequirementResult(verdict="met", reason=f"{source}: {why} is at least {years} years")
    if too_recent and stated_met is not True:
        return RequirementResult(verdict="not_met", reason=f"{source}: under {years} years in all")
    said = f"{stated}; " if stated else ""
    return RequirementResult(
        verdict="needs_review",
        reason=f"{said}{source}: whether the terms add up to {years} years is a person's call",
    )


def _days_of_years(app: ApplicationFacts, years: int) -> int:
    """The days of the ``years`` before the application date."""
    return (app.application_date - add_months(app.application_date, -12 * years)).days


def _two_terms_days(x: Letter, app: ApplicationFacts, *, fewest: bool) -> int | None:
    """The days of two terms as an SRO, the first one's end dated between them and the second going on
    today ("from September 4, 2015 until June 16, 2017 ... assigned again on August 10, 2022 and currently
    serving"), read the way that gives the fewest (or the most) where days are not printed; None for any
    other letter."""
    if len(x.sro_start_ranges) != 2 or x.sro_end_range is None or x.employment != "current":
        return None
    pick = 1 if fewest else 0
    first, second = (span[pick] for span in x.sro_start_ranges)
    end = x.sro_end_range[1 - pick]
    if not x.sro_start_ranges[0][1] <= x.sro_end_range[0] <= x.sro_end_range[1] <= x.sro_start_ranges[1][0]:
        return None  # the end is not plainly between the terms: a person reads the letter
    return max(0, (end - first).days) + max(0, (app.application_date - second).days)


def _terms_too_short(x: Letter, app: ApplicationFacts, years: int) -> bool:
    """Two terms that add up to under ``years`` however their undated days fall ("August 2018 until June
    2019 ... returned in January 2024 and continues to serve"): not met by any reading, added or not."""
    most = _two_terms_days(x, app, fewest=False)
    return most is not None and most < _days_of_years(app, years)


def _span(span: tuple[date, date]) -> str:
    earliest, latest = span
    return earliest.isoformat() if earliest == latest else f"between {earliest} and {latest}"


def _years_served(
    start: tuple[date, date], end: tuple[date, date], applied: date, years: int
) -> Literal["met", "not_met"] | None:
    """Whether a service from ``start`` to ``end`` (each a span of days it can be; an end after the
    application counts to the application) lasted ``years``; None when the spans leave it open or the
    end is before the start (a misread date: a person reads the letter)."""
    first_end, last_end = (min(d, applied) for d in end)
    if first_end < start[1]:
        return None
    if first_end >= add_months(start[1], 12 * years):
        return "met"
    if last_end < add_months(start[0], 12 * years):
        return "not_met"
    return None


def r2_employed(app: ApplicationFacts, letters: Sequence[Letter], policy: Policy) -> RequirementResult:
    """Currently employed as an SRO: the application's word, else a recent employment letter."""
    if app.currently_employed is True:
        if (gone := _later_letter_says_ended(app, letters)) is not None:
            assert gone.document_date is not None
            return RequirementResult(
                verdict="needs_review",
                reason="the application states current SRO employment, but employment letter "
                f"{gone.document} dated {gone.document_date} says the SRO assignment ended"
                + (f" ({_span(gone.sro_end_range)})" if gone.sro_end_range else "")
                + ": a person decides",
            )
        return RequirementResult(verdict="met", reason="application states current SRO employment")
    if app.currently_employed is False:
        return RequirementResult(verdict="not_met", reason="application states no current SRO employment")
    oldest = add_months(app.application_date, -policy.letter_max_age_months)
    newest = add_months(app.application_date, policy.letter_max_age_months)
    dated = [x for x in letters if x.names_applicant and x.document_date and person_decides(x) is None]
    recent = [x for x in dated if x.document_date and oldest <= x.document_date <= newest]
    ended = [x for x in recent if x.employment == "ended"]
    current = [x for x in recent if x.employment == "current"]
    if ended:
        x = ended[0]
        assert x.document_date is not None
        if (after := _ended_after_application(x, app.application_date)) is not None:
            return after
        if not current and x.sro_end_range is not None and x.sro_end_range[1] <= x.document_date:
            # A former SRO: the letter dates the end of the service, before the letter itself.
            return RequirementResult(
                verdict="not_met",
                reason=f"employment letter {x.document} dated {x.document_date}: SRO assignment ended "
                f"{_span(x.sro_end_range)}",
            )
        return RequirementResult(
            verdict="needs_review",
            reason=f"employment letter {x.document} says the SRO assignment ended"
            + ("" if x.sro_end_range else ", without a date")
            + ("; another letter says it goes on" if current else ""),
        )
    if current:
        x = current[0]
        if x.start_span is not None and x.start_span[0] > app.application_date:
            # A letter written after the application: "SRO since" a day after it is no SRO on the application
            # date (an earlier term the letter does not state is a person's to find).
            return RequirementResult(
                verdict="needs_review",
                reason=f"employment letter {x.document} dated {x.document_date}: SRO since "
                f"{_span(x.start_span)}, after the application date ({app.application_date})",
            )
        return RequirementResult(
            verdict="met", reason=f"employment letter {x.document} dated {x.document_date}: still an SRO"
        )
    if not recent and (mine := _letter_a_person_reads(letters)) is not None:
        return RequirementResult(verdict="needs_review", reason=mine)
    if recent:
        return RequirementResult(
            verdict="needs_review",
            reason=f"employment letter {recent[0].document} does not say the applicant is still an SRO",
        )
    if dated:
        return RequirementResult(
            verdict="needs_review",
            reason=f"no employment information: letter older than {policy.letter_max_age_months} months",
        )
    return RequirementResult(verdict="needs_review", reason="no employment information")


def _ended_after_application(x: Letter, applied: date) -> RequirementResult | None:
    """R2 on a letter written after the application saying the SRO post ended after it too: the officer was
    an SRO on the application date when the post began before it (met); None when the end is not after it."""
    if x.sro_end_range is None or x.sro_end_range[0] <= applied:
        return None
    ended = f"SRO assignment ended {_span(x.sro_end_range)}, after the application date ({applied})"
    if x.start_span is not None and x.start_span[1] <= applied:
        return RequirementResult(
            verdict="met",
            reason=f"employment letter {x.document} dated {x.document_date}: SRO since "
            f"{_span(x.start_span)}; {ended}",
        )
    return RequirementResult(verdict="needs_review", reason=f"employment letter {x.document}: {ended}")


def _later_letter_says_ended(app: ApplicationFacts, letters: Sequence[Letter]) -> Letter | None:
    """The applicant's most recent letter saying what the SRO assignment is now, when it says the
    assignment ended before the application (no later letter saying it goes on): the application's word
    that the officer still serves is then against the letter's, a person's call (never met unseen)."""
    said = [
        x
        for x in letters
        if x.names_applicant
        and x.document_date is not None
        and x.document_date <= app.application_date
        and x.employment is not None
        and person_decides(x) is None
    ]
    if not said:
        return None
    latest = max(said, key=lambda x: x.document_date or date.min)
    if latest.employment != "ended":
        return None
    if latest.sro_end_range is not None and latest.sro_end_range[0] > app.application_date:
        return None  # an end still to come ("until June 30" of a later month): serving when applying
    return latest


# --- duplicates: same course, same dates, on two documents -------------------------------------


def find_duplicates(cands: Sequence[Candidate]) -> dict[str, Candidate]:
    """Map each duplicate line's key to the line that counts instead."""
    completions: dict[tuple[str, date], list[Candidate]] = defaultdict(list)
    for c in _live(cands):
        if c.item.start_date and c.item.end_date:
            completions[(course_key(c.item), c.item.end_date)].append(c)
    groups: list[list[Candidate]] = []
    for same_end in completions.values():
        if _one_completion(same_end):
            groups.append(same_end)
            continue
        by_dates: dict[date | None, list[Candidate]] = defaultdict(list)
        for c in same_end:
            by_dates[c.item.start_date].append(c)
        groups.extend(by_dates.values())
    out: dict[str, Candidate] = {}
    for group in _merge_listed_twice(groups):
        # A settled copy beats one awaiting review, so a bad photo of a certificate costs nothing.
        keep = min(group, key=lambda c: (c.pending is not None, c.order))
        out.update({c.key: keep for c in group if c is not keep})
    return out


def _merge_listed_twice(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """Join the groups holding one completion printed two ways: a record's row a day off the certificate's
    dates, or under the record's abbreviated title ("Threat Assmt. in Schools"), the same hours on each.
    Two runs of one course cannot overlap, so overlapping dates are one completion; two distinct courses
    rarely share dates and hours, and never with one title abbreviating the other's words."""
    merged = [list(g) for g in groups]
    k = 0
    while k < len(merged):
        j = k + 1
        while j < len(merged):
            if any(_listed_twice(a, b) for a in merged[k] for b in merged[j]):
                merged[k].extend(merged.pop(j))
                j = k + 1
            else:
                j += 1
        k += 1
    return merged


def _listed_twice(a: Candidate, b: Candidate) -> bool:
    x, y = a.item, b.item
    if x.hours is None or x.hours != y.hours or None in (x.start_date, x.end_date, y.start_date, y.end_date):
        return False
    assert x.start_date and x.end_date and y.start_date and y.end_date
    if max(x.start_date, y.start_date) > min(x.end_date, y.end_date):
        return False  # no day in common
    if course_key(x) == course_key(y):
        return True
    if x.catalog_id and y.catalog_id:
        return False  # two catalog courses
    return one_course_abbreviated(x.course_title, y.course_title)


def _one_completion(same_end: Sequence[Candidate]) -> bool:
    """The same course ending the same day, printed with its start on one document and as its day alone on
    another (a record listing only completion dates), the same hours on each: one completion, listed twice."""
    starts = {c.item.start_date for c in same_end if c.item.start_date != c.item.end_date}
    hours = {c.item.hours for c in same_end}
    return len(same_end) > 1 and len(starts) == 1 and len(hours) == 1 and None not in hours


DUPLICATE_REASON = "duplicate of a document already counted"


def duplicate_reason(kept: Candidate) -> str:
    """The duplicate line's reason, the rules' own words, then the line that counts (document and page)."""
    return f"{DUPLICATE_REASON} ({kept.item.document}, page {kept.item.page})"


# --- R3, R4, R6: a qualifying course or attendance ----------------------------------------------


def r3_basic(
    cands: Sequence[Candidate], app: ApplicationFacts, policy: Policy
) -> tuple[RequirementResult, str | None]:
    """A basic SRO course; on/after the cut-over only NASRO's. Returns the verdict and the line used."""
    nasro_only = app.application_date >= policy.nasro_basic_only_from
    basics = [
        c
        for c in _live(cands)
        if c.item.category == policy.basic_category or c.item.catalog_id in policy.basic_catalog_ids
    ]
    qualifying = [c for c in basics if c.item.catalog_id in policy.basic_catalog_ids or not nasro_only]
    ignorable = _ignorable_for_course(qualifying)
    used = _earliest(qualifying, ignorable)
    if used is None:
        unread = _unread_courses(cands)
        if basics:
            why = (
                f"only a non-NASRO basic course; on/after {policy.nasro_basic_only_from.isoformat()} "
                "only NASRO Basic counts"
            )
        else:
            why = "no basic SRO course"
        return _unless_pending([*basics, *unread], why), None
    return _used_result(
        used,
        f"{used.item.course_title} ({used.item.catalog_id or 'no catalog course'})",
        ignorable,
        qualifying,
    ), used.key


def r4_advanced(cands: Sequence[Candidate], policy: Policy) -> tuple[RequirementResult, str | None]:
    """NASRO Advanced or Supervisors and Management, the earliest one."""
    live = list(_live(cands))
    qualifying = [c for c in live if c.item.catalog_id in policy.advanced_catalog_ids]
    ignorable = _ignorable_for_course(qualifying)
    used = _earliest(qualifying, ignorable)
    if used is None:
        others = [c for c in live if c.item.category in policy.advanced_categories]
        why = (
            "another provider's advanced course does not meet R4"
            if others
            else "no NASRO Advanced or Supervisors course"
        )
        return _unless_pending([*others, *_unread_courses(cands)], why), None
    what = f"{used.item.course_title} ({used.item.catalog_id})"
    return _used_result(used, what, ignorable, qualifying), used.key


# A conference named in a course title, its words run together as OCR may ("SafetyConference").
NASRO_RE = re.compile(r"\bNASRO\b|national\s+association\s+of\s+school\s+resource\s+officers", re.I)
CONFERENCE_TITLE_RE = re.compile(r"(?:conference|symposium|convention)\b", re.I)


def r6_conference(cands: Sequence[Candidate], policy: Policy) -> RequirementResult:
    """A NASRO School Safety Conference attendance document, any year; hours do not matter."""
    paid = [c for c in _live(cands) if _paid_not_attended(c)]
    live = [c for c in _live(cands) if c.key not in {p.key for p in paid}]
    confs = [c for c in live if c.item.catalog_id in policy.conference_catalog_ids]
    used = _earliest(confs, HOURS_AND_DATES)
    if used is None:
        # A conference line of a page naming NASRO that a reviewer still has to place (its title misread)
        # may be NASRO's conference: not met only when no such line waits. A page not naming NASRO cannot
        # meet R6 (the rules), and a line doubted only for its hours or dates is settled as not NASRO's.
        pending = [
            c
            for c in live
            if (c.item.category == "conference" or CONFERENCE_TITLE_RE.search(c.item.course_title or ""))
            and NASRO_RE.search(f"{c.item.issuer or ''} {c.item.course_title or ''}")
            and not c.settled_for(HOURS_AND_DATES)
        ]
        if paid and not pending:
            # A registration, receipt, invoice or programme of the conference, and nothing else: the reviewer
            # reads why.
            why = next(r for r in paid[0].item.review_reasons if r.endswith(NOT_ATTENDANCE_REASONS))
            return RequirementResult(
                verdict="not_met",
                reason=f"no NASRO conference attendance document ({paid[0].item.document}: {why})",
                line_keys=(paid[0].key,),
            )
        return _unless_pending(pending, "no NASRO conference attendance document")
    day = used.item.end_date or used.item.start_date
    return _used_result(used, f"attended {day.year}" if day else "attended (date not read)", HOURS_AND_DATES)


def _paid_not_attended(c: Candidate) -> bool:
    """A line of a conference's registration, receipt, invoice or programme no person has accepted yet."""
    return c.pending is not None and any(r.endswith(NOT_ATTENDANCE_REASONS) for r in c.item.review_reasons)


HOURS_ONLY = frozenset({"hours"})
HOURS_AND_DATES = frozenset({"hours", "dates"})


def _ignorable_for_course(qualifying: Sequence[Candidate]) -> frozenset[str]:
    """R3 and R4 ignore hours; dates only choose the earliest of several qualifying courses."""
    return HOURS_AND_DATES if len(qualifying) == 1 else HOURS_ONLY


def _earliest(cands: Iterable[Candidate], ignorable: frozenset[str]) -> Candidate | None:
    # Settled lines first: a line awaiting review is used only when nothing settled qualifies.
    return min(
        cands,
        default=None,
        key=lambda c: (
            not c.settled_for(ignorable),
            c.item.end_date or date.max,
            c.item.start_date or date.max,
            c.order,
        ),
    )


# The shortest course R3 or R4 names (NASRO's Advanced, some academies' Basic): a line of fewer hours is
# none of them whatever its unread title says.
_SHORTEST_R3_R4_HOURS = 24.0


def _unread_courses(cands: Iterable[Candidate]) -> list[Candidate]:
    """Lines awaiting a reviewer whose course the machine could not read or place (no catalog course, no
    category): a scan's lost title may be the Basic or the Advanced, so R3/R4 cannot conclude "not met"
    while one of them, long enough to be such a course, waits."""
    return [
        c
        for c in _live(cands)
        if c.pending is not None
        and c.item.catalog_id is None
        and c.item.category is None
        and (c.item.hours is None or c.item.hours >= _SHORTEST_R3_R4_HOURS)
    ]


def _unless_pending(near_misses: Sequence[Candidate], why: str) -> RequirementResult:
    """Not met, unless a line of the right kind awaits a reviewer who may still find it qualifies."""
    pending = [c for c in near_misses if c.pending is not None]
    if pending:
        return RequirementResult(
            verdict="needs_review",
            reason=f"{why}, unless a reviewer confirms {pending[0].item.course_title}: {pending[0].pending}",
            line_keys=tuple(c.key for c in pending),
        )
    return RequirementResult(verdict="not_met", reason=why)


def _used_result(
    used: Candidate, what: str, ignorable: frozenset[str], qualifying: Sequence[Candidate] = ()
) -> RequirementResult:
    """Met by ``used`` unless a doubt the requirement rests on holds it (``ignorable`` ones do not), or
    its document states fewer hours than the course's (``qualifying``: the course's other documents)."""
    if not used.settled_for(ignorable):
        return RequirementResult(
            verdict="needs_review", reason=f"{what}: {used.pending}", line_keys=(used.key,)
        )
    short = _short_of_course(used, qualifying)
    if short:
        return RequirementResult(verdict="needs_review", reason=f"{what}: {short}", line_keys=(used.key,))
    return RequirementResult(verdict="met", reason=what, line_keys=(used.key,))


def _short_of_course(used: Candidate, qualifying: Sequence[Candidate]) -> str | None:
    """A reason when ``used`` states fewer hours than the catalog's length of its course (NASRO's Advanced
    is a 24-hour course: a certificate for 16 h is a part, or a shortened course: a person's call), unless
    the course's documents of other dates add up to it (the Advanced given in two parts, 16 h + 8 h)."""
    nominal, hours = used.item.proposed_hours, used.item.hours
    if nominal is None or hours is None or hours >= nominal:
        return None
    spans = {
        (c.item.start_date, c.item.end_date): c.item.hours
        for c in qualifying
        if c.item.catalog_id == used.item.catalog_id and c.item.hours is not None
    }
    if sum(h for h in spans.values() if h is not None) >= nominal:
        return None
    return f"the document states {hours:g} h of the {nominal:g}-hour course: a part, or a shortened course"


def _live(cands: Iterable[Candidate]) -> Iterable[Candidate]:
    return (c for c in cands if c.excluded_rule is None)


# --- R5: 160 further hours ----------------------------------------------------------------------


def r5_credits(
    cands: Sequence[Candidate],
    used: dict[str, str],
    duplicates: dict[str, Candidate],
    app: ApplicationFacts,
    policy: Policy,
) -> dict[str, Credit]:
    """How each line counts towards R5. `used` maps R3/R4 line keys to 'R3'/'R4'."""
    cutoff = add_months(app.application_date, -12 * policy.window_years)
    out: dict[str, Credit] = {}
    in_window: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        credit = _fixed_credit(c, used, duplicates, cutoff, policy)
        if credit is None and after_application(c, app):
            # Apart from the yearly rule's group: a later run must not set an earlier, completed one to 0.
            credit = _hours_credit(c)
        if credit is not None:
            out[c.key] = credit
        else:
            in_window[course_key(c.item)].append(c)
    in_window = _split_reorderings(in_window)
    # A course R3/R4 used has had its one credit: runs of it on the same completion are repeats too.
    used_runs: dict[str, Candidate] = {}
    for c in cands:
        if c.key in used:
            for key in (
                course_key(c.item),
                f"{course_key(c.item)}|{printed_order_title(c.item.course_title)}",
            ):
                used_runs.setdefault(key, c)
    latest_of: dict[str, Candidate] = {}
    for course, group in in_window.items():
        latest = max(group, key=lambda c: (c.item.end_date or date.min, c.order))
        latest_of[course] = latest
        for c in group:
            if c is latest and course not in used_runs:
                out[c.key] = _hours_credit(c)
            elif c is latest and _other_part(c, used_runs[course]):
                out[c.key] = _part_credit(used_runs[course], used[used_runs[course].key])
            elif c is latest and _retaken(c, used_runs[course]):
                out[c.key] = _retake_credit(c, used_runs[course], used[used_runs[course].key])
            else:
                out[c.key] = Credit(credited=0.0, rule="annual_once", reason="annual training counted once")
    _hold_copies_across_an_edge(out, cands, duplicates, cutoff, app.application_date)
    held: set[str] = set()
    for c in cands:
        if out[c.key].rule == "credited" and (other := _other_hours(c, cands, duplicates)) is not None:
            out[c.key] = _hours_disagree_credit(c, other)
            if other.key in held:
                # One course on two documents: its hours may count once, whichever a person picks.
                out[c.key] = out[c.key].model_copy(update={"potential": 0.0})
            held.add(c.key)
    for earlier, later in _one_word_apart(latest_of):
        c, other = latest_of[earlier], latest_of[later]
        if out[c.key].credited > 0:
            out[c.key] = Credit(
                credited=0.0,
                rule="needs_review",
                reason=f"perhaps the same yearly course as {other.item.course_title!r} (one word read "
                "otherwise): a person decides",
                pending=True,
                potential=out[c.key].credited,
            )
    return out


def _hold_copies_across_an_edge(
    out: dict[str, Credit],
    cands: Sequence[Candidate],
    duplicates: dict[str, Candidate],
    cutoff: date,
    applied: date,
) -> None:
    """Both copies of one completion to a person when their completion days fall either side of a day the
    rules read (the window's first day, the application date): a record's row a day off its certificate
    decides whether the course counts, and which document is right is a person's call, never the first
    upload's unseen. The course counts once whichever is picked (the copy's potential is 0)."""
    done: set[str] = set()
    for c in cands:
        kept = duplicates.get(c.key)
        if kept is None or kept.key in done or c.decision is not None or kept.decision is not None:
            continue
        if out[kept.key].rule not in ("credited", "older_than_window"):
            continue  # used by R3/R4, another category, or already a person's: the copy's day changes nothing
        edge = edge_between(c.item.end_date, kept.item.end_date, cutoff, applied)
        if edge is None:
            continue
        done.add(kept.key)
        hours = kept.item.hours if kept.item.hours is not None else kept.item.proposed_hours
        out[kept.key] = _edge_credit(kept, c, edge, hours)
        out[c.key] = _edge_credit(c, kept, edge, 0.0)


def edge_between(a: date | None, b: date | None, cutoff: date, applied: date) -> str | None:
    """The day the rules read that falls between two copies' completion days, described; None when both
    sit on the same side of the window's first day and of the application date."""
    if a is None or b is None:
        return None
    lo, hi = min(a, b), max(a, b)
    if lo < cutoff <= hi:
        return f"the window's first day ({cutoff})"
    if lo <= applied < hi:
        return f"the application date ({applied})"
    return None


def _edge_credit(c: Candidate, other: Candidate, edge: str, potential: float | None) -> Credit:
    return Credit(
        credited=0.0,
        rule="needs_review",
        reason=f"{other.item.document} (page {other.item.page}) dates the same course's completion "
        f"{other.item.end_date}, this document {c.item.end_date}: either side of {edge}: which is right is "
        "a person's call",
        pending=True,
        potential=potential,
    )


def _other_hours(
    c: Candidate, cands: Sequence[Candidate], duplicates: dict[str, Candidate]
) -> Candidate | None:
    """Another document of ``c``'s completion (its duplicate, or the same course ending the same day)
    stating other hours: a certificate's 40 h and the record's 32 h of the same course and dates. Which
    document is right is a person's call, never the first upload's unseen."""
    if c.item.hours is None:
        return None
    for d in _live(cands):
        if d.key == c.key or d.item.hours is None or d.item.hours == c.item.hours:
            continue
        same = duplicates.get(d.key) is c or (
            d.item.end_date is not None
            and d.item.end_date == c.item.end_date
            and (course_key(d.item) == course_key(c.item) or _one_title_abbreviated(c.item, d.item))
        )
        if same:
            return d
    return None


def _one_title_abbreviated(x: EvidenceItem, y: EvidenceItem) -> bool:
    """A record's abbreviated title of a certificate's course ("Threat Assmt. in Schools"), the same days:
    two catalog courses never are."""
    return (
        x.start_date == y.start_date
        and not (x.catalog_id and y.catalog_id)
        and one_course_abbreviated(x.course_title, y.course_title)
    )


def _hours_disagree_credit(c: Candidate, other: Candidate) -> Credit:
    assert c.item.hours is not None and other.item.hours is not None
    return Credit(
        credited=0.0,
        rule="needs_review",
        reason=f"{other.item.document} (page {other.item.page}) states {other.item.hours:g} h for the same "
        f"course and dates, this document {c.item.hours:g} h: which is right is a person's call",
        pending=True,
        potential=max(c.item.hours, other.item.hours),
    )


def _other_part(c: Candidate, used_run: Candidate) -> bool:
    """``c`` is another part of the course R3/R4 used, not a retake: the used document states fewer hours
    than the course's length and the two together no more than it (NASRO's 24-hour Advanced given as two
    12-hour certificates, "Part 1 of 2" / "Part 2 of 2", or 16 + 8): equal hours alone make no retake."""
    nominal, part, other = used_run.item.proposed_hours, used_run.item.hours, c.item.hours
    if nominal is None or part is None or other is None or part >= nominal:
        return False
    return part + other <= nominal


def _part_credit(used_run: Candidate, requirement: str) -> Credit:
    return Credit(
        credited=0.0,
        rule="annual_once",
        reason=f"another part of the course that met {requirement} ({used_run.item.course_title}, "
        f"{used_run.item.end_date}): counted once, there",
    )


def _retaken(c: Candidate, used_run: Candidate) -> bool:
    """``c`` is the whole course R3/R4 used taken again: it began after the used run had ended (not that
    completion listed twice: a record printing only its completion day, a certificate's copy) and states
    the same hours (not the course's other part: NASRO's Advanced given as "Part 1 of 2", 16 h, and "Part 2
    of 2", 8 h, is one course)."""
    began, ended = c.item.start_date or c.item.end_date, used_run.item.end_date
    if began is None or ended is None or began <= ended:
        return False
    return c.item.hours is not None and c.item.hours == used_run.item.hours


def _retake_credit(c: Candidate, used_run: Candidate, requirement: str) -> Credit:
    """The course that met R3/R4 taken again years later (NASRO's Basic retaken): "the course that
    satisfies R3 does not count again" and "the same course repeated is credited once" say 0, "any other
    basic, advanced or supervisor course does count" says its hours. The rules do not settle which, so a
    person decides; never 0 or the hours unseen (either may make or break the 160)."""
    hours = _hours_credit(c)
    potential = hours.credited if hours.credited > 0 else hours.potential
    return Credit(
        credited=0.0,
        rule="needs_review",
        reason=f"the course that met {requirement} ({used_run.item.course_title}, "
        f"{used_run.item.end_date}) taken again: whether the retake counts here is a person's call",
        pending=True,
        potential=potential,
    )


def _split_reorderings(groups: dict[str, list[Candidate]]) -> dict[str, list[Candidate]]:
    """Titles alike only once their words are reordered are one yearly course where one of them says it
    recurs ("Response to Active Shooter - Annual"); where none does they are courses of their own, as
    printed ("Basic School Resource Officer Course" and "School Resource Officer Basic": two providers')."""
    out: dict[str, list[Candidate]] = {}
    for key, group in groups.items():
        if not key.startswith("title:") or any(said_to_recur(c.item.course_title) for c in group):
            out[key] = group
            continue
        for c in group:
            out.setdefault(f"{key}|{printed_order_title(c.item.course_title)}", []).append(c)
    return out


_LEVEL_WORD = re.compile(r"^(?:\d+|[ivx]+)$")


def _one_word_apart(latest_of: dict[str, Candidate]) -> list[tuple[str, str]]:
    """Pairs of courses (the one last run earlier first) whose titles differ in one word only, the two
    spellings an OCR slip apart ("In-Servlce" / "In-Service"), neither a number, run in different
    years: perhaps one yearly course whose title was misread, so never credited twice unseen."""
    titled = [k for k in latest_of if k.startswith("title:")]
    out: list[tuple[str, str]] = []
    for i, a in enumerate(titled):
        for b in titled[i + 1 :]:
            wa, wb = Counter(a[6:].split()), Counter(b[6:].split())  # after "title:"
            only_a, only_b = list((wa - wb).elements()), list((wb - wa).elements())
            if len(only_a) != 1 or len(only_b) != 1 or wa.total() < 2:
                continue
            x, y = only_a[0], only_b[0]
            if _LEVEL_WORD.match(x) or _LEVEL_WORD.match(y) or min(len(x), len(y)) < 4:
                continue  # "Level 1" / "Level 2", "Part I" / "Part II": two courses
            if Levenshtein.normalized_similarity(x, y) < 0.8:
                continue
            ca, cb = latest_of[a], latest_of[b]
            da, db = ca.item.end_date, cb.item.end_date
            if da is None or db is None or da.year == db.year:
                continue
            out.append((a, b) if (da, ca.order) < (db, cb.order) else (b, a))
    return out


def _fixed_credit(
    c: Candidate, used: dict[str, str], duplicates: dict[str, Candidate], cutoff: date, policy: Policy
) -> Credit | None:
    """The credit a line gets on its own; None when it competes with its repeats (annual rule)."""
    item = c.item
    if c.excluded_rule is not None:
        return Credit(credited=0.0, rule=c.excluded_rule, reason=c.excluded_reason + ": credited 0")
    if c.key in duplicates:
        return Credit(credited=0.0, rule="duplicate", reason=duplicate_reason(duplicates[c.key]))
    if c.key in used:
        return Credit(
            credited=0.0,
            rule=f"satisfies_{used[c.key].lower()}",
            reason=f"satisfies {used[c.key]}",
            pending=c.pending is not None,
            potential=0.0,
        )
    if item.category is None and item.end_date is not None and item.end_date < cutoff:
        # Older than the window: 0 whatever its category, so its unknown category needs nobody.
        return Credit(
            credited=0.0,
            rule="older_than_window",
            reason=f"older than {policy.window_years} years",
            pending=c.pending is not None,
        )
    if item.category is None:
        return Credit(
            credited=0.0,
            rule="unknown_category",
            reason="category not known: needs review",
            pending=True,
            potential=item.hours if item.hours is not None else item.proposed_hours,
        )
    if item.category not in policy.r5_categories | policy.r5_unused_course_categories:
        return Credit(
            credited=0.0,
            rule="category_zero",
            reason=f"category {item.category}: credited 0",
            pending=c.pending is not None,
            potential=0.0,
        )
    if item.end_date is None:
        return Credit(
            credited=0.0,
            rule="no_date",
            reason="no completion date: needs review",
            pending=True,
            potential=item.hours if item.hours is not None else item.proposed_hours,
        )
    if item.end_date < cutoff:
        return Credit(
            credited=0.0,
            rule="older_than_window",
            reason=f"older than {policy.window_years} years",
            pending=c.pending is not None,
        )
    return None


def _hours_credit(c: Candidate) -> Credit:
    item = c.item
    if c.pending is not None:
        return Credit(
            credited=0.0,
            rule="needs_review",
            reason=c.pending,
            pending=True,
            potential=item.hours if item.hours is not None else item.proposed_hours,
        )
    if item.hours is None:
        proposed = f"{item.proposed_hours:.1f}" if item.proposed_hours is not None else "None"
        return Credit(
            credited=0.0,
            rule="no_hours",
            pending=True,
            potential=item.proposed_hours,
            reason=f"no legible hours: needs review (catalog proposes {proposed})",
        )
    return Credit(credited=item.hours, rule="credited", reason="credited")


def r5_additional(credits: dict[str, Credit], policy: Policy) -> tuple[RequirementResult, float, float]:
    """Met at `additional_hours`; needs_review only when pending lines could still reach it."""
    credited = round(sum(c.credited for c in credits.values()), 2)
    waiting = [c for c in credits.values() if c.pending and c.potential != 0.0]
    pending = round(sum(c.potential or 0.0 for c in waiting), 2)
    keys = tuple(k for k, c in credits.items() if c.credited > 0 or (c.pending and c.potential != 0.0))
    reason = f"{credited:.1f} hours credited ({pending:.1f} pending review)"
    verdict: Verdict
    if credited >= policy.additional_hours:
        verdict = "met"
    elif any(c.potential is None for c in waiting) or credited + pending >= policy.additional_hours:
        verdict = "needs_review"
    else:
        verdict = "not_met"
    return RequirementResult(verdict=verdict, reason=reason, line_keys=keys), credited, pending


# --- R7: every credited line is backed by a document --------------------------------------------


def r7_documents(lines: Sequence[LedgerLine]) -> RequirementResult:
    """Structural: each credited line names its document and page."""
    bad = [ln.key for ln in lines if ln.credited_hours > 0 and (not ln.document or ln.page < 1)]
    if bad:
        return RequirementResult(
            verdict="not_met", reason="credited lines without a document", line_keys=tuple(bad)
        )
    return RequirementResult(verdict="met", reason="every credited line points at its document and page")
