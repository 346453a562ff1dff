"""How long a text an operation would make, worked out before it is made (issue 10).

A template can make a huge text from short ones (a width of `%999999999d`, a `replace`,
a list of a thousand references to one long text, printed); each function here gives an
upper bound of the length of what an operation would print or make, counted only until
it passes `limit`, so that the sandbox (sandbox.py, which sets the limit and reads this
module only when a template does such things) can refuse the operation before running it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

from jinja2.environment import TemplateModule
from jinja2.utils import Namespace

CONTAINERS: tuple[type[Collection[Any]], ...] = (
    list, tuple, set, frozenset, dict, type({}.keys()), type({}.values()), type({}.items()))
PAST = 10**9  # past any limit: what a width of nine digits or more counts as


def weight(value: Any, limit: int) -> int:
    """About how many characters `value` prints as, counted until past `limit`: a list of a
    thousand references to one long text is small to hold, but long to print."""
    if isinstance(value, str):
        return len(value)
    total, stack = 0, [value]
    while stack and total <= limit:
        item: Any = stack.pop()
        if isinstance(item, (str, bytes)):
            total += len(item) + 4
        elif isinstance(item, int):
            total += item.bit_length() // 3 + 2
        elif isinstance(item, CONTAINERS):
            total += 2 + 2 * len(item)
            if total <= limit:
                stack.extend(item.items() if isinstance(item, dict) else item)
        elif isinstance(item, Namespace):
            stack.append(object.__getattribute__(item, "_Namespace__attrs"))
        elif isinstance(item, TemplateModule):  # `{% import %}`: prints as its body, which
            total += len(str(item))  # the sandbox keeps within its limit when making it
        elif hasattr(type(item), "__struct_fields__"):  # a profile's record
            stack.extend(getattr(item, name) for name in type(item).__struct_fields__)
        else:
            total += 8
    return total


def _formatted(value: Any, limit: int) -> int:
    """What a value may format as: as it prints, and a float in full (`'%f' % 1e300` has
    over 300 digits)."""
    if isinstance(value, float) and value == value and abs(value) != float("inf"):
        return weight(value, limit) + len(f"{abs(value):.0f}")
    return weight(value, limit)


def _number(digits: str) -> int:
    """A width or precision as written (none: 0)."""
    if not digits:
        return 0
    return int(digits) if len(digits) < 9 else PAST


# After a conversion's '%' and its (key): flags, width, precision, all optional.
_PRINTF_SPEC = r"[-+ #0]*(\*|\d*)(?:\.(\*|\d*))?"


def _after_key(text: str, start: int) -> int:
    """Where a `%(key)` ends, its parentheses balanced as Python counts them."""
    depth, position = 1, start + 1
    while depth and position < len(text):
        depth += {"(": 1, ")": -1}.get(text[position], 0)
        position += 1
    return position


def printf_size(text: str | bytes, values: Any, limit: int) -> int:
    """About the length of `text % values`: every conversion's value (the longest it may
    print: conversions may print the same value again) and its width or precision."""
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    star = 0  # a `*` width or precision: the largest number given
    if isinstance(values, tuple):
        plain = keyed = max([_formatted(value, limit) for value in values], default=0)
        star = max([abs(value) for value in values if isinstance(value, int)], default=0)
    elif isinstance(values, dict):  # `%(key)s` prints one value, `%s` the whole
        plain = weight(values, limit)
        keyed = max([_formatted(value, limit) for value in values.values()], default=0)
    else:
        plain = keyed = _formatted(values, limit)
    spec = re.compile(_PRINTF_SPEC)
    total, position = len(text), text.find("%")
    while position != -1 and total <= limit:
        position += 1
        if text.startswith("%", position):  # '%%' prints '%'
            position = text.find("%", position + 1)
            continue
        value = plain
        if text.startswith("(", position):
            position, value = _after_key(text, position), keyed
        match = spec.match(text, position)
        assert match is not None  # every part is optional
        end = match.end() + (text[match.end():match.end() + 1] in ("h", "l", "L"))
        if text[end:end + 1] in ("r", "a"):  # a repr: '\x01' for one character
            value *= 10
        numbers = [star if part == "*" else _number(part) for part in match.groups("")]
        total += value + max(numbers)
        position = text.find("%", end + 1)
    return total


def field_size(value: Any, format_spec: str, limit: int) -> int:
    """About the length of one `{field:spec}` of str.format: its value, and the largest
    number of its spec (a width, a precision)."""
    numbers = map(_number, re.findall(r"\d+", format_spec))
    return _formatted(value, limit) + max(numbers, default=0)


def _replaced(text: Any, old: Any, new: Any, count: Any = -1) -> int:
    """The length of text.replace(old, new, count), before making it."""
    times = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    return int(len(text) + times * max(0, len(new) - len(old)))


def _joined(items: list[Any], separator: Any, limit: int) -> int:
    """The length of `separator.join(items)`, each item as long as it prints."""
    total = len(separator) * max(0, len(items) - 1)
    for item in items:
        if total > limit:
            break
        total += len(item) if isinstance(item, (str, bytes)) else weight(item, limit)
    return total


def method_size(method: Any, args: tuple[Any, ...], kwargs: dict[str, Any], limit: int) -> int:
    """The length of the text a str (or bytes) method would make, where it may be far
    longer than what it is given (0 where it cannot)."""
    owner = method.__self__
    name = method.__name__
    first: Any = args[0] if args else kwargs.get("tabsize")
    if name == "replace" and len(args) > 1:
        return _replaced(owner, first, args[1], *args[2:3])
    if name == "join":
        return _joined(first, owner, limit)
    if name in ("center", "ljust", "rjust", "zfill") and isinstance(first, int):
        return first
    if name == "expandtabs" and isinstance(first, int):
        tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
        return len(owner) + tabs * first
    if name == "translate" and isinstance(first, dict):
        return len(owner) * max([weight(value, limit) for value in first.values()], default=1)
    return 0


def _keys_size(limit: int, env: Any, value: Any, attribute: Any, case_sensitive: Any) -> int:
    """Comparing without case lowers a copy of every key (sort and groupby keep them all)."""
    if case_sensitive:
        return 0
    if attribute is None:
        return weight(value, limit)
    from jinja2.filters import make_multi_attrgetter

    keys, total = make_multi_attrgetter(env, attribute), 0
    for item in value:
        total += weight(keys(item), limit)
        if total > limit:
            break
    return total


# What a filter would make, before making it: each takes the limit, the sandbox, then the
# filter's arguments (a filter's input that is read only once comes as a list).
def _replace(limit: int, env: Any, s: Any, old: Any, new: Any, count: Any = None) -> int:
    return _replaced(str(s), str(old), str(new), -1 if count is None else count)


def _format(limit: int, env: Any, value: Any, *args: Any, **kwargs: Any) -> int:
    return printf_size(str(value), kwargs or args, limit)


def _join(limit: int, env: Any, value: Any, d: Any = "", attribute: Any = None) -> int:
    return _joined(value, str(d), limit)


def _sum(limit: int, env: Any, iterable: Any, attribute: Any = None, start: Any = 0) -> int:
    """Adding up lists (`start=[]`) makes one as long as all of them together."""
    return 0 if isinstance(start, (int, float)) else weight([start, iterable], limit)


def _center(limit: int, env: Any, value: Any, width: int = 80) -> int:
    return max(weight(value, limit), width)


def _indent(limit: int, env: Any, s: Any, width: Any = 4, first: Any = False,
            blank: Any = False) -> int:
    prefix = len(width) if isinstance(width, str) else int(width)
    return len(str(s)) + (str(s).count("\n") + 1) * prefix


def _wordwrap(limit: int, env: Any, s: Any, width: Any = 79, break_long_words: Any = True,
              wrapstring: Any = None, break_on_hyphens: Any = True) -> int:
    return 0 if wrapstring is None else len(str(s)) * (1 + len(str(wrapstring)))


def _urlize(limit: int, env: Any, value: Any, trim_url_limit: Any = None, nofollow: Any = False,
            target: Any = None, rel: Any = None, extra_schemes: Any = None) -> int:
    return len(str(value)) // 2 * (len(str(target or "")) + len(str(rel or "")))


def _slice(limit: int, env: Any, value: Any, slices: int, fill_with: Any = None) -> int:
    return slices  # so many lists made


def _batch(limit: int, env: Any, value: Any, linecount: int, fill_with: Any = None) -> int:
    return linecount if fill_with is not None else 0  # so many fillers, at most


def _tojson(limit: int, env: Any, value: Any, indent: Any = None) -> int:
    return PAST if isinstance(indent, int) and indent > 8 else 0


def _sort(limit: int, env: Any, value: Any, reverse: Any = False, case_sensitive: Any = False,
          attribute: Any = None) -> int:
    return _keys_size(limit, env, value, attribute, case_sensitive)


def _unique(limit: int, env: Any, value: Any, case_sensitive: Any = False,
            attribute: Any = None) -> int:  # also min and max
    return _keys_size(limit, env, value, attribute, case_sensitive)


def _groupby(limit: int, env: Any, value: Any, attribute: Any, default: Any = None,
             case_sensitive: Any = False) -> int:
    return _keys_size(limit, env, value, attribute, case_sensitive)


def _dictsort(limit: int, env: Any, value: Any, case_sensitive: Any = False, by: Any = "key",
              reverse: Any = False) -> int:
    return _keys_size(limit, env, value, None, case_sensitive)


FILTER_SIZES: dict[str, Callable[..., int]] = {
    "replace": _replace, "format": _format, "join": _join, "sum": _sum, "center": _center,
    "indent": _indent, "wordwrap": _wordwrap, "urlize": _urlize, "slice": _slice,
    "batch": _batch, "tojson": _tojson, "sort": _sort, "unique": _unique, "min": _unique,
    "max": _unique, "groupby": _groupby, "dictsort": _dictsort}
