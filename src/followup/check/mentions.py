"""Whether a draft mentions a value of the profile: words folded (NFKC, case) and compared
by their first five letters, the words that carry no meaning left out; and a date, in any of
the ways people write one (CO4's deadline)."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime

    from followup.profile.forms import Fitted

_STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "how", "i",
    "in", "is", "it", "its", "me", "my", "of", "on", "or", "our", "so", "that", "the", "their",
    "them", "they", "this", "to", "was", "we", "were", "what", "when", "where", "which", "who",
    "will", "with", "you", "your"
})


def fold(text: str) -> str:
    """Text as names and words are compared: compatibility forms and case folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def stems(text: str) -> set[str]:
    return {word[:5] for word in re.findall(r"\w+", fold(text))}


def mentions(stems: set[str], value: str, share: float = 0.5) -> bool:
    """Whether a text (as its word stems) mentions `value`: at least `share` of its words
    that carry meaning, compared by their first five letters ("shadowing" is "shadow")."""
    wanted = {word[:5] for word in re.findall(r"\w+", fold(value))
              if word not in _STOPWORDS and (len(word) > 2 or word.isdigit())}
    if not wanted:
        wanted = {word[:5] for word in re.findall(r"\w+", fold(value))}
    return not wanted or len(wanted & stems) >= share * len(wanted)


def mentions_fitted(stems: set[str], fitted: Fitted | None) -> bool:
    """TY4: whether a text carries a field as a draft fitted it ("I have completed a summer
    internship in credit risk" for "Summer internship in credit risk, built a dashboard"):
    the fitted words that carry meaning, not the ones its frame added ("have", "completed"),
    all of them or most of its first piece's."""
    if fitted is None or not fitted.text:
        return False
    words = re.sub(r"^(?:am|have|had|was|hold|speak)\s+(?:been\s+|completed\s+|experience\s+"
                   r"(?:in|with)\s+)?", "", fitted.text)
    first = re.split(r",\s+|\s+and\s+", words)[0]  # its first piece, without what joins it
    return mentions(stems, words) or mentions(stems, first, share=0.75)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def names_date(text: str, day: datetime.date) -> bool:
    """Whether `text` gives `day`: 4 December, December 4th, Friday, 2026-12-04, 4/12, 12/4."""
    month = _MONTHS[day.month - 1]
    month_names = f"(?:{month}|{month[:3]}\\.?)" if len(month) > 3 else month
    number = f"0?{day.day}(?:st|nd|rd|th)?"
    patterns = (f"\\b{number}\\s+(?:of\\s+)?{month_names}\\b",
                f"\\b{month_names}\\s+{number}\\b", f"\\b{_DAYS[day.weekday()]}\\b",
                f"\\b{day.isoformat()}\\b", f"\\b0?{day.day}/0?{day.month}\\b",
                f"\\b0?{day.month}/0?{day.day}\\b")
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in patterns)
