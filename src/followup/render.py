"""Templates: a sandboxed Jinja2 environment, front matter, and the phrases that vary notes.

A template is Markdown with YAML front matter (the contract, with every variable
and helper, is templates/README.md):

    ---
    situation: thank-you
    subject: "Thank you: {{ role }} interview"
    ---
    Dear {{ salutation }},
    ...

The user's templates folder comes before the bundled one, so a file of the same
name replaces a bundled template. Everything runs in Jinja2's immutable sandbox
with StrictUndefined: a profile value is only ever text, a misspelt variable is
an error rather than a blank, and every error names the file and line. A template
that would run for long or make a huge text is stopped (the limits are in sandbox.py).
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import io
import marshal
import pickle
import re
import sys
import time
import types
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import jinja2
import msgspec
from jinja2.bccache import Bucket, bc_magic
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import object_type_repr

from followup import home, sandbox
from followup.errors import FollowupError, TemplateProblem
from followup.template_loader import (
    SUFFIX,
    Loader,
    MissingPhrases,
    TemplateInfo,
    front_matter_line,
)
from followup.template_loader import template_name as _typed_name


class Rendered(msgspec.Struct, frozen=True):
    subject: str | None
    body: str
    info: TemplateInfo


def template_name(situation: str, channel: str = "email") -> str:
    """The template a situation uses on a channel unless --template says otherwise."""
    return f"{situation}{SUFFIX}" if channel == "email" else f"{situation}.{channel}{SUFFIX}"


# ------------------------------------------------------------------ helpers for templates


def longdate(day: datetime.date, country: str | None = None) -> str:
    """'Monday 16 November', or 'Monday, November 16' in the US."""
    if country == "US":
        return f"{day:%A}, {day:%B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def when(day: datetime.date, today: datetime.date, country: str | None = None) -> str:
    """How a note refers to a day: 'today', 'yesterday', 'on Monday' or 'on 16 November'."""
    days = (today - day).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if 1 < days < 7:
        return f"on {day:%A}"
    return "on " + (f"{day:%B} {day.day}" if country == "US" else f"{day.day} {day:%B}")


def to_me(promise: str) -> str:
    """A promise as told to the candidate ('let you know') as said back ('let me know')."""
    swaps = {"you": "me", "your": "my", "yours": "mine", "You": "Me", "Your": "My"}
    return re.sub(r"\b(you|your|yours|You|Your)\b", lambda match: swaps[match[1]], promise)


def clause(text: str) -> str:
    """'Built the rota.' -> 'built the rota', to follow 'I'; 'AI tools' keeps its capitals."""
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def listing(items: Iterable[Any], country: str | None = None) -> str:
    """'Priya', 'Priya and Sam', 'Priya, Sam and Tom' ('Priya, Sam, and Tom' in the US)."""
    names = [str(item) for item in items]
    if len(names) < 3:
        return " and ".join(names)
    comma = "," if country == "US" else ""
    return f"{', '.join(names[:-1])}{comma} and {names[-1]}"


def article(noun: str) -> str:
    """'a video interview', 'an interview', 'an assessment centre'."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def _given(helper: str, value: Any, kind: type | tuple[type, ...], what: str) -> None:
    """A helper's input checked, so that a mistake reads as the template's, not as Python's
    ('NoneType' object has no attribute 'strip'). Text is iterable, but never a list here."""
    if value is None:
        raise jinja2.TemplateRuntimeError(
            f"{helper} was given an empty value (None): guard it with {{% if ... %}}")
    if not isinstance(value, kind) or (isinstance(value, str) and kind is not str):
        raise jinja2.TemplateRuntimeError(f"{helper} expects {what}, not {value!r}")


@jinja2.pass_context
def _when(context: jinja2.runtime.Context, day: datetime.date) -> str:
    _given("when", day, datetime.date, "a date, such as interview.date")
    return when(day, context["today"], context["country"])


@jinja2.pass_context
def _longdate(context: jinja2.runtime.Context, day: datetime.date) -> str:
    _given("longdate", day, datetime.date, "a date, such as offer.deadline")
    return longdate(day, context["country"])


@jinja2.pass_context
def _listing(context: jinja2.runtime.Context, items: Iterable[Any]) -> str:
    _given("listing", items, Iterable, "a list, such as interview.interviewers | "
                                       "map(attribute=\"name\")")
    return listing(items, context["country"])


def _text_filter(name: str, function: Callable[[str], str], example: str) -> Callable[[Any], str]:
    def checked(text: Any) -> str:
        _given(name, text, str, f"text, such as {example}")
        return function(text)
    return checked


@jinja2.pass_context
def _say(context: jinja2.runtime.Context, key: str) -> str:
    """One of several phrasings from phrases.yaml, for the draft's tone, picked by its
    `variant` so that notes to several people differ (TY5), and rendered with the
    template's variables. A mistake in a phrase names phrases.yaml, the list and entry."""
    loader = _loader(context.environment)
    situation, tone = context["situation"], context["tone"]
    try:
        phrases = loader.phrase_list(situation, str(key), tone)
    except MissingPhrases as error:  # so that the message names the template's line
        raise jinja2.TemplateRuntimeError(str(error)) from None
    index = context["variant"] % len(phrases.options)
    name = f"phrase:{situation}/{key}/{tone}/{index}"
    started = time.monotonic()
    try:
        return context.environment.get_template(name).render(context.get_all())
    except FollowupError:
        raise
    except sandbox.Stopped as error:
        # The time or the text of the whole draft ran out: the template's doing (a loop
        # around say()) unless the phrase took most of the time itself.
        if str(error) == sandbox.TOO_MUCH or (
                str(error) == sandbox.TOO_SLOW
                and time.monotonic() - started < sandbox.SECONDS / 2):
            raise sandbox.Stopped(str(error)) from None  # named at the template's say() line
        raise TemplateProblem(f"{loader.phrase_where(phrases, index)}: {error}") from None
    except jinja2.TemplateSyntaxError as error:
        raise TemplateProblem(f"{loader.phrase_where(phrases, index)}: {error.message}") \
            from None
    except Exception as error:  # a runtime error of the phrase's own
        raise TemplateProblem(f"{loader.phrase_where(phrases, index)}: {problem_text(error)}") \
            from None


class _Undefined(jinja2.StrictUndefined):
    """StrictUndefined that names a record's fields when one is misspelt."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        record = self._undefined_obj
        if self._undefined_hint is None and hasattr(record, "__struct_fields__"):
            kind = type(record).__name__
            fields = ", ".join(record.__struct_fields__)
            return f"{kind} has no field {self._undefined_name!r}. Its fields: {fields}."
        if not isinstance(self._undefined_name, (str, int)):  # a key quoted only if short
            from followup import text_limits

            if text_limits.weight(self._undefined_name, 1000) > 1000:  # `{}[(1, long_list)]`
                return f"{object_type_repr(record)} has no such element"
        return str(super()._undefined_message)


# ------------------------------------------------------------------ the environment


@functools.lru_cache(maxsize=4)
def environment(user_folder: Path | None = None) -> ImmutableSandboxedEnvironment:
    """The environment for a process: compiled templates are kept, in memory and on disk."""
    return make_environment(user_folder)


def make_environment(user_folder: Path | None = None, *,
                     bundled: bool = True) -> ImmutableSandboxedEnvironment:
    """A fresh environment (used where a template may change during the process: `edit`)."""
    folders = [home.bundled_templates()] if bundled else []
    if user_folder is not None:
        folders.insert(0, user_folder)
    env = sandbox.Sandbox(
        loader=Loader(folders), undefined=_Undefined,
        keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
        autoescape=False, bytecode_cache=_bytecode_cache(),
    )
    env.finalize = env.printed
    env.filters.update(clause=_text_filter("clause", clause, "highlight"),
                       to_me=_text_filter("to_me", to_me, "interview.promise"),
                       article=_text_filter("article", article, "meeting"),
                       when=_when, longdate=_longdate, listing=_listing)
    env.filters = {name: sandbox.limited_filter(env, name, function)
                   for name, function in env.filters.items()}
    env.filters[sandbox.TURNS] = sandbox.turns
    env.globals.update(say=_say, lipsum=sandbox.lipsum)
    return env


def default_environment() -> ImmutableSandboxedEnvironment:
    return environment(home.user_templates())


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs: compiling is most of a draft's cost."""
    folder = home.cache_dir() / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None  # a read-only home, or a file where the folder should be: compile each time
    return _BytecodeCache(str(folder))


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja2's file cache, each file read whole and its code unmarshalled from bytes:
    marshal reading from a file calls it for every string, three times slower over a
    draft's dozen templates. The format is Jinja2's own (magic, pickled checksum, code);
    anything else is compiled again, as Jinja2 does. A cache that cannot be written (read
    only, full) is no error: the template is compiled again next time."""

    def get_source_checksum(self, source: str) -> str:
        """Of the source and of this version of the compiler (_Generator)."""
        return super().get_source_checksum(f"{sandbox.CODE_VERSION}\n{source}")

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            data = Path(self._get_cache_filename(bucket)).read_bytes()
        except OSError:
            return
        if not data.startswith(bc_magic):
            return
        stream = io.BytesIO(data)
        stream.seek(len(bc_magic))
        try:
            if pickle.load(stream) == bucket.checksum:
                code = marshal.loads(memoryview(data)[stream.tell():])
                bucket.code = code if isinstance(code, types.CodeType) else None
        except Exception:  # truncated or damaged: compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # Jinja2 removes its temporary file first
            super().dump_bytecode(bucket)


def loader(env: jinja2.Environment) -> Loader:
    assert isinstance(env.loader, Loader)
    return env.loader


_loader = loader


def has_template(env: jinja2.Environment, name: str) -> bool:
    return loader(env).find(name) is not None


def template_info(env: jinja2.Environment, name: str) -> tuple[TemplateInfo, Path]:
    """A template's checked front matter and its file; TemplateProblem if it has none."""
    try:
        return loader(env).info(name)
    except jinja2.TemplateNotFound as error:
        raise TemplateProblem(f"no template named {error.name}") from None


def choose(env: jinja2.Environment, situation: str, given: str | Path) -> str:
    """The template name for --template: an existing file, else a template name, in full
    (thank-you.short.md.j2) or short (thank-you.short, or short for this situation)."""
    path = Path(given)
    if path.is_file():
        return loader(env).register_file(path)
    typed = _typed_name(str(given))
    if typed is not None:
        for candidate in (typed, f"{situation}.{typed}"):
            if has_template(env, candidate):
                return candidate
    names = sorted(name.removesuffix(SUFFIX) for name in loader(env).names()
                   if name.startswith(f"{situation}."))
    raise TemplateProblem(
        f"--template {given}: no such file, and no template of that name. Templates for "
        f"{situation}: {', '.join(names) or 'none'} (followup templates list shows them all).")


def check_limits(info: TemplateInfo, path: Path, situation: str | None = None,
                 channel: str | None = None) -> None:
    """A template may set a stricter length limit than the guidance's, never a looser one."""
    from followup.guidance.lengths import limit_for

    channel = info.channel or channel or "email"
    guidance = limit_for(info.situation or situation or "", channel)
    if guidance is None:
        return
    for key, value, allowed in (("max_words", info.max_words, guidance.max_words),
                                ("max_paragraphs", info.max_paragraphs,
                                 guidance.max_paragraphs)):
        if value is not None and allowed is not None and value > allowed:
            line = front_matter_line(path.read_text(encoding="utf-8"), key)
            raise TemplateProblem(
                f"{path}:{line}: {key}: {value} is looser than the guidance's {allowed} for a "
                f"{info.situation or situation} {channel} ({guidance.rule}); a template "
                "may set a stricter limit, never a looser one.")


def compile_template(env: jinja2.Environment, name: str) -> TemplateInfo:
    """Check a template without rendering it: front matter, body and subject compile."""
    info, path = template_info(env, name)
    try:
        env.get_template(name)
    except jinja2.TemplateSyntaxError as error:
        raise TemplateProblem(f"{error.filename or path}:{error.lineno}: {error.message}") \
            from None
    if info.subject is not None:
        try:
            env.get_template(f"subject:{name}")
        except jinja2.TemplateSyntaxError as error:
            line = front_matter_line(path.read_text(encoding="utf-8"), "subject")
            raise TemplateProblem(f"{path}:{line}: subject: {error.message}") from None
    return info


def render(env: jinja2.Environment, name: str, context: dict[str, Any]) -> Rendered:
    """Render one template by name (or `file:PATH`) to its subject and body."""
    info, path = template_info(env, name)
    body = tidy(_run(env, name, context, path))
    if not body.strip():
        raise TemplateProblem(f"{path}: the draft came out empty: write its text below the "
                              "front matter, or check the conditions around it.")
    subject = None
    if info.subject is not None:
        subject = _run(env, f"subject:{name}", context, path).strip()
    return Rendered(subject or None, body, info)


def _run(env: jinja2.Environment, name: str, context: dict[str, Any], path: Path) -> str:
    """Render, turning any failure into a TemplateProblem that names the file and line
    (for a subject, the line of subject: in the front matter)."""
    subject = name.startswith("subject:")

    def where() -> str:
        if not subject:
            return str(path)
        return f"{path}:{front_matter_line(path.read_text(encoding='utf-8'), 'subject')}: " \
            "subject"

    slow = env.too_slow if isinstance(env, sandbox.Sandbox) else {}
    if name in slow:  # a batch of drafts waits for a template's time limit once, not each time
        raise TemplateProblem(slow[name])
    try:
        return env.get_template(name).render(context)
    except FollowupError:
        raise
    except jinja2.TemplateSyntaxError as error:  # also an unknown filter or test
        if subject:
            raise TemplateProblem(f"{where()}: {error.message}") from None
        raise TemplateProblem(f"{error.filename or where()}:{error.lineno}: "
                              f"{error.message}") from None
    except Exception as error:  # undefined names, the sandbox, and Python's own errors
        line = None if subject else _template_line(error)
        problem = f"{line or where()}: {problem_text(error)}"
        if str(error) == sandbox.TOO_SLOW:
            slow[name] = problem
        raise TemplateProblem(problem) from None


def problem_text(error: BaseException) -> str:
    """What went wrong while rendering, in a sentence."""
    if isinstance(error, jinja2.TemplateNotFound):
        return f"no template named {error.name!r}"
    if isinstance(error, RecursionError):
        return "the template calls itself without end"
    if isinstance(error, MemoryError):
        return "the template needs more memory than there is"
    text = str(error) or type(error).__name__
    return text if len(text) <= 1000 else f"{text[:1000]}..."  # it may quote a long value


def tidy(text: str) -> str:
    """Blank lines at most one at a time, no doubled, leading or trailing spaces (optional
    parts of a template leave them), one final newline."""
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def _template_line(error: BaseException) -> str | None:
    """'file:line' of the innermost template frame: Jinja2 rewrites tracebacks so that
    template frames carry the template's file and line."""
    where = None
    traceback = error.__traceback__ or sys.exc_info()[2]
    while traceback is not None:
        code = traceback.tb_frame.f_code
        if code.co_name in ("top-level template code", "template") or \
                code.co_name.startswith("block "):
            where = f"{code.co_filename}:{traceback.tb_lineno}"
        traceback = traceback.tb_next
    return where

