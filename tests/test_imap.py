"""--imap against a real Dovecot on 127.0.0.1 (tests/imap_server.py): append, fetch back,
compare; TLS, STARTTLS, the \\Drafts folder by SPECIAL-USE and by name, and every error
a user can meet. Without Dovecot these skip, unless FOLLOWUP_REQUIRE_DOVECOT=1."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from . import imap_server
from .conftest import SAMPLES
from .imap_server import DRAFTS_WIRE, Dovecot

BIG_BEANZ = SAMPLES / "big-beanz.yaml"
ARGS = ("thank-you", BIG_BEANZ, "--today", "2026-11-17")
SUBJECT = "Thank you: Business Development Graduate interview"


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    server = imap_server.start()
    try:
        yield server
    finally:
        server.stop()


def write_settings(home: Path, **imap: Any) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "settings.yaml"
    lines = ["# written by the tests", "imap:", *(f"  {key}: {value}" for key, value in
                                               imap.items())]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


class Account:
    def __init__(self, server: Dovecot, home: Path, folders: tuple[str, ...], *,
                 unicode: bool = False) -> None:
        self.server = server
        self.user, self.password = server.add_user(folders, unicode=unicode)
        self.home = home

    def settings(self, **changes: Any) -> Path:
        values: dict[str, Any] = {"host": "127.0.0.1", "port": self.server.tls_port,
                                  "user": self.user, "ca_file": self.server.cert}
        values.update(changes)
        return write_settings(self.home, **{k: v for k, v in values.items() if v is not None})

    def messages(self, folder: str = DRAFTS_WIRE) -> list[tuple[bytes, bytes]]:
        return self.server.messages(self.user, self.password, folder)


@pytest.fixture
def account(dovecot: Dovecot, user_home: Path, monkeypatch: pytest.MonkeyPatch) -> Account:
    """A new user with the \\Drafts folder "Entwürfe", a plain "Drafts" folder beside it
    (which must not be chosen), settings for implicit TLS, and the password set."""
    made = Account(dovecot, user_home, (DRAFTS_WIRE, "Drafts", "Sent"))
    made.settings()
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", made.password)
    return made


def _saved(folder: str, *subjects: tuple[str, str]) -> str:
    what = "the draft" if len(subjects) == 1 else f"{len(subjects)} drafts"
    return (f"Saved {what} in the folder {folder!r} on 127.0.0.1, as drafts to open, check and "
            "send from your mail client:\n"
            + "".join(f"  {subject} (to {name})\n" for subject, name in subjects))


def _flags(head: bytes) -> set[str]:
    match = re.search(rb"FLAGS \(([^)]*)\)", head)
    assert match, head
    return set(match[1].decode().split())


# ------------------------------------------------------------------ the server itself


def test_dovecot_runs_as_an_ordinary_user(dovecot: Dovecot) -> None:
    """Never as root, even when the tests are run by root (CI in a container)."""
    users = dovecot.process_users()
    assert users and 0 not in users
    assert users == {imap_server.run_as().pw_uid}


# ------------------------------------------------------------------ appending


@pytest.mark.parametrize("security", ["tls", "starttls", "none"])
def test_append_finds_drafts_by_special_use_and_fetches_back_identical(
        invoke: Any, account: Account, security: str) -> None:
    port = account.server.tls_port if security == "tls" else account.server.plain_port
    account.settings(port=port, security=security)
    result = invoke(*ARGS, "--imap")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == _saved("Entwürfe", (SUBJECT, "Priya Shah"))
    [(head, data)] = account.messages()
    assert data == invoke(*ARGS, "--format", "eml").stdout_bytes
    assert {"\\Draft", "\\Seen"} <= _flags(head)
    assert b'INTERNALDATE "17-Nov-2026 09:00:00 +0000"' in head
    assert account.messages("Drafts") == [] and account.messages("INBOX") == []


def test_every_interviewer_in_one_session(invoke: Any, account: Account) -> None:
    panel = SAMPLES / "panel-interview.yaml"
    result = invoke("thank-you", panel, "--all", "--today", "2026-11-19", "--imap")
    assert result.exit_code == 0, result.stderr
    subject = "Thank you: Trainee Solicitor interview"
    names = ["Margaret Ashworth", "David Okafor", "Helen Carter"]
    assert result.stdout == _saved("Entwürfe", *[(subject, name) for name in names])
    stored = [data for _, data in account.messages()]
    assert stored == [invoke("thank-you", panel, "--to", name, "--today", "2026-11-19",
                             "--format", "eml").stdout_bytes for name in names]
    assert all(data.startswith(b"From: =?utf-8?q?Aoife_N=C3=AD_Bhriain?=") for data in stored)


def test_without_special_use_a_usual_name_is_used(invoke: Any, dovecot: Dovecot,
                                                  user_home: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    plain = Account(dovecot, user_home, ("Archive", "Work", "Work/Drafts"))
    plain.settings()
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", plain.password)
    result = invoke(*ARGS, "--imap")
    assert result.stdout == _saved("Work/Drafts", (SUBJECT, "Priya Shah"))
    assert len(plain.messages("Work/Drafts")) == 1


def test_no_drafts_folder_is_an_error_and_never_inbox(invoke: Any, dovecot: Dovecot,
                                                      user_home: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    bare = Account(dovecot, user_home, ("Archive",))
    bare.settings()
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", bare.password)
    result = invoke(*ARGS, "--imap")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "Error: No Drafts folder was found on 127.0.0.1: no folder is marked \\Drafts, and "
        "none has a usual drafts name. Its folders: 'Archive', 'INBOX'. Name the one to use "
        "in settings.yaml:\n    imap:\n      drafts: Drafts\n")
    assert bare.messages("INBOX") == [] and bare.messages("Archive") == []
    bare.settings(drafts="Archive")
    chosen = invoke(*ARGS, "--imap")
    assert chosen.stdout == _saved("Archive", (SUBJECT, "Priya Shah"))
    assert len(bare.messages("Archive")) == 1 and bare.messages("INBOX") == []


@pytest.mark.parametrize(("drafts", "code", "message"), [
    ("INBOX", 2, "settings.yaml: imap: drafts: INBOX is not a drafts folder; name the folder "
                 "your mail client keeps drafts in."),
    ("Brouillons", 1, "The IMAP server 127.0.0.1 has no folder 'Brouillons' (imap: drafts: in "
                      "settings.yaml). Its folders: 'Drafts', 'Entwürfe', 'INBOX', 'Sent'."),
])
def test_a_named_drafts_folder_must_exist_and_not_be_inbox(invoke: Any, account: Account,
                                                           drafts: str, code: int,
                                                           message: str) -> None:
    account.settings(drafts=drafts)
    result = invoke(*ARGS, "--imap")
    assert (result.exit_code, result.stdout, result.stderr) == (code, "", f"Error: {message}\n")
    assert account.messages("INBOX") == []


def test_a_named_non_ascii_folder(invoke: Any, account: Account) -> None:
    account.settings(drafts="Entwürfe")
    assert invoke(*ARGS, "--imap").exit_code == 0
    assert len(account.messages()) == 1


# ------------------------------------------------------------------ the password


def test_refused_login_is_a_clear_sentence_without_the_password(
        invoke: Any, account: Account, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", "not-the-S3cret-pw")
    result = invoke(*ARGS, "--imap")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: The IMAP server 127.0.0.1 refused the login for '{account.user}' "
        "([AUTHENTICATIONFAILED] Authentication failed). Check imap: user: in settings.yaml "
        "and the password in $FOLLOWUP_IMAP_PASSWORD (or the one you typed).\n")
    assert "S3cret" not in result.output


def test_password_from_a_prompt_is_not_echoed(invoke: Any, account: Account,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOLLOWUP_IMAP_PASSWORD")
    result = invoke(*ARGS, "--imap", input=account.password + "\n")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (f"IMAP password for {account.user} on 127.0.0.1 (or set "
                             "FOLLOWUP_IMAP_PASSWORD): \n")
    assert account.password not in result.output
    assert len(account.messages()) == 1


def test_password_from_another_variable(invoke: Any, account: Account,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOLLOWUP_IMAP_PASSWORD")
    monkeypatch.setenv("WORK_MAIL_PW", account.password)
    account.settings(password_env="WORK_MAIL_PW")
    assert invoke(*ARGS, "--imap").exit_code == 0


def test_a_user_and_password_beyond_ascii(invoke: Any, dovecot: Dovecot, user_home: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Sent with AUTHENTICATE PLAIN in UTF-8: imaplib's LOGIN can only write ASCII."""
    jurgen = Account(dovecot, user_home, (DRAFTS_WIRE,), unicode=True)
    assert not (jurgen.user + jurgen.password).isascii()
    jurgen.settings()
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", jurgen.password)
    result = invoke(*ARGS, "--imap")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == _saved("Entwürfe", (SUBJECT, "Priya Shah"))
    [(_, data)] = jurgen.messages()
    assert data == invoke(*ARGS, "--format", "eml").stdout_bytes
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", "Grüße-falsch")
    refused = invoke(*ARGS, "--imap")
    assert (refused.exit_code, refused.stdout) == (1, "")
    assert refused.stderr == (
        f"Error: The IMAP server 127.0.0.1 refused the login for '{jurgen.user}' "
        "([AUTHENTICATIONFAILED] Authentication failed). Check imap: user: in settings.yaml "
        "and the password in $FOLLOWUP_IMAP_PASSWORD (or the one you typed).\n")


def test_password_read_without_a_terminal(dovecot: Dovecot, user_home: Path,
                                          tmp_path: Path) -> None:
    """The real command, in a session of its own (no terminal to prompt on, as under
    cron), given the password on standard input: saved, and no Python warning shown."""
    account = Account(dovecot, user_home, (DRAFTS_WIRE,))
    account.settings()
    env = {key: value for key, value in os.environ.items()
           if key not in ("FOLLOWUP_IMAP_PASSWORD", "PYTHONWARNINGS")}
    done = subprocess.run(
        [sys.executable, "-m", "followup", *map(str, ARGS), "--imap"],
        input=account.password + "\n", capture_output=True, text=True, env=env, cwd=tmp_path,
        start_new_session=True, timeout=60, check=False)
    assert (done.returncode, done.stdout) == (0, _saved("Entwürfe", (SUBJECT, "Priya Shah")))
    assert done.stderr == ("Warning: Password input may be echoed.\n"
                           f"IMAP password for {account.user} on 127.0.0.1 (or set "
                           "FOLLOWUP_IMAP_PASSWORD): \n")
    assert len(account.messages()) == 1


def test_no_password_and_no_input(invoke: Any, account: Account,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOLLOWUP_IMAP_PASSWORD")
    result = invoke(*ARGS, "--imap", input="")
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: No IMAP password: set the environment variable "
                                  "FOLLOWUP_IMAP_PASSWORD, or type it when asked.\n")


# ------------------------------------------------------------------ TLS


def test_an_untrusted_certificate_is_refused(invoke: Any, account: Account) -> None:
    account.settings(ca_file=None)
    result = invoke(*ARGS, "--imap")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith(
        f"Error: The certificate of the IMAP server 127.0.0.1:{account.server.tls_port} could "
        "not be verified (self-signed certificate)")
    assert result.stderr.endswith("name its certificate in settings.yaml as imap: ca_file:.\n")


def test_tls_to_a_plain_port_fails_the_handshake(invoke: Any, account: Account) -> None:
    account.settings(port=account.server.plain_port)
    result = invoke(*ARGS, "--imap")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"Error: The TLS handshake with 127.0.0.1:{account.server.plain_port} failed (")
    assert result.stderr.endswith("993 for security: tls, 143 for starttls.\n")


# ------------------------------------------------------------------ servers that misbehave
# (these need no Dovecot: a few lines of socket server play the part)


class _Server:
    """Listens on 127.0.0.1; `greeting` is sent on connect (None: say nothing at all)."""

    def __init__(self, greeting: bytes | None,
                 capabilities: bytes = b"IMAP4rev1 AUTH=PLAIN") -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.greeting, self.capabilities = greeting, capabilities
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        connection, _ = self.socket.accept()
        with connection:
            if self.greeting is not None:
                connection.sendall(self.greeting)
                reader = connection.makefile("rb")
                for line in reader:
                    tag = line.split(b" ")[0]
                    if b"CAPABILITY" in line.upper():
                        connection.sendall(b"* CAPABILITY " + self.capabilities + b"\r\n" +
                                           tag + b" OK done\r\n")
                    else:
                        connection.sendall(tag + b" BAD no\r\n")
            self.done.wait(10)

    def close(self) -> None:
        self.done.set()
        self.thread.join(5)
        self.socket.close()


@pytest.fixture
def fake_server() -> Iterator[Any]:
    servers: list[_Server] = []

    def make(greeting: bytes | None, **options: Any) -> _Server:
        servers.append(_Server(greeting, **options))
        return servers[-1]
    yield make
    for server in servers:
        server.close()


def test_a_server_that_never_answers_times_out(invoke: Any, user_home: Path, fake_server: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    server = fake_server(None)
    write_settings(user_home, host="127.0.0.1", port=server.port, user="jordan", timeout=0.5)
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", "pw")
    started = time.monotonic()
    result = invoke(*ARGS, "--imap")
    assert time.monotonic() - started < 3
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: The IMAP server 127.0.0.1:{server.port} did not answer "
                             "within 0.5 seconds. Check host, port and security in "
                             "settings.yaml, or try again later.\n")


def test_starttls_not_offered_never_falls_back_to_plain(invoke: Any, user_home: Path,
                                                       fake_server: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    server = fake_server(b"* OK fake IMAP ready\r\n")
    write_settings(user_home, host="localhost", port=server.port, user="jordan",
                   security="starttls", timeout=5)
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", "pw")
    result = invoke(*ARGS, "--imap")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: The IMAP server localhost:{server.port} does not offer "
                             "STARTTLS, and followup will not send your password unencrypted. "
                             "Use security: tls (port 993) in settings.yaml.\n")


def test_nothing_listening(invoke: Any, user_home: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    port = imap_server.free_port()
    write_settings(user_home, host="127.0.0.1", port=port, user="jordan")
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", "pw")
    result = invoke(*ARGS, "--imap")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: The IMAP server 127.0.0.1:{port} refused the connection. "
                             "Check host, port and security in settings.yaml.\n")


def test_credentials_beyond_ascii_need_auth_plain(invoke: Any, user_home: Path,
                                                   fake_server: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    server = fake_server(b"* OK fake IMAP ready\r\n", capabilities=b"IMAP4rev1")
    write_settings(user_home, host="127.0.0.1", port=server.port, user="jürgen",
                   security="none", timeout=5)
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", "Grüße")
    result = invoke(*ARGS, "--imap")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "Error: The IMAP user name or password has characters beyond ASCII, which can only be "
        "sent with AUTHENTICATE PLAIN, and the IMAP server 127.0.0.1 does not offer it. Use a "
        "password (or an app password) of ASCII letters, digits and punctuation.\n")


def test_without_dovecot_the_tests_skip_unless_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imap_server, "_program", lambda name: None)
    monkeypatch.setattr(imap_server, "REQUIRED", False)
    with pytest.raises(pytest.skip.Exception, match=r"Dovecot is not installed \(Debian: "
                                                    r"apt-get install dovecot-imapd\)"):
        imap_server.start()
    monkeypatch.setattr(imap_server, "REQUIRED", True)
    with pytest.raises(pytest.fail.Exception, match="FOLLOWUP_REQUIRE_DOVECOT=1 requires"):
        imap_server.start()
