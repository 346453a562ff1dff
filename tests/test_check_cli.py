"""`followup check` on the command line: whole outputs, exit codes, every input format."""

from __future__ import annotations

import json
import re
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from .conftest import SAMPLES

CORPUS = Path(__file__).parent / "corpus"
GUESSED = "(guessed; give --situation if that is wrong)"

PUSHY = """\
Subject: Following up

Hi Sam,

I still haven't heard back about the Business Development Graduate role. Please reply ASAP.

Best wishes,
Jordan
"""


def test_check_a_bad_draft_whole_output_exit_1_CI5_G2_CI4(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "pushy.txt"
    path.write_text(PUSHY, encoding="utf-8")
    result = invoke("check", path)
    assert result.exit_code == 1
    assert result.stderr == ""
    assert result.stdout == f"""\
{path}: check-in {GUESSED}, email, 14 words (at most 120, CI4)
{path}:1:10: warning G2: The subject is generic: "Following up".
  Why: Professional and polished, neither desperate nor demanding.
  Fix: Name the role (and, for a check-in, what you are asking): "Business Development \
Graduate: next steps".
{path}:5:3: error CI5: Sounds frustrated or blaming: "still haven't heard".
  Why: Stay positive: never show frustration, never assume the worst.
  Fix: Leave out the frustration: say you remain interested and ask, simply, when you \
might hear about the next step.
{path}:5:87: error G2: Puts pressure on them: "ASAP".
  Why: Professional and polished, neither desperate nor demanding.
  Fix: Ask, do not demand: "Could you let me know when I might expect to hear?" If you \
have a real deadline, state it as a fact and ask about their timeline.
{path}: warning CI4: Does not remind them that you are interested.
  Why: A check-in reminds them of your interest, asks about the next step and offers more \
information, briefly.
  Fix: Add a sentence such as "I remain very interested in the role."
{path}: warning CI4: Does not ask about the next step.
  Why: A check-in reminds them of your interest, asks about the next step and offers more \
information, briefly.
  Fix: Ask when you might expect to hear about the next step.
1 draft: 2 errors, 3 warnings.
"""


def test_check_a_good_draft_exit_0(invoke: Any) -> None:
    path = CORPUS / "05-check-in-good.txt"
    result = invoke("check", path)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (f"{path}: check-in {GUESSED}, email, 76 words (at most 120, CI4)\n"
                             "1 draft: no errors or warnings.\n")


def test_G2_warnings_only_exit_0(invoke: Any) -> None:
    result = invoke("check", CORPUS / "08-check-in-filler.txt", "--situation", "check-in")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].endswith(
        "08-check-in-filler.txt: check-in, email, 24 words (at most 120, CI4)")
    assert result.stdout.endswith("1 draft: no errors, 4 warnings.\n")


def test_json_findings_format(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "pushy.txt"
    path.write_text(PUSHY, encoding="utf-8")
    result = invoke("check", path, "--json", "--situation", "check-in")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert list(data) == ["drafts", "errors", "warnings"]
    assert (data["errors"], data["warnings"]) == (2, 3)
    draft = data["drafts"][0]
    assert {key: value for key, value in draft.items() if key != "findings"} == {
        "file": str(path), "draft": 1, "name": str(path), "situation": "check-in",
        "situation_from": "given", "channel": "email", "subject": "Following up", "to": [],
        "words": 14, "limit": {"rule": "CI4", "max_words": 120, "max_paragraphs": None},
        "lines": "file"}
    assert draft["findings"][1] == {
        "rule": "CI5", "severity": "error", "line": 5, "column": 3,
        "words": "still haven't heard",
        "message": "Sounds frustrated or blaming: \"still haven't heard\".",
        "suggestion": "Leave out the frustration: say you remain interested and ask, simply, "
                      "when you might hear about the next step.",
        "reason": "Stay positive: never show frustration, never assume the worst."}
    assert [(f["rule"], f["line"], f["column"], f["words"]) for f in draft["findings"]] == [
        ("G2", 1, 10, "Following up"), ("CI5", 5, 3, "still haven't heard"),
        ("G2", 5, 87, "ASAP"), ("CI4", None, None, ""), ("CI4", None, None, "")]


def test_standard_input(invoke: Any) -> None:
    result = invoke("check", "-", "--json", input=PUSHY)
    draft = json.loads(result.stdout)["drafts"][0]
    assert (result.exit_code, draft["file"], draft["name"]) == (1, "-", "standard input")
    plain = invoke("check", "-", input=PUSHY)
    assert plain.stdout.startswith(f"standard input: check-in {GUESSED}")
    assert "standard input:5:3: error CI5:" in plain.stdout


def test_TY5_several_files_are_compared(invoke: Any, tmp_path: Path) -> None:
    note = ("To: {name} <{email}>\nSubject: Thank you: Analyst interview\n\nDear {name},\n\n"
            "Thank you for meeting me yesterday about the Analyst role. I enjoyed hearing "
            "about the audit team.\n\nI am very interested in the role.\n\nBest wishes,\nJo\n")
    first, second = tmp_path / "ann.txt", tmp_path / "bo.txt"
    first.write_text(note.format(name="Ann", email="ann@firm.example"), encoding="utf-8")
    second.write_text(note.format(name="Bo", email="bo@firm.example"), encoding="utf-8")
    result = invoke("check", first, second)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[2:] == [
        f"{second}:6:1: warning TY5: Opens with the same sentence as {first}.",
        "  Why: Vary the notes when you met several people.",
        "  Fix: Open each note differently: start from something you discussed with this "
        "person.",
        f"{second}: warning TY5: Reads too much like {first}: word similarity 1.00, above 0.7.",
        "  Why: Vary the notes when you met several people.",
        "  Fix: Make each note personal: what you discussed with them, what you learned, your "
        "question.",
        "2 drafts: no errors, 2 warnings."]
    alone = invoke("check", second)
    assert alone.stdout.endswith("1 draft: no errors or warnings.\n")


# ------------------------------------------------------------------ what followup writes


def _draft_formats() -> list[str]:
    from followup.commands.draft import thank_you

    option = next(param for param in thank_you.params if param.name == "format")
    return list(option.type.choices)  # type: ignore[attr-defined]


FROM_THE_FILE = ("markdown", "json")


@pytest.mark.parametrize("format", _draft_formats())
def test_followups_own_drafts_pass(invoke: Any, tmp_path: Path, format: str) -> None:
    """Whatever followup writes, as one file for a panel or one file a note."""
    assert {"text", "markdown", "json"} <= set(_draft_formats())
    panel = SAMPLES / "panel-interview.yaml"
    out = tmp_path / f"panel.{format}"
    made = invoke("thank-you", panel, "--all", "--today", "2026-11-19", "--format", format,
                  "--out", out if format != "eml" else f"{tmp_path}/")
    assert made.exit_code == 0, made.output
    files = [out] if format != "eml" else sorted(tmp_path.glob("*.eml"))
    result = invoke("check", *files, "--profile", panel)
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    assert len(lines) == 4 and lines[-1] == "3 drafts: no errors or warnings."
    source = "(from the file)" if format in FROM_THE_FILE else GUESSED
    assert all(f"thank-you {source}, email" in line for line in lines[:3])


# One sample and day on which each situation is due.
EVERY_SITUATION = [("thank-you", "big-beanz", "2026-11-17"),
                   ("check-in", "big-beanz", "2026-11-30"),
                   ("feedback-request", "unsuccessful", "2026-12-08"),
                   ("competing-offer", "competing-offer", "2026-11-28"),
                   ("recruiter-debrief", "big-beanz", "2026-11-16"),
                   ("withdraw", "panel-interview", "2026-11-30")]


@pytest.mark.parametrize("format", _draft_formats())
@pytest.mark.parametrize(("situation", "sample", "today"), EVERY_SITUATION,
                         ids=[case[0] for case in EVERY_SITUATION])
def test_every_situation_in_every_format_passes_its_own_check(
        invoke: Any, format: str, situation: str, sample: str, today: str) -> None:
    """What each drafting command prints, piped to `followup check - --profile`: read as
    the same situation, and clean."""
    from followup.vocabulary import SITUATIONS

    assert {case[0] for case in EVERY_SITUATION} == set(SITUATIONS)
    path = SAMPLES / f"{sample}.yaml"
    made = invoke(situation, path, "--today", today, "--format", format)
    assert made.exit_code == 0, made.stderr
    result = invoke("check", "-", "--profile", path, input=made.stdout)
    assert (result.exit_code, result.stdout.splitlines()[-1]) == (
        0, "1 draft: no errors or warnings."), result.stdout
    assert result.stdout.startswith(f"standard input: {situation} (")


@pytest.mark.parametrize("format", ["text", "markdown", "json", "html"])
@pytest.mark.parametrize(("command", "sample", "options", "heading"), [
    ("thank-you", "panel-interview", ["--channel", "card", "--all", "--today", "2026-11-19"],
     "thank-you {source}, card, # words (at most 90, TY3)"),
    ("check-in", "big-beanz", ["--channel", "voicemail", "--today", "2026-11-30"],
     "check-in {source}, voicemail, # words (at most 75, CI7)"),
], ids=["TY3-card", "CI7-voicemail"])
def test_followups_own_cards_and_voicemails_keep_their_channel(
        invoke: Any, format: str, command: str, sample: str, options: list[str],
        heading: str) -> None:
    """A card or a voicemail script is checked against its own limit, in every format
    followup writes it in: not as an email with no subject."""
    made = invoke(command, SAMPLES / f"{sample}.yaml", *options, "--format", format)
    assert made.exit_code == 0, made.stderr
    result = invoke("check", "-", "--profile", SAMPLES / f"{sample}.yaml", input=made.stdout)
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    source = GUESSED if format == "text" else "(from the file)"
    expected = re.escape(heading.format(source=source)).replace("\\#", r"\d+")
    drafts = lines[:-1]
    assert drafts and all(re.fullmatch(rf"standard input(#\d)?: {expected}(, line numbers "
                                       r"count from the body)?", line) for line in drafts), lines
    assert lines[-1].endswith("no errors or warnings.")


NEEDY = """\
---
situation: thank-you
subject: "Thank you: {{ role }} interview"
---
Dear {{ salutation }},

Thank you for meeting me about the {{ role }} role. I really need this job!! Please reply ASAP.

Best wishes,
{{ candidate.name }}
"""


def test_drafting_prints_the_checkers_findings_G2_TY4_TY8(invoke: Any, tmp_path: Path) -> None:
    """Every draft passes through the checker: a template's bad wording is shown with the
    draft, each finding with its rule and severity; with errors, the draft is still printed
    and the exit code is 1, as `followup check` gives."""
    template = tmp_path / "needy.md.j2"
    template.write_text(NEEDY, encoding="utf-8")
    result = invoke("thank-you", SAMPLES / "big-beanz.yaml", "--today", "2026-11-17",
                    "--template", template)
    assert result.exit_code == 1
    assert result.stdout == """\
To: Priya Shah <priya.shah@bigbeanz.example>
Subject: Thank you: Business Development Graduate interview

Dear Priya,

Thank you for meeting me about the Business Development Graduate role. I really need this \
job!! Please reply ASAP.

Best wishes,
Jordan Lee
"""
    assert result.stderr.splitlines() == [
        'error G2: Sounds desperate: "I really need this job". Say what you would bring to '
        "the role and that you are interested, once, calmly.",
        "warning G2: 2 exclamation marks: at most 1 reads as professional. Keep one at most, "
        "where you thank them.",
        'error G2: Puts pressure on them: "ASAP". Ask, do not demand: "Could you let me '
        'know when I might expect to hear?" If you have a real deadline, state it as a fact '
        "and ask about their timeline.",
        "warning TY4: Does not say you are interested in the role. Say that the interview "
        "made you keener on the role.",
        "warning TY4: Does not mention what you learned in the interview: that new starters "
        "shadow customers for their first month. Add a sentence on what you learned, as the "
        "profile's `learned` says.",
        "warning TY8: Does not ask the question that follows on from the interview: how the "
        "team measures success in the first 90 days. Ask it, or ask another question that "
        "follows on from the conversation.",
        "warning TY4: Does not mention a skill or achievement you did not discuss: Built the "
        "society's volunteer rota in Airtable, cutting no-shows by a third. Add one of the "
        "profile's `highlights` that is relevant to the role.",
        "Error: 2 checker errors above: edit the draft before you send it, or the template "
        "that made it."]
    again = invoke("check", "-", "--profile", SAMPLES / "big-beanz.yaml", input=result.stdout)
    assert again.exit_code == 1  # the same findings, and `check` exits 1 on its errors
    assert again.stdout.endswith("1 draft: 2 errors, 5 warnings.\n")


def test_a_bare_draft_with_a_subject_line(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "bare.txt"
    path.write_text("Subject: Thank you\nDear Ann,\nThank you for meeting me!! I am keen.\n"
                    "Best,\nJo\n", encoding="utf-8")
    result = invoke("check", path, "--json")
    draft = json.loads(result.stdout)["drafts"][0]
    assert (draft["subject"], draft["situation"]) == ("Thank you", "thank-you")
    assert [(f["line"], f["column"], f["words"]) for f in draft["findings"]] == [
        (1, 10, "Thank you"), (3, 26, "Thank you for meeting me!!")]


def _eml(plain: str | None, html: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Aoife Ní Bhriain <aoife@example.com>"
    message["To"] = "Helen Carter <helen.carter@ashworthlyle.example>"
    message["Subject"] = "Thank you: Trainee Solicitor interview – Ní Bhriain"
    message["X-Unsent"] = "1"
    if plain is not None:
        message.set_content(plain)
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    return bytes(message).replace(b"\n", b"\r\n")


def test_eml_plain_part_preferred(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "note.eml"
    path.write_bytes(_eml("Dear Ms Carter,\n\nThank you for your time yesterday. I am very "
                          "keen on the role, ASAP.\n\nYours sincerely,\nAoife Ní Bhriain\n",
                          "<p>Dear Ms Carter,</p><p>All fine here.</p>"))
    result = invoke("check", path, "--json")
    draft = json.loads(result.stdout)["drafts"][0]
    assert result.exit_code == 1
    assert (draft["subject"], draft["to"], draft["lines"]) == (
        "Thank you: Trainee Solicitor interview – Ní Bhriain",
        [{"name": "Helen Carter", "email": "helen.carter@ashworthlyle.example"}], "body")
    assert [(f["rule"], f["line"], f["words"]) for f in draft["findings"]] == [
        ("G2", 3, "ASAP")]
    assert "line numbers count from the body" in invoke("check", path).stdout


def test_eml_with_only_html(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "note.eml"
    path.write_bytes(_eml(None, "<html><body><p>Dear Ms Carter,</p><p>Thank you for your "
                                "time &amp; advice. I am very keen. Please reply ASAP.</p>"
                                "<p>Yours sincerely,<br>Aoife</p></body></html>"))
    draft = json.loads(invoke("check", path, "--json").stdout)["drafts"][0]
    assert [(f["line"], f["words"]) for f in draft["findings"]] == [(3, "ASAP")]


def test_eml_without_the_extension_is_recognised(invoke: Any) -> None:
    data = _eml("Dear Ms Carter,\n\nThank you for your time. I am keen.\n\nBest,\nAoife\n")
    draft = json.loads(invoke("check", "-", "--json", input=data.decode()).stdout)["drafts"][0]
    assert (draft["lines"], draft["situation"]) == ("body", "thank-you")


def test_TY4_TY8_check_with_a_profile(invoke: Any) -> None:
    result = invoke("check", CORPUS / "18-thank-you-thin.txt", "--profile",
                    SAMPLES / "big-beanz.yaml")
    assert result.exit_code == 0
    assert [line.split(": ", 2)[1:] for line in result.stdout.splitlines()
            if ": warning T" in line] == [
        ["warning TY4", "Names neither the role nor the company (Business Development "
                        "Graduate, Big Beanz)."],
        ["warning TY4", "Does not mention what you learned in the interview: that new "
                        "starters shadow customers for their first month."],
        ["warning TY8", "Does not ask the question that follows on from the interview: how "
                        "the team measures success in the first 90 days."],
        ["warning TY4", "Does not mention a skill or achievement you did not discuss: Built "
                        "the society's volunteer rota in Airtable, cutting no-shows by a "
                        "third."]]


def test_CI7_channel_option(invoke: Any) -> None:
    path = CORPUS / "26-check-in-voicemail.txt"
    result = invoke("check", path, "--situation", "check-in", "--channel", "voicemail")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == [
        f"{path}: check-in, voicemail, 92 words (at most 75, CI7)",
        f"{path}:1:406: warning CI7: The body is 92 words; CI7 asks for at most 75 (greeting "
        "and sign-off not counted)."]


def test_unknown_situation_is_not_guessed(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Hello.\n", encoding="utf-8")
    result = invoke("check", path)
    assert result.exit_code == 0
    assert result.stdout == (
        f"{path}: situation unknown (give --situation to check length and content), email, "
        f"1 words\n{path}: warning G2: The email has no subject.\n"
        "  Why: Professional and polished, neither desperate nor demanding.\n"
        "  Fix: Add one that names the role: \"<role> interview\".\n"
        "1 draft: no errors, 1 warning.\n")


# ------------------------------------------------------------------ bad input: exit 2


def test_bad_input_missing_file(invoke: Any, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = invoke("check", missing)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: {missing}: no such file. Give the path of a draft, or - "
                             "to read one from standard input.\n")


def test_bad_input_folder(invoke: Any, tmp_path: Path) -> None:
    result = invoke("check", tmp_path)
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {tmp_path}: is a folder. Give the draft files in it, "
                             f"such as {tmp_path / '*.txt'}.\n")


# Each message as it follows the file's name: ": what", ":line: field: what", "#draft: ...".
@pytest.mark.parametrize(("name", "data", "message"), [
    ("latin1.txt", "Dear Zoë,\n".encode("latin-1"),
     ": is not UTF-8 text (byte 0xeb at offset 7). Save it as UTF-8 and check it again."),
    ("empty.txt", b"  \n\n", ": is empty: there is no draft to check."),
    ("broken.json", b'{"body": "Dear Sam,\n', ":1:20: not valid JSON (Invalid control "
                                               "character at)."),
    ("other.json", b'{"text": "Dear Sam"}', ": not a followup draft: expected an object with "
     "a \"body\" (as followup ... --format json writes), or a list of them."),
    ("headers.txt", b"Subject: Thank you\n\n", ": the draft has no body, only headers."),
    ("front.md", b"---\nsituation: thankyou\n---\nDear Sam,\n",
     ":2: situation: 'thankyou' is not a situation followup knows. Did you mean 'thank-you'? "
     "Use one of: {situations}; or give --situation."),
    ("channel.md", b"---\nsituation: thank-you\nchannel: fax\n---\nDear Sam,\n",
     ":3: channel: 'fax' is not a channel followup knows. Use one of: email, card, voicemail; "
     "or give --channel."),
    ("channel.txt", b"To: Sam <sam@firm.example>\nChannel: crad (no subject)\n\nDear Sam,\n",
     ":2: channel: 'crad' is not a channel followup knows. Did you mean 'card'? Use one of: "
     "email, card, voicemail; or give --channel."),
    ("drafts.json", b'[{"body": "Dear Sam,"}, {"body": "Dear Bo,", "situation": "chase"}]',
     "#2: situation: 'chase' is not a situation followup knows. Use one of: {situations}; or "
     "give --situation."),
    ("open.md", b"---\nsituation: thank-you\nDear Sam,\n",
     ":1: the front matter (from '---') has no closing '---' line."),
], ids=["not-utf8", "empty", "bad-json", "not-a-draft", "no-body", "unknown-situation",
        "unknown-channel", "unknown-channel-header", "unknown-situation-json",
        "unclosed-front-matter"])
def test_bad_input_files(invoke: Any, tmp_path: Path, name: str, data: bytes,
                         message: str) -> None:
    from followup.vocabulary import SITUATIONS

    path = tmp_path / name
    path.write_bytes(data)
    result = invoke("check", path)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == \
        f"Error: {path}{message.format(situations=', '.join(SITUATIONS))}\n"


def test_an_unknown_situation_or_channel_in_a_file_yields_to_the_options(
        invoke: Any, tmp_path: Path) -> None:
    """The error says "or give --situation": giving it works."""
    path = tmp_path / "front.md"
    path.write_bytes(b"---\nsituation: thankyou\nchannel: letter\n---\nDear Sam,\n\n"
                     b"Thank you for meeting me. I am keen on the role.\n\nBest,\nJo\n")
    assert invoke("check", path, "--situation", "thank-you").exit_code == 2  # the channel
    result = invoke("check", path, "--situation", "thank-you", "--channel", "card")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        f"{path}: thank-you, card, 11 words (at most 90, TY3)",
        "1 draft: no errors or warnings."]


def test_bad_input_unknown_situation_option(invoke: Any) -> None:
    from followup.vocabulary import SITUATIONS

    result = invoke("check", CORPUS / "05-check-in-good.txt", "--situation", "chek-in")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("Error: --situation 'chek-in' is not a situation. Did you mean "
                             f"'check-in'? Use one of: {', '.join(SITUATIONS)}.\n")


def test_bad_input_stdin_twice_and_bad_profile(invoke: Any, tmp_path: Path) -> None:
    twice = invoke("check", "-", "-", input="Dear Sam,\n")
    assert (twice.exit_code, twice.stderr) == (
        2, "Error: Standard input (-) can be read only once.\n")
    profile = tmp_path / "bad.yaml"
    profile.write_text("company: [\n", encoding="utf-8")
    result = invoke("check", CORPUS / "05-check-in-good.txt", "--profile", profile)
    assert result.exit_code == 2 and result.stderr.startswith(f"Error: {profile}:")


def test_no_file_is_a_usage_error(invoke: Any) -> None:
    result = invoke("check")
    assert result.exit_code == 2
    assert "Missing argument 'FILE|-...'" in result.stderr


def test_mailto_and_html_are_read(invoke: Any) -> None:
    link = ("mailto:sam@firm.example?subject=Analyst%20role%3A%20next%20steps&body=Dear%20Sam%2C"
            "%0D%0A%0D%0AI%20am%20still%20keen.%20Please%20reply%20ASAP.%0D%0A%0D%0ABest%2C%0D%0AJo")
    draft = json.loads(invoke("check", "-", "--json", input=link + "\n").stdout)["drafts"][0]
    assert (draft["subject"], draft["to"], draft["situation"]) == (
        "Analyst role: next steps", [{"name": "sam@firm.example", "email": "sam@firm.example"}],
        "check-in")
    assert [(f["line"], f["words"]) for f in draft["findings"]] == [
        (3, "ASAP"), (None, "")]
    page = ("<!DOCTYPE html>\n<html><head><title>Analyst role: next steps</title></head><body>"
            "<p>Dear Sam,</p><p>I am still keen on the role. Any news on the next step?</p>"
            "<p>Best,<br>Jo</p></body></html>\n")
    draft = json.loads(invoke("check", "-", "--json", input=page).stdout)["drafts"][0]
    assert (draft["subject"], draft["findings"], draft["lines"]) == (
        "Analyst role: next steps", [], "body")


# ------------------------------------------------------------------ the README's example


def test_the_readmes_check_example_is_true(invoke: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's `followup check chase.txt` (CI5, G2), run: the draft it shows gives the
    output it shows ("  ..." stands for lines left out)."""
    readme = (Path(__file__).parents[1] / "README.md").read_text("utf-8")
    block = readme.split("<!-- check-example:", 1)[1].split("```console\n", 1)[1]
    block = block.split("```", 1)[0]
    draft, shown = block.removeprefix("$ cat chase.txt\n").split("$ followup check chase.txt\n")
    monkeypatch.chdir(tmp_path)
    Path("chase.txt").write_text(draft, encoding="utf-8")
    result = invoke("check", "chase.txt")
    assert result.exit_code == 1
    lines, expected = result.stdout.splitlines(), shown.splitlines()
    gap = expected.index("  ...")
    assert lines[:gap] == expected[:gap]
    assert lines[-(len(expected) - gap - 1):] == expected[gap + 1:]
