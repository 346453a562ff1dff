"""Shell completion, through click's own machinery as the shells call it: `--to` names the
profile's people, `init --sample` the samples, `templates show|edit` the templates."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.shell_completion import split_arg_string
from click.testing import CliRunner, Result

from followup.cli import cli

from .conftest import ROOT, SAMPLES


def complete(line: str, shell: str = "bash") -> Result:
    """What `followup` answers to the shell's completion script for `line` (the cursor at
    its end), as the scripts that `_FOLLOWUP_COMPLETE={shell}_source followup` print set
    the variables."""
    words = split_arg_string(line)
    if shell == "fish":  # the line up to the cursor, and the word being typed as it is
        current = "" if line.endswith(" ") else line.rsplit(" ", 1)[-1]
        env = {"COMP_WORDS": line, "COMP_CWORD": current}
    else:  # the words, and the index of the one being completed
        env = {"COMP_WORDS": line,
               "COMP_CWORD": str(len(words) if line.endswith(" ") else len(words) - 1)}
    result = CliRunner().invoke(cli, [], prog_name="followup", catch_exceptions=False,
                                env={**env, "_FOLLOWUP_COMPLETE": f"{shell}_complete"})
    assert (result.exit_code, result.stderr) == (0, "")
    return result


def bash(*values: str) -> str:
    return "".join(f"plain,{value}\n" for value in values) or "\n"


@pytest.fixture
def profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("big-beanz", "panel-interview"):
        shutil.copyfile(SAMPLES / f"{name}.yaml", tmp_path / f"{name}.yaml")
    (tmp_path / "broken.yaml").write_text("candidate: [\n", "utf-8")
    (tmp_path / "folder.yaml").mkdir()
    os.mkfifo(tmp_path / "fifo.yaml")  # nobody writes to it: reading would wait for ever
    monkeypatch.chdir(tmp_path)
    return tmp_path


PANEL = ("Margaret\\\\ Ashworth", "David\\\\ Okafor", "Helen\\\\ Carter")


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("followup thank-you panel-interview.yaml --to ", bash(*PANEL), id="panel"),
    pytest.param("followup thank-you big-beanz.yaml --to ",
                 bash("Priya\\\\ Shah", "Sam\\\\ Patel"), id="interviewer-and-recruiter"),
    pytest.param("followup thank-you panel-interview.yaml --to Ok", bash("David\\\\ Okafor"),
                 id="by-surname"),
    pytest.param("followup thank-you panel-interview.yaml --to hel", bash("Helen\\\\ Carter"),
                 id="case-blind"),
    pytest.param("followup thank-you panel-interview.yaml --to David\\ O",
                 bash("David\\\\ Okafor"), id="a-space-typed"),
    pytest.param("followup thank-you panel-interview.yaml --to=Da", bash("David\\\\ Okafor"),
                 id="equals"),
    pytest.param("followup --debug check-in --tone brief big-beanz.yaml -f text --to S",
                 bash("Priya\\\\ Shah", "Sam\\\\ Patel"), id="options-before"),
    pytest.param("followup withdraw big-beanz.yaml --to Pat", bash("Sam\\\\ Patel"),
                 id="withdraw"),
    pytest.param("followup sent panel-interview.yaml thank-you --to Ma",
                 bash("Margaret\\\\ Ashworth"), id="sent"),
    pytest.param("followup thank-you panel-interview.yaml --to Zed", bash(), id="no-one"),
    pytest.param("followup thank-you --to ", bash(), id="no-profile-yet"),
    pytest.param("followup thank-you missing.yaml --to ", bash(), id="missing"),
    pytest.param("followup thank-you broken.yaml --to ", bash(), id="broken"),
    pytest.param("followup thank-you folder.yaml --to ", bash(), id="a-folder"),
    pytest.param("followup thank-you fifo.yaml --to ", bash(), id="a-fifo"),
])
def test_to_completes_the_profile_s_people(profiles: Path, line: str, expected: str) -> None:
    assert complete(line).stdout == expected


def test_to_in_zsh_and_fish_quotes_for_itself(profiles: Path) -> None:
    """Those shells quote what they insert, and show each person's part beside the name."""
    line = "followup check-in big-beanz.yaml --to "
    assert complete(line, "zsh").stdout == ("plain\nPriya Shah\nHead of Sales\n"
                                            "plain\nSam Patel\nrecruiter, TalentBridge\n")
    assert complete(line + "P", "fish").stdout == ("plain,Priya Shah\tHead of Sales\n"
                                                   "plain,Sam Patel\trecruiter, TalentBridge\n")


SAMPLE_NAMES = ("big-beanz", "competing-offer", "panel-interview", "unsuccessful")


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("followup init --sample ", bash(*SAMPLE_NAMES), id="all"),
    pytest.param("followup init new.yaml --sample c", bash("competing-offer"), id="prefix"),
    pytest.param("followup init --sample x", bash(), id="none"),
])
def test_init_sample_completes_the_samples(line: str, expected: str) -> None:
    assert sorted(path.stem for path in SAMPLES.glob("*.yaml")) == list(SAMPLE_NAMES)
    assert complete(line).stdout == expected


BUNDLED = ("check-in", "check-in.voicemail", "competing-offer", "feedback-request", "phrases",
           "recruiter-debrief", "thank-you", "thank-you.card", "withdraw")


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("followup templates show ", bash(*BUNDLED), id="show"),
    pytest.param("followup templates edit thank", bash("thank-you", "thank-you.card"),
                 id="edit-prefix"),
    pytest.param("followup templates show --bundled ph", bash("phrases"), id="after-option"),
    pytest.param("followup templates edit z", bash(), id="none"),
])
def test_templates_complete_the_bundled_names(line: str, expected: str) -> None:
    assert complete(line).stdout == expected


def test_templates_complete_your_own_names_too(user_home: Path) -> None:
    mine = user_home / "templates"
    mine.mkdir(parents=True)
    for name in ("thank-you.short.md.j2", "thank-you.md.j2", ".thank-you.md.j2.swp",
                 "notes.txt", "README.md"):
        (mine / name).write_text("", "utf-8")
    assert complete("followup templates edit thank-you").stdout == bash(
        "thank-you", "thank-you.card", "thank-you.short")


def test_templates_complete_when_your_folder_cannot_be_read(user_home: Path) -> None:
    user_home.mkdir()
    (user_home / "templates").write_text("a file where the folder should be", "utf-8")
    assert complete("followup templates show ").stdout == bash(*BUNDLED)


SCRIPTS = {  # the README's line for each shell, and what the script it prints registers
    "bash": ('eval "$(_FOLLOWUP_COMPLETE=bash_source followup)"',
             "complete -o nosort -F _followup_completion followup"),
    "zsh": ('eval "$(_FOLLOWUP_COMPLETE=zsh_source followup)"',
            "compdef _followup_completion followup"),
    "fish": ("_FOLLOWUP_COMPLETE=fish_source followup | source",
             "complete --no-files --command followup --arguments"),
}


@pytest.mark.parametrize("shell", list(SCRIPTS))
def test_the_readme_says_how_to_enable_it(shell: str) -> None:
    line, registers = SCRIPTS[shell]
    assert line in (ROOT / "README.md").read_text("utf-8")
    result = CliRunner().invoke(cli, [], prog_name="followup",
                                env={"_FOLLOWUP_COMPLETE": f"{shell}_source"})
    assert result.exit_code == 0 and registers in result.stdout


def test_bash_puts_a_name_with_a_space_on_the_line_as_one_word(
        profiles: Path, tmp_path: Path) -> None:
    """Through bash itself: click's script reads each value with `read`, which takes one
    level of backslashes off, and adds it to the line as it is."""
    script = CliRunner().invoke(cli, [], prog_name="followup",
                                env={"_FOLLOWUP_COMPLETE": "bash_source"}).stdout
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    (bin_folder / "followup").write_text(f'#!/bin/sh\nexec {sys.executable} -m followup "$@"\n',
                                         "utf-8")
    (bin_folder / "followup").chmod(0o755)
    result = subprocess.run(
        ["bash", "-c", script + "\nCOMP_WORDS=(followup thank-you panel-interview.yaml --to Ok)"
         "\nCOMP_CWORD=4\n_followup_completion followup\n"
         'printf "%s\\n" "${COMPREPLY[@]}"\neval "set -- ${COMPREPLY[0]}"\necho "$#: $1"'],
        env={**os.environ, "PATH": f"{bin_folder}{os.pathsep}{os.environ['PATH']}"},
        capture_output=True, text=True, timeout=60, check=False)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "David\\ Okafor\n1: David Okafor\n"
