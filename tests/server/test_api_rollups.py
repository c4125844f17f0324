"""A dyad's timeline, the top dyads, an actor's profile, the countries present, health and vocabulary."""

from __future__ import annotations

from dyadline.store.rollups import dyad_timeline, top_dyads
from dyadline.store.schema import open_reader


def get(client, url, **params):
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_timeline_is_the_cli_roll_up(hand_client, hand_store):
    body = get(hand_client, "/api/dyads/RUS/ukraine/timeline", freq="month")
    assert (body["a"], body["b"], body["a_name"], body["b_name"]) == ("RUS", "UKR", "Russia", "Ukraine")
    assert body["periods"] == ["2024-05-01", "2024-06-01"]
    may, june = body["forward"]
    assert (may["events"], may["quad_counts"], may["goldstein_sum"]) == (1, [0, 0, 0, 1], -10.0)
    assert (june["events"], june["quad_counts"], june["type_mix"]) == (2, [1, 0, 0, 1], [["ASSAULT", 1], ["CONSULT", 1]])
    assert may["mentions"] == 2  # the assault reported twice
    assert [p["events"] for p in body["backward"]] == [1, 0]
    with open_reader(hand_store) as conn:
        cli = dyad_timeline(conn, "RUS", "UKR", freq="month")
    assert [p["goldstein_mean"] for p in body["forward"]] == [p.goldstein_mean for p in cli.forward]


def test_weekly_timeline_is_dense_between_given_dates(hand_client):
    body = get(hand_client, "/api/dyads/RUS/UKR/timeline", freq="week", start="2024-05-06", end="2024-06-16")
    assert len(body["periods"]) == 6 and body["periods"][0] == "2024-05-06"
    assert [p["events"] for p in body["forward"]] == [1, 0, 0, 0, 1, 1]  # 06-03 and 06-10 are Mondays


def test_a_pair_without_events_has_an_empty_timeline(hand_client):
    body = get(hand_client, "/api/dyads/FRA/DEU/timeline")
    assert body["periods"] == [] and body["forward"] == []


def test_top_dyads_as_the_cli_lists_them(hand_client, hand_store):
    body = get(hand_client, "/api/dyads/top", top=5)
    assert [(p["a"], p["b"], p["events"]) for p in body] == [("RUS", "UKR", 4), ("CHN", "USA", 1), ("KEN", "KEN", 1)]
    assert body[0]["a_to_b"] == 3 and body[0]["b_to_a"] == 1 and body[0]["conflict"] == 3
    international = get(hand_client, "/api/dyads/top", international="true")
    assert [(p["a"], p["b"]) for p in international] == [("RUS", "UKR"), ("CHN", "USA")]
    with open_reader(hand_store) as conn:
        assert [p["goldstein_mean"] for p in body] == [p.goldstein_mean for p in top_dyads(conn, top=5)]


def test_an_actors_profile(hand_client):
    body = get(hand_client, "/api/actors/russia")
    assert (body["code"], body["name"]) == ("RUS", "Russia")
    assert (body["events_as_source"], body["events_as_target"], body["mentions"]) == (3, 1, 5)
    assert (body["first_date"], body["last_date"]) == ("2024-05-06", "2024-06-10")
    assert body["quad_counts"] == [1, 0, 1, 2]
    assert body["partners"] == [{"code": "UKR", "name": "Ukraine", "events": 4, "outgoing": 3, "incoming": 1,
                                 "goldstein_mean": -5.25, "conflict": 3}]
    assert body["event_types"][0] == ["ASSAULT", 2]
    assert body["names"] == [["Russian forces", 2], ["the Kremlin", 2]]  # as source or as target
    assert dict(body["sectors"]) == {"MIL": 2, "GOV": 2}


def test_an_actor_without_events_is_a_404(hand_client):
    response = hand_client.get("/api/actors/FRA")
    assert response.status_code == 404
    assert response.json()["error"] == "no events with FRA (France) in the store"


def test_countries_present_most_events_first(hand_client):
    body = get(hand_client, "/api/actors")
    assert body[:2] == [{"code": "RUS", "name": "Russia", "events": 4}, {"code": "UKR", "name": "Ukraine", "events": 4}]
    assert {c["code"] for c in body} == {"RUS", "UKR", "KEN", "CHN", "USA"}
    assert {c["code"] for c in get(hand_client, "/api/actors", start="2024-07-01")} == {"CHN", "USA"}


def test_health_counts_the_store(hand_client, hand_store):
    body = get(hand_client, "/api/health")
    assert body["status"] == "ok" and body["store"] == "ready"
    assert (body["documents"], body["events"]) == (7, 6)
    assert body["database"] == str(hand_store)


def test_health_before_the_first_ingest(tmp_path):
    from fastapi.testclient import TestClient

    from dyadline.server import create_app

    client = TestClient(create_app(database=tmp_path / "none.duckdb"))
    assert client.get("/api/health").json()["store"] == "missing"
    response = client.get("/api/events")
    assert response.status_code == 503
    assert "no event store here yet (run `dyadline ingest` first)" in response.json()["error"]
    assert not (tmp_path / "none.duckdb").exists()  # reading never creates the store


def test_vocabulary_lists_what_the_filters_take(hand_client):
    body = get(hand_client, "/api/vocabulary")
    assert body["event_types"]["ASSAULT"] == 4 and body["event_types"]["AGREE"] == 1
    assert body["quad_classes"]["4"] == "material conflict"
    assert body["iso_numeric"]["031"] == "AZE" and body["iso_numeric"]["643"] == "RUS"


def test_openapi_documents_every_endpoint(hand_client):
    spec = get(hand_client, "/openapi.json")
    assert set(spec["paths"]) == {
        "/api/events", "/api/events/places", "/api/events/{event_id}", "/api/dyads/top", "/api/dyads/{a}/{b}/timeline",
        "/api/actors", "/api/actors/{actor}", "/api/documents/{doc}", "/api/code", "/api/health", "/api/vocabulary",
    }
    assert spec["paths"]["/api/events"]["get"]["responses"]["400"]["content"]["application/json"]["schema"] == \
        {"$ref": "#/components/schemas/ErrorOut"}
    docs = hand_client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
