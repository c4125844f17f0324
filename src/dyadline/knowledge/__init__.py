"""Actor knowledge: countries, IGOs, sector terms and leaders, with their lookups.

>>> kb = load_knowledge()
>>> kb.match_country("the Kremlin")
CountryMatch(code='RUS', kind='metonym', sector='GOV', ambiguous=False, alternatives=())
"""

from dyadline.knowledge.base import KnowledgeBase, load_knowledge
from dyadline.knowledge.countries import CountryMatch
from dyadline.knowledge.leaders import Leader

__all__ = ["CountryMatch", "KnowledgeBase", "Leader", "load_knowledge"]
