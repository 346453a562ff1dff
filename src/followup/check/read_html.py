"""HTML drafts for the checker: the drafts of a page as `--format html` writes them (the
subject from its title; a card's or a voicemail script's title, "thank-you (card)", names
its situation and channel), and the text of an HTML body, which an email's HTML part uses
too. The tags are read by one pattern that never reads a character twice from the same
start, not by html.parser, which rescans an unclosed tag to the end from every "<"."""

from __future__ import annotations

import re

from followup.check.document import Document
from followup.check.read_fields import Known, named
from followup.words import CASE_BLIND

# Tags whose text is not shown, and tags that end a paragraph.
_HIDDEN = ("style", "script", "head", "title")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "blockquote", "tr")
# A comment's start; a tag (closing or not, its name, the rest); or a declaration. A quoted
# attribute value may hold a ">" (`<img alt='>'>`). Linear in the page: the name is taken
# whole (the lookahead refuses a shorter one, which the rest would rescan from each length);
# each part of the rest starts with its own character, so nothing is read two ways from one
# start; and an attempt from a "<" ends at the first "<" or ">" outside quotes. Reading each
# character outside quotes, in "...", or in '...', the attempts from different "<" are in
# different of those three states (a quote swaps two of them), so at most three read it.
# Hence no quote in a name: `<a"` would put two attempts in the same state, and then all.
_MARKUP = re.compile(r"""<(?:!--|(/?)([A-Za-z][^\s/<>"']*)(?![^\s/<>"'])"""
                     r"""((?:[^<>"']|"[^"]*"|'[^']*')*)>|[/!?][^<>]*>)""")
_UNTITLED = re.compile(r"([a-z-]+) \(([a-z]+)\)")  # "thank-you (card)"


def html_drafts(name: str, text: str, known: Known) -> list[Document]:
    """The drafts of an HTML file: one a page, each page from its `<!DOCTYPE html>`."""
    pages = [page for page in re.split(r"(?i)(?=<!doctype html)", text) if page.strip()]
    documents = []
    for index, page in enumerate(pages, 1):
        subject = _title(page)
        # A draft with no subject (a card, a voicemail) is titled "thank-you (card)".
        untitled = _UNTITLED.fullmatch(subject or "")
        if untitled and untitled[1] in known.situations and untitled[2] in known.channels \
                and untitled[2] != "email":
            situation, channel, subject = untitled[1], untitled[2], None
        else:
            situation, channel = None, "email"
        documents.append(Document(name=named(name, index, len(pages)), body=html_text(page),
                                  subject=subject or None, situation=situation,
                                  situation_from="file" if situation else "unknown",
                                  channel=channel, index=index, lines="body"))
    return documents


def _title(page: str) -> str | None:
    """The text of the first <title> that has a </title> after it; found, not matched:
    `<title>(.*?)` scans to the end from every "<title>" of a page that has no "</title>"."""
    folded = page.translate(CASE_BLIND)
    start = folded.find("<title>")
    end = folded.find("</title>", start) if start >= 0 else -1
    return html_text(page[start + 7:end]).strip() if end >= 0 else None


def html_text(page: str) -> str:
    """The text of an HTML body: paragraphs and line breaks kept; tags, comments, and what
    style, script, head and title hold, dropped; character references read."""
    import html

    parts: list[str] = []
    hidden = 0
    position = 0
    folded: str | None = None  # the page case-blind, to find a script's end
    while position < len(page):
        markup = _MARKUP.search(page, position)
        end = markup.start() if markup else len(page)
        if not hidden and end > position:
            parts.append(re.sub(r"\s+", " ", html.unescape(page[position:end])))
        if markup is None:
            break
        position = markup.end()
        if markup[0] == "<!--":
            close = page.find("-->", position)
            position = len(page) if close < 0 else close + 3
            continue
        tag = (markup[2] or "").lower()
        if not markup[1] and tag:
            if tag in _HIDDEN:
                hidden += 1
            elif tag == "br":
                parts.append("\n")
            elif tag in _BLOCKS:
                parts.append("\n\n")
            if tag in ("script", "style") and not markup[3].endswith("/"):
                # Their text is not markup: on to their end tag.
                folded = folded if folded is not None else page.translate(CASE_BLIND)
                close = folded.find(f"</{tag}", position)
                position = len(page) if close < 0 else close
        if tag and (markup[1] or markup[3].endswith("/")):  # an end tag, or <p/>
            if tag in _HIDDEN:
                hidden = max(0, hidden - 1)
            elif tag in _BLOCKS:
                parts.append("\n\n")
    lines = [line.strip() for line in "".join(parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"

