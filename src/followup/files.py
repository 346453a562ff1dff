"""Writing the user's files: whole or not at all, and never over a file without --force."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from followup.errors import OutputExists


def write_new(path: Path, data: str | bytes, *, force: bool = False) -> None:
    """Write `data` to `path` atomically: a temporary file in the same folder, synced,
    then moved into place. Without `force`, an existing file is left alone and refused."""
    if not force and path.exists():
        raise OutputExists(f"{path} already exists. Use --force to overwrite it, "
                           "or choose another --out.")
    path.parent.mkdir(parents=True, exist_ok=True)
    content = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        if force:
            os.replace(temporary, path)
        else:
            _link_new(Path(temporary), path)
        sync_folder(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


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
    """So that the new name survives a crash, not only the new content."""
    if hasattr(os, "O_DIRECTORY"):
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
