"""The knowledge tables and their lookups: countries, IGOs, sectors, user tables."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyadline.errors import KnowledgeError
from dyadline.knowledge import CountryMatch, load_knowledge
from dyadline.knowledge.countries import build_country_index
from dyadline.knowledge.leaders import build_leader_index
from dyadline.knowledge.sectors import build_sector_index
from dyadline.knowledge.tables import read_shipped


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def resolve(kb, phrase: str) -> tuple[str | None, str | None]:
    """(country, sector) of a phrase: the alias in it, and the phrase's sector term else the alias's sector."""
    words = phrase.split()
    found = kb.country_in_phrase(words)
    sector = kb.sector_in_phrase(words)
    code = found[0].code if found else None
    return code, sector[0] if sector else (found[0].sector if found else None)


PHRASES = [
    # names and their variants
    ("Armenia", "ARM", None), ("Azerbaijan's", "AZE", None), ("the United States", "USA", None),
    ("U.S.", "USA", None), ("US", "USA", None), ("USA", "USA", None), ("America", "USA", None),
    ("the United States of America", "USA", None), ("Britain", "GBR", None), ("Great Britain", "GBR", None),
    ("UK", "GBR", None), ("the U.K.", "GBR", None), ("Türkiye", "TUR", None), ("Turkiye", "TUR", None),
    ("Turkey", "TUR", None), ("Ivory Coast", "CIV", None), ("Côte d'Ivoire", "CIV", None),
    ("Cote d’Ivoire", "CIV", None), ("Burma", "MMR", None), ("Myanmar", "MMR", None),
    ("South Korea", "KOR", None), ("North Korea", "PRK", None), ("DPRK", "PRK", None),
    ("DR Congo", "COD", None), ("Democratic Republic of the Congo", "COD", None),
    ("Congo-Brazzaville", "COG", None), ("Republic of the Congo", "COG", None), ("Czechia", "CZE", None),
    ("Czech Republic", "CZE", None), ("Eswatini", "SWZ", None), ("Swaziland", "SWZ", None),
    ("North Macedonia", "MKD", None), ("Holland", "NLD", None), ("the Netherlands", "NLD", None),
    ("the Philippines", "PHL", None), ("The Gambia", "GMB", None), ("Timor-Leste", "TLS", None),
    ("East Timor", "TLS", None), ("Kosovo", "XKX", None), ("Palestine", "PSE", None),
    ("the West Bank", "PSE", None), ("Guinea-Bissau", "GNB", None), ("Papua New Guinea", "PNG", None),
    ("Cape Verde", "CPV", None), ("UAE", "ARE", None), ("Saudi Arabia", "SAU", None),
    ("the Holy See", "VAT", None), ("Hong Kong", "HKG", None), ("Russia's", "RUS", None),
    ("Ukraine’s", "UKR", None), ("Georgia", "GEO", None), ("Abkhazia", "GEO", "PRE"),
    ("Transnistria", "MDA", "PRE"), ("Northern Cyprus", "CYP", "PRE"),
    # demonyms and adjectives
    ("Azerbaijani", "AZE", None), ("Azeri", "AZE", None), ("Russian", "RUS", None), ("American", "USA", None),
    ("Americans", "USA", None), ("British", "GBR", None), ("Chinese", "CHN", None), ("Saudi", "SAU", None),
    ("Emirati", "ARE", None), ("Congolese", "COD", None), ("Israeli", "ISR", None), ("Israelis", "ISR", None),
    ("Palestinian", "PSE", None), ("Palestinians", "PSE", None), ("Iranian", "IRN", None),
    ("Ukrainian", "UKR", None), ("Armenian", "ARM", None), ("Georgian", "GEO", None), ("Filipino", "PHL", None),
    ("Dutch", "NLD", None), ("Swiss", "CHE", None), ("Kyrgyz", "KGZ", None), ("Nigerien", "NER", None),
    ("Nigerian", "NGA", None), ("Malagasy", "MDG", None), ("Burkinabe", "BFA", None), ("Ivorian", "CIV", None),
    ("Yemeni", "YEM", None), ("Somali", "SOM", None), ("Belarusian", "BLR", None), ("Qatari", "QAT", None),
    ("Lebanese", "LBN", None), ("Turkish", "TUR", None), ("German", "DEU", None), ("French", "FRA", None),
    ("Japanese", "JPN", None), ("South Korean", "KOR", None), ("North Korean", "PRK", None),
    ("Afghan", "AFG", None), ("Pakistani", "PAK", None), ("Venezuelan", "VEN", None), ("Kosovar", "XKX", None),
    # capitals
    ("Moscow", "RUS", None), ("Baku", "AZE", None), ("Kyiv", "UKR", None), ("Kiev", "UKR", None),
    ("Washington", "USA", None), ("Beijing", "CHN", None), ("Yerevan", "ARM", None), ("Tbilisi", "GEO", None),
    ("Tehran", "IRN", None), ("Ankara", "TUR", None), ("Riyadh", "SAU", None), ("Abu Dhabi", "ARE", None),
    ("Kinshasa", "COD", None), ("Brazzaville", "COG", None), ("Pyongyang", "PRK", None), ("Seoul", "KOR", None),
    ("Naypyidaw", "MMR", None), ("New Delhi", "IND", None), ("Ramallah", "PSE", None), ("Minsk", "BLR", None),
    ("Bogotá", "COL", None), ("Chisinau", "MDA", None), ("Tel Aviv", "ISR", None),
    # common misspellings
    ("Afganistan", "AFG", None), ("Quatar", "QAT", None),
    # seats of power and national institutions
    ("the Kremlin", "RUS", "GOV"), ("the Kremlin's", "RUS", "GOV"), ("the White House", "USA", "GOV"),
    ("Downing Street", "GBR", "GOV"), ("Number 10", "GBR", "GOV"), ("the Elysee", "FRA", "GOV"),
    ("Élysée Palace", "FRA", "GOV"), ("the Pentagon", "USA", "MIL"), ("Foggy Bottom", "USA", "GOV"),
    ("Zhongnanhai", "CHN", "GOV"), ("the Knesset", "ISR", "LEG"), ("the Bundestag", "DEU", "LEG"),
    ("Westminster", "GBR", "LEG"), ("Whitehall", "GBR", "GOV"), ("Capitol Hill", "USA", "LEG"),
    ("the State Duma", "RUS", "LEG"), ("Verkhovna Rada", "UKR", "LEG"), ("Milli Majlis", "AZE", "LEG"),
    ("State Department", "USA", "GOV"), ("the CIA", "USA", "SPY"), ("FSB", "RUS", "SPY"), ("Mossad", "ISR", "SPY"),
    ("IDF", "ISR", "MIL"), ("IRGC", "IRN", "MIL"),
    # news organisations, of the country they are based in
    ("the BBC", "GBR", "JRN"), ("Al Jazeera", "QAT", "JRN"), ("Voice of America", "USA", "JRN"),
    ("TASS", "RUS", "JRN"), ("KCNA", "PRK", "JRN"), ("Radio France Internationale", "FRA", "JRN"),
    ("RFI", "FRA", "JRN"), ("Press TV", "IRN", "JRN"), ("Radio Free Asia", "USA", "JRN"),
    ("The New York Times", "USA", "JRN"), ("Haaretz", "ISR", "JRN"), ("the Financial Times", "GBR", "JRN"),
    # IGOs and NGOs
    ("the United Nations", "UN", "IGO"), ("UN", "UN", "IGO"), ("U.N.", "UN", "IGO"), ("UNHCR", "UNHCR", "IGO"),
    ("UNICEF", "UNICEF", "IGO"), ("World Food Programme", "WFP", "IGO"), ("WHO", "WHO", "IGO"),
    ("the IAEA", "IAEA", "IGO"), ("UN Security Council", "UNSC", "IGO"), ("UNESCO", "UNESCO", "IGO"),
    ("the European Union", "EU", "IGO"), ("EU", "EU", "IGO"), ("European Commission", "EU", "GOV"),
    ("European Parliament", "EU", "LEG"), ("Brussels", "EU", "IGO"), ("NATO", "NATO", "IGO"),
    ("OSCE", "OSCE", "IGO"), ("the African Union", "AU", "IGO"), ("ASEAN", "ASEAN", "IGO"), ("CSTO", "CSTO", "IGO"),
    ("the International Criminal Court", "ICC", "JUD"), ("ICJ", "ICJ", "JUD"), ("IMF", "IMF", "IGO"),
    ("the World Bank", "WB", "IGO"), ("WTO", "WTO", "IGO"), ("the Arab League", "ARL", "IGO"),
    ("GCC", "GCC", "IGO"), ("OPEC", "OPEC", "IGO"), ("ECOWAS", "ECOWAS", "IGO"), ("SCO", "SCO", "IGO"),
    ("BRICS", "BRICS", "IGO"), ("CIS", "CIS", "IGO"), ("the Red Cross", "ICRC", "SOC"), ("ICRC", "ICRC", "SOC"),
    ("Amnesty International", "AMN", "SOC"), ("Human Rights Watch", "HRW", "SOC"),
    ("Doctors Without Borders", "MSF", "MED"), ("MSF", "MSF", "MED"), ("Interpol", "INTERPOL", "COP"),
    ("OIC", "OIC", "IGO"), ("OAS", "OAS", "IGO"), ("UN peacekeepers", "UN", "MIL"),
    ("EU foreign ministers", "EU", "GOV"), ("NATO troops", "NATO", "MIL"),
    # titles and sector nouns
    ("Azerbaijan's Foreign Ministry", "AZE", "GOV"), ("Russian police", "RUS", "COP"),
    ("Ukraine's Foreign Minister Andrii Sybiha", "UKR", "GOV"),
    ("Russian Deputy Prime Minister Alexey Overchuk", "RUS", "GOV"),
    ("Armenia's Minister of Foreign Affairs", "ARM", "GOV"), ("the Russian Culture Ministry", "RUS", "GOV"),
    ("Iran's Interior Ministry", "IRN", "GOV"), ("Chinese state media", "CHN", "JRN"),
    ("the Ukrainian public broadcaster", "UKR", "JRN"), ("Israeli troops", "ISR", "MIL"),
    ("the Canadian high commissioner", "CAN", "GOV"), ("Britain's deputy high commissioner", "GBR", "GOV"),
    ("Israeli soldiers", "ISR", "MIL"), ("the Sudanese army", "SDN", "MIL"), ("Syrian rebels", "SYR", "REB"),
    ("Congolese refugees", "COD", "REF"), ("Afghan migrants", "AFG", "REF"), ("Georgian protesters", "GEO", "CVL"),
    ("Iranian students", "IRN", "EDU"), ("Armenian lawmakers", "ARM", "LEG"), ("US senators", "USA", "LEG"),
    ("a Russian court", "RUS", "JUD"), ("Pakistani prosecutors", "PAK", "JUD"), ("Turkish journalists", "TUR", "JRN"),
    ("a Belarusian lawyer", "BLR", "JUD"), ("Iranian human rights lawyers", "IRN", "SOC"),
    ("Nigerian gunmen", "NGA", "UAF"), ("unknown gunmen", None, "UAF"), ("Kenyan farmers", "KEN", "AGR"),
    ("a Mexican drug cartel", "MEX", "CRM"), ("French unions", "FRA", "LAB"), ("British doctors", "GBR", "MED"),
    ("Iraqi clerics", "IRQ", "REL"), ("the Belarusian opposition", "BLR", "OPP"), ("Russian intelligence", "RUS", "SPY"),
    ("the ruling party", None, "PTY"), ("a Chinese company", "CHN", "BUS"), ("the US Ambassador", "USA", "GOV"),
    ("the Kremlin spokesman", "RUS", "GOV"), ("Indian security forces", "IND", "COP"),
    ("the Ukrainian air force", "UKR", "MIL"), ("the Azerbaijani government", "AZE", "GOV"),
    ("Saudi authorities", "SAU", "GOV"), ("Emirati officials", "ARE", "GOV"), ("former President", None, "ELI"),
    ("rights groups", None, "SOC"), ("Palestinian civilians", "PSE", "CVL"), ("Israeli settlers", "ISR", "CVL"),
    ("the mayor of Baku", "AZE", "GOV"), ("New Jersey governor", None, "GOV"), ("Hamas militants", "PSE", "REB"),
    ("Sudanese paramilitary forces", "SDN", "PRM"), ("army spokesman", None, "MIL"), ("party officials", None, "PTY"),
    ("the Rapid Action Force", "IND", "COP"), ("BSF", "IND", "MIL"), ("home guards", None, "COP"),
    ("UPDF", "UGA", "MIL"), ("FARDC soldiers", "COD", "MIL"), ("Tamil Tiger rebels", "LKA", "REB"),
    ("Turkish jets", "TUR", "MIL"), ("Israeli tanks", "ISR", "MIL"), ("a passenger jet", None, "CVL"),
]


def test_enough_phrases():
    assert len(PHRASES) >= 120


@pytest.mark.parametrize(("phrase", "code", "sector"), PHRASES, ids=[p[0] for p in PHRASES])
def test_phrase(kb, phrase, code, sector):
    assert resolve(kb, phrase) == (code, sector)


@pytest.mark.parametrize("text", ["us", "who", "turkey", "china", "male", "un", "New Jersey", "Jordan River", ""])
def test_words_that_are_not_countries(kb, text):
    assert kb.match_country(text) is None


def test_match_country_details(kb):
    assert kb.match_country("the Kremlin’s") == CountryMatch("RUS", "metonym", "GOV", False)
    assert kb.match_country("RUSSIA").code == "RUS"
    assert kb.match_country("TURKEY").code == "TUR"
    assert kb.match_country("Armenia").kind == "name"
    assert kb.match_country("Armenian").kind == "adjective"
    assert kb.match_country("Yerevan").kind == "capital"
    assert kb.match_country("the EU").kind == "igo"
    assert kb.match_country("Armenia's Foreign Ministry") is None  # whole phrases only


def test_ambiguous_aliases_default_to_the_country(kb):
    georgia = kb.match_country("Georgia")
    assert (georgia.code, georgia.ambiguous, georgia.alternatives) == ("GEO", True, ("USA",))
    congo = kb.match_country("Congo")
    assert (congo.code, congo.ambiguous, congo.alternatives) == ("COD", True, ("COG",))
    assert kb.match_country("Jordan").ambiguous and kb.match_country("Jordan").code == "JOR"
    assert not kb.match_country("Armenia").ambiguous


def test_country_names_and_codes(kb):
    assert kb.country_name("AZE") == "Azerbaijan"
    assert kb.country_name("EU") == "European Union"
    assert kb.is_known_igo("NATO") and kb.is_known_igo("ICRC") and not kb.is_known_igo("RUS")
    assert kb.is_known_country("RUS") and not kb.is_known_country("EU")
    assert kb.sovereign_of("PRI") == "USA" and kb.sovereign_of("FRA") == "FRA"
    with pytest.raises(KnowledgeError, match="XYZ"):
        kb.country_name("XYZ")


@pytest.mark.parametrize(("term", "sector"), [
    ("police", "COP"), ("policemen", "COP"), ("Police Officers", "COP"), ("troops", "MIL"), ("soldier", "MIL"),
    ("MPs", "LEG"), ("lawmaker", "LEG"), ("Deputy Prime Minister", "GOV"), ("Foreign Minister", "GOV"),
    ("foreign ministers", "GOV"), ("Minister of Foreign Affairs", "GOV"), ("Ministers of Foreign Affairs", "GOV"),
    ("Culture Ministry", "GOV"), ("Interior Ministry", "GOV"), ("state media", "JRN"), ("public broadcaster", "JRN"),
    ("the government", "GOV"), ("prosecutor's office", "JUD"), ("Prime Minister's", "GOV"), ("students", "EDU"),
    ("refugees", "REF"), ("gunmen", "UAF"), ("militia", "PRM"), ("security forces", "COP"), ("secretary general", None),
    ("technicians", "LAB"), ("engineer", "LAB"), ("regime soldiers", "MIL"), ("govt forces", "MIL"),
    ("unheard-of thing", None),
])
def test_sector_of(kb, term, sector):
    assert kb.sector_of(term) == sector


@pytest.mark.parametrize(("words", "expected"), [
    (["Ukraine", "'s", "Foreign", "Minister", "Andrii", "Sybiha"], ("GOV", "foreign minister")),
    (["former", "President", "Joe", "Biden"], ("ELI", "former president")),
    (["ex", "-", "prime", "minister"], ("ELI", "ex prime minister")),
    (["UN", "Secretary", "-", "General"], None),
    (["rebel", "commander"], ("REB", "rebel commander")),
    (["government", "troops"], ("MIL", "government troops")),
    (["opposition", "lawmakers"], ("OPP", "opposition lawmakers")),
    (["the", "military", "court"], ("JUD", "military court")),
    (["Ministry", "of", "State", "Security"], ("SPY", "ministry of state security")),
    # one word may stand between "former" and the post
    (["a", "former", "assistant", "sub", "-", "inspector"], ("ELI", "former sub inspector")),
    # a patrol or a group of policemen, not a political party
    (["a", "border", "guard", "patrol", "party"], ("COP", "border guard")),
    (["the", "police", "party"], ("COP", "police party")),
    # the sides of a war are no political parties
    (["parties", "to", "the", "conflict"], None),
    (["the", "warring", "parties"], None),
    # a side's armour is its armed forces; a container is no one
    (["Israeli", "tanks"], ("MIL", "tank")),
    (["oil", "tanks"], None),
])
def test_sector_in_phrase(kb, words, expected):
    assert kb.sector_in_phrase(words) == expected


def test_country_in_phrase(kb):
    match, text = kb.country_in_phrase(["Guinea", "-", "Bissau", "'s", "army"])
    assert (match.code, text) == ("GNB", "Guinea Bissau")
    match, text = kb.country_in_phrase(["the", "Democratic", "Republic", "of", "the", "Congo"])
    assert match.code == "COD"
    assert kb.country_in_phrase(["New", "Jersey", "police"]) is None
    assert kb.country_in_phrase(["us", "and", "them"]) is None


def test_hand_written_sector_terms():
    rows = list(read_shipped("sectors.csv", ("term", "sector", "kind", "notes")))
    assert sum(1 for r in rows if r["notes"] != "Phoenix.agents.txt") >= 250


def test_tables_load_fast():
    began = time.perf_counter()
    build_country_index(), build_sector_index(), build_leader_index()
    assert time.perf_counter() - began < 1.0


# --- user tables and malformed tables ---------------------------------------------

def test_user_table_adds_and_overrides(tmp_path, kb):
    table = tmp_path / "actors.csv"
    table.write_text("alias,code,kind,sector\nHamas,PSE,institution,REB\nGeorgia,USA,name,\n"
                     "Greenpeace Nordic,GPNORD,igo,SOC\nthe Beltway,USA,metonym,GOV\nMarsabit Gabbra,,people,\n",
                     encoding="utf-8")
    user = load_knowledge(table)
    assert user.match_country("Hamas") == CountryMatch("PSE", "institution", "REB", False)
    assert user.match_country("Georgia") == CountryMatch("USA", "name", None, False)
    assert user.match_country("the Beltway").sector == "GOV"
    assert user.is_known_igo("GPNORD") and user.match_country("Greenpeace Nordic").sector == "SOC"
    assert user.match_country("Marsabit Gabbra") == CountryMatch("", "people", None, False)
    assert user.match_country("Armenia").code == "ARM"  # the shipped tables still apply
    assert kb.match_country("Georgia").code == "GEO"  # and the default knowledge base is unchanged
    assert load_knowledge(table) is user  # cached


@pytest.mark.parametrize(("content", "message"), [
    ("alias,code,kind,sector\nHamas,PSE,institution\n", r"actors\.csv, line 2: expected 4 fields"),
    ("alias,code,kind,sector\nArmenia,ARM,name,\nHamas,PSE,institution,XYZ\n", r"line 3: unknown sector 'XYZ'"),
    ("alias,code,kind,sector\nHamas,ZZZ,name,\n", r"line 2: unknown country or IGO code 'ZZZ'"),
    ("alias,code,kind,sector\nHamas,PSE,party,\n", r"line 2: unknown kind 'party'"),
    ("alias,code,sector\nHamas,PSE,REB\n", r"line 1: header lacks column\(s\) kind"),
    ("alias,code,kind,sector\n,PSE,name,\n", r"line 2: empty alias"),
    # a person of the user table is named in full, with a known code and sector
    ("alias,code,kind,sector\nMudavadi,KEN,person,GOV\n", r"line 2: a person is named in full"),
    ("alias,code,kind,sector\nMusalia Mudavadi,ZZZ,person,GOV\n", r"line 2: unknown country or IGO code 'ZZZ'"),
    ("alias,code,kind,sector\nMusalia Mudavadi,KEN,person,XYZ\n", r"line 2: unknown sector 'XYZ'"),
    ("", r"actors\.csv: the table is empty"),
])
def test_malformed_user_table(tmp_path, content, message):
    table = tmp_path / "actors.csv"
    table.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message):
        load_knowledge(table)


def test_missing_or_binary_user_table(tmp_path):
    with pytest.raises(KnowledgeError, match="no such file"):
        load_knowledge(tmp_path / "absent.csv")
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("alias,code,kind,sector\nCôte,CIV,name,\n".encode("latin-1"))
    with pytest.raises(KnowledgeError, match="not valid UTF-8"):
        load_knowledge(bad)


# --- leaders ------------------------------------------------------------------------

def test_aliyev_in_office_on_a_date(kb):
    found = kb.leaders_named("Aliyev", dt.date(2025, 6, 30))
    assert [(x.person, x.country, x.role, x.wikidata) for x in found] == [
        ("Ilham Aliyev", "AZE", "head_of_state", "Q57371")]
    assert kb.leaders_named("President Ilham Aliyev", dt.date(2025, 6, 30)) == found
    # in 2000 the Aliyev in office was his father
    assert [x.person for x in kb.leaders_named("Aliyev", dt.date(2000, 1, 1))] == ["Heydar Aliyev"]


@pytest.mark.parametrize(("name", "before", "after"), [
    ("Biden", dt.date(2022, 3, 1), dt.date(2025, 6, 30)),         # term ended 2025-01-20
    ("Heydar Aliyev", dt.date(1999, 1, 1), dt.date(2025, 6, 30)),  # ended 2003
    ("Petro Poroshenko", dt.date(2016, 1, 1), dt.date(2020, 1, 1)),  # ended 2019-05-20
    ("Shmyhal", dt.date(2024, 1, 1), dt.date(2025, 8, 1)),         # prime minister until 2025-07-17
])
def test_former_leaders_are_not_in_office(kb, name, before, after):
    assert kb.leaders_named(name, before), f"{name} should be in office on {before}"
    assert kb.leaders_named(name, after) == []
    terms = kb.leader_any_time(name)
    assert terms and all(t.end is not None and t.end < after for t in terms)


@pytest.mark.parametrize(("name", "country", "role"), [
    ("Zelensky", "UKR", "head_of_state"), ("Volodymyr Zelenskyy", "UKR", "head_of_state"),
    ("Erdogan", "TUR", "head_of_state"), ("Xi", "CHN", "head_of_state"), ("Pashinyan", "ARM", "head_of_government"),
    ("Putin", "RUS", "head_of_state"), ("Lula", "BRA", "head_of_state"), ("Starmer", "GBR", "head_of_government"),
    ("Lee", "KOR", "head_of_state"), ("Mr. Netanyahu", "ISR", "head_of_government"),
])
def test_leaders_by_surname_and_variant(kb, name, country, role):
    first = kb.leaders_named(name, dt.date(2025, 6, 30))[0]
    assert (first.country, first.role) == (country, role)


@pytest.mark.parametrize(("name", "country"), [("King Charles", "GBR"), ("Macron", "FRA"), ("Willem-Alexander", "NLD")])
def test_head_of_several_countries_comes_first_for_the_largest(kb, name, country):
    found = kb.leaders_named(name, dt.date(2025, 6, 30))
    assert len(found) > 1 and found[0].country == country


def test_unknown_leader(kb):
    assert kb.leaders_named("Andrii Sybiha", dt.date(2025, 6, 30)) == []  # a minister, not a head
    assert kb.leader_any_time("Nobody Atall") == []


def test_build_leaders_is_rerunnable(tmp_path, shared_dir):
    source = shared_dir / "data" / "leaders_wikidata"
    # (../shared is there in CI, where the shared_dir fixture fails on its absence; a missing part fails too)
    assert source.is_dir(), f"{source} is missing"
    repo = Path(__file__).resolve().parents[2]
    out = tmp_path / "leaders.csv"
    subprocess.run([sys.executable, str(repo / "scripts" / "build_leaders.py"), "--source", str(source),
                    "--out", str(out)], check=True, capture_output=True, timeout=120)
    shipped = repo / "src" / "dyadline" / "knowledge" / "data" / "leaders.csv"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "expected"), [
    ("Alejandro Rivera", []),  # a surname shared with a former Costa Rican leader, another first name
    ("Mohammed Khan", []),
    ("Mr Putin", ["Vladimir Putin"]),
    ("V. Putin", ["Vladimir Putin"]),
    ("Heydar Aliyev", ["Heydar Aliyev"]),
])
def test_a_given_name_must_not_contradict_the_leaders(kb, name, expected):
    assert sorted({x.person for x in kb.leader_any_time(name)}) == expected


def test_communal_groups_are_peoples_in_their_own_case(kb):
    assert kb.match_country("Degodia") == CountryMatch("", "people", None, False)  # lives across borders
    assert kb.match_country("Turkana").code == "KEN"
    assert kb.match_country("DEGODIA") is not None  # headlines in capitals
    assert kb.match_country("nandi") is None  # a people's name only as a name


def test_no_communal_group_shadows_a_country_alias():
    countries = {row["alias"].casefold() for row in read_shipped("country_aliases.csv", ("alias", "code", "kind", "sector"))}
    groups = [row["alias"] for row in read_shipped("communal_groups.csv", ("alias", "code", "kind", "sector"))]
    assert len(groups) >= 100
    assert not [g for g in groups if g.casefold() in countries]


def test_an_acronym_means_a_countrys_body_only_in_a_report_naming_that_country():
    kb = load_knowledge()
    assert kb.match_country("RSF").sector == "SOC"  # Reporters Without Borders, by the tables
    in_sudan = kb.in_context("RSF", frozenset({"SDN", "EGY"}))
    assert in_sudan is not None and (in_sudan.code, in_sudan.sector) == ("SDN", "PRM")
    assert kb.in_context("RSF", frozenset({"FRA"})) is None
    assert kb.in_context("UN", frozenset({"SDN"})) is None


def test_the_capital_of_a_country(kb):
    assert kb.capital_of("RUS") == "Moscow" and kb.capital_of("GBR") == "London"
    assert kb.capital_of("XXX") is None
