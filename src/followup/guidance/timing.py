"""The timing numbers of GUIDANCE.md (the default column), in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followup.profile import Profile


def check_in_budget(profile: Profile) -> int:
    """CI8: how many check-ins the interviews earn.

    1 for phone or video only; 2 once any interview was in person or an assessment
    centre; 3 with several rounds or several interviewers.
    """
    interviews = profile.interviews
    people = {person.name for interview in interviews for person in interview.interviewers}
    if len(interviews) > 1 or len(people) > 1:
        return 3
    if any(interview.kind in ("in-person", "assessment-centre") for interview in interviews):
        return 2
    return 1
