"""What was learned, discussed or asked, said to someone at the employer (TY4, TY8): the
employer's "they" is "you" ("that they run game days": "that you run game days"). Read once
with the field and kept in the cache (`fields`), so that a draft needs no word lists."""

from __future__ import annotations

import re

from followup.profile.forms import UNSAID
from followup.profile.tact import PAY
from followup.profile.wordforms import bare, is_name, readings, words_of

# TY4, TY8: the employer's "they", said to someone at the employer, is "you".
THEY_TO_YOU = {"they": "you", "them": "you", "their": "your", "theirs": "yours",
               "themselves": "yourselves", "they're": "you're", "they've": "you've",
               "they'd": "you'd", "they'll": "you'll"}
GROUPS = words_of("staff people team crew everyone everybody family board panel class")
# One person or body a "their" may mean ("every resident has a booklet in their room", "a
# state agency their data was unusable"): not "your".
PERSONS = words_of("every each anyone someone somebody person resident patient client "
                   "customer pupil student child member candidate employee applicant user "
                   "visitor tenant guest learner trainee apprentice volunteer starter hire "
                   "agency company firm council department ministry authority government "
                   "supplier vendor partner business charity organisation organization "
                   "school hospital bank")

# "he", "she": said to one of the people it may mean ("that he started here 20 years ago",
# in the note to him), it reads as talking about them behind their back.
SOMEONE = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.I)


ACRONYMS = re.compile(r"[A-Z]{2,}s")  # a plural of capitals: "SMs get a say in their store"
THEY = re.compile(r"\b(?:they['’](?:re|ve|d|ll)|themselves|theirs|their|them|they)\b", re.I)


# A "you" the user wrote in their notes ("you do 4 days on site"): meant for anyone, but
# said to someone at the employer it reads as them.
YOU = re.compile(r"\byou(?:r|rs|rself|['’](?:re|ve|ll|d))?\b", re.I)


def to_you(text: str, *, asked: bool = False) -> str:
    """TY4, TY8: what was learned, discussed or asked, said to someone at the employer: the
    employer's "they" is "you" ("that they run game days" -> "that you run game days"). A
    "they" that may mean others is kept, with all after it: a group or a plural noun before
    it ("the volunteers run events, they ..."), unless that noun is what "they" act on, right
    before it ("how many temps they take on", "the readers they've just bought"). A "he" or
    "she" may be the reader, and pay and perks are not raised with the employer (G2): UNSAID."""
    if SOMEONE.search(text) or PAY.search(text) or (not asked and YOU.search(text)):
        return UNSAID
    words, swapped = text.split(" "), False
    for index, word in enumerate(words):
        if not THEY.fullmatch(word.strip(".,;:!?()\"“”")):
            continue
        if others(words[:index]) and not swapped:  # "the brands they stock and why they
            break  # dropped ...": the same "they", once one is theirs
        swapped = True

        def swap(match: re.Match[str]) -> str:
            said = THEY_TO_YOU[match[0].lower().replace("’", "'")]
            said = said.replace("'", "’") if "’" in match[0] else said
            return said.capitalize() if match[0][0].isupper() else said
        words[index] = THEY.sub(swap, word)
    return " ".join(words)


def others(before: list[str]) -> bool:
    """Whether the words before a "they" name people or things it could mean: a group
    ("the staff") or a plural noun, not one right before it that it acts on."""
    for index, word in enumerate(before):
        low, last = bare(word), index == len(before) - 1
        if low in GROUPS or low in PERSONS:
            return True
        if (("PLURAL" in readings(low) and not is_name(word)) or ACRONYMS.fullmatch(
                word.strip(".,;:!?()\"“”"))) and not (last and word[-1:].isalnum()):
            return True  # "the volunteers", "SMs"
    return False
