// A map of event places drawn offline: Natural Earth country outlines (world-atlas TopoJSON,
// vendored) in an equirectangular projection fitted to the places shown.
import { clear, el, fmt, goldsteinColour, svg } from "./dom.js";

const W = 560, H = 340;
let world = null;

export async function loadWorld() {
  if (world) return world;
  const response = await fetch("/static/data/countries-110m.json");
  const topology = await response.json();
  world = window.topojson.feature(topology, topology.objects.countries).features;
  return world;
}

function extent(places) {
  if (!places.length) return { lon: [-170, 190], lat: [-58, 84] };
  let lon = [Infinity, -Infinity], lat = [Infinity, -Infinity];
  for (const p of places) {
    lon = [Math.min(lon[0], p.lon), Math.max(lon[1], p.lon)];
    lat = [Math.min(lat[0], p.lat), Math.max(lat[1], p.lat)];
  }
  const padLon = Math.max(8, (lon[1] - lon[0]) * 0.25), padLat = Math.max(6, (lat[1] - lat[0]) * 0.25);
  return { lon: [lon[0] - padLon, lon[1] + padLon], lat: [Math.max(-85, lat[0] - padLat), Math.min(85, lat[1] + padLat)] };
}

function projection(box) {
  const midLat = (box.lat[0] + box.lat[1]) / 2;
  const k = Math.cos((midLat * Math.PI) / 180);
  const spanX = (box.lon[1] - box.lon[0]) * k, spanY = box.lat[1] - box.lat[0];
  const scale = Math.min(W / spanX, H / spanY);
  const cx = (box.lon[0] + box.lon[1]) / 2, cy = midLat;
  return ([lon, lat]) => [W / 2 + (lon - cx) * k * scale, H / 2 - (lat - cy) * scale];
}

function pathOf(geometry, project) {
  if (!geometry) return "";
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  let d = "";
  for (const polygon of polygons) {
    for (const ring of polygon) {
      ring.forEach((pt, i) => {
        const [x, y] = project(pt);
        d += `${i ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
      });
      d += "Z";
    }
  }
  return d;
}

// places: [{name, country, lat, lon, events, goldstein_mean}]; highlight: ISO numeric ids to tint.
export function renderMap(container, places, { highlight = new Set() } = {}) {
  clear(container);
  if (!world) {
    container.append(el("p", { class: "muted" }, "The map outlines could not be loaded."));
    return;
  }
  const project = projection(extent(places));
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, "data-places": places.length });
  root.append(svg("rect", { x: 0, y: 0, width: W, height: H, fill: "#dfeaf5" }));
  const land = svg("g", { class: "land" });
  for (const f of world) {
    const tinted = highlight.has(String(f.id));
    land.append(svg("path", { d: pathOf(f.geometry, project), fill: tinted ? "#f3e6c4" : "#f4f4f1", stroke: "#a7adb8", "stroke-width": 0.6 },
      svg("title", {}, f.properties && f.properties.name ? f.properties.name : "")));
  }
  root.append(land);
  const max = Math.max(1, ...places.map((p) => p.events));
  const dots = svg("g", { class: "places" });
  for (const p of [...places].sort((a, b) => b.events - a.events)) {
    const [x, y] = project([p.lon, p.lat]);
    dots.append(svg("circle", {
      class: "place", cx: x.toFixed(1), cy: y.toFixed(1), r: (4 + 14 * Math.sqrt(p.events / max)).toFixed(1),
      fill: goldsteinColour(p.goldstein_mean), "fill-opacity": 0.75, stroke: "#1d2330", "stroke-width": 0.8,
    }, svg("title", {}, `${p.name}${p.country ? ` (${p.country})` : ""}: ${p.events} events, mean Goldstein ${fmt(p.goldstein_mean)}`)));
    if (places.length <= 12) dots.append(svg("text", { class: "label", x: (x + 8).toFixed(1), y: (y - 6).toFixed(1) }, p.name));
  }
  root.append(dots);
  container.append(root);
  if (!places.length) container.append(el("p", { class: "muted" }, "No located events for this selection."));
}
