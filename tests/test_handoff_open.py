"""--open: .eml files, HTML pages and mailto: links handed to the platform's opener,
played here by stand-in programs that record what they were given."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from followup.errors import HandoffFailed
from followup.handoff import opener

from .conftest import SAMPLES

BIG_BEANZ = SAMPLES / "big-beanz.yaml"
ARGS = ("thank-you", BIG_BEANZ, "--today", "2026-11-17")

_OPENER = """#!{python}
import sys, time
with open({log!r}, "a", encoding="utf-8") as log:
    log.write(" ".join(sys.argv[1:]) + "\\n")
time.sleep({sleep})
sys.exit({code})
"""


class Openers:
    def __init__(self, folder: Path) -> None:
        self.bin = folder / "bin"
        self.bin.mkdir()
        self.log = folder / "opened.log"

    def add(self, name: str, code: int = 0, sleep: float = 0) -> None:
        path = self.bin / name
        path.write_text(_OPENER.format(python=sys.executable, log=str(self.log), code=code,
                                       sleep=sleep), "utf-8")
        path.chmod(0o755)

    def opened(self) -> list[str]:
        return self.log.read_text("utf-8").splitlines() if self.log.exists() else []


@pytest.fixture
def openers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Openers:
    made = Openers(tmp_path)
    monkeypatch.setenv("PATH", str(made.bin))
    monkeypatch.delenv("WSL_DISTRO_NAME", raising=False)
    monkeypatch.setattr(opener, "is_wsl", lambda environ=None: False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    return made


def test_mailto_link_is_printed_and_opened(invoke: Any, openers: Openers) -> None:
    openers.add("xdg-open")
    link = invoke(*ARGS, "--format", "mailto").stdout
    result = invoke(*ARGS, "--format", "mailto", "--open")
    assert result.exit_code == 0
    assert (result.stdout, result.stderr) == (link, "Opened the mailto: link with xdg-open.\n")
    assert openers.opened() == [link.strip()]


def test_eml_without_out_goes_to_a_new_temporary_folder(invoke: Any, openers: Openers,
                                                        tmp_path: Path) -> None:
    openers.add("xdg-open")
    result = invoke(*ARGS, "--format", "eml", "--open")
    assert result.exit_code == 0, result.stderr
    [folder] = (tmp_path / "tmp").iterdir()
    path = folder / "big-beanz-thank-you-priya-shah.eml"
    assert folder.name.startswith("followup-")
    assert result.stdout == f"Wrote {path}\n"
    assert result.stderr == f"Opened {path} with xdg-open.\n"
    assert openers.opened() == [str(path)]
    assert path.read_bytes() == invoke(*ARGS, "--format", "eml").stdout_bytes


def test_every_file_of_a_panel_is_opened(invoke: Any, openers: Openers, tmp_path: Path) -> None:
    openers.add("xdg-open")
    out = tmp_path / "outbox"
    result = invoke("thank-you", SAMPLES / "panel-interview.yaml", "--all", "--today",
                    "2026-11-19", "--format", "eml", "--out", f"{out}/", "--open")
    assert result.exit_code == 0
    names = ["margaret-ashworth", "david-okafor", "helen-carter"]
    paths = [str(out / f"ashworth-lyle-thank-you-{name}.eml") for name in names]
    assert openers.opened() == paths
    assert result.stdout == "".join(f"Wrote {path}\n" for path in paths)


def test_html_opens_in_the_browser(invoke: Any, openers: Openers, tmp_path: Path) -> None:
    openers.add("xdg-open")
    page = tmp_path / "page.html"
    result = invoke(*ARGS, "--format", "html", "--out", page, "--open")
    assert result.exit_code == 0
    assert openers.opened() == [str(page)]


def test_no_opener_says_so_plainly(invoke: Any, openers: Openers) -> None:
    link = invoke(*ARGS, "--format", "mailto").stdout
    result = invoke(*ARGS, "--format", "mailto", "--open")
    assert (result.exit_code, result.stdout) == (1, link)
    assert result.stderr == (
        "Error: No program to open it with was found (looked for xdg-open). Copy the mailto: "
        "link above into your browser's address bar, or use --format eml and open the file "
        "from your mail client. On Linux, xdg-open comes with the xdg-utils package.\n")


def test_an_opener_that_fails(invoke: Any, openers: Openers, tmp_path: Path) -> None:
    openers.add("xdg-open", code=3)
    out = tmp_path / "draft.eml"
    result = invoke(*ARGS, "--format", "eml", "--out", out, "--open")
    assert (result.exit_code, result.stdout) == (1, f"Wrote {out}\n")
    assert result.stderr == (f"Error: xdg-open could not open it (no program is set up to open "
                             f"it). Open {out} from your mail client or file manager.\n")


def test_open_needs_a_file_or_link_format(invoke: Any, openers: Openers) -> None:
    result = invoke(*ARGS, "--open")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith(
        "Error: --open hands an .eml draft, a mailto: link or an HTML page to your mail client "
        "or browser: add --format eml (or mailto, or html).\n")


@pytest.mark.parametrize(("platform", "wsl", "present", "used"), [
    ("darwin", False, ["open", "xdg-open"], "open"),
    ("linux", False, ["xdg-open", "open"], "xdg-open"),
    ("freebsd14", False, ["xdg-open"], "xdg-open"),
    ("linux", True, ["wslview", "xdg-open"], "wslview"),
    ("linux", True, ["explorer.exe"], "explorer.exe"),
])
def test_the_platforms_opener(openers: Openers, monkeypatch: pytest.MonkeyPatch,
                              platform: str, wsl: bool, present: list[str], used: str) -> None:
    monkeypatch.setattr(opener, "is_wsl", lambda environ=None: wsl)
    for name in present:
        openers.add(name)
    environ = {"PATH": str(openers.bin)}
    assert opener.open_target("mailto:a@example.com", platform=platform,
                              environ=environ) == used
    assert openers.opened() == ["mailto:a@example.com"]


def test_windows_uses_startfile(monkeypatch: pytest.MonkeyPatch) -> None:
    opened = []
    monkeypatch.setattr(opener.os, "startfile", opened.append, raising=False)
    assert opener.open_target("C:\\drafts\\a.eml", platform="win32") == "os.startfile"
    assert opened == ["C:\\drafts\\a.eml"]


def test_an_opener_still_running_is_taken_to_have_worked(openers: Openers,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opener, "_WAIT", 0.2)
    openers.add("xdg-open", code=4, sleep=1.5)
    started = time.monotonic()
    assert opener.open_target("/tmp/x.eml", environ={"PATH": str(openers.bin)}) == "xdg-open"
    assert time.monotonic() - started < 1.2
    with pytest.raises(HandoffFailed, match=r"\(the program that should open it failed\)"):
        monkeypatch.setattr(opener, "_WAIT", 5)
        opener.open_target("/tmp/x.eml", environ={"PATH": str(openers.bin)})
