"""`tfi new plan`: next year's plan from last year's, or a first plan from the mandate."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from helpers import run_cli
from hypothesis import given
from hypothesis import strategies as st

from tfi_rules.load.loader import load_file, load_text
from tfi_rules.new.dates import shift_day, shift_moment
from tfi_rules.new.writing import to_yaml

REPO = Path(__file__).resolve().parents[2]
TFI = Path(sys.executable).parent / "tfi"
SEED_PLANS = sorted(path.name for path in (REPO / "plans").glob("*.yaml") if path.name != "mandate.yaml")


def _repository(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "plans", tmp_path / "plans")
    shutil.copytree(REPO / "schemas", tmp_path / "schemas")
    return tmp_path


def _criteria(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}

    def visit(criteria: list[dict[str, Any]]) -> None:
        for criterion in criteria:
            found[criterion["id"]] = criterion
            visit(criterion.get("of_which", []))

    for area in plan["areas"]:
        visit(area.get("criteria", []))
    return found


def _check_json(repository: Path, *files: str) -> dict[str, Any]:
    code, out, err = run_cli(["check", "--format", "json", *files], repository)
    assert code in (0, 1), err
    result: dict[str, Any] = json.loads(out)
    return result


def test_next_years_plan_keeps_areas_criteria_and_ids_and_passes_tfi_check(tmp_path: Path) -> None:
    repository = _repository(tmp_path)
    code, out, _ = run_cli(["new", "plan", "2012", "--from", "plans/2011.yaml"], repository)
    assert code == 0 and "wrote plans/2012.yaml" in out.replace("\\", "/")
    old, new = load_file(repository / "plans" / "2011.yaml").data, load_file(repository / "plans" / "2012.yaml").data
    assert new["id"] == "2012" and new["title"] == "Program 2012 for TaskForce Integration"
    assert new["period"] == {"start": "2012-02-01", "end": "2012-12-31"}
    assert new["source"] == {} and "waivers" not in new
    assert [(a["id"], a["årsværk"], a.get("activities")) for a in new["areas"]] == [
        (a["id"], a["årsværk"], a.get("activities")) for a in old["areas"]
    ]
    old_criteria, new_criteria = _criteria(old), _criteria(new)
    assert list(new_criteria) == list(old_criteria)
    for criterion_id, criterion in new_criteria.items():
        assert criterion["text"] == old_criteria[criterion_id]["text"]
        assert criterion["target"] == old_criteria[criterion_id]["target"]
    result = _check_json(repository, "plans/2012.yaml")
    assert result["summary"]["error"] == 0 and not result["summary"]["failed"]


@pytest.mark.parametrize("name", SEED_PLANS)
def test_every_seed_plan_carries_over_with_only_the_waived_errors(tmp_path: Path, name: str) -> None:
    """What fails in the new plan is what last year's waivers covered: nothing else breaks."""
    repository = _repository(tmp_path)
    code, out, _ = run_cli(["new", "plan", "next", "--from", f"plans/{name}"], repository)
    assert code == 0
    old = load_file(repository / "plans" / name).data
    waived_rules = {waiver["rule"] for waiver in old.get("waivers", [])}
    assert out.count("not carried over: waiver") == len(old.get("waivers", []))
    result = _check_json(repository, "plans/next.yaml")
    errors = {finding["rule"] for finding in result["findings"] if finding["severity"] == "error"}
    assert errors <= waived_rules
    new = load_file(repository / "plans" / "next.yaml").data
    for criterion_id, criterion in _criteria(new).items():
        due = _criteria(old)[criterion_id].get("due")
        assert criterion.get("due") == (None if due is None else shift_moment(due, 1))


def test_period_moves_by_whole_years_and_due_dates_with_it(tmp_path: Path) -> None:
    repository = _repository(tmp_path)
    assert run_cli(["new", "plan", "2009-h2", "--from", "plans/2007-h2.yaml", "--period", "2009"], repository)[0] == 0
    new = load_file(repository / "plans" / "2009-h2.yaml").data
    assert new["period"] == {"start": "2009-07-01", "end": "2009-12-31"}
    assert {c.get("due") for c in _criteria(new).values()} - {None} == {"2010-spring"}


def test_the_file_marks_each_place_to_fill_in_and_lists_the_waivers_left_out(tmp_path: Path) -> None:
    repository = _repository(tmp_path)
    assert run_cli(["new", "plan", "2010", "--from", "plans/2009.yaml"], repository)[0] == 0
    lines = (repository / "plans" / "2010.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../schemas/plan.schema.json"
    for key in ("title", "source"):
        assert lines[lines.index(next(line for line in lines if line.startswith(f"{key}:"))) - 1].startswith(
            "# fill in:"
        )
    assert any(line.startswith("#   - capacity-balance (/areas): Kildedokument 003") for line in lines)
    assert "source: {}" in lines


def test_an_existing_plan_is_replaced_only_with_force(tmp_path: Path) -> None:
    repository = _repository(tmp_path)
    code, _, err = run_cli(["new", "plan", "2009", "--from", "plans/2011.yaml", "--period", "2012"], repository)
    assert code == 2 and "give --force" in err
    assert load_file(repository / "plans" / "2009.yaml").data["id"] == "2009"
    assert (
        run_cli(["new", "plan", "2009", "--from", "plans/2011.yaml", "--period", "2012", "--force"], repository)[0] == 0
    )
    assert load_file(repository / "plans" / "2009.yaml").data["period"]["start"] == "2012-02-01"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["Plan_2012", "--from", "plans/2011.yaml"], 2, "is not a valid id"),
        (["2012", "--from", "plans/2011.yaml", "--period", "2011"], 2, "must come after"),
        (["2012", "--from", "plans/mandate.yaml"], 1, "is not a valid plan"),
        (["2012", "--from", "plans/none.yaml"], 2, "no such file"),
        (["second"], 2, "--period"),
        (["2012", "--mandate", "other"], 2, "no mandate other"),
        (["2005"], 2, "gives no capacity"),
    ],
)
def test_bad_requests_are_messages(tmp_path: Path, args: list[str], code: int, message: str) -> None:
    found, _, err = run_cli(["new", "plan", *args], _repository(tmp_path))
    assert found == code and message in err and "Traceback" not in err


def test_a_first_plan_from_the_mandate_balances_and_says_what_to_fill_in(tmp_path: Path) -> None:
    repository = _repository(tmp_path)
    assert run_cli(["new", "plan", "2012"], repository)[0] == 0
    new = load_file(repository / "plans" / "2012.yaml").data
    assert new["mandate"] == "biu-201-2006" and new["areas"][0]["årsværk"] == 4
    result = _check_json(repository, "plans/2012.yaml")
    assert [(f["rule"], f["severity"]) for f in result["findings"]] == [("area-without-criteria", "warning")]


def test_in_danish(tmp_path: Path) -> None:
    repository = _repository(tmp_path)
    code, out, _ = run_cli(["new", "plan", "2012", "--from", "plans/2009.yaml", "--lang", "da"], repository)
    assert code == 0 and "ikke ført videre: dispensation capacity-balance" in out
    assert "# udfyld: det dokument" in (repository / "plans" / "2012.yaml").read_text(encoding="utf-8")


def test_after_init_the_modeline_resolves_to_the_schema_init_wrote_and_it_validates(tmp_path: Path) -> None:
    """The installed command, as a team runs it: init, a first plan, next year's plan from it."""

    def tfi(*args: str) -> None:
        done = subprocess.run(
            [str(TFI), *args], cwd=tmp_path, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60
        )
        assert done.returncode == 0, done.stdout + done.stderr

    tfi("init", "--capacity", "4", "--start", "2011-01-01", "--decision", "BIU 1/2011")
    tfi("new", "plan", "2011")
    tfi("new", "plan", "2012", "--from", "plans/2011.yaml")
    tfi("check")
    for name in ("2011.yaml", "2012.yaml"):
        document = load_file(tmp_path / "plans" / name)
        assert document.schema_comment is not None
        schema_path = (tmp_path / "plans" / document.schema_comment).resolve()
        assert schema_path == tmp_path / "schemas" / "plan.schema.json"
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(schema).validate(document.data)


def test_29_february_becomes_28_february() -> None:
    assert shift_day(date(2008, 2, 29), 1) == date(2009, 2, 28)
    assert shift_day(date(2008, 2, 29), 4) == date(2012, 2, 29)
    assert shift_moment("2008-02-29", 1) == "2009-02-28"


@pytest.mark.parametrize(
    ("moment", "moved"),
    [
        ("2008-spring", "2009-spring"),
        ("2010", "2011"),
        (2010, 2011),
        ("2008-04", "2009-04"),
        ("2008-H2", "2009-H2"),
        ("2008-Q1", "2009-Q1"),
        ("2008-06-30", "2009-06-30"),
    ],
)
def test_moments_move_by_a_year(moment: object, moved: object) -> None:
    assert shift_moment(moment, 1) == moved


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2900, 12, 31)), st.integers(1, 50))
def test_a_day_moves_by_whole_years(day: date, years: int) -> None:
    moved = shift_day(day, years)
    assert (moved.year, moved.month) == (day.year + years, day.month)
    assert moved.day == day.day or (day.month, day.day, moved.day) == (2, 29, 28)


_SCALARS = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=30),
    st.sampled_from(
        [
            "1e3",
            "0o17",
            "0x1F",
            ".inf",
            "-.Inf",
            ".nan",
            "null",
            "~",
            "true",
            "yes",
            "no",
            "on",
            "2011-02-01",
            "2011",
            "# x",
            "a: b",
            "- x",
            "'q'",
            '"q"',
            "",
            " lead",
            "trail ",
            "æøå",
            "@x",
            "`x",
            "%x",
            "!x",
            "&x",
            "*x",
            "|",
            ">",
            "?",
            "\x85",
            "a\u2028b",
            "x\u2029",
            "a\r\nb",
        ]
    ),
    st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=6, allow_nan=False),
    st.integers(-(10**12), 10**12),
)


@given(
    st.dictionaries(
        st.text("abcdefghijklmnopqrstuvwxyzæøå_", min_size=1, max_size=8),
        st.one_of(_SCALARS, st.lists(_SCALARS, max_size=3)),
        max_size=5,
    )
)
def test_what_is_written_reads_back_the_same_with_tfis_yaml_1_2_loader(data: dict[str, Any]) -> None:
    assert load_text(to_yaml(data)).data == data


def test_a_symbolic_link_is_not_replaced_even_with_force(tmp_path: Path) -> None:
    repository = _repository(tmp_path)
    (repository / "plans" / "2012.yaml").symlink_to(repository / "plans" / "2011.yaml")
    code, _, err = run_cli(["new", "plan", "2012", "--from", "plans/2011.yaml", "--force"], repository)
    assert code == 2 and "not a regular file" in err
    assert (repository / "plans" / "2012.yaml").is_symlink()


def test_tfi_diff_follows_every_criterion_across_the_years(tmp_path: Path) -> None:
    """Kept ids: the diff from last year's plan names the period and the source, no area or criterion."""
    repository = _repository(tmp_path)
    assert run_cli(["new", "plan", "2012", "--from", "plans/2011.yaml"], repository)[0] == 0
    code, out, _ = run_cli(["diff", "plans/2011.yaml", "plans/2012.yaml"], repository)
    assert code == 0 and "start of the period moved from 2011-02-01 to 2012-02-01" in out
    old = load_file(repository / "plans" / "2011.yaml").data
    named = [name for name in [*_criteria(old), *(area["id"] for area in old["areas"])] if f"`{name}`" in out]
    assert named == []
