"""Stage: where each kept event happened, as a GeoNames place.

Place mentions are the model's GPE / LOC / FAC entities, plus proper nouns
in a locative slot ("in Baragoi") that the gazetteer knows. The event's
place is the mention attached to it: the "in ..." of its trigger, of its
object or of the clause that governs it, a place modifier ("the Kabul
attack"), the object of a movement verb ("visited Azerbaijan"). With none,
the nearest fitting place in the same paragraph (in a country of the event's
actors, if they have one); else the target's (or source's) country at
precision ``country``; with no actor country either, the nearest place the
article names anywhere, else the one country the article talks about.

A name is resolved with the gazetteer (cities >= 1,000 people, first-level
regions, countries) and disambiguated by the places written next to it
("Yekaterinburg, Russia"; "Watamu, Kilifi"), the countries the article
talks about, and population.
"""

from __future__ import annotations

import bisect
import difflib
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.knowledge import KnowledgeBase, load_knowledge
from dyadline.knowledge.gazetteer import Gazetteer, GeoEntry, km_between, load_gazetteer, loose_key
from dyadline.knowledge.normalize import name_key
from dyadline.pipeline.actor_resolver import COUNTRY_THINGS, EVENT_ANAPHORS
from dyadline.pipeline.candidate import ARMED_GROUPS, Candidate
from dyadline.pipeline.lexicon import load_lexicon
from dyadline.pipeline.parse import governors
from dyadline.pipeline.doccache import doc_text, entities, sentence_of, sentences
from dyadline.pipeline.truecase import in_dictionary
from dyadline.records import Place

__all__ = ["Mention", "PlaceStage", "place_mentions", "rank_mentions", "places"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: kinds of the country table's aliases that name bodies, never places
_BODIES = frozenset({"institution", "igo"})
#: what a leader's name is put before: his government or its time ("the Bush administration")
_TERMS_OF_OFFICE = frozenset({"administration", "government", "presidency", "era", "years", "regime", "cabinet",
                              "campaign", "doctrine", "team", "family", "aides", "loyalists", "supporters"})
_OTHER_NAME_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "LANGUAGE", "EVENT", ""})
_LOC_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within",
                        "off", "along", "into", "nearby", "through", "underneath", "beneath"})
_WEAK_PREPS = frozenset({"from", "to", "towards", "toward", "between", "on", "over"})
_MOTION = frozenset({"visit", "enter", "invade", "tour", "raid", "storm", "bomb", "shell", "attack", "occupy",
                     "capture", "seize", "besiege", "annex", "strike", "hit", "reach", "arrive", "travel", "fly",
                     "patrol", "target", "rock", "overrun", "retake", "recapture", "liberate", "encircle",
                     "surround", "control", "blockade", "flood", "paralyse", "paralyze", "grip", "sweep"})
#: nouns that stand between a preposition and the name ("in the town of X", "on the outskirts of X")
_PLACE_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "county", "state", "area",
                          "outskirts", "capital", "suburb", "neighborhood", "neighbourhood", "part", "north",
                          "south", "east", "west", "centre", "center", "border", "coast", "port", "island",
                          "governorate", "municipality", "camp", "settlement", "street", "heart", "countryside",
                          "vicinity", "province", "park", "square", "market", "mosque", "church", "school",
                          "hospital", "building", "office", "checkpoint", "base", "airport", "station", "house",
                          "home", "residence", "road", "highway", "bridge", "compound", "prison", "university",
                          "embassy", "stadium", "hotel", "restaurant", "farm", "field", "hill", "mountain",
                          "valley", "river", "bank", "zone", "frontline", "front", "crossing", "outpost",
                          "headquarters", "palace", "town", "township", "locality", "division", "sector",
                          "quarter", "precinct", "ward", "constituency", "hamlet", "kebele", "subdistrict",
                          "enclave", "territory", "strip", "desert", "forest", "lake", "sea", "gulf", "waters",
                          "percent", "half", "most", "rest", "swath", "swathe", "areas", "parts"})
_REGION_WORDS = frozenset({"province", "region", "county", "state", "district", "governorate", "oblast",
                           "prefecture", "department"})
#: words naming the kind of a place after its name ("Rathedaung Township", "Al Watiyah airbase")
_KIND_WORDS = _PLACE_NOUNS | _REGION_WORDS | frozenset({"township", "subdivision", "commune", "sub-county",
                                                         "subcounty", "lga", "airbase", "airfield", "mine",
                                                         "area", "locality", "sub-location", "location"})
#: words that make a name the tagger took for an organisation a body of people, not a place
_BODY_NOUNS = frozenset({"group", "army", "force", "forces", "regiment", "brigade", "battalion", "party",
                         "front", "council", "association", "company", "ministry", "movement", "organization",
                         "organisation", "agency", "committee", "union", "network", "guard", "militia", "corps",
                         "co.", "inc.", "ltd", "commission", "authority", "police", "defense", "defence"})
#: words for small parts of a place, which a name before them names ("Jobar district", "Katarko village")
_SMALL_PARTS = frozenset({"district", "area", "neighborhood", "neighbourhood", "village", "quarter", "camp",
                          "sector", "town", "locality", "estate", "settlement", "suburb"})
#: parts of a city ("the Beirut suburb of ...")
_PARTS_OF_A_CITY = frozenset({"suburb", "neighborhood", "neighbourhood", "quarter"})
#: place nouns whose "of" names them ("the West Bank city of Hebron"), not their container
_OF_NAMED = frozenset({"city", "town", "village", "capital", "port", "hamlet", "settlement", "suburb", "state",
                       "province", "neighborhood", "neighbourhood", "quarter", "enclave"})
#: nouns for the people who live in a place: "Eldoret residents", "residents of Garissa" place them there
#: (not "members of", "supporters of", "Han farmers": those name groups, not places)
_PEOPLE_NOUNS = frozenset({"resident", "villager", "inhabitant", "local", "dweller", "townspeople", "townsfolk",
                           "native", "trader", "hawker"})
#: capitalised words that are never the event's place on their own ("Kitui East and West")
_NOT_PLACES = frozenset({"west", "east", "north", "south", "central", "western", "eastern", "northern",
                         "southern", "independence", "upper", "lower", "new", "old", "greater", "university",
                         "college", "hospital", "market", "centre", "center", "zone", "sector", "court",
                         "parliament", "ministry", "council", "assembly", "police", "prison", "station",
                         "school", "church", "mosque", "embassy", "office", "palace", "house", "square",
                         "colonia", "barrio", "street", "avenue", "road", "bank",
                         "u.n.", "un", "u.n", "eu", "e.u.",  # the United Nations, not Un in Gujarat
                         # ("the Bay of Bengal", "the Gulf crisis": waters, not Bay in Rajasthan or Gulf Province)
                         "bay", "gulf", "sea", "ocean", "strait", "straits", "channel", "peninsula",
                         # ("boda boda riders": Kenya's motorbike taxis, not Boda in the Central African Republic)
                         "boda"})
_CLAUSE_UP = frozenset({"xcomp", "ccomp", "conj", "advcl", "relcl", "acl", "pcomp", "dobj", "pobj", "prep",
                        "nsubjpass", "nsubj"})
#: a place outside the countries the article talks about must be at least this big
_FOREIGN_MIN_POPULATION = 100_000
#: a city this big is the place its name means, whatever region is written after it
_WELL_KNOWN_POPULATION = 2_000_000
_PARAGRAPH = re.compile(r"\n\s*\n")
#: words joining a name written after a place that make it the place's container, most often a region
_REGION_LINKS = frozenset({",", "("})
#: the link of a name written after "in" and before a region word ("in Kherson oblast")
_IN_REGION = "in (region)"
#: words naming a side of a place ("Northern Iraq"): the place itself when the side is no name of its own
_SIDE_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                         "northeastern", "northwestern", "southeastern", "southwestern", "rural"})
#: kind words after which "of" / "in" names the place that holds it ("Wadi area of Vadodara city",
#: "Jaghuri district in Ghazni"; not "the officer's office in Siliguri")
_AREA_WORDS = frozenset({"area", "district", "zone", "neighbourhood", "neighborhood", "locality", "municipality",
                         "village", "town", "suburb", "quarter", "ward", "tehsil", "taluk", "subdistrict",
                         "sub-district", "county", "sub-county", "subcounty", "commune", "barangay", "division",
                         "location", "sub-location", "constituency", "kebele", "hamlet", "settlement"})
#: kinds written in two words after a name
_TWO_WORD_KINDS = frozenset({"sub county", "sub location", "sub district", "sub division"})
#: small words inside Romance place names ("Foz do Iguacu", "Gracias a Dios", "Lins de Vasconcelos")
_NAME_JOINERS = frozenset({"de", "do", "da", "dos", "das", "del", "a", "y", "e"})
_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name in the text: token span [start, end); ``context`` names written after it."""

    start: int
    end: int
    text: str
    context: tuple[str, ...] = ()
    label: str = ""
    #: the word joining each context name: "," or "(" (a container, most often a region), "of" or "in"
    #: after a kind word ("Wadi area of Vadodara city": the place it lies in, of any rank)
    links: tuple[str, ...] = ()
    #: 1 or 2 for the first or second of the towns a road is named by ("the Meru-Embu highway"), else 0
    road_end: int = 0


def _root(doc: Doc, m: Mention) -> Token:
    return doc[m.start:m.end].root


@dataclass(frozen=True, slots=True)
class _Slot:
    head: Token  # the word the place phrase hangs on
    prep: str  # its preposition, or "mod" / "obj" / "people" ("Eldoret residents", "residents of Garissa")
    path: frozenset[int]  # tokens climbed through
    modifier: bool  # the name only modifies a place noun ("the West Bank city of Hebron", "Syria's capital")
    of_nouns: frozenset[int] = frozenset()  # place nouns climbed into through "of" ("the Findik region of Sirnak")
    apposed: bool = False  # climbed through a bracket or apposition after a place: its container ("(Embu county)")


def _own_name_of(tok: Token, head: Token) -> bool:
    """A proper name right before a word for a small part of a place, not named otherwise by an "of"
    ("the Aziziyah district", not "the Baghdad district of Karrada")."""
    # (not an acronym, most often a body's: "the AP camp", "a KDF camp")
    return tok.dep_ == "compound" and tok.pos_ == "PROPN" and not tok.text.isupper() and \
        head.lemma_.lower() in _SMALL_PARTS and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _slot(tok: Token) -> _Slot | None:
    """Where a name token's place phrase hangs. Climbs through coordination ("in A, B and C"),
    place nouns ("the town of X", "X district", "Senegal's capital", "a park in Tokyo")."""
    cur = tok
    path: set[int] = set()
    of_nouns: set[int] = set()
    modifier = False
    apposed = False
    fallback: _Slot | None = None
    for _ in range(6):
        dep, head = cur.dep_, cur.head
        if head.i == cur.i:
            return fallback
        path.add(cur.i)
        apposed = apposed or dep == "appos"
        if dep == "conj" or (dep in {"compound", "poss", "nmod", "appos", "amod"} and _is_place_noun(head)):
            # ("the Sheikh Lutfi area", "Jobar district": a name before a word for a small part of a place is
            # that part's own name, not a word describing it, as in "the US embassy" or "Latakia province")
            modifier = modifier or (cur.i == tok.i and dep != "conj" and dep != "appos" and not _own_name_of(tok, head))
            cur = head
            continue
        if dep == "appos" and (head.pos_ == "PROPN" or head.ent_type_ in _PLACE_LABELS):
            cur = head  # "Kithimu (Embu county)": the bracket names the place's container
            continue
        if dep in {"compound", "nmod"} and head.pos_ == "PROPN" and cur.pos_ == "PROPN":
            cur = head  # "in Dire (Dire, Tombouctou)": the parser hung one name on the next
            continue
        if dep == "pobj" and head.dep_ in {"prep", "dative", "agent"}:
            prep = head.lower_
            if prep == "of" and head.head.lower_ == "out" and head.head.dep_ in {"prep", "prt", "advmod"}:
                # "pulled out of Kherson": a place left
                return _Slot(head.head.head, "from", frozenset(path), modifier, frozenset(of_nouns), apposed)
            if prep == "of" and _is_people_noun(head.head):
                return _Slot(head.head, "people", frozenset(path), modifier, frozenset(of_nouns), apposed)
            if prep == "of" and _is_place_noun(head.head):
                of_nouns.add(head.head.i)
                cur = head.head
                continue
            if prep not in _LOC_PREPS and prep not in _WEAK_PREPS:
                return fallback
            if _is_place_noun(head.head) and head.head.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"}:
                # "at a park in Tokyo": the park's slot, or else the place's own ("employees of the
                # finance office in Taizz city")
                fallback = fallback or _Slot(head.head, prep, frozenset(path), modifier, frozenset(of_nouns), apposed)
                cur = head.head
                continue
            return _Slot(head.head, prep, frozenset(path), modifier, frozenset(of_nouns), apposed)
        if dep in {"compound", "nmod", "npadvmod", "amod", "poss"} and head.pos_ in {"NOUN", "VERB"}:
            prep = "people" if cur.i == tok.i and _is_people_noun(head) else "mod"
            return _Slot(head, prep, frozenset(path), modifier, frozenset(of_nouns), apposed)
        if dep == "dobj" and (head.lemma_.lower() in _MOTION or cur.i != tok.i):
            return _Slot(head, "obj", frozenset(path), modifier, frozenset(of_nouns), apposed)
        return fallback
    return fallback


def _locative_head(tok: Token) -> tuple[Token, str] | None:
    slot = _slot(tok)
    return (slot.head, slot.prep) if slot is not None else None


def _is_place_noun(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() in _PLACE_NOUNS


def _is_people_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _PEOPLE_NOUNS or tok.lower_ in _PEOPLE_NOUNS)


#: people told by what they do, whom a place's name before them tells apart ("Kisumu sugar cane farmers")
_GROUPS = frozenset({"farmer", "journalist", "student", "pupil", "teacher", "youth", "worker", "fisherman",
                     "herder", "herdsman", "pastoralist", "nurse", "doctor", "motorist", "operator", "driver",
                     "supporter", "protester", "demonstrator", "squatter", "vendor", "miner", "employee",
                     "lecturer", "lawyer", "parent", "elder", "activist", "voter", "worshipper", "family",
                     "businessman", "tenant", "landowner", "settler", "evictee", "woman"})


def _names_a_group(tok: Token) -> bool:
    """A name before a phrase of people it tells apart, however many words stand between ("Kisumu sugar cane
    farmers", "Nyeri matatu operators"), not a word of the language written with a capital ("Tea farmers
    protested", "Orange supporters")."""
    if in_dictionary(tok.lower_):
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in _GROUPS and head.i - tok.i <= 4


def _name_token(tok: Token) -> bool:
    """A capitalised word that can be (part of) a place name: a proper noun, or a name the tagger
    took for a common noun when it modifies people ("Eldoret residents")."""
    if not (tok.is_title or _titled_with_apostrophe(tok.text)):
        return False
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.dep_ == "compound" and (
        _is_people_noun(tok.head) or (
            # "Nigeria's Ogun state": a name before a region word, mid-sentence
            tok.head.lower_ in _REGION_WORDS and tok.head.i == tok.i + 1 and tok.i > tok.sent.start))
        and tok.lemma_.lower() not in _PLACE_NOUNS)


def _titled_with_apostrophe(text: str) -> bool:
    """'Murang'a', 'Ras al-Ma'mun': a capitalised name whose letters after an apostrophe are small."""
    first, _, rest = text.replace("\u2019", "'").partition("'")
    return bool(rest) and first.istitle() and rest.islower() and rest.isalpha()


def _kind_follows(tok: Token) -> bool:
    """The place noun a name modifies comes right after it, or after other nouns of its kind ("Gamba police
    station", "the Ein el-Hilweh refugee camp")."""
    between = tok.doc[tok.i + 1:tok.head.i]
    return all(t.pos_ == "NOUN" and t.dep_ == "compound" and t.head.i == tok.head.i and not t.is_title
               for t in between) and len(between) <= 2


def place_mentions(doc: Doc, sent: Span | None = None) -> list[Mention]:
    """Place names in a sentence (or the doc): GPE / LOC / FAC entities, and other proper names
    in a locative slot ("in Baragoi", tagged PERSON or untagged). Names after a comma are context."""
    area = sent if sent is not None else doc[:]
    spans: list[Span] = []
    area_ents = entities(doc, area)
    for ent in area_ents:
        if ent.label_ in _PLACE_LABELS:
            spans.append(_widened(doc, ent, area.start))
        elif (ent.label_ in _OTHER_NAME_LABELS and (ent.root.dep_ != "amod" or _names_a_city(ent))
              # (a name the tagger took for a common noun counts where it modifies people: "Mandera residents")
              and (ent.root.pos_ == "PROPN" or _name_token(ent.root))
              # ("former leader Aung San Suu Kyi": the first words of a longer name)
              and not (ent.label_ == "PERSON" and ent.root.dep_ == "compound" and ent.root.head.i >= ent.end
                       and all(t.pos_ == "PROPN" and t.is_title for t in doc[ent.end:ent.root.head.i + 1]))
              and not (ent.text.isupper() and ent.text.isalpha())  # "between AAS and JaS": a group's acronym
              # ("extremists from the Salafist Group for Preaching", "the 48th Special Forces Regiment": a body)
              and not (ent.label_ == "ORG" and any(t.lemma_.lower() in _BODY_NOUNS for t in ent))
              and (slot := _locative_head(ent.root)) is not None
              # ("the Bush administration": a person's name on a body or its term of office, not "the
              # Godhra incident", a place's name on an act)
              and not (ent.label_ == "PERSON" and slot[1] == "mod" and slot[0].lemma_.lower() in _TERMS_OF_OFFICE)):
            spans.append(_widened(doc, ent, area.start))
    spans = [part for span in spans for part in _split_at_marks(span)]
    # a name right after a place and a comma is that place's container, whatever its tag
    # ("Kotwali Nagar, Pratapgarh (UP)": Pratapgarh tagged a person)
    ends = {_past_kind_words(doc, s.end) for s in spans}
    for ent in area_ents:
        if (ent.label_ in _OTHER_NAME_LABELS and ent.start - 1 in ends and doc[ent.start - 1].text in {",", "("}
                and ent.root.pos_ == "PROPN" and not any(s.start == ent.start for s in spans)):
            spans.extend(_split_at_marks(ent))
    taken = {t.i for s in spans for t in s}
    ends = {_past_kind_words(doc, s.end) for s in spans}
    for tok in area:
        # (an untagged name in brackets after a place is its container: "in Bugabira commune (Kirundo)")
        bracketed = tok.i > 0 and doc[tok.i - 1].text == "(" and tok.i - 1 in ends and tok.pos_ == "PROPN"
        if (tok.i in taken or not _name_token(tok) or tok.ent_type_
                or (tok.dep_ == "compound" and not (_is_place_noun(tok.head) and _kind_follows(tok))
                    and not _is_people_noun(tok.head) and not _names_a_group(tok))
                or (_locative_head(tok) is None and not bracketed)):
            continue
        first = tok.i
        while first > area.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound" \
                and doc[first - 1].i not in taken:
            first -= 1
        spans.append(doc[first:tok.i + 1])
    spans, road_ends = _road_ends(doc, area, spans)
    # "Al" of "Al-Hosna" is not Ål in Norway: a name of one or two letters is not looked up
    spans = [s for s in spans if s.text.lower() not in _NOT_PLACES and (len(s.text) > 2 or s.text.isupper())
             and not _open_water(doc, s) and not _names_a_currency(s)]
    spans.sort(key=lambda s: s.start)
    out: list[Mention] = []
    skip: set[int] = set()
    for n, span in enumerate(spans):
        if span.start in skip:
            continue
        context: list[str] = []
        links: list[str] = []
        end = span.end
        named = _named_by_of(doc, span, spans[n + 1:])
        if named is not None:
            # "the West Bank town of Jenin": the town is Jenin, in the West Bank
            # (a suburb or a quarter is of a city, not a region: "the eastern Nairobi suburb of Kayole" is in
            # Nairobi city)
            of_city = doc[span.end].lemma_.lower() in _PARTS_OF_A_CITY
            out.append(Mention(named.start, named.end, named.text, (span.text,), named.label_,
                               ("of" if of_city else ",",)))
            skip.add(named.start)
            continue
        for nxt in spans[n + 1:]:
            if nxt.start in road_ends:
                break  # (the other end of a road is no container: "Nakuru, Eldoret highway")
            gap = end
            while gap < nxt.start and (doc[gap].lemma_.lower() in _PLACE_NOUNS | _AREA_WORDS
                                       or doc[gap].text in {")", "lga", "LGA"}):
                gap += 1  # "Nahri Saraj district, Helmand", "Abu Salim (Tripoli), ..."
            # ("Wadi area of Vadodara city", "Jaghuri district in Ghazni": a container after a kind word)
            kind = doc[gap - 1] if gap > end else doc[end - 1]
            # ("Bilozerka in Kherson oblast": a place in a named region)
            region_after = nxt.end < len(doc) and doc[nxt.end].lower_ in _REGION_WORDS - {"state", "department"}
            joiner = {",", "("} | ({"of", "in"} if kind.lemma_.lower() in _AREA_WORDS else set()) \
                | ({"in"} if region_after else set())
            # (not the subject of the next clause: "... off its east coast, Seoul said", "..., Japan's defence
            # ministry said")
            if nxt.start == gap + 1 and doc[gap].text in joiner and gap - end <= 2 \
                    and not _in_speaker(nxt.root):
                # (with the kind word after it when that says a town: "in Shujaayah neighbourhood of Gaza city"
                # is in the city, not in the Gaza Strip)
                town_after = nxt.end < len(doc) and doc[nxt.end].lower_ in {"city", "town"}
                context.append(doc[nxt.start:nxt.end + 1].text if town_after else nxt.text)
                # (a region named after "in" is marked so: "Maarrata in Aleppo province" is in the province)
                links.append(_IN_REGION if region_after and doc[gap].lower_ == "in" else doc[gap].text)
                skip.add(nxt.start)
                end = nxt.end
            else:
                break
        out.append(Mention(span.start, span.end, span.text, tuple(context), span.label_, tuple(links),
                           road_ends.get(span.start, 0)))
    return out


#: verbs of taking back ground
_WINNING_BACK = frozenset({"retake", "recapture", "regain", "liberate", "reclaim"})
#: acts done where the doer sits, whoever they are done to
_DONE_AT_HOME = frozenset({"summon", "expel", "deport", "sentence", "convict", "jail", "imprison", "try"})

#: last words of the names of seas and straits
_WATERS = frozenset({"sea", "ocean", "strait", "straits"})


#: words of a road named by the towns it joins ("the Meru-Embu highway")
_ROADS = frozenset({"road", "highway", "route", "bypass", "expressway", "railway"})


def _road_ends(doc: Doc, area: Span, spans: list[Span]) -> tuple[list[Span], dict[int, int]]:
    """'barricaded the Meru-Embu highway', 'along Nakuru, Eldoret highway': the two towns a road is named by,
    each a name of its own whatever the tagger made of them, and which end each is (by its first token)."""
    ends: dict[int, int] = {}
    for road in (t for t in area if t.lower_ in _ROADS and t.i >= area.start + 3):
        second_end = road.i
        second = second_end - 1
        while second > area.start and doc[second - 1].pos_ == "PROPN" and doc[second - 1].is_title:
            second -= 1
        mark = doc[second - 1] if second > area.start else None
        if mark is None or mark.text not in {"-", "–", ","} or not doc[second].is_title:
            continue
        first_end = mark.i
        first = first_end - 1
        while first > area.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
            first -= 1
        if first >= first_end or not all(t.is_title for t in doc[first:first_end]) or (
                first > area.start and doc[first - 1].text in {"-", "–"}):
            continue  # (a name of three hyphened parts is no road's two ends: "Sahm El Golan-Ash-Shajara road")
        if any(s.start < second_end and s.end > first and (s.start < first or s.end > second_end) for s in spans):
            continue  # (a name reaching past the road's own words: "Kisumu, Kenya" is no road's two ends)
        spans = [s for s in spans if s.end <= first or s.start >= second_end]
        spans += [doc[first:first_end], doc[second:second_end]]
        ends[first], ends[second] = 1, 2
    return spans, ends


def _road_slot(doc: Doc, m: Mention) -> _Slot | None:
    """Where the road a town's name names hangs ("blocked the Mombasa-Lunga Lunga road": the object), whatever
    the parser made of the name itself."""
    road = next((t for t in doc[m.end:m.end + 6] if t.lower_ in _ROADS), None)
    return (_slot(doc[road.i - 1]) if road is not None else None) or _slot(_root(doc, m))


def _names_a_city(ent: Span) -> bool:
    """'in Aleppo city', 'in PD12 of Herat city': a name the model took for a people's before "city" names the
    city (not "the Somali city of ...", a people's city named after it)."""
    head, doc = ent.root.head, ent.doc
    return (head.lower_ == "city" and head.i == ent.end and ent.root.pos_ == "PROPN"
            and not (head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "of"))


#: words of money a country's name may qualify
_CURRENCIES = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee", "ruble", "rouble", "lira", "dinar", "riyal",
                         "shilling", "naira", "rand", "peso", "franc", "currency"})


def _names_a_currency(span: Span) -> bool:
    """'the falling US dollar rate', 'the Lebanese pound': a country's name on its money is no place."""
    root, doc = span.root, span.doc
    after = doc[span.end].lemma_.lower() if span.end < len(doc) else ""
    return root.dep_ in {"compound", "nmod", "amod", "poss"} and (
        root.head.lemma_.lower() in _CURRENCIES or after in _CURRENCIES)


#: nouns a sea's name modifies as the sea's own
_SEA_THINGS = frozenset({"port", "coast", "coastline", "shore", "island", "islands", "fleet", "resort", "harbour",
                         "harbor", "waters", "neighbourhood", "neighborhood"})


def _open_water(doc: Doc, span: Span) -> bool:
    """'in the Red Sea': a sea, which the gazetteer knows only as the regions named after it (Sudan's Red Sea
    state)."""
    if doc[span.start].lower_ == "the" and span.end - span.start > 2 and doc[span.start + 2].lower_ == "of":
        return doc[span.start + 1].lower_ in _WATERS  # ("the Sea of Japan" drawn whole)
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in _WATERS:
        return True  # "the Sea of Japan", "the Strait of Hormuz": a sea, not Japan
    if doc[span.end - 1].lower_ in _WATERS and span.end < len(doc) and doc[span.end].lower_ in _SEA_THINGS:
        return True  # "Hodeidah Red Sea port city", "the Black Sea coast": the sea's port, not Sudan's Red Sea state
    return doc[span.end - 1].lower_ in _WATERS and (doc[span.start].lower_ == "the" or (
        span.start > 0 and doc[span.start - 1].lower_ == "the"))


def _named_by_of(doc: Doc, span: Span, later: list[Span]) -> Span | None:
    """The name after "<region> <town|city|village> of" ("the West Bank town of Jenin"), if so written."""
    if not later or span.end + 2 >= len(doc):
        return None
    kind, of = doc[span.end], doc[span.end + 1]
    nxt = later[0]
    # (not "in Kochkin village of Shakardara district", "in Dogankoy village of Pervari, Siirt": a village and
    # the district it is in, as reports of incidents write them)
    # ("the eastern Algiers suburb of Oued Kniss": words describing the place may stand after "the")
    before = span.start - 1
    while before > 0 and doc[before].pos_ == "ADJ" and doc[before].dep_ == "amod":
        before -= 1
    if (kind.lemma_.lower() in _OF_NAMED and of.lower_ == "of" and nxt.start == span.end + 2
            and before >= 0 and doc[before].lower_ == "the" and span.label_ in {"GPE", "LOC"}
            and not (nxt.end < len(doc) and (doc[nxt.end].lemma_.lower() in _KIND_WORDS or doc[nxt.end].text == ","))):
        return nxt
    return None


def _placed(doc: Doc, m: Mention) -> bool:
    """A name the sentence uses as a place: in a locative slot, or in brackets after one ("fell in As
    Sabaa (Tripoli)", "in Gashoho commune (Muyinga)")."""
    return _locative_head(_root(doc, m)) is not None or (m.start > 0 and doc[m.start - 1].text == "(")


def _slot_of_the_act(doc: Doc, m: Mention, trigger: Token) -> bool:
    """A place phrase of the trigger, or of what it acts on ("abducted pupils from a school in Kebbi state"),
    not of a cause or a description ("over conflicts in Aceh", "Xinjiang-related")."""
    slot = _slot(_root(doc, m))
    if slot is None or slot.prep in {"mod", "people"}:
        return False
    head = slot.head
    return head.i == trigger.i or head.head.i == trigger.i or (
        head.head.dep_ == "prep" and head.head.head.i == trigger.i)


def _act_told_before(doc: Doc, trigger: Token, kept: list[Candidate], cand: Candidate) -> Place | None:
    """The place of the act an anaphor in the subject refers to ("The attack killed five people" after
    "Russian forces struck Kharkiv"): the nearest placed act of the same type before it, in its sentence or the
    one before."""
    subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ not in EVENT_ANAPHORS or not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subject.children):
        return None
    here = sentence_of(doc, trigger.i)
    before = [c for c in kept if c.trigger_i < subject.i and c.location is not None and c is not cand
              and c.rule.event_type == cand.rule.event_type and here - sentence_of(doc, c.trigger_i) <= 1]
    return before[-1].location if before else None


def _hangs_on_the_act(doc: Doc, m: Mention, trigger: Token) -> bool:
    """A place phrase within the act's own words ("killed 12 soldiers in an attack on a post in northern
    Burkina Faso"), not of a cause or a description of someone ("Lebanese", "over the dollar in the US")."""
    root = _root(doc, m)
    # (the name itself after the preposition, not a word on another noun: "near the Kenya-Somalia border",
    # "the village of Kosovo")
    if root.dep_ != "pobj" or (root.head.lower_ == "of" and root.head.head.lemma_.lower() in _OF_NAMED):
        return False
    slot = _slot(root)
    return slot is not None and slot.prep in _WHERE_PREPS and (
        _slot_of_the_act(doc, m, trigger) or _within(slot.head, trigger, limit=6) is not None)


def _names_the_speaker(doc: Doc, m: Mention) -> bool:
    """A name in the subject of a verb of saying ("..., South Korea's military said"): who tells of the act,
    not where it happened."""
    return _in_speaker(_root(doc, m))


def _in_speaker(tok: Token) -> bool:
    """The word is in the subject of a verb of saying."""
    for _ in range(6):
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            return tok.head.lemma_.lower() in _SAYING
        if tok.head.i == tok.i or tok.head.pos_ in {"VERB", "AUX"}:
            return False
        tok = tok.head
    return False


#: prepositions that tell where an act happened (not whither: "deported to Honduras", "blows to the US")
_WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "within", "throughout",
                          "along", "off"})

#: verbs of saying, whose subject tells of an act
_SAYING = frozenset({"say", "tell", "report", "announce", "state", "claim", "add", "confirm", "allege"})


def _past_kind_words(doc: Doc, end: int) -> int:
    """The end of a place name with the kind words after it ("Cuauhtemoc municipality")."""
    while end < len(doc) and doc[end].lemma_.lower() in _KIND_WORDS:
        end += 1
    return end


def _split_at_marks(span: Span) -> list[Span]:
    """An entity the model drew across a comma or bracket ("Santa Fe, Ocotepeque", "Bambofa (Dori,
    Seno"): its parts, each a name (the later ones become the first one's context)."""
    parts: list[Span] = []
    start = span.start
    for tok in span:
        if tok.text in {",", "(", ")"}:
            if tok.i > start:
                parts.append(span.doc[start:tok.i])
            start = tok.i + 1
    if start < span.end:
        parts.append(span.doc[start:span.end])
    return parts if len(parts) > 1 else [span]


def _widened(doc: Doc, ent: Span, floor: int) -> Span:
    """The entity with the capitalised name words the model left out before it ("Ol" of "Ol Kalou"),
    and after it through a name's small words ("Foz" of "Foz do Iguacu", "Gracias" of "Gracias a Dios")."""
    first = ent.start
    while (first > floor and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title
           and not doc[first - 1].ent_type_ and doc[first - 1].dep_ == "compound"
           and doc[first - 1].head.i in range(ent.start, ent.end)):
        first -= 1
    end = ent.end
    while (end + 1 < len(doc) and doc[end].lower_ in _NAME_JOINERS and doc[end].is_lower
           and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ != "DATE"):
        end += 2
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].ent_type_ != "DATE":
            end += 1
    return doc[first:end] if (first, end) != (ent.start, ent.end) else ent


def _within(tok: Token, top: Token, limit: int = 4) -> int | None:
    """Steps from tok up to top, if top is above it (not crossing another clause's verb)."""
    cur = tok
    for steps in range(limit):
        if cur.i == top.i:
            return steps
        if cur.head.i == cur.i:
            return None
        if steps and cur.pos_ in {"VERB", "AUX"}:
            return None
        cur = cur.head
    return None


def _patient_of(tok: Token, trigger: Token) -> int | None:
    """Steps from a name up to the trigger's passive subject, if it lies in it ("Baghdad was bombed",
    "Australia's embassy in Jakarta was bombed")."""
    cur = tok
    for steps in range(5):
        if cur.dep_ == "nsubjpass" and cur.head.i == trigger.i:
            return steps
        if cur.head.i == cur.i or cur.head.pos_ in {"VERB", "AUX"}:
            return None
        cur = cur.head
    return None


def _described(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The name lies in a phrase set off by a comma after another place, describing it ("Dura, south
    of Baghdad"; "Khost, an al-Qaida hotbed in eastern Afghanistan"): the other name is the event's."""
    for o in mentions:
        if o is m or o.end >= m.start or m.start - o.end > 9 or doc[o.end].text != ",":
            continue
        between = doc[o.end + 1:m.start]
        if len(between) and all(t.pos_ not in {"VERB", "AUX", "PUNCT", "CCONJ", "PRON"} or t.tag_ == "VBN"
                                for t in between) and between[-1].pos_ in {"ADP", "ADJ", "DET"}:
            return o
    return None


def _governors(trigger: Token, limit: int = 3) -> list[Token]:
    return governors(trigger, _CLAUSE_UP, limit)


def rank_mentions(doc: Doc, trigger: Token, mentions: list[Mention], *, loose: bool = True) -> list[Mention]:
    """The sentence's place mentions, best first, for the event of ``trigger``.

    Tiers: 0 attached to the trigger; 1 to its arguments; 2 to its governing
    clause or inside its phrase; 3 any other locative phrase; 4 (``loose``) any other name.
    """
    governors = _governors(trigger)
    arguments = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass", "nsubj", "attr", "agent", "prep"}]
    arguments += [g for a in arguments if a.dep_ in {"prep", "agent"} for g in a.children if g.dep_ == "pobj"]
    slots = {m: _road_slot(doc, m) if m.road_end else _slot(_root(doc, m)) for m in mentions}
    scored: list[tuple[float, int, int, float, Mention]] = []
    for m in mentions:
        root = _root(doc, m)
        slot = slots[m]
        distance = abs(root.i - trigger.i)
        if slot is None:
            patient = _patient_of(root, trigger) if m.label in _PLACE_LABELS else None
            if patient is not None:
                scored.append((1, 0, patient, distance, m))  # "Baghdad was bombed"
            elif loose and root.i != trigger.i:
                scored.append((4, 0, 0, distance, m))
            continue
        head, prep = slot.head, slot.prep
        weak = 1 if prep in _WEAK_PREPS else 0
        if prep == "mod" and head.i != trigger.i:
            # "U.S. forces", "the Syrian army's positions": a name modifying another noun is rarely the place
            if loose:
                scored.append((4, 1, 0, distance, m))
            continue
        if head.i == trigger.i:
            tier = 0 + weak
        elif any(head.i == a.i for a in arguments):
            tier = 1 + weak
        elif any(head.i == g.i for g in governors[:2]) or _within(head, trigger) is not None:
            tier = 2
        else:
            tier = 3
        # "X in Y": Y climbs through X, so X is the more specific place
        contained = any(o is not m and o_slot is not None and any(t in slot.path for t in range(o.start, o.end))
                        for o, o_slot in slots.items())
        # "Hama's Hamidiyeh neighborhood": of two names modifying one noun, the nearer one is the place
        contained = contained or any(
            o is not m and _root(doc, o).head.i == root.head.i and root.i < _root(doc, o).i < root.head.i
            and root.dep_ in {"poss", "compound", "nmod", "amod"} for o in mentions)
        # "the Findik region of Sirnak": the name after "of" is the region's container
        contained = contained or any(
            o is not m and _root(doc, o).head.i in slot.of_nouns
            and _root(doc, o).dep_ in {"compound", "amod", "nmod"}
            and _root(doc, o).head.lemma_.lower() not in _OF_NAMED
            for o in mentions)
        # (a town with its district and state in brackets, "Siliguri town (Darjeeling district, ...)": a later name
        # in the bracket is its container; the first may be nearer than the town, its district)
        contained = contained or (slot.apposed and m.start > 0 and doc[m.start - 1].text == ",")
        if m.road_end:
            # (a road is named by the towns it joins, the first where it was blocked, but a place named with it is
            # where: "blocked the Quba-Baku highway in Sumqayit", "youths in Meru barricaded the Meru-Embu road")
            tier = max(tier, 3) + m.road_end / 10
        scored.append((tier, int(contained), int(slot.modifier), distance, m))
    # "Dura, south of Baghdad": a place describing another comes right after it
    keys = {x[-1]: x[:4] for x in scored}
    for n, x in enumerate(scored):
        o = _described(doc, x[-1], mentions)
        if o is not None and o in keys and keys[o] > x[:4]:
            scored[n] = (keys[o][0], keys[o][1], keys[o][2], keys[o][3] + 0.5, x[-1])
    scored.sort(key=lambda x: x[:4])
    return [x[-1] for x in scored]


#: "Saudi-led", "Iranian-backed": a country written as leading or backing a force
_BACKING = frozenset({"led", "backed", "sponsored", "supported", "funded", "allied", "aligned"})


class PlaceResolver:
    """Resolves mentions to GeoNames entries; holds no per-document state."""

    def __init__(self, gazetteer: Gazetteer, kb: KnowledgeBase) -> None:
        self.gaz = gazetteer
        self.kb = kb

    def _names_body(self, text: str) -> bool:
        """Whether the text is the name of a body the country table knows (a group, an institution)."""
        actor = self.kb.match_country(text.replace("’", "'"))
        return actor is not None and actor.kind in _BODIES and not actor.ambiguous

    def entries(self, text: str) -> list[GeoEntry]:
        text = _THE.sub("", text)  # "the Central Bank" is looked up as "Central Bank"
        if self._names_body(text):
            return []  # "between Hamas and Israel": a body the tables know is no place (not Hamm)
        words = text.split()
        if _side_of_a_unit(text):
            return []
        found = self.gaz.lookup(text)
        if not found and len(words) > 1 and words[-1].lower() in _KIND_WORDS \
                and " ".join(words[:-1]).lower() not in _NOT_PLACES:
            # "Rathedaung Township", "Kolofata town", "Donetsk Airport": the name without its kind
            # (not "Central" of "the Central Zone")
            found = self.gaz.lookup(" ".join(words[:-1]))
            if words[-1].lower() in _REGION_WORDS:  # "Lamu county": the county, not its town
                found = [e for e in found if e.kind == "admin1"] or found
        if not found and _ends_with_two_word_kind(words):
            # "Muhoroni Sub County", "Nyangore Sub Location": the name without its two-word kind
            words = words[:-2]
            found = self.gaz.lookup(" ".join(words))
        if not found and len(words) == 2 and words[1].lower() in _SIDE_WORDS and words[0].lower() not in _NOT_PLACES:
            # "Bomet Central", "Samburu West Sub County": a constituency named after its town or county and a
            # side (not "Central Bank"): the town or region itself, never a namesake abroad chosen by a side word
            found = [e for e in self.gaz.lookup(words[0]) if e.kind in {"city", "admin1"}]
        if not found and len(words) > 2 and any(w in _NAME_JOINERS for w in words[1:-1]):
            # "Zamboanga del Norte", a province the gazetteer lacks: the name before the small word
            head = next(n for n, w in enumerate(words) if n > 0 and w in _NAME_JOINERS)
            found = self.gaz.lookup(" ".join(words[:head]))
        if not found and len(words) > 1 and words[0].lower() in _SIDE_WORDS:
            # "Northern Iraq", "southern Syria": a side of a country or region (not "Central Bank")
            found = [e for e in self.gaz.lookup(" ".join(words[1:])) if e.kind in {"country", "admin1"}]
        if not found and (len(words) > 1 or "-" in text):
            found = self._known_part(words)
        match = self.kb.match_country(text.replace("’", "'"))
        if match is not None and match.kind == "name" and not any(e.kind == "country" for e in found):
            country = self.gaz.country(match.code)
            if country is not None:
                found = [country, *found]
        return found

    def _known_part(self, words: list[str]) -> list[GeoEntry]:
        """A name the gazetteer lacks that starts with a well-known place, a possessive written without its
        apostrophe ("Nairobis Maziwa area", "Kenyas Lamu": the place after it if known, else the first); or,
        for a name joined by a hyphen, the place its first part is named ("Zolote-4", "Mogadishu-Hodan district",
        "the Kurukshetra-Yamunanagar road"), not one known by that name as another ("Malaba" is not Malabo)."""
        first = words[0]
        if first.lower() in _NOT_PLACES:
            return []
        if first.endswith("s") and len(first) > 4:
            owner = [e for e in self.gaz.lookup(first[:-1]) if _well_known(e)]
            if owner:
                if owner[0].kind == "city":
                    return owner
                inner = [e for e in self.gaz.lookup(" ".join(words[1:])) if e.country == owner[0].country]
                return inner or owner
        head = first.split("-")[0]
        if "-" in first and len(head) > 3:
            return [e for e in self.gaz.lookup(head) if _same_name(e.name, head)]
        return []

    def resolve(self, doc: Doc, m: Mention, countries: frozenset[str],
                areas: tuple[GeoEntry, ...] = (), *, armed_homes: frozenset[str] = frozenset()) -> GeoEntry | None:
        """The best entry for a mention; a name the gazetteer lacks falls back to the wider place
        written after it ("Zholobok, Luhansk": Luhansk), then to the names inside a mention the
        model drew too wide ("Kilifi county", "the Old Town road in Malindi (Shela"). ``areas``:
        regions the whole text is about, read as if written after every name (a mission's regions).
        ``armed_homes``: those of ``countries`` known only as armed groups' homes, which favour their
        places but do not rule out a small place elsewhere ("Al Shabaab raided a camp in Lamu")."""
        names = (m.text, *m.context)
        for n, name in enumerate(names):
            found = self.entries(name)
            if m.road_end:
                found = _by_own_name(found, name)  # ("the Malaba-Eldoret road": no Malabo)
            if found:
                # (a name repeated in brackets says nothing: "Hyderabad city (Hyderabad, Sindh)", unless it is
                # the region of that name: "Marib city (Marib)", the governorate)
                after = [text for text in names[n + 1:] if name_key(text) != name_key(name)
                         or any(e.kind == "admin1" for e in self.entries(text))]
                # (a name written after means the place of that name, not one known by it as another
                # name: "Caracas" is not Bahía de Caráquez)
                looked_up = [(text, _by_own_name(self.entries(text), text)) for text in after]
                context = [e for _, found_after in looked_up for e in found_after] + list(areas)
                veto = [e for text, found_after in looked_up for e in found_after if _says_country(e, text)]
                # a name written after a place and a comma is its container, most often a region
                region_word = (n > 0 and m.links[n - 1] in _REGION_LINKS | {_IN_REGION}) or (
                    m.end < len(doc) and doc[m.end].lower_ in _REGION_WORDS)
                best = self._best(found, context, countries, region_word, written=name, veto=veto,
                                  armed_homes=armed_homes)
                if best is not None:
                    strict = len(m.links) > n and m.links[n] not in _REGION_LINKS
                    return self._within_container(best, found, tuple(after), countries, strict=strict)
        if self._names_body(m.text) or _side_of_a_unit(m.text):
            return None  # ("raiding Al-Shabab fighters": no place called Shabab either)
        return self._inner(doc, m, countries, areas, armed_homes=armed_homes)

    def _within_container(self, best: GeoEntry, found: list[GeoEntry], after: tuple[str, ...],
                          countries: frozenset[str], *, strict: bool = False) -> GeoEntry:
        """'Pisky, Donetsk', 'Esperanza, Agusan del Sur': the name written after a place contains it.
        If no place of that name lies in it, the container itself is the best the gazetteer knows.
        ``strict``: the container was written as one ("Ratnapur locality in Gulariya Municipality"), so
        a namesake in another country is not the place either."""
        if not after:
            return best
        found_after = self.entries(after[0])
        if strict and not any(c.country == best.country for c in found_after):
            context = [e for text in after[1:] for e in self.entries(text)]
            return (self._best(found_after, context, countries, False) or best) if found_after else best
        containers = [c for c in found_after if c.country == best.country]
        if not containers or any(_inside(best, c) for c in containers):
            return best  # (a container only in another country is a namesake: "Brasilia, Distrito Federal")
        inside = [e for e in found if any(_inside(e, c) for c in containers)]
        if inside:
            return max(inside, key=lambda e: e.population)
        context = [e for text in after[1:] for e in self.entries(text)]
        # (a name written after a country is a part of it, most often a region: "in northwestern Yemen (Al
        # Jawf)" is the governorate, not a town of that name)
        return self._best(containers, context, countries, best.kind == "country") or best

    def _inner(self, doc: Doc, m: Mention, countries: frozenset[str],
               areas: tuple[GeoEntry, ...] = (), *, armed_homes: frozenset[str] = frozenset()) -> GeoEntry | None:
        span = doc[m.start:m.end]  # ("Lamu county" is looked up without its kind word by entries)
        runs: list[str] = []
        current: list[Token] = []
        for tok in span:
            if tok.pos_ == "PROPN" and tok.lower_ not in _REGION_WORDS and tok.is_alpha:
                current.append(tok)
                continue
            if current:
                runs.append(doc[current[0].i:current[-1].i + 1].text)
            current = []
        if current:
            runs.append(doc[current[0].i:current[-1].i + 1].text)
        # not "Al" of "Al-Hosna", nor "Court" of "the Court of First Instance"
        runs = [run for run in runs if len(run) > 2 and run.lower() not in _NOT_PLACES]
        if len(runs) < 2 and (not runs or runs[0] == m.text):
            return None
        entries = [(run, self.entries(run)) for run in runs]
        resolved = [(run, found) for run, found in entries if found]
        for n, (run, found) in enumerate(resolved):
            context = [e for _, later in resolved[n + 1:] for e in later]
            context += [e for text in m.context for e in self.entries(text)]  # "(Dessa, Tillabery"
            context += areas
            best = self._best(found, context, countries, False, written=run, armed_homes=armed_homes)
            if best is not None:
                return best
        return None

    @staticmethod
    def _best(found: list[GeoEntry], context: list[GeoEntry], countries: frozenset[str],
              region_word: bool, written: str | None = None,
              veto: list[GeoEntry] | None = None, *, armed_homes: frozenset[str] = frozenset()) -> GeoEntry | None:
        def score(e: GeoEntry) -> float:
            s = math.log10(e.population + 10)
            if e.kind == "country":
                s += 4
            elif e.kind == "admin1":
                s += 3 if region_word else -1.5
            if e.country in countries:
                s += 3
            best = 0.0
            for c in context:
                if c.country != e.country:
                    continue
                same_region = c.admin1 is not None and c.admin1 == e.admin1
                best = max(best, 6.0 if c.kind == "country" or same_region else 2.0)
            return s + best

        best = max(found, key=score)
        veto = context if veto is None else veto
        # a city of millions is what its name means even before a same-named region elsewhere
        # ("Brasilia, Distrito Federal"); a smaller one is a namesake ("Santa Fe, Ocotepeque")
        well_known = (written is not None and name_key(best.name) == name_key(written)
                      and best.population >= _WELL_KNOWN_POPULATION)
        if veto and best.kind != "country" and not well_known and not any(c.country == best.country for c in context):
            # "Gaigorou (Dessa, Tillabery)": the name written after says which country; a namesake in
            # another (Dessie, Ethiopia, by an alternate name) is not the place
            return None
        confirmed = best.kind == "country" or best.country in countries or any(
            c.country == best.country for c in context)
        firm = countries - armed_homes
        if (not confirmed and written is not None and best.kind == "city" and not _like_name(best.name, written)
                and (firm or len(loose_key(name_key(_bare(written)))) <= 4)):
            # "Bala" in an Afghan story is no Basel (one of Basel's other names); nor is a short name
            # whatever the story: "an operation in Boni forest" is not in Bonn
            return None
        # (a first-level region no other place shares a name with is that region, wherever the doers come from:
        # "US troops clashed with militants in Kunar")
        sole_region = best.kind == "admin1" and len(found) == 1
        if (not confirmed and best.population < _FOREIGN_MIN_POPULATION and not _seat_of_its_region(best, found)
                and not sole_region):
            if firm:
                return None  # a small namesake abroad ("Chora" in Greece for an Afghan district)
            if written is not None and best.kind == "city" and not _same_name(best.name, written):
                # known by that name only as one of its alternate names ("Mutha" for Müden); a region
                # of the name is the place ("Ocotepeque": the department, not Nueva Ocotepeque)
                named = [e for e in found if e.kind == "city" and _same_name(e.name, written)]
                regions = [e for e in found if e.kind == "admin1"]
                return max(named or regions, key=score) if named or regions else None
        return best


def _ends_with_two_word_kind(words: list[str]) -> bool:
    """'Muhoroni Sub County': a name followed by a kind written in two words."""
    return len(words) > 2 and " ".join(words[-2:]).lower() in _TWO_WORD_KINDS


def _side_of_a_unit(text: str) -> bool:
    """'Samburu West Sub County' tagged as two names: "West Sub County" is no place of its own."""
    words = text.split()
    return len(words) > 2 and words[0].lower() in _SIDE_WORDS and words[1].lower() == "sub"


def _well_known(e: GeoEntry) -> bool:
    """A country, a first-level region or a city of at least 50,000 people."""
    return e.kind in {"country", "admin1"} or e.population >= 50_000


def _seat_of_its_region(city: GeoEntry, found: list[GeoEntry]) -> bool:
    """'Russian forces pulled out of Kherson': a town that gives its name to a populous region of its
    country is that region's seat, known abroad whatever its own size."""
    return city.kind == "city" and any(
        e.kind == "admin1" and e.country == city.country and e.population >= _FOREIGN_MIN_POPULATION
        and name_key(e.name) == name_key(city.name) for e in found)


def _same_name(name: str, written: str) -> bool:
    """The place's own name, spelt as written or otherwise ("Baramulla" for Bāramūla), not one of
    its alternate names."""
    return loose_key(name_key(name)) == loose_key(name_key(_bare(written)))


def _by_own_name(found: list[GeoEntry], written: str) -> list[GeoEntry]:
    """The places called by the written name itself, if any; else all."""
    return [e for e in found if e.kind != "city" or _like_name(e.name, written)] or found


def _bare(written: str) -> str:
    """A written name without the kind word after it ("Kathua city": "Kathua", "Muhoroni Sub County":
    "Muhoroni") or the side of a constituency named after its town ("Bomet Central": "Bomet")."""
    written = re.sub(r"-\d+$", "", written)  # "Zolote-4", a numbered settlement of a town
    words = written.split()
    if _ends_with_two_word_kind(words):
        words = words[:-2]
        written = " ".join(words)
    return " ".join(words[:-1]) if len(words) > 1 and (
        words[-1].lower() in _KIND_WORDS or (len(words) == 2 and words[-1].lower() in _SIDE_WORDS)) else written


def _like_name(name: str, written: str) -> bool:
    """The place's own name or a transliteration of it ("Al Hasakah" for "al-Hasakeh"), not another
    name it is also known by ("Basel" for "Bala")."""
    if _same_name(name, written):
        return True
    key, own = loose_key(name_key(_bare(written))), loose_key(name_key(name))
    # (a short name one consonant off is another name: "Boni" in Mali is not Bonn; "Hama" is Hamah)
    if len(key) <= 4:
        return _skeleton(key) == _skeleton(own)
    return difflib.SequenceMatcher(None, own, key).ratio() >= 0.75


def _skeleton(key: str) -> str:
    """A name with its h's dropped and any vowel for another ("Hama" and Hamah, "Homs" and Hims)."""
    return re.sub(r"[aeiouy]", "a", key.replace("h", ""))


def _says_country(e: GeoEntry, written: str) -> bool:
    """Whether a name written after a place tells its country: a country or region, or a city known
    by that very name ("Seno" is no tiny Spanish hamlet or a Lao town's alternate name)."""
    return e.kind in {"country", "admin1"} or (name_key(e.name) == name_key(written) and e.population >= 1_000)


#: a place within this distance of a city written after it is "in" that city
_NEAR_KM = 100.0


def _inside(e: GeoEntry, container: GeoEntry) -> bool:
    """Whether a place lies in a country, a first-level region, or near a city."""
    if e.country != container.country:
        return False
    if container.kind == "country":
        return True
    if container.kind == "admin1":
        return e.kind == "admin1" and e.geonameid == container.geonameid or e.admin1 == container.name
    return (e.admin1 is not None and e.admin1 == container.admin1) or km_between(e.lat, e.lon, container.lat, container.lon) <= _NEAR_KM


def to_place(entry: GeoEntry, country: str | None = None) -> Place:
    """The place of a gazetteer entry; ``country`` overrides its (today's) country, for the state it
    was in on the article's date."""
    return Place(name=entry.name, country=country or entry.country, admin1=entry.admin1, lat=entry.lat,
                 lon=entry.lon, geonameid=entry.geonameid, precision=entry.kind)


class PlaceStage:
    def __init__(self, resolver: PlaceResolver) -> None:
        self.resolver = resolver
        #: nouns of the trigger lexicon ("raid", "attack"), which an event may refer back to
        self.event_nouns = frozenset(lemma for lemma, pos in load_lexicon().rules if pos == "NOUN")

    def _named_countries(self, doc: Doc) -> tuple[set[str], set[str]]:
        """Countries the text names (GPE and NORP entities), and those named only as leading or backing
        others ("Saudi-led coalition")."""
        leaders: set[str] = set()
        named: set[str] = set()
        for ent in entities(doc):
            if ent.label_ in {"GPE", "NORP"} and ent.root.head.lemma_.lower() not in COUNTRY_THINGS:
                # (not "the high US dollar exchange rate")
                match = self.resolver.kb.match_country(ent.text.replace("’", "'"))
                if match is not None and match.kind != "people" and not (  # (a people may live in several states)
                        match.kind == "institution" and match.sector in ARMED_GROUPS):
                    after = doc[ent.end:ent.end + 2]
                    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in _BACKING:
                        leaders.add(match.code)
                    else:
                        named.add(match.code)
        return named, leaders

    def _doc_countries(self, doc: Doc, kept: list[Candidate], named: set[str], leaders: set[str]) -> frozenset[str]:
        """The countries that tell the text's places apart: its actors' and those it names (``named``,
        ``leaders``: from ``_named_countries``)."""
        codes = {a.country for c in kept for a in c.sources + c.targets if a.country}
        # a coalition's leader or a force's backer fights elsewhere: its country tells no places apart
        codes = (codes - (leaders - named)) | named
        # a mission's reports are about the country it works in ("the OSCE SMM observed ...": Ukraine)
        codes |= self.resolver.kb.mission_countries(doc_text(doc))
        # a body's code (OSCE, UN) is no country to tell places apart by
        return frozenset(c for c in codes if self.resolver.gaz.country(c) is not None)

    @staticmethod
    def _armed_homes(kept: list[Candidate], named: set[str]) -> frozenset[str]:
        """Countries the text knows only as armed groups' homes: where a group comes from, not necessarily
        where it fights ("Al Shabaab raided a police camp in Lamu"). ``named``: the countries it names."""
        actors = [a for c in kept for a in c.sources + c.targets if a.country]
        armed = {a.country for a in actors if a.sector in ARMED_GROUPS}
        firm = {a.country for a in actors if a.sector not in ARMED_GROUPS} | named
        return frozenset(armed - firm)

    def _mission_areas(self, doc: Doc) -> tuple[GeoEntry, ...]:
        """The regions the missions the text names report from ("the OSCE SMM observed ...": Donetsk and
        Luhansk), as gazetteer regions."""
        wanted = self.resolver.kb.mission_regions(doc_text(doc))
        return tuple(e for country, region in sorted(wanted) for e in self.resolver.gaz.lookup(region)
                     if e.kind == "admin1" and e.country == country)

    def _people_named(self, doc: Doc, m: Mention) -> bool:
        """'Garre militia attacks Degodia herdsman': a people's name (or a country's adjective) is no place
        (Garre in France) unless the text puts it in a place's slot ("in Turkana", "Turkana County")."""
        match = self.resolver.kb.match_country(m.text)
        if m.road_end or match is None or (match.kind not in {"people", "adjective"} and m.label != "NORP"):
            return False  # (also "Saudi" of "Saudi-led coalition air raids": a country's adjective)
        root = _root(doc, m)
        slot = _slot(root)
        # ("Garre militia", "the Degodia clan": a modifier of people, no place)
        return not (_is_place_noun(root.head) and root.dep_ == "compound") and (slot is None or slot.prep == "mod")

    def _unambiguous_countries(self, doc: Doc) -> frozenset[str]:
        """An article that names no country ("clashes in Likoni, Mombasa"): the country of the
        place names it uses that exist in one country only, to tell its other places apart."""
        codes: set[str] = set()
        for m in place_mentions(doc):
            # a name that is only some village's alternate name ("Mutha" for Müden) says nothing
            key = name_key(m.text)
            found = [e for e in self.resolver.entries(m.text) if e.kind != "city" or name_key(e.name) == key]
            if found and len({e.country for e in found}) == 1:
                codes.add(found[0].country)
        return frozenset(codes) if len(codes) == 1 else frozenset()

    def _countries_of_any_place(self, doc: Doc) -> frozenset[str]:
        """Every country in which some place the text names (or names as a container) may lie."""
        return frozenset(e.country for m in place_mentions(doc) for name in (m.text, *m.context)
                         for e in self.resolver.entries(name))

    def __call__(self, doc: Doc) -> Doc:
        kept = [c for c in doc._.candidates or [] if c.kept]
        if not kept:
            return doc
        date = doc._.document.date if doc._.document is not None else None
        named, leaders = self._named_countries(doc)
        countries = self._doc_countries(doc, kept, named, leaders)
        # (a group's home in which a place the text names may lie is where it fights: "Taliban militants
        # ambushed policemen in Pul-e Khumri district, Baghlan")
        armed_homes = self._armed_homes(kept, named) & countries
        if armed_homes:
            armed_homes -= self._countries_of_any_place(doc)
        areas = self._mission_areas(doc)
        if not countries:
            countries = self._unambiguous_countries(doc)
        breaks = [m.end() for m in _PARAGRAPH.finditer(doc_text(doc))]
        sents = sentences(doc)
        by_sentence: dict[int, list[Mention]] = {}
        resolved: dict[tuple[int, int], GeoEntry | None] = {}

        def mentions(n: int) -> list[Mention]:
            if n not in by_sentence:
                by_sentence[n] = [m for m in place_mentions(doc, sents[n]) if not self._people_named(doc, m)]
            return by_sentence[n]

        found_acts: list[dict[str, list[int]]] = []

        def acts_at() -> dict[str, list[int]]:
            if not found_acts:
                found_acts.append(_noun_positions(doc, self.event_nouns))
            return found_acts[0]

        def entry(m: Mention) -> GeoEntry | None:
            key = (m.start, m.end)
            if key not in resolved:
                resolved[key] = self.resolver.resolve(doc, m, countries, areas, armed_homes=armed_homes)
            return resolved[key]

        for cand in kept:
            trigger = doc[cand.trigger_i]
            # (not a group's home the text knows it by only: "police shot dead an Al Shabaab member ... his
            # hideout in Bamburi" is in Kenya)
            actor_countries = {a.country for a in cand.sources + cand.targets if a.country} - armed_homes

            def fits(e: GeoEntry | None, strict: bool) -> bool:
                return e is not None and (not strict or not actor_countries or e.country in actor_countries)

            def nearest(pool: list[Mention]) -> GeoEntry | None:
                return entry(min(pool, key=lambda m: abs(m.start - trigger.i))) if pool else None

            n = sentence_of(doc, trigger.i)
            found = None
            ranked = [(m, e) for m in rank_mentions(doc, trigger, mentions(n), loose=False)
                      if fits(e := entry(m), False)]
            if ranked:
                found = ranked[0][1]
                # (a country only when written as the place itself, not as the container of an unknown name:
                # "in Rafi LGA (Niger)", Nigeria's Niger state)
                cand.location_of_act = _hangs_on_the_act(doc, ranked[0][0], trigger) and not (
                    found.kind == "country" and ranked[0][0].context)
                if found.kind == "country":
                    # "abducted pupils from a school in Kebbi state in northwestern Nigeria": a place inside the
                    # country that hangs in the event's clause too
                    found = next((e for m, e in ranked[1:] if e.kind != "country" and e.country == found.country
                                  and _slot_of_the_act(doc, m, trigger)), found)
            if found is None:
                paragraph = bisect.bisect_right(breaks, trigger.idx)
                nearby = [k for k in range(len(sents)) if bisect.bisect_right(breaks, sents[k].start_char) == paragraph]
                found = nearest([m for k in nearby for m in mentions(k) if _placed(doc, m) and fits(entry(m), True)])
            if found is None and not cand.targets:
                # "coalition jets struck Sirwah district": no one hit is named, so the
                # attacker's country says nothing of where; a place its sentence puts the event in (not a
                # name that only describes people or things: "..., South Korea's military said")
                found = nearest([m for m in mentions(n) if _placed(doc, m) and entry(m) is not None
                                 and not _names_the_speaker(doc, m)])
            if found is None:
                # a place of the actors' country named anywhere in the sentence is nearer the truth than the
                # country ("hit a militia supply lorry outside Gharyan")
                found = nearest([m for m in mentions(n) if fits(entry(m), True) and entry(m).kind != "country"])
            if found is None and (told := _act_told_before(doc, trigger, kept, cand)) is not None:
                # "Russian forces struck Kharkiv overnight. The attack killed five people": where that act was
                cand.location = told
                continue
            if found is None:
                # "two men died during a raid by Russian police" after "police raids in Yekaterinburg": the act
                # the article placed before
                found = next((e for tok in _acts_told_before(doc, trigger, sents[n].start, acts_at(), self.event_nouns)
                              for m in rank_mentions(doc, tok, mentions(sentence_of(doc, tok.i)), loose=False)
                              if (e := entry(m)) is not None and e.kind != "country" and fits(e, True)), None)
            if found is None:
                # (ground won back lies in the winner's land: "Ukrainian forces recaptured the village from
                # Russian troops")
                won_back = "+taken-from" in cand.role_rule and cand.rule.lemma in _WINNING_BACK
                # (nor are acts done at the doer's seat: "a Russian court sentenced an American journalist",
                # "India summoned the Canadian envoy", "Pakistan expelled Afghan refugees")
                at_home = cand.rule.lemma in _DONE_AT_HOME or any(a.sector == "JUD" for a in cand.sources)
                ordered = cand.sources + cand.targets if won_back or at_home else cand.targets + cand.sources
                # (a news outlet's land last: "Russia detained a Reuters reporter" happened in Russia)
                for actor in sorted(ordered, key=lambda a: a.sector == "JRN"):
                    country = self.resolver.gaz.country(actor.country) if actor.country else None
                    if country is not None:
                        found = country
                        break
            if found is None:
                # no actor's country: any place the article names, nearest first, else the one country it is about
                found = nearest([m for k in range(len(sents)) for m in mentions(k) if entry(m) is not None])
                if found is None and len(countries) == 1:
                    found = self.resolver.gaz.country(next(iter(countries)))
            cand.location = to_place(found, self.resolver.kb.country_on(found.country, date)) \
                if found is not None else None
        return doc


def _acts_told_before(doc: Doc, trigger: Token, sentence_start: int, acts_at: dict[str, list[int]],
                      event_nouns: frozenset[str]) -> Iterator[Token]:
    """Earlier mentions, latest first, of the act an event's trigger names or happened during ("died during a
    raid": earlier "raids"): nouns of the trigger lexicon (``acts_at``: their positions by lemma), in
    sentences before the trigger's."""
    acts = [t for t in (trigger, *(g for p in trigger.children if p.dep_ == "prep" and p.lower_ in _DURING
                                   for g in p.children if g.dep_ == "pobj"))
            if t.pos_ == "NOUN" and t.lemma_.lower() in event_nouns]
    earlier = sorted({i for t in acts for i in acts_at.get(t.lemma_.lower(), ()) if i < sentence_start},
                     reverse=True)
    for i in earlier:
        yield doc[i]


def _noun_positions(doc: Doc, nouns: frozenset[str]) -> dict[str, list[int]]:
    """Where each noun of ``nouns`` stands in the document, by lemma (one pass over its tokens)."""
    out: dict[str, list[int]] = {}
    for tok in doc:
        if tok.pos_ == "NOUN" and (lemma := tok.lemma_.lower()) in nouns:
            out.setdefault(lemma, []).append(tok.i)
    return out


#: prepositions of the act an event happened in ("died during a raid", "killed in an attack")
_DURING = frozenset({"during", "in"})


@Language.factory("dyadline_places")
def places(nlp: Language, name: str) -> PlaceStage:
    return PlaceStage(PlaceResolver(load_gazetteer(), load_knowledge()))
