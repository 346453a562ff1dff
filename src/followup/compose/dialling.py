"""A phone number as it is said to someone in the same country (CI7's voicemail): the
country code is for callers abroad, so "+44 7700 900482" is "07700 900482" and "+1 614 555
0137" is "614 555 0137". Where the country is not known, or the number is another
country's, it is said as written."""

from __future__ import annotations

import re

# Calling codes, and whether a number dialled at home starts with a trunk "0" in their place
# (India's mobiles are given as their ten digits: "98555 41207").
CODES = {"US": ("1", ""), "CA": ("1", ""), "GB": ("44", "0"), "IE": ("353", "0"),
         "AU": ("61", "0"), "NZ": ("64", "0"), "ZA": ("27", "0"), "IN": ("91", ""),
         "SG": ("65", ""), "DE": ("49", "0"), "FR": ("33", "0"), "NL": ("31", "0")}


def dialled(phone: str, country: str | None) -> str:
    """`phone` without the country code of `country` (and the "(0)" some write after it)."""
    code, trunk = CODES.get(country or "", ("", ""))
    found = re.match(rf"\s*(?:\+|00){code}[\s.-]*(?:\(0\)\s*)?(?=\d|\()", phone) if code else None
    return trunk + phone[found.end():] if found else phone
