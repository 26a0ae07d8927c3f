"""A measurement that records counting something other than its criterion is "not comparable", the difference
named; a figure of the same quantity from before the criterion's period is its baseline, not a result."""

from __future__ import annotations

from datetime import date

from test_verdict import verdicts

from tfi_rules.verdict.judge import Status

SHARE = """\
- id: c
  text: Mindst 95 pct. af dem, som har fået en jobplan, skal have påbegyndt et tilbud i 2009.
  target: {kind: at_least, value: 95, unit: percent}
  due: 2009
  counts:
    population: {id: med-jobplan, text: "dem, som har fået en jobplan"}
    numerator: {id: paabegyndt-tilbud, text: har påbegyndt et tilbud}
    period: "2009"
"""


def share(value: str, when: str, counts: str = "") -> str:
    lines = ["  - id: s" + when.replace("-", "").lower(), "    text: t", "    criterion: p/c", f"    value: {value}"]
    lines += ["    unit: percent", f'    date: "{when}"']
    return "\n".join(lines) + "\n" + counts


def test_another_population_and_numerator_are_named_and_never_compared() -> None:
    counts = (
        "    counts:\n"
        "      population: {id: alle, text: alle kontanthjælpsmodtagere}\n"
        "      numerator: {id: paabegyndt-tilbud}\n"
    )
    row = verdicts(SHARE, share("99", "2009", counts))["c"]  # 99 would "meet" 95
    assert row.status is Status.NOT_COMPARABLE
    assert row.reason == (
        "counts something other than the criterion: "
        "another population: 'alle kontanthjælpsmodtagere', the criterion 'dem, som har fået en jobplan'"
    )


def test_a_figure_from_before_the_period_is_a_baseline_not_a_result() -> None:
    row = verdicts(SHARE, share("40", "2008", "    counts: {period: '2008'}\n"))["c"]
    assert row.status is Status.NOT_COMPARABLE
    assert row.reason == (
        "counts something other than the criterion: "
        "a figure for 2008, before the criterion's period (2009): a baseline, not a result"
    )


def test_a_part_of_the_period_is_an_interim_status_and_a_comparable_figure_wins() -> None:
    body = share("40", "2008") + share("97", "2009-Q1")  # the 2008 figure (dated, no counts) is a base year
    row = verdicts(SHARE, body, date(2009, 6, 30))["c"]
    assert row.status is Status.PENDING and row.actual_date == "2009-Q1"
    assert verdicts(SHARE, body)["c"].status is Status.NO_FINAL


def test_a_part_recorded_on_one_side_only_is_no_difference() -> None:
    row = verdicts(SHARE, share("97", "2009", "    counts: {scale: {id: meget-tilfreds}}\n"))["c"]
    assert row.status is Status.MET


def test_another_unit_is_named() -> None:
    body = "  - {id: n, text: t, criterion: p/c, value: 97, unit: count, date: '2009'}\n"
    row = verdicts(SHARE, body)["c"]
    assert row.status is Status.NOT_COMPARABLE and row.reason.endswith("another unit: a count, the target per cent")
