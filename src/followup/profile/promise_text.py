"""TY9: a promise as written, made ready to read (`promises`), and said back once read: the
user's quote marks, credits and who said it taken off ("(per Ravi)", "Becky - client will
..."), a condition written first put after ("following Garda vetting, we will contact ..."),
a clause of its own after a comma dropped; a time clause's verb in the past after "would"
("once my references were back"). Regular expressions and a word's readings only."""

from __future__ import annotations

import re

from followup.profile.forms import SOMEONE
from followup.profile.wordforms import readings

# Who the user heard it from, a note to self: "(per Ravi)", "via HR", "according to Jo".
CREDIT = re.compile(r"\s*\((?i:per|via|according to|from)\s[^()]*\)|,?\s+(?i:per|via|according "
                    r"to)\s+(?:[A-Z][\w'’.-]*|HR|the recruiter)(?:\s+[A-Z][\w'’-]*)?\s*$|^(?i:per|"
                    r"according to)\s+(?:[A-Z][\w'’.-]*|HR|the recruiter)(?:\s+[A-Z][\w'’-]*)?,\s*")
QUOTES = re.compile(r"[\"“”]|(?<![\w])[‘’](?=\w)|(?<=[\w.!?])[‘’](?!\w)")
# Who said it, before a dash: "Becky - client will let her know", 'steve - "i'll ring"'.
SAID_BY = re.compile(r"(\w+)\s+[-–—:]\s+(?=\S)")
# A condition written first: "following Garda vetting and references, we will contact ...".
CONDITION_FIRST = re.compile(r"((?:following|after|once|pending|subject to)\s+[^,]{3,60}),\s+"
                             r"(?=(?:we|they|you|i|he|she|hr|[\w ]{1,30}\s+will)\b)", re.I)
# A clause of its own after a comma, their reason or aside: "ring Tash by Monday, they want
# it sorted before the end of term".
OWN_CLAUSE = re.compile(r",\s+(?:they|we|she|he|it|i|there)(?:['’]\w+)?\s+\S+.*$", re.I)
NAMED = re.compile(r"\b(?:january|february|march|april|june|july|august|september|october|"
                   r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                   r"christmas|easter|thanksgiving)\b", re.I)
# After "would", a time clause's verb in the past: "... once my references were back".
TIME_CLAUSE = re.compile(r"\b((?:once|when|after|as soon as|until|till)\s+(?:\S+\s+){0,4}?)"
                         r"(is|are|has|have)\b")
PAST_OF = {"is": "was", "are": "were", "has": "had", "have": "had"}


def as_said(text: str) -> str:
    """The promise without quote marks, credits or who said it, its condition after it."""
    text = QUOTES.sub("", CREDIT.sub("", text)).strip(" ,;:")
    said_by = SAID_BY.match(text)
    if said_by and (said_by[1].isupper() or not readings(said_by[1].lower())) and not \
            SOMEONE.search(text[said_by.end():]):  # a name, or "HR"; not "Decision - by
        # Friday", nor "Becky - client will let her know", who would be "her" to Becky
        text = re.sub(r"^i(?:['’]ll| will)\b", "they'll", text[said_by.end():], flags=re.I)
    if condition := CONDITION_FIRST.match(text):
        text = f"{text[condition.end():].rstrip(' .')} {condition[1][0].lower()}{condition[1][1:]}"
    return text


def said_back(fitted: str, form: str) -> str:
    """The promise as read, its names of days and months in capitals, and its time clause
    in the past after "would" ("once my references were back")."""
    fitted = NAMED.sub(lambda match: match[0].capitalize(), fitted)
    if form == "time":
        return fitted
    return TIME_CLAUSE.sub(lambda verb: verb[1] + PAST_OF[verb[2]], fitted)
