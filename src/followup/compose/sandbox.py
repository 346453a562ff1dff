"""The sandbox templates run in: Jinja2's immutable sandbox, bounded in time and in the text
it makes (issue 10).

A user's template may come from anyone, so rendering one is bounded: what no note of a few
thousand characters needs is stopped, with a message that render.py completes with the
template's file and line. templates/README.md gives these numbers. How long a text an
operation would make is text_limits.py's to work out, read only when a template asks for
more than texts, numbers and dates: a normal draft never loads it.
"""

from __future__ import annotations

import contextlib
import datetime
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.environment import TemplateModule
from jinja2.exceptions import SecurityError
from jinja2.runtime import Macro
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
)
from jinja2.utils import generate_lorem_ipsum
from markupsafe import Markup

LONGEST = 100_000  # characters in one text a template makes, the draft included
MOST = 1_000_000  # characters made in all while rendering one draft
SECONDS = 1.0  # the longest one rendering (a draft's body, its subject) may run
CODE_VERSION = "limits-1"  # compiled code kept in the cache is of this version (the turns and '~')
# What prints in a few characters whatever its value (numbers have at most 100,000 bits).
_SMALL = (int, float, datetime.date, type(None))

# Filters that never turn what they are given into text: measuring it would refuse a long
# profile's list for nothing (`interview.interviewers | length`). Every other filter's
# input (and arguments) must print within LONGEST.
_NOT_PRINTING = frozenset((
    "abs", "attr", "batch", "count", "d", "default", "dictsort", "first", "float",
    "groupby", "int", "items", "last", "length", "list", "map", "max", "min", "random",
    "reject", "rejectattr", "reverse", "round", "select", "selectattr", "slice", "sort",
    "sum", "unique"))
# Filters that may make a text longer than their input, or compare lowered copies of it:
# what they would make is worked out first (text_limits.FILTER_SIZES).
ESTIMATED = frozenset((
    "replace", "format", "join", "sum", "center", "indent", "wordwrap", "urlize", "slice",
    "batch", "tojson", "sort", "unique", "min", "max", "groupby", "dictsort"))
# Filters whose input is read into a list first, to be measured and then used.
_READ_ONCE = frozenset(("join", "sum", "sort", "unique", "min", "max", "groupby"))


class Stopped(SecurityError):
    """A limit reached; the template's file and line are added to the message."""


def _too_long(what: str) -> Stopped:
    return Stopped(f"{what} would make a text of more than {LONGEST:,} characters, the most a "
                    "template may make.")


TOO_SLOW = (f"the template ran for more than {SECONDS:g} second, the longest a template may "
             "run: look for a loop inside a loop, or a macro that calls itself.")
TOO_MUCH = (f"the template made more than {MOST:,} characters of text in all, the most a "
             "template may make: look for a loop that makes a text longer each time.")


def _weight(value: Any) -> int:
    """How long `value` prints, counted until past LONGEST."""
    if isinstance(value, str):
        return len(value)
    from followup.compose import text_limits

    return text_limits.weight(value, LONGEST)


def _printable(value: Any, what: str) -> None:
    if not isinstance(value, _SMALL) and _weight(value) > LONGEST:
        raise _too_long(what)


def limited_filter(env: Sandbox, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that keeps to the limits: what it turns into text must print within LONGEST,
    and so must what it makes (estimated first where it may grow past its input)."""
    passed = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0
    prints, estimated = name not in _NOT_PRINTING, name in ESTIMATED

    def limited(*args: Any, **kwargs: Any) -> Any:
        env.tick()
        if name in _READ_ONCE and len(args) > passed:  # to measure, then to use
            args = (*args[:passed], list(args[passed]), *args[passed + 1:])
        for value in (*args[passed:], *kwargs.values()) if prints else ():
            if not isinstance(value, str):
                _printable(value, name)
        if estimated:
            from followup.compose import text_limits

            try:
                size = text_limits.FILTER_SIZES[name](LONGEST, env, *args[passed:], **kwargs)
            except (TypeError, ValueError, AttributeError):
                size = 0  # arguments the filter will refuse in its own words
            if size > LONGEST:
                raise _too_long(name)
        return env.made(function(*args, **kwargs), name)

    limited.__dict__.update(getattr(function, "__dict__", {}))  # jinja_pass_arg
    return limited


class _Formatter(SandboxedFormatter):
    """str.format in the sandbox, refusing a text past LONGEST before making it: every
    field counts, a field used again counts again (`"{0:>9999}" * 300`)."""

    size = 0  # what the fields formatted so far make

    def vformat(self, format_string: str, args: Any, kwargs: Mapping[str, Any]) -> str:
        self.size = len(format_string)  # its text between the fields, at most
        return str(super().vformat(format_string, args, kwargs))

    def format_field(self, value: Any, format_spec: str) -> Any:
        from followup.compose import text_limits

        self.size += text_limits.field_size(value, format_spec, LONGEST)
        if self.size > LONGEST:
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
        env.deadline = time.monotonic() + SECONDS
        env.rendering, env.made_so_far = True, 0
        try:
            return super().render(*args, **kwargs)
        finally:
            env.rendering, env.deadline = False, None

    def make_module(self, vars: dict[str, Any] | None = None, shared: bool = False,
                    locals: Mapping[str, Any] | None = None) -> TemplateModule:
        """`{% import %}`: the module's body made as a text the template writes, within
        the limits, since printing the module prints it (`m | wordcount`)."""
        env = self.environment
        context = self.new_context(vars, shared, locals)
        if not isinstance(env, Sandbox):
            return TemplateModule(self, context)
        return TemplateModule(self, context, [env.concat(self.root_render_func(context))])


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
        """A deadline for work outside a rendering (compiling)."""
        self.deadline = time.monotonic() + SECONDS
        try:
            yield
        finally:
            self.deadline = None

    def compile(self, source: Any, name: str | None = None, filename: str | None = None,
                raw: bool = False, defer_init: bool = False) -> Any:
        """Compiling works out constant filters (`'x x' | urlize | urlize`) within a time
        limit too: past it, a filter refuses (Jinja2 then leaves it to the rendering, which
        stops at its own limit), so a template is compiled in about a second at most."""
        compile_: Any = super().compile  # typed by overloads on `raw`, passed on as given
        if self.deadline is not None:  # compiled while rendering (`{% include %}`)
            return compile_(source, name, filename, raw, defer_init)
        with self.time_limit():
            return compile_(source, name, filename, raw, defer_init)

    def tick(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise Stopped(TOO_SLOW)

    def made(self, value: Any, what: str) -> Any:
        """`value`, once counted if a text: within LONGEST, and all texts within MOST."""
        if isinstance(value, (str, bytes)):
            if len(value) > LONGEST:
                raise _too_long(what)
            if self.rendering:
                self.made_so_far += len(value)
                if self.made_so_far > MOST:
                    raise Stopped(TOO_MUCH)
        return value

    # ------------------------------------------------------------ what templates run

    def joined(self, join: Callable[[Iterable[Any]], str], operands: tuple[Any, ...]) -> str:
        """`a ~ b`, measured before the operands are turned into text."""
        if sum(map(_weight, operands)) > LONGEST:
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
            from followup.compose import text_limits

            if text_limits.method_size(__obj, args, kwargs, LONGEST) > LONGEST:
                raise _too_long(name)
        elif not isinstance(__obj, Macro):  # a macro prints only what it prints itself
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
        formatted.__name__ = value.__name__  # as messages name it
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
        if operator == "%" and isinstance(left, (str, bytes)):
            from followup.compose import text_limits

            if text_limits.printf_size(left, right, LONGEST) > LONGEST:
                raise _too_long("'%'")
        result = super().call_binop(context, operator, left, right)
        if isinstance(result, (list, tuple)):  # `l + l`, doubled again and again
            _printable(result, f"'{operator}'")
        return self.made(result, f"'{operator}'")


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
