"""Options shared by several commands, defined once."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


class DateType(click.ParamType):  # type: ignore[type-arg]
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> datetime.date:
        if isinstance(value, datetime.date):
            return value
        try:
            day = datetime.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date: write it as YYYY-MM-DD, such as 2026-11-16.",
                      param, ctx)
        from followup.profile import date_problem  # loaded anyway: each such command reads one

        if (problem := date_problem(day)) is not None:
            self.fail(f"{problem}: check the year.", param, ctx)
        return day


DATE = DateType()


def today_option(function: F) -> F:
    return click.option(
        "--today", type=DATE, default=None, metavar="DATE",
        help="The date to work as of, YYYY-MM-DD (default: today). Makes output reproducible.",
    )(function)


def resolve_today(value: datetime.date | None) -> datetime.date:
    return value or datetime.date.today()


class EmailType(click.ParamType):  # type: ignore[type-arg]
    name = "EMAIL"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        import re

        from followup.profile import EMAIL_PATTERN

        text = str(value).strip()
        if not re.search(EMAIL_PATTERN, text):
            self.fail(f"{text!r} is not an email address, such as jordan.lee@example.com.",
                      param, ctx)
        return text


EMAIL = EmailType()
