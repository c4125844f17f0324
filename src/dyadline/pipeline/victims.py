"""Victims, for the role finder (:mod:`dyadline.pipeline.roles`): death words take the victim as target
and the doer of the scene they died in as source ("died during a raid by Y", "killed in police firing",
"when the police opened fire", "hit by a police bullet"); deaths in accidents, disasters and illness are
no one's act."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dyadline.pipeline.candidate import Candidate
from dyadline.pipeline.parse import DIE_VERBS, bodily_failing, by_agents, told_as_sequence
from dyadline.pipeline.phrases import expand_conj, next_token, pcomps, pobjs
from dyadline.pipeline.role_base import RoleFinderBase
from dyadline.pipeline.role_words import (AIMING, CARE, DOER_ENTS, FIGHT_NOUNS, FIRE_TRADED, FIRING, FIRING_BACK,
                                          FORCE_PREMISES, HEADLINE_LENGTH, INCIDENT_NOUNS, INJURIES, MISHAPS, MISSILES,
                                          RELATIVE, SETTING_ALIGHT, VEHICLES, WEAPONS, WOUNDING)

__all__ = ["VictimRoles", "dead_of_the_scene"]


def dead_of_the_scene(trigger: Token) -> list[Token]:
    """Those who 'died when' the act happened (the act's clause hung on their dying)."""
    if trigger.dep_ != "advcl" or trigger.head.lemma_.lower() not in DIE_VERBS or not any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "as"} for c in trigger.children):
        return []
    return [c for c in trigger.head.children if c.dep_ == "nsubj"]


def _fires(clause: Token) -> bool:
    """A clause of fire returned or traded ("when police returned fire") or of setting alight ("when raiders
    torched their huts")."""
    lemma = clause.lemma_.lower()
    return lemma in SETTING_ALIGHT or (lemma in FIRING_BACK and any(
        c.dep_ == "dobj" and c.lemma_.lower() in FIRE_TRADED for c in clause.children))


def _causes_of_death(trigger: Token) -> list[Token]:
    """What a death is told as coming from: "died in a crash", "died of cancer", "succumbed to injuries
    sustained in an accident" (the scene of the injuries)."""
    causes = pobjs(trigger, ("in", "of", "from", "to", "during", "after"))
    # "died after being hit by a car": what hit the victim
    causes += [a for g in pcomps(trigger, ("after", "in")) for a in by_agents(g)]
    return causes + _injury_scenes(causes)


def _injury_scenes(hurts: Iterable[Token]) -> list[Token]:
    """Where injuries were sustained ("injuries sustained in police firing", "received in an accident")."""
    return [scene for hurt in hurts if hurt.lemma_.lower() in INJURIES
            for acl in hurt.children if acl.dep_ in {"acl", "relcl"}
            for scene in pobjs(acl, ("during", "in", "at"))]


def _is_mishap(cause: Token) -> bool:
    """An accident, a disaster or an illness; "a heart attack", "cardiac arrest" too, not an attack."""
    lemma = cause.lemma_.lower()
    return lemma in MISHAPS or bodily_failing(cause)


class VictimRoles(RoleFinderBase):
    """The role finder's part for death words and the scenes of deaths (also asked by its verb and noun parts
    for the doer of a scene)."""

    def _victim_roles(self, cand: Candidate, trigger: Token, skip: set[int]) -> None:
        """"X died during a raid by Y": Y -> X."""
        if trigger.lemma_.lower() == "victim":
            # "eight of the dead were victims of police firing": the subject of the copula, else the victims
            # themselves; the doer is that of the scene they were the victims of
            victims = [c for c in trigger.head.children if c.dep_ == "nsubj"] if trigger.dep_ == "attr" else []
            cand.target_heads = [t.i for t in expand_conj(victims or [trigger])]
            agent = next((a for scene in pobjs(trigger, ("of",)) if (a := self._scene_doer(scene))), None)
            if agent is None:
                cand.dropped = "victim-of-no-doer"  # the victims of a fire, of a flood: no one's act
                return
            cand.source_heads = [agent.i]
            cand.role_rule = "victim-of+scene-agent"
            return
        if trigger.pos_ == "VERB" and any(_is_mishap(cause) or (
                cause.lemma_.lower() in VEHICLES and self._noun_modifier_actor(cause) is None)
                for cause in _causes_of_death(trigger)):
            cand.role_rule = "victim"
            cand.dropped = "died-of-mishap"  # "two people died in the floods": no one's act
            return
        agent = self._scene_agent(trigger)
        if trigger.pos_ == "VERB":
            victims = [c for c in trigger.children if c.dep_ == "nsubj"]
            if trigger.dep_ == "relcl" and any(v.lower_ in RELATIVE for v in victims) and agent is not None:
                # "two persons who fell to police bullets": the persons (not "a colleague who lost his life",
                # a death no one is named as causing)
                victims = [trigger.head]
        else:
            # "the death of a student", "his death in the lock-up"
            victims = pobjs(trigger, ("of",)) or [c for c in trigger.children if c.dep_ == "poss"]
            if victims and victims[0].pos_ == "PRON":
                cand.thing_i = victims[0].i  # a person, no actor named: the filter makes the target
        cand.target_heads = [t.i for t in expand_conj(victims)]
        for victim in (v for v in victims if agent is None and v.lemma_.lower() == "victim"):
            # "one more victim of the police firing succumbed": the scene is what the victim was the victim of
            # ("a victim of the police": the actor itself)
            agent = next((a for scene in pobjs(victim, ("of",))
                          if (a := self._scene_doer(scene) or (scene if self.is_actor(scene) else None))), None)
        if agent is not None:
            cand.source_heads = [t.i for t in expand_conj([agent])]
            cand.role_rule = "victim+scene-agent"
            return
        cand.role_rule = "victim"

    def _scene_agent(self, trigger: Token) -> Token | None:
        """The actor of the event in which it happened: "during a raid by Russian police", "in police
        firing", "in an attack carried out by militants", "when the police opened fire"."""
        if trigger.pos_ == "VERB" and (agent := self._first_actor(by_agents(trigger))) is not None:
            return agent  # "a man died in the lathi charge by the police", the "by" hung on the verb
        clauses = [c for c in trigger.children if c.dep_ == "advcl" and (c.lemma_.lower() in FIRING | AIMING
                                                                            or _fires(c))]
        # (a clause told as before or after, "killed in police firing after the mob attacked a station", is
        # the scene only when nothing else is: "died after the police fired at them")
        after = [c for c in clauses if told_as_sequence(c)]
        for clause in (c for c in clauses if c not in after):
            shooter = self._clause_shooter(trigger, clause)
            if shooter is not None:
                return shooter
        if trigger.dep_ == "relcl" and any(c.lower_ == "where" for c in trigger.children) \
                and trigger.head.dep_ == "pobj" and trigger.head.head.head.lemma_.lower() in FIRING:
            # "the police fired in Kalupur, where one man was killed": who fired there
            shooter = self._first_actor([c for c in trigger.head.head.head.children if c.dep_ == "nsubj"])
            if shooter is not None:
                return shooter
        # ("fell to police bullets at Naroda": whose bullets, before the place it happened)
        scenes = [shot for shot in pobjs(trigger, ("to",)) if shot.lemma_.lower() in MISSILES]
        # "the death of a boy in police firing", "succumbed to bullet injuries in police firing": the scene
        # hung on the victim or on the injuries
        scenes += [scene for held in pobjs(trigger, ("of", "to")) + [c for c in trigger.children if c.dep_ == "dobj"]
                   if held.lemma_.lower() in INJURIES or (trigger.pos_ == "NOUN" and held.dep_ == "pobj")
                   for scene in pobjs(held, ("in", "during"))]
        # "three more die in police firing": the firing's subject
        shooters = [s for g in pcomps(trigger, ("in", "during")) if g.lemma_.lower() in FIRING
                    for s in g.children if s.dep_ == "nsubj" and self.is_actor(s)]
        if shooters:
            return shooters[0]
        # "died after being hit by a police lathi": the one whose weapon, or who, did it
        struck_by = [a for g in pcomps(trigger, ("after", "in", "during")) for a in by_agents(g)]
        # ("died after he was hit with a lathi by a constable": the same told in a clause of its own)
        struck_by += [a for c in trigger.children if c.dep_ == "advcl" and c.lemma_.lower() in WOUNDING
                      for a in by_agents(c)]
        # "a youth who was hit by police bullets died", "the man, injured in police firing, died": what befell
        # the one who died, told in a clause on them
        befell = [c for victim in trigger.children if victim.dep_ in {"nsubj", "nsubjpass"}
                  for c in victim.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in WOUNDING]
        struck_by += [a for b in befell for a in by_agents(b)]
        # "succumbed to injuries inflicted by jail staff", "... sustained in the lathi charge by the police":
        # the "by" of the clause on the injuries
        struck_by += [a for hurt in pobjs(trigger, ("to", "of", "from")) if hurt.lemma_.lower() in INJURIES
                      for acl in hurt.children if acl.dep_ in {"acl", "relcl"} for a in by_agents(acl)]
        if trigger.dep_ == "conj" and trigger.head.lemma_.lower() in WOUNDING:
            struck_by += by_agents(trigger.head)  # "was hit by a police bullet and died on the way to hospital"
        # ("hit by a tear gas shell fired by the police": who fired the weapon)
        struck_by += [a for w in struck_by if w.lemma_.lower() in WEAPONS
                      for acl in w.children if acl.dep_ == "acl" for a in by_agents(acl)]
        scenes += [scene for b in befell for scene in pobjs(b, ("in", "during"))]
        hitter = self._first_actor(struck_by) or next(
            (a for w in struck_by if w.lemma_.lower() in WEAPONS and (a := self._noun_modifier_actor(w))), None)
        if hitter is not None:
            return hitter
        # "ten were killed, four of them in police firing": the scene of the share
        scenes += [scene for victim in trigger.children if victim.dep_ in {"nsubj", "nsubjpass"}
                   for share in victim.children if share.dep_ == "appos" and share.like_num
                   for scene in pobjs(share, ("in", "during"))]
        scenes += pobjs(trigger, ("during", "in", "after", "at"))
        # "succumbed to injuries sustained in police firing": the scene of the injuries
        scenes += _injury_scenes(pobjs(trigger, ("to", "of", "from")))
        for scene in (s for s in scenes if s.lemma_.lower() not in CARE):
            if scene.lower_ in {"which", "whom"} and trigger.dep_ == "relcl":
                scene = trigger.head  # "the police firing in which four persons died": the antecedent
            agent = self._scene_doer(scene)
            if agent is not None:
                return agent
        shooter = next((s for c in after if (s := self._clause_shooter(trigger, c)) is not None), None)
        return shooter if shooter is not None else self._headline_firing(trigger)

    def _headline_firing(self, trigger: Token) -> Token | None:
        """'two killed as cops fire on mob', 'police open fire, two killed': in a headline the parser tears
        apart, the ones written right before the firing fired."""
        sent = trigger.sent
        if len(sent) > HEADLINE_LENGTH:
            return None
        for fire in (t for t in sent if t.lemma_.lower() in {"fire", "firing"} and t.i != trigger.i):
            before = [fire.doc[i] for i in range(max(sent.start, fire.i - 2), fire.i)]
            shooter = self._first_actor([t for t in reversed(before) if t.pos_ in {"NOUN", "PROPN"}])
            if shooter is not None:
                return shooter
        return None

    def _clause_shooter(self, trigger: Token, clause: Token) -> Token | None:
        """Who fired in a clause on the trigger: "when the police opened fire", "when a police bullet hit
        him" (whose bullet), "killed in police firing" ("firing" hung on "killed")."""
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        shooter = self._first_actor(subjects) if clause.lemma_.lower() in FIRING or _fires(clause) else None
        if shooter is None:
            shooter = next((a for s in subjects if s.lemma_.lower() in MISSILES
                            and (a := self._noun_modifier_actor(s)) is not None), None)
        before = clause.doc[clause.i - 1]
        if shooter is None and before.dep_ == "pobj" and before.head.head.i == trigger.i:
            shooter = self._first_actor([before])
        return shooter

    def _doer_of_antecedent(self, verb: Token, antecedent: Token) -> Token | None:
        """'a probe into the police firing that killed three': an act written just before the relative
        pronoun is what it stands for (the parser may hang the clause on a noun further back), its doer the
        relative clause's subject."""
        pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE), None)
        if pronoun is None or pronoun.i == 0:
            return None
        act = verb.doc[pronoun.i - 1]
        if act.is_punct and pronoun.i > 1:
            act = verb.doc[pronoun.i - 2]  # "the police firing at Godhra, which left two dead"
        if act.dep_ == "pobj" and act.head.lower_ in {"at", "in", "near"} and act.head.head.lemma_.lower() in FIRING:
            act = act.head.head  # (the place of the firing is not what the clause tells of)
            if act.dep_ == "acl" and self.is_actor(act.head):
                return act.head  # ("police firing": the participle hung on those who fired)
        if act.i != antecedent.i and not (self._is_event_noun(act) or act.lemma_.lower() in FIRING):
            return None
        return self._scene_doer(act)

    def _scene_doer(self, scene: Token) -> Token | None:
        """The doer of a scene noun: its "by" agent, the other side of a fight, the actor modifying it."""
        agent = self._first_actor(by_agents(scene))
        if agent is None:
            for acl in (c for c in scene.children if c.dep_ == "acl"):
                agent = self._first_actor(by_agents(acl))
        if agent is None and scene.lemma_.lower() in FIGHT_NOUNS:
            # "killed in an encounter with the police": the other side of the fight
            agent = self._first_actor(pobjs(scene, ("with",)))
        if agent is None:
            agent = self._noun_modifier_actor(scene)
            if agent is not None and agent.pos_ == "PROPN" and agent.ent_type_ not in DOER_ENTS and \
                    scene.lemma_.lower() in INCIDENT_NOUNS:
                agent = None
            if agent is not None and agent.pos_ == "PROPN" and scene.lemma_.lower() in FORCE_PREMISES:
                # "tortured at the Shahganj police station": the force whose station it is, not the town
                agent = self._first_actor([m for m in scene.children if m.dep_ == "compound" and m.pos_ != "PROPN"])
        following = next_token(scene)
        if agent is None and self.is_actor(scene) and (any(c.dep_ == "acl" for c in scene.children) or (
                following is not None and following.tag_ == "VBG" and following.lemma_.lower() in FIRING)):
            # "in police firing" parsed as "police" with "firing" hanging on it, or beside it
            agent = scene
        return agent
