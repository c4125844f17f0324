"""Measuring the coder against public gold data (read from ../shared/data, never shipped).

Each scorer is ``evaluate_X(data_dir, *, coder, limit) -> report`` with a
``markdown()`` method; :func:`scorer_for` maps dataset names to them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from types import MappingProxyType
from typing import Any

from dyadline.errors import DyadlineError

__all__ = ["SCORERS", "scorer_for"]

#: dataset name -> (module, function)
SCORERS: Mapping[str, tuple[str, str]] = MappingProxyType({
    "plover_gsr": ("dyadline.evaluation.plover_gsr", "evaluate_plover_gsr"),
    "cameo_ner": ("dyadline.evaluation.cameo_ner", "evaluate_cameo_ner"),
    "event_location": ("dyadline.evaluation.event_location", "evaluate_event_location"),
    "acled_where": ("dyadline.evaluation.acled_where", "evaluate_acled_where"),
    "cameo_class": ("dyadline.evaluation.cameo_class", "evaluate_cameo_class"),
    "acled_types": ("dyadline.evaluation.acled_types", "evaluate_acled_types"),
    "india_police_events": ("dyadline.evaluation.india_police", "evaluate_india_police"),
})


def scorer_for(dataset: str) -> Callable[..., Any]:
    try:
        module, name = SCORERS[dataset]
    except KeyError as exc:
        raise DyadlineError(f"no scorer for dataset {dataset!r}; known: {', '.join(SCORERS)}") from exc
    return getattr(import_module(module), name)
