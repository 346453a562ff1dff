"""Putting text on the clipboard with the platform's own tools, and checking it arrived.

Linux: `wl-copy` (Wayland), `xclip` or `xsel` (X11); macOS: `pbcopy`; Windows and
WSL: `clip.exe`. After copying, the text is read back (`wl-paste`, `xclip -o`,
`xsel -o`, `pbpaste`, PowerShell's `Get-Clipboard`): a tool that reports success but
leaves the clipboard without the text, as some do with no display, is a failure, and
the next tool is tried. When none works, the error lists what was tried and the other
ways to get the draft into a mail client.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from typing import NamedTuple

from followup.errors import HandoffFailed
from followup.handoff.opener import is_wsl

_TIMEOUT = 5.0
_POWERSHELL_PASTE = ("[Console]::OutputEncoding = [Text.Encoding]::UTF8; "
                     "Get-Clipboard -Raw")


class Tool(NamedTuple):
    name: str
    copy: tuple[str, ...]
    paste: tuple[str, ...] | None
    encoding: str = "utf-8"
    # True: a read-back that fails to run means the copy failed (X11, Wayland, macOS).
    # False: it means only "not verified" (PowerShell may be missing or slow).
    strict: bool = True
    # pbcopy and pbpaste read and write text in the locale's encoding: outside a UTF-8
    # locale (LANG unset, as under ssh or cron) "Grüße" would arrive garbled.
    utf8_locale: bool = False


WL = Tool("wl-copy", ("wl-copy",), ("wl-paste", "--no-newline"))
XCLIP = Tool("xclip", ("xclip", "-selection", "clipboard", "-in"),
             ("xclip", "-selection", "clipboard", "-out"))
XSEL = Tool("xsel", ("xsel", "--clipboard", "--input"), ("xsel", "--clipboard", "--output"))
PBCOPY = Tool("pbcopy", ("pbcopy",), ("pbpaste",), utf8_locale=True)
CLIP = Tool("clip.exe", ("clip.exe",), ("powershell.exe", "-NoProfile", "-Command",
                                        _POWERSHELL_PASTE), "utf-16", strict=False)
WINDOWS_CLIP = CLIP._replace(paste=("powershell", "-NoProfile", "-Command", _POWERSHELL_PASTE))


class Copied(NamedTuple):
    tool: str
    verified: bool


def tools(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> list[Tool]:
    """The tools to try here, best first: Wayland's before X11's in a Wayland session."""
    if platform == "darwin":
        return [PBCOPY]
    if platform == "win32":
        return [WINDOWS_CLIP]
    found = [XCLIP, XSEL]
    found.insert(0 if environ.get("WAYLAND_DISPLAY") else len(found), WL)
    if platform.startswith("linux") and is_wsl(environ):
        found.append(CLIP)
    return found


def copy(text: str, *, platform: str = sys.platform,
         environ: Mapping[str, str] = os.environ) -> Copied:
    """Copy `text` with the first tool that works; HandoffFailed when none does."""
    path = environ.get("PATH", os.defpath)
    available = [tool for tool in tools(platform, environ) if shutil.which(tool.copy[0], path=path)]
    if not available:
        names = ", ".join(tool.name for tool in tools(platform, environ))
        raise HandoffFailed(f"No clipboard tool was found (looked for {names})."
                            f"{_install_hint(platform)}{_ALTERNATIVES}")
    failures = []
    for tool in available:
        problem, verified = _try(tool, text, path, environ)
        if problem is None:
            return Copied(tool.name, verified)
        failures.append(f"{tool.name}: {problem}")
    no_display = "" if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY") or \
        platform in ("darwin", "win32") else " There is no graphical session here " \
        "(neither DISPLAY nor WAYLAND_DISPLAY is set), so no clipboard to use."
    raise HandoffFailed("The draft could not be put on the clipboard ("
                        + "; ".join(failures) + ")." + no_display + _ALTERNATIVES)


_ALTERNATIVES = (" Instead: run without --copy and copy the printed draft, write it to a "
                 "file with --out, or hand it to your mail client with --format eml --open "
                 "or --format mailto --open.")


def _install_hint(platform: str) -> str:
    if platform.startswith("linux"):
        return " Install wl-clipboard (Wayland) or xclip or xsel (X11)."
    return ""


def _try(tool: Tool, text: str, path: str,
         environ: Mapping[str, str]) -> tuple[str | None, bool]:
    """(None, verified) when the text is on the clipboard; (the problem, False) if not."""
    data = ("\ufeff" + text).encode("utf-16-le") if tool.encoding == "utf-16" else \
        text.encode(tool.encoding)
    env = {**environ, "PATH": path}
    if tool.utf8_locale:
        env.pop("LC_ALL", None)
        env["LC_CTYPE"] = "UTF-8"
    # Some tools stay in the background to serve the clipboard: give them no pipe to
    # hold open, or this would wait for them. Their complaints go to a file.
    with tempfile.TemporaryFile() as errors:
        try:
            done = subprocess.run(tool.copy, input=data, stdout=subprocess.DEVNULL,
                                  stderr=errors, timeout=_TIMEOUT, env=env, check=False)
        except subprocess.TimeoutExpired:
            return f"did not finish within {_TIMEOUT:g} seconds", False
        except OSError as error:
            return error.strerror or str(error), False
        errors.seek(0)
        complaint = errors.read().decode("utf-8", "replace").strip().splitlines()
    if done.returncode != 0:
        return (complaint[0] if complaint else f"exit status {done.returncode}"), False
    if tool.paste is None or not shutil.which(tool.paste[0], path=path):
        return None, False
    try:
        back = subprocess.run(tool.paste, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=_TIMEOUT, env=env, check=False)
    except (subprocess.TimeoutExpired, OSError):
        return (None, False) if not tool.strict else \
            ("copied, but reading the clipboard back did not work", False)
    if back.returncode != 0:
        if not tool.strict:
            return None, False
        return "reported success, but the clipboard is empty afterwards", False
    if _same(back.stdout.decode("utf-8", "replace"), text):
        return None, True
    return "reported success, but the clipboard does not hold the text afterwards", False


def _same(pasted: str, text: str) -> bool:
    def normal(value: str) -> str:
        return value.replace("\r\n", "\n").lstrip("\ufeff").rstrip("\n")
    return normal(pasted) == normal(text)
