"""The words the role finder (:mod:`dyadline.pipeline.roles`) reads the parse by: sets of verbs, nouns and
prepositions named for what they tell of who acts on whom (the light verbs whose object is an act, the
prepositions of a target, the causes of death that are no one's act, ...)."""

from __future__ import annotations

from dyadline.pipeline.candidate import MUTUAL_FIGHTS

__all__ = ["ACCUSED_PREPS", "ACCUSING", "AIMING", "AMONG", "ANSWERABLE", "ANSWERING_FOR", "ARMED", "AUXILIARIES",
           "CARE", "CLAIMING", "CLIMB_DEPS", "COMPLAINING", "CONCERNS", "CONCERN_PREPS", "DEALINGS", "DECISIONS",
           "DOER_ENTS", "EFFORTS", "ENVOYS", "FIGHT_NOUNS", "FINDING", "FIRING", "FORCE_PREMISES", "GIVING_BACK",
           "GIVING_TYPES", "HEADLINE_LENGTH", "HELD_PEOPLE", "HELPING", "HITTING_BACK", "HOLDING_OUT_TYPES",
           "INCIDENT_NOUNS", "INFORMATION", "INJURIES", "LAUNCHING", "LEAVING", "LIGHT_VERBS", "MAKING", "MAKING_VERBS",
           "MATERIEL", "MEANS", "MISHAPS", "MISSILES", "MISSIONS", "MOBILIZED_PREPS", "MUNITIONS", "MUTUAL",
           "NAMING_VERBS", "NOUN_TARGET_PREPS", "OFFERING", "OPEN_WATERS", "OPERATIONS", "OWN_FORCES", "PACKAGES",
           "PHRASE_DEPS", "PREMISES", "PUTTING", "REFUGE", "RELATIONS", "RELATIVE", "REPELLING", "ROUNDS",
           "SCENE_PREPS", "SELF_SOURCE_NOUNS", "SELF_TARGET_NOUNS", "SHARING", "SHOT_WORDS", "STIRRED", "TAKING_GROUND",
           "TAKING_PART", "TARGET_PREPS", "TOLD_OF", "VEHICLES", "VICTIM_LEMMAS", "WEAPONS", "WOUNDING"]

RELATIVE = frozenset({"which", "who", "that", "whom", "whose"})
AUXILIARIES = frozenset({"be", "have", "get", "do"})
#: objects of "carry out", "launch", "conduct" that name an operation, not whom it hit
OPERATIONS = frozenset({"operation", "offensive", "raid", "attack", "assault", "strike", "ambush", "crackdown",
                        "sweep", "mission"})
TARGET_PREPS = ("to", "with", "against", "on", "upon", "at", "toward", "towards", "into", "from", "for", "over")
NOUN_TARGET_PREPS = ("on", "against", "to", "with", "of", "at", "into")
PHRASE_DEPS = frozenset({"compound", "amod", "prep", "pobj", "nmod", "conj", "appos", "acl", "agent", "poss",
                         "dobj", "dative", "pcomp"})
#: the target of an accusation is whom it is about, not whom it is addressed to
ACCUSED_PREPS = ("against", "over", "about", "for", "of")
#: what is given is the object; who receives it is the "to"/"for" phrase
GIVING_TYPES = frozenset({"AID", "COOPERATE", "SUPPORT"})
#: nouns of a kind of dealing, whose modifiers say what is dealt in ("intelligence sharing", "police reform")
DEALINGS = frozenset({"sharing", "reform", "training", "exchange", "modernisation", "modernization", "spending",
                      "funding", "budget"})
#: the most words of a headline whose torn parse the firing's doer is read from
HEADLINE_LENGTH = 10
#: verbs of making something, whose object is a thing made, no party
MAKING = frozenset({"set", "build", "establish", "create", "construct", "found", "form", "install", "erect"})
#: verbs of the purpose of a gift ("to assist Ethiopia")
HELPING = frozenset({"help", "assist", "support", "aid", "relieve"})
#: verbs of holding something out to another side, which may take it or not
OFFERING = frozenset({"offer", "promise", "pledge"})
#: what those who flee ask of the land they come to
REFUGE = frozenset({"asylum", "refuge", "sanctuary", "shelter"})
#: verbs whose object is the place left ("left the town", "vacated their positions")
LEAVING = frozenset({"leave", "vacate", "abandon", "evacuate", "quit", "exit"})
#: a side's own forces, moved or withdrawn by it (no target of its act)
OWN_FORCES = frozenset({"troop", "force", "soldier", "unit", "peacekeeper", "army", "military", "contingent",
                        "battalion", "brigade", "personnel"})

#: verbs of giving back what was taken; the "to" names who gets it, unless people held are given over
GIVING_BACK = frozenset({"return", "hand", "cede", "restore"})
HELD_PEOPLE = frozenset({"prisoner", "hostage", "captive", "detainee", "soldier", "sailor", "fisherman", "crew",
                         "national", "citizen", "worker", "journalist"})
#: participles the tagger may take for nouns after a time ("were Monday evening shot dead")
SHOT_WORDS = frozenset({"shot", "killed", "attacked", "hacked", "stabbed", "lynched"})
VICTIM_LEMMAS = frozenset({"die", "death", "succumb", "lose", "fall", "victim", "toll"})
#: what a victim falls to ("seven fell to police bullets"): the doer is whose they were
MISSILES = frozenset({"bullet", "bullets", "firing"})
#: what is fired or thrown at a target ("fired rockets at the town")
MUNITIONS = frozenset({"missile", "rocket", "shell", "mortar", "bomb", "grenade", "round", "bullet", "projectile",
                       "salvo", "volley", "shot", "scud", "katyusha", "flare", "stone", "rock", "dart", "torpedo",
                       "gas", "teargas", "tear-gas", "canister", "pellet"})
#: arms and craft, which are sent or supplied, not recipients ("sending the tanks")
MATERIEL = frozenset({"tank", "jet", "gunship", "gunboat", "warplane", "plane", "aircraft", "helicopter",
                      "artillery", "weapon", "arm", "missile", "drone", "warship", "vehicle"})
#: where a missile falls that is no one's: "fired a missile into the Sea of Japan", "into waters off Japan"
OPEN_WATERS = frozenset({"sea", "ocean", "strait", "gulf", "bay", "water", "waters"})
#: verbs of sending munitions off at a target
LAUNCHING = frozenset({"fire", "launch", "lob", "hurl", "throw", "shoot", "drop", "rain", "lobbed", "pelt"})
#: what is shared as information, not as an agency ("shared intelligence")
INFORMATION = frozenset({"intelligence", "information", "data"})
SHARING = frozenset({"share", "exchange", "provide", "pass", "gather", "collect", "give", "supply", "swap"})
#: what a victim is hit by: the doer is whose it was ("hit by a police lathi")
WEAPONS = frozenset({"bullet", "lathi", "baton", "stick", "shell", "canister", "cartridge", "pellet", "vehicle",
                     "truck", "van"})
#: what runs people over: an accident unless someone's ("hit by a car"; not "run over by a police truck")
VEHICLES = frozenset({"car", "vehicle", "truck", "lorry", "bus", "train", "motorbike", "motorcycle", "matatu",
                      "tractor", "van"})
#: what a victim dies of, sustained in a scene ("died of injuries received in the blast")
INJURIES = frozenset({"injury", "wound", "burn"})
#: what befalls someone before they die of it ("who was hit by a police bullet")
WOUNDING = frozenset({"hit", "strike", "injure", "wound", "shoot", "beat", "hurt"})
#: where the dying are cared for: no scene of an attack ("died in a Nairobi hospital")
CARE = frozenset({"hospital", "clinic", "infirmary", "hospice", "home"})
#: what people die of when no one kills them ("died in a road accident", "died of cancer", "in the floods")
MISHAPS = frozenset({"accident", "crash", "collision", "derailment", "flood", "flooding", "earthquake", "quake",
                     "landslide", "mudslide", "storm", "cyclone", "hurricane", "typhoon", "tsunami", "avalanche",
                     "disease", "illness", "cancer", "stroke", "cholera", "malaria", "tuberculosis", "covid-19",
                     "infection", "stampede", "drowning", "heatwave", "cause", "age", "overdose", "electrocution"})
#: who finds or recovers the dead ("the police found 13 bodies") is not who killed them
FINDING = frozenset({"find", "discover", "recover"})
#: nouns that name the people acted on ("nine detainees"): the noun itself is the target
SELF_TARGET_NOUNS = frozenset({"detainee", "captive", "hostage", "deportee"})
#: participles that say whom an act was aimed at ("carried out a raid, targeting IS commanders")
AIMING = frozenset({"target", "hit", "strike", "kill", "wound", "injure"})
#: nouns of a mobilisation that name the force moved ("pro-Houthi reinforcements arrived")
SELF_SOURCE_NOUNS = frozenset({"reinforcement", "column"})
#: nouns an event noun may name the content of ("a military aid package", "a sanctions bill")
PACKAGES = frozenset({"package", "programme", "program", "deal", "bill", "plan", "tranche", "shipment", "warrant",
                      "consignment", "convoy", "scheme"})
#: verbs whose object noun is an event done by the verb's subject ("launched an attack")
LIGHT_VERBS = frozenset({"carry", "conduct", "launch", "stage", "hold", "make", "mount", "begin", "start", "do",
                         "continue", "step", "order", "announce", "deliver", "send", "provide", "offer",
                         "impose", "give", "extend", "issue", "lodge", "file", "pay", "undertake", "establish", "build",
                         # "completed their withdrawal", "resumed their attacks", "waged a campaign"
                         "complete", "finish", "resume", "intensify", "wage", "escalate", "convene",
                         # "declared a unilateral ceasefire", "observed a truce"
                         "declare", "observe", "open", "take",
                         # "slapped sanctions on Belarusian officials", "approved the deployment of a team"
                         "slap", "approve", "authorize", "authorise",
                         # "unveiled a package of sanctions against Iran", "introduced new curbs"
                         "unveil", "introduce",
                         # "repeated its accusation that", "renewed its call for talks", "level charges"
                         "repeat", "renew", "reiterate", "level"})
SCENE_PREPS = ("during", "after", "amid", "following")
#: a foreign state's buildings abroad, protested at as that state
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
#: the light verbs and the verbs whose passive tells who made what their subject names ("an accord was signed by
#: both parties", "a call for calm was issued by the president")
MAKING_VERBS = LIGHT_VERBS | {"sign", "reach", "express", "voice", "issue", "deliver", "approve", "submit", "call"}
#: scenes named after where they happened ("in the Naroda incident", "the Godhra carnage"): a name
#: written before them (not of a people or body) is no actor
INCIDENT_NOUNS = frozenset({"incident", "case", "carnage", "massacre", "violence", "riot", "tragedy", "episode",
                            "affair", "killing", "flare-up"})
DOER_ENTS = frozenset({"NORP", "ORG"})
#: fights whose "with" names the other side ("killed in an encounter with the police")
FIGHT_NOUNS = frozenset({"encounter", "clash", "gunfight", "shootout", "shoot-out", "firefight", "fight", "battle",
                         "exchange", "skirmish"})
TAKING_PART = frozenset({"engage", "participate", "join", "involve"})
#: what one side has with another ("ties with Morocco")
RELATIONS = frozenset({"tie", "ties", "relation", "relations", "contact", "contacts", "link", "links"})
#: verbs that put someone in, or keep them in, a state named by an event noun ("put the troops on alert",
#: "troops remained on alert")
PUTTING = frozenset({"put", "place", "keep", "remain", "stay"})
#: acts of force whose doer, in a clause on a killing ("killed when the police opened fire"), is its agent
FIRING = frozenset({"fire", "open", "shoot", "attack", "raid", "storm", "shell", "bomb", "charge", "beat", "lathi"})
#: verbs that fire when their object is fire traded ("returned fire", "exchanged fire") and verbs of setting
#: on fire ("torched their huts"): a clause of either is the scene of the deaths it is hung on
FIRING_BACK = frozenset({"return", "exchange"})
SETTING_ALIGHT = frozenset({"torch", "burn", "firebomb", "petrol-bomb"})
#: acts of two sides against each other: coordinated subjects are one side and the other
MUTUAL = MUTUAL_FIGHTS
#: nouns of an assault: its "on" phrase is where it struck, and its halt a de-escalation toward those attacked
ASSAULT_NOUNS = frozenset({"raid", "attack", "assault", "strike", "airstrike", "air-strike", "offensive", "operation",
                           "ambush", "bombing", "bombardment", "shelling", "hostility"})
#: what two sides trade in a fight ("exchanged fire", "traded artillery shells")
FIRE_TRADED = frozenset({"fire", "gunfire", "gunshot", "shot", "salvo", "volley", "round", "bullet", "shell", "rocket",
                         "missile", "mortar", "artillery", "blow", "grenade", "barb"})
#: words between which the sides of a fight are named
AMONG = ("between", "among", "amongst")
CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
#: verbs whose object does what their infinitive tells, and did it ("prompted Beijing to threaten retaliation",
#: "persuaded Seoul to send shells"): the object, not the verb's subject, is the infinitive's doer (not verbs of
#: asking or ordering, whose infinitive is only aimed at: "ordered the militia to attack" codes no attack)
OBJECT_CONTROL = frozenset({"prompt", "force", "persuade", "convince", "compel", "lead", "push", "pressure",
                            "cause", "drive", "inspire", "help", "spur", "provoke", "trigger", "get", "oblige"})
#: words joining a gerund of how or when to the act of the same doer ("dispersed them by firing")
MEANS = frozenset({"by", "after", "before", "while", "without"})
#: verbs a participle of what befell someone hangs on ("found killed", "reported abducted")
TOLD_OF = frozenset({"find", "discover", "report", "confirm", "believe", "fear", "presume", "say"})
#: verbs of fending off an attack: their subject was its target
REPELLING = frozenset({"repel", "repulse", "thwart", "foil", "fend", "resist", "counter"})
#: a state's own representatives abroad
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "diplomats", "ambassadors", "envoys", "consul", "attache",
                    "chargé", "charge"})

#: what one "expresses" to disapprove ("voiced concern over ...")
CONCERNS = frozenset({"concern", "dismay", "outrage", "displeasure", "indignation", "disappointment", "alarm",
                      "regret", "dissatisfaction", "anger", "unhappiness", "discontent", "frustration",
                      "exasperation"})
CONCERN_PREPS = ("about", "over", "at", "regarding", "on", "with")
#: acts written as a thing decided or done ("concern over Somalia's decision"), not as an event word
DECISIONS = frozenset({"decision", "move", "use", "plan", "policy", "action", "conduct", "treatment", "handling",
                       "behaviour", "behavior", "stance", "remark", "remarks", "statement", "comments"})

#: where forces are sent or massed: the side or the land they face ("massed troops near the border with Ukraine")
MOBILIZED_PREPS = ("to", "in", "into", "on", "near", "along", "at", "against", "toward", "towards", "around")

#: verbs whose object did the act they are charged with ("accused the army of killing civilians")
ACCUSING = frozenset({"accuse", "blame", "charge", "suspect"})
#: what is done to someone for what they did ("suspended for shooting a student", "sanctioned three firms for
#: helping the Guards", "praised Kenya for hosting the talks")
ANSWERING_FOR = frozenset({"suspend", "arrest", "book", "sack", "jail", "sentence", "convict", "dismiss", "punish",
                           "detain", "prosecute", "fine", "try", "indict", "court-martial", "sanction", "blacklist",
                           "penalize", "penalise", "condemn", "criticize", "criticise", "praise", "thank", "reward",
                           "commend", "honour", "honor"})

#: verbs of complaining to someone ("protested to Japan", "complained to the UN")
COMPLAINING = frozenset({"protest", "complain"})
#: nouns that count out an act ("a round of talks", "a series of attacks")
ROUNDS = frozenset({"round", "series", "wave", "spate", "string"})
#: nouns an event noun names the kind of ("a mediation effort")
EFFORTS = frozenset({"effort", "bid", "attempt", "mission", "initiative", "process"})
#: verbs of owning up to an act ("claimed responsibility for the attack")
CLAIMING = frozenset({"claim", "accept", "admit", "take"})

#: words of answering for an act ("is responsible for the killings", "were guilty of violating the truce")
ANSWERABLE = frozenset({"responsible", "guilty", "culpable", "accountable"})

#: premises of a force, named for their town and their force ("the Shahganj police station")
FORCE_PREMISES = frozenset({"station", "post", "chowki", "outpost", "camp", "barracks", "base", "thana"})

#: buildings, which act on nothing ("protested outside the government palace demanding ...")
PREMISES = FORCE_PREMISES | frozenset({"palace", "office", "building", "headquarters", "embassy", "consulate",
                                       "courthouse", "compound", "gate", "premises", "hall", "house", "station"})

#: verbs of being stirred by another's act ("was appalled by the attacks"): the stirred disapproves
STIRRED = frozenset({"appal", "appall", "shock", "outrage", "dismay", "horrify", "disgust"})

#: verbs of taking ground, whose "from" names who held it
TAKING_GROUND = frozenset({"retake", "recapture", "capture", "seize", "take", "wrest", "regain", "liberate",
                           "reclaim"})

#: words of an armed party, whose "fire" is gunfire ("came under fire from suspected militants")
ARMED = frozenset({"militant", "gunman", "gunmen", "rebel", "insurgent", "troop", "soldier", "force", "fighter",
                   "police", "policeman", "attacker", "bandit", "army", "militia", "militiaman", "militiamen",
                   "jihadist", "terrorist", "guerrilla", "guerrillas", "raider", "sniper", "assailant", "pirate",
                   "herder", "warrior", "shabaab", "al-shabaab", "taliban", "unknown", "armed", "enemy"})

#: verbs of naming a thing, in "denounced what it called a plot"
NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "brand", "label"})

#: answers in kind, aimed at whoever meets the condition they are held out on
HITTING_BACK = frozenset({"respond", "retaliate", "hit", "strike"})

#: acts that hold out another act, whose target is theirs ("agreed to lift its ban on US poultry")
HOLDING_OUT_TYPES = frozenset({"AGREE", "THREATEN", "REJECT"})
