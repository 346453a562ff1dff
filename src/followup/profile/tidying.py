"""One-line fields with the stray full stop a form often gets at the end, and any emoji, taken
off (G2):
"company: Braeside Academy." would otherwise write "apply to Braeside Academy. again",
and "phone: 07700 900227." sign every draft with it. A full stop that belongs is kept:
an abbreviation's ("Acme Ltd.", "Jr.") or an initial's ("John Smith J.")."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# The one-line fields that go inside sentences, headers and signatures, by where they are.
TOP = ("company", "role")
CANDIDATE = ("name", "phone")
RECRUITER = ("name", "agency", "phone")
INTERVIEWER = ("name", "title")
STRAY = re.compile(r"(?<![.\s])[ \t]*\.+[ \t]*\Z")
# A last word whose full stop is its own: an abbreviation, an initial, "U.S.", "Ph.D.".
OWN_STOP = re.compile(r"(?:\b(?:Ltd|Inc|Co|Corp|Jr|Sr|Jnr|Snr|Esq|Hons|St|Bros|Assn|Dept|Univ|"
                      r"etc|[A-Z])|"
                      r"(?:\b[A-Za-z]\.)+[A-Za-z])\.$")


def tidied(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of a profile's mapping with stray final full stops taken off its one-line
    fields; what is not a string where one is expected is left for validation to name."""
    data = {**data, **_tidy(data, TOP)}
    if isinstance(data.get("candidate"), dict):
        data["candidate"] = {**data["candidate"], **_tidy(data["candidate"], CANDIDATE)}
    if isinstance(data.get("recruiter"), dict):
        data["recruiter"] = {**data["recruiter"], **_tidy(data["recruiter"], RECRUITER)}
    if isinstance(data.get("interviews"), list):
        data["interviews"] = [_tidy_interview(each) for each in data["interviews"]]
    return data


def _tidy_interview(interview: Any) -> Any:
    if not isinstance(interview, dict) or not isinstance(interview.get("interviewers"), list):
        return interview
    people = [{**each, **_tidy(each, INTERVIEWER)} if isinstance(each, dict) else each
              for each in interview["interviewers"]]
    return {**interview, "interviewers": people}


def _tidy(mapping: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: without_stray_stop(without_symbols(value)) for key in keys
            if isinstance(value := mapping.get(key), str)}


def without_symbols(text: str) -> str:
    """`text` without emoji and pictographs ("Sous Chef 🔥"), which a letter's sentences,
    its subject and a voicemail cannot carry; as written if that is all it has."""
    kept = "".join(char for char in text if unicodedata.category(char) != "So"
                   and char not in "\ufe0f\u200d")
    if kept == text or not kept.strip():
        return text
    # spaces only: a line break is left for the header checks to refuse by name
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", kept).strip(" ")


def without_stray_stop(text: str) -> str:
    """`text` without a final full stop that is not its last word's own."""
    stripped = text.rstrip(" \t")  # a line break stays, for the header checks to refuse
    if OWN_STOP.search(stripped) or not STRAY.search(stripped):
        return text
    return STRAY.sub("", stripped) or text
