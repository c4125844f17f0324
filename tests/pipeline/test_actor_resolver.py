"""Actor phrases (pipeline.actor_resolver): which words name the actor, and the country and sector they give."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadline.records import Document


@pytest.mark.parametrize(("text", "target"), [
    # a place that tells which people belongs to the phrase that names them
    ("Gunmen killed 75 displaced people in eastern Syria on Sunday.", "75 displaced people in eastern Syria"),
    ("Al Shabaab militants murdered 67 students at a university in Mandera.", "67 students at a university"),
    # the charge is not part of the accused's name
    ("Amnesty International accused the Nigerian military of mass killings.", "the Nigerian military"),
    # a proper name keeps its own words only
    ("Russia attacked Ukraine in May.", "Ukraine"),
    # a day hung on the place, and an apposition that names the act, are no part of the target
    ("Indian police stormed a student hostel in Aligarh Sunday in a crackdown.", "a student hostel in Aligarh"),
    ("Soldiers attacked a rebel base near Beni, their third attack in a week.", "a rebel base near Beni"),
    # nor is the act they were hit in, though a place follows it
    ("Three armed men killed 40 people in coordinated attacks in Paris.", "40 people"),
])
def test_the_words_that_name_the_target(code_text, text, target):
    assert any(target in [a.text for a in e.target] for e in code_text(text))


def test_a_compound_that_is_a_sector_term_names_an_actor(code_text):
    events = [e for e in code_text("A home guard was stabbed by rioters in Surat.") if e.event_type == "ASSAULT"]
    assert events and [(a.country, a.sector) for a in events[0].target] == [("IND", "COP")]


@pytest.mark.parametrize(("text", "source"), [
    # an apposition right after the name is part of it
    ("The president of Kenya, Uhuru Kenyatta, criticised Somalia.", "The president of Kenya, Uhuru Kenyatta"),
    # one the parser hung on a subject far before it describes what stands between them
    ("Kenya relaxed the curfew on Monday in Lamu county, the scene of attacks last year, as troops in Somalia "
     "pursued militants.", "Kenya"),
])
def test_the_words_that_name_the_source(code_text, text, source):
    assert any(source in [a.text for a in e.source] for e in code_text(text))


def test_a_leader_the_text_calls_ousted_is_a_former_one_whatever_the_table_says(code_text):
    import datetime as dt

    text = "Ousted President Askar Akayev criticised the new government of Kyrgyzstan."
    events = [e for e in code_text(text, date=dt.date(2004, 6, 1)) if e.event_type == "ACCUSE"]
    assert events and [(a.country, a.sector) for a in events[0].source] == [("KGZ", "ELI")]
    sitting = [e for e in code_text("President Askar Akayev criticised Uzbekistan.", date=dt.date(2004, 6, 1))
               if e.event_type == "ACCUSE"]
    assert sitting and [(a.country, a.sector) for a in sitting[0].source] == [("KGZ", "GOV")]


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("The Chicago police arrested three protesters on Monday.", "USA", "COP"),
    ("A Chicago bank agreed in Mexico City to fund the Mexican government's road plan.", "USA", "BUS"),
])
def test_a_big_city_before_the_noun_gives_its_country(code_text, text, country, sector):
    actors = [(a.country, a.sector) for e in code_text(text) for a in e.source]
    assert (country, sector) in actors


@pytest.mark.parametrize("text", [
    "Egypt finally let free the activist Mohamed Soltan after two years in prison.",
    "Egypt set free the activist Mohamed Soltan after two years in prison.",
])
def test_letting_or_setting_someone_free_is_a_release_by_the_one_who_lets(code_text, text):
    releases = [e for e in code_text(text) if e.event_type == "RETREAT" and e.mode == "release"]
    assert releases and [a.country for a in releases[0].source] == ["EGY"]
    assert any("Soltan" in a.text for a in releases[0].target)


def test_a_seat_of_power_after_in_is_only_a_place_for_a_thing(code_text):
    # "Brussels" stands for the EU when people of it act, not where roads are blocked
    [blocked] = [e for e in code_text("Truck drivers blocked roads in Brussels on Monday.") if e.trigger.text == "blocked"]
    assert {a.country for a in blocked.target} == {"BEL"}
    [criticised] = [e for e in code_text("Officials in Brussels criticised the plan on Monday.")
                    if e.trigger.text == "criticised"]
    assert {a.country for a in criticised.source} == {"EU"}


@pytest.mark.parametrize(("text", "country"), [
    ("Thousands of Chileans marched in Santiago against the pension reform.", "CHL"),
    ("Serbians protested outside parliament in Belgrade on Sunday.", "SRB"),
])
def test_protesters_named_by_their_nation_are_its_civilians(code_text, text, country):
    events = [e for e in code_text(text) if e.event_type == "PROTEST"]
    assert events and [(a.country, a.sector) for a in events[0].source] == [(country, "CVL")]


def test_an_acronym_read_by_the_country_the_report_names(code_text):
    [accused] = [e for e in code_text("Sudan's army accused the RSF of shelling a camp near El Obeid.")
                 if e.event_type == "ACCUSE"]
    assert [(a.country, a.sector) for a in accused.target] == [("SDN", "PRM")]
    [said] = [e for e in code_text("RSF condemned the arrest of two reporters in Paris.") if e.event_type == "ACCUSE"]
    assert [a.sector for a in said.source] == ["SOC"]


@pytest.mark.parametrize(("text", "sector"), [
    ("Gunmen shot a security guard at a bank in Nairobi.", "CVL"),
    ("Robbers stabbed a watchman at a warehouse in Mombasa.", "CVL"),
])
def test_private_guards_are_civilians_not_the_building_they_guard(code_text, text, sector):
    events = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    assert events and [a.sector for a in events[0].target] == [sector], [a.text for a in events[0].target]


def test_they_after_an_act_on_offenders_are_the_offenders(code_text):
    events = code_text("Police shot dead three robbers after they attacked a bank in Thika.")
    [attack] = [e for e in events if e.trigger.text == "attacked"]
    assert [a.sector for a in attack.source] == ["CRM"]
    [search] = [e for e in code_text("Police arrested two men after they searched the house.")
                if e.trigger.text == "searched"]
    assert [a.sector for a in search.source] == ["COP"]


def test_a_building_a_participle_hangs_on_demands_nothing(code_text):
    [demand] = [e for e in code_text("Students in Dhaka set fire to a police station demanding the resignation "
                                      "of the home minister.") if e.event_type == "REQUEST"]
    assert [a.sector for a in demand.source] == ["EDU"], [a.text for a in demand.source]



def test_a_sides_drones_are_its_forces(code_text):
    [hit] = [e for e in code_text("Ukrainian drones struck an oil depot in Russia's Bryansk region overnight.")
             if e.event_type == "ASSAULT"]
    assert [(a.country, a.sector) for a in hit.source] == [("UKR", "MIL")]
    # a lone drone strike tells no side
    events = [e for e in code_text("A drone strike killed three militants in southern Somalia.")
              if e.event_type == "ASSAULT"]
    assert events and all(a.sector != "MIL" for e in events for a in e.source)


def test_the_demand_of_a_crowd_is_the_crowds(code_text):
    [demand] = [e for e in code_text("Thousands rallied in Tbilisi demanding the resignation of the government.")
                if e.event_type == "REQUEST"]
    assert [(a.country, a.sector) for a in demand.source] == [("GEO", "CVL")]


def test_a_former_leader_learned_from_the_text_is_out_of_office(coder):
    events = coder.code(Document(id="t", text="Myanmar's military junta sentenced former leader Aung San Suu Kyi "
                                 "to four more years in prison.", date=dt.date(2022, 12, 30)))
    [sentence] = [e for e in events if e.event_type == "SANCTION"]
    assert [(a.country, a.sector) for a in sentence.target] == [("MMR", "ELI")]
    # the first words of a person's name are no town of that name
    assert sentence.location is None or sentence.location.precision == "country"


def test_a_crowd_the_parser_made_a_noun_phrase_of_is_the_protester(code_text):
    [protest] = [e for e in code_text("A group of musicians protested in Chennai over unpaid fees.")
                 if e.event_type == "PROTEST"]
    assert [a.text for a in protest.source] == ["A group of musicians"]


def test_the_two_leaders_are_both_sides_of_the_meeting_before(code_text):
    events = code_text("Kenya's president William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa. "
                       "The two leaders agreed to boost trade.")
    [agreed] = [e for e in events if e.event_type == "AGREE"]
    assert sorted(a.country for a in agreed.source) == ["ETH", "KEN"]


@pytest.mark.parametrize(("text", "target"), [
    ("Egypt's foreign minister hosted his Jordanian counterpart in Cairo on Sunday.", ("JOR", "GOV")),
    ("The Indonesian navy chief met his Malaysian counterpart in Jakarta.", ("MYS", "MIL")),
])
def test_a_counterpart_holds_the_office_of_the_one_whose_counterpart_he_is(code_text, text, target):
    [meeting] = [e for e in code_text(text) if e.event_type == "CONSULT"]
    assert [(a.country, a.sector) for a in meeting.target] == [target]


def test_the_officials_of_two_countries_are_one_actor_each(code_text):
    [talks] = [e for e in code_text("The defence ministers of Japan and Australia held talks in Tokyo.")
               if e.event_type == "CONSULT"]
    assert sorted(a.country for a in talks.source + talks.target) == ["AUS", "JPN"]


@pytest.mark.parametrize("text", [
    "US Secretary of State Avril Haines met Saudi officials in Riyadh.",
    "Iran's Minister of Foreign Affairs Kamal Kharrazi met Saudi officials in Riyadh.",
])
def test_a_title_with_of_before_a_name_gives_the_sector(code_text, text):
    [meeting] = [e for e in code_text(text) if e.event_type == "CONSULT"]
    assert [a.sector for a in meeting.source] == ["GOV"], meeting.source


@pytest.mark.parametrize(("text", "trigger", "not_country"), [
    # one who stands to another is not of the other's country
    ("Turkey accused Russia's allies of shelling the town.", "accused", "RUS"),
    ("Rebels killed a commander of Iran's allies near the border on Sunday.", "killed", "IRN"),
])
def test_an_ally_or_rival_is_not_of_the_country_it_stands_to(code_text, text, trigger, not_country):
    events = [e for e in code_text(text) if e.trigger.text == trigger]
    assert events and not any(a.country == not_country for a in events[0].target)


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("The Chinese leader criticised the tariffs on Friday.", "CHN", "GOV"),
    ("The visiting Indonesian leader met Putin in Moscow.", "IDN", "GOV"),
    # a leader of a group or a community is not a country's government
    ("A Hamas leader criticised the truce talks.", "PSE", "REB"),
    ("Community leaders in Marsabit criticised the police.", "KEN", "CVL"),
])
def test_who_a_leader_leads(code_text, text, country, sector):
    events = code_text(text)
    assert events, text
    assert [(a.country, a.sector) for a in events[0].source] == [(country, sector)]


@pytest.mark.parametrize("text", [
    "Two fishermen were killed in an Israeli strike on Gaza City.",
    "Israeli strikes killed two fishermen in Gaza City.",
    "A Ukrainian drone attack wounded three soldiers in Belgorod.",
])
def test_a_state_s_strike_from_afar_is_its_military_s(code_text, text):
    events = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    assert events, text
    assert [a.sector for a in events[0].source] == ["MIL"]


def test_the_forces_that_came_in_did_the_incursion(code_text):
    events = code_text("Manila reported the incursion of six Chinese navy ships into its waters.")
    incursion = [e for e in events if e.trigger.text == "incursion"]
    assert incursion and [a.country for a in incursion[0].source] == ["CHN"]
    assert "CHN" not in [a.country for a in incursion[0].target]


def test_a_village_chief_is_the_local_authority(code_text):
    events = [e for e in code_text("Bandits killed a village chief and two farmers in Katsina state.")
              if e.event_type == "ASSAULT"]
    assert events and ("NGA", "GOV") in [(a.country, a.sector) for a in events[0].target]


def test_a_foreign_ship_is_not_of_the_place_it_was_seized_in(code_text):
    events = [e for e in code_text("The Iranian navy seized a foreign oil tanker near the coast of Oman.")
              if e.event_type == "COERCE"]
    assert events and [(a.country, a.sector) for a in events[0].target] == [(None, "BUS")]


def test_the_place_a_deal_was_signed_is_not_part_of_the_partner(code_text):
    events = code_text("The Ethiopian government signed a peace agreement with Tigrayan forces in Nairobi.")
    signed = [e for e in events if e.trigger.text == "signed"]
    assert signed and [(a.text, a.country) for a in signed[0].target] == [("Tigrayan forces", "ETH")]
