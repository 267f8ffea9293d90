"""Ingest sources: folders, zips and CSV manifests become bundles, and every fault becomes a Problem."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ingest.manifest import ApplicationManifest, parse_manifest
from ingest.sources import Bundle, BundleFile, Discovery, discover
from ingest.types import IngestError, IngestLimits, ManifestError

LIMITS = IngestLimits()
DOCS = {"01-basic.pdf": b"%PDF-1.7 basic", "02-letter.png": b"\x89PNG letter"}


def _manifest(applicant_id: str = "A001", **fields: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "applicant_id": applicant_id,
        "name": "Maria L. Gonzalez",
        "agency": "Dona Ana County Sheriff's Office",
        "sro_start_date": "2015-08-17",
        "currently_employed": True,
        "application_date": "2024-03-01",
        "documents": list(DOCS),
    }
    values.update(fields)
    return values


def _applicant(
    folder: Path, manifest: dict[str, Any] | None = None, docs: dict[str, bytes] | None = None
) -> Path:
    """Write an applicant folder: manifest.json plus the documents."""
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(json.dumps(manifest or _manifest(folder.name)), encoding="utf-8")
    for name, data in (DOCS if docs is None else docs).items():
        (folder / name).write_bytes(data)
    return folder


def _zip_folder(src: Path, archive: Path, under: str = "") -> Path:
    """Zip every file below ``src``, member names prefixed with ``under``."""
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(src.rglob("*")):
            if path.is_file():
                zf.write(path, under + path.relative_to(src).as_posix())
    return archive


def _ids(found: Discovery) -> list[str]:
    return [b.manifest.applicant_id for b in found.bundles]


def _messages(found: Discovery) -> list[tuple[str, str]]:
    return [(p.level, p.message) for p in found.problems]


def test_single_applicant_folder(tmp_path: Path) -> None:
    """One applicant folder gives one bundle whose files are hashed, sized and in manifest order."""
    folder = _applicant(tmp_path / "A001")
    found = discover(folder, LIMITS)
    assert found.problems == ()
    [bundle] = found.bundles
    assert (bundle.origin, bundle.manifest.name) == (str(folder), "Maria L. Gonzalez")
    assert [(f.name, f.size, f.sha256, f.path) for f in bundle.files] == [
        (name, len(data), hashlib.sha256(data).hexdigest(), folder / name) for name, data in DOCS.items()
    ]
    assert [f.read_bytes() for f in bundle.files] == list(DOCS.values())


def test_folder_of_applicant_folders(tmp_path: Path) -> None:
    """Each subfolder with a manifest is a bundle; one without is a Problem, and loose files are ignored."""
    for applicant_id in ("A002", "A001"):
        _applicant(tmp_path / "batch" / applicant_id)
    (tmp_path / "batch" / "notes").mkdir()
    (tmp_path / "batch" / "README.md").write_text("batch notes", encoding="utf-8")
    found = discover(tmp_path / "batch", LIMITS)
    assert _ids(found) == ["A001", "A002"]
    assert [(p.origin, p.message) for p in found.problems] == [
        (str(tmp_path / "batch" / "notes"), "no manifest.json: not an applicant folder, skipped")
    ]


@pytest.mark.parametrize(
    ("applicants", "under"),
    [
        pytest.param(["A001"], "", id="applicant-at-root"),
        pytest.param(["A001"], "A001/", id="one-applicant-folder"),
        pytest.param(["A001", "A002"], "", id="folders-at-root"),
        pytest.param(["A001", "A002"], "batch/", id="folders-in-one-top-dir"),
    ],
)
def test_zip_layouts(tmp_path: Path, applicants: list[str], under: str) -> None:
    """A zip of one applicant or of several, with or without a wrapping top folder, gives the same bundles."""
    for applicant_id in applicants:
        _applicant(tmp_path / "src" / applicant_id)
    src = tmp_path / "src" / applicants[0] if len(applicants) == 1 else tmp_path / "src"
    archive = _zip_folder(src, tmp_path / "upload.zip", under)
    found = discover(archive, LIMITS)
    assert (_ids(found), found.problems) == (applicants, ())
    first = found.bundles[0].files[0]
    assert (first.archive, first.path, first.read_bytes()) == (archive, None, DOCS["01-basic.pdf"])


def test_zip_member_refusals_are_problems_beside_bundles(tmp_path: Path) -> None:
    """A traversal member is refused with a Problem while the applicant beside it is still ingested."""
    archive = _zip_folder(_applicant(tmp_path / "A001"), tmp_path / "upload.zip", "A001/")
    with zipfile.ZipFile(archive, "a") as zf:
        zf.writestr("../evil.txt", b"x")
        zf.writestr("A001/03-link.pdf", b"/etc/passwd")
        zf.infolist()[-1].external_attr = 0o120777 << 16
    found = discover(archive, LIMITS)
    assert _ids(found) == ["A001"]
    assert [(p.origin, p.message) for p in found.problems] == [
        (f"{archive}!../evil.txt", "refused: path leaves the archive (..)"),
        (f"{archive}!A001/03-link.pdf", "refused: symbolic link"),
    ]


def test_listed_zip_member_that_was_refused_says_why(tmp_path: Path) -> None:
    """A listed document refused by the zip checks is reported as refused, not as missing."""
    folder = _applicant(tmp_path / "A001", docs={"01-basic.pdf": bytes(3 << 20)})
    (folder / "manifest.json").write_text(json.dumps(_manifest(documents=["01-basic.pdf"])), encoding="utf-8")
    archive = _zip_folder(folder, tmp_path / "upload.zip", "A001/")
    found = discover(archive, LIMITS)
    assert [len(b.files) for b in found.bundles] == [0]
    assert found.problems[-1].origin == f"{archive}!A001/"
    assert found.problems[-1].message.startswith("01-basic.pdf: refused: compression ratio above 200:1")


def test_zip_over_member_limit_is_refused_whole(tmp_path: Path) -> None:
    """An archive with too many members yields no bundles and one Problem."""
    archive = _zip_folder(_applicant(tmp_path / "A001"), tmp_path / "upload.zip")
    found = discover(archive, IngestLimits(max_members=2))
    assert (found.bundles, _messages(found)) == (
        (),
        [("error", "archive refused: 3 members; the limit is 2")],
    )


def test_csv_with_documents_column(tmp_path: Path) -> None:
    """A CSV row gives the manifest fields, and its ;-separated documents resolve from the CSV's folder."""
    scans = tmp_path / "scans"
    scans.mkdir()
    for name, data in DOCS.items():
        (scans / name).write_bytes(data)
    csv_path = tmp_path / "applicants.csv"
    csv_path.write_text(
        "applicant_id,name,agency,sro_start_date,currently_employed,application_date,documents\n"
        "A001,Maria L. Gonzalez,Dona Ana County SO,,yes,2024-03-01,scans/01-basic.pdf; scans/02-letter.png\n",
        encoding="utf-8",
    )
    found = discover(csv_path, LIMITS)
    assert found.problems == ()
    [bundle] = found.bundles
    assert bundle.manifest == ApplicationManifest(
        applicant_id="A001",
        name="Maria L. Gonzalez",
        agency="Dona Ana County SO",
        sro_start_date=None,
        currently_employed=True,
        application_date=date(2024, 3, 1),
        documents=tuple(DOCS),
    )
    assert (bundle.origin, [f.path for f in bundle.files]) == (
        f"{csv_path} row 2",
        [scans / name for name in DOCS],
    )


def test_csv_with_folder_column(tmp_path: Path) -> None:
    """A folder cell stands for every document in that folder, its manifest.json and hidden files aside."""
    _applicant(tmp_path / "A001")
    (tmp_path / "A001" / ".DS_Store").write_bytes(b"finder")
    csv_path = tmp_path / "applicants.csv"
    csv_path.write_text(
        "applicant_id,name,agency,sro_start_date,currently_employed,application_date,folder\n"
        "A001,Maria L. Gonzalez,Dona Ana County SO,2015-08-17,false,2024-03-01,A001\n",
        encoding="utf-8",
    )
    found = discover(csv_path, LIMITS)
    assert found.problems == ()
    [bundle] = found.bundles
    assert (bundle.manifest.documents, bundle.manifest.currently_employed) == (tuple(sorted(DOCS)), False)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        pytest.param(
            ",Maria,SO,,,2024-03-01,01-basic.pdf",
            "applicant_id: '' is not an id",
            id="empty-applicant-id",
        ),
        pytest.param(
            "A009,Maria,SO,,,03/01/2024,01-basic.pdf",
            "application_date: expected a date as YYYY-MM-DD, got '03/01/2024'",
            id="us-date",
        ),
        pytest.param(
            "A009,Maria,SO,,maybe,2024-03-01,01-basic.pdf",
            "currently_employed: expected true, false or empty, got 'maybe'",
            id="employed-maybe",
        ),
        pytest.param(
            "A009,Maria,SO,,,2024-03-01,../outside.pdf",
            "'../outside.pdf': path leaves the archive (..); paths must stay inside the CSV's folder",
            id="path-outside",
        ),
        pytest.param("A009,Maria,SO,,,2024-03-01,", "neither documents nor folder given", id="no-documents"),
    ],
)
def test_bad_csv_row_is_a_problem_and_other_rows_still_ingest(tmp_path: Path, row: str, message: str) -> None:
    """A faulty row is reported with its row number and field; the good row beside it is ingested."""
    (tmp_path / "01-basic.pdf").write_bytes(DOCS["01-basic.pdf"])
    csv_path = tmp_path / "applicants.csv"
    csv_path.write_text(
        "applicant_id,name,agency,sro_start_date,currently_employed,application_date,documents\n"
        f"{row}\n"
        "A001,Maria L. Gonzalez,SO,,,2024-03-01,01-basic.pdf\n",
        encoding="utf-8",
    )
    found = discover(csv_path, LIMITS)
    assert _ids(found) == ["A001"]
    [problem] = found.problems
    assert problem.origin == f"{csv_path} row 2"
    assert message in problem.message


def test_csv_without_required_columns(tmp_path: Path) -> None:
    """A CSV missing required columns is one Problem naming them."""
    csv_path = tmp_path / "applicants.csv"
    csv_path.write_text("applicant_id,name\nA001,Maria\n", encoding="utf-8")
    found = discover(csv_path, LIMITS)
    assert _messages(found) == [("error", "missing column(s): agency, application_date, documents or folder")]


def test_manifest_missing_a_field(tmp_path: Path) -> None:
    """A manifest without application_date is a Problem naming the file and field; other applicants go on."""
    values = _manifest("A002")
    del values["application_date"]
    bad = _applicant(tmp_path / "batch" / "A002", values)
    _applicant(tmp_path / "batch" / "A001")
    found = discover(tmp_path / "batch", LIMITS)
    assert _ids(found) == ["A001"]
    assert [(p.origin, p.message) for p in found.problems] == [
        (str(bad), f"{bad / 'manifest.json'}: application_date: Field required")
    ]


def test_expected_answers_are_dropped(tmp_path: Path) -> None:
    """`expected` and `expected_detail` in a manifest never reach the model."""
    values = _manifest(expected={"eligible": True}, expected_detail={"scenario": "eligible"})
    found = discover(_applicant(tmp_path / "A001", values), LIMITS)
    manifest = found.bundles[0].manifest
    assert "expected" not in manifest.model_dump()
    assert not hasattr(manifest, "expected")
    assert manifest.model_extra is None
    assert "eligible" not in repr(found)


def test_listed_file_missing(tmp_path: Path) -> None:
    """A listed document that is absent is a Problem; the others are still ingested."""
    folder = _applicant(tmp_path / "A001", docs={"01-basic.pdf": DOCS["01-basic.pdf"]})
    found = discover(folder, LIMITS)
    assert [f.name for f in found.bundles[0].files] == ["01-basic.pdf"]
    assert _messages(found) == [("error", "02-letter.png: listed in manifest.json but not in the folder")]


def test_unlisted_files_are_a_warning(tmp_path: Path) -> None:
    """Unlisted files and folders are named in one warning and not ingested; hidden files are ignored."""
    folder = _applicant(tmp_path / "A001", docs={**DOCS, "03-extra.pdf": b"x", ".DS_Store": b"y"})
    (folder / "scans").mkdir()
    found = discover(folder, LIMITS)
    assert [f.name for f in found.bundles[0].files] == list(DOCS)
    assert _messages(found) == [("warning", "2 unlisted, not ingested: 03-extra.pdf, scans/")]


def test_symlinked_document_is_refused(tmp_path: Path) -> None:
    """A listed document that is a symbolic link is refused, so a link cannot pull in outside files."""
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    folder = _applicant(tmp_path / "A001", docs={"01-basic.pdf": b"%PDF"})
    (folder / "02-letter.png").symlink_to(tmp_path / "secret.txt")
    found = discover(folder, LIMITS)
    assert [f.name for f in found.bundles[0].files] == ["01-basic.pdf"]
    assert _messages(found) == [("error", "02-letter.png: a symbolic link; refused")]


@pytest.mark.parametrize(
    ("limits", "files", "message"),
    [
        pytest.param(
            IngestLimits(max_file_bytes=12),
            ["02-letter.png"],
            "01-basic.pdf: 14 bytes; the limit is 12",
            id="file-too-large",
        ),
        pytest.param(
            IngestLimits(max_files_per_bundle=1),
            None,
            "lists 2 documents; the limit is 1",
            id="too-many-documents",
        ),
    ],
)
def test_bundle_limits(tmp_path: Path, limits: IngestLimits, files: list[str] | None, message: str) -> None:
    """A file over the size limit is skipped; a manifest over the document limit refuses the bundle."""
    found = discover(_applicant(tmp_path / "A001"), limits)
    assert [[f.name for f in b.files] for b in found.bundles] == ([files] if files is not None else [])
    assert _messages(found) == [("error", message)]


def test_duplicate_applicant_id_keeps_the_first(tmp_path: Path) -> None:
    """Two folders claiming the same applicant_id give one bundle and a Problem for the second."""
    _applicant(tmp_path / "batch" / "a", _manifest("A001"))
    second = _applicant(tmp_path / "batch" / "b", _manifest("A001"))
    found = discover(tmp_path / "batch", LIMITS)
    assert [b.origin for b in found.bundles] == [str(tmp_path / "batch" / "a")]
    assert [(p.origin, p.message) for p in found.problems] == [
        (str(second), f"applicant_id A001 already read from {tmp_path / 'batch' / 'a'}")
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("missing", None, "does not exist", id="missing-path"),
        pytest.param("notes.txt", b"hello", "not an applicant folder", id="unsupported-file"),
        pytest.param("broken.zip", b"not a zip", "not a readable zip", id="broken-zip"),
        pytest.param("empty", "folder", "no manifest.json here", id="empty-folder"),
    ],
)
def test_unusable_path_is_a_problem(
    tmp_path: Path, name: str, content: bytes | str | None, message: str
) -> None:
    """A PATH that holds no applications gives no bundles and one Problem saying why."""
    path = tmp_path / name
    if content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    found = discover(path, LIMITS)
    assert (found.bundles, len(found.problems)) == ((), 1)
    assert message in found.problems[0].message


def test_read_bytes_detects_a_changed_file(tmp_path: Path) -> None:
    """Bytes that changed after discovery are refused rather than ingested under the old hash."""
    folder = _applicant(tmp_path / "A001")
    found = discover(folder, LIMITS)
    (folder / "01-basic.pdf").write_bytes(b"%PDF-1.7 other")
    with pytest.raises(IngestError, match="changed since it was discovered"):
        found.bundles[0].files[0].read_bytes()


def test_bundle_file_needs_exactly_one_location(tmp_path: Path) -> None:
    """A BundleFile is either on disk or in an archive, never both or neither."""
    with pytest.raises(ValueError, match="either path, or archive and member"):
        BundleFile(name="a.pdf", size=1, sha256="0" * 64)
    with pytest.raises(ValueError, match="either path, or archive and member"):
        BundleFile(name="a.pdf", size=1, sha256="0" * 64, path=tmp_path, archive=tmp_path, member="a.pdf")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param(b"{not json", "not valid JSON", id="not-json"),
        pytest.param(b"[]", "expected a JSON object, got list", id="not-an-object"),
        pytest.param(
            json.dumps(_manifest("../A001")).encode(), "applicant_id: '../A001' is not an id", id="unsafe-id"
        ),
        pytest.param(
            json.dumps(_manifest(application_date=20240301)).encode(),
            "application_date: expected a date as YYYY-MM-DD, got int",
            id="date-as-number",
        ),
        pytest.param(
            json.dumps(_manifest(documents=["sub/01.pdf"])).encode(),
            "documents: 'sub/01.pdf' is not a plain file name",
            id="document-with-folder",
        ),
        pytest.param(
            json.dumps(_manifest(documents=["01.pdf", "01.pdf"])).encode(),
            "documents: '01.pdf' is listed twice",
            id="document-twice",
        ),
    ],
)
def test_manifest_errors_name_the_file_and_field(body: bytes, message: str) -> None:
    """Invalid manifests raise ManifestError naming the source and the failing field."""
    with pytest.raises(ManifestError) as caught:
        parse_manifest(body, "A001/manifest.json")
    assert str(caught.value).startswith("A001/manifest.json: ")
    assert message in str(caught.value)


def test_manifest_nulls_mean_not_stated() -> None:
    """Null sro_start_date and currently_employed parse as not stated."""
    values = _manifest(sro_start_date=None, currently_employed=None)
    manifest = parse_manifest(json.dumps(values), "manifest.json")
    assert (manifest.sro_start_date, manifest.currently_employed) == (None, None)


def test_bundle_is_frozen(tmp_path: Path) -> None:
    """Bundles are immutable values."""
    bundle: Bundle = discover(_applicant(tmp_path / "A001"), LIMITS).bundles[0]
    with pytest.raises(ValueError, match="frozen"):
        bundle.origin = "elsewhere"  # type: ignore[misc]


def _zip_with_raw_names(archive: Path, members: dict[bytes, bytes]) -> Path:
    """A zip whose member names are the given bytes, with the UTF-8 flag never set.

    zipfile sets the flag for any non-ASCII name, so ASCII stand-ins of the same length are written
    and then swapped for the raw bytes (names are outside the CRC).
    """
    stand_ins = {raw: (b"%02d" % i) + b"x" * (len(raw) - 2) for i, raw in enumerate(members)}
    with zipfile.ZipFile(archive, "w") as zf:
        for raw, data in members.items():
            zf.writestr(stand_ins[raw].decode("ascii"), data)
    packed = archive.read_bytes()
    for raw, stand_in in stand_ins.items():
        packed = packed.replace(stand_in, raw)
    archive.write_bytes(packed)
    return archive


def test_zip_names_in_utf8_without_the_utf8_flag_match_the_manifest(tmp_path: Path) -> None:
    # macOS' Archive Utility, 7-Zip and others write UTF-8 names without setting the flag; zipfile
    # then decodes them as cp437 ("Formación" -> "Formaci├│n") and no manifest entry would match.
    names = ["Certificado_Formación.pdf", "Zertifikat_Prüfung.png"]
    members = {b"A010/manifest.json": json.dumps(_manifest("A010", documents=names)).encode()}
    members.update({f"A010/{n}".encode(): b"%PDF-1.7 " + n.encode() for n in names})
    archive = _zip_with_raw_names(tmp_path / "mac.zip", members)
    with zipfile.ZipFile(archive) as zf:
        assert all(not i.flag_bits & 0x800 for i in zf.infolist())
        assert "A010/Certificado_Formaci├│n.pdf" in zf.namelist()  # what zipfile alone makes of it
    found = discover(archive, LIMITS)
    assert found.problems == ()
    (bundle,) = found.bundles
    assert [f.name for f in bundle.files] == names
    assert [f.read_bytes() for f in bundle.files] == [b"%PDF-1.7 " + n.encode() for n in names]


def test_zip_names_in_cp437_stay_cp437(tmp_path: Path) -> None:
    # A real cp437 name ("Formación" from a DOS-era tool: 0xa2 is "ó") is not valid UTF-8: kept as is.
    members = {
        b"A011/manifest.json": json.dumps(_manifest("A011", documents=["Formación.pdf"])).encode(),
        "A011/Formación.pdf".encode("cp437"): b"%PDF-1.7 dos",
    }
    (bundle,) = discover(_zip_with_raw_names(tmp_path / "dos.zip", members), LIMITS).bundles
    assert [f.name for f in bundle.files] == ["Formación.pdf"]


def test_mac_and_windows_clutter_in_a_zip_is_skipped_quietly(tmp_path: Path) -> None:
    folder = _applicant(tmp_path / "src" / "A012")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "._01-basic.pdf").write_bytes(b"\x00\x05\x16\x07")
    archive = _zip_folder(tmp_path / "src", tmp_path / "batch.zip", under="batch/")
    with zipfile.ZipFile(archive, "a") as zf:
        zf.writestr("__MACOSX/batch/A012/._01-basic.pdf", b"\x00\x05\x16\x07")
        zf.writestr("batch/.DS_Store", b"\x00\x00\x00\x01Bud1")
    found = discover(archive, LIMITS)
    assert found.problems == ()
    assert [f.name for f in found.bundles[0].files] == list(DOCS)


def test_encrypted_zip_member_says_it_needs_no_password(tmp_path: Path) -> None:
    archive = _zip_folder(_applicant(tmp_path / "src" / "A013"), tmp_path / "locked.zip", under="A013/")
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("A013/01-basic.pdf")
    # Set the "encrypted" flag bit in the member's local and central headers (what `zip -P` writes).
    central = data.index(b"PK\x01\x02", 0)
    while central != -1:
        name_len = int.from_bytes(data[central + 28 : central + 30], "little")
        if data[central + 46 : central + 46 + name_len] == b"A013/01-basic.pdf":
            data[central + 8] |= 0x1
        central = data.find(b"PK\x01\x02", central + 4)
    data[info.header_offset + 6] |= 0x1
    archive.write_bytes(bytes(data))
    found = discover(archive, LIMITS)
    assert any("password" in message for _, message in _messages(found)), _messages(found)
    assert [f.name for f in found.bundles[0].files] == ["02-letter.png"]
