"""Round 47's reading (issue 12, tests/corpus/r47): a thank-you once hired is glad to be
joining and asks for nothing; with another offer due first, no call "in the next few days";
"Tuesday after Thanksgiving" and the interviewer's own "I'll call you"; "whether ... or
whether I need"; "by the lecturer himself" is nobody's "yourself"; "is a family business
since 1987" shown (TY4, TY8, TY9, CO3)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from followup.profile.dating import promised_day
from followup.profile.fields import fit

HIRED = """\
candidate:
  name: Chloe Ashworth
  email: chloe@example.com
  highlights:
    - Led a community dig for two summers
company: Fenland Archaeology Services
role: Graduate Field Archaeologist
country: GB
interviews:
  - date: 2026-11-12
    kind: in-person
    interviewers:
      - name: Dr. Hannah Prescott
        email: h.prescott@fenlandarch.example
        main_contact: true
        learned: most of their work is developer funded
        question: Will I get to dig in the spring?
status: hired
"""


def test_TY4_a_thank_you_once_hired_is_glad_to_be_joining(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(HIRED, encoding="utf-8")
    result = invoke("thank-you", str(path), "--tone", "standard", "--today", "2026-11-13")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "To: Dr. Hannah Prescott <h.prescott@fenlandarch.example>\n"
        "Subject: Thank you: Graduate Field Archaeologist interview\n\n"
        "Dear Dr Prescott,\n\n"
        "Thank you for meeting me yesterday to talk about the Graduate Field Archaeologist "
        "position at Fenland Archaeology Services. I am very glad to be joining the team, and "
        "I look forward to getting started.\n\n"
        "It was helpful to hear that most of your work is developer funded.\n\n"
        "Thank you once more for our conversation.\n\n"
        "Best wishes,\nChloe Ashworth\nchloe@example.com\n")
    assert result.stderr == ""  # no highlight nor question is asked of a new colleague


@pytest.mark.parametrize(("written", "text"), [
    # TY9: the interviewer's "I" to "you" is theirs to do
    ("We'll make a decision by Tuesday after Thanksgiving and I'll call you either way.",
     "make a decision by Tuesday after Thanksgiving and they'd call me either way"),
])
def test_TY9_a_promise_in_the_interviewers_own_words(written: str, text: str) -> None:
    fitted = fit("promise", written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_TY9_the_tuesday_after_thanksgiving_is_the_first_after_it() -> None:
    said_on = datetime.date(2026, 11, 20)
    assert promised_day("a decision by Tuesday after Thanksgiving", said_on, "US") == \
        datetime.date(2026, 12, 1)


@pytest.mark.parametrize(("kind", "written", "text", "to_them"), [
    ("question", "if the uniform is provided or do I need my own black trousers",
     "whether the uniform is provided or whether I need my own black trousers", None),
    ("question", "is it by the School or by the lecturer himself",
     "Is it by the school or by the lecturer himself?", None),  # not "yourself"
])
def test_TY8_questions_said_as_a_letter_asks_them(kind: Any, written: str, text: str,
                                                 to_them: str | None) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem, fitted.to_them) == (text, None, to_them)


def test_TY4_is_since_a_year_is_shown() -> None:
    fitted = fit("learned", "that the shop is a family business since 1987")
    assert (fitted.text, fitted.problem) == (
        None, "'is a family business since 1987' needs 'has been' ('has been a family "
              "business since 1987'): write it as you would in the letter")


def test_TY4_most_of_their_work_is_a_subject() -> None:
    fitted = fit("learned", "most of their work is developer funded")
    assert (fitted.text, fitted.to_them) == ("that most of their work is developer funded",
                                             "that most of your work is developer funded")


@pytest.mark.parametrize(("kind", "written", "text"), [
    # TY9: what they are doing first is no part of the promise
    ("promise", "We're checking references this week and next, and we should be making a "
                "decision the week of December 7th.",
     "be making a decision the week of December 7th"),
    ("learned", "toddler story time gets 40+ kids",
     "that the toddler story time gets 40+ children"),
])
def test_TY4_TY9_round_47_fields_read_as_a_letter_says_them(kind: Any, written: str,
                                                            text: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_TY4_a_colleagues_leave_is_no_good_news() -> None:
    from followup.compose.fitting import WORRY  # "good to hear ... maternity leave" read badly

    assert WORRY.search("that one of them is going on maternity leave in March")


def test_G2_a_generic_title_keeps_its_team() -> None:
    from followup.compose.naming import position, role_in_text

    assert role_in_text("Executive - Stores & Dispatch") == "Executive (Stores & Dispatch)"
    assert position("Executive - Stores & Dispatch") == \
        "the position of Executive (Stores & Dispatch)"
    assert role_in_text("Cook (Mountain Lodge Kitchen)") == "Cook"


def test_TY4_a_card_once_hired_is_glad_to_be_joining_too(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(HIRED, encoding="utf-8")
    result = invoke("thank-you", str(path), "--channel", "card", "--today", "2026-11-13")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith(
        "It was helpful to hear that most of your work is developer funded. I am very glad to "
        "be joining the team, and I look forward to getting started.\n\nBest wishes,\n"
        "Chloe Ashworth\n")
