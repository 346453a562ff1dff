"""Where templates come from: the user's folder, then the bundled one.

A template is a file named `SITUATION[.CHANNEL][.NAME].md.j2` with YAML front
matter (the contract is in templates/README.md). Other files in the folders
(README.md, editor backups) are not templates and are never served.

Besides template files, the loader serves small templates under names of their
own, so that Jinja2 compiles them once and keeps the result in its bytecode
cache like any file: `subject:NAME`, the subject line in NAME's front matter,
and `phrase:SITUATION/LIST/TONE/INDEX`, one entry of a list in phrases.yaml. A
template given as a path on the command line is served as `file:PATH`, once the
drafting code has registered it (so a template cannot include arbitrary files).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import msgspec
import yaml

from followup.errors import TemplateProblem

# The C loader when PyYAML has it: parsing phrases.yaml in pure Python costs more than
# the rest of a draft.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n", re.DOTALL)
_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:", re.MULTILINE)
SUFFIX = ".md.j2"
PHRASES = "phrases.yaml"
COMMON = "common"  # phrases.yaml's section for lists every situation shares
FRONT_MATTER_KEYS = ("situation", "channel", "subject", "tone", "max_words", "max_paragraphs",
                     "description")


class MissingPhrases(TemplateProblem):
    """say() asked for a list that no phrases.yaml has."""


class TemplateInfo(msgspec.Struct, frozen=True):
    """A template's front matter, checked, with what its file name says filled in."""

    situation: str | None  # None: a --template file that did not say (any situation)
    channel: str | None  # None: a --template file that did not say (any channel)
    subject: str | None
    tone: str | None  # the tone it writes in when --tone is not given
    max_words: int | None  # a stricter length limit than the guidance's, if any
    max_paragraphs: int | None
    description: str | None


class Phrases(msgspec.Struct, frozen=True):
    """One list of phrasings, and where it came from."""

    options: list[str]
    path: Path  # the phrases.yaml it is in
    keys: tuple[str, ...]  # (section, list) or (section, list, tone)

    @property
    def label(self) -> str:
        return ".".join(self.keys)


def split_front_matter(source: str, filename: str) -> tuple[dict[str, Any], str]:
    """The front matter as a mapping, and the body with the front matter's lines left
    blank, so that Jinja2's line numbers are the file's."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, source
    try:
        meta = yaml.load(match[1] or "", Loader=_SafeLoader) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{filename}:{mark.line + 2}" if mark is not None else filename
        problem = getattr(error, "problem", None) or str(error)
        raise TemplateProblem(f"{where}: the front matter is not valid YAML: {problem}. "
                              "Quote values that contain ': ' or start with '{'.") from None
    if not isinstance(meta, dict):
        raise TemplateProblem(f"{filename}:2: the front matter must be a mapping "
                              "(situation: ..., subject: ...)")
    return meta, "\n" * match[0].count("\n") + source[match.end():]


def front_matter_line(source: str, key: str) -> int | None:
    """The line of `key:` in a template's front matter (1-based, as in the file)."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return None
    for found in _KEY_LINE.finditer(match[1] or ""):
        if found[1] == key:
            return (match[1] or "")[:found.start()].count("\n") + 2
    return None


def name_parts(filename: str) -> tuple[str | None, str | None]:
    """What a template's file name says: `thank-you.card.warm.md.j2` is a thank-you card,
    `thank-you.md.j2` the thank-you email (drafting uses it for email, so it cannot be a
    card), `thank-you.short.md.j2` a thank-you (email unless its front matter says
    otherwise)."""
    from followup.vocabulary import CHANNELS, SITUATIONS

    parts = filename.removesuffix(SUFFIX).split(".")
    situation = parts[0] if parts[0] in SITUATIONS else None
    if situation is not None and len(parts) == 1:
        return situation, "email"
    channel = parts[1] if len(parts) > 1 and parts[1] in CHANNELS else None
    return situation, channel


def template_name(name: str) -> str | None:
    """A template's file name from what a user may type: `thank-you.short` or
    `thank-you.short.md.j2`; None if it cannot be one (a path, a hidden file)."""
    if not name or "/" in name or "\\" in name or name.startswith(".") or ":" in name:
        return None
    return name if name.endswith(SUFFIX) else name + SUFFIX


def check_front_matter(meta: dict[str, Any], path: Path, filename: str | None) -> TemplateInfo:
    """The front matter as a TemplateInfo, or a TemplateProblem naming file, line and key.
    `filename` is the template's name in a templates folder (None for a --template file)."""
    from followup.vocabulary import CHANNELS, SITUATIONS, TONES

    def problem(key: str, text: str) -> TemplateProblem:
        line = front_matter_line(path.read_text(encoding="utf-8"), key)
        return TemplateProblem(f"{path}:{line}: {key}: {text}" if line else
                               f"{path}: {key}: {text}")

    for key in meta:
        if key not in FRONT_MATTER_KEYS:
            import difflib

            close = difflib.get_close_matches(str(key), FRONT_MATTER_KEYS, n=1)
            hint = f"Did you mean {close[0]}? " if close else ""
            raise problem(str(key), f"not a front matter key. {hint}Use: "
                                    f"{', '.join(FRONT_MATTER_KEYS)}.")

    def choice(key: str, allowed: tuple[str, ...]) -> str | None:
        value = meta.get(key)
        if value is None:
            return None
        if value not in allowed:
            raise problem(key, f"{value!r} is not one of {', '.join(allowed)}.")
        return str(value)

    situation, channel, tone = (choice("situation", SITUATIONS), choice("channel", CHANNELS),
                                choice("tone", TONES))
    if filename is not None:
        named_situation, named_channel = name_parts(filename)
        if named_situation and situation and situation != named_situation:
            raise problem("situation", f"{situation}, but the file name says "
                                       f"{named_situation}: rename the file or change it.")
        if named_channel and channel and channel != named_channel:
            raise problem("channel", f"{channel}, but the file name says {named_channel}: "
                                     "rename the file or change it.")
        situation = situation or named_situation
        channel = channel or named_channel
        if situation is None:
            raise TemplateProblem(
                f"{path}: the template does not say which situation it is for. Name it "
                f"SITUATION.NAME{SUFFIX} (such as thank-you.short{SUFFIX}) or add "
                "situation: to its front matter.")
        channel = channel or "email"
    subject = meta.get("subject")
    if subject is not None:
        if not isinstance(subject, str) or "\n" in subject.strip():
            raise problem("subject", "write the subject as one line of text.")
        if channel not in (None, "email"):
            raise problem("subject", f"a {channel} has no subject: remove subject:, or set "
                                     "channel: email.")
    limits = {}
    for key in ("max_words", "max_paragraphs"):
        value = meta.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                                  or value < 1):
            raise problem(key, f"{value!r} is not a whole number above 0.")
        limits[key] = value
    description = meta.get("description")
    return TemplateInfo(situation, channel, subject, tone, limits["max_words"],
                        limits["max_paragraphs"],
                        str(description) if description is not None else None)


class Loader(jinja2.BaseLoader):
    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders  # the first has precedence
        self._files: set[Path] = set()

    # ------------------------------------------------------------ what Jinja2 asks

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        kind, _, rest = template.partition(":")
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
        self.info(template)  # the front matter is checked before the body is compiled
        _, body, path = self._read(template)
        mtime = path.stat().st_mtime
        return body, str(path), lambda: path.stat().st_mtime == mtime

    # ------------------------------------------------------------ for the renderer

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
        if template_name(name) != name:
            return None
        return next((folder / name for folder in self.folders if (folder / name).is_file()),
                    None)

    def info(self, name: str) -> tuple[TemplateInfo, Path]:
        """The template's checked front matter, and its file."""
        return self._info(name)

    @functools.lru_cache(maxsize=64)  # noqa: B019 - one loader per environment, kept for the process
    def _info(self, name: str) -> tuple[TemplateInfo, Path]:
        meta, _, path = self._read(name)
        filename = None if name.startswith("file:") else name
        return check_front_matter(meta, path, filename), path

    @functools.lru_cache(maxsize=64)  # noqa: B019
    def _read(self, name: str) -> tuple[dict[str, Any], str, Path]:
        path = self.find(name)
        if path is None:
            raise jinja2.TemplateNotFound(name)
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise TemplateProblem(f"{path}: cannot be read as UTF-8 text ({error})") from None
        meta, body = split_front_matter(source, str(path))
        return meta, body, path

    def names(self) -> list[str]:
        """Every template name in the folders, once, sorted."""
        found = {path.name for folder in self.folders if folder.is_dir()
                 for path in folder.glob(f"*{SUFFIX}") if template_name(path.name) == path.name}
        return sorted(found)

    # ------------------------------------------------------------ phrases

    def phrase_list(self, situation: str, key: str, tone: str) -> Phrases:
        """A list of phrasings: the situation's own, else the common one; for the tone, else
        for the standard tone; the user's phrases.yaml before the bundled one."""
        for section in (situation, COMMON):
            for wanted in dict.fromkeys((tone, "standard")):
                for folder in self.folders:
                    entry = self._phrases(folder).get(section, {}).get(key)
                    if isinstance(entry, dict):
                        if wanted in entry:
                            return Phrases(entry[wanted], folder / PHRASES,
                                           (section, key, wanted))
                    elif entry is not None:
                        return Phrases(entry, folder / PHRASES, (section, key))
        raise MissingPhrases(f"no phrases named {key!r} for {situation} in {PHRASES}: add a "
                              f"list {situation}.{key} (or {COMMON}.{key}) to your {PHRASES}.")

    def phrase_where(self, phrases: Phrases, index: int | None = None) -> str:
        """`path:line: section.list[index]` for messages about an entry."""
        keys: list[str | int] = list(phrases.keys)
        if index is not None:
            keys.append(index)
        line = yaml_line(phrases.path, keys)
        label = phrases.label + (f"[{index}]" if index is not None else "")
        return f"{phrases.path}:{line}: {label}" if line else f"{phrases.path}: {label}"

    def phrases_in(self, folder: Path) -> dict[str, Any]:
        """The checked contents of a folder's phrases.yaml ({} if it has none)."""
        return self._phrases(folder)

    @functools.lru_cache(maxsize=8)  # noqa: B019
    def _phrases(self, folder: Path) -> dict[str, Any]:
        # Parsing phrases.yaml is a few milliseconds, most of a draft's own work once the
        # templates are compiled: its checked contents are kept in the cache folder.
        from followup import cache

        path = folder / PHRASES
        stamp = cache.file_stamp(path)
        if stamp is None:
            return {}
        key = hashlib.sha1(str(path.resolve()).encode(), usedforsecurity=False).hexdigest()
        cached = cache.load("phrases", key, stamp)
        if isinstance(cached, dict):
            return cached
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader) or {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
            problem = getattr(error, "problem", None) or str(error)
            raise TemplateProblem(f"{where}: not valid YAML: {problem}") from None
        except (OSError, UnicodeDecodeError) as error:
            raise TemplateProblem(f"{path}: cannot be read as UTF-8 text ({error})") from None
        check_phrases(data, path)
        cache.store("phrases", key, stamp, data)
        return data


def check_phrases(data: Any, path: Path) -> None:
    """phrases.yaml's shape: SITUATION (or common) -> LIST -> [text, ...] or
    {TONE: [text, ...]}; a TemplateProblem naming the line and list otherwise."""
    from followup.vocabulary import SITUATIONS, TONES

    def fail(keys: list[str | int], text: str) -> TemplateProblem:
        line = yaml_line(path, keys)
        label = ".".join(str(key) for key in keys)
        return TemplateProblem(f"{path}:{line}: {label}: {text}" if line else
                               f"{path}: {label}: {text}")

    if not isinstance(data, dict):
        raise TemplateProblem(f"{path}:1: phrases are a mapping of situation to lists "
                              "(thank-you: openings: [...])")
    for section, lists in data.items():
        if section not in (*SITUATIONS, COMMON):
            raise fail([section], f"not a situation. Use one of {', '.join(SITUATIONS)}, or "
                                  f"{COMMON} for lists every situation shares.")
        if not isinstance(lists, dict):
            raise fail([section], "a mapping of list names to lists of phrases.")
        for key, entry in lists.items():
            tones = entry if isinstance(entry, dict) else {None: entry}
            for tone, options in tones.items():
                keys: list[str | int] = [section, key] + ([tone] if tone else [])
                if tone is not None and tone not in TONES:
                    raise fail(keys, f"not a tone. Use one of {', '.join(TONES)}.")
                if not isinstance(options, list) or not options:
                    raise fail(keys, "a list of phrases, with at least one entry.")
                for index, option in enumerate(options):
                    if not isinstance(option, str):
                        raise fail([*keys, index], "each phrase is text; quote it if it "
                                                   "starts with a special character.")


def yaml_line(path: Path, keys: list[str | int]) -> int | None:
    """The line (1-based) of the node at `keys` in a YAML file; for messages only."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for key in keys:
        child = None
        if isinstance(node, yaml.MappingNode):
            pair = next((pair for pair in node.value if pair[0].value == str(key)), None)
            if pair is not None:  # a key's own line, not its value's
                child, line = pair[1], pair[0].start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) \
                and key < len(node.value):
            child = node.value[key]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line
