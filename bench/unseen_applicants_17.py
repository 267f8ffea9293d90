"""A seventeenth verdict-level audit: the additional 160 hours (R5) read end to end.

    python bench/unseen_applicants_17.py OUTDIR [X01 ...]        # write the corpus (dev corpus format)
    python bench/unseen_applicants_17.py --compare CORPUS EXPORT # verdicts, totals, lines vs expected

The department's yearly training under three unrelated-looking titles ("2021 Annual In-Service", "In-Service
Training 2022", "Mandatory Annual Update") as a record's rows with a School Safety category column (once) and
as the department's certificates naming no subject (a person's); a 2025-10-20 application with courses
completed on the window's first day (2015-10-20, inside) and the day before (out); NASRO's Basic and
Advanced repeated as rows of the department's record (used by R3/R4, never again in R5); NASRO's Supervisors
course after the Advanced (a second advanced-level course: counts); firearms, DUI, report writing and
defensive tactics beside 152 h (0 each: report writing's 8 h would make 160); juvenile and school-safety
courses the catalog does not know; CEUs printed to two decimals (0.75 CEU: 159.5 h); half hours summing to
160.0 exactly; a second NASRO conference (0 in R5); the course deciding 160 (8 h) or 159.5 (7.5 h) read
only from a phone photo (hours or CEUs) or a fax.

The machinery is rounds 1-16's (``write_applicants``, round 9's ``summary``). Expected verdicts and lines are
set by hand below from the rules, with the arithmetic beside each applicant: the verdict after human
confirmation, ``needs_review`` only where the documents (or the rules) cannot settle a rule.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fixtures

import bench.unseen_applicants_2 as round2
import bench.unseen_applicants_9 as round9
from bench.unseen_applicants import (
    MET,
    NOT,
    REVIEW,
    Applicant,
    Doc,
    _req,
    cert,
    transcript_doc,
    write_applicants,
)
from bench.unseen_applicants_2 import lines, nasro_conference, row
from bench.unseen_applicants_4 import (
    ABUSE,
    AMHT,
    CITY,
    EOP,
    INTERVIEW,
    THREAT,
    TRAUMA,
    YMHFA,
    course_cert,
    course_row,
)
from bench.unseen_applicants_7 import _dated, supervisors_cert
from bench.unseen_applicants_9 import quarter_hours_cert
from bench.unseen_applicants_10 import _certs, _nasro
from bench.unseen_applicants_11 import _course
from certledger.samples import NASRO

APP = "2025-06-02"  # the 10-year window opens 2015-06-02
LATE_APP = "2025-10-20"  # the 10-year window opens 2015-10-20
ALL = (EOP, ABUSE, CITY, INTERVIEW, AMHT, THREAT, YMHFA, TRAUMA)  # 160 h
CORE = ALL[:6]  # 24 + 24 + 40 + 24 + 16 + 16 = 144 h
NO_TRAUMA = ALL[:7]  # 152 h
NO_EOP = ALL[1:]  # 136 h
YEARLY = ("2021 Annual In-Service", "In-Service Training 2022", "Mandatory Annual Update")
YEARLY_DAYS = ("2021-08-10", "2022-08-09", "2023-08-08")


def _usual(
    aid: str, n: str, agency: str, scenario: str, req: dict[str, str], hours: float, docs: list[Doc],
    app: str = APP,
) -> Applicant:  # fmt: skip
    """An SRO since 2017-08-14 still serving."""
    return Applicant(aid, n, agency, "2017-08-14", True, app, scenario, req, hours, docs)


def _photo_decides(
    aid: str, n: str, town: str, hours: float, scenario: str, r5: str, printed: str = "", kind: str = "photo"
) -> Applicant:
    """152 h of text PDFs and TRAUMA read only from a phone photo (or ``kind``) of its certificate printing
    ``hours`` (as ``printed``)."""
    trauma = (*TRAUMA[:3], hours, *TRAUMA[4:])
    fmt = "jpeg" if kind == "photo" else "pdf"
    capture = quarter_hours_cert(f"11-trauma-{kind}.{'jpg' if kind == 'photo' else 'pdf'}", n, trauma,
                                 printed or f"{hours:g} Hours", kind=kind, fmt=fmt)  # fmt: skip
    return _usual(aid, n, f"{town} Police Department", scenario, _req(r5=r5), 152.0 + hours, [
        *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
        *_certs(n, 4, NO_TRAUMA),
        capture,
    ])  # fmt: skip


# ------------------------------------------------------------------------------------ applicants


def applicants() -> list[Applicant]:
    out: list[Applicant] = []

    # X01 the department's yearly training as three rows of its record, titled "2021 Annual In-Service",
    # "In-Service Training 2022", "Mandatory Annual Update" (8 h each, category column School Safety): one
    # yearly course, credited once (the 2023 run). R5: 144 + 8 = 152: NOT met (168 counting each year).
    n = "Anselm R. Whitcombe"
    agency = "Alder Crossing Police Department"
    x01_rows = [
        row(t, d, d, 8, "School Safety", "school_safety", None)
        for t, d in zip(YEARLY, YEARLY_DAYS, strict=True)
    ]
    out.append(
        _usual("X01", n, agency, "fail_152_yearly_training_three_titles_in_record", _req(r5=NOT), 152.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            transcript_doc("04-record.pdf", agency, n, x01_rows, layout="grid"),
            *_certs(n, 5, CORE),
        ])
    )  # fmt: skip
    lines("X01", ("04-record.pdf", "Mandatory", "2023-08-08", 8, "credited"),
          ("04-record.pdf", "2022", "2022-08-09", 0, "annual_once"))  # fmt: skip

    # X02 the same three titles as the department's own certificates naming no subject (no category
    # printed): whether the yearly training is school safety is a person's. R5: 152 + (0 or 8): a person's;
    # never 176.
    n = "Bettina L. Okafor"
    agency = "Birch Hollow Police Department"
    yearly = [cert(f"{11 + k:02d}-inservice.pdf", n, t, agency, d, d, 8, None, None)  # type: ignore[arg-type]
              for k, (t, d) in enumerate(zip(YEARLY, YEARLY_DAYS, strict=True))]  # fmt: skip
    out.append(
        _usual("X02", n, agency, "review_r5_yearly_training_no_subject", _req(r5=REVIEW), 152.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            *_certs(n, 4, NO_TRAUMA),
            *yearly,
        ])
    )  # fmt: skip
    lines("X02", ("13-inservice.pdf", "Mandatory", "2023-08-08", 0, "unknown_category"))

    # X03 a 2025-10-20 application: TRAUMA completed 2015-10-20, the window's first day (inside), and
    # "Juvenile Justice System Overview" (8 h) completed 2015-10-19 (out). R5: 152 + 8 = 160: eligible
    # (152 dropping the edge day; 168 keeping the day before: still eligible).
    n = "Cosimo D. Hargreave"
    overview = _course("Juvenile Justice System Overview", "2015-10-19", "2015-10-19", 8, "Juvenile",
                       "juvenile", "Regional Law Enforcement Academy")  # fmt: skip
    out.append(
        _usual("X03", n, "Cormorant Bay Police Department", "eligible_course_on_late_window_first_day",
               _req(), 160.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            *_certs(n, 4, NO_TRAUMA),
            course_cert("11-trauma.pdf", n, _dated(TRAUMA, "2015-10-20", "2015-10-20")),
            course_cert("12-overview.pdf", n, overview),
        ], app=LATE_APP)
    )  # fmt: skip
    lines("X03", ("11-trauma.pdf", "Trauma", "2015-10-20", 8, "credited"),
          ("12-overview.pdf", "Overview", "2015-10-19", 0, "older_than_window"))  # fmt: skip

    # X04 the same application date; TRAUMA completed 2015-10-19 (the day before the window opens) as a
    # row of the department's record. R5: 152: NOT met (160 counting the day before: wrongly eligible).
    n = "Delphine M. Ashcombe"
    agency = "Dunlin Marsh Police Department"
    x04_rows = [course_row(_dated(TRAUMA, "2015-10-19", "2015-10-19")), course_row(YMHFA)]
    out.append(
        _usual("X04", n, agency, "fail_r5_row_day_before_late_window", _req(r5=NOT), 152.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            transcript_doc("04-record.pdf", agency, n, x04_rows, layout="grid"),
            *_certs(n, 5, CORE),
        ], app=LATE_APP)
    )  # fmt: skip
    lines("X04", ("04-record.pdf", "Trauma", "2015-10-19", 0, "older_than_window"))

    # X05 NASRO's Basic and Advanced on their certificates and again as rows of the department's record
    # (same dates, provider NASRO): R3 and R4 met by them, and neither again in R5. R5: 136: NOT met (176
    # or 200 counting the rows).
    n = "Evander P. Lockridge"
    agency = "Egret Point Police Department"
    x05_rows = [
        row("Basic School Resource Officer Course", "2017-10-02", "2017-10-06", 40, "SRO", "basic",
            "nasro-basic", NASRO),
        row("Advanced School Resource Officer Course", "2019-03-11", "2019-03-13", 24, "SRO", "advanced",
            "nasro-advanced", NASRO),
    ]  # fmt: skip
    out.append(
        _usual("X05", n, agency, "fail_r5_nasro_courses_repeated_in_record", _req(r5=NOT), 136.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            transcript_doc("04-record.pdf", agency, n, x05_rows),
            *_certs(n, 5, NO_EOP),
        ])
    )  # fmt: skip
    lines("X05", ("04-record.pdf", "Basic", "2017-10-02", 0, "duplicate"),
          ("04-record.pdf", "Advanced", "2019-03-11", 0, "duplicate"))  # fmt: skip

    # X06 NASRO's Advanced (2019) meets R4; NASRO's Supervisors course (2021, 24 h) is a second
    # advanced-level course: it counts in R5. R5: 136 + 24 = 160: eligible.
    n = "Florian G. Westerby"
    out.append(
        _usual("X06", n, "Fulmar Ridge Police Department", "eligible_160_supervisors_after_advanced", _req(),
               160.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            supervisors_cert("04-supervisors.pdf", n, "2021-11-08", "2021-11-10"),
            *_certs(n, 5, NO_EOP),
        ])
    )  # fmt: skip
    lines("X06", ("04-supervisors.pdf", "Supervisors", "2021-11-08", 24, "credited"))

    # X07 152 h of related courses beside "Patrol Rifle Qualification" (4 h), "DUI Detection and
    # Standardized Field Sobriety Testing" (24 h), "Report Writing for Patrol Officers" (8 h), "Defensive
    # Tactics Recertification" (8 h): 0 each. R5: 152: NOT met (report writing's 8 h alone would make 160).
    n = "Gwendolyn S. Tarrant"
    unrelated = [
        _course("Patrol Rifle Qualification", "2023-04-11", "2023-04-11", 4, "Firearms", "unrelated",
                "In-House"),
        ("DUI Detection and Standardized Field Sobriety Testing", "2020-09-14", "2020-09-16", 24, "Traffic",
         "unrelated", "sfst", "State Highway Safety Office"),
        _course("Report Writing for Patrol Officers", "2022-01-19", "2022-01-19", 8, "Patrol", "unrelated",
                "Regional Law Enforcement Academy"),
        ("Defensive Tactics Recertification", "2024-03-05", "2024-03-05", 8, "Defensive Tactics", "unrelated",
         "defensive-tactics", "In-House"),
    ]  # fmt: skip
    out.append(
        _usual("X07", n, "Gannet Cove Police Department", "fail_152_unrelated_mixed_in", _req(r5=NOT),
               152.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            *_certs(n, 4, NO_TRAUMA),
            *_certs(n, 11, unrelated),
        ])
    )  # fmt: skip
    lines("X07", ("13-course.pdf", "Report Writing", "2022-01-19", 0, "category_zero"),
          ("12-course.pdf", "DUI", "2020-09-14", 0, "category_zero"))  # fmt: skip

    # X08 juvenile and school-safety courses the catalog does not know, in place of EOP: "Adolescent Brain
    # Development for Law Enforcement" (8 h, juvenile), "School Climate and Alternatives to Student Arrest"
    # (8 h, school safety), "Missing and Runaway Youth Investigations" (8 h, juvenile). R5: 136 + 24 = 160:
    # eligible.
    n = "Horatio B. Quennell"
    mixed = [
        _course("Adolescent Brain Development for Law Enforcement", "2022-02-23", "2022-02-23", 8, "Juvenile",
                "juvenile", "Center for Youth Justice Training"),
        _course("School Climate and Alternatives to Student Arrest", "2023-03-15", "2023-03-15", 8,
                "School Safety", "school_safety", "State School Safety Center"),
        _course("Missing and Runaway Youth Investigations", "2024-01-24", "2024-01-24", 8, "Juvenile",
                "juvenile", "Regional Law Enforcement Academy"),
    ]  # fmt: skip
    out.append(
        _usual("X08", n, "Heron Gate Police Department", "eligible_juvenile_school_safety_not_in_catalog",
               _req(), 160.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            *_certs(n, 4, NO_EOP),
            *_certs(n, 11, mixed),
        ])
    )  # fmt: skip

    # X09 CEUs to two decimals: YMHFA printed "0.75 IACET CEU" (7.5 h) beside 152 h. R5: 159.5: NOT met
    # (0.8 CEU, rounding the printed figure, would make 160).
    n = "Isolde K. Farrington"
    ymhfa = (*YMHFA[:3], 7.5, *YMHFA[4:])
    out.append(
        _usual("X09", n, "Ibis Reach Police Department", "fail_159_5_ceus_two_decimals", _req(r5=NOT),
               159.5, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            *_certs(n, 4, (*CORE, TRAUMA)),
            quarter_hours_cert("11-ymhfa.pdf", n, ymhfa, "0.75 IACET CEU"),
        ])
    )  # fmt: skip
    lines("X09", ("11-ymhfa.pdf", "Youth Mental", "2022-09-08", 7.5, "credited"))

    # X10 half hours summing to 160.0 exactly: 144 + YMHFA 7.5 + "Juvenile Diversion Programs" 8.5 h.
    # R5: 160: eligible.
    n = "Jerome W. Castellan"
    ymhfa = (*YMHFA[:3], 7.5, *YMHFA[4:])
    diversion = _course("Juvenile Diversion Programs", "2023-11-07", "2023-11-08", 8.5, "Juvenile",
                        "juvenile", "Center for Youth Justice Training")  # fmt: skip
    out.append(
        _usual("X10", n, "Jackdaw Hill Police Department", "eligible_160_0_half_hours", _req(), 160.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            *_certs(n, 4, CORE),
            quarter_hours_cert("10-ymhfa.pdf", n, ymhfa, "7.5 Hours"),
            quarter_hours_cert("11-diversion.pdf", n, diversion, "8.5 Hours", layout="sidebar"),
        ])
    )  # fmt: skip

    # X11 TRAUMA's 8 h read only from a phone photo of its certificate: 152 + 8 = 160: eligible once the
    # figure is read (a person's when unsure; never a misread making it more).
    out.append(_photo_decides("X11", "Kerensa J. Pendleton", "Kestrel Downs", 8.0,
                              "eligible_160_hinges_on_photo", MET))  # fmt: skip

    # X12 the same photo printing "7.5 Hours": 159.5: NOT met (a misread 75 or 8 makes it wrongly
    # eligible).
    out.append(_photo_decides("X12", "Leopold V. Marchetti", "Lapwing Vale", 7.5,
                              "fail_159_5_hinges_on_photo", NOT))  # fmt: skip
    lines("X12", ("11-trauma-photo.jpg", "Trauma", "2023-05-10", 7.5, "credited"))

    # X14 the photo printing its amount as "0.75 IACET CEU": 159.5: NOT met (0.8 CEU or 75 h: wrongly
    # eligible).
    out.append(_photo_decides("X14", "Nicanor H. Pellegrini", "Nuthatch Bend", 7.5,
                              "fail_159_5_ceu_on_photo", NOT, "0.75 IACET CEU"))  # fmt: skip
    lines("X14", ("11-trauma-photo.jpg", "Trauma", "2023-05-10", 7.5, "credited"))

    # X15 a fax of the certificate printing "7.5 Hours": 159.5: NOT met.
    out.append(_photo_decides("X15", "Ottilie R. Brackenbury", "Oriole Springs", 7.5,
                              "fail_159_5_hinges_on_fax", NOT, kind="fax"))  # fmt: skip
    lines("X15", ("11-trauma-fax.pdf", "Trauma", "2023-05-10", 7.5, "credited"))

    # X13 NASRO's conference attended twice (2020, 2023): R6 met; both credited 0 in R5 beside 152 h (the
    # 2023 certificate's hours would make 160 or more). R5: 152: NOT met.
    n = "Marisol T. Vandermeer"
    out.append(
        _usual("X13", n, "Merganser Falls Police Department", "fail_152_conference_hours_zero", _req(r5=NOT),
               152.0, [
            *_nasro(n, "2017-10-02", "2019-03-11", "2020-07-12"),
            nasro_conference("04-conference-2023.pdf", n, "2023-07-09", "2023-07-12"),
            *_certs(n, 5, NO_TRAUMA),
        ])
    )  # fmt: skip
    return out


# ------------------------------------------------------------------------------------ comparing


def compare(corpus: Path, export: Path) -> list[str]:
    """Round 9's table per applicant, then every verdict, total and expected line that differs."""
    return round9.compare_round(applicants, corpus, export)


def write(root: Path, only: tuple[str, ...] = ()) -> list[Path]:
    return write_applicants(root, applicants(), only, seed=17100)


if __name__ == "__main__":
    round2.run_cli(sys.argv, compare, write, __doc__)
