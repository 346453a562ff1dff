"""The tone lists (G2, CI5, FB3, CO2), in the order the checker reads them: where two lists
find overlapping words, the earlier one reports them. The lists are kept by family:
`attitude` (frustration, blame), `bitterness` (assuming the worst, taking it personally),
`hostility` (insult, sarcasm, passive aggression), `demands` (pressure, ultimatums and
leverage), `desperation` (neediness, threats, guilt, gifts); their fixed phrasings first,
for their precise messages, then `cues`, the model that catches the other ways of saying
the same, and `excess_cues` (oversharing, flattery, entitlement). Stock filler, a warning,
is here."""

from __future__ import annotations

from followup.guidance.phrases.attitude import BLAME, FRUSTRATION
from followup.guidance.phrases.bitterness import ASSUMING_THE_WORST, PERSONAL
from followup.guidance.phrases.cues import CUES
from followup.guidance.phrases.demands import PRESSURE, ULTIMATUM
from followup.guidance.phrases.desperation import DESPERATION, GIFT, GUILT, THREAT
from followup.guidance.phrases.excess_cues import EXCESS
from followup.guidance.phrases.hostility import HOSTILITY, PASSIVE_AGGRESSION, SARCASM
from followup.guidance.phrases.kinds import PhraseList

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

TONE: tuple[PhraseList, ...] = (
    ULTIMATUM, THREAT, PERSONAL, HOSTILITY, SARCASM, PASSIVE_AGGRESSION, FRUSTRATION, BLAME,
    ASSUMING_THE_WORST, GUILT, GIFT, DESPERATION, PRESSURE, *CUES, *EXCESS, FILLER)
