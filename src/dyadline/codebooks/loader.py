"""Read the codebook tables shipped in ``dyadline/codebooks/data``.

The tables are the truth; this module only parses and checks them.
"""

from __future__ import annotations

import csv
import functools
import io
import logging
import re
from collections.abc import Iterator
from importlib import resources

from dyadline.codebooks.model import (
    CameoCode,
    Codebooks,
    CrosswalkEntry,
    DefaultCode,
    PloverType,
)
from dyadline.errors import CodebookError

__all__ = ["load_codebooks", "parse_crosswalk", "CROSSWALK_FILE"]

logger = logging.getLogger(__name__)

CROSSWALK_FILE = "CAMEO2PLOVER-2021.txt"

_CODE = re.compile(r"\d{2,4}")
# The crosswalk file ends with a line of tildes.
_END_MARK = re.compile(r"~+")


def _read_text(name: str) -> str:
    try:
        table = resources.files("dyadline.codebooks").joinpath("data").joinpath(name)
        return table.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CodebookError(f"codebook table {name}: cannot read it ({exc})") from exc


def _rows(name: str, columns: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """The rows of a CSV table, with the named columns required and stripped."""
    reader = csv.DictReader(io.StringIO(_read_text(name)))
    missing = set(columns) - set(reader.fieldnames or ())
    if missing:
        raise CodebookError(f"codebook table {name}: missing column(s) {sorted(missing)}")
    for line, row in enumerate(reader, start=2):
        if any(row.get(c) is None for c in columns):
            raise CodebookError(f"codebook table {name}, line {line}: too few fields")
        yield {c: row[c].strip() for c in columns} | {"_line": str(line)}


def _int(name: str, row: dict[str, str], column: str) -> int:
    try:
        return int(row[column])
    except ValueError:
        raise CodebookError(
            f"codebook table {name}, line {row['_line']}: {column} {row[column]!r} is not a number"
        ) from None


def _flag(name: str, row: dict[str, str], column: str) -> bool:
    if row[column] not in ("0", "1"):
        raise CodebookError(f"codebook table {name}, line {row['_line']}: {column} {row[column]!r} is not 0 or 1")
    return row[column] == "1"


def parse_crosswalk(text: str, origin: str = CROSSWALK_FILE) -> tuple[CrosswalkEntry, ...]:
    """Parse ``CODE: TYPE, MODE, CONTEXT # comment`` lines, in file order.

    Blank fields become ``None`` (mode) or ``()`` (context); several contexts
    are separated by ``;``. Comment lines, blank lines and the closing line of
    tildes are skipped; anything else that does not parse raises.
    """
    entries: list[CrosswalkEntry] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line or _END_MARK.fullmatch(line):
            continue
        code, sep, rest = line.partition(":")
        code = code.strip()
        fields = [f.strip() for f in rest.split(",")]
        if not sep or not _CODE.fullmatch(code) or not fields[0] or len(fields) > 3:
            raise CodebookError(f"{origin}, line {number}: cannot read {raw.strip()!r}")
        fields += [""] * (3 - len(fields))
        contexts = tuple(c.strip() for c in fields[2].split(";") if c.strip())
        entries.append(CrosswalkEntry(code, fields[0], fields[1] or None, contexts))
    return tuple(entries)


def _quad_labels() -> dict[int, str]:
    name = "quad_classes.csv"
    return {_int(name, r, "quad_class"): r["label"] for r in _rows(name, ("quad_class", "label"))}


def _cameo_codes(quad_labels: dict[int, str]) -> dict[str, CameoCode]:
    name = "cameo_roots.csv"
    root_quad = {
        r["root"]: _int(name, r, "quad_class") for r in _rows(name, ("root", "quad_class"))
    }
    bad = {q for q in root_quad.values() if q not in quad_labels}
    if bad:
        raise CodebookError(f"codebook table {name}: unknown quad class(es) {sorted(bad)}")
    name = "cameo_codes.csv"
    codes: dict[str, CameoCode] = {}
    for r in _rows(name, ("code", "name", "goldstein", "root")):
        where = f"codebook table {name}, line {r['_line']}"
        if r["code"] in codes:
            raise CodebookError(f"{where}: duplicate CAMEO code {r['code']!r}")
        if r["root"] not in root_quad or not r["code"].startswith(r["root"]):
            raise CodebookError(f"{where}: bad root {r['root']!r} for code {r['code']!r}")
        try:
            goldstein = float(r["goldstein"])
        except ValueError:
            raise CodebookError(f"{where}: Goldstein {r['goldstein']!r} is not a number") from None
        codes[r["code"]] = CameoCode(
            r["code"], r["name"], goldstein, r["root"], root_quad[r["root"]]
        )
    return codes


def _plover_types() -> dict[str, PloverType]:
    modes: dict[str, list[str]] = {}
    for r in _rows("plover_modes.csv", ("type", "mode")):
        modes.setdefault(r["type"], []).append(r["mode"])
    name = "plover_types.csv"
    types = {
        r["type"]: PloverType(
            r["type"],
            _int(name, r, "quad_class"),
            r["description"],
            tuple(modes.get(r["type"], ())),
            _flag(name, r, "joint"),
        )
        for r in _rows(name, ("type", "quad_class", "joint", "description"))
    }
    stray = set(modes) - set(types)
    if stray:
        raise CodebookError(f"codebook table plover_modes.csv: unknown type(s) {sorted(stray)}")
    return types


def _defaults(
    cameo: dict[str, CameoCode], types: dict[str, PloverType], contexts: tuple[str, ...]
) -> list[DefaultCode]:
    name = "plover_defaults.csv"
    rows: list[DefaultCode] = []
    for r in _rows(name, ("event_type", "mode", "context", "cameo", "note")):
        where = f"codebook table {name}, line {r['_line']}"
        ptype = types.get(r["event_type"])
        if ptype is None:
            raise CodebookError(f"{where}: unknown PLOVER event type {r['event_type']!r}")
        if r["mode"] and r["mode"] not in ptype.modes:
            raise CodebookError(f"{where}: {r['mode']!r} is not a mode of {ptype.name}")
        if r["context"] and r["context"] not in contexts:
            raise CodebookError(f"{where}: unknown PLOVER context {r['context']!r}")
        if r["cameo"] not in cameo:
            raise CodebookError(f"{where}: unknown CAMEO code {r['cameo']!r}")
        rows.append(
            DefaultCode(
                r["event_type"], r["mode"] or None, r["context"] or None, r["cameo"], r["note"]
            )
        )
    return rows


@functools.lru_cache(maxsize=1)
def load_codebooks() -> Codebooks:
    """Read every codebook table once (cached) and return the lookup object."""
    quad_labels = _quad_labels()
    cameo = _cameo_codes(quad_labels)
    types = _plover_types()
    contexts = tuple(r["context"] for r in _rows("plover_contexts.csv", ("context", "description")))
    sector_rows = _rows("plover_sectors.csv", ("sector", "description"))
    sectors = {r["sector"]: r["description"] for r in sector_rows}
    crosswalk = parse_crosswalk(_read_text(CROSSWALK_FILE))
    books = Codebooks(
        cameo_codes=cameo,
        plover_types=types,
        contexts=contexts,
        sectors=sectors,
        crosswalk_rows=crosswalk,
        default_rows=_defaults(cameo, types, contexts),
        quad_labels=quad_labels,
    )
    logger.debug(
        "loaded codebooks: %d CAMEO codes, %d PLOVER types, %d crosswalk rows",
        len(cameo),
        len(types),
        len(crosswalk),
    )
    return books
