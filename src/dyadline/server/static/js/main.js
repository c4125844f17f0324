// The dashboard: pick two actors, see their relation over time, its events and their
// sentences, where they happened, the most active pairs, and code a pasted article.
import { api, periodEnd, periodLabel } from "./api.js";
import { clear, el } from "./dom.js";
import { EventsView } from "./events.js";
import { setupCoder } from "./coder.js";
import { loadWorld, renderMap } from "./map.js";
import { renderNetwork } from "./network.js";
import { renderProfiles } from "./profiles.js";
import { renderLegend, renderTimeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);
const state = { a: null, b: null, freq: "month", period: null, timeline: null, pairs: [], isoNumeric: {}, shown: 0 };

const events = new EventsView({
  table: $("events-table"), info: $("page-info"), evidence: $("evidence"), title: $("events-title"),
  pager: { prev: $("prev-page"), next: $("next-page") },
});

function fillSelect(select, actors) {
  clear(select);
  for (const a of actors) select.append(el("option", { value: a.code }, `${a.code} — ${a.name || a.code} (${a.events})`));
}

function saveUrl() {
  const q = new URLSearchParams({ a: state.a, b: state.b, freq: state.freq });
  history.replaceState(null, "", `?${q}`);
}

function selectionFilter() {
  const filter = { dyad: `${state.a},${state.b}` };
  if (state.period) Object.assign(filter, { start: state.period, end: periodEnd(state.period, state.freq) });
  return filter;
}

let mapLoads = 0;

async function showEventsAndMap() {
  const filter = selectionFilter();
  const load = ++mapLoads;
  const label = state.period ? `${state.a}–${state.b}, ${periodLabel(state.period, state.freq)}` : `${state.a}–${state.b}, all periods`;
  $("all-periods").hidden = !state.period;
  $("map-title").textContent = label;
  const codes = new Set([state.a, state.b]);
  const highlight = new Set(Object.entries(state.isoNumeric).filter(([, code]) => codes.has(code)).map(([id]) => id));
  const [, places] = await Promise.all([
    events.show(filter, label),
    api("/api/events/places", filter).catch(() => []),
  ]);
  if (load === mapLoads) renderMap($("map"), places, { highlight });
}

function drawTimeline() {
  renderTimeline($("timeline"), state.timeline, {
    selected: state.period,
    onSelect: (period) => {
      state.period = state.period === period ? null : period;
      drawTimeline();
      showEventsAndMap();
    },
  });
}

function drawNetwork() {
  renderNetwork($("network"), state.pairs, {
    selected: [state.a, state.b],
    onSelect: (a, b) => choose(a, b),
  });
}

async function showRelation() {
  const shown = ++state.shown; // a later choice supersedes this one
  delete document.body.dataset.ready;
  state.period = null;
  saveUrl();
  $("timeline-title").textContent = `${state.a} and ${state.b}, per ${state.freq}`;
  renderLegend($("timeline-legend"), state.a, state.b);
  try {
    const timeline = await api(`/api/dyads/${encodeURIComponent(state.a)}/${encodeURIComponent(state.b)}/timeline`, { freq: state.freq });
    if (shown !== state.shown) return;
    state.timeline = timeline;
    const total = [...state.timeline.forward, ...state.timeline.backward].reduce((n, p) => n + p.events, 0);
    $("relation-summary").textContent = `${total} events between ${state.timeline.a_name || state.a} and ${state.timeline.b_name || state.b}`;
    drawTimeline();
  } catch (err) {
    clear($("timeline")).append(el("p", { class: "error" }, err.message));
  }
  drawNetwork();
  await Promise.all([showEventsAndMap(), renderProfiles($("profiles"), [state.a, state.b])]);
  if (shown !== state.shown) return;
  document.body.dataset.ready = `${state.a}-${state.b}-${state.freq}`;
}

function choose(a, b) {
  state.a = a;
  state.b = b;
  $("actor-a").value = a;
  $("actor-b").value = b;
  return showRelation();
}

async function start() {
  setupCoder({ text: $("code-text"), date: $("code-date"), button: $("code-button"), status: $("code-status"), results: $("code-results") });
  let health;
  try {
    health = await api("/api/health");
  } catch (err) {
    $("store-status").textContent = `the server does not answer: ${err.message}`;
    return;
  }
  if (health.store !== "ready") {
    $("store-status").textContent = `no event store at ${health.database} yet: run dyadline ingest, then reload`;
    return;
  }
  $("store-status").textContent = `${health.events} events from ${health.documents} documents · ${health.database}`;
  const [actors, pairs, vocabulary] = await Promise.all([
    api("/api/actors"), api("/api/dyads/top", { top: 30, international: true }), api("/api/vocabulary"), loadWorld().catch(() => null),
  ]);
  state.pairs = pairs;
  state.isoNumeric = vocabulary.iso_numeric || {};
  fillSelect($("actor-a"), actors);
  fillSelect($("actor-b"), actors);
  const params = new URLSearchParams(location.search);
  const known = new Set(actors.map((a) => a.code));
  const first = pairs[0] || { a: actors[0] && actors[0].code, b: actors[1] ? actors[1].code : actors[0] && actors[0].code };
  state.freq = ["day", "week", "month"].includes(params.get("freq")) ? params.get("freq") : "month";
  $("freq").value = state.freq;
  const a = known.has(params.get("a")) ? params.get("a") : first.a;
  const b = known.has(params.get("b")) ? params.get("b") : first.b;
  if (!a) {
    $("store-status").textContent += " · no events with a country yet";
    return;
  }
  $("actor-a").addEventListener("change", () => choose($("actor-a").value, state.b));
  $("actor-b").addEventListener("change", () => choose(state.a, $("actor-b").value));
  $("swap").addEventListener("click", () => choose(state.b, state.a));
  $("freq").addEventListener("change", () => { state.freq = $("freq").value; showRelation(); });
  $("all-periods").addEventListener("click", () => { state.period = null; drawTimeline(); showEventsAndMap(); });
  await choose(a, b);
}

start();
