"""Stage: where each kept event happened, as a GeoNames place.

Place mentions are the model's GPE / LOC / FAC entities, plus proper nouns
in a locative slot ("in Baragoi") that the gazetteer knows. The event's
place is the mention attached to it: the "in ..." of its trigger, of its
object or of the clause that governs it, a place modifier ("the Kabul
attack"), the object of a movement verb ("visited Azerbaijan"). With none,
the nearest fitting place in the same paragraph (in a country of the event's
actors, if they have one); else the target's (or source's) country at
precision ``country``; with no actor country either, the nearest place the
article names anywhere, else the one country the article talks about.

A name is resolved with the gazetteer (cities >= 1,000 people, first-level
regions, countries) and disambiguated by the places written next to it
("Yekaterinburg, Russia"; "Watamu, Kilifi"), the countries the article
talks about, and population.

The stage is :class:`PlaceStage`, with its parts in modules of their own:
the shared word lists in ``place_words``, the place names of a sentence in
``place_mentions``, their ranking for an event in ``place_ranking`` and the
gazetteer lookup in ``place_resolver``. Which mention is the event's, and
the fallbacks when none is, are here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.knowledge import load_knowledge
from dyadline.knowledge.gazetteer import GeoEntry, load_gazetteer
from dyadline.knowledge.normalize import name_key
from dyadline.pipeline.actor_resolver import COUNTRY_THINGS, EVENT_ANAPHORS
from dyadline.pipeline.candidate import ARMED_GROUPS, OUTLETS, Candidate
from dyadline.pipeline.lexicon import load_lexicon
from dyadline.pipeline.doccache import doc_text, entities, sentence_of, sentences
from dyadline.pipeline.place_mentions import (Mention, in_speaker, is_place_noun, locative_head, place_mentions,
                                              root_of, slot_of)
from dyadline.pipeline.place_ranking import rank_mentions, within
from dyadline.pipeline.place_resolver import PlaceResolver, to_place
from dyadline.pipeline.place_words import OF_NAMED
from dyadline.pipeline.role_words import ASSAULT_NOUNS, LIGHT_VERBS
from dyadline.records import Place

__all__ = ["PlaceStage", "places"]

_PARAGRAPH = re.compile(r"\n\s*\n")

#: verbs of taking back ground
_WINNING_BACK = frozenset({"retake", "recapture", "regain", "liberate", "reclaim"})
#: acts done where the doer sits, whoever they are done to
_DONE_AT_HOME = frozenset({"summon", "expel", "deport", "sentence", "convict", "jail", "imprison", "try"})


def _placed(doc: Doc, m: Mention) -> bool:
    """A name the sentence uses as a place: in a locative slot, or in brackets after one ("fell in As
    Sabaa (Tripoli)", "in Gashoho commune (Muyinga)")."""
    return locative_head(root_of(doc, m)) is not None or (m.start > 0 and doc[m.start - 1].text == "(")


def _slot_of_the_act(doc: Doc, m: Mention, trigger: Token) -> bool:
    """A place phrase of the trigger, or of what it acts on ("abducted pupils from a school in Kebbi state"),
    not of a cause or a description ("over conflicts in Aceh", "Xinjiang-related")."""
    slot = slot_of(root_of(doc, m))
    if slot is None or slot.prep in {"mod", "people"}:
        return False
    head = slot.head
    # ("carried out air strikes on camps in Pakistan": the place of the verb whose object the act's noun is)
    light = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and \
        trigger.head.lemma_.lower() in LIGHT_VERBS else None
    return head.i == trigger.i or head.head.i == trigger.i or (
        head.head.dep_ == "prep" and head.head.head.i == trigger.i) or (light is not None and head.i == light.i)


def _opens_a_scene(doc: Doc, sent: Span, m: Mention) -> bool:
    """The sentence opens with the place, set off by a comma ("In Eldoret, protesters torched ...")."""
    root = root_of(doc, m)
    prep = root.head
    # (the preposition first, or after a time set off by a comma: "On Monday, in Eldoret, ...")
    first = prep.i == sent.start or (prep.i - sent.start <= 4 and doc[prep.i - 1].text == ",")
    return (root.dep_ == "pobj" and prep.lower_ in {"in", "at", "near"} and first
            and m.end < sent.end and doc[m.end].text == ",")


def _act_told_before(doc: Doc, trigger: Token, kept: list[Candidate], cand: Candidate) -> Place | None:
    """The place of the act an anaphor in the subject refers to ("The attack killed five people" after
    "Russian forces struck Kharkiv"): the nearest placed act of the same type before it, in its sentence or the
    one before."""
    subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ not in EVENT_ANAPHORS or not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subject.children):
        return None
    here = sentence_of(doc, trigger.i)
    before = [c for c in kept if c.trigger_i < subject.i and c.location is not None and c is not cand
              and c.rule.event_type == cand.rule.event_type and here - sentence_of(doc, c.trigger_i) <= 1]
    return before[-1].location if before else None


def _hangs_on_the_act(doc: Doc, m: Mention, trigger: Token) -> bool:
    """A place phrase within the act's own words ("killed 12 soldiers in an attack on a post in northern
    Burkina Faso"), not of a cause or a description of someone ("Lebanese", "over the dollar in the US")."""
    root = root_of(doc, m)
    # (the name itself after the preposition, not a word on another noun: "near the Kenya-Somalia border",
    # "the village of Kosovo")
    if root.dep_ != "pobj" or (root.head.lower_ == "of" and root.head.head.lemma_.lower() in OF_NAMED):
        return False
    slot = slot_of(root)
    if slot is not None and slot.prep == "on" and _raid_of_the_act(slot.head, trigger) and \
            root.head.lower_ in _WHERE_PREPS:
        return True  # ("killed 12 militants in a raid on a camp in southern Somalia")
    return slot is not None and slot.prep in _WHERE_PREPS and (
        _slot_of_the_act(doc, m, trigger) or within(slot.head, trigger, limit=6) is not None)


def _raid_of_the_act(noun: Token, trigger: Token) -> bool:
    """An event noun in the act's own "in" or "during" phrase ("killed ... in a raid on ..."), or its subject
    ("an air raid on a village in southern Lebanon killed four people")."""
    prep = noun.head
    if noun.lemma_.lower() not in ASSAULT_NOUNS:
        return False
    return (noun.dep_ == "pobj" and prep.lower_ in {"in", "during"} and prep.head.i == trigger.i) or (
        noun.dep_ == "nsubj" and noun.head.i == trigger.i)


def _names_the_speaker(doc: Doc, m: Mention) -> bool:
    """A name in the subject of a verb of saying ("..., South Korea's military said"): who tells of the act,
    not where it happened."""
    return in_speaker(root_of(doc, m))


def _acting_elsewhere(doc: Doc, m: Mention, trigger: Token) -> bool:
    """A name that is the subject of another verb than the trigger: a capital standing for its government in
    another act ("fired missiles into the sea, days after Pyongyang threatened"), not where this one
    happened (but "Khartoum shortened the curfew": the seat of the one acting)."""
    root = root_of(doc, m)
    # (not "Nairobi police arrest ...", the parser reading the name as one more subject)
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ in {"VERB", "AUX"} and root.head.i != trigger.i \
        and not any(c.dep_ == root.dep_ and c.i != root.i for c in root.head.children)


#: prepositions that tell where an act happened (not whither: "deported to Honduras", "blows to the US")
_WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "within", "throughout",
                          "along", "off"})

#: "Saudi-led", "Iranian-backed": a country written as leading or backing a force
_BACKING = frozenset({"led", "backed", "sponsored", "supported", "funded", "allied", "aligned"})


class PlaceStage:
    def __init__(self, resolver: PlaceResolver) -> None:
        self.resolver = resolver
        #: nouns of the trigger lexicon ("raid", "attack"), which an event may refer back to
        self.event_nouns = frozenset(lemma for lemma, pos in load_lexicon().rules if pos == "NOUN")

    def _named_countries(self, doc: Doc) -> tuple[set[str], set[str]]:
        """Countries the text names (GPE and NORP entities), and those named only as leading or backing
        others ("Saudi-led coalition")."""
        leaders: set[str] = set()
        named: set[str] = set()
        for ent in entities(doc):
            if ent.label_ in {"GPE", "NORP"} and ent.root.head.lemma_.lower() not in COUNTRY_THINGS \
                    and not _origin_of_people(ent.root):
                # (not "the high US dollar exchange rate")
                match = self.resolver.kb.match_country(ent.text.replace("’", "'"))
                if match is not None and match.kind != "people" and not (  # (a people may live in several states)
                        match.kind == "institution" and match.sector in ARMED_GROUPS):
                    after = doc[ent.end:ent.end + 2]
                    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in _BACKING:
                        leaders.add(match.code)
                    else:
                        named.add(match.code)
        return named, leaders

    def _doc_countries(self, doc: Doc, kept: list[Candidate], named: set[str], leaders: set[str]) -> frozenset[str]:
        """The countries that tell the text's places apart: its actors' and those it names (``named``,
        ``leaders``: from ``_named_countries``)."""
        codes = {a.country for c in kept for a in c.sources + c.targets if a.country}
        # a coalition's leader or a force's backer fights elsewhere: its country tells no places apart
        codes = (codes - (leaders - named)) | named
        # a mission's reports are about the country it works in ("the OSCE SMM observed ...": Ukraine)
        codes |= self.resolver.kb.mission_countries(doc_text(doc))
        # a body's code (OSCE, UN) is no country to tell places apart by
        return frozenset(c for c in codes if self.resolver.gaz.country(c) is not None)

    @staticmethod
    def _armed_homes(kept: list[Candidate], named: set[str]) -> frozenset[str]:
        """Countries the text knows only as armed groups' homes: where a group comes from, not necessarily
        where it fights ("Al Shabaab raided a police camp in Lamu"). ``named``: the countries it names."""
        actors = [a for c in kept for a in c.sources + c.targets if a.country]
        armed = {a.country for a in actors if a.sector in ARMED_GROUPS}
        # (not people given the group's country for want of their own: "Raiders from Ethiopia wounded two herders")
        guessed = [a for c in kept for a in c.guessed_countries]
        firm = {a.country for a in actors if a.sector not in ARMED_GROUPS and a not in guessed} | named
        return frozenset(armed - firm)

    def _mission_areas(self, doc: Doc) -> tuple[GeoEntry, ...]:
        """The regions the missions the text names report from ("the OSCE SMM observed ...": Donetsk and
        Luhansk), as gazetteer regions."""
        wanted = self.resolver.kb.mission_regions(doc_text(doc))
        return tuple(e for country, region in sorted(wanted) for e in self.resolver.gaz.lookup(region)
                     if e.kind == "admin1" and e.country == country)

    def _people_named(self, doc: Doc, m: Mention) -> bool:
        """'Garre militia attacks Degodia herdsman': a people's name (or a country's adjective) is no place
        (Garre in France) unless the text puts it in a place's slot ("in Turkana", "Turkana County")."""
        match = self.resolver.kb.match_country(m.text)
        if m.road_end or match is None or (match.kind not in {"people", "adjective"} and m.label != "NORP"):
            return False  # (also "Saudi" of "Saudi-led coalition air raids": a country's adjective)
        root = root_of(doc, m)
        slot = slot_of(root)
        # ("Garre militia", "the Degodia clan": a modifier of people, no place)
        return not (is_place_noun(root.head) and root.dep_ == "compound") and (slot is None or slot.prep == "mod")

    def _land_come_from(self, doc: Doc, m: Mention) -> bool:
        """A country's name told as the land people come from ("gunmen said to be from Ethiopia")."""
        if not _origin_of_people(root_of(doc, m)):
            return False
        match = self.resolver.kb.match_country(m.text)
        return match is not None and match.kind == "name"

    def _unambiguous_countries(self, doc: Doc) -> frozenset[str]:
        """An article that names no country ("clashes in Likoni, Mombasa"): the country of the
        place names it uses that exist in one country only, to tell its other places apart."""
        codes: set[str] = set()
        for m in place_mentions(doc):
            # a name that is only some village's alternate name ("Mutha" for Müden) says nothing
            key = name_key(m.text)
            found = [e for e in self.resolver.entries(m.text) if e.kind != "city" or name_key(e.name) == key]
            if found and len({e.country for e in found}) == 1:
                codes.add(found[0].country)
        return frozenset(codes) if len(codes) == 1 else frozenset()

    def _countries_of_any_place(self, doc: Doc) -> frozenset[str]:
        """Every country in which some place the text names (or names as a container) may lie."""
        return frozenset(e.country for m in place_mentions(doc) for name in (m.text, *m.context)
                         if not self._land_come_from(doc, m)
                         for e in self.resolver.entries(name))

    def __call__(self, doc: Doc) -> Doc:
        kept = [c for c in doc._.candidates or [] if c.kept]
        if not kept:
            return doc
        date = doc._.document.date if doc._.document is not None else None
        named, leaders = self._named_countries(doc)
        countries = self._doc_countries(doc, kept, named, leaders)
        # (a group's home in which a place the text names may lie is where it fights: "Taliban militants
        # ambushed policemen in Pul-e Khumri district, Baghlan")
        armed_homes = self._armed_homes(kept, named) & countries
        if armed_homes:
            armed_homes -= self._countries_of_any_place(doc)
        areas = self._mission_areas(doc)
        if not countries:
            countries = self._unambiguous_countries(doc)
        breaks = [m.end() for m in _PARAGRAPH.finditer(doc_text(doc))]
        sents = sentences(doc)
        by_sentence: dict[int, list[Mention]] = {}
        resolved: dict[tuple[int, int], GeoEntry | None] = {}

        def mentions(n: int) -> list[Mention]:
            if n not in by_sentence:
                # (nor a land people come from: "gunmen said to be from Ethiopia"; a town they come from is
                # most often where they are: "farmers from Eldoret blocked the highway")
                by_sentence[n] = [m for m in place_mentions(doc, sents[n]) if not self._people_named(doc, m)
                                  and not self._land_come_from(doc, m)]
            return by_sentence[n]

        found_acts: list[dict[str, list[int]]] = []

        def acts_at() -> dict[str, list[int]]:
            if not found_acts:
                found_acts.append(_noun_positions(doc, self.event_nouns))
            return found_acts[0]

        def entry(m: Mention) -> GeoEntry | None:
            key = (m.start, m.end)
            if key not in resolved:
                resolved[key] = self.resolver.resolve(doc, m, countries, areas, armed_homes=armed_homes)
            return resolved[key]

        for cand in kept:
            trigger = doc[cand.trigger_i]
            # (not a group's home the text knows it by only: "police shot dead an Al Shabaab member ... his
            # hideout in Bamburi" is in Kenya)
            actor_countries = {a.country for a in cand.sources + cand.targets if a.country} - armed_homes

            def fits(e: GeoEntry | None, strict: bool) -> bool:
                return e is not None and (not strict or not actor_countries or e.country in actor_countries)

            def nearest(pool: list[Mention]) -> GeoEntry | None:
                return entry(min(pool, key=lambda m: abs(m.start - trigger.i))) if pool else None

            n = sentence_of(doc, trigger.i)
            found = None
            ranked = [(m, e) for m in rank_mentions(doc, trigger, mentions(n), loose=False)
                      if fits(e := entry(m), False)]
            if ranked:
                found = ranked[0][1]
                cand.location_in_sentence = True
                # (a country only when written as the place itself, not as the container of an unknown name:
                # "in Rafi LGA (Niger)", Nigeria's Niger state)
                cand.location_of_act = _hangs_on_the_act(doc, ranked[0][0], trigger) and not (
                    found.kind == "country" and ranked[0][0].context)
                if found.kind == "country":
                    # "abducted pupils from a school in Kebbi state in northwestern Nigeria": a place inside the
                    # country that hangs in the event's clause too
                    found = next((e for m, e in ranked[1:] if e.kind != "country" and e.country == found.country
                                  and _slot_of_the_act(doc, m, trigger)), found)
            if found is None:
                paragraph = bisect.bisect_right(breaks, trigger.idx)
                nearby = [k for k in range(len(sents)) if bisect.bisect_right(breaks, sents[k].start_char) == paragraph]
                # (not a place a later sentence opens with, setting a scene of its own: "... stormed parliament.
                # In Eldoret, protesters torched ...")
                found = nearest([m for k in nearby for m in mentions(k) if _placed(doc, m) and fits(entry(m), True)
                                 and not (k > n and _opens_a_scene(doc, sents[k], m))])
            if found is None and not cand.targets:
                # "coalition jets struck Sirwah district": no one hit is named, so the
                # attacker's country says nothing of where; a place its sentence puts the event in (not a
                # name that only describes people or things: "..., South Korea's military said")
                found = nearest([m for m in mentions(n) if _placed(doc, m) and entry(m) is not None
                                 and not _names_the_speaker(doc, m)])
            if found is None:
                # a place of the actors' country named anywhere in the sentence is nearer the truth than the
                # country ("hit a militia supply lorry outside Gharyan")
                # (not a capital standing for its government: "..., days after Pyongyang threatened to respond")
                found = nearest([m for m in mentions(n) if fits(entry(m), True) and entry(m).kind != "country"
                                 and not _acting_elsewhere(doc, m, trigger)])
            if found is None and (told := _act_told_before(doc, trigger, kept, cand)) is not None:
                # "Russian forces struck Kharkiv overnight. The attack killed five people": where that act was
                cand.location = told
                continue
            if found is None:
                # "two men died during a raid by Russian police" after "police raids in Yekaterinburg": the act
                # the article placed before
                found = next((e for tok in _acts_told_before(doc, trigger, sents[n].start, acts_at(), self.event_nouns)
                              for m in rank_mentions(doc, tok, mentions(sentence_of(doc, tok.i)), loose=False)
                              if (e := entry(m)) is not None and e.kind != "country" and fits(e, True)), None)
            if found is None:
                # (ground won back lies in the winner's land: "Ukrainian forces recaptured the village from
                # Russian troops")
                won_back = "+taken-from" in cand.role_rule and cand.rule.lemma in _WINNING_BACK
                # (nor are acts done at the doer's seat: "a Russian court sentenced an American journalist",
                # "India summoned the Canadian envoy", "Pakistan expelled Afghan refugees")
                at_home = cand.rule.lemma in _DONE_AT_HOME or any(a.sector == "JUD" for a in cand.sources)
                ordered = cand.sources + cand.targets if won_back or at_home else cand.targets + cand.sources
                # (a news outlet's land last: "Russia detained a Reuters reporter" happened in Russia)
                for actor in sorted(ordered, key=lambda a: a.sector in OUTLETS):
                    country = self.resolver.gaz.country(actor.country) if actor.country else None
                    if country is not None:
                        found = country
                        break
            if found is None:
                # no actor's country: any place the article names, nearest first, else the one country it is about
                found = nearest([m for k in range(len(sents)) for m in mentions(k) if entry(m) is not None
                                 and not (k > n and _opens_a_scene(doc, sents[k], m))])
                if found is None and len(countries) == 1:
                    found = self.resolver.gaz.country(next(iter(countries)))
            cand.location = to_place(found, self.resolver.kb.country_on(found.country, date)) \
                if found is not None else None
        return doc


def _acts_told_before(doc: Doc, trigger: Token, sentence_start: int, acts_at: dict[str, list[int]],
                      event_nouns: frozenset[str]) -> Iterator[Token]:
    """Earlier mentions, latest first, of the act an event's trigger names or happened during ("died during a
    raid": earlier "raids"): nouns of the trigger lexicon (``acts_at``: their positions by lemma), in
    sentences before the trigger's."""
    acts = [t for t in (trigger, *(g for p in trigger.children if p.dep_ == "prep" and p.lower_ in _DURING
                                   for g in p.children if g.dep_ == "pobj"))
            if t.pos_ == "NOUN" and t.lemma_.lower() in event_nouns]
    earlier = sorted({i for t in acts for i in acts_at.get(t.lemma_.lower(), ()) if i < sentence_start},
                     reverse=True)
    for i in earlier:
        yield doc[i]


def _noun_positions(doc: Doc, nouns: frozenset[str]) -> dict[str, list[int]]:
    """Where each noun of ``nouns`` stands in the document, by lemma (one pass over its tokens)."""
    out: dict[str, list[int]] = {}
    for tok in doc:
        if tok.pos_ == "NOUN" and (lemma := tok.lemma_.lower()) in nouns:
            out.setdefault(lemma, []).append(tok.i)
    return out


#: prepositions of the act an event happened in ("died during a raid", "killed in an attack")
_DURING = frozenset({"during", "in"})


def _origin_of_people(name: Token) -> bool:
    """'gunmen said to be from Ethiopia', 'raiders from Sudan': a land people come from, which tells
    nothing of where they act (nor of which places the text means). ``name``: the root of the place's name."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ != "from":
        return False
    holder = prep.head
    return (holder.pos_ == "NOUN" and not is_place_noun(holder) and holder.lemma_.lower() not in COUNTRY_THINGS) \
        or holder.lemma_.lower() == "be"


@Language.factory("dyadline_places")
def places(nlp: Language, name: str) -> PlaceStage:
    return PlaceStage(PlaceResolver(load_gazetteer(), load_knowledge()))
