"""Tests that flag the periods where a dyad's relation shifts sharply.

Two tests, each against a trailing window of the ``window`` periods before
the one tested (never including it):

* **goldstein-z**: the period's mean Goldstein score against the mean and
  standard deviation of the mean Goldstein of the earlier periods that had
  events. ``z = (mean - trailing mean) / max(trailing sd, min_sd)``; flagged
  when ``|z| >= z_threshold``, the period has at least ``min_events`` events
  and the window holds at least ``min_periods`` periods with events. The
  floor ``min_sd`` keeps one different period after a flat stretch from
  giving an infinite z. Negative z is "cooler" (more conflictual).
* **conflict-poisson**: the period's count of conflict events (quad classes
  3 and 4) against a Poisson law whose rate is the trailing mean count
  (periods without events count as 0; the rate is floored at 0.5 so a
  quiet history does not make a single event significant). Flagged as a
  "conflict surge" when the one-sided p-value ``P(X >= count)`` is under
  ``alpha`` and the window holds at least ``min_periods`` periods.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from dyadline.store.model import Shift

__all__ = ["MIN_POISSON_RATE", "conflict_shifts", "goldstein_shifts", "poisson_upper_tail"]

#: floor of the trailing rate of conflict events per period.
MIN_POISSON_RATE = 0.5


def _mean_sd(values: Sequence[float]) -> tuple[float, float]:
    """Mean and sample standard deviation, in floats (statistics.stdev is exact and slow)."""
    n = len(values)
    mean = sum(values) / n
    if n < 2:
        return mean, 0.0
    return mean, math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))


def poisson_upper_tail(k: int, rate: float, *, stop_above: float | None = None) -> float:
    """``P(X >= k)`` for ``X ~ Poisson(rate)``, summed from k upwards (accurate for tiny tails).

    With ``stop_above``, summing stops as soon as the sum passes it (the result is then
    only known to be above ``stop_above``).
    """
    if k <= 0:
        return 1.0
    if rate <= 0:
        return 0.0
    total = 0.0
    i = k
    while True:
        term = math.exp(-rate + i * math.log(rate) - math.lgamma(i + 1))
        total += term
        if stop_above is not None and total > stop_above:
            return total
        if i > rate and term <= total * 1e-15:
            return min(total, 1.0)
        i += 1


def goldstein_shifts(
    means: Sequence[float | None],
    counts: Sequence[int],
    *,
    window: int,
    min_periods: int,
    min_events: int,
    z_threshold: float,
    min_sd: float,
) -> list[Shift | None]:
    """One entry per period: the goldstein-z Shift if the period is flagged, else None."""
    out: list[Shift | None] = []
    for i, mean in enumerate(means):
        history = [m for m in means[max(0, i - window):i] if m is not None]
        if mean is None or counts[i] < min_events or len(history) < min_periods:
            out.append(None)
            continue
        baseline, sd = _mean_sd(history)
        spread = max(sd, min_sd)
        z = (mean - baseline) / spread
        if abs(z) >= z_threshold:
            out.append(Shift("goldstein-z", round(z, 3), round(baseline, 3), "warmer" if z > 0 else "cooler"))
        else:
            out.append(None)
    return out


def conflict_shifts(
    conflict: Sequence[int],
    *,
    window: int,
    min_periods: int,
    alpha: float,
) -> list[Shift | None]:
    """One entry per period: the conflict-poisson Shift if the period is flagged, else None."""
    out: list[Shift | None] = []
    for i, count in enumerate(conflict):
        history = conflict[max(0, i - window):i]
        if len(history) < min_periods or count == 0:
            out.append(None)
            continue
        rate = max(sum(history) / len(history), MIN_POISSON_RATE)
        if count <= rate:  # at or under the usual rate: P(X >= count) is large, nothing to flag
            out.append(None)
            continue
        p = poisson_upper_tail(count, rate, stop_above=alpha)
        out.append(Shift("conflict-poisson", p, round(rate, 3), "conflict surge") if p < alpha else None)
    return out
