"""--copy: the body on the clipboard, checked by reading it back; every platform's tools,
played here by small stand-in programs that keep the 'clipboard' in a file."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from followup.errors import HandoffFailed
from followup.handoff import clipboard

from .conftest import SAMPLES

BIG_BEANZ = SAMPLES / "big-beanz.yaml"
ARGS = ("thank-you", BIG_BEANZ, "--today", "2026-11-17")

# What each stand-in does: "store" keeps its input, "show" prints what was kept (and,
# like wl-paste, fails when nothing was), "both" is either by its arguments (xclip and
# xsel copy and paste), "lose" keeps nothing and says nothing (a tool that fails
# silently), "fail" complains as xclip does with no display.
_SCRIPT = """#!{python}
import sys
from pathlib import Path
store = Path({store!r})
action = {action!r}
if action == "both":
    action = "show" if {{"-out", "--output"}} & set(sys.argv) else "store"
if action == "store":
    store.write_bytes(sys.stdin.buffer.read())
elif action == "store-utf16":
    store.write_bytes(sys.stdin.buffer.read())
elif action == "show":
    if not store.exists():
        sys.exit("Nothing is copied")
    sys.stdout.buffer.write(store.read_bytes())
elif action == "show-utf16":
    sys.stdout.buffer.write(store.read_bytes().decode("utf-16").encode("utf-8") + b"\\r\\n")
elif action == "store-by-locale":  # as pbcopy: text in the locale's encoding
    import os
    utf8 = "UTF-8" in (os.environ.get("LC_ALL") or os.environ.get("LC_CTYPE") or "")
    data = sys.stdin.buffer.read()
    store.write_bytes(data if utf8 else data.decode("latin-1").encode("utf-8"))
elif action == "lose":
    sys.stdin.buffer.read()
elif action == "fail":
    sys.stderr.write("Error: Can't open display: (null)\\n")
    sys.exit(1)
"""


class Fakes:
    def __init__(self, folder: Path) -> None:
        self.bin = folder / "bin"
        self.bin.mkdir()
        self.store = folder / "clipboard"

    def add(self, name: str, action: str) -> None:
        path = self.bin / name
        path.write_text(_SCRIPT.format(python=sys.executable, store=str(self.store),
                                       action=action), "utf-8")
        path.chmod(0o755)

    def environ(self, **extra: str) -> dict[str, str]:
        return {"PATH": str(self.bin), **extra}


@pytest.fixture
def fakes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Fakes:
    made = Fakes(tmp_path)
    monkeypatch.setenv("PATH", str(made.bin))
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "WSL_DISTRO_NAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(clipboard, "is_wsl", lambda environ=None: False)
    return made


def _body(invoke: Any) -> tuple[str, int]:
    data = json.loads(invoke(*ARGS, "--format", "json").stdout)
    return data["body"], data["words"]


def test_copy_on_wayland(invoke: Any, fakes: Fakes, monkeypatch: pytest.MonkeyPatch) -> None:
    fakes.add("wl-copy", "store")
    fakes.add("wl-paste", "show")
    fakes.add("xclip", "fail")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    body, words = _body(invoke)
    result = invoke(*ARGS, "--copy")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "To: Priya Shah <priya.shah@bigbeanz.example>\n"
        "Subject: Thank you: Business Development Graduate interview\n"
        f"The body ({words} words) is on the clipboard, copied with wl-copy.\n")
    assert fakes.store.read_text("utf-8") == body


def test_copy_on_x11_with_xsel_when_xclip_fails(invoke: Any, fakes: Fakes,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    fakes.add("xclip", "fail")
    fakes.add("xsel", "both")
    monkeypatch.setenv("DISPLAY", ":0")
    body, _ = _body(invoke)
    result = invoke(*ARGS, "--copy")
    assert result.exit_code == 0
    assert result.stdout.endswith("is on the clipboard, copied with xsel.\n")
    assert fakes.store.read_text("utf-8") == body


def test_a_tool_that_fails_silently_is_an_error_with_alternatives(
        invoke: Any, fakes: Fakes, monkeypatch: pytest.MonkeyPatch) -> None:
    fakes.add("xclip", "lose")
    monkeypatch.setenv("DISPLAY", ":0")
    result = invoke(*ARGS, "--copy")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "Error: The draft could not be put on the clipboard (xclip: reported success, but the "
        "clipboard does not hold the text afterwards). Instead: run without --copy and copy the "
        "printed draft, write it to a file with --out, or hand it to your mail client with "
        "--format eml --open or --format mailto --open.\n")


def test_no_display_says_so(invoke: Any, fakes: Fakes) -> None:
    fakes.add("xclip", "fail")
    fakes.add("wl-copy", "lose")
    fakes.add("wl-paste", "show")
    result = invoke(*ARGS, "--copy")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "Error: The draft could not be put on the clipboard (xclip: Error: Can't open display: "
        "(null); wl-copy: reported success, but the clipboard is empty afterwards). There is "
        "no graphical session here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no "
        "clipboard to use. Instead: run without --copy and copy the printed draft, write it to "
        "a file with --out, or hand it to your mail client with --format eml --open or "
        "--format mailto --open.\n")


def test_no_tool_at_all(invoke: Any, fakes: Fakes) -> None:
    result = invoke(*ARGS, "--copy")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "Error: No clipboard tool was found (looked for xclip, xsel, wl-copy). Install "
        "wl-clipboard (Wayland) or xclip or xsel (X11). Instead: run without --copy and copy "
        "the printed draft, write it to a file with --out, or hand it to your mail client with "
        "--format eml --open or --format mailto --open.\n")


@pytest.mark.parametrize("locale", [{}, {"LANG": "C"}, {"LC_ALL": "C"},
                                    {"LC_ALL": "en_GB.UTF-8"}], ids=repr)
def test_macos_in_any_locale(fakes: Fakes, locale: dict[str, str]) -> None:
    fakes.add("pbcopy", "store-by-locale")
    fakes.add("pbpaste", "show")
    # PYTHONCOERCECLOCALE=0: the stand-in, a Python script, must see the locale as given
    environ = fakes.environ(PYTHONCOERCECLOCALE="0", **locale)
    assert clipboard.copy("Grüße\nJordan\n", platform="darwin",
                          environ=environ) == clipboard.Copied("pbcopy", True)
    assert fakes.store.read_text("utf-8") == "Grüße\nJordan\n"


@pytest.mark.parametrize(("platform", "paste"), [("win32", "powershell"),
                                                 ("linux", "powershell.exe")])
def test_windows_and_wsl_use_clip_exe_with_utf16(fakes: Fakes, monkeypatch: pytest.MonkeyPatch,
                                                 platform: str, paste: str) -> None:
    monkeypatch.setattr(clipboard, "is_wsl", lambda environ=None: True)
    fakes.add("clip.exe", "store-utf16")
    fakes.add(paste, "show-utf16")
    copied = clipboard.copy("Grüße – Jordan\n", platform=platform, environ=fakes.environ())
    assert copied == clipboard.Copied("clip.exe", True)
    assert fakes.store.read_bytes() == "\ufeffGrüße – Jordan\n".encode("utf-16-le")


def test_windows_without_powershell_trusts_clip_exe(fakes: Fakes) -> None:
    fakes.add("clip.exe", "store-utf16")
    assert clipboard.copy("text", platform="win32", environ=fakes.environ()) == \
        clipboard.Copied("clip.exe", False)


def test_read_back_that_differs_is_a_failure(fakes: Fakes) -> None:
    fakes.add("pbcopy", "lose")
    fakes.add("pbpaste", "show")
    fakes.store.write_text("something copied earlier", "utf-8")
    with pytest.raises(HandoffFailed, match="pbcopy: reported success, but the clipboard does "
                                            "not hold the text afterwards"):
        clipboard.copy("the draft", platform="darwin", environ=fakes.environ())


@pytest.mark.parametrize(("extra", "message"), [
    (["--format", "eml"], "--copy copies the draft's text; leave out --format eml."),
    (["--out", "x.txt"], "--copy puts one draft on the clipboard; it does not combine with "
                         "--out, --open or --imap."),
    (["--imap"], "--copy puts one draft on the clipboard; it does not combine with --out, "
                 "--open or --imap."),
])
def test_copy_does_not_combine(invoke: Any, fakes: Fakes, extra: list[str],
                               message: str) -> None:
    result = invoke(*ARGS, "--copy", *extra)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith(f"Error: {message}\n")


def test_copy_takes_one_draft(invoke: Any, fakes: Fakes) -> None:
    result = invoke("thank-you", SAMPLES / "panel-interview.yaml", "--all", "--today",
                    "2026-11-19", "--copy")
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: --copy puts one draft on the clipboard, and there are "
                                  "3: choose one with --to NAME.\n")


# ------------------------------------------------------------------ a real X11 clipboard
# Xvfb, a real X server without a screen, and the real xclip and xsel (Debian: xvfb,
# xclip, xsel; .ci/run installs them and sets FOLLOWUP_REQUIRE_X11=1, which turns the
# "not installed" skips into failures).

REQUIRE_X11 = os.environ.get("FOLLOWUP_REQUIRE_X11") == "1"
_PATH = os.environ.get("PATH", os.defpath)  # as it was before any test changed it


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    """A private X display, such as ':7', served by Xvfb for these tests."""
    missing = [name for name in ("Xvfb", "xclip", "xsel")
               if shutil.which(name, path=_PATH) is None]
    if missing:
        reason = f"{', '.join(missing)} not installed (Debian: apt-get install xvfb xclip xsel)"
        if REQUIRE_X11:
            pytest.fail(f"{reason} (FOLLOWUP_REQUIRE_X11=1 requires the X11 tests to run)")
        pytest.skip(reason)
    read, write = os.pipe()
    xvfb = shutil.which("Xvfb", path=_PATH) or "Xvfb"
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-nolisten", "tcp",
                               "-screen", "0", "320x200x16"], pass_fds=[write],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    # Xvfb writes its display number once it is ready (and closes the pipe if it fails)
    ready = select.select([read], [], [], 15)[0]
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip() if ready else ""
    try:
        assert number, "Xvfb did not start within 15 seconds"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _only(tmp_path: Path, *names: str) -> str:
    """A PATH holding only these real programs."""
    folder = tmp_path / "real-bin"
    folder.mkdir()
    for name in names:
        (folder / name).symlink_to(shutil.which(name, path=_PATH) or name)
    return str(folder)


def _clipboard(display: str) -> str:
    xclip = shutil.which("xclip", path=_PATH) or "xclip"
    return subprocess.run([xclip, "-selection", "clipboard", "-out"], capture_output=True,
                          env={**os.environ, "DISPLAY": display}, check=True, timeout=10,
                          ).stdout.decode("utf-8")


@pytest.mark.parametrize("tool", ["xclip", "xsel"])
def test_real_x11_clipboard_holds_the_body(invoke: Any, x_display: str, tool: str,
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Copied by the real tool (which stays behind to serve the clipboard: the command
    must not wait for it), read back, and there for the next program that pastes."""
    panel = ("thank-you", SAMPLES / "panel-interview.yaml", "--to", "Okafor", "--today",
             "2026-11-19")
    drafted = json.loads(invoke(*panel, "--format", "json").stdout)
    body = drafted["body"]
    assert "Aoife Ní Bhriain" in body
    monkeypatch.setenv("PATH", _only(tmp_path, tool))
    monkeypatch.setenv("DISPLAY", x_display)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(clipboard, "is_wsl", lambda environ=None: False)
    started = time.monotonic()
    result = invoke(*panel, "--copy")
    assert time.monotonic() - started < clipboard._TIMEOUT
    assert (result.exit_code, result.stdout) == (0, (
        "To: David Okafor <david.okafor@ashworthlyle.example>\n"
        "Subject: Thank you: Trainee Solicitor interview\n"
        f"The body ({drafted['words']} words) is on the clipboard, copied with {tool}.\n"))
    assert _clipboard(x_display) == body


def test_real_x11_tools_without_a_display(invoke: Any, x_display: str, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", _only(tmp_path, "xclip", "xsel"))
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(clipboard, "is_wsl", lambda environ=None: False)
    result = invoke(*ARGS, "--copy")
    assert (result.exit_code, result.stdout) == (1, "")
    # the tools' own words (xclip: "Error: Can't open display: (null)") vary by version
    assert result.stderr.startswith("Error: The draft could not be put on the clipboard "
                                    "(xclip: ")
    assert "; xsel: " in result.stderr
    assert result.stderr.endswith(
        "). There is no graphical session here (neither DISPLAY nor WAYLAND_DISPLAY is set), "
        "so no clipboard to use. Instead: run without --copy and copy the printed draft, write "
        "it to a file with --out, or hand it to your mail client with --format eml --open or "
        "--format mailto --open.\n")
