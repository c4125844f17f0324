"""HTML pages (main text and date with trafilatura) and RSS/Atom feeds (feedparser)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import re
import xml.sax
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser
import lxml.etree
import lxml.html
import trafilatura

from dyadline.errors import BinaryInputError, ExtractionError, FeedError, InputError
from dyadline.records import Document, Failure, parse_iso_date
from dyadline.settings import Settings
from dyadline.store.sources import STDIN, STDIN_ORIGIN, input_failure, read_input_bytes

__all__ = ["html_to_text", "read_feed_documents", "read_html_document"]

logger = logging.getLogger(__name__)

#: a page whose extracted main text is shorter than this (a menu, a cookie notice) has no article.
MIN_HTML_TEXT_CHARS = 25

_BLOCKS = ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")
_BLANKS = re.compile(r"[ \t\r\f\v]+")
_MANY_NEWLINES = re.compile(r"\n\s*\n+")


def _origin(path: str | Path) -> str:
    return STDIN_ORIGIN if str(path) == STDIN else str(path)


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _check_binary(data: bytes, origin: str, what: str) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInputError(origin, f"not {what} (contains NUL bytes at byte {nul})")


def read_html_document(path: str | Path, *, settings: Settings, date: dt.date | None = None) -> Document:
    """One HTML page as a Document: trafilatura's main text, title, date, URL and site name.

    ``date`` is the fallback when the page has no date of its own. Raises ExtractionError when the page
    yields no main text (a corrupt or empty page).
    """
    origin = _origin(path)
    data = read_input_bytes(path, origin, settings.max_document_bytes)
    _check_binary(data, origin, "an HTML page")
    try:
        extracted = trafilatura.bare_extraction(data, with_metadata=True)
    except (ValueError, TypeError, LookupError, lxml.etree.LxmlError) as exc:
        raise ExtractionError(origin, f"the HTML page cannot be parsed ({exc})") from exc
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or len(text.strip()) < MIN_HTML_TEXT_CHARS:
        found = f" (only {len(text.strip())} characters of text)" if text and text.strip() else ""
        raise ExtractionError(
            origin, f"no article text found in the HTML page{found}: corrupt, truncated or not an article",
        )
    title = getattr(extracted, "title", None) or None
    url = getattr(extracted, "url", None) or None
    body_start = 0
    if title and text.startswith(title) and text[len(title):len(title) + 1] == "\n":
        body_start = len(title) + 1  # trafilatura repeats the headline as the first line
    doc_id = url or (Path(path).stem if origin != STDIN_ORIGIN else "html-" + hashlib.sha1(data).hexdigest()[:12])
    return Document(
        id=doc_id,
        text=text,
        date=parse_iso_date(getattr(extracted, "date", None)) or date,
        title=title,
        url=url,
        source=getattr(extracted, "sitename", None) or _host(url) or getattr(extracted, "hostname", None),
        origin=origin,
        body_start=body_start,
    )


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed entry's summary), one line per block element."""
    if not markup or "<" not in markup:
        return (markup or "").strip()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (_BLANKS.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return _MANY_NEWLINES.sub("\n", "\n".join(line for line in lines if line)).strip()


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or ():
        value = html_to_text(content.get("value", ""))
        if value:
            return value
    return html_to_text(entry.get("summary", "") or entry.get("description", ""))


def _entry_date(entry: Any) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except (AttributeError, ValueError):
        return None


def _entry_document(entry: Any, index: int, origin: str, feed_source: str | None,
                    fallback_date: dt.date | None) -> Document:
    where = f"{origin}#{index}"
    title = " ".join((entry.get("title") or "").split()) or None
    body = _entry_text(entry)
    if not body and not title:
        raise ExtractionError(where, "the feed entry has neither a title nor any text")
    text = f"{title}\n\n{body}" if title and body else (body or title or "")
    link = entry.get("link") or None
    raw_id = entry.get("id") or link or hashlib.sha1(text.encode()).hexdigest()[:16]
    return Document(
        id=str(raw_id),
        text=text,
        date=_entry_date(entry) or fallback_date,
        title=title,
        url=link,
        source=feed_source or _host(link),
        origin=where,
        body_start=len(title) + 2 if title and body else 0,
    )


def read_feed_documents(
    path: str | Path, *, settings: Settings, date: dt.date | None = None
) -> Iterator[Document | Failure]:
    """An RSS or Atom file: one Document per entry (title, then the summary or content as text).

    A feed that is not well-formed XML (for example truncated by a broken
    download) is refused whole with a FeedError saying where the XML breaks:
    its last entry may be cut, and a rerun after fixing the file stores it all.
    An entry without any text becomes a Failure; the other entries are read.
    ``date`` is the fallback for entries without a date.
    """
    origin = _origin(path)
    data = read_input_bytes(path, origin, settings.max_file_bytes)
    _check_binary(data, origin, "a feed")
    parsed = feedparser.parse(io.BytesIO(data))
    problem = parsed.get("bozo_exception")
    if isinstance(problem, xml.sax.SAXParseException):
        raise FeedError(
            origin,
            f"not well-formed XML at line {problem.getLineNumber()}, column {problem.getColumnNumber()} "
            f"({problem.getMessage()}); the feed may be truncated",
        )
    if not parsed.get("version") and not parsed.entries:
        raise FeedError(origin, "not an RSS or Atom feed" + (f" ({problem})" if problem else ""))
    if problem:
        logger.info("%s: %s", origin, problem)
    if not parsed.entries:
        logger.warning("%s: the feed holds no entries", origin)
    feed_source = " ".join((parsed.feed.get("title") or "").split()) or None
    for index, entry in enumerate(parsed.entries, start=1):
        try:
            yield _entry_document(entry, index, origin, feed_source, date)
        except InputError as exc:
            yield input_failure(exc)
