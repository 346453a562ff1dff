"""Variety (TY5): thank-you notes of one run that open alike or read too alike; each pair
compared once, within bounds on the work."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup import words
from followup.check.document import Document, Finding, show
from followup.check.mentions import fold
from followup.check.page import ProfileTexts
from followup.guidance.phrases.form import VARIETY

_REPEATED_WORDS = 8  # a sentence this long said twice is a repeat, not a courtesy
_PROFILE_RUN = 4  # words side by side as in a text of the profile: its point, pasted


def variety(documents: Sequence[Document],
            known: ProfileTexts | None = None) -> list[tuple[int, Finding]]:
    """Thank-you notes that open alike or read too alike: a finding on the later note of
    each pair. Notes whose recipients' email domains differ (other companies) are not
    compared. The first `max_notes` notes are compared (a finding on the next says so), each
    by its first `max_words` words: the work grows with the square of both."""
    rule = VARIETY
    notes = [index for index, document in enumerate(documents)
             if document.situation == "thank-you"]
    compared = [(index, _Note(documents[index])) for index in notes[:rule.max_notes]]
    found = []
    for position, (second_index, second) in enumerate(compared):
        for _, first in compared[:position]:
            if first.domains and second.domains and not first.domains & second.domains:
                continue  # other companies
            names = first.names | second.names
            opening = _opening(second.opening, names)
            if opening and opening == _opening(first.opening, names):
                found.append((second_index, Finding(
                    rule.rule, rule.severity, second.body_line, 1,
                    show(second.opening_text),
                    f"Opens with the same sentence as {first.document.name.rstrip('.')}.",
                    "Open each note differently: start from something you discussed with "
                    "this person.")))
            repeated = _repeated(first, second, names, known)
            if repeated:
                found.append((second_index, Finding(
                    rule.rule, rule.severity, None, None, repeated,
                    f"Says the same about you as {first.document.name}, in the same words: "
                    f"\"{repeated}\"",
                    "Give this person another point from the profile, or put it in other "
                    "words.")))
            ratio = words.similarity_above(first.words, second.words, rule.max_similarity)
            if ratio is not None:
                found.append((second_index, Finding(
                    rule.rule, rule.severity, None, None, "",
                    f"Reads too much like {first.document.name}: word similarity {ratio:.2f}, "
                    f"above {rule.max_similarity}.",
                    "Make each note personal: what you discussed with them, what you "
                    "learned, your question.")))
    if len(notes) > rule.max_notes:
        found.append((notes[rule.max_notes], Finding(
            rule.rule, rule.severity, None, None, "",
            f"Not compared with the other notes: {rule.rule} compares the first "
            f"{rule.max_notes} thank-you notes of a run, and this is note "
            f"{rule.max_notes + 1} of {len(notes)}.",
            "Check each panel's notes together, in a run of their own.")))
    return found


class _Note:
    """A thank-you note as TY5 compares it, worked out once for all its pairs."""

    def __init__(self, document: Document) -> None:
        self.document = document
        parts = words.split(document.body)
        self.opening_text = words.first_sentence(document.body)
        self.opening = re.findall(r"\w+", fold(self.opening_text))
        # The words of the recipients' names and of the greeting.
        self.names = set(re.findall(r"\w+", fold(" ".join(
            [parts.greeting, *(name for name, _ in document.to)]))))
        self.domains = {email.rsplit("@", 1)[-1].lower() for _, email in document.to if email}
        self.words = [word.lower()
                      for word in words.words(parts.body)[:VARIETY.max_words]]
        self.body_line = document.body_line + words.layout(document.body).body[0]
        self.sentences = [(show(sentence), re.findall(r"\w+", fold(sentence)))
                          for sentence in re.split(r"(?<=[.!?])\s+", parts.body)]


def _repeated(first: _Note, second: _Note, names: set[str],
              known: ProfileTexts | None) -> str:
    """TY5: a sentence of the second note that the first has word for word, and that
    carries the profile's words (a highlight in the same frame in two notes to one panel):
    the first found, as the second note writes it, or "". A sentence of the notes' own
    ("I am very keen on the role.") may recur; the profile's point, said alike, may not."""
    if known is None or not known.texts:
        return ""
    theirs = {tuple(word for word in said if word not in names)
              for _, said in first.sentences if len(said) >= _REPEATED_WORDS}
    for sentence, said in second.sentences:
        kept = tuple(word for word in said if word not in names)
        if len(said) >= _REPEATED_WORDS and kept in theirs and any(
                known.holds(list(kept[at:at + _PROFILE_RUN]))
                for at in range(len(kept) - _PROFILE_RUN + 1)):
            return sentence
    return ""


def _opening(sentence: list[str], names: set[str]) -> list[str]:
    """An opening sentence (its words, folded) as TY5 compares it: case, spacing and
    punctuation aside, and without the two recipients' names, so that "Thank you, Ann, for
    meeting me" opens like "Thank you, Bo, for meeting me"."""
    return [word for word in sentence if word not in names]
