"""Danish for the HTML report (tfi report, tfi_rules/report/)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
}
