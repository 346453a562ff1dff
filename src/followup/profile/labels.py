"""TY8: a question written after its topic ("Vehicle - is it shared"), asked whole, the topic
put in where the question points back to it ("Is the vehicle shared?")."""

from __future__ import annotations

import re

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
