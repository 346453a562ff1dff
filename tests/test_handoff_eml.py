""".eml drafts: exact header order, parts, encodings, CRLF, reproducible with --today, one
file per interviewer, and a header-injection table that proves nothing extra reaches the
headers."""

from __future__ import annotations

import datetime
import email
import json
import re
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import msgspec
import pytest

from followup.draft import Address, Draft
from followup.errors import HeaderError
from followup.handoff import eml, html, mailto

from .conftest import GOLDEN, SAMPLES

BIG_BEANZ = SAMPLES / "big-beanz.yaml"
PANEL = SAMPLES / "panel-interview.yaml"
ORDER = ["From", "To", "Subject", "Date", "Message-ID", "X-Unsent", "MIME-Version",
         "Content-Type"]
MESSAGE_ID = re.compile(r"<followup\.[0-9a-f]{32}@example\.com>")


@pytest.fixture
def golden_bytes(request: pytest.FixtureRequest) -> Any:
    """Like `golden`, byte for byte: an .eml's CRLF line ends are part of what is checked."""
    regenerate = request.config.getoption("--regenerate-golden")

    def check(name: str, data: bytes) -> None:
        path = GOLDEN / "handoff" / name
        if regenerate:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        assert path.exists(), f"no golden file {path}: run pytest --regenerate-golden"
        assert data == path.read_bytes()
    return check


def parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def parts(message: EmailMessage) -> list[tuple[str, str | None, str]]:
    """(type, charset, content with LF line ends) of each part."""
    return [(part.get_content_type(), part.get_content_charset(),
             part.get_content().replace("\r\n", "\n")) for part in message.iter_parts()]


def json_draft(invoke: Any, *args: Any) -> Draft:
    """The same draft as --format json gives it, as a Draft."""
    result = invoke(*args, "--format", "json")
    data = json.loads(result.stdout)
    person = lambda item: Address(item["name"], item["email"])  # noqa: E731
    return Draft(situation=data["situation"], channel=data["channel"],
                 to=tuple(map(person, data["to"])), cc=tuple(map(person, data["cc"])),
                 sender=person(data["from"]), subject=data["subject"], body=data["body"],
                 words=data["words"])


def assert_crlf(data: bytes) -> None:
    assert data.count(b"\n") == data.count(b"\r\n") > 0
    assert data.isascii()
    assert max(len(line) for line in data.split(b"\r\n")) <= 78


# ------------------------------------------------------------------ whole messages


def test_eml_parses_back_into_the_expected_headers_and_parts(invoke: Any,
                                                             golden_bytes: Any) -> None:
    args = ("thank-you", BIG_BEANZ, "--today", "2026-11-17")
    result = invoke(*args, "--format", "eml")
    assert (result.exit_code, result.stderr) == (0, "")
    data = result.stdout_bytes
    golden_bytes("big-beanz.thank-you.eml", data)
    assert_crlf(data)
    message = parse(data)
    assert [name for name, _ in message.items()] == ORDER
    boundary = message.get_boundary()
    assert MESSAGE_ID.fullmatch(message["Message-ID"])
    assert dict(message.items()) == {
        "From": "Jordan Lee <jordan.lee@example.com>",
        "To": "Priya Shah <priya.shah@bigbeanz.example>",
        "Subject": "Thank you: Business Development Graduate interview",
        "Date": "Tue, 17 Nov 2026 09:00:00 +0000",
        "Message-ID": message["Message-ID"],
        "X-Unsent": "1",
        "MIME-Version": "1.0",
        "Content-Type": f'multipart/alternative; boundary="{boundary}"',
    }
    draft = json_draft(invoke, *args)
    assert parts(message) == [("text/plain", "utf-8", draft.body),
                              ("text/html", "utf-8", html.document(draft))]
    assert [part["Content-Transfer-Encoding"] for part in message.iter_parts()] == \
        ["quoted-printable"] * 2


def test_non_ascii_names_and_subject_are_encoded_words(invoke: Any, tmp_path: Path,
                                                       golden_bytes: Any) -> None:
    text = PANEL.read_text("utf-8").replace("role: Trainee Solicitor",
                                            "role: Trainee Solicitor – Privé & Café")
    text = text.replace("name: David Okafor", "name: Dávid Ökafor-Ångström")
    path = tmp_path / "accents.yaml"
    path.write_text(text, "utf-8")
    args = ("thank-you", path, "--to", "Dávid Ökafor-Ångström", "--today", "2026-11-19")
    result = invoke(*args, "--format", "eml")
    assert result.exit_code == 0, result.stderr
    data = result.stdout_bytes
    golden_bytes("accents.thank-you.eml", data)
    assert_crlf(data)
    head = data.split(b"\r\n\r\n")[0].decode("ascii").split("\r\n")
    assert head[0] == "From: =?utf-8?q?Aoife_N=C3=AD_Bhriain?= <aoife.nibhriain@example.com>"
    assert head[1:3] == ["To: =?utf-8?b?RMOhdmlkIMOWa2Fmb3Itw4VuZ3N0csO2bQ==?=",
                         " <david.okafor@ashworthlyle.example>"]
    assert head[3].startswith("Subject: =?utf-8?")
    message = parse(data)
    assert [name for name, _ in message.items()] == ORDER
    assert message["From"] == "Aoife Ní Bhriain <aoife.nibhriain@example.com>"
    assert message["To"] == "Dávid Ökafor-Ångström <david.okafor@ashworthlyle.example>"
    assert message["Subject"] == "Thank you: Trainee Solicitor – Privé & Café interview"
    assert message["To"].addresses[0].display_name == "Dávid Ökafor-Ångström"
    draft = json_draft(invoke, *args)
    assert parts(message) == [("text/plain", "utf-8", draft.body),
                              ("text/html", "utf-8", html.document(draft))]
    assert "Ní Bhriain" in draft.body


def test_frozen_date_gives_the_same_bytes_and_a_live_one_does_not(invoke: Any) -> None:
    frozen = [invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--format", "eml")
              for _ in range(2)]
    assert frozen[0].stdout_bytes == frozen[1].stdout_bytes
    live = [parse(invoke("thank-you", BIG_BEANZ, "--format", "eml").stdout_bytes)
            for _ in range(2)]
    assert live[0]["Message-ID"] != live[1]["Message-ID"]
    assert MESSAGE_ID.fullmatch(live[0]["Message-ID"])
    sent = live[0]["Date"].datetime
    assert abs(datetime.datetime.now(datetime.timezone.utc) - sent) < datetime.timedelta(minutes=2)
    assert [name for name, _ in live[0].items()] == ORDER


def test_out_folder_with_all_writes_one_file_per_interviewer(invoke: Any,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "outbox"
    result = invoke("thank-you", PANEL, "--all", "--today", "2026-11-19", "--format", "eml",
                    "--out", f"{out}/")
    names = ["ashworth-lyle-thank-you-margaret-ashworth.eml",
             "ashworth-lyle-thank-you-david-okafor.eml",
             "ashworth-lyle-thank-you-helen-carter.eml"]
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "".join(f"Wrote {out / name}\n" for name in names)
    assert sorted(path.name for path in out.iterdir()) == sorted(names)
    for name, who in zip(names, ["Margaret Ashworth", "David Okafor", "Helen Carter"], strict=True):
        data = (out / name).read_bytes()
        assert_crlf(data)
        assert parse(data)["To"].addresses[0].display_name == who
        alone = invoke("thank-you", PANEL, "--to", who, "--today", "2026-11-19",
                       "--format", "eml")
        assert alone.stdout_bytes == data
    again = invoke("thank-you", PANEL, "--all", "--today", "2026-11-19", "--format", "eml",
                   "--out", f"{out}/")
    assert again.exit_code == 1
    assert again.stderr == (f"Error: {out / names[0]} already exists. Use --force to "
                            "overwrite it, or choose another --out.\n")


def test_several_drafts_cannot_share_one_eml(invoke: Any, tmp_path: Path) -> None:
    for extra in ([], ["--out", str(tmp_path / "all.eml")]):
        result = invoke("thank-you", PANEL, "--all", "--today", "2026-11-19",
                        "--format", "eml", *extra)
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == ("Error: 3 drafts cannot share one .eml message: write them "
                                 "into a folder, one file each, with --out FOLDER/.\n")
    assert not (tmp_path / "all.eml").exists()


def test_a_note_card_is_not_an_email(invoke: Any) -> None:
    result = invoke("thank-you", PANEL, "--all", "--today", "2026-11-19", "--channel", "card",
                    "--format", "eml", "--out", "cards/")
    assert result.exit_code == 2
    assert result.stderr == ("Error: An .eml is an email; this draft is for a card. Use "
                             "--channel email, or print the card's text without --format eml."
                             "\n")


def test_recipient_without_an_address_is_left_out_of_the_headers(invoke: Any,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "no-email.yaml"
    path.write_text(BIG_BEANZ.read_text("utf-8").replace(
        "        email: priya.shah@bigbeanz.example\n", ""), "utf-8")
    result = invoke("thank-you", path, "--today", "2026-11-17", "--format", "eml")
    assert result.exit_code == 0
    assert result.stderr == ("warning: The profile has no email address for Priya Shah: add "
                             "email: under their name, or fill it in by hand.\n")
    message = parse(result.stdout_bytes)
    assert [name for name, _ in message.items()] == [name for name in ORDER if name != "To"]


def test_cc_and_quoted_names(golden_bytes: Any) -> None:
    draft = Draft(situation="check-in", channel="email",
                  to=(Address("Sam Patel", "sam.patel@talentbridge.example"),),
                  cc=(Address('O\'Brien, Seán "Jr"', "sean@example.com"),
                      Address("=?utf-8?q?Not_encoded?=", "plain@example.com")),
                  sender=Address("Jordan Lee", "jordan.lee@example.com"),
                  subject="Re: =?utf-8?q?x?= and a very long subject that has to be folded "
                          "onto a second line by the header code", body="Hello\n", words=1)
    data = eml.message(draft, eml.stamp(draft, datetime.date(2026, 11, 24)))
    golden_bytes("cc-and-quoting.eml", data)
    assert_crlf(data)
    message = parse(data)
    assert [name for name, _ in message.items()] == \
        ["From", "To", "Cc", *ORDER[2:]]
    assert [(a.display_name, a.addr_spec) for a in message["Cc"].addresses] == [
        ('O\'Brien, Seán "Jr"', "sean@example.com"),
        ("=?utf-8?q?Not_encoded?=", "plain@example.com")]
    assert message["Subject"] == draft.subject


# ------------------------------------------------------------------ header injection

BREAKS = ["\r\n", "\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
INJECTED = "Bcc: everyone@example.net"


def _draft(**changes: Any) -> Draft:
    draft = Draft(situation="thank-you", channel="email",
                  to=(Address("Priya Shah", "priya.shah@bigbeanz.example"),),
                  cc=(Address("Sam Patel", "sam.patel@talentbridge.example"),),
                  sender=Address("Jordan Lee", "jordan.lee@example.com"),
                  subject="Thank you", body="Dear Priya,\n\nThank you.\n", words=2)
    return msgspec.structs.replace(draft, **changes) if changes else draft


def _smuggle(field: str, value: str) -> Draft:
    """A Draft holding a bad value where Draft's own check would refuse it: force_setattr
    skips __post_init__, so this proves the .eml and mailto: code checks by itself."""
    draft = _draft()
    if field == "subject":
        msgspec.structs.force_setattr(draft, "subject", value)
        return draft
    where, part = field.split(".")
    person = (draft.sender if where == "sender" else getattr(draft, where)[0])
    msgspec.structs.force_setattr(person, part, value)
    return draft


FIELDS = ["subject", "sender.name", "sender.email", "to.name", "to.email", "cc.name",
          "cc.email"]


@pytest.mark.parametrize("line_break", BREAKS, ids=[repr(b) for b in BREAKS])
@pytest.mark.parametrize("field", FIELDS)
def test_header_injection_is_refused_by_the_eml_and_mailto_code(field: str,
                                                                line_break: str) -> None:
    base = "priya.shah@bigbeanz.example" if field.endswith("email") else "Priya Shah"
    draft = _smuggle(field, base + line_break + INJECTED)
    with pytest.raises(HeaderError, match="line break"):
        eml.message(draft, eml.Stamp(datetime.datetime(2026, 11, 24, 9,
                                                       tzinfo=datetime.timezone.utc),
                                     "<followup.1@example.com>"))
    if field in ("subject", "to.email", "cc.email"):
        with pytest.raises(HeaderError, match="line break"):
            mailto.link(draft)
    else:  # a mailto: link carries no names, and not the sender
        assert "Bcc" not in mailto.link(draft)


@pytest.mark.parametrize("line_break", BREAKS, ids=[repr(b) for b in BREAKS])
def test_drafts_and_addresses_refuse_line_breaks_when_made(line_break: str) -> None:
    with pytest.raises(HeaderError):
        Address("Priya" + line_break + INJECTED, "priya@example.com")
    with pytest.raises(HeaderError):
        Address("Priya", "priya@example.com" + line_break)
    with pytest.raises(HeaderError):
        _draft(subject="Thank you" + line_break + INJECTED)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("to.email", "priya@example.com, everyone@example.net", "not a plain address"),
    ("to.email", "priya@example.com>Bcc:everyone@example.net", "not a plain address"),
    ("to.email", "priya@example.com?bcc=everyone@example.net", "not a plain address"),
    ("cc.email", '"x y"@example.com', "not a plain address"),
    ("sender.email", "jordan@", "not a plain address"),
    ("to.name", "Priya\x00Shah", "control character"),
    ("subject", "Thank you\x1b[31m", "control character"),
])
def test_addresses_and_values_that_would_bend_a_header(field: str, value: str,
                                                       message: str) -> None:
    draft = _smuggle(field, value)
    with pytest.raises(HeaderError, match=message):
        eml.message(draft, eml.stamp(draft, datetime.date(2026, 11, 24)))


def _profile(tmp_path: Path, old: str, new: str) -> Path:
    text = BIG_BEANZ.read_text("utf-8")
    assert old in text
    path = tmp_path / "profile.yaml"
    path.write_text(text.replace(old, new), "utf-8")
    return path


PROFILE_CASES = [
    # (id, replace, with, the message: a YAML block (|) leaves a trailing newline)
    ("interviewer-email-yaml-block", "        email: priya.shah@bigbeanz.example\n",
     "        email: |\n          priya.shah@bigbeanz.example\n",
     "Error: The recipient's email address would contain a line break: "
     "'priya.shah@bigbeanz.example\\n'. A line break in an email header can add headers of "
     "its own, so it is refused. Write the value on one line in the profile or template.\n"),
    ("candidate-email-yaml-block", "  email: jordan.lee@example.com\n",
     "  email: |\n    jordan.lee@example.com\n",
     "Error: The recipient's email address would contain a line break: "
     "'jordan.lee@example.com\\n'. A line break in an email header can add headers of its "
     "own, so it is refused. Write the value on one line in the profile or template.\n"),
]


@pytest.mark.parametrize(("old", "new", "message"), [case[1:] for case in PROFILE_CASES],
                         ids=[case[0] for case in PROFILE_CASES])
@pytest.mark.parametrize("format", ["eml", "mailto", "text"])
def test_line_breaks_from_a_profile_never_reach_a_header(invoke: Any, tmp_path: Path,
                                                         old: str, new: str, message: str,
                                                         format: str) -> None:
    path = _profile(tmp_path, old, new)
    result = invoke("thank-you", path, "--today", "2026-11-17", "--format", format)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)


@pytest.mark.parametrize("name", ["|\n          Priya Shah\n", '"Priya Shah\\nBcc: x@example.net"',
                                  '"Priya Shah\\u2028Bcc: x@example.net"'])
def test_names_with_line_breaks_are_refused_when_the_profile_loads(invoke: Any, tmp_path: Path,
                                                                   name: str) -> None:
    path = _profile(tmp_path, "name: Priya Shah", f"name: {name}")
    result = invoke("thank-you", path, "--today", "2026-11-17", "--format", "eml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"Error: {path}:25: interviews[0].interviewers[0].name:")
    assert "line break" in result.stderr


# Jinja2 source of a template's subject: each renders a line break.
TEMPLATE_SUBJECTS = ["Thanks{{ '\\n' }}Bcc: x@example.net",
                     "Thanks{{ '\\r\\n' }}Bcc: x@example.net",
                     "Thanks{{ '\\u2028' }}Bcc: x@example.net",
                     "{{ interviewer.discussed }}"]


@pytest.mark.parametrize("subject", TEMPLATE_SUBJECTS)
def test_a_user_template_whose_subject_renders_a_line_break(invoke: Any, tmp_path: Path,
                                                            subject: str) -> None:
    profile = _profile(tmp_path, "discussed: the plan to sell office coffee subscriptions",
                       'discussed: "coffee\\nBcc: x@example.net"')
    template = tmp_path / "mine.md.j2"
    template.write_text(f"---\nsubject: {json.dumps(subject)}\n---\n"
                        "Dear {{ salutation }},\n\nThank you.\n", "utf-8")
    for format in ("eml", "mailto"):
        result = invoke("thank-you", profile, "--today", "2026-11-17", "--template", template,
                        "--format", format)
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr.startswith("Error: The subject would contain a line break: ")
        assert result.stderr.endswith("Write the value on one line in the profile or "
                                      "template.\n")
