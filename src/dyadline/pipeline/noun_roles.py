"""Noun triggers, for the role finder (:mod:`dyadline.pipeline.roles`): "by" agents, possessives, actor
modifiers ("police raids", "Russian strikes"), "of" / "on" / "against" / "to" phrases, the sides named
"between" ("clashes between A and B"), one group fighting within itself, and the doer of the verb an event
noun is the object of ("launched an attack")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dyadline.pipeline.candidate import PEACEKEEPING, TOGETHER_TYPES, Candidate
from dyadline.pipeline.clauses import answerable, headline_names, holding_out, subjects_of
from dyadline.pipeline.parse import by_agents, in_protest
from dyadline.pipeline.intent import OPEN_TO
from dyadline.pipeline.phrases import expand_conj, own_agents, pobjs, search_phrase
from dyadline.pipeline.place_words import KIND_WORDS
from dyadline.pipeline.role_words import (AIMING, AMONG, ASSAULT_NOUNS, CLAIMING, EFFORTS, FIRING, LIGHT_VERBS,
                                          MAKING_VERBS, MOBILIZED_PREPS, MUTUAL, NOUN_TARGET_PREPS, OWN_FORCES,
                                          PACKAGES, PUTTING, RELATIONS, REPELLING, ROUNDS, SCENE_PREPS,
                                          SELF_SOURCE_NOUNS, SELF_TARGET_NOUNS, SHOT_WORDS, TAKING_PART)
from dyadline.pipeline.victims import VictimRoles

__all__ = ["NounRoles"]

#: what an inquiry may look into that is itself against someone ("an inquiry into the charges against the mayor")
_CHARGES = frozenset({"allegation", "accusation", "charge", "claim", "complaint", "report", "case"})


def _plural(tok: Token) -> bool:
    return tok.tag_ in {"NNS", "NNPS"}


def _participle_read_as_noun(noun: Token) -> bool:
    """'were Monday evening shot dead': the tagger, thrown by the time, reads the participle after "were"
    as a noun; with its agent or "dead" on it, it is the passive verb."""
    return (noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and noun.lower_ in SHOT_WORDS
            and any(c.lower_ == "dead" or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children))


#: nouns of forces coming into a land, whose "of" may name the forces rather than the land
_ENTRIES = frozenset({"incursion", "intrusion", "invasion", "advance", "entry", "infiltration", "violation"})
#: craft that carry a side's forces
_CRAFT = frozenset({"vessel", "ship", "boat", "warship", "aircraft", "jet", "warplane", "plane", "drone",
                    "helicopter", "submarine", "tank"})


def _with_its_verb(noun: Token) -> list[Token]:
    """The noun, and the verb it is the subject of ("clashes erupted between A and B": "between" hangs on the
    verb)."""
    return [noun] + ([noun.head] if noun.dep_ in {"nsubj", "nsubjpass"} else [])


def _claimed(noun: Token) -> Token | None:
    """The verb of 'claimed responsibility for <noun>', if the noun (or the first of a list) is what is claimed."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    what = noun.head.head
    if what.lemma_.lower() != "responsibility" or what.dep_ != "dobj":
        return None
    return what.head if what.head.lemma_.lower() in CLAIMING else None


def _unique(tokens: Iterable[Token]) -> list[int]:
    seen: dict[int, None] = {}
    for tok in tokens:
        seen.setdefault(tok.i, None)
    return list(seen)


#: what a country's links to another carry, whose suspension is aimed at that other
_LINKS = frozenset({"flight", "import", "export", "shipment", "service", "visa", "trade", "link", "aid", "supply"})
#: verbs an attack is the subject of when it reaches what it was aimed at ("the strike hit a school")
_HITTING = frozenset({"hit", "strike", "target", "pound", "destroy", "damage", "wreck", "level", "flatten",
                      "set", "rock", "slam"})


def _against(mod: Token) -> bool:
    """'anti-government', 'anti - government' (the tokenizer may split the hyphen off): a word naming whom the
    act is against."""
    doc = mod.doc
    return mod.lower_.startswith("anti-") or (
        mod.i >= 2 and doc[mod.i - 1].text == "-" and doc[mod.i - 2].lower_ == "anti")


class NounRoles(VictimRoles):
    """The role finder's part for noun triggers (and the sides named "between", which verbs ask for too)."""

    def _charged(self, charge: Token) -> list[Token]:
        """Those a charge, allegation or complaint is against ("allegations against the minister")."""
        if charge.lemma_.lower() not in _CHARGES:
            return []
        return [a for a in (self._actorish(p) for p in pobjs(charge, ("against",))) if a is not None]

    def _scene_event(self, noun: Token) -> Token | None:
        """'resulting in nine detainees during the raid': the event noun of the scene."""
        verb = noun.head
        for _ in range(3):
            if verb.pos_ in {"VERB", "AUX"}:
                break
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        for scene in pobjs(verb, SCENE_PREPS):
            if scene.i != noun.i and scene.pos_ == "NOUN" and self.is_actor(scene):
                return scene
        return None

    def _between(self, noun: Token) -> list[Token]:
        """'clashes between police and demonstrators', 'clashes erupted between A and B': the two sides."""
        # "a clash ensued between A and B": the verb the parser hung on the noun
        anchors = _with_its_verb(noun) + [c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1]
        for side in (s for a in anchors for s in pobjs(a, AMONG)):
            sides = expand_conj([side])
            if len(sides) < 2:
                # "between Maasai and Kikuyu ethnic militias": two sides sharing one head noun
                shared = [c for c in side.children if c.dep_ in {"nmod", "compound", "amod"} and c.conjuncts
                          and self.is_actor(c)]
                sides = expand_conj(shared[:1])
            if len(sides) < 2:
                # "between the representatives of the ruling alliance and the opposition": the two they stand for
                sides = expand_conj(pobjs(side, ("of",))[:1])
            if len(sides) >= 2:
                return sides[:2]
        return []

    def _each_other(self, cand: Candidate, trigger: Token) -> None:
        """'Rival clans clash', 'clashes between rival ethnic groups': one group named, in the plural,
        fights within itself; its members are on both sides."""
        if not any(self.is_actor(trigger.doc[i]) for i in cand.source_heads):
            sides = [s for a in _with_its_verb(trigger) for s in pobjs(a, AMONG)
                     if _plural(s) and len(expand_conj([s])) == 1]
            group = next((s for s in sides if self.is_actor(s)), None)
            if group is None:
                # "fighting broke out between two wings of the militia": the body they split from
                group = next((o for s in sides for o in pobjs(s, ("of",)) if self.is_actor(o)), None)
            if group is None:
                return
            cand.source_heads = [group.i]
            cand.role_rule = ("gerund:" if trigger.pos_ == "VERB" else "noun:") + "among"
        if len(cand.source_heads) == 1 and _plural(trigger.doc[cand.source_heads[0]]) and not any(
                c.dep_ == "prep" and c.lower_ in {"alongside", "beside"} for c in trigger.children):
            # (not "North Korean troops fought alongside Russian forces": on one side, with allies)
            cand.each_other = True
            cand.role_rule += "+one-group"

    def _noun_roles(self, cand: Candidate, noun: Token) -> None:
        if _participle_read_as_noun(noun):
            # "Three traders were Monday evening shot dead by unknown gunmen": a passive after all
            victims = [c for c in noun.head.children if c.dep_ == "nsubj" and self.is_actor(c)]
            cand.source_heads = [a.i for a in expand_conj(by_agents(noun)) if self.is_actor(a)]
            cand.target_heads = [t.i for t in expand_conj(victims)]
            cand.role_rule = "noun:passive"
            return
        if cand.rule.mode == "third-party":
            # "launched a mediation effort between A and B": the mediator acts on both sides
            held = noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in EFFORTS else noun
            doer = held if held.dep_ == "dobj" else None
            # ("began a peace bid on Monday between A and B": "between" hung on the verb)
            sides = self._between(held) or (self._between(doer.head) if doer is not None else [])
            mediators = self._actor_subjects(doer.head) if doer is not None else []
            if sides and mediators:
                cand.source_heads, cand.target_heads = [mediators[0].i], [s.i for s in sides]
                cand.role_rule = "noun:mediator-between"
                return
        sides = self._between(noun)
        if sides:
            cand.source_heads, cand.target_heads = [sides[0].i], [sides[1].i]
            cand.role_rule = "noun:between"
            return
        # (not a thing it was beside: "teachers held a protest by the gate")
        agents = [a for a in own_agents(noun) if a.pos_ != "NOUN" or self._actorish(a) is not None]
        rule = "noun:by"  # also "arrests made by the city police", "an attack carried out by militants"
        if cand.rule.lemma in SELF_SOURCE_NOUNS and not agents:
            # "Turkish forces brought reinforcements": the sender; "coalition reinforcements reached X": the force
            sent = noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS | {"bring", "dispatch"}
            senders = self._actor_subjects(noun.head) if sent else []
            cand.source_heads = _unique(expand_conj(senders)) or [noun.i]
            cand.role_rule = "noun:self-source"
            return
        if not agents and cand.rule.event_type == "AID" and (
                givers := [t for t in pobjs(noun, ("from",)) + [p for o in pobjs(noun, ("of",))
                                                                for p in pobjs(o, ("from",))]
                           if self.is_actor(t)]):
            # "a shipment of arms from Iran to the Bosnian government" (the "from" hung on what is shipped)
            agents, rule = givers[:1], "noun:from"
        if not agents and (claimer := _claimed(noun)) is not None:
            # "the Houthis claimed responsibility for the drone attack": those who claim it did it
            agents = self._actor_subjects(claimer)
            rule = "noun:claimed-by"
        if not agents and (answering := [a for a in answerable(noun) if self.is_actor(a)]):
            # "Sudan's government is responsible for mass killings": who answers for the act did it
            agents, rule = answering, "noun:answerable"
        if not agents and (motive_of := in_protest(noun)) is not None:
            # "the minister resigned in protest against the decision" (a pronoun is left to the implied protesters)
            agents = [a for a in subjects_of(motive_of)[0] if a.pos_ != "PRON"]
            rule = "noun:in-protest"
        if not agents and (holder := holding_out(noun)) is not None:
            agents, _ = subjects_of(holder)  # "Sweden floated the possibility of a ban on the party"
            rule = "noun:held-out-by"
        # "announced a military aid package for Kyiv": the package stands where the event noun would
        held = noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in PACKAGES else noun
        if not agents and (named := headline_names(noun)):
            agents, rule = named, "noun:headline-names"
        if not agents:
            mod = self._noun_modifier_actor(noun)
            if (mod is not None and cand.rule.event_type == "AID" and mod.pos_ == "ADJ" and not mod.ent_type_
                    and mod.dep_ == "amod" and mod.head.i == noun.i):
                mod = None  # "military aid", "medical assistance": the kind of aid, not a giver
            if mod is not None and _against(mod):
                mod = None  # "an anti-government protest": the one it is against, not who holds it
            agents = [mod] if mod is not None else []
            rule = "noun:modifier"
            if (mod is not None and (mod.pos_ == "ADJ" or (mod.pos_ == "NOUN" and mod.dep_ == "compound"))
                    and not mod.ent_type_ and held.dep_ == "dobj" and held.head.lemma_.lower() in LIGHT_VERBS):
                # "the army held naval drills", "Egypt and Sudan held joint air force exercises": who held them,
                # not the kind of force the modifier names
                doers = self._actor_subjects(held.head)
                if doers:
                    agents, rule = doers, "noun:light-verb-subject"
            if (mod is None or (mod.pos_ == "ADJ" and not mod.ent_type_)) and noun.dep_ == "nsubjpass" and \
                    noun.head.lemma_.lower() in MAKING_VERBS:
                # "a call for calm was issued by the president", "a joint exercise was conducted by Russia and
                # China": the light verb's "by" doers
                doers = [a for a in by_agents(noun.head) if self.is_actor(a)]
                if doers:
                    agents, rule = expand_conj(doers[:1]), "noun:light-verb-agent"
        consult = cand.rule.event_type == "CONSULT"
        preps = NOUN_TARGET_PREPS
        if cand.rule.event_type == "RETREAT":
            preps += ("from",)  # "their withdrawal from Somalia": whence they withdrew
        elif cand.rule.event_type == "AID":
            preps += ("for",)  # "announced new aid for Ukraine": whom it is for
        forces: list[Token] = []
        if cand.rule.event_type == "MOBILIZE" or cand.rule.cameo == PEACEKEEPING:
            # "the deployment of 230 troops to Liberia": the troops are the force sent (its side when no one
            # else is named), the land they go to is the target (also of peacekeepers, sent as aid)
            forces = [t for t in pobjs(noun, ("of",)) if self.is_actor(t)]
            preps = tuple(p for p in preps if p != "of")
        elif cand.rule.event_type == "RETREAT" and (forces := [t for t in pobjs(noun, ("of",)) if self.is_actor(t)
                                                             and t.lemma_.lower() in OWN_FORCES]):
            # "the withdrawal of its troops from Afghanistan": the forces withdrawn are their side's own, the
            # land they leave the target
            preps = tuple(p for p in preps if p != "of")
        elif cand.rule.lemma in _ENTRIES and (forces := [a for t in pobjs(noun, ("of",))
                                                        if t.lemma_.lower() in OWN_FORCES | _CRAFT
                                                        and (a := self._actorish(t)) is not None]):
            # "the incursion of Chinese coast guard vessels": the forces that came in did it ("the invasion of
            # Ukraine": the land entered is the target)
            preps = tuple(p for p in preps if p != "of")
        if consult:
            preps = tuple(p for p in preps if p != "of")
            if not agents:
                agents = [t for t in pobjs(noun, ("of",)) if self.is_actor(t)]
                rule = "noun:of"
        first = held
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "launched artillery, mortar and rocket fire": the first of the list
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in ROUNDS | PACKAGES:
            # "began a new round of talks", "announced a package of military assistance": the round or package is
            # what was begun or announced
            first = first.head.head
        if not agents and first.dep_ == "dobj" and first.head.lemma_.lower() in LIGHT_VERBS:
            agents, _ = subjects_of(first.head)
            rule = "noun:light-verb-subject"
        if (not agents and cand.rule.event_type == "CONSULT" and noun.dep_ == "pobj" and noun.head.lower_ == "for"
                and (going := noun.head.head).pos_ in {"VERB", "AUX", "ADJ"}):
            # "the Chinese premier is due in Moscow for a visit", "flew to Cairo for talks": who goes for it
            agents, _ = subjects_of(going.head if going.pos_ == "ADJ" and going.dep_ == "acomp" else going)
            rule = "noun:going-for-it"
        if (not agents and noun.dep_ == "pobj" and noun.head.lower_ == "to" and (ready := noun.head.head).pos_ == "ADJ"
                and ready.dep_ == "acomp" and ready.lemma_.lower() in OPEN_TO):
            # "said he was open to dialogue with Belgrade": the one open to it
            agents, _ = subjects_of(ready.head)
            rule = "noun:open-to-it"
        if (not agents and noun.dep_ == "pobj" and noun.head.lower_ == "in"
                and noun.head.head.lemma_.lower() in TAKING_PART):
            agents, _ = subjects_of(noun.head.head)  # "the military engaged in a fire fight with separatists"
            rule = "noun:light-verb-subject"
        if (not agents and noun.dep_ == "pobj" and noun.head.lower_ in {"on", "under"}
                and noun.head.head.lemma_.lower() in PUTTING):
            agents, _ = subjects_of(noun.head.head)  # "put its army on high alert", "placed the city under curfew"
            # ("armed forces were placed on maximum alert": the forces, told without who put them)
            agents = agents or [t for t in noun.head.head.children if t.dep_ == "nsubjpass" and self.is_actor(t)]
            rule = "noun:light-verb-subject"
        # (clashes have sides of their own; "demonstrations following the killings by troops" are not the troops')
        if not agents and cand.rule.lemma not in MUTUAL and cand.rule.event_type != "PROTEST":
            scene = self._scene_event(noun)
            if scene is not None:
                agents = [scene]
                rule = "noun:scene"
        if not agents and cand.rule.event_type == "ASSAULT" and (shooter := next(
                (a for scene in pobjs(noun, ("in", "during")) if scene.lemma_.lower() in FIRING
                 and (a := self._scene_doer(scene)) is not None), None)) is not None:
            agents, rule = [shooter], "noun:scene-agent"  # "the killing of a youth in police firing"
        if not agents and forces:
            agents, rule = forces[:1], "noun:force-sent"
        cand.source_heads = _unique(expand_conj(agents))
        if cand.rule.lemma in SELF_TARGET_NOUNS:
            cand.target_heads = [noun.i]
            cand.role_rule = rule + "+self-target"
            return
        targets = [a for a in (self._actorish(t) for t in pobjs(noun, preps) + (
            pobjs(held, preps + ("for",)) if held is not noun else [])) if a is not None]
        if not targets:
            # "a suspension of flights and trade links with Qatar": the other side of the ties the act is about
            # ("the suspension of flights to Somalia": where the links it cuts go)
            ties = [o for o in pobjs(noun, ("of",)) if o.lemma_.lower() in RELATIONS
                    or (cand.rule.event_type == "SANCTION" and o.lemma_.lower() in _LINKS)]
            targets = [a for a in (self._actorish(p) for t in ties for p in pobjs(t, ("with", "to", "between")))
                       if a is not None]
        if not targets and cand.rule.event_type == "RETREAT":
            # "the suspension of airstrikes against the rebels": those the halted attacks were on
            halted = [o for o in pobjs(noun, ("of", "on")) if o.lemma_.lower() in ASSAULT_NOUNS]
            targets = [a for a in (self._actorish(p) for t in halted for p in pobjs(t, ("against", "on")))
                       if a is not None]
        if not targets and forces:
            whither = ("from",) if cand.rule.event_type == "RETREAT" else MOBILIZED_PREPS
            targets = [a for a in (self._actorish(t) for f in forces for t in pobjs(f, whither))
                       if a is not None][:1]
        if not targets and cand.rule.event_type in {"ACCUSE", "PROTEST"}:
            # "an investigation into alleged war crimes by Israel": who did what is looked into ("a hunger
            # strike against abuses by the police": who did what is protested)
            targets = [a for t in pobjs(noun, preps) for a in by_agents(t) if self.is_actor(a)][:1]
        if not targets and cand.rule.event_type == "ACCUSE":
            # "an investigation into bribery allegations against the minister": the one the charges looked into
            # are against
            targets = [a for t in pobjs(noun, preps) for a in self._charged(t)][:1]
        if not targets and cand.rule.event_type == "ACCUSE":
            # "allegations that Rwandan troops massacred civilians": the doer the charge's clause names
            targets = [s for c in noun.children if c.dep_ in {"acl", "ccomp"}
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                       for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and self.is_actor(s)][:1]
        if not targets and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            # "staged rallies against the party's leader": the verb carries the target
            # ("held joint exercises with Greece": the partner of an act done together)
            on_verb = ("against", "on", "to") + (("with",) if cand.rule.event_type in TOGETHER_TYPES else ())
            targets = [a for a in (self._actorish(t) for t in pobjs(noun.head, on_verb)) if a is not None]
            if not targets and cand.rule.event_type == "PROTEST":
                # "staged a hunger strike against abuses by the police": who did what is protested
                targets = [a for t in pobjs(noun.head, ("against",)) for a in by_agents(t) if self.is_actor(a)][:1]
            if not targets and cand.rule.event_type == "ACCUSE":
                # "opened an inquiry into the massacre by the troops": "into" hung on the verb
                looked_into = [t for t in pobjs(noun.head, ("into",)) if t.i > noun.i]
                targets = [a for t in looked_into
                           for a in (self._act_doers(t) or self._charged(t) or [self._actorish(t)])
                           if a is not None][:1]
        acted_on: list[Token] = []
        if not targets:
            # "airstrikes targeting Islamic State militants", "an attack killing five soldiers"
            participles = [acl for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBG"]
            if not participles and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
                # "staged frequent raids, mostly aimed at the army": the participle on the verb
                participles = [adv for adv in noun.head.children if adv.dep_ == "advcl" and adv.tag_ == "VBG"
                               and adv.lemma_.lower() in AIMING]
            acted_on = [o for acl in participles for o in acl.children if o.dep_ == "dobj"]
            targets = [a for a in (self._actorish(o) for o in acted_on) if a is not None]
            rule += "+participle-object" if targets else ""
        if (not targets and cand.rule.event_type == "ASSAULT" and noun.dep_ == "nsubj"
                and noun.head.lemma_.lower() in _HITTING):
            # "a Ukrainian drone attack hit an oil refinery in Ryazan": what the attack hit
            # (a place hit is told by the place stage: "airstrikes targeted Sirwah district")
            hit = [o for o in noun.head.children if o.dep_ == "dobj" and o.ent_type_ not in {"GPE", "LOC"}
                   and o.lemma_.lower() not in KIND_WORDS]
            targets = [a for a in (self._actorish(o) for o in hit) if a is not None][:1]
            rule += "+what-it-hit" if targets else ""
        if not targets and first.dep_ == "dobj" and first.head.lemma_.lower() in LIGHT_VERBS:
            # "gave the government an ultimatum", "issued a warning to Iran": the one it is given to
            given = [c for c in first.head.children if c.dep_ == "dative"]
            given = [o for c in given for o in ([c] if c.pos_ != "ADP" else [p for p in c.children if p.dep_ == "pobj"])]
            targets = [a for a in (self._actorish(t) for t in given) if a is not None]
            rule += "+given-to" if targets else ""
        if not targets and first.dep_ == "nsubjpass" and first.head.lemma_.lower() in MAKING_VERBS:
            # "the request was submitted to Madrid": the one it was made to
            # ("threats were issued against aid workers": the one it was aimed at)
            targets = [a for a in (self._actorish(t) for t in pobjs(first.head, ("to", "against"))) if a is not None]
            rule += "+given-to" if targets else ""
        if (not targets and noun.dep_ == "pobj" and noun.head.lower_ == "in"
                and noun.head.head.lemma_.lower() in TAKING_PART):
            # "Somali militants engaged Kenyan troops in a firefight": those drawn into it
            targets = [a for a in (self._actorish(o) for o in noun.head.head.children if o.dep_ == "dobj")
                       if a is not None]
            rule += "+drawn-in" if targets else ""
        if not targets and noun.dep_ == "dobj" and noun.head.lemma_.lower() in REPELLING:
            # "government forces repelled a rebel attack": those who repelled it were attacked
            targets = self._actor_subjects(noun.head)
            rule += "+the-repellers" if targets else ""
        if not targets and noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "leave":
            # "An attack by militants left five soldiers dead": whom the act left dead or hurt
            targets = [a for a in (self._actorish(o) for o in noun.head.children if o.dep_ == "dobj") if a is not None]
            rule += "+left-dead-or-hurt" if targets else ""
        if not targets and cand.rule.event_type == "REQUEST" and agents:
            # "a call by the Arab League for an end to the fighting in Libya": the one named in what is asked
            asked = (search_phrase(p, self.is_actor, {a.i for a in agents}, max_depth=4) for p in pobjs(noun, ("for",)))
            targets = [found for found in asked if found is not None][:1]
            rule += "+in-what-is-asked" if targets else ""
        targets = [t for t in targets if t.i not in cand.source_heads]
        cand.target_heads = _unique(expand_conj(targets[:1]))
        cand.role_rule = rule
        if not targets:
            # "the arrest of azmal khan", "an attack targeting a student dormitory"
            # (not the forces that came in: "the incursion of coast guard vessels")
            self._note_thing(cand, pobjs(noun, ("of", "on", "against") if "of" in preps or cand.rule.lemma
                                         not in _ENTRIES else ("on", "against")) + acted_on)
