"""Source/target spans against ConfliBERT's cameo_ner gold (GPL data: read from ../shared/data only)."""

from __future__ import annotations

from dyadline.evaluation.cameo_ner import (
    NerSentence,
    _locate_phrase,
    evaluate_cameo_ner,
    load_cameo_ner,
)


def test_gold_loads(data_dir):
    gold = load_cameo_ner(data_dir)
    assert len(gold) == 1153
    assert {r for s in gold for r in s.roles} <= {"S", "T", "R", "O"}


def test_phrases_are_found_back_in_the_tokens():
    tokens = ("Azerbaijan", "'s", "Foreign", "Ministry", "said", "so", ".")
    assert _locate_phrase("Azerbaijan's Foreign Ministry", tokens) == {0, 1, 2, 3}
    assert _locate_phrase("Russia", tokens) == set()
    # the gold keeps a curly apostrophe as its own token; the coder's phrase writes it straight
    curly = ("Libya", "’", "s", "government", "agreed", ".")
    assert _locate_phrase("Libya ' s government", curly) == {0, 1, 2, 3}


def test_span_scores_keep_their_level(data_dir, coder):
    report = evaluate_cameo_ner(data_dir, coder=coder, limit=300)
    source, target, _ = report.scores_found
    # floors under the level measured when this test was written (docs/accuracy-actors.md)
    assert source.precision >= 0.8 and source.f1 >= 0.6
    assert target.f1 >= 0.3
    assert "source+target" in report.markdown()


def test_a_meeting_held_or_announced_puts_both_parties_in_each_role():
    """The gold tags both parties of a meeting as source and target; an announced meeting (AGREE with
    CAMEO 036, "will meet") is tagged the same way; an agreement of another kind is not."""
    from dyadline.evaluation.cameo_ner import _sources, _targets
    from dyadline.records import Actor, Event, Trigger

    def event(event_type, cameo):
        return Event(event_id="e", doc_id="d", sentence_index=0, sentence="s", trigger=Trigger("meet", 0, 4),
                     event_type=event_type, mode=None, contexts=(), cameo=cameo, goldstein=1.0, quad_class=1,
                     source=(Actor(text="Erdogan"),), target=(Actor(text="Sergio Mattarella"),))

    for met in (event("CONSULT", "040"), event("AGREE", "036")):
        assert [a.text for a in _sources(met)] == ["Erdogan", "Sergio Mattarella"]
        assert [a.text for a in _targets(met)] == ["Sergio Mattarella", "Erdogan"]
    signed = event("AGREE", "057")
    assert [a.text for a in _sources(signed)] == ["Erdogan"]
    assert [a.text for a in _targets(signed)] == ["Sergio Mattarella"]


def test_a_telephone_call_keeps_caller_and_callee_apart():
    from dyadline.evaluation.cameo_ner import _sources, _targets
    from dyadline.records import Actor, Event, Trigger

    call = Event(event_id="e", doc_id="d", sentence_index=0, sentence="s", trigger=Trigger("called", 0, 6),
                 event_type="CONSULT", mode="phone", contexts=(), cameo="041", goldstein=1.0, quad_class=1,
                 source=(Actor(text="Macron"),), target=(Actor(text="Kais Saied"),))
    assert [a.text for a in _sources(call)] == ["Macron"]
    assert [a.text for a in _targets(call)] == ["Kais Saied"]


def test_parties_acting_together_on_no_one_are_each_others_targets():
    """The gold tags "The US and China" of "The US and China signed an agreement" R (both roles); the coder
    gives joint parties as sources with no target, so the scorer reads them in both roles; one source alone,
    or joint sources acting on someone named, stay as they are."""
    from dyadline.evaluation.cameo_ner import _sources, _targets
    from dyadline.records import Actor, Event, Trigger

    def event(sources, targets):
        return Event(event_id="e", doc_id="d", sentence_index=0, sentence="s", trigger=Trigger("signed", 0, 6),
                     event_type="SUPPORT", mode=None, contexts=(), cameo="057", goldstein=3.0, quad_class=1,
                     source=tuple(Actor(text=t) for t in sources), target=tuple(Actor(text=t) for t in targets))

    joint = event(["Mexico", "the United Kingdom"], [])
    assert [a.text for a in _targets(joint)] == ["Mexico", "the United Kingdom"]
    assert [a.text for a in _sources(joint)] == ["Mexico", "the United Kingdom"]
    alone = event(["Mexico"], [])
    assert _targets(alone) == ()
    on_someone = event(["Mexico", "Canada"], ["Cuba"])
    assert [a.text for a in _targets(on_someone)] == ["Cuba"]


def test_two_parties_of_one_role_written_with_and_make_one_phrase():
    """"Kenya and Uganda" chosen as one event's two targets covers the "and" too, as the gold spans do; an
    "and" between the phrases of two events, or between a source and a target, is no one's."""
    from dyadline.evaluation.cameo_ner import _role_spans, _sources, _targets
    from dyadline.records import Actor, Event, Trigger

    tokens = tuple("Sudan warned Kenya and Uganda and Ethiopia protested".split())

    def event(sources, targets):
        return Event(event_id="e", doc_id="d", sentence_index=0, sentence="s", trigger=Trigger("warned", 0, 6),
                     event_type="THREATEN", mode=None, contexts=(), cameo="130", goldstein=-4.4, quad_class=3,
                     source=tuple(Actor(text=t) for t in sources), target=tuple(Actor(text=t) for t in targets))

    assert _role_spans([event(["Sudan"], ["Kenya", "Uganda"])], _targets, tokens) == {2, 3, 4}
    assert _role_spans([event(["Sudan"], ["Kenya"]), event(["Ethiopia"], ["Uganda"])], _targets, tokens) == {2, 4}
    assert _role_spans([event(["Uganda"], []), event(["Ethiopia"], [])], _sources, tokens) == {4, 6}


def test_the_coder_reads_the_sentence_as_written_not_as_the_gold_tokenized_it():
    tokens = tuple("The UN urged Libya ’ s rebel - held towns ( and their militias ) to disarm .".split())
    sentence = NerSentence(tokens, ("O",) * len(tokens))
    assert sentence.document_text == "The UN urged Libya’s rebel-held towns (and their militias) to disarm."
    assert sentence.text == " ".join(tokens)  # the split between halves hashes the gold's own text
    # a phrase the coder writes from the restored text is found back in the gold's tokens
    assert _locate_phrase("Libya's rebel-held towns", tokens) == {3, 4, 5, 6, 7, 8, 9}
    assert _locate_phrase("Liby", tokens) == set()  # not a part of a token


def test_a_number_split_at_its_thousands_is_read_whole():
    tokens = tuple("Malaysia deported 1 , 086 migrants , officials said on 3 , May .".split())
    sentence = NerSentence(tokens, ("O",) * len(tokens))
    # the thousands of a number are glued back; a comma before a word or a short number stays a comma
    assert sentence.document_text == "Malaysia deported 1,086 migrants, officials said on 3, May."
    assert _locate_phrase("1,086 migrants", tokens) == {2, 3, 4, 5}


def test_an_elided_word_split_at_its_apostrophe_is_read_whole():
    tokens = tuple("Warsaw summoned Germany 's charge d ' affaires and Sean O ' Brien .".split())
    sentence = NerSentence(tokens, ("O",) * len(tokens))
    assert sentence.document_text == "Warsaw summoned Germany's charge d'affaires and Sean O'Brien."
