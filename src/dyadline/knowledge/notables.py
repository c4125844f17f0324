"""Office holders beyond heads of state: ministers, officials, judges, party leaders, with dated roles.

``data/notables.csv`` is built by ``scripts/build_notables.py`` from the
Phoenix/PETRARCH2 country actors dictionary (MIT; compiled in 2014 from
CountryInfo): one row per role, ``person, aliases, iso3, sector, start, end``.

A name is looked up whole (its full form or an alias, case- and
accent-insensitive, titles before it dropped: "Secretary of State Madeleine
Albright" -> "madeleine albright"); never by surname alone, since a surname
shared by thousands of people names none of them. A name borne by people of
two countries gives nothing unless only one of them holds a role on the
date.

What a person is on a date: the dated role running then (a named sector
beats ELI); else, after their last dated role, a former official (ELI, or
the role's own sector for a non-state one); else their undated role. The
table ends in 2014: a role left open there is not taken to run past
:data:`OPEN_UNTIL`, after which only the country is known.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from dyadline.knowledge.normalize import name_key
from dyadline.knowledge.tables import Row, check_code, check_date, check_sector, read_shipped

__all__ = ["Notable", "NotableIndex", "NotableMatch", "build_notable_index", "index_people", "user_people",
           "NOTABLE_COLUMNS", "OPEN_UNTIL"]

NOTABLE_COLUMNS = ("person", "aliases", "iso3", "sector", "start", "end")
#: a role left open in the 2014 dictionary is not known to run after this day
OPEN_UNTIL = dt.date(2014, 12, 31)
#: sectors of public office (a state's or an international body's), whose holders become ELI when they leave it
_STATE = frozenset({"GOV", "ELI", "LEG", "JUD", "MIL", "COP", "SPY", "IGO"})
#: words before a name that are titles, not part of it
_TITLE_WORDS = frozenset({
    "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sheikh", "general", "gen", "president", "prime",
    "minister", "premier", "chancellor", "leader", "secretary", "of", "state", "foreign", "defence", "defense",
    "interior", "finance", "deputy", "vice", "ambassador", "envoy", "senator", "judge", "justice", "chief",
    "the", "home", "trade", "affairs", "colonel", "col", "lt", "major", "admiral", "governor", "mayor",
    "speaker", "spokesman", "spokeswoman", "commander", "opposition", "former", "ex",
})


@dataclass(frozen=True, slots=True)
class Notable:
    """One role of a person: a country and sector between two dates (None: open or unknown)."""

    person: str
    country: str
    sector: str | None
    start: dt.date | None
    end: dt.date | None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def runs_on(self, day: dt.date) -> bool:
        end = self.end or (OPEN_UNTIL if self.start is not None else None)
        return self.dated and (self.start is None or self.start <= day) and (end is None or day <= end)


@dataclass(frozen=True, slots=True)
class NotableMatch:
    """What a named person is on a date, and why."""

    person: str
    country: str
    sector: str | None
    why: str


class NotableIndex:
    """Whole-name lookups over the roles of notables.csv. Immutable once built."""

    def __init__(self, roles: tuple[Notable, ...], index: dict[str, tuple[int, ...]]) -> None:
        self._roles = roles
        self._index = index

    def __len__(self) -> int:
        return len({r.person for r in self._roles})

    def _roles_of(self, name: str) -> list[Notable]:
        words = name_key(name).split()
        while words:
            hits = self._index.get(" ".join(words))
            if hits:
                return [self._roles[i] for i in hits]
            if words[0] not in _TITLE_WORDS:
                return []
            words = words[1:]
        return []

    def named(self, name: str) -> list[Notable]:
        """Every role of the person called ``name`` (whole name or alias, titles before it dropped)."""
        return self._roles_of(name)

    def on(self, name: str, day: dt.date) -> NotableMatch | None:
        """What the person called ``name`` (whole name, titles before it dropped) is on ``day``."""
        roles = self._roles_of(name)
        if not roles:
            return None
        people = {(r.person, r.country) for r in roles}
        if len({country for _, country in people}) > 1:
            running = {(r.person, r.country) for r in roles if r.runs_on(day)}
            if len({country for _, country in running}) != 1:
                return None  # a name of two countries, neither alone in office on the day
            people = running
        person, country = sorted(people)[0]
        own = [r for r in roles if (r.person, r.country) == (person, country)]
        return _what_on(own, day)


def _span(role: Notable) -> str:
    return f"{role.start or '?'} to {role.end or 'open'}"


def _what_on(roles: list[Notable], day: dt.date) -> NotableMatch:
    first = roles[0]
    running = [r for r in roles if r.runs_on(day)]
    if running:
        role = min(running, key=lambda r: (r.sector in {None, "ELI"}, -(r.start or dt.date.min).toordinal()))
        return NotableMatch(first.person, role.country, role.sector,
                            f"{first.person} is {role.country} {role.sector or '(no sector)'} on {day} "
                            f"(role {_span(role)}; Phoenix dictionary)")
    dated = [r for r in roles if r.dated]
    before = [r for r in dated if (r.end or OPEN_UNTIL) < day]
    if before:
        last = max(before, key=lambda r: r.end or OPEN_UNTIL)
        sector = "ELI" if last.sector in _STATE else last.sector
        if last.end is None:
            sector = None  # a role still open when the table was made: what they are now is not known
        return NotableMatch(first.person, last.country, sector,
                            f"{first.person}: {last.country} {last.sector or ''} until {last.end or 'after 2014'}, "
                            f"{'role now unknown' if sector is None else f'former ({sector})'} on {day} "
                            f"(Phoenix dictionary)")
    undated = [r for r in roles if not r.dated]
    if undated:
        role = undated[0]
        return NotableMatch(first.person, role.country, role.sector,
                            f"{first.person} is {role.country} {role.sector or ''} (undated role; Phoenix dictionary)")
    return NotableMatch(first.person, first.country, None,
                        f"{first.person} is of {first.country}, in office only after {day} (Phoenix dictionary)")


def _keys(names: Iterable[str]) -> set[str]:
    return {key for key in (name_key(n) for n in names) if len(key.split()) >= 2}


def index_people(people: Iterable[tuple[Notable, Iterable[str]]]) -> NotableIndex:
    """An index over roles, each with the aliases of its person."""
    roles: list[Notable] = []
    index: dict[str, list[int]] = {}
    for role, aliases in people:
        position = len(roles)
        roles.append(role)
        for key in _keys([role.person, *aliases]):
            index.setdefault(key, []).append(position)
    return NotableIndex(tuple(roles), {key: tuple(hits) for key, hits in index.items()})


@functools.lru_cache(maxsize=1)
def build_notable_index() -> NotableIndex:
    """Read notables.csv (once: the index is immutable and shared)."""
    people = []
    for row in read_shipped("notables.csv", NOTABLE_COLUMNS):
        if not row["person"]:
            raise row.error("empty person")
        start, end = check_date(row, "start"), check_date(row, "end")
        if start and end and end < start:
            raise row.error(f"role ends ({end}) before it starts ({start})")
        role = Notable(row["person"], check_code(row, "iso3"), check_sector(row), start, end)
        people.append((role, row["aliases"].split("|")))
    return index_people(people)


def user_people(rows: Iterable[Row], known: Callable[[str], bool]) -> NotableIndex:
    """The people of a user table (rows of kind ``person``: the whole name, the country or IGO code, the
    sector), each an undated role that stands before the shipped tables; ``known`` checks the code."""
    people = []
    for row in rows:
        if row["kind"].strip().lower() != "person":
            continue
        code = check_code(row)
        if not known(code):
            raise row.error(f"unknown country or IGO code {code!r}")
        if len(name_key(row["alias"]).split()) < 2:
            raise row.error(f"a person is named in full (two words or more), not {row['alias']!r}")
        people.append((Notable(row["alias"].strip(), code, check_sector(row), None, None), ()))
    return index_people(people)
