"""A profile's free-text fields read for their form, so that templates fit them into sentences.

`fit` reads one field (a highlight, what was discussed or learned, a question, a promise)
and gives the words its sentence frames take; or None, with the problem in a few plain words
("it is a question, not something you did") and the field reshaped as the user could write
it; or, for a placeholder ("n/a"), form "empty" and nothing to warn of. A promise is read by
`promises`. `dated_promise` puts the date for a promise's relative time ("within a week")
when a draft quotes it days later. The word forms come from `wordforms` (lemminflect).
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from collections.abc import Callable

from followup.profile.forms import FieldKind, Fitted, says_nothing
from followup.profile.promises import Result, fit_promise
from followup.profile.wordforms import (
    AUXILIARIES,
    CLOSED,
    CREDENTIALS,
    DESCRIBING,
    DETERMINERS,
    HAVING,
    MASS,
    OBJECTS,
    PREPOSITIONS,
    SOFTWARE,
    SUBJECTS,
    TO_YOU,
    WH_WORDS,
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
    plain_singular,
    readings,
    sentences,
    swap_persons,
    topic,
)

EXAMPLES = {"highlight": "Built the volunteer rota in Airtable, cutting no-shows by a third",
            "discussed": "the team's move to AWS", "question": "How does the team measure success?",
            "learned": "that new starters shadow a colleague for their first month",
            "promise": "let me know within a week"}
WHAT = {"discussed": "a topic", "learned": "something you learned", "question": "a question"}


def fit_highlight(words: list[str], asked: bool) -> Result:
    """TY4: a skill or achievement, as the words that follow "I " in a sentence."""
    first = bare(words[0])
    if is_question(words, asked):
        return "question", None, "it is a question, not something you did", EXAMPLES["highlight"]
    if first in ("i", "i'm", "i've") and len(words) > 1:
        verb = {"i'm": ["am"], "i've": ["have"]}.get(first, [])
        return "sentence", lower_first(" ".join(verb + words[1:])), None, None
    if (first in SUBJECTS and not is_acronym(words[0])) or finite_verb(words) is not None:
        rest, example = words[1:], EXAMPLES["highlight"]
        if first in SUBJECTS and rest and "PAST" in readings(bare(rest[0])):
            example = capital_first(" ".join(rest))  # "We won the award": "Won the award"
        who = f"'{first}'" if first in SUBJECTS else "something else"
        return "sentence", None, f"it is about {who}, not about you", example
    content = [word for word in words if bare(word) not in CLOSED | LEADING_ADVERBS]
    if not content:  # "Still the": no skill or deed in it
        return "noun", None, "it names no skill or achievement", EXAMPLES["highlight"]
    if first in LEADING_ADVERBS and len(words) > 1:  # "Also built ...", "Never missed ..."
        form, text = highlight_predicate(words[1:])
        helper, _, tail = text.partition(" ")
        if helper == "am":
            return form, f"am {first} {tail}", None, None
        return form, text if helper == "have" else f"{first} {text}", None, None
    return (*highlight_predicate(words), None, None)


# Adverbs a CV line may open with: set aside, then put back before the verb.
LEADING_ADVERBS = frozenset(("also", "still", "always", "never", "often", "really", "just",
                             "recently", "currently", "successfully", "consistently",
                             "regularly", "previously", "once"))


def highlight_predicate(words: list[str]) -> tuple[str, str]:
    """The form and words after "I": a verb's clause as written ("built the rota"), "am"
    before an adjective ("am fluent in Polish"), or a noun phrase (`highlight_noun`)."""
    text, first = lower_first(" ".join(words)), bare(words[0])
    acronym = is_acronym(words[0])  # "BE Electrical Engineering", "IT support"
    tags, after = frozenset() if acronym else readings(first), bare(words[1]) if len(words) > 1 \
        else ""
    ends = after in ("", "and", "to") or after in PREPOSITIONS or "VBG" in readings(after)
    opens = after in DETERMINERS or after in OBJECTS
    if first in AUXILIARIES and not acronym:
        return "clause", text  # "Can drive", "Have a full licence"
    if first in SOFTWARE and is_name(words[0]) and not opens and after not in PREPOSITIONS:
        return highlight_noun(words)  # "Excel dashboards"
    if "PAST" in tags:
        if (first in DESCRIBING or "ADJ" in tags) and ends:
            return "adjective", "am " + text  # "certified in", "experienced and calm"
        if (first in DESCRIBING or "ADJ" in tags) and not opens and not is_number(after):
            head = noun_head(words[1:])
            if is_person(head):
                return "noun", f"am {article(text)} {text}"  # "am a certified first-aider"
            # "have advanced Excel skills", "have increased sales", "have a proven record"
            return "noun", f"have {article(text) + ' ' if bare(head) in CREDENTIALS else ''}{text}"
        return "clause", text
    if "VBG" in tags:
        if ("ADJ" in tags and not opens and not ends) or ("NOUN" in tags and after in PREPOSITIONS
                                                         ) or after in MASS | CREDENTIALS:
            return highlight_noun(words)  # "Outstanding reviews", "Working knowledge of Irish"
        return "clause", "have experience " + text
    if tags & {"BASE", "VBZ"} and (not tags & {"NOUN", "ADJ"} or opens):
        verb = base_form(first) if "VBZ" in tags else first
        return "clause", " ".join([verb, *words[1:]])  # "Speaks Polish": "speak Polish"
    if ("ADJ" in tags or re.search(r"(?:ible|able|ful|ous|ive)$", first)) and ends:
        return "adjective", "am " + text
    return highlight_noun(words)


def highlight_noun(words: list[str]) -> tuple[str, str]:
    """A noun phrase after "I": "have a first-class degree", "am a certified first-aider",
    "have experience with Python, SQL and Tableau", "have experience in stock control"."""
    text, first, head = lower_first(" ".join(words)), bare(words[0]), noun_head(words)
    years = re.fullmatch(r"(\S+)\s+(?:yrs?|years?)(['’]?)\s+(of\s+)?(\S.*)", text, flags=re.I)
    if years and is_number(bare(years[1])):
        start, rest, of = f"have {years[1]} years", years[4], years[3] or ""
        lead = bare(rest.split()[0])
        if rest.startswith("experience") or (of and "VBG" not in readings(lead)):
            return "noun", f"{start}{years[2]} {of}{rest}"  # "years' experience", "years of sales"
        lead = "" if lead in PREPOSITIONS or "VBG" in readings(lead) else "in "
        return "noun", f"{start} of experience {lead}{rest}"  # "leading teams", "in retail"
    if re.fullmatch(r"[1-3](?:st|nd|rd|[:.]\d)", first):  # a degree's class: "2:1 in Law"
        return "noun", "have a " + text
    if first in DETERMINERS or is_number(first) or first in ("over", "nearly", "almost"):
        return "noun", "have " + text
    last = bare(words[-1])
    if len(words) > 1 and (last in DESCRIBING or last in ("current", "compliant") or (
            readings(last) & {"PAST", "ADJ"} and "NOUN" not in readings(last))):
        return "adjective", "am " + text  # "PRINCE2 certified", "BLS and ACLS current"
    item = words[1] if words[0].endswith(",") else words[2] if len(words) > 2 and bare(
        words[1]) in ("and", "or") else ""  # the second of a list
    if (is_name(item) and (is_name(words[0]) or plain_singular(words[0]))) or (
            len(words) == 1 and is_name(words[0])):
        return "noun", "have experience with " + " ".join(words)  # "Go, Python and SQL"
    if is_person(head):
        return "noun", f"am {article(text)} {text}"
    if bare(head) in HAVING:
        return "noun", "have " + text  # "placement experience with", "working knowledge of"
    describes, single = "DESCRIBES" in readings(first), head == words[0] and len(words) > 1
    if {first, bare(head), bare(words[-1])} & CREDENTIALS or (plain_singular(head) and (
            describes or is_name(words[0]) or single)):  # "a book under contract"
        return "noun", f"have {article(text)} {text}"
    if "PLURAL" in readings(bare(head)) or {first, bare(head)} & HAVING or describes:
        return "noun", "have " + text
    return "noun", "have experience in " + text


def fit_topic(kind: str, words: list[str], asked: bool) -> Result:
    """What was discussed, as a topic after "discussing"; TY4, what was learned: "that ...",
    "about ..." or a clause with a question word after "learn"; TY8, a question: a direct
    one as a sentence, else what follows "hear more about"."""
    text, first = lower_first(" ".join(words)), bare(words[0])
    tags, learned, about = readings(first), kind == "learned", "about " * (kind == "learned")
    if is_question(words, asked):
        if kind == "question":
            return "question", capital_first(" ".join(words)) + "?", None, None
        return "question", None, f"it is a question, not {WHAT[kind]}", EXAMPLES[kind]
    if learned:
        text = swap_persons(text, TO_YOU)  # "We offer..." was said by them: "you offer"
    if first in WH_WORDS or (learned and first == "that"):
        return "sentence" if first == "that" else "noun", text, None, None
    if learned and first == "about" and len(words) > 1:
        return "noun", "about " + topic(words[1:]), None, None
    if first in SUBJECTS or first == "that" or finite_verb(words) is not None:
        if learned:
            return "sentence", "that " + text, None, None
        rest = lower_first(" ".join(words[1:] if first == "that" else words))
        return "sentence", None, f"it is a whole sentence, not {WHAT[kind]}", "how " + rest
    if tags & {"PAST", "BASE"} and not tags & {"NOUN", "ADJ", "VBG"}:
        return "clause", None, f"it starts with a verb, not {WHAT[kind]}", EXAMPLES[kind]
    after = bare(words[1]) if len(words) > 1 else ""
    if "VBG" in tags and (after in DETERMINERS or is_number(after)):
        return "clause", about + text, None, None  # "managing the shop floor"
    return "noun", about + topic(words), None, None


LEADS = {  # what people write before the field's words
    "discussed": r"(?:(?:we|i)\s+)?(?:had\s+)?(?:a\s+)?(?:discussed|discussing|discussion|talked|"
                 r"talking|chatted|chatting|chat|spoke|conversation|went|covered)(?:\s+(?:about|"
                 r"of|on|around|over|through))?|about|re:?|topic:?",
    "learned": r"(?:(?:i|we)\s+)?(?:learned|learnt|learning|found out|heard|discovered|was told|"
               r"were told|realised|realized|noticed)",
    "question": r"(?:to\s+)?(?:ask|query|clarify|check|confirm)(?:\s+(?:them|him|her|about|on|"
                r"re))*|find out(?:\s+more)?(?:\s+about)?|follow[\s-]*up(?:\s+(?:on|about))?|"
                r"more (?:about|on)|question(?:\s+(?:about|on|re))?:?|(?:i(?:'d| would) like to|"
                r"i want(?:ed)? to|want(?:ed)? to) know(?:\s+about)?",
    "promise": r"(?:\S+\s+){0,5}?(?:said|promised|told (?:me|us)|informed (?:me|us)|mentioned|"
               r"confirmed|explained)(?:\s+that)?"}
LEAD = {kind: re.compile(rf"^(?:{pattern})\s+", re.I) for kind, pattern in LEADS.items()}


@functools.lru_cache(maxsize=2048)
def fit(kind: FieldKind, written: str) -> Fitted:
    """The field read for its form, with the words its sentence frames take; never raises."""
    written = written.strip()
    if says_nothing(written):  # the user meant "nothing": no words, and nothing to warn of
        return Fitted(written, "empty", None)
    parts: list[tuple[str, bool]] = []
    for part in sentences(written):  # the first, and whether there are more, and all ask
        parts.append(part)
        if len(parts) > 1 and not part[1]:
            break
    if not parts:
        return Fitted(written, "noun", None, "it has no words to use", EXAMPLES[kind])
    if len(parts) > 1:
        first = fit(kind, parts[0][0] + ("?" if parts[0][1] else ""))
        form = "question" if all(asked for _, asked in parts) else "sentence"
        example = first.written if first.text else first.example
        return Fitted(written, form, None, "it has more than one sentence", example)
    text, asked = parts[0]
    stripped = LEAD[kind].sub("", text, count=1) if kind in LEAD else text
    words = (stripped if any(char.isalnum() for char in stripped) else text).split()
    if kind == "highlight":
        result = fit_highlight(words, asked)
    else:
        result = fit_promise(words) if kind == "promise" else fit_topic(kind, words, asked)
    return Fitted(written, *result)


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "couple of": 2}
DAY = datetime.timedelta(days=1)
RELATIVE = re.compile(  # one pattern, so that a date put in is not read again
    r"\b(?P<span>(?:with)?in|over)\s+(?P<next>(?:the\s+)?(?:next|coming)\s+)?(?:(?P<n>\d{1,2}|"
    r"an?|one|two|three|four|five|six|seven|eight|nine|ten|(?:a )?couple of|a few|few|several)"
    r"\s+)?(?P<unit>(?:working |business )?days?|weeks?|months?|fortnight)(?:['’]s?\s+time)?\b"
    r"(?!\s+(?:of|after|from|following)\b)"  # "within 2 weeks of the AC": counted from that
    r"|\b(?:(?P<eprep>by|before|until|at|towards?)\s+)?(?:the\s+)?end\s+of\s+(?:(?P<ewhich>next|"
    r"this|the)\s+)?(?P<eunit>week|month)\b"
    r"|\b(?:(?P<wprep>by|in|during|over)\s+)?(?:(?P<wpart>early|late|later|mid)[\s-]+(?:in\s+)?)?"
    r"(?:the\s+)?(?P<wwhich>next|this|following|coming|(?=week after next))\s*(?P<wunit>week(?:"
    r" after next)?|month)\b"
    r"|\b(?:(?P<dprep>by|before|on|until|after)\s+)?(?:(?P<dwhich>this|next|coming)\s+)?"
    rf"(?P<dname>{'|'.join(WEEKDAYS)})(?:\s+(?P<dpod>morning|afternoon|evening))?\b"
    r"(?!,?\s+(?:the\s+)?\d)"
    r"|\b(?:(?P<tprep>by|before|on|until)\s+)?(?P<tlater>later\s+)?(?P<tday>tomorrow|today|"
    r"tonight|the day after tomorrow)(?:\s+(?P<tpod>morning|afternoon|evening))?\b", re.I)


def dated_promise(text: str, said_on: datetime.date, today: datetime.date,
                  country: str | None) -> str:
    """TY9: a promise's relative times ("within a week") as the dates they meant, counted
    from the day it was said, for a draft written later; "soon" and the like are kept."""
    if today <= said_on:
        return text

    def date(day: datetime.date, weekday: bool = True) -> str:
        name, month, year = WEEKDAYS[day.weekday()].capitalize(), MONTHS[day.month - 1], ""
        if country == "US":
            year = f", {day.year}" if day.year != said_on.year else ""
            return f"{name}, {month} {day.day}{year}" if weekday else f"{month} {day.day}{year}"
        year = f" {day.year}" if day.year != said_on.year else ""
        return f"{name} {day.day} {month}{year}" if weekday else f"{day.day} {month}{year}"

    def replace(match: re.Match[str]) -> str:
        found = {key: (value or "").lower() for key, value in match.groupdict().items()}
        if found["span"]:
            return dated_span(found, said_on, country, date) or match[0]
        if found["eunit"] or found["wunit"]:
            return dated_week(found, said_on, date)
        return dated_day(found, said_on, date)
    return RELATIVE.sub(replace, text)


DateWords = Callable[[datetime.date, bool], str]


def dated_span(found: dict[str, str], said_on: datetime.date, country: str | None,
               date: DateWords) -> str | None:
    """"within a week", "in two weeks", "in 3 working days": by the day they end."""
    count, unit = found["n"].strip(), found["unit"]
    if not count and not found["next"] and unit != "fortnight":
        return None
    if count in ("a few", "few", "several"):
        return f"within {count} {unit} of {date(said_on, True)}"
    number = int(count) if count.isdigit() else COUNTS.get(count, 1)
    if unit.startswith(("working", "business")):
        return "by " + date(working_days_after(said_on, number, country), True)
    if unit.startswith("month"):
        year, month = divmod(said_on.month - 1 + number, 12)
        last = calendar.monthrange(said_on.year + year, month + 1)[1]
        return "by " + date(datetime.date(said_on.year + year, month + 1,
                                          min(said_on.day, last)), True)
    days = {"day": 1, "week": 7, "fortnight": 14}[unit.rstrip("s")] * number
    return "by " + date(said_on + days * DAY, True)


def working_days_after(day: datetime.date, count: int, country: str | None) -> datetime.date:
    """G5: `count` working days after `day`, the country's public holidays left out."""
    from followup.workdays import HolidaysUnavailable, WorkingDays

    days = WorkingDays(country)
    try:
        days.is_working_day(day)  # reads the country's holidays, or says they cannot be
    except HolidaysUnavailable:
        days = WorkingDays(None)  # the weekends alone
    for _ in range(count):
        day = days.on_or_after(day + DAY)
    return day


def dated_week(found: dict[str, str], said_on: datetime.date, date: DateWords) -> str:
    """"next week": the week of its Monday; "by the end of next week": by its Friday;
    "early next month": early in December."""
    which, prep, part = found["ewhich"] or found["wwhich"], found["eprep"] or found["wprep"], \
        found["wpart"]
    ahead = 2 if found["wunit"].endswith("next") else 0 if which in ("this", "the", "") else 1
    if found["eunit"] == "month" or found["wunit"] == "month":
        number = said_on.month - 1 + ahead
        month = MONTHS[number % 12] + (f" {said_on.year + 1}" if number > 11 else "")
        if found["eunit"]:
            return f"{prep or 'by'} the end of {month}"
        return f"by {month}" if prep == "by" else f"{part} in {month}" if part else f"in {month}"
    monday = said_on - said_on.weekday() * DAY + 7 * ahead * DAY
    if found["eunit"]:
        monday += 7 * DAY if said_on.weekday() > 4 and not ahead else 0 * DAY
        if prep in ("by", "before", "until", ""):
            return f"{prep or 'by'} {date(monday + 4 * DAY, True)}"
        return f"{prep} the end of the week of {date(monday, False)}"
    if prep == "by":
        return f"by {date(monday, True)}"
    return f"{part + ' in' if part else prep or 'in'} the week of {date(monday, False)}"


def dated_day(found: dict[str, str], said_on: datetime.date, date: DateWords) -> str:
    """"tomorrow"; "by Friday": the first Friday after; "next Friday": the week after's."""
    if found["tday"]:
        day = said_on + {"today": 0, "tonight": 0, "tomorrow": 1}.get(found["tday"], 2) * DAY
        pod = "evening" if found["tday"] == "tonight" else found["tpod"]
        prep, later = found["tprep"] or "on", "later " if found["tlater"] else ""
    else:
        day = said_on + ((WEEKDAYS.index(found["dname"]) - said_on.weekday() - 1) % 7 + 1) * DAY
        if found["dwhich"] == "next" and day.weekday() > said_on.weekday():
            day += 7 * DAY  # the same week's is "this Friday"
        pod, prep, later = found["dpod"], found["dprep"] or "on", ""
    return f"{later}{prep} {'the ' + pod + ' of ' if pod else ''}{date(day, True)}"
