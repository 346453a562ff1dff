"""Finding phrases in a prepared text: the matches of a list (the longest at each place,
none overlapping), and negation before a match."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import msgspec

from followup.matching.phrase_set import compile_phrases
from followup.matching.text import Text, prepare

NEGATORS = frozenset({"not", "no", "never", "without", "nothing", "nobody", "hardly",
                      "neither", "nor"})
NEGATION_WINDOW = 3  # words before a match
_CLAUSE_BREAKS = frozenset(",;:.!?()[]\"—–") | {"but", "however"}
_NOT_NEGATION = frozenset({"only", "just", "doubt"})  # "not only", "not just", "no doubt"


class Match(msgspec.Struct, frozen=True):
    start: int  # in the original text
    end: int
    text: str


def find(phrases: Sequence[str], text: Text | str, *, negatable: bool = True) -> Iterator[Match]:
    """Each place in `text` where one of `phrases` occurs and is not negated; a match
    does not overlap the one before it."""
    prepared = text if isinstance(text, Text) else prepare(text)
    matcher = compile_phrases(tuple(phrases)).matcher(prepared)
    if matcher is None:
        return
    words = prepared.tokens
    done = 0
    for at in matcher.starts:
        if at < done:
            continue
        end = matcher.longest(at)
        if end is None or end == at or (negatable and negated(prepared, at)):
            continue
        start, stop = prepared.normalized.span(words[at].start, words[end - 1].end)
        yield Match(start, stop, prepared.original[start:stop])
        done = end


def within(text: Text, start: int, end: int) -> Text:
    """The part of a prepared text between two offsets of the original."""
    origin = text.normalized.origin
    inside = [token for token in text.tokens
              if origin[token.start] >= start and origin[token.end - 1] < end]
    return Text.of(text.original, text.normalized, inside)


def negated(text: Text, at: int) -> bool:
    """Whether a negation stands among the few words before token `at`, in its clause."""
    seen = 0
    position = at - 1
    while position >= 0 and seen < NEGATION_WINDOW:
        token = text.tokens[position]
        if token.text in _CLAUSE_BREAKS or "\n\n" in text.normalized.text[
                token.end:text.tokens[position + 1].start]:
            return False
        if token.word:
            following = text.tokens[position + 1].text if position + 1 < len(text.tokens) \
                else ""
            if token.text in NEGATORS and not (token.text in ("not", "no") and
                                               following in _NOT_NEGATION):
                return True
            seen += 1
        position -= 1
    return False
