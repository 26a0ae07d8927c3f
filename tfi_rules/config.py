"""Configuration: which rules run and how severe they are, from pyproject.toml or .tfi.yaml.

    [tool.tfi]
    disable = ["criterion-inferred-threshold"]
    hours-per-week = 37          # one full-time person, for hours-within-allocation
    max-findings = 100           # findings listed per file (0: all); all are counted
    [tool.tfi.severity]
    area-without-criteria = "error"

`.tfi.yaml` takes the same keys. The nearest file upwards from the working
folder wins; command-line options (`--select`, `--ignore`) come on top.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from .findings import Severity
from .i18n import t

DEFAULT_MAX_FINDINGS = 100
"""Findings listed per file: a file of 2 MB can hold 100,000 mistakes, and nobody reads past
the first screenfuls; the rest are counted in the summary and the exit code."""


class ConfigError(Exception):
    """The configuration is wrong; a usage error (exit 2)."""


@dataclass(frozen=True)
class Config:
    disabled: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict)
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    hours_per_week: Decimal = Decimal(37)
    max_findings: int = DEFAULT_MAX_FINDINGS  # listed per file; 0: all
    source: str = ""  # the file it was read from, for messages

    def is_active(self, rule_id: str) -> bool:
        if rule_id in self.disabled or rule_id in self.ignore:
            return False
        return self.select is None or rule_id in self.select

    def severity_of(self, rule_id: str, default: Severity) -> Severity:
        return self.severity.get(rule_id, default)

    def with_options(self, select: list[str] | None, ignore: list[str], max_findings: int | None = None) -> Config:
        return replace(
            self,
            select=frozenset(select) if select else self.select,
            ignore=self.ignore | frozenset(ignore),
            max_findings=self.max_findings if max_findings is None else max_findings,
        )


def find_config(start: Path) -> Path | None:
    """The nearest `.tfi.yaml`, or `pyproject.toml` with a [tool.tfi] table, upwards from `start`."""
    for folder in [start, *start.parents]:
        dotfile = folder / ".tfi.yaml"
        if dotfile.is_file():
            return dotfile
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.tfi" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


def load_config(path: Path | None, known_rules: set[str]) -> Config:
    if path is None:
        return Config()
    if path.name == "pyproject.toml":
        import tomllib

        try:
            tool = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            # tomllib's own words (English whatever the language), quoted as they are.
            raise ConfigError(t("{source}: cannot read [tool.tfi]: {error}", source=path, error=error)) from None
        table = tool.get("tfi", {}) if isinstance(tool, dict) else tool
    else:
        from .load.loader import LoadError, load_file

        try:
            table = load_file(path).data
        except LoadError as error:
            raise ConfigError(f"{error.file}:{error.line}:{error.column}: {error.message}") from None
    return parse_config(table, str(path), known_rules)


def parse_config(table: dict[str, Any], source: str, known_rules: set[str]) -> Config:
    if not isinstance(table, dict):  # `tool.tfi = 5` in pyproject.toml: read before anything is validated
        raise ConfigError(t("{source}: [tool.tfi] must be a table of settings such as disable = [...]", source=source))
    allowed = {"disable", "severity", "hours-per-week", "select", "ignore", "max-findings"}
    unknown = set(table) - allowed
    if unknown:
        raise ConfigError(
            t(
                "{source}: unknown setting(s) {settings}; allowed: {allowed}",
                source=source,
                settings=", ".join(sorted(unknown)),
                allowed=", ".join(sorted(allowed)),
            )
        )

    def rule_list(key: str) -> frozenset[str]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ConfigError(t("{source}: '{key}' must be a list of rule ids", source=source, key=key))
        check_rule_ids(value, known_rules, source)
        return frozenset(value)

    severity: dict[str, Severity] = {}
    raw_severity = table.get("severity", {})
    if not isinstance(raw_severity, dict):
        raise ConfigError(t("{source}: 'severity' must map rule ids to error, warning or info", source=source))
    check_rule_ids(list(raw_severity), known_rules, source)
    for rule_id, level in raw_severity.items():
        try:
            severity[rule_id] = Severity(level)
        except ValueError:
            raise ConfigError(
                t(
                    "{source}: severity of '{rule}' must be error, warning or info, not {level}",
                    source=source,
                    rule=rule_id,
                    level=repr(level),
                )
            ) from None
    hours = table.get("hours-per-week", 37)
    # .nan cannot be compared and .inf cannot be divided by: both are refused before `<=` sees them.
    finite = isinstance(hours, int) or (isinstance(hours, (float, Decimal)) and math.isfinite(hours))
    if isinstance(hours, bool) or not finite or hours <= 0:
        raise ConfigError(
            t("{source}: 'hours-per-week' must be a positive number, not {hours}", source=source, hours=repr(hours))
        )
    max_findings = table.get("max-findings", DEFAULT_MAX_FINDINGS)
    if isinstance(max_findings, bool) or not isinstance(max_findings, int) or max_findings < 0:
        from .model.types import describe_value

        raise ConfigError(
            t(
                "{source}: 'max-findings' must be a whole number of 0 or more, not {value}",
                source=source,
                value=describe_value(max_findings),
            )
        )
    select = rule_list("select") if "select" in table else None
    return Config(
        disabled=rule_list("disable"),
        severity=severity,
        select=select,
        ignore=rule_list("ignore"),
        hours_per_week=Decimal(str(hours)),
        max_findings=max_findings,
        source=source,
    )


def check_rule_ids(ids: list[str], known_rules: set[str], source: str) -> None:
    from .suggest import close_matches

    for rule_id in ids:
        if rule_id not in known_rules:
            close = close_matches(rule_id, known_rules)
            if close:
                raise ConfigError(
                    t(
                        "{source}: unknown rule '{rule}'; did you mean '{close}'?",
                        source=source,
                        rule=rule_id,
                        close=close[0],
                    )
                )
            raise ConfigError(t("{source}: unknown rule '{rule}'; `tfi rules` lists them", source=source, rule=rule_id))
