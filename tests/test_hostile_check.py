"""`followup check` under hostile input (issue 10): linear in its input, bounded in what it
reads, and every refusal one message naming the file, exit code 2.

Each shape is a generated file of about 150 KB that took seconds to minutes before (a
pattern or a loop that was quadratic, or a recursion), run in a real process with a time
limit, so that a regression fails instead of hanging. The drafts are written here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from followup.check import reader

from .conftest import SAMPLES

SIZE = 150_000  # bytes of each shape: seconds or minutes of work for a quadratic checker
TIMEOUT = 10  # seconds: each shape takes well under one
NO_SUBJECT = ("G2", "warning", "The email has no subject.")
INTEREST = ("TY4", "warning", "Does not say you are interested in the role.")
PROFILE = SAMPLES / "big-beanz.yaml"


def _run(*args: str | Path, input: bytes | None = None,
         timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    """`followup ARGS` in its own process; TimeoutExpired (a failure) past `timeout`."""
    return subprocess.run([sys.executable, "-m", "followup", *map(str, args)], input=input,
                          capture_output=True, timeout=timeout, check=False,
                          **({} if input is not None else {"text": True}))


def _repeat(unit: str, size: int = SIZE, head: str = "", tail: str = "") -> bytes:
    """About `size` bytes (of ASCII): `head`, `unit` as often as it fits whole, `tail`."""
    return (head + unit * ((size - len(head) - len(tail)) // len(unit)) + tail).encode()


def _nested_mime(depth: int) -> bytes:
    """A message of `depth` multipart parts, each inside the one before."""
    opening = "".join(f'Content-Type: multipart/mixed; boundary="b{level}"\n\n--b{level}\n'
                      for level in range(depth))
    closing = "".join(f"--b{level}--\n" for level in reversed(range(depth)))
    return (f"MIME-Version: 1.0\n{opening}Content-Type: text/plain\n\nDear Sam,\n"
            f"{closing}").encode()


def _eml(headers: str, body: str = "Dear Sam,\n\nThank you for meeting me.\n") -> bytes:
    return (f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n{headers}\n\n"
            f"{body}").encode()


SEPARATOR = "\n" + "-" * 20 + "\n\n"  # between drafts, as --all --out FILE writes them
NOTE = "Thank you for meeting me today."
HTML = "<!DOCTYPE html><html><body>"


class Shape(NamedTuple):
    id: str
    make: Callable[[], bytes]
    suffix: str
    # The findings by (rule, severity, message), "{path}" for the file; or the refusal.
    findings: dict[tuple[str, str, str], int] | None = None
    refused: str | None = None
    drafts: int = 1


SHAPES = [
    # Leftover placeholders: `\{\{.*?\}\}` scanned the rest of the line from every "{{".
    Shape("open-braces", lambda: _repeat("{{ ", tail="}}"), ".txt", {
        ("G2", "error", 'An unfilled placeholder: "{{ }}".'): 1, NO_SUBJECT: 1}),
    Shape("open-jinja-tags", lambda: _repeat("{% ", tail="%}"), ".txt", {
        ("G2", "error", 'An unfilled placeholder: "{% %}".'): 1, NO_SUBJECT: 1}),
    Shape("braces", lambda: _repeat("{"), ".txt", {NO_SUBJECT: 1}),
    Shape("brackets-in-text", lambda: _repeat("[a", head="Dear Sam,\n"), ".txt",
          {NO_SUBJECT: 1}),
    Shape("angle-brackets", lambda: _repeat("<"), ".txt", {NO_SUBJECT: 1}),
    Shape("encoded-word-starts", lambda: _repeat("=?utf-8?"), ".txt", {NO_SUBJECT: 1}),
    Shape("dear-repeated", lambda: _repeat("Dear "), ".txt", {NO_SUBJECT: 1}),
    Shape("repeated-words", lambda: _repeat("word "), ".txt", {NO_SUBJECT: 1}),
    Shape("one-giant-line", lambda: _repeat("abcdefghij"), ".txt", {NO_SUBJECT: 1}),
    Shape("blank-lines", lambda: _repeat("\n", head="Subject: Analyst role\n\nHello.\n"),
          ".txt", {}),
    # `\s*[,:!]?\s*$` and `\s*-?\s*` tried every split of a long run of spaces.
    Shape("empty-greeting-spaces", lambda: _repeat(" ", head="Dear", tail="None,\n\nHi.\n"),
          ".txt", {("G2", "error", "The greeting has no name."): 1, NO_SUBJECT: 1}),
    Shape("sign-off-spaces", lambda: _repeat(" ", head="Hi,\n\nThank you.\n\nBest", tail="x"),
          ".txt", {NO_SUBJECT: 1}),
    # One pattern over a To: line backtracked from every position.
    Shape("to-line-unclosed", lambda: _repeat("a ", head="To: ", tail="<\n\nHi Sam.\n"),
          ".txt", {NO_SUBJECT: 1}),
    # An unknown channel is named in the message: its first 57 characters.
    Shape("unknown-channel-long", lambda: _repeat("x", head="Channel: ", tail="\n\nHi Sam.\n"),
          ".txt", refused=f":1: channel: '{'x' * 57}...' is not a channel followup knows. Use "
                          "one of: email, card, voicemail; or give --channel."),
    # Each tone finding looked through every one before it.
    Shape("pressure-repeated", lambda: _repeat("ASAP "), ".txt", {
        ("G2", "error", 'Puts pressure on them: "ASAP".'): 30_000, NO_SUBJECT: 1}),
    # TY5 compared every pair of notes: the first 20 now, and the next says so.
    Shape("many-notes", lambda: _repeat(SEPARATOR + NOTE, head=NOTE, tail=SEPARATOR + NOTE),
          ".txt", {
              NO_SUBJECT: 2778, INTEREST: 2778,
              **{("TY5", "warning", f"Opens with the same sentence as {{path}}#{first}."):
                 20 - first for first in range(1, 20)},
              **{("TY5", "warning", f"Reads too much like {{path}}#{first}: word similarity "
                                    "1.00, above 0.7."): 20 - first for first in range(1, 20)},
              ("TY5", "warning", "Not compared with the other notes: TY5 compares the first "
                                 "20 thank-you notes of a run, and this is note 21 of 2778."): 1},
          drafts=2778),
    # html.parser rescanned an unclosed tag or comment from every "<"; "<![" crashed it.
    Shape("html-unclosed-tags", lambda: _repeat("<a ", head=HTML), ".html", {NO_SUBJECT: 1}),
    Shape("html-unclosed-comments", lambda: _repeat("<!--", head=HTML + "Dear Sam,"), ".html",
          {NO_SUBJECT: 1}),
    Shape("html-marked-sections", lambda: _repeat("<![", head=HTML + "Dear Sam,"), ".html", {
        ("G2", "warning", "49988 exclamation marks: at most 1 reads as professional."): 1,
        NO_SUBJECT: 1}),
    Shape("html-unclosed-titles", lambda: _repeat("<title>", head=HTML, tail="</p>Hi</p>"),
          ".html", refused=": the draft has no body, only headers."),
    # The email package's header parser: quadratic in a To: line, recursive in comments.
    Shape("eml-to-quotes", lambda: _eml("To: " + '"a' * (SIZE // 2)), ".eml", {
        NO_SUBJECT: 1, INTEREST: 1}),
    Shape("eml-to-parentheses", lambda: _eml("To: " + "(" * SIZE), ".eml", {
        NO_SUBJECT: 1, INTEREST: 1}),
    Shape("eml-mime-10000-deep", lambda: _nested_mime(10_000), ".eml", refused=(
        ": more than 100 MIME parts (Content-Type headers), nested or side by side; a draft "
        "has a few. Check that this is the message you meant, or save the draft alone as "
        ".eml.")),
    # A quoted attribute value may hold a ">": its quotes are read, and still linearly.
    Shape("html-quotes-400k", lambda: _repeat('"', 400_000, head=HTML), ".html",
          {NO_SUBJECT: 1}),
    Shape("html-apostrophes-400k", lambda: _repeat("'", 400_000, head=HTML), ".html",
          {NO_SUBJECT: 1}),
    Shape("html-open-attributes-400k", lambda: _repeat("<a title='", 400_000, head=HTML),
          ".html", {NO_SUBJECT: 1}),
    Shape("html-quotes-in-names", lambda: _repeat('<a"/"', 400_000, head=HTML), ".html",
          {NO_SUBJECT: 1}),
    # A tag's name and the rest were split at every length before the pattern failed.
    Shape("html-long-tag-name", lambda: _repeat("a", head=HTML + "Dear Sam,<"), ".html",
          {NO_SUBJECT: 1}),
    # To: lines are cut at commas outside quotes, one mark at a time.
    Shape("eml-to-quotes-400k", lambda: _eml("To: " + '"' * 400_000), ".eml", {
        NO_SUBJECT: 1, INTEREST: 1}),
    Shape("eml-to-quoted-commas-400k", lambda: _eml("To: " + '"B, C" <b@x.example>, '
                                                    * 20_000), ".eml", {
        NO_SUBJECT: 1, INTEREST: 1}),
    Shape("to-line-apostrophes-400k", lambda: _repeat("'", 400_000, head="To: ",
                                                      tail="\n\nHi Sam.\n"), ".txt",
          {NO_SUBJECT: 1}),
    Shape("json-100000-deep", lambda: b"[" * 100_000 + b"]" * 100_000, ".json", refused=(
        ": JSON nested too deeply to be a draft (a followup draft is an object, or a list of "
        "them, with a list of recipients). Check that this is the file you meant.")),
]


@pytest.mark.parametrize("shape", SHAPES, ids=[shape.id for shape in SHAPES])
def test_G2_TY5_hostile_shapes_are_checked_in_linear_time(shape: Shape, tmp_path: Path) -> None:
    path = tmp_path / f"draft{shape.suffix}"
    path.write_bytes(shape.make())
    result = _run("check", path, "--json")
    if shape.refused is not None:
        assert (result.returncode, result.stdout) == (2, "")
        assert result.stderr == f"Error: {path}{shape.refused}\n"
        return
    assert result.stderr == ""
    report = json.loads(result.stdout)
    found = Counter((finding["rule"], finding["severity"],
                     finding["message"].replace(str(path), "{path}"))
                    for draft in report["drafts"] for finding in draft["findings"])
    assert (len(report["drafts"]), dict(found)) == (shape.drafts, shape.findings)
    assert result.returncode == (1 if report["errors"] else 0)


# ------------------------------------------------------------------ the size limit


TOO_LARGE = (": more than 1 MB (1,000,000 bytes), the most followup check reads: a draft is a "
             "few kilobytes. Check that this is the draft you meant.\n")


@pytest.mark.parametrize(("size", "refused"), [(reader.MAX_BYTES, False),
                                                (reader.MAX_BYTES + 1, True)],
                         ids=["at-the-limit", "one-byte-over"])
def test_a_file_over_1_MB_is_refused(invoke: Any, tmp_path: Path, size: int,
                                     refused: bool) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Subject: Analyst role\n\nDear Sam,\n" + b"x" * (size - 33))
    result = invoke("check", path)
    if refused:
        assert (result.exit_code, result.stdout, result.stderr) == (2, "",
                                                                    f"Error: {path}{TOO_LARGE}")
    else:
        assert result.exit_code in (0, 1) and result.stderr == ""


def test_standard_input_over_1_MB_is_refused(invoke: Any) -> None:
    result = invoke("check", "-", input="x" * (reader.MAX_BYTES + 1))
    assert (result.exit_code, result.stderr) == (2, f"Error: standard input{TOO_LARGE}")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_read_no_further_than_the_limit() -> None:
    result = _run("check", "/dev/zero")
    assert (result.returncode, result.stdout, result.stderr) == (
        2, "", f"Error: /dev/zero{TOO_LARGE}")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_fifo_without_a_writer_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "draft.txt"
    os.mkfifo(fifo)
    result = _run("check", fifo)
    assert (result.returncode, result.stderr) == (
        2, f"Error: {fifo}: is empty: there is no draft to check.\n")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_fifo_that_holds_a_draft_is_read(invoke: Any, tmp_path: Path) -> None:
    fifo = tmp_path / "draft.txt"
    os.mkfifo(fifo)
    # A reader of our own holds the pipe open, so that a writer can leave a draft in its
    # buffer, without waiting, before followup opens it.
    held = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        writer = os.open(fifo, os.O_WRONLY)
        os.write(writer, b"Subject: Analyst role: next steps\n\nDear Sam,\n\nPlease reply "
                         b"ASAP.\n")
        os.close(writer)
        result = invoke("check", fifo, "--situation", "check-in", "--json")
    finally:
        os.close(held)
    findings = json.loads(result.stdout)["drafts"][0]["findings"]
    assert (result.exit_code, [finding["words"] for finding in findings]) == (
        1, ["ASAP", "", ""])


def test_the_limits_are_in_the_help(invoke: Any) -> None:
    text = " ".join(invoke("check", "--help").stdout.split())
    assert ("Limits: a file (or standard input) of at most 1 MB (1,000,000 bytes); JSON and "
            "email messages no more deeply nested than a draft's (an email of at most 100 MIME "
            "parts). Anything more is refused (exit 2): a draft is a few kilobytes. TY5 "
            "compares the first 20 thank-you notes of a run, each by its first 150 words."
            ) in text


# ------------------------------------------------------------------ nesting


DEEP = ": JSON nested too deeply to be a draft (a followup draft is an object, or a list of " \
       "them, with a list of recipients). Check that this is the file you meant.\n"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, DEEP),
    ("deep-objects.json", b'{"a": ' * 100_000 + b"1" + b"}" * 100_000, DEEP),
    ("deep.txt", b"[" * 100_000 + b"]" * 100_000, DEEP),  # text that opens like JSON
    ("deep-to.json", b'{"body": "Dear Sam,", "to": [{"name": ' + b"[" * 900 + b"]" * 900
     + b"}]}", ': "to" must be a list of {"name", "email"}, each text or null.\n'),
    ("deep-subject.json", b'{"body": "Dear Sam,", "subject": ' + b"[" * 900 + b"]" * 900
     + b"}", ': "subject" must be text or null, not a list.\n'),
    ("deep.eml", _nested_mime(10_000), ": more than 100 MIME parts (Content-Type headers), "
     "nested or side by side; a draft has a few. Check that this is the message you meant, "
     "or save the draft alone as .eml.\n"),
    ("long-type.eml", _eml("Subject: Hello", "Dear Sam,\n").replace(
        b"charset=utf-8", b"charset=utf-8" + b";" * 2000), ":2: a Content-Type header of "
     "2,039 characters; followup reads those of at most 1,000, and a draft's are short. Save "
     "the draft again from your mail client.\n"),
], ids=["json-list", "json-objects", "json-in-text", "json-recipient", "json-subject",
        "mime-parts", "mime-header"])
def test_deep_json_and_mime_are_refused_with_a_message(invoke: Any, tmp_path: Path, name: str,
                                                       data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = invoke("check", path)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"Error: {path}{message}")


def test_mime_nested_as_a_draft_is_read() -> None:
    """Three levels, as mail clients write them: still the text part."""
    data = _nested_mime(3).replace(b"Dear Sam,", b"Dear Sam,\n\nPlease reply ASAP.")
    result = _run("check", "-", "--json", input=data)
    findings = json.loads(result.stdout)["drafts"][0]["findings"]
    assert (result.returncode, [finding["words"] for finding in findings]) == (1, ["ASAP", ""])


def test_encoded_words_and_8_bit_headers_are_read(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "note.eml"
    path.write_bytes(_eml("Subject: =?utf-8?q?Thank_you=3A_Analyst?=\n =?utf-8?b?IGludGVydmlldw==?="
                          "\nTo: =?utf-8?q?Zo=C3=AB_Adams?= <zoe@firm.example>, Bo Li "
                          "<bo@firm.example>\nX-Followup-Situation: thank-you"
                          ).replace(b"Bo Li", "Bó Lì".encode()))
    draft = json.loads(invoke("check", path, "--json").stdout)["drafts"][0]
    assert (draft["subject"], draft["to"], draft["situation"]) == (
        "Thank you: Analyst interview",
        [{"name": "Zoë Adams", "email": "zoe@firm.example"},
         {"name": "Bó Lì", "email": "bo@firm.example"}], "thank-you")


# ------------------------------------------------------------------ a profile given as a draft


def test_a_profile_given_as_a_draft_says_so(invoke: Any) -> None:
    result = invoke("check", PROFILE)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"Error: {PROFILE}: is a followup profile, not a draft. Draft from it with: followup "
        f"thank-you {PROFILE} (or another situation); or check a draft against it with: "
        f"followup check DRAFT --profile {PROFILE}\n")


def test_a_profile_on_standard_input_or_with_a_space_in_its_name(invoke: Any,
                                                                  tmp_path: Path) -> None:
    text = PROFILE.read_text("utf-8")
    result = invoke("check", "-", input=text)
    assert (result.exit_code, result.stderr) == (2, (
        "Error: standard input: is a followup profile, not a draft. Draft from it with: "
        "followup thank-you PROFILE (or another situation); or check a draft against it with: "
        "followup check DRAFT --profile PROFILE\n"))
    path = tmp_path / "my profile.txt"
    path.write_text(text, encoding="utf-8")
    assert f"followup thank-you '{path}' (or" in invoke("check", path).stderr


def test_a_draft_that_names_a_role_is_not_a_profile(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("role: Analyst\n\nDear Sam,\n\nThank you for meeting me.\n", "utf-8")
    assert invoke("check", path).exit_code == 0


# ------------------------------------------------------------------ the subject's fix (G2)


GENERIC = 'Name the role (and, for a check-in, what you are asking): "{}".'


@pytest.mark.parametrize(("draft", "args", "proposed"), [
    ("Subject: Following up\n\nDear Ana,\n\nIs there any news about the Product Designer role "
     "at Lumen Health? I remain very interested.\n\nBest wishes,\nJo\n", (),
     GENERIC.format("Product Designer at Lumen Health: next steps")),
    ("Subject: Thank you\n\nDear Sam,\n\nThank you for meeting me about the role of Head of "
     "Sales. I would love to join Ashworth & Lyle's team.\n\nBest,\nJo\n", (),
     GENERIC.format("Thank you: Head of Sales interview")),
    ("Subject: Following up\n\nDear Ana,\n\nIs there any news about the Product Designer role "
     "at Lumen Health? I remain very interested.\n\nBest wishes,\nJo\n",
     ("--profile", PROFILE),
     GENERIC.format("Business Development Graduate at Big Beanz: next steps")),
    ("Subject: Thank you\n\nDear Sam,\n\nThank you for your time yesterday. I enjoyed it.\n\n"
     "Best,\nJo\n", (), GENERIC.format("Thank you: <role> interview")),
    ("Dear Sam,\n\nI would like to hear back about my application for the Analyst position at "
     "Ashworth & Lyle. Is there any news on the next step?\n\nBest,\nJo\n",
     ("--situation", "check-in"),
     'Add one that names the role: "Analyst at Ashworth & Lyle: next steps".'),
], ids=["check-in-from-the-draft", "thank-you-from-the-draft", "from-the-profile",
        "nothing-named", "no-subject"])
def test_G2_the_subject_fix_proposes_this_drafts_role(invoke: Any, tmp_path: Path, draft: str,
                                                      args: tuple[str, ...],
                                                      proposed: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(draft, encoding="utf-8")
    findings = json.loads(invoke("check", path, "--json", *args).stdout)["drafts"][0]["findings"]
    assert [finding["suggestion"] for finding in findings if finding["rule"] == "G2"] == [
        proposed]


# ------------------------------------------------------------------ TY5's bounds


def test_TY5_compares_the_first_20_notes_and_says_so_on_the_21st(invoke: Any,
                                                                   tmp_path: Path) -> None:
    notes = [f"Subject: Thank you: Analyst interview\n\nDear Ann,\n\nThank you for meeting me "
             f"on day {day}. I am keen on the role.\n\nBest,\nJo\n" for day in range(1, 23)]
    path = tmp_path / "notes.txt"
    path.write_text(SEPARATOR.join(notes), encoding="utf-8")
    drafts = json.loads(invoke("check", path, "--json").stdout)["drafts"]
    last = [[finding["message"] for finding in draft["findings"]] for draft in drafts[19:]]
    assert last[0][-1] == f"Reads too much like {path}#19: word similarity 0.93, above 0.7."
    assert last[1:] == [["Not compared with the other notes: TY5 compares the first 20 "
                         "thank-you notes of a run, and this is note 21 of 22."], []]


# ------------------------------------------------------------------ parts, recipients, tags


def _multipart(kind: str, *parts: str) -> bytes:
    """A multipart/`kind` message of `parts`, each its headers, a blank line and its body."""
    return (f"MIME-Version: 1.0\nContent-Type: multipart/{kind}; boundary=B\nSubject: Analyst "
            "role: next steps\n\n" + "".join(f"--B\n{part}\n" for part in parts)
            + "--B--\n").encode()


ASAP_NOTE = "Dear Sam,\n\nIs there any news on the Analyst role? Please reply ASAP.\n\nBest,\nJo"


@pytest.mark.parametrize("data", [
    _multipart("mixed", "\n" + ASAP_NOTE),
    _multipart("alternative", "\n" + ASAP_NOTE, "Content-Type: text/html\n\n<p>Dear Sam,</p>"),
], ids=["alone", "beside-an-html-part"])
def test_an_eml_text_part_without_headers_is_the_text(invoke: Any, tmp_path: Path,
                                                      data: bytes) -> None:
    """A part with no headers is text/plain (RFC 2046), and the one a mail client shows."""
    path = tmp_path / "note.eml"
    path.write_bytes(data)
    result = invoke("check", path, "--situation", "check-in")
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout == (
        f"{path}: check-in, email, 11 words (at most 120, CI4), line numbers count from the "
        f"body\n{path}:3:53: error G2: Puts pressure on them: \"ASAP\".\n  Why: Professional "
        "and polished, neither desperate nor demanding.\n  Fix: Ask, do not demand: \"Could "
        "you let me know when I might expect to hear?\" If you have a real deadline, state it "
        f"as a fact and ask about their timeline.\n{path}: warning CI4: Does not remind them "
        "that you are interested.\n  Why: A check-in reminds them of your interest, asks about "
        "the next step and offers more information, briefly.\n  Fix: Add a sentence such as "
        "\"I remain very interested in the role.\"\n1 draft: 1 error, 1 warning.\n")


PRIYA = [{"name": "Shah, Priya", "email": "p@x.example"}]


@pytest.mark.parametrize(("suffix", "to", "recipients"), [
    (".eml", '"Shah, Priya" <p@x.example>', PRIYA),
    (".eml", "=?utf-8?q?Shah=2C_Priya?= <p@x.example>", PRIYA),
    (".eml", "=?utf-8?b?U2hhaCwgUHJpeWE=?= <p@x.example>", PRIYA),
    (".eml", 'a@x.example, "B, C" <b@x.example>', [
        {"name": "a@x.example", "email": "a@x.example"},
        {"name": "B, C", "email": "b@x.example"}]),
    (".eml", r'"Lee, Jo \"JJ\"" <j@x.example>, Sam', [
        {"name": 'Lee, Jo "JJ"', "email": "j@x.example"}, {"name": "Sam", "email": None}]),
    (".txt", '"Shah, Priya" <p@x.example>', PRIYA),
    (".txt", 'a@x.example, "B, C" <b@x.example>', [
        {"name": "a@x.example", "email": "a@x.example"},
        {"name": "B, C", "email": "b@x.example"}]),
], ids=["eml-quoted", "eml-encoded-q", "eml-encoded-b", "eml-two", "eml-escaped-quotes",
        "text-quoted", "text-two"])
def test_a_comma_in_a_recipients_name_does_not_split_it(invoke: Any, tmp_path: Path,
                                                        suffix: str, to: str,
                                                        recipients: list[Any]) -> None:
    path = tmp_path / f"note{suffix}"
    draft = f"To: {to}\nSubject: Thank you: Analyst interview\n\nDear Priya,\n\nThank you.\n"
    path.write_bytes(_eml(draft.partition("\n\n")[0], draft.partition("\n\n")[2])
                     if suffix == ".eml" else draft.encode())
    result = invoke("check", path, "--json")
    assert (result.exit_code, json.loads(result.stdout)["drafts"][0]["to"]) == (0, recipients)


ATTRIBUTES = ("<div title='a > b'><p>Dear Sam,</p><p>Thank you for meeting me today. I am keen "
              "on the Analyst role.</p><img alt='>'><p title=\"1 > 0\">Best wishes,<br>Jo</p>"
              "</div>")


@pytest.mark.parametrize(("name", "data"), [
    ("note.html", f"{HTML}<head><title>Thank you: Analyst interview</title></head>{ATTRIBUTES}"
                  "</body></html>".encode()),
    ("note.eml", (f"MIME-Version: 1.0\nSubject: Thank you: Analyst interview\nContent-Type: "
                  f"text/html; charset=utf-8\n\n{ATTRIBUTES}\n").encode()),
], ids=["html", "eml-html-part"])
def test_a_quoted_attribute_value_may_hold_a_closing_bracket(invoke: Any, tmp_path: Path,
                                                             name: str, data: bytes) -> None:
    """Not `b'>Dear Sam,` and a paragraph of `'>`: the tag ends at the `>` after its quotes."""
    path = tmp_path / name
    path.write_bytes(data)
    result = invoke("check", path)
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", (
        f"{path}: thank-you (guessed; give --situation if that is wrong), email, 13 words (at "
        "most 150, TY3), line numbers count from the body\n1 draft: no errors or warnings.\n"))


def test_a_draft_to_a_name_with_a_comma_reads_back_as_one_recipient(invoke: Any,
                                                                    tmp_path: Path) -> None:
    """The text format quotes such a name on its To: line, as an address header would."""
    profile = tmp_path / "p.yaml"
    profile.write_text((SAMPLES / "big-beanz.yaml").read_text("utf-8").replace(
        "- name: Priya Shah", '- name: "Shah, Priya"'), "utf-8")
    drafted = invoke("thank-you", profile, "--today", "2026-11-17", "--to", "Shah, Priya")
    assert drafted.stdout.splitlines()[0] == 'To: "Shah, Priya" <priya.shah@bigbeanz.example>'
    draft = tmp_path / "draft.txt"
    draft.write_text(drafted.stdout, "utf-8")
    checked = json.loads(invoke("check", draft, "--json").stdout)
    assert checked["drafts"][0]["to"] == [{"name": "Shah, Priya",
                                           "email": "priya.shah@bigbeanz.example"}]
