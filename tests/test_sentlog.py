"""The sent-log file: its name, appends that survive a kill, unfinished lines, bad lines."""

from __future__ import annotations

import datetime
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import msgspec
import pytest

from followup import sentlog
from followup.errors import FollowupError
from followup.sentlog import Entry, LogError

from .conftest import SAMPLES

THANKED = Entry(date=datetime.date(2026, 11, 16), event="sent", situation="thank-you",
                to="Priya Shah")
CHASED = Entry(date=datetime.date(2026, 11, 26), event="sent", situation="check-in",
               to="Sam Patel", channel="phone")
REPLY = Entry(date=datetime.date(2026, 11, 27), event="replied",
              decision_by=datetime.date(2026, 12, 4))


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "big-beanz.yaml"
    shutil.copyfile(SAMPLES / "big-beanz.yaml", path)
    return path


def test_the_log_sits_beside_the_profile_and_is_not_a_yaml_file(profile: Path) -> None:
    written = sentlog.append(profile, THANKED)
    assert written == profile.parent / "big-beanz.log.jsonl"
    assert sorted(path.name for path in profile.parent.glob("*.yaml")) == ["big-beanz.yaml"]
    assert sentlog.log_path(Path("apps/acme.v2.yml")) == Path("apps/acme.v2.log.jsonl")


def test_no_log_yet_reads_as_no_entries(profile: Path) -> None:
    assert sentlog.read(profile) == ()
    assert not sentlog.log_path(profile).exists()


def test_entries_read_back_in_the_order_recorded_one_json_object_a_line(profile: Path) -> None:
    before = profile.read_bytes()
    for entry in (THANKED, CHASED, REPLY):
        sentlog.append(profile, entry)
    assert sentlog.read(profile) == (THANKED, CHASED, REPLY)
    assert sentlog.log_path(profile).read_text("utf-8") == (
        '{"date":"2026-11-16","event":"sent","situation":"thank-you","to":"Priya Shah"}\n'
        '{"date":"2026-11-26","event":"sent","situation":"check-in","to":"Sam Patel",'
        '"channel":"phone"}\n'
        '{"date":"2026-11-27","event":"replied","decision_by":"2026-12-04"}\n')
    assert profile.read_bytes() == before


def test_names_are_kept_as_written(profile: Path) -> None:
    entry = Entry(date=datetime.date(2026, 11, 19), event="sent", situation="thank-you",
                  to="Aoife Ní Bhriain")
    sentlog.append(profile, entry)
    assert "Ní Bhriain" in sentlog.log_path(profile).read_text("utf-8")
    assert sentlog.read(profile) == (entry,)


def test_an_append_is_synced_and_so_is_the_folder_of_a_new_log(
        profile: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def spy(descriptor: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(descriptor).st_mode) else "file")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", spy)
    sentlog.append(profile, THANKED)
    assert synced == ["file", "folder"]  # the new file's name must survive a crash too
    sentlog.append(profile, CHASED)
    assert synced == ["file", "folder", "file"]


def test_a_write_the_system_cuts_short_is_finished(profile: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda descriptor, data: real_write(descriptor, data[:7]))
    sentlog.append(profile, THANKED)
    sentlog.append(profile, CHASED)
    assert sentlog.read(profile) == (THANKED, CHASED)


# ---------------------------------------------------------------- a crash mid-write

LINE = msgspec.json.encode(CHASED) + b"\n"


@pytest.mark.parametrize("cut", range(1, len(LINE)))
def test_a_partial_write_loses_no_earlier_entry_and_never_merges_two(profile: Path,
                                                                     cut: int) -> None:
    """A crash after `cut` bytes of the second entry reached the disk."""
    sentlog.append(profile, THANKED)
    with sentlog.log_path(profile).open("ab") as log:
        log.write(LINE[:cut])
    whole = cut == len(LINE) - 1  # only the line break is missing: the entry is complete
    first = sentlog.read_log(profile)
    assert first.entries == ((THANKED, CHASED) if whole else (THANKED,))
    assert len(first.warnings) == (0 if whole else 1)

    sentlog.append(profile, REPLY)  # ends the unfinished line first
    second = sentlog.read_log(profile)
    assert second.entries == ((THANKED, CHASED, REPLY) if whole else (THANKED, REPLY))
    assert second.warnings == first.warnings  # still skipped, now that it is not the last
    assert sentlog.log_path(profile).read_bytes().splitlines()[-1] == \
        msgspec.json.encode(REPLY)


def test_the_warning_names_the_file_and_line(profile: Path) -> None:
    sentlog.append(profile, THANKED)
    with sentlog.log_path(profile).open("ab") as log:
        log.write(b'{"date":"2026-11-26","event":"se')
    log_file = sentlog.log_path(profile)
    assert sentlog.read_log(profile).warnings == (
        f'{log_file}:2: skipped an unfinished entry, left by a write that was interrupted: '
        '{"date":"2026-11-26","event":"se. If followup log does not show that contact, record '
        'it again; delete the line to stop this warning.',)


def test_zeros_left_by_a_crash_are_an_unfinished_line(profile: Path) -> None:
    sentlog.append(profile, THANKED)
    with sentlog.log_path(profile).open("ab") as log:
        log.write(b"\0" * 50)
    assert len(sentlog.read_log(profile).warnings) == 1
    sentlog.append(profile, REPLY)
    assert sentlog.read(profile) == (THANKED, REPLY)


# ---------------------------------------------------------------- the kill test

WRITER = """
import datetime, itertools, sys
from pathlib import Path
from followup import sentlog

profile, start = Path(sys.argv[1]), int(sys.argv[2])
for number in itertools.count(start):
    sentlog.append(profile, sentlog.Entry(date=datetime.date(2026, 11, 26), event="sent",
                                          situation="check-in", to=f"Writer {number}"))
    print(number, flush=True)  # reported written: append has returned
"""


def test_entries_reported_written_survive_a_kill_at_any_moment(profile: Path) -> None:
    """20 rounds: a process appends in a loop through sentlog.append and says each number
    it has written; it is killed (SIGKILL) at a random moment. Every number it reported
    must be in the log, in order, and the log must still read."""
    seed = int.from_bytes(os.urandom(4), "big")
    chance = random.Random(seed)
    before = profile.read_bytes()
    reported: list[int] = []
    deadline = time.monotonic() + 60
    for round_ in range(20):
        assert time.monotonic() < deadline, f"too slow: {round_} rounds in 60 s (seed {seed})"
        start = _next_number(profile)
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(profile), str(start)],
                                  stdout=subprocess.PIPE)
        assert writer.stdout is not None
        first = writer.stdout.readline()  # it is writing: now wait a random moment
        assert first, f"the writer ended without writing (seed {seed})"
        time.sleep(chance.uniform(0, 0.05))
        writer.send_signal(signal.SIGKILL)
        rest = writer.stdout.read()
        writer.wait()
        writer.stdout.close()
        assert writer.returncode == -signal.SIGKILL
        # only whole lines count as reported: a number cut short was not said in full
        reported += [int(line) for line in (first + rest).split(b"\n")[:-1]]
        recorded = sentlog.read_log(profile)
        numbers = [int(entry.to.removeprefix("Writer ")) for entry in recorded.entries
                   if entry.to]
        assert numbers == sorted(set(numbers)), f"out of order (seed {seed})"
        assert set(reported) <= set(numbers), f"lost (seed {seed}, round {round_})"
        # at most one a round was written and not yet reported when the kill came
        assert len(set(numbers) - set(reported)) <= round_ + 1, f"seed {seed}"
        assert len(recorded.warnings) <= round_ + 1, f"seed {seed}"
    assert profile.read_bytes() == before
    assert len(reported) > 20


def _next_number(profile: Path) -> int:
    numbers = [int(entry.to.removeprefix("Writer ")) for entry in sentlog.read(profile)
               if entry.to]
    return max(numbers, default=-1) + 1


# ---------------------------------------------------------------- bad lines

BAD_LINES = [
    ("bad-date", '{"date":"2026-11-31","event":"sent","situation":"thank-you"}', "date",
     "not a date: write it as YYYY-MM-DD, such as 2026-11-16"),
    ("unknown-event", '{"date":"2026-11-16","event":"called","situation":"thank-you"}',
     "event", "'called' is not allowed: use one of sent, replied"),
    ("unknown-channel", '{"date":"2026-11-16","event":"sent","situation":"thank-you",'
     '"channel":"fax"}', "channel", "'fax' is not allowed: use one of email, phone, "
     "voicemail, card"),
    ("unknown-field", '{"date":"2026-11-16","event":"sent","situation":"thank-you",'
     '"who":"Priya"}', "who", "unknown field: the fields are date, event, situation, to, "
     "channel, decision_by"),
    ("missing-field", '{"event":"sent","situation":"thank-you"}', "date",
     "missing, and required"),
    ("not-an-object", '["2026-11-16","sent"]', None, "not a JSON object"),
    ("damaged", '{"date":"2026-11-16" "event":"sent"}', None, "not a JSON object"),
    ("no-situation", '{"date":"2026-11-16","event":"sent"}', "situation",
     "a sent entry needs the situation (thank-you, check-in, ...)"),
    ("unknown-situation", '{"date":"2026-11-16","event":"sent","situation":"thanks"}',
     "situation", "'thanks' is not a situation: use one of thank-you, check-in, "
     "feedback-request, competing-offer, recruiter-debrief, withdraw"),
    ("sent-without-to", '{"date":"2026-11-26","event":"sent","situation":"check-in"}', "to",
     "a sent entry needs the person it went to, as the profile names them"),
    ("sent-with-an-empty-to", '{"date":"2026-11-16","event":"sent","situation":"thank-you",'
     '"to":" "}', "to", "a sent entry needs the person it went to, as the profile names them"),
    ("replied-with-situation", '{"date":"2026-11-27","event":"replied","situation":"check-in"}',
     "situation", "a replied entry has no situation: it records a reply (and any new "
     "decision_by), and the contacts you made are sent entries"),
    ("replied-with-to", '{"date":"2026-11-27","event":"replied","to":"Sam Patel"}', "to",
     "a replied entry has no to: it records a reply (and any new decision_by), and the "
     "contacts you made are sent entries"),
    ("CI12-date-before-reply", '{"date":"2026-11-27","event":"replied",'
     '"decision_by":"2026-11-20"}', "decision_by",
     "2026-11-20 is before the reply itself (2026-11-27): a new promised date comes after it"),
]


@pytest.mark.parametrize(("line", "field", "problem"), [case[1:] for case in BAD_LINES],
                         ids=[case[0] for case in BAD_LINES])
def test_a_bad_line_before_the_last_is_an_error_naming_file_line_and_field(
        profile: Path, line: str, field: str | None, problem: str) -> None:
    sentlog.append(profile, THANKED)
    log_file = sentlog.log_path(profile)
    with log_file.open("a", encoding="utf-8") as log:
        log.write(line + "\n")
    sentlog.append(profile, REPLY)
    with pytest.raises(LogError) as caught:
        sentlog.read(profile)
    where = f"{log_file}:2: {field}: " if field else f"{log_file}:2: "
    assert str(caught.value) == (
        f"{where}{problem}\n  Each line is one JSON object that followup sent or followup "
        "replied wrote: correct the line, or delete it and record that event again.")


def test_a_complete_last_line_that_is_wrong_is_an_error_too(profile: Path) -> None:
    with sentlog.log_path(profile).open("a", encoding="utf-8") as log:
        log.write('{"date":"2026-11-16","event":"called"}')  # whole JSON, no line break
    with pytest.raises(LogError, match=r":1: event: 'called' is not allowed"):
        sentlog.read(profile)


def test_blank_lines_are_ignored(profile: Path) -> None:
    sentlog.append(profile, THANKED)
    with sentlog.log_path(profile).open("a", encoding="utf-8") as log:
        log.write("\n  \r\n")
    sentlog.append(profile, REPLY)
    assert sentlog.read_log(profile) == (sentlog.log_path(profile), (THANKED, REPLY), ())


def test_an_entry_that_would_not_read_back_is_never_written(profile: Path) -> None:
    with pytest.raises(FollowupError, match="decision_by: 2026-11-01 is before the reply"):
        sentlog.append(profile, Entry(date=datetime.date(2026, 11, 27), event="replied",
                                      decision_by=datetime.date(2026, 11, 1)))
    assert not sentlog.log_path(profile).exists()


@pytest.mark.parametrize("entry", [
    Entry(date=datetime.date(2026, 11, 26), event="sent", situation="check-in"),
    Entry(date=datetime.date(2026, 11, 27), event="replied", to="Sam Patel"),
], ids=["sent-without-to", "replied-with-to"])
def test_an_entry_without_its_fields_is_never_written(profile: Path, entry: Entry) -> None:
    with pytest.raises(FollowupError):
        sentlog.append(profile, entry)
    assert not sentlog.log_path(profile).exists()


# ---------------------------------------------------------------- x.yaml and x.yml


def test_two_profiles_that_would_share_a_log_are_refused_naming_both(profile: Path) -> None:
    other = profile.with_name("big-beanz.yml")
    shutil.copyfile(profile, other)
    log_file = sentlog.log_path(profile)
    assert sentlog.log_path(other) == log_file  # the documented name is kept...
    assert (sentlog.sharing(profile), sentlog.sharing(other)) == (other, profile)
    for path in (profile, other):
        with pytest.raises(LogError) as refused:  # ...and recording into it refused
            sentlog.append(path, THANKED)
        assert str(refused.value) == (
            f"{log_file}: {profile} and {other} would share this sent-log, and followup could "
            "not tell whose entries were whose\n  Rename one of the two profiles (or delete "
            "it, if it is an old copy); until then followup sent and replied record nothing "
            "for either.")
    assert not log_file.exists()
    assert sentlog.read_log(other).warnings == (
        f"{log_file}: {profile} and {other} would share this sent-log, and followup could not "
        "tell whose entries were whose. Rename one of the two profiles (or delete it, if it "
        "is an old copy); until then followup sent and replied record nothing for either.",)


def test_a_log_that_two_profiles_share_is_an_error_for_both(profile: Path) -> None:
    sentlog.append(profile, THANKED)
    other = profile.with_name("big-beanz.yml")
    shutil.copyfile(profile, other)
    log_file = sentlog.log_path(profile)
    for path in (profile, other):
        with pytest.raises(LogError) as caught:
            sentlog.read_log(path)
        assert str(caught.value) == (
            f"{log_file}: {profile} and {other} share this sent-log, so followup cannot tell "
            "whose entries these are\n  Rename the profile that these entries are not for (or "
            "delete it, if it is an old copy); until then neither is planned, and followup "
            "sent and replied record nothing for either.")
    other.unlink()
    assert sentlog.read(profile) == (THANKED,)
