"""Round 56's reading (issue 12, tests/corpus/r56): a salutation that is a greeting of its
own ("Respected Madam") after "Dear" (G2)."""

from __future__ import annotations

from followup.profile.greetings import greeting
from followup.profile.names import read_name


def test_G2_a_salutation_that_is_a_greeting_itself_follows_dear() -> None:
    assert greeting(read_name("Dr. Meenal Deshpande"), formal=True, country="IN",
                    salutation="Respected Madam").name == "Madam"  # "Dear Madam"


def test_CI11_a_promise_of_first_this_then_that_is_one_promise() -> None:
    """"first ..., then they will call me": what they would do, once the steps are done; not
    "it says what happened" (round 56)."""
    from followup.profile.fields import fit

    assert fit("promise", "first do the criminal check and phone my references, then they will "
                          "call me").text == ("call me once they do the criminal check and phone "
                                              "my references")
    assert fit("promise", "First the panel meets, then we will let you know").text == \
        "let me know once the panel meets"


def test_G2_training_for_a_crisis_is_no_misfortune() -> None:
    from followup.profile.fields import fit

    assert fit("learned", "Every officer does CPI crisis training in the first month").text == \
        "that every officer does CPI crisis training in the first month"
    assert (fit("learned", "the clinic went through a funding crisis last year").problem or "") \
        .startswith("it is about a misfortune ('crisis')")


def test_TY8_a_rank_reached_takes_no_article() -> None:
    from followup.profile.fields import fit

    assert fit("question", "if there is a path to the day shift or to supervisor after the first "
                           "year").problem is None


def test_G2_a_one_word_post_before_a_comma_keeps_what_it_is_of() -> None:
    from followup.profile.names import read_name

    assert greeting(read_name("Director, Human Resources"), formal=True, country="CA").name == \
        "Director of Human Resources"  # not "Dear Director", a piece of a job title
    assert greeting(read_name("Product Manager, Billing"), formal=True, country="CA").name == \
        "Product Manager"


def test_TY4_a_time_in_another_clause_leaves_am_as_it_is() -> None:
    """"for 2 years" belongs to "as I did the appointments", not to "am used to": never "have
    been used to booking systems" (round 56)."""
    from followup.profile.fields import fit

    assert fit("highlight", "am used to booking systems as I did the appointments for the "
                            "opticians side for 2 years").text is None
    assert fit("highlight", "am a volunteer at the food bank for 4 years").text == \
        "have been a volunteer at the food bank for 4 years"
