"""`tfi init`: a repository that `tfi check` passes at once, that never loses a file it finds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers import run_cli

from tfi_rules.init import DEFAULT_ACTION, InitError, parse_action, parse_capacity
from tfi_rules.init.templates import HOOK_ID
from tfi_rules.load.loader import load_file
from tfi_rules.load.schemas import SCHEMA_FILE_BY_KIND, installed

REPO = Path(__file__).resolve().parents[2]
TFI = Path(sys.executable).parent / "tfi"  # the installed command, as a team would run it
ANSWERS = ["--capacity", "4", "--start", "2007-02-01", "--decision", "BIU 201/2006"]
WRITTEN = [
    "plans/mandate.yaml",
    "measurements/README.md",
    "schemas/plan.schema.json",
    "schemas/mandate.schema.json",
    "schemas/measurements.schema.json",
    ".github/workflows/plans.yml",
    ".pre-commit-config.yaml",
    "README.md",
]


def _tfi(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(TFI), *args], cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60
    )


def test_the_installed_command_makes_a_repository_that_tfi_check_passes(tmp_path: Path) -> None:
    made = _tfi(["init", "team", *ANSWERS], tmp_path)
    assert made.returncode == 0, made.stderr
    team = tmp_path / "team"
    assert sorted(str(path.relative_to(team)) for path in team.rglob("*") if path.is_file()) == sorted(WRITTEN)
    checked = _tfi(["check"], team)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 errors, 0 warnings, 0 infos" in checked.stdout


def test_the_modeline_of_the_mandate_resolves_to_the_schema_init_wrote(tmp_path: Path) -> None:
    assert run_cli(["init", *ANSWERS], tmp_path)[0] == 0
    mandate = load_file(tmp_path / "plans" / "mandate.yaml")
    assert mandate.schema_comment is not None
    schema = (tmp_path / "plans" / mandate.schema_comment).resolve()
    assert schema == tmp_path / "schemas" / "mandate.schema.json"
    assert schema.read_text(encoding="utf-8") == installed("mandate")
    assert mandate.data["capacity"][0]["årsværk"] == 4 and mandate.data["id"] == "biu-201-2006"


def test_an_existing_file_is_never_replaced_and_is_listed(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("Our own README\n", encoding="utf-8")
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "plan.schema.json").write_text("{}\n", encoding="utf-8")
    code, out, _ = run_cli(["init", *ANSWERS], tmp_path)
    assert code == 0
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "Our own README\n"
    assert (tmp_path / "schemas" / "plan.schema.json").read_text(encoding="utf-8") == "{}\n"
    assert "skipped README.md (it exists)" in out and f"skipped {Path('schemas/plan.schema.json')} (it exists)" in out
    assert "wrote plans/mandate.yaml" in out.replace("\\", "/")


def test_a_second_init_writes_nothing_and_needs_no_answers(tmp_path: Path) -> None:
    assert run_cli(["init", *ANSWERS], tmp_path)[0] == 0
    before = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    code, out, _ = run_cli(["init"], tmp_path)
    assert code == 0 and "wrote" not in out and out.count("skipped") == len(WRITTEN)
    assert {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()} == before


def test_without_a_terminal_missing_answers_are_a_usage_error_and_nothing_is_written(tmp_path: Path) -> None:
    code, _, err = run_cli(["init", "--capacity", "4"], tmp_path)
    assert code == 2
    assert "--start, --decision" in err and "no terminal" in err
    assert list(tmp_path.iterdir()) == []


def test_on_a_terminal_the_missing_answers_are_asked_and_a_wrong_one_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cli

    monkeypatch.setattr(cli, "_interactive", lambda: True)
    from click.testing import CliRunner

    result = CliRunner().invoke(
        cli.main, ["init", str(tmp_path), "--decision", "BIU 1/2020"], input="fire\n3,5\n2020-01-01\n"
    )
    assert result.exit_code == 0, result.output
    assert "is not a number" in result.stderr
    mandate = yaml.safe_load((tmp_path / "plans" / "mandate.yaml").read_text(encoding="utf-8"))
    assert mandate["capacity"][0]["årsværk"] == 3.5 and mandate["id"] == "biu-1-2020"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--capacity", "0"], "not a positive number"),
        (["--capacity", "1e20"], "too large"),
        (["--start", "2007-02-30"], "is not a date"),
        (["--decision", "///"], "no letters or digits"),
        (["--action", "tfi"], "does not name an action"),
    ],
)
def test_a_bad_option_names_itself(tmp_path: Path, options: list[str], message: str) -> None:
    defaults = dict(zip(ANSWERS[::2], ANSWERS[1::2], strict=True))
    defaults.update(dict(zip(options[::2], options[1::2], strict=True)))
    code, _, err = run_cli(["init", *[part for pair in defaults.items() for part in pair]], tmp_path)
    assert code == 2 and message in err and options[0] in err
    assert "Traceback" not in err


def test_danish_messages(tmp_path: Path) -> None:
    code, out, _ = run_cli(["init", "--lang", "da", *ANSWERS], tmp_path)
    assert code == 0 and "skrev plans/mandate.yaml" in out.replace("\\", "/")
    assert "Teamets mandat" in (tmp_path / "plans" / "mandate.yaml").read_text(encoding="utf-8")


def test_the_workflow_uses_this_repositorys_action_and_pre_commit_its_hook(tmp_path: Path) -> None:
    assert run_cli(["init", *ANSWERS, "--action", "kk-tfi/tfi@v0.1.0"], tmp_path)[0] == 0
    workflow = yaml.safe_load((tmp_path / ".github" / "workflows" / "plans.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["tfi"]["steps"]
    assert {"uses": "kk-tfi/tfi@v0.1.0", "with": {"python": "python"}} in steps
    action_inputs = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))["inputs"]
    assert set(steps[-1]["with"]) <= set(action_inputs)
    pre_commit = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert pre_commit["repos"] == [
        {"repo": "https://github.com/kk-tfi/tfi", "rev": "v0.1.0", "hooks": [{"id": HOOK_ID}]}
    ]
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert HOOK_ID in [hook["id"] for hook in hooks]


def test_the_default_action_is_a_placeholder_for_this_version() -> None:
    from tfi_rules import __version__

    assert parse_action(DEFAULT_ACTION) == ("OWNER/tfi", f"v{__version__}")


def test_capacity_is_exact_and_takes_a_decimal_comma() -> None:
    assert str(parse_capacity("3,5")) == "3.5"
    with pytest.raises(InitError):
        parse_capacity("nan")


def test_the_schemas_written_are_the_installed_ones(tmp_path: Path) -> None:
    assert run_cli(["init", *ANSWERS], tmp_path)[0] == 0
    for kind, name in SCHEMA_FILE_BY_KIND.items():
        assert json.loads((tmp_path / "schemas" / name).read_text(encoding="utf-8")) == json.loads(installed(kind))
