"""Sector terms (nouns, titles, adjectives) to PLOVER sector codes.

Built once from sectors.csv. A term is stored as a tuple of normalised
words, with its regular plural added, so ``sector_of`` is one dict access
and ``sector_in_phrase`` one access per word window.

A row with a blank sector is a *blocker*: it is recognised (so "secretary
general" is not read as the MIL title "general") but gives no sector.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dyadline.knowledge.normalize import plural_words, term_words
from dyadline.knowledge.tables import TERM_KINDS, check_choice, check_sector, read_shipped

__all__ = ["SectorIndex", "build_sector_index"]

_COLUMNS = ("term", "sector", "kind", "notes")
_DETERMINERS = frozenset({"the", "a", "an"})
#: a word before a state title that makes its holder a former one (PLOVER ELI)
_FORMER = frozenset({"former", "ex", "erstwhile", "exiled", "ousted", "deposed", "toppled", "retired"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


@dataclass(frozen=True, slots=True)
class _Term:
    term: str
    sector: str | None
    is_title: bool


class SectorIndex:
    """Term lookups. Immutable once built."""

    def __init__(self, terms: dict[tuple[str, ...], _Term]) -> None:
        self._terms = terms
        self._width = max((len(k) for k in terms), default=1)

    def __len__(self) -> int:
        return len(self._terms)

    def sector_of(self, term: str) -> str | None:
        """The sector of one term (lemma or plural, any case); None if unknown or a blocker."""
        words = term_words(term.split())
        while words and words[0] in _DETERMINERS:
            words = words[1:]
        hit = self._terms.get(words)
        return hit.sector if hit else None

    def is_title(self, term: str) -> bool:
        """The term is a title or rank ("general", "Foreign Minister"), not a noun or adjective."""
        hit = self._terms.get(term_words(term.split()))
        return hit is not None and hit.is_title

    def in_phrase(self, words: Sequence[str]) -> tuple[str, str] | None:
        """(sector, term) of the best term among the phrase's words.

        The longest term wins; on equal length a noun or adjective beats a
        title ("army spokesman" is MIL), then the leftmost wins ("party
        officials" is PTY). Blockers claim their words and give nothing.
        A state title preceded by "former"/"ex-" gives ELI.
        """
        tokens = term_words(words)
        found: list[tuple[int, bool, int, _Term]] = []
        for size in range(min(self._width, len(tokens)), 0, -1):
            for start in range(len(tokens) - size + 1):
                hit = self._terms.get(tokens[start:start + size])
                if hit is not None:
                    found.append((-size, hit.is_title, start, hit))
        # ("the regime's lieutenant", "a government colonel": a rank of the forces names their sector, not the
        # state that holds them)
        ranks = {size: (start, hit) for size, title, start, hit in found if title and hit.sector in _FORCES}
        found = [(size, title, start, ranks[size][1]) if hit.sector == "GOV" and not title and size in ranks
                 and ranks[size][0] > start else (size, title, start, hit) for size, title, start, hit in found]
        covered: set[int] = set()
        for neg_size, _title, start, hit in sorted(found, key=lambda f: f[:3]):
            span = range(start, start - neg_size)
            if covered.intersection(span):
                continue
            covered.update(span)
            if hit.sector is None:
                continue
            # ("a former assistant sub-inspector": one word may stand between)
            former = next((t for t in tokens[max(0, start - 2):start] if t in _FORMER), None)
            if former is not None and hit.sector in _STATE_SECTORS:
                return "ELI", f"{former} {hit.term}"
            return hit.sector, hit.term
        return None


#: sectors of armed forces whose ranks are titles ("lieutenant", "inspector")
_FORCES = frozenset({"MIL", "COP"})


def build_sector_index() -> SectorIndex:
    terms: dict[tuple[str, ...], _Term] = {}
    lines: dict[tuple[str, ...], int] = {}
    adjectives: set[tuple[str, ...]] = set()
    for row in read_shipped("sectors.csv", _COLUMNS):
        words = term_words(row["term"].split())
        if not words:
            raise row.error("empty term")
        kind = check_choice(row, "kind", TERM_KINDS)
        entry = _Term(" ".join(words), check_sector(row), kind == "title")
        if words in terms:
            if terms[words].sector != entry.sector:
                raise row.error(f"term {row['term']!r} already has sector {terms[words].sector} "
                                f"on line {lines[words]}")
            continue
        terms[words] = entry
        lines[words] = row.line
        if kind == "adjective":
            adjectives.add(words)
    for words, entry in list(terms.items()):
        plural = None if words in adjectives else plural_words(words)
        if plural is not None and plural not in terms:
            terms[plural] = entry
    return SectorIndex(terms)
