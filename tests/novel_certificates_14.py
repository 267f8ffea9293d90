"""Round 14 of the certificate wording audit: issuers, date forms, hours forms and people rounds 1-13
(:mod:`tests.novel_certificates` to :mod:`tests.novel_certificates_13`) did not draw.

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`):

- issuers: a state peace-officer standards commission's "Certificate of Training", a university's
  continuing-education "Certificate of Attendance" whose CEUs and contact hours disagree, a sheriff's office
  academy with a roster number, federal programmes (a DOJ COPS Office grant-funded course with its
  cooperative-agreement number, a DHS/CISA course with a course code), an LMS printout laid out as
  label/value rows with the completion time and time zone, a webinar's "Attended: 90 minutes";
- dates: "Given this 3rd day of March in the year 2021", a spelled-out ordinal day ("the seventh of June"),
  "the week of June 7, 2021" and "Academic Year 2021-2022" (no day: a person's), "3/4/21" (a two-digit
  year), "15-Mar-2022 09:14 AM CST", ranges across a month ("May 31 - June 2, 2022") and a year
  ("Dec. 29, 2021 - Jan. 4, 2022"), "06-07-2021";
- hours: "Length of Course: three days" (no hours: a person's), "CEUs 0.8 / Hours 8" reversed, dot leaders
  ("TOTAL CREDIT HRS ........ 24.00"), "Twelve and One-Half Hours", "1.5 CE Credits (90 min.)", a military
  time span "0800-1700 hrs" beside "Credit: 8 hours", "Hours Earned: 8.0 (eight)";
- people: "Officer Maria de la Cruz-Santos", "Ofc. Tamsin Q. Ruelas, Badge No. 2290", "DESHAWN T.
  MCCRAY-ELLISON II", an instructor with a badge number under the name, two signers, an address with
  numbers.

``must_review`` marks a document a careful person could not settle from the page alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.novel_certificates import Novel, _frame, centred_novel, novel

NOVELS_14: dict[str, Novel] = {}

# ------------------------------------------------------------------ dates

centred_novel(
    "given_in_the_year",
    "'Given this 3rd day of March in the year 2021' (the year after 'in the year').",
    name="Deputy Lorcan P. Whitlaw",
    title="Juvenile Law for Law Enforcement",
    issuer="Highland County Sheriff's Office Training Academy",
    start=date(2021, 3, 3),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_14,
    frame="#3e2723",
    rows=[
        ("Helvetica-Bold", 13, 74, "HIGHLAND COUNTY SHERIFF'S OFFICE TRAINING ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Lorcan P. Whitlaw"),
        ("Times-Roman", 13, 230, "has completed eight (8) hours of"),
        ("Helvetica-Bold", 18, 262, "Juvenile Law for Law Enforcement"),
        ("Times-Roman", 13, 296, "Given this 3rd day of March in the year 2021"),
    ],
    signature=(90, 120, "Capt. Morwenna Hale", "Academy Commander"),
)

centred_novel(
    "spelled_ordinal_day",
    "'on Monday, the seventh of June, 2021' (the day as an ordinal word).",
    name="Officer Tobias R. Eckhardt",
    title="Child Abuse and Neglect Investigations",
    issuer="Riverside Regional Training Center",
    start=date(2021, 6, 7),
    hours=6.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_14,
    frame="#4e342e",
    rows=[
        ("Helvetica-Bold", 13, 74, "RIVERSIDE REGIONAL TRAINING CENTER"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Tobias R. Eckhardt"),
        ("Times-Roman", 13, 230, "attended and completed"),
        ("Helvetica-Bold", 18, 262, "Child Abuse and Neglect Investigations"),
        ("Times-Roman", 13, 296, "on Monday, the seventh of June, 2021"),
        ("Helvetica", 12, 320, "Six (6) Hours"),
    ],
    signature=(90, 120, "Dir. Anneliese Wong", "Center Director"),
)

centred_novel(
    "week_of",
    "'during the week of June 7, 2021' (which days of the week is a person's to find).",
    name="Officer Ximena L. Arrieta",
    title="Crisis Intervention Teams for Youth",
    issuer="Valley Crisis Intervention Consortium",
    start=date(2021, 6, 7),
    end=date(2021, 6, 11),
    hours=40.0,
    catalog_id="cit-youth",
    category="juvenile",
    must_review=True,
    registry=NOVELS_14,
    frame="#5d4037",
    rows=[
        ("Helvetica-Bold", 13, 74, "VALLEY CRISIS INTERVENTION CONSORTIUM"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Ximena L. Arrieta"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Crisis Intervention Teams for Youth"),
        ("Times-Roman", 13, 296, "during the week of June 7, 2021      40 Hours"),
    ],
    signature=(90, 120, "Dr. Elan Moraga", "Consortium Chair"),
)

centred_novel(
    "academic_year",
    "'Academic Year 2021-2022' (no month, no day: a person's) and '1.0 CEU'.",
    name="Officer Priscilla J. Vantongeren",
    title="Youth Mental Health First Aid",
    issuer="Bayview State University, Extended Studies",
    start=date(2021, 9, 1),
    hours=10.0,
    catalog_id="ymhfa",
    category="juvenile",
    must_review=True,
    registry=NOVELS_14,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "BAYVIEW STATE UNIVERSITY"),
        ("Helvetica", 11, 92, "Extended Studies"),
        ("Times-Bold", 26, 134, "Certificate of Completion"),
        ("Times-Roman", 13, 168, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Priscilla J. Vantongeren"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 270, "Youth Mental Health First Aid"),
        ("Helvetica", 12, 302, "Academic Year 2021-2022      1.0 CEU"),
    ],
    signature=(90, 120, "Dr. Saul Brandeis", "Dean of Extended Studies"),
)

centred_novel(
    "two_digit_year_slashes",
    "'Date: 3/4/21' (month first, a two-digit year) and 'Hrs: 4'.",
    name="Deputy Fenella A. Okoro",
    title="Standard Response Protocol Training",
    issuer="Cedar County Sheriff's Office",
    start=date(2021, 3, 4),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_14,
    frame="#006064",
    rows=[
        ("Helvetica-Bold", 13, 74, "CEDAR COUNTY SHERIFF'S OFFICE"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Fenella A. Okoro"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Standard Response Protocol Training"),
        ("Helvetica", 12, 296, "Date: 3/4/21      Hrs: 4"),
    ],
    signature=(90, 120, "Sheriff Odell Baines", "Cedar County Sheriff"),
)

centred_novel(
    "range_across_months",
    "'May 31 - June 2, 2022' (a range across two months).",
    name="Officer Hamish T. Abernethy",
    title="Interviewing and Interrogating Juveniles",
    issuer="Northern Tier Law Enforcement Academy",
    start=date(2022, 5, 31),
    end=date(2022, 6, 2),
    hours=24.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_14,
    frame="#6a1b9a",
    rows=[
        ("Helvetica-Bold", 13, 74, "NORTHERN TIER LAW ENFORCEMENT ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Hamish T. Abernethy"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 12, 296, "May 31 - June 2, 2022"),
        ("Helvetica", 12, 316, "24 Training Hours"),
    ],
    signature=(90, 120, "Maj. Idris Fenwick", "Academy Director"),
)

centred_novel(
    "range_across_years_abbrev",
    "'Dec. 29, 2021 - Jan. 4, 2022' (an online course across the new year, abbreviated months).",
    name="Officer Linnea S. Bergqvist",
    title="Trauma-Informed Policing with Youth",
    issuer="Keystone Online Police Training",
    start=date(2021, 12, 29),
    end=date(2022, 1, 4),
    hours=12.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_14,
    frame="#00695c",
    rows=[
        ("Helvetica-Bold", 13, 74, "KEYSTONE ONLINE POLICE TRAINING"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Linnea S. Bergqvist"),
        ("Times-Roman", 13, 230, "has completed the self-paced course"),
        ("Helvetica-Bold", 18, 262, "Trauma-Informed Policing with Youth"),
        ("Helvetica", 12, 296, "Dec. 29, 2021 - Jan. 4, 2022      12 Hours"),
    ],
    signature=(90, 120, "Course Administrator", "Keystone Online"),
)

centred_novel(
    "dashed_numeric_date",
    "'Training Date: 06-07-2021' (month first, dashes).",
    name="Sergeant Ignatius O. Mbeki",
    title="Active Shooter Response for Schools",
    issuer="Sandhill Regional Police Academy",
    start=date(2021, 6, 7),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_14,
    frame="#b71c1c",
    rows=[
        ("Helvetica-Bold", 13, 74, "SANDHILL REGIONAL POLICE ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Sergeant Ignatius O. Mbeki"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 296, "Training Date: 06-07-2021      Training Hours: 8"),
    ],
    signature=(90, 120, "Lt. Garnet Voss", "Training Lieutenant"),
)

# ------------------------------------------------------------------ hours

centred_novel(
    "length_days_no_hours",
    "'Length of Course: three days' and no hours: the hours are a person's to find.",
    name="Officer Anouk V. Desrosiers",
    title="ALERRT Active Shooter Level I",
    issuer="Piedmont Sheriff's Office Academy",
    start=date(2022, 2, 15),
    end=date(2022, 2, 17),
    hours=None,
    catalog_id="alerrt-asl1",
    category="school_safety",
    must_review=True,
    registry=NOVELS_14,
    frame="#e65100",
    rows=[
        ("Helvetica-Bold", 13, 74, "PIEDMONT SHERIFF'S OFFICE ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Anouk V. Desrosiers"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "ALERRT Active Shooter Level I"),
        ("Helvetica", 12, 296, "February 15-17, 2022"),
        ("Helvetica", 12, 316, "Length of Course: three days"),
    ],
    signature=(90, 120, "Sheriff Bram Tolliver", "Piedmont County Sheriff"),
)

centred_novel(
    "ceus_then_hours_no_colons",
    "'CEUs 0.8 / Hours 8' (the CEUs first, labels without colons).",
    name="Officer Rosamund E. Achebe",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Tidewater Community College, Public Safety Institute",
    start=date(2022, 4, 12),
    hours=8.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_14,
    frame="#283593",
    rows=[
        ("Helvetica-Bold", 13, 74, "TIDEWATER COMMUNITY COLLEGE"),
        ("Helvetica", 11, 92, "Public Safety Institute"),
        ("Times-Bold", 26, 134, "Certificate of Completion"),
        ("Times-Roman", 13, 168, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Rosamund E. Achebe"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 16, 270, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 302, "April 12, 2022      CEUs 0.8 / Hours 8"),
    ],
    signature=(90, 120, "Dr. Corwin Asher", "Institute Director"),
)

centred_novel(
    "dot_leaders_total",
    "'TOTAL CREDIT HRS ........ 24.00' (dot leaders between the label and the figure).",
    name="Lieutenant Odessa M. Kravitz",
    title="School Emergency Operations Planning",
    issuer="Great Basin School Safety Center",
    start=date(2022, 9, 13),
    end=date(2022, 9, 15),
    hours=24.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_14,
    frame="#37474f",
    rows=[
        ("Helvetica-Bold", 13, 74, "GREAT BASIN SCHOOL SAFETY CENTER"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Lieutenant Odessa M. Kravitz"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "School Emergency Operations Planning"),
        ("Helvetica", 12, 296, "September 13-15, 2022"),
        ("Courier", 11, 318, "TOTAL CREDIT HRS ........ 24.00"),
    ],
    signature=(90, 120, "Wendeline Rusk", "Executive Director"),
)

centred_novel(
    "twelve_and_one_half",
    "'Twelve and One-Half Hours' (a fraction in words, capitalised, no figures).",
    name="Deputy Cassius B. Oyelowo",
    title="Trauma-Informed Policing with Youth",
    issuer="Ozark Regional Sheriff's Academy",
    start=date(2022, 10, 18),
    end=date(2022, 10, 19),
    hours=12.5,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_14,
    frame="#33691e",
    rows=[
        ("Helvetica-Bold", 13, 74, "OZARK REGIONAL SHERIFF'S ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Cassius B. Oyelowo"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Trauma-Informed Policing with Youth"),
        ("Helvetica", 12, 296, "October 18-19, 2022"),
        ("Times-Italic", 13, 318, "Twelve and One-Half Hours"),
    ],
    signature=(90, 120, "Maj. Delphine Raskin", "Academy Director"),
)

centred_novel(
    "ce_credits_minutes_abbrev",
    "'1.5 CE Credits (90 min.)': credits that are hours, the minutes abbreviated with a dot.",
    name="Officer Magnus H. Thorvaldsen",
    title="Recognizing Signs of Child Trafficking",
    issuer="Safe Schools Learning Network",
    start=date(2022, 11, 15),
    hours=1.5,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_14,
    frame="#00838f",
    rows=[
        ("Helvetica-Bold", 13, 74, "SAFE SCHOOLS LEARNING NETWORK"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Magnus H. Thorvaldsen"),
        ("Times-Roman", 13, 230, "has completed the webinar"),
        ("Helvetica-Bold", 18, 262, "Recognizing Signs of Child Trafficking"),
        ("Helvetica", 12, 296, "November 15, 2022      1.5 CE Credits (90 min.)"),
    ],
    signature=(90, 120, "Program Staff", "Safe Schools Learning Network"),
)

centred_novel(
    "military_time_span",
    "'0800-1700 hrs' (a military time span, 'hrs' after it) beside 'Credit: 8 hours'.",
    name="Corporal Esteban J. Villarreal",
    title="Interviewing and Interrogating Juveniles",
    issuer="Red River Sheriff's Office Training Division",
    start=date(2022, 3, 22),
    hours=8.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_14,
    frame="#bf360c",
    rows=[
        ("Helvetica-Bold", 13, 74, "RED RIVER SHERIFF'S OFFICE TRAINING DIVISION"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Corporal Esteban J. Villarreal"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 12, 296, "March 22, 2022      0800-1700 hrs"),
        ("Helvetica", 12, 316, "Credit: 8 hours"),
    ],
    signature=(90, 120, "Sgt. Marcela Duarte", "Training Sergeant"),
)

centred_novel(
    "hours_earned_figures_words",
    "'Hours Earned: 8.0 (eight)' (figures, then the number in words in brackets).",
    name="Officer Wilhelmina C. Adeyemi",
    title="Youth Mental Health First Aid",
    issuer="Heartland Behavioral Health Alliance",
    start=date(2022, 1, 20),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_14,
    frame="#2e7d32",
    rows=[
        ("Helvetica-Bold", 13, 74, "HEARTLAND BEHAVIORAL HEALTH ALLIANCE"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Wilhelmina C. Adeyemi"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Youth Mental Health First Aid"),
        ("Helvetica", 12, 296, "Course Date: January 20, 2022"),
        ("Helvetica", 12, 316, "Hours Earned: 8.0 (eight)"),
    ],
    signature=(90, 120, "Tamsin Greaves", "Program Manager"),
)

centred_novel(
    "webinar_attended_minutes",
    "A webinar: 'Attended: 90 minutes' (the time attended, in minutes) and 'Webinar date: 04/27/2022'.",
    name="Officer Bartholomew K. Nakashima",
    title="Threat Assessment in Schools",
    issuer="National Center for School Safety",
    start=date(2022, 4, 27),
    hours=1.5,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_14,
    frame="#0277bd",
    rows=[
        ("Helvetica-Bold", 13, 74, "NATIONAL CENTER FOR SCHOOL SAFETY"),
        ("Times-Bold", 26, 124, "Certificate of Attendance"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Bartholomew K. Nakashima"),
        ("Times-Roman", 13, 230, "attended the webinar"),
        ("Helvetica-Bold", 18, 262, "Threat Assessment in Schools"),
        ("Helvetica", 12, 296, "Webinar date: 04/27/2022      Attended: 90 minutes"),
    ],
    signature=(90, 120, "Webinar Team", "National Center for School Safety"),
)

centred_novel(
    "ceus_contact_hours_disagree",
    "A university's 'Certificate of Attendance' with '1.2 CEUs' and '10 contact hours' (they disagree: a "
    "person's).",
    name="Sergeant Ulrike M. Fairbanks",
    title="Juvenile Law for Law Enforcement",
    issuer="Southern Coast University, Continuing and Professional Education",
    start=date(2022, 7, 19),
    end=date(2022, 7, 20),
    hours=10.0,
    catalog_id="juvenile-law",
    category="juvenile",
    must_review=True,
    registry=NOVELS_14,
    frame="#4a148c",
    rows=[
        ("Helvetica-Bold", 13, 74, "SOUTHERN COAST UNIVERSITY"),
        ("Helvetica", 11, 92, "Continuing and Professional Education"),
        ("Times-Bold", 26, 134, "Certificate of Attendance"),
        ("Times-Roman", 13, 168, "This certifies that"),
        ("Times-Bold", 24, 204, "Sergeant Ulrike M. Fairbanks"),
        ("Times-Roman", 13, 238, "attended"),
        ("Helvetica-Bold", 18, 270, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 302, "July 19-20, 2022"),
        ("Helvetica", 12, 322, "1.2 CEUs      10 contact hours"),
    ],
    signature=(90, 120, "Dr. Nolan Pryce", "Director, Professional Education"),
)

# ------------------------------------------------------------------ issuers

centred_novel(
    "post_commission_certificate_of_training",
    "A state standards commission's 'Certificate of Training' with 'Commission Course No. 31-0417' and "
    "'Training Hours Awarded: 16'.",
    name="Trooper Augustin F. Lemaire",
    title="Interviewing and Interrogating Juveniles",
    issuer="Commission on Law Enforcement Standards and Training",
    start=date(2022, 8, 23),
    end=date(2022, 8, 24),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_14,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 12, 74, "STATE COMMISSION ON LAW ENFORCEMENT STANDARDS AND TRAINING"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "The Commission recognizes that"),
        ("Times-Bold", 24, 196, "Trooper Augustin F. Lemaire"),
        ("Times-Roman", 13, 230, "has met the attendance and performance requirements of"),
        ("Helvetica-Bold", 18, 262, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 11, 292, "Commission Course No. 31-0417"),
        ("Helvetica", 12, 312, "August 23-24, 2022      Training Hours Awarded: 16"),
    ],
    signature=(90, 120, "Executive Director", "Commission on Law Enforcement Standards and Training"),
)

centred_novel(
    "cops_office_cooperative_agreement",
    "A DOJ COPS Office-funded course: 'This project was supported by cooperative agreement number "
    "2019-CK-WX-K012' in the footer (a year and numbers that are not the course's).",
    name="Officer Rowena D. Castellucci",
    title="Active Shooter Response for Schools",
    issuer="U.S. Department of Justice, Office of Community Oriented Policing Services",
    start=date(2022, 5, 18),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_14,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 12, 70, "U.S. DEPARTMENT OF JUSTICE"),
        ("Helvetica", 11, 88, "Office of Community Oriented Policing Services"),
        ("Times-Bold", 26, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 164, "This certifies that"),
        ("Times-Bold", 24, 200, "Officer Rowena D. Castellucci"),
        ("Times-Roman", 13, 234, "has completed"),
        ("Helvetica-Bold", 18, 266, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 298, "May 18, 2022      8 hours"),
    ],
    signature=(90, 120, "Program Manager", "COPS Office"),
    footer=[
        (60, 60, "This project was supported by cooperative agreement number 2019-CK-WX-K012 awarded by the"),
        (60, 50, "Office of Community Oriented Policing Services, U.S. Department of Justice."),
    ],
)

centred_novel(
    "cisa_course_code",
    "A DHS/CISA course: 'Course Code: K12-SSA-210' before the title and '4.0 hours' (the code's number is "
    "no length).",
    name="Officer Demetrius L. Fontaine",
    title="Threat Assessment in Schools",
    issuer="Cybersecurity and Infrastructure Security Agency",
    start=date(2022, 2, 24),
    hours=4.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_14,
    frame="#263238",
    rows=[
        ("Helvetica-Bold", 12, 70, "U.S. DEPARTMENT OF HOMELAND SECURITY"),
        ("Helvetica", 11, 88, "Cybersecurity and Infrastructure Security Agency"),
        ("Times-Bold", 26, 130, "Certificate of Completion"),
        ("Times-Roman", 13, 164, "This certifies that"),
        ("Times-Bold", 24, 200, "Officer Demetrius L. Fontaine"),
        ("Times-Roman", 13, 234, "has completed"),
        ("Helvetica", 11, 262, "Course Code: K12-SSA-210"),
        ("Helvetica-Bold", 18, 286, "Threat Assessment in Schools"),
        ("Helvetica", 12, 318, "February 24, 2022      4.0 hours"),
    ],
    signature=(90, 120, "Associate Director", "School Safety Task Force"),
)

centred_novel(
    "sheriff_roster_instructor_badge",
    "A sheriff's office academy: 'Instructor: Deputy Aaron Blakely #221' right under the course, and "
    "'Roster No. 2022-117'.",
    name="Deputy Marisela N. Quintanilla",
    title="Child Abuse and Neglect Investigations",
    issuer="Kern Valley Sheriff's Office Academy",
    start=date(2022, 6, 29),
    hours=8.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_14,
    frame="#6d4c41",
    rows=[
        ("Helvetica-Bold", 13, 74, "KERN VALLEY SHERIFF'S OFFICE ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Marisela N. Quintanilla"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Child Abuse and Neglect Investigations"),
        ("Helvetica", 11, 286, "Instructor: Deputy Aaron Blakely #221"),
        ("Helvetica", 12, 310, "June 29, 2022      8 Hours      Roster No. 2022-117"),
    ],
    signature=(90, 120, "Lt. Corinne Maddox", "Academy Coordinator"),
)

centred_novel(
    "address_numbers",
    "'Held at 1450 Commerce Parkway, Suite 16' under the date (numbers of an address are not hours).",
    name="Officer Leopold G. Szymanski",
    title="Standard Response Protocol Training",
    issuer="Gateway School Safety Partners",
    start=date(2022, 8, 9),
    hours=3.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_14,
    frame="#1565c0",
    rows=[
        ("Helvetica-Bold", 13, 74, "GATEWAY SCHOOL SAFETY PARTNERS"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Leopold G. Szymanski"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Standard Response Protocol Training"),
        ("Helvetica", 12, 296, "August 9, 2022      3 hours"),
        ("Helvetica", 11, 316, "Held at 1450 Commerce Parkway, Suite 16, Springfield"),
    ],
    signature=(90, 120, "Nadine Rourke", "Partnership Coordinator"),
)

centred_novel(
    "upon_requirements_for",
    "'is awarded to' over the name, 'upon successful completion of the requirements for' before the title.",
    name="Officer Cordelia F. Ashworth",
    title="Adolescent Mental Health Training for School Resource Officers",
    issuer="National Association of School Resource Officers",
    start=date(2022, 5, 5),
    end=date(2022, 5, 6),
    hours=12.0,
    catalog_id="nasro-amht",
    category="school_safety",
    registry=NOVELS_14,
    frame="#1f3a68",
    rows=[
        ("Helvetica-Bold", 12, 74, "NATIONAL ASSOCIATION OF SCHOOL RESOURCE OFFICERS"),
        ("Times-Bold", 26, 124, "Certificate"),
        ("Times-Roman", 13, 160, "is awarded to"),
        ("Times-Bold", 24, 196, "Officer Cordelia F. Ashworth"),
        ("Times-Roman", 13, 230, "upon successful completion of the requirements for"),
        ("Helvetica-Bold", 15, 262, "Adolescent Mental Health Training for School Resource Officers"),
        ("Helvetica", 12, 296, "May 5-6, 2022      12 hours"),
    ],
    signature=(90, 120, "Executive Director", "NASRO"),
)

# ------------------------------------------------------------------ names

centred_novel(
    "name_de_la_hyphen",
    "'presented to Officer Maria de la Cruz-Santos' (lower-case particles and a hyphenated surname).",
    name="Maria de la Cruz-Santos",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Mid-Valley Police Training Consortium",
    start=date(2022, 3, 29),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_14,
    frame="#880e4f",
    rows=[
        ("Helvetica-Bold", 13, 74, "MID-VALLEY POLICE TRAINING CONSORTIUM"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "presented to"),
        ("Times-Bold", 24, 196, "Officer Maria de la Cruz-Santos"),
        ("Times-Roman", 13, 230, "for completing"),
        ("Helvetica-Bold", 16, 262, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 296, "March 29, 2022      4 hours"),
    ],
    signature=(90, 120, "Sgt. Imelda Ruiz", "Consortium Coordinator"),
)

centred_novel(
    "name_badge_number_after_comma",
    "'Ofc. Tamsin Q. Ruelas, Badge No. 2290' (a badge number after the name on its line).",
    name="Tamsin Q. Ruelas",
    title="Active Shooter Response for Schools",
    issuer="Coastal Plains Police Academy",
    start=date(2022, 7, 26),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_14,
    frame="#b71c1c",
    rows=[
        ("Helvetica-Bold", 13, 74, "COASTAL PLAINS POLICE ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 22, 196, "Ofc. Tamsin Q. Ruelas, Badge No. 2290"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 296, "July 26, 2022      8 Hours"),
    ],
    signature=(90, 120, "Capt. Rhys Calder", "Academy Commander"),
)

centred_novel(
    "name_caps_mc_suffix_ii",
    "'DESHAWN T. MCCRAY-ELLISON II' (capitals, a 'Mc' surname hyphenated, the suffix 'II').",
    name="DeShawn T. McCray-Ellison II",
    title="Juvenile Law for Law Enforcement",
    issuer="Capital Area Law Enforcement Training Center",
    start=date(2022, 9, 28),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_14,
    frame="#212121",
    rows=[
        ("Helvetica-Bold", 13, 74, "CAPITAL AREA LAW ENFORCEMENT TRAINING CENTER"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "DESHAWN T. MCCRAY-ELLISON II"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 296, "September 28, 2022      8.0 Hours"),
    ],
    signature=(90, 120, "Dir. Yolanda Pierce", "Center Director"),
)

centred_novel(
    "two_signers_lead_instructor",
    "Two signers: 'Lead Instructor: Sgt. Pamela Ortiz-Wren' in the footer beside the director's signature.",
    name="Officer Thaddeus V. Lindgren",
    title="Trauma-Informed Policing with Youth",
    issuer="Prairie Wind Regional Academy",
    start=date(2022, 4, 21),
    hours=7.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_14,
    frame="#00695c",
    rows=[
        ("Helvetica-Bold", 13, 74, "PRAIRIE WIND REGIONAL ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Thaddeus V. Lindgren"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Trauma-Informed Policing with Youth"),
        ("Helvetica", 12, 296, "April 21, 2022      7 Hours"),
    ],
    signature=(90, 120, "Cmdr. Eldon Marsh", "Academy Director"),
    footer=[(400, 110, "Sgt. Pamela Ortiz-Wren"), (400, 100, "Lead Instructor")],
)

# ------------------------------------------------------------------ an LMS printout, label/value rows


def _lms_rows(key: str, doc: str, header: str, rows: list[tuple[str, str]], fine: list[str]) -> Any:
    """A learning system's printout: a header bar, then labels on the left and values at a tab stop."""

    def draw(c: Any, w: float, h: float) -> None:
        _frame(c, w, h, "#455a64")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(60, h - 70, header)
        c.setFont("Helvetica", 9)
        c.drawString(60, h - 86, "Training Transcript Printout - Certificate of Completion")
        y = h - 130
        for label, value in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(60, y, label)
            c.setFont("Helvetica", 11)
            c.drawString(230, y, value)
            y -= 22
        c.setFont("Helvetica", 8)
        for i, line in enumerate(fine):
            c.drawString(60, 60 - 10 * i, line)

    draw.__doc__ = doc
    return draw


novel(
    "lms_iso_datetime_tz",
    name="Officer Anastasia P. Korhonen",
    title="Recognizing and Responding to Youth Suicide Risk",
    issuer="Statewide Police Learning Portal",
    start=date(2022, 3, 15),
    hours=2.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_14,
)(
    _lms_rows(
        "lms_iso_datetime_tz",
        "An LMS printout: 'Completion Date: 2022-03-15 14:32:07 EDT', 'Enrolled: 2022-03-01', 'Credit Hours: "
        "2.00'.",
        "STATEWIDE POLICE LEARNING PORTAL",
        [
            ("Learner:", "Officer Anastasia P. Korhonen"),
            ("Learner ID:", "SPLP-0048213"),
            ("Course:", "Recognizing and Responding to Youth Suicide Risk"),
            ("Enrolled:", "2022-03-01"),
            ("Completion Date:", "2022-03-15 14:32:07 EDT"),
            ("Status:", "Completed - Passed (score 92%)"),
            ("Credit Hours:", "2.00"),
        ],
        ["Printed 2022-04-02 09:10 EDT. This record was generated by the learning management system."],
    )
)

novel(
    "lms_day_abbrev_month_time",
    name="Deputy Oswaldo R. Benitez",
    title="Child Abuse and Neglect Investigations",
    issuer="Frontier Law Enforcement eLearning",
    start=date(2022, 3, 15),
    hours=3.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_14,
)(
    _lms_rows(
        "lms_day_abbrev_month_time",
        "An LMS printout: 'Completed On: 15-Mar-2022 09:14 AM CST', 'Duration (hrs): 3.0', 'Attempts: 2'.",
        "FRONTIER LAW ENFORCEMENT eLEARNING",
        [
            ("Student Name:", "Deputy Oswaldo R. Benitez"),
            ("Agency:", "Llano County Sheriff's Office"),
            ("Course Title:", "Child Abuse and Neglect Investigations"),
            ("Completed On:", "15-Mar-2022 09:14 AM CST"),
            ("Attempts:", "2"),
            ("Duration (hrs):", "3.0"),
        ],
        ["Record 55120-7. Questions: support@example.org"],
    )
)

novel(
    "lms_minutes_completion_timestamp",
    name="Officer Juniper A. Stavros",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Lakes Region Training Online",
    start=date(2022, 10, 3),
    hours=1.5,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_14,
)(
    _lms_rows(
        "lms_minutes_completion_timestamp",
        "An LMS printout: 'Time Spent: 1 hr 30 min' and 'Completed: 10/03/2022 4:05 PM'.",
        "LAKES REGION TRAINING ONLINE",
        [
            ("User:", "Officer Juniper A. Stavros"),
            ("Module:", "Bullying and Cyberbullying Prevention for Law Enforcement"),
            ("Completed:", "10/03/2022 4:05 PM"),
            ("Time Spent:", "1 hr 30 min"),
            ("Result:", "Pass"),
        ],
        ["Page 1 of 1"],
    )
)

# ------------------------------------------------------------------ more issuers' turns of phrase

centred_novel(
    "satisfactorily_participated_week_days",
    "'has satisfactorily participated in' and 'Monday through Wednesday, August 1-3, 2022' with '24 hours'.",
    name="Officer Gideon W. Farraday",
    title="Advanced School Resource Officer Course",
    issuer="Great Plains Public Safety Training Institute",
    start=date(2022, 8, 1),
    end=date(2022, 8, 3),
    hours=24.0,
    catalog_id=None,  # a NASRO course title from another provider: no catalog course
    category="advanced",
    registry=NOVELS_14,
    frame="#1565c0",
    rows=[
        ("Helvetica-Bold", 12, 74, "GREAT PLAINS PUBLIC SAFETY TRAINING INSTITUTE"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Gideon W. Farraday"),
        ("Times-Roman", 13, 230, "has satisfactorily participated in"),
        ("Helvetica-Bold", 18, 262, "Advanced School Resource Officer Course"),
        ("Helvetica", 12, 296, "Monday through Wednesday, August 1-3, 2022"),
        ("Helvetica", 12, 316, "24 hours"),
    ],
    signature=(90, 120, "Dr. Harlan Quist", "Institute Director"),
)

centred_novel(
    "sro_title_caps_name_sr",
    "'SRO ELEANOR J. VASQUEZ-PRICE, SR.' (the rank SRO, capitals, a suffix after a comma).",
    name="Eleanor J. Vasquez-Price Sr.",
    title="School Emergency Operations Planning",
    issuer="Desert Southwest School Safety Center",
    start=date(2022, 11, 29),
    hours=6.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_14,
    frame="#283593",
    rows=[
        ("Helvetica-Bold", 13, 74, "DESERT SOUTHWEST SCHOOL SAFETY CENTER"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 22, 196, "SRO ELEANOR J. VASQUEZ-PRICE, SR."),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "School Emergency Operations Planning"),
        ("Helvetica", 12, 296, "Nov. 29, 2022      Six Hours"),
    ],
    signature=(90, 120, "Ruth Castellano", "Center Director"),
)

centred_novel(
    "week_of_short_course",
    "'Presented the week of March 14, 2022' and 'Hours: 4': which day of the week is a person's to find.",
    name="Deputy Gwendolyn S. Oduya",
    title="Standard Response Protocol Training",
    issuer="Three Rivers Sheriff's Office",
    start=date(2022, 3, 14),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    must_review=True,
    registry=NOVELS_14,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 13, 74, "THREE RIVERS SHERIFF'S OFFICE"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Gwendolyn S. Oduya"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Standard Response Protocol Training"),
        ("Helvetica", 12, 296, "Presented the week of March 14, 2022      Hours: 4"),
    ],
    signature=(90, 120, "Sheriff Nels Ahlgren", "Three Rivers Sheriff"),
)

# ------------------------------------------------------------------ more probes

centred_novel(
    "given_under_hand_ad",
    "'Given under my hand this 3rd day of March, A.D. 2021' (an era before the year).",
    name="Officer Benedikta R. Solheim",
    title="Interviewing and Interrogating Juveniles",
    issuer="Lowland County Sheriff's Office",
    start=date(2021, 3, 3),
    hours=8.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_14,
    frame="#3e2723",
    rows=[
        ("Helvetica-Bold", 13, 74, "LOWLAND COUNTY SHERIFF'S OFFICE"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Benedikta R. Solheim"),
        ("Times-Roman", 13, 230, "has completed eight hours of instruction in"),
        ("Helvetica-Bold", 18, 262, "Interviewing and Interrogating Juveniles"),
        ("Times-Italic", 13, 296, "Given under my hand this 3rd day of March, A.D. 2021"),
    ],
    signature=(90, 120, "Sheriff Augustus Vane", "Lowland County Sheriff"),
)

centred_novel(
    "academy_class_number_like_month",
    "'Academy Class 2022-03' (a class number shaped like a month) above 'April 4-8, 2022'.",
    name="Deputy Solveig M. Aranda",
    title="Basic School Resource Officer Course",
    issuer="Tri-State Regional Law Enforcement Academy",
    start=date(2022, 4, 4),
    end=date(2022, 4, 8),
    hours=40.0,
    catalog_id=None,  # a NASRO course title from another provider: no catalog course
    category="basic",
    registry=NOVELS_14,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "TRI-STATE REGIONAL LAW ENFORCEMENT ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Solveig M. Aranda"),
        ("Times-Roman", 13, 230, "has completed the"),
        ("Helvetica-Bold", 18, 262, "Basic School Resource Officer Course"),
        ("Helvetica", 11, 286, "Academy Class 2022-03"),
        ("Helvetica", 12, 310, "April 4-8, 2022      40 Hours"),
    ],
    signature=(90, 120, "Dir. Phineas Crowe", "Academy Director"),
)

centred_novel(
    "through_two_digit_years",
    "'Training held 8/1/22 through 8/3/22' (two-digit years on both ends of a range).",
    name="Officer Caspian L. Weatherby",
    title="School Emergency Operations Planning",
    issuer="Piedmont School Safety Alliance",
    start=date(2022, 8, 1),
    end=date(2022, 8, 3),
    hours=20.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_14,
    frame="#283593",
    rows=[
        ("Helvetica-Bold", 13, 74, "PIEDMONT SCHOOL SAFETY ALLIANCE"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Caspian L. Weatherby"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "School Emergency Operations Planning"),
        ("Helvetica", 12, 296, "Training held 8/1/22 through 8/3/22      20 hours"),
    ],
    signature=(90, 120, "Agnes Holloway", "Alliance Director"),
)

centred_novel(
    "words_then_figure_after_unit",
    "'Eight Hours (8)' (the figure in brackets after the unit).",
    name="Officer Evander J. Blackwood",
    title="Trauma-Informed Policing with Youth",
    issuer="Sunbelt Juvenile Justice Institute",
    start=date(2022, 2, 8),
    hours=8.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_14,
    frame="#00695c",
    rows=[
        ("Helvetica-Bold", 13, 74, "SUNBELT JUVENILE JUSTICE INSTITUTE"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Evander J. Blackwood"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Trauma-Informed Policing with Youth"),
        ("Helvetica", 12, 296, "February 8, 2022      Eight Hours (8)"),
    ],
    signature=(90, 120, "Dr. Lucinda Graves", "Institute Director"),
)

centred_novel(
    "minutes_only_480",
    "'Instructional minutes: 480' (a label of minutes, 8 hours).",
    name="Officer Rosalind T. Achterberg",
    title="Active Shooter Response for Schools",
    issuer="Heartland Regional Training Consortium",
    start=date(2022, 9, 20),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_14,
    frame="#b71c1c",
    rows=[
        ("Helvetica-Bold", 13, 74, "HEARTLAND REGIONAL TRAINING CONSORTIUM"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Rosalind T. Achterberg"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 296, "September 20, 2022      Instructional minutes: 480"),
    ],
    signature=(90, 120, "Capt. Oren Mallory", "Consortium Chair"),
)

centred_novel(
    "hours_per_day_two_days",
    "'Two days, 8 hours each' (a rate, no total printed: a person multiplies).",
    name="Sergeant Ophelia D. Marchbanks",
    title="Child Abuse and Neglect Investigations",
    issuer="Gulf States Juvenile Officers Association",
    start=date(2022, 10, 11),
    end=date(2022, 10, 12),
    hours=16.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    must_review=True,
    registry=NOVELS_14,
    frame="#880e4f",
    rows=[
        ("Helvetica-Bold", 13, 74, "GULF STATES JUVENILE OFFICERS ASSOCIATION"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Sergeant Ophelia D. Marchbanks"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Child Abuse and Neglect Investigations"),
        ("Helvetica", 12, 296, "October 11-12, 2022      Two days, 8 hours each"),
    ],
    signature=(90, 120, "Det. Hollis Grange", "Association President"),
)

centred_novel(
    "name_post_nominal_sro",
    "'Lamar K. Whitfield, SRO' (a post-nominal role after the name).",
    name="Lamar K. Whitfield",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Southeastern School Safety Institute",
    start=date(2022, 1, 11),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_14,
    frame="#37474f",
    rows=[
        ("Helvetica-Bold", 13, 74, "SOUTHEASTERN SCHOOL SAFETY INSTITUTE"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "presented to"),
        ("Times-Bold", 24, 196, "Lamar K. Whitfield, SRO"),
        ("Times-Roman", 13, 230, "for completing"),
        ("Helvetica-Bold", 16, 262, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 296, "January 11, 2022      4 hours"),
    ],
    signature=(90, 120, "Darnell Oakes", "Institute Director"),
)

centred_novel(
    "hours_and_zero_minutes",
    "'Credit: 4 hrs. 0 min.' (hours with a zero minutes part).",
    name="Officer Marguerite A. Olufemi",
    title="Standard Response Protocol Training",
    issuer="Lake Country School Safety Office",
    start=date(2022, 5, 3),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_14,
    frame="#006064",
    rows=[
        ("Helvetica-Bold", 13, 74, "LAKE COUNTRY SCHOOL SAFETY OFFICE"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Marguerite A. Olufemi"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Standard Response Protocol Training"),
        ("Helvetica", 12, 296, "May 3, 2022      Credit: 4 hrs. 0 min."),
    ],
    signature=(90, 120, "Yusuf Brennan", "Safety Office Director"),
)
