"""A waiver says who really approved it; where no one did, the finding says the exception is unapproved."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, by_rule, check_files

from tfi_rules.i18n import speaking

UNBALANCED = PLAN.replace("årsværk: 1\n", "årsværk: 1.5\n")  # 1.5 + 1.5 + 1.5 = 4.5
WAIVER = "waivers:\n  - rule: capacity-balance\n    applies_to: /areas\n    reason: Udvalget gav 4,5 årsværk\n"


@pytest.mark.parametrize(
    ("lines", "english", "danish", "unapproved"),
    [
        ("    approved_by: BIU 25.06.2007\n", "(approved by BIU 25.06.2007)", "(godkendt af BIU 25.06.2007)", False),
        (
            "    approved_by: null\n    recorded_by: TFI-koordinator\n",
            "(unapproved: no one has approved this exception (recorded by TFI-koordinator))",
            "(ikke godkendt: ingen har godkendt denne undtagelse (skrevet ind af TFI-koordinator))",
            True,
        ),
        (
            "    approved_by: null\n",
            "(unapproved: no one has approved this exception)",
            "(ikke godkendt: ingen har godkendt denne undtagelse)",
            True,
        ),
    ],
)
def test_the_waived_finding_says_who_approved_it(
    tmp_path: Path, lines: str, english: str, danish: str, unapproved: bool
) -> None:
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": UNBALANCED + WAIVER + lines}
    [finding] = by_rule(check_files(tmp_path, files), "capacity-balance")
    assert finding.waived_by == "Udvalget gav 4,5 årsværk " + english
    assert (finding.waiver_reason, finding.waiver_unapproved) == ("Udvalget gav 4,5 årsværk", unapproved)
    with speaking("da"):
        [finding] = by_rule(check_files(tmp_path, files), "capacity-balance")
    assert finding.waived_by == "Udvalget gav 4,5 årsværk " + danish


def test_approved_by_must_be_written_even_when_no_one_approved(tmp_path: Path) -> None:
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": UNBALANCED + WAIVER}
    result = check_files(tmp_path, files)
    [finding] = by_rule(result, "schema")
    assert "approved_by" in finding.message


def test_the_repositorys_2009_waiver_is_unapproved() -> None:
    """Seed 003 is the administration's recommendation; it records no decision, so no one approved 5 of 4."""
    from tfi_rules.check.pipeline import check_paths

    plans = Path(__file__).resolve().parents[2] / "plans"
    [finding] = [
        f for f in check_paths([plans / "2009.yaml", plans / "mandate.yaml"]).findings if f.rule == "capacity-balance"
    ]
    assert finding.waived and finding.waiver_unapproved
