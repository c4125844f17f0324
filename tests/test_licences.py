"""Evaluation-only texts stay out of the repository.

ACLED notes, India Police Events sentences and the ConfliBERT CAMEO sentences may be read from
../shared/data to measure the coder, never copied into the project (../shared/data/README.md); the
PLOVER gold sentences may appear in tests only. A line of the repository that shares a run of
``RUN`` words with one of those texts is a copy, or near enough to one, and fails this test: write
your own example instead. Names of bodies and places in the knowledge tables are facts, not prose,
and are not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RUN = 7
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _runs(texts: Iterable[str]) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for text in texts:
        words = _words(text)
        out.update(tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1))
    return out


def _repository_files() -> list[Path]:
    files = [REPO / "README.md"]
    for folder, patterns in (("src", ("*.py", "*.csv", "*.md", "*.json", "*.html", "*.js")), ("tests", ("*.py", "*.md")),
                             ("docs", ("*.md",)), ("bench", ("*.py", "*.md")), ("scripts", ("*",))):
        for pattern in patterns:
            files += [p for p in (REPO / folder).rglob(pattern) if p.is_file()]
    knowledge = REPO / "src" / "dyadline" / "knowledge" / "data"
    return sorted({p for p in files if knowledge not in p.parents and p.suffix != ".onnx"})


def _copied_lines(files: list[Path], runs: set[tuple[str, ...]]) -> list[str]:
    found = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            words = _words(line)
            if any(tuple(words[i:i + RUN]) in runs for i in range(len(words) - RUN + 1)):
                name = path.relative_to(REPO) if REPO in path.parents else path.name
                found.append(f"{name}:{number}: {line.strip()[:120]}")
    return found


@pytest.fixture(scope="module")
def evaluation_only_runs(data_dir: Path) -> set[tuple[str, ...]]:
    from dyadline.evaluation.acled_where import SETS, load_acled
    from dyadline.evaluation.cameo_class import load_cameo_class
    from dyadline.evaluation.cameo_ner import cameo_ner_sentences
    from dyadline.evaluation.india_police import load_india_police

    texts = [row.notes for dataset in SETS for row in load_acled(data_dir, dataset)]
    texts += [s.text for s in load_india_police(data_dir)]
    texts += [s.text for half in ("dev", "test") for s in cameo_ner_sentences(data_dir, half)]
    texts += [text for text, _ in load_cameo_class(data_dir)]
    return _runs(texts)


def test_the_guard_finds_a_copied_line(tmp_path):
    runs = _runs(["On a sunny day the rebels of the north attacked the old fort."])
    copied = tmp_path / "copied.py"
    copied.write_text('x = "the rebels of the north attacked the old fort"\ny = "the rebels attacked a fort"\n')
    assert [line.split(":")[:2] for line in _copied_lines([copied], runs)] == [["copied.py", "1"]]


@pytest.mark.slow
def test_no_evaluation_only_text_is_copied_into_the_repository(evaluation_only_runs):
    copied = _copied_lines([p for p in _repository_files() if p.name != Path(__file__).name], evaluation_only_runs)
    assert not copied, "lines sharing a run of words with evaluation-only texts:\n" + "\n".join(copied)


@pytest.mark.slow
def test_plover_gold_sentences_stay_in_tests(data_dir: Path):
    from dyadline.evaluation.plover_gsr import load_plover_gsr

    runs = _runs(g.text for g in load_plover_gsr(data_dir))
    outside_tests = [p for p in _repository_files() if (REPO / "tests") not in p.parents]
    copied = _copied_lines(outside_tests, runs)
    assert not copied, "PLOVER gold sentences outside the tests:\n" + "\n".join(copied)
