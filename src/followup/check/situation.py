"""Which situation a draft is: as given, else as its file says, else guessed from its
words (the signal phrases of guidance.phrases.signals)."""

from __future__ import annotations

import msgspec

from followup import matching
from followup.check.document import Document
from followup.guidance.phrases.signals import SITUATION_SIGNALS


def guess_situation(subject: str | None, body: str) -> str | None:
    """The situation whose signal phrases the draft has most of (the subject counts
    twice); the more specific situation wins a tie; None when nothing points anywhere."""
    prepared_body = matching.prepare(body)
    prepared_subject = matching.prepare(subject or "")
    scores = {}
    for situation, signals in SITUATION_SIGNALS.items():
        scores[situation] = (  # "I have not heard back" still says it is a check-in
            len(list(matching.find(signals, prepared_body, negatable=False))) +
            2 * len(list(matching.find(signals, prepared_subject, negatable=False))))
    best = max(scores.values())
    return next(name for name, score in scores.items() if score == best) if best else None


def resolve(document: Document, situation: str | None = None) -> Document:
    """The document with its situation: as given, else from the file, else guessed."""
    if situation:
        return msgspec.structs.replace(document, situation=situation, situation_from="given")
    if document.situation:
        return document
    guessed = guess_situation(document.subject, document.body)
    return msgspec.structs.replace(document, situation=guessed,
                                   situation_from="guessed" if guessed else "unknown")
