"""Tests for dyadline.readers: plain text and JSONL inputs into Documents."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import sys
from pathlib import Path

import pytest

from dyadline import readers
from dyadline.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    InputTooLargeError,
    InvalidDateError,
)
from dyadline.readers import parse_date, read_documents, read_jsonl_documents, read_text_document
from dyadline.records import Document, Failure
from dyadline.settings import Settings, load_settings

ARTICLE = (
    "Published: 2024-03-05\n"
    "Source: Reuters\n"
    "URL: https://example.com/a\n"
    "\n"
    "Azerbaijan halts Russian gas transit\n"
    "\n"
    "Azerbaijan's government said on Tuesday it would stop the transit of Russian gas. "
    "Moscow condemned the decision.\n"
)
FIRST_BODY_SENTENCE = "Azerbaijan's government said on Tuesday"


@pytest.fixture
def settings() -> Settings:
    return Settings()


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# ------------------------------------------------------------------- headers, headline


def test_headers_date_title_and_body_start(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path, "azerbaijan-russia.txt", ARTICLE)
    doc = read_text_document(path, settings=settings)
    assert doc.id == "azerbaijan-russia"
    assert doc.date == dt.date(2024, 3, 5)
    assert doc.title == "Azerbaijan halts Russian gas transit"
    assert doc.source == "Reuters"
    assert doc.url == "https://example.com/a"
    assert doc.origin == str(path)
    assert doc.text == ARTICLE  # the whole text, headers included
    assert doc.text[doc.body_start :].startswith(FIRST_BODY_SENTENCE)


def test_header_keys_are_case_insensitive_and_id_header_names_the_document(
    tmp_path: Path, settings: Settings
) -> None:
    text = "DATE: 2023-12-31\nid: custom-42\nTITLE: Given title\n\nBody sentence one. Body two.\n"
    doc = read_text_document(write(tmp_path, "x.txt", text), settings=settings)
    assert doc.id == "custom-42"
    assert doc.date == dt.date(2023, 12, 31)
    assert doc.title == "Given title"
    assert doc.text[doc.body_start :].startswith("Body sentence one.")


def test_published_header_wins_over_date_header(tmp_path: Path, settings: Settings) -> None:
    text = "Date: 2020-01-01\nPublished: 2021-02-02\n\nThe army moved in.\n"
    doc = read_text_document(write(tmp_path, "x.txt", text), settings=settings)
    assert doc.date == dt.date(2021, 2, 2)


def test_headline_without_headers(tmp_path: Path, settings: Settings) -> None:
    text = "Rebels seize border town\n\nRebels seized the town of X on Monday.\n"
    doc = read_text_document(write(tmp_path, "x.txt", text), settings=settings)
    assert doc.title == "Rebels seize border town"
    assert doc.date is None
    assert doc.text[doc.body_start :].startswith("Rebels seized the town")


def test_no_headers_no_headline_means_body_start_zero(tmp_path: Path, settings: Settings) -> None:
    text = "Rebels seized the town of X on Monday.\n\nThe government protested.\n"
    doc = read_text_document(write(tmp_path, "x.txt", text), settings=settings)
    assert doc.title is None
    assert doc.body_start == 0


@pytest.mark.parametrize(
    "first",
    [
        "A sentence that ends with a full stop.",
        "Did the talks fail?",
        "\u201cWe will respond,\u201d",
        "x" * 250,
    ],
)
def test_first_line_that_is_not_a_headline(tmp_path: Path, settings: Settings, first: str) -> None:
    text = f"{first}\n\nThe body follows.\n"
    doc = read_text_document(write(tmp_path, "x.txt", text), settings=settings)
    assert doc.title is None
    assert doc.body_start == 0


def test_multi_line_first_paragraph_is_not_a_headline(tmp_path: Path, settings: Settings) -> None:
    text = "Troops crossed the border\nnear the town of X on Monday\n\nMore text.\n"
    doc = read_text_document(write(tmp_path, "x.txt", text), settings=settings)
    assert doc.title is None
    assert doc.body_start == 0


def test_single_line_document_is_body_not_headline(tmp_path: Path, settings: Settings) -> None:
    doc = read_text_document(write(tmp_path, "x.txt", "Russia sanctions Azerbaijan\n"), settings=settings)
    assert doc.title is None
    assert doc.body_start == 0


def test_headers_without_blank_line_before_body(tmp_path: Path, settings: Settings) -> None:
    text = "Published: 2024-01-02\nThe body starts here. It goes on.\n"
    doc = read_text_document(write(tmp_path, "x.txt", text), settings=settings)
    assert doc.date == dt.date(2024, 1, 2)
    assert doc.text[doc.body_start :].startswith("The body starts here.")


def test_date_argument_overrides_header(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    doc = read_text_document(path, date=dt.date(2000, 1, 1), settings=settings)
    assert doc.date == dt.date(2000, 1, 1)


def test_invalid_date_header_names_file_and_value(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path, "notes.txt", "Published: 5 March 2024\n\nBody text.\n")
    with pytest.raises(InvalidDateError) as info:
        read_text_document(path, settings=settings)
    message = str(info.value)
    assert str(path) in message
    assert "5 March 2024" in message


def test_impossible_date_header(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path, "notes.txt", "Published: 2024-02-30\n\nBody text.\n")
    with pytest.raises(InvalidDateError, match="2024-02-30"):
        read_text_document(path, settings=settings)


def test_parse_date() -> None:
    assert parse_date("2024-03-05", origin="x") == dt.date(2024, 3, 5)
    for bad in ["2024-3-5", "20240305", "2024-03-05T00:00", " 2024-03-05", "2024-13-01", ""]:
        with pytest.raises(InvalidDateError) as info:
            parse_date(bad, origin="where.jsonl:3")
        assert str(info.value).startswith("where.jsonl:3: ")
        assert repr(bad) in str(info.value)


# ---------------------------------------------------------------------- bad inputs


def test_binary_file(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path, "notes.bin", b"hello world\x00\x01\x02 more")
    with pytest.raises(BinaryInputError) as info:
        read_text_document(path, settings=settings)
    assert str(info.value) == f"{path}: not a text file (contains NUL bytes at byte 11)"


def test_utf16_file_is_reported_as_such(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path, "u16.txt", "Hello world.".encode("utf-16"))
    with pytest.raises(EncodingInputError, match="UTF-16"):
        read_text_document(path, settings=settings)


def test_empty_file(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(EmptyInputError) as info:
        read_text_document(path, settings=settings)
    assert str(info.value) == f"{path}: the file is empty"


@pytest.mark.parametrize("content", [b"  \n\t\r\n  ", b"\xef\xbb\xbf \n", "\u00a0\u2003\n".encode()])
def test_whitespace_only_file(tmp_path: Path, settings: Settings, content: bytes) -> None:
    path = write(tmp_path, "blank.txt", content)
    with pytest.raises(EmptyInputError, match="only whitespace"):
        read_text_document(path, settings=settings)


def test_invalid_utf8_reports_byte_and_position(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path, "bad.txt", b"abc\xffdef")
    with pytest.raises(EncodingInputError) as info:
        read_text_document(path, settings=settings)
    assert str(info.value) == f"{path}: not valid UTF-8 (invalid byte 0xff at position 3)"


def test_invalid_utf8_position_counts_the_bom(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path, "bad.txt", b"\xef\xbb\xbfab\xc3(")
    with pytest.raises(EncodingInputError, match=r"invalid byte 0xc3 at position 5\)"):
        read_text_document(path, settings=settings)


def test_bom_is_stripped(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbfPublished: 2024-03-05\n\nBody text here.\n")
    doc = read_text_document(path, settings=settings)
    assert not doc.text.startswith("\ufeff")
    assert doc.date == dt.date(2024, 3, 5)
    assert doc.text[doc.body_start :].startswith("Body text here.")


def test_crlf_is_normalised(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path, "crlf.txt", ARTICLE.replace("\n", "\r\n").encode())
    doc = read_text_document(path, settings=settings)
    assert "\r" not in doc.text
    assert doc.text == ARTICLE
    assert doc.title == "Azerbaijan halts Russian gas transit"
    assert doc.text[doc.body_start :].startswith(FIRST_BODY_SENTENCE)


def test_file_over_small_limit(tmp_path: Path) -> None:
    small = load_settings(max_document_bytes=100)
    path = write(tmp_path, "big.txt", "word " * 40)  # 200 bytes
    with pytest.raises(InputTooLargeError) as info:
        read_text_document(path, settings=small)
    assert str(info.value) == (
        f"{path}: 200 bytes is over the 100-byte limit of one document (setting max_document_bytes)"
    )
    # exactly at the limit is fine
    ok = write(tmp_path, "ok.txt", "word " * 20)
    assert read_text_document(ok, settings=small).text == "word " * 20


def test_real_50mb_file_is_refused_before_reading(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    size = 50 * 1024 * 1024
    chunk = b"The minister said the talks would resume. " * 1000
    with path.open("wb") as f:
        written = 0
        while written < size:
            part = chunk[: size - written]
            f.write(part)
            written += len(part)
    assert path.stat().st_size == size

    # Opening the file would fail the test: the size check must come first.
    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(readers, "open", no_open, raising=False)
    with pytest.raises(InputTooLargeError) as info:
        read_text_document(path, settings=settings)
    assert str(info.value) == (
        f"{path}: 52,428,800 bytes is over the 2,000,000-byte limit of one document "
        "(setting max_document_bytes)"
    )


def test_missing_file(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "nope.txt"
    with pytest.raises(InputError) as info:
        read_text_document(path, settings=settings)
    assert type(info.value) is InputError
    assert str(info.value) == f"{path}: no such file"


def test_directory_is_not_a_file(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_text_document(tmp_path, settings=settings)


# --------------------------------------------------------------------------- stdin


def test_text_from_stdin(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    fake_stdin(monkeypatch, ARTICLE.replace("\n", "\r\n").encode())
    doc = read_text_document("-", settings=settings)
    expected = "stdin-" + hashlib.sha1(ARTICLE.encode()).hexdigest()[:12]
    assert doc.id == expected
    assert doc.origin == "<stdin>"
    assert doc.date == dt.date(2024, 3, 5)
    assert doc.text[doc.body_start :].startswith(FIRST_BODY_SENTENCE)


def test_stdin_over_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b"x" * 101)
    with pytest.raises(InputTooLargeError, match=r"^<stdin>: .*100-byte limit"):
        read_text_document("-", settings=load_settings(max_document_bytes=100))


def test_empty_stdin(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    fake_stdin(monkeypatch, b"")
    with pytest.raises(EmptyInputError, match="^<stdin>: the input is empty$"):
        read_text_document("-", settings=settings)


def test_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    lines = [{"id": "a", "text": "One."}, "oops", {"id": "b", "text": "Two.", "date": "2024-01-01"}]
    data = "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines).encode()
    fake_stdin(monkeypatch, data)
    items = list(read_jsonl_documents("-", settings=settings))
    assert [type(x) for x in items] == [Document, Failure, Document]
    assert items[1].origin == "<stdin>:2"
    assert items[2].date == dt.date(2024, 1, 1)


# --------------------------------------------------------------------------- JSONL


def jsonl(tmp_path: Path, lines: list[object], name: str = "docs.jsonl") -> Path:
    out = []
    for item in lines:
        out.append(item if isinstance(item, (str, bytes)) else json.dumps(item))
    data = b"\n".join(x if isinstance(x, bytes) else x.encode() for x in out) + b"\n"
    return write(tmp_path, name, data)


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    small = load_settings(max_document_bytes=100)
    path = jsonl(
        tmp_path,
        [
            {"id": "d1", "text": "Troops crossed the border.", "date": "2024-03-05", "source": "AP"},  # 1
            "{not json",  # 2
            "",  # 3: blank, ignored
            '["an", "array"]',  # 4
            {"text": "No id here."},  # 5
            {"id": "", "text": "Empty id."},  # 6
            {"id": "d7", "text": ""},  # 7
            {"id": "d8", "text": 42},  # 8
            {"id": "d9", "text": "Bad date.", "date": "05/03/2024"},  # 9
            {"id": "d10", "text": "x" * 101},  # 10
            b'{"id": "d11", "text": "caf\xe9"}',  # 11: Latin-1, not UTF-8
            {"id": "d12", "text": "No date is fine.", "date": None},  # 12
            {"id": "d13", "text": "Missing date is fine.", "url": "https://x.org"},  # 13
            {"id": "d14"},  # 14
        ],
    )
    items = list(read_jsonl_documents(path, settings=small))
    docs = [x for x in items if isinstance(x, Document)]
    failures = {int(f.origin.rsplit(":", 1)[1]): f for f in items if isinstance(f, Failure)}

    assert [d.id for d in docs] == ["d1", "d12", "d13"]
    assert docs[0].date == dt.date(2024, 3, 5) and docs[0].source == "AP"
    assert docs[0].origin == f"{path}:1"
    assert docs[1].date is None
    assert docs[2].url == "https://x.org"

    assert sorted(failures) == [2, 4, 5, 6, 7, 8, 9, 10, 11, 14]
    for line_no, failure in failures.items():
        assert failure.origin == f"{path}:{line_no}"
        assert f"{path}:{line_no}" in failure.describe()
    assert failures[2].error_type == "MalformedRecordError" and "not valid JSON" in failures[2].message
    assert "JSON object" in failures[4].message
    assert '"id"' in failures[5].message and failures[5].doc_id is None
    assert '"id"' in failures[6].message
    assert failures[7].error_type == "EmptyInputError" and failures[7].doc_id == "d7"
    assert failures[8].error_type == "MalformedRecordError" and "string" in failures[8].message
    assert failures[9].error_type == "InvalidDateError" and "05/03/2024" in failures[9].message
    assert failures[10].error_type == "InputTooLargeError" and "max_document_bytes" in failures[10].message
    assert failures[11].error_type == "EncodingInputError"
    assert "invalid byte 0xe9 at position 26" in failures[11].message
    assert '"text"' in failures[14].message


def test_jsonl_duplicate_ids(tmp_path: Path, settings: Settings) -> None:
    path = jsonl(
        tmp_path,
        [
            {"id": "a", "text": "First."},
            {"id": "b", "text": "Second."},
            {"id": "a", "text": "Again."},
            {"id": "a", "text": "And again."},
        ],
    )
    items = list(read_jsonl_documents(path, settings=settings))
    assert [x.id for x in items if isinstance(x, Document)] == ["a", "b"]
    dups = [x for x in items if isinstance(x, Failure)]
    assert [f.origin for f in dups] == [f"{path}:3", f"{path}:4"]
    assert all(f.doc_id == "a" and "duplicate id 'a'" in f.message and "line 1" in f.message for f in dups)


def test_jsonl_headline_and_title(tmp_path: Path, settings: Settings) -> None:
    path = jsonl(
        tmp_path,
        [
            {"id": "h", "text": "Rebels seize town\n\nRebels seized the town."},
            {"id": "t", "text": "Rebels seize town\n\nRebels seized the town.", "title": "Rebels seize town"},
            {"id": "n", "text": "Rebels seized the town.", "title": "Rebels seize town"},
            {"id": "p", "text": "Rebels seized the town. More.\n\nAnd more."},
        ],
    )
    docs = {d.id: d for d in read_jsonl_documents(path, settings=settings)}
    assert docs["h"].title == "Rebels seize town"
    assert docs["h"].text[docs["h"].body_start :] == "Rebels seized the town."
    assert docs["t"].text[docs["t"].body_start :] == "Rebels seized the town."
    assert docs["n"].title == "Rebels seize town" and docs["n"].body_start == 0
    assert docs["p"].title is None and docs["p"].body_start == 0


def test_jsonl_missing_file_raises(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_jsonl_documents(tmp_path / "nope.jsonl", settings=settings)


def test_jsonl_file_over_max_file_bytes(tmp_path: Path) -> None:
    path = jsonl(tmp_path, [{"id": str(i), "text": "Some text."} for i in range(10)])
    with pytest.raises(InputTooLargeError, match="max_file_bytes"):
        read_jsonl_documents(path, settings=load_settings(max_file_bytes=50))


def test_jsonl_bom_and_crlf(tmp_path: Path, settings: Settings) -> None:
    data = b"\xef\xbb\xbf" + b'{"id": "a", "text": "One."}\r\n\r\n{"id": "b", "text": "Two."}\r\n'
    items = list(read_jsonl_documents(write(tmp_path, "x.jsonl", data), settings=settings))
    assert [x.id for x in items if isinstance(x, Document)] == ["a", "b"]


# ------------------------------------------------------------------ read_documents


def test_read_documents_text_keeps_going_past_bad_files(tmp_path: Path, settings: Settings) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    empty = write(tmp_path, "empty.txt", b"")
    other = write(tmp_path, "other.txt", "Another article. It says things.\n")
    missing = tmp_path / "missing.txt"
    items = list(
        read_documents(
            [str(good), str(empty), str(missing), str(other)],
            input_format="text",
            date=dt.date(1999, 12, 31),
            settings=settings,
        )
    )
    assert [type(x) for x in items] == [Document, Failure, Failure, Document]
    assert items[0].date == dt.date(1999, 12, 31)
    assert items[1].origin == str(empty) and items[1].error_type == "EmptyInputError"
    assert items[2].origin == str(missing) and items[2].error_type == "InputError"
    assert items[1].describe() == f"{empty}: EmptyInputError: the file is empty"


def test_read_documents_jsonl_chains_and_uses_date_as_fallback(tmp_path: Path, settings: Settings) -> None:
    a = jsonl(tmp_path, [{"id": "a1", "text": "One."}, {"id": "a2", "text": "Two.", "date": "2024-05-06"}], "a.jsonl")
    b = jsonl(tmp_path, [{"id": "a1", "text": "Same id, other file."}], "b.jsonl")
    missing = tmp_path / "missing.jsonl"
    items = list(
        read_documents(
            [str(a), str(missing), str(b)],
            input_format="jsonl",
            date=dt.date(2020, 1, 1),
            settings=settings,
        )
    )
    assert [type(x) for x in items] == [Document, Document, Failure, Document]
    assert items[0].date == dt.date(2020, 1, 1)
    assert items[1].date == dt.date(2024, 5, 6)
    assert items[2].origin == str(missing) and "no such file" in items[2].message
    assert items[3].id == "a1"  # duplicates are checked within one file


def test_read_documents_unknown_format(settings: Settings) -> None:
    with pytest.raises(ValueError, match="xml"):
        list(read_documents(["x"], input_format="xml", date=None, settings=settings))  # type: ignore[arg-type]


def test_jsonl_overlong_line_is_skipped_without_losing_the_next(tmp_path: Path) -> None:
    small = load_settings(max_document_bytes=10)  # a line may be at most 6 * 10 + 65,536 bytes
    path = jsonl(tmp_path, [{"id": "big", "text": "x" * 70_000}, {"id": "ok", "text": "Fine."}])
    items = list(read_jsonl_documents(path, settings=small))
    assert isinstance(items[0], Failure) and items[0].origin == f"{path}:1"
    assert items[0].error_type == "InputTooLargeError"
    assert isinstance(items[1], Document) and items[1].id == "ok" and items[1].origin == f"{path}:2"
