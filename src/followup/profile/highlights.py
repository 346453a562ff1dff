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
    DEGREES,
    EVENTS,
    OFFICES,
    ROLE_DEEDS,
    highlight_noun,
)
from followup.profile.highlight_verbs import HELD_VERBS, PAST_TIME, highlight_predicate
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
    CLOSED,
    CREDENTIALS,
    DESCRIBING,
    DETERMINERS,
    FLUENCY,
    HELD,
    LANGUAGES,
    MOSTLY,
    PREPOSITIONS,
    PUNCTUATION,
    SUBJECTLESS,
    SUBJECTS,
    article,
    bare,
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
# What a named organisation or event ends in when it takes "the": "the Chess Society".
INSTITUTIONS = words_of("society club exhibition competition championship championships cup prize "
                        "award festival conference clinic hospital council committee association "
                        "union team trust foundation institute centre center department office "
                        "ministry service project programme program scheme olympiad games league "
                        "challenge hackathon summit network show fair")
# A place won, named without its verb: "2nd place in a 24-hour animation jam".
PLACED = re.compile(r"(?:\d+(?:st|nd|rd|th)|first|second|third|joint \S+) place (?:in|at) ", re.I)
# When something was done, noted after it: "fixed the pump with my uncle, weekends".
WHEN = re.compile(r"(?:(?:most|some|at|on|in the) )?(?:weekends|evenings|nights|summers|holidays|"
                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)days)", re.I)
# Something had for a time up to now: "have a clean driving record for 9 years".
HELD_FOR = re.compile(r"have (an? [^,]*?) for (?:about |around |over |nearly |almost )?\S+ "
                      r"(?:years?|months?)\b")
# A body one is a member of, named without its capital: "member, working group on".
BODY = re.compile(r"\b(?:group|panel|board|committee|forum|taskforce|network|society)\b")


# Indian English's office phrasing: "I am having good knowledge of" is "have good knowledge".
HAVING = re.compile(r"^am having (?=(?:\w+ )?(?:knowledge|experience|skills?|understanding|"
                    r"exposure)\b)")


def fit_highlight(words: list[str], asked: bool) -> Result:
    """TY4: a skill or achievement, as the words that follow "I " in a sentence."""
    if bare(words[0]) == "having" and len(words) > 2:  # a CV's "Having 2.5 years experience"
        words = ["have", *words[1:]]
    first = bare(words[0])
    if bare(words[-1]) == "there" and not re.search(r"\b(?:at|with|for)\s|\bin\s+(?:the\s+)?[A-Z]",
                                                    " ".join(words)):
        return "noun", None, ("'there' points to a place that another line names: name the "
                              "place here ('... at the bakery')"), None  # (round 55)
    # A CV line drops its "I": "Am a Welsh speaker", "Have a full licence" say, not ask.
    if is_question(words, asked) and (asked or bare(words[0]) not in SUBJECTLESS):
        return "question", None, "it is a question, not something you did", EXAMPLE
    if (start := _leading_time(words)) and (found := fit_highlight(words[start:], asked))[1]:
        done, when = found[1] or "", lower_first(" ".join(words[:start]).rstrip(","))
        at = done.find(",") if "," in done else len(done)  # "databased 4 800 specimens
        return found[0], f"{done[:at]} {when}{done[at:]}", None, None  # during my internship"
    so = next((at for at in range(2, len(words) - 2) if bare(words[at]) == "so" and bare(
        words[at + 1]) in ("i", "i'm", "i've", "i'd")), None)  # "4 yrs driving MC so I know"
    if so and (before := fit_highlight(words[:so], asked))[1]:
        return before[0], f"{before[1]}, so {' '.join(words[so + 1:])}", None, None
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
        if first in SUBJECTS:
            return "sentence", None, f"it is about '{first}', not about you", example
        subject = " ".join(parts[0][:finite_verb(parts[0]) or 1])  # "final project was ..."
        return ("sentence", None, f"its subject is '{subject}', not you: write it as what you did",
                example)
    label = labelled(words)
    if label:
        return fit_labelled(*label)
    parts = named_list(pieces(before_dash_list(words)))
    if role := role_line(parts):
        return finished("clause", role, parts[2:])
    if is_list(parts) and not labelled_number(parts[-1]):  # "Go, Python, Postgres, k8s"
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
    body = head == "member" and BODY.search(" ".join(said)) is not None  # "working group on"
    if len(role) > 3 or not (head in ROLE_DEEDS or is_person(role[-1])) or readings(bare(
            role[0])) & {"PAST", "VBG", "VBZ"} or {bare(word) for word in role} & CLOSED or \
            head in LANGUAGES or not (place[0][:1].isupper() or said[-1] in INSTITUTIONS or body) \
            or set(said) & (DEGREES | HELD | {"level", "grade"}) or \
            said[0] in CREDENTIALS | SUBJECTS or \
            piece_kind(place) not in ("item", "fragment", "clause", "gerund" * body):
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
    if head in OFFICES or head == "member":  # "am a member of the working group on ..."
        return f"am a member of {where}" if head == "member" else f"have been {title} of {where}"
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
    if PLACED.match(" ".join(words)):  # "2nd place in a 24-hour animation jam"
        return "clause", "won " + lower_first(" ".join(words))
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
            r"months?|weeks?|summers|seasons|terms)\b|\bsince\b", joined) and not re.search(
            r"^am used to\b|\b(?:as|because|when|while) (?:I|we)\b", joined):  # the time is
        # another clause's: "am used to booking systems as I did them for 2 years" (round 56)
        joined = "have been " + joined[3:]
    joined = HAVING.sub("have ", joined)  # "am having good knowledge of": "have"
    held = HELD_FOR.match(joined)  # "have a clean driving record for 9 years": "have had"
    if held and " and " not in held[1]:
        joined = "have had " + joined[5:]
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
        elif entry := own_joiner(form, words, tail):
            tail.append(entry)
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
        elif kind in ("aside", "gerund", "and") or first in MOSTLY | {"now", "currently"}:
            tail.append((" " if dropped and first in PREPOSITIONS else ", ", piece, kind))
            dropped = False
        elif kind == "verb" and (verb := read(words)[1]) and (
                verb.startswith("am ") or form in ("clause", "adjective", "sentence") or (
                    text.startswith("have completed ") and joins_have(verb))) and not (
                text.startswith("have ") and not joins_have(verb)):
            if form == "clause" and verb.startswith("have ") and "PAST" in readings(first):
                verb = lower_first(piece)  # "led a team of 5, trained new staff": not "have"
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


SPOKEN = LANGUAGES | FLUENCY | {"and", "some", "a", "little", "bit", "of"}  # "and basic Thai"


def own_joiner(form: str, words: list[str], tail: list[tuple[str, str, str]]
               ) -> tuple[str, str, str] | None:
    """A piece after the first with a joiner of its own: "used to heavy lifting" ("and am
    used to"), "code 10" and "weekends" (in brackets), "my family used ..." after a
    sentence (a colon: what it explains), "shared Outlook calendars and Excel" (a list's
    end, not a verb)."""
    piece, first = " ".join(words), bare(words[0])
    if first == "used" and len(words) > 2 and bare(words[1]) == "to":
        return " and ", "am " + piece, "verb"
    if tail and tail[-1][2] == "gerund" and re.search(r"\band\b", piece) and len(words) <= 8:
        return ", ", piece, "item"  # "doing the bookings, the till and the reminder texts"
    if labelled_number(words) or WHEN.fullmatch(piece):
        return " ", f"({piece})", "aside"  # "learner's licence (code 10)", "(weekends)"
    if form == "sentence" and first in ("my", "we") and not tail and any(
            readings(bare(word)) & {"PAST", "VBZ", "VBD"} for word in words[1:4]):
        return ": ", piece, "aside"  # "I know intake from the other side of the desk: my
    if "and" in words and len(words) > 1 and "PAST" in readings(first) and (  # family used"
            is_name(words[1]) or readings(bare(words[1])) & {"NOUN", "PLURAL"}) and \
            piece_kind(words) == "verb":
        return ", ", piece, "item"
    return None


def labelled_number(words: list[str]) -> bool:
    """A label and its number, which says which of a thing: "code 10", "class C1", "level 2"."""
    return len(words) == 2 and "NOUN" in readings(bare(words[0])) and bool(
        re.fullmatch(r"[A-Z]?\d+[A-Z]?|[A-Z]\d?", words[1].strip(PUNCTUATION)))


def languages(text: str, words: list[str]) -> bool:
    """Languages after a language: "Mandarin", "Hokkien and basic Japanese (JLPT N4)"."""
    spoken = list(itertools.takewhile(lambda word: word[:1] != "(", words))
    return bare(text.split()[-1]) in LANGUAGES and bool(spoken) and all(
        bare(word) in SPOKEN for word in spoken)


def listed_on(text: str, words: list[str]) -> bool:
    """A list cut at its comma: of describing words ("early", "late and night shifts for"),
    or of plural nouns ("done brakes", "rotors and an alternator on my own car")."""
    ends = (readings(bare(text.split()[-1])), readings(bare(words[0])))
    return "and" in words[1:3] and (all("NOUN" not in tags and tags & {"ADJ", "ADV"}
                                        for tags in ends) or all("PLURAL" in tags for tags in ends))


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


def _leading_time(words: list[str]) -> int | None:
    """Where "I" starts after a leading time or place: "During my internship I ..." (r45)."""
    at = next((at for at, word in enumerate(words[:7]) if bare(word) == "i"), None)
    return at if at and at > 1 and bare(words[0]) in ("during", "while", "at", "in", "on",
                                                      "as", "after", "since") else None
