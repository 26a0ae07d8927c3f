"""Flat memory (issue 17 item 2): `tfi check` puts each file's findings in a spool on disk as soon
as the file is checked, and `tfi verdict --format json|csv` each plan's rows; the outputs are
written from there a file (a plan) at a time, and are the same, byte for byte, as when every
finding and row was kept in memory. bench/memory.py measures the peaks as whole processes."""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import PLAN, bench_module, run_cli

from tfi_rules.check.pipeline import check_paths
from tfi_rules.check.result import CheckResult
from tfi_rules.check.standing import waived_errors_by_plan
from tfi_rules.config import Config
from tfi_rules.findings import Severity
from tfi_rules.i18n import set_language
from tfi_rules.output import REPORTER_NAMES, reporter
from tfi_rules.output.base import rendered
from tfi_rules.report import build_page
from tfi_rules.report import render as render_page
from tfi_rules.report.page import SpooledLines
from tfi_rules.report.stream import ReportPage, build_report
from tfi_rules.verdict.render import render, rows_with_status, write_rows
from tfi_rules.verdict.run import run_verdict

REPO = Path(__file__).resolve().parents[2]
AS_OF = date(2012, 6, 30)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's plans and measurements, eight copies of plans/2011.yaml (each with its own id:
    about 30 findings a copy) and a plan of 120 unknown keys (past the limit of findings a file)."""
    root = tmp_path_factory.mktemp("streaming")
    shutil.copytree(REPO / "plans", root / "plans")
    shutil.copytree(REPO / "measurements", root / "measurements")
    # Without its recorded decisions, as bench/corpus.py's heavy copies: the decisions settle the findings.
    source = bench_module("corpus").without_decisions((REPO / "plans" / "2011.yaml").read_text(encoding="utf-8"))
    for number in range(8):
        text = re.sub(r'^id: "2011"$', f'id: "2011-kopi-{number}"', source, count=1, flags=re.MULTILINE)
        (root / "plans" / f"2011-kopi-{number}.yaml").write_text(text, encoding="utf-8")
    unknown = "".join(f"extra_{index:03d}: 1\n" for index in range(120))
    (root / "plans" / "zz-unknown.yaml").write_text(PLAN + unknown, encoding="utf-8")
    return root


@pytest.mark.parametrize("max_findings", [100, 3, 0])
def test_a_spooled_check_writes_what_one_in_memory_renders(corpus: Path, max_findings: int) -> None:
    paths = [corpus / "plans", corpus / "measurements"]
    config = Config(max_findings=max_findings)
    kept = check_paths(paths, config, today=AS_OF)
    spooled = check_paths(paths, config, today=AS_OF, spool=True)
    try:
        assert spooled.findings == [] and spooled.spool is not None and len(spooled.spool) > 8
        assert kept.findings and spooled.counts() == kept.counts() and spooled.unlisted == kept.unlisted
        assert spooled.listed_files() == kept.listed_files()
        for fail_on in Severity:
            assert spooled.failed(fail_on) == kept.failed(fail_on)
            assert spooled.listed_failing(fail_on) == kept.listed_failing(fail_on)
        for name in REPORTER_NAMES:
            for fail_on in (Severity.ERROR, Severity.INFO):
                chosen = reporter(name, fail_on=fail_on)
                assert rendered(chosen, spooled) == chosen.render(kept), name
    finally:
        spooled.close()


def test_a_check_holds_the_findings_of_one_file_at_a_time(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    most = 0
    add = CheckResult.add

    def counting(self: CheckResult, findings: object) -> None:
        nonlocal most
        add(self, findings)  # type: ignore[arg-type]
        most = max(most, len(self._pending))

    monkeypatch.setattr(CheckResult, "add", counting)
    plans = sorted((corpus / "plans").glob("2011-kopi-*.yaml"))
    result = check_paths([corpus / "plans" / "mandate.yaml", *plans], Config(max_findings=0), today=AS_OF, spool=True)
    try:
        assert result.counts()["info"] >= 8 * 12 and most == 1  # findings of more than one file never waited
    finally:
        result.close()


@pytest.mark.parametrize("language", ["en", "da"])
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_spooled_verdict_writes_what_one_in_memory_renders(corpus: Path, fmt: str, language: str) -> None:
    set_language(language)
    try:
        plans, measurements = [corpus / "plans"], [corpus / "measurements"]
        kept = run_verdict(plans, measurements, AS_OF, keep_plans=False)
        spooled = run_verdict(plans, measurements, AS_OF, keep_plans=False, spool=True)
        assert spooled.rows == [] and list(spooled.all_rows()) == kept.rows and len(kept.rows) > 100
        assert spooled.any_not_met() == kept.any_not_met()
        for statuses in ([], ["no data"], ["met", "not met"]):
            chosen = [row for row in kept.rows if not statuses or row.status.value in statuses]
            out = io.StringIO()
            write_rows(rows_with_status(spooled.all_rows(), statuses), fmt, out, kept.waived_errors)
            assert out.getvalue() == render(kept, chosen, fmt)
        spooled.close()
    finally:
        set_language("en")


def test_verdict_json_and_csv_from_the_command_line_are_those_rendered(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)  # files are named as the command line names them, from where it stands
    paths = [Path("plans"), Path("measurements")]
    kept = run_verdict(paths[:1], paths[1:], AS_OF, keep_plans=False)
    # the command line adds each plan's standing waived errors (the corpus has no configuration file)
    kept.waived_errors.update(waived_errors_by_plan(kept.waiver_files, Config(), AS_OF, paths))
    assert kept.waived_errors  # the repository's 2009 plan spends 5 årsværk of 4: waived, not gone
    for fmt in ("json", "csv"):
        code, out, _ = run_cli(["verdict", "--format", fmt, "--as-of", AS_OF.isoformat()], corpus)
        assert code == 1 and out == render(kept, kept.rows, fmt)  # 1: zz-unknown.yaml does not validate
    for status in ("met", "waived"):
        code, out, _ = run_cli(
            ["verdict", "--format", "json", "--status", status, "--as-of", AS_OF.isoformat()], corpus
        )
        assert code == 1 and out == render(kept, [row for row in kept.rows if row.status.value == status], "json")


@pytest.mark.parametrize(
    ("language", "chunk", "held"),
    [("en", 256, 1000), ("da", 256, 1000), ("en", 5, 0)],  # the overview's lines in memory; on disk, in 3 chunks
)
def test_the_report_written_a_plan_at_a_time_is_the_page_built_whole(
    corpus: Path, language: str, chunk: int, held: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SpooledLines, "CHUNK", chunk)
    monkeypatch.setattr(SpooledLines, "HELD", held)
    set_language(language)
    try:
        plans, measurements = [corpus / "plans"], [corpus / "measurements"]
        streamed = build_report(plans, measurements, AS_OF, None, [*plans, *measurements])
        assert streamed.sections is not None and streamed.page.plans == [] and len(streamed.sections) == 12  # 4 + 8
        lines = streamed.page.overview.plans
        assert (
            isinstance(lines, SpooledLines)
            and len(lines) == 12
            and len(list(lines)) == len({line.id for line in lines}) == 12
        )
        out = io.StringIO()
        streamed.write(out)
        streamed.close()
        page, failed = build_page(plans, measurements, AS_OF, None, [*plans, *measurements])
        assert out.getvalue() == render_page(page) and streamed.failed() == failed is True
    finally:
        set_language("en")


def built_once(monkeypatch: pytest.MonkeyPatch, *paths: list[Path]) -> tuple[ReportPage, list[str]]:
    """`build_report` of `paths` (plans, measurements, context), and the names of the check and verdict runs it made."""
    import tfi_rules.check.pipeline
    import tfi_rules.report.stream

    runs: list[str] = []
    check, verdict = tfi_rules.check.pipeline.check_paths, tfi_rules.report.stream.run_verdict

    def counted(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            runs.append(name)
            return function(*args, **kwargs)

        return call

    with monkeypatch.context() as patch:
        patch.setattr(tfi_rules.check.pipeline, "check_paths", counted("check", check))
        patch.setattr(tfi_rules.report.stream, "run_verdict", counted("verdict", verdict))
        return build_report(paths[0], paths[1], AS_OF, None, paths[2]), runs


def written(built: ReportPage) -> str:
    out = io.StringIO()
    built.write(out)
    built.close()
    return out.getvalue()


def test_a_plan_id_in_two_files_has_its_page_built_whole_from_one_check_and_one_verdict(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The page gives each of the two plans the rows of both: the first section cannot be written
    # before the second plan is read. The page is gathered whole from the check and verdict run made.
    shutil.copytree(corpus / "plans", tmp_path / "plans")
    shutil.copy(REPO / "plans" / "2011.yaml", tmp_path / "plans" / "2011-igen.yaml")
    paths = [tmp_path / "plans"], [corpus / "measurements"], [tmp_path / "plans", corpus / "measurements"]
    built, runs = built_once(monkeypatch, *paths)
    assert runs == ["check", "verdict"] and built.sections is None and len(built.page.plans) == 13
    failed = built.failed()
    page, whole_failed = build_page(*paths[:2], AS_OF, None, paths[2])
    assert written(built) == render_page(page) and failed == whole_failed is True
    code, out, _ = run_cli(["report", "plans", "--measurements", str(corpus / "measurements"), "-o", "-"], tmp_path)
    assert code == 1 and out.count('<section class="plan"') == 13


def test_a_measurement_file_among_the_plans_has_its_page_built_whole_from_one_check_and_one_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Read after the plans (by name), the figures count for plans already judged: they are judged again.
    shutil.copytree(REPO / "plans", tmp_path / "plans")
    shutil.copytree(REPO / "measurements", tmp_path / "measurements")
    (tmp_path / "measurements" / "tfi-2008.yaml").rename(tmp_path / "plans" / "zz-tfi-2008.yaml")
    paths = [tmp_path / "plans"], [tmp_path / "measurements"], [tmp_path / "plans", tmp_path / "measurements"]
    built, runs = built_once(monkeypatch, *paths)
    assert runs == ["check", "verdict"] and built.sections is None and len(built.page.plans) == 4
    page, _failed = build_page(*paths[:2], AS_OF, None, paths[2])
    assert written(built) == render_page(page)
    # The verdicts of the file in measurements/: its figures count wherever it lies.
    where_it_belongs = build_page([REPO / "plans"], [REPO / "measurements"], AS_OF, None, [REPO])[0]
    assert built.page.overview.counts == where_it_belongs.overview.counts and built.page.overview.counts["not met"]


def test_a_mandate_read_after_the_plans_has_its_page_built_whole_with_the_capacity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A mandate named for its decision is read after plans sorted before it: the sections already
    # handed over had no capacity ("not among the files read"); the page is built whole instead.
    shutil.copytree(REPO / "plans", tmp_path / "plans")
    (tmp_path / "plans" / "mandate.yaml").rename(tmp_path / "plans" / "zz-kapacitet.yaml")
    paths = [tmp_path / "plans"], [REPO / "measurements"], [tmp_path / "plans", REPO / "measurements"]
    built, runs = built_once(monkeypatch, *paths)
    assert runs == ["check", "verdict"] and built.sections is None and len(built.page.plans) == 4
    html = written(built)
    page, _failed = build_page(*paths[:2], AS_OF, None, paths[2])
    assert html == render_page(page)
    assert (
        "not among the files read" not in html and html.count('<figure class="capacity') == 3
    )  # not the city's policy


def test_the_memory_bench_runs_each_command_as_a_child_of_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    try:
        import memory
    finally:
        sys.path.remove(str(REPO / "bench"))
    [(rss, seconds, code)] = memory.measure([2], ["check"])["check"]
    assert 10 < rss < 500 and seconds > 0 and code == 0
    assert "2 plans  check" in capsys.readouterr().out


def test_a_spool_without_a_temporary_folder_holds_its_chunks_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    from tfi_rules.spool import Spool

    def refused(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    spool: Spool[str] = Spool(hold=0)  # every chunk to the file at once
    spool.put("b", [1, 2])
    spool.put("a", [3])
    spool.put("b", [4])
    spool.replace("a", [5])
    assert list(spool) == [("b", [1, 2, 4]), ("a", [5])] and spool.get("c") == []
    spool.close()


@pytest.mark.parametrize("hold", [0, 3, 1000])  # on disk from the first chunk, from the fourth record, never
def test_a_spool_keeps_each_keys_chunks_in_order_and_its_place_when_replaced(hold: int) -> None:
    from tfi_rules.spool import Spool

    spool: Spool[str] = Spool(hold=hold)
    spool.put("a", [1])
    spool.put("b", [2])
    spool.put("a", [3])
    spool.put("a", [4, 5])
    spool.replace("b", [6])
    spool.put("b", [7])
    spool.replace("a", [8])
    assert list(spool) == [("a", [8]), ("b", [6, 7])]
    assert spool.keys() == ["a", "b"] and len(spool) == 2 and "b" in spool and "c" not in spool
    spool.close()
    assert list(spool) == [] and spool.get("a") == []


def test_a_spool_makes_its_file_only_past_the_records_it_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    """A check of a few files puts its findings aside without a temporary file (nor the imports of one);
    more records than `hold` all go to the file, and come back as they were put."""
    import tempfile

    from tfi_rules.spool import Spool

    made: list[object] = []
    temporary_file = tempfile.TemporaryFile

    def counted(*args: Any, **kwargs: Any) -> Any:
        made.append(temporary_file(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(tempfile, "TemporaryFile", counted)
    spool: Spool[str] = Spool(hold=4)
    reused = [1, 2]
    spool.put("a", reused)
    reused.append(99)  # a caller's list, changed after it was put: the chunk is what was put
    spool.put("b", [3, 4])
    assert made == [] and list(spool) == [("a", [1, 2]), ("b", [3, 4])]
    spool.put("a", [5])
    assert len(made) == 1 and list(spool) == [("a", [1, 2, 5]), ("b", [3, 4])]
    spool.put("c", [6])
    assert len(made) == 1 and spool.get("c") == [6]
    spool.close()
