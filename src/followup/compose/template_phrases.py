"""phrases.yaml: the lists of phrasings templates draw from with say(), the user's before
the bundled ones. Read through yamlfile and checked for its shape (SITUATION or common ->
LIST -> [text, ...] or {TONE: [text, ...]}), each problem at its line; the checked
contents are kept in the cache folder while the file is unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from followup.compose.front_matter import template_problem
from followup.errors import FollowupError, TemplateProblem
from followup.vocabulary import SITUATIONS, TONES

if TYPE_CHECKING:
    from followup.profile import yamlfile

PHRASES = "phrases.yaml"
COMMON = "common"  # phrases.yaml's section for lists every situation shares
WHAT = "phrases file"


class MissingPhrases(TemplateProblem):
    """say() asked for a list that no phrases.yaml has."""


class Phrases(msgspec.Struct, frozen=True):
    """One list of phrasings, and where it came from."""

    options: list[str]
    path: Path  # the phrases.yaml it is in
    keys: tuple[str, ...]  # (section, list) or (section, list, tone)

    @property
    def label(self) -> str:
        return ".".join(self.keys)


def find_list(folders: list[Path], read: Callable[[Path], dict[str, Any]], situation: str,
              key: str, tone: str) -> Phrases:
    """A list of phrasings: the situation's own, else the common one; for the tone, else
    for the standard tone; from the first of `folders` whose phrases.yaml (`read`) has it."""
    for section in (situation, COMMON):
        for wanted in dict.fromkeys((tone, "standard")):
            for folder in folders:
                entry = read(folder).get(section, {}).get(key)
                if isinstance(entry, dict):
                    if wanted in entry:
                        return Phrases(entry[wanted], folder / PHRASES, (section, key, wanted))
                elif entry is not None:
                    return Phrases(entry, folder / PHRASES, (section, key))
    raise MissingPhrases(f"no phrases named {key!r} for {situation} in {PHRASES}: add a "
                         f"list {situation}.{key} (or {COMMON}.{key}) to your {PHRASES}.")


def phrase_where(phrases: Phrases, index: int | None = None) -> str:
    """`path:line: section.list[index]` for messages about a list or an entry."""
    from followup.profile import yamlfile
    from followup.profile.smallfile import read_small

    keys: list[str | int] = [str(key) for key in phrases.keys]
    if index is not None:
        keys.append(index)
    try:
        raw = read_small(phrases.path, WHAT, template_problem)
        line = yamlfile.line_of(yamlfile.parse(phrases.path, raw, error=template_problem).root,
                                keys, key=True)
    except (OSError, FollowupError):  # only for a message: without the line, then
        line = None
    label = phrases.label + (f"[{index}]" if index is not None else "")
    return f"{phrases.path}:{line}: {label}" if line else f"{phrases.path}: {label}"


def read_phrases(folder: Path) -> dict[str, Any]:
    """The checked contents of a folder's phrases.yaml ({} if it has none)."""
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
    from followup.profile import yamlfile
    from followup.profile.smallfile import read_small

    try:
        raw = read_small(path, WHAT, template_problem)
    except OSError as error:
        raise TemplateProblem(f"{path}: cannot be read as UTF-8 text ({error})") from None
    document = yamlfile.parse(path, raw, error=template_problem,
                              syntax=lambda context, problem: (
                                  f"not valid YAML: {problem or context}", None))
    data = document.data or {}
    check_phrases(data, document)
    cache.store("phrases", key, stamp, data)
    return data


def check_phrases(data: Any, document: yamlfile.Document) -> None:
    """phrases.yaml's shape: SITUATION (or common) -> LIST -> [text, ...] or
    {TONE: [text, ...]}; a TemplateProblem naming the line and list otherwise."""
    path = document.path

    def fail(keys: list[Any], text: str, index: int | None = None) -> TemplateProblem:
        parts: list[str | int] = [str(key) for key in keys]  # the keys as the file has them
        parts += [] if index is None else [index]
        from followup.profile.yamlfile import line_of

        return template_problem(path, text, line=line_of(document.root, parts, key=True),
                                field=".".join(str(part) for part in parts))

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
                keys: list[Any] = [section, key] + ([tone] if tone else [])
                if tone is not None and tone not in TONES:
                    raise fail(keys, f"not a tone. Use one of {', '.join(TONES)}.")
                if not isinstance(options, list) or not options:
                    raise fail(keys, "a list of phrases, with at least one entry.")
                for index, option in enumerate(options):
                    if not isinstance(option, str):
                        raise fail(keys, "each phrase is text; quote it if it starts with "
                                         "a special character.", index)
