"""The job summary says it all, as GitHub renders it: every finding in a table per file, the verdict in its
column whatever a wording holds (a `|` adds no column), and no raw HTML from a plan on the page.

Rendered with markdown-it-py (CommonMark with GFM tables, raw HTML allowed as GitHub's renderer allows
some: an unescaped tag would show up as an html token)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, run_cli, write_repo
from markdown_it import MarkdownIt
from markdown_it.token import Token

from tfi_rules.check.result import CheckResult
from tfi_rules.findings import Finding, Severity
from tfi_rules.markdown import cell
from tfi_rules.output import reporter
from tfi_rules.verdict.render import shorten

HOSTILE = "75 pct. | tilfredse <script>alert(1)</script> *ikke fed* [link](http://x) `kode` \\\\ &amp; _x_"
HOSTILE_TITLE = "Arbejdsplan <img src=x onerror=alert(1)> | ekstra"


def render(markdown: str) -> list[Token]:
    return MarkdownIt("commonmark", {"html": True}).enable("table").parse(markdown)


def text(inline: Token) -> str:
    """What an inline token shows: its children's text, escapes and entities resolved."""
    return "".join(child.content for child in inline.children or [])


def tables(tokens: list[Token]) -> list[list[list[str]]]:
    """Each table as its rows, each row as its cells' plain text (header row first)."""
    found: list[list[list[str]]] = []
    row: list[str] = []
    for index, token in enumerate(tokens):
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            inline = tokens[index + 1]
            row.append(text(inline) if inline.type == "inline" else "")
        elif token.type == "tr_close":
            found[-1].append(row)
    return found


def no_html(tokens: list[Token]) -> None:
    for token in tokens:
        assert token.type not in ("html_block", "html_inline"), token
        no_html(token.children or [])


@pytest.fixture()
def hostile_repo(tmp_path: Path) -> Path:
    plan = PLAN.replace("text: 75 pct. tilfredse", f"text: '{HOSTILE}'", 1)
    plan = plan.replace("title: Arbejdsplan\n", f'title: "{HOSTILE_TITLE}"\n', 1)
    assert HOSTILE in plan
    return write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan})


def test_the_verdict_table_keeps_its_columns_and_shows_the_wording_as_written(hostile_repo: Path) -> None:
    code, out, err = run_cli(["verdict", "--format", "markdown"], hostile_repo)
    assert code == 0, err
    tokens = render(out)
    no_html(tokens)
    [table] = tables(tokens)
    header, *rows = table
    assert header == ["criterion", "wording", "target", "actual", "verdict"]
    assert all(len(row) == 5 for row in rows) and {row[4] for row in rows} == {"no data"}
    [hostile] = [row for row in rows if row[0] == "tilfredshed"]
    assert hostile[1] == shorten(HOSTILE)  # shortened, but each character as written
    [heading] = [text(tokens[i + 1]) for i, token in enumerate(tokens) if token.type == "heading_open"][:1]
    assert heading == f"p: {HOSTILE_TITLE}"


def test_every_finding_of_the_change_is_in_a_table_per_file(hostile_repo: Path) -> None:
    code, out, err = run_cli(["check", "--format", "markdown"], hostile_repo)
    tokens = render(out)
    no_html(tokens)
    [table] = tables(tokens)
    header, *rows = table
    assert header == ["line", "severity", "rule", "message"] and all(len(row) == 4 for row in rows)
    assert [row[2] for row in rows] == ["criterion-inferred-threshold"]  # tilfredshed, quoting its wording
    assert any("<script>alert(1)</script>" in row[3] for row in rows)  # shown as text, not run
    assert "plans/p.yaml" in [token.content for token in tokens if token.type == "inline"]


def test_more_findings_than_github_annotates_all_reach_the_summary() -> None:
    """GitHub shows 10 annotations of each kind per step; the summary has all 23 warnings, in two files."""
    findings = [
        Finding(
            f"plans/{index % 2}.yaml",
            index + 1,
            1,
            "criterion-measurable",
            Severity.WARNING,
            f"c{index} | does not say how it is measured",
        )
        for index in range(23)
    ]
    tokens = render(reporter("markdown").render(CheckResult(["plans/0.yaml", "plans/1.yaml"], findings)))
    found = tables(tokens)
    assert [len(table) - 1 for table in found] == [12, 11]
    assert all(len(row) == 4 for table in found for row in table)


def test_the_standing_findings_are_counted_under_the_heading_of_the_change() -> None:
    result = CheckResult(["plans/p.yaml"], [], standing=28, standing_since="origin/main")
    out = reporter("markdown").render(result)
    assert out.startswith("## tfi check: what changed since origin/main\n") and "28 standing since origin/main" in out


@pytest.mark.parametrize("text", ["a | b", "<b>fed</b>", "\\|", "*x*", "`x`", "&lt;", "[a](b)", "~~x~~", "a\nb"])
def test_a_cell_renders_as_the_text_it_was_given(text: str) -> None:
    tokens = render(f"| a |\n|---|\n| {cell(text)} |\n")
    no_html(tokens)
    assert tables(tokens) == [[["a"], [" ".join(text.split())]]]


def test_the_plan_diff_lets_no_html_from_a_plan_through(tmp_path: Path) -> None:
    changed = PLAN.replace("title: Arbejdsplan\n", f'title: "{HOSTILE_TITLE}"\n', 1)
    write_repo(tmp_path, {"old/p.yaml": PLAN, "new/p.yaml": changed})
    code, out, err = run_cli(["diff", "old/p.yaml", "new/p.yaml", "--format", "markdown"], tmp_path)
    assert "title of the plan changed" in out, (code, out, err)
    tokens = render(out)
    no_html(tokens)
    assert "<img src=x onerror=alert(1)>" in "".join(text(token) for token in tokens if token.type == "inline")
