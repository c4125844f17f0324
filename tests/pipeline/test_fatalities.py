"""Death tolls: numbers, number words, coordinated victims, and the event they belong to."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadline.pipeline.fatalities import death_counts, parse_number, stated_total
from dyadline.records import Document


@pytest.mark.parametrize(("words", "value"), [
    (["156"], 156), (["1,200"], 1200), (["two"], 2), (["twenty-five"], 25), (["a", "dozen"], 12),
    (["two", "dozen"], 24), (["two", "hundred"], 200), (["three", "thousand"], 3000), (["dozens"], None),
])
def test_parse_number(words, value):
    assert parse_number(words) == value


def toll(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.event_type) for e in events]
    return found[0].fatalities


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Russian missiles struck Kharkiv, killing at least 156 people.", "struck", 156),
    ("Two Azerbaijani citizens died during a raid by Russian police.", "died", 2),
    ("Russian forces shot down the plane, and 67 passengers were killed.", "killed", 67),
    ("Boko Haram militants attacked a village in Borno, killing a dozen people.", "attacked", 12),
    ("Ziyaddin and Huseyn Safarov died during a raid conducted by Russian authorities.", "died", 2),
    ("Kenyan police shot dead a suspect in Nairobi.", "shot", 1),
    ("Israeli troops killed three Palestinian gunmen and two civilians in Jenin.", "killed", 5),
    # animals and things counted beside the dead are not dead people
    ("Raiders killed 15 livestock and two herders in Turkana.", "killed", 2),
    ("Raid on Lokori village - 5 killed/ 2 injured/ 30 huts burnt.", "killed", 5),
    # police killing told through their victims or the toll
    ("Of the 15 killed today in Ahmedabad, seven fell to police bullets.", "fell", 7),
    ("Eight of the dead in Ahmedabad were victims of police firing.", "victims", 8),
    # a count joined to the next by "+" is no date; one person's death is one
    ("3 dead + 4 hurt in an attack by bandits near Kapedo.", "attack", 3),
    ("His death in the lock-up of the Shahpur police station led to a strike.", "death", 1),
    # the participle after a passive reporting verb: its subject was killed
    ("Seven fighters were reported killed in the ambush near Marib.", "killed", 7),
    # someone killed before, whose burial the report tells of, is no death of this attack
    ("A gang attacked mourners at the burial of a murdered teacher in Kisii. Three of the mourners were killed.",
     "attacked", 3),
    # "dead" read as a modifier of a named victim's title: still one man shot dead
    ("Gunmen shot dead area chief Hassan Ali in Garissa on Friday.", "shot", 1),
    ("Two gunmen shot dead county assembly member Peter Otieno outside his home.", "shot", 1),
    # a second number joined to the dead counts the hurt, not more dead
    ("Officials confirm 1 killed in Kisumu and 1 badly injured after rioters attacked a police post.",
     "killed", 1),
    ("Witnesses say 3 killed at the market and 2 wounded when soldiers fired on traders.", "killed", 3),
    # the tagger's lemma of "corpses" is "corps"; the corpses found are the dead all the same
    ("Six corpses of suspected rebels were recovered near Bunia after the air raid.", "recovered", 6),
    # a bare participle after the counted noun the parser hung elsewhere
    ("Militiamen clashed with troops near Djugu, resulting in one soldier killed.", "killed", 1),
    # a headline's "N killed M injured": the second count is of the hurt
    ("Gang attacks traders in Kisii market. 2 killed 5 injured.", "killed", 2),
    # "them": the people counted before
    ("Gunmen seized four traders on the highway. They later killed them in the forest.", "killed", 4),
])
def test_tolls(code_text, text, trigger, value):
    assert toll(code_text(text), trigger) == value


def test_no_number_no_toll(code_text):
    assert toll(code_text("Russian forces killed civilians in Bucha."), "killed") is None


def test_a_toll_in_the_next_sentence(code_text):
    events = code_text("Borana and Somali militias clashed in Garba Tula, Kenya. Five people were killed.")
    assert any(e.fatalities == 5 for e in events if e.event_type == "ASSAULT")


def test_a_year_is_not_a_toll(code_text):
    events = code_text("Russian police detained nine Azerbaijanis during an investigation into a 2001 murder.")
    assert all(e.fatalities is None for e in events)


@pytest.mark.parametrize(("text", "value"), [
    # headline-style toll after the event, the number parsed as the subject
    ("Two rival gangs clashed in Kisumu over a land dispute. 1 killed, 7 injured.", 1),
    # the injury in the toll sentence has no agent of its own: the toll is the attack's
    ("Armed men stormed a nightclub in Wau on Sunday. Two guards died and a third was injured.", 2),
])
def test_a_toll_told_after_the_attack(code_text, text, value):
    events = [e for e in code_text(text) if e.event_type == "ASSAULT" and e.source]
    assert events and events[0].fatalities == value


@pytest.mark.parametrize(("text", "value"), [
    # a total stated on its own, after a count of part of the dead
    ("Armed men attacked a bus near Santa Fe. Three men were killed and six were injured. A fourth person "
     "died later. 4 fatalities.", 4),
    # an estimate stated as a coded figure
    ("Ansar Allah fighters stormed army outposts outside Al Bayda, leaving an unclear number of soldiers dead or "
     "wounded. "
     "Unknown reported fatalities coded as 10.", 10),
    ("Unidentified gunmen attacked a village in Wajir. FATALITIES: 2", 2),
    ("Gunmen attacked a bar in Juba on Friday. 2 killed.", 2),
    # a toll that rose: the count it reached, not the one it left
    ("Raiders attacked a homestead in Kapedo. The death toll later rose from 2 to 5.", 5),
    ("Militants ambushed a convoy near Lamu. The death total was raised to 6 on Monday.", 6),
    # a labelled toll with its estimate, or with an estimate and a confirmed count (the confirmed one)
    ("Raiders attacked a village near Kainuk. FATALITIES: Estimate of 4 people.", 4),
    ("An armed gang attacked traders near Molo. FATALITIES: estimate:12/ confirmed: 5)", 5),
    # an estimate of the toll, of the deaths or of their number
    ("Bandits attacked a cattle post near Baragoi. The death toll was estimated at over 14 people.", 14),
    ("Bandits attacked a cattle post near Baragoi. Deaths were estimated at 9.", 9),
    ("Bandits attacked a cattle post near Baragoi. Elders put the number of deaths at 11.", 11),
    ("Bandits attacked a cattle post near Baragoi. The toll is estimated to be 8.", 8),
    ("Bandits attacked a cattle post near Baragoi; residents reported deaths estimated to be about 6 people.", 6),
])
def test_a_total_stated_apart_is_the_attacks_toll(code_text, text, value):
    events = sorted((e for e in code_text(text) if e.event_type == "ASSAULT"), key=lambda e: e.trigger.start)
    assert events and events[0].fatalities == value, [(e.trigger.text, e.fatalities) for e in events]


def test_deaths_at_several_places_are_no_estimate(code_text):
    events = code_text("Bandits attacked a cattle post near Baragoi. Elders blamed them for deaths at 3 water points.")
    assert [e.fatalities for e in events if e.trigger.text == "attacked"] == [None]


def test_a_total_in_another_paragraph_is_not_the_attacks(code_text):
    events = code_text("Gunmen attacked a bar in Juba on Friday, killing two.\n\nIn 2019, 40 fatalities were "
                       "recorded in the region.")
    assert [e.fatalities for e in events if e.trigger.text == "attacked"] == [2]


@pytest.mark.parametrize(("text", "value"), [
    # a range in brackets is not added to the number
    ("Twenty people were killed (some reports say as many as 30) when gunmen attacked a market in Rhamu.", 20),
    # "Nine are dead": the subject of "dead"
    ("Bandits attacked a homestead in Lamu. Nine are dead and four are injured.", 9),
    # the day of a date the parser took for a subject is no victim count
    ("Around 8 May 2021 (as reported), 7 al Shabaab fighters were killed by Somali troops in Kismayo.", 7),
])
def test_counts_not_confused_by_other_numbers(code_text, text, value):
    tolls = [e.fatalities for e in code_text(text) if e.event_type == "ASSAULT" and e.fatalities is not None]
    assert tolls and max(tolls) == value, tolls


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # a count of the dead written as "N of these deaths"
    ("An official stated that 40 of these deaths were caused by police firing at rioting crowds.", "firing", 40),
    # a participle with an object is active: the airstrike killed the militants, not itself
    ("On 3 June 2021, a drone strike by Somali government forces killed at least 10 al Shabaab fighters.",
     "killed", 10),
    # headline style: people counted, then hurt
    ("Jihadists attacked a military convoy outside Djibo. At least one gendarme killed and two wounded.", "killed", 1),
    # a sentence opening with a number the parser would cut off
    ("Troops clashed with militants near Afgooye (Lower Shabelle). 14 militants were killed in the fight.",
     "killed", 14),
    # the total, written as an unknown number coded by convention
    ("Insurgents shelled a military base outside Taiz. Number of fatalities unknown, coded as 10.", "shelled", 10),
    # the second of two passive verbs shares the first one's subject
    ("On 9 August 2021, 3 farmers were abducted and killed by ISWAP fighters in Gwoza.", "killed", 3),
    ("Two police officers were shot and killed by masked attackers in Kandahar.", "killed", 2),
    # a family counted by its members
    ("Mortar rounds launched by RSF fighters killed a family of three in Omdurman.", "killed", 3),
    # a body found
    ("On 11 July 2021, a young man was found dead in a ditch in Zacatecas.", "found", 1),
    # found dead or killed after a first passive verb: its subject
    ("Four herders were abducted near Baragoi and later found dead in a gully.", "found", 4),
    ("Two teachers were seized by gunmen and were found killed a week later.", "killed", 2),
    ("On 22 September 2021, the bodies of 2 shepherds bearing bullet wounds were found beside a highway "
     "outside Homs.", "found", 2),
    ("On 17 October 2021, Kurdish Peshmerga fighters attacked ISIS cells and left 3 dead near Makhmour.",
     "attacked", 3),
    ("Pro-Hadi forces repelled an incursion near Marib, killing dozens of fighters. Dozens of fatalities coded as 12.",
     "incursion", 12),  # (the report's first act of violence, the incursion, carries its toll)
    ("2 die in fighting between Borana and Gabra herders over water.", "fighting", 2),
    ("Furious villagers in Molo have stoned to death two suspected robbers.", "stoned", 2),
    ("Post election riots in Kuresoi. FATALITIES: 15", "riots", 15),
    ("Police firing claimed three lives in Ahmedabad.", "claimed", 3),
    ("Clashes between police and rioters broke out in Garissa, leaving four people dead and ten injured.",
     "Clashes", 4),
    ("Violent riots by traders in Kisumu leave two dead.", "riots", 2),
    # the dying verb under a reporting verb: its subject
    ("Three people were reported to have died after gunmen attacked a bus near Mandera.", "attacked", 3),
    # "shot dead" before its objects, both counted
    ("Police shot dead one teenager and two women in Mathare.", "shot", 3),
    # the number the parser hung on the nationality
    ("Nine Somali herders grazing near Moyale have been killed by Ethiopian militiamen.", "killed", 9),
    # a headline number with a word after it
    ("Gunmen attacked a market in Wajir; 12 killed total.", "killed", 12),
    # a count the tagger took into the date before it
    ("Between 3rd and 4th of May. two people killed in a clash between police and bandits in Isiolo.", "clash", 2),
    # the victims of a chain of passive verbs, of a verb joined to the killing, of a reporting verb
    ("Four members of the village committee were shot, hacked and decapitated by an unidentified armed group in "
     "Saria.", "shot", 4),
    ("A mob lynched and burned two suspects in Kisumu County on Monday.", "lynched", 2),
    ("Gunmen attacked a village in Tana River. 9 reported to have been killed.", "attacked", 9),
    ("Police intervened in Eldoret, shooting dead 4 and injuring two others.", "shooting", 4),
    ("Four farmers were macheted to death by raiders in Baringo.", "macheted", 4),
    ("Al Shabaab fighters attacked a convoy near Mandera. Eight reportedly KIA.", "attacked", 8),
    ("Two bodies were pulled from a dam in Machakos after gunmen attacked a farm.", "attacked", 2),
    # the dead counted by what was done with their bodies, in the next sentence
    ("Bandits attacked a cattle post near Kapedo on Friday. Five bodies were taken to the Marigat mortuary.",
     "attacked", 5),
    ("Youths rioted outside the county offices in Homa Bay. Three bodies lay in the road afterwards.",
     "rioted", 3),
    ("Gangs fought with machetes in Kibera overnight. Six bodies were being kept at the city mortuary by noon.",
     "fought", 6),
])
def test_tolls_as_reports_write_them(code_text, text, trigger, value):
    assert toll(code_text(text), trigger) == value


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Two killed in riot over disputed farmland", "killed", 2),
    ("Enraged villagers lynched three suspects near Kapsoit market as they tried to run away.", "lynched", 3),
    # a counted subject "shot dead" is the victims; the raiders are the doers
    ("4 villagers shot dead during a raid by bandits in Baringo.", "shot", 4),
])
def test_headline_counts_and_suspects_are_victims(code_text, text, trigger, value):
    events = code_text(text)
    assert toll(events, trigger) == value
    [event] = [e for e in events if e.trigger.text == trigger]
    assert event.target and event.target[0].sector in {"CVL", "CRM"}


def test_an_attack_told_in_detail_next_has_the_dead_of_its_parts(code_text):
    events = code_text("On 30 April, ADF militiamen launched an assault on the villages of Kasanga and Mbau, near "
                       "Beni. Militiamen shot and killed 4 civilians in Kasanga and beheaded a man in Mbau. Five "
                       "more were injured.")
    assert toll(events, "assault") == 5 and toll(events, "killed") == 4 and toll(events, "beheaded") == 1


def test_an_attack_followed_by_one_killing_is_not_summed(code_text):
    # one act told next is the attack itself: its dead are counted once, on it
    events = code_text("Gunmen carried out an attack on a village near Beni. Gunmen killed 4 civilians there.")
    assert toll(events, "attack") in {None, 4}


def test_the_deaths_of_another_actors_act_are_not_this_acts(code_text):
    events = code_text("While six people were injured by police gunfire, 12 others were killed by the rioting mob.")
    assert toll(events, "injured") is None
    assert toll(events, "killed") == 12


@pytest.mark.parametrize(("text", "value"), [
    # a riot is the deadly act of a report that tells of no other
    ("Rioting broke out in Langas, Eldoret after the election. 11 reported to have been killed.", 11),
    ("Riots broke out in Kisumu after the announcement. FATALITIES:17 (mortuary count).", 17),
])
def test_the_toll_of_a_riot(code_text, text, value):
    riots = [e for e in code_text(text) if (e.event_type, e.mode) == ("PROTEST", "riot")]
    assert riots and riots[0].fatalities == value, [(e.trigger.text, e.event_type, e.mode, e.fatalities)
                                                     for e in code_text(text)]


@pytest.mark.parametrize(("text", "source"), [
    # the other side of the fight in which they were killed
    ("Two militants were killed in an encounter with the police in Srinagar.", "COP"),
    ("Three rebels died in a clash with government troops near Beni.", "MIL"),
])
def test_the_dead_of_a_fight_were_killed_by_the_other_side(code_text, text, source):
    [event] = [e for e in code_text(text) if e.event_type == "ASSAULT" and e.fatalities]
    assert [a.sector for a in event.source] == [source] and event.target[0].sector == "REB"


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # the count hung on a date before it by the parser
    ("09 Mar. 7 people killed in a raid on Dhobley village carried out by clan gunmen.", "killed", 7),
    # a passive with its own auxiliary whose subject the parser hung elsewhere
    ("Cattle rustlers attacked members of the Samburu community - 8 people were killed, among them 3 children.",
     "attacked", 8),
    # a conjunct that is no one ("and several huts") does not void the count
    ("An ethnic clash over grazing rights in Bungoma results in the death of one and several huts burnt.",
     "clash", 1),
    ("Herders speared one man to death in a clash between farmers and herdsmen in Tana River.", "speared", 1),
    # a headline's verb misspelt around it and read as a noun, its count after it
    ("Unknown bandtis kill 6 near Kapedo during a cattle raid (coded apart) ending in a shootout with police who "
     "killed 2 raiders.", "kill", 6),
])
def test_counts_the_parser_tears_apart(code_text, text, trigger, value):
    assert toll(code_text(text), trigger) == value


def test_a_protest_with_deaths_and_no_other_violence_carries_them(code_text):
    events = code_text("Traders demonstrated in Nakuru against the closure of their stalls. The protest turned "
                       "violent, one reported dead and three others treated for gunshot injuries.")
    assert [e.fatalities for e in events if e.event_type == "PROTEST"][-1] == 1


def test_a_death_a_protest_is_about_is_not_its_toll(code_text):
    events = code_text("Students protested over the deaths of three classmates in Nairobi.")
    assert [e.fatalities for e in events if e.event_type == "PROTEST"] == [None]


@pytest.mark.parametrize(("text", "toll"), [
    ("Police firing claimed three lives in the walled city.", 3),
    ("One person succumbed to injuries sustained in police firing.", 1),
    ("The police fired 20 rounds, in which two persons died.", 2),
    ("Police firing at Shahpur left one dead and five injured.", 1),
    ("Three persons were killed as police fired to control the mob.", 3),
])
def test_deaths_in_police_firing_are_the_polices_killings(code_text, text, toll):
    events = [e for e in code_text(text) if e.event_type == "ASSAULT" and any(a.sector == "COP" for a in e.source)]
    assert events and max(e.fatalities or 0 for e in events) == toll, [
        (e.trigger.text, [a.sector for a in e.source], e.fatalities) for e in code_text(text)]


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # the count told on the word of death the verb governs, the victim's words without it
    ("A traffic police officer shot dead a woman in Nakuru.", "shot", 1),
    ("A drunk soldier shot dead a women (+1 bystander) at the market in Isiolo.", "shot", 1),
    # a past verb joined to a progressive relative clause is the main clause's: the police killed
    ("Police opened fire on traders who were demonstrating against new taxes in Kisii and killed three.",
     "killed", 3),
])
def test_tolls_the_parse_hides(code_text, text, trigger, value):
    assert toll(code_text(text), trigger) == value


def test_a_house_burned_down_is_no_death(code_text):
    events = code_text("A trader was beaten by police officers of another ethnic group, who then reportedly burned "
                       "down his hut killing his two daughters inside.")
    assert toll(events, "killing") == 2
    assert toll(events, "burned down") != 1  # not "a trader" (or his hut) counted as dead


def test_the_word_of_death_is_not_part_of_the_victims_name(code_text):
    [event] = [e for e in code_text("Police shot dead two men in Meerut.") if e.trigger.text == "shot"]
    assert [a.text for a in event.target] == ["two men in Meerut"]
    assert event.fatalities == 2


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # the count hung on the auxiliary of an existential passive
    ("Rioters set fire to a market in Kisumu. A nurse at the hospital said there was 1 killed.", "killed", 1),
    # a fight between two groups is an attack of each on the other, with its dead
    ("Two are dead after a fight between two feuding clans outside Marsabit.", "fight", 2),
])
def test_tolls_of_existential_and_nominal_acts(code_text, text, trigger, value):
    assert toll(code_text(text), trigger) == value


@pytest.mark.parametrize("text, toll", [
    ("A police officer was among four people killed in the attack.", 4),
    ("The number of those killed in the ambush rose to 8.", 8),
    ("The number of people killed in police firing has gone up to 45.", 45),
])
def test_a_toll_counted_in_a_larger_number(code_text, text, toll):
    assert [e.fatalities for e in code_text(text) if e.event_type == "ASSAULT"] == [toll]


def test_a_toll_gone_up_to_a_number(coder):
    doc = coder.nlp("The death toll has gone up to 12.")
    assert stated_total(next(iter(doc.sents))) == 12


def test_others_who_died_later_add_to_the_toll(coder):
    doc = coder.nlp("One person died on the spot while two others died in hospital after the attack.")
    assert [n for _, n in death_counts(next(iter(doc.sents)))] == [1, 3]
    doc = coder.nlp("Two people were shot dead in Kisumu, and two others were killed in Nakuru.")
    assert [n for _, n in death_counts(next(iter(doc.sents)))][-1] == 2


def test_drones_shot_down_are_no_dead(code_text):
    events = code_text("Air defences shot down two drones over Marib.")
    assert events and all(e.fatalities is None for e in events)


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # one person named after the comma of a bare title
    ("Gunmen shot dead county official, Joseph Mwangi, near Eldoret.", "shot", 1),
    # all of those counted did not survive
    ("Bandits attacked the travellers on the bridge. Relatives said none of the 14 survived.", "attacked", 14),
])
def test_tolls_named_or_told_by_survival(code_text, text, trigger, value):
    assert toll(code_text(text), trigger) == value


@pytest.mark.parametrize("text", [
    "Two clans clashed over the killing of a herder near Moyale.",
    "Fighting between two clans sparked by the murder of an elder broke out near Moyale.",
])
def test_a_death_that_brought_the_fight_on_is_not_its_toll(code_text, text):
    events = [e for e in code_text(text) if e.event_type == "ASSAULT" and e.trigger.text in {"clashed", "Fighting"}]
    assert events and all(e.fatalities is None for e in events), [(e.trigger.text, e.fatalities) for e in events]


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # a range keeps its lower count
    ("Between 4 and 9 herders were killed near Wajir.", "killed", 4),
    ("Raiders killed 3 to 8 villagers near Wajir.", "killed", 3),
    ("Forty travellers were beaten by smugglers and thrown into the sea. Between three and 11 of them drowned.",
     "beaten", 3),
    # the parts of a total after its comma are not added to it
    ("The clash resulted in 9 fighters killed, 6 from one clan and 3 from the other, and others wounded.",
     "killed", 9),
    # an act joined to the victim is no second victim
    ("Clashes resulted in the killing of 2 guards and the wounding of 5 others.", "Clashes", 2),
])
def test_ranges_parts_and_acts_are_not_added_up(code_text, text, trigger, value):
    assert toll(code_text(text), trigger) == value


def test_a_total_after_an_act_with_no_one_in_it_is_the_first_acts(code_text):
    events = code_text("On 3 May, 1 soldier was killed and 2 were wounded. Fatalities coded as 3 (a local outlet gave 2).")
    assert [e.fatalities for e in events if e.trigger.text == "killed"] == [3]


@pytest.mark.parametrize(("text", "value"), [
    ("A number of soldiers were killed in the ambush near Garissa.", None),
    ("Bandits killed a couple of herders near Isiolo.", 2),
])
def test_words_of_quantity_are_not_one_victim(code_text, text, value):
    assert toll(code_text(text), "killed") == value


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # a count put right in brackets right after it
    ("A landmine exploded near Garissa, killing a squad of four (later confirmed as nine) rangers.", "killing", 9),
    ("Gunmen shot dead 4 (later put at six) passengers near Lamu.", "shot", 6),
    # a squad, a patrol: a body of people of no told size, not one person
    ("A landmine exploded near Garissa, killing a squad of four rangers.", "killing", 4),
    ("Militants killed a police patrol near Garissa.", "killed", None),
    # a number in brackets that corrects nothing leaves the count as it is
    ("Gunmen shot dead 4 (two of them women) passengers near Lamu.", "shot", 4),
    # a first report's dead give way to a later report's
    ("Rioters stoned police near Kisumu. First reports said 3 people were killed, but later reports said one "
     "person was killed.", "stoned", 1),
    # with no later report, the first report's count stands
    ("Rioters stoned police near Kisumu. Initial reports said 3 people were killed.", "stoned", 3),
])
def test_counts_put_right_later(code_text, text, trigger, value):
    assert toll(code_text(text), trigger) == value


def test_one_found_killed_after_a_detention_is_the_victim_of_a_killing(coder):
    events = coder.code(Document(id="t", text="Police detained an opposition activist in Gitega. The activist was "
                                 "held for a week and later found killed.", date=dt.date(2020, 5, 2)))
    killings = [e for e in events if e.trigger.text == "killed"]
    assert [(e.event_type, e.fatalities) for e in killings] == [("ASSAULT", 1)]
    assert [a.text for a in killings[0].target] == ["The activist"]


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # killed with a club, a blade or a machete, the words of death after the verb or before the object
    ("Villagers clubbed to death a man accused of stealing a goat near Kisii.", "clubbed", 1),
    ("A woman was slashed to death by robbers in Kakamega.", "slashed", 1),
    ("Two traders were chopped to death by a gang at Kayole market.", "chopped", 2),
    # a headline's participle with its "by" on the second verb
    ("3 herders macheted to death and beheaded by raiders near Tana River.", "macheted", 3),
    # not without the words of death
    ("Raiders stabbed a herder near Tana River.", "stabbed", None),
])
def test_killed_with_blades_and_clubs(code_text, text, trigger, value):
    assert toll(code_text(text), trigger) == value


def test_a_death_told_as_what_came_before_is_not_the_acts_toll(code_text):
    events = code_text("Angry villagers torched the house of an elder in Bungoma after a girl was found dead.")
    assert [e.fatalities for e in events if e.trigger.text == "torched"] == [None]
    assert [e.fatalities for e in events if e.trigger.text == "found"] == [1]


@pytest.mark.parametrize(("text", "trigger", "value", "sector"), [
    # the dead of an act told as what they died in are its victims, not the place it hit
    ("At least 14 people died when a bomb exploded at a bus station in Maiduguri.", "exploded", 14, "CVL"),
    ("Four soldiers died when militants ambushed their convoy near Mandera.", "ambushed", 4, "MIL"),
])
def test_those_who_died_when_an_act_happened_are_its_victims(code_text, text, trigger, value, sector):
    [event] = [e for e in code_text(text) if e.trigger.text == trigger]
    assert event.fatalities == value
    assert [a.sector for a in event.target] == [sector], [a.text for a in event.target]


@pytest.mark.parametrize(("text", "value"), [
    ("Rebels shot down an army helicopter in Kachin state, killing its crew of three.", 3),
    ("Pirates attacked a fishing boat off Puntland and killed the crew.", None),
])
def test_a_crew_counts_as_told(code_text, text, value):
    assert toll(code_text(text), "killing" if "killing" in text else "killed") == value


def test_a_village_head_is_a_person_killed(code_text):
    [killed] = [e for e in code_text("Bandits killed a village head and his wife in Zamfara state on Sunday.")
                if e.trigger.text == "killed"]
    assert killed.fatalities == 2
    assert [a.sector for a in killed.target][:1] == ["GOV"]


def test_a_burial_is_no_toll(code_text):
    # people who died of illness are buried too: a burial counts no one killed
    events = code_text("Villagers in Kitui marched on the chief's camp, angry that officials wanted to bury a flu "
                       "patient's body beside their well.")
    assert events and all(e.fatalities is None for e in events)


@pytest.mark.parametrize("text", [
    "In revenge for the killing of their shepherd the previous day, villagers burned three huts.",
    "After the killing of a teacher, students burned a bus.",
    "To avenge the killing of their shepherd, villagers burned three huts.",
])
def test_a_death_the_act_answers_is_not_its_toll(code_text, text):
    burned = [e for e in code_text(text) if e.trigger.text == "burned"]
    assert burned and burned[0].fatalities is None
    assert burned[0].target == ()
