"""CI2, TY9: the day a promise's relative time names, counted from the day it was said, is
the day the plan and the drafts wait for when the profile gives no `decision_by`; a draft
quoting the promise later puts the dates in. Promises as people write them."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from followup.profile.dating import after_written_date, dated_promise, month_part, promised_day

FRIDAY = datetime.date(2026, 11, 27)

DAYS = [
    ("end-of-next-week", "said theyd ring me end of next week either way", "2026-12-04"),
    ("weekday-shorthand", "he'd get back to me Mon or Tues", "2026-12-01"),
    ("before-christmas", "They hope to have a decision before Christmas", "2026-12-24"),
    ("by-christmas", "an answer by Christmas", "2026-12-25"),
    ("range-of-weeks", "a decision in 2-3 weeks, after they have seen the others", "2026-12-18"),
    ("week-of", "we will be in touch next week", "2026-12-04"),
    ("working-days", "decide within 5 working days", "2026-12-04"),
    ("after-thanksgiving", "she'd have an answer for me after Thanksgiving", "2026-12-04"),
    ("mid-month", "outcomes will be released in mid-December", "2026-12-20"),
    ("early-next-year", "a decision in early January", "2027-01-10"),
    # round 16: a date written out, as notes write it
    ("a-date-month-first", "need board approval first, board meets Dec 14 so after that",
     "2026-12-14"),
    ("a-date-day-first", "decision by 4th December", "2026-12-04"),
    ("a-date-next-year", "offers out 8 Jan.", "2027-01-08"),
    ("no-such-date", "back to you by Nov 31", None),
    ("no-day", "they will be in touch soon", None),
    ("in-the-new-year", "we hope to confirm in the new year", "2027-01-08"),  # round 23
]


@pytest.mark.parametrize(("promise", "day"), [case[1:] for case in DAYS],
                         ids=[case[0] for case in DAYS])
def test_CI2_TY9_the_day_a_promise_names(promise: str, day: str | None) -> None:
    found = promised_day(promise, FRIDAY - datetime.timedelta(days=7), "US") \
        if "Thanksgiving" in promise else promised_day(promise, FRIDAY, "GB")
    assert found == (datetime.date.fromisoformat(day) if day else None)


def test_CI2_Thanksgiving_is_a_country_s_own() -> None:
    """The week after the fourth Thursday of November in the US; in Canada, after the
    second Monday of October."""
    said = datetime.date(2026, 9, 20)
    assert promised_day("a decision after Thanksgiving", said, "US") == datetime.date(2026, 12, 4)
    assert promised_day("a decision after Thanksgiving", said, "CA") == \
        datetime.date(2026, 10, 20)


def test_TY9_a_holiday_is_named_as_said_and_a_short_weekday_dated() -> None:
    later = FRIDAY + datetime.timedelta(days=5)
    assert dated_promise("a decision before Christmas", FRIDAY, later, "GB") == \
        "a decision before Christmas"
    assert dated_promise("get back to me Mon or Tues", FRIDAY, later, "GB") == \
        "get back to me on Monday 30 November or on Tuesday 1 December"


PROFILE = """\
candidate:
  name: Tayla Brooks
  email: tayla@example.com
company: Ironbark Estate
role: Events Coordinator
country: AU
interviews:
  - date: 2026-11-27
    kind: in-person
    promise: PROMISE
    interviewers:
      - name: Vince Moretti
        email: vince@ironbark.example
status: waiting
"""


HEADER = ("STATUS    FROM        BY          APPLICATION      SEND       TO             RULE  "
          "WHY\n"
          "due       2026-11-27  2026-11-30  Ironbark Estate  thank-you  Vince Moretti  TY2   "
          "Thank them for the interview on 2026-11-27, that day or the next.\n")


@pytest.mark.parametrize(("promise", "plan"), [
    ("Vince said he'd get back to me Mon or Tues", HEADER + (
        "upcoming  2026-12-04  2026-12-08  Ironbark Estate  check-in   Vince Moretti  CI2   "
        "Promised an answer by 2026-12-01: follow up several days after it. Check-in 1 of 2 "
        "(CI8).\n\n1 application: 1 due, 1 upcoming.\n")),
    ("they'll be in touch", HEADER + (
        "upcoming  2026-12-11  2026-12-18  Ironbark Estate  check-in   Vince Moretti  CI3   "
        "No date promised: check in two to three weeks after the interview on 2026-11-27. "
        "Check-in 1 of 2 (CI8).\n\nAdvice:\n  Ironbark Estate (CI1): No decision date is "
        "known: ask when they expect to decide, and record it (followup replied --decision-by "
        "DATE).\n\n1 application: 1 due, 1 upcoming.\n")),
], ids=["CI2-from-the-promise", "CI3-without-a-day"])
def test_CI2_the_plan_waits_for_the_day_the_promise_names(
        invoke: Any, tmp_path: Path, promise: str, plan: str) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(PROFILE.replace("PROMISE", promise), "utf-8")
    result = invoke("plan", path, "--today", "2026-11-28")
    assert result.exit_code == 0, result.output
    assert result.stdout == plan


@pytest.mark.parametrize(("promise", "part"), [
    ("decision before the holiday break — probably mid-December", "mid-December"),
    ("Decision early December, after the GM has taken it to the VP", "early December"),
    ("within two weeks", None),
])
def test_CI11_a_part_of_a_month_is_quoted_as_said_not_as_a_day(promise: str,
                                                                part: str | None) -> None:
    """Round 15: "probably mid-December" was quoted as "by Sunday 20 December", a day
    they never said; the plan still waits for the 20th (CI2)."""
    assert month_part(promise) == part


@pytest.mark.parametrize(("promise", "after"), [
    ("The panel expects to finish interviews by November 27 and will write thereafter.", True),
    ("need board approval first, board meets Dec 14 so after that", True),
    ("decision by 4th December", False),
    ("after Thanksgiving", False),  # no written date: the holiday's own day is the one
])
def test_CI11_a_written_date_before_the_answer_is_quoted_as_after_it(promise: str,
                                                                     after: bool) -> None:
    """Round 17: "I understand I was due to hear by Friday 27 November", the day interviews
    were to finish; the check-in says "after" it."""
    assert after_written_date(promise) is after
