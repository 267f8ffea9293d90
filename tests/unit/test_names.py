"""Unit tests for extract.fields.names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.fields.names import (
    name_tokens,
    names_a_given_name,
    person_name_score,
    strip_honorifics,
    tidy_read_name,
)

STRIP = [
    pytest.param("Officer Jane Roe", "Jane Roe", id="officer"),
    pytest.param("Ofc. Jane Roe", "Jane Roe", id="ofc"),
    pytest.param("Deputy Jane Roe", "Jane Roe", id="deputy"),
    pytest.param("Dep. Jane Roe", "Jane Roe", id="dep"),
    pytest.param("Sgt. Oscar Knapp", "Oscar Knapp", id="sgt"),
    pytest.param("Sergeant Oscar Knapp", "Oscar Knapp", id="sergeant"),
    pytest.param("Cpl. Oscar Knapp", "Oscar Knapp", id="cpl"),
    pytest.param("Corporal Oscar Knapp", "Oscar Knapp", id="corporal"),
    pytest.param("Det. Oscar Knapp", "Oscar Knapp", id="det"),
    pytest.param("Lt. Oscar Knapp", "Oscar Knapp", id="lt"),
    pytest.param("Capt. Oscar Knapp", "Oscar Knapp", id="capt"),
    pytest.param("Trooper Oscar Knapp", "Oscar Knapp", id="trooper"),
    pytest.param("SRO Oscar Knapp", "Oscar Knapp", id="sro"),
    pytest.param("Mr. Oscar Knapp", "Oscar Knapp", id="mr"),
    pytest.param("Ms. Jane Roe", "Jane Roe", id="ms"),
    pytest.param("Mrs. Jane Roe", "Jane Roe", id="mrs"),
    pytest.param("Dr. Jane Roe", "Jane Roe", id="dr"),
    pytest.param("Inv. Jane Roe", "Jane Roe", id="inv"),
    pytest.param("Investigator Jane Roe", "Jane Roe", id="investigator"),
    pytest.param("Patrolman Joe Doe", "Joe Doe", id="patrolman"),
    pytest.param("Ptl. Joe Doe", "Joe Doe", id="ptl"),
    pytest.param("OFFICER JOE DOE", "JOE DOE", id="upper-case"),
    pytest.param("School Resource Officer Joe Doe", "Joe Doe", id="multi-word-title"),
    pytest.param("Deputy Sheriff Joe Doe", "Joe Doe", id="deputy-sheriff"),
    pytest.param("Joe Doe, SRO", "Joe Doe", id="post-nominal"),
    pytest.param("Joe Doe", "Joe Doe", id="no-title"),
    pytest.param("Training Officer", "Training Officer", id="only-titles-kept"),
    pytest.param("Chief of Police", "Chief of Police", id="title-phrase-kept"),
    pytest.param("Police Academy", "Police Academy", id="modifier-without-rank"),
]


@pytest.mark.parametrize(("name", "expected"), STRIP)
def test_strip_honorifics(name: str, expected: str) -> None:
    """Leading titles and ranks go; the rest of the name stays as printed."""
    assert strip_honorifics(name) == expected


NAMES = [
    pytest.param("Oscar Knapp", id="two-words"),
    pytest.param("Sgt. Oscar Knapp", id="with-rank"),
    pytest.param("Oscar A. Knapp", id="middle-initial"),
    pytest.param("Oscar Knapp Jr.", id="suffix-jr"),
    pytest.param("Oscar A. Knapp III", id="suffix-iii"),
    pytest.param("OSCAR A KNAPP", id="all-caps"),
    pytest.param("KNAPP, OSCAR A.", id="last-first"),
    pytest.param("José França", id="accents"),
    pytest.param("MARIA APARECIDA DE SOUZA", id="particle"),
    pytest.param("Mary-Ann O'Brien", id="hyphen-apostrophe"),
    pytest.param("Patrick McDonald II", id="inner-capital"),
    pytest.param("Ana Paula dos Santos Lima", id="five-tokens"),
]


@pytest.mark.parametrize("text", NAMES)
def test_names_score_high(text: str) -> None:
    """Lines shaped like a person's name score at least 0.8."""
    assert person_name_score(text) >= 0.8


NOT_NAMES = [
    pytest.param("Certificate of Completion", id="certificate"),
    pytest.param("This certifies that", id="boilerplate"),
    pytest.param("has successfully completed", id="lower-case-sentence"),
    pytest.param("Basic School Resource Officer Course", id="course-title"),
    pytest.param("National Association of School Resource Officers", id="association"),
    pytest.param("Jefferson County Sheriff's Office", id="agency"),
    pytest.param("State University", id="university"),
    pytest.param("Training Officer", id="job-title-line"),
    pytest.param("Jane Roe, Director", id="signature-with-role"),
    pytest.param("Crisis Intervention Team", id="course-words"),
    pytest.param("40 Hours", id="digits"),
    pytest.param("Oscar Knapp 2021", id="name-with-digits"),
    pytest.param("Name:", id="label"),
    pytest.param("oscar knapp", id="lower-case"),
    pytest.param("Certificado de Conclusão", id="portuguese-boilerplate"),
    pytest.param("One Two Three Four Five Six Seven Eight", id="too-long"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_non_names_score_low(text: str) -> None:
    """Certificate wording, issuers, titles and numbers score below 0.3."""
    assert person_name_score(text) < 0.3


def test_single_word_is_weak() -> None:
    """One capitalised word is a weak name candidate, between the two classes."""
    assert 0.0 < person_name_score("Oscar") < 0.5


def test_rank_raises_score() -> None:
    """A leading rank makes a name line slightly more likely a person."""
    assert person_name_score("Sgt. Oscar Knapp") > person_name_score("Oscar Knapp")


TOKENS = [
    pytest.param("Oscar Knapp", ("oscar", "knapp"), id="plain"),
    pytest.param("Sgt. Oscar A. Knapp Jr.", ("oscar", "knapp"), id="rank-initial-suffix"),
    pytest.param("KNAPP, OSCAR A.", ("oscar", "knapp"), id="last-first"),
    pytest.param("Knapp Jr., Oscar", ("oscar", "knapp"), id="last-suffix-first"),
    pytest.param("Oscar Knapp, Jr.", ("oscar", "knapp"), id="comma-suffix"),
    pytest.param("Oscar Knapp, SRO", ("oscar", "knapp"), id="comma-rank"),
    pytest.param("José França", ("jose", "franca"), id="accent-folded"),
    pytest.param("MARIA DE SOUZA", ("maria", "souza"), id="particle-dropped"),
    pytest.param("Mary-Ann O'Brien", ("mary", "ann", "obrien"), id="hyphen-apostrophe"),
    pytest.param("J. R. Smith", ("smith",), id="initials-only"),
]


@pytest.mark.parametrize(("name", "expected"), TOKENS)
def test_name_tokens(name: str, expected: tuple[str, ...]) -> None:
    """Comparison tokens are lower-case given names then surname, without titles or initials."""
    assert name_tokens(name) == expected


# --- properties ---------------------------------------------------------------------------------------

word = st.sampled_from(["Oscar", "Jane", "Knapp", "Roe", "Maria", "Souza", "Lee", "Nguyen", "Ramírez", "Ola"])
rank = st.sampled_from(["", "Sgt. ", "Officer ", "Deputy ", "Det. ", "Mr. ", "Dr. ", "SRO "])
suffix = st.sampled_from(["", " Jr.", " III"])
initial = st.sampled_from(["", " A.", " Q"])


@given(word, initial, word, rank, suffix)
def test_tokens_ignore_rank_order_and_case(first: str, middle: str, last: str, title: str, tail: str) -> None:
    """Rank, suffix, initial, letter case and 'Last, First' order do not change the tokens."""
    plain = name_tokens(f"{first} {last}")
    assert name_tokens(f"{title}{first}{middle} {last}{tail}") == plain
    assert name_tokens(f"{last.upper()}, {first.upper()}{middle.upper()}") == plain


@given(word, initial, word, rank)
def test_generated_names_score_high(first: str, middle: str, last: str, title: str) -> None:
    """Generated 'Rank First M. Last' lines always look like names."""
    assert person_name_score(f"{title}{first}{middle} {last}") >= 0.8


@given(rank, word, word)
def test_strip_is_idempotent(title: str, first: str, last: str) -> None:
    """Stripping titles twice gives the same result as once."""
    once = strip_honorifics(f"{title}{first} {last}")
    assert strip_honorifics(once) == once == f"{first} {last}"


def test_final_particle_is_a_surname() -> None:
    """ "Le" or "Da" ending a name is the surname, not a particle to drop."""
    assert name_tokens("Dep. Dwayne Le") == ("dwayne", "le")
    assert person_name_score("Dwayne R. Le") >= 0.8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Brian Burns", True, id="given-name"),
        pytest.param("Sgt. J. Okafor", True, id="initial"),
        pytest.param("João Ribeiro", True, id="accented-given-name"),
        pytest.param("Child Abuse Investigation", False, id="course-title"),
        pytest.param("Human Trafficking", False, id="two-word-title"),
        pytest.param("John-Michael Keyes", True, id="double-given-name"),
        pytest.param("Jean-Pierre Martin", True, id="double-given-name-french"),
        pytest.param("Anti-Bullying Training", False, id="hyphenated-title"),
        pytest.param("De-Escalation Techniques", False, id="hyphenated-title-2"),
    ],
)
def test_names_a_given_name(text: str, expected: bool) -> None:
    """A known given name (as printed or without accents) or an initial names someone; a title does not."""
    assert names_a_given_name(text) == expected


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        pytest.param("Jeremiah Adams Il", "Jeremiah Adams II", id="suffix-II-read-Il"),
        pytest.param("David P. Palmer Ill", "David P. Palmer III", id="suffix-III-read-Ill"),
        pytest.param("Rosa Diaz 1I", "Rosa Diaz II", id="suffix-read-with-a-one"),
        pytest.param("Sgl. Vincent Mcmillan", "Vincent Mcmillan", id="misread-short-rank"),
        pytest.param("CRE. NICOLE POWERS", "NICOLE POWERS", id="misread-rank-capitals"),
        pytest.param("FATROLMAN JEFFREY J. BROWN", "JEFFREY J. BROWN", id="misread-long-rank"),
        pytest.param("Wei Li", "Wei Li", id="surname-li-kept"),
        pytest.param("Mary Ann Li", "Mary Ann Li", id="surname-li-after-two-names-kept"),
        pytest.param("Dep. Jeremiah Adams II", "Dep. Jeremiah Adams II", id="right-reading-unchanged"),
        pytest.param("Wm. Robert Taylor", "Wm. Robert Taylor", id="abbreviated-given-name-kept"),
        pytest.param("Ray. Tom Hill", "Ray. Tom Hill", id="given-name-with-stray-dot-kept"),
        pytest.param("Abc. Smith", "Abc. Smith", id="one-name-after-it-kept"),
        pytest.param("Maj. Tom Hill", "Maj. Tom Hill", id="real-rank-kept-for-stripping"),
        pytest.param("JORDANVASQUEZ", "JORDAN VASQUEZ", id="glued-split-after-given-name"),
        pytest.param("Christophermartinez", "Christopher martinez", id="glued-longest-given-name"),
        pytest.param("ROBERTA", "ROBERTA", id="a-given-name-alone-is-not-split"),
        pytest.param("QXZWVKTRPL", "QXZWVKTRPL", id="no-given-name-inside-kept"),
        pytest.param("CRAIG MARTIN,", "CRAIG MARTIN", id="trailing-comma"),
        pytest.param("Cpl. William Taylor LI", "Cpl. William Taylor II", id="suffix-LI-mixed-case"),
        pytest.param("MARY ANN LI", "MARY ANN LI", id="surname-LI-in-capitals-kept"),
        pytest.param("SGT. DAVID P. PALMER TIT", "SGT. DAVID P. PALMER III", id="suffix-III-read-TIT"),
        pytest.param("PAMELAR. SIMPSONJR.", "PAMELA R. SIMPSON JR.", id="glued-initial-and-suffix"),
        pytest.param("ROBERTA. DIAZ", "ROBERT A. DIAZ", id="glued-initial-after-a-given-name"),
        pytest.param("ROBERTA DIAZ", "ROBERTA DIAZ", id="given-name-without-dot-kept"),
        pytest.param("Tom Kasr.", "Tom Kasr.", id="no-suffix-inside-kept"),
        pytest.param("Peter Smith Jr.", "Peter Smith Jr.", id="spaced-suffix-kept"),
        pytest.param("Bailey, KellyE", "Bailey, Kelly E", id="comma-order-glued-bare-initial"),
        pytest.param("SarahJ Okafor", "Sarah J Okafor", id="glued-bare-initial-before-surname"),
        pytest.param("Bailey, KELLYE", "Bailey, KELLYE", id="bare-initial-in-capitals-kept"),
        pytest.param("Tom McDonaldE", "Tom McDonaldE", id="no-given-name-before-capital-kept"),
        pytest.param("Sarah LaToya Jones", "Sarah LaToya Jones", id="inner-capital-kept"),
    ],
)
def test_tidy_read_name(read: str, expected: str) -> None:
    """OCR's usual damage to a rank or suffix is undone; a name it cannot tell is left as read."""
    assert tidy_read_name(read) == expected


@given(
    st.sampled_from(["Oscar", "Jane", "Brian", "Maria"]),
    st.sampled_from(["Knapp", "Roe", "Li", "Le", "Ill", "Okafor"]),
    st.sampled_from(["", "Sgt.", "Deputy", "Dr."]),
)
def test_tidy_leaves_a_clean_name_alone(first: str, last: str, title: str) -> None:
    name = f"{title} {first} {last}".strip()
    assert tidy_read_name(name) == name
