"""The rules of GUIDANCE.md as named data: each rule's ID, a one-line reason and its sources.

The numbers live beside this module, one module a kind: `timing` (windows and
spacing), `lengths` (word and paragraph limits) and `phrases` (the tone lists).
Code that applies a rule names its ID; `RULES[id].reason` is the "why" users see.
"""

from __future__ import annotations

import msgspec


class Rule(msgspec.Struct, frozen=True):
    id: str
    reason: str
    sources: str


def _rules(*rows: tuple[str, str, str]) -> dict[str, Rule]:
    return {row[0]: Rule(*row) for row in rows}


RULES = _rules(
    ("TY1", "Send a thank-you after each interview, to each interviewer.", "001, 002"),
    ("TY2", "Thank them the same day or within 24 hours; three days is too long.", "001, 002"),
    ("TY3", "Keep a thank-you brief: one or two short paragraphs.", "002"),
    ("TY4", "Mention something you learned and a relevant skill you did not discuss; "
            "thank them and say you are interested.", "001, 002"),
    ("TY5", "Vary the notes when you met several people.", "002"),
    ("TY6", "Email is normal; a card suits a very traditional organisation.", "002"),
    ("TY7", "Thank them specially for meeting you outside working hours.", "004"),
    ("TY8", "Ask a question that follows on from the interview.", "004"),
    ("TY9", "Say you will follow up, in the note to the main contact only.", "003"),
    ("RC1", "Give an agency recruiter your feedback within a couple of hours.", "004"),
    ("RC2", "An agency recruiter can ask what you cannot: how many candidates, "
            "when the next round is.", "001"),
    ("RC3", "Do not pester the recruiter.", "004"),
    ("CI1", "At the end of the interview, ask when they will decide and when to follow up.",
     "002, 003"),
    ("CI2", "Wait until the promised date, then follow up several days after it.",
     "000, 002, 003"),
    ("CI3", "With no promised date, wait two to three weeks after the interview.", "001"),
    ("CI4", "A check-in reminds them of your interest, asks about the next step and offers "
            "more information, briefly.", "002"),
    ("CI5", "Stay positive: never show frustration, never assume the worst.",
     "001, 002, 003, 004"),
    ("CI6", "Space attempts a week to ten days apart, never every two or three days.",
     "002, 003"),
    ("CI7", "On voicemail, leave one clear, concise message.", "002, 003"),
    ("CI8", "How many contacts an interview earns depends on its kind and rounds.", "002"),
    ("CI9", "No answer to the second contact, or three weeks of silence: move on.", "001, 003"),
    ("CI10", "The last attempt may say you are starting to pursue other opportunities.", "001"),
    ("CI11", "Chase a promised step that does not arrive: you may have slipped through "
             "a crack.", "000"),
    ("CI12", "A reply with a new promised date starts the clock again.", "000, 003"),
    ("FB1", "Chase feedback you were promised after an unsuccessful process.", "000"),
    ("FB2", "Ask for feedback even when not promised: you need to know what to work on.",
     "000"),
    ("FB3", "Do not take a rejection personally; stay positive.", "004"),
    ("FB4", "Reflect on vague feedback with a careers adviser.", "000"),
    ("CO1", "It is fine to tell a company you have another offer.", "003"),
    ("CO2", "Never use another offer as leverage or an ultimatum.", "003"),
    ("CO3", "Be upfront and timely: the other offer will not wait for ever.", "003"),
    ("CO4", "Reaffirm interest, state the deadline and ask about their timeline.", "001, 003"),
    ("G1", "Always follow up: it keeps you in their minds.", "000, 004"),
    ("G2", "Professional and polished, neither desperate nor demanding.", "001"),
    ("G3", "Set up reminders so that you do not forget.", "004"),
    ("G4", "A day or two of silence is not bad news.", "004"),
    ("G5", "Send on working days.", "product"),
)
