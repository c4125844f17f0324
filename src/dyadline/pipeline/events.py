"""Last stage: turn the kept candidates into :class:`dyadline.records.Event`.

The CAMEO code comes from the trigger rule (checked against the CAMEO
table), Goldstein score and quad class from the CAMEO codebook. Dates,
places and fatalities are the article-level defaults here (the publication
date at precision ``document``); later stages refine them.

The ACLED class comes from the event's sentence, except for a demonstration's: the sentences after it
in its paragraph may say how it went (stones, bonfires, police dispersing it).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dyadline.codebooks import Codebooks, load_codebooks
from dyadline.codebooks.acled import AcledCodebook, load_acled
from dyadline.errors import CodebookError
from dyadline.pipeline.candidate import Candidate
from dyadline.pipeline.doccache import doc_text, forget, sentence_bounds
from dyadline.records import AcledClass, Event, Trigger, make_event_id

__all__ = ["EventBuilder", "build_events"]

#: PLOVER types of demonstrations, whose ACLED class may be told in the sentences after them
DEMONSTRATION_TYPES = frozenset({"PROTEST"})
#: how many sentences after a demonstration's may say how it went
DEMONSTRATION_READ_ON = 2


class EventBuilder:
    def __init__(self, codebooks: Codebooks, acled: AcledCodebook) -> None:
        self.codebooks = codebooks
        self.acled = acled

    def _cameo(self, cand: Candidate) -> str:
        rule = cand.rule
        try:
            return self.codebooks.cameo(rule.cameo).code
        except CodebookError:
            return self.codebooks.default_cameo(rule.event_type, rule.mode, rule.context)

    def event(self, doc: Doc, cand: Candidate, sentences: dict[int, str], told: dict[int, str]) -> Event:
        document = doc._.document
        doc_id = document.id if document is not None else ""
        first, last = doc[cand.trigger_i], doc[cand.trigger_end_i - 1]
        start, end = first.idx, last.idx + len(last.text)
        cameo = self._cameo(cand)
        rule = cand.rule
        both_sides = bool(cand.sources) and bool(cand.targets)
        confidence = round(rule.weight * (1.0 if both_sides else 0.75), 3)
        doc_date = document.date.isoformat() if document is not None and document.date else None
        date = cand.date or doc_date
        precision = cand.date_precision if cand.date else ("document" if doc_date else None)
        sentence = sentences[cand.sentence_index]
        acled = self.acled.classify(rule.event_type, rule.mode, (a.sector for a in cand.sources),
                                    (a.sector for a in cand.targets),
                                    told[cand.sentence_index] if rule.event_type in DEMONSTRATION_TYPES else sentence)
        return Event(
            event_id=make_event_id(doc_id, cand.sentence_index, start, end),
            doc_id=doc_id,
            sentence_index=cand.sentence_index,
            sentence=sentence,
            trigger=Trigger(text=doc_text(doc)[start:end], start=start, end=end),
            event_type=rule.event_type,
            mode=rule.mode,
            contexts=(rule.context,) if rule.context else (),
            cameo=cameo,
            goldstein=self.codebooks.goldstein(cameo),
            quad_class=self.codebooks.quad_class(cameo),
            source=cand.sources,
            target=cand.targets,
            date=date,
            date_precision=precision,
            location=cand.location,
            fatalities=cand.fatalities,
            negated=cand.negated,
            hypothetical=cand.hypothetical,
            future=cand.future,
            confidence=confidence,
            evidence=f"{rule.rule_id}; roles:{cand.role_rule}; type:{cand.type_by}" + (f"; acled:rule#{acled[1].row}" if acled else ""),
            acled=AcledClass(acled[0].event_type, acled[0].sub_event_type) if acled else None,
        )

    def __call__(self, doc: Doc) -> Doc:
        kept = [c for c in doc._.candidates or [] if c.kept]
        if not kept:
            doc._.events = []
            forget(doc)
            return doc
        bounds = sentence_bounds(doc)
        # the text of the sentences that hold an event, not of every sentence
        sentences = {n: doc[bounds[n][0]:bounds[n][1]].text.strip() for n in {c.sentence_index for c in kept}}
        told = _demonstrations_told(doc, kept, bounds, sentences)
        doc._.events = [self.event(doc, c, sentences, told) for c in kept]
        forget(doc)
        return doc


def _demonstrations_told(doc: Doc, kept: list[Candidate], bounds: list[tuple[int, int]],
                         sentences: dict[int, str]) -> dict[int, str]:
    """The text that tells how each sentence's demonstration went: the sentence and the next ones of its
    paragraph (up to ``DEMONSTRATION_READ_ON``) that report no demonstration of their own ("Residents
    blocked the road to protest. They barricaded it with stones and bonfires." is a violent one)."""
    protests = {c.sentence_index for c in kept if c.rule.event_type in DEMONSTRATION_TYPES}
    text = doc_text(doc)
    told: dict[int, str] = {}
    for n in protests:
        parts = [sentences[n]]
        for k in range(n + 1, min(n + 1 + DEMONSTRATION_READ_ON, len(bounds))):
            if k in protests or "\n\n" in text[doc[bounds[n][0]].idx:doc[bounds[k][0]].idx]:
                break
            parts.append(doc[bounds[k][0]:bounds[k][1]].text.strip())
        told[n] = " ".join(parts)
    return told


@Language.factory("dyadline_events")
def build_events(nlp: Language, name: str) -> EventBuilder:
    return EventBuilder(load_codebooks(), load_acled())
