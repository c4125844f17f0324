"""Exports' columns and values, from hand-built events."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pyarrow.parquet as pq
import pytest
from store_helpers import KHARKIV, actor, document, event, store

from dyadline.errors import ExportError
from dyadline.records import Place
from dyadline.store.export_acled import ACLED_COLUMNS
from dyadline.store.export_gdelt import GDELT_EVENT_COLUMNS
from dyadline.store.export_plover import PLOVER_FIELDS
from dyadline.store.exports import export_store
from dyadline.store.schema import open_reader

NAIROBI = Place("Nairobi", "KEN", "Nairobi County", -1.2833, 36.8167, 184745, "city")


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "x.duckdb"
    store(path, [
        (document("g1", source="Reuters"), [event("g1", source=actor("RUS", "MIL", "Russian troops"),
                                                  target=actor("UKR", "CVL", "civilians"), place=KHARKIV,
                                                  mode="firearms", fatalities=3)]),
        (document("g2", source="AP", date="2024-05-07"), [event("g2", source=actor("RUS", "MIL", "Russian troops"),
                                             target=actor("UKR", "CVL", "villagers"), place=KHARKIV,
                                             mode="firearms", fatalities=5)]),
        (document("g3", source="Nation", date="2024-05-08"), [
            event("g3", source=actor("KEN", "CVL", "protesters"), event_type="PROTEST", mode="demo", cameo="141",
                  goldstein=-6.5, quad=4, date="2024-05-08", place=NAIROBI, trigger="marched"),
            event("g3", sentence=1, source=actor("EU", "IGO", "The European Union"), target=actor("KEN", "GOV", "Kenya"),
                  event_type="REQUEST", cameo="1041", goldstein=-5.0, quad=3, date="2024-05-08", trigger="urged"),
        ]),
    ])
    return path


def export(db, fmt, out, **kw):  # noqa: ANN001, ANN201
    with open_reader(db) as conn:
        return export_store(conn, fmt=fmt, out=out, **kw)


def test_gdelt_has_the_61_event_table_columns_in_order(data_dir, db, tmp_path):
    with open(data_dir / "formats" / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv", encoding="utf-8") as f:
        reference = [row["tableId"] for row in csv.DictReader(f)]
    assert list(GDELT_EVENT_COLUMNS) == reference and len(reference) == 61
    out = tmp_path / "e.tsv"
    assert export(db, "gdelt", out) == 3
    rows = [dict(zip(GDELT_EVENT_COLUMNS, r, strict=True)) for r in csv.reader(out.open(encoding="utf-8"), delimiter="\t")]
    attack = next(r for r in rows if r["EventRootCode"] == "19")
    assert (attack["SQLDATE"], attack["MonthYear"], attack["Year"], attack["FractionDate"]) == ("20240506", "202405", "2024", "2024.4274")
    assert (attack["Actor1Code"], attack["Actor1Name"], attack["Actor1CountryCode"], attack["Actor1Type1Code"]) == ("RUSMIL", "RUSSIA", "RUS", "MIL")
    assert (attack["Actor2Code"], attack["Actor2CountryCode"]) == ("UKRCVL", "UKR")
    assert (attack["EventCode"], attack["EventBaseCode"], attack["QuadClass"], attack["GoldsteinScale"]) == ("190", "190", "4", "-10")
    assert (attack["NumMentions"], attack["NumSources"], attack["NumArticles"], attack["IsRootEvent"]) == ("2", "2", "2", "1")
    assert (attack["ActionGeo_Type"], attack["ActionGeo_CountryCode"], attack["ActionGeo_FeatureID"]) == ("4", "UP", "706483")
    assert attack["ActionGeo_FullName"] == "Kharkiv, Kharkiv Oblast, Ukraine" and attack["SOURCEURL"] == "g1.txt"
    request = next(r for r in rows if r["EventCode"] == "1041")
    assert (request["EventBaseCode"], request["EventRootCode"]) == ("104", "10")
    assert (request["Actor1CountryCode"], request["Actor1KnownGroupCode"]) == ("", "EU")
    assert all(len(r) == 61 for r in rows)


def test_acled_uses_acleds_columns_and_maps_types(data_dir, db, tmp_path):
    with open(data_dir / "acled_global_2020" / "acled.csv", encoding="utf-8") as f:
        header = next(csv.reader(f))  # only the header line is read
    assert list(ACLED_COLUMNS) == [*header, "disorder_type", "civilian_targeting", "tags"]
    out = tmp_path / "a.csv"
    export(db, "acled", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    attack = next(r for r in rows if r["actor1"] == "Military Forces of Russia")
    assert (attack["event_type"], attack["sub_event_type"], attack["disorder_type"]) == (
        "Violence against civilians", "Attack", "Political violence")
    assert (attack["actor2"], attack["inter1"], attack["inter2"], attack["interaction"]) == ("Civilians (Ukraine)", "1", "7", "17")
    assert (attack["country"], attack["iso"], attack["iso3"], attack["fatalities"]) == ("Ukraine", "804", "UKR", "5")
    assert (attack["location"], attack["geo_precision"], attack["source"]) == ("Kharkiv", "1", "AP; Reuters")
    assert attack["civilian_targeting"] == "Civilian targeting" and attack["event_date"] == "2024-05-06"
    protest = next(r for r in rows if r["sub_event_type"] == "Peaceful protest")
    assert (protest["actor1"], protest["inter1"], protest["interaction"], protest["country"]) == (
        "Protesters (Kenya)", "6", "60", "Kenya")
    request = next(r for r in rows if r["actor1"] == "The European Union")
    assert request["event_type"] == "" and request["sub_event_type"] == ""  # no ACLED type for a verbal demand


def test_plover_jsonl_has_plovers_fields(db, tmp_path):
    out = tmp_path / "p.jsonl"
    export(db, "plover", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3
    for record in records:
        assert list(record)[: len(PLOVER_FIELDS)] == list(PLOVER_FIELDS)
    attack = next(r for r in records if r["event"] == ["ASSAULT"])
    assert attack["actor"] == [{"code": "RUS", "sector": "MIL", "actor_text": "Russian troops"}]
    assert attack["recipient"][0]["code"] == "UKR" and attack["mode"] == "firearms"
    assert (attack["quad_code"], attack["event_scale"], attack["num_mentions"]) == (4, -10.0, 2)
    assert attack["event_loc"]["geonameid"] == 706483 and attack["event_loc"]["country code"] == "UA"
    assert attack["event_text"] == ["attacked"] and attack["date"] == "2024-05-06"


def test_parquet_and_csv_hold_the_stored_tables(db, tmp_path):
    with open_reader(db) as conn:
        event_columns = [r[0] for r in conn.execute("DESCRIBE events").fetchall()]
        mention_columns = [r[0] for r in conn.execute("DESCRIBE mentions").fetchall()]
    assert export(db, "parquet", tmp_path / "e.parquet") == 3
    assert pq.read_table(tmp_path / "e.parquet").column_names == event_columns
    assert export(db, "csv", tmp_path / "m.csv", table="mentions") == 4
    with open(tmp_path / "m.csv", encoding="utf-8") as f:
        assert next(csv.reader(f)) == mention_columns
    assert export(db, "parquet", tmp_path / "m.parquet", table="mentions") == 4


def test_exports_honour_the_date_range(db, tmp_path):
    assert export(db, "plover", tmp_path / "p.jsonl", start=dt.date(2024, 5, 7)) == 2
    assert export(db, "csv", tmp_path / "e.csv", end=dt.date(2024, 5, 6)) == 1


def test_unknown_formats_and_mismatched_tables_are_refused(db, tmp_path):
    with pytest.raises(ExportError, match="unknown export format"):
        export(db, "xml", tmp_path / "x")
    with pytest.raises(ExportError, match="holds events"):
        export(db, "gdelt", tmp_path / "x", table="mentions")
    with pytest.raises(ExportError, match="cannot write"):
        export(db, "plover", tmp_path / "no" / "such" / "dir.jsonl")
