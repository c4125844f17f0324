// The actor network: the most active pairs of countries as a graph laid out by a small,
// deterministic force simulation (no library).
import { clear, el, fmt, goldsteinColour, svg } from "./dom.js";

const W = 560, H = 340, PAD = 36;

function layout(nodes, edges) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => [Math.cos((2 * Math.PI * i) / n) * 100, Math.sin((2 * Math.PI * i) / n) * 100]);
  const index = new Map(nodes.map((node, i) => [node.code, i]));
  for (let step = 0; step < 300; step++) {
    const force = pos.map(() => [0, 0]);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
        const d2 = Math.max(dx * dx + dy * dy, 1);
        const f = 2500 / d2;
        force[i][0] += dx * f; force[i][1] += dy * f;
        force[j][0] -= dx * f; force[j][1] -= dy * f;
      }
    }
    for (const e of edges) {
      const i = index.get(e.a), j = index.get(e.b);
      const dx = pos[j][0] - pos[i][0], dy = pos[j][1] - pos[i][1];
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - 60) * 0.05;
      force[i][0] += (dx / d) * f; force[i][1] += (dy / d) * f;
      force[j][0] -= (dx / d) * f; force[j][1] -= (dy / d) * f;
    }
    const cool = 1 - step / 300;
    pos.forEach((p, i) => {
      p[0] += Math.max(-10, Math.min(10, force[i][0] - p[0] * 0.01)) * cool;
      p[1] += Math.max(-10, Math.min(10, force[i][1] - p[1] * 0.01)) * cool;
    });
  }
  const xs = pos.map((p) => p[0]), ys = pos.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (W - 2 * PAD) / Math.max(x1 - x0, 1), sy = (H - 2 * PAD) / Math.max(y1 - y0, 1);
  return pos.map(([x, y]) => [PAD + (x - x0) * sx, PAD + (y - y0) * sy]);
}

// pairs: [{a, b, events, goldstein_mean, ...}]; selected: [a, b] or null.
export function renderNetwork(container, pairs, { selected = null, onSelect = () => {} } = {}) {
  clear(container);
  const edges = pairs.filter((p) => p.a !== p.b);
  if (!edges.length) {
    container.append(el("p", { class: "muted" }, "No pairs of countries in the store yet."));
    return;
  }
  const totals = new Map();
  for (const e of edges) for (const c of [e.a, e.b]) totals.set(c, (totals.get(c) || 0) + e.events);
  const nodes = [...totals.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([code, events]) => ({ code, events }));
  const pos = layout(nodes, edges);
  const at = new Map(nodes.map((node, i) => [node.code, pos[i]]));
  const maxEdge = Math.max(...edges.map((e) => e.events));
  const maxNode = Math.max(...nodes.map((node) => node.events));
  const isSelected = (e) => selected && ((e.a === selected[0] && e.b === selected[1]) || (e.a === selected[1] && e.b === selected[0]));
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, "data-pairs": edges.length });
  for (const e of [...edges].sort((x, y) => x.events - y.events)) {
    const [p, q] = [at.get(e.a), at.get(e.b)];
    const width = 1.5 + 7 * Math.sqrt(e.events / maxEdge);
    const line = svg("line", {
      class: `edge${isSelected(e) ? " selected" : ""}`, x1: p[0], y1: p[1], x2: q[0], y2: q[1], "data-a": e.a, "data-b": e.b,
      stroke: goldsteinColour(e.goldstein_mean), "stroke-width": isSelected(e) ? width + 3 : width, "stroke-linecap": "round",
      "stroke-opacity": isSelected(e) ? 1 : 0.8, style: "cursor:pointer", onclick: () => onSelect(e.a, e.b),
    }, svg("title", {}, `${e.a}–${e.b}: ${e.events} events (${e.a}→${e.b} ${e.a_to_b}, ${e.b}→${e.a} ${e.b_to_a}), mean Goldstein ${fmt(e.goldstein_mean)}`));
    root.append(line);
  }
  for (const node of nodes) {
    const [x, y] = at.get(node.code);
    const chosen = selected && selected.includes(node.code);
    const r = 5 + 9 * Math.sqrt(node.events / maxNode);
    root.append(svg("circle", { cx: x, cy: y, r, fill: chosen ? "#2456a6" : "#fff", stroke: "#1d2330", "stroke-width": 1.2 },
      svg("title", {}, `${node.code}: ${node.events} events in these pairs`)));
    const right = x < W - 60;
    root.append(svg("text", { class: "label", x: right ? x + r + 3 : x - r - 3, y: y - r, "text-anchor": right ? "start" : "end" }, node.code));
  }
  container.append(root);
}
