"""Round 55's reading (issue 12, tests/corpus/r55): a post and a surname greeted together
("Principal Kowalczyk"); "Shazia from HR" and "Kayleigh - Toddler Room Leader" greeted by
name; a promise's "first and then" is one sequence, not two notes; "them" after languages,
and "their" after "two of the ...", are not the reader's (G2, CI11, TY4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.names import read_name

R55 = Path(__file__).parent / "corpus" / "r55"


@pytest.mark.parametrize(("written", "formal", "plain"), [
    ("Principal Kowalczyk", "Principal Kowalczyk", "Principal Kowalczyk"),  # a post, a surname
    ("Coach Carter", "Coach Carter", "Coach Carter"),
    ("Shazia from HR", "Shazia", "Shazia"),  # her team, not her name
    ("Emma Jones from the Hiring Team", "Emma Jones", "Emma"),
    ("Kayleigh - Toddler Room Leader", "Kayleigh", "Kayleigh"),  # her post after a dash
    ("Head Chef Marco", "Head Chef Marco", "Head Chef Marco"),  # two job words: as before
])
def test_G2_names_of_round_55_are_greeted(written: str, formal: str, plain: str) -> None:
    name = read_name(written)
    assert greeting(name, formal=True, country="GB").name == formal
    assert greeting(name, formal=False, country="GB").name == plain


def test_CI11_first_and_then_is_one_promise() -> None:
    fitted = fit("promise", "do the background check & credit check first and then come back "
                            "to Carla")
    assert (fitted.text, fitted.problem) == (
        "do the background check and credit check first and then come back to Carla", None)
    assert fit("promise", "they will do the checks then phone me").problem == \
        "it joins two notes: write what they would do as one sentence"


@pytest.mark.parametrize(("kind", "written"), [
    ("highlight", "I'm bilingual in English and Spanish and can switch between them at the "
                  "counter"),
    ("learned", "that two of the local marae now hold their own generators and water tanks"),
])
def test_TY4_a_they_that_means_others_is_not_said_as_you(kind: str, written: str) -> None:
    fitted = fit(kind, written)  # type: ignore[arg-type]
    assert fitted.text is not None and fitted.to_them is None


def test_G2_a_voicemail_greets_the_post_and_surname(invoke: Any, golden: Any) -> None:
    out = invoke("check-in", next(R55.glob("nb07-*.yaml")), "--channel", "voicemail",
                 "--today", "2026-12-01")
    assert out.exit_code == 0
    assert out.stdout.count("Hello Principal Kowalczyk, this is Priyanka Sandhu") == 1
    golden("r55/nb07-voicemail.txt", out.stdout)


def test_G2_a_month_before_its_year_is_written_out() -> None:
    assert fit("highlight", "I hold a counterbalance forklift licence (renewed Sept 2025)").text \
        == "hold a counterbalance forklift licence (renewed September 2025)"


def test_TY4_a_highlight_pointing_to_another_lines_place_is_left_out() -> None:
    """"there" in a note's one highlight points at nothing: the line before it named the
    place, and the note does not carry that line."""
    for written in ("Never had a sick day in my last 3 years there",  # was fitted in round 52
                    "Not had a sick day in my last 18 months there"):
        assert fit("highlight", written).problem == (
            "'there' points to a place that another line names: name the place here ('... at "
            "the bakery')")
    assert fit("highlight", "Worked at Tesco and was promoted there").problem is None
