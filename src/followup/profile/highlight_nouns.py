"""TY4: a highlight written as a noun phrase, read as the words that follow "I": what the
candidate has ("have a first-class degree", "have 5 years of experience in hospitality"),
holds ("hold QQI Level 5"), completed ("have completed a placement"), or is ("am a certified
first-aider", "am treasurer of the society"), or was ("was DSM on a 14-week tour")."""

from __future__ import annotations

import itertools
import re

from followup.profile.parts import is_field
from followup.profile.wordforms import (
    CLOSED,
    CREDENTIALS,
    DESCRIBING,
    DETERMINERS,
    HAVING,
    HELD,
    MASS,
    PREPOSITIONS,
    article,
    bare,
    is_acronym,
    is_name,
    is_number,
    is_person,
    lower_first,
    noun_head,
    plain_singular,
    readings,
    words_of,
)
from followup.words import without_asides

# "ROLE, EVENT": a role that says what was done at the event ("Winner, X": "won X").
ROLE_DEEDS = {"winner": "won", "champion": "won", "speaker": "spoke at", "presenter":
              "presented at", "keynote": "gave the keynote at", "finalist": "was a finalist in",
              "runner-up": "was runner-up in", "semi-finalist": "was a semi-finalist in",
              "competitor": "competed in", "participant": "took part in", "exhibitor":
              "exhibited at", "panellist": "was a panellist at", "panelist": "was a panelist at",
              "organiser": "organised", "organizer": "organized", "founder": "founded",
              "co-founder": "co-founded", "attendee": "attended", "delegate": "was a delegate at"}
EVENTS = words_of(  # events one organises or runs: "organised a sleep-out fundraiser"
    "fundraiser event conference hackathon festival gala fair quiz sale night raffle sleep-out "
    "fun-run exhibition showcase meetup summit tournament appeal open-day careers-fair")

# Roles one person holds in an organisation: "am treasurer of the society", not "a treasurer".
OFFICES = words_of("president vice-president chair chairperson captain vice-captain treasurer "
                   "secretary head editor director founder co-founder convenor convener leader")
DEGREES = words_of("ba bsc ma msc mres mphil phd dphil mba beng meng be llb llm bed med "
                   "mteach bcom bba bs bsn bfa mfa degree diploma masters bachelors")
SCHOOL = words_of("gcse gcses a-level a-levels igcse")  # "GCSE maths": no article
# What makes an acronym after it a person registered: "Nationally Registered EMT", "Licensed
# LPN" (not a credential had, nor "experience in" it).
REGISTERED = words_of("registered certified licensed chartered accredited qualified")
# Things one finishes: "have completed a 12-week placement".
COMPLETED = words_of("placement internship apprenticeship secondment clerkship traineeship "
                     "course programme program module rotation residency elective practicum "
                     "externship bootcamp")


def highlight_noun(words: list[str]) -> tuple[str, str]:
    """A noun phrase after "I": "have a first-class degree", "am a certified first-aider",
    "have experience with Python, SQL and Tableau", "have experience in stock control"."""
    text, first, head = lower_first(" ".join(words)), bare(words[0]), noun_head(words)
    speed = re.fullmatch(r"(?:touch[- ])?type (?:at )?(\d+) ?(?:wpm|words (?:per|a) minute)",
                         text, re.I)
    if speed:  # a skill in the present: "type 65 wpm", not "have type ..."
        return "clause", f"type {speed[1]} wpm"
    level = re.fullmatch(r"(.+?)\s+((?:grade|level|band|stage)\s+\w+)", text, flags=re.I)
    if level and len(words) > 3:  # "GCSE maths grade 6": "have GCSE maths at grade 6"
        form, reading = highlight_noun(words[:-2])
        return form, f"{reading} at {level[2].lower()}"
    years = re.fullmatch(r"(\S+) (yrs?|years?|months|weeks)(['’]?)\s+(of\s+)?(\S.*)", text, re.I)
    if years and is_number(bare(years[1])):
        return "noun", years_of(years)
    if re.search(r"\bof the (?:year|month|week|season|match|tournament)\b", text, re.I):
        return "clause", "won " + " ".join(words)  # "Employee of the Month", "Store of the Year"
    if first == "top" and len(words) > 1 and re.match(r"\d", words[1]):
        return "clause", "was in the " + text  # "top 5% of the cohort"
    if re.fullmatch(r"[1-3](?:st|nd|rd|[:.]\d)", first):  # a degree's class: "2:1 in Law"
        return "noun", "have a " + text
    if first in ("the", "my", "our") and bare(head) not in HAVING | MASS | {"ability", "right"}:
        return "noun", ""  # "The annual report 2025": a thing, not what was done with it
    if first in DETERMINERS or is_number(first) or first in ("over", "nearly", "almost"):
        return "noun", "have " + text
    plain = without_asides(" ".join(words)).split() or words  # not "(commercially endorsed)"
    last = bare(plain[-1])
    if len(words) > 1 and last in ("current", "valid") and any(
            bare(word) in CREDENTIALS for word in words[:-1]):  # "Chainsaw ticket current"
        return "noun", f"have a current {lower_first(' '.join(words[:-1]))}"
    if (held := held_and_described(words)) is not None:
        return "noun", held
    if len(words) > 1 and last in ("done", "completed", "complete", "finished", "passed"):
        done = lower_first(" ".join(words[:-1]))  # "18th edition done", "first aid course done"
        if last == "passed":  # an exam: "have passed Level 2 maths", "have passed my CSCS test"
            the = "" if re.match(r"(?:level|grade|stage|\d)", done, re.I) else "my "
            return "noun", f"have passed {the}{done}"
        the = "the" if re.match(r"\d+(?:st|nd|rd|th)\b", done) else article(done)
        return "noun", f"have completed {the} {done}"
    if any(bare(word) in DESCRIBING and bare(after) in ("through", "by", "with", "from")
           for word, after in itertools.pairwise(plain[1:])):  # "CPR and First Aid certified
        return "adjective", "am " + text  # through the Red Cross" (round 46)
    named = plain[-1][:1].isupper()  # "Yachtmaster Offshore": a name's word, no adjective
    if len(words) > 1 and (last in DESCRIBING or last in ("current", "compliant") or (
            readings(last) & {"PAST", "ADJ"} and "NOUN" not in readings(last) and not (
                named and "PAST" not in readings(last)) and not {
                bare(word) for word in plain[:-1]} & PREPOSITIONS)):  # "... in HGV driving"
        return "adjective", "am " + text  # "PRINCE2 certified", "BLS and ACLS current"
    item = words[1] if words[0].endswith(",") else words[2] if len(words) > 2 and bare(
        words[1]) in ("and", "or") else ""  # the second of a list
    if (is_name(item) and (is_name(words[0]) or plain_singular(words[0]))) or (
            len(words) == 1 and is_name(words[0]) and not is_person(words[0])):
        return "noun", "have experience with " + " ".join(words)  # "Go, Python and SQL"
    return highlight_thing(words, text, head)


def held_and_described(words: list[str]) -> str | None:
    """A credential held and a second item ("Forklift licence and first aid certified",
    "ARCtick licence + restricted electrical"): the licence is had, the second item is what
    the candidate is when it ends as a description, else a second thing had. None when the
    first item is not a credential."""
    joint = next((index for index, word in enumerate(words) if word in ("and", "+", "&")), 0)
    if not joint or joint == len(words) - 1 or not any(
            bare(word) in HELD | CREDENTIALS for word in words[:joint]) or (
            words[joint - 1][:1].isupper() and words[joint + 1][:1].isupper()):
        return None  # nor one name: "MA in Archives and Records Management" (round 38)
    _, held = highlight_noun(words[:joint])
    second = lower_first(" ".join(words[joint + 1:]))
    if not held.startswith("have ") or bare(words[-1]) in CREDENTIALS:
        return None
    if bare(words[-1]) in DESCRIBING | {"current", "compliant"}:
        return f"{held} and am {second}"  # "have a forklift licence and am first aid certified"
    return f"{held} and {second}"  # "have an ARCtick licence and restricted electrical"


def years_of(years: re.Match[str]) -> str:
    """"5 yrs in hospitality", "6 yrs front desk", "20 years of leading", "14 months as"."""
    unit, rest, of = re.sub("^yr", "year", years[2].lower()), years[5], years[4] or ""
    post = re.match(r"as ((?:[\w-]+ )*?[\w-]+)(?=,| at | for | with | in |$)", rest)
    if post and bare(post[1].split()[0]) not in DETERMINERS and "PLURAL" not in readings(
            bare(post[1].split()[-1])):  # "as export documentation clerk" (round 44)
        rest = f"as {article(post[1])} {rest[3:]}"
    start = f"have {years[1]} {unit}"
    lead = bare(rest.split()[0])
    if "experience" in rest.split()[:2] or (of and "VBG" not in readings(lead)):
        return f"{start}{years[3]} {of}{rest}"  # "years' experience", "years of sales"
    if not of and lead not in PREPOSITIONS and "VBG" not in readings(lead) and len(
            rest.split()) <= 4 and not {bare(word) for word in rest.split()} & CLOSED:
        return f"{start} of {rest} experience"  # "6 years of front desk experience"
    field, at, where = rest.partition(" at ")  # "2 yrs front desk at a chiropractic office"
    if not of and at and lead not in PREPOSITIONS and "VBG" not in readings(lead) and len(
            field.split()) <= 3 and not {bare(word) for word in field.split()} & CLOSED - {"and"}:
        return f"{start} of {field} experience at {where}"
    lead = "" if lead in PREPOSITIONS or "VBG" in readings(lead) else "in "
    return f"{start} of experience {lead}{rest}"  # "leading teams", "in retail"


def highlight_thing(words: list[str], text: str, head: str) -> tuple[str, str]:
    """A thing the candidate is or has: "am treasurer of the society", "have completed a
    placement", "have an MSc in Data Science", "have Grade 8 organ", "have experience in"."""
    first, after = bare(words[0]), bare(words[1]) if len(words) > 1 else ""
    if bare(head) in EVENTS and bare(" ".join(words[words.index(head) + 1:][:1])) not in (
            "at", "with"):  # "a fundraiser for the shelter", not "fundraiser at Oxfam"
        return "clause", f"organised {article(text)} {text}"
    if is_acronym(words[0]) and head == words[0] and after in ("on", "for") and \
            first not in CREDENTIALS:  # a post held: "DSM on a 14-week tour", "PM for the app"
        return "clause", "was " + " ".join(words)
    if is_acronym(words[-1]) and len(words) > 1 and any(bare(word) in REGISTERED
                                                       for word in words[:-1]):
        return "noun", f"am {article(text)} {' '.join(words)}"  # "a Nationally Registered EMT"
    if len(words) > 2 and re.fullmatch(r"class", words[-2], re.I) and len(words[-1]) <= 2:
        return "noun", f"hold {article(text)} {' '.join(words)}"  # a licence: "CDL Class B"
    if is_person(head):
        position = words.index(head) + 1
        office = bare(head) in OFFICES and bare(" ".join(words[position:position + 1])) == "of"
        return "noun", f"am {'' if office else article(text) + ' '}{text}"
    if bare(head) in HAVING:
        return "noun", "have " + text  # "placement experience with", "working knowledge of"
    if first in DEGREES and sum(map(str.isupper, words[0])) > 1 and words[1:2] and \
            words[1][:1].isupper() and after not in CLOSED and not is_person(words[1]):
        text = f"{words[0]} in {' '.join(words[1:])}"  # "an MSc in Marine Biology"
    if first in SCHOOL:
        return "noun", "have " + text  # "have GCSE maths"
    if first in ("certificate", "diploma") and re.fullmatch(r"\d|[ivx]{1,3}", after) and len(
            words) > 2 and bare(words[2]) != "in":  # "Cert IV Sports Turf Management"
        return "noun", f"have a {words[0]} {words[1]} in {' '.join(words[2:])}"
    if re.fullmatch(r"\d{1,2}|[ivx]{1,4}", after) and words[0][:1].isupper() and len(words) > 2:
        span = list(itertools.takewhile(
            lambda word: bare(word) not in PREPOSITIONS | {"and", "or"}, words[2:]))
        named = bare(span[-1] if span else words[0])  # "Grade 8 organ", "Cert II in"
        if named in COMPLETED:
            return "noun", f"have completed {article(text)} {text}"
        if named not in CREDENTIALS:
            return "noun", "have " + text  # "have Grade 8 organ with distinction"
    if bare(head) in COMPLETED:
        return "noun", f"have completed {article(text)} {text}"
    describes, single = "DESCRIBES" in readings(first), head == words[0] and len(words) > 1
    at = words.index("Level") if "Level" in words[1:5] else 0  # "City & Guilds Level 2"
    level = 0 < at < len(words) - 1 and all(  # "FoodSafe Level 2"
        word[:1].isupper() or word in ("&", "and") for word in words[:at])
    if level or (words[0][:1].isupper() and not is_person(head) and any(
            bare(word) in HELD and word[:1].isupper() for word in words[:3])):
        return "noun", f"hold {'' if level else article(text) + ' '}{' '.join(words)}"
    if bare(head) in HELD:
        return "noun", f"have {article(text)} {text}"  # "cscs card", "forklift ticket"
    if {first, bare(head), bare(words[-1])} & CREDENTIALS or (plain_singular(head) and (
            describes or is_name(words[0]) or single)):  # "a book under contract"
        return "noun", f"have {article(text)} {text}"
    if "PLURAL" in readings(bare(head)) or {first, bare(head)} & HAVING or describes:
        return "noun", "have " + text
    return "noun", "have experience in " + text if is_field(words) else ""
