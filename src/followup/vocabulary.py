"""The words followup's commands, profiles, templates and plan share: one home for each
list, imported by every module that needs it (and by --help, so it imports nothing)."""

from __future__ import annotations

from typing import Literal

SITUATIONS = ("thank-you", "check-in", "feedback-request", "competing-offer",
              "recruiter-debrief", "withdraw")
# Wording, not only the greeting: formal is the default for `style: traditional` (TY6);
# brief halves the length limits (guidance.lengths).
TONES = ("standard", "formal", "warm", "brief")
# Every situation has an email template; a note card (TY6) and a voicemail script (CI7)
# exist where the guidance asks for them, and users may add templates for others.
CHANNELS = ("email", "card", "voicemail")
# How a contact was made, as `followup sent --channel` records it.
CONTACT_CHANNELS = ("email", "phone", "voicemail", "card")
# What a drafting command prints or writes; `followup drafts` writes the first, second
# and fifth (files a mail client opens).
FORMATS = ("text", "markdown", "json", "html", "eml", "mailto")
BATCH_FORMATS = ("text", "markdown", "eml")

# The profile's closed lists (DESIGN.md's format): msgspec checks them from these types.
Kind = Literal["phone", "video", "in-person", "assessment-centre"]
Style = Literal["standard", "traditional"]
Status = Literal["waiting", "unsuccessful", "offer", "withdrawn", "hired"]
# How an interview of each kind is named in a sentence.
MEETINGS = {"phone": "phone interview", "video": "video interview", "in-person": "interview",
            "assessment-centre": "assessment centre"}
