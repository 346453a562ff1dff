"""For drafts computed while tests are collected (to parametrise over them): the autouse
`user_home` fixture is not active yet, so the developer's own templates folder and cache
would be used. This gives that work an empty FOLLOWUP_HOME of its own."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from typing import TypeVar

import pytest

from followup import render

T = TypeVar("T")


def in_empty_home(compute: Callable[[], T]) -> T:
    """compute(), with FOLLOWUP_HOME an empty temporary folder (removed afterwards), and no
    template environment kept from before or after it."""
    with tempfile.TemporaryDirectory() as home, pytest.MonkeyPatch.context() as patch:
        patch.setenv("FOLLOWUP_HOME", home)
        render.environment.cache_clear()
        try:
            return compute()
        finally:
            render.environment.cache_clear()
