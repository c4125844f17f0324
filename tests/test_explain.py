"""Actor resolution end to end (parse + knowledge), phrase by phrase, as `dyadline actor` shows it.

Each row: phrase, article date, context (or None), expected country, sector, and a
part of the name where the actor is a known or learned person.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from dyadline.errors import DyadlineError
from dyadline.explain import explain_actor

D = dt.date(2025, 6, 30)
OLD = dt.date(2010, 6, 30)

CASES = [
    # countries: names and variants
    ("Azerbaijan", D, None, "AZE", "GOV", None),
    ("Russia", D, None, "RUS", "GOV", None),
    ("the United States", D, None, "USA", "GOV", None),
    ("the U.S.", D, None, "USA", "GOV", None),
    ("Britain", D, None, "GBR", "GOV", None),
    ("the United Kingdom", D, None, "GBR", "GOV", None),
    ("Turkey", D, None, "TUR", "GOV", None),
    ("Türkiye", D, None, "TUR", "GOV", None),
    ("Ivory Coast", D, None, "CIV", "GOV", None),
    ("Myanmar", D, None, "MMR", "GOV", None),
    ("Burma", D, None, "MMR", "GOV", None),
    ("South Korea", D, None, "KOR", "GOV", None),
    ("North Korea", D, None, "PRK", "GOV", None),
    ("the Democratic Republic of Congo", D, None, "COD", "GOV", None),
    ("Georgia", D, None, "GEO", "GOV", None),
    ("Ukraine", D, None, "UKR", "GOV", None),
    ("Armenia", D, None, "ARM", "GOV", None),
    ("Israel", D, None, "ISR", "GOV", None),
    ("Saudi Arabia", D, None, "SAU", "GOV", None),
    ("the United Arab Emirates", D, None, "ARE", "GOV", None),
    ("Iran", D, None, "IRN", "GOV", None),
    ("China", D, None, "CHN", "GOV", None),
    ("Germany", D, None, "DEU", "GOV", None),
    ("Kenya", D, None, "KEN", "GOV", None),
    ("Somalia", D, None, "SOM", "GOV", None),
    ("Mexico", D, None, "MEX", "GOV", None),
    ("Brazil", D, None, "BRA", "GOV", None),
    ("Czech Republic", D, None, "CZE", "GOV", None),
    ("the Philippines", D, None, "PHL", "GOV", None),
    ("the Netherlands", D, None, "NLD", "GOV", None),
    # capitals and seats of power acting
    ("Moscow", D, None, "RUS", "GOV", None),
    ("Baku", D, None, "AZE", "GOV", None),
    ("Kyiv", D, None, "UKR", "GOV", None),
    ("Kiev", D, None, "UKR", "GOV", None),
    ("Washington", D, None, "USA", "GOV", None),
    ("Beijing", D, None, "CHN", "GOV", None),
    ("Tehran", D, None, "IRN", "GOV", None),
    ("Ankara", D, None, "TUR", "GOV", None),
    ("the Kremlin", D, None, "RUS", "GOV", None),
    ("the White House", D, None, "USA", "GOV", None),
    ("Downing Street", D, None, "GBR", "GOV", None),
    ("the Pentagon", D, None, "USA", "MIL", None),
    ("the Elysee", D, None, "FRA", "GOV", None),
    ("the Knesset", D, None, "ISR", "LEG", None),
    # demonyms and adjectives with sector nouns
    ("Azerbaijani citizens", D, None, "AZE", "CVL", None),
    ("Russian police", D, None, "RUS", "COP", None),
    ("Russian authorities", D, None, "RUS", "GOV", None),
    ("Russian forces", D, None, "RUS", "MIL", None),
    ("American troops", D, None, "USA", "MIL", None),
    ("British diplomats", D, None, "GBR", "GOV", None),
    ("Chinese warships", D, None, "CHN", "MIL", None),
    ("Saudi officials", D, None, "SAU", "GOV", None),
    ("Emirati officials", D, None, "ARE", "GOV", None),
    ("Congolese refugees", D, None, "COD", "REF", None),
    ("Israeli soldiers", D, None, "ISR", "MIL", None),
    ("Palestinian protesters", D, None, "PSE", "CVL", None),
    ("Iranian lawmakers", D, None, "IRN", "LEG", None),
    ("Ukrainian journalists", D, None, "UKR", "JRN", None),
    ("Kenyan police officers", D, None, "KEN", "COP", None),
    ("Somali militants", D, None, "SOM", "REB", None),
    ("Syrian rebels", D, None, "SYR", "REB", None),
    ("Afghan refugees", D, None, "AFG", "REF", None),
    ("Nigerian troops", D, None, "NGA", "MIL", None),
    ("French lawmakers", D, None, "FRA", "LEG", None),
    ("German companies", D, None, "DEU", "BUS", None),
    ("Indian farmers", D, None, "IND", "AGR", None),
    ("Pakistani students", D, None, "PAK", "EDU", None),
    ("Egyptian judges", D, None, "EGY", "JUD", None),
    ("Iraqi Kurdish fighters", D, None, "IRQ", None, None),
    ("Mexican drug cartels", D, None, "MEX", "CRM", None),
    ("Venezuelan opposition leaders", D, None, "VEN", "OPP", None),
    ("Turkish intelligence", D, None, "TUR", "SPY", None),
    ("Lebanese doctors", D, None, "LBN", "MED", None),
    ("Brazilian workers", D, None, "BRA", "LAB", None),
    ("Georgian protesters", D, None, "GEO", "CVL", None),
    ("Armenian lawmakers", D, None, "ARM", "LEG", None),
    ("Belarusian border guards", D, None, "BLR", "COP", None),
    ("Sudanese civilians", D, None, "SDN", "CVL", None),
    ("Colombian guerrillas", D, None, "COL", "REB", None),
    ("Haitian gangs", D, None, "HTI", "CRM", None),
    # a rank in an armed group named by its name is that group's; people of a country counted are civilians
    ("a Taliban commander", D, None, "AFG", "REB", None),
    ("an al-Shabaab commander", D, None, "SOM", "REB", None),
    ("two Palestinians", D, None, "PSE", "CVL", None),
    ("the special task force", D, None, None, "COP", None),
    # a rank of the forces names their sector, not the state holding them
    ("a regime's lieutenant", D, None, None, "MIL", None),
    ("the government's colonel", D, None, None, "MIL", None),
    ("the government spokesman", D, None, None, "GOV", None),
    # possessives, "of" phrases, ministries and titles
    ("Azerbaijan's Foreign Ministry", D, None, "AZE", "GOV", None),
    ("Azerbaijan’s state media", D, None, "AZE", "JRN", None),
    ("the Culture Ministry of Azerbaijan", D, None, "AZE", "GOV", None),
    ("Russia's Defence Ministry", D, None, "RUS", "GOV", None),
    ("Ukraine's Foreign Minister Andrii Sybiha", D, None, "UKR", "GOV", "Sybiha"),
    ("Russian Deputy Prime Minister Alexey Overchuk", D, None, "RUS", "GOV", "Overchuk"),
    ("Turkey's Foreign Minister Hakan Fidan", D, None, "TUR", "GOV", "Fidan"),
    ("the Iranian Interior Ministry", D, None, "IRN", "GOV", None),
    ("Israel's Supreme Court", D, None, "ISR", "JUD", None),
    ("Kenya's parliament", D, None, "KEN", "LEG", None),
    ("the Chinese Foreign Ministry spokesperson", D, None, "CHN", "GOV", None),
    ("the Russian ambassador", D, None, "RUS", "GOV", None),
    ("the Indian embassy", D, None, "IND", "GOV", None),
    ("the Egyptian army", D, None, "EGY", "MIL", None),
    ("Sudan's Rapid Support Forces", D, None, "SDN", None, None),
    ("Nigeria's police", D, None, "NGA", "COP", None),
    ("the Polish Defence Minister", D, None, "POL", "GOV", None),
    ("the mayor of Kyiv", D, None, "UKR", "GOV", None),
    ("the president of France", D, None, "FRA", "GOV", None),
    ("the government of Armenia", D, None, "ARM", "GOV", None),
    ("the Chinese navy", D, None, "CHN", "MIL", None),
    ("the Israeli air force", D, None, "ISR", "MIL", None),
    ("Pakistan's Supreme Court", D, None, "PAK", "JUD", None),
    ("the British Prime Minister", D, None, "GBR", "GOV", None),
    ("a Jordanian official", D, None, "JOR", "GOV", None),
    ("a state-owned Egyptian newspaper", D, None, "EGY", "JRN", None),
    ("Azerbaijani public broadcaster ITV", D, None, "AZE", "JRN", None),
    ("Azerbaijani lawmakers", D, None, "AZE", "LEG", None),
    ("Azerbaijan Airlines", D, None, "AZE", "BUS", None),
    # international and non-state bodies
    ("the United Nations", D, None, "UN", None, None),
    ("the UN Security Council", D, None, "UNSC", None, None),
    ("the European Union", D, None, "EU", None, None),
    ("the European Commission", D, None, "EU", "GOV", None),
    ("NATO", D, None, "NATO", None, None),
    ("the OSCE", D, None, "OSCE", None, None),
    ("the African Union", D, None, "AU", None, None),
    ("ASEAN", D, None, "ASEAN", None, None),
    ("the CSTO", D, None, "CSTO", None, None),
    ("the IAEA", D, None, "IAEA", None, None),
    ("the International Criminal Court", D, None, "ICC", None, None),
    ("the World Health Organization", D, None, "WHO", None, None),
    ("the Red Cross", D, None, "ICRC", None, None),
    ("Amnesty International", D, None, "AMN", None, None),
    ("Human Rights Watch", D, None, "HRW", None, None),
    ("UNHCR", D, None, "UNHCR", None, None),
    ("the World Food Programme", D, None, "WFP", None, None),
    ("the IMF", D, None, "IMF", None, None),
    # people the leader table knows, on the article's date
    ("President Ilham Aliyev", D, None, "AZE", "GOV", "Aliyev"),
    ("Aliyev", D, None, "AZE", "GOV", "Aliyev"),
    # a surname the tagger takes for a place is still the leader in office that day
    ("Erdogan", dt.date(2020, 5, 1), "Erdogan warned Greece that Turkey could come suddenly one night.", "TUR",
     "GOV", "Erdo"),
    ("Vladimir Putin", D, None, "RUS", "GOV", "Putin"),
    ("Volodymyr Zelensky", D, None, "UKR", "GOV", "Zelensky"),
    ("Recep Tayyip Erdogan", D, None, "TUR", "GOV", "Erdo"),
    ("Benjamin Netanyahu", D, None, "ISR", "GOV", "Netanyahu"),
    ("Emmanuel Macron", D, None, "FRA", "GOV", "Macron"),
    ("Narendra Modi", D, None, "IND", "GOV", "Modi"),
    ("Xi Jinping", D, None, "CHN", "GOV", "Xi"),
    ("Nikol Pashinyan", D, None, "ARM", "GOV", "Pashinyan"),
    ("William Ruto", D, None, "KEN", "GOV", "Ruto"),
    # the date decides the office
    ("Boris Johnson", D, None, "GBR", "ELI", "Johnson"),
    ("Boris Johnson", dt.date(2020, 6, 30), None, "GBR", "GOV", "Johnson"),
    ("Angela Merkel", D, None, "DEU", "ELI", "Merkel"),
    ("Angela Merkel", OLD, None, "DEU", "GOV", "Merkel"),
    ("Uhuru Kenyatta", D, None, "KEN", "ELI", "Kenyatta"),
    ("Uhuru Kenyatta", dt.date(2016, 1, 1), None, "KEN", "GOV", "Kenyatta"),
    ("Jacinda Ardern", D, None, "NZL", "ELI", "Ardern"),
    ("Jacinda Ardern", dt.date(2019, 3, 20), None, "NZL", "GOV", "Ardern"),
    # people learned from the text and later mentions
    ("Overchuk", D, "Russian Deputy Prime Minister Alexey Overchuk arrived in Baku. Later Overchuk met officials.",
     "RUS", "GOV", "Overchuk"),
    ("Sybiha", D, "Ukraine's Foreign Minister Andrii Sybiha visited Baku in May. Sybiha praised the talks.",
     "UKR", "GOV", "Sybiha"),
    ("Toha", D, "Chilean Interior Minister Carolina Toha condemned the attack. Toha said more.",
     "CHL", "GOV", "Toha"),
    ("Aliyev's office", D, None, "AZE", "GOV", None),
    ("Ryzhenkov", D, "Belarusian Foreign Minister Maxim Ryzhenkov spoke. Ryzhenkov warned Lithuania.",
     "BLR", "GOV", "Ryzhenkov"),
    ("Police", D, "Police in Nairobi arrested 40 protesters.", "KEN", "COP", None),
    # coordination
    ("Hungarian and Romanian officials", D, None, "HUN", "GOV", None),
    # peoples located by a word or a place, forces led by a country, a shared surname
    ("Bosnian Serbs", D, None, "BIH", None, None),
    ("Iraqi Kurds", D, None, "IRQ", None, None),
    ("three ethnic Albanians", D, "Serb forces killed three ethnic Albanians in a village in southern Serbia.",
     None, "CVL", None),
    ("Vietnamese-led forces", D, None, "VNM", "MIL", None),
    # a country's adjective made a region's: no country (but "North Korean" stays a country's)
    ("Latin American presidents", D, None, None, "GOV", None),
    ("South American foreign ministers", D, None, None, "GOV", None),
    ("North Korean troops", D, None, "PRK", "MIL", None),
    ("US-backed forces", D, None, None, "MIL", None),
    ("Judge Alejandro Rivera", D, None, None, "JUD", "Alejandro Rivera"),
    # historic names: the successor state, as the gold sets and GDELT code them
    ("Kampuchean guerrillas", OLD, None, "KHM", "REB", None),
    ("Soviet troops", OLD, None, "RUS", "MIL", None),
    ("West German officials", OLD, None, "DEU", "GOV", None),
    ("the Yugoslav army", OLD, None, "SRB", "MIL", None),
    # armed groups: a name the tagger takes for a person's is still the group; transnational groups
    # take no country of their own; people written as a bare number are civilians
    ("Al Shabaab", D, "Al Shabaab attacked a police post in Mandera.", "SOM", "REB", None),
    ("Mungiki", D, "Mungiki members attacked commuters in Nairobi.", "KEN", "PRM", None),
    ("Islamic State fighters", D, None, None, "REB", None),
    ("Pokot warriors", D, None, "KEN", "PRM", None),
    ("Three", D, "Three are killed in Garissa.", None, "CVL", None),
    ("Two", D, "Two of the soldiers were killed in an ambush.", None, "MIL", None),
    # police units Indian reports name by their initials; another country's office of a seat-of-power name
    ("The ATS", D, "The ATS arrested two suspects in Ahmedabad.", None, "COP", None),
    ("An STF team", D, "An STF team shot dead a gangster in Meerut.", None, "COP", None),
    ("Pakistan's foreign office", D, None, "PAK", "GOV", None),
    ("FARC dissidents", D, None, "COL", "REB", None),
    ("the Foreign Office", D, None, "GBR", "GOV", None),
]
CASES += [
    # a title in apposition after an unknown person's name
    ("Kenzo Oshima", D, "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded access.",
     "UN", "IGO", "Kenzo Oshima"),
    ("Maria Ruiz", D, "Maria Ruiz, a Mexican police commander, was shot in Juarez.", "MEX", "COP", "Maria Ruiz"),
    # people fleeing a country are of it
    ("refugees fleeing the civil war in Liberia", OLD, None, "LBR", "REF", None),
    # allies of an armed group fight in its country; allies of a state are not that state's
    ("pro-Houthi forces", D, None, "YEM", "MIL", None),
    ("pro-Turkey rebel factions", D, None, None, "REB", None),
    ("more than 30 community members", D, None, None, "CVL", None),
    # a noun that counts or gathers people is the people it is of
    ("a number of residents", D, None, None, "CVL", None),
    ("the frontline positions of the armed forces of Armenia", D, None, "ARM", "MIL", None),
    ("the Luhansk People's Militia", D, None, None, "PRM", None),
    ("a group of armed bandits", D, None, None, "CRM", None),
    ("the youth", D, None, None, "CVL", None),
    ("rival ethnic groups", D, None, None, "CVL", None),
    ("boda boda operators", D, None, None, "BUS", None),
    # communal groups (knowledge/data/communal_groups.csv): civilians unless a word says otherwise; a people
    # living across borders has no country of its own (the place's, or the country word's); any proper name
    # before clan / community / tribe is a group
    ("the Degodia clan", D, None, None, "CVL", None),
    ("Turkana herders", D, None, "KEN", "AGR", None),
    ("Nigerian Fulani herdsmen", D, None, "NGA", "AGR", None),
    ("Hema militia", D, None, "COD", "PRM", None),
    ("Luo", D, "3 Luo were killed in Kisumu.", "KEN", "CVL", None),
    ("members of the Kabsiren clan", D, None, None, "CVL", None),
    # armed groups of ACLED's reports, by their acronyms and names
    ("10 Imbonerakure", D, None, "BDI", "PRM", None),
    ("QSD fighters", D, None, "SYR", "REB", None),
    ("GNA positions", D, None, "LBY", "GOV", None),
    ("Mai-Mai militiamen", D, None, "COD", None, None),
    ("an unknown party", D, None, None, "UAF", None),
    # a base, and the town an official holds office in (a town the country tables lack: the gazetteer's)
    ("Pakistan-based militants", D, None, "PAK", "REB", None),
    ("the mayor of Melitopol", D, None, "UKR", "GOV", None),
    ("the governor of Kandahar", D, None, "AFG", "GOV", None),
]
NOT_ACTORS = ["the US dollar", "the high US dollar exchange rate", "Kenyan time",
              "political autonomy from Serbian authorities"]


@pytest.mark.parametrize(("phrase", "date", "context", "country", "sector", "name"), CASES,
                         ids=[f"{c[0]}@{c[1]}" for c in CASES])
def test_actor_phrase(coder, phrase, date, context, country, sector, name):
    result = explain_actor(phrase, date=date, context=context, coder=coder)
    assert result.actor is not None, result.describe()
    assert result.actor.country == country, result.describe()
    if sector is not None:
        assert result.actor.sector == sector, result.describe()
    if name is not None:
        assert result.actor.name and name in result.actor.name, result.describe()
    assert result.reasons


def test_there_are_at_least_150_cases():
    assert len(CASES) >= 150


def test_coordination_gives_one_actor_per_country(coder):
    result = explain_actor("Hungarian and Romanian officials", date=D, coder=coder)
    assert sorted(a.country for a in result.actors) == ["HUN", "ROU"]


def test_leader_has_a_wikidata_id(coder):
    result = explain_actor("President Ilham Aliyev", date=D, coder=coder)
    assert result.actor.wikidata and result.actor.wikidata.startswith("Q")


@pytest.mark.parametrize("phrase", NOT_ACTORS)
def test_a_thing_of_a_country_is_not_an_actor(coder, phrase):
    assert explain_actor(phrase, date=D, coder=coder).actor is None


def test_unknown_word_is_not_an_actor(coder):
    assert explain_actor("the weather", date=D, coder=coder).actor is None


def test_phrase_missing_from_context_is_an_error(coder):
    with pytest.raises(DyadlineError, match="does not occur"):
        explain_actor("Overchuk", context="Nothing here.", coder=coder)


def test_cli_prints_the_resolution_and_why():
    proc = subprocess.run(
        [sys.executable, "-m", "dyadline.cli", "actor", "Russian Deputy Prime Minister Alexey Overchuk",
         "--date", "2025-06-30"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "country=RUS sector=GOV name=Alexey Overchuk" in proc.stdout
    assert "because" in proc.stdout


def test_a_capital_stands_for_the_state_it_was_the_capital_of_on_the_date(coder):
    assert explain_actor("Juba", date=dt.date(1990, 1, 1), coder=coder).actor.country == "SDN"
    assert explain_actor("Juba", date=dt.date(2020, 1, 1), coder=coder).actor.country == "SSD"
