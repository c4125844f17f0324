"""Negation, hypothesis and future: 81 hand-written sentences, and the overall rate the coder gets right.

Each case names a trigger word and what the coder should say about it:
``plain`` (an event, no flag), ``negated``, ``hypothetical``, ``future``, or
``absent`` (not coded as having happened: a threatened, cancelled or
called-off act). Cases the coder misses are marked xfail with the reason, so
the per-sentence results stay honest; the overall rate must be >= 0.9.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dyadline.records import Document

CASES = [
    # negation
    ("Israel did not attack Lebanon on Sunday.", "attack", "negated"),
    ("Russia has not recognised Kosovo.", "recognised", "negated"),
    ("The army never shelled the villages near Kharkiv, Ukrainian officials said.", "shelled", "negated"),
    ("China denied sending troops to Myanmar.", "sending", "negated"),
    ("Iran denied that it had attacked the Saudi tanker.", "attacked", "negated"),
    ("Turkey refused to extradite the Swedish journalists.", "extradite", "negated"),
    ("Pakistan failed to arrest the suspects wanted by India.", "arrest", "negated"),
    ("Germany declined to send tanks to Ukraine.", "send", "negated"),
    ("Hungary did not sign the agreement with the European Union.", "sign", "negated"),
    ("Egyptian police did not detain any Sudanese refugees, the ministry said.", "detain", "negated"),
    ("Venezuela will not expel the Colombian ambassador.", "expel", "negated"),
    # a negation reaches infinitives joined by "and", not a finite clause joined by "but"
    ("Kenyan police refused to attack and kill the protesters.", "kill", "negated"),
    ("The army did not attack the village but shelled the town.", "shelled", "plain"),
    ("The inspector declined to give details but confirmed that the suspects had been arrested.", "arrested", "plain"),
    ("Poland has not accused Belarus of the border incident.", "accused", "negated"),
    ("Serbia rejected claims that it had deployed troops to Kosovo.", "deployed", "negated"),
    ("Japan did not impose sanctions on North Korea.", "impose", "negated"),
    ("Ethiopia denied bombing Tigray.", "bombing", "negated"),
    ("There was no attack by Russian forces on Kyiv overnight.", "attack", "negated"),
    ("Indonesia did not meet Malaysian officials last week.", "meet", "negated"),
    ("Morocco never threatened Algeria, the foreign minister said.", "threatened", "negated"),
    # hypothetical
    ("The United States would impose sanctions on Iran if talks fail.", "impose", "hypothetical"),
    ("If Serbia attacks Kosovo, NATO will respond.", "attacks", "hypothetical"),
    ("Britain could expel Russian diplomats.", "expel", "hypothetical"),
    ("Israel might strike Iranian nuclear sites.", "strike", "hypothetical"),
    ("France may send troops to Mali.", "send", "hypothetical"),
    ("China should stop harassing Philippine vessels, Manila said.", "harassing", "hypothetical"),
    ("Japan would welcome talks with South Korea.", "welcome", "hypothetical"),
    ("Unless Armenia withdraws, Azerbaijan could attack Armenian positions.", "attack", "hypothetical"),
    ("India might boycott the summit hosted by Pakistan.", "boycott", "hypothetical"),
    ("Kenya could deploy police officers to Haiti.", "deploy", "hypothetical"),
    ("Turkey would block Sweden's membership of NATO.", "block", "hypothetical"),
    ("The European Union may impose tariffs on China.", "impose", "hypothetical"),
    # threats: the threat is the event, not the threatened act
    ("North Korea threatened to attack South Korea.", "attack", "absent"),
    ("North Korea threatened to attack South Korea.", "threatened", "plain"),
    ("Russia threatened to cut gas supplies to Moldova.", "cut", "absent"),
    ("Iran threatened to close the Strait of Hormuz to American ships.", "threatened", "plain"),
    ("China warned it would retaliate against Japan.", "retaliate", "absent"),
    ("Turkey threatened to expel ten Western ambassadors.", "expel", "absent"),
    # future
    ("Polish President Karol Nawrocki plans to visit Lithuania.", "visit", "future"),
    ("The Chinese foreign minister will meet his Indian counterpart on Friday.", "meet", "future"),
    ("Macron is expected to visit Algeria next week.", "visit", "future"),
    ("Germany will send more air defence systems to Ukraine.", "send", "future"),
    ("Japan is going to sign a defence pact with the Philippines.", "sign", "future"),
    ("Brazil intends to host Argentine officials in August.", "host", "future"),
    ("Indian Prime Minister Narendra Modi is scheduled to visit Russia in July.", "visit", "future"),
    ("A planned visit by the Japanese prime minister to China has been announced.", "visit", "future"),
    ("Egypt will mediate between Israel and Hamas.", "mediate", "future"),
    ("The United States plans to impose new sanctions on Venezuela.", "impose", "future"),
    ("Australia will deport the Chinese nationals.", "deport", "future"),
    ("Saudi Arabia is preparing to recognise Israel.", "recognise", "future"),
    # cancelled / called off: not coded as having happened
    ("Azerbaijan canceled a planned visit by Russian Deputy Prime Minister Alexey Overchuk.", "visit", "absent"),
    ("Armenia called off talks with Azerbaijan.", "talks", "absent"),
    ("France postponed the state visit of the German president.", "visit", "absent"),
    ("China cancelled military exercises with Russia.", "exercises", "absent"),
    ("Israel suspended negotiations with Hamas.", "negotiations", "absent"),
    ("Azerbaijan has canceled all planned cultural events hosted with Russia.", "canceled", "plain"),
    # plain events (no flag)
    ("Lithuania expelled two Belarusian diplomats on Tuesday.", "expelled", "plain"),
    ("Ukraine's foreign minister visited Azerbaijan in May.", "visited", "plain"),
    ("Russian forces attacked Kharkiv on Sunday.", "attacked", "plain"),
    ("Germany sent 40 tonnes of humanitarian aid to Moldova.", "sent", "plain"),
    ("The European Union condemned the detentions by Belarus.", "condemned", "plain"),
    ("Armenia severed relations with Russia.", "severed", "plain"),
    ("Indian police arrested twelve Pakistani fishermen.", "arrested", "plain"),
    ("Kenya deployed troops to Somalia.", "deployed", "plain"),
    ("The Israeli army said it did strike Hezbollah positions in Lebanon.", "strike", "plain"),
    ("Iran's foreign minister met his Saudi counterpart in Beijing.", "met", "plain"),
    ("Pakistan accused India of violating the ceasefire.", "accused", "plain"),
    # infinitives aimed at, not done; a counterfactual; no one did it
    ("The court gave Indian police 20 days to arrest the accused.", "arrest", "hypothetical"),
    ("The law allows the police to detain anyone without a warrant.", "detain", "hypothetical"),
    ("Kenyan police managed to arrest the two suspects in Nakuru.", "arrest", "plain"),
    ("Had Indian police detained Singhal in Lucknow, the riots would have been smaller.", "detained",
     "hypothetical"),
    ("Not a single activist has been arrested by Indian police so far.", "arrested", "negated"),
    ("None of the protesters were arrested by Kenyan police.", "arrested", "negated"),
    # an act asked for, possible or to come through the verb that governs its noun; a denied act noun
    ("Opposition leaders demanded a ban on the militia and the arrest of its commanders.", "arrest", "absent"),
    ("Congress leaders demanded that the minister be arrested by the Gujarat police.", "arrested", "absent"),
    ("Members of banned groups can be detained by Indian police without bail.", "detained", "hypothetical"),
    ("The Kenyan police will effect preventive arrests of opposition leaders.", "arrests", "future"),
    ("Indian police denied that any such arrest had been made in Godhra.", "arrest", "absent"),
    ("Not one of the Bajrang Dal activists has been arrested by the police so far.", "arrested", "negated"),
    # what one had to do, one did
    ("The Rajasthan police had to open fire on an unruly crowd in Kota.", "open", "plain"),
]

#: sentences the coder gets wrong today, and why (the rate below counts them as wrong)
KNOWN_MISSES = {
    "Ethiopia denied bombing Tigray.": "the parser reads 'bombing' as a modifier of Tigray: no event",
    "China should stop harassing Philippine vessels, Manila said.": "no event coded (vessels are no actor)",
}


def verdict(events, trigger: str, expected: str) -> bool:
    found = [e for e in events if e.trigger.text == trigger]

    def flag(e) -> str:
        return "negated" if e.negated else "hypothetical" if e.hypothetical else "future" if e.future else "plain"

    if expected == "absent":
        return not any(flag(e) == "plain" for e in found)
    if expected == "plain":
        return bool(found) and flag(found[0]) == "plain"
    return bool(found) and bool(getattr(found[0], expected))


def code(coder, text: str):
    return coder.code(Document(id="m", text=text, date=dt.date(2025, 6, 30), origin="m"))


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    pytest.param(*case, marks=pytest.mark.xfail(reason=KNOWN_MISSES[case[0]], strict=True))
    if case[0] in KNOWN_MISSES else case for case in CASES
], ids=[f"{c[2]}:{c[1]}:{c[0][:40]}" for c in CASES])
def test_modality_sentence(coder, text, trigger, expected):
    events = code(coder, text)
    assert verdict(events, trigger, expected), [(e.trigger.text, e.negated, e.hypothetical, e.future) for e in events]


def test_overall_rate_is_at_least_90_percent(coder):
    assert len(CASES) >= 60
    right = sum(verdict(code(coder, text), trigger, expected) for text, trigger, expected in CASES)
    assert right / len(CASES) >= 0.9, f"{right}/{len(CASES)}"


def test_a_threat_is_coded_as_the_threat(coder):
    types = {e.trigger.text: e.event_type for e in code(coder, "North Korea threatened to attack South Korea.")}
    assert types.get("threatened") == "THREATEN" and "attack" not in types


def test_the_demonstration_in_which_people_were_shot_is_an_event(code_text):
    events = code_text("Two ruling party supporters were shot dead by officers during post-poll riots in Kakamega.")
    assert {e.event_type for e in events} == {"ASSAULT", "PROTEST"}
    [riot] = [e for e in events if e.event_type == "PROTEST"]
    assert riot.mode == "riot"


@pytest.mark.parametrize("text", [
    "Clinics were placed on standby in case a confrontation breaks out between the troops and protesters.",
    "Hospitals in Kisumu were put on standby in case police clash with the marchers.",
])
def test_a_precaution_in_case_of_an_act_is_no_act(code_text, text):
    events = code_text(text)
    # the act guarded against is coded, flagged hypothetical, and is no one's threat
    assert [e for e in events if e.event_type == "ASSAULT" and e.hypothetical]
    assert not [e for e in events if e.event_type == "ASSAULT" and not e.hypothetical]
    assert not [e for e in events if e.event_type == "THREATEN"]


def test_what_a_rally_demands_is_not_done(code_text):
    events = code_text("Thousands of Israelis rallied in Tel Aviv to demand a deal to free the hostages.")
    [freeing] = [e for e in events if e.trigger.text == "free"] or [None]
    assert freeing is None or freeing.hypothetical
    assert [e for e in events if e.event_type == "PROTEST"]
