"""The tone lists of hostility (G2, CI5, FB3): insults and contempt, sarcasm, and passive
aggression; the rule is the situation's (`attitude.ATTITUDE`)."""

from __future__ import annotations

from followup.guidance.phrases.attitude import ATTITUDE
from followup.guidance.phrases.kinds import PhraseList

HOSTILITY = PhraseList(
    "G2", "error", "Sounds hostile",
    "Leave out what you think of them: thank them, say you remain interested, and ask your "
    "question plainly.",
    (
        "you people",
        # What they think of the people they met, or the place.
        "came across as (a bit|a little|rather|very|quite|really|so|extremely|incredibly|"
        "somewhat|pretty|fairly)? (arrogant|rude|condescending|dismissive|patronising|"
        "patronizing|smug|hostile|abrasive|unprofessional|incompetent|clueless|disrespectful|"
        "obnoxious|pompous|full of himself|full of herself|full of themselves)",
        "(he|she|they|you|interviewer|interviewers|panel|manager|director|recruiter|team|lead|"
        "everyone|staff|receptionist|HR) (was|were|seemed|is|are|acted|behaved|sounded) "
        "(a bit|a little|rather|very|quite|really|so|extremely|incredibly|frankly|downright|"
        "somewhat|pretty|fairly)? (rude|arrogant|condescending|dismissive|patronising|patronizing|"
        "smug|unprofessional|incompetent|clueless|disrespectful|hostile|abrasive|obnoxious|"
        "pompous|useless|hopeless)",
        "(talked|spoke|talking|speaking|talks) over me",
        "(checking|looking at|scrolling through|glued to|playing with|typing on) (his|her|their) "
        "(phone|laptop|emails)",
        "(seen|heard|had) enough (of (the|your|their|this) (culture|company|team|place|way|"
        "management|process|organisation|organization|firm|office))? to know",
        "I (would|will) be (miserable|unhappy|wretched) (there|working (there|for|with|at))",
        "(would|could) never (work|be happy|fit in) (there|at (a|such a) (place|company)|for (you|"
        "them|a company like|people like))",
        "(toxic|awful|terrible|dreadful|horrible|poisonous|miserable) (culture|workplace|"
        "environment|atmosphere|place to work|management)",
        "(this|that|it|which|you|your _|the _|the whole _|their _) (is|was|are|were|has been|"
        "have been|seemed|seems|felt) (frankly|simply|just|quite|absolutely|completely|utterly|"
        "really|honestly|so|rather|very|pretty|downright)? (pathetic|laughable|disgraceful|"
        "appalling|atrocious|abysmal|outrageous|shameful|a joke|a farce|a shambles|a circus|"
        "a disgrace|ludicrous|incompetent|amateurish|disrespectful|beneath me|a waste of (my)? "
        "time)",
        "(incompetent|incompetence|clueless|amateurish|amateur hour|shambolic)",
        "you (clearly|obviously|evidently) (do not|did not|have not|can not|could not|never|"
        "were not|are not) (read|care|bother|know|understand|listen|value|respect|have a clue)",
        "(shame on you|how dare you|you should be ashamed|ashamed of (yourselves|yourself))",
        "(a|an) (joke|embarrassment|disgrace|excuse) of (a|an) (company|process|firm|interview|"
        "organisation|organization|team|recruiter|agency|business|employer)",
        "no wonder (you|the role|the position|the job|the company|the firm|they|your team) "
        "(can not|could not|struggle|struggles|are struggling|is still|are still|keep|keeps|"
        "had to|have had to|lose|lost)",
        "with all due respect",
        "no (offence|offense) (, | but|intended|meant)",
        "(is this|this is|that is|so this is) how you treat (candidates|applicants|people|your|"
        "staff|employees|loyal|internal|someone|anyone)",
        "(do not|did not|does not|never|no one|nobody|none of them) (seem to|appear to|really|even|"
        "actually|clearly)? (know|knew|have a clue|had a clue|had any idea|have any idea) (what|"
        "how) (they|you|he|she|the panel) (are|were|is|was) (doing|talking about)",
        "(had|have|has) no (idea|clue) (what|how) (they|you|he|she) (are|were|was|is) (doing|"
        "talking about)",
        "(clearly|obviously|evidently|apparently) (had not|did not|has not|have not|never|had "
        "never) (bothered to)? (read|look at|looked at|opened|seen|glanced at) my (CV|resume|"
        "application|portfolio|cover letter|notes)",
        "(nobody|no one|none of them|the interviewer|the panel|he|she|they) (had|has|had even|"
        "even)? (bothered to)? (read|looked at|opened) my (CV|resume|application|portfolio|"
        "cover letter)",
        "(rude|arrogant|condescending|dismissive|patronising|patronizing|smug|unprofessional|"
        "incompetent|clueless|disrespectful|hostile|abrasive|obnoxious|pompous|useless) "
        "(interviewer|interviewers|panel|panellist|panelist|manager|hiring manager|recruiter|"
        "receptionist|man|woman|people|team|staff|HR|director|lead|person|bunch|lot)",
        "what a (joke|waste|shambles|farce|circus|disgrace)",
        "(I was|I am|I left) (very|really|quite|frankly|distinctly|thoroughly)? unimpressed",
        "I (was|am) (not|far from|hardly) impressed (by|with)",
        "(was|were|is|are) (a)? nightmare to (deal with|work with|get hold of)",
        "(would not|will not|could never|would never) (want to|dream of|consider)? (work|"
        "working) (for|with) (you|a company like|people like|someone like|an organisation like|"
        "an organization like|a firm like|such)",
        "the worst (interview|interview experience|hiring process|recruitment process|process|"
        "experience|recruiter|candidate experience) I (have|had|have ever|had ever|ever)",
        "(clearly|obviously|evidently) (do not|does not|did not) (value|respect|care about) "
        "(people|candidates|staff|applicants|its|their|your|anyone)",
        "(idiot|idiots|idiotic|jerk|jerks|moron|morons|moronic|imbecile|imbeciles)",
        "(you|they|he|she|your team|the company|the firm|management|HR) (have|has|had) no "
        "(idea|clue) how to (run|hire|treat|manage|interview|organise|organize|communicate)",
        "(you|your team|the company|HR|the firm|your recruiters|they) (need|needs|should|must|"
        "have|has|ought) (to)? do better",
        "(should|ought to) be (embarrassed|ashamed)",
        "than (you treat|you treated|you have treated|they treat|they treated) (candidates|"
        "applicants|me|people)",
        "(learn|have|show) (some|basic|any) (manners|professionalism|decency)",
        "(common|basic) (decency|manners)",
    ),
    rules=ATTITUDE,
)

SARCASM = PhraseList(
    "G2", "error", "Sounds sarcastic",
    "Say plainly what you want to know; sarcasm reads as contempt in writing.",
    (
        "far be it (for|from) me",
        "(I|one) can only (imagine|assume|guess|wonder) how (many|long|much|hard|difficult)",
        "how many (meetings|people|emails|committees|approvals|signatures|managers|weeks|months|"
        "levels|layers|forms|hoops) (it takes|does it take|must it take|would it take) to",
        "(hopefully|perhaps|maybe|presumably) ... (faster|quicker|speedier|swifter|more efficient|"
        "less drawn-out|less drawn out) (hiring|recruitment|recruiting|interview|interviewing|"
        "selection|decision|decision-making)? (process|turnaround|replies|decisions)",
        "(nice|lovely|great|thoughtful|charming|neat) touch (for|given|considering) (someone|"
        "a person|me|an applicant|a candidate|anyone)",
        "what must be the (most|longest|slowest|lengthiest)",
        "(the|your|a) (most thorough|most exhaustive|most rigorous|longest|slowest|lengthiest|"
        "most drawn-out|most drawn out|most leisurely) (hiring|recruitment|recruiting|interview|"
        "selection|application)? process (in|I have|I have ever|ever|on|known to)",
        "congratulations on (the|your|such a|what must be|a)? (thorough|lengthy|long|exhaustive|"
        "drawn-out|drawn out|rigorous|slow|leisurely|marathon)",
        "which (part|parts|bit|bits|aspect|aspects) of my ... (did not|was not|were not|does not|"
        "failed to) (quite)? (measure up|match up|count|cut it|qualify|make the grade|live up|"
        "stack up)",
        "(measure|match|live|stack) up to \"",
        "(thanks|thank you) (so much|very much)? for (nothing|finally|eventually|at last)",
        "better late than never",
        "(what a|such a) (surprise|shock)",
        "colour me (surprised|shocked|unsurprised)",
        "color me (surprised|shocked|unsurprised)",
        "(I will not|I would not|I am not|I am|not) (be)? (hold|holding) my breath",
        "(nice|good|glad|great|pleased|lovely) to (see|know|hear) (that)? (someone|somebody|you|"
        "the team|anyone) (is|are|has|have)? (finally|eventually|at last)",
        "(nice|good|kind|decent) of you to (finally|eventually|at last)",
        "(in|on|with|using) (a|an) (setup|set up|system|editor|environment|platform|tool|"
        "connection|laptop|machine|computer|room|space|link) that (actually|really|properly) "
        "(works|functions)",
        "must be nice (to be able to|to have the luxury|to take|to sit)",
        "silly me",
        "(my mistake|my bad|foolish of me|naive of me|silly of me) (for|to) (think|thinking|"
        "believe|believing|assume|assuming|expect|expecting|hope|hoping)",
        "(assuming|if|in case) (you are|anyone is|someone is|anybody is|there is anyone|"
        "the team is) still (there|reading|alive|around|out there|checking|in business)",
        "is (anyone|anybody) (actually|even|ever|still)? (there|out there|reading|home|still "
        "(there|reading|around))",
        "I (guess|suppose) (that|it|this) (is|was) (certainly|definitely)? (one|a|an interesting|"
        "a novel|a unique) way (to|of)",
        "at least (you|someone|somebody|they|the panel) (finally|eventually|did|have|has)? "
        "(replied|responded|let me know|got back|bothered|told me|answered|remembered)",
        "(only|just) (took|taken|taking) (you|them|the panel|your team) (# |one|two|three|four|"
        "five|six|seven|eight|nine|ten|several|a few|a couple of)? (weeks|months)",
        "(your|their|his|her) (own)? sweet time",
        "congratulations on (finally|eventually|at last)",
        "(a mere|only a mere|mere) (# |one|two|three|four|five|six|seven|eight|nine|ten|several)? "
        "(weeks|months)",
        "(lightning-fast|lightning fast) (response|reply|turnaround|communication|process)",
        "before I (retire|die|grow old|get old|collect my pension|reach retirement)",
        "(hear|back|something|anything|reply|decision|answer|response|news|update|feedback|"
        "sometime|some time|point|you) (this|next|within the) (decade|century|millennium)",
        "I (have|have got) all the time in the world",
        "(funny|strange|odd) how (no one|nobody|you never|they never|the (job|role|position) "
        "(was|went))",
    ),
    rules=ATTITUDE,
)

PASSIVE_AGGRESSION = PhraseList(
    "G2", "error", "Sounds passive-aggressive",
    "Ask once, kindly, as if this were your first message: \"Could you let me know when I "
    "might expect to hear?\"",
    (
        # "In case it got lost" (or "buried in a busy inbox") blames the post or the season;
        # "buried in your inbox", "slipped past you", "you missed it" blame them (issue 13).
        "in case (it|my email|my message|this) (got|was|has been) buried in your",
        "in case (it|this|my|the|that) ... (slipped|fell|went|got|was|has been|had been|ended "
        "up|may have|might have) (past you|missed|overlooked|unnoticed|unread)",
        "in case you (missed|did not see|overlooked|forgot|have forgotten|lost) (it|my|this|the|"
        "that)",
        "(slipped|slip|slips) (past|by) you",
        "(as|like) (these|such|those) things (so)? (often|always|usually|tend to|seem to|do)",
        "(as|like) (emails|my emails|my messages|messages) (so)? (often|always|usually|seem to|"
        "tend to)",
        "(far|much|many|so many|lots of)? more important (things|candidates|people|applicants|"
        "matters|priorities|tasks|work) (on your plate|to do|to worry about|to deal with|"
        "to attend to|to be getting on with)? than (one|a single|me|my|little|"
        "a lowly|an? _ candidate|reply|replying|answer|answering|respond|responding|read|reading|"
        "write|writing|get back)",
        "(must|probably|clearly|obviously|surely|I am sure you|I know you|no doubt you) have (far|"
        "much|many|so many)? more important things",
        "(someone|somebody|anyone|anybody|you|they) (does|do|finally|eventually|ever)? (get|gets|"
        "got) (round|around) to _",
        "(I am sure|no doubt|I expect|I imagine) there (was|were|is|are|must have been|must be) "
        "(a|some)? (good|very good|perfectly good)? (reason|reasons|explanation)",
        "I am sure (you|they|he|she|the panel|the team) (had|have|must have had) (your|their|his|"
        "her|good|very good|excellent)? reasons",
        "it would have been (nice|good|helpful|courteous|polite|useful) (to (have been)? (told|"
        "warned|informed|know|known|be told)|if (you|someone|somebody|anyone) had)",
        "(unanswered|ignored|unread|unacknowledged|without (a|any)? (reply|response)) (like|as|"
        "just like|as did|the way) (the|my) (last|previous|earlier|first|other|two)",
        "(understand|accept) if (this|my) (email|message|note|one) (sits|goes|remains|stays|is "
        "left|is) (unanswered|unread|ignored)",
        "you (seem|appear|seemed|appeared) to have (missed|overlooked|ignored|forgotten)",
        "I (must|may) have missed (your|the|a) (reply|response|answer|email|message)",
        "(not sure|unsure|I do not know|I am not sure|I wonder) (if|whether) you (received|got|"
        "saw|read|had a chance to read) my (last|previous|earlier|first|other) (email|message|"
        "note|mail|one)",
        "if (anyone|someone|somebody) (ever|eventually|finally) (find|finds|get|gets|has) (the|"
        "a) (time|moment|minute|chance|spare moment)",
        "if you (ever|eventually|finally) (find|get) the time",
        "(surely|presumably) (someone|somebody|anyone|you|the panel|a decision) (has|have|"
        "must have|has been|must) (read|made|decided|had time|had a chance|been made)",
        "(I am sure|presumably|probably|surely|no doubt) (it is|it was|this is|this was)? (just|"
        "simply|only|merely)? an oversight",
        "(will|is going to|would|will probably|will no doubt) (go|be|sit|remain) (unanswered|"
        "ignored|unread|in the bin|straight in the bin|in the trash)",
    ),
    rules=ATTITUDE,
)
