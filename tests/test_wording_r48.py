"""Round 48's reading (issue 12, tests/corpus/r48): "for about 6 years" says what was done;
"my honours work on ..." and "the weight limits for ..." are topics; "Live 10 minutes from
the airport"; a promise's ", usually 2-3 weeks", ", probably by next Tuesday" and a
condition first with no comma; "Managing Partner" is a post (G2, TY4, TY9)."""

from __future__ import annotations

from typing import Any

import pytest

from followup.profile.fields import fit


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("highlight", "Raised 3 kids and volunteered in their classrooms every week for about 6 years",
     "raised 3 children and volunteered in their classrooms every week for about 6 years"),
    ("discussed", "my honours work on the pegmatites & how it fits the new tenements near Marble "
                  "Bar",
     "my honours work on the pegmatites and how it fits the new tenements near Marble Bar"),
    ("discussed", "the weight limits for lifting bags and when to call for a second person",
     "the weight limits for lifting bags and when to call for a second person"),
    ("highlight", "Live 10 minutes from the airport so early starts like 4am are not a problem",
     "live 10 minutes from the airport so early starts like 4am are not a problem"),
    ("promise", "we'll be in touch once your Police vet and drug test have come back, usually "
                "2-3 weeks",
     "be in touch once my police vet and drug test had come back, usually 2-3 weeks"),
    ("promise", "once the background check and drug screen come back we'll let you know, "
                "probably by next Tuesday",
     "let me know probably by next Tuesday once the background check and drug screen come back"),
])
def test_TY4_round_48_fields_read_as_a_letter_says_them(kind: Any, written: str,
                                                        text: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_TY4_a_span_with_nothing_done_is_still_shown() -> None:
    assert fit("highlight", "barista about 3 years").problem == (
        "it says how long, but not what you did: write it as a sentence")


def test_G2_a_managing_partner_is_a_post() -> None:
    from followup.profile.greetings import greeting
    from followup.profile.names import read_name

    name = read_name("Managing Partner")
    assert name.role and greeting(name, formal=False, country="IN").name == "Managing Partner"
