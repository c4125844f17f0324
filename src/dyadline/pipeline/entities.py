"""Stage: fix the small model's entity misses with the country tables.

The small English model often tags a country opening a sentence or a
headline as PERSON or ORG ("Azerbaijan has canceled ...") and misses
demonyms. Any entity (or untagged proper noun / adjective) whose text is a
known country, capital or demonym is relabelled GPE or NORP; IGO names
become ORG.

It also gives back to people the first names the model takes for places: in
"Ziyaddin and Huseyn Safarov died", two brothers sharing a surname, the lone
name joined to a person's full name is a person too, when the gazetteer has no
place of that name.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dyadline.knowledge.gazetteer import load_gazetteer
from dyadline.pipeline.actor_resolver import ActorResolver, get_resolver

__all__ = ["EntityFixer", "fix_entities"]

_LABEL_BY_KIND = {"name": "GPE", "capital": "GPE", "metonym": "GPE", "adjective": "NORP", "igo": "ORG"}


class EntityFixer:
    def __init__(self, resolver: ActorResolver) -> None:
        self.kb = resolver.kb

    def _label(self, text: str) -> str | None:
        match = self.kb.match_country(text.replace("’", "'"))
        return _LABEL_BY_KIND.get(match.kind) if match is not None else None

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        changed = False
        # the words of people named in full ("Vladimir Putin"), whose surname alone stays a person
        named_in_full = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        for ent in doc.ents:
            label = self._label(ent.text)
            if label is None and len(ent) > 1 and ent[-1].tag_ == "POS":
                label = self._label(ent[:-1].text)
                if label is not None:
                    ent = ent[:-1]
            if label is None and ent.label_ in {"GPE", "LOC"} and len(ent) == 1 and _first_name_joined_to_person(ent[0]):
                label = "PERSON"
            if label is None and ent.label_ == "PERSON" and _city_taken_for_a_person(ent, named_in_full):
                label = "GPE"
            if label is not None and label != ent.label_ and ent.label_ not in {"DATE", "CARDINAL", "MONEY"}:
                spans.append(Span(doc, ent.start, ent.end, label=label))
                changed = True
            else:
                spans.append(ent)
        for token in doc:
            if token.ent_type_ or token.pos_ not in {"PROPN", "ADJ", "NOUN"} or not token.is_alpha:
                continue
            if token.pos_ != "PROPN" and not token.is_title:
                continue
            label = self._label(token.text)
            if label is None and _first_name_joined_to_person(token):
                label = "PERSON"
            if label is not None:
                spans.append(Span(doc, token.i, token.i + 1, label=label))
                changed = True
        if changed:
            doc.set_ents(filter_spans(spans))
        return doc


def _city_taken_for_a_person(ent: Span, named_in_full: set[str]) -> bool:
    """'Rebels took control of Goma', 'women in Kitui were tortured': one word the model tagged as a person, in
    a place's slot (after a preposition of place, or naming a place noun: "Garissa town"), that is a big city
    or a region of the gazetteer, when no one named in full in the text bears that name."""
    word = ent[0]
    if len(ent) != 1 or not word.is_title or word.lower_ in named_in_full:
        return False
    in_slot = (word.dep_ == "pobj" and word.head.lower_ in _PLACE_PREPOSITIONS) or (
        word.dep_ in {"compound", "nmod"} and word.head.lemma_.lower() in _PLACE_NOUNS)
    return in_slot and load_gazetteer().big_place(word.text)


#: prepositions after which a name is a place
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "of", "from", "to", "into", "outside", "around", "across"})
#: nouns a place's name is put before ("Garissa town", "Khwisero constituency")
_PLACE_NOUNS = frozenset({"town", "city", "village", "county", "district", "province", "region", "state",
                          "constituency", "municipality", "area", "estate", "market"})


def _first_name_joined_to_person(word: Token) -> bool:
    """'Ziyaddin and Huseyn Safarov': one capitalised word, a whole name (no proper noun before it), then
    "and" and a person's name of two or more words, which the word shares (the model tagged the word as no
    entity, or as a place the gazetteer lacks: "Rustam" untagged is a man, a town of that name
    notwithstanding)."""
    doc = word.doc
    if (word.pos_ != "PROPN" or not word.is_title or word.i + 3 >= len(doc) or doc[word.i + 1].lower_ != "and"
            or (word.i > 0 and doc[word.i - 1].pos_ == "PROPN")):
        return False
    partner = doc[word.i + 2]
    if partner.ent_type_ != "PERSON" or partner.ent_iob_ != "B" or doc[word.i + 3].ent_iob_ != "I":
        return False
    if not (partner.head.i == word.i or word.head.i == partner.i or partner.is_ancestor(word)
            or word.is_ancestor(partner)):
        return False
    return not word.ent_type_ or not load_gazetteer().lookup(word.text)


@Language.factory("dyadline_entities", default_config={"user_table": None})
def fix_entities(nlp: Language, name: str, user_table: str | None) -> EntityFixer:
    return EntityFixer(get_resolver(user_table))
