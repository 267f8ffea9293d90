"""Items to rule candidates: stable keys, reviewer decisions applied, the applicant's name checked."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from extract.types import Frozen
from verify.names import NameMatch
from verify.types import DocumentFacts, EvidenceItem, Flag, ReviewDecision


class Candidate(Frozen):
    """An item as the rules see it, after any reviewer decision."""

    key: str
    order: int  # upload order (document, then item): ties go to the earlier upload
    item: EvidenceItem  # reviewer corrections applied
    decision: ReviewDecision | None
    pending: str | None  # why a human must still decide this line; None when settled
    # The readings a reviewer is asked about, when they are all that holds the line (the name is
    # confirmed): a rule that does not rest on them need not wait (R6 ignores hours and dates).
    doubts: frozenset[str] | None = None
    excluded_rule: str | None = None  # set when the line credits nothing anywhere (rejected, other person)
    excluded_reason: str = ""

    def settled_for(self, ignorable: frozenset[str]) -> bool:
        """No doubt left about what a rule reading only the other fields needs."""
        return self.pending is None or (self.doubts is not None and self.doubts <= ignorable)


def norm_title(title: str) -> str:
    """Lower-case words only: 'NASRO Advanced SRO' and 'nasro advanced s.r.o.' compare equal."""
    return " ".join(re.findall(r"[a-z0-9]+", title.lower().replace(".", "")))


# Words a department adds to the title of a course it repeats every year ("Active Shooter Response 2019",
# "... Refresher 2021", "ACTIVE SHOOTER RESPONSE - ANNUAL"), and generic nouns: they do not make another
# course. Numbers other than years (Part 1 / Part 2, Level I / II) do, and are kept.
_REPEAT_WORDS = frozenset(
    {"annual", "yearly", "refresher", "recertification", "recert", "renewal", "training", "course", "class"}
)
# Words joining a title's others, which a reordered title adds or drops ("Response to Active Shooter").
_LINK_WORDS = frozenset({"a", "an", "the", "of", "for", "to", "and", "in", "on", "with", "at", "by"})
_YEAR = re.compile(r"^(?:19|20)\d\d$|^fy\d{2,4}$")


def course_key(item: EvidenceItem) -> str:
    """Which course an item is: its catalog id when matched, else its title without the words a yearly
    repeat adds (so the annual rule sees one course)."""
    return item.catalog_id or "title:" + repeat_title(item.course_title)


def repeat_title(title: str) -> str:
    """The title without years, repeat words and the words joining the others ("Response to Active
    Shooter"), its words in a fixed order (a department prints its yearly "School Safety In-Service" one
    year as "In-Service Training: School Safety"), a hyphen joining its parts ("In-Service",
    "Inservice"), its letters without the accents OCR puts on them ("Thréat", "Annuál"); the title itself
    when nothing else is left. Every other word is kept as often as printed: "Part 1 of 2" and "Part 2
    of 2" stay two courses."""
    words, kept = _title_words(title)
    return " ".join(sorted(kept)) or " ".join(words)


def printed_order_title(title: str) -> str:
    """``repeat_title`` with the words kept in their printed order."""
    words, kept = _title_words(title)
    return " ".join(kept) or " ".join(words)


# Words saying a course recurs: a title holding one (or a year) may print its words in another order.
_RECURS_WORDS = frozenset(
    {"annual", "yearly", "refresher", "recertification", "recert", "renewal", "inservice", "update"}
)


def said_to_recur(title: str) -> bool:
    """The title says its course recurs ("Annual", "In-Service", "Update", "Refresher", a year)."""
    words, _ = _title_words(title)
    return any(w in _RECURS_WORDS or _YEAR.match(w) for w in words)


# A school, academic or fiscal year a yearly course is named by: "2021-22", "2021-2022", "2021/22", "FY 2023",
# "FY2022-23", "SY 2021-22", "(2021-22 School Year)". Only a span of two consecutive years is one: "2021-12"
# is no year's name.
_YEAR_SPAN = re.compile(
    r"\b(?:(?:school|academic|fiscal)\s+year\s+|(?:sy|fy)\s*)?"
    r"((?:19|20)\d\d)(?:\s*[-/\u2013\u2014]\s*((?:19|20)?\d\d))?\b"
    r"(?:\s+(?:school|academic|fiscal)\s+year\b)?",
    re.I,
)


def _year_named(m: re.Match[str]) -> str:
    """The first year of a school, academic or fiscal year's span, alone; anything else as printed."""
    first, second = m.group(1), m.group(2)
    if second is None:
        qualified = m.group(0).strip().lower() != first
        return f" {first} " if qualified else m.group(0)
    if int(second[-2:]) != (int(first) + 1) % 100:
        return m.group(0)
    return f" {first} "


def _title_words(title: str) -> tuple[list[str], list[str]]:
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", title) if not unicodedata.combining(ch))
    plain = _YEAR_SPAN.sub(_year_named, plain)
    words = norm_title(plain.replace("-", "")).split()
    return words, [w for w in words if w not in _REPEAT_WORDS | _LINK_WORDS and not _YEAR.match(w)]


def line_key(item: EvidenceItem) -> str:
    """Document + page + course + dates: survives re-extraction, unlike a row id."""
    start = item.start_date.isoformat() if item.start_date else "-"
    end = item.end_date.isoformat() if item.end_date else "-"
    return f"{item.document}#p{item.page}#{norm_title(item.course_title)}#{start}#{end}"


def latest_decisions(decisions: Sequence[ReviewDecision]) -> dict[str, ReviewDecision]:
    """Decisions are append-only: per line the latest one holds (ties: the later in sequence)."""
    out: dict[str, ReviewDecision] = {}
    for d in sorted(enumerate(decisions), key=lambda p: (p[1].at, p[0])):
        out[d[1].line_key] = d[1]
    return out


def prepare_candidates(
    docs: Sequence[DocumentFacts],
    decisions: Mapping[str, ReviewDecision],
    names: Mapping[str, NameMatch],
) -> tuple[tuple[Candidate, ...], tuple[Flag, ...]]:
    """Key every item, apply decisions and the name check; flag documents naming someone else."""
    seen: dict[str, int] = {}
    out: list[Candidate] = []
    flags: list[Flag] = []
    for doc in docs:
        name = names[doc.file]
        # A roster names no participant: whether it lists the applicant is what its name check says.
        someone_else = (
            name.reason if doc.attendees else f"document names {doc.participant_name!r}, not the applicant"
        )
        if not doc.legible:
            flags.append(
                Flag(document=doc.file, flag="illegible document: nothing credited, re-upload requested")
            )
        if doc.items and name.same_person is False:
            flags.append(
                Flag(
                    document=doc.file,
                    flag=f"{someone_else}: credited 0",
                )
            )
        elif doc.items and name.same_person is None:
            flags.append(Flag(document=doc.file, flag=f"cannot confirm the name: {name.reason}"))
        for item in doc.items:
            key = line_key(item)
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > 1:  # the same row twice on one page: keep keys unique and stable
                key = f"{key}#{seen[key]}"
            roster_note = name.reason if doc.attendees else None
            out.append(_candidate(key, len(out), item, decisions.get(key), name, someone_else, roster_note))
    return tuple(out), tuple(flags)


def _candidate(
    key: str,
    order: int,
    item: EvidenceItem,
    decision: ReviewDecision | None,
    name: NameMatch,
    someone_else: str,
    roster_note: str | None,
) -> Candidate:
    if decision is not None:
        # A human decision settles the line, whatever the machine or the name check thought.
        if decision.action == "reject":
            who = f"rejected by {decision.reviewer}" + (f": {decision.reason}" if decision.reason else "")
            return Candidate(
                key=key,
                order=order,
                item=item,
                decision=decision,
                pending=None,
                excluded_rule="rejected",
                excluded_reason=who,
            )
        return Candidate(key=key, order=order, item=_apply(item, decision), decision=decision, pending=None)
    if name.same_person is False:
        return Candidate(
            key=key,
            order=order,
            item=item,
            decision=None,
            pending=None,
            excluded_rule="other_person",
            excluded_reason=someone_else,
        )
    pending = None
    if name.same_person is None:
        pending = f"name not confirmed: {name.reason}"
    elif item.status == "review":
        reasons = (*([roster_note] if roster_note else []), *item.review_reasons)
        pending = "awaiting review" + (": " + "; ".join(reasons) if reasons else "")
    doubts = (
        frozenset(item.unsure)
        if name.same_person is not None and item.status == "review" and item.unsure
        else None
    )
    return Candidate(key=key, order=order, item=item, decision=None, pending=pending, doubts=doubts)


def _apply(item: EvidenceItem, decision: ReviewDecision) -> EvidenceItem:
    fields = ("hours", "category", "catalog_id", "course_title", "start_date", "end_date")
    update: dict[str, object] = {
        f: getattr(decision, f)
        for f in fields
        if decision.action == "correct" and getattr(decision, f) is not None
    }
    # Confirming a line that printed no hours accepts the catalog's proposal, the only figure shown.
    if "hours" not in update and item.hours is None and item.proposed_hours is not None:
        update["hours"] = item.proposed_hours
    update["status"] = "auto"
    return item.model_copy(update=update)
