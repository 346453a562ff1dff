"""followup drafts: everything due (or late) across a folder of applications, into an outbox."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path
from typing import Any

import pytest

from .conftest import SAMPLES

TODAY = "2026-11-27"  # a Friday: a check-in due, thank-you notes late, an offer, feedback
WRITTEN = [  # (file, what the summary says of it), in the order of the plan
    ("2026-11-27-big-beanz-check-in-sam-patel.txt",
     "check-in to Sam Patel, due by 2026-11-30 (CI11)"),
    ("2026-11-27-lumen-health-thank-you-daniel-brooks.txt",
     "thank-you to Daniel Brooks, late: it was due by 2026-11-13 (TY2)"),
    ("2026-11-27-lumen-health-competing-offer-daniel-brooks.txt",
     "competing-offer to Daniel Brooks, due by 2026-12-01 (CO1)"),
    ("2026-11-27-ashworth-lyle-thank-you-margaret-ashworth.txt",
     "thank-you to Margaret Ashworth, late: it was due by 2026-11-19 (TY2)"),
    ("2026-11-27-ashworth-lyle-thank-you-david-okafor.txt",
     "thank-you to David Okafor, late: it was due by 2026-11-19 (TY2)"),
    ("2026-11-27-ashworth-lyle-thank-you-helen-carter.txt",
     "thank-you to Helen Carter, late: it was due by 2026-11-19 (TY2)"),
    ("2026-11-27-northgate-analytics-feedback-request-tom-becker.txt",
     "feedback-request to Tom Becker, due by 2026-11-27 (FB1)"),
]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """apps/ holds the samples, one of them a folder down; paths in output are relative."""
    monkeypatch.chdir(tmp_path)
    apps = tmp_path / "apps"
    (apps / "closed").mkdir(parents=True)
    for sample in ("big-beanz", "competing-offer", "panel-interview"):
        shutil.copyfile(SAMPLES / f"{sample}.yaml", apps / f"{sample}.yaml")
    shutil.copyfile(SAMPLES / "unsuccessful.yaml", apps / "closed" / "unsuccessful.yaml")
    return apps


def _summary(written: list[tuple[str, str]], tail: str) -> str:
    return "".join(f"Wrote outbox/{name}: {what}\n" for name, what in written) + tail


def test_drafts_everything_due_or_late_across_the_folder(invoke: Any, golden: Any,
                                                          folder: Path) -> None:
    before = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == _summary(
        WRITTEN, "7 drafts written for 4 applications; 0 with nothing due today.\n")
    outbox = folder.parent / "outbox"
    assert sorted(path.name for path in outbox.iterdir()) == sorted(name for name, _ in WRITTEN)
    golden(f"outbox/{WRITTEN[0][0]}", (outbox / WRITTEN[0][0]).read_text("utf-8"))
    after = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    assert after == before  # no profile changed, no log written


@pytest.mark.parametrize(("name", "command"), [
    (WRITTEN[0][0], ["check-in", "apps/big-beanz.yaml"]),
    (WRITTEN[1][0], ["thank-you", "apps/competing-offer.yaml", "--to", "Daniel Brooks"]),
    (WRITTEN[2][0], ["competing-offer", "apps/competing-offer.yaml"]),
    (WRITTEN[5][0], ["thank-you", "apps/panel-interview.yaml", "--to", "Helen Carter"]),
    (WRITTEN[6][0], ["feedback-request", "apps/closed/unsuccessful.yaml"]),
])
def test_each_file_is_the_draft_its_own_command_writes(invoke: Any, folder: Path, name: str,
                                                       command: list[str]) -> None:
    assert invoke("drafts", "apps", "--out", "outbox", "--today", TODAY).exit_code == 0
    alone = invoke(*command, "--today", TODAY)
    assert alone.exit_code == 0, alone.output
    assert (folder.parent / "outbox" / name).read_text("utf-8") == alone.stdout


def test_what_the_log_records_as_sent_is_not_drafted_again(invoke: Any, folder: Path) -> None:
    for args in (["sent", "apps/big-beanz.yaml", "thank-you", "--date", "2026-11-16"],
                 ["sent", "apps/big-beanz.yaml", "recruiter-debrief", "--date", "2026-11-16"],
                 ["sent", "apps/big-beanz.yaml", "check-in", "--date", "2026-11-27"]):
        assert invoke(*args).exit_code == 0
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == _summary(
        WRITTEN[1:], "6 drafts written for 3 applications; 1 with nothing due today.\n")


def test_a_broken_profile_is_reported_and_the_others_are_drafted(invoke: Any,
                                                                 folder: Path) -> None:
    broken = folder / "typo.yaml"
    broken.write_text((SAMPLES / "big-beanz.yaml").read_text("utf-8")
                      .replace("kind: video", "kind: zoom"), "utf-8")
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert result.exit_code == 2
    assert result.stderr == ("Skipped apps/typo.yaml:20: interviews[0].kind: 'zoom' is not "
                             "allowed\n  Use one of: phone, video, in-person, "
                             "assessment-centre.\n")
    assert result.stdout == _summary(
        WRITTEN, "7 drafts written for 4 applications; 0 with nothing due today; "
                 "1 skipped.\n")


def test_a_shared_candidate_file_is_not_a_broken_profile(invoke: Any, folder: Path) -> None:
    (folder / "me.yaml").write_text("name: Jordan Lee\nemail: jordan.lee@example.com\n",
                                    "utf-8")
    profile = folder / "big-beanz.yaml"
    text = profile.read_text("utf-8")
    start, end = text.index("candidate:\n"), text.index("company:")
    profile.write_text(text[:start] + "candidate: me.yaml\n" + text[end:], "utf-8")
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.endswith("7 drafts written for 4 applications; 0 with nothing due "
                                  "today.\n")


def test_an_unfinished_log_line_is_a_warning(invoke: Any, folder: Path) -> None:
    (folder / "big-beanz.log.jsonl").write_bytes(b'{"date":"2026-11-1')
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert result.exit_code == 0
    assert result.stderr.startswith("warning: apps/big-beanz.log.jsonl:1: skipped an "
                                    "unfinished entry")
    assert result.stdout == _summary(
        WRITTEN, "7 drafts written for 4 applications; 0 with nothing due today.\n")


def test_existing_files_refuse_the_whole_batch_unless_forced(invoke: Any, folder: Path) -> None:
    outbox = folder.parent / "outbox"
    outbox.mkdir()
    (outbox / WRITTEN[1][0]).write_text("my edited draft\n", "utf-8")
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: outbox/{WRITTEN[1][0]} already exists, so nothing was "
                             "written. Use --force to overwrite, or choose another --out.\n")
    assert [path.name for path in outbox.iterdir()] == [WRITTEN[1][0]]

    forced = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY, "--force")
    assert forced.exit_code == 0
    assert len(list(outbox.iterdir())) == len(WRITTEN)
    assert (outbox / WRITTEN[1][0]).read_text("utf-8").startswith("To: Daniel Brooks")

    again = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert again.exit_code == 1
    assert again.stderr.startswith(f"Error: outbox/{WRITTEN[0][0]} already exists (and 6 more)")


def test_eml_files_open_as_drafts_and_are_reproducible(invoke: Any, folder: Path) -> None:
    first = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY, "--format", "eml")
    assert first.exit_code == 0
    outbox = folder.parent / "outbox"
    name = WRITTEN[0][0].replace(".txt", ".eml")
    assert f"Wrote outbox/{name}: check-in to Sam Patel" in first.stdout
    made = (outbox / name).read_bytes()
    assert b"X-Unsent: 1\r\n" in made
    alone = invoke("check-in", "apps/big-beanz.yaml", "--today", TODAY, "--format", "eml")
    assert made == alone.stdout_bytes
    assert invoke("drafts", "apps", "--out", "outbox", "--today", TODAY, "--format", "eml",
                  "--force").exit_code == 0
    assert (outbox / name).read_bytes() == made


PUSHY_CHECK_IN = """\
---
situation: check-in
subject: "{{ role }} at {{ company }}: next steps"
---
Dear {{ salutation }},

I remain very interested in the {{ role }} role. Please reply ASAP.

Best wishes,
{{ candidate.name }}
"""


def test_G2_checker_errors_in_a_batch_are_labelled_errors(invoke: Any, folder: Path,
                                                          user_home: Path) -> None:
    (user_home / "templates").mkdir(parents=True)
    (user_home / "templates" / "check-in.md.j2").write_text(PUSHY_CHECK_IN, "utf-8")
    result = invoke("drafts", "apps/big-beanz.yaml", "--out", "outbox", "--today", TODAY)
    assert result.exit_code == 0  # the summary is the batch's word: see each file's notes
    assert result.stderr.startswith('  error G2: Puts pressure on them: "ASAP".')


def test_markdown_files(invoke: Any, folder: Path) -> None:
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY, "-f", "markdown")
    assert result.exit_code == 0
    name = WRITTEN[6][0].replace(".txt", ".md")
    assert (folder.parent / "outbox" / name).read_text("utf-8").startswith(
        "---\nsituation: feedback-request\nto: Tom Becker <")


def test_nothing_due(invoke: Any, folder: Path) -> None:
    result = invoke("drafts", "apps/closed", "--out", "outbox", "--today", "2026-11-19")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "0 drafts written for 0 applications; 1 with nothing due today.\n"
    assert not (folder.parent / "outbox").exists()


def test_two_applications_at_one_company_get_names_of_their_own(invoke: Any,
                                                                 folder: Path) -> None:
    (folder / "closed" / "unsuccessful.yaml").unlink()
    shutil.copyfile(folder / "big-beanz.yaml", folder / "closed" / "big-beanz-sales.yaml")
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert result.exit_code == 0
    assert "Wrote outbox/2026-11-27-big-beanz-check-in-sam-patel-2.txt: check-in to Sam " \
           "Patel" in result.stdout
    assert len(list((folder.parent / "outbox").iterdir())) == len(WRITTEN) - 1 + 1


def test_one_profile_instead_of_a_folder(invoke: Any, folder: Path) -> None:
    result = invoke("drafts", "apps/closed/unsuccessful.yaml", "--out", "outbox",
                    "--today", TODAY)
    assert result.exit_code == 0
    assert result.stdout == _summary(
        WRITTEN[6:], "1 draft written for 1 application; 0 with nothing due today.\n")


def test_out_is_required(invoke: Any, folder: Path) -> None:
    result = invoke("drafts", "apps")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "Error: Missing option '--out' / '-o'." in result.stderr


def test_a_name_taken_by_a_real_recipient_is_not_given_twice(invoke: Any, folder: Path) -> None:
    """Two applications at one company name a file -2; a recruiter whose own name makes
    that name (Sam Patel 2) must not get it too: every file of the batch is its own."""
    profile = (folder / "big-beanz.yaml").read_text("utf-8")
    (folder / "big-beanz-2.yaml").write_text(profile, "utf-8")
    (folder / "big-beanz-3.yaml").write_text(
        profile.replace("name: Sam Patel", "name: Sam Patel 2"), "utf-8")
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert (result.exit_code, result.stderr) == (0, "")
    check_ins = [line.split(":")[0] for line in result.stdout.splitlines()
                 if "check-in" in line]
    assert check_ins == ["Wrote outbox/2026-11-27-big-beanz-check-in-sam-patel.txt",
                         "Wrote outbox/2026-11-27-big-beanz-check-in-sam-patel-2.txt",
                         "Wrote outbox/2026-11-27-big-beanz-check-in-sam-patel-3.txt"]
    outbox = folder.parent / "outbox"
    assert (outbox / "2026-11-27-big-beanz-check-in-sam-patel-2.txt").read_text(
        "utf-8").startswith("To: Sam Patel 2 <")
    assert len(list(outbox.iterdir())) == len(WRITTEN) + 2


def test_file_names_serve_a_batch_with_a_prefix_and_the_names_taken() -> None:
    from followup import drafting, handoff, profile
    from followup.compose.situations import Options

    loaded = profile.load(SAMPLES / "big-beanz.yaml")
    made = drafting.compose("check-in", loaded, Options(today=datetime.date(2026, 11, 27)))
    assert handoff.file_names(made, loaded.company, "eml") == ["big-beanz-check-in-sam-patel.eml"]
    assert handoff.file_names(made * 2, loaded.company, "text", prefix="2026-11-27-",
                              taken={"2026-11-27-big-beanz-check-in-sam-patel.txt"}) == [
        "2026-11-27-big-beanz-check-in-sam-patel-2.txt",
        "2026-11-27-big-beanz-check-in-sam-patel-3.txt"]


def test_each_profile_is_loaded_once(invoke: Any, folder: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan hands drafting the profile it loaded: a folder is read once, not twice."""
    from followup import profile

    loaded: list[str] = []
    real_load = profile.load

    def counting_load(path: Any, *args: Any, **kwargs: Any) -> Any:
        loaded.append(str(path))
        return real_load(path, *args, **kwargs)

    monkeypatch.setattr(profile, "load", counting_load)
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert result.exit_code == 0
    assert sorted(loaded) == ["apps/big-beanz.yaml", "apps/closed/unsuccessful.yaml",
                              "apps/competing-offer.yaml", "apps/panel-interview.yaml"]


def test_the_outbox_is_synced_once_a_batch_not_twice_a_file(
        invoke: Any, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Drafts can always be made again: each is written whole (renamed into place), and the
    outbox goes to disk with one sync when all are written, not a file and folder fsync for
    each (issue 14: a busy disk made those most of a batch's wall time)."""
    import os

    calls: list[str] = []
    monkeypatch.setattr(os, "fsync", lambda descriptor: calls.append("fsync"))
    monkeypatch.setattr(os, "sync", lambda: calls.append("sync"))
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert result.exit_code == 0
    assert len(list((folder.parent / "outbox").iterdir())) == len(WRITTEN)
    assert calls == ["sync"]
