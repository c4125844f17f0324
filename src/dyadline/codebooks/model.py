"""The codebook records and the read-only :class:`Codebooks` lookup object.

Nothing here knows the codebook contents: every answer comes from the tables
in ``codebooks/data`` (see :mod:`dyadline.codebooks.loader`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from dyadline.errors import CodebookError

__all__ = ["CameoCode", "PloverType", "CrosswalkEntry", "DefaultCode", "Codebooks"]


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code. ``code`` keeps its leading zeros ("0311")."""

    code: str
    name: str
    goldstein: float
    root: str
    quad_class: int


@dataclass(frozen=True, slots=True)
class PloverType:
    """A PLOVER event type, its quad class and its valid modes (manual order).

    ``joint``: an act that parties do together (meeting, agreeing, cooperating). When several
    parties do it and no one else is named, the manual makes them all actors with no recipient,
    and each is the others' counterpart.
    """

    name: str
    quad_class: int
    description: str
    modes: tuple[str, ...]
    joint: bool = False


@dataclass(frozen=True, slots=True)
class CrosswalkEntry:
    """One row of the CAMEO->PLOVER crosswalk, as written in the official file.

    ``mode`` is ``None`` when the row leaves it blank; ``context`` is a tuple
    because some rows give several (``crime; corruption``), empty when blank.
    Values are not corrected: a few rows use modes or contexts that are not in
    the PLOVER v0.8 manual (see ``codebooks/data/README.md``).
    """

    cameo: str
    event_type: str
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DefaultCode:
    """A row of ``plover_defaults.csv``: the CAMEO code written for a type/mode/context."""

    event_type: str
    mode: str | None
    context: str | None
    cameo: str
    note: str


def _parent(code: str) -> str | None:
    """"0311" -> "031" -> "03" -> None."""
    return code[:-1] if len(code) > 2 else None


class Codebooks:
    """Read-only access to the CAMEO and PLOVER codebooks.

    Build it with :func:`dyadline.codebooks.load_codebooks`; the constructor
    takes already-parsed tables and wraps them in read-only views.
    """

    __slots__ = (
        "_cameo",
        "_types",
        "_contexts",
        "_sectors",
        "_crosswalk",
        "_crosswalk_rows",
        "_defaults",
        "_default_rows",
        "_quad_labels",
    )

    def __init__(
        self,
        *,
        cameo_codes: Mapping[str, CameoCode],
        plover_types: Mapping[str, PloverType],
        contexts: Iterable[str],
        sectors: Mapping[str, str],
        crosswalk_rows: Iterable[CrosswalkEntry],
        default_rows: Iterable[DefaultCode],
        quad_labels: Mapping[int, str],
    ) -> None:
        self._cameo = MappingProxyType(dict(cameo_codes))
        self._types = MappingProxyType(dict(plover_types))
        self._contexts = tuple(contexts)
        self._sectors = MappingProxyType(dict(sectors))
        self._quad_labels = MappingProxyType(dict(quad_labels))
        self._crosswalk_rows = tuple(crosswalk_rows)
        crosswalk: dict[str, CrosswalkEntry] = {}
        for entry in self._crosswalk_rows:
            # The file lists a few codes twice (e.g. "08" as CONCEDE and as RETREAT):
            # the first row wins.
            crosswalk.setdefault(entry.cameo, entry)
        self._crosswalk = MappingProxyType(crosswalk)
        self._default_rows = tuple(default_rows)
        defaults: dict[tuple[str, str | None, str | None], str] = {}
        for row in self._default_rows:
            key = (row.event_type, row.mode, row.context)
            if key in defaults:
                raise CodebookError(f"plover_defaults.csv: duplicate row for {key}")
            defaults[key] = row.cameo
        self._defaults = MappingProxyType(defaults)

    # -- tables -----------------------------------------------------------------

    @property
    def plover_types(self) -> Mapping[str, PloverType]:
        """PLOVER type name -> :class:`PloverType`, in manual order."""
        return self._types

    @property
    def contexts(self) -> tuple[str, ...]:
        """Every accepted PLOVER context name."""
        return self._contexts

    @property
    def sectors(self) -> Mapping[str, str]:
        """PLOVER actor sector code -> short description."""
        return self._sectors

    @property
    def cameo_codes(self) -> Mapping[str, CameoCode]:
        """CAMEO code -> :class:`CameoCode`, in codebook order."""
        return self._cameo

    @property
    def quad_class_labels(self) -> Mapping[int, str]:
        """Quad class number -> label (1 "verbal cooperation" ... 4 "material conflict")."""
        return self._quad_labels

    @property
    def crosswalk_rows(self) -> tuple[CrosswalkEntry, ...]:
        """Every row of the crosswalk file in file order, duplicates included."""
        return self._crosswalk_rows

    @property
    def default_codes(self) -> tuple[DefaultCode, ...]:
        """Every row of the defaults table."""
        return self._default_rows

    # -- CAMEO ------------------------------------------------------------------

    def cameo(self, code: str) -> CameoCode:
        """The CAMEO code record; :class:`CodebookError` if the code is unknown."""
        if not isinstance(code, str):
            raise CodebookError(
                f"CAMEO code must be a string with leading zeros (e.g. '0311'), got {code!r}"
            )
        try:
            return self._cameo[code.strip()]
        except KeyError:
            raise CodebookError(f"unknown CAMEO code {code!r}") from None

    def goldstein(self, code: str) -> float:
        """The Goldstein score of a CAMEO code."""
        return self.cameo(code).goldstein

    def quad_class(self, code: str) -> int:
        """The quad class (1-4) of a CAMEO code, from its root."""
        return self.cameo(code).quad_class

    # -- crosswalk --------------------------------------------------------------

    def crosswalk(self, code: str) -> CrosswalkEntry:
        """The PLOVER reading of a CAMEO code.

        An exact crosswalk row wins. Otherwise the code must be a known CAMEO
        code, and its nearest parent with a row is used ("0256" -> "025" -> "02").
        CAMEO 01 and 02 are dropped by PLOVER and have no row: they raise.
        """
        if not isinstance(code, str):
            raise CodebookError(
                f"CAMEO code must be a string with leading zeros (e.g. '0311'), got {code!r}"
            )
        code = code.strip()
        entry = self._crosswalk.get(code)
        if entry is not None:
            return entry
        self.cameo(code)  # unknown codes raise here, naming the code
        parent = _parent(code)
        while parent is not None:
            entry = self._crosswalk.get(parent)
            if entry is not None:
                return entry
            parent = _parent(parent)
        raise CodebookError(
            f"CAMEO code {code!r} has no PLOVER crosswalk row (nor has any parent code)"
        )

    # -- PLOVER -----------------------------------------------------------------

    def plover_type(self, event_type: str) -> PloverType:
        """The :class:`PloverType`; :class:`CodebookError` if the name is unknown."""
        try:
            return self._types[event_type]
        except (KeyError, TypeError):
            raise CodebookError(f"unknown PLOVER event type {event_type!r}") from None

    def is_valid_mode(self, event_type: str, mode: str) -> bool:
        """Whether ``mode`` is one of the v0.8 modes of ``event_type``.

        Raises :class:`CodebookError` if ``event_type`` itself is unknown.
        """
        return mode in self.plover_type(event_type).modes

    def default_cameo(
        self,
        event_type: str,
        mode: str | None = None,
        context: str | Iterable[str] | None = None,
    ) -> str:
        """The CAMEO code dyadline writes for a PLOVER type, mode and context.

        ``context`` may be one name or several (tried in order). Lookup order:
        (type, mode, context), (type, mode), (type, context), (type).
        Unknown types, modes and contexts raise :class:`CodebookError`.
        """
        ptype = self.plover_type(event_type)
        mode = mode or None
        if mode is not None and mode not in ptype.modes:
            raise CodebookError(f"{mode!r} is not a mode of PLOVER event type {event_type!r}")
        wanted = (context,) if isinstance(context, str) else tuple(context or ())
        for name in wanted:
            if name not in self._contexts:
                raise CodebookError(f"unknown PLOVER context {name!r}")
        keys = [(event_type, mode, name) for name in wanted]
        keys.append((event_type, mode, None))
        keys.extend((event_type, None, name) for name in wanted)
        keys.append((event_type, None, None))
        for key in keys:
            code = self._defaults.get(key)
            if code is not None:
                return code
        raise CodebookError(f"no default CAMEO code for PLOVER event type {event_type!r}")
