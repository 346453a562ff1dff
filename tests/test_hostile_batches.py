"""Batches and files under hostile conditions (issue 10): a reader of stdout that goes
away, profiles that cannot be drafted, names too long for a file system, a batch
interrupted by a signal, and a full disk. Real processes where a real pipe or signal
is needed; the profiles are generated here, in the shape of the samples."""

from __future__ import annotations

import datetime
import errno
import fcntl
import json
import os
import select
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from followup import files, handoff
from followup.draft import Address, Draft

from .conftest import SAMPLES
from .isolation import in_empty_home

TODAY = "2026-11-27"  # a Friday: the check-in of every generated profile is due

PROFILE = """\
candidate:
  name: Jordan Lee
  email: jordan.lee@example.com
  phone: "+44 7700 900123"
company: {company}
role: Business Development Graduate
country: GB
recruiter:
  name: {recruiter}
  email: {email}
  agency: TalentBridge
interviews:
  - date: 2026-11-16
    kind: video
    decision_by: 2026-11-23
    interviewers:
      - name: Priya Shah
        email: priya.shah@bigbeanz.example
        title: Head of Sales
status: waiting
"""


def profile(company: str, recruiter: str = "Sam Patel",
            email: str = "sam.patel@talentbridge.example") -> str:
    # JSON strings are YAML strings: any name, safely quoted
    return PROFILE.format(company=json.dumps(company), recruiter=json.dumps(recruiter),
                          email=email)


def firms(folder: Path, count: int) -> list[str]:
    """`count` profiles, p001.yaml for "Firm 001" and so on; their drafts' file names."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        (folder / f"p{number:03}.yaml").write_text(profile(f"Firm {number:03}"), "utf-8")
    return [f"{TODAY}-firm-{number:03}-check-in-sam-patel.txt" for number in range(1, count + 1)]


def wrote(name: str, outbox: str = "outbox") -> str:
    return f"Wrote {outbox}/{name}: check-in to Sam Patel, due by 2026-11-30 (CI2)\n"


def listing(folder: Path) -> list[str]:
    """Every name in `folder`, hidden ones (a temporary file) too."""
    return sorted(os.listdir(folder)) if folder.exists() else []


@pytest.fixture(scope="module")
def hundreds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """200 profiles, and what each of their drafts must hold, made once for the module."""
    from followup.drafting.batch import prepare

    folder = tmp_path_factory.mktemp("hundreds") / "apps"
    firms(folder, 200)
    day = datetime.date.fromisoformat(TODAY)
    batch = in_empty_home(lambda: prepare(folder, Path("outbox"), day, "text", frozen=day))
    return folder, {item.path.name: item.content.encode("utf-8") for item in batch.outgoing}


def followup(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "followup", *map(str, args)]


# ------------------------------------------------------------------ a closed pipe

BROKEN_YAML = "company: [oops\n"
BROKEN_SKIPPED = ("Skipped apps/broken.yaml:2: YAML syntax: while parsing a flow sequence did "
                  "not find expected ',' or ']'\n  Check the indentation and quote values that "
                  "contain ': ' or start with a special character.\n")
BROKEN_PLAN = (BROKEN_SKIPPED.replace("Skipped", "Error:")
               + "1 profile could not be planned.\n")


FIVE = [f"{TODAY}-firm-{number:03}-check-in-sam-patel.txt" for number in range(1, 6)]
PANEL = [f"ashworth-lyle-thank-you-{name}.txt"
         for name in ("david-okafor", "helen-carter", "margaret-ashworth")]
TY6_TIP = ("tip TY6: A very traditional organisation may appreciate a handwritten note card: "
           "add --channel card for its text.\n")


@pytest.mark.parametrize(("args", "both", "code", "stderr", "written"), [
    (["drafts", "apps", "--out", "outbox", "--today", TODAY], False, 2, BROKEN_SKIPPED, FIVE),
    (["drafts", "apps", "--out", "outbox", "--today", TODAY], True, 2, "", FIVE),
    (["plan", "apps", "--today", TODAY], False, 2, BROKEN_PLAN, []),
    (["templates", "list"], False, 0, "", []),
    (["thank-you", SAMPLES / "big-beanz.yaml", "--today", "2026-11-17"], False, 0, "", []),
    (["thank-you", SAMPLES / "big-beanz.yaml", "--today", "2026-11-17", "-f", "eml"], False,
     0, "", []),
    (["thank-you", SAMPLES / "panel-interview.yaml", "--all", "--today", "2026-11-19",
      "--out", "outbox/"], False, 0, TY6_TIP, PANEL),
], ids=["drafts", "drafts-2>&1", "plan", "templates-list", "thank-you", "thank-you-eml",
        "thank-you-all-out"])
def test_a_pipe_closed_before_the_first_line_cuts_nothing_short(
        tmp_path: Path, args: list[Any], both: bool, code: int, stderr: str,
        written: list[str]) -> None:
    """`| head -0`, the earliest a reader can go: every write to stdout fails, and the work
    is still done whole, quietly, with the exit code the work earned (`both`: stderr goes
    into the same closed pipe, as with 2>&1)."""
    assert firms(tmp_path / "apps", 5) == FIVE
    (tmp_path / "apps" / "broken.yaml").write_text(BROKEN_YAML, "utf-8")
    reader, writer = os.pipe()
    os.close(reader)  # no reader: the first write gets EPIPE
    with (tmp_path / "stderr").open("wb") as errors:
        result = subprocess.run(followup(*args), stdout=writer,
                                stderr=writer if both else errors, cwd=tmp_path, timeout=60)
    os.close(writer)
    assert (result.returncode, (tmp_path / "stderr").read_text("utf-8")) == (code, stderr)
    assert listing(tmp_path / "outbox") == written  # and no hidden temporary file


def test_head_1_on_a_batch_of_200_leaves_all_200_written(
        tmp_path: Path, hundreds: tuple[Path, dict[str, bytes]]) -> None:
    folder, expected = hundreds
    outbox = tmp_path / "outbox"
    with subprocess.Popen(followup("drafts", folder, "--out", outbox, "--today", TODAY),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=tmp_path) as process:
        assert process.stdout is not None and process.stderr is not None
        first = _line(process)
        process.stdout.close()  # head -1 has what it wants, and goes
        assert (process.wait(timeout=60), process.stderr.read()) == (0, b"")
    assert first == wrote(sorted(expected)[0], str(outbox)).encode("utf-8")
    assert listing(outbox) == sorted(expected)
    assert {name: (outbox / name).read_bytes() for name in expected} == expected


def _line(process: subprocess.Popen[bytes], timeout: float = 60) -> bytes:
    """The process's next line on stdout; a failure, not a hang, if it never comes. Read a
    byte at a time from the pipe itself: what a buffered readline took beyond the line,
    communicate() (which reads the pipe) would never see."""
    assert process.stdout is not None
    line = b""
    while not line.endswith(b"\n"):
        ready, _, _ = select.select([process.stdout], [], [], timeout)
        assert ready, f"no line from followup in {timeout} s"
        byte = os.read(process.stdout.fileno(), 1)
        if not byte:
            break
        line += byte
    return line


# ------------------------------------------------------------------ skipped by name

TEMPLATE_WITH_A_TRAP = """\
---
situation: check-in
subject: "{{ role }} at {{ company }}: next steps"
---
Dear {{ salutation }},

{% if company == "Firm 003" %}{{ no_such_thing }}{% endif %}I remain very interested in \
the {{ role }} role. Could you let me know when I might hear about the next step?

Best wishes,
{{ candidate.name }}
"""
NOBODY = """\
candidate:
  name: Jordan Lee
  email: jordan.lee@example.com
company: Firm 003
role: Business Development Graduate
country: GB
interviews:
  - date: 2026-11-05
    kind: video
    interviewers: []
status: waiting
"""  # a check-in is late, and there is no one to send it to


@pytest.mark.parametrize(("trap", "format", "skipped"), [
    ("broken-yaml", "text", "Skipped apps/p003.yaml:2: YAML syntax: while parsing a flow "
     "sequence did not find expected ',' or ']'\n  Check the indentation and quote values "
     "that contain ': ' or start with a special character.\n"),
    ("nobody-to-write-to", "text", "Skipped apps/p003.yaml: check-in: The profile names no "
     "recruiter and no interviewer to write to. Add a recruiter: (name:, email:) or "
     "interviewers: to the latest interview.\n"),
    ("template-error", "text", "Skipped apps/p003.yaml: check-in: {home}/templates/"
     "check-in.md.j2:7: 'no_such_thing' is undefined\n"),
    ("address-an-eml-refuses", "eml", "Skipped apps/p003.yaml:10: recruiter.email: "
     "'sam..patel@talentbridge.example' is not a valid email: two dots in a row\n  Write a "
     "full address, such as jordan.lee@example.com.\n"),
], ids=["broken-yaml", "nobody-to-write-to", "template-error", "eml-bad-address"])
def test_a_profile_that_cannot_be_drafted_is_skipped_by_name_and_the_others_written(
        invoke: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_home: Path,
        trap: str, format: str, skipped: str) -> None:
    monkeypatch.chdir(tmp_path)
    names = [name.replace(".txt", f".{handoff.extension(format)}")
             for name in firms(tmp_path / "apps", 5)]
    third = tmp_path / "apps" / "p003.yaml"
    if trap == "broken-yaml":
        third.write_text(BROKEN_YAML, "utf-8")
    elif trap == "nobody-to-write-to":
        third.write_text(NOBODY, "utf-8")
    elif trap == "template-error":
        (user_home / "templates").mkdir(parents=True)
        (user_home / "templates" / "check-in.md.j2").write_text(TEMPLATE_WITH_A_TRAP, "utf-8")
    else:
        third.write_text(profile("Firm 003", email="sam..patel@talentbridge.example"), "utf-8")
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY, "--format", format)
    assert (result.exit_code, result.stderr) == (2, skipped.format(home=user_home))
    written = names[:2] + names[3:]
    assert result.stdout == "".join(wrote(name) for name in written) + (
        "4 drafts written for 4 applications; 0 with nothing due today; 1 skipped.\n")
    assert listing(tmp_path / "outbox") == sorted(written)


# ------------------------------------------------------------------ file names

def _draft(person: str) -> Draft:
    return Draft(situation="check-in", channel="email", to=(Address(person),),
                 sender=Address("Jordan Lee"), subject="Next steps", body="Hello", words=1)


BEANZ_100 = "-".join(["big-beanz"] * 10)  # "Big Beanz " * 30, cut to 100 bytes


@pytest.mark.parametrize(("company", "person", "format", "prefix", "names"), [
    ("Big Beanz " * 30, "Sam Patel", "text", "2026-11-27-",
     [f"2026-11-27-{BEANZ_100}-check-in-sam-patel.txt",
      f"2026-11-27-{BEANZ_100}-check-in-sam-patel-2.txt"]),
    ("Big Beanz", "李娜" * 60, "eml", "",  # 3 bytes a letter: 33 of them fit in 100 bytes
     [f"big-beanz-check-in-{'李娜' * 16}李.eml", f"big-beanz-check-in-{'李娜' * 16}李-2.eml"]),
    ("𠀀" * 40, "Ōtsuka Ōta " * 20, "mailto", "",  # 4 bytes a letter; accents dropped
     [f"{'𠀀' * 25}-check-in-{'otsuka-ota-' * 9}o.mailto.txt",
      f"{'𠀀' * 25}-check-in-{'otsuka-ota-' * 9}o-2.mailto.txt"]),
    ("Big Beanz", "Sam Patel", "markdown", "x" * 239 + "-",  # the whole name cut, at the end
     ["x" * 239 + "-big-beanz-ch.md", "x" * 239 + "-big-beanz-2.md"]),
], ids=["latin", "chinese-3-bytes", "4-bytes-mailto", "long-prefix"])
def test_file_names_fit_in_255_bytes_keeping_the_extension_and_the_number(
        company: str, person: str, format: str, prefix: str, names: list[str]) -> None:
    made = handoff.file_names([_draft(person)] * 2, company, format, prefix=prefix)
    assert made == names
    assert [len(name.encode("utf-8")) <= files.NAME_BYTES for name in made] == [True, True]


@pytest.mark.parametrize(("company", "person", "name"), [
    ("Big/Beanz", "../../etc/passwd", "big-beanz-check-in-etc-passwd.txt"),
    ("a\\b", "C:\\Users", "a-b-check-in-c-users.txt"),
    ("..", ".", "draft-check-in-draft.txt"),
    ("Big\x00Beanz", "Sam\tPatel", "big-beanz-check-in-sam-patel.txt"),
    ("\x1b[31mRed\x1b[0m", "Sam\x7fPatel", "31mred-0m-check-in-sam-patel.txt"),
    ("Evil\u202eCorp", "Sam\u200bPatel", "evil-corp-check-in-sam-patel.txt"),
    ("Slash／Corp", 'Con:*?<>|"', "slash-corp-check-in-con.txt"),
], ids=["slash", "backslash", "dots", "nul-and-tab", "escape-and-delete",
        "bidi-and-zero-width", "fullwidth-and-windows-reserved"])
def test_no_separator_or_control_character_reaches_a_file_name(company: str, person: str,
                                                               name: str) -> None:
    assert handoff.file_names([_draft(person)], company, "text") == [name]


def test_a_batch_with_long_names_is_written(invoke: Any, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The names really are accepted: this file system takes 255 bytes, and no more."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "apps").mkdir()
    company, person = "Ōtsuka Global Trading " * 12, "王小明" * 50
    for number in (1, 2):
        (tmp_path / "apps" / f"p{number}.yaml").write_text(profile(company, person), "utf-8")
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert (result.exit_code, result.stderr) == (0, "")
    stem = (f"{TODAY}-" + "-".join(["otsuka-global-trading"] * 5)[:100].rstrip("-")
            + "-check-in-" + "王小明" * 11)
    assert listing(tmp_path / "outbox") == [f"{stem}-2.txt", f"{stem}.txt"]


# ------------------------------------------------------------------ interrupted batches

@pytest.mark.parametrize(("number", "after", "code", "stderr"), [
    (signal.SIGINT, 1, 1, b"\nAborted!\n"),
    (signal.SIGINT, 10, 1, b"\nAborted!\n"),
    (signal.SIGTERM, 1, -signal.SIGTERM, b""),
    (signal.SIGTERM, 10, -signal.SIGTERM, b""),
    (signal.SIGHUP, 5, -signal.SIGHUP, b""),
], ids=["SIGINT-after-1", "SIGINT-after-10", "SIGTERM-after-1", "SIGTERM-after-10",
        "SIGHUP-after-5"])
def test_an_interrupted_batch_leaves_whole_files_and_no_temporary_ones(
        tmp_path: Path, hundreds: tuple[Path, dict[str, bytes]], number: int, after: int,
        code: int, stderr: bytes) -> None:
    """The signal comes as the batch reports its `after`th file: the one it is writing
    then is either whole or not there, and no hidden .tmp file is left."""
    folder, expected = hundreds
    outbox = tmp_path / "outbox"
    # SIGINT as a terminal gives it: a shell ignores it in the jobs it puts in the background
    process = subprocess.Popen(followup("drafts", folder, "--out", outbox, "--today", TODAY),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert process.stdout is not None
    if hasattr(fcntl, "F_SETPIPE_SZ"):  # a small pipe: the batch waits for its reader,
        # instead of finishing all 200 drafts before a busy machine delivers the signal
        fcntl.fcntl(process.stdout.fileno(), fcntl.F_SETPIPE_SZ, 4096)
    for _ in range(after):
        assert _line(process).startswith(b"Wrote ")
    process.send_signal(number)
    rest, errors = process.communicate(timeout=60)
    assert (process.returncode, errors) == (code, stderr)
    present = listing(outbox)
    reported = after + rest.count(b"Wrote ")
    assert len(present) in (reported, reported + 1)  # written, and stopped before saying so
    assert len(present) < len(expected)  # it was stopped
    assert present == sorted(expected)[:len(present)]  # no .tmp among them
    assert {name: (outbox / name).read_bytes() for name in present} == {
        name: expected[name] for name in present}


# ------------------------------------------------------------------ a full disk

class Disk:
    """followup.files' view of `os`, where `call` fails with `number` once the third file
    is begun (a write fails after a part of the file reached the disk)."""

    def __init__(self, call: str, number: int) -> None:
        self.call, self.number, self.begun = call, number, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def _fail(self, call: str) -> None:
        if call == self.call and self.begun == 3:
            raise OSError(self.number, os.strerror(self.number))

    def open(self, path: Any, flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            self.begun += 1
            self._fail("open")
        return os.open(path, flags, mode)

    def write(self, descriptor: int, data: Any) -> int:
        if self.call == "write" and self.begun == 3:
            os.write(descriptor, data[:10])
        self._fail("write")
        return os.write(descriptor, data)

    def fsync(self, descriptor: int) -> None:
        self._fail("fsync-folder" if stat.S_ISDIR(os.fstat(descriptor).st_mode) else "fsync")
        os.fsync(descriptor)

    def close(self, descriptor: int) -> None:  # where NFS reports a full quota
        os.close(descriptor)
        self._fail("close")


ROOM = "Make room on that disk, or choose another folder, then run it again."


@pytest.mark.parametrize(("call", "number", "fix"), [
    ("write", errno.ENOSPC, ROOM),
    ("close", errno.EDQUOT, f"Your disk quota is used up. {ROOM}"),
    ("open", errno.EROFS, "That file system is read-only: choose another folder."),
    ("open", errno.EACCES, "You may not write in outbox: choose another folder, or change "
                           "its permissions."),
], ids=["ENOSPC-in-write", "EDQUOT-in-close", "EROFS", "EACCES"])
def test_a_failed_write_names_the_file_and_leaves_no_part_of_it(
        invoke: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str, number: int,
        fix: str) -> None:
    monkeypatch.chdir(tmp_path)
    names = firms(tmp_path / "apps", 5)
    monkeypatch.setattr(files, "os", Disk(call, number))
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert (result.exit_code, result.stdout) == (2, wrote(names[0]) + wrote(names[1]))
    assert result.stderr == (
        f"Error: outbox/{names[2]} could not be written ({os.strerror(number)}); no part of "
        f"it was left behind.\n  {fix}\n  2 of the 5 drafts were written before it (listed "
        "above); run it again with --force to write them all.\n")
    assert listing(tmp_path / "outbox") == names[:2]


def test_a_folder_that_cannot_be_synced_loses_no_draft(
        invoke: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Some file systems cannot fsync a folder (EINVAL). The draft is in place by then: it
    is written, and listed, not called "not written" while it is there."""
    monkeypatch.chdir(tmp_path)
    names = firms(tmp_path / "apps", 5)
    monkeypatch.setattr(files, "os", Disk("fsync-folder", errno.EINVAL))
    result = invoke("drafts", "apps", "--out", "outbox", "--today", TODAY)
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "".join(wrote(name) for name in names)
        + "5 drafts written for 5 applications; 0 with nothing due today.\n", "")
    assert listing(tmp_path / "outbox") == names


@pytest.mark.parametrize(("call", "number", "fix"), [
    ("write", errno.ENOSPC, ROOM),
    ("fsync", errno.EDQUOT, f"Your disk quota is used up. {ROOM}"),
], ids=["ENOSPC-in-write", "EDQUOT-in-fsync"])
def test_a_single_draft_on_a_full_disk(invoke: Any, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, call: str, number: int,
                                       fix: str) -> None:
    """One draft to --out is synced as it is written (a batch syncs once, at its end)."""
    monkeypatch.chdir(tmp_path)
    disk = Disk(call, number)
    disk.begun = 2  # the next file is the third
    monkeypatch.setattr(files, "os", disk)
    result = invoke("check-in", SAMPLES / "big-beanz.yaml", "--today", TODAY,
                    "--out", "note.txt")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: note.txt could not be written ({os.strerror(number)}); "
                             f"no part of it was left behind.\n  {fix}\n")
    assert [name for name in listing(tmp_path) if name != "followup-home"] == []


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real file system of 64 KiB (tmpfs), where mounting one is allowed (root on Linux)."""
    mount = tmp_path / "small"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                          capture_output=True, check=False) if sys.platform == "linux" \
        and os.geteuid() == 0 else None
    if made is None or made.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (root on Linux only)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_really_full_disk(invoke: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            small_disk: Path) -> None:
    monkeypatch.chdir(tmp_path)
    names = firms(tmp_path / "apps", 40)  # a page of 4 KiB each: 16 fit
    result = invoke("drafts", "apps", "--out", "small/outbox", "--today", TODAY)
    count = result.stdout.count("Wrote ")
    assert (result.exit_code, result.stdout) == (
        2, "".join(wrote(name, "small/outbox") for name in names[:count]))
    assert 0 < count < 40
    more = (f"\n  {count} of the 40 drafts were written before it (listed above); run it "
            "again with --force to write them all.")
    assert result.stderr == (
        f"Error: small/outbox/{names[count]} could not be written (No space left on "
        f"device); no part of it was left behind.\n  {ROOM}{more}\n")
    assert listing(small_disk / "outbox") == names[:count]
