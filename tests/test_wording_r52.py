"""Round 52's reading (issue 12, tests/corpus/r52): a promise "whatever the outcome", by "Wed
9th", of two people ("... and she will ring me"), to "the successful candidate"; "Wednesday
or Thursday next week" both next week; CV lines of a span's field, a list's end, a reason
after a comma, "not had", "RSA + RCG both current"; "Kim Nguyen" given name first; "an
upset walk-in client who"; a note to someone of whom the profile says nothing claims no
conversation (TY4, TY5, CI2, CI11, G2)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from followup.profile.dating import promised_day
from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.names import read_name

from .conftest import ROOT

R52 = ROOT / "tests" / "corpus" / "r52"


@pytest.mark.parametrize(("written", "text"), [
    ("Mr Ellison will telephone every candidate by Friday 20 November, whatever the outcome",
     "telephone every candidate by Friday 20 November, whatever the outcome"),
    ("we should be able to come back to everyone by Wed 9th",
     "come back to me by Wednesday 9th"),
    ("The client will let Gemma know by the end of next week and she will ring me either way",
     "let Gemma know by the end of next week"),
    ("They will contact the successful candidate after the reference and criminal record checks "
     "are done", "I would be contacted after the reference and criminal record checks were done "
                 "if successful"),
])
def test_CI11_a_promise_of_round_52_is_said_back(written: str, text: str) -> None:
    fitted = fit("promise", written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_CI2_two_weekdays_of_next_week_are_both_next_week() -> None:
    assert promised_day("by Wednesday or Thursday next week", datetime.date(2026, 11, 30),
                        "NZ") == datetime.date(2026, 12, 10)


@pytest.mark.parametrize(("written", "text"), [
    ("18 months bar & floor at the Pineapple beer garden",
     "have 18 months of bar and floor experience at the Pineapple beer garden"),
    ("Comfortable with Microsoft 365, shared Outlook calendars and Excel",
     "am comfortable with Microsoft 365, shared Outlook calendars and Excel"),
    ("I know intake from the other side of the desk, my family used a settlement agency",
     "know intake from the other side of the desk: my family used a settlement agency"),
    ("Led the move to a hospice-at-home service, now reaching roughly 340 patients a year",
     "led the move to a hospice-at-home service, now reaching roughly 340 patients a year"),
    ("Led a team of 5, trained new staff and ran the rota",
     "led a team of 5 and trained new staff and ran the rota"),
    ("RSA + RCG both current (QLD)", "hold current RSA and RCG (QLD)"),
    ("Manual Handling, Safeguarding (HSE) and MAPA training, all in date",
     "have completed Manual Handling, Safeguarding (HSE) and MAPA training"),
])
def test_TY4_a_cv_line_of_round_52_reads_after_I(written: str, text: str) -> None:
    fitted = fit("highlight", written)
    assert (fitted.text, fitted.problem) == (text, None)


@pytest.mark.parametrize(("written", "text"), [
    ("Keeping client files and appointment records up to date",
     "keeping client files and appointment records up to date"),
    ("How I would handle an upset walk-in client who doesn't speak English",
     "how I would handle an upset walk-in client who doesn't speak English"),
])
def test_TY4_a_topic_of_round_52_is_read_whole(written: str, text: str) -> None:
    fitted = fit("discussed", written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_TY8_its_for_it_is_is_named() -> None:
    assert fit("question", "whether the pay is the same if its lower while I'm learning"
               ).problem == ("'its lower' should read 'it's lower': write it as you would in "
                             "the letter")


@pytest.mark.parametrize(("written", "called"), [
    ("Kim Nguyen", "Kim"), ("Nguyen Thi Lan", "Lan")])
def test_G2_a_vietnamese_family_name_last_is_the_surname(written: str, called: str) -> None:
    found = greeting(read_name(written), formal=False, country="US")
    assert (found.name, found.note) == (called, None)


def test_TY4_a_note_to_someone_the_profile_says_nothing_of_claims_no_conversation(
        invoke: Any) -> None:
    profile = next(R52.glob("l10-*.yaml"))
    out = invoke("thank-you", profile, "--to", "Sipho", "--today", "2026-11-27")
    assert out.exit_code == 0
    assert "conversation" not in out.stdout and "insight" not in out.stdout


def test_TY4_a_post_held_needs_its_article() -> None:
    assert fit("highlight", "I was volunteer teacher on Saturdays for 3 years").problem == (
        "'was volunteer teacher' needs 'a' ('was a volunteer teacher'): write it as you would "
        "in the letter")
