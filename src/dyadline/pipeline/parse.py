"""Small walks over the dependency parse that several stages share."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

__all__ = ["BODY_VERBS", "BODY_WORDS", "HOLDING", "antecedent_person", "bracket_groups", "parse_alone", "conditional", "counted", "governors",
           "headline_victim", "in_protest", "infinitive", "name_read_as_preposition", "not_ruled_out", "other_side",
           "possibility_of", "raised_subjects", "reduced_relative_read_as_verb", "told_as_sequence",
           "told_subjects", "joined_to_speaker"]

#: words of the bodies of the dead, and verbs of their being found ("the bodies of 2 civilians were found",
#: "four bodies were pulled from the lake", "Six Bodies found - ..."): the toll stage counts them, the
#: headline stage mends a parse torn around them ("found", the form the model may take as a lemma)
BODY_WORDS = frozenset({"body", "bodies", "corpse", "corpses", "remains"})
#: "rebel-held", "Kurdish-controlled": the word before names who holds the place
HOLDING = frozenset({"held", "controlled", "occupied", "dominated", "run"})
BODY_VERBS = frozenset({"find", "found", "discover", "recover", "dump", "pull", "retrieve", "exhume", "bring"})

#: nouns of one who stands to another, whose possessor is that other ("Russia's rivals", "allies of Iran")
_OTHER_SIDES = frozenset({"ally", "rival", "enemy", "foe", "adversary", "opponent", "critic", "neighbour",
                          "neighbor", "proxy", "partner", "counterpart", "nemesis", "detractor"})


def other_side(noun: Token) -> bool:
    """A noun of one who stands to another ("ally", "rivals", "counterpart"): its possessor or "of" phrase
    names that other, not who it is."""
    return noun.lemma_.lower() in _OTHER_SIDES or noun.lower_.rstrip("s") in _OTHER_SIDES


#: the model's stages that tag and parse a sentence
_PARSE_STAGES = ("tok2vec", "tagger", "parser")


def parse_alone(nlp: Language, words: Sequence[str], spaces: Sequence[bool]) -> Doc:
    """The words tagged and parsed again on their own, as one sentence (the stages that mend a torn parse
    try a sentence again with some words replaced or left out)."""
    again = Doc(nlp.vocab, words=list(words), spaces=list(spaces), sent_starts=[True] + [False] * (len(words) - 1))
    for name in _PARSE_STAGES:
        again = nlp.get_pipe(name)(again)
    return again


def bracket_groups(span: Span) -> list[tuple[int, int]]:
    """The (start, end) token positions, brackets included, of the round brackets in ``span`` that open
    and close in it, with no bracket opened inside them."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for tok in span:
        if tok.text == "(":
            opened = tok.i
        elif tok.text == ")" and opened is not None:
            out.append((opened, tok.i + 1))
            opened = None
    return out


def governors(token: Token, links: Collection[str], limit: int) -> list[Token]:
    """The heads above ``token``, nearest first, climbing only through the ``links`` relations."""
    out: list[Token] = []
    cur = token
    for _ in range(limit):
        if cur.head.i == cur.i or cur.dep_ not in links:
            break
        cur = cur.head
        out.append(cur)
    return out


def headline_victim(tok: Token) -> bool:
    """'Four killed': the number the parser made the subject of a participle with no object is its victims."""
    verb = tok.head
    if not (tok.dep_ in {"nsubj", "meta", "npadvmod"} and verb.tag_ in {"VBN", "VBD"}
            and not any(c.dep_ in {"dobj", "aux", "auxpass"} for c in verb.children)):
        return False
    if tok.pos_ == "NUM":
        return True
    # "At least two guards dead and one hurt", "1 herder shot": people counted, then hurt
    # ("Police officer killed in ambush": one person named in the singular, with no article, in a headline)
    return (tok.pos_ == "NOUN" and verb.lemma_.lower() in HEADLINE_HARM
            and (any(c.dep_ == "nummod" for c in tok.children) or (
                tok.tag_ == "NN" and verb.tag_ == "VBN" and tok.dep_ == "nsubj"
                and not any(c.dep_ in {"det", "poss"} for c in tok.children))))


HEADLINE_HARM = frozenset({"kill", "wound", "injure", "murder", "behead", "slay", "hurt"})
#: verbs whose subject is the dead ("2 die in clashes")
DIE_VERBS = frozenset({"die", "perish", "drown", "succumb"})
_HEADLINE_PASSIVE = HEADLINE_HARM | frozenset({"attack", "shoot", "abduct", "kidnap", "arrest", "detain", "stab",
                                               "lynch", "hack", "assault", "beat", "machete", "macheted",
                                               "club", "slash", "chop", "bludgeon", "stone", "behead"})


def conditional(clause: Token) -> bool:
    """The clause is a condition: marked by "if" or "unless" ("if the rebels attack", "unless it withdraws")."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children)


#: conjunctions of a clause told as what came before or after another act
_SEQUENCE_MARKS = frozenset({"after", "before", "until", "since"})


def told_as_sequence(clause: Token) -> bool:
    """The clause is told as what came before or after the act it hangs on ("killed in police firing after
    the mob attacked a station", "set fire to a station after a man died in custody")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in clause.children)


def infinitive(verb: Token) -> bool:
    """A verb with "to" before it ("a plan to invade", "wanted to ban")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def in_protest(noun: Token) -> Token | None:
    """'boycotted the summit in protest against Israel': the motive of another act, not a demonstration;
    the verb of that act."""
    if not (noun.lower_ == "protest" and noun.dep_ == "pobj" and noun.head.lower_ == "in"
            and not any(c.dep_ in {"det", "poss", "amod", "compound"} for c in noun.children)):
        return None
    verb = noun.head.head
    for _ in range(3):
        if verb.pos_ == "VERB":
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


#: nouns whose "of" phrase is an act someone holds out as possible
_POSSIBILITY_NOUNS = frozenset({"possibility", "prospect", "option"})


def possibility_of(act: Token) -> Token | None:
    """The noun that holds out an act as possible ("the possibility of suspending talks", "of a ban")."""
    if act.dep_ not in {"pcomp", "pobj"} or act.head.lower_ != "of":
        return None
    noun = act.head.head
    return noun if noun.lemma_.lower() in _POSSIBILITY_NOUNS else None


#: verbs that deny a refusal ("did not rule out", "refused to rule out", "would not exclude")
_NEGATING_VERBS = frozenset({"refuse", "decline", "fail"})


def not_ruled_out(verb: Token) -> bool:
    """'did not rule out', 'refused to rule out', 'would not exclude': a negated "rule out", which holds the
    act it governs out as possible."""
    lemma = verb.lemma_.lower()
    if not ((lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))
            or lemma == "exclude"):
        return False
    return any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _NEGATING_VERBS)


def by_agents(token: Token) -> list[Token]:
    """The doers written in a "by" phrase of a verb or noun ("attacked by militants"; not a deadline: "by
    Sunday")."""
    return [g for c in token.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}]


def counted(tok: Token) -> bool:
    """A number, or a noun with a number on it ("3 children"): people counted."""
    return tok.like_num or any(c.dep_ == "nummod" for c in tok.children)


def raised_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb an infinitive hangs on ("11 reported to have been killed": 11)."""
    return told_subjects(verb.head) if verb.dep_ == "xcomp" else []


def told_subjects(verb: Token) -> list[Token]:
    """The subjects of a verb, or, when it has none and is the second of two passives sharing one subject,
    that subject ("a member was detained and later found dead": the member was found)."""
    own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return own or (passive_subjects(verb) if verb.dep_ == "conj" else [])


def _bare_harm_participle(verb: Token) -> bool:
    """A participle of harm with no object or auxiliary, as headlines write the passive ("killed")."""
    return (verb.tag_ in {"VBN", "VBD"} and verb.lemma_.lower() in _HEADLINE_PASSIVE
            and not any(c.dep_ in {"dobj", "aux", "auxpass"} for c in verb.children))


def _headline_passive(verb: Token) -> bool:
    """'Teacher shot outside his school by masked men': a headline's participle, its "by" the agent;
    '2 boys killed in attack by raiders', 'Three soldiers killed': one with counted people for its
    subject and no object, they are the victims."""
    if not _bare_harm_participle(verb):
        return False
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ == "dobj" for g in c.children) for c in verb.children):
        return False  # "two militants shot and killed a civilian": the object written once, after the second verb
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "Man hacked to death over land dispute": told dead with no one else named, the subject is the victim
    to_death = any(c.lower_ == "dead" or (c.lower_ == "to" and any(g.lower_ == "death" for g in c.children))
                   for c in verb.children)
    # ("Two soldiers and a guard killed, one missing": people counted, with nothing done to anyone)
    return bool(subjects) and (bool(by_agents(verb)) or to_death or any(counted(c) for c in subjects) and (
        any(c.lower_ == "dead" for c in verb.children) or not any(c.dep_ in {"prt", "dative", "ccomp", "xcomp"}
                                                                    for c in verb.children)))


#: nouns of a time a report may put between "were" and its participle ("were on Sunday night killed")
_TIME_NOUNS = frozenset({"night", "morning", "afternoon", "evening", "day", "week", "weekend", "month", "year",
                         "dawn", "midnight", "yesterday", "today"})


def _time_word(tok: Token) -> bool:
    """A word of a time phrase: "on", "Sunday", "night", "24/02", "this", "last", "yesterday", "early"."""
    return (tok.ent_type_ in {"DATE", "TIME"} or tok.like_num or tok.lower_ in _TIME_NOUNS
            or tok.pos_ in {"ADP", "DET", "PUNCT"} or (tok.pos_ == "ADV" and tok.lower_ != "not")
            or (tok.pos_ == "ADJ" and tok.lower_ in {"last", "early", "late", "next"}))


def _split_passive_subjects(verb: Token) -> list[Token]:
    """'Three people were on Sunday night killed by bandits': a time written between "were" and the participle,
    which the parser takes for the end of the clause; the subjects of "were" are the participle's patients."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "aux", "dobj"} for c in verb.children):
        return []
    be = next((h for h in (verb.head, verb.head.head.head) if h.lemma_ == "be" and h.i < verb.i), None)
    # (also "is non-fatally shot by bandits": a manner written between them)
    if be is None or verb.i - be.i > 6 or not all(_time_word(t) or t.pos_ == "ADV" or t.lower_ in {"non", "-"}
                                                  for t in verb.doc[be.i + 1:verb.i]):
        return []
    return [c for c in be.children if c.dep_ == "nsubj" and c.i < be.i]


#: words opening a clause of when or if ("fired back when attacked")
_CLAUSE_OPENERS = frozenset({"when", "whenever", "once", "if", "unless", "until", "while"})


def is_passive(verb: Token) -> bool:
    """A passive verb, also the second of two sharing one passive subject ("were kidnapped and killed")."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or _headline_passive(verb):
        return True
    if _split_passive_subjects(verb):
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(
            c.dep_ in {"mark", "agent"} or c.lower_ in _CLAUSE_OPENERS for c in verb.children) and not any(
            c.dep_ in {"nsubj", "dobj", "aux"} for c in verb.children):
        return True  # "would close the strait if attacked", "will fire back when provoked": a passive cut short
    if not (verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "dobj"} for c in verb.children)):
        return False
    first = _first_of_chain(verb)  # ("were shot, hacked and decapitated": the first verb's)
    # ("Two soldiers shot and wounded in Kidal": a headline's passive)
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in first.children) or _headline_passive(first)


def _first_of_chain(verb: Token) -> Token:
    """The first verb of a coordination ("shot" of "shot, hacked and decapitated")."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.pos_ in {"VERB", "AUX"}:
        cur = cur.head
    return cur


def apposed_subject(verb: Token) -> Token | None:
    """'On 4 June 2020, near the highway that links Tlapa to Chilapa, Guerrero, a police officer was ambushed':
    the parser, after a list of places, takes the subject for one more name of the place (an apposition); with
    no subject of its own, the verb's subject is the common noun apposed to a place in a phrase before it."""
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
        return None
    for left in (c for c in verb.children if c.i < verb.i and c.dep_ in {"prep", "punct", "advcl"}):
        for place in (g for g in left.subtree if g.pos_ == "PROPN"):
            nouns = [c for c in place.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i < verb.i]
            if nouns:
                return nouns[-1]
        # "After talks in Oslo, government negotiators and rebels agreed": the subject read as one more name
        # joined to the place that ends the phrase, after the phrase's comma
        for noun in (g for g in left.subtree if g.dep_ == "conj" and g.pos_ == "NOUN" and g.i < verb.i
                     and g.head.pos_ == "PROPN" and g.left_edge.i > 0 and verb.doc[g.left_edge.i - 1].text == ","
                     and g.head.i == g.left_edge.i - 2):
            return noun
        # "in Osorno, Los Lagos, navy sailors fired on a boat": the subject read as the object of
        # "in", the places before it read as its modifiers
        for noun in (g for g in left.children if left.lower_ == "in" and g.dep_ == "pobj" and g.pos_ == "NOUN"
                     and g.tag_ == "NNS" and g.i < verb.i):
            if any(c.dep_ == "nmod" and c.pos_ == "PROPN" and verb.doc[c.i + 1].text == "," for c in noun.children):
                return noun
    return None


def name_read_as_preposition(token: Token) -> Token | None:
    """'Barack Obama and Angela Merkel held talks': the model takes "Barack" for a preposition and the rest
    of the name for its object. A word tagged as a preposition that begins a name the entity recognizer
    marks, and whose object is the name's last word, is the first word of that name: the object heads it."""
    if token.pos_ != "ADP" or token.ent_iob_ != "B" or token.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"}:
        return None
    ent = next((e for e in token.doc.ents if e.start == token.i), None)
    heads = [c for c in token.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
    if ent is None or len(ent) < 2 or not heads or heads[0].i != ent.end - 1:
        return None
    return heads[0]


def antecedent_person(antecedent: Token, pronoun: Token) -> bool:
    """A "who" right after the people it stands for ("three men who", "Tolu, who"), not after a place the
    parser hung the clause on ("at Guantanamo Bay, who")."""
    between = list(pronoun.doc[antecedent.i + 1:pronoun.i])
    return (antecedent.pos_ in {"NOUN", "PROPN", "NUM"} and antecedent.ent_type_ not in {"GPE", "LOC", "FAC", "ORG"}
            and all(t.is_punct for t in between) and len(between) <= 1)


def passive_subjects(verb: Token) -> list[Token]:
    """The passive subjects of a verb, or of the verb it is coordinated with."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not own and _headline_passive(verb):
        own = [c for c in verb.children if c.dep_ == "nsubj"]
    own = own or _split_passive_subjects(verb)
    if not own and any(c.dep_ == "auxpass" for c in verb.children) and (apposed := apposed_subject(verb)):
        own = [apposed]
    if own or verb.dep_ != "conj":
        return own
    first = _first_of_chain(verb)
    return [c for c in first.children if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and (
        _headline_passive(first) or _reduced_relative_read_as_verb(c, first, verb)))]


def reduced_relative_read_as_verb(first: Token) -> Token | None:
    """The subject of a participle read as the main verb ("Eighteen fishermen, held captive for 100 days,
    have been freed": the fishermen were held), told by the passive joined on to it."""
    subjects = [c for c in first.children if c.dep_ == "nsubj"]
    joined = [c for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if subjects and any(_reduced_relative_read_as_verb(subjects[0], first, v) for v in joined):
        return subjects[0]
    return None


def _reduced_relative_read_as_verb(subject: Token, first: Token, verb: Token) -> bool:
    """'Eighteen fishermen, held captive for 100 days, have been freed': the participle after the comma
    was read as the main verb, and the passive joined on to it is the fishermen's."""
    doc = subject.doc
    return (first.tag_ in {"VBD", "VBN"} and subject.i + 1 < len(doc) and doc[subject.i + 1].text == ","
            and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "aux" for c in verb.children))


#: words that make an "attack" or an "arrest" the body's failing ("a heart attack", "cardiac arrest")
_BODILY = frozenset({"heart", "cardiac", "asthma", "panic", "anxiety", "respiratory"})


def bodily_failing(noun: Token) -> bool:
    """'died of a heart attack', 'suffered cardiac arrest': the noun names an illness, not an act."""
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in _BODILY for c in noun.children)


def past_tense_read_as_participle(verb: Token) -> bool:
    """'Doctors from two aid groups donated and delivered goods to a school': a sentence the parser read as
    one noun phrase, its past tense hung on a noun as a participle; told by the verb joined on to it, a past
    tense or a verb with an object of its own (a participle is joined by participles without one: "goods
    donated and delivered by the groups")."""
    root = verb.sent.root
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and root.pos_ in {"NOUN", "PROPN"} and root.i < verb.i
            and not any(c.dep_ in {"agent", "auxpass", "aux"} for c in verb.children)
            and any(c.dep_ == "conj" and (c.tag_ == "VBD" or any(o.dep_ == "dobj" for o in c.children))
                    for c in verb.children))


def joined_to_speaker(verb: Token) -> bool:
    """A past act the parser joined to a reported clause in the present ("Modi told Putin that a solution is not
    possible and urged him to return"): the speaker's own act, joined to the verb of saying."""
    clause = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and clause.tag_ in {"VBZ", "VBP"} and clause.dep_ == "ccomp" \
        and clause.head.pos_ == "VERB" and clause.head.tag_ == "VBD"
