"""A field's text as people type it, tidied and taken apart for `profile.fields`: sentences
without stray punctuation, notes' shorthand written out (G2: "approx. 40 grads" is "around 40
graduates"); asides in brackets set apart; a label before a colon
or a dash ("Capstone: ..."); and the pieces a comma, a semicolon or a dash joins, each named
for what it is, so that a sentence keeps what reads in it and leaves out the rest."""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.profile.forms import says_nothing
from followup.profile.promises import MONTHS, MONTHS_SHORT
from followup.profile.shorthand import (
    SHORTHAND,
    TO_SELF,
    as_in_letters,
    joined_slashes,
    months_in_full,
    spelled_out,
    units,
)
from followup.profile.wordforms import (
    ABBREVIATIONS,
    CLOSED,
    DETERMINERS,
    DONE,
    MARKS,
    MEASURED,
    PREPOSITIONS,
    PUNCTUATION,
    SUBJECTS,
    THINGS,
    WH_WORDS,
    article,
    bare,
    capital_first,
    finite_verb,
    is_acronym,
    is_name,
    is_number,
    is_person,
    lower_first,
    phrases_of,
    readings,
    words_of,
)


def sentences(written: str) -> Iterator[tuple[str, bool]]:
    """The text's sentences, tidied, each with whether it asked ("?"); a line ends one."""
    for line in written.splitlines():
        pieces: list[str] = []
        line = TO_SELF.sub("", re.sub(r"^\s*(?:[-*•>]+|\d{1,2}[.)])\s+", "", line))  # "1.", "-"
        for piece in re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+", line.strip()):
            last = pieces[-1].rsplit(" ", 1)[-1].lower().strip("([{\"'“‘)]}”’") if pieces else ""
            ends = last[:-1] in MONTHS_SHORT and piece[:1].isupper()  # "3 Dec. PJ to phone"
            aside = bool(pieces) and pieces[-1].endswith(".)") and piece[:1].islower()  # "(Inġ.)"
            if aside or (last in ABBREVIATIONS and not ends) or re.fullmatch(  # "j.k.", "Dip."
                    r"(?:[a-z]\.){1,3}|(?:[a-z]{1,4}\.){2,3}|dip\.", last):
                pieces[-1] += " " + piece
            else:
                pieces.append(piece)
        for piece in filter(re.compile(r"\w").search, pieces):
            text, asked = tidy(piece)
            if text:
                yield text, asked


def tidy(text: str) -> tuple[str, bool]:
    """A sentence without bullets, symbols, wrapping quotes, trailing or doubled punctuation,
    "etc", or notes to self; "&" as "and", a spaced dash as " – ", a spaced slash as "and" (a
    list's as commas), shorthand, months and units written out (G2); "" if empty."""
    text = as_in_letters(months_in_full(TO_SELF.sub("", re.sub(r"\s+[&+]\s+", " and ", text))))
    # "1.2s -> 340ms": "from 1.2s to 340ms"; "Jenkins -> GitHub": "... to ..."; "→ target": "–"
    text = re.sub(r"(?<!\S)(?<!from )([$£€]?\d[\w.,%]*)\s*(?:->|→|=>)\s*([$£€]?\d[\w.,%]*)",
                  r"from \1 to \2", text)
    text = re.sub(r"\s*(?:->|→|=>)\s*(?=(\w*))", lambda arrow: " – " if arrow[1].lower() in (
        "target", "goal", "aim", "so", "then", "result", "hence", *SUBJECTS) else " to ", text)
    text = re.sub(r"(?<![\w.'’])i(?=\s|$|['’][a-z])", "I", text)  # "i cooked", "i'm"
    # "system design - a job queue": a label of a few words, then the field itself
    label = re.match(r"\s*(?:[^\W\d_][\w'’/-]*\s+){0,2}[^\W\d_][\w'’/-]*\s+[-–—]+\s+(\S+)", text)
    if label and (bare(label[1]) in DETERMINERS | WH_WORDS or bare(label[1]) in SUBJECTS) and \
            bare(label[1]) not in ("i", "i'm", "i've", "i'd"):  # "Getting to jobs - I don't"
        text = text[label.start(1):]
    text = re.sub(r"\s+[-–—]+\s+", " – ", re.sub(r"(\d)\s+[-–]\s+(?=\d)", r"\1–", text))
    # "(French / English)" is one thing; "the standards / their template", a list
    text = re.sub(r"(^|\(|,\s)([\w.+'’-]+)\s+/\s+([\w.+'’-]+)(?=\)|,|$)", r"\1\2/\3", text)
    slashed = joined_slashes(re.sub(r"\s+/\s+", " and " if text.count(" / ") == 1 else ", ", text))
    slashed = re.sub(r"[;,]\s*in particular,?\s+", ", especially ", slashed)  # "presentation;
    # in particular, the safeguarding audit": what it was about, an aside (round 53)
    slashed = re.sub(r"\bkids(?= (?:school|nursery|club|team|party|parties|room|sports)\b)",
                     "children's", slashed)  # "my kids school plays": their school
    kept = [word for word in slashed.split() if word == "–" or any(map(str.isalnum, word))]
    text = " ".join(shorthand(word, first=not at) for at, word in enumerate(kept))
    text = re.sub(r"\b(\d+(?:\.\d+)?)(\s*|-)(yrs?|wks?|mths?|mos|hrs?|h|mins?)\b\.?(\s+\S+)?",
                  units, text, flags=re.I)
    text = re.sub(r"\b(full|part) time (?=(\w+))", lambda said: f"{said[1]}-time " if (
        readings(bare(said[2])) <= {"NOUN", "BASE", "PLURAL"} and bare(said[2]) not in
        CLOSED) else said[0], text, flags=re.I)  # "the only other full-time admin" (round 45)
    text = re.sub(r"(?:\s*[,;:])*\s+–(?:\s+[,;:–]+)*\s+", " – ", text)  # ", - " is one dash
    text = re.sub(r"\b((?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|many|several) "
                  r"(?:years|months))\s+(?=experience\b)", r"\1' ", text, flags=re.I)  # 12 years'
    text = re.sub(r"^(?:[\s.,;:!?…\-–—/&+*•>]|\d{1,2}[.)]\s)+", "", text)
    asked = bool(re.search(r"\?[\"'”’)]*$", text))
    while True:  # '"Python, etc."': a quote, a full stop and "etc", each hiding the next
        before, text = text, text.rstrip(" .,;:!?…-–—/&+*([{“‘")
        if len(text) > 1 and text[0] in "\"'“‘" and text[-1] in "\"'”’":
            text = text[1:-1].strip()
        text = text[:-40] + re.sub(r",?\s+(?:etc|and so on|and so forth)$", "", text[-40:],
                                   flags=re.I)  # the end only: 2,000 characters of "etc etc"
        if text == before:
            break
    text = re.sub(r"([.,;:!?])(?:\s*[.,;:!?])+", r"\1", text)
    return ("" if says_nothing(text) else text), asked


def shorthand(word: str, *, first: bool = True) -> str:
    """G2: a note's shorthand written out, its capital kept first ("Approx." -> "Around"),
    not after ("Rebound Approx. 140 Registers": "rebound around 140 registers")."""
    lead = word[:len(word) - len(word.lstrip("(\"'“‘"))]
    core = word[len(lead):].rstrip(",;:)?!")  # "blaster cert?"
    stop = core.lower() not in SHORTHAND and core.endswith(".")  # "underwater insp."
    core = core[:-1] if stop else core
    full = SHORTHAND.get(core.lower())
    if full is None or (core.isupper() and (len(core) > 2 or core == "N")):  # "PPL", "annex N"
        return word
    shown = capital_first(full) if core[:1].isupper() and first else full
    return lead + shown + word[len(lead + core) + stop:]


ASIDE = re.compile(r"\s+\(([^()]*)\)")
GRADES = phrases_of("distinction|merit|honours|honors|commendation|high distinction|"
                    "first class honours|first-class honours")


def set_aside(text: str) -> tuple[str, tuple[str, ...]]:
    """The text with each aside in brackets taken out, its place kept by a mark on the word
    before ("media\\ue000, also did"), so that the aside does not decide the form; and each
    aside as it is put back: "(Instagram, TikTok)", "(120 guests, 14 tables)", "with
    distinction", or nothing: for one about someone else ("(he's a sparky)"), and for a
    note a letter cannot carry (G2, round 36: "(RUQ and carotids on a volunteer)",
    "(feeding/husbandry/logbooks)"). An acronym's meaning takes its place ("a volunteer SC
    (Special Constable)": "a volunteer Special Constable")."""
    asides: list[str] = []

    def take(match: re.Match[str]) -> str:
        if match.start() == 0 or len(asides) == len(MARKS):
            return match[0]
        inner = match[1].strip()
        words = inner.split()
        first = bare(words[0]) if words else ""
        if not words or (first in SUBJECTS and first not in ("i", "i'm", "i've")) or (
                first != "i" and finite_verb(words) is not None):
            asides.append("")  # "(he's a sparky, he supervised)": not about the candidate
        elif inner.lower() in GRADES:
            asides.append(" with " + inner.lower())  # "Grade 8 organ (distinction)"
        elif not NAMES_ONLY.fullmatch(inner) and ("/" in inner or len(words) > 4 or (
                len(words) > 2 and re.search(r"\b[A-Z]{2,}s?\b", inner))):
            asides.append("")  # a note: "(RUQ and carotids on a volunteer)", "(a/b/c)"
        else:
            asides.append(f" ({inner})")  # "(ACCA)", "(French/English)", "(120 guests, 14 tables)"
        return MARKS[len(asides) - 1]
    return ASIDE.sub(take, spelled_out(text)), tuple(asides)


# Proper names: "(Instagram, TikTok and Reels)", "(Polish and Irish)".
NAME = r"[A-Z][\w'’/-]*(?: [A-Z][\w'’/-]*)?"
NAMES_ONLY = re.compile(rf"{NAME}(?:(?:, | and | or | & ){NAME})*")


def put_back(text: str | None, asides: tuple[str, ...]) -> str | None:
    """The asides put back at their marks; one whose word was left out goes with it."""
    if text is None:
        return None
    for mark, aside in zip(MARKS, asides, strict=False):
        text = text.replace(mark, aside)
    return re.sub(f"[{MARKS}]", "", text)


def pieces(words: list[str]) -> list[list[str]]:
    """The words in pieces at a comma, a semicolon, a colon or a dash, without them."""
    found: list[list[str]] = [[]]
    for word in words:
        if word == "–":
            found.append([])
            continue
        core = word.rstrip(",;:")
        if core:
            found[-1].append(core)
        if core != word:
            found.append([])
    found = [piece for piece in found if piece]
    last = found[0] if len(found) == 1 else []
    if len(last) > 3 and duration(last[-2:]) and is_number(bare(last[-2])) and readings(
            bare(last[-3])) & {"NOUN", "ADJ"} == {"NOUN"}:
        found = [last[:-2], last[-2:]]  # "placement in a dementia unit 6 weeks"
    return found


def labelled(words: list[str]) -> tuple[list[str], list[str]] | None:
    """"Capstone: a stormwater design", "Languages - English, Polish": a label of one to three
    words with no verb, before a colon or a dash, and what it labels."""
    for index, word in enumerate(words[:3]):
        ends = word.endswith(":") or (index + 1 < len(words) and words[index + 1] == "–")
        if not ends:
            continue
        label, rest = words[:index + 1], words[index + 1:]
        rest = rest[1:] if rest and rest[0] == "–" else rest
        verbs = any(readings(bare(item)) & {"PAST", "VBZ"} and "NOUN" not in readings(
            bare(item)) for item in label)
        if rest and not verbs and not {bare(item) for item in label} & CLOSED:
            return [item.rstrip(":") for item in label], rest
        return None
    return None


UNIT = r"(?:year|month|week|day|summer|winter|season|term|semester|shift)s?"
DURATION = re.compile(rf"(?:for\s+)?(?:(?:about|around|over|nearly|almost|the\s+(?:last|past|"
                      rf"first))\s+)?(\S+)\s+({UNIT})", re.I)
PERIOD = re.compile(rf"(?:(?:since|from)\s+)?(?:(?:{'|'.join(MONTHS)})\s+)?(?:19|20)\d\d(?:\s*"
                    r"[-–/]\s*(?:(?:19|20)?\d\d|present|now|date|ongoing|current))?", re.I)
PENDING = words_of("expected predicted projected due graduating ongoing pending currently "
                   "underway completing")
ASIDE_WORDS = words_of("which who whom whose where when while whilst e.g i.e eg ie such "
                       "especially particularly notably mainly including incl not")
JOINING = words_of("and but then plus so")


def duration(words: list[str]) -> str | None:
    """"3 years", "for 2 summers", "the last 4 years": the time a piece is, as "for ..."."""
    text = " ".join(words)
    found = DURATION.fullmatch(text)
    if not found or not (is_number(bare(found[1])) or bare(found[1]) in ("a", "an", "couple")):
        return None
    return text if text.lower().startswith("for ") else "for " + text


def piece_kind(words: list[str]) -> str:
    """What a piece after the first is: "duration" ("3 years"), "period" ("2024-26"), "pending"
    ("expected 2:1"), "aside" (reads after a comma as written: "which ...", "e.g. ..."),
    "gerund" ("cutting no-shows by a third"), "and" ("and I also organised"), "clause" (a
    subject and verb of its own: "she said it went well"), "verb" ("also did the newsletter",
    "happy to help"), "item" (a short noun or name), or "fragment" (a noun phrase that joins
    nothing: "$2.3M in annual revenue")."""
    first, text = bare(words[0]), " ".join(words)
    tags = readings(first)
    after = readings(bare(words[1])) if len(words) > 1 else frozenset()
    if PERIOD.fullmatch(text):
        return "period"
    if duration(words):
        return "duration"
    if first in PENDING or text.lower().startswith(("in progress", "final year", "due in")):
        return "pending"
    if first in JOINING:
        return "and"
    lead = DURATION.match(text)
    if first in ASIDE_WORDS or first in PREPOSITIONS or (
            lead and lead.end() < len(text) and duration(text[:lead.end()].split())) or (
            [bare(word) for word in words[1:3]] in (["of", "them"], ["of", "which"])):
        return "aside"  # "two weeks early", "3 days ahead of schedule", "most of them to ..."
    if "VBG" in tags and ("NOUN" not in tags or len(words) > 1):
        return "gerund"  # "cutting no-shows by a third"
    if first in SUBJECTS or first in WH_WORDS or finite_verb(words) is not None:
        return "clause"
    if tags == {"ADV"} or (tags & {"ADV"} and "NOUN" not in tags and after & {"PAST", "BASE"}):
        return "verb" if after & {"PAST", "BASE", "VBZ"} and "NOUN" not in after else "fragment"
    if (tags & {"PAST", "BASE", "VBZ"} and not tags & {"NOUN", "ADJ"}) or (
            "ADJ" in tags and "NOUN" not in tags and len(words) > 1 and (
                bare(words[1]) in PREPOSITIONS or bare(words[1]) == "to")):
        return "verb"
    if len(words) <= 3 and not any(bare(word) in DETERMINERS or is_number(bare(word)) or
                                   re.fullmatch(r"[\d.,/%:]+", bare(word)) for word in words):
        return "item"
    return "fragment"


def listed(items: list[str]) -> str:
    """Items as a list: "Go, Python and Postgres" (an "and" before the last, if none)."""
    if len(items) < 2 or re.search(r"\b(?:and|or)\b", items[-1]):
        return ", ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def attach(text: str, tail: list[tuple[str, str, str]]) -> str:
    """Pieces joined to a text, each as (joiner, words, kind): verbs or topics in a row by
    commas but the last ("built X, trained Y and ran Z"), and the items of a list likewise
    ("Polish, Irish and French"), unless the list has its own "and"."""
    for index, (joiner, piece, kind) in enumerate(tail):
        after = tail[index + 1][2] if index + 1 < len(tail) else ""
        if kind in ("verb", "topic") and after == kind:
            joiner = ", "
        elif kind == "item" and after != "item" and not re.search(
                r"\b(?:and|or)\b", " ".join(item for _, item, _ in tail[:index + 1])):
            joiner = " and "  # the last of a list
        text += joiner + piece
    return text


def before_dash_list(words: list[str]) -> list[str]:
    """TY4: the words before a dash followed by a list of things ("Ramp agent – ground ops,
    pushback, marshalling"), which joins a deed nowhere; a dash before one piece stays."""
    if "–" not in words[1:]:
        return words
    index = words.index("–", 1)
    after = pieces(words[index + 1:])
    if len(after) > 1 and any(piece_kind(piece) in ("item", "fragment") for piece in after):
        return words[:index]
    return words


RESULTS = {"raised": "raising", "saved": "saving", "generated": "generating",
           "collected": "collecting", "secured": "securing", "won": "winning"}
AMOUNT = r"[£$€¥]?\d[\d,.]*(?:[kmb]n?|%)?\+?"


def result_piece(words: list[str]) -> str | None:
    """TY4: a piece giving a deed's result, as after a comma: "£6,400 raised" -> "raising
    £6,400"; "99.6% accuracy" -> "with 99.6% accuracy"; "first sitting" -> "at the ..."."""
    text = " ".join(words)
    found = re.fullmatch(rf"({AMOUNT})\s+(\w+)", text, flags=re.I)
    if found and bare(found[2]) in RESULTS and any(char in found[1] for char in "£$€¥kKmM"):
        return f"{RESULTS[bare(found[2])]} {found[1]}"
    if re.fullmatch(r"\d[\d.]*%", words[0]) and 1 < len(words) <= 4 and all(
            readings(bare(word)) & {"NOUN", "ADJ"} and not readings(bare(word)) & {"PAST", "VBZ"}
            and bare(word) not in CLOSED for word in words[1:]):
        return "with " + text  # a rate the deed came with
    found = re.fullmatch(r"(?:on\s+|at\s+)?(?:the\s+|my\s+)?(first|1st|second|2nd)\s+(sitting|"
                         r"attempt|try)", text, flags=re.I)
    if found:
        return f"at the {'first' if found[1][0] in 'f1' else 'second'} {found[2].lower()}"
    return None


def is_list(parts: list[list[str]]) -> bool:
    """Pieces that are all items of one list, names or not ("Go, Python, k8s", "BLS, ACLS
    and PALS current", "time management, teamwork"); not "Graduate teacher, BSc/MTeach"."""
    named = {is_name(part[0]) or any(char.isdigit() for char in part[0]) for part in parts[1:]}
    first = readings(bare(parts[0][0]))
    return len(parts) > 1 and bare(parts[0][-1]) not in DONE and not is_person(parts[0][-1]) and \
        len(named) == 1 and all(
        piece_kind(part) == "item" for part in parts[:-1]) and piece_kind(parts[-1]) in (
        "item", "fragment") and len(parts[-1]) <= 4 and not any(
        bare(word) in PREPOSITIONS for word in parts[-1]) and not first & {
        "PAST", "VBZ", "VBG"} and ("NOUN" in first or not first)


def weeks_long(text: str, span: str) -> str:
    """"have completed a placement" and "for 8 weeks": "have completed an 8-week placement"."""
    found = re.fullmatch(r"for (\w+) (week|month|year|day)s?", span)
    rest = text.removeprefix("have completed ").split(" ", 1)
    if not found or len(rest) < 2 or rest[0] not in ("a", "an") or re.match(r"\S+-week", rest[1]):
        return text
    length = f"{found[1]}-{found[2]}"
    return f"have completed {article(length)} {length} {rest[1]}"


def written_after(words: list[str]) -> str | None:
    """A deed written after its object, as notes do: "RPL held" -> "hold an RPL"; "FE-1
    examinations passed in full" -> "have passed the FE-1 examinations in full"; "food cost
    down from 34% to 29%" -> "brought food cost down from 34% to 29%"; "costs cut by 20%";
    "shrink under 1%" -> "kept shrink under 1%"."""
    for index, word in enumerate(words[1:5], 1):
        done, after = bare(word), bare(words[index + 1]) if index + 1 < len(words) else ""
        thing, rest = " ".join(words[:index]), words[index + 1:]
        if any(bare(item) in CLOSED for item in words[:index]):
            return None
        if done in DONE and (after in PREPOSITIONS or (not after and done != "done")):
            plural = "PLURAL" in readings(bare(words[index - 1])) or thing.endswith("s")
            thing = lower_first(thing) + word[len(word.rstrip(PUNCTUATION)):]  # an aside's mark
            determiner = "the" if plural else article(thing)
            verb = {"held": "hold", "done": "have completed"}.get(done, f"have {done}")
            return " ".join([verb, determiner, thing, *rest])
        measured = after in ("from", "by", "to") or re.match(r"[£$€]?\d", after)
        if done in ("down", "up") and measured:
            return " ".join(["brought", lower_first(thing), done, *rest])
        if done in ("under", "below", "over", "above") and re.fullmatch(r"\d[\d.,]*%", after):
            return " ".join(["kept", lower_first(thing), done, *rest])  # "shrink under 1%"
        if done in MEASURED and measured:
            return " ".join([MEASURED[done], lower_first(thing), *rest])
    return None


def joins_have(verb: str) -> bool:
    """A deed that reads after "I have ... and": "built" (its past is its participle), not
    "ran" ("I have completed a placement and ran ..." reads as "have ran")."""
    tags = readings(bare(verb.split()[0]))
    return ("PAST" in tags and "VBD" not in tags) or verb.startswith(("am ", "have "))


def is_field(words: list[str]) -> bool:
    """A field of work for "have experience in" ("stock control", "IT support for a team"): a
    few words, no number, determiner or thing made (`THINGS`) before any preposition."""
    field = words[:next((at for at, word in enumerate(words) if bare(word) in PREPOSITIONS),
                        len(words))]
    items = re.split(r",\s+|\s+(?:and|or)\s+", " ".join(field))  # "teamwork and communication"
    return bool(field) and all(len(item.split()) <= 4 for item in items) and bare(
        field[-1]) not in THINGS and not any(
        (bare(word) in CLOSED - {"and", "or"} and not is_acronym(word)) or any(
            char.isdigit() for char in word) for word in field)
