"""Reading drafts for the checker: whatever followup writes, and hand-written drafts.

- plain text, perhaps with a header block first (`To:`, `Cc:`, `Subject:`,
  `Channel:`, as `--format text` writes, or only a `Subject: ...` line);
- Markdown with front matter (`situation:`, `to:`, `subject:`, `channel:`, as
  `--format markdown` writes), read line by line rather than as YAML, since a
  subject may hold a colon;
- JSON as `--format json` writes (one draft, or a list of them);
- an email message (`.eml`, or any file whose headers say MIME): the text/plain
  part, else the HTML part as text (followup.check.read_email);
- HTML as `--format html` writes (followup.check.read_html), and `mailto:` links as
  `--format mailto` writes, one a line.

Several drafts in one file (`--all --out FILE`) are split where followup
separates them. Text and Markdown findings carry the file's line numbers; JSON,
email, HTML and mailto findings count lines from the start of the body, as the
body is encoded in the file. A situation or channel that a file names must be one
followup knows: anything else is an error naming the file, the line and the field.

Reading is linear in the input, and bounded: at most MAX_BYTES a file (read no further, so
that a device or a pipe cannot fill the memory), JSON no deeper than Python's recursion
limit allows, an email of at most read_email.MAX_PARTS parts. A profile given as a draft
is named as such. This module tells the formats apart and reads the textual ones; the
fields they share (situation, channel, recipients) are read by followup.check.read_fields.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import msgspec

from followup.check.document import Document
from followup.check.read_email import email_draft
from followup.check.read_fields import Known, named, recipients
from followup.check.read_html import html_drafts
from followup.errors import FollowupError

__all__ = ["MAX_BYTES", "Known", "load", "parse"]

MAX_BYTES = 1_000_000  # a file, or standard input: a draft is a few kilobytes

_SEPARATOR = re.compile(r"\n-{20,}\n\n")  # between drafts, as the text formats write them
_HEADER = re.compile(r"^(to|cc|bcc|from|subject|channel|date|reply-to)[ \t]*:[ \t]?(.*)$",
                     re.IGNORECASE)
_FRONT_MATTER_KEY = re.compile(r"^([A-Za-z_-]+)[ \t]*:[ \t]?(.*)$")
_MIME_HEADERS = re.compile(r"^(mime-version|content-type|message-id|x-unsent)[ \t]*:",
                           re.IGNORECASE | re.MULTILINE)
# Top-level keys of a profile: a text with two of them (one being candidate or interviews)
# is a profile given to the checker by mistake.
_PROFILE_KEY = re.compile(r"^(candidate|company|role|interviews)[ \t]*:", re.MULTILINE)


def load(path: Path, known: Known) -> list[Document]:
    """The drafts in a file; a FollowupError (exit 2) naming the file when it cannot be
    read as one."""
    name = str(path)
    if path.is_dir():
        raise FollowupError(f"{name}: is a folder. Give the draft files in it, such as "
                            f"{Path(name) / '*.txt'}.")
    try:
        data = _read(path)
    except FileNotFoundError:
        raise FollowupError(f"{name}: no such file. Give the path of a draft, or - to read "
                            "one from standard input.") from None
    except OSError as error:
        raise FollowupError(f"{name}: cannot be read ({error.strerror or error}).") from None
    return parse(name, data, known, suffix=path.suffix.lower())


def _read(path: Path) -> bytes:
    """At most MAX_BYTES + 1 bytes of a file, a pipe or a device (/dev/zero has no end):
    enough to tell one too large. A FIFO is opened without waiting for a writer (none: it
    reads as empty)."""
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, os.O_RDONLY | nonblocking | getattr(os, "O_BINARY", 0))
    with open(descriptor, "rb") as file:
        if nonblocking:
            os.set_blocking(descriptor, True)
        return file.read(MAX_BYTES + 1)


def parse(name: str, data: bytes, known: Known, *, suffix: str = "") -> list[Document]:
    """The drafts in `data`, read from a file called `name` ("-" for standard input)."""
    shown = "standard input" if name == "-" else name
    if len(data) > MAX_BYTES:
        raise FollowupError(f"{shown}: more than 1 MB ({MAX_BYTES:,} bytes), the most "
                            "followup check reads: a draft is a few kilobytes. Check that this "
                            "is the draft you meant.")
    head = data[:4096].decode("utf-8", "replace")
    if suffix == ".eml" or (suffix != ".json" and _looks_like_email(head)):
        documents = [email_draft(shown, data, known)]
    else:
        text = _decode(shown, data)
        if not text.strip():
            raise FollowupError(f"{shown}: is empty: there is no draft to check.")
        found = None
        start = text.lstrip()[:15].lower()
        if suffix == ".json" or start.startswith(("{", "[")):
            found = _json(shown, text, known, strict=suffix == ".json")
        elif suffix in (".html", ".htm") or start.startswith(("<!doctype html", "<html")):
            found = html_drafts(shown, text, known)
        elif start.startswith("mailto:"):
            found = _mailtos(shown, text)
        if not found:
            _refuse_a_profile(name, shown, text)
        documents = found if found else _texts(shown, text, known)
    for document in documents:
        if not document.body.strip():
            raise FollowupError(f"{document.name}: the draft has no body, only headers.")
    return [msgspec.structs.replace(document, file=name) for document in documents]


def _decode(name: str, data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FollowupError(f"{name}: is not UTF-8 text (byte {data[error.start]:#04x} at "
                            f"offset {error.start}). Save it as UTF-8 and check it again.") \
            from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _refuse_a_profile(name: str, shown: str, text: str) -> None:
    """A profile given as a draft: say so, and what to do instead."""
    keys = {match[1] for match in _PROFILE_KEY.finditer(text)}
    if len(keys) < 2 or not keys & {"candidate", "interviews"}:
        return
    import shlex

    profile = "PROFILE" if name == "-" else shlex.quote(name)
    raise FollowupError(f"{shown}: is a followup profile, not a draft. Draft from it with: "
                        f"followup thank-you {profile} (or another situation); or check a "
                        f"draft against it with: followup check DRAFT --profile {profile}")


def _looks_like_email(head: str) -> bool:
    block = head.replace("\r\n", "\n").split("\n\n", 1)[0]
    return bool(_MIME_HEADERS.search(block)) and bool(re.match(r"[A-Za-z-]+:", block))


# ------------------------------------------------------------------ text and Markdown


def _texts(name: str, text: str, known: Known) -> list[Document]:
    """One draft, or several separated by a line of dashes; each knows its first line."""
    pieces: list[tuple[int, str]] = []
    line, last = 1, 0
    for separator in _SEPARATOR.finditer(text):
        pieces.append((line, text[last:separator.start()]))
        line += text[last:separator.end()].count("\n")
        last = separator.end()
    pieces.append((line, text[last:]))
    return [_text(name, piece, first, index, len(pieces), known)
            for index, (first, piece) in enumerate(pieces, 1)]


def _text(file: str, text: str, first_line: int, index: int, total: int,
          known: Known) -> Document:
    """One draft of a text `file`, that starts on `first_line` of it."""
    name = named(file, index, total)
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        return _markdown(file, lines, first_line, index, total, known)
    fields: dict[str, tuple[int, str, int]] = {}  # header -> (line index, value, column)
    position = next((i for i, line in enumerate(lines) if line.strip()), 0)
    while position < len(lines):
        match = _HEADER.match(lines[position])
        if not match:
            break
        fields.setdefault(match[1].lower(), (position, match[2].strip(), match.start(2)))
        position += 1
    if not fields:
        position = 0
    elif position < len(lines) and not lines[position].strip():
        position += 1
    subject = fields.get("subject")
    channel = fields.get("channel")
    return Document(
        name=name, body="\n".join(lines[position:]),
        subject=subject[1] if subject else None,
        channel=_field(known, file, first_line, channel, "channel") or "email",
        to=recipients(fields["to"][1]) if "to" in fields else (),
        body_line=first_line + position,
        subject_line=first_line + subject[0] if subject else None,
        subject_column=subject[2] if subject else 0, index=index)


def _field(known: Known, file: str, first_line: int, field: tuple[int, str, int] | None,
           kind: str) -> str | None:
    """A header's situation or channel ("card (no subject)" is card), checked."""
    if field is None or not field[1].split():
        return None
    return known.check(f"{file}:{first_line + field[0]}", kind, field[1].split()[0].lower())


def _markdown(file: str, lines: list[str], first_line: int, index: int, total: int,
              known: Known) -> Document:
    name = named(file, index, total)
    fields: dict[str, tuple[int, str, int]] = {}
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        raise FollowupError(f"{file}:{first_line}: the front matter (from '---') has no "
                            "closing '---' line.")
    for position in range(1, end):
        match = _FRONT_MATTER_KEY.match(lines[position])
        if match:
            value, column = match[2].strip(), match.start(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value, column = value[1:-1], column + 1
            fields.setdefault(match[1].lower(), (position, value, column))
    subject = fields.get("subject")
    situation = _field(known, file, first_line, fields.get("situation"), "situation")
    return Document(
        name=name, body="\n".join(lines[end + 1:]),
        subject=subject[1] if subject else None,
        situation=situation, situation_from="file" if situation else "unknown",
        channel=_field(known, file, first_line, fields.get("channel"), "channel") or "email",
        to=recipients(fields["to"][1]) if "to" in fields else (),
        body_line=first_line + end + 1,
        subject_line=first_line + subject[0] if subject else None,
        subject_column=subject[2] if subject else 0, index=index)


# ------------------------------------------------------------------ JSON


def _json(name: str, text: str, known: Known, *, strict: bool) -> list[Document] | None:
    """Drafts as `--format json` writes them; None for text that merely starts with a
    bracket, unless the file is named .json."""
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if not strict:
            return None
        raise FollowupError(f"{name}:{error.lineno}:{error.colno}: not valid JSON "
                            f"({error.msg}).") from None
    except RecursionError:  # raised by the decoder before the stack runs out
        raise FollowupError(f"{name}: JSON nested too deeply to be a draft (a followup draft "
                            "is an object, or a list of them, with a list of recipients). Check "
                            "that this is the file you meant.") from None
    items = data if isinstance(data, list) else [data]
    if not items or not all(isinstance(item, dict) and isinstance(item.get("body"), str)
                            for item in items):
        if not strict:
            return None
        raise FollowupError(f"{name}: not a followup draft: expected an object with a "
                            "\"body\" (as followup ... --format json writes), or a list of them.")
    return [_json_draft(named(name, index, len(items)), item, index, known)
            for index, item in enumerate(items, 1)]


_JSON_TYPES = {list: "a list", dict: "an object", bool: "true or false", int: "a number",
               float: "a number"}


def _json_draft(name: str, item: dict[str, Any], index: int, known: Known) -> Document:
    def text(key: str) -> str | None:
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            # Its type, not its value: a value may be nested too deeply to print, or huge.
            raise FollowupError(f"{name}: \"{key}\" must be text or null, not "
                                f"{_JSON_TYPES.get(type(value), type(value).__name__)}.")
        return value

    recipients = item.get("to") or []
    if not isinstance(recipients, list) or not all(
            isinstance(person, dict) and all(isinstance(person.get(key), (str, type(None)))
                                             for key in ("name", "email"))
            for person in recipients):
        raise FollowupError(f"{name}: \"to\" must be a list of {{\"name\", \"email\"}}, "
                            "each text or null.")
    situation = text("situation")
    situation = known.check(name, "situation", situation) if situation else None
    channel = text("channel")
    return Document(
        name=name, body=str(item["body"]).replace("\r\n", "\n"), subject=text("subject"),
        situation=situation, situation_from="file" if situation else "unknown",
        channel=known.check(name, "channel", channel) if channel else "email",
        to=tuple((str(person.get("name") or person.get("email") or ""),
                  person.get("email")) for person in recipients),
        subject_line=None, index=index, lines="body")


# ------------------------------------------------------------------ mailto links


def _mailtos(name: str, text: str) -> list[Document]:
    from urllib.parse import parse_qs, unquote, urlsplit

    links = [line.strip() for line in text.splitlines() if line.strip()]
    if not all(link.lower().startswith("mailto:") for link in links):
        return []  # not only links: read it as text
    documents = []
    for index, link in enumerate(links, 1):
        parts = urlsplit(link)
        query = {key.lower(): values[0] for key, values in parse_qs(
            parts.query, keep_blank_values=True).items()}
        to = [address for address in unquote(parts.path).split(",") if address]
        documents.append(Document(
            name=named(name, index, len(links)),
            body=query.get("body", "").replace("\r\n", "\n"), subject=query.get("subject"),
            to=tuple((address, address) for address in to), index=index, lines="body"))
    return documents
