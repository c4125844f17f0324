"""De-duplication on hand-made cases: what merges, what must not, and order independence."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest
from store_helpers import KHARKIV, ODESA, actor, document, event, store

from dyadline.records import Event
from dyadline.settings import load_settings
from dyadline.store.dedup import DedupItem, assign_events, runs
from dyadline.store.rollups import dyad_timeline
from dyadline.store.schema import open_reader

RUS_MIL = actor("RUS", "MIL", "Russian troops")
UKR_MIL = actor("UKR", "MIL", "Ukrainian forces")
UKR_GOV = actor("UKR", "GOV", "Kyiv")


def events_of(db: Path) -> list[tuple]:
    with open_reader(db) as conn:
        return conn.execute(
            "SELECT event_id, date, source_country, source_sector, target_country, target_sector, event_type, "
            "place_name, num_mentions, num_sources, num_articles FROM events ORDER BY date, event_id"
        ).fetchall()


# ----------------------------------------------------------------------------- the pure rule


def item(mid: str, day: int, place: str = "", key: str = "dk") -> DedupItem:
    return DedupItem(mention_id=mid, group_key=key, day=day, place_key=place)


def test_runs_are_stretches_with_gaps_within_the_tolerance():
    assert runs([5, 1, 2, 9, 3, 10], tolerance=1) == [(1, 3), (5, 5), (9, 10)]
    assert runs([], tolerance=1) == []


def test_mentions_a_day_apart_merge_but_three_days_apart_do_not():
    ids = assign_events([item("a", 100), item("b", 101), item("c", 104)], tolerance=1)
    assert ids["a"] == ids["b"] != ids["c"]


def test_a_daily_series_is_not_chained_into_one_event():
    ids = assign_events([item(f"m{d}", d) for d in (1, 2, 3, 4, 5)], tolerance=1)
    assert len(set(ids.values())) == 3  # {1,2} {3,4} {5}: anchored on the first date, not chained
    assert ids["m1"] == ids["m2"] and ids["m3"] == ids["m4"] and ids["m2"] != ids["m3"]


def test_known_different_places_never_merge_and_unknown_joins_the_first():
    ids = assign_events([item("k", 10, "gK"), item("o", 10, "gO"), item("u", 10, "")], tolerance=1)
    assert ids["k"] != ids["o"]
    assert ids["u"] == ids["k"]  # "gK" sorts first: the unknown place joins the earliest compatible event


def test_groups_never_mix():
    ids = assign_events([item("a", 1, key="dx"), item("b", 1, key="dy")], tolerance=1)
    assert ids["a"] != ids["b"]


def test_week_month_and_year_dates_merge_only_within_their_period():
    for klass in ("w", "m", "y"):
        ids = assign_events([item("a", 10, key=f"{klass}k"), item("b", 10, key=f"{klass}k"),
                             item("c", 11, key=f"{klass}k")], tolerance=1)
        assert ids["a"] == ids["b"] != ids["c"], klass


def test_the_result_does_not_depend_on_input_order():
    items = [item("a", 1, "gK"), item("b", 2), item("c", 2, "gO"), item("d", 3, "gK"), item("e", 7)]
    expected = assign_events(items, tolerance=1)
    for perm in itertools.permutations(items):
        assert assign_events(list(perm), tolerance=1) == expected


# ----------------------------------------------------------------------------- in the store


def test_one_event_reported_by_three_articles_from_two_sources(tmp_path):
    db = tmp_path / "s.duckdb"
    store(db, [
        (document("a1", source="Reuters"), [event("a1", source=RUS_MIL, target=UKR_MIL, place=KHARKIV)]),
        (document("a2", source="Reuters"), [
            event("a2", source=RUS_MIL, target=UKR_MIL, date="2024-05-07"),  # a day later, place unknown
            event("a2", sentence=1, source=RUS_MIL, target=UKR_MIL, date="2024-05-07", trigger="assault"),
        ]),
        (document("a3", source="AP"), [event("a3", source=RUS_MIL, target=UKR_MIL, place=KHARKIV)]),
    ])
    rows = events_of(db)
    assert len(rows) == 1
    _, date, sc, ss, tc, ts, etype, place, mentions, sources, articles = rows[0]
    assert (date.isoformat(), sc, ss, tc, ts, etype, place) == ("2024-05-06", "RUS", "MIL", "UKR", "MIL", "ASSAULT", "Kharkiv")
    assert (mentions, sources, articles) == (4, 2, 3)
    with open_reader(db) as conn:
        kept = conn.execute("SELECT count(*), count(DISTINCT doc_id), count(event_id) FROM mentions").fetchall()[0]
    assert kept == (4, 3, 4)  # every mention keeps its document, sentence and trigger


@pytest.mark.parametrize(
    ("second", "why"),
    [
        ({"place": ODESA}, "a different known place"),
        ({"date": "2024-05-09"}, "three days later"),
        ({"event_type": "COERCE", "cameo": "173", "goldstein": -5.0}, "another PLOVER type"),
        ({"source": UKR_MIL, "target": RUS_MIL}, "the reverse direction"),
        ({"target": UKR_GOV}, "another target sector"),
        ({"precision": "month"}, "a month-precision date"),
        ({"precision": "week"}, "a week-precision date"),
    ],
)
def test_two_different_events_do_not_merge(tmp_path, second, why):
    db = tmp_path / "s.duckdb"
    first = {"source": RUS_MIL, "target": UKR_MIL, "place": KHARKIV}
    store(db, [
        (document("b1", source="Reuters"), [event("b1", **first)]),
        (document("b2", source="AP"), [event("b2", **{**first, **second})]),
    ])
    rows = events_of(db)
    assert len(rows) == 2, why
    assert all(r[8:] == (1, 1, 1) for r in rows)


def test_negated_mentions_are_kept_but_not_counted(tmp_path):
    db = tmp_path / "s.duckdb"
    store(db, [(document("n1"), [event("n1", source=RUS_MIL, target=UKR_MIL, negated=True)])])
    assert events_of(db) == []
    with open_reader(db) as conn:
        assert conn.execute("SELECT count(*), count(event_id) FROM mentions").fetchall() == [(1, 0)]


def test_mentions_without_countries_or_place_stay_apart(tmp_path):
    db = tmp_path / "s.duckdb"
    police, crowd = actor(None, "COP", "police"), actor(None, "CVL", "protesters")
    store(db, [
        (document("p1", source="X"), [event("p1", source=police, target=crowd, event_type="COERCE", cameo="173")]),
        (document("p2", source="Y"), [event("p2", source=police, target=crowd, event_type="COERCE", cameo="173")]),
    ])
    assert len(events_of(db)) == 2  # nothing tells us it is the same arrest


def test_month_precision_reports_of_adjacent_months_stay_apart(tmp_path):
    db = tmp_path / "s.duckdb"
    store(db, [
        (document("m1"), [event("m1", source=RUS_MIL, target=UKR_MIL, date="2024-04-01", precision="month")]),
        (document("m2"), [event("m2", source=RUS_MIL, target=UKR_MIL, date="2024-05-01", precision="month")]),
        (document("m3"), [event("m3", source=RUS_MIL, target=UKR_MIL, date="2024-05-01", precision="month")]),
    ])
    assert [r[8] for r in events_of(db)] == [1, 2]


def test_batches_in_any_order_give_the_same_events(tmp_path):
    reports = [
        (document("c1", source="A"), [event("c1", source=RUS_MIL, target=UKR_MIL, date="2024-05-06")]),
        (document("c2", source="B"), [event("c2", source=RUS_MIL, target=UKR_MIL, date="2024-05-07")]),
        (document("c3", source="C"), [event("c3", source=RUS_MIL, target=UKR_MIL, date="2024-05-05")]),
        (document("c4", source="A"), [event("c4", source=RUS_MIL, target=UKR_MIL, date="2024-05-08", place=KHARKIV)]),
    ]
    results = set()
    for order in ([0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]):
        db = tmp_path / f"o{''.join(map(str, order))}.duckdb"
        for i in order:  # one batch per document: the events are re-derived each time
            store(db, [reports[i]])
        results.add(tuple(events_of(db)))
    assert len(results) == 1
    (rows,) = results
    assert [r[8] for r in rows] == [2, 2]  # {05-05, 05-06} and {05-07, 05-08}


# ----------------------------------------------------------------------------- joint acts


def _joint(doc_id: str, parties: tuple, *, event_type: str = "CONSULT", cameo: str = "040") -> Event:
    """A joint act as the coder gives it: every party a source, no target ("Obama and Putin met")."""
    quad = 4 if event_type == "ASSAULT" else 1
    return replace(event(doc_id, event_type=event_type, cameo=cameo, goldstein=1.0, quad=quad, trigger="met"),
                   source=parties)


def test_parties_of_a_joint_act_are_each_others_counterparts_in_either_order(tmp_path):
    db = tmp_path / "s.duckdb"
    obama, putin = actor("USA", "GOV", "Obama"), actor("RUS", "GOV", "Putin")
    store(db, [
        (document("j1", source="Reuters"), [_joint("j1", (obama, putin))]),  # "Obama and Putin met"
        (document("j2", source="AP"), [_joint("j2", (putin, obama))]),  # "Putin and Obama met"
    ])
    rows = events_of(db)
    assert [(r[2], r[3], r[4], r[5], r[6]) for r in rows] == [("RUS", "GOV", "USA", "GOV", "CONSULT")]
    assert rows[0][8:] == (2, 2, 2)  # one meeting, reported twice
    with open_reader(db) as conn:
        timeline = dyad_timeline(conn, "USA", "RUS", freq="month", settings=load_settings())
    assert sum(p.events for d in (timeline.forward, timeline.backward) for p in d) == 1


def test_three_parties_of_a_joint_act_make_three_dyads_and_other_acts_stay_without_a_target(tmp_path):
    db = tmp_path / "s.duckdb"
    usa, rus, che = actor("USA", "GOV", "the US"), actor("RUS", "GOV", "Russia"), actor("CHE", "GOV", "Switzerland")
    store(db, [
        (document("k1"), [_joint("k1", (usa, rus, che), event_type="AGREE", cameo="030")]),
        # "Russian and Syrian jets bombed the town": two attackers, no one else named, no dyad between them
        (document("k2"), [_joint("k2", (rus, actor("SYR", "MIL", "Syrian jets")), event_type="ASSAULT", cameo="195")]),
    ])
    pairs = sorted((r[2], r[4] or "-") for r in events_of(db))
    assert pairs == [("CHE", "RUS"), ("CHE", "USA"), ("RUS", "-"), ("RUS", "USA"), ("SYR", "-")]
