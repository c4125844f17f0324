"""Per-document facts several stages need, computed once per Doc.

``doc.sents`` walks every token and builds a Span per sentence, and
``doc.text`` joins every token; stages used to redo both (some once per
event). The sentence boundaries (token offsets) and the text are computed on
first use and kept in ``doc.user_data`` as plain ints and a string (no Span:
no reference cycle through the Doc). The sentence boundaries are final once
the parser has run; dyadline's stages only read them. The events stage, the
last, drops the cache.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Span

__all__ = ["doc_text", "entities", "forget", "named_countries", "phrases", "sentence_bounds", "sentence_of",
           "sentences"]

_ENTS = ("dyadline", "entities")
_BOUNDS = ("dyadline", "sentence_bounds")
_STARTS = ("dyadline", "sentence_starts")
_TEXT = ("dyadline", "text")
_PHRASES = ("dyadline", "phrases")
_COUNTRIES = ("dyadline", "countries")


def phrases(doc: Doc) -> dict[int, str]:
    """The words of the actor phrase headed by each token asked about so far (``actor_resolver.phrase_text``
    fills it once the parse is final: the roles and later stages ask about the same heads many times)."""
    found = doc.user_data.get(_PHRASES)
    if found is None:
        found = doc.user_data[_PHRASES] = {}
    return found


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of the document's sentences, in order."""
    bounds = doc.user_data.get(_BOUNDS)
    if bounds is None:
        bounds = [(s.start, s.end) for s in doc.sents]
        doc.user_data[_BOUNDS] = bounds
        doc.user_data[_STARTS] = [start for start, _ in bounds]
    return bounds


def sentences(doc: Doc) -> list[Span]:
    """The sentences as Spans (the same as ``list(doc.sents)``)."""
    return [doc[start:end] for start, end in sentence_bounds(doc)]


def sentence_of(doc: Doc, i: int) -> int:
    """The index of the sentence holding token ``i``."""
    sentence_bounds(doc)
    return bisect.bisect_right(doc.user_data[_STARTS], i) - 1


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT] = text
    return text


def _entity_bounds(doc: Doc) -> list[tuple[int, int, int]]:
    found = doc.user_data.get(_ENTS)
    if found is None:
        found = [(e.start, e.end, e.label) for e in doc.ents]
        doc.user_data[_ENTS] = found
    return found


def entities(doc: Doc, area: Span | None = None) -> list[Span]:
    """The named entities of the document, or of ``area`` (those wholly inside it, as ``Span.ents`` gives
    them): ``Span.ents`` rebuilds every entity of the document on each call. Read after the entities stage
    has set them (later stages do not change them)."""
    found = _entity_bounds(doc)
    if area is None:
        return [Span(doc, start, end, label=label) for start, end, label in found]
    return [Span(doc, start, end, label=label) for start, end, label in found
            if start >= area.start and end <= area.end]


def named_countries(doc: Doc, country_of: Callable[[str], str | None]) -> frozenset[str]:
    """The countries the document's place and people entities name (``country_of`` reads one entity's text),
    found once; read after the entities stage."""
    found = doc.user_data.get(_COUNTRIES)
    if found is None:
        found = frozenset(code for start, end, label in _entity_bounds(doc)
                          if doc.vocab.strings[label] in {"GPE", "NORP"}
                          and (code := country_of(doc[start:end].text)) is not None)
        doc.user_data[_COUNTRIES] = found
    return found


def forget(doc: Doc) -> None:
    """Drop the cache (the last stage calls it: a finished Doc carries nothing extra)."""
    for key in (_ENTS, _BOUNDS, _STARTS, _TEXT, _PHRASES, _COUNTRIES):
        doc.user_data.pop(key, None)
