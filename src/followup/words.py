"""Reading a draft's text: its parts (greeting, body, sign-off), word counts, likeness.

Length rules count the body only, so the greeting and the sign-off with the
signature under it are split off first, for built-in and hand-written drafts alike.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_WORD = re.compile(r"\w[\w'’-]*")
_GREETING = re.compile(r"^(dear|hi|hello|good (morning|afternoon|evening))\b[^.!?]{0,60}[,:!]?$",
                       re.IGNORECASE)
_SIGN_OFF = re.compile(
    r"^(best wishes|best regards|kind regards|warm regards|warmest regards|regards|"
    r"many thanks|thanks again|with thanks|thank you|thanks|all the best|best|"
    r"yours sincerely|yours faithfully|sincerely|yours|warmly|cheers)[,.!]?$",
    re.IGNORECASE)
_SIGNATURE_LINES = 8  # a sign-off further from the end than this is part of the body


class Parts(NamedTuple):
    greeting: str
    body: str
    sign_off: str


def split(text: str) -> Parts:
    """Greeting (the first line, if it greets), body, and sign-off with the signature."""
    lines = text.strip("\n").split("\n")
    greeting = ""
    if lines and _GREETING.match(lines[0].strip()):
        greeting, lines = lines[0], lines[1:]
    for index in range(len(lines) - 1, max(-1, len(lines) - 1 - _SIGNATURE_LINES), -1):
        if _SIGN_OFF.match(lines[index].strip()):
            return Parts(greeting, "\n".join(lines[:index]).strip("\n"),
                         "\n".join(lines[index:]))
    return Parts(greeting, "\n".join(lines).strip("\n"), "")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def paragraphs(text: str) -> list[str]:
    return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


def body_words(text: str) -> int:
    """Words in the body, greeting and sign-off not counted (TY3, CI4, CI7)."""
    return len(words(split(text).body))


def similarity(first: str, second: str) -> float:
    """Word-level likeness of two texts, 0 to 1 (TY5 compares notes with it)."""
    import difflib

    return difflib.SequenceMatcher(None, [w.lower() for w in words(first)],
                                   [w.lower() for w in words(second)], autojunk=False).ratio()


def first_sentence(text: str) -> str:
    body = split(text).body.strip()
    return re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0] if body else ""
