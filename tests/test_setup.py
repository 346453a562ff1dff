"""`followup init` and `followup schema`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from followup import profile

from .conftest import ROOT, SAMPLES

ANSWERS = "\n".join([
    "Jordan Lee", "not-an-email", "jordan.lee@example.com", "Big Beanz",
    "Business Development Graduate", "2026-11-16", "video", "Priya Shah, Tom Jones",
    "2026-11-23", ""])


def test_init_asks_and_writes_a_valid_profile(invoke: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("init", input=ANSWERS)
    assert result.exit_code == 0, result.output
    assert "Error: 'not-an-email' is not an email address" in result.output
    assert result.stdout.endswith(
        "Wrote big-beanz.yaml. Next: followup thank-you big-beanz.yaml --all\n")
    loaded = profile.load(tmp_path / "big-beanz.yaml")
    interview = loaded.latest_interview
    assert (loaded.candidate.email, loaded.company, interview.kind) == (
        "jordan.lee@example.com", "Big Beanz", "video")
    assert [person.name for person in interview.interviewers] == ["Priya Shah", "Tom Jones"]
    assert str(interview.decision_by) == "2026-11-23"


def test_init_quotes_what_yaml_would_misread(invoke: Any, tmp_path: Path) -> None:
    answers = ANSWERS.replace("Big Beanz", "NO: Yes & Co #1").replace("Tom Jones", "O'Brien")
    path = tmp_path / "tricky.yaml"
    assert invoke("init", path, input=answers).exit_code == 0
    loaded = profile.load(path)
    assert loaded.company == "NO: Yes & Co #1"
    assert loaded.latest_interview.interviewers[1].name == "O'Brien"


def test_init_never_overwrites(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("my notes\n", "utf-8")
    for args in ([path], [path, "--sample", "big-beanz"]):
        result = invoke("init", *args, input=ANSWERS)
        assert result.exit_code == 2
        assert result.stderr == (f"Error: {path} already exists; init never overwrites a "
                                 "profile. Choose another name.\n")
    assert path.read_text("utf-8") == "my notes\n"


@pytest.mark.parametrize("sample", sorted(path.stem for path in SAMPLES.glob("*.yaml")))
def test_init_copies_every_sample(invoke: Any, tmp_path: Path, sample: str) -> None:
    path = tmp_path / "copy.yaml"
    result = invoke("init", path, "--sample", sample)
    assert result.exit_code == 0
    text = path.read_text("utf-8")
    assert "yaml-language-server" not in text.splitlines()[0]  # the repo's schema path is gone
    assert profile.load(path) == profile.load(SAMPLES / f"{sample}.yaml")


def test_init_lists_samples_and_refuses_an_unknown_one(invoke: Any) -> None:
    listing = invoke("init", "--list-samples")
    assert listing.stdout.splitlines()[0] == (
        "big-beanz          The Big Beanz example from the Henley careers article: a video "
        "interview,")
    assert len(listing.stdout.splitlines()) == len(list(SAMPLES.glob("*.yaml")))
    unknown = invoke("init", "--sample", "nope")
    assert unknown.exit_code == 2
    assert unknown.stderr == ("Error: There is no sample named 'nope'. Samples: big-beanz, "
                              "competing-offer, panel-interview, unsuccessful.\n")


def test_schema_matches_the_checked_in_copy(invoke: Any) -> None:
    result = invoke("schema")
    assert result.stdout == (ROOT / "schema" / "profile.schema.json").read_text("utf-8")
    schema = json.loads(result.stdout)
    profile_def = schema["$defs"]["Profile"]
    assert profile_def["required"] == ["candidate", "company", "role", "interviews"]
    assert profile_def["additionalProperties"] is False
    assert schema["$defs"]["Interview"]["properties"]["kind"]["enum"] == sorted(
        ["phone", "video", "in-person", "assessment-centre"])


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.yaml")), ids=lambda path: path.stem)
def test_samples_point_editors_at_the_schema(sample: Path) -> None:
    first = sample.read_text("utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/profile.schema.json"
    assert (sample.parent / "../schema/profile.schema.json").resolve().is_file()
