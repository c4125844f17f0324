"""Read and check the CSV tables in ``dyadline/knowledge/data`` (and a user table).

Every problem is a :class:`~dyadline.errors.KnowledgeError` that names the
file and the line.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from dyadline.errors import KnowledgeError

__all__ = [
    "SECTORS",
    "ALIAS_KINDS",
    "TERM_KINDS",
    "Row",
    "read_shipped",
    "read_path",
    "check_sector",
    "check_choice",
    "check_code",
    "check_date",
]

#: PLOVER sector codes, plus IGO (the pipeline's sector for intergovernmental bodies).
SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
    "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "IGO",
})
#: kinds of alias in country_aliases.csv (and a user table)
#: ("people": a communal, ethnic or clan group, written in its own case; its code may be blank when the
#: group lives across borders and takes the country of the place where it acts; "person": a user table's person,
#: named in full, with the country and sector the actor stage gives them)
ALIAS_KINDS = frozenset({"name", "adjective", "capital", "metonym", "institution", "igo", "block", "people",
                         "person"})
#: kinds of term in sectors.csv
TERM_KINDS = frozenset({"noun", "title", "adjective"})

_CODE = re.compile(r"[A-Z][A-Z0-9+]{1,9}")


@dataclass(frozen=True, slots=True)
class Row:
    """One data line of a table: its fields by column name, and where it came from."""

    source: str
    line: int
    fields: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.fields[column]

    def error(self, problem: str) -> KnowledgeError:
        return KnowledgeError(f"{self.source}, line {self.line}: {problem}")


def _parse(text: str, source: str, columns: Sequence[str]) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    for fields in reader:
        line = reader.line_num
        if not fields or all(not f.strip() for f in fields) or fields[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [f.strip().lower() for f in fields]
            missing = [c for c in columns if c not in header]
            if missing:
                raise KnowledgeError(
                    f"{source}, line {line}: header lacks column(s) {', '.join(missing)} "
                    f"(expected {','.join(columns)})"
                )
            continue
        if len(fields) != len(header):
            raise KnowledgeError(
                f"{source}, line {line}: expected {len(header)} fields ({','.join(header)}), got {len(fields)}"
            )
        yield Row(source, line, {name: value.strip() for name, value in zip(header, fields)})
    if header is None:
        raise KnowledgeError(f"{source}: the table is empty (no header line)")


def read_shipped(name: str, columns: Sequence[str]) -> Iterator[Row]:
    """Rows of a table shipped in the package's data folder."""
    try:
        text = resources.files("dyadline.knowledge").joinpath("data").joinpath(name).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise KnowledgeError(f"knowledge table {name} is missing from the package") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"knowledge table {name} cannot be read: {exc}") from exc
    return _parse(text, name, columns)


def read_path(path: Path, columns: Sequence[str]) -> Iterator[Row]:
    """Rows of a table given as a file path (a user table)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise KnowledgeError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    return _parse(text, str(path), columns)


def check_sector(row: Row, column: str = "sector", *, blank_ok: bool = True) -> str | None:
    """The row's sector code, checked against :data:`SECTORS`."""
    value = row[column].upper()
    if not value:
        if blank_ok:
            return None
        raise row.error(f"empty {column}")
    if value not in SECTORS:
        raise row.error(f"unknown sector {row[column]!r} (expected one of {', '.join(sorted(SECTORS))})")
    return value


def check_choice(row: Row, column: str, choices: frozenset[str]) -> str:
    value = row[column].lower()
    if value not in choices:
        raise row.error(f"unknown {column} {row[column]!r} (expected one of {', '.join(sorted(choices))})")
    return value


def check_code(row: Row, column: str = "code") -> str:
    value = row[column].upper()
    if not _CODE.fullmatch(value):
        raise row.error(f"malformed {column} {row[column]!r} (expected 2-10 capital letters/digits)")
    return value


def check_date(row: Row, column: str) -> dt.date | None:
    value = row[column]
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise row.error(f"{column} {value!r} is not a YYYY-MM-DD date") from exc
