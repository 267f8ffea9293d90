"""Finding applications: an applicant folder, a folder of them, a zip of either, or a CSV manifest.

Everything wrong with one applicant or one file becomes a Problem next to the bundles found; only
the caller's own mistakes (none here) raise. Files are hashed as they are found, so the pipeline can
skip what it has already ingested without reading it again.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import model_validator

from ingest.hashing import sha256_bytes, sha256_file
from ingest.manifest import ApplicationManifest, manifest_from_mapping, parse_manifest
from ingest.types import Frozen, IngestError, IngestLimits, ManifestError, MemberRefused, Problem, ZipRefused
from ingest.zipsafe import JUNK_TOP, Budget, Screened, copy_member, member_path, screen

MANIFEST = "manifest.json"
CSV_FIELDS = ("applicant_id", "name", "agency", "sro_start_date", "currently_employed", "application_date")
CSV_REQUIRED = {"applicant_id", "name", "agency", "application_date"}
# A wrapper folder (``batch/`` inside ``batch.zip``) is descended into; a link loop must not be.
MAX_WRAPPER_DEPTH = 8
MAX_NAMES_SHOWN = 20
_JUNK_FILES = {"thumbs.db", "desktop.ini"}


class BundleFile(Frozen):
    """One listed document: on disk (``path``) or inside a zip (``archive`` + ``member``)."""

    name: str  # as listed in the manifest
    size: int  # bytes, counted while hashing
    sha256: str  # the file's identity: re-ingesting the same bytes is a no-op downstream
    path: Path | None = None
    archive: Path | None = None
    member: str | None = None  # the member's name exactly as stored in ``archive``

    @model_validator(mode="after")
    def _one_location(self) -> BundleFile:
        if (self.path is None) == (self.archive is None or self.member is None):
            raise ValueError("give either path, or archive and member")
        return self

    def read_bytes(self) -> bytes:
        """The document's bytes; raises IngestError if they are not the ones hashed at discovery."""
        try:
            data = self._read(self.size + 1)  # one byte more tells a grown file from an intact one
        except (OSError, zipfile.BadZipFile, KeyError, ValueError, RuntimeError, EOFError) as exc:
            raise IngestError(f"{self.name}: cannot be read ({exc})") from None
        if len(data) != self.size or sha256_bytes(data) != self.sha256:
            raise IngestError(f"{self.name}: changed since it was discovered")
        return data

    def _read(self, n: int) -> bytes:
        if self.path is not None:
            with self.path.open("rb") as f:
                return f.read(n)
        assert self.archive is not None and self.member is not None  # by _one_location
        with zipfile.ZipFile(self.archive) as zf:
            # The first entry of that name, as discovery read it: zipfile's lookup by name takes the last.
            info = next((i for i in zf.infolist() if i.filename == self.member), None)
            if info is None:
                raise KeyError(f"no member {self.member!r}")
            with zf.open(info) as f:
                return f.read(n)


class Bundle(Frozen):
    """One application: its manifest and the listed documents that could be read."""

    manifest: ApplicationManifest
    files: tuple[BundleFile, ...]  # in manifest order; missing or refused ones are Problems instead
    origin: str  # the folder, zip folder or CSV row it came from


class Discovery(Frozen):
    """What one ingest PATH held: the bundles, and everything that went wrong on the way."""

    bundles: tuple[Bundle, ...]
    problems: tuple[Problem, ...]


def discover(path: Path, limits: IngestLimits) -> Discovery:
    """Find the applications under ``path``: an applicant folder, a folder of them, a .zip, or a .csv."""
    out = _Collector()
    suffix = path.suffix.lower()
    if path.is_dir():
        _discover_tree(_FsFolder(path), limits, out)
    elif path.is_file() and suffix == ".zip":
        _discover_zip(path, limits, out)
    elif path.is_file() and suffix == ".csv":
        _discover_csv(path, limits, out)
    elif not path.exists():
        out.problem(str(path), "does not exist")
    else:
        out.problem(str(path), "not an applicant folder, a folder of them, a .zip or a .csv manifest")
    return Discovery(bundles=tuple(out.bundles), problems=tuple(out.problems))


class _Collector:
    def __init__(self) -> None:
        self.bundles: list[Bundle] = []
        self.problems: list[Problem] = []
        self._ids: dict[str, str] = {}

    def problem(self, origin: str, message: str, level: Literal["error", "warning"] = "error") -> None:
        self.problems.append(Problem(origin=origin, message=message, level=level))

    def add(self, bundle: Bundle) -> None:
        # The export writes OUT/<applicant_id>/: a second bundle with the same id would overwrite the first.
        first = self._ids.setdefault(bundle.manifest.applicant_id, bundle.origin)
        if first != bundle.origin:
            self.problem(
                bundle.origin, f"applicant_id {bundle.manifest.applicant_id} already read from {first}"
            )
        else:
            self.bundles.append(bundle)


def _junk(name: str) -> bool:
    return name.startswith(".") or name == JUNK_TOP or name.lower() in _JUNK_FILES


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:MAX_NAMES_SHOWN])
    return shown + (f" and {len(names) - MAX_NAMES_SHOWN} more" if len(names) > MAX_NAMES_SHOWN else "")


# Folders and files, on disk or in a zip, behind one small interface so the layout rules are written once.


class _Entry(ABC):
    @abstractmethod
    def load(self, name: str, limits: IngestLimits) -> BundleFile:
        """Hash the file within the limits; raises IngestError (ZipRefused: the whole archive)."""

    @abstractmethod
    def read_small(self, max_bytes: int) -> bytes:
        """The whole file, refused past ``max_bytes``."""


class _Folder(ABC):
    origin: str
    name: str

    @property
    @abstractmethod
    def files(self) -> Mapping[str, _Entry]:
        """Files directly inside, by name."""

    @property
    @abstractmethod
    def subfolders(self) -> list[_Folder]:
        """Folders directly inside, by name."""

    @abstractmethod
    def where(self, name: str) -> str:
        """The origin of the file ``name`` inside this folder."""

    def missing(self, name: str) -> str:
        """Why a listed ``name`` is not among ``files``."""
        return f"listed in {MANIFEST} but not in the folder"


class _FsEntry(_Entry):
    def __init__(self, path: Path) -> None:
        self.path = path

    def _check(self, max_bytes: int) -> None:
        # A link could pull in any file the server can read; uploads are plain files.
        if self.path.is_symlink():
            raise IngestError("a symbolic link; refused")
        if not self.path.exists():
            raise IngestError(f"not found at {self.path}")
        if not self.path.is_file():
            raise IngestError("not a regular file")
        size = self.path.stat().st_size
        if size > max_bytes:
            raise IngestError(f"{size} bytes; the limit is {max_bytes}")

    def load(self, name: str, limits: IngestLimits) -> BundleFile:
        try:
            self._check(limits.max_file_bytes)
            digest, size = sha256_file(self.path, limits.max_file_bytes)
        except OSError as exc:
            raise IngestError(f"cannot be read ({exc.strerror or exc})") from None
        return BundleFile(name=name, size=size, sha256=digest, path=self.path)

    def read_small(self, max_bytes: int) -> bytes:
        try:
            self._check(max_bytes)
            with self.path.open("rb") as f:
                data = f.read(max_bytes + 1)
        except OSError as exc:
            raise IngestError(f"cannot be read ({exc.strerror or exc})") from None
        if len(data) > max_bytes:
            raise IngestError(f"larger than {max_bytes} bytes")
        return data


class _FsFolder(_Folder):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.origin = str(path)
        self.name = path.name

    @cached_property
    def _listing(self) -> list[Path]:
        try:
            return sorted(self.path.iterdir())
        except OSError:
            return []

    @cached_property
    def files(self) -> Mapping[str, _Entry]:
        # Links to files are kept so that loading one reports the refusal instead of "missing".
        return {p.name: _FsEntry(p) for p in self._listing if p.is_symlink() or p.is_file()}

    @cached_property
    def subfolders(self) -> list[_Folder]:
        return [_FsFolder(p) for p in self._listing if p.is_dir() and not p.is_symlink()]

    def where(self, name: str) -> str:
        return str(self.path / name)


class _ZipArchive:
    """An open archive after screening, with the inflate budget shared by every member read."""

    def __init__(self, path: Path, zf: zipfile.ZipFile, screened: Screened, limits: IngestLimits) -> None:
        self.path = path
        self.zf = zf
        self.screened = screened
        self.limits = limits
        self.budget = Budget(limits.max_total_bytes)
        self.tree: dict[tuple[str, ...], tuple[dict[str, zipfile.ZipInfo], set[str]]] = {(): ({}, set())}
        for member, info in screened.members.items():
            parts = member.parts
            for depth in range(len(parts)):
                files, dirs = self.tree.setdefault(parts[:depth], ({}, set()))
                if depth == len(parts) - 1:
                    files[parts[-1]] = info
                else:
                    dirs.add(parts[depth])


class _ZipEntry(_Entry):
    def __init__(self, archive: _ZipArchive, info: zipfile.ZipInfo) -> None:
        self.archive = archive
        self.info = info

    def load(self, name: str, limits: IngestLimits) -> BundleFile:
        digest = hashlib.sha256()
        size = copy_member(self.archive.zf, self.info, digest.update, limits, self.archive.budget)
        return BundleFile(
            name=name,
            size=size,
            sha256=digest.hexdigest(),
            archive=self.archive.path,
            member=self.info.filename,
        )

    def read_small(self, max_bytes: int) -> bytes:
        if self.info.file_size > max_bytes:
            raise IngestError(f"declares {self.info.file_size} bytes; the limit is {max_bytes}")
        buf = bytearray()
        copy_member(self.archive.zf, self.info, buf.extend, self.archive.limits, self.archive.budget)
        return bytes(buf)


class _ZipFolder(_Folder):
    def __init__(self, archive: _ZipArchive, prefix: tuple[str, ...]) -> None:
        self.archive = archive
        self.prefix = prefix
        self.name = prefix[-1] if prefix else archive.path.name
        self.origin = f"{archive.path}!{'/'.join(prefix)}/" if prefix else str(archive.path)

    @property
    def files(self) -> Mapping[str, _Entry]:
        return {n: _ZipEntry(self.archive, i) for n, i in self.archive.tree[self.prefix][0].items()}

    @property
    def subfolders(self) -> list[_Folder]:
        dirs = sorted(self.archive.tree[self.prefix][1])
        return [_ZipFolder(self.archive, (*self.prefix, d)) for d in dirs]

    def where(self, name: str) -> str:
        return f"{self.archive.path}!{'/'.join((*self.prefix, name))}"

    def missing(self, name: str) -> str:
        reason = self.archive.screened.refused.get("/".join((*self.prefix, name)))
        return f"refused: {reason}" if reason else f"listed in {MANIFEST} but not in the archive"


# Layout: which folders are applications.


def _discover_tree(root: _Folder, limits: IngestLimits, out: _Collector) -> None:
    for folder in _applicant_folders(root, out, depth=0):
        bundle = _bundle_from_folder(folder, limits, out)
        if bundle is not None:
            out.add(bundle)


def _applicant_folders(folder: _Folder, out: _Collector, depth: int) -> list[_Folder]:
    if MANIFEST in folder.files:
        return [folder]
    for name in folder.files:
        if name.lower().endswith(".zip"):
            note = "nested archive not expanded: unzip it and ingest what it holds"
            out.problem(folder.where(name), note, level="warning")
    subs = [s for s in folder.subfolders if not _junk(s.name)]
    applicants = [s for s in subs if MANIFEST in s.files]
    if not applicants and len(subs) == 1 and depth < MAX_WRAPPER_DEPTH:
        return _applicant_folders(subs[0], out, depth + 1)  # a wrapper folder, as zips often have
    if not applicants:
        out.problem(folder.origin, f"no {MANIFEST} here or in any folder directly below")
    for sub in subs:
        if MANIFEST not in sub.files:
            out.problem(sub.origin, f"no {MANIFEST}: not an applicant folder, skipped")
    return applicants


def _bundle_from_folder(folder: _Folder, limits: IngestLimits, out: _Collector) -> Bundle | None:
    files = folder.files
    try:
        manifest = parse_manifest(
            files[MANIFEST].read_small(limits.max_manifest_bytes), folder.where(MANIFEST)
        )
    except ZipRefused:
        raise
    except MemberRefused as exc:
        out.problem(folder.origin, f"{MANIFEST}: refused: {exc}")
        return None
    except ManifestError as exc:  # already names the file and the fields
        out.problem(folder.origin, str(exc))
        return None
    except IngestError as exc:
        out.problem(folder.origin, f"{MANIFEST}: {exc}")
        return None
    bundle = _assemble(manifest, files, folder.origin, limits, out, folder.missing)
    listed = {*manifest.documents, MANIFEST}
    extras = [n for n in files if n not in listed and not _junk(n)]
    extras += [f"{s.name}/" for s in folder.subfolders if not _junk(s.name)]
    if extras:
        out.problem(
            folder.origin, f"{len(extras)} unlisted, not ingested: {_names(sorted(extras))}", "warning"
        )
    return bundle


def _assemble(
    manifest: ApplicationManifest,
    found: Mapping[str, _Entry],
    origin: str,
    limits: IngestLimits,
    out: _Collector,
    missing: Callable[[str], str],
) -> Bundle | None:
    if len(manifest.documents) > limits.max_files_per_bundle:
        # Refused whole: a ledger from the first N documents would be a wrong verdict, not a partial one.
        out.problem(
            origin, f"lists {len(manifest.documents)} documents; the limit is {limits.max_files_per_bundle}"
        )
        return None
    loaded: list[BundleFile] = []
    for name in manifest.documents:
        entry = found.get(name)
        if entry is None:
            out.problem(origin, f"{name}: {missing(name)}")
            continue
        try:
            loaded.append(entry.load(name, limits))
        except ZipRefused:
            raise
        except MemberRefused as exc:
            out.problem(origin, f"{name}: refused: {exc}")
        except IngestError as exc:
            out.problem(origin, f"{name}: {exc}")
    return Bundle(manifest=manifest, files=tuple(loaded), origin=origin)


def _discover_zip(path: Path, limits: IngestLimits, out: _Collector) -> None:
    origin = str(path)
    inner = _Collector()  # bundles from an archive refused part-way are dropped with it
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        out.problem(origin, f"not a readable zip ({exc})")
        return
    try:
        with zf:
            archive = _ZipArchive(path, zf, screen(zf, limits, origin), limits)
            inner.problems.extend(archive.screened.problems)
            _discover_tree(_ZipFolder(archive, ()), limits, inner)
    except ZipRefused as exc:
        out.problem(origin, f"archive refused: {exc}")
        return
    out.problems.extend(inner.problems)
    for bundle in inner.bundles:
        out.add(bundle)


# CSV manifests: one row per applicant.


def _discover_csv(path: Path, limits: IngestLimits, out: _Collector) -> None:
    origin = str(path)
    try:
        text = _FsEntry(path).read_small(limits.max_manifest_bytes).decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except (IngestError, UnicodeDecodeError, csv.Error) as exc:
        out.problem(origin, f"cannot be read as a CSV manifest ({exc})")
        return
    if not rows:
        out.problem(origin, "empty CSV manifest")
        return
    header = [h.strip().lower() for h in rows[0]]
    absent = sorted(CSV_REQUIRED - set(header))
    if absent or not {"documents", "folder"} & set(header):
        need = [*absent] + ([] if {"documents", "folder"} & set(header) else ["documents or folder"])
        out.problem(origin, f"missing column(s): {', '.join(need)}")
        return
    for number, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        where = f"{origin} row {number}"
        if len(cells) > len(header):
            out.problem(where, f"{len(cells)} cells for {len(header)} columns; skipped")
            continue
        row = dict(zip(header, (c.strip() for c in cells), strict=False))
        bundle = _bundle_from_row(row, path.parent, where, limits, out)
        if bundle is not None:
            out.add(bundle)


def _inside(base: Path, relative: str) -> Path:
    # CSV paths stay inside the CSV's folder, by the same rules as zip member names.
    try:
        return base.joinpath(*member_path(relative).parts)
    except MemberRefused as exc:
        raise IngestError(f"{relative!r}: {exc}; paths must stay inside the CSV's folder") from None


def _bundle_from_row(
    row: Mapping[str, str], base: Path, where: str, limits: IngestLimits, out: _Collector
) -> Bundle | None:
    values: dict[str, object] = {k: row[k] for k in CSV_FIELDS if k in row}
    listed = [d.strip() for d in row.get("documents", "").split(";") if d.strip()]
    found: dict[str, _Entry] = {}
    try:
        if row.get("folder"):
            folder = _FsFolder(_inside(base, row["folder"]))
            if not folder.path.is_dir():
                raise IngestError(f"folder {row['folder']!r} not found")
            # With a folder, documents (if given) name files in it; otherwise every file in it is one.
            names = listed or [n for n in folder.files if n != MANIFEST and not _junk(n)]
            found = {n: e for n, e in folder.files.items() if n in names}
        else:
            if not listed:
                raise IngestError("neither documents nor folder given")
            names = []
            for relative in listed:
                file = _inside(base, relative)
                if file.name in found:
                    raise IngestError(f"two documents named {file.name!r}")
                names.append(file.name)
                found[file.name] = _FsEntry(file)
    except IngestError as exc:
        out.problem(where, str(exc))
        return None
    values["documents"] = names
    try:
        manifest = manifest_from_mapping(values, where)
    except IngestError as exc:
        out.problem(where, str(exc))
        return None
    return _assemble(manifest, found, where, limits, out, lambda _: "not found")
