"""Faults the fax and heavy-scan renders of session 22's rounds showed (certificate wordings 15, letters 14,
records 13/14, no-completion documents 5; helper scans16).

Drawn word boxes only, read as a scan's; none of the strings is a real document's.
"""

from __future__ import annotations

import pytest

from extract.certificate import UNREAD_LENGTH, find_participant, leading_name, read_certificate
from extract.fields.names import name_before_next_label
from extract.letter import _employment, _flat, read_letter, self_signed_name
from tests.unit.test_layout_parsers import page_of
from tests.unit.test_prose_title import lines_of


def _sentence_certificate(cue_line: str) -> list[tuple[str, float, float, float]]:
    """A certificate whose holder is named inside its one sentence, signed by a chair under it."""
    return [
        ("LAKESIDE SCHOOL SAFETY GROUP", 160, 60, 14),
        ("Certificate of Completion", 170, 110, 24),
        (cue_line, 60, 170, 11),
        ("Crisis Intervention for Schools", 160, 200, 16),
        ("held on March 3, 2023, totaling six (6) hours of instruction.", 80, 240, 11),
        ("Helga Brandt", 90, 420, 11),
        ("Board Chair", 90, 440, 11),
    ]


def test_holder_after_a_stop_and_an_initial_read_with_a_comma() -> None:
    """A fax read "presented to. Officer Dorian K, Whitcombe for ...": the stray stop after the cue and the
    initial's comma lost the holder, and the signer under the sentence was taken for him."""
    lines = page_of(
        _sentence_certificate(
            "This certificate is presented to. Officer Dorian K, Whitcombe for successfully completing"
        )
    )
    found = find_participant(lines)
    assert found is not None and found.text == "Officer Dorian K. Whitcombe"


def test_a_signer_under_the_sentence_is_never_the_holder() -> None:
    """Whatever the cue's line lost, a name standing over a job title signs the certificate."""
    lines = page_of(
        _sentence_certificate("This certificate is presented to. 0ff1cer #### for successfully completing")
    )
    found = find_participant(lines)
    assert found is None or "Brandt" not in found.text


def test_initial_with_a_comma_needs_a_surname_after_it() -> None:
    assert leading_name("Officer Dorian K, Whitcombe for") == "Officer Dorian K. Whitcombe"
    assert leading_name("Officer Dorian K, for the course") == "Officer Dorian K"  # no surname: the run ends
    assert leading_name("KNAPP, OSCAR A. completed") == "KNAPP, OSCAR A."


def _lms_page(time_spent: str) -> list[tuple[str, float, float, float]]:
    return [
        ("NORTHWIND LEARNING PORTAL", 150, 60, 14),
        ("Learner: Officer Tamsin R. Okafor", 60, 120, 11),
        ("Course: Youth Mental Health First Aid", 60, 140, 11),
        ("Completed on: 05/09/2023", 60, 160, 11),
        (f"Time spent: {time_spent}", 60, 180, 11),
        ("Credit hours: 6", 60, 200, 11),
    ]


def test_a_garbled_time_spent_beside_the_credit_is_a_person_s() -> None:
    """ "Time spent: 7h 04m" beside "Credit hours: 6" read "Tih04m" on a fax: the two lengths that disagree
    in text were one on the scan, and the item went ``auto``. An unread second length leaves the hours in
    doubt."""
    item = read_certificate(page_of(_lms_page("Tih04m"))).item
    assert item is not None and item.hours == 6.0
    assert UNREAD_LENGTH in item.hours_notes


def test_a_read_time_spent_is_no_unread_length() -> None:
    item = read_certificate(page_of(_lms_page("6h 00m"))).item
    assert item is not None and item.hours == 6.0
    assert UNREAD_LENGTH not in item.hours_notes
    item = read_certificate(page_of(_lms_page("2 days"))).item
    assert item is not None and UNREAD_LENGTH not in item.hours_notes


def test_a_self_signed_letter_whose_signature_a_scan_misread_by_a_letter_is_still_self_signed() -> None:
    """ "Officer Lena R. Voskuijlen has served ..." signed "Officer Lena R. Voskuijien" (a heavy scan's "l"
    read "i"): the officer was taken for someone the signer vouches for, and R1 met."""
    lines = lines_of(
        [
            "March 14, 2025",
            "Officer Odile M. Brandvold has served as the School Resource Officer at Fenwick Middle School",
            "since October 5, 2020 and remains in that assignment.",
            "Sincerely,",
            "Officer Odile M. Brandvoid",
            "School Resource Officer",
        ]
    )
    reading = read_letter(lines)
    assert reading.participant is None
    assert reading.self_signed == "Odile M. Brandvold"


def test_an_officer_whose_surname_is_one_letter_from_the_chief_s_is_no_self_verification() -> None:
    lines = lines_of(
        [
            "Officer Megan C. Hansen has served as the School Resource Officer at Oak Bluff Middle School",
            "since August 16, 2017.",
            "Sincerely,",
            "Chief Robert D. Hanson",
            "Chief of Police",
        ]
    )
    assert self_signed_name(lines) is None


def test_a_letter_s_officer_whose_initial_a_scan_read_with_a_comma_is_read() -> None:
    lines = lines_of(
        [
            "March 31, 2025",
            "Deputy Ilse C, Marchetti served as a School Resource Deputy from January 2016 to December 2016.",
            "Sincerely,",
            "Sheriff Douglas P. Weatherby",
            "Sheriff",
        ]
    )
    found = read_letter(lines).participant
    assert found is not None and "Ilse C. Marchetti" in found.text


@pytest.mark.parametrize(
    "tail",
    [
        "has served as the. School Resource Deputy at Birch Hollow High School from then to the present.",
        "has served as the School Resource Deputy at Birch Hollow High School from then to thepresent.",
    ],
)
def test_a_return_to_the_post_a_scan_broke_or_glued_still_runs_to_the_present(tail: str) -> None:
    """Two terms, the second "to the present": a speck read as a stop after "the" cut the sentence (the
    return and the present parted), or "the present" glued, and the first term's end made the letter's
    employment "ended"."""
    text = (
        "Deputy Ilse C. Marchetti served as a School Resource Deputy from January 2016 to December 2016. "
        "After an assignment to the Courts Division she returned to school resource duty in August 2019 and "
        + tail
    )
    assert _employment(_flat(text))[0] == "current"


def test_a_name_glued_to_the_next_field_s_label_stops_at_it() -> None:
    """ "Participant: Officer Dashiell M. OkaforInstructor: Sgt. ..." (a heavy scan lost the gap and the
    bar between two fields): the holder was read with the instructor's name in it, and the item stayed
    ``auto``."""
    lines = page_of(
        [
            ("Certificate of Completion", 170, 110, 24),
            ("Participant: Officer Quillon T. BrackettInstructor: Sgt. Ravena Holt", 60, 170, 11),
            ("has completed", 220, 200, 11),
            ("Juvenile Law for Law Enforcement", 160, 230, 16),
        ]
    )
    found = find_participant(lines)
    assert found is not None and found.text == "Officer Quillon T. Brackett"
    assert name_before_next_label("Officer Quillon T. McBrackett") == "Officer Quillon T. McBrackett"


def test_a_time_spent_with_a_doubled_colon_is_still_read() -> None:
    """ "Time spent: : 5h 12m" (a heavy scan's speck after the colon): the time logged went unread, the
    credit beside it stood alone and the item went ``auto``; the two lengths disagree (a person's)."""
    item = read_certificate(page_of(_lms_page(": 7h 04m"))).item
    assert item is not None
    assert any("several hour values" in note for note in item.hours_notes)


def test_a_labelled_instructor_under_the_holder_does_not_make_the_holder_a_signer() -> None:
    """A field "Instructor: Sgt. ..." under the holder's name names someone else; it is not the job title
    of a signature: the holder is still the name under the cue."""
    lines = page_of(
        [
            ("Certificate of Completion", 170, 110, 24),
            ("This is to certify that", 220, 170, 11),
            ("Derrick J. Okafor", 200, 200, 20),
            ("Instructor: Sgt. William H. Grady", 200, 222, 10),
            ("has successfully completed the", 210, 250, 11),
            ("Advanced School Resource Officer Course", 150, 280, 16),
            ("Course dates: June 6 - 8, 2022", 200, 310, 11),
        ]
    )
    found = find_participant(lines)
    assert found is not None and found.text == "Derrick J. Okafor"


def test_a_course_titled_with_a_jobs_word_does_not_make_the_holder_a_signer() -> None:
    """A course "ALICE Instructor Certification Course" two lines under the holder is no job title
    under a signature: the holder under "is hereby granted to" is still read."""
    lines = page_of(
        [
            ("Certificate of Completion", 170, 110, 24),
            ("is hereby granted to", 220, 150, 12),
            ("Kevin J. Thornton", 200, 180, 22),
            ("for successfully completing the", 200, 210, 12),
            ("ALICE Instructor Certification Course", 160, 235, 16),
            ("June 2-3, 2022 | 16 Hours", 210, 262, 11),
        ]
    )
    found = find_participant(lines)
    assert found is not None and found.text == "Kevin J. Thornton"
