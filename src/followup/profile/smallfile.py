"""A file of the user's read whole, when it is small and a regular file (a pipe, a
device or a huge file is refused unread), and how messages name a field in it: what
reading YAML needs before the YAML library, so that a profile kept in the cache is read
without importing it (yamlfile parses)."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from followup.errors import FollowupError, ProfileError

if TYPE_CHECKING:  # types only: nothing more to build at each start
    Keys = Sequence[str | int]  # from a document's root to a value: ["interviews", 0, "date"]

    class MakeError(Protocol):
        """How a file's errors are made: ProfileError's signature (a subclass, or an adapter
        to another kind of error)."""

        def __call__(self, path: object, problem: str, *, line: int | None = ...,
                     field: str | None = ..., fix: str | None = ...) -> FollowupError: ...


# A profile is a few kilobytes. Past this a file is not one (or is a trap): refused before
# it is parsed; the same bound holds for what aliases (*name) make of a small file. Not more:
# one-character values ([1,1,...]) parse at 100,000 a second, so this much is read in ~2 s.
MAX_BYTES = 256 * 1024
SIZE_LIMIT = "256 KB"


def read_file(path: Path, what: str, *, missing: str | None = None,
              error: MakeError = ProfileError) -> bytes:
    """The bytes of `path` (read_small); a file that cannot be read is an error naming it,
    with `missing` as the fix when there is no such file."""
    try:
        return read_small(path, what, error)
    except IsADirectoryError:
        raise error(path, f"is a folder, not a {what}") from None
    except FileNotFoundError:
        raise error(path, "no such file", fix=missing) from None
    except OSError as failure:
        raise error(path, f"cannot be read ({failure.strerror})") from None


def read_small(path: Path, what: str, error: MakeError = ProfileError) -> bytes:
    """The bytes of `path`, a regular file of at most MAX_BYTES. A pipe or a device (read
    forever, or never) is refused without reading it, and a bigger file after reading only
    past the limit: each an `error` naming the file. A missing, unreadable file or a folder
    is the OSError (IsADirectoryError), naming the file, for the caller to word."""
    special = f"Give the path of the {what} itself: followup reads only regular files."
    if kind := _special(os.stat(path).st_mode, path):
        raise error(path, f"is {kind}, not a {what}", fix=special)
    descriptor = os.open(path, _READ_FLAGS)
    try:
        status = os.fstat(descriptor)
        if kind := _special(status.st_mode, path):  # replaced since: a pipe opened at once
            raise error(path, f"is {kind}, not a {what}", fix=special)
        chunks: list[bytes] = []
        size, want = 0, min(status.st_size, MAX_BYTES) + 1  # the whole file, in one read
        while size <= MAX_BYTES and (chunk := os.read(descriptor, want)):
            chunks.append(chunk)
            size += len(chunk)
            want = MAX_BYTES + 1 - size  # more than it said (/proc), up to the limit
    finally:
        os.close(descriptor)
    if size > MAX_BYTES:
        raise error(path, f"is larger than {SIZE_LIMIT}, the limit for a {what}",
                    fix=f"Check that this is the right file: a {what} is a few kilobytes.")
    return b"".join(chunks)


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _special(mode: int, path: Path) -> str | None:
    """What a file that is not a regular one is, in words (a folder is an OSError)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a socket" if stat.S_ISSOCK(mode) else "not a regular file"


def field_name(prefix: str, parts: Keys) -> str:
    """The field at `parts` below `prefix`, as messages name it: interviews[0].date."""
    text = prefix
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text
