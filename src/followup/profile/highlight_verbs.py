"""TY4: a highlight that opens with its verb or a describing word, read as the words after
"I ": "built the rota", "am fluent in Polish", "have collected on two field trips"; a noun
phrase goes to `highlight_nouns`."""

from __future__ import annotations

import re

from followup.profile.highlight_nouns import COMPLETED, highlight_noun
from followup.profile.parts import written_after
from followup.profile.wordforms import (
    AUXILIARIES,
    CLOSED,
    CREDENTIALS,
    DESCRIBING,
    DETERMINERS,
    HAVING,
    HELD,
    MASS,
    OBJECTS,
    PREPOSITIONS,
    SOFTWARE,
    article,
    bare,
    base_form,
    is_acronym,
    is_name,
    is_number,
    is_person,
    lower_first,
    noun_head,
    readings,
    spoken,
    words_of,
)

PAST_TIME = re.compile(r"\b(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:jan|feb|mar|apr|"
                       r"may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\s+)?(?:19|20)\d\d\b|"
                       r"\blast\s+(?:year|month|week|summer|autumn|fall|spring|winter|term)\b|"
                       r"\bago\b|\bduring (?:my |the )?(?:clinicals|placements?|internships?|"
                       r"training|studies|degree|apprenticeship)\b", re.I)

# Verbs a CV line opens with in capitals that are not a name's first word ("Hold Level C").
HELD_VERBS = words_of("hold speak live")  # "Live 10 minutes from the airport" (round 48)
ABILITY = words_of("fluent conversational proficient competent")
# A place in a competition: "Finalist in the 2025 moot" was a finalist.
PLACINGS = words_of("finalist semi-finalist semifinalist runner-up shortlisted medallist "
                    "medalist")

# Verbs whose particle would read as a preposition after a noun ("a look after ...").
PHRASAL = frozenset((("look", "after"), ("set", "up"), ("sort", "out"), ("carry", "out"),
                     ("deal", "with"), ("look", "into"), ("hand", "over"), ("take", "over"),
                     ("keep", "track"), ("follow", "up"), ("help", "out"), ("step", "in")))


def _past_deed(words: list[str], after: str) -> bool:
    """A deed, not "am ...": "Trained over 30 new hires", "Scored and wrote up 40 ...",
    "Collected on two field trips" (round 45: not "am collected")."""
    return (len(words) > 2 and ((after in ("over", "around", "about") and words[2][:1].isdigit())
                                or (after == "and" and "VBD" in readings(bare(words[2]))))) or (
        bare(words[0]) not in DESCRIBING and after in ("on", "from", "during", "across"))


def highlight_predicate(words: list[str]) -> tuple[str, str]:
    """The words after "I": a clause ("built the rota"), "am fluent in Polish", a noun phrase."""
    text, first = lower_first(" ".join(words)), bare(words[0])
    acronym = is_acronym(words[0])  # "BE Electrical Engineering", "IT support"
    after = bare(words[1]) if len(words) > 1 else ""
    tags = frozenset() if acronym else readings(first) | (  # "Cross-trained ... during
        {"PAST"} if first.endswith("ed") and PAST_TIME.search(text) else set())  # clinicals"
    if tags & {"PAST", "VBG"} and text[:1].isupper():  # "Completed Air Cadets ...": a verb
        text = text[:1].lower() + text[1:]
    if first in PLACINGS and after in ("in", "at", "for"):  # a place in a contest, once won
        return "clause", f"was {article(text)} {text}"  # not "am finalist in the moot"
    deed = spoken(words) or (written_after(words) if "PAST" not in tags and first not in CLOSED
                             and ("NOUN" in tags or "BASE" not in tags) else None)
    if deed:
        return "clause", deed
    ends = after in ("", "and", "to") or after in PREPOSITIONS or readings(after) & {
        "VBG"} or readings(after) == {"ADV"}  # "available immediately"
    opens = after in DETERMINERS or after in OBJECTS
    if (first in AUXILIARIES or (first in HELD_VERBS and after) or (first, after) in PHRASAL) \
            and not acronym:  # "look after 80 accounts": a verb, not "have a look after"
        return "clause", text[:1].lower() + text[1:]  # "Can drive", "Hold Level C in French"
    if first in SOFTWARE and is_name(words[0]) and not opens and after not in PREPOSITIONS:
        return highlight_noun(words)  # "Excel dashboards"
    if {"BASE", "NOUN"} <= tags and "ADJ" not in tags and len(words) > 2 and (
            ("ADJ" in readings(after) and after not in PREPOSITIONS) or (after == "and" and (
                readings(bare(words[2])) & {"BASE", "PLURAL", "ADJ"} == {"BASE"}))):
        return "clause", text  # "process biweekly payroll", "Program and run 5-axis machines"
    if "PAST" in tags:
        if _past_deed(words, after):
            return "clause", text
        if (first in DESCRIBING or "ADJ" in tags) and ends and not PAST_TIME.search(text):
            return "adjective", "am " + text  # "certified in"; not "am qualified ... in 2024"
        if (first in DESCRIBING or "ADJ" in tags) and not opens and not is_number(after) and \
                not PAST_TIME.search(text):  # not "Completed ALS in 2025"
            head = noun_head(words[1:])
            if is_person(head):
                return "noun", f"am {article(text)} {text}"  # "am a certified first-aider"
            # "have advanced Excel skills", "have increased sales", "have a proven record"
            return "noun", f"have {article(text) + ' ' if bare(head) in CREDENTIALS else ''}{text}"
        return "clause", text
    if "VBG" in tags:
        return _gerund(words, tags, opens=opens, ends=bool(ends))
    if tags & {"BASE", "VBZ"} and (not tags & {"NOUN", "ADJ"} or opens or after == "as"):
        verb = base_form(first) if "VBZ" in tags else first
        return "clause", " ".join([verb, *words[1:]])  # "Speaks Polish": "speak Polish"
    if ("ADJ" in tags or re.search(r"(?:ible|able|ful|ous|ive)$", first)) and ends and \
            first not in COMPLETED and not {bare(word) for word in words} & (HELD | HAVING):
        # not "am elective in tropical medicine", "am full driving licence", "am Manual
        # Handling and MAPA training"
        return "adjective", "am " + text
    if first in ABILITY and after and not opens and not is_person(noun_head(words)):
        return "adjective", f"am {first} in {lower_first(' '.join(words[1:]))}"  # "fluent Auslan"
    return highlight_noun(words)


def _gerund(words: list[str], tags: frozenset[str], *, opens: bool, ends: bool) -> tuple[str, str]:
    """A highlight that opens with an -ing word: a title ("leading hand on"), a thing
    ("Working knowledge of Irish", "typing speed 52 wpm"), what is under way ("doing my DofE
    Silver") or experience ("have experience coaching under-12s")."""
    text, first = lower_first(" ".join(words)), bare(words[0])
    after = bare(words[1]) if len(words) > 1 else ""
    if len(words) > 2 and readings(after) & {"NOUN", "BASE", "PLURAL"} == {"NOUN", "BASE"} and \
            is_number(bare(words[2])):  # "typing speed 52 wpm" (round 46)
        return "noun", f"have a {first} {after} of {' '.join(words[2:])}"
    if is_person(after) and "PLURAL" not in readings(after) and (
            len(words) < 3 or bare(words[2]) in PREPOSITIONS):
        return highlight_noun(words)  # a title: "leading hand on", "managing director of"
    if ("ADJ" in tags and not opens and not ends) or ("NOUN" in tags and after in PREPOSITIONS
                                                     ) or after in MASS | CREDENTIALS:
        return highlight_noun(words)  # "Outstanding reviews", "Working knowledge of Irish"
    if first in ("doing", "studying", "completing"):  # under way: "doing my DofE Silver"
        return "clause", "am " + text
    return "clause", "have experience " + text
