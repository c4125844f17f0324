"""The base of the role finder (:class:`dyadline.pipeline.roles.RoleFinder`): the actor test and the
event nouns it is built with, and the lookups its verb, victim and noun parts share (an actor in a list or
modifying a noun, the doers of an act noun, the actor subjects of a verb, the thing acted on)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dyadline.pipeline.candidate import VICTIM_TYPES, Candidate
from dyadline.pipeline.clauses import subjects_of
from dyadline.pipeline.parse import by_agents
from dyadline.pipeline.phrases import IsActor, own_agents, pobjs

__all__ = ["RoleFinderBase"]


class RoleFinderBase:
    """What every part of the role finder asks of the parse: whether a token is an actor or an event noun,
    and the actor a phrase names."""

    def __init__(self, is_actor: IsActor, event_nouns: frozenset[str] = frozenset()) -> None:
        self.is_actor = is_actor
        self.event_nouns = event_nouns

    def _is_event_noun(self, tok: Token) -> bool:
        return tok.pos_ == "NOUN" and (tok.lemma_.lower() in self.event_nouns or tok.lower_ in self.event_nouns)

    def _act_doers(self, act: Token) -> list[Token]:
        """The doers of an act noun in its "by" phrase, also where the parser hung the phrase on the act's
        own object ("the attack on the embassy by Russian forces"; not inside another act: "the protest
        against the arrest of leaders by police" is not by the police)."""
        doers = own_agents(act)
        if not doers:
            doers = [a for p in pobjs(act, ("on", "of", "against", "in", "at", "to")) if not self._is_event_noun(p)
                     for a in by_agents(p)]
        return [d for d in doers if self.is_actor(d)]

    def _first_actor(self, tokens: Iterable[Token]) -> Token | None:
        return next((t for t in tokens if self.is_actor(t)), None)

    def _noun_modifier_actor(self, noun: Token) -> Token | None:
        mods = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
        # ("the police lathi charge": the actor modifying the modifier)
        return self._first_actor(mods) or self._first_actor(
            [g for m in mods if m.dep_ == "compound" for g in m.children if g.dep_ in {"poss", "compound", "amod"}])

    def _actor_in(self, tokens: Iterable[Token]) -> list[Token]:
        """Tokens that are actors, or the actor modifying them ("Israeli air raids")."""
        out = []
        for tok in tokens:
            found = self._actorish(tok)
            if found is not None:
                out.append(found)
        return out

    @staticmethod
    def _note_thing(cand: Candidate, objects: list[Token]) -> None:
        """'attacked an army camp', 'a market was shelled': the thing acted on, for the filter to make the
        target (with the country of the place where it happened) when no actor is found in it."""
        if cand.rule.event_type in VICTIM_TYPES and cand.rule.constraint_kind != "obj":
            # ("opened fire": the object is part of the trigger, not a thing acted on)
            # (a lower-case name the tagger took for an adjective is still the one acted on: "azmal was
            # picked up")
            # ("the accused was nabbed": a participle with an article, read as a verb, is the person)
            thing = next((o for o in objects if o.pos_ in {"NOUN", "PROPN"}
                          or (o.pos_ in {"ADJ", "VERB"} and o.dep_ == "nsubjpass"
                              and (o.pos_ == "ADJ" or any(c.dep_ == "det" for c in o.children)))), None)
            if thing is not None:
                cand.thing_i = thing.i

    def _actor_subjects(self, verb: Token) -> list[Token]:
        """The subjects of a verb (see :func:`subjects_of`) that are actors."""
        return [t for t in subjects_of(verb)[0] if self.is_actor(t)]

    def _actorish(self, tok: Token) -> Token | None:
        """The token itself if it names an actor, else an actor modifier ("Azerbaijan Airlines plane")."""
        if self.is_actor(tok):
            return tok
        return self._noun_modifier_actor(tok)
