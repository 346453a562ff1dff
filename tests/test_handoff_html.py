"""--format html: a small, clean HTML email; profile text escaped, line breaks kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from followup.handoff import html

from .conftest import SAMPLES

BIG_BEANZ = SAMPLES / "big-beanz.yaml"


def test_html_golden(invoke: Any, golden: Any) -> None:
    result = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--format", "html")
    assert (result.exit_code, result.stderr) == (0, "")
    golden("handoff/big-beanz.thank-you.html", result.stdout)
    assert result.stdout.startswith("<!DOCTYPE html>\n<html lang=\"en\">\n")
    assert "<title>Thank you: Business Development Graduate interview</title>" in result.stdout
    # the signature keeps its lines
    assert "<p>Best wishes,<br>\nJordan Lee<br>\n+44 7700 900123<br>\njordan.lee@example.com" \
        "</p>" in result.stdout


def test_profile_text_is_escaped(invoke: Any, tmp_path: Path) -> None:
    text = BIG_BEANZ.read_text("utf-8")
    text = text.replace("discussed: the plan to sell office coffee subscriptions",
                        'discussed: "<script>alert(1)</script> & <b>bold</b> plans"')
    text = text.replace("role: Business Development Graduate",
                        "role: Sales <script>steal()</script> Graduate")
    text = text.replace('  phone: "+44 7700 900123"\n',
                        '  phone: "+44 7700 900123"\n  signature: |\n    Jordan Lee\n'
                        '    <img src=x onerror=alert(2)>\n')
    path = tmp_path / "tags.yaml"
    path.write_text(text, "utf-8")
    result = invoke("thank-you", path, "--today", "2026-11-17", "--format", "html")
    assert result.exit_code == 0, result.stderr
    page = result.stdout
    assert "<script" not in page and "<b>" not in page and "<img" not in page
    # (the draft fits the field into its sentence: "&" reads "and")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; and &lt;b&gt;bold&lt;/b&gt; plans" in page
    assert "<title>Thank you: Sales &lt;script&gt;steal()&lt;/script&gt; Graduate interview" \
        "</title>" in page
    assert "Jordan Lee<br>\n&lt;img src=x onerror=alert(2)&gt;</p>" in page


@pytest.mark.parametrize(("markdown", "expected"), [
    ("[our site](https://example.com/a?b=1&c=2)",
     '<p><a href="https://example.com/a?b=1&amp;c=2">our site</a></p>'),
    ("[mail me](mailto:jordan@example.com)", '<p><a href="mailto:jordan@example.com">mail me</a>'
                                             "</p>"),
    ("[click](javascript:alert(1))", "<p><span>click</span></p>"),
    ("[click](JavaScript:alert(1))", "<p><span>click</span></p>"),
    ("[data](data:text/html,hi)", "<p><span>data</span></p>"),
    ("![pixel](https://tracker.example/p.png)",  # no image: a remote one is a tracker
     "<p>![pixel](https://tracker.example/p.png)</p>"),
    ("*warm* regards\nJordan", "<p><em>warm</em> regards<br>\nJordan</p>"),
    ("Tom & Jerry <tom@example.com>", "<p>Tom &amp; Jerry &lt;tom@example.com&gt;</p>"),
    ("&lt; stays as typed", "<p>&amp;lt; stays as typed</p>"),
])
def test_markdown_body_to_html(markdown: str, expected: str) -> None:
    assert html.body(markdown) == expected


def test_several_drafts_and_files(invoke: Any, tmp_path: Path) -> None:
    panel = SAMPLES / "panel-interview.yaml"
    result = invoke("thank-you", panel, "--all", "--today", "2026-11-19", "--format", "html")
    assert result.exit_code == 0
    assert result.stdout.count("<!DOCTYPE html>") == 3
    assert result.stdout.count("\n<!-- next draft -->\n") == 2
    out = tmp_path / "pages"
    written = invoke("thank-you", panel, "--all", "--today", "2026-11-19", "--format", "html",
                     "--out", f"{out}/")
    assert written.exit_code == 0
    assert sorted(path.name for path in out.iterdir()) == [
        "ashworth-lyle-thank-you-david-okafor.html", "ashworth-lyle-thank-you-helen-carter.html",
        "ashworth-lyle-thank-you-margaret-ashworth.html"]


_IMPORTS = """
import sys
from followup.cli import cli
try:
    cli([*sys.argv[1:]], prog_name="followup")
except SystemExit:
    pass
print("\\n" + " ".join(name for name in ("markdown", "email.message", "email.header", "imaplib")
                       if name in sys.modules))
"""


@pytest.mark.parametrize(("format", "loaded"), [
    ("text", ""), ("json", ""), ("html", "markdown"), ("mailto", ""),
    ("eml", "markdown"),
])
def test_optional_packages_are_imported_only_when_used(format: str, loaded: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORTS, "thank-you", str(BIG_BEANZ), "--today", "2026-11-17",
         "--format", format], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == loaded
