"""A real Dovecot IMAP server for the tests, run as an ordinary user.

Its own config, passwd-file, certificate and mail live in a temporary folder; it listens
on 127.0.0.1 only, on free ports: one for plain IMAP with STARTTLS, one for implicit
TLS. The certificate is self-signed, made with the `openssl` command, for `localhost`
and 127.0.0.1. The mailbox "Entwürfe" carries the SPECIAL-USE attribute \\Drafts, so a
client that finds it found it by the attribute, not by a name such as "Drafts".

The passwd-file lists a pool of users from the start (Dovecot reads it again at most
once a second, so users written later may not log in at once); each test takes a fresh
one and creates the folders it needs, so every test starts from an empty mailbox. A
second pool has non-ASCII names and passwords. Dovecot's penalty delay after a failed
login is switched off (its documented way: anvil's auth-penalty socket with mode 0), so
that a test of a refused login does not slow the logins of the tests after it.

Dovecot never runs as root here. Started by an ordinary user, every Dovecot process
runs as that user, without chroot. Started by root (CI in a container), Dovecot is
started as the system's `nobody` instead, in a folder under /tmp that `nobody` owns:
the same config, the same single user, nothing that needs root's powers.

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
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

REQUIRED = os.environ.get("FOLLOWUP_REQUIRE_DOVECOT") == "1"
DRAFTS = "Entwürfe"  # the \Drafts folder: deliberately not called "Drafts"
DRAFTS_WIRE = "Entw&APw-rfe"  # its name in IMAP's modified UTF-7
PASSWORD = "c0rrect horse"
UNICODE_PASSWORD = "Grüße-€-Pferd"  # for the second pool, jürgen1@example.com, ...
POOL = 200  # users in the passwd-file, in each pool
_users = itertools.count(1)
_unicode_users = itertools.count(1)


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


def run_as() -> pwd.struct_passwd:
    """The ordinary user Dovecot runs as: this one, or `nobody` when this is root."""
    if os.geteuid() == 0:
        return pwd.getpwnam("nobody")
    return pwd.getpwuid(os.geteuid())


class Dovecot:
    def __init__(self, program: str, folder: Path, user: pwd.struct_passwd) -> None:
        self.program, self.folder, self.user = program, folder, user
        self.group = grp.getgrgid(user.pw_gid).gr_name
        self.plain_port, self.tls_port = free_port(), free_port()
        self.cert = folder / "cert.pem"
        self.passwd = folder / "passwd"
        self.log = folder / "dovecot.log"
        self.mail = folder / "mail"
        self.process: subprocess.Popen[bytes] | None = None

    # ------------------------------------------------------------------ start, stop

    def start(self) -> None:
        self.folder.chmod(0o755)
        self.mail.mkdir()
        self._certificate()
        self.passwd.write_text(
            "".join(f"jordan{number}@example.com:{{PLAIN}}{PASSWORD}::::::\n"
                    f"jürgen{number}@example.com:{{PLAIN}}{UNICODE_PASSWORD}::::::\n"
                    for number in range(1, POOL + 1)), encoding="utf-8")
        config = self.folder / "dovecot.conf"
        config.write_text(self._config(), encoding="utf-8")
        self.log.touch()
        root = os.geteuid() == 0
        if root:  # hand the folder to the ordinary user, and start Dovecot as them
            for path in [self.folder, *self.folder.rglob("*")]:
                os.chown(path, self.user.pw_uid, self.user.pw_gid)
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [self.program, "-F", "-c", str(config)], stdin=subprocess.DEVNULL, stdout=log,
                stderr=log, cwd=self.folder, user=self.user.pw_uid if root else None,
                group=self.user.pw_gid if root else None, extra_groups=[] if root else None)
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

    def process_users(self) -> set[int]:
        """The real and effective uids of the master process and its children (Linux)."""
        assert self.process is not None
        uids: set[int] = set()
        for status in Path("/proc").glob("[0-9]*/status"):
            with contextlib.suppress(OSError):
                fields = dict(line.split(":", 1) for line in
                              status.read_text("ascii", "replace").splitlines() if ":" in line)
                pid, parent = int(fields["Pid"]), int(fields["PPid"])
                if self.process.pid in (pid, parent):
                    uids |= set(map(int, fields["Uid"].split()[:2]))
        return uids

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
        # One user for everything: no chroot (only root may chroot), and no login user
        # apart from the mail user. auth_username_chars empty: names may be non-ASCII.
        user, group = self.user.pw_name, self.group
        return f"""\
base_dir = {self.folder}/run
state_dir = {self.folder}/state
log_path = {self.log}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{self.cert}
ssl_key = <{self.folder}/key.pem
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = 1
first_valid_gid = 1
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_username_chars =
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.passwd}
  default_fields = uid={self.user.pw_uid} gid={self.user.pw_gid} home={self.mail}/%u
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
  chroot =
  inet_listener imap {{
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
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service pop3-login {{
  chroot =
}}
service submission-login {{
  chroot =
}}
service imap-urlauth-login {{
  chroot =
}}
"""

    # ------------------------------------------------------------------ users and mail

    def add_user(self, folders: Sequence[str] = (DRAFTS_WIRE,), *,
                 unicode: bool = False) -> tuple[str, str]:
        """A user not used before, with these folders (modified UTF-7 names) besides INBOX;
        with `unicode`, one whose name and password are not ASCII."""
        if unicode:
            number, name, password = next(_unicode_users), "jürgen", UNICODE_PASSWORD
        else:
            number, name, password = next(_users), "jordan", PASSWORD
        assert number <= POOL, "the Dovecot fixture ran out of users: raise POOL"
        user = f"{name}{number}@example.com"
        with self.session(user, password) as imap:
            for folder in folders:
                typ, data = imap.create(f'"{folder}"')
                assert typ == "OK", data
        return user, password

    @contextlib.contextmanager
    def session(self, user: str, password: str) -> Iterator[imaplib.IMAP4]:
        """Logged in with SASL PLAIN, which carries UTF-8 names and passwords."""
        imap = imaplib.IMAP4("127.0.0.1", self.plain_port, timeout=10)
        try:
            credentials = f"\0{user}\0{password}".encode()
            imap.authenticate("PLAIN", lambda _challenge: credentials)
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
    try:
        user = run_as()
    except KeyError:
        unavailable("running as root, the tests start Dovecot as the user 'nobody', and "
                    "there is none")
        raise
    # As root, under /tmp: `nobody` must reach the folder, and TMPDIR may be private.
    where = "/tmp" if os.geteuid() == 0 else None
    server = Dovecot(program, folder or Path(tempfile.mkdtemp(prefix="followup-dovecot-",
                                                               dir=where)), user)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server
