"""G2 TY4 TY8: a field read whole may still be unfit for a thank-you note's frames, which
praise what was discussed, welcome what was learned and ask the question. The fields are
written as people fill in forms; each unfit one is left out, saying why, and the fit ones
beside them are kept."""

from __future__ import annotations

import pytest

from followup.profile.fields import FieldKind, fit
from followup.profile.tact import problem

CASES: list[tuple[str, FieldKind, str, str | None]] = [
    # G2: the paperwork of hiring is not a conversation to thank them for
    ("vetting", "discussed", "Garda vetting and start dates",
     "the paperwork of hiring ('vetting')"),
    ("notice-period", "discussed", "Start date, notice period (3 wks)",
     "the paperwork of hiring ('start date')"),
    ("licence-check", "discussed", "Driver's licence abstract, police check",
     "the paperwork of hiring ('licence abstract')"),
    ("salary-asked", "question", "What is the salary range?",
     "the paperwork of hiring ('salary')"),
    ("pay-and-moving", "discussed", "comp bands and the relocation policy",
     "the paperwork of hiring ('comp bands')"),
    ("benefits", "discussed", "the pension scheme and hybrid days",
     "the paperwork of hiring ('pension')"),
    ("the-work-kept", "discussed", "Parking enforcement on weekends", None),
    ("handling-kept", "discussed", "Handling an aggressive resident during a complaint.", None),
    # G2: a misfortune of theirs is no highlight and no good news
    ("ransomware", "discussed", "the DR plan after the ransomware scare in 2021",
     "a misfortune ('ransomware')"),
    ("redundancies", "learned", "there were redundancies in the spring",
     "a misfortune ('redundancies')"),
    # TY4: a worry of theirs is said as understood, not left out (round 36)
    ("short-staffed", "learned", "the ward is short-staffed at night", None),
    ("flood-work-kept", "discussed", "flood exclusions and how brokers have reacted to them",
     None),
    ("flooded", "learned", "the basement flooded in March", "a misfortune ('flooded')"),
    ("growth-kept", "learned", "they are opening two new sites next year", None),
    ("backlog-learned", "learned", "the committee is concerned about the backlog of cases",
     None),
    ("turnover-discussed-kept", "discussed", "how I would bring the staff turnover down", None),
    # G2: nor an interview question answered, called interesting
    ("answered", "discussed", "a time I had to let someone go",
     "an interview question you answered"),
    ("answered-when", "discussed", "the time when I escalated a deteriorating patient",
     "an interview question you answered"),
    ("answered-after-a-label", "discussed", "Stakeholder management; the time I had to tell "
     "an agency their data was unusable.", "an interview question you answered"),
    ("own-case", "discussed", "a tricky notified consent I handled (quarry expansion)",
     "it is about your own work"),
    ("own-seminar", "discussed", "the 30-min seminar and Q&A on my postdoc work",
     "it is about your own work"),
    ("timing-kept", "discussed", "the timing of the new rota", None),
    # TY8: their interview question is not asked back
    ("their-question", "question", "How would I explain a by-law to someone new to it?",
     "a question they asked you"),
    ("what-would-I-do", "question", "What would I do if a resident refused to move their car?",
     "a question they asked you"),
    ("own-question-kept", "question", "Do I need my own tools from day one?", None),
    ("how-would-I-be-trained-kept", "question", "How would I be trained on the system?", None),
]


@pytest.mark.parametrize(("kind", "written", "found"), [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_G2_TY4_TY8_what_a_note_cannot_say_is_left_out_saying_why(
        kind: FieldKind, written: str, found: str | None) -> None:
    fitted = fit(kind, written)
    if found is None:
        assert fitted.problem is None and fitted.text, fitted
        assert problem(kind, fitted.text) is None
    else:
        assert fitted.text is None and fitted.problem is not None, fitted
        assert found in fitted.problem, fitted.problem
