"""The course catalog: a CSV staff can edit (courses, aliases, providers) without a code change."""

from __future__ import annotations

import csv
import hashlib
import io
from importlib import resources
from pathlib import Path
from typing import Literal, cast, get_args

from extract.types import Frozen

Category = Literal["basic", "advanced", "supervisor", "conference", "school_safety", "juvenile", "unrelated"]
CATEGORIES: frozenset[str] = frozenset(get_args(Category))

COLUMNS = ("id", "title", "aliases", "provider", "hours", "category", "hours_verified")
_YES = frozenset({"yes", "y", "true", "1"})
_NO = frozenset({"no", "n", "false", "0", ""})


class CatalogError(ValueError):
    """A catalog file that cannot be used; the message names the file and row."""


class Course(Frozen):
    id: str
    title: str
    aliases: tuple[str, ...] = ()
    provider: str | None = None
    hours: float | None = None
    category: Category
    hours_verified: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        """The title followed by its aliases."""
        return (self.title, *self.aliases)


class Catalog(Frozen):
    courses: tuple[Course, ...]
    sha256: str
    source: str  # the path or package resource it was read from

    def get(self, course_id: str) -> Course | None:
        """The course with this id, or None."""
        return next((c for c in self.courses if c.id == course_id), None)

    def __getitem__(self, course_id: str) -> Course:
        course = self.get(course_id)
        if course is None:
            raise KeyError(course_id)
        return course

    def __contains__(self, course_id: object) -> bool:
        return any(c.id == course_id for c in self.courses)

    def __len__(self) -> int:
        return len(self.courses)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.courses)


def load_catalog(path: Path | None = None) -> Catalog:
    """Read the packaged ``classify/data/courses.csv``, or ``path`` when given."""
    if path is None:
        data = resources.files("classify").joinpath("data/courses.csv").read_bytes()
        source = "classify/data/courses.csv"
    else:
        data = Path(path).read_bytes()
        source = str(path)
    return parse_catalog(data, source)


def parse_catalog(data: bytes, source: str = "<bytes>") -> Catalog:
    """Validate and build a catalog from CSV bytes; errors name the row (line number and id)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{source}: not UTF-8 ({exc})") from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise CatalogError(f"{source}: missing column(s) {', '.join(missing)}")
    courses: list[Course] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        course = _parse_row(row, f"{source}, line {line}")
        if course.id in seen:
            raise CatalogError(
                f"{source}, line {line}: duplicate id {course.id!r} (first on line {seen[course.id]})"
            )
        seen[course.id] = line
        courses.append(course)
    if not courses:
        raise CatalogError(f"{source}: no courses")
    return Catalog(courses=tuple(courses), sha256=hashlib.sha256(data).hexdigest(), source=source)


def _parse_row(row: dict[str, str | None], where: str) -> Course:
    def cell(name: str) -> str:
        return (row.get(name) or "").strip()

    course_id = cell("id")
    where = f"{where} (id {course_id!r})"
    if not course_id:
        raise CatalogError(f"{where}: empty id")
    if not cell("title"):
        raise CatalogError(f"{where}: empty title")
    category = cell("category").lower()
    if category not in CATEGORIES:
        expected = ", ".join(sorted(CATEGORIES))
        raise CatalogError(f"{where}: unknown category {cell('category')!r} (expected one of {expected})")
    return Course(
        id=course_id,
        title=cell("title"),
        aliases=tuple(a.strip() for a in cell("aliases").split("|") if a.strip()),
        provider=cell("provider") or None,
        hours=_hours(cell("hours"), where),
        category=cast(Category, category),  # checked against CATEGORIES above
        hours_verified=_flag(cell("hours_verified"), where),
    )


def _hours(value: str, where: str) -> float | None:
    if not value:
        return None  # varies (conferences)
    try:
        hours = float(value)
    except ValueError:
        raise CatalogError(f"{where}: hours {value!r} is not a number") from None
    if hours <= 0:
        raise CatalogError(f"{where}: hours must be positive, got {value!r}")
    return hours


def _flag(value: str, where: str) -> bool:
    low = value.lower()
    if low in _YES:
        return True
    if low in _NO:
        return False
    raise CatalogError(f"{where}: hours_verified {value!r} is not yes/no")
