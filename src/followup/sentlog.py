"""The sent-log: what the candidate sent and what came back, kept beside the profile.

The profile is never rewritten (its comments and layout are the user's); contacts
and replies go in a file of their own, `big-beanz.log.jsonl` beside `big-beanz.yaml`
(not *.yaml, so that a folder scan never takes it for a profile): one JSON object a
line, in the order recorded, only ever appended to.

A crash in the middle of an append can leave an unfinished line: the last one, with
no line break after it. Reading skips it with a warning; the next append first ends it
with a line break, so that two entries never share a line. It then stays where it is
(the log is only ever appended to), and is still recognised: every entry ends with
"}", and an unfinished one has lost at least that. Any other bad line is an error
naming the file, the line and the field.

Two profiles that differ only in their suffix (x.yaml, x.yml) would share x.log.jsonl.
The documented name is kept, and the clash refused: nothing is recorded for either until
one is renamed; reading a log that both could own is an error (whose entries are these?),
and with no log yet, a warning.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Literal, NamedTuple

import msgspec

from followup.errors import FollowupError, ProfileError

Event = Literal["sent", "replied"]
Channel = Literal["email", "phone", "voicemail", "card"]
SUFFIX = ".log.jsonl"


class Entry(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True,
            forbid_unknown_fields=True):
    """One event: a contact the candidate made, or a reply they received."""

    date: datetime.date
    event: Event
    situation: str | None = None  # sent: thank-you, check-in, feedback-request, ...
    to: str | None = None  # sent: the person's name as in the profile
    channel: Channel = "email"  # sent
    decision_by: datetime.date | None = None  # replied: a new promised date (CI12)


class LogError(ProfileError):
    """A line of a sent-log that cannot be read: names the log file, the line and the field.
    A ProfileError, so that a folder scan reports the application and goes on."""


class Log(NamedTuple):
    path: Path
    entries: tuple[Entry, ...]
    warnings: tuple[str, ...]  # unfinished lines that were skipped, for the command to print


def log_path(profile_path: Path) -> Path:
    """big-beanz.yaml -> big-beanz.log.jsonl, in the same folder."""
    return profile_path.with_name(profile_path.stem + SUFFIX)


def read(profile_path: Path) -> tuple[Entry, ...]:
    """The profile's entries in the order recorded; empty when nothing is recorded yet."""
    return read_log(profile_path).entries


def sharing(profile_path: Path) -> Path | None:
    """The other profile beside this one with the same log (x.yml for x.yaml), if any."""
    from followup.profile import SUFFIXES

    for suffix in SUFFIXES:
        other = profile_path.with_name(profile_path.stem + suffix)
        if other.name != profile_path.name and other.exists():
            return other
    return None


def refuse_shared(profile_path: Path) -> None:
    """Recording into a log that two profiles would share is refused, naming both."""
    if (other := sharing(profile_path)) is not None:
        raise LogError(log_path(profile_path), _would_share(profile_path, other), fix=_RENAME)


def read_log(profile_path: Path) -> Log:
    from followup.profile.smallfile import read_small

    path = log_path(profile_path)
    other = sharing(profile_path)
    try:  # a pipe or a device is refused, not read forever; so is a log over 256 KB
        data = read_small(path, "sent-log", LogError)
    except FileNotFoundError:
        clash = f"{path}: {_would_share(profile_path, other)}. {_RENAME}" if other else None
        return Log(path, (), (clash,) if clash else ())
    except IsADirectoryError:
        raise LogError(path, "is a folder, not a sent-log",
                       fix=f"followup keeps the sent-log of {profile_path.name} in a file of "
                           "this name: move or rename the folder.") from None
    if other is not None:
        raise LogError(path, f"{_both(profile_path, other)} share this sent-log, so followup "
                             "cannot tell whose entries these are",
                       fix="Rename the profile that these entries are not for (or delete it, "
                           "if it is an old copy); until then neither is planned, and followup "
                           "sent and replied record nothing for either.")
    decoder = msgspec.json.Decoder(Entry)
    entries: list[Entry] = []
    warnings: list[str] = []
    lines = data.split(b"\n")
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        try:
            entry = decoder.decode(line)
        except msgspec.ValidationError as error:  # JSON, but not an entry
            raise _explain(path, number, str(error)) from None
        except msgspec.DecodeError:
            # not JSON: cut short by a crash if it is the last line (no line break after
            # it) or lacks its closing brace; otherwise, damaged
            if number == len(lines) or not line.endswith(b"}"):
                warnings.append(_unfinished(path, number, line))
                continue
            raise LogError(path, "not a JSON object", line=number, fix=_FIX) from None
        if problem := _problem(entry):
            raise LogError(path, problem[1], line=number, field=problem[0], fix=_FIX)
        entries.append(entry)
    return Log(path, tuple(entries), tuple(warnings))


def append(profile_path: Path, entry: Entry) -> Path:
    """Add `entry` to the profile's log, durably: when this returns, it is on disk.

    One write of the whole line to a file opened for appending, then fsync (and, for a
    new file, fsync of the folder, so that its name survives a crash too). Returns the
    log's path. Two processes appending at once each write whole lines; at worst both
    end an unfinished line, which leaves a blank line that reading skips."""
    if problem := _problem(entry):
        raise FollowupError(f"{problem[0]}: {problem[1]}")
    refuse_shared(profile_path)
    path = log_path(profile_path)
    line = msgspec.json.encode(entry) + b"\n"
    flags = os.O_RDWR | os.O_APPEND | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o666)
        created = True
    except FileExistsError:
        descriptor = os.open(path, flags)
        created = False
    try:
        size = os.fstat(descriptor).st_size
        if size:
            os.lseek(descriptor, size - 1, os.SEEK_SET)
            if os.read(descriptor, 1) != b"\n":  # an unfinished line from a crash: end it
                line = b"\n" + line
        _write_all(descriptor, line)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    if created:
        from followup.files import sync_folder

        sync_folder(path.parent)
    return path


def _write_all(descriptor: int, data: bytes) -> None:
    """One write, in practice; the loop only finishes one that the system cut short."""
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view):]


def _problem(entry: Entry) -> tuple[str, str] | None:
    """What makes an entry meaningless, as (field, problem): the same test when recording
    and when reading, so that whatever is written reads back."""
    from followup.profile import date_problem

    for field in ("date", "decision_by"):
        day = getattr(entry, field)
        if day is not None and (problem := date_problem(day)) is not None:
            return field, problem
    if entry.event == "sent":
        from followup.vocabulary import SITUATIONS

        if entry.situation is None:
            return "situation", "a sent entry needs the situation (thank-you, check-in, ...)"
        if entry.situation not in SITUATIONS:
            return "situation", (f"{entry.situation!r} is not a situation: use one of "
                                 f"{', '.join(SITUATIONS)}")
        if not (entry.to or "").strip():
            return "to", ("a sent entry needs the person it went to, as the profile names "
                          "them")
        if entry.decision_by is not None:
            return "decision_by", "a new promised date belongs to a replied entry"
        return None
    for field in ("situation", "to"):
        if getattr(entry, field) is not None:
            return field, (f"a replied entry has no {field}: it records a reply (and any new "
                           "decision_by), and the contacts you made are sent entries")
    if entry.decision_by is not None and entry.decision_by < entry.date:
        return "decision_by", (f"{entry.decision_by} is before the reply itself "
                               f"({entry.date}): a new promised date comes after it")
    return None


def _both(profile_path: Path, other: Path) -> str:
    """The two profiles in one order from either, so that a folder scan says it once."""
    first, second = sorted([profile_path, other], key=lambda path: path.name)
    return f"{first} and {second}"


def _would_share(profile_path: Path, other: Path) -> str:
    return (f"{_both(profile_path, other)} would share this sent-log, and followup could not "
            "tell whose entries were whose")


_RENAME = ("Rename one of the two profiles (or delete it, if it is an old copy); until then "
           "followup sent and replied record nothing for either.")

_FIX = ("Each line is one JSON object that followup sent or followup replied wrote: "
        "correct the line, or delete it and record that event again.")


def _explain(path: Path, number: int, message: str) -> LogError:
    """msgspec's message (profile.messages.read_message), as the file, line and field, in
    words of one line: the fix is the same for every line (_FIX)."""
    from followup.profile.messages import allowed_values, read_message
    from followup.profile.smallfile import field_name

    found = read_message(message)
    parts, problem = found.parts, found.problem
    if found.what == "unknown":
        parts = [*parts, found.named[0]]
        problem = f"unknown field: the fields are {', '.join(Entry.__struct_fields__)}"
    elif found.what == "missing":
        parts, problem = [*parts, found.named[0]], "missing, and required"
    elif found.what == "date":
        problem = "not a date: write it as YYYY-MM-DD, such as 2026-11-16"
    elif found.what == "enum":
        problem = (f"{found.named[0]} is not allowed: use one of "
                   f"{', '.join(allowed_values(Entry, parts))}")
    elif found.what == "type" and found.named[0] == "object":
        problem = "not a JSON object"
    return LogError(path, problem, line=number, field=field_name("", parts) or None, fix=_FIX)


def _unfinished(path: Path, number: int, line: bytes) -> str:
    shown = line[:40].decode("utf-8", "replace")
    more = "..." if len(line) > 40 else ""
    return (f"{path}:{number}: skipped an unfinished entry, left by a write that was "
            f"interrupted: {shown}{more}. If followup log does not show that contact, "
            "record it again; delete the line to stop this warning.")
