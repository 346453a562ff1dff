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
    Node,
)
from followup.matching.text import Token

_NUMBER = r"\d{1,4}(?:st|nd|rd|th)?"  # compiled on first use: few phrases have a number
_SENTENCE_END = frozenset(".!?")
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
        for option in node[1]:
            found |= ends(option, text, at)
        return found
    if kind == GAP:  # up to GAP_CHARACTERS on, inside the sentence
        found, position = {at}, at
        limit = text[at - 1].end + GAP_CHARACTERS if at else GAP_CHARACTERS
        while position < len(text) and text[position].end <= limit \
                and text[position].text not in _SENTENCE_END:
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
    if kind in (WORDS, TRIE):
        return [frozenset(node[1])]
    if kind == SEQ:
        return [need for item, optional in node[1] if not optional
                for need in needs(item)]
    if kind == ALT:
        found = [needs(option) for option in node[1]]
        if all(found):
            return [frozenset().union(*(first[0] for first in found))]
    return []
