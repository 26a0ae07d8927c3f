"""The rule engine: runs the registered rules on one typed file and stamps what they yield."""

from __future__ import annotations

from collections.abc import Iterable

from ..findings import Finding, Problem
from ..load.validation import Located
from ..model import AnyModel
from ..rules import RULES, Rule
from ..rules.context import Context
from ..suggest import suggestion_budget


def active_rules(
    kind: str, context: Context, cross_file: bool | None = None, after_waivers: bool = False
) -> list[Rule]:
    """The rules to run on a file of `kind`: those that run before waivers are applied, or with
    `after_waivers` those that run after; with `cross_file` True or False, only those that do or
    do not read other files from the context."""
    config = context.config
    return [
        rule
        for rule in RULES.values()
        if kind in rule.KINDS
        and config.is_active(rule.ID)
        and cross_file in (None, rule.CROSS_FILE)
        and rule.AFTER_WAIVERS is after_waivers
    ]


def run_rules(
    path: str,
    kind: str,
    model: AnyModel,
    document: Located,
    context: Context,
    cross_file: bool | None = None,
    after_waivers: bool = False,
) -> list[Finding]:
    """Every finding of every active rule for one file (or of the cross-file or local ones, or of those
    that run after waivers), positioned and stamped."""
    findings: list[Finding] = []
    with suggestion_budget():  # one file's "did you mean" stays linear in its size
        for rule in active_rules(kind, context, cross_file, after_waivers):
            findings.extend(stamp(path, rule, rule.check(model, context), document, context))
    return findings


def stamp(path: str, rule: Rule, problems: Iterable[Problem], document: Located, context: Context) -> list[Finding]:
    """Turn a rule's problems into findings: file, position, rule id, configured severity."""
    severity = context.config.severity_of(rule.ID, rule.SEVERITY)
    findings = []
    for problem in problems:
        line, column = document.locate(problem.pointer, key=problem.at_key)
        findings.append(Finding(path, line, column, rule.ID, severity, problem.message, problem.hint, problem.pointer))
    return findings
