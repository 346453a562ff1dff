"""Composing drafts: the template context of each situation, its recipients, and the sandboxed
Jinja2 templates (front matter, phrases, limits) that turn them into text."""
