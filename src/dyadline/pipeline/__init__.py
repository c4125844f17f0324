"""The coding pipeline: spaCy stages, one module each, sharing ``doc._`` data.

Order: segment (before the parser) -> [spaCy model] -> entities -> asides -> headlines -> triggers
-> classify -> roles -> actors -> retype -> modality -> intent -> dates -> places -> fatalities -> filter -> events. Importing this package registers
the stage factories with spaCy.
"""

from dyadline.pipeline import (  # noqa: F401
    actors,
    asides,
    classify,
    dates,
    entities,
    events,
    fatalities,
    filters,
    headlines,
    intent,
    modality,
    places,
    retype,
    roles,
    segment,
    triggers,
)
from dyadline.pipeline.extensions import register_extensions

register_extensions()

STAGES = (
    "dyadline_entities",
    "dyadline_asides",
    "dyadline_headlines",
    "dyadline_triggers",
    "dyadline_classify",
    "dyadline_roles",
    "dyadline_actors",
    "dyadline_retype",
    "dyadline_modality",
    "dyadline_intent",
    "dyadline_dates",
    "dyadline_places",
    "dyadline_fatalities",
    "dyadline_filter",
    "dyadline_events",
)

__all__ = ["STAGES", "register_extensions"]
