"""TY4: a highlight (a skill or an achievement) read as the words that follow "I " in a
sentence: "built the rota", "am fluent in Polish", "have been a volunteer for 4 years". What
a comma, a dash or a colon joins to its first piece (`parts`) is kept where it reads after it
("cutting no-shows by a third"), joined with "and" where it can be, and otherwise left out
(and then `sendable` keeps the whole highlight out of the draft); a label names what follows
it ("Languages: ...", "Capstone: ...")."""

from __future__ import annotations

import itertools
import re

from followup.profile.forms import Result
from followup.profile.highlight_nouns import (
    COMPLETED,
    DEGREES,
    EVENTS,
    OFFICES,
    ROLE_DEEDS,
    highlight_noun,
)
from followup.profile.parts import (
    attach,
    before_dash_list,
    duration,
    is_list,
    joins_have,
    labelled,
    listed,
    piece_kind,
    pieces,
    result_piece,
    weeks_long,
    written_after,
)
from followup.profile.wordforms import (
    AUXILIARIES,
    CLOSED,
    CREDENTIALS,
    DESCRIBING,
    DETERMINERS,
    FLUENCY,
    HELD,
    INSTITUTIONS,
    LANGUAGES,
    MASS,
    MOSTLY,
    OBJECTS,
    PREPOSITIONS,
    PUNCTUATION,
    SOFTWARE,
    SUBJECTLESS,
    SUBJECTS,
    article,
    bare,
    base_form,
    capital_first,
    finite_verb,
    is_acronym,
    is_name,
    is_number,
    is_person,
    is_question,
    lower_first,
    noun_head,
    readings,
    spoken,
    words_of,
)

EXAMPLE = "Built the volunteer rota in Airtable, cutting no-shows by a third"
LIMIT = 25  # words: a longer highlight loses its last pieces; one whose first is, is left out
# Adverbs a CV line may open with: set aside, then put back before the verb.
LEADING_ADVERBS = words_of("also still always never often really just recently currently "
                           "successfully consistently regularly previously once")
LABELS = {"language": "speak", "languages": "speak", "skills": "have experience in"} | \
    dict.fromkeys(("tools", "software", "tech", "stack", "tech stack", "technologies"),
                  "have experience with")
PROJECTS = words_of("capstone project dissertation thesis fyp")
PAST_TIME = re.compile(r"\b(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:jan|feb|mar|apr|"
                       r"may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\s+)?(?:19|20)\d\d\b|"
                       r"\blast\s+(?:year|month|week|summer|autumn|fall|spring|winter|term)\b|"
                       r"\bago\b|\bduring (?:my |the )?(?:clinicals|placements?|internships?|"
                       r"training|studies|degree|apprenticeship)\b", re.I)

# Indian English's office phrasing: "I am having good knowledge of" is "have good knowledge".
HAVING = re.compile(r"^am having (?=(?:\w+ )?(?:knowledge|experience|skills?|understanding|"
                    r"exposure)\b)")


def fit_highlight(words: list[str], asked: bool) -> Result:
    """TY4: a skill or achievement, as the words that follow "I " in a sentence."""
    if bare(words[0]) == "having" and len(words) > 2:  # a CV's "Having 2.5 years experience"
        words = ["have", *words[1:]]
    first = bare(words[0])
    # A CV line drops its "I": "Am a Welsh speaker", "Have a full licence" say, not ask.
    if is_question(words, asked) and (asked or bare(words[0]) not in SUBJECTLESS):
        return "question", None, "it is a question, not something you did", EXAMPLE
    parts = pieces(words)
    if first in ("i", "i'm", "i've") and len(words) > 1:
        verb = {"i'm": ["am"], "i've": ["have"]}.get(first, [])
        text = lower_first(" ".join(verb + parts[0][1:])) if len(parts[0]) > 1 else None
        return finished("sentence", text, parts[1:])
    compound = len(words) > 1 and is_person(words[0]) and not is_name(words[0]) and "PAST" in \
        readings(bare(words[1])) and bare(words[0]) not in DESCRIBING  # "Student taught Year 4"
    if (first in SUBJECTS and not is_acronym(words[0])) or (
            finite_verb(parts[0]) is not None and not compound and not written_after(parts[0])
            and bare(noun_head(parts[0])) not in EVENTS and first not in SUBJECTLESS):
        rest, example = words[1:], EXAMPLE
        if first in SUBJECTS and rest and "PAST" in readings(bare(rest[0])):
            example = capital_first(" ".join(rest))  # "We won the award": "Won the award"
        who = f"'{first}'" if first in SUBJECTS else "something else"
        return "sentence", None, f"it is about {who}, not about you", example
    label = labelled(words)
    if label:
        return fit_labelled(*label)
    parts = named_list(pieces(before_dash_list(words)))
    if role := role_line(parts):
        return finished("clause", role, parts[2:])
    if is_list(parts):  # "Go, Python, Postgres, k8s"
        parts = [listed([" ".join(part) for part in parts]).split()]
    form, text = read(parts[0])
    if text == "":  # a thing, not what was done with it: left out rather than guessed
        said = lower_first(" ".join(parts[0]))  # the example: a verb before the user's words
        lead = "Took part in" if re.search(r"\d", said) or is_name(parts[0][0]) else "Worked on"
        return form, None, "it names a thing but not what you did with it", f"{lead} {said}"
    if text is None and len(words) > LIMIT:  # "have, in addition to ..., organised ..."
        return form, None, "it is too long for a sentence of a letter: give it in a few words", \
            EXAMPLE
    if text is None:
        return form, None, "it names no skill or achievement", EXAMPLE
    return finished(form, text, parts[1:], parts[0][-1])


def named_list(parts: list[list[str]]) -> list[list[str]]:
    """A list of names after a verb that goes on after its last name, as one piece: "speak
    isiZulu, Sesotho, Afrikaans and English with customers" (`pieces` cuts at each comma; a
    list that ends at its last name, "Speaks Welsh, Spanish, French", is joined as a list)."""
    if len(parts) < 2 or len(parts[0]) < 2 or is_name(parts[0][0]) or \
            not _named(parts[0][-1]) or not all(_named(part[0]) for part in parts[1:-1]) or \
            any(len(part) > 1 for part in parts[1:-1]):
        return parts
    last = parts[-1]  # "Afrikaans and English with customers", "and English fluently"
    if not (bare(last[0]) == "and" and len(last) > 2 and _named(last[1])) and not (
            len(last) > 3 and _named(last[0]) and bare(last[1]) == "and" and _named(last[2])):
        return parts
    names = [part[0] + "," for part in parts[1:-1]]
    return [[*parts[0][:-1], parts[0][-1] + ",", *names, *parts[-1]]]


def _named(word: str) -> bool:
    return is_name(word) or bool(re.fullmatch(r"[a-z]+[A-Z]\w*", word))  # "isiZulu", "eBay"


def role_line(parts: list[list[str]]) -> str | None:
    """TY4: the CV line "ROLE, ORGANISATION (detail)": "Winner, Law Society moot 2025" -> "won
    the Law Society moot 2025"; "Speaker, PyTexas 2025" -> "spoke at PyTexas 2025"; "Volunteer,
    FLAC clinic" -> "have been a volunteer at the FLAC clinic"; "Treasurer, X" -> "... of X"."""
    role, place = parts[0], parts[1] if len(parts) > 1 else ["-"]
    head, said = bare(role[-1]), bare(" ".join(place)).replace("/", " ").split() or ["-"]
    if len(role) > 3 or not (head in ROLE_DEEDS or is_person(role[-1])) or readings(bare(
            role[0])) & {"PAST", "VBG", "VBZ"} or {bare(word) for word in role} & CLOSED or \
            head in LANGUAGES or not (place[0][:1].isupper() or said[-1] in INSTITUTIONS) or \
            set(said) & (DEGREES | HELD | {"level", "grade"}) or said[0] in CREDENTIALS | SUBJECTS \
            or piece_kind(place) not in ("item", "fragment", "clause"):
        return None  # not "Shift lead, NVQ Level 2", "Speak Lithuanian, Russian and English"
    last = next((word for word in reversed(place) if not is_number(bare(word))), place[-1])
    the = bare(place[0]) not in DETERMINERS and (last.strip(PUNCTUATION)[:1].islower() or bare(
        last) in INSTITUTIONS or (bare([*place, ""][1]) == "of" and "NOUN" in readings(
            bare(place[0]))))  # "the FLAC clinic", "the Chess Society", "the University of X"
    where = ("the " if the else "") + " ".join(place)
    if head in ROLE_DEEDS:
        return f"{ROLE_DEEDS[head]} {where}"
    title = " ".join(word if is_acronym(word) or bare(word) in LANGUAGES else word.lower()
                     for word in role)
    if head in OFFICES:
        return f"have been {title} of {where}"
    return f"have been {article(title)} {title} at {where}"


def read(words: list[str]) -> tuple[str, str | None]:
    """One piece read after "I"; no text when it names nothing ("Still the")."""
    first = bare(words[0])
    content = [word for word in words if bare(word) not in CLOSED | LEADING_ADVERBS]
    if not content:
        return "noun", None
    if len(words) > 1 and is_person(words[0]) and not is_name(words[0]) and "PAST" in readings(
            bare(words[1])) and bare(words[0]) not in DESCRIBING:
        return "clause", lower_first(" ".join(words))  # "Student taught in a 2nd grade class"
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper() and not is_name(
            words[1]) and readings(first) & {"VBG", "BASE"} and lower_first(" ".join(words))[
            0].isupper() and first not in HELD_VERBS:
        return highlight_noun(words)  # a name: "Coaching Foundations certified"
    if first in LEADING_ADVERBS and len(words) > 1:  # "Also built ...", "Never missed ..."
        form, text = highlight_predicate(words[1:])
        helper, _, tail = text.partition(" ")
        if helper == "am":
            return form, f"am {first} {tail}"
        return form, text if helper == "have" else f"{first} {text}"
    return highlight_predicate(words)


def finished(form: str, text: str | None, rest: list[list[str]], last: str = "") -> Result:
    """The first piece's words with the rest joined to them, cut to LIMIT words; "am" as
    "have been" for a time up to now ("have been a volunteer for 4 years")."""
    if text is None:
        return form, None, "it names no skill or achievement", EXAMPLE
    for count in range(len(rest), -1, -1):  # the last pieces left out until it is short
        joined = join(form, text, rest[:count], last)
        if len(joined.split()) <= LIMIT:
            break
    else:
        return form, None, f"it is too long for one sentence ({len(text.split())} words)", \
            EXAMPLE
    if joined.startswith("am ") and re.search(
            r"\bfor (?:(?:about|around|over|nearly|almost|the (?:last|past)) )?\S+ (?:years?|"
            r"months?|weeks?|summers|seasons|terms)\b|\bsince\b", joined):
        joined = "have been " + joined[3:]
    joined = HAVING.sub("have ", joined)  # "am having good knowledge of": "have"
    done = joined.split()[1] if joined.startswith("have ") and len(joined.split()) > 1 else ""
    if readings(bare(done)) & {"PAST", "NOUN"} == {"PAST"} and PAST_TIME.search(joined):
        joined = joined[5:]  # "have completed the QQI ... in May 2026": "completed"
    return form, joined, None, None


INCLUDING = re.compile(r"(?:(?:the\s+)?(last|first|past)\s+)?\S+(?:\s+\S+)?\s+as\b", re.I)


def join(form: str, text: str, rest: list[list[str]], last: str) -> str:
    """The pieces after the first joined to its words: "for 3 years", ", cutting no-shows",
    "and also did the newsletter", ", Irish and French"; a fragment left out, and the list
    items after it."""
    tail: list[tuple[str, str, str]] = []  # joiner, words, kind
    dropped = False
    for words in rest:
        kind, piece, first = piece_kind(words), " ".join(words), bare(words[0])
        if (result := result_piece(words)) and kind in ("item", "fragment", "verb"):
            tail.append((", ", result, "aside"))  # ", raising £6,400", ", with 99.6% accuracy"
        elif re.match(r"have \S+ years", text) and (including := INCLUDING.match(piece)):
            the = "the " * bool(including[1] and piece[:4] != "the ")  # not "the the"
            tail.append((", including ", the + piece, kind))
        elif kind == "duration" and (text.startswith("am ") or form in ("clause", "sentence")):
            tail.append((" ", duration(words) or piece, kind))  # "interned for 2 summers"
        elif kind == "duration" and text.startswith("have completed "):
            text = weeks_long(text, duration(words) or piece)  # "an 8-week placement"
        elif kind == "period" and text.startswith("am "):
            text = "have been " + text[3:]  # "President of the society, 2025-26"
        elif kind == "pending" and set(map(bare, text.split())) & DEGREES:
            text = "am studying for " + text.removeprefix("have ")  # "BE, expected 2:1"
            tail.append((" ", f"({piece})", kind))
        elif kind == "verb" and "PAST" in readings(first) and re.fullmatch(  # "renewed June
                r"\S+ (?:(?:in|on) )?(?:\w+\.? )?(?:19|20)\d\d", piece):  # 2026": its date,
            dropped = True  # an aside (sendable.problem lets it go), not "and renewed June 2026"
        elif kind in ("aside", "gerund", "and") or first in MOSTLY:  # ", mostly Open Water"
            tail.append((" " if dropped and first in PREPOSITIONS else ", ", piece, kind))
            dropped = False
        elif kind == "verb" and (verb := read(words)[1]) and (
                verb.startswith("am ") or form in ("clause", "adjective", "sentence") or (
                    text.startswith("have completed ") and joins_have(verb))) and not (
                text.startswith("have ") and not joins_have(verb)):
            same = text.startswith("am ") and verb.startswith("am ")
            if verb.startswith("am ") and not same and "PAST" in readings(verb.split()[1]):
                verb = verb[3:]  # "led a team, recruited and trained": not "am trained"
            tail.append((" and ", verb[3:] if same else verb, kind))  # "and also did"
        elif kind in ("item", "fragment") and not dropped and (languages(text, words) or
                                                              listed_on(text, words)):
            tail.append((", ", piece, "item"))  # "speak English, Mandarin, Hokkien and basic
            # Japanese (JLPT N4)"; "worked rotating early, late and night shifts"
        elif kind == "item" and not dropped and bare(text.split()[-1]) == bare(last) and not any(
                bare(word) in DETERMINERS for word in text.split()[-4:]) and is_name(
                words[0]) == is_name(text.split()[-1]):
            tail.append((", ", piece, kind))  # "fluent in Polish, Irish, French"
        else:
            dropped = True  # "$2.3M in annual revenue": a noun phrase that joins nothing
    return attach(text, tail)


# The words of a list of languages: "Hokkien and basic Japanese", "English and some Russian".
SPOKEN = LANGUAGES | FLUENCY | {"and", "some", "a", "little", "bit", "of"}


def languages(text: str, words: list[str]) -> bool:
    """Languages after a language: "Mandarin", "Hokkien and basic Japanese (JLPT N4)"."""
    spoken = list(itertools.takewhile(lambda word: word[:1] != "(", words))
    return bare(text.split()[-1]) in LANGUAGES and bool(spoken) and all(
        bare(word) in SPOKEN for word in spoken)


def listed_on(text: str, words: list[str]) -> bool:
    """A list of describing words cut at its comma, the rest after its "and": "early" and
    "late and night shifts for ..." (both describe; "and" within two words)."""
    return "and" in words[1:3] and all(
        "NOUN" not in tags and tags & {"ADJ", "ADV"}
        for tags in (readings(bare(text.split()[-1])), readings(bare(words[0]))))


def fit_labelled(label: list[str], detail: list[str]) -> Result:
    """"Languages: English, Polish": "speak English and Polish"; "Capstone: a stormwater
    design": "did my capstone on a stormwater design"; "Leadership - led a team of 5": "led
    a team of 5"; "Accessibility - WCAG audits on 3 sites": "have experience in accessibility,
    including WCAG audits on 3 sites"."""
    name = " ".join(bare(word) for word in label)
    parts = pieces(detail)
    if name in LABELS:
        return finished("clause", f"{LABELS[name]} {listed([' '.join(part) for part in parts])}",
                        [])
    form, text = read(parts[0])
    counted = is_number(bare(detail[0]))
    if text and not counted and (form in ("clause", "adjective") or text.startswith(
            ("am ", "have a ", "have an "))):
        return finished(form, text, parts[1:])  # the detail says it all
    words = " ".join(word if is_acronym(word) else word.lower() for word in label)
    if bare(label[-1]) in PROJECTS and not counted:
        return finished("clause", f"did my {words} on {lower_first(' '.join(parts[0]))}",
                        parts[1:])
    form, text = read(label)
    if text and text.startswith("have experience in "):
        return finished(form, f"{text}, including {lower_first(' '.join(detail))}", [])
    return finished(form, text, [])


# Verbs a CV line opens with in capitals that are not a name's first word ("Hold Level C").
HELD_VERBS = words_of("hold speak")
ABILITY = words_of("fluent conversational proficient competent")
# A place in a competition: "Finalist in the 2025 moot" was a finalist.
PLACINGS = words_of("finalist semi-finalist semifinalist runner-up shortlisted medallist "
                    "medalist")

# Verbs whose particle would read as a preposition after a noun ("a look after ...").
PHRASAL = frozenset((("look", "after"), ("set", "up"), ("sort", "out"), ("carry", "out"),
                     ("deal", "with"), ("look", "into"), ("hand", "over"), ("take", "over"),
                     ("keep", "track"), ("follow", "up"), ("help", "out"), ("step", "in")))


def _past_deed(words: list[str], after: str) -> bool:
    """A deed, not "am ...": "Trained over 30 new hires", "Scored and wrote up 40 ..."."""
    return len(words) > 2 and ((after in ("over", "around", "about") and words[2][:1].isdigit())
                               or (after == "and" and "VBD" in readings(bare(words[2]))))


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
        if is_person(after) and "PLURAL" not in readings(after) and (
                len(words) < 3 or bare(words[2]) in PREPOSITIONS):
            return highlight_noun(words)  # a title: "leading hand on", "managing director of"
        if ("ADJ" in tags and not opens and not ends) or ("NOUN" in tags and after in PREPOSITIONS
                                                         ) or after in MASS | CREDENTIALS:
            return highlight_noun(words)  # "Outstanding reviews", "Working knowledge of Irish"
        if first in ("doing", "studying", "completing"):  # under way: "doing my DofE Silver"
            return "clause", "am " + text
        return "clause", "have experience " + text
    if tags & {"BASE", "VBZ"} and (not tags & {"NOUN", "ADJ"} or opens or after == "as"):
        verb = base_form(first) if "VBZ" in tags else first
        return "clause", " ".join([verb, *words[1:]])  # "Speaks Polish": "speak Polish"
    if ("ADJ" in tags or re.search(r"(?:ible|able|ful|ous|ive)$", first)) and ends and \
            first not in COMPLETED and not {bare(word) for word in words} & HELD:
        # not "am elective in tropical medicine", nor "am full driving licence"
        return "adjective", "am " + text
    if first in ABILITY and after and not opens and not is_person(noun_head(words)):
        return "adjective", f"am {first} in {lower_first(' '.join(words[1:]))}"  # "fluent Auslan"
    return highlight_noun(words)
