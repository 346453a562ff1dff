"""A profile's words, read once: each free-text field for its form (`fields.fit`), each
person's name and greetings (`names`), and each promise with its relative time dated
(`dating.dated_promise`), so that templates can fit them into sentences.

Reading takes lemminflect and nameparser, and word lists and patterns of its own: far more
than a draft. So what it finds is kept in the cache folder, keyed by the words themselves
(a profile edited elsewhere, or a field moved, reads the same), and a draft whose words were
read before imports none of it: only the shapes of `forms`.
"""

# No `from __future__ import annotations`: msgspec reads the Structs' annotations when a
# reading comes back from the cache, and strings would be evaluated then, at every run.
import datetime
import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import msgspec

from followup import cache
from followup.profile import Interview, Profile
from followup.profile.forms import FieldKind, Fitted, Greeting, Name

FORMAT = 5
_HERE = str(Path(__file__).parent)
# The modules whose change changes what reading finds.
_SOURCES = ("forms", "fields", "highlights", "topics", "parts", "promises", "wordforms", "names",
            "honorifics", "reading", "sendable", "shorthand", "addressed", "tact", "capitals",
            "highlight_nouns", "highlight_verbs", "slips", "usage", "kept", "dating", "greetings",
            "questions", "promise_text", "learned_notes", "rejoined")


class Person(msgspec.Struct, frozen=True):
    """A person's name read, how a draft greets them in a plain and a formal note, and how
    they sign ("Samantha Ortiz" for "Samantha 'Sam' Ortiz", "Jess Tran" for "jess tran")."""

    name: Name
    plain: Greeting
    formal: Greeting
    signed: str


class Reading(msgspec.Struct, frozen=True):
    """Every free-text field, person and promise of one profile, read."""

    fields: dict[str, Fitted]  # by _field_key(kind, written)
    people: dict[str, Person]  # by _person_key(written, honorific, salutation)
    dated: dict[str, str]  # a promise's text, dated as quoted after its day: by _promise_key

    def fitted(self, kind: FieldKind, written: str | None) -> Fitted | None:
        """The field as read; None for a field the profile leaves out."""
        if written is None:
            return None
        return self.fields.get(_field_key(kind, written)) or _fit(kind, written)

    def fitted_texts(self) -> Iterator[tuple[str, str]]:
        """Each field's kind and the words drafts fit into their sentences."""
        for key, fitted in self.fields.items():
            if fitted.text:
                yield key.split("\x00", 1)[0], fitted.text

    def person(self, written: str, honorific: str | None = None,
               salutation: str | None = None) -> Person:
        found = self.people.get(_person_key(written, honorific, salutation))
        return found or _read_person(written, honorific, salutation, None)

    def promise(self, text: str, said_on: datetime.date, today: datetime.date) -> str:
        """A fitted promise as quoted on `today`: with its relative time ("within a week")
        as a date once its day has passed."""
        if today <= said_on:
            return text
        return self.dated.get(_promise_key(text, said_on), text)


@functools.lru_cache(maxsize=32)
def read(profile: Profile) -> Reading:
    """The profile's words read, from the cache when they were read before; once a process
    for each profile (drafting, and the checker's content and quoting rules, all ask)."""
    fields = sorted(set(_free_text(profile)))
    people = sorted(set(_people(profile)))
    promises = sorted({(interview.promise, interview.date) for interview in profile.interviews
                       if interview.promise})
    # with the package's own path: two installs sharing one cache folder keep their own
    words = (_HERE, fields, people, promises, profile.country)
    key = hashlib.sha1(repr(words).encode(), usedforsecurity=False).hexdigest()
    stamp = _stamp()
    kept = cache.load_value("words", key, stamp, Reading)
    if kept is not None:
        return kept
    reading = _read(fields, people, promises, profile.country)
    cache.store_value("words", key, stamp, reading)
    return reading


def _read(fields: list[tuple[FieldKind, str]], people: list[tuple[str, str, str]],
          promises: list[tuple[str, datetime.date]], country: str | None) -> Reading:
    from followup.profile.dating import dated_promise

    dated = {}
    for written, said_on in promises:
        text = _fit("promise", written).text
        if text:  # as quoted on any later day: only then is its time given a date
            later = said_on + datetime.timedelta(days=1)
            dated[_promise_key(text, said_on)] = dated_promise(text, said_on, later, country)
    return Reading(
        {_field_key(kind, text): _fit(kind, text) for kind, text in fields},
        {_person_key(*person): _read_person(*person, country) for person in people},
        dated)


def _fit(kind: FieldKind, written: str) -> Fitted:
    from followup.profile.fields import fit

    return fit(kind, written)


def _read_person(written: str, honorific: str | None, salutation: str | None,
                 country: str | None) -> Person:
    from followup.profile.greetings import greeting
    from followup.profile.names import read_name, signature_name

    name = read_name(written, honorific or None)
    return Person(name, greeting(name, formal=False, country=country,
                                 salutation=salutation or None),
                  greeting(name, formal=True, country=country, salutation=salutation or None),
                  signature_name(name))


def discussed(highlight: str, interviews: Iterable[Interview]) -> bool:
    """Whether an interviewer's `discussed`, in any of these interviews (the one thanked for
    and the rounds before it), says much of what a highlight says: then it is no "skill we
    did not talk about" (TY4), for drafting and the checker alike."""
    words = _content_words(highlight)
    for person in (person for interview in interviews for person in interview.interviewers):
        shared = words & _content_words(person.discussed or "")
        if len(shared) >= 2 or (shared and len(shared) * 3 >= len(words)) or any(
                re.search(rf"\bmy {re.escape(word)}\b", (person.discussed or "").lower())
                for word in shared):  # "my thesis + ...": the thesis is no news (round 33)
            return True
    return False


# Words that say nothing of what a text is about, when comparing two.
_PLAIN_WORDS = frozenset((
    "a", "an", "and", "the", "of", "in", "on", "at", "for", "to", "with", "by", "from", "as",
    "is", "are", "was", "were", "be", "been", "i", "my", "me", "we", "our", "you", "your",
    "their", "they", "it", "its", "this", "that", "these", "those", "how", "what", "which",
    "who", "into", "over", "about", "than", "then", "so", "very", "more", "most", "new"))


def _content_words(text: str) -> set[str]:
    return {word[:5] for word in re.findall(r"[a-z0-9]+", text.casefold())
            if word not in _PLAIN_WORDS}


def _free_text(profile: Profile) -> Iterator[tuple[FieldKind, str]]:
    for highlight in profile.candidate.highlights:
        yield "highlight", highlight
    for interview in profile.interviews:
        if interview.promise:
            yield "promise", interview.promise
        for person in interview.interviewers:
            if person.discussed:
                yield "discussed", person.discussed
            if person.learned:
                yield "learned", person.learned
            if person.question:
                yield "question", person.question


def _people(profile: Profile) -> Iterator[tuple[str, str, str]]:
    yield profile.candidate.name, "", ""
    if profile.recruiter:
        yield profile.recruiter.name, "", ""
    for interview in profile.interviews:
        for person in interview.interviewers:
            yield person.name, person.honorific or "", person.salutation or ""


def _field_key(kind: str, written: str) -> str:
    return f"{kind}\x00{written}"


def _person_key(written: str, honorific: str | None, salutation: str | None) -> str:
    return f"{honorific or ''}\x00{salutation or ''}\x00{written}"


def _promise_key(text: str, said_on: datetime.date) -> str:
    return f"{said_on}\x00{text}"


@functools.cache
def _stamp() -> list[Any] | None:
    folder = Path(__file__).parent
    stamps = [cache.file_stamp(folder / f"{name}.py") for name in _SOURCES]
    return None if None in stamps else [FORMAT, *stamps]
