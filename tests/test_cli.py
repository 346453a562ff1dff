"""The command line: help, errors without tracebacks, files written safely, safe templates."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from followup.cli import COMMANDS, cli

from .conftest import GOLDEN, ROOT, SAMPLES

BIG_BEANZ = SAMPLES / "big-beanz.yaml"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(invoke: Any, command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: cli {command}")
    assert "Example" in result.stdout


def test_top_level_help_lists_every_command(invoke: Any) -> None:
    result = invoke("--help")
    section = result.stdout.split("Commands:\n")[1].split("\n\n")[0]
    listed = [line.split()[0] for line in section.splitlines() if not line.startswith("   ")]
    assert sorted(listed) == sorted(COMMANDS)


def test_version(invoke: Any) -> None:
    assert invoke("--version").stdout == "followup, version 0.1.0\n"


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "followup", "thank-you", str(BIG_BEANZ),
                             "--today", "2026-11-17"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (GOLDEN / "drafts" / "big-beanz.thank-you.txt").read_text("utf-8")


def test_bad_profile_is_one_message_and_exit_2(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "typo.yaml"
    path.write_text(BIG_BEANZ.read_text("utf-8").replace("kind: video", "kind: zoom"), "utf-8")
    result = invoke("thank-you", path)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: {path}:20: interviews[0].kind: 'zoom' is not allowed\n"
                             "  Use one of: phone, video, in-person, assessment-centre.\n")


def test_no_traceback_without_debug_but_with_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    plain = subprocess.run([sys.executable, "-m", "followup", "thank-you", str(missing)],
                           capture_output=True, text=True, check=False)
    assert plain.returncode == 2 and "Traceback" not in plain.stderr
    assert plain.stderr == (f"Error: {missing}: no such file\n"
                            f"  Create one with: followup init {missing}\n")
    debug = subprocess.run([sys.executable, "-m", "followup", "--debug", "thank-you",
                            str(missing)], capture_output=True, text=True, check=False)
    assert debug.returncode == 1 and "Traceback" in debug.stderr
    assert debug.stderr.rstrip().endswith(f"  Create one with: followup init {missing}")


def test_bad_date_option(invoke: Any) -> None:
    result = invoke("thank-you", BIG_BEANZ, "--today", "tomorrow")
    assert result.exit_code == 2
    assert "Invalid value for '--today': 'tomorrow' is not a date: write it as YYYY-MM-DD" \
        in result.stderr


def test_unknown_recipient(invoke: Any) -> None:
    result = invoke("thank-you", BIG_BEANZ, "--to", "Bob")
    assert result.exit_code == 2
    assert result.stderr == ("Error: --to 'Bob' is not in the interview on 2026-11-16. Names "
                             "there: Priya Shah.\n")


def test_all_is_only_for_thank_you_notes(invoke: Any) -> None:
    result = invoke("check-in", BIG_BEANZ, "--all")
    assert result.exit_code == 2 and "No such option '--all'" in result.stderr


# ------------------------------------------------------------------ --out


def test_out_writes_a_file_and_never_overwrites_without_force(invoke: Any, tmp_path: Path) -> None:
    out = tmp_path / "drafts" / "note.txt"
    first = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--out", out)
    assert (first.exit_code, first.stdout) == (0, f"Wrote {out}\n")
    expected = (GOLDEN / "drafts" / "big-beanz.thank-you.txt").read_text("utf-8")
    assert out.read_text("utf-8") == expected

    out.write_text("my own edits\n", "utf-8")
    again = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--out", out)
    assert again.exit_code == 1
    assert again.stderr == (f"Error: {out} already exists. Use --force to overwrite it, or "
                            "choose another --out.\n")
    assert out.read_text("utf-8") == "my own edits\n"

    forced = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--out", out, "--force")
    assert forced.exit_code == 0 and out.read_text("utf-8") == expected
    assert sorted(path.name for path in out.parent.iterdir()) == ["note.txt"]  # no temp files


def test_out_folder_gets_one_file_per_interviewer(invoke: Any, tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    result = invoke("thank-you", SAMPLES / "panel-interview.yaml", "--all",
                    "--today", "2026-11-19", "--out", f"{outbox}/", "--format", "markdown")
    names = ["ashworth-lyle-thank-you-margaret-ashworth.md",
             "ashworth-lyle-thank-you-david-okafor.md", "ashworth-lyle-thank-you-helen-carter.md"]
    assert result.exit_code == 0
    assert result.stdout == "".join(f"Wrote {outbox / name}\n" for name in names)
    assert sorted(path.name for path in outbox.iterdir()) == sorted(names)
    assert (outbox / names[1]).read_text("utf-8").startswith(
        "---\nsituation: thank-you\nto: David Okafor <david.okafor@ashworthlyle.example>\n")


def test_json_for_several_notes_is_a_list(invoke: Any) -> None:
    result = invoke("thank-you", SAMPLES / "panel-interview.yaml", "--all", "--format", "json",
                    "--today", "2026-11-19")
    data = json.loads(result.stdout)
    assert [note["to"][0]["name"] for note in data] == [
        "Margaret Ashworth", "David Okafor", "Helen Carter"]
    assert set(data[0]) == {"situation", "channel", "from", "to", "cc", "subject", "body",
                            "words", "warnings", "tips"}


# ------------------------------------------------------------------ safety


def test_profile_values_are_text_never_template_code(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "sneaky.yaml"
    path.write_text(BIG_BEANZ.read_text("utf-8")
                    .replace("company: Big Beanz", "company: \"{{ 7*7 }}\"")
                    .replace("title: Head of Sales", "salutation: \"{% raw %}Priya\""), "utf-8")
    result = invoke("thank-you", path, "--today", "2026-11-17")
    assert result.exit_code == 0
    assert "Dear {% raw %}Priya," in result.stdout
    assert "would be delighted to join {{ 7*7 }}." in result.stdout
    assert "49" not in result.stdout


def test_a_line_break_in_a_subject_is_refused(invoke: Any, tmp_path: Path) -> None:
    template = tmp_path / "sneaky.md.j2"
    template.write_text("---\nsubject: \"Hello{{ '\\\\nBcc: everyone@example.com' }}\"\n---\n"
                        "Dear {{ salutation }},\n\nThanks.\n\nBest wishes,\nJordan\n", "utf-8")
    result = invoke("thank-you", BIG_BEANZ, "--template", template)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "Error: The subject would contain a line break: 'Hello\\nBcc: everyone@example.com'. "
        "A line break in an email header can add headers of its own, so it is refused. Write "
        "the value on one line in the profile or template.\n")


def test_templates_run_in_the_sandbox(invoke: Any, tmp_path: Path) -> None:
    template = tmp_path / "escape.md.j2"
    template.write_text("Dear {{ salutation }},\n{{ candidate.__class__.__mro__ }}\n", "utf-8")
    result = invoke("thank-you", BIG_BEANZ, "--template", template)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {template}:2: ")
    assert "unsafe" in result.stderr or "__class__" in result.stderr


def test_a_misspelt_template_variable_is_an_error(invoke: Any, tmp_path: Path) -> None:
    template = tmp_path / "typo.md.j2"
    template.write_text("Dear {{ salutation }},\n\n{{ compnay }}\n", "utf-8")
    result = invoke("thank-you", BIG_BEANZ, "--template", template)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {template}:3: 'compnay' is undefined\n"


def test_cli_object_is_the_console_script() -> None:
    import importlib.metadata

    entry = [point for point in importlib.metadata.entry_points(group="console_scripts")
             if point.name == "followup"]
    assert entry and entry[0].value == "followup.cli:main"
    assert cli.name == "cli"


def test_bundled_templates_are_found_from_this_install() -> None:
    from followup import home

    names = sorted(path.name for path in home.bundled_templates().iterdir())
    assert {"thank-you.md.j2", "check-in.md.j2", "feedback-request.md.j2",
            "competing-offer.md.j2", "phrases.yaml"} <= set(names)
    assert home.bundled_samples().is_dir()
    assert ROOT.is_dir()
