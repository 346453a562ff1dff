"""The sandbox templates run in: Jinja2's immutable sandbox, bounded in time and in the text
it makes (issue 10).

A user's template may come from anyone, so rendering one is bounded: what no note of a few
thousand characters needs is stopped, with a message that render.py completes with the
template's file and line. templates/README.md gives these numbers.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable, Collection, Generator, Iterable, Iterator
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.exceptions import SecurityError
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
)
from jinja2.utils import Namespace, generate_lorem_ipsum
from markupsafe import Markup

LONGEST = 100_000  # characters in one text a template makes, the draft included
MOST = 1_000_000  # characters made in all while rendering one draft
SECONDS = 1.0  # the longest one draft's rendering may run
CODE_VERSION = "limits-1"  # compiled code kept in the cache is of this version (the turns and '~')


class Stopped(SecurityError):
    """A limit reached; the template's file and line are added to the message."""


def _too_long(what: str) -> Stopped:
    return Stopped(f"{what} would make a text of more than {LONGEST:,} characters, the most a "
                    "template may make.")


TOO_SLOW = (f"the template ran for more than {SECONDS:g} second, the longest a template may "
             "run: look for a loop inside a loop, or a macro that calls itself.")
TOO_MUCH = (f"the template made more than {MOST:,} characters of text in all, the most a "
             "template may make: look for a loop that makes a text longer each time.")
_CONTAINERS: tuple[type[Collection[Any]], ...] = (
    list, tuple, set, frozenset, dict, type({}.keys()), type({}.values()), type({}.items()))


def _weight(value: Any, limit: int = LONGEST) -> int:
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
        elif isinstance(item, _CONTAINERS):
            total += 2 + 2 * len(item)
            if total <= limit:
                stack.extend(item.items() if isinstance(item, dict) else item)
        elif isinstance(item, Namespace):
            stack.append(object.__getattribute__(item, "_Namespace__attrs"))
        elif hasattr(type(item), "__struct_fields__"):  # a profile's record
            stack.extend(getattr(item, name) for name in type(item).__struct_fields__)
        else:
            total += 8
    return total


def _printable(value: Any, what: str) -> None:
    if _weight(value) > LONGEST:
        raise _too_long(what)


# Compiled on first use (by re's own cache), not at every start-up.
_PRINTF = r"%(?:%|(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?)"
_DIGITS = r"\d+"


def _number(digits: str) -> int:
    return int(digits) if len(digits) < 9 else LONGEST + 1


def _printf_size(text: str, values: Any) -> int:
    """About the length of `text % values`: the widest width or precision asked for
    (`%999999999d`), a `*` taking its number from the values."""
    parts = [part for match in re.finditer(_PRINTF, text) for part in match.groups() if part]
    widths = [_number(part) for part in parts if part != "*"]
    if "*" in parts:
        given = values if isinstance(values, tuple) else (values,)
        widths += [abs(value) for value in given if isinstance(value, int)]
    return len(text) + max(widths, default=0)


def _replaced(text: Any, old: Any, new: Any, count: Any = -1) -> int:
    """The length of text.replace(old, new, count), before making it."""
    times = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    return int(len(text) + times * max(0, len(new) - len(old)))


def _joined(items: list[Any], separator: Any) -> int:
    total = len(separator) * max(0, len(items) - 1)
    for item in items:
        if total > LONGEST:
            break
        total += len(item) if isinstance(item, (str, bytes)) else _weight(item)
    return total


def _method_size(method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    """The length of the text a str (or bytes) method would make, where it may be far
    longer than what it is given (0 where it cannot)."""
    owner = method.__self__
    name = method.__name__
    first: Any = args[0] if args else kwargs.get("tabsize")
    if name == "replace" and len(args) > 1:
        return _replaced(owner, first, args[1], *args[2:3])
    if name == "join":
        return _joined(first, owner)
    if name in ("center", "ljust", "rjust", "zfill") and isinstance(first, int):
        return first
    if name == "expandtabs" and isinstance(first, int):
        tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
        return len(owner) + tabs * first
    if name == "translate" and isinstance(first, dict):
        return len(owner) * max([_weight(value) for value in first.values()], default=1)
    return 0


# What a growing filter would make, before making it; each takes the filter's arguments.
def _replace_size(s: Any, old: Any, new: Any, count: Any = None) -> int:
    return _replaced(str(s), str(old), str(new), -1 if count is None else count)


def _format_size(value: Any, *args: Any, **kwargs: Any) -> int:
    return _printf_size(str(value), kwargs or args)


def _join_size(value: Any, d: Any = "", attribute: Any = None) -> int:
    return _joined(value, str(d))


def _center_size(value: Any, width: int = 80) -> int:
    return max(_weight(value), width)


def _indent_size(s: Any, width: Any = 4, first: Any = False, blank: Any = False) -> int:
    prefix = len(width) if isinstance(width, str) else int(width)
    return len(str(s)) + (str(s).count("\n") + 1) * prefix


def _wordwrap_size(s: Any, width: Any = 79, break_long_words: Any = True,
                   wrapstring: Any = None, break_on_hyphens: Any = True) -> int:
    return 0 if wrapstring is None else len(str(s)) * (1 + len(str(wrapstring)))


def _urlize_size(value: Any, trim_url_limit: Any = None, nofollow: Any = False,
                 target: Any = None, rel: Any = None, extra_schemes: Any = None) -> int:
    return len(str(value)) // 2 * (len(str(target or "")) + len(str(rel or "")))


def _slice_size(value: Any, slices: int, fill_with: Any = None) -> int:
    return slices  # so many lists made


def _batch_size(value: Any, linecount: int, fill_with: Any = None) -> int:
    return linecount if fill_with is not None else 0  # so many fillers, at most


def _tojson_size(value: Any, indent: Any = None) -> int:
    return LONGEST + 1 if isinstance(indent, int) and indent > 8 else 0


_GROWING: dict[str, Callable[..., int]] = {
    "replace": _replace_size, "format": _format_size, "join": _join_size,
    "center": _center_size, "indent": _indent_size, "wordwrap": _wordwrap_size,
    "urlize": _urlize_size, "slice": _slice_size, "batch": _batch_size,
    "tojson": _tojson_size}


def limited_filter(env: Sandbox, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that keeps to the limits: what it is given must print within LONGEST, and so
    must what it makes (estimated first where it may grow past its input)."""
    passed = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0
    estimate = _GROWING.get(name)

    def limited(*args: Any, **kwargs: Any) -> Any:
        env.tick()
        if name == "join" and len(args) > passed:  # read once, to measure and to join
            args = (*args[:passed], list(args[passed]), *args[passed + 1:])
        for value in (*args[passed:], *kwargs.values()):
            if not isinstance(value, str):
                _printable(value, name)
        if estimate is not None:
            try:
                size = estimate(*args[passed:], **kwargs)
            except (TypeError, ValueError, AttributeError):
                size = 0  # arguments the filter will refuse in its own words
            if size > LONGEST:
                raise _too_long(name)
        return env.made(function(*args, **kwargs), name)

    limited.__dict__.update(getattr(function, "__dict__", {}))  # jinja_pass_arg
    return limited


class _Formatter(SandboxedFormatter):
    """str.format in the sandbox, refusing widths and precisions past LONGEST
    (`"{:>999999999}".format(1)`)."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        _printable(value, "format")
        if max(map(_number, re.findall(_DIGITS, format_spec)), default=0) > LONGEST:
            raise _too_long("format")
        return super().format_field(value, format_spec)


class _EscapeFormatter(_Formatter, SandboxedEscapeFormatter):
    pass


class _Template(jinja2.Template):
    def render(self, *args: Any, **kwargs: Any) -> str:
        """Within the limits; a rendering inside another (say()'s) shares the outer's."""
        env = self.environment
        if not isinstance(env, Sandbox) or env.rendering:
            return super().render(*args, **kwargs)
        timed = env.deadline is None  # else the deadline of a series of renderings
        if timed:
            env.deadline = time.monotonic() + SECONDS
        env.rendering, env.made_so_far = True, 0
        try:
            return super().render(*args, **kwargs)
        finally:
            env.rendering = False
            if timed:
                env.deadline = None


class _Generator(CodeGenerator):
    """Jinja2's compiler, with a turn counter on every `for` and `~` measured: the two
    ways a template can spend time or build text without calling anything."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        for loop in list(node.find_all(nodes.For)):
            loop.iter = nodes.Filter(loop.iter, TURNS, [], [], None, None,
                                     lineno=loop.iter.lineno)
        super().visit_Template(node, frame)

    @optimizeconst  # constants joined while compiling, as Jinja2 does
    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:  # as Jinja2 chooses
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        else:
            join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        self.write(f"environment.joined({join}, (")
        for operand in node.nodes:
            self.visit(operand, frame)
            self.write(", ")
        self.write("))")


TURNS = "for-turns"  # a filter name no template can write
_JINJA_KEYWORDS = ("_loop_vars", "_block_vars")  # what Jinja2 hands a call of its own


@jinja2.pass_context  # so that it is never run while compiling
def turns(context: jinja2.runtime.Context, iterable: Any) -> Iterator[Any]:
    """A `for` loop's items, each turn within the deadline."""
    tick = context.environment.tick  # type: ignore[attr-defined]
    for item in iterable:
        tick()
        yield item


class Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with the limits above: a deadline checked at every loop turn,
    call and filter; the length of every text made by an operation that can make a long
    one from short ones, estimated before it is made where it could be huge."""

    intercepted_binops = frozenset(["*", "**", "%", "+"])
    code_generator_class = _Generator
    template_class = _Template
    deadline: float | None = None
    rendering = False  # a template is being rendered: what is made is counted
    made_so_far = 0  # characters made by this rendering

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.too_slow: dict[str, str] = {}  # template name -> the message it was stopped with

    def join_path(self, template: str, parent: str) -> str:
        """`{% include %}`, `{% import %}` and `{% extends %}` reach template files only: the
        loader's own names (`subject:`, `phrase:`, `file:`) are not for templates to use."""
        if ":" in template:
            raise jinja2.TemplateNotFound(template)
        return template

    # ------------------------------------------------------------ time and size

    @contextlib.contextmanager
    def time_limit(self) -> Iterator[None]:
        """One deadline for several renderings (those that check one template)."""
        self.deadline = time.monotonic() + SECONDS
        try:
            yield
        finally:
            self.deadline = None

    def tick(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise Stopped(TOO_SLOW)

    def made(self, value: Any, what: str) -> Any:
        """`value`, once counted: a text within LONGEST, and all texts within MOST."""
        if isinstance(value, (str, bytes)):
            if len(value) > LONGEST:
                raise _too_long(what)
            if self.rendering:
                self.made_so_far += len(value)
                if self.made_so_far > MOST:
                    raise Stopped(TOO_MUCH)
        elif isinstance(value, _CONTAINERS):
            _printable(value, what)
        return value

    # ------------------------------------------------------------ what templates run

    def joined(self, join: Callable[[Iterable[Any]], str], operands: tuple[Any, ...]) -> str:
        """`a ~ b`, measured before the operands are turned into text."""
        if sum(_weight(operand) for operand in operands) > LONGEST:
            raise _too_long("'~'")
        return str(self.made(join(operands), "'~'"))

    def concat(self, chunks: Iterable[str]) -> str:
        """Every text a template writes (the draft, a macro's, a block's) is joined here."""
        if not self.rendering:
            return "".join(chunks)
        parts, size = [], 0
        for chunk in chunks:
            size += len(chunk)
            if size > LONGEST:
                error = _too_long("writing this")
                if isinstance(chunks, Generator):  # raised at the template's line
                    chunks.throw(error)
                raise error
            parts.append(chunk)
        return str(self.made("".join(parts), "writing this"))

    def printed(self, value: Any) -> Any:
        """`{{ value }}`: never None, and printing within the limits."""
        if isinstance(value, str):
            return self.made(value, "printing this")
        _printable(_refuse_none(value), "printing this")
        return value

    def call(__self, __context: jinja2.runtime.Context, __obj: Any, *args: Any,
             **kwargs: Any) -> Any:
        __self.tick()
        name = getattr(__obj, "__name__", "the call")
        if isinstance(getattr(__obj, "__self__", None), (str, bytes)):  # a text's method
            if name == "join" and args:
                args = (list(args[0]), *args[1:])  # read once, to measure and to join
            if _method_size(__obj, args, kwargs) > LONGEST:
                raise _too_long(name)
        for key, value in (*enumerate(args), *kwargs.items()):
            if not isinstance(value, str) and key not in _JINJA_KEYWORDS:
                _printable(value, name)
        return __self.made(super().call(__context, __obj, *args, **kwargs), name)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        if super().wrap_str_format(value) is None:  # not str.format or str.format_map
            return None
        text: str = value.__self__
        formatter = (_EscapeFormatter(self, escape=text.escape) if isinstance(text, Markup)
                     else _Formatter(self))
        mapping = value.__name__ == "format_map"

        def formatted(*args: Any, **kwargs: Any) -> str:
            if not mapping:
                return type(text)(formatter.vformat(text, args, kwargs))
            if kwargs or len(args) != 1:
                raise TypeError("format_map() takes exactly one argument")
            return type(text)(formatter.vformat(text, (), args[0]))
        return formatted

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any,
                   right: Any) -> Any:
        """`'x' * 10**10` and `9 ** 10**6` are refused before they are worked out."""
        self.tick()
        if operator == "**" and isinstance(right, int) and (
                abs(right) > 64
                or (isinstance(left, int) and left.bit_length() * right > LONGEST)):
            raise SecurityError(f"the power {right} is too large for a template.")
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                if isinstance(sequence, (str, bytes, list, tuple)) and isinstance(times, int) \
                        and _weight(sequence) * times > LONGEST:
                    raise SecurityError("the repeated text would be too long for a template.")
            if isinstance(left, int) and isinstance(right, int) \
                    and left.bit_length() + right.bit_length() > LONGEST:
                raise SecurityError("the number would be too large for a template.")
        if operator == "%" and isinstance(left, str):
            _printable(right, "'%'")
            if _printf_size(left, right) > LONGEST:
                raise _too_long("'%'")
        return self.made(super().call_binop(context, operator, left, right), f"'{operator}'")


def lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    """lipsum(), within LONGEST (`lipsum(n=10**7)`): about 12 characters a word."""
    if isinstance(n, int) and isinstance(min, int) and isinstance(max, int) \
            and n * (min if min > max else max) * 12 > LONGEST:
        raise _too_long("lipsum")
    return str(generate_lorem_ipsum(n, html, min, max))


def _refuse_none(value: Any) -> Any:
    if value is None:
        raise jinja2.TemplateRuntimeError(
            "printed an empty value (None): guard it with {% if ... %}")
    return value
