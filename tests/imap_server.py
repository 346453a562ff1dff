"""A real Dovecot IMAP server for the tests, started as an ordinary process.

Its own config, passwd-file, certificate and mail live in a temporary folder; it listens
on 127.0.0.1 only, on free ports: one for plain IMAP with STARTTLS, one for implicit
TLS. The certificate is self-signed, made with the `openssl` command, for `localhost`
and 127.0.0.1. The mailbox "Entwürfe" carries the SPECIAL-USE attribute \\Drafts, so a
client that finds it found it by the attribute, not by a name such as "Drafts".

The passwd-file lists a pool of users from the start (Dovecot reads it again at most
once a second, so users written later may not log in at once); each test takes a fresh
one and creates the folders it needs, so every test starts from an empty mailbox.
Dovecot's penalty delay after a failed login is switched off (its documented way:
anvil's auth-penalty socket with mode 0), so that a test of a refused login does not
slow the logins of the tests after it by seconds.

Run as root (CI), Dovecot refuses to run its login processes or mail processes as
root: the login processes then run as Debian's `dovenull` (in their chroot, as
usual) and mail as `nobody`, in a folder under /tmp they can reach. As an ordinary
user, everything runs as that user, without chroot.

Debian's package is dovecot-imapd (Dovecot 2.3). Where it is missing the tests skip
with the reason, unless FOLLOWUP_REQUIRE_DOVECOT=1 (set by .ci/run), which makes
them fail instead.
"""

from __future__ import annotations

import contextlib
import grp
import imaplib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

REQUIRED = os.environ.get("FOLLOWUP_REQUIRE_DOVECOT") == "1"
DRAFTS = "Entwürfe"  # the \Drafts folder: deliberately not called "Drafts"
DRAFTS_WIRE = "Entw&APw-rfe"  # its name in IMAP's modified UTF-7
PASSWORD = "c0rrect horse"
POOL = 200  # users in the passwd-file
_users = itertools.count(1)


def unavailable(reason: str) -> None:
    """Skip, or fail when CI requires Dovecot."""
    if REQUIRED:
        pytest.fail(f"{reason} (FOLLOWUP_REQUIRE_DOVECOT=1 requires the IMAP tests to run)")
    pytest.skip(reason)


def _program(name: str) -> str | None:
    path = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/usr/local/sbin"])
    return shutil.which(name, path=path)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Dovecot:
    def __init__(self, program: str, folder: Path) -> None:
        self.program, self.folder = program, folder
        self.plain_port, self.tls_port = free_port(), free_port()
        self.cert = folder / "cert.pem"
        self.passwd = folder / "passwd"
        self.log = folder / "dovecot.log"
        self.mail = folder / "mail"
        self.process: subprocess.Popen[bytes] | None = None
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            self.mail_uid, self.mail_gid = nobody.pw_uid, nobody.pw_gid
            self.login_user = "dovenull"
            self.internal_user = "dovecot"
        else:
            self.mail_uid, self.mail_gid = os.getuid(), os.getgid()
            self.login_user = self.internal_user = pwd.getpwuid(os.getuid()).pw_name

    # ------------------------------------------------------------------ start, stop

    def start(self) -> None:
        self.folder.chmod(0o755)
        self.mail.mkdir()
        if os.geteuid() == 0:
            os.chown(self.mail, self.mail_uid, self.mail_gid)
        self._certificate()
        self.passwd.write_text("".join(f"jordan{number}@example.com:{{PLAIN}}{PASSWORD}::::::\n"
                                       for number in range(1, POOL + 1)), encoding="utf-8")
        config = self.folder / "dovecot.conf"
        config.write_text(self._config(), encoding="utf-8")
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen([self.program, "-F", "-c", str(config)],
                                            stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Dovecot stopped at start-up:\n{self.log_text()}")
            with contextlib.suppress(OSError), \
                    socket.create_connection(("127.0.0.1", self.plain_port), timeout=1) as probe:
                if probe.recv(100).startswith(b"* OK"):
                    return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Dovecot did not answer within 15 seconds:\n{self.log_text()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)

    def log_text(self) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]
        except OSError:
            return "(no log)"

    def _certificate(self) -> None:
        openssl = _program("openssl")
        if openssl is None:
            unavailable("the openssl command is not installed (Debian: apt-get install openssl)")
        assert openssl is not None
        subprocess.run(
            [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
             "-nodes", "-days", "2", "-subj", "/CN=localhost",
             "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
             "-keyout", str(self.folder / "key.pem"), "-out", str(self.cert)],
            check=True, capture_output=True, timeout=30)

    def _config(self) -> str:
        root = os.geteuid() == 0
        # As root the login processes keep their usual chroot; an ordinary user cannot chroot.
        no_chroot = "" if root else "  chroot =\n"
        return f"""\
base_dir = {self.folder}/run
state_dir = {self.folder}/state
log_path = {self.log}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{self.cert}
ssl_key = <{self.folder}/key.pem
default_internal_user = {self.internal_user}
default_internal_group = {grp.getgrgid(pwd.getpwnam(self.internal_user).pw_gid).gr_name}
default_login_user = {self.login_user}
first_valid_uid = 1
first_valid_gid = 1
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.passwd}
  default_fields = uid={self.mail_uid} gid={self.mail_gid} home={self.mail}/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox "{DRAFTS}" {{
    special_use = \\Drafts
  }}
}}
service imap-login {{
{no_chroot}  inet_listener imap {{
    address = 127.0.0.1
    port = {self.plain_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.tls_port}
    ssl = yes
  }}
}}
service anvil {{
{no_chroot}  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service pop3-login {{
{no_chroot}}}
service submission-login {{
{no_chroot}}}
service imap-urlauth-login {{
{no_chroot}}}
"""

    # ------------------------------------------------------------------ users and mail

    def add_user(self, folders: Sequence[str] = (DRAFTS_WIRE,)) -> tuple[str, str]:
        """A user not used before, with these folders (modified UTF-7 names) besides INBOX."""
        number = next(_users)
        assert number <= POOL, "the Dovecot fixture ran out of users: raise POOL"
        user, password = f"jordan{number}@example.com", PASSWORD
        with self.session(user, password) as imap:
            for folder in folders:
                typ, data = imap.create(f'"{folder}"')
                assert typ == "OK", data
        return user, password

    @contextlib.contextmanager
    def session(self, user: str, password: str):  # type: ignore[no-untyped-def]
        imap = imaplib.IMAP4("127.0.0.1", self.plain_port, timeout=10)
        try:
            imap.login(f'"{user}"', password)
            yield imap
        finally:
            with contextlib.suppress(OSError, imaplib.IMAP4.error):
                imap.logout()

    def messages(self, user: str, password: str, folder: str) -> list[tuple[bytes, bytes]]:
        """(flags and date, the whole message) of every message in `folder` (a wire name)."""
        with self.session(user, password) as imap:
            typ, data = imap.select(f'"{folder}"', readonly=True)
            assert typ == "OK", data
            if int(data[0] or 0) == 0:
                return []
            typ, data = imap.fetch("1:*", "(FLAGS INTERNALDATE BODY.PEEK[])")
            assert typ == "OK", data
            return [(item[0], item[1]) for item in data if isinstance(item, tuple)]


def start(folder: Path | None = None) -> Dovecot:
    """A running server, or a skip (or a failure, when required) saying why not."""
    program = _program("dovecot")
    if program is None:
        unavailable("Dovecot is not installed (Debian: apt-get install dovecot-imapd)")
    assert program is not None
    version = subprocess.run([program, "--version"], capture_output=True, text=True,
                             timeout=30).stdout.strip()
    if not version.startswith("2.3"):
        unavailable(f"the Dovecot fixture's config is written for Dovecot 2.3; this is "
                    f"{version or 'an unknown version'}")
    if os.geteuid() == 0:
        for user in ("dovenull", "dovecot", "nobody"):
            try:
                pwd.getpwnam(user)
            except KeyError:
                unavailable(f"running as root, Dovecot needs the system user {user!r}")
    server = Dovecot(program, folder or Path(tempfile.mkdtemp(prefix="followup-dovecot-")))
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server
