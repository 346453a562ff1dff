"""The fields every draft format names, read the same way by each reader: the situation and
channel (checked against those followup knows), the recipients of a To: line, and the name
of one draft among several in a file."""

from __future__ import annotations

import re
from typing import NamedTuple

from followup.errors import FollowupError

Recipient = tuple[str, str | None]  # (name, address), as check.Document holds them

# What a To: line's splitter looks at: a quote, the comma between recipients, a backslash.
_RECIPIENT_MARK = re.compile(r'[",\\]')
_QUOTED_PAIR = re.compile(r"\\(.)")


class Known(NamedTuple):
    """The situations and channels a file may name (as the drafting commands do), and
    which of the two the command line gives instead (then the file's is not used)."""

    situations: tuple[str, ...]
    channels: tuple[str, ...]
    given: frozenset[str] = frozenset()

    def check(self, where: str, field: str, value: str) -> str:
        """`value`, if it is a situation (or channel) followup knows or one the command
        line replaces; else a FollowupError that names `where` (file and line, or the
        draft and its field) and the choices."""
        allowed = self.situations if field == "situation" else self.channels
        if value in allowed or field in self.given:
            return value
        import difflib

        close = difflib.get_close_matches(value, allowed, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        shown = value if len(value) <= 60 else f"{value[:57]}..."  # a line may be long
        raise FollowupError(f"{where}: {field}: {shown!r} is not a {field} followup knows."
                            f"{hint} Use one of: {', '.join(allowed)}; or give --{field}.")


def named(name: str, index: int, total: int) -> str:
    """How findings name draft `index` of a file of `total` drafts: `FILE#2`, or `FILE`."""
    return f"{name}#{index}" if total > 1 else name


def recipients(text: str) -> tuple[Recipient, ...]:
    """The (name, address) of each recipient of a To: line."""
    return tuple(found for piece in split_recipients(text)
                 if (found := recipient(piece)) is not None)


def split_recipients(text: str) -> list[str]:
    """A To: line cut at the commas between recipients, not at those in a quoted name
    (`"Shah, Priya" <p@x.com>`, or after a backslash). An unclosed quote runs to the end.
    One pass over the marks, never back: a pattern for a quoted name rescanned the rest
    of the line from every quote of a line whose last quote is not closed."""
    pieces: list[str] = []
    start, quoted, escaped = 0, False, -1
    for mark in _RECIPIENT_MARK.finditer(text):
        at = mark.start()
        if at == escaped:
            continue
        if mark[0] == "\\":
            escaped = at + 1
        elif mark[0] == '"':
            quoted = not quoted
        elif not quoted:
            pieces.append(text[start:at])
            start = at + 1
    pieces.append(text[start:])
    return pieces


def recipient(piece: str) -> Recipient | None:
    """One recipient: `Name <address>` (the name perhaps quoted), a bare address, or a
    name alone (no address); None for a blank piece. Read by partition, not by a pattern
    that could backtrack over a long piece."""
    piece = piece.strip()
    name, bracket, rest = piece.partition("<")
    address = rest[:-1].strip() if bracket and rest.endswith(">") else ""
    if address and not re.search(r"[\s<>]", address):
        return _unquoted(name) or address, address
    if "@" in piece:  # bare, or in broken brackets
        address = next(word for word in piece.split() if "@" in word).strip('<>"')
        return address, address
    if piece:
        return _unquoted(piece.strip("<>")) or piece, None
    return None


def _unquoted(name: str) -> str:
    """A display name without its quotes and the backslashes that escape within them."""
    name = name.strip()
    if len(name) >= 2 and name[0] == name[-1] == '"':
        return _QUOTED_PAIR.sub(r"\1", name[1:-1]).strip()
    return name.strip('"').strip()
