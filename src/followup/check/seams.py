"""Seams (G2): where text was pasted into a fixed sentence and does not fit it: two
punctuation marks side by side, a capitalised word in mid-sentence, a greeting to a title
or a piece of a job title, and "I" followed by something that is not a verb. Closed word
lists (guidance.phrases.seams) rather than a dictionary: this runs on every draft."""

from __future__ import annotations

import bisect
import re

from followup.check.document import Finding, show
from followup.check.page import Page
from followup.guidance.phrases import seams as data
from followup.guidance.phrases.seams import Seam

_TOKEN = re.compile(r"\S+")
# Two or more marks, perhaps a space apart ("term..", "role,.", "subscriptions. , and"), or
# a word, spaces and a mark ("role ,and"). One pattern, its matches sorted out by hand:
# each pattern compiled costs start-up time, and lookarounds cost more.
_MARKS = re.compile(r"[.,;:!?](?:[ \t]?[.,;:!?])+|\w[ \t]+[,;:.]")
# The most of a word shown on either side of a mark: a line of marks and no spaces shows a
# piece of itself, not the whole line again for each mark (the square of its length).
_SHOWN = 60
_ADDRESS = 300  # the longest web address the marks inside it are let off for
_CLOSING = ".,;:!?)]}\"'’”"


def seams(page: Page) -> list[Finding]:
    """G2: the seams of the body (the subject is a template's words around the role)."""
    text = page.checked
    tokens = list(_TOKEN.finditer(text))
    findings = _greeting(page)
    findings += _punctuation(page, _Words(text, tokens))
    findings += _capitals(page, text, tokens)
    findings += [found for index, token in enumerate(tokens) if token[0] == "I"
                 if (found := _after_i(page, text, tokens, index)) is not None]
    return findings


def _finding(page: Page, seam: Seam, start: int, shown: str, profile: bool,
             **values: str) -> Finding:
    line, column = page.where(start)
    values["words"] = shown
    return Finding(seam.rule, seam.severity, line, column, shown, seam.says.format(**values),
                   (seam.from_profile if profile else seam.suggestion).format(**values))


# ---------------------------------------------------------------- the greeting


def _greeting(page: Page) -> list[Finding]:
    """'Dear Dr.,' 'Dear Hiring,': a greeting to an honorific or a job word alone."""
    index = page.layout.greeting
    if index is None:
        index = next((number for number, line in enumerate(page.lines) if line.strip()), None)
    if index is None:
        return []
    line = page.lines[index].strip()
    lowered = line.lower()
    opening = next((word for word in data.GREETING_WORDS if lowered.startswith(word + " ")),
                   None)
    if opening is None:
        return []
    name = line[len(opening):].strip().rstrip(",:!-").strip().split()
    if len(name) != 1:
        return []
    word = name[0].rstrip(".").lower()
    seam = data.GREETING_TITLE if word in data.HONORIFICS else \
        data.GREETING_ROLE if word in data.ROLE_WORDS else None
    if seam is None:
        return []
    # From the profile when a person there is named, or greeted, by this word.
    profile = any(value.split()[0].rstrip(".").lower() == word
                  for value in page.known.texts if value.strip())
    start = page.starts[index] + len(page.lines[index]) - len(page.lines[index].lstrip())
    return [_finding(page, seam, start, line, profile, word=name[0])]


# ---------------------------------------------------------------- punctuation


class _Words:
    """A text's words (runs of characters that are not spaces), found by offset."""

    def __init__(self, text: str, tokens: list[re.Match[str]]) -> None:
        self.text = text
        self.tokens = tokens
        self.starts = [token.start() for token in tokens]

    def start(self, offset: int) -> int:
        """Where the word that runs up to `offset` starts (`offset` after a space)."""
        index = bisect.bisect_right(self.starts, offset - 1) - 1
        return self.tokens[index].start() if index >= 0 and \
            self.tokens[index].end() >= offset else offset

    def end(self, offset: int, *, same: bool = True) -> int:
        """Where the word that runs on from `offset` ends; after a space, with `same`, the
        end of the next word on the line."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and self.tokens[index].end() > offset:
            return self.tokens[index].end()
        if same and index + 1 < len(self.tokens) and \
                self.text.find("\n", offset, self.starts[index + 1]) < 0:
            return self.tokens[index + 1].end()
        return offset

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The word before [start, end) and the word after, on its line, _SHOWN at most."""
        return max(self.start(start), start - _SHOWN), min(self.end(end), end + _SHOWN)


def _punctuation(page: Page, words: _Words) -> list[Finding]:
    findings = []
    text = words.text
    for match in _MARKS.finditer(text):
        start, end = match.span()
        if match[0][0] not in data.MARKS:
            findings += _spaced(page, words, start + 1, end)
            continue
        if text[end - 1] == "." and (text[end:end + 1].isalnum() or text[end:end + 1] == "_"):
            end = len(text[:end - 1].rstrip(" \t"))  # ".NET", ".eml": a name, not a mark
        marks = text[start:end].replace(" ", "").replace("\t", "")
        if len(marks) < 2 or _allowed(words, start, end, marks):
            continue
        first, last = words.around(start, end)
        keep = marks[0] if marks[0] in "?!" else marks[-1]
        fixed = show(text[first:start] + keep + text[end:last])
        field, closing = _field_ending(page, text[first:start], marks)
        findings.append(_finding(page, data.PUNCTUATION, first, show(text[first:last]),
                                 bool(field), fixed=fixed, field=field, mark=closing))
    return findings


def _field_ending(page: Page, word: str, marks: str) -> tuple[str, str]:
    """The end of the profile's text that ends with `word` and the first of `marks` (or
    more of them: "self-schedule??"), and the marks it ends with; ("", "") if none does."""
    if not word:
        return "", ""
    for value in page.known.texts:
        value = show(value)
        bare = value.rstrip(data.MARKS)
        closing = value[len(bare):]
        if closing and bare.endswith(word) and marks.startswith(closing):
            return _field_end(value), closing
    return "", ""


def _spaced(page: Page, words: _Words, start: int, end: int) -> list[Finding]:
    """Spaces at [start, end - 1) before the mark at end - 1: a space before a comma that
    is followed by a letter ("role ,and"), or several spaces before a mark at the end of a
    word ("launch  ."). One space before a mark and a space is leftovers' gap."""
    text = words.text
    after = text[end:end + 1]
    ending = not after or after.isspace()
    if not ((text[end - 1] == "," and after.isalpha()) or (end - start > 2 and ending)):
        return []
    first, last = words.around(start, end)
    fixed = show(f"{text[first:start]}{text[end - 1]} {text[end:last]}")
    return [_finding(page, data.STRAY_SPACE, first, show(text[first:last]), False,
                     fixed=fixed)]


def _allowed(words: _Words, start: int, end: int, marks: str) -> bool:
    """Marks that belong together: an ellipsis (", ..." too), exclamation marks (emphasis
    reports those), an abbreviation's full stop and a comma ("e.g.,"), marks between two
    letters or digits with no space ("std::", "1..10") and ".." in a path, and anything
    inside a web or email address."""
    text = words.text
    after, before = text[end:end + 1], text[start - 1:start]
    if set(marks) == {"!"} or "..." in marks or (".." in marks and "." in (before, after)):
        return True
    if after in ("/", "\\") or (after.isalnum() and before.isalnum()) or \
            (marks == ".." and not before.strip()):
        return True
    token_start, token_end = words.start(start), words.end(end, same=False)
    if len(marks) == 2 and marks[0] == "." and marks[1] in ",;:?" and \
            _abbreviation(text[token_start:start]):
        return True
    # An address: its start looked for nearby, so that a line of marks costs no more.
    token = text[max(token_start, start - _ADDRESS):min(token_end, end + _ADDRESS)]
    inside = text[end:min(token_end, end + _ADDRESS)].rstrip(_CLOSING) != ""
    return inside and ("://" in token or "@" in token or token.lower().startswith("www."))


def _abbreviation(word: str) -> bool:
    """'e.g', 'Ltd', 'J', 'Ph.D': a word whose full stop is not the end of a sentence (not
    'example.com', whose parts are longer)."""
    word = word.lstrip("(\"'‘“[")
    parts = [part.strip("-") for part in word.split(".")]  # "J.-P.": initials (round 40)
    return "".join(parts).isalpha() and (
        len(word) == 1 or word.lower() in data.ABBREVIATIONS
        or (len(parts) > 1 and all(1 <= len(part) <= 2 for part in parts)))


def _field_end(value: str) -> str:
    words = show(value).split()
    return ("..." if len(words) > 4 else "") + " ".join(words[-4:])


def _field_start(value: str) -> str:
    words = show(value).split()
    return " ".join(words[:4]) + ("..." if len(words) > 4 else "")


# ---------------------------------------------------------------- a capital mid-sentence


def _capitals(page: Page, text: str, tokens: list[re.Match[str]]) -> list[Finding]:
    """'learn The department': a word of the closed list, capitalised, between a word in
    lower case and a word in lower case on one line ("read The Guardian" is a name)."""
    findings = []
    greeting = page.layout.greeting
    for index in range(1, len(tokens) - 1):
        word = tokens[index][0]
        if word not in data.FUNCTION_WORDS:
            continue
        before, after = tokens[index - 1], tokens[index + 1]
        previous, following = before[0], after[0]
        if not (previous[0].islower() and previous[-1].isalnum() and following[0].islower()
                and previous.lower() not in data.DETERMINERS
                and _same_line(text, before.end(), after.start())):
            continue
        next_word = following.rstrip(_CLOSING).lower()
        if (word == "A" and (previous.lower() not in data.A_AFTER
                             or next_word in data.A_FOLLOWERS)) or \
                (word in data.NAMES_TOO and next_word in data.NAME_FOLLOWERS):
            continue
        line = bisect.bisect_right(page.starts, before.start()) - 1
        if line == greeting or page.lines[line].lstrip().startswith("#") or \
                page.from_profile(text[before.start():after.end()]) or \
                (word in data.NAMES_TOO and word in _names(page)):
            continue  # a heading, the name greeted, the profile's own words, a name
        following = following.rstrip(_CLOSING)
        field = next((_field_start(value) for value in page.known.texts
                      if show(value).startswith(f"{word} {following}")), "")
        findings.append(_finding(
            page, data.CAPITAL, before.start(),
            show(text[before.start():after.start() + len(following)]), bool(field), word=word,
            lower=f"{word.lower()} {following}", field=field))
    return findings


def _same_line(text: str, start: int, end: int) -> bool:
    return text.find("\n", start, end) < 0


def _names(page: Page) -> frozenset[str]:
    """The capitalised words inside the profile's texts and the recipients' names, not at
    their start: names ("Nguyen Van An", "Head of The Year"), not a sentence's first word."""
    words = {word for name, _ in page.document.to for word in name.split()}
    for value in page.known.texts:
        words.update(word for word in value.split()[1:] if word[:1].isupper())
    return frozenset(words)


# ---------------------------------------------------------------- "I" and what follows


def _after_i(page: Page, text: str, tokens: list[re.Match[str]],
             index: int) -> Finding | None:
    """'I fluent in Polish', 'I the ...', 'I 5 years', 'I Python': "I" and then, perhaps
    after an adverb ("I also"), a word that cannot follow it."""
    look = _next(text, tokens, index, wrapped=True)
    if look is None or _numeral(text, tokens, index):
        return None
    word = tokens[look][0]
    if word in data.I_ADVERBS:  # lower case, nothing after it: "I also fluent ..."
        look = _next(text, tokens, look, wrapped=True)
        if look is None:
            return None
        word = tokens[look][0]
    word = word.rstrip(_CLOSING)
    after = _next(text, tokens, look, wrapped=True)
    following = tokens[after][0] if after is not None else ""
    found = _broken(word, following.rstrip(_CLOSING))
    if found is None:
        return None
    seam, example = found
    following = following.rstrip(_CLOSING)
    # Shown: "I", up to the word at fault and the word after it ("I fluent in").
    end = tokens[after].start() + len(following) if after is not None and following \
        else tokens[look].start() + len(word)
    start = tokens[index].start()
    pasted = [word.lower(), following.lower()] if following else [word.lower()]
    field = next((_field_start(value) for value in page.known.texts
                  if [part.lower() for part in show(value).rstrip(_CLOSING).split()[:len(
                      pasted)]] == pasted), "")
    return _finding(page, seam, start, show(text[start:end]), bool(field), word=word,
                    example=example, field=field)


def _broken(word: str, following: str) -> tuple[Seam, str] | None:
    """What kind of fragment `word` (then `following`) makes after "I", if any."""
    lower = word.lower()
    if not word:
        return None
    if lower in data.I_DETERMINERS:
        return data.BROKEN_I, data.EXAMPLE_DID
    if (word[0].isdigit() and not word.endswith("%")) or lower in data.I_NUMBERS or (
            lower in data.I_BEFORE_NUMBERS and following[:1].isdigit()):
        return data.BROKEN_I, data.EXAMPLE_HAVE
    if lower in data.I_ADJECTIVES or (lower in data.I_PARTICIPLES
                                      and following.lower() in data.I_PARTICIPLE_FOLLOWERS):
        return data.BROKEN_I, data.EXAMPLE_AM
    titled = word[0].isupper() and any(letter.islower() for letter in word[1:])
    # "I Python and SQL" is a fragment; "I Googled it" a verb; "I Am Malala" a title.
    if titled and word not in data.I_BRAND_VERBS and not following[:1].isupper():
        return data.CAPITAL_AFTER_I, data.EXAMPLE_DID
    return None


def _next(text: str, tokens: list[re.Match[str]], index: int, *,
          wrapped: bool = False) -> int | None:
    """The next token, if it is on the same line (or, `wrapped`, on the next one: a draft
    may be wrapped by hand, but a blank line ends the sentence)."""
    after = index + 1
    if after < len(tokens) and text.count("\n", tokens[index].end(), tokens[after].start()) \
            <= (1 if wrapped else 0):
        return after
    return None


def _numeral(text: str, tokens: list[re.Match[str]], index: int) -> bool:
    """'Phase I', 'Type I', 'Henry I': "I" as a number, after a word that numbers things
    or a capitalised word in mid-sentence; or a name's, after an article."""
    if index == 0 or not _same_line(text, tokens[index - 1].end(), tokens[index].start()):
        return False
    previous = tokens[index - 1][0]
    if not previous[-1].isalnum():
        return False
    if previous.lower() in data.ROMAN_NOUNS or previous.lower() in ("the", "a", "an"):
        return True  # "Phase I"; "the I A role": no pronoun after an article
    return previous[0].isupper() and index >= 2 and \
        _same_line(text, tokens[index - 2].end(), tokens[index - 1].start()) and \
        tokens[index - 2][0][-1] not in ".!?:"
