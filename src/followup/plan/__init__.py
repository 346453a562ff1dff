"""The plan: from a profile, its sent-log and today's date, what to send, when, and why.

Pure: the steps of one application, each with its status, its window (due from
`earliest`, late after `latest`), the rule ID behind it and a one-line reason, plus
advice. The numbers are guidance.timing's; this package decides which window applies:
which round of check-ins we are in, what the sent-log has done, and what a reply
changed. Its modules:

- steps: the values (Step, Advice, Application), the order of action, making a step.
- check_ins: the walk through the sent-log that times the check-ins (CI2-CI12).
- one_off: the thank-yous, the recruiter debrief, the offer notice, the feedback request.
- schedule: `plan`, one application's steps as of a day (G1, G5).
- gate: what drafting may do today (G4, TY2, RC1, CI9), and its notes.

Importing it loads the holiday calendars' machinery: drafting imports it only when the
gate may have something to say (a check-in, a late thank-you, an interview ahead).
"""

from followup.plan.gate import (
    check_in_timing,
    late_thank_you,
    next_check_in,
    refuse_before_interview,
    refuse_early_check_in,
)
from followup.plan.schedule import plan
from followup.plan.steps import (
    STATUS_ORDER,
    Advice,
    Application,
    Step,
    action_order,
)

# What other packages use; the rest is imported from the modules themselves.
__all__ = ["STATUS_ORDER", "Advice", "Application", "Step", "action_order", "check_in_timing",
           "late_thank_you", "next_check_in", "plan", "refuse_before_interview",
           "refuse_early_check_in"]
