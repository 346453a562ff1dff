"""Getting started: `init` writes a profile, `schema` prints the format for editors."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, get_args

import click

from followup.commands.options import DATE
from followup.vocabulary import Kind

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

    from followup.profile import Profile

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
    from followup.profile.schema import profile_schema_json

    click.echo(profile_schema_json(), nl=False)


def _complete_samples(ctx: click.Context, param: click.Parameter,
                      incomplete: str) -> list[CompletionItem]:
    """Shell completion of --sample: the bundled samples' names, with their first line."""
    from click.shell_completion import CompletionItem

    from followup import home

    return [CompletionItem(item.stem, help=_first_comment(item))
            for item in sorted(home.bundled_samples().glob("*.yaml"))
            if item.stem.startswith(incomplete)]


@click.command("init", epilog="""\b
Examples:
  followup init big-beanz.yaml              # asks for the essentials
  followup init --sample big-beanz          # copies a bundled sample to big-beanz.yaml
  followup init --list-samples""")
@click.argument("path", type=click.Path(path_type=Path), required=False)
@click.option("--sample", metavar="NAME", shell_complete=_complete_samples,
              help="Start from a bundled sample profile.")
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
    written = _validate(text, path)
    write_new(path, text)
    click.echo(f"Wrote {path}. Next: {_next_step(written, path, datetime.date.today())}")


def _next_step(written: Profile, path: Path, today: datetime.date) -> str:
    """A command that works for the profile just written: the thank-you (to the whole
    panel with --all), the feedback request after a rejection; else the plan, which says
    what is left (an offer, an interview still ahead, no interviewers named yet)."""
    import shlex

    where = shlex.quote(str(path))
    interview = written.latest_interview
    if written.status == "unsuccessful":
        return f"followup feedback-request {where}"
    if written.status != "waiting" or interview.date > today or not interview.interviewers:
        return f"followup plan {where}"
    panel = " --all" if len(interview.interviewers) > 1 else ""
    return f"followup thank-you {where}{panel}"


# What _ask asks, in order: named in the message when the answers run out.
_QUESTIONS = ("your name", "your email address", "company", "role", "interview date",
              "kind of interview", "interviewers", "when they will get back to you")


def _ask() -> tuple[str, str]:
    """The essentials, asked one by one; everything else is left as comments to fill in."""
    from followup.commands.options import EMAIL

    answered = 0

    def ask(text: str, **options: Any) -> Any:
        nonlocal answered
        value = click.prompt(text, **options)
        answered += 1
        return value

    try:
        name = ask("Your name")
        email = ask("Your email address", type=EMAIL)
        company = ask("Company")
        role = ask("Role")
        day = ask("Interview date (YYYY-MM-DD)", type=DATE,
                  default=datetime.date.today().isoformat())
        kind = ask("Kind of interview", default="video",
                   type=click.Choice(get_args(Kind)))
        people = ask("Interviewers' names, separated by commas (blank: none yet)",
                     default="", show_default=False)
        decision = ask("When did they say they would get back to you? (YYYY-MM-DD, "
                       "blank: not said)", default="", show_default=False,
                       type=_OptionalDate())
    except click.Abort as stopped:
        _ran_out(stopped, _QUESTIONS[answered:])

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


def _ran_out(stopped: click.Abort, missing: tuple[str, ...]) -> NoReturn:
    """Input that ends before the last answer (no terminal, `</dev/null`, piped answers that
    stop early) names what is missing and how to give it, instead of a bare "Aborted!"."""
    # click turns both Ctrl-C and the end of input into Abort; only the second is ours.
    if not isinstance(stopped.__context__, EOFError):
        raise stopped
    click.echo()  # end the unanswered prompt's line
    from followup.errors import FollowupError

    raise FollowupError(
        f"Standard input ended before the answers to: {', '.join(missing)}.\n"
        "  Answer the questions at a terminal, give each answer on a line of its own (an "
        "empty line takes the default), or start from a sample: followup init --sample NAME "
        "PATH (followup init --list-samples).") from None


class _OptionalDate(click.ParamType):  # type: ignore[type-arg]
    name = "date"

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> datetime.date | None:
        return DATE.convert(value, param, ctx) if str(value).strip() else None


def _validate(text: str, path: Path) -> Profile:
    """Load what is about to be written, so init never leaves an invalid profile."""
    import tempfile

    from followup import profile

    with tempfile.TemporaryDirectory() as folder:
        trial = Path(folder) / path.name
        trial.write_text(text, encoding="utf-8")
        return profile.load(trial)


def _first_comment(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and "yaml-language-server" not in line:
            return line[2:]
    return ""
