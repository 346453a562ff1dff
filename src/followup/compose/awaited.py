"""CI4: the checks an offer waits on, named from the promise ("Conditional offer will be
confirmed after the references come back and vetting clears": "the references and the
vetting"), so that a check-in asks about them, not about a decision already made."""

from __future__ import annotations

import re

# What each check is called in a sentence, in the order a sentence lists them.
_CHECKS = (
    (r"references?|referees?", "the references"),
    (r"vetting", "the vetting"),
    (r"background (?:checks?|screening)", "the background check"),
    (r"dbs|police (?:checks?|clearance)|garda vetting", "the police check"),
    (r"security clearance", "the security clearance"),
    (r"medical|occupational health|\boh\b", "the medical"),
    (r"right[- ]to[- ]work", "the right-to-work check"),
    (r"drug (?:tests?|screens?|screening)", "the drug screen"),
)
_OFFERED = re.compile(r"\b(?:offer|conditional|provisional)", re.IGNORECASE)
_FOUND = [(re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), said) for pattern, said in _CHECKS]


def awaited_checks(promise: str | None) -> str | None:
    """The checks the promise says an offer waits on, as a check-in names them ("the
    references and the vetting"); None when it names none, or no offer ("references, then
    a decision": the decision is what a check-in asks about)."""
    if not promise or not _OFFERED.search(promise):
        return None
    found = [said for pattern, said in _FOUND if pattern.search(promise)]
    if "the police check" in found and "the vetting" in found:
        found.remove("the police check")  # "Garda vetting": one check
    if not found:
        return None
    return found[0] if len(found) == 1 else f"{', '.join(found[:-1])} and {found[-1]}"
