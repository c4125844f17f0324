"""Specific exception classes. Every message names the input and the problem."""

from __future__ import annotations


class DyadlineError(Exception):
    """Base class of every error dyadline raises on purpose."""


class InputError(DyadlineError):
    """An input file or record cannot be read as a document."""

    def __init__(self, origin: str, problem: str) -> None:
        self.origin = origin
        self.problem = problem
        super().__init__(f"{origin}: {problem}")


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is not text (e.g. it holds NUL bytes)."""


class EncodingInputError(InputError):
    """The input is not valid UTF-8."""


class InputTooLargeError(InputError):
    """The input is over the size limit of one document."""


class MalformedRecordError(InputError):
    """A JSONL line is not a valid document record."""


class InvalidDateError(InputError):
    """A publication date is not a YYYY-MM-DD date."""


class CodebookError(DyadlineError):
    """A codebook table is missing, malformed, or asked for an unknown code."""


class KnowledgeError(DyadlineError):
    """A knowledge table (countries, sectors, leaders...) is missing or malformed."""


class ModelLoadError(DyadlineError):
    """The spaCy model (or another model) could not be loaded."""


class CodingError(DyadlineError):
    """A document could not be coded by the pipeline."""
