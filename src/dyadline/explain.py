"""Explain how dyadline resolves an actor phrase: ``dyadline actor "TEXT"``.

The phrase is parsed on its own, or inside the sentence(s) given as context
(people introduced earlier in the context are remembered, as in an
article). The result is the Actor and the reasons for each decision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dyadline.coder import Coder
from dyadline.errors import DyadlineError
from dyadline.pipeline.actor_resolver import get_resolver
from dyadline.records import Actor, Document

__all__ = ["ActorExplanation", "explain_actor"]


@dataclass(frozen=True, slots=True)
class ActorExplanation:
    phrase: str
    head: str
    actors: tuple[Actor, ...]
    reasons: tuple[str, ...]

    @property
    def actor(self) -> Actor | None:
        return self.actors[0] if self.actors else None

    def describe(self) -> str:
        lines = [f"phrase: {self.phrase!r} (head word {self.head!r})"]
        if not self.actors:
            lines.append("actor: not resolved")
        for a in self.actors:
            lines.append(f"actor: country={a.country or '-'} sector={a.sector or '-'} "
                         f"name={a.name or '-'} wikidata={a.wikidata or '-'}")
        lines += [f"  because {r}" for r in self.reasons]
        return "\n".join(lines)


def explain_actor(text: str, *, date: dt.date | None = None, context: str | None = None,
                  coder: Coder | None = None) -> ActorExplanation:
    """Resolve ``text`` (optionally inside ``context``) as the coder would, with reasons."""
    phrase = text.strip()
    if not phrase:
        raise DyadlineError("the actor phrase is empty")
    sentence = context if context is not None else phrase
    start = sentence.rfind(phrase)
    if start < 0:
        raise DyadlineError(f"the phrase {phrase!r} does not occur in the context {sentence!r}")
    coder = coder or Coder()
    doc = coder.nlp.make_doc(sentence)
    doc._.document = Document(id="actor", text=sentence, date=date, origin="actor")
    for _, proc in coder.nlp.pipeline:
        doc = proc(doc)
    resolver = get_resolver(str(coder.settings.user_actors) if coder.settings.user_actors else None)
    people: dict[str, Actor] = {}
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    if span is None:
        raise DyadlineError(f"cannot find the words of {phrase!r} in the parsed text")
    # learn the people introduced before the phrase, as the coder does in an article
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.end <= span.start:
            resolver.resolve_head(ent.root, date=date, people=people)
    reasons: list[str] = []
    actor = resolver.resolve_head(span.root, date=date, people=people, why=reasons)
    if actor is not None and actor.country is None:
        place = resolver.place_country(span.root)
        if place is not None:
            reasons.append(f"country {place} from the place named next to the phrase")
            actor = Actor(text=actor.text, country=place, sector=actor.sector, name=actor.name,
                          wikidata=actor.wikidata)
    actors = tuple(resolver.split_coordinated(span.root, actor)) if actor is not None else ()
    return ActorExplanation(phrase=phrase, head=span.root.text, actors=actors, reasons=tuple(reasons))
