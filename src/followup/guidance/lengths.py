"""Length limits (TY3, CI4, CI7): body words and paragraphs, greeting and sign-off excluded."""

from __future__ import annotations

import msgspec


class LengthLimit(msgspec.Struct, frozen=True):
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


# Over a limit is a warning; this far over it (words), an error the checker exits 1 on.
ERROR_FACTOR = 1.5


# The brief tone, a rule of the product built on TY3 ("brief: one or two short paragraphs")
# and CI4 ("keep it brief"): it halves their limits, words and paragraphs (rounded).
# CI7's voicemail limit is a speaking time, already short, which must leave room for
# the name and the number said twice: the brief tone shortens its wording, not its limit.
BRIEF_TONE = "brief"
BRIEF_FACTOR = 0.5
BRIEF_HALVES = ("TY3", "CI4")


def limit_for(situation: str, channel: str = "email",
              tone: str | None = None) -> LengthLimit | None:
    limit = LIMITS.get((situation, channel))
    if limit is None or tone != BRIEF_TONE or limit.rule not in BRIEF_HALVES:
        return limit
    return msgspec.structs.replace(
        limit,
        max_words=round(limit.max_words * BRIEF_FACTOR),
        max_paragraphs=max(1, round(limit.max_paragraphs * BRIEF_FACTOR))
        if limit.max_paragraphs else None)
