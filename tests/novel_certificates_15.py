"""Round 15 of the certificate wording audit: layouts, wordings and issuers rounds 1-14
(:mod:`tests.novel_certificates` to :mod:`tests.novel_certificates_14`) did not draw.

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`):

- layouts: landscape certificates with the holder in a large script-like italic and the course below in small
  capitals, two signature blocks each with its own date, a table whose footer says "Total hours", a table of a
  course's days, an LMS's label/value printout ("Completed on", "Time spent: 3h 45m"), a "presented to ... for
  successfully completing" sentence wrapped over three lines;
- issuers: state POST commissions with a "Course Control Number" (and a presentation number), a course number
  and a session number beside the hours, university continuing education, online learning systems;
- hours: "credit hours", "training units" with and without a stated conversion, "PDH", "clock hours" with a
  CEU equivalent, the same hours printed twice (agreeing), two figures that disagree (a person's);
- dates: "this 14th day of March, in the year 2023", a year in words, ranges across months and years ("Dec
  30, 2022 - Jan 2, 2023"), ISO dates and an ISO interval, signature dates after the course.

``must_review`` marks a document a careful person could not settle from the page alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import landscape, letter

from certledger.samples import _seal, _signature
from tests.novel_certificates import Draw, Novel, _centred, _frame, centred_novel, novel
from tests.novel_certificates_14 import _lms_rows

NOVELS_15: dict[str, Novel] = {}
LANDSCAPE = landscape(letter)
Row = tuple[str, float, float, str]

# ------------------------------------------------------------------ landscape, a script name, small caps


def _landscape(
    key: str,
    doc: str,
    issuer: str,
    name: str,
    cue: str,
    course: list[str],
    details: list[str],
    signers: list[tuple[str, str, str | None]],
    color: str = "#5d4037",
) -> Draw:
    """A landscape certificate: the issuer in capitals, a heading, the holder in a large italic (a script
    face's stand-in), the course in small capitals (capitals at a small size), detail lines, and one or two
    signature blocks, each with its date under it when one is given."""

    def draw(c: Any, w: float, h: float) -> None:
        _frame(c, w, h, color)
        c.setStrokeColor(HexColor(color))
        c.setLineWidth(1)
        c.rect(30, 30, w - 60, h - 60)
        rows: list[Row] = [
            ("Helvetica-Bold", 12, 66, issuer.upper()),
            ("Times-Bold", 30, 116, "Certificate of Completion"),
            ("Times-Italic", 14, 152, cue),
            ("Times-BoldItalic", 38, 204, name),
        ]
        y = 240.0
        for line in course:
            rows.append(("Times-Roman", 12, y, line.upper()))
            y += 18
        y += 8
        for line in details:
            rows.append(("Times-Roman", 12, y, line))
            y += 18
        _centred(c, w, h, rows)
        for i, (signer, role, when) in enumerate(signers):
            x = 90 if i == 0 else w - 290
            _signature(c, x, 110, 200, f"{key}{i}", signer, role)
            if when:
                c.setFont("Helvetica", 9)
                c.drawString(x, 76, f"Date: {when}")
        if len(signers) < 2:
            _seal(c, w - 170, 120, 42, HexColor(color))

    draw.__doc__ = doc
    return draw


novel(
    "landscape_script_small_caps",
    name="Anneliese R. Vandermolen",
    title="Youth Mental Health First Aid",
    issuer="Tri-County Behavioral Health Collaborative",
    start=date(2023, 3, 14),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_15,
)(
    _landscape(
        "landscape_script_small_caps",
        "Landscape: the holder in a 38-point italic, the course in small capitals, 'March 14, 2023 · 8 "
        "Hours'.",
        "Tri-County Behavioral Health Collaborative",
        "Anneliese R. Vandermolen",
        "is proudly presented to",
        ["for successfully completing", "Youth Mental Health First Aid"],
        ["March 14, 2023  ·  8 Hours"],
        [("Dr. Colm Haverty", "Program Director", None)],
    )
)

novel(
    "landscape_day_in_the_year",
    name="Deputy Marisol T. Quintanilla",
    title="Juvenile Law for Law Enforcement",
    issuer="Pine Ridge Regional Police Academy",
    start=date(2023, 3, 14),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_15,
)(
    _landscape(
        "landscape_day_in_the_year",
        "'Given this 14th day of March, in the year 2023' and 'Eight (8) Clock Hours'.",
        "Pine Ridge Regional Police Academy",
        "Deputy Marisol T. Quintanilla",
        "This is to certify that",
        ["has completed the course", "Juvenile Law for Law Enforcement"],
        ["Eight (8) Clock Hours", "Given this 14th day of March, in the year 2023"],
        [("Cmdr. Ruth Okonkwo", "Academy Commander", None)],
        "#1b5e20",
    )
)

novel(
    "landscape_two_signers_dated",
    name="Officer Teodoro J. Villaseñor",
    title="Interviewing and Interrogating Juveniles",
    issuer="Coastal Plains Criminal Justice Institute",
    start=date(2023, 4, 10),
    end=date(2023, 4, 11),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_15,
)(
    _landscape(
        "landscape_two_signers_dated",
        "Two signature blocks, each dated a day after the course ('Date: 04/12/2023'); 'April 10-11, 2023'.",
        "Coastal Plains Criminal Justice Institute",
        "Officer Teodoro J. Villaseñor",
        "awarded to",
        ["in recognition of completing", "Interviewing and Interrogating Juveniles"],
        ["April 10-11, 2023  |  16 Hours"],
        [
            ("Dr. Imogen Fairweather", "Institute Director", "04/12/2023"),
            ("Lt. Bartholomew Ngata", "Lead Instructor", "04/12/2023"),
        ],
        "#0d47a1",
    )
)

novel(
    "landscape_two_signers_single_day",
    name="Sgt. Hollis R. Brannigan",
    title="Active Shooter Response for Schools",
    issuer="Mesa Verde Unified School District Police",
    start=date(2023, 3, 3),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    pagesize=LANDSCAPE,
    registry=NOVELS_15,
)(
    _landscape(
        "landscape_two_signers_single_day",
        "'Training Date: March 3, 2023', signers dated 'March 10, 2023' (an issue date, not the course's).",
        "Mesa Verde Unified School District Police",
        "Sgt. Hollis R. Brannigan",
        "presented to",
        ["for completing", "Active Shooter Response for Schools"],
        ["Training Date: March 3, 2023      Hours: 8"],
        [
            ("Chief Adaeze Umeh", "Chief of Police", "March 10, 2023"),
            ("Ofc. Lars Pedersen", "Training Coordinator", "March 10, 2023"),
        ],
        "#b71c1c",
    )
)

novel(
    "landscape_year_in_words",
    name="Officer Keturah M. Blackwood",
    title="Child Abuse and Neglect Investigations",
    issuer="Heartland Child Advocacy Training Center",
    start=date(2023, 9, 21),
    hours=6.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    pagesize=LANDSCAPE,
    registry=NOVELS_15,
)(
    _landscape(
        "landscape_year_in_words",
        "'Done this 21st day of September, Two Thousand Twenty-Three' (the year in words) and '6 Hours'.",
        "Heartland Child Advocacy Training Center",
        "Officer Keturah M. Blackwood",
        "is hereby recognized for completing",
        ["Child Abuse and Neglect Investigations"],
        ["Six (6) Hours of Instruction", "Done this 21st day of September, Two Thousand Twenty-Three"],
        [("Marguerite Osei", "Executive Director", None)],
        "#4a148c",
    )
)

# ------------------------------------------------------------------ hours in other units


def _portrait(
    key: str,
    doc: str,
    issuer: str,
    heading: str,
    name: str,
    verb: str,
    title: str,
    tail: list[str],
    signer: tuple[str, str],
    frame: str,
    footer: list[str] | None = None,
    holder: str | None = None,
    name_size: float = 24,
    **truth: Any,
) -> None:
    """The common portrait certificate: issuer, heading, "This certifies that", the holder's line, a verb
    line, the course, then the detail lines; ``holder`` is the truth's name when the line says more than
    the name, the other truth as :func:`novel`'s."""
    rows: list[Row] = [
        ("Helvetica-Bold", 13, 74, issuer.upper()),
        ("Times-Bold", 26, 124, heading),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", name_size, 196, name),
        ("Times-Roman", 13, 230, verb),
        ("Helvetica-Bold", 17, 262, title),
    ]
    rows += [("Helvetica", 12, 296 + 20 * i, line) for i, line in enumerate(tail)]
    centred_novel(
        key,
        doc,
        name=holder or name,
        title=title,
        issuer=issuer,
        registry=NOVELS_15,
        frame=frame,
        rows=rows,
        signature=(90, 120, *signer),
        footer=[(60, 50 - 10 * i, line) for i, line in enumerate(footer or [])],
        **truth,
    )


_portrait(
    "credit_hours_only",
    "'Credit Hours: 4.0' (credit hours only).",
    "Summit County School Safety Office",
    "Certificate of Completion",
    "Officer Delphine A. Marchetti",
    "has completed",
    "Bullying and Cyberbullying Prevention for Law Enforcement",
    ["May 16, 2023      Credit Hours: 4.0"],
    ("Rafael Dominguez", "Safety Office Director"),
    "#006064",
    start=date(2023, 5, 16),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
)

_portrait(
    "training_units_converted",
    "'2 Training Units (1 Training Unit = 4 Hours)': 8 hours, the unit's hours only a factor.",
    "Western Slope Peace Officer Training Consortium",
    "Certificate of Training",
    "Deputy Calloway J. Ferris",
    "has completed",
    "Active Shooter Response for Schools",
    ["June 6, 2023", "Awarded 2 Training Units (1 Training Unit = 4 Hours)"],
    ("Capt. Ingrid Solvang", "Consortium Coordinator"),
    "#bf360c",
    start=date(2023, 6, 6),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
)

_portrait(
    "training_units_unconverted",
    "'Training Units: 3' and no conversion: how many hours is a person's to find.",
    "Northern Lakes Public Safety Training Board",
    "Certificate of Training",
    "Officer Wendell P. Asante",
    "has completed",
    "Standard Response Protocol Training",
    ["July 12, 2023      Training Units: 3"],
    ("Dir. Halvard Lund", "Training Board Director"),
    "#33691e",
    start=date(2023, 7, 12),
    hours=None,
    catalog_id="srp-training",
    category="school_safety",
    must_review=True,
)

_portrait(
    "pdh_only",
    "'6 PDH (Professional Development Hours)'.",
    "Great Basin Center for Trauma-Informed Practice",
    "Certificate of Completion",
    "Officer Rosalind K. Achterberg",
    "has successfully completed",
    "Trauma-Informed Policing with Youth",
    ["February 22, 2023", "6 PDH (Professional Development Hours)"],
    ("Dr. Nkechi Obi", "Center Director"),
    "#0277bd",
    start=date(2023, 2, 22),
    hours=6.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
)

_portrait(
    "pdh_label",
    "'PDH Awarded: 3.0' (a PDH label).",
    "Riverbend Institute for School Safety",
    "Certificate of Completion",
    "Deputy Oluwaseun B. Hartigan",
    "has completed",
    "Standard Response Protocol Training",
    ["October 4, 2023      PDH Awarded: 3.0"],
    ("Corinne Vasquez", "Institute Director"),
    "#4527a0",
    start=date(2023, 10, 4),
    hours=3.0,
    catalog_id="srp-training",
    category="school_safety",
)

_portrait(
    "clock_hours_ceu_equivalent",
    "'7.5 Clock Hours (0.75 CEU)' (agreeing).",
    "Eastern Shore Community College, Public Safety Institute",
    "Certificate of Completion",
    "Officer Bertrand L. Oyelaran",
    "has completed",
    "Child Abuse and Neglect Investigations",
    ["August 8, 2023", "7.5 Clock Hours (0.75 CEU)"],
    ("Dean Philippa Marsh", "Dean, Public Safety Institute"),
    "#2e7d32",
    start=date(2023, 8, 8),
    hours=7.5,
    catalog_id="child-abuse-inv",
    category="juvenile",
)

_portrait(
    "ceus_with_contact_hours",
    "'1.6 CEUs (16 contact hours)' (agreeing).",
    "Lakeshore University Continuing Education",
    "Certificate of Attendance",
    "Officer Mireille S. Dufresne",
    "attended",
    "Interviewing and Interrogating Juveniles",
    ["September 12-13, 2023", "1.6 CEUs (16 contact hours)"],
    ("Dr. Ambrose Kettering", "Director of Continuing Education"),
    "#283593",
    start=date(2023, 9, 12),
    end=date(2023, 9, 13),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
)

_portrait(
    "clock_hours_and_ce_credits",
    "'Clock Hours: 7' over 'CE Credits: 0.7' (two labels, agreeing).",
    "Prairie State Juvenile Justice Training Council",
    "Certificate of Completion",
    "Cpl. Genevieve A. Thibodeaux",
    "has completed",
    "Juvenile Law for Law Enforcement",
    ["November 2, 2023", "Clock Hours: 7", "CE Credits: 0.7"],
    ("Elliot Brandvold", "Council Chair"),
    "#6d4c41",
    start=date(2023, 11, 2),
    hours=7.0,
    catalog_id="juvenile-law",
    category="juvenile",
)

_portrait(
    "ceu_pdh_equation",
    "'0.8 CEU = 8 PDH' (one amount stated two ways).",
    "Mountain West School Safety Academy",
    "Certificate of Completion",
    "Officer Thaddeus R. Moreau",
    "has completed",
    "Youth Mental Health First Aid",
    ["January 24, 2023      0.8 CEU = 8 PDH"],
    ("Sonja Haugland", "Academy Registrar"),
    "#00838f",
    start=date(2023, 1, 24),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
)

# ------------------------------------------------------------------ hours twice, agreeing and not

_portrait(
    "hours_twice_agree",
    "'completed eight (8) hours of' and a footer 'Total Hours: 8' (the same amount twice).",
    "Cascade Valley Law Enforcement Training Center",
    "Certificate of Completion",
    "Officer Priyanka N. Esterhuizen",
    "has completed eight (8) hours of",
    "Active Shooter Response for Schools",
    ["April 25, 2023"],
    ("Lt. Gustavo Arriaga", "Training Center Manager"),
    "#c62828",
    footer=["Total Hours: 8      Certificate No. CV-23-0412"],
    start=date(2023, 4, 25),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
)

_portrait(
    "hours_twice_label_and_sentence",
    "'Hours: 4 (four)' with 'Course Hours 4' in the footer.",
    "Riverside County Office of Education",
    "Certificate of Completion",
    "Officer Augustin F. Leclerc",
    "has completed",
    "Standard Response Protocol Training",
    ["June 20, 2023      Hours: 4 (four)"],
    ("Dr. Yolanda Birch", "Director, Safe Schools"),
    "#1565c0",
    footer=["Course Hours 4  |  Course ID SRP-2023-06"],
    start=date(2023, 6, 20),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
)

_portrait(
    "hours_disagree_sentence_footer",
    "'completed eight (8) hours of' but 'Total Hours: 6' in the footer: which is a person's.",
    "Hill Country Regional Training Academy",
    "Certificate of Completion",
    "Deputy Florian K. Wainwright",
    "has completed eight (8) hours of",
    "Juvenile Law for Law Enforcement",
    ["May 2, 2023"],
    ("Maj. Celestine Abara", "Academy Director"),
    "#37474f",
    footer=["Total Hours: 6      Roster 23-118"],
    start=date(2023, 5, 2),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    must_review=True,
)

_portrait(
    "contact_hours_ceus_disagree",
    "'Contact Hours: 16' and 'CEUs: 2.4' (24 hours): the two disagree, a person's.",
    "Blue Ridge University Center for Public Safety",
    "Certificate of Attendance",
    "Officer Cressida L. Montgomery",
    "attended",
    "Child Abuse and Neglect Investigations",
    ["October 17-18, 2023", "Contact Hours: 16      CEUs: 2.4"],
    ("Dr. Ignatius Pell", "Center Director"),
    "#5d4037",
    start=date(2023, 10, 17),
    end=date(2023, 10, 18),
    hours=16.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    must_review=True,
)

# ------------------------------------------------------------------ course, session and control numbers

_portrait(
    "post_course_control_number",
    "A POST certificate: 'Course Control Number: 1850-21690' beside 'Hours: 24'.",
    "Commission on Peace Officer Standards and Training",
    "Certificate of Completion",
    "Officer Esperanza V. Lindqvist",
    "has completed the POST-certified course",
    "Child Abuse and Neglect Investigations",
    ["01/09/2023 - 01/11/2023", "Course Control Number: 1850-21690      Hours: 24"],
    ("Exec. Dir. Marcus Thorne", "Executive Director"),
    "#263238",
    start=date(2023, 1, 9),
    end=date(2023, 1, 11),
    hours=24.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
)

_portrait(
    "post_control_and_presentation",
    "'Course Control No. 2290-30415   Presentation 003   Hours Certified: 16'.",
    "State Commission on Peace Officer Standards and Training",
    "Certificate of Training",
    "Deputy Rowena C. Abernathy",
    "has completed",
    "Interviewing and Interrogating Juveniles",
    ["March 7-8, 2023", "Course Control No. 2290-30415   Presentation 003   Hours Certified: 16"],
    ("Comm. Desmond Achebe", "Commissioner"),
    "#3e2723",
    start=date(2023, 3, 7),
    end=date(2023, 3, 8),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
)

_portrait(
    "post_ccn_before_date",
    "'CCN 4120-18822' on the line above 'Date(s): 05/23/2023 - 05/24/2023   Total Hours: 16'.",
    "Peace Officer Standards and Training Board",
    "Certificate of Completion",
    "Officer Lucian D. Farquharson",
    "has completed",
    "Interviewing and Interrogating Juveniles",
    ["CCN 4120-18822", "Date(s): 05/23/2023 - 05/24/2023   Total Hours: 16"],
    ("Bettina Kruger", "Bureau Chief"),
    "#1a237e",
    start=date(2023, 5, 23),
    end=date(2023, 5, 24),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
)

_portrait(
    "course_number_session_hours",
    "'Course No. JL-204   Session 3   Hours: 8' (a course and a session number beside the hours).",
    "Great Lakes Juvenile Officers Institute",
    "Certificate of Completion",
    "Officer Ingeborg T. Castellanos",
    "has completed",
    "Juvenile Law for Law Enforcement",
    ["August 15, 2023", "Course No. JL-204   Session 3   Hours: 8"],
    ("Dr. Percival Ashdown", "Institute Dean"),
    "#00695c",
    start=date(2023, 8, 15),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
)

_portrait(
    "session_number_then_hours",
    "'Session #12 | 4.0 Hours' (a session number before the hours).",
    "Desert Sun School Safety Partnership",
    "Certificate of Completion",
    "Officer Zephyrine A. Oduya",
    "has completed",
    "Bullying and Cyberbullying Prevention for Law Enforcement",
    ["September 6, 2023", "Session #12 | 4.0 Hours"],
    ("Dolores Ibarra", "Partnership Coordinator"),
    "#ad1457",
    start=date(2023, 9, 6),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
)

_portrait(
    "course_code_hours_code",
    "'Course #4064-23  |  Class 07  |  Credit: 8.0 hrs' (numbers beside the credit).",
    "Gulf Coast Regional Police Academy",
    "Certificate of Completion",
    "Officer Benedikt R. Amankwah",
    "has completed",
    "Youth Mental Health First Aid",
    ["October 24, 2023", "Course #4064-23  |  Class 07  |  Credit: 8.0 hrs"],
    ("Cmdr. Harriet Quist", "Academy Commander"),
    "#0d47a1",
    start=date(2023, 10, 24),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
)

# ------------------------------------------------------------------ dates

_portrait(
    "range_across_years_short_months",
    "'Dec 30, 2022 - Jan 2, 2023' (across the new year, months without dots).",
    "Keystone Online Police Training",
    "Certificate of Completion",
    "Officer Philippa J. Castellano",
    "has completed the online course",
    "Trauma-Informed Policing with Youth",
    ["Dec 30, 2022 - Jan 2, 2023      12 Hours"],
    ("Wendell Ashby", "Program Manager"),
    "#00695c",
    start=date(2022, 12, 30),
    end=date(2023, 1, 2),
    hours=12.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
)

_portrait(
    "range_across_months_full",
    "'March 30 - April 1, 2023' with 'Total: 24 Hours'.",
    "Tidewater Criminal Justice Academy",
    "Certificate of Completion",
    "Deputy Evander L. Mbeki",
    "has completed",
    "Child Abuse and Neglect Investigations",
    ["March 30 - April 1, 2023      Total: 24 Hours"],
    ("Col. Agatha Brightwater", "Academy Director"),
    "#6a1b9a",
    start=date(2023, 3, 30),
    end=date(2023, 4, 1),
    hours=24.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
)

_portrait(
    "iso_range_to",
    "'2023-04-18 to 2023-04-20' (ISO dates) and '24 hours'.",
    "Northwest Regional Training Authority",
    "Certificate of Completion",
    "Officer Solveig H. Barrientos",
    "has completed",
    "Juvenile Law for Law Enforcement",
    ["2023-04-18 to 2023-04-20      24 hours"],
    ("Dir. Kwabena Osei", "Training Authority Director"),
    "#455a64",
    start=date(2023, 4, 18),
    end=date(2023, 4, 20),
    hours=24.0,
    catalog_id="juvenile-law",
    category="juvenile",
)

_portrait(
    "iso_single_completion",
    "'Date of Completion: 2023-06-02' and '4.0 Hours'.",
    "Cornerstone School Safety Institute",
    "Certificate of Completion",
    "Officer Leopold M. Achterberg",
    "has completed",
    "Standard Response Protocol Training",
    ["Date of Completion: 2023-06-02      4.0 Hours"],
    ("Felicity Ransome", "Institute Director"),
    "#2e7d32",
    start=date(2023, 6, 2),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
)

_portrait(
    "iso_interval_slash",
    "'Dates: 2023-07-10/2023-07-11' (an ISO interval) and 'Hours: 16'.",
    "Federal Law Enforcement Partnership Program",
    "Certificate of Training",
    "Agent Cordelia F. Nwachukwu",
    "has completed",
    "Interviewing and Interrogating Juveniles",
    ["Dates: 2023-07-10/2023-07-11      Hours: 16"],
    ("SAC Reginald Hume", "Program Director"),
    "#263238",
    start=date(2023, 7, 10),
    end=date(2023, 7, 11),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
)

_portrait(
    "day_of_month_comma_year",
    "'on this 9th day of November, 2023' after 'Hours Awarded: 4'.",
    "Pioneer Valley Youth Services Bureau",
    "Certificate of Completion",
    "Officer Ximena D. Rutherford",
    "has completed",
    "Bullying and Cyberbullying Prevention for Law Enforcement",
    ["Hours Awarded: 4", "Awarded on this 9th day of November, 2023"],
    ("Gareth Penhallow", "Bureau Chief"),
    "#e65100",
    start=date(2023, 11, 9),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
)

_portrait(
    "weekday_range_five_days",
    "'Monday, June 5 through Friday, June 9, 2023' with 'Total Instructional Hours: 40'.",
    "Statewide Crisis Intervention Training Partnership",
    "Certificate of Completion",
    "Officer Tobias K. Oyelowo",
    "has completed the 40-hour",
    "Crisis Intervention Teams for Youth",
    ["Monday, June 5 through Friday, June 9, 2023", "Total Instructional Hours: 40"],
    ("Dr. Lavinia Crewe", "Partnership Director"),
    "#004d40",
    start=date(2023, 6, 5),
    end=date(2023, 6, 9),
    hours=40.0,
    catalog_id="cit-youth",
    category="juvenile",
)

_portrait(
    "days_with_hours_in_brackets",
    "'Duration: 2 days (16 hrs)' under 'August 22-23, 2023'.",
    "High Desert Law Enforcement Academy",
    "Certificate of Completion",
    "Deputy Ambrose T. Kowalczyk",
    "has completed",
    "Interviewing and Interrogating Juveniles",
    ["August 22-23, 2023", "Duration: 2 days (16 hrs)"],
    ("Capt. Mireya Salcedo", "Academy Captain"),
    "#8d6e63",
    start=date(2023, 8, 22),
    end=date(2023, 8, 23),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
)

# ------------------------------------------------------------------ a sentence over three lines


def _sentence(
    key: str, doc: str, issuer: str, lines: list[str], signer: tuple[str, str], frame: str, **truth: Any
) -> None:
    """A certificate whose holder, course, date and hours are one sentence wrapped over centred lines."""
    rows: list[Row] = [
        ("Helvetica-Bold", 13, 74, issuer.upper()),
        ("Times-Bold", 28, 128, "Certificate of Completion"),
    ]
    rows += [("Times-Roman", 14, 180 + 24 * i, line) for i, line in enumerate(lines)]
    centred_novel(
        key,
        doc,
        issuer=issuer,
        registry=NOVELS_15,
        frame=frame,
        rows=rows,
        signature=(90, 120, *signer),
        **truth,
    )


_sentence(
    "presented_sentence_three_lines",
    "'This certificate is presented to Officer ... for successfully completing / the Standard Response "
    "Protocol Training course / held on February 7, 2023, totaling four (4) hours.'",
    "Mid-Valley School Safety Coalition",
    [
        "This certificate is presented to Officer Ravindra P. Lockhart for successfully completing",
        "Standard Response Protocol Training",
        "held on February 7, 2023, totaling four (4) hours of instruction.",
    ],
    ("Annika Sorensen", "Coalition Chair"),
    "#00838f",
    name="Officer Ravindra P. Lockhart",
    title="Standard Response Protocol Training",
    start=date(2023, 2, 7),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
)

_sentence(
    "sentence_name_line_break",
    "'Presented to' / 'Deputy ... for successfully completing Youth Mental Health First Aid' / 'on ... "
    "(8 hours)'.",
    "Canyon Lands Behavioral Health Alliance",
    [
        "Presented to Deputy Florentyna K. Abernethy",
        "for successfully completing Youth Mental Health First Aid",
        "on January 17, 2023 (8 hours).",
    ],
    ("Dr. Osric Langley", "Alliance Director"),
    "#4e342e",
    name="Deputy Florentyna K. Abernethy",
    title="Youth Mental Health First Aid",
    start=date(2023, 1, 17),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
)

# ------------------------------------------------------------------ tables with a total


def _table_total(
    key: str,
    doc: str,
    issuer: str,
    name: str,
    header: list[tuple[float, str]],
    rows: list[list[str]],
    total: str,
    **truth: Any,
) -> None:
    """A certificate whose course is a table under a header row, with a footer row of the total hours."""

    def draw(c: Any, w: float, h: float) -> None:
        _frame(c, w, h, "#7a1f2b")
        _centred(
            c,
            w,
            h,
            [
                ("Helvetica-Bold", 14, 70, issuer.upper()),
                ("Times-Bold", 32, 120, "Certificate of Completion"),
                ("Times-Italic", 14, 158, "This certificate is presented to"),
                ("Times-BoldItalic", 28, 198, name),
                ("Times-Italic", 14, 230, "for completion of the following training:"),
            ],
        )
        y = h - 280
        c.setFont("Helvetica-Bold", 11)
        for x, label in header:
            c.drawString(x, y, label)
        c.setLineWidth(0.8)
        c.line(60, y - 6, w - 60, y - 6)
        c.setFont("Helvetica", 11)
        for row in rows:
            y -= 22
            for (x, _), value in zip(header, row, strict=True):
                c.drawString(x, y, value)
        c.line(60, y - 8, w - 60, y - 8)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(header[0][0], y - 26, "Total hours")
        c.drawString(header[-1][0], y - 26, total)
        _signature(c, 90, 90, 200, key, "Capt. Henry L. Dawson", "Academy Director")

    draw.__doc__ = doc
    novel(key, name=name, issuer=issuer, registry=NOVELS_15, **truth)(draw)


_table_total(
    "table_one_course_total",
    "One course row (Course | Dates | Hours) and a footer 'Total hours  16'.",
    "Southern Plains Regional Police Academy",
    "Officer Mathilde S. Oyebanji",
    [(70, "Course"), (370, "Dates"), (520, "Hours")],
    [["Interviewing and Interrogating Juveniles", "05/10/2023 - 05/11/2023", "16"]],
    "16",
    title="Interviewing and Interrogating Juveniles",
    start=date(2023, 5, 10),
    end=date(2023, 5, 11),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
)

_table_total(
    "table_course_days_total",
    "One course's two days as rows (Day | Date | Hours) under the course line, 'Total hours  16'.",
    "Blue Mesa Criminal Justice Training Center",
    "Deputy Horatio V. Castellanos",
    [(70, "Interviewing and Interrogating Juveniles"), (370, "Date"), (520, "Hours")],
    [["Day 1", "06/13/2023", "8"], ["Day 2", "06/14/2023", "8"]],
    "16",
    title="Interviewing and Interrogating Juveniles",
    start=date(2023, 6, 13),
    end=date(2023, 6, 14),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
)

# ------------------------------------------------------------------ online learning systems


def _lms(key: str, doc: str, header: str, rows: list[tuple[str, str]], **truth: Any) -> None:
    """A learning system's certificate page (round 14's label/value printout) with a verification line."""
    fine = ["Verify this certificate online. This record was generated automatically."]
    novel(key, issuer=header.title(), registry=NOVELS_15, **truth)(_lms_rows(key, doc, header, rows, fine))


_lms(
    "lms_time_spent_hm",
    "'Completed on: 05/09/2023' and 'Time spent: 3h 45m'.",
    "BADGELINE LEARNING",
    [
        ("Learner:", "Officer Anouk T. Bergstrom"),
        ("Course:", "Trauma-Informed Policing with Youth"),
        ("Completed on:", "05/09/2023"),
        ("Time spent:", "3h 45m"),
        ("Status:", "Passed"),
    ],
    name="Officer Anouk T. Bergstrom",
    title="Trauma-Informed Policing with Youth",
    start=date(2023, 5, 9),
    hours=3.75,
    catalog_id="trauma-informed-youth",
    category="juvenile",
)

_lms(
    "lms_completed_on_iso_credits",
    "'Completed on 2023-08-30 16:02' and 'Credits earned: 1.5 hrs' (an ISO date with a time).",
    "PATROLCAMPUS ONLINE",
    [
        ("Name:", "Deputy Radomir S. Ilunga"),
        ("Course:", "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Completed on:", "2023-08-30 16:02"),
        ("Credits earned:", "1.5 hrs"),
        ("Score:", "88%"),
    ],
    name="Deputy Radomir S. Ilunga",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    start=date(2023, 8, 30),
    hours=1.5,
    catalog_id="bullying-prevention",
    category="juvenile",
)

_lms(
    "lms_time_spent_vs_credit",
    "'Time spent: 5h 12m' beside 'Credit hours: 4' (time logged is not the credit: the credit counts).",
    "SAFESCHOOLS LEARNING HUB",
    [
        ("Learner:", "Officer Marisela B. Tremblay"),
        ("Course:", "Active Shooter Response for Schools"),
        ("Completed on:", "11/14/2023"),
        ("Time spent:", "5h 12m"),
        ("Credit hours:", "4"),
    ],
    name="Officer Marisela B. Tremblay",
    title="Active Shooter Response for Schools",
    start=date(2023, 11, 14),
    hours=4.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    must_review=True,  # two lengths that differ; the rules credit the hours the document states: a person's
)

# ------------------------------------------------------------------ people and their lines

_portrait(
    "awarded_to_label_cpl",
    "'Awarded to: Cpl. ...' written on the holder's line (a label before the name).",
    "Granite State School Safety Center",
    "Certificate of Completion",
    "Awarded to: Cpl. Eustace R. Fairbanks",
    "has completed",
    "Active Shooter Response for Schools",
    ["December 5, 2023      8 Hours"],
    ("Meredith Cole", "Center Director"),
    "#b71c1c",
    holder="Cpl. Eustace R. Fairbanks",
    start=date(2023, 12, 5),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
)

_portrait(
    "apostrophe_hyphen_name",
    "'Officer Siobhan O'Donnell-Reyes' and 'Credit Hours: 8'.",
    "Emerald Coast Youth Services Institute",
    "Certificate of Completion",
    "Officer Siobhan O'Donnell-Reyes",
    "has completed",
    "Youth Mental Health First Aid",
    ["July 25, 2023      Credit Hours: 8"],
    ("Dr. Fergus Ahearn", "Institute Director"),
    "#2e7d32",
    start=date(2023, 7, 25),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
)

_portrait(
    "participant_instructor_one_line",
    "'Participant: ...' left and 'Instructor: ...' right on one line below the course.",
    "Appalachian Regional Juvenile Justice Academy",
    "Certificate of Completion",
    "Participant: Officer Dashiell M. Okafor      Instructor: Sgt. Winifred Amsel",
    "has completed",
    "Juvenile Law for Law Enforcement",
    ["September 19, 2023      8 Hours"],
    ("Sgt. Winifred Amsel", "Instructor"),
    "#3e2723",
    holder="Officer Dashiell M. Okafor",
    name_size=13,
    start=date(2023, 9, 19),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
)
