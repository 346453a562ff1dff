"""TY8: the candidate's question, asked whole as a sentence, or after "hear more about"; one
written after its topic ("Vehicle - is it shared") with the topic put in where the question
points back to it ("Is the vehicle shared?")."""

from __future__ import annotations

import re

from followup.profile.forms import Result
from followup.profile.parts import pieces
from followup.profile.topics import joined_topic
from followup.profile.wordforms import (
    bare,
    capital_first,
    is_question,
    noun_head,
    readings,
    topic,
)

# TY8: a verb before "they", as it agrees with a label that is one thing.
AGREES = {"do": "does", "are": "is", "were": "was", "have": "has"}
EITHER = re.compile(r"^(\w[\w-]*)\s+or\s+(\w[\w-]*)\b")


def labelled(label: list[str], rest: list[str], asked: bool) -> str | None:
    """TY8: a question after its topic, the topic put in where the question points to it:
    "Vehicle - is it shared" -> "Is the vehicle shared?"; "aftercare team - how do they
    hand over" -> "How does the aftercare team hand over?"; "Overtime - voluntary or
    mandatory?" -> "Is the overtime voluntary or mandatory?"."""
    subject, text = topic(label), " ".join(rest)
    one = "PLURAL" not in readings(bare(noun_head(label)))
    if is_question(rest, asked):
        if re.search(r"\bit\b", text):
            return capital_first(re.sub(r"\bit\b", subject, text, count=1)) + "?"
        they = re.search(r"\b(?:(do|are|were|have)\s+)?(they|them|their)\b", text, flags=re.I)
        if they is None:
            return capital_first(text) + "?"  # "Staff meals - are they free?" has them
        verb = (AGREES[they[1].lower()] if one else they[1].lower()) if they[1] else ""
        said = subject + "'s" if they[2].lower() == "their" else subject
        return capital_first(text[:they.start()] + " ".join(filter(None, (verb, said))) +
                             text[they.end():]) + "?"
    either = EITHER.match(text)
    if either and all("ADJ" in readings(bare(word)) for word in either.groups()):
        return f"{'Is' if one else 'Are'} {subject} {text}?"
    return None


def fit_question(words: list[str], asked: bool) -> Result:
    """TY8: a direct question as a sentence ("Vehicle - is it shared" -> "Is the vehicle
    shared?"), else what follows "hear more about"."""
    if "–" in words:
        cut = words.index("–")
        label, rest = words[:cut], words[cut + 1:]
        if rest and len(label) <= 3 and not is_question(label, asked):
            text = labelled(label, rest, asked)
            if text:
                return "question", text, None, None
    if is_question(words, asked):
        words = with_do(words)
        text = re.sub(r",\s+(?=(?:is|are|do|does|did|can|could|will|would|should|was|were)\s+"
                      r"(?:it|there|they|that|this|the|you|I|we)\b)", " – ", " ".join(words),
                      flags=re.I)  # "what does it look like, is it..." is two questions
        return "question", capital_first(text) + "?", None, None
    return joined_topic("question", pieces(words))


def with_do(words: list[str]) -> list[str]:
    """TY8: a question typed in the order of a statement, its "do" put in: "what tools I
    need to buy" -> "what tools do I need to buy"."""
    if len(words) < 4 or bare(words[0]) not in ("what", "which"):
        return words
    for at in (2, 3):
        if at + 1 < len(words) and bare(words[at]) in ("i", "we") and "BASE" in readings(
                bare(words[at + 1])) and all("NOUN" in readings(bare(word)) for word in
                                             words[1:at]):
            return [words[0], *map(str.lower, words[1:at]), "do", "I" if bare(words[at]) == "i"
                    else words[at], *words[at + 1:]]
    return words
