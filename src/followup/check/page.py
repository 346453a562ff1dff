"""A document taken apart once for all the checks (`Page`): its lines and where they
start, its parts, its text prepared for the phrase matcher, the characters a finding has
reported; and what the profile says (`ProfileTexts`), which a draft may quote freely."""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING, Any

import msgspec

from followup import matching, words
from followup.check.document import Document

if TYPE_CHECKING:
    from followup.profile import Profile

_PEOPLE = ("you", "your", "yours", "me", "my", "mine")
_PERSON = f"(?:{'|'.join(_PEOPLE)})"
_WORDS = r"\w+"
# A phrase is the profile's when it stands there with two of its neighbours in the draft
# (before, after, or one each side): one ("to") is too common to tell.
_CONTEXT = 2
_NEAR = 60  # characters either side of a phrase in which its neighbours are sought


class ProfileTexts:
    """What a profile says, gathered once for all its drafts."""

    def __init__(self, profile: Profile | None) -> None:
        self.texts = profile_strings(profile) if profile else []
        if profile:  # and the same words as drafts fit them into sentences ("&" as "and")
            from followup.profile.reading import read

            for kind, text in read(profile).fitted_texts():  # a highlight follows "I"
                self.texts.append(f"I {text}" if kind == "highlight" else text)
        self._quoted: list[re.Pattern[str]] | None = None

    def quoted(self) -> list[re.Pattern[str]]:
        """Each text of the profile as a pattern that finds it in a draft, in any case,
        with any spacing or punctuation between its words, and with "you" and "me" either
        way round (a template says "let you know" back as "let me know"). Built on first
        use: only a tone finding asks."""
        if self._quoted is None:
            self._quoted = []
            for text in self.texts:
                found = [_PERSON if word.lower() in _PEOPLE else re.escape(word)
                         for word in re.findall(r"\w+", text)]
                if found:
                    self._quoted.append(re.compile(
                        r"(?<!\w)" + r"\W+".join(found) + r"(?!\w)", re.IGNORECASE))
        return self._quoted

    def holds(self, words: list[str]) -> bool:
        """Whether the words stand in this order, side by side, in a text of the profile
        (any case, any punctuation between them, "you" and "me" either way round)."""
        found = [_PERSON if word.lower() in _PEOPLE else re.escape(word) for word in words]
        pattern = re.compile(r"(?<!\w)" + r"\W+".join(found) + r"(?!\w)", re.IGNORECASE)
        return any(pattern.search(text) for text in self.texts)


def profile_strings(profile: Profile) -> list[str]:
    """Every text the profile holds: words the user wrote on purpose."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    walk(msgspec.to_builtins(profile))
    return found


_POSTSCRIPT = re.compile(r"^[ \t]*P\.?[ \t]?(?:P\.?[ \t]?)?S\b", re.MULTILINE)


class Page:
    """A document taken apart once for all the checks."""

    def __init__(self, document: Document, known: ProfileTexts) -> None:
        self.document = document
        self.body = document.body
        self.lines = self.body.split("\n")
        self.layout = words.layout(self.body)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)
        first, end = self.layout.body
        self.body_part = "\n".join(self.lines[first:end])
        self.body_offset = self.starts[first]
        # The sign-off line is checked; the signature under it (names, numbers) is not.
        signature = self.layout.sign_off
        cut = self.starts[signature + 1] - 1 if signature is not None and \
            signature + 1 < len(self.lines) else len(self.body)
        # A postscript under the signature is the candidate's words again: checked.
        postscript = _POSTSCRIPT.search(self.body, cut)
        tail = postscript.start() if postscript else len(self.body)
        self.checked = self.body[:cut] + re.sub(r"\S", " ", self.body[cut:tail]) + \
            self.body[tail:]
        self.prepared = matching.prepare(self.checked)
        self.subject = matching.prepare(document.subject or "")
        self.profile_text = known.texts
        self.known = known
        # Characters a tone finding has reported, by part (1: taken): no second finding
        # for them. Flags, not a list of spans searched for each match (quadratic).
        self.taken = {"subject": bytearray(len(document.subject or "")),
                      "body": bytearray(len(self.checked))}
        self._from_profile: dict[str, bool] = {}
        self._quotes: dict[str, tuple[list[int], list[int]]] = {}

    def where(self, offset: int) -> tuple[int, int]:
        """Line and column (1-based) of a body offset, as in the file."""
        line = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.document.body_line + line, offset - self.starts[line] + 1

    def subject_where(self, offset: int) -> tuple[int | None, int | None]:
        if self.document.subject_line is None:
            return None, None
        return self.document.subject_line, self.document.subject_column + offset + 1

    def from_profile(self, text: str) -> bool:
        if text not in self._from_profile:  # asked again for each repeated word
            self._from_profile[text] = any(text in value for value in self.profile_text)
        return self._from_profile[text]

    def pasted_from_profile(self, part: str, start: int, end: int) -> bool:
        """G2: in a draft the tool made (`Document.drafted`), whether the words at [start,
        end) are the profile's own, pasted in: they stand in a text of the profile with two
        words next to them as in the draft ("circle back with feedback" in a promise
        "Courtney to circle back w/ feedback"); a whole text quoted is `quotes_profile`'s.
        The templates never write such words: the checker holds the tool's sentences to
        the guidance and leaves the user's notes, quoted, unjudged. A draft read from a
        file is the user's own writing, judged whole."""
        if not self.document.drafted or not self.known.texts:
            return False
        text = (self.document.subject or "") if part == "subject" else self.checked
        inside = re.findall(_WORDS, text[start:end])
        if not inside:
            return False
        before = re.findall(_WORDS, text[max(0, start - _NEAR):start])[-_CONTEXT:]
        after = re.findall(_WORDS, text[end:end + _NEAR])[:_CONTEXT]
        return any(len(before) >= taken and len(after) >= _CONTEXT - taken
                   and self.known.holds(before[len(before) - taken:] + inside
                                        + after[:_CONTEXT - taken])
                   for taken in range(_CONTEXT + 1))

    def quotes_profile(self, part: str, start: int, end: int) -> bool:
        """Whether the words at [start, end) of the subject or body lie inside a text the
        profile gives (in a draft the tool made, take any words from one: a role called
        "ANY" in "the ANY role"): a name ("Urgent Response Coordinator"), or what the user
        recorded ("that the team answers urgent tickets ASAP"). The user wrote those on
        purpose, and a draft that quotes them is not pressing anyone."""
        if not self.known.texts:
            return False
        if part not in self._quotes:  # found once a part, not once a tone finding
            text = (self.document.subject or "") if part == "subject" else self.checked
            spans = sorted(found.span() for pattern in self.known.quoted()
                           for found in pattern.finditer(text))
            ends = list(itertools.accumulate((stop for _, stop in spans), max))
            self._quotes[part] = ([begin for begin, _ in spans], ends)
        starts, ends = self._quotes[part]
        if self.document.drafted:  # in the tool's own draft, any of the user's words in it
            before = bisect.bisect_left(starts, end)  # the quotes that begin before it ends
            return before > 0 and ends[before - 1] > start
        before = bisect.bisect_right(starts, start)  # the quotes that begin at or before it
        return before > 0 and ends[before - 1] >= end
