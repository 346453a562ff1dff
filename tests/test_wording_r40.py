"""Round 40's reading (issue 12, tests/corpus/r40): a two-choice question after a dash called
half a field, a prefix in capitals kept ("PRE-exposure"), a word after "I" kept in title
case ("Can I Retest"), a client's "his" said as "your" (G2, TY4, TY8); initials with a
hyphen called doubled punctuation ("J.-P.,", G2); "assessment centre" in North America,
"DS" greeted as a first name (G2)."""

from __future__ import annotations

from typing import Any

import pytest

from followup.check.seams import _abbreviation
from followup.compose.conventions import localize_word
from followup.profile.addressed import one_to_you
from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.names import read_name


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("question", "DO YOU PROVIDE THE RABIES PRE-EXPOSURE SHOTS?",
     "Do you provide the rabies pre-exposure shots?"),
    ("question", "Can I Retest In February If I Miss The Time?",
     "Can I retest in February if I miss the time?"),
    # TY4: a gerund before the kind of case it names is no "how to" ("how to hoard cases")
    ("discussed", "HOARDING CASES AND WORKING WITH CODE ENFORCEMENT",
     "hoarding cases and working with code enforcement"),
    ("discussed", "Managing seasonal staff", "how to manage seasonal staff"),
])
def test_G2_round_40_capitals_read_for_a_letter(kind: Any, written: str, text: str) -> None:
    assert fit(kind, written).text == text


def test_TY8_TY4_round_40_warnings_say_what_is_wrong() -> None:
    choice = fit("question", "start date - Feb or after the wet")
    assert choice.problem == "its dash joins a topic to a question: write it as one whole " \
                             "question"


def test_TY4_a_clients_his_is_not_the_readers() -> None:
    text = "a kaumātua who keeps missing his dialysis appointments"
    assert one_to_you(text) == text  # said as it is, to anyone (round 41)


def test_G2_initials_an_event_and_a_detectives_rank() -> None:
    assert _abbreviation("J.-P")  # "J.-P.," is no doubled punctuation
    assert localize_word("assessment centre", "CA") == "assessment day"
    assert localize_word("assessment centre", "GB") == "assessment centre"
    name = read_name("DS Karen Holt")
    assert greeting(name, formal=True, country="GB").name == "DS Holt"
