"""Stage (after when and where): actors from the place, then drop what is not a usable event.

An actor the text gives a sector but no country ("police", "protesters",
"gunmen") takes the country of the place where the event happened, when
that place is named in the text (city or region, not the fallback to the
target's country). In an article whose events name one state only, a state's
body with no country ("the army", "troops", "the government") is that
state's. The actors a report leaves unnamed are put in next, by the
rules of ``implied.py`` (the police of an arrest, the protesters of a protest,
the unidentified attackers of a bombing at a named place...). Then a candidate
is dropped when it has no actor with a country and no source with a sector,
when it has neither a source nor a target with a country (an ASSAULT or COERCE
may name only its victims), when source and target are the same actor, or
when it has no target and its type needs one (PROTEST and MOBILIZE do not; a
verb rule surer than ``TARGETLESS_MIN_WEIGHT`` may stand without one).
"""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc, Token

from dyadline.codebooks.acled import ARMED_SECTORS  # whose attacks stand with no target named
from dyadline.knowledge import load_knowledge
from dyadline.pipeline.candidate import (ARMED_GROUPS, MUTUAL_FIGHTS, OUTLETS, STATE_FORCES, TOGETHER_TYPES,
                                         VICTIM_TYPES, Candidate)
from dyadline.pipeline.doccache import sentence_of
from dyadline.pipeline.implied import NAMED_PLACE, OTHER_SIDE, PROTEST_TYPES, fill_unnamed
from dyadline.pipeline.place_mentions import is_place_noun
from dyadline.records import Actor

__all__ = ["EventFilter", "event_filter"]

#: types that are events without a target ("protesters rallied", "troops were mobilized")
TARGETLESS_TYPES = frozenset({"PROTEST", "MOBILIZE"})
#: verbs of speaking whose partner may be only an audience
_SPEAKING = frozenset({"talk", "speak", "chat", "converse", "brief"})
#: a verb this sure of its type may stand without a target
TARGETLESS_MIN_WEIGHT = 0.7


def _localised(actors: tuple[Actor, ...], country: str | None) -> tuple[Actor, ...]:
    if country is None:
        return actors
    # ("seized a foreign oil tanker in the Gulf of Oman": not Oman's)
    return tuple(dataclasses.replace(a, country=country)
                 if a.country is None and (a.sector or a.name) and not _FOREIGN & set(a.text.lower().split()) else a
                 for a in actors)


#: words that say an actor is not of the place where it is
_FOREIGN = frozenset({"foreign", "foreign-flagged", "overseas", "expatriate", "expat"})


def _hit_where_it_happened(cand: Candidate, country: str | None) -> tuple[Actor, ...]:
    """'Russian missiles struck a school in Kharkiv, killing 15 people': victims whose country no word of
    theirs tells were given the attacker's, the last named; a violent act placed in another country hit
    that country's people."""
    doers = {a.country for a in cand.sources if a.country}
    if country is None or not cand.guessed_countries or country in doers:
        return cand.targets
    return tuple(dataclasses.replace(a, country=country)
                 if a in cand.guessed_countries and a.country in doers and a.country != country else a
                 for a in cand.targets)


def _victims_are_subjects(doc: Doc, cand: Candidate) -> bool:
    """The candidate's targets are its passive verb's subjects, or those "of" them ("two of the gunmen were
    killed"), not actors found deeper in the subject ("an IED planted by gunmen detonated")."""
    def subject(tok: Token) -> bool:
        return tok.dep_ == "nsubjpass" and tok.head.i == cand.trigger_i
    heads = [doc[i] for i in cand.target_heads]
    return bool(heads) and all(subject(t) or (t.dep_ == "pobj" and t.head.lower_ == "of" and subject(t.head.head))
                               for t in heads)


def drop_reason(cand: Candidate, is_noun: bool, *, refuses_act: bool = False, left_named: bool = False,
                victims_are_subjects: bool = False) -> str | None:
    """Why a candidate with resolved actors is not a usable event (None: it is). ``refuses_act``: the
    candidate is a refusal whose infinitive is itself an act ("declined to resign"); ``left_named``: the
    place it withdraws from is named ("withdrew from Grozny"); ``victims_are_subjects``: its targets are the
    subjects of its passive verb ("three attackers were killed")."""
    actors = cand.sources + cand.targets
    # a violent act may name only its victims ("50 people were arrested", "two villagers were killed")
    victims_suffice = cand.rule.event_type in VICTIM_TYPES and any(a.sector for a in cand.targets)
    if not any(a.country for a in actors) and not any(a.sector for a in cand.sources) and not victims_suffice:
        return "no-actor"
    if not cand.sources and not any(a.country for a in cand.targets) and not victims_suffice:
        return "no-source"
    if {(a.country, a.sector) for a in cand.sources} == {(a.country, a.sector) for a in cand.targets} and not (
            # a group fighting within itself ("clashes between rival clans") stands, and so does a gunfight
            # told with no side named
            cand.each_other or cand.role_rule.endswith("+" + OTHER_SIDE)) and not (
            # a force moving its own units stands ("Turkish forces brought military reinforcements")
            cand.rule.event_type == "MOBILIZE") and not (
            # civil servants protesting against their government stand
            cand.rule.event_type in PROTEST_TYPES) and not (
            # an inquiry into what a body's own members did stands ("the army is investigating the killing of
            # a youth by soldiers")
            cand.rule.mode == "investigate" and "doer-of-the-act-accused" in cand.role_rule) and not (
            # "Amakuriat residents killed two people": violence between two groups of one kind stands, and so
            # does a named group's against victims it does not name ("Mob lynches four suspected members"), and
            # so do gunmen killed by someone the text does not name ("three of the gunmen were also killed")
            cand.rule.event_type in VICTIM_TYPES
            and {a.text.lower() for a in cand.sources}.isdisjoint(a.text.lower() for a in cand.targets)
            and (all(a.text for a in cand.sources) or ("+implied-unidentified-attacker" in cand.role_rule
                                                       and victims_are_subjects))):
        return "source-is-target"
    if cand.rule.event_type == "CONSULT" and cand.rule.lemma in _SPEAKING and cand.targets and all(
            a.sector == "JRN" and not a.name for a in cand.targets):
        # "Putin talked with reporters after the summit": speaking to the press is no consultation
        return "press-audience"
    if cand.rule.mode == "obstruct" and cand.sources and all(a.sector in STATE_FORCES for a in cand.sources):
        # "Police blocked the roads to parliament": the state's forces closing a road are no protest
        return "forces-blocking"
    if not cand.targets and cand.rule.event_type not in TARGETLESS_TYPES and (
        is_noun or cand.rule.weight < TARGETLESS_MIN_WEIGHT
    ) and not (
        # "Troops beat back a militant assault", "Bandits hit a hamlet": an armed group's attack stands
        # with no one named as its target
        cand.rule.event_type in VICTIM_TYPES and any(a.sector in ARMED_SECTORS and a.text for a in cand.sources)
    ) and not (
        # "Sudan's government is responsible for mass killings": one named as answering for violence
        cand.rule.event_type in VICTIM_TYPES and cand.role_rule.startswith("noun:answerable") and cand.sources
    ) and not (
        # "Russia and India held joint exercises": parties acting together, all of them actors
        cand.rule.event_type in TOGETHER_TYPES and len({a.country for a in cand.sources if a.country}) >= 2
    ) and not (
        # "Russian forces withdrew from Grozny": a withdrawal from a named place of the forces' own land
        cand.rule.event_type == "RETREAT" and "withdrawn-from" in cand.role_rule and left_named and cand.sources
        and any(a.sector in STATE_FORCES | ARMED_SECTORS for a in cand.sources)
    ) and not (
        # "Iraq would strike back at any country that ...": a state's force held out is a threat, whoever it is
        # aimed at
        cand.rule.event_type == "THREATEN" and "+intent(ASSAULT)" in cand.role_rule
        and any(a.country and a.sector in STATE_FORCES | {"GOV"} for a in cand.sources)
    ) and not (
        # "the vice-president declined to resign": a refused act is a rejection with no one else named (not
        # "declined to comment", which refuses no act)
        refuses_act and cand.rule.event_type == "REJECT"
    ):
        return "no-target"
    return None


#: sectors of a state's own bodies, which take the country of an article about one country only
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
#: words of forces or bodies that are not the host state's ("foreign troops", "peacekeepers")
_NOT_HOME = ("foreign", "coalition", "international", "allied", "peacekeep", "multinational", "western",
             "regional", "external", "overseas", "occupation", "occupying")
#: words before a body's own name ("the army", "several police officers")
_LEADING = frozenset({"the", "a", "an", "some", "several", "many", "few", "two", "three", "four", "five", "six",
                      "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "of"})


def _home_country(candidates: list[Candidate]) -> str | None:
    """The one country an article is about: the only state its events' actors name, where no other state is
    among their places either."""
    kb = load_knowledge()
    kept = [c for c in candidates if c.kept]
    # (not a news outlet's: "a request from Reuters" does not make the article British)
    by_actors = {a.country for c in kept for a in c.sources + c.targets
                 if a.country and kb.is_known_country(a.country) and a.sector not in OUTLETS}
    by_places = {c.location.country for c in kept if c.location is not None and c.location.country
                 and kb.is_known_country(c.location.country)}
    return next(iter(by_actors)) if len(by_actors) == 1 and by_places <= by_actors else None


#: a land's own institutions, whose named members are of it too ("Judge Alejandro Rivera", "Delhi Police")
_DOMESTIC_SECTORS = frozenset({"JUD", "COP", "LEG"})


def _plain_body(actor: Actor) -> bool:
    """A state's body told by its common name alone ("the army", "troops", "the government"), not one whose
    words name a place or body the tables lack ("the Gujarat government", "Tobago's authorities"); a court,
    police or parliament also by name."""
    if actor.country is not None or actor.sector not in _STATE_SECTORS:
        return False
    words = actor.text.lower().split()
    if any(w.startswith(_NOT_HOME) for w in words):
        return False
    if actor.sector in _DOMESTIC_SECTORS and "'s" not in words:
        return True
    while words and (words[0] in _LEADING or words[0].isdigit()):
        words = words[1:]
    return bool(words) and load_knowledge().sector_of(" ".join(words)) is not None


def _at_home(actors: tuple[Actor, ...], home: str) -> tuple[Actor, ...]:
    """'The army said it killed 12 of the attackers' in an article about Nigeria: Nigeria's army."""
    return tuple(dataclasses.replace(a, country=home) if _plain_body(a) else a for a in actors)


class EventFilter:
    def __call__(self, doc: Doc) -> Doc:
        candidates = doc._.candidates or []
        acts = frozenset(c.trigger_i for c in candidates)
        if (home := _home_country(candidates)) is not None:
            # (an act with no doer named is not made an event by it: "met the prime minister")
            for cand in (c for c in candidates if c.kept and c.sources):
                sources, targets = _at_home(cand.sources, home), _at_home(cand.targets, home)
                # (not when it would make the two sides one: "MPs threatened the government" stands as told)
                if (sources, targets) != (cand.sources, cand.targets) and not (
                        {(a.country, a.sector) for a in sources} & {(a.country, a.sector) for a in targets}):
                    cand.sources, cand.targets = sources, targets
                    cand.role_rule += "+country-of-the-article"
        for cand in candidates:
            if cand.kept:
                self._check(doc, cand, acts)
        for cand, host in _revived(candidates):
            self._check(doc, cand, acts)
            if host is not None and cand.kept:
                host.dropped = "told-as-its-fight"  # (its dead are the fight's)
        _hand_over_tolls(doc, candidates)
        _results_of_the_act(doc, candidates)
        _scenes_of_deaths(doc, candidates)
        return doc

    @staticmethod
    def _check(doc: Doc, cand: Candidate, acts: frozenset[int]) -> None:
        """Localise, fill and judge one candidate; ``acts`` are the trigger tokens of the document's candidates."""
        place = cand.location
        # (not a meeting's: "the two presidents met in Geneva" are no Swiss officials)
        # (a country only where the act is told to have happened in it: "killed 12 soldiers in northern Burkina
        # Faso", not "protested over the US dollar")
        if place is not None and (place.precision in NAMED_PLACE or (
                place.precision == "country" and cand.location_of_act)) and cand.rule.event_type != "CONSULT":
            localised_sources = _localised(cand.sources, place.country)
            localised_targets = _localised(cand.targets, place.country)
            if {(a.country, a.sector) for a in localised_targets if a not in cand.targets} & {
                    (a.country, a.sector) for a in localised_sources} and cand.rule.event_type not in VICTIM_TYPES:
                # ("Venezuela expelled the ambassadors of seven Latin American countries, the ministry in Caracas
                # said": those it acts on are not made its own by the place; but "villagers in Kisii hacked five
                # elderly people to death": the victims of violence in a place are of that place)
                localised_targets = cand.targets
            if place.precision == "country" and any(a.country == place.country for a in cand.sources + cand.targets):
                # ("rebels threatened to shell Hezbollah positions in Lebanon": a land the act names that is one
                # side's is not the other side's too)
                localised_sources, localised_targets = cand.sources, cand.targets
            if (localised_sources, localised_targets) != (cand.sources, cand.targets):
                cand.sources, cand.targets = localised_sources, localised_targets
                cand.role_rule += "+country-from-place"
            if cand.rule.event_type in VICTIM_TYPES and (hit := _hit_where_it_happened(cand, place.country)) != \
                    cand.targets:
                cand.targets = hit
                cand.role_rule += "+victims-of-the-place"
        if place is not None and place.precision == "country" and cand.location_in_sentence \
                and cand.rule.event_type in VICTIM_TYPES:
            # "leftist guerrillas kidnapped a governor in southern Colombia": armed men of no land of their own
            # are of the land their act's sentence names
            armed = tuple(dataclasses.replace(a, country=place.country)
                          if a.country is None and a.sector in ARMED_GROUPS else a for a in cand.sources)
            if armed != cand.sources:
                cand.sources = armed
                cand.role_rule += "+armed-of-the-land-named"
        if cand.each_other and not cand.targets and len({a.country for a in cand.sources}) == len(cand.sources) == 2 \
                or cand.each_other and not cand.targets and len(cand.sources) == 2 and len(
                    {a.sector for a in cand.sources}) == 2 and all(a.sector in STATE_FORCES | ARMED_GROUPS
                                                                    for a in cand.sources):
            # "Chinese and Indian troops clashed": one noun, two nations' forces, each against the other ("Houthi
            # and pro-Hadi forces exchanged fire": or one nation's two armed sides)
            cand.sources, cand.targets = cand.sources[:1], cand.sources[1:]
            cand.role_rule += "+two-nations"
        if (rulers := _ruled_people(cand)) != cand.targets:
            cand.targets = rulers
            cand.role_rule += "+ruled-by-the-doer"
        fill_unnamed(doc, cand, place)
        trigger = doc[cand.trigger_i]
        refuses_act = any(c.dep_ == "xcomp" and c.i in acts for c in trigger.children)
        left_named = cand.rule.event_type == "RETREAT" and _left_place_named(trigger)
        cand.dropped = drop_reason(cand, trigger.pos_ == "NOUN", refuses_act=refuses_act, left_named=left_named,
                                   victims_are_subjects=_victims_are_subjects(doc, cand))
        if cand.dropped is None and cand.rule.event_type in VICTIM_TYPES and _done_to_oneself(trigger):
            cand.dropped = "self-inflicted"
        if cand.dropped is None and (cand.rule.event_type, cand.rule.mode) == ("CONSULT", "visit") \
                and cand.role_rule.startswith("passive"):
            # "Besigye was later flown to Kampala": carried there, not visiting
            cand.dropped = "carried-not-visiting"


#: people a ruler restricts or detains, who are of the ruler's land unless told otherwise
_RULED_PEOPLE = frozenset({"CVL", "OPP", "JRN", "MED", "EDU", "REL", "LAB", "SOC", "PTY", "AGR"})


def _ruled_people(cand: Candidate) -> tuple[Actor, ...]:
    """'The Taliban banned women from universities', 'the junta detained opposition leaders': people of no
    country named, restricted or detained by those who hold power in one land, are that land's (not a ship or a
    foreigner, whose country is told or unknown)."""
    if cand.rule.event_type != "COERCE" or not cand.sources:
        return cand.targets
    homes = {a.country for a in cand.sources}
    if len(homes) != 1 or None in homes or not all(a.sector in _STATE_SECTORS | {"REB"} for a in cand.sources):
        return cand.targets
    home = next(iter(homes))
    if not load_knowledge().is_known_country(home):
        return cand.targets
    return tuple(dataclasses.replace(a, country=home) if a.country is None and a.sector in _RULED_PEOPLE else a
                 for a in cand.targets)


def _results_of_the_act(doc: Doc, candidates: list[Candidate]) -> None:
    """'Militants ambushed a Kenyan police convoy near the border, killing eight officers': the dead told in a
    participle after a violent act were the ones it hit, of their country, where it happened (when neither the
    participle's own words say otherwise)."""
    by_trigger = {c.trigger_i: c for c in candidates if c.kept}
    for cand in by_trigger.values():
        trigger = doc[cand.trigger_i]
        main = by_trigger.get(trigger.head.i)
        if (main is None or trigger.dep_ != "advcl" or trigger.tag_ != "VBG" or main is cand
                or cand.rule.event_type != "ASSAULT" or main.rule.event_type != "ASSAULT"):
            continue
        hit = {a.country for a in main.targets if a.country}
        if len(hit) == 1 and any(a.country is None for a in cand.targets):
            country = next(iter(hit))
            cand.targets = tuple(dataclasses.replace(a, country=country) if a.country is None else a
                                 for a in cand.targets)
            cand.role_rule += "+of-the-side-hit"
        if (main.location is not None and cand.location is not None and cand.location.precision == "country"
                and not cand.location_of_act and (main.location.precision != "country" or (
                    # (two lands guessed: the one of those hit)
                    {a.country for a in cand.targets} == {main.location.country}))):
            cand.location = main.location


def _scenes_of_deaths(doc: Doc, candidates: list[Candidate]) -> None:
    """'A student lost his life when a police bullet struck him': the clause the death is told in is how it came
    about, folded into the death, whose doer it named (not a second act on the same person)."""
    by_trigger = {c.trigger_i: c for c in candidates if c.kept}
    for death in by_trigger.values():
        if death.rule.event_type != "ASSAULT" or death.fatalities is None or (
                "+scene-agent" not in death.role_rule and not death.role_rule.startswith("victim+scene")):
            continue
        doers = {(a.country, a.sector) for a in death.sources}
        for clause in doc[death.trigger_i].children:
            scene = by_trigger.get(clause.i)
            if scene is not None and clause.dep_ == "advcl" and scene.rule.event_type in VICTIM_TYPES \
                    and {(a.country, a.sector) for a in scene.sources} == doers:
                scene.dropped = "part-of-another-event"
                scene.absorbed_by = death.trigger_i


#: reflexive objects ("hanged himself"; a bomber who "blew himself up" acted on others)
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "oneself"})
#: verbs of harm whose reflexive object makes it self-harm
_SELF_HARM = frozenset({"kill", "shoot", "hanged", "hang", "stab", "poison", "wound", "injure", "strangle"})


def _done_to_oneself(verb: Token) -> bool:
    """'A prisoner hanged himself in his cell', 'the suspect shot himself': harm to oneself, no event."""
    return verb.lemma_.lower() in _SELF_HARM and any(
        c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children)


def _named_place(noun: Token) -> bool:
    return noun.pos_ == "PROPN" or noun.ent_type_ in {"GPE", "LOC", "FAC"}


def _left_place_named(verb: Token) -> bool:
    """Whether the place a verb withdraws "from" (or "out of") is named: "from Grozny", "from the town of
    Gwoza" (not "from the positions near the coast")."""
    left = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    left += [p for c in verb.children if c.lower_ == "out" for o in c.children if o.lower_ == "of"
             for p in o.children if p.dep_ == "pobj"]
    return any(_named_place(p) or any(_named_place(g) for o in p.children if o.dep_ == "prep" and o.lower_ == "of"
                                      for g in o.children if g.dep_ == "pobj")
               or any(_named_place(a) for a in p.children if a.dep_ == "appos")
               # ("from the disputed Abyei area")
               or is_place_noun(p) and any(_named_place(c) for c in p.children if c.dep_ in {"compound", "nmod"})
               for p in left)


def _revived(candidates: list[Candidate]) -> list[tuple[Candidate, Candidate | None]]:
    """An event noun folded into another event comes back when that event is dropped for want of actors and
    the noun names actors of its own ("houses were burnt in clashes between two communities": no one named
    burnt them, but the clashes name their sides) or is a protest ("Nurses strike, protest over pay"); it
    takes the when and where of the event it was folded into. A fight between named sides also comes back
    when the killing folded into it names no doer ("12 people were killed in clashes between Pokot and
    Turkana herders"); that killing is paired with it, to be dropped if the fight stands."""
    by_trigger = {c.trigger_i: c for c in candidates}
    revived = []
    for cand in candidates:
        host = by_trigger.get(cand.absorbed_by) if cand.absorbed_by is not None else None
        if cand.dropped != "part-of-another-event" or host is None:
            continue
        # a killing whose doers are not named, inside a fight whose two sides are, is that fight and its dead
        unknown_doers = not host.sources or "+implied-unidentified-attacker" in host.role_rule
        sides_of_a_fight = (host.kept and unknown_doers and cand.rule.lemma in _FIGHTS
                            and cand.source_heads and cand.target_heads
                            and cand.rule.event_type == host.rule.event_type == "ASSAULT")
        if not sides_of_a_fight and (host.dropped not in _UNPLACED or not (
                cand.source_heads or cand.target_heads or cand.rule.event_type in PROTEST_TYPES)):
            continue  # (only a noun that names actors of its own, or a protest, whose protesters are implied)
        cand.dropped = None
        cand.role_rule += "+revived"
        cand.location = cand.location or host.location
        cand.date, cand.date_precision = (cand.date, cand.date_precision) if cand.date else (
            host.date, host.date_precision)
        cand.fatalities = cand.fatalities if cand.fatalities is not None else host.fatalities
        revived.append((cand, host if sides_of_a_fight else None))
    return revived


#: fights whose two sides a killing inside them may be told by ("died in a confrontation between A and B")
_FIGHTS = MUTUAL_FIGHTS | {"confrontation"}


#: why a killing may be dropped while its deaths still belong to the sentence's attack
_UNPLACED = frozenset({"no-actor", "no-source", "no-target"})


def _hand_over_tolls(doc: Doc, candidates: list[Candidate]) -> None:
    """The deaths of a killing dropped for want of its actors go to the attack the sentence keeps, if
    that attack has no toll of its own ("Police fired on the marchers and two were killed", the
    killing's actors lost to the parse: its two dead are the firing's)."""
    for dropped in candidates:
        if dropped.dropped not in _UNPLACED or not dropped.fatalities or dropped.rule.event_type != "ASSAULT":
            continue
        n = sentence_of(doc, dropped.trigger_i)
        hosts = [c for c in candidates if c.kept and c.rule.event_type == "ASSAULT" and c.fatalities is None
                 and sentence_of(doc, c.trigger_i) == n]
        if hosts:
            hosts[0].fatalities = dropped.fatalities


@Language.factory("dyadline_filter")
def event_filter(nlp: Language, name: str) -> EventFilter:
    return EventFilter()
