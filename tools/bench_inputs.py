"""The inputs of tools/benchmark.py, made on the fly: profiles of every kind a batch meets,
mailmerge's files for messages of the same length, and dense drafts for the checker."""

from __future__ import annotations

from pathlib import Path

TODAY = "2026-11-17"

_FIRST = ("Amira", "Ben", "Chloe", "Dev", "Elena", "Femi", "Grace", "Hugo", "Isla", "Jonah")
_LAST = ("Okoro", "Lindqvist", "Marsh", "Patel", "Quinn", "Rossi", "Sato", "Tran", "Walsh")
_ROLES = ("Junior Data Analyst", "Graduate Engineer", "Trainee Accountant",
          "Marketing Assistant", "Care Coordinator", "Store Supervisor")


def write_profiles(folder: Path, count: int) -> Path:
    """`count` profiles in `folder`, in turn: a thank-you due (one interviewer, then a panel
    of two), a late thank-you with a check-in due, and a feedback request after a rejection."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"application-{number:05}.yaml").write_text(_profile(number),
                                                              encoding="utf-8")
    return folder


def _profile(number: int) -> str:
    kind = number % 4
    company = f"Company {number}"
    domain = f"company{number}.example"
    people = [_person(number + offset, domain, company) for offset in range(1 + (kind == 1))]
    date, extra = {
        0: ("2026-11-16", ""), 1: ("2026-11-16", ""),
        2: ("2026-10-30", "    decision_by: 2026-11-06\n"
                          "    promise: let you know by the end of next week\n"),
        3: ("2026-11-02", ""),
    }[kind]
    status = ("status: unsuccessful\nfeedback:\n  rejected_on: 2026-11-06\n"
              "  promised: true\n" if kind == 3 else "status: waiting\n")
    return (
        "candidate:\n"
        f"  name: {_name(number + 7)}\n"
        f"  email: candidate{number}@example.com\n"
        "  highlights:\n"
        "    - Ran the weekly stock count for a busy branch, cutting shrinkage by a fifth\n"
        f"company: {company}\n"
        f"role: {_ROLES[number % len(_ROLES)]}\n"
        "country: GB\n"
        "interviews:\n"
        f"  - date: {date}\n"
        "    kind: video\n"
        f"{extra}"
        "    interviewers:\n"
        f"{''.join(people)}"
        f"{status}")


def _person(number: int, domain: str, company: str) -> str:
    name = _name(number)
    address = name.lower().replace(" ", ".")
    return (f"      - name: {name}\n"
            f"        email: {address}@{domain}\n"
            "        title: Team Lead\n"
            f"        discussed: how {company} plans its rotas around school holidays\n"
            "        learned: that new starters are paired with a buddy for a month\n")


def _name(number: int) -> str:
    return f"{_FIRST[number % len(_FIRST)]} {_LAST[number % len(_LAST)]}"


_MAILMERGE_TEMPLATE = """\
TO: {{email}}
SUBJECT: Thank you: {{role}} interview
FROM: Candidate <candidate@example.com>
CONTENT-TYPE: text/markdown

Dear {{first}},

Thank you for speaking with me yesterday about the **{{role}}** role at {{company}}.
I enjoyed hearing how {{company}} plans its rotas around school holidays, and I was glad
to learn that new starters are paired with a buddy for their first month.

Our conversation confirmed my interest in the role. In my current job I ran the weekly
stock count for a busy branch and cut shrinkage by a fifth, and I would bring the same
care to your team.

I look forward to hearing from you about the next steps.

Best regards,
Candidate
"""

_MAILMERGE_CONFIG = """\
[smtp_server]
host = localhost
port = 25
security = PLAIN
username = candidate
ratelimit = 0
"""


def mailmerge_files(folder: Path, rows: int) -> tuple[Path, Path, Path]:
    """A Markdown template of a thank-you's length, a database of `rows` rows, a config."""
    folder.mkdir(parents=True, exist_ok=True)
    template, database, config = (folder / name for name in
                                  ("template.txt", "database.csv", "server.conf"))
    template.write_text(_MAILMERGE_TEMPLATE, encoding="utf-8")
    config.write_text(_MAILMERGE_CONFIG, encoding="utf-8")
    lines = ["email,first,role,company"]
    lines += [f"{_name(n).split()[0].lower()}{n}@company{n}.example,{_name(n).split()[0]},"
              f"{_ROLES[n % len(_ROLES)]},Company {n}" for n in range(rows)]
    database.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return template, database, config


_DENSE = (
    "I wanted to check in on the Graduate Engineer role, as I have not heard anything yet "
    "and I was told I would hear by last Friday. I am still very keen, and I understand "
    "these things take time, but I would be grateful for any update you can share. "
    "Please let me know if there is anything else you need from me.\n\n")


def dense_draft(size: int) -> str:
    """A check-in of about `size` characters: a greeting, the paragraph above repeated,
    a sign-off; the checker reads every sentence of it."""
    paragraphs = max(1, size // len(_DENSE))
    return ("Subject: Graduate Engineer application\n\nDear Ms Walsh,\n\n"
            + _DENSE * paragraphs + "Kind regards,\nAmira Okoro\n")
