"""What follows "Dear " for a name read by `names` (G2): the profile's `salutation:`, a role
whole, honorific and surname formally, else the first name when it is sure; where the profile
leaves it unsure, the full name and a note saying which field makes it sure."""

from __future__ import annotations

import re

from followup.profile.forms import Greeting, Name
from followup.profile.honorifics import (
    RULE,
    fold,
    formal_greeting,
    is_described,
    is_role,
    role_greeting,
    role_note,
    written_honorific,
)
from followup.profile.names import INITIALS, VIETNAMESE_FAMILY_NAMES, tidy


def greeting(name: Name, *, formal: bool, country: str | None,
             salutation: str | None = None) -> Greeting:
    """Professional and polished (RULE): the profile's `salutation:`; a role whole; formally
    (formal tone, traditional style) honorific and surname; else the first name; where
    the profile leaves it unsure, the full name and a note."""
    if salutation and salutation.strip():  # "Hi Vik" after "Dear" is "Vik" (round 49), as is
        # "Respected Madam": "Dear Madam" (round 56)
        said = salutation.strip()
        return Greeting(re.sub(r"^(?:dear|hi|hello|hey|respected)\s+(?=\S)|,$", "", said,
                               flags=re.I) or said)
    who = tidy(name.written) or "this person"
    if name.role and not name.first and is_described(name.written):  # "Dear Facilities Guy"
        return Greeting("Sir or Madam", f'"{who}" describes them but is not a name, so the '
                                        f'greeting is "Sir or Madam": find their name (the '
                                        f"invitation, the website, your contact there) and "
                                        f"give it under name: ({RULE}).")
    if name.role and name.first:  # never "Dear Clinic Director's Assistant" when named
        guessed = re.search(r"\?\s*\)|\((?:maybe|possibly|probably|perhaps|i think)\b",
                            name.written, re.I)  # "(Sunny?)": say it is their guess (round 44)
        return Greeting(name.first, f"The greeting uses {name.first}, the name "
                                    f"{'you marked as a guess' if guessed else 'in brackets'} "
                                    f'after "{name.full}": if it is not their first name, add '
                                    f"salutation: (the name to greet them by) under {who} "
                                    f"({RULE}).")
    if name.role and surname_after_post(name.full):  # "Custodial Manager Sharpe": a person
        return Greeting(name.full, f'The greeting is "{name.full}", their post and name as '
                                   f"written: to greet them as Mr, Ms or by first name, add "
                                   f"salutation: under {who} ({RULE}).")
    found = (Greeting(shown := role_greeting(name.full), role_note(shown, who)) if name.role
             else Greeting("") if not name.full
             else formal_greeting(name, who, country) if formal
             else informal_greeting(name, country))
    if found.name.strip():
        return found
    return Greeting("Hiring Manager", f"The profile gives no name to greet {who} by: add "
                                      f"salutation: (the greeting to use) under it ({RULE}).")


def informal_greeting(name: Name, country: str | None) -> Greeting:
    """The first name when sure; else honorific and surname; else the full name."""
    who, guesses = tidy(name.written), first_guesses(name)
    if name.first and name.certain and (name.surname or name.honorific):
        return Greeting(name.first)
    if name.first and name.certain:  # "Nadia": a single name is taken for a first name; a
        return Greeting(name.first)  # formal greeting, which needs a surname, asks
    if name.honorific and name.surname and not guesses:  # "Ms Ashworth", "Mrs J. Patel"
        return Greeting(f"{written_honorific(name.honorific, country)} {name.surname}")
    other = "".join(f" (or {guess})" for guess in guesses[1:])
    family = name.full.split()[0] if name.surname is None and guesses else ""
    if family and family != guesses[0]:  # "Takahashi Kenji", a CEO: not only "Dear Kenji"
        return Greeting(name.full, f"Is {family} the family name, written first? Add "
                                   f"honorific: (the title they use: Mr, Ms, Mx, Dr, ...) under "
                                   f'{who} to greet them as "(title) {family}", or salutation: '
                                   f"{guesses[0]} to greet them by first name ({RULE}).")
    initials = name.full.split()[0] if INITIALS.fullmatch(name.full.split()[0]) else ""
    if initials and "." in initials[:-1] and name.surname:  # "A.J. Thiessen" (round 42)
        return Greeting(name.full, f'If they go by "{initials}", add salutation: {initials} '
                                   f"under {who}; if not, give their first name there ({RULE}).")
    return Greeting(name.full, f"Is {' or '.join(guesses)} the first name? Add salutation: "
                               f"{guesses[0]}{other} under {who} ({RULE})." if guesses else
                    f"The profile gives no first name for {who}: add salutation: (the name "
                    f"to greet them by) under it ({RULE}).")


def first_guesses(name: Name) -> list[str]:
    """An unsure name's likely first names: after a family name (Vietnamese: the last word),
    or the first given name, alone or with the next; none of initials."""
    words = name.full.split()
    if name.surname is None:  # "Zhang Wei"; "Nguyen Van An": An
        vietnamese = fold(words[0]) in VIETNAMESE_FAMILY_NAMES if words else False
        return [words[-1] if vietnamese else " ".join(words[1:])] if len(words) > 1 else []
    given = words[1:] if words[:1] == [name.surname] else words[:len(words) - len(
        name.surname.split())]  # "Tay K. H.": the initials after the family name (round 45)
    if not given or INITIALS.fullmatch(given[0]):
        return []
    return [given[0], f"{given[0]} {given[1]}"] if len(given) > 1 else [given[0]]


def surname_after_post(full: str) -> bool:
    """A post and a surname ("Custodial Manager Sharpe", "Station Officer Reilly"), as uniformed
    services write them: the last word capitalised, no English word, no job word."""
    from followup.profile.wordforms import readings

    words = full.split()
    last = words[-1] if len(words) > 1 else ""
    return bool(re.fullmatch(r"[A-Z][a-z'’-]+", last)) and not readings(last.lower()) \
        and not is_role(last)
