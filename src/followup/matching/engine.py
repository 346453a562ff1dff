"""How a parsed phrase meets a text: where it can end from a token, the words it can begin
with, and the words it cannot match without (the quick tests that rule phrases out)."""

from __future__ import annotations

import re

from followup.matching.language import (
    ALT,
    GAP,
    NUMBER,
    PREFIX,
    SEQ,
    TRIE,
    WORD,
    WORDS,
    Branches,
    Node,
)
from followup.matching.text import SENTENCE_END, Token

_NUMBER = r"\d{1,4}(?:st|nd|rd|th)?"  # compiled on first use: few phrases have a number
GAP_CHARACTERS = 60


def ends(node: Node, text: list[Token], at: int) -> set[int]:
    """Every token index at which `node`, starting at token `at`, can end."""
    kind = node[0]
    if kind == SEQ:
        positions = {at}
        for item, optional in node[1]:
            following: set[int] = set()
            for position in positions:
                following |= ends(item, text, position)
            positions = following | positions if optional else following
            if not positions:
                return positions
        return positions
    if kind == ALT:
        found: set[int] = set()
        for option in _options(node, text[at].text if at < len(text) else None):
            found |= ends(option, text, at)
        return found
    if kind == GAP:  # up to GAP_CHARACTERS on, inside the sentence
        found, position = {at}, at
        limit = text[at - 1].end + GAP_CHARACTERS if at else GAP_CHARACTERS
        while position < len(text) and text[position].end <= limit \
                and text[position].text not in SENTENCE_END:
            position += 1
            found.add(position)
        return found
    if at >= len(text):
        return set()
    token = text[at]
    if kind == WORD:
        hit = token.text == node[1]
    elif kind == WORDS:
        hit = token.text in node[1]
    elif kind == TRIE:
        found, branches, position = set(), node[1], at
        while position < len(text) and text[position].text in branches:
            end, branches = branches[text[position].text]
            position += 1
            if end:
                found.add(position)
        return found
    elif kind == PREFIX:
        hit = token.text.startswith(node[1])
    elif kind == NUMBER:
        hit = bool(re.fullmatch(_NUMBER, token.text))
    else:  # ANY
        hit = token.word
    return {at + 1} if hit else set()


# Alternatives by the word they begin with, for the long groups of the tone model's cues
# ("(rude|arrogant|... |a waste of time|...)"): most fail at the first word, and trying
# each at every place is most of a long draft's checking. Keyed by the group's id, the
# group kept beside it: parsed phrases live as long as the process's phrase lists.
_BY_FIRST_WORD: dict[int, tuple[Node, dict[str, list[Node]], list[tuple[tuple[str, ...], Node]],
                                list[Node]]] = {}
_INDEXED = 5  # alternatives in a group from which it is indexed


def _options(node: Node, word: str | None) -> list[Node] | tuple[Node, ...]:
    """The alternatives of an ALT `node` that may match at a token `word` (None: the end)."""
    options: tuple[Node, ...] = node[1]
    if len(options) < _INDEXED:
        return options
    index = _BY_FIRST_WORD.get(id(node))
    if index is None or index[0] is not node:
        by_word: dict[str, list[Node]] = {}
        prefixed: list[tuple[tuple[str, ...], Node]] = []
        anywhere: list[Node] = []
        for option in options:
            first = firsts(option)
            if first is None or _empty(option):
                anywhere.append(option)
            elif any(each.endswith("*") for each in first):
                prefixed.append((tuple(each.rstrip("*") for each in first), option))
            else:
                for each in first:
                    by_word.setdefault(each, []).append(option)
        index = _BY_FIRST_WORD[id(node)] = (node, by_word, prefixed, anywhere)
    _, by_word, prefixed, anywhere = index
    if word is None:
        return anywhere
    return by_word.get(word, []) + [option for starts, option in prefixed
                                    if word.startswith(starts)] + anywhere


def _empty(node: Node) -> bool:
    """Whether `node` can match no words at all (a gap, or optional items only)."""
    kind = node[0]
    if kind == GAP:
        return True
    if kind == SEQ:
        return all(optional or _empty(item) for item, optional in node[1])
    if kind == ALT:
        return any(_empty(option) for option in node[1])
    return False


def firsts(node: Node) -> set[str] | None:
    """The words a match can begin with ('word*' as 'word*'), or None for any word."""
    kind = node[0]
    if kind == WORD:
        return {node[1]}
    if kind == PREFIX:
        return {node[1] + "*"}
    if kind in (WORDS, TRIE):
        return set(node[1])
    if kind == ALT:
        found: set[str] = set()
        for option in node[1]:
            first = firsts(option)
            if first is None:
                return None
            found |= first
        return found
    if kind == SEQ:
        found = set()
        for item, optional in node[1]:
            first = firsts(item)
            if first is None:
                return None
            found |= first
            if not optional:
                return found
        return found
    return None


def needs(node: Node) -> list[frozenset[str]]:
    """Words a match must contain, as a list of sets of which each needs one word in the
    text: a quick test that rules most phrases out before any matching is tried."""
    kind = node[0]
    if kind == WORD:
        return [frozenset({node[1]})]
    if kind == WORDS:
        return [frozenset(node[1])]
    if kind == TRIE:
        return [frozenset(_spelt_needs(node[1]))]
    if kind == SEQ:
        return [need for item, optional in node[1] if not optional
                for need in needs(item)]
    if kind == ALT:  # one word of the rarest need of each alternative
        found = [needs(option) for option in node[1]]
        if all(found):
            return [frozenset().union(*(min(each, key=rarity) for each in found))]
    return []


def _spelt_needs(branches: Branches, first: str = "", rare: str = "") -> set[str]:
    """A word of each alternative a trie spells: its first that is not common, else its
    first: "(the least you could do|you owe me)" needs "least" or "owe", where its first
    words, "the" or "you", are in most drafts."""
    found: set[str] = set()
    for word, (end, following) in branches.items():
        starts, uncommon = first or word, rare or ("" if word in _COMMON else word)
        if end:
            found.add(uncommon or starts)
        found |= _spelt_needs(following, starts, uncommon)
    return found


# Words most drafts have: a phrase's other words rule it out sooner.
_COMMON = frozenset({"i", "you", "the", "a", "an", "to", "is", "am", "are", "was", "not", "have",
                     "has", "will", "would", "be", "been", "my", "your", "me", "it", "this",
                     "that", "of", "for", "and", "in", "on", "with", "do", "can", "we"})


def rarity(need: frozenset[str]) -> tuple[bool, int]:
    """A need's sort key, the one that rules out most texts first: none of its words common,
    then the fewest words."""
    return bool(need & _COMMON), len(need)
