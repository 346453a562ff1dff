"""Email messages for the checker (`.eml`, or any file whose headers say MIME): the part a
mail client shows, its Subject, To and X-Followup-Situation headers.

Parsed by the standard `email` package with the compat32 policy, which leaves header
values as they are: the newer policy's header parser is quadratic in a header's length,
and recursive in its comments and in MIME nesting (so is email.utils.getaddresses, in
comments). The few headers read here are decoded below; a Content-Type, which the parser
itself reads, and the number of parts are bounded first."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from followup.check.document import Document
from followup.check.read_fields import Known, recipient, split_recipients
from followup.check.read_html import html_text
from followup.errors import FollowupError

if TYPE_CHECKING:
    from email.message import Message

MAX_PARTS = 100  # Content-Type headers of an email: a draft has a few
MAX_MIME_HEADER = 1000  # characters of one (the email package's parser is quadratic in it)

# An email's Content-Type headers, with their folded lines.
_CONTENT_TYPE = re.compile(rb"^content-type[ \t]*:[^\n]*(?:\n[ \t][^\n]*)*",
                           re.IGNORECASE | re.MULTILINE)
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")  # RFC 2047


def email_draft(name: str, data: bytes, known: Known) -> Document:
    """An RFC 5322 message: the text/plain part (else the HTML part, as text)."""
    from email import policy
    from email.parser import BytesParser

    _bound(name, data)
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
        content = html_text(content)
    subject, to = _header(message, "subject"), _header(message, "to")
    situation = _decode_words(_header(message, "x-followup-situation") or "").strip() or None
    if situation:
        known.check(f"{name}: X-Followup-Situation", "situation", situation)
    # Cut between recipients before the names are decoded: an encoded name may hold a comma.
    found = (recipient(_decode_words(piece)) for piece in split_recipients(to or ""))
    return Document(
        name=name, body=content.replace("\r\n", "\n").replace("\r", "\n"),
        subject=_decode_words(subject) if subject is not None else None,
        situation=situation, situation_from="file" if situation else "unknown",
        to=tuple(person for person in found if person is not None), subject_line=None,
        lines="body")


def _bound(name: str, data: bytes) -> None:
    """Refuse more parts, or a longer Content-Type, than a draft has, before the parser
    (recursive in nesting, quadratic in a header) reads them."""
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


def _body_part(message: Message) -> Message | None:
    """The part a mail client shows: the first text/plain part that is not an attachment,
    else the first text/html one, as `EmailMessage.get_body` chooses (the root of a
    multipart/related). A part with no headers is text/plain. Walked with a list, not by
    recursion."""
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
    # Not `or`: a Message is as long as its headers, so one with none is false.
    plain = found.get("plain")
    return plain if plain is not None else found.get("html")


def _header(message: Message, field: str) -> str | None:
    """A header's text as written: folding undone, 8-bit bytes read as UTF-8, encoded words
    left as they are; None if the message has none."""
    raw = next((value for key, value in message.raw_items() if key.lower() == field), None)
    if raw is None:
        return None
    text = str(raw).encode("ascii", "surrogateescape").decode("utf-8", "replace")
    return re.sub(r"\r?\n(?=[ \t])", "", text).strip()


def _decode_words(text: str) -> str:
    """A header's text as a mail client shows it: its encoded words (=?utf-8?q?...?=)
    decoded, and the spaces between two of them dropped."""
    pieces, last, after_word = [], 0, False
    for word in _ENCODED_WORD.finditer(text):
        between = text[last:word.start()]
        if between.strip() or not after_word:  # the spaces between two encoded words go
            pieces.append(between)
        pieces.append(_decoded_word(word))
        last, after_word = word.end(), True
    pieces.append(text[last:])
    return "".join(pieces)


def _decoded_word(word: re.Match[str]) -> str:
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
