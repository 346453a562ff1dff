"""Round 49's reading (issue 12, tests/corpus/r49): "after the holidays" is an answer in the
new year, not by Christmas Eve; a recruiter's own "I'll hear back ... and let you know" is
theirs; "so used to" needs its "I"; a salutation written with its greeting word ("Hi Vik")
follows "Dear" without it (G2, TY4, TY9, CI2)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from followup.profile.dating import promised_day
from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.names import read_name


@pytest.mark.parametrize(("written", "day"), [
    ("maybe after the holidays", "2027-01-08"),  # its first full week gone, as "new year"
    ("before the holidays", "2026-12-24"),
    ("in the new year", "2027-01-08"),
])
def test_CI2_TY9_the_holidays_are_dated_by_their_preposition(written: str, day: str) -> None:
    assert promised_day(written, datetime.date(2026, 11, 20), "GB") == \
        datetime.date.fromisoformat(day)


@pytest.mark.parametrize(("written", "text"), [
    ("I'll hear back from Sal by end of next week and let you know",
     "hear back from Sal by end of next week and let me know"),
    ("they'll call after my fingerprinting comes back, usually about a week",
     "call after my fingerprinting came back, usually about a week"),
])
def test_TY9_a_promise_said_back_by_whose_it_is(written: str, text: str) -> None:
    fitted = fit("promise", written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_TY4_so_used_to_needs_its_subject() -> None:
    assert fit("highlight", "5 yrs on the tills at Home Bargains so used to queues").problem == (
        "'so used to' needs its subject ('so I am used to'): write it as you would in the "
        "letter")


@pytest.mark.parametrize("written", ["Hi Vik", "Dear Vik,", "hello Vik"])
def test_G2_a_salutation_with_its_greeting_word_is_greeted_once(written: str) -> None:
    assert greeting(read_name("Vikram Shah"), formal=False, country="CA",
                    salutation=written).name == "Vik"


def test_TY4_every_line_once_hired_says_you_are_glad_to_join(tmp_path: Path) -> None:
    """Each `joining` phrasing passes TY4's interest cue ("It is a great pleasure to be
    joining ..." was read as no interest in the role)."""
    import yaml

    from followup import check, profile
    from tests.conftest import ROOT

    from .test_wording_r47 import HIRED

    path = tmp_path / "profile.yaml"
    path.write_text(HIRED, encoding="utf-8")
    loaded = profile.load(path)
    phrases = yaml.safe_load((ROOT / "templates" / "phrases.yaml").read_text("utf-8"))
    for tone, lines in phrases["thank-you"]["joining"].items():
        for line in lines:
            said = line.replace("{{ company }}", loaded.company)
            body = (f"Dear Dr Prescott,\n\nThank you for your time yesterday. {said}\n\n"
                    "Best wishes,\nChloe Ashworth\n")
            document = check.Document(
                name=tone, body=body, subject="Thank you: Graduate Field Archaeologist interview",
                situation="thank-you", situation_from="given", channel="email",
                to=(("Dr. Hannah Prescott", "h.prescott@fenlandarch.example"),))
            found = [finding for finding in check.check_all([document], loaded)[0]
                     if "interested" in finding.message]
            assert found == [], (tone, said)
