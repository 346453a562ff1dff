"""Round 41's reading (issue 12, tests/corpus/r41): a product's number is no figure ("Microsoft
365"), an acronym at the end of a highlight no verb ("CAST"), "to clean up" no sentence; a
highlight's missing articles ("have full clean driving licence + own car"), "for first 30
days", shorthand before a question mark ("blaster cert?") (G2, TY4, TY8); a "his" after the
person it is theirs ("a consultant who's happy with his supplier", TY4); hard news "about"
something is understood "more about" it; panel notes that do not echo one another and a brief
call only if no word has come (TY5, TY9)."""

from __future__ import annotations

from typing import Any

import pytest

from followup.compose.panel import echoed
from followup.profile.addressed import one_to_you
from followup.profile.fields import fit


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("learned", "about the SSO with Microsoft 365 and the problems with the guest accounts",
     "about the SSO with Microsoft 365 and the problems with the guest accounts"),
    ("highlight", "I am certificated for UDL from CAST", "am certificated for UDL from CAST"),
    ("discussed", "the sample data set they gave me to clean up before the panel",
     "the sample data set they gave me to clean up before the panel"),
    ("highlight", "have full clean driving licence + own car",
     "have a full clean driving licence and my own car"),
    ("highlight", "hold valid UK licence", "hold a valid UK licence"),
    ("highlight", "have full responsibility for stock", "have full responsibility for stock"),
    ("learned", "rookies get paired w/ a senior patroller for first 30 days",
     "that rookies get paired with a senior patroller for the first 30 days"),
    ("question", "avy control - when do rookies start w/ explosives / blaster cert?",
     "When do rookies start with explosives and blaster certificate?"),
    ("highlight", "hold a forklift cert.", "hold a forklift certificate"),
])
def test_G2_TY4_round_41_fields_read_as_written(kind: Any, written: str, text: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_G2_round_41_figures_are_still_notes() -> None:
    """A figure that is not a product's number still asks for a sentence."""
    for written in ("about the CEO in Tokyo around 1 week in every 6",
                    "about the hosp moving fully to FIGO in Q1 2027"):
        assert fit("learned", written).problem == ("it is a note of figures, not a sentence: "
                                                    "write it as one, starting with 'that'")


@pytest.mark.parametrize("text", [
    "the role play (selling the new locking plate system to a consultant who's happy with his "
    "current supplier)",
    "a patient who told me his story",
])
def test_TY4_a_his_after_the_one_it_is_theirs_is_not_the_readers(text: str) -> None:
    assert one_to_you(text) == text
    assert fit("discussed", text).to_them is None  # said as it is


def test_TY4_their_after_a_plural_of_capitals_is_theirs() -> None:
    fitted = fit("question", "how quickly do new CO's get their own caseload?")
    assert fitted.text == "How quickly do new CO's get their own caseload?"
    assert fitted.to_them is None


def test_TY5_echo_words_match_past_their_endings() -> None:
    assert echoed("I much enjoyed meeting you.") & echoed("It was a pleasure to meet you.") == \
        {"meet"}
    assert "meet" in echoed("since we met")
    assert echoed("your kindness") == echoed("how kind of you") == {"kind"}
