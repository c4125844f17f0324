"""Stage: modality and event filtering.

Sets ``negated`` ("did not attack", "denied sending troops", "refused to
extradite", "rejected claims that it had deployed troops"), ``hypothetical``
("would impose", "if ..."), ``future`` ("will meet", "plans to visit",
"a planned visit"), and drops candidates that are not events of their own:
the threatened / promised / requested act under a THREATEN, AGREE, REQUEST
or REJECT verb (that verb is the event; a denied or refused act is kept,
negated), a cancelled or called-off event
(the cancellation is the event), a noun restating a verb's object ("sent
aid": one AID event, not two) and a re-mention ("the raid") of an event
already coded. Candidates without enough actors are dropped later, by the
filter stage, once the event's place is known.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from dyadline.pipeline.candidate import Candidate
from dyadline.pipeline.parse import conditional, governors, infinitive, not_ruled_out

__all__ = ["ModalityStage", "modality"]

_NEGATING_HEADS = frozenset({"deny", "fail", "refuse", "decline", "refusal", "failure"})
#: verbs whose negation affirms the act they govern ("would not hesitate to use force")
_LITOTES = frozenset({"hesitate"})
#: verbs that keep someone from an act ("prevented the police from arresting him")
_PREVENTING = frozenset({"prevent", "stop", "bar", "prohibit", "restrain", "deter", "block", "restrict"})
#: "rejected claims that it had deployed troops": the act of a denied claim is negated
_CLAIM_NOUNS = frozenset({"claim", "report", "allegation", "accusation", "suggestion", "charge", "rumour", "rumor"})
_DENYING_HEADS = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can"})
#: verbs whose object is an act asked for, not done ("demanded a ban on the VHP and the arrest of its leaders")
_DEMAND_HEADS = frozenset({"demand", "seek", "urge", "request", "want", "press", "ask", "call"})
#: verbs that make an act noun their passive subject ("any such arrest has been made"): the act's modality is
#: theirs
_LIGHT_VERBS = frozenset({"make", "carry", "conduct", "effect", "stage", "hold", "launch", "take"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
_FUTURE_HEADS = frozenset({"plan", "intend", "expect", "prepare", "schedule", "aim", "hope", "want", "seek", "propose", "consider", "mull"})
_FUTURE_MODS = frozenset({"planned", "upcoming", "proposed", "scheduled", "expected", "future", "possible", "potential"})
_CANCEL_HEADS = frozenset({"cancel", "postpone", "scrap", "suspend", "delay", "call", "shelve", "abandon",
                           "cancellation", "postponement", "suspension", "moratorium", "cessation", "halt"})
#: verbs that end the act told by their gerund ("stopped fighting", "ceased shelling the town")
_ENDING = frozenset({"stop", "cease", "halt", "quit"})
_SPEECH_HEADS = frozenset({"say", "state", "tell", "report", "announce", "claim", "add", "confirm", "write", "note"})
_ENVELOPE_TYPES = frozenset({"THREATEN", "AGREE", "REQUEST", "REJECT"})
#: envelopes whose clause (not only their infinitive) is the act asked for or threatened
_ASKING_TYPES = frozenset({"THREATEN", "REQUEST"})
#: verbs whose infinitive happened ("managed to arrest", "were forced to open fire"); under any other word an infinitive is
#: only aimed at ("orders to arrest", "in a position to nab", "difficult to arrest", "allowed to arrest")
_IMPLICATIVE = frozenset({"able", "manage", "begin", "start", "continue", "proceed", "go", "use", "rush", "move",
                          "get", "succeed", "resume", "keep", "dare", "bother", "come", "happen", "resort", "hesitate",
                          "force", "compel", "oblige", "prompt", "persuade", "convince", "lead", "spur",
                          "provoke", "trigger", "cause", "drive", "inspire"})
#: a subject that says no one did it ("none were arrested", "not a single activist")
_NO_ONE = frozenset({"none", "nobody", "noone", "nothing"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "dobj", "pobj", "prep"})


def _governors(token: Token, limit: int = 4) -> list[Token]:
    """Heads above the trigger, up through clause links (and from an act noun to the light verb it is the
    passive subject of: "any such arrest has been made")."""
    if token.pos_ == "NOUN" and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _LIGHT_VERBS:
        return [token.head, *governors(token.head, _CLAUSE_LINKS, limit - 1)]
    return governors(token, _CLAUSE_LINKS, limit)


def _in_case(trigger: Token) -> bool:
    """'put on alert in case a confrontation takes place', 'in case of an attack': a precaution, not an act."""
    doc = trigger.doc
    clause = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    start = clause.left_edge.i
    if start >= 2 and doc[start - 2].lower_ == "in" and doc[start - 1].lower_ == "case":
        return True
    return (trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ == "case"
            and trigger.head.head.head.lower_ == "in")


def _set_flags(cand: Candidate, trigger: Token, acts: frozenset[int] = frozenset()) -> None:
    children = list(trigger.children)
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    cand.negated = any(c.dep_ == "neg" for c in children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in children
    )
    cand.hypothetical = bool(aux & _HYPOTHETICAL_AUX) or conditional(trigger)
    cand.future = bool(aux & _FUTURE_AUX) or (
        "going" in aux and any(c.lower_ == "to" for c in children)
    ) or any(c.dep_ in {"amod", "compound"} and c.lower_ in _FUTURE_MODS for c in children)
    if _aimed_infinitive(trigger, acts):
        cand.hypothetical = cand.aimed = True
    if _counterfactual(trigger):
        cand.hypothetical = True
    if _in_case(trigger):
        cand.hypothetical = cand.aimed = True  # a precaution against it: no one's intent, no threat
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in children):
        cand.hypothetical = True  # "any attack on its nuclear sites would be ...": no attack has happened
    if (trigger.dep_ == "pcomp" and trigger.head.lower_ == "from"
            and trigger.head.head.lemma_.lower() in _PREVENTING):
        cand.hypothetical = cand.aimed = True  # "nothing can prevent them from arresting him": not done
    if any(_says_no_one(c) for c in children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}):
        cand.negated = True
    if trigger.dep_ in {"pobj", "pcomp"} and trigger.head.lower_ == "without":
        cand.negated = True  # "took control without fighting", "was released without being charged"
    claim = trigger.head
    if trigger.dep_ == "acl" and claim.pos_ == "NOUN" and claim.lemma_.lower() in _NEGATING_HEADS:
        cand.negated = True  # "Libya's refusal to hand over the suspects", "the failure to protect civilians"
    if trigger.dep_ in {"acl", "ccomp", "relcl"} and claim.lemma_.lower() in _CLAIM_NOUNS:
        if claim.head.lemma_.lower() in _DENYING_HEADS:
            cand.negated = True
    below = trigger
    own_clause = False  # above a finite verb joined by "and"/"but", another clause's negation is not this act's
    for gov in _governors(trigger):
        lemma = gov.lemma_.lower()
        own_clause = own_clause or (below.dep_ == "conj" and below.tag_ in _FINITE_TAGS)
        below = gov
        if not_ruled_out(gov):
            # "refused to rule out sending troops": the negations cancel; the act is held out as possible
            cand.hypothetical = True
            break
        if lemma in _NEGATING_HEADS and not own_clause:
            cand.negated = True  # ("declined to give details, but confirmed that they had been booked")
        if (lemma not in _SPEECH_HEADS and lemma not in _LITOTES and any(c.dep_ == "neg" for c in gov.children)
                and not own_clause):
            cand.negated = True
        if (lemma in _FUTURE_HEADS and not (trigger.pos_ == "NOUN" and _asked_about(trigger, gov))) or (
                gov.lower_ == "going" and trigger.dep_ == "xcomp"):
            cand.future = True
        if lemma in _LITOTES:
            # "we will not hesitate in arresting them": as announced as the hesitating
            gov_aux = {c.lower_ for c in gov.children if c.dep_ == "aux"}
            cand.future = cand.future or bool(gov_aux & _FUTURE_AUX)
            cand.hypothetical = cand.hypothetical or bool(gov_aux & _HYPOTHETICAL_AUX)
        if lemma in _CLAIM_NOUNS and gov.head.lemma_.lower() in _DENYING_HEADS:
            cand.negated = True
        gov_children = list(gov.children)
        if conditional(gov):
            cand.hypothetical = True
        acted_through = trigger.dep_ == "xcomp" or (trigger.pos_ == "NOUN" and gov.i == trigger.head.i) or (
            # (not what is looked into: "will open an inquiry into the massacre" tells of a massacre done)
            trigger.pos_ == "NOUN" and trigger.head.dep_ == "prep" and trigger.head.lower_ != "into"
            and gov.i == trigger.head.head.i)
        if gov.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in gov_children):
            # "we will effect preventive arrests", "will be put under house arrest"
            cand.future = cand.future or acted_through
        if gov.pos_ == "VERB" and acted_through and any(
                c.dep_ in {"aux", "auxpass"} and c.lower_ in _HYPOTHETICAL_AUX for c in gov_children):
            cand.hypothetical = True  # "may be put under house arrest"
        if trigger.pos_ == "NOUN" and lemma in _DEMAND_HEADS and gov.pos_ == "VERB" and not _asked_about(trigger, gov):
            cand.hypothetical = cand.aimed = True  # "demanded ... the arrest of its leaders"


#: nouns of an account of what happened ("sought a report on the death of a youth": the death happened)
_ACCOUNT_NOUNS = frozenset({"report", "probe", "inquiry", "enquiry", "investigation", "details", "explanation",
                            "information", "account", "compensation", "statement", "clarification"})


def _asked_about(trigger: Token, gov: Token) -> bool:
    """Between the act noun and the verb of asking stands an account of the act, which is what is asked."""
    tok = trigger.head
    while tok.i != gov.i and tok.head.i != tok.i:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _ACCOUNT_NOUNS:
            return True
        tok = tok.head
    return False


def _threatened_party(envelope: Candidate, act: Candidate) -> None:
    """A threat that names no one threatens whom its act would hit ("threatened to step up attacks on
    Turkish cities": Turkey)."""
    if envelope.rule.event_type == "THREATEN" and not envelope.targets and act.targets:
        envelope.targets, envelope.target_heads = act.targets, act.target_heads
        envelope.role_rule += "+target-of-the-act-threatened"


def _aimed_infinitive(trigger: Token, acts: frozenset[int]) -> bool:
    """'time to arrest', 'orders to arrest him', 'difficult to arrest', 'allow the police to arrest',
    'gave the police 20 days to arrest': an infinitive under anything but an implicative verb has not
    happened. (A purpose clause under an act, "fired tear gas to disperse them", is left as told.)"""
    if trigger.dep_ not in {"xcomp", "acl", "ccomp", "advcl"}:
        return False
    if not infinitive(trigger):
        return False
    if trigger.dep_ == "advcl" and trigger.head.i in acts and trigger.head.lemma_.lower() not in _DEMAND_HEADS:
        return False  # (but "rallied to demand a deal to free the hostages": what is demanded is not done)
    if trigger.head.lemma_.lower() == "have" and trigger.head.tag_ == "VBD":
        return False  # "the police had to open fire": what one had to do, one did
    return trigger.head.lemma_.lower() not in _IMPLICATIVE


def _counterfactual(trigger: Token) -> bool:
    """'had Singhal been detained in Lucknow, ...': an inverted "had" before the subject."""
    subjects = [c.i for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" and c.i < subjects[0]
                                  for c in trigger.children)


def _says_no_one(tok: Token) -> bool:
    """'none were arrested', 'no protesters were hurt', 'not a single activist has been arrested'."""
    if tok.lower_ in _NO_ONE:
        return True
    if any(c.dep_ in {"det", "neg"} and c.lower_ in {"no", "not"} for c in tok.children):
        return True
    # "not one activist", "not a single activist"
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 3):tok.i]]
    return "not" in before and all(w in {"a", "one", "single"} for w in before[before.index("not") + 1:]) \
        and before[-1] != "not"


def _protest_scene(trigger: Token, cand: Candidate) -> bool:
    """'shot dead during election riots', 'injured in the protests': the demonstration in which
    another act happened is an event of its own."""
    return (cand.rule.event_type == "PROTEST" and trigger.dep_ == "pobj"
            and trigger.head.lower_ in {"during", "amid", "in", "at"})


def _cause(trigger: Token) -> bool:
    """'closed its borders because of fighting between A and B': the act given as the cause of another is an
    event of its own."""
    prep = trigger.head
    if trigger.dep_ != "pobj":
        return False
    # ("because of" parsed either way: "of" as the preposition, or "because" with "of" beside it)
    return (prep.lower_ == "of" and prep.head.lower_ == "because") or (
        prep.lower_ == "because" and any(c.lower_ == "of" for c in prep.children)) or (
        prep.lower_ == "to" and prep.head.lower_ in {"due", "owing"})


def _scene_of(trigger: Token, cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """'two people died in police firing': the firing (a participle hanging on "police") is the scene
    of the killing, one event with it."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBG":
        return False
    tok = trigger.head
    for _ in range(3):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        other = by_token.get(tok.i)
        if other is not None:
            return other.rule.event_type == cand.rule.event_type
    return False


#: words after which an act is what someone is held for, not an event the report tells ("suspected of killing",
#: "arrested for attacking", "convicted over the murder")
#: ("accused of killing" stays: an accusation reports the act, which may be the event itself)
_HELD_FOR = frozenset({"suspect", "charge", "convict", "indict", "want", "arrest", "detain", "jail",
                       "sentence", "book", "nab", "imprison", "prosecute", "try"})


def _held_for(trigger: Token) -> bool:
    """'two youths suspected of robbing a shop were beaten by a crowd': the robbery is what they are held
    for, background to the beating and no event of its own."""
    prep = trigger.head
    if trigger.dep_ not in {"pcomp", "pobj"} or prep.dep_ != "prep" or prep.lower_ not in {"of", "for", "over"}:
        return False
    return prep.head.lemma_.lower() in _HELD_FOR and prep.head.pos_ in {"VERB", "ADJ"}


def _embedding_slot(trigger: Token) -> Token:
    """The verb whose place in the clause says what embeds the trigger: itself, or for a verb joined on the
    first of the pair ("threatened to attack the base and kill its general": "kill" stands where "attack" does)."""
    if trigger.dep_ == "conj" and trigger.pos_ == "VERB" and trigger.head.pos_ == "VERB" \
            and trigger.head.dep_ in {"xcomp", "ccomp"}:
        return trigger.head
    return trigger


#: verbs that keep someone "from" doing something
_PREVENTING = frozenset({"bar", "ban", "prevent", "stop", "block", "prohibit", "forbid", "deter", "restrain",
                         "debar", "preclude"})


def _prevented(trigger: Token) -> bool:
    """'barred Turkish ministers from holding rallies': an act someone was kept from holding did not happen
    (the keeping is its own event). (Not "prevented the protesters from marching": they were there.)"""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return False
    act = trigger.head
    return (act.dep_ == "pcomp" and act.head.lower_ == "from"
            and act.head.head.lemma_.lower() in _PREVENTING)


def _charge_as_reason(trigger: Token, cand: Candidate) -> bool:
    """'attacked a police patrol, injuring two officers, over allegations of police beating a vendor', 'resigned
    amid accusations of graft': a charge told as the reason for another act, by no one named, is its
    background."""
    return (cand.rule.event_type == "ACCUSE" and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj"
            and trigger.head.lower_ in {"over", "amid", "following", "after"} and not cand.source_heads)


#: words of a quantity of something given ("tonnes of food", "a sum in aid")
_AMOUNT_WORDS = frozenset({"dollar", "euro", "pound", "yuan", "yen", "rupee", "million", "billion", "worth",
                           "amount", "sum", "tonne", "ton", "tons", "tonnes"})


def _an_amount(tok: Token) -> bool:
    """A quantity ("2 billion euros", "$1 million", "500 tonnes") through which an act noun is told."""
    return tok.pos_ in {"NOUN", "NUM", "SYM"} and (tok.ent_type_ in {"MONEY", "QUANTITY"}
                                                  or tok.lemma_.lower() in _AMOUNT_WORDS)


class ModalityStage:
    def __call__(self, doc: Doc) -> Doc:
        candidates: list[Candidate] = doc._.candidates or []
        by_token = {c.trigger_i: c for c in candidates}
        seen_types: set[str] = set()
        acts = frozenset(by_token)
        for cand in candidates:
            trigger = doc[cand.trigger_i]
            _set_flags(cand, trigger, acts)
            # ("killed a commander in a bombing raid": the kind of raid is part of what the raid is part of)
            # (not "rioting voters": only an act noun that modifies another act noun)
            held = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "compound" and \
                trigger.head.i in by_token else trigger
            govs = _governors(held, limit=3)
            near = govs[:2] if trigger.pos_ == "NOUN" else govs[:1]
            if trigger.pos_ == "NOUN" and len(govs) > 2 and _an_amount(govs[1]):
                near = govs[:3]  # "pledged 2 billion euros in military aid": the aid is what was pledged
            if any(g.lemma_.lower() in _CANCEL_HEADS for g in near) and trigger.dep_ in {"dobj", "nsubjpass", "pobj"}:
                cand.dropped = "cancelled"
            elif trigger.tag_ == "VBG" and trigger.dep_ in {"xcomp", "dobj"} \
                    and trigger.head.lemma_.lower() in _ENDING \
                    and not any(c.dep_ == "neg" for c in trigger.head.children):
                # "the two armies stopped fighting": the fighting is over; the stop is the event (but "did not stop
                # shooting": it went on)
                cand.dropped = "ended"
            elif (slot := _embedding_slot(trigger)).head.i in by_token and slot.head.lemma_.lower() not in \
                    _NEGATING_HEADS and not not_ruled_out(slot.head) and (
                    (slot.dep_ == "xcomp" and by_token[slot.head.i].rule.event_type in _ENVELOPE_TYPES)
                    # "demanded (that) Kodnani be arrested": the demand is the event
                    or (slot.dep_ == "ccomp" and by_token[slot.head.i].rule.event_type in _ASKING_TYPES)):
                # "threatened to attack": the threat is the event; but "refused to extradite" keeps
                # the refused act, coded as negated
                cand.dropped = "embedded-in-" + by_token[slot.head.i].rule.event_type
                _threatened_party(by_token[slot.head.i], cand)
            elif (trigger.pos_ == "NOUN" and any(g.i in by_token and not not_ruled_out(g) for g in near)
                  and not _protest_scene(trigger, cand)
                  and not _cause(trigger)):
                cand.dropped = "part-of-another-event"
                cand.absorbed_by = next(g.i for g in near if g.i in by_token and not not_ruled_out(g))
                # ("threatened to step up attacks on Turkish cities": the light verb hangs on the threat)
                for envelope in (by_token[g.i] for g in govs[:3] if g.i in by_token):
                    _threatened_party(envelope, cand)
            elif trigger.dep_ == "advcl" and (host := by_token.get(trigger.head.i)) is not None and \
                    host.rule.event_type == cand.rule.event_type and host.role_rule.endswith("scene-agent") and \
                    not cand.target_heads:
                # "a student lost his life when a police bullet struck him": the striking is the scene of the
                # death, whose doer the death already took
                cand.dropped = "part-of-another-event"
                cand.absorbed_by = host.trigger_i
            elif _prevented(trigger):
                cand.dropped = "prevented"
            elif _charge_as_reason(trigger, cand):
                cand.dropped = "reason-for-another-act"
            elif _held_for(trigger):
                cand.dropped = "held-for"
            elif _scene_of(trigger, cand, by_token):
                cand.dropped = "part-of-another-event"
            elif trigger.pos_ == "NOUN" and cand.rule.event_type in seen_types and not cand.source_heads and any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "these", "that", "those"} for c in trigger.children
            ):
                cand.dropped = "re-mention"
            if cand.dropped is None or cand.dropped in {"re-mention"}:
                seen_types.add(cand.rule.event_type)
        return doc


@Language.factory("dyadline_modality")
def modality(nlp: Language, name: str) -> ModalityStage:
    return ModalityStage()
