"""Resolving one actor phrase (a head token in a parsed sentence) to an Actor.

The country comes from the phrase itself: a country name, capital or seat of
power ("the Kremlin"), a demonym ("Russian police"), a possessive
("Azerbaijan's ministry", "Aliyev's office"), an "of Azerbaijan"; or from a
person: one the leader table knows on the article's date, one a former
leader (sector ELI), or one introduced earlier in the same article with a
title and a country ("Russian Deputy Prime Minister Alexey Overchuk" ...
"Overchuk"). The sector comes from titles and nouns in the phrase (the
longest known term wins). Each decision is written to ``why`` when asked,
so ``dyadline actor`` can show it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

from spacy.tokens import Span, Token

from dyadline.knowledge import CountryMatch, KnowledgeBase, Leader, load_knowledge
from dyadline.knowledge.gazetteer import load_gazetteer
from dyadline.pipeline.doccache import named_countries, phrases
from dyadline.pipeline.lexicon import load_lexicon
from dyadline.pipeline.parse import (
    DIE_VERBS,
    HEADLINE_HARM,
    bracket_groups,
    headline_victim,
    name_read_as_preposition,
    other_side,
)
from dyadline.pipeline.place_words import river_bank_at
from dyadline.pipeline.truecase import MONTHS
from dyadline.records import Actor

__all__ = ["ActorResolver", "get_resolver", "PRONOUNS", "ANAPHOR_DETS", "EVENT_ANAPHORS", "COUNTRY_THINGS", "clean", "ent_of"]

PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her", "we", "them", "him"})
ANAPHOR_DETS = frozenset({"the", "this", "these", "those", "that"})
EVENT_ANAPHORS = frozenset({"incident", "raid", "raids", "attack", "killing", "killings", "death", "deaths",
                            "operation", "shooting", "crackdown", "strike", "strikes", "bombing", "arrests"})
_MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "case", "quantmod"})
_NAME_LABELS = frozenset({"PERSON"})
#: nouns that make the proper name before them a communal group ("Kabsiren clan", "Pokot community")
_GROUP_WORDS = frozenset({"clan", "subclan", "sub-clan", "community", "tribe"})
#: adjectives that make a group a communal one ("rival ethnic groups")
#: adjectives that make a "community" a circle of states or trades, not a people
_NOT_COMMUNAL = frozenset({"international", "global", "donor", "business", "diplomatic", "scientific", "intelligence",
                           "world", "financial", "humanitarian"})
_COMMUNAL_ADJECTIVES = frozenset({"ethnic", "tribal", "communal", "clan"})
_STATE_SECTOR = "GOV"
_FORMER_SECTOR = "ELI"
#: words that may stand before a country's leader ("the visiting Chinese leader")
_LEADER_WORDS = frozenset({"visiting", "top", "supreme", "new", "incoming", "current", "sitting"})
#: words telling that one no longer holds the office named ("former leader", "ex-president")
_FORMER_WORDS = frozenset({"former", "ex", "erstwhile", "ousted", "deposed", "toppled", "retired"})


def clean(text: str) -> str:
    # (also the line breaks a headline's phrase may run into: "Turkish drilling plans\n\n")
    return text.replace("’", "'").strip(" '\"‘“”,.\n\r\t")


#: verbs whose object says where people come from ("refugees fleeing Syria")
_FLEEING = frozenset({"flee", "escape", "leave"})
#: entity labels that never name an actor
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
#: prepositions whose phrase after a noun names the country it belongs to ("the ministry of Azerbaijan")
_OWNER_PREPS = frozenset({"of", "from", "in"})
#: nouns of things a country has, never actors, whatever country modifies them
#: ("Lebanese airspace", "Russian territory" stay: violating them acts on that country)
COUNTRY_THINGS = frozenset({"dollar", "euro", "pound", "yen", "yuan", "ruble", "rouble", "rupee", "shilling", "peso",
                     "currency", "rate", "price", "flag", "language", "passport", "visa", "time"})

#: agreements named for the city where they were made ("the Paris agreement", "the Oslo accords")
_ACCORDS = frozenset({"agreement", "accord", "treaty", "convention", "protocol", "declaration", "pact", "format",
                      "process", "framework"})

#: nouns that count or gather the people of their "of" phrase ("a number of residents", "a group of youths"), or
#: name what a force holds ("the lines held by the armed forces of Armenia"): the actor is the "of" phrase's
QUANTITY_HEADS = frozenset({"number", "group", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                            "scores", "handful", "couple", "band", "batch", "section", "contingent", "crowd", "mob", "gang",
                            "position", "positions", "base", "bases", "post", "posts", "outpost", "outposts",
                            "checkpoint", "checkpoints", "convoy", "convoys", "patrol", "patrols", "stronghold",
                            "strongholds", "barracks", "trenches", "member", "members",
                            # "a delegation of US lawmakers", "a team of UN inspectors"
                            "delegation", "team"})


def of_object(tok: Token) -> Token | None:
    """The object of the token's "of" phrase ("two of *the soldiers*", "a number of *residents*")."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


def bare_number(tok: Token) -> bool:
    """A number standing for people as the object of a verb ("Three are killed", "killing two"), or
    as the subject of a headline's bare participle ("Four killed, two injured")."""
    if tok.pos_ not in {"NUM", "X"} or not tok.like_num or tok.ent_type_ not in {"", "CARDINAL"}:
        return False
    if any(c.ent_type_ == "DATE" for c in tok.children):
        return False  # the day of "8 May 2020", torn from its month by the parser
    if tok.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HEADLINE_HARM
                                  for c in tok.children):
        return True  # "Two killed in riot over land": the parser made the number the root
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in DIE_VERBS:
        return True  # "2 die in clashes"
    return tok.head.pos_ in {"VERB", "AUX"} and (tok.dep_ in {"nsubjpass", "dobj"} or headline_victim(tok))



class ActorResolver:
    """Resolves tokens to actors with the knowledge base; holds no mutable state."""

    def __init__(self, kb: KnowledgeBase, event_nouns: frozenset[str] = frozenset()) -> None:
        self.kb = kb
        self.event_nouns = event_nouns | EVENT_ANAPHORS

    # --- phrase pieces -------------------------------------------------
    def _country_match(self, tok: Token) -> CountryMatch | None:
        """A country, capital, seat of power, demonym or IGO named by the token (or its entity / name)."""
        last = ent.end if (ent := ent_of(tok)) is not None else tok.i + 1
        if river_bank_at(tok.doc, last):
            return None  # "the west bank of the Dnipro river": a river's bank, not the West Bank
        long_form = spelled_out(tok)
        if long_form is not None:
            # "the Rapid Support Forces ... the RSF": the text's own meaning of the letters, not the table's
            # (Reporters sans frontieres)
            return self.kb.match_country(clean(long_form.text))
        ent = ent_of(tok)
        texts = [ent.text] if ent is not None else []
        described = described_noun(tok)
        if described is not None:
            texts.insert(0, described)  # "the UN refugee agency": the whole name before the entity "UN"
        chain = name_chain(tok)
        if chain is not None:
            texts.append(chain)
        if any(len(t.split()) > 1 and load_gazetteer().lookup(clean(t)) for t in texts):
            # "Mocimboa da Praia": a town whose name ends in a capital's is that town, not the capital
            texts = [t for t in texts if len(t.split()) > 1] or texts
            bare = []
        else:
            bare = [tok.text]
        for text in texts + bare:
            cleaned = clean(text)
            # ("the RSF" in a report on Sudan: its Rapid Support Forces, not Reporters Without Borders)
            match = self.kb.in_context(cleaned, named_countries(tok.doc, self._land_of_name)) or (
                self.kb.match_country(cleaned))
            if match is not None and match.ambiguous and match.alternatives and (
                    (town := _town_before(tok)) is not None and town in match.alternatives):
                # "Atlanta, Georgia": the name of a land's state after one of its towns
                return self.kb.match_country(self.kb.country_name(town))
            if match is not None:
                return match
        return None

    def _plain_country(self, text: str) -> str | None:
        match = self.kb.match_country(clean(text))
        return match.code if match is not None and match.kind in {"name", "adjective", "capital"} else None

    def _land_of_name(self, text: str) -> str | None:
        """The country a place name names: a country's own name, or a town of some size no other land has one
        of that name ("El Fasher": Sudan)."""
        if (code := self._plain_country(text)) is not None:
            return code
        places = [e for e in load_gazetteer().lookup(clean(text)) if e.country]
        if places and len({e.country for e in places}) == 1 and \
                max(e.population for e in places) >= _KNOWN_TOWN_SIZE:
            return places[0].country
        return None

    def names_armed_group(self, head: Token) -> bool:
        """The phrase names an armed group by its name ("Al Shabaab militants"): the country it resolves to is
        the group's home, not necessarily where it acts."""
        return any((m := self._country_match(t)) is not None and m.kind == "institution"
                   and m.sector in _ARMED_GROUPS for t in head.subtree)

    def _country_of_token(self, tok: Token) -> tuple[str, str | None] | None:
        if _qualified_away(tok):
            if _prefix(tok) == "pro":
                # "pro-Houthi forces": an armed group's allies fight where it does, in its country
                match = self._country_match(tok)
                if match is not None and match.kind == "institution" and match.sector in _ARMED_GROUPS:
                    return match.code, None
            return None
        match = self._country_match(tok)
        if match is None or match.kind == "people":
            return None  # a people's name is read by communal_group, not as a country
        return match.code, match.sector

    def communal_group(self, head: Token) -> tuple[str, str | None] | None:
        """(name, country or None) of the communal group a phrase names: the table's peoples
        ("Degodia", "the Pokot", "Turkana herders", "members of the Garre clan") and any proper name
        followed by clan, community or tribe ("Kabsiren clan elders"). None: a group living across
        borders, of the country where it acts."""
        if any(c.dep_ == "amod" and c.lower_ in _NOT_COMMUNAL for c in head.children):
            return None  # "the international community", "the donor community": no people of a place
        candidates = [head, *(c for c in head.children if c.dep_ in _MOD_DEPS and c.i < head.i)]
        candidates += [g for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                       for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _GROUP_WORDS]
        for tok in candidates:
            for text in (tok.text, tok.text[:-1] if tok.text.endswith("s") else None):
                match = self.kb.match_country(clean(text)) if text else None
                if match is not None and match.kind == "people":
                    return clean(text), match.code or None
            if tok.lemma_.lower() in _GROUP_WORDS:
                name = next((c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < tok.i
                             and c.pos_ == "PROPN"), None)
                if name is not None and self._country_match(name) is None:
                    return clean(name.text), None
        if head.lemma_.lower() in _GROUP_WORDS or (head.lemma_.lower() == "group" and any(
                c.lower_ in _COMMUNAL_ADJECTIVES for c in head.children if c.dep_ == "amod")):
            # "two rival communities", "rival ethnic groups": communal groups not named
            return head.text, None
        return None

    def _leader_of(self, tok: Token, date: dt.date | None) -> tuple[str, str | None] | None:
        """A possessive person the leader table knows on the date ("Aliyev's office")."""
        if tok.pos_ != "PROPN" or tok.ent_type_ not in {"PERSON", "ORG", ""} or date is None:
            return None
        after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
        if tok.dep_ == "compound" and (self.kb.is_title(tok.lower_) or self.kb.sector_of(tok.lower_)
                                       or self.kb.is_title(f"{tok.lower_} {after}")):
            # ("Bishop Margaret Wanjiru", "Major General Paul Lokech": a title before the name, not Grenada's
            # Maurice Bishop nor Britain's John Major)
            return None
        span = ent_of(tok) if tok.ent_type_ == "PERSON" else None
        name = clean(span.text if span is not None else tok.text)
        # "Aliyev's office", and also "the Bush administration" (a leader of any time)
        leaders = self.kb.leaders_named(name, on=date) or self.kb.leader_any_time(name)
        if leaders:
            return leaders[0].country, _STATE_SECTOR
        # ("Albright's visit": an office holder of the Phoenix dictionary, by the whole name)
        notable = self.kb.notable_on(name, date) if span is not None else None
        return (notable.country, notable.sector) if notable is not None else None

    def _modifier_country(self, head: Token, date: dt.date | None = None, *,
                          preps: frozenset[str] = _OWNER_PREPS) -> tuple[str, str | None] | None:
        """A country named by a modifier before the head ("Russian", "Aliyev's"), or by a phrase after
        it with one of ``preps`` ("the ministry of Azerbaijan")."""
        if head.lemma_.lower() in COUNTRY_THINGS or head.lower_ in COUNTRY_THINGS:
            return None  # "the US dollar": a thing of the country, not one who acts
        own_name = ent_of(head) if head.ent_type_ == "PERSON" else None
        for child in head.children:
            if own_name is not None and own_name.start <= child.i < own_name.end:
                continue  # "Boris" of "Boris Johnson" is no one's possessive
            if child.dep_ == "poss" and other_side(head):
                continue  # "Russia's rivals", "Israel's militia ally": another's, not Russia's or Israel's
            if child.dep_ in {"poss", "amod", "compound", "nmod"} and child.i < head.i:
                if head.lemma_.lower() in _ACCORDS and (m := self._country_match(child)) is not None \
                        and m.kind == "capital":
                    continue  # "the Paris climate agreement", "the Minsk accords": named for where they were made
                found = (self._country_of_token(child) or self._leader_of(child, date)
                         or self._modifier_country(child, date, preps=preps) or _big_city_country(child))
                if found:
                    return found
                if child.lower_ in {"led", "run", "commanded", "controlled", "owned", "operated", "based"}:
                    # "Vietnamese-led forces", "Saudi-led coalition", "Pakistan-based militants" (not
                    # "US-backed": a sponsor is no member)
                    found = next((hit for grand in child.children if grand.dep_ == "npadvmod"
                                  and (hit := self._country_of_token(grand)) is not None), None)
                    if found:
                        return found
        if head.dep_ == "compound" and head.head.i > head.i:
            # "Saudi-led coalition air raids": the "-led" of the phrase the modifier sits in
            for sibling in (c for c in head.head.children if c.i < head.i and c.dep_ == "amod"
                            and c.lower_ in {"led", "run", "commanded"}):
                found = next((hit for grand in sibling.children if grand.dep_ == "npadvmod"
                              and (hit := self._country_of_token(grand)) is not None), None)
                if found:
                    return found
        return self._prep_country(head, preps)

    def _prep_country(self, head: Token, preps: frozenset[str] = _OWNER_PREPS) -> tuple[str, str | None] | None:
        """A country in an "of" / "from" / "in" phrase of the head ("the Culture Ministry of Azerbaijan"),
        or in what people fled ("families who escaped the fighting in Sudan")."""
        for child in head.children:
            if child.dep_ == "acl" and child.lemma_.lower() in _FLEEING:
                for obj in (c for c in child.subtree if c.pos_ == "PROPN" and c.i != head.i):
                    found = self._country_of_token(obj)
                    if found:
                        return found[0], None
        if head.lemma_.lower() in _SPEAKING_FOR:
            preps = preps | {"for"}  # "a spokesman for the Chinese foreign ministry": whose voice
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in preps and not (child.lower_ == "of" and other_side(head)):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if child.lower_ == "in" and (seat := self._seat_as_place(head, pobj)) is not None:
                            return seat, None
                        found = self._country_of_token(pobj) or self._modifier_country(pobj)
                        if found:
                            return found
        return None

    def _seat_as_place(self, head: Token, pobj: Token) -> str | None:
        """'roads in Brussels': a seat of power that stands for a body ("Brussels" for the EU) is, after "in"
        and a thing that is no kind of actor, only a place, in its own country (not "officials in Brussels")."""
        if self.kb.sector_of(head.lemma_.lower()) or self.kb.sector_of(head.lower_):
            return None
        match = self._country_match(pobj)
        return match.alternatives[0] if match is not None and match.kind == "metonym" and match.alternatives else None

    def _town_of(self, head: Token) -> tuple[str, str] | None:
        """A named place in an "of" phrase of an official ("the mayor of Melitopol") and the country of the
        gazetteer's most populous place of that name."""
        if head.lower_ not in _LOCAL_OFFICES:
            return None
        for pobj in (g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            # (whatever the tagger took the name for: after "the mayor of" it names a place; a town big enough
            # not to be a name read as one)
            places = [e for e in load_gazetteer().lookup(pobj.text) if e.country and e.population >= _TOWN_SIZE]
            if places:
                return pobj.text, max(places, key=lambda e: e.population).country
        return None

    def _place_it_is_in(self, head: Token) -> Token | None:
        """The country or capital of a thing's "in" phrase ("a ceasefire in Afghanistan"), when nothing before
        the thing names a country."""
        if self._modifier_country(head, preps=frozenset()) is not None:
            return None
        return next((pobj for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "in"
                     for pobj in prep.children if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE"
                     and (m := self._country_match(pobj)) is not None and m.kind in {"name", "capital"}), None)

    def _phrase_words(self, head: Token) -> list[str]:
        left = [t for t in head.subtree if t.i <= head.i and _within_modifiers(t, head)]
        words = [t.text for t in left]
        doc = head.doc
        if head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "of" and doc[head.i + 1].head.i == head.i \
                and doc[head.i + 2].dep_ == "pobj" and doc[head.i + 2].pos_ == "NOUN":
            words += ["of", doc[head.i + 2].text]  # "the Polish head of state", "chief of staff": a bare "of" title
        return words

    def place_country(self, head: Token) -> str | None:
        """The country named in an 'in <place>' next to the phrase ("police raids in Yekaterinburg, Russia")."""
        for anchor in (head, head.head, head.head.head):
            for prep in anchor.children:
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for pobj in prep.children:
                    for tok in (pobj, *pobj.children):
                        if tok.dep_ in {"pobj", "appos", "conj"} and tok.pos_ == "PROPN":
                            match = self.kb.match_country(clean(tok.text))
                            if match is not None and match.kind in {"name", "capital"}:
                                # ("police in Atlanta, Georgia": a state of the town's land)
                                town = _town_before(tok) if match.ambiguous else None
                                return town if town in match.alternatives else match.code
        return None

    def looks_like_actor(self, tok: Token) -> bool:
        if tok.ent_type_ in _NOT_ACTOR_ENTS:
            return False  # "Around 8 May 2020" parsed as a subject
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
            return tok.lower_ not in {"its", "their", "his", "her"}
        if bare_number(tok):
            return True
        if tok.lemma_.lower() in QUANTITY_HEADS and (of := of_object(tok)) is not None and self.looks_like_actor(of):
            return True  # "a number of residents"
        if (tok.tag_ == "VBN" and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
                and any(c.dep_ == "det" for c in tok.children) and self.kb.sector_of(tok.lower_)):
            return True  # "gunned down the accused": a participle standing as a noun ("the deceased")
        if tok.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return False
        if tok.lemma_.lower() in {"country", "nation"} and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(
                c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in tok.children):
            return True  # "his country": the state of the person spoken of
        if self._country_of_token(tok) is not None or self.communal_group(tok) is not None:
            return True
        if tok.pos_ == "ADJ" and tok.text.islower() and self.kb.is_title(tok.lower_):
            return False  # "a general strike": a rank's word written as an adjective
        if self.kb.sector_of(tok.lemma_.lower()) or self.kb.sector_of(tok.lower_):
            return True
        compounds = [c.lower_ for c in tok.lefts if c.dep_ in {"compound", "amod"}]
        if any(self.kb.sector_of(" ".join([*compounds[k:], tok.lower_])) for k in range(len(compounds))):
            # "a home guard", "border guards", "rival ethnic groups": the term ends at the head, with the
            # words before it, not the head alone
            return True
        if tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
            return True
        if tok.pos_ in {"NOUN", "PROPN"} and self._modifier_country(tok) is not None:
            # "autonomy from Serbian authorities" is no actor: "from" after a noun that is no kind of actor
            # (no sector term) parts it from the country ("officials from Russia" stay Russia's)
            kind_of_actor = self.kb.sector_of(tok.lemma_.lower()) or self.kb.sector_of(tok.lower_)
            return (tok.pos_ == "PROPN" or bool(kind_of_actor)
                    or self._modifier_country(tok, preps=_OWNER_PREPS - {"from"}) is not None)
        return (tok.lower_ in self.event_nouns or tok.lemma_.lower() in self.event_nouns) and any(
            c.lower_ in ANAPHOR_DETS for c in tok.children
        )

    def resolve_head(self, head: Token, *, date: dt.date | None, people: dict[str, Actor],
                     why: list[str] | None = None) -> Actor | None:
        """Resolve one head token (no discourse fallback); explain each decision in ``why``. The
        country is the state as it was on ``date`` ("Juba" in 1990 is Sudan's: data/successions.csv)."""
        notes: list[str] = why if why is not None else []
        actor = self._resolve_head(head, date=date, people=people, notes=notes)
        if actor is None or actor.country is None:
            return actor
        as_of = self.kb.country_on(actor.country, date)
        if as_of == actor.country:
            return actor
        notes.append(f"{actor.country} was part of {as_of} on {date}")
        return Actor(text=actor.text, country=as_of, sector=actor.sector, name=actor.name, wikidata=actor.wikidata)

    def _leader_of_a_country(self, head: Token) -> bool:
        """'the Chinese leader', 'the visiting North Korean leader': a leader named by a country alone (not "rebel
        leaders", "community leaders", "the leader of the opposition")."""
        if head.lemma_.lower() != "leader" or any(c.dep_ == "prep" for c in head.children):
            return False
        before = [c for c in head.children if c.i < head.i and c.dep_ != "det"]
        countries = [c for c in before if not _qualified_away(c) and (found := self._country_match(c)) is not None
                     and found.kind in {"name", "adjective"} and found.code]
        return bool(countries) and all(c in countries or c.lower_ in _LEADER_WORDS for c in before)

    def _resolve_head(self, head: Token, *, date: dt.date | None, people: dict[str, Actor],
                      notes: list[str]) -> Actor | None:
        if head.lemma_.lower() in QUANTITY_HEADS:
            of = of_object(head)
            counted_people = None if of is None else self._resolve_head(of, date=date, people=people, notes=notes)
            if counted_people is not None:  # "a number of residents", "a group of armed bandits"
                notes.append(f"{head.text!r} counts the {of.text!r} it is of")
                return Actor(text=phrase_text(head), country=counted_people.country, sector=counted_people.sector,
                             name=counted_people.name, wikidata=counted_people.wikidata)
        if head.lemma_.lower() in _SPEAKING_FOR and (body := next(
                (g for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                 for g in p.children if g.dep_ == "pobj"), None)) is not None:
            spoken_for = self._resolve_head(body, date=date, people=people, notes=notes)
            if spoken_for is not None and (spoken_for.country or spoken_for.sector):
                # "a spokeswoman for the Kenyan army", "a spokesman for Hamas": the body whose voice they are
                notes.append(f"{head.text!r} speaks for {body.text!r}")
                # (not the person they speak for: "a spokesman for President Ruto" is not Ruto)
                return Actor(text=phrase_text(head), country=spoken_for.country, sector=spoken_for.sector)
        if bare_number(head):
            of = of_object(head)
            if of is not None:  # "two of the soldiers": the soldiers
                return self._resolve_head(of, date=date, people=people, notes=notes)
            notes.append(f"{head.text!r} stands for a number of people the text does not describe: civilians (CVL)")
            return Actor(text=phrase_text(head), country=None, sector="CVL")
        text = phrase_text(head)
        sector_hit = self.kb.sector_in_phrase([w.lower() for w in self._phrase_words(head)])
        sector = sector_hit[0] if sector_hit else None
        if sector_hit:
            notes.append(f"sector {sector_hit[0]} from the term {sector_hit[1]!r}")
        elif self._leader_of_a_country(head):
            sector = "GOV"
            notes.append(f"{text!r}: a country's leader, with no other word, leads its government (GOV)")
        known = self._known_person(head, people)
        if known is not None:
            notes.append(f"{known.name} was introduced earlier in the article as {known.country} {known.sector}")
            return Actor(text=text, country=known.country, sector=known.sector, name=known.name,
                         wikidata=known.wikidata)
        own = None if _qualified_away(head) else self._country_match(head)
        if own is not None and own.kind in {"metonym", "institution"} and any(
                c.dep_ in {"poss", "amod", "compound", "nmod"} and c.i < head.i
                and (found := self._country_of_token(c)) is not None and found[0] != own.code for c in head.children):
            # "Pakistan's foreign office": another country's office of that name, not Britain's
            own = None
        group = self.communal_group(head) if own is None or own.kind == "people" else None
        if group is not None:
            name, code = group
            if code is None:
                found = self._modifier_country(head, date)  # "Nigerian Fulani herders"
                code = found[0] if found else None
            notes.append(f"{name!r} is a communal group" + (f" of {code}" if code else " (its country: the place's)")
                         + ("" if sector else "; with no other word, its people are civilians (CVL), its"
                                              " fighters when they do violence (PRM)"))
            return Actor(text=text, country=code, sector=sector or "CVL")
        person = _person_span(head)
        # "Al Shabaab" tagged as a person's name: a body the tables know is that body
        if person is not None and not self._people_of_a_country(head) and not (
                own is not None and own.kind in {"institution", "igo", "ngo"}):
            return self._resolve_person(head, clean(person.text), text, sector, date, people, notes)
        if own is not None and own.kind == "adjective":
            # "Bosnian Serbs", "Iraqi Kurds": the people of the country the first word names
            located = next((found for child in head.children if child.dep_ in {"amod", "compound"}
                            and child.i < head.i and (found := self._country_of_token(child)) is not None
                            and found[0] != own.code), None)
            if located is not None:
                notes.append(f"{head.text!r} of {located[0]} by the word before them")
                return Actor(text=text, country=located[0], sector=sector)
            # "the Albanians of southern Serbia": the place named wins over the people's name
            place = self._prep_country(head)
            if place is not None:
                notes.append(f"{head.text!r} are people of {place[0]} by the phrase that follows")
                return Actor(text=text, country=place[0], sector=sector)
        chain = name_chain(head)
        if own is None and chain is not None and (
            (date is not None and self.kb.leaders_named(chain, on=date)) or self.kb.leader_any_time(chain)
        ):
            notes.append(f"{chain!r} is a leader's name")
            return self._resolve_person(head, chain, text, sector, date, people, notes)
        if own is None and chain is None and (head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.is_title
                                                                     and not sector)) and date is not None and \
                self.kb.leaders_named(head.text, on=date):
            # "Erdogan warned Greece", the tagger taking the surname for a place: a leader in office that day
            # ("Zelenskyy urged Germany": or for a common noun, capitalised as it opens the sentence)
            notes.append(f"{head.text!r} is the name of a leader in office on {date}")
            return self._resolve_person(head, head.text, text, sector, date, people, notes)
        if own is not None:
            code, metonym_sector = own.code, own.sector
            default_sector = None if own.kind in {"adjective", "igo"} else _STATE_SECTOR
            role = "seat of power" if own.kind in {"capital", "metonym"} else own.kind
            notes.append(f"{head.text!r} names {code}" + (f" ({role}: {metonym_sector})" if metonym_sector else ""))
            if own.kind == "adjective" and not sector and head.tag_ in {"NNS", "NNPS"} and any(
                    c.dep_ == "nummod" or c.lower_ in {"several", "many", "some", "both"} for c in head.children):
                # "two Palestinians were injured": people of the country counted one by one are civilians
                notes.append("people of the country counted: civilians (CVL)")
                sector = "CVL"
            if not metonym_sector and not sector and default_sector:
                notes.append("a state acting as itself is its government: GOV")
            return Actor(text=text, country=code, sector=metonym_sector or sector or default_sector)
        # "autonomy from Serbian authorities": "from" parts a noun that is no kind of actor from the country
        preps = _OWNER_PREPS if sector or head.pos_ == "PROPN" else _OWNER_PREPS - {"from"}
        country = self._modifier_country(head, date, preps=preps)
        if country is not None and sector is None and head.pos_ == "NOUN" and (
                place := self._place_it_is_in(head)) is not None:
            # "agreed to a ceasefire in Afghanistan": a thing is no actor; the country it is in is
            notes.append(f"{head.text!r} is a thing; the actor is the country it is in, {place.text!r}")
            return Actor(text=phrase_text(place), country=country[0], sector=country[1])
        if country is not None:
            notes.append(f"country {country[0]} from a modifier of {head.text!r}")
            if sector in {"MIL", "OPP"} and country[1] in _ARMED_GROUPS:
                # "a Taliban commander": a rank in an armed group is that group's, not an army's ("a dissident
                # FARC commander": a split from an armed group is armed too)
                notes.append(f"a rank or faction of an armed group: {country[1]}")
                sector = country[1]
            return Actor(text=text, country=country[0], sector=sector or country[1])
        if head.pos_ == "PROPN":
            country, sector = self._title_after(head, date, sector, notes)
            if country is not None:
                notes.append(f"{chain or head.text} is new: {country[0]} by the title after the name")
                actor = Actor(text=text, country=country[0], sector=sector or country[1], name=chain)
                if chain:  # later mentions ("Oshima said") are the same person
                    people[chain] = actor
                    people[chain.split()[-1]] = actor
                return actor
        if sector is not None and (town := self._town_of(head)) is not None:
            # "the mayor of Melitopol", "the governor of Kandahar": the official of a town the tables lack
            notes.append(f"{head.text!r} of {town[0]!r}, a place in {town[1]}")
            return Actor(text=text, country=town[1], sector=sector)
        if sector is not None:
            notes.append("no country in the phrase")
            return Actor(text=text, country=None, sector=sector)
        if _ethnic(head) and self._country_match(head) is not None:
            # "three ethnic Albanians" in Serbia are not Albania: civilians of the place they are in
            notes.append(f"ethnic {head.text!r} are civilians of the country they live in, not of the demonym's: CVL")
            return Actor(text=text, country=None, sector="CVL")
        notes.append(f"{head.text!r} is not a known actor")
        return None

    def sector_by_role(self, head: Token) -> bool:
        """A communal group named with no word of its sector, or only a civilian one ("Degodia", "the Pokot
        community", "Orma youth"): its sector depends on what it does (civilians attacked, a communal
        militia attacking); also the members of one ("members of two rival communities")."""
        of = of_object(head) if head.lemma_.lower() in QUANTITY_HEADS or head.lower_ in QUANTITY_HEADS else None
        if of is not None:
            return self.sector_by_role(of)
        if self.communal_group(head) is None:
            return False
        hit = self.kb.sector_in_phrase([w.lower() for w in self._phrase_words(head)])
        return hit is None or hit[0] == "CVL"

    def _people_of_a_country(self, head: Token) -> bool:
        """'Bosnian Serbs' tagged as a person's name: a people, not a person."""
        match = self._country_match(head)
        return match is not None and match.kind == "adjective" and head.text[-1:] == "s"

    def split_coordinated(self, head: Token, actor: Actor) -> list[Actor]:
        """'Hungarian and Romanian officials' -> one actor per country."""
        out = [actor]
        for child in head.children:
            if child.dep_ in {"amod", "nmod", "compound"}:  # ("Canadian and Australian students": an nmod)
                for conj in child.conjuncts:
                    found = self._country_of_token(conj)
                    if found is not None and found[0] != actor.country:
                        out.append(Actor(text=actor.text, country=found[0], sector=actor.sector))
                    elif found is None and (conj.lower_ == "pro" or conj.lower_.startswith("pro-")) and (
                            actor.country and (own := self.kb.sector_of(head.lemma_.lower())
                                               or self.kb.sector_of(head.lower_)) not in {None, actor.sector}):
                        # "Houthi and pro-government forces": the rebels, and the forces on the other side
                        out.append(Actor(text=actor.text, country=actor.country, sector=own))
        if head.pos_ == "NOUN" and actor.country:
            # "the leaders of France and Germany", "the foreign ministers of India and China": one per country
            for owner in (p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"):
                for conj in owner.conjuncts:
                    found = self._country_of_token(conj) if conj.ent_type_ == "GPE" else None
                    if found is not None and found[0] not in {a.country for a in out}:
                        out.append(Actor(text=actor.text, country=found[0], sector=actor.sector))
        return out

    def _known_person(self, head: Token, people: dict[str, Actor]) -> Actor | None:
        """A person already introduced in this article, whatever the tagger thinks it is now."""
        if head.pos_ != "PROPN" and not (head.pos_ == "NOUN" and head.is_title):
            return None
        span = ent_of(head)
        keys = [clean(span.text)] if span is not None else []
        keys += [head.text]
        person = _person_span(head)
        if person is not None:
            name = clean(person.text)
            keys += [name, name.split()[-1]]
        return next((people[k] for k in keys if k in people), None)

    def _title_after(self, head: Token, date: dt.date | None, sector: str | None,
                     notes: list[str]) -> tuple[tuple[str, str | None] | None, str | None]:
        """'Maria Lopez, the UN's humanitarian chief': the country and sector of
        the title in apposition after a name."""
        title = next((c for c in head.children if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"}), None)
        if title is None:
            return None, sector
        country = self._modifier_country(title, date) or self._country_of_token(title)
        hit = self.kb.sector_in_phrase([w.lower() for w in self._phrase_words(title)])
        if hit:
            notes.append(f"sector {hit[0]} from the title {hit[1]!r} in apposition")
        return country, sector or (hit[0] if hit else None)

    def _resolve_person(self, head: Token, name: str, text: str, sector: str | None, date: dt.date | None,
                        people: dict[str, Actor], notes: list[str]) -> Actor:
        if (own := self.kb.user_person(name)) is not None:
            # a person the user's table names stands before every shipped table
            notes.append(own.why)
            return _learned(people, name, Actor(text=text, country=own.country, sector=sector or own.sector,
                                                name=own.person))
        told = self._modifier_country(head, date) if date else None
        if date and (titled := _monarch_titled(text, name)) and (reigns := _of_land(
                self.kb.leaders_called_in_full(titled), told)):
            # "King Hussein": the monarch the title and name call so, on the throne or not, before anyone of
            # that surname in office ("Hussein" alone is Saddam Hussein in 1990)
            leader = next((r for r in reigns if r.in_office(date)), reigns[0])
            held = _STATE_SECTOR if leader.in_office(date) else _FORMER_SECTOR
            notes.append(f"{titled} is {leader.person}, {leader.country} {leader.role.replace('_', ' ')} "
                         f"({leader.start or '?'} to {leader.end or 'now'}; {leader.wikidata})")
            return Actor(text=text, country=leader.country, sector=held, name=leader.person, wikidata=leader.wikidata)
        # ("Jordan's King Abdullah": of the land the words name, when one of that name rules there)
        leaders = _of_land(self.kb.leaders_named(name, on=date), told) if date else []
        if leaders:
            leader = leaders[0]
            notes.append(f"{leader.person} is {leader.country} {leader.role.replace('_', ' ')} on {date} "
                         f"(term from {leader.start or '?'} to {leader.end or 'now'}; {leader.wikidata})")
            # ("Ousted President Askar Akayev", written on a day the table still has him in office: the text
            # knows he has fallen)
            held = _FORMER_SECTOR if sector == _FORMER_SECTOR else _STATE_SECTOR
            return Actor(text=text, country=leader.country, sector=held, name=leader.person,
                         wikidata=leader.wikidata)
        country = self._modifier_country(head, date)
        if country is None:
            country, sector = self._title_after(head, date, sector, notes)
        if country is None and head.dep_ == "appos":
            country = self._modifier_country(head.head, date)
            hit = self.kb.sector_in_phrase([w.lower() for w in self._phrase_words(head.head)])
            if hit:
                sector = hit[0]
                notes.append(f"sector {hit[0]} from the title {hit[1]!r} in apposition")
        if country is not None:
            if not (sector or country[1]) and date and (notable := self.kb.notable_on(name, date)) is not None \
                    and notable.country == country[0]:
                sector = notable.sector  # "the Iranian Mohammad Khatami": the words give the country only
            sector = sector or country[1]
            if sector == _STATE_SECTOR and _FORMER_WORDS.intersection(w.lower().split("-")[0] for w in text.split()):
                # "former leader Aung San Suu Kyi" on a day no table has her in office: out of office
                sector = _FORMER_SECTOR
            actor = Actor(text=text, country=country[0], sector=sector, name=name)
            notes.append(f"{name} is new: learned as {actor.country} {actor.sector} from the words around the name")
            return _learned(people, name, actor)
        former = self.kb.leader_any_time(name) if date else []
        if former:
            leader = former[0]
            notes.append(f"{leader.person} was {leader.country} {leader.role.replace('_', ' ')} "
                         f"({leader.start or '?'} to {leader.end or 'now'}), not in office on {date}: ELI")
            return Actor(text=text, country=leader.country, sector=_FORMER_SECTOR, name=leader.person,
                         wikidata=leader.wikidata)
        if date and (notable := self.kb.notable_on(name, date)) is not None:
            # "Secretary of State Madeleine Albright": an office holder the Phoenix dictionary knows (a title
            # in the text names the sector better than a role the table guesses for the date)
            notes.append(notable.why)
            return _learned(people, name, Actor(text=text, country=notable.country,
                                                sector=sector or notable.sector, name=notable.person))
        notes.append(f"{name} is a person dyadline does not know")
        return Actor(text=text, country=None, sector=sector, name=name)


#: titles of monarchs and clerics a leader is called by with one name ("King Hussein", "Queen Beatrix")
_MONARCH_TITLES = frozenset({"king", "queen", "emperor", "empress", "sultan", "emir", "shah", "pope", "ayatollah"})


def _monarch_titled(text: str, name: str) -> str | None:
    """The name with the monarch's title written just before it in the phrase ("King Hussein"), if any."""
    words = text.split()
    first = name.split()[0] if name.split() else ""
    for i in range(1, len(words)):
        if words[i] == first and words[i - 1].lower() in _MONARCH_TITLES:
            return f"{words[i - 1]} {name}"
    return None


def _of_land(leaders: list[Leader], told: tuple[str, str | None] | None) -> list[Leader]:
    """The leaders of the land the phrase names first, when any is ("Jordan's King Abdullah")."""
    if told is None:
        return leaders
    return sorted(leaders, key=lambda leader: leader.country != told[0])


def _learned(people: dict[str, Actor], name: str, actor: Actor) -> Actor:
    """Remember a person for the article's later mentions, by full name and by surname ("Overchuk")."""
    people[name] = actor
    surname = name.split()[-1]
    people[surname] = actor
    if (bare := _ARTICLE_PREFIX.sub("", surname)) != surname and bare[:1].isupper():
        people[bare] = actor  # "Abdel Fattah al-Sisi ... Sisi said"
    return actor


#: the Arabic article a surname may carry and later mentions drop ("al-Burhan", "Burhan")
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-", re.IGNORECASE)


#: small words an organisation's name may hold that its initials skip ("Forces for Defence of Democracy")
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "le", "el", "al", "in", "on"})


def spelled_out(tok: Token) -> Span | None:
    """The words an acronym stands for, as the text spelled them out before it ("the Rapid Support
    Forces ... the RSF"), if it did: title-case words whose initials are the acronym's letters."""
    letters = tok.text
    if not (3 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return None
    doc = tok.doc
    for start in range(tok.i):
        if doc[start].text[:1] != letters[0] or not doc[start].is_title:
            continue
        end, k = start, 0
        while end < tok.i and k < len(letters):
            word = doc[end]
            if k > 0 and word.lower_ in _NAME_JOINERS:
                end += 1
                continue
            if not (word.is_title and word.text[0] == letters[k]):
                break
            k += 1
            end += 1
        if k == len(letters) and (end >= tok.i or not doc[end].is_title):
            return doc[start:end]
    return None


#: the least population of a city whose name, before an actor's noun, gives the actor that city's country
#: ("a Chicago bank", "the New York police"): big enough for the name to mean the city
_BIG_CITY = 500_000


def _town_before(tok: Token) -> str | None:
    """The country of the town named just before ", <name>" ("Atlanta, Georgia"), by the gazetteer's most
    populous town of that name."""
    ent = ent_of(tok)
    start = ent.start if ent is not None else tok.i
    doc = tok.doc
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].pos_ != "PROPN":
        return None
    town = ent_of(doc[start - 2])
    towns = [e for e in load_gazetteer().lookup(town.text if town is not None else doc[start - 2].text)
             if e.kind == "city" and e.country and e.population >= _TOWN_SIZE]
    return max(towns, key=lambda e: e.population).country if towns else None


def _big_city_country(tok: Token) -> tuple[str, None] | None:
    """The country of the big city a place name before the head names ("Chicago bank", "New York police")."""
    ent = ent_of(tok) if tok.ent_type_ == "GPE" and tok.pos_ == "PROPN" else None
    if ent is None or ent.end - 1 != tok.i:
        return None
    cities = [e for e in load_gazetteer().lookup(ent.text)
              if e.kind == "city" and e.country and e.population >= _BIG_CITY]
    return (max(cities, key=lambda e: e.population).country, None) if cities else None


def ent_of(tok: Token) -> Span | None:
    """The entity span a token is in, found from its IOB tags (no scan of doc.ents)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # ("The Organisation of the Islamic Conference called": a verb the recogniser took into the name, which
    # the name does not govern)
    while end > tok.i + 1 and doc[end - 1].pos_ in {"VERB", "AUX"} and not tok.is_ancestor(doc[end - 1]):
        end -= 1
    return doc[start:end]


_NEGATING_PREFIXES = frozenset({"anti", "pro", "non", "ex"})
#: a country's adjective made a region's by the word before it ("Latin American countries", "West Indian
#: cricketers": neither American nor Indian)
_REGION_ADJECTIVES = frozenset({("latin", "american"), ("south", "american"), ("central", "american"),
                                ("north", "american"), ("pan", "american"), ("west", "indian")})


_ARMED_GROUPS = frozenset({"REB", "PRM", "INS", "UAF"})


#: the fewest people a place named after an office must have ("the governor of Herat")
_TOWN_SIZE = 10_000
#: a town this big, the only one of its name, tells the land a report is about ("El Fasher": Sudan)
_KNOWN_TOWN_SIZE = 50_000
#: offices of a town or a province, named with it ("the mayor of Melitopol")
_LOCAL_OFFICES = frozenset({"mayor", "governor", "deputy", "chief", "head", "administrator", "prefect",
                            "commissioner", "council", "police", "sheriff", "municipality", "authorities"})


def _prefix(tok: Token) -> str | None:
    """The prefix written before a word: "pro" of "pro-Houthi" or "pro- Houthi"."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-":
        return doc[tok.i - 2].lower_
    if tok.i >= 1 and doc[tok.i - 1].lower_.endswith("-"):
        return doc[tok.i - 1].lower_.rstrip("-")
    return None


def _qualified_away(tok: Token) -> bool:
    """'anti-Syria journalist', 'ethnic Albanians', 'Latin American': the word does not make the actor
    that country's."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _NEGATING_PREFIXES:
        return True
    if tok.i >= 1 and doc[tok.i - 1].lower_ in _NEGATING_PREFIXES | {"anti-", "pro-"}:
        return True
    before = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text == "-" else doc[tok.i - 1] if tok.i >= 1 else None
    if before is not None and (before.lower_, tok.lower_) in _REGION_ADJECTIVES:
        return True
    return _ethnic(tok)


def _ethnic(tok: Token) -> bool:
    return any(c.lower_ == "ethnic" for c in tok.children) or (tok.i >= 1 and tok.doc[tok.i - 1].lower_ == "ethnic")


def described_noun(tok: Token) -> str | None:
    """A common noun with the words written before it that describe it ("UN refugee agency", "U.N. food
    agency"): a name some bodies go by."""
    if tok.pos_ != "NOUN" or tok.i == 0:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].dep_ in {"compound", "amod", "punct"} and start - 1 < doc[start - 1].head.i <= tok.i:
        start -= 1
    if start == tok.i:
        return None
    return doc[start:tok.i + 1].text


def name_chain(tok: Token) -> str | None:
    """A proper name written as compounds ending at this token ("Xi Jinping", "Downing Street")."""
    if tok.pos_ != "PROPN":
        return None
    doc = tok.doc
    start = tok.i
    while start > 0:
        left = doc[start - 1]
        if left.dep_ != "compound" or left.pos_ != "PROPN" or not start <= left.head.i <= tok.i:
            break
        start -= 1
    if start == tok.i:
        return None
    return tok.doc[start:tok.i + 1].text


def _person_span(head: Token) -> Span | None:
    if head.ent_type_ in _NAME_LABELS:
        return _whole_name(ent_of(head))
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ in _NAME_LABELS:
            return _whole_name(ent_of(child))
    return None


def _whole_name(span: Span | None) -> Span | None:
    """A person's name the recogniser cut in two ("Samia Suluhu" + "Hassan"): the person names before it that
    the parser joined to it as parts of one name."""
    if span is None or span.label_ != "PERSON" and span[0].ent_type_ != "PERSON":
        return span
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].pos_ == "PROPN" and \
            doc[start - 1].dep_ == "compound" and span.start <= doc[start - 1].head.i < span.end:
        start -= 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
    return doc[start:span.end]


_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "conj", "cc", "ccomp", "xcomp", "punct", "prep"})
_KEPT_PREPS = frozenset({"of", "from"})
#: what one is held to be ("held the government responsible")
_ANSWERABLE = frozenset({"responsible", "accountable", "liable", "culpable", "guilty"})
#: words after a noun of people that tie them to a side ("forces loyal to Haftar", "hackers linked to Iran")
_TIES = frozenset({"loyal", "allied", "linked", "affiliated", "aligned", "close", "tied", "connected", "belonging"})
#: those who speak for the body their "for" phrase names ("a spokeswoman for the army")
_SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"})
_ACCUSING = frozenset({"accuse", "suspect", "convict", "acquit", "charge", "indict", "blame"})


#: prepositions of a place that tells which people or things ("students at a university in Garissa")
_PLACE_PREPS = frozenset({"in", "at", "near"})


def _names_a_place(prep: Token) -> bool:
    """'in eastern Syria', 'in Kabul': a place that tells which people or things ("75 displaced
    people in eastern Syria"), not a time or a state ("in May", "in custody"), nor the act they died in
    ("killed 52 people in attacks in London")."""
    if any(g.dep_ == "pobj" and (g.lemma_.lower() in _ACTS or g.lower_ in EVENT_ANAPHORS) for g in prep.children):
        return False
    if prep.lower_ == "at" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in prep.head.children):
        return False  # ("talks with the Dutch prime minister Mark Rutte at the Elysee": where, not who)
    if prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in _MEETING:
        return False  # ("met the Chinese defence minister in Beijing": where they met)
    if (prep.head.dep_ == "pobj" and prep.head.head.lower_ == "with"
            and prep.head.head.head.lemma_.lower() in _MEETING | _SIGNING | _ACCORDS | _SETTLED):
        return False  # ("signed a peace deal with Tigrayan forces in Pretoria": where it was signed)
    return any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in prep.subtree)


#: verbs of meeting someone, after whose object a place is where they met
_MEETING = frozenset({"meet", "receive", "host", "welcome", "visit", "greet"})
#: verbs of settling something with someone, after whose partner a place is where it was done
_SIGNING = frozenset({"sign", "agree", "talk", "negotiate", "deal", "hold", "conclude", "reach", "ink"})
#: what is settled with a partner ("a truce with the rebels in Doha")
_SETTLED = frozenset({"deal", "talks", "talk", "meeting", "truce", "ceasefire", "negotiation", "summit"})


#: nouns of acts, which are no place ("in clashes in Kisumu")
_ACTS = frozenset({"attack", "raid", "clash", "fighting", "violence", "ambush", "airstrike", "strike", "explosion",
                   "blast", "bombing", "shooting", "assault", "protest", "riot", "operation", "offensive", "battle",
                   "crackdown", "incident", "skirmish", "shelling"})


def phrase_text(head: Token) -> str:
    """The words of the noun phrase headed by ``head``: modifiers, appositions, "of"/"from"
    phrases and, for a common noun, an "in <place>" phrase ("displaced people in eastern Syria"),
    without relative clauses or coordinated phrases (those are other actors). Worked out once per head."""
    known = phrases(head.doc)
    text = known.get(head.i)
    if text is None:
        text = known[head.i] = _phrase_text(head)
    return text


def _inside_kept_of(prep: Token, head: Token) -> bool:
    """Whether an "of" hangs, through a chain of "of"/"from" phrases, on the head's own kept phrase."""
    cur = prep
    for _ in range(4):
        holder = cur.head
        if holder.dep_ != "pobj" or holder.head.dep_ != "prep" or holder.head.lower_ not in _KEPT_PREPS:
            return False
        cur = holder.head
        if cur.head.i == head.i:
            return True
    return False


def _phrase_text(head: Token) -> str:
    # "accused the military of mass killings": the "of" phrase is the charge, not part of the name
    accused = head.dep_ == "dobj" and head.head.lemma_.lower() in _ACCUSING
    tokens = [head]
    stack = list(head.children)
    # ("Serbia eased the measures in the province, the scene of ...": an apposition the parser hung on a
    # head far before it belongs to what stands between them, not to the head's name)
    end = max([head.i] + [c.right_edge.i for c in head.children
                          if c.i > head.i and c.dep_ not in {"appos", "punct", "cc", "conj", "relcl", "advcl"}])
    while stack:
        tok = stack.pop()
        if tok.dep_ == "appos" and (
                (tok.head.i == head.i and tok.left_edge.i > end + 2) or tok.lemma_.lower() in EVENT_ANAPHORS):
            continue  # ("an army camp in Kabul, the third such attack this month": the act, not the camp)
        kept_prep = tok.dep_ == "prep" and ((tok.head.i == head.i and (
            (tok.lower_ in _KEPT_PREPS and not (tok.lower_ == "of" and accused))
            or (tok.lower_ == "for" and head.lemma_.lower() in _SPEAKING_FOR)
            or (tok.lower_ in _PLACE_PREPS and head.pos_ == "NOUN" and _names_a_place(tok))))
            # "the head office of the Kenyan wing of the Red Cross", "envoys of the members of the Economic Community
            # of West African States": an "of" inside a kept "of", at any depth
            or (tok.lower_ == "of" and not accused and _inside_kept_of(tok, head)))
        # "the armies of Brazil and Argentina", "people in Somalia, Ethiopia and Kenya": the places or owners
        # joined inside a kept phrase are all of it
        kept_conj = False
        if tok.dep_ in {"conj", "cc"}:
            first = tok.head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            kept_conj = first.dep_ == "pobj" and first.head.dep_ == "prep" and first.head.head.i == head.i and \
                first.head.lower_ in _KEPT_PREPS | _PLACE_PREPS and (tok.dep_ == "cc" or tok.pos_ == first.pos_)
        # "forces loyal to Khalifa Haftar", "militants allied with al-Qaeda": whose side they are on is part
        # of who they are
        kept_tie = tok.head.i == head.i and tok.i > head.i and tok.lower_ in _TIES and any(
            c.dep_ == "prep" and c.lower_ in {"to", "with"} for c in tok.children) or (
            tok.dep_ == "prep" and tok.lower_ in {"to", "with"} and tok.head.lower_ in _TIES
            and tok.head.head.i == head.i and tok.head.i > head.i)
        if tok.dep_ in _CLAUSE_DEPS and not (kept_prep or kept_conj or kept_tie):
            continue
        if tok.dep_ == "amod" and tok.i > head.i and tok.head.i == head.i and tok.lower_ in _ANSWERABLE and \
                head.dep_ == "dobj" and head.head.lemma_.lower() in {"hold", "find", "consider", "deem"}:
            continue  # ("held the Lebanese government responsible": what it is held, not part of its name)
        tokens.append(tok)
        stack.extend(tok.children)
    # "rioters and police in Kibera": what comes after a coordination belongs to the phrase joined to it
    joined = min((c.i for c in head.children if c.dep_ in {"cc", "conj"} and c.i > head.i), default=None)
    tokens = sorted((t for t in tokens if joined is None or t.i < joined), key=lambda t: t.i)
    # (a joining word whose second part was left out as another actor: "a number of parties and the Taliban")
    while len(tokens) > 1 and tokens[-1].dep_ == "cc":
        tokens = tokens[:-1]
    # "shot dead two men": the word of death read as the phrase's adjective is the verb's, not the name's
    while len(tokens) > 1 and tokens[0].lower_ == "dead" and tokens[0].i == head.head.i + 1:
        tokens = tokens[1:]
    # ("a student hostel in Aligarh Sunday": the day the parser hung on the place is no part of the name)
    while len(tokens) > 1 and tokens[-1].i > head.i and tokens[-1].ent_type_ in {"DATE", "TIME"}:
        tokens = tokens[:-1]
    # (nor a date the parser hung on the people before them: "Around Nov 12th 2018 traders marched"; but not a
    # count the model took for a date: "1947 passengers", "a 40-year-old waiter")
    if len(tokens) > 1 and tokens[0].i < head.i and head.ent_type_ not in {"DATE", "TIME"} and _names_month(tokens[0]):
        while len(tokens) > 1 and tokens[0].i < head.i and (
                tokens[0].ent_type_ in {"DATE", "TIME"} or tokens[0].lower_.rstrip(".") in _MONTH_WORDS
                or _DAY_OF_MONTH.fullmatch(tokens[0].text)):
            tokens = tokens[1:]
    start = tokens[0].i
    if head.dep_ == "pobj" and name_read_as_preposition(head.head) is not None and head.head.i == start - 1:
        start -= 1  # "Barack Obama": the name's first word, read as a preposition governing the rest
    end = tokens[-1].i + 1
    # ("(date not given) traders": a phrase does not start inside a bracket it does not open)
    closing = [t.i for t in head.doc[start:head.i] if t.text == ")"]
    if closing and not any(t.text == "(" for t in head.doc[start:closing[-1]]):
        start = closing[-1] + 1
    # ("the Nigerian Air Force (NAF)": a bracket opened in the phrase closes in it)
    if end < len(head.doc) and head.doc[end].text == ")" and \
            sum(t.text == "(" for t in head.doc[start:end]) > sum(t.text == ")" for t in head.doc[start:end]):
        end += 1
    span = head.doc[start:end]
    return clean(_without_asides(span, {t.i for t in tokens}))


def _without_asides(span: Span, taken: set[int]) -> str:
    """The span's text without a clause in brackets none of whose words is part of the phrase (one the
    aside stage hung elsewhere: "four (later confirmed as nine) rangers of the patrol"); brackets
    with a word of the phrase in them stay ("the Foreign Office (FO)")."""
    dropped = {i for start, end in bracket_groups(span) if not any(i in taken for i in range(start, end))
               for i in range(start, end)}
    if not dropped:
        return span.text
    out = "".join(t.text_with_ws for t in span if t.i not in dropped)
    return " ".join(out.split())


#: a month's name and its short forms (a date's first word the model may leave out of the date)
_MONTH_WORDS = MONTHS | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


#: a day of the month or a year, as a date writes it ("24th", "2019")
_DAY_OF_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?|\d{4}")


def _names_month(tok: Token) -> bool:
    """The word opens a date with a month's name in it ("Oct 30th 2019", "30 October")."""
    for t in tok.doc[tok.i:tok.i + 4]:
        if t.lower_.rstrip(".") in _MONTH_WORDS:
            return True
        if t.i > tok.i and t.ent_type_ not in {"DATE", "TIME"}:
            return False
    return False


def _within_modifiers(tok: Token, head: Token) -> bool:
    """True if tok hangs on head through modifier links only."""
    cur = tok
    while cur.i != head.i:
        # ("Secretary of State Antony Blinken": a title's "of" before the name it stands before)
        titled = cur.i < head.i and ((cur.dep_ == "prep" and cur.lower_ == "of" and cur.head.pos_ == "PROPN")
                                     or (cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.pos_ == "PROPN"))
        if (cur.dep_ not in _MOD_DEPS and not titled) or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


@functools.lru_cache(maxsize=4)
def get_resolver(user_table: str | None = None) -> ActorResolver:
    kb = load_knowledge(Path(user_table) if user_table else None)
    # nouns of people that may trigger an event ("victims of police firing") still name people ("the victim")
    event_nouns = frozenset(lemma for (lemma, pos) in load_lexicon().rules if pos == "NOUN" and not kb.sector_of(lemma))
    return ActorResolver(kb, event_nouns)


