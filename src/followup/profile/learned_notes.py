"""TY4: what was learned, written as a note, read as the clause after "learn that": where
its verb is after a plural subject ("volunteers run most of the events") or an opening
("in crushing season the apprentices work shifts"); its subject with "the" ("the crew
does"); a count or a change noted without its verb ("around 25 trainees recruited each
autumn": "are recruited"; "moving to 4x10 shifts": "they are moving")."""

from __future__ import annotations

import re

from followup.profile.wordforms import (
    ABSTRACT,
    CLOSED,
    DETERMINERS,
    PREPOSITIONS,
    SUBJECTS,
    bare,
    finite_verb,
    is_acronym,
    is_name,
    is_number,
    lower_first,
    plain_singular,
    readings,
    words_of,
)

# TY4: a change the employer is making, noted without its subject: "moving to 4x10 shifts".
CHANGES = words_of("moving switching changing expanding opening launching introducing "
                   "hiring recruiting building piloting trialling trialing rolling merging "
                   "relocating growing adding replacing upgrading restructuring")
QUANTITIES = words_of("most all some many much several both half lots plenty none few")  # "run all"
# One word that says how a role is worked ("hybrid"); any other ("wholesale") is a topic.
ARRANGEMENTS = words_of("hybrid remote permanent temporary seasonal flexible salaried "
                        "residential mobile unionised casual contract office-based")


def after_opening(words: list[str]) -> int | None:
    """TY4: where the verb is after an adverb or a time that opens a note ("Currently she is
    doing", "in crushing season the apprentices work"), when a subject comes next."""
    if not (bare(words[0]) in PREPOSITIONS or readings(bare(words[0])) == {"ADV"}):
        return None
    for start in range(1, min(5, len(words) - 1)):
        if bare(words[start]) in DETERMINERS | SUBJECTS:
            verb = finite_verb(words[start:])
            return None if verb is None else start + verb
    return None


def plural_subject(words: list[str]) -> int | None:
    """TY4: where the verb is after a note's plural subject, before a quantity or a
    preposition: "volunteers run most of the events" (wants "that", not "about")."""
    for index in range(1, min(4, len(words) - 1)):
        before, after = bare(words[index - 1]), bare(words[index + 1])
        plural = "PLURAL" in readings(before) or (  # a trade's word: "chargehands"
            not readings(before) and re.fullmatch(r"[a-z]{3,}[^su]s", before) is not None)
        verb = readings(bare(words[index]))
        if plural and "BASE" in verb and (after in QUANTITIES or after in DETERMINERS or (
                after in PREPOSITIONS and "NOUN" not in verb)) and not any(
                bare(word) in CLOSED - {"the"} or word.endswith(",") for word in words[:index]):
            return index
    return None


def the_subject(words: list[str], verb: int | None, text: str) -> str:
    """"Crew does 4 on 3 off": "the crew does"; "busiest days are": "the busiest days"; not
    "Staff get", nor "jonno did" (round 45)."""
    subject, head = (words[:verb], bare(words[verb - 1])) if verb else ([], "")
    first, second = (bare(subject[0]), bare(subject[1])) if len(subject) > 1 else ("", "")
    if (first.endswith("est") and "ADJ" in readings(first) and "NOUN" not in readings(first)) or (
            first in ("most", "least") and readings(second) == {"ADJ"}):
        return "the " + text  # "busiest days are ...": "the busiest days" (round 54)
    if subject and plain_singular(head) and not re.search(r"[^s]s$", head) and readings(head) \
            and not is_name(subject[-1]) and not is_acronym(subject[-1]) and not (
            len(subject) == 1 and ABSTRACT.search(bare(subject[0]))) and not any(
            bare(word) in CLOSED | {"there"} or "'" in word or is_number(bare(word))
            for word in subject):  # "the BMS upgrade starts", not "the Policy EOs rotate"
        return "the " + text
    return text


def learned_clause(words: list[str]) -> str | None:
    """What was learned written as a note: "around 40 graduates taken on this year" -> "that
    around 40 graduates are taken on this year"; "hybrid" -> "that the role is hybrid"."""
    if (len(words) == 2 and all(readings(bare(word)) & {"ADJ", "ADV"} for word in words) and
            "ADJ" in readings(bare(words[-1])) and "VBG" not in readings(bare(words[-1]))) or (
            len(words) == 1 and (bare(words[0]) in ARRANGEMENTS or re.fullmatch(
                r"[a-z]+-(?:time|term|based)", words[0].lower()))):  # "part-time", "fixed-term"
        return "that the role is " + " ".join(words).lower()
    if bare(words[0]) in CHANGES and len(words) > 2 and (
            bare(words[1]) in PREPOSITIONS | DETERMINERS | {"out", "up"} or words[1][:1].isupper()
            or is_number(bare(words[1]))):
        return "that they are " + lower_first(" ".join(words))  # "moving to 4x10 shifts"
    for index, word in enumerate(words[2:8], 2):
        tags = readings(bare(word))
        if counted(words) and "PAST" in tags and not tags & {"NOUN", "DESCRIBES"}:
            plural = "PLURAL" in readings(bare(words[index - 1])) or bare(words[0]) != "one"
            subject = lower_first(" ".join(words[:index]))
            return f"that {subject} {'are' if plural else 'is'} {' '.join(words[index:])}"
        if bare(word) in PREPOSITIONS:
            break
    return None


def counted(words: list[str]) -> bool:
    """A subject that is a count: "40 graduates", "around 25 trainees"."""
    return is_number(bare(words[0])) or (len(words) > 1 and bare(words[0]) in (
        "around", "about", "over", "nearly", "almost") and is_number(bare(words[1])))
