"""The Jinja2 environment templates render in, and the compiled templates kept between runs.

The user's templates folder comes before the bundled one, so a file of the same name
replaces a bundled template. Everything runs in Jinja2's immutable sandbox (sandbox.py)
with StrictUndefined: a profile value is only ever text, and a misspelt variable is an
error rather than a blank.
"""

from __future__ import annotations

import contextlib
import functools
import types
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import missing, object_type_repr

from followup import home
from followup.compose import sandbox, template_helpers
from followup.compose.template_loader import Loader


class _Undefined(jinja2.StrictUndefined):
    """StrictUndefined that names a record's fields when one is misspelt, and does not
    quote a long key. The message is given as the documented `hint` when one is made."""

    __slots__ = ()

    def __init__(self, hint: str | None = None, obj: Any = missing, name: str | None = None,
                 exc: type[jinja2.TemplateRuntimeError] = jinja2.UndefinedError) -> None:
        if hint is None and hasattr(obj, "__struct_fields__"):
            fields = ", ".join(obj.__struct_fields__)
            hint = f"{type(obj).__name__} has no field {name!r}. Its fields: {fields}."
        elif name is not None and not isinstance(name, (str, int)):  # quoted only if short
            from followup.compose import text_limits

            if text_limits.weight(name, 1000) > 1000:  # `{}[(1, long_list)]`
                hint = f"{object_type_repr(obj)} has no such element"
        super().__init__(hint, obj, name, exc)


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
    env.filters.update(template_helpers.filters())
    env.filters = {name: sandbox.limited_filter(env, name, function)
                   for name, function in env.filters.items()}
    env.filters[sandbox.TURNS] = sandbox.turns
    env.globals.update(say=template_helpers.say, lipsum=sandbox.lipsum)
    return env


def default_environment() -> ImmutableSandboxedEnvironment:
    """The process's environment over the user's templates and the bundled ones."""
    return environment(home.user_templates())


def loader(env: jinja2.Environment) -> Loader:
    """The environment's loader: it knows the templates' files and front matter."""
    assert isinstance(env.loader, Loader)
    return env.loader


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs: compiling is most of a draft's cost."""
    folder = home.cache_dir() / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None  # a read-only home, or a file where the folder should be: compile each time
    return _BytecodeCache(str(folder))


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja2's own file cache, keyed also by the version of our compiler. A file that is
    damaged or unreadable is compiled again; one that cannot be written (read only, full)
    is no error: the template is compiled again next time. (Reading each file whole, as a
    cache of our own on Jinja2's private names did, saved 0.35% of a draft's instructions:
    not worth it. Issue 11.)"""

    def get_source_checksum(self, source: str) -> str:
        """Of the source and of this version of the compiler (sandbox.CODE_VERSION)."""
        return super().get_source_checksum(f"{sandbox.CODE_VERSION}\n{source}")

    def load_bytecode(self, bucket: Bucket) -> None:
        """The kept code, if any; Jinja2 lets some damage (a cut pickle) through."""
        try:
            super().load_bytecode(bucket)
        except Exception:  # unreadable, truncated or damaged: compiled again
            bucket.reset()
        if not isinstance(bucket.code, types.CodeType):  # other data than code
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Kept if it can be; Jinja2 removes its temporary file before raising."""
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)
