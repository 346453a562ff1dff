"""Writing the user's files: whole or not at all, and never over a file without --force."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from followup.errors import FollowupError, OutputExists

# The longest file name that common file systems take: 255 bytes of UTF-8 (ext4, APFS,
# Btrfs), 255 UTF-16 units (NTFS, HFS+), which no UTF-8 name of 255 bytes exceeds.
NAME_BYTES = 255
# A temporary file's name adds a dot before, and `.` + 12 hex digits + `.tmp` after.
_TEMPORARY_BYTES = 18


def write_new(path: Path, data: str | bytes, *, force: bool = False, sync: bool = True) -> None:
    """Write `data` to `path` atomically: a temporary file in the same folder, synced,
    then moved into place. Without `force`, an existing file is left alone and refused.
    Without `sync`, the caller syncs once for many files (sync_disks): drafts, which can
    always be made again, are written whole either way, and synced once a batch.

    Nothing is left behind when it fails (a full disk, a folder that cannot be written:
    the error names `path`) or is interrupted (Ctrl-C, or SIGTERM, which cli.main turns
    into an exception): the temporary file is named before it is made, so that the
    `finally` below always knows what to remove."""
    if not force and path.exists():
        raise OutputExists(f"{path} already exists. Use --force to overwrite it, "
                           "or choose another --out.")
    content = data.encode("utf-8") if isinstance(data, str) else data
    hidden = cut(path.name, NAME_BYTES - _TEMPORARY_BYTES)
    temporary = path.with_name(f".{hidden}.{os.urandom(6).hex()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # 0o666 less the umask, as any new file; O_EXCL: never someone else's file
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                             | getattr(os, "O_BINARY", 0), 0o666)
        try:
            _write_all(descriptor, content)
            if sync:
                os.fsync(descriptor)
        finally:
            os.close(descriptor)
        if force:
            os.replace(temporary, path)
        else:
            _link_new(temporary, path)
    except OSError as error:
        raise _unwritable(path, error) from None
    finally:
        # OSError, not only FileNotFoundError: unlinking on a read-only file system
        # fails with EROFS even when there is nothing to unlink
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    if sync:
        sync_folder(path.parent)  # the file is written: only its name's durability is left


def sync_disks() -> None:
    """Everything written so far, to disk: one sync for a batch of files instead of two
    for each (a file and its folder), which a busy disk makes slow."""
    if hasattr(os, "sync"):
        os.sync()


def _write_all(descriptor: int, content: bytes) -> None:
    view = memoryview(content)
    while view:
        view = view[os.write(descriptor, view):]


def _link_new(temporary: Path, path: Path) -> None:
    """A hard link fails if `path` appeared meanwhile, so nothing is ever overwritten."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise OutputExists(f"{path} already exists. Use --force to overwrite it, "
                           "or choose another --out.") from None
    except OSError:  # a file system without hard links: check, then move
        if path.exists():
            raise OutputExists(f"{path} already exists. Use --force to overwrite it.") from None
        os.replace(temporary, path)


def sync_folder(folder: Path) -> None:
    """So that the new name survives a crash, not only the new content. Best effort: it
    comes after the file is in place, and some file systems cannot sync a folder (EINVAL),
    so a failure here must not report a written file as not written."""
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)


def _unwritable(path: Path, error: OSError) -> FollowupError:
    """What a failed write says: which file, why, that no part of it is left, what to do."""
    room = "Make room on that disk, or choose another folder, then run it again."
    folder = f"You may not write in {path.parent}: choose another folder, or change its " \
             "permissions."
    fixes = {errno.ENOSPC: room, errno.EACCES: folder, errno.EPERM: folder,
             errno.EROFS: "That file system is read-only: choose another folder."}
    if hasattr(errno, "EDQUOT"):
        fixes[errno.EDQUOT] = f"Your disk quota is used up. {room}"
    fix = fixes.get(error.errno or 0, "Check that folder, then run it again.")
    return FollowupError(f"{path} could not be written ({error.strerror or error}); no part "
                         f"of it was left behind.\n  {fix}")


def cut(name: str, limit: int) -> str:
    """`name` cut to at most `limit` bytes (as the file system stores it), at a character
    boundary."""
    encoded = os.fsencode(name)
    return name if len(encoded) <= limit else encoded[:limit].decode("utf-8", "ignore")
