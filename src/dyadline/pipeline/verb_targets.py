"""The target of an active verb, for the role finder (:mod:`dyadline.pipeline.roles`): the object or
prepositional object that names an actor, or an actor inside the object phrase, after the places that
tell more for some acts (where munitions were fired at, who receives a gift, the host of an envoy recalled,
what a concern is about, where forces are sent, the condition a threat is put on)."""

from __future__ import annotations

from spacy.tokens import Token

from dyadline.pipeline.candidate import PEACEKEEPING, VICTIM_TYPES, Candidate
from dyadline.pipeline.parse import by_agents, conditional, infinitive
from dyadline.pipeline.phrases import expand_conj, pobjs, search_phrase
from dyadline.pipeline.role_base import RoleFinderBase
from dyadline.pipeline.role_words import (ACCUSED_PREPS, COMPLAINING, CONCERNS, CONCERN_PREPS, DECISIONS, ENVOYS,
                                          FIRE_TRADED, GIVING_BACK, GIVING_TYPES, HELD_PEOPLE, HELPING, INFORMATION,
                                          LAUNCHING, LEAVING, MAKING, MATERIEL, MISSIONS, MOBILIZED_PREPS, MUNITIONS,
                                          MUTUAL, NAMING_VERBS, OFFERING, OPEN_WATERS, OPERATIONS, OWN_FORCES, PACKAGES,
                                          REFUGE, RELATIONS, ROUNDS, SHARING, TARGET_PREPS)

__all__ = ["VerbTargets"]

#: where money given to a state is put ("deposited $3 billion in Egypt's central bank")
_COFFERS = frozenset({"bank", "treasury", "coffers", "reserves"})

#: a side's own fighters, whom it disarms or demobilises
_OWN_FIGHTERS = OWN_FORCES | {"fighter", "combatant"}
#: entities that name whom a phrase is about
_NAMING_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
#: the talks one side may walk out of
_TALKS = frozenset({"talk", "negotiation", "dialogue", "mediation"})
#: the quarters a force may fall back to ("withdrew south of the river")
_QUARTERS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
#: lines between two lands ("the border with Kosovo")
_BORDERS = frozenset({"border", "frontier", "boundary"})


#: acts of friends, whose "at" phrase names where they act
_FRIENDLY_TYPES = frozenset({"SUPPORT", "AGREE", "CONSULT", "COOPERATE", "AID"})


#: words that bring forces near a place named after their "to" ("close to the border", "right up to")
_NEARING = frozenset({"close", "closer", "up", "next", "near", "nearer"})
#: what a peacekeeping force serves under, extended or renewed for the land it keeps the peace in
_MANDATES = frozenset({"mandate", "mission"})


def _where_friends_meet(phrase: Token, event_type: str) -> bool:
    """'signed a peace deal at the White House': the "at" phrase of a friendly act names where it happened."""
    return phrase.head.lower_ == "at" and event_type in _FRIENDLY_TYPES


def _own_bare_force(noun: Token) -> bool:
    """'the army', 'its troops': a force named with no one's name on it (the speaker's own)."""
    return noun.lemma_.lower() in OWN_FORCES and all(
        c.dep_ == "det" or (c.dep_ == "poss" and c.pos_ == "PRON") for c in noun.children)


def _stray_agents(verb: Token, obj: Token) -> list[Token]:
    """A "by" phrase hung on an active verb after its object: an active verb has no "by" of its own, so it
    belongs to the act named as the object ("deplored the assault on the consulate by Belarusian police")."""
    return [a for a in by_agents(verb) if a.i > obj.i]


#: acts done where the parties meet, after whose object an "in" or "at" place is the venue ("signed an agreement in
#: Beijing")
_MET_OR_SIGNED = frozenset({"CONSULT", "SUPPORT", "AGREE"})


#: verbs of signing a paper, and the papers signed
_SIGNING = frozenset({"sign", "ink", "conclude", "initial", "seal", "reach", "ratify"})
_PAPERS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "memorandum", "contract", "declaration",
                     "document", "protocol", "charter", "convention", "communique", "statement"})


def _venue(found: Token, phrase: Token) -> bool:
    """'held talks in Nairobi': a name in an "in" / "at" phrase after the talks is where they met."""
    return found.head.dep_ == "prep" and found.head.lower_ in {"in", "at"} and found.head.i > phrase.i


def _what_it_called(clause: Token) -> bool:
    """'what it called a U.S. plot': a clause that names the thing an act is about."""
    return clause.lemma_.lower() in NAMING_VERBS and any(w.dep_ == "dobj" and w.lower_ == "what"
                                                         for w in clause.children)


class VerbTargets(RoleFinderBase):
    """The role finder's part that finds the target of an active verb."""

    def _verb_target(self, cand: Candidate, verb: Token, children: list[Token],
                     skip: set[int]) -> tuple[list[Token], str]:
        """The target of an active verb, trying the most telling places first."""
        # ("called President Kais Saied": a name the parser took for a complement is the object)
        objects = [c for c in children if c.dep_ in {"dobj", "dative"} or (c.dep_ == "oprd" and c.pos_ == "PROPN")]
        if not objects and not any(self.is_actor(p) for p in pobjs(verb, ("at", "on", "upon", "against"))) and not (
                cand.rule.constraint_kind == "pobj"):
            # (not "bowed to pressure and dismissed the minister": a verb whose act is told by its preposition)
            # "killing and wounding a number of fighters": the object written once, after the last verb
            # (not "shot at two civilians and left them injured": the shot were aimed at; but "shot at
            # Hawo village and killed a farmer": a place)
            objects = [o for v in children if v.dep_ == "conj" and v.pos_ == "VERB"
                       for o in v.children if o.dep_ in {"dobj", "dative"}][:1]
        event_type = cand.rule.event_type
        if event_type == "ASSAULT" and verb.lemma_.lower() in LAUNCHING and objects and all(
                o.lemma_.lower() in MUNITIONS for o in objects):
            # "Iraq fired Scud missiles at Tel Aviv": what was fired is no target; where it was aimed is
            # ("fire several rockets towards army base": the aim hung on what was fired)
            aims = ("at", "on", "into", "toward", "towards", "against")
            aimed = [f for f in (p if self.is_actor(p) else search_phrase(p, self.is_actor, skip, max_depth=3)
                                 for p in pobjs(verb, aims) + [p for o in objects for p in pobjs(o, aims)]
                                 if p.lemma_.lower() not in OPEN_WATERS)
                     if f is not None]
            if aimed:
                return expand_conj(aimed[:1]), "aimed-at"
            objects = []
        # ("agreed to share intelligence on militants": the information shared, not a spy agency)
        objects = [o for o in objects if not (o.lemma_.lower() in INFORMATION and verb.lemma_.lower() in SHARING)]
        if event_type == "ASSAULT" and verb.lemma_.lower() in MUTUAL and objects and all(
                o.lemma_.lower() in FIRE_TRADED for o in objects):
            # "Thai and Cambodian troops exchanged artillery fire": the fire traded is no side; the other side is
            # the one it was traded with
            withs = [c for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
            # ("with police guarding the school": the parser making the police a clause's subject)
            sides = [g for w in withs for c in w.children if c.dep_ in {"pobj", "pcomp"}
                     for g in ([c] if c.dep_ == "pobj" else [s for s in c.children if s.dep_ == "nsubj"])]
            partners = [f for p in sides
                        if (f := p if self.is_actor(p) else search_phrase(p, self.is_actor, skip, max_depth=3))
                        is not None]
            return expand_conj(partners[:1]), "fought-with" if partners else ""
        self._note_thing(cand, objects)
        if cand.rule.lemma == "result":
            # "the firing resulted in the deaths of three soldiers": whose deaths (and no one else's)
            return [v for death in pobjs(verb, ("in",)) for v in pobjs(death, ("of",))], "the-dead-named"
        if event_type == "MOBILIZE":
            return self._mobilized_toward(verb, objects, skip)
        if event_type == "CONSULT":
            # "discussed the Syrian crisis with his Turkish counterpart": the partner, not the subject talked of
            partners = [p for p in pobjs(verb, ("with",)) if self.is_actor(p)]
            if partners:
                return expand_conj(partners[:1]), "partner"
        if event_type == "PROTEST":
            # "students protested outside the British embassy in Tehran": the country the embassy stands for
            missions = [p for p in pobjs(verb, ("outside", "at", "near", "before", "to"))
                        if p.lemma_.lower() in MISSIONS and self.is_actor(p)]
            if missions:
                return missions[:1], "mission-protested-at"
        for obj in objects:
            if obj.lemma_.lower() in ENVOYS and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children):
                # "recalled its ambassador to Qatar", "withdrew its envoy from Tehran": the host, not the
                # source's own envoy
                # ("recalled its ambassador to Kampala on Wednesday": the "to" hung on the verb)
                hosts = [p for p in pobjs(obj, ("to", "in", "from")) + pobjs(verb, ("from", "to"))
                         if self.is_actor(p)]
                if hosts:
                    return expand_conj(hosts[:1]), "host-of-envoy"
        if event_type == "ACCUSE" and verb.lemma_.lower() in COMPLAINING:
            # "complained to the UN about Israeli air raids": Israel, whom the complaint is about; "China
            # protested to Japan over the visit": the one complained to, when it is about no one named
            about = [a for a in (self._noun_modifier_actor(t) if self._is_event_noun(t) else self._actorish(t)
                                 for t in pobjs(verb, ACCUSED_PREPS) + objects) if a is not None]
            # (a bare office names no one: "over the prime minister's visit")
            about = [a for a in about if any(w.ent_type_ in _NAMING_ENTS for w in a.subtree)]
            told = [p for p in pobjs(verb, ("to", "with")) if self.is_actor(p)]
            if told and not about:
                return expand_conj(told[:1]), "complained-to"
        if event_type == "ACCUSE" and any(o.lemma_.lower() in CONCERNS for o in objects):
            return self._cause_of_concern(verb, objects)
        if event_type == "ACCUSE" and any(o.lower_ in {"finger", "fingers"} for o in objects) and (
                pointed_at := [p for p in pobjs(verb, ("at",)) if self.is_actor(p)]):
            return expand_conj(pointed_at[:1]), "pointed-at"  # "pointed the finger at Asmara for the clashes"
        if event_type == "ACCUSE":
            accused = self._actor_in(pobjs(verb, ACCUSED_PREPS))
            if accused and not [o for o in objects if self.is_actor(o)]:
                return expand_conj(accused[:1]), "accused"
        if event_type == "AGREE" and verb.lemma_.lower() in OFFERING and (
                offered_to := [p for p in pobjs(verb, ("to",)) + [p for o in objects for p in pobjs(o, ("to",))]
                               + [p for kind in pobjs(verb, ("in",)) + [k for o in objects for k in pobjs(o, ("in",))]
                                  for p in pobjs(kind, ("to", "for"))]
                               if self.is_actor(p)]):
            # "Spain offered to Canada two frigates": the one offered it, not what is offered
            # ("pledged $5 million in loans to Malawi": the receiver of the kind of gift the sum is in)
            return expand_conj(offered_to[:1]), "offered-to"
        if event_type == "SUPPORT" and (owners := [c for o in objects if not self.is_actor(o) or self._is_event_noun(o)
                                                   for c in o.children if c.dep_ == "poss" and self.is_actor(c)]
                                        or [a for o in objects if self._is_event_noun(o)
                                            for a in by_agents(o) if self.is_actor(a)]):
            # "welcomed Trump's invitation to Putin", "welcomed the release of the hostages by Hamas": the one whose
            # act is welcomed, not whom it is for or done to
            return expand_conj(owners[:1]), "whose-act-welcomed"
        if event_type in GIVING_TYPES:
            # ("will give Malawi a grant for clinics": the one given it, before what it is for)
            receivers = [c for c in children if c.dep_ == "dative" and c.pos_ != "ADP" and self.is_actor(c)]
            # ("thanked Sisi for Egypt's support": the person thanked, not what for)
            receivers = receivers or [o for o in objects if event_type == "SUPPORT" and o.pos_ == "PROPN"
                                      and o.ent_type_ in {"PERSON", ""}]
            receivers = receivers or [p for p in pobjs(verb, ("to",)) if self.is_actor(p)]
            # "granted diplomatic asylum to five officers": the receiver hangs on the thing given (and "expressed
            # regret to Pakistan for the deaths": the one it is given to before what it is for)
            receivers = receivers or [p for o in objects for p in pobjs(o, ("to",)) if self.is_actor(p)]
            receivers = receivers or [p for p in pobjs(verb, ("for", "with")) if self.is_actor(p)]
            receivers = receivers or [p for o in objects for p in pobjs(o, ("for",)) if self.is_actor(p)]
            # "pledged 500 million euros in humanitarian aid for Syria": the receiver of the aid the sum is in
            receivers = receivers or [p for o in objects for kind in pobjs(o, ("in", "of"))
                                      for p in pobjs(kind, ("to", "for")) if self.is_actor(p)]
            # "deposited $3 billion in Egypt's central bank": the state whose bank or treasury it went into
            receivers = receivers or [o for p in pobjs(verb, ("in", "into")) if p.lemma_.lower() in _COFFERS
                                      for o in [*(c for c in p.children if c.dep_ == "poss"), *pobjs(p, ("of",))]
                                      if self.is_actor(o)]
            # "donated $10 million to Ebola relief in Liberia": the receiver named inside what it went to
            receivers = receivers or [f for f in (search_phrase(p, self.is_actor, skip, max_depth=3, acts=self.event_nouns)
                                                  for p in pobjs(verb, ("to",))) if f is not None]
            # "donated ventilators to assist Ethiopia with its response": the one the gift is to help
            # (or "earmarked funds in relief to help Malawi recover": the one helped to do something)
            receivers = receivers or [o for aim in children if aim.dep_ in {"advcl", "xcomp"} and infinitive(aim)
                                      and aim.lemma_.lower() in HELPING
                                      for o in [*aim.children, *(g for c in aim.children if c.dep_ in {"ccomp", "xcomp"}
                                                                 for g in c.children if g.dep_ == "nsubj")]
                                      if o.dep_ in {"dobj", "nsubj"} and o.head.i != verb.i and self.is_actor(o)]
            # "donated and delivered medicine to a hospital": the receiver told once, after the last verb
            receivers = receivers or [p for v in children if v.dep_ == "conj" and v.pos_ == "VERB"
                                      and not any(c.dep_ == "dobj" for c in children)
                                      for p in pobjs(v, ("to",)) if self.is_actor(p)]
            if receivers:
                return expand_conj(receivers[:1]), "receiver"
        if event_type == "RETREAT" and verb.lemma_.lower() in GIVING_BACK and not any(
                o.lemma_.lower() in HELD_PEOPLE for o in objects):
            # "handed back the seized tanker to Iran", "returned the islands to China": who gets it back
            owners = [p for p in pobjs(verb, ("to",)) if self.is_actor(p)]
            if owners:
                return expand_conj(owners[:1]), "given-back-to"
        left = pobjs(verb, ("from",)) + [p for out in verb.children if out.lower_ == "out" for p in pobjs(out, ("of",))]
        if event_type == "SANCTION" and (partners := [w for p in left if p.lemma_.lower() in _TALKS
                                                      for w in pobjs(p, ("with",)) if self.is_actor(w)]):
            # "pulled out of talks with Hamas": the side across the table
            return expand_conj(partners[:1]), "other-side-of-talks"
        if event_type == "SANCTION" and not any(self.is_actor(o) for o in objects) and (
                bodies := [p for p in left if self.is_actor(p)]):
            # "pulled out of ECOWAS" (not "suspended Niger from ECOWAS": the one suspended)
            return bodies[:1], "body-left"
        if event_type == "RETREAT" and not (cand.rule.mode == "release" and any(self.is_actor(o) for o in objects)):
            # (not "released the former vice-president from prison": the one released)
            # ("pulled its forces out of Lebanon": "of" under "out")
            # ("pulled back from Kherson": "from" under "back")
            places = left + [
                p for back in verb.children if back.lower_ in {"back", "away"} for p in pobjs(back, ("from",))] + [
                # ("withdrew south of the Litani river": the line it fell back behind)
                p for side in verb.children if side.lower_ in _QUARTERS for p in pobjs(side, ("of",))]
            # ("peacekeepers left the town of Lachin", "vacated positions near Kelbajar": the place is the object)
            vacated = [o for o in objects if o.lemma_.lower() not in OWN_FORCES] \
                if verb.lemma_.lower() in LEAVING else []
            places += vacated
            # ("pulled back its forces from the border with Kosovo": the land on the other side)
            # (also where the parser hung "with" on the verb)
            borders = [p for p in places if p.lemma_.lower() in _BORDERS]
            places += [w for p in borders for w in pobjs(p, ("with",))] + [
                w for w in pobjs(verb, ("with",)) if any(b.i < w.i for b in borders)]
            left = [p for p in places if self.is_actor(p)]
            if left:
                return expand_conj(left[:1]), "withdrawn-from"
            if vacated or (places and (cand.rule.mode == "withdraw"
                                       or any(o.lemma_.lower() in OWN_FORCES for o in objects))):
                # "withdrew peacekeepers from the Golan Heights": the forces are the source's own; the place
                # left (its country, put in when the place is named) is the target
                return [], "withdrawn-from"
            if cand.rule.mode == "disarm" and objects and all(o.lemma_.lower() in _OWN_FIGHTERS for o in objects):
                # "demobilised 500 fighters": the side's own, who are no one it yields to
                return [], "own-fighters"
        if event_type == "REQUEST" and any(o.lemma_.lower() in REFUGE for o in objects):
            # "asked for asylum in Canada": the land asked for shelter
            hosts = [p for p in pobjs(verb, ("in",)) if self.is_actor(p)]
            if hosts:
                return expand_conj(hosts[:1]), "asked-for-shelter"
        if cand.rule.mode == "third-party" and (sides := next(
                (found for obj in objects if len(found := self._between(obj)) >= 2), [])):
            # "Turkey brokered a prisoner swap between Russia and Ukraine": the two sides it mediated between
            return sides, "sides-mediated-between"
        for obj in objects:
            if obj.lemma_.lower() in RELATIONS | _BORDERS:
                # "severed diplomatic ties with Morocco": the other side of the ties ("closed its border with
                # Belarus": the land on the other side)
                partners = [p for p in pobjs(obj, ("with", "to", "between")) if self.is_actor(p)]
                if partners:
                    return expand_conj(partners[:1]), "relations-partner"
            if event_type == "REJECT" and not self.is_actor(obj) and (
                    offerers := [a for a in by_agents(obj) + pobjs(obj, ("from",))
                                 + [d for p in pobjs(obj, ("for", "of", "to")) for d in by_agents(p)]
                                 + _stray_agents(verb, obj) if self.is_actor(a)]):
                # "spurned repeated offers of talks by the Kabul government": whose offer was refused
                return expand_conj(offerers[:1]), "whose-offer"
            if event_type == "ACCUSE" and self._is_event_noun(obj):
                # "denounced the expulsion of its diplomats by Britain": the one who did what is denounced
                doers = self._act_doers(obj) or [a for a in _stray_agents(verb, obj) if self.is_actor(a)]
                if doers:
                    return expand_conj(doers[:1]), "doer-of-the-act-accused"
            if self._is_event_noun(obj):
                # "held talks in Cairo with the Egyptian foreign minister": the partner of
                # the talks, not the place where they were held
                partners = [p for p in pobjs(obj, ("with",)) + pobjs(verb, ("with",)) if self.is_actor(p)]
                if partners:
                    return expand_conj(partners[:1]), "in-event-object"
                if event_type in VICTIM_TYPES and (doers := [a for a in _stray_agents(verb, obj) if self.is_actor(a)]):
                    # "police dispersed a rally by nurses": those whose act was broken up
                    return expand_conj(doers[:1]), "doers-of-the-act-stopped"
                # "demanded the withdrawal of Serbian forces": whose withdrawal
                inside = search_phrase(obj, self.is_actor, skip - {obj.i}, max_depth=3, acts=self.event_nouns)
                if inside is not None and not (event_type == "CONSULT" and _venue(inside, obj)) and not (
                        cand.rule.cameo == PEACEKEEPING and inside.lemma_.lower() in OWN_FORCES):
                    # ("imposed sanctions on Pompeo, Azar and Bannon": all those named)
                    return expand_conj([inside]), "in-event-object"
        # ("held talks in Nairobi": the talks are no party, whatever place they are tied to)
        direct = [o for o in expand_conj(objects) if self.is_actor(o) and o.lemma_.lower() not in ROUNDS
                  and not (event_type == "CONSULT" and self._is_event_noun(o))
                  # ("signed an agreement in Beijing": the paper signed is no party, whatever place it is tied to)
                  and not (verb.lemma_.lower() in _SIGNING and o.lemma_.lower() in _PAPERS)
                  # ("accused Russia of sending the tanks": what is given or moved is no recipient)
                  and not (event_type in {"AID", "MOBILIZE"} and o.lemma_.lower() in MATERIEL)
                  # ("deployed peacekeeping troops to protect civilians in Mali": the peacekeepers sent neither)
                  and not (cand.rule.cameo == PEACEKEEPING and o.lemma_.lower() in OWN_FORCES | _MANDATES)]
        if direct:
            return direct, "object"
        if event_type == "THREATEN":
            # "warned of a bloodbath if U.S. troops entered Baghdad": the one the condition is put to
            put_to = self._condition_subjects(children)
            if put_to:
                return expand_conj(put_to[:1]), "condition-subject"
        # "Armenia warned Azerbaijan that ...": a name right after the verb that the parser took for an adverb
        misread = [c for c in children if c.dep_ == "npadvmod" and c.i == verb.i + 1 and c.pos_ == "PROPN"
                   and self.is_actor(c)]
        if misread:
            return misread, "object"
        preps = [p for p in pobjs(verb, TARGET_PREPS) if self.is_actor(p) and p.lemma_.lower() not in OPEN_WATERS
                 and not _where_friends_meet(p, event_type)
                 # ("attacking Putin's residence with drones": what it was done with, beside what it was done to)
                 and not (p.head.lower_ == "with" and event_type == "ASSAULT" and verb.lemma_.lower() not in MUTUAL
                          and any(o.head.i == verb.i for o in objects))]
        if preps:
            return expand_conj(preps[:1]), "prep"
        for clause in (c for c in children + [g for p in children if p.dep_ == "prep" for g in p.children
                                              if g.dep_ == "pcomp"]
                       if c.dep_ in {"ccomp", "pcomp"} and _what_it_called(c)):
            # "denounced what it called a U.S. plot": the thing the clause names is what the act is about
            # ("what it described as provocations": the name in its "as" phrase)
            for named in [w for w in clause.children if w.dep_ in {"oprd", "xcomp", "attr"} and w.pos_ == "NOUN"] + [
                    g for w in clause.children if w.dep_ == "prep" and w.lower_ == "as" for g in w.children
                    if g.dep_ == "pobj" and g.pos_ == "NOUN"]:
                found = self._noun_modifier_actor(named)
                if found is not None:
                    return [found], "what-it-called"
        for clause in (c for c in children if c.dep_ == "ccomp"):
            if _what_it_called(clause):
                continue  # who calls it so is no target
            subj = [s for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"} and self.is_actor(s)]
            if subj and event_type == "THREATEN" and subj[0].tag_ == "PRP":
                # "Tehran warned that it would strike Israeli ships": the threatener itself, whom the clause
                # names as its doer; the one threatened is inside the clause
                # ("warned that it would invade Bulgaria": the object may itself be the one named)
                inside = [f for f in (p if self.is_actor(p) else search_phrase(p, self.is_actor, skip, max_depth=3)
                                      for p in [c for c in clause.children if c.dep_ in {"dobj", "dative"}]
                                      + pobjs(clause, TARGET_PREPS)) if f is not None]
                # ("warned it would send in the army if Pristina declared independence": the threatener's own
                # army is no one threatened; the condition names who is)
                inside = [f for f in inside if not _own_bare_force(f)]
                if inside:
                    return inside[:1], "in-threatened-clause"
                put_to = self._condition_subjects(list(clause.children))
                if put_to:
                    return expand_conj(put_to[:1]), "condition-subject"
                continue
            if subj:
                return expand_conj(subj[:1]), "clause-subject"
        if any(o.lemma_.lower() in OPERATIONS for o in objects):
            for clause in (c for c in children if c.dep_ == "advcl" and c.lemma_.lower() == "leave"):
                # "carried out an operation against IS ..., leaving 2 IS militants dead": whom it left dead or hurt
                left = [o for o in clause.children if o.dep_ == "dobj" and self.is_actor(o)]
                if left and any(t.lower_ in {"dead", "injured", "wounded"} for t in clause.subtree):
                    return expand_conj(left[:1]), "left-dead-or-hurt"
        # (not what is to be made, "agreed to set up two field hospitals", but whom it is made for, "pledged to
        # build a hospital for the refugees")
        phrases = objects + [c for c in children if c.dep_ == "xcomp" and c.lemma_.lower() not in MAKING]
        # ("adopted a new package of sanctions against Russia": the act the package holds)
        phrases += [p for o in objects if o.lemma_.lower() in PACKAGES for p in pobjs(o, ("of",))]
        if event_type == "AGREE":
            # "committed to training Ukrainian pilots": the act promised, hung on "to"
            phrases += [g for p in children if p.dep_ == "prep" and p.lower_ == "to"
                        for g in p.children if g.dep_ == "pcomp"]
        phrases += [p for x in children if x.dep_ == "xcomp" and x.lemma_.lower() in MAKING
                    for p in pobjs(x, ("for",)) + [f for o in x.children if o.dep_ == "dobj"
                                                   for f in pobjs(o, ("for",))]]
        phrases += [p for p in pobjs(verb, TARGET_PREPS + ACCUSED_PREPS + ("as",))
                    if not (event_type == "ASSAULT" and p.lemma_.lower() in OPEN_WATERS)]
        for phrase in phrases:
            found = search_phrase(phrase, self.is_actor, skip - {phrase.i}, acts=self.event_nouns)
            if found is not None and ((event_type in _MET_OR_SIGNED and _venue(found, phrase)) or (
                    found.i == phrase.i and _where_friends_meet(phrase, event_type))):
                continue  # "held a round of talks in Baghdad": where they met, not with whom
            if found is not None and cand.rule.cameo == PEACEKEEPING and found.lemma_.lower() in OWN_FORCES:
                continue  # "extended the mandate of UN peacekeepers in Lebanon": the force is what is given
            if found is not None:
                return (expand_conj([found]) if found.pos_ == "PROPN" else [found]), "in-object"
        return [], ""

    def _cause_of_concern(self, verb: Token, objects: list[Token]) -> tuple[list[Token], str]:
        """'expressed concern over Somalia's decision', 'voiced alarm at the tactics used by the police':
        whoever did what the concern is about (not those it befell: 'concern regarding the casualties of
        civilians' names no one at fault), else the one it was told to."""
        about = [p for o in objects for p in pobjs(o, CONCERN_PREPS)] + pobjs(verb, CONCERN_PREPS)
        for thing in about:
            # ("the tactics used by riot police": the doer of the participle on the thing)
            agents = by_agents(thing) + [a for acl in thing.children if acl.dep_ == "acl" for a in by_agents(acl)]
            doer = next((a for a in agents if self.is_actor(a)), None)
            if doer is None and (self._is_event_noun(thing) or thing.lemma_.lower() in DECISIONS):
                doer = self._noun_modifier_actor(thing)
            if doer is not None:
                return [doer], "cause-of-concern"
            if self.is_actor(thing) and thing.pos_ != "ADJ" and not self._is_event_noun(thing):
                return [thing], "cause-of-concern"
        told = [p for p in pobjs(verb, ("to",)) + [p for o in objects for p in pobjs(o, ("to",))] if self.is_actor(p)]
        return (told[:1], "concern-told-to") if told else ([], "")

    def _mobilized_toward(self, verb: Token, objects: list[Token], skip: set[int]) -> tuple[list[Token], str]:
        """'massed troops on the border with Ukraine', 'strengthened its forces in Lebanon': the side or
        the land the forces are sent toward (the forces moved are the source's own, no target)."""
        sent = expand_conj(objects)
        own = {o.i for o in sent}
        # ("dispatched trucks and a unit of marines to Chad": the place hung on the last of those sent)
        sent += [p for o in sent for p in pobjs(o, ("of",))]
        places = pobjs(verb, MOBILIZED_PREPS) + [p for o in sent for p in pobjs(o, MOBILIZED_PREPS)]
        # ("moved troops close to the Pakistani border": the place after "close to" or "up to")
        places += [p for h in [verb, *sent] for c in h.children if c.lower_ in _NEARING and c.dep_ != "prep"
                   for p in pobjs(c, ("to",))]
        for place in places:
            found = place if self.is_actor(place) else search_phrase(place, self.is_actor, skip | own, max_depth=3)
            if found is not None and found.i not in own:
                return [found], "mobilized-toward"
        return [], ""

    def _condition_subjects(self, children: list[Token]) -> list[Token]:
        """The actors an "if" or "unless" clause among ``children`` names as its subject."""
        return [s for c in children if c.dep_ == "advcl" and conditional(c)
                for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and self.is_actor(s)]
