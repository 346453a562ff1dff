"""Round 44's reading (issue 12, tests/corpus/r44): a post named with "the" said "you" to
its holder; a language list not read as "ROLE, EMPLOYER"; a second-language present and
typing slips as a letter says them; a question run on after a comma shown, not pasted; the
advert's "full time" not part of the role (G2, TY4, TY8)."""

from __future__ import annotations

from typing import Any

import pytest

from followup.compose.fitting import said_to
from followup.compose.naming import role_in_text, role_title
from followup.profile.fields import fit
from followup.profile.names import read_name


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("highlight", "Speak Lithuanian, Russian and English", "speak Lithuanian, Russian and English"),
    ("highlight", "Spanish Tutor, Cervantes Institute",
     "have been a Spanish tutor at the Cervantes Institute"),
    ("highlight", "Volunteer, FLAC clinic", "have been a volunteer at the FLAC clinic"),
    ("highlight", "I am using Sage 50 and Excel every day (pivot tables, VLOOKUP)",
     "use Sage 50 and Excel every day"),
    ("discussed", "writing short notes for a childs EHCP review",
     "writing short notes for a child's EHCP review"),
    ("question", "overtime on sat's in December", "overtime on Saturdays in December"),
])
def test_G2_TY4_round_44_fields_read_as_a_letter_says_them(kind: Any, written: str,
                                                          text: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_TY8_a_question_run_on_after_a_comma_is_shown_not_pasted() -> None:
    fitted = fit("question", "how TAs and the SENCo share updates, is it daily or weekly")
    assert (fitted.text, fitted.problem) == (
        None, "it runs a second question on after a comma ('..., is it daily or weekly'): "
              "write it as one whole question")


def test_G2_a_post_named_with_the_is_you_to_its_holder() -> None:
    assert said_to("how TAs and the SENCo share updates", read_name("SENCo")) == \
        "how TAs and you share updates"
    assert said_to("the SENCo's rota", read_name("SENCo")) == "your rota"
    assert said_to("let Gemma know by Friday", read_name("Gemma Hart")) == \
        "let you know by Friday"


def test_G2_the_adverts_full_time_is_not_the_roles() -> None:
    role = "Office Administrator (accounts / reception) full time"
    assert (role_title(role), role_in_text(role)) == (
        "Office Administrator (accounts / reception)", "Office Administrator")
    assert role_title("Part-time Barista") == "Part-time Barista"
