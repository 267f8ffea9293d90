"""The course catalog: packaged default, a file of one's own, validation errors naming the row."""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

import pytest
from pydantic import ValidationError

from classify.catalog import Catalog, CatalogError, Course, load_catalog

HEADER = "id,title,aliases,provider,hours,category,hours_verified\n"
GOOD_ROW = "basic-x,Basic Course X,Basic X|BX,Some Academy,40,basic,yes\n"


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "courses.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_packaged_catalog_loads() -> None:
    catalog = load_catalog()
    data = resources.files("classify").joinpath("data/courses.csv").read_bytes()
    assert catalog.sha256 == hashlib.sha256(data).hexdigest()
    assert len(catalog) == len(catalog.ids) > 10
    basic = catalog["nasro-basic"]
    assert (basic.provider, basic.hours, basic.category, basic.hours_verified) == (
        "National Association of School Resource Officers (NASRO)",
        40.0,
        "basic",
        True,
    )
    assert "Basic SRO Course" in basic.aliases
    assert basic.names[0] == basic.title


NASRO = "National Association of School Resource Officers (NASRO)"


@pytest.mark.parametrize(
    ("course_id", "provider", "hours"),
    [
        pytest.param("nasro-conference", NASRO, None, id="conference-hours-blank"),
        pytest.param("juvenile-law", None, 8.0, id="generic-course-no-provider"),
        pytest.param("fema-is-100-c", "FEMA Emergency Management Institute", 2.0, id="fema"),
    ],
)
def test_packaged_catalog_fields(course_id: str, provider: str | None, hours: float | None) -> None:
    course = load_catalog()[course_id]
    assert (course.provider, course.hours) == (provider, hours)


def test_lookup_by_id() -> None:
    catalog = load_catalog()
    assert catalog.get("no-such-course") is None
    assert "nasro-basic" in catalog
    with pytest.raises(KeyError):
        catalog["no-such-course"]


def test_catalog_is_immutable() -> None:
    catalog = load_catalog()
    with pytest.raises(ValidationError):
        catalog.sha256 = "x"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        catalog.courses[0].title = "x"  # type: ignore[misc]
    assert isinstance(catalog.courses, tuple)


def test_catalog_from_path(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_ROW + "gen-y,Generic Y,,,,juvenile,no\n")
    catalog = load_catalog(path)
    assert catalog.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert catalog.source == str(path)
    assert catalog["basic-x"] == Course(
        id="basic-x",
        title="Basic Course X",
        aliases=("Basic X", "BX"),
        provider="Some Academy",
        hours=40.0,
        category="basic",
        hours_verified=True,
    )
    generic = catalog["gen-y"]
    assert (generic.aliases, generic.provider, generic.hours, generic.hours_verified) == (
        (),
        None,
        None,
        False,
    )


def test_catalog_accepts_bom(tmp_path: Path) -> None:
    path = tmp_path / "courses.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + GOOD_ROW).encode())
    assert load_catalog(path).ids == ("basic-x",)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "x,Title X,,,4,weird,no\n", r"line 2 \(id 'x'\): unknown category 'weird'", id="unknown-category"
        ),
        pytest.param(
            GOOD_ROW + GOOD_ROW, r"line 3: duplicate id 'basic-x' \(first on line 2\)", id="duplicate-id"
        ),
        pytest.param(
            GOOD_ROW + "y,Title Y,,,four,juvenile,no\n", r"line 3 \(id 'y'\): hours 'four'", id="bad-hours"
        ),
        pytest.param(
            "y,Title Y,,,-2,juvenile,no\n", r"line 2 \(id 'y'\): hours must be positive", id="neg-hours"
        ),
        pytest.param("y,Title Y,,,2,juvenile,maybe\n", r"hours_verified 'maybe'", id="bad-flag"),
        pytest.param(",Title Y,,,2,juvenile,no\n", r"line 2 \(id ''\): empty id", id="empty-id"),
        pytest.param("y,,,,2,juvenile,no\n", r"line 2 \(id 'y'\): empty title", id="empty-title"),
        pytest.param("", r"no courses", id="empty-file"),
    ],
)
def test_invalid_rows_name_the_row(tmp_path: Path, body: str, expected: str) -> None:
    with pytest.raises(CatalogError, match=expected):
        load_catalog(write(tmp_path, body))


def test_missing_column(tmp_path: Path) -> None:
    path = write(tmp_path, "x,Title,,,4,basic\n", header="id,title,aliases,provider,hours,category\n")
    with pytest.raises(CatalogError, match=r"missing column.*hours_verified"):
        load_catalog(path)


def test_catalog_type() -> None:
    assert isinstance(load_catalog(), Catalog)
