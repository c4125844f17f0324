"""Capitals put back into text written all in lower case, before it is parsed."""

from __future__ import annotations

import pytest

from dyadline.pipeline.truecase import Truecaser, needs_truecasing


@pytest.fixture(scope="module")
def truecase(coder):
    return Truecaser.for_nlp(coder.nlp)


def words(text: str) -> list[str]:
    return text.split()


def test_text_with_capitals_is_left_alone(truecase):
    text = "Police in Patna arrested 15 VHP workers on Sunday."
    assert truecase(text) == text
    assert not needs_truecasing("short")


@pytest.mark.parametrize("text, expected", [
    # sentence starts, "i", months beside a day
    ("the police said. they left on march 15, i think.", "The police said. They left on March 15, I think."),
    # names the knowledge tables write with capitals, and initialisms without vowels
    ("vhp and bjp leaders met in uttar pradesh.", "VHP and BJP leaders met in Uttar Pradesh."),
    # words in no dictionary are names; English words, inflected or British, are not
    ("the organisers of the programme arrested singhal in godhra.",
     "The organisers of the programme arrested Singhal in Godhra."),
    ("he began counting twentynine lakh votes.", "He began counting twentynine lakh votes."),
    # dyadline's own trigger words stay as they are, even when no dictionary has them
    ("police resorted to lathicharge near ayodhya.", "Police resorted to lathicharge near Ayodhya."),
])
def test_capitals_a_news_desk_would_write(truecase, text, expected):
    assert truecase(text) == expected


def test_only_letters_change_so_offsets_hold(truecase):
    text = "mla ramesh tiwari and 300 kar sevaks were detained near the ghaghra bridge."
    cased = truecase(text)
    assert len(cased) == len(text) and cased.lower() == text
    assert cased != text


def test_an_arrest_in_lower_case_text_keeps_its_subject(code_text):
    # unparsed in lower case ("trying" taken for the main verb), the arrest lost its arrested
    events = code_text("around 25 vhp workers trying to force traders to observe the bandh in gaya "
                       "were arrested at once.")
    arrests = [e for e in events if e.event_type == "COERCE" and e.mode == "arrest"]
    assert arrests, [(e.event_type, e.trigger.text) for e in events]
    assert [a.sector for a in arrests[0].source] == ["COP"]
    assert "workers" in arrests[0].target[0].text.lower()


def test_lower_case_text_can_be_coded_as_it_is(shared_dir):
    from dyadline.coder import Coder
    from dyadline.settings import load_settings

    plain = Coder(settings=load_settings(truecase=False))
    assert plain._truecase is None


def test_news_written_as_usual_is_left_alone_even_with_lower_case_names(truecase):
    text = "Mcdonald met the vhp chief in patna and then left for ayodhya with his aides, officials said."
    assert truecase(text) == text
