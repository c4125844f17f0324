"""Office holders beyond heads of state (notables.csv, from the Phoenix dictionary): whole names only,
what the person is on the article's date, and a table the build script makes again byte for byte."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from dyadline.knowledge.notables import OPEN_UNTIL, Notable, NotableIndex, _what_on

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kb():
    from dyadline.knowledge import load_knowledge

    return load_knowledge()


@pytest.mark.parametrize(("name", "day", "country", "sector"), [
    ("Madeleine Albright", dt.date(1998, 5, 1), "USA", "GOV"),            # secretary of state 1997-2001
    ("Secretary of State Madeleine Albright", dt.date(1998, 5, 1), "USA", "GOV"),  # the title is dropped
    ("Madeleine K. Albright", dt.date(1998, 5, 1), "USA", "GOV"),         # an alias of the dictionary
    ("Madeleine Albright", dt.date(2005, 1, 1), "USA", "ELI"),            # after her last role: former
    ("Mohammad Khatami", dt.date(2000, 1, 1), "IRN", "GOV"),
    ("Kofi Annan", dt.date(2001, 9, 1), "UN", "IGO"),                    # a head of an international body
    ("Boutros Boutros-Ghali", dt.date(1999, 1, 1), "UN", "ELI"),          # after his term: former
])
def test_an_office_holder_on_a_date(kb, name, day, country, sector):
    found = kb.notable_on(name, day)
    assert found is not None, name
    assert (found.country, found.sector) == (country, sector), found.why


@pytest.mark.parametrize("name", ["Albright", "Mr Albright", "Khatami", "Nobody Atall", ""])
def test_a_surname_alone_or_an_unknown_name_finds_no_one(kb, name):
    assert kb.notable_on(name, dt.date(1998, 5, 1)) is None


def _index(*roles: Notable) -> NotableIndex:
    index: dict[str, tuple[int, ...]] = {}
    for i, role in enumerate(roles):
        index.setdefault(role.person.lower(), ())
        index[role.person.lower()] += (i,)
    return NotableIndex(tuple(roles), index)


def test_a_name_of_two_countries_needs_one_of_them_in_office():
    index = _index(Notable("Ali Hassan", "EGY", "GOV", dt.date(1990, 1, 1), dt.date(1995, 1, 1)),
                   Notable("Ali Hassan", "SDN", "GOV", dt.date(2000, 1, 1), dt.date(2004, 1, 1)))
    assert index.on("Ali Hassan", dt.date(2002, 6, 1)).country == "SDN"
    assert index.on("Ali Hassan", dt.date(1992, 6, 1)).country == "EGY"
    assert index.on("Ali Hassan", dt.date(1998, 6, 1)) is None  # neither in office: no guess


def test_a_role_left_open_in_2014_is_not_taken_to_run_today():
    roles = [Notable("Ama Mensah", "GHA", "GOV", dt.date(2011, 2, 1), None)]
    assert _what_on(roles, dt.date(2013, 1, 1)).sector == "GOV"
    later = _what_on(roles, OPEN_UNTIL + dt.timedelta(days=400))
    assert (later.country, later.sector) == ("GHA", None)


def test_a_named_sector_beats_eli_and_the_undated_role_fills_gaps():
    roles = [Notable("Kwame Ofori", "GHA", "ELI", dt.date(1950, 1, 1), dt.date(1990, 1, 1)),
             Notable("Kwame Ofori", "GHA", "GOV", dt.date(1985, 1, 1), dt.date(1990, 1, 1)),
             Notable("Kwame Ofori", "GHA", "OPP", None, None)]
    assert _what_on(roles, dt.date(1987, 1, 1)).sector == "GOV"
    assert _what_on(roles, dt.date(1970, 1, 1)).sector == "ELI"
    assert _what_on(roles, dt.date(1940, 1, 1)).sector == "OPP"


def test_an_unknown_official_is_found_in_a_sentence(code_text):
    events = code_text("Secretary of State Madeleine Albright pressed Israel to freeze settlement building.",
                       date=dt.date(1998, 1, 15))
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests, [(e.event_type, e.trigger.text) for e in events]
    assert [(a.country, a.sector, a.name) for a in requests[0].source] == [("USA", "GOV", "Madeleine Albright")]


def test_build_notables_is_rerunnable(tmp_path, shared_dir):
    source = shared_dir / "data" / "phoenix_dictionaries" / "Phoenix.Countries.actors.txt"
    assert source.is_file(), f"{source} is missing: the shared data must be present"
    out = tmp_path / "notables.csv"
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_notables.py"), "--source", str(source),
                    "--out", str(out)], check=True, capture_output=True, timeout=300)
    shipped = REPO / "src" / "dyadline" / "knowledge" / "data" / "notables.csv"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


def test_the_build_reads_roles_aliases_and_dates(tmp_path):
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from build_notables import read_people
    finally:
        sys.path.remove(str(REPO / "scripts"))
    source = tmp_path / "actors.txt"
    source.write_text(
        "# a comment\n"
        "GHANA_  [GHA]\n"
        "KWAME_OFORI_  # CountryInfo.txt\n"
        "+K._OFORI_\n"
        "+KWAME_ATTA_OFORI\n"
        "\t[GHAELI 550101-930127]\n"
        "\t[GHAGOVAGR >970123]\n"
        "\t[XXXGOV 970123-010120]\n"
        "MINISTRY_OF_FINANCE_\n"
        "\t[GHAGOV]\n", encoding="utf-8")
    people = read_people(source, {"GHA"})
    assert [(name, aliases) for name, aliases, _ in people] == [("Kwame Ofori", ["K. Ofori", "Kwame Atta Ofori"])]
    roles = people[0][2]
    assert [(r.iso3, r.sector, r.start, r.end) for r in roles] == [
        ("GHA", "ELI", dt.date(1955, 1, 1), dt.date(1993, 1, 27)),
        ("GHA", "GOV", dt.date(1997, 1, 23), None),
    ]


def test_a_user_table_adds_people_and_stands_before_the_shipped_tables(tmp_path):
    from dyadline.knowledge import load_knowledge

    table = tmp_path / "actors.csv"
    table.write_text("alias,code,kind,sector\nMusalia Mudavadi,KEN,person,GOV\nKofi Annan,GHA,person,ELI\n"
                     "Hamas,PSE,institution,REB\n", encoding="utf-8")
    user = load_knowledge(table)
    found = user.user_person("Foreign Minister Musalia Mudavadi")
    assert found is not None and (found.country, found.sector) == ("KEN", "GOV")
    assert user.user_person("Mudavadi") is None  # whole names only, as in the shipped table
    assert user.match_country("Musalia Mudavadi") is None  # a person is no name of a country
    assert user.match_country("Hamas").code == "PSE"  # the table's other kinds still apply
    assert load_knowledge().user_person("Musalia Mudavadi") is None  # the default base has no user table


def test_a_user_s_person_resolves_in_a_sentence_before_the_shipped_role(tmp_path):
    from dyadline.coder import Coder
    from dyadline.records import Document
    from dyadline.settings import Settings

    table = tmp_path / "actors.csv"
    table.write_text("alias,code,kind,sector\nKofi Annan,GHA,person,ELI\n", encoding="utf-8")
    text = "Kofi Annan urged Israel to withdraw its forces from Jenin."
    day = dt.date(2002, 4, 5)
    shipped = Coder().code(Document(id="a", text=text, date=day, origin="t"))
    users = Coder(settings=Settings(user_actors=table)).code(Document(id="b", text=text, date=day, origin="t"))
    asked = [[(a.country, a.sector) for a in e.source] for e in shipped if e.event_type == "REQUEST"]
    assert asked == [[("UN", "IGO")]], asked
    asked = [[(a.country, a.sector) for a in e.source] for e in users if e.event_type == "REQUEST"]
    assert asked == [[("GHA", "ELI")]], asked
