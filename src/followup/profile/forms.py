"""What reading a profile's words gives, as values: a free-text field in the form its
sentences take (`Fitted`), a person's name in parts (`Name`) and a greeting (`Greeting`).

Kept apart from the reading itself (`fields`, `names`), whose word lists and patterns take
milliseconds to build: a draft whose words were read before needs only these shapes, to
take the reading back from the cache.
"""

# No `from __future__ import annotations`: msgspec reads the Struct annotations.
import re
from typing import Literal

import msgspec

UNSAID = ""  # `Fitted.to_them` for words that cannot be said to the person a note is to
# "he", "she": said to one of the people it may mean ("that he started here 20 years ago",
# in the note to him), it reads as talking about them behind their back (`addressed`).
SOMEONE = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.I)
FieldKind = Literal["highlight", "discussed", "learned", "question", "promise"]
# What each field's reader finds, before it is a Fitted: form, text, problem, example.
Result = tuple[str, str | None, str | None, str | None]


class Fitted(msgspec.Struct, frozen=True):
    """A field as read. `form`: sentence, clause, noun, adjective or question; for a promise,
    action, time or outcome (`promises`); "empty" for a placeholder ("n/a", "-"), which says
    nothing and is no problem. `text` is None when the field cannot be fitted, and then
    `problem` and `example` say why and what fits (both None when it is empty).
    `to_them`: what was learned, discussed or asked as said to someone at the employer
    ("that you run game days"), where it differs from `text`; UNSAID where it cannot be
    said to them at all ("that he started here", `addressed`)."""

    written: str
    form: str
    text: str | None
    problem: str | None = None
    example: str | None = None
    to_them: str | None = None

    @property
    def unsaid_to_them(self) -> bool:
        """Whether a note to someone at the employer leaves it out (TY4, TY8)."""
        return self.to_them == UNSAID


# First names that are also English words ("Dale", "Will", "Grace"): a name in a role's
# brackets ("Shop Foreman (Dale)"), and in a field, matched only with its capital.
WORD_NAMES = frozenset((
    "will", "may", "june", "april", "august", "bill", "mark", "rose", "grace", "hope", "joy",
    "faith", "pat", "sue", "art", "dawn", "summer", "frank", "jack", "ray", "rob", "chase",
    "hunter", "iris", "ivy", "lily", "ruby", "penny", "amber", "daisy", "sky", "drew", "gene",
    "guy", "max", "miles", "don", "ken", "lee", "tom", "sol", "carol", "herb", "jean", "dale",
    "dean", "victor", "rich", "wade", "heather", "holly", "pearl", "chip", "chuck", "jay",
    "kay", "kit", "lance", "nick", "norm"))


class Name(msgspec.Struct, frozen=True):
    """A name read: its parts where known, whether a role, whether the first name is sure."""

    written: str
    honorific: str | None
    first: str | None
    surname: str | None
    full: str
    role: bool
    certain: bool
    given: str | None = None  # the given name, where `first` is the nickname they go by


class Greeting(msgspec.Struct, frozen=True):
    """What follows "Dear " or "Hello ", a note when a profile field would make it sure, and
    whether it names a role or a team rather than a person (a voicemail greets no one)."""

    name: str
    note: str | None = None
    role: bool = False


# A field that says nothing: the user meant "nothing" (a placeholder), no problem to warn of.
PLACEHOLDERS = frozenset((
    "n a", "na", "none", "nil", "null", "nothing", "no", "nope", "nah", "x", "xx", "xxx", "tbc",
    "tbd", "tba", "unknown", "idk", "dunno", "todo", "to do", "not sure", "unsure", "no idea",
    "not known", "same as above", "see above", "as above", "ditto", "not applicable", "not yet",
    "none given", "nothing given", "not given", "none mentioned", "nothing mentioned",
    "not mentioned", "nothing said", "not said", "didn t say", "did not say", "they didn t say",
    "none stated", "not stated", "to be confirmed", "to be decided", "to be announced",
    "nothing specific", "nothing really", "none really", "nothing in particular",
    "none in particular", "nothing to add", "no promise", "no promises", "blank"))


def says_nothing(written: str) -> bool:
    """A placeholder: nothing but punctuation, or only words like "n/a", "-", "TBC", "none",
    "?" (each part of "N/A - didn't say"). Cheap: no word classes, no lemminflect; and a
    field whose first word starts no placeholder is told apart without a pattern."""
    first = next((word for word in written.split() if any(c.isalnum() for c in word)), "")
    if "".join(c for c in first.lower() if c.isalnum()) not in _FIRST_WORDS and first:
        return False
    pieces = re.split(r"[.!?;,]+\s+|\s+[-–—/]+\s+|\s*\n\s*", written.strip())
    cores = (re.sub(r"[\W_]+", " ", piece.lower()).strip() for piece in pieces)
    return all(not core or core in PLACEHOLDERS or re.sub(  # "n/a for now", "none so far"
        r" (?:for now|yet|so far|at the moment|atm|at this stage)$", "", core) in PLACEHOLDERS
        for core in cores)


# The first word of each placeholder, its letters only ("n/a" and "N.A." are "na").
_FIRST_WORDS = frozenset({"".join(c for c in text.split()[0] if c.isalnum())
                          for text in PLACEHOLDERS} | {"na"})
