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
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, NamedTuple

import msgspec

from followup.check import Document
from followup.errors import FollowupError

_SEPARATOR = re.compile(r"\n-{20,}\n\n")  # between drafts, as the text formats write them
_HEADER = re.compile(r"^(to|cc|bcc|from|subject|channel|date|reply-to)[ \t]*:[ \t]?(.*)$",
                     re.IGNORECASE)
_FRONT_MATTER_KEY = re.compile(r"^([A-Za-z_-]+)[ \t]*:[ \t]?(.*)$")
_MIME_HEADERS = re.compile(r"^(mime-version|content-type|message-id|x-unsent)[ \t]*:",
                           re.IGNORECASE | re.MULTILINE)
_ADDRESS = re.compile(r"\s*(?:\"?([^\"<,]*?)\"?\s*<([^<>,\s]+)>|([^<>,\s]+@[^<>,\s]+)|"
                      r"([^,<>]+))\s*(?:,|$)")


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
        raise FollowupError(f"{where}: {field}: {value!r} is not a {field} followup knows."
                            f"{hint} Use one of: {', '.join(allowed)}; or give --{field}.")


def load(path: Path, known: Known) -> list[Document]:
    """The drafts in a file; a FollowupError (exit 2) naming the file when it cannot be
    read as one."""
    name = str(path)
    if path.is_dir():
        raise FollowupError(f"{name}: is a folder. Give the draft files in it, such as "
                            f"{Path(name) / '*.txt'}.")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FollowupError(f"{name}: no such file. Give the path of a draft, or - to read "
                            "one from standard input.") from None
    except OSError as error:
        raise FollowupError(f"{name}: cannot be read ({error.strerror or error}).") from None
    return parse(name, data, known, suffix=path.suffix.lower())


def parse(name: str, data: bytes, known: Known, *, suffix: str = "") -> list[Document]:
    """The drafts in `data`, read from a file called `name` ("-" for standard input)."""
    shown = "standard input" if name == "-" else name
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
    found = []
    for match in _ADDRESS.finditer(text):
        if match[2]:
            found.append((match[1].strip() or match[2], match[2]))
        elif match[3]:
            found.append((match[3], match[3]))
        elif match[4] and match[4].strip():
            found.append((match[4].strip(), None))
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
    items = data if isinstance(data, list) else [data]
    if not items or not all(isinstance(item, dict) and isinstance(item.get("body"), str)
                            for item in items):
        if not strict:
            return None
        raise FollowupError(f"{name}: not a followup draft: expected an object with a "
                            "\"body\" (as followup ... --format json writes), or a list of them.")
    return [_json_draft(_named(name, index, len(items)), item, index, known)
            for index, item in enumerate(items, 1)]


def _json_draft(name: str, item: dict[str, Any], index: int, known: Known) -> Document:
    def text(key: str) -> str | None:
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            raise FollowupError(f"{name}: \"{key}\" must be text or null, not {value!r}.")
        return value

    recipients = item.get("to") or []
    if not isinstance(recipients, list) or not all(isinstance(person, dict)
                                                   for person in recipients):
        raise FollowupError(f"{name}: \"to\" must be a list of {{\"name\", \"email\"}}.")
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
        title = re.search(r"(?is)<title>(.*?)</title>", page)
        subject = _html_text(title[1]).strip() if title else None
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
    """An RFC 5322 message: the text/plain part (else the HTML part, as text)."""
    from email import policy
    from email.parser import BytesParser

    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        part = message.get_body(preferencelist=("plain", "html"))
        if part is None:
            raise FollowupError(f"{name}: the message has no text or HTML part to check.")
        content = part.get_content()
        subject = message["subject"]
        to = message["to"]
        recipients = tuple((address.display_name or address.addr_spec,
                            address.addr_spec or None)
                           for address in (to.addresses if to is not None else ()))
        situation = message["x-followup-situation"]
    except (LookupError, ValueError, AttributeError, TypeError) as error:
        raise FollowupError(f"{name}: cannot be read as an email message ({error}).") from None
    if not isinstance(content, str):
        raise FollowupError(f"{name}: the message's text part is not text.")
    if part.get_content_subtype() == "html":
        content = _html_text(content)
    situation = str(situation).strip() if situation else None
    if situation:
        known.check(f"{name}: X-Followup-Situation", "situation", situation)
    return Document(
        name=name, body=content.replace("\r\n", "\n").replace("\r", "\n"),
        subject=str(subject) if subject is not None else None,
        situation=situation or None,
        situation_from="file" if situation else "unknown", to=recipients,
        subject_line=None, lines="body")


def _html_text(html: str) -> str:
    """The text of an HTML body: paragraphs and line breaks kept, tags dropped."""
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("style", "script", "head", "title"):
                self.skip += 1
            elif tag == "br":
                self.parts.append("\n")
            elif tag in ("p", "div", "li", "h1", "h2", "h3", "blockquote", "tr"):
                self.parts.append("\n\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("style", "script", "head", "title"):
                self.skip = max(0, self.skip - 1)
            elif tag in ("p", "div", "li", "h1", "h2", "h3", "blockquote", "tr"):
                self.parts.append("\n\n")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(re.sub(r"\s+", " ", data))

    parser = Text()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
