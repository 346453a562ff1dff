"""followup: drafts the emails a job candidate sends after an interview."""

__version__ = "0.1.0"
