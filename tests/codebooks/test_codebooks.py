"""The codebook tables and their lookup API."""

from __future__ import annotations

import dataclasses
import re
from importlib import resources

import pytest

from dyadline.codebooks import (
    CameoCode,
    Codebooks,
    CrosswalkEntry,
    load_codebooks,
    parse_crosswalk,
)
from dyadline.errors import CodebookError

PLOVER_TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST "
    "ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()

# Defaults whose CAMEO code the crosswalk reads as another PLOVER type
# (CAMEO has no closer code); documented in codebooks/data/README.md.
DEFAULT_CROSSWALK_EXCEPTIONS = {
    ("RETREAT", "resign", None): "CONCEDE",
    ("SANCTION", "convict", None): "ACCUSE",
}
# Crosswalk codes that are not in the CAMEO table.
CROSSWALK_CODES_NOT_IN_CAMEO = {"1214"}
# Crosswalk rows whose mode is not a v0.8 mode of their type (file kept unchanged).
CROSSWALK_MODE_EXCEPTIONS = {
    ("0842", "return"),
    ("085", "ease"),
    ("132", "ban"),
    ("1321", "political"),
    ("1322", "ban"),
    ("1712", "seize"),
    ("1722", "ban"),
    ("175", "pro_autocracy"),
    ("185", "assassinate"),
    ("186", "assassinate"),
    ("200", "massacre"),
    ("201", "cleansing"),
    ("202", "massacre"),
    ("203", "cleansing"),
}
CROSSWALK_CONTEXT_EXCEPTIONS = {("0811", "democracy"), ("0812", "democracy"), ("082", "democracy")}


@pytest.fixture(scope="module")
def books() -> Codebooks:
    return load_codebooks()


# -- loading -------------------------------------------------------------------


def test_load_is_cached(books: Codebooks) -> None:
    assert load_codebooks() is books


def test_tables_are_read_only(books: Codebooks) -> None:
    with pytest.raises(TypeError):
        books.plover_types["NEW"] = books.plover_types["AGREE"]  # type: ignore[index]
    with pytest.raises(TypeError):
        books.sectors["XXX"] = "x"  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        books.cameo("190").goldstein = 0.0  # type: ignore[misc]


def test_crosswalk_file_is_shipped_unchanged() -> None:
    text = resources.files("dyadline.codebooks").joinpath("data", "CAMEO2PLOVER-2021.txt")
    content = text.read_text(encoding="utf-8")
    assert content.startswith("# CAMEO to PLOVER conversion table")
    assert "0333: AGREE,  , humanitarian # Express intent to provide humanitarian aid" in content
    assert content.rstrip().endswith("~~~~~")


# -- PLOVER --------------------------------------------------------------------


def test_sixteen_plover_types_in_manual_order(books: Codebooks) -> None:
    assert list(books.plover_types) == PLOVER_TYPES
    assert all(t.description for t in books.plover_types.values())


@pytest.mark.parametrize(
    ("event_type", "quad"),
    [("AGREE", 1), ("CONCEDE", 1), ("AID", 2), ("RETREAT", 2), ("REQUEST", 3), ("THREATEN", 3),
     ("PROTEST", 4), ("SANCTION", 4), ("ASSAULT", 4)],
)
def test_plover_quad_classes(books: Codebooks, event_type: str, quad: int) -> None:
    assert books.plover_types[event_type].quad_class == quad


def test_joint_types_are_the_acts_parties_do_together(books: Codebooks) -> None:
    joint = {t.name for t in books.plover_types.values() if t.joint}
    assert joint == {"AGREE", "CONSULT", "SUPPORT", "COOPERATE"}


def test_a_joint_flag_that_is_not_0_or_1_names_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from dyadline.codebooks import loader

    tables = {"plover_types.csv": "type,quad_class,joint,description\nAGREE,1,1,x\nCONSULT,1,yes,y\n",
              "plover_modes.csv": "type,mode,description\nCONSULT,visit,z\n"}
    monkeypatch.setattr(loader, "_read_text", tables.__getitem__)
    with pytest.raises(CodebookError, match=r"plover_types.csv, line 3: joint 'yes' is not 0 or 1"):
        loader._plover_types()


def test_modes(books: Codebooks) -> None:
    assert books.plover_types["CONSULT"].modes == ("visit", "third-party", "multilateral", "phone")
    assert books.plover_types["AGREE"].modes == ()
    assert "aerial" in books.plover_types["ASSAULT"].modes
    assert books.is_valid_mode("COERCE", "arrest")
    assert books.is_valid_mode("ASSAULT", "heavy-weapons")
    assert not books.is_valid_mode("COERCE", "aerial")
    assert not books.is_valid_mode("ASSAULT", "massacre")  # commented out in the v0.8 manual
    with pytest.raises(CodebookError, match="FIGHT"):
        books.is_valid_mode("FIGHT", "aerial")


def test_contexts_and_sectors(books: Codebooks) -> None:
    assert len(books.contexts) == len(set(books.contexts)) == 38
    for name in ("military", "pro_democracy", "human_rights", "illegal_drugs", "humanitarian"):
        assert name in books.contexts
    assert set(books.sectors) == set(
        "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF "
        "OPP PRE REL SOC".split()
    )
    assert all(books.sectors.values())


# -- CAMEO ---------------------------------------------------------------------


def test_cameo_table(books: Codebooks) -> None:
    assert len(books.cameo_codes) == 312
    assert books.cameo("0311") == CameoCode(
        "0311", "Express intent to cooperate economically", 5.2, "03", 1
    )
    assert books.cameo("042").name == "Make a visit"
    for code in books.cameo_codes.values():
        assert code.code.startswith(code.root)
        assert 2 <= len(code.code) <= 4 and code.code.isdigit()
        assert -10.0 <= code.goldstein <= 10.0


@pytest.mark.parametrize(
    ("code", "goldstein"),
    [("190", -10.0), ("1823", -10.0), ("042", 1.9), ("043", 2.8), ("057", 8.0), ("173", -5.0),
     ("016", -5.0), ("0874", 10.0)],
)
def test_goldstein(books: Codebooks, code: str, goldstein: float) -> None:
    assert books.goldstein(code) == goldstein


@pytest.mark.parametrize(
    ("code", "quad"),
    [("01", 1), ("0311", 1), ("057", 1), ("06", 2), ("073", 2), ("0874", 2), ("09", 3),
     ("112", 3), ("1385", 3), ("14", 4), ("163", 4), ("173", 4), ("195", 4), ("2042", 4)],
)
def test_quad_class_of_cameo_codes(books: Codebooks, code: str, quad: int) -> None:
    assert books.quad_class(code) == quad
    assert books.cameo(code).quad_class == quad


def test_quad_class_follows_root_ranges(books: Codebooks) -> None:
    for code in books.cameo_codes.values():
        root = int(code.root)
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert code.quad_class == expected, code
    assert books.quad_class_labels[4] == "material conflict"


@pytest.mark.parametrize("bad", ["999", "311", "0", "", "19a"])
def test_unknown_cameo_code_raises_naming_it(books: Codebooks, bad: str) -> None:
    for lookup in (books.cameo, books.goldstein, books.quad_class, books.crosswalk):
        with pytest.raises(CodebookError, match=re.escape(repr(bad))):
            lookup(bad)


def test_integer_code_is_refused(books: Codebooks) -> None:
    with pytest.raises(CodebookError, match="311"):
        books.cameo(311)  # type: ignore[arg-type]


# -- crosswalk -----------------------------------------------------------------


def test_crosswalk_known_rows(books: Codebooks) -> None:
    assert books.crosswalk("0333") == CrosswalkEntry("0333", "AGREE", None, ("humanitarian",))
    assert books.crosswalk("1823").event_type == "ASSAULT"
    assert books.crosswalk("195") == CrosswalkEntry(
        "195", "ASSAULT", "heavy-weapons", ("military",)
    )
    assert books.crosswalk("042") == CrosswalkEntry("042", "CONSULT", "visit", ())
    assert books.crosswalk("173") == CrosswalkEntry("173", "COERCE", "arrest", ("legal",))
    assert books.crosswalk("091").context == ("crime", "corruption")
    assert books.crosswalk("0861").mode == "access"  # "access " in the file
    assert books.crosswalk("163").event_type == "COERCE"  # as the file says
    assert books.crosswalk("08").event_type == "CONCEDE"  # first of two "08" rows


def test_crosswalk_covers_cameo_03_to_20(books: Codebooks) -> None:
    for code in books.cameo_codes:
        if code[:2] in ("01", "02"):
            with pytest.raises(CodebookError, match=code):
                books.crosswalk(code)
        else:
            assert books.crosswalk(code).event_type in PLOVER_TYPES


def test_crosswalk_rows_are_valid_or_listed_exceptions(books: Codebooks) -> None:
    rows = books.crosswalk_rows
    assert len(rows) == 276
    not_in_cameo = {r.cameo for r in rows if r.cameo not in books.cameo_codes}
    assert not_in_cameo == CROSSWALK_CODES_NOT_IN_CAMEO
    assert {r.event_type for r in rows} == set(PLOVER_TYPES)
    bad_modes = {
        (r.cameo, r.mode) for r in rows if r.mode and not books.is_valid_mode(r.event_type, r.mode)
    }
    assert bad_modes == CROSSWALK_MODE_EXCEPTIONS
    bad_contexts = {(r.cameo, c) for r in rows for c in r.context if c not in books.contexts}
    assert bad_contexts == CROSSWALK_CONTEXT_EXCEPTIONS


def test_crosswalk_duplicates(books: Codebooks) -> None:
    seen: dict[str, list[CrosswalkEntry]] = {}
    for row in books.crosswalk_rows:
        seen.setdefault(row.cameo, []).append(row)
    dups = {code: rows for code, rows in seen.items() if len(rows) > 1}
    assert set(dups) == {"08", "175"}
    assert [r.event_type for r in dups["08"]] == ["CONCEDE", "RETREAT"]
    assert dups["175"][0] == dups["175"][1]


def test_crosswalk_falls_back_to_nearest_parent(books: Codebooks) -> None:
    small = Codebooks(
        cameo_codes=books.cameo_codes,
        plover_types=books.plover_types,
        contexts=books.contexts,
        sectors=books.sectors,
        crosswalk_rows=parse_crosswalk("18: ASSAULT\n182: ASSAULT, beat,\n"),
        default_rows=(),
        quad_labels=books.quad_class_labels,
    )
    assert small.crosswalk("1823") == CrosswalkEntry("182", "ASSAULT", "beat", ())
    assert small.crosswalk("186") == CrosswalkEntry("18", "ASSAULT", None, ())
    with pytest.raises(CodebookError, match="190"):
        small.crosswalk("190")


def test_parse_crosswalk_formats_and_odd_lines() -> None:
    text = (
        "# header\n\n"
        "03: AGREE\n"
        "035: AGREE,  ,      # blank mode and context\n"
        "091: ACCUSE, investigate, crime; corruption # two contexts\n"
        "0861: RETREAT, access , peacekeeping\n"
        "~~~~~\n"
    )
    assert parse_crosswalk(text) == (
        CrosswalkEntry("03", "AGREE", None, ()),
        CrosswalkEntry("035", "AGREE", None, ()),
        CrosswalkEntry("091", "ACCUSE", "investigate", ("crime", "corruption")),
        CrosswalkEntry("0861", "RETREAT", "access", ("peacekeeping",)),
    )


@pytest.mark.parametrize(
    "line", ["0333 AGREE", "x1: AGREE", "033: ", "033: AGREE, a, b, c", "03333: AGREE"]
)
def test_parse_crosswalk_rejects_malformed_lines(line: str) -> None:
    with pytest.raises(CodebookError, match="line 2"):
        parse_crosswalk(f"# header\n{line}\n")


# -- defaults ------------------------------------------------------------------


def test_default_codes_exist_and_use_valid_names(books: Codebooks) -> None:
    for row in books.default_codes:
        assert row.cameo in books.cameo_codes, row
        assert row.mode is None or books.is_valid_mode(row.event_type, row.mode), row
        assert row.context is None or row.context in books.contexts, row


def test_every_type_and_mode_has_a_default(books: Codebooks) -> None:
    keys = {(r.event_type, r.mode) for r in books.default_codes if r.context is None}
    for ptype in books.plover_types.values():
        assert (ptype.name, None) in keys
        for mode in ptype.modes:
            assert (ptype.name, mode) in keys


def test_defaults_crosswalk_back_to_their_type(books: Codebooks) -> None:
    exceptions = {}
    for row in books.default_codes:
        code = books.default_cameo(row.event_type, row.mode, row.context)
        assert code == row.cameo
        back = books.crosswalk(code).event_type
        if back != row.event_type:
            exceptions[(row.event_type, row.mode, row.context)] = back
    assert exceptions == DEFAULT_CROSSWALK_EXCEPTIONS


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("ASSAULT",), "190"),
        (("ASSAULT", "aerial"), "195"),
        (("COERCE", "arrest"), "173"),
        (("CONSULT", "visit"), "042"),
        (("SANCTION", "discontinue"), "161"),
        (("AID",), "070"),
        (("ACCUSE",), "112"),
        (("THREATEN",), "130"),
        (("AGREE",), "030"),
    ],
)
def test_default_cameo_examples(books: Codebooks, args: tuple[str, ...], code: str) -> None:
    assert books.default_cameo(*args) == code


def test_default_cameo_context_lookup(books: Codebooks) -> None:
    assert books.default_cameo("AID", context="humanitarian") == "073"
    assert books.default_cameo("AID", None, ("legal", "military")) == "072"
    assert books.default_cameo("AID", context="legal") == "070"  # no AID/legal row: type default
    assert books.default_cameo("RETREAT", "access", "humanitarian") == "0863"
    assert books.default_cameo("ASSAULT", "firearms", "cbrn") == "193"  # mode beats context
    assert books.default_cameo("ASSAULT", None, "cbrn") == "204"
    assert "043" in next(
        r.note for r in books.default_codes if (r.event_type, r.mode) == ("CONSULT", "visit")
    )


def test_default_cameo_rejects_unknown_names(books: Codebooks) -> None:
    with pytest.raises(CodebookError, match="FIGHT"):
        books.default_cameo("FIGHT")
    with pytest.raises(CodebookError, match="aerial"):
        books.default_cameo("PROTEST", "aerial")
    with pytest.raises(CodebookError, match="space"):
        books.default_cameo("AID", context="space")
