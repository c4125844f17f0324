"""Capitals back into text written all in lower case.

Some sources (the Times of India archive behind India Police Events, chat logs, scraped
captions) come in lower case. spaCy's tagger and parser lean on capitals: in "15 vhp workers
trying to enforce the bandh in patna were arrested" it takes "trying" for the main verb and the
arrest loses its subject. Before such a text is parsed, :func:`truecase` gives back the capitals a
news desk would have written:

* the first word of each sentence, and "i";
* names the knowledge tables write with capitals (countries, peoples, bodies, regions, leaders:
  "vhp" -> "VHP", "uttar pradesh" -> "Uttar Pradesh");
* initialisms: short words with no vowel ("bjp", "crpf", "dsp");
* words that are in no English dictionary, in none of their inflected forms, and are not trigger
  or sector words of dyadline's own tables ("godhra", "singhal", "shrivastava").

Only letters change case, so every character offset into the text stays valid. A text with any
capital letter in it is returned as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dyadline.knowledge.tables import read_shipped
from dyadline.pipeline.lexicon import load_lexicon

__all__ = ["MONTHS", "Truecaser", "in_dictionary", "needs_truecasing"]

_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")  # (a text recased has no capital letter)
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"”’)]*\s+|\n\s*)([\"'“‘(`]*)([a-z])")
_VOWELS = frozenset("aeiouy")
#: short words without vowels that are not initialisms
_NOT_INITIALISMS = frozenset({"mr", "mrs", "dr", "st", "km", "kg", "hrs", "hr", "th", "nd", "rd", "pm", "am", "ms",
                              "sq", "ft", "cm", "mm", "ml", "lb", "lbs", "vs", "pvt", "ltd", "nw", "sw", "nsw"})
_TITLES = {"mr": "Mr", "mrs": "Mrs", "dr": "Dr", "ms": "Ms", "pvt": "Pvt", "ltd": "Ltd"}
_SUFFIXES = ("ies", "es", "s", "ed", "d", "ing", "ings", "ers", "er", "est", "ly", "ment", "ness")
#: British spellings the (American) dictionary lacks: "programme", "favour", "organisation", "centre"
_BRITISH = (("mme", "m"), ("our", "or"), ("isation", "ization"), ("ise", "ize"), ("tre", "ter"), ("ence", "ense"),
            ("ll", "l"), ("yse", "yze"), ("ogue", "og"))
#: number words written as one ("twentynine") and South Asian numerals ("five lakh")
_NUMBER_WORD = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:one|two|three|four|five|six|"
                          r"seven|eight|nine)|lakhs?|crores?")
#: the months' names (truecasing, and the actor stage's dates before a phrase)
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"})
_LONGEST_NAME = 4  # words


def needs_truecasing(text: str) -> bool:
    """True when a text of some length has no capital letter A-Z at all. (An archive's article whose
    capitalised header line stands over a lower-case body is left as it is: recasing it made coding the
    India Police Events articles 10% slower, as the model finds many more names, for no measured gain.)"""
    return len(text) >= 20 and not any("A" <= c <= "Z" for c in text) and any("a" <= c <= "z" for c in text)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """English words that dictionaries write in lower case (so not names)."""
    from english_words import get_english_words_set  # imported late: only lower-case texts need it

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=False) if w.islower())


def in_dictionary(word: str) -> bool:
    """A word an English dictionary writes in lower case ("tea", "orange"): a capital on it may be the
    sentence's or a name's."""
    return word in _dictionary()


@lru_cache(maxsize=1)
def _own_words() -> frozenset[str]:
    """Lower-case words of dyadline's trigger and sector tables: never names."""
    words = {w for (lemma, _pos) in load_lexicon().rules for w in lemma.split()}
    words.update(w for row in read_shipped("sectors.csv", ("term",)) for w in row["term"].lower().split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _cased_names() -> dict[tuple[str, ...], str]:
    """Names the knowledge tables write with capitals, by their lower-case words."""
    names: list[str] = []
    for table in ("country_aliases.csv", "communal_groups.csv"):
        names.extend(row["alias"] for row in read_shipped(table, ("alias",)))
    for row in read_shipped("region_aliases.csv", ("alias", "region")):
        names.extend((row["alias"], row["region"]))
    for row in read_shipped("igos.csv", ("name", "aliases")):
        names.extend([row["name"], *row["aliases"].split("|")])
    names.extend(row["person"] for row in read_shipped("leaders.csv", ("person",)))
    out: dict[tuple[str, ...], str] = {}
    for name in names:
        if not name or name.islower() or not name.isascii():
            continue
        words = tuple(name.lower().split())
        if 0 < len(words) <= _LONGEST_NAME:
            out.setdefault(words, name)
    return out


class Truecaser:
    """Puts capitals back into all-lower-case text; ``irregular`` are inflected forms no suffix rule
    finds ("began", "men"), e.g. the keys of spaCy's lemmatizer exceptions."""

    def __init__(self, *, irregular: frozenset[str] = frozenset()) -> None:
        self._irregular = irregular

    @classmethod
    def for_nlp(cls, nlp: object) -> Truecaser:
        """A truecaser knowing the irregular forms of ``nlp``'s lemmatizer (if it has one)."""
        forms: set[str] = set()
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in getattr(nlp, "pipe_names", ()) else None
        if lemmatizer is not None and "lemma_exc" in lemmatizer.lookups.tables:
            table = lemmatizer.lookups.get_table("lemma_exc")
            for pos in ("noun", "verb", "adj", "adv"):
                forms.update(w for w in table.get(pos, {}) if w.isalpha() and w.islower())
        return cls(irregular=frozenset(forms))

    def is_word(self, word: str) -> bool:
        """An English word, an inflected or British form of one, or a word of dyadline's own tables."""
        if word in self._irregular or self._known(word):
            return True
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = word[: -len(suffix)]
                if any(self._known(s) for s in (stem, stem + "e", stem + "y")):
                    return True
                if len(stem) >= 4 and stem[-1] == stem[-2] and self._known(stem[:-1]):  # "stopped"
                    return True
        return False

    @staticmethod
    def _known(word: str) -> bool:
        dictionary = _dictionary()
        if word in dictionary or word in _own_words():
            return True
        return any(british in word and word.replace(british, american) in dictionary
                   for british, american in _BRITISH)

    def _cased_word(self, word: str, before: str, after: str) -> str:
        if word == "i":
            return "I"
        if word in _TITLES:
            return _TITLES[word]
        if word in MONTHS and (before.isdigit() or after.isdigit()):
            return word.capitalize()  # "on march 15", "15 march"
        if "-" in word or "'" in word or _NUMBER_WORD.fullmatch(word):
            return word
        if 2 <= len(word) <= 5 and not (set(word) & _VOWELS) and word not in _NOT_INITIALISMS:
            return word.upper()
        if len(word) >= 4 and not self.is_word(word):
            return word.capitalize()
        return word

    def __call__(self, text: str) -> str:
        """The text with the capitals a news desk would write (unchanged unless all lower case)."""
        if not needs_truecasing(text):
            return text
        chars = list(text)

        def put(start: int, cased: str) -> None:
            chars[start:start + len(cased)] = list(cased)

        words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
        tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
        neighbours = {start: (tokens[k - 1][1] if k else "", tokens[k + 1][1] if k + 1 < len(tokens) else "")
                      for k, (start, _) in enumerate(tokens)}
        names = _cased_names()
        i = 0
        while i < len(words):
            for n in range(min(_LONGEST_NAME, len(words) - i), 0, -1):
                key = tuple(w for _, w in words[i:i + n])
                span_end = words[i + n - 1][0] + len(words[i + n - 1][1])
                if key in names and (n > 1 or not self.is_word(key[0])) and \
                        len(names[key]) == span_end - words[i][0]:
                    put(words[i][0], names[key])
                    i += n
                    break
            else:
                start, word = words[i]
                before, after = neighbours.get(start, ("", ""))
                put(start, self._cased_word(word, before.strip(",.;:"), after.strip(",.;:")))
                i += 1
        for m in _SENTENCE_START.finditer(text):
            chars[m.start(2)] = chars[m.start(2)].upper()
        return "".join(chars)
