"""Content cues (TY4, TY8, CI4, CO4): words one of which a draft of a situation should
hold, and what a profile says a draft should carry."""

from __future__ import annotations

from followup.guidance.phrases.kinds import Cue, Requirement

INTEREST_PHRASES = (
    "interest*",
    "(keen|eager|excited|enthusias*|thrilled)",
    "(would|would really) (love|like) to (join|be part|work|contribute|be considered)",
    "look* forward to (joining|working|contributing|being part|the possibility|"
    "the opportunity)",
    "(want|hope) to join",
    "(delighted|glad|happy|thrilled|proud) to (join|be part|work|contribute)",
    "(would|would really) (welcome|relish|jump at) the (chance|opportunity)",
    "(my|the) (first|top|preferred) (choice|option)",
    "(means|would mean) (a great deal|a lot|so much) to me",
    "(excellent|great|perfect|good|strong) (fit|match)",
    "appeal*",
    # After a rejection (TY4): the gracious kind, open to what comes next.
    "(hear of|apply for|be considered for|apply to) ... future (roles|positions|opportunities|"
    "vacancies|openings)",
    # After an offer (TY4): glad of it, and waiting for its terms.
    "look* forward to (the|its|receiving the|hearing the|seeing the) (details|terms|contract)",
    "(delighted|pleased|glad|happy|thrilled|excited|honoured|honored) to (receive|have "
    "received|accept|hear of) (your|the|this) offer",
    "offer (that followed|afterwards)? (was|is) (such|very|really|most)? (wonderful|exciting|"
    "thrilling|fantastic|great|welcome|happy|lovely) news",
    # Once hired: glad to be joining (round 47).
    "(delighted|glad|happy|thrilled|pleased|proud|pleasure) to be (joining|part|starting)",
)

CONTENT: tuple[Cue, ...] = (
    Cue("TY4", ("thank-you",), "Does not thank them.",
        "Thank them for their time and the conversation.",
        ("thank*", "grateful", "appreciat*")),
    Cue("TY4", ("thank-you",), "Does not say you are interested in the role.",
        "Say that the interview made you keener on the role.", INTEREST_PHRASES),
    Cue("CI4", ("check-in",), "Does not remind them that you are interested.",
        "Add a sentence such as \"I remain very interested in the role.\"", INTEREST_PHRASES),
    Cue("CI4", ("check-in",), "Does not ask about the next step.",
        "Ask when you might expect to hear about the next step.",
        ("next (step|steps|stage|stages|round)", "timeline", "timescale*", "timeframe",
         "(any|an) (update|news)", "where (things|you|the process|my application) (stand|"
         "stands|are|is)", "(when|whether) (I|we) (might|may|could|can|should|will|would) "
         "(expect|hear|know|be)", "(hear|hearing) (back|more|about)", "decision",
         "how things (stand|are going)",
         "(the|your) process", "progress*", "status")),
    Cue("CO4", ("competing-offer",), "Does not reaffirm your interest in this role.",
        "Say that this role is the one you would prefer.", INTEREST_PHRASES),
    Cue("CO4", ("competing-offer",), "Does not state when you must answer the other offer.",
        "Give the other offer's deadline as a date: \"I have been asked to reply by Friday "
        "4 December.\"",
        ("(monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
         "(january|february|march|april|may|june|july|august|september|october|november|"
         "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec) #", "# (january|february|"
         "march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
         "apr|jun|jul|aug|sep|sept|oct|nov|dec)", "#/#", "#-#-#", "deadline", "tomorrow",
         "end of (the|this|next) (week|month)", "(in|within) (a|one|two|three|#) (days|day|"
         "weeks|week)"), instead="deadline"),
    Cue("CO4", ("competing-offer",), "Does not ask about their timeline.",
        "Ask where they are in their process and what their timeline looks like.",
        ("timeline", "timescale*", "timeframe", "time frame", "(your|the) process",
         "(when|whether) (you|a decision|the decision|the team|they) (might|may|could|can|"
         "will|would|expect|plan|are|is)", "(where|how far) (you are|things are|things stand)",
         "decision", "next (step|steps|stage)", "to decide", "still (stands|the plan|plans)")),
)

PROFILE_CONTENT: dict[str, Requirement] = {
    "role": Requirement(
        "TY4", ("thank-you",), ("email", "card"),
        "Names neither the role nor the company ({value}).",
        "Name the role you interviewed for, so the note is plainly about it."),
    "learned": Requirement(
        "TY4", ("thank-you",), ("email", "card"),
        "Does not mention what you learned in the interview: {value}.",
        "Add a sentence on what you learned, as the profile's `learned` says."),
    "highlight": Requirement(
        "TY4", ("thank-you",), ("email",),
        "Does not mention a skill or achievement you did not discuss: {value}.",
        "Add one of the profile's `highlights` that is relevant to the role."),
    "question": Requirement(
        "TY8", ("thank-you",), ("email",),
        "Does not ask the question that follows on from the interview: {value}.",
        "Ask it, or ask another question that follows on from the conversation."),
    "deadline": Requirement(
        "CO4", ("competing-offer",), ("email", "card", "voicemail"),
        "Does not give the other offer's deadline, {value}.",
        "State the date you must answer by."),
}
