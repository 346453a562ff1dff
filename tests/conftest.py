"""Shared fixtures: an isolated user folder, a frozen date, and a CLI runner."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from followup.cli import cli
from followup.compose import template_environment
from followup.vocabulary import SITUATIONS

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_profiles"
GOLDEN = Path(__file__).parent / "golden"
FROZEN = datetime.date(2026, 11, 24)  # the day most golden drafts are written on
# The templates that ship: every situation by email, a note card for thank-you notes (TY6)
# and a voicemail script for check-ins (CI7). Other pairs are refused, with the way to add a
# template of one's own.
BUNDLED_PAIRS = [*((situation, "email") for situation in SITUATIONS),
                 ("thank-you", "card"), ("check-in", "voicemail")]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regenerate-golden", action="store_true",
                     help="Rewrite tests/golden/ from the current output (on purpose only).")


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty FOLLOWUP_HOME, never the developer's."""
    home = tmp_path / "followup-home"
    monkeypatch.setenv("FOLLOWUP_HOME", str(home))
    monkeypatch.delenv("FOLLOWUP_DEBUG", raising=False)
    template_environment.environment.cache_clear()
    return home


@pytest.fixture
def invoke() -> object:
    """invoke(*args, input=None) -> click Result, with stdout and stderr apart."""
    def run(*args: str, input: str | None = None) -> Result:
        return CliRunner().invoke(cli, [str(arg) for arg in args], input=input,
                                  catch_exceptions=False)
    return run


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> object:
    """golden(name, text): compare with tests/golden/NAME, or rewrite it when asked."""
    regenerate = request.config.getoption("--regenerate-golden")

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if regenerate:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        assert path.exists(), f"no golden file {path}: run pytest --regenerate-golden"
        assert text == path.read_text(encoding="utf-8")
    return check


def edited_sample(tmp_path: Path, sample: str, *edits: tuple[str, str]) -> Path:
    """A copy of a sample profile with each (old, new) text replaced (each must be there)."""
    text = (SAMPLES / f"{sample}.yaml").read_text("utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / f"{sample}.yaml"
    path.write_text(text, "utf-8")
    return path
