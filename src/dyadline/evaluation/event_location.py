"""Score the choice of an event's place among the place names of its sentence.

Gold: ``event_location/event_location.dev.json.zip`` (Halterman's event
location set: sentences with the event trigger span and the span(s) of the
place where it happened). For each sentence the gold trigger is given to
:func:`dyadline.pipeline.place_ranking.rank_mentions`, the same ranking the
places stage uses, over the place mentions the pipeline finds; the pick is
right if it overlaps a gold place span.

The records are split by a hash of their id (:mod:`dyadline.evaluation.splits`):
rules were tuned on the development half only; report the test half.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from dyadline.coder import Coder
from dyadline.errors import DyadlineError
from dyadline.evaluation.metrics import markdown_table
from dyadline.evaluation.splits import is_dev_id
from dyadline.pipeline.place_mentions import place_mentions
from dyadline.pipeline.place_ranking import rank_mentions
from dyadline.records import Document

__all__ = ["LocationItem", "EventLocationReport", "load_event_location", "evaluate_event_location"]

_ARCHIVE = "event_location/event_location.dev.json.zip"
_STAGES_NEEDED = ("dyadline_segment", "dyadline_entities")


@dataclass(frozen=True, slots=True)
class LocationItem:
    item_id: str
    text: str
    trigger: tuple[int, int]
    places: tuple[tuple[int, int], ...]

    @property
    def dev(self) -> bool:
        return is_dev_id(self.item_id)


def _offsets(record: dict, span: dict) -> tuple[int, int]:
    """Character offsets of a span. Some records' character offsets are broken (empty or shifted):
    their token offsets are right, so those are used when the tokens are there."""
    tokens = record.get("tokens") or []
    first, last = span.get("token_start"), span.get("token_end")
    if isinstance(first, int) and isinstance(last, int) and 0 <= first <= last < len(tokens):
        return tokens[first]["start"], tokens[last]["end"]
    return span["start"], span["end"]


def load_event_location(data_dir: Path) -> list[LocationItem]:
    path = Path(data_dir) / _ARCHIVE
    try:
        with zipfile.ZipFile(path) as archive:
            records = json.loads(archive.read(archive.namelist()[0]))
    except (OSError, KeyError, IndexError, zipfile.BadZipFile, json.JSONDecodeError) as exc:
        raise DyadlineError(f"{path}: cannot read the event_location gold set: {exc}") from exc
    items = []
    for record in records:
        spans = record.get("spans") or []
        verbs = [_offsets(record, s) for s in spans if s.get("label") == "VERB"]
        if not verbs:
            continue
        places = tuple(_offsets(record, s) for s in spans if s.get("label") == "LOCATION")
        items.append(LocationItem(str(record.get("_id")), record["text"], verbs[0], places))
    return items


@dataclass
class _Tally:
    with_place: int = 0
    right: int = 0
    no_mention: int = 0
    without_place: int = 0
    quiet: int = 0  # no place predicted (strict ranking) where gold has none

    def share(self) -> float:
        return self.right / self.with_place if self.with_place else 0.0


@dataclass
class EventLocationReport:
    halves: dict[str, _Tally] = field(default_factory=dict)
    limit: int | None = None

    @property
    def test_accuracy(self) -> float:
        return self.halves["test"].share()

    def markdown(self) -> str:
        rows = []
        for name in ("test", "dev", "all"):
            t = self.halves[name]
            quiet = f"{t.quiet / t.without_place:.3f} ({t.quiet}/{t.without_place})" if t.without_place else "-"
            rows.append([name, f"{t.share():.3f} ({t.right}/{t.with_place})", t.no_mention, quiet])
        return "\n".join([
            "# event_location: the event's place among the sentence's places",
            "",
            f"Records: {sum(self.halves['all'].__dict__[k] for k in ('with_place', 'without_place'))}"
            + (f" (first {self.limit})" if self.limit else ""),
            "",
            markdown_table(["half", "place span picked right (sentences with a gold place)",
                            "no place mention found", "no place picked where gold has none"], rows),
            "",
            "Rules were developed on the dev half only; the test half is the figure to report.",
        ])


def _docs(coder: Coder, items: list[LocationItem]) -> Iterator[tuple[LocationItem, Doc]]:
    nlp = coder.nlp
    disabled = [name for name in nlp.pipe_names if name.startswith("dyadline_") and name not in _STAGES_NEEDED]

    def stream() -> Iterator[Doc]:
        for item in items:
            doc = nlp.make_doc(item.text)
            doc._.document = Document(id=item.item_id, text=item.text)
            yield doc

    with nlp.select_pipes(disable=disabled):
        yield from zip(items, nlp.pipe(stream(), batch_size=128))


def evaluate_event_location(data_dir: Path, *, coder: Coder, limit: int | None = None,
                            half: str | None = None) -> EventLocationReport:
    """Score place picking on the gold sentences (``half``: "dev", "test" or None for both)."""
    items = load_event_location(data_dir)
    if half is not None:
        items = [i for i in items if i.dev == (half == "dev")]
    if limit:
        items = items[:limit]
    report = EventLocationReport(halves={"dev": _Tally(), "test": _Tally(), "all": _Tally()}, limit=limit)
    for item, doc in _docs(coder, items):
        span = doc.char_span(*item.trigger, alignment_mode="expand")
        if span is None:
            continue
        trigger = span.root
        mentions = place_mentions(doc)
        ranked = rank_mentions(doc, trigger, mentions)
        for tally in (report.halves["dev" if item.dev else "test"], report.halves["all"]):
            if item.places:
                tally.with_place += 1
                if not ranked:
                    tally.no_mention += 1
                    continue
                best = doc[ranked[0].start:ranked[0].end]
                start, end = best.start_char, best.end_char
                if any(start < g_end and g_start < end for g_start, g_end in item.places):
                    tally.right += 1
            else:
                tally.without_place += 1
                if not rank_mentions(doc, trigger, mentions, loose=False):
                    tally.quiet += 1
    return report
