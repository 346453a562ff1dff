"""Getting started: `init` writes a profile, `schema` prints the format for editors."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import click

from followup.commands.options import DATE

_SCHEMA_LINE = re.compile(r"^# yaml-language-server: .*\n", re.MULTILINE)
_EDITOR_HINT = ("# For completion in your editor: followup schema > profile.schema.json, then\n"
                "# make the first line: # yaml-language-server: $schema=profile.schema.json\n")


@click.command("schema")
def schema() -> None:
    """Print the JSON Schema of the profile format, for editors that validate YAML.

    \b
    Example:
      followup schema > profile.schema.json
    """
    from followup.schema import profile_schema_json

    click.echo(profile_schema_json(), nl=False)


@click.command("init", epilog="""\b
Examples:
  followup init big-beanz.yaml              # asks for the essentials
  followup init --sample big-beanz          # copies a bundled sample to big-beanz.yaml
  followup init --list-samples""")
@click.argument("path", type=click.Path(path_type=Path), required=False)
@click.option("--sample", metavar="NAME", help="Start from a bundled sample profile.")
@click.option("--list-samples", is_flag=True, help="List the bundled samples and stop.")
def init(path: Path | None, sample: str | None, list_samples: bool) -> None:
    """Start a profile for one application: asks for the essentials (or copies a
    sample) and writes a valid profile. It never overwrites an existing file."""
    from followup import home
    from followup.errors import FollowupError
    from followup.files import write_new

    samples = {item.stem: item for item in sorted(home.bundled_samples().glob("*.yaml"))}
    if list_samples:
        for name, item in samples.items():
            click.echo(f"{name:18} {_first_comment(item)}")
        return
    if path is not None and path.exists():
        raise FollowupError(f"{path} already exists; init never overwrites a profile. "
                            "Choose another name.")
    if sample is not None:
        if sample not in samples:
            raise FollowupError(f"There is no sample named {sample!r}. Samples: "
                                f"{', '.join(samples)}.")
        text = _SCHEMA_LINE.sub(_EDITOR_HINT, samples[sample].read_text(encoding="utf-8"))
        path = path or Path(f"{sample}.yaml")
    else:
        text, company = _ask()
        from followup.handoff import slug

        path = path or Path(f"{slug(company)}.yaml")
    _validate(text, path)
    write_new(path, text)
    click.echo(f"Wrote {path}. Next: followup thank-you {path}")


def _ask() -> tuple[str, str]:
    """The essentials, asked one by one; everything else is left as comments to fill in."""
    from followup.commands.options import EMAIL

    name = click.prompt("Your name")
    email = click.prompt("Your email address", type=EMAIL)
    company = click.prompt("Company")
    role = click.prompt("Role")
    day = click.prompt("Interview date (YYYY-MM-DD)", type=DATE,
                       default=datetime.date.today().isoformat())
    kind = click.prompt("Kind of interview", default="video",
                        type=click.Choice(["phone", "video", "in-person", "assessment-centre"]))
    people = click.prompt("Interviewers' names, separated by commas (blank: none yet)",
                          default="", show_default=False)
    decision = click.prompt("When did they say they would get back to you? (YYYY-MM-DD, "
                            "blank: not said)", default="", show_default=False,
                            type=_OptionalDate())

    def q(value: str) -> str:  # a JSON string is a valid YAML double-quoted scalar
        return json.dumps(value.strip(), ensure_ascii=False)

    names = [person.strip() for person in people.split(",") if person.strip()]
    interviewers = "".join(
        f"      - name: {q(person)}\n"
        "        # email: name@example.com\n"
        "        # learned: something you learned from them (TY4)\n"
        "        # question: a follow-on question for them (TY8)\n" for person in names)
    text = (
        "# A followup profile: one application. Edit it freely; followup never rewrites it.\n"
        + _EDITOR_HINT
        + f"candidate:\n  name: {q(name)}\n  email: {q(email)}\n"
        "  # phone: \"+44 7700 900123\"\n"
        "  # highlights:            # skills or achievements you did not get to discuss (TY4)\n"
        "  #   - Built the society's volunteer rota, cutting no-shows by a third\n"
        f"company: {q(company)}\nrole: {q(role)}\n"
        "# country: GB              # working days and public holidays (G5)\n"
        f"interviews:\n  - date: {day.isoformat()}\n    kind: {kind}\n"
        + (f"    decision_by: {decision.isoformat()}\n" if decision else
           "    # decision_by: YYYY-MM-DD  # when they said they would get back to you (CI2)\n")
        + ("    interviewers:\n" + interviewers if names else
           "    interviewers: []       # add - name: ... for each person you met (TY1)\n")
        + "status: waiting           # waiting | unsuccessful | offer | withdrawn | hired\n")
    return text, company


class _OptionalDate(click.ParamType):  # type: ignore[type-arg]
    name = "date"

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> datetime.date | None:
        return DATE.convert(value, param, ctx) if str(value).strip() else None


def _validate(text: str, path: Path) -> None:
    """Load what is about to be written, so init never leaves an invalid profile."""
    import tempfile

    from followup import profile

    with tempfile.TemporaryDirectory() as folder:
        trial = Path(folder) / path.name
        trial.write_text(text, encoding="utf-8")
        profile.load(trial)


def _first_comment(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and "yaml-language-server" not in line:
            return line[2:]
    return ""
