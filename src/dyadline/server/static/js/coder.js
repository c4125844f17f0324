// The paste box: POST /api/code and list the events coded from the text, nothing stored.
import { postJSON } from "./api.js";
import { clear, el, markedSentence, quadBadge } from "./dom.js";

function side(actors) {
  if (!actors.length) return "?";
  return actors.map((a) => [a.country, a.sector].filter(Boolean).join(" · ") || a.text).join(", ");
}

export function setupCoder({ text, date, button, status, results }) {
  button.addEventListener("click", async () => {
    clear(results);
    status.classList.remove("error");
    if (!text.value.trim()) {
      status.textContent = "Paste an article first.";
      return;
    }
    button.disabled = true;
    status.textContent = "coding…";
    try {
      const answer = await postJSON("/api/code", { text: text.value, date: date.value || null });
      status.textContent = `${answer.count} event(s) in ${answer.seconds.toFixed(1)} s${answer.date ? `, dated ${answer.date}` : ""}`;
      for (const ev of answer.events) {
        const span = ev.trigger_in_sentence || [null, null];
        const flags = [ev.negated && "negated", ev.hypothetical && "hypothetical", ev.future && "future"].filter(Boolean).join(", ");
        results.append(el("li", { dataset: { eventType: ev.event_type } },
          el("div", {}, quadBadge(ev.quad_class, ev.event_type), ` ${side(ev.source)} → ${side(ev.target)}`,
            el("span", { class: "muted" }, ` · ${ev.date || "undated"} · CAMEO ${ev.cameo}${ev.location ? ` · ${ev.location.name}` : ""}${flags ? ` · ${flags}` : ""}`)),
          el("div", { class: "sentence" }, markedSentence(ev.sentence, [[span[0], span[1], `q${ev.quad_class}`, ev.evidence]]))));
      }
      if (!answer.events.length) results.append(el("li", { class: "muted" }, "No events found in this text."));
    } catch (err) {
      status.textContent = err.message;
      status.classList.add("error");
    } finally {
      button.disabled = false;
    }
  });
}
