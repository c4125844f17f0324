"""Stage: find event triggers (verbs and event nouns) and pick their rule.

A token is a trigger when its lemma and part of speech are in the trigger
lexicon and one of its rules' constraints holds in the parse. Only body
sentences are searched; sentences without a lexicon word cost one dict
lookup per token.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from dyadline.knowledge.gazetteer import load_gazetteer
from dyadline.pipeline.candidate import Candidate
from dyadline.pipeline.doccache import sentence_bounds
from dyadline.pipeline.lexicon import TriggerLexicon, TriggerRule, load_lexicon
from dyadline.pipeline.parse import bodily_failing, infinitive

__all__ = ["find_triggers", "ruled_out", "trigger_end", "TriggerFinder"]

_OBJ_DEPS = frozenset({"dobj", "dative", "nsubjpass", "attr"})
_PHRASE_DEPS = frozenset({"compound", "amod", "prep", "pobj", "nmod", "conj", "appos", "quantmod", "nummod"})


def _words(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


#: the word an object constraint uses for any named place ("obj=town|city|@place": "captured Goma")
PLACE_WORD = "@place"
#: the word an object constraint uses for a person named ("obj=president|@person": "received Modi")
PERSON_WORD = "@person"


def _names_a_place(tok: Token) -> bool:
    """A name the model tags as a place, or a big city or region of the gazetteer ("captured Goma", which the
    small model takes for a person; "captured Kidal", for a people)."""
    if tok.ent_type_ in {"GPE", "LOC"}:
        return True  # (not a FAC: "the vessel FV Golden Wave", a ship's name)
    if tok.ent_type_ == "ORG" or not tok.is_title:
        return False
    return load_gazetteer().big_place(tok.text)


def _object_words(trigger: Token) -> set[str]:
    """Lemmas in the trigger's object phrase (for nouns: the "of" phrase)."""
    words: set[str] = set()
    # ("called President Kais Saied": a name the parser took for a complement is the object)
    # ("allowed OSCE monitors into Kosovo": a noun the parser took for a clause is the object too)
    heads = [c for c in trigger.children if c.dep_ in _OBJ_DEPS or (c.dep_ == "oprd" and c.pos_ == "PROPN")
             or (c.dep_ == "ccomp" and c.pos_ == "NOUN")]
    if trigger.pos_ == "NOUN":
        heads += [g for c in trigger.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if trigger.dep_ in {"acl", "amod"} and trigger.tag_ == "VBN":
        heads.append(trigger.head)
    # ("allowed IAEA inspectors to visit the site": the one let in, read as the infinitive's subject)
    heads += [s for c in trigger.children if c.dep_ in {"ccomp", "xcomp"} and infinitive(c)
              for s in c.children if s.dep_ == "nsubj"]
    stack = [(h, 0) for h in heads]
    while stack:
        tok, depth = stack.pop()
        words |= _words(tok)
        if tok.pos_ == "PROPN" and _the_object_itself(tok, depth) and _names_a_place(tok):
            words.add(PLACE_WORD)
        if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" and _the_object_itself(tok, depth):
            words.add(PERSON_WORD)
        if depth < 3:
            stack.extend((c, depth + 1) for c in tok.children if c.dep_ in _PHRASE_DEPS)
    return words


def _the_object_itself(tok: Token, depth: int) -> bool:
    """The object, a name of it ("the town of Goma", "Kidal and Gao") or what it is "of" ("control of
    Goma"), not a place further in its phrase ("the vessel off the coast of Lamu")."""
    while depth > 0 and tok.dep_ in {"compound", "conj", "appos"}:
        tok, depth = tok.head, depth - 1
    if depth == 2 and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return True
    return depth == 0


#: what a crowd does in the street, joined to its gathering ("gathered and chanted")
#: ("ministers gathered in Geneva and demanded a ceasefire": a demand joined on is no street protest)
_OUTCRIES = frozenset({"protest", "demonstrate", "chant", "shout"})


def _named_object(obj: Token, values: frozenset[str]) -> bool:
    """The object of a preposition is one of the words, or is a noun with one of them read as a participle on it
    ("victims of police firing", "firing" hung on "police")."""
    # (by its own letters too: the lemmatizer takes "ECOWAS" for a plural)
    return obj.lemma_.lower() in values or obj.lower_ in values or any(
        a.dep_ == "acl" and a.i == obj.i + 1 and a.tag_ == "VBG" and a.lemma_.lower() in values for a in obj.children)


def ruled_out(verb: Token, lexicon: TriggerLexicon) -> bool:
    """A rule of the lexicon names the verb's object as what makes it no event ("launched a search
    operation": ``notobj``), so no classifier should make one of it."""
    rules = [r for r in lexicon.rules_for(verb.lemma_.lower(), "VERB")
             if any(kind == "notobj" for kind, _ in ((r.constraint_kind, r.constraint_values), *r.also))]
    return any(not _holds_one(kind, values, verb) for r in rules
               for kind, values in ((r.constraint_kind, r.constraint_values), *r.also) if kind == "notobj")


def _holds(rule: TriggerRule, trigger: Token) -> bool:
    return _holds_one(rule.constraint_kind, rule.constraint_values, trigger) and all(
        _holds_one(kind, values, trigger) for kind, values in rule.also)


def _holds_one(kind: str | None, values: frozenset[str], trigger: Token) -> bool:
    if kind is None:
        return True
    children = list(trigger.children)
    if kind == "obj":
        return bool(_object_words(trigger) & values)
    if kind == "notobj":
        return not _object_words(trigger) & values
    if kind == "head":  # "repelled the attackers" (not "repelled an attack by fighters"): the object's own word
        heads = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
        if not heads and trigger.dep_ == "conj" and any(c.dep_ == "auxpass" for c in children):
            # "a militia raided villages but was repulsed by the police": the subject of the first verb
            heads = [c for c in trigger.head.children if c.dep_ == "nsubj"]
        return any(_words(h) & values for h in heads)
    if kind == "prep":
        if "between" in values and trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj":
            children += list(trigger.head.children)  # "a fight broke out between A and B"
        if "into" in values and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
            # "will convene an inquiry into the massacre": "into" hung on the verb
            children += [c for c in trigger.head.children if c.i > trigger.i]
        if trigger.lemma_.lower() in _DEATH_NOUNS:
            # "the death of a boy in police firing": the scene hung on the dead
            children += [g for c in children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
                         for g in p.children]
        # (not a date: "called his counterpart on Monday" is no call on him)
        return any(c.dep_ in {"prep", "agent", "dative"} and c.lower_ in values and not _dated(c) for c in children)
    if kind == "pobj":  # "taken into custody", "put behind bars", "resorted to firing": the object of a preposition
        return any(c.dep_ in {"prep", "agent"} and any(g.dep_ in {"pobj", "pcomp"} and _named_object(g, values)
                                                          for g in c.children) for c in children)
    if kind == "left":  # "withdrew from the treaty", "pulled out of the talks" (the "out" a particle or a preposition)
        left = [c for c in children if c.dep_ == "prep" and c.lower_ == "from"]
        left += [g for c in children if c.lower_ == "out" for g in ([c] + list(c.children) + (
            [c.nbor()] if c.i + 1 < len(c.doc) else [])) if g.dep_ == "prep" and g.lower_ == "of"]
        return any(g.dep_ == "pobj" and _named_object(g, values) for c in left for g in c.children)
    if kind == "notprt":
        return not _holds_one("prt", values, trigger)
    if kind == "prt":
        # ("pulled back from": a particle the parser took for an adverb, right after the verb)
        # ("pulled out of Kherson": one taken for a preposition with no object but a preposition of its own)
        return any((c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == trigger.i + 1)
                    or (c.dep_ == "prep" and c.i == trigger.i + 1 and not any(g.dep_ == "pobj" for g in c.children)
                        and any(g.dep_ == "prep" for g in c.children)))
                   and c.lower_ in values for c in children)
    if kind == "mod":
        participle_on_noun = trigger.pos_ == "VERB" and trigger.dep_ == "acl" and trigger.head.i == trigger.i - 1
        if trigger.pos_ == "VERB" and (trigger.dep_ == "pobj" or (participle_on_noun and trigger.head.dep_ == "pobj")):
            return False  # "killed in police firing": the scene of another act, not one of its own
        mods = [c for c in children if c.dep_ in {"amod", "compound", "nmod"}]
        if participle_on_noun and trigger.tag_ == "VBG":
            mods.append(trigger.head)  # "police firing was reported": the noun read as the participle's head
        return any(_words(c) & values for c in mods)
    if kind == "hyph":  # "lathi-charged", "baton-charge": the word hyphened on, however it was parsed
        doc = trigger.doc
        return trigger.i >= 2 and doc[trigger.i - 1].text == "-" and doc[trigger.i - 2].lower_ in values
    if kind == "oprd":
        # "called the move illegal" (any complement but a name: "called President Erdogan" is a phone call the
        # parser took for naming), "was found dead" (the words given)
        # ("set ablaze two men": a named complement the parser took for an adverb)
        # ("would hold Lebanon responsible": a small clause the parser made of the object and its complement)
        # ("set free the activist": the word given read as the object)
        # ("held the Lebanese government responsible": the complement the parser hung on the object, after it)
        after_object = [a for o in [c for c in children if c.dep_ == "dobj"][:1] for a in o.children
                        if a.dep_ == "amod" and a.i > o.i and a.pos_ == "ADJ"
                        # (right after the object: not "held a demonstration outside the office, the body responsible
                        # for the exams")
                        and all(t.head.i == a.i and t.dep_ == "advmod" for t in o.doc[o.i + 1:a.i])] if values else []
        return any((c.dep_ in {"oprd", "acomp"} or (values and c.dep_ == "advmod")
                    or (values and c.dep_ == "dobj" and c.pos_ == "ADJ")
                    or (values and c.dep_ == "ccomp" and c.pos_ == "ADJ"))
                   and (c.lower_ in values if values else c.pos_ != "PROPN") for c in children) or any(
            a.lower_ in values for a in after_object)
    if kind == "purpose":  # "traders massed outside the town hall to demand lower rents"
        aims = [c for c in children if c.dep_ in {"xcomp", "advcl"}]
        # "gathered to commemorate the day and denounce ...", "gathered and chanted slogans": an outcry joined on
        aims += [g for a in aims for g in a.children if g.dep_ == "conj"]
        aims += [c for c in children if c.dep_ == "conj" and c.lemma_.lower() in _OUTCRIES]
        return any(c.lemma_.lower() in values for c in aims)
    if kind == "to":  # "pressed Ethiopia to allow aid in", "wants the president to step down"
        told = any(c.dep_ in {"dobj", "dative"} for c in children)
        # ("ordered the UN mission to leave": the infinitive the parser hung on the object)
        on_object = [g for c in children if c.dep_ == "dobj" for g in c.children if g.dep_ in {"relcl", "acl"}]
        return any(c.dep_ in {"xcomp", "ccomp", "relcl", "acl"} and infinitive(c)
                   and (told or any(s.dep_ == "nsubj" for s in c.children))
                   and (not values or c.lemma_.lower() in values) for c in children + on_object)
    if kind == "clause":
        return any(_says_subject_is(c, values) for c in children if c.dep_ == "ccomp")
    if kind == "ing":  # "stopped fighting", "ceased shelling": the gerund the verb governs
        return any(c.dep_ in {"xcomp", "dobj"} and c.tag_ == "VBG" and c.lemma_.lower() in values for c in children)
    if kind == "aux":  # "would hold Lebanon responsible": the trigger's own auxiliary
        return any(c.dep_ == "aux" and c.lower_ in values for c in children)
    if kind == "cond":  # "would respond if Finland joined NATO": the condition the act is held out on
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in values for m in c.children)
                   for c in children)
    if kind == "verb":  # "lodged a protest with Japan": the verb a noun trigger is the object of
        return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in values
    if kind == "modal":
        return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in values for a in c.children)
                   for c in children)
    return False


#: nouns of deaths whose scene may hang on the dead ("the death of a boy in police firing")
_DEATH_NOUNS = frozenset({"death", "killing"})


def _dated(prep: Token) -> bool:
    """A preposition whose object is a date or time ("on Monday", "for two hours")."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in {"DATE", "TIME"} for g in objects)


def _says_subject_is(clause: Token, values: frozenset[str]) -> bool:
    """'(said) the rebels were behind the attack / responsible for it / to blame', 'the strikes were a
    violation of its sovereignty': a copula whose predicate is one of the words (not 'were not
    responsible'); 'troops had committed war crimes': a verb of the words done with a wrong as its object."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "face" and lemma in values:
        # "said Israel would face a crushing response": a punishment in store for the clause's subject
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _PUNISHMENTS for c in clause.children)
    if lemma in values and clause.pos_ == "VERB":
        # ("had violated its commitments": breaking anything is the wrong)
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in _WRONGS or lemma in _BREAKING) for c in clause.children)
    if lemma != "be":
        return False
    return any(((c.dep_ in {"acomp", "prep"} or _to_blame(c)) and c.lower_ in values and not _duty(c))
               or (c.dep_ == "attr" and c.lemma_.lower() in values) for c in clause.children)


#: wrongs one is said to have committed ("committed war crimes", "perpetrated the massacre")
_WRONGS = frozenset({"crime", "atrocity", "abuse", "violation", "massacre", "genocide", "murder", "killing",
                     "attack", "fraud", "torture", "offence", "offense", "act",
                     # what one is said to stir up ("was deliberately provoking violence in the north")
                     "violence", "unrest", "tension", "tensions", "terrorism", "hatred", "conflict", "war", "chaos",
                     "riot", "riots", "instability", "insurgency", "rebellion", "coup", "attacks", "crimes"})


#: verbs whose object is what was wronged, not the wrong ("said China had violated its commitments")
_BREAKING = frozenset({"violate", "breach", "flout"})


#: what one is told one will face ("would face a crushing response", "will face consequences")
_PUNISHMENTS = frozenset({"response", "retaliation", "consequence", "reprisal", "punishment", "retribution",
                          "war", "action", "sanction", "price", "wrath", "force", "attack", "attacks"})


#: what an office is "responsible for" as its duty, not as a wrong done
_DUTIES = frozenset({"security", "safety", "protection", "defence", "defense", "management", "administration",
                     "coordination", "organisation", "organization", "oversight", "supervision", "logistics",
                     "implementation", "planning", "maintenance", "welfare", "care", "running"})


def _duty(predicate: Token) -> bool:
    """'the police were responsible for security at the stadium': a duty, no blame."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _DUTIES
               for p in predicate.children if p.lower_ == "for" for g in p.children)


def _to_blame(token: Token) -> bool:
    """'the rebels were to blame': the infinitive after a copula says who is at fault (no act of blaming)."""
    return (token.lemma_.lower() == "blame" and token.dep_ == "xcomp" and token.head.lemma_.lower() == "be"
            and infinitive(token))


def _verb_tagged_noun(token: Token) -> bool:
    """Headline style ("Armed gang attacks activist", "Students riot"): the small model tags the
    main verb as a noun; a root noun with a subject or an object acts as the verb."""
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and any(
        c.dep_ in {"nsubj", "dobj", "compound"} for c in token.children
    ) and token.tag_ in {"NNS", "VBZ", "NN"}


#: heads of units and gear an event noun may name ("riot police", "anti-riot gear"): no event
_UNIT_HEADS = frozenset({"police", "policeman", "officer", "unit", "squad", "gear", "force", "troop", "shield",
                         "van", "vehicle", "helmet", "boat", "ship", "vessel", "car", "plane", "aircraft"})


def _names_a_unit(token: Token) -> bool:
    """'riot police intervened': the noun names the kind of a unit, not an event."""
    return token.dep_ in {"compound", "amod", "nmod"} and token.head.i > token.i and \
        token.head.lemma_.lower() in _UNIT_HEADS


def _capitalised_noun(token: Token, sentence_start: int) -> bool:
    """'Clash between Pokot warriors and the army': a common noun that opens a headline, capitalised and so
    tagged as a proper noun (not a name: no entity)."""
    # (not the first word of a place's name: "Downing Street said")
    return (token.pos_ == "PROPN" and token.i == sentence_start and not token.ent_type_
            and token.text[:1].isupper() and token.text[1:].islower()
            and not (token.dep_ == "compound" and token.head.i == token.i + 1 and token.head.text in _NAMED_PLACES))


#: the last words of the names of streets and buildings
_NAMED_PLACES = frozenset({"Street", "Road", "Avenue", "Square", "Palace", "House", "Hall", "Bridge", "Gate"})


def _hyphened_noun(token: Token) -> bool:
    """'a shoot-out took place', 'began a go-slow': a hyphened word the tagger took for an adjective, standing
    where a noun stands."""
    return (token.pos_ in {"ADJ", "ADV"} and "-" in token.text
            and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj"})


def _lowercase_name(token: Token) -> bool:
    """'the weekly anti-wall march': a common noun written in lower case that the tagger took for a name
    (the month)."""
    return token.pos_ == "PROPN" and token.text.islower()


def trigger_end(trigger: Token) -> int:
    end = trigger.i + 1
    for child in trigger.children:
        if child.dep_ == "prt" and child.i == end:
            end = child.i + 1
    return end


#: verbs that, written as adjectives before a noun, describe it and tell of no act: hedges ("alleged
#: mercenaries", "suspected militants": no accusation) and a state ("two captured soldiers" swapped)
_DESCRIBING = frozenset({"allege", "suspect", "accuse", "purport", "capture",
                         # "the internationally recognized government", "U.N.-backed forces": who it is
                         "recognize", "recognise", "back", "sponsor"})


def _describing(token: Token) -> bool:
    return token.lemma_.lower() in _DESCRIBING and token.dep_ in {"amod", "compound"} and token.head.i > token.i


class TriggerFinder:
    """Callable stage; holds the (immutable) lexicon."""

    def __init__(self, lexicon: TriggerLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[Candidate] = []
        for sent_index, (start, end) in enumerate(sentence_bounds(doc)):
            if not doc[start]._.in_body:
                continue
            for token in doc[start:end]:
                pos = "VERB" if token.pos_ == "VERB" or _verb_tagged_noun(token) else (
                    "NOUN" if token.pos_ == "NOUN" or _capitalised_noun(token, start) or _lowercase_name(token)
                    or _hyphened_noun(token) else None)
                if pos is None or (pos == "NOUN" and (_names_a_unit(token) or bodily_failing(token))) or (
                        pos == "VERB" and (_describing(token) or _to_blame(token))):
                    continue
                rules = self.lexicon.rules_for(token.lemma_.lower(), pos)
                if not rules and pos == "VERB" and token.pos_ == "NOUN":
                    # a noun read as a headline verb that is no verb of the lexicon stays a noun
                    # ("Farmers stage demonstration")
                    pos = "NOUN"
                    rules = self.lexicon.rules_for(token.lemma_.lower(), pos)
                if not rules and pos == "NOUN":
                    rules = self.lexicon.rules_for(token.lower_, pos)
                rule = next((r for r in rules if _holds(r, token)), None)
                if rule is None:
                    continue
                candidates.append(
                    Candidate(
                        trigger_i=token.i,
                        trigger_end_i=trigger_end(token),
                        sentence_index=sent_index,
                        rule=rule,
                    )
                )
        doc._.candidates = candidates
        return doc


@Language.factory("dyadline_triggers")
def find_triggers(nlp: Language, name: str) -> TriggerFinder:
    return TriggerFinder(load_lexicon())
