"""Stage: who acted (source) and on whom (target), from the dependency parse.

For each candidate it records the head tokens of the source and target
phrases and the name of the rule that found them (part of the evidence).

Verbs: active subjects (climbing xcomp / conj / advcl chains when the verb
has none of its own, and through relative pronouns), passive "by"-agents,
participles modifying a noun ("a raid conducted by the police"), direct
objects or prepositional objects that name an actor, and actors inside the
object phrase ("canceled events hosted with Russian entities").
Nouns: "by"-agents, possessives, actor modifiers ("police raids", "Russian
strikes"), "of" / "on" / "against" / "to" phrases. Death words take the
victim as target and the agent of the surrounding attack or raid as source.

The stage is :class:`RoleFinder`, with its parts in modules of their
own: the word lists in ``role_words``, walks over phrases and clauses in
``phrases`` and ``clauses``, the lookups every part shares in
``role_base``, the target of an active verb in ``verb_targets``, victims
in ``victims`` and noun triggers in ``noun_roles``. The verbs' subjects
and passives, and the stage's last touches, are here.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from dyadline.pipeline.candidate import TOGETHER_TYPES, VICTIM_TYPES, Candidate
from dyadline.pipeline.clauses import subjects_of
from dyadline.pipeline.noun_roles import NounRoles
from dyadline.pipeline.parse import (antecedent_person, by_agents, headline_victim, infinitive, is_passive,
                                     passive_subjects, past_tense_read_as_participle, reduced_relative_read_as_verb,
                                     told_subjects)
from dyadline.pipeline.phrases import expand_conj, pobjs, search_phrase
from dyadline.pipeline.role_words import (ARMED, FINDING, FORCE_PREMISES, HITTING_BACK, HOLDING_OUT_TYPES, MUTUAL,
                                          PREMISES, RELATIONS, STIRRED, TAKING_GROUND, TARGET_PREPS, TOLD_OF,
                                          VICTIM_LEMMAS)
from dyadline.pipeline.verb_targets import VerbTargets
from dyadline.pipeline.victims import dead_of_the_scene

__all__ = ["RoleFinder", "find_roles"]


def _people_word(noun: Token) -> bool:
    """'A group of musicians', 'hundreds of teachers': people named in the plural or as a group."""
    if noun.lemma_.lower() in {"group", "crowd", "band", "number", "hundreds", "thousands", "dozens"}:
        return True
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS"


def _armed_words(phrase: Token) -> bool:
    """Whether a phrase names an armed party (or a named group: an organisation's name)."""
    return any(t.lemma_.lower() in ARMED or t.lower_ in ARMED or t.ent_type_ in {"ORG", "NORP"}
               for t in phrase.subtree)


#: verbs whose passive binds the one it is said of ("is committed to reform"): that one promises
_SELF_BOUND = frozenset({"commit", "dedicate", "devote"})


class RoleFinder(VerbTargets, NounRoles):
    """The roles stage: the source and target heads of each candidate (its verb part here, the others inherited)."""

    def _verb_roles(self, cand: Candidate, verb: Token, skip: set[int]) -> None:
        children = list(verb.children)
        if cand.rule.lemma == "come" and cand.rule.event_type in {"ACCUSE", "ASSAULT"}:
            self._under_fire(cand, verb)
            return
        if cand.rule.lemma == "receive" and cand.rule.event_type == "AID":
            # "Ukraine received 30 tanks from Poland": the giver is the source, the receiver the target
            cand.source_heads = [a.i for a in expand_conj(self._actor_in(pobjs(verb, ("from",)))[:1])]
            cand.target_heads = [t.i for t in expand_conj(
                [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}][:1] or subjects_of(verb)[0][:1])]
            cand.role_rule = "received-from"
            return
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children) and (sides := self._between(verb)):
            # "Fighting between Mungiki and Taliban gangs": a gerund with no subject names both sides (and so
            # does a headline's noun the tagger took for a verb: "Clash between PNU and KANU rivals")
            cand.source_heads, cand.target_heads = [sides[0].i], [sides[1].i]
            cand.role_rule = "gerund:between"
            return
        if (verb.tag_ == "VBN" and verb.dep_ in {"xcomp", "ccomp", "oprd"} and verb.head.lemma_.lower() in TOLD_OF
                and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "auxpass", "aux"} for c in children)
                and (told := told_subjects(verb.head))):
            # "a lawyer was found killed", "nine fighters were reported killed": whom it befell (and "a member
            # was detained and later found killed": the subject "found" shares with the passive before it)
            cand.target_heads = [t.i for t in expand_conj(told[:1])]
            cand.source_heads = [t.i for t in expand_conj(by_agents(verb))]
            cand.role_rule = "told-of-participle"
            return
        if (cand.rule.mode == "phone" and verb.dep_ == "acl" and verb.tag_ == "VBN"
                and (called := [c for c in children if c.dep_ == "oprd" and self.is_actor(c)])):
            # "US President Donald Trump called President Erdogan on Wednesday and urged him ...": a call the
            # parser read as naming ("a man called John")
            cand.source_heads, cand.target_heads = [verb.head.i], [called[0].i]
            cand.role_rule = "phone-call-read-as-naming"
            return
        if (held := reduced_relative_read_as_verb(verb)) is not None:
            # "Eighteen fishermen, held captive for 100 days, have been freed": a passive participle after all
            cand.target_heads = [t.i for t in expand_conj([held])] if self.is_actor(held) else []
            cand.source_heads = [t.i for t in expand_conj(by_agents(verb))]
            cand.role_rule = "participle-read-as-verb"
            return
        passive = is_passive(verb)
        if passive and cand.rule.event_type == "ACCUSE" and verb.lemma_.lower() in STIRRED:
            self._stirred_roles(cand, verb)
            return
        participle = verb.dep_ in {"acl", "amod"} and (
            verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in children)) and not any(
            c.dep_ == "dobj" for c in children) and not past_tense_read_as_participle(verb)
        if participle and cand.rule.event_type == "PROTEST" and verb.dep_ == "acl" and (
                self.is_actor(verb.head) or (verb.head.dep_ == "ROOT" and _people_word(verb.head))) \
                and not any(c.dep_ in {"auxpass", "agent"} for c in children):
            # "Thousands of students protested in Dhaka" parsed as a noun phrase: people do not get protested
            cand.source_heads = [verb.head.i]
            cand.role_rule = "subject:participle-head"
            return
        if passive or participle:
            self._passive_roles(cand, verb, children, participle, skip)
            return
        subjects, how = subjects_of(verb)
        if cand.rule.event_type in VICTIM_TYPES and len(subjects) == 1 and subjects[0].head.i == verb.i \
                and headline_victim(subjects[0]):
            # "Four killed, two injured": the number is who was killed
            cand.target_heads = [subjects[0].i]
            cand.role_rule = "headline-victims"
            return
        owners = [c for c in subjects[0].children if c.dep_ == "poss" and self.is_actor(c)] \
            if how == "subject:participle-head" and len(subjects) == 1 and infinitive(verb) else []
        if owners and not self.is_actor(subjects[0]):
            # "protested the government's decision to suspend talks": the one whose decision it is acts
            subjects, how = owners[:1], how + "+whose-decision"
        elif how == "subject:participle-head" and len(subjects) == 1 and (
                not self.is_actor(subjects[0]) or subjects[0].lemma_.lower() in FORCE_PREMISES) and (
                subjects[0].dep_ == "dobj" and subjects[0].head.pos_ == "VERB" or (
                    # "set fire to a police station demanding the resignation of ...": a building demands nothing
                    subjects[0].dep_ == "pobj" and subjects[0].head.head.pos_ == "VERB"
                    and subjects[0].lemma_.lower() in PREMISES)):
            # "protesters chanting slogans condemning the government": who chanted them
            verb_of = subjects[0].head if subjects[0].dep_ == "dobj" else subjects[0].head.head
            subjects, how = subjects_of(verb_of)
            how += "+of-the-object"
        if cand.rule.lemma == "leave" and any(self._is_event_noun(s) and s.i in skip for s in subjects):
            # "An attack by militants left five soldiers dead": the attack's own event tells it
            cand.dropped = "told-by-its-subject"
            return
        if len(subjects) == 1 and (not self.is_actor(subjects[0]) or self._is_event_noun(subjects[0])) and (
                doers := [a for a in pobjs(subjects[0], ("by",)) + [g for c in subjects[0].children if c.dep_ == "acl"
                                                                    for g in by_agents(c)] if self.is_actor(a)]):
            # "A shooting by unknown gunmen injured nine people", "bullets fired by the police killed three":
            # the doer of the act in the subject
            subjects, how = expand_conj(doers[:1]), how + "+doer-of-subject"
        elif how == "subject:relative" and len(subjects) == 1 and (
                not self.is_actor(subjects[0]) or (subjects[0].dep_ == "pobj" and subjects[0].head.lower_ in {
                    "at", "in", "near"})) and (doer := self._doer_of_antecedent(verb, subjects[0])) is not None:
            # (a place the clause was hung on is not what "which" stands for: "the firing at Godhra, which")
            subjects, how = expand_conj([doer]), how + "+doer-of-antecedent"
        if not subjects and cand.rule.event_type in VICTIM_TYPES and (
                shooter := self._headline_firing(verb)) is not None:
            subjects, how = [shooter], how + "+headline-firing"  # "police firing kills three in Vadodara"
        cand.source_heads = [t.i for t in subjects]
        cand.role_rule = how
        target, where = self._verb_target(cand, verb, children, skip)
        if target:
            cand.target_heads = [t.i for t in target]
            cand.role_rule += "+" + where
        elif where == "withdrawn-from":
            cand.role_rule += "+" + where  # the place left names no actor: its country is put in later

    def _under_fire(self, cand: Candidate, verb: Token) -> None:
        """'A police patrol came under fire from militants': the militants attack the patrol; 'the government
        came under criticism from Brussels': Brussels criticises it. Fire from anyone but an armed party
        ("came under fire from the opposition") is criticism, no attack."""
        froms = [p for under in pobjs(verb, ("under",)) for p in pobjs(under, ("from",))] + pobjs(verb, ("from",))
        if cand.rule.event_type == "ASSAULT" and froms and not any(_armed_words(p) for p in froms):
            cand.dropped = "figurative-fire"
            return
        cand.source_heads = [a.i for a in expand_conj(self._actor_in(froms)[:1])]
        cand.target_heads = [t.i for t in expand_conj(subjects_of(verb)[0][:1])]
        cand.role_rule = "under-fire-from"

    def _stirred_roles(self, cand: Candidate, verb: Token) -> None:
        """'Britain said it was appalled by the attacks by the rebels': the one stirred disapproves of the
        doer of what stirred it (or of the actor named: "outraged by Russia's actions")."""
        cand.source_heads = [t.i for t in expand_conj(passive_subjects(verb)[:1])]
        cand.role_rule = "stirred"
        for cause in by_agents(verb) + pobjs(verb, ("at", "over")):
            found = self._act_doers(cause)[:1]
            if not found and self.is_actor(cause) and not self._is_event_noun(cause):
                found = [cause]
            found = found or [a for a in [self._noun_modifier_actor(cause)] if a is not None]
            if found:
                cand.target_heads = [t.i for t in expand_conj(found)]
                cand.role_rule += "+doer-of-the-cause"
                return

    def _passive_roles(self, cand: Candidate, verb: Token, children: list[Token], participle: bool,
                       skip: set[int]) -> None:
        agents = by_agents(verb) or [a for c in children if c.dep_ == "conj" and c.tag_ == "VBN" for a in by_agents(c)]
        if not agents and verb.dep_ == "conj" and is_passive(verb.head):
            agents = by_agents(verb.head)  # "were shot by gunmen and killed"
        if len(agents) == 1 and not self.is_actor(agents[0]) and (deeper := [
                a for t in agents[0].subtree if t.dep_ == "agent" for a in t.children
                if a.dep_ == "pobj" and self.is_actor(a)]):
            # "was blown up by a missile believed to be fired by Libyan troops": who fired it
            agents = deeper[:1]
        cand.source_heads = [t.i for t in expand_conj(agents)]  # ("kidnapped and killed by militants")
        if not agents and cand.rule.event_type == "THREATEN" and verb.dep_ == "ccomp" and (
                sayers := [c for c in verb.head.children if c.dep_ == "nsubj"]):
            # "Beijing said any move toward independence would be met with a crushing response": the one who says
            # so holds it out
            cand.source_heads = [t.i for t in expand_conj(sayers[:1])]
        patients = passive_subjects(verb)
        if participle and not patients:
            patients = [verb.head]
        if not patients and verb.dep_ == "advcl" and not participle:
            # "the soldiers fired back when attacked by the rebels": the main clause's subject was attacked
            patients = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        cand.role_rule = "passive"
        if not cand.source_heads:
            # "a youth died in police shooting": the agent of the scene
            agent = self._scene_agent(verb)
            if agent is not None:
                cand.source_heads = [t.i for t in expand_conj([agent])]
                cand.role_rule = "passive+scene-agent"
        if agents and len(patients) == 1 and patients[0].lower_ in {"who", "whom"} \
                and verb.dep_ == "relcl" and antecedent_person(verb.head, patients[0]):
            # "five farmers who were gunned down by soldiers": the farmers (when the clause names the
            # doer: "the release of activists who were detained" tells of no one's act here)
            patients = [verb.head]
        if not cand.source_heads and len(patients) == 1 and patients[0].lemma_.lower() in RELATIONS and (
                sides := self._between(patients[0])):
            # "diplomatic ties between Seoul and Nicosia were downgraded": the first named cut them
            cand.source_heads, cand.target_heads = [sides[0].i], [sides[1].i]
            cand.role_rule = "passive+relations-between"
            return
        anchors = [verb, *patients, *pobjs(verb, ("at", "in"))]
        if not cand.source_heads and cand.rule.event_type in TOGETHER_TYPES and len(sides := next(
                (found for anchor in anchors if len(found := self._between(anchor)) >= 2), [])) >= 2:
            # "an agreement was reached between Armenia and Azerbaijan": the sides reached it together (also
            # where the parser hung the sides on the place: "talks were held at the Kremlin between A and B")
            cand.source_heads = [t.i for t in sides]
            cand.role_rule = "passive+sides-between"
            return
        if not cand.source_heads and cand.rule.event_type == "COOPERATE" and (
                senders := [p for p in pobjs(verb, ("from",)) if self.is_actor(p)]):
            # "the suspect was extradited from Britain to Spain": the land he was sent from sent him, to the
            # land he was sent to
            cand.source_heads = [senders[0].i]
            cand.target_heads = [p.i for p in pobjs(verb, ("to",)) if self.is_actor(p)][:1]
            cand.role_rule = "passive+sent-from-to"
            return
        targets = [t for t in expand_conj(patients) if self.is_actor(t)]
        if not cand.source_heads and targets and cand.rule.event_type == "MOBILIZE":
            # "pro-Hadi forces were deployed to Socotra": the force moved is the actor
            cand.source_heads = [t.i for t in targets]
            cand.role_rule = "passive+self-source"
            return
        if not cand.source_heads and targets and verb.lemma_.lower() in _SELF_BOUND and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in children):
            # "Kenya is committed to working with Somalia": one bound by its own word promises
            cand.source_heads = [t.i for t in targets]
            # ("committed to working with Somalia": the one named in what is promised)
            aims = [search_phrase(c, self.is_actor, skip | {verb.i} | {t.i for t in targets}, max_depth=4)
                    for c in children if c.dep_ == "prep" and c.lower_ == "to"]
            cand.target_heads = [a.i for a in aims if a is not None][:1]
            cand.role_rule = "passive+self-bound"
            return
        if not targets:
            # (not inside the act itself: "those killed in police firing" were not the police)
            found = [search_phrase(p, self.is_actor, skip | {verb.i}) for p in patients]
            targets = [t for t in found if t is not None][:1]
        if not targets:
            targets = [t for t in pobjs(verb, TARGET_PREPS)[:1] if self.is_actor(t)]
        self._note_thing(cand, patients)
        cand.target_heads = [t.i for t in targets]

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[Candidate] = doc._.candidates or []
        # the phrase search does not enter other event nouns ("following the deaths of ...")
        trigger_ids = {c.trigger_i for c in candidates if doc[c.trigger_i].pos_ == "NOUN"}
        for cand in candidates:
            trigger = doc[cand.trigger_i]
            skip = trigger_ids - {cand.trigger_i}
            if cand.rule.lemma in VICTIM_LEMMAS:
                self._victim_roles(cand, trigger, skip)
            elif trigger.pos_ == "VERB" or (trigger.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in trigger.children)
                                            and any(c.dep_ == "dobj" for c in trigger.children)):
                # (also "Armed group attacks villagers": a headline verb the tagger took for a noun)
                self._verb_roles(cand, trigger, skip)
            else:
                self._noun_roles(cand, trigger)
            if cand.rule.lemma in FINDING and cand.rule.event_type in VICTIM_TYPES:
                cand.found_dead = True
                if cand.source_heads:
                    cand.source_heads = []
                    cand.role_rule += "+finder-not-killer"
            if (cand.rule.event_type in VICTIM_TYPES and trigger.lemma_.lower() in MUTUAL
                    and len(cand.source_heads) >= 2 and not cand.target_heads):
                # "Officers and robbers trade fire": one side against the other
                cand.source_heads, cand.target_heads = cand.source_heads[:1], cand.source_heads[1:2]
                cand.role_rule += "+mutual"
            if cand.rule.event_type in VICTIM_TYPES and cand.rule.lemma in MUTUAL and not cand.target_heads:
                self._each_other(cand, trigger)
            if cand.rule.event_type == "ASSAULT" and cand.rule.lemma in TAKING_GROUND and (
                    held := [p for o in [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
                             for p in pobjs(o, ("from",)) if self.is_actor(p)]):
                # "the army retook the presidential palace from the RSF": the ground was taken from them
                cand.target_heads = [t.i for t in expand_conj(held[:1])]
                cand.role_rule += "+taken-from"
            if cand.rule.event_type in VICTIM_TYPES and (dead := dead_of_the_scene(trigger)):
                # "20 people died when a bomb exploded at a market": the act that killed them hit them (not the
                # market)
                cand.target_heads = [t.i for t in expand_conj(dead)]
                cand.role_rule += "+the-dead-of-the-scene"
            self_target = cand.target_heads == [cand.trigger_i]
            self_source = cand.source_heads == [cand.trigger_i] and cand.role_rule == "noun:self-source"
            cand.source_heads = [i for i in dict.fromkeys(cand.source_heads) if self_source or i != cand.trigger_i]
            cand.target_heads = [i for i in dict.fromkeys(cand.target_heads)
                                 if i not in cand.source_heads and (self_target or i != cand.trigger_i)]
        _targets_of_acts_held_out(doc, candidates)
        for cand in candidates:
            if (cand.rule.event_type == "ASSAULT" and cand.rule.lemma in HITTING_BACK and not cand.target_heads
                    and (put_to := [t for t in self._condition_subjects(list(doc[cand.trigger_i].children))
                                    if t.i not in cand.source_heads])):
                # "Russia would respond if Finland joined NATO": the answer is aimed at who meets the condition
                cand.target_heads = [t.i for t in expand_conj(put_to[:1])]
                cand.role_rule += "+condition-subject"
            if cand.rule.event_type == "THREATEN" and not cand.target_heads:
                # "threatened to take action if Athens armed its islands": the condition of the act held out,
                # when that act names no target either ("warned it would use force if Montenegro declared
                # independence": the act told as a clause)
                held_out = [c for x in doc[cand.trigger_i].children if x.dep_ in {"xcomp", "ccomp"}
                            for c in x.children]
                put_to = [t for t in self._condition_subjects(held_out) if t.i not in cand.source_heads]
                if put_to:
                    cand.target_heads = [t.i for t in expand_conj(put_to[:1])]
                    cand.role_rule += "+condition-subject"
        return doc


def _targets_of_acts_held_out(doc: Doc, candidates: list[Candidate]) -> None:
    """'Russia agreed to lift its ban on US poultry', 'refused to lift the sanctions on Iran': an agreement,
    threat or refusal with no target of its own is aimed at the target of the act it holds out."""
    by_trigger = {c.trigger_i: c for c in candidates}
    for cand in candidates:
        if cand.rule.event_type not in HOLDING_OUT_TYPES:
            continue
        for act in (c for c in doc[cand.trigger_i].children if c.dep_ == "xcomp"):
            inner = by_trigger.get(act.i)
            if inner is None or set(inner.target_heads) & set(cand.source_heads):
                continue
            inside = {t.i for t in act.subtree}
            if cand.target_heads and not (cand.role_rule.endswith("+in-object")
                                          and set(cand.target_heads) <= inside):
                break  # a target of its own ("urged Iran to release ...")
            # ("agreed to withdraw their forces from Kidal": the act's own reading of its phrase, in which
            # the forces withdrawn are no target, not the first actor found in it)
            cand.target_heads = list(inner.target_heads)
            if cand.role_rule.endswith("+in-object"):
                cand.role_rule = cand.role_rule[: -len("+in-object")]
            cand.role_rule += "+target-of-the-act-held-out"
            break


@Language.factory("dyadline_roles", default_config={"user_table": None})
def find_roles(nlp: Language, name: str, user_table: str | None) -> RoleFinder:
    from dyadline.pipeline.actor_resolver import get_resolver

    resolver = get_resolver(user_table)
    return RoleFinder(resolver.looks_like_actor, resolver.event_nouns)
