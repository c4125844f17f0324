"""Stage: resolve source and target phrases to Actor records.

The country comes from the phrase itself (a country name, capital or seat
of power, a demonym, a possessive "Azerbaijan's", an "of Azerbaijan"), from
a person the leader table knows on the article's date, from a person
introduced earlier in the same article ("Russian Deputy Prime Minister
Alexey Overchuk" ... "Overchuk"), or, for a bare "the government" / "the
ministry" / "police", from the article's discourse (the last country that
acted as a subject). The sector comes from titles and nouns in the phrase.
A definite event noun used as an actor ("the killings", "the raid") stands
for the actors of the earlier event it refers to.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.knowledge import KnowledgeBase, load_knowledge
from dyadline.pipeline.candidate import Candidate
from dyadline.pipeline.lexicon import TriggerLexicon, load_lexicon
from dyadline.records import Actor

__all__ = ["ActorResolver", "get_resolver", "resolve_actors"]

_PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her", "we", "them"})
_ANAPHOR_DETS = frozenset({"the", "this", "these", "those", "that"})
_MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "case", "quantmod"})
_NAME_LABELS = frozenset({"PERSON"})
_STATE_SECTOR = "GOV"
_EVENT_ANAPHORS = frozenset({"incident", "raid", "raids", "attack", "killing", "killings", "death", "deaths",
                             "operation", "shooting", "crackdown", "strike", "strikes", "bombing", "arrests"})


_VIOLENT = frozenset({"ASSAULT", "COERCE"})
#: role rules that found an explicit agent (not a guess from discourse)
_EXPLICIT_AGENT_RULES = frozenset({"subject", "passive", "victim", "noun:by", "noun:modifier", "subject:relative"})


@dataclass(frozen=True, slots=True)
class _Context:
    """What resolving one candidate's actors may look at."""

    doc: Doc
    date: dt.date | None
    people: dict[str, Actor]
    salient: list[tuple[int, str]]
    earlier: list[Candidate]
    by_trigger: dict[int, Candidate]
    event_type: str


def _clean(text: str) -> str:
    return text.replace("’", "'").strip(" '\"‘“”,.")


class ActorResolver:
    """Resolves tokens to actors with the knowledge base; holds no mutable state."""

    def __init__(self, kb: KnowledgeBase, event_nouns: frozenset[str] = frozenset()) -> None:
        self.kb = kb
        self.event_nouns = event_nouns | _EVENT_ANAPHORS

    # --- phrase pieces -------------------------------------------------
    def _country_of_token(self, tok: Token) -> tuple[str, str | None] | None:
        ent = _ent_of(tok)
        for text in ([ent.text] if ent is not None else []) + [tok.text]:
            match = self.kb.match_country(_clean(text))
            if match is not None:
                return match.code, match.sector
        return None

    def _leader_of(self, tok: Token, date: dt.date | None) -> tuple[str, str | None] | None:
        """A possessive person the leader table knows on the date ("Aliyev's office")."""
        if tok.pos_ != "PROPN" or tok.ent_type_ not in {"PERSON", "ORG", ""} or date is None:
            return None
        span = _ent_of(tok) if tok.ent_type_ == "PERSON" else None
        leaders = self.kb.leaders_named(_clean(span.text if span is not None else tok.text), on=date)
        return (leaders[0].country, _STATE_SECTOR) if leaders else None

    def _modifier_country(self, head: Token, date: dt.date | None = None) -> tuple[str, str | None] | None:
        for child in head.children:
            if child.dep_ in {"poss", "amod", "compound", "nmod"} and child.i < head.i:
                found = (self._country_of_token(child) or self._leader_of(child, date)
                         or self._modifier_country(child, date))
                if found:
                    return found
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "from", "in"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self._country_of_token(pobj)
                        if found:
                            return found
        return None

    def _phrase_words(self, head: Token) -> list[str]:
        left = [t for t in head.subtree if t.i <= head.i and _within_modifiers(t, head)]
        return [t.text for t in left]

    def place_country(self, head: Token) -> str | None:
        """The country named in an 'in <place>' next to the phrase ("police raids in Yekaterinburg, Russia")."""
        for anchor in (head, head.head, head.head.head):
            for prep in anchor.children:
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for pobj in prep.children:
                    for tok in (pobj, *pobj.children):
                        if tok.dep_ in {"pobj", "appos", "conj"} and tok.pos_ == "PROPN":
                            match = self.kb.match_country(_clean(tok.text))
                            if match is not None and match.kind in {"name", "capital"}:
                                return match.code
        return None

    def looks_like_actor(self, tok: Token) -> bool:
        if tok.lower_ in _PRONOUNS and tok.pos_ == "PRON":
            return tok.lower_ not in {"its", "their", "his", "her"}
        if tok.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return False
        if self._country_of_token(tok) is not None:
            return True
        if self.kb.sector_of(tok.lemma_.lower()) or self.kb.sector_of(tok.lower_):
            return True
        if tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
            return True
        if tok.pos_ in {"NOUN", "PROPN"} and self._modifier_country(tok) is not None:
            return True
        return (tok.lower_ in self.event_nouns or tok.lemma_.lower() in self.event_nouns) and any(
            c.lower_ in _ANAPHOR_DETS for c in tok.children
        )

    def resolve_head(self, head: Token, *, date: dt.date | None, people: dict[str, Actor]) -> Actor | None:
        """Resolve one head token (no discourse fallback)."""
        phrase_tokens = [t for t in head.subtree if _within_modifiers(t, head)]
        text = _clean(" ".join(t.text for t in phrase_tokens) if phrase_tokens else head.text)
        words = self._phrase_words(head)
        sector_hit = self.kb.sector_in_phrase([w.lower() for w in words])
        sector = sector_hit[0] if sector_hit else None
        # a person already introduced in this article, whatever the tagger thinks it is now
        if head.pos_ == "PROPN":
            span = _ent_of(head)
            for key in (_clean(span.text) if span is not None else None, head.text):
                known = people.get(key) if key else None
                if known is not None:
                    return Actor(text=text, country=known.country, sector=known.sector, name=known.name,
                                 wikidata=known.wikidata)
        # a person named in the phrase
        person = _person_span(head)
        if person is not None:
            name = _clean(person.text)
            known = people.get(name) or people.get(name.split()[-1])
            if known is not None:
                return Actor(text=text, country=known.country, sector=known.sector, name=known.name,
                             wikidata=known.wikidata)
            leaders = self.kb.leaders_named(name, on=date) if date else []
            if leaders:
                leader = leaders[0]
                return Actor(text=text, country=leader.country, sector=_STATE_SECTOR, name=leader.person,
                             wikidata=leader.wikidata)
            country = self._modifier_country(head, date)
            if country is None and head.dep_ == "appos":
                country = self._modifier_country(head.head, date)
                words = self._phrase_words(head.head)
                sector_hit = self.kb.sector_in_phrase([w.lower() for w in words])
                sector = sector_hit[0] if sector_hit else sector
            if country is not None:
                actor = Actor(text=text, country=country[0], sector=sector or country[1], name=name)
                people[name] = actor
                people[name.split()[-1]] = actor
                return actor
            return Actor(text=text, country=None, sector=sector, name=name)
        own = self._country_of_token(head)
        if own is not None:
            code, metonym_sector = own
            is_adjective = head.pos_ == "ADJ" or head.ent_type_ == "NORP"
            default_sector = None if is_adjective else _STATE_SECTOR
            return Actor(text=text, country=code, sector=metonym_sector or sector or default_sector)
        country = self._modifier_country(head, date)
        if country is not None:
            return Actor(text=text, country=country[0], sector=sector or country[1])
        if sector is not None:
            return Actor(text=text, country=None, sector=sector)
        return None


def _ent_of(tok: Token) -> Span | None:
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
    return doc[start:end]


def _person_span(head: Token) -> Span | None:
    if head.ent_type_ in _NAME_LABELS:
        return _ent_of(head)
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ in _NAME_LABELS:
            return _ent_of(child)
    return None


def _within_modifiers(tok: Token, head: Token) -> bool:
    """True if tok hangs on head through modifier links only."""
    cur = tok
    while cur.i != head.i:
        if cur.dep_ not in _MOD_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


@functools.lru_cache(maxsize=4)
def get_resolver(user_table: str | None = None) -> ActorResolver:
    from pathlib import Path

    event_nouns = frozenset(lemma for (lemma, pos) in load_lexicon().rules if pos == "NOUN")
    return ActorResolver(load_knowledge(Path(user_table) if user_table else None), event_nouns)


class ActorStage:
    """Turns the candidates' role heads into Actor tuples, with discourse fallbacks."""

    def __init__(self, resolver: ActorResolver, lexicon: TriggerLexicon) -> None:
        self.resolver = resolver
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        document = doc._.document
        date = document.date if document is not None else None
        people: dict[str, Actor] = {}
        doc._.people = people
        salient: list[tuple[int, str]] = []  # (token index, country) of subjects seen so far
        kept: list[Candidate] = []
        for sent in doc.sents:
            for tok in sent:
                if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ in {"PROPN", "NOUN"}:
                    actor = self.resolver.resolve_head(tok, date=date, people=people)
                    if actor is not None and actor.country:
                        salient.append((tok.i, actor.country))
        by_trigger: dict[int, Candidate] = {}
        for cand in doc._.candidates or []:
            context = _Context(doc, date, people, salient, kept, by_trigger, cand.rule.event_type)
            cand.sources = self._resolve(cand.source_heads, context, role="source")
            cand.targets = self._resolve(cand.target_heads, context, role="target")
            kept.append(cand)
            by_trigger[cand.trigger_i] = cand
        return doc

    def _referred_event(self, head: Token, ctx: _Context) -> Candidate | None:
        """The earlier event a definite event noun refers to, if any."""
        if head.pos_ != "NOUN" or not any(c.lower_ in _ANAPHOR_DETS for c in head.children):
            return None
        if head.lower_ in _EVENT_ANAPHORS:
            types = _VIOLENT
        else:
            types = frozenset(r.event_type for r in self.lexicon.rules_for(head.lemma_.lower(), "NOUN"))
        if not types:
            return None
        return next((c for c in reversed(ctx.earlier) if c.sources and c.rule.event_type in types
                     and c.role_rule.split("+")[0] in _EXPLICIT_AGENT_RULES), None)

    def _resolve(self, heads: list[int], ctx: _Context, *, role: str) -> tuple[Actor, ...]:
        doc = ctx.doc
        actors: list[Actor] = []
        for i in heads:
            head = doc[i]
            if head.lower_ in _PRONOUNS and head.pos_ == "PRON":
                head = _antecedent(head) or head
                if head.pos_ == "PRON":
                    continue
            if head.i in ctx.by_trigger and ctx.by_trigger[head.i].sources:
                # "the downing ..., which killed 67": the actors of that event
                actors.extend(ctx.by_trigger[head.i].sources)
                continue
            referred = self._referred_event(head, ctx)
            if referred is not None:
                # "the killings", "the accusation": the actors of the event referred to
                actors.extend(referred.sources)
                continue
            actor = self.resolver.resolve_head(head, date=ctx.date, people=ctx.people)
            if actor is None:
                continue
            if actor.country is None:
                country = self.resolver.place_country(head) or _discourse_country(head, ctx.salient)
                if country is not None:
                    actor = Actor(text=actor.text, country=country, sector=actor.sector, name=actor.name,
                                  wikidata=actor.wikidata)
            if role == "target" and actor.sector is None and actor.name and ctx.event_type in _VIOLENT:
                actor = Actor(text=actor.text, country=actor.country, sector="CVL", name=actor.name,
                              wikidata=actor.wikidata)
            if actor.country is None and actor.sector is None:
                continue
            actors.extend(_split_coordinated_adjectives(self.resolver, head, actor))
        unique: dict[tuple[str | None, str | None, str], Actor] = {}
        for a in actors:
            unique.setdefault((a.country, a.sector, a.text), a)
        return tuple(unique.values())


def _antecedent(pronoun: Token) -> Token | None:
    """'X announced it was ...': 'it' is X."""
    verb = pronoun.head
    while verb.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and verb.head.i != verb.i:
        verb = verb.head
        subs = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if subs:
            return subs[0]
    return None


def _discourse_country(head: Token, salient: list[tuple[int, str]]) -> str | None:
    """The country of the last subject before this phrase in the article, else of a later
    subject in the same sentence ("The army did not attack, Israeli officials said")."""
    before = [c for i, c in salient if i < head.i]
    if before:
        return before[-1]
    sent = head.sent
    same = [c for i, c in salient if sent.start <= i < sent.end]
    return same[0] if same else None


def _split_coordinated_adjectives(resolver: ActorResolver, head: Token, actor: Actor) -> list[Actor]:
    """'Hungarian and Romanian officials' -> one actor per country."""
    out = [actor]
    for child in head.children:
        if child.dep_ == "amod":
            for conj in child.conjuncts:
                found = resolver._country_of_token(conj)
                if found is not None and found[0] != actor.country:
                    out.append(Actor(text=actor.text, country=found[0], sector=actor.sector))
    return out


@Language.factory("dyadline_actors", default_config={"user_table": None})
def resolve_actors(nlp: Language, name: str, user_table: str | None) -> ActorStage:
    return ActorStage(get_resolver(user_table), load_lexicon())
