"""Round 46's reading (issue 12, tests/corpus/r46): a second verb agrees with "you" before
its object; the asker's "you" in a question to them is "me"; a note after a comma is shown;
"typing speed 52 wpm", "certified through the Red Cross" and "the Superintendent
Registrar" read as a letter says them; a promise's "won't hear until after", "(Bobbie
said)" and "at latest" (G2, TY4, TY8, TY9)."""

from __future__ import annotations

from typing import Any

import pytest

from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.names import read_name


@pytest.mark.parametrize(("kind", "written", "said"), [
    ("learned", "he started as a rep 6 yrs ago and now trains the new people",
     "that you started as a rep 6 years ago and now train the new people"),
    # TY8: "they" is the reader, so the asker's own "you" is "me"
    ("question", "do they train u on the reach truck or do i need the ticket first",
     "Do you train me on the reach truck or do I need the ticket first?"),
])
def test_TY4_TY8_said_to_them(kind: Any, written: str, said: str) -> None:
    assert fit(kind, written).to_them == said


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("highlight", "typing speed 52 wpm (tested on Indeed Assessments)",
     "have a typing speed of 52 words a minute (tested on Indeed Assessments)"),
    ("highlight", "CPR and First Aid certified through the Red Cross (exp 2028).",
     "am CPR and First Aid certified through the Red Cross"),
    ("question", "OT over xmas peak?", "the OT over Christmas peak"),
    ("discussed", "The MiX Telematics screens and the alarms for harsh braking",
     "the MiX Telematics screens and the alarms for harsh braking"),  # a name, no shorthand
    # TY9: nothing before a day is an answer after it, said back in the past
    ("promise", "you won't hear anything official until after the board approves new hires "
                "at the December 14th meeting",
     "I would hear after the board approved new hires at the December 14th meeting"),
    ("promise", "we will decide by Dec 10, maybe sooner (Bobbie said)",
     "decide by December 10, maybe sooner"),
])
def test_TY4_TY8_TY9_round_46_fields_read_as_a_letter_says_them(kind: Any, written: str,
                                                                text: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (text, None)


@pytest.mark.parametrize(("kind", "written", "problem"), [
    ("learned", "they use voice picking (headsets) not RF guns, switched over in 2025",
     "a note trails after a comma ('..., switched ...'): write it as a sentence"),
    ("question", "What the aide does during recess and lunch duty?",
     "it ends in '?', but its words are not in a question's order: write it as a question "
     "('How are ...?', 'When could I ...?')"),
    ("promise", "we will make decision by Dec 10 at latest",
     "'make decision' needs 'make a decision': write it as you would in the letter"),
    ("promise", "we will decide by Friday at latest",
     "'at latest' needs 'at the latest': write it as you would in the letter"),
])
def test_TY4_TY8_TY9_notes_a_letter_cannot_carry_are_shown(kind: Any, written: str,
                                                           problem: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (None, problem)


def test_G2_a_registrar_is_a_post() -> None:
    name = read_name("Superintendent Registrar")
    assert name.role and greeting(name, formal=True, country="GB").name == \
        "Superintendent Registrar"
