"""msgspec's validation messages, read once and said in words a user can act on.

msgspec reports a problem in English, with a JSON path: "Expected `str`, got `int` - at
`$.interviews[0].kind`". `read_message` is the one reader of that English; `explain`
words it for a YAML file the user writes (yamlfile.convert adds the file and line), and
the sent-log words it for its JSON lines. Imported only when something is wrong, so that
a good file loads without it; nothing here knows a file's lines or a profile's patterns.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Callable
from typing import Any, Literal, NamedTuple

import msgspec

What = Literal["unknown", "missing", "enum", "date", "pattern", "no-entries", "empty", "type",
               "other"]


class Invalid(NamedTuple):
    """One msgspec message, read."""

    what: What
    parts: list[str | int]  # keys and indexes to the value (unknown, missing: its mapping)
    named: tuple[str, ...]  # the field (unknown, missing), the value (enum), expected and got
    problem: str  # msgspec's words


class Finding(NamedTuple):
    """An Invalid in words: where (below the validated value's root), what, and the fix."""

    parts: list[str | int]
    problem: str
    fix: str | None = None
    key: bool = False  # the line is the key's (a misspelt one), not its value's


# Whatever follows a problem's first words: a pattern is shown as Python's repr, and
# msgspec may say more after a date.
_MESSAGES: list[tuple[What, re.Pattern[str]]] = [
    ("unknown", re.compile(r"Object contains unknown field `(.+)`")),
    ("missing", re.compile(r"Object missing required field `(.+)`")),
    ("enum", re.compile(r"Invalid enum value (.+)")),
    ("date", re.compile(r"Invalid RFC3339 encoded date.*", re.DOTALL)),
    ("pattern", re.compile(r"Expected `str` matching regex .*", re.DOTALL)),
    ("no-entries", re.compile(r"Expected `array` of length >= 1")),
    ("empty", re.compile(r"Expected `str` of length >= 1")),
    ("type", re.compile(r"Expected `(.+)`, got `(.+)`")),
]
_PART = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_WORDS = {
    "str": "text", "int": "a whole number", "float": "a number", "bool": "true or false",
    "object": "a mapping (key: value lines)", "array": "a list (lines starting with '- ')",
    "null": "nothing",
}
DATE_FIX = "Write dates as YYYY-MM-DD, such as 2026-11-16."
# (value, msgspec's problem, the field's name) -> (problem, fix), or None for the plain words
Unmatched = Callable[[str, str, str], tuple[str, str | None] | None]


def read_message(message: str) -> Invalid:
    """What msgspec's `message` says, and where."""
    problem, _, where = message.partition(" - at `$")
    parts: list[str | int] = [name if name else int(index)
                              for name, index in _PART.findall(where.rstrip("`"))]
    for what, pattern in _MESSAGES:
        if match := pattern.fullmatch(problem):
            return Invalid(what, parts, match.groups(), problem)
    return Invalid("other", parts, (), problem)


def explain(message: str, kind: type[Any], data: Any,
            unmatched: Unmatched | None = None) -> Finding:
    """msgspec's `message` about `data` as `kind`, in words: the YAML files' wording."""
    found = read_message(message)
    parts, named = found.parts, found.named
    if found.what in ("unknown", "missing"):
        name = named[0]
        if found.what == "missing":
            return Finding([*parts, name], "missing, and required", f"Add '{name}:' here.")
        known = field_names(kind, parts)
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        return Finding([*parts, name], "unknown field",
                       f"Did you mean '{close[0]}'?" if close
                       else f"Known fields here: {', '.join(known)}.", key=True)
    if found.what == "enum":
        allowed = allowed_values(kind, parts)
        close = difflib.get_close_matches(named[0].strip("'"), allowed, n=1, cutoff=0.5)
        return Finding(parts, f"{named[0]} is not allowed",
                       (f"Did you mean '{close[0]}'? " if close else "")
                       + f"Use one of: {', '.join(allowed)}.")
    if found.what == "date":
        return Finding(parts, f"{_value(data, parts)!r} is not a date", DATE_FIX)
    if found.what == "pattern":
        value, name = _value(data, parts), next((p for p in reversed(parts)
                                                 if isinstance(p, str)), "value")
        worded = unmatched(value, found.problem, name) if unmatched else None
        return Finding(parts, *(worded or (f"{value!r} is not a valid {name}", None)))
    if found.what == "no-entries":
        return Finding(parts, "needs at least one entry")
    if found.what == "empty":
        return Finding(parts, "is empty",
                       "Give it a value, or leave the field out if it is optional.")
    if found.what == "type":
        return Finding(parts, *_wrong_type(*named))
    return Finding(parts, found.problem)


def _wrong_type(expected: str, got: str) -> tuple[str, str | None]:
    words = " or ".join(_WORDS.get(name, name) for name in expected.split(" | "))
    hint = ("YAML reads yes, no, on, off, true and false as true or false: put the value in "
            "quotes." if got == "bool" and "str" in expected
            else "YAML reads this as a number: put the value in quotes."
            if got in ("int", "float") and "str" in expected else None)
    return f"expected {words}, got {_WORDS.get(got, got)}", hint


def _value(data: Any, parts: list[str | int]) -> str:
    """The value at `parts` as text, for a message; "?" if it is not a single value."""
    for part in parts:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return "?"
    return "?" if isinstance(data, dict | list) else str(data)


def _unwrap(kind: Any) -> Any:
    """Strip Annotated and `| None` to reach the type that matters."""
    while True:
        origin = typing.get_origin(kind)
        if origin is typing.Annotated:
            kind = typing.get_args(kind)[0]
        elif origin in (typing.Union, types.UnionType):
            kind = next(arg for arg in typing.get_args(kind) if arg is not type(None))
        else:
            return kind


def _type_at(kind: Any, parts: list[str | int]) -> Any:
    for part in parts:
        kind = _unwrap(kind)
        if isinstance(part, int):
            kind = typing.get_args(kind)[0]
        else:
            kind = typing.get_type_hints(kind, include_extras=True)[part]
    return _unwrap(kind)


def field_names(kind: Any, parts: list[str | int]) -> list[str]:
    """The fields of the Struct at `parts` below `kind`, in order (none for another type)."""
    found = _type_at(kind, parts)
    if isinstance(found, type) and issubclass(found, msgspec.Struct):
        return list(found.__struct_fields__)
    return []


def allowed_values(kind: Any, parts: list[str | int]) -> list[str]:
    """The values the Literal at `parts` below `kind` allows."""
    return [str(value) for value in typing.get_args(_type_at(kind, parts))]
