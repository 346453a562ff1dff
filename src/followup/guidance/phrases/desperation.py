"""The tone lists of desperation (G2): neediness, and what a desperate candidate reaches for
instead of asking: a threat, guilt, a gift. G2 in every situation."""

from __future__ import annotations

from followup.guidance.phrases.kinds import PhraseList

DESPERATION = PhraseList(
    "G2", "error", "Sounds desperate",
    "Say what you would bring to the role and that you are interested, once, calmly.",
    (
        # Apologising for chasing again: it asks them to reassure you (issue 13: neediness).
        "(sorry|apologies|apologise|apologize) (to bother|for bothering|to trouble|for troubling|"
        "to chase|for chasing|to pester|for pestering) (you)? (again|once more|yet again|for the "
        "(second|third|fourth|#) time)",
        "I (really|desperately|badly|truly|urgently|so)? need (this|the) (job|role|position|"
        "opportunity|offer|work|internship|placement)",
        "(give|offer) me (a|one|another|this) (chance|shot|try)",
        "I (just|only)? need (one|a|another|this) (chance|shot|break|opportunity) (to|at)",
        "(I am|I feel|I am getting|I am becoming|I am feeling) (honestly|genuinely|truly|"
        "frankly|now|pretty|very|absolutely|feeling|getting) (so|really|quite|a bit|a little)? "
        "desperate",
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
        # Thinking of nothing else, watching the inbox.
        "(thought|think|thinking) (about|of) (little|nothing|nothing much|very little) else",
        "(I can not|I could not|I have not been able to|I can) stop thinking about (it|this|"
        "the|your|you|the role|the job|the position|this role|this job|this position)",
        "(check|checking|checked|refresh|refreshing|refreshed) my (inbox|email|emails|phone|"
        "voicemail|messages) (constantly|every|all day|all the time|far more|more often|"
        "obsessively|hourly|non stop|nonstop|twenty|several times|a hundred|over and over|"
        "daily|each|again and again)",
        "(I keep|I have been|I am|I am constantly|I have been constantly) (checking|refreshing) "
        "my (inbox|email|emails|phone|voicemail)",
        "(on|sitting on) (tenterhooks|pins and needles)",
        "(waiting|wait|sitting) by the phone",
        "(counting|count|counted) (down)? the (days|hours|minutes)",
        # What the job, or any word from them, would mean: "a lifeline".
        "(would|will|could) be (a|my|an absolute|a real|an actual|such a)? lifeline",
        "(my|only|last) lifeline",
        "(throw|give) me a lifeline",
        "(this|the|this job|the job|this role|the role|this opportunity|this position|"
        "the position|getting this|getting the job|an offer|it) (would|will|could)? (mean|"
        "means) (so much|more than you (know|can imagine|could know)) to me",
        "(the|my|this is the|it is the) only (job|role|position|thing|company|place) I have "
        "(ever|really|truly)? (wanted|cared about|dreamed of|dreamt of)",
        "(would|will|could) (change|transform|turn around|save) my (life|family's life|"
        "situation)",
        "(this|the|this job|the job|this role|the role|it) would be (so|really|just)? good for "
        "me (right now|at the moment|because|financially)",
        # Not able to take another rejection, nor to cope without the job.
        "(I do not know|I am not sure|I wonder|not sure|no idea)? how (many|much) more "
        "(of these|of this|rejection|rejections|knock backs|knockbacks|"
        "setbacks|no's|noes|disappointment|disappointments)? (I|I can|can I) (take|handle|bear|"
        "stand|face|cope with|go through|survive)",
        "(I can not|I could not|I do not think I can|I really can not|I genuinely can not|"
        "I honestly can not) (take|handle|face|bear|cope with|go through|survive|afford) "
        "(another|more|much more|any more|anymore|many more) (rejection|"
        "rejections|knock back|knockback|no|setback|of these|of this)",
        "(I|I honestly|I genuinely|I really|I truly|I just|I seriously) (do not|will not|"
        "would not) know what (I will|I would|I am going to|I am meant to|to) do (with myself|"
        "if|without|otherwise)",
        "(I will be|I would be|I am going to be|I will) (so|really|absolutely|completely|"
        "utterly|truly)? (gutted|heartbroken|devastated|crushed|lost|distraught|shattered|"
        "broken) (if|without|not to|when)",
        "(broke|breaks|break|broken|breaking) my heart",
        "(I will be|I would be|left me|leaves me|leave me) (so|really|absolutely|truly)? "
        "heartbroken",
        # Counting the rejections so far.
        "(I have|I) applied (for|to) (over|more than|nearly|almost|about|around|well over)? "
        "(#|dozens of|hundreds of|so many|countless|scores of) (jobs|roles|positions|"
        "companies|vacancies|posts|places)",
        "(I have|I) (now)? been (turned down|rejected|knocked back|unsuccessful) (for|by|from|"
        "at|in)? (#|so many|many|countless|dozens|hundreds|several|four|five|six|seven|eight|"
        "nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty) (jobs|roles|positions|"
        "applications|times|interviews|companies|employers|places|posts)",
        "(#|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|"
        "so many|countless) (rejections|knock backs|knockbacks|no's|noes) (in a row|so far|"
        "this year|since|now|already)",
        # Anything at all, unpaid if need be, or dropping everything at once.
        "(I will|I would|I am willing to|I am prepared to|I am ready to|willing to|"
        "prepared to|ready to) do (anything|whatever it takes|whatever you (want|ask|need))",
        "(I would|I will|I am happy to|I am willing to|I am prepared to|I could|I can|happy to|"
        "willing to|prepared to|even|I would even|I would happily|I will happily) (work|start|"
        "do it|do the job|intern|come in|help out) (for free|for nothing|without pay|unpaid)",
        "(an|a)? unpaid (trial|trial week|trial period|trial day|basis)",
        "unpaid work ,? (anything|whatever|if)",
        "(do|doing|offer|offering|happy to do|willing to do) (some|a bit of|any)? unpaid",
        "(take|accept|happy with|settle for) (a|any)? (pay cut|lower salary|less money|"
        "reduced salary|lower rate|any salary|whatever salary|whatever you (offer|pay))",
        "(I would|I will|I|I can) drop everything",
        "(I would|I will|I|I would happily|I would gladly) (accept|say yes|come|join|drop|take|"
        "be there|jump|return|come back|sign|leave|start|move) ... in a heartbeat",
        "(I am|I am just|I am really|I am so) (begging|pleading|imploring)",
        "I (beg|plead with|implore) you",
        "(please|do not) (give up on|write me off|forget about) me",
        # Money worries told to an employer.
        "(I am|I have been|we are) (struggling|behind) (financially|to pay|with (the|my)? "
        "(rent|bills|mortgage))",
        "(pay|paying|cover|covering) (my|our) (rent|bills|mortgage)",
        "(a|my) (family|wife|husband|partner|kids|children) to (feed|support)",
    ),
)

THREAT = PhraseList(
    "G2", "error", "Reads as a threat",
    "Leave it out: a threat (a review, a complaint, going over their head) ends the "
    "conversation. Ask your question politely.",
    (
        # A review, bad or said as a consequence: "I'll be leaving a review on your page".
        "(leave|write|post|leaving|writing|posting|put|putting|give|giving) (a|an|my)? (bad|"
        "negative|honest|one star|1 star|scathing|poor|frank|less than glowing|damning) "
        "(review|reviews|rating)",
        "(bad|negative|one star|1 star|scathing|poor|less than glowing|damning) (Glassdoor|"
        "Google|Trustpilot|Indeed|Yelp)? (review|reviews|rating)",
        "(if|unless|otherwise|or else) ... (I will|I will be|I shall|I am going to|I may|"
        "I might|I will have to) (leave|write|post|leaving|writing|posting|put|putting) (a|an|"
        "my)? (review|reviews|rating)",
        "(leave|write|post|leaving|writing|posting|share|sharing|mention|mentioning|put|putting|"
        "in|publish|publishing) (it|this|that|my experience|about (it|this|my experience))? "
        "(in|on)? (a|an|my)? (Glassdoor|Trustpilot|Yelp|Indeed|Google) (review|reviews|"
        "rating|post|page)",
        "(leave|write|post|leaving|writing|posting|put|putting) (a|an|my)? (review|reviews|"
        "rating) (on (Glassdoor|Trustpilot|Google|Indeed|Yelp|your (Google|agency|company|"
        "firm|page))|(about|of) (you|your (company|agency|firm|process|practice)|my experience|"
        "this experience))",
        "(post|posting|write|writing|share|sharing|talk|talking|tweet|tweeting|blog|blogging) "
        "about (this|it|my experience|the experience|you|your (company|agency|firm|process)) "
        "(on|in|with|to) (LinkedIn|social media|Twitter|X|Reddit|Facebook|Glassdoor|the press|"
        "my network|my followers|my blog|other candidates)",
        "(share|post|write about|talk about|tell people about|mention|publicise|publicize) my "
        "experience (of (the|this|your)|with (your|this)) (process|recruitment|interview|"
        "interviews|company|agency|firm|hiring|practice|surgery|team)",
        # Going over their heads: to HR, a director, a regulator, a lawyer.
        "(I will|I will be|I am going to|I shall|I intend to|I plan to|I may|I might|"
        "I will have to|I would have to|I will not hesitate to|I have no choice but to|"
        "I feel I must|I will need to|I am considering|I am thinking of|I would rather not|"
        "I would really rather not|I would hate to|I would prefer not to) (have to)? (raise|"
        "raising|take|taking|escalate|escalating|complain|complaining|refer|referring|go|"
        "going|flag|flagging) ... (HR|human resources|your manager|your boss|your director|"
        "your CEO|the CEO|chief executive|managing director|the board|head office|"
        "senior management|ombudsman|regulator|tribunal|solicitor|lawyer|lawyers|attorney|"
        "complaint|grievance|the press|the papers|ICB|union|authorities|trading standards|"
        "ACAS|CQC|EEOC|over your head|above your head|Glassdoor|social media)",
        "(report|reporting) (this|it|you|the matter|what happened|my experience|your (company|"
        "agency|firm|conduct|behaviour|behavior|practice|treatment)) (to|with)",
        "(I will|I will be|I shall|I shall be|I am going to|I intend to|I will have to|"
        "I will not hesitate to) (take|taking|pursue|pursuing) (this|it|the matter|matters) "
        "(further|higher|up the chain|to the top)",
        "(file|filing|lodge|lodging|make|making|raise|raising|submit|submitting) a (formal|"
        "official)? complaint",
        "(take|taking|consider|considering|pursue|pursuing|seek|seeking|start|starting) "
        "(legal|formal) (action|proceedings|advice)",
        # Letting others know how they were treated.
        "(know|aware of|about|letting|let) how (candidates|applicants|people|I|job seekers|"
        "jobseekers) (are|were|have been|was|get|got) (being)? (treated|handled)",
        "(hear|hearing) from my (lawyer|solicitor|attorney|union|representative)",
        "(warn|warning) (other|others|other people|everyone|my network|my contacts|my friends|"
        "people|future) (candidates|applicants|about|against|off)?",
        "(tell|telling|let|letting) (other|future) (candidates|applicants|jobseekers|"
        "job seekers) (about|what|how|know)",
    ),
)


GUILT = PhraseList(
    "G2", "error", "Tries to make them feel guilty",
    "Leave out what it cost you: they owe you nothing for it. Say you remain interested.",
    (
        "I (turned|have turned) down (other|another|two|three|#) (offers|offer|interviews)",
        # What the candidate gave up for them: other offers, other processes, on their advice.
        "(I|I have|I had|I even|I already|I have already) (turned down|declined|passed up|"
        "passed on|said no to|walked away from|pulled out of|withdrew from|dropped out of|"
        "gave up|given up|stepped back from|let go of) (a|an|another|other|two|three|#|"
        "several|multiple|my) (offer|offers|contract|contracts|role|roles|job|jobs|position|"
        "positions|interview|interviews|opportunity|opportunities|job offer|job offers|"
        "place|places|process|processes|permanent|temporary|temp|freelance|contract role)",
        "(turned down|declined|passed up|pulled out of|withdrew from|dropped out of|"
        "walked away from|gave up|given up|cancelled|canceled) ... (on your (advice|"
        "recommendation|say so|suggestion|word)|because you (told|advised|said|suggested|"
        "asked)|at your (request|suggestion)|to focus on (this|your) (process|role|application|"
        "company|position|one|job)|for this (role|job|"
        "one|position|process))",
        # What it cost the candidate to attend: a trip cancelled, leave taken, money spent.
        "(cancel|cancelled|canceled|cancelling|canceling|postponed|postpone|rearranged|"
        "rearrange|reschedule|rescheduled|"
        "moved|missed|miss|skipped|gave up|give up|cut short|cutting short|sacrificed) (a|my|our|"
        "the|his|her) (daughter's|son's|child's|partner's|wife's|husband's|mum's|mother's|"
        "dad's|father's|friend's|sister's|brother's|family's|family)? (trip|holiday|holidays|"
        "vacation|plans|appointment|weekend|"
        "wedding|birthday|day off|leave|honeymoon|break|flight|party|anniversary|celebration|"
        "hospital appointment|doctor's appointment|exam|exams) ... (to (make|attend|come|be at|"
        "get to|do|fit in|be available for|be there)|for (the|this|your|our) (interview|"
        "meeting|call|assessment))",
        "(I|which I|that I) (could|can) (barely|ill|hardly|scarcely|not really|really not) "
        "(spare|afford)",
        "(took|take|taken|taking|used|used up|burned|burnt|lost|sacrificed|spent) (a|an|the|"
        "my|a whole|a full|half a|two|three)? (day's|days of|day of|half day's|unpaid|annual|"
        "precious)? (holiday|holidays|leave|annual leave|vacation|vacation day|PTO|day off|"
        "days off|time off) (for (this|the|your|our) (interview|meeting|call|visit|"
        "assessment)|to (attend|come|make|do|be at))",
        "(at my own|out of my own) (expense|cost|pocket)",
        "(#|two|three|four|five|six|seven|eight) (hours|hour|miles) each way",
        "(which|and it|that) (was not|is not|were not) cheap",
        "(spent|paid|forked out|shelled out) (over|more than|nearly|almost|about|around)? "
        "(£|$|€|a fortune|a small fortune|hundreds) ... (on|for) (travel|the train|trains|"
        "flights|petrol|fuel|parking|a hotel|hotels|accommodation|childcare|the trip|getting)",
        "cost me (a|#|the|over|more than|nearly|almost) (fortune|lot|day's|days|week's|"
        "hundred|hundreds)",
        "after (all|everything) (I have|I) (done|put in|invested|sacrificed|given up|"
        "gone through|been through)",
        "(you owe me|the least you (can|could) do)",
    ),
)

GIFT = PhraseList(
    "G2", "error", "Offers a gift",
    "Send no gifts or incentives: they read as an attempt to buy a decision.",
    (
        "gift (card|voucher|basket|hamper)",
        # Something sent or left for them: food, drink, flowers, a present.
        "(left|sent|dropped off|dropped in|dropped round|dropped|posted|delivered|brought|"
        "ordered|couriered|popped|arranged|leave|send|drop off|drop round|bring|sending|"
        "leaving|dropping|bringing|pop|popping|drop) ... (hamper|chocolates|flowers|bouquet|"
        "cake|cakes|"
        "cupcakes|cookies|biscuits|pastries|doughnuts|donuts|muffins|brownies|treats|wine|"
        "champagne|prosecco|whisky|whiskey|gift|gifts|little something|small something|"
        "thank you gift|care package|bottle of|box of chocolates)",
        "(a|some|little|small) (hamper|bouquet|bunch of flowers|box of chocolates|"
        "bottle of wine|case of wine|bottle of champagne|cupcakes)",
        "(box|bag|tin|bar|bars|selection) of (chocolates|chocolate|Lindt|sweets|biscuits|"
        "cookies|treats|pastries|doughnuts|donuts|Cadbury)",
        "(bottle|bottles|case|crate) of (wine|champagne|prosecco|whisky|whiskey|gin|beer|"
        "bubbly|red|white)",
        "(small|little) (gift|present|thank you gift|something for (you|the team|the panel))",
        "(gift|present|hamper|something) (is|is already)? on (its|the) way (to you|to your|"
        "to the)",
        "(a|the|some|little|small) (present|presents) (for|to) (you|the team|the panel|your)",
        "(a|as a|this|my) (small|little)? token of (my)? (thanks|appreciation|gratitude)",
        # A meal or a drink on the candidate, in exchange for a decision or feedback.
        "(take|taking|treat|treating|invite|inviting|shout) (you|you and the team|you all|"
        "the team|the panel|you both) (out)? (for|to) "
        "(a|an)? (lunch|dinner|coffee|drinks|drink|breakfast|meal|pint|brunch|"
        "slap up meal)",
        "(buy|buying|get|getting|shout|shouting) you (a|an)? (coffee|drink|lunch|dinner|pint|"
        "beer|meal|round|glass of wine|bottle)",
        "my (treat|shout)",
        "in (exchange|return) for (your|a|an|some|the) (feedback|thoughts|time|decision|offer|"
        "recommendation|update|help|advice|good word|vote)",
        "(in|into) (your|their|the panel's|the team's) good (books|graces)",
        "(give|pay|offer|send) you (a|an|some|my)? (cut|kickback|finder's fee|"
        "share of my|percentage of my|bonus)",
    ),
)
