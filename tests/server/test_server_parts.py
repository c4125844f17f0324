"""The server's own parts: finding triggers in stored sentences, the rate limiter."""

from __future__ import annotations

import pytest

from dyadline.errors import RateLimitedError
from dyadline.server.reports import locate_triggers
from dyadline.server.state import RateLimiter


def test_a_trigger_is_found_as_a_whole_word():
    sentence = "Officials said the visit was cancelled; the visitor left."
    assert locate_triggers(sentence, [("visit", 500)]) == [(19, 24)]


def test_triggers_of_one_sentence_agree_on_where_it_starts():
    # "attacked" occurs twice; the other trigger places the sentence at document offset 100
    sentence = "Rebels attacked a post and troops attacked back after they met."
    met = sentence.index("met")
    second = sentence.index("attacked", 10)
    spans = locate_triggers(sentence, [("attacked", 100 + second), ("met", 100 + met)])
    assert spans == [(second, second + 8), (met, met + 3)]


def test_a_trigger_not_in_the_sentence_is_none():
    assert locate_triggers("Sentence 0 of d1.", [("attacked", 10)]) == [None]


def test_the_rate_limit_is_a_sliding_window_per_client():
    limiter = RateLimiter(limit=2, window=10.0)
    limiter.check("a", now=0.0)
    limiter.check("a", now=1.0)
    limiter.check("b", now=1.0)  # another client has its own count
    with pytest.raises(RateLimitedError) as caught:
        limiter.check("a", now=5.0)
    assert caught.value.retry_after == pytest.approx(5.0)
    limiter.check("a", now=10.5)  # the first request has left the window
