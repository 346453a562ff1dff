"""What was discussed, as a topic after "discussing" ("how to migrate the billing module");
TY4, what was learned, after "learn" ("that the menu changes every season"); TY8, a question
not asked whole, after "hear more about" (`questions`). A field in pieces (`parts`) keeps its
first topic and the pieces that join it, and leaves out what cannot be joined."""

from __future__ import annotations

import itertools
import re

from followup.profile.forms import Result
from followup.profile.highlights import EXAMPLE
from followup.profile.learned_notes import (
    after_opening,
    counted,
    learned_clause,
    plural_subject,
    the_subject,
)
from followup.profile.parts import JOINING, attach, piece_kind, pieces
from followup.profile.promises import all_time
from followup.profile.wordforms import (
    CLOSED,
    DETERMINERS,
    MARKS,
    MASS,
    MOSTLY,
    OBJECTS,
    PREPOSITIONS,
    SUBJECTS,
    TO_YOU,
    WH_WORDS,
    bare,
    base_form,
    capital_first,
    finite_verb,
    is_acronym,
    is_name,
    is_number,
    is_question,
    lower_first,
    noun_head,
    plain_singular,
    readings,
    swap_persons,
    topic,
    words_of,
)

BE = frozenset(("is", "are", "was", "were", "has", "have", "will"))  # a sentence's own verb
EXAMPLES = {"highlight": EXAMPLE, "discussed": "the team's move to AWS",
            "question": "How does the team measure success?",
            "learned": "that new starters shadow a colleague for their first month",
            "promise": "let me know within a week"}
WHAT = {"discussed": "a topic", "learned": "something you learned", "question": "a question"}
LIMIT = {"discussed": 25, "learned": 30, "question": 30}  # words in a topic, at most
# Gerunds that name an activity, before a noun they modify ("staffing levels").
ACTIVITIES = words_of("staffing funding housing marketing parking catering engineering accounting "
                      "nursing banking plumbing pricing shipping clothing lighting planning "
                      "training budgeting scheduling reporting safeguarding onboarding rostering "
                      "recruitment")
ASIDES = ("e.g", "i.e", "eg", "ie", "including", "such", "especially", "particularly")
ORDER = ("first", "last", "second", "third", "next")  # which comes when: an aside
# Gerunds of an occasion ("visiting the day centre"), not a method ("how to manage staff").
OCCASIONS = words_of("visiting attending joining shadowing touring meeting starting moving "
                     "relocating leaving returning coming going spending seeing observing "
                     "sitting covering doing giving presenting")
# The employer or a part of it, capitalised as the field's first word: "Firm's expansion".
BODIES = words_of("firm company bank council school department team practice trust hospital "
                  "university college store agency business group studio charity club board "
                  "ministry office unit branch site clinic library museum service division")
OPENING = words_of("recent new latest current proposed planned upcoming forthcoming")  # no "the"
# Verbs of what a place or a day does, seldom plural nouns: "kitchen closes on Sundays".
HAPPENS = words_of("opens closes starts finishes ends begins runs works goes comes stays")


def fit_topic(kind: str, words: list[str], asked: bool) -> Result:
    """What was discussed, as a topic after "discussing"; TY4, what was learned: "that ...",
    "about ..." or a clause with a question word after "learn"; TY8, a question: a direct
    one as a sentence, else what follows "hear more about"."""
    # "How I would handle a complaint.", and a topic's stray "?" ("how I'd handle a landlord
    # who won't ...?"): a topic, not a question
    indirect = (not asked or kind == "discussed") and len(words) > 2 and bare(
        words[0]) in WH_WORDS and bare(words[1]) in SUBJECTS | {"i'd", "i'm", "i've"}
    if is_question(words, asked) and not indirect:
        return "question", None, f"it is a question, not {WHAT[kind]}", EXAMPLES[kind]
    if kind == "learned" and asked:  # TY4: "The team is growing?": unsure it was said
        form, text, problem, example = fit_topic(kind, words, False)
        statement = capital_first(" ".join(words))
        return (form, None, "it ends in a question mark: say it only if you are sure of it",
                statement) if text else (form, text, problem, example)
    return joined_topic(kind, pieces(words))


def read_topic(kind: str, words: list[str]) -> Result:  # one piece, as the kind says
    text, first = lower_first(" ".join(words)), bare(words[0])
    tags, learned, about = readings(first), kind == "learned", "about " * (kind == "learned")
    if learned:
        text = swap_persons(text, TO_YOU)  # "We offer..." was said by them: "you offer"
    if first in WH_WORDS or (learned and first == "that"):
        return "sentence" if first == "that" else "noun", text, None, None
    if learned and first == "about" and len(words) > 1:
        return "noun", "about " + topic(words[1:]), None, None
    verb = finite_verb(words)
    if verb and (not learned or words[verb - 1].endswith(("'s", "’s"))) and compound(words, verb):
        verb = None  # "cycle counts on nights": a topic, not "the cycle counts"
    if verb and "PLURAL" in readings(bare(words[verb])) and any(  # "running weekend shifts on
            "VBG" in readings(bare(words[at])) and bare(words[at - 1] if at else "") not in
            DETERMINERS for at in range(max(0, verb - 2), verb)):  # site", not "the reading room
        verb = None  # moves": the object of an "-ing", not a verb
    if verb and bare(words[min(verb + 1, len(words) - 1)]) in SUBJECTS and (
            "NOUN" in readings(bare(words[verb])) or first in DETERMINERS) and not {
            bare(word) for word in words[verb + 1:]} & BE:  # "the frame brands they stock and
        verb = None  # why", "a tricky dispense I did": what they stock, a topic
    if verb is None and learned:
        verb = plural_subject(words) or after_opening(words)  # "volunteers run most of the
        # events"; "in crushing season the apprentices work shifts"
    # a name: "Complete Streets project", "Safer Routes pilot"
    titled = words[0][:1].isupper() and len(words) > 1 and words[1][:1].isupper() and \
        not is_name(words[1]) and first not in CLOSED
    if verb is not None and titled and "NOUN" in readings(bare(words[verb])):
        verb = None
    if learned and verb is not None and counted(words) and "PAST" in readings(
            bare(words[verb])) and not readings(bare(words[verb])) & {"BASE", "VBZ", "VBD"}:
        verb = None  # "around 25 trainees recruited each autumn": "are recruited"; not "came"
    if first in SUBJECTS or first == "that" or verb is not None:
        if learned:
            return "sentence", "that " + the_subject(words, verb, text), None, None
        return "sentence", None, f"it is a whole sentence, not {WHAT[kind]}", as_topic(words)
    if tags & {"PAST", "BASE"} and not tags & {"NOUN", "ADJ", "VBG"} and not titled:  # a name:
        # "Complete Streets project", not "Improve the returns process"
        return "clause", None, f"it starts with a verb, not {WHAT[kind]}", EXAMPLES[kind]
    if learned and (clause := learned_clause(words)):
        return "sentence", clause, None, None
    if all(readings(bare(word)) <= {"ADJ", "DESCRIBES", "ADV"} and readings(bare(word))
           for word in words if bare(word) not in CLOSED):  # "unfair a": no thing named
        return "noun", None, f"it names an adjective, not {WHAT[kind]}", EXAMPLES[kind]
    after = bare(words[1]) if len(words) > 1 else ""
    if kind == "discussed" and "VBG" in tags and not titled and how_to(words) and \
            first not in OCCASIONS:  # "visiting the day centre" as it is
        doing = " ".join(base_form(bare(word)) if index == 0 or (bare(words[index - 1]) in (
            "and", "or") and "VBG" in readings(bare(word))) else word
            for index, word in enumerate(words))
        return "clause", "how to " + doing, None, None  # not "discussing migrating ..."
    if kind == "discussed" and "VBG" in tags and after == "of" and not titled:
        return "noun", "the " + text, None, None  # "the plating of the desserts" (round 44)
    if "VBG" in tags and (after in DETERMINERS or is_number(after)):
        return "clause", about + text, None, None  # "managing the shop floor"
    return "noun", about + noun_phrase(words), None, None


def compound(words: list[str], verb: int) -> bool:
    """A second noun that could be a verb, after bare nouns ("cycle counts on nights") or owned
    ("Council's plans"), and before a preposition (no clock time) or nothing."""
    after = bare(words[verb + 1]) if verb + 1 < len(words) else ""
    then, tags = words[verb + 2] if verb + 2 < len(words) else "", readings(bare(words[verb]))
    owned = words[verb - 1].lower().endswith(("'s", "’s")) or (verb == 2 and bare(words[0]) in (
        "my", "our", "your", "their", "his", "her"))  # "my honours work on ..." (round 48)
    if owned and "NOUN" in tags and not tags & {"VBG", "PAST"}:
        return not after or after in PREPOSITIONS
    one = verb == 2 and bare(words[0]) in ("the", "a", "an") and (is_acronym(words[1]) or readings(
        bare(words[1])) == {"NOUN"})  # one thing, which a base form cannot follow as its verb:
    if one and "BASE" in tags and not tags & {"VBZ", "VBD"}:  # "The flu jab clinic", "the
        return True  # BCITO sign up"
    nouns = words[1 if verb > 1 and bare(words[0]) == "the" else 0:verb]  # "the weight limits"
    return "PLURAL" in tags and bare(words[verb]) not in HAPPENS and (
        not after or (after in PREPOSITIONS and not then[:1].isdigit())) and all(
        bare(word) not in CLOSED and not word.endswith(",") and (is_acronym(word) or (  # "SCADA
            not is_name(word) and "NOUN" in readings(bare(word)))) for word in nouns)


def noun_phrase(words: list[str]) -> str:
    """A noun phrase as a topic (`topic`), its left-out article put back: "Firm's expansion",
    "Recent Supreme Court judgment on ...", "60/40 split ..." take "the", a mass noun too."""
    first = bare(words[0])
    if {bare(word) for word in words} & {"vs", "versus"}:  # two things weighed: no article
        return lower_first(" ".join(words))  # "bill pay versus prepay" (round 51)
    if first.endswith("'s") and first[:-2] in BODIES and not is_acronym(words[0]):
        return "the " + lower_first(" ".join([first, *words[1:]]))
    if first in OPENING and len(words) > 1 and not is_name(words[1]):
        words = [first, *words[1:]]  # capital only as the field's first word; not "New York"
    text, head = topic(words), bare(noun_head(words))
    if text.startswith("the ") and bare(words[0]) != "the":
        return text
    singular = "PLURAL" not in readings(head) and head not in MASS and not any(
        bare(word) in DETERMINERS or "'" in word for word in words[:3])
    if singular and len(words) > 1 and ((first in OPENING and "NOUN" in readings(head)) or
                                        re.fullmatch(r"\d+(?:/\d+)+|\d+%", first)):
        return "the " + text
    if len(words) > 2 and "VBG" in readings(bare(words[1])) and "NOUN" in readings(first) and \
            plain_singular(words[0]) and first not in CLOSED and not is_acronym(words[0]) and \
            bare(words[2]) not in DETERMINERS:  # not "target feeding the sharks" (round 37)
        return "the " + text  # "hospital moving to ...": "the hospital moving to ..."
    return text


# What a gerund names a kind of, rather than an act done to: "hoarding cases", "towing
# calls", "billing queries" (round 40: not "how to hoard cases").
CASES = words_of("cases calls complaints incidents queries enquiries inquiries reports claims "
                 "jobs orders requests appointments files disputes")


def how_to(words: list[str]) -> bool:
    """A gerund that reads as "how to ..." ("Managing seasonal staff", "Walking through a
    DCF"), not a noun ("Staffing levels"): "discussing how to migrate", not "migrating"."""
    first, after = bare(words[0]), bare(words[1]) if len(words) > 1 else ""
    tags, next_tags = readings(first), readings(after)
    if base_form(first) == first or not after or after in CASES or after == "of":  # "hoarding
        return False  # cases": a kind; "plating of the desserts": the act named (round 44)
    if after in DETERMINERS | OBJECTS | PREPOSITIONS | {"and"} or is_number(after) or is_name(
            words[1]):
        return True
    return "NOUN" not in tags and first not in ACTIVITIES and (  # not "Staffing levels at"
        "PLURAL" in next_tags or "NOUN" not in next_tags)  # nor "Mentoring scheme"


def as_topic(words: list[str]) -> str:
    """A sentence reshaped as a topic, for a warning's example: "how the team is moving to
    AWS"; "I organised a 5k for the hospice": "the 5k I organised for the hospice"."""
    first = bare(words[0])
    if first not in ("i", "i'd", "i've"):
        return "how " + lower_first(" ".join(words[1:] if first == "that" else words))
    verb = 2 if len(words) > 2 and bare(words[1]) in ("had", "have") else 1
    if len(words) > verb + 2 and "PAST" in readings(bare(words[verb])) and bare(
            words[verb + 1]) in DETERMINERS:
        thing = list(itertools.takewhile(lambda word: bare(word) not in PREPOSITIONS,
                                         words[verb + 2:]))
        rest = words[verb + 2 + len(thing):]
        return " ".join(["the", *thing, "I", bare(words[verb]), *rest])
    return EXAMPLES["discussed"]


def joined_topic(kind: str, parts: list[list[str]]) -> Result:
    """The first piece that reads as a topic, and the pieces after it that join it (other
    topics with "and", asides, and for what was learned a clause or a count); cut to LIMIT."""
    words = [word for part in parts for word in part]
    asks = bare(words[0])
    if asks in WH_WORDS and asks != "whether" and len(words) > 1 and not any(
            readings(bare(word)) & {"BASE", "VBZ", "VBD", "PAST"} or bare(word) in BE | {"to"}
            for word in words[1:]):  # "why fitting and not electrical"
        return "noun", None, f"'{asks}' needs its verb ('{asks} I chose ...')", EXAMPLES[kind]
    first = read_topic(kind, parts[0])
    for index, part in enumerate(parts[1:], 1):
        if first[1] is not None or kind == "learned":
            break
        later = read_topic(kind, part)  # "Getting to jobs - I don't drive": the topic
        if later[1] is not None and later[0] == "noun":
            first, parts = later, parts[index:]
    form, text = first[0], first[1]
    if text is None:
        return first
    tail = later_pieces(kind, text, parts[1:])
    for count in range(len(tail), -1, -1):
        joined = attach(text, tail[:count])
        # cut before a list's end ("..., site and a placement abroad"): the list loses its end
        _, piece, kind_of = tail[count] if count < len(tail) else ("", "", "")
        cut = kind_of == "tail" or (kind_of == "item" and re.search(r"\b(?:and|or)\b", piece))
        if len(joined.split()) <= LIMIT[kind] and not cut:
            return form, joined, None, None
    return form, None, f"it is too long for one sentence ({sum(map(len, parts))} words)", \
        EXAMPLES[kind]


def later_pieces(kind: str, text: str, parts: list[list[str]]) -> list[tuple[str, str, str]]:
    """The pieces after the first that join it, as (joiner, words, kind): topics and asides
    in brackets (discussed); asides, clauses, counts, a list's rest (learned, asked)."""
    tail: list[tuple[str, str, str]] = []
    dropped = False
    for part in parts:
        piece, lead, kind_of = " ".join(part), bare(part[0]), piece_kind(part)
        listed = lead not in DETERMINERS | JOINING and re.search(  # the end of a list
            r"\b(?:and|or)\b", " ".join(part[:4]))
        entry: tuple[str, str, str] | None = None
        if kind == "discussed":
            entry = discussed_piece(part, dropped)
        elif kind == "learned" and is_number(lead.split("-")[0]) and kind_of != "clause":
            joiner = ", " if {"with", "of", "each", "per", "apiece"} & {bare(word) for word in
                              part} else " in " if re.fullmatch(r"\d{4}", piece) else ", with "
            entry = (joiner, swap_persons(piece, TO_YOU), "aside")  # "hybrid, 2 days in",
            # "one of them", "24/7, with 12-hour shifts"
        elif lead in ASIDES or kind_of in ("aside", "gerund", "and") or described(part) or \
                piece.lower().startswith(("the same as ", "just like ", "like ")) or (
                lead in MOSTLY and len(part) > 1 and bare(part[1]) in PREPOSITIONS) or (
                len(part) <= 3 and bare(part[-1]) in ORDER):  # ", hydrology first" (round 43)
            entry = (", ", swap_persons(piece, TO_YOU) if kind == "learned" else piece, "aside")
        elif not dropped and ((kind_of == "item" and not any(  # ", mostly on SCC" above
                bare(word) in DETERMINERS for word in text.split()[1:][-4:])) or (
                listed and (bare(text.split()[0]) in WH_WORDS or plural(text.split()[-1])))):
            # "how X, Y and Z is decided", "at schools, Y and Z", "give overalls, boots and"
            entry = (", ", piece, "item")
        if entry:
            tail.append((*entry[:2], "tail") if listed and entry[2] == "aside" else entry)
        elif tail and listed:
            tail.pop()  # "each of the sales, [marketing and ...]": not a list cut short
        dropped = dropped or entry is None
    return tail


def plural(word: str) -> bool:
    """A plural noun, or one that has no singular ("overalls", "trousers")."""
    tags = readings(bare(word))
    return "PLURAL" in tags or (tags == {"NOUN"} and bare(word).endswith("s"))


def described(part: list[str]) -> bool:  # ", written with the families" (round 31)
    """A participle and what it says of the noun before it: an aside, not a second note."""
    return len(part) > 1 and "PAST" in readings(bare(part[0])) and bare(part[1]) in PREPOSITIONS


def discussed_piece(part: list[str], dropped: bool) -> tuple[str, str, str] | None:
    """A piece after the first topic: another topic, the rest of a list, an aside, or nothing."""
    joined = bare(part[0]) if bare(part[0]) in ("and", "or") and len(part) > 1 else ""
    if joined:
        part = part[1:]  # ", and the reading room rules"
    piece, lead, kind_of = " ".join(part), bare(part[0]), piece_kind(part)
    if lead == "then":
        return " and ", piece, "then"  # "the written test, then a tools check"
    if kind_of == "gerund" and (len(part) == 1 or (len(part) == 2 and "PLURAL" in readings(
            bare(part[-1])))):
        kind_of = "item"  # "onboarding, payroll, rostering", "warning lines" (round 39)
    if (joined or lead in ("how", "what", "why", "whether")) and lead in WH_WORDS and len(
            part) > 2 and bare(part[1]) in SUBJECTS | DETERMINERS | {"i'd", "i'm"}:
        return ", and ", lower_first(piece), "topic"  # ", and how I'd go on a 4am start"
    if joined and kind_of == "aside" and lead in PREPOSITIONS:  # "upset about a bill, or
        return f", {joined} ", piece, "topic"  # after putting a pet down": not in brackets
    if lead in ASIDES or kind_of in ("aside", "gerund") or described(part) or (
            lead in MOSTLY and len(part) > 1 and (bare(part[1]) in DETERMINERS or "PLURAL" in
                                                  readings(bare(part[1])))):  # "mostly quilts"
        if set(piece) & set(MARKS):  # brackets of its own: "(0-5 scale)" (round 51)
            return ", ", piece, "aside"
        return " ", f"({piece})", "aside"  # in brackets: the frames go on after the topic
    other = later_topic(part, kind_of)
    if other is None:
        return None
    if lead not in DETERMINERS and not dropped and (kind_of == "item" or re.search(
            r"\b(?:and|or)\b", piece)):
        return ", ", lower_first(piece), "item"  # "grant monitoring, site visits and audits"
    return " and ", other, "topic"


def later_topic(part: list[str], kind_of: str) -> str | None:
    """A piece after the first that is a topic of its own ("the walk-in cooler"); not a
    clause, a note led by an adverb ("mostly ICBC clients"), a time, nor a verb's note
    ("take about 2 to 3 weeks": not "the take", round 45)."""
    lead, after = readings(bare(part[0])), bare(part[1]) if len(part) > 1 else ""
    if kind_of in ("clause", "and", "verb") or all_time(" ".join(part)) or lead == {"ADV"} or (
            "BASE" in lead and (after in ("about", "around", "roughly") or is_number(after))):
        return None
    form, text, _, _ = read_topic("discussed", part)
    return text if form != "sentence" else None
