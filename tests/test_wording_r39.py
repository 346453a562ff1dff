"""Round 39's reading (issue 12, tests/corpus/r39): hard news thanked for as a kindness ("I
appreciated you explaining that you are short staffed", TY4); an acronym's plural with an
apostrophe read as "is" ("AFO's"), a gerund's noun read as a list's aside ("warning lines"),
a subjectless note ("wants a supervisor who ..."), "loads" of a trade called spoken English,
"certificate iii" (G2, TY4); an Irish firm's "DAC" kept in a sentence, "Pak Gede" greeted
"Dear Pak" (G2); a company truck and a booking site's commission (pay, TY8)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.compose.naming import company_in_text
from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.names import read_name

from .test_wording_r26 import _corpus_run as _run_in

R39 = Path(__file__).parent / "corpus" / "r39"


def _corpus_run(invoke: Any, stem: str, *args: str) -> str:
    """The whole output of a command on a round-39 profile, with its exit code."""
    return _run_in(invoke, stem, *args, folder=R39)


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("discussed", "The turnaround times for AFO's", "the turnaround times for AFOs"),
    ("discussed", "FALL PROTECTION PLAN, WARNING LINES, DAILY TOOLBOX TALKS",
     "the fall protection plan, warning lines and daily toolbox talks"),
    ("learned", "they run cross border loads to Detroit",
     "that they run cross border loads to Detroit"),
    ("highlight", "cert iv in training", "have a certificate IV in training"),
    ("learned", "the OTA commission eats into the margin",  # a business, not pay
     "that the OTA commission eats into the margin"),
    ("highlight", "Ran the rota (top of class in climbing)", "ran the rota"),  # a note
    ("highlight", "English, Japanese (JLPT N3), Bahasa Indonesia",
     "speak English, Japanese (JLPT N3) and Bahasa Indonesia"),  # not "have experience with"
    ("highlight", "Two Summers On A Vegetation Management Crew Clearing Right-Of-Ways",
     "spent two summers on a vegetation management crew clearing right-of-ways"),
    ("question", "any chance of going full time?",  # after "hear more about"
     "whether there is any chance of going full time"),
])
def test_G2_TY4_round_39_fields_read_for_a_letter(kind: Any, written: str, text: str) -> None:
    assert fit(kind, written).text == text


@pytest.mark.parametrize(("kind", "written", "problem"), [
    ("learned", "wants a supervisor who can also train the new staff in english",
     "it has no subject"),
    ("learned", "there are loads of shifts", "'loads' is spoken English"),
])
def test_G2_TY4_round_39_fields_left_out_saying_why(kind: Any, written: str,
                                                   problem: str) -> None:
    fitted = fit(kind, written)
    assert fitted.text is None and fitted.problem and fitted.problem.startswith(problem)


def test_TY4_a_company_truck_is_a_perk_a_note_does_not_raise() -> None:
    from followup.profile.forms import UNSAID
    from followup.profile.tact import unsaid_to_employer

    fitted = fit("learned", "you run 4 crews of 5 and the foreman gets a company truck")
    assert fitted.to_them == UNSAID  # told to a recruiter, not to the employer
    assert (unsaid_to_employer(fitted.text or "") or "").startswith(
        "it is about pay or perks ('company truck')")


def test_G2_an_irish_firms_legal_form_and_an_indonesian_title() -> None:
    assert company_in_text("Celtic Strait Ferries DAC") == "Celtic Strait Ferries"
    name = read_name("Pak Gede")
    assert greeting(name, formal=True, country=None).name == "Pak Gede"


def test_TY4_hard_news_is_understood_not_thanked_for(invoke: Any) -> None:
    """n01: "They are short staffed on Fridays." is understood in every tone, never
    "appreciated" nor "good to hear"."""
    for tone in ("standard", "formal", "warm", "brief"):
        out = _corpus_run(invoke, "n01", "thank-you", "--all", "--ignore-timing", "--tone",
                          tone, "--today", "2026-11-20")
        line = next(sentence for line in out.splitlines() for sentence in line.split(". ")
                    if "short staffed" in sentence)
        assert "understand" in line or "picture" in line or "know that" in line, line
        assert "appreciat" not in line and "good to" not in line


def test_TY8_no_rewrite_is_offered_that_is_no_question(invoke: Any) -> None:
    """n12: "team size? how many agents on each shift" is two sentences, and its first, "team
    size?", asks nothing: the warning offers no rewrite."""
    out = _corpus_run(invoke, "n12", "thank-you", "--all", "--ignore-timing", "--today",
                      "2026-11-27")
    assert "question: it has more than one sentence; the draft leaves it out.\n" in out
    assert "team size?" not in out
