"""De-duplication: many articles, one event.

The rule (docs/store.md explains it with examples):

* Mentions can be one event only if they share the **group**: the same source
  country and sector, the same target country and sector, the same PLOVER
  event type, and the same date class (day, week, month or year precision;
  the group key starts with the class's letter).
  Negated and hypothetical mentions are stored but never counted. A mention
  with no date, or with neither a source nor a target country and no known
  place, has nothing to anchor a match on: it is an event of its own.
* Within a group, mentions are taken in date order (known places before
  unknown ones on the same day, then by id). Each joins the earliest open
  event whose **first date** is at most ``tolerance`` days earlier (for a
  week, month or year class: the same week, month or year) and whose place is
  compatible (the same place, or either unknown;
  an event without a place takes the first known place that joins it);
  otherwise it opens a new event. Anchoring on the first date, not chaining,
  keeps a daily series of like events from collapsing into one.
* The result depends only on the set of mentions, never on the order or the
  batches in which documents arrived, so an interrupted ingest that is run
  again ends with exactly the events of a clean run. Event ids are derived
  from the group, the first date and the place.

After each batch only the affected **runs** are recomputed: within a group, a
run is a maximal stretch of dates with gaps of at most ``tolerance``; no
event crosses a run boundary, so runs without new mentions stay as they are.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from dyadline.store.model import Mention
from dyadline.store.schema import DYAD_KEY_SQL

__all__ = ["DedupItem", "assign_events", "group_tolerance", "recluster", "runs", "singleton_event_id"]


@dataclass(frozen=True, slots=True)
class DedupItem:
    """What the rule looks at in a mention."""

    mention_id: str
    group_key: str
    day: int
    place_key: str


@dataclass(slots=True)
class _Cluster:
    anchor: int
    place: str
    members: list[str] = field(default_factory=list)


def _event_id(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:20]


def singleton_event_id(mention_id: str) -> str:
    """The event id of a mention that cannot merge with any other."""
    return _event_id("single", mention_id)


def group_tolerance(group_key: str, tolerance: int) -> int:
    """The tolerance of a group: ``tolerance`` days for day-class groups, 0 (the same period) otherwise."""
    return tolerance if group_key.startswith("d") else 0


def runs(days: Iterable[int], tolerance: int) -> list[tuple[int, int]]:
    """Maximal (first, last) stretches of the sorted distinct days with gaps of at most ``tolerance``."""
    out: list[tuple[int, int]] = []
    for day in sorted(set(days)):
        if out and day - out[-1][1] <= tolerance:
            out[-1] = (out[-1][0], day)
        else:
            out.append((day, day))
    return out


def _compatible(cluster_place: str, place: str) -> bool:
    return not cluster_place or not place or cluster_place == place


def assign_events(items: Iterable[DedupItem], *, tolerance: int) -> dict[str, str]:
    """Map each mention id to its event id (see the module docstring for the rule)."""
    groups: dict[str, list[DedupItem]] = defaultdict(list)
    for item in items:
        groups[item.group_key].append(item)
    assignment: dict[str, str] = {}
    for key, members in groups.items():
        window = group_tolerance(key, tolerance)
        members.sort(key=lambda m: (m.day, m.place_key == "", m.place_key, m.mention_id))
        clusters: list[_Cluster] = []
        first_open = 0
        for item in members:
            while first_open < len(clusters) and item.day - clusters[first_open].anchor > window:
                first_open += 1
            target = next(
                (c for c in clusters[first_open:] if _compatible(c.place, item.place_key)),
                None,
            )
            if target is None:
                target = _Cluster(anchor=item.day, place=item.place_key)
                clusters.append(target)
            elif not target.place:
                target.place = item.place_key
            target.members.append(item.mention_id)
        seen: dict[tuple[int, str], int] = defaultdict(int)
        for cluster in clusters:
            n = seen[(cluster.anchor, cluster.place)]
            seen[(cluster.anchor, cluster.place)] += 1
            event_id = _event_id(key, cluster.anchor, cluster.place, n)
            for mention_id in cluster.members:
                assignment[mention_id] = event_id
    return assignment


# ----------------------------------------------------------------------------- in the store

_AGGREGATE = """
WITH m AS (
    SELECT m.*, d.url AS doc_url, d.origin AS doc_origin, d.pub_date, d.ingested_at,
        coalesce(m.source_name, m.source_text) AS src_label,
        coalesce(m.target_name, m.target_text) AS tgt_label,
        count(*) OVER (PARTITION BY m.event_id, m.cameo) AS cameo_n,
        count(*) OVER (PARTITION BY m.event_id, m.mode) AS mode_n,
        count(*) OVER (PARTITION BY m.event_id, coalesce(m.source_name, m.source_text)) AS src_n,
        count(*) OVER (PARTITION BY m.event_id, coalesce(m.target_name, m.target_text)) AS tgt_n
    FROM mentions m JOIN documents d ON d.doc_key = m.doc_key
    WHERE m.event_id IN (SELECT event_id FROM dedup_new_ids)
)
SELECT event_id,
    min(date) AS date,
    first(date_precision ORDER BY date, mention_id) AS date_precision,
    any_value(source_country) AS source_country,
    any_value(source_sector) AS source_sector,
    first(src_label ORDER BY src_label IS NULL, src_n DESC, src_label) AS source_name,
    any_value(target_country) AS target_country,
    any_value(target_sector) AS target_sector,
    first(tgt_label ORDER BY tgt_label IS NULL, tgt_n DESC, tgt_label) AS target_name,
    any_value(event_type) AS event_type,
    first(mode ORDER BY mode IS NULL, mode_n DESC, mode) AS mode,
    first(cameo ORDER BY cameo_n DESC, cameo, mention_id) AS cameo,
    first(goldstein ORDER BY cameo_n DESC, cameo, mention_id) AS goldstein,
    first(quad_class ORDER BY cameo_n DESC, cameo, mention_id) AS quad_class,
    {place}
    max(fatalities) AS fatalities,
    count(*) AS num_mentions,
    count(DISTINCT news_source) AS num_sources,
    count(DISTINCT doc_key) AS num_articles,
    first(in_lead ORDER BY {report_order}) AS is_root,
    first(doc_id ORDER BY {report_order}) AS first_doc_id,
    first(coalesce(doc_url, doc_origin) ORDER BY {report_order}) AS first_url,
    first(sentence ORDER BY {report_order}) AS first_sentence,
    any_value(group_key) AS group_key,
    min(ingested_at) AS added_at
FROM m GROUP BY event_id
"""
_REPORT_ORDER = "pub_date NULLS LAST, doc_key, sentence_index, trigger_start, mention_id"
_PLACE_ORDER = "place_key = '', pub_date NULLS LAST, doc_key, mention_id"
_PLACE_FIELDS = ("place_name", "place_country", "place_admin1", "place_lat", "place_lon", "place_geonameid", "place_precision")
AGGREGATE_SQL = "SELECT *, {key} AS dyad_key FROM ({inner}) aggregated".format(
    key=DYAD_KEY_SQL,
    inner=_AGGREGATE.format(
        place="".join(f"first({f} ORDER BY {_PLACE_ORDER}) AS {f},\n    " for f in _PLACE_FIELDS),
        report_order=_REPORT_ORDER,
    ),
)


def _affected_windows(conn: duckdb.DuckDBPyConnection, new: Sequence[Mention], tolerance: int) -> pa.Table:
    """(group_key, lo, hi) of every run that holds a new mention."""
    new_days: dict[str, set[int]] = defaultdict(set)
    for m in new:
        if m.group_key is not None and m.dedup_day is not None:
            new_days[m.group_key].add(m.dedup_day)
    keys = pa.table({"group_key": pa.array(sorted(new_days), pa.string())})
    conn.register("dedup_keys", keys)
    rows = conn.execute(
        "SELECT group_key, dedup_day FROM mentions "
        "WHERE group_key IN (SELECT group_key FROM dedup_keys) GROUP BY ALL"
    ).fetchall()
    conn.unregister("dedup_keys")
    all_days: dict[str, list[int]] = defaultdict(list)
    for key, day in rows:
        all_days[key].append(day)
    windows: dict[str, list] = {"group_key": [], "lo": [], "hi": []}
    for key, days in all_days.items():
        for lo, hi in runs(days, group_tolerance(key, tolerance)):
            if any(lo <= d <= hi for d in new_days[key]):
                windows["group_key"].append(key)
                windows["lo"].append(lo)
                windows["hi"].append(hi)
    return pa.table({
        "group_key": pa.array(windows["group_key"], pa.string()),
        "lo": pa.array(windows["lo"], pa.int32()),
        "hi": pa.array(windows["hi"], pa.int32()),
    })


def recluster(conn: duckdb.DuckDBPyConnection, new: Sequence[Mention], *, tolerance: int) -> int:
    """Re-derive the events touched by newly inserted mentions (inside the caller's transaction).

    Returns the number of events written.
    """
    windows = _affected_windows(conn, new, tolerance)
    conn.register("dedup_windows", windows)
    fetched = conn.execute(
        "SELECT m.mention_id, m.group_key, m.dedup_day, m.place_key, m.event_id FROM mentions m "
        "JOIN dedup_windows w ON m.group_key = w.group_key AND m.dedup_day BETWEEN w.lo AND w.hi"
    ).fetchall()
    conn.unregister("dedup_windows")
    items = [DedupItem(mid, key, day, place) for mid, key, day, place, _ in fetched]
    assignment = assign_events(items, tolerance=tolerance)
    for m in new:
        if m.countable and m.group_key is None:
            assignment[m.mention_id] = singleton_event_id(m.mention_id)
    if not assignment:
        return 0
    old_ids = {event_id for *_, event_id in fetched if event_id is not None}
    new_ids = set(assignment.values())
    conn.register("dedup_assign", pa.table({
        "mention_id": pa.array(list(assignment), pa.string()),
        "event_id": pa.array(list(assignment.values()), pa.string()),
    }))
    conn.register("dedup_stale_ids", pa.table({"event_id": pa.array(sorted(old_ids | new_ids), pa.string())}))
    conn.register("dedup_new_ids", pa.table({"event_id": pa.array(sorted(new_ids), pa.string())}))
    try:
        conn.execute(
            "UPDATE mentions SET event_id = a.event_id FROM dedup_assign a WHERE mentions.mention_id = a.mention_id"
        )
        conn.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM dedup_stale_ids)")
        conn.execute(f"INSERT INTO events BY NAME {AGGREGATE_SQL}")
    finally:
        for name in ("dedup_assign", "dedup_stale_ids", "dedup_new_ids"):
            conn.unregister(name)
    return len(new_ids)
