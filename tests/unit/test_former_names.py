"""A letter that gives its officer's earlier name ("Officer Jessica Hartwell (formerly Moreno)") makes the
certificates printed in that name the applicant's; without such a letter they stay a person's to decide.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.letter import _employment, _flat, read_former_names
from tests.unit.test_rules import RECENT, base_items, build, letter, line, make_item, verdict
from verify.names import former_name_forms, match_with_former_names
from verify.types import EvidenceItem

APPLICANT = "Jessica L. Hartwell"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Officer Jessica Hartwell (formerly Moreno) of the Lakeshore Police Department", ("Moreno",)),
        ("Deputy Ana Ruiz (née Ortega) is currently assigned as the SRO.", ("Ortega",)),
        ("Deputy Ana Ruiz, formerly known as Ana Ortega, is our School Resource Officer.", ("Ana Ortega",)),
        ("Officer Kim Lee, maiden name: Park, has served as the SRO since 2017.", ("Park",)),
        ("Corporal Dana Fox (previously Dana Whitlock) serves at Elm High School.", ("Dana Whitlock",)),
    ],
)
def test_a_letters_earlier_name_is_read(text: str, names: tuple[str, ...]) -> None:
    assert read_former_names(_flat(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "Officer Lee (formerly the SRO at Elm High) now works in patrol.",
        "Officer Lee (formerly Patrol Division) now works at the academy.",
        "Officer Lee formerly served as the SRO at Elm High School.",
        "Officer Renee Park has served as the SRO since 2017.",
    ],
)
def test_a_former_post_or_plain_prose_gives_no_earlier_name(text: str) -> None:
    assert read_former_names(_flat(text)) == ()


@pytest.mark.parametrize(
    ("text", "employment"),
    [
        # An earlier name or post in brackets beside the name is no end of the SRO assignment ...
        (
            "Officer Jessica Hartwell (formerly Moreno) is currently assigned as our School Resource "
            "Officer.",
            "current",
        ),
        (
            "Officer Dana Cruz (previously Patrol) is currently assigned as our School Resource Officer.",
            "current",
        ),
        # ... but a bracket naming the SRO post itself says the assignment is over: never read as current.
        (
            "Officer Dana Cruz (formerly School Resource Officer) is assigned to the patrol division "
            "and remains employed in good standing.",
            None,
        ),
    ],
)
def test_a_bracketed_earlier_name_or_post_beside_the_officer(text: str, employment: str | None) -> None:
    assert _employment(_flat(text))[0] == employment


@pytest.mark.parametrize(
    "printed", ["Jessica L. Moreno", "JESSICA MORENO", "Jessica Moreno Hartwell", "Moreno, Jessica L."]
)
def test_the_earlier_name_names_the_applicant(printed: str) -> None:
    match = match_with_former_names(APPLICANT, printed, former_name_forms(APPLICANT, ["Moreno"]))
    assert match.same_person is True
    assert "earlier name" in match.reason


@pytest.mark.parametrize("printed", ["Maria Moreno", "Jessica R. Moreno", "Jessica L. Morales"])
def test_another_person_under_the_earlier_surname_is_not_the_applicant(printed: str) -> None:
    match = match_with_former_names(APPLICANT, printed, former_name_forms(APPLICANT, ["Moreno"]))
    assert match.same_person is not True


def _in_earlier_name() -> EvidenceItem:
    # The factories' applicant is Jane Q. Doe; her certificate from before her marriage:
    return make_item(
        "Threat Assessment in Schools",
        date(2019, 5, 3),
        16.0,
        participant_name="Jane Q. Moreno",
        document="maiden.pdf",
    )


def test_a_certificate_in_the_earlier_name_is_credited_when_the_applicants_letter_gives_it() -> None:
    cert = _in_earlier_name()
    said = letter(date(2015, 1, 1), RECENT, name="Officer Jane Doe").model_copy(
        update={"former_names": ("Moreno",)}
    )
    ledger = build([*base_items(), cert], extra=[said])
    assert line(ledger, cert).credited_hours == 16.0
    assert line(ledger, cert).status == "auto"
    assert verdict(ledger, "sro_3_years") == "met"


def test_without_the_letter_the_earlier_name_is_not_the_applicants() -> None:
    cert = _in_earlier_name()
    ledger = build([*base_items(), cert], extra=[letter(date(2015, 1, 1), RECENT)])
    assert line(ledger, cert).credited_hours == 0.0


def test_a_letter_about_someone_else_gives_the_applicant_no_earlier_name() -> None:
    cert = _in_earlier_name()
    other = letter(date(2015, 1, 1), date(2024, 2, 1), name="Karen T. Wallace").model_copy(
        update={"former_names": ("Moreno",)}
    )
    ledger = build([*base_items(), cert], extra=[other, letter(date(2015, 1, 1), RECENT)])
    assert line(ledger, cert).credited_hours == 0.0
