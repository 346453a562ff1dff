"""Drafts made outside a test's own fixtures: once a session, and only when a test asks.

Tests are parametrised over cheap keys (sample names, situations, channels, tones, dates)
and render inside the test through `drafted`, never while pytest collects them, so that a
crash fails only the tests that need that draft. A cached draft is shared by every test
that asks for it, so it must not depend on whichever test asked first: it is made with an
empty FOLLOWUP_HOME of its own (`in_empty_home`), as the autouse `user_home` fixture would
give it. Session and module fixtures, made before `user_home`, use `in_empty_home` too."""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from followup import drafting, profile
from followup.compose import template_environment
from followup.compose.situations import Options
from followup.draft import Draft
from followup.errors import NotApplicable

T = TypeVar("T")


def in_empty_home(compute: Callable[[], T]) -> T:
    """compute(), with FOLLOWUP_HOME an empty temporary folder (removed afterwards), and no
    template environment kept from before or after it."""
    with tempfile.TemporaryDirectory() as home, pytest.MonkeyPatch.context() as patch:
        patch.setenv("FOLLOWUP_HOME", home)
        template_environment.environment.cache_clear()
        try:
            return compute()
        finally:
            template_environment.environment.cache_clear()


@functools.cache
def load_once(path: Path) -> profile.Profile:
    """The profile at path, read once a session."""
    return profile.load(path)


@functools.cache
def drafted(path: Path, situation: str, options: Options) -> tuple[Draft, ...] | str:
    """The drafts of one situation from the profile at path, or why it has none (the
    NotApplicable message): made once a session, with the bundled templates only."""
    def compose() -> tuple[Draft, ...] | str:
        try:
            return tuple(drafting.compose(situation, load_once(path), options))
        except NotApplicable as error:
            return str(error)
    return in_empty_home(compose)


def assert_the_profiles_own_reason(reason: str) -> None:
    """A refusal of a situation and channel that has a bundled template: the profile does
    not support it (its status, a missing field, a date), never a missing template."""
    assert reason and not reason.startswith("There is no "), reason
