"""ACLED's codebook: one event per report, and the rules for events in a demonstration."""

from __future__ import annotations

import pytest

from dyadline.codebooks.acled import AcledType, ReportEvent, load_acled
from dyadline.evaluation.acled_types import _report_events


@pytest.fixture(scope="module")
def acled():
    return load_acled()


def report_class_of(code_text, text: str) -> AcledType | None:
    """The one ACLED event the coded events of ``text`` describe."""
    return load_acled().report_class(_report_events(code_text(text)))


def ev(event_type, sub, *, sources=(), mode=None, fatalities=None, named=True, targets=(), by=("they",),
       date=None, precision=None):
    return ReportEvent(event_type, mode, tuple(sources), fatalities, sub, named, tuple(targets),
                       tuple(by) if named else (), date, precision)


@pytest.mark.parametrize(("events", "expected"), [
    # a demonstration with nothing else: peaceful
    ([ev("PROTEST", "Peaceful protest", sources=["CVL"])], "Peaceful protest"),
    # police dispersed it: an intervention
    ([ev("PROTEST", "Peaceful protest", sources=["EDU"]), ev("ASSAULT", "Attack", sources=["COP"])],
     "Protest with intervention"),
    # arrests at it: an intervention, not an ACLED "Arrests" strategic development
    ([ev("PROTEST", "Peaceful protest", sources=["CVL"]), ev("COERCE", "Arrests", sources=["COP"], mode="arrest")],
     "Protest with intervention"),
    # the arrest of one person told in its report is what it is about, not how it was stopped
    ([ev("PROTEST", "Peaceful protest", sources=["JRN"]),
      ev("COERCE", "Arrests", sources=["COP"], mode="arrest", targets=["He"])], "Peaceful protest"),
    ([ev("PROTEST", "Peaceful protest", sources=["JRN"]),
      ev("COERCE", "Arrests", sources=["COP"], mode="arrest", targets=["12 protesters"])], "Protest with intervention"),
    # the police killed someone at it
    ([ev("PROTEST", "Peaceful protest", sources=["CVL"]), ev("ASSAULT", "Attack", sources=["COP"], fatalities=1)],
     "Excessive force against protesters"),
    # the demonstrators threw stones at the police: a riot
    ([ev("PROTEST", "Peaceful protest", sources=["CVL"]), ev("ASSAULT", "Armed clash", sources=["CVL"])],
     "Violent demonstration"),
    # the demonstrators attacked a bus: the demonstration turned violent, not mob violence of its own
    ([ev("PROTEST", "Peaceful protest", sources=["CVL"]), ev("ASSAULT", "Mob violence", sources=["CVL"])],
     "Violent demonstration"),
    # no demonstration: the highest-ranked type (a clash over the attack in it)
    ([ev("ASSAULT", "Attack", sources=["UAF"]), ev("ASSAULT", "Armed clash", sources=["PRM"])], "Armed clash"),
    ([ev("COERCE", "Arrests", sources=["COP"], mode="arrest"), ev("ASSAULT", "Attack", sources=["UAF"])], "Attack"),
    # shelling, then soldiers wounded by no one named: what the shelling did, not a clash of its own
    ([ev("ASSAULT", "Shelling/artillery/missile attack", sources=["REB"]),
      ev("ASSAULT", "Armed clash", sources=["UAF"], named=False)], "Shelling/artillery/missile attack"),
    # a clash whose sides are named stays a clash beside the shelling in it
    ([ev("ASSAULT", "Shelling/artillery/missile attack", sources=["REB"]),
      ev("ASSAULT", "Armed clash", sources=["MIL"])], "Armed clash"),
    # mortars fired, and small-arms fire observed with no one named: the exchange of fire is a clash
    ([ev("ASSAULT", "Shelling/artillery/missile attack", sources=["REB"], mode="firearms"),
      ev("ASSAULT", "Armed clash", sources=["UAF"], mode="firearms", named=False)], "Armed clash"),
    # rioters stoning the police in a report of no demonstration: mob violence
    ([ev("ASSAULT", "Violent demonstration", sources=["CVL"], targets=["police officers"])], "Mob violence"),
    # and a clash with no one named stays one when nothing was fired from afar
    ([ev("ASSAULT", "Armed clash", sources=[], named=False), ev("ASSAULT", "Attack", sources=["UAF"])],
     "Armed clash"),
    # a killing by others than the crowd, told as what the demonstration is about, is not its violence
    ([ev("PROTEST", "Peaceful protest", sources=["CVL"], by=["residents of the town"]),
      ev("ASSAULT", "Attack", sources=["CVL"], by=["two landlords"])], "Peaceful protest"),
    # tear gas used on fighting groups, with no demonstration: the fight is the event
    ([ev("ASSAULT", "Armed clash", sources=["UAF"], named=False),
      ev("ASSAULT", "Excessive force against protesters", sources=["COP"], mode="crowd-control")], "Armed clash"),
    # the police's force in it is an intervention, whoever the police are named as
    ([ev("PROTEST", "Peaceful protest", sources=["CVL"], by=["traders"]),
      ev("ASSAULT", "Attack", sources=["COP"], by=["riot police"])], "Protest with intervention"),
    # an event dated well before the report's own is background
    ([ev("PROTEST", "Peaceful protest", sources=["CVL"], date="2020-05-06", precision="day"),
      ev("ASSAULT", "Attack", sources=["CVL"], by=["Petrov"], date="2018-05-24", precision="day")],
     "Peaceful protest"),
    ([ev("PROTEST", "Peaceful protest", sources=["CVL"], date="2020-05-04", precision="day"),
      ev("PROTEST", "Violent demonstration", sources=["CVL"], date="2020-04-01", precision="month")],
     "Peaceful protest"),
    # one a few days before is part of it
    ([ev("PROTEST", "Peaceful protest", sources=["CVL"], date="2020-05-06", precision="day"),
      ev("PROTEST", "Violent demonstration", sources=["CVL"], date="2020-05-04", precision="day")],
     "Violent demonstration"),
])
def test_the_one_event_a_report_describes(acled, events, expected):
    found = acled.report_class(events)
    assert found is not None and found.sub_event_type == expected


def test_a_report_of_no_political_event_has_no_class(acled):
    assert acled.report_class([ev("CONSULT", None), ev("AGREE", None)]) is None


def test_every_sub_event_type_has_a_rank(acled):
    assert len(acled.types) == 25 and all(t.report_rank < 99 for t in acled.types.values())


@pytest.mark.parametrize("text", [
    "Students protested in Maseno and fought running battles with the police.",
    "Traders protested over new fees in Kisumu, burning tyres on the main road.",
    "Hawkers protested the demolition of their kiosks and vandalised a county office.",
])
def test_a_demonstration_with_violence_or_destruction_is_violent(code_text, text):
    events = [e for e in code_text(text) if e.event_type == "PROTEST"]
    assert events and events[0].acled is not None
    assert events[0].acled.sub_event_type == "Violent demonstration", events[0].acled


@pytest.mark.parametrize("text, expected", [
    ("Residents blocked the Nyeri road to protest rising accidents. They barricaded it with stones and bonfires.",
     "Violent demonstration"),
    ("Boda boda operators in Limuru protested the arrest of a colleague. The protesters lit bonfires on the road.",
     "Violent demonstration"),
    # the police stepping in is an intervention
    ("Laid-off miners staged a sit-in protest in Zonguldak to get their posts back. Police intervened and removed "
     "them from the square.", "Protest with intervention"),
    ("About 100 traders demonstrated at a toll booth in Salamanca. The protesters were removed by the police.",
     "Protest with intervention"),
])
def test_how_a_demonstration_went_may_be_told_after_it(code_text, text, expected):
    [event] = [e for e in code_text(text) if e.event_type == "PROTEST"][:1]
    assert event.acled is not None and event.acled.sub_event_type == expected, event.acled


@pytest.mark.parametrize("text", [
    # destruction the demonstrators protest against is not theirs
    "Farmers protested in front of the agency's office after water pollution destroyed their crops.",
    "Protesters gathered outside parliament in Beirut, demanding the recovery of looted public funds.",
])
def test_destruction_a_demonstration_is_about_leaves_it_peaceful(code_text, text):
    found = report_class_of(code_text, text)
    assert found is not None and found.sub_event_type == "Peaceful protest", found


def test_a_demonstration_alone_stays_peaceful_and_a_later_paragraph_is_not_its_story(code_text):
    text = "Residents marched in Nyeri to protest rising accidents.\n\nElsewhere, youths barricaded a road with stones."
    [event] = [e for e in code_text(text) if e.event_type == "PROTEST"][:1]
    assert event.acled is not None and event.acled.sub_event_type == "Peaceful protest", event.acled


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # a crowd attacking people is ACLED's mob violence; attacking the state's forces, a violent demonstration
    ("Angry youths attacked two journalists at a rally in Kakamega.", "Mob violence"),
    ("Supporters of the governor attacked a county official in Migori.", "Mob violence"),
    ("Rowdy youths clashed with police officers in Migori.", "Violent demonstration"),
    ("Migrant workers clashed with police officers in Vadodara.", "Violent demonstration"),
    # an armed group attacking civilians stays an attack
    ("Gunmen attacked two traders in Mandera.", "Attack"),
    # fire between forces with no one hit named, and fire on a force's positions: armed clashes
    ("On 11 March 2021, OSCE monitors heard 4 shots fired from small arms close to Popasna.",
     "Armed clash"),
    ("Azerbaijani troops opened fire with unidentified weapons on the positions held by Armenian forces "
     "near Berd.", "Armed clash"),
    # the police shooting someone the coder cannot place in a sector is no clash
    ("On March 14th, a police officer shot a fisherman by Lake Victoria in Homa Bay, hitting him in the leg.",
     "Attack"),
    # fire exchanged, or small arms beside heavier weapons: a clash, whatever the heavier weapons
    ("On 20 March 2021, monitors recorded 11 undetermined explosions in both directions along the contact line "
     "close to Horlivka.", "Armed clash"),
    ("On 17 March 2021, separatist fighters fired small arms, heavy machine guns and 82mm mortars toward army "
     "positions close to Shyrokyne.", "Armed clash"),
    # two unarmed groups clashing is mob violence; communal groups clashing is a clash of their militias
    ("Supporters of two rival candidates clashed at a polling station in Meru.", "Mob violence"),
    ("Two rival ethnic groups clashed over grazing land near the border with Ethiopia.", "Armed clash"),
    # an armed force attacking positions whose holders the coder cannot name: a clash
    ("On 21 March 2021, the army attacked rebel positions at Lasu in Yei River county.", "Armed clash"),
    # the soldiers of a "regime" are its military, an armed target
    ("On 6 May 2020, unknown gunmen attacked a checkpoint of regime forces in Dar'a, killing 2 regime soldiers.",
     "Armed clash"),
    # hostages held are abducted; forces engaged in a firefight clash
    ("Al Shabaab militants continued to hold hostages in a shopping mall in Nairobi.",
     "Abduction/forced disappearance"),
    ("On 13 March 2021, soldiers and NPA guerrillas engaged in a brief firefight outside Lianga.", "Armed clash"),
    # skirmishes and battles in the plural are clashes too
    ("Four people were killed at a water point near Moyale in fresh skirmishes between herders of two clans.",
     "Armed clash"),
    # the weapon names the remote violence
    ("On 16 March 2021, separatist units shot heavy machine guns toward army positions by Marinka.",
     "Shelling/artillery/missile attack"),
    ("On 19 March 2021, the Iraqi air force hit a hideout of ISIS near Tarmiyah, killing 3 ISIS fighters.",
     "Air/drone strike"),
    ("On 23 March 2021, government troops fired IFVs at positions of the separatist militia around Pisky.",
     "Shelling/artillery/missile attack"),
    # people named by their country or by a trade no table lists, clashing with forces: rioters, no armed group
    ("On 3 June 2020, clashes broke out between Palestinians and Israeli forces near Beita.", "Mob violence"),
    # ... but not people named by their arms or their gang
    ("On 3 June 2020, in Culiacan, gang members clashed with police officers.", "Armed clash"),
    # a thing or place named as what was shot at is not "no one hit"
    ("On 5 June 2020, gunmen shot at Kalaxa village and killed a shepherd.", "Attack"),
    ("On 12 April 2021, unknown gunmen shot and wounded a chemist in Herat city.", "Attack"),
    # fire returned is fire exchanged
    ("On 4 June 2020, in Soyapango, gang members opened fire on a police patrol and the officers shot back.",
     "Armed clash"),
    # an intelligence service's name is no air strike
    ("On 3 June 2020, gunmen shot dead an officer of the Air Force Intelligence in Inkhil.", "Armed clash"),
    # people of a country counted one by one, shot at by forces: civilians
    ("On 15 April 2021, Israeli soldiers shot rubber-coated bullets at four Palestinians near Kafr Qaddum.", "Attack"),
])
def test_violence_of_a_crowd(code_text, text, sub_event_type):
    events = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    assert events and events[0].acled is not None and events[0].acled.sub_event_type == sub_event_type, [
        (e.acled, [a.sector for a in e.source], [a.sector for a in e.target]) for e in events]


@pytest.mark.parametrize("text", [
    "In June 2021, government troops dug trenches and built fortifications south of Marib.",
    "Troop movements: On 2 June 2021, Ethiopian troops moved tanks toward Humera.",
])
def test_a_force_moving_or_digging_in_changes_its_activity(code_text, text):
    events = [e for e in code_text(text) if e.event_type == "MOBILIZE"]
    assert events and events[0].acled is not None
    assert events[0].acled.sub_event_type == "Change to group/activity"


def test_a_crowds_demand_in_the_street_is_a_protest_and_a_ministers_is_not(code_text):
    events = code_text("About 150 merchants gathered at the City Hall in Esperanza to demand the reopening of shops.")
    assert any(e.acled is not None and e.acled.sub_event_type == "Peaceful protest" for e in events), [
        (e.event_type, e.acled) for e in events]
    events = code_text("The foreign ministers of France and Germany gathered in Geneva and demanded a ceasefire.")
    assert not any(e.acled is not None and e.acled.event_type == "Protests" for e in events)


def test_prisoners_set_free_are_another_strategic_development(code_text):
    events = [e for e in code_text("The government released 67 rebel prisoners from a jail in Parwan.")
              if e.event_type == "RETREAT"]
    assert events and events[0].acled is not None
    assert (events[0].acled.event_type, events[0].acled.sub_event_type) == ("Strategic developments", "Other")


def test_clashes_between_two_groups_sharing_one_noun_have_both_sides(code_text):
    [clash] = [e for e in code_text("Clashes between Borana and Aulihan communities near Modogashe left two dead.")
               if e.event_type == "ASSAULT"]
    assert [a.text for a in clash.source] == ["Borana"] and [a.text for a in clash.target] == ["Aulihan communities"]
    assert clash.acled is not None and clash.acled.sub_event_type == "Armed clash"


@pytest.mark.parametrize(("text", "expected"), [
    ("Journalists protested in Multan against the arrest of their editor and demanded his release. "
     "He was arrested last month in a corruption case.", "Peaceful protest"),
    ("Residents protested in Nyeri against rising fuel prices. Police arrested 12 of the protesters.",
     "Protest with intervention"),
])
def test_an_arrest_in_a_demonstrations_report(code_text, text, expected):
    found = report_class_of(code_text, text)
    assert found is not None and found.sub_event_type == expected


@pytest.mark.parametrize("text, sector", [
    # the force moved is the actor
    ("Allied reinforcements arrived in the hills north of Taiz on 3 June.", "MIL"),
    ("On 5 June 2021, Somali army units were deployed to Beledweyne.", "MIL"),
    # a label before a colon is not the subject
    ("Troop movements: On 2 June 2021, Ethiopian troops moved tanks toward Humera.", "MIL"),
    ("Turkish troops brought armoured reinforcements to their posts near Idlib on 4 June.", "MIL"),
])
def test_forces_moved_are_a_change_to_their_activity(code_text, text, sector):
    events = [e for e in code_text(text) if e.event_type == "MOBILIZE"]
    assert events and [a.sector for a in events[0].source][:1] == [sector]
    assert events[0].acled is not None and events[0].acled.sub_event_type == "Change to group/activity"


@pytest.mark.parametrize("text", [
    "On 9 May 2020, the Turkish government began enforcing a two-day curfew in 24 provinces.",
    "The governor of Shabwa imposed a night curfew from 10 pm on 14 April.",
])
def test_a_curfew_is_a_security_measure(code_text, text):
    events = [e for e in code_text(text) if e.event_type == "COERCE" and e.mode == "curfew"]
    assert events and [a.sector for a in events[0].source] == ["GOV"]
    assert events[0].acled is not None and events[0].acled.sub_event_type == "Change to group/activity"


@pytest.mark.parametrize("sentence, expected", [
    ("Two groups of villagers clashed with sticks and stones over a land dispute.", "Mob violence"),
    # a firearm in the sentence rules the row out: an armed clash
    ("Two groups of villagers clashed with sticks and guns over a land dispute.", "Armed clash"),
])
def test_a_fight_with_stones_and_sticks_is_mob_violence_unless_guns_are_used(acled, sentence, expected):
    found = acled.classify("ASSAULT", None, ["UAF"], [], sentence)
    assert found is not None and found[0].sub_event_type == expected


def test_an_army_fighting_with_sticks_is_no_mob(acled):
    found = acled.classify("ASSAULT", None, ["MIL"], ["REB"], "Soldiers clashed with rebels armed with sticks.")
    assert found is not None and found[0].sub_event_type == "Armed clash"


def test_an_officer_attacked_off_duty_is_a_civilian_victim(acled):
    found = acled.classify("ASSAULT", None, ["UAF"], ["COP"], "Armed men shot an off-duty police officer at his home.")
    assert found is not None and found[0].sub_event_type == "Attack"
    found = acled.classify("ASSAULT", None, ["UAF"], ["COP"], "Armed men shot a police officer at a checkpoint.")
    assert found is not None and found[0].sub_event_type == "Armed clash"


@pytest.mark.parametrize("text, expected", [
    ("Police repulse an Al Shabaab attack on a post in Mandera.", "Armed clash"),
    ("On 16 April 2021, attacks by helicopter gunships were launched against jihadist fighters.", "Air/drone strike"),
])
def test_how_an_attack_went_names_its_kind(acled, code_text, text, expected):
    found = report_class_of(code_text, text)
    assert found is not None and found.sub_event_type == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Officers shot in the air to disperse an unruly group of voters at a polling centre in Thika.",
     "Protest with intervention"),
    # a killing is no mere dispersal
    ("Police opened fire to disperse the crowd, killing two.", "Attack"),
])
def test_a_crowd_the_police_dispersed(acled, sentence, expected):
    found = acled.classify("ASSAULT", None, ["COP"], ["CVL"], sentence)
    assert found is not None and found[0].sub_event_type == expected


def test_a_protest_said_to_be_peaceful_stays_peaceful(acled):
    sentence = "Residents took to the streets and lit bonfires, but the march remained peaceful."
    found = acled.classify("PROTEST", "demo", ["CVL"], ["GOV"], sentence)
    assert found is not None and found[0].sub_event_type == "Peaceful protest"
    found = acled.classify("PROTEST", "demo", ["CVL"], ["GOV"], "Residents took to the streets and lit bonfires.")
    assert found is not None and found[0].sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "On 18 April 2021, around 80 mothers gathered outside a clinic in Battambang to demand free vaccines.",
    "Striking county workers took to the streets in Mombasa over five months of unpaid salaries.",
    "On 22 April 2021, some forty opposition supporters gathered in Tetovo and chanted slogans.",
])
def test_a_crowd_gathered_to_demand_is_a_protest(acled, code_text, text):
    found = report_class_of(code_text, text)
    assert found is not None and found.sub_event_type == "Peaceful protest"


def test_ministers_gathered_to_talk_are_no_protest(code_text):
    assert not [e for e in code_text("Ministers gathered in Brussels to discuss the budget.") if e.event_type == "PROTEST"]


@pytest.mark.parametrize("text, expected", [
    ("On 7 May 2020, police and CRPF personnel defused five IEDs planted by Maoists near Jojodagra village.",
     "Disrupted weapons use"),
    ("On 8 May 2020, US forces established a new base in Deir ez-Zor.", "Headquarters or base established"),
    ("On 10 April 2021, members of the Gulf Cartel delivered bags of food to residents of Matamoros.",
     "Change to group/activity"),
    ("On 2 June 2020, Al Shabaab recruited dozens of youths in Garissa.", "Change to group/activity"),
    # the subject the parser hung on the list of places before it, and handing out boxes of food
    ("As reported on 2 June 2020, in Reynosa, Tamaulipas, members of a cartel delivered boxes of groceries to "
     "families.", "Change to group/activity"),
])
def test_strategic_developments_of_armed_groups(acled, code_text, text, expected):
    found = report_class_of(code_text, text)
    assert found is not None and found.sub_event_type == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people who are no armed group fighting are rioters
    ("On 3 June 2020, in Valparaiso, street vendors clashed with municipal police officers.", "Mob violence"),
    ("On 3 June 2020, a clash ensued between stranded migrant workers and police near Birgunj.", "Mob violence"),
    ("On 3 June 2020, two groups clashed over a boundary wall in Hajipur. Four people were hurt.", "Mob violence"),
    ("On 3 June 2020, volunteers enforcing the lockdown beat up a vegetable seller in Kota.", "Mob violence"),
    # explosives named in any form; a petrol bomb is thrown by hand, no explosive device
    ("On 11 April 2021, insurgents staged a remote explosive attack against a culvert outside Hakkari.",
     "Remote explosive/landmine/IED"),
    ("On 3 June 2020, armed men used explosives to blow open a cash machine in Caruaru.",
     "Remote explosive/landmine/IED"),
    ("On 7 June 2020, members of a separatist group threw petrol bombs at a police post in Douala.", "Armed clash"),
    # a crowd's demand with barricades or burning tyres is a violent demonstration
    ("On 19 April 2021, unemployed youths blocked streets with burning tires in Kasserine, demanding work.",
     "Violent demonstration"),
    ("On 7 June 2020, dozens of residents burned tyres on the main road of Kassala to denounce water cuts. Police "
     "dispersed them with tear gas.", "Violent demonstration"),
    # ways of a street protest
    ("On 5 June 2020, nurses gathered in Oran to mark the day and denounce their working conditions.",
     "Peaceful protest"),
    ("On 5 June 2020, a few dozen supporters of the party gathered and chanted slogans in Bitola.", "Peaceful protest"),
    ("On 5 June 2020, residents joined a march against the dam in Esquel.", "Peaceful protest"),
    ("On 5 June 2020, in Tixtla, Guerrero, teacher trainees took over a toll booth on the highway for two hours.",
     "Peaceful protest"),
    ("On 5 June 2020, councillors blocked the office of the deputy mayor of Kindia.", "Peaceful protest"),
    ("On 5 June 2020, hospital staff padlocked the offices of the director in Iguala.", "Peaceful protest"),
    # property burnt by rioters is a riot, by an armed group destruction
    ("On 2 June 2020, taxi bike riders burnt a lorry in Dschang after a crash killed one of them.", "Mob violence"),
    ("On 2 June 2020, militants torched a school in Kunduz.", "Looting/property destruction"),
    # what a bombing from the air did, told as a participle by the same doer, is that bombing
    ("On 4 June 2020, government aircraft bombed rebel positions near Kauda, killing at least 12 fighters.",
     "Air/drone strike"),
    # exercises of one side, a drone intercepted
    ("On 4 June 2020, the army conducted military exercises near Tindouf.", "Change to group/activity"),
    ("On 4 June 2020, air defences intercepted a drone over Sanaa.", "Disrupted weapons use"),
    # the killing after a participle on the protesters is the security forces'
    ("On 4 June 2020, security forces opened fire on protesters demanding the release of detainees in Kassala, "
     "killing four.", "Excessive force against protesters"),
    # an abduction the demonstrators protest against is its cause, not how the state met it
    ("On 8 May 2020, parents who say their sons were abducted by the militia continued their sit-in protest in "
     "front of the party office in Batman.", "Peaceful protest"),
    # but a hostage the crowd itself takes is its violence
    ("On 8 April 2021, protesting the hiring of outsiders at a mine, villagers blocked the road to the site near "
     "Soma, holding hostage a truck driver bringing cement.", "Violent demonstration"),
    # raiders repulsed by the police fought them
    ("On 14 April 2021, a militia raided two settlements near Tot and was repulsed by police officers.",
     "Armed clash"),
    # people set on fire by a crowd (the parser takes "ablaze" for an adverb)
    ("On 4 June 2020, residents set ablaze two men suspected of stealing a motorbike in Kakamega.", "Mob violence"),
])
def test_the_class_of_a_short_report(acled, code_text, text, expected):
    found = report_class_of(code_text, text)
    assert found is not None and found.sub_event_type == expected, found


def test_a_road_barricaded_by_students_is_a_violent_demonstration_and_by_police_no_protest(code_text):
    found = report_class_of(code_text, "On 4 June 2020, students barricaded the main road out of Eldoret.")
    assert found is not None and found.sub_event_type == "Violent demonstration", found
    events = code_text("On 4 June 2020, police blocked the roads leading to the county assembly in Nyeri.")
    assert not [e for e in events if e.event_type == "PROTEST"]


def test_an_armed_guard_or_a_ranger_attacked_is_a_clash(acled, code_text):
    for text in ("On 6 June 2020, robbers armed with machetes killed a security guard at a warehouse in Thika.",
                 "On 6 June 2020, two rangers were shot dead by poachers in Tsavo East."):
        found = report_class_of(code_text, text)
        assert found is not None and found.sub_event_type == "Armed clash", (text, found)


def test_firing_with_no_one_at_all_named_is_a_clash_and_at_someone_unplaced_is_not(acled):
    sentence = "Armed men fired in the market."
    found = acled.classify("ASSAULT", "firearms", ["UAF"], [], sentence)
    assert found is not None and found[0].sub_event_type == "Armed clash"
    found = acled.classify("ASSAULT", "firearms", ["UAF"], [None], sentence)
    assert found is not None and found[0].sub_event_type == "Attack"


def test_a_raid_on_villages_is_an_attack_not_ground_taken(acled):
    found = acled.classify("COERCE", "seize", ["PRM"], [], "Pokot raiders raided two villages in Tiaty.")
    assert found is not None and found[0].sub_event_type == "Attack"
    found = acled.classify("COERCE", "seize", ["REB"], [], "Al Shabaab seized control of the town of Kolbio.")
    assert found is not None and found[0].sub_event_type == "Non-state actor overtakes territory"


def test_heavy_machine_gun_fire_at_an_area_is_shelling(acled):
    sentence = "Houthi fighters were said to have opened fire with 12.7mm machine guns on homes in Hays."
    found = acled.classify("ASSAULT", "firearms", ["MIL"], [], sentence)
    assert found is not None and found[0].sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(("text", "expected"), [
    # a column of troops on the move: a change to the group's activity, not a base set up
    ("On 14 July 2021, a Russian military column crossed into Raqqa province, heading to their base in Tabqa.",
     "Change to group/activity"),
    ("On 14 July 2021, Turkish forces established a new base near Afrin.", "Headquarters or base established"),
    # security measures: a place sealed off, entries halted
    ("On 14 July 2021, the army sealed off the town of Deir Hafer.", "Change to group/activity"),
    ("On 2 August 2021, the Van governorate halted all entries to and exits from the Baskale district.",
     "Change to group/activity"),
    # a crowd beating a suspected thief: mob violence
    ("On 3 June 2020, in Recife, Pernambuco, a suspected robber was beaten up by residents.", "Mob violence"),
    # villagers beating someone the tables give no sector
    ("On 2 June 2020, local villagers assaulted a shopkeeper in Bolpur.", "Mob violence"),
    # a drug suspect killed by the police: an attack on a civilian, not a clash
    ("Police shot dead a drug suspect in a raid in Tarlac City on 3 June 2020.", "Attack"),
    # the state seizing drugs: looting/property destruction, not the arrests made with it
    ("Federal police seized two tons of marijuana from a lorry near Dourados on 3 June 2020. The driver was arrested.",
     "Looting/property destruction"),
    ("Police dismantled a cocaine lab in Londrina on 3 June 2020; two people were arrested.",
     "Looting/property destruction"),
    # the state seizing weapons: disrupted weapons use
    ("On 3 June 2020, soldiers seized weapons and ammunition in Gao.", "Disrupted weapons use"),
    # ACLED's own label before the note
    ("Property destruction: On 6 June 2020, an anarchist cell burned two delivery vans of a bank in Izmir.",
     "Looting/property destruction"),
    # motorcades and banging pots: peaceful protests
    ("On 8 June 2020, taxi drivers in Campinas did a motorcade to demand lower fuel prices.", "Peaceful protest"),
    ("Residents of Curitiba banged pots and pans against the mayor on 30 June 2020.", "Peaceful protest"),
    # a drone brought down, a bomb that went off in its makers' hands or was found unexploded: disrupted weapons use
    ("On 9 June 2020, army air defences shot down three armed drones launched by the rebels near Sirte.",
     "Disrupted weapons use"),
    ("On 9 June 2020, two militants were wounded when a roadside bomb they were planting exploded prematurely "
     "near Ghazni.", "Disrupted weapons use"),
    ("On 9 June 2020, residents found an unexploded mortar bomb near a school in Garissa.", "Disrupted weapons use"),
    # an old mine going off: no one's act of that day
    ("On 9 June 2020, a farmer was injured after he stepped on a landmine left over from the civil war in Kampot.",
     "Other"),
    # an armed target named first is whom the act was against; civilians named first, an attack on civilians
    ("On 9 June 2020, soldiers killed a rebel commander and his driver near Kidal.", "Armed clash"),
    ("On 9 June 2020, gunmen killed two villagers and a soldier near Kidal.", "Attack"),
    ("On 20 April 2021, a retired police inspector and his son were gunned down by unknown assailants in Moga.",
     "Attack"),
    # people of no armed group beating a police officer: rioters
    ("On 9 June 2020, a traffic policeman was beaten up by three men at a checkpoint in Ludhiana.", "Mob violence"),
    ("On 9 June 2020, refugees beat a police officer who asked them to wear masks in Cucuta.", "Mob violence"),
    # a march broken up by forces firing at the marchers, a crowd that shouted slogans met with force:
    # demonstrations with an intervention
    ("On 9 June 2020, soldiers broke up the weekly anti-wall march in Nilin by firing tear gas at the villagers.",
     "Protest with intervention"),
    ("On 9 June 2020, police used force against residents who had gathered at a mosque and shouted slogans "
     "against the government in Sopore.", "Protest with intervention"),
    # a shooting the news calls "vigilante-style" is no mob
    ("On 21 April 2021, a rice farmer in Iloilo was shot dead by unknown assailants in a vigilante-style attack.",
     "Attack"),
    # a past tense the parser hung on its subject: people named by their country clashing with police
    ("On 9 June 2020, Bangladeshi nationals clashed with Indian border police near Hili when they were stopped "
     "from crossing.", "Mob violence"),
])
def test_the_acled_class_of_a_coded_report(code_text, text, expected):
    found = report_class_of(code_text, text)
    assert found is not None and found.sub_event_type == expected


def test_fire_opened_by_those_who_hurt_civilians_is_the_attack_on_them(acled):
    fired = ev("ASSAULT", "Armed clash", sources=["PRM"], mode="firearms", by=["armed militiamen"])
    hurt = ev("ASSAULT", "Attack", sources=["PRM"], targets=["two civilians"], by=["armed militiamen"])
    assert acled.report_class([hurt, fired]).sub_event_type == "Attack"
    # fire by others than those who hurt the civilians (a shoot-out between gangs, a child hit by a stray
    # bullet) stays a clash
    shootout = ev("ASSAULT", "Armed clash", sources=["CRM"], mode="firearms", by=["rival gangs"])
    stray = ev("ASSAULT", "Attack", sources=["UAF"], targets=["a child"], by=["stray bullets"])
    assert acled.report_class([shootout, stray]).sub_event_type == "Armed clash"
    # fire aimed at someone named is read by its own target
    aimed = ev("ASSAULT", "Armed clash", sources=["PRM"], mode="firearms", targets=["soldiers"], by=["armed militiamen"])
    assert acled.report_class([hurt, aimed]).sub_event_type == "Armed clash"


def test_a_joint_patrol_is_a_movement_of_forces(code_text):
    found = report_class_of(code_text, "On 9 August 2021, Turkish and Russian troops conducted a joint patrol "
                                       "east of Derbasiyah.")
    assert found is not None and found.sub_event_type == "Change to group/activity"


def test_water_cannon_on_a_ship_is_no_force_against_protesters(code_text):
    events = [e for e in code_text("Chinese coast guard ships used water cannon against a Philippine supply boat.")
              if e.event_type == "ASSAULT"]
    assert events and events[0].acled is not None
    assert events[0].acled.sub_event_type != "Excessive force against protesters"
