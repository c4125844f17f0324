"""The built wheel carries every data table the package reads at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_wheel_contains_the_data_tables(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(tmp_path), str(REPO)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    wheel = next(tmp_path.glob("dyadline-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [p.relative_to(REPO / "src").as_posix() for p in (REPO / "src" / "dyadline").rglob("*")
               if p.is_file() and "/data/" in p.as_posix() or p.parent.name == "examples"]
    shipped = [s for s in shipped if "__pycache__" not in s]
    assert shipped
    missing = [s for s in shipped if s not in names]
    assert not missing, f"not in the wheel: {missing}"
