"""The actors a report leaves unnamed, put in by the filter stage (``filters.py``) before it judges.

Each rule is a small function of the Doc, the candidate and the event's place that returns a
:class:`Fill` (the source or target to put in, and the tag added to the candidate's ``role_rule``,
so every event says which rule named its unnamed actor) or ``None``. ``IMPLIED_ACTORS`` applies them
in order; each sees the candidate as the rules before it left it. An unnamed actor has empty text:
nothing in the sentence names it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyadline.pipeline.actor_resolver import phrase_text
from dyadline.pipeline.candidate import (ARMED_GROUPS, PEACEKEEPING, STATE_FORCES, VICTIM_TYPES, Candidate,
                                         attackers_answered)
from dyadline.pipeline.parse import DIE_VERBS
from dyadline.records import Actor, Place

__all__ = ["Fill", "IMPLIED_ACTORS", "fill_unnamed", "NAMED_PLACE", "OTHER_SIDE", "PROTEST_TYPES"]

#: types whose unnamed actors are the protesters of the place where it happened
PROTEST_TYPES = frozenset({"PROTEST"})
#: (type, mode) of arrests: with no agent named, the police of the place made them
ARREST_KINDS = frozenset({("COERCE", "arrest")})
#: (type, mode) of force against crowds: with no agent named, the police of the place used it
#: ("tear gas was fired to scatter the marchers")
CROWD_CONTROL_KINDS = frozenset({("ASSAULT", "crowd-control")})
#: (type, mode) of security stepped up: with no agent named ("patrols were stepped up in the town"),
#: the police of the place did it
SECURITY_KINDS = frozenset({("MOBILIZE", "police")})
#: (type, mode) of visits: with no host named, the government of the place visited abroad
VISIT_KINDS = frozenset({("CONSULT", "visit")})
#: types whose unnamed agent is an unidentified armed actor (PLOVER sector UAF) of the place
UNKNOWN_ATTACKER_TYPES = frozenset({"ASSAULT"})
#: modes of attacks with a device that may go off with no one named ("an IED exploded near Basira")
_DEVICE_MODES = frozenset({"explosives"})
#: modes of fire from afar, aimed at a place rather than at people ("air raids on Majzar district")
_REMOTE_MODES = frozenset({"aerial", "heavy-weapons", "explosives"})
#: place precisions that name a place in the text (not the target-country fallback)
NAMED_PLACE = frozenset({"city", "admin1"})
#: nouns of the act of arresting, not "detainee" or "custody"
_ARREST_ACTS = frozenset({"arrest", "detention"})


@dataclass(frozen=True, slots=True)
class Fill:
    role: str  # "sources" or "targets"
    actor: Actor
    tag: str  # added to the candidate's role_rule


Rule = Callable[[Doc, Candidate, "Place | None"], "Fill | None"]


def _country(place: Place | None) -> str | None:
    return place.country if place is not None else None  # the event's country, if placed


def _named(place: Place | None) -> bool:
    return place is not None and place.precision in NAMED_PLACE


#: prepositions that place an event at a named place ("explosions near Bolotene")
_AT_PREPS = frozenset({"near", "in", "at", "outside", "around"})


def _place_written(doc: Doc, cand: Candidate, place: Place | None) -> bool:
    """The event is placed in a country and its phrase names a place there that the gazetteer lacks
    ("the OSCE SMM observed 2 explosions ... near Bolotene": a village of the mission's Ukraine)."""
    if place is None or place.country is None:
        return False
    trigger = doc[cand.trigger_i]
    # (a noun's place may hang elsewhere in its sentence: "some 40 blasts of unknown origin were heard on
    # either side of the line of contact near Zaitseve")
    words = trigger.sent if trigger.pos_ == "NOUN" else trigger.subtree
    return any(t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ in _AT_PREPS for t in words)


def _placed(doc: Doc, cand: Candidate, place: Place | None) -> bool:
    """The event's place is a named city or region, or a place the text names that the gazetteer lacks."""
    return _named(place) or _place_written(doc, cand, place)


def _named_here(doc: Doc, cand: Candidate, place: Place | None) -> bool:
    """The event's place is one the text names (a city or region, or a country named in its sentence),
    not a fallback to an actor's country."""
    if place is None or place.country is None:
        return False
    if place.precision in NAMED_PLACE:
        return True
    # (also under another of its names: "Gaza" for the Palestinian Territory)
    return place.precision == "country" and (cand.location_in_sentence or place.name in doc[cand.trigger_i].sent.text)


def _place_words(doc: Doc, cand: Candidate, place: Place) -> str:
    """The place's name as its sentence writes it, for an actor that stands for the place ("withdrew from
    Jenin": the target is Jenin's country, written "Jenin"); empty when the sentence does not name it."""
    return place.name if place.name and place.name in doc[cand.trigger_i].sent.text else ""


def _kind(cand: Candidate) -> tuple[str, str | None]:
    return cand.rule.event_type, cand.rule.mode


def protesters(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'Protests in Kakamega over crime': unnamed protesters, of the place if it is known."""
    if cand.sources or cand.source_heads or cand.rule.event_type not in PROTEST_TYPES:
        return None
    return Fill("sources", Actor(text=doc[cand.trigger_i].text, country=_country(place), sector="CVL"),
                "protesters-of-place" if place is not None else "unnamed-protesters")


def arrested_person(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'about 17 ramsevaks were arrested', 'the arrest of azmal khan': whoever is arrested is a person,
    civilian unless told."""
    arrested = cand.thing_i if cand.thing_i is not None else (cand.target_heads[0] if cand.target_heads else None)
    if cand.targets or arrested is None or _kind(cand) not in ARREST_KINDS:
        return None
    return Fill("targets", Actor(text=phrase_text(doc[arrested]), country=_country(place), sector="CVL"),
                "arrested-person")


def unnamed_arrested(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'preventive arrests were made', 'the arrests made by the city police': people unnamed."""
    trigger = doc[cand.trigger_i]
    if (cand.targets or _kind(cand) not in ARREST_KINDS or trigger.pos_ != "NOUN"
            or trigger.lemma_.lower() not in _ARREST_ACTS or cand.target_heads):
        return None
    return Fill("targets", Actor(text="", country=_country(place), sector="CVL"), "unnamed-arrested")


_HELD = frozenset({"custody", "lock-up", "lockup", "up", "interrogation", "questioning"})


def _custodial(doc: Doc, cand: Candidate) -> bool:
    """'a custodial death', 'his death in the lock-up', 'killed in a fake encounter': a death in the
    custody of the police, or one they staged as a shoot-out."""
    if cand.rule.event_type not in VICTIM_TYPES:
        return False
    trigger = doc[cand.trigger_i]
    if any(c.dep_ == "amod" and c.lower_ == "custodial" for c in trigger.children):
        return True
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for held in prep.children:
            if held.dep_ != "pobj":
                continue
            if held.lower_ in _HELD and (held.lower_ != "up" or held.nbor(-1).lower_ in ("-", "lock")):
                return True
            if held.lemma_.lower() == "encounter" and any(c.lower_ in ("fake", "staged") for c in held.children):
                return True
    # "died after being tortured at the Kotwali police station": harm done inside a police station
    # ("died at the police station after he was beaten": the death the beating is told with)
    acts = [trigger, *(c for c in trigger.children if c.dep_ == "advcl"),
            *(g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp")]
    if trigger.dep_ == "advcl" and trigger.head.lemma_.lower() in DIE_VERBS:
        acts.append(trigger.head)
    return any(_at_police_station(act) for act in acts)


#: the police's own premises ("at the police station", "in the thana")
_POLICE_PREMISES = frozenset({"thana", "lock-up", "lockup", "police-station"})


def _at_police_station(act: Token) -> bool:
    for prep in act.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "inside"):
            continue
        for place in (p for p in prep.children if p.dep_ == "pobj"):
            if place.lemma_.lower() in _POLICE_PREMISES or (
                    place.lemma_.lower() in {"station", "post", "chowki"}
                    and any(c.dep_ == "compound" and c.lower_ == "police" for c in place.children)):
                return True
    return False


def police(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'Three men were arrested in Pune', 'tear-gas shells were lobbed at the crowd', 'a custodial death',
    'security was beefed up': only the police arrest, use force against crowds, hold people in custody and step
    up security; they are the place's."""
    kind = _kind(cand)
    if cand.sources or cand.source_heads or not (
            (cand.targets and kind in ARREST_KINDS) or kind in CROWD_CONTROL_KINDS or kind in SECURITY_KINDS
            or _custodial(doc, cand)):
        return None
    # (the country of a place the text names: a fallback to the country of those held, "the detained British
    # sailors", is not whose police held them)
    country = _country(place) if _named_here(doc, cand, place) else None
    return Fill("sources", Actor(text="", country=country, sector="COP"), "implied-police-agent")


def dead_found(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'herders discovered five bodies': the dead are the target, civilians unless told."""
    if cand.targets or not cand.found_dead or not cand.fatalities:
        return None
    return Fill("targets", Actor(text="", country=_country(place), sector="CVL"), "the-dead-found")


def attacked_place(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'the monitors observed 12 explosions near Popasna', 'an IED exploded near Basira': violence at a
    named place, by and against no one named, is against the place (its "subject" may be the device)."""
    device = cand.rule.mode in _DEVICE_MODES
    if (cand.sources or cand.targets or not (device or not cand.source_heads) or cand.target_heads
            or cand.rule.event_type not in UNKNOWN_ATTACKER_TYPES
            or not (doc[cand.trigger_i].pos_ == "NOUN" or device) or not _placed(doc, cand, place)):
        return None
    return Fill("targets", Actor(text=_place_words(doc, cand, place), country=place.country), "unattributed-at-place")


def each_other(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'Rival clans clash in Wajir': the group named fights within itself, on both sides ('two groups
    clashed over a land dispute': people of no listed kind, too)."""
    unlisted = cand.role_rule.endswith("+" + _UNLISTED_PEOPLE) and cand.rule.lemma in _CLASHES
    if cand.targets or not (cand.each_other or unlisted) or len(cand.sources) != 1:
        return None
    if not cand.each_other:  # the other of the groups, unnamed
        return Fill("targets", dataclasses.replace(cand.sources[0], text=""), "each-other")
    return Fill("targets", cand.sources[0], "each-other")


def unnamed_dead(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'27 killed during raids', 'Clan clash leaves one dead': deaths with no one named on either side;
    the dead are the target, civilians unless told."""
    if (cand.sources or cand.targets or cand.source_heads or not cand.fatalities
            or cand.rule.event_type not in UNKNOWN_ATTACKER_TYPES):
        return None
    return Fill("targets", Actor(text="", country=_country(place), sector="CVL"), "the-unnamed-dead")


#: the tag of the rule naming unlisted people as civilians (read again by ``each_other``)
_UNLISTED_PEOPLE = "implied-unlisted-people"
#: triggers of fighting between sides
_CLASHES = frozenset({"clash", "fight", "scuffle", "brawl", "skirmish"})
#: endings of plural nouns that name people ("fruit sellers", "activists", "nationals")
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ans", "ees", "men", "nationals", "people", "youths", "locals",
                   "families", "groups")


#: people named by the violence they do or by arms they bear: no civilians
_NOT_CIVILIANS = frozenset({"invader", "raider", "attacker", "assailant", "fighter", "gunman", "intruder", "marauder",
                      "looter", "killer", "shooter", "bomber", "hijacker", "kidnapper", "abductor", "robber",
                      "poacher", "rustler", "smuggler", "trafficker", "insurgent", "militiaman", "bandit", "man",
                      "soldier", "officer", "ranger", "trooper", "guerrilla", "partisan", "commander", "member"})


def _people_written(doc: Doc, cand: Candidate) -> int | None:
    """The head of a subject naming people that no table knows ("Mapuche fruit sellers clashed with
    police"), not a weapon or a device ("rockets hit the town")."""
    if len(cand.source_heads) != 1 or cand.rule.mode in _DEVICE_MODES:
        return None
    head = doc[cand.source_heads[0]]
    # ("two armed groups": armed)
    return head.i if head.tag_ in {"NNS", "NNPS"} and head.lower_.endswith(_PEOPLE_ENDINGS) \
        and head.lemma_.lower() not in _NOT_CIVILIANS and not any(c.lower_ == "armed" for c in head.children) else None


#: fights with shots exchanged that may be told with no side named ("a shoot-out took place in Niteroi")
_GUNFIGHTS = frozenset({"shoot-out", "shootout", "gunfight", "gunbattle", "firefight", "exchange"})
_UNNAMED_FIGHTERS = "unnamed-fighters"
#: the tag of the unnamed other side of a gunfight, a side like the first (the filter keeps the event)
OTHER_SIDE = "the-other-side"


def unnamed_fighters(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'A shoot-out took place in Niteroi': armed men on both sides, unidentified, of the place."""
    if cand.sources or cand.targets or cand.rule.lemma not in _GUNFIGHTS or not _placed(doc, cand, place):
        return None
    return Fill("sources", Actor(text="", country=place.country, sector="UAF"), _UNNAMED_FIGHTERS)


#: words that make a clash one between communities ("an ethnic clash", "inter-clan fighting")
_COMMUNAL = frozenset({"ethnic", "tribal", "clan", "communal", "inter-clan", "interclan", "inter-ethnic",
                       "interethnic", "intercommunal", "inter-communal", "inter-tribal", "intertribal", "sectarian"})


def communal_fighters(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'An ethnic clash over grazing land near Moyale': militias of two communities, unnamed, on both sides."""
    trigger = doc[cand.trigger_i]
    communal = {c.i for c in trigger.children if c.dep_ in {"amod", "compound"} and c.lower_ in _COMMUNAL}
    if cand.targets or cand.target_heads or trigger.lemma_.lower() not in _CLASHES or not communal:
        return None
    if not cand.sources and not cand.source_heads:
        return Fill("sources", Actor(text="", country=_country(place), sector="PRM"), _UNNAMED_FIGHTERS)
    if len(cand.sources) == 1 and set(cand.source_heads) <= communal:
        # "an inter-clan clash": the clans read from the modifier, on both sides
        return Fill("targets", cand.sources[0], OTHER_SIDE)
    return None


def other_side(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """The other side of a gunfight told with no side named."""
    if cand.targets or not cand.role_rule.endswith("+" + _UNNAMED_FIGHTERS):
        return None
    return Fill("targets", cand.sources[0], OTHER_SIDE)


def unidentified_attacker(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'A roadside bomb near Samarra killed a U.S. soldier': attackers unknown, of the place."""
    if (cand.sources or cand.rule.event_type not in UNKNOWN_ATTACKER_TYPES or not cand.targets
            or not _placed(doc, cand, place)):
        return None
    return Fill("sources", Actor(text="", country=place.country, sector="UAF"), "implied-unidentified-attacker")


def unlisted_people(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'Mapuche fruit sellers clashed with police', 'two groups clashed': people named by what they are but
    in no table are civilians, not an armed force."""
    if (cand.sources or cand.rule.event_type not in UNKNOWN_ATTACKER_TYPES
            or not (cand.targets or cand.rule.lemma in _CLASHES)):
        return None
    people = _people_written(doc, cand)
    if people is None:
        return None
    return Fill("sources", Actor(text=phrase_text(doc[people]), country=_country(place), sector="CVL"),
                _UNLISTED_PEOPLE)


def thing_at_place(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'shelled a police post outside Herat': the thing attacked is of the place's country."""
    if (cand.targets or cand.thing_i is None or cand.rule.event_type not in VICTIM_TYPES
            or not _named_here(doc, cand, place)):
        return None
    return Fill("targets", Actor(text=phrase_text(doc[cand.thing_i]), country=place.country), "thing-at-place")


#: campaigns told by where they are waged ("launched an offensive in the Kharkiv region")
_CAMPAIGNS = frozenset({"offensive", "incursion", "incursions", "invasion", "counteroffensive", "counter-offensive"})


def fire_on_place(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'coalition air raids on Majzar district', 'artillery fire was reported in As Sabaa': fire from afar
    names a place, not whom it hit: the place's country."""
    if (cand.targets or not cand.sources or cand.thing_i is not None
            or cand.rule.event_type not in UNKNOWN_ATTACKER_TYPES
            or (cand.rule.mode not in _REMOTE_MODES and cand.rule.lemma not in _CAMPAIGNS)
            or not _named_here(doc, cand, place)
            # ("North Korea fired two missiles into the sea": a country named only as the one firing; also by
            # its capital, "Pyongyang fired")
            or (place.country in {a.country for a in cand.sources} and (
                place.precision == "country" or any(a.text.lower() == place.name.lower() for a in cand.sources)))):
        return None
    return Fill("targets", Actor(text=_place_words(doc, cand, place), country=place.country), "fire-on-place")


def the_dead(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'77 deaths due to police firing': the dead are the target, civilians unless told; those the state's
    forces killed answering an armed group's attack ("... attacked by an armed group. Police intervened,
    shooting dead three") are of that group."""
    if cand.targets or not cand.sources or not cand.fatalities or cand.rule.event_type not in VICTIM_TYPES:
        return None
    foe = attackers_answered(doc._.candidates or [], cand) if any(
        a.sector in STATE_FORCES for a in cand.sources) else None
    if foe is not None:
        return Fill("targets", Actor(text="", country=_country(place), sector=foe.sector),
                    "the-attackers-answered")
    return Fill("targets", Actor(text="", country=_country(place), sector="CVL"), "the-dead")


def the_crowd(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'the officers fired tear gas': tear gas and baton charges are used on a crowd."""
    if cand.targets or not cand.sources or _kind(cand) not in CROWD_CONTROL_KINDS:
        return None
    return Fill("targets", Actor(text="", country=_country(place), sector="CVL"), "the-crowd")


#: protests that are called off ("called off a four-day strike")
_PROTEST_NOUNS = frozenset({"strike", "protest", "boycott", "sit-in", "march", "demonstration", "walkout",
                            "blockade", "stayaway", "hartal", "bandh", "agitation"})


def _ends_a_protest(doc: Doc, cand: Candidate) -> bool:
    """'The teachers' union called off its strike': a concession made to whom the protest was aimed at."""
    trigger = doc[cand.trigger_i]
    return cand.rule.event_type == "CONCEDE" and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _PROTEST_NOUNS for c in trigger.children)


def protested_government(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """A protest that names no target is aimed at the protesters' own government, or, held abroad in a place
    the text names ("Canadian students held a protest in Moscow"), at the government there."""
    if cand.targets or not (cand.rule.event_type in PROTEST_TYPES or _ends_a_protest(doc, cand)):
        return None
    home = next((a.country for a in cand.sources if a.country), None)
    if home is None:
        return None
    if _named_here(doc, cand, place) and place.country not in {a.country for a in cand.sources}:
        return Fill("targets", Actor(text="", country=place.country, sector="GOV"), "implied-host-government-target")
    return Fill("targets", Actor(text="", country=home, sector="GOV"), "implied-government-target")


def visit_host(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'The French foreign minister arrived in Algiers for talks': a visit to a named place abroad is a visit
    to that country's government."""
    if cand.targets or _kind(cand) not in VISIT_KINDS or not _named_here(doc, cand, place):
        return None
    homes = {a.country for a in cand.sources}
    if None in homes or not homes or place.country in homes or any(
            a.sector is None or a.sector in STATE_FORCES | ARMED_GROUPS for a in cand.sources):
        return None  # (troops arriving in a country are sent, not visiting)
    return Fill("targets", Actor(text=_place_words(doc, cand, place), country=place.country, sector="GOV"),
                "host-of-visit")


def place_withdrawn_from(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'Israeli forces withdrew from Jenin': the town left, which names no actor, is its country's."""
    if cand.targets or cand.rule.event_type != "RETREAT" or "withdrawn-from" not in cand.role_rule:
        return None
    if not _named(place) or place.country in {a.country for a in cand.sources}:
        return None
    return Fill("targets", Actor(text=_place_words(doc, cand, place), country=place.country),
                "country-withdrawn-from")


def place_given_to(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'The Red Cross delivered food to Aleppo': aid given to a town, which names no actor, goes to its people."""
    if cand.targets or cand.rule.event_type != "AID" or not cand.role_rule.endswith("+receiver") \
            or not cand.target_heads or not _named(place):
        return None
    receiver = doc[cand.target_heads[0]]
    # (the receiver a proper name the tables lack, and the event's place one its sentence names: the town)
    if receiver.pos_ != "PROPN" or not cand.location_in_sentence:
        return None
    return Fill("targets", Actor(text=phrase_text(receiver), country=place.country, sector="CVL"),
                "people-of-the-place-given-to")


#: acts done to a land rather than to anyone named: forces readied there, measures imposed or eased there
_ON_A_LAND = frozenset({("MOBILIZE", None), ("CONCEDE", None), ("COERCE", "restrict"), ("COERCE", "curfew"),
                        ("COERCE", "martial-law")})


def forces_abroad(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'Turkish troops stood on alert in northern Syria', 'Russia deployed troops in Syria': forces
    readied in a named land not their own face that land; so do measures imposed or eased there ("Serbia eased
    emergency measures in Montenegro")."""
    kind = (cand.rule.event_type, None if cand.rule.event_type in {"MOBILIZE", "CONCEDE"} else cand.rule.mode)
    # (peacekeepers sent are aid to the land they keep the peace in: "the deployment of Kenyan peacekeepers
    # in Haiti began")
    if cand.targets or (kind not in _ON_A_LAND and cand.rule.cameo != PEACEKEEPING) or place is None \
            or place.country is None:
        return None
    homes = {a.country for a in cand.sources}
    if not homes or None in homes or place.country in homes:
        return None
    return Fill("targets", Actor(text=_place_words(doc, cand, place), country=place.country),
                "land-where-forces-stand")


def people_of_the_place(doc: Doc, cand: Candidate, place: Place | None) -> Fill | None:
    """'imposed a curfew on Basra', 'lifted the curfew in Srinagar': measures at home fall on the people of
    the place the text names (a land abroad is the land itself: ``forces_abroad``)."""
    kind = (cand.rule.event_type, None if cand.rule.event_type == "CONCEDE" else cand.rule.mode)
    if cand.targets or kind not in _ON_A_LAND - {("MOBILIZE", None)} or not _named(place):
        return None
    text = _land_phrase(doc[cand.trigger_i]) or place.name
    return Fill("targets", Actor(text=text, country=place.country, sector="CVL"), "people-of-the-place")


def _land_phrase(trigger: Token) -> str | None:
    """The words naming the land a measure falls on, as written ("on Basra", "in parts of Srinagar")."""
    holders = [trigger] + [c for c in trigger.children if c.dep_ == "dobj"]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _OVER_A_LAND):
        for land in (g for g in prep.children if g.dep_ == "pobj"):
            words = list(land.subtree)
            if any(w.ent_type_ in {"GPE", "LOC", "FAC"} for w in words):
                return trigger.doc[words[0].i:words[-1].i + 1].text
    return None


#: prepositions of the land a measure is imposed on
_OVER_A_LAND = frozenset({"on", "in", "across", "throughout", "over"})


#: the rules, in the order they are applied
IMPLIED_ACTORS: tuple[Rule, ...] = (
    protesters, arrested_person, unnamed_arrested, police, dead_found, unlisted_people, each_other,
    unnamed_fighters, communal_fighters, other_side, unnamed_dead,
    attacked_place,
    unidentified_attacker,
    thing_at_place, fire_on_place, the_dead, the_crowd, protested_government, visit_host, place_withdrawn_from,
    place_given_to, forces_abroad, people_of_the_place,
)


def fill_unnamed(doc: Doc, cand: Candidate, place: Place | None) -> None:
    """Put in the candidate's unnamed actors, rule by rule."""
    for rule in IMPLIED_ACTORS:
        fill = rule(doc, cand, place)
        if fill is not None:
            setattr(cand, fill.role, (fill.actor,))
            cand.role_rule += "+" + fill.tag
