"""The ``doc._`` / ``token._`` extensions the pipeline stages share."""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["register_extensions"]


def register_extensions() -> None:
    """Register dyadline's extensions (idempotent)."""
    doc_ext = {
        "document": None,  # the records.Document being coded
        "candidates": None,  # list[Candidate]: trigger candidates, filled stage by stage
        "people": None,  # dict[str, Actor]: people learned from this article's text
        "events": None,  # list[records.Event]: the final events
    }
    for name, default in doc_ext.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Token.has_extension("in_body"):
        Token.set_extension("in_body", default=True)
