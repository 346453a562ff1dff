"""The profile's words fitted into a draft: each free-text field in the form its sentences
take (as `profile.fields` read it), the highlight each note of a panel carries (TY4, TY5),
a promise quoted after its day with its date (CI11), and a warning, at the field, for
each one left out because it cannot be fitted."""

from __future__ import annotations

import datetime
import re
from typing import Any

from followup.compose.template_helpers import longdate
from followup.draft import Note
from followup.profile import Interview, Interviewer, Profile
from followup.profile.forms import FieldKind, Fitted, Name
from followup.profile.reading import Reading, discussed
from followup.profile.wordforms import bare, is_name, readings, words_of
from followup.profile.yamlfile import field_name

Keys = tuple[str | int, ...]
# TY4, TY8: the employer's "they", said to someone at the employer, is "you".
THEY_TO_YOU = {"they": "you", "them": "you", "their": "your", "theirs": "yours",
               "themselves": "yourselves", "they're": "you're", "they've": "you've",
               "they'd": "you'd", "they'll": "you'll"}
GROUPS = words_of("staff people team crew everyone everybody family board panel class")
_RULES: dict[FieldKind, str] = {"discussed": "TY4", "learned": "TY4", "highlight": "TY4",
                                "question": "TY8", "promise": "CI11"}


class Fitting:
    """The fitted words of one draft, and the warnings for those left out."""

    def __init__(self, profile: Profile, reading: Reading) -> None:
        self.profile, self.reading = profile, reading
        self.notes: list[Note] = []

    def field(self, kind: FieldKind, written: str | None, keys: Keys) -> Fitted | None:
        """The field as read when it fits its sentences; None (with a warning) when not."""
        fitted = self.reading.fitted(kind, written)
        if fitted is None:
            return None
        if fitted.text is None and fitted.problem is None:
            return None  # a placeholder ("n/a"): nothing was meant, nothing to warn about
        if fitted.text is None:
            example = f" It reads best written like this: {fitted.example}" \
                if fitted.example else ""
            self.notes.append(Note(
                _RULES[kind], f"{field_name('', keys)}: {fitted.problem or 'it does not fit'}; "
                              f"the draft leaves it out.{example}", field=keys))
            return None
        return fitted

    def person(self, person: Interviewer | None, keys: Keys, *,
               to_them: bool) -> dict[str, Any]:
        """What a note says of an interviewer: the topic discussed, what was learned, the
        question to ask (TY4, TY8); None where the profile has nothing that fits. Said to
        someone at the employer (`to_them`), the employer's "they" is "you" (`to_you`); a
        debrief tells the agency recruiter as it was read ("they run game days")."""
        if person is None:
            return {"discussed": None, "learned": None, "question": None,
                    "question_asked": False}
        discussed = self.field("discussed", person.discussed, (*keys, "discussed"))
        learned = self.field("learned", person.learned, (*keys, "learned"))
        question = self.field("question", person.question, (*keys, "question"))
        told = {"discussed": discussed.text if discussed else None,
                "learned": learned.text if learned else None,
                "question": question.text if question else None}
        return {**{key: text and to_you(text) if to_them else text
                   for key, text in told.items()},
                "question_asked": bool(question and question.form == "question")}

    def promise(self, interview: Interview, keys: Keys,
                today: datetime.date) -> tuple[str | None, str | None]:
        """What they said would happen, and its form: an action they would take ("let me
        know within a week"), a time ("by Friday") or an outcome ("I would hear within two
        weeks"); a time relative to the interview day turned into its date when quoted on a
        later day ("by Friday 20 November")."""
        fitted = self.field("promise", interview.promise, (*keys, "promise"))
        if fitted is None or fitted.text is None:
            return None, None
        if fitted.form == "time" and interview.decision_by:  # the date the plan keeps (CI2)
            return f"by {longdate(interview.decision_by, self.profile.country)}", "time"
        return (self.reading.promise(fitted.text, interview.date, today),
                fitted.form)

    def highlights(self, interview: Interview) -> list[str | None]:
        """TY4, TY5: the highlight of each interviewer's note: one the panel did not discuss,
        each its own; when there are fewer than the panel, the later notes go without (the
        same sentence in two notes to one panel reads as a form letter)."""
        usable = []
        for index, written in enumerate(self.profile.candidate.highlights):
            fitted = self.field("highlight", written, ("candidate", "highlights", index))
            if fitted is not None and fitted.text and not discussed(written, interview):
                usable.append(fitted.text)
        if not usable:
            return [None] * len(interview.interviewers)
        return [usable[index] if index < len(usable) else None
                for index in range(len(interview.interviewers))]


def said_to(text: str, name: Name) -> str:
    """A promise that names the person it is sent to says "you" to them: "let Gemma know",
    in the check-in to Gemma, is "let you know"; "ring Tash", in the debrief to Tash, "ring
    you"; "Gemma's decision", "your decision"; as written, in any case ("call brent") or
    with the honorific ("Ms Carter"). A credit to them ("(per Ravi)") goes."""
    if name.role:
        return text
    called = sorted({str(each) for each in (
        name.full, name.first, name.written,
        f"{name.honorific} {name.surname}" if name.honorific and name.surname else None)
        if each}, key=len, reverse=True)
    if not called:
        return text
    # in lower case too, when no English word: "call brent", not "will call" to Will
    them = "|".join(each if readings(each.lower().split()[0]) else f"(?i:{each})"
                    for each in map(re.escape, called))
    text = re.sub(rf",?\s*\(?\b(?i:per|via|according to)\s+(?:{them})\b\)?", "", text)
    text = re.sub(rf"(?<![\w'-])(?:{them})['’]s(?![\w'-])", "your", text)
    return re.sub(rf"(?<![\w'-])(?:{them})(?![\w'-])", "you", text)


THEY = re.compile(r"\b(?:they['’](?:re|ve|d|ll)|themselves|theirs|their|them|they)\b", re.I)


def to_you(text: str) -> str:
    """TY4, TY8: what was learned, discussed or asked, said to someone at the employer: the
    employer's "they" is "you" ("that they run game days" -> "that you run game days"). A
    "they" that may mean others is kept, with all after it: a group or a plural noun before
    it ("the volunteers run events, they ..."), unless that noun is what "they" act on, right
    before it ("how many temps they take on", "the readers they've just bought")."""
    words = text.split(" ")
    for index, word in enumerate(words):
        if not THEY.fullmatch(word.strip(".,;:!?()\"“”")):
            continue
        if others(words[:index]):
            break

        def swap(match: re.Match[str]) -> str:
            said = THEY_TO_YOU[match[0].lower().replace("’", "'")]
            said = said.replace("'", "’") if "’" in match[0] else said
            return said.capitalize() if match[0][0].isupper() else said
        words[index] = THEY.sub(swap, word)
    return " ".join(words)


def others(before: list[str]) -> bool:
    """Whether the words before a "they" name people or things it could mean: a group
    ("the staff") or a plural noun, not one right before it that it acts on."""
    for index, word in enumerate(before):
        low, last = bare(word), index == len(before) - 1
        if low in GROUPS:
            return True
        if "PLURAL" in readings(low) and not is_name(word) and not (
                last and word[-1:].isalnum()):
            return True
    return False
