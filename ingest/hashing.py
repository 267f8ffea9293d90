"""A file's identity: its SHA-256, computed in chunks so large scans never sit in memory whole."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import IO

from ingest.types import IngestError

CHUNK = 1 << 20


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def sha256_stream(stream: IO[bytes], max_bytes: int | None = None) -> tuple[str, int]:
    """Hex SHA-256 and byte count of what ``stream`` yields; raises IngestError past ``max_bytes``."""
    digest = hashlib.sha256()
    size = 0
    while chunk := stream.read(CHUNK):
        size += len(chunk)
        # Counted as we go: a stat() taken earlier may be stale, and a stream's declared size may lie.
        if max_bytes is not None and size > max_bytes:
            raise IngestError(f"larger than the {max_bytes}-byte limit")
        digest.update(chunk)
    return digest.hexdigest(), size


def sha256_file(path: Path, max_bytes: int | None = None) -> tuple[str, int]:
    """Hex SHA-256 and size of the file at ``path``, read in chunks."""
    with path.open("rb") as stream:
        return sha256_stream(stream, max_bytes)
