"""`python -m followup`: the same program as the `followup` command."""

from followup.cli import main

main()
