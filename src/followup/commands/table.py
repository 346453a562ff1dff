"""Plain-text tables for the terminal, one way for every command that prints one."""

from __future__ import annotations

from collections.abc import Sequence


def aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    """The rows as lines: each column but the last as wide as its widest cell, two spaces
    between columns, and no spaces at the end of a line (an empty last cell leaves none)."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    return ["  ".join([*(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)),
                       row[-1]]).rstrip()
            for row in rows]
