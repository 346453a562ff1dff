"""From a profile to finished drafts: the core the drafting commands call. Its modules:

- composing: a situation's drafts rendered from their template, measured and checked.
- request: one drafting command's work (the plan's gate, the drafts, their timing notes,
  the exit decision), returned as values.
- batch: followup drafts' drafts of every step due across a folder (imported by that
  command only).
"""

from followup.drafting.composing import compose
from followup.drafting.request import Request, draft

# What the commands and tests use; the rest is imported from the modules themselves.
__all__ = ["Request", "compose", "draft"]
