"""Training material for the event-type classifier, read from ../shared/data.

Only MIT-licensed NGEC synthetic data trains the shipped model: the lead
sentence of each machine-written story, its headline (with the country
slots filled from the story's own prompt), and the story's sentences in
which the trigger lexicon codes the story's own type. Gold sets (plover_gsr,
conflibert, ACLED, India Police) are kept for measuring, so every figure in
docs/accuracy.md is on text the model never saw.

Each example carries a ``group``: the headline template it was written
from. Stories of one template are near-duplicates, so held-out checks split
by group, never by row.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from dyadline.errors import DyadlineError

__all__ = ["TrainingExample", "Story", "ngec_stories", "ngec_examples", "agreeing_sentences", "lead_sentence", "held_out"]

NGEC_ZIP = "ngec_synthetic/gpt_synthetic_events_2023-10-19_19.csv.zip"

# PLOVER v0.8 event types the shipped classifier predicts (NGEC's label set)
LABELS: tuple[str, ...] = (
    "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
)

_DATELINE = re.compile(r"^\s*(?:\([A-Za-z .]+\)\s*[-\u2013\u2014]+\s*|[A-Z][A-Z .,'-]{2,40}\s*(?:\([A-Za-z .]+\))?\s*[-\u2013\u2014]+\s*)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d]?\s+(?=[\"'\u201c]?[A-Z])")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|U\.S|U\.N|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.$")


@dataclass(frozen=True, slots=True)
class TrainingExample:
    text: str
    label: str
    group: str  # the headline template: examples of one group stay on one side of a split
    origin: str  # "lead", "headline" or "agreeing" (see agreeing_sentences)


def lead_sentence(story: str) -> str:
    """The first sentence of a story, without a wire dateline ("(Reuters) --", "KABUL --")."""
    text = " ".join(story.split())
    text = _DATELINE.sub("", text, count=1)
    start = 0
    for match in _SENTENCE_END.finditer(text):
        head = text[:match.start() + 1]
        if _ABBREV.search(head.rstrip("\"'\u201d")):
            continue
        if match.start() - start >= 25:
            return text[:match.start() + 1].strip()
    return text.strip()


def _headline(prompt: str) -> str:
    return " ".join(prompt.split("(Reuters)")[0].split("\n")[0].split())


@dataclass(frozen=True, slots=True)
class Story:
    text: str
    label: str
    group: str  # the headline template
    headline: str  # the headline with its slots filled


def ngec_stories(data_dir: Path) -> list[Story]:
    """The labelled NGEC synthetic stories (the disclaimer column dropped)."""
    path = Path(data_dir) / NGEC_ZIP
    if not path.is_file():
        raise DyadlineError(f"{path}: the NGEC synthetic stories are missing (needed to train the classifier)")
    try:
        with zipfile.ZipFile(path) as archive:
            name = archive.namelist()[0]
            rows = list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8")))
    except (zipfile.BadZipFile, KeyError, csv.Error, UnicodeDecodeError) as exc:
        raise DyadlineError(f"{path}: cannot read the NGEC stories: {exc}") from exc
    stories = [Story(text=row.get("text") or "", label=(row.get("label") or "").strip().upper(),
                     group=(row.get("title") or "").strip(), headline=_headline(row.get("prompt") or ""))
               for row in rows]
    stories = [s for s in stories if s.label in LABELS]
    if not stories:
        raise DyadlineError(f"{path}: no labelled stories found")
    return stories


def ngec_examples(data_dir: Path) -> list[TrainingExample]:
    """Lead sentences and filled headlines of the NGEC synthetic stories, deduplicated."""
    examples: list[TrainingExample] = []
    seen: set[str] = set()
    for story in ngec_stories(data_dir):
        for origin, text in (("lead", lead_sentence(story.text)), ("headline", story.headline)):
            if len(text) < 12 or text.lower() in seen:
                continue
            seen.add(text.lower())
            examples.append(TrainingExample(text=text, label=story.label, group=story.group, origin=origin))
    return examples


def agreeing_sentences(stories: list[Story], typed_sentences: Callable[[list[str]], Iterable[list[tuple[str, set[str]]]]],
                       *, seen: set[str], per_label: int = 400) -> list[TrainingExample]:
    """More training sentences: those of a story in which the trigger lexicon codes the story's own type.

    ``typed_sentences`` codes story texts and yields, per story, (sentence, event types coded in it).
    Two weak signals that agree (the story's prompt label and an explicit trigger word) make a
    cleaner label than either; at most ``per_label`` sentences per type keep the classes balanced.
    """
    out: list[TrainingExample] = []
    count: Counter[str] = Counter()
    for story, sentences in zip(stories, typed_sentences([s.text for s in stories]), strict=True):
        for sentence, types in sentences:
            key = sentence.lower()
            if types != {story.label} or key in seen or count[story.label] >= per_label or len(sentence) < 25:
                continue
            seen.add(key)
            count[story.label] += 1
            out.append(TrainingExample(text=sentence, label=story.label, group=story.group, origin="agreeing"))
    return out


def held_out(group: str, *, fold: int, folds: int) -> bool:
    """Whether a group falls in ``fold`` of ``folds`` (a stable hash, the same on every machine)."""
    digest = hashlib.sha1(group.encode("utf-8")).digest()
    return digest[0] % folds == fold
