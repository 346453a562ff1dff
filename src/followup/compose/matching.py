"""TY4, TY5: which highlight each note to a panel carries: each its own, and where one is
nearer what a person talked about or looks after (the finance trustee and the money
raised; the head of drama and the youth company), that one goes to them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup.profile import Interviewer
from followup.profile.wordforms import CLOSED

# What a person looks after, named in their title or notes, and the highlights that speak
# to it: a topic shared counts more than a word shared.
TOPICS = {
    "money": re.compile(r"[£$€]\s?\d|\b(?:fund\w*|budget\w*|financ\w*|deficits?|audit\w*|"
                        r"revenue|income|grants?|raised?|fundrais\w*|costs?|accounts?|"
                        r"sales|profit\w*)\b", re.I),
    "people": re.compile(r"\b(?:HR|hiring|recruit\w*|staff\w*|training|mentor\w*|coach\w*|"
                         r"wellbeing|onboarding|rota\w*|team (?:of|lead\w*))\b", re.I),
    "young": re.compile(r"\b(?:youth|young|school\w*|pupils?|students?|children|kids|teens?|"
                        r"teach\w*|education)\b", re.I),
    "safety": re.compile(r"\b(?:safety|health and safety|H&S|risks?|hazards?|incidents?|"
                         r"first aid|safeguarding|compliance)\b", re.I),
}
TOPIC_WEIGHT = 2


def assign(people: Sequence[Interviewer], highlights: Sequence[str]) -> list[int | None]:
    """The index of the highlight each person's note carries, or None when there are fewer
    highlights than people: the closest pairs first, then the rest in the profile's order."""
    chosen: dict[int, int] = {}  # person: highlight
    pairs = sorted(((affinity(person, written), who, which)
                    for who, person in enumerate(people)
                    for which, written in enumerate(highlights)),
                   key=lambda pair: (-pair[0], pair[1], pair[2]))  # closest, then in order
    for score, who, which in pairs:
        if score > 0 and who not in chosen and which not in chosen.values():
            chosen[who] = which
    rest = iter(which for which in range(len(highlights)) if which not in chosen.values())
    return [chosen[who] if who in chosen else next(rest, None) for who in range(len(people))]


def affinity(person: Interviewer, highlight: str) -> int:
    """How near a highlight is to what a person talked about (words in common) and to what
    they look after (topics in common, their title included)."""
    notes = " ".join(filter(None, (person.discussed, person.learned, person.question)))
    shared = _words(notes) & _words(highlight)
    theirs = _topics(f"{person.title or ''} {notes}")
    return len(shared) + TOPIC_WEIGHT * len(theirs & _topics(highlight))


def _words(text: str) -> set[str]:
    """The content words of a text, by their first five letters ("youth", "rural")."""
    return {word[:5] for word in re.findall(r"[a-z]+", text.lower())
            if len(word) > 3 and word not in CLOSED}


def _topics(text: str) -> set[str]:
    return {name for name, pattern in TOPICS.items() if pattern.search(text)}
