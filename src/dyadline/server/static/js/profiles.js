// Actor profiles: what each chosen country did and had done to it.
import { api } from "./api.js";
import { clear, el, fmt } from "./dom.js";

function list(items, format) {
  return el("ul", {}, items.map((item) => el("li", {}, format(item))));
}

function card(p) {
  return el("div", { class: "profile", dataset: { code: p.code } },
    el("h3", {}, `${p.name || p.code} (${p.code})`),
    el("div", {}, `${p.events_as_source} events as source (mean Goldstein ${fmt(p.goldstein_mean_as_source)}), ${p.events_as_target} as target (${fmt(p.goldstein_mean_as_target)})`),
    el("div", { class: "muted" }, `${p.first_date || "?"} to ${p.last_date || "?"} · ${p.mentions} reports`),
    el("div", {}, "Main partners:"), list(p.partners.slice(0, 4), (x) => `${x.code}: ${x.events} events (${x.outgoing} out, ${x.incoming} in), mean ${fmt(x.goldstein_mean)}`),
    el("div", {}, "Event types: ", p.event_types.slice(0, 5).map(([t, n]) => `${t} ${n}`).join(", ")),
    el("div", { class: "muted" }, "Named as: ", p.names.slice(0, 4).map(([t]) => t).join("; ")));
}

export async function renderProfiles(container, codes) {
  clear(container);
  for (const code of [...new Set(codes)]) {
    try {
      container.append(card(await api(`/api/actors/${encodeURIComponent(code)}`)));
    } catch (err) {
      container.append(el("div", { class: "profile" }, el("h3", {}, code), el("p", { class: "muted" }, err.message)));
    }
  }
}
