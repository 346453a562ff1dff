"""Finding the Drafts folder from LIST responses, folder names, and the checks made before
connecting. No server needed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.errors import FollowupError, HandoffFailed
from followup.handoff import imap
from followup.handoff.imap import Folder, decode_name, find_drafts, parse_list, quote
from followup.settings import Imap

from .conftest import SAMPLES


@pytest.mark.parametrize(("wire", "name"), [
    ("INBOX", "INBOX"),
    ("Entw&APw-rfe", "Entwürfe"),
    ("Sent &- Received", "Sent & Received"),
    ("&ZeVnLIqe-", "日本語"),
    ("&BCcENQRABD0EPgQyBDgEOgQ4-", "Черновики"),
    ("Bro&- uillons&-", "Bro& uillons&"),
])
def test_modified_utf7_names(wire: str, name: str) -> None:
    assert decode_name(wire) == name


def test_quote() -> None:
    assert quote('My "Drafts" \\ here') == '"My \\"Drafts\\" \\\\ here"'
    assert quote("Entw&APw-rfe") == '"Entw&APw-rfe"'


def test_parse_list_responses() -> None:
    data = [
        b'(\\HasNoChildren \\Drafts) "/" Entw&APw-rfe',
        b'() "." "Sent Items"',
        (b'() "/" {12}', b'Drafts "old"'),
        b")",
        b'(\\Noselect \\HasChildren) NIL "[Gmail]"',
        b'() "\\\\" "Work\\\\Drafts"',
        b'(\\Drafts) "/" "Drafts" ("CHILDINFO" ("SUBSCRIBED"))',
        b"",
    ]
    assert parse_list(data) == [
        Folder("Entwürfe", "Entw&APw-rfe", "/", frozenset({"\\hasnochildren", "\\drafts"})),
        Folder("Sent Items", "Sent Items", ".", frozenset()),
        Folder('Drafts "old"', 'Drafts "old"', "/", frozenset()),
        Folder("[Gmail]", "[Gmail]", None, frozenset({"\\noselect", "\\haschildren"})),
        Folder("Work\\Drafts", "Work\\Drafts", "\\", frozenset()),
        Folder("Drafts", "Drafts", "/", frozenset({"\\drafts"})),
    ]


def _folders(*specs: str) -> list[Folder]:
    """'Name' or 'Name:\\Attribute' (names here are plain ASCII or already decoded)."""
    made = []
    for spec in specs:
        name, _, attributes = spec.partition(":")
        made.append(Folder(name, name, "/" if "/" in name or "." not in name else ".",
                           frozenset(attributes.lower().split())))
    return made


FIND_CASES = [
    ("special-use beats the name", ["INBOX", "Drafts", "Entwürfe:\\Drafts"], None, "Entwürfe"),
    ("gmail", ["INBOX", "[Gmail]:\\Noselect", "[Gmail]/Drafts:\\Drafts", "Drafts"], None,
     "[Gmail]/Drafts"),
    ("INBOX marked drafts is never used", ["INBOX:\\Drafts", "Brouillons"], None, "Brouillons"),
    ("noselect is skipped", ["INBOX", "Drafts:\\Drafts \\Noselect", "Draft"], None, "Draft"),
    ("by name, any case", ["INBOX", "Archive", "drafts"], None, "drafts"),
    ("under INBOX", ["INBOX", "INBOX.Drafts", "INBOX.Sent"], None, "INBOX.Drafts"),
    ("first usual name wins", ["INBOX", "Work/Entwürfe", "Drafts"], None, "Drafts"),
    ("other languages", ["INBOX", "Borradores"], None, "Borradores"),
    ("named in the settings", ["INBOX", "Drafts:\\Drafts", "Archive"], "Archive", "Archive"),
]


@pytest.mark.parametrize(("folders", "wanted", "chosen"), [case[1:] for case in FIND_CASES],
                         ids=[case[0] for case in FIND_CASES])
def test_find_drafts(folders: list[str], wanted: str | None, chosen: str) -> None:
    assert find_drafts(_folders(*folders), wanted, "imap.example.com").name == chosen


def test_no_drafts_folder_never_falls_back_to_inbox() -> None:
    with pytest.raises(HandoffFailed) as raised:
        find_drafts(_folders("Sent", "INBOX", "archive"), None, "imap.example.com")
    assert str(raised.value) == (
        "No Drafts folder was found on imap.example.com: no folder is marked \\Drafts, and none "
        "has a usual drafts name. Its folders: 'archive', 'INBOX', 'Sent'. Name the one to use "
        "in settings.yaml:\n    imap:\n      drafts: Drafts")


@pytest.mark.parametrize("wanted", ["INBOX", "inbox"])
def test_inbox_is_refused_even_when_named(wanted: str) -> None:
    with pytest.raises(FollowupError, match="INBOX is not a drafts folder"):
        find_drafts(_folders("INBOX", "Drafts"), wanted, "imap.example.com")


def _account(**changes: Any) -> Imap:
    values: dict[str, Any] = {"host": "imap.example.com", "user": "jordan"}
    values.update(changes)
    return Imap(**values)


def test_plain_text_is_only_for_this_computer() -> None:
    with pytest.raises(FollowupError) as raised:
        imap.save_drafts(_account(security="none"), "pw", [])
    assert str(raised.value) == (
        "settings.yaml: imap: security: none would send the password unencrypted to "
        "imap.example.com; it is allowed only for a server on this computer (localhost). "
        "Use security: tls (port 993) or starttls (port 143).")


@pytest.mark.parametrize("password", ["pass\r\nA1 LOGOUT", "pass\n", "pa\x00ss", "p\u2028w"])
def test_a_password_that_would_break_the_protocol_is_refused_unshown(password: str) -> None:
    with pytest.raises(FollowupError) as raised:
        imap.save_drafts(_account(), password, [])
    assert str(raised.value) == ("The password in $FOLLOWUP_IMAP_PASSWORD contains a line break "
                                 "or NUL, which IMAP cannot carry: check how it was set.")


def test_a_user_with_a_line_break_is_refused() -> None:
    with pytest.raises(FollowupError, match="IMAP user would contain a line break"):
        imap.save_drafts(_account(user="jordan\r\nA1 LOGOUT"), "pw", [])


@pytest.mark.parametrize(("port", "security", "expected"), [
    (None, "tls", 993), (None, "starttls", 143), (None, "none", 143), (1993, "tls", 1993),
])
def test_default_ports(port: int | None, security: str, expected: int) -> None:
    assert _account(port=port, security=security).port_number == expected


def test_imap_refuses_a_note_card(invoke: Any, user_home: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    user_home.mkdir(parents=True)
    (user_home / "settings.yaml").write_text("imap:\n  host: localhost\n  user: j\n", "utf-8")
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", "pw")
    result = invoke("thank-you", SAMPLES / "big-beanz.yaml", "--today", "2026-11-17",
                    "--channel", "card", "--imap")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("Error: --imap saves emails; this draft is for a card. Use "
                             "--channel email.\n")
