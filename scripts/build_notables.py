"""Build src/dyadline/knowledge/data/notables.csv from the Phoenix country actors dictionary.

    python scripts/build_notables.py \
        --source ../shared/data/phoenix_dictionaries/Phoenix.Countries.actors.txt \
        --out src/dyadline/knowledge/data/notables.csv

The Phoenix/PETRARCH2 dictionary (MIT, Open Event Data Alliance; built in 2014
from CountryInfo) lists about 18,000 office holders — ministers, officials,
party leaders, judges — each with date-bounded CAMEO codes such as
``[USAGOV 970123-010120]`` (country USA, sector GOV, from 1997-01-23 to
2001-01-20). This script keeps the people (entries of two words or more that
are not institutions), writes one row per role with ISO dates, and maps the
codes: the country to an ISO3 code of countries.csv (a few old CAMEO codes are
respelled; a code the package does not know drops the role), the first
sector of the code to a PLOVER sector (a sector the package does not know
leaves the sector blank).

The international dictionary adds the office holders of international bodies
(its ``IGO...`` codes, mapped by IGO_PREFIXES to the package's codes: UN, NATO,
EU...; sector IGO); its companies and NGOs are left out.

Dates: six digits are YYMMDD, years up to 20 read as 20YY; eight digits are
YYYYMMDD. ``>D`` is a role from D on, ``<D`` one up to D, a bare code a
role with no dates (what the person is outside their dated roles).
Rerunning on the same input gives the same file.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger("build_notables")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "phoenix_dictionaries" / "Phoenix.Countries.actors.txt"
DEFAULT_OUT = REPO / "src" / "dyadline" / "knowledge" / "data" / "notables.csv"
COUNTRIES = REPO / "src" / "dyadline" / "knowledge" / "data" / "countries.csv"
COLUMNS = ("person", "aliases", "iso3", "sector", "start", "end")

#: CAMEO country codes that are not the ISO3 code countries.csv uses
RESPELLED = {"KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "YUG": "SRB", "SCG": "SRB"}
#: CAMEO codes of international bodies (the longest prefix wins) and the package's code for each
IGO_PREFIXES = {
    "IGOUNO": "UN", "IGOUNOHLHWHO": "WHO", "IGOUNOREFHCR": "UNHCR", "IGOUNOIAE": "IAEA", "IGOUNOKID": "UNICEF",
    "IGOUNOLABILO": "ILO", "IGOUNODEVWBK": "WB", "IGOUNOWBK": "WB", "IGOUNOWFP": "WFP", "IGOUNOJUDICJ": "ICJ",
    "IGOUNOHRIHCH": "OHCHR", "IGOUNOENV": "UNEP", "IGOBUSIMF": "IMF", "IGOUNOBUSIMF": "IMF", "IGOWSTNAT": "NATO",
    "IGOEUREEC": "EU", "IGOSEAASN": "ASEAN", "IGOAFRAFU": "AU", "IGOAFROAU": "AU", "IGOOAS": "OAS",
    "IGOMEAARL": "ARL", "IGOJUDICC": "ICC", "IGOBUSWTO": "WTO", "IGOUNOWTO": "WTO", "IGOWAFWAS": "ECOWAS",
    "IGOMOSOIC": "OIC", "IGOBUSOPC": "OPEC", "IGOCOPITP": "INTERPOL", "IGOEURDEVEBR": "EBRD",
    "IGOASADEVADB": "ADB", "IGOSAFDEVSAD": "SADC", "IGOEAFEAC": "EAC", "IGOCWN": "COMW",
}
#: CAMEO sectors kept, with the PLOVER sector they become
SECTORS = {"GOV": "GOV", "ELI": "ELI", "MIL": "MIL", "OPP": "OPP", "REB": "REB", "JUD": "JUD", "LEG": "LEG",
           "COP": "COP", "SPY": "SPY", "PTY": "PTY", "BUS": "BUS", "MED": "JRN", "EDU": "EDU", "REL": "REL",
           "LAB": "LAB", "CVL": "CVL", "HLH": "MED", "AGR": "AGR", "CRM": "CRM", "UAF": "UAF", "REF": "REF"}
#: words that make an entry an institution or an office rather than a person
INSTITUTION_WORDS = frozenset({
    "ARMY", "FORCES", "FORCE", "PARTY", "MINISTRY", "MINISTER", "GOVERNMENT", "COUNCIL", "CONGRESS", "PARLIAMENT",
    "POLICE", "COURT", "OFFICE", "DEPARTMENT", "AGENCY", "COMMITTEE", "COMMISSION", "SECRETARY", "PRESIDENT",
    "ASSEMBLY", "SERVICE", "SERVICES", "GUARD", "GUARDS", "BUREAU", "FRONT", "MOVEMENT", "UNION", "BANK",
    "NAVY", "CABINET", "LEADER", "ATTORNEY", "REPRESENTATIVE", "HOUSE", "SENATE", "REGIME", "STATE", "OF",
    "INTELLIGENCE", "NATIONAL", "REPUBLIC", "KINGDOM", "EMPIRE", "DYNASTY", "CORPS", "BRIGADE", "MILITIA",
    "AUTHORITY", "ADMINISTRATION", "OFFICIALS", "CHIEF", "GENERAL", "AMBASSADOR", "SPOKESMAN", "FAMILY",
})
_CODE = re.compile(r"\[([A-Z]{6,12})((?:\s*[<>]?\s*\d{6,8})?(?:\s*-\s*\d{6,8})?)\s*\]")
_ENTRY = re.compile(r"^([^\s#\[+][^\s#\[]*)")


@dataclass(frozen=True)
class Role:
    iso3: str
    sector: str
    start: dt.date | None
    end: dt.date | None


def _date(digits: str) -> dt.date:
    if len(digits) == 8:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    if len(digits) != 6:
        raise ValueError(f"a date of {len(digits)} digits")
    year = int(digits[:2])
    return dt.date((2000 if year <= 20 else 1900) + year, int(digits[2:4]), int(digits[4:]))


def _role(code: str, span: str, countries: set[str]) -> Role | None:
    if code.startswith("IGO"):
        prefix = max((p for p in IGO_PREFIXES if code.startswith(p)), key=len, default=None)
        if prefix is None:
            return None
        iso3, sector = IGO_PREFIXES[prefix], "IGO"
    else:
        iso3 = RESPELLED.get(code[:3], code[:3])
        if iso3 not in countries:
            return None
        sector = SECTORS.get(code[3:6], "")
    span = span.replace(" ", "")
    start = end = None
    if span.startswith(">"):
        start = _date(span[1:])
    elif span.startswith("<"):
        end = _date(span[1:])
    elif "-" in span:
        first, last = span.split("-")
        start, end = _date(first), _date(last)
    elif span:
        start = end = _date(span)
    if start and end and end < start:
        raise ValueError(f"ends {end} before it starts {start}")
    return Role(iso3, sector, start, end)


def _name(entry: str) -> str:
    words = [w for w in entry.replace("_", " ").split() if w]
    return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) if w.isupper() else w for w in words)


def _is_person(entry: str) -> bool:
    words = [w for w in entry.split("_") if w]
    return len(words) >= 2 and not INSTITUTION_WORDS.intersection(words) and all(
        re.fullmatch(r"[A-Z][A-Z'.\-]*", w) for w in words)


def read_people(path: Path, countries: set[str]) -> list[tuple[str, list[str], list[Role]]]:
    """(name, aliases, roles) of each person entry of a Phoenix .actors file."""
    people: list[tuple[str, list[str], list[Role]]] = []
    current: tuple[str, list[str], list[Role]] | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("+"):
            if current is not None:
                alias = line[1:].strip().strip("_")
                if _is_person(alias):
                    current[1].append(_name(alias))
            continue
        codes = _CODE.findall(line)
        entry = _ENTRY.match(line)
        if entry is not None:
            name = entry.group(1).strip("_")
            current = (_name(name), [], []) if _is_person(name) else None
            if current is not None:
                people.append(current)
        if current is None:
            continue
        for code, span in codes:
            try:
                role = _role(code, span, countries)
            except ValueError as exc:
                logger.warning("%s line %d: role %s%s skipped (%s)", path.name, number, code, span, exc)
                continue
            if role is not None:
                current[2].append(role)
    return [p for p in people if p[2]]


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="Phoenix.Countries.actors.txt")
    parser.add_argument("--international", type=Path, default=None,
                        help="Phoenix.International.actors.txt (default: beside --source)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="notables.csv to write")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    if not args.source.is_file():
        logger.error("no Phoenix actors file at %s", args.source)
        return 1
    with COUNTRIES.open(encoding="utf-8", newline="") as fh:
        countries = {row["iso3"] for row in csv.DictReader(fh)}
    international = args.international or args.source.with_name("Phoenix.International.actors.txt")
    if not international.is_file():
        logger.error("no Phoenix international actors file at %s", international)
        return 1
    # (the heads of international bodies: "Kofi Annan" UN, "Javier Solana" NATO)
    people = read_people(args.source, countries) + read_people(international, countries)
    seen: set[tuple[str, ...]] = set()
    rows = []
    for name, aliases, roles in people:
        alias_text = "|".join(sorted({a for a in aliases if a != name}))
        for role in roles:
            row = (name, alias_text, role.iso3, role.sector, _iso(role.start), _iso(role.end))
            if row not in seen:
                seen.add(row)
                rows.append(row)
    rows.sort(key=lambda r: (r[0].casefold(), r[2], r[4], r[5], r[3]))
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    logger.info("%d people, %d roles written to %s", len({r[0] for r in rows}), len(rows), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
