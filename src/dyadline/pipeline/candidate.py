"""The working record of one possible event while the stages refine it.

A Candidate lives only inside one spaCy Doc (it holds token indices into it);
the last stage turns the kept candidates into :class:`dyadline.records.Event`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dyadline.codebooks import load_codebooks
from dyadline.pipeline.lexicon import TriggerRule
from dyadline.records import Actor, Place

__all__ = ["Candidate", "VICTIM_TYPES", "MUTUAL_FIGHTS", "TOGETHER_TYPES", "STATE_FORCES", "ARMED_GROUPS", "OUTLETS",
           "attackers_answered"]

#: violent types: their events may name only the victims ("two villagers were killed"), and what they
#: act on may be a thing ("attacked an army camp")
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})
#: words of a fight between two sides, each both doer and target ("clashes between A and B")
MUTUAL_FIGHTS = frozenset({"clash", "fight", "battle", "shootout", "shoot-out", "firefight", "gunfight", "gunbattle",
                           "skirmish", "exchange", "fighting"})
#: cooperative acts that coordinated doers do together ("Russia and India held joint exercises"): as the PLOVER
#: manual says, all of them are its actors and it has no recipient (the codebook's ``joint`` types)
TOGETHER_TYPES = frozenset(t.name for t in load_codebooks().plover_types.values() if t.joint)
#: the CAMEO code of peacekeepers sent to a land: aid of forces, not a mobilization
PEACEKEEPING = "074"
#: the state's forces, and the armed groups whose attack they answer
STATE_FORCES = frozenset({"COP", "MIL"})
ARMED_GROUPS = frozenset({"REB", "UAF", "CRM", "PRM"})
#: the sector of those who report on every land, whose own land tells nothing of where an act was or whose
#: article it is ("a request from Reuters")
OUTLETS = frozenset({"JRN"})
#: how many sentences back an attack may be that the state's forces answer
_NEARBY_SENTENCES = 2


@dataclass(slots=True)
class Candidate:
    trigger_i: int  # token index of the trigger's head word
    trigger_end_i: int  # one past the last token of the trigger (particles included)
    sentence_index: int
    rule: TriggerRule
    source_heads: list[int] = field(default_factory=list)
    target_heads: list[int] = field(default_factory=list)
    role_rule: str = ""
    thing_i: int | None = None  # head of a thing acted on that is no actor ("attacked an army camp")
    sources: tuple[Actor, ...] = ()
    targets: tuple[Actor, ...] = ()
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    found_dead: bool = False  # the dead were found ("discovered five bodies"): the finder is not the killer
    each_other: bool = False  # one group named fights within itself ("clashes between rival clans")
    aimed: bool = False  # hypothetical because only aimed at ("ordered to arrest"), not the actor's intent
    type_by: str = "lexicon"  # what decided the event type, with the classifier's view (explained in evidence)
    dropped: str | None = None  # why this candidate is not an event, if it is not
    absorbed_by: int | None = None  # trigger of the event this one was folded into ("part-of-another-event")
    # filled by the when/where stages; None means "not found" (events fall back to the article)
    date: str | None = None  # YYYY-MM-DD
    date_precision: str | None = None  # day | month | year | document
    location: Place | None = None
    location_of_act: bool = False  # the location hangs on the act itself ("killed 12 soldiers in Burkina Faso")
    location_in_sentence: bool = False  # the location is a place the trigger's sentence names ("in Gaza")
    fatalities: int | None = None
    # targets whose country is only the article's last actor's (no word of their own tells it)
    guessed_countries: tuple[Actor, ...] = ()

    @property
    def kept(self) -> bool:
        return self.dropped is None


def attackers_answered(candidates: list[Candidate], cand: Candidate) -> Actor | None:
    """'Al Shabaab raided a police post. Officers fought back, killing two': the armed group whose violent act,
    in the candidate's sentence or just before it, the state's forces answered, or fought with ("Police exchanged
    fire with bandits, killing two") (None if there is none)."""
    return next((a for c in reversed(candidates) if c.trigger_i < cand.trigger_i and c.kept
                 and c.rule.event_type in VICTIM_TYPES
                 and cand.sentence_index - _NEARBY_SENTENCES <= c.sentence_index <= cand.sentence_index
                 for a in (*c.sources, *(c.targets if c.rule.lemma in MUTUAL_FIGHTS else ()))
                 if a.sector in ARMED_GROUPS), None)
