"""What was discussed, learned, asked and promised, said to the right person (issue 12,
the second reading): the employer's "they" is "you" to someone at the employer (TY4, TY8),
a promise loses the user's quote marks and credits and names its reader as "you" (TY9,
CI11), notes' noun phrases get their article, a clause after "learn" is a clause, a
question keeps the topic its "they" points to. Every sentence here is written for these
tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.compose.fitting import said_to
from followup.profile.addressed import to_you
from followup.profile.fields import read_field as fit  # the reading, before `sendable`
from followup.profile.forms import FieldKind, Name

from .conftest import edited_sample

# ---------------------------------------------------------------- TY4, TY8: "they" as "you"

# id, what was learned, discussed or asked (as fitted), as said to the interviewer
THEY = [
    ("they-subject", "that they run a buddy scheme for new starters",
     "that you run a buddy scheme for new starters"),
    ("they-re", "that they're opening a second depot in Swindon",
     "that you're opening a second depot in Swindon"),
    ("they-ve-after-its-object", "the new tills they've just ordered",
     "the new tills you've just ordered"),
    ("after-a-count", "the rota and how many apprentices they take each year",
     "the rota and how many apprentices you take each year"),
    ("their", "whether their graduates rotate between sites",
     "whether your graduates rotate between sites"),
    ("asked", "Do they offer a cycle-to-work scheme?", "Do you offer a cycle-to-work scheme?"),
    ("curly", "that they’ll review it in May", "that you’ll review it in May"),
    ("others-named-before", "that the drivers start at six, and they finish by two",
     "that the drivers start at six, and they finish by two"),
    ("others-as-object", "how the council helps planners keep their chartership",
     "how the council helps planners keep their chartership"),
    ("a-group", "that the staff get their rotas a month ahead",
     "that the staff get their rotas a month ahead"),
    ("none", "the winter opening hours", "the winter opening hours"),
    # the user's own "you" ("you do 4 days on site") would read as the reader: unsaid
    ("a-generic-you", "that you do 4 days on site and 1 at college", ""),
    # one person or body before it, whom "their" means: not the reader's
    ("a-resident", "that every resident has a life story booklet in their room",
     "that every resident has a life story booklet in their room"),
    ("an-agency", "the time a state agency found their data was unusable",
     "the time a state agency found their data was unusable"),
]


@pytest.mark.parametrize(("written", "said"), [case[1:] for case in THEY],
                         ids=[case[0] for case in THEY])
def test_TY4_TY8_the_employers_they_is_you_to_the_interviewer(written: str, said: str) -> None:
    assert to_you(written) == said


def test_TY4_a_thank_you_says_you_and_a_debrief_to_the_agency_says_they(
        invoke: Any, tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", (
        "learned: that new starters shadow customers for their first month",
        "learned: They roast their own beans in Leeds."))
    thanks = invoke("thank-you", path, "--today", "2026-11-16")
    assert "that you roast your own beans in Leeds" in thanks.stdout
    debrief = invoke("recruiter-debrief", path, "--today", "2026-11-16")
    assert "I learned that they roast their own beans in Leeds" in debrief.stdout



def test_TY4_he_or_she_in_their_own_field_is_you_in_the_note_to_them(
        invoke: Any, tmp_path: Path) -> None:
    """"that he started here as a barista", in the note to him, is said to him (round 34:
    left out, it left notes with nothing of the conversation); the debrief to the agency
    keeps "he"; one that may mean someone else ("Tom said his ...") is left out, saying why."""
    path = edited_sample(tmp_path, "big-beanz", (
        "learned: that new starters shadow customers for their first month",
        "learned: that he started here as a barista in 2015"))
    thanks = invoke("thank-you", path, "--today", "2026-11-16")
    assert "that you started here as a barista in 2015" in thanks.stdout
    assert "'he', 'she'" not in thanks.stderr
    debrief = invoke("recruiter-debrief", path, "--today", "2026-11-16")
    assert "I learned that he started here as a barista in 2015" in debrief.stdout
    other = edited_sample(tmp_path, "big-beanz", (
        "learned: that new starters shadow customers for their first month",
        "learned: that Tom said his team roasts on Mondays"))
    assert "learned: it says 'he', 'she' or 'you', who may be the person the note is to; the " \
        "draft leaves it out. Name who you mean." in invoke("thank-you", other, "--today",
                                                             "2026-11-16").stderr


# ---------------------------------------------------------------- TY9, CI11: a promise

# id, promise as written, form, the words "They said they would ..." (and the like) take
PROMISES = [
    ("quoted-credited", '"we\'ll send the offer pack by Thursday" (per Dan)', "action",
     "send the offer pack by Thursday"),
    ("credit-via", "they will email me by Friday (via HR)", "action", "email me by Friday"),
    ("credit-first", "According to Priya, they would call me on Monday", "action",
     "call me on Monday"),
    ("curly-quotes", "“decision within a fortnight”", "outcome",
     "I would get a decision within a fortnight"),
    ("their-reason", "ring me by Tuesday, they are short-staffed this week", "action",
     "ring me by Tuesday"),
    ("named-days", "decide before christmas, probably the second week of january", "action",
     "decide before Christmas, probably the second week of January"),
]


@pytest.mark.parametrize(("written", "form", "text"), [case[1:] for case in PROMISES],
                         ids=[case[0] for case in PROMISES])
def test_TY9_a_promise_without_quote_marks_credits_or_asides(written: str, form: str,
                                                             text: str) -> None:
    fitted = fit("promise", written)
    assert (fitted.form, fitted.text) == (form, text)


PRIYA = Name("Priya Okoro", None, "Priya", "Okoro", "Priya Okoro", False, True)
AOIFE = Name("Ms Aoife Byrne", "Ms", "Aoife", "Byrne", "Aoife Byrne", False, True)
WILL = Name("Will Tran", None, "Will", "Tran", "Will Tran", False, True)
# id, promise as fitted, the person it is sent to, as said to them
SAID_TO = [
    ("first-name", "ring Priya by Monday", PRIYA, "ring you by Monday"),
    ("full-name", "let Priya Okoro know by Friday", PRIYA, "let you know by Friday"),
    ("possessive", "pass Priya's notes to HR", PRIYA, "pass your notes to HR"),
    ("lower-case", "call priya on Friday", PRIYA, "call you on Friday"),
    ("honorific", "let Ms Byrne know by Friday", AOIFE, "let you know by Friday"),
    ("credit", "confirm by Friday (per Priya)", PRIYA, "confirm by Friday"),
    ("credit-bare", "confirm by Friday, per Priya", PRIYA, "confirm by Friday"),
    ("a-word-in-lower-case", "will call Will by Friday", WILL, "will call you by Friday"),
    ("someone-else", "ring Priyanka by Monday", PRIYA, "ring Priyanka by Monday"),
]


@pytest.mark.parametrize(("text", "name", "said"), [case[1:] for case in SAID_TO],
                         ids=[case[0] for case in SAID_TO])
def test_CI11_a_promise_says_you_to_the_person_it_names(text: str, name: Name,
                                                        said: str) -> None:
    assert said_to(text, name) == said


# ---------------------------------------------------------------- TY4, TY8: the forms

# id, kind, as written, form, the words the field's frames take
FORMS: list[tuple[str, FieldKind, str, str, str]] = [
    ("TY4-the-employer-as-a-common-noun", "learned", "Council's plans for a new depot", "noun",
     "about the council's plans for a new depot"),
    ("TY4-a-capital-only-as-first-word", "discussed",
     "Recent Court of Appeal ruling on zero-hours contracts", "noun",
     "the recent Court of Appeal ruling on zero-hours contracts"),
    ("TY4-a-mass-noun-takes-the-too", "discussed", "New government guidance on attendance",
     "noun", "the new government guidance on attendance"),
    ("TY4-plural-needs-no-article", "discussed", "Recent changes to the rota", "noun",
     "recent changes to the rota"),
    ("TY4-a-ratio-before-a-noun", "learned", "80/20 split between office and site", "noun",
     "about the 80/20 split between office and site"),
    ("TY4-a-clause-after-learn", "learned", "drivers do most of the loading themselves",
     "sentence", "that drivers do most of the loading themselves"),
    ("TY4-a-change-they-are-making", "learned", "switching to electric vans next year",
     "sentence", "that they are switching to electric vans next year"),
    # round 15: an acronym's plural is a subject, and "come" after a plural is its verb
    ("TY4-an-acronyms-plural-does", "learned", "senior HCAs help with the handover",
     "sentence", "that senior HCAs help with the handover"),
    ("TY4-a-plural-and-come", "learned", "samples come in from processors every morning",
     "sentence", "that samples come in from processors every morning"),
    ("TY4-onto-is-a-preposition", "learned",
     "technicians go onto the weekend roster about once a month", "sentence",
     "that technicians go onto the weekend roster about once a month"),
    ("TY4-a-noun-doing-takes-the", "learned", "practice moving to a new clinical system in May",
     "noun", "about the practice moving to a new clinical system in May"),
    ("TY4-a-mass-noun-doing-as-it-is", "learned", "training covering the new till system",
     "noun", "about training covering the new till system"),
    ("TY4-an-occasion-as-written", "discussed", "attending the open evening", "clause",
     "attending the open evening"),
    ("TY4-a-method-as-how-to", "discussed", "Managing a rota for twelve staff", "clause",
     "how to manage a rota for twelve staff"),
    ("TY4-a-noun-that-looks-like-a-verb", "discussed", "pallet counts on Sundays", "noun",
     "pallet counts on Sundays"),
    ("TY8-the-topic-they-points-to", "question", "night team - when do they get their breaks",
     "question", "When does the night team get their breaks?"),
    ("TY8-a-plural-topic", "question", "new starters - do they get a laptop", "question",
     "Do new starters get a laptop?"),
    ("TY8-either-or", "question", "Weekend work – optional or compulsory?", "question",
     "Is weekend work optional or compulsory?"),
]


@pytest.mark.parametrize(("kind", "written", "form", "text"), [case[1:] for case in FORMS],
                         ids=[case[0] for case in FORMS])
def test_TY4_TY8_a_note_is_mended_to_its_frame(kind: FieldKind, written: str, form: str,
                                               text: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.form, fitted.text, fitted.problem) == (form, text, None)


@pytest.mark.parametrize("written", ["kitchen closes at 10pm", "shop opens on Sundays"])
def test_TY4_a_sentence_is_still_no_topic(written: str) -> None:
    fitted = fit("discussed", written)
    assert (fitted.text, fitted.problem) == (None, "it is a whole sentence, not a topic")
