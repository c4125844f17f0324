// The events table of the selection, paged, and the evidence of the event clicked: its
// sentence with the trigger marked, a link to the document, and every other report of it.
import { api } from "./api.js";
import { actorLabel, clear, el, fmt, markedSentence, quadBadge } from "./dom.js";

const PAGE = 20;

export function documentLink(docKey, text) {
  return el("a", { href: `/document?doc=${encodeURIComponent(docKey)}`, class: "doc-link" }, text);
}

function evidenceBlock(sentence, start, end, quad, docKey, title, date) {
  return el("div", { class: "report" },
    el("p", { class: "sentence" }, markedSentence(sentence, [[start, end, `q${quad}`, "the words that triggered the event"]])),
    el("p", { class: "who" }, "from ", documentLink(docKey, title || "the document"), date ? ` (${date})` : ""));
}

export class EventsView {
  constructor({ table, pager, info, evidence, title }) {
    Object.assign(this, { table, pager, info, evidence, title });
    this.filter = null;
    this.offset = 0;
    this.total = 0;
    this.loads = 0; // a later load supersedes an earlier one still in flight
    pager.prev.addEventListener("click", () => this.page(-PAGE));
    pager.next.addEventListener("click", () => this.page(PAGE));
  }

  async show(filter, label) {
    this.filter = filter;
    this.offset = 0;
    this.title.textContent = label;
    await this.load();
  }

  async page(delta) {
    const next = this.offset + delta;
    if (next < 0 || next >= this.total) return;
    this.offset = next;
    await this.load();
  }

  async load() {
    const body = this.table.tBodies[0];
    const load = ++this.loads;
    let page;
    try {
      page = await api("/api/events", { ...this.filter, limit: PAGE, offset: this.offset });
    } catch (err) {
      if (load !== this.loads) return;
      clear(body).append(el("tr", {}, el("td", { colspan: 6, class: "empty error" }, err.message)));
      return;
    }
    if (load !== this.loads) return;
    this.total = page.total;
    clear(body);
    clear(this.evidence).append(el("p", { class: "muted" }, "Click an event to see the sentence that produced it."));
    if (!page.items.length) body.append(el("tr", {}, el("td", { colspan: 6, class: "empty" }, "No events for this selection.")));
    for (const ev of page.items) {
      const row = el("tr", { dataset: { eventId: ev.event_id }, tabindex: 0 },
        el("td", { title: ev.date_precision ? `known to the ${ev.date_precision}` : "" }, ev.date || "undated"),
        el("td", {}, actorLabel(ev.source)),
        el("td", {}, quadBadge(ev.quad_class, ev.event_type), ev.mode ? el("span", { class: "muted" }, ` ${ev.mode}`) : null),
        el("td", {}, actorLabel(ev.target)),
        el("td", {}, ev.place ? ev.place.name : ""),
        el("td", {}, String(ev.num_mentions)));
      row.addEventListener("click", () => this.select(row, ev));
      row.addEventListener("keydown", (e) => { if (e.key === "Enter") this.select(row, ev); });
      body.append(row);
    }
    const last = Math.min(this.offset + PAGE, this.total);
    this.info.textContent = this.total ? `${this.offset + 1}–${last} of ${this.total}` : "";
    this.pager.prev.disabled = this.offset === 0;
    this.pager.next.disabled = last >= this.total;
  }

  async select(row, ev) {
    for (const other of this.table.querySelectorAll("tr.selected")) other.classList.remove("selected");
    row.classList.add("selected");
    const box = clear(this.evidence);
    box.dataset.eventId = ev.event_id;
    const head = el("p", { class: "who" },
      `${ev.date || "undated"} · ${ev.source ? ev.source.country_name || ev.source.country || "?" : "?"} → ${ev.target ? ev.target.country_name || ev.target.country || "?" : "?"} · `,
      quadBadge(ev.quad_class, ev.event_type), ` CAMEO ${ev.cameo}, Goldstein ${fmt(ev.goldstein)}`,
      ev.place ? ` · at ${ev.place.name}` : "", ev.fatalities ? ` · ${ev.fatalities} killed` : "",
      ` · ${ev.num_mentions} report(s) from ${ev.num_sources} source(s)`);
    box.append(head);
    const e = ev.evidence;
    if (e) box.append(evidenceBlock(e.sentence, e.trigger_start, e.trigger_end, ev.quad_class, e.doc_key, e.title, e.pub_date));
    if (ev.num_mentions > 1) {
      try {
        const detail = await api(`/api/events/${encodeURIComponent(ev.event_id)}`);
        const others = detail.reports.slice(1);
        if (others.length) box.append(el("p", { class: "who" }, "Also reported in:"));
        for (const s of others) {
          const mark = s.marks.find((m) => m.event_id === ev.event_id) || s.marks[0];
          box.append(evidenceBlock(s.sentence, mark.start, mark.end, ev.quad_class, s.doc_key, s.title, s.pub_date));
        }
      } catch (err) {
        box.append(el("p", { class: "error" }, err.message));
      }
    }
  }
}
