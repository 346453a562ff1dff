"""The checker's rules as data: phrase lists, content cues, leftovers and subjects.

Each list is tied to one rule ID of GUIDANCE.md and carries its severity, what it
says about the words it finds, and what to do instead. To extend a list, add a
phrase; to add a list, add an entry to TONE. Phrases are written in the small
phrase language of `followup.matching` (whole words, any case; `word*` for any
ending; `(a|b)` alternatives; `?` optional; `_` one word; `#` a number; `...` a
gap inside a sentence). Contractions need no second spelling: "haven't" and
"have not" are one phrase, and curly apostrophes are straight ones.

Context, not single words: a list names who says what ("I am disappointed",
"this is urgent", "urgent reply"), so that "disappointed customers" and "the
urgent care project" pass. A phrase is dropped when a negation comes just before
it in the same clause ("this is not urgent"); see `followup.matching`.

Severity: an error is something that would hurt the candidate if it were sent
(frustration, pressure, desperation, an ultimatum, taking a rejection
personally, a leftover placeholder or empty greeting); a warning is worth a
second look (filler, exclamation marks, capitals, length, missing content, a
generic subject, notes that are too alike). `followup check` exits 1 on errors.
"""

from __future__ import annotations

from typing import Literal

import msgspec

Severity = Literal["error", "warning"]


class PhraseList(msgspec.Struct, frozen=True):
    """Words that must not be in a draft (tone, ultimatums)."""

    rule: str
    severity: Severity
    says: str  # what the words sound like, the start of the finding's message
    suggestion: str
    phrases: tuple[str, ...]
    situations: tuple[str, ...] = ()  # () = every situation; an unknown situation gets all


class Cue(msgspec.Struct, frozen=True):
    """Words one of which a draft of these situations should contain (content)."""

    rule: str
    situations: tuple[str, ...]
    missing: str  # the finding's message when none is there
    suggestion: str
    phrases: tuple[str, ...]
    instead: str = ""  # a PROFILE_CONTENT key that checks this more exactly, with --profile


class Requirement(msgspec.Struct, frozen=True):
    """Content that a profile says a draft should carry (checked with --profile)."""

    rule: str
    situations: tuple[str, ...]
    channels: tuple[str, ...]
    missing: str  # may name {value}: the profile's text
    suggestion: str


class Pattern(msgspec.Struct, frozen=True):
    """A regular expression for things that are not phrases (placeholders and gaps)."""

    rule: str
    severity: Severity
    says: str
    suggestion: str
    regex: str
    # Text one of which every match contains (compared in lower case): a draft with none of
    # them is not searched, nor the pattern compiled, which costs more than checking a
    # draft. () = always searched. A test checks each hint list against the pattern.
    hints: tuple[str, ...] = ()
    # For a pattern of one line: the words one of which every match ends with, before any
    # closing spaces and , : ! (compared case-blind); a line ending otherwise is not searched.
    last_words: tuple[str, ...] = ()


# ---------------------------------------------------------------- tone (CI5, G2, FB3, CO2)

ULTIMATUM = PhraseList(
    "CO2", "error", "Reads as an ultimatum",
    "Tell them about the other offer and its deadline, say you would prefer this role, and "
    "ask about their timeline; never make it a condition.",
    (
        "unless you (can|could|are able to)? (give|make|send|offer|confirm|tell|let me know|"
        "get back|reply|respond|match|beat|improve|increase|decide|come back|move)",
        "otherwise (I will|I shall|I am going to|I have to|I must|I would have to|"
        "I will have to|I may have to|I will need to) (accept|take|go with|sign|say yes|"
        "withdraw)",
        "or (else)? (I will|I shall|I am going to|I will have to) (accept|take|go with|sign|"
        "withdraw)",
        "if (I do not|I can not|I have not) (hear|get|receive|heard) ... (I will|I shall|"
        "I am going to|I will have to|I have no choice but to|I must) (accept|take|go with|"
        "sign|withdraw|assume)",
        "if you (do not|can not|are unable to|are not able to|will not) ... (I will|I shall|"
        "I am going to|I will have to|I have no choice but to|I must) (accept|take|go with|"
        "sign|withdraw)",
        "(I have|I will have|I would have) no (choice|option) but to (accept|take|go with|sign)",
        "(can|could|will|would) you (match|beat|better|top|improve on) (their|the|this|that|"
        "it|my other)",
        "(match|beat|better|top) (their|the other|this|that|my other) (offer|salary|package)",
        "(I need|I require|I must have|I expect|I will need|I would need|I must receive|"
        "I have to have) (an|a|your) (answer|decision|reply|response|offer) (from you)? (by|"
        "before|within|no later than|today|tomorrow)",
        "(you will|you) (need|have) to (decide|let me know|give me an answer|make me an offer|"
        "make an offer|get back to me|respond|reply) (by|before|within|today|tomorrow)",
        "make (me)? an offer (by|before|within)",
        "(this is|it is) (your|the) (final|last) (chance|opportunity)",
        "take it or leave it",
    ),
    situations=("competing-offer",),
)

PERSONAL = PhraseList(
    "FB3", "error", "Takes the rejection personally",
    "Thank them for the decision, stay positive, and ask what you could work on.",
    (
        "(I do not|I can not|I fail to|I really do not|I still do not) (understand|see) why "
        "(I|you|my)",
        "(unfair|unjust|discriminat*)",
        "(it is|this is|that is|it was|that was|this was) (not|hardly) (fair|right)",
        "(your|their|the company's|the firm's) loss",
        "(you|you have|they|they have|your team|the panel) (made|are making|have made) (a|the)? "
        "(big|huge|serious|terrible|real)? mistake",
        "(I am|I was|I feel|I felt) (so|really|very|completely|absolutely|quite|a bit|"
        "a little)? (devastated|heartbroken|crushed|gutted|hurt|insulted|offended|humiliated)",
        "(reconsider|overturn|appeal|challenge) (the|your|this|my)? (decision|outcome|result|"
        "rejection)",
        "I (deserved|deserve|should have got|should have gotten|should have been given) (the|"
        "this|that)? (job|role|position|offer|place|it|better)",
        "(I was|I am|I have been) (clearly|obviously)? (the best|more qualified|better "
        "qualified|the strongest|the most qualified) (candidate|person|applicant|fit)?",
        "why (was I not|did I not|did you not|was my application|did you reject|have you "
        "rejected)",
    ),
    situations=("feedback-request",),
)

FRUSTRATION = PhraseList(
    "CI5", "error", "Sounds frustrated or blaming",
    "Leave out the frustration: say you remain interested and ask, simply, when you might "
    "hear about the next step.",
    (
        "still (have|has|had)? not (heard|had|received|got|gotten|seen)",
        "still (no|not a single|not any) (word|reply|response|news|answer|update|feedback|"
        "decision|contact|email|call)",
        "still nothing",
        # Waiting for them, not "still waiting to hear from two other firms".
        "(I am|I have been|I was) still waiting (. | ! | , | on you|for you|to hear (back|"
        "from you|about|whether|if|when|anything)|for (a|an|your|any)? (reply|response|answer|"
        "decision|news|update|feedback|word))",
        "(disappointingly|frustratingly|annoyingly)",
        "(this|it|that) is (getting|becoming)? (ridiculous|absurd|a joke)",
        "I (had)? expected better",
        "(this|it) is (now)? my (second|third|fourth|fifth|#) (email|message|attempt|time "
        "writing)",
        "the courtesy of (a|an|any) (reply|response|answer)",
        "(can|could|would) you (at least|even) (tell|let|reply|respond|acknowledge|confirm|"
        "have)",
        "(I am|I have been) (left)? waiting (for|since)? (weeks|ages|a long time|so long|"
        "long enough|far too long|forever)",
        "been waiting (for)? (weeks|ages|so long|a long time|long enough|forever)",
        "(I am|I was|I feel|I felt|I have been|I am getting|I am becoming) (a little|a bit|"
        "quite|very|really|rather|so|somewhat|extremely|increasingly|slightly)? "
        "(disappointed|frustrated|annoyed|upset|irritated|angry|fed up|let down|exasperated|"
        "impatient)",
        "(it is|this is|that is|it was|this was|it has been|this has been) (very|really|"
        "quite|a little|a bit|so|rather|extremely|somewhat)? (disappointing|frustrating|"
        "annoying|upsetting|unacceptable|unprofessional|rude)",
        "(disappointed|frustrated) (not to|to not|to still|that I have not|that I still|"
        "that no one|that nobody|by the (lack|delay|silence|wait)|with the (lack|delay|"
        "silence|wait))",
        "lack of (communication|response|reply|replies|contact|feedback|courtesy|respect|"
        "updates)",
        "(common|basic) courtesy",
        "(have|had) the courtesy",
        "(nobody|no one) (has|had|have)? (bothered|cared|had the decency|taken the time)",
        "(even|at least) a (simple|quick|short)? (reply|response|acknowledgement|yes or no)",
        "(left|kept) (me)? (in the dark|hanging)",
        "kept me waiting",
        "you (never|have not|did not|failed to|have failed to|neglected to) (reply|replied|"
        "respond|responded|get back|got back|answer|answered|call|called|email|emailed|"
        "follow up|followed up|acknowledge|acknowledged|write|written|come back)",
        "(ignored|ignoring) (me|my (emails|email|messages|message|calls|call|application))",
        "(I would have|I had) (expected|thought|hoped) ... by now",
        "(why|how come) (have I not|has no one|has nobody|have you not|did you not|"
        "did no one|is it taking|has it taken|is this taking|have not I|has not anyone|"
        "has not anybody|have not you|did not you|did not anyone|is nobody|is no one)",
        "taking (so|this|far too|too) long",
        "again and again",
        "(chasing|chase) (you|this) (up)? again",
    ),
)

BLAME = PhraseList(
    "CI5", "error", "Sounds frustrated or blaming",
    "Leave out what they said or what you said before: say you remain interested and ask, "
    "simply, when you might hear about the next step.",
    (
        "you (said|promised|told me|assured me|stated) (that)? (you|I|it|the decision|"
        "a decision|there) (would|will|should)",
        "you promised",
        "as I (already|previously|have already|have previously) (mentioned|said|stated|"
        "explained|wrote|noted)",
        "as (already|previously) (mentioned|said|stated|explained)",
        "as mentioned (before|previously|already|earlier|in my (last|previous|earlier) "
        "(email|message|note|mail))",
        # "As I mentioned in the interview" recalls the conversation; said on its own, or of
        # an earlier message, it reminds them that they have not answered.
        "as I (have)? (mentioned|said|stated|explained|wrote|noted) (, |. |before|previously|"
        "already|earlier|last time|last week|in my (last|previous|earlier|first|other) (email|"
        "message|note|letter|mail))",
        "like I (said|mentioned)",
        "as per my (last|previous|earlier) (email|message|note|mail)",
    ),
    # In a thank-you note, "you said you would be hiring two graduates" recalls the
    # interview; everywhere else it holds them to a promise.
    situations=("check-in", "feedback-request", "competing-offer", "recruiter-debrief",
                "withdraw"),
)

ASSUMING_THE_WORST = PhraseList(
    "CI5", "error", "Assumes the worst",
    "Silence is not bad news (G4): ask about the next step without guessing the answer.",
    (
        "I (guess|assume|suppose|suspect|take it|presume|gather|imagine|fear|am guessing|"
        "am assuming|expect) (that)? I ... not (get|got|gotten|been|make|made|pass|passed|"
        "succeed|succeeded|selected|chosen|successful|progress|progressed|hear|heard|"
        "shortlisted|considered|right|the right|a good fit|good enough|what (you|they) "
        "(were|are) (looking for|after))",
        "I (guess|assume|suppose|suspect|take it|presume|imagine|fear|am guessing|"
        "am assuming) (that)? I (was|have been|am) (unsuccessful|rejected|turned down)",
        "I (do not|did not) think I (got|get|made it|passed|was successful|have been "
        "successful|was (what|the))",
        "I (guess|assume|suppose|take it|presume|gather|imagine|fear|am guessing|"
        "am assuming) (that)? (the|this|that) (role|position|job|vacancy|place) (has|was|is|"
        "must have) (been)? (filled|gone|taken|offered)",
        "I (probably|obviously|clearly|must have) (did not|have not|was not|failed|blew|blown|"
        "messed|bombed|was rejected|have been rejected|did badly)",
        "(you have|you must have|you have probably|you probably|you have already|"
        "you must have already|you have clearly|you clearly) (chosen|picked|found|gone with|"
        "hired|selected|offered|decided on|moved on with) (someone|somebody|another|other|"
        "a different)",
        "(you have|you must have|you have probably|you probably|you have already|"
        "you must have already|you will have|you will have already) filled (the|this|that) "
        "(role|position|vacancy|post|job)",
        "no news is (bad|not good) news",
        "(forgotten|forgot) (about)? (me|my application)",
        "(the|your) silence (says|speaks|tells|means)",
    ),
)

DESPERATION = PhraseList(
    "G2", "error", "Sounds desperate",
    "Say what you would bring to the role and that you are interested, once, calmly.",
    (
        "I (really|desperately|badly|truly|urgently|so)? need (this|the) (job|role|position|"
        "opportunity|offer|work|internship|placement)",
        "(give|offer) me (a|one|another|this) (chance|shot|try)",
        "please (give|offer) me (the|this) opportunity",
        "please (hire|pick|choose|select) me",
        "(I will|I would) do (anything|whatever it takes)",
        "(I am|I) (begging|beg)",
        "(I am|I feel|I am getting|I am becoming) (so|really|quite|a bit|increasingly)? "
        "desperate",
        "desperately (want|need|hope|hoping|keen|looking)",
        "(this|the|this job|the job|this role|the role|this opportunity|it) (would)? (mean|"
        "means) (everything|the world) to me",
        "(my|the|you are my) (last|only) (hope|chance)",
        "(I have been|I am|I have) (unemployed|out of work|jobless)",
        "(I can not|I could not) afford to (lose|miss|turn down)",
        "(please)? do not (ignore|forget) (me|about me|my application)",
        "(I will|I would) (take|accept) (any|anything|whatever)",
        "(any|whatever) (job|role|position) (at all|you have)",
        "please please",
        "(losing|lost) sleep",
        "(I|I have) (applied|been rejected) (to|from|by)? (so many|hundreds|dozens|countless)",
    ),
)

PRESSURE = PhraseList(
    "G2", "error", "Puts pressure on them",
    "Ask, do not demand: \"Could you let me know when I might expect to hear?\" If you have a "
    "real deadline, state it as a fact and ask about their timeline.",
    (
        "asap",
        "a.s.a.p.",
        "urgent:",
        "(this|it|the matter|this matter|my request|this request|my situation|the situation) "
        "is (very|quite|rather|extremely|really|now|becoming|getting)? urgent",
        "urgent (reply|response|answer|decision|update|attention|matter|request|feedback|"
        "action)",
        "urgently (need|require|request|want|await|awaiting)",
        "(reply|response|answer|decision|update|feedback|action) urgently",
        "as a matter of urgency",
        "time is of the essence",
        "please (hurry|be quick)",
        "(I can not|I will not|I can not afford to) wait (forever|for ever|indefinitely|"
        "much longer|any longer)",
        "I am expecting (to hear from you|(an|a|your) (answer|reply|response|decision) "
        "(from you)?)",
        "(I need|I require|I must have|I expect|I will need|I would need|I must receive|"
        "I have to have|I want) (an|a|your) (answer|decision|reply|response|update|feedback) "
        "(from you)? "
        "(by|before|within|no later than|today|tomorrow|immediately|right away|now)",
        "(I need|I must|I have) to (know|hear|have an answer|have a decision|hear back) "
        "(from you)? (by|before|within|no later than|today|tomorrow|immediately|right away|"
        "now|this week)",
        "(please (reply|respond|answer|get back to me|come back to me|let me know)|"
        "get back to me|come back to me|reply to me|respond to me) (by|before|within|"
        "no later than|immediately|right away|straight away|at once|today|tomorrow|promptly|"
        "by return)",
        "I am (really|a little|a bit|quite|rather|somewhat)? in a (rush|hurry)",
        "(hurry|rush|speed) (up|things up|the process|your decision|the decision|a decision|"
        "this along|things along)",
        "do not keep me waiting",
        "the sooner the better",
        "(I will|I am going to|I shall) (withdraw|pull out|look elsewhere|go elsewhere|"
        "move on) (my application)? (if|unless)",
        "take my (skills|talents|experience|application) elsewhere",
        "(if|unless) (I do not|I can not|I have not) (hear|get|heard) ... (I will|I am going to|"
        "I shall) (withdraw|assume|look elsewhere|move on|take)",
    ),
)

FILLER = PhraseList(
    "G2", "warning", "Stock filler",
    "Start with the point: why you are writing, in your own words.",
    (
        "just (checking|check) in",
        "just (following|follow) up",
        "just (wanted|want) to (check|follow up|touch base|ping|circle back|bump)",
        "(touching|touch) base",
        "(circling|circle) back",
        "(bumping|bump) (this|my email|my message|up)",
        "(pinging|ping) (you|this)",
        "(hope|hoping) (this|my) (email|message|note) finds you well",
    ),
)

# In this order: where two lists find overlapping words, the earlier one reports them.
TONE: tuple[PhraseList, ...] = (ULTIMATUM, PERSONAL, FRUSTRATION, BLAME, ASSUMING_THE_WORST,
                                DESPERATION, PRESSURE, FILLER)


class Emphasis(msgspec.Struct, frozen=True):
    rule: str
    severity: Severity
    max_exclamations: int
    min_shouted_letters: int  # a run of capitalised words with at least this many letters


EMPHASIS = Emphasis("G2", "warning", max_exclamations=1, min_shouted_letters=6)

# Capitalised words that are names, not shouting (a profile's own words are exempt too).
ACRONYMS = frozenset({
    "AI", "API", "AWS", "BA", "BBC", "BSC", "CEO", "CFO", "COO", "CTO", "CV", "CVS",
    "CSS", "CSR", "DEI", "DM", "EMEA", "ESG", "EU", "EY", "GCSE", "GDPR", "GP", "HMRC", "HR",
    "HSBC", "HTML", "IBM", "ICT", "ID", "II", "III", "IT", "IV", "JSON", "KPI", "KPIS", "KPMG",
    "LLB", "LLM", "LLP", "LTD", "MA", "MBA", "MD", "MP", "MSC", "NASA", "NGO", "NHS",
    "NY", "OK", "PA", "PDF", "PHD", "PM", "PPE", "PR", "PWC", "QA", "SEO", "SME",
    "SQL", "STEM", "TV", "UCAS", "UI", "UK", "UN", "UNICEF", "US", "USA", "UX", "VAT", "VP"
})
EMPHASIS_WORDS = frozenset({
    "VERY", "REALLY", "PLEASE", "NEED", "MUST", "NOW", "STILL", "NEVER", "ALWAYS", "URGENT",
    "IMMEDIATELY", "ANY", "AGAIN", "NOT", "SO", "TRULY", "EXTREMELY", "HUGELY", "HUGE",
    "IMPORTANT", "ABSOLUTELY", "DEFINITELY", "TOTALLY", "LOVE", "LOVED", "THANK", "THANKS",
    "EXCITED", "KEEN", "ONLY", "EVER", "ALL", "EVERYTHING", "NOTHING", "NO", "YES"
})

# ---------------------------------------------------------------- content (TY4, TY8, CI4, CO4)

INTEREST_PHRASES = (
    "interest*",
    "(keen|eager|excited|enthusias*|thrilled)",
    "(would|would really) (love|like) to (join|be part|work|contribute|be considered)",
    "look* forward to (joining|working|contributing|being part|the possibility|"
    "the opportunity)",
    "(want|hope) to join",
    "(delighted|glad|happy|thrilled|proud) to (join|be part|work|contribute)",
    "(would|would really) (welcome|relish|jump at) the (chance|opportunity)",
    "(my|the) (first|top) choice",
    "(excellent|great|perfect|good|strong) (fit|match)",
    "appeal*",
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
         "decision", "next (step|steps|stage)")),
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

# ---------------------------------------------------------------- leftovers and subjects (G2)

LEFTOVERS: tuple[Pattern, ...] = (
    Pattern("G2", "error", "An unfilled placeholder", "Fill it in, or delete it.",
            # Inside {{ }} and {% %}, anything up to the close on its line, but not another
            # opening: `.*?` here would scan the rest of the line from every "{{" (quadratic).
            r"\{\{(?:[^{}\n]|\{(?!\{)|\}(?!\}))*\}\}|\{%(?:[^{%\n]|\{(?!%)|%(?!\}))*%\}"
            r"|\{[A-Za-z_][\w .'-]{0,40}\}"
            r"|\[(?!sic\]|x\]|\s\]|\^)[^\[\]\n]*[A-Za-z][^\[\]\n]{0,40}\](?!\()"
            r"|<(?!(?:a|b|i|u|p|br|hr|em|strong|span|div|ul|ol|li|code|pre|small|sup|sub|"
            r"blockquote)>)[A-Za-z][A-Za-z _'’.-]{0,40}>"
            r"|\b(?:TODO|TBD|TBC|FIXME|XXX+|INSERT)\b|_{3,}|(?i:lorem ipsum)|%[A-Za-z_]+%",
            hints=("{", "[", "<", "todo", "tbd", "tbc", "fixme", "xxx", "insert", "___",
                   "lorem", "%")),
    Pattern("G2", "warning", "A gap where something seems to be missing",
            "Check the sentence: a value may be missing before this punctuation.",
            r"(?<=\w) [,.;:](?=\s|$)|\(\s*\)", hints=(" ,", " .", " ;", " :", "(")),
)
EMPTY_GREETING = Pattern(
    "G2", "error", "The greeting has no name", "Write the name: \"Dear Priya,\".",
    # "Hello," is a greeting; "Hello ," is not. No two runs of spaces may meet (`\s*[,:!]?\s*`
    # would try every split of a long run: quadratic).
    r"^(?i:dear)\s*(?:[,:!]\s*)?$|^(?i:dear|hi|hello|hey|good (?:morning|afternoon|evening))"
    r"\s+(?:(?:None|null|undefined)\s*)?(?:[,:!]\s*)?$",
    last_words=("dear", "hi", "hello", "hey", "morning", "afternoon", "evening", "none", "null",
                "undefined"))

SUBJECT_RULE = "G2"
NO_SUBJECT = "The email has no subject."
NO_SUBJECT_FIX = "Add one that names the role: \"{subject}\"."
GENERIC_SUBJECT = "The subject is generic: \"{subject}\"."
GENERIC_SUBJECT_FIX = "Name the role (and, for a check-in, what you are asking): \"{subject}\"."
# The subject those fixes propose, by situation, as the bundled templates word theirs: {role}
# and {at} (" at Company", or nothing) from the profile given with --profile, else from the
# draft's own words, else UNKNOWN_ROLE to fill in.
SUBJECTS = {
    "thank-you": "Thank you: {role} interview",
    "check-in": "{role}{at}: next steps",
    "feedback-request": "Feedback on my {role} application",
    "competing-offer": "{role} application: an update on my timing",
    "recruiter-debrief": "{role} interview{at}: my feedback",
    "withdraw": "Withdrawing my application: {role}",
    "": "{role} interview{at}",  # situation unknown
}
UNKNOWN_ROLE = "<role>"
# Where a draft names them, searched in the first SUBJECT_SEARCH characters of its body
# (on the case it is written in): "the Product Designer role", "the role of Head of Sales",
# "at Lumen Health", "join Ashworth & Lyle". Capitalised words only: "the same role" is none.
SUBJECT_SEARCH = 2000
_TITLE = r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|and|for|in|&)\s+)?[A-Z][\w'’&-]*){0,5}"
ROLE_PATTERNS = (
    rf"\b(?:[Tt]he|[Ff]or|[Mm]y|[Yy]our)\s+(?P<name>{_TITLE})\s+(?:role|position|post|job|"
    r"vacancy|opening|internship|placement|apprenticeship)\b",
    rf"\b(?:role|position|post) of\s+(?:an?\s+)?(?P<name>{_TITLE})",
)
COMPANY_PATTERNS = (
    r"\b(?:at|join|joining)\s+(?P<name>[A-Z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z][\w'’&-]*){0,3})",
)
# A subject made only of these words says nothing about which application it is.
GENERIC_SUBJECT_WORDS = frozenset({
    "a", "about", "again", "an", "and", "any", "application", "apply", "checking", "check",
    "feedback", "follow", "following", "for", "from", "hello", "hey", "hi", "i", "in",
    "interview", "interviews", "is", "job", "just", "me", "my", "news", "no", "of", "on", "our",
    "position", "post", "question", "quick", "re", "fwd", "fw", "reaching", "reminder",
    "regarding", "request", "role", "status", "subject", "thank", "thanks", "the", "time", "to",
    "today", "touching", "base", "up", "update", "updates", "yesterday", "you", "your",
    "follow-up", "re:", "last", "week", "checking-in", "greetings", "note", "hope", "well"
})

# ---------------------------------------------------------------- variety (TY5)


class Variety(msgspec.Struct, frozen=True):
    rule: str
    severity: Severity
    max_similarity: float
    # Bounds on the work, which grows with the square of notes and of words: the notes
    # compared in one run (a panel has a handful), and the words of each note compared
    # (TY3's limit for a thank-you; a longer note has its own finding).
    max_notes: int
    max_words: int


VARIETY = Variety("TY5", "warning", 0.7, max_notes=20, max_words=150)

# ---------------------------------------------------------------- guessing the situation

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
        "status of my application", "(checking|check) in", "following up", "follow up on",
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
