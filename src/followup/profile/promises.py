"""TY9: a promise as people write it (`promise:`), read for the words the drafts' frames take.

Three forms, each with the words its frames take:
- "action", what they would do: "They said they would {text}" ("let me know within a week");
- "time", a bare time: "I understand I was due to hear {text}", "They said I should hear
  {text}" ("by the end of next week", "within a week", "tomorrow");
- "outcome", what the candidate would hear or be told, a clause in the "would" form:
  "I understand that {text}", "They said {text}" ("I would hear from HR within two weeks").
Anything else is refused, with the problem and an example that fits.
"""

from __future__ import annotations

import re

from followup.profile.forms import Result, says_nothing
from followup.profile.promise_text import OWN_CLAUSE, as_said, said_back
from followup.profile.wordforms import (
    AUXILIARIES,
    DETERMINERS,
    MASS,
    OBJECTS,
    PREPOSITIONS,
    SUBJECTS,
    TO_ME,
    article,
    bare,
    base_form,
    finite_verb,
    is_name,
    is_number,
    lower_first,
    noun_head,
    readings,
    swap_persons,
    topic,
    words_of,
)

EXAMPLE = "let me know within a week"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
DATED = frozenset((*WEEKDAYS, *MONTHS))  # capitalised in a note, and no names
DAYS_SHORT = ("mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun")
MONTHS_SHORT = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                "dec")
# The words a time is made of ("by the end of next week", "within 2-3 working days").
TIME_NOUNS = words_of(
    "day days week weeks wk wks month months fortnight fortnights year years hour hours weekend "
    "morning afternoon evening tomorrow today tonight soon shortly asap christmas xmas easter "
    "term summer autumn spring winter latest earliest course now eow eod eom cob commencing "
    "close play") | frozenset(WEEKDAYS + MONTHS + DAYS_SHORT + MONTHS_SHORT)
MEANS = words_of("email mail phone post letter writing")  # "by email": how, as good as when
TIME_WORDS = TIME_NOUNS | MEANS | words_of(
    "the a an of at or and to next this coming following end start beginning middle mid early "
    "late later within by in before after on over around about until till during from sometime "
    "approx approximately roughly hopefully probably possibly maybe likely ish due couple few "
    "several one two three four five six seven eight nine ten eleven twelve fourteen twenty "
    "thirty working business am pm any via new")
SPANS = re.compile(  # "2 weeks", and whether counted from something else ("after the AC")
    r"^(?:\d+(?:\s*[-–]\s*\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"(?:a\s+)?couple\s+of|a\s+few|few|several)\s+(?:working\s+|business\s+)?(?:days?|weeks?|"
    r"wks?|months?|fortnights?|hours?)\b(\s+(?:after|from|later|ago)\b)?", re.I)
HEDGES = re.compile(r"^(?:(?:hopefully|probably|possibly|maybe|likely|ideally|apparently),?\s+)+|"
                    r"(?:,?\s+(?:hopefully|probably|possibly|maybe|ideally|apparently))+$", re.I)
SHORT = {"asap": "as soon as possible", "eow": "by the end of the week",
         "eod": "by the end of the day", "eom": "by the end of the month",
         "cob": "by close of business"}
# A time's aside: "in a couple of weeks - the offer comes from HR" (a dash became a comma).
ASIDE = re.compile(r",\s+(?!\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
                   r"|\s+\(|\s*;\s*|:\s+", re.I)


def time_tokens(text: str) -> list[str]:
    return re.findall(r"[a-z]+|\d+(?:st|nd|rd|th)?", text.lower())


def all_time(text: str) -> bool:
    """Every word a time's, one of them saying when (or how): "by the end of next week"."""
    tokens = time_tokens(text)
    return bool(tokens) and tokens[0] not in ("of", "and", "or", "to", "am", "pm") and all(
        token in TIME_WORDS or token[0].isdigit() for token in tokens) and any(
        token in TIME_NOUNS or token in MEANS or token[0].isdigit() for token in tokens)


def as_time(text: str) -> str | None:
    """A bare time, as it reads after "I was due to hear"; None when the text is more."""
    text = re.sub(r"\bw/c\b", "the week commencing", text, flags=re.I)
    aside = ASIDE.search(text)
    if aside and as_time(text[:aside.start()]):
        text = text[:aside.start()]  # the time, without what the user added after it
    text = HEDGES.sub("", text.strip(" ,;:")).strip(" ,;:")
    if text.lower() in SHORT:
        return SHORT[text.lower()]
    first, _, rest = text.partition(" ")
    anchored = re.match(r"(.+?)\s+(?:of|after|following|from)\s+\S", text)
    second = rest.split()[0] if rest else ""
    if not (all_time(text)  # "within 2 weeks of the AC": counted from something else
            or (anchored and all_time(anchored[1]) and bool(re.search(
                r"(?:day|week|wk|month|fortnight|hour)s?\b", anchored[1], flags=re.I)))
            or (bare(first) in ("before", "after", "following", "until", "till", "once") and (
                bare(second) in DETERMINERS or bare(second) in SUBJECTS or is_name(second)))):
        return None
    return time_opening(text)


def time_opening(text: str) -> str:
    """The time with a preposition at its start where one is wanted: "end of next week" ->
    "by the end of next week", "2 weeks" -> "within 2 weeks", "Friday" -> "on Friday"."""
    tokens = time_tokens(text)
    first = tokens[0]
    part = re.match(r"(?:the\s+)?(end|start|beginning|middle)\s+of\s+(?:the\s+(?=(?:week|month|"
                    r"day|year|term)\b))?(?=\S)", text, flags=re.I)
    if part:
        lead = "by" if part[1].lower() == "end" else "at"
        is_unit = re.match(r"(?:week|month|day|year|term)\b", text[part.end():], flags=re.I)
        text = f"{lead} the {part[1].lower()} of {'the ' if is_unit else ''}{text[part.end():]}"
    elif span := SPANS.match(text):
        text = text if span[1] else "within " + text  # not "2 weeks after the final round"
    elif first in WEEKDAYS or first in DAYS_SHORT:
        text = ("by " if "latest" in tokens else "on ") + text
    elif first in MONTHS or first in MONTHS_SHORT or (first in ("early", "mid", "late") and (
            tokens[1:2] and (tokens[1] in MONTHS or tokens[1] in MONTHS_SHORT))):
        text = ("by " if tokens[1:2] and tokens[1][0].isdigit() else "in ") + text
    elif first[0].isdigit():
        text = "by " + text  # "20th Nov"
    elif first == "the":
        text = ("on " if tokens[1:2] and tokens[1][0].isdigit() else "in ") + text  # "the 14th",
        # "the week after next", "the new year"
    short = DAYS_SHORT + MONTHS_SHORT if all_time(text) else ()  # not "once the panel has sat"
    names = "|".join(WEEKDAYS + MONTHS + short + ("christmas", "easter"))
    text = re.sub(rf"\b(?:{names})\b", lambda match: match[0].capitalize(), text, flags=re.I)
    text = re.sub(r"^(?:in|by) (?:Early|Mid|Late)\b", lambda match: match[0].lower(), text)
    return text[:1].lower() + text[1:] if not re.match(r"[A-Z]{2}", text) else text


# What the candidate would do on hearing: "hear", "know", "find out", "be told", "get an answer".
HEARING = words_of("hear know learn")
TOLD = words_of("told notified informed contacted emailed e-mailed called phoned rung invited "
                "offered asked updated advised sent given kept shortlisted")
# Nouns a promise names more often than verbs ("feedback by Friday"), unless an object follows.
PROMISED_THINGS = words_of("feedback update decision news answer offer outcome result results "
                           "invite invitation contract response interview call email reply "
                           "confirmation letter details steps stage word")
CANDIDATES = (r"(?:(?:all|each|every)\s+(?:of\s+)?(?:the\s+)?|the\s+)?(?:(successful|shortlisted)"
              r"\s+)?(?:candidates?|applicants?|interviewees?)")
GROUP = CANDIDATES + "|everyone|everybody"  # as a subject: "Everyone will hear by Friday"
TELLING = {"notify": "notified", "inform": "informed", "tell": "told", "contact": "contacted",
           "email": "emailed", "update": "updated", "call": "called", "invite": "invited",
           "write to": "written to", "advise": "advised"}
PRONOUNS = {"you": ("you", "you", "your", "yours", "yourself"),
            "we": ("we", "us", "our", "ours", "ourselves"),
            "they": ("they", "them", "their", "theirs", "themselves")}
BACKSHIFT = {"re": "was", "are": "was", "were": "was", "is": "was", "ve": "had", "have": "had",
             "ll": "would", "will": "would", "d": "would", "would": "would", "can": "could"}


def said_of(text: str, person: str, to: tuple[str, ...] = ("I", "me", "my", "mine",
                                                             "myself")) -> str:
    """A person's pronouns as another's, a tense moved back after the subject: ("you're
    through", "you" as the candidate) "I was through"; ("we'll decide", "we" as them)
    "they would decide"."""
    forms = PRONOUNS[person]

    def swap(match: re.Match[str]) -> str:
        word, verb = match[1].lower(), (match[2] or match[3] or "").lower()
        if verb:
            tense = "were" if BACKSHIFT[verb] == "was" and to[0] != "I" else BACKSHIFT[verb]
            return f"{to[0]} {tense}"
        before = bare((text[:match.start()].split() or [""])[-1])
        if word == forms[0] and not (word == forms[1] and before and (
                before in PREPOSITIONS or readings(before) & {"BASE", "PAST", "VBZ"})):
            return to[0]  # "if you pass": the subject; "let you know": the object
        return to[forms.index(word, 1)]

    words = "|".join(sorted(set(forms), key=len, reverse=True))
    return re.sub(rf"\b({words})\b(?:['’](re|ve|ll|d)\b|\s+(are|were|is|have|will|would|can)\b)?",
                  swap, text, flags=re.I)


def whether(text: str) -> str:
    """"hear in a couple of weeks if I was through": "whether", not a condition ("get
    feedback by Friday if unsuccessful", "hear from them if successful")."""
    def swap(match: re.Match[str]) -> str:
        before = bare(match[1])
        heard = any(bare(word) in HEARING or bare(word) in TOLD or bare(word) == "find"
                    for word in text[:match.start()].split())
        asks = before in HEARING or before in TOLD or before in ("back", "out") or (
            before in TIME_NOUNS and heard)
        return f"{match[1]} whether" if asks else match[0]
    return re.sub(r"(\S+)\s+if\b", swap, text)


def hears(first: str, after: str, text: str) -> bool:
    """What the candidate does on being told: "hear back", "find out", "be told", "get an
    answer" (not "get back to me": theirs)."""
    if first in HEARING or (first == "find" and after == "out"):
        return True
    if first in ("get", "receive"):
        return (after in DETERMINERS or after in PROMISED_THINGS or after in MASS) and not \
            re.search(r"\b(?:to|with)\s+(?:me|you)\b|\bback\b|\bin touch\b", text, flags=re.I)
    later = bare(text.split()[2]) if len(text.split()) > 2 else ""
    return first == "be" and after in TOLD and later not in ("out", "off", "over", "round")


def as_outcome(who_written: str, rest: str) -> str | None:
    """What would happen to the candidate, as "I would ..." (or "the decision would ...")."""
    rest = lower_first(rest)  # "Find out next week"
    who, words = bare(who_written), rest.split()
    first, after = bare(words[0]), bare(words[1]) if len(words) > 1 else ""
    group = re.fullmatch(GROUP, who)
    if who == "i":
        return "I would " + rest
    if who == "you" or (who == "" and hears(first, after, rest)):
        rest = re.sub(r"^expect\s+to\s+", "", rest)  # "You should expect to hear": I would hear
        return whether("I would " + said_of(said_of(rest, "you"), "we", PRONOUNS["they"]))
    if who == "we" and first != "know" and hears(first, after, rest):
        return whether("I would " + said_of(rest, "we"))
    if who == "we" and first == "know" and TIME.match(" ".join(words[1:])):  # "we should
        return "they would " + said_of(rest, "we")  # know next week": theirs to know
    if group:  # "Successful candidates will be invited": "I would be invited ... if successful"
        return whether("I would " + said_of(rest, "they")) + (f" if {group[1]}" if group[1]
                                                               else "")
    head = bare(noun_head(who.split())) if who else ""  # "results of the interview"
    if who in ("it", "there") or head in PROMISED_THINGS or head.rstrip("s") in PROMISED_THINGS:
        bare_noun = not (who in ("it", "there") or bare(who.split()[0]) in DETERMINERS or
                         head in MASS or head in ("news", "word") or "PLURAL" in readings(head)
                         ) or bool(re.search(r"\s(?:of|from|on)\s", who)) \
        or bare(who.split()[0]) in PROMISED_THINGS - MASS - {"word", "news"}  # "decision and"
        subject = "the " * bare_noun + lower_first(who_written)
        return f"{subject} would {said_of(rest, 'you')}"  # "the decision would be made"
    knowing = re.match(rf"let\s+(?:{CANDIDATES})\s+know\b\s*", rest, flags=re.I)
    if knowing:  # "We aim to let all candidates know their outcome"
        return whether("I would know " + said_of(rest[knowing.end():], "they")).strip()
    telling = re.match(rf"({'|'.join(TELLING)})\s+(?:{CANDIDATES})\b", rest, flags=re.I)
    if telling:  # "We will contact all applicants by Friday"
        told, only = TELLING[telling[1].lower()], telling[2]  # "the successful candidate":
        return whether(f"I would be {told}{said_of(rest[telling.end():], 'they')}") + (
            f" if {only}" if only else "")  # "if successful" (round 52)
    return None


WILL = re.compile(r"^(?:((?:\S+\s+){0,4}?\S*?)\s*(?:\b(?:would|will|should|could|may|might|can)|"
                  r"['’]d|['’]ll|\b(?:am|are|is|were|was) going to|['’](?:m|re|s) going to|"
                  r"\b(?:plan|promise|agree|intend|hope|aim|expect)(?:s|d|ed|ing)? to)|to)\s+",
                  re.I)
# A plan said in the present: "They finish interviewing on the 9th", "we send offers out";
# not what they mean to do, which WILL reads ("we aim to let you know").
PLANNED = re.compile(r"^(they|we)\s+(\w+)\b", re.I)
INTENDS = frozenset(("aim", "hope", "plan", "expect", "intend", "promise", "agree", "try",
                     "want", "need", "like", "say", "tell", "think"))
TO_DO = re.compile(r"^((?:\S+\s+){0,2}?\S+)\s+to\s+(?=\S)", re.I)


def doer(text: str) -> re.Match[str] | None:
    """A note's "HR to confirm the start date", "Decision to be made by Friday"; not "Invite
    to the second round"."""
    found = TO_DO.match(text)
    if not found or not text[found.end():]:
        return None
    verb, head = bare(text[found.end():].split()[0]), found[1].split()[-1]
    tags, doing = readings(verb), readings(bare(head))
    if verb == "be" or ("BASE" in tags and "ADJ" not in tags and (
            is_name(head) or bare(head) in SUBJECTS or not doing & {"BASE", "VBZ", "PAST"})):
        return found
    return None


# Who said it, with no one saying it: the note's "said ...", "told me that ...".
REPORTED = re.compile(r"^(?:said|says|mentioned|explained|told(?: me)?)\s+(?:that\s+)?", re.I)
PRESENT_TENSE = re.compile(r"^((?:\S+\s+){0,3}?\S+?s)\s+(?=(?:go|come|get|arrive|are)\b|out\b)",
                           re.I)


def happens(text: str) -> re.Match[str] | None:
    """Things promised said in the present, as a note has them: "tentative offers go out
    by December 11", "contracts out by mid-November" (they would be)."""
    found = PRESENT_TENSE.match(text)
    head = found and bare(found[1].split()[-1])
    return found if head and head.rstrip("s") in PROMISED_THINGS else None


TIME = re.compile(r"\b(?:within|by|in|before|after|on|over|next|this|early|end of|around|soon|"
                  r"shortly|asap|tomorrow|today|(?:mon|tues|wednes|thurs|fri)day|"
                  r"\d+(?:\s*[-–]\s*\d+)?\s+(?:days?|weeks?|months?))\b.*", re.I)


# How long a thing takes, before its time: "the background check (usually) takes".
TAKES = re.compile(r"\s+(?:(?:will|should|can|may|might|could|usually|normally|often)\s+)?"
                   r"(?:takes?|taking)(?:\s+(?:about|around|roughly|up\s+to))?$", re.I)
def unquoted(text: str) -> str:
    """TY9: the promise without the user's quote marks and credits ('"they'll have feedback
    for you by Wednesday" (per Ravi)'), and without a clause of its own after it."""
    text = as_said(text)
    kept = OWN_CLAUSE.sub("", text)
    return kept if kept.split() and kept != text and not all_time(kept) else text


def fit_promise(words: list[str]) -> Result:
    """TY9: a promise as what they would do, a bare time, or what the candidate would hear."""
    text = unquoted(" ".join(words))
    form, fitted, problem, example = read_promise(text)
    if fitted:  # "after thanksgiving, probably the first week of december"
        fitted = said_back(fitted, form)
    return form, fitted, problem, example


def read_promise(text: str) -> Result:
    """The promise, tidied, as one of the three forms or refused."""
    lead, _, after_lead = text.partition(", ")
    if after_lead and says_nothing(lead):
        text = after_lead  # "TBC, probably next week"
    # "within a fortnight but that sign-off can take longer": the promise, not its caveat
    text = re.split(r",?\s+(?:but|although|though|however)\s+", text, maxsplit=1)[0] or text
    text = REPORTED.sub("", text) or text  # "said tentative offers go out by December 11"
    time = as_time(text)
    if time:  # and its condition: "by Monday, once we've had your references back" (r51)
        condition = re.search(r",\s*((?:once|after|when|as soon as)\s.*)$", text, re.I)
        kept = f", {swap_persons(condition[1], TO_ME | WE_TO_THEY)}" if condition else ""
        return "time", time + kept, None, None
    planned = PLANNED.match(text)  # "They finish interviewing on the 9th and phone everyone":
    if planned and readings(bare(planned[2])) & {"BASE"} and bare(planned[2]) not in \
            AUXILIARIES | INTENDS:
        text = f"{planned[1]} will {text[planned.end(1):].lstrip()}"  # what they will do
    will = WILL.match(text) or doer(text) or happens(text)
    who, rest = (will[1] or "", text[will.end():]) if will else ("", text)
    rest = re.sub(r"^out\b", "be out", re.sub(r"^are\b", "be", rest))  # happens(): would be
    outcome = as_outcome(who, rest) if rest else None
    if outcome:
        return "outcome", outcome.rstrip(" ,;:"), None, None
    return fit_action(text, bare(who), rest, will is not None)


# Their own words, reported: "after the references come back we will be in touch" is "they
# would be in touch" after "They said they would ..." (round 33).
WE_TO_THEY = {"we will": "they would", "we'll": "they'd", "we": "they", "us": "them",
              "our": "their", "we've": "they'd", "we're": "they're"}


def fit_action(text: str, who: str, rest: str, modal: bool) -> Result:
    """What they would do, after "They said they would"; a thing promised and its time as
    what the candidate would get; else None, with the problem."""
    time = TIME.search(text)
    when = ("within " if time and time[0][:1].isdigit() else "") + (time[0] if time else "")
    rest = re.sub(r"^be able to\s+", "", rest)  # "should be able to come back to": they would
    rest = re.sub(rf"\b((?:let|tell|inform|notify|contact|email|call|update|write to|get back to|"
                  rf"come back to)\s+)(?:{GROUP})\b(\s+(?:their|they|them)\b)?",  # not "seen
                  lambda told: told[1] + "me" + (" my" if told[3] else ""), rest,  # the last
                  flags=re.I)  # two ..."
    words = swap_persons(rest, TO_ME | WE_TO_THEY).split() or text.split()
    first, after = bare(words[0]), bare(words[1]) if len(words) > 1 else ""
    tags = readings(first)
    if first == "be" and "PAST" in readings(after) and who not in ("they", "she", "he"):
        return ("sentence", None, f"it does not say who or what would be {after}",
                "let me know " + (when or "when they have decided"))
    found = None if modal else finite_verb(text.split())
    if found is not None and (bare(text.split()[found]) in AUXILIARIES or "PAST" in readings(
            bare(text.split()[found]))):
        return "sentence", None, "it says what happened, not what they would do", EXAMPLE
    verb = first == "be" or ("BASE" in tags and (
        modal or after in DETERMINERS or after in OBJECTS or after in ("back", "up")
        or (first not in PROMISED_THINGS and (not tags & {"NOUN", "ADJ"} or not after or
                                              after in PREPOSITIONS))))
    if tags & {"VBG", "VBZ"} and "NOUN" not in tags:
        words = [base_form(first), *words[1:]]  # "Sending the offer": "send the offer"
    elif not verb:
        return fit_thing(text, time, when)
    return "action", lower_first(" ".join(words)), None, None


def fit_thing(text: str, time: re.Match[str] | None, when: str) -> Result:
    """A thing promised: "Decision within 2 weeks" -> "I would get a decision within 2
    weeks"; a thing without a time, or not one promised, is refused."""
    thing = lower_first(HEDGES.sub("", text[:time.start()] if time else text).strip(" ,;:"))
    thing = TAKES.sub("", thing)  # "the background check takes 4-6 weeks": the check
    words = thing.split()
    head = bare(words[-1]) if words else ""
    for index, word in enumerate(words):  # the head: before a preposition ("news of the role")
        if index and bare(word) in PREPOSITIONS:
            head = bare(words[index - 1])
            break
    if time and thing and (head in PROMISED_THINGS or head.rstrip("s") in PROMISED_THINGS):
        lead = bare(words[0])
        if not (lead in DETERMINERS or is_number(lead) or head in MASS or head in (
                "news", "word", "confirmation") or "PLURAL" in readings(head)):
            thing = ("the " if head in ("outcome", "result") else article(thing) + " ") + thing
        return "outcome", f"I would get {thing} {as_time(time[0]) or time[0]}", None, None
    about = "within" if thing[:1].isdigit() else "about"  # "3-5 business days once ..."
    example = (f"let me know {about} {topic(words)} {when}" if thing and when else
               f"let me know {about} {topic(words)}" if thing else f"let me know {when}")
    problem = "it says when, but not what" if time else "it names a thing, not what"
    return "noun", None, f"{problem} they would do", example
