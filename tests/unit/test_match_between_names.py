"""A title between two names of one catalog course (`classify.match.between_names`): a sure match.

A title holding one of a course's names whole, with no word outside another of its names, names that course
("Bullying and Cyberbullying Prevention": alias "Bullying Prevention" whole, every word in "Bullying and
Cyberbullying Prevention for Law Enforcement"). Its look-alikes stay as they were: a title lacking a word of
every name (a broader course), a title with a word of its own, another level, a provider-bound course.
"""

from __future__ import annotations

import pytest

from classify.catalog import Catalog, Course, load_catalog
from classify.document import AutoPolicy
from classify.match import NESTED_NAME_SCORE, between_names, make_form, match_course

SURE = AutoPolicy().min_match_score


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _catalog(*courses: Course) -> Catalog:
    return Catalog(courses=courses, sha256="test", source="<test>")


THREAT = Course(
    id="threat-assess",
    title="Behavioral Threat Assessment for School Teams",
    aliases=("Threat Assessment",),
    category="school_safety",
)
SHOOTER = Course(
    id="asr-1",
    title="Active Shooter Response Level I for Patrol Officers",
    aliases=("Active Shooter Response Level I",),
    category="school_safety",
)
# A provider-bound kind (R4): its names are the rules' point, and keep their plain scores.
BOUND = Course(
    id="adv-sro",
    title="Advanced School Resource Officer Leadership Course",
    aliases=("Advanced SRO",),
    provider="National Association of School Resource Officers",
    category="advanced",
)


@pytest.mark.parametrize(
    "title",
    [
        "Bullying and Cyberbullying Prevention",
        "BULLYING AND CYBERBULLYING PREVENTION",
        "Bullying & Cyberbullying Prevention",
        "Cyberbullying and Bullying Prevention Training",
        "Bullying Prevention for Law Enforcement",
    ],
)
def test_catalog_title_between_names_is_sure(title: str, catalog: Catalog) -> None:
    m = match_course(title, "", catalog)
    assert m.course is not None and m.course.id == "bullying-prevention", m.reason
    assert m.score >= SURE and not m.lacks, m.reason


@pytest.mark.parametrize(
    "title",
    [
        "School Threat Assessment",
        "Threat Assessment for Schools",
        "Behavioral Threat Assessment",
        "Threat Assessment Teams",
    ],
)
def test_synthetic_title_between_names_is_sure(title: str) -> None:
    m = match_course(title, "", _catalog(THREAT, SHOOTER))
    assert m.course is not None and m.course.id == "threat-assess", m.reason
    assert m.score >= SURE, m.reason


@pytest.mark.parametrize(
    ("title", "course"),
    [
        # Lacks a word of every name: perhaps the broader course (Mental Health First Aid is another).
        ("Mental Health First Aid", "ymhfa"),
        ("Crisis Intervention Teams", "cit-youth"),
        ("Trauma-Informed Youth", "trauma-informed-youth"),
        # A word of its own: another course of the subject, or the same one for another audience.
        ("Bullying Prevention for School Administrators", "bullying-prevention"),
        ("Cyberbullying and Youth Prevention", "bullying-prevention"),
        ("Juvenile Law for Law Enforcement: Search, Seizure and Interviews on Campus", "juvenile-law"),
    ],
)
def test_look_alikes_stay_unsure(title: str, course: str, catalog: Catalog) -> None:
    m = match_course(title, "", catalog)
    sure = m.course is not None and m.course.id == course and m.score >= SURE
    assert not sure, m.reason
    assert m.score < NESTED_NAME_SCORE


def test_another_level_is_not_between_names() -> None:
    names = tuple(make_form(n) for n in SHOOTER.names)
    assert between_names((make_form("Active Shooter Response Level I Patrol"),), names)
    assert not between_names((make_form("Active Shooter Response Level II Patrol"),), names)
    assert not between_names((make_form("Active Shooter Response Patrol Officers"),), names)  # no level
    m = match_course("Active Shooter Response Level II", "", _catalog(THREAT, SHOOTER))
    assert m.course is None


def test_words_misread_are_left_to_the_fuzzy_score() -> None:
    names = tuple(make_form(n) for n in THREAT.names)
    assert not between_names((make_form("Threat Assesment Schoo1 Teams"),), names)


def test_provider_bound_course_keeps_its_plain_score() -> None:
    names = tuple(make_form(n) for n in BOUND.names)
    title = "Advanced SRO Leadership Program"
    assert between_names((make_form(title),), names)  # the words are between its names ...
    m = match_course(title, "National Association of School Resource Officers", _catalog(BOUND, THREAT))
    assert m.score != NESTED_NAME_SCORE  # ... but R4's course is not lifted by the rule
