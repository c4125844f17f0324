"""Stage (after when and where): actors from the place, then drop what is not a usable event.

An actor the text gives a sector but no country ("police", "protesters",
"gunmen") takes the country of the place where the event happened, when
that place is named in the text (city or region, not the fallback to the
target's country). Then a candidate is dropped when it has no actor with a
country and no source with a sector, when it has neither a source nor a
target with a country (an ASSAULT or COERCE may name only its victims),
when source and target are the same actor, or when
it has no target and its type needs one (PROTEST and MOBILIZE do not; a verb
rule surer than ``TARGETLESS_MIN_WEIGHT`` may stand without one). A protest
that names no target is taken as aimed at the protesters' own government
(an Actor with empty text: nothing in the sentence names it), and an arrest
that names no one who made it as made by the police of the place (and whoever
it names as arrested, if no actor, as a civilian person); an attack
at a named place with no attacker named, by unidentified armed actors (UAF)
of that place's country. A thing attacked or seized that is no actor ("an
army camp", "the final rebel-held city") is the target, of the country of
the place named for the event.
"""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc

from dyadline.pipeline.candidate import VICTIM_TYPES, Candidate
from dyadline.pipeline.actor_resolver import phrase_text
from dyadline.records import Actor, Place

__all__ = ["EventFilter", "event_filter"]

#: types that are events without a target ("protesters rallied", "troops were mobilized")
TARGETLESS_TYPES = frozenset({"PROTEST", "MOBILIZE"})
#: types whose unnamed actors are the protesters of the place where it happened
PROTEST_TYPES = frozenset({"PROTEST"})
#: (type, mode) of arrests: with no agent named, the police of the place made them
ARREST_KINDS = frozenset({("COERCE", "arrest")})
#: (type, mode) of force against crowds: with no agent named, the police of the place used it
#: ("tear-gas shells were lobbed to disperse the crowd")
CROWD_CONTROL_KINDS = frozenset({("ASSAULT", "crowd-control")})
#: types whose unnamed agent is an unidentified armed actor (PLOVER sector UAF) of the place
UNKNOWN_ATTACKER_TYPES = frozenset({"ASSAULT"})
#: modes of attacks with a device that may go off with no one named ("an IED exploded near Basira")
_DEVICE_MODES = frozenset({"explosives"})
#: modes of fire from afar, aimed at a place rather than at people ("air raids on Majzar district")
_REMOTE_MODES = frozenset({"aerial", "heavy-weapons", "explosives"})
#: a verb this sure of its type may stand without a target
TARGETLESS_MIN_WEIGHT = 0.7
#: place precisions that name a place in the text (not the target-country fallback)
_NAMED_PLACE = frozenset({"city", "admin1"})


def _localised(actors: tuple[Actor, ...], country: str | None) -> tuple[Actor, ...]:
    if country is None:
        return actors
    return tuple(dataclasses.replace(a, country=country) if a.country is None and (a.sector or a.name) else a
                 for a in actors)


def _named_here(doc: Doc, cand: Candidate, place: Place | None) -> bool:
    """The event's place is one the text names (a city or region, or a country named in its sentence),
    not a fallback to an actor's country."""
    if place is None or place.country is None:
        return False
    if place.precision in _NAMED_PLACE:
        return True
    sentence = doc[cand.trigger_i].sent.text
    return place.precision == "country" and place.name in sentence


_ARREST_ACTS = frozenset({"arrest", "detention"})  # nouns of the act, not "detainee" or "custody"


def drop_reason(cand: Candidate, is_noun: bool) -> str | None:
    """Why a candidate with resolved actors is not a usable event (None: it is)."""
    actors = cand.sources + cand.targets
    # a violent act may name only its victims ("50 people were arrested", "two villagers were killed")
    victims_suffice = cand.rule.event_type in VICTIM_TYPES and any(a.sector for a in cand.targets)
    if not any(a.country for a in actors) and not any(a.sector for a in cand.sources) and not victims_suffice:
        return "no-actor"
    if not cand.sources and not any(a.country for a in cand.targets) and not victims_suffice:
        return "no-source"
    if {(a.country, a.sector) for a in cand.sources} == {(a.country, a.sector) for a in cand.targets} and not (
            # civil servants protesting against their government stand
            cand.rule.event_type in PROTEST_TYPES) and not (
            # "Amakuriat residents killed two people": violence between two groups of one kind stands, and so
            # does a named group's against victims it does not name ("Mob lynches four suspected members")
            cand.rule.event_type in VICTIM_TYPES
            and {a.text.lower() for a in cand.sources}.isdisjoint(a.text.lower() for a in cand.targets)
            and all(a.text for a in cand.sources)):
        return "source-is-target"
    if not cand.targets and cand.rule.event_type not in TARGETLESS_TYPES and (
        is_noun or cand.rule.weight < TARGETLESS_MIN_WEIGHT
    ):
        return "no-target"
    return None


class EventFilter:
    def __call__(self, doc: Doc) -> Doc:
        for cand in doc._.candidates or []:
            if not cand.kept:
                continue
            place = cand.location
            here = place.country if place is not None else None  # the event's country, if placed
            if place is not None and place.precision in _NAMED_PLACE:
                localised_sources = _localised(cand.sources, place.country)
                localised_targets = _localised(cand.targets, place.country)
                if (localised_sources, localised_targets) != (cand.sources, cand.targets):
                    cand.sources, cand.targets = localised_sources, localised_targets
                    cand.role_rule += "+country-from-place"
            if not cand.sources and not cand.source_heads and cand.rule.event_type in PROTEST_TYPES:
                # "Protests in Kakamega over crime": unnamed protesters, of the place if it is known
                cand.sources = (Actor(text=doc[cand.trigger_i].text, country=here,
                                      sector="CVL"),)
                cand.role_rule += "+protesters-of-place" if place is not None else "+unnamed-protesters"
            arrested = cand.thing_i if cand.thing_i is not None else (
                cand.target_heads[0] if cand.target_heads else None)
            if not cand.targets and arrested is not None and (cand.rule.event_type, cand.rule.mode) in ARREST_KINDS:
                # "about 17 ramsevaks were arrested", "she was arrested", "the arrest of azmal khan": whoever
                # is arrested is a person, civilian unless told
                cand.targets = (Actor(text=phrase_text(doc[arrested]), country=here,
                                      sector="CVL"),)
                cand.role_rule += "+arrested-person"
            if (not cand.targets and (cand.rule.event_type, cand.rule.mode) in ARREST_KINDS
                    and doc[cand.trigger_i].pos_ == "NOUN" and doc[cand.trigger_i].lemma_.lower() in _ARREST_ACTS
                    and not cand.target_heads):
                # "preventive arrests were made", "the arrests made by the city police": people unnamed
                cand.targets = (Actor(text="", country=here, sector="CVL"),)
                cand.role_rule += "+unnamed-arrested"
            kind = (cand.rule.event_type, cand.rule.mode)
            if not cand.sources and not cand.source_heads and (
                    (cand.targets and kind in ARREST_KINDS) or kind in CROWD_CONTROL_KINDS):
                # "Three men were arrested in Pune", "tear-gas shells were lobbed at the crowd": only the
                # police arrest and use force against crowds; they are the place's
                cand.sources = (Actor(text="", country=here, sector="COP"),)
                cand.role_rule += "+implied-police-agent"
            if not cand.targets and cand.found_dead and cand.fatalities:
                # "herders discovered five bodies": the dead are the target, civilians unless told
                cand.targets = (Actor(text="", country=here, sector="CVL"),)
                cand.role_rule += "+the-dead-found"
            device = cand.rule.mode in _DEVICE_MODES  # (its "subject" is the device: "an IED exploded")
            if (not cand.sources and not cand.targets and (device or not cand.source_heads) and not cand.target_heads
                    and cand.rule.event_type in UNKNOWN_ATTACKER_TYPES and (
                        doc[cand.trigger_i].pos_ == "NOUN" or device)
                    and place is not None and place.precision in _NAMED_PLACE):
                # "the monitors observed 12 explosions near Popasna", "an IED exploded near Basira": violence
                # at a named place, by and against no one named: the place's unidentified armed men against
                # the place
                cand.targets = (Actor(text="", country=place.country),)
                cand.role_rule += "+unattributed-at-place"
            if (not cand.sources and cand.rule.event_type in UNKNOWN_ATTACKER_TYPES and cand.targets
                    and place is not None and place.precision in _NAMED_PLACE):
                # "A roadside bomb near Samarra killed a U.S. soldier": attackers unknown, of the place
                cand.sources = (Actor(text="", country=place.country, sector="UAF"),)
                cand.role_rule += "+implied-unidentified-attacker"
            if (not cand.targets and cand.thing_i is not None and cand.rule.event_type in VICTIM_TYPES
                    and _named_here(doc, cand, place)):
                # "attacked an army camp in western Kabul": the thing attacked is of the place's country
                cand.targets = (Actor(text=phrase_text(doc[cand.thing_i]), country=place.country),)
                cand.role_rule += "+thing-at-place"
            if (not cand.targets and cand.sources and cand.thing_i is None
                    and cand.rule.event_type in UNKNOWN_ATTACKER_TYPES and cand.rule.mode in _REMOTE_MODES
                    and _named_here(doc, cand, place)):
                # "coalition air raids on Majzar district", "artillery fire was reported in As Sabaa": fire from
                # afar names a place, not whom it hit: the place's country
                cand.targets = (Actor(text="", country=place.country),)
                cand.role_rule += "+fire-on-place"
            if not cand.targets and cand.sources and cand.fatalities and cand.rule.event_type in VICTIM_TYPES:
                # "77 deaths due to police firing": the dead are the target, civilians unless told
                cand.targets = (Actor(text="", country=here, sector="CVL"),)
                cand.role_rule += "+the-dead"
            if not cand.targets and cand.sources and kind in CROWD_CONTROL_KINDS:
                # "the police had to burst tear-gas shells": tear gas and baton charges are used on a crowd
                cand.targets = (Actor(text="", country=here, sector="CVL"),)
                cand.role_rule += "+the-crowd"
            if not cand.targets and cand.rule.event_type in PROTEST_TYPES:
                # a protest names no target: it is aimed at the protesters' own government
                home = next((a.country for a in cand.sources if a.country), None)
                if home is not None:
                    cand.targets = (Actor(text="", country=home, sector="GOV"),)
                    cand.role_rule += "+implied-government-target"
            cand.dropped = drop_reason(cand, doc[cand.trigger_i].pos_ == "NOUN")
        return doc


@Language.factory("dyadline_filter")
def event_filter(nlp: Language, name: str) -> EventFilter:
    return EventFilter()
