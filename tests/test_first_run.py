"""A newcomer's first minutes with `followup init`: the "Next:" line is a command that works
for the profile just written, and input that runs out says what is missing."""

from __future__ import annotations

import datetime
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import msgspec
import pytest

from followup import profile
from followup.commands.setup import _next_step

from .conftest import SAMPLES

IN_A_MONTH = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()


def answers(*, date: str = "2026-11-16", people: str = "Priya Shah") -> str:
    return "\n".join(["Jordan Lee", "jordan.lee@example.com", "Big Beanz",
                      "Business Development Graduate", date, "video", people, "2026-11-23", ""])


@pytest.mark.parametrize(("args", "given", "next_step"), [
    pytest.param(["--sample", "big-beanz"], None,
                 "followup thank-you big-beanz.yaml", id="sample-one-interviewer"),
    pytest.param(["--sample", "competing-offer"], None,
                 "followup thank-you competing-offer.yaml", id="sample-competing-offer"),
    pytest.param(["--sample", "panel-interview"], None,
                 "followup thank-you panel-interview.yaml --all", id="sample-panel"),
    pytest.param(["--sample", "unsuccessful"], None,
                 "followup feedback-request unsuccessful.yaml", id="sample-unsuccessful"),
    pytest.param([], answers(), "followup thank-you big-beanz.yaml", id="asked-one"),
    pytest.param([], answers(people="Priya Shah, Tom Jones"),
                 "followup thank-you big-beanz.yaml --all", id="asked-panel"),
    pytest.param([], answers(people=""), "followup plan big-beanz.yaml",
                 id="asked-no-interviewers"),
    pytest.param([], answers(date=IN_A_MONTH), "followup plan big-beanz.yaml",
                 id="asked-interview-ahead"),
    pytest.param(["my applications.yaml", "--sample", "panel-interview"], None,
                 "followup thank-you 'my applications.yaml' --all", id="path-with-a-space"),
])
def test_init_next_is_a_command_that_works(invoke: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, args: list[str],
                                           given: str | None, next_step: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("init", *args, input=given)
    assert result.exit_code == 0, result.output
    written = result.stdout.splitlines()[-1]
    assert written.endswith(f". Next: {next_step}")
    command = shlex.split(next_step)
    assert command[0] == "followup"
    follow = invoke(*command[1:])  # on today's date, as the newcomer runs it
    assert follow.exit_code == 0, follow.output
    assert follow.stdout


@pytest.mark.parametrize(("status", "next_step"), [
    ("offer", "followup plan a.yaml"),
    ("hired", "followup plan a.yaml"),
    ("withdrawn", "followup plan a.yaml"),
    ("unsuccessful", "followup feedback-request a.yaml"),
    ("waiting", "followup thank-you a.yaml --all"),
])
def test_init_next_for_every_status(status: str, next_step: str) -> None:
    """A sample may hold any status: nothing to chase is the plan (it says move-on, G1)."""
    panel = msgspec.structs.replace(profile.load(SAMPLES / "panel-interview.yaml"),
                                    status=status)
    assert _next_step(panel, Path("a.yaml"), datetime.date(2026, 11, 30)) == next_step


HOW = ("  Answer the questions at a terminal, give each answer on a line of its own (an empty "
       "line takes the default), or start from a sample: followup init --sample NAME PATH "
       "(followup init --list-samples).\n")


@pytest.mark.parametrize(("given", "missing"), [
    pytest.param("", "your name, your email address, company, role, interview date, kind of "
                 "interview, interviewers, when they will get back to you", id="none"),
    pytest.param("Jordan Lee\njordan.lee@example.com\nBig Beanz\n",
                 "role, interview date, kind of interview, interviewers, when they will get "
                 "back to you", id="three"),
    pytest.param("Jordan Lee\nnot-an-email\n", "your email address, company, role, interview "
                 "date, kind of interview, interviewers, when they will get back to you",
                 id="a-refused-answer-is-no-answer"),
    pytest.param(answers().rsplit("\n", 2)[0] + "\n", "when they will get back to you",
                 id="all-but-the-last"),
])
def test_init_input_that_runs_out(invoke: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  given: str, missing: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("init", input=given)
    assert result.exit_code == 2
    assert result.stdout.endswith(": \n")  # the unanswered prompt's line is ended
    assert result.stderr == (f"Error: Standard input ended before the answers to: "
                             f"{missing}.\n{HOW}")
    assert list(tmp_path.iterdir()) == []


def test_init_with_no_terminal(tmp_path: Path) -> None:
    """`followup init </dev/null`, as a script or a scheduler would run it."""
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-m", "followup", "init", "new.yaml"],
                            stdin=subprocess.DEVNULL, cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert (result.returncode, result.stdout) == (2, "Your name: \n")
    assert result.stderr == (
        "Error: Standard input ended before the answers to: your name, your email address, "
        "company, role, interview date, kind of interview, interviewers, when they will get "
        f"back to you.\n{HOW}")
    assert not (tmp_path / "new.yaml").exists()
