"""GET /api/events and its filters, on a store whose events are known exactly (conftest.hand_store)."""

from __future__ import annotations


def events(client, **params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def dyads_of(page):
    return [(e["source"]["country"] if e["source"] else None, e["target"]["country"] if e["target"] else None)
            for e in page["items"]]


def test_a_dyad_lists_its_events_both_ways_in_date_order(hand_client):
    page = events(hand_client, dyad="RUS,UKR")
    assert page["total"] == 4
    assert [e["date"] for e in page["items"]] == ["2024-05-06", "2024-05-20", "2024-06-03", "2024-06-10"]
    assert set(dyads_of(page)) == {("RUS", "UKR"), ("UKR", "RUS")}
    # names work as well as codes, and the order of the pair does not matter
    assert events(hand_client, dyad="Ukraine,russia")["total"] == 4


def test_the_assault_reported_twice_is_one_event_with_two_reports(hand_client):
    first = events(hand_client, dyad="RUS,UKR", limit=1)["items"][0]
    assert first["event_type"] == "ASSAULT" and first["quad_class"] == 4
    assert first["num_mentions"] == 2 and first["num_sources"] == 2
    assert first["sources"] == ["AP", "Reuters"]
    assert first["place"]["name"] == "Kharkiv" and first["place"]["lat"] == 49.98
    assert first["source"] == {"country": "RUS", "country_name": "Russia", "sector": "MIL", "name": "Russian forces"}
    assert first["evidence"]["doc_id"] == "d1"  # the earliest report (ties: content hash)


def test_pages_are_disjoint_and_cover_every_event(hand_client):
    everything = events(hand_client, limit=500)
    assert everything["total"] == 6 == len(everything["items"])
    seen = []
    for offset in range(0, 6, 2):
        page = events(hand_client, limit=2, offset=offset)
        assert page["total"] == 6 and page["limit"] == 2 and page["offset"] == offset
        seen += [e["event_id"] for e in page["items"]]
    assert seen == [e["event_id"] for e in everything["items"]]
    assert events(hand_client, offset=6)["items"] == []
    newest = events(hand_client, order="desc", limit=1)["items"][0]
    assert newest["date"] == "2024-07-01"


def test_filters_by_type_quad_dates_direction_and_country(hand_client):
    assert {e["event_type"] for e in events(hand_client, type="accuse")["items"]} == {"ACCUSE"}
    assert events(hand_client, type="ACCUSE")["total"] == 2
    assert events(hand_client, quad=4)["total"] == 3  # two assaults, the arrest
    june = events(hand_client, start="2024-06-01", end="2024-06-30")
    assert [e["date"] for e in june["items"]] == ["2024-06-03", "2024-06-10", "2024-06-12"]
    assert dyads_of(events(hand_client, source="UKR")) == [("UKR", "RUS")]
    assert events(hand_client, target="UKR")["total"] == 3
    assert events(hand_client, country="KEN")["total"] == 1
    assert events(hand_client, country="Kenya", quad=1)["total"] == 0


def test_words_in_actors_sentences_and_places(hand_client):
    assert dyads_of(events(hand_client, actor="kenyan POLICE")) == [("KEN", "KEN")]
    assert events(hand_client, actor="russian forces")["total"] == 2
    assert [e["event_id"] for e in events(hand_client, q="sentence 0 of d7")["items"]] == \
        [e["event_id"] for e in events(hand_client, source="CHN")["items"]]
    assert [e["place"]["name"] for e in events(hand_client, place="odesa")["items"]] == ["Odesa"]
    assert events(hand_client, place="UKR")["total"] == 2  # the place's country code
    assert events(hand_client, place="Kharkiv Oblast")["total"] == 1  # its region


def test_search_words_are_literal_not_patterns(hand_client):
    assert events(hand_client, q="%")["total"] == 0
    assert events(hand_client, q="_")["total"] == 0
    assert events(hand_client, actor="%")["total"] == 0


def test_places_counts_events_per_located_place(hand_client):
    response = hand_client.get("/api/events/places", params={"dyad": "RUS,UKR"})
    assert response.status_code == 200
    places = {p["name"]: p for p in response.json()}
    assert set(places) == {"Kharkiv", "Odesa"}
    assert places["Kharkiv"]["events"] == 1 and places["Kharkiv"]["conflict"] == 1
    assert places["Odesa"]["lon"] == 30.73


def test_one_event_with_every_report(hand_client):
    first = events(hand_client, dyad="RUS,UKR", limit=1)["items"][0]
    response = hand_client.get(f"/api/events/{first['event_id']}")
    assert response.status_code == 200
    detail = response.json()
    assert detail["event"]["event_id"] == first["event_id"]
    assert sorted(r["doc_id"] for r in detail["reports"]) == ["d1", "d2"]
    assert all(m["event_id"] == first["event_id"] for r in detail["reports"] for m in r["marks"])


def test_an_unknown_event_is_a_404_with_its_id(hand_client):
    response = hand_client.get("/api/events/0123456789abcdef0123")
    assert response.status_code == 404
    assert response.json()["error"] == "no event '0123456789abcdef0123' in the store"
