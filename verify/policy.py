"""Every constant the Practitioner rules use, in one frozen, dated object passed to the rules."""

from __future__ import annotations

from datetime import date

from extract.types import Frozen


class Policy(Frozen):
    """NASRO National SRO Practitioner qualifications as the ledger applies them."""

    name: str = "nasro-practitioner"
    effective_from: date = date(2023, 1, 1)  # the newest rule change this policy encodes
    min_sro_years: int = 3
    additional_hours: float = 160.0
    window_years: int = 10  # R5 credits training completed within this many years (boundary day inside)
    nasro_basic_only_from: date = date(2023, 1, 1)  # applications on/after: only NASRO Basic meets R3
    ceu_hours: float = 10.0  # 1 CEU = 10 contact hours (IACET); extract converts, kept here for one source
    letter_max_age_months: int = 12  # an employment letter older than this is no evidence for R2
    basic_catalog_ids: frozenset[str] = frozenset({"nasro-basic"})
    advanced_catalog_ids: frozenset[str] = frozenset({"nasro-advanced", "nasro-supervisors"})
    conference_catalog_ids: frozenset[str] = frozenset({"nasro-conference"})
    # Categories R5 credits outright, and those it credits only when not used for R3/R4.
    r5_categories: frozenset[str] = frozenset({"school_safety", "juvenile"})
    r5_unused_course_categories: frozenset[str] = frozenset({"basic", "advanced", "supervisor"})
    basic_category: str = "basic"
    advanced_categories: frozenset[str] = frozenset({"advanced", "supervisor"})


def default_policy() -> Policy:
    """The policy in force: NASRO's page as of the 2023 NASRO-Basic-only change."""
    return Policy()
