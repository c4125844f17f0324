"""ACLED's event types and sub-event types, and the rules that give them to PLOVER events.

``data/acled_types.csv`` lists ACLED's 6 event types and 25 sub-event types
(with the disorder type); ``data/acled_rules.csv`` is an ordered table: the
first row whose PLOVER type, mode, source and target sectors and keywords
(words of the event's sentence) all fit gives the sub-event type. Only
political violence, demonstrations and strategic developments have an ACLED
type; other events get none.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from dyadline.errors import CodebookError

__all__ = ["ARMED_SECTORS", "AcledType", "AcledRule", "AcledCodebook", "DemonstrationRule", "ReportEvent", "load_acled"]


@dataclass(frozen=True, slots=True)
class AcledType:
    event_type: str
    sub_event_type: str
    disorder_type: str
    report_rank: int = 99  # of several in one report, the lowest rank names the report's event


@dataclass(frozen=True, slots=True)
class DemonstrationRule:
    """How an event reads inside a report of a demonstration ("Police dispersed them")."""

    plover_type: str
    modes: frozenset[str]
    source_sectors: frozenset[str]
    fatal: bool  # only when the event killed someone
    sub_event_type: str

    def fits(self, event_type: str, mode: str | None, sources: frozenset[str], fatalities: int | None) -> bool:
        return (event_type == self.plover_type and (not self.modes or mode in self.modes)
                and (not self.source_sectors or bool(sources & self.source_sectors))
                and (not self.fatal or bool(fatalities)))


#: in a rule's source or target sectors: fits an event whose sources or targets have no sector (none
#: named, or things)
NO_SECTOR = "-"
#: in a rule's source or target sectors: fits an event with no one at all on that side (not even a thing)
NO_ONE = "0"


#: sectors of armed actors (the state's forces and armed groups)
ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "CRM", "COP", "SPY"})


def _sectors_fit(wanted: frozenset[str], found: frozenset[str]) -> bool:
    """A rule's sectors for one side (empty: any) fit the event's sectors on that side (``NO_ONE`` among
    them when the side is empty)."""
    return not wanted or bool(found & wanted) or (NO_SECTOR in wanted and not (found - {NO_ONE}))


@dataclass(frozen=True, slots=True)
class AcledRule:
    row: int
    plover_type: str
    modes: frozenset[str]
    source_sectors: frozenset[str]
    target_sectors: frozenset[str]
    keywords: re.Pattern[str] | None
    sub_event_type: str
    unless: re.Pattern[str] | None = None  # words of the sentence that rule the row out

    def fits(self, event_type: str, mode: str | None, sources: frozenset[str], targets: frozenset[str],
             sentence: str) -> bool:
        if event_type != self.plover_type:
            return False
        if self.modes and mode not in self.modes:
            return False
        if not (_sectors_fit(self.source_sectors, sources) and _sectors_fit(self.target_sectors, targets)):
            return False
        lowered = sentence.lower()
        if self.unless is not None and self.unless.search(lowered):
            return False
        return self.keywords is None or bool(self.keywords.search(lowered))


def _set(value: str) -> frozenset[str]:
    return frozenset(v.strip() for v in value.split("|") if v.strip())


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("dyadline.codebooks").joinpath(f"data/{name}").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@dataclass(frozen=True, slots=True)
class AcledCodebook:
    types: Mapping[str, AcledType]  # by sub-event type
    rules: tuple[AcledRule, ...]
    demonstration_rules: tuple[DemonstrationRule, ...] = ()

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.event_type for t in self.types.values()))

    def classify(self, event_type: str, mode: str | None, source_sectors: Iterable[str | None],
                 target_sectors: Iterable[str | None], sentence: str) -> tuple[AcledType, AcledRule] | None:
        source_list, target_list = list(source_sectors), list(target_sectors)
        sources = frozenset(s for s in source_list if s) | ({NO_ONE} if not source_list else set())
        targets = frozenset(s for s in target_list if s) | ({NO_ONE} if not target_list else set())
        if target_list and target_list[0] in ARMED_SECTORS and targets - ARMED_SECTORS - {NO_ONE}:
            # "killed a rebel commander and his son", "three officers and a civilian were killed": an armed
            # target named first is whom the act was against (civilians named first: "attacked civilians and
            # police" is an attack on civilians)
            targets = frozenset({target_list[0]})
        for rule in self.rules:
            if rule.fits(event_type, mode, sources, targets, sentence):
                return self.types[rule.sub_event_type], rule
        return None

    def report_class(self, events: Iterable[ReportEvent]) -> AcledType | None:
        """The one ACLED event a short report (an ACLED note, a brief) describes, from its coded events.

        A report that tells of a demonstration (a PROTEST event) is a demonstration: its other events say how it went
        (``acled_report.csv``: demonstrators' violence makes it a riot, police action an intervention,
        killings by the state excessive force). Otherwise, and among the demonstration's readings, the
        sub-event type with the lowest ``report_rank`` (``acled_types.csv``) wins; rioters' violence in a
        report of no demonstration is mob violence."""
        events = _fire_at_someone(_current(list(events)), self.types)
        found = [self.types[e.sub_event_type] for e in events if e.sub_event_type in self.types]
        if not found:
            return None
        if any(t.event_type == _REMOTE_VIOLENCE for t in found):
            # "forces fired mortars at the positions ... six soldiers were wounded": the wounding, with no doer
            # named, is what the shelling did, not a clash of its own
            # ("aircraft bombed rebel positions, killing 12 fighters": the killing, by the same doer with the same
            # toll, is what the bombing did)
            remote = {(e.source_texts, e.fatalities) for e in events if e.sub_event_type in self.types
                      and self.types[e.sub_event_type].event_type == _REMOTE_VIOLENCE
                      and e.source_texts and e.fatalities is not None}
            found = [self.types[e.sub_event_type] for e in events if e.sub_event_type in self.types
                     and not (self.types[e.sub_event_type].event_type == "Battles" and e.mode != "firearms"
                              and (not e.named_source or (e.source_texts, e.fatalities) in remote))]
        # (a crowd's demand or denunciation in the street is a demonstration too: "residents barricaded the road
        # to demand water")
        demonstrations = [self.types[e.sub_event_type] for e in events
                          if (e.event_type in _DEMONSTRATION_PLOVER or e.event_type in _CROWD_DEMANDS)
                          and e.sub_event_type in self.types
                          and self.types[e.sub_event_type].event_type in _DEMONSTRATION_TYPES]
        if demonstrations:
            # the other events' own classes do not count ("rioters attacked a bus" in a protest is the
            # protest turned violent, not mob violence of its own)
            readings = demonstrations
            for e in events:
                if e.event_type == "COERCE" and e.target_texts and not any(map(_many, e.target_texts)):
                    # "... demanding the release of their editor. He was arrested on May 2": the arrest of one
                    # person told in a demonstration's report is what it is about, not how it was stopped
                    continue
                sources = frozenset(s for s in e.source_sectors if s)
                if e.event_type == "ASSAULT" and not sources & _STATE and not _by_the_crowd(e, events):
                    # "demanding justice for a man killed by his landlords": what the demonstration is
                    # about, done by others than the crowd
                    continue
                if e.event_type == "ASSAULT" and e.mode in _GRIEVANCE_MODES and not _by_the_crowd(e, events):
                    # "families whose sons were abducted by the militia held a sit-in": what they protest,
                    # not how the demonstration was met (but "residents blocked the road, holding a driver
                    # hostage": the crowd's own violence)
                    continue
                rule = next((r for r in self.demonstration_rules
                             if r.fits(e.event_type, e.mode, sources, e.fatalities)), None)
                if rule is not None:
                    readings.append(self.types[rule.sub_event_type])
            found = readings
        else:
            # tear gas used on fighters in a report of no demonstration ("two clans fought with spears until the
            # police fired tear gas"): how the fight was stopped, not force against protesters
            only_crowd_control = ({e.sub_event_type for e in events if e.mode == _CROWD_CONTROL}
                                  - {e.sub_event_type for e in events if e.mode != _CROWD_CONTROL})
            found = [t for t in found if t.sub_event_type not in only_crowd_control] or found
            # rioters' violence in a report of no demonstration ("Residents pelt police officers with stones"):
            # ACLED's mob violence, not a demonstration turned violent
            found = [self.types[_MOB] if t.sub_event_type == _VIOLENT_DEMONSTRATION and _MOB in self.types else t
                     for t in found]
        return min(found, key=lambda t: t.report_rank)


#: modes of violence that a demonstration's report tells of as its cause, never as how it was met
_GRIEVANCE_MODES = frozenset({"abduct", "sexual"})
_VIOLENT_DEMONSTRATION = "Violent demonstration"
_CROWD_CONTROL = "crowd-control"  # the PLOVER mode of less-lethal force against crowds
#: the state's sectors: their force in a demonstration is an intervention, whoever is named
_STATE = frozenset({"COP", "MIL", "GOV", "PRM"})
_MOB = "Mob violence"
#: ACLED event types of demonstrations
_DEMONSTRATION_TYPES = frozenset({"Protests", "Riots"})
#: PLOVER types of demonstrations
_DEMONSTRATION_PLOVER = frozenset({"PROTEST"})
#: PLOVER types of what a crowd says in the street (a demonstration when the rules class it as one)
_CROWD_DEMANDS = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT"})


#: words of a crowd: violence by them in a demonstration's report is the demonstrators'
_CROWD_WORDS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "youths", "youth", "crowd", "crowds",
                          "mob", "they", "them", "residents", "students", "pupils", "supporters", "people", "locals",
                          "villagers", "traders", "workers", "operators", "members", "group", "groups", "hawkers",
                          "drivers", "farmers", "fans", "teachers", "women", "participants", "activists", "some",
                          "others", "several", "many"})
#: days before the report's own date from which an event told in it is background
_BACKGROUND_DAYS = 7


def _by_the_crowd(event: ReportEvent, events: list[ReportEvent]) -> bool:
    """Violence in a demonstration's report done by the crowd: no doer named, a word of a crowd, or the doer
    of the demonstration itself."""
    if not event.named_source:
        return True
    protesters = {t.lower() for e in events if e.event_type in _DEMONSTRATION_PLOVER for t in e.source_texts}
    return any(t.lower() in protesters or _CROWD_WORDS & set(t.lower().split()) for t in event.source_texts)


def _fire_at_someone(events: list[ReportEvent], types: Mapping[str, AcledType]) -> list[ReportEvent]:
    """'two civilians were injured after militiamen opened fire': the firing, at no one named, is what
    the same doers did to the civilians the report names, not a clash of its own (a firearms event with no
    target is read as fire exchanged between forces). Only the doers named in the attack on civilians."""
    aimed = {text for e in events if e.event_type == "ASSAULT" and any(e.target_texts)
             and e.sub_event_type in types and types[e.sub_event_type].event_type == _CIVILIANS
             for text in e.source_texts if text}
    if not aimed:
        return events
    return [e for e in events if not (e.event_type == "ASSAULT" and e.sub_event_type == "Armed clash"
                                      and e.mode == "firearms" and not any(e.target_texts)
                                      and aimed.intersection(e.source_texts))]


def _current(events: list[ReportEvent]) -> list[ReportEvent]:
    """The events of a report that happened at its time: those dated well before the report's first dated
    event (a stabbing told as two years old, "a riot at the prison last month") are background,
    left out when others remain."""
    lead = next((e for e in events if e.date_precision == "day" and e.date), None)
    if lead is None:
        return events
    start = dt.date.fromisoformat(lead.date)

    def before(e: ReportEvent) -> bool:
        if not e.date or e.date_precision not in {"day", "month"}:
            return False
        when = dt.date.fromisoformat(e.date)
        if e.date_precision == "month":
            return (when.year, when.month) < (start.year, start.month)
        return (start - when).days > _BACKGROUND_DAYS

    current = [e for e in events if not before(e)]
    return current or events


def _many(text: str) -> bool:
    """A phrase telling of more than one person ("five protesters", "them"), not of one ("he", "the editor")."""
    words = text.lower().replace("'s", "").split()
    return bool(words) and (words[-1] in {"them", "they", "people", "police", "youth"}
                            or (words[-1].endswith("s") and len(words[-1]) > 3)
                            or any(w.isdigit() and w != "1" for w in words))


#: ACLED's event type of violence from afar
_REMOTE_VIOLENCE = "Explosions/Remote violence"
_CIVILIANS = "Violence against civilians"


@dataclass(frozen=True, slots=True)
class ReportEvent:
    """What :meth:`AcledCodebook.report_class` reads of one coded event."""

    event_type: str
    mode: str | None
    source_sectors: tuple[str | None, ...]
    fatalities: int | None
    sub_event_type: str | None  # the event's own ACLED sub-event type, if it has one
    named_source: bool = True  # its doer is named in the text (not left unnamed, nor implied)
    target_texts: tuple[str, ...] = ()  # the words of its targets
    source_texts: tuple[str, ...] = ()  # the words of its sources
    date: str | None = None  # ISO date of the event, as resolved
    date_precision: str | None = None  # "day", "month", "year" or "document"


def _words_pattern(value: str) -> re.Pattern[str] | None:
    """One pattern for a table's "a|b|c" list of words or phrases (longest first), None for an empty list."""
    words = sorted(_set(value), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b") if words else None


@functools.lru_cache(maxsize=1)
def load_acled() -> AcledCodebook:
    types = {row["sub_event_type"]: AcledType(row["event_type"], row["sub_event_type"], row["disorder_type"],
                                              int(row["report_rank"]))
             for row in _read("acled_types.csv")}
    rules = []
    for line, row in enumerate(_read("acled_rules.csv"), start=2):
        if row["sub_event_type"] not in types:
            raise CodebookError(f"acled_rules.csv line {line}: unknown ACLED sub-event type {row['sub_event_type']!r}")
        rules.append(AcledRule(line, row["plover_type"].strip(), _set(row["modes"]), _set(row["source_sectors"]),
                               _set(row["target_sectors"]), _words_pattern(row["keywords"]), row["sub_event_type"],
                               _words_pattern(row.get("unless") or "")))
    demonstration = []
    for line, row in enumerate(_read("acled_report.csv"), start=2):
        if row["sub_event_type"] not in types or row["fatal"] not in {"yes", "any"}:
            raise CodebookError(f"acled_report.csv line {line}: unknown sub-event type {row['sub_event_type']!r} "
                                f"or fatal {row['fatal']!r} (yes or any)")
        demonstration.append(DemonstrationRule(row["plover_type"].strip(), _set(row["modes"]),
                                               _set(row["source_sectors"]), row["fatal"] == "yes",
                                               row["sub_event_type"]))
    return AcledCodebook(types=MappingProxyType(types), rules=tuple(rules), demonstration_rules=tuple(demonstration))
