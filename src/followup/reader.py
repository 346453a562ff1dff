"""Reading drafts for the checker: whatever followup writes, and hand-written drafts.

- plain text, perhaps with a header block first (`To:`, `Cc:`, `Subject:`,
  `Channel:`, as `--format text` writes, or only a `Subject: ...` line);
- Markdown with front matter (`situation:`, `to:`, `subject:`, `channel:`, as
  `--format markdown` writes), read line by line rather than as YAML, since a
  subject may hold a colon;
- JSON as `--format json` writes (one draft, or a list of them);
- an email message (`.eml`, or any file whose headers say MIME), read with the
  standard `email` package: the text/plain part, else the HTML part as text;
- HTML as `--format html` writes (the subject from its title; a card's or a
  voicemail script's title, "thank-you (card)", names its situation and channel),
  and `mailto:` links as `--format mailto` writes, one a line.

Several drafts in one file (`--all --out FILE`) are split where followup
separates them. Text and Markdown findings carry the file's line numbers; JSON,
email, HTML and mailto findings count lines from the start of the body, as the
body is encoded in the file. A situation or channel that a file names must be one
followup knows: anything else is an error naming the file, the line and the field.

Reading is linear in the input, and bounded: at most MAX_BYTES a file (read no further, so
that a device or a pipe cannot fill the memory), JSON no deeper than Python's recursion
limit allows, an email of at most MAX_PARTS parts. A profile given as a draft is named as
such.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import msgspec

from followup.check import Document
from followup.errors import FollowupError
from followup.words import CASE_BLIND

if TYPE_CHECKING:
    from email.message import Message

MAX_BYTES = 1_000_000  # a file, or standard input: a draft is a few kilobytes
MAX_PARTS = 100  # Content-Type headers of an email: a draft has a few
MAX_MIME_HEADER = 1000  # characters of one (the email package's parser is quadratic in it)

_SEPARATOR = re.compile(r"\n-{20,}\n\n")  # between drafts, as the text formats write them
_HEADER = re.compile(r"^(to|cc|bcc|from|subject|channel|date|reply-to)[ \t]*:[ \t]?(.*)$",
                     re.IGNORECASE)
_FRONT_MATTER_KEY = re.compile(r"^([A-Za-z_-]+)[ \t]*:[ \t]?(.*)$")
_MIME_HEADERS = re.compile(r"^(mime-version|content-type|message-id|x-unsent)[ \t]*:",
                           re.IGNORECASE | re.MULTILINE)
# Top-level keys of a profile: a text with two of them (one being candidate or interviews)
# is a profile given to the checker by mistake.
_PROFILE_KEY = re.compile(r"^(candidate|company|role|interviews)[ \t]*:", re.MULTILINE)
# An email's Content-Type headers, with their folded lines.
_CONTENT_TYPE = re.compile(rb"^content-type[ \t]*:[^\n]*(?:\n[ \t][^\n]*)*",
                           re.IGNORECASE | re.MULTILINE)
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")  # RFC 2047


class Known(NamedTuple):
    """The situations and channels a file may name (as the drafting commands do), and
    which of the two the command line gives instead (then the file's is not used)."""

    situations: tuple[str, ...]
    channels: tuple[str, ...]
    given: frozenset[str] = frozenset()

    def check(self, where: str, field: str, value: str) -> str:
        """`value`, if it is a situation (or channel) followup knows or one the command
        line replaces; else a FollowupError that names `where` (file and line, or the
        draft and its field) and the choices."""
        allowed = self.situations if field == "situation" else self.channels
        if value in allowed or field in self.given:
            return value
        import difflib

        close = difflib.get_close_matches(value, allowed, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        shown = value if len(value) <= 60 else f"{value[:57]}..."  # a line may be long
        raise FollowupError(f"{where}: {field}: {shown!r} is not a {field} followup knows."
                            f"{hint} Use one of: {', '.join(allowed)}; or give --{field}.")


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
        documents = [_email(shown, data, known)]
    else:
        text = _decode(shown, data)
        if not text.strip():
            raise FollowupError(f"{shown}: is empty: there is no draft to check.")
        found = None
        start = text.lstrip()[:15].lower()
        if suffix == ".json" or start.startswith(("{", "[")):
            found = _json(shown, text, known, strict=suffix == ".json")
        elif suffix in (".html", ".htm") or start.startswith(("<!doctype html", "<html")):
            found = _htmls(shown, text, known)
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


def _named(name: str, index: int, total: int) -> str:
    return f"{name}#{index}" if total > 1 else name


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
    name = _named(file, index, total)
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
        to=_addresses(fields["to"][1]) if "to" in fields else (),
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
    name = _named(file, index, total)
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
        to=_addresses(fields["to"][1]) if "to" in fields else (),
        body_line=first_line + end + 1,
        subject_line=first_line + subject[0] if subject else None,
        subject_column=subject[2] if subject else 0, index=index)


def _addresses(text: str) -> tuple[tuple[str, str | None], ...]:
    """The (name, address) of each recipient of a To: line, by its commas: `Name <address>`,
    a bare address, or a name alone. Read piece by piece, not by one pattern over the line,
    which backtracked through the rest of it from every position."""
    found: list[tuple[str, str | None]] = []
    for piece in text.split(","):
        piece = piece.strip()
        name, bracket, rest = piece.partition("<")
        address = rest[:-1].strip() if bracket and rest.endswith(">") else ""
        if address and not re.search(r"[\s<>]", address):
            found.append((name.strip().strip('"').strip() or address, address))
        elif "@" in piece:  # bare, or in broken brackets
            address = next(word for word in piece.split() if "@" in word).strip('<>"')
            found.append((address, address))
        elif piece:
            found.append((piece.strip('<>"').strip() or piece, None))
    return tuple(found)


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
    return [_json_draft(_named(name, index, len(items)), item, index, known)
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


# ------------------------------------------------------------------ HTML and mailto links


def _htmls(name: str, text: str, known: Known) -> list[Document]:
    pages = [page for page in re.split(r"(?i)(?=<!doctype html)", text) if page.strip()]
    documents = []
    for index, page in enumerate(pages, 1):
        # The first <title> that has a </title> after it; found, not matched: `<title>(.*?)`
        # scans to the end from every "<title>" of a page that has no "</title>".
        folded = page.translate(CASE_BLIND)
        start = folded.find("<title>")
        end = folded.find("</title>", start) if start >= 0 else -1
        subject = _html_text(page[start + 7:end]).strip() if end >= 0 else None
        # A draft with no subject (a card, a voicemail) is titled "thank-you (card)".
        untitled = re.fullmatch(r"([a-z-]+) \(([a-z]+)\)", subject or "")
        if untitled and untitled[1] in known.situations and untitled[2] in known.channels \
                and untitled[2] != "email":
            situation, channel, subject = untitled[1], untitled[2], None
        else:
            situation, channel = None, "email"
        documents.append(Document(name=_named(name, index, len(pages)), body=_html_text(page),
                                  subject=subject or None, situation=situation,
                                  situation_from="file" if situation else "unknown",
                                  channel=channel, index=index, lines="body"))
    return documents


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
            name=_named(name, index, len(links)),
            body=query.get("body", "").replace("\r\n", "\n"), subject=query.get("subject"),
            to=tuple((address, address) for address in to), index=index, lines="body"))
    return documents


# ------------------------------------------------------------------ email messages


def _email(name: str, data: bytes, known: Known) -> Document:
    """An RFC 5322 message: the text/plain part (else the HTML part, as text).

    Parsed with the compat32 policy, which leaves header values as they are: the newer
    policy's header parser is quadratic in a header's length, and recursive in its comments
    and in MIME nesting. The few headers read here are decoded below; a Content-Type, which
    the parser itself reads, and the number of parts are bounded first."""
    from email import policy
    from email.parser import BytesParser

    headers = list(_CONTENT_TYPE.finditer(data))
    if len(headers) > MAX_PARTS:
        raise FollowupError(f"{name}: more than {MAX_PARTS} MIME parts (Content-Type "
                            "headers), nested or side by side; a draft has a few. Check that "
                            "this is the message you meant, or save the draft alone as .eml.")
    for header in headers:
        if len(header[0]) > MAX_MIME_HEADER:
            line = data.count(b"\n", 0, header.start()) + 1
            raise FollowupError(f"{name}:{line}: a Content-Type header of "
                                f"{len(header[0]):,} characters; followup reads those of at "
                                f"most {MAX_MIME_HEADER:,}, and a draft's are short. Save the "
                                "draft again from your mail client.")
    try:
        message = BytesParser(policy=policy.compat32).parsebytes(data)
        part = _body_part(message)
        if part is None:
            raise FollowupError(f"{name}: the message has no text or HTML part to check.")
        payload = part.get_payload(decode=True)
        charset = part.get_content_charset() or "ascii"
        content = payload.decode(charset, "replace") if isinstance(payload, bytes) else None
    except (LookupError, ValueError, AttributeError, TypeError, RecursionError) as error:
        raise FollowupError(f"{name}: cannot be read as an email message ({error}).") from None
    if content is None:
        raise FollowupError(f"{name}: the message's text part is not text.")
    if part.get_content_subtype() == "html":
        content = _html_text(content)
    subject, to = _header(message, "subject"), _header(message, "to")
    situation = (_header(message, "x-followup-situation") or "").strip() or None
    if situation:
        known.check(f"{name}: X-Followup-Situation", "situation", situation)
    return Document(
        name=name, body=content.replace("\r\n", "\n").replace("\r", "\n"),
        subject=subject, situation=situation,
        situation_from="file" if situation else "unknown",
        to=_addresses(to) if to is not None else (), subject_line=None, lines="body")


def _body_part(message: Message) -> Message | None:
    """The part a mail client shows: the first text/plain part that is not an attachment,
    else the first text/html one, as `EmailMessage.get_body` chooses (the root of a
    multipart/related). Walked with a list, not by recursion."""
    found: dict[str, Message] = {}
    waiting = [message]
    while waiting:
        part = waiting.pop()
        if part.get_content_disposition() == "attachment":
            continue
        maintype, subtype = part.get_content_maintype(), part.get_content_subtype()
        if maintype == "text" and subtype in ("plain", "html"):
            found.setdefault(subtype, part)
        elif maintype == "multipart" and part.is_multipart():
            inside = [child for child in part.get_payload() if not isinstance(child, str)]
            waiting.extend(reversed(inside[:1] if subtype == "related" else inside))
    return found.get("plain") or found.get("html")


def _header(message: Message, field: str) -> str | None:
    """A header's text, as a mail client shows it: folding undone, 8-bit bytes read as
    UTF-8, encoded words (=?utf-8?q?...?=) decoded; None if the message has none."""
    raw = next((value for key, value in message.raw_items() if key.lower() == field), None)
    if raw is None:
        return None
    text = str(raw).encode("ascii", "surrogateescape").decode("utf-8", "replace")
    text = re.sub(r"\r?\n(?=[ \t])", "", text).strip()
    pieces, last, after_word = [], 0, False
    for word in _ENCODED_WORD.finditer(text):
        between = text[last:word.start()]
        if between.strip() or not after_word:  # the spaces between two encoded words go
            pieces.append(between)
        pieces.append(_decoded(word))
        last, after_word = word.end(), True
    pieces.append(text[last:])
    return "".join(pieces)


def _decoded(word: re.Match[str]) -> str:
    """An RFC 2047 encoded word's text; the word as it is when it cannot be decoded."""
    import base64
    import binascii

    charset, encoding, encoded = word[1].split("*")[0], word[2].lower(), word[3]
    try:
        data = base64.b64decode(encoded + "=" * (-len(encoded) % 4)) if encoding == "b" \
            else binascii.a2b_qp(encoded.encode("ascii"), header=True)
        return data.decode(charset, "replace")
    except (ValueError, LookupError):
        return word[0]


# Tags whose text is not shown, and tags that end a paragraph.
_HIDDEN = ("style", "script", "head", "title")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "blockquote", "tr")
# A comment's start, a tag (closing or not, its name, the rest), or a declaration; `[^<>]*`
# stops at the next "<", so that no "<" is read twice (html.parser rescans an unclosed tag
# to the end from each "<" after it: quadratic).
_MARKUP = re.compile(r"<(?:!--|(/?)([A-Za-z][^\s/<>]*)([^<>]*)>|[/!?][^<>]*>)")


def _html_text(page: str) -> str:
    """The text of an HTML body: paragraphs and line breaks kept; tags, comments, and what
    style, script, head and title hold, dropped; character references read."""
    import html

    parts: list[str] = []
    hidden = 0
    position = 0
    folded: str | None = None  # the page case-blind, to find a script's end
    while position < len(page):
        markup = _MARKUP.search(page, position)
        end = markup.start() if markup else len(page)
        if not hidden and end > position:
            parts.append(re.sub(r"\s+", " ", html.unescape(page[position:end])))
        if markup is None:
            break
        position = markup.end()
        if markup[0] == "<!--":
            close = page.find("-->", position)
            position = len(page) if close < 0 else close + 3
            continue
        tag = (markup[2] or "").lower()
        if not markup[1] and tag:
            if tag in _HIDDEN:
                hidden += 1
            elif tag == "br":
                parts.append("\n")
            elif tag in _BLOCKS:
                parts.append("\n\n")
            if tag in ("script", "style") and not markup[3].endswith("/"):
                # Their text is not markup: on to their end tag.
                folded = folded if folded is not None else page.translate(CASE_BLIND)
                close = folded.find(f"</{tag}", position)
                position = len(page) if close < 0 else close
        if tag and (markup[1] or markup[3].endswith("/")):  # an end tag, or <p/>
            if tag in _HIDDEN:
                hidden = max(0, hidden - 1)
            elif tag in _BLOCKS:
                parts.append("\n\n")
    text = "".join(parts)
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
