"""Rich tables of the store's records, for the CLI, and country arguments."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from dyadline.errors import StoreError
from dyadline.store.model import DyadPair, DyadPeriod, DyadTimeline, Shift, StoredFailure

__all__ = ["SHIFT_NOTE", "dyad_tables", "failures_table", "pairs_table", "resolve_country"]

SHIFT_NOTE = (
    "shift tests, each against the trailing window of earlier periods: goldstein-z = z-score of the "
    "period's mean Goldstein against the earlier periods' means; conflict-poisson = one-sided Poisson "
    "p-value of the period's conflict events (quad 3+4) given the trailing mean count (docs/store.md)"
)


def resolve_country(value: str) -> str:
    """An ISO 3166 alpha-3 or IGO code from a code ("rus", "EU") or a name ("Russia")."""
    from dyadline.knowledge import load_knowledge

    kb = load_knowledge()
    code = value.strip().upper()
    if kb.is_known_country(code) or kb.is_known_igo(code):
        return code
    match = kb.match_country(value.strip())
    if match is not None and match.code:  # (not a people living across borders)
        return match.code
    raise StoreError(f"{value!r} is neither a country or IGO code nor a name dyadline knows")


def _shift_text(shifts: Sequence[Shift]) -> str:
    parts = []
    for s in shifts:
        if s.test == "goldstein-z":
            parts.append(f"{s.label} (z={s.statistic:+.1f} vs {s.baseline:+.1f})")
        else:
            parts.append(f"{s.label} (p={s.statistic:.1g}, rate {s.baseline:.1f})")
    return "; ".join(parts)


def _period_label(period: DyadPeriod, freq: str) -> str:
    return period.period.strftime("%Y-%m") if freq == "month" else period.period.isoformat()


def _direction_table(periods: Sequence[DyadPeriod], source: str, target: str, freq: str) -> Table:
    table = Table(title=f"{source} → {target}, per {freq}", header_style="bold", title_justify="left")
    for name in ("period", "events", "v.coop", "m.coop", "v.confl", "m.confl", "Goldstein Σ", "mean",
                 "PLOVER types", "mentions", "shift"):
        table.add_column(name, justify="right" if name not in ("period", "PLOVER types", "shift") else "left")
    for p in periods:
        mix = ", ".join(f"{t} {n}" for t, n in p.type_mix[:4]) + (" …" if len(p.type_mix) > 4 else "")
        mean = "" if p.goldstein_mean is None else f"{p.goldstein_mean:+.2f}"
        shift = Text(_shift_text(p.shifts), style="bold red" if p.shifts else "")
        cells = [_period_label(p, freq), str(p.events), *(str(q) for q in p.quad_counts),
                 f"{p.goldstein_sum:+.1f}" if p.events else "", mean, mix, str(p.mentions) if p.events else ""]
        table.add_row(*(Text(c) for c in cells), shift)
    return table


def dyad_tables(timeline: DyadTimeline) -> list[Table | Text]:
    if not timeline.periods:
        return [Text(f"no dated events between {timeline.a} and {timeline.b} in the store")]
    out: list[Table | Text] = [_direction_table(timeline.forward, timeline.a, timeline.b, timeline.freq)]
    if timeline.backward:
        out.append(_direction_table(timeline.backward, timeline.b, timeline.a, timeline.freq))
    flagged = sum(bool(p.shifts) for p in (*timeline.forward, *timeline.backward))
    out.append(Text(f"{flagged} shifted period(s). {SHIFT_NOTE}", style="dim"))
    return out


def pairs_table(pairs: Sequence[DyadPair]) -> Table:
    table = Table(title="most active pairs", header_style="bold", title_justify="left")
    for name in ("A", "B", "events", "A→B", "B→A", "conflict", "mean Goldstein", "mentions"):
        table.add_column(name, justify="left" if name in ("A", "B") else "right")
    for p in pairs:
        table.add_row(p.a, p.b, f"{p.events:,}", f"{p.a_to_b:,}", f"{p.b_to_a:,}", f"{p.conflict:,}",
                      f"{p.goldstein_mean:+.2f}", f"{p.mentions:,}")
    return table


def failures_table(rows: Sequence[StoredFailure]) -> Table | Text:
    if not rows:
        return Text("no failures")
    table = Table(title="failures", header_style="bold", title_justify="left")
    for name in ("last seen", "input", "document", "error", "message", "attempts", "resolved"):
        table.add_column(name)
    for r in rows:
        f = r.failure
        table.add_row(*(Text(c) for c in (
            r.last_seen.strftime("%Y-%m-%d %H:%M"), f.origin, f.doc_id or "", f.error_type, f.message,
            str(r.attempts), "yes" if r.resolved else "",
        )))
    return table
