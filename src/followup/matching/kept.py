"""The parsed phrase lists kept in the cache folder between runs, as plain data.

Parsing the checker's lists costs more than checking a draft with them. A list is kept
(cache kind "checker") as one entry a phrase, all marshal data: the words it can begin
with (a frozenset, or None for any word), the words it needs (a tuple of frozensets),
and its parsed form (the plain tuples of `language`), marshalled on its own: it is read
only when a text has the words its phrase needs (a draft has the words of few phrases of
a list, and reading every one cost more than checking). No pickles: reading the cache
runs no code and needs no class of ours.

The stamp is FORMAT and the stamps of the modules the parsed form comes from: a change to
the phrase language parses the lists again, and so does a cache written in an older
format (whose parsed forms were pickles).
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from followup import cache
from followup.matching.language import SEQ, Node

FORMAT = 2  # 1: the parsed forms pickled inside the marshal data (before issue 11)
# The modules whose change changes what parsing makes.
_SOURCES = ("text", "language", "engine", "phrase_set", "kept")

# What is kept of a phrase: its first words (None: any), its needs, its parsed form.
Entry = tuple[frozenset[str] | None, tuple[frozenset[str], ...], bytes]


def load(phrases: Sequence[str]) -> list[Entry] | None:
    """The entries kept for this list of phrases, one a phrase; None when there are none
    of this version and format, or they are damaged."""
    stamp = _stamp()
    found = cache.load("checker", _key(phrases), stamp) if stamp is not None else None
    if not isinstance(found, list) or len(found) != len(phrases):
        return None
    for entry in found:  # what marshal may hold but this format never writes: a miss
        if not (type(entry) is tuple and len(entry) == 3 and type(entry[2]) is bytes
                and type(entry[1]) is tuple and (entry[0] is None or
                                                 type(entry[0]) is frozenset)):
            return None
    return found


def store(phrases: Sequence[str], entries: list[Entry]) -> None:
    stamp = _stamp()
    if stamp is not None:
        cache.store("checker", _key(phrases), stamp, entries)


def plain(parsed: Node) -> bytes:
    """A parsed phrase as the cache keeps it."""
    return marshal.dumps(parsed)


def parsed(data: bytes) -> Node | None:
    """A parsed phrase read back from the cache; None if it is not one (then parse again)."""
    try:
        found = marshal.loads(data)
    except Exception:  # damaged (marshal raises several kinds): a miss
        return None
    return found if type(found) is tuple and found and found[0] == SEQ else None


def _key(phrases: Sequence[str]) -> str:
    # The package's own path is part of the key: two installs sharing one cache folder (a
    # development copy and a user's, say) each keep their own entries.
    return hashlib.sha1("\n".join((os.path.dirname(__file__), *phrases)).encode(),
                        usedforsecurity=False).hexdigest()


@functools.cache
def _stamp() -> list[Any] | None:
    folder = Path(__file__).parent
    stamps = [cache.file_stamp(folder / f"{name}.py") for name in _SOURCES]
    return None if None in stamps else [FORMAT, *stamps]
