"""The tone lists of attitude (G2, CI5, FB3): frustration and blame. Every list of attitude
(here, in `bitterness` and in `hostility`) is CI5 in a check-in, FB3 in a feedback request
and G2 elsewhere (`ATTITUDE`): the same words hurt in each."""

from __future__ import annotations

from followup.guidance.phrases.kinds import PhraseList

# The rule each situation names for a bad attitude, where it is not G2.
ATTITUDE = (("check-in", "CI5"), ("feedback-request", "FB3"))

FRUSTRATION = PhraseList(
    "G2", "error", "Sounds frustrated or blaming",
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
        "frustrated (not to|to not)",
        "(disappointed|frustrated) (to still|that I have not|that I still|"
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
        "sick (and tired)? of (waiting|chasing|being|hearing nothing)",
        "(fed up|tired) (of|with) (waiting|chasing|being (ignored|kept|left|messed))",
        "how (hard|difficult) (is it|can it be|would it be|could it be) to (reply|respond|send|"
        "get back|let me know|write|answer|pick up)",
        "is it (really)? (too much|asking too much|so hard|that hard|so difficult|that difficult) "
        "to (ask|expect|reply|respond|send|get|let|hear)",
        # Blaming them or the process for how it went: the panel, the brief, their tools.
        "(panel|interviewer|interviewers|you|they|team|manager|he|she) (arrived|turned up|"
        "showed up|came in) (# (minutes|mins)|_ (minutes|mins)|an hour|half an hour|very|quite|"
        "rather|so|a bit|a little|badly)? late",
        "(panel|interviewer|interviewers|you|they|team|manager|he|she|interview|call|meeting) "
        "(started|began|joined|logged on|was|were) (# (minutes|mins)|_ (minutes|mins)|an hour|"
        "half an hour|over an hour|very|so|badly|really) late",
        "(the|your|their|this) (interview|process|panel|assessment|case study|exercise|test|task|"
        "brief|instructions|day|call|recruitment|hiring process|selection process) (itself)? "
        "(was|were|felt|seemed) (a bit|rather|very|quite|so|really|extremely|completely|somewhat|"
        "a little|totally|frankly|honestly)? (rushed|disorganised|disorganized|chaotic|shambolic|"
        "a shambles|a mess|badly run|badly organised|badly organized|poorly run|"
        "poorly organised|poorly organized|poorly explained|poorly designed|confusing|unclear|"
        "misleading|flawed|rigged|pointless|a waste of time)",
        "(was|is|were) (not|hardly|scarcely) (a|really a|exactly a|quite a)? fair (test|"
        "assessment|reflection|measure|representation|way to (judge|assess|test|measure))",
        "(changed|moved|shifted|switched) the (assumptions|goalposts|goal posts|brief|rules|"
        "requirements|question|questions|task|instructions|criteria|scope|format) (on me|"
        "without (warning|telling|notice)|((halfway|half way|part way|partway|midway) through|"
        "in the middle of|during) (. | , | ! |the (exercise|task|test|interview|case study|"
        "presentation|assessment|modelling|modeling|call)|my (presentation|answer|task)))",
        "(you|they|he|she|panel|interviewer|interviewers|recruiter|manager|someone|somebody) "
        "(kept)? (moved|moving|move|shifted|changed) the (goalposts|goal posts)",
        "the (goalposts|goal posts) (were|kept being|have been|had been|got|kept getting) (moved|"
        "shifted|changed)",
        "would have gone (much|a lot|far)? (better|more smoothly|differently) (if|had) (the|you|"
        "they|your|someone|somebody|anyone|I had been (given|told|sent|warned))",
        "(if|had) the (instructions|brief|question|questions|task|requirements|directions|"
        "expectations|exercise) (had been|were|was|been) (clearer|more clear|clear|better "
        "explained|explained properly|properly explained)",
        "(your|your team's|the company's|their) ... (kept|keeps|kept on) (lagging|crashing|"
        "freezing|dropping out|cutting out|glitching|breaking|failing|disconnecting|going down)",
        "(the|your) (directions|instructions|details|information|address|map|link|invite|"
        "invitation|brief|briefing|notes|time|location) (you|I was|we were|they|he|she|"
        "the recruiter|your team|your office) (sent|gave|given|provided|emailed|shared|"
        "supplied) ... (was|were|had been) (completely|totally|all|just|simply|clearly)? "
        "(wrong|incorrect|out of date|outdated|misleading|inaccurate|useless|unhelpful)",
        "your (directions|instructions|details|information|map|link|invite|invitation|brief|"
        "briefing|notes|prep notes|prep|preparation|advice|job description|advert|ad) (was|were|"
        "had been|are|is) (completely|totally|quite|all|just|simply|clearly|next to|practically|"
        "pretty much|almost|largely|basically|frankly)? (wrong|incorrect|out of date|outdated|"
        "misleading|inaccurate|useless|unhelpful|worthless|way off|no help|no use|of no use)",
        "(the way|how) (the|this|my|your)? (process|application|interview|interviews|"
        "recruitment|hiring|candidates|applicants|people|I|we|everyone) (was|were|has been|"
        "have been|had been) (handled|managed|run|treated|dealt with|conducted|organised|"
        "organized) (made|has made|left|told|showed|shows|says|said|speaks|spoke)",
        "(poorly|badly|terribly|appallingly|shockingly|disgracefully) (handled|managed|run|"
        "organised|organized|communicated|treated)",
        "(nobody|no one) (had|has|ever|bothered to)? (told|warned|informed|tell|warn|inform) me",
        "(you|your team|the recruiter|HR) (never|failed to|neglected to|did not bother to|"
        "did not think to|did not) (tell|warn|inform|told|warned|informed) me (that|about|there|"
        "it|beforehand|in advance)",
        "(through|for|at) no fault of (my|mine)",
        "(was|is|were) (not|hardly|in no way|not at all) my fault",
        "(your|their|the panel's|the recruiter's|the company's|the firm's|the interviewer's|"
        "HR's) fault",
        "(I have|I had|I have now|I have already) (emailed|written|called|rung|phoned|contacted|"
        "tried|chased|followed up|left) (you|your office|a message|messages|voicemails)? (# |two|"
        "three|four|five|several|multiple|many|numerous|countless|a few) (times|emails|messages|"
        "voicemails)",
        "(emails|messages|calls|voicemails|follow-ups|attempts) (later|now|so far)? (and|but|with|"
        "without) (no|not a|still no|not a single|not one) (reply|response|answer|word|"
        "acknowledgement|update|news)",
        "(radio|deafening|stony) silence",
        "(been|being|get|got|getting|feel|felt|am|was) ghosted",
        "(ghosted|ghosting) (me|us)",
        "I (do not|did not|really do not|can not say I) appreciate (being|the way|how|the lack|"
        "the silence|the wait)",
        "(I will not|I am not going to|I do not intend to|I refuse to) (waste|spend) (any more|"
        "any further|more)? (of)? my time",
        "(could not|can not|did not|would not|will not) (even)? (be bothered|bother) to",
        "(surely|it only takes|it would only take|it takes|it would take) (a|one|two|just a|"
        "only a) (minute|moment|second|few minutes|line|quick email|short email|minutes|"
        "seconds) to (reply|respond|send|write|let|answer|acknowledge)",
        "(weeks|months|days|a month|a week|# weeks|# months) (have|has)? (passed|gone by|went by|"
        "later) (and|with|without|but) (no|nothing|not|still)",
        "how many (more)? times (do|will|must|should|have) I",
        "how much longer (do|must|am|will) I",
        "(if|had) (you|someone|somebody|anyone|the recruiter|your team|they|the panel) (had)? "
        "(told|warned|informed|briefed) me",
        "(gave|sent|told|emailed|provided) (me|us) (the)? (wrong|incorrect|out-of-date|"
        "outdated|inaccurate) (time|date|address|room|link|directions|information|details|"
        "building|location|brief|instructions|name|names|floor)",
        "(I was|we were|I had been) (given|sent|told|emailed|provided) (the)? (wrong|incorrect|"
        "out-of-date|outdated|inaccurate) (time|date|address|room|link|directions|information|"
        "details|building|location|brief|instructions|name|names|floor)",
        "(they|you|the panel|the recruiter|someone|somebody|your team|HR|reception) (had)? "
        "(double-booked|double booked|forgot|forgotten|lost|misplaced|mixed up) (my|the|our) "
        "(interview|slot|appointment|application|CV|booking|room|details|paperwork)",
        "(waiting|waited|sat|left sitting|kept waiting) (in|at) (reception|the lobby|the foyer|"
        "the waiting room|the front desk) for (# |over|more than|nearly|almost|half an hour|"
        "an hour|forty|thirty|twenty|forty-five)",
        "(misled|misinformed|lied to) (me|us|candidates|applicants)",
        "(I was|I had been|we were|I have been) (misled|misinformed|lied to|kept in the dark)",
        "(such a|that|the|your|a very|very|so) (vague|unclear|confusing|contradictory|"
        "badly written|poorly written|badly worded|poorly worded|misleading) (brief|instructions|"
        "task|question|questions|exercise|requirements|test|case study)",
        "(was not|were not|was never|had not been|was barely|were barely) (given|allowed) "
        "(enough|sufficient|adequate|much) time",
        "(strung|string|stringing) (me|candidates|us)? along",
        "(messed|messing|mucked|mucking|jerked|jerking) (me|candidates|us|people)? (around|about)",
        "(fobbed|fobbing) (me)? off",
        "(given|giving|get|got|getting) (me)? the run-?around",
        "(left|leaving|kept|keeping) (me)? in limbo",
        "(wasted|wasting|waste of|waste) (my|our) (time|weekend|day|evening|holiday|leave)",
    ),
    rules=ATTITUDE,
)

BLAME = PhraseList(
    "G2", "error", "Sounds frustrated or blaming",
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
    rules=ATTITUDE,
)
