"""Round 37's reading (issue 12, tests/corpus/r37): words joined by slashes ("the shark
ray/wobbegongs", "(feeding/husbandry/logbooks)"), an article put before a gerund that has
its object ("the target feeding the sharks"), title case kept after a name or a month ("Let
Liam Know", "In September While"), hours typed as a note ("7-3.30"), "12h shifts" (G2,
TY4); pay asked about in a thank-you ("commission", TY8); a role-play's flooded basement
called a misfortune, and a rewrite offered with "he" in it (TY4, TY8); the offer thanked as
news from elsewhere when the manager who made it was marked main contact only in the first
round (TY9); and round 38's field readings: nouns lemminflect lacks read as names
("Timeline"), second-language slips, a patient's "her" said as "you", a degree's name split
at its "and" (G2, TY4). Goldens are the command's whole output on a frozen date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.profile.fields import fit

from .test_wording_r26 import _corpus_run as _run_in

R37 = Path(__file__).parent / "corpus" / "r37"


def _corpus_run(invoke: Any, stem: str, *args: str) -> str:
    """The whole output of a command on a round-37 profile, with its exit code."""
    return _run_in(invoke, stem, *args, folder=R37)


@pytest.mark.parametrize(("kind", "written", "text"), [
    # G2: words joined by a slash, joined as a letter does
    ("discussed", "target feeding the shark ray/wobbegongs from the platform",
     "target feeding the shark ray and wobbegongs from the platform"),  # and no "the"
    ("highlight", "volunteered 18 months at the Reef HQ turtle hospital "
     "(feeding/husbandry/logbooks)", "volunteered 18 months at the Reef HQ turtle hospital "
     "(feeding, husbandry and logbooks)"),
    ("highlight", "Bilingual (French/English)", "am bilingual (French/English)"),  # names
    ("discussed", "the hospital moving to a new site", "the hospital moving to a new site"),
    # G2: title case lowered after a name or a month, when the word is no noun
    ("promise", "Let Liam Know By Friday", "let Liam know by Friday"),
    ("highlight", "Passed CeMAP Module 1 In September While Working Full Time",
     "passed CeMAP Module 1 in September while working full time"),
    # TY4: an aside that compares, kept; hours as a unit, after "with"
    ("learned", "the booking system is Premier, the same as I used in Ennis",
     "that the booking system is Premier, the same as I used in Ennis"),
    ("learned", "that the OCC runs 24/7/365, 12h shifts",
     "that the OCC runs 24/7/365, with 12-hour shifts"),
    # TY4: a role-play's misfortune is made up: the work itself
    ("discussed", "The mock call with the client whose basement flooded.",
     "the mock call with the client whose basement flooded"),
])
def test_G2_TY4_round_37_fields_read_for_a_letter(kind: Any, written: str, text: str) -> None:
    assert fit(kind, written).text == text


@pytest.mark.parametrize(("kind", "written", "problem"), [
    ("learned", "that I'd be working Mon-Thu, 7-3.30, with school holidays on a roster",
     "'7-3.30' is shorthand"),
    ("learned", "the basement flooded in March", "it is about a misfortune ('flooded')"),
])
def test_G2_TY4_round_37_fields_left_out_saying_why(kind: Any, written: str,
                                                   problem: str) -> None:
    fitted = fit(kind, written)
    assert fitted.text is None and fitted.problem and fitted.problem.startswith(problem)


def test_TY8_pay_is_not_asked_in_a_thank_you(invoke: Any) -> None:
    """q08: "The Targets And Commission Structure After Year One" is left out of the note to
    the director, saying why."""
    out = _corpus_run(invoke, "q08", "thank-you", "--to", "Joanne", "--ignore-timing",
                      "--today", "2026-11-25")
    assert out.startswith("exit 0\n") and "commission" not in out.split("--- stderr")[0]
    assert "question: it is about pay or perks ('commission structure')" in out


def test_TY8_a_rewrite_saying_he_is_not_offered_in_a_note_to_him(invoke: Any) -> None:
    """q01: "whether I need my own tools/apron from day one or if he supplies ??": no
    "It reads best written like this: ... if he supplies" in the note to Gareth."""
    out = _corpus_run(invoke, "q01", "thank-you", "--all", "--ignore-timing", "--today",
                      "2026-11-15")
    assert "question: it has more than one sentence; the draft leaves it out." in out
    assert "he supplies" not in out


def test_TY9_the_offer_is_thanked_for_by_the_main_contact_met_again(invoke: Any,
                                                                    golden: Any) -> None:
    """q09: Mags, main contact at the first interview, is at the trial shift too, unmarked:
    her note thanks her for the offer; the others hear of it."""
    out = _corpus_run(invoke, "q09", "thank-you", "--all", "--ignore-timing", "--today",
                      "2026-11-13")
    mags = out.split("Dear Mags,")[1].split("Best wishes,")[0]
    assert "for your offer" in mags and "hear of the offer" not in mags
    assert out.count("for your offer") == 1
    golden("wording/r37-q09.thank-you.txt", out)


def test_TY5_a_note_says_its_praise_once_and_a_shorter_draft_starts_afresh() -> None:
    """Within one note, a phrasing that repeats an intensifier or a word of praise already
    said gives way to one that does not; the note made again shorter (TY3) remembers none of
    the longer one's words."""
    from followup.compose.panel import Panel

    panel = Panel({}, 0)
    panel.chose("outside_hours", 1, "It was very kind of you to make time on the weekend.")
    assert panel.echoes("Finding out that ... was very useful.")
    assert panel.echoes("I was delighted to receive your kind offer.")
    assert not panel.echoes("It was useful to hear that ...")
    assert not panel.afresh().echoes("Finding out that ... was very useful.")


@pytest.mark.parametrize("stem", ["q03", "q10"])
@pytest.mark.parametrize("tone", ["standard", "formal", "warm", "brief"])
def test_TY5_round_37_notes_do_not_echo_their_praise(invoke: Any, stem: str, tone: str) -> None:
    """q03, q10: "very kind ... very useful ... very welcome", "truly kind of you ... your
    kind offer", "interested to learn ... my interest in the role" (round 37)."""
    from followup.compose.panel import echoed

    out = _corpus_run(invoke, stem, "thank-you", "--all", "--ignore-timing", "--tone", tone,
                      "--today", "2026-12-02")
    notes = out.split("--- stderr")[0].split("\nDear ")[1:]
    assert notes
    for note in notes:
        sentences = [each for each in note.split("\n\n", 1)[1].split(".") if each.strip()]
        said = [key for sentence in sentences for key in echoed(sentence)]
        assert len(said) == len(set(said)), note


@pytest.mark.parametrize(("kind", "written", "text"), [
    # G2: nouns English has and lemminflect lacks are no names (round 38's reading)
    ("question", "Timeline for the move to the new building?",
     "the timeline for the move to the new building"),
    ("question", "Handover process?", "the handover process"),
    ("discussed", "Rota for the summer", "the rota for the summer"),
    # TY4: a degree's name is one name, and its grade is had "with"
    ("highlight", "MA in Archives and Records Management (UCD), first class honours.",
     "have an MA in Archives and Records Management (UCD) with first class honours"),
])
def test_G2_a_common_noun_lemminflect_lacks_is_no_name(kind: Any, written: str,
                                                      text: str) -> None:
    assert fit(kind, written).text == text


@pytest.mark.parametrize(("kind", "written", "problem"), [
    # G2: second-language slips a letter cannot carry, left out saying what English says
    ("discussed", "the patient which was very nervous and how I help her to relax",
     "'patient which' is said 'patient who'"),
    ("highlight", "Have 6 years experience like dental hygienist in Kyiv before come to Canada",
     "'experience like' is said 'experience as'"),
    ("highlight", "Worked in Kyiv before come to Canada", "'before come' needs '-ing'"),
    ("learned", "that clinic is using Dentrix and I must to learn it", "'must to' is said"),
])
def test_G2_round_38_second_language_slips(kind: Any, written: str, problem: str) -> None:
    fitted = fit(kind, written)
    assert fitted.text is None and fitted.problem and fitted.problem.startswith(problem)


def test_TY4_she_after_a_patient_is_the_patient_not_the_reader() -> None:
    """A "her" after "the patient" means the patient: not "you" in the note to the
    interviewer whose field it is (round 38: "how I help you to relax"); the field is said as
    it is (round 41: not left out)."""
    from followup.profile.addressed import one_to_you

    text = "the nervous patient and how I helped her relax"
    assert one_to_you(text) == text
    assert one_to_you("that she started out as a nurse") == "that you started out as a nurse"
