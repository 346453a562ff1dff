"""The names of template files: `SITUATION[.CHANNEL][.NAME].md.j2`, what a name says (its
situation and channel), and the file name a user means by what they type."""

from __future__ import annotations

from followup.vocabulary import CHANNELS, SITUATIONS

SUFFIX = ".md.j2"


def name_parts(filename: str) -> tuple[str | None, str | None]:
    """What a template's file name says: `thank-you.card.warm.md.j2` is a thank-you card,
    `thank-you.md.j2` the thank-you email (drafting uses it for email, so it cannot be a
    card), `thank-you.short.md.j2` a thank-you (email unless its front matter says
    otherwise)."""
    parts = filename.removesuffix(SUFFIX).split(".")
    situation = parts[0] if parts[0] in SITUATIONS else None
    if situation is not None and len(parts) == 1:
        return situation, "email"
    channel = parts[1] if len(parts) > 1 and parts[1] in CHANNELS else None
    return situation, channel


def default_name(situation: str, channel: str = "email") -> str:
    """The template a situation uses on a channel unless --template says otherwise."""
    return f"{situation}{SUFFIX}" if channel == "email" else f"{situation}.{channel}{SUFFIX}"


def typed_name(name: str) -> str | None:
    """A template's file name from what a user may type: `thank-you.short` or
    `thank-you.short.md.j2`; None if it cannot be one (a path, a hidden file)."""
    if not name or "/" in name or "\\" in name or name.startswith(".") or ":" in name:
        return None
    return name if name.endswith(SUFFIX) else name + SUFFIX
