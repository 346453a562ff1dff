"""Profiles found good, kept in the cache folder with the bytes they were read from, so
that drafting from an unchanged profile parses no YAML (nor imports the YAML library: a
tenth of a draft's start-up, issue 14). Edited, a profile reads as new, and is kept again.

A profile that names a shared `candidate:` file is not kept: its meaning is in two files.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TypeVar

from followup import cache

T = TypeVar("T")

# The modules whose change changes what a file loads as: the types, and the checks.
_SOURCES = ("__init__", "yamlfile", "yamltree", "tidying")


def kept(path: Path, raw: bytes, kind: type[T]) -> T | None:
    """The profile (a `kind`) kept for `path` when it was read from these same bytes; else
    None."""
    return cache.load_value("profiles", _name(path), _stamp(raw), kind)


def keep(path: Path, raw: bytes, profile: object) -> None:
    cache.store_value("profiles", _name(path), _stamp(raw), profile)


def _name(path: Path) -> str:
    # One entry a profile: an edit replaces it rather than adding another. The package's
    # own path is part of it: two installs sharing one cache folder keep their own.
    where = f"{os.path.dirname(__file__)}\n{path.resolve()}"
    return hashlib.sha1(where.encode(), usedforsecurity=False).hexdigest()


def _stamp(raw: bytes) -> list[object] | None:
    folder = Path(__file__).parent
    stamps = [cache.file_stamp(folder / f"{name}.py") for name in _SOURCES]
    return None if None in stamps else [raw, *stamps]
