"""How commands end (issue 11): one style, a FollowupError translated in cli.py, and an
internal error (a bug) with its own exit code, 3, apart from findings and refusals (1) and
bad input (2)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from followup.commands import table

from .conftest import SAMPLES

BIG_BEANZ = SAMPLES / "big-beanz.yaml"
INTERNAL = ("Error: internal error (RuntimeError: a bug in the table). Run again with --debug "
            "for the details, and please report it.\n")


def _a_bug(*args: object) -> list[str]:
    raise RuntimeError("a bug in the table")


def test_an_internal_error_exits_3_with_one_line(invoke: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table, "aligned", _a_bug)
    result = invoke("plan", BIG_BEANZ, "--today", "2026-11-20")
    assert (result.exit_code, result.stdout, result.stderr) == (3, "", INTERNAL)


def test_an_internal_error_shows_its_traceback_with_debug(
        invoke: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table, "aligned", _a_bug)
    with pytest.raises(RuntimeError, match="a bug in the table"):
        invoke("--debug", "plan", BIG_BEANZ, "--today", "2026-11-20")


def test_an_internal_error_exits_3_from_the_program() -> None:
    """The real process's exit status, as a script or shell sees it."""
    probe = ("from followup.commands import table\n"
             "def bug(*args):\n    raise RuntimeError('a bug in the table')\n"
             "table.aligned = bug\n"
             "from followup.cli import main\nmain()\n")
    result = subprocess.run([sys.executable, "-c", probe, "plan", str(BIG_BEANZ), "--today",
                             "2026-11-20"], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (3, "", INTERNAL)


def _broken_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "apps"
    folder.mkdir()
    (folder / "broken.yaml").write_text(
        BIG_BEANZ.read_text("utf-8").replace("kind: video", "kind: zoom"), "utf-8")
    return folder


@pytest.mark.parametrize("debug", [[], ["--debug"]], ids=["plain", "debug"])
def test_a_command_that_has_said_why_ends_with_its_code_and_no_traceback(
        invoke: Any, tmp_path: Path, debug: list[str]) -> None:
    """`followup plan FOLDER` names each broken profile, then exits 2: the same with
    --debug, which shows tracebacks of errors, and this is none."""
    folder = _broken_folder(tmp_path)
    result = invoke(*debug, "plan", folder, "--today", "2026-11-20")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"Error: {folder / 'broken.yaml'}:20: interviews[0].kind: 'zoom' is not allowed\n"
        "  Use one of: phone, video, in-person, assessment-centre.\n"
        "1 profile could not be planned.\n")


@pytest.mark.parametrize(("args", "code"), [
    pytest.param(["thank-you", BIG_BEANZ, "--today", "2026-11-17"], 0, id="done"),
    pytest.param(["check-in", BIG_BEANZ, "--today", "2026-11-17"], 1, id="refused-G4"),
    pytest.param(["thank-you", BIG_BEANZ, "--today", "2026-11-17", "--tone", "loud"], 2,
                 id="bad-usage"),
    pytest.param(["thank-you", SAMPLES / "missing.yaml"], 2, id="bad-input"),
])
def test_each_kind_of_end_has_its_code(invoke: Any, args: list[object], code: int) -> None:
    assert invoke(*args).exit_code == code
