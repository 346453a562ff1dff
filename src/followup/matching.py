"""Finding the checker's phrases in a draft: a small phrase language, contractions, negation.

The phrase lists (guidance/phrases.py) are written in this language:

    words        whole words, in any case, one after another (spaces, line breaks or a
                 hyphen between them; no other punctuation)
    word*        any ending: `disappoint*` matches disappointed, disappointing
    (a|b c)      one of the alternatives, each one or more words
    item?        the word or (group) before the `?` may be absent
    _            any one word
    #            a number, perhaps with st, nd, rd or th: `# (December|Dec)`, `#/#`
    ...          a gap of up to 60 characters inside one sentence
    : . / !      punctuation written next to a word must follow it: `urgent:`

Contractions equal their long forms, in phrases and drafts alike: "haven't" is
"have not", "I'm" is "I am", "can't" and "cannot" are "can not", "it's" is
"it is"; curly apostrophes are straight ones. So a list names each phrase once.

Negation: a match is dropped when one of "not", "no", "never", "without",
"nothing", "nobody", "hardly", "neither", "nor" stands among the three words
before it in the same clause (no comma, semicolon, colon, sentence end, dash,
bracket or "but" in between): "this is not urgent", "I don't need an answer by
Friday". "not only" and "not just" are not negation. A phrase that is bad *with*
its negation says so itself ("still have not heard", "can not afford to lose").

Matching works on words, not regular expressions: Python's `re` took several
times longer to compile these lists, and every draft command checks what it
renders. A list is parsed once per process; for each text, the phrases whose
required words are absent are ruled out before any matching is tried.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Union

import msgspec

from followup.words import CASE_BLIND

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"'})
# Matched case-blind, on text folded by words.CASE_BLIND (quicker to compile than
# re.IGNORECASE); the words kept come from the original text, in its own case.
_CONTRACTION = re.compile(
    r"\b(?:(?P<wont>won't)|(?P<cant>can't|cannot)|(?P<shant>shan't)|(?P<aint>ain't)"
    r"|(?P<nt>\w+)n't|(?P<is>it|that|there|here|what|who|he|she|where|how|this)'s"
    r"|(?P<stem>\w+)'(?P<tail>m|re|ve|ll|d))\b")
_TAILS = {"m": "am", "re": "are", "ve": "have", "ll": "will", "d": "would"}

# A word (letters, digits, inner apostrophes) or one other visible character.
_TOKEN = re.compile(r"\w+(?:'\w+)*|\S")
_NUMBER = r"\d{1,4}(?:st|nd|rd|th)?"  # compiled on first use: few phrases have a number
_SENTENCE_END = frozenset(".!?")

NEGATORS = frozenset({"not", "no", "never", "without", "nothing", "nobody", "hardly",
                      "neither", "nor"})
NEGATION_WINDOW = 3  # words before a match
_CLAUSE_BREAKS = frozenset(",;:.!?()[]\"—–") | {"but", "however"}
_NOT_NEGATION = frozenset({"only", "just"})  # "not only", "not just"
GAP_CHARACTERS = 60


class Normalized(msgspec.Struct, frozen=True):
    """A text with contractions spelt out, and where each of its characters came from."""

    text: str
    origin: Sequence[int]  # index in the original text of each character, plus the end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for [start, end) of the normalized one."""
        return self.origin[start], (self.origin[end - 1] + 1 if end > start else
                                    self.origin[start])


def normalize(text: str) -> Normalized:
    text = text.translate(_APOSTROPHES)
    if "'" not in text and "cannot" not in text.lower():
        return Normalized(text, range(len(text) + 1))
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for match in _CONTRACTION.finditer(text.translate(CASE_BLIND)):
        start, end = match.span()
        pieces.append(text[last:start])
        origin.extend(range(last, start))
        replacement = _expand(match, text)
        pieces.append(replacement)
        origin.extend(start + min(k, end - start - 1) for k in range(len(replacement)))
        last = end
    pieces.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return Normalized("".join(pieces), origin)


def _expand(match: re.Match[str], text: str) -> str:
    """The long form of a contraction matched in folded text; its words as `text` has them."""
    def said(group: str) -> str:
        return text[match.start(group):match.end(group)]

    if match["wont"]:
        return "will not"
    if match["cant"]:
        return "can not"
    if match["shant"]:
        return "shall not"
    if match["aint"]:
        return "is not"
    if match["nt"]:
        return f"{said('nt')} not"
    if match["is"]:
        return f"{said('is')} is"
    return f"{said('stem')} {_TAILS[match['tail']]}"


class Token(msgspec.Struct, frozen=True):
    text: str  # lower case
    start: int  # in the normalized text
    end: int
    word: bool


def tokens(text: str) -> list[Token]:
    """Words and punctuation; a hyphen inside a word ("follow-up") is a space."""
    lower = text.lower()
    if len(lower) == len(text):  # lower case once, unless that moves characters ("İ")
        found = [Token(match[0], match.start(), match.end(),
                       match[0][0].isalnum() or match[0][0] == "_")
                 for match in _TOKEN.finditer(lower)]
    else:
        found = [Token(match[0].lower(), match.start(), match.end(),
                       match[0][0].isalnum() or match[0][0] == "_")
                 for match in _TOKEN.finditer(text)]
    if "-" not in text:
        return found
    return [token for index, token in enumerate(found) if not (
        token.text == "-" and 0 < index < len(found) - 1
        and found[index - 1].end == token.start == found[index + 1].start - 1
        and (found[index - 1].word or found[index - 1].text == "#")
        and (found[index + 1].word or found[index + 1].text == "#"))]


# ------------------------------------------------------------------ the phrase language


class PhraseError(ValueError):
    """A phrase that does not follow the phrase language (a bug in a phrase list)."""


class Word(msgspec.Struct, frozen=True):
    text: str
    prefix: bool = False  # word*


class AnyWord(msgspec.Struct, frozen=True):
    """_"""


class Number(msgspec.Struct, frozen=True):
    """#"""


class Gap(msgspec.Struct, frozen=True):
    """..."""


class Seq(msgspec.Struct, frozen=True):
    items: tuple[tuple[Node, bool], ...]  # (item, optional)


class Alt(msgspec.Struct, frozen=True):
    options: tuple[Node, ...]


class Words(msgspec.Struct, frozen=True):
    """(a|b|c) of single words: one look-up instead of one try each."""

    texts: frozenset[str]


class Trie(msgspec.Struct, frozen=True):
    """(I am|I was|I have been) of plain words: followed word by word, once.
    `branches` maps a word to (whether an alternative ends there, what may follow)."""

    branches: dict[str, tuple[bool, Trie]]


Node = Union[Word, AnyWord, Number, Gap, Seq, Alt, Words, Trie]  # noqa: UP007 - 3.10 alias
_TRIE_LIMIT = 64  # alternatives spelt out at most, for a Trie

# Only parsing uses these, and the parsed lists are kept in the cache folder: compiled (by
# re's own cache) on first use, not at import.
_SYNTAX = r"\.\.\.|[()|?]|[^\s()|?]+"
_PLAIN = r"[^\W_\d]+(?:'\w+)*\*?"


def parse(phrase: str) -> Seq:
    pieces = re.findall(_SYNTAX, normalize(phrase).text)
    position, sequence = _sequence(pieces, 0, phrase)
    if position != len(pieces):
        raise PhraseError(f"unbalanced ')' in phrase {phrase!r}")
    return sequence


def _sequence(pieces: list[str], position: int, phrase: str) -> tuple[int, Seq]:
    items: list[tuple[Node, bool]] = []
    while position < len(pieces) and pieces[position] not in (")", "|"):
        piece = pieces[position]
        node: Node
        if piece == "...":
            if not any(not optional for _, optional in items):
                raise PhraseError(f"a phrase cannot begin with '...': {phrase!r}")
            node, position = Gap(), position + 1
        elif piece == "(":
            position, node = _group(pieces, position + 1, phrase)
        elif piece == "?":
            raise PhraseError(f"'?' must follow a word or a group: {phrase!r}")
        else:
            node, position = _chunk(piece), position + 1
        optional = position < len(pieces) and pieces[position] == "?"
        position += optional
        items.append((node, optional))
    if all(optional or isinstance(node, Gap) for node, optional in items):
        raise PhraseError(f"a phrase or alternative needs a required word: {phrase!r}")
    return position, Seq(tuple(items))


def _group(pieces: list[str], position: int, phrase: str) -> tuple[int, Node]:
    options: list[Node] = []
    while True:
        position, option = _sequence(pieces, position, phrase)
        single = len(option.items) == 1 and not option.items[0][1]
        options.append(option.items[0][0] if single else option)
        if position >= len(pieces):
            raise PhraseError(f"unclosed '(' in phrase {phrase!r}")
        if pieces[position] == ")":
            break
        position += 1  # "|"
    if all(isinstance(option, Word) and not option.prefix for option in options):
        return position + 1, Words(frozenset(option.text for option in options
                                             if isinstance(option, Word)))
    spelt: list[tuple[str, ...]] = []
    for node in options:
        spelt += _spell(node) or [()]
    if all(spelt) and len(spelt) <= _TRIE_LIMIT:
        return position + 1, _trie(spelt)
    return position + 1, Alt(tuple(options))


def _spell(node: Node) -> list[tuple[str, ...]]:
    """Every word sequence a node of plain words matches; [] if it has anything else."""
    if isinstance(node, Word):
        return [] if node.prefix else [(node.text,)]
    if isinstance(node, Words):
        return [(text,) for text in sorted(node.texts)]
    if isinstance(node, Trie):
        return [(word, *rest) for word, (end, child) in node.branches.items()
                for rest in ([()] if end else []) + _spell(child)]
    if isinstance(node, Seq) and all(not optional for _, optional in node.items):
        spelt: list[tuple[str, ...]] = [()]
        for item, _ in node.items:
            options = _spell(item)
            if not options or len(spelt) * len(options) > _TRIE_LIMIT:
                return []
            spelt = [done + option for done in spelt for option in options]
        return spelt
    return []


def _trie(sequences: list[tuple[str, ...]]) -> Trie:
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for sequence in sequences:
        firsts.setdefault(sequence[0], []).append(sequence[1:])
    return Trie({word: (any(not rest for rest in rests),
                        _trie([rest for rest in rests if rest]))
                 for word, rests in firsts.items()})


def _chunk(piece: str) -> Node:
    """One run of non-space characters: a word, or words and punctuation that touch."""
    prefix = piece.endswith("*") and len(piece) > 1
    if re.fullmatch(_PLAIN, piece):
        return Word(piece.rstrip("*").lower(), prefix)
    nodes: list[Node] = []
    for token in tokens(piece[:-1] if prefix else piece):
        if token.text == "_":
            nodes.append(AnyWord())
        elif token.text == "#":
            nodes.append(Number())
        else:
            nodes.append(Word(token.text))
    if prefix:
        last = nodes[-1]
        if not isinstance(last, Word):
            raise PhraseError(f"'*' must end a word: {piece!r}")
        nodes[-1] = Word(last.text, True)
    return nodes[0] if len(nodes) == 1 else Seq(tuple((node, False) for node in nodes))


# ------------------------------------------------------------------ matching


def _ends(node: Node, text: list[Token], at: int) -> set[int]:
    """Every token index at which `node`, starting at token `at`, can end."""
    if isinstance(node, Seq):
        positions = {at}
        for item, optional in node.items:
            following: set[int] = set()
            for position in positions:
                following |= _ends(item, text, position)
            positions = following | positions if optional else following
            if not positions:
                return positions
        return positions
    if isinstance(node, Alt):
        ends: set[int] = set()
        for option in node.options:
            ends |= _ends(option, text, at)
        return ends
    if isinstance(node, Gap):
        ends, position = {at}, at
        limit = text[at - 1].end + GAP_CHARACTERS if at else GAP_CHARACTERS
        while position < len(text) and text[position].end <= limit \
                and text[position].text not in _SENTENCE_END:
            position += 1
            ends.add(position)
        return ends
    if at >= len(text):
        return set()
    token = text[at]
    if isinstance(node, Words):
        return {at + 1} if token.text in node.texts else set()
    if isinstance(node, Trie):
        ends, branches, position = set(), node.branches, at
        while position < len(text) and text[position].text in branches:
            end, child = branches[text[position].text]
            position += 1
            if end:
                ends.add(position)
            branches = child.branches
        return ends
    if isinstance(node, Word):
        hit = token.text.startswith(node.text) if node.prefix else token.text == node.text
    elif isinstance(node, Number):
        hit = bool(re.fullmatch(_NUMBER, token.text))
    else:
        hit = token.word
    return {at + 1} if hit else set()


def _firsts(node: Node) -> set[str] | None:
    """The words a match can begin with ('word*' as 'word*'), or None for any word."""
    if isinstance(node, Word):
        return {node.text + "*" if node.prefix else node.text}
    if isinstance(node, Words):
        return set(node.texts)
    if isinstance(node, Trie):
        return set(node.branches)
    if isinstance(node, Alt):
        found: set[str] = set()
        for option in node.options:
            first = _firsts(option)
            if first is None:
                return None
            found |= first
        return found
    if isinstance(node, Seq):
        found = set()
        for item, optional in node.items:
            first = _firsts(item)
            if first is None:
                return None
            found |= first
            if not optional:
                return found
        return found
    return None


def _needs(node: Node) -> list[frozenset[str]]:
    """Words a match must contain, as a list of sets of which each needs one word in the
    text: a quick test that rules most phrases out before any matching is tried."""
    if isinstance(node, Word):
        return [] if node.prefix else [frozenset({node.text})]
    if isinstance(node, Words):
        return [node.texts]
    if isinstance(node, Trie):
        return [frozenset(node.branches)]
    if isinstance(node, Seq):
        return [need for item, optional in node.items if not optional
                for need in _needs(item)]
    if isinstance(node, Alt):
        firsts = [_needs(option) for option in node.options]
        if all(firsts):
            return [frozenset().union(*(first[0] for first in firsts))]
    return []


# Words most drafts have: a phrase's other words rule it out sooner.
_COMMON = frozenset({"i", "you", "the", "a", "an", "to", "is", "am", "are", "was", "not", "have",
                     "has", "will", "would", "be", "been", "my", "your", "me", "it", "this",
                     "that", "of", "for", "and", "in", "on", "with", "do", "can", "we"})


class _Phrase:
    """A phrase's quick tests, and the phrase parsed. Read back from the cache folder, the
    parsed form stays pickled until a text has the words the phrase needs: a draft has the
    words of few phrases of a list, and unpickling every one cost more than checking."""

    __slots__ = ("_kept", "_parsed", "firsts", "needs", "source")

    def __init__(self, source: str, firsts: frozenset[str] | None,
                 needs: tuple[frozenset[str], ...], parsed: Seq | None = None,
                 kept: bytes = b"") -> None:
        self.source = source
        self.firsts = firsts  # None: any word
        self.needs = needs
        self._parsed = parsed
        self._kept = kept

    @property
    def parsed(self) -> Seq:
        if self._parsed is None:
            try:
                parsed = pickle.loads(self._kept)
            except Exception:  # damaged, or from another version: parse it again
                parsed = None
            self._parsed = parsed if isinstance(parsed, Seq) else parse(self.source)
            self._kept = b""
        return self._parsed

    def for_cache(self) -> tuple[frozenset[str] | None, tuple[frozenset[str], ...], bytes]:
        """What the cache folder keeps of it (marshal data)."""
        return self.firsts, self.needs, pickle.dumps(self.parsed, pickle.HIGHEST_PROTOCOL)


class PhraseSet:
    """A list of phrases, parsed once, each with the words it can begin with."""

    def __init__(self, phrases: Sequence[str]) -> None:
        self.phrases = _compiled(tuple(phrases))
        # Each phrase under the words of its first need (the rarest): a text looks up its
        # own words, instead of every phrase being tried on every text (a file of many
        # short drafts is mostly that).
        self.always = [index for index, phrase in enumerate(self.phrases) if not phrase.needs]
        self.by_word: dict[str, list[int]] = {}
        for index, phrase in enumerate(self.phrases):
            for word in phrase.needs[0] if phrase.needs else ():
                self.by_word.setdefault(word, []).append(index)

    def matcher(self, words: set[str]) -> _Matcher | None:
        """For a text with these words: the phrases that may occur in it, by first word."""
        found = set(self.always)
        if len(words) < len(self.by_word):
            hits = [word for word in words if word in self.by_word]
        else:
            hits = [word for word in self.by_word if word in words]
        for word in hits:
            found.update(self.by_word[word])
        possible = [self.phrases[index] for index in sorted(found)
                    if all(not need.isdisjoint(words) for need in self.phrases[index].needs)]
        return _Matcher(possible) if possible else None


class _Matcher:
    def __init__(self, phrases: list[_Phrase]) -> None:
        self.exact: dict[str, list[Seq]] = {}
        self.prefixed: list[tuple[str, Seq]] = []
        self.anywhere: list[Seq] = []
        for phrase in phrases:
            if phrase.firsts is None:
                self.anywhere.append(phrase.parsed)
                continue
            for first in phrase.firsts:
                if first.endswith("*"):
                    self.prefixed.append((first[:-1], phrase.parsed))
                else:
                    self.exact.setdefault(first, []).append(phrase.parsed)

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
            ends = _ends(parsed, text, at)
            if ends:
                best = max(max(ends), best or 0)
        return best


def _compile(phrase: str) -> _Phrase:
    parsed = parse(phrase)
    firsts = _firsts(parsed)
    needs = sorted(_needs(parsed), key=lambda need: (bool(need & _COMMON), len(need)))
    return _Phrase(phrase, None if firsts is None else frozenset(firsts), tuple(needs), parsed)


@functools.lru_cache(maxsize=256)
def compile_phrases(phrases: tuple[str, ...]) -> PhraseSet:
    """A list of phrases ready to match, built once per process."""
    return PhraseSet(phrases)


def _compiled(phrases: tuple[str, ...]) -> list[_Phrase]:
    """The parsed phrases, kept between runs: parsing the checker's lists costs more than
    checking a draft with them. Each phrase is kept as its quick tests and its parsed form
    pickled (the quickest to read back; the cache folder is the user's own, as trusted as
    the compiled templates beside it); the stamp is this module's, so a change to the phrase
    language parses them again."""
    from followup import cache

    # The module's own path is part of the key: two installs sharing one cache folder (a
    # development copy and a user's, say) each keep their own entries.
    key = hashlib.sha1("\n".join((__file__, *phrases)).encode(),
                       usedforsecurity=False).hexdigest()
    stamp = _stamp()
    kept = cache.load("checker", key, stamp) if stamp is not None else None
    if isinstance(kept, list) and len(kept) == len(phrases):
        try:
            return [_Phrase(phrase, firsts, needs, kept=parsed)
                    for phrase, (firsts, needs, parsed) in zip(phrases, kept, strict=True)]
        except (TypeError, ValueError):  # damaged, or from another version: parse again
            pass
    compiled = [_compile(phrase) for phrase in phrases]
    if stamp is not None:
        cache.store("checker", key, stamp, [phrase.for_cache() for phrase in compiled])
    return compiled


@functools.cache
def _stamp() -> list[int] | None:
    from followup import cache

    return cache.file_stamp(Path(__file__))


class Text(msgspec.Struct, frozen=True):
    """A text prepared once for all the lists: normalized and cut into tokens."""

    original: str
    normalized: Normalized
    tokens: list[Token]
    words: set[str]


@functools.lru_cache(maxsize=4)  # the body, prepared to guess the situation and to check it
def prepare(text: str) -> Text:
    normalized = normalize(text)
    found = tokens(normalized.text)
    return Text(text, normalized, found, {token.text for token in found})


class Match(msgspec.Struct, frozen=True):
    start: int  # in the original text
    end: int
    text: str


def find(phrases: Sequence[str], text: Text | str, *, negatable: bool = True) -> Iterator[Match]:
    """Each place in `text` where one of `phrases` occurs and is not negated; a match
    does not overlap the one before it."""
    prepared = text if isinstance(text, Text) else prepare(text)
    matcher = compile_phrases(tuple(phrases)).matcher(prepared.words)
    if matcher is None:
        return
    words = prepared.tokens
    done = 0
    for at in matcher.starts(words):
        if at < done:
            continue
        end = matcher.longest(words, at)
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
    return Text(text.original, text.normalized, inside, {token.text for token in inside})


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
            if token.text in NEGATORS and not (token.text == "not" and
                                               following in _NOT_NEGATION):
                return True
            seen += 1
        position -= 1
    return False
