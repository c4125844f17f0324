"""Checking request parameters: country codes and names, PLOVER types, date ranges.

Each check raises :class:`~dyadline.errors.BadRequestError` naming the parameter and the
value at fault, which the app answers with HTTP 400.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from dyadline.errors import BadRequestError, DyadlineError

__all__ = ["MAX_TEXT", "check_range", "country", "dyad", "event_type", "plover_types"]

#: the longest free-text parameter accepted (search words, names).
MAX_TEXT = 200


def _shown(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")


def country(value: str | None, parameter: str) -> str | None:
    """An ISO 3166 alpha-3 or IGO code from a code or a name ("rus", "Russia")."""
    if value is None:
        return None
    from dyadline.store.tables import resolve_country

    if not value.strip():
        raise BadRequestError(f"parameter {parameter!r} is empty: give a country code (RUS) or name (Russia)")
    if len(value) > MAX_TEXT:
        raise BadRequestError(f"parameter {parameter!r} is over {MAX_TEXT} characters")
    try:
        return resolve_country(value)
    except DyadlineError as exc:
        raise BadRequestError(
            f"parameter {parameter!r}: {_shown(value)} is neither a country or IGO code (RUS, EU) "
            "nor a country name dyadline knows") from exc


def dyad(value: str | None, parameter: str = "dyad") -> tuple[str, str] | None:
    """Two countries separated by a comma: "AZE,RUS" (either direction)."""
    if value is None:
        return None
    parts = [p for p in value.split(",")]
    if len(parts) != 2:
        raise BadRequestError(f"parameter {parameter!r} takes two countries separated by a comma, e.g. AZE,RUS; "
                              f"got {_shown(value)}")
    a, b = (country(p, parameter) for p in parts)
    assert a is not None and b is not None
    return a, b


@lru_cache(maxsize=1)
def plover_types() -> dict[str, int]:
    """PLOVER event type -> quad class, in the manual's order."""
    from dyadline.codebooks import load_codebooks

    return {name: t.quad_class for name, t in load_codebooks().plover_types.items()}


def event_type(value: str | None, parameter: str = "type") -> str | None:
    if value is None:
        return None
    name = value.strip().upper()
    if name not in plover_types():
        raise BadRequestError(f"parameter {parameter!r}: {_shown(value)} is not a PLOVER event type; "
                              f"expected one of {', '.join(plover_types())}")
    return name


def check_range(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and start > end:
        raise BadRequestError(f"parameter 'start' ({start.isoformat()}) is after 'end' ({end.isoformat()})")
