"""What went wrong while a template (or a phrase) rendered: a sentence, and the template's line.

Rendering (render.py) and the phrase helper `say` (template_helpers.py) both turn a failure
into a TemplateProblem with these, so that every message names the file and line.
"""

from __future__ import annotations

import sys

import jinja2


def problem_text(error: BaseException) -> str:
    """What went wrong while rendering, in a sentence."""
    if isinstance(error, jinja2.TemplateNotFound):
        return f"no template named {error.name!r}"
    if isinstance(error, RecursionError):
        return "the template calls itself without end"
    if isinstance(error, MemoryError):
        return "the template needs more memory than there is"
    text = str(error) or type(error).__name__
    return text if len(text) <= 1000 else f"{text[:1000]}..."  # it may quote a long value


def template_line(error: BaseException) -> str | None:
    """'file:line' of the innermost template frame: Jinja2 rewrites tracebacks so that
    template frames carry the template's file and line."""
    where = None
    traceback = error.__traceback__ or sys.exc_info()[2]
    while traceback is not None:
        code = traceback.tb_frame.f_code
        if code.co_name in ("top-level template code", "template") or \
                code.co_name.startswith("block "):
            where = f"{code.co_filename}:{traceback.tb_lineno}"
        traceback = traceback.tb_next
    return where
