"""Place names in a sentence, for the places stage (:mod:`dyadline.pipeline.places`): the :class:`Mention`
record, the slot a name's place phrase hangs in (its preposition, the noun it climbs through), the names the
tagger missed or drew too wide, the two towns a road is named by, and the names that are no place (a sea, a
currency, a people's body)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dyadline.pipeline.doccache import entities
from dyadline.pipeline.place_words import (IN_REGION, KIND_WORDS, NAME_JOINERS, NOT_PLACES, OF_ACT, OF_NAMED,
                                           PLACE_LABELS, PLACE_NOUNS, REGION_WORDS, WEAK_PREPS, river_bank_at)
from dyadline.pipeline.truecase import MONTHS, in_dictionary

__all__ = ["Mention", "in_speaker", "is_place_noun", "locative_head", "place_mentions", "road_slot", "root_of",
           "slot_of"]

#: what a leader's name is put before: his government or its time ("the Bush administration")
_TERMS_OF_OFFICE = frozenset({"administration", "government", "presidency", "era", "years", "regime", "cabinet",
                              "campaign", "doctrine", "team", "family", "aides", "loyalists", "supporters"})
#: acts done to a place named after "of" ("the shelling of Kherson", "the siege of Mariupol")
_ASSAULTS_ON_A_PLACE = frozenset({"shelling", "bombardment", "bombing", "siege", "blockade", "invasion",
                                  "occupation", "storming", "capture", "encirclement", "recapture"})
_OTHER_NAME_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "LANGUAGE", "EVENT", ""})
_LOC_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within",
                        "off", "along", "into", "nearby", "through", "underneath", "beneath"})
_MOTION = frozenset({"visit", "enter", "invade", "tour", "raid", "storm", "bomb", "shell", "attack", "occupy",
                     "capture", "seize", "besiege", "annex", "strike", "hit", "reach", "arrive", "travel", "fly",
                     "patrol", "target", "rock", "overrun", "retake", "recapture", "liberate", "encircle",
                     "surround", "control", "blockade", "flood", "paralyse", "paralyze", "grip", "sweep"})
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
#: nouns for the people who live in a place: "Eldoret residents", "residents of Garissa" place them there
#: (not "members of", "supporters of", "Han farmers": those name groups, not places)
_PEOPLE_NOUNS = frozenset({"resident", "villager", "inhabitant", "local", "dweller", "townspeople", "townsfolk",
                           "native", "trader", "hawker"})
#: kind words after which "of" / "in" names the place that holds it ("Wadi area of Vadodara city",
#: "Jaghuri district in Ghazni"; not "the officer's office in Siliguri")
_AREA_WORDS = frozenset({"area", "district", "zone", "neighbourhood", "neighborhood", "locality", "municipality",
                         "village", "town", "suburb", "quarter", "ward", "tehsil", "taluk", "subdistrict",
                         "sub-district", "county", "sub-county", "subcounty", "commune", "barangay", "division",
                         "location", "sub-location", "constituency", "kebele", "hamlet", "settlement"})


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


def root_of(doc: Doc, m: Mention) -> Token:
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


def slot_of(tok: Token) -> _Slot | None:
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
        if dep == "conj" or (dep in {"compound", "poss", "nmod", "appos", "amod"} and is_place_noun(head)):
            # ("the Sheikh Lutfi area", "Jobar district": a name before a word for a small part of a place is
            # that part's own name, not a word describing it, as in "the US embassy" or "Latakia province")
            modifier = modifier or (cur.i == tok.i and dep != "conj" and dep != "appos" and not _own_name_of(tok, head))
            cur = head
            continue
        if dep == "appos" and (head.pos_ == "PROPN" or head.ent_type_ in PLACE_LABELS):
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
            if prep == "of" and (is_place_noun(head.head) or head.head.lemma_.lower() in OF_NAMED):
                # ("the southern department of Guaviare": a region's kind before "of" names it)
                of_nouns.add(head.head.i)
                cur = head.head
                continue
            if prep == "of" and head.head.lemma_.lower() in _ASSAULTS_ON_A_PLACE and head.head.pos_ == "NOUN":
                # "the shelling of Kherson", "the siege of Mariupol": the place attacked, as "an attack on it"
                return _Slot(head.head, OF_ACT, frozenset(path), modifier, frozenset(of_nouns), apposed)
            if prep not in _LOC_PREPS and prep not in WEAK_PREPS:
                return fallback
            if is_place_noun(head.head) and head.head.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"}:
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


def locative_head(tok: Token) -> tuple[Token, str] | None:
    slot = slot_of(tok)
    return (slot.head, slot.prep) if slot is not None else None


def is_place_noun(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() in PLACE_NOUNS


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
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    # (the dictionary last: it is loaded on first use, and most names stand before no such people)
    return head.pos_ == "NOUN" and head.lemma_.lower() in _GROUPS and head.i - tok.i <= 4 \
        and not in_dictionary(tok.lower_)


def _name_token(tok: Token) -> bool:
    """A capitalised word that can be (part of) a place name: a proper noun, or a name the tagger
    took for a common noun when it modifies people ("Eldoret residents")."""
    if not (tok.is_title or _titled_with_apostrophe(tok.text)):
        return False
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.dep_ == "compound" and (
        _is_people_noun(tok.head) or (
            # "Nigeria's Ogun state": a name before a region word, mid-sentence
            tok.head.lower_ in REGION_WORDS and tok.head.i == tok.i + 1 and tok.i > tok.sent.start))
        and tok.lemma_.lower() not in PLACE_NOUNS)


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


#: words of the calendar a date's one-word name may be
_CALENDAR_WORDS = MONTHS | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                            "christmas", "easter", "ramadan", "eid"}


def _misread_as_date(tok: Token) -> bool:
    """A capitalised name the tagger took, alone, for a date ("kidnapped an aid worker in Niger")."""
    alone = tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    return tok.ent_type_ == "DATE" and alone and tok.pos_ == "PROPN" and tok.is_title and \
        tok.lower_ not in _CALENDAR_WORDS


def place_mentions(doc: Doc, sent: Span | None = None) -> list[Mention]:
    """Place names in a sentence (or the doc): GPE / LOC / FAC entities, and other proper names
    in a locative slot ("in Baragoi", tagged PERSON or untagged). Names after a comma are context."""
    area = sent if sent is not None else doc[:]
    spans: list[Span] = []
    area_ents = entities(doc, area)
    for ent in area_ents:
        if ent.label_ in PLACE_LABELS:
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
              and (slot := locative_head(ent.root)) is not None
              # ("the Bush administration": a person's name on a body or its term of office, not "the
              # Godhra incident", a place's name on an act)
              and not (ent.label_ == "PERSON" and slot[1] == "mod" and slot[0].lemma_.lower() in _TERMS_OF_OFFICE)):
            spans.append(_widened(doc, ent, area.start))
    spans = [_without_titles(part) for span in spans for part in _split_at_marks(span)]
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
        if (tok.i in taken or not _name_token(tok) or (tok.ent_type_ and not _misread_as_date(tok))
                or (tok.dep_ == "compound" and not (is_place_noun(tok.head) and _kind_follows(tok))
                    and not _is_people_noun(tok.head) and not _names_a_group(tok))
                or (locative_head(tok) is None and not bracketed)):
            continue
        first = tok.i
        while first > area.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound" \
                and doc[first - 1].i not in taken:
            first -= 1
        spans.append(doc[first:tok.i + 1])
    spans, road_ends = _road_ends(doc, area, spans)
    # "Al" of "Al-Hosna" is not Ål in Norway: a name of one or two letters is not looked up
    spans = [s for s in spans if s.text.lower() not in NOT_PLACES and (len(s.text) > 2 or s.text.isupper())
             and not _open_water(doc, s) and not _names_a_currency(s) and not river_bank_at(doc, s.end)]
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
            while gap < nxt.start and (doc[gap].lemma_.lower() in PLACE_NOUNS | _AREA_WORDS
                                       or doc[gap].text in {")", "lga", "LGA"}):
                gap += 1  # "Nahri Saraj district, Helmand", "Abu Salim (Tripoli), ..."
            # ("Wadi area of Vadodara city", "Jaghuri district in Ghazni": a container after a kind word)
            kind = doc[gap - 1] if gap > end else doc[end - 1]
            # ("Bilozerka in Kherson oblast": a place in a named region)
            region_after = nxt.end < len(doc) and doc[nxt.end].lower_ in REGION_WORDS - {"state", "department"}
            joiner = {",", "("} | ({"of", "in"} if kind.lemma_.lower() in _AREA_WORDS else set()) \
                | ({"in"} if region_after else set())
            # (not the subject of the next clause: "... off its east coast, Seoul said", "..., Japan's defence
            # ministry said")
            if nxt.start == gap + 1 and doc[gap].text in joiner and gap - end <= 2 \
                    and not in_speaker(nxt.root):
                # (with the kind word after it when that says a town: "in Shujaayah neighbourhood of Gaza city"
                # is in the city, not in the Gaza Strip)
                town_after = nxt.end < len(doc) and doc[nxt.end].lower_ in {"city", "town"}
                context.append(doc[nxt.start:nxt.end + 1].text if town_after else nxt.text)
                # (a region named after "in" is marked so: "Maarrata in Aleppo province" is in the province)
                links.append(IN_REGION if region_after and doc[gap].lower_ == "in" else doc[gap].text)
                skip.add(nxt.start)
                end = nxt.end
            else:
                break
        out.append(Mention(span.start, span.end, span.text, tuple(context), span.label_, tuple(links),
                           road_ends.get(span.start, 0)))
    return out


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


def road_slot(doc: Doc, m: Mention) -> _Slot | None:
    """Where the road a town's name names hangs ("blocked the Mombasa-Lunga Lunga road": the object), whatever
    the parser made of the name itself."""
    road = next((t for t in doc[m.end:m.end + 6] if t.lower_ in _ROADS), None)
    return (slot_of(doc[road.i - 1]) if road is not None else None) or slot_of(root_of(doc, m))


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
    if (kind.lemma_.lower() in OF_NAMED and of.lower_ == "of" and nxt.start == span.end + 2
            and before >= 0 and doc[before].lower_ == "the" and span.label_ in {"GPE", "LOC"}
            and not (nxt.end < len(doc) and (doc[nxt.end].lemma_.lower() in KIND_WORDS or doc[nxt.end].text == ","))):
        return nxt
    return None


def in_speaker(tok: Token) -> bool:
    """The word is in the subject of a verb of saying."""
    for _ in range(6):
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            return tok.head.lemma_.lower() in _SAYING
        if tok.head.i == tok.i or tok.head.pos_ in {"VERB", "AUX"}:
            return False
        tok = tok.head
    return False


#: verbs of saying, whose subject tells of an act
_SAYING = frozenset({"say", "tell", "report", "announce", "state", "claim", "add", "confirm", "allege"})


def _past_kind_words(doc: Doc, end: int) -> int:
    """The end of a place name with the kind words after it ("Cuauhtemoc municipality")."""
    while end < len(doc) and doc[end].lemma_.lower() in KIND_WORDS:
        end += 1
    return end


#: an office's words the model draws into the name of the place before them ("Homa Bay Governor")
_OFFICES_AFTER = frozenset({"governor", "senator", "mca", "mp", "mayor", "commissioner", "legislator", "lawmaker",
                            "assembly", "police"})


def _without_titles(span: Span) -> Span:
    """A place entity without the office's words the model took into it: "set fire to the office of Homa Bay
    Governor" names Homa Bay."""
    end = span.end
    while end - span.start > 1 and span.doc[end - 1].lower_ in _OFFICES_AFTER:
        end -= 1
    return span if end == span.end else span.doc[span.start:end]


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
           and (doc[first - 1].head.i in range(ent.start, ent.end)
                # ("their Ol Kalou school": both words hung on the noun after them)
                or (ent.root.dep_ == "compound" and doc[first - 1].head.i == ent.root.head.i))):
        first -= 1
    end = ent.end
    while (end + 1 < len(doc) and doc[end].lower_ in NAME_JOINERS and doc[end].is_lower
           and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ != "DATE"):
        end += 2
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].ent_type_ != "DATE":
            end += 1
    return doc[first:end] if (first, end) != (ent.start, ent.end) else ent
