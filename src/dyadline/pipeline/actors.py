"""Stage: resolve the candidates' source and target phrases to Actor records.

Each phrase goes to :class:`~dyadline.pipeline.actor_resolver.ActorResolver`;
this stage adds what needs the whole article: pronouns ("X announced it
was ..."), a definite event noun that stands for the actors of the event it
refers to ("the killings", "the accusation"), a relative clause on an event
("the downing ..., which killed"), and, for a phrase with no country of its
own ("the government", "police"), the place named next to it or the last
country that acted as a subject in the article.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from dyadline.pipeline.actor_resolver import (
    ANAPHOR_DETS,
    EVENT_ANAPHORS,
    PRONOUNS,
    QUANTITY_HEADS,
    ActorResolver,
    bare_number,
    get_resolver,
    of_object,
    phrase_text,
)
from dyadline.pipeline.candidate import (ARMED_GROUPS, STATE_FORCES, TOGETHER_TYPES, VICTIM_TYPES, Candidate,
                                         attackers_answered)
from dyadline.pipeline.doccache import doc_text, sentence_of, sentences
from dyadline.pipeline.parse import HOLDING, infinitive, joined_to_speaker, told_as_sequence
from dyadline.pipeline.phrases import by_agents, pobjs
from dyadline.pipeline.lexicon import TriggerLexicon, load_lexicon
from dyadline.pipeline.role_words import ENVOYS
from dyadline.records import Actor

__all__ = ["ActorStage", "resolve_actors"]

#: types whose unknown source is a civilian (protesters, rioters)
_CIVILIAN_BY_DEFAULT = frozenset({"PROTEST"})
#: the sector of a communal group that does violence (ACLED's identity militias; PLOVER has no code of
#: its own for them)
_COMMUNAL_FIGHTERS = "PRM"
#: pronouns that stand for the people named in the plural before them, as the object of an act
_PLURAL_PRONOUNS = frozenset({"them"})
#: role rules that found an explicit agent (not a guess from discourse)
_EXPLICIT_AGENT_RULES = frozenset({"subject", "passive", "victim", "noun:by", "noun:modifier", "subject:relative"})


@dataclass(frozen=True, slots=True)
class _Context:
    """What resolving one candidate's actors may look at."""

    doc: Doc
    date: dt.date | None
    people: dict[str, Actor]
    salient: list[tuple[int, str, str | None]]
    earlier: list[Candidate]
    by_trigger: dict[int, Candidate]
    event_type: str
    candidate: Candidate


class ActorStage:
    """Turns the candidates' role heads into Actor tuples, with discourse fallbacks."""

    def __init__(self, resolver: ActorResolver, lexicon: TriggerLexicon) -> None:
        self.resolver = resolver
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        document = doc._.document
        date = document.date if document is not None else None
        people: dict[str, Actor] = {}
        doc._.people = people
        salient: list[tuple[int, str, str | None]] = []  # (token index, country, sector) of subjects seen so far
        kept: list[Candidate] = []
        if not doc._.candidates:
            return doc
        for tok in doc:  # every sentence's tokens, in order
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ in {"PROPN", "NOUN"}:
                actor = self.resolver.resolve_head(tok, date=date, people=people)
                # (an armed group's country is where it comes from, not where the story is: "Al Shabaab
                # attacked a post in Mandera. Police responded" is Kenya's police)
                # (nor is a body's: "the UN coordinator urged parties to the conflict" are no UN parties)
                if actor is not None and actor.country and not self.resolver.names_armed_group(tok) \
                        and not self.resolver.kb.is_known_igo(actor.country):
                    salient.append((tok.i, actor.country, actor.sector))
        by_trigger: dict[int, Candidate] = {}
        for cand in doc._.candidates or []:
            context = _Context(doc, date, people, salient, kept, by_trigger, cand.rule.event_type, cand)
            cand.sources = self._resolve(cand.source_heads, context, role="source")
            cand.targets = self._resolve(cand.target_heads, context, role="target",
                                         exclude=frozenset(cand.source_heads), doers=cand.sources)
            if not cand.sources and cand.source_heads and cand.targets and cand.role_rule.startswith("subject:inherited"):
                # "Thousands rallied in Belgrade demanding the resignation of the government": the demand is
                # the crowd's, who the protest made civilians (only a demand made of someone named)
                cand.sources = next((c.sources for c in kept if c.rule.event_type in _CIVILIAN_BY_DEFAULT
                                     and c.source_heads == cand.source_heads and c.sources), ())
            parties = {a.country for a in cand.sources if a.country}
            if (cand.rule.event_type in TOGETHER_TYPES and len(parties) >= 2 and cand.targets
                    and cand.role_rule.endswith("in-object") and all(a.country in parties for a in cand.targets)):
                # "India and China agreed on patrolling along their disputed border": a thing of the parties' own
                # named in what they agreed on is no third party
                cand.targets = ()
                cand.role_rule += "+parties-own"
            kept.append(cand)
            by_trigger[cand.trigger_i] = cand
        _traffickers(doc, kept)
        return doc

    def _plural_antecedent(self, pronoun: Token, exclude: frozenset[int]) -> Token | None:
        """The nearest people named in the plural before a "them" (in its sentence or the two before),
        other than the doers of the act ("Police pursued the bandits and killed four of them")."""
        start = pronoun.sent.start
        for _ in range(2):  # (its sentence and the two before)
            if start > 0:
                start = pronoun.doc[start - 1].sent.start
        kb = self.resolver.kb
        # (nor the doers named again: "officers came to the market ... Officers held six of them")
        doers = {kb.sector_of(pronoun.doc[i].lower_) for i in exclude} - {None}
        for i in range(pronoun.i - 1, start - 1, -1):
            tok = pronoun.doc[i]
            if (i not in exclude and (tok.tag_ in {"NNS", "NNPS"} or tok.lower_ in _COLLECTIVES)
                    and tok.pos_ in {"NOUN", "PROPN"}
                    and (sector := kb.sector_of(tok.lower_)) is not None and sector not in doers):
                return tok
        return None

    def _country_of_earlier_mention(self, head: Token) -> str | None:
        """'Ugandan soldiers detained four Kenyan fishermen ... the fishermen had been beaten': the people
        named before by the same noun, with their country."""
        if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"}
                                          for c in head.children):
            return None
        lemma = head.lemma_.lower()
        for tok in reversed(head.doc[max(0, head.i - 150):head.i]):
            if tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma:
                code = self._country_before(tok)
                if code is not None and self.resolver.kb.is_known_country(code):
                    return code
        return None

    def _country_before(self, noun: Token) -> str | None:
        """The country or body the words before a noun name ("four Kenyan fishermen", "a Lebanese boat")."""
        found = self.resolver.kb.country_in_phrase([t.text for t in noun.lefts] + [noun.text])
        return found[0].code if found is not None else None

    def _country_of_what_it_belongs_to(self, head: Token) -> str | None:
        """'intercepted a Lebanese boat and detained its crew': the crew of the thing named as acted on
        before, whose country its adjective tells, not of the one who acted."""
        if head.lemma_.lower() not in _MEMBERS_OF_A_CRAFT or not any(
                c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in head.children):
            return None
        for tok in reversed(head.doc[head.sent.start:head.i]):
            if tok.dep_ in {"dobj", "pobj"} and tok.pos_ == "NOUN":
                return self._country_before(tok)
        return None

    def _referred_event(self, head: Token, ctx: _Context) -> Candidate | None:
        """The earlier event a definite event noun refers to, if any."""
        if head.pos_ != "NOUN" or not any(c.lower_ in ANAPHOR_DETS for c in head.children):
            return None
        if self.resolver.kb.sector_of(head.lemma_.lower()):
            return None  # "the victim": a person, though "victims of police firing" may code an event
        if head.lower_ in EVENT_ANAPHORS:
            types = VICTIM_TYPES
        else:
            types = frozenset(r.event_type for r in self.lexicon.rules_for(head.lemma_.lower(), "NOUN"))
        if not types:
            return None
        return next((c for c in reversed(ctx.earlier) if c.sources and c.rule.event_type in types
                     and c.role_rule.split("+")[0] in _EXPLICIT_AGENT_RULES), None)

    @staticmethod
    def _the_two(head: Token, ctx: _Context) -> tuple[Actor, ...]:
        """The two sides of the last act between two actors, for "the two leaders", "the two sides", "both
        men" written as the subject in the same or the next sentence."""
        if ctx.event_type not in TOGETHER_TYPES or head.tag_ not in {"NNS", "NNPS"} or not (
                any(c.lower_ == "two" and c.dep_ == "nummod" for c in head.children)
                and any(c.lower_ == "the" for c in head.children)
                or any(c.lower_ == "both" and c.dep_ in {"det", "predet", "amod"} for c in head.children)):
            return ()
        here = sentence_of(ctx.doc, head.i)
        for c in reversed(ctx.earlier):
            if here - sentence_of(ctx.doc, c.trigger_i) > 1:
                break
            if len(c.sources) == 1 and len(c.targets) == 1 and c.sources[0].country and c.targets[0].country \
                    and c.sources[0].country != c.targets[0].country:
                return c.sources[0], c.targets[0]
        return ()

    def _sender_of_craft(self, head: Token, ctx: _Context) -> str | None:
        """The country that sent craft or munitions: the agent of the participle on them ("drones launched by
        Russia") or the land they came from ("drones launched from Yemen")."""
        if head.like_num and (of := of_object(head)) is not None:
            head = of  # ("45 of the 60 drones launched by Russia")
        if head.lemma_.lower() not in _SENT_CRAFT:
            return None
        for acl in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for sender in by_agents(acl) + pobjs(acl, ("from",)):
                actor = self.resolver.resolve_head(sender, date=ctx.date, people=ctx.people)
                if actor is not None and actor.country:
                    return actor.country
        return None

    def _owners_land(self, head: Token, ctx: _Context) -> Actor | None:
        """'his country', 'her government': the state of the person the pronoun stands for, the speaker whose
        words these are ("Pashinyan said his country had frozen ...")."""
        if head.lemma_.lower() not in _OWN_LANDS or not any(
                c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in head.children):
            return None
        owner = _antecedent(head)
        if owner is None or owner.ent_type_ != "PERSON":
            return None
        person = self.resolver.resolve_head(owner, date=ctx.date, people=ctx.people)
        if person is None or person.country is None:
            return None
        # (its words are the person's, as for a pronoun standing for them)
        return Actor(text=phrase_text(owner), country=person.country, sector="GOV")

    def _offender_after(self, pronoun: Token) -> Token | None:
        """'Police shot dead two robbers after they attacked a petrol station': the subject of a clause told
        as before or after an act on offenders is those offenders, not those who acted on them."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or pronoun.lower_ not in {"they", "he", "she"} or not told_as_sequence(clause):
            return None
        plural = pronoun.lower_ == "they"
        for obj in (c for c in clause.head.children if c.dep_ == "dobj"):
            if (obj.tag_ in {"NNS", "NNPS"}) == plural and \
                    (self.resolver.kb.sector_of(obj.lemma_.lower()) or self.resolver.kb.sector_of(obj.lower_)) \
                    in ARMED_GROUPS:
                return obj
        return None

    def _resolve(self, heads: list[int], ctx: _Context, *, role: str, exclude: frozenset[int] = frozenset(),
                 doers: tuple[Actor, ...] = ()) -> tuple[Actor, ...]:
        doc = ctx.doc
        actors: list[Actor] = []
        for i in heads:
            head = doc[i]
            plural = _plural_pronoun(head) if role == "target" else None
            if plural is not None and _antecedent(plural) is None:
                # "Officers answer bandit raid, shoot 9 of them": the people last named before
                head = self._plural_antecedent(plural, exclude) or head
            if role == "source" and (pair := self._the_two(head, ctx)):
                # "Ruto met Abiy in Addis Ababa. The two leaders agreed to boost trade": both, together
                actors.extend(pair)
                continue
            if head.lower_ in PRONOUNS and head.pos_ == "PRON":
                head = self._offender_after(head) or _antecedent(head) or _person_before(head) or head
                if head.pos_ == "PRON":
                    continue
            if head.i in ctx.by_trigger and ctx.by_trigger[head.i].sources:
                # "the downing ..., which killed 67": the actors of that event
                actors.extend(ctx.by_trigger[head.i].sources)
                continue
            referred = self._referred_event(head, ctx)
            if referred is not None:
                # "the killings", "the accusation": the actors of the event referred to
                actors.extend(referred.sources)
                continue
            actor = self.resolver.resolve_head(head, date=ctx.date, people=ctx.people)
            if (actor is None or actor.country is None) and (owner := self._owners_land(head, ctx)) is not None:
                actor = owner  # ("Pashinyan said his country had frozen its participation")
            if actor is None and (shared := _shared_noun(head)) is not None:
                # "between Borana and Auliyan communities": a name the tables lack, of the kind its noun says
                sector = self.resolver.kb.sector_of(shared.lower_)
                if sector is not None:
                    actor = Actor(text=f"{head.text} {shared.text}", sector=sector)
            if (actor is None or (actor.sector is None and actor.country is None)) and role == "source" and \
                    ctx.event_type in _CIVILIAN_BY_DEFAULT:
                # "Delegates rioted", "Bar owners protest": whoever protests is a civilian unless told otherwise
                actor = Actor(text=phrase_text(head), sector="CVL")
            if (actor is not None and actor.sector is None and actor.country and role == "source"
                    and ctx.event_type in _CIVILIAN_BY_DEFAULT and _people_of_a_nation(head)):
                # "Thousands of Israelis rallied": people named by their nation are its civilians
                actor = Actor(text=actor.text, country=actor.country, sector="CVL", name=actor.name,
                              wikidata=actor.wikidata)
            if actor is None:
                continue
            if (role == "source" and ctx.event_type in VICTIM_TYPES and actor.sector is None and actor.country
                    and not self.resolver.kb.is_known_igo(actor.country)
                    and ((ctx.candidate.rule.mode in _FROM_AFAR and head.pos_ == "ADJ" and head.dep_ == "amod"
                          and head.head.i == ctx.candidate.trigger_i and head.head.pos_ == "NOUN")
                         or _strike_from_afar(head))):
                # "an Israeli air strike", "Russian shelling": a state's strike is its military's (also where the
                # strike is not the trigger: "killed in an Israeli strike", "Israeli strikes killed 20")
                actor = Actor(text=actor.text, country=actor.country, sector="MIL", name=actor.name,
                              wikidata=actor.wikidata)
            if (role == "source" and ctx.event_type in VICTIM_TYPES and actor.sector == "CVL"
                    and self.resolver.sector_by_role(head)):
                # "Degodia attack Garre civilians": a communal group doing violence is a communal militia
                actor = Actor(text=actor.text, country=actor.country, sector=_COMMUNAL_FIGHTERS, name=actor.name,
                              wikidata=actor.wikidata)
            if (actor.country is None and role == "target" and ctx.event_type in VICTIM_TYPES and _counted_only(head)
                    and (hit := _side_hit(ctx)) is not None):
                # "fired rockets at guerrilla camps in Cambodia, killing 50": the dead are of the side attacked
                actor = Actor(text=actor.text, country=hit, sector=actor.sector, name=actor.name,
                              wikidata=actor.wikidata)
            if actor.country is None and (sender := self._sender_of_craft(head, ctx)) is not None:
                # "drones launched by Russia", "missiles fired from Yemen": the side that sent them
                actor = Actor(text=actor.text, country=sender, sector=actor.sector, name=actor.name,
                              wikidata=actor.wikidata)
            guessed_country = False
            if actor.country is None:
                # a place name the tables lack ("Kremenchuk") is not of the country last seen acting;
                # the filter gives it the country of the event's place
                # (nor is an armed group that has no country of its own: "Washington said ISIL had
                # attacked Iraq" is no American group)
                # ("pulled out of Kherson", the tagger taking the town for a person: a place left)
                place_name = head.ent_type_ in {"GPE", "LOC", "FAC"} or (
                    role == "target" and ctx.candidate.role_rule.endswith("withdrawn-from"))
                # ("pro-Russia rebels": of the land they fight in, which the place tells)
                stateless = actor.sector in ARMED_GROUPS and (
                    head.pos_ == "PROPN" or self.resolver.names_armed_group(head)
                    or any(t.lower_ == "pro" or t.lower_.startswith("pro-") for t in head.lefts))
                country = self.resolver.place_country(head) or self._country_of_what_it_belongs_to(head) or (
                    self._country_of_earlier_mention(head))
                guessed = country is None and not (place_name or stateless)
                if guessed:
                    country = _discourse_country(
                        head, ctx.salient, same_sentence=role == "source", official=actor.sector in _OFFICIALS)
                    if role == "target" and (_of_other_lands(head) or (
                            _envoys_of_another(head) and ctx.candidate.rule.mode != "withdraw")) and any(
                            a.country == country for a in doers):
                        # ("Venezuela expelled the ambassadors of seven Latin American countries": of other
                        # countries than the doer's own; "Turkey summoned ten ambassadors": envoys a state deals
                        # with are another's, but not those it recalls)
                        country = None
                    if role == "target" and actor.sector in STATE_FORCES | ARMED_GROUPS and not any(
                            c.dep_ == "poss" for c in head.children) and any(
                            a.country == country and a.sector == actor.sector for a in doers):
                        # ("Iraqi soldiers surrendered to coalition forces": a force the doer's own would make no
                        # act between two; its country is not told)
                        country = None
                    if head.lemma_.lower() in _HELD or any(c.lower_ in _ABROAD for c in head.children):
                        # ("seized a foreign oil tanker": not of any country named, by its own word)
                        # ("Qatar is mediating the release of 50 hostages held by Hamas": hostages are often
                        # foreigners; the last country acting says nothing of theirs)
                        country = None
                if country is not None:
                    actor = Actor(text=actor.text, country=country, sector=actor.sector, name=actor.name,
                                  wikidata=actor.wikidata)
                    guessed_country = guessed
            if role == "target" and actor.sector is None and head.lemma_.lower() in _COUNTERPARTS and (
                    holder := next((a.sector for a in doers if a.sector), None)) is not None:
                # "Iran's foreign minister met his Saudi counterpart": one who holds the doer's office
                actor = Actor(text=actor.text, country=actor.country, sector=holder, name=actor.name,
                              wikidata=actor.wikidata)
            if role == "target" and actor.sector is None and actor.name and ctx.event_type in VICTIM_TYPES:
                actor = Actor(text=actor.text, country=actor.country, sector="CVL", name=actor.name,
                              wikidata=actor.wikidata)
            if (role == "target" and actor.sector == "CVL" and ctx.event_type in VICTIM_TYPES and _counted_only(head)
                    and any(a.sector in STATE_FORCES for a in doers)
                    and (foe := attackers_answered(ctx.earlier, ctx.candidate)) is not None):
                # "Police respond, killing two": the attackers they answered
                actor = Actor(text=actor.text, country=actor.country, sector=foe.sector)
            if actor.country is None and actor.sector is None:
                continue
            split = self.resolver.split_coordinated(head, actor)
            if role == "target" and len(split) == 1 and (
                    whole := _target_span(head, split[0].text, ctx.candidate.trigger_i)):
                split = [replace(split[0], text=whole)]
            elif (role == "source" and len(split) == 1 and head.dep_ == "nsubj"
                  and split[0].text == phrase_text(head) and (whole := _with_split_off(head))):
                split = [replace(split[0], text=whole)]  # ("Sudan's paramilitary Rapid Support Forces")
            actors.extend(split)
            if guessed_country and role == "target":
                # (the filter may yet put the victims of a foreign attack in the country of the place hit)
                ctx.candidate.guessed_countries += tuple(split)
        unique: dict[tuple[str | None, str | None, str], Actor] = {}
        for a in actors:
            unique.setdefault((a.country, a.sector, a.text), a)
        return tuple(unique.values())


def _target_span(head: Token, text: str, trigger_i: int) -> str | None:
    """The words a target's span takes where they are more than its own phrase (cameo_ner marks the whole
    phrase; the actor stays the one resolved): the proposal it made ("rejected the Croatian government's
    request"), or, where the span is the head's own phrase, the words introducing its name ("his counterpart
    ...") or the thing it was read from a word of ("the last TPLF-held town")."""
    return _proposal_phrase(head, trigger_i) or (
        (_whole_naming(head) or _thing_of(head, trigger_i)) if text == phrase_text(head) else None)


#: what one side puts to another, which the other takes up or turns down ("rejected Theresa May's offer")
_PROPOSALS = frozenset({"request", "offer", "call", "proposal", "plea", "appeal", "demand", "bid", "invitation",
                        "initiative", "suggestion", "ultimatum", "overture", "plan", "proposition"})


def _proposal_phrase(head: Token, trigger_i: int) -> str | None:
    """The phrase of the proposal an actor made, where the act is done to that proposal: "the call of the
    European Parliament", "an offer from the Afghan government", "Theresa May's offer" (None otherwise)."""
    if head.dep_ == "poss":
        noun = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in {"of", "from"}:
        noun = head.head.head
    else:
        return None
    if noun.lemma_.lower() not in _PROPOSALS or noun.pos_ != "NOUN" or noun.head.i != trigger_i or \
            noun.dep_ not in {"dobj", "nsubjpass"}:
        return None
    return phrase_text(noun)


def _whole_naming(head: Token) -> str | None:
    """The words of a phrase that introduces a name the actor was read from: the noun the name is in
    apposition to ("his old foe Sudan's army chief Abdel Fattah al-Burhan"), or an object or subject the parser
    split off before it ("his counterpart" + "Italian President Sergio Mattarella", both read as objects)."""
    own = phrase_text(head)
    if head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ in {"NOUN", "PROPN", "ADJ"} and \
            head.head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        whole = phrase_text(head.head)
        return whole if own in whole and whole != own else None
    return _with_split_off(head) if head.dep_ == "dobj" else None


def _with_split_off(head: Token) -> str | None:
    """The head's phrase with the words the parser split off before it as one more object or subject ("his
    counterpart" + "Italian President Sergio Mattarella", "Sudan's paramilitary" + "Rapid Support Forces")."""
    start = head.left_edge.i
    split_off = [c for c in head.head.children if c.dep_ == head.dep_ and c.i < head.i
                 and c.right_edge.i == start - 1 and c.pos_ in {"NOUN", "ADJ", "PROPN"}
                 and not any(g.dep_ in {"acl", "relcl"} for g in c.children)]
    if not split_off:
        return None
    words = head.doc[split_off[0].left_edge.i:start]
    return f"{words.text} {phrase_text(head)}" if not any(t.is_punct for t in words) else None


def _thing_of(head: Token, trigger_i: int) -> str | None:
    """The thing an actor was read from a word of: "a militia-held bridge over the Nile" (who holds it),
    "civilian and military targets in Kirkuk" (whose they are): the actor is the holder, the words are
    the thing's (not for the act's own noun: "Syrian regime air strikes")."""
    thing = None
    if head.dep_ == "npadvmod" and head.head.lower_ in HOLDING and head.head.dep_ == "amod":
        thing = head.head.head
    elif (head.dep_ == "amod" and head.pos_ == "ADJ") or head.dep_ == "poss" or (
            head.dep_ == "compound" and head.pos_ == "NOUN" and head.i == head.head.i - 1):
        thing = head.head  # (also "the government army's sites", "Nicaragua's main port")
    if thing is None or thing.pos_ != "NOUN" or thing.i == trigger_i or thing.dep_ == "compound":
        return None
    whole, own = phrase_text(thing), phrase_text(head)
    return whole if own in whole and whole != own else None


#: one who holds the same office as another ("his Saudi counterpart")
_COUNTERPARTS = frozenset({"counterpart", "counterparts", "opposite"})

#: people who belong to a craft or vehicle ("its crew", "their passengers")
_MEMBERS_OF_A_CRAFT = frozenset({"crew", "crewman", "crewmen", "crewmember", "passenger", "captain", "sailor",
                                 "occupant", "driver", "pilot", "skipper", "fisherman"})
#: modes of attack from afar, which only a state's forces or an armed group carry out ("an Israeli air strike")
_FROM_AFAR = frozenset({"aerial", "heavy-weapons"})
#: craft and munitions sent at a side, whose sender is their side ("drones launched by Russia")
_SENT_CRAFT = frozenset({"drone", "missile", "rocket", "projectile", "aircraft", "jet", "warplane", "helicopter",
                         "balloon", "shell"})
#: nouns of strikes from afar, which only a state's forces (or a named group) launch
_STRIKES = frozenset({"strike", "airstrike", "air-strike", "shelling", "bombardment", "airstrikes", "missile"})
#: what makes an attack one from afar ("a drone attack", "a missile attack")
_FROM_AFAR_WEAPONS = frozenset({"drone", "missile", "rocket", "air", "artillery"})


def _strike_from_afar(head: Token) -> bool:
    """A country's adjective on a strike from afar, or that strike itself: "an Israeli strike", "Israeli strikes",
    "a Ukrainian drone attack" (not "a Palestinian attack", which anyone may do)."""
    strike = head.head if head.pos_ == "ADJ" and head.dep_ == "amod" else head
    if strike.pos_ != "NOUN":
        return False
    lemma = strike.lemma_.lower()
    return lemma in _STRIKES or (lemma == "attack" and any(
        c.dep_ == "compound" and c.lemma_.lower() in _FROM_AFAR_WEAPONS for c in strike.children))

#: who a later sentence says a victim was ("Police said the victim faced charges of drug trafficking")
_VICTIM_WORDS = frozenset({"victim", "he", "she", "they"})
_CHARGE_WORDS = frozenset({"charge", "convict", "conviction", "accuse", "suspect", "wanted"})
_TRAFFICKING = frozenset({"trafficking", "trafficker", "traffickers", "drug-trafficking"})


def _traffickers(doc: Doc, candidates: list[Candidate]) -> None:
    """'A man was shot dead by armed men. Police said the victim faced charges of drug trafficking': the
    civilian victims of the violence just told were in the drug trade (a criminal, CRM)."""
    if "traffick" not in doc_text(doc).lower():  # every word of _TRAFFICKING has it: no need to walk the tokens
        return
    told_of = {sentence_of(doc, t.i) for t in doc if t.lower_ in _TRAFFICKING}
    spans = sentences(doc) if told_of else []
    for sent_index in sorted(told_of):
        sent = spans[sent_index]
        words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        if not (words & _CHARGE_WORDS and any(
                t.dep_ in {"nsubj", "nsubjpass"} and t.lemma_.lower() in _VICTIM_WORDS for t in sent)):
            continue
        told = [c for c in candidates if c.rule.event_type in VICTIM_TYPES and c.targets
                and sent_index - 2 <= c.sentence_index < sent_index]
        for cand in told[-1:]:
            cand.targets = tuple(Actor(text=a.text, country=a.country, sector="CRM", name=a.name,
                                       wikidata=a.wikidata) if a.sector == "CVL" else a for a in cand.targets)
            cand.role_rule += "+victim-in-drug-trade"


def _counted_only(head: Token) -> bool:
    """A bare number or quantity of people ("killing two", "kill many")."""
    return bare_number(head) or head.lower_ in {"many", "several", "some"}


def _plural_pronoun(head: Token) -> Token | None:
    """The "them" of a target "them" or "16 of them"."""
    if head.pos_ == "PRON" and head.lower_ in _PLURAL_PRONOUNS:
        return head
    if head.like_num or head.lemma_.lower() in QUANTITY_HEADS:
        of = of_object(head)
        if of is not None and of.pos_ == "PRON" and of.lower_ in _PLURAL_PRONOUNS:
            return of
    return None


def _shared_noun(head: Token) -> Token | None:
    """The noun a name shares with the name it is joined to ("Auliyan" in "Borana and Auliyan
    communities")."""
    if head.dep_ != "conj":
        return None
    first = head.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in {"nmod", "compound", "amod"} and first.head.pos_ == "NOUN" and first.head.i > head.i:
        return first.head
    return None


#: prepositions naming whom a verb deals with ("lodged a protest with Manila", "sent a note to Seoul")
_DEALT_WITH = frozenset({"with", "to", "against"})


def _antecedent(pronoun: Token) -> Token | None:
    """'X announced it was ...': 'it' is X."""
    verb = pronoun.head
    # ("Protesters burned the home of a man after he was released": "he" is no plural subject)
    singular = pronoun.lower_ in {"he", "she", "him", "her", "his"}
    # an object pronoun is not the subject of its own clause, shared by joined verbs ("the army hit the
    # positions and destroyed them": the positions, not the army)
    own_clause = pronoun.dep_ == "dobj" and pronoun.lower_ in {"them", "him", "her", "it"}
    # (nor, for an object, the subject its verb takes from the verb above: "Troops moved in to scatter them")
    shared_subject = pronoun.dep_ == "dobj" and pronoun.lower_ in {"them", "him", "her"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    while verb.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and verb.head.i != verb.i:
        own_clause = own_clause and verb.dep_ in {"conj", "xcomp"}
        climbed_from, verb = verb, verb.head
        if joined_to_speaker(climbed_from):
            verb = verb.head  # ("told Putin that ... is not possible and urged him to return": "told" and "urged")
        if shared_subject and not own_clause and climbed_from.dep_ in {"xcomp", "advcl", "conj"}:
            return None
        if own_clause:
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}
                       and (c.tag_ in {"NNS", "NNPS"}) == (pronoun.lower_ == "them")]
            # ("lodged a protest with Manila and urged it to stop": the one named after the verb's "with", before
            # the thing the verb made)
            named = [g for h in (verb, *objects) for c in h.children
                     if c.dep_ in {"prep", "dative"} and c.lower_ in _DEALT_WITH
                     for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            # (the one asked to act: "... and urged it to stop"; "praised it as historic" is the deal)
            asked_to_act = any(c.dep_ == "xcomp" and infinitive(c) for c in pronoun.head.children)
            if named and pronoun.lower_ == "it" and asked_to_act and not any(o.pos_ == "PROPN" for o in objects):
                return named[0]
            if objects:
                return objects[0]
            continue
        subs = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                and not (singular and c.tag_ in {"NNS", "NNPS"})
                # ("the governor issued an ultimatum to her colleagues after they threatened to quit": a "they"
                # is not one person named)
                and not (pronoun.lower_ == "they" and _one_person_named(c))]
        if subs and (crowd := _crowd_met_by_force(pronoun, verb, subs[0])) is not None:
            return crowd
        if subs:
            return subs[0]
    return None


def _one_person_named(tok: Token) -> bool:
    """A person named with a first name or a title ("Governor Maria Okafor"), not a group the tagger reads
    as a person ("the Houthis")."""
    return tok.ent_type_ == "PERSON" and tok.tag_ == "NNP" and not any(c.dep_ == "det" for c in tok.children) \
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


#: what a crowd does, not the forces sent to meet it
_CROWD_ACTS = frozenset({"protest", "march", "demonstrate", "gather", "chant", "rally", "riot", "demand"})
#: words of the state's forces
_FORCE_WORDS = frozenset({"police", "officer", "policeman", "troops", "soldier", "force", "army", "guard"})


def _crowd_met_by_force(pronoun: Token, verb: Token, subject: Token) -> Token | None:
    """'Police fired tear gas at supporters as they protested': those protesting are the crowd the forces
    met, not the forces."""
    if pronoun.lower_ != "they" or pronoun.head.lemma_.lower() not in _CROWD_ACTS \
            or subject.lemma_.lower() not in _FORCE_WORDS:
        return None
    return next((o for o in (*(c for c in verb.children if c.dep_ == "dobj"),
                             *(g for c in verb.children if c.dep_ == "prep" for g in c.children
                               if g.dep_ == "pobj"),
                             *(g for c in verb.children if c.dep_ == "dobj" for p in c.children
                               if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"))
                 if o.tag_ in {"NNS", "NNPS"} and o.lemma_.lower() not in _FORCE_WORDS), None)


def _person_before(pronoun: Token) -> Token | None:
    """'Foreign Minister Musalia Mudavadi said ... He demanded their release': a "he" or "she" opening a
    sentence is the person who was the subject of the sentence before (a "they", the people who were)."""
    if pronoun.lower_ not in {"he", "she", "they"} or pronoun.dep_ != "nsubj" or pronoun.i != pronoun.sent.start:
        return None
    start = pronoun.sent.start
    if start == 0:
        return None
    before = pronoun.doc[start - 1].sent
    if pronoun.lower_ == "they":
        # ("Jobless youth blocked the road ... They lit fires": the crowd the sentence before was about)
        subjects = [t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ == "NOUN"
                    and t.ent_type_ not in {"ORG", "GPE", "NORP"}]
    else:
        subjects = [t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.ent_type_ == "PERSON"]
    return subjects[0] if len(subjects) == 1 else None


def _side_hit(ctx: _Context) -> str | None:
    """The country of the side an attack hit, for the participle that tells its toll ("launched rocket fire
    against Kampuchean camps, killing or wounding 50"): the attack on the participle's verb or its object."""
    trigger = ctx.doc[ctx.candidate.trigger_i]
    if trigger.dep_ == "conj" and trigger.tag_ == "VBG":
        trigger = trigger.head  # "killing or wounding 50"
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBG":
        return None
    verb = trigger.head
    acts = {verb.i} | {t.i for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)}
    hit = [a.country for c in ctx.earlier if c.trigger_i in acts and c.rule.event_type in VICTIM_TYPES
           for a in c.targets if a.country]
    return hit[0] if hit else None


def _people_of_a_nation(head: Token) -> bool:
    """'Israelis', 'thousands of Kenyans': people named in the plural by their nation."""
    counted = next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                    if g.dep_ == "pobj"), None) if head.like_num or head.lemma_.lower() in {
        "thousand", "hundred", "dozen", "million", "scores", "crowd", "group"} else None
    people = counted if counted is not None else head
    return people.ent_type_ == "NORP" and people.tag_ in {"NNPS", "NNS"}


#: words for many people written in the singular ("angry youth", "a mob")
_COLLECTIVES = frozenset({"youth", "mob", "crowd", "gang"})
#: a person's state, named by "his" or "her" ("his country", "her government")
_OWN_LANDS = frozenset({"country", "nation", "government", "administration"})
#: people held by others, whose land is not their captors' or their go-betweens'
_HELD = frozenset({"hostage", "captive"})
#: words telling that those named are of no country near them ("foreign", "Western ambassadors")
_ABROAD = frozenset({"foreign", "western"})
#: words of the lands a phrase is of ("envoys of seven countries")
_LANDS = frozenset({"country", "nation", "state", "government"})


def _envoys_of_another(head: Token) -> bool:
    """'summoned the ambassadors': envoys not told as the doer's own ("its ambassador")."""
    return head.lemma_.lower() in ENVOYS and not any(c.dep_ == "poss" for c in head.children)


def _of_other_lands(head: Token) -> bool:
    """'the ambassadors of seven Latin American countries': people of lands the phrase counts, not named."""
    return any(p.lower_ in {"of", "from"} and any(o.dep_ == "pobj" and o.lemma_.lower() in _LANDS
                                                  and o.tag_ in {"NNS", "NNPS"} for o in p.children)
               for p in head.children)


def _discourse_country(head: Token, salient: list[tuple[int, str, str | None]], *, same_sentence: bool,
                       official: bool = False) -> str | None:
    """The country of the last subject before this phrase in the article, else (for a source)
    of a later subject in the same sentence ("The army did not attack, Israeli officials said"). An
    official (a minister, a spokesman) is of the last government named as a subject, if any ("Kenya
    recalled its envoy after Ugandan soldiers detained ... Foreign Minister Musalia Mudavadi said": Kenya's)."""
    before = [(c, sector) for i, c, sector in salient if i < head.i]
    governments = [c for c, sector in before if sector in _OFFICIALS] if official else []
    if governments:
        return governments[-1]
    if before:
        return before[-1][0]
    if not same_sentence:
        return None
    sent = head.sent
    same = [c for i, c, _ in salient if sent.start <= i < sent.end]
    return same[0] if same else None


#: the sectors of a government and its officials
_OFFICIALS = frozenset({"GOV", "ELI"})


@Language.factory("dyadline_actors", default_config={"user_table": None})
def resolve_actors(nlp: Language, name: str, user_table: str | None) -> ActorStage:
    return ActorStage(get_resolver(user_table), load_lexicon())
