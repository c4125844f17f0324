"""Countries, IGOs and their aliases: names, demonyms, capitals, seats of power.

Built once from countries.csv, igos.csv, country_aliases.csv and
ambiguous_aliases.csv (plus an optional user table); every lookup is one or
two dict accesses.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dyadline.errors import KnowledgeError
from dyadline.knowledge.normalize import alias_key, is_acronym
from dyadline.knowledge.tables import (
    ALIAS_KINDS,
    Row,
    check_choice,
    check_code,
    check_sector,
    read_path,
    read_shipped,
)

__all__ = ["CountryMatch", "CountryIndex", "build_country_index", "ALIAS_COLUMNS"]

logger = logging.getLogger(__name__)

ALIAS_COLUMNS = ("alias", "code", "kind", "sector")
_COUNTRY_COLUMNS = ("iso3", "name", "iso2", "status", "parent", "population")
_IGO_COLUMNS = ("code", "name", "aliases", "sector", "kind", "plover")
_AMBIGUOUS_COLUMNS = ("alias", "code", "alternatives", "ambiguous", "exact_case", "note")
_STATUSES = frozenset({"state", "territory", "former", "other"})
_YES_NO = frozenset({"yes", "no", ""})
_IGO_KINDS = frozenset({"igo", "ngo"})
#: PLOVER's country codes for international actors
_PLOVER_ACTORS = frozenset({"UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC"})
_DROP_TOKENS = frozenset({"", "s"})


@dataclass(frozen=True, slots=True)
class CountryMatch:
    """What an alias stands for.

    ``code`` is an ISO3 country code or an IGO code (empty for a people
    living across borders); ``kind`` is name, adjective, capital, metonym,
    institution, igo or people (a communal group); ``sector`` is set for
    seats of power, institutions and IGOs; ``ambiguous`` flags aliases with
    another reading (listed in ``alternatives``; empty when the other reading
    is not a country, e.g. "Jordan" the name).
    """

    code: str
    kind: str
    sector: str | None
    ambiguous: bool
    alternatives: tuple[str, ...] = ()


_BLOCK = CountryMatch(code="", kind="block", sector=None, ambiguous=False)


class _Layer:
    """Two dicts: exact-case keys (all aliases) and case-folded keys (case-insensitive aliases)."""

    __slots__ = ("exact", "loose", "width")

    def __init__(self) -> None:
        self.exact: dict[str, CountryMatch] = {}
        self.loose: dict[str, CountryMatch] = {}
        self.width = 1

    def add(self, alias: str, match: CountryMatch, *, exact_case: bool) -> None:
        key = alias_key(alias)
        self.exact[key] = match
        if exact_case:
            if not is_acronym(alias):
                self.exact[key.upper()] = match  # headlines in capitals
        else:
            self.loose[key.casefold()] = match
        self.width = max(self.width, len(key.split()))

    def owner(self, alias: str) -> CountryMatch | None:
        key = alias_key(alias)
        return self.exact.get(key) or self.loose.get(key.casefold())


class CountryIndex:
    """Alias lookups over countries and IGOs. Immutable once built."""

    def __init__(self, names: dict[str, str], parents: dict[str, str], igos: dict[str, str | None],
                 layers: Sequence[_Layer], populations: dict[str, int],
                 capitals: dict[str, str] | None = None) -> None:
        self._names = names
        self._capitals = capitals or {}
        self._parents = parents
        self.populations = populations
        self._igo_sectors = igos
        self._layers = tuple(layers)
        self._width = max(layer.width for layer in layers)

    def find(self, text: str) -> CountryMatch | None:
        """The entry for ``text`` (a block entry included), user entries first."""
        key = alias_key(text)
        if not key:
            return None
        folded = key.casefold()
        for layer in self._layers:
            hit = layer.exact.get(key) or layer.loose.get(folded)
            if hit is not None:
                return hit
        return None

    def match(self, text: str) -> CountryMatch | None:
        hit = self.find(text)
        return None if hit is None or hit is _BLOCK or hit.kind == "block" else hit

    def in_phrase(self, words: Sequence[str]) -> tuple[CountryMatch, str] | None:
        """The longest alias among the phrase's tokens (leftmost on ties), and the words it matched."""
        tokens = [w for w in words if alias_key(w) not in _DROP_TOKENS]
        covered: set[int] = set()
        for size in range(min(self._width, len(tokens)), 0, -1):
            for start in range(len(tokens) - size + 1):
                span = range(start, start + size)
                if covered.intersection(span):
                    continue
                text = " ".join(tokens[start:start + size])
                hit = self.find(text)
                if hit is None:
                    continue
                if hit.kind == "block":
                    covered.update(span)
                    continue
                return hit, text
        return None

    def name(self, code: str) -> str:
        try:
            return self._names[code]
        except KeyError:
            raise KnowledgeError(f"unknown country or IGO code {code!r}") from None

    def is_igo(self, code: str) -> bool:
        return code in self._igo_sectors

    def capital(self, code: str) -> str | None:
        """The name of a country's capital (the first capital alias of the shipped table), if known."""
        return self._capitals.get(code)

    def is_country(self, code: str) -> bool:
        return code in self._parents

    def sovereign_of(self, code: str) -> str:
        """The state a territory belongs to (PLOVER folds dependencies into it), else the code itself."""
        return self._parents.get(code) or code


def _read_countries(names: dict[str, str], parents: dict[str, str], populations: dict[str, int]) -> None:
    for row in read_shipped("countries.csv", _COUNTRY_COLUMNS):
        code = check_code(row, "iso3")
        if code in names:
            raise row.error(f"duplicate country code {code}")
        check_choice(row, "status", _STATUSES)
        if not row["name"]:
            raise row.error("empty name")
        if not row["population"].isdigit():
            raise row.error(f"population {row['population']!r} is not a whole number")
        names[code] = row["name"]
        parents[code] = row["parent"].upper()
        populations[code] = int(row["population"])


def _read_igos(names: dict[str, str], igos: dict[str, str | None]) -> list[tuple[str, CountryMatch]]:
    entries: list[tuple[str, CountryMatch]] = []
    for row in read_shipped("igos.csv", _IGO_COLUMNS):
        code = check_code(row)
        if code in names:
            raise row.error(f"IGO code {code} is already a country or IGO code")
        sector = check_sector(row)
        check_choice(row, "kind", _IGO_KINDS)
        if row["plover"].upper() not in _PLOVER_ACTORS:
            raise row.error(f"unknown plover code {row['plover']!r} (expected {', '.join(sorted(_PLOVER_ACTORS))})")
        names[code] = row["name"]
        igos[code] = sector
        match = CountryMatch(code, "igo", sector, False)
        entries.extend((alias.strip(), match) for alias in [row["name"], *row["aliases"].split("|")]
                       if alias.strip())
    return entries


_Flags = dict[str, tuple[Row, str, tuple[str, ...], bool, bool]]


def _flagged(alias: str, match: CountryMatch, source: str, flags: _Flags) -> tuple[CountryMatch, bool]:
    """The match with its ambiguity flag, and whether the alias matches in its own case only."""
    exact = is_acronym(alias)
    flag = flags.get(alias_key(alias).casefold())
    if flag is None:
        return match, exact
    flag_row, code, alternatives, ambiguous, flag_exact = flag
    if code != match.code:
        raise flag_row.error(f"{alias!r} defaults to {code} but {source} gives {match.code}")
    return CountryMatch(match.code, match.kind, match.sector, ambiguous, alternatives), exact or flag_exact


def _read_ambiguous(known: dict[str, str]) -> _Flags:
    flags: _Flags = {}
    for row in read_shipped("ambiguous_aliases.csv", _AMBIGUOUS_COLUMNS):
        code = check_code(row)
        alternatives = tuple(a.strip().upper() for a in row["alternatives"].split("|") if a.strip())
        for c in (code, *alternatives):
            if c not in known:
                raise row.error(f"unknown code {c!r}")
        ambiguous = check_choice(row, "ambiguous", _YES_NO) == "yes"
        exact = check_choice(row, "exact_case", _YES_NO) == "yes"
        flags[alias_key(row["alias"]).casefold()] = (row, code, alternatives, ambiguous, exact)
    return flags


def _alias_entry(row: Row, known: dict[str, str], igos: dict[str, str | None], *, user: bool) -> CountryMatch:
    if not row["alias"]:
        raise row.error("empty alias")
    kind = check_choice(row, "kind", ALIAS_KINDS)
    sector = check_sector(row)
    if kind == "block":
        if row["code"]:
            raise row.error("a block entry has no code")
        return _BLOCK
    if kind == "people" and not row["code"]:
        return CountryMatch("", kind, sector, False)  # of the country where it acts
    code = check_code(row)
    if code not in known:
        if not (user and kind == "igo"):
            raise row.error(f"unknown country or IGO code {code!r}")
        known[code] = row["alias"]
        igos[code] = sector or "IGO"
        logger.info("%s, line %d: new IGO code %s (%s)", row.source, row.line, code, row["alias"])
    if sector is None and code in igos:
        sector = igos[code]
    return CountryMatch(code, kind, sector, False)


def _read_aliases(rows: Iterable[Row], layer: _Layer, known: dict[str, str], igos: dict[str, str | None],
                  flags: _Flags, *, user: bool) -> None:
    seen: dict[str, Row] = {}
    for row in rows:
        match = _alias_entry(row, known, igos, user=user)
        key = alias_key(row["alias"])
        if key in seen:
            earlier = seen[key]
            if (earlier["code"].upper(), earlier["kind"].lower()) != (match.code, match.kind):
                raise row.error(f"alias {row['alias']!r} already defined on line {earlier.line}")
            continue
        seen[key] = row
        if match.kind == "person":
            continue  # a person of the user table is no name of a country (see notables.user_people)
        # (a people's name only in its own case: "Fur" the people, not "fur")
        people = match.kind == "people"
        if user or match is _BLOCK:
            layer.add(row["alias"], match, exact_case=is_acronym(row["alias"]) or people)
            continue
        match, exact = _flagged(row["alias"], match, f"{row.source} line {row.line}", flags)
        layer.add(row["alias"], match, exact_case=exact or people)


def build_country_index(user_table: Path | None = None) -> CountryIndex:
    names: dict[str, str] = {}
    parents: dict[str, str] = {}
    igos: dict[str, str | None] = {}
    populations: dict[str, int] = {}
    shipped = _Layer()
    _read_countries(names, parents, populations)
    igo_aliases = _read_igos(names, igos)
    flags = _read_ambiguous(names)
    for alias, match in igo_aliases:
        match, exact = _flagged(alias, match, "igos.csv", flags)
        shipped.add(alias, match, exact_case=exact)
    alias_rows = list(read_shipped("country_aliases.csv", ALIAS_COLUMNS))
    _read_aliases(alias_rows, shipped, names, igos, flags, user=False)
    _read_aliases(read_shipped("communal_groups.csv", ALIAS_COLUMNS), shipped, names, igos, flags, user=False)
    for row, code, *_rest in flags.values():
        owner = shipped.owner(row["alias"])
        if owner is None or owner.code != code:
            raise row.error(f"ambiguous alias {row['alias']!r} is not an alias of {code}")
    for code, parent in parents.items():
        if parent and parent not in parents:
            raise KnowledgeError(f"countries.csv: {code} has unknown parent {parent}")
    layers = [shipped]
    if user_table is not None:
        user = _Layer()
        _read_aliases(read_path(user_table, ALIAS_COLUMNS), user, names, igos, flags, user=True)
        layers.insert(0, user)
    capitals: dict[str, str] = {}
    for row in alias_rows:
        if row["kind"].lower() == "capital":
            capitals.setdefault(row["code"].upper(), row["alias"])
    return CountryIndex(names, parents, igos, layers, populations, capitals)
