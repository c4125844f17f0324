"""Reading inputs for the store: kinds by suffix, folders, HTML, feeds, CSV (no coder involved)."""

from __future__ import annotations

import datetime as dt

import pytest
from store_inputs import write_inputs

from dyadline.errors import InvalidDateError
from dyadline.records import Document, Failure
from dyadline.settings import load_settings
from dyadline.store.sources import SourceOptions, kind_of, read_sources
from dyadline.store.sources_csv import parse_table_date
from dyadline.store.sources_web import html_to_text, read_html_document

SETTINGS = load_settings()


def read(paths, **options):  # noqa: ANN001, ANN201
    return list(read_sources([str(p) for p in paths], options=SourceOptions(**options), settings=SETTINGS))


def name(item: Document | Failure) -> str:
    return item.origin.rsplit("/", 1)[-1]


def test_kinds_come_from_suffixes():
    assert [kind_of(p) for p in ("a.TXT", "b.jsonl", "c.htm", "d.atom", "e.tsv", "f", "g.pdf")] == [
        "text", "jsonl", "html", "feed", "csv", "text", None,
    ]


def test_a_folder_is_read_recursively_in_order_skipping_unknown_and_hidden_files(tmp_path):
    items = read([write_inputs(tmp_path / "in")])
    assert [name(i) for i in items] == [
        "a.txt", "corrupt.html", "latin1.txt", "page.html", "table.csv:2", "table.csv:3",
        "truncated.rss", "wire.rss#1", "wire.rss#2", "b.txt",
    ]
    assert [name(i) for i in items if isinstance(i, Failure)] == ["corrupt.html", "latin1.txt", "truncated.rss"]


def test_a_forced_format_applies_to_every_file(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("<html><body><article><p>Japan sent aid to the Philippines on Tuesday, officials said.</p>"
                    "</article></body></html>", encoding="utf-8")
    (doc,) = read([page], input_format="html")
    assert doc.text.startswith("Japan sent aid")


def test_html_main_text_title_and_date(tmp_path):
    folder = write_inputs(tmp_path / "in")
    doc = read_html_document(folder / "page.html", settings=SETTINGS)
    assert "Kenyan police arrested 40 protesters" in doc.text and "Home | World" not in doc.text
    assert (doc.title, doc.date, doc.source) == ("Kenya police arrest protesters", dt.date(2024, 5, 8), "Daily Example")
    assert doc.text[doc.body_start:].startswith("Kenyan police")
    assert read_html_document(folder / "page.html", settings=SETTINGS, date=dt.date(2024, 1, 1)).date == dt.date(2024, 5, 8)
    undated = tmp_path / "undated.html"
    undated.write_text("<html><body><article><p>Japan sent aid to the Philippines, officials said on Tuesday.</p>"
                       "</article></body></html>", encoding="utf-8")
    assert read_html_document(undated, settings=SETTINGS).date is None
    assert read_html_document(undated, settings=SETTINGS, date=dt.date(2024, 1, 1)).date == dt.date(2024, 1, 1)


def test_feed_entries_become_documents(tmp_path):
    entries = read([write_inputs(tmp_path / "in") / "wire.rss"])
    assert [(d.id, d.date, d.url, d.source, d.title) for d in entries] == [
        ("wire-1", dt.date(2024, 5, 7), "https://wire.example/1", "Example Wire", "Trade deal"),
        ("wire-2", dt.date(2024, 5, 8), "https://wire.example/2", "Example Wire", "Tariffs"),
    ]
    assert entries[0].text == "Trade deal\n\nJapan sent aid to the Philippines on Tuesday."
    assert entries[0].text[entries[0].body_start:].startswith("Japan")


def test_an_atom_feed_is_read_too(tmp_path):
    atom = tmp_path / "f.atom"
    atom.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>'
        "<entry><id>urn:1</id><title>Talks</title><updated>2024-05-10T08:00:00Z</updated>"
        '<content type="html">&lt;p&gt;Leaders met in Berlin.&lt;/p&gt;&lt;p&gt;Talks went on.&lt;/p&gt;</content></entry>'
        "</feed>", encoding="utf-8")
    (doc,) = read([atom])
    assert (doc.id, doc.date, doc.source) == ("urn:1", dt.date(2024, 5, 10), "Atom Wire")
    assert doc.text == "Talks\n\nLeaders met in Berlin.\nTalks went on."


def test_html_fragments_keep_one_line_per_block():
    assert html_to_text("<p>One  two.</p><p>Three<br>four</p>") == "One two.\nThree\nfour"
    assert html_to_text("plain text") == "plain text"


def test_csv_finds_its_columns_and_reads_dates(tmp_path):
    items = read([write_inputs(tmp_path / "in") / "table.csv"])
    assert [(d.id, d.date, d.source) for d in items] == [
        ("c1", dt.date(2024, 5, 9), "Dawn"), ("c2", dt.date(2024, 5, 9), "Le Monde"),
    ]


def test_csv_without_a_text_column_says_which_columns_it_has(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("id,headline_text\n1,Something happened.\n", encoding="utf-8")
    (failure,) = read([table])
    assert failure.error_type == "MalformedRecordError"
    assert "no text column" in failure.message and "headline_text" in failure.message
    (doc,) = read([table], text_column="headline_text")
    assert doc.text == "Something happened."


def test_csv_row_problems_fail_the_row_only(tmp_path):
    table = tmp_path / "t.tsv"
    table.write_text("id\ttext\tdate\n1\t\t2024-01-01\n2\tPolice arrested five men.\t2024/01/02\n3\tTalks began.\t\n",
                     encoding="utf-8")
    items = read([table])
    assert [type(i).__name__ for i in items] == ["Failure", "Failure", "Document"]
    assert items[0].error_type == "EmptyInputError" and items[1].error_type == "InvalidDateError"
    assert items[2].id == "3" and items[2].date is None


def test_csv_that_is_not_utf8_stops_with_a_failure(tmp_path):
    table = tmp_path / "t.csv"
    table.write_bytes("id,text\n1,Fine row.\n2,Caf\u00e9 row.\n".encode("latin-1"))
    items = read([table])
    assert isinstance(items[-1], Failure) and items[-1].error_type == "EncodingInputError"
    assert "not valid UTF-8" in items[-1].message


@pytest.mark.parametrize(("raw", "day"), [
    ("2020-05-09", dt.date(2020, 5, 9)), ("9-May-20", dt.date(2020, 5, 9)), ("31-12-19", dt.date(2019, 12, 31)),
    ("9 May 2020", dt.date(2020, 5, 9)), ("2020-05-09T10:00:00Z", dt.date(2020, 5, 9)),
])
def test_table_dates(raw, day):
    assert parse_table_date(raw, "t.csv:2") == day


def test_slashed_dates_are_refused_as_ambiguous():
    with pytest.raises(InvalidDateError, match="use YYYY-MM-DD"):
        parse_table_date("05/09/2020", "t.csv:2")


def test_truncated_html_is_an_extraction_failure(tmp_path):
    page = tmp_path / "cut.html"
    page.write_text("<html><head><title>Talks</title></head><body><div", encoding="utf-8")
    (failure,) = read([page])
    assert failure.error_type == "ExtractionError"
    assert failure.message.startswith("no article text found in the HTML page")
