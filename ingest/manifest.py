"""The application manifest: what the applicant stated, and which documents they uploaded."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from ingest.types import ManifestError

# Used as a folder name on export (OUT/<applicant_id>/), so it must be one safe path component.
_APPLICANT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
TRUE = {"true", "yes", "y", "1"}
FALSE = {"false", "no", "n", "0"}
_UNSAFE_NAME = re.compile(r"[/\\\x00]")


def _iso_date(value: object) -> object:
    # Only ISO dates: lax pydantic would also take 20210925 as a Unix timestamp.
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"expected a date as YYYY-MM-DD, got {text[:40]!r}") from None
    if value is None or isinstance(value, date):
        return value
    raise ValueError(f"expected a date as YYYY-MM-DD, got {type(value).__name__}")


def _yes_no(value: object) -> object:
    # CSV cells arrive as text; JSON gives true/false/null. Anything else is a mistake, not a guess.
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if not text:
            return None
        if text in TRUE:
            return True
        if text in FALSE:
            return False
    raise ValueError(f"expected true, false or empty, got {str(value)[:40]!r}")


def _required_iso_date(value: object) -> object:
    parsed = _iso_date(value)
    if parsed is None:
        raise ValueError("a date as YYYY-MM-DD is required")
    return parsed


def _name_list(value: object) -> object:
    # A bare string would otherwise be refused as "not a valid tuple", which a JSON author never wrote.
    if isinstance(value, list | tuple):
        return tuple(value)
    raise ValueError(f"expected a list of file names, got {type(value).__name__}")


IsoDate = Annotated[date, BeforeValidator(_required_iso_date)]
OptionalIsoDate = Annotated[date | None, BeforeValidator(_iso_date)]
YesNo = Annotated[bool | None, BeforeValidator(_yes_no)]


class ApplicationManifest(BaseModel):
    """One application: the applicant's stated facts and the document file names, in upload order."""

    # Unknown keys (the dev corpus' ``expected`` answers among them) are dropped, never stored.
    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=True, strict=False)

    applicant_id: str
    name: str = Field(min_length=1)
    agency: str
    sro_start_date: OptionalIsoDate = None  # null: not given on the application
    currently_employed: YesNo = None  # null: not stated
    application_date: IsoDate
    documents: Annotated[tuple[str, ...], BeforeValidator(_name_list)]

    @field_validator("applicant_id")
    @classmethod
    def _safe_id(cls, value: str) -> str:
        if not _APPLICANT_ID.fullmatch(value):
            rule = "1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"
            raise ValueError(f"{value[:40]!r} is not an id: {rule}")
        return value

    @field_validator("documents")
    @classmethod
    def _plain_unique_names(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        # Names become OUT/<applicant>/<name>.json on export: plain file names only, each once.
        seen: set[str] = set()
        for name in names:
            if not name.strip() or name in (".", "..") or _UNSAFE_NAME.search(name):
                raise ValueError(f"{name!r} is not a plain file name")
            if name in seen:
                raise ValueError(f"{name!r} is listed twice")
            seen.add(name)
        return names


FIELDS = frozenset(ApplicationManifest.model_fields)


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors(include_url=False, include_input=False):
        where = ".".join(str(p) for p in err["loc"]) or "manifest"
        message = str(err["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {message}")
    return "; ".join(parts)


def manifest_from_mapping(values: Mapping[str, Any], source: str) -> ApplicationManifest:
    """Validate manifest fields from ``values`` (keys outside the model are dropped first).

    Raises ManifestError naming ``source`` (a file or CSV row) and every failing field.
    """
    # Copy only the model's own fields, so answers like ``expected`` never reach a model or a log.
    known = {k: v for k, v in values.items() if k in FIELDS}
    try:
        return ApplicationManifest.model_validate(known)
    except ValidationError as exc:
        raise ManifestError(f"{source}: {_describe(exc)}") from None


def parse_manifest(data: bytes | str, source: str) -> ApplicationManifest:
    """Parse a manifest.json body; raises ManifestError naming ``source`` and the failing fields."""
    try:
        values = json.loads(data)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise ManifestError(f"{source}: not valid JSON ({exc})") from None
    if not isinstance(values, dict):
        raise ManifestError(f"{source}: expected a JSON object, got {type(values).__name__}")
    return manifest_from_mapping(values, source)
