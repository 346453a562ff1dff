"""A phrase list ready to match: each phrase's quick tests, an index of the phrases by the
words they need, and, for one text, a matcher of the phrases that may occur in it. A list
is parsed once per process, and read back from the cache folder (`kept`) between runs."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from followup.matching import kept
from followup.matching.engine import ends, firsts, needs
from followup.matching.language import Node, parse
from followup.matching.text import Token

# Words most drafts have: a phrase's other words rule it out sooner.
_COMMON = frozenset({"i", "you", "the", "a", "an", "to", "is", "am", "are", "was", "not", "have",
                     "has", "will", "would", "be", "been", "my", "your", "me", "it", "this",
                     "that", "of", "for", "and", "in", "on", "with", "do", "can", "we"})


class PhraseSet:
    """A list of phrases, parsed once: for each, the words it can begin with and the words
    it needs (kept.Entry), and an index of the phrases by the words of their first need (the
    rarest), so that a text looks up its own words instead of every phrase being tried on
    every text (a file of many short drafts is mostly that). A phrase's parsed form is
    read from the cache when a text first has the words it needs."""

    def __init__(self, phrases: Sequence[str]) -> None:
        self.phrases = tuple(phrases)
        self.entries, self.parsed = _compiled(self.phrases)
        self.always: list[int] = []
        self.by_word: dict[str, list[int]] = {}
        for index, (_, needed, _) in enumerate(self.entries):
            if not needed:
                self.always.append(index)
            for word in needed[0] if needed else ():
                self.by_word.setdefault(word, []).append(index)

    def matcher(self, words: set[str]) -> Matcher | None:
        """For a text with these words: the phrases that may occur in it, by first word."""
        found = set(self.always)
        if len(words) < len(self.by_word):
            hits = [word for word in words if word in self.by_word]
        else:
            hits = [word for word in self.by_word if word in words]
        for word in hits:
            found.update(self.by_word[word])
        entries = self.entries
        possible = [(entries[index][0], self.parsed_at(index)) for index in sorted(found)
                    if all(not need.isdisjoint(words) for need in entries[index][1])]
        return Matcher(possible) if possible else None

    def parsed_at(self, index: int) -> Node:
        """The phrase at `index`, parsed: read from the cache on first use (parsed again if
        that fails: damaged)."""
        found = self.parsed.get(index)
        if found is None:
            found = kept.parsed(self.entries[index][2]) or parse(self.phrases[index])
            self.parsed[index] = found
        return found


class Matcher:
    """The phrases that may occur in one text, by the words they begin with."""

    def __init__(self, phrases: list[tuple[frozenset[str] | None, Node]]) -> None:
        """`phrases`: the words each may begin with (None: any), and the phrase parsed."""
        self.exact: dict[str, list[Node]] = {}
        self.prefixed: list[tuple[str, Node]] = []
        self.anywhere: list[Node] = []
        for starts, parsed in phrases:
            if starts is None:
                self.anywhere.append(parsed)
                continue
            for first in starts:
                if first.endswith("*"):
                    self.prefixed.append((first[:-1], parsed))
                else:
                    self.exact.setdefault(first, []).append(parsed)

    def starts(self, text: list[Token]) -> list[int]:
        """The tokens a phrase may begin at."""
        if self.anywhere:
            return list(range(len(text)))
        if not self.prefixed:
            return [at for at, token in enumerate(text) if token.text in self.exact]
        prefixes = tuple(prefix for prefix, _ in self.prefixed)
        return [at for at, token in enumerate(text)
                if token.text in self.exact or token.text.startswith(prefixes)]

    def longest(self, text: list[Token], at: int) -> int | None:
        """The end (token index) of the longest phrase that starts at token `at`."""
        word = text[at].text
        candidates = self.exact.get(word, []) + self.anywhere
        if self.prefixed:
            candidates += [parsed for prefix, parsed in self.prefixed
                           if word.startswith(prefix)]
        best = None
        for parsed in candidates:
            found = ends(parsed, text, at)
            if found:
                best = max(max(found), best or 0)
        return best


@functools.lru_cache(maxsize=256)
def compile_phrases(phrases: tuple[str, ...]) -> PhraseSet:
    """A list of phrases ready to match, built once per process."""
    return PhraseSet(phrases)


def _compiled(phrases: tuple[str, ...]) -> tuple[list[kept.Entry], dict[int, Node]]:
    """Each phrase's entry, and those parsed so far: read back from the cache folder (none
    parsed yet), else all parsed, and kept there."""
    entries = kept.load(phrases)
    if entries is not None:
        return entries, {}
    entries, parsed = [], {}
    for index, phrase in enumerate(phrases):
        parsed[index] = parse(phrase)
        first = firsts(parsed[index])
        needed = sorted(needs(parsed[index]), key=lambda need: (bool(need & _COMMON), len(need)))
        entries.append((None if first is None else frozenset(first), tuple(needed),
                        kept.plain(parsed[index])))
    kept.store(phrases, entries)
    return entries, parsed
