"""Heads of state and government with their terms (leaders.csv, from Wikidata).

Names are indexed by their full form, their surname and every later part
("Luiz Inácio Lula da Silva" -> "lula da silva", "da silva", "silva"), all
case- and accent-insensitive, so a lookup is one dict access per word
dropped from the front of the query ("President Ilham Aliyev" -> "ilham
aliyev").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dyadline.knowledge.normalize import name_key
from dyadline.knowledge.tables import check_choice, check_code, check_date, read_shipped

__all__ = ["Leader", "LeaderIndex", "build_leader_index", "LEADER_COLUMNS", "ROLES"]

LEADER_COLUMNS = ("iso3", "role", "person", "wikidata", "start", "end", "surname", "aliases")
ROLES = frozenset({"head_of_state", "head_of_government"})
_FULL, _SURNAME, _PART = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Leader:
    """One term of office. ``start``/``end`` are None when unknown or (end) still running."""

    person: str
    wikidata: str
    country: str
    role: str
    start: dt.date | None
    end: dt.date | None

    def in_office(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "shaikh",
                         "king", "queen", "prince", "princess", "emir", "sultan", "general", "gen", "president",
                         "prime", "minister", "premier", "chancellor", "leader", "comrade", "mister"})


class LeaderIndex:
    """Name lookups over leaders' terms. Immutable once built."""

    def __init__(self, leaders: tuple[Leader, ...], index: dict[str, tuple[tuple[int, int], ...]],
                 populations: Mapping[str, int]) -> None:
        self._leaders = leaders
        self._index = index
        self._populations = populations

    def _rank(self, hit: tuple[int, Leader]) -> tuple[int, bool, int, int]:
        quality, leader = hit
        return (quality, leader.role != "head_of_state", -self._populations.get(leader.country, 0),
                -(leader.start or dt.date.min).toordinal())

    def __len__(self) -> int:
        return len(self._leaders)

    def _candidates(self, name: str) -> list[tuple[int, Leader]]:
        words = name_key(name).split()
        for start in range(len(words)):
            hits = self._index.get(" ".join(words[start:]))
            if hits:
                # words left out of the match must not contradict the leader's name: "Alejandro
                # Rivera" is not "Luis Guillermo Solís Rivera"; "Mr Putin", "V. Putin" may be Putin
                dropped = [w for w in words[:start] if w not in _HONORIFICS and len(w) > 1]
                found = [(quality, self._leaders[i]) for i, quality in hits
                         if all(w in name_key(self._leaders[i].person).split() for w in dropped)]
                if found or not dropped:
                    return found
                return []
        return []

    def named(self, name: str, on: dt.date | None = None) -> list[Leader]:
        """Leaders called ``name`` in office on ``on`` (today if None): best name match first,
        then heads of state before heads of government, then the most populous country (a king of
        several realms, a French president who is also co-prince of Andorra), then the latest term."""
        day = on or dt.date.today()
        hits = [(q, leader) for q, leader in self._candidates(name) if leader.in_office(day)]
        hits.sort(key=self._rank)
        return _unique(leader for _q, leader in hits)

    def called_in_full(self, name: str) -> list[Leader]:
        """Every term of leaders whose full name or an alias is ``name`` exactly ("King Hussein"), latest first."""
        hits = [self._leaders[i] for i, quality in self._index.get(name_key(name), ()) if quality == _FULL]
        return sorted(hits, key=lambda leader: leader.start or dt.date.min, reverse=True)

    def any_time(self, name: str) -> list[Leader]:
        """Every term of every leader called ``name``, best name match first, then by start."""
        hits = self._candidates(name)
        hits.sort(key=lambda h: (h[0], h[1].start or dt.date.min, h[1].role))
        return [leader for _q, leader in hits]


def _unique(leaders: Iterable[Leader]) -> list[Leader]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for leader in leaders:
        key = (leader.wikidata, leader.country, leader.role)
        if key not in seen:
            seen.add(key)
            out.append(leader)
    return out


def _keys(names: Iterable[str], surname: str) -> dict[str, int]:
    keys: dict[str, int] = {}
    for name in names:
        words = name_key(name).split()
        if not words:
            continue
        keys[" ".join(words)] = _FULL
        for start in range(1, len(words)):
            part = " ".join(words[start:])
            if len(part) > 1:
                keys.setdefault(part, _PART)
    family = name_key(surname)
    if family and keys.get(family, _PART) != _FULL:
        keys[family] = _SURNAME
    return keys


def build_leader_index(populations: Mapping[str, int] | None = None) -> LeaderIndex:
    """Read leaders.csv; ``populations`` (by ISO3) orders people who head several countries."""
    leaders: list[Leader] = []
    index: dict[str, list[tuple[int, int]]] = {}
    for row in read_shipped("leaders.csv", LEADER_COLUMNS):
        if not row["person"] or not row["wikidata"]:
            raise row.error("empty person or wikidata id")
        start, end = check_date(row, "start"), check_date(row, "end")
        if start and end and end < start:
            raise row.error(f"term ends ({end}) before it starts ({start})")
        leader = Leader(row["person"], row["wikidata"], check_code(row, "iso3"),
                        check_choice(row, "role", ROLES), start, end)
        position = len(leaders)
        leaders.append(leader)
        aliases = [a for a in row["aliases"].split("|") if a.strip()]
        for key, quality in _keys([row["person"], *aliases], row["surname"]).items():
            index.setdefault(key, []).append((position, quality))
    frozen = {key: tuple(hits) for key, hits in index.items()}
    return LeaderIndex(tuple(leaders), frozen, populations or {})
