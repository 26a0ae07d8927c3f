"""The versions we promise: pyproject's ranges, and the pinned files CI and the action install from."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]


def requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(text) for text in project["dependencies"] + project["optional-dependencies"]["test"]]


def pins(name: str) -> dict[str, Version]:
    pinned: dict[str, Version] = {}
    for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            package, version = line.split("==")
            pinned[canonicalize_name(package)] = Version(version)
    return pinned


def test_every_range_has_a_tested_lower_and_an_upper_bound() -> None:
    for requirement in requirements():
        operators = {spec.operator for spec in requirement.specifier}
        assert operators == {">=", "<"}, f"{requirement}: give a tested lower bound and an upper bound"


@pytest.mark.parametrize("name", ["constraints.txt", "constraints-lowest.txt"])
def test_constraints_pin_every_dependency_inside_its_range(name: str) -> None:
    pinned = pins(name)
    for requirement in requirements():
        version = pinned.get(canonicalize_name(requirement.name))
        assert version is not None, f"{name} does not pin {requirement.name}"
        assert requirement.specifier.contains(version), f"{name}: {requirement.name} {version} outside {requirement}"


def test_the_lowest_constraints_are_the_lower_bounds() -> None:
    pinned = pins("constraints-lowest.txt")
    for requirement in requirements():
        (lower,) = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        assert pinned[canonicalize_name(requirement.name)] == Version(lower), requirement.name


def test_ci_the_readme_and_the_action_install_the_pinned_versions() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci/run").read_text(encoding="utf-8")
    for command in (
        "pip install -c constraints.txt . && tfi check",
        'pip install -c constraints.txt ".[test]" && python -m pytest',
    ):
        assert command in readme
    assert "pip install --quiet -c constraints.txt .\n" in ci
    assert 'pip install --quiet -c constraints.txt ".[test,lint]"\n' in ci
    assert 'pip install --quiet -c constraints-lowest.txt ".[test]"\n' in ci
    action = (ROOT / "action.yml").read_text(encoding="utf-8")
    assert re.search(r'pip install .*\\\n\s*-c "\$GITHUB_ACTION_PATH/constraints.txt" "\$GITHUB_ACTION_PATH"', action)
