"""Text keys for dictionary lookups: one place decides how text is normalised.

Every table entry and every query goes through the same functions, so a
lookup is a single dict access. Keys fold diacritics ("Élysée" = "Elysee"),
drop full stops ("U.S." = "US"), read hyphens and dashes as spaces
("Guinea-Bissau" = "Guinea Bissau"), straighten curly quotes, and drop a
leading "the" and a trailing possessive ("the Kremlin's" = "Kremlin"), and
fold a few British spellings to American ones ("Organisation" = "Organization").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["fold", "alias_key", "loose_key", "name_key", "term_words", "plural_words", "is_acronym"]

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "ʻ": "'", "ʼ": "'"})
_DASHES = re.compile(r"[-‐‑‒–—―]+")
_SPACES = re.compile(r"\s+")
_EDGE = " \t\r\n'\",;:()[]"
_POSSESSIVE = re.compile(r"(?<=\w)'s?$", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
#: British spellings folded to American ones ("Organisation" = "Organization", "Defence" = "Defense")
_SPELLINGS = ((re.compile(r"(?<=[a-z])isation"), "ization"), (re.compile(r"(?<=[Dd])efence"), "efense"),
              (re.compile(r"(?<=[Cc])entre\b"), "enter"), (re.compile(r"(?<=[Ll])abour"), "abor"),
              (re.compile(r"(?<=[Pp])rogramme"), "rogram"))
_UNCOUNTABLE = frozenset({
    "police", "staff", "personnel", "media", "press", "military", "people", "intelligence", "clergy",
    "public", "customs", "infantry", "artillery", "cavalry", "judiciary", "leadership", "security",
    "enforcement", "crime", "society", "aid", "health", "defence", "defense", "information",
    "agriculture", "education", "counterintelligence", "gendarmerie",
})


def fold(text: str) -> str:
    """Remove diacritics ("Türkiye" -> "Turkiye"); letters without a decomposition stay."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1 << 16)
def _base(text: str) -> str:
    # (cached: the same few thousand words are looked up for every phrase of every article)
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).strip(_EDGE)
    text = _THE.sub("", text)
    text = _POSSESSIVE.sub("", text).rstrip(".")
    text = _DASHES.sub(" ", fold(text)).replace(".", "")
    for spelling, american in _SPELLINGS:
        text = spelling.sub(american, text)
    return _SPACES.sub(" ", text).strip(_EDGE)


def alias_key(text: str) -> str:
    """The case-preserving key of a country/IGO alias or query."""
    return _base(text)


def loose_key(text: str) -> str:
    """The case-insensitive key of a country/IGO alias or query."""
    return _base(text).casefold()


def name_key(text: str) -> str:
    """The key of a person's name: case-, accent- and punctuation-insensitive."""
    text = _base(text).casefold().replace("'", "")
    return _SPACES.sub(" ", text).strip()


def is_acronym(alias: str) -> bool:
    """An alias written without lower-case letters ("US", "U.K.", "WHO") matches only in that case."""
    key = alias_key(alias)
    return any(ch.isupper() for ch in key) and not any(ch.islower() for ch in key)


def term_words(words: Iterable[str]) -> tuple[str, ...]:
    """Normalise phrase tokens (or a term split on spaces) for sector lookups.

    Lower-cases, folds accents, splits on hyphens and drops possessive
    markers, so ["Ukraine", "'s", "Foreign", "Ministry"] gives
    ("ukraine", "foreign", "ministry") and "prosecutor's office" gives
    ("prosecutor", "office").
    """
    return tuple(piece for word in words for piece in _word_pieces(word))


@functools.lru_cache(maxsize=1 << 16)
def _word_pieces(word: str) -> tuple[str, ...]:
    """The normalised pieces of one token (cached: pure, and the same words recur in every article)."""
    word = fold(unicodedata.normalize("NFKC", word)).translate(_QUOTES).casefold()
    out: list[str] = []
    for piece in _DASHES.sub(" ", word).split():
        piece = _POSSESSIVE.sub("", piece.replace(".", "")).strip(_EDGE)
        if piece and piece not in {"'", "'s", "s"}:
            out.append(piece)
    return tuple(out)


def _plural_word(word: str) -> str | None:
    if word.endswith("s") or word in _UNCOUNTABLE:
        return None
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("person"):
        return word[:-6] + "people"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def plural_words(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The regular plural of a term: the head noun before "of", else the last word."""
    idx = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    plural = _plural_word(words[idx])
    if plural is None:
        return None
    return words[:idx] + (plural,) + words[idx + 1:]
