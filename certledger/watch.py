"""A consume folder: applicant folders and .zip files dropped in are taken once they stop changing.

An entry is ready when its size and modification times are the same on two polls in a row, so a
copy still in progress is never read half-way. After ingest it moves to ``done/`` or ``failed/``
(the latter with ``<name>.reason.txt``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

DONE = "done"
FAILED = "failed"
Signature = tuple[int, int, int]  # files, bytes, newest mtime in ns


@dataclass(frozen=True)
class Outcome:
    """What ingesting one entry came to: ``reasons`` empty means done."""

    reasons: tuple[str, ...]


def entries(folder: Path) -> list[Path]:
    """Applicant folders (or folders of them) and .zip files waiting in ``folder``."""
    out = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name in (DONE, FAILED) or path.is_symlink():
            continue
        if path.is_dir() or (path.is_file() and path.suffix.lower() == ".zip"):
            out.append(path)
    return out


def signature(path: Path) -> Signature:
    """Changes whenever a file inside is added, grows or is rewritten."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    stats = [p.stat() for p in files]
    return len(stats), sum(s.st_size for s in stats), max((s.st_mtime_ns for s in stats), default=0)


def snapshot(folder: Path) -> dict[Path, Signature]:
    out = {}
    for path in entries(folder):
        try:
            out[path] = signature(path)
        except OSError:  # removed or renamed while we looked: next poll
            continue
    return out


def ready(before: Mapping[Path, Signature], now: Mapping[Path, Signature]) -> list[Path]:
    """Entries seen unchanged on both polls."""
    return [p for p, sig in now.items() if before.get(p) == sig]


def settle(folder: Path, entry: Path, outcome: Outcome) -> Path:
    """Move ``entry`` to done/ or failed/ (with its reasons); returns where it went."""
    target_dir = folder / (FAILED if outcome.reasons else DONE)
    target_dir.mkdir(exist_ok=True)
    target = target_dir / entry.name
    if target.exists():  # the same name dropped again: keep both
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        target = target_dir / f"{entry.stem}-{stamp}{entry.suffix}"
    shutil.move(str(entry), str(target))
    if outcome.reasons:
        reason_file = target_dir / f"{target.name}.reason.txt"
        reason_file.write_text("\n".join(outcome.reasons) + "\n", encoding="utf-8")
    return target


def poll_once(
    folder: Path,
    before: Mapping[Path, Signature],
    handle: Callable[[Path], Outcome],
) -> tuple[dict[Path, Signature], list[tuple[Path, Path]]]:
    """One poll: ingest and move what is stable; returns the new snapshot and (entry, moved to) pairs."""
    now = snapshot(folder)
    moved = [(entry, settle(folder, entry, handle(entry))) for entry in ready(before, now)]
    for entry, _ in moved:
        now.pop(entry, None)
    return now, moved
