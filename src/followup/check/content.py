"""Content (TY4, TY8, CI4, CO4): what a draft of its situation should say (thanks,
interest, the next step, a deadline), and with a profile, what that profile says it should
carry: the role, what was learned, a highlight, the question, the offer's deadline."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from followup import matching
from followup.check.document import Document, Finding
from followup.check.mentions import fold, mentions, mentions_fitted, names_date, stems
from followup.check.page import Page
from followup.guidance.phrases.content import CONTENT, PROFILE_CONTENT
from followup.words import without_asides

if TYPE_CHECKING:
    from followup.profile import Interviewer, Profile
    from followup.profile.forms import FieldKind


def content(page: Page, profile: Profile | None) -> list[Finding]:
    situation = page.document.situation
    if situation is None:
        return []
    exact = {"deadline"} if profile is not None and profile.competing_offer else set()
    body = matching.within(page.prepared, page.body_offset,
                           page.body_offset + len(page.body_part))
    return [Finding(cue.rule, "warning", None, None, "", cue.missing, cue.suggestion)
            for cue in CONTENT
            if situation in cue.situations and cue.instead not in exact
            and next(matching.find(cue.phrases, body), None) is None]


def names_the_job(text: set[str], role: str, company: str) -> bool:
    """TY4: whether a text (as its word stems) names the role or the company; either as a
    sentence names it may leave the advert's terms and the letterhead's to the profile
    ("Freshwater Scientist" for "Freshwater Scientist (2-year fixed term)", "IANS" for "IANS -
    Irish Air Navigation Services DAC")."""
    if mentions(text, role) or mentions(text, without_asides(role)) or mentions(text, company):
        return True
    from followup.compose.naming import company_in_text, role_in_text  # as a draft names them

    return mentions(text, role_in_text(role)) or mentions(text, company_in_text(company))


def profile_content(page: Page, profile: Profile) -> list[Finding]:
    document = page.document
    findings = []
    text = stems(page.body_part)
    wanted = {key: requirement for key, requirement in PROFILE_CONTENT.items()
              if document.situation in requirement.situations
              and document.channel in requirement.channels}

    def missing(key: str, value: str) -> None:
        requirement = wanted[key]
        # TY8: a question is quoted with its question mark, and no full stop after it.
        quoted = value.rstrip(".?! ") + ("?" if value.rstrip().endswith("?") else "")
        findings.append(Finding(requirement.rule, "warning", None, None, "",
                                requirement.missing.format(value=quoted).replace("?.", "?"),
                                requirement.suggestion))

    from followup.profile.reading import discussed, read

    reading = read(profile)

    def usable(kind: FieldKind, value: str | None) -> bool:
        """A value a draft can carry: not a placeholder ("n/a"), and one its sentences
        can take (drafting leaves the others out, with a warning of their own)."""
        fitted = reading.fitted(kind, value)
        # a note to them leaves out what says "he" or "she" (`addressed`), with a warning
        return fitted is not None and fitted.text is not None and not (
            document.situation == "thank-you" and fitted.unsaid_to_them)

    if "role" in wanted and not names_the_job(text, profile.role, profile.company):
        missing("role", f"{profile.role}, {profile.company}")
    people = _recipients(document, page, profile)
    # a thank-you after a rejection sells nothing more, nor a new colleague's, glad to be
    # joining (round 47); nor one after an offer, which thanks for it (TY4)
    unasked = {"unsuccessful": ("question", "highlight"), "hired": ("question", "highlight"),
               "offer": ("highlight",)}.get(profile.status, ())
    wanted = {key: value for key, value in wanted.items() if key not in unasked}
    for key in ("learned", "question"):
        values = [value for person in people
                  if usable(key, value := getattr(person, key))]
        if key in wanted and values and not any(  # as written, or as the draft fitted it
                mentions(text, value) or mentions_fitted(text, reading.fitted(key, value))
                for value in values):
            if key == "question" and "?" in page.body_part:
                continue  # a question of their own follows the rule too
            missing(key, values[0])
    # TY4: a highlight the interview discussed is no "skill you did not discuss".
    highlights = [highlight for highlight in profile.candidate.highlights
                  if not discussed(highlight, profile.interviews)
                  and usable("highlight", highlight)]
    if "highlight" in wanted and highlights and not any(
            mentions(text, value) or mentions_fitted(text, reading.fitted("highlight", value))
            for value in highlights):
        missing("highlight", highlights[0] if len(highlights) == 1 else
                f"one of {len(highlights)} highlights")
    offer = profile.competing_offer
    if "deadline" in wanted and offer is not None and \
            not names_date(page.body_part, offer.deadline):
        missing("deadline", offer.deadline.isoformat())
    return findings


def _recipients(document: Document, page: Page, profile: Profile) -> list[Interviewer]:
    """The interviewers of the latest interview the draft is to; all of them when that
    cannot be told."""
    people = list(profile.latest_interview.interviewers)
    emails = {email.lower() for _, email in document.to if email}
    names = [_words(name) for name, _ in document.to if name]
    greeting = page.lines[page.layout.greeting] if page.layout.greeting is not None else ""
    # a name as the To: line gives it, perhaps without the nickname the profile has in
    # quotes ('Steve "Stevo" Marsh' is "Steve Marsh", round 51)
    chosen = [person for person in people if (person.email and person.email.lower() in emails)
              or any(name and name <= _words(person.name) for name in names)]
    if not chosen and greeting:
        said = _words(greeting)
        chosen = [person for person in people
                  if _words(person.salutation or "") & said or _words(person.name) & said]
    return chosen if len(chosen) == 1 else people


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w'’-]+", fold(text)))
