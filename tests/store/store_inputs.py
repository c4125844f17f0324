"""A small folder of inputs of every kind, good and bad, written by hand for the store tests."""

from __future__ import annotations

from pathlib import Path

TEXT_A = """Published: 2024-05-06
Source: Reuters

Russian troops attacked Ukrainian positions near Kharkiv on Monday.
"""
TEXT_B = """Published: 2024-05-07
Source: AP

Russian troops attacked Ukrainian positions near Kharkiv. The European Union condemned Russia.
"""
HTML = """<html><head><title>Kenya police arrest protesters</title>
<meta property="article:published_time" content="2024-05-08T09:00:00Z">
<meta property="og:site_name" content="Daily Example"></head>
<body><nav>Home | World | Sport</nav><article><h1>Kenya police arrest protesters</h1>
<p>Kenyan police arrested 40 protesters in Nairobi on Wednesday, witnesses said.</p>
<p>The European Union condemned the arrests in a statement on Thursday.</p></article>
<footer>Copyright Daily Example</footer></body></html>
"""
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example/</link>
<item><title>Trade deal</title><link>https://wire.example/1</link><guid>wire-1</guid>
<description>&lt;p&gt;Japan sent aid to the Philippines on Tuesday.&lt;/p&gt;</description>
<pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate></item>
<item><title>Tariffs</title><link>https://wire.example/2</link><guid>wire-2</guid>
<description>China criticized the United States over tariffs.</description>
<pubDate>Wed, 08 May 2024 11:00:00 GMT</pubDate></item>
</channel></rss>
"""
CSV = (
    "id,date,notes,source\n"
    'c1,2024-05-09,"Pakistan accused India of violating the ceasefire.",Dawn\n'
    'c2,9-May-24,"The French president met the German chancellor in Berlin.",Le Monde\n'
)

#: the good documents in :func:`write_inputs`: 2 texts, 1 page, 2 feed entries, 2 table rows.
GOOD_DOCUMENTS = 7


def write_inputs(folder: Path) -> Path:
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(TEXT_B, encoding="utf-8")
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "wire.rss").write_text(FEED, encoding="utf-8")
    (folder / "table.csv").write_text(CSV, encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")  # unknown kind: skipped in folders
    (folder / ".hidden.txt").write_text("Hidden files are skipped.", encoding="utf-8")
    # the bad ones
    (folder / "corrupt.html").write_bytes(b"<html><head><title>x</ti\x00\x01\x02garbage")
    (folder / "truncated.rss").write_text(FEED[: FEED.index("<item><title>Tariffs") + 40], encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\u00e9 owners in Bogot\u00e1 protested on Monday.".encode("latin-1"))
    return folder
