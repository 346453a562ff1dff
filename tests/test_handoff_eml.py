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
from followup.handoff.eml import CRLF

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
    assert MESSAGE_ID.fullmatch(message["Message-ID"])
    assert dict(message.items()) == {
        "From": "Aoife Ní Bhriain <aoife.nibhriain@example.com>",
        "To": "Dávid Ökafor-Ångström <david.okafor@ashworthlyle.example>",
        "Subject": "Thank you: Trainee Solicitor (Privé & Café) interview",
        "Date": "Thu, 19 Nov 2026 09:00:00 +0000",
        "Message-ID": message["Message-ID"],
        "X-Unsent": "1",
        "MIME-Version": "1.0",
        "Content-Type": f'multipart/alternative; boundary="{message.get_boundary()}"',
    }
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


def test_every_interviewer_gets_a_file_of_their_own(invoke: Any, tmp_path: Path) -> None:
    """Names in other scripts stay readable, and two people with one name do not share
    (or, with --force, overwrite) one file."""
    profile = tmp_path / "names.yaml"
    profile.write_text(PANEL.read_text("utf-8")
                       .replace("name: Margaret Ashworth", "name: 李娜")
                       .replace("name: David Okafor", "name: 王伟")
                       .replace("- name: Helen Carter", "- name: 王伟"), "utf-8")
    out = tmp_path / "outbox"
    result = invoke("thank-you", profile, "--all", "--today", "2026-11-19", "--format", "eml",
                    "--out", f"{out}/", "--force")
    names = ["ashworth-lyle-thank-you-李娜.eml", "ashworth-lyle-thank-you-王伟.eml",
             "ashworth-lyle-thank-you-王伟-2.eml"]
    assert (result.exit_code, result.stdout) == (0, "".join(f"Wrote {out / name}\n"
                                                             for name in names))
    assert sorted(path.name for path in out.iterdir()) == sorted(names)
    recipients = [parse((out / name).read_bytes())["To"].addresses[0].addr_spec
                  for name in names]
    assert recipients == ["margaret.ashworth@ashworthlyle.example",
                          "david.okafor@ashworthlyle.example",
                          "helen.carter@ashworthlyle.example"]


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
    assert result.stderr == ("note: The profile has no email address for Priya Shah: add "
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


def test_long_names_fold_and_parse_back_unchanged() -> None:
    """Lines stay within 78 characters, folded only between words, so that a reader
    unfolds them into exactly the names and addresses given; an encoded name too long
    for one encoded word keeps its plain words plain, so no two encoded words meet
    (Python reads the space between them, where RFC 2047 drops it)."""
    people = (Address("Margaret Elizabeth Ashworth-Lyle Montgomery-Smythe",
                      "margaret.elizabeth.ashworth@ashworthlyle.example"),
              Address("Dr. J. Smith, Jr. the   Third of the Very Long Family Name Indeed",
                      "j.smith.the.third@ashworthlyle.example"),
              Address("Zoë Quentin-Ørsted of the Extremely Long Surnames Society",
                      "zoe@ashworthlyle.example"),
              Address("María José Fernández de la Peña García-Hernández y López-Ibáñez",
                      "maria.jose@ashworthlyle.example"))
    draft = msgspec.structs.replace(_draft(), to=people[:2], cc=people[2:])
    data = eml.message(draft, eml.stamp(draft, datetime.date(2026, 11, 24)))
    assert_crlf(data)
    message = parse(data)
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] + \
        [(a.display_name, a.addr_spec) for a in message["Cc"].addresses] == \
        [(person.name, person.email) for person in people]


def test_a_name_too_long_for_one_encoded_word() -> None:
    """Split into encoded words of at most 75 characters (RFC 2047), which a reader
    that follows the RFC joins back without the spaces between them."""
    from email.header import decode_header, make_header

    name = "李娜" * 30
    value = eml.mailboxes("recipient", [Address(name, "li.na@example.com")])
    words = value.rsplit(" <", 1)[0].split(CRLF + " ")
    assert len(words) > 1 and all(len(word) <= 75 for word in words)
    assert str(make_header(decode_header(value.rsplit(" <", 1)[0]))) == name


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


_ONE_LINE = ("contains a line break\n  Write it on one line, without | or >: those keep a "
             "line break that would break an email header.\n")
# (id, text in big-beanz.yaml, replaced by, the line and field the error names). A YAML
# block (|) leaves a trailing line break; "\n" in a quoted string puts one inside.
PROFILE_CASES = [
    ("interviewer-email-yaml-block", "        email: priya.shah@bigbeanz.example\n",
     "        email: |\n          priya.shah@bigbeanz.example\n",
     "26: interviews[0].interviewers[0].email"),
    ("candidate-email-yaml-block", "  email: jordan.lee@example.com\n",
     "  email: |\n    jordan.lee@example.com\n", "6: candidate.email"),
    ("recruiter-email-yaml-block", "  email: sam.patel@talentbridge.example\n",
     "  email: >\n    sam.patel@talentbridge.example\n", "16: recruiter.email"),
    ("interviewer-email-bcc", "email: priya.shah@bigbeanz.example",
     'email: "priya.shah@bigbeanz.example\\nBcc: x@example.net"',
     "26: interviews[0].interviewers[0].email"),
    ("interviewer-name-yaml-block", "name: Priya Shah", "name: |\n          Priya Shah",
     "25: interviews[0].interviewers[0].name"),
    ("interviewer-name-bcc", "name: Priya Shah", 'name: "Priya Shah\\nBcc: x@example.net"',
     "25: interviews[0].interviewers[0].name"),
    ("interviewer-name-u2028", "name: Priya Shah",
     'name: "Priya Shah\\u2028Bcc: x@example.net"', "25: interviews[0].interviewers[0].name"),
    ("candidate-name-yaml-block", "  name: Jordan Lee\n", "  name: |\n    Jordan Lee\n",
     "5: candidate.name"),
    ("role-in-the-subject", "role: Business Development Graduate",
     'role: "Business Development Graduate\\r\\nBcc: x@example.net"', "11: role"),
    ("company-yaml-block", "company: Big Beanz", "company: |\n  Big Beanz", "10: company"),
]


@pytest.mark.parametrize(("old", "new", "where"), [case[1:] for case in PROFILE_CASES],
                         ids=[case[0] for case in PROFILE_CASES])
@pytest.mark.parametrize("format", ["eml", "mailto", "text"])
def test_line_breaks_from_a_profile_never_reach_a_header(invoke: Any, tmp_path: Path,
                                                         old: str, new: str, where: str,
                                                         format: str) -> None:
    """Refused when the profile loads, naming the file, line and field: exit 2, nothing
    written to stdout, so nothing reaches a header."""
    path = _profile(tmp_path, old, new)
    result = invoke("thank-you", path, "--today", "2026-11-17", "--format", format)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: {path}:{where}: {_ONE_LINE}"


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
