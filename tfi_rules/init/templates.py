"""The text of each file `tfi init` writes. Scalars from the user are written as JSON strings (YAML 1.2
reads them back as written, whatever they hold)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..i18n import t
from ..model.types import suggest_id
from ..numbers import plain_number

MANDATE_FILE = "plans/mandate.yaml"
HOOK_ID = "tfi-check"
"""The id of the hook in this repository's `.pre-commit-hooks.yaml` (a test keeps them equal)."""


@dataclass(frozen=True)
class MandateAnswers:
    """What the mandate needs from a person: its capacity, from when, and by which decision."""

    capacity: Decimal
    start: date
    decision: str


def version() -> str:
    from .. import __version__

    return __version__


def mandate_id(decision: str) -> str:
    """The mandate's id from its decision: "BIU 201/2006" → "biu-201-2006" (empty if nothing is left)."""
    return suggest_id(decision)


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def mandate(answers: MandateAnswers) -> str:
    decision = _quoted(answers.decision)
    capacity = plain_number(answers.capacity)
    return f"""\
# yaml-language-server: $schema=../schemas/mandate.schema.json
# {t("The team's mandate, written by `tfi init`: the capacity every plan balances against.")}
# {t("Fill in the source document below (title, case number, date) and the decision's own words.")}
kind: mandate
id: {mandate_id(answers.decision)}
title: TaskForce Integration  # {t("fill in: the mandate's title in the source's words")}
source:
  decision: {decision}
  # title:        {t("fill in: the document's title")}
  # case_no:      {t("fill in: the case number (Sagsnr.), in quotes")}
  # date:         {t("fill in: the document's date, YYYY-MM-DD")}
capacity:
  - start: {answers.start.isoformat()}
    årsværk: {capacity}
    decision: {decision}
    text: {_quoted(f"{answers.decision}: ressourcer svarende til {capacity} årsværk")}  # {t("fill in: the decision's own words")}
"""


def measurements_readme() -> str:
    return "\n".join(
        [
            "# measurements/",
            "",
            t(
                "Recorded results, one YAML file per source (a report, a survey, a register extract). "
                "`tfi check` checks them and `tfi verdict` judges the plans' targets against them."
            ),
            "",
        ]
    )


def workflow(repository: str, ref: str) -> str:
    return f"""\
# {t("Checks the plans on every pull request and push to main (written by `tfi init`).")}
# {t("The action is tfi's own (action.yml of the tfi repository): replace OWNER if it is still there.")}
name: plans
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  tfi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - uses: {repository}@{ref}
        with:
          python: python
"""


def pre_commit(repository: str, ref: str) -> str:
    return f"""\
# {t("Runs `tfi check` on the plans a commit changes (written by `tfi init`; pre-commit.com).")}
repos:
  - repo: https://github.com/{repository}
    rev: {ref}
    hooks:
      - id: {HOOK_ID}
"""


def team_readme() -> str:
    lines = [
        t("# Work plans of TaskForce Integration"),
        "",
        t(
            "The team's work plans, their mandate and their recorded results, as YAML files that `tfi` "
            "(version {version}) checks.",
            version=version(),
        ),
        "",
        t("- `plans/mandate.yaml`: the mandate, with the capacity in årsværk every plan balances against."),
        t(
            "- `plans/`: one file per plan. Start next year's from this year's: "
            "`tfi new plan 2012 --from plans/2011.yaml`; the first one from the mandate: `tfi new plan 2012`."
        ),
        t("- `measurements/`: recorded results, one file per source."),
        t(
            "- `schemas/`: the JSON Schemas editors check the files with; after installing a new tfi, "
            "`tfi schema --output schemas`."
        ),
        "",
        t(
            "Before a pull request: `tfi check` (it fails on an invalid or unbalanced plan) and "
            "`tfi diff main` (what the change does, in the plans' terms). The workflow in "
            "`.github/workflows/plans.yml` runs the same on every pull request."
        ),
        "",
    ]
    return "\n".join(lines)
