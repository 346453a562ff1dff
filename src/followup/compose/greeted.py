"""How a draft greets the person it goes to (G2), and where that person is in the profile,
for the warnings that name the field to change."""

from __future__ import annotations

from followup.compose.recipients import (
    greets_formally,
    panel_entry,
    person_name,
    salutation,
)
from followup.draft import Note
from followup.profile import Interview, Interviewer, Profile, Recruiter
from followup.profile.forms import Greeting
from followup.profile.reading import Reading


def greeting_for(profile: Profile, person: Interviewer | Recruiter, reading: Reading, tone: str,
              interview: Interview, index: int) -> tuple[Greeting, list[Note]]:
    """How the draft greets `person` (G2); a note when a profile field would make it sure."""
    greeted, keys = panel_entry(profile, person)  # a recruiter who sat on the panel
    name = person_name(greeted, reading)
    # The formal tone asks for the title when it is not known, as a traditional employer's
    # panel does; India too greets the untitled by their full name, not first name (G2).
    traditional = profile.style == "traditional" and isinstance(greeted, Interviewer)
    alike = traditional or profile.country == "IN"
    greeting = salutation(greeted, reading, formal=greets_formally(name, tone, alike),
                          ask_title=tone == "formal" or traditional, company=profile.company,
                          country=profile.country)
    keys = keys or profile_keys(interview, person, index, profile)
    notes = [Note("G2", greeting.note, field=(*keys, "name"))] if greeting.note else []
    return greeting, notes


def profile_keys(interview: Interview, person: Interviewer | Recruiter | None,
                 index: int, profile: Profile | None = None) -> tuple[str | int, ...]:
    """Where a person is in the profile: ("interviews", 0, "interviewers", 1) or
    ("recruiter",); with the `profile`, in whichever interview they sat on (round 44: a
    feedback request to someone from an earlier round named the candidate's line)."""
    rounds = [(index, interview), *enumerate(profile.interviews if profile else ())]
    for at, each in rounds:
        if isinstance(person, Interviewer) and person in each.interviewers:
            return ("interviews", at, "interviewers", each.interviewers.index(person))
    return ("recruiter",)
