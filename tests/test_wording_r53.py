"""Round 53's reading (issue 12, tests/corpus/r53): a vet's letters after her name ("Dr.
Siobhán Kearney MVB MRCVS"); "by the middle of next week" and "Monday after Thanksgiving
weekend" dated; "mostly quilts" and ", or after ..." read as the user meant them; a list
after a gerund; "and happy to drive" with its "am"; "my kids school plays" (TY4, CI2,
CI11, G2)."""

from __future__ import annotations

import datetime

import pytest

from followup.profile.dating import dated_promise, promised_day
from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.names import read_name


def test_G2_a_vets_letters_after_her_name_are_not_her_surname() -> None:
    assert greeting(read_name("Dr. Siobhán Kearney MVB MRCVS"), formal=True,
                    country="IE").name == "Dr Kearney"


@pytest.mark.parametrize(("written", "said_on", "day", "dated"), [
    ("by the middle of next week, once references are in", "2026-11-25", "2026-12-02",
     "by Wednesday 2 December, once references are in"),
    ("by next week", "2026-11-25", "2026-11-30", "by Monday 30 November"),
    ("she'd call me Monday after Thanksgiving weekend", "2026-11-24", "2026-11-30",
     "she'd call me on Monday 30 November"),
])
def test_CI2_CI11_a_part_of_a_week_and_a_holiday_weekend_are_dated(
        written: str, said_on: str, day: str, dated: str) -> None:
    said = datetime.date.fromisoformat(said_on)
    assert promised_day(written, said, "GB") == datetime.date.fromisoformat(day)
    assert dated_promise(written, said, said + datetime.timedelta(days=20), "GB") == dated


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("discussed", "My sewing, mostly quilts and the costumes I make for my kids school plays",
     "my sewing (mostly quilts and the costumes I make for my children's school plays)"),
    ("discussed", "how I'd handle an owner who is upset about a bill, or after putting a pet "
                  "down", "how I'd handle an owner who is upset about a bill, or after putting "
                          "a pet down"),
    ("highlight", "Five years on reception at a busy hair salon, doing the bookings, the till "
                  "and the reminder texts", "have five years of experience on reception at a "
                                            "busy hair salon, doing the bookings, the till and "
                                            "the reminder texts"),
    ("highlight", "Full clean driving licence and happy to drive the minibus if needed",
     "have a full clean driving licence and am happy to drive the minibus if needed"),
])
def test_TY4_fields_of_round_53_are_fitted(kind: str, written: str, text: str) -> None:
    fitted = fit(kind, written)  # type: ignore[arg-type]
    assert (fitted.text, fitted.problem) == (text, None)


def test_TY4_in_particular_after_a_semicolon_is_an_aside() -> None:
    fitted = fit("discussed", "the first 100 days presentation; in particular, the safeguarding "
                              "audit of contractors on site during term time")
    assert (fitted.text, fitted.problem) == (
        "the first 100 days presentation (especially the safeguarding audit of contractors on "
        "site during term time)", None)



def test_TY4_a_highlight_with_a_subject_of_its_own_names_it() -> None:
    """"final project was a booking site ..." is the candidate's own: the warning names what
    it read as the subject, not "something else" (round 52)."""
    assert fit("highlight", "final project was a booking site for my aunt's business").problem \
        == "its subject is 'final project', not you: write it as what you did"
