"""The ways a draft leaves the tool: text, Markdown, JSON, HTML, .eml or a mailto: link,
on stdout or in files; and, from the modules beside this one, the clipboard, the
platform's opener and an IMAP Drafts folder.

Each format is imported only when it is asked for (HTML needs `markdown`, .eml the
`email` package), so that a plain text draft costs nothing more.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from followup.draft import Draft
from followup.errors import FollowupError

_RULE = "-" * 72


def as_text(draft: Draft) -> str:
    head = [f"To: {', '.join(map(str, draft.to))}"]
    if draft.cc:
        head.append(f"Cc: {', '.join(map(str, draft.cc))}")
    if draft.subject is not None:
        head.append(f"Subject: {draft.subject}")
    else:
        head.append(f"Channel: {draft.channel} (no subject)")
    return "\n".join(head) + "\n\n" + draft.body


def as_markdown(draft: Draft) -> str:
    """The body as Markdown, with the headers as front matter."""
    head = ["---", f"situation: {draft.situation}", f"to: {', '.join(map(str, draft.to))}"]
    if draft.cc:
        head.append(f"cc: {', '.join(map(str, draft.cc))}")
    if draft.subject is not None:
        head.append(f"subject: {draft.subject}")
    if draft.channel != "email":  # so that followup check applies the card's or script's limit
        head.append(f"channel: {draft.channel}")
    return "\n".join([*head, "---", ""]) + "\n" + draft.body


def as_dict(draft: Draft) -> dict[str, Any]:
    """The JSON form: a contract for scripts, so fields are added, never renamed."""
    def people(addresses: Sequence[Any]) -> list[dict[str, Any]]:
        return [{"name": address.name, "email": address.email} for address in addresses]

    def notes(items: Sequence[Any]) -> list[dict[str, Any]]:
        return [{"rule": note.rule, "message": note.message} for note in items]

    return {
        "situation": draft.situation, "channel": draft.channel,
        "from": people([draft.sender])[0], "to": people(draft.to), "cc": people(draft.cc),
        "subject": draft.subject, "body": draft.body, "words": draft.words,
        "warnings": notes(draft.warnings), "tips": notes(draft.tips),
    }


def as_json(drafts: Sequence[Draft], *, many: bool) -> str:
    import json

    data: Any = [as_dict(draft) for draft in drafts] if many else as_dict(drafts[0])
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def as_html(draft: Draft) -> str:
    from followup.handoff import html

    return html.document(draft)


def as_mailto(draft: Draft) -> str:
    from followup.handoff import mailto

    return mailto.link(draft) + "\n"


FORMATS: dict[str, tuple[Callable[[Draft], str], str]] = {
    "text": (as_text, "txt"),
    "markdown": (as_markdown, "md"),
    "html": (as_html, "html"),
    "mailto": (as_mailto, "mailto.txt"),
}
# What joins several drafts in one text: a rule between plain drafts, a comment between
# HTML documents, nothing between mailto: links (one a line).
_JOINS = {"html": "\n<!-- next draft -->\n", "mailto": ""}


def format_drafts(drafts: Sequence[Draft], format: str, *, many: bool,
                  today: datetime.date | None = None) -> str:
    """All the drafts in one text: JSON as a list when `many`, others one after another.

    An .eml holds one message, so several drafts as .eml are refused (write them to a
    folder, one file each). `today`, when the date is frozen (--today), makes an .eml's
    Date and Message-ID depend on it and the draft alone, so that output is reproducible.
    """
    if format == "json":
        return as_json(drafts, many=many)
    if format == "eml":
        if len(drafts) != 1:
            raise FollowupError(f"{len(drafts)} drafts cannot share one .eml message: write "
                                "them into a folder, one file each, with --out FOLDER/.")
        from followup.handoff import eml

        return eml.message(drafts[0], eml.stamp(drafts[0], today)).decode("ascii")
    formatter = FORMATS[format][0]
    join = _JOINS.get(format, f"\n{_RULE}\n\n")
    return join.join(formatter(draft) for draft in drafts)


def extension(format: str) -> str:
    return {"json": "json", "eml": "eml"}.get(format) or FORMATS[format][1]


# A company's or a person's part of a file name, at most: both fit within the file
# system's NAME_BYTES with the date, the situation, a -2 and the extension.
_PART_BYTES = 100


def file_names(drafts: Sequence[Draft], company: str, format: str, *, prefix: str = "",
               taken: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """A name a person can find for each draft, after `prefix`:
    big-beanz-thank-you-priya-shah.txt. A name met again, among these or in `taken`,
    gets -2, -3 (two people called Sam Patel on one panel, or two applications at one
    company in one batch, must not share, or overwrite, one file).

    slug() lets no separator or control character through; long names are cut, the
    company's and the person's each to _PART_BYTES, and the whole to the file system's
    limit with the -2 and the extension kept."""
    from followup.files import NAME_BYTES, cut

    def part(text: str) -> str:
        return cut(slug(text), _PART_BYTES).rstrip("-")

    def capped(stem: str, tail: str) -> str:
        return cut(stem, NAME_BYTES - len(tail.encode("utf-8"))).rstrip("-") + tail

    names: list[str] = []
    suffix = "." + extension(format)
    for draft in drafts:
        stem = f"{prefix}{part(company)}-{draft.situation}-{part(draft.to[0].name)}"
        name, number = capped(stem, suffix), 1
        while name in names or name in taken:
            number += 1
            name = capped(stem, f"-{number}{suffix}")
        names.append(name)
    return names


def slug(text: str) -> str:
    """Lower-case words joined by '-': accents dropped from Latin letters (Ní -> ni),
    letters of other scripts kept (Łukasz -> łukasz, 李娜 -> 李娜), so that no name
    is lost."""
    plain = "".join(_ascii_base(char) for char in text.lower())
    return re.sub(r"[\W_]+", "-", plain).strip("-") or "draft"


def _ascii_base(char: str) -> str:
    base = "".join(part for part in unicodedata.normalize("NFKD", char)
                   if not unicodedata.combining(part))
    return base if base.isascii() else char

