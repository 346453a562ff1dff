"""Saving drafts into the user's IMAP Drafts folder, where every mail client sees them.

The message is APPENDed with the \\Draft flag (and \\Seen, as mail clients save their
own drafts) to the folder the server marks with the SPECIAL-USE attribute \\Drafts
(RFC 6154); failing that, to a folder with a usual drafts name in one of several
languages; failing that, an error that lists the folders, never INBOX. Folder names
are quoted, and non-ASCII ones written in IMAP's modified UTF-7.

The connection is encrypted unless the settings say otherwise: implicit TLS (port
993) by default, or STARTTLS (port 143), with the server's certificate verified;
`security: none` is allowed only for a server on this computer (a mail bridge).
The password is given by the caller (from an environment variable or a prompt);
it is never printed, and a line break in it is refused before it reaches the server.
Nothing is ever sent as mail.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import imaplib
import re
import socket
import ssl
from collections.abc import Sequence
from typing import NamedTuple

from followup.errors import FollowupError, HandoffFailed
from followup.headers import LINE_BREAKS, single_line
from followup.settings import FILE_NAME, Imap

FLAGS = r"(\Draft \Seen)"
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
# Folder names mail clients and servers use for drafts, matched without regard to case
# against a folder's last part ("INBOX.Drafts", "[Gmail]/Drafts"); first match wins.
COMMON_NAMES = ("Drafts", "Draft", "Entwürfe", "Brouillons", "Borradores", "Bozze",
                "Rascunhos", "Concepten", "Kladder", "Utkast", "Luonnokset", "Szkice",
                "Koncepty", "Черновики", "下書き", "草稿")
_LIST_LINE = re.compile(r'\A\((?P<attributes>[^)]*)\) (?P<delimiter>"(?:[^"\\]|\\.)*"|NIL) '
                        r"(?P<name>.*)\Z", re.DOTALL)


class Folder(NamedTuple):
    name: str  # as the user reads it (decoded)
    wire: str  # as the server writes it (modified UTF-7)
    delimiter: str | None
    attributes: frozenset[str]  # lower case, such as "\\drafts"


class Saved(NamedTuple):
    folder: str
    host: str
    number: int


def save_drafts(account: Imap, password: str,
                messages: Sequence[tuple[bytes, datetime.datetime]]) -> Saved:
    """Append each (message, date) to the account's Drafts folder, in one session."""
    _check_account(account, password)
    where = f"{account.host}:{account.port_number}"
    try:
        connection = _connect(account)
    except TimeoutError:
        raise _timeout(account) from None
    except ssl.SSLCertVerificationError as error:
        raise HandoffFailed(
            f"The certificate of the IMAP server {where} could not be verified "
            f"({error.verify_message}). If the server uses a private certificate authority, "
            f"name its certificate in {FILE_NAME} as imap: ca_file:.") from None
    except ssl.SSLError as error:
        raise HandoffFailed(
            f"The TLS handshake with {where} failed ({error.reason or error}). Check the "
            f"port and security in {FILE_NAME}: 993 for security: tls, 143 for starttls."
        ) from None
    except socket.gaierror:
        raise HandoffFailed(f"The IMAP server's name {account.host!r} could not be found. "
                            f"Check imap: host: in {FILE_NAME}.") from None
    except ConnectionRefusedError:
        raise HandoffFailed(f"The IMAP server {where} refused the connection. Check host, "
                            f"port and security in {FILE_NAME}.") from None
    except (OSError, imaplib.IMAP4.error) as error:
        raise HandoffFailed(f"Could not connect to the IMAP server {where}: "
                            f"{_text(error)}.") from None
    try:
        _login(connection, account, password)
        folder = find_drafts(_folders(connection), account.drafts, account.host)
        for message, when in messages:
            typ, data = connection.append(quote(folder.wire), FLAGS, when, message)
            if typ != "OK":
                raise HandoffFailed(f"The IMAP server {account.host} did not save the draft "
                                    f"in {folder.name!r}: {_text(data)}.")
        return Saved(folder.name, account.host, len(messages))
    except TimeoutError:
        raise _timeout(account) from None
    except imaplib.IMAP4.abort as error:
        if "timed out" in str(error):
            raise _timeout(account) from None
        raise HandoffFailed(f"The IMAP server {account.host} closed the connection: "
                            f"{_text(error)}.") from None
    except imaplib.IMAP4.error as error:
        raise HandoffFailed(f"The IMAP server {account.host} answered: {_text(error)}.") from None
    finally:
        _close(connection)


def _check_account(account: Imap, password: str) -> None:
    single_line("IMAP user", account.user)
    if any(char in LINE_BREAKS or char == "\x00" for char in password):
        raise FollowupError(f"The password in ${account.password_env} contains a line break "
                            "or NUL, which IMAP cannot carry: check how it was set.")
    if account.security == "none" and account.host.lower().strip("[]") not in LOCAL_HOSTS:
        raise FollowupError(
            f"{FILE_NAME}: imap: security: none would send the password unencrypted to "
            f"{account.host}; it is allowed only for a server on this computer (localhost). "
            "Use security: tls (port 993) or starttls (port 143).")


def _connect(account: Imap) -> imaplib.IMAP4:
    host, port, timeout = account.host, account.port_number, account.timeout
    if account.security == "none":
        return imaplib.IMAP4(host, port, timeout=timeout)
    try:
        context = ssl.create_default_context(cafile=account.ca_file)
    except (OSError, ssl.SSLError) as error:
        reason = getattr(error, "strerror", None) or error
        raise FollowupError(f"{FILE_NAME}: imap: ca_file: {account.ca_file} cannot be used "
                            f"as certificates ({reason}).") from None
    if account.security == "tls":
        return imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=timeout)
    connection = imaplib.IMAP4(host, port, timeout=timeout)
    if "STARTTLS" not in connection.capabilities:
        connection.shutdown()
        raise HandoffFailed(
            f"The IMAP server {host}:{port} does not offer STARTTLS, and followup will not "
            f"send your password unencrypted. Use security: tls (port 993) in {FILE_NAME}.")
    try:
        connection.starttls(ssl_context=context)
    except BaseException:
        _close(connection)
        raise
    return connection


def _close(connection: imaplib.IMAP4) -> None:
    """Log out; a server that answers LOGOUT with an error still has its socket closed."""
    try:
        connection.logout()
    except (OSError, imaplib.IMAP4.error):
        with contextlib.suppress(OSError):
            connection.shutdown()


def _login(connection: imaplib.IMAP4, account: Imap, password: str) -> None:
    """LOGIN for ASCII names and passwords; SASL PLAIN, which carries UTF-8, for others
    (imaplib writes commands in ASCII, so LOGIN cannot send "Grüße")."""
    if "LOGINDISABLED" in connection.capabilities:
        raise HandoffFailed(f"The IMAP server {account.host} does not allow a password login "
                            "on this connection. Use security: tls or starttls.")
    plain = not (account.user.isascii() and password.isascii())
    if plain and "AUTH=PLAIN" not in connection.capabilities:
        raise HandoffFailed(
            f"The IMAP user name or password has characters beyond ASCII, which can only be "
            f"sent with AUTHENTICATE PLAIN, and the IMAP server {account.host} does not offer "
            "it. Use a password (or an app password) of ASCII letters, digits and "
            "punctuation.")
    try:
        if plain:
            credentials = f"\0{account.user}\0{password}".encode()
            connection.authenticate("PLAIN", lambda _challenge: credentials)
        else:
            connection.login(quote(account.user), password)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error as error:
        raise HandoffFailed(
            f"The IMAP server {account.host} refused the login for {account.user!r} "
            f"({_text(error)}). Check imap: user: in {FILE_NAME} and the password in "
            f"${account.password_env} (or the one you typed).") from None


def _folders(connection: imaplib.IMAP4) -> list[Folder]:
    """Every folder with its attributes: with SPECIAL-USE, the \\Drafts attribute is asked
    for (RFC 6154 RETURN); without it, some servers still give it in a plain LIST."""
    typ, data = connection.capability()
    words = b" ".join(item for item in data if isinstance(item, bytes)).upper().split()
    pattern = '"*" RETURN (SPECIAL-USE)' if b"SPECIAL-USE" in words else '"*"'
    typ, data = connection.list('""', pattern)
    if typ != "OK":
        raise HandoffFailed(f"The IMAP server would not list its folders: {_text(data)}.")
    return parse_list(data)


def parse_list(data: Sequence[object]) -> list[Folder]:
    """LIST responses as imaplib gives them: bytes, or (head, literal name) pairs."""
    folders = []
    for item in data:
        literal: bytes | None = None
        if isinstance(item, tuple):
            head, literal = item[0], item[1]
        elif isinstance(item, bytes) and item.strip():
            head = item
        else:
            continue
        match = _LIST_LINE.match(head.decode("utf-8", "replace"))
        if match is None:
            continue
        rest = match["name"]
        if literal is not None:
            wire = literal.decode("utf-8", "replace")
        elif rest.startswith('"'):
            quoted = re.match(r'"((?:[^"\\]|\\.)*)"', rest)
            wire = re.sub(r"\\(.)", r"\1", quoted[1]) if quoted else rest
        else:
            wire = rest.split(" ", 1)[0]
        delimiter = None if match["delimiter"] == "NIL" else \
            re.sub(r"\\(.)", r"\1", match["delimiter"][1:-1])
        attributes = frozenset(match["attributes"].lower().split())
        folders.append(Folder(decode_name(wire), wire, delimiter, attributes))
    return folders


def find_drafts(folders: Sequence[Folder], wanted: str | None, host: str) -> Folder:
    """The folder to save drafts in: the one named in the settings, else the \\Drafts one,
    else one with a usual drafts name; never INBOX."""
    def is_inbox(folder: Folder) -> bool:
        return folder.wire.upper() == "INBOX"

    listing = ", ".join(sorted((repr(folder.name) for folder in folders), key=str.casefold)) \
        or "none"
    if wanted is not None:
        if wanted.upper() == "INBOX":
            raise FollowupError(f"{FILE_NAME}: imap: drafts: INBOX is not a drafts folder; "
                                "name the folder your mail client keeps drafts in.")
        for folder in folders:
            if wanted in (folder.name, folder.wire):
                return folder
        raise HandoffFailed(f"The IMAP server {host} has no folder {wanted!r} (imap: drafts: "
                            f"in {FILE_NAME}). Its folders: {listing}.")
    for folder in folders:
        if "\\drafts" in folder.attributes and not is_inbox(folder) \
                and "\\noselect" not in folder.attributes:
            return folder
    for common in COMMON_NAMES:
        for folder in folders:
            last = folder.name.split(folder.delimiter)[-1] if folder.delimiter else folder.name
            if last.casefold() == common.casefold() and not is_inbox(folder) \
                    and "\\noselect" not in folder.attributes:
                return folder
    raise HandoffFailed(
        f"No Drafts folder was found on {host}: no folder is marked \\Drafts, and none has a "
        f"usual drafts name. Its folders: {listing}. Name the one to use in {FILE_NAME}:\n"
        "    imap:\n      drafts: Drafts")


def quote(name: str) -> str:
    """An IMAP quoted string."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def decode_name(wire: str) -> str:
    """Modified UTF-7 (RFC 3501, 5.1.3) to text: 'Entw&APw-rfe' -> 'Entwürfe'."""
    def shifted(match: re.Match[str]) -> str:
        if not match[1]:
            return "&"
        data = match[1].replace(",", "/")
        try:
            return base64.b64decode(data + "=" * (-len(data) % 4)).decode("utf-16-be")
        except (ValueError, UnicodeDecodeError):
            return match[0]
    return re.sub(r"&([A-Za-z0-9+,]*)-", shifted, wire)


def _timeout(account: Imap) -> HandoffFailed:
    return HandoffFailed(f"The IMAP server {account.host}:{account.port_number} did not answer "
                         f"within {account.timeout:g} seconds. Check host, port and security "
                         f"in {FILE_NAME}, or try again later.")


def _text(value: object) -> str:
    """A server's words, from the bytes or lists imaplib gives."""
    if isinstance(value, BaseException):
        value = value.args[0] if value.args else str(value)
    if isinstance(value, (list, tuple)):
        value = b" ".join(item for item in value if isinstance(item, bytes))
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).strip().rstrip(".")
