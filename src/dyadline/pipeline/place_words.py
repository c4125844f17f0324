"""The words the places stage (:mod:`dyadline.pipeline.places`) shares among its parts: the entity labels
of place names, the prepositions of a place phrase, the nouns for places and their kinds, the words that are
never a place on their own, the small words inside Romance place names, and the link that marks a region
written after "in"."""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["IN_REGION", "KIND_WORDS", "NAME_JOINERS", "NOT_PLACES", "OF_ACT", "OF_NAMED", "PLACE_LABELS",
           "PLACE_NOUNS", "REGION_WORDS", "WEAK_PREPS", "river_bank_at"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
WEAK_PREPS = frozenset({"from", "to", "towards", "toward", "between", "on", "over"})
#: nouns that stand between a preposition and the name ("in the town of X", "on the outskirts of X")
PLACE_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "county", "state", "area",
                         "outskirts", "outskirt", "capital", "suburb", "neighborhood", "neighbourhood", "part", "north",
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
                         "percent", "half", "most", "rest", "swath", "swathe", "areas", "parts",
                         "commune", "stronghold", "bastion", "hometown", "heartland"})
REGION_WORDS = frozenset({"province", "region", "county", "state", "district", "governorate", "oblast",
                          "prefecture", "department"})
#: words naming the kind of a place after its name ("Rathedaung Township", "Al Watiyah airbase")
KIND_WORDS = PLACE_NOUNS | REGION_WORDS | frozenset({"township", "subdivision", "commune", "sub-county",
                                                      "subcounty", "lga", "airbase", "airfield", "mine",
                                                      "area", "locality", "sub-location", "location"})
#: place nouns whose "of" names them ("the West Bank city of Hebron"), not their container
OF_NAMED = frozenset({"city", "town", "village", "capital", "port", "hamlet", "settlement", "suburb", "state",
                      "province", "neighborhood", "neighbourhood", "quarter", "enclave", "department", "prefecture",
                      "oblast", "commune", "municipality"})
# (not "district", "region": "the Golbasi district of Adiyaman" names its container)
#: capitalised words that are never the event's place on their own ("Kitui East and West")
NOT_PLACES = frozenset({"west", "east", "north", "south", "central", "western", "eastern", "northern",
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
#: the link of a name written after "in" and before a region word ("in Kherson oblast")
IN_REGION = "in (region)"
#: the slot of a place named after "of" on an act done to it ("the shelling of Kherson")
OF_ACT = "of-act"
#: small words inside Romance place names ("Foz do Iguacu", "Gracias a Dios", "Lins de Vasconcelos")
NAME_JOINERS = frozenset({"de", "do", "da", "dos", "das", "del", "a", "y", "e"})


def river_bank_at(doc: Doc, end: int) -> bool:
    """The words ending at ``end`` name a side of a river ("the west bank of the Dnipro"), not the West Bank."""
    return doc[end - 1].lower_ == "bank" and end < len(doc) and doc[end].lower_ == "of"
