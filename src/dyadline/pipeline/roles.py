"""Stage: who acted (source) and on whom (target), from the dependency parse.

For each candidate it records the head tokens of the source and target
phrases and the name of the rule that found them (part of the evidence).

Verbs: active subjects (climbing xcomp / conj / advcl chains when the verb
has none of its own, and through relative pronouns), passive "by"-agents,
participles modifying a noun ("a raid conducted by the police"), direct
objects or prepositional objects that name an actor, and actors inside the
object phrase ("canceled events hosted with Russian entities").
Nouns: "by"-agents, possessives, actor modifiers ("police raids", "Russian
strikes"), "of" / "on" / "against" / "to" phrases. Death words take the
victim as target and the agent of the surrounding attack or raid as source.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

from dyadline.pipeline.candidate import MUTUAL_FIGHTS, PEACEKEEPING, TOGETHER_TYPES, VICTIM_TYPES, Candidate
from dyadline.pipeline.parse import (DIE_VERBS, HOLDING, antecedent_person, apposed_subject, bodily_failing, by_agents, conditional,
                                     headline_victim, in_protest, infinitive, name_read_as_preposition,
                                     is_passive, not_ruled_out, passive_subjects, possibility_of,
                                     reduced_relative_read_as_verb, told_as_sequence, told_subjects)

__all__ = ["RoleFinder", "find_roles"]

_RELATIVE = frozenset({"which", "who", "that", "whom", "whose"})
_AUXILIARIES = frozenset({"be", "have", "get", "do"})
#: objects of "carry out", "launch", "conduct" that name an operation, not whom it hit
_OPERATIONS = frozenset({"operation", "offensive", "raid", "attack", "assault", "strike", "ambush", "crackdown",
                         "sweep", "mission"})
_TARGET_PREPS = ("to", "with", "against", "on", "upon", "at", "toward", "towards", "into", "from", "for", "over")
_NOUN_TARGET_PREPS = ("on", "against", "to", "with", "of", "at", "into")
_PHRASE_DEPS = frozenset({"compound", "amod", "prep", "pobj", "nmod", "conj", "appos", "acl", "agent", "poss",
                          "dobj", "dative", "pcomp"})
#: the target of an accusation is whom it is about, not whom it is addressed to
_ACCUSED_PREPS = ("against", "over", "about", "for", "of")
#: what is given is the object; who receives it is the "to"/"for" phrase
_GIVING_TYPES = frozenset({"AID", "COOPERATE", "SUPPORT"})
#: nouns of a kind of dealing, whose modifiers say what is dealt in ("intelligence sharing", "police reform")
_DEALINGS = frozenset({"sharing", "reform", "training", "exchange", "modernisation", "modernization", "spending",
                       "funding", "budget"})
#: the most words of a headline whose torn parse the firing's doer is read from
_HEADLINE_LENGTH = 10
#: verbs of making something, whose object is a thing made, no party
_MAKING = frozenset({"set", "build", "establish", "create", "construct", "found", "form", "install", "erect"})
#: verbs of the purpose of a gift ("to assist Ethiopia")
_HELPING = frozenset({"help", "assist", "support", "aid", "relieve"})
#: verbs of holding something out to another side, which may take it or not
_OFFERING = frozenset({"offer", "promise", "pledge"})
#: what those who flee ask of the land they come to
_REFUGE = frozenset({"asylum", "refuge", "sanctuary", "shelter"})
#: verbs whose object is the place left ("left the town", "vacated their positions")
_LEAVING = frozenset({"leave", "vacate", "abandon", "evacuate", "quit", "exit"})
#: a side's own forces, moved or withdrawn by it (no target of its act)
_OWN_FORCES = frozenset({"troop", "force", "soldier", "unit", "peacekeeper", "army", "military", "contingent",
                         "battalion", "brigade", "personnel"})


def _own_bare_force(noun: Token) -> bool:
    """'the army', 'its troops': a force named with no one's name on it (the speaker's own)."""
    return noun.lemma_.lower() in _OWN_FORCES and all(
        c.dep_ == "det" or (c.dep_ == "poss" and c.pos_ == "PRON") for c in noun.children)


#: verbs of giving back what was taken; the "to" names who gets it, unless people held are given over
_GIVING_BACK = frozenset({"return", "hand", "cede", "restore"})
_HELD_PEOPLE = frozenset({"prisoner", "hostage", "captive", "detainee", "soldier", "sailor", "fisherman", "crew",
                          "national", "citizen", "worker", "journalist"})
#: participles the tagger may take for nouns after a time ("were Monday evening shot dead")
_SHOT_WORDS = frozenset({"shot", "killed", "attacked", "hacked", "stabbed", "lynched"})
_VICTIM_LEMMAS = frozenset({"die", "death", "succumb", "lose", "fall", "victim", "toll"})
#: what a victim falls to ("seven fell to police bullets"): the doer is whose they were
_MISSILES = frozenset({"bullet", "bullets", "firing"})
#: what is fired or thrown at a target ("fired rockets at the town")
_MUNITIONS = frozenset({"missile", "rocket", "shell", "mortar", "bomb", "grenade", "round", "bullet", "projectile",
                        "salvo", "volley", "shot", "scud", "katyusha", "flare", "stone", "rock", "dart", "torpedo",
                        "gas", "teargas", "tear-gas", "canister", "pellet"})
#: arms and craft, which are sent or supplied, not recipients ("sending the tanks")
_MATERIEL = frozenset({"tank", "jet", "gunship", "gunboat", "warplane", "plane", "aircraft", "helicopter",
                       "artillery", "weapon", "arm", "missile", "drone", "warship", "vehicle"})
#: verbs of sending munitions off at a target
#: where a missile falls that is no one's: "fired a missile into the Sea of Japan", "into waters off Japan"
_OPEN_WATERS = frozenset({"sea", "ocean", "strait", "gulf", "bay", "water", "waters"})
_LAUNCHING = frozenset({"fire", "launch", "lob", "hurl", "throw", "shoot", "drop", "rain", "lobbed", "pelt"})
#: what is shared as information, not as an agency ("shared intelligence")
_INFORMATION = frozenset({"intelligence", "information", "data"})
_SHARING = frozenset({"share", "exchange", "provide", "pass", "gather", "collect", "give", "supply", "swap"})
#: what a victim is hit by: the doer is whose it was ("hit by a police lathi")
_WEAPONS = frozenset({"bullet", "lathi", "baton", "stick", "shell", "canister", "cartridge", "pellet", "vehicle",
                      "truck", "van"})
#: what runs people over: an accident unless someone's ("hit by a car"; not "run over by a police truck")
_VEHICLES = frozenset({"car", "vehicle", "truck", "lorry", "bus", "train", "motorbike", "motorcycle", "matatu",
                       "tractor", "van"})
#: what a victim dies of, sustained in a scene ("died of injuries received in the blast")
_INJURIES = frozenset({"injury", "wound", "burn"})
#: what befalls someone before they die of it ("who was hit by a police bullet")
_WOUNDING = frozenset({"hit", "strike", "injure", "wound", "shoot", "beat", "hurt"})
#: where the dying are cared for: no scene of an attack ("died in a Nairobi hospital")
_CARE = frozenset({"hospital", "clinic", "infirmary", "hospice", "home"})
#: what people die of when no one kills them ("died in a road accident", "died of cancer", "in the floods")
_MISHAPS = frozenset({"accident", "crash", "collision", "derailment", "flood", "flooding", "earthquake", "quake",
                      "landslide", "mudslide", "storm", "cyclone", "hurricane", "typhoon", "tsunami", "avalanche",
                      "disease", "illness", "cancer", "stroke", "cholera", "malaria", "tuberculosis", "covid-19",
                      "infection", "stampede", "drowning", "heatwave", "cause", "age", "overdose", "electrocution"})
#: who finds or recovers the dead ("the police found 13 bodies") is not who killed them
_FINDING = frozenset({"find", "discover", "recover"})
#: nouns that name the people acted on ("nine detainees"): the noun itself is the target
_SELF_TARGET_NOUNS = frozenset({"detainee", "captive", "hostage", "deportee"})
#: participles that say whom an act was aimed at ("carried out a raid, targeting IS commanders")
_AIMING = frozenset({"target", "hit", "strike", "kill", "wound", "injure"})
#: nouns of a mobilisation that name the force moved ("pro-Houthi reinforcements arrived")
_SELF_SOURCE_NOUNS = frozenset({"reinforcement", "column"})
#: nouns an event noun may name the content of ("a military aid package", "a sanctions bill")
_PACKAGES = frozenset({"package", "programme", "program", "deal", "bill", "plan", "tranche", "shipment", "warrant",
                       "consignment", "convoy", "scheme"})
#: verbs whose object noun is an event done by the verb's subject ("launched an attack")
_LIGHT_VERBS = frozenset({"carry", "conduct", "launch", "stage", "hold", "make", "mount", "begin", "start", "do",
                          "continue", "step", "order", "announce", "deliver", "send", "provide", "offer",
                          "impose", "give", "extend", "issue", "lodge", "file", "pay", "undertake", "establish", "build",
                          # "completed their withdrawal", "resumed their attacks", "waged a campaign"
                          "complete", "finish", "resume", "intensify", "wage", "escalate", "convene",
                          # "declared a unilateral ceasefire", "observed a truce"
                          "declare", "observe", "open", "take",
                          # "slapped sanctions on Belarusian officials", "approved the deployment of a team"
                          "slap", "approve", "authorize", "authorise",
                          # "repeated its accusation that", "renewed its call for talks", "level charges"
                          "repeat", "renew", "reiterate", "level"})
_SCENE_PREPS = ("during", "after", "amid", "following")
#: a foreign state's buildings abroad, protested at as that state
_MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
#: the light verbs and the verbs whose passive tells who made what their subject names ("an accord was signed by
#: both parties", "a call for calm was issued by the president")
_MAKING_VERBS = _LIGHT_VERBS | {"sign", "reach", "express", "voice", "issue", "deliver", "approve", "submit", "call"}
#: scenes named after where they happened ("in the Naroda incident", "the Godhra carnage"): a name
#: written before them (not of a people or body) is no actor
_INCIDENT_NOUNS = frozenset({"incident", "case", "carnage", "massacre", "violence", "riot", "tragedy", "episode",
                             "affair", "killing", "flare-up"})
_DOER_ENTS = frozenset({"NORP", "ORG"})
#: fights whose "with" names the other side ("killed in an encounter with the police")
_FIGHT_NOUNS = frozenset({"encounter", "clash", "gunfight", "shootout", "shoot-out", "firefight", "fight", "battle",
                          "exchange", "skirmish"})
_TAKING_PART = frozenset({"engage", "participate", "join", "involve"})
#: what one side has with another ("ties with Morocco")
_RELATIONS = frozenset({"tie", "ties", "relation", "relations", "contact", "contacts", "link", "links"})
#: verbs that put someone in, or keep them in, a state named by an event noun ("put the troops on alert",
#: "troops remained on alert")
_PUTTING = frozenset({"put", "place", "keep", "remain", "stay"})
#: acts of force whose doer, in a clause on a killing ("killed when the police opened fire"), is its agent
_FIRING = frozenset({"fire", "open", "shoot", "attack", "raid", "storm", "shell", "bomb", "charge", "beat", "lathi"})
#: acts of two sides against each other: coordinated subjects are one side and the other
_MUTUAL = MUTUAL_FIGHTS
#: words between which the sides of a fight are named
_AMONG = ("between", "among", "amongst")
_CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
#: words joining a gerund of how or when to the act of the same doer ("dispersed them by firing")
_MEANS = frozenset({"by", "after", "before", "while", "without"})
#: verbs a participle of what befell someone hangs on ("found killed", "reported abducted")
_TOLD_OF = frozenset({"find", "discover", "report", "confirm", "believe", "fear", "presume", "say"})
#: verbs of fending off an attack: their subject was its target
_REPELLING = frozenset({"repel", "repulse", "thwart", "foil", "fend", "resist", "counter"})
#: verbs whose object did the act they are charged with ("accused the army of killing civilians")
#: a state's own representatives abroad
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "diplomats", "ambassadors", "envoys", "consul", "attache",
                     "chargé", "charge"})

#: what one "expresses" to disapprove ("voiced concern over ...")
_CONCERNS = frozenset({"concern", "dismay", "outrage", "displeasure", "indignation", "disappointment", "alarm",
                       "regret", "dissatisfaction", "anger", "unhappiness", "discontent", "frustration",
                       "exasperation"})
_CONCERN_PREPS = ("about", "over", "at", "regarding", "on", "with")
#: acts written as a thing decided or done ("concern over Somalia's decision"), not as an event word
_DECISIONS = frozenset({"decision", "move", "use", "plan", "policy", "action", "conduct", "treatment", "handling",
                        "behaviour", "behavior", "stance", "remark", "remarks", "statement", "comments"})

#: where forces are sent or massed: the side or the land they face ("massed troops near the border with Ukraine")
_MOBILIZED_PREPS = ("to", "in", "into", "on", "near", "along", "at", "against", "toward", "towards", "around")

_ACCUSING = frozenset({"accuse", "blame", "charge", "suspect"})
#: what is done to someone for what they did ("suspended for shooting a student", "sanctioned three firms for
#: helping the Guards", "praised Kenya for hosting the talks")
_ANSWERING_FOR = frozenset({"suspend", "arrest", "book", "sack", "jail", "sentence", "convict", "dismiss", "punish",
                            "detain", "prosecute", "fine", "try", "indict", "court-martial", "sanction", "blacklist",
                            "penalize", "penalise", "condemn", "criticize", "criticise", "praise", "thank", "reward",
                            "commend", "honour", "honor"})

IsActor = Callable[[Token], bool]


def _plural(tok: Token) -> bool:
    return tok.tag_ in {"NNS", "NNPS"}


def _participle_read_as_noun(noun: Token) -> bool:
    """'were Monday evening shot dead': the tagger, thrown by the time, reads the participle after "were"
    as a noun; with its agent or "dead" on it, it is the passive verb."""
    return (noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and noun.lower_ in _SHOT_WORDS
            and any(c.lower_ == "dead" or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children))


def _expand_conj(tokens: Iterable[Token]) -> list[Token]:
    """Coordinated heads ("Jordan and Britain") become separate heads."""
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c.i > tok.i and c.pos_ in {"NOUN", "PROPN", "PRON"}
                   and not _subject_of_next_verb(c))
        # "The UK, France, and Italy met": a list the parser began as an apposition ("France" set beside
        # "The UK", "Italy" joined to either)
        # (or the "and" hung on the first: "The UK, France, and Italy met")
        joined_after = [g.i for g in tok.children if g.dep_ == "conj"] if any(
            g.dep_ == "cc" for g in tok.children) else []
        # (and a headline's "Russia, Ukraine swap prisoners": two bare names set side by side at its start)
        for listed in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and tok.pos_ == "PROPN"
                       and ((any(g.dep_ == "cc" for g in c.children) and any(g.dep_ == "conj" for g in c.children))
                            or any(i > c.i for i in joined_after)
                            or (tok.i == tok.sent.start and c.i == tok.i + 2 and tok.doc[tok.i + 1].text == ","
                                and not list(c.children)))):
            out.append(listed)
            out.extend(c for c in listed.conjuncts if c.i > listed.i and c.pos_ == "PROPN")
    return out


def _with_its_verb(noun: Token) -> list[Token]:
    """The noun, and the verb it is the subject of ("clashes erupted between A and B": "between" hangs on the
    verb)."""
    return [noun] + ([noun.head] if noun.dep_ in {"nsubj", "nsubjpass"} else [])


def _next_token(tok: Token) -> Token | None:
    return tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None


def _subject_of_next_verb(noun: Token) -> bool:
    """'attacked the town and soldiers returned fire': "soldiers" is the next verb's subject, not an object."""
    following = _next_token(noun)
    return following is not None and following.pos_ == "VERB" and _swallowed_subject(following) is not None


def _main_clause_subject(verb: Token, relative: Token) -> list[Token]:
    """'Police opened fire on traders who were demonstrating in Kisii and killed three': a past verb
    joined to a progressive relative clause is the main clause's act, its subject the main subject (the
    parser hangs it on the relative clause). "who had attacked a bar and killed two" stays the relative's."""
    if verb.tag_ != "VBD" or relative.tag_ != "VBG":
        return []
    return _main_clause_subject_of(relative)


def _fired_on(noun: Token) -> bool:
    """The noun is whom a firing verb was aimed at ("fired on a mob", "opened fire at the crowd")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in {"on", "at", "upon"} and noun.head.head.lemma_.lower() in {
        "fire", "open", "shoot"}


def _main_clause_subject_of(participle: Token) -> list[Token]:
    """The subject of the verb whose object carries the participle ("fired on protesters demanding ...")."""
    noun = participle.head
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if governor is None or governor.pos_ != "VERB":
        return []
    subjects = [c for c in governor.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE]
    return _expand_conj(subjects[:1])


#: verbs of complaining to someone ("protested to Japan", "complained to the UN")
_COMPLAINING = frozenset({"protest", "complain"})
#: nouns that count out an act ("a round of talks", "a series of attacks")
_ROUNDS = frozenset({"round", "series", "wave", "spate", "string"})
#: nouns an event noun names the kind of ("a mediation effort")
_EFFORTS = frozenset({"effort", "bid", "attempt", "mission", "initiative", "process"})
#: verbs of owning up to an act ("claimed responsibility for the attack")
_CLAIMING = frozenset({"claim", "accept", "admit", "take"})


def _claimed(noun: Token) -> Token | None:
    """The verb of 'claimed responsibility for <noun>', if the noun (or the first of a list) is what is claimed."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    what = noun.head.head
    if what.lemma_.lower() != "responsibility" or what.dep_ != "dobj":
        return None
    return what.head if what.head.lemma_.lower() in _CLAIMING else None


#: words of answering for an act ("is responsible for the killings", "were guilty of violating the truce")
_ANSWERABLE = frozenset({"responsible", "guilty", "culpable", "accountable"})


def _answerable(act: Token) -> list[Token]:
    """Who is said to answer for an act: the subject of 'X is responsible for <act>', 'X was found guilty of
    <act>', or the one held to it ('held X responsible for <act>')."""
    while act.dep_ == "conj" and act.head.i != act.i:
        act = act.head  # "responsible for mass killings and other atrocities"
    if act.dep_ not in {"pobj", "pcomp"} or act.head.lower_ not in {"for", "of"}:
        return []
    word = act.head.head
    if word.lemma_.lower() not in _ANSWERABLE or word.head.i == word.i:
        return []
    if word.dep_ == "amod":
        return [word.head]  # "held the army responsible for the massacre", parsed as "the responsible army"
    verb = word.head
    if word.dep_ in {"oprd", "ccomp", "xcomp"}:
        held = [c for c in verb.children if c.dep_ == "dobj"]
        if held:
            return held[:1]
        if word.dep_ == "ccomp":
            return [c for c in word.children if c.dep_ == "nsubj"][:1]
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}][:1]


#: premises of a force, named for their town and their force ("the Shahganj police station")
_FORCE_PREMISES = frozenset({"station", "post", "chowki", "outpost", "camp", "barracks", "base", "thana"})


#: buildings, which act on nothing ("protested outside the government palace demanding ...")
_PREMISES = _FORCE_PREMISES | frozenset({"palace", "office", "building", "headquarters", "embassy", "consulate",
                                         "courthouse", "compound", "gate", "premises", "hall", "house", "station"})


#: verbs of being stirred by another's act ("was appalled by the attacks"): the stirred disapproves
_STIRRED = frozenset({"appal", "appall", "shock", "outrage", "dismay", "horrify", "disgust"})


def _people_word(noun: Token) -> bool:
    """'A group of musicians', 'hundreds of teachers': people named in the plural or as a group."""
    if noun.lemma_.lower() in {"group", "crowd", "band", "number", "hundreds", "thousands", "dozens"}:
        return True
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS"


#: verbs of taking ground, whose "from" names who held it
_TAKING_GROUND = frozenset({"retake", "recapture", "capture", "seize", "take", "wrest", "regain", "liberate",
                            "reclaim"})


def _dead_of_the_scene(trigger: Token) -> list[Token]:
    """Those who 'died when' the act happened (the act's clause hung on their dying)."""
    if trigger.dep_ != "advcl" or trigger.head.lemma_.lower() not in DIE_VERBS or not any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "as"} for c in trigger.children):
        return []
    return [c for c in trigger.head.children if c.dep_ == "nsubj"]


def _own_agents(act: Token) -> list[Token]:
    """The "by" doers of an act noun, or of the participle on it ("an attack carried out by militants"; not
    the infinitive of "an ultimatum to leave the town by Sunday")."""
    return by_agents(act) or [a for acl in act.children if acl.dep_ == "acl" and not infinitive(acl)
                              for a in by_agents(acl)]


def _stray_agents(verb: Token, obj: Token) -> list[Token]:
    """A "by" phrase hung on an active verb after its object: an active verb has no "by" of its own, so it
    belongs to the act named as the object ("deplored the assault on the consulate by Belarusian police")."""
    return [a for a in by_agents(verb) if a.i > obj.i]


def _venue(found: Token, phrase: Token) -> bool:
    """'held talks in Nairobi': a name in an "in" / "at" phrase after the talks is where they met."""
    return found.head.dep_ == "prep" and found.head.lower_ in {"in", "at"} and found.head.i > phrase.i


#: words of an armed party, whose "fire" is gunfire ("came under fire from suspected militants")
_ARMED = frozenset({"militant", "gunman", "gunmen", "rebel", "insurgent", "troop", "soldier", "force", "fighter",
                    "police", "policeman", "attacker", "bandit", "army", "militia", "militiaman", "militiamen",
                    "jihadist", "terrorist", "guerrilla", "guerrillas", "raider", "sniper", "assailant", "pirate",
                    "herder", "warrior", "shabaab", "al-shabaab", "taliban", "unknown", "armed", "enemy"})

def _armed_words(phrase: Token) -> bool:
    """Whether a phrase names an armed party (or a named group: an organisation's name)."""
    return any(t.lemma_.lower() in _ARMED or t.lower_ in _ARMED or t.ent_type_ in {"ORG", "NORP"}
               for t in phrase.subtree)


def _holding_out(act: Token) -> Token | None:
    """The verb that holds out an act as possible: "raised / floated / hinted at the possibility of X", "did
    not rule out X"."""
    if act.dep_ == "dobj" and not_ruled_out(act.head):
        return act.head
    noun = possibility_of(act)
    if noun is None:
        return None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head  # "hinted at the possibility"
    return noun.head if noun.dep_ in {"dobj", "prep"} and noun.head.pos_ == "VERB" else None


def _torn_clause_subject(verb: Token) -> Token | None:
    """'the curfew was imposed after police firing killed a boy': the parser reads the clause's "after" as a
    preposition over its subject ("after police firing"), or the gerund as the verb's auxiliary, and leaves
    the verb without a subject. The subject is that word; of an act told by a gerund, the one named before it
    ("police firing": the police)."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
        return None
    for word in verb.children:
        if word.dep_ == "aux" and word.tag_ == "VBG" and word.i < verb.i and word.lemma_.lower() not in _AUXILIARIES:
            # (not "after having killed two": a true auxiliary, the subject the main clause's)
            named = next((c for c in word.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
            doer = named or _gerund_doer(word)
            if doer is not word:
                return doer
        if word.dep_ == "mark" and word.i < verb.i:
            for obj in (g for g in word.children if g.dep_ == "pobj" and word.i < g.i < verb.i):
                return _gerund_doer(obj) if obj.tag_ == "VBG" else obj
    return None


def _torn_antecedent(pronoun: Token) -> Token | None:
    """'walked out over the police firing that killed three tribals': a relative clause the parser hung on
    the main verb; its subject is the noun right before the pronoun (of an act named by a gerund, the one
    named before it: the police)."""
    if pronoun.i == 0:
        return None
    before = pronoun.doc[pronoun.i - 1]
    if before.tag_ == "VBG" and before.dep_ == "pobj":
        return _gerund_doer(before)
    return before if before.pos_ in {"NOUN", "PROPN"} else None


def _deep_in_the_phrase(noun: Token, root: Token) -> bool:
    """The noun hangs on the root through a clause or a preposition other than "of" ("a strike on a school
    sheltering people"), not as what the root is of ("members of an armed group")."""
    tok = noun
    for _ in range(12):
        if tok.i == root.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "acl" or (tok.dep_ == "prep" and tok.lower_ != "of"):
            return True
        tok = tok.head
    return False


def _the_accused(head: Token) -> list[Token]:
    """Who an accusing verb accuses, given the word an "of" phrase hangs on: the verb ("accused the police of
    killing") or its object, where the parser hung it ("accused jihadists of attacking")."""
    if head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in _ACCUSING:
        return [head]
    if head.lemma_.lower() not in _ACCUSING:
        return []
    return [c for c in head.children if c.dep_ == "dobj"] or [c for c in head.children if c.dep_ == "nsubjpass"]


def _gerund_doer(gerund: Token) -> Token:
    """'police firing': the one named right before an act told by a gerund does it (else the act itself)."""
    before = gerund.doc[gerund.i - 1] if gerund.i > gerund.sent.start else None
    return before if before is not None and before.pos_ in {"NOUN", "PROPN"} else gerund


def _subjects(verb: Token) -> tuple[list[Token], str]:
    """Subject heads of a verb, climbing to the governing verb when it has none."""
    swallowed = _swallowed_subject(verb)
    if swallowed is not None:
        return [swallowed], "subject:swallowed"
    if verb.tag_ == "VBG" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and (
            modifier := next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1
                              and c.pos_ in {"NOUN", "PROPN"}), None)) is not None:
        return [modifier], "subject:gerund-modifier"  # "stray arson, looting and police firing"
    torn = _torn_clause_subject(verb)
    if torn is not None:
        return [torn], "subject:torn-clause"
    tok = verb
    came_by = ""
    for _ in range(5):
        subs = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.dep_ == "nsubj"]
        if len(subs) > 1:
            # "Movement of forces: Russian forces carried out a patrol": a label before a colon is no subject
            subs = [c for c in subs if not any(t.text == ":" for t in tok.doc[c.i:tok.i])] or subs
        named = "subject" if tok.i == verb.i else "subject:inherited"
        if len(subs) > 1 and all(b.i == a.i + 2 and a.doc[a.i + 1].text == "," for a, b in zip(subs, subs[1:])):
            return subs, named  # "Kenya, Somalia restore ties"
        if not subs:
            # "Barack Obama and Vladimir Putin met": a name whose first word was read as a preposition
            subs = [name for c in tok.children if c.i < tok.i and c.dep_ == "prep"
                    and (name := name_read_as_preposition(c)) is not None][:1]
        if (subs and came_by == "advcl" and verb.tag_ == "VBG" and tok.lemma_.lower() in _ACCUSING
                and (accused := [c for c in tok.children if c.dep_ == "dobj"])
                and any(p.lower_ == "of" and any(g.dep_ == "pcomp" for g in p.children)
                        for p in [*tok.children, *accused[0].children])):
            # "the army accused the RSF of shelling a camp, killing 15": the killing is the accused act's
            return _expand_conj(accused[:1]), "subject:the-accused"
        if subs:
            sub = subs[0]
            sub = name_read_as_preposition(sub) or sub
            if sub.tag_ == "VBG" and (doer := next((c for c in sub.children if c.dep_ == "nsubj" and c.i < sub.i
                                                    and c.pos_ in {"NOUN", "PROPN"}), None)) is not None:
                # "The Red Cross operating in Ukraine said ...": a participle the parser made the subject, with the
                # one it tells of as its own subject
                subs[0] = sub = doer
            if sub.lower_ in _RELATIVE and tok.dep_ == "relcl":
                main = _main_clause_subject(verb, tok) if came_by == "conj" else []
                if (came_by == "advcl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == ","
                        and _fired_on(tok.head)):
                    # "police fired on a mob that was attacking a mosque, killing three": the firing killed
                    main = _main_clause_subject_of(tok)
                if main:
                    return main, "subject:main-clause"
                return [tok.head], "subject:relative"
            if sub.lower_ in _RELATIVE and tok.dep_ != "relcl" and (antecedent := _torn_antecedent(sub)) is not None:
                return [antecedent], "subject:relative-torn"
            # ("India, China agree to resume patrols": a headline's comma for "and", the first name read as an
            # adverb of the verb)
            lead = sub.doc[sub.i - 2] if sub.i >= 2 and sub.i - 2 == sub.sent.start else None
            if (lead is not None and sub.doc[sub.i - 1].text == "," and lead.pos_ == "PROPN"
                    and lead.dep_ == "npadvmod" and lead.head.i == tok.i):
                return [lead, *_expand_conj([sub])], named
            return _expand_conj([sub]), named
        clauses = [c for c in tok.children if c.dep_ == "csubj"]
        if clauses and by_agents(clauses[0]):
            return _expand_conj(by_agents(clauses[0])[:1]), "subject:clause-agent"  # "firing by the police killed 4"
        if clauses and clauses[0].tag_ == "VBG" and (doer := next(
                (c for c in clauses[0].children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)):
            return _expand_conj([doer]), "subject:of-participle"  # "The Red Cross working in Sudan said ..."
        passive_subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if passive_subjects:
            if tok.i != verb.i and came_by == "xcomp":
                # "X is expected to visit": X visits
                return _expand_conj(passive_subjects[:1]), "subject:raised"
            if (tok.i != verb.i and came_by == "conj" and verb.dep_ == "conj"
                    and any(c.dep_ == "aux" for c in verb.children)):
                # "the minister, charged by prosecutors, will step down": he steps down
                return _expand_conj(passive_subjects[:1]), "subject:shared-passive"
            if tok.i != verb.i and by_agents(tok):
                # "the camp was attacked by militiamen, killing 156": the militiamen kill
                return _expand_conj(by_agents(tok)), "subject:passive-agent"
            return [], "subject:none"
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() == "let" and not came_by:
            came_by, tok = "xcomp", tok.head  # "Egypt let free the activist": "free" read as a reported clause
            continue
        if tok.dep_ in _CLIMB_DEPS and tok.head.i != tok.i and tok.head.pos_ in {"VERB", "AUX", "ADJ"}:
            came_by = tok.dep_
            tok = tok.head
            continue
        if tok.dep_ == "relcl" and tok.head.i != tok.i:
            return [tok.head], "subject:relative"
        if (tok.dep_ == "pcomp" and tok.head.lower_ in _MEANS and tok.head.head.pos_ == "VERB"
                and tok.head.head.tag_ != "VBN"):
            # "Israeli forces suppressed the march by firing rubber bullets": the firing is theirs (not "clashes
            # sparked by killing an MP": a passive's "by" names another doer)
            came_by, tok = "pcomp", tok.head.head
            continue
        if (tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for")
                and (accused := _the_accused(tok.head.head))):
            # "protesters accused the police of killing a youth", "the police are accused of killing him":
            # the accused did it
            return _expand_conj(accused[:1]), "subject:the-accused"
        if (tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _ANSWERING_FOR
                and (answering := [c for c in tok.head.head.children if c.dep_ == "dobj"] or
                     [c for c in tok.head.head.children if c.dep_ == "nsubjpass"])):
            # "a constable was suspended for shooting dead a student", "the court jailed the officer for
            # torturing a suspect": the one who answers for it did it
            return _expand_conj(answering[:1]), "subject:answering-for-it"
        if tok.dep_ == "pcomp" and (answering := _answerable(tok)):
            # "both sides are guilty of violating the ceasefire": those who answer for it did it
            return _expand_conj(answering), "subject:answerable"
        if tok.dep_ == "pcomp" and (holder := _holding_out(tok)) is not None:
            # "the United States raised the possibility of suspending talks": the one who raised it
            came_by, tok = "pcomp", holder
            continue
        if (came_by == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
                and tok.dep_ == "acl" and tok.tag_ == "VBG" and (main := _main_clause_subject_of(tok))):
            # "opened fire on protesters demanding the release of detainees, killing four": what the main
            # clause's act did, not what the protesters did (the parser hangs it on the participle)
            return main, "subject:main-clause"
        if tok.dep_ == "acl" and infinitive(tok) and tok.head.pos_ == "NOUN" and (
                owners := [c for c in tok.head.children if c.dep_ == "poss" and c.pos_ != "PRON"]):
            # "Israel's offer to withdraw from Lebanon": the one whose offer (or plan, threat, refusal) it is
            return _expand_conj(owners[:1]), "subject:owner-of-the-word"
        if (tok.dep_ == "acl" and tok.tag_ == "VBD" and (root := tok.sent.root).pos_ in {"NOUN", "PROPN"}
                and root.i < tok.head.i and not any(c.dep_ == "agent" for c in tok.children)
                and _deep_in_the_phrase(tok.head, root)):
            # "An Israeli strike on a school sheltering displaced people killed 27": a sentence the parser read as
            # one noun phrase, its verb hung on a noun deep inside it; the phrase's head is the subject
            return _expand_conj([root]), "subject:phrase-head"
        if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"} and (
                tok.tag_ in {"VBG", "VBD"} or any(c.dep_ == "dobj" for c in tok.children)) and not (
                # ("a helicopter shot down by rebels": a passive participle tagged as a past tense)
                tok.tag_ == "VBD" and any(c.dep_ == "agent" for c in tok.children)):
            # "police firing on violent mobs", "gunmen opening fire": the noun the participle hangs on ("Indian
            # nationals clashed with police": a past tense the parser hung on the noun as if a participle)
            return _expand_conj([tok.head]), "subject:participle-head"
        break
    if (named := _headline_names(verb)):
        return named, "subject:headline-names"
    if (apposed := apposed_subject(verb)) is not None:
        # "On 3 May, in Culiacan, Sinaloa, members of a cartel handed out food": parsed as one more name
        return _expand_conj([apposed]), "subject:apposed-to-place"
    return [], "subject:none"


def _headline_names(verb: Token) -> list[Token]:
    """'Putin, Xi meet in Beijing': a headline's names set side by side before its verb, which the parser
    leaves without a subject; the last word of each name, when nothing but names and commas come before."""
    if verb.dep_ != "ROOT" or verb.i == verb.sent.start or not (
            verb.tag_ in {"VBP", "VBZ", "VBD"}  # (or the verb read as a noun: "Putin, Xi meet in Beijing")
            or (verb.tag_ in {"NN", "NNS"} and not any(c.dep_ == "det" for c in verb.children))):
        return []
    before = verb.doc[verb.sent.start:verb.i]
    if not all(t.pos_ == "PROPN" or t.text == "," for t in before) or before[-1].text == ",":
        return []
    names = [t for t in before if t.pos_ == "PROPN" and (t.i + 1 == verb.i or t.nbor().text == ",")]
    return names if len(names) >= 2 else []


def _swallowed_subject(verb: Token) -> Token | None:
    """'The rebels attacked the town and soldiers returned fire': the parser joins "soldiers" to the first
    verb's object; a second verb with no subject written right after such a noun has that noun for subject."""
    if verb.dep_ != "conj" or verb.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if (before.dep_ == "conj" and before.pos_ in {"NOUN", "PROPN"} and before.head.dep_ in {"dobj", "pobj"}
            and before.head.i > verb.head.i and not any(c.dep_ == "prep" for c in before.children)):
        return before
    return None


def _causes_of_death(trigger: Token) -> list[Token]:
    """What a death is told as coming from: "died in a crash", "died of cancer", "succumbed to injuries
    sustained in an accident" (the scene of the injuries)."""
    causes = _pobjs(trigger, ("in", "of", "from", "to", "during", "after"))
    # "died after being hit by a car": what hit the victim
    causes += [a for g in _pcomps(trigger, ("after", "in")) for a in by_agents(g)]
    return causes + _injury_scenes(causes)


def _pcomps(trigger: Token, preps: Collection[str]) -> list[Token]:
    """The verbs after the trigger's prepositions ("died after being hit", "die in police firing")."""
    return [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in preps
            for g in p.children if g.dep_ == "pcomp"]


def _injury_scenes(hurts: Iterable[Token]) -> list[Token]:
    """Where injuries were sustained ("injuries sustained in police firing", "received in an accident")."""
    return [scene for hurt in hurts if hurt.lemma_.lower() in _INJURIES
            for acl in hurt.children if acl.dep_ in {"acl", "relcl"}
            for scene in _pobjs(acl, ("during", "in", "at"))]


def _is_mishap(cause: Token) -> bool:
    """An accident, a disaster or an illness; "a heart attack", "cardiac arrest" too, not an attack."""
    lemma = cause.lemma_.lower()
    return lemma in _MISHAPS or bodily_failing(cause)


def _pobjs(token: Token, preps: Iterable[str]) -> list[Token]:
    wanted = tuple(preps)
    found: list[tuple[int, Token]] = []
    for child in token.children:
        if child.dep_ in {"prep", "dative", "agent"} and child.lower_ in wanted:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if not objects and child.n_lefts + child.n_rights == 0:
                objects = _stranded_object(token, child)
            found.extend((wanted.index(child.lower_), pobj) for pobj in objects)
    return [p for _, p in sorted(found, key=lambda x: x[0])]


def _stranded_object(verb: Token, prep: Token) -> list[Token]:
    """'granted asylum to five officers holed up in the embassy': a preposition left with no object
    because the parser made its noun the subject of the clause that follows; that noun."""
    doc = verb.doc
    if prep.i + 1 >= len(doc):
        return []
    noun = doc[prep.i + 1]
    while noun.dep_ in {"det", "nummod", "amod", "compound", "nmod", "quantmod", "poss"} and noun.head.i > noun.i:
        noun = noun.head
    clause = noun.head
    if noun.dep_ == "nsubj" and noun.pos_ in {"NOUN", "PROPN"} and clause.head.i == verb.i and clause.i > noun.i:
        return [noun]
    return []


def _unique(tokens: Iterable[Token]) -> list[int]:
    seen: dict[int, None] = {}
    for tok in tokens:
        seen.setdefault(tok.i, None)
    return list(seen)


def _search_phrase(root: Token, is_actor: IsActor, skip: set[int], max_depth: int = 6,
                   acts: frozenset[str] = frozenset()) -> Token | None:
    """Breadth-first search for the first actor inside a phrase.

    A modifier that names the actor ("Russian" in "Russian officials") gives
    its noun, so the whole phrase is resolved.
    """
    frontier = [root]
    for _ in range(max_depth):
        nxt: list[Token] = []
        for tok in frontier:
            for child in tok.children:
                holder = child.dep_ == "npadvmod" and tok.lower_ in HOLDING  # "the rebel-held city"
                if child.i in skip or (child.dep_ not in _PHRASE_DEPS and not holder) or (
                        child.dep_ == "conj" and _subject_of_next_verb(child)) or (
                        # ("resume military intelligence sharing": a kind of dealing, not a party to it)
                        child.dep_ in {"amod", "compound", "nmod"} and child.head.lemma_.lower() in _DEALINGS):
                    continue
                if child.pos_ in {"NOUN", "PROPN", "ADJ"} and is_actor(child) and not (
                        # ("suspended military aid to the police": an adjective of a kind of actor on an act is
                        # no actor)
                        child.pos_ == "ADJ" and not child.ent_type_ and child.dep_ == "amod"
                        and child.head.pos_ == "NOUN" and child.head.lemma_.lower() in acts):
                    if child.dep_ in {"amod", "compound", "nmod"} and child.head.pos_ in {"NOUN", "PROPN"}:
                        return child.head
                    return child
                nxt.append(child)
        frontier = nxt
    return None


class RoleFinder:
    def __init__(self, is_actor: IsActor, event_nouns: frozenset[str] = frozenset()) -> None:
        self.is_actor = is_actor
        self.event_nouns = event_nouns

    def _is_event_noun(self, tok: Token) -> bool:
        return tok.pos_ == "NOUN" and (tok.lemma_.lower() in self.event_nouns or tok.lower_ in self.event_nouns)

    def _act_doers(self, act: Token) -> list[Token]:
        """The doers of an act noun in its "by" phrase, also where the parser hung the phrase on the act's
        own object ("the attack on the embassy by Russian forces"; not inside another act: "the protest
        against the arrest of leaders by police" is not by the police)."""
        doers = _own_agents(act)
        if not doers:
            doers = [a for p in _pobjs(act, ("on", "of", "against", "in", "at", "to")) if not self._is_event_noun(p)
                     for a in by_agents(p)]
        return [d for d in doers if self.is_actor(d)]

    def _first_actor(self, tokens: Iterable[Token]) -> Token | None:
        return next((t for t in tokens if self.is_actor(t)), None)

    def _noun_modifier_actor(self, noun: Token) -> Token | None:
        mods = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
        # ("the police lathi charge": the actor modifying the modifier)
        return self._first_actor(mods) or self._first_actor(
            [g for m in mods if m.dep_ == "compound" for g in m.children if g.dep_ in {"poss", "compound", "amod"}])

    def _verb_roles(self, cand: Candidate, verb: Token, skip: set[int]) -> None:
        children = list(verb.children)
        if cand.rule.lemma == "come" and cand.rule.event_type in {"ACCUSE", "ASSAULT"}:
            self._under_fire(cand, verb)
            return
        if cand.rule.lemma == "receive" and cand.rule.event_type == "AID":
            # "Ukraine received 30 tanks from Poland": the giver is the source, the receiver the target
            cand.source_heads = [a.i for a in _expand_conj(self._actor_in(_pobjs(verb, ("from",)))[:1])]
            cand.target_heads = [t.i for t in _expand_conj(
                [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}][:1] or _subjects(verb)[0][:1])]
            cand.role_rule = "received-from"
            return
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children) and (sides := self._between(verb)):
            # "Fighting between Mungiki and Taliban gangs": a gerund with no subject names both sides (and so
            # does a headline's noun the tagger took for a verb: "Clash between PNU and KANU rivals")
            cand.source_heads, cand.target_heads = [sides[0].i], [sides[1].i]
            cand.role_rule = "gerund:between"
            return
        if (verb.tag_ == "VBN" and verb.dep_ in {"xcomp", "ccomp", "oprd"} and verb.head.lemma_.lower() in _TOLD_OF
                and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "auxpass", "aux"} for c in children)
                and (told := told_subjects(verb.head))):
            # "a lawyer was found killed", "nine fighters were reported killed": whom it befell (and "a member
            # was detained and later found killed": the subject "found" shares with the passive before it)
            cand.target_heads = [t.i for t in _expand_conj(told[:1])]
            cand.source_heads = [t.i for t in _expand_conj(by_agents(verb))]
            cand.role_rule = "told-of-participle"
            return
        if (cand.rule.mode == "phone" and verb.dep_ == "acl" and verb.tag_ == "VBN"
                and (called := [c for c in children if c.dep_ == "oprd" and self.is_actor(c)])):
            # "US President Donald Trump called President Erdogan on Wednesday and urged him ...": a call the
            # parser read as naming ("a man called John")
            cand.source_heads, cand.target_heads = [verb.head.i], [called[0].i]
            cand.role_rule = "phone-call-read-as-naming"
            return
        if (held := reduced_relative_read_as_verb(verb)) is not None:
            # "Eighteen fishermen, held captive for 100 days, have been freed": a passive participle after all
            cand.target_heads = [t.i for t in _expand_conj([held])] if self.is_actor(held) else []
            cand.source_heads = [t.i for t in _expand_conj(by_agents(verb))]
            cand.role_rule = "participle-read-as-verb"
            return
        passive = is_passive(verb)
        if passive and cand.rule.event_type == "ACCUSE" and verb.lemma_.lower() in _STIRRED:
            self._stirred_roles(cand, verb)
            return
        participle = verb.dep_ in {"acl", "amod"} and (
            verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in children)) and not any(c.dep_ == "dobj" for c in children)
        if participle and cand.rule.event_type == "PROTEST" and verb.dep_ == "acl" and (
                self.is_actor(verb.head) or (verb.head.dep_ == "ROOT" and _people_word(verb.head))) \
                and not any(c.dep_ in {"auxpass", "agent"} for c in children):
            # "Thousands of students protested in Dhaka" parsed as a noun phrase: people do not get protested
            cand.source_heads = [verb.head.i]
            cand.role_rule = "subject:participle-head"
            return
        if passive or participle:
            self._passive_roles(cand, verb, children, participle, skip)
            return
        subjects, how = _subjects(verb)
        if cand.rule.event_type in VICTIM_TYPES and len(subjects) == 1 and subjects[0].head.i == verb.i \
                and headline_victim(subjects[0]):
            # "Four killed, two injured": the number is who was killed
            cand.target_heads = [subjects[0].i]
            cand.role_rule = "headline-victims"
            return
        owners = [c for c in subjects[0].children if c.dep_ == "poss" and self.is_actor(c)] \
            if how == "subject:participle-head" and len(subjects) == 1 and infinitive(verb) else []
        if owners and not self.is_actor(subjects[0]):
            # "protested the government's decision to suspend talks": the one whose decision it is acts
            subjects, how = owners[:1], how + "+whose-decision"
        elif how == "subject:participle-head" and len(subjects) == 1 and (
                not self.is_actor(subjects[0]) or subjects[0].lemma_.lower() in _FORCE_PREMISES) and (
                subjects[0].dep_ == "dobj" and subjects[0].head.pos_ == "VERB" or (
                    # "set fire to a police station demanding the resignation of ...": a building demands nothing
                    subjects[0].dep_ == "pobj" and subjects[0].head.head.pos_ == "VERB"
                    and subjects[0].lemma_.lower() in _PREMISES)):
            # "protesters chanting slogans condemning the government": who chanted them
            verb_of = subjects[0].head if subjects[0].dep_ == "dobj" else subjects[0].head.head
            subjects, how = _subjects(verb_of)
            how += "+of-the-object"
        if cand.rule.lemma == "leave" and any(self._is_event_noun(s) and s.i in skip for s in subjects):
            # "An attack by militants left five soldiers dead": the attack's own event tells it
            cand.dropped = "told-by-its-subject"
            return
        if len(subjects) == 1 and (not self.is_actor(subjects[0]) or self._is_event_noun(subjects[0])) and (
                doers := [a for a in _pobjs(subjects[0], ("by",)) + [g for c in subjects[0].children if c.dep_ == "acl"
                                                                     for g in by_agents(c)] if self.is_actor(a)]):
            # "A shooting by unknown gunmen injured nine people", "bullets fired by the police killed three":
            # the doer of the act in the subject
            subjects, how = _expand_conj(doers[:1]), how + "+doer-of-subject"
        elif how == "subject:relative" and len(subjects) == 1 and (
                not self.is_actor(subjects[0]) or (subjects[0].dep_ == "pobj" and subjects[0].head.lower_ in {
                    "at", "in", "near"})) and (doer := self._doer_of_antecedent(verb, subjects[0])) is not None:
            # (a place the clause was hung on is not what "which" stands for: "the firing at Godhra, which")
            subjects, how = _expand_conj([doer]), how + "+doer-of-antecedent"
        if not subjects and cand.rule.event_type in VICTIM_TYPES and (
                shooter := self._headline_firing(verb)) is not None:
            subjects, how = [shooter], how + "+headline-firing"  # "police firing kills three in Vadodara"
        cand.source_heads = [t.i for t in subjects]
        cand.role_rule = how
        target, where = self._verb_target(cand, verb, children, skip)
        if target:
            cand.target_heads = [t.i for t in target]
            cand.role_rule += "+" + where
        elif where == "withdrawn-from":
            cand.role_rule += "+" + where  # the place left names no actor: its country is put in later

    def _under_fire(self, cand: Candidate, verb: Token) -> None:
        """'A police patrol came under fire from militants': the militants attack the patrol; 'the government
        came under criticism from Brussels': Brussels criticises it. Fire from anyone but an armed party
        ("came under fire from the opposition") is criticism, no attack."""
        froms = [p for under in _pobjs(verb, ("under",)) for p in _pobjs(under, ("from",))] + _pobjs(verb, ("from",))
        if cand.rule.event_type == "ASSAULT" and froms and not any(_armed_words(p) for p in froms):
            cand.dropped = "figurative-fire"
            return
        cand.source_heads = [a.i for a in _expand_conj(self._actor_in(froms)[:1])]
        cand.target_heads = [t.i for t in _expand_conj(_subjects(verb)[0][:1])]
        cand.role_rule = "under-fire-from"

    def _stirred_roles(self, cand: Candidate, verb: Token) -> None:
        """'Britain said it was appalled by the attacks by the rebels': the one stirred disapproves of the
        doer of what stirred it (or of the actor named: "outraged by Russia's actions")."""
        cand.source_heads = [t.i for t in _expand_conj(passive_subjects(verb)[:1])]
        cand.role_rule = "stirred"
        for cause in by_agents(verb) + _pobjs(verb, ("at", "over")):
            found = self._act_doers(cause)[:1]
            if not found and self.is_actor(cause) and not self._is_event_noun(cause):
                found = [cause]
            found = found or [a for a in [self._noun_modifier_actor(cause)] if a is not None]
            if found:
                cand.target_heads = [t.i for t in _expand_conj(found)]
                cand.role_rule += "+doer-of-the-cause"
                return

    def _passive_roles(self, cand: Candidate, verb: Token, children: list[Token], participle: bool,
                       skip: set[int]) -> None:
        agents = by_agents(verb) or [a for c in children if c.dep_ == "conj" and c.tag_ == "VBN" for a in by_agents(c)]
        if not agents and verb.dep_ == "conj" and is_passive(verb.head):
            agents = by_agents(verb.head)  # "were shot by gunmen and killed"
        if len(agents) == 1 and not self.is_actor(agents[0]) and (deeper := [
                a for t in agents[0].subtree if t.dep_ == "agent" for a in t.children
                if a.dep_ == "pobj" and self.is_actor(a)]):
            # "was blown up by a missile believed to be fired by Libyan troops": who fired it
            agents = deeper[:1]
        cand.source_heads = [t.i for t in _expand_conj(agents)]  # ("kidnapped and killed by militants")
        patients = passive_subjects(verb)
        if participle and not patients:
            patients = [verb.head]
        if not patients and verb.dep_ == "advcl" and not participle:
            # "the soldiers fired back when attacked by the rebels": the main clause's subject was attacked
            patients = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        cand.role_rule = "passive"
        if not cand.source_heads:
            # "a youth died in police shooting": the agent of the scene
            agent = self._scene_agent(verb)
            if agent is not None:
                cand.source_heads = [t.i for t in _expand_conj([agent])]
                cand.role_rule = "passive+scene-agent"
        if agents and len(patients) == 1 and patients[0].lower_ in {"who", "whom"} \
                and verb.dep_ == "relcl" and antecedent_person(verb.head, patients[0]):
            # "five farmers who were gunned down by soldiers": the farmers (when the clause names the
            # doer: "the release of activists who were detained" tells of no one's act here)
            patients = [verb.head]
        if not cand.source_heads and len(patients) == 1 and patients[0].lemma_.lower() in _RELATIONS and (
                sides := self._between(patients[0])):
            # "diplomatic ties between Seoul and Nicosia were downgraded": the first named cut them
            cand.source_heads, cand.target_heads = [sides[0].i], [sides[1].i]
            cand.role_rule = "passive+relations-between"
            return
        if not cand.source_heads and cand.rule.event_type in TOGETHER_TYPES and len(sides := self._between(verb)) >= 2:
            # "an agreement was reached between Armenia and Azerbaijan": the sides reached it together
            cand.source_heads = [t.i for t in sides]
            cand.role_rule = "passive+sides-between"
            return
        if not cand.source_heads and cand.rule.event_type == "COOPERATE" and (
                senders := [p for p in _pobjs(verb, ("from",)) if self.is_actor(p)]):
            # "the suspect was extradited from Britain to Spain": the land he was sent from sent him, to the
            # land he was sent to
            cand.source_heads = [senders[0].i]
            cand.target_heads = [p.i for p in _pobjs(verb, ("to",)) if self.is_actor(p)][:1]
            cand.role_rule = "passive+sent-from-to"
            return
        targets = [t for t in _expand_conj(patients) if self.is_actor(t)]
        if not cand.source_heads and targets and cand.rule.event_type == "MOBILIZE":
            # "pro-Hadi forces were deployed to Socotra": the force moved is the actor
            cand.source_heads = [t.i for t in targets]
            cand.role_rule = "passive+self-source"
            return
        if not targets:
            # (not inside the act itself: "those killed in police firing" were not the police)
            found = [_search_phrase(p, self.is_actor, skip | {verb.i}) for p in patients]
            targets = [t for t in found if t is not None][:1]
        if not targets:
            targets = [t for t in _pobjs(verb, _TARGET_PREPS)[:1] if self.is_actor(t)]
        self._note_thing(cand, patients)
        cand.target_heads = [t.i for t in targets]

    def _actor_in(self, tokens: Iterable[Token]) -> list[Token]:
        """Tokens that are actors, or the actor modifying them ("Israeli air raids")."""
        out = []
        for tok in tokens:
            found = self._actorish(tok)
            if found is not None:
                out.append(found)
        return out

    def _verb_target(self, cand: Candidate, verb: Token, children: list[Token],
                     skip: set[int]) -> tuple[list[Token], str]:
        """The target of an active verb, trying the most telling places first."""
        # ("called President Kais Saied": a name the parser took for a complement is the object)
        objects = [c for c in children if c.dep_ in {"dobj", "dative"} or (c.dep_ == "oprd" and c.pos_ == "PROPN")]
        if not objects and not any(self.is_actor(p) for p in _pobjs(verb, ("at", "on", "upon", "against"))) and not (
                cand.rule.constraint_kind == "pobj"):
            # (not "bowed to pressure and dismissed the minister": a verb whose act is told by its preposition)
            # "killing and wounding a number of fighters": the object written once, after the last verb
            # (not "shot at two civilians and left them injured": the shot were aimed at; but "shot at
            # Hawo village and killed a farmer": a place)
            objects = [o for v in children if v.dep_ == "conj" and v.pos_ == "VERB"
                       for o in v.children if o.dep_ in {"dobj", "dative"}][:1]
        event_type = cand.rule.event_type
        if event_type == "ASSAULT" and verb.lemma_.lower() in _LAUNCHING and objects and all(
                o.lemma_.lower() in _MUNITIONS for o in objects):
            # "Iraq fired Scud missiles at Tel Aviv": what was fired is no target; where it was aimed is
            # ("fire several rockets towards army base": the aim hung on what was fired)
            aims = ("at", "on", "into", "toward", "towards", "against")
            aimed = [f for f in (p if self.is_actor(p) else _search_phrase(p, self.is_actor, skip, max_depth=3)
                                 for p in _pobjs(verb, aims) + [p for o in objects for p in _pobjs(o, aims)]
                                 if p.lemma_.lower() not in _OPEN_WATERS)
                     if f is not None]
            if aimed:
                return _expand_conj(aimed[:1]), "aimed-at"
            objects = []
        # ("agreed to share intelligence on militants": the information shared, not a spy agency)
        objects = [o for o in objects if not (o.lemma_.lower() in _INFORMATION and verb.lemma_.lower() in _SHARING)]
        self._note_thing(cand, objects)
        if cand.rule.lemma == "result":
            # "the firing resulted in the deaths of three soldiers": whose deaths (and no one else's)
            return [v for death in _pobjs(verb, ("in",)) for v in _pobjs(death, ("of",))], "the-dead-named"
        if event_type == "MOBILIZE":
            return self._mobilized_toward(verb, objects, skip)
        if event_type == "CONSULT":
            # "discussed the Syrian crisis with his Turkish counterpart": the partner, not the subject talked of
            partners = [p for p in _pobjs(verb, ("with",)) if self.is_actor(p)]
            if partners:
                return _expand_conj(partners[:1]), "partner"
        if event_type == "PROTEST":
            # "students protested outside the British embassy in Tehran": the country the embassy stands for
            missions = [p for p in _pobjs(verb, ("outside", "at", "near", "before", "to"))
                        if p.lemma_.lower() in _MISSIONS and self.is_actor(p)]
            if missions:
                return missions[:1], "mission-protested-at"
        for obj in objects:
            if obj.lemma_.lower() in _ENVOYS and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children):
                # "recalled its ambassador to Qatar", "withdrew its envoy from Tehran": the host, not the
                # source's own envoy
                # ("recalled its ambassador to Kampala on Wednesday": the "to" hung on the verb)
                hosts = [p for p in _pobjs(obj, ("to", "in", "from")) + _pobjs(verb, ("from", "to"))
                         if self.is_actor(p)]
                if hosts:
                    return _expand_conj(hosts[:1]), "host-of-envoy"
        if event_type == "ACCUSE" and verb.lemma_.lower() in _COMPLAINING:
            # "complained to the UN about Israeli air raids": Israel, whom the complaint is about; "China
            # protested to Japan over the visit": the one complained to, when it is about no one named
            about = [a for a in (self._noun_modifier_actor(t) if self._is_event_noun(t) else self._actorish(t)
                                 for t in _pobjs(verb, _ACCUSED_PREPS) + objects) if a is not None]
            told = [p for p in _pobjs(verb, ("to", "with")) if self.is_actor(p)]
            if told and not about:
                return _expand_conj(told[:1]), "complained-to"
        if event_type == "ACCUSE" and any(o.lemma_.lower() in _CONCERNS for o in objects):
            return self._cause_of_concern(verb, objects)
        if event_type == "ACCUSE":
            accused = self._actor_in(_pobjs(verb, _ACCUSED_PREPS))
            if accused and not [o for o in objects if self.is_actor(o)]:
                return _expand_conj(accused[:1]), "accused"
        if event_type == "AGREE" and verb.lemma_.lower() in _OFFERING and (
                offered_to := [p for p in _pobjs(verb, ("to",)) + [p for o in objects for p in _pobjs(o, ("to",))]
                               + [p for kind in _pobjs(verb, ("in",)) + [k for o in objects for k in _pobjs(o, ("in",))]
                                  for p in _pobjs(kind, ("to", "for"))]
                               if self.is_actor(p)]):
            # "Spain offered to Canada two frigates": the one offered it, not what is offered
            # ("pledged $5 million in loans to Malawi": the receiver of the kind of gift the sum is in)
            return _expand_conj(offered_to[:1]), "offered-to"
        if event_type in _GIVING_TYPES:
            # ("will give Malawi a grant for clinics": the one given it, before what it is for)
            receivers = [c for c in children if c.dep_ == "dative" and c.pos_ != "ADP" and self.is_actor(c)]
            receivers = receivers or [p for p in _pobjs(verb, ("to", "for", "with")) if self.is_actor(p)]
            # "granted diplomatic asylum to five officers": the receiver hangs on the thing given
            receivers = receivers or [p for o in objects for p in _pobjs(o, ("to", "for")) if self.is_actor(p)]
            # "pledged 500 million euros in humanitarian aid for Syria": the receiver of the aid the sum is in
            receivers = receivers or [p for o in objects for kind in _pobjs(o, ("in", "of"))
                                      for p in _pobjs(kind, ("to", "for")) if self.is_actor(p)]
            # "donated $10 million to Ebola relief in Liberia": the receiver named inside what it went to
            receivers = receivers or [f for f in (_search_phrase(p, self.is_actor, skip, max_depth=3, acts=self.event_nouns)
                                                  for p in _pobjs(verb, ("to",))) if f is not None]
            # "donated ventilators to assist Ethiopia with its response": the one the gift is to help
            receivers = receivers or [o for aim in children if aim.dep_ in {"advcl", "xcomp"} and infinitive(aim)
                                      and aim.lemma_.lower() in _HELPING
                                      for o in aim.children if o.dep_ == "dobj" and self.is_actor(o)]
            if receivers:
                return _expand_conj(receivers[:1]), "receiver"
        if event_type == "RETREAT" and verb.lemma_.lower() in _GIVING_BACK and not any(
                o.lemma_.lower() in _HELD_PEOPLE for o in objects):
            # "handed back the seized tanker to Iran", "returned the islands to China": who gets it back
            owners = [p for p in _pobjs(verb, ("to",)) if self.is_actor(p)]
            if owners:
                return _expand_conj(owners[:1]), "given-back-to"
        if event_type == "RETREAT" and not (cand.rule.mode == "release" and any(self.is_actor(o) for o in objects)):
            # (not "released the former vice-president from prison": the one released)
            # ("pulled its forces out of Lebanon": "of" under "out")
            # ("pulled back from Kherson": "from" under "back")
            places = _pobjs(verb, ("from",)) + [p for out in verb.children if out.lower_ == "out"
                                               for p in _pobjs(out, ("of",))] + [
                p for back in verb.children if back.lower_ in {"back", "away"} for p in _pobjs(back, ("from",))]
            # ("peacekeepers left the town of Lachin", "vacated positions near Kelbajar": the place is the object)
            vacated = [o for o in objects if o.lemma_.lower() not in _OWN_FORCES] \
                if verb.lemma_.lower() in _LEAVING else []
            places += vacated
            left = [p for p in places if self.is_actor(p)]
            if left:
                return _expand_conj(left[:1]), "withdrawn-from"
            if vacated or (places and (cand.rule.mode == "withdraw"
                                       or any(o.lemma_.lower() in _OWN_FORCES for o in objects))):
                # "withdrew peacekeepers from the Golan Heights": the forces are the source's own; the place
                # left (its country, put in when the place is named) is the target
                return [], "withdrawn-from"
        if event_type == "REQUEST" and any(o.lemma_.lower() in _REFUGE for o in objects):
            # "asked for asylum in Canada": the land asked for shelter
            hosts = [p for p in _pobjs(verb, ("in",)) if self.is_actor(p)]
            if hosts:
                return _expand_conj(hosts[:1]), "asked-for-shelter"
        for obj in objects:
            if obj.lemma_.lower() in _RELATIONS:
                # "severed diplomatic ties with Morocco": the other side of the ties
                partners = [p for p in _pobjs(obj, ("with", "to", "between")) if self.is_actor(p)]
                if partners:
                    return _expand_conj(partners[:1]), "relations-partner"
            if event_type == "REJECT" and not self.is_actor(obj) and (
                    offerers := [a for a in by_agents(obj) + _pobjs(obj, ("from",))
                                 + [d for p in _pobjs(obj, ("for", "of", "to")) for d in by_agents(p)]
                                 + _stray_agents(verb, obj) if self.is_actor(a)]):
                # "spurned repeated offers of talks by the Kabul government": whose offer was refused
                return _expand_conj(offerers[:1]), "whose-offer"
            if event_type == "ACCUSE" and self._is_event_noun(obj):
                # "denounced the expulsion of its diplomats by Britain": the one who did what is denounced
                doers = self._act_doers(obj) or [a for a in _stray_agents(verb, obj) if self.is_actor(a)]
                if doers:
                    return _expand_conj(doers[:1]), "doer-of-the-act-accused"
            if self._is_event_noun(obj):
                # "held talks in Cairo with the Egyptian foreign minister": the partner of
                # the talks, not the place where they were held
                partners = [p for p in _pobjs(obj, ("with",)) + _pobjs(verb, ("with",)) if self.is_actor(p)]
                if partners:
                    return _expand_conj(partners[:1]), "in-event-object"
                # "demanded the withdrawal of Serbian forces": whose withdrawal
                inside = _search_phrase(obj, self.is_actor, skip - {obj.i}, max_depth=3, acts=self.event_nouns)
                if inside is not None and not (event_type == "CONSULT" and _venue(inside, obj)):
                    # ("imposed sanctions on Pompeo, Azar and Bannon": all those named)
                    return _expand_conj([inside]), "in-event-object"
        # ("held talks in Nairobi": the talks are no party, whatever place they are tied to)
        direct = [o for o in _expand_conj(objects) if self.is_actor(o) and o.lemma_.lower() not in _ROUNDS
                  and not (event_type == "CONSULT" and self._is_event_noun(o))
                  # ("accused Russia of sending the tanks": what is given or moved is no recipient)
                  and not (event_type in {"AID", "MOBILIZE"} and o.lemma_.lower() in _MATERIEL)]
        if direct:
            return direct, "object"
        if event_type == "THREATEN":
            # "warned of a bloodbath if U.S. troops entered Baghdad": the one the condition is put to
            put_to = self._condition_subjects(children)
            if put_to:
                return _expand_conj(put_to[:1]), "condition-subject"
        # "Armenia warned Azerbaijan that ...": a name right after the verb that the parser took for an adverb
        misread = [c for c in children if c.dep_ == "npadvmod" and c.i == verb.i + 1 and c.pos_ == "PROPN"
                   and self.is_actor(c)]
        if misread:
            return misread, "object"
        preps = [p for p in _pobjs(verb, _TARGET_PREPS) if self.is_actor(p) and p.lemma_.lower() not in _OPEN_WATERS]
        if preps:
            return _expand_conj(preps[:1]), "prep"
        for clause in (c for c in children + [g for p in children if p.dep_ == "prep" for g in p.children
                                              if g.dep_ == "pcomp"]
                       if c.dep_ in {"ccomp", "pcomp"} and _what_it_called(c)):
            # "denounced what it called a U.S. plot": the thing the clause names is what the act is about
            # ("what it described as provocations": the name in its "as" phrase)
            for named in [w for w in clause.children if w.dep_ in {"oprd", "xcomp", "attr"} and w.pos_ == "NOUN"] + [
                    g for w in clause.children if w.dep_ == "prep" and w.lower_ == "as" for g in w.children
                    if g.dep_ == "pobj" and g.pos_ == "NOUN"]:
                found = self._noun_modifier_actor(named)
                if found is not None:
                    return [found], "what-it-called"
        for clause in (c for c in children if c.dep_ == "ccomp"):
            if _what_it_called(clause):
                continue  # who calls it so is no target
            subj = [s for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"} and self.is_actor(s)]
            if subj and event_type == "THREATEN" and subj[0].tag_ == "PRP":
                # "Tehran warned that it would strike Israeli ships": the threatener itself, whom the clause
                # names as its doer; the one threatened is inside the clause
                # ("warned that it would invade Bulgaria": the object may itself be the one named)
                inside = [f for f in (p if self.is_actor(p) else _search_phrase(p, self.is_actor, skip, max_depth=3)
                                      for p in [c for c in clause.children if c.dep_ in {"dobj", "dative"}]
                                      + _pobjs(clause, _TARGET_PREPS)) if f is not None]
                # ("warned it would send in the army if Pristina declared independence": the threatener's own
                # army is no one threatened; the condition names who is)
                inside = [f for f in inside if not _own_bare_force(f)]
                if inside:
                    return inside[:1], "in-threatened-clause"
                put_to = self._condition_subjects(list(clause.children))
                if put_to:
                    return _expand_conj(put_to[:1]), "condition-subject"
                continue
            if subj:
                return _expand_conj(subj[:1]), "clause-subject"
        if any(o.lemma_.lower() in _OPERATIONS for o in objects):
            for clause in (c for c in children if c.dep_ == "advcl" and c.lemma_.lower() == "leave"):
                # "carried out an operation against IS ..., leaving 2 IS militants dead": whom it left dead or hurt
                left = [o for o in clause.children if o.dep_ == "dobj" and self.is_actor(o)]
                if left and any(t.lower_ in {"dead", "injured", "wounded"} for t in clause.subtree):
                    return _expand_conj(left[:1]), "left-dead-or-hurt"
        # (not what is to be made, "agreed to set up two field hospitals", but whom it is made for, "pledged to
        # build a hospital for the refugees")
        phrases = objects + [c for c in children if c.dep_ == "xcomp" and c.lemma_.lower() not in _MAKING]
        phrases += [p for x in children if x.dep_ == "xcomp" and x.lemma_.lower() in _MAKING
                    for p in _pobjs(x, ("for",)) + [f for o in x.children if o.dep_ == "dobj"
                                                    for f in _pobjs(o, ("for",))]]
        phrases += [p for p in _pobjs(verb, _TARGET_PREPS + _ACCUSED_PREPS + ("as",))
                    if not (event_type == "ASSAULT" and p.lemma_.lower() in _OPEN_WATERS)]
        for phrase in phrases:
            found = _search_phrase(phrase, self.is_actor, skip - {phrase.i}, acts=self.event_nouns)
            if found is not None and event_type == "CONSULT" and _venue(found, phrase):
                continue  # "held a round of talks in Baghdad": where they met, not with whom
            if found is not None:
                return (_expand_conj([found]) if found.pos_ == "PROPN" else [found]), "in-object"
        return [], ""

    def _cause_of_concern(self, verb: Token, objects: list[Token]) -> tuple[list[Token], str]:
        """'expressed concern over Somalia's decision', 'voiced alarm at the tactics used by the police':
        whoever did what the concern is about (not those it befell: 'concern regarding the casualties of
        civilians' names no one at fault), else the one it was told to."""
        about = [p for o in objects for p in _pobjs(o, _CONCERN_PREPS)] + _pobjs(verb, _CONCERN_PREPS)
        for thing in about:
            # ("the tactics used by riot police": the doer of the participle on the thing)
            agents = by_agents(thing) + [a for acl in thing.children if acl.dep_ == "acl" for a in by_agents(acl)]
            doer = next((a for a in agents if self.is_actor(a)), None)
            if doer is None and (self._is_event_noun(thing) or thing.lemma_.lower() in _DECISIONS):
                doer = self._noun_modifier_actor(thing)
            if doer is not None:
                return [doer], "cause-of-concern"
            if self.is_actor(thing) and thing.pos_ != "ADJ" and not self._is_event_noun(thing):
                return [thing], "cause-of-concern"
        told = [p for p in _pobjs(verb, ("to",)) + [p for o in objects for p in _pobjs(o, ("to",))] if self.is_actor(p)]
        return (told[:1], "concern-told-to") if told else ([], "")

    def _mobilized_toward(self, verb: Token, objects: list[Token], skip: set[int]) -> tuple[list[Token], str]:
        """'massed troops on the border with Ukraine', 'strengthened its forces in Lebanon': the side or
        the land the forces are sent toward (the forces moved are the source's own, no target)."""
        sent = _expand_conj(objects)
        own = {o.i for o in sent}
        # ("dispatched trucks and a unit of marines to Chad": the place hung on the last of those sent)
        sent += [p for o in sent for p in _pobjs(o, ("of",))]
        places = _pobjs(verb, _MOBILIZED_PREPS) + [p for o in sent for p in _pobjs(o, _MOBILIZED_PREPS)]
        for place in places:
            found = place if self.is_actor(place) else _search_phrase(place, self.is_actor, skip | own, max_depth=3)
            if found is not None and found.i not in own:
                return [found], "mobilized-toward"
        return [], ""

    @staticmethod
    def _note_thing(cand: Candidate, objects: list[Token]) -> None:
        """'attacked an army camp', 'a market was shelled': the thing acted on, for the filter to make the
        target (with the country of the place where it happened) when no actor is found in it."""
        if cand.rule.event_type in VICTIM_TYPES and cand.rule.constraint_kind != "obj":
            # ("opened fire": the object is part of the trigger, not a thing acted on)
            # (a lower-case name the tagger took for an adjective is still the one acted on: "azmal was
            # picked up")
            # ("the accused was nabbed": a participle with an article, read as a verb, is the person)
            thing = next((o for o in objects if o.pos_ in {"NOUN", "PROPN"}
                          or (o.pos_ in {"ADJ", "VERB"} and o.dep_ == "nsubjpass"
                              and (o.pos_ == "ADJ" or any(c.dep_ == "det" for c in o.children)))), None)
            if thing is not None:
                cand.thing_i = thing.i

    def _victim_roles(self, cand: Candidate, trigger: Token, skip: set[int]) -> None:
        """"X died during a raid by Y": Y -> X."""
        if trigger.lemma_.lower() == "victim":
            # "eight of the dead were victims of police firing": the subject of the copula, else the victims
            # themselves; the doer is that of the scene they were the victims of
            victims = [c for c in trigger.head.children if c.dep_ == "nsubj"] if trigger.dep_ == "attr" else []
            cand.target_heads = [t.i for t in _expand_conj(victims or [trigger])]
            agent = next((a for scene in _pobjs(trigger, ("of",)) if (a := self._scene_doer(scene))), None)
            if agent is None:
                cand.dropped = "victim-of-no-doer"  # the victims of a fire, of a flood: no one's act
                return
            cand.source_heads = [agent.i]
            cand.role_rule = "victim-of+scene-agent"
            return
        if trigger.pos_ == "VERB" and any(_is_mishap(cause) or (
                cause.lemma_.lower() in _VEHICLES and self._noun_modifier_actor(cause) is None)
                for cause in _causes_of_death(trigger)):
            cand.role_rule = "victim"
            cand.dropped = "died-of-mishap"  # "two people died in the floods": no one's act
            return
        agent = self._scene_agent(trigger)
        if trigger.pos_ == "VERB":
            victims = [c for c in trigger.children if c.dep_ == "nsubj"]
            if trigger.dep_ == "relcl" and any(v.lower_ in _RELATIVE for v in victims) and agent is not None:
                # "two persons who fell to police bullets": the persons (not "a colleague who lost his life",
                # a death no one is named as causing)
                victims = [trigger.head]
        else:
            # "the death of a student", "his death in the lock-up"
            victims = _pobjs(trigger, ("of",)) or [c for c in trigger.children if c.dep_ == "poss"]
            if victims and victims[0].pos_ == "PRON":
                cand.thing_i = victims[0].i  # a person, no actor named: the filter makes the target
        cand.target_heads = [t.i for t in _expand_conj(victims)]
        for victim in (v for v in victims if agent is None and v.lemma_.lower() == "victim"):
            # "one more victim of the police firing succumbed": the scene is what the victim was the victim of
            # ("a victim of the police": the actor itself)
            agent = next((a for scene in _pobjs(victim, ("of",))
                          if (a := self._scene_doer(scene) or (scene if self.is_actor(scene) else None))), None)
        if agent is not None:
            cand.source_heads = [t.i for t in _expand_conj([agent])]
            cand.role_rule = "victim+scene-agent"
            return
        cand.role_rule = "victim"

    def _scene_agent(self, trigger: Token) -> Token | None:
        """The actor of the event in which it happened: "during a raid by Russian police", "in police
        firing", "in an attack carried out by militants", "when the police opened fire"."""
        if trigger.pos_ == "VERB" and (agent := self._first_actor(by_agents(trigger))) is not None:
            return agent  # "a man died in the lathi charge by the police", the "by" hung on the verb
        clauses = [c for c in trigger.children if c.dep_ == "advcl" and c.lemma_.lower() in _FIRING | _AIMING]
        # (a clause told as before or after, "killed in police firing after the mob attacked a station", is
        # the scene only when nothing else is: "died after the police fired at them")
        after = [c for c in clauses if told_as_sequence(c)]
        for clause in (c for c in clauses if c not in after):
            shooter = self._clause_shooter(trigger, clause)
            if shooter is not None:
                return shooter
        if trigger.dep_ == "relcl" and any(c.lower_ == "where" for c in trigger.children) \
                and trigger.head.dep_ == "pobj" and trigger.head.head.head.lemma_.lower() in _FIRING:
            # "the police fired in Kalupur, where one man was killed": who fired there
            shooter = self._first_actor([c for c in trigger.head.head.head.children if c.dep_ == "nsubj"])
            if shooter is not None:
                return shooter
        # ("fell to police bullets at Naroda": whose bullets, before the place it happened)
        scenes = [shot for shot in _pobjs(trigger, ("to",)) if shot.lemma_.lower() in _MISSILES]
        # "the death of a boy in police firing", "succumbed to bullet injuries in police firing": the scene
        # hung on the victim or on the injuries
        scenes += [scene for held in _pobjs(trigger, ("of", "to")) + [c for c in trigger.children if c.dep_ == "dobj"]
                   if held.lemma_.lower() in _INJURIES or (trigger.pos_ == "NOUN" and held.dep_ == "pobj")
                   for scene in _pobjs(held, ("in", "during"))]
        # "three more die in police firing": the firing's subject
        shooters = [s for g in _pcomps(trigger, ("in", "during")) if g.lemma_.lower() in _FIRING
                    for s in g.children if s.dep_ == "nsubj" and self.is_actor(s)]
        if shooters:
            return shooters[0]
        # "died after being hit by a police lathi": the one whose weapon, or who, did it
        struck_by = [a for g in _pcomps(trigger, ("after", "in", "during")) for a in by_agents(g)]
        # ("died after he was hit with a lathi by a constable": the same told in a clause of its own)
        struck_by += [a for c in trigger.children if c.dep_ == "advcl" and c.lemma_.lower() in _WOUNDING
                      for a in by_agents(c)]
        # "a youth who was hit by police bullets died", "the man, injured in police firing, died": what befell
        # the one who died, told in a clause on them
        befell = [c for victim in trigger.children if victim.dep_ in {"nsubj", "nsubjpass"}
                  for c in victim.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in _WOUNDING]
        struck_by += [a for b in befell for a in by_agents(b)]
        # "succumbed to injuries inflicted by jail staff", "... sustained in the lathi charge by the police":
        # the "by" of the clause on the injuries
        struck_by += [a for hurt in _pobjs(trigger, ("to", "of", "from")) if hurt.lemma_.lower() in _INJURIES
                      for acl in hurt.children if acl.dep_ in {"acl", "relcl"} for a in by_agents(acl)]
        if trigger.dep_ == "conj" and trigger.head.lemma_.lower() in _WOUNDING:
            struck_by += by_agents(trigger.head)  # "was hit by a police bullet and died on the way to hospital"
        # ("hit by a tear gas shell fired by the police": who fired the weapon)
        struck_by += [a for w in struck_by if w.lemma_.lower() in _WEAPONS
                      for acl in w.children if acl.dep_ == "acl" for a in by_agents(acl)]
        scenes += [scene for b in befell for scene in _pobjs(b, ("in", "during"))]
        hitter = self._first_actor(struck_by) or next(
            (a for w in struck_by if w.lemma_.lower() in _WEAPONS and (a := self._noun_modifier_actor(w))), None)
        if hitter is not None:
            return hitter
        # "ten were killed, four of them in police firing": the scene of the share
        scenes += [scene for victim in trigger.children if victim.dep_ in {"nsubj", "nsubjpass"}
                   for share in victim.children if share.dep_ == "appos" and share.like_num
                   for scene in _pobjs(share, ("in", "during"))]
        scenes += _pobjs(trigger, ("during", "in", "after", "at"))
        # "succumbed to injuries sustained in police firing": the scene of the injuries
        scenes += _injury_scenes(_pobjs(trigger, ("to", "of", "from")))
        for scene in (s for s in scenes if s.lemma_.lower() not in _CARE):
            if scene.lower_ in {"which", "whom"} and trigger.dep_ == "relcl":
                scene = trigger.head  # "the police firing in which four persons died": the antecedent
            agent = self._scene_doer(scene)
            if agent is not None:
                return agent
        shooter = next((s for c in after if (s := self._clause_shooter(trigger, c)) is not None), None)
        return shooter if shooter is not None else self._headline_firing(trigger)

    def _headline_firing(self, trigger: Token) -> Token | None:
        """'two killed as cops fire on mob', 'police open fire, two killed': in a headline the parser tears
        apart, the ones written right before the firing fired."""
        sent = trigger.sent
        if len(sent) > _HEADLINE_LENGTH:
            return None
        for fire in (t for t in sent if t.lemma_.lower() in {"fire", "firing"} and t.i != trigger.i):
            before = [fire.doc[i] for i in range(max(sent.start, fire.i - 2), fire.i)]
            shooter = self._first_actor([t for t in reversed(before) if t.pos_ in {"NOUN", "PROPN"}])
            if shooter is not None:
                return shooter
        return None

    def _clause_shooter(self, trigger: Token, clause: Token) -> Token | None:
        """Who fired in a clause on the trigger: "when the police opened fire", "when a police bullet hit
        him" (whose bullet), "killed in police firing" ("firing" hung on "killed")."""
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        shooter = self._first_actor(subjects) if clause.lemma_.lower() in _FIRING else None
        if shooter is None:
            shooter = next((a for s in subjects if s.lemma_.lower() in _MISSILES
                            and (a := self._noun_modifier_actor(s)) is not None), None)
        before = clause.doc[clause.i - 1]
        if shooter is None and before.dep_ == "pobj" and before.head.head.i == trigger.i:
            shooter = self._first_actor([before])
        return shooter

    def _doer_of_antecedent(self, verb: Token, antecedent: Token) -> Token | None:
        """'a probe into the police firing that killed three': an act written just before the relative
        pronoun is what it stands for (the parser may hang the clause on a noun further back), its doer the
        relative clause's subject."""
        pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _RELATIVE), None)
        if pronoun is None or pronoun.i == 0:
            return None
        act = verb.doc[pronoun.i - 1]
        if act.is_punct and pronoun.i > 1:
            act = verb.doc[pronoun.i - 2]  # "the police firing at Godhra, which left two dead"
        if act.dep_ == "pobj" and act.head.lower_ in {"at", "in", "near"} and act.head.head.lemma_.lower() in _FIRING:
            act = act.head.head  # (the place of the firing is not what the clause tells of)
            if act.dep_ == "acl" and self.is_actor(act.head):
                return act.head  # ("police firing": the participle hung on those who fired)
        if act.i != antecedent.i and not (self._is_event_noun(act) or act.lemma_.lower() in _FIRING):
            return None
        return self._scene_doer(act)

    def _scene_doer(self, scene: Token) -> Token | None:
        """The doer of a scene noun: its "by" agent, the other side of a fight, the actor modifying it."""
        agent = self._first_actor(by_agents(scene))
        if agent is None:
            for acl in (c for c in scene.children if c.dep_ == "acl"):
                agent = self._first_actor(by_agents(acl))
        if agent is None and scene.lemma_.lower() in _FIGHT_NOUNS:
            # "killed in an encounter with the police": the other side of the fight
            agent = self._first_actor(_pobjs(scene, ("with",)))
        if agent is None:
            agent = self._noun_modifier_actor(scene)
            if agent is not None and agent.pos_ == "PROPN" and agent.ent_type_ not in _DOER_ENTS and \
                    scene.lemma_.lower() in _INCIDENT_NOUNS:
                agent = None
            if agent is not None and agent.pos_ == "PROPN" and scene.lemma_.lower() in _FORCE_PREMISES:
                # "tortured at the Shahganj police station": the force whose station it is, not the town
                agent = self._first_actor([m for m in scene.children if m.dep_ == "compound" and m.pos_ != "PROPN"])
        following = _next_token(scene)
        if agent is None and self.is_actor(scene) and (any(c.dep_ == "acl" for c in scene.children) or (
                following is not None and following.tag_ == "VBG" and following.lemma_.lower() in _FIRING)):
            # "in police firing" parsed as "police" with "firing" hanging on it, or beside it
            agent = scene
        return agent

    def _actor_subjects(self, verb: Token) -> list[Token]:
        """The subjects of a verb (see :func:`_subjects`) that are actors."""
        return [t for t in _subjects(verb)[0] if self.is_actor(t)]

    def _actorish(self, tok: Token) -> Token | None:
        """The token itself if it names an actor, else an actor modifier ("Azerbaijan Airlines plane")."""
        if self.is_actor(tok):
            return tok
        return self._noun_modifier_actor(tok)

    def _scene_event(self, noun: Token) -> Token | None:
        """'resulting in nine detainees during the raid': the event noun of the scene."""
        verb = noun.head
        for _ in range(3):
            if verb.pos_ in {"VERB", "AUX"}:
                break
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        for scene in _pobjs(verb, _SCENE_PREPS):
            if scene.i != noun.i and scene.pos_ == "NOUN" and self.is_actor(scene):
                return scene
        return None

    def _between(self, noun: Token) -> list[Token]:
        """'clashes between police and demonstrators', 'clashes erupted between A and B': the two sides."""
        # "a clash ensued between A and B": the verb the parser hung on the noun
        anchors = _with_its_verb(noun) + [c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1]
        for side in (s for a in anchors for s in _pobjs(a, _AMONG)):
            sides = _expand_conj([side])
            if len(sides) < 2:
                # "between Maasai and Kikuyu ethnic militias": two sides sharing one head noun
                shared = [c for c in side.children if c.dep_ in {"nmod", "compound", "amod"} and c.conjuncts
                          and self.is_actor(c)]
                sides = _expand_conj(shared[:1])
            if len(sides) < 2:
                # "between the representatives of the ruling alliance and the opposition": the two they stand for
                sides = _expand_conj(_pobjs(side, ("of",))[:1])
            if len(sides) >= 2:
                return sides[:2]
        return []

    def _each_other(self, cand: Candidate, trigger: Token) -> None:
        """'Rival clans clash', 'clashes between rival ethnic groups': one group named, in the plural,
        fights within itself; its members are on both sides."""
        if not any(self.is_actor(trigger.doc[i]) for i in cand.source_heads):
            sides = [s for a in _with_its_verb(trigger) for s in _pobjs(a, _AMONG)
                     if _plural(s) and len(_expand_conj([s])) == 1]
            group = next((s for s in sides if self.is_actor(s)), None)
            if group is None:
                # "fighting broke out between two wings of the militia": the body they split from
                group = next((o for s in sides for o in _pobjs(s, ("of",)) if self.is_actor(o)), None)
            if group is None:
                return
            cand.source_heads = [group.i]
            cand.role_rule = ("gerund:" if trigger.pos_ == "VERB" else "noun:") + "among"
        if len(cand.source_heads) == 1 and _plural(trigger.doc[cand.source_heads[0]]) and not any(
                c.dep_ == "prep" and c.lower_ in {"alongside", "beside"} for c in trigger.children):
            # (not "North Korean troops fought alongside Russian forces": on one side, with allies)
            cand.each_other = True
            cand.role_rule += "+one-group"

    def _noun_roles(self, cand: Candidate, noun: Token) -> None:
        if _participle_read_as_noun(noun):
            # "Three traders were Monday evening shot dead by unknown gunmen": a passive after all
            victims = [c for c in noun.head.children if c.dep_ == "nsubj" and self.is_actor(c)]
            cand.source_heads = [a.i for a in _expand_conj(by_agents(noun)) if self.is_actor(a)]
            cand.target_heads = [t.i for t in _expand_conj(victims)]
            cand.role_rule = "noun:passive"
            return
        if cand.rule.mode == "third-party":
            # "launched a mediation effort between A and B": the mediator acts on both sides
            held = noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in _EFFORTS else noun
            doer = held if held.dep_ == "dobj" else None
            # ("began a peace bid on Monday between A and B": "between" hung on the verb)
            sides = self._between(held) or (self._between(doer.head) if doer is not None else [])
            mediators = self._actor_subjects(doer.head) if doer is not None else []
            if sides and mediators:
                cand.source_heads, cand.target_heads = [mediators[0].i], [s.i for s in sides]
                cand.role_rule = "noun:mediator-between"
                return
        sides = self._between(noun)
        if sides:
            cand.source_heads, cand.target_heads = [sides[0].i], [sides[1].i]
            cand.role_rule = "noun:between"
            return
        agents = _own_agents(noun)
        rule = "noun:by"  # also "arrests made by the city police", "an attack carried out by militants"
        if cand.rule.lemma in _SELF_SOURCE_NOUNS and not agents:
            # "Turkish forces brought reinforcements": the sender; "coalition reinforcements reached X": the force
            sent = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _LIGHT_VERBS | {"bring", "dispatch"}
            senders = self._actor_subjects(noun.head) if sent else []
            cand.source_heads = _unique(_expand_conj(senders)) or [noun.i]
            cand.role_rule = "noun:self-source"
            return
        if not agents and cand.rule.event_type == "AID" and (
                givers := [t for t in _pobjs(noun, ("from",)) + [p for o in _pobjs(noun, ("of",))
                                                                 for p in _pobjs(o, ("from",))]
                           if self.is_actor(t)]):
            # "a shipment of arms from Iran to the Bosnian government" (the "from" hung on what is shipped)
            agents, rule = givers[:1], "noun:from"
        if not agents and (claimer := _claimed(noun)) is not None:
            # "the Houthis claimed responsibility for the drone attack": those who claim it did it
            agents = self._actor_subjects(claimer)
            rule = "noun:claimed-by"
        if not agents and (answering := [a for a in _answerable(noun) if self.is_actor(a)]):
            # "Sudan's government is responsible for mass killings": who answers for the act did it
            agents, rule = answering, "noun:answerable"
        if not agents and (motive_of := in_protest(noun)) is not None:
            # "the minister resigned in protest against the decision" (a pronoun is left to the implied protesters)
            agents = [a for a in _subjects(motive_of)[0] if a.pos_ != "PRON"]
            rule = "noun:in-protest"
        if not agents and (holder := _holding_out(noun)) is not None:
            agents, _ = _subjects(holder)  # "Sweden floated the possibility of a ban on the party"
            rule = "noun:held-out-by"
        # "announced a military aid package for Kyiv": the package stands where the event noun would
        held = noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in _PACKAGES else noun
        if not agents and (named := _headline_names(noun)):
            agents, rule = named, "noun:headline-names"
        if not agents:
            mod = self._noun_modifier_actor(noun)
            if (mod is not None and cand.rule.event_type == "AID" and mod.pos_ == "ADJ" and not mod.ent_type_
                    and mod.dep_ == "amod" and mod.head.i == noun.i):
                mod = None  # "military aid", "medical assistance": the kind of aid, not a giver
            agents = [mod] if mod is not None else []
            rule = "noun:modifier"
            if (mod is not None and (mod.pos_ == "ADJ" or (mod.pos_ == "NOUN" and mod.dep_ == "compound"))
                    and not mod.ent_type_ and held.dep_ == "dobj" and held.head.lemma_.lower() in _LIGHT_VERBS):
                # "the army held naval drills", "Egypt and Sudan held joint air force exercises": who held them,
                # not the kind of force the modifier names
                doers = self._actor_subjects(held.head)
                if doers:
                    agents, rule = doers, "noun:light-verb-subject"
            if (mod is None or (mod.pos_ == "ADJ" and not mod.ent_type_)) and noun.dep_ == "nsubjpass" and \
                    noun.head.lemma_.lower() in _MAKING_VERBS:
                # "a call for calm was issued by the president", "a joint exercise was conducted by Russia and
                # China": the light verb's "by" doers
                doers = [a for a in by_agents(noun.head) if self.is_actor(a)]
                if doers:
                    agents, rule = _expand_conj(doers[:1]), "noun:light-verb-agent"
        consult = cand.rule.event_type == "CONSULT"
        preps = _NOUN_TARGET_PREPS
        if cand.rule.event_type == "RETREAT":
            preps += ("from",)  # "their withdrawal from Somalia": whence they withdrew
        elif cand.rule.event_type == "AID":
            preps += ("for",)  # "announced new aid for Ukraine": whom it is for
        forces: list[Token] = []
        if cand.rule.event_type == "MOBILIZE" or cand.rule.cameo == PEACEKEEPING:
            # "the deployment of 230 troops to Liberia": the troops are the force sent (its side when no one
            # else is named), the land they go to is the target (also of peacekeepers, sent as aid)
            forces = [t for t in _pobjs(noun, ("of",)) if self.is_actor(t)]
            preps = tuple(p for p in preps if p != "of")
        elif cand.rule.event_type == "RETREAT" and (forces := [t for t in _pobjs(noun, ("of",)) if self.is_actor(t)
                                                             and t.lemma_.lower() in _OWN_FORCES]):
            # "the withdrawal of its troops from Afghanistan": the forces withdrawn are their side's own, the
            # land they leave the target
            preps = tuple(p for p in preps if p != "of")
        if consult:
            preps = tuple(p for p in preps if p != "of")
            if not agents:
                agents = [t for t in _pobjs(noun, ("of",)) if self.is_actor(t)]
                rule = "noun:of"
        first = held
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "launched artillery, mortar and rocket fire": the first of the list
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in _ROUNDS:
            first = first.head.head  # "began a new round of talks": the round is what was begun
        if not agents and first.dep_ == "dobj" and first.head.lemma_.lower() in _LIGHT_VERBS:
            agents, _ = _subjects(first.head)
            rule = "noun:light-verb-subject"
        if (not agents and cand.rule.event_type == "CONSULT" and noun.dep_ == "pobj" and noun.head.lower_ == "for"
                and (going := noun.head.head).pos_ in {"VERB", "AUX", "ADJ"}):
            # "the Chinese premier is due in Moscow for a visit", "flew to Cairo for talks": who goes for it
            agents, _ = _subjects(going.head if going.pos_ == "ADJ" and going.dep_ == "acomp" else going)
            rule = "noun:going-for-it"
        if (not agents and noun.dep_ == "pobj" and noun.head.lower_ == "in"
                and noun.head.head.lemma_.lower() in _TAKING_PART):
            agents, _ = _subjects(noun.head.head)  # "the military engaged in a fire fight with separatists"
            rule = "noun:light-verb-subject"
        if (not agents and noun.dep_ == "pobj" and noun.head.lower_ in {"on", "under"}
                and noun.head.head.lemma_.lower() in _PUTTING):
            agents, _ = _subjects(noun.head.head)  # "put its army on high alert", "placed the city under curfew"
            # ("armed forces were placed on maximum alert": the forces, told without who put them)
            agents = agents or [t for t in noun.head.head.children if t.dep_ == "nsubjpass" and self.is_actor(t)]
            rule = "noun:light-verb-subject"
        # (clashes have sides of their own; "demonstrations following the killings by troops" are not the troops')
        if not agents and cand.rule.lemma not in _MUTUAL and cand.rule.event_type != "PROTEST":
            scene = self._scene_event(noun)
            if scene is not None:
                agents = [scene]
                rule = "noun:scene"
        if not agents and cand.rule.event_type == "ASSAULT" and (shooter := next(
                (a for scene in _pobjs(noun, ("in", "during")) if scene.lemma_.lower() in _FIRING
                 and (a := self._scene_doer(scene)) is not None), None)) is not None:
            agents, rule = [shooter], "noun:scene-agent"  # "the killing of a youth in police firing"
        if not agents and forces:
            agents, rule = forces[:1], "noun:force-sent"
        cand.source_heads = _unique(_expand_conj(agents))
        if cand.rule.lemma in _SELF_TARGET_NOUNS:
            cand.target_heads = [noun.i]
            cand.role_rule = rule + "+self-target"
            return
        targets = [a for a in (self._actorish(t) for t in _pobjs(noun, preps) + (
            _pobjs(held, preps + ("for",)) if held is not noun else [])) if a is not None]
        if not targets:
            # "a suspension of flights and trade links with Qatar": the other side of the ties the act is about
            ties = [o for o in _pobjs(noun, ("of",)) if o.lemma_.lower() in _RELATIONS]
            targets = [a for a in (self._actorish(p) for t in ties for p in _pobjs(t, ("with", "to", "between")))
                       if a is not None]
        if not targets and forces:
            whither = ("from",) if cand.rule.event_type == "RETREAT" else _MOBILIZED_PREPS
            targets = [a for a in (self._actorish(t) for f in forces for t in _pobjs(f, whither))
                       if a is not None][:1]
        if not targets and cand.rule.event_type in {"ACCUSE", "PROTEST"}:
            # "an investigation into alleged war crimes by Israel": who did what is looked into ("a hunger
            # strike against abuses by the police": who did what is protested)
            targets = [a for t in _pobjs(noun, preps) for a in by_agents(t) if self.is_actor(a)][:1]
        if not targets and cand.rule.event_type == "ACCUSE":
            # "allegations that Rwandan troops massacred civilians": the doer the charge's clause names
            targets = [s for c in noun.children if c.dep_ in {"acl", "ccomp"}
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                       for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and self.is_actor(s)][:1]
        if not targets and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            # "staged rallies against the party's leader": the verb carries the target
            # ("held joint exercises with Greece": the partner of an act done together)
            on_verb = ("against", "on", "to") + (("with",) if cand.rule.event_type in TOGETHER_TYPES else ())
            targets = [a for a in (self._actorish(t) for t in _pobjs(noun.head, on_verb)) if a is not None]
            if not targets and cand.rule.event_type == "PROTEST":
                # "staged a hunger strike against abuses by the police": who did what is protested
                targets = [a for t in _pobjs(noun.head, ("against",)) for a in by_agents(t) if self.is_actor(a)][:1]
            if not targets and cand.rule.event_type == "ACCUSE":
                # "opened an inquiry into the massacre by the troops": "into" hung on the verb
                looked_into = [t for t in _pobjs(noun.head, ("into",)) if t.i > noun.i]
                targets = [a for t in looked_into for a in (self._act_doers(t) or [self._actorish(t)])
                           if a is not None][:1]
        acted_on: list[Token] = []
        if not targets:
            # "airstrikes targeting Islamic State militants", "an attack killing five soldiers"
            participles = [acl for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBG"]
            if not participles and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _LIGHT_VERBS:
                # "staged frequent raids, mostly aimed at the army": the participle on the verb
                participles = [adv for adv in noun.head.children if adv.dep_ == "advcl" and adv.tag_ == "VBG"
                               and adv.lemma_.lower() in _AIMING]
            acted_on = [o for acl in participles for o in acl.children if o.dep_ == "dobj"]
            targets = [a for a in (self._actorish(o) for o in acted_on) if a is not None]
            rule += "+participle-object" if targets else ""
        if not targets and first.dep_ == "dobj" and first.head.lemma_.lower() in _LIGHT_VERBS:
            # "gave the government an ultimatum", "issued a warning to Iran": the one it is given to
            given = [c for c in first.head.children if c.dep_ == "dative"]
            given = [o for c in given for o in ([c] if c.pos_ != "ADP" else [p for p in c.children if p.dep_ == "pobj"])]
            targets = [a for a in (self._actorish(t) for t in given) if a is not None]
            rule += "+given-to" if targets else ""
        if not targets and first.dep_ == "nsubjpass" and first.head.lemma_.lower() in _MAKING_VERBS:
            # "the request was submitted to Madrid": the one it was made to
            # ("threats were issued against aid workers": the one it was aimed at)
            targets = [a for a in (self._actorish(t) for t in _pobjs(first.head, ("to", "against"))) if a is not None]
            rule += "+given-to" if targets else ""
        if (not targets and noun.dep_ == "pobj" and noun.head.lower_ == "in"
                and noun.head.head.lemma_.lower() in _TAKING_PART):
            # "Somali militants engaged Kenyan troops in a firefight": those drawn into it
            targets = [a for a in (self._actorish(o) for o in noun.head.head.children if o.dep_ == "dobj")
                       if a is not None]
            rule += "+drawn-in" if targets else ""
        if not targets and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _REPELLING:
            # "government forces repelled a rebel attack": those who repelled it were attacked
            targets = self._actor_subjects(noun.head)
            rule += "+the-repellers" if targets else ""
        if not targets and noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "leave":
            # "An attack by militants left five soldiers dead": whom the act left dead or hurt
            targets = [a for a in (self._actorish(o) for o in noun.head.children if o.dep_ == "dobj") if a is not None]
            rule += "+left-dead-or-hurt" if targets else ""
        targets = [t for t in targets if t.i not in cand.source_heads]
        cand.target_heads = _unique(_expand_conj(targets[:1]))
        cand.role_rule = rule
        if not targets:
            # "the arrest of azmal khan", "an attack targeting a student dormitory"
            self._note_thing(cand, _pobjs(noun, ("of", "on", "against")) + acted_on)

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[Candidate] = doc._.candidates or []
        # the phrase search does not enter other event nouns ("following the deaths of ...")
        trigger_ids = {c.trigger_i for c in candidates if doc[c.trigger_i].pos_ == "NOUN"}
        for cand in candidates:
            trigger = doc[cand.trigger_i]
            skip = trigger_ids - {cand.trigger_i}
            if cand.rule.lemma in _VICTIM_LEMMAS:
                self._victim_roles(cand, trigger, skip)
            elif trigger.pos_ == "VERB" or (trigger.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in trigger.children)
                                            and any(c.dep_ == "dobj" for c in trigger.children)):
                # (also "Armed group attacks villagers": a headline verb the tagger took for a noun)
                self._verb_roles(cand, trigger, skip)
            else:
                self._noun_roles(cand, trigger)
            if cand.rule.lemma in _FINDING and cand.rule.event_type in VICTIM_TYPES:
                cand.found_dead = True
                if cand.source_heads:
                    cand.source_heads = []
                    cand.role_rule += "+finder-not-killer"
            if (cand.rule.event_type in VICTIM_TYPES and trigger.lemma_.lower() in _MUTUAL
                    and len(cand.source_heads) >= 2 and not cand.target_heads):
                # "Officers and robbers trade fire": one side against the other
                cand.source_heads, cand.target_heads = cand.source_heads[:1], cand.source_heads[1:2]
                cand.role_rule += "+mutual"
            if cand.rule.event_type in VICTIM_TYPES and cand.rule.lemma in _MUTUAL and not cand.target_heads:
                self._each_other(cand, trigger)
            if cand.rule.event_type == "ASSAULT" and cand.rule.lemma in _TAKING_GROUND and (
                    held := [p for o in [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
                             for p in _pobjs(o, ("from",)) if self.is_actor(p)]):
                # "the army retook the presidential palace from the RSF": the ground was taken from them
                cand.target_heads = [t.i for t in _expand_conj(held[:1])]
                cand.role_rule += "+taken-from"
            if cand.rule.event_type in VICTIM_TYPES and (dead := _dead_of_the_scene(trigger)):
                # "20 people died when a bomb exploded at a market": the act that killed them hit them (not the
                # market)
                cand.target_heads = [t.i for t in _expand_conj(dead)]
                cand.role_rule += "+the-dead-of-the-scene"
            self_target = cand.target_heads == [cand.trigger_i]
            self_source = cand.source_heads == [cand.trigger_i] and cand.role_rule == "noun:self-source"
            cand.source_heads = [i for i in dict.fromkeys(cand.source_heads) if self_source or i != cand.trigger_i]
            cand.target_heads = [i for i in dict.fromkeys(cand.target_heads)
                                 if i not in cand.source_heads and (self_target or i != cand.trigger_i)]
        _targets_of_acts_held_out(doc, candidates)
        for cand in candidates:
            if (cand.rule.event_type == "ASSAULT" and cand.rule.lemma in _HITTING_BACK and not cand.target_heads
                    and (put_to := [t for t in self._condition_subjects(list(doc[cand.trigger_i].children))
                                    if t.i not in cand.source_heads])):
                # "Russia would respond if Finland joined NATO": the answer is aimed at who meets the condition
                cand.target_heads = [t.i for t in _expand_conj(put_to[:1])]
                cand.role_rule += "+condition-subject"
            if cand.rule.event_type == "THREATEN" and not cand.target_heads:
                # "threatened to take action if Athens armed its islands": the condition of the act held out,
                # when that act names no target either ("warned it would use force if Montenegro declared
                # independence": the act told as a clause)
                held_out = [c for x in doc[cand.trigger_i].children if x.dep_ in {"xcomp", "ccomp"}
                            for c in x.children]
                put_to = [t for t in self._condition_subjects(held_out) if t.i not in cand.source_heads]
                if put_to:
                    cand.target_heads = [t.i for t in _expand_conj(put_to[:1])]
                    cand.role_rule += "+condition-subject"
        return doc

    def _condition_subjects(self, children: list[Token]) -> list[Token]:
        """The actors an "if" or "unless" clause among ``children`` names as its subject."""
        return [s for c in children if c.dep_ == "advcl" and conditional(c)
                for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and self.is_actor(s)]


#: verbs of naming a thing, in "denounced what it called a plot"
_NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "brand", "label"})


def _what_it_called(clause: Token) -> bool:
    """'what it called a U.S. plot': a clause that names the thing an act is about."""
    return clause.lemma_.lower() in _NAMING_VERBS and any(w.dep_ == "dobj" and w.lower_ == "what"
                                                          for w in clause.children)

#: answers in kind, aimed at whoever meets the condition they are held out on
_HITTING_BACK = frozenset({"respond", "retaliate", "hit", "strike"})

#: acts that hold out another act, whose target is theirs ("agreed to lift its ban on US poultry")
_HOLDING_OUT_TYPES = frozenset({"AGREE", "THREATEN", "REJECT"})


def _targets_of_acts_held_out(doc: Doc, candidates: list[Candidate]) -> None:
    """'Russia agreed to lift its ban on US poultry', 'refused to lift the sanctions on Iran': an agreement,
    threat or refusal with no target of its own is aimed at the target of the act it holds out."""
    by_trigger = {c.trigger_i: c for c in candidates}
    for cand in candidates:
        if cand.rule.event_type not in _HOLDING_OUT_TYPES:
            continue
        for act in (c for c in doc[cand.trigger_i].children if c.dep_ == "xcomp"):
            inner = by_trigger.get(act.i)
            if inner is None or set(inner.target_heads) & set(cand.source_heads):
                continue
            inside = {t.i for t in act.subtree}
            if cand.target_heads and not (cand.role_rule.endswith("+in-object")
                                          and set(cand.target_heads) <= inside):
                break  # a target of its own ("urged Iran to release ...")
            # ("agreed to withdraw their forces from Kidal": the act's own reading of its phrase, in which
            # the forces withdrawn are no target, not the first actor found in it)
            cand.target_heads = list(inner.target_heads)
            if cand.role_rule.endswith("+in-object"):
                cand.role_rule = cand.role_rule[: -len("+in-object")]
            cand.role_rule += "+target-of-the-act-held-out"
            break


@Language.factory("dyadline_roles", default_config={"user_table": None})
def find_roles(nlp: Language, name: str, user_table: str | None) -> RoleFinder:
    from dyadline.pipeline.actor_resolver import get_resolver

    resolver = get_resolver(user_table)
    return RoleFinder(resolver.looks_like_actor, resolver.event_nouns)
