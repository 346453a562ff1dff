"""TY5: the notes to one panel differ. A `Panel` goes with each note's template variables
(`panel`), shared by the notes of one interview, so that `say` gives a later note another
entry of a list than the notes before it gave, where the list has one; and, within one
note, an entry that does not echo the note's earlier words ("very kind ... very useful")."""

from __future__ import annotations

import re

# Words a note says once where it can: intensifiers, praise and meeting, which read
# as a form said twice (round 37: "truly kind of you ... your kind offer", "interested to
# learn ... my interest in the role", "I much enjoyed meeting you. ... a pleasure to meet";
# round 43: "thank you for your time ... Thank you again for your time").
_ECHOES = re.compile(r"\b(?:very|really|truly|kind\w*|useful|helpful|delighted|thrilled|"
                     r"wonderful|great|glad|good|pleasure|enjoy\w*|appreciat\w*|interest\w*|"
                     r"excit\w*|keen|meet\w*|met|(?<=your )time|so (?=much|good|kind|excited|"
                     r"glad|helpful|lovely|grateful|happy|pleased))", re.IGNORECASE)


def echoed(text: str) -> set[str]:
    """The echo words of a text, by their first five letters less an ending ("interested",
    "interest"; "meeting", "met", "meet"; "kindness", "kind": round 41)."""
    return {("meet" if word == "met" else re.sub(r"(?:ing|ness|ly|ed)$", "", word)[:5])
            for found in _ECHOES.finditer(text) if (word := found[0].lower().strip())}


class Panel:
    """TY5: the notes to one panel, in order; which entry of each list `say` gave each note,
    so that a later note takes another where the list has one (round 33: two notes of three
    ending "I look forward to hearing from you soon."); and the echo words this note has
    said (`echoes`)."""

    def __init__(self, chosen: dict[tuple[int, str], int], at: int) -> None:
        self._chosen, self._at = chosen, at  # shared by the panel's notes; this note's place
        self._said: set[str] = set()  # this note's own

    def afresh(self) -> Panel:
        """This note's place in the panel, with none of its words said: for the note made
        again, shorter (TY3)."""
        return Panel(self._chosen, self._at)

    def before(self, key: str) -> set[int]:
        return {step for (at, said), step in self._chosen.items() if at < self._at and
                said == key}

    def chose(self, key: str, step: int, said: str) -> None:
        self._chosen[self._at, key] = step
        self._said |= echoed(said)

    def echoes(self, said: str) -> bool:
        """Whether a phrasing repeats a word this note has said already."""
        return bool(echoed(said) & self._said)
