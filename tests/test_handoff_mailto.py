"""mailto: links (RFC 6068): exact encoding, round trips, and the length limit."""

from __future__ import annotations

import datetime
import string
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.compose.situations import Options
from followup.draft import Address, Draft
from followup.errors import Refusal
from followup.handoff import mailto

from .conftest import SAMPLES
from .isolation import assert_the_profiles_own_reason, drafted

BIG_BEANZ = SAMPLES / "big-beanz.yaml"


def decode(link: str) -> tuple[list[str], dict[str, str]]:
    """RFC 6068 decoding: addresses from the path, header fields from the query, each
    percent-decoded as UTF-8; line breaks in the body back to \\n."""
    assert link.startswith("mailto:")
    path, _, query = link[len("mailto:"):].partition("?")
    fields = {}
    for item in query.split("&"):
        name, _, value = item.partition("=")
        fields[name] = unquote(value, errors="strict")
    fields["body"] = fields["body"].replace("\r\n", "\n")
    return [unquote(address) for address in path.split(",") if address], fields


def test_mailto_link_golden_and_encoding(invoke: Any, golden: Any) -> None:
    result = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--format", "mailto")
    assert (result.exit_code, result.stderr) == (0, "")
    golden("handoff/big-beanz.thank-you.mailto.txt", result.stdout)
    link = result.stdout.rstrip("\n")
    assert "\n" not in link and " " not in link and "+" not in link
    assert link.startswith("mailto:priya.shah@bigbeanz.example?subject=Thank%20you%3A%20")
    assert "%0D%0A%0D%0A" in link and "%0A" not in link.replace("%0D%0A", "")
    json = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--format", "json")
    import json as json_module

    data = json_module.loads(json.stdout)
    assert decode(link) == (["priya.shah@bigbeanz.example"],
                            {"subject": data["subject"], "body": data["body"]})


EMAILS = [(path.stem, situation) for path in sorted(SAMPLES.glob("*.yaml"))
          for situation in ("thank-you", "check-in", "feedback-request", "competing-offer")]


@pytest.mark.parametrize(("sample", "situation"), EMAILS, ids=["/".join(case) for case in EMAILS])
def test_every_sample_draft_round_trips(sample: str, situation: str) -> None:
    drafts = drafted(SAMPLES / f"{sample}.yaml", situation,
                     Options(today=datetime.date(2026, 12, 7), every=situation == "thank-you"))
    if isinstance(drafts, str):
        assert_the_profiles_own_reason(drafts)
        return
    for draft in drafts:
        addresses, fields = decode(mailto.link(draft))
        assert addresses == [person.email for person in draft.to if person.email]
        assert fields == {"subject": draft.subject, "body": draft.body}


_NO_BREAKS = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
                                   blacklist_characters="\x85"), max_size=60)
# Any local part an address may have; "=?" is refused at load (it starts an encoded word).
_LOCAL = st.text(string.ascii_letters + string.digits + "!$'*+-_~=?#%&/{|}^`", min_size=1,
                 max_size=12).filter(lambda local: "=?" not in local)


@settings(max_examples=200, deadline=None, database=None)
@given(subject=_NO_BREAKS, body=st.text(st.characters(blacklist_categories=("Cs",),
                                                      blacklist_characters="\r"),
                                        max_size=300),
       local=_LOCAL, cc=st.booleans())
def test_any_subject_body_and_address_round_trip(subject: str, body: str, local: str,
                                                 cc: bool) -> None:
    draft = Draft(situation="check-in", channel="email", to=(Address("A", f"{local}@x.example"),),
                  cc=(Address("B", "b.c@y.example"),) if cc else (),
                  sender=Address("J", "j@example.com"), subject=subject, body=body, words=0)
    link = mailto.link(draft)
    assert " " not in link and "\n" not in link and "+" not in link.replace("%2B", "")
    path = link.partition("?")[0]
    assert path.count("@") == 1 and "?" not in path[7:] and "&" not in path
    addresses, fields = decode(link)
    assert addresses == [f"{local}@x.example"]
    assert fields == {"subject": subject, "body": body, **({"cc": "b.c@y.example"} if cc else {})}


def test_several_drafts_one_link_a_line(invoke: Any) -> None:
    result = invoke("thank-you", SAMPLES / "panel-interview.yaml", "--all", "--today",
                    "2026-11-19", "--format", "mailto")
    assert result.exit_code == 0
    links = result.stdout.splitlines()
    assert [decode(link)[0] for link in links] == [["margaret.ashworth@ashworthlyle.example"],
                                                   ["david.okafor@ashworthlyle.example"],
                                                   ["helen.carter@ashworthlyle.example"]]


def test_a_link_longer_than_the_limit_is_refused_with_exit_1(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    # A long signature: the one part of a draft that is never trimmed to fit its length.
    path.write_text(BIG_BEANZ.read_text("utf-8").replace(
        '  phone: "+44 7700 900123"\n',
        '  phone: "+44 7700 900123"\n  signature: |\n' + ("    Jordan Lee, volunteer rota "
        "coordinator and treasurer of the coffee society" * 8 + "\n") * 6), "utf-8")
    result = invoke("thank-you", path, "--today", "2026-11-17", "--format", "mailto")
    assert (result.exit_code, result.stdout) == (1, "")
    length = result.stderr.split("would be ")[1].split(" characters")[0]
    assert int(length.replace(",", "")) > mailto.MAX_LENGTH
    assert result.stderr == (
        f"Error: The mailto: link for Priya Shah would be {length} characters; links longer "
        "than about 1,900 are cut short or refused by some browsers and mail clients. Use "
        "--format eml instead (add --open to open it in your mail client), or --copy to put "
        "the body on the clipboard.\n")
    eml = invoke("thank-you", path, "--today", "2026-11-17", "--format", "eml")
    assert eml.stdout_bytes.startswith(b"From: Jordan Lee <jordan.lee@example.com>\r\n")
    # The .eml has no such limit: it is made, and the body itself is within TY3's.
    assert (eml.exit_code, eml.stderr) == (0, "")


def test_the_limit_is_on_the_whole_link() -> None:
    def draft(size: int) -> Draft:
        return Draft(situation="check-in", channel="email", to=(Address("A", "a@x.example"),),
                     sender=Address("J", "j@example.com"), subject="S", body="b" * size,
                     words=1)
    fixed = len(mailto.link(draft(0)))
    assert len(mailto.link(draft(mailto.MAX_LENGTH - fixed))) == mailto.MAX_LENGTH
    with pytest.raises(Refusal):
        mailto.link(draft(mailto.MAX_LENGTH - fixed + 1))


def test_mailto_to_a_file(invoke: Any, tmp_path: Path) -> None:
    out = tmp_path / "links"
    result = invoke("thank-you", SAMPLES / "panel-interview.yaml", "--all", "--today",
                    "2026-11-19", "--format", "mailto", "--out", f"{out}/")
    assert result.exit_code == 0
    names = sorted(path.name for path in out.iterdir())
    assert names == ["ashworth-lyle-thank-you-david-okafor.mailto.txt",
                     "ashworth-lyle-thank-you-helen-carter.mailto.txt",
                     "ashworth-lyle-thank-you-margaret-ashworth.mailto.txt"]
    text = (out / names[0]).read_text("utf-8")
    assert text.startswith("mailto:david.okafor@ashworthlyle.example?subject=") and \
        text.endswith("\n") and text.count("\n") == 1
