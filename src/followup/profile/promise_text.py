"""TY9: a promise as written, made ready to read (`promises`), and said back once read: the
user's quote marks, credits and who said it taken off ("(per Ravi)", "Becky - client will
..."), a condition written first put after ("following Garda vetting, we will contact ..."),
a clause of its own after a comma dropped; a time clause's verb in the past after "would"
("once my references were back"). Regular expressions and a word's readings only."""

from __future__ import annotations

import re

from followup.profile.forms import SOMEONE
from followup.profile.wordforms import base_form, lemminflect, readings

# Who the user heard it from, a note to self: "(per Ravi)", "via HR", "according to Jo".
CREDIT = re.compile(r"\s*\((?i:per|via|according to|from)\s[^()]*\)|\s*\([A-Z][\w'’-]*\s+"
                    r"(?i:said|says)\)|,?\s+(?i:per|via|according "  # "(Bobbie said)" (r46)
                    r"to)\s+(?:[A-Z][\w'’.-]*|HR|the recruiter)(?:\s+[A-Z][\w'’-]*)?\s*$|^(?i:per|"
                    r"according to)\s+(?:[A-Z][\w'’.-]*|HR|the recruiter)(?:\s+[A-Z][\w'’-]*)?,\s*")
QUOTES = re.compile(r"[\"“”]|(?<![\w])[‘’](?=\w)|(?<=[\w.!?])[‘’](?!\w)")
# Who said it, before a dash: "Becky - client will let her know", 'steve - "i'll ring"'.
SAID_BY = re.compile(r"(\w+)\s+[-–—:]\s+(?=\S)")
# A condition written first: "following Garda vetting and references, we will contact ...".
CONDITION_FIRST = re.compile(r"((?:following|after|once|pending|subject to)\s+[^,]{3,60}?)(?:,\s+"
                             r"(?=(?:we|they|you|i|he|she|hr|[\w ]{1,30}\s+will)\b)|\s+(?=(?:we|"
                             r"they)(?:['’]ll| will)\b))", re.I)  # with no comma too (round 48)
# Nothing before a day, said as when: "you won't hear anything official until after the
# board meets" is "you will hear after the board meets" (round 46).
NOT_UNTIL = re.compile(r"\b(you|we|I)\s+(?:won['’]t|will not)\s+(hear|know)\s+(?:anything\s+"
                       r"(?:official\s+|definite\s+|final\s+)?)?(?:until|till)\s+after\b", re.I)
# What they are doing first, then the promise: "We're checking references this week and
# next, and we should be making a decision the week of December 7th" (round 47).
DOING_FIRST = re.compile(r"^(?:we|they)(?:['’]re| are) \w+ing\b[^,]{0,80},?\s+(?:and|so)\s+"
                         r"(?=(?:we|they)(?:['’]ll| will| should| would| are going to)\b)", re.I)
HEDGED_TIME = re.compile(r",\s+(probably|hopefully|possibly|maybe|ideally)\s+(?=(?:by|on|in|"
                         r"within|before|next|this)\b)", re.I)
# A clause of its own after a comma, their reason or aside: "ring Tash by Monday, they want
# it sorted before the end of term".
OWN_CLAUSE = re.compile(r",\s+(?:they|we|she|he|it|i|there)(?:['’]\w+)?\s+\S+.*$", re.I)
NAMED = re.compile(r"\b(?:january|february|march|april|june|july|august|september|october|"
                   r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                   r"christmas|easter|thanksgiving)\b", re.I)
# After "would", a time clause's verb in the past: "... once my references were back".
TIME_CLAUSE = re.compile(r"\b((?:once|when|after|as soon as|until|till)\s+(?:\S+\s+){0,6}?)"
                         r"(is|are|has|have)\b")
PAST_OF = {"is": "was", "are": "were", "has": "had", "have": "had"}
TIME_CLAUSE_VERB = re.compile(r"\b((?:once|when|after|as soon as|until|till)\s+(?:(?:the|my|your|"
                              r"our|their)\s+)?\w+\s+)"
                              r"(\w+s)\b")  # "after the board approves": "approved"


# What they said they would do next, after what they do first: "They finish interviewing on
# the 9th and said they will phone everyone": "... and phone everyone" (round 51).
SAID_THEY_WILL = re.compile(r"\band (?:said|told me|told us|mentioned|promised) (?:that )?"
                            r"(?:they|we|he|she)(?:['’]ll| will| would|['’]d| are going to)\s+",
                            re.I)
# A second promise, by someone else: "... and she will ring me either way".
THEN_SHE_WILL = re.compile(r",?\s+and (?:she|he)(?:['’]ll| will| would)\s.*$", re.I)
# How long it usually takes, noted after a comma: ", usually takes about a week".
SPAN_NOTED = re.compile(r",\s*(?:(?:usually|normally|typically|generally) )?(?:it )?(?:takes|is) "
                        r"(?:about |around |roughly )?(?:a|an|one|two|\d+)(?:-\d+)? "
                        r"(?:days?|weeks?)$", re.I)


def as_said(text: str) -> str:
    """The promise without quote marks, credits or who said it, its condition after it."""
    text = QUOTES.sub("", CREDIT.sub("", text)).strip(" ,;:")
    said_by = SAID_BY.match(text)
    if said_by and (said_by[1].isupper() or not readings(said_by[1].lower())) and not \
            SOMEONE.search(text[said_by.end():]):  # a name, or "HR"; not "Decision - by
        # Friday", nor "Becky - client will let her know", who would be "her" to Becky
        text = re.sub(r"^i(?:['’]ll| will)\b", "they'll", text[said_by.end():], flags=re.I)
    text = DOING_FIRST.sub("", NOT_UNTIL.sub(lambda said: f"{said[1]} will {said[2]} after",
                                             text))
    # their "I" to "you": "I'll call you either way" is theirs to do (round 47)
    text = re.sub(r"\bI(?:['’]ll| will)(?= (?:\w+ ){0,2}you\b)", "we'll", text)
    text = re.sub(r"^I(?:['’]ll| will)(?=.*\band (?:let|tell|call|ring) you\b)", "they'll",
                  text)  # "I'll hear back from Sal ... and let you know": the recruiter (r49)
    # a hedge before its time, after a comma: "we'll let you know, probably by next Tuesday"
    # (round 48); not after a placeholder ("TBC, probably next week")
    hedge = HEDGED_TIME.search(text)  # but after a time, its comma stays: "after
    # Thanksgiving, probably by Wednesday" (round 51)
    if hedge and len(text[:hedge.start()].split()) > 1 and not re.search(
            r"\b(?:after|before|by|until)\s+(?:the\s+)?\w+$", text[:hedge.start()], re.I):
        text = f"{text[:hedge.start()]} {hedge[1]} {text[hedge.end():]}"
    text = SPAN_NOTED.sub("", text)  # how long it takes, which the plan's date says (round 50)
    text = SAID_THEY_WILL.sub("and ", text)  # "... and said they will phone": "and phone"
    then = THEN_SHE_WILL.search(text)  # the first promise of two: "The client will let Gemma
    if then and re.search(r"\b(?:will|would)\b|['’]ll\b", text[:then.start()]):  # know by
        text = text[:then.start()]  # Friday and she will ring me" (round 52)
    if condition := CONDITION_FIRST.match(text):
        text = f"{text[condition.end():].rstrip(' .')} {condition[1][0].lower()}{condition[1][1:]}"
    return text


def said_back(fitted: str, form: str) -> str:
    """The promise as read, its names of days and months in capitals, and its time clause
    in the past after "would" ("once my references were back")."""
    fitted = NAMED.sub(lambda match: match[0].capitalize(), fitted)
    if form == "time" and ", " not in fitted:  # "by Monday", but "by Monday, once they
        return fitted  # had my references back"
    fitted = TIME_CLAUSE.sub(lambda verb: verb[1] + PAST_OF[verb[2]], fitted)
    fitted = re.sub(r"\b((?:once|when|after|as soon as) they)['’]ve\b", r"\1'd", fitted)
    return TIME_CLAUSE_VERB.sub(_in_the_past, fitted)


def _in_the_past(clause: re.Match[str]) -> str:
    """A time clause's verb in the past: "approves" is "approved"; not a plural noun."""
    verb = clause[2].lower()
    if verb in PAST_OF or not {"VBZ"} <= readings(verb) or "PLURAL" in readings(verb):
        return clause[0]
    past = lemminflect().getInflection(base_form(verb), "VBD")
    return clause[1] + past[0] if past else clause[0]
