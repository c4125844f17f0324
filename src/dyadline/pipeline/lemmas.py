"""Lemmas the model's lemmatizer gets wrong for words of the trigger lexicon, as a data table, and hyphened
words its tokenizer must keep whole.

spaCy's rule lemmatizer in ``en_core_web_sm`` strips "-ed" and "-es" from "raped" and "rapes" and gives
"rap" (a verb of its index), so no rule of ``triggers.csv`` would ever see the act.
``data/lemma_fixes.csv`` (form, lemma) becomes patterns of the model's attribute ruler when the pipeline
is built; the lemmatizer after it keeps a lemma already set. Only the loaded pipeline changes, nothing
of the installed model.
"""

from __future__ import annotations

import csv
from importlib import resources

from spacy.language import Language

from dyadline.errors import CodebookError

__all__ = ["fix_lemmas", "keep_words_whole", "split_trailing_slashes"]

#: hyphened words the tokenizer must not split ("a sub - inspector shot dead a rioter" parses as nonsense)
WHOLE_WORDS = ("sub-inspector", "sub-inspectors", "head-constable", "head-constables", "sit-in", "sit-ins",
               "shoot-out", "shoot-outs", "walk-out", "walk-outs", "go-slow")


def fix_lemmas(nlp: Language) -> int:
    """Give the table's forms their lemmas in ``nlp``; returns how many forms were added."""
    if "attribute_ruler" not in nlp.pipe_names:
        return 0
    ruler = nlp.get_pipe("attribute_ruler")
    text = resources.files("dyadline.pipeline").joinpath("data", "lemma_fixes.csv").read_text("utf-8")
    added = 0
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        form, lemma = ((row.get(k) or "").strip().lower() for k in ("form", "lemma"))
        if not form or not lemma or " " in form:
            raise CodebookError(f"lemma_fixes.csv line {line}: need one word and its lemma, not {row!r}")
        ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})
        added += 1
    return added


def keep_words_whole(nlp: Language) -> int:
    """Keep :data:`WHOLE_WORDS` one token each in ``nlp`` (as written, capitalised or in title case)."""
    added = 0
    for word in WHOLE_WORDS:
        for form in dict.fromkeys((word, word.capitalize(), word.title(), word.upper())):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
            added += 1
    return added


def split_trailing_slashes(nlp: Language) -> None:
    """Split a slash ending a word from it ("5 killed/ 2 injured/ 30 huts burnt": "killed/" is no verb)."""
    from spacy.util import compile_suffix_regex

    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"/"]).search
