"""The user's own templates: overrides, new templates, `followup templates`, phrases, and
broken or hostile templates with their exact messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from followup import home

from .conftest import GOLDEN, ROOT, SAMPLES

BIG_BEANZ = SAMPLES / "big-beanz.yaml"
PANEL = SAMPLES / "panel-interview.yaml"
BUNDLED = ROOT / "templates"
SHORT = """\
---
description: Three sentences, for a quick chat.
subject: "Thanks: {{ role }}"
max_words: 60
---
Dear {{ salutation }},

{{ say("openings") }} {{ say("interest") }}

{{ say("sign_off") }},
{{ candidate.name }}
"""


def mine(user_home: Path, name: str, text: str) -> Path:
    folder = user_home / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ overrides and new templates


def test_a_user_template_of_the_same_name_replaces_the_bundled_one(invoke: Any,
                                                                   user_home: Path) -> None:
    bundled = (BUNDLED / "check-in.md.j2").read_text("utf-8")
    mine(user_home, "check-in.md.j2", bundled.replace('{{ say("sign_off") }},', "Onwards,"))
    result = invoke("check-in", BIG_BEANZ, "--today", "2026-11-30")
    assert result.exit_code == 0
    assert result.stdout.endswith("\n\nOnwards,\nJordan Lee\n+44 7700 900123\n"
                                  "jordan.lee@example.com\n")
    assert "Best wishes" not in result.stdout


def test_a_new_name_adds_a_template_chosen_by_name(invoke: Any, user_home: Path) -> None:
    mine(user_home, "thank-you.short.md.j2", SHORT)
    expected = ("To: Priya Shah <priya.shah@bigbeanz.example>\n"
                "Subject: Thanks: Business Development Graduate\n\n"
                "Dear Priya,\n\n"
                "Thank you for taking the time to speak with me yesterday about the Business "
                "Development Graduate role. I am very interested in this opportunity and would "
                "be delighted to join Big Beanz.\n\n"
                "Best wishes,\nJordan Lee\n")
    for name in ("thank-you.short", "short", "thank-you.short.md.j2"):
        result = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--template", name)
        assert (result.exit_code, result.stdout) == (0, expected), name
    # the bundled template is still the default
    plain = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17")
    assert "Thanks: " not in plain.stdout and "I especially enjoyed" in plain.stdout


def test_template_option_also_takes_a_file(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "one-off.txt"
    path.write_text(SHORT.replace("Dear", "Hello"), "utf-8")
    result = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--template", path)
    assert result.exit_code == 0 and "\nHello Priya,\n" in result.stdout


ANY_SITUATION = """\
---
subject: "{{ role }} at {{ company }}"
---
Dear {{ salutation }},

{{ situation | capitalize }}, {{ tone }} {{ channel }}, on {{ today | longdate }}.

{{ say("sign_off") }},
{{ candidate.name }}
"""
BIG_BEANZ_TO = ("big-beanz", "Business Development Graduate at Big Beanz", "Jordan Lee",
                "Friday 27 November")
EVERY_COMMAND = [
    # (command, recipient, greeting, (sample, subject, sign-off name, the date as written));
    # the competing-offer sample is American, and so are its dates
    ("thank-you", "Priya Shah <priya.shah@bigbeanz.example>", "Priya", BIG_BEANZ_TO),
    ("check-in", "Sam Patel <sam.patel@talentbridge.example>", "Sam", BIG_BEANZ_TO),
    ("feedback-request", "Tom Becker <tom.becker@northgate.example>", "Tom",
     ("unsuccessful", "Data Analyst Intern at Northgate Analytics", "Sam Rivera",
      "Friday 27 November")),
    ("competing-offer", "Daniel Brooks <daniel.brooks@lumenhealth.example>", "Daniel",
     ("competing-offer", "Junior Product Designer at Lumen Health", "Maya Chen",
      "Friday, November 27")),
    ("recruiter-debrief", "Sam Patel <sam.patel@talentbridge.example>", "Sam", BIG_BEANZ_TO),
    ("withdraw", "Sam Patel <sam.patel@talentbridge.example>", "Sam", BIG_BEANZ_TO),
]


@pytest.mark.parametrize(("command", "to", "greeting", "expected"), EVERY_COMMAND,
                         ids=[case[0] for case in EVERY_COMMAND])
def test_template_file_on_every_drafting_command(invoke: Any, tmp_path: Path, command: str,
                                                 to: str, greeting: str,
                                                 expected: tuple[str, str, str, str]) -> None:
    sample, subject, name, day = expected
    path = tmp_path / "any.md.j2"
    path.write_text(ANY_SITUATION, "utf-8")
    result = invoke(command, SAMPLES / f"{sample}.yaml", "--today", "2026-11-27",
                    "--template", path, "--tone", "warm")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (f"To: {to}\nSubject: {subject}\n\nDear {greeting},\n\n"
                             f"{command.capitalize()}, warm email, on {day}.\n\n"
                             f"Warm regards,\n{name}\n")


def test_an_unknown_template_name_lists_the_situations_templates(invoke: Any,
                                                                 user_home: Path) -> None:
    mine(user_home, "thank-you.short.md.j2", SHORT)
    result = invoke("thank-you", BIG_BEANZ, "--template", "shrot")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "Error: --template shrot: no such file, and no template of that name. Templates for "
        "thank-you: thank-you, thank-you.card, thank-you.short (followup templates list shows "
        "them all).\n")


def test_a_template_for_another_situation_is_refused(invoke: Any, user_home: Path) -> None:
    path = mine(user_home, "thank-you.short.md.j2", SHORT)
    result = invoke("check-in", BIG_BEANZ, "--today", "2026-11-30", "--template", "thank-you.short")
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {path} is a template for thank-you, not check-in: use it "
                             "with followup thank-you.\n")


def test_a_card_template_makes_a_card_unless_channel_says_otherwise(invoke: Any,
                                                                    tmp_path: Path) -> None:
    path = tmp_path / "card.md.j2"
    path.write_text("---\nchannel: card\n---\nDear {{ salutation }},\n\nThank you.\n\n"
                    "Best wishes,\n{{ candidate.name }}\n", "utf-8")
    card = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--template", path)
    assert card.exit_code == 0
    assert card.stdout.startswith("To: Priya Shah <priya.shah@bigbeanz.example>\n"
                                  "Channel: card (no subject)\n")
    email = invoke("thank-you", BIG_BEANZ, "--template", path, "--channel", "email")
    assert email.exit_code == 2
    assert email.stderr == (f"Error: {path} is a card template, but this draft is on --channel "
                            "email: use --channel card, or leave --channel out.\n")


def test_a_channel_without_a_template_says_how_to_add_one(invoke: Any) -> None:
    result = invoke("withdraw", BIG_BEANZ, "--channel", "voicemail")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {BIG_BEANZ}: There is no voicemail template for withdraw. Use --channel "
        "email, or write one: followup templates edit withdraw.voicemail\n")


def test_a_stricter_template_limit_warns_and_a_looser_one_is_refused(invoke: Any,
                                                                      user_home: Path) -> None:
    mine(user_home, "thank-you.tight.md.j2", SHORT.replace("max_words: 60", "max_words: 20"))
    tight = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--template", "tight")
    assert tight.exit_code == 0
    assert tight.stderr.splitlines()[0] == ("warning TY3: The body has 32 words; the "
                                            "template's limit is 20. Trim it.")
    assert [line.split(":")[0] for line in tight.stderr.splitlines()[1:]] == [
        "warning TY4", "warning TY8", "warning TY4"]  # the checker's, on what SHORT leaves out
    path = mine(user_home, "thank-you.loose.md.j2",
                SHORT.replace("max_words: 60", "max_words: 200"))
    loose = invoke("thank-you", BIG_BEANZ, "--template", "loose")
    assert loose.exit_code == 2
    assert loose.stderr == (
        f"Error: {path}:4: max_words: 200 is looser than the guidance's 150 for a thank-you "
        "email (TY3); a template may set a stricter limit, never a looser one.\n")


def test_the_templates_tone_is_the_default_and_tone_overrides_it(invoke: Any,
                                                                  user_home: Path) -> None:
    mine(user_home, "thank-you.short.md.j2", SHORT.replace("max_words: 60", "tone: warm"))
    warm = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--template", "short")
    assert "\nWarm regards,\n" in warm.stdout
    formal = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--template", "short",
                    "--tone", "formal")
    assert "\nYours sincerely,\n" in formal.stdout


# ------------------------------------------------------------------ phrases: variety as data


def test_users_phrases_replace_a_list_and_stay_deterministic_per_interviewer_TY5(
        invoke: Any, user_home: Path) -> None:
    mine(user_home, "phrases.yaml", "thank-you:\n  openings:\n"
         "    - First, {{ salutation }}.\n    - Second, {{ salutation }}.\n"
         "    - Third, {{ salutation }}.\n")
    args = ("thank-you", PANEL, "--all", "--today", "2026-11-19", "--format", "json")
    first, again = invoke(*args), invoke(*args)
    assert first.stdout == again.stdout
    openings = [note["body"].split("\n")[2].split(".")[0] for note in json.loads(first.stdout)]
    assert sorted(opening.split(",")[0] for opening in openings) == ["First", "Second", "Third"]
    assert openings == ["Second, Ms Ashworth", "Third, Mr Okafor", "First, Mrs Carter"]
    # the lists it does not give are still the bundled ones, for the tone
    assert "Our conversation has confirmed my strong interest in the role" in first.stdout


def test_TY5_a_note_to_one_interviewer_is_the_one_that_all_gives_them(invoke: Any) -> None:
    args = ("thank-you", PANEL, "--today", "2026-11-19", "--format", "json")
    every = {note["to"][0]["name"]: note["body"]
             for note in json.loads(invoke(*args, "--all").stdout)}
    for name in every:
        assert json.loads(invoke(*args, "--to", name).stdout)["body"] == every[name]


def test_TY5_the_choice_is_the_same_in_every_process() -> None:
    """Python's own hash() differs between processes; the choice of phrasings must not."""
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run([sys.executable, "-m", "followup", "thank-you", str(PANEL),
                                 "--all", "--today", "2026-11-19"], env=env, check=True,
                                capture_output=True, text=True)
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert (GOLDEN / "drafts" / "panel-interview.thank-you.txt").read_text("utf-8") in outputs


def test_users_phrases_replace_one_tone_only(invoke: Any, user_home: Path) -> None:
    mine(user_home, "phrases.yaml", "common:\n  sign_off:\n    warm: [Cheers]\n")
    warm = invoke("withdraw", BIG_BEANZ, "--tone", "warm")
    standard = invoke("withdraw", BIG_BEANZ)
    assert "\nCheers,\nJordan Lee\n" in warm.stdout
    assert "\nBest wishes,\nJordan Lee\n" in standard.stdout


# ------------------------------------------------------------------ broken and hostile templates

HOSTILE = [
    # (case, template, line and message after "Error: {path}:")
    ("syntax error", "Dear {{ salutation }},\n{% if %}\n",
     "2: Expected an expression, got 'end of statement block'"),
    ("unknown variable", "Dear {{ salutation }},\n\n{{ compnay }}\n", "3: 'compnay' is undefined"),
    ("misspelt field", "Dear {{ salutation }},\n\n{{ interviewer.nmae }}\n",
     "3: Interviewer has no field 'nmae'. Its fields: name, email, title, honorific, "
     "salutation, discussed, learned, question, main_contact."),
    ("missing filter", "Dear {{ salutation }},\n\n{{ role | shout }}\n",
     "3: No filter named 'shout'."),
    ("python internals through a record", "Dear {{ candidate.__class__.__mro__ }}\n",
     "1: access to attribute '__class__' of 'Candidate' object is unsafe."),
    ("python internals through a string", "Dear\n\n{{ ''.__class__ }}\n",
     "3: access to attribute '__class__' of 'str' object is unsafe."),
    ("internals through str.format", "{{ '{0.__class__}'.format(role) }}\n",
     "1: access to attribute '__class__' of 'str' object is unsafe."),
    ("function globals", "{{ lipsum.__globals__ }}\n",
     "1: access to attribute '__globals__' of 'function' object is unsafe."),
    ("a class's constructor", "{{ cycler.__init__ }}\n",
     "1: access to attribute '__init__' of 'type' object is unsafe."),
    ("mutating a value", "{{ candidate.highlights.__len__() }}{{ [].append(1) }}\n",
     "1: access to attribute '__len__' of 'tuple' object is unsafe."),
    ("a huge range", "{{ range(10**9) | list }}\n",
     "1: Range too big. The sandbox blocks ranges larger than MAX_RANGE (100000)."),
    ("a huge string", "{{ 'x' * 10**9 }}\n",
     "1: the repeated text would be too long for a template."),
    ("a huge power", "{{ 9 ** 999999 }}\n", "1: the power 999999 is too large for a template."),
    ("endless recursion", "{% macro f() %}{{ f() }}{% endmacro %}\n{{ f() }}\n",
     "1: the template calls itself without end"),
    ("a division by zero", "\n{{ 1 / 0 }}\n", "2: division by zero"),
    ("an empty value printed", "{{ recruiter.phone }}\n",
     "1: printed an empty value (None): guard it with {% if ... %}"),
    ("including any file", '{% include "file:/etc/passwd" %}\n',
     "1: no template named 'file:/etc/passwd'"),
    ("including outside the folders", '{% include "../../etc/passwd" %}\n',
     "1: no template named '../../etc/passwd'"),
    ("including a file that is not a template", '{% include "README.md" %}\n',
     "1: no template named 'README.md'"),
    ("including the loader's own names", '{% include "phrase:thank-you/openings/standard/0" %}\n',
     "1: no template named 'phrase:thank-you/openings/standard/0'"),
    ("a helper given the wrong value", 'Dear\n{{ "Monday" | when }}\n',
     "2: when expects a date, such as interview.date, not 'Monday'"),
    ("a helper given nothing", "{{ recruiter.phone | clause }}\n",
     "1: clause was given an empty value (None): guard it with {% if ... %}"),
    ("an empty draft", "---\nsubject: Hello\n---\n{% if recruiter.phone %}Hi{% endif %}\n",
     " the draft came out empty: write its text below the front matter, or check the "
     "conditions around it."),
    ("a missing phrase list", '{{ say("nope") }}\n',
     "1: no phrases named 'nope' for thank-you in phrases.yaml: add a list thank-you.nope (or "
     "common.nope) to your phrases.yaml."),
    ("subject syntax", '---\nsubject: "{{ role }"\n---\nDear\n', "2: subject: unexpected '}'"),
    ("subject variable", '---\nsubject: "{{ rol }}"\n---\nDear\n',
     "2: subject: 'rol' is undefined"),
    ("front matter key", "---\nsubjet: Hello\n---\nDear\n",
     "2: subjet: not a front matter key. Did you mean subject? Use: situation, channel, "
     "subject, tone, max_words, max_paragraphs, description."),
    ("front matter YAML", "---\nsubject: Hello\nsituation: [thank-you\n---\nDear\n",
     "4: the front matter is not valid YAML: did not find expected ',' or ']'. Quote values "
     "that contain ': ' or start with '{'."),
    ("front matter shape", "---\n- subject\n---\nDear\n",
     "2: the front matter must be a mapping (situation: ..., subject: ...)"),
    ("unknown tone", "---\ntone: chirpy\n---\nDear\n",
     "2: tone: 'chirpy' is not one of standard, formal, warm, brief."),
    ("unknown channel", "---\nchannel: fax\n---\nDear\n",
     "2: channel: 'fax' is not one of email, card, voicemail."),
    ("a subject on a card", "---\nchannel: card\nsubject: Hello\n---\nDear\n",
     "3: subject: a card has no subject: remove subject:, or set channel: email."),
    ("a looser limit", "---\nmax_words: 151\n---\nDear\n",
     "2: max_words: 151 is looser than the guidance's 150 for a thank-you email (TY3); a "
     "template may set a stricter limit, never a looser one."),
    ("a limit that is not a number", "---\nmax_words: many\n---\nDear\n",
     "2: max_words: 'many' is not a whole number above 0."),
]


@pytest.mark.parametrize(("case", "template", "message"), HOSTILE,
                         ids=[case for case, _, _ in HOSTILE])
def test_broken_and_hostile_templates(invoke: Any, tmp_path: Path, case: str, template: str,
                                      message: str) -> None:
    path = tmp_path / "mine.md.j2"
    path.write_text(template, "utf-8")
    result = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--template", path)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: {path}:{message}\n"
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("case", "template", "message"), HOSTILE,
                         ids=[case for case, _, _ in HOSTILE])
def test_broken_and_hostile_templates_in_the_users_folder(invoke: Any, user_home: Path,
                                                          case: str, template: str,
                                                          message: str) -> None:
    """The same mistakes in a template that replaces a bundled one: drafting stops with the
    same message, and `templates list` shows it as invalid with that reason."""
    channel = "card" if "channel: card" in template else "email"  # the name must agree
    name = "thank-you.md.j2" if channel == "email" else "thank-you.card.md.j2"
    path = mine(user_home, name, template)
    result = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--channel", channel)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: {path}:{message}\n"
    listed = invoke("templates", "list")
    assert listed.exit_code == 1
    lines = listed.stdout.splitlines()
    row = next(index for index, line in enumerate(lines) if "INVALID" in line)
    assert lines[row].startswith(f"{name.removesuffix('.md.j2')} ")
    assert lines[row].endswith("  yours (replaces the bundled one), INVALID")
    # the same problem; a mistake met while rendering also names the sample it was met with
    assert lines[row + 1] in (f"    {path}:{message}", f"    {path}:{message} (rendering the "
                                                       "sample big-beanz, tone standard)")
    assert listed.stderr == "1 of your templates is invalid: fix with followup templates " \
                            "edit NAME.\n"


def test_a_template_named_for_email_cannot_say_it_is_a_card(invoke: Any,
                                                             user_home: Path) -> None:
    """thank-you.md.j2 is what `followup thank-you` uses for email: a card needs its own name."""
    path = mine(user_home, "thank-you.md.j2", "---\nchannel: card\n---\nDear {{ salutation }},\n")
    result = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: {path}:2: channel: card, but the file name says email: "
                             "rename the file or change it.\n")


BROKEN_PHRASES = [
    # (case, phrases.yaml, tone, message after "Error: {path}:")
    ("an unknown variable in an entry",
     "thank-you:\n  openings:\n    - Hello {{ compnay }}.\n", "standard",
     "3: thank-you.openings[0]: 'compnay' is undefined"),
    ("a syntax error in an entry of one tone",
     "thank-you:\n  interest:\n    warm:\n      - I'd love to join {{ company }.\n", "warm",
     "4: thank-you.interest.warm[0]: unexpected '}'"),
    ("internals through an entry",
     "common:\n  sign_off:\n    - \"{{ ''.__class__ }}\"\n", "standard",
     "3: common.sign_off[0]: access to attribute '__class__' of 'str' object is unsafe."),
    ("a list that is not a list", "thank-you:\n  openings: Hello\n", "standard",
     "2: thank-you.openings: a list of phrases, with at least one entry."),
    ("an entry that is not text", "thank-you:\n  openings:\n    - {a: b}\n", "standard",
     "3: thank-you.openings.0: each phrase is text; quote it if it starts with a special "
     "character."),
    ("an unknown section", "thankyou:\n  openings: [Hi]\n", "standard",
     "1: thankyou: not a situation. Use one of thank-you, check-in, feedback-request, "
     "competing-offer, recruiter-debrief, withdraw, or common for lists every situation "
     "shares."),
    ("an unknown tone", "thank-you:\n  openings:\n    chirpy: [Hi]\n", "standard",
     "3: thank-you.openings.chirpy: not a tone. Use one of standard, formal, warm, brief."),
    ("not YAML", "thank-you:\n  openings: [Hi\n", "standard",
     "3: not valid YAML: did not find expected ',' or ']'"),
]


@pytest.mark.parametrize(("case", "text", "tone", "message"), BROKEN_PHRASES,
                         ids=[case for case, _, _, _ in BROKEN_PHRASES])
def test_broken_phrases_name_the_list_and_entry(invoke: Any, user_home: Path, case: str,
                                                text: str, tone: str, message: str) -> None:
    path = mine(user_home, "phrases.yaml", text)
    result = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--tone", tone)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: {path}:{message}\n"


# ------------------------------------------------------------------ followup templates ...


def test_templates_path(invoke: Any, user_home: Path) -> None:
    assert invoke("templates", "path").stdout == f"{user_home / 'templates'}\n"
    assert invoke("templates", "path", "--bundled").stdout == f"{home.bundled_templates()}\n"


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG config folder is Linux's")
def test_without_followup_home_templates_live_in_the_platform_config_folder(
        invoke: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOLLOWUP_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "config" / "followup" / "templates"
    assert invoke("templates", "path").stdout == f"{folder}\n"
    folder.mkdir(parents=True)
    (folder / "withdraw.md.j2").write_text((BUNDLED / "withdraw.md.j2").read_text("utf-8")
                                           .replace('{{ say("sign_off") }},', "Onwards,"), "utf-8")
    assert "\nOnwards,\nJordan Lee\n" in invoke("withdraw", BIG_BEANZ).stdout


BUNDLED_ROWS = [
    "NAME                SITUATION          CHANNEL    SOURCE",
    "check-in            check-in           email      bundled",
    "check-in.voicemail  check-in           voicemail  bundled",
    "competing-offer     competing-offer    email      bundled",
    "feedback-request    feedback-request   email      bundled",
    "recruiter-debrief   recruiter-debrief  email      bundled",
    "thank-you           thank-you          email      bundled",
    "thank-you.card      thank-you          card       bundled",
    "withdraw            withdraw           email      bundled",
    "phrases.yaml        -                  -          bundled",
]


def test_templates_list_bundled_only(invoke: Any, user_home: Path) -> None:
    result = invoke("templates", "list")
    assert result.exit_code == 0
    assert result.stdout == "\n".join(
        [*BUNDLED_ROWS, "", f"Your templates folder: {user_home / 'templates'}", ""])


def test_templates_list_marks_overrides_new_ones_and_invalid_ones(invoke: Any,
                                                                   user_home: Path) -> None:
    mine(user_home, "thank-you.md.j2", (BUNDLED / "thank-you.md.j2").read_text("utf-8"))
    mine(user_home, "thank-you.short.md.j2", SHORT)
    broken = mine(user_home, "check-in.md.j2",
                  "---\nsituation: check-in\n---\nDear {{ salutation }},\n\n{{ compnay }}\n")
    misnamed = mine(user_home, "oops.j2", "Dear {{ salutation }},\n")
    mine(user_home, "phrases.yaml", "thank-you:\n  openings: [Hello.]\n  extra: [More.]\n")
    mine(user_home, "README.md", "my notes\n")
    mine(user_home, "thank-you.md.j2~", "an editor's backup\n")
    result = invoke("templates", "list")
    assert result.exit_code == 1
    folder = user_home / "templates"
    assert result.stdout == "\n".join([
        "NAME                SITUATION          CHANNEL    SOURCE",
        "check-in            check-in           email      bundled",
        "check-in            check-in           email      yours (replaces the bundled one), "
        "INVALID",
        f"    {broken}:6: 'compnay' is undefined (rendering the sample big-beanz, tone "
        "standard)",
        "check-in.voicemail  check-in           voicemail  bundled",
        "competing-offer     competing-offer    email      bundled",
        "feedback-request    feedback-request   email      bundled",
        "oops.j2             ?                  ?          yours, INVALID",
        f"    {misnamed}: not a template name: templates end in .md.j2; rename it oops.md.j2.",
        "recruiter-debrief   recruiter-debrief  email      bundled",
        "thank-you           thank-you          email      bundled",
        "thank-you           thank-you          email      yours (replaces the bundled one)",
        "thank-you.card      thank-you          card       bundled",
        "thank-you.short     thank-you          email      yours (use: --template "
        "thank-you.short)",
        "withdraw            withdraw           email      bundled",
        "phrases.yaml        -                  -          bundled",
        "phrases.yaml        -                  -          yours (replaces thank-you.openings; "
        "adds thank-you.extra)",
        "",
        f"Your templates folder: {folder}",
        ""])
    assert result.stderr == ("2 of your templates are invalid: fix with followup templates "
                             "edit NAME.\n")


def test_templates_list_shows_a_template_broken_by_the_users_phrases(invoke: Any,
                                                                      user_home: Path) -> None:
    mine(user_home, "thank-you.short.md.j2", SHORT)
    phrases = mine(user_home, "phrases.yaml",
                   "thank-you:\n  interest:\n    - I like {{ compnay }}.\n")
    result = invoke("templates", "list")
    assert result.exit_code == 1
    problem = f"{phrases}:3: thank-you.interest[0]: 'compnay' is undefined"
    assert f"thank-you          email      yours, INVALID\n    {problem} (rendering the " \
           "sample big-beanz, tone standard)\n" in result.stdout
    assert f"yours (replaces thank-you.interest), INVALID\n    {problem}\n" in result.stdout


def test_templates_show(invoke: Any, user_home: Path) -> None:
    bundled = invoke("templates", "show", "thank-you")
    assert bundled.exit_code == 0
    assert bundled.stdout == (BUNDLED / "thank-you.md.j2").read_text("utf-8")
    assert bundled.stderr == f"# {BUNDLED / 'thank-you.md.j2'}\n"
    path = mine(user_home, "thank-you.md.j2", SHORT)
    assert invoke("templates", "show", "thank-you.md.j2").stdout == SHORT
    assert invoke("templates", "show", "thank-you", "--bundled").stdout == bundled.stdout
    assert invoke("templates", "show", "thank-you").stderr == f"# {path}\n"
    phrases = invoke("templates", "show", "phrases")
    assert phrases.stdout == (BUNDLED / "phrases.yaml").read_text("utf-8")
    missing = invoke("templates", "show", "thank-you.nope")
    assert missing.exit_code == 2
    assert missing.stderr == (
        "Error: no template named thank-you.nope. Templates: check-in, check-in.voicemail, "
        "competing-offer, feedback-request, recruiter-debrief, thank-you, thank-you.card, "
        "withdraw, phrases.\n")


def test_templates_never_serve_files_that_are_not_templates(invoke: Any) -> None:
    assert (BUNDLED / "README.md").is_file()
    result = invoke("templates", "show", "README.md")
    assert result.exit_code == 2 and result.stderr.startswith("Error: no template named README")
    bad = invoke("templates", "show", "../pyproject.toml")
    assert bad.stderr == ("Error: '../pyproject.toml' is not a template name: give a name such "
                          "as thank-you or thank-you.short (followup templates list shows "
                          "them).\n")


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """EDITOR is a small script: it replaces the text in $EDIT_FROM with $EDIT_TO, and
    exits with $EDIT_EXIT."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import os, pathlib, sys\n"
        "path = pathlib.Path(sys.argv[1])\n"
        "text = path.read_text(encoding='utf-8')\n"
        "path.write_text(text.replace(os.environ.get('EDIT_FROM', '\\0'),"
        " os.environ.get('EDIT_TO', '')), encoding='utf-8')\n"
        "sys.exit(int(os.environ.get('EDIT_EXIT', '0')))\n", "utf-8")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    return script


def test_templates_edit_copies_opens_and_validates(invoke: Any, user_home: Path, editor: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDIT_FROM", '{{ say("sign_off") }},')
    monkeypatch.setenv("EDIT_TO", "Onwards,")
    path = user_home / "templates" / "check-in.md.j2"
    result = invoke("templates", "edit", "check-in")
    assert result.exit_code == 0
    assert result.stdout == (f"Copied {BUNDLED / 'check-in.md.j2'} to {path}\n"
                             f"Saved {path}: valid.\n")
    assert path.read_text("utf-8") == (BUNDLED / "check-in.md.j2").read_text("utf-8").replace(
        '{{ say("sign_off") }},', "Onwards,")
    assert sorted(item.name for item in path.parent.iterdir()) == ["check-in.md.j2"]
    draft = invoke("check-in", BIG_BEANZ, "--today", "2026-11-30")
    assert "\nOnwards,\nJordan Lee\n" in draft.stdout

    # already yours: opened as it is, no copy
    monkeypatch.setenv("EDIT_FROM", "Onwards,")
    monkeypatch.setenv("EDIT_TO", "Onward,")
    again = invoke("templates", "edit", "check-in")
    assert again.stdout == f"Saved {path}: valid.\n"
    assert "\nOnward,\n" in path.read_text("utf-8")


def test_templates_edit_keeps_a_broken_file_and_says_why(invoke: Any, user_home: Path,
                                                         editor: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDIT_FROM", "{{ salutation }}")
    monkeypatch.setenv("EDIT_TO", "{{ salutaton }}")
    path = user_home / "templates" / "withdraw.md.j2"
    result = invoke("templates", "edit", "withdraw")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}:9: 'salutaton' is undefined (rendering the sample big-beanz, tone "
        "standard)\n  Your file is kept: fix it with followup templates edit withdraw\n")
    assert "Dear {{ salutaton }}," in path.read_text("utf-8")
    assert invoke("withdraw", BIG_BEANZ).exit_code == 2  # drafting meets the same problem


def test_templates_edit_a_new_name_starts_from_its_situations_template(
        invoke: Any, user_home: Path, editor: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    card = user_home / "templates" / "withdraw.card.md.j2"
    result = invoke("templates", "edit", "withdraw.card")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (f"Copied {BUNDLED / 'withdraw.md.j2'} to {card}\n"
                             f"Saved {card} (unchanged): valid.\n")
    text = card.read_text("utf-8")
    assert "\nchannel: card\n" in text and "subject:" not in text
    drafted = invoke("withdraw", BIG_BEANZ, "--channel", "card")
    assert drafted.exit_code == 0 and "Channel: card (no subject)" in drafted.stdout

    unknown = invoke("templates", "edit", "farewell")
    assert unknown.exit_code == 2
    assert unknown.stderr.startswith(
        "Error: no template named farewell. A new template is named after its situation, "
        "such as thank-you.short (situations: thank-you, check-in, feedback-request, "
        "competing-offer, recruiter-debrief, withdraw). Templates: check-in, ")


def test_templates_edit_phrases_and_an_unchanged_copy(invoke: Any, user_home: Path,
                                                      editor: Path) -> None:
    path = user_home / "templates" / "phrases.yaml"
    result = invoke("templates", "edit", "phrases")
    assert result.exit_code == 0
    assert result.stdout == (
        f"Copied {BUNDLED / 'phrases.yaml'} to {path}\nSaved {path}: valid, and the same as "
        "the bundled one (delete it to follow the bundled template as it changes).\n")


def test_templates_edit_prefers_visual_to_editor(invoke: Any, user_home: Path, editor: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISUAL", f"{sys.executable} {editor}")
    monkeypatch.setenv("EDITOR", "false")  # would fail the edit if it were used
    monkeypatch.setenv("EDIT_FROM", "Best wishes")
    monkeypatch.setenv("EDIT_TO", "All the best")
    result = invoke("templates", "edit", "phrases")
    assert result.exit_code == 0, result.stderr
    assert "standard: [All the best]" in (user_home / "templates" / "phrases.yaml").read_text(
        "utf-8")
    assert "\nAll the best,\nJordan Lee\n" in invoke("withdraw", BIG_BEANZ).stdout


def test_templates_edit_when_the_editor_fails(invoke: Any, user_home: Path, editor: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDIT_EXIT", "3")
    result = invoke("templates", "edit", "thank-you")
    path = user_home / "templates" / "thank-you.md.j2"
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {sys.executable} {editor}: Editing failed. Your file is "
                             f"kept: {path}\n")
    assert path.is_file()


# ------------------------------------------------------------------ the documented contract


def test_the_readme_example_template_works(invoke: Any, user_home: Path) -> None:
    readme = (BUNDLED / "README.md").read_text("utf-8")
    example = readme.split("```jinja\n")[1].split("```")[0]
    mine(user_home, "thank-you.short.md.j2", example)
    result = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--template", "short")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith(
        "Dear Priya,\n\nI really enjoyed meeting you yesterday and talking about the Business "
        "Development Graduate role; thank you for your time. I found it so helpful to hear that "
        "new starters shadow customers for their first month. I'm excited about the role "
        "and would love to join the team at Big Beanz.\n\nWarm regards,\nJordan Lee\n")
    assert invoke("templates", "list").exit_code == 0


def test_the_readme_documents_every_variable_and_helper() -> None:
    import datetime

    from followup import profile
    from followup.compose import situations, template_environment

    readme = (BUNDLED / "README.md").read_text("utf-8")
    loaded = profile.load(BIG_BEANZ)
    context = situations.targets("thank-you", loaded,
                                 situations.Options(today=datetime.date(2026, 11, 17)))[0].context
    for name in context:
        assert f"`{name}`" in readme, name
    env = template_environment.make_environment(None)
    for name in ("clause", "to_me", "when", "longdate", "listing", "article"):
        assert name in env.filters and f"`{name}`" in readme, name
    assert "`say(\"LIST\")`" in readme
    for key in ("situation", "channel", "subject", "tone", "max_words", "max_paragraphs",
                "description"):
        assert f"| `{key}` |" in readme, key


def test_a_template_that_names_no_situation_is_invalid(invoke: Any, user_home: Path) -> None:
    path = mine(user_home, "farewell.md.j2", "Dear {{ salutation }},\n")
    result = invoke("templates", "list")
    assert result.exit_code == 1
    assert ("farewell            ?                  ?          yours, INVALID\n"
            f"    {path}: the template does not say which situation it is for. Name it "
            "SITUATION.NAME.md.j2 (such as thank-you.short.md.j2) or add situation: to its "
            "front matter.\n") in result.stdout


def test_an_edited_phrases_file_is_read_again(invoke: Any, user_home: Path) -> None:
    """phrases.yaml's parsed contents are cached between runs, while the file is unchanged."""
    mine(user_home, "phrases.yaml", "common:\n  sign_off: [Onwards]\n")
    assert "\nOnwards,\n" in invoke("withdraw", BIG_BEANZ).stdout
    assert list((user_home / "cache" / "phrases").glob("*.marshal"))
    from followup.compose import template_environment

    template_environment.environment.cache_clear()  # as a new process would start
    mine(user_home, "phrases.yaml", "common:\n  sign_off: [All the best]\n")
    assert "\nAll the best,\n" in invoke("withdraw", BIG_BEANZ).stdout
