"""A phrase list ready to match: each phrase's quick tests, an index of the phrases by the
words they need, and, for one text, a matcher of the phrases that may occur in it and where
they may begin. A list is parsed once per process, and read back from the cache folder
(`kept`) between runs."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from followup.matching import kept
from followup.matching.engine import ends, firsts, needs, rarity
from followup.matching.language import ALT, Node, parse
from followup.matching.text import SENTENCE_END, Text

Needs = tuple[frozenset[str], ...]
Index = tuple[list[int], dict[str, list[int]]]


def by_first_need(needed: Sequence[Needs]) -> Index:
    """Items (phrases, or a phrase's alternatives) by the words of their first need (the
    rarest), those with none apart: a text looks up its own words in it instead of every
    item being tested on it."""
    always: list[int] = []
    by_word: dict[str, list[int]] = {}
    for at, wanted in enumerate(needed):
        if not wanted:
            always.append(at)
        for word in wanted[0] if wanted else ():
            by_word.setdefault(word, []).append(at)
    return always, by_word


def having(index: Index, words: set[str]) -> list[int]:
    """The items of `index` whose first need has one of `words`, and those with none, in
    order."""
    always, by_word = index
    found = set(always)
    for word in by_word.keys() & words:
        found.update(by_word[word])
    return sorted(found)


# A phrase as a matcher takes it: the words it may begin with (None: any; "word*" too),
# those prefixes, the phrase parsed, and the words it needs in the sentence it begins in.
Possible = tuple[frozenset[str] | None, tuple[str, ...], Node, Needs]
# A phrase's parts: each as a matcher takes it, the words each needs in the text (() when
# the phrase's own needs, tested first, are all), and the parts by their first need.
Split = tuple[list[Possible], list[Needs], Index]


class PhraseSet:
    """A list of phrases, parsed once: for each, the words it can begin with and the words
    it needs (kept.Entry), and an index of the phrases by the words of their first need (the
    rarest), so that a text looks up its own words instead of every phrase being tried on
    every text (a file of many short drafts is mostly that). A phrase's parsed form is
    read from the cache when a text first has the words it needs."""

    def __init__(self, phrases: Sequence[str]) -> None:
        self.phrases = tuple(phrases)
        self.entries, self.parsed = _compiled(self.phrases)
        # A phrase with no full stop or "!" of its own matches inside one sentence (a gap
        # stops at its end; a "?" in a phrase marks an item optional, never the mark
        # itself): its needs can be tested on that sentence's words.
        self.in_one_sentence = [SENTENCE_END.isdisjoint(phrase.replace("...", "")
                                                        .replace("?", ""))
                                for phrase in self.phrases]
        self.split: dict[int, Split] = {}  # each phrase as `parts` gives it
        self.index = by_first_need([needed for _, needed, _ in self.entries])

    def matcher(self, text: Text) -> Matcher | None:
        """For one text: the phrases that may occur in it, by the tokens they may begin at;
        None if none may."""
        words = text.words
        entries = self.entries
        possible: list[Possible] = []
        for index in having(self.index, words):
            if all(not need.isdisjoint(words) for need in entries[index][1]):
                parts, wanted, index_of_parts = self.parts(index)
                possible += [parts[at] for at in having(index_of_parts, words)
                             if all(not need.isdisjoint(words) for need in wanted[at])]
        return Matcher(possible, text) if possible else None

    def parts(self, index: int) -> Split:
        """The phrase at `index` as a matcher tries it, worked out on first use. A phrase
        that is one group of alternatives ("(your fault|you are to blame|...)") is tried
        as its alternatives, each with its own first words and needs: most are ruled out
        by the words they need, where the group, which begins with "you" or "the", would
        be tried at every "you" and "the". The longest match at each place is the group's."""
        found = self.split.get(index)
        if found is None:
            parsed = self.parsed_at(index)
            first, needed, _ = self.entries[index]
            items = parsed[1]
            # Each piece: its first words, its needs in the text and in its sentence, itself.
            pieces: list[tuple[Iterable[str] | None, Needs, Needs, Node]] = []
            if len(items) == 1 and not items[0][1] and items[0][0][0] == ALT:
                for option in items[0][0][1]:
                    wanted = tuple(sorted(needs(option), key=rarity))
                    pieces.append((firsts(option), wanted, wanted, option))
            else:  # the phrase whole, whose needs in the text are tested already
                pieces.append((first, (), needed, parsed))
            parts = [(None if begins is None else frozenset(begins),
                      tuple(word[:-1] for word in begins or () if word.endswith("*")), node,
                      in_sentence if self.in_one_sentence[index] else ())
                     for begins, _, in_sentence, node in pieces]
            in_text = [wanted for _, wanted, _, _ in pieces]
            found = self.split[index] = (parts, in_text, by_first_need(in_text))
        return found

    def parsed_at(self, index: int) -> Node:
        """The phrase at `index`, parsed: read from the cache on first use (parsed again if
        that fails: damaged)."""
        found = self.parsed.get(index)
        if found is None:
            found = kept.parsed(self.entries[index][2]) or parse(self.phrases[index])
            self.parsed[index] = found
        return found


class Matcher:
    """The phrases that may occur in one text, by the tokens they may begin at (`starts`).

    A phrase matches inside one sentence, so it is tried at a place only when that sentence
    has the words it needs: in a long text that has them all somewhere, most of its many
    starts ("I", "you") are ruled out at once, and the work stays in step with the length
    of the text. The places are looked up by the words of the text (`Text.places`), not
    read token by token: most of a text's words begin no phrase of a list."""

    def __init__(self, phrases: list[Possible], text: Text) -> None:
        """`phrases`: as `Possible` says; the needs () for a phrase that may run past the
        end of a sentence."""
        self.tokens = text.tokens
        self.at: dict[int, list[Node]] = {}  # the phrases that may begin at a token
        places, sentence_of = text.places, text.sentence_of
        for first, prefixes, parsed, needed in phrases:
            if first is None:
                begins: Iterable[int] = range(len(self.tokens))
            else:
                words = first & text.words
                if prefixes:
                    words |= {word for word in places if word.startswith(prefixes)}
                begins = [at for word in words for at in places[word]]
            if needed:  # each sentence it may begin in asked once
                sentences = {sentence_of[at] for at in begins}
                sentences = {sentence for sentence in sentences if all(
                    not need.isdisjoint(text.sentence_words[sentence]) for need in needed)}
                begins = [at for at in begins if sentence_of[at] in sentences]
            for at in begins:
                self.at.setdefault(at, []).append(parsed)
        self.starts = sorted(self.at)

    def longest(self, at: int) -> int | None:
        """The end (token index) of the longest phrase that begins at token `at` (one of
        `starts`), or None."""
        best = None
        for parsed in self.at[at]:
            found = ends(parsed, self.tokens, at)
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
        needed = sorted(needs(parsed[index]), key=rarity)
        entries.append((None if first is None else frozenset(first), tuple(needed),
                        kept.plain(parsed[index])))
    kept.store(phrases, entries)
    return entries, parsed
