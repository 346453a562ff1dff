"""Round 38's reading (issue 12, tests/corpus/r38): a promise's reason called two notes, and
quoted back ("..., as they still have people to see next week", CI11); a post typed as a
name greeted by its first word ("Dear Supervisory,"), initials as a name ("Dear Aj,"), a
note in a name's brackets in the To: line ("Dr Hamish Carew (Pod)", G2); a firm typed in
capitals keeping "INC." and "Tri-state" (G2); a promise quoted on its own day as a date
(CI11); a voicemail saying a slash (CI7). Goldens are the command's whole output on a frozen
date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from followup.compose.naming import company_in_text

from .test_wording_r26 import _corpus_run as _run_in

R38 = Path(__file__).parent / "corpus" / "r38"


def _corpus_run(invoke: Any, stem: str, *args: str) -> str:
    """The whole output of a command on a round-38 profile, with its exit code."""
    return _run_in(invoke, stem, *args, folder=R38)


def test_CI11_a_promise_is_quoted_without_its_reason(invoke: Any, golden: Any) -> None:
    """p01: "let me know within three weeks, as they still have people to see next week" is
    one promise, not two notes (no warning), and is quoted as what they would do."""
    out = _corpus_run(invoke, "p01", "check-in", "--today", "2026-12-14")
    assert out.startswith("exit 0\n") and "CI11" not in out
    assert "the plan was to let me know by Thursday 10 December, and I wanted" in out
    assert "people to see" not in out
    golden("wording/r38-p01.check-in.txt", out)


def test_G2_a_post_initials_and_a_note_are_no_first_names(invoke: Any) -> None:
    """p07: "Supervisory Appraiser" is a post; p12: "AJ" is greeted as typed; p11: the To:
    line shows "Dr Hamish Carew", without the note "(Pod)"."""
    post = _corpus_run(invoke, "p07", "thank-you", "--all", "--ignore-timing", "--today",
                       "2026-11-24")
    assert "\nDear Supervisory Appraiser,\n" in post and "Dear Supervisory," not in post
    initials = _corpus_run(invoke, "p12", "thank-you", "--to", "AJ", "--ignore-timing",
                           "--today", "2026-11-24")
    assert "\nDear AJ,\n" in initials
    withdrawal = _corpus_run(invoke, "p11", "withdraw", "--today", "2026-12-02")
    assert "\nTo: Dr Hamish Carew <hamish.carew@" in withdrawal and "(Pod)" not in withdrawal


def test_G2_a_firm_typed_in_capitals_is_named_as_written_out() -> None:
    assert company_in_text("TRI-STATE VERTICAL TRANSPORTATION INC") == \
        "Tri-State Vertical Transportation"
    assert company_in_text("KAIMAI STEEL LTD") == "Kaimai Steel"
    assert company_in_text("suir valley co-op") == "Suir Valley Co-op"


def test_CI11_a_promise_quoted_on_its_own_day_says_today(invoke: Any) -> None:
    """p08: "Come Back To Gemma By Friday", in a debrief written that Friday."""
    out = _corpus_run(invoke, "p08", "recruiter-debrief", "--today", "2026-11-27")
    assert "come back to you by the end of today" in out and "Friday 27 November" not in out


def test_CI7_a_voicemail_says_a_role_without_its_slash(invoke: Any) -> None:
    """p09: "Assistant Archivist / Records Management" is said as "Assistant Archivist"."""
    out = _corpus_run(invoke, "p09", "check-in", "--channel", "voicemail", "--today",
                      "2026-12-10")
    assert "the Assistant Archivist position" in out and " / " not in out.split("--- ")[0]
