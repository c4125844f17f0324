"""Clauses in the parse, for the role finder (:mod:`dyadline.pipeline.roles`): the subject of a verb,
climbing to the verb it hangs on when it has none and through relative pronouns to their antecedents, and
mending the parser's slips (a clause torn apart, a headline's bare names, an accused or answerable doer
read from the words around the act); who is said to answer for an act, and the verb that holds an act out
as possible."""

from __future__ import annotations

from spacy.tokens import Token

from dyadline.pipeline.parse import (apposed_subject, by_agents, infinitive, joined_to_speaker,
                                     name_read_as_preposition, not_ruled_out, past_tense_read_as_participle,
                                     possibility_of)
from dyadline.pipeline.phrases import expand_conj, swallowed_subject
from dyadline.pipeline.role_words import (ACCUSING, ANSWERABLE, ANSWERING_FOR, AUXILIARIES, CLIMB_DEPS, MEANS,
                                         OBJECT_CONTROL, RELATIVE)

__all__ = ["answerable", "headline_names", "holding_out", "subjects_of"]


#: words of asking another to act, whose infinitive the one asked is to do ("Israel's demand to disarm")
_ASKINGS = frozenset({"demand", "call", "request", "appeal", "ultimatum", "order", "plea", "invitation", "pressure",
                      "urging"})


#: verbs of answering a demand, whose subject is the one asked ("rejected the demand to disarm")
_ANSWERS = frozenset({"accept", "reject", "refuse", "ignore", "heed", "defy", "spurn", "decline", "rebuff", "dismiss",
                      "snub", "brush", "obey", "resist", "turn"})


def _main_clause_subject(verb: Token, relative: Token) -> list[Token]:
    """'Police opened fire on traders who were demonstrating in Kisii and killed three': a past verb
    joined to a progressive relative clause is the main clause's act, its subject the main subject (the
    parser hangs it on the relative clause). "who had attacked a bar and killed two" stays the relative's."""
    if verb.tag_ != "VBD" or relative.tag_ != "VBG":
        return []
    return _main_clause_subject_of(relative)


def _fired_on(noun: Token) -> bool:
    """The noun is whom a firing verb was aimed at ("fired on a mob", "opened fire at the crowd")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in {"on", "at", "upon"} and noun.head.head.lemma_.lower() in {
        "fire", "open", "shoot"}


def _main_clause_subject_of(participle: Token) -> list[Token]:
    """The subject of the verb whose object carries the participle ("fired on protesters demanding ...")."""
    noun = participle.head
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if governor is None or governor.pos_ != "VERB":
        return []
    subjects = [c for c in governor.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE]
    return expand_conj(subjects[:1])


def answerable(act: Token) -> list[Token]:
    """Who is said to answer for an act: the subject of 'X is responsible for <act>', 'X was found guilty of
    <act>', or the one held to it ('held X responsible for <act>')."""
    while act.dep_ == "conj" and act.head.i != act.i:
        act = act.head  # "responsible for mass killings and other atrocities"
    if act.dep_ not in {"pobj", "pcomp"} or act.head.lower_ not in {"for", "of"}:
        return []
    word = act.head.head
    if word.lemma_.lower() not in ANSWERABLE or word.head.i == word.i:
        return []
    if word.dep_ == "amod":
        return [word.head]  # "held the army responsible for the massacre", parsed as "the responsible army"
    verb = word.head
    if word.dep_ in {"oprd", "ccomp", "xcomp"}:
        held = [c for c in verb.children if c.dep_ == "dobj"]
        if held:
            return held[:1]
        if word.dep_ == "ccomp":
            return [c for c in word.children if c.dep_ == "nsubj"][:1]
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}][:1]


def holding_out(act: Token) -> Token | None:
    """The verb that holds out an act as possible: "raised / floated / hinted at the possibility of X", "did
    not rule out X"."""
    if act.dep_ == "dobj" and not_ruled_out(act.head):
        return act.head
    noun = possibility_of(act)
    if noun is None:
        return None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head  # "hinted at the possibility"
    return noun.head if noun.dep_ in {"dobj", "prep"} and noun.head.pos_ == "VERB" else None


def _torn_clause_subject(verb: Token) -> Token | None:
    """'the curfew was imposed after police firing killed a boy': the parser reads the clause's "after" as a
    preposition over its subject ("after police firing"), or the gerund as the verb's auxiliary, and leaves
    the verb without a subject. The subject is that word; of an act told by a gerund, the one named before it
    ("police firing": the police)."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
        return None
    for word in verb.children:
        if word.dep_ == "aux" and word.tag_ == "VBG" and word.i < verb.i and word.lemma_.lower() not in AUXILIARIES:
            # (not "after having killed two": a true auxiliary, the subject the main clause's)
            named = next((c for c in word.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
            doer = named or _gerund_doer(word)
            if doer is not word:
                return doer
        if word.dep_ == "mark" and word.i < verb.i:
            for obj in (g for g in word.children if g.dep_ == "pobj" and word.i < g.i < verb.i):
                return _gerund_doer(obj) if obj.tag_ == "VBG" else obj
    return None


def _torn_antecedent(pronoun: Token) -> Token | None:
    """'walked out over the police firing that killed three tribals': a relative clause the parser hung on
    the main verb; its subject is the noun right before the pronoun (of an act named by a gerund, the one
    named before it: the police)."""
    if pronoun.i == 0:
        return None
    before = pronoun.doc[pronoun.i - 1]
    if before.tag_ == "VBG" and before.dep_ == "pobj":
        return _gerund_doer(before)
    return before if before.pos_ in {"NOUN", "PROPN"} else None


def _deep_in_the_phrase(noun: Token, root: Token) -> bool:
    """The noun hangs on the root through a clause or a preposition other than "of" ("a strike on a school
    sheltering people"), not as what the root is of ("members of an armed group")."""
    tok = noun
    for _ in range(12):
        if tok.i == root.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "acl" or (tok.dep_ == "prep" and tok.lower_ != "of"):
            return True
        tok = tok.head
    return False


def _the_accused(head: Token) -> list[Token]:
    """Who an accusing verb accuses, given the word an "of" phrase hangs on: the verb ("accused the police of
    killing") or its object, where the parser hung it ("accused jihadists of attacking")."""
    if head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in ACCUSING:
        return [head]
    if head.lemma_.lower() not in ACCUSING:
        return []
    return [c for c in head.children if c.dep_ == "dobj"] or [c for c in head.children if c.dep_ == "nsubjpass"]


def _gerund_doer(gerund: Token) -> Token:
    """'police firing': the one named right before an act told by a gerund does it (else the act itself)."""
    before = gerund.doc[gerund.i - 1] if gerund.i > gerund.sent.start else None
    return before if before is not None and before.pos_ in {"NOUN", "PROPN"} else gerund


def subjects_of(verb: Token) -> tuple[list[Token], str]:
    """Subject heads of a verb, climbing to the governing verb when it has none."""
    swallowed = swallowed_subject(verb)
    if swallowed is not None:
        return [swallowed], "subject:swallowed"
    if verb.tag_ == "VBG" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and (
            modifier := next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1
                              and c.pos_ in {"NOUN", "PROPN"}), None)) is not None:
        return [modifier], "subject:gerund-modifier"  # "stray arson, looting and police firing"
    torn = _torn_clause_subject(verb)
    if torn is not None:
        return [torn], "subject:torn-clause"
    tok = verb
    came_by = ""
    for _ in range(5):
        subs = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.dep_ == "nsubj"]
        if len(subs) > 1:
            # "Movement of forces: Russian forces carried out a patrol": a label before a colon is no subject
            subs = [c for c in subs if not any(t.text == ":" for t in tok.doc[c.i:tok.i])] or subs
        if len(subs) == 2 and (subs[0].pos_ == "ADJ" or (subs[0].pos_ == "PROPN" and subs[1].pos_ == "NOUN")) \
                and subs[1].left_edge.i == subs[0].right_edge.i + 1:
            # "Sudan's paramilitary Rapid Support Forces shelled ...", "Nairobi police arrest ...": a describing
            # word or name split off the phrase
            subs = subs[1:]
        if len(subs) == 2 and any(c.dep_ in {"acl", "relcl"} and c.i < subs[1].i for c in subs[0].children):
            # "several houses torched as Kikuyu and Kalenjin youths clashed": a phrase with a clause of its own,
            # the parser's misreading of a joined passive, is not the subject of the verb beyond it
            subs = subs[1:]
        named = "subject" if tok.i == verb.i else "subject:inherited"
        if len(subs) > 1 and all(b.i == a.i + 2 and a.doc[a.i + 1].text == "," for a, b in zip(subs, subs[1:])):
            return subs, named  # "Kenya, Somalia restore ties"
        if not subs:
            # "Barack Obama and Vladimir Putin met": a name whose first word was read as a preposition
            subs = [name for c in tok.children if c.i < tok.i and c.dep_ == "prep"
                    and (name := name_read_as_preposition(c)) is not None][:1]
        if not subs and not any(c.dep_ == "nsubjpass" for c in tok.children):
            # "Turkey massed troops along its border": a name opening the sentence, read as an adverb of the verb
            subs = [c for c in tok.children if c.dep_ == "npadvmod" and c.i == tok.sent.start and c.pos_ == "PROPN"
                    and c.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}][:1]
        if (subs and came_by == "advcl" and verb.tag_ == "VBG" and tok.lemma_.lower() in ACCUSING
                and (accused := [c for c in tok.children if c.dep_ == "dobj"])
                and any(p.lower_ == "of" and any(g.dep_ == "pcomp" for g in p.children)
                        for p in [*tok.children, *accused[0].children])):
            # "the army accused the RSF of shelling a camp, killing 15": the killing is the accused act's
            return expand_conj(accused[:1]), "subject:the-accused"
        if subs and came_by == "conj" and verb.head.i == tok.i and joined_to_speaker(verb):
            # "Modi told Putin that a solution is not possible and urged him to return": a past act joined to a
            # reported clause in the present is the speaker's own
            came_by, tok = "conj", tok.head
            continue
        if subs:
            sub = subs[0]
            sub = name_read_as_preposition(sub) or sub
            if sub.tag_ == "VBG" and (doer := next((c for c in sub.children if c.dep_ == "nsubj" and c.i < sub.i
                                                    and c.pos_ in {"NOUN", "PROPN"}), None)) is not None:
                # "The Red Cross operating in Ukraine said ...": a participle the parser made the subject, with the
                # one it tells of as its own subject
                subs[0] = sub = doer
            if sub.lower_ in RELATIVE and tok.dep_ == "relcl":
                main = _main_clause_subject(verb, tok) if came_by == "conj" else []
                if (came_by == "advcl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == ","
                        and _fired_on(tok.head)):
                    # "police fired on a mob that was attacking a mosque, killing three": the firing killed
                    main = _main_clause_subject_of(tok)
                if main:
                    return main, "subject:main-clause"
                return [tok.head], "subject:relative"
            if sub.lower_ in RELATIVE and tok.dep_ != "relcl" and (antecedent := _torn_antecedent(sub)) is not None:
                return [antecedent], "subject:relative-torn"
            # ("India, China agree to resume patrols": a headline's comma for "and", the first name read as an
            # adverb of the verb)
            lead = sub.doc[sub.i - 2] if sub.i >= 2 and sub.i - 2 == sub.sent.start else None
            if (lead is not None and sub.doc[sub.i - 1].text == "," and lead.pos_ == "PROPN"
                    and lead.dep_ == "npadvmod" and lead.head.i == tok.i):
                return [lead, *expand_conj([sub])], named
            return expand_conj([sub]), named
        clauses = [c for c in tok.children if c.dep_ == "csubj"]
        if clauses and by_agents(clauses[0]):
            return expand_conj(by_agents(clauses[0])[:1]), "subject:clause-agent"  # "firing by the police killed 4"
        if clauses and clauses[0].tag_ == "VBG" and (doer := next(
                (c for c in clauses[0].children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)):
            return expand_conj([doer]), "subject:of-participle"  # "The Red Cross working in Sudan said ..."
        passive_subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if passive_subjects:
            if tok.i != verb.i and came_by == "xcomp":
                # "X is expected to visit": X visits
                return expand_conj(passive_subjects[:1]), "subject:raised"
            if (tok.i != verb.i and came_by == "conj" and verb.dep_ == "conj"
                    and any(c.dep_ == "aux" for c in verb.children)):
                # "the minister, charged by prosecutors, will step down": he steps down
                return expand_conj(passive_subjects[:1]), "subject:shared-passive"
            if tok.i != verb.i and by_agents(tok):
                # "the camp was attacked by militiamen, killing 156": the militiamen kill
                return expand_conj(by_agents(tok)), "subject:passive-agent"
            return [], "subject:none"
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() == "let" and not came_by:
            came_by, tok = "xcomp", tok.head  # "Egypt let free the activist": "free" read as a reported clause
            continue
        # (the infinitive itself, or a bare verb joined on to it: "made the guards open fire and wound two"; not
        # "forced a man to get out and shot him", a past tense of the doer's own)
        if (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in OBJECT_CONTROL and infinitive(tok)
                and (tok.i == verb.i or verb.tag_ == "VB")
                and (objects := [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i
                                 and c.pos_ in {"NOUN", "PROPN"}])):
            # "the strike prompted Israel to attack", "Washington persuaded Seoul to send shells": the object does it
            return expand_conj(objects[:1]), "subject:object-of-governor"
        if tok.dep_ in CLIMB_DEPS and tok.head.i != tok.i and tok.head.pos_ in {"VERB", "AUX", "ADJ"}:
            came_by = tok.dep_
            tok = tok.head
            continue
        if tok.dep_ == "relcl" and tok.head.i != tok.i:
            return [tok.head], "subject:relative"
        if (tok.dep_ == "pcomp" and tok.head.lower_ in MEANS and tok.head.head.pos_ == "VERB"
                and tok.head.head.tag_ != "VBN"):
            # "Israeli forces suppressed the march by firing rubber bullets": the firing is theirs (not "clashes
            # sparked by killing an MP": a passive's "by" names another doer)
            came_by, tok = "pcomp", tok.head.head
            continue
        if (tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for")
                and (accused := _the_accused(tok.head.head))):
            # "protesters accused the police of killing a youth", "the police are accused of killing him":
            # the accused did it
            return expand_conj(accused[:1]), "subject:the-accused"
        if (tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in ANSWERING_FOR
                and (answering := [c for c in tok.head.head.children if c.dep_ == "dobj"] or
                     [c for c in tok.head.head.children if c.dep_ == "nsubjpass"])):
            # "a constable was suspended for shooting dead a student", "the court jailed the officer for
            # torturing a suspect": the one who answers for it did it
            return expand_conj(answering[:1]), "subject:answering-for-it"
        if tok.dep_ == "pcomp" and (answering := answerable(tok)):
            # "both sides are guilty of violating the ceasefire": those who answer for it did it
            return expand_conj(answering), "subject:answerable"
        if tok.dep_ == "pcomp" and (holder := holding_out(tok)) is not None:
            # "the United States raised the possibility of suspending talks": the one who raised it
            came_by, tok = "pcomp", holder
            continue
        if (came_by == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
                and tok.dep_ == "acl" and tok.tag_ == "VBG" and (main := _main_clause_subject_of(tok))):
            # "opened fire on protesters demanding the release of detainees, killing four": what the main
            # clause's act did, not what the protesters did (the parser hangs it on the participle)
            return main, "subject:main-clause"
        if tok.dep_ == "acl" and infinitive(tok) and tok.head.lemma_.lower() in _ASKINGS:
            # "Hamas rejected Israel's demand to disarm": the one asked is to do it, the one who answers
            # the demand where it is the object of the answer, else no one named
            # ("welcomed Trump's invitation to Putin to meet": the one it is addressed to)
            asked = [p for prep in tok.head.children if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i < tok.i
                     for p in prep.children if p.dep_ == "pobj"]
            if not asked and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in _ANSWERS:
                asked = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
            return expand_conj(asked[:1]), "subject:the-one-asked"
        if tok.dep_ == "acl" and infinitive(tok) and tok.head.pos_ == "NOUN" and (
                owners := [c for c in tok.head.children if c.dep_ == "poss" and c.pos_ != "PRON"]):
            # "Israel's offer to withdraw from Lebanon": the one whose offer (or plan, threat, refusal) it is
            return expand_conj(owners[:1]), "subject:owner-of-the-word"
        if (tok.dep_ == "acl" and (tok.tag_ == "VBD" or past_tense_read_as_participle(tok))
                and (root := tok.sent.root).pos_ in {"NOUN", "PROPN"}
                and root.i < tok.head.i and not any(c.dep_ == "agent" for c in tok.children)
                and _deep_in_the_phrase(tok.head, root)):
            # "An Israeli strike on a school sheltering displaced people killed 27": a sentence the parser read as
            # one noun phrase, its verb hung on a noun deep inside it; the phrase's head is the subject
            return expand_conj([root]), "subject:phrase-head"
        if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"} and (
                tok.tag_ in {"VBG", "VBD"} or any(c.dep_ == "dobj" for c in tok.children)) and not (
                # ("a helicopter shot down by rebels": a passive participle tagged as a past tense)
                tok.tag_ == "VBD" and any(c.dep_ == "agent" for c in tok.children)):
            # "police firing on violent mobs", "gunmen opening fire": the noun the participle hangs on ("Indian
            # nationals clashed with police": a past tense the parser hung on the noun as if a participle)
            return expand_conj([tok.head]), "subject:participle-head"
        break
    if (named := headline_names(verb)):
        return named, "subject:headline-names"
    if (apposed := apposed_subject(verb)) is not None:
        # "On 3 May, in Culiacan, Sinaloa, members of a cartel handed out food": parsed as one more name
        return expand_conj([apposed]), "subject:apposed-to-place"
    return [], "subject:none"


def headline_names(verb: Token) -> list[Token]:
    """'Putin, Xi meet in Beijing': a headline's names set side by side before its verb, which the parser
    leaves without a subject; the last word of each name, when nothing but names and commas come before."""
    if verb.dep_ != "ROOT" or verb.i == verb.sent.start or not (
            verb.tag_ in {"VBP", "VBZ", "VBD"}  # (or the verb read as a noun: "Putin, Xi meet in Beijing")
            or (verb.tag_ in {"NN", "NNS"} and not any(c.dep_ == "det" for c in verb.children))):
        return []
    before = verb.doc[verb.sent.start:verb.i]
    if not all(t.pos_ == "PROPN" or t.text == "," for t in before) or before[-1].text == ",":
        return []
    names = [t for t in before if t.pos_ == "PROPN" and (t.i + 1 == verb.i or t.nbor().text == ",")]
    return names if len(names) >= 2 else []
