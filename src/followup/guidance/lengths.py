"""Length limits (TY3, CI4, CI7): body words and paragraphs, greeting and sign-off excluded."""

from __future__ import annotations

from typing import NamedTuple


class LengthLimit(NamedTuple):
    rule: str
    max_words: int
    max_paragraphs: int | None = None


# (situation, channel) -> limit; a situation the guidance gives no number for has none.
LIMITS: dict[tuple[str, str], LengthLimit] = {
    ("thank-you", "email"): LengthLimit("TY3", 150, 3),
    ("thank-you", "card"): LengthLimit("TY3", 90),
    ("check-in", "email"): LengthLimit("CI4", 120),
    ("check-in", "voicemail"): LengthLimit("CI7", 75),
}


def limit_for(situation: str, channel: str = "email") -> LengthLimit | None:
    return LIMITS.get((situation, channel))
