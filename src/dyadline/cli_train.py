"""``dyadline train-classifier``: re-make the shipped event-type model (needs the ``train`` extra)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from dyadline.errors import DyadlineError

__all__ = ["register"]


def train_classifier_command(
    out: Annotated[Path, typer.Option(help="Folder for event-type.onnx and event-type.json.")] = Path("src/dyadline/classifier/data"),
    data_dir: Annotated[Optional[Path], typer.Option(help="Data folder with ngec_synthetic/ (default: setting data_dir).")] = None,
    epochs: Annotated[int, typer.Option(min=1, help="Passes over the training examples.")] = 3,
    seed: Annotated[int, typer.Option(help="Random seed (shuffling, dropout, head initialisation).")] = 13,
) -> None:
    """Fine-tune MiniLM on the NGEC synthetic stories and export the int8 ONNX classifier."""
    from dyadline.cli import _setup_logging
    from dyadline.classifier.train import TrainingOptions, train_classifier
    from dyadline.settings import load_settings

    _setup_logging(True)
    settings = load_settings(data_dir=data_dir)
    try:
        path = train_classifier(data_dir=settings.data_dir, out_dir=out,
                                options=TrainingOptions(epochs=epochs, seed=seed))
    except DyadlineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(str(path))


def register(app: typer.Typer) -> None:
    app.command("train-classifier")(train_classifier_command)
