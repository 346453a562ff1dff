"""Round 59's reading (issue 12, tests/corpus/r59): a post inside a role typed as a name
("Line Supervisor B Shift"); a time said twice ("before Thanksgiving, by Wednesday") (G2,
CI11)."""

from __future__ import annotations

import pytest

from followup.profile.greetings import greeting
from followup.profile.names import read_name


@pytest.mark.parametrize(("written", "formal", "plain"), [
    ("Line Supervisor B Shift", "Line Supervisor B Shift", "Line Supervisor B Shift"),  # a post
    ("Sgt Dave Smith", "Sergeant Smith", "Dave"),  # a rank is still a title
])
def test_G2_names_of_round_59_are_greeted(written: str, formal: str, plain: str) -> None:
    name = read_name(written)
    assert greeting(name, formal=True, country="AU").name == formal
    assert greeting(name, formal=False, country="AU").name == plain


def test_CI11_a_time_said_twice_keeps_the_day() -> None:
    from followup.profile.fields import fit

    fitted = fit("promise", "before Thanksgiving, by Wednesday")
    assert (fitted.text, fitted.problem) == ("by Wednesday", None)  # not "only part of it fits"
