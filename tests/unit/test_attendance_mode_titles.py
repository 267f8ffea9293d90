"""A title noting how the course was attended ("- Virtual Attendance", "- Online") names the same course."""

from __future__ import annotations

import pytest

from classify.catalog import load_catalog
from classify.match import match_course

NASRO = "National Association of School Resource Officers"


@pytest.mark.parametrize(
    ("title", "course"),
    [
        ("National School Safety Conference - Virtual Attendance", "nasro-conference"),
        ("National School Safety Conference – Online", "nasro-conference"),
        ("National School Safety Conference: Hybrid Edition", "nasro-conference"),
        ("Basic School Resource Officer Course - In-Person", "nasro-basic"),
    ],
)
def test_a_note_of_how_it_was_attended_leaves_the_course(title: str, course: str) -> None:
    match = match_course(title, NASRO, load_catalog())
    assert match.course is not None
    assert match.course.id == course
    assert match.score >= 95


@pytest.mark.parametrize(
    "title", ["Online Safety for Students", "Virtual Classroom Management", "Social Media - Online Threats"]
)
def test_delivery_words_inside_a_title_are_kept(title: str) -> None:
    """Only a note after a dash at the end is dropped: "Online Safety" and "Online Threats" are subjects."""
    match = match_course(title, NASRO, load_catalog())
    assert match.course is None or match.score < 95
