"""Category of courses the catalog lacks, from the title and a transcript's category column."""

from __future__ import annotations

import pytest

from classify.category import category_from_title


@pytest.mark.parametrize(
    ("title", "category"),
    [
        pytest.param("Campus Lockdown Procedures", "school_safety", id="lockdown"),
        pytest.param("Threat Assessment Teams in K-12 Schools", "school_safety", id="threat-assessment"),
        pytest.param("CPTED for Schools", "school_safety", id="cpted"),
        pytest.param("Bomb Threats in Schools", "school_safety", id="bomb-threat"),
        pytest.param("Developing an Emergency Operations Plan", "school_safety", id="eop"),
        pytest.param("Active Attack Response", "school_safety", id="active-attack"),
        pytest.param("Gang Awareness", "juvenile", id="gang"),
        pytest.param("Teen Dating Violence", "juvenile", id="teen"),
        pytest.param("Human Trafficking of Minors", "juvenile", id="minors"),
        pytest.param("Investigating Crimes Against Children", "juvenile", id="crimes-against-children"),
        pytest.param("Cyberbullying Investigations", "juvenile", id="cyberbullying"),
        pytest.param("Patrol Rifle Qualification", "unrelated", id="rifle"),
        pytest.param("TASER 7 User Recertification", "unrelated", id="taser"),
        pytest.param("DWI Detection and SFST Update", "unrelated", id="dwi"),
        pytest.param("Emergency Vehicle Operations (EVOC)", "unrelated", id="evoc"),
        pytest.param("Traffic Crash Investigation", "unrelated", id="crash"),
        pytest.param("CPR / AED / First Aid", "unrelated", id="cpr"),
        pytest.param("Legal Update 2023", "unrelated", id="legal-update"),
        pytest.param("Naloxone Administration", "unrelated", id="naloxone"),
        pytest.param("Civil Disturbance and Crowd Management", "unrelated", id="crowd"),
        pytest.param("Domestic Violence Response", "unrelated", id="dv"),
    ],
)
def test_single_lexicon(title: str, category: str) -> None:
    guess = category_from_title(title)
    assert guess.category == category, guess.reason
    assert guess.confidence >= 0.8


@pytest.mark.parametrize(
    ("title", "category"),
    [
        pytest.param("Basic School Resource Officer Course", "basic", id="basic"),
        pytest.param("Basic SRO Academy", "basic", id="basic-academy"),
        pytest.param("Advanced SRO Techniques", "advanced", id="advanced"),
        pytest.param("SRO Supervisor Course", "supervisor", id="supervisor"),
        pytest.param("School Resource Officer Supervision and Management", "supervisor", id="supervision"),
        pytest.param("Mental Health for School Resource Officers", "school_safety", id="sro-topic"),
    ],
)
def test_other_providers_sro_courses(title: str, category: str) -> None:
    assert category_from_title(title).category == category


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("School Resource Officer Training", id="plain"),
        pytest.param("SCHOOL RESOURCE OFFICER COURSE", id="upper"),
        pytest.param("School Resource Officer Training (Some State Academy)", id="provider-note"),
        pytest.param("ABCJA School Resource Officer Certification", id="provider-acronym"),
    ],
)
def test_sro_course_without_level_is_probably_basic(title: str) -> None:
    guess = category_from_title(title)
    assert guess.category == "basic"
    assert guess.confidence < 0.8


@pytest.mark.parametrize(
    ("title", "category"),
    [
        pytest.param("Active Shooter Response for Patrol", "school_safety", id="active-shooter-patrol"),
        pytest.param("First Aid for Youth Sports", "juvenile", id="first-aid-youth"),
        pytest.param("Traffic Safety Around Schools", "school_safety", id="traffic-schools"),
    ],
)
def test_mixed_lexicons_resolve_with_lower_confidence(title: str, category: str) -> None:
    guess = category_from_title(title)
    assert guess.category == category, guess.reason
    assert guess.confidence < 0.8


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Leadership in Uncertain Times", id="no-terms"),
        pytest.param("Module 4", id="module"),
        pytest.param("", id="empty"),
    ],
)
def test_no_signal_goes_to_review(title: str) -> None:
    guess = category_from_title(title)
    assert guess.category is None
    assert guess.confidence < 0.5


@pytest.mark.parametrize(
    ("title", "hint", "category"),
    [
        pytest.param("Gang Awareness", "Juvenile", "juvenile", id="juvenile"),
        pytest.param("Lockdown Drills", "School Safety", "school_safety", id="school-safety"),
        pytest.param("Radar Operator", "Traffic", "unrelated", id="traffic"),
        pytest.param("Patrol Rifle", "Firearms", "unrelated", id="firearms"),
        pytest.param("Basic SRO Academy", "SRO", "basic", id="sro-basic"),
    ],
)
def test_agreeing_hint_raises_confidence(title: str, hint: str, category: str) -> None:
    plain = category_from_title(title)
    hinted = category_from_title(title, hint)
    assert hinted.category == plain.category == category
    assert hinted.confidence > plain.confidence


@pytest.mark.parametrize(
    ("hint", "category"),
    [
        pytest.param("Juvenile", "juvenile", id="juvenile"),
        pytest.param("School Safety", "school_safety", id="school-safety"),
        pytest.param("SRO", "school_safety", id="sro"),
        pytest.param("Traffic", "unrelated", id="traffic"),
        pytest.param("Firearms", "unrelated", id="firearms"),
    ],
)
def test_hint_decides_when_title_says_nothing(hint: str, category: str) -> None:
    guess = category_from_title("Annual Block 3", hint)
    assert guess.category == category
    assert 0.5 <= guess.confidence < 0.8


@pytest.mark.parametrize("hint", [pytest.param("In-Service", id="in-service"), pytest.param("", id="blank")])
def test_uninformative_hint_changes_nothing(hint: str) -> None:
    assert category_from_title("School Safety Update", hint) == category_from_title("School Safety Update")
    assert category_from_title("Annual Block 3", hint).category is None


def test_disagreeing_hint_lowers_confidence() -> None:
    guess = category_from_title("Firearms Qualification", "Juvenile")
    assert guess.category == "unrelated"  # a clear title wins
    assert guess.confidence <= 0.5
    mixed = category_from_title("Active Shooter Response for Patrol", "Traffic")
    assert mixed.category == "unrelated"  # an unsure title yields to the department's column
    assert mixed.confidence <= 0.5


@pytest.mark.parametrize(
    ("title", "hint", "category", "sure"),
    [
        pytest.param(
            "Annual Scbool Threat Drill Training", "School Safety", "school_safety", True, id="column-agrees"
        ),
        pytest.param(
            "Annual Scbool Threat Drill Training", None, "school_safety", False, id="repair-alone-unsure"
        ),
        pytest.param(
            "Annual Schoot Threat Drill Training", "School Safely", "school_safety", True, id="both-misread"
        ),
        pytest.param("Firearns Qualtication", None, "unrelated", False, id="unrelated-repaired"),
        pytest.param(
            "Lockdown Drill Planning for Scliools",
            "Scbool Safety",
            "school_safety",
            True,
            id="two-letter-shapes",
        ),
        pytest.param(
            "Annual Sqxool Threat Drill Training", "School Safely", "school_safety", False, id="too-damaged"
        ),
    ],
)
def test_words_misread_by_a_letter_are_repaired(
    title: str, hint: str | None, category: str, sure: bool
) -> None:
    """One misread letter does not hide a category word; a guess resting on repairs alone stays unsure."""
    guess = category_from_title(title, hint)
    assert (guess.category, guess.confidence >= 0.8) == (category, sure)


@pytest.mark.parametrize(
    "title",
    [
        "Motor School",  # a police school is named 'school'
        "Sniper School",
        "School of Police Staff and Command",
        "Family Violence Investigations",  # a group, not the subject
        "Minor Accident Investigation",
        "Northwestern University Center for Public Safety",
        "College Algebra",
        "Student Officer Orientation",
        "Minor League Baseball Security",
    ],
)
def test_a_setting_word_alone_is_for_a_person(title: str) -> None:
    """'Sniper School' held 'school' only: credited as school safety with no one asked."""
    guess = category_from_title(title)
    assert guess.confidence < 0.8, guess.reason


@pytest.mark.parametrize(
    ("title", "category"),
    [
        pytest.param("Critical Incident Response for School Campuses", "school_safety", id="for-campuses"),
        pytest.param("Critical Incident Response for Sch00l Campuses", "school_safety", id="ocr-digits"),
        pytest.param("Crisis Response in K-12 Schools", "school_safety", id="k12"),
        pytest.param("Safety for Students", "juvenile", id="for-students"),
        pytest.param("School Safety Update", "school_safety", id="phrase"),
        pytest.param("Teen Dating Violence", "juvenile", id="teen"),
        pytest.param("Working with Youth in Crisis", "juvenile", id="youth"),
        # School words and acronyms (DARE, GREAT and ALICE as printed in capitals or with dots only).
        pytest.param("DARE Mentor Training", "juvenile", id="dare-acronym"),
        pytest.param("D.A.R.E. MENTOR TRAINING", "juvenile", id="dare-dotted-capitals"),
        pytest.param("G.R.E.A.T. Families Training", "juvenile", id="great-dotted"),
        pytest.param("ALICE Instructor Certification", "school_safety", id="alice"),
        pytest.param("Title IX Investigator Training", "school_safety", id="title-ix"),
        pytest.param("Clery Act Compliance", "school_safety", id="clery"),
        pytest.param("FERPA for School Resource Officers", "school_safety", id="ferpa-not-a-basic-course"),
        pytest.param("Reunification Planning in K-12", "school_safety", id="in-k12"),
        pytest.param("Effective Police Interactions with Youth", "juvenile", id="with-youth"),
    ],
)
def test_a_course_given_for_a_setting_is_about_it(title: str, category: str) -> None:
    guess = category_from_title(title)
    assert (guess.category, guess.confidence >= 0.8) == (category, True), guess.reason


def test_a_transcript_column_that_agrees_settles_a_setting_word() -> None:
    assert category_from_title("Safe Schools Summit", "School Safety").confidence >= 0.8
    # ... but not a title whose other word names another subject: 'motor' is a police motorcycle course.
    assert category_from_title("Motor School", "School Safety").confidence < 0.8


@pytest.mark.parametrize(
    "title",
    [
        "Dare to Lead",  # the word, not D.A.R.E.
        "Great Leaders Make Great Teams",
        "DARE TO LEAD",  # all capitals: the acronym cannot be told from the word
        "Youth Sports Coaching Certification",  # youth as a setting or group
        "Police Athletic League Youth Basketball",
        "Bomb Threat Management for K-12 Administrators and SROs",  # another subject, not an SRO level
    ],
)
def test_a_word_that_is_also_an_acronym_or_a_setting_is_no_sure_subject(title: str) -> None:
    guess = category_from_title(title)
    assert guess.category not in ("juvenile", "school_safety", "supervisor") or guess.confidence < 0.8, guess


@pytest.mark.parametrize(
    "title",
    ["Sniper School", "Police Motor School", "Basic SWAT School", "Drug Recognition Expert School",
     "Police Staff and Command School"],
)  # fmt: skip
def test_a_police_school_is_proposed_as_its_subject(title: str) -> None:
    """The school word names where the course is given; the other word is its subject, for a person."""
    guess = category_from_title(title)
    assert (guess.category, guess.confidence < 0.8) == ("unrelated", True), guess.reason
