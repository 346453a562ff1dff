"""`followup check`'s work: read the files given as drafts, give each its situation and
channel, and check them all together, against a profile when one is given."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

import msgspec

from followup.check import reader
from followup.check.checks import check_all
from followup.check.document import Document
from followup.check.report import Report
from followup.check.situation import resolve
from followup.errors import FollowupError
from followup.vocabulary import CHANNELS, SITUATIONS


def check_files(files: Sequence[str], *, situation: str | None = None,
                channel: str | None = None, profile: Path | None = None,
                stdin: BinaryIO | None = None) -> Report:
    """The drafts in `files` ("-": standard input) and their findings. The situation and
    channel given replace each file's own (a file may then name ones followup does not
    know); else the file's, else the situation is guessed and the channel is email.
    A FollowupError (exit 2) for an unknown situation, standard input named twice, a
    profile or a file that cannot be read."""
    if situation is not None and situation not in SITUATIONS:
        import difflib

        close = difflib.get_close_matches(situation, SITUATIONS, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise FollowupError(f"--situation {situation!r} is not a situation.{hint} Use one of: "
                            f"{', '.join(SITUATIONS)}.")
    if files.count("-") > 1:
        raise FollowupError("Standard input (-) can be read only once.")
    known = reader.Known(SITUATIONS, CHANNELS, frozenset(
        field for field, value in (("situation", situation), ("channel", channel)) if value))
    loaded = None
    if profile is not None:
        from followup import profile as profiles

        loaded = profiles.load(profile)
    documents: list[Document] = []
    for name in files:
        if name == "-":
            data = (stdin or sys.stdin.buffer).read(reader.MAX_BYTES + 1)  # enough to refuse
            found = reader.parse("-", data, known)
        else:
            found = reader.load(Path(name), known)
        documents += [resolve(msgspec.structs.replace(
            document, channel=channel or document.channel), situation) for document in found]
    return Report(documents, check_all(documents, loaded))
