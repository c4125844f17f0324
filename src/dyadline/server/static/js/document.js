// The document page: its metadata and its coded sentences, triggers marked.
import { api } from "./api.js";
import { clear, el, markedSentence } from "./dom.js";

async function start() {
  const ref = new URLSearchParams(location.search).get("doc");
  const title = document.getElementById("doc-title");
  if (!ref) {
    title.textContent = "No document given (add ?doc=<doc_key or id> to the address).";
    return;
  }
  let doc;
  try {
    doc = await api(`/api/documents/${encodeURIComponent(ref)}`);
  } catch (err) {
    title.textContent = err.message;
    title.classList.add("error");
    return;
  }
  title.textContent = doc.title || doc.doc_id;
  document.title = `dyadline: ${doc.title || doc.doc_id}`;
  const meta = clear(document.getElementById("doc-meta"));
  const link = doc.url && /^https?:\/\//.test(doc.url) ? el("a", { href: doc.url, rel: "noopener noreferrer" }, doc.url) : doc.url;
  for (const [key, value] of [["id", doc.doc_id], ["published", doc.pub_date], ["source", doc.source_name], ["address", link],
    ["read from", doc.origin], ["characters", String(doc.n_chars)], ["events coded", String(doc.n_events)], ["content hash", doc.doc_key]]) {
    if (value) meta.append(el("dt", {}, key), el("dd", {}, value));
  }
  const list = clear(document.getElementById("doc-sentences"));
  for (const s of doc.sentences) {
    const spans = s.marks.map((m) => [m.start, m.end, `q${m.quad_class}`,
      `${m.event_type}${m.negated ? " (negated)" : ""}${m.hypothetical ? " (hypothetical)" : ""}: ${m.source_text || "?"} → ${m.target_text || "?"}`]);
    const types = [...new Set(s.marks.map((m) => m.event_type))].join(", ");
    list.append(el("li", { value: s.sentence_index + 1, dataset: { sentence: s.sentence_index } },
      el("div", { class: "sentence" }, markedSentence(s.sentence, spans)), el("div", { class: "who" }, types)));
  }
  if (!doc.sentences.length) list.append(el("li", { class: "muted" }, "No coded sentences."));
}

start();
