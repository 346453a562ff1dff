"""A draft as a small, clean HTML email: the Markdown body rendered by `markdown`.

The body holds profile text (names, what was discussed, the signature), which is the
user's own but is still text, not markup: it is HTML-escaped before Markdown sees it,
so `<script>` in a profile shows as `<script>`. Markdown's own syntax (paragraphs,
emphasis, links) still works; links keep only web, mail and phone addresses, and
images are not rendered (a remote image in an email is a tracker). A single line
break stays a line break (`<br>`), as signatures need.
"""

from __future__ import annotations

import functools
import html
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.extensions.nl2br import Nl2BrExtension
from markdown.treeprocessors import Treeprocessor

from followup.draft import Draft

SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:")
_IMAGES = ("image_link", "image_reference", "short_image_ref")

_PAGE = """\
<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
</head>
<body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;\
line-height:1.5;color:#222222;">
<div style="max-width:640px;">
{body}
</div>
</body>
</html>
"""


class _SafeLinks(Treeprocessor):
    """A link to anything but a web page, a mail address or a phone number becomes text."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter("a"):
            target = element.get("href", "").strip().lower()
            if not target.startswith(SAFE_SCHEMES):
                element.tag = "span"
                element.attrib.clear()


class _MailExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        for name in _IMAGES:
            md.inlinePatterns.deregister(name, strict=False)
        md.treeprocessors.register(_SafeLinks(md), "safe_links", 0)


@functools.cache
def _converter() -> markdown.Markdown:
    """The one converter of the process: building one cost a third of a conversion."""
    # Extensions as objects: by name, Markdown would look them up in the installed
    # packages' metadata, which costs an import of the email package and more.
    return markdown.Markdown(extensions=[Nl2BrExtension(), _MailExtension()],
                             output_format="html")


def body(markdown_text: str) -> str:
    """The HTML of a Markdown body whose text is escaped first."""
    # reset() first: a converter keeps state from its last conversion (stashed HTML),
    # and one just reset converts as a new one does.
    return _converter().reset().convert(html.escape(markdown_text, quote=False))


def document(draft: Draft, *, lang: str = "en") -> str:
    """A whole HTML page for the draft: what the .eml's HTML part and --format html hold."""
    title = draft.subject if draft.subject is not None else f"{draft.situation} ({draft.channel})"
    return _PAGE.format(lang=lang, title=html.escape(title), body=body(draft.body))
