"""Whether a field's fitted words can go into a letter as they are (G2, TY4): all of what the
user wrote is there, and none of it is a note to self. Reading a field is a guess; a guess
that loses half the field ("White Card, Cert IV Building & Construction" as "hold a White
Card") or keeps shorthand ("ARC meets 5x a year", "(ran over, oops)") writes a sentence the
candidate would have to rewrite. Such a field is left out of the draft, with a warning
saying why, rather than sent broken: precision over recall.
"""

from __future__ import annotations

import itertools
import re

from followup.profile import tact
from followup.profile.kept import lost_words
from followup.profile.shorthand import (
    OUTCOMES,
    REMARKS,
    SPOKEN,
    WORD,
    first_note,
    months_in_full,
)
from followup.profile.slips import slip
from followup.profile.wordforms import (
    CLOSED,
    LANGUAGES,
    THINGS,
    bare,
    finite_verb,
    is_acronym,
    is_person,
    readings,
    words_of,
)
from followup.words import without_asides

# Words a promise's reading rightly turns into the candidate's own ("let all candidates
# know their outcome": "I would hear"), or leaves out (a hedge, "hopefully by Monday").
FOR_ME = words_of("candidates candidate applicants everyone everybody all let aim hope expect "
                  "plan panel their outcome expects hopes plans aims intends hopefully able")
# A verb and its particle inside what should be a noun phrase: a clause ("new staff buddy up
# with someone") that "learn about" or "discussing" would break.
PARTICLES = frozenset(("up", "out", "off", "down", "back"))
# A second promise with its own subject, which the first's frame cannot take: "make its
# recommendation ... and the Chairman will telephone" ("the plan was to ... will").
SECOND_SUBJECT = re.compile(r"\band\s+(?:the\s+|a\s+)?[\w'’-]+\s+(?:will|would|is going to|"
                            r"are going to|'ll|’ll)\b", re.IGNORECASE)


def problem(kind: str, written: str, fitted: str) -> str | None:
    """Why `fitted` (the words a frame takes) cannot stand for `written` in a letter, or
    None when it can."""
    as_written = written  # for quoting: the checks below may take words out of `written`
    written = months_in_full(written)  # "by Dec. 11" as read: "by December 11"
    if kind == "promise" and SECOND_SUBJECT.search(fitted):
        return ("it joins two promises, each with a subject of its own: write what they "
                "would do as one")
    if kind == "promise":  # who said it goes: "Tom to feed back" is "they would feed back"
        written = re.sub(r"^\s*(?:[\w.'’-]+\s+){1,2}?(?=(?:to|will|would|said|says|expects|"
                         r"hopes|plans|aims|intends)\b)", "", written, flags=re.I)
        written = " ".join(word for word in written.split() if bare(word) not in FOR_ME)
    elif DASH.search(written):
        label, detail = DASH.split(written, maxsplit=1)
        if bare(label.split()[-1]) in LABELS and " and " in fitted:  # "a scenario and the man"
            return "its dash joins a label to notes: write the topic as a short phrase"
        if kind == "highlight" and f" and {detail.split()[0]}" in fitted:
            return "its dash adds a detail that 'and' cannot join: write it as one sentence"
        if kind == "question" and ("?" in detail or " or " in detail) and not fitted.endswith("?"):
            return "its dash joins a topic to a question: write it as one whole question"
        if kind == "highlight" and len(detail.split()) <= ASIDE_WORDS:
            written = label  # "Cert IV in ... - finished June": a short aside, as in brackets
        elif not lost_words(detail, fitted) and lost_words(label, fitted):
            if re.search(r"\bones?\b", detail, re.IGNORECASE):  # "exercise - the DNS one"
                return ("what follows its dash points back to what is before it ('the one "
                        "...'): write the topic as a short phrase")
            written = detail  # "the group task - the diversion scenario": the topic alone
        elif kind in ("learned", "discussed") and "(" not in fitted and (
                ", " in fitted or fitted.startswith("how to ") or not JOINED.search(fitted)):
            return "its dash joins a label to notes: write the topic as a short phrase"
    if kind in ("discussed", "promise"):  # a topic and what was said of it: the topic, as
        # `read_field` takes it; a promise and what comes after: the promise
        written = re.split(r"(?<=[.!?])\s+", written, maxsplit=1)[0]
    lost = lost_words(_without_aside(kind, written, fitted), fitted)
    if lost:
        return (f"only part of it fits one sentence ('{_from(as_written, lost[0])}' does not), "
                "and half a field would misquote you: give one point per field, as a short "
                "phrase or a whole sentence")
    noted = first_note(fitted, questions=kind == "question")
    if noted in ("!", "?"):
        return f"it has '{noted}' in it, an aside a letter cannot carry: take it out"
    if noted in ("lol", "haha", "oops", "tbh", "imo", "btw"):  # nothing to write out
        return f"'{noted}' is a chat's aside, which a letter does not carry: take it out"
    if noted:
        return f"'{noted}' is shorthand, which a letter cannot carry: write it out in full"
    spoken = next((word for word in WORD.findall(NOT_SPOKEN.sub("'s", fitted))
                   if bare(word) in SPOKEN), None)
    if spoken:
        return f"'{spoken}' is spoken English, which a letter does not use: say what you mean"
    if remark := REMARKS.search(fitted):  # "she is also from Kraków, small world"
        return f"'{remark[0]}' is a remark to yourself, which a letter does not carry: take it out"
    if slipped := slip(fitted):  # a promise too: the plan then keeps its date (CI11)
        return slipped
    if kind == "highlight" and BARE_SPAN.search(fitted):  # "have barista 3 years"
        return "it says how long, but not what you did: write it as a sentence"
    return _misread(kind, written, fitted) or tact.problem(kind, fitted)


OUTCOME_BETWEEN_COMMAS = re.compile(r", (?:successful or not|either way|yes or no),")
# Spoken words' lookalikes: "electrician's mate", "reefer loads", "first thing after".
NOT_SPOKEN = re.compile(r"['’]s mate\b|\b(?:loads|heaps)\b(?! of)|\bfirst thing\b")
# How long, at the end of a note with no verb to carry it: "swim club 6 yrs" (round 33).
BARE_SPAN = re.compile(r"(?<!\bfor)(?<!\bof)(?<!\bover)(?<!\bin)(?<!\bpast)(?<!\blast)(?<!\bnext)"
                       r"(?<!\bthe)(?<!\bfirst)(?<!\bfor about)(?<!\bfor around)(?<!\bwithin)"
                       r"(?<!\bfor nearly) (?:\d{1,2}\+?|one|two|"  # "for about 6 years" (r48)
                       r"three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|"
                       r"seasons?)(?: \([^()]*\))?$")
ASIDE_WORDS = 5  # a highlight's words after a dash that may go, as an aside
DASH = re.compile(r"\s[-–—]+\s")
# A label and its detail read as two topics: "the design round and the rate limiter".
JOINED = re.compile(r" and (?:the|a|an|my|our|your|their|his|her|its) ")
# What an interview task is called, before a dash and its details: "a scenario - ...".
LABELS = frozenset(("scenario", "scenarios", "question", "questions", "task", "exercise",
                    "roleplay", "role-play", "play", "study", "presentation", "example",
                    "situation", "test"))
# The helping verbs a direct question puts before its subject ("What support do ...?").
AUXILIARY = re.compile(r"\b(?:is|are|am|was|were|do|does|did|can|could|will|would|shall|should|"
                       r"may|might|must|has|have|had)\b|'s\b|'re\b|’s\b|’re\b", re.I)
# A topic that opens with an adverb needs its sentence: "mostly new build housing".
ADVERB_FIRST = re.compile(r"(?:about )?(?:mostly|mainly|largely|partly|probably|maybe|perhaps|"
                          r"basically|apparently|possibly|generally|usually|hopefully)\b")
# How long, which a verb in the present cannot carry: "install crew for 2 seasons".
HOW_LONG = re.compile(r"\bfor (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"several|many) (?:years?|months?|weeks?|seasons?|summers?|terms?)\b")
# A qualification, which a comma ties to where it was taken: "MFA Sculpture, RISD (2024)".
QUALIFICATION = re.compile(r"\b(?:MFA|MA|BA|BSc|MSc|MEng|BEng|PhD|DPhil|MBA|LLB|LLM|BEd|PGCE|"
                           r"HND|HNC|NVQ|BTEC|Diploma|Degree|Masters?|Bachelors?)\b")


def _without_aside(kind: str, written: str, fitted: str) -> str:
    """The words a reading must keep: without a short aside after the last comma ("...,
    exp. 2028", "..., Not Contracted", "..., either way"); not a list's end ("..., Spanish
    and English", round 43)."""
    if kind == "highlight":  # "... good until 10/2027": how long it is valid, an aside too
        written = re.sub(r"\s+(?:good|valid) (?:until|till|to|thru|through) \S+$", "", written)
    head, _, tail = written.rpartition(", ")
    if head and len(tail.split()) <= ASIDE_WORDS and not lost_words(head, fitted) and not \
            re.search(r"\b(?:and|or)\b", tail) and (
            kind == "highlight" or tail.lower().startswith("not ") or tail.lower() in OUTCOMES):
        return head
    return written


def _from(written: str, word: str) -> str:
    """What a reading leaves out, as the user wrote it: the piece that holds its first lost
    word ("did all the windows for the last 2"), at most ten words."""
    pieces = re.split(r"\s[-–—]+\s|[;,]\s(?![^()]*\))", written)  # not inside brackets
    piece = next((each for each in pieces if word in each), word).split()
    return " ".join(piece[:10]) + (" ..." if len(piece) > 10 else "")


def _misread(kind: str, written: str, fitted: str) -> str | None:
    """Shapes a reading gets wrong: notes joined by ";", a figure after "about", a clause
    read as a topic, a label and its detail run together, a name cut in two."""
    if ";" in fitted:
        return "it joins several notes with ';': give one point per field"
    if re.search(r"\b(\w+) \1\b", fitted, flags=re.I):
        return "a word would be doubled: write it as a short phrase or a whole sentence"
    words = fitted.split()
    if kind == "promise" and re.match(r"(?:like|love|hope|want|aim|plan|intend) to ", fitted):
        return "it says what they hoped, not what they would do: write it as 'decide by ...'"
    if kind == "promise" and (re.search(  # "interview till Wednesday, decision next week",
            r", (?!(?:and|or|but|so|which|when|if|either|hopefully|probably|possibly|maybe|"
            r"usually|normally|typically|generally|around|about|"  # ", usually 2-3 weeks"
            r"perhaps|subject to|pending|depending|\w+ permitting|once|after|as soon as|"
            r"following|as|because|since|while|though|although|whatever)\b)",  # an aside's:
            # "within three weeks, once the board met", "..., as they still have people to see"
            OUTCOME_BETWEEN_COMMAS.sub("", fitted)) or re.search(r"(?<!\band) then ", fitted)):
        return "it joins two notes: write what they would do as one sentence"  # not "and then"
    if kind in ("learned", "discussed") and re.match(r"how to \w+ of\b", fitted):
        return "it reads as a sentence, not a topic: write it as a short phrase"
    trail = re.search(r", ([a-z]+ed) (?:over|in|on|to|from|out|up|back|last)\b", fitted)
    if kind == "learned" and trail and "PAST" in readings(trail[1]):  # "..., switched over" (r46)
        return f"a note trails after a comma ('..., {trail[1]} ...'): write it as a sentence"
    if "(" in fitted and "(" not in written and not fitted.endswith(")"):  # "task: a, b and c"
        mark = "colon" if ":" in written else "semicolon" if ";" in written else "dash"
        return f"its {mark} joins a label to a list: write the topic as a short phrase"
    if kind == "question" and (asked := _misread_question(fitted, words)):
        return asked
    if kind in ("learned", "discussed") and (
            topic := _misread_topic(kind, written, fitted, words)):
        return topic
    if kind != "highlight":
        return None
    return _missing_word(fitted) or _misread_highlight(written, fitted, words)


def _misread_topic(kind: str, written: str, fitted: str, words: list[str]) -> str | None:
    """A topic's shapes a reading gets wrong (learned, discussed): a note to yourself, a
    sentence or a figure read as a topic, a verb with no subject, a question inside."""
    if note := OWN_NOTE.search(written):
        return (f"its brackets hold a note of your own ('{note[0]}'), which its sentence "
                "cannot carry: leave it out of the field, or give it a field of its own")
    if re.match(r"about (?:there|it|they|we|he|she|you|I)(?:['’]s|['’]re| is| are| was| "
                r"were)\b", fitted) or \
            re.match(r"about \S+(?: \S+){0,4}(?<! he)(?<! she)(?<! they)(?<! we)(?<! you)"
                     r"(?<! I) (?:is|are|was|were|has|have|had)\b", fitted) or \
            re.match(r"about (?!(?:the|a|an|my|our|your|their|his|her|its) )(?:\S+ ){1,4}"
                     r"(?:they|we|he|she|you)\b", fitted) or re.match(
            r"about (?:\S+ ){1,4}(?:mostly|usually|often|always|never|generally|normally|"
            r"sometimes|rarely|typically) \w", fitted) or _clause_after_about(fitted) or \
            re.match(r"about .* (?:but|so) (?:it|they|he|she|we|I|there)\b", fitted):  # "about
        # the CNAs asked for ... but it never happened" (round 44)
        return "it reads as a sentence, not a topic: start it with 'that'"
    if re.match(r"(?:(?:about|around|over|nearly|some|approximately) )*[\d£$€~]", fitted):
        return "it starts with a figure: say what the figure is about"
    # "learn about the CEO in Tokyo around 1 week in every 6" (round 36)
    if kind == "learned" and fitted.startswith("about ") and re.search(r"\d", re.sub(
            r"\b(?:in|by|from|since|for) (?:mid-|early |late )?(?:19|20)\d\d\b"
            r"|\b[A-Z][a-z][\w-]* \d+\b", "", fitted)) \
            and not tact.unsaid_to_employer(fitted):  # "in 2027", "Microsoft 365" read
        return "it is a note of figures, not a sentence: write it as one, starting with 'that'"
    verb = re.match(r"(?:about )?(\w+s) (?:a|an|the|to|more|someone|people)\b", fitted)
    if verb and "VBZ" in readings(verb[1]):  # "wants a supervisor who ..." (round 39)
        return "it has no subject: write who does it ('That they want ...')"
    if ADVERB_FIRST.match(fitted):
        return "it starts with an adverb, which needs a sentence: start it with 'that'"
    if re.search(r"\band if\b", fitted):  # "the day release and if I can get to sites"
        return ("it asks a question inside a topic: say what it was about as a phrase ('my "
                "availability over Christmas'), or put a question for them under question:")
    topic = list(itertools.takewhile(  # up to its clause: "... and how you can't be out"
        lambda word: word not in ("that", "how", "what", "why", "when", "whether"), words))
    if any("BASE" in readings(bare(word)) and bare(after) in PARTICLES and not is_acronym(ahead)
           and bare(ahead) not in CLOSED and "ADJ" not in (seen := readings(bare(ahead)))
           and seen != {"NOUN"}  # "new staff buddy up"; not "to clean up", "the drive out" (r58)
           for ahead, word, after in zip(topic, topic[1:], topic[2:], strict=False)):
        return "it reads as a sentence, not a topic: start it with 'that'"
    return None


def _misread_question(fitted: str, words: list[str]) -> str | None:
    """Shapes a question's reading gets wrong: a topic with "?", two run together, no verb."""
    if fitted.endswith("?") and not how_describing(fitted) and (re.match(
            r"(?:how|when|where|why) (?!(?:is|are|do|does|did|can|could|would|will|should|has|"
            r"have|was|were|might|may|much|many|long|often|soon|far|big|quickly)\b)", fitted,
            re.I) or re.match(r"how (?:soon|often|long|quickly|far) (?!(?:is|are|do|does|did|"
                              r"can|could|would|will|should|has|have|was|were|might|may|before|"
                              r"after|until|into|in|on|for|till)\b)\w+ \w", fitted, re.I) or
            re.match(r"(?:what|which|who) (?:the|a|an|my|your|their|our|this) \S+(?: \S+)? "
                     r"(?:does|do|is|are|has|have|did|was|were|will|can)\b", fitted, re.I) or
            re.match(r"(?i:what|which) (?:\S+ ){1,3}(?:the|their|your|our) \S+ \w+s\b", fitted)):
        # "How graduates are supported?", "How soon trainees go out?" (round 42), "What the
        # aide does during recess?" (round 46), "What BIM level the studio works at?" (r54)
        return ("it ends in '?', but its words are not in a question's order: write it as a "
                "question ('How are ...?', 'When could I ...?')")  # "When I can start?" too
    if re.search(r", (?:is|are|do|does|will|would|can) (?:it|they|there|that|this)\b", fitted):
        return ("it runs a second question on after a comma ('..., is it daily or weekly'): "
                "write it as one whole question")  # round 44
    if _indirect(fitted):
        return ("it is worded as a topic but ends in '?': write it as a question "
                "('What support do ... get?')")
    if re.fullmatch(r"how (?:many|much) (?:\S+ ){0,2}\S+\??", fitted,
                    flags=re.I):  # "how many volunteers"
        return "it names what to ask about but not the question: write it as a question"
    joined = re.match(r"((?:\S+ ){1,4})(?:how (?:many|much|often|long)|what|which|when)\b",
                      fitted)  # "split shifts how many a week": a topic run into a question
    if joined and not QUESTION_START.match(fitted) and \
            bare(joined[1].split()[-1]) not in CLOSED:
        return "it runs a topic into a question: write the question whole ('How many ...?')"
    if " or " in fitted and not QUESTION_START.match(fitted) and \
            finite_verb(words) is None:  # "4 day week on the roster or 5"
        return ("it names two choices but not the question: write it as a question, with "
                "its verb ('Is the roster ... or ...?')")
    return None


def how_describing(question: str) -> bool:
    """"How big is the team", "how flexible are the hours": "how" and a describing word
    before the verb, a question's order (round 43); not "how graduates are supported"."""
    how = re.match(r"how (\w+) (?:is|are|was|were|do|does|would|will)\s", question, re.I)
    return how is not None and "DESCRIBES" in readings(how[1].lower()) and not readings(
        how[1].lower()) & {"NOUN", "PLURAL"}


# A question's first words: a question word, a helping verb, or "whether" ("if").
QUESTION_START = re.compile(r"(?:how|what|when|where|which|who|why|whether|if|is|are|do|does|did|"
                            r"can|could|would|will|should|has|have)\b", re.I)
# An aside that is the candidate's note to themselves: "(my fault, owned it)".
OWN_NOTE = re.compile(r"\((?=[^()]*\b(?:I|my|me|I'm|I've|myself)\b)[^()]*\)")


def _indirect(question: str) -> bool:
    """"What support new managers get?": a question worded as its topic, its subject before
    its verb ("managers get", "you use") and no helping verb; not "What happens next?"."""
    words = [bare(word) for word in question.split()]
    return question.endswith("?") and words[0] in ("what", "which") and not AUXILIARY.search(
        question) and any((subject in ("you", "they", "we", "i") or "PLURAL" in readings(subject))
                          and "BASE" in readings(verb)
                          for subject, verb in itertools.pairwise(words[2:]))


def _clause_after_about(fitted: str) -> bool:
    """"about Garda vetting takes about four weeks": a sentence read as a topic, a verb in
    the present ("takes", not after "the") with a small word or a figure after it."""
    words = [bare(word) for word in fitted.split()] if fitted.startswith("about ") else []
    return any("VBZ" in readings(word) and before not in CLOSED
               and (after in CLOSED or after[:1].isdigit())
               for before, word, after in zip(words[1:], words[2:], words[3:], strict=False))


def _misread_highlight(written: str, fitted: str, words: list[str]) -> str | None:
    """A highlight's shapes a reading gets wrong: a figure after a comma, a when or a how
    long its verb cannot carry, a title or a language as a deed, points joined by "+"."""
    if re.search(r",\s+[\d£$€]", without_asides(fitted)):  # ", 2 years reach truck"
        return ("a figure follows a comma or a dash with nothing to join it: write it as a "
                "sentence")  # the dash is a comma by now: "manager - 22 yrs payroll" (round 37)
    # "have a Red Seal ... since 2006", "have 98% attendance last year": a past, not a have
    if (done := re.match(r"have (\S+) ", fitted)) and "PAST" not in readings(done[1]) and re.search(
            r"\b(?:since|last (?:year|term|month|summer)|in (?:19|20)\d\d)\b", fitted):
        return ("it says when, so it needs its own verb ('Have been ... since ...', "
                "'Achieved ... last year')")
    if re.match(r"have (?:certified|qualified|registered|licensed|chartered) [A-Z]",
                fitted):  # "have certified Paralegal (NALA)": a title held, "am a ..."
        return "it names a title you hold: write it as 'Am a Certified ...'"
    # "have mentor 2 grads"; not "have Grade 8 piano" (round 43)
    deed = re.match(r"have ([a-z]\w*) (?:\d|two |three |four |five |six )", fitted)
    if deed and "BASE" in readings(deed[1].lower()) and "PAST" not in readings(deed[1].lower()):
        return "it reads as a deed: start it with its verb in the past ('Mentored ...')"
    made = re.match(r"have (?!(?i:my own) )(?:\S+ ){0,3}?(\S+?)s\b", fitted)  # "weekly reports"
    if made and made[1].lower() in THINGS and "made" not in fitted.split()[1:2]:
        return "it names things you made, not what you did: start with the deed ('Wrote ...')"
    if words[0] == "am" and (am := _misread_am(fitted, words)):
        return am
    if HOW_LONG.search(fitted) and words[0] not in ("have", "has") and \
            "BASE" in readings(bare(words[0])) and "PAST" not in readings(bare(words[0])):
        return "it says how long, so it needs a past ('Worked ... for 2 seasons')"
    if QUALIFICATION.search(written) and " and " in fitted and " and " not in written \
            and "&" not in written:  # "an MFA Sculpture and RISD"
        return ("it names a qualification and where you took it: write it as a phrase "
                "('MFA in Sculpture from RISD')")
    if " + " in without_asides(written) and (  # "rebuilt comp bands + audit"
            fitted.startswith("am a ") or "PAST" in readings(bare(words[0]))):
        return "its '+' joins two points one verb may not fit: write it as a sentence"
    if trails := re.match(r"have experience\b.*, ((?:currently |now )?\w+ing\b)", fitted):
        return f"a note trails after a comma ('..., {trails[1]} ...'): write it as a sentence"
    tail = re.match(r"have (?:\S+ ){1,3}of experience in (.*)", fitted)
    if tail and any(word == "never" or "VBD" in readings(word) or (
            "PAST" in readings(word) and "ADJ" not in readings(word))
            for word in map(bare, tail[1].split()[1:])):  # "in paper round never missed"
        return "it runs a note into a sentence: write it as a whole sentence"
    if bare(words[0]) in LANGUAGES:
        return "it names a language without saying what you do in it ('Speak Welsh ...')"
    done = re.search(r" and (\w+) by ", fitted)  # "developed X and adopted by 3 groups"
    if done and "PAST" in readings(bare(words[0])) and "PAST" in readings(done[1].lower()):
        return "it joins what you did to what came of it with 'and': write it as a sentence"
    if fitted.startswith("have experience") and re.match(r"[A-Z]{2,}\w*\s*\(", written):
        return "it names a qualification (ARCO, CSCS): say what you hold ('Hold ...')"
    rest = re.match(r"have experience (?:in|with) (\S+) (\S+)", fitted)
    if (rest and rest[1][:1].islower() and rest[2][:1].isupper()) or re.match(
            r"have experience (?:in|with) .*\b(?:award|bronze|silver|gold|badge|medal|prize|"
            r"scholarship|certificate|cert|diploma|degree|GCSEs?|A-levels?|dissertation|"
            r"thesis|first aid|CPR\S*|licen[cs]e|ticket|accreditation|course)\b", fitted, re.I):
        return "it names a course or award: say what you did ('Completed ...', 'Hold ...')"
    return None


def _misread_am(fitted: str, words: list[str]) -> str | None:
    """A highlight read as "am ...": a deed ("am determined over 300 ..."), something past
    ("am a ... was"), or a deed at its end ("am level 2 maths and English passed")."""
    if len(words) > 2 and "PAST" in readings(bare(words[1])) and re.match(
            r"(?:over |more than |around |about |in )?\d", " ".join(words[2:])):  # "am determined
        return "it reads as a deed: start it with its verb ('Determined ...')"  # over 300 ..."
    if re.match(r"am an? ", fitted) and re.search(r"\b(?:was|were)\b", fitted):
        return "it tells of something past: write it as 'Was ...' or 'Worked as ...'"
    final = (without_asides(fitted).split() or words)[-1]  # not "(commercially endorsed)"
    last = bare(final)
    if "PAST" in readings(last) and "ADJ" not in readings(last) and \
            not final.strip(".,;:!?").isupper():  # "certificated for UDL from CAST"
        return (f"it ends in what you did ('{last}'): start with it "  # "am level 2 maths and
                f"('{last.capitalize()} ...')")  # English passed"
    return None


def _missing_word(fitted: str) -> str | None:
    """A highlight written without a word English needs: "I done my manual handling
    course", "I am very honest person" (a person with no "a" before them)."""
    if re.match(r"(?:done|seen|been|gone) ", fitted):
        return "its verb needs 'have' or a past form: write it as 'Completed ...'"
    said = fitted.split()
    if said[0] not in ("am", "was") or len(said) < 2 or re.match(
            r"(?:a|an|the|my|one|part|head|lead|chair|captain)\b", said[1]):
        return None
    head = next((index for index, word in enumerate(said[1:5], 1) if is_person(word)), 0)
    after = bare(said[head + 1]) if head + 1 < len(said) else ""
    if head > 1 and "PLURAL" not in readings(said[head].lower()) and not any(
            bare(word) in CLOSED for word in said[1:head]) and (
            not after or after in CLOSED or said[head].endswith(",")):
        phrase = " ".join(said[1:head + 1])
        return f"a word is missing before '{phrase}': write it as 'Am a {phrase}'"
    return None
