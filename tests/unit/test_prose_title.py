"""A course title that prose wraps onto its next line, the sentence going on after it, is read whole."""

from __future__ import annotations

import pytest

from extract.certificate import _prose_title_head, find_course_title
from extract.types import Line, Word

CHAR_W = 6.0


def lines_of(texts: list[str]) -> list[Line]:
    """Lines of 11 pt prose, flush left, one under the other."""
    out = []
    for i, text in enumerate(texts):
        x, y, words = 72.0, 100.0 + 15 * i, []
        for token in text.split(" "):
            words.append(Word(text=token, bbox=(x, y, x + len(token) * CHAR_W, y + 11), conf=1.0))
            x += (len(token) + 1) * CHAR_W
        out.append(Line(words=tuple(words), page=1))
    return out


@pytest.mark.parametrize(
    ("texts", "title"),
    [
        pytest.param(
            [
                "This letter confirms that Officer Latoya M. Jenkins attended the NASRO School Safety",
                "Conference held June 25-30, 2023 in Indianapolis, Indiana. Thank you for attending.",
            ],
            "NASRO School Safety Conference",
            id="held-after-the-last-word",
        ),
        pytest.param(
            [
                "This is to certify that Kevin J. Thornton completed School Resource Officer Supervisors and",
                "Management Course, held April 16-18, 2018, for a total of 24 Hours.",
            ],
            "School Resource Officer Supervisors and Management Course",
            id="comma-held-after-and",
        ),
        pytest.param(
            [
                "This certifies that Dana Reyes has completed the course School Safety and",
                "Emergency Operations Planning for Schools on March 3, 2021 at the Regional Academy.",
            ],
            "School Safety and Emergency Operations Planning for Schools",
            id="on-a-date",
        ),
        pytest.param(
            [
                "This letter confirms that Officer Jenkins attended the NASRO School Safety",
                "Conference in Indianapolis, Indiana, during June 2023.",
            ],
            "NASRO School Safety Conference",
            id="in-a-place",
        ),
        pytest.param(
            [
                "This is to confirm that Officer Sofia M. Delgado attended the 2020 NASRO School Safety",
                "Conference virtually, July 20-23, 2020. The conference was delivered online this year.",
            ],
            "2020 NASRO School Safety Conference",
            id="how-it-was-attended-in-lower-case",
        ),
        pytest.param(
            [
                "This certifies that Dana Reyes completed the Youth Crisis Intervention Training for",
                "Patrol Officers remotely through the state's online academy on March 3, 2021.",
            ],
            "Youth Crisis Intervention Training for Patrol Officers",
            id="lower-case-word-after-a-connector",
        ),
        # The next line that is no title's end is left.
        pytest.param(
            ["This certifies that Dana Reyes has completed Juvenile Law Update", "Date: 01/16/2024 Hours: 4"],
            "Juvenile Law Update",
            id="a-field-follows",
        ),
        pytest.param(
            [
                "This certifies that Dana Reyes attended Crisis Intervention Training",
                "Marion County Sheriff's Office, on May 3, 2021.",
            ],
            "Crisis Intervention Training",
            id="an-organisation-follows",
        ),
        pytest.param(
            ["Course: Juvenile Law Update", "Date: 01/16/2024 Hours: 4"],
            "Juvenile Law Update",
            id="a-labelled-title-takes-no-label",
        ),
        pytest.param(
            [
                "This certifies that Officer Lee has completed Juvenile Law Update",
                "Dana Reyes, Instructor, on January 16, 2024.",
            ],
            "Juvenile Law Update",
            id="a-person-follows",
        ),
    ],
)
def test_a_wrapped_prose_title_is_read_whole(texts: list[str], title: str) -> None:
    found = find_course_title(lines_of(texts))
    assert found is not None and found[0] == title, found


@pytest.mark.parametrize(
    ("previous", "following", "head"),
    [
        # the sentence goes on in lower case after the title's last word, then stops at the date
        (
            "attended the 2020 NASRO School Safety",
            "Conference virtually, July 20-23, 2020. The",
            "Conference",
        ),
        # a title's own lower-case word, a capitalised one after it: not cut there
        ("for attending the webinar", "Reunification After a School Crisis: Planning and Practice", None),
        # a title in sentence case running to its line's end, no stop after it: not cut either
        ("qui a suivi la formation", "Prévention de la violence en milieu scolaire", None),
    ],
)
def test_a_wrapped_titles_end_before_the_sentence_goes_on(
    previous: str, following: str, head: str | None
) -> None:
    assert _prose_title_head(previous, following) == head
