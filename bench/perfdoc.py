"""docs/performance.md: each benchmark rewrites only its own block, between its two markers."""

from __future__ import annotations

from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def write_block(text: str, begin: str, end: str, *, heading: str) -> None:
    """Put ``text`` between the markers ``begin`` and ``end`` of docs/performance.md, replacing what
    stood there; without the markers, add them at the end in a new section ``heading``."""
    doc = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Performance and scale-out\n"
    block = f"{begin}\n{text}\n{end}"
    if begin in doc and end in doc:
        doc = doc[:doc.index(begin)] + block + doc[doc.index(end) + len(end):]
    else:
        doc = doc.rstrip("\n") + f"\n\n## {heading}\n\n" + block + "\n"
    DOC.write_text(doc, encoding="utf-8")


def publish(text: str, begin: str, end: str, *, heading: str, write: bool) -> None:
    """Print a benchmark's report and, unless told not to, put it in docs/performance.md."""
    print(text)
    if write:
        write_block(text, begin, end, heading=heading)
