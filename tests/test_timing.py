"""The timing numbers (guidance/timing.py) and working days (workdays.py), rule by rule."""

from __future__ import annotations

import datetime
import sys
from collections.abc import Iterator
from typing import Any

import msgspec
import pytest

from followup import workdays
from followup.guidance import timing
from followup.profile import Profile
from followup.workdays import HolidaysUnavailable, WorkingDays


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


WEEKDAYS = WorkingDays()
GB = WorkingDays("GB")


# ---------------------------------------------------------------- G5: working days


@pytest.mark.parametrize(("calendar", "date", "expected"), [
    (WEEKDAYS, "2026-11-20", "2026-11-20"),  # a Friday stays
    (WEEKDAYS, "2026-11-21", "2026-11-23"),  # Saturday -> Monday
    (WEEKDAYS, "2026-11-22", "2026-11-23"),  # Sunday -> Monday
    (WEEKDAYS, "2026-12-25", "2026-12-25"),  # no country: Christmas is a Friday like any
    (GB, "2026-12-25", "2026-12-29"),  # Christmas, the weekend, Boxing Day observed
    (GB, "2026-12-28", "2026-12-29"),
    (GB, "2026-12-24", "2026-12-24"),
], ids=["weekday", "saturday", "sunday", "no-country-christmas", "GB-christmas",
        "GB-boxing-day-observed", "GB-christmas-eve"])
def test_G5_dates_move_to_the_next_working_day(calendar: WorkingDays, date: str,
                                               expected: str) -> None:
    assert calendar.on_or_after(day(date)) == day(expected)


@pytest.mark.parametrize(("calendar", "deadline", "expected"), [
    (WEEKDAYS, "2026-12-04", "2026-12-01"),  # Friday: Thursday, Wednesday, Tuesday
    (WEEKDAYS, "2026-12-07", "2026-12-02"),  # Monday: back over the weekend
    (WEEKDAYS, "2026-12-30", "2026-12-25"),
    (GB, "2026-12-30", "2026-12-23"),  # over Christmas and Boxing Day observed
], ids=["friday", "monday", "no-country-new-year", "GB-new-year"])
def test_G5_CO3_working_days_before_a_deadline(calendar: WorkingDays, deadline: str,
                                              expected: str) -> None:
    assert calendar.before(day(deadline), 3) == day(expected)


@pytest.fixture
def fresh_holidays() -> Iterator[None]:
    """The holidays are kept for the process: start and end without them."""
    workdays._public_holidays.cache_clear()
    yield
    workdays._public_holidays.cache_clear()


def test_G5_holidays_are_cached_in_the_user_folder(fresh_holidays: None, user_home: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert GB.on_or_after(day("2026-12-25")) == day("2026-12-29")
    assert (user_home / "cache" / "holidays" / "GB-2026.marshal").is_file()
    workdays._public_holidays.cache_clear()

    def build(country: str, year: int) -> None:
        raise AssertionError("built again, although cached")

    monkeypatch.setattr(workdays, "_build", build)
    assert GB.on_or_after(day("2026-12-26")) == day("2026-12-29")


def test_G5_holidays_package_missing_is_a_clear_message(fresh_holidays: None,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "holidays", None)  # as if not installed
    with pytest.raises(HolidaysUnavailable) as raised:
        GB.on_or_after(day("2026-12-25"))
    assert str(raised.value) == (
        "country: GB's public holidays (G5) need the holidays package, which is not "
        "installed\n  Install it: pip install holidays, or remove country: to "
        "count weekends only.")
    assert WEEKDAYS.on_or_after(day("2026-12-26")) == day("2026-12-28")  # no country: fine


def test_G5_unknown_country_is_a_clear_message(fresh_holidays: None) -> None:
    with pytest.raises(HolidaysUnavailable) as raised:
        WorkingDays("ZZ").on_or_after(day("2026-12-25"))
    assert str(raised.value) == (
        "country: no public holidays are known for 'ZZ'\n  Use the country's ISO 3166 code, "
        "such as GB or US, or remove country: to count weekends only.")


# ---------------------------------------------------------------- the windows


WINDOWS = [
    ("TY2", timing.thank_you(day("2026-11-16"), WEEKDAYS), "2026-11-16", "2026-11-17"),
    ("TY2-friday", timing.thank_you(day("2026-11-20"), WEEKDAYS), "2026-11-20", "2026-11-23"),
    ("RC1", timing.recruiter_debrief(day("2026-11-16"), WEEKDAYS), "2026-11-16", "2026-11-16"),
    ("CI2", timing.after_promised_date(day("2026-11-23"), WEEKDAYS), "2026-11-26",
     "2026-11-30"),
    ("CI3", timing.without_promised_date(day("2026-11-02"), WEEKDAYS), "2026-11-16",
     "2026-11-23"),
    ("CI6", timing.next_attempt(day("2026-11-26"), WEEKDAYS), "2026-12-03", "2026-12-07"),
    ("FB1", timing.feedback_request(day("2026-11-13"), True, WEEKDAYS), "2026-11-20",
     "2026-11-27"),
    ("FB2", timing.feedback_request(day("2026-11-13"), False, WEEKDAYS), "2026-11-16",
     "2026-11-20"),
    ("CO1", timing.competing_offer(day("2026-11-12"), day("2026-12-04"), day("2026-11-24"),
                                   WEEKDAYS), "2026-11-12", "2026-12-01"),
]


@pytest.mark.parametrize(("rule", "window", "earliest", "latest"), WINDOWS,
                         ids=[case[0] for case in WINDOWS])
def test_windows(rule: str, window: timing.Window | None, earliest: str, latest: str) -> None:
    assert window == timing.Window(day(earliest), day(latest), rule.split("-")[0])


def test_CO3_no_window_after_the_deadline() -> None:
    deadline = day("2026-12-04")
    assert timing.competing_offer(day("2026-11-12"), deadline, deadline, WEEKDAYS) is not None
    assert timing.competing_offer(day("2026-11-12"), deadline, day("2026-12-05"),
                                  WEEKDAYS) is None


def test_CO1_known_after_the_last_good_day_is_already_late() -> None:
    window = timing.competing_offer(day("2026-12-03"), day("2026-12-04"), day("2026-12-03"),
                                    WEEKDAYS)
    assert window == timing.Window(day("2026-12-01"), day("2026-12-01"), "CO1")


@pytest.mark.parametrize(("unanswered", "last", "spent", "expected"), [
    ([], None, False, None),  # nothing sent: no move-on
    (["2026-11-26"], "2026-11-26", False, "2026-12-17"),  # 21 days after the first
    (["2026-11-26"], "2026-11-26", True, "2026-12-03"),  # budget spent: 7 days after
    (["2026-11-26", "2026-12-03"], "2026-12-03", False, "2026-12-10"),  # two unanswered
    (["2026-11-26", "2026-12-16"], "2026-12-16", False, "2026-12-17"),  # 21 days come first
    ([], "2026-11-30", True, "2026-12-07"),  # spent, then a reply: 7 days after the reply
], ids=["nothing-sent", "first-unanswered", "budget-spent", "two-unanswered",
        "three-weeks-first", "spent-then-replied"])
def test_CI9_move_on(unanswered: list[str], last: str | None, spent: bool,
                     expected: str | None) -> None:
    found = timing.move_on([day(text) for text in unanswered], day(last) if last else None,
                           spent, WEEKDAYS)
    assert found == (day(expected) if expected else None)


# ---------------------------------------------------------------- CI8: the budget


def _profile(interviews: list[dict[str, Any]]) -> Profile:
    return msgspec.convert({"candidate": {"name": "Jo Bloggs", "email": "jo@example.com"},
                            "company": "Acme", "role": "Analyst", "interviews": interviews},
                           Profile)


def _person(name: str) -> dict[str, str]:
    return {"name": name}


@pytest.mark.parametrize(("interviews", "budget"), [
    ([{"date": "2026-11-16", "kind": "phone", "interviewers": [_person("A B")]}], 1),
    ([{"date": "2026-11-16", "kind": "video", "interviewers": [_person("A B")]}], 1),
    ([{"date": "2026-11-16", "kind": "in-person", "interviewers": [_person("A B")]}], 2),
    ([{"date": "2026-11-16", "kind": "assessment-centre", "interviewers": [_person("A B")]}],
     2),
    ([{"date": "2026-11-16", "kind": "video",
       "interviewers": [_person("A B"), _person("C D")]}], 3),
    ([{"date": "2026-11-02", "kind": "phone", "interviewers": [_person("A B")]},
      {"date": "2026-11-16", "kind": "phone", "interviewers": [_person("A B")]}], 3),
], ids=["phone", "video", "in-person", "assessment-centre", "several-interviewers",
        "several-rounds"])
def test_CI8_check_in_budget(interviews: list[dict[str, Any]], budget: int) -> None:
    assert timing.check_in_budget(_profile(interviews)) == budget


# ---------------------------------------------------------------- the numbers in words


@pytest.mark.parametrize(("low", "high", "words"), [
    (timing.CI6_DUE_FROM, timing.CI6_LATE_AFTER, "a week to ten days"),
    (timing.CI3_DUE_FROM, timing.CI3_LATE_AFTER, "two to three weeks"),
    (timing.CI2_DUE_FROM, timing.CI2_LATE_AFTER, "three days to a week"),
    (timing.FB2_DUE_FROM, timing.FB2_LATE_AFTER, "a day to a week"),
    (7, 14, "one to two weeks"),
    (2, 3, "two to three days"),
    (21, 30, "three weeks to 30 days"),
], ids=["CI6", "CI3", "CI2", "FB2", "weeks", "days", "past-twenty"])
def test_spans_in_words_for_reasons(low: int, high: int, words: str) -> None:
    assert timing.span_in_words(low, high) == words


def test_CI9_three_weeks_in_words() -> None:
    assert timing.days_in_words(timing.CI9_MOVE_ON_AFTER_FIRST_UNANSWERED) == "three weeks"
    assert [timing.days_in_words(days) for days in (1, 7, 10, 28)] == \
        ["a day", "a week", "ten days", "four weeks"]


@pytest.mark.parametrize(("today", "sure"), [("2026-11-20", True), ("2026-11-21", True),
                                             ("2026-11-22", False)],
                         ids=["TY2-interview-day", "TY2-day-after", "TY2-two-days-after"])
def test_TY2_G5_surely_on_time_without_a_calendar(today: str, sure: bool) -> None:
    """A Friday interview: on time on Saturday without looking up working days; on Sunday
    only the calendar can tell (the window runs to Monday, G5)."""
    interview = datetime.date(2026, 11, 20)
    assert timing.surely_on_time(interview, datetime.date.fromisoformat(today)) is sure
    window = timing.thank_you(interview, workdays.WorkingDays(None))
    assert window.latest == datetime.date(2026, 11, 23)  # sure implies within it
