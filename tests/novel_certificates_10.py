"""Round 10 of the certificate wording audit: other languages, unusual durations, online platforms unlike
the dev corpus, and unusual participant lines (rounds 1-9, :mod:`tests.novel_certificates` to
:mod:`tests.novel_certificates_9`, did not draw these wordings).

Drawn with reportlab from general knowledge of such documents (not copied from any corpus), each with its
truth (:class:`tests.novel_certificates.Novel`):

- Spanish ("Certificado de Finalización", "otorgado a", "12 de marzo de 2022", "del 3 al 5 de mayo de
  2022", "Duración: 24 horas", a bare "04/05/2022" from a Mexican issuer: day first), French/English
  bilingual ("Attestation de participation / Certificate of Participation", "le 12 mars 2022", "Date
  (JJ/MM/AAAA): 04/03/2022", "du 14 au 16 novembre 2022", "21 heures"), German ("Teilnahmebescheinigung",
  "12. März 2022", "Umfang: 8 Zeitstunden", "Datum: 07.06.2022"), Portuguese ("Certificado de Conclusão",
  "realizado em 12 de março de 2022", "carga horária de 8 horas", "no período de 3 a 5 de maio de 2022");
- durations: "Seat time: 02:30:00 (hh:mm:ss)", "2 hrs 30 mins", "150 minutes", "Course length: 5 days"
  (no hours: a person's), "0.75 CEU", "7.5 POST hours", "Contact hours: 6 (0.6 CEU)" (one amount, not two),
  hours in a modules table with a total, "six and one-half (6.5) hours";
- online platforms: a webinar "Viewed on", a self-paced course "Completed: 2023-04-05T14:22:10Z" beside its
  enrolment timestamp, a quiz "Score: 85%" and "PASSED" with no hours (a person's), verification URLs and
  certificate ids full of digits, "Final assessment: 92/100" beside the credit hours;
- participants: "This certifies that the bearer" under the name, "Awarded to: RAMIREZ, Luis M.", a name in
  capitals with a rank and a badge number ("SGT. MARIA DELGADO-RUIZ #4412"), "Jr." and "III", a badge number
  that looks like a month and day.

``must_review`` marks a document a careful person could not settle from the page alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from certledger.samples import _signature
from classify.types import ClassifiedDocument
from extract.fields.names import name_tokens
from tests.novel_certificates import Novel, _centred, _frame, centred_novel, novel
from tests.novel_certificates_6 import _qr
from tests.novel_certificates_7 import _pairs

NOVELS_10: dict[str, Novel] = {}

_CERT = ("Times-Bold", 28, 130, "Certificate of Completion")

# ------------------------------------------------------------------ Spanish

centred_novel(
    "es_finalizacion",
    "Spanish: 'Certificado de Finalización', 'otorgado a', '12 de marzo de 2022', '8 horas'.",
    name="Oficial Ana Lucía Torres",
    title="Youth Mental Health First Aid",
    issuer="Academia de Seguridad Escolar de Puerto Rico",
    start=date(2022, 3, 12),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_10,
    frame="#b71c1c",
    rows=[
        ("Helvetica-Bold", 13, 74, "ACADEMIA DE SEGURIDAD ESCOLAR DE PUERTO RICO"),
        ("Times-Bold", 28, 130, "Certificado de Finalización"),
        ("Times-Roman", 13, 166, "otorgado a"),
        ("Times-Bold", 24, 204, "Oficial Ana Lucía Torres"),
        ("Times-Roman", 13, 238, "por haber completado satisfactoriamente el curso"),
        ("Helvetica-Bold", 18, 272, "Youth Mental Health First Aid"),
        ("Helvetica", 12, 306, "San Juan, 12 de marzo de 2022  ·  8 horas"),
    ],
    signature=(90, 120, "Dra. Carmen Ortiz", "Directora"),
)

centred_novel(
    "es_range_duracion",
    "Spanish: 'del 3 al 5 de mayo de 2022', 'Duración: 24 horas'.",
    name="Agente Jorge Luis Méndez",
    title="Child Abuse and Neglect Investigations",
    issuer="Instituto de Capacitación Policial",
    start=date(2022, 5, 3),
    end=date(2022, 5, 5),
    hours=24.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_10,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "INSTITUTO DE CAPACITACIÓN POLICIAL"),
        ("Times-Bold", 28, 130, "Constancia de Participación"),
        ("Times-Roman", 13, 166, "se otorga la presente a"),
        ("Times-Bold", 24, 204, "Agente Jorge Luis Méndez"),
        ("Times-Roman", 13, 238, "por su participación en el curso"),
        ("Helvetica-Bold", 18, 272, "Child Abuse and Neglect Investigations"),
        ("Helvetica", 12, 306, "realizado del 3 al 5 de mayo de 2022"),
        ("Helvetica", 12, 330, "Duración: 24 horas"),
    ],
    signature=(90, 120, "Lic. Ramón Castillo", "Coordinador Académico"),
)

centred_novel(
    "es_numeric_day_first",
    "Spanish, a bare '04/05/2022' from a Mexican issuer: 4 May (day first) or a person's, never 5 April.",
    name="Oficial Beatriz Salinas",
    title="School Emergency Operations Planning",
    issuer="Centro Estatal de Seguridad Escolar, Monterrey",
    start=date(2022, 5, 4),
    hours=8.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_10,
    frame="#004d40",
    rows=[
        ("Helvetica-Bold", 13, 74, "CENTRO ESTATAL DE SEGURIDAD ESCOLAR · MONTERREY, N.L."),
        ("Times-Bold", 28, 130, "Reconocimiento"),
        ("Times-Roman", 13, 166, "que se otorga a"),
        ("Times-Bold", 24, 204, "Oficial Beatriz Salinas"),
        ("Times-Roman", 13, 238, "por concluir el curso"),
        ("Helvetica-Bold", 18, 272, "School Emergency Operations Planning"),
        ("Helvetica", 12, 306, "Fecha: 04/05/2022      Horas: 8"),
    ],
    signature=(90, 120, "Mtro. Héctor Garza", "Director General"),
)

# ------------------------------------------------------------------ French / bilingual

centred_novel(
    "fr_bilingual_mars",
    "Attestation de participation / Certificate of Participation, 'le 12 mars 2022', '7 heures / 7 hours'.",
    name="Agente Sophie Tremblay",
    title="Trauma-Informed Policing with Youth",
    issuer="École nationale de police du Québec",
    start=date(2022, 3, 12),
    hours=7.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_10,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 12, 70, "ÉCOLE NATIONALE DE POLICE DU QUÉBEC"),
        ("Times-Bold", 24, 116, "Attestation de participation"),
        ("Times-Italic", 16, 140, "Certificate of Participation"),
        ("Times-Roman", 13, 174, "décernée à / awarded to"),
        ("Times-Bold", 24, 210, "Agente Sophie Tremblay"),
        ("Times-Roman", 13, 242, "pour avoir suivi la formation / for attending"),
        ("Helvetica-Bold", 18, 274, "Trauma-Informed Policing with Youth"),
        ("Helvetica", 12, 306, "Nicolet, le 12 mars 2022  ·  7 heures / 7 hours"),
    ],
    signature=(90, 120, "Marc Gagnon", "Directeur de la formation"),
)

centred_novel(
    "fr_day_first_stated",
    "Bilingual, 'Date (JJ/MM/AAAA - DD/MM/YYYY): 04/03/2022': 4 March, day first as stated.",
    name="Constable Émilie Roy",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Collège de formation policière de l'Outaouais",
    start=date(2022, 3, 4),
    hours=4.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_10,
    frame="#283593",
    rows=[
        ("Helvetica-Bold", 12, 70, "COLLÈGE DE FORMATION POLICIÈRE DE L'OUTAOUAIS"),
        ("Times-Bold", 22, 114, "Attestation de réussite / Certificate of Completion"),
        ("Times-Roman", 13, 156, "Nous certifions que / This certifies that"),
        ("Times-Bold", 24, 194, "Constable Émilie Roy"),
        ("Times-Roman", 13, 228, "a complété / has completed"),
        ("Helvetica-Bold", 16, 262, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 298, "Date (JJ/MM/AAAA - DD/MM/YYYY) : 04/03/2022"),
        ("Helvetica", 12, 320, "Durée / Duration : 4 h"),
    ],
    signature=(90, 120, "Julie Bergeron", "Registraire / Registrar"),
)

centred_novel(
    "fr_range_heures",
    "French: 'du 14 au 16 novembre 2022', '21 heures de formation'.",
    name="Sergent Luc Bélanger",
    title="Interviewing and Interrogating Juveniles",
    issuer="Institut de formation en sécurité publique",
    start=date(2022, 11, 14),
    end=date(2022, 11, 16),
    hours=21.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_10,
    frame="#4a148c",
    rows=[
        ("Helvetica-Bold", 12, 70, "INSTITUT DE FORMATION EN SÉCURITÉ PUBLIQUE"),
        ("Times-Bold", 26, 120, "Attestation de formation"),
        ("Times-Roman", 13, 160, "est décernée à"),
        ("Times-Bold", 24, 198, "Sergent Luc Bélanger"),
        ("Times-Roman", 13, 232, "qui a suivi avec succès la formation"),
        ("Helvetica-Bold", 18, 266, "Interviewing and Interrogating Juveniles"),
        ("Helvetica", 12, 300, "du 14 au 16 novembre 2022"),
        ("Helvetica", 12, 322, "21 heures de formation"),
    ],
    signature=(90, 120, "Nathalie Côté", "Directrice des études"),
)

# ------------------------------------------------------------------ German, Portuguese

centred_novel(
    "de_maerz_zeitstunden",
    "German: 'Teilnahmebescheinigung', 'am 12. März 2022', 'Umfang: 8 Zeitstunden'.",
    name="Katrin Weber",
    title="Active Shooter Response for Schools",
    issuer="Landespolizeischule",
    start=date(2022, 3, 12),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_10,
    frame="#263238",
    rows=[
        ("Helvetica-Bold", 13, 74, "LANDESPOLIZEISCHULE · FORTBILDUNG"),
        ("Times-Bold", 28, 130, "Teilnahmebescheinigung"),
        ("Times-Roman", 13, 166, "Hiermit wird bescheinigt, dass"),
        ("Times-Bold", 24, 204, "Katrin Weber"),
        ("Times-Roman", 13, 238, "am 12. März 2022 an der Fortbildung"),
        ("Helvetica-Bold", 18, 272, "Active Shooter Response for Schools"),
        ("Times-Roman", 13, 300, "teilgenommen hat."),
        ("Helvetica", 12, 330, "Umfang: 8 Zeitstunden"),
    ],
    signature=(90, 120, "Dr. Frank Hoffmann", "Leiter der Fortbildung"),
)

centred_novel(
    "de_dotted_datum",
    "German: 'Datum: 07.06.2022' (7 June), 'Dauer: 4 Stunden'.",
    name="Jonas Becker",
    title="Standard Response Protocol Training",
    issuer="Bildungszentrum Schulsicherheit",
    start=date(2022, 6, 7),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_10,
    frame="#3e2723",
    rows=[
        ("Helvetica-Bold", 13, 74, "BILDUNGSZENTRUM SCHULSICHERHEIT"),
        ("Times-Bold", 28, 130, "Zertifikat"),
        ("Times-Roman", 13, 166, "verliehen an"),
        ("Times-Bold", 24, 204, "Jonas Becker"),
        ("Times-Roman", 13, 238, "für den erfolgreichen Abschluss des Kurses"),
        ("Helvetica-Bold", 18, 272, "Standard Response Protocol Training"),
        ("Helvetica", 12, 306, "Datum: 07.06.2022      Dauer: 4 Stunden"),
    ],
    signature=(90, 120, "Sabine Krüger", "Kursleitung"),
)

centred_novel(
    "pt_conclusao",
    "Portuguese: 'Certificado de Conclusão', 'realizado em 12 de março de 2022', 'carga horária de 8 horas'.",
    name="Inspetora Mariana Costa Silva",
    title="Juvenile Law for Law Enforcement",
    issuer="Academia de Polícia Civil",
    start=date(2022, 3, 12),
    hours=8.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_10,
    frame="#1b5e20",
    rows=[
        ("Helvetica-Bold", 13, 74, "ACADEMIA DE POLÍCIA CIVIL"),
        ("Times-Bold", 28, 130, "Certificado de Conclusão"),
        ("Times-Roman", 13, 166, "Certificamos que"),
        ("Times-Bold", 24, 204, "Inspetora Mariana Costa Silva"),
        ("Times-Roman", 13, 238, "concluiu o curso"),
        ("Helvetica-Bold", 18, 272, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 306, "realizado em 12 de março de 2022, com carga horária de 8 horas."),
    ],
    signature=(90, 120, "Paulo Henrique Souza", "Diretor de Ensino"),
)

centred_novel(
    "pt_periodo",
    "Portuguese: 'no período de 3 a 5 de maio de 2022', 'Carga horária: 24h'.",
    name="Rafael Oliveira Santos",
    title="Child Abuse and Neglect Investigations",
    issuer="Escola Superior de Segurança Pública",
    start=date(2022, 5, 3),
    end=date(2022, 5, 5),
    hours=24.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_10,
    frame="#006064",
    rows=[
        ("Helvetica-Bold", 13, 74, "ESCOLA SUPERIOR DE SEGURANÇA PÚBLICA"),
        ("Times-Bold", 28, 130, "Certificado"),
        ("Times-Roman", 13, 166, "Conferido a"),
        ("Times-Bold", 24, 204, "Rafael Oliveira Santos"),
        ("Times-Roman", 13, 238, "pela participação no curso"),
        ("Helvetica-Bold", 18, 272, "Child Abuse and Neglect Investigations"),
        ("Helvetica", 12, 306, "no período de 3 a 5 de maio de 2022"),
        ("Helvetica", 12, 330, "Carga horária: 24h"),
    ],
    signature=(90, 120, "Cel. André Lima", "Comandante"),
)

# ------------------------------------------------------------------ durations written unusually

centred_novel(
    "seat_time_hms",
    "'Seat time: 02:30:00 (hh:mm:ss)': 2.5 hours.",
    name="Officer Dana K. Whitfield",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="PatrolPoint eLearning",
    start=date(2023, 2, 14),
    hours=2.5,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_10,
    frame="#37474f",
    rows=[
        ("Helvetica-Bold", 14, 74, "PatrolPoint eLearning"),
        _CERT,
        ("Helvetica", 12, 166, "This is to certify that"),
        ("Helvetica-Bold", 22, 200, "Officer Dana K. Whitfield"),
        ("Helvetica", 12, 232, "has completed the online course"),
        ("Helvetica-Bold", 16, 262, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 296, "Completed: February 14, 2023"),
        ("Helvetica", 12, 316, "Seat time: 02:30:00 (hh:mm:ss)"),
    ],
    signature=(90, 120, "Erin Blake", "Learning Administrator"),
)

centred_novel(
    "hrs_and_mins",
    "'Training time: 2 hrs 30 mins': 2.5 hours.",
    name="Deputy Marcus L. Greene",
    title="Trauma-Informed Policing with Youth",
    issuer="Valley Regional Training Consortium",
    start=date(2023, 3, 9),
    hours=2.5,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_10,
    frame="#880e4f",
    rows=[
        ("Helvetica-Bold", 13, 74, "VALLEY REGIONAL TRAINING CONSORTIUM"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Deputy Marcus L. Greene"),
        ("Times-Roman", 13, 238, "has successfully completed"),
        ("Helvetica-Bold", 18, 272, "Trauma-Informed Policing with Youth"),
        ("Helvetica", 12, 306, "March 9, 2023  ·  Training time: 2 hrs 30 mins"),
    ],
    signature=(90, 120, "Ken Moody", "Consortium Director"),
)

centred_novel(
    "minutes_150",
    "'Length: 150 minutes': 2.5 hours.",
    name="Officer Priya N. Raman",
    title="Standard Response Protocol Training",
    issuer="Safe Campus Collaborative",
    start=date(2023, 8, 2),
    hours=2.5,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_10,
    frame="#bf360c",
    rows=[
        ("Helvetica-Bold", 13, 74, "SAFE CAMPUS COLLABORATIVE"),
        ("Times-Bold", 28, 130, "Certificate of Attendance"),
        ("Times-Roman", 13, 166, "presented to"),
        ("Times-Bold", 24, 204, "Officer Priya N. Raman"),
        ("Times-Roman", 13, 238, "for attending"),
        ("Helvetica-Bold", 18, 272, "Standard Response Protocol Training"),
        ("Helvetica", 12, 306, "August 2, 2023"),
        ("Helvetica", 12, 330, "Length: 150 minutes"),
    ],
    signature=(90, 120, "Tom Ridley", "Program Lead"),
)

centred_novel(
    "course_length_days",
    "'Course length: 5 days' with the week's dates, no hours printed: never guessed, a person's.",
    name="Officer Lamar J. Hines",
    title="Crisis Intervention Teams for Youth (CIT-Y)",
    issuer="Metro Crisis Training Partnership",
    start=date(2023, 10, 16),
    end=date(2023, 10, 20),
    hours=None,
    catalog_id="cit-youth",
    category="juvenile",
    must_review=True,
    registry=NOVELS_10,
    frame="#4e342e",
    rows=[
        ("Helvetica-Bold", 13, 74, "METRO CRISIS TRAINING PARTNERSHIP"),
        _CERT,
        ("Times-Roman", 13, 166, "is awarded to"),
        ("Times-Bold", 24, 204, "Officer Lamar J. Hines"),
        ("Times-Roman", 13, 238, "for completing"),
        ("Helvetica-Bold", 18, 272, "Crisis Intervention Teams for Youth (CIT-Y)"),
        ("Helvetica", 12, 306, "October 16-20, 2023"),
        ("Helvetica", 12, 330, "Course length: 5 days"),
    ],
    signature=(90, 120, "Dr. Irene Walsh", "Clinical Director"),
)

centred_novel(
    "ceu_075",
    "'Awarded 0.75 CEU' alone: 7.5 hours.",
    name="Karen T. Oduya",
    title="Youth Mental Health First Aid",
    issuer="Lakeshore College Center for Continuing Studies",
    start=date(2023, 4, 27),
    hours=7.5,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_10,
    frame="#311b92",
    rows=[
        ("Helvetica-Bold", 12, 74, "LAKESHORE COLLEGE CENTER FOR CONTINUING STUDIES"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Karen T. Oduya"),
        ("Times-Roman", 13, 238, "has satisfactorily completed"),
        ("Helvetica-Bold", 18, 272, "Youth Mental Health First Aid"),
        ("Helvetica", 12, 306, "April 27, 2023"),
        ("Helvetica-Bold", 12, 330, "Awarded 0.75 CEU"),
    ],
    signature=(90, 120, "Dr. Paul Brenner", "Dean"),
)

centred_novel(
    "post_hours_75",
    "'7.5 POST hours' on the date line.",
    name="Officer Victor M. Alvarado",
    title="Juvenile Law for Law Enforcement",
    issuer="Golden State Regional Academy",
    start=date(2023, 6, 13),
    hours=7.5,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_10,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "GOLDEN STATE REGIONAL ACADEMY"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Victor M. Alvarado"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 272, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 306, "June 13, 2023  ·  7.5 POST hours  ·  Course Control #2140-31877"),
    ],
    signature=(90, 120, "Lt. Sam Ochoa", "Academy Coordinator"),
)

centred_novel(
    "contact_hours_with_ceu",
    "'Contact hours: 6 (0.6 CEU)': one amount, 6 hours.",
    name="Rebecca J. Lindqvist",
    title="Active Shooter Response for Schools",
    issuer="Northern Plains University Extension",
    start=date(2023, 9, 19),
    hours=6.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_10,
    frame="#33691e",
    rows=[
        ("Helvetica-Bold", 13, 74, "NORTHERN PLAINS UNIVERSITY EXTENSION"),
        _CERT,
        ("Times-Roman", 13, 166, "awarded to"),
        ("Times-Bold", 24, 204, "Rebecca J. Lindqvist"),
        ("Times-Roman", 13, 238, "for completion of"),
        ("Helvetica-Bold", 18, 272, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 306, "September 19, 2023"),
        ("Helvetica", 12, 330, "Contact hours: 6 (0.6 CEU)"),
    ],
    signature=(90, 120, "Dr. Helen Strand", "Director of Extension"),
)

centred_novel(
    "hours_in_words_fraction",
    "'six and one-half (6.5) hours' in prose.",
    name="Officer Nathan B. Cole",
    title="School Emergency Operations Planning",
    issuer="Tri-County School Safety Office",
    start=date(2023, 1, 25),
    hours=6.5,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_10,
    frame="#006064",
    rows=[
        ("Helvetica-Bold", 13, 74, "TRI-COUNTY SCHOOL SAFETY OFFICE"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Nathan B. Cole"),
        ("Times-Roman", 13, 238, "completed six and one-half (6.5) hours of"),
        ("Helvetica-Bold", 18, 272, "School Emergency Operations Planning"),
        ("Helvetica", 12, 306, "on January 25, 2023"),
    ],
    signature=(90, 120, "Maria Fenton", "Safety Coordinator"),
)


@novel(
    "modules_table_total",
    name="Sgt. Evelyn R. Park",
    title="Interviewing and Interrogating Juveniles",
    issuer="Coastal Plains Police Academy",
    start=date(2023, 5, 8),
    end=date(2023, 5, 9),
    hours=16.0,
    catalog_id="juvenile-interview",
    category="juvenile",
    registry=NOVELS_10,
)
def _modules_table_total(c: Any, w: float, h: float) -> None:
    """A table of four modules with their hours, a ruled 'Total' row, the dates above it."""
    _frame(c, w, h, "#0d47a1")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 13, 74, "COASTAL PLAINS POLICE ACADEMY"),
            _CERT,
            ("Times-Roman", 13, 166, "This certifies that"),
            ("Times-Bold", 24, 204, "Sgt. Evelyn R. Park"),
            ("Times-Roman", 13, 238, "has successfully completed"),
            ("Helvetica-Bold", 18, 272, "Interviewing and Interrogating Juveniles"),
            ("Helvetica", 12, 300, "May 8-9, 2023"),
        ],
    )
    x0, x1, y = w / 2 - 170, w / 2 + 170, h - 334
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x0, y, "Module")
    c.drawRightString(x1, y, "Hours")
    c.line(x0, y - 4, x1, y - 4)
    rows = [
        ("1  Adolescent development and the law", "4.0"),
        ("2  Rapport and question design", "4.0"),
        ("3  Miranda and juvenile waivers", "3.5"),
        ("4  Practical exercises", "4.5"),
    ]
    c.setFont("Helvetica", 10)
    for label, hrs in rows:
        y -= 16
        c.drawString(x0, y, label)
        c.drawRightString(x1, y, hrs)
    c.line(x0, y - 5, x1, y - 5)
    y -= 18
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x0, y, "Total")
    c.drawRightString(x1, y, "16.0")
    _signature(c, 90, 110, 200, "mtt", "Capt. Ray Dunn", "Academy Director")


# ------------------------------------------------------------------ online platforms


@novel(
    "webinar_viewed_on",
    name="Officer Gloria S. Fuentes",
    title="Trauma-Informed Policing with Youth",
    issuer="JusticeCast Webinars",
    start=date(2023, 9, 14),
    hours=1.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_10,
)
def _webinar_viewed_on(c: Any, w: float, h: float) -> None:
    """A webinar's certificate: 'Viewed on', 'Webinar length: 60 min', a registration id full of digits."""
    _frame(c, w, h, "#006064")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 74, "JusticeCast Webinars"),
            ("Helvetica-Bold", 26, 124, "Certificate of Attendance"),
            ("Helvetica", 12, 158, "This certificate is presented to"),
            ("Helvetica-Bold", 22, 192, "Officer Gloria S. Fuentes"),
            ("Helvetica", 12, 222, "for viewing the live webinar"),
            ("Helvetica-Bold", 16, 254, "Trauma-Informed Policing with Youth"),
        ],
    )
    _pairs(
        c,
        w / 2 - 150,
        h - 300,
        [
            ("Viewed on:", "09/14/2023"),
            ("Webinar length:", "60 min"),
            ("Registration ID:", "2309-1414-0061"),
        ],
        gap=130,
    )
    c.setFont("Helvetica", 8)
    c.drawString(60, 46, "Verify: https://justicecast.tv/cert/230914/00061?k=88412907")
    _signature(c, 90, 110, 200, "jcw", "Dana Price", "Producer")


@novel(
    "selfpaced_iso_seconds",
    name="Terrence O. Malik",
    title="Active Shooter Response for Schools",
    issuer="ShieldLearn",
    start=date(2023, 4, 5),
    hours=2.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_10,
)
def _selfpaced_iso_seconds(c: Any, w: float, h: float) -> None:
    """A self-paced course: 'Enrolled: 2023-03-28T09:01:44Z' above 'Completed: 2023-04-05T14:22:10Z'."""
    _frame(c, w, h, "#263238")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 74, "ShieldLearn"),
            ("Helvetica-Bold", 26, 124, "Certificate of Completion"),
            ("Helvetica", 12, 158, "Awarded to"),
            ("Helvetica-Bold", 22, 192, "Terrence O. Malik"),
            ("Helvetica", 12, 222, "for completing the self-paced course"),
            ("Helvetica-Bold", 16, 254, "Active Shooter Response for Schools"),
        ],
    )
    _pairs(
        c,
        w / 2 - 150,
        h - 300,
        [
            ("Enrolled:", "2023-03-28T09:01:44Z"),
            ("Completed:", "2023-04-05T14:22:10Z"),
            ("Course hours:", "2.0"),
            ("Certificate #:", "SL-20230405-142210"),
        ],
        gap=120,
    )
    _qr(c, w - 150, 60, 70, "https://shieldlearn.com/v/20230405142210/7731")
    _signature(c, 90, 110, 200, "slr", "Ivy Chen", "Head of Learning")


@novel(
    "quiz_score_passed",
    name="Officer Hannah E. Voss",
    title="Juvenile Law for Law Enforcement",
    issuer="CopTrainer Online",
    start=date(2023, 11, 2),
    hours=None,
    catalog_id="juvenile-law",
    category="juvenile",
    must_review=True,
    registry=NOVELS_10,
)
def _quiz_score_passed(c: Any, w: float, h: float) -> None:
    """'Score: 85%' and a 'PASSED' badge, no hours printed: a person's (never 85 hours)."""
    _frame(c, w, h, "#1b5e20")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 74, "CopTrainer Online"),
            ("Helvetica-Bold", 26, 124, "Certificate of Completion"),
            ("Helvetica", 12, 158, "This certifies that"),
            ("Helvetica-Bold", 22, 192, "Officer Hannah E. Voss"),
            ("Helvetica", 12, 222, "has passed the final examination of"),
            ("Helvetica-Bold", 16, 254, "Juvenile Law for Law Enforcement"),
            ("Helvetica-Bold", 20, 296, "PASSED"),
        ],
    )
    _pairs(c, w / 2 - 120, h - 330, [("Date:", "11/02/2023"), ("Score:", "85%"), ("Attempts:", "2")], gap=100)
    _signature(c, 90, 110, 200, "cto", "Lee Harmon", "Course Administrator")


@novel(
    "passed_badge_verify",
    name="Alicia D. Romero",
    title="Standard Response Protocol Training",
    issuer="SchoolSafe Academy Online",
    start=date(2023, 4, 15),
    hours=1.5,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_10,
)
def _passed_badge_verify(c: Any, w: float, h: float) -> None:
    """A 'PASSED' badge, a certificate id and a verification URL full of digits, '1.5 hours'."""
    _frame(c, w, h, "#4a148c")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 74, "SchoolSafe Academy Online"),
            ("Helvetica-Bold", 26, 124, "Certificate of Completion"),
            ("Helvetica", 12, 158, "presented to"),
            ("Helvetica-Bold", 22, 192, "Alicia D. Romero"),
            ("Helvetica", 12, 222, "for completing"),
            ("Helvetica-Bold", 16, 254, "Standard Response Protocol Training"),
            ("Helvetica", 12, 286, "April 15, 2023  ·  1.5 hours"),
            ("Helvetica-Bold", 16, 318, "PASSED"),
        ],
    )
    c.setFont("Helvetica", 8)
    c.drawString(60, 58, "Certificate ID 20230415-8841-0012")
    c.drawString(60, 46, "Verify at https://verify.schoolsafe.academy/c/8841/2023/0415/12")
    _qr(c, w - 150, 60, 70, "https://verify.schoolsafe.academy/c/8841/2023/0415/12")
    _signature(c, 90, 110, 200, "ssa", "Rob Tate", "Director of Online Learning")


@novel(
    "assessment_and_credit",
    name="Officer Jamal K. Price",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Frontline Learning Hub",
    start=date(2023, 7, 18),
    hours=3.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_10,
)
def _assessment_and_credit(c: Any, w: float, h: float) -> None:
    """'Final assessment: 92/100' beside 'Credit hours: 3'."""
    _frame(c, w, h, "#bf360c")
    _centred(
        c,
        w,
        h,
        [
            ("Helvetica-Bold", 14, 74, "Frontline Learning Hub"),
            ("Helvetica-Bold", 26, 124, "Certificate of Completion"),
            ("Helvetica", 12, 158, "This is to certify that"),
            ("Helvetica-Bold", 22, 192, "Officer Jamal K. Price"),
            ("Helvetica", 12, 222, "has successfully completed"),
            ("Helvetica-Bold", 16, 254, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ],
    )
    _pairs(
        c,
        w / 2 - 140,
        h - 300,
        [("Date completed:", "July 18, 2023"), ("Final assessment:", "92/100"), ("Credit hours:", "3")],
        gap=130,
    )
    _signature(c, 90, 110, 200, "flh", "Nina Shah", "Program Director")


# ------------------------------------------------------------------ unusual participant lines

centred_novel(
    "bearer_below_name",
    "The name first, then 'This certifies that the bearer has satisfactorily completed'.",
    name="Officer Quentin R. Haas",
    title="School Emergency Operations Planning",
    issuer="Mountain West School Safety Institute",
    start=date(2023, 2, 22),
    hours=8.0,
    catalog_id="school-emergency-ops",
    category="school_safety",
    registry=NOVELS_10,
    frame="#3e2723",
    rows=[
        ("Helvetica-Bold", 13, 74, "MOUNTAIN WEST SCHOOL SAFETY INSTITUTE"),
        _CERT,
        ("Times-Bold", 24, 180, "Officer Quentin R. Haas"),
        ("Times-Roman", 13, 214, "This certifies that the bearer has satisfactorily completed"),
        ("Helvetica-Bold", 18, 250, "School Emergency Operations Planning"),
        ("Helvetica", 12, 284, "February 22, 2023  ·  8 hours"),
    ],
    signature=(90, 120, "Gail Winters", "Institute Director"),
)

centred_novel(
    "awarded_to_last_first",
    "'Awarded to: RAMIREZ, Luis M.' (surname first, in capitals).",
    name="RAMIREZ, Luis M.",
    title="Youth Mental Health First Aid",
    issuer="County Behavioral Health Training Unit",
    start=date(2023, 3, 30),
    hours=8.0,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_10,
    frame="#880e4f",
    rows=[
        ("Helvetica-Bold", 13, 74, "COUNTY BEHAVIORAL HEALTH TRAINING UNIT"),
        _CERT,
        ("Helvetica-Bold", 16, 180, "Awarded to: RAMIREZ, Luis M."),
        ("Times-Roman", 13, 214, "for successfully completing"),
        ("Helvetica-Bold", 18, 250, "Youth Mental Health First Aid"),
        ("Helvetica", 12, 284, "Date: 03/30/2023      Hours: 8"),
    ],
    signature=(90, 120, "Dr. Omar Hale", "Unit Supervisor"),
)

centred_novel(
    "rank_caps_badge",
    "'SGT. MARIA DELGADO-RUIZ #4412' in capitals with a badge number (never hours nor a date).",
    name="SGT. MARIA DELGADO-RUIZ",
    title="Active Shooter Response for Schools",
    issuer="Desert Valley Police Training Center",
    start=date(2023, 6, 6),
    hours=8.0,
    catalog_id="school-active-shooter",
    category="school_safety",
    registry=NOVELS_10,
    frame="#b71c1c",
    rows=[
        ("Helvetica-Bold", 13, 74, "DESERT VALLEY POLICE TRAINING CENTER"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 22, 204, "SGT. MARIA DELGADO-RUIZ #4412"),
        ("Times-Roman", 13, 238, "has completed"),
        ("Helvetica-Bold", 18, 272, "Active Shooter Response for Schools"),
        ("Helvetica", 12, 306, "June 6, 2023  ·  Eight (8) hours"),
    ],
    signature=(90, 120, "Cmdr. Luis Ortega", "Training Commander"),
)

centred_novel(
    "suffix_jr",
    "'Officer Darnell T. Washington Jr.' with a hyphen-free suffix.",
    name="Officer Darnell T. Washington Jr.",
    title="Juvenile Law for Law Enforcement",
    issuer="Capital Area Justice Academy",
    start=date(2023, 8, 15),
    hours=4.0,
    catalog_id="juvenile-law",
    category="juvenile",
    registry=NOVELS_10,
    frame="#283593",
    rows=[
        ("Helvetica-Bold", 13, 74, "CAPITAL AREA JUSTICE ACADEMY"),
        _CERT,
        ("Times-Roman", 13, 166, "is hereby granted to"),
        ("Times-Bold", 24, 204, "Officer Darnell T. Washington Jr."),
        ("Times-Roman", 13, 238, "for completing"),
        ("Helvetica-Bold", 18, 272, "Juvenile Law for Law Enforcement"),
        ("Helvetica", 12, 306, "August 15, 2023  ·  4.0 hours"),
    ],
    signature=(90, 120, "Diane Fox", "Academy Registrar"),
)

centred_novel(
    "caps_suffix_iii",
    "'DEPUTY ROBERT E. LANGSTON III' in capitals.",
    name="DEPUTY ROBERT E. LANGSTON III",
    title="Trauma-Informed Policing with Youth",
    issuer="Southern Sheriffs Training Institute",
    start=date(2023, 12, 5),
    hours=8.0,
    catalog_id="trauma-informed-youth",
    category="juvenile",
    registry=NOVELS_10,
    frame="#4e342e",
    rows=[
        ("Helvetica-Bold", 13, 74, "SOUTHERN SHERIFFS TRAINING INSTITUTE"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 22, 204, "DEPUTY ROBERT E. LANGSTON III"),
        ("Times-Roman", 13, 238, "has completed eight (8) hours of"),
        ("Helvetica-Bold", 18, 272, "Trauma-Informed Policing with Youth"),
        ("Helvetica", 12, 306, "December 5, 2023"),
    ],
    signature=(90, 120, "Sheriff Tom Bales", "Chairman"),
)

centred_novel(
    "badge_like_date",
    "A badge number '1215' and an ID '0612' beside the name: never a date, never hours.",
    name="Officer Kim Nguyen-Park",
    title="Standard Response Protocol Training",
    issuer="Lakeside Unified School District Police",
    start=date(2023, 9, 27),
    hours=4.0,
    catalog_id="srp-training",
    category="school_safety",
    registry=NOVELS_10,
    frame="#004d40",
    rows=[
        ("Helvetica-Bold", 13, 74, "LAKESIDE UNIFIED SCHOOL DISTRICT POLICE"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 24, 204, "Officer Kim Nguyen-Park"),
        ("Helvetica", 11, 226, "Badge 1215  ·  Employee ID 0612"),
        ("Times-Roman", 13, 254, "has completed"),
        ("Helvetica-Bold", 18, 284, "Standard Response Protocol Training"),
        ("Helvetica", 12, 316, "September 27, 2023  ·  4 hours"),
    ],
    signature=(90, 120, "Chief Ana Mora", "Chief of Police"),
)

centred_novel(
    "badge_caption_line",
    "'Name: Officer Carlos Ibarra   Badge #: 0915' then the course; hours in 'Hrs.'.",
    name="Officer Carlos Ibarra",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Riverbend Police Department Training Unit",
    start=date(2023, 10, 11),
    hours=2.0,
    catalog_id="bullying-prevention",
    category="juvenile",
    registry=NOVELS_10,
    frame="#1a237e",
    rows=[
        ("Helvetica-Bold", 13, 74, "RIVERBEND POLICE DEPARTMENT · TRAINING UNIT"),
        ("Times-Bold", 28, 130, "Training Certificate"),
        ("Helvetica", 13, 176, "Name: Officer Carlos Ibarra      Badge #: 0915"),
        ("Helvetica", 13, 200, "Course: Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 13, 224, "Date: 10/11/2023      Hrs.: 2.0"),
    ],
    signature=(90, 120, "Lt. Amy Cross", "Training Officer"),
)


def holder_right(doc: ClassifiedDocument, n: Novel) -> bool:
    """The document's holder read as the truth's (titles, initials and suffixes aside)."""
    name = doc.participant_name.text if doc.participant_name else None
    return name is not None and name_tokens(name) == name_tokens(n.participant_name)


# ------------------------------------------------------------------ times of day in other notations

centred_novel(
    "fr_horaire_no_length",
    "French: 'le 12 mars 2022, de 8 h 30 à 16 h 30', no length stated: never 8.5 hours, a person's.",
    name="Agente Chloé Lefebvre",
    title="School Emergency Operations Planning",
    issuer="Centre de formation en sécurité scolaire",
    start=date(2022, 3, 12),
    hours=None,
    catalog_id="school-emergency-ops",
    category="school_safety",
    must_review=True,
    registry=NOVELS_10,
    frame="#0d47a1",
    rows=[
        ("Helvetica-Bold", 12, 74, "CENTRE DE FORMATION EN SÉCURITÉ SCOLAIRE"),
        ("Times-Bold", 26, 124, "Attestation de participation"),
        ("Times-Roman", 13, 162, "décernée à"),
        ("Times-Bold", 24, 200, "Agente Chloé Lefebvre"),
        ("Times-Roman", 13, 234, "pour avoir suivi la formation"),
        ("Helvetica-Bold", 18, 268, "School Emergency Operations Planning"),
        ("Helvetica", 12, 302, "le 12 mars 2022, de 8 h 30 à 16 h 30"),
    ],
    signature=(90, 120, "Isabelle Girard", "Responsable pédagogique"),
)

centred_novel(
    "es_horario_no_length",
    "Spanish: 'Horario: 9:00 a 13:00 hrs', no length stated: never 13 hours, a person's.",
    name="Oficial Rodrigo Paredes",
    title="Bullying and Cyberbullying Prevention for Law Enforcement",
    issuer="Academia Municipal de Policía",
    start=date(2023, 2, 14),
    hours=None,
    catalog_id="bullying-prevention",
    category="juvenile",
    must_review=True,
    registry=NOVELS_10,
    frame="#b71c1c",
    rows=[
        ("Helvetica-Bold", 13, 74, "ACADEMIA MUNICIPAL DE POLICÍA"),
        ("Times-Bold", 26, 124, "Constancia de Asistencia"),
        ("Times-Roman", 13, 162, "se otorga a"),
        ("Times-Bold", 24, 200, "Oficial Rodrigo Paredes"),
        ("Times-Roman", 13, 234, "por su asistencia al taller"),
        ("Helvetica-Bold", 16, 268, "Bullying and Cyberbullying Prevention for Law Enforcement"),
        ("Helvetica", 12, 302, "14 de febrero de 2023  ·  Horario: 9:00 a 13:00 hrs"),
    ],
    signature=(90, 120, "Cmdte. Elena Vargas", "Directora"),
)

centred_novel(
    "fr_duree_h_min",
    "French: 'Durée : 7 h 30' (seven and a half hours, never 7).",
    name="Sergent Marc-André Pelletier",
    title="Youth Mental Health First Aid",
    issuer="Association québécoise de prévention",
    start=date(2022, 10, 6),
    hours=7.5,
    catalog_id="ymhfa",
    category="juvenile",
    registry=NOVELS_10,
    frame="#004d40",
    rows=[
        ("Helvetica-Bold", 12, 74, "ASSOCIATION QUÉBÉCOISE DE PRÉVENTION"),
        ("Times-Bold", 26, 124, "Attestation de réussite"),
        ("Times-Roman", 13, 162, "est décernée à"),
        ("Times-Bold", 24, 200, "Sergent Marc-André Pelletier"),
        ("Times-Roman", 13, 234, "qui a suivi avec succès la formation"),
        ("Helvetica-Bold", 18, 268, "Youth Mental Health First Aid"),
        ("Helvetica", 12, 302, "le 6 octobre 2022"),
        ("Helvetica", 12, 326, "Durée : 7 h 30"),
    ],
    signature=(90, 120, "Louise Caron", "Directrice générale"),
)

centred_novel(
    "caps_badge_after_comma",
    "'DET. JAMES O'NEIL III, Badge No. 12/15' under the cue: its number is no date, no part of the name.",
    name="DET. JAMES O'NEIL III",
    title="Child Abuse and Neglect Investigations",
    issuer="Harbor City Police Academy",
    start=date(2023, 11, 6),
    end=date(2023, 11, 8),
    hours=24.0,
    catalog_id="child-abuse-inv",
    category="juvenile",
    registry=NOVELS_10,
    frame="#263238",
    rows=[
        ("Helvetica-Bold", 13, 74, "HARBOR CITY POLICE ACADEMY"),
        _CERT,
        ("Times-Roman", 13, 166, "This certifies that"),
        ("Times-Bold", 20, 204, "DET. JAMES O'NEIL III, Badge No. 12/15"),
        ("Times-Roman", 13, 238, "has successfully completed"),
        ("Helvetica-Bold", 18, 272, "Child Abuse and Neglect Investigations"),
        ("Helvetica", 12, 306, "November 6-8, 2023  ·  24 hours"),
    ],
    signature=(90, 120, "Capt. Rita Moss", "Academy Commander"),
)
