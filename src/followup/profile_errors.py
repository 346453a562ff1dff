"""Turns msgspec's validation messages into ones a user can act on.

Imported only when a profile is wrong, so that a good profile loads without it.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from pathlib import Path
from typing import Any

import msgspec
import yaml

from followup.errors import ProfileError
from followup.headers import LINE_BREAKS
from followup.profile import CONTROLS, EMAIL_PATTERN, HEADER_TEXT, _field, _line, email_problem

_PART = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_WORDS = {
    "str": "text", "int": "a whole number", "float": "a number", "bool": "true or false",
    "object": "a mapping (key: value lines)", "array": "a list (lines starting with '- ')",
    "null": "nothing",
}
_FIXES = {
    "date": "Write dates as YYYY-MM-DD, such as 2026-11-16.",
    "email": "Write a full address, such as jordan.lee@example.com.",
    "country": "Use a two-letter ISO 3166 code in capitals, such as GB or US.",
}


def explain(message: str, kind: type[Any], path: Path, root: yaml.Node | None,
            prefix: str = "") -> ProfileError:
    problem, _, where = message.partition(" - at `$")
    parts: list[str | int] = [name if name else int(index)
                              for name, index in _PART.findall(where.rstrip("`"))]
    field = _field(prefix, parts)
    line = _line(root, parts)

    if match := re.fullmatch(r"Object contains unknown field `(.+)`", problem):
        name = match[1]
        known = _field_names(_type_at(kind, parts))
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        return ProfileError(path, "unknown field", line=_key_line(root, parts, name),
                            field=_field(prefix, [*parts, name]),
                            fix=f"Did you mean '{close[0]}'?" if close
                            else f"Known fields here: {', '.join(known)}.")
    if match := re.fullmatch(r"Object missing required field `(.+)`", problem):
        return ProfileError(path, "missing, and required", line=line,
                            field=_field(prefix, [*parts, match[1]]),
                            fix=f"Add '{match[1]}:' here.")
    if match := re.fullmatch(r"Invalid enum value (.+)", problem):
        allowed = list(typing.get_args(_unwrap(_type_at(kind, parts))))
        close = difflib.get_close_matches(str(match[1]).strip("'"), allowed, n=1, cutoff=0.5)
        fix = f"Did you mean '{close[0]}'? " if close else ""
        return ProfileError(path, f"{match[1]} is not allowed", line=line, field=field,
                            fix=f"{fix}Use one of: {', '.join(allowed)}.")
    if problem.startswith("Invalid RFC3339 encoded date"):
        return ProfileError(path, f"{_value(root, parts)!r} is not a date", line=line,
                            field=field, fix=_FIXES["date"])
    if problem.startswith("Expected `str` matching regex"):
        return _unmatched(problem, _value(root, parts), path, line, field)
    if problem == "Expected `array` of length >= 1":
        return ProfileError(path, "needs at least one entry", line=line, field=field)
    if problem == "Expected `str` of length >= 1":
        return ProfileError(path, "is empty", line=line, field=field,
                            fix="Give it a value, or leave the field out if it is optional.")
    if match := re.fullmatch(r"Expected `(.+)`, got `(.+)`", problem):
        expected = " or ".join(_WORDS.get(name, name) for name in match[1].split(" | "))
        got = _WORDS.get(match[2], match[2])
        hint = ("YAML reads yes, no, on, off, true and false as true or false: put the value "
               "in quotes." if match[2] == "bool" and "str" in match[1]
               else "YAML reads this as a number: put the value in quotes."
               if match[2] in ("int", "float") and "str" in match[1] else None)
        return ProfileError(path, f"expected {expected}, got {got}", line=line, field=field,
                            fix=hint)
    return ProfileError(path, problem, line=line, field=field or None)


def _unmatched(problem: str, value: str, path: Path, line: int | None,
               field: str) -> ProfileError:
    """A text that its field's pattern refuses, and why, in words."""
    if any(char in LINE_BREAKS for char in value):  # a name or email written with |
        return ProfileError(path, "contains a line break", line=line, field=field,
                            fix="Write it on one line, without | or >: those keep a line break "
                                "that would break an email header.")
    if repr(EMAIL_PATTERN) in problem:  # msgspec shows the pattern as Python's repr
        return ProfileError(path, _not_an_email(value, email_problem(value)), line=line,
                            field=field, fix=_FIXES["email"])
    if repr(HEADER_TEXT) in problem:
        if control := re.search(f"[{CONTROLS}]", value):
            return ProfileError(path, f"contains the control character "
                                      f"U+{ord(control[0]):04X}", line=line, field=field,
                                fix="Remove it (it may have come in with pasted text): it could "
                                    "break an email header or a file name, or show the name "
                                    "in another order than written.")
        return ProfileError(path, "contains an encoded word (=?...?=)", line=line, field=field,
                            fix="Write the text itself: a mail program would show =?...?= "
                                "decoded, as other text than the profile's.")
    what = field.rpartition(".")[2]
    return ProfileError(path, f"{value!r} is not a valid {what}", line=line, field=field,
                        fix=_FIXES.get(what))


def _not_an_email(value: str, reason: str | None) -> str:
    return f"{value!r} is not a valid email" + (f": {reason}" if reason else "")


def bad_email(value: str, reason: str, path: Path, root: yaml.Node | None,
              parts: list[str | int], prefix: str = "") -> ProfileError:
    """An address that fits the pattern but not the whole rule (profile.email_problem)."""
    return ProfileError(path, _not_an_email(value, reason), line=_line(root, parts),
                        field=_field(prefix, parts), fix=_FIXES["email"])


def _key_line(root: yaml.Node | None, parts: list[str | int], name: str) -> int | None:
    """The line of the key `name` in the mapping at `parts`, which may differ from its
    value's (a block on the lines after it)."""
    node = root
    for part in parts:
        node = _child(node, part)
    if isinstance(node, yaml.MappingNode):
        for key, _ in node.value:
            if key.value == name:
                return int(key.start_mark.line) + 1
    return _line(root, [*parts, name])


def _child(node: yaml.Node | None, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((value for key, value in node.value if key.value == part), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        return node.value[part]  # type: ignore[no-any-return]
    return None


def _value(root: yaml.Node | None, parts: list[str | int]) -> str:
    node = root
    for part in parts:
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            node = node.value[part]
    return str(node.value) if isinstance(node, yaml.ScalarNode) else "?"


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


def _field_names(kind: Any) -> list[str]:
    if isinstance(kind, type) and issubclass(kind, msgspec.Struct):
        return list(kind.__struct_fields__)
    return []
