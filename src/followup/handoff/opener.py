"""Handing an .eml file, an HTML page or a mailto: link to the platform's opener, which
passes it to the user's mail client (or browser): `os.startfile` on Windows, `open` on
macOS, `xdg-open` on Linux and the BSDs, and `wslview` (or Windows' own `explorer.exe`)
under WSL.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping

from followup.errors import HandoffFailed

# xdg-open's exit codes, as its manual gives them.
_XDG_EXIT = {1: "a syntax error", 2: "the file does not exist", 3: "no program is set up to "
             "open it", 4: "the program that should open it failed"}
_WAIT = 10.0  # seconds: an opener that is still running then is taken to have worked
# Openers still running when this returned: kept, not collected, so that nothing warns
# about a child process left running on purpose (it ends with the program it started).
_still_running: list[subprocess.Popen[bytes]] = []


def is_wsl(environ: Mapping[str, str] = os.environ) -> bool:
    if environ.get("WSL_DISTRO_NAME"):
        return True
    try:
        with open("/proc/sys/kernel/osrelease", encoding="ascii", errors="replace") as stream:
            return "microsoft" in stream.read().lower()
    except OSError:
        return False


def candidates(platform: str = sys.platform,
               environ: Mapping[str, str] = os.environ) -> list[str]:
    """The opener programs to try on this platform, best first."""
    if platform == "darwin":
        return ["open"]
    if platform.startswith("linux") and is_wsl(environ):
        return ["wslview", "xdg-open", "explorer.exe"]
    return ["xdg-open"]


def open_target(target: str, *, platform: str = sys.platform,
                environ: Mapping[str, str] = os.environ) -> str:
    """Open `target` (a path or a mailto: link); returns the opener's name. An opener
    that is missing or fails is a HandoffFailed that says what to do by hand."""
    if platform == "win32":
        startfile = getattr(os, "startfile", None)
        if startfile is not None:
            try:
                startfile(target)
            except OSError as error:
                raise HandoffFailed(f"Windows could not open {target}: {error.strerror or error}."
                                    f" {_by_hand(target)}") from None
            return "os.startfile"
    names = candidates(platform, environ)
    path = environ.get("PATH", os.defpath)
    for name in names:
        program = shutil.which(name, path=path)
        if program is None:
            continue
        _run(program, name, target)
        return name
    raise HandoffFailed(f"No program to open it with was found (looked for "
                        f"{', '.join(names)}). {_by_hand(target)}"
                        + (" On Linux, xdg-open comes with the xdg-utils package."
                           if "xdg-open" in names else ""))


def _run(program: str, name: str, target: str) -> None:
    argument = target
    if name == "explorer.exe" and not target.startswith("mailto:"):
        argument = _windows_path(target)
    process = subprocess.Popen([program, argument], stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        code = process.wait(timeout=_WAIT)
    except subprocess.TimeoutExpired:  # some openers wait for the program they started
        _still_running.append(process)
        return
    if code != 0 and name != "explorer.exe":  # explorer.exe exits 1 even when it worked
        reason = _XDG_EXIT.get(code, f"exit status {code}") if name == "xdg-open" else \
            f"exit status {code}"
        raise HandoffFailed(f"{name} could not open it ({reason}). {_by_hand(target)}")


def _windows_path(target: str) -> str:
    try:
        done = subprocess.run(["wslpath", "-w", target], capture_output=True, text=True,
                              timeout=5, check=True)
    except (OSError, subprocess.SubprocessError):
        return target
    return done.stdout.strip() or target


def _by_hand(target: str) -> str:
    if target.startswith("mailto:"):
        return ("Copy the mailto: link above into your browser's address bar, or use "
                "--format eml and open the file from your mail client.")
    return f"Open {target} from your mail client or file manager."
