"""The seventeenth unseen round's fixes (bench/unseen_applicants_17.py).

A phone photo's OCR put a space inside one word of a catalog course's title ("Trauma-Informed Pol icing with
Youth"): the title matched its course at 84, under the bar, and its hours waited for a person. A catalog
word split in two is joined again when neither piece is a catalog word. A school-safety course the catalog
does not know, titled by its subject "school climate" or "school discipline", rested on the setting word
"school" alone (a person's); those two phrases are school-safety subjects."""

from __future__ import annotations

import pytest

from classify.catalog import load_catalog
from classify.category import category_from_title
from classify.match import catalog_vocabulary, match_course, repair_ocr_words

CATALOG = load_catalog()
VOCABULARY = catalog_vocabulary(CATALOG)


# ------------------------------------------------------------------------------------ split words


@pytest.mark.parametrize(
    ("printed", "joined"),
    [
        ("Trauma-Informed Pol icing with Youth", "Trauma-Informed Policing with Youth"),
        ("Interro gating Juveniles", "Interrogating Juveniles"),
        ("School Emer gency Operations Planning", "School Emergency Operations Planning"),
    ],
)
def test_a_catalog_word_split_by_ocr_is_joined(printed: str, joined: str) -> None:
    assert repair_ocr_words(printed, VOCABULARY) == joined


@pytest.mark.parametrize(
    "printed",
    [
        "Youth Mental Health First Aid",  # catalog words side by side stay apart
        "In Service Training",  # "in" + "service": a catalog word is a piece
        "Policing\tYouth",  # not one plain space
        "Trauma-Informed Pol-icing",  # a hyphen is printed, not a space OCR made
    ],
)
def test_other_pairs_of_words_are_left_as_printed(printed: str) -> None:
    assert repair_ocr_words(printed, VOCABULARY) == printed


def test_a_split_title_matches_its_catalog_course() -> None:
    split = match_course("Trauma-Informed Pol icing with Youth", "", CATALOG)
    assert split.course is not None and split.course.id == "trauma-informed-youth"
    assert split.score == 100.0


def test_pieces_joining_into_no_catalog_word_stay_apart() -> None:
    assert repair_ocr_words("Pol icy Update", VOCABULARY) == "Pol icy Update"


# ------------------------------------------------------------------------------------ school climate


@pytest.mark.parametrize(
    "title",
    [
        "School Climate and Alternatives to Student Arrest",
        "Improving School Climate",
        "School Discipline Reform",
    ],
)
def test_school_climate_and_discipline_are_school_safety_subjects(title: str) -> None:
    guess = category_from_title(title)
    assert guess.category == "school_safety"
    assert guess.confidence >= 0.8


@pytest.mark.parametrize(
    "title", ["Positive School Climate for Patrol Officers", "Bus Driving School Climate Awareness"]
)
def test_a_police_technique_beside_school_climate_is_still_a_person_s(title: str) -> None:
    assert category_from_title(title).confidence < 0.8


def test_school_alone_is_still_only_a_setting() -> None:
    assert category_from_title("Motor School").category == "unrelated"
    assert category_from_title("School Administration Overview").confidence < 0.8
