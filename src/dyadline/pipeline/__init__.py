"""The coding pipeline: spaCy stages, one module each, sharing ``doc._`` data.

Order: segment (before the parser) -> [spaCy model] -> entities -> triggers
-> roles -> actors -> modality -> events. Importing this package registers
the stage factories with spaCy.
"""

from dyadline.pipeline import actors, entities, events, modality, roles, segment, triggers  # noqa: F401
from dyadline.pipeline.extensions import register_extensions

register_extensions()

STAGES = (
    "dyadline_entities",
    "dyadline_triggers",
    "dyadline_roles",
    "dyadline_actors",
    "dyadline_modality",
    "dyadline_events",
)

__all__ = ["STAGES", "register_extensions"]
