"""What was learned, discussed or asked, said to someone at the employer (TY4, TY8): the
employer's "they" is "you" ("that they run game days": "that you run game days"). Read once
with the field and kept in the cache (`fields`), so that a draft needs no word lists."""

from __future__ import annotations

import itertools
import re

from followup.profile.forms import SOMEONE, UNSAID
from followup.profile.promises import DATED
from followup.profile.tact import PAY
from followup.profile.wordforms import (
    CLOSED,
    LANGUAGES,
    bare,
    base_form,
    is_name,
    is_number,
    readings,
    words_of,
)

# TY4, TY8: the employer's "they", said to someone at the employer, is "you".
THEY_TO_YOU = {"they": "you", "them": "you", "their": "your", "theirs": "yours",
               "themselves": "yourselves", "they're": "you're", "they've": "you've",
               "they'd": "you'd", "they'll": "you'll"}
GROUPS = words_of("staff people team crew everyone everybody family board panel class")
# One person or body a "their" may mean ("every resident has a booklet in their room", "a
# state agency their data was unusable"): not "your".
BODIES = words_of("agency company firm council department ministry authority government "
                  "supplier vendor partner business charity organisation organization "
                  "school hospital bank")
PERSONS = words_of("every each anyone someone somebody person resident patient client "
                   "customer pupil student child member candidate employee applicant user "
                   "visitor tenant guest learner trainee apprentice volunteer starter "
                   "hire") | BODIES



# One who does a job, by its ending: "detailer", "technologist", "attendant".
AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent)")
# A plural of capitals: "SMs get a say in their store", "new CO's get their own caseload".
ACRONYMS = re.compile(r"[A-Z]{2,}['’]?s")
THEY = re.compile(r"\b(?:they['’](?:re|ve|d|ll)|themselves|theirs|their|them|they)\b", re.I)


# A "you" the user wrote in their notes ("you do 4 days on site"): meant for anyone, but
# said to someone at the employer it reads as them.
YOU = re.compile(r"\byou(?:r|rs|rself|['’](?:re|ve|ll|d))?\b", re.I)


def to_you(text: str, *, asked: bool = False, own: bool = False) -> str:
    """TY4, TY8: what was learned, discussed or asked, said to someone at the employer: the
    employer's "they" is "you" ("that they run game days" -> "that you run game days"). A
    "they" that may mean others is kept, with all after it: a group or a plural noun before
    it ("the volunteers run events, they ..."), unless that noun is what "they" act on, right
    before it ("how many temps they take on", "the readers they've just bought"). A "he" or
    "she" is the reader, in the note to the one whose field it is (`one_to_you`), unless it
    may mean someone else; pay and perks are not raised with the employer (G2): UNSAID; but
    a sum in the candidate's `own` achievement is theirs to name ("secured a $1.2 million
    grant", round 51)."""
    if (PAY.search(text) and not own) or (not asked and YOU.search(text)):
        return UNSAID
    if YOU.search(text) and THEY.search(text):  # "Do they train you on the reach truck": the
        text = re.sub(r"\byour\b", "my", re.sub(r"(?<!^)\byou\b", "me", text))  # asker, "me"
    if SOMEONE.search(text) and (text := one_to_you(text) or "") == "":
        return UNSAID
    words, swapped = text.split(" "), False
    for index, word in enumerate(words):
        if not THEY.fullmatch(word.strip(".,;:!?()\"“”")):
            continue
        if others(words[:index], word) and not swapped:  # "the brands they stock and why they
            break  # dropped ...": the same "they", once one is theirs
        swapped = True

        def swap(match: re.Match[str]) -> str:
            said = THEY_TO_YOU[match[0].lower().replace("’", "'")]
            said = said.replace("'", "’") if "’" in match[0] else said
            return said.capitalize() if match[0][0].isupper() else said
        words[index] = THEY.sub(swap, word)
    return " ".join(words)


def others(before: list[str], it: str = "they") -> bool:
    """Whether the words before a "they" (`it`: the word as written) name people or things it
    could mean: a group ("the staff") or a plural noun, not one right before it that it acts
    on; languages, for "them" ("English and Spanish and can switch between them", round 55)."""
    for index, word in enumerate(before):  # "a member's card ... they": the member (round 57)
        low, last = re.sub(r"['’]s$", "", bare(word)), index == len(before) - 1
        if low == "of" and index and not last and (is_number(bare(before[index - 1])) or bare(
                before[index - 1]) in ("some", "most", "many", "both", "all")):
            return True  # "two of the local marae ... their own", not "most of their" (r55)
        if low in GROUPS or low in PERSONS or (low in LANGUAGES and bare(it) == "them") or (
                AGENT.fullmatch(low) and index and bare(
                    before[index - 1]) in ("a", "an", "new", "each", "every")):
            return True  # "a new detailer gets a job of their own" (round 37)
        plural = "PLURAL" in readings(low) or (re.fullmatch(r"[a-z]+[^su]s", low) is not None
                                                and {bare(each) for each in before[:index]} &
                                                {"the", "all", "our", "some", "most"})
        if ((plural and not is_name(word)) or ACRONYMS.fullmatch(
                word.strip(".,;:!?()\"“”"))) and not (last and word[-1:].isalnum()):
            return True  # "the volunteers", "the night techs" (a word lemminflect lacks), "SMs"
    return False


# After "he" or "she" said as "you": the verb as it agrees ("you run", "you are").
AGREES = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
          "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't"}
WHO = {"who", "whose", "who's", "who’s"}  # "a kaumātua who ... his", "a client who's ..."
BETWEEN = words_of("also always usually often never just still really already even only")


def one_to_you(text: str) -> str | None:
    """TY4: "her trick for calming the bees", in the note to her, is "your trick ..." (round
    34: such details were left out of every note). None when "he" or "she" may mean someone
    else: both are there, or a name comes before ("Tom said his team ...")."""
    male = re.search(r"\b(?:he|him|his|himself)\b|\bhe['’]s\b", text, re.I)
    female = re.search(r"\b(?:she|her|hers|herself)\b|\bshe['’]s\b", text, re.I)
    first = male or female
    if re.search(r"\b(?:by|from|or|to)\s+(?:the|a|an|each|every)\s+[a-z-]+\s+(?:himself|"
                 r"herself)\b", text, re.I):
        return text  # "by the lecturer himself": the lecturer's own, said of anyone (round 47)
    before = text[:first.start()].split() if first else []
    if first is None or (male and female) or any(
            re.fullmatch(r"[A-Z][a-z]+", word) and is_name(word) and word.lower() not in DATED
            for word in before[1:]):
        return None  # "by Friday 20 November once he's"; "the patient ... help her" (round 38)
    owners = [bare(word) for word in before]
    people = (PERSONS - BODIES) | WHO  # a "she" is no department (round 45)
    if any(word in people or (re.fullmatch(r"[a-z]+['’]s", word) and word[:-2] not in
                              CLOSED) for word in owners) or any(
            AGENT.fullmatch(word) and ahead in ("a", "an")
            for ahead, word in itertools.pairwise(owners)):
        return text  # his own: "a consultant who's happy with his", "my dog's recall and
        # how she behaves" (round 42)
    words = text.split(" ")
    for index, word in enumerate(words):
        low = bare(word)  # the word after it, past an adverb: "she also runs"
        at = next((at for at in range(index + 1, len(words)) if bare(words[at]) not in BETWEEN),
                  None)
        said = _said_as_you(low, "" if at is None else bare(words[at]))
        if said is None:
            continue
        words[index] = word.lower().replace(low, said, 1)
        if low in ("he", "she") and at is not None:
            words[at] = _agreed(words[at])
            _agree_joined(words, at)
    return " ".join(words)


# After a verb's "and": one more verb of "you" ("sits in Boston and comes to ...": "come",
# round 45), when no plural noun could be meant ("invoices and reports").
JOINED_VERB_NEXT = words_of("to back in out up every all around across between the a an his her")


def _agree_joined(words: list[str], verb: int) -> None:
    """The verbs joined by "and" or "but" to the one said after "you", agreed too."""
    for index in range(verb + 1, len(words) - 1):
        if bare(words[index]) not in ("and", "but") or words[index - 1][-1:] in ",;.":
            continue
        at = next((at for at in range(index + 1, len(words))
                   if bare(words[at]) not in BETWEEN | {"now", "then"}), None)
        if at is None:
            return
        low, after = bare(words[at]), bare(words[at + 1]) if at + 1 < len(words) else ""
        if "VBZ" in readings(low) and ("PLURAL" not in readings(low) or after in
                                       JOINED_VERB_NEXT):
            words[at] = _agreed(words[at])


def _said_as_you(word: str, after: str) -> str | None:
    """A "he" or "she" word as said to them: "his", or "her" before a noun, is "your"."""
    if word in ("he", "she", "him"):
        return "you"
    if word in ("he's", "she's"):
        return "you've" if "PAST" in readings(after) and "ADJ" not in readings(after) \
            else "you're"
    if word == "her":
        return "you" if not after or after in CLOSED else "your"
    return {"his": "your", "hers": "yours", "himself": "yourself",
            "herself": "yourself"}.get(word)


def _agreed(verb: str) -> str:
    """The verb after "you" for one said after "he" ("runs": "run", "is": "are")."""
    low = bare(verb)
    if low in AGREES:
        return verb.lower().replace(low, AGREES[low], 1)
    return base_form(low) if "VBZ" in readings(low) else verb
