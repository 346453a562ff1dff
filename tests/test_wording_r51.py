"""Round 51's reading (issue 12, tests/corpus/r51): a promise in the present ("They finish
interviewing on the 9th and said they will phone everyone") and one named by the President;
a time with its condition; "after Thanksgiving, probably by Wednesday" is that Wednesday;
the person a promise names is the one the follow-ups go to; a sum in one's own achievement
is sayable; a panel's notes checked against their own recipient (TY4, TY5, TY9, CI2,
CI11, CO4, G2)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from followup.profile.dating import dated_promise, promised_day
from followup.profile.fields import fit

from .conftest import ROOT

R51 = ROOT / "tests" / "corpus" / "r51"


@pytest.mark.parametrize(("written", "text"), [
    ("They finish interviewing on the 9th and said they will phone everyone, successful or "
     "not, the week after",
     "finish interviewing on the 9th and phone everyone, successful or not, the week after"),
    ("They send offers out by Friday", "send offers out by Friday"),
    ("We aim to let all candidates know their outcome within 3 weeks",  # what they mean to do
     "I would know my outcome within 3 weeks"),
    ("The President expects to reach a decision before the campus closes for the winter break.",
     "reach a decision before the campus closes for the winter break"),
    ("hopefully by Monday, once we've had your references back",
     "by Monday, once they'd had my references back"),
    ("the client will get back to Marisol after Thanksgiving, probably by Wednesday",
     "get back to Marisol after Thanksgiving, probably by Wednesday"),
])
def test_CI11_a_promise_is_read_as_what_they_would_do(written: str, text: str) -> None:
    fitted = fit("promise", written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_CI2_a_weekday_after_a_holiday_is_the_first_after_it() -> None:
    said = datetime.date(2026, 11, 24)
    promise = "the client will get back to Marisol after Thanksgiving, probably by Wednesday"
    assert promised_day(promise, said, "US") == datetime.date(2026, 12, 2)
    assert dated_promise(promise, said, datetime.date(2026, 12, 7), "US").endswith(
        "probably by Wednesday, December 2")
    assert promised_day("they will let me know within the week", datetime.date(2026, 11, 18),
                        "ZA") == datetime.date(2026, 11, 25)


@pytest.mark.parametrize(("written", "text"), [
    ("Secured a $1.2 million state grant to open a basic-needs center in 2023",
     "secured a $1.2 million state grant to open a basic-needs center in 2023"),
    ("Have served on the state community college association's Title IX working group since "
     "2021", "have served on the state community college association's Title IX working group "
             "since 2021"),
    ("4 yrs driving MC (B-doubles, metro & regional) so I know what a bad run sheet does",
     "have 4 years of experience driving MC (B-doubles, metro and regional), so I know what a "
     "bad run sheet does"),
    ("12 yrs in a builders yard, used to heavy lifting",
     "have 12 years of experience in a builders yard and am used to heavy lifting"),
    ("2 yrs front desk at a chiropractic office",
     "have 2 years of front desk experience at a chiropractic office"),
    ("Site Safe passport (done 2025)", "have a Site Safe passport (2025)"),
])
def test_TY4_a_cv_line_of_round_51_reads_after_I(written: str, text: str) -> None:
    fitted = fit("highlight", written)
    assert (fitted.text, fitted.problem, fitted.unsaid_to_them) == (text, None, False)


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("discussed", "bill pay vs prepay", "bill pay versus prepay"),
    ("discussed", "My thesis, especially how I scored mildew severity (0-5 scale) and the stats "
                  "I used", "my thesis, especially how I scored mildew severity (0-5 scale) and "
                         "the stats I used"),
    ("question", "what a normal day looks like in Jan-Feb",
     "what a normal day looks like in January to February"),
])
def test_TY4_TY8_fields_of_round_51_are_fitted(kind: Any, written: str, text: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_TY9_the_one_a_promise_names_is_thanked_for_the_offer_and_declined_to(
        invoke: Any) -> None:
    profile = next(R51.glob("i03-*.yaml"))
    out = invoke("withdraw", profile, "--today", "2026-12-03")
    assert out.exit_code == 0
    assert out.stdout.startswith("To: Trent Mahoney <trent.mahoney@scfreight.example>\n")


def test_TY4_a_panel_note_is_checked_against_its_own_recipient(invoke: Any) -> None:
    """Steve "Stevo" Marsh's note is to "Steve Marsh": Rawiri's `learned` is not asked of it,
    and a brief note is not asked for what it had no room for."""
    profile = next(R51.glob("i07-*.yaml"))
    for tone in ("standard", "brief"):
        out = invoke("thank-you", profile, "--all", "--tone", tone, "--today", "2026-11-28")
        assert out.exit_code == 0
        assert "Does not mention" not in out.stdout + out.stderr


def test_CO4_a_notice_to_someone_not_at_the_interview_does_not_thank_them_for_it(
        invoke: Any) -> None:
    profile = next(R51.glob("i08-*.yaml"))
    out = invoke("competing-offer", profile, "--today", "2026-12-03")
    assert out.exit_code == 0
    assert "I am writing after my interview on November 25." in out.stdout
    assert "Thank you again" not in out.stdout
