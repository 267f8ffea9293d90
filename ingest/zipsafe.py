"""Reading uploaded zips safely: no path traversal, no links, no zip bombs, no nested expansion.

Every limit is checked twice: on the sizes the archive declares (cheap, before any inflating) and
on the bytes actually inflated (declared sizes are written by whoever made the archive and can lie).
"""

from __future__ import annotations

import lzma
import re
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ingest.types import IngestLimits, MemberRefused, Problem, ZipRefused

CHUNK = 1 << 16
# macOS' archiver adds resource forks under __MACOSX/: never content, never worth a problem.
JUNK_TOP = "__MACOSX"
_DRIVE = re.compile(r"^[A-Za-z]:")
# What a corrupt or hostile member can raise from zipfile and its decompressors.
_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
)


def member_path(name: str) -> PurePosixPath:
    """The relative path a member may be extracted to; raises MemberRefused for an unsafe name."""
    if "\x00" in name:
        raise MemberRefused("name contains a NUL byte")
    # Some Windows archivers write backslashes: treat them as separators so `..\x` is caught too.
    text = name.replace("\\", "/")
    if text.startswith("/") or _DRIVE.match(text):
        raise MemberRefused("absolute path")
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise MemberRefused("path leaves the archive (..)")
    if not parts:
        raise MemberRefused("empty name")
    return PurePosixPath(*parts)


UTF8_NAME_FLAG = 0x800


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its maker meant it.

    Without the UTF-8 flag zipfile decodes names as cp437 (the format's old default), but macOS, 7-Zip
    and many other tools write UTF-8 without setting the flag: "Formación.pdf" would come out as
    "Formaci├│n.pdf" and match no manifest entry. Bytes that are valid UTF-8 are taken as UTF-8
    (a real cp437 name with accents is almost never valid UTF-8).
    """
    if info.flag_bits & UTF8_NAME_FLAG:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _declared_refusal(info: zipfile.ZipInfo, limits: IngestLimits) -> str | None:
    # Unix mode bits live in the high 16 bits; links would let a later member write outside.
    kind = stat.S_IFMT(info.external_attr >> 16)
    if kind == stat.S_IFLNK:
        return "symbolic link"
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return "not a regular file"
    if info.flag_bits & 0x1:
        return "encrypted (a password-protected zip): zip the files again without a password"
    if info.file_size > limits.max_file_bytes:
        return f"declares {info.file_size} bytes; the limit is {limits.max_file_bytes}"
    if _ratio_exceeded(info.file_size, info.compress_size, limits):
        ratio = f"{info.file_size} from {info.compress_size} bytes"
        return f"compression ratio above {limits.max_ratio:g}:1 ({ratio})"
    return None


def _ratio_exceeded(size: int, compressed: int, limits: IngestLimits) -> bool:
    return size > limits.ratio_floor_bytes and size > limits.max_ratio * max(compressed, 1)


@dataclass(frozen=True)
class Screened:
    """An archive's members after the declared-size and name checks, before any inflating."""

    members: Mapping[PurePosixPath, zipfile.ZipInfo]  # regular files that may be read, in archive order
    refused: Mapping[str, str]  # member path (or raw name) -> why it was refused
    problems: tuple[Problem, ...]


def screen(zf: zipfile.ZipFile, limits: IngestLimits, origin: str) -> Screened:
    """Check names, kinds and declared sizes; raises ZipRefused when the whole archive is over a limit."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise ZipRefused(f"{len(infos)} members; the limit is {limits.max_members}")
    declared = sum(i.file_size for i in infos)
    if declared > limits.max_total_bytes:
        raise ZipRefused(f"declares {declared} bytes in all; the limit is {limits.max_total_bytes}")
    members: dict[PurePosixPath, zipfile.ZipInfo] = {}
    refused: dict[str, str] = {}
    problems: list[Problem] = []
    for info in infos:
        key = info.filename
        try:
            path = member_path(member_name(info))
            key = str(path)
            if path.parts[0] == JUNK_TOP:
                continue
            reason = _declared_refusal(info, limits)
            if reason is None and path in members:
                reason = "a second member with the same path"
        except MemberRefused as exc:
            reason = str(exc)
        if reason is not None:
            refused[key] = reason
            problems.append(Problem(origin=f"{origin}!{member_name(info)}", message=f"refused: {reason}"))
        elif not info.is_dir():
            members[path] = info
    return Screened(members=members, refused=refused, problems=tuple(problems))


class Budget:
    """Bytes an archive may still inflate to, counted across every member read."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.left = limit

    def spend(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise ZipRefused(f"inflates past the {self.limit}-byte total limit")


def copy_member(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    write: Callable[[bytes], object],
    limits: IngestLimits,
    budget: Budget,
) -> int:
    """Inflate one member into ``write`` while counting; returns its size.

    Raises MemberRefused when it inflates past its declared size, the per-file limit or the ratio,
    or cannot be read; ZipRefused (from ``budget``) when the archive as a whole inflates too far.
    """
    cap = min(info.file_size, limits.max_file_bytes)
    size = 0
    try:
        src = zf.open(info)
    except _READ_ERRORS as exc:
        raise MemberRefused(f"cannot be read ({exc})") from None
    with src:
        while True:
            try:
                chunk = src.read(CHUNK)
            except _READ_ERRORS as exc:
                # zipfile stops at the declared size and then fails the CRC: a lying header lands here.
                raise MemberRefused(f"corrupt, or its declared size is wrong ({exc})") from None
            if not chunk:
                break
            size += len(chunk)
            if size > cap:
                raise MemberRefused(f"inflates past its declared {info.file_size} bytes")
            if _ratio_exceeded(size, info.compress_size, limits):
                raise MemberRefused(f"inflates above {limits.max_ratio:g}:1")
            budget.spend(len(chunk))
            write(chunk)
    if size != info.file_size:
        raise MemberRefused(f"holds {size} bytes, not the declared {info.file_size}")
    return size


def extract_zip(archive: Path, dest: Path, limits: IngestLimits) -> list[Problem]:
    """Extract the safe members of ``archive`` under ``dest``; returns a Problem per refused member.

    Nested zips are written as plain files, never expanded. Raises ZipRefused when the archive as a
    whole is refused; ``dest`` may then hold partial output (``open_zip`` removes it).
    """
    origin = str(archive)
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, *_READ_ERRORS) as exc:
        raise ZipRefused(f"{origin}: not a readable zip ({exc})") from None
    try:
        with zf:
            return _extract_members(zf, dest.resolve(), limits, origin)
    except ZipRefused as exc:
        # Name the archive: the caller may be extracting several.
        raise ZipRefused(f"{origin}: {exc}") from None


def _extract_members(zf: zipfile.ZipFile, root: Path, limits: IngestLimits, origin: str) -> list[Problem]:
    screened = screen(zf, limits, origin)
    problems = list(screened.problems)
    budget = Budget(limits.max_total_bytes)
    for path, info in screened.members.items():
        target = root.joinpath(*path.parts)
        where = f"{origin}!{member_name(info)}"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            # Mode "x": a member never overwrites what an earlier one wrote.
            out = target.open("xb")
        except OSError as exc:
            problems.append(Problem(origin=where, message=f"not extracted: {exc.strerror or exc}"))
            continue
        try:
            with out:
                copy_member(zf, info, out.write, limits, budget)
        except MemberRefused as exc:
            target.unlink(missing_ok=True)
            problems.append(Problem(origin=where, message=f"refused: {exc}"))
    return problems


@contextmanager
def open_zip(path: Path, limits: IngestLimits, problems: list[Problem] | None = None) -> Iterator[Path]:
    """Extract ``path`` into a temporary folder that lives as long as the ``with`` block.

    Refused members are appended to ``problems`` when given; raises ZipRefused for a refused archive.
    """
    with tempfile.TemporaryDirectory(prefix="certledger-zip-") as tmp:
        found = extract_zip(path, Path(tmp), limits)
        if problems is not None:
            problems.extend(found)
        yield Path(tmp)
