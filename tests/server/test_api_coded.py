"""The API over a store of a real coded article (the Azerbaijan–Russia example): evidence
sentences, documents with their triggers marked, and POST /api/code."""

from __future__ import annotations

import datetime as dt

from dyadline.records import Document
from dyadline.store.rollups import dyad_timeline
from dyadline.store.schema import open_reader

EXAMPLE = "examples/azerbaijan-russia.txt"


def test_every_event_shows_its_sentence_with_the_trigger_marked(example_client):
    page = example_client.get("/api/events", params={"dyad": "AZE,RUS", "limit": 500}).json()
    assert page["total"] >= 3
    for event in page["items"]:
        ev = event["evidence"]
        assert ev["doc_id"] == "azerbaijan-russia"
        assert ev["sentence"][ev["trigger_start"]:ev["trigger_end"]] == ev["trigger"]
        assert ev["trigger"] in event["triggers"]
        assert {event["source"]["country"], event["target"]["country"]} <= {"AZE", "RUS"}
    cancelled = [e for e in page["items"] if e["event_type"] == "SANCTION" and "cancel" in e["evidence"]["trigger"]]
    assert any("Overchuk" in e["evidence"]["sentence"] for e in cancelled)


def test_the_timeline_counts_the_dyads_dated_events(example_client, example_store):
    body = example_client.get("/api/dyads/AZE/RUS/timeline", params={"freq": "month"}).json()
    in_periods = sum(p["events"] for p in body["forward"] + body["backward"])
    listed = example_client.get("/api/events", params={"dyad": "AZE,RUS", "limit": 500}).json()
    assert in_periods == sum(1 for e in listed["items"] if e["date"])
    with open_reader(example_store) as conn:
        cli = dyad_timeline(conn, "AZE", "RUS", freq="month")
    assert body["periods"] == [p.isoformat() for p in cli.periods]
    assert [p["quad_counts"] for p in body["forward"]] == [list(p.quad_counts) for p in cli.forward]


def test_the_document_shows_its_coded_sentences_in_order(example_client):
    page = example_client.get("/api/events", params={"limit": 500}).json()
    key = page["items"][0]["evidence"]["doc_key"]
    by_key = example_client.get(f"/api/documents/{key}")
    by_id = example_client.get("/api/documents/azerbaijan-russia")
    assert by_key.status_code == by_id.status_code == 200 and by_key.json() == by_id.json()
    doc = by_key.json()
    assert doc["title"] == "Azerbaijan Suspends All Cultural Events with Russia Over Alleged Extrajudicial Killings"
    assert doc["pub_date"] == "2025-06-30"
    indexes = [s["sentence_index"] for s in doc["sentences"]]
    assert indexes == sorted(indexes) and len(set(indexes)) == len(indexes)
    for sentence in doc["sentences"]:
        for mark in sentence["marks"]:
            assert sentence["sentence"][mark["start"]:mark["end"]] == mark["trigger"]
    marked_events = {m["event_id"] for s in doc["sentences"] for m in s["marks"] if m["event_id"]}
    assert {e["event_id"] for e in page["items"]} <= marked_events
    negated = [m for s in doc["sentences"] for m in s["marks"] if m["negated"] or m["hypothetical"]]
    assert all(m["event_id"] is None for m in negated)  # stored, not counted


def test_an_unknown_document_is_a_404(example_client):
    response = example_client.get("/api/documents/nothing-here")
    assert response.status_code == 404
    assert "no document 'nothing-here' in the store" in response.json()["error"]


def test_code_returns_what_the_coder_finds_and_stores_nothing(example_client, shared_dir, coder):
    text = (shared_dir / EXAMPLE).read_text(encoding="utf-8")
    before = example_client.get("/api/health").json()
    response = example_client.post("/api/code", json={"text": text})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["date"] == "2025-06-30"  # from the Published: header
    assert body["title"].startswith("Azerbaijan Suspends All Cultural Events")
    expected = coder.code(Document(id="x", text=text, date=dt.date(2025, 6, 30), origin="x"))
    assert body["count"] == len(body["events"]) == len(expected)
    assert [e["event_type"] for e in body["events"]] == [e.event_type for e in expected]
    for event in body["events"]:
        start, end = event["trigger_in_sentence"]
        assert event["sentence"][start:end] == event["trigger"]["text"]
    assert example_client.get("/api/health").json() == before


def test_code_takes_a_date_and_codes_short_texts(example_client):
    response = example_client.post("/api/code", json={"text": "Russian troops attacked Ukrainian positions near Kharkiv.",
                                                      "date": "2024-05-06"})
    assert response.status_code == 200
    [event] = response.json()["events"]
    assert (event["event_type"], event["date"]) == ("ASSAULT", "2024-05-06")
    assert [a["country"] for a in event["source"]] == ["RUS"] and [a["country"] for a in event["target"]] == ["UKR"]
    assert event["sentence"][slice(*event["trigger_in_sentence"])] == "attacked"
