"""The shapes of the checker's rule data: a phrase list, a content cue, a profile
requirement, a pattern, and the numbers of emphasis and variety."""

from __future__ import annotations

from typing import Literal

import msgspec

Severity = Literal["error", "warning"]


class PhraseList(msgspec.Struct, frozen=True):
    """Words that must not be in a draft (tone, ultimatums)."""

    rule: str
    severity: Severity
    says: str  # what the words sound like, the start of the finding's message
    suggestion: str
    phrases: tuple[str, ...]
    situations: tuple[str, ...] = ()  # () = every situation; an unknown situation gets all
    # The rule a situation of its own names for these words, where it is not `rule`:
    # frustration is CI5 in a check-in, FB3 in a feedback request, G2 elsewhere.
    rules: tuple[tuple[str, str], ...] = ()

    def rule_in(self, situation: str | None) -> str:
        """The rule these words break in a draft of `situation` (None: unknown)."""
        return next((rule for where, rule in self.rules if where == situation), self.rule)


class Cue(msgspec.Struct, frozen=True):
    """Words one of which a draft of these situations should contain (content)."""

    rule: str
    situations: tuple[str, ...]
    missing: str  # the finding's message when none is there
    suggestion: str
    phrases: tuple[str, ...]
    instead: str = ""  # a PROFILE_CONTENT key that checks this more exactly, with --profile


class Requirement(msgspec.Struct, frozen=True):
    """Content that a profile says a draft should carry (checked with --profile)."""

    rule: str
    situations: tuple[str, ...]
    channels: tuple[str, ...]
    missing: str  # may name {value}: the profile's text
    suggestion: str


class Pattern(msgspec.Struct, frozen=True):
    """A regular expression for things that are not phrases (placeholders and gaps)."""

    rule: str
    severity: Severity
    says: str
    suggestion: str
    regex: str
    # Text one of which every match contains (compared in lower case): a draft with none of
    # them is not searched, nor the pattern compiled, which costs more than checking a
    # draft. () = always searched. A test checks each hint list against the pattern.
    hints: tuple[str, ...] = ()
    # For a pattern of one line: the words one of which every match ends with, before any
    # closing spaces and , : ! (compared case-blind); a line ending otherwise is not searched.
    last_words: tuple[str, ...] = ()


class Emphasis(msgspec.Struct, frozen=True):
    rule: str
    severity: Severity
    max_exclamations: int
    min_shouted_letters: int  # a run of capitalised words with at least this many letters


class Variety(msgspec.Struct, frozen=True):
    rule: str
    severity: Severity
    max_similarity: float
    # Bounds on the work, which grows with the square of notes and of words: the notes
    # compared in one run (a panel has a handful), and the words of each note compared
    # (TY3's limit for a thank-you; a longer note has its own finding).
    max_notes: int
    max_words: int


def either_order(first: str, second: str) -> tuple[str, str]:
    """Phrases for `first` then `second` in one sentence, and the other way round (a cue of
    the tone model: "the panel ... condescending", "condescending ... the panel")."""
    return f"{first} ... {second}", f"{second} ... {first}"
