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
from followup.profile.yamlfile import field_name

Keys = tuple[str | int, ...]
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

    def person(self, person: Interviewer | None, keys: Keys) -> dict[str, Any]:
        """What a note says of an interviewer: the topic discussed, what was learned, the
        question to ask (TY4, TY8); None where the profile has nothing that fits."""
        if person is None:
            return {"discussed": None, "learned": None, "question": None,
                    "question_asked": False}
        discussed = self.field("discussed", person.discussed, (*keys, "discussed"))
        learned = self.field("learned", person.learned, (*keys, "learned"))
        question = self.field("question", person.question, (*keys, "question"))
        return {"discussed": discussed and discussed.text,
                "learned": learned and learned.text,
                "question": question and question.text,
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
        each its own while there are enough, in turn when there are fewer."""
        usable = []
        for index, written in enumerate(self.profile.candidate.highlights):
            fitted = self.field("highlight", written, ("candidate", "highlights", index))
            if fitted is not None and fitted.text and not discussed(written, interview):
                usable.append(fitted.text)
        if not usable:
            return [None] * len(interview.interviewers)
        return [usable[index % len(usable)] for index in range(len(interview.interviewers))]


def said_to(text: str, name: Name) -> str:
    """A promise that names the person it is sent to says "you" to them: "let Gemma know",
    in the check-in to Gemma, is "let you know"; "ring Tash", in the debrief to Tash, "ring
    you"."""
    if name.role:
        return text
    for called in {name.full, name.first} - {None, ""}:
        text = re.sub(rf"(?<![\w'-]){re.escape(str(called))}(?![\w'-])", "you", text)
    return text
