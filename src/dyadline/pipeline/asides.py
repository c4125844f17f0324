"""Stage (after entities, before headlines): a sentence torn by words set apart from its clause,
parsed again without them.

Reports and ACLED notes put a correction or a remark in brackets in the middle
of a sentence: "killing four (later confirmed as nine) rangers of the
patrol", "gunmen attacked (it was the third raid that month) a clinic"; and
they open with the date and the places before the clause: "On 3 March 2021,
in Tlalpan district, Morelos, the body of a trader was found floating". The
small model reads such words as part of the clause and the clause falls
apart: its verb loses its subject or object, or the aside becomes the root.
Such a sentence is parsed again with those words left out, and keeps that
parse if it has a verb for its root (or, for a clause in brackets, if the
clause was the root: nothing is worse than that). The words set apart keep
their own links and hang on the new root, out of every actor's phrase (a
clause in brackets as ``parataxis``; a leading date as ``npadvmod``, its
preposition as ``prep``; a place's name after a comma as the ``appos`` of the
place before it: "in Manaus, Amazonas"). Brackets with no verb ("(KDF)",
"(Budgam district, J&K)", where a place is named) and words the parse
already keeps apart are left as they are.
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span

from dyadline.pipeline.parse import bracket_groups, parse_alone

__all__ = ["AsideMender", "aside_mender", "bracketed_asides", "leading_circumstances"]

#: tags of a verb: an aside with none is a name, a place or a count, and stays in the parse
_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})


def bracketed_asides(sent: Span) -> list[tuple[int, int]]:
    """The (start, end) token positions, brackets included, of the clauses in round brackets that tear
    ``sent``: with a word before and after them, no bracket inside, a verb in them, and the sentence's
    root or the head of a word outside them among their words."""
    out: list[tuple[int, int]] = []
    for start, end in bracket_groups(sent):
        if start == sent.start or not any(not t.is_punct for t in sent.doc[end:sent.end]):
            continue
        words = range(start + 1, end - 1)
        if not any(sent.doc[i].tag_ in _VERB_TAGS for i in words):
            continue  # a place, a name, a count in brackets: "(Budgam district, J&K)", "(KDF)"
        if sent.root.i in words or any(t.head.i in words for t in sent if not start <= t.i < end):
            out.append((start, end))
    return out


#: words a leading date may hold besides the date itself ("On", "Around", "(as reported)")
_DATE_WORDS = frozenset({"on", "around", "about", "between", "and", "by", "in", "during", "of", "early", "late", "the",
                         "night", "morning", "afternoon", "evening", "week", "weekend", "as", "reported", "or", "before",
                         "after", "-", "(", ")"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside"})
#: small words inside place names ("Ciudad de Mexico", "Mato Grosso do Sul", "Demerara-Mahaica", "Sucre
#: municipality in Caracas", "Mar del Plata (Buenos Aires)")
_NAME_WORDS = frozenset({"of", "de", "do", "da", "del", "la", "el", "al", "in", "-", "(", ")"})
#: nouns of a kind of place, which a bare name after a place may hold ("Paletwa Township", "Lima Province")
_PLACE_KINDS = frozenset({"district", "state", "province", "county", "township", "municipality", "region",
                          "department", "city", "town", "village", "governorate", "division", "prefecture", "area",
                          "zone", "subcounty", "sub-county", "commune", "locality", "suburb", "neighbourhood",
                          "neighborhood", "parish", "ward", "territory", "oblast", "raion", "emirate", "island"})


def _date_part(part: Span) -> bool:
    return any(t.ent_type_ in {"DATE", "TIME"} for t in part) and all(
        t.ent_type_ in {"DATE", "TIME"} or t.lower_ in _DATE_WORDS or t.like_num for t in part)


def _place_part(part: Span, after_place: bool) -> bool:
    words = list(part)
    if words[0].lower_ in _PLACE_PREPS:
        words = words[1:]
        allowed = {"PROPN", "NOUN", "ADJ", "DET"}
    elif after_place:
        # a bare name after a place: "in Manaus, Amazonas," (not the clause's own people: "Mapuche fruit sellers")
        allowed = {"PROPN"}
        if any(t.pos_ == "NOUN" and t.lower_ not in _PLACE_KINDS for t in words):
            return False
    else:
        return False
    return bool(words) and len(words) <= 8 and any(t.pos_ == "PROPN" for t in words) and all(
        t.pos_ in allowed or t.is_title or t.lower_ in _NAME_WORDS or t.lower_ in _PLACE_KINDS for t in words)


def leading_circumstances(sent: Span) -> list[tuple[int, int, str]]:
    """The date and places a report puts before its clause, as (start, end, kind) token positions, kind
    "date" or "place", each with its comma ("On 3 March 2021, in Tlalpan district, Morelos, the body of a
    trader was found"), if they tear the clause: its root among them, or a word of the clause hung on one of
    them or one of them on a noun of the clause; else none."""
    doc = sent.doc
    parts: list[tuple[int, int, str]] = []
    start, after_place = sent.start, False
    for comma in (t.i for t in sent if t.text == ","):
        part = doc[start:comma]
        if not len(part):
            break
        if _date_part(part):
            kind, after_place = "date", False
        elif _place_part(part, after_place):
            kind, after_place = "place", True
        else:
            break
        parts.append((start, comma + 1, kind))
        start = comma + 1
    if not parts or sent.end - start < 3:
        return []
    words = range(sent.start, start)
    clause = [t for t in doc[start:sent.end] if not t.is_punct]
    # (or they hang on a noun of the clause, the model's root where it read the verb as a modifier:
    # "..., employees of the hospital protested")
    if sent.root.i in words or any(t.head.i in words for t in clause) or any(
            doc[i].head.i >= start and doc[i].head.pos_ in {"NOUN", "PROPN"} for i in words):
        return parts
    return []


class AsideMender:
    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        if self.nlp is None:
            return doc
        for sent in list(doc.sents):
            asides = bracketed_asides(sent)
            if asides:
                self._mend(doc, sent, asides, bracketed=True)
            lead = leading_circumstances(sent)
            if lead:
                self._mend(doc, sent, [(start, end) for start, end, _ in lead], bracketed=False,
                           places={start for start, _, kind in lead if kind == "place"})
        return doc

    def _mend(self, doc: Doc, sent: Span, parts: list[tuple[int, int]], *, bracketed: bool,
              places: frozenset[int] | set[int] = frozenset()) -> None:
        """Parse the sentence again without ``parts``; keep their own links inside them and hang the
        rest of their words on the new root (a place's name after a comma on the place before it)."""
        inside = {i for start, end in parts for i in range(start, end)}
        kept = [t for t in sent if t.i not in inside]
        spaces = [bool(t.whitespace_) or (t.i + 1 in inside) for t in kept]
        again = parse_alone(self.nlp, [t.text for t in kept], spaces)
        root = next(t for t in again if t.dep_ == "ROOT")
        if not (root.pos_ in {"VERB", "AUX"} or root.tag_ in _VERB_TAGS) and (
                not bracketed or sent.root.i not in inside):
            # (a clause in brackets that was the sentence's root leaves a parse worse than any other)
            return
        array = doc.to_array([HEAD, DEP])
        for tok in again:
            array[kept[tok.i].i] = ((kept[tok.head.i].i - kept[tok.i].i) % (1 << 64), tok.dep)
        strings = doc.vocab.strings
        # (the parts hang on the sentence's root, not on a word of a phrase they would run into)
        anchor = kept[root.i].i
        place: int | None = None  # the place the names after it describe ("in Manaus, Amazonas")
        for start, end in parts:
            # (a bracket's own links are those between the words inside its brackets)
            first, last = (start + 1, end - 1) if bracketed else (start, end)
            named = place if start in places and doc[start].lower_ not in _PLACE_PREPS else None
            for i in range(start, end):
                head = doc[i].head.i
                if first <= i < last and first <= head < last and head != i:
                    continue  # a link inside the part stays
                if doc[i].is_punct:
                    to, dep = anchor, "punct"
                elif bracketed:
                    to, dep = anchor, "parataxis"
                elif named is not None:
                    to, dep = named, "appos"
                else:
                    to, dep = anchor, "prep" if doc[i].pos_ == "ADP" else "npadvmod"
                array[i] = ((to - i) % (1 << 64), strings[dep])
            if start in places and doc[start].lower_ in _PLACE_PREPS:
                place = next((t.i for t in doc[start + 1:end] if t.head.i == start and t.dep_ == "pobj"),
                             max((t.i for t in doc[start + 1:end] if t.pos_ in {"PROPN", "NOUN"}), default=None))
        doc.from_array([HEAD, DEP], array)


@Language.factory("dyadline_asides")
def aside_mender(nlp: Language, name: str) -> AsideMender:
    return AsideMender(nlp)
