"""Bad requests get a 4xx with a message naming the problem, never a 500; text parameters are
data, never SQL; POST /api/code is limited in size and rate; no CORS unless asked for."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from dyadline.server import create_app
from dyadline.settings import load_settings

INJECTIONS = [
    "' OR '1'='1",
    "RUS' OR 1=1 --",
    "x'); DROP TABLE events; --",
    "1; DELETE FROM events",
    "' UNION SELECT doc_key, doc_id FROM documents --",
    "%' OR '%'='",
    "\\'; --",
    "RUS\x00",
]
TEXT_PARAMETERS = ["country", "dyad", "source", "target", "actor", "type", "q", "place"]
PATHS = ["/api/dyads/{}/RUS/timeline", "/api/dyads/RUS/{}/timeline", "/api/actors/{}", "/api/documents/{}",
         "/api/events/{}"]


def store_size(client) -> tuple[int, int]:
    body = client.get("/api/health").json()
    return body["documents"], body["events"]


@pytest.mark.parametrize("parameter", TEXT_PARAMETERS)
def test_sql_in_a_query_parameter_is_only_a_value(hand_client, parameter):
    before = store_size(hand_client)
    for payload in INJECTIONS:
        response = hand_client.get("/api/events", params={parameter: payload})
        assert response.status_code in (200, 400), (payload, response.text)
        if response.status_code == 200:  # searched for literally: nothing has these words
            assert response.json()["total"] == 0, payload
        else:
            assert response.json()["error"].startswith(f"parameter {parameter!r}")
        places = hand_client.get("/api/events/places", params={parameter: payload})
        assert places.status_code in (200, 400) and (places.status_code == 400 or places.json() == [])
    assert store_size(hand_client) == before


@pytest.mark.parametrize("path", PATHS)
def test_sql_in_a_path_parameter_is_only_a_value(hand_client, path):
    before = store_size(hand_client)
    for payload in INJECTIONS:
        response = hand_client.get(path.format(quote(payload, safe="")))
        assert response.status_code in (400, 404), (payload, response.text)
        assert response.json()["error"]
    assert store_size(hand_client) == before


def test_sql_in_a_pasted_article_is_only_text(example_client):
    before = store_size(example_client)
    response = example_client.post("/api/code", json={"text": "x'); DROP TABLE events; -- Russia attacked Ukraine."})
    assert response.status_code == 200
    assert store_size(example_client) == before


@pytest.mark.parametrize(("url", "status", "message"), [
    ("/api/events?quad=5", 422, "query parameter 'quad': Input should be less than or equal to 4 (got '5')"),
    ("/api/events?quad=x", 422, "query parameter 'quad': Input should be a valid integer"),
    ("/api/events?start=2024-13-01", 422, "query parameter 'start': Input should be a valid date"),
    ("/api/events?start=2024-06-01&end=2024-05-01", 400, "parameter 'start' (2024-06-01) is after 'end' (2024-05-01)"),
    ("/api/events?limit=0", 422, "query parameter 'limit': Input should be greater than or equal to 1"),
    ("/api/events?limit=501", 400, "parameter 'limit': 501 is over the page size limit 500 (setting server_page_max)"),
    ("/api/events?offset=-1", 422, "query parameter 'offset'"),
    ("/api/events?order=sideways", 422, "query parameter 'order': Input should be 'asc' or 'desc'"),
    ("/api/events?type=FIGHT", 400, "parameter 'type': 'FIGHT' is not a PLOVER event type; expected one of AGREE,"),
    ("/api/events?country=Atlantis", 400, "parameter 'country': 'Atlantis' is neither a country or IGO code"),
    ("/api/events?dyad=RUS", 400, "parameter 'dyad' takes two countries separated by a comma, e.g. AZE,RUS"),
    ("/api/events?q=%20%20", 400, "parameter 'q' is empty"),
    ("/api/events?actor=" + "a" * 201, 422, "query parameter 'actor': String should have at most 200 characters"),
    ("/api/dyads/RUS/UKR/timeline?freq=year", 422, "query parameter 'freq': Input should be 'day', 'week' or 'month'"),
    ("/api/dyads/RUS/UKR/timeline?freq=day&start=1900-01-01", 400, "periods, over the 5,000 allowed"),
    ("/api/dyads/top?top=0", 422, "query parameter 'top'"),
    ("/api/dyads/Narnia/UKR/timeline", 400, "parameter 'a': 'Narnia' is neither a country or IGO code"),
    ("/api/actors/%20", 400, "parameter 'actor' is empty"),
    ("/api/nowhere", 404, "no such page or endpoint: /api/nowhere"),
])
def test_bad_parameters_are_4xx_with_a_clear_message(hand_client, url, status, message):
    response = hand_client.get(url)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == status and message in body["error"]


@pytest.mark.parametrize(("body", "status", "message"), [
    ({"text": "   \n "}, 400, "the pasted article holds only whitespace"),
    ({"text": ""}, 422, "body field 'text': String should have at least 1 character"),
    ({"txt": "Russia attacked Ukraine."}, 422, "body field 'text': Field required"),
    ({"text": "Russia attacked Ukraine.", "date": "yesterday"}, 422, "body field 'date': Input should be a valid date"),
    ({"text": "Published: 2025-02-30\n\nRussia attacked Ukraine."}, 400, "the pasted article: date '2025-02-30'"),
    ({"text": "a\x00b"}, 400, "the pasted article: "),
])
def test_bad_articles_are_4xx_with_a_clear_message(example_client, body, status, message):
    response = example_client.post("/api/code", json=body)
    assert response.status_code == status, response.text
    assert message in response.json()["error"]


def test_a_body_that_is_not_json_is_a_422(hand_client):
    response = hand_client.post("/api/code", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"].startswith("the request body is not valid JSON")
    assert hand_client.post("/api/code").json()["error"] == 'the request body is missing: send JSON like {"text": "..."}'


def test_an_article_over_the_size_limit_is_a_413_before_it_is_read(hand_store):
    client = TestClient(create_app(database=hand_store, settings=load_settings(server_code_max_bytes=1000)))
    response = client.post("/api/code", json={"text": "Russia attacked Ukraine. " * 100})
    assert response.status_code == 413
    assert response.json()["error"] == ("the request body is 2,511 bytes, over the limit of 1,000 bytes "
                                        "(setting server_code_max_bytes); send a shorter article")

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(20):
            yield b"x" * 100

    chunked = client.post("/api/code", content=chunks(), headers={"Content-Type": "application/json"})
    assert chunked.status_code == 413 and "over the limit of 1,000 bytes" in chunked.json()["error"]


def test_too_many_articles_from_one_client_is_a_429_with_retry_after(hand_store, coder):
    settings = load_settings(server_code_rate=2, server_code_rate_window=60.0)
    client = TestClient(create_app(database=hand_store, settings=settings, coder=coder))
    for _ in range(2):
        assert client.post("/api/code", json={"text": "Japan sent aid to the Philippines."}).status_code == 200
    response = client.post("/api/code", json={"text": "Japan sent aid to the Philippines."})
    assert response.status_code == 429
    assert response.json()["error"].startswith("too many requests to POST /api/code: at most 2 per 60 s per client")
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    assert client.get("/api/health").status_code == 200  # reading is not limited


def test_no_cors_unless_an_origin_is_allowed(hand_store, hand_client):
    asked = {"Origin": "http://example.org"}
    assert "access-control-allow-origin" not in hand_client.get("/api/health", headers=asked).headers
    allowed = TestClient(create_app(database=hand_store, cors_origins=("http://localhost:3000",)))
    ok = allowed.get("/api/health", headers={"Origin": "http://localhost:3000"})
    assert ok.headers["access-control-allow-origin"] == "http://localhost:3000"
    other = allowed.get("/api/health", headers=asked)
    assert "access-control-allow-origin" not in other.headers


def test_pages_forbid_loading_anything_from_elsewhere(hand_client):
    response = hand_client.get("/")
    assert response.status_code == 200 and "<title>dyadline dashboard</title>" in response.text
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    for page in ("/", "/docs", "/document"):
        text = hand_client.get(page).text
        assert "http://" not in text and "https://" not in text, page
