"""The wheel carries the templates and samples: build it, install it in a fresh virtual
environment, and draft from the installed command."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .conftest import GOLDEN, ROOT

pytestmark = pytest.mark.slow


def test_installed_wheel_drafts_from_its_own_templates(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("followup-*.whl"))

    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True,
                   capture_output=True)

    # Run from an empty folder with a clean environment, so nothing of the checkout leaks in.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["FOLLOWUP_HOME"] = str(tmp_path / "home")
    where = subprocess.run(
        [str(python), "-c", "import followup.home as h; print(h.bundled_templates())"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert where.stdout.strip().startswith(str(environment))

    sample = tmp_path / "big-beanz.yaml"
    made = subprocess.run([str(environment / "bin" / "followup"), "init", str(sample),
                           "--sample", "big-beanz"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, check=False)
    assert made.returncode == 0, made.stderr
    draft = subprocess.run([str(environment / "bin" / "followup"), "thank-you", str(sample),
                            "--today", "2026-11-17"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, check=False)
    assert draft.returncode == 0, draft.stderr
    assert draft.stdout == (GOLDEN / "drafts" / "big-beanz.thank-you.txt").read_text("utf-8")
