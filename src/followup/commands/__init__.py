"""The click commands, one module a family; `followup.cli` imports each on first use."""
