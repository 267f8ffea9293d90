"""Course titles nobody printed in the dev corpus, each with the answer a careful NASRO reviewer gives.

Used by ``tests/unit/test_category_audit.py``. Each title is a police or school-safety training course
as issuers name them (FEMA EMI, state POST academies, ALICE, ALERRT, NCMW, D.A.R.E., G.R.E.A.T., ...).

``category``: the reviewer's category (for a catalog course, the catalog's). ``catalog_id``: the catalog
course the title is, or None when it is no catalog course (a narrower, broader or other course).
``issuer``: who the certificate says gave it ("" when a transcript row names nobody). ``sure``: the title
alone settles the category for a reviewer (a vague title such as "In-Service Day 2" does not).
"""

from __future__ import annotations

from typing import NamedTuple

from classify.catalog import Category

FEMA = "FEMA Emergency Management Institute"
NASRO = "National Association of School Resource Officers"
ALICE = "ALICE Training Institute"
ALERRT = "ALERRT Center at Texas State University"
NCMW = "National Council for Mental Wellbeing"
POST = "State Peace Officer Standards and Training Academy"
DEPT = "Riverside County Sheriff's Office Training Unit"
ACADEMY = "Regional Law Enforcement Training Academy"
DARE = "D.A.R.E. America"
GREAT = "G.R.E.A.T. National Training Team"
NCJA = "North Carolina Justice Academy"


class Title(NamedTuple):
    title: str
    category: Category
    catalog_id: str | None = None
    issuer: str = ""
    sure: bool = True


TITLES: tuple[Title, ...] = (
    # ---------------------------------------------------------------- FEMA EMI independent study
    Title("IS-0907 Active Shooter: What You Can Do", "school_safety", "fema-is-907", FEMA),
    Title("IS-00907: Active Shooter - What You Can Do", "school_safety", "fema-is-907", FEMA),
    Title("IS-360: Preparing for Mass Casualty Incidents", "school_safety", "fema-is-360", FEMA),
    Title("IS-0360 Mass Casualty Incidents: A Guide for Schools", "school_safety", "fema-is-360", FEMA),
    Title("FEMA IS-362.a Multi-Hazard Emergency Planning for Schools", "school_safety", "fema-is-362", FEMA),
    Title("IS-0362.a Multi Hazard Emergency Planning for Schools", "school_safety", "fema-is-362", FEMA),
    Title("IS-100.SCa Introduction to ICS for Schools", "school_safety", "fema-is-100-sc", FEMA),
    Title("IS-00100.SCa Intro to the Incident Command System for Schools", "school_safety", "fema-is-100-sc",
          FEMA),
    Title("IS-100.c Introduction to the Incident Command System", "school_safety", "fema-is-100-c", FEMA),
    Title("IS-0100.c: Intro to the Incident Command System, ICS-100", "school_safety", "fema-is-100-c", FEMA),
    Title("IS-100.HE Introduction to the Incident Command System for Higher Education", "school_safety",
          None, FEMA),
    Title("IS-0366.a Planning for the Needs of Children in Disasters", "juvenile", None, FEMA),
    Title("IS-0906 Workplace Security Awareness", "unrelated", None, FEMA, sure=False),
    Title("IS-0915 Protecting Critical Infrastructure Against Insider Threats", "unrelated", None, FEMA,
          sure=False),
    Title("IS-0035.23 FEMA Safety Orientation", "unrelated", None, FEMA, sure=False),
    Title("IS-0144.a Telecommunicators Emergency Response Taskforce", "unrelated", None, FEMA, sure=False),
    # ---------------------------------------------------------------- ALICE, active shooter, active threat
    Title("ALICE Active Shooter Response Training for K-12", "school_safety", None, ALICE),
    Title("ALICE Training: Alert, Lockdown, Inform, Counter, Evacuate", "school_safety", None, ALICE),
    Title("ALICE Instructor Certification", "school_safety", None, ALICE),
    Title("ALICE Active Shooter Response for Higher Education", "school_safety", None, ALICE),
    Title("Active Shooter Response for Law Enforcement", "school_safety", None, ACADEMY),
    Title("Active Shooter Incident Management", "school_safety", None, ACADEMY),
    Title("Rapid Response to Active Threats in Schools", "school_safety", "school-active-shooter", DEPT),
    Title("Active Threat Response in K-12 Schools", "school_safety", "school-active-shooter", DEPT),
    Title("Active Threat Response for School Campuses", "school_safety", "school-active-shooter", DEPT),
    Title("Solo Officer Active Shooter Response", "school_safety", None, ACADEMY),
    Title("Single Officer Response to Active Killers", "school_safety", None, ACADEMY),
    Title("Civilian Response to Active Shooter Events (CRASE)", "school_safety", None, ALERRT),
    Title("CRASE Train-the-Trainer Course", "school_safety", "alerrt-crase-ttt", ALERRT),
    Title("ALERRT Level II Medical", "school_safety", "alerrt-asl2-medical", ALERRT),
    Title("ALERRT Active Shooter Level 2", "school_safety", None, ALERRT),
    Title("ALERRT Active Attack Integrated Response Course (AAIR)", "school_safety", "alerrt-aair", ALERRT),
    Title("Active Threat Integrated Response Course", "school_safety", "alerrt-aair", ALERRT),
    Title("Active Shooter Drills and Exercises for Schools", "school_safety", None, DEPT),
    Title("Lockdown Procedures for Schools", "school_safety", None, DEPT),
    Title("Lockdown, Shelter and Evacuation Drills in K-12", "school_safety", None, DEPT),
    # ---------------------------------------------------------------- threat assessment, targeted violence
    Title("Behavioral Threat Assessment for K-12 Schools", "school_safety", None, DEPT),
    Title("Comprehensive School Threat Assessment Guidelines (CSTAG)", "school_safety", None, ACADEMY),
    Title("Student Threat Assessment and Management", "school_safety", None, ACADEMY),
    Title("Threat Assessment in Higher Education", "school_safety", None, ACADEMY),
    Title("Protecting America's Schools: Averting Targeted School Violence", "school_safety", None, ACADEMY),
    Title("Preventing Targeted Violence in Schools", "school_safety", None, ACADEMY),
    Title("Threat Assessment Team Training for Schools", "school_safety", None, DEPT),
    Title("School Safety Assessments and Site Surveys", "school_safety", None, DEPT),
    Title("Bomb Threat Management for K-12 Administrators and SROs", "school_safety", None, DEPT),
    Title("Bomb Threat Response in Schools", "school_safety", None, DEPT),
    # ---------------------------------------------------------------- K-12 emergency planning, reunification
    Title("K-12 Emergency Operations Plan Development", "school_safety", None, ACADEMY),
    Title("Emergency Planning for K-12 Schools", "school_safety", None, ACADEMY),
    Title("Developing Emergency Operations Plans for Schools", "school_safety", "school-emergency-ops",
          ACADEMY),
    Title("School Emergency Operations Plans: A Guide for Law Enforcement", "school_safety", None, ACADEMY),
    Title("Standard Reunification Method", "school_safety", None, "The I Love U Guys Foundation"),
    Title("Student-Parent Reunification Planning", "school_safety", None, DEPT),
    Title("Standard Response Protocol for K-12", "school_safety", "srp-training",
          "The I Love U Guys Foundation"),
    Title("School Bus Safety and Security", "school_safety", None, DEPT),
    Title("School Safety and Security Planning", "school_safety", None, DEPT),
    Title("Safe Schools Summit", "school_safety", None, DEPT),
    Title("Campus Safety and Security Officer Training", "school_safety", None, ACADEMY),
    Title("Crisis Response for Schools", "school_safety", None, DEPT),
    Title("Critical Incident Planning for Schools", "school_safety", None, DEPT),
    Title("Emergency Management for Higher Education", "school_safety", None, FEMA),
    # ---------------------------------------------------------------- Title IX, Clery, FERPA, school law
    Title("Title IX Investigator Training", "school_safety", None, ACADEMY),
    Title("Title IX Coordinator and Investigator Certification", "school_safety", None, ACADEMY),
    Title("Title IX Sexual Harassment Investigations in K-12", "school_safety", None, ACADEMY),
    Title("Clery Act Compliance for Campus Law Enforcement", "school_safety", None, ACADEMY),
    Title("Clery Act Training", "school_safety", None, ACADEMY),
    Title("Clery Act Crime Reporting and Timely Warnings", "school_safety", None, ACADEMY),
    Title("FERPA for School Resource Officers", "school_safety", None, NASRO),
    Title("FERPA and Student Records", "school_safety", None, ACADEMY),
    Title("FERPA, HIPAA and Information Sharing", "school_safety", None, ACADEMY),
    Title("Legal Issues for School Resource Officers", "school_safety", None, ACADEMY),
    Title("School Law for Resource Officers", "school_safety", None, ACADEMY),
    Title("Search and Seizure in Schools", "school_safety", None, ACADEMY),
    Title("Education Law for K-12 Police", "school_safety", None, ACADEMY),
    # ---------------------------------------------------------------- SRO courses of other providers
    Title("Basic SRO Certification Course", "basic", None, POST),
    Title("School Resource Officer Basic Course", "basic", None, POST),
    Title("Advanced School Resource Officer Training", "advanced", None, POST),
    Title("NASRO Basic School Resource Officer Course", "basic", "nasro-basic", NASRO),
    Title("NASRO Advanced School Resource Officer Course", "advanced", "nasro-advanced", NASRO),
    Title("NASRO SRO Supervisors and Management Course", "supervisor", "nasro-supervisors", NASRO),
    Title("Adolescent Mental Health Training", "school_safety", "nasro-amht", NASRO),
    Title("AMHT for SROs", "school_safety", "nasro-amht", NASRO),
    Title("Project Unite School Violence Prevention", "school_safety", "nasro-project-unite", NASRO),
    Title("NASRO School Safety Conference 2019", "conference", "nasro-conference", NASRO),
    Title("School Safety Advocacy Council National School Safety Conference", "school_safety", "ssac-nssc",
          "School Safety Advocacy Council"),
    Title("SRO Survival Skills", "school_safety", None, POST, sure=False),
    Title("School-Based Law Enforcement", "school_safety", "tcole-4064", "Texas School Safety Center"),
    # ---------------------------------------------------------------- mental health: youth and adult
    Title("Youth Mental Health First Aid", "juvenile", "ymhfa", NCMW),
    Title("YMHFA Certification", "juvenile", "ymhfa", NCMW),
    Title("Youth Mental Health First Aid USA", "juvenile", "ymhfa", NCMW),
    Title("YMHFA", "juvenile", "ymhfa", NCMW),
    Title("MHFA", "unrelated", None, NCMW),
    Title("Adult Mental Health First Aid", "unrelated", None, NCMW),
    Title("Mental Health First Aid for Public Safety", "unrelated", None, NCMW),
    Title("Teen Mental Health First Aid", "juvenile", None, NCMW),
    Title("Mental Health First Aid for Higher Education", "school_safety", None, NCMW),
    Title("Crisis Intervention Team (CIT) 40-Hour Course", "unrelated", None, POST, sure=False),
    Title("Crisis Intervention Team Training for Patrol Officers", "unrelated", None, POST),
    Title("CIT for Juveniles", "juvenile", None, POST),
    Title("Youth Crisis Intervention Training", "juvenile", None, POST),
    Title("Youth Crisis Intervention Teams", "juvenile", "cit-youth",
          "National Center for Mental Health and Juvenile Justice"),
    Title("Adolescent Suicide Prevention for Law Enforcement", "juvenile", None, ACADEMY),
    Title("Student Mental Health and Crisis Response", "juvenile", None, ACADEMY),
    Title("Responding to Students in Mental Health Crisis", "juvenile", None, ACADEMY),
    # ---------------------------------------------------------------- DARE, GREAT and prevention programs
    Title("D.A.R.E. Officer Training (80 hours)", "juvenile", "dare-officer", DARE),
    Title("DARE Keepin' it REAL Elementary Curriculum", "juvenile", None, DARE),
    Title("D.A.R.E. Mentor Training", "juvenile", None, DARE),
    Title("DARE Instructor In-Service", "juvenile", None, DARE),
    Title("Gang Resistance Education and Training (G.R.E.A.T.) Officer Training", "juvenile",
          "great-officer", GREAT),
    Title("G.R.E.A.T. Families Training", "juvenile", None, GREAT),
    Title("GREAT Summer Program Facilitator", "juvenile", None, GREAT),
    # ---------------------------------------------------------------- juvenile law and justice
    Title("Juvenile Law Update", "juvenile", "juvenile-law", POST),
    Title("Juvenile Justice and Delinquency Prevention", "juvenile", None, POST),
    Title("Juvenile Detention Alternatives", "juvenile", None, POST),
    Title("Juvenile Sex Offender Investigations", "juvenile", None, POST),
    Title("Juvenile Miranda and Custodial Interrogation", "juvenile", None, POST),
    Title("Texas Family Code for Juvenile Officers", "juvenile", None, POST),
    Title("Juvenile Officer Certification", "juvenile", None, POST),
    Title("Handling Juvenile Offenders", "juvenile", None, POST),
    Title("Interviewing Child Victims and Witnesses", "juvenile", None, POST),
    Title("Forensic Interviewing of Children", "juvenile", None, POST),
    Title("Child Abuse and Neglect Investigation", "juvenile", "child-abuse-inv", POST),
    Title("Crimes Against Children Conference", "juvenile", None, "Dallas Children's Advocacy Center"),
    Title("Missing and Exploited Children", "juvenile", None, POST),
    Title("Runaway and Missing Youth Investigations", "juvenile", None, POST),
    Title("Truancy Intervention for Law Enforcement", "juvenile", None, POST),
    Title("Adverse Childhood Experiences (ACEs) and Policing", "juvenile", None, ACADEMY),
    Title("Trauma Informed Policing with Youth", "juvenile", "trauma-informed-youth", ACADEMY),
    Title("Adolescent Development and Policing", "juvenile", None, ACADEMY),
    Title("Effective Police Interactions with Youth", "juvenile", None, ACADEMY),
    Title("Juvenile Diversion Programs", "juvenile", None, ACADEMY),
    Title("Restorative Justice Practices with Juveniles", "juvenile", None, ACADEMY),
    # ---------------------------------------------------------------- gangs, trafficking, exploitation
    Title("Gang Awareness for School Resource Officers", "juvenile", None, ACADEMY, sure=False),
    Title("Street Gang Identification and Investigation", "juvenile", None, ACADEMY),
    Title("Youth Gang Prevention and Intervention", "juvenile", None, ACADEMY),
    Title("Human Trafficking of Minors", "juvenile", None, ACADEMY),
    Title("Child Sex Trafficking Awareness", "juvenile", None, ACADEMY),
    Title("Human Trafficking Awareness for Patrol", "unrelated", None, ACADEMY, sure=False),
    Title("ICAC Investigative Techniques", "juvenile", None, "ICAC Task Force Program"),
    Title("Online Child Exploitation Investigations", "juvenile", None, ACADEMY),
    # ---------------------------------------------------------------- bullying and social media
    Title("Bullying Prevention in Schools", "juvenile", "bullying-prevention", ACADEMY),
    Title("Cyberbullying and Sexting: Legal Issues for SROs", "juvenile", None, ACADEMY),
    Title("Bullying and Harassment in K-12", "juvenile", None, ACADEMY),
    Title("Social Media and Youth: Risks and Investigations", "juvenile", None, ACADEMY),
    Title("Social Media Threats to Schools", "school_safety", None, ACADEMY),
    Title("Social Media Investigations for Patrol", "unrelated", None, ACADEMY),
    Title("Social Media Awareness for Parents and Teens", "juvenile", None, ACADEMY),
    Title("Open Source Intelligence and Social Media", "unrelated", None, ACADEMY, sure=False),
    # ---------------------------------------------------------------- unrelated: firearms, less lethal
    Title("Firearms Qualification - Duty Pistol", "unrelated", "firearms-qual", DEPT),
    Title("Annual Handgun Qualification Course", "unrelated", "firearms-qual", DEPT),
    Title("Night Fire Qualification", "unrelated", None, DEPT),
    Title("Shotgun Qualification", "unrelated", None, DEPT),
    Title("Patrol Rifle Operator Course", "unrelated", None, DEPT),
    Title("Firearms Instructor Certification", "unrelated", None, POST),
    Title("Taser 7 User Certification", "unrelated", None, "Axon Academy"),
    Title("TASER Instructor Course", "unrelated", None, "Axon Academy"),
    Title("Conducted Electrical Weapon Recertification", "unrelated", None, DEPT),
    Title("OC Spray Certification", "unrelated", None, DEPT),
    Title("Expandable Baton Course", "unrelated", None, DEPT),
    Title("Less Lethal Launcher Operator", "unrelated", None, DEPT),
    # ---------------------------------------------------------------- unrelated: traffic, DUI, driving
    Title("DUI Detection and Standardized Field Sobriety Testing", "unrelated", "sfst", POST),
    Title("SFST Refresher", "unrelated", "sfst", POST),
    Title("ARIDE: Advanced Roadside Impaired Driving Enforcement", "unrelated", None, POST),
    Title("Drug Recognition Expert School", "unrelated", None, POST),
    Title("Intoxilyzer 9000 Operator", "unrelated", None, POST),
    Title("Radar Operator Certification", "unrelated", "radar-lidar", POST),
    Title("Lidar Speed Measurement Course", "unrelated", None, POST),
    Title("Basic Crash Investigation", "unrelated", None, POST),
    Title("Traffic Crash Reconstruction", "unrelated", None, POST),
    Title("Commercial Motor Vehicle Enforcement", "unrelated", None, POST),
    Title("Police Motorcycle Operator School", "unrelated", None, POST),
    Title("Motor School", "unrelated", None, DEPT),
    Title("80-Hour Police Motor School", "unrelated", None, DEPT),
    Title("EVOC Refresher", "unrelated", "evoc", ACADEMY),
    Title("Emergency Vehicle Operations Course - Instructor", "unrelated", None, ACADEMY),
    Title("Pursuit Intervention Technique (PIT)", "unrelated", None, ACADEMY),
    Title("Precision Driving and Pursuit Policy", "unrelated", None, ACADEMY),
    # ---------------------------------------------------------------- unrelated: tactics, patrol, other
    Title("Defensive Tactics Instructor", "unrelated", None, ACADEMY),
    Title("Ground Fighting and Weapon Retention", "unrelated", None, ACADEMY),
    Title("Use of Force Update", "unrelated", None, ACADEMY),
    Title("Arrest, Search and Control", "unrelated", None, ACADEMY),
    Title("Sniper School", "unrelated", None, ACADEMY),
    Title("Basic SWAT School", "unrelated", None, ACADEMY),
    Title("Field Training Officer School", "unrelated", None, POST),
    Title("Police Staff and Command School", "unrelated", None,
          "Northwestern University Center for Public Safety"),
    Title("School of Police Supervision", "unrelated", None, "Southern Police Institute"),
    Title("Report Writing for Law Enforcement", "unrelated", None, ACADEMY),
    Title("Effective Report Writing", "unrelated", None, ACADEMY),
    Title("Leadership for Patrol Supervisors", "unrelated", None, ACADEMY),
    Title("First Line Supervision", "unrelated", None, ACADEMY),
    Title("Patrol Tactics and Officer Safety", "unrelated", None, ACADEMY),
    Title("Verbal Judo: Tactical Communications", "unrelated", None, ACADEMY, sure=False),
    Title("Narcotics Investigation", "unrelated", None, ACADEMY),
    Title("Interview and Interrogation Techniques", "unrelated", None, ACADEMY),
    Title("Crime Scene Processing", "unrelated", None, ACADEMY),
    Title("Courtroom Testimony", "unrelated", None, ACADEMY),
    Title("Bloodborne Pathogens Refresher", "unrelated", None, DEPT),
    Title("CPR and First Aid for Law Enforcement", "unrelated", None, DEPT),
    Title("Tactical Combat Casualty Care", "unrelated", None, DEPT),
    Title("Domestic Violence Response for Patrol", "unrelated", None, DEPT),
    Title("Family Violence Investigations", "unrelated", None, DEPT),
    Title("Minor Accident Investigation", "unrelated", None, DEPT),
    Title("K9 Handler Course", "unrelated", None, DEPT),
    Title("Bicycle Patrol Certification", "unrelated", None, DEPT),
    Title("Jail Operations", "unrelated", None, DEPT),
    Title("Hazardous Materials Awareness", "unrelated", None, DEPT),
    # ---------------------------------------------------------------- "Youth" or "School" as a setting; mixed
    Title("Youth Sports Coaching Certification", "unrelated", None, DEPT, sure=False),
    Title("Police Athletic League Youth Basketball Coach", "unrelated", None, DEPT, sure=False),
    Title("Firearms Training at the Youth Academy", "unrelated", None, DEPT, sure=False),
    Title("Explorer Post Advisor Training", "juvenile", None, DEPT, sure=False),
    Title("Defensive Tactics for School Resource Officers", "unrelated", "defensive-tactics", DEPT,
          sure=False),
    Title("Active Shooter Response for Patrol", "school_safety", None, DEPT, sure=False),
    Title("Daring Rescues: Water Rescue Awareness", "unrelated", None, DEPT, sure=False),
    Title("Dare to Lead: Leadership for Patrol Sergeants", "unrelated", None, DEPT),
    Title("Minority Community Relations", "unrelated", None, DEPT, sure=False),
)  # fmt: skip
