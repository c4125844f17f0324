"""The ACLED place and toll scorer (ACLED rows are read from ../shared/data, never copied)."""

from __future__ import annotations

import pytest

from dyadline.evaluation.acled_where import evaluate_acled_where, km_between, states_toll, toll_right


def test_distance():
    assert abs(km_between(56.8389, 60.6057, 55.7522, 37.6156) - 1418) < 10  # Yekaterinburg - Moscow


@pytest.mark.parametrize(("notes", "toll", "stated"), [
    ("On 9 May 2020, gunmen killed 2 civilians in Kismayo.", 2, True),
    ("On 9 May 2020, three people were killed in clashes.", 3, True),
    ("On 12 March 2021, fighting was reported; the toll is not known.", 3, False),  # ACLED's 3 for an unknown toll
    ("On 3 May 2020, protesters gathered in Haifa.", 0, False),
    ("On 3 May 2020, a man was killed in Nairobi.", 1, False),
])
def test_states_toll(notes, toll, stated):
    assert states_toll(notes, toll) is stated


def test_scorer_runs_on_a_sample(coder, data_dir):
    report = evaluate_acled_where(data_dir, coder=coder, limit=60, half="dev")
    assert report.tallies["acled_global_2020 dev"].rows == 60
    assert "within 50 km" in report.markdown()


@pytest.mark.parametrize(("coded", "notes", "acled", "right"), [
    (8, "Air raids killed 8 insurgents. The deaths were split across 2 events (4 each).", 4, True),
    (10, "Ten were killed. Fatalities divided equally across three events.", 3, True),
    (10, "Ten were killed. Fatalities divided equally across three events.", 4, True),
    (7, "7 dead or injured; the toll for each place is reported as half, rounding down to 3.", 3, True),
    (10, "No source gave a toll, so 10 deaths were assumed, split up between 3 events.", 3, True),
    (10, "A death toll of 10 was assumed and split between 3 locations.", 3, True),
    (10, "With no toll reported, 10 deaths were counted and spread across two locations.", 5, True),
    (6, "Six died over a weekend of fighting; the deaths were distributed across 2 days.", 3, True),
    (8, "8 militants were killed in airstrikes.", 4, False),
    (4, "Four people were killed.", 4, True),
    (6, "The deaths were split across 2 events (4 each).", 4, False),
    (2, "Herders attacked civilians at two places, killing 2. Two events coded at A and B, with 1 fatality each.",
     1, True),
    (15, "15 killed in clashes at A and B (8 fatalities coded for A, 7 coded for B).", 8, True),
    (15, "15 killed in clashes at A and B (8 fatalities coded for A, 7 coded for B).", 7, True),
    (15, "15 killed in clashes at A and B (8 fatalities coded for A, 7 coded for B).", 6, False),
])
def test_toll_split_across_events_is_acleds_share(coded, notes, acled, right):
    assert toll_right(coded, notes, acled) is right


def test_the_ceiling_counts_rows_whose_notes_name_a_place_near_the_point():
    from dyadline.evaluation.acled_where import names_place_near
    from dyadline.knowledge.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    nairobi = (-1.2864, 36.8172)
    assert names_place_near("Police dispersed traders in Nairobi on Monday.", *nairobi, gaz)
    assert names_place_near("Clashes in Nairobi-Kisumu road area.", *nairobi, gaz)
    assert not names_place_near("Students protest over badly cooked food.", *nairobi, gaz)
    assert not names_place_near("Raiders attacked a village near Lodwar.", *nairobi, gaz)


def test_the_toll_scored_is_the_first_events(code_text):
    import datetime as dt

    from dyadline.evaluation.acled_where import AcledRow, _Tally

    notes = ("On 14 May 2016, five police officers died after their truck hit a landmine near Dadaab. "
             "Al Shabaab said it had killed 20 troops.")
    events = code_text(notes)
    assert [e.fatalities for e in events if e.fatalities is not None][:1] == [5]
    row = AcledRow(data_id="x", dataset="acled_kenya_2004_2019", date=dt.date(2016, 5, 14), notes=notes,
                   lat=0.05, lon=40.3, fatalities=5)
    tally = _Tally()
    tally.add(row, list(events))
    assert (tally.toll_rows, tally.toll_right) == (1, 1)
