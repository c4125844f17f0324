"""How often an ACLED row's notes write the name of ACLED's own location or of its
administrative areas: an upper bound for any geocoder that reads only the notes, whatever its
gazetteer (ACLED rows are read from ../shared/data, never copied).

    python scripts/acled_place_names.py [--data ../shared/data]

For each set it prints the share of rows whose notes contain (as whole words, ignoring case)
the ``location`` column's name (its part before a bracket, dash or comma: "Kutu",
"Nairobi-Westlands" -> "Nairobi"), and the share whose notes contain that name or the name of
its ``admin1``, ``admin2`` or ``admin3`` area.
"""

from __future__ import annotations

import argparse
import csv
import logging
import re
from pathlib import Path

from dyadline.evaluation.acled_where import SETS

log = logging.getLogger("acled_place_names")


def _named(name: str, notes: str) -> bool:
    name = re.split(r"[-(/,]", name)[0].strip().lower()
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", notes) is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for dataset, relative in SETS.items():
        path = args.data / relative
        rows = location = any_area = 0
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                notes = row["notes"].lower()
                rows += 1
                here = _named(row["location"], notes)
                location += here
                any_area += here or any(_named(row[k], notes) for k in ("admin1", "admin2", "admin3") if row.get(k))
        log.info("%s: %d rows; notes name ACLED's location %.3f, the location or one of its areas %.3f",
                 dataset, rows, location / rows, any_area / rows)


if __name__ == "__main__":
    main()
