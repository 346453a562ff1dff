"""The JSON Schema of the profile format, derived from the types in `profile`."""

from __future__ import annotations

import json
from typing import Any

import msgspec

from followup.profile import Profile

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"


def profile_schema() -> dict[str, Any]:
    schema: dict[str, Any] = msgspec.json.schema(Profile)
    definitions = schema["$defs"]
    # `candidate` may also name a file holding the candidate (resolved at load time).
    definitions["Profile"]["properties"]["candidate"] = {
        "anyOf": [{"$ref": "#/$defs/Candidate"},
                  {"type": "string", "description": "A YAML file holding the candidate, "
                                                    "relative to this profile."}]}
    return {"$schema": SCHEMA_URI, "title": "followup profile", **schema}


def profile_schema_json() -> str:
    return json.dumps(profile_schema(), indent=2, ensure_ascii=False) + "\n"
