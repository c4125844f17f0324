"""Small walks over the dependency parse that several stages share."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["governors", "headline_victim"]


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
    return (tok.pos_ == "NUM" and tok.dep_ in {"nsubj", "meta", "npadvmod"} and verb.tag_ in {"VBN", "VBD"}
            and not any(c.dep_ in {"dobj", "aux", "auxpass"} for c in verb.children))
