// The relation over time: stacked bars of events by quad class (A→B up, B→A down) and the
// mean Goldstein score of each direction as a line on the right axis.
import { QUAD_LABELS, clear, el, fmt, svg } from "./dom.js";
import { periodLabel } from "./api.js";

const W = 1000, H = 300, M = { left: 46, right: 46, top: 14, bottom: 30 };
const QUAD_COLOURS = ["var(--q1)", "var(--q2)", "var(--q3)", "var(--q4)"];
const LINE = { forward: "#2456a6", backward: "#8e44ad" };

export function renderLegend(container, a, b) {
  clear(container);
  for (const q of [1, 2, 3, 4]) container.append(el("span", {}, el("i", { class: `q${q}` }), QUAD_LABELS[q]));
  container.append(el("span", {}, el("i", { class: "line", style: `background:${LINE.forward}` }), `Goldstein ${a}→${b}`));
  container.append(el("span", {}, el("i", { class: "line", style: `background:${LINE.backward}` }), `Goldstein ${b}→${a}`));
}

function describe(p, freq) {
  if (!p || !p.events) return `${p ? p.source : ""}→${p ? p.target : ""}: no events`;
  const q = p.quad_counts;
  const shifts = p.shifts.map((s) => ` · ${s.label} (${s.test})`).join("");
  return `${p.source}→${p.target}: ${p.events} events (v.coop ${q[0]}, m.coop ${q[1]}, v.confl ${q[2]}, m.confl ${q[3]}), mean Goldstein ${fmt(p.goldstein_mean)}${shifts}`;
}

function goldsteinPath(points) {
  let d = "";
  let open = false;
  for (const pt of points) {
    if (pt === null) { open = false; continue; }
    d += `${open ? "L" : "M"}${pt[0].toFixed(1)},${pt[1].toFixed(1)}`;
    open = true;
  }
  return d;
}

export function renderTimeline(container, timeline, { selected = null, onSelect = () => {} } = {}) {
  clear(container);
  const n = timeline.periods.length;
  if (!n) {
    container.append(el("p", { class: "muted empty-chart" }, `No dated events between ${timeline.a} and ${timeline.b} in the store.`));
    return;
  }
  const plotW = W - M.left - M.right, plotH = H - M.top - M.bottom;
  const mid = M.top + plotH / 2;
  const band = plotW / n;
  const barW = Math.max(1, Math.min(60, band * 0.7));
  const maxCount = Math.max(1, ...timeline.forward.map((p) => p.events), ...timeline.backward.map((p) => p.events));
  const yCount = (c) => (c / maxCount) * (plotH / 2);
  const yG = (g) => M.top + ((10 - g) / 20) * plotH;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, "data-periods": n });

  // axes: zero line, count labels left, Goldstein labels right
  const axis = svg("g", { class: "axis" });
  axis.append(svg("line", { x1: M.left, x2: W - M.right, y1: mid, y2: mid }));
  axis.append(svg("text", { x: M.left - 6, y: M.top + 10, "text-anchor": "end" }, `${maxCount}`));
  axis.append(svg("text", { x: M.left - 6, y: H - M.bottom, "text-anchor": "end" }, `${maxCount}`));
  axis.append(svg("text", { x: 4, y: mid - 6 }, `${timeline.a}→${timeline.b}`));
  axis.append(svg("text", { x: 4, y: mid + 14 }, `${timeline.b}→${timeline.a}`));
  for (const g of [10, 0, -10]) axis.append(svg("text", { x: W - M.right + 6, y: yG(g) + 4 }, fmt(g, 0)));
  const every = Math.max(1, Math.ceil(n / 12));
  timeline.periods.forEach((period, i) => {
    if (i % every === 0) axis.append(svg("text", { x: M.left + band * (i + 0.5), y: H - 8, "text-anchor": "middle" }, periodLabel(period, timeline.freq)));
  });
  root.append(axis);

  const bars = svg("g", { class: "bars" });
  const drawStack = (p, i, up) => {
    if (!p) return;
    let offset = 0;
    p.quad_counts.forEach((count, q) => {
      if (!count) return;
      const h = yCount(count);
      const y = up ? mid - offset - h : mid + offset;
      bars.append(svg("rect", { class: `bar q${q + 1}`, x: M.left + band * i + (band - barW) / 2, y, width: barW, height: h, fill: QUAD_COLOURS[q] }));
      offset += h;
    });
    if (p.shifts.length) {
      const cy = up ? mid - offset - 8 : mid + offset + 8;
      bars.append(svg("circle", { class: "shift", cx: M.left + band * (i + 0.5), cy, r: 6, fill: "none", stroke: "#b42318", "stroke-width": 2 }));
    }
  };
  timeline.periods.forEach((_, i) => {
    drawStack(timeline.forward[i], i, true);
    drawStack(timeline.backward[i], i, false);
  });
  root.append(bars);

  for (const [key, periods] of [["forward", timeline.forward], ["backward", timeline.backward]]) {
    const points = periods.map((p, i) => (p.goldstein_mean === null ? null : [M.left + band * (i + 0.5), yG(p.goldstein_mean)]));
    root.append(svg("path", { class: `goldstein ${key}`, d: goldsteinPath(points), fill: "none", stroke: LINE[key], "stroke-width": 2, "stroke-dasharray": key === "backward" ? "5 3" : null }));
    for (const pt of points) if (pt) root.append(svg("circle", { cx: pt[0], cy: pt[1], r: 3, fill: LINE[key] }));
  }

  // click targets, one per period, with the period's figures as a tooltip
  timeline.periods.forEach((period, i) => {
    const title = `${periodLabel(period, timeline.freq)}\n${describe(timeline.forward[i])}\n${describe(timeline.backward[i])}`;
    const hit = svg("rect", {
      class: `period-hit${period === selected ? " selected" : ""}`, x: M.left + band * i, y: M.top, width: band, height: plotH,
      "data-period": period, onclick: () => onSelect(period),
    }, svg("title", {}, title));
    root.append(hit);
  });
  container.append(root);
}
