"""The words that point to each situation, to guess what a draft is."""

from __future__ import annotations

# Words that point to a situation; the subject counts twice. Not rules: no rule IDs.
SITUATION_SIGNALS: dict[str, tuple[str, ...]] = {
    "withdraw": (
        "withdraw* (my)? (application|candidacy|from)", "no longer (wish|want) to (be "
        "considered|proceed|continue)", "(decided|decide) to (withdraw|accept|take up|go with)",
        "(accepted|taken|take up) (a|another|an) (role|position|offer|job)",
        "(paths|path) (may|will|might)? cross",
    ),
    "recruiter-debrief": (
        "my feedback", "how many (other)? candidates", "next round", "(could|can) you find out",
        "(my|the) debrief",
    ),
    "competing-offer": (
        "(another|other|an|a competing|a job|second) offer", "offer from",
        "(received|been made|been given|got) (an|a|another) (offer|job offer)",
        "(been)? offered (a|another|the) (role|position|job)", "(reply|respond|answer|decide) "
        "(to them)? by", "deadline", "accept (it|the offer|their offer)",
        "(another|other) (company|employer|firm|organisation|organization)", "my timing",
        "give (them)? my answer",
    ),
    "feedback-request": (
        "feedback", "unsuccessful", "not (been)? successful", "outcome",
        "(decided|decision) not to", "not (to)? (progress|proceed|move forward|take)",
        "other candidates", "future (applications|opportunities|roles|vacancies)",
    ),
    "check-in": (
        "next (step|steps|stage|round)", "(any|an) update", "(hear|heard) back",
        "status of my application", "(checking|check) (in|with you)", "following up",
        "follow up on",
        "timeline", "where things stand", "(I am|I) (writing|write) (again)? about",
        "(when|whether) I (might|may|could|can|should|will) (expect|hear)",
    ),
    "thank-you": (
        "thank you (so much|very much)? for (taking the time|meeting|speaking|the interview|"
        "your time|interviewing|the opportunity|the chance|seeing me|talking|showing me|"
        "the conversation|our conversation|the tour)",
        "thanks (so much)? for (meeting|your time|the interview|speaking|taking the time|"
        "talking)",
        "(enjoyed|pleasure|great|lovely|good) (meeting|speaking|talking|to meet|to speak|"
        "our conversation|learning)", "many thanks for (the|your)",
        "(thank you:|thanks:|thank you -|thank you –|thank you —|thanks -|thanks –)",
        "(grateful for|appreciated|appreciate|valued) (the|your|our)? (time|opportunity|chance|"
        "conversation|meeting) (you gave me)? (to)? (meet|speak|talk|discuss|learn|yesterday|"
        "today|on)",
        "thank you for (such)? (a|an)? _ (and _)? (conversation|chat|meeting|interview)",
        "(was|been) a (real|great)? (pleasure|delight)", "thank you for (making me feel|making "
        "time|the welcome|welcoming me)",
    ),
}
