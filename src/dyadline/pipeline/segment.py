"""Stage 1 (before the parser): sentence boundaries at line breaks, body zone.

Headlines, header lines and paragraphs have no final full stop, so the
parser would glue them to the next sentence. This stage starts a sentence
after every line break and marks tokens before the document's body as
outside it (they are never coded).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from dyadline.pipeline.doccache import doc_text

__all__ = ["segment"]


_FULL_STOPS = frozenset({".", "!", "?"})
#: a wire story's dateline opening a paragraph ("NEW DELHI, Oct 21 (Reuters) - ", "TBILISI, Dec 1 - "): a
#: place in capitals, maybe a date and an agency, then a dash
_DATELINE = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
                       r"(?: ?\([A-Za-z .]{2,20}\))? ?(?:-{1,2}|–|—) ")


@Language.component("dyadline_segment")
def segment(doc: Doc) -> Doc:
    document = doc._.document
    body_start = document.body_start if document is not None else 0
    after_break = False
    for token in doc:
        if token.i > 0 and after_break and not token.is_space:
            token.is_sent_start = True
        if token.idx < body_start:
            token._.in_body = False
        if (token.like_num and 0 < token.i < len(doc) - 1 and doc[token.i - 1].text in _FULL_STOPS
                and doc[token.i + 1].is_alpha):
            # ". 14 Al shabaab militants were killed": the parser would end a sentence after the number
            token.is_sent_start = True
            doc[token.i + 1].is_sent_start = False
        if not token.is_space:
            after_break = "\n" in token.whitespace_
        elif "\n" in token.text:
            after_break = True
    _set_apart_datelines(doc)
    return doc


def _set_apart_datelines(doc: Doc) -> None:
    """'NEW DELHI, Oct 21 (Reuters) - India and China have agreed ...': the dateline is a sentence of its own,
    which the parser would otherwise read as the subject of the story's first verb."""
    text = doc_text(doc)  # (joined once: later stages read it too; merging tokens never changes it)
    for start in [0] + [m.end() for m in re.finditer(r"\n\s*", text)]:
        match = _DATELINE.match(text, start)
        if match is None:
            continue
        # (the match ends after the space that follows the dash: a token starts there, or the run of further
        # spaces before the first word)
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is None:
            continue
        after = span[0] if not span[0].is_space or span[0].i + 1 >= len(doc) else doc[span[0].i + 1]
        if after.i > 0 and not after.is_space:
            after.is_sent_start = True
