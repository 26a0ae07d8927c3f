"""`tfi schema`: the installed version's schemas, printed or written into a folder."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run_cli

from tfi_rules.load.schemas import SCHEMA_FILE_BY_KIND, installed


def test_prints_one_kind(tmp_path: Path) -> None:
    code, out, _ = run_cli(["schema", "measurements"], tmp_path)
    assert code == 0 and out == installed("measurements")
    assert json.loads(out)["$id"] == "measurements.schema.json"


def test_writes_all_into_a_new_folder_and_says_what_changed(tmp_path: Path) -> None:
    code, out, _ = run_cli(["schema", "--output", "a/schemas"], tmp_path)
    assert code == 0 and out.count("wrote") == 3
    for kind, name in SCHEMA_FILE_BY_KIND.items():
        assert (tmp_path / "a" / "schemas" / name).read_text(encoding="utf-8") == installed(kind)
    (tmp_path / "a" / "schemas" / "plan.schema.json").write_text("{}\n", encoding="utf-8")
    code, out, _ = run_cli(["schema", "--output", "a/schemas"], tmp_path)
    assert code == 0 and out.count("wrote") == 1 and out.count("unchanged") == 2


def test_without_kind_or_output_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run_cli(["schema"], tmp_path)
    assert code == 2 and "--output" in err


def test_a_file_in_the_way_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "schemas").write_text("x\n", encoding="utf-8")
    code, _, err = run_cli(["schema", "--output", "schemas/sub"], tmp_path)
    assert code == 2 and "Traceback" not in err and "internal error" not in err


def test_a_symbolic_link_is_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "elsewhere.json").write_text("{}\n", encoding="utf-8")
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "plan.schema.json").symlink_to(tmp_path / "elsewhere.json")
    code, _, err = run_cli(["schema", "--output", "schemas"], tmp_path)
    assert code == 2 and "not a regular file" in err
    assert (tmp_path / "elsewhere.json").read_text(encoding="utf-8") == "{}\n"
    assert (tmp_path / "schemas" / "plan.schema.json").is_symlink()
