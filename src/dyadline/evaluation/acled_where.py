"""Score event places and death tolls against ACLED (evaluation only: ACLED rows are never shipped).

Each row's ``notes`` is coded as a one-paragraph document published on its
``event_date``. Place: the most precise location among the row's coded
events (city before admin1 before country) is right if it lies within 50 km
of ACLED's coordinates; a row with no coded event or no place counts as
wrong. Fatalities: scored on the rows whose notes state the toll, that is
ACLED's count is at least 1 and written in the notes as a numeral or a
number word (after the leading "On <date>,"). ACLED codes an unknown toll as
3; such rows do not state it and are left out by the same test. The coder's
toll is that of the first of the row's events that has one: a note tells the
event it codes first, and what it tells after (a group's claim, an earlier
attack, a total over days) is background. Where the notes say ACLED split
one stated toll across several events ("Fatalities are split across 2
events (4)", "reported as half", "Two events coded at A and B"), ACLED's share of the coder's toll counts,
and so does a share ACLED wrote down ("8 fatalities coded for Oldonyiro").

Rows are split by a hash of ``data_id`` (:mod:`dyadline.evaluation.splits`);
rules were only ever checked against the development half.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dyadline.coder import Coder
from dyadline.errors import DyadlineError
from dyadline.knowledge.gazetteer import Gazetteer, km_between, load_gazetteer
from dyadline.evaluation.metrics import markdown_table
from dyadline.evaluation.splits import is_dev_id
from dyadline.records import Document, Event

__all__ = ["AcledRow", "AcledWhereReport", "load_acled", "evaluate_acled_where", "states_toll", "km_between"]

SETS = {"acled_global_2020": "acled_global_2020/acled.csv", "acled_kenya_2004_2019": "acled_kenya_2004_2019/acled_data.csv"}
_RADIUS_KM = 50.0
_PRECISION_ORDER = {"city": 0, "admin1": 1, "country": 2}
_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen twenty").split()
_LEADING_DATE = re.compile(r"^\s*(?:on|between|from)?\s*[^,]{0,40}\d{4}\s*,", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AcledRow:
    data_id: str
    dataset: str
    date: dt.date
    notes: str
    lat: float
    lon: float
    fatalities: int
    event_type: str = ""
    sub_event_type: str = ""

    @property
    def dev(self) -> bool:
        return is_dev_id(self.data_id)


def _date(value: str, dataset: str) -> dt.date:
    formats = ("%d-%b-%y",) if dataset == "acled_global_2020" else ("%d-%m-%y", "%d-%b-%y")
    for fmt in formats:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise DyadlineError(f"{dataset}: unreadable event_date {value!r}")


def load_acled(data_dir: Path, dataset: str) -> list[AcledRow]:
    """The rows with notes and coordinates (a few ACLED rows lack them and are skipped)."""
    path = Path(data_dir) / SETS[dataset]
    rows: list[AcledRow] = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if not row["notes"].strip() or not row["latitude"] or not row["longitude"]:
                    continue
                rows.append(AcledRow(row["data_id"], dataset, _date(row["event_date"], dataset), row["notes"],
                                     float(row["latitude"]), float(row["longitude"]), int(row["fatalities"] or 0),
                                     row.get("event_type", ""), row.get("sub_event_type", "")))
    except (OSError, KeyError, ValueError) as exc:
        raise DyadlineError(f"{path}: cannot read the ACLED rows: {exc}") from exc
    return rows


def states_toll(notes: str, fatalities: int) -> bool:
    """True if the notes write ACLED's (non-zero) toll as a number."""
    if fatalities < 1:
        return False
    body = _LEADING_DATE.sub("", notes, count=1).lower()
    words = {str(fatalities)}
    if fatalities < len(_NUMBER_WORDS):
        words.add(_NUMBER_WORDS[fatalities])
    if fatalities == 12:
        words.add("dozen")
    return any(re.search(rf"(?<![\w.-]){re.escape(w)}(?![\w-])", body) for w in words)


_SHARED_TOLL = re.compile(
    r"(?:split|divided|spread|distributed)(?: up)?(?: equally)? (?:across|between|among|over) (?:the )?(\w+) "
    r"(?:events|locations|frontlines|fronts|areas|districts|governorates|provinces|villages|days)|reported as (half)"
    r"|\b(\w+) events (?:were )?coded")
#: ACLED's own note of the share it coded for this row's place ("8 fatalities coded for Oldonyiro")
_CODED_SHARE = re.compile(r"\b(\d+) (?:(?:fatalities|fatality|deaths|killed) )?(?:were )?coded (?:for|at|in)\b")


def toll_share(notes: str) -> int | None:
    """ACLED's convention of splitting one stated toll across several events: across how many."""
    match = _SHARED_TOLL.search(notes.lower())
    if match is None:
        return None
    if match.group(2):
        return 2
    word = match.group(1) or match.group(3)
    if word.isdigit():
        return int(word) or None
    return _NUMBER_WORDS.index(word) if word in _NUMBER_WORDS[2:] else None


def toll_right(coded: int, notes: str, acled: int) -> bool:
    """The coder's toll equals ACLED's, or ACLED's share of it where the notes say the toll was split."""
    if coded == acled:
        return True
    if acled in {int(n) for n in _CODED_SHARE.findall(notes.lower())}:
        return True  # ACLED wrote down the share of the told toll it coded here
    share = toll_share(notes)
    return share is not None and acled in {coded // share, -(-coded // share)}


@dataclass
class _Tally:
    rows: int = 0
    with_event: int = 0
    located: int = 0
    near: int = 0
    by_precision: dict[str, list[int]] = field(default_factory=dict)  # precision -> [rows, near]
    toll_rows: int = 0
    toll_right: int = 0
    toll_rows_coded: int = 0  # of toll_rows, those with an event coded
    named_near: int = 0  # rows whose notes name some gazetteer place within the radius (the ceiling)

    def add(self, row: AcledRow, events: list[Event], named_near: bool = False) -> None:
        self.rows += 1
        self.named_near += named_near
        self.with_event += bool(events)
        places = sorted((e.location for e in events if e.location and e.location.lat is not None),
                        key=lambda p: _PRECISION_ORDER.get(p.precision or "", 3))
        if places:
            self.located += 1
            best = places[0]
            hit = km_between(row.lat, row.lon, best.lat, best.lon) <= _RADIUS_KM
            self.near += hit
            slot = self.by_precision.setdefault(best.precision or "?", [0, 0])
            slot[0] += 1
            slot[1] += hit
        if states_toll(row.notes, row.fatalities):
            self.toll_rows += 1
            self.toll_rows_coded += bool(events)
            tolls = [e.fatalities for e in events if e.fatalities is not None]
            self.toll_right += bool(tolls) and toll_right(tolls[0], row.notes, row.fatalities)


def _share(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "-"


@dataclass
class AcledWhereReport:
    tallies: dict[str, _Tally] = field(default_factory=dict)
    limit: int | None = None

    def share_near(self, key: str) -> float:
        t = self.tallies[key]
        return t.near / t.rows if t.rows else 0.0

    def share_toll(self, key: str) -> float:
        t = self.tallies[key]
        return t.toll_right / t.toll_rows if t.toll_rows else 0.0

    def markdown(self) -> str:
        rows = [[key, t.rows, _share(t.with_event, t.rows), _share(t.near, t.rows), _share(t.near, t.with_event),
                 _share(t.named_near, t.rows), _share(t.toll_right, t.toll_rows), _share(t.toll_right, t.toll_rows_coded)]
                for key, t in self.tallies.items()]
        precision = [[key, p, _share(n, r)] for key, t in self.tallies.items() for p, (r, n) in sorted(t.by_precision.items())]
        return "\n".join([
            "# ACLED: where, and how many killed",
            "",
            f"Rows per set{f' (first {self.limit})' if self.limit else ''}; place within {_RADIUS_KM:.0f} km "
            "of ACLED's coordinates over all rows; toll equal to ACLED's over rows whose notes state it. "
            "The ceiling: rows whose notes name, anywhere, some place of the gazetteer (any of its namesakes) "
            "within 50 km of ACLED's coordinates; no coder using the notes and this gazetteer can place "
            "the other rows.",
            "",
            markdown_table(["set / half", "rows", "an event coded", "place within 50 km (all rows)",
                            "place within 50 km (rows with an event)", "ceiling: a place within 50 km named",
                            "toll right (rows stating it)", "toll right (those with an event)"], rows),
            "",
            "Place within 50 km, by the precision of the place chosen:",
            "",
            markdown_table(["set / half", "precision", "within 50 km"], precision),
        ])


_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*")


def names_place_near(notes: str, lat: float, lon: float, gazetteer: Gazetteer) -> bool:
    """Whether the notes name (as a run of capitalised words, or part of one) any gazetteer place
    within the radius of a point: what a geocoder reading only the notes could at best find."""
    for run in _NAME_RUN.findall(notes):
        words = run.replace("-", " ").split()
        for size in range(min(len(words), 4), 0, -1):
            for start in range(len(words) - size + 1):
                for entry in gazetteer.lookup(" ".join(words[start:start + size])):
                    if km_between(lat, lon, entry.lat, entry.lon) <= _RADIUS_KM:
                        return True
    return False


def _documents(rows: list[AcledRow]) -> Iterator[Document]:
    for row in rows:
        yield Document(id=f"{row.dataset}:{row.data_id}", text=row.notes, date=row.date, origin=row.dataset)


def evaluate_acled_where(data_dir: Path, *, coder: Coder, limit: int | None = None, half: str | None = None,
                         datasets: tuple[str, ...] = tuple(SETS)) -> AcledWhereReport:
    """Score places and tolls on the ACLED sets (``half``: "dev", "test" or None for all rows)."""
    report = AcledWhereReport(limit=limit)
    gazetteer = load_gazetteer()
    for dataset in datasets:
        rows = load_acled(data_dir, dataset)
        if half is not None:
            rows = [r for r in rows if r.dev == (half == "dev")]
        if limit:
            rows = rows[:limit]
        keys = {"dev": f"{dataset} dev", "test": f"{dataset} test"}
        for key in (*keys.values(), f"{dataset} all"):
            report.tallies.setdefault(key, _Tally())
        for row, result in zip(rows, coder.pipe(_documents(rows))):
            events = list(result.events) if result.ok else []
            near = names_place_near(row.notes, row.lat, row.lon, gazetteer)
            report.tallies[keys["dev" if row.dev else "test"]].add(row, events, near)
            report.tallies[f"{dataset} all"].add(row, events, near)
    return report
