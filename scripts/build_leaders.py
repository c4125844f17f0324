"""Build src/dyadline/knowledge/data/leaders.csv from the Wikidata leaders dump.

    python scripts/build_leaders.py --source ../shared/data/leaders_wikidata \
        --out src/dyadline/knowledge/data/leaders.csv

Reads leaders_history.csv and leaders_current.csv (Wikidata P35/P6 office
holders, CC0) and writes one compact row per term of office: iso3, role,
person, wikidata, start, end, surname, aliases. The dump's country names are
Portuguese and are dropped (the package names countries from its own
countries.csv); some person labels are Portuguese too and are replaced by
their English Wikidata labels for the leaders listed in ENGLISH_NAMES (the
original label is kept as an alias).

Cleaning: undated rows that are not current office holders are dropped
(they are mostly fictional presidents); an open-ended row that is not a
current holder ends when the next holder of the office starts; an open
row starting inside another person's dated term is dropped; consecutive
terms of the same person are merged; terms that ended before --since are
dropped. Rerunning on the same input gives the same file.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import logging
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

logger = logging.getLogger("build_leaders")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "leaders_wikidata"
DEFAULT_OUT = REPO / "src" / "dyadline" / "knowledge" / "data" / "leaders.csv"
COUNTRIES = REPO / "src" / "dyadline" / "knowledge" / "data" / "countries.csv"
COLUMNS = ("iso3", "role", "person", "wikidata", "start", "end", "surname", "aliases")
SOURCE_COLUMNS = ("iso3", "role", "person", "person_qid", "start", "end")
ROLES = ("head_of_state", "head_of_government")
MERGE_GAP = dt.timedelta(days=7)

#: English Wikidata labels (and common short names) where the dump has a Portuguese or
#: French label: QID -> (English name, extra aliases).
ENGLISH_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Q43274": ("Charles III", ("King Charles",)),
    "Q146906": ("Hussein of Jordan", ("King Hussein",)),
    "Q12976": ("Baudouin of Belgium", ("King Baudouin",)),
    "Q154946": ("Juliana of the Netherlands", ("Queen Juliana",)),
    "Q165674": ("Franz Joseph II of Liechtenstein", ("Franz Joseph II",)),
    "Q69103": ("Hassan II of Morocco", ("Hassan II", "King Hassan")),
    "Q154912": ("Olav V of Norway", ("Olav V", "King Olav")),
    "Q208301": ("Khalid of Saudi Arabia", ("King Khalid",)),
    "Q9682": ("Elizabeth II", ("Queen Elizabeth",)),
    "Q154952": ("Willem-Alexander of the Netherlands", ("Willem-Alexander",)),
    "Q57287": ("Harald V of Norway", ("Harald V",)),
    "Q1004037": ("Frederik X of Denmark", ("Frederik X",)),
    "Q155004": ("Philippe of Belgium", ("King Philippe",)),
    "Q57464": ("Abdullah II of Jordan", ("Abdullah II", "King Abdullah")),
    "Q217096": ("Naruhito", ("Emperor Naruhito",)),
    "Q45068": ("Carl XVI Gustaf", ("Carl Gustaf",)),
    "Q191045": ("Felipe VI", ("King Felipe",)),
    "Q57340": ("Mswati III", ()),
    "Q57553": ("Mohammed VI of Morocco", ("Mohammed VI",)),
    "Q3910": ("Albert II, Prince of Monaco", ("Albert II",)),
    "Q57454": ("Hans-Adam II", ()),
    "Q57537": ("Letsie III", ()),
    "Q161319": ("Guillaume, Grand Duke of Luxembourg", ("Grand Duke Guillaume",)),
    "Q6109517": ("Pope Leo XIV", ("Leo XIV", "Robert Prevost")),
    "Q1951896": ("Mohamed bin Zayed Al Nahyan", ("Mohamed bin Zayed", "MBZ")),
    "Q6892571": ("Mohammed bin Salman", ("MBS",)),
    "Q367825": ("Salman of Saudi Arabia", ("King Salman", "Salman bin Abdulaziz Al Saud")),
    "Q2657043": ("Sultan Ibrahim of Johor", ("Sultan Ibrahim", "Ibrahim Iskandar")),
    "Q124846311": ("Transitional Presidential Council", ()),
    "Q3874799": ("Volodymyr Zelenskyy", ("Volodymyr Zelensky", "Zelensky")),
    "Q48283": ("Yulia Tymoshenko", ()),
    "Q1459658": ("Viktor Yanukovych", ()),
    "Q629702": ("Leonid Kuchma", ()),
    "Q66094865": ("Denys Shmyhal", ()),
    "Q64486491": ("Oleksiy Honcharuk", ()),
    "Q4150130": ("Volodymyr Groysman", ()),
    "Q56235580": ("Alexander Turchin", ()),
    "Q57366": ("Emomali Rahmon", ()),
    "Q37181": ("Luiz Inácio Lula da Silva", ("Lula",)),
    "Q307871": ("Abdel Fattah el-Sisi", ("el-Sisi", "Sisi")),
    "Q3700793": ("Mohammed Shia al-Sudani", ()),
    "Q63111184": ("Abdel Fattah al-Burhan", ()),
    "Q57808": ("Shavkat Mirziyoyev", ()),
    "Q2866": ("Alexander Lukashenko", ("Lukashenka",)),
    "Q23530": ("Dmitry Medvedev", ()),
    "Q147425": ("Viktor Zubkov", ()),
    "Q15031": ("Xi Jinping", ()),
    "Q56226": ("Kim Jong Un", ()),
    "Q7934206": ("Ahmed al-Sharaa", ("Abu Mohammad al-Jolani",)),
    "Q57336": ("Ali Khamenei", ("Ayatollah Khamenei",)),
    "Q3911": ("Albert II of Belgium", ("King Albert",)),
    "Q1060355": ("Simeon Saxe-Coburg-Gotha", ("Simeon II",)),
    "Q29574": ("Beatrix of the Netherlands", ("Queen Beatrix",)),
    "Q102139": ("Margrethe II of Denmark", ("Margrethe II",)),
    "Q19943": ("Juan Carlos I", ("King Juan Carlos",)),
    "Q16004": ("Henri, Grand Duke of Luxembourg", ("Grand Duke Henri",)),
    "Q15988": ("Jean, Grand Duke of Luxembourg", ("Grand Duke Jean",)),
    "Q185025": ("Rainier III, Prince of Monaco", ("Rainier III",)),
    "Q57550": ("Abdul Halim of Kedah", ()),
    "Q5244614": ("Muhammad V of Kelantan", ()),
    "Q57298": ("Abdullah of Saudi Arabia", ("King Abdullah",)),
    "Q183187": ("Fahd of Saudi Arabia", ("King Fahd",)),
    "Q989": ("Pope John Paul II", ("John Paul II",)),
    "Q2494": ("Pope Benedict XVI", ("Benedict XVI",)),
    "Q450675": ("Pope Francis", ()),
    "Q34453": ("Boris Yeltsin", ()),
    "Q189732": ("Leonid Kravchuk", ()),
    "Q57794": ("Bidzina Ivanishvili", ()),
    "Q151917": ("George Papandreou", ("Georgios Papandreou",)),
    "Q188978": ("Kostas Karamanlis", ("Konstantinos Karamanlis",)),
    "Q57806": ("Antonis Samaras", ()),
    "Q57334": ("Demetris Christofias", ()),
    "Q200776": ("Tassos Papadopoulos", ()),
    "Q552751": ("Kyriakos Mitsotakis", ()),
    "Q82918": ("Saparmurat Niyazov", ()),
    "Q50365049": ("Abiy Ahmed", ("Abiy",)),
    "Q348144": ("Hassan Rouhani", ()),
    "Q212953": ("Sergei Sidorsky", ()),
    "Q85317569": ("Mustafa Al-Kadhimi", ()),
    "Q54901515": ("Mostafa Madbouly", ()),
    "Q24692": ("Almazbek Atambayev", ()),
    "Q101751482": ("Artem Novikov", ()),
    "Q4404442": ("Bakhytzhan Sagintayev", ()),
    "Q3847080": ("Lai Ching-te", ("William Lai",)),
    "Q983324": ("Ferdinand Marcos Jr.", ("Bongbong Marcos",)),
    "Q13026319": ("Paetongtarn Shinawatra", ()),
    "Q1059948": ("Khalifa bin Zayed Al Nahyan", ()),
}

_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "das", "do", "dos", "del", "della", "di",
                        "du", "la", "le", "al", "el", "bin", "ibn", "ter", "ten", "zu"})
_GENERATIONAL = re.compile(r"^(?:Jr\.?|Sr\.?|[IVX]+)$")
_FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM"})
_QID = re.compile(r"Q\d+")


@dataclass(frozen=True)
class Term:
    iso3: str
    role: str
    person: str
    qid: str
    start: dt.date | None
    end: dt.date | None
    current: bool = False


def parse_date(value: str) -> dt.date | None:
    """A Wikidata time ("2003-10-31T00:00:00Z") as a date; None for blank nodes and odd dates."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T.*)?", value.strip())
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def read_terms(path: Path, *, current: bool) -> list[Term]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in SOURCE_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
        terms = []
        for row in reader:
            person, qid, role = row["person"].strip(), row["person_qid"].strip(), row["role"].strip()
            if not person or not _QID.fullmatch(qid) or _QID.fullmatch(person) or role not in ROLES:
                continue
            terms.append(Term(row["iso3"].strip().upper(), role, person, qid,
                              parse_date(row["start"]), parse_date(row["end"]), current))
    return terms


def clean_group(terms: list[Term], current: set[tuple[str, str, str]]) -> list[Term]:
    """One office (country, role): settle open ends, drop undated and fictional rows."""
    terms = sorted(set(terms), key=lambda t: (t.start or dt.date.max, t.qid, t.end or dt.date.max, t.person))
    latest_start: dict[str, dt.date | None] = {}
    for t in terms:
        latest_start[t.qid] = t.start
    dated = [t for t in terms if t.start and t.end]
    out = []
    for t in terms:
        is_current = (t.iso3, t.role, t.qid) in current
        if t.start is None:
            if is_current and t.end is None:
                out.append(t)
            continue
        if t.end is not None:
            if t.end >= t.start:
                out.append(t)
            else:
                logger.debug("dropped %s %s %s: ends before it starts", t.iso3, t.role, t.person)
            continue
        if is_current and latest_start[t.qid] == t.start:
            out.append(t)
            continue
        if any(d.qid != t.qid and d.start < t.start < d.end for d in dated):
            logger.debug("dropped %s %s %s (%s): starts inside another term", t.iso3, t.role, t.person, t.start)
            continue
        successor = next((s.start for s in terms if s.qid != t.qid and s.start and s.start > t.start), None)
        if successor is None:
            logger.debug("dropped %s %s %s: open term, not a current holder", t.iso3, t.role, t.person)
            continue
        out.append(replace(t, end=successor))
    return merge(out)


def merge(terms: list[Term]) -> list[Term]:
    """Join consecutive terms of the same person (re-elections, caretaker days, duplicate rows)."""
    out: list[Term] = []
    for t in sorted(terms, key=lambda t: (t.start or dt.date.min, t.qid, t.end or dt.date.max)):
        prev = out[-1] if out else None
        if (prev is not None and prev.qid == t.qid and prev.end is not None and t.start is not None
                and t.start <= prev.end + MERGE_GAP):
            out[-1] = replace(prev, end=None if t.end is None else max(prev.end, t.end))
            continue
        out.append(t)
    return out


def surname(person: str, iso3: str) -> str:
    words = [w for w in person.replace(",", " ").split() if not _GENERATIONAL.match(w)] or person.split()
    if iso3 in _FAMILY_FIRST and len(words) > 1 and (iso3 != "HKG" or "-" in words[-1]):
        return words[0]
    last = len(words) - 1
    first = last
    while first > 1 and words[first - 1].lower() in _PARTICLES:
        first -= 1
    return " ".join(words[first:last + 1])


def build(source: Path, since: dt.date) -> list[list[str]]:
    history = read_terms(source / "leaders_history.csv", current=False)
    now = read_terms(source / "leaders_current.csv", current=True)
    current = {(t.iso3, t.role, t.qid) for t in now}
    groups: dict[tuple[str, str], list[Term]] = defaultdict(list)
    for t in history + now:
        groups[(t.iso3, t.role)].append(replace(t, current=False))
    rows = []
    for (iso3, role), terms in sorted(groups.items()):
        for t in clean_group(terms, current):
            if t.end is not None and t.end < since:
                continue
            english, extra = ENGLISH_NAMES.get(t.qid, (t.person, ()))
            aliases = [a for a in dict.fromkeys((t.person, *extra)) if a != english]
            rows.append([iso3, role, english, t.qid, t.start.isoformat() if t.start else "",
                         t.end.isoformat() if t.end else "", surname(english, iso3), "|".join(aliases)])
    return rows


def known_codes(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["iso3"] for row in csv.DictReader(fh)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder with leaders_*.csv")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="leaders.csv to write")
    # (1979: where GDELT's event record begins, so that the leaders of the older wire stories event data is
    # coded from are known, as former leaders in a later article)
    parser.add_argument("--since", type=dt.date.fromisoformat, default=dt.date(1979, 1, 1),
                        help="drop terms that ended before this date (default 1979-01-01)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(message)s")
    try:
        rows = build(args.source, args.since)
    except (OSError, ValueError, csv.Error) as exc:
        logger.error("cannot build leaders table: %s", exc)
        return 1
    codes = known_codes(COUNTRIES)
    unknown = sorted({r[0] for r in rows} - codes) if codes else []
    if unknown:
        logger.warning("codes not in countries.csv: %s", ", ".join(unknown))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    logger.info("wrote %d terms to %s", len(rows), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
