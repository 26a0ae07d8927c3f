"""Every place that tells a consumer which Python to use claims what pyproject requires and the suite runs on."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def required() -> tuple[int, int]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = re.fullmatch(r">=\s*(\d+)\.(\d+)", project["requires-python"].split("#")[0].strip())
    assert found, project["requires-python"]
    return int(found.group(1)), int(found.group(2))


@pytest.mark.parametrize("name", ["action.yml", ".pre-commit-hooks.yaml", "README.md"])
def test_the_python_claimed_is_the_python_required(name: str) -> None:
    text = (REPO / name).read_text(encoding="utf-8")
    claims = re.findall(r"Python[ (]*(\d+)\.(\d+) or newer", text)
    assert claims, f"{name} does not say which Python tfi needs"
    assert {(int(major), int(minor)) for major, minor in claims} == {required()}, claims


def test_the_suite_runs_on_a_python_it_claims() -> None:
    assert sys.version_info[:2] >= required()
