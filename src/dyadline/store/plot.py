"""A dyad's timeline as a chart (matplotlib's Agg canvas: no display, no pyplot state)."""

from __future__ import annotations

from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from dyadline.errors import ExportError
from dyadline.store.model import DyadPeriod, DyadTimeline

__all__ = ["plot_timeline"]

_QUAD_LABELS = ("verbal coop.", "material coop.", "verbal conflict", "material conflict")
_QUAD_COLOURS = ("#9ecae1", "#3182bd", "#fdae6b", "#e6550d")


def _bars(ax: Axes, periods: tuple[DyadPeriod, ...], width: float, sign: int, label: bool) -> None:
    x = [p.period for p in periods]
    bottom = [0.0] * len(periods)
    for q in range(4):
        heights = [sign * p.quad_counts[q] for p in periods]
        ax.bar(x, heights, width=width, bottom=bottom, color=_QUAD_COLOURS[q],
               label=_QUAD_LABELS[q] if label else None)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]


def plot_timeline(timeline: DyadTimeline, out: str | Path) -> Path:
    """Write a PNG (or any format matplotlib infers from the suffix): events by quad class, mean Goldstein."""
    out = Path(out)
    figure = Figure(figsize=(11, 6.5), layout="constrained")
    FigureCanvasAgg(figure)
    top, bottom = figure.subplots(2, 1, sharex=True)
    width = {"day": 0.8, "week": 5.0, "month": 20.0}[timeline.freq]
    a, b = timeline.a, timeline.b
    _bars(top, timeline.forward, width, 1, True)
    if timeline.backward:
        _bars(top, timeline.backward, width, -1, False)
    top.axhline(0, color="black", linewidth=0.6)
    top.margins(y=0.25)
    top.set_ylabel(f"events: {a}→{b} up" + (f", {b}→{a} down" if timeline.backward else ""))
    top.legend(loc="upper left", fontsize="small", ncols=4, framealpha=0.9)
    for periods, colour, name in ((timeline.forward, "#31a354", f"{a}→{b}"), (timeline.backward, "#756bb1", f"{b}→{a}")):
        points = [(p.period, p.goldstein_mean) for p in periods if p.goldstein_mean is not None]
        if not points:
            continue
        bottom.plot([x for x, _ in points], [y for _, y in points], marker="o", markersize=3, color=colour, label=name)
        flagged = [(p.period, p.goldstein_mean or 0.0) for p in periods if p.shifts]
        if flagged:
            bottom.scatter([x for x, _ in flagged], [y for _, y in flagged], s=90, facecolors="none",
                           edgecolors="red", linewidths=1.5, label=f"shift ({name})")
    bottom.axhline(0, color="grey", linewidth=0.6)
    bottom.set_ylim(-10.5, 10.5)
    bottom.set_ylabel("mean Goldstein")
    bottom.legend(loc="lower left", fontsize="small")
    figure.suptitle(f"{a} – {b}, per {timeline.freq}")
    try:
        figure.savefig(out, dpi=110)
    except (OSError, ValueError) as exc:
        raise ExportError(f"{out}: cannot write the chart ({exc})") from exc
    return out
