"""A small repository for the measurement rules: the helpers' plan, with an indicator and a change target."""

from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, check_files

from tfi_rules.check.result import CheckResult
from tfi_rules.rules import RULES

CHANGE = """\
      - id: beskaeftigelse
        text: beskæftigelsesfrekvensen øges med 10 procentpoint
        target:
          kind: change
          direction: increase
          by: 10
          mode: percentage_points
          unit: percent
          baseline: {value: 54.40, date: "2007", method: Integrationsbarometeret}
"""

PLAN_WITH_INDICATOR = (
    PLAN.replace("        measured_by: survey\n", "        measured_by: survey\n" + CHANGE, 1)
    + "indicators:\n"
    + "  - {id: tfi-projektbesoeg, title: Projektbesøg, unit: count}\n"
)

HEADER = "kind: measurements\nid: {id}\ntitle: Status\nsource: {{title: Status}}\nmeasurements:\n"


def measurements(body: str, file_id: str = "m") -> str:
    """A measurement file with `body` (list items indented two spaces) under `measurements:`."""
    return HEADER.format(id=file_id) + body


def check_measurements(tmp_path: Path, *bodies: str) -> CheckResult:
    """Check the plan and one measurement file per body (m1.yaml, m2.yaml, ... in that order)."""
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN_WITH_INDICATOR}
    for number, body in enumerate(bodies, start=1):
        files[f"measurements/m{number}.yaml"] = measurements(body, f"m{number}")
    result = check_files(tmp_path, files)
    assert all(finding.rule in RULES for finding in result.findings), result.findings  # every file is valid
    return result
