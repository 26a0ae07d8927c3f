"""Configuration: where it is found ([tool.tfi] in pyproject.toml, .tfi.yaml), what it may say,
and that a severity it sets is the severity `tfi check` reports."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, by_rule, check_files

from tfi_rules.config import Config, ConfigError, find_config, load_config, parse_config
from tfi_rules.findings import Severity
from tfi_rules.rules import RULES

KNOWN = set(RULES)
UNBALANCED = PLAN.replace("årsværk: 1\n", "årsværk: 1.5\n")  # 1.5 + 1.5 + 1.5 = 4.5 of 4


def test_no_configuration_anywhere_is_the_default(tmp_path: Path) -> None:
    assert find_config(tmp_path) is None
    assert load_config(None, KNOWN) == Config()


def test_pyproject_with_a_tool_tfi_table_is_found_from_a_folder_below(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.tfi]\ndisable = ["plan-id-filename"]\n', encoding="utf-8")
    (tmp_path / "plans" / "sub").mkdir(parents=True)
    found = find_config(tmp_path / "plans" / "sub")
    assert found == tmp_path / "pyproject.toml"
    config = load_config(found, KNOWN)
    assert not config.is_active("plan-id-filename") and config.is_active("capacity-balance")
    assert config.source == str(found)


def test_a_pyproject_without_tool_tfi_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.ruff]\nline-length = 120\n", encoding="utf-8")
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(tmp_path / "inner") is None


def test_the_nearest_file_wins_and_tfi_yaml_before_pyproject_in_one_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.tfi]\n", encoding="utf-8")
    inner = tmp_path / "repo"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[tool.tfi]\n", encoding="utf-8")
    assert find_config(inner) == inner / "pyproject.toml"
    (inner / ".tfi.yaml").write_text("disable: [plan-id-filename]\n", encoding="utf-8")
    assert find_config(inner) == inner / ".tfi.yaml"
    assert not load_config(inner / ".tfi.yaml", KNOWN).is_active("plan-id-filename")


def test_tfi_yaml_takes_the_same_keys(tmp_path: Path) -> None:
    path = tmp_path / ".tfi.yaml"
    path.write_text("severity:\n  area-without-criteria: error\nhours-per-week: 37.5\n", encoding="utf-8")
    config = load_config(path, KNOWN)
    assert config.severity_of("area-without-criteria", Severity.WARNING) is Severity.ERROR
    assert config.severity_of("capacity-balance", Severity.ERROR) is Severity.ERROR  # untouched: the default
    assert config.hours_per_week == Decimal("37.5")


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ({"disabel": ["plan-id-filename"]}, "unknown setting(s) disabel"),
        ({"disable": "plan-id-filename"}, "'disable' must be a list of rule ids"),
        ({"disable": ["capacity-balanse"]}, "unknown rule 'capacity-balanse'; did you mean 'capacity-balance'?"),
        ({"severity": {"capacity-balance": "fatal"}}, "severity of 'capacity-balance' must be error, warning or info"),
        ({"severity": ["capacity-balance"]}, "'severity' must map rule ids to error, warning or info"),
        ({"hours-per-week": 0}, "'hours-per-week' must be a positive number"),
        ({"hours-per-week": True}, "'hours-per-week' must be a positive number"),
    ],
)
def test_a_wrong_setting_is_a_usage_error_that_names_the_file(table: dict[str, object], words: str) -> None:
    with pytest.raises(ConfigError) as raised:
        parse_config(table, "pyproject.toml", KNOWN)
    assert str(raised.value).startswith("pyproject.toml: ") and words in str(raised.value)


def test_a_broken_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.tfi\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "pyproject.toml", KNOWN)
    (tmp_path / ".tfi.yaml").write_text("disable: [a\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\.tfi\.yaml:2:1: "):
        load_config(tmp_path / ".tfi.yaml", KNOWN)


def test_command_line_options_come_on_top() -> None:
    config = parse_config({"disable": ["plan-id-filename"]}, "x", KNOWN).with_options(
        ["capacity-balance"], ["share-range"]
    )
    assert config.is_active("capacity-balance")
    assert not config.is_active("share-range") and not config.is_active("plan-id-filename")
    assert not config.is_active("unique-ids")  # --select runs only the rules it names


def test_a_severity_override_is_what_the_check_reports(tmp_path: Path) -> None:
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": UNBALANCED}
    [default] = by_rule(check_files(tmp_path / "a", files), "capacity-balance")
    assert default.severity is Severity.ERROR
    config = parse_config({"severity": {"capacity-balance": "warning"}}, "x", KNOWN)
    result = check_files(tmp_path / "b", files, config)
    [lowered] = by_rule(result, "capacity-balance")
    assert lowered.severity is Severity.WARNING
    assert not result.failed() and result.failed(Severity.WARNING)


def test_the_cli_reads_the_repository_configuration(tmp_path: Path) -> None:
    from helpers import run_cli, write_repo

    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": UNBALANCED})
    code, out, _ = run_cli(["check"], tmp_path)
    assert code == 1 and "error [capacity-balance]" in out
    (tmp_path / "pyproject.toml").write_text('[tool.tfi.severity]\ncapacity-balance = "warning"\n', encoding="utf-8")
    code, out, _ = run_cli(["check"], tmp_path)
    assert code == 0 and "warning [capacity-balance]" in out
