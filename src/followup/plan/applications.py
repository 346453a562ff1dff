"""Planning every application in a folder: find the profiles, plan each, keep going past
the broken ones.

A folder is searched recursively for *.yaml and *.yml (hidden files and folders aside).
A file that fails to load as a profile is reported, unless another profile names it as
its shared `candidate:` file: then it belongs there. Sent-logs are *.log.jsonl, so they
are never taken for profiles; two profiles that would share one (x.yaml and x.yml) are
reported once, as a warning, or as an error for each once that log exists (sentlog).
"""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path
from typing import NamedTuple

from followup.errors import FollowupError
from followup.plan import Application
from followup.profile import SUFFIXES, Profile
from followup.profile.smallfile import read_small


class PlannedOne(NamedTuple):
    """One application's plan, with the profile it was made from and its sent-log's
    warnings."""

    application: Application
    profile: Profile
    warnings: tuple[str, ...]


class Planned(NamedTuple):
    applications: list[Application]  # in the order the profiles were found
    # With keep_profiles (drafting, which need not load them again), each application's
    # profile by its path; else none, so that planning a folder holds only the plans.
    profiles: dict[str, Profile]
    problems: list[FollowupError]  # broken profiles or logs, each naming file and line
    warnings: list[str]  # from the sent-logs (an unfinished line skipped), each once


def find_profiles(folder: Path) -> list[Path]:
    """The YAML files below `folder`, in a stable order (sorted, folder by folder)."""
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found += [Path(root) / name for name in sorted(files)
                  if name.endswith(SUFFIXES) and not name.startswith(".")]
    return found


def plan_all(target: Path, today: datetime.date, *, keep_profiles: bool = False) -> Planned:
    """Plan one profile (a problem is raised) or every profile in a folder (problems are
    collected, and the others still planned)."""
    if not target.is_dir():
        one = plan_one(target, today)
        kept = {one.application.profile: one.profile} if keep_profiles else {}
        return Planned([one.application], kept, [], list(one.warnings))
    paths = find_profiles(target)
    if not paths:
        raise FollowupError(f"{target}: no profiles (*.yaml, *.yml) in this folder. Start "
                            f"one with: followup init {target / 'company.yaml'}")
    planned = Planned([], {}, [], [])
    failed: list[tuple[Path, FollowupError]] = []
    for path in paths:
        try:
            one = plan_one(path, today)
        except FollowupError as error:
            failed.append((path, error))
            continue
        planned.applications.append(one.application)
        if keep_profiles:
            planned.profiles[one.application.profile] = one.profile
        # x.yaml and x.yml warn of their shared log in the same words: say it once
        planned.warnings.extend(warning for warning in one.warnings
                                if warning not in planned.warnings)
    if failed:
        shared = _candidate_files(paths)
        planned.problems.extend(error for path, error in failed
                                if os.path.abspath(path) not in shared)
    return planned


def plan_one(path: Path, today: datetime.date) -> PlannedOne:
    """One profile and its sent-log, planned; the profile and the log's warnings beside it."""
    from followup import plan, profile, sentlog

    loaded = profile.load(path)
    try:
        log = sentlog.read_log(path)
    except OSError as error:
        raise FollowupError(f"{error.filename}: cannot be read ({error.strerror}).") from None
    return PlannedOne(plan.plan(loaded, log.entries, today, path), loaded, log.warnings)


def _candidate_files(paths: list[Path]) -> set[str]:
    """The files that profiles name as `candidate: FILE` (absolute paths). Only when
    something failed to load, to tell a shared candidate file from a broken profile: a
    quick look for the top-level `candidate:` line; YAML reads a value that is quoted or
    carries a comment."""
    import yaml

    from followup.profile.yamlfile import Loader

    shared = set()
    for path in paths:
        try:  # read_small: a pipe or a device named *.yaml is never read
            match = _CANDIDATE_LINE.search(read_small(path, "profile file"))
            if match is None:
                continue
            value = match[1].decode("utf-8").strip()
            if value.startswith(("'", '"')) or " #" in value:
                value = yaml.load(match[0], Loader=Loader)["candidate"]
        except (OSError, FollowupError, UnicodeDecodeError, yaml.YAMLError, TypeError):
            continue
        if isinstance(value, str):
            shared.add(os.path.abspath(path.parent / value))
    return shared


_CANDIDATE_LINE = re.compile(rb"^candidate:[ \t]*([^\s#].*)$", re.MULTILINE)
