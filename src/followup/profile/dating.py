"""The days a promise's relative time means (TY9, CI2): "within a week", "by the end of next
week", "Mon or Tues", "before Christmas", counted from the day it was said. A draft quotes
the promise with those dates put in (`dated_promise`: "let me know by Monday 23 November");
the plan and the drafts wait for the last of them (`decided_by`) when the profile gives no
`decision_by`. Regular expressions and the calendar only: the plan imports it."""

from __future__ import annotations

import calendar
import contextlib
import datetime
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followup.profile import Interview

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "couple of": 2}
DAY = datetime.timedelta(days=1)
# Countries that write the month first ("Friday, December 4"): as compose.conventions'
# table says (profile is read before compose; a test keeps the two alike).
MONTH_FIRST = frozenset({"AS", "CA", "GU", "MP", "PH", "PR", "UM", "US", "VI"})
# Weekdays as notes write them ("Mon or Tues"): a day promised all the same. "Sat", "sun"
# and "wed" are words too, and promises rarely name a weekend.
SHORT_DAYS = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "weds": "wednesday",
              "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday"}
# A part of a month ("mid-December"), in the promise pattern and read alone (month_part).
# "in January", a whole month; not "in January 5th", a date.
_MONTH_PART = (rf"(?:(?P<mpart>early|mid|late)[\s-]+|(?P<mwhole>in|during)\s+)"
               rf"(?P<month>{'|'.join(MONTHS)})(?!\s+\d{{1,2}}(?:st|nd|rd|th)?\b)")
# One pattern, so that a date put in is not read again; compiled when a promise is first
# dated (a few milliseconds of start-up that most drafts need not pay).
_RELATIVE = (
    r"\b(?P<span>(?:with)?in|over|takes?(?:\s+(?:about|around|roughly))?|normally|usually|"
    r"typically|generally)\s+"
    r"(?P<next>(?:the\s+)?(?:next|coming)\s+)?"
    r"(?:(?P<n>\d{1,2}(?:\s*(?:[-–]|to)\s*\d{1,2})?|an?|(?<=within )the|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|(?:a )?couple of|a few|few|several)"  # "within the week"
    r"\s+)?(?P<unit>(?:working |business )?days?|weeks?|months?|fortnight)(?:['’]s?\s+time)?\b"
    # "within 2 weeks of the interview" (the assessment day, the panel: where it was said)
    # counts from the day it was said; "of the AC", a round still to come, from a day the
    # profile does not give
    r"(?:\s+(?:of|after|following)\s+(?:the|this|your)\s+(?:interview|assessment\s+(?:centre|"
    r"center|day)|panel)(?:\s+date)?\b|(?!\s+(?:of|after|from|following)\b))"
    r"|\b(?:(?P<eprep>by|before|until|at|towards?)\s+)?(?:the\s+)?end\s+of\s+(?:(?:the\s+)?"
    r"(?P<ewhich>next\s+to\s+next|next|this|following|coming|the)\s+)?(?P<eunit>week|month)\b"
    r"|\b(?:(?P<wprep>by|in|during|over|within)\s+)?(?:(?P<wpart>early|late|later|mid|(?:the\s+)?"
    r"middle\s+of)[\s-]+(?:in\s+)?)?"
    r"(?:the\s+)?(?P<wwhich>next\s+to\s+next|next|this|following|coming|(?=week after next))"
    r"\s*(?P<wunit>week(?: after next)?|month)\b"
    r"|\b(?:(?P<dprep>by|before|on|until|after)\s+)?(?:the\s+)?(?:(?P<dwhich>this|next|coming)"
    rf"\s+)?(?P<dname>{'|'.join(WEEKDAYS + tuple(SHORT_DAYS))})\.?"
    r"(?P<dafter>\s+after\s+next|\s+week|\s+next\s+week|\s+after\s+(?:thanksgiving|christmas)"
    r"(?:\s+weekend)?)?"
    r"(?:\s+(?P<dpod>morning|afternoon|evening))?\b"
    r"(?!,?\s+(?:the\s+)?\d)"
    r"|\b(?:(?P<tprep>by|before|on|until)\s+)?(?P<tlater>later\s+)?(?P<tday>tomorrow|today|"
    r"tonight|the day after tomorrow)(?:\s+(?P<tpod>morning|afternoon|evening))?\b"
    r"|\b(?P<hprep>by|before|until|for|after|in)\s+(?:the\s+)?(?P<holiday>christmas|xmas|"
    r"the holidays|new year|thanksgiving)\b"
    rf"|\b{_MONTH_PART}\b")


# Two weekdays with one week named after both (round 52).
DAYS_OR = re.compile(rf"\b({'|'.join(WEEKDAYS)}) or ({'|'.join(WEEKDAYS)}) (next week|this week)\b",
                     re.IGNORECASE)


@functools.cache
def _relative() -> re.Pattern[str]:
    return re.compile(_RELATIVE, re.IGNORECASE)


def dated_promise(text: str, said_on: datetime.date, today: datetime.date,
                  country: str | None) -> str:
    """TY9: a promise's relative times ("within a week") as the dates they meant, counted
    from the day it was said, for a draft written later; "soon" and the like are kept, and
    a hedge after the date set apart ("by Friday 27 November, hopefully")."""
    if today <= said_on:
        return text
    dated = _dating(text, said_on, country)[0]
    if dated == text:
        return text
    return re.sub(r"(?<=\w) (hopefully|probably|possibly|maybe|ideally)$", r", \1", dated)


def promised_day(text: str | None, said_on: datetime.date,
                 country: str | None) -> datetime.date | None:
    """TY9: the last day a promise names, by its relative time ("decision by the end of
    next week": that Friday) or as a date ("board meets Dec 14", "by 4 December"), or None
    when it names none."""
    if not text:
        return None
    days = [*_dating(text, said_on, country)[1], *_named_dates(text, said_on)]
    return max((day for day in days if day > said_on), default=None)


# A date as notes write it: "4 December", "Dec 14", "14th Dec.", "December 4th".
_MONTH = r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_NAMED_DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.format('month')}"
    rf"|{_MONTH.format('month2')}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?"
    r"|(?<=\bthe )(?P<day3>\d{1,2})(?:st|nd|rd|th))\b", re.IGNORECASE)  # "meets on the 14th"


def after_written_date(text: str | None) -> bool:
    """Whether a promise's written date is when something else happens first ("interviews
    finish by November 27 and they will write thereafter", "board meets Dec 14 so after
    that", "after the Board meeting on 15th Dec"): the answer comes after that day, not by it."""
    text = text or ""
    found = _NAMED_DATE.search(text)
    return bool(found and (re.search(r"\b(?:after|thereafter|afterwards?)\b", text[found.end():],
                                     re.IGNORECASE) or re.search(  # "after the Board meeting
        r"\bafter (?:the |their |its |our )?(?:\S+ ){0,4}on (?:the )?$", text[:found.start()],
        re.IGNORECASE)))  # on 15th Dec" (round 43)


def named_holiday(text: str | None) -> str | None:
    """A promise's time by a holiday, as said: "after Thanksgiving" (its date is the tool's
    reckoning, not their words: a draft says the holiday)."""
    if not text or not re.search(r"christmas|xmas|holidays|new year|thanksgiving", text, re.I):
        return None  # (most promises: the long pattern is not run)
    found = next((match for match in _relative().finditer(text) if match["holiday"]), None)
    return found[0][0].lower() + found[0][1:] if found else None


def _named_dates(text: str, said_on: datetime.date) -> list[datetime.date]:
    """The dates a promise writes out, each the next such day from `said_on`."""
    found = []
    for match in _NAMED_DATE.finditer(text):
        if match["day3"]:  # "the 14th": the next 14th of a month
            months = [(said_on.year + (said_on.month + ahead - 1) // 12,
                       (said_on.month + ahead - 1) % 12 + 1) for ahead in range(3)]
        else:
            month = [name[:3].lower() for name in MONTHS].index((match["month"] or
                                                                 match["month2"])[:3].lower()) + 1
            months = [(said_on.year, month), (said_on.year + 1, month)]
        day = int(match["day"] or match["day2"] or match["day3"])
        for year, month in months:
            with contextlib.suppress(ValueError):  # "31 Nov" is no day
                if (date := datetime.date(year, month, day)) >= said_on:
                    found.append(date)
                    break
    return found


def decided_by(interview: Interview, country: str | None) -> datetime.date | None:
    """CI2, TY9: the day they hope to decide by: the profile's `decision_by`, else the last
    day its promise names ("Mon or Tues": the Tuesday; "before Christmas": 24 December)."""
    return interview.decision_by or promised_day(interview.promise, interview.date, country)


def _dating(text: str, said_on: datetime.date,
            country: str | None) -> tuple[str, list[datetime.date]]:
    """A promise with its relative times dated, and the days it names; a weekday after
    "after Thanksgiving" is the first after it, and the day it names ("after
    Thanksgiving, probably by Wednesday": Wednesday 2 December, round 51)."""
    text = DAYS_OR.sub(r"\1 \3 or \2 \3", text)  # "Wednesday or Thursday next week": both
    named: list[datetime.date] = []
    after: list[datetime.date] = []  # "after" a holiday: the day it names, and its own

    def date(day: datetime.date, weekday: bool = True) -> str:
        named.append(day)
        name, month, year = WEEKDAYS[day.weekday()].capitalize(), MONTHS[day.month - 1], ""
        if country in MONTH_FIRST:
            year = f", {day.year}" if day.year != said_on.year else ""
            return f"{name}, {month} {day.day}{year}" if weekday else f"{month} {day.day}{year}"
        year = f" {day.year}" if day.year != said_on.year else ""
        return f"{name} {day.day} {month}{year}" if weekday else f"{day.day} {month}{year}"

    def replace(match: re.Match[str]) -> str:
        found = {key: (value or "").lower() for key, value in match.groupdict().items()}
        if found["month"]:  # "in mid-December", "in January", as said; by the 10th, 20th or
            date(part_of_month(found["mpart"], found["month"], said_on), True)  # its last day
            return match[0]
        if found["holiday"]:  # named as said; its day is what the plan waits for
            date(held := holiday(found["holiday"], found["hprep"], said_on, country), True)
            after[:] = [held, holiday(found["holiday"], "by", said_on, country)] if found[
                "hprep"] == "after" else []
            return match[0]
        if found["span"].startswith(("take", "normally", "usually", "typically", "generally")):
            # "the check takes 4-6 weeks", "normally 5 - 7 working days": dated, as said
            dated_span(found, said_on, country, date)
            return match[0]
        if found["span"]:
            return dated_span(found, said_on, country, date) or match[0]
        if found["eunit"] or found["wunit"]:
            return dated_week(found, said_on, date)
        if after and found["dname"] and not found["dafter"]:
            named.remove(after[0])  # the weekday after it is the day meant
            since, after[:] = after[1], []
            return dated_day(found, said_on, date, country, since=since)
        return dated_day(found, said_on, date, country)
    return _relative().sub(replace, text), named


DateWords = Callable[[datetime.date, bool], str]


def month_part(text: str | None) -> str | None:
    """The part of a month a promise names, as a letter says it ("mid-December", "early
    January", "January"), or None: a time only that close, which quoting its last day would
    make exact."""
    found = re.search(rf"\b{_MONTH_PART}\b", text or "", re.IGNORECASE)
    if found is None:
        return None
    part, month = (found["mpart"] or "").lower(), found["month"].capitalize()
    return f"mid-{month}" if part == "mid" else f"{part} {month}".strip()


def part_of_month(part: str, month: str, said_on: datetime.date) -> datetime.date:
    """"early December" by the 10th, "mid-December" by the 20th, "late December" and "in
    December" by its last day; the next such month from `said_on`."""
    number = [name.lower() for name in MONTHS].index(month) + 1
    year = said_on.year + (number < said_on.month)
    last = calendar.monthrange(year, number)[1]
    return datetime.date(year, number, {"early": 10, "mid": 20}.get(part, last))


def holiday(name: str, prep: str, said_on: datetime.date, country: str | None) -> datetime.date:
    """The day a promise about a holiday means: "before Christmas" its eve, "by Christmas"
    the day, "after Thanksgiving" the Friday of the week after it (the fourth Thursday of
    November; in Canada the second Monday of October), "in the new year" 8 January; the
    next one from `said_on`."""
    def on(year: int) -> datetime.date:
        if name == "thanksgiving":
            if country == "CA":  # the second Monday of October
                first = datetime.date(year, 10, 1)
                day = first + ((7 - first.weekday()) % 7 + 7) * DAY
            else:  # the fourth Thursday of November
                first = datetime.date(year, 11, 1)
                day = first + ((3 - first.weekday()) % 7 + 21) * DAY
            return day + 8 * DAY if prep == "after" else day
        if name == "new year" or (name == "the holidays" and prep == "after"):  # "in the new
            # year", "after the holidays" (round 49): its first full week gone
            return datetime.date(year + 1, 1, 8) if prep in ("in", "after") else \
                datetime.date(year, 12, 31)
        eve = prep == "before" or name == "the holidays"
        return datetime.date(year, 12, 24 if eve else 25)
    day = on(said_on.year)
    return day if day > said_on else on(said_on.year + 1)


def dated_span(found: dict[str, str], said_on: datetime.date, country: str | None,
               date: DateWords) -> str | None:
    """"within a week", "in two weeks", "in 3 working days": by the day they end."""
    count, unit = found["n"].strip(), found["unit"]
    if not count and not found["next"] and unit != "fortnight":
        return None
    if count in ("a few", "few", "several"):
        return f"within {count} {unit} of {date(said_on, True)}"
    figures = re.findall(r"\d+", count)  # "2-3 weeks": by the end of the third
    number = int(figures[-1]) if figures else COUNTS.get(count, 1)
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
    within = (prep or "").lower() == "within"  # "within this week": by its Friday
    # "the week after next", or "next to next week" as Indian English says it (round 45)
    ahead = 2 if found["wunit"].endswith("next") or which.startswith("next ") else \
        0 if which in ("this", "the", "") else 1
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
    part = "mid" if "middle" in part else part  # "by the middle of next week": its Wednesday
    if prep == "by" or within:
        offset = 4 if within else {"early": 1, "mid": 2}.get(part, 4 if part else 0)
        return f"by {date(monday + offset * DAY, True)}"
    date(monday + 4 * DAY, True)  # named too: a promise for "the week of" runs to its Friday
    said = "in the middle of" if part == "mid" else f"{part} in" if part else prep or "in"
    return f"{said} the week of {date(monday, False)}"


def _first_after(day: datetime.date, weekday: str) -> datetime.date:
    """The first `weekday` ("friday") after `day`."""
    return day + ((WEEKDAYS.index(weekday) - day.weekday() - 1) % 7 + 1) * DAY


def dated_day(found: dict[str, str], said_on: datetime.date, date: DateWords,
              country: str | None = None, since: datetime.date | None = None) -> str:
    """"tomorrow"; "by Friday": the first Friday after; "next Friday": the week after's;
    "Tuesday after Thanksgiving": the first after it (round 47)."""
    if found["tday"]:
        day = said_on + {"today": 0, "tonight": 0, "tomorrow": 1}.get(found["tday"], 2) * DAY
        pod = "evening" if found["tday"] == "tonight" else found["tpod"]
        prep, later = found["tprep"] or "on", "later " if found["tlater"] else ""
    else:
        named = SHORT_DAYS.get(found["dname"], found["dname"])
        day = _first_after(since or said_on, named)
        held = [word for word in (found["dafter"] or "").split() if word != "weekend"][-1:]
        if held and held[0] in ("thanksgiving", "christmas"):  # "... Thanksgiving weekend"
            day = _first_after(holiday(held[0], "by", said_on, country), named)
        elif (found["dafter"] or "").split() == ["next", "week"]:  # "Friday next week"
            day = said_on + (7 - said_on.weekday() + WEEKDAYS.index(named)) * DAY
        elif (found["dwhich"] == "next" and day.weekday() > said_on.weekday()) or \
                found["dafter"]:
            day += 7 * DAY  # the same week's is "this Friday"; "Friday after next", "Friday week"
        pod, prep, later = found["dpod"], found["dprep"] or "on", ""
    return f"{later}{prep} {'the ' + pod + ' of ' if pod else ''}{date(day, True)}"
