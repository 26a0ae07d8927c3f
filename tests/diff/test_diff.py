"""`tfi diff`: what a change does to a plan, in exact sentences; pairs of files, folders and git revisions."""

from __future__ import annotations

import os
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import MANDATE, PLAN, git
from hypothesis import given, settings
from hypothesis import strategies as st

import cli
from tfi_rules.diff.differences import DifferenceKind
from tfi_rules.diff.files import diff_models
from tfi_rules.load.loader import load_text
from tfi_rules.load.typed import typed_text
from tfi_rules.model import AnyModel, FileKind, Plan
from tfi_rules.model.build import validated

REPO = Path(__file__).resolve().parents[2]
PLAN_2011 = (REPO / "plans" / "2011.yaml").read_text(encoding="utf-8")


def edit(text: str, old: str, new: str) -> str:
    """Replace a piece of text that occurs exactly once, so a test cannot edit the wrong place."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def typed(text: str) -> tuple[FileKind, AnyModel]:
    file, findings = typed_text(text, "test.yaml")
    assert file is not None, findings
    return file.kind, file.model


def sentences(old: str, new: str) -> list[str]:
    return [change.sentence for change in diff_models(*typed(old), *typed(new))]


def kinds(old: str, new: str) -> list[DifferenceKind]:
    return [change.kind for change in diff_models(*typed(old), *typed(new))]


# --- targets -----------------------------------------------------------------------------------


def test_a_target_lowered_names_the_criterion_and_both_numbers() -> None:
    new = edit(
        PLAN_2011, "          value: 60\n          unit: count\n", "          value: 50\n          unit: count\n"
    )
    assert sentences(PLAN_2011, new) == ["target of `intdag-foreninger` lowered from 60 to 50"]
    assert kinds(PLAN_2011, new) == [DifferenceKind.TARGET_LOWERED]


def test_a_target_raised() -> None:
    new = edit(PLAN, "value: 25, unit: count}", "value: 30, unit: count}")
    assert sentences(PLAN, new) == ["target of `projektbesoeg` raised from 25 to 30"]


def test_a_target_kind_changed() -> None:
    new = edit(PLAN, "{kind: at_least, value: 25, unit: count}", "{kind: qualitative}")
    assert sentences(PLAN, new) == ["target kind of `projektbesoeg` changed from at_least to qualitative"]


def test_other_parts_of_a_target_are_said_field_by_field() -> None:
    new = edit(PLAN, "value: 75, unit: percent, inferred: true}", "value: 75, unit: percent}")
    assert sentences(PLAN, new) == ["`target.inferred` of criterion `tilfredshed` changed from true to false"]


def test_a_range_changed() -> None:
    old = edit(PLAN, "{kind: at_least, value: 25, unit: count}", "{kind: range, min: 20, max: 30, unit: count}")
    new = edit(old, "min: 20, max: 30", "min: 20, max: 35")
    assert sentences(old, new) == ["range of `projektbesoeg` changed from 20–30 to 20–35"]


CHANGE_TARGET = """\
        target:
          kind: change
          direction: increase
          by: 10
          mode: percentage_points
          unit: percent
          baseline: {value: 54.40, date: 2007-spring, method: gammel metode}
"""


def test_a_change_target_its_step_and_its_baseline() -> None:
    old = edit(PLAN, "        target: {kind: at_least, value: 25, unit: count}\n", CHANGE_TARGET)
    new = edit(old, "by: 10", "by: 12")
    assert sentences(old, new) == ["target of `projektbesoeg` raised from 10 to 12 percentage points"]
    new = edit(
        old,
        "{value: 54.40, date: 2007-spring, method: gammel metode}",
        "{value: 55, date: 2007-spring, method: ny metode}",
    )
    assert sentences(old, new) == [
        "baseline of `projektbesoeg` changed from 54.4 (2007-spring) to 55 (2007-spring)",
        "baseline method of `projektbesoeg` changed: figures measured the old way no longer compare",
    ]


# --- criteria --------------------------------------------------------------------------------


BYENS_STEMMER_DELTAGERE = """\
      - id: byens-stemmer-deltagere
        text: Minimum 300 deltagere til afslutningskoncert.
        target:
          kind: at_least
          value: 300
          unit: count
          counted: deltagere
"""


def test_a_criterion_removed_and_added() -> None:
    old = edit(
        PLAN_2011,
        "      - id: byens-stemmer-koncert\n",
        BYENS_STEMMER_DELTAGERE + "      - id: byens-stemmer-koncert\n",
    )
    assert sentences(old, PLAN_2011) == [
        "criterion `byens-stemmer-deltagere` removed from area `inklusion-medborgerskab`"
    ]
    assert sentences(PLAN_2011, old) == [
        "criterion `byens-stemmer-deltagere` added to area `inklusion-medborgerskab`: ≥ 300 deltagere"
    ]


def test_a_criterion_moved_to_another_area_is_one_move_not_a_removal() -> None:
    criterion = (
        "      - id: projektbesoeg\n        text: mindst 25 projektbesøg\n"
        "        target: {kind: at_least, value: 25, unit: count}\n        measured_by: count\n"
    )
    without = edit(PLAN, "    criteria:\n" + criterion, "")
    new = edit(without, "        measured_by: survey\n", "        measured_by: survey\n" + criterion)
    assert sentences(PLAN, new) == ["criterion `projektbesoeg` moved from area `best-practice` to area `forvaltninger`"]


def test_wording_and_due_date() -> None:
    new = edit(PLAN, "text: mindst 5 initiativer", "text: mindst fem initiativer")
    assert sentences(PLAN, new) == ["wording of criterion `initiativer` changed"]
    due = edit(
        PLAN,
        "        measured_by: count\n  - id: forvaltninger",
        "        measured_by: count\n        due: 2008-H1\n  - id: forvaltninger",
    )
    assert sentences(PLAN, due) == ["due date of `initiativer` set to 2008-H1 (it was the end of the plan's period)"]
    later = edit(due, "due: 2008-H1", "due: 2008")
    assert sentences(due, later) == ["due date of `initiativer` moved from 2008-H1 to 2008"]
    assert sentences(due, PLAN) == ["due date of `initiativer` removed (was 2008-H1): now the end of the plan's period"]


def test_sub_criteria_are_matched_by_id_under_their_parent() -> None:
    parent = "        measured_by: count\n  - id: forvaltninger"
    part = (
        "        measured_by: count\n        of_which:\n          - id: i-tingbjerg\n"
        "            text: heraf 2 i Tingbjerg\n            target: {kind: at_least, value: 2, unit: count}\n"
        "  - id: forvaltninger"
    )
    new = edit(PLAN, parent, part)
    assert sentences(PLAN, new) == ["criterion `i-tingbjerg` added to criterion `initiativer`: ≥ 2"]
    assert sentences(new, edit(new, "value: 2,", "value: 3,")) == ["target of `i-tingbjerg` raised from 2 to 3"]


def test_a_note_or_measuring_method_is_said_by_field() -> None:
    new = edit(PLAN, "        measured_by: survey\n", "        measured_by: report\n")
    assert sentences(PLAN, new) == ["`measured_by` of criterion `tilfredshed` changed from survey to report"]


# --- areas and årsværk ------------------------------------------------------------------------


def test_årsværk_moved_between_two_areas_keeps_the_total() -> None:
    new = edit(PLAN_2011, "    årsværk: 2\n", "    årsværk: 1.5\n")
    new = edit(
        new, "    årsværk: 1\n    årsværk_text: Rekvireringer", "    årsværk: 1.5\n    årsværk_text: Rekvireringer"
    )
    assert sentences(PLAN_2011, new) == [
        "0.5 årsværk moved from `inklusion-medborgerskab` to `rekvireringer-raadgivninger`"
    ]
    assert kinds(PLAN_2011, new) == [DifferenceKind.ÅRSVÆRK_MOVED]


def test_a_move_is_exact_with_tenths() -> None:
    # 1.1 - 1 is 0.10000000000000009 in floating point; the move must still pair.
    new = edit(PLAN, "    årsværk: 1\n", "    årsværk: 1.1\n")
    new = edit(new, "    title: Best practice\n    årsværk: 1.5\n", "    title: Best practice\n    årsværk: 1.4\n")
    assert sentences(PLAN, new) == ["0.1 årsværk moved from `best-practice` to `forvaltninger`"]


def test_årsværk_raised_alone_changes_the_core_total() -> None:
    new = edit(PLAN, "    årsværk: 1\n", "    årsværk: 1.5\n")
    assert sentences(PLAN, new) == [
        "årsværk of `forvaltninger` raised from 1 to 1.5",
        "core årsværk total raised from 4 to 4.5",
    ]


def test_a_fall_split_over_two_rises_is_said_area_by_area() -> None:
    new = edit(
        PLAN,
        "    title: Udsatte boligområder\n    årsværk: 1.5\n",
        "    title: Udsatte boligområder\n    årsværk: 0.5\n",
    )
    new = edit(new, "    årsværk: 1\n", "    årsværk: 1.5\n")
    new = edit(new, "    title: Best practice\n    årsværk: 1.5\n", "    title: Best practice\n    årsværk: 2\n")
    assert sentences(PLAN, new) == [
        "årsværk of `boligomraader` lowered from 1.5 to 0.5",
        "årsværk of `forvaltninger` raised from 1 to 1.5",
        "årsværk of `best-practice` raised from 1.5 to 2",
    ]


tenths = st.integers(min_value=0, max_value=40).map(lambda n: Decimal(n) / 10)


@settings(max_examples=80, deadline=None)
@given(st.lists(tenths, min_size=3, max_size=3), st.lists(tenths, min_size=3, max_size=3))
def test_every_changed_area_is_said_once_and_the_total_exactly_when_it_changes(
    before: list[Decimal], after: list[Decimal]
) -> None:
    kind, plan = typed(PLAN)
    assert isinstance(plan, Plan)

    def allocated(amounts: list[Decimal]) -> Any:
        return plan.model_copy(
            update={
                "areas": [
                    area.model_copy(update={"årsværk": amount})
                    for area, amount in zip(plan.areas, amounts, strict=True)
                ]
            }
        )

    changes = diff_models(kind, allocated(before), kind, allocated(after))
    said: list[str] = []
    for change in changes:
        if change.kind is DifferenceKind.ÅRSVÆRK_MOVED:
            said.extend(change.id.split(">"))
        elif change.kind in (DifferenceKind.ÅRSVÆRK_RAISED, DifferenceKind.ÅRSVÆRK_LOWERED):
            said.append(change.id)
    assert sorted(said) == sorted(
        area.id for area, was, now in zip(plan.areas, before, after, strict=True) if was != now
    )
    totals = [change for change in changes if change.kind is DifferenceKind.CORE_TOTAL_CHANGED]
    assert len(totals) == (sum(before) != sum(after))


def test_areas_added_removed_renamed_and_funded_elsewhere() -> None:
    added = PLAN + "  - id: sport\n    title: Fra Sport til Job\n    årsværk: 1\n"
    assert sentences(PLAN, added) == [
        'area `sport` added: "Fra Sport til Job", 1 årsværk',
        "core årsværk total raised from 4 to 5",
    ]
    other = added + "    funding: {source: other, reference: BIU 2008-06-19 pkt. 12}\n"
    assert sentences(added, other) == [
        "funding of area `sport` changed from core to other",
        "`funding.reference` of area `sport` set to BIU 2008-06-19 pkt. 12",
        "core årsværk total lowered from 5 to 4",
    ]
    assert sentences(other, PLAN) == [
        'area `sport` removed (was "Fra Sport til Job", 1 årsværk, funded from elsewhere)'
    ]
    renamed = edit(PLAN, "title: Facilitering", "title: Facilitering af løsninger")
    assert sentences(PLAN, renamed) == [
        'area `forvaltninger` renamed from "Facilitering" to "Facilitering af løsninger"'
    ]


def test_reordering_areas_and_criteria_changes_nothing() -> None:
    kind, plan = typed(PLAN)
    data = load_text(PLAN, "p.yaml").data
    data["areas"] = list(reversed(data["areas"]))
    reordered = validated(type(plan), data)
    assert diff_models(kind, plan, kind, reordered) == []


# --- the plan as a whole ---------------------------------------------------------------------


def test_period_mandate_and_title() -> None:
    new = edit(PLAN, "period: {start: 2007-07-01, end: 2007-12-31}", "period: {start: 2007-08-01, end: 2008-01-31}")
    assert sentences(PLAN, new) == [
        "start of the period moved from 2007-07-01 to 2007-08-01",
        "end of the period moved from 2007-12-31 to 2008-01-31",
    ]
    new = edit(PLAN, "mandate: biu-201-2006", "mandate: biu-99-2010")
    assert sentences(PLAN, new) == ["mandate changed from `biu-201-2006` to `biu-99-2010`"]
    new = edit(PLAN, "mandate: biu-201-2006\n", "")
    assert sentences(PLAN, new) == [
        "mandate `biu-201-2006` no longer named: the plan's årsværk are not balanced against any mandate"
    ]
    new = edit(PLAN, "title: Arbejdsplan\n", "title: Arbejdsplan 2. halvår\n")
    assert sentences(PLAN, new) == ['title of the plan changed from "Arbejdsplan" to "Arbejdsplan 2. halvår"']


def test_any_other_field_gets_a_sentence() -> None:
    new = edit(PLAN, 'source: {case_no: "2007-1", date: 2007-06-25}', 'source: {case_no: "2007-2", date: 2007-06-25}')
    assert sentences(PLAN, new) == ["`source.case_no` of the plan changed from 2007-1 to 2007-2"]
    new = PLAN + "notes:\n  - En note.\n"
    assert sentences(PLAN, new) == ["`notes` of the plan set to En note."]


WAIVER = """\
waivers:
  - rule: capacity-balance
    applies_to: /areas
    reason: Seed 003 allocates 5 årsværk.
    approved_by: the TFI coordinator
"""


def test_waivers_added_removed_and_changed() -> None:
    waived = PLAN + WAIVER
    assert sentences(PLAN, waived) == [
        "waiver added for rule `capacity-balance` on `/areas` (approved by the TFI coordinator)"
    ]
    assert sentences(waived, PLAN) == ["waiver removed for rule `capacity-balance` on `/areas`"]
    expiring = waived + "    expires: 2027-12-31\n"
    assert sentences(waived, expiring) == [
        "`expires` of the waiver for rule `capacity-balance` on `/areas` set to 2027-12-31"
    ]


def test_indicators() -> None:
    new = PLAN + "indicators:\n  - {id: tfi-projektbesoeg, title: Projektbesøg, unit: count}\n"
    assert sentences(PLAN, new) == ['indicator `tfi-projektbesoeg` added: "Projektbesøg"']
    assert sentences(new, PLAN) == ["indicator `tfi-projektbesoeg` removed"]


# --- budgets ---------------------------------------------------------------------------------


def test_a_budget_line_raised_says_by_how_much_in_kroner() -> None:
    new = edit(PLAN_2011, "      amount: 50000\n", "      amount: 100000\n")
    assert sentences(PLAN_2011, new) == [
        "budget line `dialogkonsulenter` raised by 50,000 kr., from 50,000 kr. to 100,000 kr.",
        "sum of the budget lines raised by 50,000 kr., from 1,350,000 kr. to 1,400,000 kr.",
    ]
    assert kinds(PLAN_2011, new) == [DifferenceKind.BUDGET_LINE_RAISED, DifferenceKind.BUDGET_TOTAL_CHANGED]


def test_budget_lines_added_removed_renamed() -> None:
    line = (
        "    - id: byens-stemmer\n      title: Byens Stemmer\n      funding: Bland dig i byen-programmet\n"
        "      amount: 150000\n"
    )
    without = edit(PLAN_2011, line, "")
    assert sentences(PLAN_2011, without) == [
        'budget line `byens-stemmer` removed (was "Byens Stemmer", 150,000 kr.)',
        "sum of the budget lines lowered by 150,000 kr., from 1,350,000 kr. to 1,200,000 kr.",
    ]
    assert sentences(without, PLAN_2011)[0] == 'budget line `byens-stemmer` added: "Byens Stemmer", 150,000 kr.'
    renamed = edit(PLAN_2011, "title: Byens Stemmer\n", "title: Byens Stemmer 2011\n")
    assert sentences(PLAN_2011, renamed) == [
        'budget line `byens-stemmer` renamed from "Byens Stemmer" to "Byens Stemmer 2011"'
    ]


COLUMN_BUDGET = """\
budget:
  unit: mio_kr
  columns: ["2008", "2009"]
  lines:
    - {id: cbsi, title: CBSI, amounts: [24.6, 26.9], total: 51.5}
    - {id: jobpatruljer, title: Jobpatruljer, amounts: [6.9, 6.9], total: 13.8}
  total: {amounts: [31.5, 33.8], total: 65.3}
"""


def test_a_budget_with_columns_is_compared_column_by_column_in_millions() -> None:
    old = PLAN + COLUMN_BUDGET
    new = edit(old, "amounts: [24.6, 26.9], total: 51.5", "amounts: [24.6, 27.9], total: 52.5")
    new = edit(new, "total: {amounts: [31.5, 33.8], total: 65.3}", "total: {amounts: [31.5, 34.8], total: 66.3}")
    assert sentences(old, new) == [
        "budget line `cbsi` (2009) raised by 1 mio. kr., from 26.9 mio. kr. to 27.9 mio. kr.",
        "budget line `cbsi` (all columns) raised by 1 mio. kr., from 51.5 mio. kr. to 52.5 mio. kr.",
        "budget total (2009) raised by 1 mio. kr., from 33.8 mio. kr. to 34.8 mio. kr.",
        "budget total (all columns) raised by 1 mio. kr., from 65.3 mio. kr. to 66.3 mio. kr.",
    ]
    assert sentences(PLAN, old) == ["budget added (2 budget lines, 65.3 mio. kr. in total)"]


# --- mandates and measurements ---------------------------------------------------------------


def test_mandate_capacity_and_purposes() -> None:
    new = edit(MANDATE, "    årsværk: 4\n", "    årsværk: 5\n")
    assert sentences(MANDATE, new) == ["capacity from 2007-02-01 raised from 4 to 5 årsværk"]
    later = MANDATE + "  - start: 2012-01-01\n    årsværk: 3\n    decision: BIU 12/2011\n    text: 3 årsværk\n"
    assert sentences(MANDATE, later) == ["capacity from 2012-01-01 added: 3 årsværk (BIU 12/2011)"]
    assert sentences(later, MANDATE) == ["capacity from 2012-01-01 removed (was 3 årsværk)"]
    purposes = MANDATE + "purposes:\n  - {id: barrierer, text: Identificering af barrierer}\n"
    assert sentences(MANDATE, purposes) == ["purpose `barrierer` added"]
    reworded = edit(purposes, "Identificering af barrierer", "Identificering af konkrete barrierer")
    assert sentences(purposes, reworded) == ["wording of purpose `barrierer` changed"]


MEASUREMENTS = """\
kind: measurements
id: tfi-2008
title: Status 2008
source: {case_no: "2008-132946"}
measurements:
  - {id: rekvireringer, text: 22 rekvireringer, value: 22, unit: count, date: "2008"}
  - {id: tilfredshed, text: 35 af 36, numerator: 35, denominator: 36, unit: percent, date: 2008-spring}
"""


def test_measurement_values_added_and_removed() -> None:
    new = edit(MEASUREMENTS, "value: 22,", "value: 23,")
    assert sentences(MEASUREMENTS, new) == ["value of measurement `rekvireringer` changed from 22 to 23"]
    new = edit(MEASUREMENTS, "numerator: 35", "numerator: 34")
    assert sentences(MEASUREMENTS, new) == ["value of measurement `tilfredshed` changed from 35 of 36 to 34 of 36"]
    more = MEASUREMENTS + '  - {id: projektbesoeg, text: 100 projekter, value: 100, unit: count, date: "2008"}\n'
    assert sentences(MEASUREMENTS, more) == ["measurement `projektbesoeg` added: 100 (2008)"]
    assert sentences(more, MEASUREMENTS) == ["measurement `projektbesoeg` removed (was 100, 2008)"]
    assert sentences(PLAN, MEASUREMENTS) == ["the file changed from a plan to a measurements file"]


# --- the command: files, folders, git revisions ----------------------------------------------


def tfi(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(cli.main, args)
    return result.exit_code, result.stdout, result.stderr


def test_two_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "old.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(edit(PLAN, "value: 25,", "value: 20,"), encoding="utf-8")
    assert tfi(["diff", "old.yaml", "new.yaml"], tmp_path, monkeypatch) == (
        0,
        ("Changes from old.yaml to new.yaml:\n\nnew.yaml\n  - target of `projektbesoeg` lowered from 25 to 20\n"),
        "",
    )


def test_two_folders_pair_files_by_path_and_name_invalid_sides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for side in ("a", "b"):
        (tmp_path / side / "plans").mkdir(parents=True)
        (tmp_path / side / "plans" / "mandate.yaml").write_text(MANDATE, encoding="utf-8")
    (tmp_path / "a" / "plans" / "p.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "b" / "plans" / "p.yaml").write_text(edit(PLAN, "årsværk: 1\n", "årsværk: 1,5\n"), encoding="utf-8")
    (tmp_path / "b" / "plans" / "q.yaml").write_text(edit(PLAN, "id: p\n", "id: q\n"), encoding="utf-8")
    (tmp_path / "b" / "action.yml").write_text("name: not a plan\n", encoding="utf-8")  # outside plans/: ignored
    code, out, _ = tfi(["diff", "a", "b", "--format", "markdown"], tmp_path, monkeypatch)
    assert code == 0
    assert out == (
        "## Plan changes from `a` to `b`\n"
        "\n"
        "### `plans/p.yaml`\n"
        "\n"
        "- b/plans/p.yaml is invalid (line 19: expected a number, found the text '1,5'): run `tfi check`\n"
        "\n"
        "### `plans/q.yaml` (added)\n"
        "\n"
        '- plan `q` added: "Arbejdsplan", 3 areas, 4 core årsværk, 3 criteria\n'
    )


def test_a_file_the_loader_refuses_to_read_is_named_in_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The diff reads files from disk with the loader's reader (bounded, never waiting on a FIFO),
    # so it refuses what `tfi check` refuses, in the same words.
    for side in ("a", "b"):
        (tmp_path / side).mkdir()
        (tmp_path / side / "p.yaml").write_text(PLAN, encoding="utf-8")
    os.mkfifo(tmp_path / "b" / "pipe.yaml")
    (tmp_path / "a" / "pipe.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "b" / "p.yaml").write_text(PLAN + "#" * 2_100_000 + "\n", encoding="utf-8")
    code, out, _ = tfi(["diff", "a", "b"], tmp_path, monkeypatch)
    assert code == 0
    assert "b/p.yaml is invalid (the file is 2,100,900 bytes;" in out and "a plan may be at most 2,097,152 bytes" in out
    assert "b/pipe.yaml is invalid (cannot read 'b/pipe.yaml': it is not a regular file" in out


def test_usage_errors_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "p.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "plans").mkdir()
    code, _, err = tfi(["diff", "main"], tmp_path, monkeypatch)
    assert code == 2
    assert "is not in a git repository" in err
    code, _, err = tfi(["diff", "p.yaml", "plans"], tmp_path, monkeypatch)
    assert (code, err) == (2, "tfi: error: cannot compare the folder plans with the file p.yaml; give two of a kind\n")
    code, _, err = tfi(["diff", "p.yaml"], tmp_path, monkeypatch)
    assert code == 2 and "give a second file or folder" in err


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture()
def repository(tmp_path: Path) -> Path:
    """A git repository with two commits: a plan, then its target lowered and a budget line raised."""
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "mandate.yaml").write_text(MANDATE, encoding="utf-8")
    (tmp_path / "plans" / "2011.yaml").write_text(PLAN_2011, encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "plan 2011")
    changed = edit(
        PLAN_2011, "          value: 60\n          unit: count\n", "          value: 50\n          unit: count\n"
    )
    changed = edit(changed, "      amount: 50000\n", "      amount: 100000\n")
    (tmp_path / "plans" / "2011.yaml").write_text(changed, encoding="utf-8")
    git(tmp_path, "commit", "-q", "-a", "-m", "fewer foreninger, more money")
    return tmp_path


@needs_git
def test_two_git_revisions(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert tfi(["diff", "HEAD~1", "HEAD"], repository, monkeypatch) == (
        0,
        (
            "Changes from HEAD~1 to HEAD:\n"
            "\n"
            "plans/2011.yaml\n"
            "  - target of `intdag-foreninger` lowered from 60 to 50\n"
            "  - budget line `dialogkonsulenter` raised by 50,000 kr., from 50,000 kr. to 100,000 kr.\n"
            "  - sum of the budget lines raised by 50,000 kr., from 1,350,000 kr. to 1,400,000 kr.\n"
        ),
        "",
    )


@needs_git
def test_a_revision_against_the_working_tree(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert tfi(["diff", "HEAD"], repository, monkeypatch) == (
        0,
        "No changes to plans, mandates or measurements from HEAD to the working tree.\n",
        "",
    )
    plan = repository / "plans" / "2011.yaml"
    plan.write_text(edit(plan.read_text(encoding="utf-8"), "    årsværk: 2\n", "    årsværk: 2.5\n"), encoding="utf-8")
    (repository / "measurements").mkdir()
    (repository / "measurements" / "tfi-2008.yaml").write_text(MEASUREMENTS, encoding="utf-8")
    (repository / "plans" / "mandate.yaml").unlink()
    code, out, _ = tfi(["diff", "HEAD", "--format", "markdown"], repository / "plans", monkeypatch)
    assert code == 0
    assert out == (
        "## Plan changes from `HEAD` to the working tree\n"
        "\n"
        "### `plans/2011.yaml`\n"
        "\n"
        "- årsværk of `inklusion-medborgerskab` raised from 2 to 2.5\n"
        "- core årsværk total raised from 4 to 4.5\n"
        "\n"
        "### `plans/mandate.yaml` (removed)\n"
        "\n"
        "- mandate `biu-201-2006` removed: 4 årsværk from 2007-02-01\n"
        "\n"
        "### `measurements/tfi-2008.yaml` (added)\n"
        "\n"
        '- measurements `tfi-2008` added: "Status 2008", 2 measurements\n'
    )


@needs_git
def test_an_invalid_revision_side_is_one_line(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = repository / "plans" / "2011.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("    årsværk: 2\n", "    årsværk: 2\n    årsværk: 2\n"),
        encoding="utf-8",
    )
    git(repository, "commit", "-q", "-a", "-m", "a duplicate key")
    assert tfi(["diff", "HEAD~1", "HEAD"], repository, monkeypatch) == (
        0,
        (
            "Changes from HEAD~1 to HEAD:\n"
            "\n"
            "plans/2011.yaml\n"
            "  - plans/2011.yaml in HEAD is invalid (line 25: key 'årsværk' appears twice in this mapping "
            "(first on line 24)): run `tfi check`\n"
        ),
        "",
    )


@needs_git
def test_an_unknown_revision_exits_2(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = tfi(["diff", "no-such-branch"], repository, monkeypatch)
    assert (code, out) == (2, "")
    assert err.startswith("tfi: error: 'no-such-branch' is not a file, a folder or a known git revision")


def test_an_undated_baseline_says_its_date_is_not_stated() -> None:
    # Seed 004: "faldet fra 49,5 pct." gives a baseline without a date.
    old = edit(PLAN, "        target: {kind: at_least, value: 25, unit: count}\n", CHANGE_TARGET)
    new = edit(old, "{value: 54.40, date: 2007-spring, method: gammel metode}", "{value: 49.5, method: gammel metode}")
    assert sentences(old, new) == [
        "baseline of `projektbesoeg` changed from 54.4 (2007-spring) to 49.5 (date not stated)"
    ]
