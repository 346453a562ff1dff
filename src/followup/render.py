"""Templates: a sandboxed Jinja2 environment, front matter, and the phrases that vary notes.

A template is Markdown with YAML front matter:

    ---
    subject: Thank you – {{ role }} interview
    ---
    {{ greeting }}
    ...

The user's templates folder comes before the bundled one, so a file of the same
name replaces a bundled template. Everything runs in Jinja2's immutable sandbox
with StrictUndefined: a profile value is only ever text, and a misspelt variable
is an error rather than a blank.
"""

from __future__ import annotations

import datetime
import functools
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from followup import home
from followup.errors import TemplateProblem
from followup.template_loader import Loader


class Rendered(NamedTuple):
    subject: str | None
    body: str
    meta: Mapping[str, Any]


def template_name(situation: str, channel: str = "email") -> str:
    return f"{situation}.md.j2" if channel == "email" else f"{situation}.{channel}.md.j2"


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


def _refuse_none(value: Any) -> Any:
    if value is None:
        raise TemplateProblem("the template printed an empty value (None): guard it with "
                              "{% if ... %}")
    return value


@jinja2.pass_context
def _when(context: jinja2.runtime.Context, day: datetime.date) -> str:
    return when(day, context["today"], context["country"])


@jinja2.pass_context
def _longdate(context: jinja2.runtime.Context, day: datetime.date) -> str:
    return longdate(day, context["country"])


@jinja2.pass_context
def _say(context: jinja2.runtime.Context, key: str) -> str:
    """One of several phrasings from phrases.yaml, picked by the draft's `variant` so that
    notes to several people differ (TY5), and rendered with the template's variables."""
    loader = _loader(context.environment)
    situation = context["situation"]
    options, _ = loader.phrase_list(situation, key)
    index = context["variant"] % len(options)
    template = context.environment.get_template(f"phrase:{situation}/{key}/{index}")
    return template.render(context.get_all())


# ------------------------------------------------------------------ the environment


@functools.lru_cache(maxsize=4)
def environment(user_folder: Path | None = None) -> ImmutableSandboxedEnvironment:
    folders = [home.bundled_templates()]
    if user_folder is not None:
        folders.insert(0, user_folder)
    env = ImmutableSandboxedEnvironment(
        loader=Loader(folders), undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
        autoescape=False, finalize=_refuse_none, bytecode_cache=_bytecode_cache(),
    )
    env.filters.update(clause=clause, to_me=to_me, when=_when, longdate=_longdate)
    env.globals["say"] = _say
    return env


def default_environment() -> ImmutableSandboxedEnvironment:
    return environment(home.user_templates())


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs: compiling is most of a draft's cost."""
    folder = home.cache_dir() / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None  # a read-only home: compile every time
    return jinja2.FileSystemBytecodeCache(str(folder))


def _loader(env: jinja2.Environment) -> Loader:
    assert isinstance(env.loader, Loader)
    return env.loader


def has_template(env: jinja2.Environment, name: str) -> bool:
    return _loader(env).find(name) is not None


def render(env: jinja2.Environment, name: str, context: dict[str, Any]) -> Rendered:
    """Render one template by name (or `file:PATH`) to its subject and body."""
    loader = _loader(env)
    filename = name
    try:
        meta, path = loader.meta(name)
        filename = str(path)
        body = tidy(env.get_template(name).render(context))
        subject = None
        if meta.get("subject") is not None:
            subject = env.get_template(f"subject:{name}").render(context).strip()
    except jinja2.TemplateNotFound as error:
        raise TemplateProblem(f"no template named {error.name}") from None
    except jinja2.TemplateSyntaxError as error:
        raise TemplateProblem(f"{error.filename or filename}:{error.lineno}: "
                              f"{error.message}") from None
    except jinja2.TemplateError as error:
        line = _template_line(error)
        raise TemplateProblem(f"{line}: {error}" if line else f"{filename}: {error}") from None
    return Rendered(subject or None, body, meta)


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
                code.co_filename.endswith((".j2", ".yaml")):
            where = f"{code.co_filename}:{traceback.tb_lineno}"
        traceback = traceback.tb_next
    return where
