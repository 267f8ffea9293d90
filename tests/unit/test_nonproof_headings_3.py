"""Round three of the listings (``tests/nonproof_documents_3.py``): a bill's or a schedule's own columns in
a table's heading (:func:`classify.completion.listing_reason`), a bill's totals under its table
(:func:`classify.completion.bill_foot_reason`), a record's cost column and footer worded near them; a
certificate printing its courses in a grid is a certificate (:func:`classify.doctype.classify_doctype`)."""

from __future__ import annotations

import pytest

from classify.completion import bill_foot_reason, listing_reason
from classify.doctype import classify_doctype

LISTING_HEADINGS = [
    "Great Lakes Network Ordered by: T. Ferreira Course Date Hours Qty Unit Price Line Total",
    "Cedar Valley Center Prepared for: P. Halvorsen Date Course Hours Seats Available",
    "Region 4 Academy Contact: E. Montgomery Course Dates Hours Openings",
    "Vendor 30-118 Course Date Hours Quantity Unit Cost Ext. Price",
]
RECORD_HEADINGS = [
    "Pinecrest County Sheriff's Office Training History Date Course Hours Fee Paid Status",
    "Brookfield PD Learning History Course Registered Completed Hours Status",
    "Northgate PD Employee Training Record Completed Course Hours Cost",
    "Traffic Division Training Record Date Course Hours Child Safety Seats Instructor",
]
BILL_FEET = [
    "Amount Paid: $300.00 Visa ending 4417 Thank you!",
    "Subtotal: $475.00 Balance Due: $475.00",
    "Total Due: $600.00 Payment due within 30 days",
    "PAID IN FULL - Mastercard ending 2231",
    "Make checks payable to Tri-County Regional Training Academy.",
]
RECORD_FEET = [
    "Total hours: 20.0 Total cost: $275.00",
    "Questions: Training Records & Registration Office. To register for 2024 courses, visit the portal",
    "Subtotal: 24.0 hours Grand total: 64.0 hours",
    "Printed 06/01/2024 Page 1 of 1",
]


@pytest.mark.parametrize("heading", LISTING_HEADINGS)
def test_a_bills_or_a_schedules_columns_are_a_listing(heading: str) -> None:
    assert listing_reason(heading) is not None, heading


@pytest.mark.parametrize("heading", RECORD_HEADINGS)
def test_a_records_cost_and_registered_columns_are_no_listing(heading: str) -> None:
    assert listing_reason(heading) is None, heading


@pytest.mark.parametrize("foot", BILL_FEET)
def test_a_bills_totals_under_the_table(foot: str) -> None:
    reason = bill_foot_reason(foot)
    assert reason is not None and reason.endswith("a person decides"), foot


@pytest.mark.parametrize("foot", RECORD_FEET)
def test_a_records_footer_is_no_bill(foot: str) -> None:
    assert bill_foot_reason(foot) is None, foot


def test_a_certificate_printing_a_grid_is_a_certificate() -> None:
    text = (
        "Certificate of Completion This is to certify that H. Lindgren has successfully completed the "
        "following courses: Course Date Hours Youth Mental Health First Aid 01/16/2024 8.0"
    )
    assert classify_doctype(text, "table", 3, False).doc_type == "certificate"


def test_a_record_printing_a_certificate_wording_stays_a_transcript() -> None:
    text = (
        "Training Record. This certifies that the training below is a true copy. Certificate of Completion "
        "on file. Date Course Hours"
    )
    assert classify_doctype(text, "table", 3, False).doc_type == "transcript"
    assert (
        classify_doctype("Brookfield PD Date Course Hours Status", "table", 3, False).doc_type == "transcript"
    )
