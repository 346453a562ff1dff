"""A phrase list ready to match: each phrase's quick tests, an index of the phrases by the
words they need, and, for one text, a matcher of the phrases that may occur in it. A list
is parsed once per process, and read back from the cache folder (`kept`) between runs."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from followup.matching import kept
from followup.matching.engine import SENTENCE_END, ends, firsts, needs
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
        # A phrase with no full stop, "!" or "?" of its own matches inside one sentence (a
        # gap stops at its end): its needs can be tested on that sentence's words.
        self.in_one_sentence = [SENTENCE_END.isdisjoint(phrase.replace("...", ""))
                                for phrase in self.phrases]
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
        possible = [(entries[index][0], self.parsed_at(index),
                     entries[index][1] if self.in_one_sentence[index] else ())
                    for index in sorted(found)
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


Needs = tuple[frozenset[str], ...]


class Matcher:
    """The phrases that may occur in one text, by the words they begin with.

    A phrase matches inside one sentence, so it is tried at a place only when that sentence
    has the words it needs: in a long text that has them all somewhere, most of its many
    starts ("I", "you") are ruled out at once, and the work stays in step with the length
    of the text."""

    def __init__(self, phrases: list[tuple[frozenset[str] | None, Node, Needs]]) -> None:
        """`phrases`: the words each may begin with (None: any), the phrase parsed, and the
        words it needs in the sentence it starts in (() if it may run past one)."""
        self.exact: dict[str, list[tuple[Node, Needs]]] = {}
        self.prefixed: list[tuple[str, tuple[Node, Needs]]] = []
        self.anywhere: list[tuple[Node, Needs]] = []
        self.sentence_of: list[int] = []  # for the text being matched: each token's sentence
        self.sentence_words: list[set[str]] = []
        for starts, parsed, needed in phrases:
            if starts is None:
                self.anywhere.append((parsed, needed))
                continue
            for first in starts:
                if first.endswith("*"):
                    self.prefixed.append((first[:-1], (parsed, needed)))
                else:
                    self.exact.setdefault(first, []).append((parsed, needed))

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
            candidates += [phrase for prefix, phrase in self.prefixed
                           if word.startswith(prefix)]
        best = None
        for parsed, needed in candidates:
            if needed and not self._in_sentence(text, at, needed):
                continue
            found = ends(parsed, text, at)
            if found:
                best = max(max(found), best or 0)
        return best

    def _in_sentence(self, text: list[Token], at: int, needed: Needs) -> bool:
        """Whether the sentence of token `at` has a word of each of `needed`."""
        if len(self.sentence_of) != len(text):  # first asked of this text: one pass
            self.sentence_of, self.sentence_words = [], [set()]
            for token in text:
                self.sentence_of.append(len(self.sentence_words) - 1)
                self.sentence_words[-1].add(token.text)
                if token.text in SENTENCE_END:
                    self.sentence_words.append(set())
        words = self.sentence_words[self.sentence_of[at]]
        return all(not need.isdisjoint(words) for need in needed)


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
