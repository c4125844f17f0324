"""`dyadline train-classifier` is reproducible from the README, and fails clearly without its extra."""

from __future__ import annotations

import importlib.util

from typer.testing import CliRunner

from dyadline.cli import app


def test_train_command_explains_what_is_missing(tmp_path):
    result = CliRunner().invoke(app, ["train-classifier", "--out", str(tmp_path / "model"),
                                      "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    if importlib.util.find_spec("torch") is None:
        # the run-time install (and CI) has no torch: the command names the extra to install
        assert "pip install -e '.[train]'" in result.output
    else:
        assert "NGEC synthetic stories are missing" in result.output
    assert not (tmp_path / "model" / "event-type.onnx").exists()


def test_shipped_model_records_how_it_was_made():
    import json
    from importlib import resources

    meta = json.loads(resources.files("dyadline.classifier").joinpath("data/event-type.json").read_text("utf-8"))
    assert meta["command"].startswith("dyadline train-classifier")
    assert "NGEC" in meta["training_data"]
    assert len(meta["labels"]) == 16
    assert sum(meta["label_counts"].values()) == meta["examples"]
