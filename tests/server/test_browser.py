"""The dashboard in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright): a user
picks Azerbaijan and Russia, reads their timeline and events, opens an event's sentence and
its document, and pastes an article to see its events. A screenshot goes to test-output/."""

from __future__ import annotations

import calendar
import datetime as dt
import os
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "test-output"
#: Chromium on a machine without network: no background fetches, no QUIC, no GPU, a fresh profile.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PASTED = """Published: 2025-07-02

Armenia severed relations with Russia on Tuesday. Japan sent aid to the Philippines.
"""


@pytest.fixture()
def browser_page(tmp_path):
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing (scripts/test.sh installs Debian's chromium when run as root)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright import sync_api  # a test extra: missing, the test fails rather than skips
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        context.set_default_timeout(30_000)
        page = context.new_page()
        page.problems = []  # type: ignore[attr-defined]
        page.requested = []  # type: ignore[attr-defined]
        page.on("pageerror", lambda exc: page.problems.append(f"page error: {exc}"))
        page.on("console", lambda msg: msg.type == "error" and page.problems.append(f"console: {msg.text}"))
        page.on("request", lambda request: page.requested.append(request.url))
        try:
            yield page
        finally:
            context.close()


def test_a_user_explores_azerbaijan_and_russia(example_store, live_server_factory, browser_page):
    page = browser_page
    server = live_server_factory(example_store)
    api = httpx.Client(base_url=server.url)

    page.goto(f"{server.url}/")
    page.wait_for_selector("body[data-ready]")
    page.select_option("#actor-a", "AZE")
    page.select_option("#actor-b", "RUS")
    page.wait_for_selector('body[data-ready="AZE-RUS-month"]')

    # the timeline: bars per period, as the API's roll-up counts them
    timeline = api.get("/api/dyads/AZE/RUS/timeline", params={"freq": "month"}).json()
    total = sum(p["events"] for p in timeline["forward"] + timeline["backward"])
    assert page.inner_text("#relation-summary") == f"{total} events between Azerbaijan and Russia"
    assert page.get_attribute("#timeline svg", "data-periods") == str(len(timeline["periods"]))
    busy_periods = {p["period"] for p in timeline["forward"] + timeline["backward"] if p["events"]}
    assert page.locator("#timeline rect.bar").count() >= len(busy_periods) > 0

    # the events of the relation, in the table
    listed = api.get("/api/events", params={"dyad": "AZE,RUS", "limit": 20}).json()
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == len(listed["items"]) > 0
    assert page.inner_text("#page-info").endswith(f"of {listed['total']}")

    # a period of the timeline narrows the table to it
    busiest = max(timeline["forward"], key=lambda p: p["events"])["period"]
    page.click(f'#timeline rect.period-hit[data-period="{busiest}"]')
    page.wait_for_function("(label) => document.querySelector('#events-title').textContent.includes(label)",
                           arg=f"AZE–RUS, {busiest[:7]}")
    month_end = dt.date.fromisoformat(busiest).replace(day=calendar.monthrange(int(busiest[:4]), int(busiest[5:7]))[1])
    in_period = api.get("/api/events", params={"dyad": "AZE,RUS", "start": busiest, "end": month_end.isoformat()}).json()
    shown_rows = min(in_period["total"], 20)
    page.wait_for_function("(text) => document.querySelector('#page-info').textContent === text",
                           arg=f"1–{shown_rows} of {in_period['total']}")
    assert page.locator("#events-table tbody tr").count() == shown_rows

    # click an event: its sentence, the trigger marked, and a link to the document
    items = in_period["items"]
    chosen = next((i for i, e in enumerate(items) if e["event_type"] == "SANCTION"), 0)  # "canceled ..." if coded so
    rows.nth(chosen).click()
    evidence = items[chosen]["evidence"]
    page.wait_for_selector("#evidence .sentence mark")
    assert page.inner_text("#evidence .sentence") == evidence["sentence"]
    assert page.inner_text("#evidence .sentence mark") == evidence["trigger"]
    assert items[chosen]["event_type"] in page.inner_text("#evidence .who")

    # the map shows the places of the period's events; the network the pair
    places = api.get("/api/events/places", params={"dyad": "AZE,RUS", "start": busiest, "end": month_end.isoformat()})
    assert int(page.get_attribute("#map svg", "data-places")) == len(places.json())
    assert page.locator('#network line.edge.selected').count() == 1

    # paste an article: its events, coded live
    page.fill("#code-text", PASTED)
    page.click("#code-button")
    page.wait_for_selector("#code-results li", timeout=180_000)
    coded = api.post("/api/code", json={"text": PASTED}, timeout=180).json()
    assert page.inner_text("#code-status").startswith(f"{coded['count']} event(s)")
    shown = page.locator("#code-results li")
    assert shown.count() == coded["count"] > 0
    shown_types = [shown.nth(i).get_attribute("data-event-type") for i in range(shown.count())]
    assert shown_types == [e["event_type"] for e in coded["events"]]
    assert page.inner_text("#code-results li mark >> nth=0") == coded["events"][0]["trigger"]["text"]

    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)

    # the document behind the event, with its event sentences marked
    page.click("#evidence a.doc-link")
    page.wait_for_selector("#doc-sentences li mark")
    assert page.url == f"{server.url}/document?doc={evidence['doc_key']}"
    assert page.inner_text("#doc-title") == evidence["title"]
    assert evidence["sentence"] in page.inner_text("#doc-sentences")
    page.screenshot(path=str(SCREENSHOTS / "document.png"), full_page=True)

    # the API docs render from the shipped Swagger UI
    page.goto(f"{server.url}/docs")
    # Swagger UI is 1.9 MB of JavaScript: on a loaded 2-core machine it may take a while
    page.wait_for_selector(".opblock-summary-path[data-path='/api/dyads/{a}/{b}/timeline']", timeout=120_000)
    assert page.locator(".opblock").count() == len(api.get("/openapi.json").json()["paths"])

    assert page.problems == []
    assert all(url.startswith(server.url) or url.startswith("data:") for url in page.requested), page.requested
