"""Stage: an act announced for the future is an intent, as PLOVER codes it.

"Israel will evacuate the settlements", "Syria is willing to withdraw its
troops", "the UN will provide food aid" are commitments to cooperate: PLOVER
codes them AGREE. "Greece plans to impose restrictions", "Iraq is prepared
to impose martial law" signal an intention to act against someone: THREATEN.
A negated acceptance ("would not accept the plan"), or a yielding, help or
meeting declined ahead ("will not lay down their arms"), is a refusal: REJECT.
A candidate flagged future or hypothetical (and not negated), or governed by
a word of willingness, takes the intent type of ``data/intent.csv``; the
``future`` / ``hypothetical`` flags stay, and the evidence says what changed.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from spacy.language import Language
from spacy.tokens import Doc, Token

from dyadline.pipeline.candidate import Candidate
from dyadline.pipeline.parse import conditional, infinitive, not_ruled_out, possibility_of

__all__ = ["OPEN_TO", "IntentRule", "IntentStage", "intent", "load_intents"]

#: words that turn the act they govern into an intent ("willing to withdraw", "ready to send")
_WILLINGNESS = frozenset({"willing", "ready", "prepared", "plan", "intend", "promise", "pledge", "vow", "offer",
                          "agree", "commit", "aim", "expect", "decide", "determined", "set", "undertake"})


#: verbs whose negation is a refusal ("would not accept the plan", "has not allowed inspectors in")
_ACCEPTING = frozenset({"accept", "agree", "allow", "permit", "meet", "accede", "heed"})

#: nouns whose infinitive is one's own announced act ("a plan to invade", "its readiness to talk"; not a
#: decision, which is the act itself: "announced its decision to expel the envoy")
_WILLING_NOUNS = frozenset({"plan", "intention", "intent", "readiness", "willingness", "promise",
                            "pledge", "vow", "commitment", "determination", "proposal", "resolve", "offer", "threat"})

#: verbs that end the act they govern
_STOPPING = frozenset({"halt", "stop", "end", "cease", "suspend", "abandon", "quit"})
#: verbs that carry on or start the act named as their object ("vowed to continue its attacks"; not "agreed to
#: halt the fighting")
_CARRYING_ON = frozenset({"continue", "resume", "intensify", "escalate", "step", "launch", "carry", "conduct",
                          "stage", "mount", "expand", "increase", "keep", "pursue"})


@dataclass(frozen=True, slots=True)
class IntentRule:
    event_type: str
    intent_type: str
    mode: str | None
    cameo: str
    #: the CAMEO threat code of the act held out "unless" something is done ("Kenya will pull its troops out
    #: unless the allowances are paid": a threat to withhold it), if any
    unless_cameo: str | None = None
    #: the CAMEO code of the act announced to protect or bolster someone ("France will send troops to Estonia
    #: to bolster NATO's flank": an intent to give military protection), if any
    protect_cameo: str | None = None


@functools.lru_cache(maxsize=1)
def load_intents() -> Mapping[str, IntentRule]:
    text = resources.files("dyadline.pipeline").joinpath("data/intent.csv").read_text("utf-8")
    rules = {row["event_type"]: IntentRule(row["event_type"], row["intent_type"], row["mode"] or None, row["cameo"],
                                           row["unless_cameo"] or None, row["protect_cameo"] or None)
             for row in csv.DictReader(text.splitlines())}
    return MappingProxyType(rules)


#: states of being open to an act named after "to" ("open to dialogue", "committed to talks")
OPEN_TO = frozenset({"open", "committed", "amenable", "receptive"})


def _willing(trigger: Token) -> bool:
    if (trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "to"
            and trigger.head.head.lemma_.lower() in OPEN_TO and trigger.head.head.dep_ == "acomp"):
        return True  # "open to dialogue with Belgrade"
    cur = trigger
    if (trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.dep_ in {"xcomp", "acl"}
            and trigger.head.lemma_.lower() in _CARRYING_ON):
        # "vowed to continue its attacks", "its readiness to resume negotiations": the act named as the object
        # of the infinitive
        cur = trigger.head
    for _ in range(3):
        if _announced_by(cur):
            return True
        if cur.dep_ not in {"xcomp", "ccomp", "acomp", "advcl"} or cur.head.i == cur.i:
            return False
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" for c in cur.children) and not infinitive(cur):
            return False  # "set fire to a station after a man died in custody": a clause of when, not of will
        link, cur = cur.dep_, cur.head
        if cur.lemma_.lower() in _STOPPING:
            return False  # "agreed to halt fighting": the fighting is what is to end (see _to_be_ended)
        if cur.lemma_.lower() == "hesitate":
            # "would not hesitate to use force" is a threat; "did not hesitate to open fire", a deed
            return any(c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll", "shall"} for c in cur.children)
        if cur.lemma_.lower() in _WILLINGNESS and link != "advcl":
            return True  # (not "a crowd that was setting shops ablaze, killing two": what the setting did)
        if cur.lemma_.lower() == "prepare" and any(c.dep_ == "auxpass" for c in cur.children):
            return True  # "Damascus was prepared to discuss": "prepared" parsed as a passive verb
    return False


def _announced_by(act: Token) -> bool:
    """The act as the content of a word that announces it as one's own: "a plan to invade Fiji", "raised the
    possibility of suspending talks", "did not rule out sending troops", "it was possible to halt talks",
    "wanted to ban the party" (but not "wanted Russia to withdraw": someone else's act)."""
    head = act.head
    lemma = head.lemma_.lower()
    if act.dep_ == "acl" and head.pos_ == "NOUN" and lemma in _WILLING_NOUNS and infinitive(act):
        return True
    if possibility_of(act) is not None:
        return True
    if act.dep_ in {"dobj", "xcomp"} and not_ruled_out(head):
        return True
    if act.dep_ != "xcomp" or not infinitive(act):
        return False
    if lemma == "be":
        return any(c.dep_ == "acomp" and c.lemma_.lower() == "possible" for c in head.children) and not any(
            c.dep_ == "neg" for c in head.children)
    return lemma == "want" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in act.children) and not any(
        c.dep_ in {"dobj", "dative"} for c in head.children)


def _to_be_ended(trigger: Token) -> bool:
    """'agreed to halt fighting', 'vowed to end the attacks': an act named as what a promise will end."""
    stop = trigger.head
    if not (trigger.dep_ in {"xcomp", "dobj"} and stop.lemma_.lower() in _STOPPING):
        return False
    return stop.dep_ == "xcomp" and stop.head.lemma_.lower() in _WILLINGNESS


def _in_condition(trigger: Token) -> bool:
    """'threatened to retaliate if the government executed its fighters': the clause of an "if" or
    "unless" is the condition a threat or promise names, not anyone's announced act; so is the subject of "would
    be met with" ("any deployment of NATO troops would be met with a harsh response")."""
    if any(t.dep_ == "nsubjpass" and t.head.lemma_.lower() == "meet" and trigger.i in {s.i for s in t.subtree}
           and any(p.lower_ == "with" for p in t.head.children) for t in trigger.sent):
        return True
    cur = trigger
    for _ in range(3):
        if conditional(cur):
            return True
        if not (cur.dep_ == "xcomp" or (cur.pos_ == "NOUN" and cur.dep_ == "dobj")) or cur.head.i == cur.i:
            return False
        cur = cur.head  # "if the government decides to arrest them"
    return False


def _put_to_condition(doc: Doc, threat: Candidate) -> None:
    """'said it would take military action if Armenian forces did not withdraw': a threat that names no one
    is aimed at the doers of the act its condition names."""
    trigger = doc[threat.trigger_i]
    anchors = {trigger.i, trigger.head.i}
    for other in doc._.candidates or []:
        clause = doc[other.trigger_i]
        if other is not threat and other.sources and conditional(clause) and clause.head.i in anchors:
            threat.targets = other.sources
            threat.role_rule += "+condition-subject"
            return


class IntentStage:
    def __init__(self, rules: Mapping[str, IntentRule]) -> None:
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        for cand in doc._.candidates or []:
            if cand.kept and cand.negated and not _in_condition(doc[cand.trigger_i]) and (
                    (cand.rule.lemma in _ACCEPTING and cand.rule.event_type in {"AGREE", "CONCEDE", "RETREAT"})
                    or (cand.rule.event_type in _DECLINABLE and _will_not(doc[cand.trigger_i]))):
                self._to_refusal(cand)
                continue
            if not cand.kept or cand.negated:
                continue
            rule = self.rules.get(cand.rule.event_type)
            if rule is None or rule.intent_type == cand.rule.event_type:
                continue
            if _to_be_ended(doc[cand.trigger_i]):
                cand.dropped = "ended-by-promise"  # the promise to end it is the event ("agreed to halt fighting")
                continue
            if _in_condition(doc[cand.trigger_i]):
                continue  # stays hypothetical
            willing = _willing(doc[cand.trigger_i])
            if cand.aimed and not willing:
                continue  # "police were ordered to arrest them": not the police's announced intent
            if cand.future or cand.hypothetical or willing:
                if rule.unless_cameo and _held_out_unless(doc[cand.trigger_i]):
                    rule = IntentRule(rule.event_type, "THREATEN", None, rule.unless_cameo)
                elif rule.protect_cameo and _to_protect(doc[cand.trigger_i]):
                    rule = IntentRule(rule.event_type, "AGREE", None, rule.protect_cameo)
                self._to_intent(cand, rule)
                if cand.rule.event_type == "THREATEN" and not cand.targets:
                    _put_to_condition(doc, cand)
        return doc

    @staticmethod
    def _to_refusal(cand: Candidate) -> None:
        """'Kosovo would not accept the plan', 'did not agree to the terms': declining is a refusal, REJECT."""
        original = cand.rule
        cand.rule = dataclasses.replace(original, event_type="REJECT", mode=None, cameo="120")
        cand.negated = False
        cand.role_rule += f"+refusal({original.event_type})"

    @staticmethod
    def _to_intent(cand: Candidate, rule: IntentRule) -> None:
        original = cand.rule
        cand.rule = dataclasses.replace(original, event_type=rule.intent_type, mode=rule.mode, cameo=rule.cameo)
        cand.role_rule += f"+intent({original.event_type})"


def _to_protect(trigger: Token) -> bool:
    """The act's purpose is to protect, bolster or help someone ("to bolster NATO's eastern flank")."""
    return any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in _PROTECTING
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in trigger.children)


#: what forces are sent to do for those they are sent to
_PROTECTING = frozenset({"protect", "defend", "bolster", "reinforce", "reassure", "support", "help", "assist",
                         "secure", "guard", "strengthen", "shore", "safeguard"})


def _held_out_unless(trigger: Token) -> bool:
    """'will pull its troops out unless the allowances are paid': an act promised only if something is
    not done is held over the other side as a threat."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in trigger.children)


def _will_not(verb: Token) -> bool:
    """'would not negotiate with Kyiv', 'will not attend the summit': a meeting declined ahead is a refusal (not
    'did not meet', which only says it did not happen)."""
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children) and any(
        c.dep_ == "neg" for c in verb.children)


#: acts whose refusal ahead ("would not lay down their arms", "will not release them", "would not negotiate")
#: is a rejection
_DECLINABLE = frozenset({"CONSULT", "RETREAT", "CONCEDE", "AID", "COOPERATE"})

#: auxiliaries of a stated will
_WILL = frozenset({"will", "would", "'ll", "wo", "shall"})


@Language.factory("dyadline_intent")
def intent(nlp: Language, name: str) -> IntentStage:
    return IntentStage(load_intents())
