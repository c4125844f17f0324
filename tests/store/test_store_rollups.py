"""Roll-up figures on hand-made events: per period, both directions, shifts, top pairs."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from store_helpers import actor, document, event, store

from dyadline.settings import load_settings
from dyadline.store.rollups import dyad_timeline, period_range, top_dyads
from dyadline.store.schema import open_reader
from dyadline.store.shifts import conflict_shifts, goldstein_shifts, poisson_upper_tail

RUS, UKR, USA = actor("RUS", "GOV", "Moscow"), actor("UKR", "GOV", "Kyiv"), actor("USA", "GOV", "Washington")
KINDS = {  # PLOVER type: (CAMEO, Goldstein, quad class)
    "CONSULT": ("040", 1.0, 1),
    "AID": ("070", 7.0, 2),
    "ACCUSE": ("111", -2.0, 3),
    "ASSAULT": ("190", -10.0, 4),
}


def ev(doc: str, day: str, kind: str, source=RUS, target=UKR):  # noqa: ANN001, ANN201
    cameo, goldstein, quad = KINDS[kind]
    return event(doc, source=source, target=target, event_type=kind, cameo=cameo, goldstein=goldstein,
                 quad=quad, date=day)


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "r.duckdb"
    items = [
        ("d1", "2024-01-03", "CONSULT", RUS, UKR),
        ("d2", "2024-01-10", "ACCUSE", RUS, UKR),
        ("d3", "2024-01-20", "ASSAULT", RUS, UKR),
        ("d4", "2024-01-20", "ACCUSE", UKR, RUS),
        ("d5", "2024-03-05", "AID", RUS, UKR),
        ("d6", "2024-03-05", "CONSULT", USA, UKR),  # another dyad
    ]
    store(path, [(document(d, source="S", date=day), [ev(d, day, kind, s, t)]) for d, day, kind, s, t in items])
    store(path, [(document("d7", source="T", date="2024-01-21"), [ev("d7", "2024-01-21", "ASSAULT")])])  # same as d3
    return path


def test_timeline_per_month_in_both_directions(db):
    with open_reader(db) as conn:
        t = dyad_timeline(conn, "RUS", "UKR", freq="month", settings=load_settings())
    assert [p.period for p in t.forward] == [dt.date(2024, 1, 1), dt.date(2024, 2, 1), dt.date(2024, 3, 1)]
    jan, feb, mar = t.forward
    assert jan.events == 3 and jan.quad_counts == (1, 0, 1, 1)
    assert jan.goldstein_sum == pytest.approx(1.0 - 2.0 - 10.0)
    assert jan.goldstein_mean == pytest.approx(-11.0 / 3)
    assert jan.type_mix == (("ACCUSE", 1), ("ASSAULT", 1), ("CONSULT", 1))
    assert jan.mentions == 4  # the assault was reported twice
    assert feb.events == 0 and feb.goldstein_mean is None  # dense: the empty month is listed
    assert mar.events == 1 and mar.quad_counts == (0, 1, 0, 0) and mar.goldstein_mean == pytest.approx(7.0)
    back = t.backward
    assert [p.events for p in back] == [1, 0, 0] and back[0].quad_counts == (0, 0, 1, 0)
    assert (back[0].source, back[0].target) == ("UKR", "RUS")


def test_timeline_bounds_and_weeks(db):
    with open_reader(db) as conn:
        t = dyad_timeline(conn, "RUS", "UKR", freq="week", start=dt.date(2024, 1, 8), end=dt.date(2024, 1, 21),
                          settings=load_settings())
    assert [p.period.isoformat() for p in t.forward] == ["2024-01-08", "2024-01-15"]  # Mondays
    assert [p.events for p in t.forward] == [1, 1]


def test_top_dyads_counts_both_directions(db):
    with open_reader(db) as conn:
        pairs = top_dyads(conn, top=5)
    assert [(p.a, p.b, p.events, p.a_to_b, p.b_to_a) for p in pairs] == [("RUS", "UKR", 5, 4, 1), ("UKR", "USA", 1, 0, 1)]
    assert pairs[0].conflict == 3 and pairs[0].mentions == 6


def test_period_range_months_cross_years():
    months = period_range(dt.date(2023, 11, 15), dt.date(2024, 2, 1), "month")
    assert [m.isoformat() for m in months] == ["2023-11-01", "2023-12-01", "2024-01-01", "2024-02-01"]


def test_poisson_upper_tail_matches_the_closed_form():
    rate = 2.0
    cdf = sum(math.exp(-rate) * rate**i / math.factorial(i) for i in range(5))
    assert poisson_upper_tail(5, rate) == pytest.approx(1 - cdf, rel=1e-9)
    assert poisson_upper_tail(0, rate) == 1.0


def test_a_sharp_turn_to_conflict_is_flagged_by_both_tests():
    means = [3.0, 3.5, 2.5, 3.0, 3.2, -8.0]
    counts = [4, 4, 4, 4, 4, 6]
    conflict = [0, 1, 0, 0, 1, 6]
    g = goldstein_shifts(means, counts, window=8, min_periods=3, min_events=3, z_threshold=2.5, min_sd=0.5)
    c = conflict_shifts(conflict, window=8, min_periods=3, alpha=0.01)
    assert g[:5] == [None] * 5 and g[5] is not None and g[5].label == "cooler" and g[5].statistic < -2.5
    assert c[:5] == [None] * 5 and c[5] is not None and c[5].label == "conflict surge" and c[5].statistic < 0.01


def test_no_flag_without_enough_history_or_events():
    g = goldstein_shifts([3.0, -9.0], [5, 5], window=8, min_periods=3, min_events=3, z_threshold=2.5, min_sd=0.5)
    assert g == [None, None]
    g = goldstein_shifts([3.0, 3.0, 3.0, -9.0], [5, 5, 5, 1], window=8, min_periods=3, min_events=3,
                         z_threshold=2.5, min_sd=0.5)
    assert g[3] is None  # one event is too few to call a shift


def test_timeline_flags_the_shift_in_the_store(tmp_path):
    path = tmp_path / "shift.duckdb"
    items = []
    for month in range(1, 7):  # five calm months, then a month of assaults
        for k, day in enumerate((3, 9, 15, 21)):
            kind = "ASSAULT" if month == 6 else ("CONSULT", "AID")[k % 2]
            d = f"m{month}-{day}"
            items.append((document(d, date=f"2024-{month:02d}-{day:02d}"), [ev(d, f"2024-{month:02d}-{day:02d}", kind)]))
    store(path, items)
    with open_reader(path) as conn:
        t = dyad_timeline(conn, "RUS", "UKR", freq="month", settings=load_settings())
    flagged = [p.period.month for p in t.forward if p.shifts]
    assert flagged == [6]
    assert {s.test for s in t.forward[-1].shifts} == {"goldstein-z", "conflict-poisson"}


def test_top_dyads_can_leave_out_domestic_pairs_and_take_bounds(tmp_path):
    path = tmp_path / "t.duckdb"
    kenya_police, kenya_people = actor("KEN", "COP", "police"), actor("KEN", "CVL", "protesters")
    store(path, [
        (document("k1", date="2024-02-01"), [ev("k1", "2024-02-01", "ASSAULT", kenya_police, kenya_people)]),
        (document("k2", date="2024-02-05"), [ev("k2", "2024-02-05", "ASSAULT", kenya_police, kenya_people)]),
        (document("k3", date="2024-03-01"), [ev("k3", "2024-03-01", "CONSULT", USA, RUS)]),
    ])
    with open_reader(path) as conn:
        assert [(p.a, p.b) for p in top_dyads(conn)] == [("KEN", "KEN"), ("RUS", "USA")]
        assert [(p.a, p.b) for p in top_dyads(conn, international=True)] == [("RUS", "USA")]
        assert [(p.a, p.b, p.events) for p in top_dyads(conn, start=dt.date(2024, 2, 3))] == [("KEN", "KEN", 1), ("RUS", "USA", 1)]
        assert top_dyads(conn, end=dt.date(2024, 1, 31)) == []
