"""The ranking of a sentence's place mentions for an event's trigger (:func:`rank_mentions`), as the places
stage (:mod:`dyadline.pipeline.places`) and the event-location evaluation use it: the place phrase of the
trigger first, then of its arguments, of its governing clause, any other."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyadline.pipeline.parse import governors
from dyadline.pipeline.place_mentions import Mention, road_slot, root_of, slot_of
from dyadline.pipeline.place_words import OF_ACT, OF_NAMED, PLACE_LABELS, WEAK_PREPS

__all__ = ["rank_mentions", "within"]

_CLAUSE_UP = frozenset({"xcomp", "ccomp", "conj", "advcl", "relcl", "acl", "pcomp", "dobj", "pobj", "prep",
                        "nsubjpass", "nsubj"})


def within(tok: Token, top: Token, limit: int = 4) -> int | None:
    """Steps from tok up to top, if top is above it (not crossing another clause's verb)."""
    cur = tok
    for steps in range(limit):
        if cur.i == top.i:
            return steps
        if cur.head.i == cur.i:
            return None
        if steps and cur.pos_ in {"VERB", "AUX"}:
            return None
        cur = cur.head
    return None


def _patient_of(tok: Token, trigger: Token) -> int | None:
    """Steps from a name up to the trigger's passive subject, if it lies in it ("Baghdad was bombed",
    "Australia's embassy in Jakarta was bombed")."""
    cur = tok
    for steps in range(5):
        if cur.dep_ == "nsubjpass" and cur.head.i == trigger.i:
            return steps
        if cur.head.i == cur.i or cur.head.pos_ in {"VERB", "AUX"}:
            return None
        cur = cur.head
    return None


def _described(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The name lies in a phrase set off by a comma after another place, describing it ("Dura, south
    of Baghdad"; "Khost, an al-Qaida hotbed in eastern Afghanistan"): the other name is the event's."""
    for o in mentions:
        if o is m or o.end >= m.start or m.start - o.end > 9 or doc[o.end].text != ",":
            continue
        between = doc[o.end + 1:m.start]
        if len(between) and all(t.pos_ not in {"VERB", "AUX", "PUNCT", "CCONJ", "PRON"} or t.tag_ == "VBN"
                                for t in between) and between[-1].pos_ in {"ADP", "ADJ", "DET"}:
            return o
    return None


#: prepositions of what an act answers or is about
_CAUSES = frozenset({"against", "over", "about", "for"})


def _governors(trigger: Token, limit: int = 3) -> list[Token]:
    return governors(trigger, _CLAUSE_UP, limit)


def rank_mentions(doc: Doc, trigger: Token, mentions: list[Mention], *, loose: bool = True) -> list[Mention]:
    """The sentence's place mentions, best first, for the event of ``trigger``.

    Tiers: 0 attached to the trigger; 1 to its arguments; 2 to its governing
    clause or inside its phrase; 3 any other locative phrase; 4 (``loose``) any other name.
    """
    governors = _governors(trigger)
    arguments = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass", "nsubj", "attr", "agent", "prep"}]
    arguments += [g for a in arguments if a.dep_ in {"prep", "agent"} for g in a.children if g.dep_ == "pobj"]
    slots = {m: road_slot(doc, m) if m.road_end else slot_of(root_of(doc, m)) for m in mentions}
    scored: list[tuple[float, int, int, float, Mention]] = []
    for m in mentions:
        root = root_of(doc, m)
        slot = slots[m]
        distance = abs(root.i - trigger.i)
        if slot is None:
            patient = _patient_of(root, trigger) if m.label in PLACE_LABELS else None
            if patient is not None:
                scored.append((1, 0, patient, distance, m))  # "Baghdad was bombed"
            elif loose and root.i != trigger.i:
                scored.append((4, 0, 0, distance, m))
            continue
        head, prep = slot.head, slot.prep
        weak = 1 if prep in WEAK_PREPS or prep == OF_ACT else 0
        if prep == "mod" and head.i != trigger.i:
            # "U.S. forces", "the Syrian army's positions": a name modifying another noun is rarely the place
            if loose:
                scored.append((4, 1, 0, distance, m))
            continue
        if prep == OF_ACT and head.i != trigger.i and head.dep_ == "pobj" and head.head.lower_ in _CAUSES:
            continue  # ("protested against NATO's bombing of Yugoslavia": the land bombed is what they protest)
        if head.i == trigger.i:
            tier = 0 + weak
        elif any(head.i == a.i for a in arguments):
            tier = 1 + weak
        elif any(head.i == g.i for g in governors[:2]) or within(head, trigger) is not None:
            tier = 2
        elif prep == OF_ACT:
            continue  # (a place attacked in an act that is neither this one nor part of it is not this act's place)
        else:
            tier = 3
        # "X in Y": Y climbs through X, so X is the more specific place
        contained = any(o is not m and o_slot is not None and any(t in slot.path for t in range(o.start, o.end))
                        for o, o_slot in slots.items())
        # "Hama's Hamidiyeh neighborhood": of two names modifying one noun, the nearer one is the place
        contained = contained or any(
            o is not m and root_of(doc, o).head.i == root.head.i and root.i < root_of(doc, o).i < root.head.i
            and root.dep_ in {"poss", "compound", "nmod", "amod"} for o in mentions)
        # "the Findik region of Sirnak": the name after "of" is the region's container
        contained = contained or any(
            o is not m and root_of(doc, o).head.i in slot.of_nouns
            and root_of(doc, o).dep_ in {"compound", "amod", "nmod"}
            and root_of(doc, o).head.lemma_.lower() not in OF_NAMED
            for o in mentions)
        # (a town with its district and state in brackets, "Siliguri town (Darjeeling district, ...)": a later name
        # in the bracket is its container; the first may be nearer than the town, its district)
        contained = contained or (slot.apposed and m.start > 0 and doc[m.start - 1].text == ",")
        if m.road_end:
            # (a road is named by the towns it joins, the first where it was blocked, but a place named with it is
            # where: "blocked the Quba-Baku highway in Sumqayit", "youths in Meru barricaded the Meru-Embu road")
            tier = max(tier, 3) + m.road_end / 10
        scored.append((tier, int(contained), int(slot.modifier), distance, m))
    # "Dura, south of Baghdad": a place describing another comes right after it
    keys = {x[-1]: x[:4] for x in scored}
    for n, x in enumerate(scored):
        o = _described(doc, x[-1], mentions)
        if o is not None and o in keys and keys[o] > x[:4]:
            scored[n] = (keys[o][0], keys[o][1], keys[o][2], keys[o][3] + 0.5, x[-1])
    scored.sort(key=lambda x: x[:4])
    return [x[-1] for x in scored]
