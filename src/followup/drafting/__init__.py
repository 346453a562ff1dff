"""From a profile to finished drafts: the core the drafting commands call. Its modules:

- composing: a situation's drafts rendered from their template, measured and checked.
- request: one drafting command's work (the plan's gate, the drafts, their timing notes,
  the exit decision), returned as values.
- batch: followup drafts' drafts of every step due across a folder (imported by that
  command only).
"""

from followup.drafting.composing import choose_template, compose, default_channel
from followup.drafting.request import Drafted, Request, checker_refusal, draft

__all__ = ["Drafted", "Request", "checker_refusal", "choose_template",
           "compose", "default_channel", "draft"]
