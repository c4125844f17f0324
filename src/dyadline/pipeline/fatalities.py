"""Stage: how many people an event killed, when the text says it.

Death expressions: "killed 67 passengers", "67 passengers were killed",
"killing at least 156 people", "two Azerbaijani citizens died", "the deaths
of two citizens", "a man was shot dead", "Ziyaddin and Huseyn Safarov died"
(two names: two dead), "a dozen people were killed", "a death toll of 12",
"leaving five dead". The count comes from the victims' number, from
coordinated victims, or from a singular victim ("a policeman": one). A
plural without a number ("civilians were killed") gives no count.

An event takes the count of the death expression that is its trigger or is
linked to it in the parse ("the downing ..., which killed 67 passengers";
"deaths ... during police raids"; "attacked ..., killing 5"); a violent
event (ASSAULT) with no linked expression takes the largest count
in its sentence, else the toll told in the next two sentences of its
paragraph when no violent event of their own claims it ("Borana and Somalis
clashed. Five people were killed."). A total stated on its own ("... A fourth
person died later. 4 fatalities."; "Unknown fatalities coded as 10.") is the
toll of the paragraph's first violent event before it. Otherwise
``fatalities`` stays None.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.pipeline.candidate import Candidate
from dyadline.pipeline.doccache import doc_text, sentences
from dyadline.pipeline.doccache import sentence_of as sentence_index
from dyadline.pipeline.parse import (
    BODY_VERBS,
    BODY_WORDS,
    DIE_VERBS,
    antecedent_person,
    counted,
    headline_victim,
    is_passive,
    passive_subjects,
    raised_subjects,
    told_as_sequence,
    told_subjects,
)

__all__ = ["FatalityStage", "parse_number", "death_counts", "stated_total", "fatalities"]

_UNITS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if n > 1}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_KILL_VERBS = frozenset({"kill", "slay", "murder", "massacre", "execute", "assassinate", "behead", "lynch", "hanged",
                         "slaughter", "gun", "shoot", "stab", "hack", "burn", "beat", "bludgeon", "strangle",
                         "decapitate", "claim", "stone", "club", "machete", "macheted", "spear", "axe", "torture",
                         "kick", "batter", "trample", "take", "slash", "chop", "cut"})
_NEEDS_DEAD = frozenset({"shoot", "gun", "stab", "hack", "burn", "beat", "bludgeon", "claim", "stone", "club",
                         "machete", "macheted", "spear", "axe", "torture", "kick", "batter", "trample", "take",
                         "slash", "chop", "cut"})
_DEATH_NOUNS = frozenset({"death", "killing", "fatality", "murder", "massacre", "execution", "assassination"})
_PEOPLE_PRONOUNS = {"he": 1, "she": 1, "him": 1, "her": 1, "both": 2}
_VIOLENT = frozenset({"ASSAULT"})
#: words opening a clause on the act in which people died ("died when gunmen raided the village")
_SCENE_MARKS = frozenset({"when", "as", "after", "while"})
#: how a word of death hangs on the verb of the act ("shot dead", "left for dead")
_DEATH_COMPLEMENTS = frozenset({"oprd", "acomp", "xcomp", "advcl", "ccomp", "dobj", "prep"})
#: entity labels of numbers that never count people
_NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"})
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "conj", "xcomp", "ccomp", "acl"})
_SCENE_PREPS = frozenset({"during", "in", "at", "after", "amid", "following", "from", "when"})


def parse_number(words: list[str]) -> int | None:
    """'156', '1,200', 'two', 'twenty-five', 'a dozen', 'two hundred' -> int; None if not a count."""
    total, current, seen = 0, 0, False
    for raw in words:
        for word in raw.lower().replace(",", "").split("-"):
            if re.fullmatch(r"\d+", word):
                current += int(word)
            elif word in _UNITS:
                current += _UNITS[word]
            elif word in _TENS:
                current += _TENS[word]
            elif word == "dozen":
                current = (current or 1) * 12
            elif word == "hundred":
                current = (current or 1) * 100
            elif word in _SCALES:
                total += (current or 1) * _SCALES[word]
                current = 0
            elif word in {"a", "an"}:
                continue
            else:
                continue
            seen = True
    return total + current if seen else None


#: words that tell a count again, surer ("four (later confirmed as nine)")
_REVISED = frozenset({"later", "subsequently", "eventually", "revised", "updated", "corrected"})


def _revised_count(tok: Token) -> int | None:
    """'four (later confirmed as nine) rangers': the count an aside in brackets right after a
    number puts right."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "(":
        return None
    words = list(itertools.takewhile(lambda t: t.text != ")", doc[tok.i + 2:min(tok.i + 14, len(doc))]))
    numbers = [t for t in words if t.like_num and t.ent_type_ not in _NOT_COUNTS]
    if numbers and any(t.lower_ in _REVISED for t in words):
        return _count_of_number(numbers[-1])
    return None


def _count_of_number(tok: Token) -> int | None:
    if tok.ent_type_ in _NOT_COUNTS:
        return None
    if (revised := _revised_count(tok)) is not None:
        return revised
    if any(c.ent_type_ == "DATE" and c.is_alpha for c in tok.children):
        return None  # the day of "8 May 2020", torn from its month by the parser (not "4 dead + 5 injured")
    if tok.lower_ in {"dozens", "hundreds", "thousands", "scores", "several", "many", "some"}:
        return None
    # the number's own words only ("two hundred", "1,200", "a dozen"), not other numbers in its subtree
    # ("Fifteen dead (some say 25)", "Around 3 June 2021, 4 fighters")
    part = {t.i for t in tok.subtree if (t.like_num or t.lower_ in {"dozen", "a", "an", "-"})
            and t.ent_type_ not in _NOT_COUNTS}
    first = last = tok.i
    while first - 1 in part:
        first -= 1
    while last + 1 in part:
        last += 1
    return parse_number([t.text for t in tok.doc[first:last + 1]])


#: what is done with the dead that counts them: found, and also kept, taken or laid out ("four bodies were
#: kept at the mortuary", "the bodies of two men were taken to hospital"); not buried or sent home, which a funeral
#: or a death from illness also is
_BODY_COUNT_VERBS = BODY_VERBS | frozenset({"take", "preserve", "keep", "identify", "collect", "transfer",
                                            "move", "hand", "lay", "deposit", "lie"})
#: bodies of people of no told size ("a squad of four": four; "ambushed a police patrol": no count)
_UNIT_NOUNS = frozenset({"squad", "team", "unit", "patrol", "band", "contingent", "batch", "crew"})
#: nouns whose "of" phrase counts the people ("a family of three", "a group of 12 miners")
_GROUP_NOUNS = frozenset({"family", "group", "total", "body", "corpse", "remains"}) | _UNIT_NOUNS
#: words of quantity a victim phrase opens with: the count they tell, if any ("a couple of herders": 2)
_QUANTITY_NOUNS: dict[str, int | None] = {
    "number": None, "group": None, "handful": None, "lot": None, "host": None, "series": None, "majority": None,
    "few": None, "crowd": None, "couple": 2, "pair": 2, **dict.fromkeys(_UNIT_NOUNS)}
#: heads of "N of fatalities" whose verb states the toll ("a toll not known, set at 10",
#: "Dozens of fatalities coded as 6")
_TOTAL_HEADS = frozenset({"number", "total", "dozens", "scores", "hundreds"})
#: verbs that state a figure reached ("deaths were estimated at 20", "put the number of deaths at 12")
_FIGURE_VERBS = frozenset({"estimate", "put", "place", "set", "rise", "reach", "climb", "stand", "increase"})
#: words for people that a toll counts ("estimated at 20 people")
_PEOPLE_WORDS = frozenset({"people", "person", "persons"})
#: "FATALITIES:17" written as one token
_TOTAL_TOKEN = re.compile(r"fatalit(?:y|ies):(\d+)", re.IGNORECASE)
#: a labelled toll with an estimate before it or a confirmed count ("FATALITIES: Estimate of 4 people",
#: "FATALITIES: estimate:12/ confirmed: 5": the confirmed count)
_LABELLED_TOTAL = re.compile(r"fatalit(?:y|ies)\s*:\s*(?:[^.]*?\bconfirmed\s*:?\s*(\d+)|estimated?\s*(?:of|:)?\s*(\d+))",
                             re.IGNORECASE)


def _victim_count(head: Token) -> int | None:
    """The number of people a victim phrase names (its conjuncts added up)."""
    if (low := _low_end(head)) is not None:
        return low  # ("between five and 23 of them": a range, not two counts)
    total = 0
    # ("8 tribesmen killed, 5 from one clan and 3 from the other": the counts after the total's comma are its parts)
    parts_from = min((c.i for c in head.children if c.dep_ == "appos" and c.like_num and c.i > head.i), default=None)
    # the victims written after it ("one boy and two men"), not the phrase it is joined to
    # ("MRC members arrested ...; two MRC bodyguards killed")
    for victim in [head, *(c for c in head.conjuncts if c.i > head.i and c.ent_type_ not in {"DATE", "TIME"})]:
        if victim.lemma_.lower() in _NOT_PEOPLE and not _head_of_people(victim):
            continue  # "killed 15 livestock and two herders": the herders
        if victim.like_num and any(o.lemma_.lower() in _NOT_PEOPLE for p in victim.children
                                   if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
            continue  # ("shot down 45 of the 60 drones": things, not people)
        if victim.i != head.i and ((parts_from is not None and victim.i > parts_from)
                                   or (victim.tag_ == "NN" and victim.lower_.endswith("ing"))):
            continue  # (nor "the killing of 1 member and the injuring of 3 others": an act, not a victim)
        if victim.i != head.i and _has_own_harm(victim):
            continue  # "3 killed at the market and 2 wounded": the second count is of the hurt, not the dead
        count = _one_victim(victim)
        if count is None and victim.i == head.i:
            return None
        if count is None and _bare_singular(victim) and victim.lemma_.lower() in _ONE_PERSON_NOUNS | _CREW:
            count = 1  # "Matatu driver and conductor killed": the second of two named in the singular
        total += count or 0  # ("one man dead and many huts burnt": huts are not counted)
    return total or None


#: things and animals a report counts beside its dead ("killed 15 livestock", "5 killed/ 2 injured/ 30 huts burnt")
_NOT_PEOPLE = frozenset({"house", "home", "hut", "vehicle", "car", "truck", "shop", "building", "livestock", "cattle",
                         "cow", "goat", "sheep", "camel", "animal", "donkey", "head",
                         # ("shot down two drones")
                         "drone", "aircraft", "plane", "jet", "helicopter", "missile", "rocket", "uav", "balloon"})


def _head_of_people(tok: Token) -> bool:
    """'a village head', 'the district head': a person who heads a place or body (not "200 head of cattle")."""
    return tok.lemma_.lower() == "head" and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _HEADED for c in tok.children)


#: what a head of people heads
_HEADED = frozenset({"village", "district", "community", "clan", "ward", "school", "family", "household", "local",
                     "traditional", "tribal", "police", "party", "department", "state"})


def _one_victim(tok: Token) -> int | None:
    if tok.lemma_.lower() in _NOT_PEOPLE and not _head_of_people(tok):
        return None
    if tok.like_num or tok.pos_ == "NUM":
        low = _low_end(tok)
        return low if low is not None else _count_of_number(tok)
    if tok.lemma_.lower() in _GROUP_NOUNS:
        # "a family of three", "a group of 12 miners"
        for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for member in (g for g in of.children if g.dep_ == "pobj"):
                count = _one_victim(member)
                if count is not None:
                    return count
    if tok.lemma_.lower() in _QUANTITY_NOUNS:
        return _QUANTITY_NOUNS[tok.lemma_.lower()]  # "a number of fighters": not one, and not told
    if tok.pos_ == "PRON":
        return _PEOPLE_PRONOUNS.get(tok.lower_)
    counts = [c for c in tok.children if c.dep_ == "nummod" and c.i < tok.i]
    if len(counts) >= 2 and any(t.lower_ == "and" for t in tok.doc[counts[0].i:counts[-1].i]):
        # "20 Indian and four Chinese soldiers": the counts of each side added up
        each = [_count_of_number(c) for c in counts]
        if all(n is not None for n in each):
            return sum(n for n in each if n is not None)
    for child in tok.children:
        low = _low_end(child) if child.dep_ == "nummod" else None
        if low is not None:
            return low
        if child.dep_ == "nummod" or (child.dep_ in {"quantmod", "amod"} and child.like_num):
            count = _count_of_number(child)
            if count is None and child.ent_type_ == "DATE" and child.i == tok.i - 1 and _plain_number(child):
                count = parse_number([child.text])  # "Between 3rd and 4th of Jan. four men": torn into the date
            if count is not None:
                return count
    for child in (c for c in tok.children if c.i < tok.i and c.dep_ in {"amod", "compound", "nmod"}
                  and c.lemma_.lower() not in _AGE_UNITS):  # (not the age of "5 yr old child")
        # "Seven Kenyan fishermen": the number parsed onto the adjective before the noun
        for num in (g for g in child.children if g.i == child.i - 1 and g.like_num and g.dep_ in {"compound", "nummod"}):
            count = _count_of_number(num)
            if count is not None:
                return count
    first = tok.left_edge
    if first.i < tok.i and first.like_num and _plain_number(first) and first.ent_type_ not in _NOT_COUNTS \
            and _modifies(first, tok) and not any(t.lemma_.lower() in _AGE_UNITS for t in tok.doc[first.i:tok.i]):
        return parse_number([first.text])  # "Six Al Shabaab fighters": the number hung on the name before them
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and tok.tag_ == "NNS" and prev.like_num and _plain_number(prev) and prev.head.i != tok.i:
        return parse_number([prev.text])  # "01 Oct. 7 people killed": the count hung on the date before it
    if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.tag_ == "NNP"):
        return 1
    if tok.tag_ == "NN" and (any(c.dep_ == "appos" and c.i > tok.i and (c.ent_type_ == "PERSON" or c.tag_ == "NNP")
                                 for c in tok.children)
                             or (tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "," and tok.nbor(2).ent_type_ == "PERSON")):
        return 1  # "shot dead opposition legislator, David Too": one person, named after the comma
    if _bare_singular(tok) and (
            # headline style: "Mob kills man", "Police shoot dead suspect"
            (tok.lemma_.lower() in _ONE_PERSON_NOUNS
             and not any(c.dep_ in {"amod", "compound", "nmod"} and c.like_num for c in tok.children))
            # "Prison warder killed in attack": one named in the singular, in a headline
            or headline_victim(tok) or tok.dep_ == "ROOT"):
        return 1
    standing_as_noun = tok.lower_ in _ONE_PERSON_WORDS and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
    if (tok.tag_ == "NN" or standing_as_noun) and any(
            c.lower_ in {"a", "an", "one", "the", "his", "her", "their"} or c.dep_ == "poss" for c in tok.children):
        return 1  # ("the smuggler's aide", "gunned down the accused")
    return None


#: units of a victim's age ("a 5 yr old child", "a 16-year-old")
_AGE_UNITS = frozenset({"yr", "yrs", "year", "years", "month", "months", "week", "weeks", "day", "days"})
#: nouns of one person that a headline writes without an article
_ONE_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "child", "youth", "teenager", "person", "officer",
                               "policeman", "soldier", "student", "farmer", "trader", "driver", "herder", "pastoralist",
                               "chief", "elder", "teacher", "suspect", "civilian", "resident", "villager", "motorist",
                               "journalist", "businessman", "pupil", "guard", "watchman", "cop", "robber", "thief"})
#: people of a crew, named in the singular after another ("driver and conductor")
_CREW = frozenset({"conductor", "passenger", "tout", "cook", "pilot", "companion", "wife", "husband", "son",
                   "daughter", "brother", "sister", "friend", "colleague", "aide", "bodyguard"})
#: participles and adjectives that stand for one person with "the" ("the accused", "the deceased"; not "the dead",
#: who are many; "a tribal": a member of a scheduled tribe, in Indian usage)
_ONE_PERSON_WORDS = frozenset({"accused", "deceased", "tribal"})


def _low_end(num: Token) -> int | None:
    """'between 6 and 10 people', '6 to 10 people': a range's lower count (a toll is kept at what is
    sure); None if the number opens no range."""
    if not _plain_number(num):
        return None
    if any(c.dep_ == "conj" and c.like_num for c in num.children) and (
            any(c.lower_ == "between" for c in num.children) or (num.dep_ == "pobj" and num.head.lower_ == "between")):
        return parse_number([num.text])
    low = [c for c in num.children if c.dep_ == "quantmod" and c.like_num and _plain_number(c) and c.i < num.i]
    if low and any(c.dep_ == "quantmod" and c.lower_ == "to" and low[0].i < c.i < num.i for c in num.children):
        return parse_number([low[0].text])
    return None


def _bare_singular(tok: Token) -> bool:
    """A singular common noun with no article, possessive or number ("man" in "Mob kills man")."""
    return tok.tag_ == "NN" and not any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children)


def _modifies(word: Token, head: Token) -> bool:
    """The word hangs on the head through modifiers only (compounds, adjectives, numbers)."""
    cur = word
    while cur.i != head.i:
        if cur.dep_ not in {"compound", "amod", "nmod", "nummod"} or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def _torn_subject(verb: Token) -> list[Token]:
    """'attacked members of the tribe - 8 people were killed': a passive with its own auxiliary but no
    subject, the parser having hung the counted phrase before it elsewhere."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if not aux or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    before = verb.doc[aux[0].i - 1] if aux[0].i > 0 else None
    return [before] if before is not None and before.pos_ in {"NOUN", "NUM"} and _one_victim(before) else []


def _has_own_harm(count: Token) -> bool:
    """A counted phrase with a participle of its own that kills no one ("2 wounded", "1 seriously injured")."""
    return any(c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" and c.lemma_.lower() not in _KILL_VERBS | DIE_VERBS
               for c in count.children)


def _antecedent_count(cand: Candidate, doc: Doc, deaths: list[tuple[Token, int | None]]) -> int | None:
    """'abducted 9 soldiers ... They later killed them': the dead named by "them" are the people counted
    last before it (in its sentence or the one before), not the doers."""
    trigger = doc[cand.trigger_i]
    if not any(tok.i == trigger.i and k is None for tok, k in deaths) or not any(
            c.dep_ == "dobj" and c.lower_ == "them" for c in trigger.children):
        return None
    start = trigger.sent.start
    start = doc[start - 1].sent.start if start > 0 else start
    for tok in reversed(doc[start:trigger.i]):
        if tok.tag_ in {"NNS", "NNPS"} and tok.i not in cand.source_heads and (count := _victim_count(tok)):
            return count
    return None


def _counted_before(verb: Token) -> Token | None:
    """'clashed with soldiers, resulting in one soldier killed': a bare participle right after a counted noun
    the parser hung elsewhere; the noun is its victims."""
    if verb.tag_ != "VBN" or verb.i == verb.sent.start or any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass"} for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ not in {"NOUN", "NUM"} or before.head.i == verb.i or verb.head.i == before.i:
        return None
    return before if _victim_count(before) is not None else None


def _plain_number(tok: Token) -> bool:
    """A count written as one small number word or figure ("two", "7"), not a year or a day's ordinal."""
    return tok.lower_ in _UNITS or tok.lower_ in _TENS or bool(re.fullmatch(r"\d{1,3}", tok.text))


def _has_dead(verb: Token) -> bool:
    """'shot dead', 'gunned down', 'stoned to death', 'shot dead one boy' (the parser's "dead one boy")."""
    # ("burned down his house": a house destroyed, not a man killed)
    down = {"down"} if verb.lemma_.lower() != "burn" else set()
    if any(t.lower_ == "deceased" and t.dep_ in {"dobj", "nsubjpass"} for t in verb.children):
        return True  # "the deceased was shot by the police": the one shot is the dead
    if verb.lemma_.lower() == "take":  # "took the lives of two men" (not "took them to hospital")
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)
    return any(t.lower_ in {"dead", "death"} | down for t in verb.children) or verb.lemma_.lower() == "claim" or any(
        t.dep_ == "prep" and t.lower_ == "to" and any(g.lower_ == "death" for g in t.children) for t in verb.children
    ) or (verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == "dead" and _object_of(verb.nbor(1), verb))


def _object_of(word: Token, verb: Token) -> bool:
    """'shot dead area chief Hassan Ali': "dead" read as a modifier of the object's first word, the
    object reached from it through the words compounded to its name."""
    noun = word.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun.head.i == verb.i and noun.i != verb.i


#: what is told of someone killed before ("the funeral of a murdered businessman"): no new death
_AFTERMATH = frozenset({"funeral", "burial", "memorial", "family", "families", "relatives", "widow", "widows",
                        "mother", "father", "son", "daughter", "wife", "husband", "children", "killer", "killers",
                        "murderer", "murderers", "case", "trial", "anniversary", "grave", "death"})


def _remembered(verb: Token) -> bool:
    """'at the burial of a slain trader': a killing written as an adjective of someone whose
    funeral, family or case the report tells of happened before it."""
    noun = verb.head
    return (verb.dep_ == "amod" and verb.tag_ == "VBN" and noun.i > verb.i and noun.dep_ == "pobj"
            and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _AFTERMATH)


def _bodies_counted(verb: Token, lemma: str) -> list[Token]:
    """The dead bodies a verb of finding or handling them is about ("found two bodies", "the bodies lay")."""
    if lemma not in _BODY_COUNT_VERBS:
        return []
    bodies = [c for c in verb.children if (c.dep_ in {"dobj", "nsubjpass"} or (c.dep_ == "nsubj" and lemma == "lie"))
              and c.lemma_.lower() in BODY_WORDS]
    if not bodies and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lemma_.lower() in BODY_WORDS:
        bodies = [verb.head]  # "the night saw nine bodies brought to the mortuary": the bodies the participle hangs on
    return bodies


def death_counts(sent: Span) -> list[tuple[Token, int | None]]:
    """(death word, count or None) for each death expression of a sentence."""
    out: list[tuple[Token, int | None]] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        count: int | None = None
        if tok.pos_ == "VERB" and (bodies := _bodies_counted(tok, lemma)):
            # "the bodies of 2 civilians were found", "a body was discovered", "their bodies were taken to ..."
            count = _victim_count(bodies[0])
        elif tok.pos_ == "VERB" and lemma in _KILL_VERBS:
            if lemma in _NEEDS_DEAD and not _has_dead(tok):
                continue
            if _remembered(tok):
                continue
            passive = is_passive(tok) or (
                tok.dep_ in {"acl", "amod"} and (tok.tag_ == "VBN" or tok.head.like_num)
                and not any(c.dep_ == "dobj" for c in tok.children)) or (  # not "an airstrike ... killed 10 militants"
                # "nine fighters were reported killed": the participle the reporting verb's subject suffered
                tok.tag_ == "VBN" and tok.dep_ in {"xcomp", "oprd"} and (is_passive(tok.head) or (
                    # "the activist was held for a week and later found killed", "found" tagged as a past tense
                    tok.head.dep_ == "conj" and is_passive(tok.head.head)
                    and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in tok.head.children)))) or (
                _counted_before(tok) is not None)
            if lemma in {"claim", "take"}:
                lives = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "life"]
                # "claimed the lives of three people", "claimed three lives"
                victims = [g for v in lives for p in v.children if p.lower_ == "of" for g in p.children] or lives
            elif passive:
                # ("3 civilians were kidnapped and killed": the victims of the first verb; "11 reported to have
                # been killed": the subject of the reporting verb)
                victims = _torn_subject(tok) or passive_subjects(tok) or (
                    [tok.head] if tok.dep_ in {"acl", "amod"} else []) or raised_subjects(tok) or [
                    c for c in [_counted_before(tok)] if c is not None]
                if len(victims) == 1 and victims[0].lower_ in {"who", "whom"} and tok.dep_ == "relcl" \
                        and antecedent_person(tok.head, victims[0]) and (
                            tok.head.like_num or any(c.dep_ == "nummod" for c in tok.head.children)):
                    # "three men who were killed by bandits": the men counted (not "justice for a youth who was
                    # killed", often the grievance told, not the act reported)
                    victims = [tok.head]
                pair = [c for c in tok.children if c.dep_ == "nsubjpass"]
                if len(pair) == 2 and any(t.lower_ == "and" for t in tok.doc[pair[0].i:pair[1].i]):
                    pair_counts = [_victim_count(v) for v in pair]
                    if all(pair_counts):
                        # "a rider and his passenger were killed", both read as subjects: the two added up
                        out.append((tok, sum(n or 0 for n in pair_counts)))
                        continue
                # "there was 1 killed": the count hung on the auxiliary
                victims += [g for aux in tok.children if aux.dep_ == "auxpass" for g in aux.children
                            if g.dep_ == "attr" and g.like_num]
            else:
                victims = [c for c in tok.children if c.dep_ in {"dobj", "attr"}]
                # headline style "1 killed, 7 injured", "24 killed total", "4 killed (machetes)": the number
                # parsed as the subject
                # "shooting dead 3": the number hung on the verb; "lynched and burned three men": the object
                # of the verb joined to it
                victims += [c for c in tok.children if c.dep_ == "nummod" and c.i > tok.i and c.like_num]
                if not victims:
                    victims = [g for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                               for g in c.children if g.dep_ == "dobj"]
                if not victims and tok.dep_ == "conj" and tok.tag_ == "VBN":
                    # "1 teacher pulled off a bus and shot": the counted subject of the first verb
                    victims = [c for c in tok.head.children if c.dep_ == "nsubj" and counted(c)]
                victims += [c for c in tok.children if c.dep_ in {"nsubj", "meta", "npadvmod"} and c.i < tok.i
                            and (c.like_num or c.pos_ == "NUM" or headline_victim(c) or (
                                # "3 children shot dead during raid"
                                lemma in _NEEDS_DEAD and counted(c)))
                            and not any(v.i < c.i for v in victims)]
            # ("1 killed 3 injured": a bare number with a participle of its own counts the hurt)
            victims = [v for v in victims if not (v.pos_ == "NUM" and v.i > tok.i and _has_own_harm(v))]
            # ("6 killed/ 3 injured": a count after a slash is of the next item of the list)
            victims = [v for v in victims if not any(t.text == "/" for t in tok.doc[min(tok.i, v.i):max(tok.i, v.i)])]
            count = next((n for n in (_victim_count(v) for v in victims) if n is not None), None)
            if count is None and tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" \
                    and _number_of_dead(tok.head.head.head):
                count = stated_total(sent)  # "the toll of the raid climbed to 8"
        elif tok.pos_ in {"VERB", "AUX"} and (lemma in DIE_VERBS or (
                lemma == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in tok.children)) or (
                # "seven fell to police bullets"
                lemma == "fall" and any(p.lower_ == "to" and any(g.lemma_.lower() == "bullet" for g in p.children)
                                        for p in tok.children))):
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            if tok.dep_ == "relcl" and lemma == "fall" and subjects and subjects[0].lower_ in {"who", "that"}:
                # "three men who fell to police bullets": the men (not "a colleague who had died", told as the
                # cause of a protest)
                subjects = [tok.head]
            # ("Three men are said to have died": the subject of the reporting verb)
            subjects = subjects or raised_subjects(tok) or [
                # "Between five and 23 of them drowned", the range read as a phrase on the verb
                g for p in tok.children if p.dep_ == "prep" and p.lower_ == "between" and p.i < tok.i
                for g in p.children if g.dep_ == "pobj" and _low_end(g) is not None]
            if not subjects and tok.dep_ == "conj" and not any(c.dep_ == "cc" and c.lower_ == "or"
                                                                for c in tok.head.children):
                # "a man was injured and later succumbed to his wounds": the subject of the first verb
                subjects = [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            count = _victim_count(subjects[0]) if subjects else None
        elif lemma == "survive" and tok.pos_ == "VERB" and (none := next(
                (c for c in tok.children if c.dep_ == "nsubj" and c.lower_ == "none"), None)) is not None:
            # "none of the 30 survived": all of those counted died
            counted_ = [g for p in none.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                        if g.dep_ == "pobj"]
            count = _victim_count(counted_[0]) if counted_ else None
        elif tok.text == "KIA" and (nums := [t for t in (tok.head, *tok.children) if t.like_num and t.i < tok.i]):
            count = _count_of_number(nums[0])  # "Twelve reportedly KIA" (killed in action)
        elif tok.pos_ == "NOUN" and lemma == "kill" and (after := [
                c for c in tok.children if c.dep_ in {"nummod", "dobj"} and c.i > tok.i and c.like_num]):
            count = _count_of_number(after[0])  # "bandits kill 5 in a raid": the verb read as a noun, its count after
        elif tok.pos_ == "NOUN" and lemma in _DEATH_NOUNS:
            nums = [c for c in tok.children if c.dep_ == "nummod"]
            victims = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                       if g.dep_ == "pobj"]
            count = _count_of_number(nums[0]) if nums else _victim_count(victims[0]) if victims else None
            if count is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num:
                count = _count_of_number(tok.head.head)  # "40 of these deaths"
            if count is None and tok.tag_ == "NN" and tok.dep_ != "compound" and any(
                    (c.dep_ == "det" and c.lower_ in {"a", "an"})
                    or (c.dep_ == "poss" and (c.lower_ in {"his", "her"} or c.tag_ in {"NN", "NNP"}))
                    for c in tok.children):
                count = 1  # "a custodial death was reported", "his death in the lock-up", "the boy's death"
        elif tok.lower_ == "deceased" and (victim := tok.head if tok.dep_ == "amod" else tok).dep_ in {
                "nsubj", "nsubjpass", "dobj"} and victim.head.pos_ == "VERB" \
                and victim.head.lemma_.lower() not in DIE_VERBS and any(
                    c.dep_ == "det" for c in (tok.children if victim is tok else victim.children)):
            # "the deceased, Rafiq, was hit by a police bullet": the one the act hit is dead
            plural = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"were", "are", "have"}
                         for c in victim.head.children)
            out.append((victim.head, None if plural else 1))
            continue
        elif tok.lower_ == "toll" or (tok.lower_ == "dead" and tok.pos_ in {"ADJ", "NOUN"}):
            # ("3 dead + 4 hurt": the number "dead" describes, before any joined to it)
            nums = [t for t in ((tok.head, *tok.children) if tok.dep_ == "amod" else (*tok.children, tok.head))
                    if t.like_num]
            nums += [g for p in (*tok.children, *tok.head.children) if p.dep_ == "prep" and p.lower_ in {"of", "to", "at"}
                     for g in p.children if g.like_num]
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num:
                nums = [tok.head.head]  # "eight of the dead"
            if not nums and tok.lower_ == "dead" and tok.head.lemma_.lower() == "leave":
                # "left 3 dead", "leaving 2 militants dead", "leaving 3 people dead"
                left = [c for c in tok.head.children if c.dep_ in {"dobj", "nsubj"} and c.i < tok.i and c.i > tok.head.i]
                count = _victim_count(left[0]) if left else None
                out.append((tok.head, count))  # the leaving is the death word ("riots leave three dead")
                continue
            elif not nums and tok.lower_ == "dead" and (
                    (tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.pos_ in {"VERB", "AUX"})
                    or (tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "include")):
                # "among the dead were four victims of police firing": the victims of that act are dead (not "a
                # Briton was among the dead", a share of some other toll)
                verb = tok.head.head if tok.dep_ == "pobj" else tok.head
                named = [c for c in verb.children if c.dep_ in {"nsubj", "attr", "dobj"} and c.i != tok.i
                         and c.lemma_.lower() == "victim"]
                count = _victim_count(named[0]) if named else None
            elif not nums and tok.lower_ == "dead" and tok.dep_ in {"acomp", "oprd"}:
                # "Nine are dead", "one person is feared dead", "a man was found dead" (also "two men were
                # kidnapped and later found dead")
                subjects = told_subjects(tok.head)
                count = _victim_count(subjects[0]) if subjects else None
            elif not nums and tok.lower_ == "dead" and tok.head.lower_ == "shot" and tok.head.dep_ == "attr":
                # "three traders were Monday evening shot dead": "shot" taken for a noun after the time
                subjects = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
                count = _victim_count(subjects[0]) if subjects else None
            elif not nums and tok.lower_ == "dead" and tok.head.pos_ == "NOUN":
                count = _one_victim(tok.head)
            else:
                count = _count_of_number(nums[0]) if nums else None
        else:
            continue
        earlier = [n for _, n in out if n is not None]
        if count is not None and earlier and _more_dead(tok):
            count += earlier[-1]  # "one died on the spot while two others died in hospital": three
        out.append((tok, count))
    return out


def _more_dead(death: Token) -> bool:
    """'two others died', 'two more people succumbed': dead in addition to those just counted (not "two
    others were killed in Nakuru", which may be another act)."""
    return death.pos_ in {"VERB", "AUX"} and death.lemma_.lower() in DIE_VERBS and any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ == "others" or any(
            g.lower_ in {"more", "other"} and g.dep_ in {"amod", "advmod", "nummod"} for g in c.subtree))
        for c in death.children)


def _is_total_word(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and (tok.lower_.startswith(("fatalit", "fatalat")) or tok.lower_ == "toll"
                                              or _number_of_dead(tok) or _deaths_estimated(tok) or (
        # "the death total was raised to 4"
        tok.lower_ == "total" and any(c.dep_ == "compound" and c.lower_ == "death" for c in tok.children)))


def _number_of_dead(tok: Token) -> bool:
    """'the toll of the raid climbed to 8', 'the count of the dead went up to 12', 'police estimated the
    number of deaths at 20'."""
    if tok.lower_ != "number" or tok.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    counted_ = [g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(g.lower_ in {"dead", "deaths", "killed", "casualties"} or any(
        c.dep_ in {"acl", "amod"} and c.lemma_.lower() in _KILL_VERBS | DIE_VERBS for c in g.children)
        for g in counted_)


def _deaths_estimated(tok: Token) -> bool:
    """'deaths were estimated at 20', 'caused deaths estimated at 12': the deaths told as a figure reached
    (not "deaths at 2 protests")."""
    if tok.lower_ != "deaths":
        return False
    verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else next(
        (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    return verb is not None and verb.lemma_.lower() in _FIGURE_VERBS


def stated_total(sent: Span) -> int | None:
    """A toll stated as a total, as summaries and ACLED notes write it: "3 fatalities.", "Total fatalities
    coded as 4.", "Unknown fatalities coded as 10.", "FATALITIES: 2", "a death toll of 12"."""
    # (the label may end the parser's sentence: "FATALITIES:" | "Estimate of 4 people.")
    labelled = _LABELLED_TOTAL.search(doc_text(sent.doc), sent.start_char, sent.end_char + 60)
    if labelled is not None and labelled.start() < sent.end_char:
        return int(labelled.group(1) or labelled.group(2))
    for tok in sent:
        glued = _TOTAL_TOKEN.fullmatch(tok.text)
        if glued:
            return int(glued.group(1))
        if not _is_total_word(tok):
            continue
        nums = [c for c in tok.children if c.dep_ == "nummod"]
        if not nums and tok.i + 2 < sent.end and tok.nbor(1).text == ":" and tok.nbor(2).like_num:
            nums = [tok.nbor(2)]  # "FATALITIES: 2"
        if not nums:
            # "fatalities coded as 10", "coded at low estimate of 3", "the toll rose to 12"
            noun = tok
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _TOTAL_HEADS:
                noun = tok.head.head  # "a toll not known, set at 10"
            verb = noun.head if noun.dep_ in {"nsubj", "nsubjpass"} else noun
            # ("has gone up to 45": the count on the particle; "is estimated to be 20": on the infinitive)
            verbs = [verb, *(c for c in verb.children if c.dep_ in {"parataxis", "acl", "relcl", "prt", "advmod"})]
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _FIGURE_VERBS:
                verbs.append(noun.head)  # "police put the number of deaths at 20"
            # "is estimated to be 20", "deaths estimated to be about 30 people": the figure the infinitive states
            for be in (c for v in verbs for c in v.children if c.dep_ == "xcomp" and c.lemma_ == "be"):
                for attr in (c for c in be.children if c.dep_ == "attr"):
                    nums += [attr] if attr.like_num else [g for g in attr.children if g.dep_ == "nummod"
                                                          and g.like_num and attr.lemma_.lower() in _PEOPLE_WORDS]
            for v in verbs:
                # "the death toll has gone up to 12", the parser's "to 12" a number with "to" on it
                nums += [c for c in v.children if c.like_num and any(q.lower_ == "to" for q in c.children)]
                for start in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "from"):
                    # "rose from 1 to 4": the count it reached
                    for end in (t for t in (*start.children, *(g for o in start.children for g in o.children))
                                if t.dep_ == "prep" and t.lower_ == "to"):
                        nums += [o for o in end.children if o.like_num]
                for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ in {"as", "at", "to", "of"}):
                    for obj in prep.children:
                        if obj.like_num:
                            nums.append(obj)
                        nums += [g for p in obj.children if p.lower_ == "of" for g in p.children if g.like_num]
                        if obj.lemma_.lower() in _PEOPLE_WORDS:  # "estimated at over 20 people"
                            nums += [g for g in obj.children if g.dep_ == "nummod" and g.like_num]
        counts = [c for c in (_count_of_number(n) for n in nums) if c is not None]
        if counts:
            return counts[0]
    return None


def _own_words(verb: Token) -> list[Token]:
    """A verb and the words of its own clause, not of the clauses hung on it ("after the Taliban attacked a
    post, killing 17": the killing is a clause of its own)."""
    out, todo = [], [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in _CLAUSE_DEPS)
    return out


def _clause_link(trigger: Token, death: Token, limit: int = 2) -> bool:
    """'attacked ..., killing 5', 'the downing ..., which killed 67', 'the attack killed 5'."""
    if death.pos_ not in {"VERB", "AUX"}:
        return False
    if trigger.head.i == death.i and trigger.dep_ in {"nsubj", "nsubjpass"}:
        return True
    if trigger.head.i == death.i and trigger.dep_ == "advcl" and death.lemma_.lower() in DIE_VERBS and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in _SCENE_MARKS for c in trigger.children):
        return True  # "three people died when armed men raided a homestead": the act that killed them
    if death.dep_ == "relcl" and death.lemma_.lower() in DIE_VERBS:
        # "shot at the fleeing suspect, who died on the spot": the one hit died
        victim = death.head
        if (victim.dep_ in {"dobj", "nsubjpass"} and victim.head.i == trigger.i) or (
                victim.dep_ == "pobj" and victim.head.head.i == trigger.i):
            return True
    cur = death
    for _ in range(limit):
        if cur.dep_ not in _CLAUSE_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == trigger.i:
            return True
    return False


def _relative_dead(death: Token) -> int | None:
    """'the suspect, who died on the spot': the count of the one the clause is on (counted only where the
    act it is hung on is the trigger's own: ``_clause_link``)."""
    if death.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in death.children):
        return None
    return _victim_count(death.head)


def _scene_link(trigger: Token, death: Token) -> bool:
    """'deaths ... during police raids', 'killed in an attack': the trigger is the death's scene."""
    cur = trigger
    for _ in range(2):
        if cur.dep_ != "pobj" or cur.head.lower_ not in _SCENE_PREPS:
            if cur.dep_ in {"conj", "appos"}:
                cur = cur.head
                continue
            return False
        return cur.head.head.i == death.i
    return False


def _is_riot(cand: Candidate) -> bool:
    return (cand.rule.event_type, cand.rule.mode) == ("PROTEST", "riot")


def _dying(deaths: list[tuple[Token, int | None]]) -> list[tuple[Token, int | None]]:
    """Deaths told as happening ("one reported dead", "1 shot dead"), not named as a noun ("protests over
    the death of a student": the cause of a protest, not its toll)."""
    return [(tok, n) for tok, n in deaths if tok.pos_ != "NOUN"]


#: events that have no dead of their own, whatever deaths their clause names ("threatened to kill the general",
#: "troops would pull back from the valley, where 24 soldiers were killed in 2020"): only acts of force,
#: seizures and arrests, and protests (riots) may kill
_NO_DEAD_TYPES = frozenset({"THREATEN", "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE",
                            "REQUEST", "ACCUSE", "REJECT", "MOBILIZE", "SANCTION"})


class FatalityStage:
    def __call__(self, doc: Doc) -> Doc:
        kept = [c for c in doc._.candidates or [] if c.kept]
        if not kept:
            return doc
        sents = sentences(doc)
        deaths: dict[int, list[tuple[Token, int | None]]] = {}

        def of_sentence(n: int) -> list[tuple[Token, int | None]]:
            if n not in deaths:
                deaths[n] = _latest_reports(death_counts(sents[n]))
            return deaths[n]

        sentence_of = {c.trigger_i: sentence_index(doc, c.trigger_i) for c in kept}
        protests = {c.trigger_i for c in doc._.candidates or [] if c.rule.event_type == "PROTEST"}
        # a later sentence keeps its toll for itself only if it tells of a violent act with an agent
        # ("Two men died and another was injured": the injuring has no agent, the toll is the attack's)
        violent_sentences = {sentence_of[c.trigger_i] for c in kept if c.rule.event_type in _VIOLENT and c.sources}
        any_violent = any(c.rule.event_type in _VIOLENT and (c.sources or c.targets) for c in kept)
        for cand in kept:
            if cand.rule.event_type in _NO_DEAD_TYPES:
                continue  # "threatened to kill the general": a threat kills no one
            n = sentence_of[cand.trigger_i]
            # the deaths another actor's act in the sentence tells of are that act's own ("six were
            # injured in police firing, 12 were killed by the rioters": not the police's)
            own = set(cand.source_heads)
            others = {c.trigger_i for c in kept if c is not cand and c.rule.event_type in _VIOLENT
                      and c.source_heads and own and own.isdisjoint(c.source_heads)}
            # nor those of an act told as before or after it ("set fire to a police station after a man
            # died in custody": the death is no toll of the arson)
            # (with the words of death of its clause: "torched a chief's home after a boy was found dead")
            apart = {t.i for c in kept if c is not cand and c.rule.event_type in _VIOLENT
                     and doc[c.trigger_i].head.i == cand.trigger_i and told_as_sequence(doc[c.trigger_i])
                     for t in _own_words(doc[c.trigger_i])}
            # nor those of the act that answered it ("killed 40 jihadists in retaliation for an attack")
            if (answer := _answered_by(doc[cand.trigger_i])) is not None:
                apart.add(answer.i)
            # nor a death protested ("burned tyres to protest the killing of a rider"): it came before
            apart |= {tok.i for tok, _ in of_sentence(n) if tok.i != cand.trigger_i and (
                _protested(tok, protests) or _told_as_cause(tok, doc[cand.trigger_i]))}
            # a riot is the violent act of a report that tells of no other ("Rioting in Langas. 11 reported
            # to have been killed.")
            deadly = cand.rule.event_type in _VIOLENT or (_is_riot(cand) and not any_violent)
            cand.fatalities = self._count(cand, doc[cand.trigger_i], [(tok, k) for tok, k in of_sentence(n)
                                                                     if tok.i not in apart], others, deadly=deadly)
            if cand.fatalities is None and deadly:
                cand.fatalities = _antecedent_count(cand, doc, of_sentence(n))
            if cand.fatalities is None and deadly:
                # "a family was killed in the raid. FATALITIES: Estimate of 4": a total the label puts in its sentence
                cand.fatalities = stated_total(sents[n])
            if cand.fatalities is None and deadly:
                cand.fatalities = self._later_toll(doc, sents, n, violent_sentences, of_sentence)
            if cand.fatalities is None and deadly:
                cand.fatalities = _sum_of_its_parts(doc, sents, cand, kept, sentence_of, of_sentence)
            if cand.fatalities is None and cand.rule.event_type == "PROTEST" and not any_violent:
                # "Demonstrations became violent, one reported dead": a report of a protest and of no other
                # violent act gives the protest the deaths told as happening in its sentence
                cand.fatalities = self._count(cand, doc[cand.trigger_i], _dying(of_sentence(n)), others, deadly=True)
                if cand.fatalities is None:
                    cand.fatalities = self._later_toll(doc, sents, n, violent_sentences, lambda k: _dying(of_sentence(k)))
        self._totals(doc, sents, kept, sentence_of)
        return doc

    @staticmethod
    def _totals(doc: Doc, sents: list[Span], kept: list[Candidate], sentence_of: dict[int, int]) -> None:
        """A total stated in a sentence of no violent event of its own ("... A fourth person died
        later. 4 fatalities.") is the toll of the paragraph's first violent event before it."""
        text = doc_text(doc)
        violent = sorted((c for c in kept if c.rule.event_type in _VIOLENT), key=lambda c: c.trigger_i)
        if not violent:
            # "Post election riots. FATALITIES: 15": the riot's toll
            violent = sorted((c for c in kept if _is_riot(c)), key=lambda c: c.trigger_i)
        if not violent:
            return
        # (not an act with no one in it: "Fatalities coded as 2", the model's guess of a verb "coded")
        own = {sentence_of[c.trigger_i] for c in violent if c.sources or c.targets}
        for k, sent in enumerate(sents):
            if k in own:
                continue
            total = stated_total(sent)
            if total is None:
                continue
            before = [c for c in violent if sentence_of[c.trigger_i] < k
                      and "\n\n" not in text[sents[sentence_of[c.trigger_i]].start_char:sent.start_char]]
            # (a total of none does not undo the dead the text counts: "1 soldier was killed. Fatalities coded
            # as 0 (one outlet reported 1)")
            if before and (total or not before[0].fatalities):
                before[0].fatalities = total

    @staticmethod
    def _later_toll(doc: Doc, sents: list[Span], n: int, violent: set[int], of_sentence) -> int | None:
        """'Borana and Somalis clashed. Five people were killed.': the toll told in the next
        sentences of the paragraph, if no violent event of their own claims it."""
        for k in range(n + 1, min(n + 3, len(sents))):
            if "\n\n" in doc_text(doc)[sents[n].start_char:sents[k].start_char]:  # a sentence keeps its break
                break
            if k in violent:
                continue
            counts = [c for _, c in of_sentence(k) if c is not None]
            if counts:
                return max(counts)
        return None

    @staticmethod
    def _count(cand: Candidate, trigger: Token, deaths: list[tuple[Token, int | None]],
               others: set[int] = frozenset(), *, deadly: bool = False) -> int | None:
        if not deaths:
            return None
        own = [n for tok, n in deaths if tok.i == trigger.i]
        if own and own[0] is None:
            # "shot dead a woman": the count is told on the word of death the trigger governs
            own = [n for tok, n in deaths if tok.head.i == trigger.i and tok.dep_ in _DEATH_COMPLEMENTS
                   and n is not None] or own
        if own:
            return own[0]
        # (the one a violent act hit, told in a clause to have died, is its dead: not a protest's over someone
        # "who died in custody")
        violent = cand.rule.event_type in _VIOLENT
        # (nor, for a protest, the dead of another's violent act it is linked to: "walked out over the police
        # firing that killed three")
        linked = [n for tok, n in ((tok, n if n is not None or not violent else _relative_dead(tok)) for tok, n in deaths)
                  if n is not None and (_clause_link(trigger, tok) or _scene_link(trigger, tok))
                  and (violent or tok.i not in others)]
        if linked:
            return max(linked)
        if deadly:
            # (not the deaths of another actor's act: ``others``)
            counts = [n for tok, n in deaths if n is not None and tok.i not in others]
            return max(counts) if counts else None
        return None


def _sum_of_its_parts(doc: Doc, sents: list[Span], attack: Candidate, kept: list[Candidate],
                      sentence_of: dict[int, int],
                      of_sentence: Callable[[int], list[tuple[Token, int | None]]]) -> int | None:
    """'Militiamen carried out an attack on two villages. Militiamen shot and killed 4 civilians in the first
    and beheaded a man in the second.': an attack with no toll of its own, told in detail in the next sentence
    by acts of the same doers, has the dead of those acts (the counts on their own words of death), each
    victim counted once: five. Only where two victims or more are told apart, else the acts are the attack."""
    n = sentence_of[attack.trigger_i]
    if n + 1 >= len(sents) or "\n\n" in doc_text(doc)[sents[n].start_char:sents[n + 1].start_char]:
        return None
    doers = {doc[i].lemma_.lower() for i in attack.source_heads}
    if not doers:
        return None
    parts = [c for c in kept if sentence_of[c.trigger_i] == n + 1 and c.rule.event_type in _VIOLENT
             and c.source_heads and {doc[i].lemma_.lower() for i in c.source_heads} <= doers | {"they"}]
    victims: dict[str, int] = {}
    for part in parts:
        deaths = [k for tok, k in of_sentence(n + 1) if tok.i == part.trigger_i and k is not None]
        if deaths and part.target_heads:
            victims.setdefault(" ".join(sorted(doc[i].lemma_.lower() for i in part.target_heads)), deaths[0])
    return sum(victims.values()) if len(victims) > 1 else None


#: nouns of a report of a toll, and the words that tell a first one from a later one
_REPORT_NOUNS = frozenset({"report", "account", "estimate", "figure", "count"})
_FIRST_REPORT = frozenset({"initial", "early", "earlier", "first", "preliminary"})
_LATER_REPORT = frozenset({"later", "latest", "subsequent", "updated", "final", "revised"})


def _report_age(tok: Token) -> str | None:
    """'first' or 'later' if the word lies under a report told as first or later ("initial reports of 2
    people killed", "later reports said one died"), else None."""
    for anc in [tok, *list(tok.ancestors)[:4]]:
        nouns = [anc] if anc.pos_ == "NOUN" else [c for c in anc.children if c.dep_ == "nsubj"]
        for noun in nouns:
            if noun.lemma_.lower() not in _REPORT_NOUNS:
                continue
            words = {c.lower_ for c in noun.children if c.dep_ in {"amod", "advmod"}}
            if noun.dep_ == "nsubj":
                words |= {c.lower_ for c in noun.head.children if c.dep_ == "advmod"}
            if words & _FIRST_REPORT:
                return "first"
            if words & _LATER_REPORT:
                return "later"
    return None


def _latest_reports(deaths: list[tuple[Token, int | None]]) -> list[tuple[Token, int | None]]:
    """'first reports spoke of 3 dead herders, later reports of 2 herders killed': where a sentence tells a
    first report and a later one, the first one's dead are not counted."""
    if len(deaths) < 2:
        return deaths
    ages = [_report_age(tok) for tok, _ in deaths]
    if "first" not in ages or "later" not in ages:
        return deaths
    return [d for d, age in zip(deaths, ages) if age != "first"]


#: verbs of crying out over a death that came before
_DECRYING = frozenset({"protest", "demonstrate", "mourn", "condemn", "denounce", "decry"})


def _protested(death: Token, protests: set[int]) -> bool:
    """'to protest the killing of a rider', 'demonstrated over the death of a student': a death noun that a
    protest (or a verb of decrying) is about."""
    if death.pos_ != "NOUN" or death.dep_ not in {"dobj", "pobj"}:
        return False
    governor = death.head
    if death.dep_ == "pobj":
        if governor.lower_ not in {"over", "against", "at", "after"}:
            return False
        governor = governor.head
    return governor.i in protests or governor.lemma_.lower() in _DECRYING


#: verbs of one thing bringing on another ("clashes provoked by the murder of an MP")
_CAUSING = frozenset({"provoke", "spark", "trigger", "prompt", "fuel", "ignite", "cause", "occasion"})


def _told_as_cause(death: Token, act: Token) -> bool:
    """'clashed over the killing of a herder', 'clashes provoked by the murder of an MP': a death named
    as what brought the act on came before it, and is not its toll."""
    while death.dep_ == "conj" and death.head.pos_ == "NOUN":
        death = death.head  # ("provoked by the killings and the murder of an MP")
    if death.pos_ == "NOUN" and death.dep_ == "dobj" and death.head.lemma_.lower() == "avenge":
        return True  # ("to avenge the killing of their shepherd, villagers burned three huts")
    if death.pos_ != "NOUN" or death.dep_ != "pobj":
        return False
    prep = death.head
    if prep.lower_ in {"over", "following", "after"}:
        return prep.head.i == act.i
    if prep.lower_ in {"for", "to"} and prep.head.lemma_.lower() in _ANSWERS:
        return True  # ("in revenge for the killing of a herder, youths burned three huts": what was answered)
    # (the parser may hang the causing verb on a word of the act's phrase: "Clash between groups provoked by")
    return prep.lower_ == "by" and prep.head.lemma_.lower() in _CAUSING


#: nouns of an act done in answer to another ("in retaliation for an attack")
_ANSWERS = frozenset({"retaliation", "response", "revenge", "reprisal", "reaction", "answer"})


def _answered_by(act: Token) -> Token | None:
    """The verb of the act done in answer to ``act`` ("killed 40 in retaliation for an attack": "killed")."""
    prep = act.head
    if act.dep_ != "pobj" or prep.lower_ not in {"for", "to"} or prep.head.lemma_.lower() not in _ANSWERS:
        return None
    answer = prep.head
    for _ in range(4):  # ("killed 40 jihadists in retaliation": the phrase may hang on the object)
        if answer.pos_ == "VERB" or answer.head.i == answer.i:
            break
        answer = answer.head
    return answer if answer.pos_ == "VERB" else None


@Language.factory("dyadline_fatalities")
def fatalities(nlp: Language, name: str) -> FatalityStage:
    return FatalityStage()
