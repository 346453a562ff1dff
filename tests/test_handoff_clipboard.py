"""--copy: the body on the clipboard, checked by reading it back; every platform's tools,
played here by small stand-in programs that keep the 'clipboard' in a file."""

from __future__ import annotations

import json
import sys
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
        "wl-clipboard (Wayland) or xclip or xsel (X11).  Instead: run without --copy and copy "
        "the printed draft, write it to a file with --out, or hand it to your mail client with "
        "--format eml --open or --format mailto --open.\n")


def test_macos(fakes: Fakes) -> None:
    fakes.add("pbcopy", "store")
    fakes.add("pbpaste", "show")
    assert clipboard.copy("Grüße\nJordan\n", platform="darwin",
                          environ=fakes.environ()) == clipboard.Copied("pbcopy", True)
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
