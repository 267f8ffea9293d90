"""Round 13 of the certificate wording audit: hours and dates in sentences and spelled out, issue and expiry
dates beside the course's, certificates of attendance, participation and achievement, hyphenated and
apostrophised names with suffixes, two-line titles, and issuers rounds 1-12 (:mod:`tests.novel_certificates`
to :mod:`tests.novel_certificates_12`) did not draw: sheriffs' academies, state school-safety centres,
universities' continuing education, online learning platforms and FEMA's Emergency Management Institute.

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`):

- hours: "Hours of Credit Earned — Four (4.0)" (a dash, a number in words and in figures, no unit after it),
  "This course carries 1.6 CEUs", "Duration: two (2) days / 16 hrs", "Training time: 7.5", "Sixteen (16)
  Clock Hours", a length in the sentence after the title ("consisting of four hours of instruction"), a
  length as "Duration: 1:30" (hours and minutes);
- dates: "the 14th of June 2022", "June 14th thru 16th, 2022", "Summer 2021" (no month: a person's), an
  issue date, a completion date and an expiry on one page, "Issued this 14th day of June, 2022";
- names: "Mary-Kate O'Neil-Ramirez Jr.", "J. Michael Thornbury", "D'Andre L. McAllister-Hughes", the name on
  the line under "is hereby awarded to";
- a course title on two lines, the second a subtitle;
- FEMA EMI independent-study courses with their IS codes ("IS-00362.a").

``must_review`` marks a document a careful person could not settle from the page alone.
"""

from __future__ import annotations

from datetime import date

from tests.novel_certificates import Novel, centred_novel

NOVELS_13: dict[str, Novel] = {}

# ------------------------------------------------------------------ hours in unusual wordings

centred_novel(
    "hours_credit_earned_dash_words",
    "'Hours of Credit Earned \u2014 Four (4.0)': a dash for the colon, the number in words and in figures.",
    name="Officer Lucinda M. Harrow",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Lakeshore Regional Police Academy",
    start=date(2022, 4, 19),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_13,
    frame="#4e342e",
    rows=[
        ("Helvetica-Bold", 13, 74, "LAKESHORE REGIONAL POLICE ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Lucinda M. Harrow"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 16, 262, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 294, "Date of Training: April 19, 2022"),
        ("Helvetica", 12, 314, "Hours of Credit Earned \u2014 Four (4.0)"),
    ],
    signature=(90, 120, "Cmdr. Rollo Finch", "Academy Commander"),
)

centred_novel(
    "course_carries_ceus",
    "'This course carries 1.6 CEUs' (16 hours) in a sentence of its own, a university's continuing "
    "education.",
    name="Sergeant Priya V. Raghunathan",
    title="Threat Assessment in Schools",
    issuer="Westbrook University, Division of Continuing Education",
    start=date(2022, 10, 6),
    end=date(2022, 10, 7),
    hours=16.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_13,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "WESTBROOK UNIVERSITY"),
        ("Helvetica", 11, 92, "Division of Continuing Education"),
        ("Times-Bold", 26, 134, "Certificate of Completion"),
        ("Times-Roman", 13, 168, "This certifies that"),
        ("Times-Bold", 24, 204, "Sergeant Priya V. Raghunathan"),
        ("Times-Roman", 13, 238, "has successfully completed"),
        ("Helvetica-Bold", 18, 270, "Threat Assessment in Schools"),
        ("Helvetica", 12, 302, "October 6-7, 2022"),
        ("Helvetica", 12, 322, "This course carries 1.6 CEUs."),
    ],
    signature=(90, 120, "Dr. Helen Okafor-Brandt", "Dean of Continuing Education"),
)

centred_novel(
    "duration_days_slash_hrs",
    "'Duration: two (2) days / 16 hrs' (days and hours on one line; 2 is not hours).",
    name="Deputy Carlos A. Benavides",
    title="Interviewing and Interrogating Juveniles",
    issuer="Tri-County Sheriff's Academy",
    start=date(2022, 3, 8),
    end=date(2022, 3, 9),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_13,
    frame="#33691e",
    rows=[
        ("Helvetica-Bold", 13, 74, "TRI-COUNTY SHERIFF'S ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This is to certify that"),
        ("Times-Bold", 24, 196, "Deputy Carlos A. Benavides"),
        ("Times-Roman", 13, 230, "has completed the course"),
        ("Helvetica-Bold", 18, 262, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 12, 296, "March 8-9, 2022"),
        ("Helvetica", 12, 316, "Duration: two (2) days / 16 hrs"),
    ],
    signature=(90, 120, "Sheriff Dale T. Pruitt", "Academy Director"),
)

centred_novel(
    "training_time_bare",
    "'Training time: 7.5' (a label of length with no unit).",
    name="Officer Renata S. Kowalczyk",
    title="Trauma-Informed Policing with Youth",
    issuer="Commonwealth School Safety Center",
    start=date(2022, 11, 2),
    hours=7.5,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_13,
    frame="#00695c",
    rows=[
        ("Helvetica-Bold", 13, 74, "COMMONWEALTH SCHOOL SAFETY CENTER"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "presented to"),
        ("Times-Bold", 24, 196, "Officer Renata S. Kowalczyk"),
        ("Times-Roman", 13, 230, "for completing"),
        ("Helvetica-Bold", 18, 262, "Trauma-Informed Policing with Youth"),
        ("Helvetica", 12, 296, "Date: 11/02/2022      Training time: 7.5"),
    ],
    signature=(90, 120, "Marisol Hentz", "Center Director"),
)

centred_novel(
    "hours_in_sentence_after_title",
    "The length in the sentence after the title: 'a course consisting of four hours of instruction, held on "
    "May 10, 2022'.",
    name="Officer Jonah P. Eberhardt",
    title="Child Abuse and Neglect Investigations",
    issuer="Sheriff's Training Academy of Marion County",
    start=date(2022, 5, 10),
    hours=4.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_13,
    frame="#bf360c",
    rows=[
        ("Helvetica-Bold", 13, 74, "SHERIFF'S TRAINING ACADEMY OF MARION COUNTY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Jonah P. Eberhardt"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Child Abuse and Neglect Investigations"),
        ("Times-Roman", 13, 294, "a course consisting of four hours of instruction, held on May 10, 2022."),
    ],
    signature=(90, 120, "Capt. Irene Boswell", "Training Commander"),
)

centred_novel(
    "clock_hours_words_figures",
    "'Sixteen (16) Clock Hours' (words, figures, then the unit).",
    name="Sergeant Walter E. Brandvold",
    title="School Emergency Operations Planning",
    issuer="Prairie State School Safety Center",
    start=date(2022, 8, 2),
    end=date(2022, 8, 3),
    hours=16.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_13,
    frame="#283593",
    rows=[
        ("Helvetica-Bold", 13, 74, "PRAIRIE STATE SCHOOL SAFETY CENTER"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "awarded to"),
        ("Times-Bold", 24, 196, "Sergeant Walter E. Brandvold"),
        ("Times-Roman", 13, 230, "for successful completion of"),
        ("Helvetica-Bold", 18, 262, "School Emergency Operations Planning"),
        ("Helvetica", 12, 296, "August 2-3, 2022"),
        ("Helvetica", 12, 316, "Sixteen (16) Clock Hours"),
    ],
    signature=(90, 120, "Joan Lindgren", "Executive Director"),
)

centred_novel(
    "duration_h_mm",
    "An online platform's 'Duration: 1:30' (hours and minutes) and 'Completion Date: 03/15/2022'.",
    name="Officer Nadia R. Castellanos",
    title="Recognizing and Responding to Youth Suicide Risk",
    issuer="Lexipol",
    start=date(2022, 3, 15),
    hours=1.5,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_13,
    frame="#0277bd",
    rows=[
        ("Helvetica-Bold", 13, 74, "LEXIPOL"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Nadia R. Castellanos"),
        ("Times-Roman", 13, 230, "has completed the online course"),
        ("Helvetica-Bold", 17, 262, "Recognizing and Responding to Youth Suicide Risk"),
        ("Helvetica", 12, 296, "Completion Date: 03/15/2022      Duration: 1:30"),
    ],
    signature=(90, 120, "Learning Services", "Lexipol"),
)

centred_novel(
    "ceu_and_hours_same_line",
    "'8 Contact Hours (0.8 CEU)' (two units of one length).",
    name="Officer Benedikt O. Lindqvist",
    title="Juvenile Law for Law Enforcement",
    issuer="Eastern State University, Center for Professional Studies",
    start=date(2022, 2, 17),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_13,
    frame="#4a148c",
    rows=[
        ("Helvetica-Bold", 13, 74, "EASTERN STATE UNIVERSITY"),
        ("Helvetica", 11, 92, "Center for Professional Studies"),
        ("Times-Bold", 26, 134, "Certificate of Completion"),
        ("Times-Roman", 13, 168, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Benedikt O. Lindqvist"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 270, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 302, "February 17, 2022      8 Contact Hours (0.8 CEU)"),
    ],
    signature=(90, 120, "Dr. Amos Kettering", "Director"),
)

# ------------------------------------------------------------------ dates in unusual wordings

centred_novel(
    "date_the_14th_of_june",
    "'on the 14th of June 2022' (an ordinal before the month, no comma).",
    name="Deputy Harriet A. Solberg",
    title="Active Shooter Response for Schools",
    issuer="Greene County Sheriff's Office Training Academy",
    start=date(2022, 6, 14),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_13,
    frame="#b71c1c",
    rows=[
        ("Helvetica-Bold", 13, 74, "GREENE COUNTY SHERIFF'S OFFICE TRAINING ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Harriet A. Solberg"),
        ("Times-Roman", 13, 230, "completed"),
        ("Helvetica-Bold", 18, 262, "Active Shooter Response for Schools"),
        ("Times-Roman", 13, 294, "on the 14th of June 2022"),
        ("Helvetica", 12, 318, "8 Hours"),
    ],
    signature=(90, 120, "Lt. Owen Mabry", "Training Lieutenant"),
)

centred_novel(
    "date_ordinal_thru",
    "'June 14th thru 16th, 2022' (ordinals and 'thru').",
    name="Officer Miguel R. Santangelo",
    title="Advanced School Resource Officer Course",
    issuer="Southern Plains Regional Training Center",
    start=date(2022, 6, 14),
    end=date(2022, 6, 16),
    hours=24.0,
    catalog_id=None,  # a NASRO course title from another provider: no catalog course
    category="advanced",
    registry=NOVELS_13,
    frame="#1565c0",
    rows=[
        ("Helvetica-Bold", 13, 74, "SOUTHERN PLAINS REGIONAL TRAINING CENTER"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Miguel R. Santangelo"),
        ("Times-Roman", 13, 230, "has completed the"),
        ("Helvetica-Bold", 18, 262, "Advanced School Resource Officer Course"),
        ("Helvetica", 12, 296, "June 14th thru 16th, 2022      24 Hours"),
    ],
    signature=(90, 120, "Cpt. Ada Whitcombe", "Center Director"),
)

centred_novel(
    "season_year_only",
    "'Summer 2021' with no month: the days are a person's to find.",
    name="Officer Terrence W. Oyelaran",
    title="Youth Mental Health First Aid",
    issuer="Northgate Community College, Continuing Education",
    start=date(2021, 6, 1),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    must_review=True,
    registry=NOVELS_13,
    frame="#2e7d32",
    rows=[
        ("Helvetica-Bold", 13, 74, "NORTHGATE COMMUNITY COLLEGE"),
        ("Helvetica", 11, 92, "Continuing Education"),
        ("Times-Bold", 26, 134, "Certificate of Completion"),
        ("Times-Roman", 13, 168, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Terrence W. Oyelaran"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 270, "Youth Mental Health First Aid"),
        ("Helvetica", 12, 302, "Summer 2021      8 hours"),
    ],
    signature=(90, 120, "Gail Pettersen", "Coordinator"),
)

centred_novel(
    "issued_completed_expires",
    "'Date issued: 07/01/2022', 'Completed on: 06/14/2022' and 'Expires: 06/14/2024' on one page.",
    name="Officer Danielle K. Abernathy",
    title="Standard Response Protocol Training",
    issuer="State Center for School Safety",
    start=date(2022, 6, 14),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_13,
    frame="#006064",
    rows=[
        ("Helvetica-Bold", 13, 74, "STATE CENTER FOR SCHOOL SAFETY"),
        ("Helvetica", 10, 92, "Date issued: 07/01/2022"),
        ("Times-Bold", 26, 134, "Certificate of Completion"),
        ("Times-Roman", 13, 168, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Danielle K. Abernathy"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 270, "Standard Response Protocol Training"),
        ("Helvetica", 12, 302, "Completed on: 06/14/2022      Hours: 4"),
        ("Helvetica", 10, 322, "Expires: 06/14/2024"),
    ],
    signature=(90, 120, "Roberta Quill", "Program Director"),
)

centred_novel(
    "issued_this_day_fema",
    "FEMA EMI: 'IS-00362.a' before the title, '(0.3 IACET CEU)', 'Issued this 14th day of June, 2022'.",
    name="Marcus T. Delacroix-Baptiste",
    title="IS-00362.a Multi-Hazard Emergency Planning for Schools",
    issuer="Emergency Management Institute",
    start=date(2022, 6, 14),
    hours=3.0,
    catalog_id="fema-is-362",
    category="school_safety",
    registry=NOVELS_13,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 13, 74, "FEMA EMERGENCY MANAGEMENT INSTITUTE"),
        ("Times-Roman", 13, 124, "This Certificate of Achievement is to acknowledge that"),
        ("Times-Bold", 24, 164, "Marcus T. Delacroix-Baptiste"),
        ("Times-Roman", 13, 198, "has reaffirmed a dedication to serve in times of crisis through continued"),
        ("Times-Roman", 13, 216, "professional development and completion of the independent study course"),
        ("Helvetica-Bold", 16, 250, "IS-00362.a Multi-Hazard Emergency Planning for Schools"),
        ("Times-Roman", 12, 278, "(0.3 IACET CEU)"),
        ("Times-Roman", 12, 304, "Issued this 14th day of June, 2022"),
    ],
    signature=(90, 120, "Superintendent", "Emergency Management Institute"),
)

centred_novel(
    "fema_is_100_sc",
    "FEMA EMI: 'IS-00100.SCa' and its title on one line, 'Issued this 3rd day of March, 2021', 0.3 CEU.",
    name="Yvonne L. St. Clair",
    title="IS-00100.SCa Introduction to the Incident Command System for Schools",
    issuer="Emergency Management Institute",
    start=date(2021, 3, 3),
    hours=3.0,
    catalog_id="fema-is-100-sc",
    category="school_safety",
    registry=NOVELS_13,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 13, 74, "FEMA EMERGENCY MANAGEMENT INSTITUTE"),
        ("Times-Roman", 13, 124, "This Certificate of Achievement is to acknowledge that"),
        ("Times-Bold", 24, 164, "Yvonne L. St. Clair"),
        ("Times-Roman", 13, 198, "has completed the independent study course"),
        ("Helvetica-Bold", 14, 232, "IS-00100.SCa Introduction to the Incident Command System for Schools"),
        ("Times-Roman", 12, 262, "(0.3 IACET CEU)"),
        ("Times-Roman", 12, 288, "Issued this 3rd day of March, 2021"),
    ],
    signature=(90, 120, "Superintendent", "Emergency Management Institute"),
)

centred_novel(
    "date_range_weekday_dash",
    "'Tuesday\u2013Thursday, June 14\u201316, 2022' (weekdays before an en-dash range).",
    name="Deputy Colleen F. Marchetti",
    title="ALERRT Active Shooter Level I",
    issuer="Bayou Parish Sheriff's Academy",
    start=date(2022, 6, 14),
    end=date(2022, 6, 16),
    hours=16.0,
    catalog_id="alerrt-asl1",
    category="school_safety",
    registry=NOVELS_13,
    frame="#e65100",
    rows=[
        ("Helvetica-Bold", 13, 74, "BAYOU PARISH SHERIFF'S ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Colleen F. Marchetti"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "ALERRT Active Shooter Level I"),
        ("Helvetica", 12, 296, "Tuesday\u2013Thursday, June 14\u201316, 2022"),
        ("Helvetica", 12, 316, "Total Hours: 16"),
    ],
    signature=(90, 120, "Maj. Curtis Broussard", "Academy Director"),
)

centred_novel(
    "valid_until_month",
    "'Completion date: 09/22/2022' and 'Valid until September 2024' (the validity is not the course's).",
    name="Officer Ingrid T. Halvorsen",
    title="Crisis Intervention Teams for Youth",
    issuer="Northwoods Crisis Intervention Partnership",
    start=date(2022, 9, 22),
    hours=40.0,
    catalog_id="cit-youth",
    category="juvenile",
    registry=NOVELS_13,
    frame="#5d4037",
    rows=[
        ("Helvetica-Bold", 13, 74, "NORTHWOODS CRISIS INTERVENTION PARTNERSHIP"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Ingrid T. Halvorsen"),
        ("Times-Roman", 13, 230, "has completed the 40-hour course"),
        ("Helvetica-Bold", 18, 262, "Crisis Intervention Teams for Youth"),
        ("Helvetica", 12, 296, "Completion date: 09/22/2022"),
        ("Helvetica", 10, 316, "Valid until September 2024"),
    ],
    signature=(90, 120, "Dr. Paula Renner", "Partnership Director"),
)

# ------------------------------------------------------------------ kinds of certificate

centred_novel(
    "attendance_attended",
    "A certificate of attendance: 'has attended' and 'Attendance hours: 6'.",
    name="Officer Kwame D. Asante",
    title="Gang Awareness for School Resource Officers",
    issuer="Metro Area Gang Investigators Association",
    start=date(2022, 1, 27),
    hours=6.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_13,
    frame="#263238",
    rows=[
        ("Helvetica-Bold", 13, 74, "METRO AREA GANG INVESTIGATORS ASSOCIATION"),
        ("Times-Bold", 26, 124, "Certificate of Attendance"),
        ("Times-Roman", 13, 160, "This is to certify that"),
        ("Times-Bold", 24, 196, "Officer Kwame D. Asante"),
        ("Times-Roman", 13, 230, "has attended"),
        ("Helvetica-Bold", 18, 262, "Gang Awareness for School Resource Officers"),
        ("Helvetica", 12, 296, "January 27, 2022      Attendance hours: 6"),
    ],
    signature=(90, 120, "Det. Luis Ocampo", "Association President"),
)

centred_novel(
    "participation_in_recognition",
    "A certificate of participation: 'in recognition of participation in' and 'Credit: 3 hours'.",
    name="School Resource Officer Lena J. Fairweather",
    title="Standard Response Protocol Training",
    issuer="Blue Ridge School Safety Coalition",
    start=date(2022, 9, 8),
    hours=3.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_13,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 13, 74, "BLUE RIDGE SCHOOL SAFETY COALITION"),
        ("Times-Bold", 26, 124, "Certificate of Participation"),
        ("Times-Roman", 13, 160, "presented to"),
        ("Times-Bold", 22, 196, "School Resource Officer Lena J. Fairweather"),
        ("Times-Roman", 13, 230, "in recognition of participation in"),
        ("Helvetica-Bold", 18, 262, "Standard Response Protocol Training"),
        ("Helvetica", 12, 296, "September 8, 2022      Credit: 3 hours"),
    ],
    signature=(90, 120, "Harold Vinson", "Coalition Chair"),
)

centred_novel(
    "achievement_outstanding",
    "A certificate of achievement: 'for outstanding achievement in completing', 'Hours Awarded: 24'.",
    name="Corporal Simone E. Barrington",
    title="School Resource Officer Supervisors and Management Course",
    issuer="Gulf Coast Law Enforcement Training Institute",
    start=date(2022, 7, 11),
    end=date(2022, 7, 13),
    hours=24.0,
    catalog_id=None,  # a NASRO course title from another provider: no catalog course
    category="supervisor",
    registry=NOVELS_13,
    frame="#880e4f",
    rows=[
        ("Helvetica-Bold", 13, 74, "GULF COAST LAW ENFORCEMENT TRAINING INSTITUTE"),
        ("Times-Bold", 26, 124, "Certificate of Achievement"),
        ("Times-Roman", 13, 160, "awarded to"),
        ("Times-Bold", 24, 196, "Corporal Simone E. Barrington"),
        ("Times-Roman", 13, 230, "for outstanding achievement in completing"),
        ("Helvetica-Bold", 15, 262, "School Resource Officer Supervisors and Management Course"),
        ("Helvetica", 12, 296, "July 11-13, 2022      Hours Awarded: 24"),
    ],
    signature=(90, 120, "Dir. Raymond Gautreaux", "Institute Director"),
)

# ------------------------------------------------------------------ names

centred_novel(
    "name_hyphen_apostrophe_jr",
    "'Mary-Kate O'Neil-Ramirez Jr.' (hyphens, an apostrophe and a suffix).",
    name="Mary-Kate O'Neil-Ramirez Jr.",
    title="Juvenile Law for Law Enforcement",
    issuer="Coastal Bend Sheriff's Academy",
    start=date(2022, 4, 5),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_13,
    frame="#3e2723",
    rows=[
        ("Helvetica-Bold", 13, 74, "COASTAL BEND SHERIFF'S ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Mary-Kate O'Neil-Ramirez Jr."),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 296, "April 5, 2022      8.0 Hours"),
    ],
    signature=(90, 120, "Lt. Bertram Hale", "Academy Commander"),
)

centred_novel(
    "name_initial_first",
    "'J. Michael Thornbury' (an initial first) under 'is hereby awarded to' on the line above.",
    name="J. Michael Thornbury",
    title="Basic School Resource Officer Course",
    issuer="Great Lakes Regional Police Academy",
    start=date(2022, 6, 6),
    end=date(2022, 6, 10),
    hours=40.0,
    catalog_id=None,  # a NASRO course title from another provider: no catalog course
    category="basic",
    registry=NOVELS_13,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "GREAT LAKES REGIONAL POLICE ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certificate is hereby awarded to"),
        ("Times-Bold", 24, 200, "J. Michael Thornbury"),
        ("Times-Roman", 13, 234, "for completion of the"),
        ("Helvetica-Bold", 18, 266, "Basic School Resource Officer Course"),
        ("Helvetica", 12, 300, "June 6-10, 2022      40 Hours"),
    ],
    signature=(90, 120, "Chief Ronald Emmerich", "Academy Director"),
)

centred_novel(
    "name_dapostrophe_hyphen",
    "'D'Andre L. McAllister-Hughes' (apostrophe after one letter, a Mc, a hyphen).",
    name="D'Andre L. McAllister-Hughes",
    title="Interviewing and Interrogating Juveniles",
    issuer="Capital City Police Training Division",
    start=date(2022, 10, 18),
    end=date(2022, 10, 19),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_13,
    frame="#311b92",
    rows=[
        ("Helvetica-Bold", 13, 74, "CAPITAL CITY POLICE TRAINING DIVISION"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "D'Andre L. McAllister-Hughes"),
        ("Times-Roman", 13, 230, "successfully completed"),
        ("Helvetica-Bold", 18, 262, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 12, 296, "October 18-19, 2022      16 Hours"),
    ],
    signature=(90, 120, "Insp. Carla Munoz", "Training Division"),
)

centred_novel(
    "name_below_awarded_course_first",
    "The course first, then 'is awarded to' with the name on the line below and the date under it.",
    name="Deputy Rosalind Q. Vanterpool",
    title="Youth Mental Health First Aid",
    issuer="County Sheriff's Training Unit",
    start=date(2022, 2, 9),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_13,
    frame="#2e7d32",
    rows=[
        ("Helvetica-Bold", 13, 74, "COUNTY SHERIFF'S TRAINING UNIT"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Helvetica-Bold", 18, 164, "Youth Mental Health First Aid"),
        ("Times-Roman", 13, 196, "is awarded to"),
        ("Times-Bold", 24, 232, "Deputy Rosalind Q. Vanterpool"),
        ("Helvetica", 12, 266, "February 9, 2022      8 hours"),
    ],
    signature=(90, 120, "Sgt. Phil Andrade", "Training Sergeant"),
)

# ------------------------------------------------------------------ titles on two lines

centred_novel(
    "title_two_lines_subtitle",
    "A title on two lines, its subtitle after a colon: 'Juvenile Law for Law Enforcement:' / 'Search, "
    "Seizure and Interviews on Campus'.",
    name="Officer Petra N. Vukovich",
    title="Juvenile Law for Law Enforcement: Search, Seizure and Interviews on Campus",
    issuer="State School Safety Center",
    start=date(2022, 5, 24),
    hours=8.0,
    catalog_id=None,  # the subtitle makes it another course than the catalog's
    category="juvenile",
    registry=NOVELS_13,
    frame="#004d40",
    rows=[
        ("Helvetica-Bold", 13, 74, "STATE SCHOOL SAFETY CENTER"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Petra N. Vukovich"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Juvenile Law for Law Enforcement:"),
        ("Helvetica-Bold", 15, 284, "Search, Seizure and Interviews on Campus"),
        ("Helvetica", 12, 316, "May 24, 2022      8 Hours"),
    ],
    signature=(90, 120, "Dr. Lorraine Pike", "Center Director"),
)

centred_novel(
    "title_two_lines_dash_subtitle",
    "A title on two lines, the second a dash subtitle '\u2013 A Practical Guide for SROs' in a smaller face.",
    name="Officer Elias B. Drummond",
    title="Threat Assessment in Schools - A Practical Guide for SROs",
    issuer="Mountain West School Safety Institute",
    start=date(2022, 12, 1),
    hours=6.0,
    catalog_id=None,
    category="school_safety",
    registry=NOVELS_13,
    frame="#37474f",
    rows=[
        ("Helvetica-Bold", 13, 74, "MOUNTAIN WEST SCHOOL SAFETY INSTITUTE"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Elias B. Drummond"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Threat Assessment in Schools"),
        ("Helvetica-Bold", 14, 284, "- A Practical Guide for SROs"),
        ("Helvetica", 12, 316, "December 1, 2022      6 Hours"),
    ],
    signature=(90, 120, "Vera Oakes", "Institute Director"),
)

# ------------------------------------------------------------------ online platforms

centred_novel(
    "relias_contact_hours",
    "An online platform's 'Course: ...', 'Completion Date: 2022-08-30', 'Contact Hours: 1.00'.",
    name="Officer Grace H. Whitlock",
    title="Recognizing Signs of Child Trafficking",
    issuer="Relias",
    start=date(2022, 8, 30),
    hours=1.0,
    catalog_id=None,
    category="juvenile",
    registry=NOVELS_13,
    frame="#00838f",
    rows=[
        ("Helvetica-Bold", 13, 74, "RELIAS"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Grace H. Whitlock"),
        ("Times-Roman", 13, 230, "has successfully completed"),
        ("Helvetica", 12, 262, "Course: Recognizing Signs of Child Trafficking"),
        ("Helvetica", 12, 282, "Completion Date: 2022-08-30"),
        ("Helvetica", 12, 302, "Contact Hours: 1.00"),
    ],
    signature=(90, 120, "Relias Learning", "Accreditation Department"),
)

centred_novel(
    "policeone_credit_hours",
    "PoliceOne Academy-like: 'Course Completion Certificate', 'Credit Hours: 2.0', 'Date Completed: Aug 3, "
    "2022'.",
    name="Deputy Samuel J. Okonkwo",
    title="Active Shooter Response for Schools",
    issuer="PoliceOne Academy",
    start=date(2022, 8, 3),
    hours=2.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_13,
    frame="#212121",
    rows=[
        ("Helvetica-Bold", 13, 74, "POLICEONE ACADEMY"),
        ("Times-Bold", 26, 124, "Course Completion Certificate"),
        ("Times-Roman", 13, 160, "awarded to"),
        ("Times-Bold", 24, 196, "Deputy Samuel J. Okonkwo"),
        ("Times-Roman", 13, 230, "for completing"),
        ("Helvetica-Bold", 18, 262, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 296, "Date Completed: Aug 3, 2022      Credit Hours: 2.0"),
    ],
    signature=(90, 120, "PoliceOne Academy", "Lexipol"),
)

centred_novel(
    "lms_minutes_length",
    "An online module of '90 minutes' ('Length: 90 minutes'; 1.5 hours).",
    name="Officer Harvey C. Lindstrom",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Lexipol",
    start=date(2022, 5, 12),
    hours=1.5,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_13,
    frame="#0277bd",
    rows=[
        ("Helvetica-Bold", 13, 74, "LEXIPOL LEARNING"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Harvey C. Lindstrom"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 16, 262, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 296, "Completed: 05/12/2022      Length: 90 minutes"),
    ],
    signature=(90, 120, "Learning Services", "Lexipol"),
)

# ------------------------------------------------------------------ issuers and their wordings

centred_novel(
    "sheriff_academy_in_service",
    "A sheriff's academy in-service: 'In-Service Training Credit: 8 hours' and 'Training Date: 10/04/2022'.",
    name="Deputy Ramona G. Esparza",
    title="Defensive Tactics Refresher",
    issuer="Mesa County Sheriff's Academy",
    start=date(2022, 10, 4),
    hours=8.0,
    catalog_id="defensive-tactics",
    category="unrelated",
    registry=NOVELS_13,
    frame="#6d4c41",
    rows=[
        ("Helvetica-Bold", 13, 74, "MESA COUNTY SHERIFF'S ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Ramona G. Esparza"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Defensive Tactics Refresher"),
        ("Helvetica", 12, 296, "Training Date: 10/04/2022"),
        ("Helvetica", 12, 316, "In-Service Training Credit: 8 hours"),
    ],
    signature=(90, 120, "Sheriff Ned Calloway", "Mesa County Sheriff"),
)

centred_novel(
    "state_center_conducted_on",
    "A state school-safety centre: 'conducted on Wednesday, November 9, 2022' and '(6.5 hours)'.",
    name="Officer Beatriz M. Alcantara",
    title="School Emergency Operations Planning",
    issuer="Lone Star School Safety Center",
    start=date(2022, 11, 9),
    hours=6.5,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_13,
    frame="#bf360c",
    rows=[
        ("Helvetica-Bold", 13, 74, "LONE STAR SCHOOL SAFETY CENTER"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Beatriz M. Alcantara"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "School Emergency Operations Planning"),
        ("Times-Roman", 13, 294, "conducted on Wednesday, November 9, 2022 (6.5 hours)"),
    ],
    signature=(90, 120, "Dr. Kent Aldous", "Center Director"),
)

centred_novel(
    "university_ce_units_only",
    "A university's continuing education: '2.4 Continuing Education Units (CEUs)' alone (24 hours), "
    "'Program dates: June 20-22, 2022'.",
    name="Lieutenant Oscar F. Whitfield",
    title="Advanced School Resource Officer Course",
    issuer="Central State University, Office of Continuing Studies",
    start=date(2022, 6, 20),
    end=date(2022, 6, 22),
    hours=24.0,
    catalog_id=None,  # a NASRO course title from another provider: no catalog course
    category="advanced",
    registry=NOVELS_13,
    frame="#4a148c",
    rows=[
        ("Helvetica-Bold", 13, 74, "CENTRAL STATE UNIVERSITY"),
        ("Helvetica", 11, 92, "Office of Continuing Studies"),
        ("Times-Bold", 26, 134, "Certificate of Completion"),
        ("Times-Roman", 13, 168, "This certifies that"),
        ("Times-Bold", 24, 204, "Lieutenant Oscar F. Whitfield"),
        ("Times-Roman", 13, 238, "has completed the program"),
        ("Helvetica-Bold", 18, 270, "Advanced School Resource Officer Course"),
        ("Helvetica", 12, 302, "Program dates: June 20-22, 2022"),
        ("Helvetica", 12, 322, "2.4 Continuing Education Units (CEUs)"),
    ],
    signature=(90, 120, "Dr. Mina Prakash", "Director of Continuing Studies"),
)

# ------------------------------------------------------------------ more of the same kinds, in prose

centred_novel(
    "prose_title_appositive_hours",
    "The course, its length and its day in one sentence: 'has completed School Emergency Operations "
    "Planning, a six-hour course, on March 3, 2022.'",
    name="Officer Wendell J. Achterberg",
    title="School Emergency Operations Planning",
    issuer="Riverbend School Safety Center",
    start=date(2022, 3, 3),
    hours=6.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_13,
    frame="#455a64",
    rows=[
        ("Helvetica-Bold", 13, 74, "RIVERBEND SCHOOL SAFETY CENTER"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Wendell J. Achterberg"),
        ("Times-Roman", 12, 230, "has completed School Emergency Operations Planning, a six-hour course,"),
        ("Times-Roman", 12, 248, "on March 3, 2022."),
    ],
    signature=(90, 120, "Ada Lindqvist", "Center Director"),
)

centred_novel(
    "semester_year_ceus",
    "'Fall Semester 2021' (no month) and '1.2 CEUs': the days are a person's to find.",
    name="Officer Gustavo R. Pellegrini",
    title="Juvenile Law for Law Enforcement",
    issuer="Lakeland State University, Continuing Education",
    start=date(2021, 9, 1),
    hours=12.0,
    catalog_id="juvenile-law",
    category="juvenile",
    must_review=True,
    registry=NOVELS_13,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "LAKELAND STATE UNIVERSITY"),
        ("Helvetica", 11, 92, "Continuing Education"),
        ("Times-Bold", 26, 134, "Certificate of Completion"),
        ("Times-Roman", 13, 168, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Gustavo R. Pellegrini"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 270, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 302, "Fall Semester 2021      1.2 CEUs"),
    ],
    signature=(90, 120, "Dr. Ruth Obermann", "Dean"),
)

centred_novel(
    "ordinal_days_of_month_range",
    "'from the 6th to the 8th of April, 2022' (ordinals and the month after them).",
    name="Deputy Anselm K. Oduya",
    title="Interviewing and Interrogating Juveniles",
    issuer="Cumberland Sheriff's Academy",
    start=date(2022, 4, 6),
    end=date(2022, 4, 8),
    hours=24.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_13,
    frame="#6a1b9a",
    rows=[
        ("Helvetica-Bold", 13, 74, "CUMBERLAND SHERIFF'S ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Deputy Anselm K. Oduya"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Interviewing and Interrogating Juveniles"),
        ("Times-Roman", 13, 294, "from the 6th to the 8th of April, 2022"),
        ("Helvetica", 12, 318, "24 Hours"),
    ],
    signature=(90, 120, "Maj. Tilda Sorensen", "Academy Director"),
)

centred_novel(
    "issued_expires_one_line_course_date_below",
    "'Issued: 01/05/2023   Expires: 01/05/2025' on one line over 'Course date: 12/14/2022'.",
    name="Officer Leontyne B. Marsh-Whitaker",
    title="Active Shooter Response for Schools",
    issuer="Piney Woods Regional Academy",
    start=date(2022, 12, 14),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_13,
    frame="#b71c1c",
    rows=[
        ("Helvetica-Bold", 13, 74, "PINEY WOODS REGIONAL ACADEMY"),
        ("Times-Bold", 26, 124, "Certificate of Completion"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Officer Leontyne B. Marsh-Whitaker"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Active Shooter Response for Schools"),
        ("Helvetica", 11, 296, "Issued: 01/05/2023      Expires: 01/05/2025"),
        ("Helvetica", 12, 318, "Course date: 12/14/2022      Hours: 8"),
    ],
    signature=(90, 120, "Lt. Royce Tanner", "Training Coordinator"),
)

centred_novel(
    "on_this_day_after_hours",
    "'for 8 hours of instruction on this 14th day of June, 2022' under the title, on one line.",
    name="Sergeant Odalys M. Ferreira-Cruz",
    title="Trauma-Informed Policing with Youth",
    issuer="Delta Region Sheriff's Training Institute",
    start=date(2022, 6, 14),
    hours=8.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_13,
    frame="#00695c",
    rows=[
        ("Helvetica-Bold", 13, 74, "DELTA REGION SHERIFF'S TRAINING INSTITUTE"),
        ("Times-Bold", 26, 124, "Certificate of Training"),
        ("Times-Roman", 13, 160, "This certifies that"),
        ("Times-Bold", 24, 196, "Sergeant Odalys M. Ferreira-Cruz"),
        ("Times-Roman", 13, 230, "has completed"),
        ("Helvetica-Bold", 18, 262, "Trauma-Informed Policing with Youth"),
        ("Times-Roman", 13, 294, "for 8 hours of instruction on this 14th day of June, 2022"),
    ],
    signature=(90, 120, "Col. Herman Duval", "Institute Director"),
)
