"""A profile's free-text fields read for their form, so that templates fit them into sentences.

`fit` reads one field (a highlight, what was discussed or learned, a question, a promise)
and gives the words its sentence frames take; or None, with the problem in a few plain words
("it is a question, not something you did") and the field reshaped as the user could write
it; or, for a placeholder ("n/a"), form "empty" and nothing to warn of. A promise is read by
`promises`, a highlight by `highlights`, the others by `topics`, each from the text tidied
and in pieces (`parts`). `dated_promise` puts the date for a promise's relative time
("within a week") when a draft quotes it days later. The word forms come from `wordforms`
(lemminflect).
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from collections.abc import Callable

import msgspec

from followup.profile import sendable
from followup.profile.forms import FieldKind, Fitted, says_nothing
from followup.profile.highlights import fit_highlight
from followup.profile.parts import put_back, sentence_case, sentences, set_aside
from followup.profile.promises import fit_promise
from followup.profile.topics import EXAMPLES, fit_topic, labelled

GENERIC = frozenset(EXAMPLES.values())  # the fixed examples, not from the user's words

LEADS = {  # what people write before the field's words
    "discussed": r"(?:(?:we|i)\s+)?(?:had\s+)?(?:a\s+)?(?:discussed|discussing|discussion|talked|"
                 r"talking|chatted|chatting|chat|spoke|conversation|went|covered|mentioned)(?:\s+"
                 r"(?:about|of|on|around|over|through))?|about|re:?|topic:?",
    "learned": r"(?:(?:i|we)\s+)?(?:learned|learnt|learning|found out|heard|discovered|was told|"
               r"were told|realised|realized|noticed)",
    "question": r"(?:to\s+)?(?:ask|query|clarify|check|confirm)(?:\s+(?:them|him|her|about|on|"
                r"re))*|find out(?:\s+more)?(?:\s+about)?|follow[\s-]*up(?:\s+(?:on|about))?|"
                r"more (?:about|on)|question(?:\s+(?:about|on|re))?:?|(?:i(?:'d| would) like to|"
                r"i want(?:ed)? to|want(?:ed)? to) know(?:\s+about)?",
    "promise": r"(?:\S+\s+){0,5}?(?:said|promised|told (?:me|us)|informed (?:me|us)|mentioned|"
               r"confirmed|explained)(?:\s+that)?"}
LEAD = {kind: re.compile(rf"^(?:{pattern})\s+", re.I) for kind, pattern in LEADS.items()}
# TY8: a question after its topic, pointing back to it: "aftercare team - how do they ...".
LABEL = re.compile(r"\s*((?:[^\W\d_][\w'’/-]*\s+){0,2}[^\W\d_][\w'’/-]*)\s+[-–—]+\s+(.*\b(?:they|"
                   r"them|their)\b.*)$", re.I | re.S)


@functools.lru_cache(maxsize=2048)
def fit(kind: FieldKind, written: str) -> Fitted:
    """The field read for its form, with the words its sentence frames take; never raises.
    Words that would lose part of the field, or carry its shorthand, are no fit
    (`sendable`): the draft leaves the field out and says why."""
    found = read_field(kind, written)
    if found.text is None:
        return found if _offered(kind, found.example) else msgspec.structs.replace(
            found, example=None)
    source = LEAD[kind].sub("", written.strip(), count=1) if kind in LEAD else written
    problem = sendable.problem(kind, source, found.text)
    if problem is not None:
        return Fitted(written, found.form, None, problem, None)
    text = with_the(found.text) if kind in ("learned", "discussed") else found.text
    if kind in ("learned", "discussed", "question"):
        from followup.profile.addressed import to_you

        said = to_you(text)
        return msgspec.structs.replace(found, text=text, to_them=None if said == text else said)
    return found


def _offered(kind: FieldKind, example: str | None) -> bool:
    """Whether an example may be offered in a warning: none at all, or words of the user's
    own (not another profile's, `GENERIC`) that themselves go into a letter."""
    if example is None:
        return True
    reshaped = None if example in GENERIC else read_field(kind, example).text
    return reshaped is not None and sendable.problem(kind, example, reshaped) is None


# A note's bare office or ordinal, which a sentence gives "the": "that CFO is retiring",
# "discussing first 100 days".
BARE = re.compile(r"^((?:that|about|how|whether) )?(?=(?:CEO|CFO|COO|CTO|CIO|CMO|CPO|GM|MD|"
                  r"HoF|DoF|first|second|third|final)(?![\w-]))")


def with_the(text: str) -> str:
    """G2: the words a topic or a fact takes, with "the" before a bare office or ordinal."""
    return BARE.sub(lambda found: f"{found[1] or ''}the ", text, count=1)


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
    for part in sentences(sentence_case(written)):  # the first, whether there are more, all ask
        parts.append(part)
        if len(parts) > 1 and not part[1]:
            break
    if not parts:
        return Fitted(written, "noun", None, "it has no words to use", EXAMPLES[kind])
    if len(parts) > 1:
        first = read_field(kind, parts[0][0] + ("?" if parts[0][1] else ""))
        if kind == "discussed" and first.text:  # the first of several topics, or a topic and
            return Fitted(written, first.form, first.text)  # what was said of it
        form = "question" if all(asked for _, asked in parts) else "sentence"
        example = first.written if first.text else first.example
        return Fitted(written, form, None, "it has more than one sentence", example)
    text, asked = parts[0]
    asides: tuple[str, ...] = ()
    if kind == "promise":
        text = text.replace(" – ", ", ")  # a promise's own reading takes a dash as a comma
    else:
        text, asides = set_aside(text)  # "(my mum is deaf)" does not decide the form
    stripped = LEAD[kind].sub("", text, count=1) if kind in LEAD else text
    words = (stripped if any(char.isalnum() for char in stripped) else text).split()
    if kind == "highlight":
        form, fitted, problem, example = fit_highlight(words, asked)
    elif kind == "promise":
        form, fitted, problem, example = fit_promise(words)
    else:
        form, fitted, problem, example = fit_topic(kind, words, asked)
    return Fitted(written, form, cleaned(put_back(fitted, asides)), problem,
                  cleaned(put_back(example, asides)))


def cleaned(text: str | None) -> str | None:
    """Pieces put together without doubled or trailing punctuation ("etc.," or "0/")."""
    if not text:
        return None
    asked = text.endswith("?")
    text = re.sub(r"([.,;:!?])(?:\s*[.,;:!?])+", r"\1", re.sub(r"\.(?=[,;:])", "", text))
    text = text.rstrip(" .,;:!?…-–—/&+*([{“‘")
    return text + "?" if asked and text else text or None


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
    r"|\b(?:(?P<eprep>by|before|until|at|towards?)\s+)?(?:the\s+)?end\s+of\s+(?:(?:the\s+)?"
    r"(?P<ewhich>next|this|following|coming|the)\s+)?(?P<eunit>week|month)\b"
    r"|\b(?:(?P<wprep>by|in|during|over)\s+)?(?:(?P<wpart>early|late|later|mid)[\s-]+(?:in\s+)?)?"
    r"(?:the\s+)?(?P<wwhich>next|this|following|coming|(?=week after next))\s*(?P<wunit>week(?:"
    r" after next)?|month)\b"
    r"|\b(?:(?P<dprep>by|before|on|until|after)\s+)?(?:the\s+)?(?:(?P<dwhich>this|next|coming)"
    rf"\s+)?(?P<dname>{'|'.join(WEEKDAYS)})(?P<dafter>\s+after\s+next)?"
    r"(?:\s+(?P<dpod>morning|afternoon|evening))?\b"
    r"(?!,?\s+(?:the\s+)?\d)"
    r"|\b(?:(?P<tprep>by|before|on|until)\s+)?(?P<tlater>later\s+)?(?P<tday>tomorrow|today|"
    r"tonight|the day after tomorrow)(?:\s+(?P<tpod>morning|afternoon|evening))?\b", re.I)


def dated_promise(text: str, said_on: datetime.date, today: datetime.date,
                  country: str | None) -> str:
    """TY9: a promise's relative times ("within a week") as the dates they meant, counted
    from the day it was said, for a draft written later; "soon" and the like are kept."""
    return text if today <= said_on else _dating(text, said_on, country)[0]


def promised_day(text: str | None, said_on: datetime.date,
                 country: str | None) -> datetime.date | None:
    """TY9: the last day a promise's relative time names ("decision by the end of next
    week": that Friday), or None when it names none."""
    days = [day for day in _dating(text, said_on, country)[1] if day > said_on] if text else []
    return max(days, default=None)


def _dating(text: str, said_on: datetime.date,
            country: str | None) -> tuple[str, list[datetime.date]]:
    """A promise with its relative times dated, and the days it names."""
    named: list[datetime.date] = []

    def date(day: datetime.date, weekday: bool = True) -> str:
        named.append(day)
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
    return RELATIVE.sub(replace, text), named


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
    date(monday + 4 * DAY, True)  # named too: a promise for "the week of" a Monday runs to its Friday
    return f"{part + ' in' if part else prep or 'in'} the week of {date(monday, False)}"


def dated_day(found: dict[str, str], said_on: datetime.date, date: DateWords) -> str:
    """"tomorrow"; "by Friday": the first Friday after; "next Friday": the week after's."""
    if found["tday"]:
        day = said_on + {"today": 0, "tonight": 0, "tomorrow": 1}.get(found["tday"], 2) * DAY
        pod = "evening" if found["tday"] == "tonight" else found["tpod"]
        prep, later = found["tprep"] or "on", "later " if found["tlater"] else ""
    else:
        day = said_on + ((WEEKDAYS.index(found["dname"]) - said_on.weekday() - 1) % 7 + 1) * DAY
        if (found["dwhich"] == "next" and day.weekday() > said_on.weekday()) or \
                found["dafter"]:
            day += 7 * DAY  # the same week's is "this Friday"; "the Friday after next"
        pod, prep, later = found["dpod"], found["dprep"] or "on", ""
    return f"{later}{prep} {'the ' + pod + ' of ' if pod else ''}{date(day, True)}"
