"""What `followup templates list` shows: the catalogue's entries as table rows (name,
situation, channel, where it comes from), each problem on its own row under its file's.

Pure but for reading the folders (compose.catalogue); the command aligns and prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from followup.compose.catalogue import USER, Entry, catalogue

Row = tuple[str, str, str, str]


class Listing(NamedTuple):
    rows: list[Row]  # the heading first
    problems: dict[int, str]  # row index -> the problem shown there, in place of the row


def listing(user_folder: Path) -> Listing:
    """Every template and phrases file, bundled and the user's, as rows; which of the
    user's replace a bundled one, add lists to it, or are invalid and why."""
    entries = catalogue(user_folder)
    bundled_lists = {".".join(label.split(".")[:2]) for entry in entries
                     if entry.source != USER for label in entry.lists}
    rows: list[Row] = [("NAME", "SITUATION", "CHANNEL", "SOURCE")]
    problems = {}
    for entry in entries:
        if entry.name.endswith(".yaml"):
            row = (entry.name, "-", "-")
        else:
            situation = entry.info.situation or "?" if entry.info else "?"
            channel = entry.info.channel or "?" if entry.info else "?"
            row = (entry.short, situation, channel)
        rows.append((*row, _source(entry, bundled_lists)))
        if entry.problem:
            rows.append(("", "", "", ""))
            problems[len(rows) - 1] = entry.problem
    return Listing(rows, problems)


def _source(entry: Entry, bundled_lists: set[str]) -> str:
    """Where an entry comes from, and what it does to the bundled files."""
    source = entry.source
    if entry.source == USER and entry.lists:
        replaced = [label for label in entry.lists
                    if ".".join(label.split(".")[:2]) in bundled_lists]
        added = [label for label in entry.lists if label not in replaced]
        parts = [f"{verb} {', '.join(labels)}" for verb, labels in
                 (("replaces", replaced), ("adds", added)) if labels]
        source += f" ({'; '.join(parts)})"
    elif entry.replaces:
        source += " (replaces the bundled one)"
    elif entry.source == USER and not entry.problem:
        source += f" (use: --template {entry.short})"
    if entry.problem:
        source += ", INVALID"
    return source
