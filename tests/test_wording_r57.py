"""Round 57's reading (issue 12, tests/corpus/r57): "a member's card ... they got annoyed"
keeps its "they"; "Clean driving record, no tickets in over ten years" read whole; "within
18 months" is what was done in that time; "Aunty Fatima" is greeted by name (TY4, G2)."""

from __future__ import annotations

import pytest

from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.names import read_name


def test_TY4_a_they_after_a_persons_possessive_is_that_person() -> None:
    fitted = fit("discussed", "what I would do if a member's card was refused at the turnstile "
                              "and they got annoyed")
    assert fitted.text is not None and fitted.to_them is None  # never "and you got annoyed"


@pytest.mark.parametrize(("written", "text"), [
    ("Clean driving record, no tickets in over ten years",
     "have a clean driving record, no tickets in over ten years"),  # not "am clean driving ..."
    ("Reduced rent arrears at Lekki Gardens Phase 3 from 27% to 9% within 18 months",
     "reduced rent arrears at Lekki Gardens Phase 3 from 27% to 9% within 18 months"),
])
def test_TY4_highlights_of_round_57_are_fitted(written: str, text: str) -> None:
    fitted = fit("highlight", written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_G2_aunty_is_a_title_before_a_first_name() -> None:
    name = read_name("Aunty Fatima")
    assert greeting(name, formal=True, country="ZA").name == "Aunty Fatima"
    assert greeting(name, formal=False, country="ZA").name == "Fatima"  # never "Dear Aunty,"


@pytest.mark.parametrize(("written", "formal", "plain"), [
    ("Charge Nurse Tom Riley", "Charge Nurse Riley", "Tom"),  # never "Dear Charge,"
    ("Head Teacher Mrs Jones", "Mrs Jones", "Mrs Jones"),  # her own title before her name
    ("Charge Nurse", "Charge Nurse", "Charge Nurse"),  # the rank alone: a post, greeted whole
])
def test_G2_a_rank_of_two_words_is_a_title(written: str, formal: str, plain: str) -> None:
    name = read_name(written)
    assert greeting(name, formal=True, country="GB").name == formal
    assert greeting(name, formal=False, country="GB").name == plain
