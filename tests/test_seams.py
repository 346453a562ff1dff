"""Seams (G2, professional and polished): where text was pasted into a fixed sentence and
does not fit it. Each kind both ways: sentences that must be flagged, with the exact words
shown, and near misses that must not be."""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path
from typing import Any

import pytest

from followup import check, profile
from followup.check import Document
from followup.check.page import Page, ProfileTexts
from followup.check.seams import seams
from followup.compose.situations import Options
from followup.vocabulary import TONES

from .conftest import BUNDLED_PAIRS, SAMPLES
from .isolation import assert_the_profiles_own_reason, drafted, load_once


def body(sentence: str, greeting: str = "Dear Sam,") -> str:
    return f"{greeting}\n\n{sentence}\n\nBest wishes,\nJo Lee\n"


def document(text: str, **fields: Any) -> Document:
    """A draft as a file gives it: subject on line 1, the body from line 3."""
    return Document(name="draft.txt", body=text, subject="Thank you: Analyst interview",
                    situation="thank-you", body_line=3, subject_line=1, subject_column=9,
                    **fields)


def found(text: str, loaded: profile.Profile | None = None) -> list[tuple[str, str, str]]:
    """The seam findings of a draft: (rule, severity, words shown)."""
    return [(finding.rule, finding.severity, finding.words)
            for finding in seams(Page(document(text), ProfileTexts(loaded)))]


# ------------------------------------------------------------------ flagged

FLAGGED = [
    # (id, sentence, [(severity, words shown)])
    # two marks side by side
    ("full-stop-comma", "We talked about your plan to sell office subscriptions., and I "
     "enjoyed it.", [("warning", "subscriptions., and")]),
    ("two-full-stops", "It was good to hear that new staff shadow a mentor in their first "
     "term.. made me keen.", [("warning", "term.. made")]),
    ("question-full-stop", "I would be glad to hear more about how you support new "
     "teachers?.", [("warning", "teachers?.")]),
    ("comma-full-stop", "Thank you for the chance to discuss the role,.",
     [("warning", "role,.")]),
    ("two-commas", "The rota,, the budget and the hiring plan all came up.",
     [("warning", "rota,, the")]),
    ("two-semicolons", "I enjoyed meeting the team;; it felt friendly.",
     [("warning", "team;; it")]),
    ("two-colons", "One thing stood out:: the mentoring scheme.", [("warning", "out:: the")]),
    ("question-comma", "Is the start date in March?, or later in spring?",
     [("warning", "March?, or")]),
    ("spaced-full-stop-comma", "We covered the budget. , and the timeline.",
     [("warning", "budget. , and")]),
    ("two-full-stops-at-the-end", "Thank you for the tour of the site..",
     [("warning", "site..")]),
    ("question-exclamation", "Did the pilot really start in a week?!",
     [("warning", "week?!")]),
    ("abbreviation-then-a-second-stop", "We sorted the rota, the stock, etc.. in one go.",
     [("warning", "etc.. in")]),
    ("after-a-web-address", "My portfolio is at www.example.com., with the case studies.",
     [("warning", "www.example.com., with")]),
    ("after-an-email-address", "Write to jo.lee@example.com., if that is easier.",
     [("warning", "jo.lee@example.com., if")]),
    ("space-before-a-comma", "We discussed the role ,and the team.",
     [("warning", "role ,and")]),
    ("spaces-before-a-full-stop", "We discussed the launch  .",
     [("warning", "launch .")]),
    # a capital in mid-sentence
    ("capital-the", "I was particularly struck to learn The department runs its own "
     "training.", [("warning", "learn The department")]),
    ("capital-how", "I would like to learn more about How the school supports new staff.",
     [("warning", "about How the")]),
    ("capital-their", "I especially enjoyed discussing Their move to the new site.",
     [("warning", "discussing Their move")]),
    ("capital-that", "It was good to hear That the team is growing.",
     [("warning", "hear That the")]),
    ("capital-a", "I was glad to learn A new office opens in spring.",
     [("warning", "learn A new")]),
    ("capital-what", "One thing I would like to know more about is What the first month "
     "looks like.", [("warning", "is What the")]),
    ("capital-our", "Our conversation about Our shared interest in data was useful.",
     [("warning", "about Our shared")]),
    ("capital-we", "I was interested to learn We will work closely with sales.",
     [("warning", "learn We will")]),
    ("capital-why", "I loved hearing about Why the firm moved to hybrid working.",
     [("warning", "about Why the")]),
    ("capital-in", "It was helpful to learn In the first year trainees rotate often.",
     [("warning", "learn In the")]),
    ("capital-there", "I was glad to hear There are plans to expand.",
     [("warning", "hear There are")]),
    ("capital-when", "I'd like to know When the next round is planned.",
     [("warning", "know When the")]),
    ("capital-its", "I was struck by Its focus on training.", [("warning", "by Its focus")]),
    ("capital-my", "I enjoyed discussing My time running a market stall.",
     [("warning", "discussing My time")]),
    # "I" and what follows
    ("i-adjective", "Something I did not mention: I fluent in Polish and Czech.",
     [("error", "I fluent in")]),
    ("i-number-word", "I twenty years of experience in retail banking.",
     [("error", "I twenty years")]),
    ("i-the", "I the volunteer rota for the food bank.", [("error", "I the volunteer")]),
    ("i-a", "I a trained first aider as well.", [("error", "I a trained")]),
    ("i-my", "I my own small bakery for three years.", [("error", "I my own")]),
    ("i-capitalised-noun", "I Python and SQL for weekly reporting.",
     [("error", "I Python and")]),
    ("i-digits", "I 5 years in customer service.", [("error", "I 5 years")]),
    ("i-adverb-adjective", "I also bilingual in Welsh and English.",
     [("error", "I also bilingual in")]),
    ("i-experienced-in", "I experienced in managing budgets.",
     [("error", "I experienced in")]),
    ("i-over-a-number", "I over 10 years in the sector.", [("error", "I over 10")]),
    ("i-proficient", "I proficient in Excel and Tableau.", [("error", "I proficient in")]),
    ("i-capitalised-verb", "I Led the redesign of the booking page.",
     [("error", "I Led the")]),
    ("i-passionate", "I passionate about early years education.",
     [("error", "I passionate about")]),
    ("i-wrapped-line", "I did not get to mention that I\nfluent in German.",
     [("error", "I fluent in")]),
    ("i-several", "Also, I several years of volunteering behind me.",
     [("error", "I several years")]),
    # several in one sentence
    ("two-seams", "I was glad to learn The team is hiring., and I fluent in Polish.",
     [("warning", "hiring., and"), ("warning", "learn The team"), ("error", "I fluent in")]),
]


@pytest.mark.parametrize(("sentence", "expected"), [case[1:] for case in FLAGGED],
                         ids=[case[0] for case in FLAGGED])
def test_G2_seams_flagged(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(body(sentence)) == [("G2", severity, words) for severity, words in expected]


GREETINGS = [
    # (greeting, severity): the whole greeting is shown
    ("Dear Hiring,", "error"),
    ("Hello Head,", "error"),
    ("Dear Dr.,", "error"),
    ("Dear Mr,", "error"),
    ("Dear Manager,", "error"),
    ("Hi Recruitment,", "error"),
    ("Good morning Prof.,", "error"),
    ("Dear Talent,", "error"),
    ("Dear Ms", "error"),
    ("Hi Recruiter!", "error"),
]


@pytest.mark.parametrize(("greeting", "severity"), GREETINGS,
                         ids=[greeting for greeting, _ in GREETINGS])
def test_G2_a_greeting_to_a_title_or_a_job_word(greeting: str, severity: str) -> None:
    text = body("Thank you for meeting me today.", greeting)
    assert found(text) == [("G2", severity, greeting)]


# ------------------------------------------------------------------ near misses

NOT_FLAGGED = [
    # (id, sentence)
    ("eg-comma", "I used several tools, e.g., Python and Excel, in the project."),
    ("etc-comma", "We use spreadsheets, databases, etc., every day."),
    ("ltd-comma", "I joined Acme Ltd., a small firm, in 2019."),
    ("co-comma", "Patel & Co., the accountants, were there too."),
    ("am-comma", "Meetings start at 9 a.m., as you said."),
    ("initials-comma", "I worked in the U.S., then in Canada."),
    ("ie-colon", "The next step, i.e.: the case study, sounds fun."),
    ("ellipsis", "Wait... I should add that I enjoyed it."),
    ("comma-ellipsis", "We covered the budget, ... and the tour."),
    ("ellipsis-character", "Well… that was a surprise."),
    ("decimal", "Sales grew 2.5 times in a year."),
    ("money", "Revenue rose to £1,250.50 last quarter."),
    ("time", "The meeting runs from 10:30 to 11:00."),
    ("section-number", "Section 3.2.1 of the handbook covers it."),
    ("email", "You can reach me at jo.lee@example.com or on 07700 900123."),
    ("web-address", "The portfolio is at www.example.com/jo.lee/work if you want it."),
    ("path-in-an-address", "See https://example.org/docs/../portfolio for the slides."),
    ("code", "I used std::vector and a..z ranges in the project."),
    ("dotnet", "I know C#, .NET and SQL."),
    ("one-exclamation", "Thank you so much!"),
    ("exclamations-are-emphasis", "It was great!! Thank you."),
    ("proper-name-the-guardian", "I read The Guardian every morning."),
    ("proper-name-body-shop", "I interned at The Body Shop last summer."),
    ("proper-name-the-hague", "We moved to The Hague in 2020."),
    ("proper-name-open-university", "I did a module with The Open University."),
    ("title-case-role", "I met the Head of The Year Group yesterday."),
    ("learn-python", "I learn Python in the evenings."),
    ("at-big-beanz", "I work at Big Beanz on weekends."),
    ("after-a-colon", "Something I did not mention: How we measure success matters to me."),
    ("after-a-quote", "She said \"The team is growing\" with a smile."),
    ("the-a-team", "The A team won the pitch."),
    ("grade-a", "She got A grades in both subjects."),
    ("option-a", "I preferred option A because it was cheaper."),
    ("our-about-page", "I read our About page again."),
    ("a-name-an", "We met An and Sam at the open day."),
    ("heading", "## Notes on How the team works"),
    ("i-led", "Something I did not mention: I led the volunteer rota."),
    ("i-after-an-article", "I am writing about the I A role at Ashworth & Lyle."),  # round 21
    ("i-also-speak", "I also speak Polish."),
    ("i-really", "I really enjoyed our conversation."),
    ("i-have", "I have five years of experience."),
    ("i-am", "I am fluent in Polish."),
    ("i-too", "I, too, hope to hear from you soon."),
    ("i-at-the-end", "Sam enjoyed it, and so did I."),
    ("i-both", "Sam and I both enjoyed it."),
    ("i-percent", "I 100% agree about onboarding."),
    ("i-experienced-a-verb", "I experienced a setback early on, and I learned from it."),
    ("i-qualified", "I qualified as an accountant in 2018."),
    ("i-googled", "I Googled the office before I came."),
    ("i-in-a-title", "At school I read I Am Malala twice."),
    ("phase-i", "The trial moved to Phase I the following year."),
    ("i-then-a-new-paragraph", "Nobody was keener than I\n\nthe rest is history."),
    ("dr-in-a-sentence", "Thank you for your time, Dr. Shah."),
]


@pytest.mark.parametrize("sentence", [case[1] for case in NOT_FLAGGED],
                         ids=[case[0] for case in NOT_FLAGGED])
def test_G2_seams_near_misses(sentence: str) -> None:
    assert found(body(sentence)) == []


WHOLE_GREETINGS = ["Dear Sir/Madam,", "Dear Sir or Madam,", "Dear Hiring Manager,", "Hi team,",
                   "Dear Head of Year 9,", "Dear Dr Shah,", "Dear Priya,", "Hello all,",
                   "Dear Recruitment Team,", "Dear Madam,", "Dear Professor,", "Hello,",
                   "Dear Head of The department,"]  # a title as its owner writes it


@pytest.mark.parametrize("greeting", WHOLE_GREETINGS)
def test_G2_whole_greetings_are_not_seams(greeting: str) -> None:
    assert found(body("Thank you for meeting me today.", greeting)) == []


# ------------------------------------------------------------------ the finding itself


def test_G2_a_seam_finding_says_where_what_and_what_to_do() -> None:
    text = body("I was glad to learn The team is growing, and I fluent in Polish.",
                "Dear Dr.,")
    findings = check.check(document(text))
    assert [(f.rule, f.severity, f.line, f.column, f.words, f.message, f.suggestion)
            for f in findings if f.rule == "G2"] == [
        ("G2", "error", 3, 1, "Dear Dr.,", "The greeting is to a title with no name: "
         "\"Dear Dr.,\".", "Add their surname: \"Dear Dr. Shah,\", or greet them by first "
         "name."),
        ("G2", "warning", 5, 15, "learn The team", "\"The\" has a capital in the middle of "
         "a sentence: \"learn The team\".", "Write it in lower case (\"the team\"), or "
         "rewrite the sentence."),
        ("G2", "error", 5, 46, "I fluent in", "\"I\" is followed by \"fluent\", not by a "
         "verb: \"I fluent in\".", "Rewrite the sentence so that \"I\" is followed by what "
         "you do or did: \"I am fluent in ...\".")]


def test_G2_doubled_punctuation_proposes_one_mark() -> None:
    findings = seams(Page(document(body("I liked the plan., and the team;; both.")),
                          ProfileTexts(None)))
    assert [f.suggestion for f in findings] == ["Keep one: \"plan, and\".",
                                                "Keep one: \"team; both.\"."]


def test_G2_two_exclamation_marks_are_reported_once_by_emphasis() -> None:
    findings = check.check(document(body("It was great!! Thank you.")))
    assert [(f.rule, f.words, f.message) for f in findings if f.rule == "G2"] == [
        ("G2", "It was great!!", "2 exclamation marks: at most 1 reads as professional.")]


def test_G2_the_signature_is_not_checked_for_seams() -> None:
    text = "Dear Sam,\n\nThank you for your time today.\n\nBest wishes,\nI the Candidate,,\n"
    assert found(text) == []


PROFILE = """\
candidate:
  name: Jo Lee
  email: jo.lee@example.com
  highlights:
    - Fluent in Polish and Czech
company: Northbridge
role: Graduate Analyst
interviews:
  - date: 2026-11-16
    kind: video
    interviewers:
      - name: Hiring Manager
        discussed: the plan to sell office subscriptions.
        learned: The department runs its own training
        question: Do nurses self-schedule??
status: waiting
"""


def test_G2_seams_from_the_profile_say_which_field_to_reword(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(PROFILE, "utf-8")
    loaded = profile.load(path)
    text = body("I especially enjoyed discussing the plan to sell office subscriptions.. "
                "I was struck to learn The department runs its own training. Also, I fluent "
                "in Polish and Czech. One thing I would like to know: Do nurses "
                "self-schedule??.", "Dear Hiring,")
    findings = seams(Page(document(text), ProfileTexts(loaded)))  # by kind, then by place
    assert [(f.words, f.suggestion) for f in findings] == [
        ("Dear Hiring,", "Give their name in the profile (name:, or salutation:), not a job "
         "title; or write the greeting in full (\"Dear Hiring Manager,\")."),
        ("subscriptions.. I", "Reword the profile field that ends \"...to sell office "
         "subscriptions.\": leave out its closing \".\", since the draft's sentence has its own "
         "punctuation there."),
        ("self-schedule??.", "Reword the profile field that ends \"Do nurses "
         "self-schedule??\": leave out its closing \"??\", since the draft's sentence has its "
         "own punctuation there."),
        ("learn The department", "Reword the profile field that starts \"The department "
         "runs its...\": it is pasted into the middle of a sentence, so begin it in lower "
         "case (\"the department\")."),
        ("I fluent in", "Reword the profile field that starts \"Fluent in Polish and...\" so "
         "that it reads on from \"I\": begin it with a verb (\"I am fluent in ...\").")]
    # The same words in a draft without the profile: the sentence is to be rewritten.
    assert [f.suggestion.split()[0] for f in seams(Page(document(text), ProfileTexts(None)))] \
        == ["Greet", "Keep", "Keep", "Write", "Rewrite"]


def test_G2_a_name_in_the_profile_is_not_a_stray_capital(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(PROFILE.replace("name: Hiring Manager", "name: Nguyen Van He"), "utf-8")
    text = body("It was good to talk to He yesterday, and to He about the launch.")
    assert found(text) == []  # "He" before "yesterday" and "about" is a name anyway
    text = body("I was glad to learn He leads the launch.")
    assert found(text) == [("G2", "warning", "learn He leads")]
    assert found(text, profile.load(path)) == []


# ------------------------------------------------------------------ the bundled drafts

BUNDLED = [(sample.stem, situation, channel, tone, attempt)
           for sample in sorted(SAMPLES.glob("*.yaml"))
           for (situation, channel), tone in itertools.product(BUNDLED_PAIRS, TONES)
           for attempt in ((1, 2, 3) if situation == "check-in" else (None,))]


@pytest.mark.parametrize("case", BUNDLED, ids=["/".join(map(str, case)) for case in BUNDLED])
def test_G2_every_bundled_draft_is_free_of_seams(
        case: tuple[str, str, str, str, int | None]) -> None:
    """Warnings too: a seam in a draft followup wrote is followup's to fix."""
    sample, situation, channel, tone, attempt = case
    options = Options(every=situation == "thank-you", today=datetime.date(2026, 11, 19),
                      tone=tone, channel=channel, attempt=attempt)
    drafts = drafted(SAMPLES / f"{sample}.yaml", situation, options)
    if isinstance(drafts, str):
        assert_the_profiles_own_reason(drafts)
        return
    loaded = load_once(SAMPLES / f"{sample}.yaml")
    assert drafts
    assert [(draft.to[0].name, finding.words) for draft in drafts
            for finding in seams(Page(Document(name="x", body=draft.body),
                                      ProfileTexts(loaded)))] == []
