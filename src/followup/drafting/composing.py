"""Composing drafts: from a situation, a profile and the options, every draft the
situation calls for, rendered from its template, measured and checked; and the choice of
that template and of the default channel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import msgspec

from followup import check, words
from followup.compose import render, situations, template_environment, template_names
from followup.compose.front_matter import TemplateInfo
from followup.compose.panel import Panel
from followup.draft import Address, Draft, Note
from followup.errors import NotApplicable, TemplateProblem
from followup.guidance.lengths import limit_for
from followup.profile import Profile
from followup.vocabulary import CHANNELS


def compose(situation: str, profile: Profile, options: situations.Options, *,
            template: str | Path | None = None, template_file: Path | None = None,
            env: jinja2.Environment | None = None) -> list[Draft]:
    """Every draft the situation calls for, in the order of the profile. `template` (or
    `template_file`) is --template: a file, or the name of a template in the folders."""
    env = env or template_environment.default_environment()
    name, info = choose_template(env, situation, options.channel, template or template_file)
    if options.tone is None and info.tone is not None:  # the template's own tone
        options = msgspec.structs.replace(options, tone=info.tone)
    targets = situations.targets(situation, profile, options)
    sender = Address(profile.candidate.name, profile.candidate.email)
    rendered = [_fitted(env, name, target.context, situation, options.channel, info)
                for target in targets]
    lengths = [_tighter_limit(situation, options.channel, target.context["tone"], info,
                              text.body) for target, text in zip(targets, rendered, strict=True)]
    subjects = [text.subject if options.channel == "email" else None for text in rendered]
    # Every draft passes through the checker (length, tone, content, and TY5 between notes).
    findings = check.check_all([
        check.Document(name=f"the note to {target.to[0].name}", body=text.body, subject=subject,
                       situation=situation, situation_from="given", channel=options.channel,
                       to=tuple((person.name, person.email) for person in target.to))
        for target, text, subject in zip(targets, rendered, subjects, strict=True)], profile)
    return [Draft(situation=situation, channel=options.channel, to=target.to, sender=sender,
                  subject=subject, body=text.body, words=words.body_words(text.body),
                  warnings=target.warnings + length + check.notes(_asked(found, target)),
                  tips=target.tips)
            for target, text, subject, found, length in zip(targets, rendered, subjects,
                                                            findings, lengths, strict=True)
            if target.shown]


def _asked(findings: list[check.Finding], target: situations.Target) -> list[check.Finding]:
    """The checker's findings, but that a thank-you carries no highlight where the panel's
    earlier notes took them all (TY4, TY5: the same one twice would read as a form letter),
    nor, in the brief tone (a late note, TY2), what it had no room for (TY3, TY4, TY8)."""
    context = target.context
    if context.get("situation") != "thank-you":
        return findings
    from followup.guidance.phrases.content import PROFILE_CONTENT

    brief = context.get("tone") == "brief"
    left = [key for key, unsaid in (("highlight", not context.get("highlight") or brief),
                                    ("question", brief), ("learned", brief)) if unsaid]
    spent = tuple(PROFILE_CONTENT[key].missing.split("{")[0] for key in left)
    return [finding for finding in findings if not (spent and finding.message.startswith(spent))]


def default_channel(situation: str, template: str | Path | None,
                    env: jinja2.Environment | None = None) -> str:
    """The channel a draft is on when --channel is not given: the --template's own (a card
    template makes a card), else email."""
    if template is None:
        return "email"
    env = env or template_environment.default_environment()
    return render.template_info(env, render.choose(env, situation, template))[0].channel \
        or "email"


def choose_template(env: jinja2.Environment, situation: str, channel: str,
                    given: str | Path | None) -> tuple[str, TemplateInfo]:
    """The template to render and its front matter, checked against the situation and
    channel the command asks for."""
    if given is None:
        name = template_names.default_name(situation, channel)
        if not render.has_template(env, name):
            others = [other for other in CHANNELS if other != channel
                      and render.has_template(env, template_names.default_name(situation, other))]
            raise NotApplicable(
                f"There is no {channel} template for {situation}. Use --channel "
                f"{' or '.join(others)}, or write one: followup templates edit "
                f"{name.removesuffix('.md.j2')}")
        info, path = render.template_info(env, name)
        render.check_limits(info, path, situation, channel)
        return name, info
    name = render.choose(env, situation, given)
    info, path = render.template_info(env, name)
    render.check_limits(info, path, situation, channel)
    if info.situation not in (None, situation):
        raise TemplateProblem(f"{path} is a template for {info.situation}, not {situation}: "
                              f"use it with followup {info.situation}.")
    if info.channel not in (None, channel):
        raise TemplateProblem(f"{path} is a {info.channel} template, but this draft is on "
                              f"--channel {channel}: use --channel {info.channel}, or leave "
                              "--channel out.")
    return name, info


# How many times a draft over its length limit is made again, each time leaving out one
# more of its least needed sentences (a template reads `trim`: 0, then 1, 2, 3).
TRIMS = 3


def _fitted(env: jinja2.Environment, name: str, context: dict[str, Any], situation: str,
            channel: str, info: TemplateInfo) -> render.Rendered:
    """The draft within its length limit (TY3, CI4, CI7, the tone's and the template's): a
    profile's long answers make it again with fewer optional sentences, rather than a
    draft too long to send."""
    toned = limit_for(situation, channel, context["tone"])
    caps = [cap for cap in (toned.max_words if toned else None, info.max_words) if cap]
    whole = render.render(env, name, context)
    text = whole
    for trim in range(1, TRIMS + 1):
        if not caps or len(words.words(words.split(text.body).body)) <= min(caps):
            return text
        panel = context.get("panel")  # made again: none of its words said yet
        again = {"panel": panel.afresh()} if isinstance(panel, Panel) else {}
        text = render.render(env, name, context | {"trim": trim} | again)
    # Still over with all of it left out: the whole draft, and the length warning says so.
    return text if len(words.words(words.split(text.body).body)) <= min(caps) else whole


def _tighter_limit(situation: str, channel: str, tone: str, info: TemplateInfo,
                   body: str) -> tuple[Note, ...]:
    """Length notes for limits stricter than the guidance's own (which the checker applies):
    the brief tone's, half of TY3's and CI4's, and a template's own max_words and
    max_paragraphs."""
    guidance, toned = limit_for(situation, channel), limit_for(situation, channel, tone)
    rule = guidance.rule if guidance else None
    text = words.split(body).body
    notes = []
    for found, own, template, what in (
            (len(words.words(text)), toned.max_words if toned else None, info.max_words,
             "words"),
            (len(words.paragraphs(text)), toned.max_paragraphs if toned else None,
             info.max_paragraphs, "paragraphs")):
        caps = [cap for cap in (own, template) if cap is not None]
        cap = min(caps, default=None)
        checked = getattr(guidance, f"max_{what}") if guidance else None
        if cap is None or found <= cap or (checked is not None and found > checked):
            continue  # within the limit, or over the guidance's: the checker says so
        why = "the template's limit" if cap == template else f"the {tone} tone's limit"
        notes.append(Note(rule, f"The body has {found} {what}; {why} is {cap}. Trim it."))
    return tuple(notes)
