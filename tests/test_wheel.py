"""The README's install, as a newcomer runs it: a fresh virtual environment, `pip install .`
with no extras, then the README's first command and the tour's commands on today's date.

The installed command must print what the checkout prints for the same day: the samples
set `country:` and the plan can write reminders, so a missing dependency (holidays,
icalendar) or a template left out of the wheel shows here."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import GOLDEN, ROOT, SAMPLES

pytestmark = pytest.mark.slow

BIG_BEANZ = "sample_profiles/big-beanz.yaml"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The README's first line: `python3 -m venv .venv && .venv/bin/pip install .`. Its
    dependencies come from the package index this machine is set up with, as CI's is."""
    environment = tmp_path_factory.mktemp("readme") / ".venv"
    subprocess.run([sys.executable, "-m", "venv", str(environment)], check=True,
                   capture_output=True)
    pip = subprocess.run([str(environment / "bin" / "pip"), "install", "--quiet", str(ROOT)],
                         capture_output=True, text=True, check=False)
    assert pip.returncode == 0, pip.stderr
    return environment


@pytest.fixture
def run(installed: Path, tmp_path: Path) -> Any:
    """run(*args) -> the installed `followup`'s result, in a folder holding a copy of
    sample_profiles/ (as the clone the README starts from), with an empty FOLLOWUP_HOME and
    nothing of the checkout's Python path."""
    shutil.copytree(SAMPLES, tmp_path / "sample_profiles")
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["FOLLOWUP_HOME"] = str(tmp_path / "installed-home")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(installed / "bin" / "followup"), *args], cwd=tmp_path,
                              env=env, capture_output=True, text=True, check=False)
    return run


def test_the_installed_package_uses_its_own_templates(installed: Path, run: Any,
                                                      tmp_path: Path) -> None:
    where = subprocess.run(
        [str(installed / "bin" / "python"), "-c",
         "import followup.home as h; print(h.bundled_templates(), h.bundled_samples())"],
        cwd=tmp_path, capture_output=True, text=True, check=True)
    assert all(folder.startswith(str(installed)) for folder in where.stdout.split())


def test_the_readme_first_command(run: Any) -> None:
    result = run("thank-you", BIG_BEANZ, "--today", "2026-11-17")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (GOLDEN / "drafts" / "big-beanz.thank-you.txt").read_text("utf-8")


@pytest.mark.parametrize("args", [
    pytest.param(["thank-you", BIG_BEANZ], id="thank-you"),
    pytest.param(["plan", "sample_profiles/"], id="plan"),
    pytest.param(["check-in", BIG_BEANZ], id="check-in"),
])
def test_the_tour_on_today_s_date(run: Any, invoke: Any, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    """No --today: the real date, public holidays and all. Whatever the day, the installed
    command prints what the checkout prints with --today set to it."""
    today = datetime.date.today().isoformat()
    result = run(*args)
    monkeypatch.chdir(tmp_path)
    expected = invoke(*args, "--today", today)
    assert (result.returncode, result.stdout, result.stderr) == (
        expected.exit_code, expected.stdout, expected.stderr)
    if args[0] == "plan":  # four applications, each with its steps, whatever the day
        assert result.returncode == 0
        assert result.stdout.startswith("STATUS    FROM ")
        assert result.stdout.endswith("\n") and "4 applications: " in result.stdout
    elif result.returncode == 0:  # a draft (a late thank-you, a check-in past move-on warn)
        assert result.stdout.startswith(("To: Priya Shah <priya.shah@bigbeanz.example>\n",
                                         "To: Sam Patel <sam.patel@talentbridge.example>\n"))
        assert "Error" not in result.stderr
    else:  # G4: a check-in before its window, a thank-you before the interview, refused
        assert result.returncode == 1 and result.stdout == ""
        assert result.stderr.startswith(f"Error: {BIG_BEANZ}: ")
        assert "add --ignore-timing" in result.stderr


def test_calendar_reminders_need_no_extra(run: Any, tmp_path: Path) -> None:
    result = run("plan", "sample_profiles/", "--ics", "followup.ics")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "followup.ics").read_text("utf-8").startswith("BEGIN:VCALENDAR")
