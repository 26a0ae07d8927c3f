"""A finding keeps the waiver that covers it in parts; `waived_by` is made from them, never stored."""

from __future__ import annotations

import pickle

from tfi_rules.findings import Finding, Severity

FOUND = Finding("plans/2009.yaml", 12, 3, "capacity-balance", Severity.ERROR, "5 of 4 årsværk", pointer="/areas")


def test_an_unwaived_finding_has_no_waiver() -> None:
    assert (FOUND.waived, FOUND.waived_by) == (False, "")


def test_waived_by_joins_the_reason_and_its_approval() -> None:
    waived = FOUND.waive("Udvalget gav 5 årsværk", "da", approval="approved by BIU 25.06.2007")
    assert (waived.waived, waived.waived_by) == (True, "Udvalget gav 5 årsværk (approved by BIU 25.06.2007)")
    assert (waived.waiver_reason, waived.waived_language, waived.waiver_unapproved) == (
        "Udvalget gav 5 årsværk",
        "da",
        False,
    )
    assert waived == FOUND  # a waiver changes no place: findings still sort and match by where and what


def test_a_pickled_finding_carries_the_parts_only() -> None:
    waived = FOUND.waive(
        "Udvalget gav 5 årsværk", "da", approval="unapproved: no one has approved this exception", unapproved=True
    )
    assert "waived_by" not in vars(waived)  # what pickle stores of a dataclass
    again = pickle.loads(pickle.dumps(waived, protocol=pickle.HIGHEST_PROTOCOL))
    assert (again.waived_by, again.waiver_unapproved) == (waived.waived_by, True)
