"""`tfi check` says (info) when a repository's schemas/ are not the installed tfi's."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import MANDATE, run_cli

from tfi_rules.load.schemas import SCHEMA_FILE_BY_KIND, installed


def _repository(tmp_path: Path) -> Path:
    (tmp_path / "plans").mkdir(parents=True)
    (tmp_path / "plans" / "mandate.yaml").write_text(MANDATE, encoding="utf-8")
    (tmp_path / "schemas").mkdir()
    for kind, name in SCHEMA_FILE_BY_KIND.items():
        (tmp_path / "schemas" / name).write_text(installed(kind), encoding="utf-8")
    return tmp_path


def test_current_schemas_give_no_finding(tmp_path: Path) -> None:
    code, out, _ = run_cli(["check"], _repository(tmp_path))
    assert code == 0 and "schemas-current" not in out


def test_an_older_schema_is_an_info_that_says_how_to_update_it(tmp_path: Path) -> None:
    repository = _repository(tmp_path)
    older = json.loads(installed("plan"))
    del older["$defs"]["Area"]["properties"]["funding"]  # a field a newer tfi added
    (repository / "schemas" / "plan.schema.json").write_text(json.dumps(older, indent=2), encoding="utf-8")
    code, out, _ = run_cli(["check", "--format", "json"], repository)
    findings = json.loads(out)["findings"]
    assert code == 0
    assert [(f["file"], f["rule"], f["severity"]) for f in findings] == [
        (str(Path("schemas/plan.schema.json")), "schemas-current", "info")
    ]
    assert "tfi schema --output schemas" in findings[0]["hint"]
    assert run_cli(["schema", "--output", "schemas"], repository)[0] == 0
    assert "schemas-current" not in run_cli(["check"], repository)[1]


def test_checking_one_file_looks_at_its_repository(tmp_path: Path) -> None:
    repository = _repository(tmp_path / "team")
    (repository / "schemas" / "mandate.schema.json").write_text("{}\n", encoding="utf-8")
    code, out, _ = run_cli(["check", "--lang", "da", str(repository / "plans" / "mandate.yaml")], tmp_path)
    assert code == 0 and "[schemas-current] dette skema er ikke det" in out


def test_an_empty_measurements_folder_of_the_repository_is_not_an_error(tmp_path: Path) -> None:
    repository = _repository(tmp_path)
    (repository / "measurements").mkdir()
    (repository / "measurements" / "README.md").write_text("results go here\n", encoding="utf-8")
    assert run_cli(["check"], repository)[0] == 0
    code, out, _ = run_cli(["check", "plans", "measurements"], repository)  # named: still said
    assert code == 1 and "no YAML files in this folder" in out


def test_the_schema_check_is_a_rule_id_like_any_other(tmp_path: Path) -> None:
    """`--ignore`, `--select` and the configuration's severities reach it: it runs in the pipeline."""
    repository = _repository(tmp_path)
    (repository / "schemas" / "plan.schema.json").write_text("{}", encoding="utf-8")
    assert "schemas-current" in run_cli(["check"], repository)[1]
    code, out, err = run_cli(["check", "--ignore", "schemas-current"], repository)
    assert code == 0 and "schemas-current" not in out, err
    assert "schemas-current" not in run_cli(["check", "--select", "capacity-balance"], repository)[1]
    (repository / "pyproject.toml").write_text(
        '[tool.tfi]\nseverity = { schemas-current = "error" }\n', encoding="utf-8"
    )
    code, out, _ = run_cli(["check"], repository)
    assert code == 1 and "error [schemas-current]" in out
