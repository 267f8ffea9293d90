"""Zip uploads: unsafe names, links and bombs are refused; everything else extracts intact."""

from __future__ import annotations

import io
import stat
import struct
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from ingest.types import IngestLimits, MemberRefused, Problem, ZipRefused
from ingest.zipsafe import Budget, copy_member, extract_zip, member_path, open_zip, screen

MB = 1 << 20
LIMITS = IngestLimits()
Member = tuple[str | zipfile.ZipInfo, bytes]


def _zip(path: Path, members: list[Member], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def _symlink(name: str, target: str) -> Member:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


def _zeros_zip(path: Path, name: str, size: int) -> Path:
    """Stream ``size`` zero bytes into one deflated member without holding them in memory."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf, zf.open(name, "w") as out:
        chunk = bytes(MB)
        for _ in range(size // MB):
            out.write(chunk)
    return path


def _declare_size(path: Path, size: int) -> Path:
    """Rewrite the uncompressed size of a one-member zip in both its local and central headers."""
    data = bytearray(path.read_bytes())
    local = data.find(b"PK\x03\x04")
    central = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, size)
    struct.pack_into("<I", data, central + 24, size)
    path.write_bytes(bytes(data))
    return path


def _extract(archive: Path, tmp_path: Path, limits: IngestLimits = LIMITS) -> tuple[list[str], list[Problem]]:
    dest = tmp_path / "out"
    dest.mkdir()
    problems = extract_zip(archive, dest, limits)
    files = sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
    return files, problems


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("A001/01.pdf", PurePosixPath("A001/01.pdf"), id="plain"),
        pytest.param("./A001//01.pdf", PurePosixPath("A001/01.pdf"), id="dot-and-double-slash"),
        pytest.param("A001\\01.pdf", PurePosixPath("A001/01.pdf"), id="backslash-separator"),
    ],
)
def test_member_path_normalises_safe_names(name: str, expected: PurePosixPath) -> None:
    """Safe member names map to a relative path inside the extraction folder."""
    assert expected == member_path(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        pytest.param("../evil.txt", "leaves the archive", id="parent"),
        pytest.param("A001/../../evil.txt", "leaves the archive", id="parent-deep"),
        pytest.param("..\\evil.txt", "leaves the archive", id="parent-backslash"),
        pytest.param("/etc/x", "absolute", id="absolute"),
        pytest.param("C:/Windows/x", "absolute", id="drive-letter"),
        pytest.param("c:x", "absolute", id="drive-relative"),
        pytest.param("./", "empty", id="empty"),
        pytest.param("a\x00b", "NUL", id="nul-byte"),
    ],
)
def test_member_path_refuses_unsafe_names(name: str, reason: str) -> None:
    """Names that could escape the extraction folder are refused with the reason."""
    with pytest.raises(MemberRefused, match=reason):
        member_path(name)


def test_extracts_safe_members_intact(tmp_path: Path) -> None:
    """Ordinary members extract byte for byte, with no problems."""
    archive = _zip(tmp_path / "a.zip", [("A001/manifest.json", b"{}"), ("A001/01.pdf", b"%PDF-1.7 body")])
    files, problems = _extract(archive, tmp_path)
    assert (files, problems) == (["A001/01.pdf", "A001/manifest.json"], [])
    assert (tmp_path / "out/A001/01.pdf").read_bytes() == b"%PDF-1.7 body"


@pytest.mark.parametrize(
    ("member", "reason"),
    [
        pytest.param(("../evil.txt", b"x"), "path leaves the archive (..)", id="traversal"),
        pytest.param(("/etc/x", b"x"), "absolute path", id="absolute"),
        pytest.param(_symlink("A001/link.pdf", "/etc/passwd"), "symbolic link", id="symlink"),
    ],
)
def test_unsafe_members_are_refused_and_the_rest_extracted(
    tmp_path: Path, member: Member, reason: str
) -> None:
    """An unsafe member becomes a Problem naming it; safe members beside it still extract."""
    archive = _zip(tmp_path / "a.zip", [("A001/01.pdf", b"ok"), member])
    files, problems = _extract(archive, tmp_path)
    name = member[0].filename if isinstance(member[0], zipfile.ZipInfo) else member[0]
    assert files == ["A001/01.pdf"]
    assert [(p.origin, p.message) for p in problems] == [(f"{archive}!{name}", f"refused: {reason}")]
    assert not (tmp_path / "evil.txt").exists()


def test_declared_bomb_is_refused_by_ratio_before_inflating(tmp_path: Path) -> None:
    """A 50 MB member of zeros deflated to about 50 KB is refused on its declared ratio."""
    archive = _zeros_zip(tmp_path / "bomb.zip", "A001/bomb.pdf", 50 * MB)
    assert archive.stat().st_size < 200_000
    with zipfile.ZipFile(archive) as zf:
        screened = screen(zf, LIMITS, "bomb.zip")
    assert dict(screened.members) == {}
    assert "compression ratio above 200:1" in screened.refused["A001/bomb.pdf"]
    files, problems = _extract(archive, tmp_path)
    assert (files, len(problems)) == ([], 1)


@pytest.mark.parametrize(
    ("real", "declared", "reason"),
    [
        pytest.param(5 * MB, 1024, "declared size is wrong", id="declares-less"),
        pytest.param(1024, 4096, "holds 1024 bytes, not the declared 4096", id="declares-more"),
    ],
)
def test_lying_size_is_refused_while_extracting(
    tmp_path: Path, real: int, declared: int, reason: str
) -> None:
    """A member whose header misstates its size passes the declared checks and is refused on the bytes."""
    archive = _declare_size(_zip(tmp_path / "liar.zip", [("liar.pdf", bytes(real))]), declared)
    with zipfile.ZipFile(archive) as zf:
        assert [str(p) for p in screen(zf, LIMITS, "liar.zip").members] == ["liar.pdf"]
    files, problems = _extract(archive, tmp_path)
    assert files == []
    assert len(problems) == 1
    assert reason in problems[0].message


def test_per_member_size_limit(tmp_path: Path) -> None:
    """A member declaring more than max_file_bytes is refused; smaller ones extract."""
    archive = _zip(
        tmp_path / "a.zip", [("big.pdf", bytes(200)), ("small.pdf", bytes(50))], zipfile.ZIP_STORED
    )
    files, problems = _extract(archive, tmp_path, IngestLimits(max_file_bytes=100))
    assert files == ["small.pdf"]
    assert [p.message for p in problems] == ["refused: declares 200 bytes; the limit is 100"]


@pytest.mark.parametrize(
    ("limits", "reason"),
    [
        pytest.param(IngestLimits(max_members=5), "6 members; the limit is 5", id="too-many-members"),
        pytest.param(IngestLimits(max_total_bytes=500), "declares 600 bytes in all", id="total-size"),
    ],
)
def test_whole_archive_refused(tmp_path: Path, limits: IngestLimits, reason: str) -> None:
    """Too many members, or too many bytes declared in all, refuse the archive before any extraction."""
    archive = _zip(tmp_path / "a.zip", [(f"{n}.pdf", bytes(100)) for n in range(6)])
    with pytest.raises(ZipRefused, match=reason), open_zip(archive, limits):
        pytest.fail("the archive should have been refused")


def test_inflate_budget_is_counted_across_members(tmp_path: Path) -> None:
    """Bytes actually inflated count against the archive's total, whatever the headers declare."""
    archive = _zip(tmp_path / "a.zip", [("a.pdf", bytes(100)), ("b.pdf", bytes(100))])
    budget = Budget(150)
    with zipfile.ZipFile(archive) as zf:
        sink = io.BytesIO()
        copy_member(zf, zf.getinfo("a.pdf"), sink.write, LIMITS, budget)
        with pytest.raises(ZipRefused, match="150-byte total limit"):
            copy_member(zf, zf.getinfo("b.pdf"), sink.write, LIMITS, budget)


def test_nested_zip_is_not_expanded(tmp_path: Path) -> None:
    """A zip inside the zip is extracted as one file, its contents left alone."""
    inner = _zip(tmp_path / "inner.zip", [("x.pdf", b"x")]).read_bytes()
    files, problems = _extract(_zip(tmp_path / "outer.zip", [("A001/inner.zip", inner)]), tmp_path)
    assert (files, problems) == (["A001/inner.zip"], [])


def test_second_member_with_the_same_path_is_refused(tmp_path: Path) -> None:
    """A repeated name cannot replace the first member's bytes."""
    with pytest.warns(UserWarning, match="Duplicate name"):
        archive = _zip(tmp_path / "a.zip", [("01.pdf", b"first"), ("01.pdf", b"second")])
    files, problems = _extract(archive, tmp_path)
    assert files == ["01.pdf"]
    assert (tmp_path / "out/01.pdf").read_bytes() == b"first"
    assert [p.message for p in problems] == ["refused: a second member with the same path"]


def test_macos_resource_forks_are_skipped_silently(tmp_path: Path) -> None:
    """__MACOSX/ entries are archiver litter: not extracted, not reported."""
    archive = _zip(tmp_path / "a.zip", [("01.pdf", b"x"), ("__MACOSX/._01.pdf", b"fork")])
    assert _extract(archive, tmp_path) == (["01.pdf"], [])


def test_not_a_zip_is_refused(tmp_path: Path) -> None:
    """A file that is not a zip at all is refused as a whole."""
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"not a zip")
    with pytest.raises(ZipRefused, match="not a readable zip"), open_zip(fake, LIMITS):
        pytest.fail("the archive should have been refused")


def test_open_zip_reports_problems_and_removes_its_folder(tmp_path: Path) -> None:
    """open_zip yields the extracted folder, collects refusals, and deletes the folder on exit."""
    archive = _zip(tmp_path / "a.zip", [("A001/01.pdf", b"ok"), ("../evil.txt", b"x")])
    problems: list[Problem] = []
    with open_zip(archive, LIMITS, problems) as root:
        assert (root / "A001/01.pdf").read_bytes() == b"ok"
    assert not root.exists()
    assert [f"{archive}!../evil.txt"] == [p.origin for p in problems]
