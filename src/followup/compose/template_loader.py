"""Where templates come from: the user's folder, then the bundled one.

A template is a file named `SITUATION[.CHANNEL][.NAME].md.j2` (template_names) with
YAML front matter (front_matter; the contract is in templates/README.md). Other files
in the folders (README.md, editor backups) are not templates and are never served.

Besides template files, the loader serves small templates under names of their
own, so that Jinja2 compiles them once and keeps the result in its bytecode
cache like any file: `subject:NAME`, the subject line in NAME's front matter,
and `phrase:SITUATION/LIST/TONE/INDEX`, one entry of a list in phrases.yaml. A
template given as a path on the command line is served as `file:PATH`, once the
drafting code has registered it (so a template cannot include arbitrary files).

The bundled wording is British English: for a profile whose country writes otherwise
(conventions.py), a bundled template, subject or phrase is served under the name
`CONVENTION:NAME` (`american:phrase:...`), its wording localized before it is compiled, so
that each is compiled once and kept apart in the bytecode cache. The user's own templates
and phrases are served as they wrote them, under their own names.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from followup import home
from followup.compose import conventions
from followup.compose.front_matter import TemplateInfo, read_front_matter
from followup.compose.template_names import SUFFIX, typed_name
from followup.compose.template_phrases import (
    Phrases,
    find_list,
    phrase_where,
    read_phrases,
)
from followup.errors import TemplateProblem


class Loader(jinja2.BaseLoader):
    """Templates by name from the folders (the user's, then the bundled one), each with
    its checked front matter; subjects and phrases.yaml entries as templates of their own."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders  # the first has precedence
        self._files: set[Path] = set()

    # ------------------------------------------------------------ what Jinja2 asks

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        kind, _, rest = template.partition(":")
        convention = conventions.CONVENTIONS.get(kind)
        if convention is not None:  # only the bundled wording is localized
            source, filename, uptodate = self.get_source(environment, rest)
            if Path(filename).parent == self.bundled_folder:
                source = convention.localize(source)
            return source, filename, uptodate
        if kind == "subject":
            info, path = self.info(rest)
            if info.subject is None:
                raise jinja2.TemplateNotFound(template)
            return info.subject, str(path), lambda: True
        if kind == "phrase":
            situation, key, tone, index = rest.split("/")
            phrases = self.phrase_list(situation, key, tone)
            return phrases.options[int(index) % len(phrases.options)], str(phrases.path), \
                lambda: True
        _, body, path = self._read(template)  # the front matter is checked before the body
        mtime = path.stat().st_mtime
        return body, str(path), lambda: path.stat().st_mtime == mtime

    # ------------------------------------------------------------ for the renderer

    def localized(self, name: str, country: str | None) -> str:
        """The name to load a template, subject or phrase by for a profile's country:
        `CONVENTION:NAME` if its wording is the bundled one and the country does not write
        British English, else `name` (a British draft pays a dict lookup)."""
        convention = conventions.of(country)
        if not convention.groups:
            return name
        kind, _, rest = name.partition(":")
        if kind == "phrase":
            situation, key, tone, _ = rest.split("/")
            folder: Path | None = self.phrase_list(situation, key, tone).path.parent
        else:
            found = self.find(rest if kind == "subject" else name)
            folder = None if found is None else found.parent
        bundled = folder is not None and folder == self.bundled_folder
        return f"{convention.name}:{name}" if bundled else name

    @functools.cached_property
    def bundled_folder(self) -> Path | None:
        """The bundled templates' folder, if this loader serves them."""
        bundled = home.bundled_templates()
        return bundled if bundled in self.folders else None

    def register_file(self, path: Path) -> str:
        """The name a --template file is served under (only registered files are)."""
        path = path.resolve()
        self._files.add(path)
        return f"file:{path}"

    def find(self, name: str) -> Path | None:
        """The file behind a template name: the user's, else the bundled one."""
        if name.startswith("file:"):
            path = Path(name[5:])
            return path if path in self._files and path.is_file() else None
        if typed_name(name) != name:
            return None
        return next((folder / name for folder in self.folders if (folder / name).is_file()),
                    None)

    def info(self, name: str) -> tuple[TemplateInfo, Path]:
        """The template's checked front matter, and its file."""
        info, _, path = self._read(name)
        return info, path

    @functools.lru_cache(maxsize=64)  # noqa: B019 - one loader per environment, kept for the process
    def _read(self, name: str) -> tuple[TemplateInfo, str, Path]:
        path = self.find(name)
        if path is None:
            raise jinja2.TemplateNotFound(name)
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise TemplateProblem(f"{path}: cannot be read as UTF-8 text ({error})") from None
        filename = None if name.startswith("file:") else name
        info, body = read_front_matter(source, path, filename)
        return info, body, path

    def names(self) -> list[str]:
        """Every template name in the folders, once, sorted."""
        found = {path.name for folder in self.folders if folder.is_dir()
                 for path in folder.glob(f"*{SUFFIX}") if typed_name(path.name) == path.name}
        return sorted(found)

    # ------------------------------------------------------------ phrases

    def phrase_list(self, situation: str, key: str, tone: str) -> Phrases:
        """A list of phrasings: the situation's own, else the common one; for the tone, else
        for the standard tone; the user's phrases.yaml before the bundled one."""
        return find_list(self.folders, self._phrases, situation, key, tone)

    def phrase_where(self, phrases: Phrases, index: int | None = None) -> str:
        """`path:line: section.list[index]` for messages about an entry."""
        return phrase_where(phrases, index)

    def phrases_in(self, folder: Path) -> dict[str, Any]:
        """The checked contents of a folder's phrases.yaml ({} if it has none)."""
        return self._phrases(folder)

    @functools.lru_cache(maxsize=8)  # noqa: B019
    def _phrases(self, folder: Path) -> dict[str, Any]:
        return read_phrases(folder)
