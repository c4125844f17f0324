"""Session-22 readings: who caused a death told through the injuries, the weapon or the scene ("succumbed
to injuries sustained in the lathi charge by the police", "the killing of a youth in police firing", "was
hit by a police bullet and died"); deaths counted through the victims ("among the dead were four victims
of police firing", "three men who were killed by bandits"); lives taken; police firing named in a list
or as the subject of a report, and not twice when it is the scene of a killing."""

from __future__ import annotations

import pytest

from event_helpers import kept


def _by_police(events):
    return [e for e in kept(events, "ASSAULT") if [a.sector for a in e.source] == ["COP"]]


@pytest.mark.parametrize("text", [
    "he succumbed to injuries sustained in the lathi charge by the police.",
    "the prisoner died of wounds inflicted by policemen at the station.",
    "an inquiry has been ordered into the killing of a youth in police firing.",
    "a boy was hit by a police bullet and died on the way to hospital.",
    "a girl was hit by a tear gas shell fired by police and died in hospital.",
])
def test_the_police_caused_a_death_told_through_what_befell_the_dead(code_text, text):
    killings = [e for e in _by_police(code_text(text)) if e.fatalities == 1 or e.cameo == "1823"]
    assert killings, text


def test_a_death_from_injuries_by_someone_else_is_not_the_polices(code_text):
    events = code_text("he succumbed to injuries inflicted by a gang of robbers.")
    assert not _by_police(events)


def test_taking_lives_is_a_killing_and_a_toll_of_lives_is_not_a_doer(code_text):
    [killing] = _by_police(code_text("the police firing on thursday took the lives of two young men."))
    assert killing.fatalities == 2
    events = code_text("the unrest took a grim toll in lives, shops and trust across the district.")
    assert not [e for e in kept(events, "ASSAULT") if e.trigger.text == "took"]


@pytest.mark.parametrize("text", [
    "among the dead were four victims of police firing.",
    "the dead included four victims of police firing.",
])
def test_victims_counted_among_the_dead_are_that_acts_toll(code_text, text):
    [killing] = _by_police(code_text(text))
    assert killing.fatalities == 4


def test_people_named_among_the_dead_are_no_toll_of_their_own(code_text):
    events = code_text("Gunmen stormed the hotel on Tuesday. A Danish aid worker and two Kenyan guards were "
                       "among the dead.")
    assert 3 not in [e.fatalities for e in events]


@pytest.mark.parametrize(("text", "toll"), [
    ("Relatives buried three men who were killed by bandits on Sunday.", 3),
    ("Of the 40 dead, officials counted 12 men who were killed by the police.", 12),
])
def test_victims_told_in_a_relative_clause_are_counted(code_text, text, toll):
    killings = [e for e in kept(code_text(text), "ASSAULT") if e.trigger.text == "killed"]
    assert [e.fatalities for e in killings] == [toll]
    assert killings[0].target and killings[0].target[0].sector == "CVL"


@pytest.mark.parametrize("text", [
    "the violence died down except for stray arson, looting and police firing.",
    "police firing was reported from gomtipur and shahpur.",
])
def test_police_firing_named_without_a_target_is_their_force(code_text, text):
    assert [e.trigger.text for e in _by_police(code_text(text))] == ["firing"]


def test_police_firing_that_is_the_scene_of_a_killing_is_not_a_second_event(code_text):
    events = code_text("officials said 12 persons who were killed in police firing were buried on friday.")
    assert [e.trigger.text for e in _by_police(events)] == ["killed"]


def test_people_a_named_doer_acted_on_told_in_a_who_clause_are_its_targets(code_text):
    events = code_text("The inquiry found that five farmers who were gunned down by soldiers near the border "
                       "had been unarmed.")
    [shooting] = [e for e in kept(events, "ASSAULT") if e.trigger.text.startswith("gunned")]
    assert [a.text for a in shooting.target] == ["five farmers"]
    assert [a.sector for a in shooting.source] == ["MIL"]
    assert shooting.fatalities == 5


def test_a_who_clause_with_no_doer_named_makes_no_event_of_its_own(code_text):
    """The detention is what the crowd is about, told with no one named as its doer."""
    events = code_text("Protesters gathered outside the court and demanded the release of students who were "
                       "detained last month.")
    assert not [e for e in events if e.event_type == "COERCE" and any("students" in a.text for a in e.target)]


@pytest.mark.parametrize(("text", "toll"), [
    ("The night of clashes saw nine bodies brought to the town mortuary.", 9),
    ("Four bodies with machete wounds were dumped near the river on Sunday.", 4),
])
def test_bodies_brought_in_or_dumped_are_the_dead(code_text, text, toll):
    assert toll in [e.fatalities for e in kept(code_text(text), "ASSAULT")]


def test_killing_after_a_clause_on_those_fired_on_is_the_firings(code_text):
    events = code_text("police fired on a crowd that was setting shops ablaze, killing two.")
    [killing] = [e for e in kept(events, "ASSAULT") if e.trigger.text == "killing"]
    assert [a.sector for a in killing.source] == ["COP"]
    assert killing.fatalities == 2


def test_killing_after_a_clause_on_whom_someone_met_stays_that_clauses(code_text):
    """No firing in the main clause: the participle goes with the clause it follows."""
    events = code_text("The envoy met villagers who had fled gunmen that raided the town, killing six.")
    assert not [e for e in kept(events, "ASSAULT") if e.trigger.text == "killing"
                and any(a.text == "The envoy" for a in e.source)]


def test_victims_of_firing_read_as_a_participle_on_the_police(code_text):
    """The parser may hang "firing" on "police" as a participle: still the victims of police firing."""
    [killing] = _by_police(code_text("among the dead were four victims of police firing as violence spread "
                                      "to new areas."))
    assert killing.fatalities == 4
