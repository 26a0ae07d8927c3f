"""The report as a Danish reader sees it: a number keeps its unit on its line, tfi's own `code` is code,
and a waiver's reason written in another language says so."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import MANDATE, PLAN, run_cli, write_repo

from tfi_rules.report.html import e, with_code

UNMEASURED = PLAN.replace("        measured_by: survey\n", "", 1)  # tilfredshed: "add `measured_by:` ..."


def page(tmp_path: Path, plan: str = UNMEASURED) -> str:
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan})
    code, _, err = run_cli(["report", "-o", "page.html", "--lang", "da"], tmp_path)
    assert code == 0, err
    return (tmp_path / "page.html").read_text(encoding="utf-8")


def test_a_number_and_its_unit_do_not_wrap_apart(tmp_path: Path) -> None:
    html = page(tmp_path)
    assert "75\u00a0%" in html
    prose = re.sub(r"<svg.*?</svg>", "", html, flags=re.DOTALL)  # a chart's text is one line anyway
    assert not re.search(r"\d (%|pct\.|kr\.|mio\.|årsværk)", prose)
    assert e("97,22 % og 1,5 mio. kr. og 2 årsværk") == "97,22\u00a0% og 1,5\u00a0mio.\u00a0kr. og 2\u00a0årsværk"


def test_code_in_a_hint_is_code_not_backticks(tmp_path: Path) -> None:
    html = page(tmp_path)
    assert "<code>measured_by:</code>" in html and "`" not in html
    assert with_code("write `<b>` here") == "write <code>&lt;b&gt;</code> here"  # still escaped


UNBALANCED = (
    PLAN.replace("årsværk: 1.5\n", "årsværk: 2.5\n", 1)
    + """\
waivers:
  - rule: capacity-balance
    language: en
    reason: The committee paper allocates 5 årsværk.
    approved_by: tfi maintainers
"""
)


def test_a_reason_in_english_is_marked_on_a_danish_page(tmp_path: Path) -> None:
    html = page(tmp_path, UNBALANCED)
    marked = '<span lang="en">The committee paper allocates 5\u00a0årsværk. (godkendt af tfi maintainers)</span>'
    assert html.count(marked + ' <span class="note">(på engelsk)</span>') == 2  # the capacity bar and the finding


def test_a_reason_in_the_pages_language_is_not_marked(tmp_path: Path) -> None:
    danish = UNBALANCED.replace("    language: en\n", "").replace("The committee paper allocates", "Udvalget giver")
    html = page(tmp_path, danish)
    assert "Udvalget giver 5\u00a0årsværk" in html and "på engelsk" not in html and 'lang="en"' not in html


def test_the_repositorys_danish_report_has_no_unmarked_english(tmp_path: Path) -> None:
    """The plans' data is Danish, or marked as English (waivers' `language: en`); the page's own words are Danish."""
    root = Path(__file__).resolve().parents[2]
    code, _, err = run_cli(["report", "-o", str(tmp_path / "page.html"), "--lang", "da"], root)
    assert code == 0, err
    html = (tmp_path / "page.html").read_text(encoding="utf-8")
    html = re.sub(r'<span lang="en">.*?</span>', "", re.sub(r"<style.*?</style>", "", html, flags=re.DOTALL))
    text = re.sub(r"<[^>]+>", " ", html).replace("Taste the World", "")  # an event's name in the committee's wording
    english = [found.group(0) for found in re.finditer(r".{0,40}\b(the|and|is|not|by|of)\b .{0,40}", text)]
    assert english == []
