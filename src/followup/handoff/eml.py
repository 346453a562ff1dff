"""A draft as an RFC 5322 message that mail clients open as an unsent, editable draft.

    From, To, Cc, Subject, Date, Message-ID, X-Unsent: 1, MIME-Version, Content-Type

in that order, always; then `multipart/alternative` with the plain text first and the
HTML second, both UTF-8, quoted-printable. Lines end in CRLF. Non-ASCII names and
subjects are RFC 2047 encoded words. `X-Unsent: 1` is what makes Outlook and
Thunderbird open the file as a draft to edit and send.

Every header value is checked by our own code first (handoff/addresses.py): no line
break (`headers.single_line`), no other control character, and addresses of a plain
`local@domain` form. The email package of older Pythons lets a line break through
into a header; here one never reaches it. The tool never sends the message.

The bytes are those the email package's message classes wrote (MIMEPart, policy.SMTP),
put together here from its quoted-printable encoder and, for what needs folding or
encoding, email.header. Those classes parse and refold every header, and email.utils
imports socket: together, most of the cost of a message in a batch, and a third of
what an .eml draft's start-up cost over a text one's.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import uuid
from collections.abc import Sequence
from email import quoprimime

import msgspec

from followup.draft import Address, Draft
from followup.errors import FollowupError, HeaderError
from followup.handoff.addresses import address_parts, check

CRLF = "\r\n"
_LONG_WORD = re.compile(r"\S{70,}")
# A word a display name may show as it is (RFC 5322 atext), short enough for any line.
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,40}")
# What email.utils.formataddr quotes a name for, and escapes inside the quotes.
_SPECIALS = re.compile(r'[][\\()<>@,:;".]')
_ESCAPES = re.compile(r'[\\"]')
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class Stamp(msgspec.Struct, frozen=True):
    """When the message was made, and its id: frozen with --today, else now and random."""

    date: datetime.datetime
    message_id: str


def stamp(draft: Draft, today: datetime.date | None) -> Stamp:
    """With a frozen `today`: 09:00 UTC that day, and an id hashed from the draft, so the
    same input gives the same file. Otherwise the current time and a random id."""
    domain = address_parts("sender's email address", draft.sender.email or "")[1]
    if today is None:
        now = datetime.datetime.now(datetime.timezone.utc).astimezone().replace(microsecond=0)
        return Stamp(now, f"<followup.{uuid.uuid4().hex}@{domain}>")
    when = datetime.datetime.combine(today, datetime.time(9, 0), datetime.timezone.utc)
    digest = hashlib.sha256("\x00".join([
        str(draft.sender), *map(str, draft.to), "", *map(str, draft.cc), draft.subject or "",
        draft.body, when.isoformat()]).encode("utf-8")).hexdigest()[:32]
    return Stamp(when, f"<followup.{digest}@{domain}>")


def message(draft: Draft, when: Stamp) -> bytes:
    """The whole message, ASCII with CRLF line ends."""
    from followup.handoff import html

    if draft.subject is None:
        raise FollowupError(f"An .eml is an email; this draft is for a {draft.channel}. Use "
                            "--channel email, or print the card's text without --format eml.")
    lines = [f"From: {mailboxes('sender', [draft.sender], 'From')}"]
    to = [person for person in draft.to if person.email]
    cc = [person for person in draft.cc if person.email]
    if to:
        lines.append(f"To: {mailboxes('recipient', to, 'To')}")
    if cc:
        lines.append(f"Cc: {mailboxes('copy recipient', cc, 'Cc')}")
    lines += [
        f"Subject: {text_header('Subject', draft.subject)}",
        f"Date: {_date(when.date)}",
        f"Message-ID: {_message_id(when.message_id)}",
        "X-Unsent: 1",
        "MIME-Version: 1.0",
    ]
    return (CRLF.join(lines) + CRLF).encode("ascii") + _alternative(
        draft.body, html.document(draft), when.message_id)


def mailboxes(what: str, people: Sequence[Address], header: str = "To") -> str:
    """`Name <address>, ...`, names RFC 2047 encoded when they need it, folded so that no
    line passes 78 characters (a line break only ever between words)."""
    items = []
    for person in people:
        local, domain = address_parts(f"{what}'s email address", person.email or "")
        name = check(f"{what}'s name", person.name)
        address = f"{local}@{domain}"
        if _needs_encoding(name):
            items.append([*_display_name(name), f"<{address}>"])
            continue
        whole = _mailbox(name, address)
        # Kept together when it fits on a line of its own; else folded between its words
        # (unfolding gives back the same text, quoted or not).
        items.append([whole] if len(whole) < 76 else re.split(r"(?<=\S) (?=\S)", whole))
    return _fold(len(header) + 2, items)


def _mailbox(name: str, address: str) -> str:
    """An ASCII name and its address, as email.utils.formataddr writes them: the name
    quoted when it holds a special character. (email.utils imports socket, which cost
    more than making the whole message.)"""
    address.encode("ascii")  # as formataddr: an address must be ASCII
    if not name:
        return address
    quotes = '"' if _SPECIALS.search(name) else ""
    escaped = _ESCAPES.sub(r"\\\g<0>", name)
    return f"{quotes}{escaped}{quotes} <{address}>"


def _date(when: datetime.datetime) -> str:
    """The Date header's value as email.utils.format_datetime writes it: English names
    whatever the locale, and the zone as +HHMM (-0000 for a naive time)."""
    zone = when.strftime("%z") if when.tzinfo is not None else "-0000"
    return (f"{_DAYS[when.weekday()]}, {when.day:02d} {_MONTHS[when.month - 1]} "
            f"{when.year:04d} {when.hour:02d}:{when.minute:02d}:{when.second:02d} {zone}")


def _display_name(name: str) -> list[str]:
    """A name that needs encoding, as header words. One encoded word when it fits;
    else its plain ASCII words as they are and each run of the other words as one
    encoded word, so that no two encoded words meet. (Between two encoded words a
    reader should drop the space, RFC 2047, and Python's parser keeps it; only a run
    too long for one encoded word is split all the same.)"""
    whole = _encoded_words(name)
    if len(whole) == 1 or "  " in name:  # double spaces survive only inside encoded words
        return whole
    words: list[str] = []
    run: list[str] = []
    for word in [*name.split(" "), None]:
        if word is None or (_ATOM.fullmatch(word) and "=?" not in word):
            if run:
                words += _encoded_words(" ".join(run))
                run = []
            if word is not None:
                words.append(word)
        else:
            run.append(word)
    return words


def _encoded_words(text: str) -> list[str]:
    """RFC 2047 encoded words of at most 72 characters: "From: " and one fit in 78."""
    return _encode(text, width=72).split(CRLF + " ")


def _fold(used: int, items: list[list[str]]) -> str:
    """Join each item's words with spaces and the items with commas, starting a new line
    (CRLF and a space) before a word that would pass column 78."""
    text, column = "", used
    for index, words in enumerate(items):
        for position, word in enumerate(words):
            if position == len(words) - 1 and index < len(items) - 1:
                word += ","
            if not text:
                text, column = word, column + len(word)
            elif column + 1 + len(word) > 78:
                text, column = f"{text}{CRLF} {word}", 1 + len(word)
            else:
                text, column = f"{text} {word}", column + 1 + len(word)
    return text


def text_header(name: str, value: str) -> str:
    """An unstructured header's value (Subject), folded, encoded when it needs it."""
    check(name.lower(), value)
    if _needs_encoding(value):
        return _encode(value, header_name=name)
    if len(name) + 2 + len(value) <= 78 and value.strip() == value:
        return value  # as Header gives a value that fits its line; its import is saved
    from email.header import Header

    return Header(value, "us-ascii", header_name=name, maxlinelen=78).encode(linesep=CRLF)


def _needs_encoding(value: str) -> bool:
    """Non-ASCII, text that a reader would take for an encoded word, or a word too long
    to fold."""
    return not value.isascii() or "=?" in value or bool(_LONG_WORD.search(value))


def _encode(value: str, header_name: str | None = None, width: int = 78) -> str:
    from email.header import Header

    return Header(value, "utf-8", header_name=header_name, maxlinelen=width).encode(
        linesep=CRLF)


def _message_id(value: str) -> str:
    check("Message-ID", value)
    if not re.fullmatch(r"<[!-;=?-~]+@[A-Za-z0-9.-]+>", value):
        raise HeaderError(f"{value!r} is not a Message-ID of the form <id@domain>.")
    return value


def _alternative(text: str, page: str, message_id: str) -> bytes:
    """The multipart/alternative entity: its Content-Type header, a blank line, the parts.
    The boundary comes from the Message-ID, so it is as reproducible as that; quoted-
    printable never contains '==', so the boundary cannot occur in a part.

    Byte for byte what the email package wrote for MIMEPart.set_content(cte=
    "quoted-printable") flattened with policy.SMTP, whose headers here never change:
    the parts are encoded by its own quoted-printable encoder, and the framing is
    written here, since parsing and refolding constant headers cost half a message."""
    boundary = "==followup-" + hashlib.sha256(message_id.encode()).hexdigest()[:24] + "=="
    parts = [f'--{boundary}{CRLF}Content-Type: text/{subtype}; charset="utf-8"{CRLF}'
             f"Content-Transfer-Encoding: quoted-printable{CRLF}{CRLF}{_quoted_printable(body)}"
             for body, subtype in ((text, "plain"), (page, "html"))]
    # The generator folds this header before the boundary: it would pass column 78.
    head = f'Content-Type: multipart/alternative;{CRLF} boundary="{boundary}"{CRLF}{CRLF}'
    return (head + CRLF.join(parts) + f"{CRLF}--{boundary}--{CRLF}").encode("ascii")


def _quoted_printable(content: str) -> str:
    """A text part's body as set_content encodes it: UTF-8, its lines (split where
    bytes.splitlines splits) ending in one line break, lines of at most 78 characters;
    CRLF line ends, as policy.SMTP writes them."""
    data = b"\n".join(content.encode("utf-8").splitlines()) + b"\n"
    return quoprimime.body_encode(data.decode("latin-1"), 78, eol=CRLF)
