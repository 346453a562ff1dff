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
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import jinja2
import yaml
from jinja2.sandbox import ImmutableSandboxedEnvironment

from followup import home
from followup.errors import TemplateProblem

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)


class Rendered(NamedTuple):
    subject: str | None
    body: str
    meta: Mapping[str, Any]


def template_name(situation: str, channel: str = "email") -> str:
    return f"{situation}.md.j2" if channel == "email" else f"{situation}.{channel}.md.j2"


def split_front_matter(source: str, filename: str) -> tuple[dict[str, Any], str]:
    """The front matter as a mapping, and the body with the front matter's lines left
    blank, so that Jinja2's line numbers are the file's."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, source
    try:
        meta = yaml.safe_load(match[1]) or {}
    except yaml.YAMLError as error:
        raise TemplateProblem(f"{filename}: the front matter is not valid YAML: {error}") from None
    if not isinstance(meta, dict):
        raise TemplateProblem(f"{filename}: the front matter must be a mapping (subject: ...)")
    return meta, "\n" * match[0].count("\n") + source[match.end():]


class _FrontMatterLoader(jinja2.BaseLoader):
    """Looks in each folder in turn, and keeps each template's front matter aside."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders
        self.meta: dict[str, dict[str, Any]] = {}

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        for folder in self.folders:
            path = folder / template
            if path.is_file():
                return self.read(path, template)
        raise jinja2.TemplateNotFound(template)

    def read(self, path: Path, name: str) -> tuple[str, str, Callable[[], bool]]:
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise TemplateProblem(f"{path}: cannot be read as UTF-8 text ({error})") from None
        self.meta[name], body = split_front_matter(source, str(path))
        mtime = path.stat().st_mtime
        return body, str(path), lambda: path.stat().st_mtime == mtime


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
def _say(context: jinja2.runtime.Context, options: list[str]) -> str:
    """One of several phrasings, picked by the draft's `variant` (TY5), rendered in place."""
    if not options:
        return ""
    phrase = options[context["variant"] % len(options)]
    environment = context.environment
    return _compiled(environment, phrase).render(context.get_all())


@functools.lru_cache(maxsize=256)
def _compiled(environment: jinja2.Environment, phrase: str) -> jinja2.Template:
    return environment.from_string(phrase)


# ------------------------------------------------------------------ the environment


@functools.lru_cache(maxsize=4)
def environment(user_folder: Path | None = None) -> ImmutableSandboxedEnvironment:
    folders = [home.bundled_templates()]
    if user_folder is not None:
        folders.insert(0, user_folder)
    env = ImmutableSandboxedEnvironment(
        loader=_FrontMatterLoader(folders), undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
        autoescape=False, finalize=_refuse_none,
    )
    env.filters.update(clause=clause, to_me=to_me, when=_when, longdate=_longdate)
    env.globals["say"] = _say
    return env


def default_environment() -> ImmutableSandboxedEnvironment:
    return environment(home.user_templates())


def has_template(env: jinja2.Environment, name: str) -> bool:
    loader = env.loader
    assert isinstance(loader, _FrontMatterLoader)
    return any((folder / name).is_file() for folder in loader.folders)


def phrases(env: jinja2.Environment) -> dict[str, Any]:
    """phrases.yaml: the bundled one, with any key the user's own file sets replaced."""
    loader = env.loader
    assert isinstance(loader, _FrontMatterLoader)
    merged: dict[str, Any] = {}
    for folder in reversed(loader.folders):
        path = folder / "phrases.yaml"
        if path.is_file():
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            if not isinstance(data, dict):
                raise TemplateProblem(f"{path}: phrases are a mapping of situation to lists")
            for situation, lists in data.items():
                merged[situation] = {**merged.get(situation, {}), **(lists or {})}
    return merged


def render(env: jinja2.Environment, name: str, context: dict[str, Any],
           template_file: Path | None = None) -> Rendered:
    """Render one template (by name, or a file given directly) to subject and body."""
    try:
        if template_file is not None:
            body_source, filename, _ = _FrontMatterLoader([]).read(template_file,
                                                                   str(template_file))
            meta, _ = split_front_matter(template_file.read_text(encoding="utf-8"), filename)
            template = env.from_string(body_source)
            template.filename = filename
        else:
            template = env.get_template(name)
            loader = env.loader
            assert isinstance(loader, _FrontMatterLoader)
            meta = loader.meta[name]
            filename = template.filename or name
        body = tidy(template.render(context))
        subject = meta.get("subject")
        if subject is not None:
            subject = _compiled(env, str(subject)).render(context).strip()
    except jinja2.TemplateNotFound as error:
        raise TemplateProblem(f"no template named {error.name}") from None
    except jinja2.TemplateSyntaxError as error:
        raise TemplateProblem(f"{error.filename or name}:{error.lineno}: {error.message}") from None
    except jinja2.TemplateError as error:
        line = _template_line(error, filename)
        raise TemplateProblem(f"{filename}:{line}: {error}" if line else
                              f"{filename}: {error}") from None
    return Rendered(subject or None, body, meta)


def tidy(text: str) -> str:
    """Blank lines at most one at a time, no doubled, leading or trailing spaces (optional
    parts of a template leave them), one final newline."""
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def _template_line(error: BaseException, filename: str) -> int | None:
    """Jinja2 rewrites tracebacks so that template frames carry the template's lines."""
    line = None
    traceback = sys.exc_info()[2] if error.__traceback__ is None else error.__traceback__
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename in (filename, "<template>"):
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line
