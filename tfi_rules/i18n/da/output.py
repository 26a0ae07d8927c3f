"""Danish for what the commands print: severities, verdicts, headings, summaries (reporters, verdict, cli.py)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # severities (tfi_rules/findings.py)
    "info": "info",
    "warning": "advarsel",
    "error": "fejl",
    # verdicts (tfi_rules/verdict.py)
    "met": "opfyldt",
    "not met": "ikke opfyldt",
    "pending": "afventer",
    "no data": "ingen data",
    "not comparable": "ikke sammenlignelig",
    "qualitative": "kvalitativ",
    "waived": "dispenseret",
    # tfi check on a folder (tfi_rules/checker.py)
    "no YAML files in this folder": "ingen YAML-filer i denne mappe",
    "put plans (*.yaml) here, or give another folder": "læg planer (*.yaml) her, eller angiv en anden mappe",
}
