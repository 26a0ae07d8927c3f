"""Reading and validating files speaks Danish: every broken file gets its answer in Danish too.

Each file of the hardening corpus (`tests/corpus/`, and the byte-level and
oversized inputs `test_corpus.py` generates) is checked once in English and
once in Danish. The findings must be the same findings (rule, line, column),
and every message and hint must be Danish: not the English text, and with no
`{field}` left unfilled. Then a few mistakes people really make, word for word.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_corpus import CORPUS, CORPUS_FILES, GENERATED_BYTES, _big

import cli
from tfi_rules.check.pipeline import check_paths
from tfi_rules.config import ConfigError, parse_config
from tfi_rules.findings import Finding
from tfi_rules.i18n import FIELD, speaking
from tfi_rules.load import reading
from tfi_rules.load.discovery import PathError, discover
from tfi_rules.load.loader import LoadError, load_file, load_text
from tfi_rules.load.validation import _explain
from tfi_rules.model import Plan
from tfi_rules.model.pydantic_models import pydantic_model
from tfi_rules.suggest import did_you_mean

# The generated big files worth a second run (the 30 MB one only repeats `yaml-too-large`).
BIG_NAMES = ["deep-10000-flow", "deep-1500-block", "number-of-1.9-mb", "line-of-3-mb"]


def findings_of(path: Path) -> list[Finding]:
    """The findings of `tfi check PATH` in the language in use, in a language-free order."""
    result = check_paths([path])
    return sorted(result.findings, key=lambda f: (f.line, f.column, f.rule, f.pointer))


def assert_same_findings_in_danish(path: Path) -> None:
    english = findings_of(path)
    with speaking("da"):
        danish = findings_of(path)
    assert english, f"{path.name}: the corpus file should give at least one finding"
    assert [(f.rule, f.line, f.column) for f in danish] == [(f.rule, f.line, f.column) for f in english]
    for en, da in zip(english, danish, strict=True):
        assert da.message != en.message, f"untranslated message: {en.message}"
        assert bool(da.hint) == bool(en.hint), (en.hint, da.hint)
        if en.hint:
            assert da.hint != en.hint, f"untranslated hint: {en.hint}"
        for text in (da.message, da.hint):
            assert not FIELD.search(text), f"a field left unfilled: {text}"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda path: path.stem)
def test_a_corpus_file_gets_the_same_findings_in_danish(path: Path, tmp_path: Path) -> None:
    # A copy outside the repository, as test_corpus.py checks it: no plans/ above it lends context.
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    assert_same_findings_in_danish(copy)


@pytest.mark.parametrize("name", GENERATED_BYTES)
def test_bytes_that_are_not_text_get_danish_findings(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(GENERATED_BYTES[name][0])
    assert_same_findings_in_danish(path)


@pytest.mark.parametrize("name", BIG_NAMES)
def test_big_and_deep_files_get_danish_findings(name: str, tmp_path: Path) -> None:
    assert_same_findings_in_danish(_big(name, tmp_path))


# --- typical mistakes, word for word ----------------------------------------------------

PLAN = """\
kind: plan
id: p
title: Arbejdsplan
document_kind: arbejdsplan
source: {{case_no: "2007-1", date: 2007-06-25}}
period: {{start: 2007-07-01, end: 2007-12-31}}
areas:
  - id: boligomraader
    title: Udsatte boligområder
    {allocation}
    funding: {{source: other, reference: EU}}
"""


def danish_findings(text: str, tmp_path: Path) -> list[tuple[str, str, str]]:
    """(rule, message, hint) of each error a plan with this text gets, in Danish."""
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with speaking("da"):
        return [(f.rule, f.message, f.hint) for f in findings_of(path) if f.severity.value == "error"]


def test_a_tab_in_the_indentation(tmp_path: Path) -> None:
    text = PLAN.format(allocation="årsværk: 1").replace("    title: Udsatte", "\ttitle: Udsatte")
    assert danish_findings(text, tmp_path) == [
        (
            "yaml-syntax",
            "her er brugt et tabulatortegn, men YAML indrykker kun med mellemrum",
            "indryk med mellemrum, ikke med tabulator",
        )
    ]


def test_a_key_written_twice(tmp_path: Path) -> None:
    text = PLAN.format(allocation="årsværk: 1").replace("title: Arbejdsplan\n", "title: Arbejdsplan\ntitle: Plan\n")
    assert danish_findings(text, tmp_path) == [
        (
            "yaml-duplicate-key",
            "nøglen 'title' står to gange i samme afsnit (første gang på linje 3)",
            "behold kun den ene; YAML ville uden varsel se bort fra den første",
        )
    ]


def test_a_misspelt_key_with_a_suggestion(tmp_path: Path) -> None:
    assert danish_findings(PLAN.format(allocation="aarsvaerk: 1"), tmp_path) == [
        (
            "schema",
            "ukendt nøgle 'aarsvaerk'",
            (
                "mente du 'årsværk'? tilladte nøgler her: "
                "id, title, årsværk, årsværk_text, funding, splits, activities, criteria, note, decisions"
            ),
        )
    ]


def test_a_number_written_the_danish_way(tmp_path: Path) -> None:
    # The suggestion is what to type in the file, so it keeps the point: 1.5, not 1,5.
    assert danish_findings(PLAN.format(allocation="årsværk: 1,5"), tmp_path) == [
        (
            "schema",
            "her skal stå et tal, men der står teksten '1,5'",
            "skriv 1.5 (med decimalpunktum, ikke komma)",
        )
    ]


def test_a_missing_required_key(tmp_path: Path) -> None:
    text = PLAN.format(allocation="årsværk: 1").replace("title: Arbejdsplan\n", "")
    assert danish_findings(text, tmp_path) == [("schema", "den påkrævede nøgle 'title' mangler", "tilføj `title:` her")]


def test_a_date_written_the_danish_way(tmp_path: Path) -> None:
    text = PLAN.format(allocation="årsværk: 1").replace("date: 2007-06-25", "date: 25.06.07")
    assert danish_findings(text, tmp_path) == [
        (
            "schema",
            "her skal stå en dato (år-måned-dag), men der står teksten '25.06.07'",
            "skriv datoen som år-måned-dag: 2007-06-25",
        )
    ]


def test_a_date_not_in_the_calendar(tmp_path: Path) -> None:
    text = PLAN.format(allocation="årsværk: 1").replace("end: 2007-12-31", "end: 2007-02-30")
    assert danish_findings(text, tmp_path) == [
        (
            "schema",
            "'2007-02-30' er ikke en dato, der findes i kalenderen",
            "kontrollér måneden (01–12) og dagen i måneden",
        )
    ]


def test_an_unclosed_quote_says_where_it_starts(tmp_path: Path) -> None:
    text = PLAN.format(allocation="årsværk: 1") + '    note: "ikke lukket\n'
    assert danish_findings(text, tmp_path) == [
        (
            "yaml-syntax",
            "en tekst i anførselstegn, der begynder på linje 12, bliver aldrig afsluttet",
            "tilføj det afsluttende anførselstegn",
        )
    ]


def test_the_cli_prints_the_danish_finding_and_tip(tmp_path: Path) -> None:
    path = tmp_path / "type-decimal-comma.yaml"
    path.write_bytes((CORPUS / path.name).read_bytes())
    result = CliRunner().invoke(cli.main, ["check", "--lang", "da", str(path)])
    assert result.exit_code == cli.EXIT_FINDINGS
    assert f"{path}:13:14: fejl [schema] her skal stå et tal, men der står teksten '1,5'\n" in result.stdout
    assert "    tip: skriv 1.5 (med decimalpunktum, ikke komma)\n" in result.stdout


# --- the corners: words from elsewhere, configuration, paths -----------------------------


def test_a_schema_error_we_have_no_words_for_is_still_danish() -> None:
    # Pydantic's own English is quoted after a Danish sentence that names the key.
    error = {"type": "int_type", "msg": "Input should be a valid integer", "loc": ("id",), "input": "x"}
    assert _explain(error, ("id",), {"id": "x"}, pydantic_model(Plan)) == ("'id': Input should be a valid integer", "")
    with speaking("da"):
        message, hint = _explain(error, ("id",), {"id": "x"}, pydantic_model(Plan))
    assert message == (
        "'id' har en værdi, som skemaet ikke tillader; skemakontrollen svarer: 'Input should be a valid integer'"
    )
    assert hint == ""


def test_libyaml_words_we_have_no_sentence_for_are_quoted_after_danish() -> None:
    from yaml.error import Mark
    from yaml.scanner import ScannerError

    from tfi_rules.load.yaml_errors import describe

    # A scanner error at a '%' that no sentence of ours covers (libyaml's own words are invented here).
    text = "a: 1\n%x\n"
    error = ScannerError(
        "while scanning",
        Mark("p", 5, 1, 0, None, None),  # type: ignore[arg-type]
        "found something odd",
        Mark("p", 7, 1, 2, None, None),  # type: ignore[arg-type]
    )
    with speaking("da"):
        problem = describe(error, text)
        message, hint = problem.message, problem.hint
    assert problem.mark is not None
    assert (problem.rule, problem.mark.line, problem.mark.column) == ("yaml-syntax", 1, 2)
    assert message == "YAML-teksten kan ikke læses; YAML-læseren svarer: 'found something odd (while scanning)'"
    assert hint == "kontrollér indrykning og anførselstegn omkring dette sted"


def test_a_folder_given_as_a_file(tmp_path: Path) -> None:
    with speaking("da"), pytest.raises(LoadError) as raised:
        load_file(tmp_path)
    assert raised.value.message == f"kan ikke læse '{tmp_path}': det er en mappe, ikke en fil"
    assert raised.value.hint == "kontrollér stien, og at filen kan læses"


def test_a_disk_error_while_reading_is_danish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The reasons tfi_rules.os_reasons has words for are the loader's too, not the system's English.
    path = tmp_path / "plan.yaml"
    path.write_text("kind: plan\n")

    def failing_read(fd: int, size: int) -> bytes:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    with monkeypatch.context() as patch:
        patch.setattr(reading.os, "read", failing_read)
        with speaking("da"), pytest.raises(LoadError) as danish:
            load_file(path)
        with speaking("en"), pytest.raises(LoadError) as english:
            load_file(path)
    assert danish.value.message == f"kan ikke læse '{path}': ind- eller uddatafejl"
    assert english.value.message == f"cannot read '{path}': input/output error"
    assert danish.value.rule == english.value.rule == "file-unreadable"


def test_sizes_are_grouped_the_danish_way() -> None:
    with speaking("da"), pytest.raises(LoadError) as raised:
        load_text("kind: plan\ntitle: " + "x" * 2_100_000)
    assert raised.value.message == "filen fylder 2.100.018 byte; en plan må højst fylde 2.097.152 byte"


def test_configuration_errors_are_danish() -> None:
    known = {"capacity-balance", "unique-ids"}
    with speaking("da"):
        with pytest.raises(ConfigError) as raised:
            parse_config({"disable": ["capacity-balanse"]}, ".tfi.yaml", known)
        assert str(raised.value) == ".tfi.yaml: ukendt regel 'capacity-balanse'; mente du 'capacity-balance'?"
        with pytest.raises(ConfigError) as raised:
            parse_config({"severity": {"unique-ids": "fatal"}}, ".tfi.yaml", known)
        assert str(raised.value) == (
            ".tfi.yaml: alvorsgraden for 'unique-ids' skal være error, warning eller info, ikke 'fatal'"
        )


def test_a_path_that_does_not_exist_is_danish(tmp_path: Path) -> None:
    with speaking("da"), pytest.raises(PathError) as raised:
        discover([tmp_path / "planer"])
    assert str(raised.value) == f"{tmp_path / 'planer'}: filen eller mappen findes ikke"


def test_did_you_mean_joins_names_with_eller() -> None:
    with speaking("da"):
        assert did_you_mean("2007-h3", ["2007-h1", "2007-h2", "2011"]) == "; mente du '2007-h2' eller '2007-h1'?"
    assert did_you_mean("2007-h3", ["2007-h1", "2007-h2", "2011"]) == "; did you mean '2007-h2' or '2007-h1'?"
