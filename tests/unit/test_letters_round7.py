"""Employment letters in round 7's wordings (``tests/novel_letters_7.py``, its bench
``bench/bench_novel_letters_7.py``): a day-first issuer's numeric start, a verb of starting whose
object is another post, a sentence opening on its date, the signer's own years in the signature block,
an earlier post's dated span, "for the past N years", the officer named only in the subject line, "her
assignment began on"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extract.letter import _employment, _flat, _name_at, read_sro_start
from extract.letter_end import read_sro_end
from tests.factories import read_drawn_lines


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(
            "14/03/2025. Constable P. Nair has been a School Resource Officer since 03/09/2018.",
            (date(2018, 3, 9), date(2018, 9, 3)),
            id="a-day-first-letter-date",
        ),
        pytest.param(
            "Halton Police, Oakville, Ontario L6K 2T2. Officer Lee has served as an SRO since 04/08/2016.",
            (date(2016, 4, 8), date(2016, 8, 4)),
            id="a-canadian-postcode",
        ),
        pytest.param(
            "Dates (DD/MM/YYYY). Officer Lee was assigned as School Resource Officer effective 02/10/2019.",
            (date(2019, 2, 10), date(2019, 10, 2)),
            id="a-stated-day-first-order",
        ),
    ],
)
def test_a_day_first_issuers_numeric_start_is_the_span_of_both_readings(
    text: str, span: tuple[date, date]
) -> None:
    got = read_sro_start(text)
    assert got.start is None  # never the month-first reading, surely
    assert got.range == span
    assert got.notes and "either way round" in got.notes[0]


def test_a_us_letters_numeric_start_stays_month_first() -> None:
    got = read_sro_start("April 2, 2025. Officer Lee has served as an SRO since 03/09/2018.")
    assert got.start == date(2018, 3, 9)
    # a day that is the same either way round is sure wherever it was printed
    assert read_sro_start("14/03/2025. Officer Lee has been an SRO since 04/04/2018.").start == date(
        2018, 4, 4
    )


def test_a_day_first_issuers_numeric_end_is_unsure() -> None:
    text = "14/03/2025. Officer Lee served as a School Resource Officer from 2012 until 03/09/2018."
    end = read_sro_end(text)
    assert end.range is None and end.notes


@pytest.mark.parametrize(
    "text",
    [
        "After four years as a School Resource Officer, he was reassigned to the Patrol Division on "
        "July 1, 2023.",
        "Officer Ames served as our SRO until he returned to patrol on June 1, 2020.",
        "Deputy Cruz, a School Resource Officer, was assigned to the Criminal Investigations "
        "Division in March 2022.",
        "After serving as an SRO, she has been assigned to the Traffic Unit since May 3, 2021.",
    ],
)
def test_a_start_verb_whose_object_is_another_post_starts_no_sro_service(text: str) -> None:
    got = read_sro_start(text)
    assert got.start is None and got.range is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Her School Resource Officer assignment began on July 1, 2018.", date(2018, 7, 1)),
        (
            "Officer Dunn was assigned as the School Resource Officer at Hill High School on 08/14/2017.",
            date(2017, 8, 14),
        ),
        ("She returned to the School Resource Unit on August 13, 2018.", date(2018, 8, 13)),
        ("The deputy resumed SRO duties at Lake Middle School on January 8, 2019.", date(2019, 1, 8)),
    ],
)
def test_a_start_verb_with_the_role_still_starts_it(text: str, start: date) -> None:
    assert read_sro_start(text).start == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        pytest.param(
            "On August 6, 2018, he was assigned as the School Resource Officer at Kennedy High School.",
            date(2018, 8, 6),
            id="on-date-comma-was-assigned",
        ),
        pytest.param(
            "On 01/09/2017 Deputy Ray Lin was placed in the School Resource Unit.",
            date(2017, 1, 9),
            id="placed",
        ),
        pytest.param("In August 2018 she became the SRO at Dover High School.", None, id="month-only-no-day"),
        pytest.param(
            "On August 6, 2018, he was assigned to the Patrol Division near Kennedy High School.",
            None,
            id="another-post",
        ),
        pytest.param("On June 6, 2009, he was hired by the Sheriff's Office as a deputy.", None, id="a-hire"),
    ],
)
def test_a_sentence_opening_on_its_date_with_the_verb_after(text: str, start: date | None) -> None:
    assert read_sro_start(text).start == start
    if start is None and "2018" in text and "August 2018" in text:
        assert read_sro_start(text).range == (date(2018, 8, 1), date(2018, 8, 31))


@pytest.mark.parametrize(
    "signer_title",
    [
        "School Resource Unit Commander since 2014",
        "SRO Supervisor since 03/01/2012",
        "Commander, SRO Unit (2014 - present)",
    ],
)
def test_the_signature_blocks_years_are_the_signers(tmp_path: Path, signer_title: str) -> None:
    doc = read_drawn_lines(
        tmp_path,
        [
            "January 27, 2025",
            "To Whom It May Concern:",
            "Officer Julian K. Reyes has been a School Resource Officer under my command since",
            "September 8, 2020. He is currently assigned to Sutton High School.",
            "Sincerely,",
            "Lt. Frances M. Duarte",
            signer_title,
        ],
    )
    assert doc.sro_start_date == date(2020, 9, 8)
    assert doc.participant_name is not None and doc.participant_name.text == "Julian K. Reyes"


@pytest.mark.parametrize(
    ("text", "employment"),
    [
        (
            "Officer Kim worked in the Patrol Division from March 5, 2012 to August 5, 2018. On August 6, "
            "2018, he was assigned as the School Resource Officer at Kennedy High School, where he continues "
            "to serve.",
            "current",
        ),
        (
            "Deputy Lane was a detention deputy from 2010 to 2014. She currently serves as the SRO at Pine "
            "Middle School.",
            "current",
        ),
        # The SRO service's own span still ends it.
        ("Officer Salas served as the School Resource Officer from 2013 to 2018.", "ended"),
        # Leaving words end it whatever post they name.
        ("Officer Whitlock was reassigned to the Criminal Investigations Division on July 1, 2023.", "ended"),
        ("Deputy Ibarra has been our School Resource Officer for the past four years.", "current"),
        ("Officer Moss has served as the SRO at Oak High for the last 6 years.", "current"),
        ("Officer Moss has been employed by the City for the past ten years.", None),
    ],
)
def test_employment_of_the_sro_service_not_of_another_post(text: str, employment: str | None) -> None:
    assert _employment(_flat(text))[0] == employment


@pytest.mark.parametrize(
    ("re_line", "name"),
    [
        ("RE: Jonathan P. Whitaker, Badge No. 2217", "Jonathan P. Whitaker"),
        ("Subject: Dana Ruiz (ID 4471)", "Dana Ruiz"),
        ("RE: Employment Verification", None),
        ("Subject: Assignment History", None),
    ],
)
def test_an_officer_named_only_in_the_subject_line(tmp_path: Path, re_line: str, name: str | None) -> None:
    doc = read_drawn_lines(
        tmp_path,
        [
            "March 31, 2025",
            re_line,
            "To Whom It May Concern:",
            "The above-named officer has served as a School Resource Officer with this department",
            "since March 2, 2016 and is currently assigned to Carver Middle School.",
            "Sincerely,",
            "Chief Donna L. Pierce",
            "Chief of Police",
        ],
    )
    assert doc.sro_start_date == date(2016, 3, 2)
    got = doc.participant_name.text if doc.participant_name else None
    assert got == name


def test_a_bracketed_note_after_a_name_is_no_part_of_it() -> None:
    assert _name_at("Walter J. Okafor (Retired)") == "Walter J. Okafor"
    assert _name_at("Ray Lin [Badge 2217] has served") == "Ray Lin"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Officer Jenna K. Morales is assigned to the District as a School Resource Officer. Her "
            "assignment under the agreement began on July 1, 2018.",
            date(2018, 7, 1),
        ),
        (
            "Deputy Cole was selected for the School Resource Unit. This position commenced effective "
            "08/01/2020.",
            date(2020, 8, 1),
        ),
        # The sentence before names another post: the assignment is that one.
        (
            "Officer Morales was assigned to the Patrol Division. Her assignment began on July 1, 2018.",
            None,
        ),
        # No sentence before to refer to.
        ("Her assignment began on July 1, 2018.", None),
    ],
)
def test_an_assignment_named_in_the_sentence_before(text: str, start: date | None) -> None:
    assert read_sro_start(text).start == start


@pytest.mark.parametrize(
    ("text", "span", "employment"),
    [
        (
            "Officer Brandon E. Cole, School Resource Officer, Fairmont Junior High School, August 2017 - "
            "present.",
            (date(2017, 8, 1), date(2017, 8, 31)),
            "current",
        ),
        (
            "Deputy Ana Ruiz - School Resource Officer, Lake District - 03/14/2016 – Present",
            (date(2016, 3, 14), date(2016, 3, 14)),
            "current",
        ),
        (
            "Assignment From To Patrol Division 08/01/2013 07/31/2016 School Resource Officer 08/01/2016 "
            "Present",
            (date(2016, 8, 1), date(2016, 8, 1)),
            "current",  # a table's "Present" cell in the SRO row: the post goes on (round 12)
        ),
        # Another post right before the date: no SRO start, and that post is the present one.
        ("Officer Cole, Patrol Division, August 2017 - present.", None, "ended"),
    ],
)
def test_a_role_then_its_date_to_the_present(
    text: str, span: tuple[date, date] | None, employment: str | None
) -> None:
    assert read_sro_start(text).range == span
    assert _employment(_flat(text))[0] == employment


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "She assumed School Resource Officer duties in, 2017 and continues.",
            (date(2017, 1, 1), date(2017, 12, 31)),
        ),
        ("Officer Diaz has served as an SRO since, 2015.", (date(2015, 1, 1), date(2015, 12, 31))),
        (
            "Deputy Lin was placed in the School Resource Unit on, September 3, 2018.",
            (date(2018, 9, 3), date(2018, 9, 3)),
        ),
        # The comma glued after a hire's cue leaves it a hire.
        ("Officer Diaz has been a member of this department since, 2009.", None),
    ],
)
def test_a_comma_ocr_glued_after_the_cue(text: str, span: tuple[date, date] | None) -> None:
    assert read_sro_start(text).range == span
