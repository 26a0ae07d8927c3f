"""The junit format: JUnit XML, so CI systems that read test reports list each checked file.

One `<testsuite name="tfi check">` with one `<testcase classname="tfi" name="PATH">`
per checked file (and per other path a finding names, such as an empty folder).
Each finding at or above `--fail-on` that is not waived is a `<failure>` of its
file: `message` is the finding's message, `type` its rule, and the body its
location, severity, rule and hint. A file without such findings passes; its
other findings (below `--fail-on`, or waived) are listed in `<system-out>`. Past `--max-findings`
in a file, one line says how many more there are: a `<failure>` of its own when any of them fails
(the run then fails on findings not listed), otherwise in `<system-out>`.
Element and attribute names, the suite's name and the rule ids never change;
the texts people read (messages, severity names, "hint:") are in the language in use.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..check.result import CheckResult
from ..findings import Finding
from .base import Reporter
from .text import hint_line, unlisted_line, waived_note

SUITE_NAME = "tfi check"

# Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


class JunitReporter(Reporter):
    name = "junit"

    def fails(self, finding: Finding) -> bool:
        return not finding.waived and finding.severity.rank >= self.fail_on.rank

    def render(self, result: CheckResult) -> str:
        by_file: dict[str, list[Finding]] = {path: [] for path in result.files}
        for finding in result.sorted_findings():
            by_file.setdefault(finding.file, []).append(finding)
        # Counted as JUnit readers count them: every <failure>, several in one file's test case.
        failing_unlisted = {file for file in result.unlisted if result.unlisted_failing(file, self.fail_on)}
        failures = str(result.listed_failing(self.fail_on) + len(failing_unlisted))
        tests = str(len(by_file))
        # No `skipped` on <testsuites>: the common JUnit XSD (Jenkins' junit-10.xsd) allows it only on <testsuite>.
        suites = ET.Element("testsuites", name=SUITE_NAME, tests=tests, failures=failures, errors="0")
        suite = ET.SubElement(
            suites, "testsuite", name=SUITE_NAME, tests=tests, failures=failures, errors="0", skipped="0"
        )
        for path, findings in by_file.items():
            case = ET.SubElement(suite, "testcase", classname="tfi", name=_xml_text(path))
            others = []
            for finding in findings:
                if self.fails(finding):
                    failure = ET.SubElement(case, "failure", message=_xml_text(finding.message), type=finding.rule)
                    failure.text = _xml_text(self.body(finding))
                else:
                    others.append(self.body(finding))
            if path in result.unlisted:
                line = unlisted_line(path, result.unlisted[path])
                if path in failing_unlisted:
                    ET.SubElement(case, "failure", message=_xml_text(line)).text = _xml_text(line)
                else:
                    others.append(line)
            if others:
                ET.SubElement(case, "system-out").text = _xml_text("\n".join(others))
        ET.indent(suites)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"

    def body(self, finding: Finding) -> str:
        text = f"{finding.location()}: {finding.severity.label} [{finding.rule}] {finding.message}"
        if finding.waived:
            return text + " " + waived_note(finding)
        if self.hints and finding.hint:
            text += "\n" + hint_line(finding)
        return text
