"""Letters and conference evidence, round 14 (``tests/novel_letters_14.py``): the faults it found, each on
several wordings, with controls that must read as before.

- two SRO terms with a break are added, never spanned: two dated terms whose days add up to three years
  however undated days fall meet R1 (neither alone does); a letter dating one start, an end of a term and
  a present post (the return's date unread) leaves R1 to a person, never the years from the first start;
- "returned to school resource duty in August 2019" dates a start (the post's duty is the post);
  "was assigned again as a School Resource Officer ... and is currently serving" is a return: the end
  before it is the first term's, and the officer is still an SRO;
- a name cue in a letter's prose ("this letter confirms that our records show you attended ...") never
  reaches past the letter's closing to its signer.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.certificate import find_participant
from extract.letter import _employment, _flat, read_sro_start
from tests.unit.test_layout_parsers import page_of
from verify.policy import default_policy
from verify.rules import Letter, r1_sro_years
from verify.types import ApplicationFacts

APPLIED = date(2025, 6, 1)


def _r1(
    *,
    terms: tuple[tuple[date, date], ...] = (),
    span: tuple[date, date] | None = None,
    end: tuple[date, date] | None = None,
    employment: str | None = "current",
    stated: date | None = None,
) -> tuple[str, str]:
    letter = Letter(
        document="letter.pdf",
        sro_start_date=None,
        document_date=date(2025, 4, 24),
        names_applicant=True,
        sro_start_range=span,
        sro_start_ranges=terms,
        sro_end_range=end,
        employment=employment,  # type: ignore[arg-type]
    )
    app = ApplicationFacts(
        applicant_id="A14",
        name="Gideon T. Marsh",
        agency="Pelham Ridge PD",
        sro_start_date=stated,
        currently_employed=None,
        application_date=APPLIED,
    )
    got = r1_sro_years(app, [letter], default_policy())
    return got.verdict, got.reason


def _day(d: date) -> tuple[date, date]:
    return (d, d)


# ------------------------------------------------------------------ two terms added


@pytest.mark.parametrize(
    ("terms", "end", "verdict"),
    [
        # 1 y 9 m, then 2 y 9 m to the application: 4 y 6 m added; neither alone is three years
        ((_day(date(2015, 9, 4)), _day(date(2022, 8, 10))), _day(date(2017, 6, 16)), "met"),
        # months only: Aug 2016 - June 2018 (at least 1 y 9 m), back Aug 2022 (at least 2 y 9 m)
        (
            ((date(2016, 8, 1), date(2016, 8, 31)), (date(2022, 8, 1), date(2022, 8, 31))),
            (date(2018, 6, 1), date(2018, 6, 30)),
            "met",
        ),
        # ten months and 1 y 9 m: under three years in all, though the first start is 2017
        ((_day(date(2017, 8, 14)), _day(date(2023, 8, 14))), _day(date(2018, 6, 8)), "not_met"),
        # the undated days decide (2 y 11 m to 3 y 1 m added): a person's
        (
            ((date(2018, 1, 1), date(2018, 1, 31)), (date(2023, 9, 1), date(2023, 9, 30))),
            (date(2019, 3, 1), date(2019, 4, 30)),
            "needs_review",
        ),
    ],
)
def test_two_terms_are_added_not_spanned(
    terms: tuple[tuple[date, date], ...], end: tuple[date, date], verdict: str
) -> None:
    assert _r1(terms=terms, end=end)[0] == verdict


def test_two_terms_added_only_when_the_end_lies_between_them_and_the_post_goes_on() -> None:
    terms = (_day(date(2015, 9, 4)), _day(date(2022, 8, 10)))
    # the end after the second start, or the post over: no adding (a person's)
    assert _r1(terms=terms, end=_day(date(2023, 6, 16)))[0] == "needs_review"
    assert _r1(terms=terms, end=_day(date(2017, 6, 16)), employment="ended")[0] == "needs_review"
    # the application's own start against the letter's terms: a person reads both
    assert _r1(terms=terms, end=_day(date(2017, 6, 16)), stated=date(2023, 1, 1))[0] == "needs_review"
    assert _r1(terms=terms, end=_day(date(2017, 6, 16)), stated=date(2015, 9, 4))[0] == "met"


def test_one_start_an_ended_term_and_a_present_post_is_a_persons() -> None:
    # "from February 2016 to December 2016 ... returned ... from then to the present", the return undated
    verdict, reason = _r1(
        span=(date(2016, 2, 1), date(2016, 2, 29)), end=(date(2016, 12, 1), date(2016, 12, 31))
    )
    assert verdict == "needs_review" and "add up" in reason
    # controls: three years to the end are met whatever came after; no end, the years run to the application;
    # an end short of them and no word of the service since is a person's call
    assert _r1(span=_day(date(2015, 1, 5)), end=_day(date(2018, 6, 30)))[0] == "met"
    assert _r1(span=_day(date(2016, 2, 1)))[0] == "met"
    silent = _r1(span=_day(date(2016, 2, 1)), end=_day(date(2016, 12, 31)), employment=None)
    assert silent[0] == "needs_review"


# ------------------------------------------------------------------ returns read


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "After an assignment to the Courts Division she returned to school resource duty in August 2019 "
            "and has served at Carver Lake High School from then to the present.",
            (date(2019, 8, 1), date(2019, 8, 31)),
        ),
        (
            "He resumed school resource duties in January 2021.",
            (date(2021, 1, 1), date(2021, 1, 31)),
        ),
        # controls: another post's duty dates no SRO start
        ("She returned to patrol duty in August 2019.", None),
    ],
)
def test_school_resource_duty_is_the_post(text: str, span: tuple[date, date] | None) -> None:
    assert read_sro_start(text).range == span


@pytest.mark.parametrize(
    "text",
    [
        "Officer Marsh was assigned as a School Resource Officer from September 4, 2015 until June 16, 2017, "
        "when he was transferred to the Criminal Investigations Division. He was assigned again as a School "
        "Resource Officer, at Pelham Ridge Middle School, on August 10, 2022, and he is currently serving in "
        "that assignment.",
        "Officer Marsh served as the SRO from 2015 until June 2017, when he was transferred to Patrol. He "
        "was appointed once again as our School Resource Officer in 2022 and currently serves in that role.",
    ],
)
def test_assigned_again_is_a_return(text: str) -> None:
    assert _employment(_flat(text))[0] == "current"


def test_an_end_with_no_return_stays_unsure() -> None:
    text = (
        "Officer Marsh served as the SRO until June 16, 2017, when he was transferred to the Criminal "
        "Investigations Division, where he is currently serving."
    )
    assert _employment(_flat(text))[0] != "current"


# ------------------------------------------------------------------ a letter's signer is no addressee


@pytest.mark.parametrize(
    "body",
    [
        ["At your request, this letter confirms that our records show you attended the annual National",
         "School Safety Conference held July 14-19, 2024 in Grapevine, Texas."],
        ["We are pleased to confirm that you attended the 2024 conference."],
    ],
)  # fmt: skip
def test_a_prose_cue_never_reaches_the_signer(body: list[str]) -> None:
    rows = [
        "National Association of School Resource Officers",
        "October 2, 2024",
        "Dear Deputy Desmond K. Aherne:",
        *body,
        "Sincerely,",
        "Gerald P. Whitman",
        "Director of Conferences, NASRO",
    ]
    found = find_participant(page_of([(text, 60, 100 + 20 * k, 11) for k, text in enumerate(rows)]))
    assert found is None or found.text != "Gerald P. Whitman"


def test_a_certificates_name_under_its_cue_is_still_found() -> None:
    rows = ["This certifies that", "Desmond K. Aherne", "attended the 2024 School Safety Conference"]
    found = find_participant(page_of([(text, 60, 100 + 20 * k, 11) for k, text in enumerate(rows)]))
    assert found is not None and found.text == "Desmond K. Aherne"
