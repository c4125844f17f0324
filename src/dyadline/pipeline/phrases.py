"""Phrases in the parse, for the role finder (:mod:`dyadline.pipeline.roles`): coordinated heads taken
apart (not a noun the parser joined to an object that is the next verb's subject), the objects of a word's
prepositions (also where the parser left a preposition without one), the "by" doers of an act noun, and the
breadth-first search for the first actor inside a phrase."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from spacy.tokens import Token

from dyadline.pipeline.parse import HOLDING, by_agents, infinitive, other_side
from dyadline.pipeline.role_words import DEALINGS, PHRASE_DEPS

__all__ = ["IsActor", "expand_conj", "next_token", "own_agents", "pcomps", "pobjs", "search_phrase",
           "swallowed_subject"]


#: whether a token names an actor (the actor resolver's test)
IsActor = Callable[[Token], bool]


def expand_conj(tokens: Iterable[Token]) -> list[Token]:
    """Coordinated heads ("Jordan and Britain") become separate heads."""
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c.i > tok.i and c.pos_ in {"NOUN", "PROPN", "PRON"}
                   and not _subject_of_next_verb(c))
        # "The UK, France, and Italy met": a list the parser began as an apposition ("France" set beside
        # "The UK", "Italy" joined to either)
        # (or the "and" hung on the first: "The UK, France, and Italy met")
        joined_after = [g.i for g in tok.children if g.dep_ == "conj"] if any(
            g.dep_ == "cc" for g in tok.children) else []
        # (and a headline's "Russia, Ukraine swap prisoners": two bare names set side by side at its start)
        for listed in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and tok.pos_ == "PROPN"
                       and ((any(g.dep_ == "cc" for g in c.children) and any(g.dep_ == "conj" for g in c.children))
                            or any(i > c.i for i in joined_after)
                            or (tok.i == tok.sent.start and c.i == tok.i + 2 and tok.doc[tok.i + 1].text == ","
                                and not list(c.children)))):
            out.append(listed)
            out.extend(c for c in listed.conjuncts if c.i > listed.i and c.pos_ == "PROPN")
    return out


def next_token(tok: Token) -> Token | None:
    return tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None


def _subject_of_next_verb(noun: Token) -> bool:
    """'attacked the town and soldiers returned fire': "soldiers" is the next verb's subject, not an object."""
    following = next_token(noun)
    return following is not None and following.pos_ == "VERB" and swallowed_subject(following) is not None


def own_agents(act: Token) -> list[Token]:
    """The "by" doers of an act noun, or of the participle on it ("an attack carried out by militants"; not
    the infinitive of "an ultimatum to leave the town by Sunday")."""
    return by_agents(act) or [a for acl in act.children if acl.dep_ == "acl" and not infinitive(acl)
                              for a in by_agents(acl)]


def swallowed_subject(verb: Token) -> Token | None:
    """'The rebels attacked the town and soldiers returned fire': the parser joins "soldiers" to the first
    verb's object; a second verb with no subject written right after such a noun has that noun for subject."""
    if verb.dep_ != "conj" or verb.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if (before.dep_ == "conj" and before.pos_ in {"NOUN", "PROPN"} and before.head.dep_ in {"dobj", "pobj"}
            and before.head.i > verb.head.i and not any(c.dep_ == "prep" for c in before.children)):
        return before
    return None


def pcomps(trigger: Token, preps: Collection[str]) -> list[Token]:
    """The verbs after the trigger's prepositions ("died after being hit", "die in police firing")."""
    return [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in preps
            for g in p.children if g.dep_ == "pcomp"]


def pobjs(token: Token, preps: Iterable[str]) -> list[Token]:
    wanted = tuple(preps)
    found: list[tuple[int, Token]] = []
    for child in token.children:
        if child.dep_ in {"prep", "dative", "agent"} and child.lower_ in wanted:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if not objects and child.n_lefts + child.n_rights == 0:
                objects = _stranded_object(token, child)
            found.extend((wanted.index(child.lower_), pobj) for pobj in objects)
    return [p for _, p in sorted(found, key=lambda x: x[0])]


def _stranded_object(verb: Token, prep: Token) -> list[Token]:
    """'granted asylum to five officers holed up in the embassy': a preposition left with no object
    because the parser made its noun the subject of the clause that follows; that noun."""
    doc = verb.doc
    if prep.i + 1 >= len(doc):
        return []
    noun = doc[prep.i + 1]
    while noun.dep_ in {"det", "nummod", "amod", "compound", "nmod", "quantmod", "poss"} and noun.head.i > noun.i:
        noun = noun.head
    clause = noun.head
    if noun.dep_ == "nsubj" and noun.pos_ in {"NOUN", "PROPN"} and clause.head.i == verb.i and clause.i > noun.i:
        return [noun]
    return []


def search_phrase(root: Token, is_actor: IsActor, skip: set[int], max_depth: int = 6,
                  acts: frozenset[str] = frozenset()) -> Token | None:
    """Breadth-first search for the first actor inside a phrase.

    A modifier that names the actor ("Russian" in "Russian officials") gives
    its noun, so the whole phrase is resolved.
    """
    frontier = [root]
    for _ in range(max_depth):
        nxt: list[Token] = []
        for tok in frontier:
            for child in tok.children:
                holder = child.dep_ == "npadvmod" and tok.lower_ in HOLDING  # "the rebel-held city"
                if child.i in skip or (child.dep_ not in PHRASE_DEPS and not holder) or (
                        child.dep_ == "conj" and _subject_of_next_verb(child)) or (
                        # ("resume military intelligence sharing": a kind of dealing, not a party to it)
                        child.dep_ in {"amod", "compound", "nmod"} and child.head.lemma_.lower() in DEALINGS):
                    continue
                if child.pos_ in {"NOUN", "PROPN", "ADJ"} and is_actor(child) and not (
                        # ("suspended military aid to the police": an adjective of a kind of actor on an act is
                        # no actor)
                        child.pos_ == "ADJ" and not child.ent_type_ and child.dep_ == "amod"
                        and child.head.pos_ == "NOUN" and child.head.lemma_.lower() in acts):
                    if child.dep_ in {"amod", "compound", "nmod"} and child.head.pos_ in {"NOUN", "PROPN"}:
                        return child.head
                    # ("accused Russia's allies", "a former ally of the cleric": the allies, whom the actor
                    # named in their phrase stands to)
                    if child.dep_ == "poss" and other_side(tok):
                        return tok
                    if child.dep_ == "pobj" and tok.lower_ == "of" and other_side(tok.head):
                        return tok.head
                    return child
                nxt.append(child)
        frontier = nxt
    return None
