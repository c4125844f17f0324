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


class ExtractionError(InputError):
    """No article text could be extracted from an input (an HTML page with no main text)."""


class FeedError(InputError):
    """An RSS or Atom feed is malformed (truncated, not XML) or holds no entries."""


class StoreError(DyadlineError):
    """The event store cannot be opened, migrated, queried or written."""


class StoreMissingError(StoreError):
    """The event store database file does not exist yet."""


class StoreLockedError(StoreError):
    """Another process held the event store's lock for longer than the timeout."""


class SchemaVersionError(StoreError):
    """The store's schema is newer than this dyadline, or a migration step failed."""


class ExportError(StoreError):
    """An export cannot be written (unknown format, unwritable path)."""


class ServerError(DyadlineError):
    """A request to the web API cannot be answered as asked (base of the API's client errors)."""


class BadRequestError(ServerError):
    """A request parameter is malformed or out of range (HTTP 400)."""


class NotFoundError(ServerError):
    """The event, document or actor asked for is not in the store (HTTP 404)."""


class PayloadTooLargeError(ServerError):
    """A request body is over the server's size limit (HTTP 413)."""


class RateLimitedError(ServerError):
    """A client sent more requests than the rate limit allows (HTTP 429)."""

    def __init__(self, message: str, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(message)
