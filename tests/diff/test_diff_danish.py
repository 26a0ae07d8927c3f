"""`tfi diff --lang da`: every sentence in Danish, the plans' own words kept as they are.

One git repository with two commits holds every kind of difference `tfi diff` knows
(each `DifferenceKind` at least once, in plans, a mandate and measurements files, with
files added, removed, changed in kind, in layout only, and made invalid). The diff of
the two commits is taken in English and in Danish: each Danish sentence must differ
from its English one and keep none of the English templates' words outside the data
(ids in backticks, titles in quotes, paths). A few sentences a reader meets most are
compared word for word.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, git, run_cli
from test_diff import CHANGE_TARGET, COLUMN_BUDGET, MEASUREMENTS, PLAN_2011, edit

from tfi_rules.diff.differences import DifferenceKind
from tfi_rules.diff.files import diff_models
from tfi_rules.diff.run import DiffRun, run_diff
from tfi_rules.diff.sources import resolve_sides
from tfi_rules.i18n import speaking
from tfi_rules.i18n.da import MESSAGES
from tfi_rules.load.typed import typed_text

REPO = Path(__file__).resolve().parents[2]

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


# --- the scenario: one file per group of differences -------------------------------------------

PLAN_A = edit(
    edit(
        edit(PLAN, "id: p\n", "id: a\n"),
        "        measured_by: count\n  - id: forvaltninger\n",
        """\
        measured_by: count
        of_which:
          - id: i-tingbjerg
            text: heraf 2 i Tingbjerg
            target: {kind: at_least, value: 2, unit: count}
      - id: moeder
        text: mindst 10 møder
        target: {kind: at_least, value: 10, unit: count}
        due: 2008-H1
      - id: dialog
        text: mindst 4 dialogmøder
        target: {kind: at_least, value: 4, unit: count}
  - id: forvaltninger
""",
    ),
    "        measured_by: survey\n",
    """\
        measured_by: survey
      - id: besoeg
        text: 20-30 besøg
        target: {kind: range, min: 20, max: 30, unit: count}
        due: 2007-12
""",
) + (
    "      - id: beskaeftigelse\n        text: stigning på 10 procentpoint\n"
    + CHANGE_TARGET
    + """\
      - id: kvalitet
        text: god kvalitet
        target: {kind: qualitative}
  - id: sport
    title: Fra Sport til Job
    criteria: []
  - id: konference
    title: Konference
    årsværk: 1
    funding: {source: other, reference: BIU 2008-06-19 pkt. 12}
  - id: gammelt
    title: Gammelt område
indicators:
  - {id: barometer, title: Integrationsbarometeret, unit: percent}
  - {id: gammel-indikator, title: Gammel indikator, unit: count}
waivers:
  - rule: capacity-balance
    applies_to: /areas
    reason: Kilden fordeler 5 årsværk.
    approved_by: TFI-koordinatoren
  - rule: area-without-criteria
    reason: Kilden angiver ingen.
    approved_by: TFI-koordinatoren
"""
)


def _plan_a_changed() -> str:
    new = edit(PLAN_A, "id: a\ntitle: Arbejdsplan\n", "id: a2\ntitle: Arbejdsplan 2. halvår\n")
    new = edit(new, "mandate: biu-201-2006", "mandate: biu-99-2010")
    new = edit(new, 'case_no: "2007-1"', 'case_no: "2007-2"')
    new = edit(new, "end: 2007-12-31", "end: 2008-01-31")
    # 0.5 årsværk moved from boligomraader to forvaltninger; best-practice raised; sport given 0.5
    new = edit(
        new, "    title: Udsatte boligområder\n    årsværk: 1.5\n", "    title: Udsatte boligområder\n    årsværk: 1\n"
    )
    new = edit(new, "    title: Facilitering\n    årsværk: 1\n", "    title: Facilitering\n    årsværk: 1.5\n")
    new = edit(
        new, "    title: Best practice\n    årsværk: 1.5\n", "    title: Best practice og viden\n    årsværk: 2.25\n"
    )
    new = edit(new, "    title: Fra Sport til Job\n", "    title: Fra Sport til Job\n    årsværk: 0.5\n")
    new = edit(
        new,
        "    årsværk: 1\n    funding: {source: other, reference: BIU 2008-06-19 pkt. 12}\n",
        "    funding: {source: core}\n",
    )
    new = edit(new, "  - id: gammelt\n    title: Gammelt område\n", "")
    new = edit(
        new,
        "indicators:\n",
        "  - id: nyt-omraade\n    title: Nyt område\n    årsværk: 0.25\n"
        "    funding: {source: other, reference: BIU 12/2011}\nindicators:\n",
    )
    # criteria
    new = edit(new, "text: mindst 5 initiativer", "text: mindst fem initiativer")
    new = edit(new, "value: 2, unit: count}", "value: 3, unit: count}")
    new = edit(new, "due: 2008-H1", "due: 2008")
    new = edit(new, "{kind: at_least, value: 4, unit: count}", "{kind: qualitative}")
    new = edit(
        new,
        "      - id: dialog\n",
        "      - id: ny-konference\n        text: en konference\n        target: {kind: done}\n"
        "        due: 2008-H1\n      - id: dialog\n",
    )
    new = edit(new, "value: 75, unit: percent, inferred: true}", "value: 75, unit: percent}")
    new = edit(new, "        measured_by: survey\n", "        measured_by: report\n")
    new = edit(new, "min: 20, max: 30", "min: 20, max: 35")
    new = edit(new, "        due: 2007-12\n", "")
    projektbesoeg = (
        "      - id: projektbesoeg\n        text: mindst 25 projektbesøg\n"
        "        target: {kind: at_least, value: 25, unit: count}\n        measured_by: count\n"
    )
    new = edit(new, projektbesoeg, "")
    new = edit(
        new,
        "  - id: best-practice\n",
        projektbesoeg.replace("value: 25", "value: 20") + "  - id: best-practice\n",
    )
    new = edit(new, "by: 10\n", "by: 12\n          end_level: 66.4\n")
    new = edit(
        new,
        "{value: 54.40, date: 2007-spring, method: gammel metode}",
        "{value: 55, date: 2007-autumn, method: ny metode}",
    )
    new = edit(new, "      - id: kvalitet\n        text: god kvalitet\n        target: {kind: qualitative}\n", "")
    # indicators
    new = edit(new, "title: Integrationsbarometeret,", "title: Integrationsbarometeret 2008,")
    new = edit(
        new,
        "  - {id: gammel-indikator, title: Gammel indikator, unit: count}\n",
        "  - {id: ny-indikator, title: Ny indikator, unit: count}\n",
    )
    # waivers
    new = edit(
        new,
        "approved_by: TFI-koordinatoren\n  - rule:",
        "approved_by: TFI-koordinatoren\n    expires: 2008-12-31\n  - rule:",
    )
    new = edit(
        new,
        "  - rule: area-without-criteria\n    reason: Kilden angiver ingen.\n",
        "  - rule: wording-number\n    applies_to: /areas/0\n    reason: Kildens tal.\n    expires: 2009-06-30\n",
    )
    return new + "notes:\n  - En note.\n" + COLUMN_BUDGET


def _budget_lines_changed() -> str:
    new = edit(PLAN_2011, "      amount: 50000\n", "      amount: 100000\n")
    new = edit(
        new,
        "    - id: religioes-fejring\n      title: Religiøs fejring\n      funding: Bland dig i byen-programmet\n"
        "      amount: 150000\n",
        "    - id: religioes-fejring\n      title: Religiøs fejring\n      funding: Bland dig i byen-programmet\n"
        "      amount: 120000\n",
    )
    new = edit(
        new,
        "    - id: byens-stemmer\n      title: Byens Stemmer\n      funding: Bland dig i byen-programmet\n"
        "      amount: 150000\n",
        "    - id: byens-stemmer-2011\n      title: Byens Stemmer\n      funding: Bland dig i byen-programmet\n"
        "      amount: 200000\n  total: {amount: 1370000}\n",
    )
    return edit(new, "title: Afholdelse af Internationale Dage", "title: Internationale Dage")


def _column_budget_changed(old: str) -> str:
    new = edit(old, "amounts: [24.6, 26.9], total: 51.5", "amounts: [24.6, 27.9], total: 52.5")
    new = edit(new, "amounts: [6.9, 6.9], total: 13.8", "amounts: [6.9, 6.9, 7], total: 20.8")
    new = edit(new, "total: {amounts: [31.5, 33.8], total: 65.3}", "total: {amounts: [31.5, 34.8]}")
    new = edit(new, "  unit: mio_kr\n", "  unit: mio_kr\n  text: Bevillinger\n")
    return edit(new, "    title: Facilitering\n    årsværk: 1\n", "    title: Facilitering\n    årsværk: 0.5\n")


KR_BUDGET = """\
budget:
  unit: kr
  lines:
    - {id: drift, title: Drift, amount: 500000}
"""

MANDATE_OLD = MANDATE + (
    "  - start: 2010-01-01\n    årsværk: 3\n    decision: BIU 3/2009\n    text: 3 årsværk\n"
    "purposes:\n"
    "  - {id: barrierer, text: Identificering af barrierer}\n"
    "  - {id: raadgivning, text: Rådgivning af forvaltningerne}\n"
)


def _mandate_changed() -> str:
    new = edit(MANDATE_OLD, "    årsværk: 4\n", "    årsværk: 5\n")
    new = edit(new, "title: Task force\n", "title: Task Force Integration\n")
    new = edit(
        new,
        "  - start: 2010-01-01\n    årsværk: 3\n    decision: BIU 3/2009\n",
        "  - start: 2012-01-01\n    årsværk: 3\n    decision: BIU 12/2011\n",
    )
    new = edit(new, "Identificering af barrierer", "Identificering af konkrete barrierer")
    return edit(
        new,
        "  - {id: raadgivning, text: Rådgivning af forvaltningerne}\n",
        "  - {id: formidling, text: Formidling af god praksis}\n",
    )


MEASUREMENTS_OLD = MEASUREMENTS + (
    '  - {id: konference-holdt, text: Konferencen er holdt, done: true, date: "2008"}\n'
    '  - {id: vurdering, text: Godt samarbejde, assessment: Samarbejdet er godt, date: "2008"}\n'
)


def _measurements_changed() -> str:
    new = edit(MEASUREMENTS_OLD, "value: 22,", "value: 23,")
    new = edit(new, "text: 35 af 36,", "text: 35 ud af 36,")
    new = edit(new, "title: Status 2008\n", "title: Status for 2008\n")
    new = edit(new, "done: true", "done: false")
    new = edit(
        new,
        '  - {id: vurdering, text: Godt samarbejde, assessment: Samarbejdet er godt, date: "2008"}\n',
        '  - {id: andel, text: "54,4 pct.", value: 54.4, unit: percent, date: "2008"}\n',
    )
    return new + (
        "waivers:\n  - rule: measurement-unit\n    applies_to: /measurements/0\n"
        "    reason: Kilden angiver ingen enhed.\n    approved_by: TFI-koordinatoren\n"
    )


def write_scenario(root: Path) -> None:
    """Two commits in `root`: the old files, then every kind of difference."""
    old = {
        "plans/a.yaml": PLAN_A,
        "plans/b.yaml": PLAN_2011,
        "plans/c.yaml": PLAN + COLUMN_BUDGET,
        "plans/d.yaml": PLAN + KR_BUDGET,
        "plans/e.yaml": PLAN + KR_BUDGET,
        "plans/mandate.yaml": MANDATE_OLD,
        "plans/skift.yaml": edit(PLAN, "id: p\n", "id: skift\n"),
        "plans/layout.yaml": edit(PLAN, "id: p\n", "id: layout\n"),
        "plans/invalid.yaml": edit(PLAN, "id: p\n", "id: invalid\n"),
        "measurements/tfi-2008.yaml": MEASUREMENTS_OLD,
        "measurements/gammel.yaml": edit(MEASUREMENTS_OLD, "id: tfi-2008\n", "id: gammel\n"),
    }
    new = {
        "plans/a.yaml": _plan_a_changed(),
        "plans/b.yaml": _budget_lines_changed(),
        "plans/c.yaml": _column_budget_changed(PLAN + COLUMN_BUDGET),
        "plans/d.yaml": PLAN + KR_BUDGET.replace("unit: kr", "unit: mio_kr").replace("500000", "0.5"),
        "plans/e.yaml": PLAN,
        "plans/mandate.yaml": _mandate_changed(),
        "plans/skift.yaml": edit(MEASUREMENTS, "id: tfi-2008\n", "id: skift\n"),
        "plans/layout.yaml": "# Arbejdsplanen for 2. halvår 2007\n" + edit(PLAN, "id: p\n", "id: layout\n"),
        "plans/invalid.yaml": edit(edit(PLAN, "id: p\n", "id: invalid\n"), "    årsværk: 1\n", "    årsværk: 1,5\n"),
        "plans/q.yaml": edit(PLAN, "id: p\n", "id: q\n") + KR_BUDGET,
        "plans/mandat-2012.yaml": edit(MANDATE, "id: biu-201-2006\n", "id: biu-12-2011\n"),
        "measurements/tfi-2008.yaml": _measurements_changed(),
    }
    for commit, files in (("old", old), ("new", new)):
        for path in list(root.glob("*/*.yaml")):
            path.unlink()
        for relative, text in files.items():
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_text(text, encoding="utf-8")
        if commit == "old":
            git(root, "init", "-q")
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", commit)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scenario")
    write_scenario(root)
    return root


def diff_in(code: str, root: Path) -> DiffRun:
    with speaking(code):
        return run_diff(*resolve_sides("HEAD~1", "HEAD", root))


def sentences_of(run: DiffRun) -> list[str]:
    """Every line said about a file, problems first, as `render` lists them."""
    return [item for file in run.files for item in [*file.problems, *(change.sentence for change in file.changes)]]


# --- every sentence is Danish ------------------------------------------------------------------


@needs_git
def test_the_scenario_holds_every_kind_of_difference(scenario: Path) -> None:
    run = diff_in("da", scenario)
    said = {change.kind for file in run.files for change in file.changes}
    assert said == set(DifferenceKind)
    assert any(file.problems for file in run.files)  # and a side that does not validate


@needs_git
def test_every_danish_sentence_differs_from_its_english_one(scenario: Path) -> None:
    english, danish = diff_in("en", scenario), diff_in("da", scenario)
    assert [(file.path, file.status) for file in danish.files] == [(file.path, file.status) for file in english.files]
    pairs = list(zip(sentences_of(english), sentences_of(danish), strict=True))
    assert len(pairs) > 70
    untranslated = [
        english_sentence for english_sentence, danish_sentence in pairs if english_sentence == danish_sentence
    ]
    assert untranslated == []


def _diff_templates() -> dict[str, str]:
    """Each English message the diff wing passes to t(), with its Danish text."""
    templates = {}
    for path in sorted((REPO / "tfi_rules" / "diff").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t":
                english = node.args[0].value  # type: ignore[attr-defined]
                templates[english] = MESSAGES[english]
    return templates


FIELD_OR_CODE = re.compile(r"\{[A-Za-z_]+\}|`[^`]*`")
DATA = re.compile(r'`[^`]*`|"[^"]*"|\S*/\S*')  # ids and YAML keys, titles, paths and decisions ("BIU 12/2011")
WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> set[str]:
    return {word.lower() for word in WORD.findall(text)}


def english_only_words() -> set[str]:
    """The words of the diff's English templates that its Danish texts do not use ("added", "raised", "the")."""
    templates = _diff_templates()
    english = set().union(*(_words(FIELD_OR_CODE.sub(" ", message)) for message in templates))
    danish = set().union(*(_words(FIELD_OR_CODE.sub(" ", message)) for message in templates.values()))
    return english - danish


def test_the_english_words_looked_for_are_the_templates_words() -> None:
    words = english_only_words()
    assert {"added", "removed", "changed", "raised", "lowered", "moved", "renamed", "the", "of", "from"} <= words
    assert "årsværk" not in words and "budget" not in words  # the same word in both languages is no sign


@needs_git
def test_no_english_template_word_is_left_in_the_danish_output(scenario: Path) -> None:
    english = english_only_words()
    code, text, _ = run_cli(["diff", "HEAD~1", "HEAD", "--lang", "da"], scenario)
    _, markdown, _ = run_cli(["diff", "HEAD~1", "HEAD", "--lang", "da", "--format", "markdown"], scenario)
    assert code == 0
    left = {
        f"{line!r}: {sorted(_words(DATA.sub(' ', line)) & english)}"
        for line in [*text.splitlines(), *markdown.splitlines()]
        if _words(DATA.sub(" ", line)) & english
    }
    assert left == set()


# --- the sentences a reader meets most, word for word -------------------------------------------


def danish(old: str, new: str) -> list[str]:
    """The Danish sentences of the change from `old` to `new` (two versions of one file)."""
    with speaking("da"):
        before, findings = typed_text(old, "old.yaml")
        assert before is not None, findings
        after, findings = typed_text(new, "new.yaml")
        assert after is not None, findings
        return [change.sentence for change in diff_models(before.kind, before.model, after.kind, after.model)]


def test_årsværk_moved_raised_and_the_core_total_in_danish() -> None:
    moved = edit(PLAN_2011, "    årsværk: 2\n", "    årsværk: 1.5\n")
    moved = edit(
        moved, "    årsværk: 1\n    årsværk_text: Rekvireringer", "    årsværk: 1.5\n    årsværk_text: Rekvireringer"
    )
    assert danish(PLAN_2011, moved) == [
        "0,5 årsværk er flyttet fra `inklusion-medborgerskab` til `rekvireringer-raadgivninger`"
    ]
    raised = edit(PLAN, "    årsværk: 1\n", "    årsværk: 1.5\n")
    assert danish(PLAN, raised) == [
        "årsværk for `forvaltninger` er øget fra 1 til 1,5",
        "indsatsområderne bruger i alt 4,5 årsværk af mandatets kapacitet, op fra 4",
    ]


def test_a_criterions_target_changed_in_danish() -> None:
    lowered = edit(
        PLAN_2011, "          value: 60\n          unit: count\n", "          value: 50\n          unit: count\n"
    )
    assert danish(PLAN_2011, lowered) == ["målet for `intdag-foreninger` er sænket fra 60 til 50"]
    change = edit(
        PLAN,
        "        target: {kind: at_least, value: 25, unit: count}\n",
        "        target:\n          kind: change\n          direction: increase\n          by: 10\n"
        "          mode: percentage_points\n          unit: percent\n"
        "          baseline: {value: 54.40, date: 2007-spring}\n",
    )
    assert danish(change, edit(change, "by: 10", "by: 12.5")) == [
        "målet for `projektbesoeg` er hævet fra 10 til 12,5 procentpoint"
    ]


def test_a_budget_line_raised_in_danish_kroner() -> None:
    raised = edit(PLAN_2011, "      amount: 50000\n", "      amount: 100000\n")
    assert danish(PLAN_2011, raised) == [
        "budgetlinjen `dialogkonsulenter` er forhøjet med 50.000 kr., fra 50.000 kr. til 100.000 kr.",
        "summen af budgetlinjerne er forhøjet med 50.000 kr., fra 1.350.000 kr. til 1.400.000 kr.",
    ]


# --- the command speaks Danish when asked, by --lang or by the locale ---------------------------


@needs_git
def test_the_command_in_danish_by_option_and_by_locale(scenario: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, text, _ = run_cli(["diff", "HEAD~1", "HEAD", "--lang", "da"], scenario)
    assert code == 0
    assert text.startswith(
        "Ændringer fra HEAD~1 til HEAD:\n\nplans/a.yaml\n  - planens id er ændret fra `a` til `a2`\n"
    )
    assert "\nplans/q.yaml (tilføjet)\n" in text and "\nmeasurements/gammel.yaml (fjernet)\n" in text
    _, markdown, _ = run_cli(["diff", "HEAD~1", "HEAD", "--format", "markdown", "--lang", "da"], scenario)
    assert markdown.startswith("## Ændringer i planerne fra `HEAD~1` til `HEAD`\n\n### `plans/a.yaml`\n\n")
    assert "### `plans/mandat-2012.yaml` (tilføjet)\n" in markdown
    assert run_cli(["diff", "HEAD", "--lang", "da"], scenario) == (
        0,
        "Ingen ændringer i planer, mandater eller målinger fra HEAD til arbejdsmappen.\n",
        "",
    )
    monkeypatch.setenv("TFI_LANG", "da")
    assert run_cli(["diff", "HEAD~1", "HEAD"], scenario)[1] == text
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    monkeypatch.delenv("TFI_LANG")
    assert run_cli(["diff", "HEAD~1", "HEAD"], scenario)[1] == text
    assert run_cli(["diff", "HEAD~1", "HEAD", "--lang", "en"], scenario)[1].startswith("Changes from HEAD~1 to HEAD:\n")


def test_a_usage_error_in_danish(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "plans").mkdir()
    assert run_cli(["diff", "p.yaml", "plans", "--lang", "da"], tmp_path) == (
        2,
        "",
        "tfi: fejl: kan ikke sammenligne mappen plans med filen p.yaml; angiv to af samme slags\n",
    )


def test_one_of_a_kind_is_said_in_the_singular(tmp_path: Path) -> None:
    # "1 budget lines" and "1 indsatsområder" were said before: a count of one takes the singular.
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "budget.yaml").write_text(PLAN + KR_BUDGET, encoding="utf-8")
    (tmp_path / "b" / "budget.yaml").write_text(PLAN, encoding="utf-8")
    one_area = edit(PLAN[: PLAN.index("  - id: forvaltninger\n")], "id: p\n", "id: one\n").replace(
        "mandate: biu-201-2006\n", ""
    )
    (tmp_path / "b" / "one.yaml").write_text(one_area, encoding="utf-8")
    one_figure = MEASUREMENTS[: MEASUREMENTS.index("  - {id: tilfredshed")]
    (tmp_path / "b" / "status.yaml").write_text(one_figure, encoding="utf-8")
    _, english, _ = run_cli(["diff", "a", "b"], tmp_path)
    assert english.splitlines()[2:] == [
        "budget.yaml",
        "  - budget removed (was 1 budget line, 500,000 kr. in total)",
        "",
        "one.yaml (added)",
        '  - plan `one` added: "Arbejdsplan", 1 area, 1.5 core årsværk, 1 criterion',
        "",
        "status.yaml (added)",
        '  - measurements `tfi-2008` added: "Status 2008", 1 measurement',
    ]
    _, text, _ = run_cli(["diff", "a", "b", "--lang", "da"], tmp_path)
    assert [line for line in text.splitlines() if line.startswith("  - ")] == [
        "  - budgettet er fjernet (var 1 budgetlinje, 500.000 kr. i alt)",
        '  - planen `one` er tilføjet: "Arbejdsplan", 1 indsatsområde, 1,5 årsværk af mandatets kapacitet, '
        "1 succeskriterium",
        '  - målingsfilen `tfi-2008` er tilføjet: "Status 2008", 1 måling',
    ]
