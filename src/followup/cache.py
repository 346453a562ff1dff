"""Work kept between runs in the user's cache folder (home.cache_dir()).

Start-up is most of a draft's cost, so what takes longer to rebuild than to read
(checked phrases.yaml contents, the checker's parsed phrase lists, a country's
public holidays) is kept as marshal data with a stamp of what it was built from; typed
values (a profile, the reading of its words, a template's front matter) as MessagePack
inside it (load_value, store_value).
A stale or damaged entry reads as missing; a cache folder that cannot be written is
no error: the work is done again next time.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def load(kind: str, name: str, stamp: Any) -> Any | None:
    """The data kept under kind/name, if it was kept with this `stamp`; else None."""
    try:
        # Read whole, then unmarshalled: marshal.load on a file calls it for every string.
        kept, data = marshal.loads(_path(kind, name).read_bytes())
    except Exception:  # unreadable, truncated or damaged (even out of memory): a miss
        return None
    return data if kept == stamp else None


def store(kind: str, name: str, stamp: Any, data: Any) -> None:
    """Keep `data` (of types marshal writes) under kind/name, replaced whole."""
    path = _path(kind, name)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary.write_bytes(marshal.dumps([stamp, data]))
        os.replace(temporary, path)
    except (OSError, ValueError):
        # A read-only or full cache, a file where its folder should be, or data marshal
        # cannot keep: built again next time, and no half-written file left behind.
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def load_value(kind: str, name: str, stamp: Any, type: type[T]) -> T | None:
    """A typed value (a msgspec Struct) kept by store_value under kind/name with this
    `stamp`; None when there is none, or it is damaged or of another shape."""
    import msgspec

    kept = load(kind, name, stamp) if stamp is not None else None
    if not isinstance(kept, bytes):
        return None
    try:
        return msgspec.msgpack.decode(kept, type=type)
    except msgspec.DecodeError:
        return None


def store_value(kind: str, name: str, stamp: Any, value: Any) -> None:
    """Keep a typed value (a msgspec Struct) under kind/name, as MessagePack."""
    import msgspec

    if stamp is not None:
        store(kind, name, stamp, msgspec.msgpack.encode(value))


def file_stamp(path: Path) -> list[int] | None:
    """What identifies a version of a file cheaply: its modification time and size."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_mtime_ns, stat.st_size]


def _path(kind: str, name: str) -> Path:
    from followup import home

    return home.cache_dir() / kind / f"{name}.marshal"
