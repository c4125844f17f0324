"""The knowledge base: one object over the country, sector and leader tables."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import time
from collections.abc import Sequence
from pathlib import Path

from dyadline.codebooks import load_codebooks
from dyadline.errors import KnowledgeError
from dyadline.knowledge.countries import ALIAS_COLUMNS, CountryIndex, CountryMatch, build_country_index
from dyadline.knowledge.leaders import Leader, LeaderIndex, build_leader_index
from dyadline.knowledge.notables import NotableIndex, NotableMatch, build_notable_index, user_people
from dyadline.knowledge.sectors import SectorIndex, build_sector_index
from dyadline.knowledge.tables import check_code, read_path, read_shipped

__all__ = ["KnowledgeBase", "load_knowledge"]

logger = logging.getLogger(__name__)


class KnowledgeBase:
    """Lookups for actor resolution. Immutable; build it with :func:`load_knowledge`."""

    def __init__(self, countries: CountryIndex, sectors: SectorIndex, leaders: LeaderIndex,
                 successions: dict[str, tuple[dt.date, str]] | None = None,
                 missions: dict[str, tuple[str, tuple[str, ...]]] | None = None,
                 people: NotableIndex | None = None,
                 context_aliases: dict[str, tuple[str, str, str]] | None = None) -> None:
        self._countries = countries
        self._context_aliases = dict(context_aliases or {})
        self._sectors = sectors
        self._leaders = leaders
        self._successions = dict(successions or {})
        self._missions = dict(missions or {})
        self._people = people
        names = sorted(self._missions, key=len, reverse=True)
        self._mission_names = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None

    def _missions_in(self, text: str) -> list[tuple[str, tuple[str, ...]]]:
        """(country, regions) of each mission the text names."""
        if self._mission_names is None:
            return []
        return [self._missions[m.group(0)] for m in self._mission_names.finditer(text)]

    def in_context(self, alias: str, countries: frozenset[str]) -> CountryMatch | None:
        """What an acronym means in a report naming ``countries``, when that differs from the tables'
        reading ("RSF" in a report on Sudan: its Rapid Support Forces; ``data/context_aliases.csv``)."""
        found = self._context_aliases.get(alias)
        if found is None or found[2] not in countries:
            return None
        return CountryMatch(found[0], "institution", found[1], False)

    def mission_countries(self, text: str) -> frozenset[str]:
        """The countries where the missions a text names operate ("the OSCE SMM observed ..." -> UKR;
        ``data/missions.csv``): a report of a mission's findings is about that country."""
        return frozenset(country for country, _ in self._missions_in(text))

    def mission_regions(self, text: str) -> frozenset[tuple[str, str]]:
        """(country, first-level region) where the missions a text names mostly report from (the OSCE
        SMM's reports of ceasefire violations: Donetsk and Luhansk)."""
        return frozenset((country, region) for country, regions in self._missions_in(text) for region in regions)

    def country_on(self, code: str | None, on: dt.date | None) -> str | None:
        """The state a code stood for on a date: before South Sudan's independence (2011-07-09) Juba was
        in Sudan, so SSD is SDN for an article of 1990 (``data/successions.csv``)."""
        if code is None or on is None or code not in self._successions:
            return code
        independent_on, before = self._successions[code]
        return before if on < independent_on else code

    # --- countries and IGOs --------------------------------------------
    def match_country(self, text: str) -> CountryMatch | None:
        """The country or IGO a whole phrase names: "Azerbaijan's", "the Kremlin", "U.S.", "EU".

        Names match in any case, acronyms ("US", "WHO") only in capitals; a
        leading "the", a possessive and curly quotes are ignored.
        """
        return self._countries.match(text)

    def country_in_phrase(self, words: Sequence[str]) -> tuple[CountryMatch, str] | None:
        """The longest country/IGO alias among a phrase's tokens, and the text it matched:
        ["Ukraine", "'s", "Foreign", "Minister"] -> (UKR name, "Ukraine")."""
        return self._countries.in_phrase(words)

    def country_name(self, code: str) -> str:
        """The English name of a country or IGO code; KnowledgeError if the code is unknown."""
        return self._countries.name(code)

    def is_known_igo(self, code: str) -> bool:
        return self._countries.is_igo(code)

    def capital_of(self, code: str) -> str | None:
        """The name of a country's capital, if the tables know it."""
        return self._countries.capital(code)

    def is_known_country(self, code: str) -> bool:
        return self._countries.is_country(code)

    def sovereign_of(self, code: str) -> str:
        """The state a territory belongs to ("PRI" -> "USA"); other codes unchanged."""
        return self._countries.sovereign_of(code)

    # --- sectors --------------------------------------------------------
    def sector_of(self, term: str) -> str | None:
        """The PLOVER sector of a noun, title or adjective ("police", "Foreign Minister", "MPs")."""
        return self._sectors.sector_of(term)

    def is_title(self, term: str) -> bool:
        """The term is a title or rank ("general", "Foreign Minister")."""
        return self._sectors.is_title(term)

    def sector_in_phrase(self, words: Sequence[str]) -> tuple[str, str] | None:
        """(sector, matched term) of the longest known term among the phrase's words."""
        return self._sectors.in_phrase(words)

    # --- leaders ----------------------------------------------------------
    def leaders_named(self, name: str, on: dt.date | None = None) -> list[Leader]:
        """Heads of state/government called ``name`` (full name or surname) in office on ``on``
        (today if None), best match first."""
        return self._leaders.named(name, on)

    def leaders_called_in_full(self, name: str) -> list[Leader]:
        """Every term of heads of state/government whose full name or an alias is ``name`` ("King Hussein")."""
        return self._leaders.called_in_full(name)

    def leader_any_time(self, name: str) -> list[Leader]:
        """Every term of heads of state/government called ``name`` (for former leaders: ELI)."""
        return self._leaders.any_time(name)

    def user_person(self, name: str) -> NotableMatch | None:
        """The person of the user table (kind ``person``) called ``name`` in full, if any: it stands before
        the leader and notables tables."""
        roles = self._people.named(name) if self._people is not None else []
        if not roles:
            return None
        role = roles[0]
        return NotableMatch(role.person, role.country, role.sector,
                            f"{role.person} is {role.country} {role.sector or '(no sector)'} by the user table")

    def notable_on(self, name: str, on: dt.date) -> NotableMatch | None:
        """What an office holder of ``data/notables.csv`` (ministers, officials, judges: the Phoenix
        dictionary, to 2014) called ``name`` by their whole name is on ``on``: country, sector, why. The
        table is read at the first lookup."""
        return build_notable_index().on(name, on)


def _read_successions() -> dict[str, tuple[dt.date, str]]:
    import csv
    from importlib import resources

    text = resources.files("dyadline.knowledge").joinpath("data", "successions.csv").read_text(encoding="utf-8")
    out: dict[str, tuple[dt.date, str]] = {}
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            out[row["code"].strip()] = (dt.date.fromisoformat(row["independent_on"].strip()), row["before"].strip())
        except (KeyError, ValueError) as exc:
            raise KnowledgeError(f"successions.csv line {line}: bad row {row!r} ({exc})") from exc
    return out


def _read_context_aliases(countries: CountryIndex) -> dict[str, tuple[str, str, str]]:
    """Acronyms that mean a country's body only in a report about that country (alias -> code, sector,
    context country): "RSF" is Sudan's Rapid Support Forces where Sudan is named."""
    out: dict[str, tuple[str, str, str]] = {}
    for row in read_shipped("context_aliases.csv", ("alias", "code", "sector", "context", "note")):
        code, context = check_code(row, "code"), check_code(row, "context")
        for c in (code, context):
            if not countries.is_country(c):
                raise row.error(f"unknown country code {c!r}")
        if row["sector"] not in load_codebooks().sectors:
            raise row.error(f"unknown sector {row['sector']!r}")
        if not row["alias"]:
            raise row.error("empty alias")
        out[row["alias"]] = code, row["sector"], context
    return out


def _read_missions(countries: CountryIndex) -> dict[str, tuple[str, tuple[str, ...]]]:
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in read_shipped("missions.csv", ("alias", "country", "regions", "note")):
        code = check_code(row, "country")
        if not countries.is_country(code):
            raise row.error(f"unknown country code {code!r}")
        if not row["alias"]:
            raise row.error("empty alias")
        out[row["alias"]] = code, tuple(r.strip() for r in row["regions"].split("|") if r.strip())
    return out


@functools.lru_cache(maxsize=8)
def _load(user_table: Path | None, _stamp: int) -> KnowledgeBase:
    began = time.perf_counter()
    countries = build_country_index(user_table)
    people = None if user_table is None else user_people(
        read_path(user_table, ALIAS_COLUMNS), lambda code: countries.is_country(code) or countries.is_igo(code))
    kb = KnowledgeBase(countries, build_sector_index(), build_leader_index(countries.populations),
                       _read_successions(), _read_missions(countries), people, _read_context_aliases(countries))
    logger.debug("knowledge tables loaded in %.3f s", time.perf_counter() - began)
    return kb


def load_knowledge(user_table: Path | None = None) -> KnowledgeBase:
    """The knowledge base, loaded once (cached; a changed user table is read again).

    ``user_table`` is a CSV with the columns of country_aliases.csv
    (alias,code,kind,sector) whose entries add to or override the shipped
    aliases.
    """
    if user_table is None:
        return _load(None, 0)
    path = Path(user_table).expanduser().resolve()
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{path}: no such file") from exc
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    return _load(path, stamp)
