"""A place mention to a GeoNames gazetteer entry, for the places stage (:mod:`dyadline.pipeline.places`):
:class:`PlaceResolver` looks a name up (without its kind word, its side, a possessive written without an
apostrophe) and picks among namesakes by the places written after it, the countries the article talks about
and population; the name-matching helpers (a place's own name or an alternate one, a transliteration) and
:func:`to_place`."""

from __future__ import annotations

import difflib
import math
import re

from spacy.tokens import Doc, Token

from dyadline.knowledge import KnowledgeBase
from dyadline.knowledge.gazetteer import Gazetteer, GeoEntry, km_between, loose_key
from dyadline.knowledge.normalize import name_key
from dyadline.pipeline.place_mentions import Mention
from dyadline.pipeline.place_words import IN_REGION, KIND_WORDS, NAME_JOINERS, NOT_PLACES, REGION_WORDS
from dyadline.pipeline.truecase import in_dictionary
from dyadline.records import Place

__all__ = ["PlaceResolver", "to_place"]

#: institutions a town names ("Kisii High School", "Maseno University"), their name's first word that town
_NAMED_FOR_TOWNS = frozenset({"school", "university", "college", "academy", "polytechnic", "institute",
                              "hospital", "seminary"})

#: kinds of the country table's aliases that name bodies, never places
_BODIES = frozenset({"institution", "igo"})
#: a place outside the countries the article talks about must be at least this big
_FOREIGN_MIN_POPULATION = 100_000
#: a city this big is the place its name means, whatever region is written after it
_WELL_KNOWN_POPULATION = 2_000_000
#: a town the only one of its name in the gazetteer, from this size, is not taken for a namesake abroad
_SOLE_TOWN_POPULATION = 15_000
#: words joining a name written after a place that make it the place's container, most often a region
_REGION_LINKS = frozenset({",", "("})
#: words naming a side of a place ("Northern Iraq"): the place itself when the side is no name of its own
_SIDE_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                         "northeastern", "northwestern", "southeastern", "southwestern", "rural"})
#: words that make a name a first-level region ("Natal province", "Kordofan state")
_PROVINCE_WORDS = frozenset({"province", "state", "region", "governorate", "prefecture", "oblast", "department"})
#: kinds written in two words after a name
_TWO_WORD_KINDS = frozenset({"sub county", "sub location", "sub district", "sub division"})
_THE = re.compile(r"^the\s+", re.IGNORECASE)


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
        definite = bool(_THE.match(text))
        text = _THE.sub("", text)  # "the Central Bank" is looked up as "Central Bank"
        if self._names_body(text):
            return []  # "between Hamas and Israel": a body the tables know is no place (not Hamm)
        words = text.split()
        if _side_of_a_unit(text):
            return []
        found = self.gaz.lookup(text)
        if not found and len(words) > 1 and words[-1].lower() in KIND_WORDS \
                and " ".join(words[:-1]).lower() not in NOT_PLACES:
            # "Rathedaung Township", "Kolofata town", "Donetsk Airport": the name without its kind
            # (not "Central" of "the Central Zone")
            found = self.gaz.lookup(" ".join(words[:-1]))
            if words[-1].lower() in REGION_WORDS:  # "Lamu county": the county, not its town
                found = [e for e in found if e.kind == "admin1"] or found
        if not found and _ends_with_two_word_kind(words):
            # "Muhoroni Sub County", "Nyangore Sub Location": the name without its two-word kind
            words = words[:-2]
            found = self.gaz.lookup(" ".join(words))
        if not found and len(words) == 2 and words[1].lower() in _SIDE_WORDS and words[0].lower() not in NOT_PLACES:
            # "Bomet Central", "Samburu West Sub County": a constituency named after its town or county and a
            # side (not "Central Bank"): the town or region itself, never a namesake abroad chosen by a side word
            found = [e for e in self.gaz.lookup(words[0]) if e.kind in {"city", "admin1"}]
        if not found and len(words) > 2 and any(w in NAME_JOINERS for w in words[1:-1]):
            # "Zamboanga del Norte", a province the gazetteer lacks: the name before the small word
            head = next(n for n, w in enumerate(words) if n > 0 and w in NAME_JOINERS)
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
        if match is not None and match.kind == "metonym" and (not found or definite) and not any(
                _well_known(e) and _same_name(e.name, text) for e in found):
            # (the seat of power, not a town of that name or a city once called so: "the White House" is in
            # Washington, not in Tennessee or Casablanca; but a town named bare stays that town: "Rada (Al
            # Bayda)" is in Yemen, whatever the Ukrainian parliament is called)
            found = self._seat_of_power(match.code) or found
        return found

    def _seat_of_power(self, code: str) -> list[GeoEntry]:
        """The capital a seat of power stands in ("outside Downing Street": London; "at the Kremlin": Moscow)."""
        capital = self.kb.capital_of(code)
        if capital is None:
            return []
        cities = [e for e in self.gaz.lookup(capital) if e.country == code and e.kind == "city"]
        return sorted(cities, key=lambda e: -e.population)[:1]

    def _known_part(self, words: list[str]) -> list[GeoEntry]:
        """A name the gazetteer lacks that starts with a well-known place, a possessive written without its
        apostrophe ("Nairobis Maziwa area", "Kenyas Lamu": the place after it if known, else the first); or,
        for a name joined by a hyphen, the place its first part is named ("Zolote-4", "Mogadishu-Hodan district",
        "the Kurukshetra-Yamunanagar road"), not one known by that name as another ("Malaba" is not Malabo)."""
        first = words[0]
        if first.lower() in NOT_PLACES:
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
                region_word = (n > 0 and m.links[n - 1] in _REGION_LINKS | {IN_REGION}) or (
                    m.end < len(doc) and doc[m.end].lower_ in REGION_WORDS)
                best = self._best(found, context, countries, region_word, written=name, veto=veto,
                                  armed_homes=armed_homes)
                if best is not None and best.kind == "city" and countries - armed_homes and \
                        best.country not in countries and name.split()[-1].lower() in _PROVINCE_WORDS:
                    # "a state of emergency in Natal province" in a South African story: a province the gazetteer
                    # lacks is no city abroad of that name
                    return None
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
            if tok.pos_ == "PROPN" and tok.lower_ not in REGION_WORDS and tok.is_alpha:
                current.append(tok)
                continue
            if current:
                runs.append(doc[current[0].i:current[-1].i + 1].text)
            current = []
        if current:
            runs.append(doc[current[0].i:current[-1].i + 1].text)
        # not "Al" of "Al-Hosna", nor "Court" of "the Court of First Instance"
        runs = [run for run in runs if len(run) > 2 and run.lower() not in NOT_PLACES]
        if runs == [m.text] and len(span) > 2 and span[-1].lemma_.lower() in _NAMED_FOR_TOWNS \
                and span[0].is_alpha and not in_dictionary(span[0].lower_):
            runs = [span[0].text]  # "Marakwet Boys School", "Kakamega High School": named for its town
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
            # (a town of some size, spelt as written, that no other land has a place of that name for, is that
            # town whatever countries the text names: "a Somali-owned shop in Mwingi", "herders
            # clashed in Garba Tula")
            sole_town = (written is not None and best.kind == "city" and best.population >= _SOLE_TOWN_POPULATION
                         and _same_name(best.name, written) and len({e.country for e in found}) == 1)
            if firm and not sole_town:
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
        words[-1].lower() in KIND_WORDS or (len(words) == 2 and words[-1].lower() in _SIDE_WORDS)) else written


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
