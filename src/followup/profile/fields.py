"""A profile's free-text fields read for their form, so that templates fit them into sentences.

`fit` reads one field (a highlight, what was discussed or learned, a question, a promise)
and gives the words its sentence frames take; or None, with the problem in a few plain words
("it is a question, not something you did") and the field reshaped as the user could write
it; or, for a placeholder ("n/a"), form "empty" and nothing to warn of. A promise is read by
`promises`, a highlight by `highlights`, the others by `topics`, each from the text tidied
and in pieces (`parts`); the dates a promise's relative time means are `dating`'s. The
word forms come from `wordforms` (lemminflect).
"""

from __future__ import annotations

import functools
import re

import msgspec

from followup.profile import sendable
from followup.profile.capitals import common_case, named_with_capitals, sentence_case
from followup.profile.forms import FieldKind, Fitted, says_nothing
from followup.profile.highlights import fit_highlight
from followup.profile.parts import put_back, sentences, set_aside
from followup.profile.promise_text import as_said
from followup.profile.promises import fit_promise
from followup.profile.questions import fit_question, labelled
from followup.profile.rejoined import rejoined
from followup.profile.shorthand import months_in_full
from followup.profile.topics import EXAMPLES, fit_topic
from followup.profile.wordforms import bare, readings

GENERIC = frozenset(EXAMPLES.values())  # the fixed examples, not from the user's words

LEADS = {  # what people write before the field's words
    "discussed": r"(?:(?:we|i)\s+)?(?:(?:really\s+)?(?:enjoyed|liked|loved|appreciated)\s+)?"
                 r"(?:had\s+)?(?:a\s+)?(?:discussed|discussing|discussion|talked|"
                 r"talking|chatted|chatting|chat|spoke|conversation|went|covered|mentioned)(?:\s+"
                 r"(?:about|of|on|around|over|through))?|about|re:?|topic:?|regarding|"
                 r"concerning",
    "learned": r"(?:(?:i|we)\s+)?(?:learned|learnt|learning|found out|heard|discovered|was told|"
               r"were told|realised|realized|noticed)|(?:he|she|they)\s+(?:explained|said|"
               r"mentioned|told (?:me|us))(?=\s+that\b)",  # "She explained that ...": that ...
    "question": r"q\s*[:.-]|kindly\s+(?:let\s+me\s+know|tell\s+me|share|confirm|"
                r"advise|clarify)(?:\s+(?:about|on|re))?|"
                r"(?:to\s+)?(?:ask|query|clarify|check|confirm)(?:\s+(?:them|him|her|about|on|"
                r"re))*|find out(?:\s+more)?(?:\s+about)?|follow[\s-]*up(?:\s+(?:on|about))?|"
                r"more (?:about|on)|question(?:\s+(?:about|on|re))?:?|(?:i(?:'d| would) like to|"
                r"i want(?:ed)? to|want(?:ed)? to) know(?:\s+about)?",
    "promise": r"(?:\S+\s+){0,5}?(?:said|promised|told (?:me|us)|informed (?:me|us)|mentioned|"
               r"confirmed|explained)(?:\s+that)?",
    "highlight": r"(?:kindly|please)\s+note(?:\s+that)?"}  # an office's "Kindly note that I ..."
LEAD = {kind: re.compile(rf"^(?:{pattern})\s+", re.I) for kind, pattern in LEADS.items()}
# CI11: a promise's reason, which a check-in would quote back to them: "within three weeks,
# as they still have people to see next week" (round 38).
REASON = re.compile(r",\s+(?:as|because|since)\s+(?:they|we|he|she|the|there)\b.*$", re.I | re.S)
# CI11: a promise with its time first, and perhaps how long that usually takes: "after the
# background check, usually 5-7 business days, Brittany will call me" (round 54).
FRONTED = re.compile(r"(?P<when>(?:after|once|when|within|by)\s[^,]+),\s*(?:(?:usually|normally|"
                     r"typically|about|around|approx\.?)\s[^,]+,\s*)?(?P<deed>[^,]+?\s(?:will|"
                     r"would|is going to|are going to)\s[^,]+?)\.?\s*$", re.I)
# CI11: what they would do first, then the promise: "first do the criminal check and phone my
# references, then they will call me" (round 56).
FIRST_THEN = re.compile(r"first\s+(?P<first>[^,]+?),?\s+(?:and\s+)?then\s+(?P<deed>(?P<who>\w+)\s+"
                        r"(?:will|would|'ll|’ll)\s.+?)\.?\s*$", re.I)
# CI11: a time said twice, the second the day itself: "before Thanksgiving, by Wednesday".
TWO_TIMES = re.compile(r"(?:before|by|around)\s[^,]+,\s*(?P<day>(?:by|on|before)\s+(?:[A-Z]"
                       r"\w+day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^,]*?)\.?\s*$", re.I)
# TY4: "have spent 22 years maintaining locks", not "have 22 years maintaining" (round 35).
SPENT = re.compile(r"^have ((?:\d+\+?|[a-z]+(?:-[a-z]+)?) years?) (\w+ing)\b")
# TY8: a question typed without its mark, its verb first ("do seasonal staff get trained",
# "how are new staff trained", "what hours are the shifts"); not "how things are going".
ASKS = re.compile(r"(?:(?:how(?: many| much| long| often| soon| far)?|(?:what|which)(?: (?!(?:the|"
                  r"a|an|they|we|you|he|she|it|i|this|that|these|those|our|their|my|your|his|"
                  r"her|its)\b)\w+)?|when|where|who|why)\s+)?(?:do|does|did|is|are|was|were|can|"
                  r"could|will|would|should|has|have)\s", re.IGNORECASE)


def asks(text: str) -> bool:
    """TY8: whether words typed without a question mark are a question in its order: `ASKS`,
    or "how" and a describing word before its verb ("how big is the team", round 43)."""
    return ASKS.match(text) is not None or sendable.how_describing(text)


# TY8: a question after its topic, pointing back to it: "aftercare team - how do they ...".
LABEL = re.compile(r"\s*((?:[^\W\d_][\w'’/-]*\s+){0,2}[^\W\d_][\w'’/-]*)\s+[-–—]+\s+(.*\b(?:they|"
                   r"them|their)\b.*)$", re.I | re.S)


@functools.lru_cache(maxsize=2048)
def fit(kind: FieldKind, written: str) -> Fitted:
    """The field read for its form, with the words its sentence frames take; never raises.
    Words that would lose part of the field, or carry its shorthand, are no fit
    (`sendable`): the draft leaves the field out and says why."""
    said = as_said(written).strip() if kind == "promise" else ""  # "Becky - ..." (round 45)
    if said and said != written.strip() and as_said(said).strip() == said:  # read once more
        return msgspec.structs.replace(fit(kind, said), written=written)
    reworded = _reworded_promise(written) if kind == "promise" else None
    if reworded is not None:  # read as reworded, quoted as written
        found = fit(kind, reworded)
        return msgspec.structs.replace(found, written=written) if found.text else found
    found = read_field(kind, written)
    if found.text is None:
        return found if _offered(kind, found.example) else msgspec.structs.replace(
            found, example=None)
    source = LEAD[kind].sub("", written.strip(), count=1) if kind in LEAD else written
    text = found.text
    problem = sendable.problem(kind, source, text)
    whole = problem and rejoined(kind, source, text)  # cut at a comma: the rest joined on
    if whole and sendable.problem(kind, source, whole) is None:
        text, problem = whole, None
        found = msgspec.structs.replace(found, text=whole)
    if problem is not None:
        return Fitted(written, found.form, None, problem, None)
    text = with_the(text, kind) if kind in ("learned", "discussed") else text
    if kind == "question" and found.form != "question":  # "I want to know if they ...":
        text = re.sub(r"^if\s", "whether ", text)  # "hear more about whether they ..."
        text = re.sub(r" or (?:(?:do|does|did) (I|we|they|you|he|she|it)|(can|could|will|would|"
                      r"should|is|are) (I|we|they|you|he|she|it)) ", lambda asked:
                      f" or whether {asked[1] or asked[3]} {asked[2] or ''} ".replace("  ", " "),
                      text)  # "... is provided or do I need": "or whether I need" (round 47)
        text = re.sub(r"^any chance\b", "whether there is any chance", text)  # (round 39)
    if kind in ("learned", "discussed", "question", "highlight"):  # "some of their residents
        from followup.profile.addressed import to_you  # speak it too" (round 45)

        said = to_you(text, asked=kind == "question", own=kind == "highlight")
        return msgspec.structs.replace(found, text=text, to_them=None if said == text else said)
    return found


def _reworded_promise(written: str) -> str | None:
    """CI11: a promise in the order its frame reads it, or None when it is already so: its
    time after what they would do ("after the checks, Brittany will call": she will call
    after); the day of a time said twice (round 59); steps first ("first do the checks, then
    they will call": they will call once they do); without its reason (round 38)."""
    if first := FRONTED.match(written):
        return f"{first['deed']} {first['when'][0].lower()}{first['when'][1:]}"
    if two := TWO_TIMES.match(written):
        return two["day"]
    if steps := FIRST_THEN.match(written):
        who = steps["who"].lower() if steps["who"].lower() in ("we", "he", "she") else "they"
        done = steps["first"]  # a step with no subject of its own is theirs: "once they do ..."
        done = f"{who} {done}" if "BASE" in readings(bare(done.split()[0])) else done
        return f"{steps['deed']} once {done}"
    if why := REASON.search(written):  # what they would do, not why
        return written[:why.start()]
    return None


def _offered(kind: FieldKind, example: str | None) -> bool:
    """Whether an example may be offered in a warning: none at all, or words of the user's
    own (not another profile's, `GENERIC`) that themselves go into a letter."""
    if example is None:
        return True
    if kind == "question" and not asks(example):  # not "team size?" (round 39)
        return False
    reshaped = None if example in GENERIC else read_field(kind, example).text
    return reshaped is not None and sendable.problem(kind, example, reshaped) is None


# A note's bare office or ordinal, which a sentence gives "the": "that CFO is retiring",
# "discussing first 100 days".
BARE = re.compile(r"^((?:that|about|how|whether) )?(?=(?:CEO|CFO|COO|CTO|CIO|CMO|CPO|GM|MD|"
                  r"HoF|DoF|first|second|third|final)(?![\w-]))")


def with_the(text: str, kind: FieldKind = "learned") -> str:
    """G2: the words a topic or a fact takes, with "the" before a bare office or ordinal,
    and a topic before what is new or planned ("new bleep system": "the new bleep system")."""
    if kind == "discussed" and NEW.match(text):
        return "the " + text
    return BARE.sub(lambda found: f"{found[1] or ''}the ", text, count=1)


NEW = re.compile(r"(?:new|current|old|upcoming|proposed|planned|existing|recent|planned) "
                 r"(?!ones?\b)[a-z]")


def read_field(kind: FieldKind, written: str) -> Fitted:
    """The field read for its form (`fit`, before asking whether it can be sent)."""
    written = written.strip()
    if says_nothing(written):  # the user meant "nothing": no words, and nothing to warn of
        return Fitted(written, "empty", None)
    label = LABEL.match(written) if kind == "question" else None
    if label and "\n" not in written:  # the topic kept, where "they" would point to nothing
        rest = fit(kind, label[2])
        put = rest.text and rest.form == "question" and labelled(
            label[1].split(), rest.text.rstrip("?").split(), True)
        if put:
            return Fitted(written, "question", put)
    parts: list[tuple[str, bool]] = []
    # the first sentence, whether there are more, and whether all of them ask
    spaced = re.sub(r"\s+(?=[,;])", "", written)  # "sales targets , add-ons": a comma typed late
    for part in sentences(named_with_capitals(common_case(sentence_case(spaced)))):
        parts.append(part)
        if len(parts) > 1 and not part[1]:
            break
    if not parts:
        return Fitted(written, "noun", None, "it has no words to use", EXAMPLES[kind])
    if len(parts) > 1:
        first = read_field(kind, parts[0][0] + ("?" if parts[0][1] else ""))
        if kind in ("discussed", "promise") and first.text:  # the first of several topics,
            return Fitted(written, first.form, first.text)  # a topic and what was said of it,
            # a promise and what follows it ("Background check after that.")
        form = "question" if all(asked for _, asked in parts) else "sentence"
        example = first.written if first.text else first.example
        stray = " . " in written  # "NHA . Oct 2026": a stop typed between words (round 26)
        return Fitted(written, form, None, "it has a stray ' . ' in it: take it out, or give "
                      "each point its own field" if stray else "it has more than one sentence",
                      example)
    text, asked = parts[0]
    if kind == "highlight":
        text = _as_highlight(text)
    asked = asked or (kind == "question" and asks(text))
    asides: tuple[str, ...] = ()
    if kind == "promise":
        text = _as_promise(text)
    else:
        text, asides = set_aside(text)  # "(my mum is deaf)" does not decide the form
    stripped = LEAD[kind].sub("", text, count=1) if kind in LEAD else text
    if kind == "learned" and not asked:  # "is a plan to increase the calls": there is (round 42)
        stripped = re.sub(r"^(?=(?:is|are|was|were) (?:a|an|some|no|plans?)\b)", "there ",
                          stripped, flags=re.I)
        stripped = re.sub(r"^there['’]?s\b", "there is", stripped, flags=re.I)  # "theres a"
        stripped = re.sub(r"\b(now|nowadays|these days) not\b", r"\1, not", stripped)  # "frames
        # now not stick framing": the contrast's comma
    words = (stripped if any(char.isalnum() for char in stripped) else text).split()
    if kind == "highlight":
        form, fitted, problem, example = fit_highlight(words, asked)
        fitted = fitted and SPENT.sub(r"have spent \1 \2", fitted)
    elif kind == "promise":
        form, fitted, problem, example = fit_promise(words)
    elif kind == "question":
        form, fitted, problem, example = fit_question(words, asked)
    else:
        form, fitted, problem, example = fit_topic(kind, words, asked)
    return Fitted(written, form, cleaned(put_back(fitted, asides)), problem,
                  cleaned(put_back(example, asides)))


def _as_highlight(text: str) -> str:
    """A highlight's note as its sentence takes it: "ChemCert accreditation, current": "a
    current ChemCert ..."; "own tools + ute": "have my own ..."; "two summers on a crew":
    "spent two summers ..." (round 39: not "summers" as a verb); "MA ..., first class
    honours": "... with first class honours"; "a full, clean driving licence"; "have full
    clean driving licence + own car": "have a full ... and my own car" (round 41); "BS
    Civil Eng, minor in Geology": "... with a minor in Geology" (round 42); "I am speaking
    Polish fluent": "I am fluent in Polish"; "grade 8 piano": "have Grade 8 piano"."""
    text = re.sub(r",\s+(current|valid)$", r" \1", text, flags=re.I)
    text = re.sub(r"^((?:I )?)(?:am speaking|speak) (.+?) fluent(?:ly)?$", r"\1am fluent in \2",
                  text)  # "I am speaking Portuguese, Spanish and English fluent" (round 43)
    text = re.sub(r"^((?:I )?)am speaking\b", r"\1speak", text)
    text = re.sub(r"^((?:I )?)am using\b(?=.* (?:every|each) (?:day|week)\b|.* daily\b)",
                  r"\1use", text)  # "I am using Sage 50 and Excel every day" (round 44)
    text = re.sub(r"^((?:I )?)(?:have )?done my\b", r"\1completed my", text,
                  flags=re.I)  # "Done my B.Sc. (Agri)"
    text = re.sub(r"^grade (?=\d+ )", "Grade ", text)  # a music exam, "have Grade 8 piano"
    text = re.sub(r"^(?=[A-Z][\w-]*\s+(?:[A-Z(][\w()-]*\s*)*(?:(?:,|\band)\s*(?:[A-Z(][\w()-]*"
                  r"\s*)+)+training\b)", "have completed ", text)  # "Manual Handling, ... training"
    if not re.match(r"(?:I am|I'm|am)\b", text, re.I):  # "Full clean licence and happy to
        text = re.sub(r"\band (?=(?:happy|willing|able|keen|available) to\b)", "and am ", text)
    text = re.sub(r"^not (?=(?:had|missed|taken|been)\b)", "have not ", text, flags=re.I)  # "Not
    # had a sick day in 18 months": "have not had"
    text = re.sub(r"^([A-Z]{2,}\w*(?:\s*(?:\+|&|and|,)\s*[A-Z]{2,}\w*)+)\s+(?:both |all )?"
                  r"current\b", r"hold current \1", text)  # "RSA + RCG both current"
    text = re.sub(r"^bilingual (?:in )?(\w+) ?[/&] ?(\w+)(?=$|,)", r"bilingual in \1 and \2", text,
                  flags=re.I)  # "Bilingual English/Spanish"
    text = re.sub(r"^(?:have )?(?:an? )?(enhanced )?DBS(?: check(?:ed)?| cleared| clear)?$",
                  lambda dbs: f"have {'an enhanced' if dbs[1] else 'a'} DBS check", text,
                  flags=re.I)  # "DBS checked", "Enhanced DBS"
    text = re.sub(r"(?:,\s*|\s*\(|\s+(?=good ))(?:exp\.?|expires|expiring|expiry|(?:valid|good) "
                  r"(?:to|until|till|thru|through))\s+(?:[A-Za-z]+ |\d{1,2}/)?\d{4}\)?$", "", text,
                  flags=re.I)  # "..., exp. 2028", "good until 10/2027": an aside
    text = re.sub(r"\((?:done|completed|passed|got|finished|gained) ((?:[A-Za-z]+ )?\d{4})\)",
                  r"(\1)", text, flags=re.I)  # "Site Safe passport (done 2025)": "(2025)"
    text = re.sub(r"^(?=(?:CPR|first aid|BLS|AED)\b(?:\s*(?:/|&|and)\s*(?:CPR|first aid|BLS|"
                  r"AED)\b)*(?:\s*\([^()]*\))?$)", "certified in ", text, flags=re.I)  # "CPR/First
    # Aid (American Heart Association)": no word says what one has of it
    text = re.sub(rf"^({_LEADING}) ({_UNITS})\b(?= of\b)", r"\1 a \2", text, flags=re.I)
    text = re.sub(rf"^({_LEADING}) ({_UNITS})\b(?= (?:on|at|in|for|during|over)\b|$)",
                  r"\1 the \2", text, flags=re.I)  # "Led team of 5", "Ran shop on Sundays"
    text = re.sub(r"^(?:my\s+)?own\s+", "have my own ", text, flags=re.I)
    text = months_in_full(re.sub(  # "EIT passed Aug 2026": "passed the EIT in August 2026"
        r"^([A-Z][A-Z0-9]+) (passed|completed|gained|earned)(?: in)?( [A-Z][a-z]+ \d{4})?$",
        lambda done: f"{done[2]} the {done[1]}" + (f" in{done[3]}" if done[3] else ""), text))
    if re.match(r"(?:zero|no|0) (?:\S+ ){0,3}(?:incidents|accidents|injuries|complaints|errors|"
                r"claims|absences|sick days|days off)\b", text, flags=re.I):
        text = f"have had {text[0].lower()}{text[1:]}"  # "Zero recordable incidents since 2019"
    text = re.sub(r"\b(have|and|with|plus) own\b", r"\1 my own", text)
    text = re.sub(r"^(have|hold) (?=(?:(?:full|clean|valid|current|manual|driving|UK|EU|Irish|"
                  r"US),? )+licen[cs]e\b)", r"\1 a ", text, flags=re.I)
    text = re.sub(r"^(\d+|two|three|four|five|six|seven|eight|nine|ten)(?= (?:summers|seasons|"
                  r"winters|terms) (?:on|in|at|with|as)\b)", lambda count: "spent " +
                  count[1].lower(), text, flags=re.I)
    text = re.sub(r",\s+((?:first[- ]class |upper second[- ]class |2:1 )?hono(?:u)?rs|"
                  r"distinction|merit)$", r" with \1", text, flags=re.I)
    text = re.sub(r",\s+(?:a\s+)?(minor|major) in\b", r" with a \1 in", text, flags=re.I)
    return re.sub(r"\b(\w+), (?=(\w+) (\w+))", lambda pair: pair[1] + (
        " " if _adjective(pair[1]) and _adjective(pair[2]) and pair[3].lower() not in (
            "and", "or") else ", "), text)  # not "friendly, reliable and"


# A CV's shorthand leaves out the article a letter needs: "Led team of 5" (round 43).
_LEADING = "led|managed|ran|supervised|trained|coached|oversaw|opened|grew|mentored|headed"
_UNITS = ("team|shop|store|branch|site|project|crew|department|unit|ward|class|group|kitchen|"
          "bar|restaurant|café|cafe|warehouse|fleet|budget|caseload|portfolio|territory|rota|"
          "workshop|programme|program|campaign|squad|section|office|club|society|choir|band")


def _as_promise(text: str) -> str:
    """A promise as its reading takes it: a dash as a comma, "revert" as "get back to you",
    its condition after what they would do, no condition in brackets (CI11)."""
    text = text.replace(" – ", ", ")  # a promise's own reading takes a dash as a comma
    text = re.sub(r"\brevert(?: back)?(?: to (?:you|me|us))?\b", "get back to you", text,
                  flags=re.I)  # India's and Singapore's "revert": reply (round 43)
    # its condition after what they would do: "Once the checks come back, we will
    # contact you": "contact you ... once the checks come back" (round 43)
    text = re.sub(r"^((?:once|when|after|as soon as) [^,]+), (?:we|they)(?:['’]ll| will|"
                  r"['’]d| would| should)? (.+)$", lambda said: f"{said[2]} "
                  f"{said[1][0].lower()}{said[1][1:]}", text, flags=re.I)
    # CI11: a condition in brackets, quoted later, would need its tense changed: "(after
    # the panel meets with HR)" (round 37); the plan reads it from the profile itself
    text = re.sub(r"\s*\((?:after|once|when|pending|subject to|if)\b[^()]*\)", "", text,
                  flags=re.I)
    return text


def _adjective(word: str) -> bool:
    """Whether a word can be an adjective ("full", "clean"): a comma between two of them
    before a noun joins one point, not two."""
    return "ADJ" in readings(word.lower())


def cleaned(text: str | None) -> str | None:
    """Pieces put together without doubled or trailing punctuation ("etc.," or "0/")."""
    if not text:
        return None
    asked = text.endswith("?")
    text = re.sub(r"([.,;:!?])(?:\s*[.,;:!?])+", r"\1", re.sub(r"\.(?=[,;:])", "", text))
    text = text.rstrip(" .,;:!?…-–—/&+*([{“‘")
    return text + "?" if asked and text else text or None
