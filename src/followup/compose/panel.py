"""TY5: the notes to one panel differ. A `Panel` goes with each note's template variables
(`panel`), shared by the notes of one interview, so that `say` gives a later note another
entry of a list than the notes before it gave, where the list has one."""

from __future__ import annotations


class Panel:
    """TY5: the notes to one panel, in order; which entry of each list `say` gave each note,
    so that a later note takes another where the list has one (round 33: two notes of three
    ending "I look forward to hearing from you soon.")."""

    def __init__(self, chosen: dict[tuple[int, str], int], at: int) -> None:
        self._chosen, self._at = chosen, at  # shared by the panel's notes; this note's place

    def before(self, key: str) -> set[int]:
        return {step for (at, said), step in self._chosen.items() if at < self._at and
                said == key}

    def chose(self, key: str, step: int) -> None:
        self._chosen[self._at, key] = step
