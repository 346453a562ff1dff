"""Where the user's own files live: FOLLOWUP_HOME, else the platform's config folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_dir() -> Path:
    if home := os.environ.get("FOLLOWUP_HOME"):
        return Path(home).expanduser()
    try:
        import platformdirs
    except ImportError:
        return _config_root() / "followup"
    return Path(platformdirs.user_config_dir("followup", appauthor=False))


def _config_root() -> Path:
    """The config folder's usual place, as platformdirs would say, without needing it."""
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def user_templates() -> Path:
    return user_dir() / "templates"


def bundled_templates() -> Path:
    """Inside the installed package; in a source checkout, the top-level folder."""
    packaged = Path(__file__).parent / "templates"
    return packaged if packaged.is_dir() else Path(__file__).parents[2] / "templates"


def bundled_samples() -> Path:
    packaged = Path(__file__).parent / "sample_profiles"
    return packaged if packaged.is_dir() else Path(__file__).parents[2] / "sample_profiles"


def cache_dir() -> Path:
    """Compiled templates: inside FOLLOWUP_HOME when set, else the platform's cache folder."""
    if home := os.environ.get("FOLLOWUP_HOME"):
        return Path(home).expanduser() / "cache"
    if sys.platform == "win32":
        root = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Caches"
    else:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "followup"
