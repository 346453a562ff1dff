"""The templates a user has: bundled and their own, which replace which, and which are broken.

Pure: folders in, `Entry` values out. A template is checked the way drafting
would meet it (front matter, length limits, compiling in the sandbox, and its
subject); a user's template is also rendered from every bundled sample it applies
to, in every tone, so that a mistake shows here rather than in the middle of a
week's drafting (each rendering within its own time limit, as when drafting; a
slow template is tried on fewer samples). A user's phrases.yaml is checked list
by list and entry by entry.
"""

from __future__ import annotations

import datetime
import functools
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import jinja2

from followup import home
from followup.compose import render, sandbox, template_environment, template_errors
from followup.compose.front_matter import TemplateInfo
from followup.compose.template_loader import Loader
from followup.compose.template_names import SUFFIX, typed_name
from followup.compose.template_phrases import PHRASES, Phrases
from followup.errors import FollowupError, TemplateProblem
from followup.profile import Profile
from followup.vocabulary import SITUATIONS, TONES

BUNDLED, USER = "bundled", "yours"
CHECKING = sandbox.SECONDS  # checking one template or phrase on more samples stops after this
_T = TypeVar("_T")


class Entry(NamedTuple):
    name: str  # the file's name in its folder
    path: Path
    source: str  # BUNDLED or USER
    replaces: bool  # a user file with the name of a bundled one
    info: TemplateInfo | None  # None for phrases.yaml and for broken front matter
    problem: str | None  # None when valid
    lists: tuple[str, ...] = ()  # for a user phrases.yaml: the lists it gives

    @property
    def short(self) -> str:
        """The name to type: thank-you.short for thank-you.short.md.j2."""
        return self.name.removesuffix(SUFFIX)


def catalogue(user_folder: Path) -> list[Entry]:
    """Every template and phrases file, bundled first where names are equal, sorted."""
    bundled_folder = home.bundled_templates()
    env = template_environment.make_environment(user_folder)
    bundled_env = template_environment.make_environment(None)
    entries = []
    bundled = _files(bundled_folder)
    mine = _files(user_folder) if user_folder.is_dir() else []
    for path in bundled:
        entries.append(_entry(bundled_env, path, BUNDLED, replaces=False))
    for path in mine:
        replaces = (bundled_folder / path.name).is_file()
        entries.append(_entry(env, path, USER, replaces))
    return sorted(entries, key=lambda entry: (entry.name == PHRASES, entry.short,
                                              entry.source == USER))


def check_file(user_folder: Path, name: str) -> str | None:
    """The problem with one of the user's files (a template or phrases.yaml), or None."""
    env = template_environment.make_environment(user_folder)
    path = user_folder / name
    return _entry(env, path, USER, (home.bundled_templates() / name).is_file()).problem


def _files(folder: Path) -> list[Path]:
    """Templates (*.md.j2), phrases.yaml, and *.j2 files that look meant as templates
    (shown as invalid); README.md and other files are not templates."""
    return sorted(path for path in folder.iterdir() if path.is_file()
                  and not path.name.startswith(".")
                  and (path.name.endswith(".j2") or path.name == PHRASES))


def _entry(env: jinja2.Environment, path: Path, source: str, replaces: bool) -> Entry:
    if path.name == PHRASES:
        lists, problem = _check_phrases(env, path, user=source == USER)
        return Entry(path.name, path, source, replaces, None, problem, lists)
    if typed_name(path.name) != path.name:
        fixed = path.name.removesuffix(".j2").removesuffix(".md") + SUFFIX
        return Entry(path.name, path, source, replaces, None,
                     f"{path}: not a template name: templates end in {SUFFIX}; rename it "
                     f"{fixed}.")
    try:
        info = _check_template(env, path.name, render_samples=source == USER)
    except FollowupError as error:
        try:
            info = template_environment.loader(env).info(path.name)[0]
        except FollowupError:
            info = None
        return Entry(path.name, path, source, replaces, info, str(error))
    return Entry(path.name, path, source, replaces, info, None)


def _check_template(env: jinja2.Environment, name: str, *, render_samples: bool) -> TemplateInfo:
    info = render.compile_template(env, name)  # front matter, syntax, unknown filters
    render.check_limits(info, render.template_info(env, name)[1])
    if render_samples and info.situation is not None:
        contexts = _contexts(info.situation, info.channel or "email")
        for sample, tone, context in _within(CHECKING, contexts):
            try:  # each rendering within its own limit, as when drafting
                render.render(env, name, context)
            except TemplateProblem as error:  # the first problem (a time-out too) ends it
                raise TemplateProblem(f"{error} (rendering the sample {sample}, tone "
                                      f"{tone})") from None
    return info


def _within(seconds: float, items: Iterator[_T]) -> Iterator[_T]:
    """`items`, until `seconds` have passed: a slow template (or phrase) is checked on fewer
    samples, so that the listing stays quick, but is never called invalid for it."""
    stop = time.monotonic() + seconds
    for item in items:
        yield item
        if time.monotonic() > stop:
            return


def _contexts(situation: str, channel: str,
              tones: tuple[str, ...] | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Template variables for the situation from every bundled sample it applies to, in
    every tone (or the tones given)."""
    from followup.compose import situations

    for stem, loaded in _samples():
        today = loaded.latest_interview.date + datetime.timedelta(days=1)
        for tone in tones or TONES:
            options = situations.Options(today=today, every=situation == "thank-you",
                                         tone=tone, channel=channel)
            try:
                targets = situations.targets(situation, loaded, options)
            except FollowupError:
                break  # the sample does not fit the situation
            for target in targets:
                yield stem, tone, target.context


@functools.lru_cache(maxsize=1)
def _samples() -> tuple[tuple[str, Profile], ...]:
    from followup import profile as profiles

    return tuple((path.stem, profiles.load(path))
                 for path in sorted(home.bundled_samples().glob("*.yaml")))


def _check_phrases(env: jinja2.Environment, path: Path, *,
                   user: bool) -> tuple[tuple[str, ...], str | None]:
    """The lists a phrases.yaml gives, and its first problem: its shape, an entry that
    does not compile, or (for the user's) an entry that fails whatever it is given."""
    loader = template_environment.loader(env)
    try:
        data = loader.phrases_in(path.parent)
    except TemplateProblem as error:
        return (), str(error)
    lists, problem = [], None
    for section, entries in data.items():
        for key, value in entries.items():
            tones = value if isinstance(value, dict) else {None: value}
            for tone, options in tones.items():
                keys = (section, key) if tone is None else (section, key, tone)
                phrases = Phrases(options, path, keys)
                lists.append(phrases.label)
                for index, option in enumerate(options):
                    problem = problem or _check_phrase(env, loader, phrases, index, option,
                                                       user)
    return tuple(lists), problem


def _check_phrase(env: jinja2.Environment, loader: Loader, phrases: Phrases, index: int,
                  option: str, user: bool) -> str | None:
    try:
        template = env.from_string(option)
    except jinja2.TemplateSyntaxError as error:
        return f"{loader.phrase_where(phrases, index)}: {error.message}"
    if not user:
        return None
    section = phrases.keys[0]
    wanted = SITUATIONS if section not in SITUATIONS else (section,)
    contexts = (context for situation in wanted
                for _, _, context in _contexts(situation, "email", ("standard",)))
    failures = []
    for context in _within(CHECKING, contexts):
        try:
            template.render(context)
            return None  # it works with some profile: guarding it is the template's job
        except Exception as error:  # any failure is the entry's own
            failures.append(template_errors.problem_text(error))
            if str(error) == sandbox.TOO_SLOW:  # the first time-out ends it
                break
    return f"{loader.phrase_where(phrases, index)}: {failures[0]}" if failures else None
