"""A template's front matter: the YAML between the two `---` lines at its top, read
through yamlfile into a TemplateInfo, a typed value like the profile's (an unknown key or
a value of the wrong kind is refused at its line), with what the file name says filled
in. Also the TemplateProblem that yamlfile's errors about a template's files become.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias

import msgspec

from followup import cache
from followup.compose.template_names import SUFFIX, name_parts
from followup.errors import TemplateProblem
from followup.vocabulary import CHANNELS, SITUATIONS, TONES

if TYPE_CHECKING:
    from followup.profile import yamlfile
    from followup.profile.messages import Finding, Unmatched

    # For mypy, text; for msgspec, one of the vocabulary's words (no regex to compile).
    Situation: TypeAlias = str
    Channel: TypeAlias = str
    Tone: TypeAlias = str
else:  # Literal[("a", "b")] is Literal["a", "b"]
    Situation, Channel, Tone = Literal[SITUATIONS], Literal[CHANNELS], Literal[TONES]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n", re.DOTALL)
Limit = Annotated[int, msgspec.Meta(ge=1)]


class TemplateInfo(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A template's front matter (templates/README.md), checked, with what its file name
    says filled in."""

    situation: Situation | None = None  # None: a --template file that did not say (any)
    channel: Channel | None = None  # None: a --template file that did not say (any)
    subject: str | None = None  # one line (_named)
    tone: Tone | None = None  # the tone it writes in when --tone is not given
    max_words: Limit | None = None  # a stricter length limit than the guidance's, if any
    max_paragraphs: Limit | None = None
    description: str | None = None


KEYS = tuple(TemplateInfo.__struct_fields__)
_CHOICES = {"situation": SITUATIONS, "channel": CHANNELS, "tone": TONES}


def template_problem(path: object, problem: str, *, line: int | None = None,
                     field: str | None = None, fix: str | None = None) -> TemplateProblem:
    """The error about a template's file (yamlfile's error maker): `path:line: field:
    problem`, and the fix on the same line, as every message about a template reads."""
    where = f"{path}:{line}" if line else f"{path}"
    text = f"{where}: {field}: {problem}" if field else f"{where}: {problem}"
    return TemplateProblem(f"{text.rstrip('.')}. {fix}" if fix else text)


def read_front_matter(source: str, path: Path, filename: str | None) -> tuple[TemplateInfo, str]:
    """A template's checked front matter, and its body with the front matter's lines left
    blank, so that Jinja2's line numbers are the file's. `filename` is the template's name
    in a templates folder (None for a --template file). Front matter found good is kept in
    the cache folder, so that a draft from known templates parses no YAML."""
    match = _FRONT_MATTER.match(source)
    body = source if match is None else "\n" * match[0].count("\n") + source[match.end():]
    front = None if match is None else match[1] or ""
    # the package's own path too: two installs sharing one cache folder keep their own
    where = repr((os.path.dirname(__file__), front, filename))
    key = hashlib.sha1(where.encode(), usedforsecurity=False).hexdigest()
    stamp = cache.file_stamp(Path(__file__))
    kept = cache.load_value("front-matter", key, stamp, TemplateInfo)
    if kept is not None:
        return kept, body
    info = _read(front, path, filename)
    cache.store_value("front-matter", key, stamp, info)
    return info, body


def _read(front: str | None, path: Path, filename: str | None) -> TemplateInfo:
    from followup.profile import yamlfile

    if front is None:
        document = yamlfile.Document(path, {}, None, error=template_problem)
    else:  # a blank line for the opening ---, so that lines are the file's
        document = yamlfile.parse(path, "\n" + front, error=template_problem,
                                  syntax=_syntax_words)
    data = document.data or {}
    if not isinstance(data, dict):
        raise document.refuse("the front matter must be a mapping (situation: ..., "
                              "subject: ...)")
    info = yamlfile.convert(data, TemplateInfo, document, explain=_explain)
    return _named(info, document, filename)


def _named(info: TemplateInfo, document: yamlfile.Document,
           filename: str | None) -> TemplateInfo:
    """What the types cannot say: the front matter and the file name agree, and what the
    front matter leaves out the name says; a subject is one line, and only an email's."""
    situation, channel = info.situation, info.channel
    if filename is not None:
        named_situation, named_channel = name_parts(filename)
        if named_situation and situation and situation != named_situation:
            raise document.refuse(f"{situation}, but the file name says {named_situation}: "
                                  "rename the file or change it.", ["situation"], key=True)
        if named_channel and channel and channel != named_channel:
            raise document.refuse(f"{channel}, but the file name says {named_channel}: "
                                  "rename the file or change it.", ["channel"], key=True)
        situation = situation or named_situation
        if situation is None:
            raise template_problem(
                document.path, "the template does not say which situation it is for. Name it "
                f"SITUATION.NAME{SUFFIX} (such as thank-you.short{SUFFIX}) or add situation: "
                "to its front matter.")
        channel = channel or named_channel or "email"
    if info.subject is not None and "\n" in info.subject.strip():
        raise document.refuse("write the subject as one line of text.", ["subject"], key=True)
    if info.subject is not None and channel not in (None, "email"):
        raise document.refuse(f"a {channel} has no subject: remove subject:, or set "
                              "channel: email.", ["subject"], key=True)
    return msgspec.structs.replace(info, situation=situation, channel=channel)


def _syntax_words(context: str | None, problem: str | None) -> tuple[str, None]:
    return (f"the front matter is not valid YAML: {problem or context}. Quote values that "
            "contain ': ' or start with '{'.", None)


def _explain(message: str, kind: type[Any], data: dict[Any, Any],
             unmatched: Unmatched | None) -> Finding:
    """msgspec's message about the front matter, in the words of templates' messages, at
    the line of the key."""
    from followup.profile.messages import Finding, explain, read_message

    found = read_message(message)
    if found.what == "unknown" or not found.parts:  # not a key of ours (or not text: 1:)
        name = found.named[0] if found.what == "unknown" else \
            next((str(key) for key in data if not isinstance(key, str)), "?")
        import difflib

        close = difflib.get_close_matches(name, KEYS, n=1)
        hint = f"Did you mean {close[0]}? " if close else ""
        return Finding([name], f"not a front matter key. {hint}Use: {', '.join(KEYS)}.",
                       key=True)
    key, value = found.parts[0], data.get(found.parts[0])
    if key in _CHOICES:
        return Finding([key], f"{value!r} is not one of {', '.join(_CHOICES[str(key)])}.",
                       key=True)
    if key == "subject":
        return Finding([key], "write the subject as one line of text.", key=True)
    if key in ("max_words", "max_paragraphs"):
        return Finding([key], f"{value!r} is not a whole number above 0.", key=True)
    return explain(message, kind, data, unmatched)


def front_matter_line(source: str, key: str) -> int | None:
    """The line of `key:` in a template's front matter (1-based, as in the file), or None;
    for messages about a value found good when the template was read."""
    from followup.profile import yamlfile

    match = _FRONT_MATTER.match(source)
    if match is None:
        return None
    try:
        document = yamlfile.parse(Path(), "\n" + (match[1] or ""), error=template_problem)
    except TemplateProblem:
        return None
    if not isinstance(document.data, dict) or key not in document.data:
        return None
    return yamlfile.line_of(document.root, [key], key=True)
