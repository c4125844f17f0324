"""Stage (after entities): a headline's verb the tagger read as a noun, made a verb again.

Headlines and ACLED summaries drop the articles and write the present
tense: "Degodia attack Garre civilians near Mandera", "Police battle Mungiki
sect in Nairobi", "Garre militia attacks Degodia herdsman". The small model
reads the verb as a noun compound ("attack civilians", "battle sect"), so
no stage after it sees a subject or an object. In a clause with no verb of
its own before it, an action noun standing between a word that can act
(a people, a body, a sector noun) and the noun phrase it modifies is
re-read as the clause's verb: the word before it its subject, the phrase
after it its object. Nothing else in the parse changes.

It mends two more misreadings of the small parser: "A constable shot dead a
rioter", where "shot" is taken for a noun that is the subject of "dead", and
"kidnapped up to 16 advisers", where "up" is taken for the verb's particle
and the people counted for the object of "to".
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dyadline.pipeline.actor_resolver import ActorResolver, get_resolver
from dyadline.pipeline.lexicon import load_lexicon
from dyadline.pipeline.parse import BODY_VERBS, BODY_WORDS, parse_alone

__all__ = ["HeadlineVerbs", "headline_verbs"]

#: action nouns that are also the present tense of a verb of the lexicon, with their past tense
HEADLINE_PAST = {"attack": "attacked", "raid": "raided", "battle": "battled", "clash": "clashed",
                 "ambush": "ambushed", "fight": "fought", "storm": "stormed", "kill": "killed", "abduct": "abducted",
                 "kidnap": "kidnapped", "lynch": "lynched", "torch": "torched", "loot": "looted", "rob": "robbed",
                 "hijack": "hijacked", "threaten": "threatened", "arrest": "arrested", "shoot": "shot",
                 "target": "targeted", "block": "blocked", "beat": "beat", "stone": "stoned", "burn": "burned",
                 "exchange": "exchanged", "fire": "fired", "claim": "claimed", "protest": "protested",
                 "riot": "rioted", "march": "marched"}
HEADLINE_VERBS = frozenset(HEADLINE_PAST)
#: headline verbs of crowds, with no object
_CROWD_ACTS = frozenset({"protest", "riot", "march"})
#: headline verbs whose object may be a thing, not an actor
_ON_THINGS = frozenset({"attack", "raid", "storm", "torch", "loot", "burn", "ambush", "target", "stone", "block",
                        "exchange", "fire"})
#: adverbs that are particles of a verb right before them ("guns down", "rounds up")
_PARTICLES = frozenset({"down", "up", "off"})
#: words after a verb the model may take for a preposition over its object ("shot dead a youth")
_AFTER_VERB = _PARTICLES | {"dead"}
#: tags of a verb already written in the clause (then the noun is a noun)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD", "VBN"})
#: tags of a tensed verb (a clause that has its verb)
_TENSED = frozenset({"VBD", "VBZ", "VBP", "MD"})
_ACTOR_POS = frozenset({"NOUN", "PROPN", "ADJ"})


#: names the model reads as English words, and a form of them it reads as a name ("IS militants")
PARSE_AS = {"IS": "ISIS"}


class HeadlineVerbs:
    def __init__(self, resolver: ActorResolver, nlp: Language | None = None) -> None:
        self.resolver = resolver
        self.nlp = nlp
        #: verbs of the lexicon with the particle "up" ("round up", "pick up")
        self.up_verbs = frozenset(lemma for (lemma, pos), rules in load_lexicon().rules.items()
                                  if pos == "VERB" and any(r.constraint_kind == "prt" and "up" in r.constraint_values
                                                           or any(k == "prt" and "up" in v for k, v in r.also)
                                                           for r in rules))

    def __call__(self, doc: Doc) -> Doc:
        for sent in doc.sents:
            self._mend_read_as_words(sent)
            self._mend_counted_shot(sent)
            self._mend_shot_read_as_noun(sent)
            self._mend_wanted(sent)
            self._mend_found_read_as_auxiliary(sent)
            _mend_shot_dead(sent)
            _mend_verb_read_as_modifier(sent)
            _mend_up_to(sent, self.up_verbs)
            _mend_adverb_particle(sent)
            for tok in sent:
                if tok.pos_ == "NOUN" and tok.lemma_.lower() in HEADLINE_VERBS and (
                        self._reread(sent, tok) or self._reparse(sent, tok)):
                    break  # one verb per headline clause
        return doc

    def _reparse(self, sent: Span, verb: Token) -> bool:
        """A headline the simple re-reading cannot mend ("Armed gang members assault traffic officers"):
        parse the sentence again with the verb in the past tense, which the model reads as a verb, and
        keep that parse if the verb is its root and has a subject."""
        # (a crowd's act may have a tensed verb after it, a later clause's: "Hawkers in Kitale town protest after
        # their stalls are pulled down"; the parse made again is kept only if the headline verb is its root)
        tensed_from = verb.i if verb.lemma_.lower() in _CROWD_ACTS else sent.end
        if (self.nlp is None or verb.i == sent.start or any(t.tag_ in _TENSED for t in sent if t.i < tensed_from)
                or any(c.dep_ in {"det", "poss"} for c in verb.children)
                or not _acting_words_before(verb)):
            return False
        past = HEADLINE_PAST[verb.lemma_.lower()]
        again = self._parse_again(sent, {verb.i: past.capitalize() if verb.text[0].isupper() else past})
        new_verb = again[verb.i - sent.start]
        if (new_verb.dep_ != "ROOT" or not new_verb.tag_.startswith("VB")
                or not any(c.dep_ == "nsubj" for c in new_verb.children)):
            return False
        _adopt_parse(sent, again)
        verb.pos_ = "VERB"
        verb.tag_ = "VBZ" if verb.lower_.endswith("s") else "VBP"
        return True

    def _mend_read_as_words(self, sent: Span) -> None:
        """'killed 15 IS militants': a name the model reads as an English word ("IS" as "is") tears the
        sentence apart; parse it again with the name's longer form ("ISIS") and keep that parse."""
        names = {t.i: PARSE_AS[t.text] for t in sent if t.text in PARSE_AS and t.i + 1 < sent.end
                 and sent.doc[t.i + 1].pos_ in {"NOUN", "PROPN"} and sent.doc[t.i + 1].is_lower}
        if self.nlp is None or not names:
            return
        again = self._parse_again(sent, names)
        _adopt_parse(sent, again)
        for i in names:
            sent.doc[i].pos_, sent.doc[i].tag_ = "PROPN", "NNP"

    def _mend_counted_shot(self, sent: Span) -> None:
        """'3 shot dead by police in Baroda': a headline's count before "shot dead" makes the model read
        "shot" as a noun the number counts. Parsed again with a plural noun in the number's place ("Men shot
        dead ..."), "shot" is the verb; its passive subject is the number (the count of the dead)."""
        if self.nlp is None:
            return
        for shot in sent:
            number = shot.doc[shot.i - 1] if shot.i > sent.start else None
            if (shot.lower_ != "shot" or shot.pos_ != "NOUN" or shot.i + 1 >= sent.end or number is None
                    or shot.nbor(1).lower_ != "dead" or not number.like_num or number.head.i != shot.i
                    or number.dep_ != "nummod"):
                continue
            again = self._parse_again(sent, {number.i: "Men" if number.i == sent.start else "men"})
            verb, subject = again[shot.i - sent.start], again[number.i - sent.start]
            if not verb.tag_.startswith("VB") or subject.head.i != verb.i or subject.dep_ != "nsubj":
                return
            _adopt_parse(sent, again)
            shot.pos_, shot.tag_, shot.lemma_ = "VERB", "VBN", "shoot"
            number.dep_ = "nsubjpass"
            return

    def _mend_shot_read_as_noun(self, sent: Span) -> None:
        """'A prison warder in a rage shot dead three inmates': after a noun, "shot" is read as a noun it
        modifies ("rage shot") and the sentence loses its verb. Parsed again with "killed" in its place, it is
        the verb; the parse is kept if that verb is the root and has a subject, and "shot" is its verb."""
        if self.nlp is None:
            return
        for shot in sent:
            if (shot.lower_ != "shot" or not (shot.tag_ in {"NN", "NNS"} or shot.dep_ in {"pobj", "compound"})
                    or shot.i + 1 >= sent.end
                    or shot.nbor(1).lower_ != "dead" or any(t.tag_.startswith("VB") for t in sent if t.i < shot.i)):
                continue
            again = self._parse_again(sent, {shot.i: "killed"})
            verb = again[shot.i - sent.start]
            if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBN"} or not any(c.dep_ == "nsubj"
                                                                                for c in verb.children):
                return
            _adopt_parse(sent, again)
            shot.pos_, shot.tag_, shot.lemma_ = "VERB", "VBD", "shoot"
            dead = shot.nbor(1)
            dead.head, dead.dep_ = shot, "oprd"
            return

    def _mend_wanted(self, sent: Span) -> None:
        """'Police shot dead wanted gang member Ali Omar': "wanted" without an article before it is read as
        the sentence's verb. Parsed again with another adjective in its place, it modifies the object."""
        if self.nlp is None:
            return
        for wanted in sent:
            if wanted.lower_ != "wanted" or wanted.i == sent.start or wanted.i + 1 >= sent.end:
                continue
            before = wanted.doc[wanted.i - 1]
            if (wanted.tag_ not in {"VBD", "VBN"} or wanted.nbor(1).pos_ not in {"NOUN", "PROPN", "ADJ"}
                    or not (before.pos_ == "VERB" or before.lower_ in {"dead", "down"})):
                continue
            again = self._parse_again(sent, {wanted.i: "notorious"})
            word = again[wanted.i - sent.start]
            if word.dep_ != "amod" or not any(t.dep_ == "dobj" for t in (word.head, *word.head.ancestors)):
                return
            _adopt_parse(sent, again)
            wanted.pos_, wanted.tag_ = "ADJ", "JJ"
            return

    def _mend_found_read_as_auxiliary(self, sent: Span) -> None:
        """'Six Bodies found - believed to be victims of a feud': before a dash, the model reads "found" as an
        auxiliary of the verb after it. Parsed again with a comma for the dash, "found" is the headline's
        verb; the bodies are what was found (its passive subject)."""
        if self.nlp is None:
            return
        for found in sent:
            if found.dep_ != "aux" or found.i + 1 >= sent.end or found.lemma_.lower() not in BODY_VERBS:
                continue
            dash = found.doc[found.i + 1]
            # (the bodies hung on "found" or on the verb it was read as the auxiliary of)
            bodies = [c for c in (*found.children, *found.head.children) if c.dep_ == "nsubj" and c.i < found.i
                      and c.lemma_.lower() in BODY_WORDS]
            if dash.text not in {"-", "–", "—"} or not bodies:
                continue
            again = self._parse_again(sent, {dash.i: ","})
            verb, subject = again[found.i - sent.start], again[bodies[0].i - sent.start]
            if verb.dep_ != "ROOT" or subject.head.i != verb.i:
                return
            _adopt_parse(sent, again)
            found.pos_, found.tag_ = "VERB", "VBN"
            if found.lower_ == "found":
                found.lemma_ = "find"
            bodies[0].dep_ = "nsubjpass"
            return

    def _parse_again(self, sent: Span, words_at: dict[int, str]) -> Doc:
        """The sentence tagged and parsed again on its own, with some of its words replaced."""
        return parse_alone(self.nlp, [words_at.get(t.i, t.text) for t in sent], [bool(t.whitespace_) for t in sent])

    def _acts(self, subject: Token) -> bool:
        """A word that can act, alone or with the words before it ("Unknown group", "Armed gang")."""
        if self.resolver.looks_like_actor(subject):
            return True
        words = [t.lower_ for t in subject.doc[max(subject.sent.start, subject.i - 2):subject.i + 1]]
        return self.resolver.kb.sector_in_phrase(words) is not None

    def _reread(self, sent: Span, verb: Token) -> bool:
        if verb.i == sent.start or any(t.tag_ in _FINITE for t in sent if t.i < verb.i):
            return False
        subject = verb.doc[verb.i - 1]
        if subject.pos_ not in _ACTOR_POS or not self._acts(subject):
            return False
        if any(c.dep_ == "det" for c in verb.children):
            return False  # "the attack", "an ambush": a noun
        obj = _object(verb, sent)
        # an attack's object may be a thing ("Armed gang attacks police station")
        if obj is None or not (self.resolver.looks_like_actor(obj) or verb.lemma_.lower() in _ON_THINGS):
            return False
        root = sent.root
        if root.i not in {verb.i, obj.i}:
            return False  # the phrase hangs inside a larger clause: leave the parse alone
        # words before the verb that hung on it or on the object now hang on the subject
        for tok in sent:
            if tok.i < subject.i and tok.head.i in {verb.i, obj.i}:
                tok.head = subject
                if tok.dep_ not in {"amod", "det", "poss", "nummod"}:
                    tok.dep_ = "compound"
        subject.head = verb
        subject.dep_ = "nsubj"
        obj.head = verb
        obj.dep_ = "dobj"
        verb.head = verb
        verb.dep_ = "ROOT"
        verb.pos_ = "VERB"
        verb.tag_ = "VBZ" if verb.lower_.endswith("s") else "VBP"
        return True


def _acting_words_before(verb: Token) -> bool:
    """The word before a headline verb read as a noun can name who acts: a noun, a name, an adjective, or
    an act of someone named right before it ("Police firing kills 2": the firing of the police)."""
    before = verb.doc[verb.i - 1]
    return before.pos_ in _ACTOR_POS or (before.tag_ == "VBG" and before.dep_ == "acl" and before.head.i == before.i - 1
                                         and before.head.pos_ in _ACTOR_POS)


def _adopt_parse(sent: Span, again: Doc) -> None:
    """Give the sentence the heads and dependency labels of its parse on its own (same tokens)."""
    doc = sent.doc
    heads = doc.to_array([HEAD, DEP])
    for tok in again:
        heads[sent.start + tok.i] = ((tok.head.i - tok.i) % (1 << 64), tok.dep)
    doc.from_array([HEAD, DEP], heads)


def _mend_shot_dead(sent: Span) -> None:
    """'A constable shot dead a rioter' read as "(a constable shot) is dead (a rioter)": "shot" becomes the
    verb, the word that modified it its subject, "dead" its complement and the object its object."""
    for dead in sent:
        if dead.lower_ != "dead" or dead.pos_ != "ADJ":
            continue
        shot = next((c for c in dead.children if c.dep_ == "nsubj" and c.lower_ == "shot"), None)
        obj = next((c for c in dead.children if c.dep_ == "dobj" and c.i > dead.i), None)
        subject = None if shot is None else next(
            (c for c in reversed(list(shot.lefts)) if c.dep_ in {"amod", "compound", "nmod"}), None)
        if shot is None or obj is None or subject is None or shot.i + 1 != dead.i:
            return
        for tok in list(shot.lefts):
            if tok.i < subject.i:
                tok.head = subject
        for tok in list(dead.children):
            if tok.i not in {shot.i, obj.i}:
                tok.head = shot
        shot.head = shot if dead.head.i == dead.i else dead.head
        shot.dep_ = "ROOT" if dead.head.i == dead.i else dead.dep_
        shot.pos_, shot.tag_, shot.lemma_ = "VERB", "VBD", "shoot"
        subject.head, subject.dep_, subject.pos_ = shot, "nsubj", "NOUN"
        dead.head, dead.dep_ = shot, "oprd"
        obj.head, obj.dep_ = shot, "dobj"
        return


def _mend_verb_read_as_modifier(sent: Span) -> None:
    """'a constable fired at the mob and killed a shopkeeper' read as a sentence without a verb, "(a
    constable fired at the mob) and killed": a past participle right after the root noun, joined to a verb
    in the past tense or followed by what it did ("fired from his revolver, killing a rioter"), is the
    sentence's verb and the noun its subject."""
    noun = sent.root
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1), None)
    if verb is None or not any((c.dep_ == "conj" and c.tag_ == "VBD") or (c.dep_ == "advcl" and c.tag_ == "VBG")
                               for c in verb.children) \
            or any(c.dep_ in {"auxpass", "agent", "nsubj", "nsubjpass"} for c in verb.children):
        return
    for tok in list(noun.children):
        if tok.i > verb.i:
            tok.head = verb
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    noun.head, noun.dep_ = verb, "nsubj"


def _mend_up_to(sent: Span, up_verbs: frozenset[str]) -> None:
    """'kidnapped up to 16 advisers' read as the particle "up" and "to 16 advisers": "up to" counts the
    object of the verb (not of a verb whose particle "up" is part of its meaning: "rounded up")."""
    for up in sent:
        if up.dep_ != "prt" or up.lower_ != "up" or up.i + 1 >= sent.end or up.head.lemma_.lower() in up_verbs:
            continue
        to = up.doc[up.i + 1]
        counted = next((g for g in to.children if g.dep_ == "pobj" and any(
            c.dep_ == "nummod" for c in g.children)), None) if to.lower_ == "to" and to.head.i == up.i else None
        if counted is None:
            continue
        number = next(c for c in counted.children if c.dep_ == "nummod")
        verb = up.head
        up.head, up.dep_ = number, "quantmod"
        to.head, to.dep_ = number, "quantmod"
        counted.head, counted.dep_ = verb, "dobj"


def _mend_adverb_particle(sent: Span) -> None:
    """'militia guns down two officers' read as the adverb "down" with "two officers" its object: the
    adverb is the verb's particle, the phrase its object ("shot dead a youth": "dead" its complement)."""
    for adverb in sent:
        verb = adverb.head
        if (adverb.lower_ not in _AFTER_VERB or adverb.dep_ not in {"advmod", "prep"} or adverb.i != verb.i + 1
                or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children)):
            continue
        obj = next((c for c in adverb.children if c.dep_ == "pobj"), None)
        if obj is not None:
            adverb.dep_ = "oprd" if adverb.lower_ == "dead" else "prt"
            obj.head, obj.dep_ = verb, "dobj"


def _object(verb: Token, sent: Span) -> Token | None:
    """The noun phrase after the verb: the noun it was a compound of, or one hung on it."""
    if verb.dep_ == "compound" and verb.head.i > verb.i and verb.head.pos_ in {"NOUN", "PROPN"}:
        head = verb.head
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in {"NOUN", "PROPN"}:
            head = head.head  # "Police battle cattle raiders": the last noun of the chain
        return head
    after = [c for c in verb.children if c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}
             and c.dep_ in {"npadvmod", "dobj", "appos", "compound", "nmod"}]
    return after[0] if after and sent.start <= after[0].i < sent.end else None


@Language.factory("dyadline_headlines", default_config={"user_table": None})
def headline_verbs(nlp: Language, name: str, user_table: str | None) -> HeadlineVerbs:
    return HeadlineVerbs(get_resolver(user_table), nlp)
