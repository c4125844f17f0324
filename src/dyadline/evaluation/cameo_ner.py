"""Token-level F1 of the source and target spans the coder picks (ConfliBERT cameo_ner).

Gold: CoNLL tokens tagged B/I-S (source), B/I-T (target) and B/I-R (both, a
compound source-target as in PLOVER's SRC/TAR). Each sentence is coded on its
own; the words of every source actor (``Actor.text``) of every event are
matched back to the sentence's tokens, likewise targets. A token is a true
positive for the source role when the gold tags it S or R and the coder puts
it in a source phrase (the same for targets). The data is GPL-3.0: read from
../shared/data at run time, never copied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dyadline.coder import Coder
from dyadline.errors import DyadlineError
from dyadline.evaluation.metrics import markdown_table
from dyadline.records import Actor, Document, Event

__all__ = ["NerSentence", "load_cameo_ner", "evaluate_cameo_ner", "CameoNerReport"]

NER_FILE = "conflibert_cameo/cameo_ner/train.txt"


@dataclass(frozen=True, slots=True)
class NerSentence:
    tokens: tuple[str, ...]
    roles: tuple[str, ...]  # "S", "T", "R" or "O" per token

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    @property
    def document_text(self) -> str:
        """The sentence as it was written, for the coder: the gold's tokenizer set apart a possessive
        ("Croatian government 's request"), split one with a curly apostrophe into three tokens ("Libya ’ s
        government") and a compound at its hyphen ("rebel - held"), which the tagger reads as separate words."""
        return "".join(("" if n == 0 or _glued(self.tokens, n) else " ") + token for n, token in enumerate(self.tokens))


_APOSTROPHES = frozenset({"’", "'", "ʼ"})
#: letters elided before an apostrophe inside a name or a borrowed word
_ELIDED = frozenset({"d", "l", "o"})


def _glued(tokens: Sequence[str], n: int) -> bool:
    """Whether token ``n`` was written with no space before it: the apostrophe and "s" of a possessive, the
    hyphen of a compound and the word after it ("rebel - held"), brackets and punctuation, the digits after a
    number's separator."""
    token, before = tokens[n], tokens[n - 1]
    if token in {",", ".", ";", ":", "?", "!", ")"} or before == "(":
        return True
    if before == "," and n >= 2 and tokens[n - 2].isdigit() and token.isdigit() and len(token) == 3:
        return True  # a number's thousands ("1 , 086 Myanmar migrants": 1,086)
    if (token in _APOSTROPHES and before.lower() in _ELIDED and n + 1 < len(tokens) and tokens[n + 1][:1].isalpha()) \
            or (before in _APOSTROPHES and n >= 2 and tokens[n - 2].lower() in _ELIDED and token[:1].isalpha()):
        return True  # an elided word ("charge d ' affaires", "O ' Brien")
    if token == "-" or before == "-":
        hyphen = n if token == "-" else n - 1
        return 0 < hyphen < len(tokens) - 1 and tokens[hyphen - 1][-1:].isalnum() and tokens[hyphen + 1][:1].isalnum()
    if token in {"'s", "’s", "ʼs"}:
        return before[-1:].isalnum()
    if token in _APOSTROPHES:
        return n + 1 < len(tokens) and tokens[n + 1] in {"s", "S"} and before[-1:].isalnum()
    return token in {"s", "S"} and before in _APOSTROPHES and n >= 2 and tokens[n - 2][-1:].isalnum()


def load_cameo_ner(data_dir: Path) -> list[NerSentence]:
    path = data_dir / NER_FILE
    if not path.is_file():
        raise DyadlineError(f"{path}: the cameo_ner gold file is missing")
    sentences: list[NerSentence] = []
    tokens: list[str] = []
    roles: list[str] = []
    for line in path.read_text("utf-8").splitlines() + [""]:
        parts = line.split()
        if len(parts) < 2:
            if tokens:
                sentences.append(NerSentence(tuple(tokens), tuple(roles)))
                tokens, roles = [], []
            continue
        tokens.append(parts[0])
        tag = parts[-1]
        roles.append(tag.split("-", 1)[1] if "-" in tag else "O")
    return sentences


#: quotation marks compared as one (the coder writes a phrase's "’" as "'"; the gold keeps the original)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"'})


def _locate_phrase(phrase: str, tokens: Sequence[str]) -> set[int]:
    """Token positions of the first occurrence of a phrase in ``tokens``, read without spaces (the gold's
    tokens and the coder's words may split "Libya’s" differently) and with quotation marks of either style;
    the phrase must begin and end on token boundaries."""
    wanted = "".join(phrase.translate(_QUOTES).split())
    if not wanted:
        return set()
    starts: list[int] = []
    joined = ""
    for token in tokens:
        starts.append(len(joined))
        joined += token.translate(_QUOTES)
    ends = {start + len(token): n for n, (start, token) in enumerate(zip(starts, tokens))}
    first = {start: n for n, start in enumerate(starts)}
    at = joined.find(wanted)
    while at != -1:
        end = at + len(wanted)
        if at in first and end in ends:
            return set(range(first[at], ends[end] + 1))
        at = joined.find(wanted, at + 1)
    return set()


@dataclass(frozen=True, slots=True)
class RoleScore:
    role: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class CameoNerReport:
    sentences: int
    with_event: int
    scores: tuple[RoleScore, ...]  # over all sentences
    scores_found: tuple[RoleScore, ...]  # over the sentences where the coder found an event
    # the same two, with only the coder's main event (most confident, not negated) of each sentence
    main_scores: tuple[RoleScore, ...] = ()
    main_scores_found: tuple[RoleScore, ...] = ()

    def markdown(self) -> str:
        header = ["role", "precision", "recall", "F1", "tp", "fp", "fn"]

        def rows(scores: tuple[RoleScore, ...]) -> list[list[object]]:
            return [[s.role, s.precision, s.recall, s.f1, s.tp, s.fp, s.fn] for s in scores]

        return "\n\n".join([
            f"{self.sentences} sentences (those also in the plover_gsr development half left out); "
            f"the coder found an event in {self.with_event}.",
            "The gold marks one event's source and target per sentence. Spans of every event the coder "
            "codes in the sentence:",
            "All sentences (a sentence where the coder finds no event counts its gold spans as missed):",
            markdown_table(header, rows(self.scores)),
            "Sentences where the coder found an event:",
            markdown_table(header, rows(self.scores_found)),
            "Spans of the coder's main event only (its most confident event that is not negated, as "
            "cameo_class takes it), all sentences:",
            markdown_table(header, rows(self.main_scores)),
            "Main event only, sentences where the coder found an event:",
            markdown_table(header, rows(self.main_scores_found)),
        ])


#: words that join two parties of one role into one phrase ("India and Pakistan")
_JOINING = frozenset({"and", "&"})


def _spans(actors: Iterable[Actor], tokens: Sequence[str]) -> set[int]:
    """The tokens of the actors' phrases; two parties of one event's role written "X and Y" make one phrase,
    with its "and", as the gold marks them."""
    out: set[int] = set()
    for actor in actors:
        out |= _locate_phrase(actor.text, tokens)
    return out | {i for i in range(1, len(tokens) - 1)
                  if tokens[i].lower() in _JOINING and i - 1 in out and i + 1 in out}


def _role_spans(events: Iterable[Event], role: Callable[[Event], tuple[Actor, ...]],
                tokens: Sequence[str]) -> set[int]:
    """The tokens of every event's actors in one role (each event's phrases joined on their own)."""
    out: set[int] = set()
    for event in events:
        out |= _spans(role(event), tokens)
    return out


#: event types the gold codes symmetrically: both parties of a meeting are source and target (tag R)
SYMMETRIC_TYPES = frozenset({"CONSULT"})
#: and CAMEO codes of the same: a meeting announced ahead ("Erdogan will meet Mattarella"), which the
#: coder gives as an intent to meet (AGREE, 036) and the gold tags like a meeting held
SYMMETRIC_CAMEO = frozenset({"036"})


def _symmetric(event: Event) -> bool:
    # (a telephone call has a caller and the one called: the gold tags them source and target)
    return (event.event_type in SYMMETRIC_TYPES and event.mode != "phone") or event.cameo in SYMMETRIC_CAMEO \
        or _joint(event)


def _joint(event: Event) -> bool:
    """Parties acting together and on no one else ("The US and China signed an agreement", "India and
    Pakistan agreed to a ceasefire"): the coder gives them all as sources with no target, the gold tags them
    R, each the other's source and target."""
    return not event.target and len(event.source) >= 2


def _sources(event: Event) -> tuple[Actor, ...]:
    return event.source + event.target if _symmetric(event) else event.source


def _targets(event: Event) -> tuple[Actor, ...]:
    return event.target + event.source if _symmetric(event) else event.target


def _score(role: str, pairs: Iterable[tuple[set[int], set[int]]]) -> RoleScore:
    tp = fp = fn = 0
    for gold, pred in pairs:
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return RoleScore(role, tp, fp, fn)


def cameo_ner_sentences(data_dir: Path, half: str | None = None) -> list[NerSentence]:
    """The gold sentences, without those in the plover_gsr development half (rules were read on
    them); ``half`` "dev" or "test" keeps one half of the rest (a hash of the sentence's text)."""
    from dyadline.evaluation.plover_gsr import load_plover_gsr
    from dyadline.evaluation.splits import dev_texts, is_dev_id, normalise_text

    if half not in (None, "dev", "test"):
        raise DyadlineError(f"cameo_ner: half must be dev or test, not {half!r}")
    tuned_on = dev_texts((g.id, g.text) for g in load_plover_gsr(data_dir))
    gold = [s for s in load_cameo_ner(data_dir) if normalise_text(s.text) not in tuned_on]
    if half is not None:
        gold = [s for s in gold if is_dev_id("ner:" + normalise_text(s.text)) == (half == "dev")]
    return gold


def evaluate_cameo_ner(data_dir: Path, *, coder: Coder, limit: int | None = None,
                       half: str | None = None) -> CameoNerReport:
    """Score the spans; sentences that are also in the plover_gsr development half (on which
    rules were tuned) are left out, so the figure stays honest."""
    gold = cameo_ner_sentences(data_dir, half)[:limit]
    docs = [Document(id=f"ner-{i}", text=s.document_text, date=dt.date(2018, 1, 1), origin=f"cameo_ner:{i}")
            for i, s in enumerate(gold)]
    coded = {result.document_id: result for result in coder.pipe(docs)}
    pairs: dict[str, list[tuple[set[int], set[int]]]] = {"src": [], "tgt": [], "main_src": [], "main_tgt": []}
    found: list[bool] = []
    for doc, sentence in zip(docs, gold, strict=True):
        events = coded[doc.id].events
        gold_src = {i for i, r in enumerate(sentence.roles) if r in {"S", "R"}}
        gold_tgt = {i for i, r in enumerate(sentence.roles) if r in {"T", "R"}}
        asserted = [e for e in events if not e.negated]
        main = [max(asserted, key=lambda e: e.confidence)] if asserted else []
        for prefix, used in (("", events), ("main_", main)):
            pairs[prefix + "src"].append((gold_src, _role_spans(used, _sources, sentence.tokens)))
            pairs[prefix + "tgt"].append((gold_tgt, _role_spans(used, _targets, sentence.tokens)))
        found.append(bool(events))

    def three(src_key: str, tgt_key: str, keep: list[bool]) -> tuple[RoleScore, ...]:
        src = _score("source", [p for p, k in zip(pairs[src_key], keep) if k])
        tgt = _score("target", [p for p, k in zip(pairs[tgt_key], keep) if k])
        return src, tgt, RoleScore("source+target", src.tp + tgt.tp, src.fp + tgt.fp, src.fn + tgt.fn)

    every = [True] * len(gold)
    return CameoNerReport(sentences=len(gold), with_event=sum(found), scores=three("src", "tgt", every),
                          scores_found=three("src", "tgt", found),
                          main_scores=three("main_src", "main_tgt", every),
                          main_scores_found=three("main_src", "main_tgt", found))
