"""Stage: the learned event-type classifier checks and fills in the trigger lexicon.

The lexicon (triggers stage) decides where an event is and, for explicit
verbs, its type. The fine-tuned MiniLM classifier (dyadline.classifier.model)
reads the whole sentence, and

- *relabels*: when it gives another PLOVER type at least ``classifier_relabel``
  probability, the sentence's main lexicon event takes that type;
- *fills*: a sentence with no lexicon trigger whose acting verb (the main verb,
  or the reported clause's verb under "..., officials said") has a subject, and
  which names an actor, becomes an event at that verb when the classifier is at
  least ``classifier_fill`` sure.

Each candidate's ``type_by`` says which decided (it ends up in the event's
``evidence``). Only sentences that hold a candidate (when relabelling is on)
or could be filled are run through the model, one sentence per call.
"""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.classifier.model import EventTypeModel, get_event_type_model
from dyadline.pipeline.candidate import Candidate
from dyadline.pipeline.doccache import entities, sentence_bounds
from dyadline.pipeline.lexicon import TriggerRule, load_lexicon
from dyadline.pipeline.triggers import ruled_out, trigger_end

__all__ = ["TypeClassifier", "build_classifier"]

_ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# verbs that report or describe rather than act: never an event of their own
_NON_EVENT_VERBS = frozenset({"say", "be", "have", "tell", "add", "report", "note", "state", "write", "think",
                              "believe", "know", "see", "become", "seem", "remain", "include", "continue",
                              # an observer's verbs ("the monitors observed 12 explosions"): the observed
                              # act is the event, not the observing
                              "observe", "record", "witness", "hear", "document", "register", "monitor",
                              "spot", "detect", "notice",
                              # an overseer's ("the leader inspected a missile launch"): the launch is the act
                              "inspect", "oversee", "supervise", "watch"})


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _acting_verb(verb: Token) -> bool:
    return (verb.pos_ == "VERB" and verb.lemma_.lower() not in _NON_EVENT_VERBS
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children))


def _fill_verb(sent: Span) -> Token | None:
    """The verb of the sentence's act if the sentence looks like an act by a named actor.

    The main verb, or, when the main verb only reports ("..., officials said"), the verb of
    the reported clause.
    """
    if not any(e.label_ in _ACTOR_ENTS for e in entities(sent.doc, sent)):
        return None
    root = sent.root
    if _acting_verb(root):
        return root
    if root.lemma_.lower() in _NON_EVENT_VERBS:
        reported = [c for c in root.children if c.dep_ in {"ccomp", "xcomp"} and _acting_verb(c)]
        if reported:
            return reported[0]
    return None


class TypeClassifier:
    def __init__(self, model: EventTypeModel | None, *, relabel: float, fill: float) -> None:
        self.model = model
        self.relabel = relabel
        self.fill = fill
        self.lexicon = load_lexicon()

    @classmethod
    def from_thresholds(cls, *, relabel: float, fill: float, threads: int = 1) -> TypeClassifier:
        off = relabel > 1 and fill > 1
        return cls(None if off else get_event_type_model(threads=threads), relabel=relabel, fill=fill)

    def __call__(self, doc: Doc) -> Doc:
        if self.model is None:
            return doc
        candidates: list[Candidate] = doc._.candidates or []
        by_sentence: dict[int, list[Candidate]] = {}
        for cand in candidates:
            by_sentence.setdefault(cand.sentence_index, []).append(cand)
        work: list[tuple[int, Span, Token | None]] = []
        for index, (start, end) in enumerate(sentence_bounds(doc)):
            if not doc[start]._.in_body:
                continue
            sent = doc[start:end]
            if index in by_sentence:
                if self.relabel <= 1:
                    work.append((index, sent, None))
            elif self.fill <= 1:
                verb = _fill_verb(sent)
                # (not a verb the lexicon rules out by its object: "launched a search operation")
                if verb is not None and not ruled_out(verb, self.lexicon):
                    work.append((index, sent, verb))
        if not work:
            return doc
        scores = self.model.scores([sent.text for _, sent, _ in work])
        for (index, sent, verb), score in zip(work, scores, strict=True):
            if verb is None:
                self._check(doc, by_sentence[index], score.best, score.confidence)
            elif score.confidence >= self.fill:
                candidates.append(Candidate(
                    trigger_i=verb.i, trigger_end_i=trigger_end(verb), sentence_index=index,
                    rule=_model_rule(verb, score.best, score.confidence),
                    type_by=f"model p={score.confidence:.2f} (no lexicon trigger)"))
        candidates.sort(key=lambda c: c.trigger_i)
        doc._.candidates = candidates
        return doc

    def _check(self, doc: Doc, cands: list[Candidate], best: str, p: float) -> None:
        types = {c.rule.event_type for c in cands}
        if best in types:
            for cand in cands:
                if cand.rule.event_type == best:
                    cand.type_by = f"lexicon, model agrees p={p:.2f}"
            return
        if p < self.relabel:
            for cand in cands:
                cand.type_by = f"lexicon (model: {best} p={p:.2f})"
            return
        main = min(cands, key=lambda c: (_depth(doc[c.trigger_i]), -c.rule.weight))
        for cand in cands:
            if cand is not main:
                cand.type_by = f"lexicon (model: {best} p={p:.2f})"
        was = main.rule
        main.rule = _model_rule_from(was, best, p)
        main.type_by = f"model p={p:.2f} over lexicon {was.event_type} ({was.rule_id})"


def _model_rule(verb: Token, event_type: str, p: float) -> TriggerRule:
    return TriggerRule(row=0, lemma=verb.lemma_.lower(), pos="VERB", constraint_kind=None,
                       constraint_values=frozenset(), event_type=event_type, mode=None, context=None,
                       cameo="", weight=round(p, 3), origin="model")


def _model_rule_from(was: TriggerRule, event_type: str, p: float) -> TriggerRule:
    return dataclasses.replace(was, event_type=event_type, mode=None, context=None, cameo="",
                               constraint_kind=None, constraint_values=frozenset(), weight=round(p, 3),
                               origin="model", row=0)


@Language.factory("dyadline_classify", default_config={"relabel": 2.0, "fill": 0.6, "threads": 1})
def build_classifier(nlp: Language, name: str, relabel: float, fill: float, threads: int) -> TypeClassifier:
    return TypeClassifier.from_thresholds(relabel=relabel, fill=fill, threads=threads)
