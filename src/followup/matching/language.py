"""The phrase language the checker's lists are written in, parsed into a tree of nodes.

A node is plain data, a tuple whose first item says what it is: (WORD, word),
(PREFIX, word) for `word*`, (ANY,) for `_`, (NUMBER,) for `#`, (GAP,) for `...`,
(SEQ, ((node, optional), ...)), (ALT, (node, ...)) for `(a|b c)`, and two quicker
forms of a group: (WORDS, frozenset of single words), and (TRIE, branches) for
alternatives of plain words followed word by word, `branches` mapping a word to
(whether an alternative ends there, the branches that may follow). Plain data, so
that the cache folder keeps parsed phrases as marshal data, read back as they were.
"""

from __future__ import annotations

import re
from typing import Any

from followup.matching.text import normalize, tokens


class PhraseError(ValueError):
    """A phrase that does not follow the phrase language (a bug in a phrase list)."""


WORD, PREFIX, ANY, NUMBER, GAP, SEQ, ALT, WORDS, TRIE = (
    "word", "prefix", "_", "#", "...", "seq", "alt", "words", "trie")
Node = tuple[Any, ...]  # (kind, *what it holds), as above
Branches = dict[str, tuple[bool, "Branches"]]
_TRIE_LIMIT = 64  # alternatives spelt out at most, for a Trie

# Only parsing uses these, and the parsed lists are kept in the cache folder: compiled (by
# re's own cache) on first use, not at import.
_SYNTAX = r"\.\.\.|[()|?]|[^\s()|?]+"
_PLAIN = r"[^\W_\d]+(?:'\w+)*\*?"


def parse(phrase: str) -> Node:
    """A phrase as a (SEQ, items) node; a PhraseError if it breaks the language."""
    pieces = re.findall(_SYNTAX, normalize(phrase).text)
    position, sequence = _sequence(pieces, 0, phrase)
    if position != len(pieces):
        raise PhraseError(f"unbalanced ')' in phrase {phrase!r}")
    return sequence


def _sequence(pieces: list[str], position: int, phrase: str) -> tuple[int, Node]:
    items: list[tuple[Node, bool]] = []
    while position < len(pieces) and pieces[position] not in (")", "|"):
        piece = pieces[position]
        node: Node
        if piece == "...":
            if not any(not optional for _, optional in items):
                raise PhraseError(f"a phrase cannot begin with '...': {phrase!r}")
            node, position = (GAP,), position + 1
        elif piece == "(":
            position, node = _group(pieces, position + 1, phrase)
        elif piece == "?":
            raise PhraseError(f"'?' must follow a word or a group: {phrase!r}")
        else:
            node, position = _chunk(piece), position + 1
        optional = position < len(pieces) and pieces[position] == "?"
        position += optional
        items.append((node, optional))
    if all(optional or node[0] == GAP for node, optional in items):
        raise PhraseError(f"a phrase or alternative needs a required word: {phrase!r}")
    return position, (SEQ, tuple(items))


def _group(pieces: list[str], position: int, phrase: str) -> tuple[int, Node]:
    options: list[Node] = []
    while True:
        position, option = _sequence(pieces, position, phrase)
        items = option[1]
        single = len(items) == 1 and not items[0][1]
        options.append(items[0][0] if single else option)
        if position >= len(pieces):
            raise PhraseError(f"unclosed '(' in phrase {phrase!r}")
        if pieces[position] == ")":
            break
        position += 1  # "|"
    if all(option[0] == WORD for option in options):
        return position + 1, (WORDS, frozenset(option[1] for option in options))
    spelt: list[tuple[str, ...]] = []
    for node in options:
        spelt += _spell(node) or [()]
    if all(spelt) and len(spelt) <= _TRIE_LIMIT:
        return position + 1, (TRIE, _trie(spelt))
    return position + 1, (ALT, tuple(options))


def _spell(node: Node) -> list[tuple[str, ...]]:
    """Every word sequence a node of plain words matches; [] if it has anything else."""
    kind = node[0]
    if kind == WORD:
        return [(node[1],)]
    if kind == WORDS:
        return [(text,) for text in sorted(node[1])]
    if kind == TRIE:
        return _spell_branches(node[1])
    if kind == SEQ and all(not optional for _, optional in node[1]):
        spelt: list[tuple[str, ...]] = [()]
        for item, _ in node[1]:
            options = _spell(item)
            if not options or len(spelt) * len(options) > _TRIE_LIMIT:
                return []
            spelt = [done + option for done in spelt for option in options]
        return spelt
    return []


def _spell_branches(branches: Branches) -> list[tuple[str, ...]]:
    return [(word, *rest) for word, (end, child) in branches.items()
            for rest in ([()] if end else []) + _spell_branches(child)]


def _trie(sequences: list[tuple[str, ...]]) -> Branches:
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for sequence in sequences:
        firsts.setdefault(sequence[0], []).append(sequence[1:])
    return {word: (any(not rest for rest in rests), _trie([rest for rest in rests if rest]))
            for word, rests in firsts.items()}


def _chunk(piece: str) -> Node:
    """One run of non-space characters: a word, or words and punctuation that touch."""
    prefix = piece.endswith("*") and len(piece) > 1
    if re.fullmatch(_PLAIN, piece):
        return (PREFIX if prefix else WORD, piece.rstrip("*").lower())
    nodes: list[Node] = []
    for token in tokens(piece[:-1] if prefix else piece):
        if token.text == "_":
            nodes.append((ANY,))
        elif token.text == "#":
            nodes.append((NUMBER,))
        else:
            nodes.append((WORD, token.text))
    if prefix:
        if nodes[-1][0] != WORD:
            raise PhraseError(f"'*' must end a word: {piece!r}")
        nodes[-1] = (PREFIX, nodes[-1][1])
    return nodes[0] if len(nodes) == 1 else (SEQ, tuple((node, False) for node in nodes))
