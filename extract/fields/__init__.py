"""Pure text-to-value parsers for certificate fields: dates, hours and person names."""

from extract.fields.dates import DateMatch, date_label, find_dates
from extract.fields.hours import HoursMatch, find_hours, parse_hours_cell
from extract.fields.names import name_tokens, person_name_score, strip_honorifics

__all__ = [
    "DateMatch",
    "HoursMatch",
    "date_label",
    "find_dates",
    "find_hours",
    "name_tokens",
    "parse_hours_cell",
    "person_name_score",
    "strip_honorifics",
]
