"""The report's style sheet, inlined into the page: system fonts only, light backgrounds that
spare a printer's ink, A4 pages with each plan starting on a new one."""

from __future__ import annotations

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto; padding: 20px 24px 40px; max-width: 190mm; background: #FFFFFF; color: #1A1A1A;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans",
    "DejaVu Sans", sans-serif;
  font-size: 10.5pt; line-height: 1.4;
}
h1 { font-size: 19pt; margin: 0 0 4px; line-height: 1.2; }
h2 { font-size: 14pt; margin: 0 0 4px; line-height: 1.25; }
h3 { font-size: 11.5pt; margin: 18px 0 6px; padding-bottom: 2px; border-bottom: 1px solid #BDBDBD; }
p { margin: 4px 0 8px; }
a { color: #0B4F8A; }
.lead { color: #444444; margin-bottom: 14px; }
.meta { color: #444444; font-size: 9.5pt; margin: 0 0 6px; }
.meta span + span::before { content: " · "; }
.id { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 8.5pt; color: #555555; }
.note { color: #444444; font-size: 9pt; }
.small { font-size: 9pt; }
table { width: 100%; border-collapse: collapse; margin: 4px 0 10px; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #DDDDDD; }
thead th { font-size: 9pt; color: #333333; border-bottom: 1.5px solid #1A1A1A; }
tr, figure, .keep { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
td.num, th.num { text-align: right; white-space: nowrap; }
th.area { background: #F2F2F2; font-size: 9.5pt; padding-top: 6px; border-bottom: 1px solid #BDBDBD; }
table.criteria { table-layout: fixed; }
table.criteria th:nth-child(1) { width: 24%; }
table.criteria th:nth-child(2) { width: 20%; }
table.criteria th:nth-child(3) { width: 31%; }
table.criteria th:nth-child(4) { width: 25%; }
table.criteria tbody.criterion { break-inside: avoid; page-break-inside: avoid; }
table.criteria tr.wording td { border-bottom: none; padding-bottom: 0; }
table.criteria tr.figures td { font-size: 9.5pt; padding-top: 3px; }
table.criteria td.bar { padding-left: 2px; padding-right: 2px; }
svg { max-width: 100%; height: auto; overflow: visible; }
svg.swatch, svg.key { vertical-align: -1px; margin-right: 4px; }
svg.chart.status { width: 240px; }
svg.chart.target { width: 100%; }
figure { margin: 6px 0 14px; }
figcaption { font-size: 9.5pt; color: #333333; margin-top: 2px; }
.keys { list-style: none; padding: 0; margin: 2px 0 0; font-size: 9pt; color: #333333; }
.keys li { display: inline-block; margin-right: 14px; }
.chart-title { margin: 8px 0 0; }
ul.verdicts { list-style: none; padding: 0; margin: 4px 0 0; font-size: 9pt; }
ul.verdicts li { margin: 2px 0; }
.verdict { display: inline-block; padding: 0 6px; border-radius: 3px; border: 1px solid;
  font-weight: 600; font-size: 9.5pt; }
.verdict .symbol { font-weight: 700; margin-right: 3px; }
.verdict.met { border-color: #009E73; background: #E0F3EE; }
.verdict.not-met { border-color: #D55E00; background: #FBE7DA; }
.verdict.pending { border-color: #56B4E9; background: #E6F4FC; }
.verdict.no-data { border-color: #8C8C8C; background: #F0F0F0; }
.verdict.no-final-figure { border-color: #0072B2; background: #E6F1F8; }
.verdict.depends-on-the-reading { border-color: #F0E442; background: #FDFBE4; }
.verdict.not-comparable { border-color: #CC79A7; background: #F8EAF2; }
.verdict.qualitative { border-color: #E69F00; background: #FCF1DA; }
.verdict.waived { border-color: #8C8C8C; background: #FFFFFF; border-style: dashed; }
.track { display: block; font-size: 9pt; margin-top: 2px; }
.reason { display: block; font-size: 8.5pt; color: #555555; margin-top: 2px; }
.severity { white-space: nowrap; font-weight: 600; }
.severity.error { color: #B34700; }
.waived-finding, .waived-finding .severity { color: #555555; }
.tag { display: inline-block; font-size: 8pt; border: 1px dashed #8C8C8C; padding: 0 4px; border-radius: 3px;
  margin-right: 4px; color: #333333; white-space: nowrap; }
.ok { color: #006B4F; font-weight: 600; }
.bad { color: #B34700; font-weight: 600; }
.alert { border: 2px solid #D55E00; background: #FDF3EC; padding: 6px 10px; margin: 6px 0 10px; }
.totals td { font-weight: 700; border-top: 1.5px solid #1A1A1A; }
section.plan, section.files { margin-top: 28px; }
footer { margin-top: 28px; font-size: 8.5pt; color: #555555; border-top: 1px solid #BDBDBD; padding-top: 6px; }
@page { size: A4; margin: 14mm 13mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  section.plan, section.files { break-before: page; page-break-before: always; margin-top: 0; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
}
"""
