"""The catalog picker's fuzzy search (rapidfuzz over titles and aliases)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from fastapi import APIRouter
from rapidfuzz import fuzz, process

from certledger.api.deps import SessionDep, SettingsDep
from certledger.catalogs import current_catalog
from certledger.web.deps import ViewerDep, require
from certledger.web.errors import PageRoute
from classify.catalog import Catalog

router = APIRouter(route_class=PageRoute)


@dataclass(frozen=True)
class CatalogHit:
    id: str
    title: str
    provider: str | None
    hours: float | None
    category: str
    score: float


def search_catalog(catalog: Catalog, query: str, limit: int = 10) -> list[CatalogHit]:
    """Courses whose id, title or an alias best match ``query``; every course when it is empty."""
    if not query.strip():
        return [CatalogHit(c.id, c.title, c.provider, c.hours, c.category, 100.0) for c in catalog.courses][
            :limit
        ]
    names = [(c, name) for c in catalog.courses for name in (c.id, *c.names)]
    found = process.extract(
        query, [n for _, n in names], scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=50
    )
    best: dict[str, CatalogHit] = {}
    for _, score, index in found:
        course = names[index][0]
        if course.id not in best or best[course.id].score < score:
            best[course.id] = CatalogHit(
                course.id, course.title, course.provider, course.hours, course.category, score
            )
    return sorted(best.values(), key=lambda h: -h.score)[:limit]


@router.get("/catalog/search")
def catalog_search(
    session: SessionDep, settings: SettingsDep, viewer: ViewerDep, q: str = ""
) -> list[dict[str, object]]:
    require(viewer, "review")
    return [asdict(h) for h in search_catalog(current_catalog(session, settings.catalog_path), q)]
