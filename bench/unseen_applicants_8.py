"""An eighth verdict-level audit: whole applicant packets in situations rounds 1-7 leave untested.

    python bench/unseen_applicants_8.py OUTDIR [S01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_8.py --compare CORPUS EXPORT # each verdict and ledger line vs expected

Rounds 1-7 drew one return to the SRO post (too little service in all), yearly in-services under varied
titles, a certificate duplicated by a record's row, other bodies' conferences, nicknames and changed
surnames. This round draws: two terms as SRO where the present one alone passes three years (R1 met) and two
where neither does and only their sum would, the application stating the first term's start (the rules say
nothing about adding terms: a person decides, R1 never met unseen); a NASRO Basic course dated more than ten
years before the application (R3 has no window); a department's yearly in-service named by its school year
("School Safety In-Service (2021-22 School Year)", "... (2023-24 School Year)"), counted once; a state
POST's basic SRO course under a title of its own beside NASRO's Basic (R3 by NASRO's; the state course
counts in R5, never "the same course" as NASRO's); NASRO's conference attended virtually with "Virtual"
before its name, and a regional school safety conference run by another body (not R6; school-safety training
in R5, as rounds 2 and 6 read other bodies' conferences); certificates printed "Bob", "Rob" or "Robert" with
the middle initial only on some, and one of the applicant's father's, a senior officer of the same name but
another middle initial and "Sr." (someone else: counting it makes the son eligible); a department record
repeating the Basic, the Advanced and the conference the certificates already show (none counts again in
R5). Scans light and heavy, faxes, phone photos and pages scanned sideways.

The machinery is rounds 1-7's (``write_applicants``, ``compare``). Expected verdicts and lines are set by
hand below with the arithmetic beside each applicant: the verdict after human confirmation, ``needs_review``
only where the documents (or the rules) cannot settle a rule.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.unseen_applicants_2 as round2
from bench.unseen_applicants import NOT, Applicant, Doc, _req, cert, transcript_doc, write_applicants
from bench.unseen_applicants_2 import (
    conference_cert,
    lines,
    nasro_advanced,
    nasro_basic,
    nasro_conference,
    row,
)
from bench.unseen_applicants_4 import (
    ABUSE,
    AMHT,
    CITY,
    EOP,
    FIREARMS,
    INTERVIEW,
    JLAW,
    SRP,
    THREAT,
    TRAUMA,
    YMHFA,
    Course,
    course_cert,
    course_row,
)
from bench.unseen_applicants_5 import hr_letter
from bench.unseen_applicants_6 import TRUANCY, district_letter
from bench.unseen_applicants_7 import BULLYING, VAPING, chief_memo
from certledger.samples import NASRO

APP = "2025-06-02"  # the 10-year window opens 2015-06-02
BASIC, ADVANCED = "Basic School Resource Officer Course", "Advanced School Resource Officer Course"
CONFERENCE = "National School Safety Conference"

GANGS: Course = ("Gang Awareness and Prevention for Schools", "2013-10-08", "2013-10-10", 24, "School Safety",
                 "school_safety", None, "Regional Law Enforcement Academy")  # fmt: skip
DRUGS: Course = ("Drug Recognition for Educators and SROs", "2014-11-17", "2014-11-18", 16, "Juvenile",
                 "juvenile", None, "Regional Law Enforcement Academy")  # fmt: skip
DEFENSIVE: Course = ("Defensive Tactics Recertification", "2023-03-14", "2023-03-14", 8, "Use of Force",
                     "unrelated", "defensive-tactics", "In-House")  # fmt: skip


def virtual_conference(file: str, name: str, start: str, end: str, **kw: Any) -> Doc:
    """NASRO's conference attended online, "Virtual" printed before the conference's name."""
    title = "Virtual National School Safety Conference"
    return conference_cert(file, name, title, NASRO, start, end, "nasro-conference", "conference", 12, **kw)


def regional_conference(file: str, name: str, start: str, end: str, **kw: Any) -> Doc:
    """A regional school safety conference run by a coalition of districts: not NASRO's (no R6); school-safety
    training credited in R5, as rounds 2 and 6 credit other bodies' conferences (the dev corpus' reading)."""
    title = "Great Lakes Regional School Safety Conference"
    org = "Great Lakes School Safety Coalition"
    return conference_cert(file, name, title, org, start, end, None, "school_safety", 14, **kw)


def state_basic(file: str, name: str, start: str, end: str, **kw: Any) -> Doc:
    """A state POST commission's basic SRO course under a title of its own: category basic, not NASRO's."""
    title = "School Resource Officer Basic Training - 40 Hour"
    org = "State Commission on Peace Officer Standards and Training"
    return cert(file, name, title, org, start, end, 40, "basic", None, **kw)


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # S01 two terms as SRO in a chief's letter (2025-05-01; the application states neither start nor
    # employment): Harbor View Middle School August 2012 - June 2015, then Detective, back in the post in
    # August 2020 and serving today. The present term alone is 4 years 10 months: R1 met whatever a person
    # makes of the first term; R2 met by the letter. NASRO Basic 2012 (older than ten years: R3 has no
    # window). The department's record: the yearly in-service named by its school year (8 h; 2021-22, 2022-23,
    # 2023-24: counted once, the 2024 one), two courses older than ten years (0), defensive tactics (0).
    # R5: EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + threat 16 + in-service 8 + truancy 1.5
    # = 153.5: NOT met (169.5 counting the in-service each year, 193.5 with the old courses too: wrongly
    # eligible).
    n = "Marcus A. Whitfield"
    agency = "Harbor View Police Department"
    s01_letter = (
        f"This letter confirms the school resource officer service of Officer {n}. Officer Whitfield was "
        "assigned as the School Resource Officer at Harbor View Middle School from August 2012 until June "
        "2015, when he was promoted to the Detective Bureau.",
        "He returned to the School Resource Officer assignment in August 2020, at Harbor View High School, "
        "and continues to serve in that position today.",
    )
    inservice = [
        ("School Safety In-Service (2021-22 School Year)", "2021-08-17"),
        ("School Safety In-Service (2022-23 School Year)", "2022-08-16"),
        ("School Safety In-Service (2023-24 School Year)", "2023-08-15"),
    ]
    s01_rows = [row(t, d, d, 8, "School Safety", "school_safety", None, agency) for t, d in inservice] + [
        course_row(GANGS),
        course_row(DRUGS),
        course_row(DEFENSIVE),
        course_row(TRUANCY),
    ]
    out.append(
        Applicant(
            "S01",
            n,
            agency,
            None,
            None,
            APP,
            "fail_153_5_two_terms_present_one_long_enough",
            _req(r5=NOT),
            153.5,
            [
                chief_memo("01-letter.pdf", n, agency, s01_letter, None, "2025-05-01", kind="scan_light"),
                nasro_basic("02-basic.pdf", n, "2012-09-10", "2012-09-14"),
                nasro_advanced("03-advanced.pdf", n, "2021-03-08", "2021-03-10", layout="sidebar"),
                nasro_conference(
                    "04-conference.jpg", n, "2022-07-10", "2022-07-13", kind="photo", fmt="jpeg"
                ),
                transcript_doc("05-record.pdf", agency, n, s01_rows, layout="grid"),
                course_cert("06-eop.pdf", n, EOP),
                course_cert("07-abuse.tif", n, ABUSE, kind="fax", fmt="tiff"),
                course_cert("08-cit-y.pdf", n, CITY, layout="letter"),
                course_cert("09-interviewing.pdf", n, INTERVIEW),
                course_cert("10-amht.pdf", n, AMHT, layout="sidebar"),
                course_cert("11-threat.pdf", n, THREAT),
            ],
        )
    )
    lines(
        "S01",
        ("02-basic.pdf", "Basic", "2012-09-10", 0, "satisfies_r3"),
        ("05-record.pdf", "In-Service", "2023-08-15", 8, "credited"),
        ("05-record.pdf", "In-Service", "2021-08-17", 0, "annual_once"),
        ("05-record.pdf", "In-Service", "2022-08-16", 0, "annual_once"),
        ("05-record.pdf", "Gang", GANGS[1], 0, "older_than_window"),
        ("05-record.pdf", "Drug", DRUGS[1], 0, "older_than_window"),
        ("05-record.pdf", "Defensive", DEFENSIVE[1], 0, "category_zero"),
    )

    # S02 two terms neither three years long: an HR letter (2025-04-14) says SRO at Pinecrest High School from
    # August 18, 2014 through June 10, 2016, then patrol, SRO again at Pinecrest Middle School since January
    # 9, 2023 and serving today. The application states the first start (2014-08-18) and current
    # employment. Terms of 1 year 10 months and 2 years 5 months: 4 years 3 months added. Set as "needs
    # review" at first (the rules read one start date); since session 22 two dated terms are added,
    # never spanned (helper letters14), and here both readings agree: the application's 2014 start and
    # the terms' sum are each over three years: R1 met. Everything else met: R5 EOP 24 + abuse 24 + CIT-Y 40 +
    # interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 + trauma 8 = 160.
    n = "Danielle R. Okafor"
    employer = "City of Pinecrest"
    s02_letter = (
        f"This letter verifies the employment of {n} with the City of Pinecrest Police Department. Officer "
        "Okafor served as the School Resource Officer at Pinecrest High School from August 18, 2014 through "
        "June 10, 2016, when she was reassigned to the Patrol Division.",
        "On January 9, 2023 she was again assigned as a School Resource Officer, at Pinecrest Middle School, "
        "and she currently serves in that position.",
    )
    out.append(
        Applicant(
            "S02",
            n,
            "Pinecrest Police Department",
            "2014-08-18",
            True,
            APP,
            "r1_two_short_terms_added",
            _req(),
            160.0,
            [
                hr_letter("01-letter.pdf", n, employer, s02_letter, None, "2025-04-14"),
                nasro_basic("02-basic.pdf", n, "2014-10-06", "2014-10-10", layout="letter"),
                nasro_advanced(
                    "03-advanced.png", n, "2023-06-12", "2023-06-14", kind="scan_light", fmt="png"
                ),
                nasro_conference("04-conference.pdf", n, "2024-07-14", "2024-07-17"),
                course_cert("05-eop.pdf", n, EOP, layout="sidebar"),
                course_cert("06-abuse.pdf", n, ABUSE),
                course_cert("07-cit-y.pdf", n, CITY),
                course_cert("08-interviewing.pdf", n, INTERVIEW, layout="letter"),
                course_cert("09-amht.jpg", n, AMHT, kind="photo", fmt="jpeg"),
                course_cert("10-threat.pdf", n, THREAT),
                course_cert("11-ymhfa.pdf", n, YMHFA, layout="centered_landscape"),
                course_cert("12-trauma.pdf", n, TRAUMA),
            ],
        )
    )

    # S03 a state POST commission's "School Resource Officer Basic Training - 40 Hour" (2016) and NASRO's
    # Basic (2018); the application is dated after 2023, so R3 is NASRO's course; the state course is another
    # basic course and counts in R5 (the rules: "a non-NASRO basic ... that could not meet R3"). R5: state
    # basic 40 + EOP 24 + abuse 24 + interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 + trauma 8 = 160: met
    # (120 if the two basics were one course). The state certificate scanned sideways.
    n = "Luis F. Campos"
    out.append(
        Applicant(
            "S03",
            n,
            "Mesa Verde County Sheriff's Office",
            "2016-01-11",
            True,
            APP,
            "eligible_160_state_basic_and_nasro_basic",
            _req(),
            160.0,
            [
                state_basic("01-state-basic.pdf", n, "2016-05-02", "2016-05-06", kind="rotated"),
                nasro_basic("02-basic.pdf", n, "2018-02-12", "2018-02-16"),
                nasro_advanced("03-advanced.pdf", n, "2019-10-07", "2019-10-09", layout="letter"),
                nasro_conference("04-conference.pdf", n, "2019-07-14", "2019-07-17", layout="form_fields"),
                course_cert("05-eop.pdf", n, EOP),
                course_cert("06-abuse.pdf", n, ABUSE, layout="sidebar"),
                course_cert("07-interviewing.tif", n, INTERVIEW, kind="fax", fmt="tiff"),
                course_cert("08-amht.pdf", n, AMHT),
                course_cert("09-threat.pdf", n, THREAT, layout="letter"),
                course_cert("10-ymhfa.pdf", n, YMHFA),
                course_cert("11-trauma.pdf", n, TRAUMA, layout="centered_landscape"),
            ],
        )
    )
    lines(
        "S03",
        ("01-state-basic.pdf", "Basic", "2016-05-02", 40, "credited"),
        ("02-basic.pdf", "Basic", "2018-02-12", 0, "satisfies_r3"),
    )

    # S04 NASRO's conference attended online, "Virtual National School Safety Conference" (NASRO's: R6 met),
    # and the Great Lakes School Safety Coalition's "Great Lakes Regional School Safety Conference" (14 h:
    # not R6; school-safety training, credited in R5 as rounds 2 and 6 credit other bodies' conferences).
    # R5: EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 + regional 14 =
    # 166: met (152 without the regional conference).
    n = "Karen E. Lindqvist"
    out.append(
        Applicant(
            "S04",
            n,
            "Bayfield Police Department",
            "2017-08-14",
            True,
            APP,
            "eligible_166_regional_conference_virtual_nasro",
            _req(),
            166.0,
            [
                nasro_basic("01-basic.pdf", n, "2017-09-18", "2017-09-22", layout="sidebar"),
                nasro_advanced("02-advanced.pdf", n, "2020-02-24", "2020-02-26"),
                virtual_conference("03-conference.pdf", n, "2021-07-12", "2021-07-14"),
                regional_conference("04-regional.pdf", n, "2023-10-23", "2023-10-25"),
                course_cert("05-eop.pdf", n, EOP, layout="letter"),
                course_cert("06-abuse.pdf", n, ABUSE),
                course_cert("07-cit-y.jpg", n, CITY, kind="photo", fmt="jpeg"),
                course_cert("08-interviewing.pdf", n, INTERVIEW),
                course_cert("09-amht.pdf", n, AMHT, layout="centered_landscape"),
                course_cert("10-threat.pdf", n, THREAT, kind="scan_heavy"),
                course_cert("11-ymhfa.pdf", n, YMHFA, layout="sidebar"),
            ],
        )
    )
    lines(
        "S04",
        ("03-conference.pdf", "Conference", "2021-07-12", 0, "category_zero"),
        ("04-regional.pdf", "Conference", "2023-10-23", 14, "credited"),
    )

    # S05 "Robert J. Delacroix Jr.", his certificates printed "Bob Delacroix", "Rob Delacroix", "Robert
    # Delacroix", "Robert J. Delacroix" and "Bobby J. Delacroix Jr."; one certificate, CIT-Y, is his
    # father's, "Robert A. Delacroix Sr." of the same department (another middle initial and suffix:
    # someone else, 0). R5: EOP 24 + abuse 24 + interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 + trauma 8
    # + SRP 8 + juvenile law 4 + bullying 6 + vaping 2 = 140: NOT met (180 with the father's CIT-Y:
    # wrongly eligible).
    n = "Robert J. Delacroix Jr."
    father = "Robert A. Delacroix Sr."
    out.append(
        Applicant(
            "S05",
            n,
            "Lafourche Parish Sheriff's Office",
            "2016-08-08",
            True,
            APP,
            "fail_140_nicknames_and_fathers_certificate",
            _req(r5=NOT),
            140.0,
            [
                nasro_basic("01-basic.pdf", "Robert J. Delacroix", "2016-09-12", "2016-09-16"),
                nasro_advanced(
                    "02-advanced.pdf", "Bob Delacroix", "2019-01-14", "2019-01-16", layout="letter"
                ),
                nasro_conference("03-conference.pdf", "Rob Delacroix", "2021-07-11", "2021-07-14"),
                course_cert("04-cit-y.pdf", father, CITY),
                course_cert("05-eop.pdf", "Bob Delacroix", EOP, layout="sidebar"),
                course_cert("06-abuse.tif", "Robert Delacroix", ABUSE, kind="fax", fmt="tiff"),
                course_cert("07-interviewing.pdf", "Bobby J. Delacroix Jr.", INTERVIEW),
                course_cert("08-amht.pdf", "Robert J. Delacroix", AMHT, layout="letter"),
                course_cert("09-threat.pdf", "Bob Delacroix", THREAT, kind="rotated"),
                course_cert("10-ymhfa.pdf", "Rob Delacroix", YMHFA),
                course_cert("11-trauma.pdf", "Robert Delacroix", TRAUMA, layout="centered_landscape"),
                course_cert("12-srp.pdf", "Bob Delacroix", SRP),
                course_cert("13-jlaw.pdf", "Robert J. Delacroix", JLAW, layout="sidebar"),
                course_cert("14-bullying.png", "Bob Delacroix", BULLYING, kind="scan_light", fmt="png"),
                course_cert("15-vaping.pdf", "Robert Delacroix", VAPING),
            ],
        )
    )
    lines(
        "S05",
        ("04-cit-y.pdf", "Crisis Intervention", "2019-10-21", 0, "other_person"),
        ("05-eop.pdf", "Emergency Operations", "2020-02-10", 24, "credited"),
        ("07-interviewing.pdf", "Interviewing", "2021-09-13", 24, "credited"),
    )

    # S06 the department's record repeats the NASRO Basic, the Advanced and the conference the certificates
    # show, with the same dates: duplicates, none counts again in R5 (the Basic and Advanced met R3 and R4,
    # the conference is 0). Firearms 0. R5: EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + threat
    # 16 + juvenile law 4 = 148: NOT met (188 or 212 counting the record's Basic or Advanced again: wrongly
    # eligible). The record is faxed.
    n = "Tanya M. Brooks-Hale"
    agency = "Riverside Township Police Department"
    s06_rows = [
        row(BASIC, "2018-06-04", "2018-06-08", 40, "SRO", "basic", "nasro-basic", NASRO),
        row(ADVANCED, "2020-11-16", "2020-11-18", 24, "SRO", "advanced", "nasro-advanced", NASRO),
        row(
            CONFERENCE, "2022-07-10", "2022-07-13", 18, "Conference", "conference", "nasro-conference", NASRO
        ),
        course_row(FIREARMS),
        course_row(JLAW),
    ]
    out.append(
        Applicant(
            "S06",
            n,
            agency,
            "2018-05-14",
            True,
            APP,
            "fail_148_record_repeats_basic_advanced_conference",
            _req(r5=NOT),
            148.0,
            [
                nasro_basic("01-basic.pdf", n, "2018-06-04", "2018-06-08"),
                nasro_advanced("02-advanced.pdf", n, "2020-11-16", "2020-11-18", layout="sidebar"),
                nasro_conference("03-conference.pdf", n, "2022-07-10", "2022-07-13"),
                transcript_doc("04-record.tif", agency, n, s06_rows, kind="fax", fmt="tiff"),
                course_cert("05-eop.pdf", n, EOP),
                course_cert("06-abuse.pdf", n, ABUSE, layout="letter"),
                course_cert("07-cit-y.pdf", n, CITY),
                course_cert("08-interviewing.jpg", n, INTERVIEW, kind="photo", fmt="jpeg"),
                course_cert("09-amht.pdf", n, AMHT),
                course_cert("10-threat.pdf", n, THREAT, layout="sidebar"),
            ],
        )
    )
    lines(
        "S06",
        ("04-record.tif", "Basic", "2018-06-04", 0, "duplicate"),
        ("04-record.tif", "Advanced", "2020-11-16", 0, "duplicate"),
        ("04-record.tif", "Conference", "2022-07-10", 0, "duplicate"),
        ("04-record.tif", "Qualification", "2024-04-02", 0, "category_zero"),
        ("04-record.tif", "Juvenile Law", "2024-02-06", 4, "credited"),
    )

    # S07 the same situations read from degraded copies: a district's letter, faxed, giving two terms (SRO at
    # Coastal Bend Elementary September 2013 - May 2016, then Investigations, "reassigned back to the school
    # resource officer post in July 2021" and serving today: the present term alone, 3 years 11 months,
    # meets R1; the application states neither start nor employment, R2 met by the letter); a yearly
    # "School Violence Prevention Update" (4 h) on its own certificate each year, named "(FY2022)", "- FY
    # 2023" and "(2023-24 School Year)", one faxed, one photographed, one scanned sideways: counted once. R5:
    # EOP 24 + abuse 24 + CIT-Y 40 + interviewing 24 + AMHT 16 + threat 16 + YMHFA 8 + update 4 = 156: NOT
    # met (164 counting the update every year: wrongly eligible).
    n = "Angela M. Ferreira"
    agency = "Coastal Bend ISD Police Department"
    s07_letter = (
        f"This letter confirms the service of Officer {n} of the {agency}. Officer Ferreira served as the "
        "School Resource Officer at Coastal Bend Elementary School from September 2013 until May 2016, when "
        "she transferred to the Investigations Division.",
        "She was reassigned back to the school resource officer post in July 2021 and currently serves as "
        "the SRO at Coastal Bend High School.",
    )
    update = "School Violence Prevention Update"
    updates = [
        (f"{update} (FY2022)", "2021-10-05", {"kind": "fax", "fmt": "tiff"}, "10-update-fy22.tif"),
        (f"{update} - FY 2023", "2022-10-04", {"kind": "photo", "fmt": "jpeg"}, "11-update-fy23.jpg"),
        (f"{update} (2023-24 School Year)", "2023-10-03", {"kind": "rotated"}, "12-update-2023-24.pdf"),
    ]
    out.append(
        Applicant(
            "S07",
            n,
            agency,
            None,
            None,
            APP,
            "fail_156_degraded_two_terms_fiscal_year_updates",
            _req(r5=NOT),
            156.0,
            [
                district_letter(
                    "01-letter.tif",
                    n,
                    "Coastal Bend Independent School District",
                    s07_letter,
                    "2025-03-18",
                    kind="fax",
                    fmt="tiff",
                ),
                nasro_basic("02-basic.pdf", n, "2013-10-14", "2013-10-18", layout="sidebar"),
                nasro_advanced(
                    "03-advanced.png", n, "2022-01-10", "2022-01-12", kind="scan_heavy", fmt="png"
                ),
                nasro_conference("04-conference.pdf", n, "2023-07-09", "2023-07-12", kind="rotated"),
                course_cert("05-eop.pdf", n, EOP),
                course_cert("06-abuse.pdf", n, ABUSE, layout="letter"),
                course_cert("07-cit-y.pdf", n, CITY, layout="sidebar"),
                course_cert("08-interviewing.pdf", n, INTERVIEW),
                course_cert("09-amht.pdf", n, AMHT, layout="centered_landscape"),
                course_cert("13-threat.pdf", n, THREAT),
                course_cert("14-ymhfa.pdf", n, YMHFA, kind="scan_light"),
                *(
                    cert(file, n, title, agency, day, day, 4, "school_safety", None, **scan)
                    for title, day, scan, file in updates
                ),
            ],
        )
    )
    lines(
        "S07",
        ("10-update-fy22.tif", "Violence", "2021-10-05", 0, "annual_once"),
        ("11-update-fy23.jpg", "Violence", "2022-10-04", 0, "annual_once"),
        ("12-update-2023-24.pdf", "Violence", "2023-10-03", 4, "credited"),
    )
    return out


def compare(corpus: Path, export: Path) -> list[str]:
    """Every verdict, total and expected line that differs (round 2's comparison on this round's lines)."""
    return round2.compare_round(applicants, corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    return write_applicants(root, applicants(), only, seed=8100)


def _as_text(d: Doc) -> Doc:
    """``d`` drawn as a text PDF (its name ending .pdf), not degraded."""
    file = Path(d.file).stem + ".pdf"
    return replace(d, file=file, kind=None, fmt="pdf", truth=dict(d.truth, file=file))


def write_text(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    """The applicants with every document a text PDF but the employment letters (the suite's light form:
    the scans, faxes and photos are the bench's)."""
    apps = [
        replace(a, docs=[d if d.truth["doc_type"] == "employment_letter" else _as_text(d) for d in a.docs])
        for a in applicants()
    ]
    return write_applicants(root, apps, only, seed=8100)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
