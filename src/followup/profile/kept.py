"""Which words of a field a reading keeps (TY4, G2): a field is used only whole, since half
of one would misquote the candidate; `lost_words` names the content words the words a
frame takes ("fitted") do not carry, as written or in another form ("held" as "hold", "yrs"
as "years", "Aug" as "August")."""

from __future__ import annotations

import re

from followup.profile.shorthand import (
    MONTH_NAMES,
    SHORTHAND,
    UNITS,
    WORD,
    joined_slashes,
    spelled_out,
)
from followup.profile.wordforms import CLOSED, bare, base_form, is_person

# Words a note leaves behind that a letter does not need to keep: the candidate ("I", "my"),
# fillers, and the days and years a sentence may do without.
DROPPABLE = frozenset((
    "i", "me", "my", "mine", "myself", "we", "our", "us", "also", "really", "very", "just",
    "still", "so", "too", "quite", "pretty", "mostly", "etc", "i'm", "i've", "i'd", "i'll",
    "im", "ive", "said", "told", "mentioned", "would", "will", "be", "been", "being", "done",
    "finished",  # "First aid course done": "have completed a first aid course"
    "particular"))  # "in particular" is said "especially"
# Words a reading says another way: "speaking X fluent" is "fluent in X", "revert" is "get
# back to you" (round 43).
SAID_AS = {"speak": "fluent", "speaking": "fluent", "fluently": "fluent", "revert": "back"}


def lost_words(written: str, fitted: str) -> list[str]:
    """The content words of `written` that `fitted` does not carry, as written or as a form
    of them ("held" as "hold", "yrs" as "years", "Firm's" as "the firm's")."""
    kept = [_key(part) for word in WORD.findall(fitted)
            for part in {word, *word.split("-")}]  # "100-day" keeps "100" and "day"
    kept_set = set(kept)
    lost = []
    # What the user put in brackets is an aside they marked as such: it may go.
    for word in WORD.findall(re.sub(r"\([^()]*\)?", " ", spelled_out(joined_slashes(written)))):
        key = _key(word)
        if not key or key in kept_set or SAID_AS.get(key) in kept_set or _droppable(word, key) \
                or kept_set.issuperset(key.split()):  # "alot" written out: "a lot"
            continue
        if not any(_same(key, other) for other in kept):
            lost.append(word.strip(".,;:!?'’\"()"))
    return lost


def _key(word: str) -> str:
    """A word as it is compared: shorthand written out ("yrs": "year"), in lower case,
    without an ending of its own ("Firm's", "we'll", "I'm")."""
    core = bare(word.strip(".,;:!?'’\"()"))
    core = re.sub(r"^(\d+(?:\.\d+)?)-?(?:yrs?|wks?|mths?|hrs?|h|mins?)$", r"\1", core)  # "12hr"
    core = bare(SHORTHAND.get(core, SHORTHAND.get(core + ".", UNITS.get(
        core, MONTH_NAMES.get(core, core)))))  # "yrs": "year"; "Aug": "August"
    return re.sub(r"'(?:s|ll|d|ve|re|m)$", "", core)


YEARS = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?")  # "2024", "2025-26"


def _droppable(word: str, key: str) -> bool:
    """A word a reading may leave out: a little word, a filler, a year, a person's role
    ("Winner, ..." reads "won ...")."""
    return key in CLOSED or key in DROPPABLE or len(key) < 2 or bool(YEARS.fullmatch(key)) \
        or is_person(word.strip(".,;:!?'’\"()"))


def _same(key: str, other: str) -> bool:
    """One word in two forms: "held"/"hold", "trialling"/"trial", "hours"/"hour"."""
    if not other:
        return False
    if len(key) >= 4 and len(other) >= 4 and (key.startswith(other) or other.startswith(key)):
        return True
    if len(key) == 3 and len(other) >= 6 and other.startswith(key):  # "Eng": "Engineering"
        return True
    if len(key) >= 5 and len(other) >= 5 and key[:5] == other[:5]:
        return True
    if key.rstrip("s") == other.rstrip("s"):  # "days" and "day"
        return True
    return base_form(key) == base_form(other)
