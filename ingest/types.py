"""Values and errors shared by the ingest modules; ingest imports no other stage."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

MIB = 1 << 20


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class IngestLimits(Frozen):
    """How much one ingest may bring in; every limit is a refusal, never a truncation."""

    max_file_bytes: int = Field(default=64 * MIB, gt=0)  # one document or zip member
    max_files_per_bundle: int = Field(default=200, gt=0)  # documents one manifest may list
    max_total_bytes: int = Field(default=2048 * MIB, gt=0)  # everything one zip may inflate to
    max_members: int = Field(default=10_000, gt=0)  # entries in one zip
    max_ratio: float = Field(default=200.0, gt=1)  # uncompressed / compressed, for one zip member
    ratio_floor_bytes: int = Field(default=1 * MIB, ge=0)  # small members may compress well: no ratio check
    max_manifest_bytes: int = Field(default=1 * MIB, gt=0)  # manifest.json and CSV manifests


class Problem(Frozen):
    """Something wrong with one source, bundle or file; reported, never raised through the batch."""

    origin: str  # the folder, zip member or CSV row it concerns
    message: str
    level: Literal["error", "warning"] = "error"  # warning: the bundle was still ingested as listed


class IngestError(Exception):
    """Input that ingest refuses; callers turn it into a Problem."""


class ManifestError(IngestError):
    """A manifest that does not validate; the message names the file and the field."""


class ZipRefused(IngestError):
    """A whole archive refused (not a zip, too many members, inflates past the total limit)."""


class MemberRefused(IngestError):
    """One zip member refused (unsafe name, link, too large, suspicious ratio, corrupt)."""
