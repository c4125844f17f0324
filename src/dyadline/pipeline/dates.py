"""Stage: when each kept event happened.

The date expressions are the model's DATE (and TIME) entities. An event
takes the one its trigger governs: attached to the trigger ("visited ... in
May"), to a word of the trigger's phrase ("the downing of a plane by Russian
forces in February"), else the one of the clause or event it hangs on
("announced on Monday that it had expelled ...", "the downing ..., which
killed 67"). A sentence that dates an earlier decision ("announced the
decision on June 29") dates the undated main-clause event of the sentence before it.

Expressions are resolved with dateparser against the publication date, in
the past unless the event is in the future ("will visit in July"), with
precision day, week, month or year. Durations ("for two years", "recent
months") are not dates. A time told from the story's own time ("the previous
day", "two days earlier", "a week later", "that day") counts from the last day
the text named before it ("arrested on Monday ... had attacked the day
before" is Sunday); a time before it with no day named counts from the
publication date, one after it is left unresolved. Events without a date keep
the publication date (precision ``document``, set by the events stage).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from collections.abc import Collection
from typing import Protocol

from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.pipeline.candidate import Candidate
from dyadline.pipeline.doccache import sentence_of as sentence_index
from dyadline.pipeline.doccache import entities, sentences

__all__ = ["ResolvedDate", "DateStage", "resolve_date", "resolve_from", "told_from_the_story", "dates"]


_LEADING = re.compile(r"^(?:(?:on|in|at|during|since|from|by|as of|as early as|as late as|until|till|"
                      r"before|after|around|about|circa|over|the)\s+)+", re.IGNORECASE)
_FUZZY = re.compile(r"^(?:(?:earlier|later|early|late|mid|the end of|the beginning of|the start of|"
                    r"the middle of|end of|beginning of|start of|middle of|the first half of|"
                    r"the second half of)[\s-]+)+", re.IGNORECASE)
_TRAILING = re.compile(r"\s+(?:morning|afternoon|evening|night|overnight)$", re.IGNORECASE)
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|some|" \
          r"recent|the past|the last|the next|the coming|past|coming|a few|a couple of|the previous)"
_DURATION = re.compile(rf"^{_NUMBER}(?:\s+\w+)?\s+(?:days?|weeks?|months?|years?|decades?|centuries|hours?)$",
                       re.IGNORECASE)
_DECADE = re.compile(r"\b\d{2,4}'?s\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"^(" + "|".join(_WEEKDAYS) + r")$", re.IGNORECASE)
_WEEKEND = re.compile(r"^(?:the\s+|this\s+|last\s+)?weekend$", re.IGNORECASE)
#: parts of a day that name the day itself
_DAY_PARTS = {"last night": "yesterday", "overnight": "yesterday", "this morning": "today", "this afternoon": "today",
              "this evening": "today", "tonight": "today", "earlier today": "today", "earlier in the day": "today"}
_PERIODS = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year"}
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
#: words before the end of a span of time
_UNTIL = frozenset({"until", "till", "til", "pending"})
#: nouns that refer back to an earlier decision ("announced the decision on June 29")
_DECISION_NOUNS = frozenset({"decision", "move", "step", "measure", "cancellation", "suspension", "ban",
                             "announcement", "order"})
_HANG_DEPS = frozenset({"prep", "pobj", "npadvmod", "tmod", "advmod", "nmod", "compound", "amod", "appos", "pcomp"})
_NOUN_MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: a time told as gone by ("last month", "two weeks ago", "the previous day")
_PAST_TIME = re.compile(r"\b(?:last|ago|earlier|previous|before)\b", re.IGNORECASE)
#: verbs an act is the subject of that tell it happened ("a clash broke out", "the attack killed two")
_HAPPENING = frozenset({"take", "occur", "happen", "erupt", "break", "begin", "start", "continue", "resume",
                        "kill", "leave", "claim", "injure", "wound", "rock", "hit", "last", "ensue"})
_UP_DEPS = frozenset({"relcl", "ccomp", "xcomp", "conj", "advcl", "acl", "pcomp", "pobj", "prep", "dobj"})


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    date: dt.date
    precision: str  # day | week | month | year

    def iso(self) -> str:
        return self.date.isoformat()


@functools.lru_cache(maxsize=256)
def _parser(base: dt.date, prefer: str) -> DateDataParser:
    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
    })


def _clean(expression: str) -> str:
    text = " ".join(expression.replace("’", "'").split()).strip(" ,.;:")
    for _ in range(3):
        text = _FUZZY.sub("", _LEADING.sub("", text)).strip()
    return _TRAILING.sub("", text)


def _weekday(name: str, published: dt.date, future: bool) -> dt.date:
    """A bare weekday: the most recent one (today included) or, ahead, the next one."""
    target = _WEEKDAYS.index(name.lower())
    if future:
        return published + dt.timedelta(days=(target - published.weekday() - 1) % 7 + 1)
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


def resolve_date(expression: str, published: dt.date, *, future: bool = False) -> ResolvedDate | None:
    """Resolve a date expression against the publication date ("in May", "two days ago", "last Tuesday").

    Returns None for durations and for text that is not a date. Month and year
    precision give the first day of the period; week precision the Monday.
    Answers are cached: a day's articles repeat the same expressions, and
    dateparser takes a fraction of a millisecond for each.
    """
    return _resolve(expression, published, future)


@functools.lru_cache(maxsize=8192)
def _resolve(expression: str, published: dt.date, future: bool) -> ResolvedDate | None:
    text = _DAY_PARTS.get(" ".join(expression.lower().split()), None) or _clean(expression)
    if not text or _DURATION.match(text) or _DECADE.search(text) or not re.search(r"[A-Za-z]|\d{4}", text):
        return None
    if _WEEKDAY.match(text):
        return ResolvedDate(_weekday(text, published, future), "day")
    if _WEEKEND.match(text):
        saturday = _weekday("saturday", published, future)
        return ResolvedDate(saturday - dt.timedelta(days=saturday.weekday()), "week")
    if re.fullmatch(r"this (?:month|year|week)|today|tonight", text, re.IGNORECASE):
        future = False
    data = _parser(published, "future" if future else "past").get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    precision = _PERIODS.get(data.period or "day", "day")
    if precision == "month":
        day = day.replace(day=1)
        if future and day.year > published.year and day.month == published.month:
            day = day.replace(year=published.year)  # "in June" said in June is this June
    elif precision == "year":
        day = day.replace(month=1, day=1)
    elif precision == "week":
        day -= dt.timedelta(days=day.weekday())
    if abs(day.year - published.year) > 200:
        return None
    return ResolvedDate(day, precision)


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_UNIT = r"(?:day|night|morning|afternoon|evening|week|weekend|month|year)"
#: a time told from the story's own time, not from the publication date
_STORY_TIME = re.compile(
    r"^(?:"
    rf"(?:the\s+)?(?P<way1>previous|preceding|next|following)\s+(?P<unit1>{_UNIT})"
    rf"|the\s+(?P<unit2>{_UNIT})\s+(?P<way2>before|after)"
    rf"|(?P<n>\d{{1,2}}|{'|'.join(_COUNTS)})\s+(?P<unit3>{_UNIT})s?\s+(?P<way3>earlier|later|before|after)"
    rf"|(?:(?P<way4>earlier|later)\s+)?(?:that|the\s+same)\s+(?P<unit4>{_UNIT})"
    r")$", re.IGNORECASE)
_BACK = frozenset({"previous", "preceding", "before", "earlier"})
_STORY_BACK = re.compile(r"\b(?:previous|preceding|before|earlier)\b", re.IGNORECASE)
_DAY_UNITS = frozenset({"day", "night", "morning", "afternoon", "evening"})


def told_from_the_story(expression: str) -> bool:
    """True for a time told from the story's own time ("the day before", "two days later", "that day")."""
    return _STORY_TIME.match(" ".join(expression.split()).strip(" ,.;:")) is not None


def resolve_from(expression: str, reference: dt.date) -> ResolvedDate | None:
    """Resolve a time told from the story's own time against the day the story is at ("the previous
    day" of 3 May is 2 May); None for any other expression."""
    m = _STORY_TIME.match(" ".join(expression.split()).strip(" ,.;:"))
    if m is None:
        return None
    unit = next(u for u in m.group("unit1", "unit2", "unit3", "unit4") if u).lower()
    way = next((w for w in m.group("way1", "way2", "way3", "way4") if w), "same").lower()
    count = m.group("n")
    steps = 0 if way == "same" and not count else (
        int(count) if count and count.isdigit() else _COUNTS.get((count or "one").lower(), 1))
    if way in {"earlier", "later"} and not count:
        steps = 0  # "earlier that day", "later that week": the same day or week
    if way in _BACK:
        steps = -steps
    if unit in _DAY_UNITS:
        return ResolvedDate(reference + dt.timedelta(days=steps), "day")
    if unit in {"week", "weekend"}:
        day = reference + dt.timedelta(weeks=steps)
        return ResolvedDate(day - dt.timedelta(days=day.weekday()), "week")
    if unit == "month":
        months = reference.year * 12 + reference.month - 1 + steps
        return ResolvedDate(dt.date(months // 12, months % 12 + 1, 1), "month")
    return ResolvedDate(dt.date(reference.year + steps, 1, 1), "year")


_AGE = re.compile(r"\b(?:year|month|week|day)s?[- ]old\b|\baged?\b", re.IGNORECASE)


def _date_entities(sent: Span) -> list[Span]:
    """DATE and TIME entities, without ages ("a 60-year old man") or durations that name no time."""
    out = []
    for e in entities(sent.doc, sent):
        if e.label_ not in {"DATE", "TIME"}:
            continue
        after = e.doc[e.end:e.end + 2].text if e.end < len(e.doc) else ""
        if _AGE.search(e.text) or _AGE.match(after.lstrip("- ")) or after.lower().startswith(("old", "-old")):
            continue
        until = e.start - 1 if e.start > 0 and e.doc[e.start - 1].lower_ in _UNTIL else (
            e.start if e[0].lower_ in _UNTIL else None)
        if until is not None and until > sent.start:
            # "suspended talks until 2028": when it is to end, not when it was done (not a report's
            # "Until 29 April, 753 prisoners were released": the day it counts to)
            continue
        out.append(e)
    return out


def _attachment(ent: Span) -> Token | None:
    """The word a date phrase hangs on ("visited" in "visited ... in May")."""
    cur = ent.root
    for _ in range(4):
        if cur.dep_ not in _HANG_DEPS or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in {"VERB", "NOUN", "PROPN", "AUX"} and not (ent.start <= cur.i < ent.end):
            return cur
    return None if cur.i == ent.root.i else cur


def _in_phrase(tok: Token, top: Token, limit: int = 4) -> bool:
    """True if tok is top or inside top's phrase without crossing a clause."""
    cur = tok
    for _ in range(limit):
        if cur.i == top.i:
            return True
        if cur.head.i == cur.i or cur.dep_ in {"relcl", "ccomp", "advcl", "conj", "xcomp", "acl"}:
            return False
        cur = cur.head
    return cur.i == top.i


def _is_future(cand: Candidate, trigger: Token) -> bool:
    if cand.future:
        return True
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children)


def _days_ago(cand: Candidate, published: dt.date) -> int:
    """How many days before publication a candidate's day fell (-1 for a month, a year or a later day)."""
    if cand.date_precision != "day" or cand.date is None:
        return -1
    return (published - dt.date.fromisoformat(cand.date)).days


def _is_decision(tok: Token) -> bool:
    return tok.lemma_.lower() in _DECISION_NOUNS and any(d.lower_ in {"the", "this", "that"} for d in tok.children)


class _Resolver(Protocol):
    def __call__(self, ent: Span, *, future: bool = False) -> ResolvedDate | None: ...


def _story_times(sents: list[Span], published: dt.date) -> dict[int, ResolvedDate]:
    """The times told from the story's own time, by where they start: each counts from the last day named
    before it in the text ("on 3 May ... two days earlier"), or one it resolved itself; with no day named
    before, a time before counts from the publication date and one after is not resolved."""
    out: dict[int, ResolvedDate] = {}
    day: dt.date | None = None  # the story's day so far
    for sent in sents:
        for ent in _date_entities(sent):
            if told_from_the_story(ent.text):
                back = _STORY_BACK.search(ent.text) is not None
                reference = day if day is not None else (published if back else None)
                found = resolve_from(ent.text, reference) if reference is not None else None
                if found is not None:
                    out[ent.start] = found
            else:
                anchor = _attachment(ent)
                found = resolve_date(ent.text, published, future=anchor is not None and any(
                    c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in anchor.children))
            if found is not None and found.precision == "day":
                day = found.date
    return out


class DateStage:
    def __call__(self, doc: Doc) -> Doc:
        kept = [c for c in doc._.candidates or [] if c.kept]
        document = doc._.document
        published = document.date if document is not None else None
        if not kept or published is None:
            return doc
        sents = sentences(doc)
        sentence_of = {c.trigger_i: sentence_index(doc, c.trigger_i) for c in kept}
        story: dict[int, ResolvedDate] | None = None

        def resolve(ent: Span, *, future: bool = False) -> ResolvedDate | None:
            nonlocal story
            if not told_from_the_story(ent.text):
                return resolve_date(ent.text, published, future=future)
            if story is None:
                story = _story_times(sents, published)
            return story.get(ent.start)
        attached: dict[int, list[tuple[Token, Span]]] = {}

        def dated(n: int) -> list[tuple[Token, Span]]:
            if n not in attached:
                attached[n] = [(a, e) for e in _date_entities(sents[n]) if (a := _attachment(e)) is not None]
            return attached[n]

        for cand in kept:
            trigger = doc[cand.trigger_i]
            found = self._own_date(trigger, dated(sentence_of[cand.trigger_i]), resolve, _is_future(cand, trigger),
                                   others=sentence_of.keys() - {cand.trigger_i})
            if found is None and trigger.pos_ == "NOUN":
                found = self._trailing_past(trigger, sents[sentence_of[cand.trigger_i]], resolve)
            if found is not None:
                cand.date, cand.date_precision = found.iso(), found.precision
        by_trigger = {c.trigger_i: c for c in kept}
        for cand in kept:
            if cand.date is None and (purpose := next(
                    (other for c in doc[cand.trigger_i].children if c.dep_ in {"xcomp", "advcl"}
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                     and (other := by_trigger.get(c.i)) is not None and other.date is not None
                     and _days_ago(other, published) in range(8)), None)) is not None:
                # "riot police fired water cannon to break up a sit-in on Wednesday": the day the parser hung on the
                # purpose is the act's too
                cand.date, cand.date_precision = purpose.date, purpose.date_precision
        for cand in kept:
            n = sentence_of[cand.trigger_i]
            main_verb = doc[cand.trigger_i].dep_ == "ROOT" or (doc[cand.trigger_i].dep_ == "conj"
                                                                and doc[cand.trigger_i].head.dep_ == "ROOT")
            if cand.date is None and main_verb and not cand.future and n + 1 < len(sents):
                found = self._decision_date(sents[n + 1], dated(n + 1), resolve)
                if found is not None:
                    cand.date, cand.date_precision = found.iso(), found.precision
        return doc

    def _own_date(self, trigger: Token, dated: list[tuple[Token, Span]], resolve: _Resolver,
                  future: bool, *, others: Collection[int] = ()) -> ResolvedDate | None:
        tops = [trigger]
        cur = trigger
        for _ in range(3):
            # ("On 9 May, a shoot-out took place in ...": the day of the verb that tells the act happened)
            telling = cur.dep_ in {"nsubj", "nsubjpass"} and cur.head.lemma_.lower() in _HAPPENING
            if (cur.dep_ not in _UP_DEPS and not telling) or cur.head.i == cur.i:
                break
            cur = cur.head
            tops.append(cur)
        for depth, top in enumerate(tops):
            for anchor, ent in dated:
                modifier = ent.root.dep_ in _NOUN_MOD_DEPS  # "the February cyberattack" dates that noun only
                # (not "in revenge for the killing of their shepherd the night before, villagers burned three huts":
                # the date of another event inside the phrase is that event's)
                if anchor.i == top.i or (depth == 0 and not modifier and anchor.i not in others
                                         and _in_phrase(anchor, top)):
                    found = resolve(ent, future=future)
                    if found is not None:
                        return found
        return None

    @staticmethod
    def _trailing_past(noun: Token, sent: Span, resolve: _Resolver) -> ResolvedDate | None:
        """'after a brawl in the camp last week': a past time written right after an event noun's
        phrase dates it, wherever the parser hung it."""
        end = noun.right_edge.i + 1
        ent = next((e for e in _date_entities(sent) if e.start == end), None)
        if ent is None or not _PAST_TIME.search(ent.text):
            return None
        return resolve(ent)

    def _decision_date(self, sent: Span, dated: list[tuple[Token, Span]], resolve: _Resolver) -> ResolvedDate | None:
        """'The ministry announced the decision on June 29': the date of the decision before."""
        for anchor, ent in dated:
            if _is_decision(anchor) or (anchor.pos_ in {"VERB", "AUX"} and any(
                    c.dep_ in {"dobj", "nsubjpass"} and _is_decision(c) for c in anchor.children)):
                return resolve(ent)
        return None


@Language.factory("dyadline_dates")
def dates(nlp: Language, name: str) -> DateStage:
    return DateStage()
