"""settings.yaml in FOLLOWUP_HOME: the IMAP account, strict and with file:line errors;
never a password."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup import settings

from .conftest import SAMPLES

ARGS = ("thank-you", SAMPLES / "big-beanz.yaml", "--today", "2026-11-17")


def _write(home: Path, text: str) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "settings.yaml"
    path.write_text(text, "utf-8")
    return path


def test_no_account_says_how_to_set_one_up(invoke: Any, user_home: Path) -> None:
    result = invoke(*ARGS, "--imap")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"Error: No IMAP account is set up. Add one to {user_home / 'settings.yaml'}:\n"
        "    imap:\n      host: imap.example.com\n      user: jordan.lee@example.com\n"
        "  (security: tls is the default; see the README for the rest.)\n")


def test_full_settings_load(user_home: Path) -> None:
    _write(user_home, "# mine\nimap:\n  host: imap.example.com\n  user: jordan\n"
                      "  security: starttls\n  port: 1143\n  password_env: MAIL_PW\n"
                      "  drafts: Entwürfe\n  timeout: 12.5\n  ca_file: certs/ca.pem\n")
    assert settings.load() == settings.Settings(imap=settings.Imap(
        host="imap.example.com", user="jordan", security="starttls", port=1143,
        password_env="MAIL_PW", drafts="Entwürfe", timeout=12.5,
        ca_file=str((user_home / "certs" / "ca.pem").resolve())))


def test_defaults_and_an_empty_file(user_home: Path) -> None:
    path = _write(user_home, "")
    assert settings.load() == settings.Settings()
    path.write_text("imap:\n  host: h.example\n  user: u\n", "utf-8")
    account = settings.imap_account()
    assert (account.security, account.port_number, account.password_env, account.drafts,
            account.timeout, account.ca_file) == ("tls", 993, "FOLLOWUP_IMAP_PASSWORD", None,
                                                  30.0, None)


SETTINGS_ERRORS = [
    ("password", "imap:\n  host: h.example\n  user: u\n  password: hunter2\n",
     "{path}:4: imap.password: followup never reads a password from a file\n  Remove it. Put "
     "the password in the environment variable FOLLOWUP_IMAP_PASSWORD, or type it when asked."),
    ("password-other-variable",
     "imap:\n  host: h.example\n  user: u\n  password_env: PW\n  password: hunter2\n",
     "{path}:5: imap.password: followup never reads a password from a file\n  Remove it. Put "
     "the password in the environment variable PW, or type it when asked."),
    ("typo", "imap:\n  hots: h.example\n  user: u\n",
     "{path}:2: imap.hots: unknown field\n  Did you mean 'host'?"),
    ("security", "imap:\n  host: h.example\n  user: u\n  security: ssl\n",
     "{path}:4: imap.security: 'ssl' is not allowed\n  Use one of: tls, starttls, none."),
    ("yaml", "imap:\n  host: h.example\n user: u\n",
     "{path}:3: YAML syntax: "),
    ("not-a-mapping", "- imap\n",
     "{path}:1: the settings file is a mapping of sections, such as imap:\n  For example:\n"
     "    imap:\n      host: imap.example.com\n      user: jordan.lee@example.com"),
]


@pytest.mark.parametrize(("text", "message"), [case[1:] for case in SETTINGS_ERRORS],
                         ids=[case[0] for case in SETTINGS_ERRORS])
def test_settings_errors_name_the_file_line_and_field(invoke: Any, user_home: Path,
                                                      text: str, message: str) -> None:
    path = _write(user_home, text)
    result = invoke(*ARGS, "--imap")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("Error: " + message.format(path=path))
    assert "hunter2" not in result.stderr


@pytest.mark.parametrize("value", ["0", "70000", "'many'"])
def test_port_must_be_a_port(user_home: Path, value: str, invoke: Any) -> None:
    path = _write(user_home, f"imap:\n  host: h.example\n  user: u\n  port: {value}\n")
    result = invoke(*ARGS, "--imap")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {path}:4: imap.port: ")


def test_a_broken_settings_file_does_not_stop_other_drafts(invoke: Any, user_home: Path) -> None:
    _write(user_home, "imap: [\n")
    assert invoke(*ARGS).exit_code == 0
    assert invoke(*ARGS, "--format", "eml").exit_code == 0


def test_a_missing_ca_file(invoke: Any, user_home: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    _write(user_home, "imap:\n  host: h.example\n  user: u\n  ca_file: nowhere.pem\n")
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", "pw")
    result = invoke(*ARGS, "--imap")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: settings.yaml: imap: ca_file: "
                             f"{(user_home / 'nowhere.pem').resolve()} cannot be used as "
                             "certificates (No such file or directory).\n")


def test_the_readme_example_is_valid(user_home: Path) -> None:
    import textwrap

    from .conftest import ROOT

    readme = ROOT.joinpath("README.md").read_text("utf-8")
    section = readme.split("## Into your mail client")[1]
    block = section.split("```yaml\n")[1].split("```")[0]
    _write(user_home, textwrap.dedent(block))
    assert settings.imap_account() == settings.Imap(
        host="imap.example.com", user="jordan.lee@example.com", security="tls")
