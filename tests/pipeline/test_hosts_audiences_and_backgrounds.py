"""Session-16 readings: hosts of arrivals, the press as no partner, treaties left and named for cities, acts
someone is held for, and counts of the dead written in headline style or broken by an aside."""

from __future__ import annotations

import pytest

from event_helpers import kept


def test_an_arriving_delegation_visits_the_country_it_arrives_in(code_text):
    [visit] = kept(code_text("A group of Japanese senators arrived in Manila for a three-day stay."), "CONSULT")
    assert visit.mode == "visit"
    assert [a.country for a in visit.source] == ["JPN"] and [a.country for a in visit.target] == ["PHL"]


def test_arriving_troops_are_no_visit(code_text):
    events = code_text("A battalion of Rwandan peacekeepers arrived in Bangui on Friday.")
    assert not kept(events, "CONSULT")


def test_speaking_with_a_counterpart_is_a_consultation(code_text):
    [talk] = kept(code_text("Kenya's foreign minister spoke with his Ugandan counterpart about the border."),
                   "CONSULT")
    assert [a.country for a in talk.source] == ["KEN"] and [a.country for a in talk.target] == ["UGA"]


@pytest.mark.parametrize("text", [
    "The Indonesian president talked with reporters at the airport.",
    "The Peruvian prime minister spoke with journalists outside the palace.",
])
def test_speaking_to_the_press_is_no_consultation(code_text, text):
    assert not kept(code_text(text), "CONSULT")


def test_leaving_an_organisation_cuts_ties_with_it(code_text):
    [cut] = kept(code_text("Mali withdrew from the regional bloc on Sunday."), "SANCTION")
    assert cut.mode == "discontinue" and [a.country for a in cut.source] == ["MLI"]


def test_troops_withdrawing_still_retreat(code_text):
    assert kept(code_text("Eritrean troops withdrew from the Ethiopian town of Humera."), "RETREAT")


def test_an_accord_named_for_a_capital_is_no_actor(code_text):
    events = code_text("Brazil withdrew from the Lisbon treaty on fisheries.")
    [cut] = kept(events, "SANCTION")
    assert all(a.country != "PRT" for a in cut.target)


def test_walking_off_the_job_is_a_strike(code_text):
    [strike] = kept(code_text("Bus drivers in Lagos walked off the job over unpaid wages."), "PROTEST")
    assert strike.mode == "strike"


def test_restated_backing_is_support(code_text):
    [backing] = kept(code_text("Norway reaffirmed its backing for Moldova on Tuesday."), "SUPPORT")
    assert [a.country for a in backing.target] == ["MDA"]


def test_providing_a_country_with_arms_is_aid(code_text):
    [aid] = kept(code_text("Britain provided Estonia with air-defence weapons last month."), "AID")
    assert [a.country for a in aid.source] == ["GBR"] and [a.country for a in aid.target] == ["EST"]


def test_whose_bullet_hit_the_dead_is_the_killer(code_text):
    [killing] = kept(code_text("A student lost his life when a police bullet struck him near the bus stand."),
                      "ASSAULT")
    assert [a.sector for a in killing.source] == ["COP"]
    assert killing.fatalities == 1


def test_an_act_suspects_are_held_for_is_background(code_text):
    events = code_text("Two men suspected of robbing a petrol station were beaten to death by residents in Eldoret.")
    assaults = kept(events, "ASSAULT")
    assert len(assaults) == 1 and assaults[0].fatalities == 2
    assert [a.sector for a in assaults[0].source] == ["CVL"]


def test_an_accused_act_stays_beside_the_accusation(code_text):
    events = code_text("Chad accused Sudan of bombing border villages near Adre.")
    assert kept(events, "ACCUSE") and kept(events, "ASSAULT")


def test_a_count_broken_by_an_aside_still_counts(code_text):
    [killing] = kept(code_text("Four police (or five, by another account) officers were killed when a bomb "
                                "hit their truck in Garissa."), "ASSAULT")
    assert killing.fatalities == 4


def test_a_headline_victim_without_article_is_one(code_text):
    [killing] = kept(code_text("Angry crowd kills man over theft of a phone"), "ASSAULT")
    assert killing.fatalities == 1


def test_a_threat_with_a_condition_is_aimed_at_the_condition_doers(code_text):
    [threat] = kept(code_text("Serbia said it would take military action if Kosovar police raided Serb villages again."),
                     "THREATEN")
    assert [a.country for a in threat.source] == ["SRB"] and [a.country for a in threat.target] == ["XKX"]


def test_welcoming_a_release_is_support_not_a_visit(code_text):
    events = code_text("The European Union welcomed the release of the jailed journalists in Azerbaijan.")
    assert kept(events, "SUPPORT") and not kept(events, "CONSULT")


def test_welcoming_a_visitor_is_a_visit(code_text):
    [visit] = kept(code_text("The Kenyan president welcomed his Tanzanian counterpart to Nairobi."), "CONSULT")
    assert visit.mode == "visit"


def test_a_dialogue_is_a_consultation(code_text):
    assert kept(code_text("India and Pakistan held a round of dialogue on water in Lahore."), "CONSULT")


def test_blocking_a_package_rejects_it(code_text):
    [veto] = kept(code_text("Slovakia blocked the bloc's new sanctions package against Iran."), "REJECT")
    assert [a.country for a in veto.source] == ["SVK"]


def test_an_anti_terrorist_squad_is_police(code_text):
    [arrest] = kept(code_text("The anti-terrorist squad arrested a bomb-maker in Mombasa."), "COERCE")
    assert [a.sector for a in arrest.source] == ["COP"]


@pytest.mark.parametrize("text, event_type", [
    ("The Thai junta gave in to the students' demands and freed the detained leaders.", "CONCEDE"),
    ("The Turkish cabinet assailed Sweden for allowing the rally.", "ACCUSE"),
    ("Georgian officials lobbied Brussels for candidate status.", "REQUEST"),
    ("Ethiopian troops besieged the town of Lalibela.", "COERCE"),
    ("The Indian prime minister offered condolences to Nepal after the floods.", "SUPPORT"),
    ("South Korea froze its loans to Myanmar after the coup.", "SANCTION"),
    ("Kyiv sought assurances from Warsaw on the grain transit.", "REQUEST"),
])
def test_lexicon_rows_of_session_16(code_text, text, event_type):
    assert kept(code_text(text), event_type)


def test_readiness_to_resume_talks_is_a_promise(code_text):
    events = code_text("Ecuador expressed readiness to resume negotiations with Peru on the border.")
    assert kept(events, "AGREE") and not kept(events, "CONSULT")


def test_a_count_before_a_groups_name_counts_its_fighters(code_text):
    [killing] = kept(code_text("Seven Boko Haram fighters were killed in an ambush near Maiduguri."), "ASSAULT")
    assert killing.fatalities == 7


def test_a_victims_age_is_no_count(code_text):
    [killing] = kept(code_text("An 8 yr old boy was shot dead by raiders in Baringo."), "ASSAULT")
    assert killing.fatalities == 1


def test_burning_someone_to_death_kills_them(code_text):
    [killing] = kept(code_text("A man suspected of theft was burnt to death by a crowd in Meru."), "ASSAULT")
    assert killing.fatalities == 1 and [a.sector for a in killing.source] == ["CVL"]


def test_firing_in_self_defence_with_deaths_after_kills(code_text):
    [firing] = kept(code_text("The constables said they had to fire in self-defence and four people died."), "ASSAULT")
    assert [a.sector for a in firing.source] == ["COP"] and firing.fatalities == 4


def test_the_deceased_hit_by_a_bullet_is_one_dead(code_text):
    [hit] = kept(code_text("The deceased, Iqbal, was hit by a police bullet near the market."), "ASSAULT")
    assert hit.fatalities == 1


def test_those_who_fell_to_police_bullets_were_killed_by_the_police(code_text):
    [killing] = kept(code_text("Among the dead were three men who fell to police bullets at Kalupur."), "ASSAULT")
    assert [a.sector for a in killing.source] == ["COP"]
    assert [a.text for a in killing.target] == ["three men"] and killing.fatalities == 3


def test_the_by_doers_of_a_passive_light_verb_did_the_act_its_subject_names(code_text):
    [appeal] = kept(code_text("An appeal for restraint was issued by the Nigerian president to the protesters."),
                     "REQUEST")
    assert [a.country for a in appeal.source] == ["NGA"]


def test_a_passive_submission_is_made_to_its_to_phrase(code_text):
    [request] = kept(code_text("Germany's request for the suspect's extradition was submitted to Rome."), "REQUEST")
    assert [a.country for a in request.source] == ["DEU"] and [a.country for a in request.target] == ["ITA"]


def test_a_protest_outside_an_embassy_targets_its_state(code_text):
    [protest] = kept(code_text("Dozens of Serbs protested outside the German embassy in Belgrade."), "PROTEST")
    assert [a.country for a in protest.target] == ["DEU"]


def test_the_international_community_is_no_people_of_a_place(code_text):
    [ask] = kept(code_text("The Haitian prime minister asked the international community to help Haiti's police."),
                  "REQUEST")
    assert all(a.sector != "CVL" for a in ask.target)


def test_one_who_was_hurt_and_later_succumbed_is_dead(code_text):
    events = code_text("A trader was stabbed and later succumbed to his wounds after youths attacked him in Thika.")
    assert any(e.fatalities == 1 for e in kept(events, "ASSAULT"))


def test_two_victims_read_as_two_subjects_add_up(code_text):
    events = code_text("A matatu driver and his conductor were killed by gunmen on the Garissa road.")
    assert [e.fatalities for e in kept(events, "ASSAULT")] == [2]


def test_a_headline_victim_with_a_kind_word_is_one(code_text):
    [killing] = kept(code_text("Prison warder killed in attack near Lodwar"), "ASSAULT")
    assert killing.fatalities == 1 and killing.target


@pytest.mark.parametrize("text, event_type", [
    ("Witnesses said Sudanese troops had pulled back from positions around El Obeid.", "RETREAT"),
    ("Satellite pictures showed Russia building up forces near the Finnish border.", "MOBILIZE"),
    ("The junta barred opposition leaders from travelling abroad.", "COERCE"),
])
def test_particles_read_as_adverbs_and_bars(code_text, text, event_type):
    assert kept(code_text(text), event_type)


def test_a_bare_of_title_names_the_government(code_text):
    [meeting] = kept(code_text("The Polish head of state met the Lithuanian president in Vilnius."), "CONSULT")
    assert [(a.country, a.sector) for a in meeting.source] == [("POL", "GOV")]


def test_retook_is_a_retaking(code_text):
    events = code_text("The Malian army retook the town of Kidal after a week of fighting with rebels.")
    assert any(e.cameo == "192" for e in kept(events, "ASSAULT"))


def test_an_act_done_without_is_negated(code_text):
    events = code_text("Ugandan troops entered the town and took control without firing a shot at the rebels.")
    firing = [e for e in events if e.trigger.text.startswith("firing")]
    assert firing and all(e.negated for e in firing)
    assert not kept([e for e in events if e.trigger.text.startswith("firing")], "ASSAULT")
