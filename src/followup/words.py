"""Reading a draft's text: its parts (greeting, body, sign-off), word counts, likeness.

Length rules count the body only, so the greeting and the sign-off with the
signature under it are split off first, for built-in and hand-written drafts alike.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

import msgspec

# Patterns are matched against text with typographic apostrophes and dashes read as their
# plain forms, one character for one, so offsets stay true: a non-ASCII character in a
# character class makes a pattern cost ten times as much to compile, and every draft
# command compiles these.
_PLAIN_APOSTROPHES = str.maketrans("’", "'")
_PLAIN_PUNCTUATION = str.maketrans("’–—", "'--")
# Likewise letters are folded as a case-blind pattern (re.IGNORECASE) would match them, one
# character for one: the ASCII capitals, and the four letters `re` matches with ASCII ones
# (İ and ı with i, the Kelvin sign with k, ſ with s). A lower-case pattern then finds in
# folded text exactly what the case-blind one finds in the original, and compiles in half
# the time.
CASE_BLIND = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u212a\u017f",
                           "abcdefghijklmnopqrstuvwxyziiks")
_PLAIN_FOLDED = str.maketrans({**_PLAIN_PUNCTUATION, **CASE_BLIND})
_WORD = re.compile(r"\w[\w'-]*")  # what counts as a word for the length rules
# "Dear Priya," "Hi Sam -" "Good morning Dr. Shah:": a greeting word, then at most a few
# words of name (periods allowed, for "Dr."), ending the line.
_GREETING = re.compile(
    r"^(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day))\b")
_GREETING_NAME = 80  # characters
_INITIALS = r"(?:[^\W\d_]\.)+"  # "j.", "j.t." (on folded text; compiled on first use)
_GREETING_WORDS = 8
# A first line of a few capitalised words and a comma, such as "Priya," or "Ms Shah,".
_NAME_GREETING = re.compile(r"^(?:[^\W\d_][\w'.-]*\s+){0,3}[^\W\d_][\w'.-]*,$")
_SIGN_OFFS = (
    "best wishes", "with best wishes", "best regards", "kind regards", "kindest regards",
    "with kind regards", "warm regards", "warmest regards", "warm wishes", "warmest wishes",
    "regards", "many thanks", "many thanks again", "thanks again", "thank you again",
    "with thanks", "with many thanks", "thanks so much", "thank you so much", "thanks very much",
    "thank you very much", "thank you", "thanks", "all the best", "all best", "best",
    "yours sincerely", "sincerely yours", "yours faithfully", "yours truly", "sincerely",
    "respectfully", "yours", "warmly", "cheers", "take care", "speak soon",
    "with respect", "respectfully yours", "yours respectfully", "with gratitude", "gratefully",
    "with appreciation", "thanking you", "best wishes and thanks",
    "thanks & regards", "thanks and regards",  # Indian English's usual sign-off
    # Sign-offs of New Zealand (te reo Māori) and Ireland (Irish) that a signature may hold.
    "ngā mihi", "nga mihi", "ngā mihi nui", "nga mihi nui", "nāku noa, nā", "mauri ora",
    "le meas", "is mise le meas", "slán", "beir bua")
# What may follow a sign-off on its line: punctuation, then perhaps a capitalised name.
# (`\s*(?:-\s*)?`, not `\s*-?\s*`: two runs of spaces side by side try every split of a long run.)
_AFTER_SIGN_OFF = re.compile(r"[,.!]*(?:\s*(?:-\s*)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})?")
_SIGNATURE_LINES = 8  # a sign-off further from the end than this is part of the body
# Without a sign-off, a last paragraph this small, with no sentence in it, is a signature.
_BARE_SIGNATURE_LINES = 4
_BARE_SIGNATURE_WORDS = 6


# Structs, not NamedTuples (here and for the other values a draft passes through): a
# NamedTuple class takes about 150 µs to create, a Struct 20 µs, at every start-up.
class Parts(msgspec.Struct, frozen=True):
    greeting: str
    body: str
    sign_off: str


class Layout(msgspec.Struct, frozen=True):
    """Where a draft's parts are, by line index (0-based) in `text.split("\n")`."""

    greeting: int | None  # the greeting's line
    body: tuple[int, int]  # [first, last + 1) of the body, blank lines at either end left out
    sign_off: int | None  # the first line of the sign-off and signature, to the end


@functools.lru_cache(maxsize=8)  # a draft is measured, split and checked: read it once
def layout(text: str) -> Layout:
    """Greeting (the first line, if it greets), body, and sign-off with the signature."""
    lines = text.split("\n")
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if not filled:
        return Layout(None, (0, 0), None)
    first, last = filled[0], filled[-1]
    greeting = first if is_greeting(lines[first]) else None
    start = first + 1 if greeting is not None else first
    sign_off = None
    for index in range(last, max(start - 1, last - _SIGNATURE_LINES), -1):
        if is_sign_off(lines[index]) or lines[index].rstrip() == "--":
            sign_off = index
            break
    if sign_off is None:
        sign_off = _bare_signature(lines, start, last)
    end = sign_off if sign_off is not None else last + 1
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return Layout(greeting, (start, end), sign_off)


def is_greeting(line: str) -> bool:
    line = line.strip().translate(_PLAIN_FOLDED)
    match = _GREETING.match(line)
    if match:
        # The name: the rest of the line, less one closing , : ! or - and the spaces before
        # it (read, not matched: a pattern ending in `\s*[,:!-]?$` backtracks through every
        # run of spaces in a long line).
        name = line[match.end():]
        closed = name.endswith((",", ":", "!", "-"))
        name = (name[:-1] if closed else name).rstrip()
        if len(name) <= _GREETING_NAME and "!" not in name and "?" not in name:
            return len(name.split()) <= _GREETING_WORDS and _name_ends(name, closed=closed)
    return bool(_NAME_GREETING.match(line))


def _name_ends(name: str, *, closed: bool) -> bool:
    """Whether a greeting's name ends as a name does (TY3 counts paragraphs after it). A
    full stop ends a sentence ("Hi, thanks for today."), unless it closes an initial or a
    title the comma then follows ("Dear J.T.," "Dear Dr. Shah Jr.,"), or the line ends
    with initials ("Hi R.J.")."""
    return not name.endswith(".") or closed or \
        re.fullmatch(_INITIALS, name.rsplit(maxsplit=1)[-1]) is not None


def is_sign_off(line: str) -> bool:
    """"Best wishes," "Thanks - Jordan" "Kind regards, Jordan Lee": a closing phrase (any
    case), then perhaps a name on the same line. Matched by prefix rather than by one
    case-blind pattern, which would cost more to compile than a draft takes to check."""
    line = line.strip().translate(_PLAIN_PUNCTUATION)
    return any(line[:len(phrase)].lower() == phrase
               and _AFTER_SIGN_OFF.fullmatch(line, len(phrase)) is not None
               for phrase in _SIGN_OFFS)


def _bare_signature(lines: list[str], start: int, last: int) -> int | None:
    """The last paragraph, if it looks like a name and contact details rather than prose."""
    top = last
    while top > start and lines[top - 1].strip():
        top -= 1
    if top <= start or last - top + 1 > _BARE_SIGNATURE_LINES:
        return None  # the only paragraph, or too long to be a signature
    block = [line.strip() for line in lines[top:last + 1]]
    if any(len(line.split()) > _BARE_SIGNATURE_WORDS or line[-1] in ".!?:;,"
           for line in block):
        return None
    return top


def split(text: str) -> Parts:
    """Greeting (the first line, if it greets), body, and sign-off with the signature."""
    lines = text.split("\n")
    found = layout(text)
    greeting = lines[found.greeting] if found.greeting is not None else ""
    sign_off = "\n".join(lines[found.sign_off:]).strip("\n") if found.sign_off is not None \
        else ""
    return Parts(greeting, "\n".join(lines[slice(*found.body)]), sign_off)


def without_asides(text: str) -> str:
    """The text without its asides in brackets: "Analyst (Risk team)" is "Analyst"."""
    # compiled on first use (re's own cache): most drafts have no brackets to take out
    return re.sub(r"\s*\([^()]*\)", "", text) if "(" in text else text


def words(text: str) -> list[str]:
    return [text[match.start():match.end()] for match in word_spans(text)]


def word_spans(text: str) -> Iterator[re.Match[str]]:
    """Where the words of `text` are (a match's text has plain apostrophes)."""
    return _WORD.finditer(text.translate(_PLAIN_APOSTROPHES))


def paragraphs(text: str) -> list[str]:
    return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


def body_words(text: str) -> int:
    """Words in the body, greeting and sign-off not counted (TY3, CI4, CI7)."""
    return len(words(split(text).body))


def similarity(first: str, second: str) -> float:
    """Word-level likeness of two texts, 0 to 1 (TY5 compares notes with it)."""
    import difflib

    return difflib.SequenceMatcher(None, [w.lower() for w in words(first)],
                                   [w.lower() for w in words(second)], autojunk=False).ratio()


def similarity_above(first: Sequence[str], second: Sequence[str],
                     limit: float) -> float | None:
    """The likeness of two texts given as their words (lower case), as `similarity`, if it
    is above `limit`, else None. Cheaper: a bound from the words alone, whatever their
    order, rules most pairs out first. The cost grows with the product of the two lengths:
    the caller bounds them."""
    import difflib

    matcher = difflib.SequenceMatcher(None, first, second, autojunk=False)
    if matcher.real_quick_ratio() <= limit or matcher.quick_ratio() <= limit:
        return None
    ratio = matcher.ratio()
    return ratio if ratio > limit else None


def first_sentence(text: str) -> str:
    body = split(text).body.strip()
    return re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0] if body else ""
