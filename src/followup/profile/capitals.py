"""Capitals for things (G2): a field that gives common words a capital mid-sentence ("how the
Night Staff settle the Residents when they are Unsettled") in lower case, as a letter writes
them; names kept ("Citizens Advice", "Sister Bernadette"); a field typed in capitals in
sentence case, its acronyms kept (`sentence_case`)."""

from __future__ import annotations

import re

from followup.profile.promises import DATED
from followup.profile.shorthand import SHORTHAND
from followup.profile.wordforms import CLOSED, LANGUAGES, is_name, readings
from followup.words import without_asides

# A run of capitalised words ("Night Staff", "Manual Handling"), with the small words of a
# name between them ("Chartered Institute of Housing", "Store of the Year", "Certificate in
# Vaccination Practice", kept whole); not "PhD".
_WORD = r"[A-Z][a-z'’]+(?:-[A-Za-z]+)*(?![\w'’-])"
_LINK = r"(?:(?:of|for|in|de|la|du)\s+(?:the\s+)?|(?:and|&)\s+)?"
_RUN = re.compile(rf"(?<![\w'’-]){_WORD}(?:\s+{_LINK}{_WORD})*")
# A language typed in small letters: "the polish dub" (but "to polish", a verb, is left).
_LANGUAGE = re.compile(r"(?<![\w'’/@.-])(" + "|".join(sorted(LANGUAGES - {"polish"})) +
                       r")(?![\w'’/@-])")
_POLISH = re.compile(r"\b(the|a|an|in|into|from|fluent|native|speak|speaks|and|or) polish\b")
_OWNED = re.compile(r"\b(?:the|my|our|your|their|his|her|its|a|an)\s+$", re.I)


def common_case(text: str) -> str:
    """The text with its capitalised common words in lower case. A writer who has the habit
    (two words or more standing alone mid-sentence: "the Residents ... Dementia") has them
    all lowered, runs too ("the Night Staff"); else only a word alone after "the" or "my"
    ("my Mother", "the Hoists"), with the rest of a run that opens the text ("Manual
    Handling"). A field in title case has every common word lowered ("Split Shifts, How
    Many A Week"). A run with a name in it ("Sister Bernadette") is kept, and so is the
    first word of a sentence."""
    if _title_case(text):  # "Drivers Get Conflict Training For Difficult Passengers"
        return re.sub(r"(?<![\w'’])(?<![A-Za-z'’]-)[A-Z][a-z'’]*(?:-[A-Za-z]+)*(?![\w'’-])",
                      lambda word: _title_word(text, word), text)  # not "240-Unit"
    runs = [run for run in (_candidates(text, run) for run in _RUN.finditer(text)) if run]
    alone = [run[0] for run in runs if len(run) == 1 and run[0][2] > 0]
    if len(alone) >= 2:
        found = [word for run in runs for word in run]
    else:
        found = [word for word in alone if _OWNED.search(text[:word[0]])]
        found += [word for word in (runs[0] if found and runs else []) if word[2] == 0]
    for start, end, _ in sorted(set(found), reverse=True):
        text = text[:start] + text[start:end].lower() + text[end:]
    return text


def _title_word(text: str, word: re.Match[str]) -> str:
    """A word of a field in title case, lowered unless it is the first, "I" or a name: a
    small word, a word after "I" ("Can I Retest", round 40), a common word not after a name
    English lacks ("Yardi Voyager"), or one after it that is no noun ("Let Liam Know")."""
    said, before = word[0], text[:word.start()]
    if not word.start() or said == "I":
        return said
    lowered = said.lower() in CLOSED or before.endswith("I ") or (_plain(said) and (
        not _named_before(before) or "NOUN" not in readings(said.lower())))
    return said.lower() if lowered else said


def _named_before(before: str) -> bool:
    """Whether the word before is a name English lacks, which the next word may belong to:
    "Yardi Voyager", "Civil 3D" (in title case, where a capital says little)."""
    last = re.search(r"([A-Z][\w'’]*)\s+$", before)
    low = last[1].lower() if last else ""  # not a month, a weekday nor a language: "In
    return bool(low) and not readings(low) and low not in CLOSED | DATED | LANGUAGES  # September
    # While Working" is "in September while working" (round 37)


def _title_case(text: str) -> bool:
    """Every word of four or more with a capital, as a heading is written, small words too
    ("Training For", "Tongan And English"; not "Citizens Advice Bureau Volunteer")."""
    words = re.findall(r"(?<![\w'’-])[A-Za-z][\w'’-]*", text)  # not the s of "1890s"
    return len(words) >= 4 and all(word[:1].isupper() for word in words) and any(
        word.lower() in CLOSED and word != "I" for word in words[1:])


def _candidates(text: str, run: re.Match[str]) -> list[tuple[int, int, int]]:
    """The words of a run that may be lowered, as (start, end, where the run starts) ("the
    Night Staff"); none for a name ("Chartered Institute of Housing", "the Discord bot",
    "their Civil 3D template"). A sentence's first word is never among them."""
    words = list(re.finditer(r"\S+", run[0]))
    first = run.start() == 0 or re.search(r"[.!?:]\s*$", text[:run.start()]) is not None
    if len(words) == first or any(word[0].islower() or word[0] == "&" for word in words) or \
            not all(_common(word[0]) for word in words[first:]):
        return []
    found = re.match(r"\s+([\w'’-]+)|\.\s+([A-Z\d])\b", text[run.end():])  # "Cat. C" too
    after = found and (found[1] or found[2])
    if after and (not after[:1].islower() or (after not in CLOSED and (
            "NOUN" in readings(after) or not readings(after)))):
        return []  # a name before what it names: "the Discord bot", "Civil 3D"
    return [(run.start() + word.start(), run.start() + word.end(), run.start())
            for word in words[first:]]


def unknown_short_word(word: str) -> bool:
    """A short word English lacks ("HSE", "BMS", "NEOC"), which in capitals reads as an
    acronym; not "THE", "FIRE"."""
    low = word.lower()
    return len(low) < 6 and low not in CLOSED and not readings(low)


def _common(word: str) -> bool:
    """A word English has in lower case, and not a name nor a small word ("of", "I")."""
    return word != "I" and word.lower() not in CLOSED and not is_name(word) and _plain(word)


def _plain(word: str) -> bool:
    """In a field in title case, any word English has in lower case ("Goods", which alone
    might be a name): not a language, a weekday or a month."""
    low = word.lower()
    return low not in DATED and low.split("-")[0] not in LANGUAGES and bool(
        readings(low.split("-")[0]))


# Awards and schemes a school leaver names in small letters (round 26's "duke of edinburgh").
_SCHEMES = {"duke of edinburgh": "Duke of Edinburgh", "dofe": "DofE", "gcses": "GCSEs",
            "a levels": "A levels", "a-levels": "A levels", "btec": "BTEC"}
_SCHEME = re.compile(r"\b(" + "|".join(_SCHEMES) + r")\b")


def named_with_capitals(text: str) -> str:
    """Languages written with their capital ("spanish" -> "Spanish", "bsl" -> "BSL"), a
    school leaver's awards ("duke of edinburgh" -> "Duke of Edinburgh"), quarters ("Q1")."""
    text = _SCHEME.sub(lambda found: _SCHEMES[found[1]], text)
    text = re.sub(r"\bq([1-4])\b", r"Q\1", text)  # "the q1 campaign": a quarter
    return languages_in_capitals(text)


def languages_in_capitals(text: str) -> str:
    """Languages written with their capital: "latin & greek" -> "Latin & Greek", "bsl" ->
    "BSL"; "the polish dub" -> "the Polish dub", but "to polish" is a verb."""
    return _LANGUAGE.sub(lambda found: found[1].upper() if len(found[1]) <= 3 else
                         found[1].capitalize(), _POLISH.sub(r"\1 Polish", text))


def sentence_case(text: str) -> str:
    """A field typed in capitals ("THE BOILER SWAP I WATCHED") in sentence case: each word
    lower-cased but what reads as an acronym (no vowel, a digit, or a short word English
    lacks: "GNSS", "NEWS2", "BMS"). A field with any small letter outside its brackets is
    left as typed ("HOW I'D FIX THE TURNOVER (it's 80%)" is in capitals)."""
    letters = [char for char in without_asides(text) if char.isalpha()]
    words = re.findall(r"[A-Za-z][\w'’]*", text)
    if not letters or any(char.islower() for char in letters) or len(words) < 3 or not any(
            len(word) > 3 and readings(word.lower()) for word in words):
        return text

    def lower(match: re.Match[str]) -> str:
        word = match[0]
        if word.lower() in NAMED:
            return word.capitalize()  # "JUNE": "June"
        if word.lower() in PREFIXES and match.string[match.end():].startswith("-"):
            return word.lower()  # "PRE-EXPOSURE": "pre-exposure", not "PRE-exposure"
        if len(word) > 3 and word.lower() in SHORTHAND:  # not "IM", "U"
            return word.lower()  # "X-RAY CERT": "cert", written out later (round 37)
        if not re.search(r"[AEIOUY]", word) or re.search(r"\d", word) or (
                "'" not in word and unknown_short_word(word)):
            return word
        return word.lower()
    text = re.sub(r"[A-Z](?:[\w'’]|&(?=[A-Z]))*", lower, text)  # "D&A" is one word
    return re.sub(r"\b(\d+)(ST|ND|RD|TH)\b", lambda found: found[1] + found[2].lower(),
                  text)  # "7TH GRADE": "7th grade" (round 36)


PREFIXES = frozenset(("pre", "post", "non", "co", "re", "anti", "semi", "multi", "sub", "mid",
                      "self", "ex", "inter", "over", "under"))  # round 40
NAMED = DATED - {"may"}  # capitalised in a field in capitals; "we may"
