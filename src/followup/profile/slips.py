"""Slips of a quick note or of English written as a second language, which a letter cannot
carry (G2, TY4): "night auditor also prepare", "the team is only 2 person", "at same
time", "with guest who ...", "the lift always breaking". The words are the candidate's
own; rewriting them is a guess, so a field with a slip is left out of the draft with a
warning that shows the words to change. Each test is narrow, to keep precision: a slip
missed costs a word changed by hand, a slip wrongly seen costs the field.
"""

from __future__ import annotations

import re

from followup.profile.usage import usage
from followup.profile.wordforms import (
    CLOSED,
    DETERMINERS,
    LANGUAGES,
    article,
    bare,
    lemminflect,
    readings,
    words_of,
)

TOKEN = re.compile(r"[\w'’.&/%-]+")
# Words after which a noun is an object, or a question's subject: "Would the reporter write",
# "helped my uncle rewire".
NO_SUBJECT_AFTER = words_of("the a an of to with in at for on from by about into "
                            "do does did would will can could should may might must shall "
                            "help helped helps let lets make made watch watched see saw hear")
# Adverbs that may stand between a subject and its verb: "night auditor also prepare".
BETWEEN = words_of("also always usually often never only still just mostly normally sometimes")
# Words that take "the" before a singular noun after a preposition: "at the same time".
TAKE_THE = words_of("same whole entire main")
ORDINALS = words_of("first second third fourth fifth final")
ORDINAL_PLACES = words_of("after before during at")  # "after first year"; "on second shift"
# Singular nouns for people that English does not leave bare after a preposition: "with a
# guest", "for the patient".
PEOPLE = words_of("guest customer client patient resident child pupil student parent "
                  "colleague visitor passenger caller tenant member manager supervisor")
PEOPLE_PLACES = words_of("with for to from about")
JOB_ENDING = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent)")  # "cashier", "technician"
# Places that English does not leave bare after a preposition: "in a hotel", "at the store";
# "home" only after what kind ("in care home"), as "at home" and "from home" are English.
WORKPLACES = words_of("hotel restaurant shop store warehouse factory kitchen bar cafe café "
                      "salon pharmacy supermarket depot garage bakery studio company firm "
                      "agency startup")
KINDS_OF_HOME = words_of("care nursing residential children's")
# Plurals English does not make, from nouns that count as a mass: "the staffs are".
MASS_PLURALS = {"staffs": "staff", "informations": "information", "advices": "advice",
                "equipments": "equipment", "feedbacks": "feedback", "furnitures": "furniture",
                "knowledges": "knowledge", "homeworks": "homework", "luggages": "luggage"}
# A CV line after "I": "am a Holder of Blasting Certificate" (but "the holder of the RTPI
# Certificate" reads, if stiffly).
CV_HOLDER = re.compile(r"am (?:an? |the )?holder of (?!(?:the|a|an)\b)", re.IGNORECASE)
# A question with no subject before what it asks of: "is possible to do ...?"
NO_IT = re.compile(r"(?:is|was) (?:possible|ok|okay|necessary|allowed)\b", re.IGNORECASE)
PLACES = words_of("in at on for with from")
NUMBER = re.compile(r"[2-9]|\d\d{1,2}|two|three|four|five|six|seven|eight|nine|ten")
# Numbers' own words, which take no plural after a number: "$14 million", "3 dozen".
NUMBER_WORDS = words_of("hundred thousand million billion trillion dozen score")
# Nouns that are counts of time or measure as modifiers too: "3 day week", "2 year contract".
MEASURES = words_of("year month week day hour minute term semester season night shift star "
                    "storey story metre meter mile kilometre foot inch")
# Words written for others that sound alike: "get there own toolbox", "should of".
SOUND_ALIKE = {("there", "own"): "their own", ("should", "of"): "should have",
               ("would", "of"): "would have", ("could", "of"): "could have",
               ("it's", "own"): "its own", ("more", "then"): "more than",
               ("less", "then"): "less than", ("better", "then"): "better than",
               ("rather", "then"): "rather than", ("other", "then"): "other than",
               **{("its", word): f"it's {word}" for word in (
                   "me", "a", "not", "been", "going", "only", "just", "lower", "higher", "usually",
                   "always", "possible", "ok", "okay", "the")},  # "if its lower" (round 52)
               # round 26: a spoken past ("how we done the CAPA"); "own" with no owner
               **{(who, "done"): f"{who} did" for who in ("i", "we", "they", "he", "she")},
               ("having", "own"): "having its own", ("has", "own"): "has its own"}
# Round 26: a passive with the verb's plain form ("will be inform", "is it assign"); "in this
# year"; a singular subject's second verb unagreed ("the training is 15 weeks and include").
PASSIVE = re.compile(r"\b(?:be|is|are|was|were|been|being)(?:\s+it)?\s+([a-z]{4,})\b")
IN_THIS = re.compile(r"\bin (?:this|next|last) (?:year|month|week|spring|summer|autumn|winter)"
                     r"\b(?!['’])", re.IGNORECASE)  # not "in next year's budget"
SECOND_VERB = re.compile(r"\b(?:is|was|has)\b[^,;.]* and (include|involve|cover|need|require|"
                         r"offer|run|take|give|use)\b")
# "there is two phlebotomists"; "ok Spanish", a language spoken so-so.
THERE_IS_MANY = re.compile(r"\bthere (?:is|was) (?:" + NUMBER.pattern + r")\b", re.I)
SO_SO = re.compile(r"\b(?:ok|okay|so-so) (" + "|".join(sorted(LANGUAGES)) + r")\b", re.I)
# A note's present participle after how often, with no "is" to carry it.
HOW_OFTEN_ING = re.compile(r"\b(?:always|constantly|forever|never) \w+ing\b")
CARRIED = re.compile(r"\b(?:is|are|was|were|keeps?|kept|been|be)\s+(?:\w+\s+)?$")
def slip(fitted: str) -> str | None:
    """The first slip in `fitted`, the words a sentence frame takes, as a warning's reason
    with the words to change; or None."""
    words = TOKEN.findall(fitted)
    low = [bare(word) for word in words]
    # "2 days from the home" (but "support from the home" may be a care home)
    if re.search(r"\b(?:days?|work(?:s|ing)?) from the home\b", fitted, re.IGNORECASE):
        return "'the home' reads 'home' ('from home'): write it as you would in the letter"
    if tag := re.search(r"(?<![\w&])#[A-Za-z]\w+", fitted):  # "a #GivingTuesday plan"
        return f"'{tag[0]}' is a hashtag, which a letter does not use: write it as words"
    if many := THERE_IS_MANY.search(fitted):
        verb = "are" if " is " in many[0] else "were"  # "there is two phlebotomists"
        return (f"'{many[0]}' needs '{verb}' ('there {verb} {many[0].split()[-1]}'): write it as "
                "you would in the letter")
    if slipped := _spoken_grammar(fitted) or usage(fitted):
        return slipped
    if CV_HOLDER.match(fitted):
        return ("'Holder of' is a CV's way of saying it: write 'hold a ...' (or 'have ...') as "
                "you would in the letter")
    if NO_IT.match(fitted):
        return (f"'{' '.join(words[:2])}' needs 'it' ('{words[0]} it {words[1]}'): write it as "
                "you would ask it")
    if plural := next((word for word in low if word in MASS_PLURALS), None):
        return (f"'{plural}' is said '{MASS_PLURALS[plural]}': write it as you would in the "
                "letter")
    pairs = range(len(words) - 1)  # a word written for another first: "for there store"
    if found := next(filter(None, (_confused(words, low, at) for at in pairs)), None):
        return found  # is "their", whatever else it seems to break (round 54)
    for index in pairs:
        found = _agreement(words, low, index) or _count(words, low, index) or \
            _the(words, low, index) or _person(words, low, index) or _place(words, low, index)
        if found:
            return found
    if found := ("(since" not in fitted and _since(words, low)) or _language(words, low):
        return found
    noted = HOW_OFTEN_ING.search(fitted)
    if noted and not CARRIED.search(fitted[:noted.start()]):
        return (f"'{noted[0]}' reads as a note to yourself: write it as a sentence "
                f"('... is {noted[0]}')")
    return None


def _spoken_grammar(fitted: str) -> str | None:
    """A verb's slip (`_verb_slip`), or a phrase as it is said: text-speak's "4 my", a
    question in a statement's order, "next year Q2", "and fast learner", ", like 15", "in
    this year", a closing "also"."""
    if slipped := _verb_slip(fitted):
        return slipped
    if said := re.search(r"\b([24]) (?:my|the|your|our|their|me|you|us|be)\b", fitted):
        return (f"'{said[0]}' is text-speak ('{said[1]}' for '{'for' if said[1] == '4' else 'to'}"
                "'): write it as you would in the letter")  # "excellence 4 my kayak"
    if asked := re.search(r"\b(?:is|are) (?:how (?:many|much|long|big)|what|when|where|who)$",
                          fitted.rstrip("?. ")):  # "the team size after restructure is how many"
        return (f"'{asked[0]}' asks in a statement's order: write it as a question ('How many "
                "...?')")
    if quarter := re.search(r"\b(?:next|this|last) year (Q[1-4])\b", fitted):
        return (f"'{quarter[0]}' reads '{quarter[1]} {quarter[0][:-3]}': write it as you would "
                "in the letter")
    if cv := re.search(r"\b(?:presented|delivered|gave|wrote|published|won|submitted) (poster|"
                       r"paper|talk|workshop|seminar|webinar|report|award)\b", fitted):
        return (f"'{cv[0]}' needs 'a' ('{cv[0].split()[0]} a {cv[1]}'): write it as you would in "
                "the letter")  # "presented poster on millet diets"
    if asked := re.search(r"\bhow (is|are|was) (done|made|run|decided|calculated|checked|"
                          r"handled) (?=the |a |an )", fitted):  # "how is done the report"
        return (f"'{asked[0].strip()}' asks in a question's order inside a topic: write it as you "
                f"would in the letter ('how the ... {asked[1]} {asked[2]}')")
    if so_so := SO_SO.search(fitted):  # "fluent Portuguese and ok Spanish"
        return (f"'{so_so[0]}' is how it is said: write how well you speak it ('conversational "
                f"{so_so[1].capitalize()}')")
    if lone := re.search(r"\band ((?:fast|quick|hard|good|great|keen) (?:learner|worker|"
                         r"communicator|listener))\b", fitted):  # "... and fast learner"
        return (f"'and {lone[1]}' needs 'a' ('and a {lone[1]}'): write it as you would in the "
                "letter")
    if bare_noun := re.search(r"\b(make|made|take|took) (decision|look|start)\b|"
                              r"\bat (latest|earliest)\b", fitted):  # "make decision by Dec
        # 10 at latest" (round 46)
        fixed = f"at the {bare_noun[3]}" if bare_noun[3] else f"{bare_noun[1]} a {bare_noun[2]}"
        return f"'{bare_noun[0]}' needs '{fixed}': write it as you would in the letter"
    if rough := re.search(r", like \d+\b", fitted):
        return (f"'{rough[0].strip(', ')}' is how it is said: write 'about' or the number as you "
                "would in the letter")  # "rebuilt 15 engines, like 15 of them"
    if when := IN_THIS.search(fitted):
        return (f"'{when[0]}' should read '{when[0][3:]}': write it as you would in the "
                "letter")
    if re.match(r"(?:Can|Could|Is|Are|Do|Does|Will|Would|Should)\b.*\w,? or not$",
                fitted.rstrip("?.! ")):  # "Can new ROs join in April or not?" (round 45)
        return "'or not' at the end is how it is said: leave it off, as a letter would ask"
    if re.search(r"\w \w+ also$", fitted.rstrip(".!")):
        return ("'also' at the end is how it is said, not written: put it before the verb "
                "('I also have ...')")
    return None


def _verb_slip(fitted: str) -> str | None:
    """A passive with the plain form ("will be inform"), a present for a past ("why I leave
    my last job"), "so know" without its "I", "have do", an unagreed second verb."""
    for passive in PASSIVE.finditer(fitted):
        if readings(verb := passive[1]) == {"BASE"}:
            done = (lemminflect().getInflection(verb, "VBN") or (verb + "ed",))[0]
            return (f"'{passive[0]}' needs '{done}' ('{passive[0][:-len(verb)]}{done}'): "
                    "write it as you would in the letter")
    if past := re.search(r"\bI (leave|quit|start|finish|join|move) my (?:last|previous|old|"
                         r"former)\b", fitted):
        did = (lemminflect().getInflection(past[1], "VBD") or (past[1] + "ed",))[0]
        return (f"'{past[0]}' needs the past ('I {did}'): write it as you would in the letter")
    if re.search(r"\bso used to\b", fitted):  # "at Home Bargains so used to queues" (r49)
        return "'so used to' needs its subject ('so I am used to'): write it as you would in " \
            "the letter"
    if bare_so := re.search(r"\bso (know|have|am|can|love|enjoy)\b(?!-)", fitted):
        return (f"'{bare_so[0]}' needs its subject ('so I {bare_so[1]}'): write it as you "
                "would in the letter")
    if bare_verb := re.search(r"\b(?:have|has) (do|make|take|give|go|write|teach|bring|see|"
                              r"speak|drive)\b", fitted):  # "I have do the QC"
        done = (lemminflect().getInflection(bare_verb[1], "VBN") or (bare_verb[1],))[0]
        return (f"'{bare_verb[0]}' needs '{done}': write it as you would in the letter")
    if second := SECOND_VERB.search(fitted):
        agreed = (lemminflect().getInflection(second[1], "VBZ") or (second[1] + "s",))[0]
        return (f"'and {second[1]}' needs its verb to agree ('and {agreed}'): write it as you "
                "would in the letter")
    return None


def _noun_only(word: str) -> bool:
    return readings(word) == frozenset({"NOUN"}) and word not in CLOSED


def _agreement(words: list[str], low: list[str], index: int) -> str | None:
    """A singular noun and a verb in the base form: "night auditor also prepare"."""
    subject = low[index]
    if not _noun_only(subject) or not words[index][:1].islower() or \
            any(word in NO_SUBJECT_AFTER for word in low[:index]):
        return None
    verb_at = index + 2 if low[index + 1] in BETWEEN and index + 2 < len(words) else index + 1
    verb = low[verb_at]
    tags = readings(verb)
    if not words[verb_at][:1].islower() or verb in CLOSED or "BASE" not in tags or \
            tags & {"NOUN", "VBZ", "PAST", "ADJ"}:
        return None
    agreed = (lemminflect().getInflection(verb, "VBZ") or (verb + "s",))[0]
    phrase = " ".join(words[index:verb_at + 1])
    return (f"'{phrase}' needs its verb to agree ('{' '.join(words[index:verb_at])} {agreed}'): "
            "write it as you would in the letter")


def _count(words: list[str], low: list[str], index: int) -> str | None:
    """A number above one and a singular noun: "the team is only 2 person"."""
    number, noun = low[index], low[index + 1]
    after = low[index + 2] if index + 2 < len(low) else ""
    if noun in MEASURES and index and low[index - 1] in PLACES and _noun_only(after) and \
            words[index + 2].islower():  # "in 5 star hotel": "in a 5 star hotel"
        return (f"'{' '.join(words[index - 1:index + 3])}' needs 'a' ('{low[index - 1]} a "
                f"{' '.join(words[index:index + 3])}'): write it as you would in the letter")
    if noun in MEASURES and len(noun) > 2 and NUMBER.fullmatch(number) and (
            after in CLOSED or index + 2 == len(low)) and after not in ("and", "or"):
        return (f"'{number} {noun}' needs a plural ('{number} {noun}s'): write it as you "
                "would say it")  # "working 3 year in care home"; not "a 3 year contract"
    person = not readings(noun) and noun.endswith(("ist", "ian"))  # "2 phlebotomist"
    if not NUMBER.fullmatch(number) or not (_noun_only(noun) or person) or noun.endswith("s") or \
            noun in MEASURES or noun in NUMBER_WORDS or not words[index + 1][:1].islower() or \
            (index and words[index - 1][:1].isupper()) or \
            (after and "NOUN" in readings(after) and after not in CLOSED) or \
            after in ("and", "or") or (words[index + 2:index + 3][:1] != [""] and \
            "".join(words[index + 2:index + 3])[:1].isupper()):
        return None  # "300 householder and minor applications", "a 300 person NYE event"
    plural = "people" if noun == "person" else \
        (lemminflect().getInflection(noun, "NNS") or (noun + "s",))[0]
    return f"'{number} {noun}' needs a plural ('{number} {plural}'): write it as you would say it"


def _the(words: list[str], low: list[str], index: int) -> str | None:
    """A preposition and "same", an ordinal or "next" with no "the": "at same time", "after
    first year", "in next financial year", "during last NE monsoon" (round 45)."""
    place, which = words[index], words[index + 1]
    noun = low[index + 2] if index + 2 < len(low) else ""
    said = words[index + 2] if noun else ""
    # "in next financial year"; but "by next week" and "in next year's budget" are English
    at, of = low[index], low[index + 1]
    if ((at in ("in", "during", "within") and of in ("next", "coming", "following")) or (
            at in ("during", "over", "throughout") and of == "last")) and \
            noun and noun not in CLOSED and not noun.endswith(("'s", "’s")):
        return (f"'{place} {which} {said}' needs 'the' ('{place} the {which} {said}'): write it "
                "as you would in the letter")
    if not noun or "NOUN" not in readings(noun) or "PLURAL" in readings(noun) or not (
            (of in TAKE_THE and at in PEOPLE_PLACES | ORDINAL_PLACES | {"in", "on"}) or
            (of in ORDINALS and at in ORDINAL_PLACES)):
        return None
    return (f"'{place} {which} {said}' needs 'the' ('{place} the {which} {said}'): write it as "
            "you would in the letter")


def _person(words: list[str], low: list[str], index: int) -> str | None:
    """A preposition and a person with no article: "the role play with guest who ...", "help
    customer who is angry"; a job after "as": "worked as cashier" (round 45)."""
    place, person = low[index], low[index + 1]
    if place == "to" and {"path", "promotion", "promoted", "progress", "progression"} & set(
            low[:index]):  # a rank reached: "a path to the day shift or to supervisor" (r56)
        return None
    after = low[index + 2] if index + 2 < len(low) else ""
    post = f"{person} {after}" if after in PEOPLE or JOB_ENDING.fullmatch(after) else person
    if place in ("was", "been") and (post != person or person in PEOPLE) and "NOUN" in readings(
            person) and not readings(person) & {"ADJ", "ADV", "PLURAL"} and after != "of":
        return (f"'{place} {post}' needs 'a' ('{place} {article(post)} {post}'): write it as "
                "you would in the letter")  # "I was volunteer teacher" (round 52)
    if not words[index + 1].islower() or (after and "NOUN" in readings(after) and
                                           after not in CLOSED):
        return None
    if place == "as" and (person in PEOPLE or JOB_ENDING.fullmatch(person)) and \
            "NOUN" in readings(person) and not readings(person) & {"ADJ", "ADV", "PLURAL"} and \
            after not in ("of", "to"):  # "as head of", a post there is one of
        return (f"'as {person}' needs 'a' ('as {article(person)} {person}'): write it as you "
                "would in the letter")
    if person not in PEOPLE or not (place in PEOPLE_PLACES or (
            after == "who" and place not in DETERMINERS | NUMBER_WORDS | {"one"} and
            "ADJ" not in readings(place) and readings(place) != {"NOUN"} and not set(
                low[max(0, index - 2):index]) & DETERMINERS)):  # "a crew member who", "an
        # upset walk-in client who"
        return None
    return (f"'{place} {person}' needs 'a' or 'the' ('{place} a {person}'): write it as you "
            "would in the letter")


def _confused(words: list[str], low: list[str], index: int) -> str | None:
    """A word written for another that sounds alike ("there own"), or "a" and "an" swapped
    ("with a engineer")."""
    pair = (low[index], low[index + 1])
    # "there team", "there customers"; but "is there training", "trained there herself"
    after = readings(pair[1])
    if pair[0] == "there" and "NOUN" in after and not after & {"VBZ", "PAST", "ADV"} and \
            pair[1] not in CLOSED and not pair[1].endswith(("self", "selves")) and not (
                index and low[index - 1] in ("is", "are", "was", "were", "be")):
        return (f"'there {words[index + 1]}' should read 'their {words[index + 1]}': write it "
                "as you would in the letter")
    if pair in SOUND_ALIKE:
        said = re.sub(r"^i\b", "I", SOUND_ALIKE[pair])
        return (f"'{words[index]} {words[index + 1]}' should read '{said}': write it as you "
                "would in the letter")
    following = words[index + 1]
    if pair[0] in ("a", "an") and following.isalpha() and following.islower() and \
            article(following) != pair[0]:
        return (f"'{pair[0]} {following}' should read '{article(following)} {following}': "
                "write it as you would in the letter")
    return None


def _place(words: list[str], low: list[str], index: int) -> str | None:
    """A preposition and a workplace with no article: "3 years in care home", "in hotel"."""
    place = low[index]  # "in care home"; "in big supermarket" (round 45)
    kind = low[index + 1] if low[index + 1] in KINDS_OF_HOME or (
        "ADJ" in readings(low[index + 1]) and low[index + 1] != "good" and index + 2 < len(low) and
        low[index + 2] in WORKPLACES) else ""
    at = index + 2 if kind else index + 1
    noun = low[at] if at < len(low) else ""
    after = low[at + 1] if at + 1 < len(low) else ""
    if place not in PLACES or not (noun in WORKPLACES or (kind and noun == "home")) or \
            not words[at].islower() or (after and "NOUN" in readings(after) and
                                        after not in CLOSED) or (place, after) == ("from", "to"):
        # "from hotel to airline": a change of trade, said bare
        return None
    phrase = " ".join(words[index + 1:at + 1])
    return (f"'{place} {phrase}' needs 'a' or 'the' ('{place} {article(phrase)} {phrase}'): "
            "write it as you would in the letter")  # "an agency" (round 38)


# Verbs of a state that goes on, which take "have ..." before "since": "hold my LCQ since
# 2024" is "have held my LCQ since 2024".
LASTING = words_of("hold work live teach know use run lead manage volunteer am")


def _since(words: list[str], low: list[str]) -> str | None:
    """A state since a time, in the present or the past: "hold my LCQ since 2024", "signed
    CRS for line tasks since 2021"."""
    past = bool(low) and "PAST" in readings(low[0]) and low[0].endswith("ed")
    if not low or (low[0] not in LASTING and not past) or "since" not in low[1:]:
        return None
    done = "been" if low[0] == "am" else low[0] if past else \
        (lemminflect().getInflection(low[0], "VBN") or (low[0] + "ed",))[0]
    return (f"'{words[0]} ... since' needs 'have {done}' ('have {done} ... since'): write it as "
            "you would in the letter")


def _language(words: list[str], low: list[str]) -> str | None:
    """A language with "the", or "well" before it: "I understand well the Spanish"."""
    for index in range(1, len(low)):
        if low[index] in LANGUAGES and words[index][:1].isupper() and low[index - 1] in (
                "the", "well") and (index + 1 == len(low) or low[index + 1] in CLOSED):
            return (f"'{' '.join(words[index - 1:index + 1])}' reads '{words[index]}' (a "
                    "language takes no 'the', and 'well' goes after it): write it as you "
                    "would in the letter")
    return None
