"""A text as the matcher reads it: contractions spelt out (normalize), cut into words and
punctuation (tokens), and prepared once for all the phrase lists (prepare), with the indexes
every list's matcher reads: where each word stands, and the words of each sentence.

Contractions equal their long forms, in phrases and drafts alike: "haven't" is "have not",
"I'm" is "I am", "can't" and "cannot" are "can not", "it's" is "it is"; curly apostrophes
are straight ones. The normalized text keeps where each of its characters came from."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

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


# A word (letters, digits, inner apostrophes) or one other visible character.
_TOKEN = re.compile(r"\w+(?:'\w+)*|\S")


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


SENTENCE_END = frozenset(".!?")  # a gap stops at these, and a sentence ends


class Text(msgspec.Struct, frozen=True):
    """A text prepared once for all the lists: normalized, cut into tokens, and indexed.

    The indexes are built here, once, rather than by each list's matcher (a draft is
    checked against some thirty lists, subject and body): where each word stands, so that
    a matcher looks up the places its phrases may begin instead of reading every token;
    and the sentence of each token with the words of each sentence, so that a phrase is
    tried only where its sentence has the words it needs."""

    original: str
    normalized: Normalized
    tokens: list[Token]
    words: set[str]
    places: dict[str, list[int]]  # each word's token indices, in order
    sentence_of: list[int]  # each token's sentence (one ends at its ".", "!" or "?")
    sentence_words: list[set[str]]  # the words of each sentence

    @classmethod
    def of(cls, original: str, normalized: Normalized, found: list[Token]) -> Text:
        """`found`, tokens of `normalized`, prepared: its indexes built."""
        places: dict[str, list[int]] = {}
        sentence_of: list[int] = []
        sentence_words: list[set[str]] = [set()]
        for at, token in enumerate(found):
            places.setdefault(token.text, []).append(at)
            sentence_of.append(len(sentence_words) - 1)
            sentence_words[-1].add(token.text)
            if token.text in SENTENCE_END:
                sentence_words.append(set())
        return cls(original, normalized, found, set(places), places, sentence_of,
                   sentence_words)


@functools.lru_cache(maxsize=4)  # the body, prepared to guess the situation and to check it
def prepare(text: str) -> Text:
    normalized = normalize(text)
    return Text.of(text, normalized, tokens(normalized.text))
