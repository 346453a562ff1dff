"""Round 58's reading (issue 12, tests/corpus/r58): "(Inġ.) since 2013" is one sentence; a
promise that is only a time offers "let me know within ..."; ", around the 10th" is an
aside; "the drive out", "my medical check up" are topics; "Konstantinos (Con)" goes by Con
(CI11, TY4, G2)."""

from __future__ import annotations

import pytest

from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.names import read_name


def test_TY4_a_stop_inside_brackets_before_small_letters_ends_no_sentence() -> None:
    assert fit("highlight", "Hold the warranted engineer title (Inġ.) since 2013 and I am "
                            "Chartered with the IMarEST").problem == (
        "'hold ... since' needs 'have held' ('have held ... since'): write it as you would in "
        "the letter")  # not "it has more than one sentence", nor "Hold the ... (Inġ.)"


def test_CI11_a_promise_of_a_time_alone_is_offered_with_within() -> None:
    fitted = fit("promise", "3-5 business days once the screen and background clear")
    assert fitted.example == "let me know within 3-5 business days once the screen and " \
        "background clear"  # not "let me know about 3-5 business days"


def test_CI11_about_a_day_after_a_comma_is_an_aside() -> None:
    assert fit("promise", "we will phone you once the Store Manager is back from leave, around "
                          "the 10th").text == ("phone me once the Store Manager was back from "
                                               "leave, around the 10th")


@pytest.mark.parametrize(("written", "text"), [
    ("shift roster and my medical check up", "shift roster and my medical check up"),
    ("The drive out to Ballyvourney in the rigid tanker",
     "the drive out to Ballyvourney in the rigid tanker"),
])
def test_TY4_a_noun_before_its_particle_is_a_topic(written: str, text: str) -> None:
    fitted = fit("discussed", written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_G2_a_nickname_that_sounds_alike_is_the_name_they_go_by() -> None:
    name = read_name("Konstantinos (Con) Papadakis")
    assert greeting(name, formal=False, country="AU").name == "Con"
    assert greeting(read_name('Seán "Jigger" Byrne'), formal=False, country="IE").name == "Seán"
