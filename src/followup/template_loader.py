"""Where templates come from: the user's folder, then the bundled one.

Besides template files (`thank-you.md.j2`, with YAML front matter), the loader
serves two kinds of small templates under names of their own, so that Jinja2 can
compile them once and keep the result in its bytecode cache like any file:
`subject:NAME`, the subject line in NAME's front matter, and
`phrase:SITUATION/LIST/INDEX`, one entry of a list in phrases.yaml. A template
given as a path on the command line is served as `file:PATH`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import yaml

from followup.errors import TemplateProblem

# The C loader when PyYAML has it: parsing phrases.yaml in pure Python costs more than
# the rest of a draft.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n", re.DOTALL)
PHRASES = "phrases.yaml"


def split_front_matter(source: str, filename: str) -> tuple[dict[str, Any], str]:
    """The front matter as a mapping, and the body with the front matter's lines left
    blank, so that Jinja2's line numbers are the file's."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, source
    try:
        meta = yaml.load(match[1] or "", Loader=_SafeLoader) or {}
    except yaml.YAMLError as error:
        raise TemplateProblem(f"{filename}: the front matter is not valid YAML: {error}") from None
    if not isinstance(meta, dict):
        raise TemplateProblem(f"{filename}: the front matter must be a mapping (subject: ...)")
    return meta, "\n" * match[0].count("\n") + source[match.end():]


class Loader(jinja2.BaseLoader):
    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders  # the first has precedence

    # ------------------------------------------------------------ what Jinja2 asks

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        kind, _, rest = template.partition(":")
        if kind == "subject":
            meta, path = self.meta(rest)
            subject = meta.get("subject")
            if subject is None:
                raise jinja2.TemplateNotFound(template)
            return str(subject), str(path), lambda: True
        if kind == "phrase":
            situation, key, index = rest.split("/")
            phrase, path = self.phrase(situation, key, int(index))
            return phrase, str(path), lambda: True
        _, body, path = self._read(rest if kind == "file" else template)
        mtime = path.stat().st_mtime
        return body, str(path), lambda: path.stat().st_mtime == mtime

    # ------------------------------------------------------------ for the renderer

    def find(self, name: str) -> Path | None:
        """The file behind a template name: the user's, else the bundled one."""
        if name.startswith("file:"):
            return Path(name[5:])
        return next((folder / name for folder in self.folders if (folder / name).is_file()),
                    None)

    def meta(self, name: str) -> tuple[dict[str, Any], Path]:
        meta, _, path = self._read(name)
        return meta, path

    @functools.lru_cache(maxsize=64)  # noqa: B019 - one loader per environment, kept for the process
    def _read(self, name: str) -> tuple[dict[str, Any], str, Path]:
        path = self.find(name.removeprefix("file:")) if not name.startswith("file:") \
            else Path(name[5:])
        if path is None or not path.is_file():
            raise jinja2.TemplateNotFound(name)
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise TemplateProblem(f"{path}: cannot be read as UTF-8 text ({error})") from None
        meta, body = split_front_matter(source, str(path))
        return meta, body, path

    def phrase(self, situation: str, key: str, index: int) -> tuple[str, Path]:
        options, path = self.phrase_list(situation, key)
        return options[index % len(options)], path

    def phrase_list(self, situation: str, key: str) -> tuple[list[str], Path]:
        """A list of phrasings from the user's phrases.yaml if it has it, else the bundled."""
        for folder in self.folders:
            lists = self._phrases(folder).get(situation) or {}
            if key in lists:
                options = lists[key]
                path = folder / PHRASES
                if not (isinstance(options, list) and options
                        and all(isinstance(option, str) for option in options)):
                    raise TemplateProblem(f"{path}: {situation}.{key} must be a list of "
                                          "phrases (text), with at least one entry")
                return options, path
        raise TemplateProblem(f"no phrases named {situation}.{key} in {PHRASES}")

    @functools.lru_cache(maxsize=8)  # noqa: B019
    def _phrases(self, folder: Path) -> dict[str, Any]:
        path = folder / PHRASES
        if not path.is_file():
            return {}
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader) or {}
        except yaml.YAMLError as error:
            raise TemplateProblem(f"{path}: not valid YAML: {error}") from None
        if not isinstance(data, dict):
            raise TemplateProblem(f"{path}: phrases are a mapping of situation to lists")
        return data
