"""The README's console examples are what the commands print.

Every ```console block is run, in order, as one reader would in one folder: a copy of the
clone's `sample_profiles/`, and an empty FOLLOWUP_HOME. A block is a session of lines
`$ COMMAND` each followed by what it prints (stdout and stderr as a terminal shows them).
The commands are `followup ...` (run in process), `cd DIR`, and `cat FILE`, whose output is
the content of a file the reader wrote (the test writes it). Where the README shortens an
output: a line that is only `...` stands for any number of lines, and `...` inside a line
for any text on that line.

A test runs one block, after the commands of the blocks before it (not compared), so a
block finds the files the earlier ones made (`ashworth.yaml`, the sent-log)."""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup.cli import cli

from .conftest import ROOT, SAMPLES

README = ROOT / "README.md"
ELLIPSIS = "..."


@dataclass(frozen=True)
class Step:
    command: str
    output: str  # what the README shows it printing, with a final newline


@dataclass(frozen=True)
class Block:
    line: int  # of the README, where the block opens
    steps: tuple[Step, ...]


def console_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        if line.strip() != "```console":
            continue
        indent = line[:len(line) - len(line.lstrip())]
        body = []
        for inside in lines[number:]:
            if inside.strip() == "```":
                break
            body.append(inside.removeprefix(indent))
        steps: list[tuple[str, list[str]]] = []
        for inside in body:
            if inside.startswith("$ "):
                steps.append((inside[2:], []))
            else:
                assert steps, f"README.md:{number}: a console block starts with a command"
                steps[-1][1].append(inside)
        blocks.append(Block(number, tuple(Step(command, "".join(f"{out}\n" for out in shown))
                                          for command, shown in steps)))
    return blocks


def shown_as_pattern(shown: str) -> re.Pattern[str]:
    """The README's text as a pattern, with its shortenings (see the module's docstring)."""
    parts = []
    for line in shown.splitlines():
        if line.strip() == ELLIPSIS:
            parts.append("(?:.*\n)*?")
        else:
            parts.append(".*".join(re.escape(piece) for piece in line.split(ELLIPSIS)) + "\n")
    return re.compile("".join(parts))


BLOCKS = console_blocks(README.read_text("utf-8"))


def _applications(folder: Path) -> None:
    """"here big-beanz.yaml beside the panel-interview and unsuccessful samples"."""
    (folder / "applications").mkdir()
    for name in ("big-beanz", "panel-interview", "unsuccessful"):
        shutil.copyfile(SAMPLES / f"{name}.yaml", folder / "applications" / f"{name}.yaml")


def _misspelt(folder: Path) -> None:
    """The mistake the README shows: the big-beanz sample with `kind: vidoe`."""
    text = (SAMPLES / "big-beanz.yaml").read_text("utf-8")
    assert text.splitlines()[19] == "    kind: video"  # line 20, as the README says
    (folder / "big-beanz.yaml").write_text(text.replace("kind: video", "kind: vidoe"), "utf-8")


# Files a block needs that no earlier command made: the reader's own, as the text says.
SETUP: dict[str, Callable[[Path], None]] = {
    "cd applications/": _applications,
    "followup thank-you big-beanz.yaml": _misspelt,
}


class Session:
    """One reader's folder, and where they are in it."""

    def __init__(self, root: Path) -> None:
        self.root = self.here = root
        shutil.copytree(SAMPLES, root / "sample_profiles")

    def run(self, step: Step) -> str:
        if step.command in SETUP:
            SETUP[step.command](self.here)
        words = shlex.split(step.command)
        if words[0] == "cd":
            self.here = (self.here / words[1]).resolve()
            assert self.here.is_relative_to(self.root) and self.here.is_dir()
            return ""
        if words[0] == "cat":  # a file of the reader's: the README shows its content
            (self.here / words[1]).write_text(step.output, "utf-8")
            return step.output
        assert words[0] == "followup", f"not a command this test runs: {step.command}"
        with pytest.MonkeyPatch.context() as patch:
            patch.chdir(self.here)
            result = CliRunner().invoke(cli, words[1:], catch_exceptions=False)
        return result.output


@pytest.mark.parametrize("index", range(len(BLOCKS)),
                         ids=[f"README.md:{block.line}" for block in BLOCKS])
def test_readme_console_block(tmp_path: Path, index: int) -> None:
    session = Session(tmp_path)
    for block in BLOCKS[:index]:
        for step in block.steps:
            session.run(step)
    for step in BLOCKS[index].steps:
        printed = session.run(step)
        if ELLIPSIS in step.output and shown_as_pattern(step.output).fullmatch(printed):
            continue
        assert printed == step.output, f"$ {step.command}"  # shows the difference


def test_the_readme_has_the_tour() -> None:
    """The blocks this file runs, so that a block lost to a broken fence is noticed."""
    commands = [step.command for block in BLOCKS for step in block.steps]
    assert commands[:2] == ["followup init --sample panel-interview ashworth.yaml",
                            "followup thank-you ashworth.yaml --to Okafor --today 2026-11-19"]
    assert len(BLOCKS) >= 9 and "followup check chase.txt" in commands


@pytest.mark.parametrize(("shown", "printed", "matches"), [
    pytest.param("a\n...\nz\n", "a\nb\nc\nz\n", True, id="lines"),
    pytest.param("a\n...\nz\n", "a\nz\n", True, id="no-lines"),
    pytest.param("a\n  ...\nz\n", "a\nb\nz\n", True, id="indented"),
    pytest.param('"body": "Dear Sam,...",\n', '"body": "Dear Sam,\\n\\nMore",\n', True,
                 id="in-a-line"),
    pytest.param("a\n...\nz\n", "a\nb\ny\n", False, id="the-end-differs"),
    pytest.param('"body": "Dear Sam,...",\n', '"body": "Dear Ann,\\n",\n', False,
                 id="the-start-differs"),
    pytest.param("a.b\n", "axb\n", False, id="text-is-literal"),
])
def test_shortened_outputs(shown: str, printed: str, matches: bool) -> None:
    assert bool(shown_as_pattern(shown).fullmatch(printed)) is matches
