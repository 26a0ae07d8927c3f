"""`tfi report`: one self-contained HTML page, checked by parsing it (no browser here)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, write_repo
from helpers import run_cli as invoke

import cli
from tfi_rules.i18n import speaking
from tfi_rules.report import build_page, render
from tfi_rules.report.sources import sources_of
from tfi_rules.verdict.judge import summarize
from tfi_rules.verdict.run import VerdictRun, run_verdict

REPO = Path(__file__).resolve().parents[2]
AS_OF = date(2009, 6, 30)
PLANS = [REPO / "plans"]
MEASUREMENTS = [REPO / "measurements"]


def page_html(language: str, plans: list[Path] = PLANS, measurements: list[Path] = MEASUREMENTS) -> str:
    with speaking(language):
        page, _failed = build_page(plans, measurements, AS_OF)
        return render(page)


def parse(html: str) -> ET.Element:
    """The page as XML: it is written well-formed, so the strict parser takes it."""
    assert html.startswith("<!DOCTYPE html>\n")
    return ET.fromstring(html)


def by_class(root: ET.Element, tag: str, css: str) -> list[ET.Element]:
    return [node for node in root.iter(tag) if css in (node.get("class") or "").split()]


def text_of(node: ET.Element) -> str:
    return "".join(node.itertext())


@pytest.fixture(scope="module")
def danish() -> str:
    return page_html("da")


@pytest.fixture(scope="module")
def english() -> str:
    return page_html("en")


@pytest.fixture(scope="module")
def run() -> object:
    return run_verdict(PLANS, MEASUREMENTS, AS_OF)


def test_the_page_is_one_well_formed_document_in_the_language_in_use(danish: str, english: str) -> None:
    assert parse(danish).get("lang") == "da"
    assert parse(english).get("lang") == "en"


def test_overview_counts_are_the_verdicts_summary(danish: str, run: object) -> None:
    counts = summarize(run.rows)  # type: ignore[attr-defined]
    root = parse(danish)
    [overview] = by_class(root, "section", "overview")
    shown = {
        item.get("data-status"): int(text_of(by_class(item, "strong", "count")[0]))
        for item in overview.iter("li")
        if item.get("data-status")
    }
    assert shown == counts
    assert sum(shown.values()) == len(run.rows) == 72  # type: ignore[attr-defined]
    assert "Status pr. 2009-06-30" in text_of(root)


def test_the_charts_draw_from_the_index_the_verdict_judged_with(run: VerdictRun) -> None:
    # One index of the measurements a report, built by the verdict as it read them: not again per use.
    sources = sources_of(run)
    assert sources.index is run.index and sources.index is sources_of(run).index
    assert run.index.by_criterion and run.index.by_indicator  # the repository's measurements, both ways


def test_one_section_per_plan_with_one_block_per_criterion(danish: str, run: object) -> None:
    root = parse(danish)
    sections = by_class(root, "section", "plan")
    assert [s.get("data-plan") for s in sections] == [p.id for p in run.plans]  # type: ignore[attr-defined]
    for section in sections:
        rows = [row for row in run.rows if row.plan == section.get("data-plan")]  # type: ignore[attr-defined]
        blocks = by_class(section, "tbody", "criterion")
        assert [(b.get("data-criterion"), b.get("data-status")) for b in blocks] == [
            (row.criterion, row.status.value) for row in rows
        ]


def test_the_2009_plan_shows_5_of_4_årsværk_over_the_capacity(danish: str, english: str) -> None:
    for html, over, sentence in [
        (danish, "1 årsværk ud over kapaciteten", "bruger 5 årsværk af mandatets 4: 1 årsværk mere end kapaciteten"),
        (english, "1 årsværk over the capacity", "spend 5 core årsværk of the mandate's 4: 1 årsværk more than the"),
    ]:
        [section] = [s for s in by_class(parse(html), "section", "plan") if s.get("data-plan") == "2009"]
        [figure] = by_class(section, "figure", "capacity")
        assert (figure.get("data-spent"), figure.get("data-capacity"), figure.get("data-difference")) == ("5", "4", "1")
        [svg] = by_class(figure, "svg", "chart")
        drawn = [text_of(node) for node in svg.iter("text")]
        assert over in drawn  # written on the chart, not only coloured
        assert any("5 årsværk" in label for label in drawn) and any("4 årsværk" in label for label in drawn)
        assert any((node.get("fill") or "").startswith("url(#") for node in svg.iter("rect"))  # hatched overflow
        assert sentence in text_of(svg.find("title"))  # type: ignore[arg-type]
        assert sentence in text_of(section)


def test_a_balanced_plan_adds_up_and_a_plan_without_mandate_says_so(danish: str) -> None:
    sections = {s.get("data-plan"): s for s in by_class(parse(danish), "section", "plan")}
    [figure] = by_class(sections["2011"], "figure", "capacity")
    assert figure.get("data-difference") == "0"
    assert by_class(sections["integrationspolitik-2009"], "figure", "capacity") == []
    [note] = by_class(sections["integrationspolitik-2009"], "p", "no-mandate")
    assert "intet mandat" in text_of(note)


def test_the_employment_share_is_a_line_chart_with_its_figures(danish: str, english: str) -> None:
    for html, figures in [
        (danish, ["54,40 %", "59,90 %", "64,4 %", "64,00 %"]),
        (english, ["54.40 %", "59.90 %", "64.4 %", "64.00 %"]),
    ]:
        charts = [
            f
            for f in by_class(parse(html), "figure", "trend")
            if f.get("data-indicator") == "beskaeftigelse-indvandrere"
        ]
        assert len(charts) == 1
        [svg] = by_class(charts[0], "svg", "chart")
        assert svg.get("role") == "img" and svg.get("aria-label") and svg.find("title") is not None
        labels = " | ".join(text_of(node) for node in svg.iter("text"))
        for figure in figures:  # baseline, August 2008, the target judged (54.40 + 10) and the stated end level
            assert figure in labels
        # Periods as a reader of the page's language writes them, not the file's "2007-spring", "2008-08".
        when = ("forår 2007", "august 2008") if html is danish else ("spring 2007", "August 2008")
        assert all(period in labels for period in when) and "2007-spring" not in labels
        assert len(list(svg.iter("polyline"))) == 1  # the measured points joined
        assert any(line.get("stroke-dasharray") for line in svg.iter("line"))  # the straight path to the target
        assert "procent (%)" in labels if html is danish else "per cent (%)" in labels


def test_numeric_targets_get_a_bar_with_the_actual_marked(danish: str) -> None:
    blocks = {b.get("data-criterion"): b for b in by_class(parse(danish), "tbody", "criterion")}
    block = blocks["cbsi-ude-af-forsoergelse"]  # seed 004, 2.4: "udgør 40 % i 2008"; status "31 pct. i 2008"
    [svg] = block.iter("svg")
    labels = [text_of(node) for node in svg.iter("text")]
    assert labels == ["0 %", "40 %", "31 %"]  # from 0 to the target, the 2008 figure marked
    assert "ikke opfyldt" in text_of(block) and "✗" in text_of(block)
    # A figure that counts something else (the 2008 survey of requesters, against a share of tasks) is not
    # marked on the target's bar: it does not answer it.
    assert list(blocks["tilfredshed"].iter("svg")) == [] and "ikke sammenlignelig" in text_of(blocks["tilfredshed"])


def test_findings_of_the_plan_file_are_listed_waived_ones_marked(danish: str) -> None:
    [section] = [s for s in by_class(parse(danish), "section", "plan") if s.get("data-plan") == "2009"]
    findings = by_class(section, "tr", "finding")
    waived = [row for row in findings if row.get("data-waived") == "true"]
    assert [row.get("data-rule") for row in waived] == ["capacity-balance"]
    assert "dispenseret" in text_of(waived[0])


def test_nothing_is_fetched_from_elsewhere(danish: str) -> None:
    references = re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)["']|url\(\s*["']?([^"')]*)""", danish)
    targets = [value for pair in references for value in pair if value]
    assert targets and all(value.startswith("#") for value in targets), targets
    for outside in ("http://", "https://", "//"):
        assert not any(value.startswith(outside) for value in targets)
    assert "<script" not in danish and "<link" not in danish and "@import" not in danish and "@font-face" not in danish
    assert "<img" not in danish


def test_plan_data_is_escaped(tmp_path: Path) -> None:
    title = '<script>alert("x")</script> & Co'
    plan = PLAN.replace("title: Arbejdsplan", f"title: '{title}'").replace(
        "text: mindst 5 initiativer", "text: mindst 5 <b>initiativer</b>"
    )
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan})
    html = page_html("da", [tmp_path / "plans"], [])
    assert "<script" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in html
    root = parse(html)
    [section] = by_class(root, "section", "plan")
    assert text_of(section.find("h2")).startswith('<script>alert("x")</script>')  # type: ignore[arg-type]


def test_the_same_files_give_the_same_bytes(danish: str) -> None:
    assert page_html("da") == danish


def test_every_heading_is_danish_in_danish_and_english_in_english(danish: str, english: str) -> None:
    for html, words, foreign in [
        (
            danish,
            [
                "Overblik",
                "Årsværk i forhold til mandatet",
                "Succeskriterier",
                "Fund fra tfi check",
                "Indikatorer over tid",
            ],
            ["Overview", "Success criteria", "Findings of tfi check"],
        ),
        (
            english,
            [
                "Overview",
                "Årsværk against the mandate",
                "Success criteria",
                "Findings of tfi check",
                "Indicators over time",
            ],
            ["Overblik", "Succeskriterier"],
        ),
    ]:
        headings = [text_of(node) for tag in ("h1", "h2", "h3", "th") for node in parse(html).iter(tag)]
        for word in words:
            assert word in headings
        for word in foreign:
            assert word not in headings


# --- the command ----------------------------------------------------------------------------------


def test_report_writes_the_file_named(repo_copy: Path, danish: str) -> None:
    code, out, _ = invoke(["report", "--as-of", "2009-06-30", "--lang", "da", "--output", "out.html"], repo_copy)
    assert code == cli.EXIT_OK
    assert out == "Rapporten er skrevet til out.html.\n"
    written = (repo_copy / "out.html").read_text(encoding="utf-8")
    assert parse(written).get("lang") == "da"
    # The same page as the library's, but for the file names, which are relative to where tfi runs.
    assert written.replace("plans/", "").replace("measurements/", "") == danish.replace(
        str(REPO / "plans") + "/", ""
    ).replace(str(REPO / "measurements") + "/", "")


def test_report_in_english_and_to_standard_output(repo_copy: Path) -> None:
    code, out, _ = invoke(["report", "plans/2009.yaml", "--as-of", "2009-06-30", "--lang", "en", "-o", "-"], repo_copy)
    assert code == cli.EXIT_OK
    root = parse(out)
    assert root.get("lang") == "en" and "Overview" in out
    [section] = by_class(root, "section", "plan")
    [figure] = by_class(section, "figure", "capacity")  # the mandate comes from the plan's own repository
    assert figure.get("data-spent") == "5"


def test_report_exit_codes(repo_copy: Path) -> None:
    code, _, err = invoke(["report"], repo_copy)
    assert code == cli.EXIT_USAGE and "--output" in err
    code, _, err = invoke(["report", "plans/none.yaml", "-o", "out.html"], repo_copy)
    assert code == cli.EXIT_USAGE and "no such file" in err
    code, _, err = invoke(["report", "--as-of", "30.06.2009", "-o", "out.html"], repo_copy)
    assert code == cli.EXIT_USAGE and "year-month-day" in err
    code, _, err = invoke(["report", "-o", "no-such-folder/out.html"], repo_copy)
    assert code == cli.EXIT_USAGE and "cannot write the report" in err
    assert not (repo_copy / "out.html").exists()


def test_a_file_that_fails_the_check_is_named_and_exits_1(repo_copy: Path) -> None:
    path = repo_copy / "plans" / "2011.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("    årsværk: 2\n", "    årsværk: 2.5\n", 1), encoding="utf-8"
    )
    code, _, err = invoke(["report", "--as-of", "2011-06-30", "-o", "out.html"], repo_copy)
    assert code == cli.EXIT_FINDINGS
    assert "plans/2011.yaml fails tfi check (errors: 1)" in err
    root = parse((repo_copy / "out.html").read_text(encoding="utf-8"))
    [failing] = by_class(root, "div", "failing")
    assert [item.get("data-file") for item in failing.iter("li")] == ["plans/2011.yaml"]
    [section] = [s for s in by_class(root, "section", "plan") if s.get("data-plan") == "2011"]
    [figure] = by_class(section, "figure", "capacity")
    assert figure.get("data-difference") == "0.5"
