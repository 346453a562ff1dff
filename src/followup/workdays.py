"""Working days (G5): weekends, and the public holidays of the profile's `country`.

The `holidays` package is imported only when a profile names a country
and its holidays for that year are not in the cache folder yet.
"""

from __future__ import annotations

import datetime
import functools
from pathlib import Path

from followup.errors import FollowupError

DAY = datetime.timedelta(days=1)
SATURDAY = 5  # date.weekday(): Monday is 0


class HolidaysUnavailable(FollowupError):
    """`country:` is set, but its public holidays cannot be known: what is wrong, and the
    fix (install the package, or fix or remove the country). The plan adds file and line."""

    def __init__(self, problem: str, fix: str) -> None:
        self.problem, self.fix = problem, fix
        super().__init__(f"country: {problem}\n  {fix}")


class WorkingDays:
    """G5: send on working days. Without a country, Monday to Friday; with one, less that
    country's public holidays."""

    def __init__(self, country: str | None = None) -> None:
        self.country = country

    def is_working_day(self, day: datetime.date) -> bool:
        if day.weekday() >= SATURDAY:
            return False
        return self.country is None or day not in _public_holidays(self.country, day.year)

    def on_or_after(self, day: datetime.date) -> datetime.date:
        """G5: a date that falls on a weekend or public holiday moves to the next working day."""
        while not self.is_working_day(day):
            day += DAY
        return day

    def before(self, day: datetime.date, count: int) -> datetime.date:
        """The working day `count` working days before `day` (CO3: the deadline less three)."""
        for _ in range(count):
            day -= DAY
            while not self.is_working_day(day):
                day -= DAY
        return day


@functools.cache
def _public_holidays(country: str, year: int) -> frozenset[datetime.date]:
    """A country's public holidays in a year. Importing `holidays` and building a country
    costs most of a second, far more than a draft: the dates are kept in the cache folder,
    stamped with the installed package, and built again only when it changes."""
    import importlib.util

    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        raise HolidaysUnavailable(
            f"{country}'s public holidays (G5) need the holidays package, which is not "
            "installed", "Install it: pip install holidays, or remove country: "
            "to count weekends only.")
    from followup import cache

    stamp = cache.file_stamp(Path(spec.origin).with_name("version.py"))
    name = f"{country}-{year}"
    kept = cache.load("holidays", name, stamp) if stamp is not None else None
    if isinstance(kept, list):
        return frozenset(datetime.date.fromordinal(number) for number in kept)
    days = _build(country, year)
    if stamp is not None:
        cache.store("holidays", name, stamp, sorted(day.toordinal() for day in days))
    return days


def _build(country: str, year: int) -> frozenset[datetime.date]:
    try:
        import holidays
    except ImportError:
        raise HolidaysUnavailable(
            f"{country}'s public holidays (G5) need the holidays package, which cannot be "
            "imported", "Reinstall it: pip install --force-reinstall holidays, or remove country: "
            "to count weekends only.") from None
    import warnings

    try:
        with warnings.catch_warnings():  # a year outside the country's tables: none known,
            warnings.simplefilter("ignore")  # which is no reason for a Python warning
            found = holidays.country_holidays(country, years=year)
    except NotImplementedError:
        raise HolidaysUnavailable(
            f"no public holidays are known for {country!r}",
            "Use the country's ISO 3166 code, such as GB or US, or remove country: to count "
            "weekends only.") from None
    return frozenset(found)
