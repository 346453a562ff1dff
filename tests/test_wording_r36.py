"""Round 36's reading (issue 12, tests/corpus/r36): notes kept in brackets pasted into
letters ("the practical (RUQ and carotids on a volunteer)"), an acronym before its meaning,
days typed "Fri/Sat", "rads" (G2, TY4); a role's brackets in a sentence ("the Cabinetmaker /
Bench Hand (qualified) role", G2); hard news called good to hear, and an interviewer's own
story called useful (TY4); a conditional offer's check-ins asking about a "next step" and
whether the role is filled (CI4, CI10); a family-name-first CEO steered to "Dear Kenji" (G2).
Goldens are the command's whole output on a frozen date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.compose.awaited import awaited_checks
from followup.compose.naming import role_in_text, role_title
from followup.profile.fields import fit

from .test_wording_r26 import _corpus_run as _run_in

R36 = Path(__file__).parent / "corpus" / "r36"


def _corpus_run(invoke: Any, stem: str, *args: str) -> str:
    """The whole output of a command on a round-36 profile, with its exit code."""
    return _run_in(invoke, stem, *args, folder=R36)


@pytest.mark.parametrize(("kind", "written", "text"), [
    # G2: a note in brackets, with an acronym in it, is left out; a detail or names stay
    ("discussed", "the practical (RUQ and carotids on a volunteer)", "the practical"),
    ("highlight", "ran the home farm (90 cows, spring calving) the year dad was sick",
     "ran the home farm (90 cows, spring calving) the year my dad was sick"),  # "my dad"
    ("highlight", "Qualified accountant (ACCA)", "am a qualified accountant (ACCA)"),
    ("discussed", "the café's social media (Instagram, TikTok and Reels)",
     "the café's social media (Instagram, TikTok and Reels)"),
    # G2: an acronym given with its meaning says the meaning
    ("highlight", "I have been a volunteer SC (Special Constable) since 2024",
     "have been a volunteer Special Constable since 2024"),
    # G2: days paired by a slash or a dash, written out
    ("discussed", "bike patrols in the town centre on Fri/Sat nights",
     "bike patrols in the town centre on Friday and Saturday nights"),
    ("discussed", "Mon - Thurs shifts", "Monday to Thursday shifts"),
    # TY4: what is owned, not made ("have an own car" before)
    ("highlight", "own tools + ute", "have my own tools and ute"),
    ("highlight", "Own car and full licence", "have my own car and full licence"),
    # TY4: a sentence typed in capitals, its subject with a phrase in it, is a sentence
    ("learned", "ENROLLMENT IN 6TH GRADE BAND WENT FROM 110 TO 64",
     "that enrollment in 6th grade band went from 110 to 64"),
    ("learned", "staff in the north are moving to hybrid",
     "that staff in the north are moving to hybrid"),
])
def test_G2_TY4_round_36_fields_read_for_a_letter(kind: Any, written: str, text: str) -> None:
    assert fit(kind, written).text == text


@pytest.mark.parametrize(("kind", "written", "problem"), [
    # TY4: a note of figures after "learn about" (round 36: "the CEO in Tokyo ...")
    ("learned", "CEO in Tokyo approx 1 wk in every 6", "it is a note of figures"),
    ("learned", "new Dublin office Q2 2027", "it is a note of figures"),
    # G2: a trade's slang, which only the user can put right
    ("learned", "how they handle urgent findings with the rads", "'rads' is spoken English"),
    # TY4: the quote of what does not fit stops at no comma inside brackets
    ("discussed", "how to do the Canadian cuts, is different from our cuts (striploin, tri-tip)",
     "only part of it fits one sentence ('is different from our cuts (striploin, tri-tip)'"),
])
def test_G2_TY4_round_36_fields_left_out_saying_why(kind: Any, written: str,
                                                   problem: str) -> None:
    fitted = fit(kind, written)
    assert fitted.text is None and fitted.problem and fitted.problem.startswith(problem)


@pytest.mark.parametrize(("role", "title", "in_text"), [
    ("Cabinetmaker / Bench Hand (qualified)", "Cabinetmaker / Bench Hand (qualified)",
     "Cabinetmaker / Bench Hand"),
    ("Sonographer (General/O&G) - P/T 0.8 FTE", "Sonographer (General/O&G)", "Sonographer"),
    ("Director of Bands (Gr. 6-8) - Willow Creek Middle School",
     "Director of Bands (Willow Creek Middle School)", "Director of Bands"),
    ("Graduate Scheme (Finance)", "Graduate Scheme (Finance)", "Graduate Scheme (Finance)"),
    ("Store Manager - Dublin, OH", "Store Manager (Dublin, OH)", "Store Manager (Dublin, OH)"),
])
def test_G2_a_sentence_names_the_role_without_the_notes_in_its_brackets(
        role: str, title: str, in_text: str) -> None:
    assert (role_title(role), role_in_text(role)) == (title, in_text)


@pytest.mark.parametrize(("promise", "checks"), [
    ("Conditional offer will be confirmed after the references come back and vetting clears.",
     "the references and the vetting"),
    ("offer subject to Garda vetting", "the vetting"),
    ("Provisional offer, pending medical and background check",
     "the background check and the medical"),
    ("references then a decision by Friday", None),  # no offer yet: the decision is asked
    (None, None),
])
def test_CI4_the_checks_an_offer_waits_on(promise: str | None, checks: str | None) -> None:
    assert awaited_checks(promise) == checks


def test_CI4_CI10_a_conditional_offer_is_asked_about_its_checks(invoke: Any,
                                                                golden: Any) -> None:
    """s07: the offer waits on references and vetting: each check-in asks about them, never
    about "the next step", and the last does not ask whether the role has been filled."""
    outs = [_corpus_run(invoke, "s07", "check-in", "--attempt", str(attempt), "--today",
                        "2026-12-02") for attempt in (1, 2, 3)]
    voicemail = _corpus_run(invoke, "s07", "check-in", "--attempt", "3", "--channel",
                            "voicemail", "--today", "2026-12-02")
    for out in [*outs, voicemail]:
        assert out.startswith("exit 0\n") and "the references and the vetting" in out
        assert "next step" not in out.replace(": next steps\n", "") and "been filled" not in out
    assert "anything else you need from me" not in outs[2]  # said by its last line
    golden("wording/r36-s07.check-in.txt", "\n".join([*outs, voicemail]))


def test_TY4_hard_news_is_understood_and_their_own_story_enjoyed(invoke: Any,
                                                                 golden: Any) -> None:
    """s07: "They are 4 PCSOs short" is not "good to hear"; the sergeant's "he started out as
    a PCSO himself" is said to him, and enjoyed rather than found useful."""
    out = _corpus_run(invoke, "s07", "thank-you", "--all", "--ignore-timing", "--today",
                      "2026-11-19")
    notes = out.split("--- stderr")[0]
    assert "that you are 4 PCSOs short" in notes and "that you started out as a PCSO " \
        "yourself in 2017" in notes
    short = next(line for line in notes.splitlines() if "PCSOs short" in line)
    own = next(line for line in notes.splitlines() if "started out" in line)
    assert not any(word in short for word in ("good to", "helpful to hear", "useful to hear"))
    assert "useful" not in own and "helpful" not in own
    golden("wording/r36-s07.thank-you.txt", out)


def test_G2_a_family_name_first_is_offered_a_title_not_only_a_first_name(invoke: Any) -> None:
    """s08: the CEO "Takahashi Kenji": the warning offers "(title) Takahashi" first."""
    out = _corpus_run(invoke, "s08", "thank-you", "--to", "Takahashi", "--ignore-timing",
                      "--today", "2026-11-03")
    assert "\nDear Takahashi Kenji,\n" in out
    assert 'to greet them as "(title) Takahashi", or salutation: Kenji' in out


def test_G2_a_refusal_names_the_employer_as_a_sentence_does(invoke: Any) -> None:
    """s05: "kaiwaka bay holiday park" typed small is named as drafts name it, with its
    capital at the start of the message; the refusal's exit code is unchanged (2)."""
    out = _corpus_run(invoke, "s05", "thank-you", "--today", "2026-12-02")
    assert out.startswith("exit 2\n")
    assert "PROFILE: Kaiwaka Bay Holiday Park's status is 'withdrawn'" in out
