"""From a profile to finished drafts: situation targets, rendered, measured."""

from __future__ import annotations

from pathlib import Path

import jinja2

from followup import render, situations, words
from followup.draft import Address, Draft, Note
from followup.errors import NotApplicable
from followup.guidance.lengths import limit_for
from followup.profile import Profile


def compose(situation: str, profile: Profile, options: situations.Options, *,
            template_file: Path | None = None,
            env: jinja2.Environment | None = None) -> list[Draft]:
    """Every draft the situation calls for, in the order of the profile."""
    env = env or render.default_environment()
    targets = situations.targets(situation, profile, options)
    name = render.template_name(situation, options.channel)
    if template_file is not None:
        name = f"file:{template_file.resolve()}"
    elif not render.has_template(env, name):
        raise NotApplicable(f"There is no {options.channel} template for {situation} "
                            f"({name}). Use --channel email, or add {name} to your templates.")
    sender = Address(profile.candidate.name, profile.candidate.email)
    drafts = []
    for target in targets:
        rendered = render.render(env, name, target.context)
        drafts.append(Draft(
            situation=situation, channel=options.channel, to=target.to, sender=sender,
            subject=rendered.subject if options.channel == "email" else None,
            body=rendered.body, words=words.body_words(rendered.body),
            warnings=target.warnings + _length_warnings(situation, options.channel,
                                                        rendered.body),
            tips=target.tips,
        ))
    return drafts


def _length_warnings(situation: str, channel: str, body: str) -> tuple[Note, ...]:
    """TY3, CI4, CI7: the body's words and paragraphs against the guidance's limits."""
    limit = limit_for(situation, channel)
    if limit is None:
        return ()
    text = words.split(body).body
    count, blocks = len(words.words(text)), len(words.paragraphs(text))
    notes = []
    if count > limit.max_words:
        notes.append(Note(limit.rule, f"The body is {count} words; the guidance asks for at most "
                                      f"{limit.max_words}. Trim it."))
    if limit.max_paragraphs and blocks > limit.max_paragraphs:
        notes.append(Note(limit.rule, f"The body has {blocks} paragraphs; keep it to "
                                      f"{limit.max_paragraphs} at most."))
    return tuple(notes)

