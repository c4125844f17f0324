// Small DOM helpers: elements built with textContent only (never innerHTML), SVG, colours.
export const SVG_NS = "http://www.w3.org/2000/svg";
export const QUAD_LABELS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

function apply(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  return node;
}

export function el(tag, attrs, ...children) {
  const node = apply(document.createElement(tag), attrs);
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}

export function svg(tag, attrs, ...children) {
  const node = apply(document.createElementNS(SVG_NS, tag), attrs);
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// The sentence as text nodes, with each [start, end, className, title] span in a <mark>.
export function markedSentence(sentence, spans) {
  const out = el("span", { class: "sentence-text" });
  const marks = spans.filter((s) => s && s[0] !== null && s[1] !== null && s[0] < s[1]).sort((a, b) => a[0] - b[0]);
  let pos = 0;
  for (const [start, end, cls, title] of marks) {
    if (start < pos) continue; // overlapping marks: keep the first
    out.append(sentence.slice(pos, start), el("mark", { class: cls, title }, sentence.slice(start, end)));
    pos = end;
  }
  out.append(sentence.slice(pos));
  return out;
}

export function quadBadge(quad, text) {
  return el("span", { class: `badge q${quad}`, title: QUAD_LABELS[quad] || "" }, text);
}

// "RUS · MIL" with the actor's words as a tooltip.
export function actorLabel(actor) {
  if (!actor) return el("span", { class: "muted" }, "—");
  const code = [actor.country, actor.sector].filter(Boolean).join(" · ");
  return el("span", { title: [actor.country_name, actor.name].filter(Boolean).join(": ") }, code || actor.name || "?");
}

// -10 (conflict, red) .. 0 (grey) .. +10 (cooperation, green).
export function goldsteinColour(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return "#9aa3b2";
  const t = Math.max(-1, Math.min(1, value / 10));
  const grey = [170, 174, 182];
  const end = t < 0 ? [215, 48, 31] : [35, 139, 69];
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(t)));
  return `rgb(${mix.join(",")})`;
}

export function fmt(value, digits = 1) {
  if (value === null || value === undefined) return "—";
  const text = value.toFixed(digits);
  return value > 0 ? `+${text}` : text;
}
