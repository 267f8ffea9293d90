"""Pages that name a course but prove no completion of it by their holder.

A registration confirmation, an enrolment receipt or an invoice names a course, its dates and its hours;
so does a certificate thanking its holder for teaching the course, a record of part of it attended, a
progress statement, a result notice of a course failed or left incomplete, a waiver of the course. Each
reads like a certificate, and none is one: its course is never credited without a person, who reads the
reason (:func:`no_completion_reason`).

The wordings are whole phrases, never a word alone ("Registration No." and "Instructor: Sgt. Ellis" are on
genuine certificates too, "Result: Pass" is one), and a count of hours "of" a total is partial only when
the two differ ("attended 8 of 8 hours" is the whole course). A genuine certificate's small print may state
the issuer's policy in the same words ("Participants who did not complete the full course receive no
credit.", "No partial credit is awarded."): a wording whose subject is anyone of a group ("participants
who", "anyone who") or a partial credit denied is a rule, not what the holder did (:func:`_policy`).
"""

from __future__ import annotations

import re

from classify.types import NOT_ATTENDANCE, PROGRAMME_NOT_ATTENDANCE

_NUM = r"\d+(?:\.\d+)?"
_ROLE = r"(?:instructor|trainer|facilitator|teacher|presenter|course\s+director|cadre)"

# (what the page says, the words that say it): the first kind found is the reason.
NO_COMPLETION_WORDINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a registration, enrolment, payment or announcement of the course, not its completion",
        re.compile(
            r"\byou\s+(?:are|have\s+been)\s+(?:now\s+)?(?:registered|enrolled|signed\s+up)\b"
            r"|\bregistration\s+(?:confirmation|confirmed|receipt|acknowledge?ment)\b"
            r"|\benrol?l?ment\s+(?:confirmation|confirmed|receipt|verification)\b"
            r"|\bconfirmation\s+of\s+(?:your\s+)?(?:registration|enrol?l?ment)\b"
            r"|\bthank\s+you\s+for\s+(?:registering|enrolling|your\s+registration)\b"
            r"|\bconfirms?\s+your\s+(?:seat|spot|place|registration|enrol?l?ment|reservation)\b"
            r"|\byour\s+(?:seat|spot|place|reservation)\s+(?:is|has\s+been)\s+(?:reserved|confirmed|secured|held)\b"
            r"|\b(?:tuition|registration\s+fee|course\s+fee|fee)\s+paid\b"
            r"|\b(?:total|amount|balance)\s+due\b|\bpayment\s+(?:is\s+)?due\b"
            r"|^\W*invoice\b|\binvoice\s+(?:no|number|date|#)"
            r"|\bregister\s+(?:by|before|online|now|today|at)\b|\bto\s+register\b"
            r"|\bregistration\s+(?:deadline|closes|opens|is\s+open)\b|\bwho\s+should\s+attend\b"
            # an e-mail sent on signing up: "Thanks for signing up", "Join Zoom Meeting", "Meeting ID:"
            r"|\bthanks?\s+(?:you\s+)?for\s+(?:signing\s+up|registering|enrolling)\b"
            r"|\bjoin\s+(?:the\s+)?(?:zoom|teams|webex)\s+(?:meeting|webinar|session)\b|\bmeeting\s+id\s*:"
            # accepted into a course, reminded of one: "You have been accepted into", "Your class begins"
            r"|\byou\s+(?:have\s+been|are|were)\s+(?:accepted|admitted)\b"
            r"|\b(?:accepted|admitted)\s+into\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:course|class|program|academy)\b"
            r"|\b(?:class|course|training)\s+reminder\b|\byour\s+(?:class|course|training)\s+(?:begins|starts)\b"
            # a seat held or a place on a waitlist: "Seat Confirmation", "holding a seat for you", "reserve
            # your seat", "You are number 3 on the wait list", "if a seat opens"
            r"|\bseat\s+confirmation\b|\b(?:holding|reserved?|save)\s+(?:a|your)\s+(?:seat|spot|place)\b"
            r"|\b(?:on|to)\s+(?:the|a|our)\s+wait(?:ing)?[\s-]*list\b|\bif\s+a\s+(?:seat|spot|space)\s+opens\b"
            # a form to register, a letter before the course: "Course Registration Form", "Upon successful
            # completion, you will receive a certificate"; a catalogue's "Next Offering:", "Prerequisites:"
            r"|\bregistration\s+form\b|\bnext\s+offering\s*:|\bprerequisites?\s*:"
            r"|\bupon\s+(?:successful\s+)?completion\b[^.\n]{0,60}?\byou\s+will\s+(?:receive|be\s+awarded|earn)\b",
            re.I | re.M,
        ),
    ),
    (
        # A travel or training authorization, a request to attend: written before the event, it says the
        # holder may go, never that they went.
        "an approval or request to attend, not attendance",
        re.compile(
            r"\b(?:is|are|was|were|has\s+been|have\s+been|hereby)\s+(?:authori[sz]ed|approved|permitted|"
            r"cleared)\s+(?:to\s+attend|to\s+travel|for\s+(?:travel|attendance))\b"
            r"|\b(?:travel|training)\s*(?:/\s*(?:travel|training)\s*)?(?:authori[sz]ation|request|approval)\s+form\b"
            r"|^\W*(?:training\s*/\s*)?travel\s+(?:authori[sz]ation|request)\b"
            r"|\b(?:request|approval)\s+(?:to|for)\s+(?:[\w-]+\s+){0,2}?(?:attend|travel)\b"
            r"|\bestimated\s+(?:travel\s+)?(?:costs?|expenses)\b",
            re.I | re.M,
        ),
    ),
    (
        "the holder taught the course (instructor, trainer), not a completion of it",
        re.compile(
            r"\bfor\s+(?:instructing|teaching|facilitating|co-?facilitating)\b"
            rf"|\b(?:served|serving|service)\s+as\s+(?:an?\s+|the\s+)?(?:lead\s+|assistant\s+|adjunct\s+|"
            rf"guest\s+|master\s+|primary\s+|co-?)?{_ROLE}s?\b"
            r"|\bin\s+recognition\s+of\s+(?:your\s+|his\s+|her\s+)?(?:instruction|teaching)\b",
            re.I,
        ),
    ),
    (
        "part of the course attended or credited, not its completion",
        re.compile(
            r"\bpartial\s+(?:credit|attendance|completion|hours)\b"
            # "left early", "arrived late"; "Hours attended: 4 of 8" (a label's colon before the count)
            r"|\b(?:left|departed)\s+(?:the\s+(?:course|class|training|session)\s+)?early\b"
            r"|\barrived\s+late\b"
            rf"|\b(?:attended|completed|present\s+for)\s*:?\s*(?:only\s+)?(?P<part>{_NUM})\s+(?:hours?\s+|hrs?\.?\s+)?"
            rf"(?:of|out\s+of)\s+(?:the\s+|a\s+)?(?P<whole>{_NUM})\b",
            re.I,
        ),
    ),
    (
        "the course not yet completed (in progress, expected, scheduled)",
        re.compile(
            r"\bstatus\s*:?\s*(?:in\s+progress|enrolled|registered|scheduled|pending|not\s+started)\b"
            r"|\bexpected\s+(?:completion|to\s+(?:complete|finish))\b"
            r"|\b(?:is|are|has\s+been)\s+scheduled\s+(?:to\s+attend|to\s+complete|to\s+begin|for)\b"
            r"|\bnot\s+yet\s+(?:been\s+)?(?:completed?|finished|attended)\b"
            r"|\bwill\s+(?:attend|be\s+attending|participate\s+in|take\s+part\s+in)\b"
            # an LMS learning plan: courses assigned, each with a due date ("My Learning Plan"; a page's text
            # may be one run of words, so no line of its own is asked)
            r"|\b(?:my|individual|personal)\s+learning\s+plan\b",
            re.I,
        ),
    ),
    (
        # a class cancelled: "has been cancelled", "Class Cancellation Notice"
        "a cancellation of the course, not its completion",
        re.compile(
            r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:cancell?ed|postponed)\b"
            r"|\b(?:class|course|training|session)\s+cancell?ation\b",
            re.I,
        ),
    ),
    (
        # a form the participant fills in about the course, not a record of it: "Course Evaluation" or
        # "Post-Course Survey" alone on its line, "Please rate", "strongly disagree", "How satisfied were
        # you", "Very dissatisfied" (a certificate may say "Course evaluation submitted." or invite its
        # holder to "complete the post-course survey")
        "a course evaluation form, not a record of completion",
        re.compile(
            r"^\W*(?:post[\s-]*)?(?:course|training|class|session|program|participant|event|webinar)[\s-]+"
            r"(?:evaluation|survey|feedback)(?:\s+(?:form|questionnaire))?\W*$"
            r"|\bevaluation\s+form\b|\bplease\s+rate\b|\bstrongly\s+disagree\b"
            r"|\bhow\s+satisfied\s+(?:were|are)\s+you\b|\bvery\s+dissatisfied\b"
            r"|\bwould\s+you\s+recommend\s+(?:this|the)\s+(?:course|class|training|session|program)\b",
            re.I | re.M,
        ),
    ),
    (
        # a blank template or a copy not valid: "[Participant Name]", "SAMPLE" or "VOID" stamped in capitals,
        # "SPECIMEN"; a genuine certificate's "Void if altered" or "Not valid without seal" is none.
        "a certificate template, sample or voided copy, not a certificate issued",
        re.compile(
            r"\[\s*(?:participant|recipient|attendee|student|officer|first|last|full|your)?\s*name\s*\]"
            # a mail-merge field or a template engine's: "<<First Name>>", "{{participant_name}}", "«Name»"
            r"|(?:<<|\{\{|\u00ab)\s*[\w .]{0,30}?name\s*(?:>>|\}\}|\u00bb)"
            # a blank line where the holder's name goes: "This certifies that ________ has completed", and as
            # a scan reads it, the line lost: "This certifies that has successfully completed"
            r"|\bcertif(?:y|ies)\s+that\s*_{6,}|_{6,}\s*(?:has|have)\s+(?:successfully\s+)?(?:completed|attended)\b"
            r"|\bcertif(?:y|ies)\s+that\s+(?:has|have)\s+(?:successfully\s+)?(?:completed|attended|participated)\b"
            r"|\b(?:presented|awarded)\s+to\s+for\s+(?:successfully\s+)?(?:completing|attending)\b"
            # a stamp in capitals between words that are not ("Center VOID - reissued"): "BLOOD SAMPLE
            # COLLECTION" is a course's title, "VOID IF ALTERED" a genuine certificate's small print
            r"|(?-i:(?<![A-Z]{2}\s)\b(?:SAMPLE|VOID|VOIDED|SPECIMEN)\b(?!\s+[A-Z]{2}))"
            r"(?!\s+(?:if|where|unless|without|after)\b)|(?-i:\bSAMPLE\s+(?:CERTIFICATE|COPY|ONLY)\b)"
            r"|\bspecimen\s+(?:copy|only)\b|\bnot\s+valid\s+as\s+an?\s+certificate\b",
            re.I | re.M,
        ),
    ),
    (
        "the course failed or left incomplete",
        re.compile(
            r"\bdid\s+not\s+(?:successfully\s+)?(?:complete|finish|pass|meet)\b"
            r"|\b(?:has|have)\s+not\s+(?:yet\s+)?(?:met|passed|completed|satisfied)\b"
            r"|\b(?:result|status|grade|outcome|disposition)\s*:?\s*(?:fail(?:ed)?|incomplete|withdrawn|"
            r"withdrew|no[\s-]*show|not\s+(?:passed|completed?)|unsatisfactory)\b",
            re.I,
        ),
    ),
    (
        "the course waived or the holder exempted from it: no training taken",
        re.compile(
            r"\b(?:is|are|was|were|has\s+been|have\s+been|hereby)\s+waived\b"
            r"|\bexempt(?:ed)?\s+from\b"
            r"|\b(?:training|course|requirement)\s+(?:requirement\s+)?(?:waiver|exemption)\b"
            r"|\bthis\s+(?:waiver|exemption)\b",
            re.I,
        ),
    ),
)


# "participants who" / "anyone that" right before the wording: a rule for a group, not the holder's result.
_GROUP_SUBJECT = re.compile(
    r"\b(?:participants?|attendees?|students?|trainees?|learners?|candidates?|registrants?|enrollees?|"
    r"officers?|persons?|individuals?|people|those|anyone|anybody|any\s+\w+)\s+(?:who|that)\s+"
    r"(?:(?:have|has|had|are|is|were|was)\s+)?(?:been\s+)?$",
    re.I,
)
# a partial credit, attendance or completion denied: "No partial credit", "partial credit is not awarded",
# "credit is not granted for partial attendance".
_PARTIAL_DENIED = re.compile(
    r"\bno\s+$"
    r"|\b(?:not|never)\s+(?:be\s+)?(?:awarded|granted|given|issued|available|offered|accepted)\s+"
    r"(?:for|to|on)\s+(?:any\s+)?$",
    re.I,
)
_PARTIAL_DENIED_AFTER = re.compile(
    r"^\s*(?:is|are|will|shall|may|can)\s+(?:not|never)\b|^\s*(?:cannot|can't|won't)\b", re.I
)


def _policy(text: str, m: re.Match[str]) -> bool:
    """The wording ``m`` is part of a rule the issuer prints for everyone (its subject a group, or a
    partial credit denied), read in its sentence."""
    start = max(text.rfind(stop, 0, m.start()) for stop in ".;!?\n") + 1
    ends = [e for e in (text.find(stop, m.end()) for stop in ".;!?\n") if e >= 0]
    before, after = text[start : m.start()], text[m.end() : min(ends, default=len(text))]
    if _GROUP_SUBJECT.search(before):
        return True
    return m.group(0).lower().startswith("partial") and bool(
        _PARTIAL_DENIED.search(before) or _PARTIAL_DENIED_AFTER.search(after)
    )


def _partial(m: re.Match[str]) -> bool:
    """A match of a count "of" a total is partial only when the two differ."""
    part, whole = m.groupdict().get("part"), m.groupdict().get("whole")
    return part is None or whole is None or float(part) < float(whole)


def no_completion_reason(text: str) -> str | None:
    """Why the page proves no completion of the course it names, with the words that say so; None when it
    says nothing of the kind."""
    for what, wording in NO_COMPLETION_WORDINGS:
        for m in wording.finditer(text):
            if _partial(m) and not _policy(text, m):
                words = " ".join(m.group(0).split())
                return f"the page reads as {what} ({words!r}): a person decides"
    return None


# What titles a page listing several courses as a bill, an offer, a plan or a sign-up, never a record of
# them completed: "INVOICE", "Payment Receipt", "Quote #", "Order Summary", "Training Calendar", "Course
# Catalog", "Syllabus", "Agenda", "Sign-Up Sheet", "Waitlist", "Certificate of Enrollment", "is enrolled in",
# "You are scheduled to attend", "Upcoming Classes". Read in the heading above a table's first row only
# (:func:`listing_reason`): a genuine record's footer may invite its reader to register for next year.
LISTING_WORDING = re.compile(
    r"\b(?:payment|sales|tuition|registration|purchase)\s+receipt\b|\breceipt\s*(?:#|no\b|number)"
    r"|\b(?:amount|total)\s+paid\b|\bdate\s+paid\b|\bpaid\s+in\s+full\b"
    r"|\b(?:price|cost|training|services?)\s+(?:quote|quotation|estimate|proposal)\b|\bquotation\b"
    r"|\b(?:quote|estimate|proposal)\s*(?:#|no\b|number)|\bestimated\s+total\b"
    r"|\border\s+(?:#|no\b|number|summary|confirmation|total|details)|\byour\s+order\b|\bpurchase\s+order\b"
    r"|\b(?:training|course|class|academy)\s+(?:calendar|catalog(?:ue)?|schedule|offerings)\b"
    r"|\bcalendar\s+of\s+(?:courses|classes|training|events)\b"
    r"|\bschedule\s+of\s+(?:courses|classes|training|sessions)\b|\bsyllabus\b|\bagenda\b"
    r"|\bsign[\s-]*up\s+(?:sheet|form|list)\b|\bwait(?:ing)?[\s-]*list(?:ed)?\b"
    r"|\b(?:certificate|letter|proof|verification)\s+of\s+(?:enrol?l?ment|registration)\b"
    r"|\b(?:is|are|has\s+been|have\s+been)\s+(?:currently\s+|now\s+)?(?:enrolled|registered)\s+(?:in|for)\b"
    r"|\b(?:is|are|has\s+been|have\s+been)\s+scheduled\s+(?:to\s+attend|for)\b"
    r"|\bupcoming\s+(?:classes|courses|training|sessions)\b|\brequested\s+(?:courses?|classes|training)\b"
    # a bill's or a schedule's own columns, which a scan keeps when it loses the title above them: "Qty",
    # "Unit Price", "Line Total", "Seats Available", "Openings"
    r"|\bqty\b|\bunit\s+(?:price|cost|fee)\b|\bline\s+(?:total|amount)\b|\bext(?:ended|\.)?\s+(?:price|amount)\b"
    r"|(?<!safety\s)(?<!car\s)(?<!booster\s)\bseats\b(?!\s+belts?)|\b(?:spaces?|spots?|openings?)\s+(?:available|left|remaining|open)\b"
    r"|\bopenings\b"
    # a bill's addressee and its money column: "Bill To:", "Sold to:", "Customer:", "Price" as the heading's
    # last word (the table's last column; a record's money column is a "Cost" or a "Fee Paid")
    r"|\b(?:bill(?:ed)?|sold|invoiced?)\s+to\s*:|\bcustomer\s*(?::|#|no\b|id\b)|\bprice\s*$"
    # a plan of training to come, or an instructor's plan of a course: "Lesson Plan", "Instructor Guide",
    # "Course Outline", "Training Needs Assessment", "Individual Development Plan", "Planned Training",
    # "Recommended Course", "Target Date"
    r"|\blesson\s+plans?\b|\binstructor(?:'?s)?\s+(?:guide|manual)\b|\bcourse\s+outline\b"
    r"|\b(?:training\s+)?needs\s+assessment\b|\b(?:individual|professional|employee)\s+development\s+plan\b"
    r"|\b(?:planned|proposed|recommended)\s+(?:training|courses?|classes)\b"
    r"|\btarget\s+(?:date|completion)\b|\blearning\s+plan\b"
    # one course's outline by day: "Daily Topics", "Day-by-Day Schedule", "Hours per Day"
    r"|\bdaily\s+(?:topics|schedule|outline|agenda|breakdown|plan)\b|\bday[\s-]+by[\s-]+day\b"
    r"|\bhours\s+per\s+day\b",
    re.I,
)
# What a bill prints in its totals block under its lines: "Balance Due", "Total Due", "Amount Paid", "Paid in
# full", "Subtotal: $570.00", "Make checks payable to", "Visa ending 4417". Read below a table's last row
# (:func:`bill_foot_reason`), where a record's footer may say "Total hours: 24" or "Total cost: $275.00" and
# invite its reader to register for next year's courses: neither is a bill's.
BILL_FOOT_WORDING = re.compile(
    r"\b(?:balance|amount|total)\s+(?:due|owed|payable)\b|\b(?:amount|total)\s+paid\b|\bpaid\s+in\s+full\b"
    r"|\bsub[\s-]?total\s*:?\s*(?:\$|usd\b)|\bmake\s+(?:all\s+)?checks?\s+payable\b|\bremit\s+(?:payment|to)\b"
    r"|\b(?:card|visa|mastercard|amex|discover)\s+ending\b|\bpayment\s+(?:due|method|received|terms)\b"
    r"|\bsales\s+tax\b|\bplease\s+pay\b",
    re.I,
)
LISTING_WHAT = "a bill, an offer, a schedule, an enrolment or a sign-up listing its courses, not their record"


def listing_reason(heading: str) -> str | None:
    """Why a table's rows prove no completion, from the page's heading above its first row (its title
    lines and column headings): a registration, payment or announcement wording
    (:data:`NO_COMPLETION_WORDINGS`' first two kinds) or a listing's title (:data:`LISTING_WORDING`). None
    when the heading says nothing of the kind: a record's rows keep their own statuses."""
    for what, wording in (*NO_COMPLETION_WORDINGS[:2], (LISTING_WHAT, LISTING_WORDING)):
        for m in wording.finditer(heading):
            if not _policy(heading, m) and not _COST_COLUMN.fullmatch(m.group(0)):
                words = " ".join(m.group(0).split())
                return f"the page's heading reads as {what} ({words!r}): a person decides"
    return None


# A column of what each course cost ("Fee Paid", "Tuition Paid") among a record's column headings, as a
# "Cost" column: what was paid for a course says nothing against its completion. A bill says more (its
# number, its title, its totals under the lines).
_COST_COLUMN = re.compile(r"(?:tuition|registration\s+fee|course\s+fee|fee)\s+paid", re.I)


def bill_foot_reason(foot: str) -> str | None:
    """Why a table's rows prove no completion, from the page's words under its last row: a bill's totals
    block (:data:`BILL_FOOT_WORDING`). None for a record's footer."""
    m = BILL_FOOT_WORDING.search(foot)
    if m is None:
        return None
    words = " ".join(m.group(0).split())
    return (
        f"the page's totals under its table read as a bill ({words!r}): its courses were paid for, not "
        "proved completed: a person decides"
    )


# A conference badge: a band naming only the wearer's role at the event ("ATTENDEE", "FULL CONFERENCE",
# "EXHIBITOR"), and no words of a certificate, a letter or a record saying the holder attended.
BADGE_ROLE_LINE_RE = re.compile(
    # In capitals as a badge's band prints it (a page's text is read as one run of words): "Attendee" in a
    # certificate's prose is no band.
    r"(?<![A-Za-z])(?:ATTENDEE|FULL\s+CONFERENCE|FULL\s+REGISTRATION|EXHIBITOR|VENDOR|SPEAKER|PRESENTER|"
    r"STAFF|GUEST|VOLUNTEER|MEMBER|DELEGATE|DAY\s+PASS)(?![A-Za-z])"
)
ATTENDANCE_PROOF_RE = re.compile(
    r"\bcertif\w*|\battended\b|\bcomplet\w*|\bawarded\b|\bpresented\s+to\b|\bin\s+recognition\b"
    r"|\bthis\s+is\s+to\b|\bverif\w*|\bconfirm\w*|\btranscript\b|\bparticipat\w*|\bearned\b",
    re.I,
)
BADGE_REASON = (
    "a conference badge shows registration for the event, not attendance: a person decides whether the "
    "applicant attended"
)


def reads_as_a_badge(text: str) -> bool:
    """The page is a conference's name badge: a role line alone ("ATTENDEE") and nothing saying its wearer
    attended. A badge is printed at registration, before the event: it proves no attendance (R6), and a
    badge naming NASRO's conference is R6's evidence only for a person to weigh."""
    return BADGE_ROLE_LINE_RE.search(text) is not None and ATTENDANCE_PROOF_RE.search(text) is None


# A conference named on the page: its registration, receipt or invoice says so ("2025 National School
# Safety Conference - Full Registration", "Event: 2024 NASRO School Safety Conference").
CONFERENCE_WORD_RE = re.compile(r"\b(?:conference|symposium|convention)\b", re.I)
# A receipt's or an order's words, beside the registration wordings above: "Amount Paid:", "PAID IN FULL",
# "Registration Type:", "Registrant:", "Order #".
PAID_RE = re.compile(
    r"\b(?:amount|total)\s+paid\b|\bpaid\s+in\s+full\b|\bpayment\s+(?:received|receipt|confirmation)\b"
    r"|\breceipt\b|\bregistrant\s*:|\bregistration\s+(?:type|fee|no\b|number|#|id\b)"
    r"|\border\s+(?:no\b|number|date|#)",
    re.I,
)
# Words saying the holder was there: such a page is no mere receipt, whatever else it prints (a person
# reads it, as any page naming a course and a payment).
ATTENDED_RE = re.compile(
    r"\battended\b|\bin\s+attendance\b|\bcertificate\s+of\s+(?:attendance|participation|completion)\b"
    r"|\bparticipated\b|\b(?:has|have|successfully)\s+completed\b|\bwas\s+present\b",
    re.I,
)


def conference_registration_reason(text: str) -> str | None:
    """Why a page naming a conference proves no attendance of it: it registers for it, pays for it or
    announces it (a confirmation, a receipt, an invoice), and says nowhere that its holder attended. None
    otherwise. Its reason ends with ``NOT_ATTENDANCE``: R6 counts no such line until a person accepts it."""
    if CONFERENCE_WORD_RE.search(text) is None or ATTENDED_RE.search(text) is not None:
        return None
    said = next((m for m in NO_COMPLETION_WORDINGS[0][1].finditer(text) if not _policy(text, m)), None)
    said = said or PAID_RE.search(text)
    if said is None:
        return None
    words = " ".join(said.group(0).split())
    return f"the page is a registration, receipt or invoice for the conference ({words!r}): {NOT_ATTENDANCE}"


# A page of a conference's printed programme or agenda: its heading ("Conference Program", "Agenda",
# "Schedule of Events", "at a Glance") over sessions at times of day ("9:00 AM  Keynote ...").
PROGRAMME_HEADING_RE = re.compile(
    r"\b(?:program(?:me)?|agenda|schedule\s+of\s+(?:events|sessions)|at\s+a\s+glance|session\s+schedule)\b",
    re.I,
)
TIME_OF_DAY_RE = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])", re.I)


def conference_programme_reason(text: str) -> str | None:
    """Why a page of a conference's programme proves no attendance: it names the conference, calls itself
    a programme or agenda, lists sessions at three or more times of day, and says nothing of anyone
    attending, completing or being certified (``ATTENDANCE_PROOF_RE``). None otherwise."""
    if CONFERENCE_WORD_RE.search(text) is None or ATTENDANCE_PROOF_RE.search(text) is not None:
        return None
    heading = PROGRAMME_HEADING_RE.search(text)
    if heading is None or len(TIME_OF_DAY_RE.findall(text)) < 3:
        return None
    words = " ".join(heading.group(0).split())
    return (
        f"the page is the conference's programme ({words!r}): it lists sessions, not who attended them; "
        f"{PROGRAMME_NOT_ATTENDANCE}"
    )
