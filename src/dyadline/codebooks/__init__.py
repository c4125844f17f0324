"""The event codebooks: CAMEO codes and PLOVER v0.8 types, modes, contexts and sectors.

Everything comes from the tables in ``codebooks/data`` (provenance in
``codebooks/data/README.md``)::

    from dyadline.codebooks import load_codebooks

    books = load_codebooks()
    books.crosswalk("0333")            # CrosswalkEntry(cameo='0333', event_type='AGREE', ...)
    books.default_cameo("AID", context="humanitarian")   # '073'
    books.goldstein("190")             # -10.0
"""

from __future__ import annotations

from dyadline.codebooks.loader import load_codebooks, parse_crosswalk
from dyadline.codebooks.model import CameoCode, Codebooks, CrosswalkEntry, DefaultCode, PloverType

__all__ = [
    "CameoCode",
    "Codebooks",
    "CrosswalkEntry",
    "DefaultCode",
    "PloverType",
    "load_codebooks",
    "parse_crosswalk",
]
