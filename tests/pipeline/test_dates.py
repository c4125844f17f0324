"""Date expressions resolved against the publication date, directly and through the coder."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadline.pipeline.dates import resolve_date, resolve_from, told_from_the_story

MON = dt.date(2025, 6, 30)  # a Monday
THU = dt.date(2024, 3, 14)  # a Thursday
JAN = dt.date(2026, 1, 5)  # a Monday early in the year

# (expression, publication date, future?, expected date, precision)
CASES = [
    # explicit days
    ("on June 29", MON, False, "2025-06-29", "day"),
    ("June 29", MON, False, "2025-06-29", "day"),
    ("on 29 June", MON, False, "2025-06-29", "day"),
    ("June 29, 2025", MON, False, "2025-06-29", "day"),
    ("29 June 2025", MON, False, "2025-06-29", "day"),
    ("on 9 May 2020", MON, False, "2020-05-09", "day"),
    ("December 31 2019", MON, False, "2019-12-31", "day"),
    ("Feb. 3", MON, False, "2025-02-03", "day"),
    ("July 4", MON, False, "2024-07-04", "day"),  # past tense: last July
    ("July 4", MON, True, "2025-07-04", "day"),  # ahead: this July
    ("on December 25", JAN, False, "2025-12-25", "day"),
    ("March 3", THU, False, "2024-03-03", "day"),
    ("on the 1st of June", MON, False, "2025-06-01", "day"),
    # months
    ("in May", MON, False, "2025-05-01", "month"),
    ("May", MON, False, "2025-05-01", "month"),
    ("in February", MON, False, "2025-02-01", "month"),
    ("in December", MON, False, "2024-12-01", "month"),
    ("in December", MON, True, "2025-12-01", "month"),
    ("in July", MON, True, "2025-07-01", "month"),
    ("in June", MON, True, "2025-06-01", "month"),
    ("in June", MON, False, "2025-06-01", "month"),
    ("in November", JAN, False, "2025-11-01", "month"),
    ("in March 2019", MON, False, "2019-03-01", "month"),
    ("since May", MON, False, "2025-05-01", "month"),
    ("earlier this month", MON, False, "2025-06-01", "month"),
    ("this month", MON, False, "2025-06-01", "month"),
    ("last month", MON, False, "2025-05-01", "month"),
    ("next month", MON, True, "2025-07-01", "month"),
    ("late May", MON, False, "2025-05-01", "month"),
    ("mid-May", MON, False, "2025-05-01", "month"),
    ("early February", MON, False, "2025-02-01", "month"),
    ("the end of May", MON, False, "2025-05-01", "month"),
    ("last month", JAN, False, "2025-12-01", "month"),
    # years
    ("in 2001", MON, False, "2001-01-01", "year"),
    ("2019", MON, False, "2019-01-01", "year"),
    ("last year", MON, False, "2024-01-01", "year"),
    ("next year", MON, True, "2026-01-01", "year"),
    ("this year", MON, False, "2025-01-01", "year"),
    ("earlier this year", MON, False, "2025-01-01", "year"),
    ("early 2024", MON, False, "2024-01-01", "year"),
    ("last year", JAN, False, "2025-01-01", "year"),
    # weekdays and relative days
    ("on Tuesday", MON, False, "2025-06-24", "day"),
    ("Tuesday", MON, False, "2025-06-24", "day"),
    ("on Monday", MON, False, "2025-06-30", "day"),  # the day of publication
    ("on Sunday", MON, False, "2025-06-29", "day"),
    ("on Friday", MON, False, "2025-06-27", "day"),
    ("Saturday evening", MON, False, "2025-06-28", "day"),
    ("Sunday night", MON, False, "2025-06-29", "day"),
    ("on Tuesday", MON, True, "2025-07-01", "day"),
    ("on Friday", MON, True, "2025-07-04", "day"),
    ("last Tuesday", MON, False, "2025-06-24", "day"),
    ("on Wednesday", THU, False, "2024-03-13", "day"),
    ("on Thursday", THU, False, "2024-03-14", "day"),
    ("on Friday", THU, False, "2024-03-08", "day"),
    ("yesterday", MON, False, "2025-06-29", "day"),
    ("today", MON, False, "2025-06-30", "day"),
    ("tomorrow", MON, True, "2025-07-01", "day"),
    ("two days ago", MON, False, "2025-06-28", "day"),
    ("3 days ago", THU, False, "2024-03-11", "day"),
    ("last night", MON, False, "2025-06-29", "day"),
    ("yesterday", JAN, False, "2026-01-04", "day"),
    # weeks
    ("last week", MON, False, "2025-06-23", "week"),
    ("next week", MON, True, "2025-07-07", "week"),
    ("this week", MON, False, "2025-06-30", "week"),
    ("over the weekend", MON, False, "2025-06-23", "week"),
    ("a week ago", MON, False, "2025-06-23", "week"),
]

NOT_DATES = [
    "two years", "for three days", "recent months", "several weeks", "the past week", "the 1990s", "decades",
    "29", "the previous day", "in the coming weeks", "",
]


@pytest.mark.parametrize(("text", "published", "future", "date", "precision"), CASES,
                         ids=[f"{c[0]}@{c[1]}{'+' if c[2] else ''}" for c in CASES])
def test_resolve_date(text, published, future, date, precision):
    found = resolve_date(text, published, future=future)
    assert found is not None, f"{text!r} not resolved"
    assert (found.iso(), found.precision) == (date, precision)


@pytest.mark.parametrize("text", NOT_DATES)
def test_durations_and_vague_phrases_are_not_dates(text):
    assert resolve_date(text, MON) is None


def test_there_are_at_least_60_cases():
    assert len(CASES) >= 60


SUN = dt.date(2020, 5, 3)  # a Sunday: the day a story has reached
# (expression, expected date from SUN, precision)
STORY_CASES = [
    ("the previous day", "2020-05-02", "day"),
    ("the preceding night", "2020-05-02", "day"),
    ("the day before", "2020-05-02", "day"),
    ("two days earlier", "2020-05-01", "day"),
    ("a day earlier", "2020-05-02", "day"),
    ("the next day", "2020-05-04", "day"),
    ("the following morning", "2020-05-04", "day"),
    ("the day after", "2020-05-04", "day"),
    ("A day later", "2020-05-04", "day"),
    ("10 days later", "2020-05-13", "day"),
    ("that day", "2020-05-03", "day"),
    ("earlier that day", "2020-05-03", "day"),
    ("the same evening", "2020-05-03", "day"),
    ("a week later", "2020-05-04", "week"),  # the Monday of the week a week on
    ("the previous week", "2020-04-20", "week"),
    ("later that week", "2020-04-27", "week"),
    ("the following month", "2020-06-01", "month"),
    ("three months earlier", "2020-02-01", "month"),
    ("the previous year", "2019-01-01", "year"),
]


@pytest.mark.parametrize(("text", "date", "precision"), STORY_CASES, ids=[c[0] for c in STORY_CASES])
def test_a_time_told_from_the_storys_day(text, date, precision):
    assert told_from_the_story(text)
    found = resolve_from(text, SUN)
    assert found is not None and (found.iso(), found.precision) == (date, precision)


@pytest.mark.parametrize("text", ["last week", "two days ago", "the day before yesterday", "days later", "May 3",
                                  "the previous government"])
def test_times_told_from_the_publication_date_or_no_time_are_not_story_times(text):
    assert not told_from_the_story(text)
    assert resolve_from(text, SUN) is None


# --- through the coder --------------------------------------------------------------------------

def event(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.event_type) for e in events]
    return found[0]


def test_a_day_governed_by_the_trigger(code_text):
    events = code_text("Russia expelled two Estonian diplomats on Tuesday.")
    assert (event(events, "expelled").date, event(events, "expelled").date_precision) == ("2025-06-24", "day")


def test_a_month_in_the_past(code_text):
    e = event(code_text("Ukraine's Foreign Minister Andrii Sybiha visited Azerbaijan in May."), "visited")
    assert (e.date, e.date_precision) == ("2025-05-01", "month")


def test_a_future_visit_is_dated_ahead(code_text):
    e = event(code_text("Polish President Karol Nawrocki will visit Lithuania in July."), "visit")
    assert e.future and (e.date, e.date_precision) == ("2025-07-01", "month")


def test_a_past_time_written_after_an_event_noun_dates_it(code_text):
    # the parser hangs "last month" on "see"; it tells when the riot was
    e = event(code_text("Inmates' relatives protested in Omsk, demanding to see them after a riot at the prison "
                        "last month."), "riot")
    assert (e.date, e.date_precision) == ("2025-05-01", "month")


def test_a_date_modifying_another_noun_does_not_date_the_event(code_text):
    e = event(code_text("Azerbaijani lawmakers blamed Russia for the February cyberattack."), "blamed")
    assert (e.date, e.date_precision) == ("2025-06-30", "document")


def test_without_a_date_the_publication_date(code_text):
    e = event(code_text("Armenia severed relations with Russia."), "severed")
    assert (e.date, e.date_precision) == ("2025-06-30", "document")


def test_without_a_publication_date_no_relative_date(code_text):
    e = event(code_text("Russia expelled two Estonian diplomats on Tuesday.", date=None), "expelled")
    assert e.date is None


@pytest.mark.parametrize("text", [
    "Israeli soldiers shot a 60-year old Palestinian near Hebron.",
    "Police arrested a 25-year-old man in Nairobi.",
])
def test_ages_are_not_dates(code_text, text):
    events = code_text(text, date=dt.date(2020, 3, 4))
    assert events and all(e.date_precision == "document" for e in events)


def test_an_act_named_as_the_subject_of_happening_takes_that_verbs_day(code_text):
    [fight] = [e for e in code_text("On 9 June 2025, a shoot-out took place in Eldoret.", date=dt.date(2025, 6, 30))
               if e.event_type == "ASSAULT"]
    assert fight.date == "2025-06-09"


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # counted from the last day the text named before it, not from the publication date
    ("Rebels attacked a village on 3 May. The army had shelled their camp two days earlier.", "shelled", "2020-05-01"),
    ("Gunmen killed a chief on Friday. A day later, youths burned the homes of his killers.", "burned", "2020-05-09"),
    ("Police said on Tuesday that gunmen had attacked the village the previous night.", "attacked", "2020-05-04"),
    # with no day named before it, a time before counts from the publication date
    ("In revenge for the killing of their shepherd the previous day, villagers burned three huts.", "killing", "2020-05-09"),
])
def test_a_time_told_from_the_storys_day_dates_its_event(code_text, text, trigger, date):
    e = event(code_text(text, date=dt.date(2020, 5, 10)), trigger)
    assert (e.date, e.date_precision) == (date, "day")


def test_a_time_after_the_story_with_no_day_named_is_not_resolved(code_text):
    # "three days later" than an undated arrest: not three days after the publication date
    e = event(code_text("Police arrested the suspects. Three days later, the court charged them.",
                        date=dt.date(2020, 5, 10)), "charged")
    assert (e.date, e.date_precision) == ("2020-05-10", "document")


def test_the_date_of_an_event_inside_the_phrase_is_not_the_main_events(code_text):
    events = code_text("In revenge for the killing of their shepherd the previous day, villagers burned three huts.",
                       date=dt.date(2020, 5, 10))
    assert (event(events, "burned").date, event(events, "burned").date_precision) == ("2020-05-10", "document")


def test_when_an_act_is_to_end_is_not_its_date(code_text):
    [e] = [e for e in code_text("Georgia's ruling party suspended talks on joining the European Union until 2028.",
                                date=dt.date(2024, 11, 28)) if e.trigger.text == "suspended"]
    assert (e.date, e.date_precision) == ("2024-11-28", "document")


def test_a_day_hung_on_the_purpose_dates_the_act(code_text):
    events = code_text("Riot police fired water cannon to break up a sit-in by students on Wednesday.")
    fired = next(e for e in events if e.trigger.text == "fired")
    assert (fired.date, fired.date_precision) == ("2025-06-25", "day")


def test_the_month_of_what_is_protested_does_not_date_the_protest(code_text):
    events = code_text("Nurses marched in Kisumu to protest the dismissal of a colleague in March.")
    marched = next(e for e in events if e.trigger.text == "marched")
    assert marched.date_precision == "document"
