"""The report as one HTML document: the page model in, text out.

Everything from the files (titles, Danish wording, file names, messages) is escaped;
headings and labels go through `t()`; the markup is well-formed XML as well as HTML
(closed tags, quoted attributes, no named entities), so tests and other tools can parse it.
`data-*` attributes carry machine values (ids, verdict statuses, plain numbers) for them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from html import escape

from .. import __version__
from ..describe import moment_label
from ..files import TextOut
from ..findings import Finding, Severity
from ..i18n import language, t
from ..numbers import format_number, plain_number
from ..verdict.judge import STATUS_ORDER, Row, Status, status_label
from . import charts
from .page import (
    CapacityView,
    CriterionLine,
    FileSection,
    Overview,
    Page,
    PlanSection,
    TargetBar,
    Trend,
)
from .style import CSS

# A number and its unit stay on one line ("97,22 %" must not wrap between them): a no-break space.
_NUMBER_AND_UNIT = re.compile(r"(?<=\d) (?=%|‰|pct\.|kr\.|mio\.|mia\.|procentpoint|pp\b|årsværk|percentage point)")
_MILLIONS_OF_KRONER = re.compile(r"\b(mio|mia)\. kr\.")
NO_BREAK_SPACE = "\u00a0"


def e(text: object) -> str:
    """Text for the page, escaped, with a no-break space between a number and its unit."""
    escaped = escape(str(text), quote=True)
    return _MILLIONS_OF_KRONER.sub(rf"\1.{NO_BREAK_SPACE}kr.", _NUMBER_AND_UNIT.sub(NO_BREAK_SPACE, escaped))


def in_its_language(text: str, written_in: str) -> str:
    """Plan data (a waiver's reason) on the page, marked with the language it is written in when that is
    not the page's: `lang` for screen readers and translation, and a word for the reader."""
    if not written_in or written_in == language():
        return e(text)
    name = {"da": t("in Danish"), "en": t("in English")}.get(written_in, written_in)
    return f'<span lang="{e(written_in)}">{e(text)}</span> <span class="note">({e(name)})</span>'


def waiver_html(reason: str, written_in: str, approval: str) -> str:
    """A waiver's reason (plan data, marked with its language) and tfi's words on who approved it (the
    page's language), apart, so that no sentence of the page's own is marked as another language."""
    if not approval:
        return in_its_language(reason, written_in)
    return f'{in_its_language(reason, written_in)} <span class="approval">({e(approval)})</span>'


def finding_waiver(finding: Finding) -> str:
    return waiver_html(finding.waiver_reason, finding.waived_language, finding.waiver_approval)


_CODE_SPAN = re.compile(r"`([^`]+)`")


def with_code(text: str) -> str:
    """A message or hint of tfi's own, escaped, its `code` as <code> (not backticks on the page)."""
    return _CODE_SPAN.sub(r"<code>\1</code>", e(text))


def render_page(page: Page) -> str:
    buffer = io.StringIO()
    write_page(page, None, buffer)
    return buffer.getvalue()


def write_page(page: Page, sections: Iterable[str] | None, out: TextOut) -> None:
    """The page, its plans' sections (`plan_section` of each, given as HTML; None: those of `page.plans`)
    written one at a time. The overview counts the plans (`page.plans` may be left empty when their HTML
    comes from elsewhere)."""
    if sections is None:
        sections = (plan_section(plan) for plan in page.plans)
    criteria = sum(plan.criteria for plan in page.overview.plans)
    footer = t(
        "Made by tfi {version} from the plans and measurements; verdicts as of {day}. "
        "Figures are shown as the files write them.",
        version=__version__,
        day=page.as_of.isoformat(),
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{language()}">',
        "<head>",
        '<meta charset="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        f"<title>{e(t('TaskForce Integration: plans, targets and verdicts'))}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{e(t('TaskForce Integration: plans, targets and verdicts'))}</h1>",
        (
            f'<p class="meta lead"><span>{e(t("Verdicts as of {day}", day=page.as_of.isoformat()))}</span>'
            f"<span>{e(t('Plans: {count}', count=len(page.overview.plans)))}</span>"
            f"<span>{e(t('Success criteria: {count}', count=criteria))}</span></p>"
        ),
        "</header>",
    ]
    out.write("\n".join(part for part in parts if part) + "\n")
    for piece in overview_pieces(page.overview):
        out.write(piece)
    for section in sections:
        if section:
            out.write("\n" + section)
    ending = [
        files_section(page.files) if page.files else "",
        f"<footer><p>{e(footer)}</p></footer>",
        "</body>",
        "</html>",
    ]
    out.write("".join("\n" + part for part in ending if part) + "\n")


# --- pieces used everywhere -----------------------------------------------------------------------


# Verdicts whose reason says more than the verdict's word (another method, a figure too early, a waiver).
EXPLAINED = (Status.NOT_MET, Status.NOT_COMPARABLE, Status.WAIVED, Status.NO_FINAL, Status.DEPENDS)


def verdict_badge(status: Status) -> str:
    css = status.value.replace(" ", "-")
    return (
        f'<span class="verdict {css}"><span class="symbol" aria-hidden="true">{charts.STATUS_SYMBOL[status]}</span>'
        f"{e(status_label(status))}</span>"
    )


def progress_text(row: Row) -> str:
    if row.progress is None:
        return ""
    share = format_number(row.progress * 100)
    if row.on_track is True:
        return t("{share} % of the way, on track", share=share)
    if row.on_track is False:
        return t("{share} % of the way, at risk", share=share)
    return t("{share} % of the way", share=share)


def verdict_cell(row: Row) -> str:
    parts = [verdict_badge(row.status)]
    progress = progress_text(row)
    if progress:
        css = "ok" if row.on_track else "bad" if row.on_track is False else ""
        parts.append(f'<span class="track {css}">{e(progress)}</span>')
    if row.reason and row.status in EXPLAINED:
        parts.append(f'<span class="reason">{in_its_language(row.reason, row.reason_language)}</span>')
    return "".join(parts)


def counts_list(counts: dict[str, int]) -> str:
    items = []
    for status in STATUS_ORDER:
        count = counts.get(status.value, 0)
        css = "" if count else ' class="none"'
        items.append(
            f'<li data-status="{e(status.value)}"{css}>{verdict_badge(status)} '
            f'<strong class="count">{count}</strong></li>'
        )
    return f'<ul class="keys counts">{"".join(items)}</ul>'


# --- overview -------------------------------------------------------------------------------------


def overview_section(overview: Overview) -> str:
    return "".join(overview_pieces(overview))


def overview_pieces(overview: Overview) -> Iterator[str]:
    """The overview section a piece at a time (a row a plan), so that a page of many plans is never
    held whole: its rows are about 1.3 KB a plan in memory (the status marks make the text two bytes a
    character)."""
    head = (
        f'<thead><tr><th>{e(t("Plan"))}</th><th class="num">{e(t("Period"))}</th>'
        f'<th class="num">{e(t("Criteria"))}</th><th>{e(t("Verdicts"))}</th></tr></thead>'
    )
    yield '<section class="overview" id="overview">\n'
    yield f"<h2>{e(t('Overview'))}</h2>\n"
    yield f'<table class="plans">{head}<tbody>'
    for plan in overview.plans:
        yield (
            f'<tr data-plan="{e(plan.id)}"><td><a href="#{e(plan.anchor)}">{e(plan.title)}</a><br/>'
            f'<span class="id">{e(plan.id)}</span></td>'
            f'<td class="num">{e(plan.start.isoformat())} –<br/>{e(plan.end.isoformat())}</td>'
            f'<td class="num">{plan.criteria}</td>'
            f'<td>{charts.status_bar(plan.counts)}<br/><span class="small">{e(charts.counts_words(plan.counts))}</span></td></tr>'
        )
    total = sum(plan.criteria for plan in overview.plans)
    yield (
        f'<tr class="totals"><td>{e(t("All plans"))}</td><td></td><td class="num">{total}</td>'
        f"<td>{charts.status_bar(overview.counts)}<br/>"
        f'<span class="small">{e(charts.counts_words(overview.counts))}</span></td></tr>'
    )
    yield "</tbody></table>\n"
    yield "\n".join(
        [
            f"<h3>{e(t('Verdicts on all success criteria'))}</h3>",
            counts_list(overview.counts),
            f'<p class="note">{e(t("Each verdict is shown by a symbol and a word, never by colour alone."))}</p>',
            f"<h3>{e(t('Files that fail tfi check'))}</h3>",
            check_overview(overview),
            "</section>",
        ]
    )


def check_overview(overview: Overview) -> str:
    counts = overview.check_counts
    tally = (
        f'<p class="meta"><span>{e(t("Files checked: {count}", count=counts["files"]))}</span>'
        f"<span>{e(t('Errors: {count}', count=counts['error']))}</span>"
        f"<span>{e(t('Warnings: {count}', count=counts['warning']))}</span>"
        f"<span>{e(t('Info: {count}', count=counts['info']))}</span>"
        f"<span>{e(t('Waived: {count} (errors: {errors})', count=counts['waived'], errors=counts['waived_error']))}"
        "</span></p>"
    )
    if not overview.failing:
        return f'<p class="ok failing-none">{e(t("None: every file passes tfi check."))}</p>' + tally
    items = "".join(
        f'<li data-file="{e(failing.file)}" data-errors="{failing.errors}"><a href="#{e(failing.anchor)}">'
        f"{e(failing.file)}</a> ({e(t('errors: {count}', count=failing.errors))})</li>"
        for failing in overview.failing
    )
    warning = t("These files fail tfi check; what they say may be wrong or left out below:")
    return f'<div class="alert failing"><p class="bad">{e(warning)}</p><ul>{items}</ul></div>' + tally


# --- one plan -------------------------------------------------------------------------------------


def plan_section(plan: PlanSection) -> str:
    meta = [
        f'<span class="id">{e(plan.id)}</span>',
        f"<span>{e(t('Period: {start} – {end}', start=plan.start.isoformat(), end=plan.end.isoformat()))}</span>",
        f"<span>{e(plan.document_kind)}</span>",
    ]
    if plan.source:
        meta.append(f"<span>{e(plan.source)}</span>")
    if plan.file:
        meta.append(f"<span>{e(t('File: {file}', file=plan.file))}</span>")
    return "\n".join(
        [
            f'<section class="plan" id="{e(plan.anchor)}" data-plan="{e(plan.id)}">',
            f"<h2>{e(plan.title)}</h2>",
            f'<p class="meta">{"".join(meta)}</p>',
            f'<div class="keep">{charts.status_bar(plan.counts)} <span class="small">{e(charts.counts_words(plan.counts))}</span></div>',
            waived_errors_part(plan.waived_errors),
            capacity_part(plan.capacity, plan.anchor),
            trends_part(plan.trends, plan.anchor),
            criteria_part(plan.criteria),
            findings_part(plan.findings),
            "</section>",
        ]
    )


def waived_errors_part(findings: list[Finding]) -> str:
    """Waived is not gone: the plan's errors that a waiver keeps from failing tfi check, at the top of its
    section, each with the waiver's reason and who approved it (or that no one did)."""
    if not findings:
        return ""
    unapproved = sum(1 for finding in findings if finding.waiver_unapproved)
    heading = t("Standing waived errors: {count}", count=format_number(len(findings)))
    note = t(
        "A waiver keeps these from failing tfi check; the plan still breaks the rules. Unapproved: {count}.",
        count=format_number(unapproved),
    )
    items = "".join(
        f'<li data-rule="{e(finding.rule)}" data-approved="{"false" if finding.waiver_unapproved else "true"}">'
        f'<span class="id">{e(finding.rule)}</span> <span class="message">{with_code(finding.message)}</span><br/>'
        f'<span class="tag">{e(t("waived"))}</span><span class="reason">{finding_waiver(finding)}</span></li>'
        for finding in findings
    )
    return (
        f'<div class="alert waived-errors" data-waived-errors="{len(findings)}" data-unapproved="{unapproved}">'
        f"<p><strong>{e(heading)}</strong> {e(note)}</p><ul>{items}</ul></div>"
    )


def capacity_part(view: CapacityView, key: str) -> str:
    heading = f"<h3>{e(t('Årsværk against the mandate'))}</h3>"
    if view.state == "no-mandate":
        text = t(
            "This plan names no mandate: its areas spend none of the task force's capacity, so there is no "
            "balance to show."
        )
        body = f'<p class="no-mandate">{e(text)}</p>'
    elif view.state == "unknown-mandate":
        text = t("The mandate {mandate} is not among the files read, so its capacity is unknown.", mandate=view.mandate)
        body = f'<p class="bad">{e(text)}</p>'
    elif view.state == "no-capacity":
        text = t("The mandate {mandate} gives no capacity on the plan's first day.", mandate=view.mandate)
        body = f'<p class="bad">{e(text)}</p>'
    else:
        body = capacity_figure(view, key)
    return heading + "\n" + body + area_lists(view)


def capacity_figure(view: CapacityView, key: str) -> str:
    assert view.capacity is not None
    sentence = charts.capacity_sentence(view)
    difference = view.difference
    caption = e(
        t(
            "Capacity from the mandate {mandate} ({decision}). Each segment is an area, numbered as in the list below.",
            mandate=view.mandate,
            decision=view.decision,
        )
    )
    alert = ""
    if difference != 0:
        waived = ""
        if view.waiver_reason:
            waived = (
                f'<br/><span class="small">{e(t("The plan waives this:"))} '
                f"{waiver_html(view.waiver_reason, view.waived_language, view.waiver_approval)}</span>"
            )
        alert = f'<div class="alert"><strong>{e(sentence)}</strong>{waived}</div>'
    else:
        alert = f'<p class="ok">{e(sentence)}</p>'
    return (
        f'<figure class="capacity keep" data-spent="{e(plain_number(view.total))}" '
        f'data-capacity="{e(plain_number(view.capacity))}" data-difference="{e(plain_number(difference))}">'
        f"{charts.capacity_bar(view, key)}<figcaption>{caption}</figcaption></figure>{alert}"
    )


def area_lists(view: CapacityView) -> str:
    if not (view.core or view.elsewhere):
        return ""  # no area states årsværk (goals without a mandate): a list of "not stated" says nothing
    rows = []
    for index, share in enumerate(view.core):
        rows.append(
            f'<tr data-area="{e(share.id)}"><td class="num">{charts.swatch(index)}{share.number}</td>'
            f"<td>{e(share.title)}{decisions_note(share.decisions)}</td>"
            f'<td class="num">{e(format_number(share.årsværk, as_written=True))}</td></tr>'
        )
    if view.core:
        rows.append(
            f'<tr class="totals"><td></td><td>{e(t("Core årsværk in all"))}</td>'
            f'<td class="num">{e(format_number(view.total))}</td></tr>'
        )
    for share in view.elsewhere:
        rows.append(
            f'<tr data-area="{e(share.id)}"><td class="num">{share.number}</td><td>{e(share.title)} '
            f'<span class="tag">{e(t("funded from elsewhere"))}</span>{decisions_note(share.decisions)}</td>'
            f'<td class="num">{e(format_number(share.årsværk, as_written=True))}</td></tr>'
        )
    for share in view.unstated:
        rows.append(
            f'<tr data-area="{e(share.id)}"><td class="num">{share.number}</td>'
            f'<td>{e(share.title)}{decisions_note(share.decisions)}</td><td class="num">{e(t("not stated"))}</td></tr>'
        )
    head = f'<thead><tr><th class="num">{e(t("No."))}</th><th>{e(t("Area"))}</th><th class="num">{e(t("Årsværk"))}</th></tr></thead>'
    return f'<table class="areas">{head}<tbody>{"".join(rows)}</tbody></table>'


def trends_part(trends: list[Trend], key: str) -> str:
    if not trends:
        return ""
    figures = []
    for number, trend in enumerate(trends, start=1):
        figures_text = ", ".join(f"{p.mark.label} ({moment_label(p.moment)})" for p in trend.points)
        targets = "; ".join(t("{level} by {due}", level=path.level.label, due=path.due) for path in trend.paths)
        if targets:
            description = t(
                "{indicator}: figures {figures}; target {targets}.",
                indicator=trend.title,
                figures=figures_text,
                targets=targets,
            )
        else:
            description = t(
                "{indicator}: figures {figures}; no target level to draw.", indicator=trend.title, figures=figures_text
            )
        keys = [("measured", t("a measured figure")), ("baseline", t("the baseline"))]
        if trend.paths:
            keys += [("path", t("straight path from baseline to target")), ("target", t("the target"))]
        if charts.shows_as_of(trend):
            keys.append(("as-of", t("the day judged")))
        legend = "".join(f"<li>{charts.legend_line(kind)}{e(word)}</li>" for kind, word in keys)
        verdicts = "".join(
            f'<li><span class="id">{e(row.criterion)}</span> {e(t("target: {target}", target=row.target))} '
            f"{verdict_badge(row.status)} {e(progress_text(row))}</li>"
            for row in trend.rows
        )
        figures.append(
            f'<figure class="trend keep" data-indicator="{e(trend.indicator)}">'
            f'<p class="chart-title"><strong>{e(trend.title)}</strong> <span class="id">{e(trend.indicator)}</span></p>'
            f"{charts.trend_chart(trend, f'{key}-trend-{number}', description)}"
            f'<figcaption><ul class="keys">{legend}</ul><ul class="verdicts">{verdicts}</ul></figcaption></figure>'
        )
    return f"<h3>{e(t('Indicators over time'))}</h3>\n" + "\n".join(figures)


def criteria_part(lines: list[CriterionLine]) -> str:
    """One block per criterion: its wording across the table, then target, measured, bar and verdict."""
    heading = f"<h3>{e(t('Success criteria'))}</h3>"
    if not lines:
        return heading + f"<p>{e(t('The plan states no success criteria.'))}</p>"
    head = (
        f"<thead><tr><th>{e(t('Target'))}</th><th>{e(t('Measured'))}</th>"
        f"<th>{e(t('From baseline (or 0) to target, ▼ measured'))}</th><th>{e(t('Verdict'))}</th></tr></thead>"
    )
    blocks = []
    area = None
    for line in lines:
        if line.area != area:
            area = line.area
            blocks.append(f'<tbody class="area"><tr><th class="area" colspan="4">{e(area)}</th></tr></tbody>')
        row = line.row
        depth = f' style="padding-left: {6 + 18 * row.depth}px"' if row.depth else ""
        arrow = "↳ " * row.depth
        when = f'<br/><span class="note">{e(moment_label(row.actual_date))}</span>' if row.actual_date else ""
        actual = "—" if row.actual is None else e(row.actual) + when
        bar = charts.target_bar(line.bar, bar_description(line.bar)) if line.bar else ""
        blocks.append(
            f'<tbody class="criterion" data-criterion="{e(row.criterion)}" data-status="{e(row.status.value)}">'
            f'<tr class="wording"><td colspan="4"{depth}>{e(arrow)}{e(row.text)} <span class="id">{e(row.criterion)}</span>'
            f"{decisions_note(row.decisions)}</td></tr>"
            f'<tr class="figures"><td>{e(row.target)}</td><td>{actual}</td><td class="bar">{bar}</td>'
            f"<td>{verdict_cell(row)}</td></tr></tbody>"
        )
    return heading + f'<table class="criteria">{head}{"".join(blocks)}</table>'


def decisions_note(decisions: tuple[dict[str, str | None], ...]) -> str:
    """The standing questions decided in the plan, one small line each, under a criterion's wording or an area's title."""
    lines = []
    for decision in decisions:
        if decision["about"] == "reading":
            text = t("Reading confirmed against the source by {by} on {on}", by=decision["by"], on=decision["on"])
        elif decision["about"] == "criteria":
            text = t(
                "The source gives no success criteria (decided by {by} on {on})", by=decision["by"], on=decision["on"]
            )
        else:
            text = t(
                "The source does not say how it is measured (decided by {by} on {on})",
                by=decision["by"],
                on=decision["on"],
            )
        if decision["note"]:
            text += f": {decision['note']}"
        lines.append(f'<br/><span class="small">{e(text)}</span>')
    return "".join(lines)


def bar_description(bar: TargetBar) -> str:
    if bar.upper is not None:
        if bar.actual is not None:
            return t(
                "From {start}; target between {low} and {high}; measured {actual}.",
                start=bar.start.label,
                low=bar.target.label,
                high=bar.upper.label,
                actual=bar.actual.label,
            )
        return t(
            "From {start}; target between {low} and {high}; nothing measured yet.",
            start=bar.start.label,
            low=bar.target.label,
            high=bar.upper.label,
        )
    if bar.actual is not None:
        return t(
            "From {start} to the target {target}; measured {actual}.",
            start=bar.start.label,
            target=bar.target.label,
            actual=bar.actual.label,
        )
    return t(
        "From {start} to the target {target}; nothing measured yet.", start=bar.start.label, target=bar.target.label
    )


# --- findings -------------------------------------------------------------------------------------

SEVERITY_SYMBOL = {Severity.ERROR: "■", Severity.WARNING: "▲", Severity.INFO: "●"}


def findings_part(findings: list[Finding]) -> str:
    heading = f"<h3>{e(t('Findings of tfi check'))}</h3>"
    if not findings:
        return heading + f'<p class="ok">{e(t("No findings: the file passes tfi check without remarks."))}</p>'
    return heading + findings_table(findings)


def findings_table(findings: list[Finding]) -> str:
    head = (
        f'<thead><tr><th>{e(t("Severity"))}</th><th class="num">{e(t("Line"))}</th><th>{e(t("Rule"))}</th>'
        f"<th>{e(t('Finding'))}</th></tr></thead>"
    )
    rows = []
    for finding in findings:
        severity = finding.severity
        waived = ""
        css = f"finding {severity.value}"
        if finding.waived:
            css += " waived-finding"
            waived = (
                f'<br/><span class="tag">{e(t("waived"))}</span><span class="reason">{finding_waiver(finding)}</span>'
            )
        hint = f'<span class="reason">{with_code(finding.hint)}</span>' if finding.hint and not finding.waived else ""
        line = str(finding.line) if finding.line else "—"
        rows.append(
            f'<tr class="{css}" data-rule="{e(finding.rule)}" data-severity="{e(severity.value)}" '
            f'data-waived="{"true" if finding.waived else "false"}">'
            f'<td><span class="severity {severity.value}"><span aria-hidden="true">{SEVERITY_SYMBOL[severity]}</span> '
            f'{e(severity.label)}</span></td><td class="num">{e(line)}</td><td class="id">{e(finding.rule)}</td>'
            f'<td><span class="message">{with_code(finding.message)}</span>{hint}{waived}</td></tr>'
        )
    return f'<table class="findings">{head}<tbody>{"".join(rows)}</tbody></table>'


def files_section(files: list[FileSection]) -> str:
    parts = ['<section class="files" id="files">', f"<h2>{e(t('Other files checked'))}</h2>"]
    for section in files:
        parts.append(
            f'<div class="file" id="{e(section.anchor)}" data-file="{e(section.file)}">'
            f"<h3>{e(section.file)}</h3>{findings_table(section.findings)}</div>"
        )
    parts.append("</section>")
    return "\n".join(parts)
