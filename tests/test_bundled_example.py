"""The example article shipped in the package: its coded events are kept as a golden file.

Regenerate after an intended change with DYADLINE_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

from dyadline.readers import read_text_document

GOLDEN = Path(__file__).parent / "golden" / "example-article.jsonl"


def summary(event) -> dict:
    return {
        "sentence_index": event.sentence_index,
        "trigger": event.trigger.text,
        "event_type": event.event_type,
        "mode": event.mode,
        "cameo": event.cameo,
        "source": [[a.country, a.sector] for a in event.source],
        "target": [[a.country, a.sector] for a in event.target],
        "negated": event.negated,
        "future": event.future,
    }


def test_bundled_example_matches_the_golden_file(coder):
    with resources.as_file(resources.files("dyadline").joinpath("examples/example-article.txt")) as path:
        events = coder.code(read_text_document(path, settings=coder.settings))
    got = [summary(e) for e in events]
    if os.environ.get("DYADLINE_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text("".join(json.dumps(g) + "\n" for g in got), encoding="utf-8")
    expected = [json.loads(line) for line in GOLDEN.read_text("utf-8").splitlines()]
    assert got == expected
