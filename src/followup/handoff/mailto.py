"""A draft as an RFC 6068 mailto: link: what a browser or desktop hands to the mail client.

    mailto:priya.shah@bigbeanz.example?subject=Thank%20you...&body=Dear%20Priya%2C%0D%0A...

Addresses go in the path (only the address: a name has no place in a mailto: link),
copies in `cc=`, and the subject and body are percent-encoded as UTF-8, spaces as
`%20` (never `+`, which mail clients show as a plus) and line breaks as `%0D%0A`.
Links longer than about 1,900 characters are cut short or refused by some browsers
and mail clients, so they are refused here, with .eml suggested instead.
"""

from __future__ import annotations

from urllib.parse import quote

from followup.draft import Draft
from followup.errors import FollowupError, Refusal
from followup.handoff.addresses import address_parts, check

MAX_LENGTH = 1900
# Address characters a mailto: path keeps as they are; the rest (such as + % / ? # & =)
# are percent-encoded, so that no address can add a header field to the link.
_ADDRESS_SAFE = "@!$'*-._~"


def link(draft: Draft) -> str:
    if draft.subject is None:
        raise FollowupError(f"A mailto: link opens an email; this draft is for a "
                            f"{draft.channel}. Use --channel email.")
    to = ",".join(_address("recipient", person.email) for person in draft.to if person.email)
    fields = []
    cc = [_address("copy recipient", person.email) for person in draft.cc if person.email]
    if cc:
        fields.append(f"cc={','.join(cc)}")
    fields.append(f"subject={_encode(check('subject', draft.subject))}")
    fields.append(f"body={_encode(draft.body.replace(chr(13) + chr(10), chr(10)))}")
    result = f"mailto:{to}?{'&'.join(fields)}"
    if len(result) > MAX_LENGTH:
        raise Refusal(
            f"The mailto: link for {draft.to[0].name} would be {len(result):,} characters; "
            f"links longer than about {MAX_LENGTH:,} are cut short or refused by some "
            "browsers and mail clients. Use --format eml instead (add --open to open it in "
            "your mail client), or --copy to put the body on the clipboard.")
    return result


def _address(what: str, email: str | None) -> str:
    local, domain = address_parts(f"{what}'s email address", email or "")
    return quote(f"{local}@{domain}", safe=_ADDRESS_SAFE)


def _encode(text: str) -> str:
    """Percent-encoded UTF-8, every line break as %0D%0A (RFC 6068, section 5)."""
    return quote(text.replace("\n", "\r\n"), safe="")
