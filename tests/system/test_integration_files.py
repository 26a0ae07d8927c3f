"""The files other tools read: the pre-commit hook, the GitHub Action and this repository's workflow.

The action's shell steps run here for real (bash, git), with `tfi` from this
environment standing in for the one the action installs, on a shallow clone of
a pull request: the check passes, the base branch is fetched, and the plan diff
and the verdict land in the job summary. The pre-commit hook itself is shown by
`scripts/pre-commit-demo.sh` (slow: pre-commit builds a virtual environment).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import MANDATE, PLAN, git

REPO = Path(__file__).resolve().parents[2]


def load(name: str) -> Any:
    return yaml.safe_load((REPO / name).read_text(encoding="utf-8"))


def test_the_pre_commit_hook() -> None:
    (hook,) = load(".pre-commit-hooks.yaml")
    assert hook["id"] == "tfi-check"
    assert (hook["entry"], hook["language"], hook["pass_filenames"]) == ("tfi check", "python", True)
    matches = re.compile(hook["files"]).search
    assert matches("plans/2011.yaml") and matches("tfi/measurements/tfi-2008.yml")
    assert not matches("action.yml")
    assert not matches("plans/README.md")


def test_the_workflow_runs_the_tests_then_the_action() -> None:
    workflow = load(".github/workflows/tfi.yml")
    steps = workflow["jobs"]["test-and-check"]["steps"]
    assert steps[0] == {"uses": "actions/checkout@v4", "with": {"fetch-depth": 0}}
    assert steps[1]["with"] == {"python-version": "3.11"}
    assert [step.get("run") for step in steps[2:4]] == ['pip install -c constraints.txt ".[test]"', "python -m pytest"]
    assert steps[-1]["uses"] == "./"


@pytest.mark.skipif(
    shutil.which("check-jsonschema") is None, reason="check-jsonschema is not installed (pip install check-jsonschema)"
)
@pytest.mark.parametrize(
    ("schema", "name"),
    [("vendor.github-workflows", ".github/workflows/tfi.yml"), ("vendor.github-actions", "action.yml")],
)
def test_github_files_validate_against_their_schemas(schema: str, name: str) -> None:
    result = subprocess.run(
        ["check-jsonschema", "--builtin-schema", schema, str(REPO / name)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("git") is None or shutil.which("bash") is None or shutil.which("tfi") is None,
    reason="needs git, bash and the tfi command",
)
def test_the_action_steps_on_a_shallow_pull_request_checkout(tmp_path: Path) -> None:
    origin = tmp_path / "origin"
    (origin / "plans").mkdir(parents=True)
    (origin / "plans" / "mandate.yaml").write_text(MANDATE, encoding="utf-8")
    (origin / "plans" / "p.yaml").write_text(PLAN, encoding="utf-8")
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", ".")
    git(origin, "commit", "-q", "-m", "base")
    git(origin, "checkout", "-q", "-b", "feature")
    lowered = PLAN.replace("value: 25,", "value: 20,").replace("mindst 25", "mindst 20")  # wording and target agree
    (origin / "plans" / "p.yaml").write_text(lowered, encoding="utf-8")
    git(origin, "commit", "-q", "-a", "-m", "fewer visits")
    # As actions/checkout does by default: one commit of the pull request, no base branch.
    git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "feature", origin.as_uri(), "checkout")

    runner = tmp_path / "runner"
    (runner / "tfi-venv" / "bin").mkdir(parents=True)
    (runner / "tfi-venv" / "bin" / "tfi").symlink_to(shutil.which("tfi"))  # type: ignore[arg-type]
    summary = tmp_path / "summary.md"
    env = dict(
        os.environ,
        RUNNER_TEMP=str(runner),
        GITHUB_ACTION_PATH=str(REPO),
        GITHUB_STEP_SUMMARY=str(summary),
        TFI_PATHS="",
        TFI_DIFF_BASE="",
        TFI_BASE_REF="main",
        TFI_FAIL_ON_NOT_MET="false",
    )
    steps = {step["name"]: step["run"] for step in load("action.yml")["runs"]["steps"]}
    for name in ("tfi check", "tfi diff (job summary)", "tfi verdict (job summary)"):
        # As GitHub runs a `shell: bash` step.
        result = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", steps[name]],
            cwd=tmp_path / "checkout",
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, (name, result.stdout, result.stderr)
        if name == "tfi check":  # only what the pull request did counts; the base's finding is standing
            assert result.stdout.rstrip().endswith(", 1 standing since origin/main"), result.stdout
    text = summary.read_text(encoding="utf-8")
    assert text.startswith(  # every finding of the change (none), and the standing ones counted
        "## tfi check: what changed since origin/main\n"
        "\n"
        "No findings.\n"
        "\n"
        "**2 files checked, 0 errors, 0 warnings, 0 infos, 1 standing since origin/main**\n"
        "\n"
        "## Plan changes from `origin/main` to the working tree\n"
        "\n"
        "### `plans/p.yaml`\n"
        "\n"
    )
    assert "- target of `projektbesoeg` lowered from 25 to 20\n" in text and "\n## p: Arbejdsplan\n" in text


def readme_yaml_blocks() -> list[Any]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Use in CI") : text.index("## The files")]
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", section, re.DOTALL)]


def test_the_readme_examples_match_the_action_and_the_hook() -> None:
    workflow, pre_commit_config = readme_yaml_blocks()
    (step,) = [step for step in workflow["jobs"]["tfi"]["steps"] if "/tfi@" in step.get("uses", "")]
    inputs = load("action.yml")["inputs"]
    assert set(step["with"]) <= set(inputs)
    # The commented-out inputs in the example are the action's other inputs.
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert all(f"# {name}:" in readme or name in step["with"] for name in inputs)
    assert pre_commit_config["repos"][0]["hooks"] == [{"id": load(".pre-commit-hooks.yaml")[0]["id"]}]
