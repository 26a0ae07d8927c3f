"""What `tfi check` and `tfi verdict` print, in Danish: exact text on the seed plans.

The Danish is compared word for word, so a changed translation is a visible
change here. Machine output (JSON, CSV, SARIF) is compared between `--lang en`
and `--lang da`: only the sentences for people may differ, never a key, an id,
a status, a date or a number.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner, Result
from helpers import MANDATE, PLAN, write_repo

import cli
from tfi_rules.check.result import CheckResult
from tfi_rules.findings import Finding, Severity
from tfi_rules.i18n import language, speaking
from tfi_rules.output import reporter
from tfi_rules.output.text import summary_line

REPO = Path(__file__).resolve().parents[2]

# The variables that choose the language when `--lang` is left out, all unset:
# each test says which it sets, whatever the machine running the tests speaks.
NO_LOCALE: dict[str, str | None] = {name: None for name in ("TFI_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    # `--lang da` sets the language for the rest of the thread; put English back for the tests after these.
    with speaking("en"):
        yield


def tfi(args: list[str], cwd: Path = REPO, environ: dict[str, str] | None = None) -> Result:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(cli.main, args, env={**NO_LOCALE, **(environ or {})})
    finally:
        os.chdir(old)


# tfi verdict on the seed plans ---------------------------------------------------------------------

VERDICT_2007_H2 = """\
2007-h2: Task Force arbejdsplan for 2. halvår 2007

Bedømt pr. 2009-06-30

succeskriterium                ordlyd                                                        mål                                                målt                       vurdering
-----------------------------  ------------------------------------------------------------  -------------------------------------------------  -------------------------  -------------------
styregruppemoeder              At Task Force har deltaget i alle styregruppemøder for områ…  alle styregruppemøder                              —                          ingen data
initiativer-boligomraader      At Task Force har bidraget aktivt til forberedelse og imple…  ≥ 5 initiativer                                    —                          ingen data
↳ initiativ-beskaeftigelse     Mindst 1 initiativ skal fremme beskæftigelse, hvor mindst 2…  ≥ 1 initiativ                                      —                          ingen data
↳ ↳ beskaeftigelse-borgere     hvor mindst 25 borgere forankres på arbejdsmarkedet eller k…  ≥ 25 borgere                                       —                          ingen data
↳ initiativ-unge               Mindst 1 initiativ skal fremme uddannelse og fritidsaktivit…  ≥ 1 initiativ                                      —                          ingen data
↳ ↳ unge-involveret            hvor mindst 100 unge skal være involveret i uddannelsesakti…  ≥ 100 unge                                         —                          ingen data
↳ initiativ-frivillighed       Mindst 1 initiativ skal fremme udviklingen af frivilligt ar…  ≥ 1 initiativ                                      —                          ingen data
↳ ↳ frivillige-organisationer  i samarbejde med mindst 2 frivillige organisationer.          ≥ 2 frivillige organisationer                      —                          ingen data
kommunikation-netvaerk         At Task Force vil styrke kommunikation og netværksdannelse…   kvalitativ                                         —                          kvalitativ
dialog-initiativer             Task Force vil herigennem medvirke til forberedelse og impl…  ≥ 3 initiativer                                    —                          ingen data
rekvisitioner                  At Task Force har gennemført eller er ved at gennemføre 5 r…  ≥ 5 rekvisitioner                                  —                          ingen data
tilfredshed                    At forvaltningerne, der har rekvireret opgaver, i 75 pct. a…  ≥ 75 %                                             35 af 36 = 97,22 % (2008)  ikke sammenlignelig
projektbesoeg                  At der er gennemført mindst 25 projektbesøg og besøgsrappor…  ≥ 25 projektbesøg                                  —                          ingen data
landsdaekkende-konferencer     At erfaringerne fra Københavns Kommunes Integrationspolitik…  ≥ 2 landsdækkende konferencer/seminarer/workshops  —                          ingen data
moede-besoegte-projekter       Med henblik på opsamling af projekternes tilfredshed med be…  gennemført                                         —                          ingen data

Hvorfor:
  styregruppemoeder (ingen data): intet målt i succeskriteriets periode
  initiativer-boligomraader (ingen data): intet målt i succeskriteriets periode
  initiativ-beskaeftigelse (ingen data): intet målt i succeskriteriets periode
  beskaeftigelse-borgere (ingen data): intet målt i succeskriteriets periode
  initiativ-unge (ingen data): intet målt i succeskriteriets periode
  unge-involveret (ingen data): intet målt i succeskriteriets periode
  initiativ-frivillighed (ingen data): intet målt i succeskriteriets periode
  frivillige-organisationer (ingen data): intet målt i succeskriteriets periode
  kommunikation-netvaerk (kvalitativ): intet tal at sammenligne; ingen vurdering registreret
  dialog-initiativer (ingen data): intet målt i succeskriteriets periode
  rekvisitioner (ingen data): intet målt i succeskriteriets periode
  tilfredshed (ikke sammenlignelig): tæller noget andet end kriteriet: en anden population: 'TFI har fået i alt 36 besvarelser retur ... 35 ud af 36 rekvirenter', kriteriet 'i 75 pct. af opgaverne ... med gennemførelsen af afsluttede opgaver'; en anden skala: 'i høj grad er tilfredse eller i nogen grad tilfredse med TFIs rådgivning og indsats', kriteriet 'udtrykker stor tilfredshed eller tilfredshed'; en anden periode: 2008, kriteriet 2. halvår 2007
  projektbesoeg (ingen data): intet målt i succeskriteriets periode
  landsdaekkende-konferencer (ingen data): intet målt i succeskriteriets periode
  moede-besoegte-projekter (ingen data): intet målt i succeskriteriets periode

Sammenfatning: ingen data: 13, ikke sammenlignelig: 1, kvalitativ: 1

Alle planer: ingen data: 13, ikke sammenlignelig: 1, kvalitativ: 1
"""

VERDICT_2007_H2_MARKDOWN = """\
## 2007-h2: Task Force arbejdsplan for 2. halvår 2007

_Bedømt pr. 2009-06-30_

| succeskriterium               | ordlyd                                                       | mål                                               | målt                      | vurdering           |
|-------------------------------|--------------------------------------------------------------|---------------------------------------------------|---------------------------|---------------------|
| styregruppemoeder             | At Task Force har deltaget i alle styregruppemøder for områ… | alle styregruppemøder                             | —                         | ingen data          |
| initiativer-boligomraader     | At Task Force har bidraget aktivt til forberedelse og imple… | ≥ 5 initiativer                                   | —                         | ingen data          |
| ↳ initiativ-beskaeftigelse    | Mindst 1 initiativ skal fremme beskæftigelse, hvor mindst 2… | ≥ 1 initiativ                                     | —                         | ingen data          |
| ↳ ↳ beskaeftigelse-borgere    | hvor mindst 25 borgere forankres på arbejdsmarkedet eller k… | ≥ 25 borgere                                      | —                         | ingen data          |
| ↳ initiativ-unge              | Mindst 1 initiativ skal fremme uddannelse og fritidsaktivit… | ≥ 1 initiativ                                     | —                         | ingen data          |
| ↳ ↳ unge-involveret           | hvor mindst 100 unge skal være involveret i uddannelsesakti… | ≥ 100 unge                                        | —                         | ingen data          |
| ↳ initiativ-frivillighed      | Mindst 1 initiativ skal fremme udviklingen af frivilligt ar… | ≥ 1 initiativ                                     | —                         | ingen data          |
| ↳ ↳ frivillige-organisationer | i samarbejde med mindst 2 frivillige organisationer.         | ≥ 2 frivillige organisationer                     | —                         | ingen data          |
| kommunikation-netvaerk        | At Task Force vil styrke kommunikation og netværksdannelse…  | kvalitativ                                        | —                         | kvalitativ          |
| dialog-initiativer            | Task Force vil herigennem medvirke til forberedelse og impl… | ≥ 3 initiativer                                   | —                         | ingen data          |
| rekvisitioner                 | At Task Force har gennemført eller er ved at gennemføre 5 r… | ≥ 5 rekvisitioner                                 | —                         | ingen data          |
| tilfredshed                   | At forvaltningerne, der har rekvireret opgaver, i 75 pct. a… | ≥ 75 %                                            | 35 af 36 = 97,22 % (2008) | ikke sammenlignelig |
| projektbesoeg                 | At der er gennemført mindst 25 projektbesøg og besøgsrappor… | ≥ 25 projektbesøg                                 | —                         | ingen data          |
| landsdaekkende-konferencer    | At erfaringerne fra Københavns Kommunes Integrationspolitik… | ≥ 2 landsdækkende konferencer/seminarer/workshops | —                         | ingen data          |
| moede-besoegte-projekter      | Med henblik på opsamling af projekternes tilfredshed med be… | gennemført                                        | —                         | ingen data          |

**Hvorfor:**
- `styregruppemoeder` (ingen data): intet målt i succeskriteriets periode
- `initiativer-boligomraader` (ingen data): intet målt i succeskriteriets periode
- `initiativ-beskaeftigelse` (ingen data): intet målt i succeskriteriets periode
- `beskaeftigelse-borgere` (ingen data): intet målt i succeskriteriets periode
- `initiativ-unge` (ingen data): intet målt i succeskriteriets periode
- `unge-involveret` (ingen data): intet målt i succeskriteriets periode
- `initiativ-frivillighed` (ingen data): intet målt i succeskriteriets periode
- `frivillige-organisationer` (ingen data): intet målt i succeskriteriets periode
- `kommunikation-netvaerk` (kvalitativ): intet tal at sammenligne; ingen vurdering registreret
- `dialog-initiativer` (ingen data): intet målt i succeskriteriets periode
- `rekvisitioner` (ingen data): intet målt i succeskriteriets periode
- `tilfredshed` (ikke sammenlignelig): tæller noget andet end kriteriet: en anden population: 'TFI har fået i alt 36 besvarelser retur ... 35 ud af 36 rekvirenter', kriteriet 'i 75 pct. af opgaverne ... med gennemførelsen af afsluttede opgaver'; en anden skala: 'i høj grad er tilfredse eller i nogen grad tilfredse med TFIs rådgivning og indsats', kriteriet 'udtrykker stor tilfredshed eller tilfredshed'; en anden periode: 2008, kriteriet 2. halvår 2007
- `projektbesoeg` (ingen data): intet målt i succeskriteriets periode
- `landsdaekkende-konferencer` (ingen data): intet målt i succeskriteriets periode
- `moede-besoegte-projekter` (ingen data): intet målt i succeskriteriets periode

**Sammenfatning:** ingen data: 13, ikke sammenlignelig: 1, kvalitativ: 1

**Alle planer:** ingen data: 13, ikke sammenlignelig: 1, kvalitativ: 1
"""

# The employment share: a change target with two readings (the stated end level ca. 64,00 % and 54,40 + 10
# procentpoint = 64,40 %), pending, and the same figure not comparable with a goal set under the old method.
VERDICT_EMPLOYMENT_EXCERPT = """\
integrationspolitik-2009: Statusredegørelse for Beskæftigelses- og Integrationsforvaltningens integration…

Bedømt pr. 2009-06-30

succeskriterium                      ordlyd                                                        mål                                                                                                                             målt                                                      vurdering
-----------------------------------  ------------------------------------------------------------  ------------------------------------------------------------------------------------------------------------------------------  --------------------------------------------------------  -------------------------------
beskaeftigelse-64                    I perioden til og med år 2010 skal andelen af beskæftigede…   +10 procentpoint fra 54,40 % (forår 2007) til ca. 64,00 %: ca. 64,00 % som det angivne slutniveau eller 64,40 % i procentpoint  59,90 % (august 2008)                                     afventer
beskaeftigelse-57                    i perioden til og med år 2010 skal andelen af beskæftigede…   +10 procentpoint til ca. 57 %                                                                                                   59,90 % (august 2008)                                     ikke sammenlignelig
"""

VERDICT_ALL_SUMMARY = """\
Sammenfatning: ikke opfyldt: 2, afventer: 22, ikke sammenlignelig: 3, kvalitativ: 9

Alle planer: ikke opfyldt: 2, afventer: 43, ingen data: 13, ikke sammenlignelig: 4, kvalitativ: 10
"""


def test_verdict_on_the_2007_plan_in_danish() -> None:
    result = tfi(["verdict", "--lang", "da", "--as-of", "2009-06-30", "plans/2007-h2.yaml"])
    assert result.exit_code == cli.EXIT_OK, result.stderr
    assert result.stdout == VERDICT_2007_H2


def test_verdict_in_danish_markdown() -> None:
    result = tfi(["verdict", "--lang", "da", "--as-of", "2009-06-30", "--format", "markdown", "plans/2007-h2.yaml"])
    assert result.exit_code == cli.EXIT_OK, result.stderr
    assert result.stdout == VERDICT_2007_H2_MARKDOWN


def test_verdict_on_every_seed_plan_in_danish() -> None:
    result = tfi(["verdict", "--lang", "da", "--as-of", "2009-06-30"])
    assert result.exit_code == cli.EXIT_OK, result.stderr
    assert VERDICT_EMPLOYMENT_EXCERPT in result.stdout
    assert result.stdout.endswith(VERDICT_ALL_SUMMARY)
    assert "≥ 30.000 besøgende" in result.stdout  # Danish groups thousands from 10.000
    # Seed 003's survey counts requesters answering, "i høj grad ... eller i nogen grad tilfredse", in 2008; the
    # 2007 criterion a share of tasks with "stor tilfredshed eller tilfredshed": not comparable, not met.
    assert "tilfredshed " in result.stdout and "35 af 36 = 97,22 % (2008)  ikke sammenlignelig" in result.stdout


def test_verdict_reasons_in_danish() -> None:
    result = tfi(["verdict", "--lang", "da", "--as-of", "2009-06-30", "--format", "json"])
    rows = {row["criterion"]: row for row in json.loads(result.stdout)}
    assert rows["moede-besoegte-projekter"]["reason"] == "intet målt i succeskriteriets periode"
    assert rows["beskaeftigelse-64"]["reason"] == (
        "perioden løber til 2010-12-31; ca. 64,00 % som det angivne slutniveau: 57 % af vejen, på rette spor; "
        "64,40 % i procentpoint: 55 % af vejen, på rette spor"
    )
    assert rows["helbredsteam-afklaringsforloeb"]["actual"] == "23 gennemførte afklaringsforløb"
    assert rows["kommunikation-netvaerk"]["reason"] == "intet tal at sammenligne; ingen vurdering registreret"
    assert rows["beskaeftigelse-57"]["reason"].startswith("målt efter metoden ")


# Machine output is the same in both languages ------------------------------------------------------

PEOPLE_TEXT = ("target", "actual", "reason")  # the verdict's sentences; everything else is data


def _without(rows: list[dict[str, Any]], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{key: value for key, value in row.items() if key not in keys} for row in rows]


def _data(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows without their sentences, a reading's target included."""
    return [
        {
            **row,
            "readings": [
                {key: value for key, value in reading.items() if key != "target"} for reading in row["readings"]
            ],
            "plan_waived_errors": _without(row["plan_waived_errors"], ("message", "approval")),
        }
        for row in _without(rows, PEOPLE_TEXT)
    ]


def test_verdict_json_and_csv_have_the_same_data_in_both_languages() -> None:
    args = ["verdict", "--as-of", "2009-06-30", "--format"]
    english = json.loads(tfi([*args, "json", "--lang", "en"]).stdout)
    danish = json.loads(tfi([*args, "json", "--lang", "da"]).stdout)
    assert _data(danish) == _data(english)
    assert {row["status"] for row in danish} <= {
        "met",
        "not met",
        "pending",
        "no final figure",
        "depends on the reading",
        "no data",
        "not comparable",
        "qualitative",
        "waived",
    }
    # a point, not a comma; the counts' progress is their share of the yearly number (23 of 100, 48 of 200: the
    # 50 forløb less the 2 med løntilskud, 2 of 100); 7.4 of the 10 points for the share without work (one reading)
    assert [row["progress"] for row in danish if row["progress"]] == ["0.74", "0.23", "0.24", "0.02"]
    readings = [reading["progress"] for row in danish for reading in row["readings"]]
    assert readings[:2] == ["0.573", "0.55"]  # 5.5 of 9.6 points to ca. 64,00 %, 5.5 of 10 to 64,40 %
    assert danish != english  # the sentences did change

    english_csv = list(csv.DictReader(io.StringIO(tfi([*args, "csv", "--lang", "en"]).stdout)))
    # The Danish CSV is for Danish Excel: a byte-order mark, `;` and a decimal comma; the same columns and data.
    danish_text = tfi([*args, "csv", "--lang", "da"]).stdout
    assert danish_text.startswith("\ufeff")
    danish_csv = list(csv.DictReader(io.StringIO(danish_text.removeprefix("\ufeff")), delimiter=";"))
    assert list(danish_csv[0]) == list(english_csv[0]) == list(english[0])  # the header stays English
    assert [row["progress"] for row in danish_csv if row["progress"]] == ["0,74", "0,23", "0,24", "0,02"]
    sentences = (*PEOPLE_TEXT, "progress", "plan_waived_errors")  # a waived error's finding is a sentence
    assert _without(danish_csv, sentences) == _without(english_csv, sentences)


@pytest.fixture()
def unbalanced_repo(tmp_path: Path) -> Path:
    write_repo(
        tmp_path,
        {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN.replace("    årsværk: 1\n", "    årsværk: 2\n", 1)},
    )
    return tmp_path


def test_check_json_has_the_same_data_in_both_languages(unbalanced_repo: Path) -> None:
    english = json.loads(tfi(["check", "--format", "json", "--lang", "en"], unbalanced_repo).stdout)
    danish = json.loads(tfi(["check", "--format", "json", "--lang", "da"], unbalanced_repo).stdout)
    assert danish["findings"], "the plan is unbalanced"
    people = ("message", "hint")
    assert {**danish, "findings": _without(danish["findings"], people)} == {
        **english,
        "findings": _without(english["findings"], people),
    }
    assert [finding["severity"] for finding in danish["findings"]] == [f["severity"] for f in english["findings"]]


def test_check_sarif_has_the_same_data_in_both_languages(unbalanced_repo: Path) -> None:
    english = json.loads(tfi(["check", "--format", "sarif", "--lang", "en"], unbalanced_repo).stdout)
    danish = json.loads(tfi(["check", "--format", "sarif", "--lang", "da"], unbalanced_repo).stdout)
    schema = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(danish)
    assert "language" not in english["runs"][0]  # SARIF's default, en-US
    assert danish["runs"][0].pop("language") == "da-DK"
    for log in (english, danish):
        for result in log["runs"][0]["results"]:
            result["message"].pop("text")
    assert danish == english  # levels, rule ids, rule descriptions (documentation, English) and locations


# tfi check's human formats ------------------------------------------------------------------------


def synthetic_result() -> CheckResult:
    """Findings whose messages are plain text, so only the reporter's own words are translated here."""
    return CheckResult(
        files=["plans/2011.yaml"],
        findings=[
            Finding("plans/2011.yaml", 214, 14, "schema", Severity.ERROR, "MESSAGE-1", "HINT-1", "/areas/1"),
            Finding("plans/2011.yaml", 96, 5, "area-without-criteria", Severity.WARNING, "MESSAGE-2", "HINT-2"),
            Finding("plans/2011.yaml", 97, 5, "area-without-criteria", Severity.WARNING, "MESSAGE-3", "HINT-3"),
            Finding(
                "plans/2011.yaml",
                31,
                3,
                "capacity-balance",
                Severity.ERROR,
                "MESSAGE-4",
                "HINT-4",
                waiver_reason="REASON",
            ),
        ],
    )


def test_the_text_format_in_danish() -> None:
    with speaking("da"):
        text = reporter("text").render(synthetic_result())
    assert text == (
        "plans/2011.yaml:31:3: fejl [capacity-balance] MESSAGE-4 (dispenseret: REASON)\n"
        "plans/2011.yaml:96:5: advarsel [area-without-criteria] MESSAGE-2\n"
        "    tip: HINT-2\n"
        "plans/2011.yaml:97:5: advarsel [area-without-criteria] MESSAGE-3\n"
        "    tip: HINT-3\n"
        "plans/2011.yaml:214:14: fejl [schema] MESSAGE-1\n"
        "    tip: HINT-1\n"
        "1 fil kontrolleret, 1 fejl, 2 advarsler, 0 info, 1 med dispensation (1 fejl)\n"
    )


@pytest.mark.parametrize(
    ("files", "severities", "english", "danish"),
    [
        (
            1,
            ["error", "warning", "warning"],
            "1 file checked, 1 error, 2 warnings, 0 infos",
            "1 fil kontrolleret, 1 fejl, 2 advarsler, 0 info",
        ),
        (0, [], "0 files checked, 0 errors, 0 warnings, 0 infos", "0 filer kontrolleret, 0 fejl, 0 advarsler, 0 info"),
        (
            2,
            ["error", "error", "warning", "info"],
            "2 files checked, 2 errors, 1 warning, 1 info",
            "2 filer kontrolleret, 2 fejl, 1 advarsel, 1 info",
        ),
        (
            12000,
            ["info", "info"],
            "12000 files checked, 0 errors, 0 warnings, 2 infos",
            "12.000 filer kontrolleret, 0 fejl, 0 advarsler, 2 info",
        ),
    ],
)
def test_the_summary_line_bends_its_words(files: int, severities: list[str], english: str, danish: str) -> None:
    result = CheckResult(
        files=[f"plans/{n}.yaml" for n in range(files)],
        findings=[Finding("plans/0.yaml", n + 1, 1, "schema", Severity(s), "M") for n, s in enumerate(severities)],
    )
    assert summary_line(result) == english
    with speaking("da"):
        assert summary_line(result) == danish


def test_the_github_and_junit_formats_in_danish() -> None:
    with speaking("da"):
        github = reporter("github").render(synthetic_result())
        junit = reporter("junit", fail_on=Severity.WARNING).render(synthetic_result())
    assert "::error file=plans/2011.yaml,line=214,col=14,title=[schema]::MESSAGE-1%0Atip: HINT-1\n" in github
    assert (
        "::notice file=plans/2011.yaml,line=31,col=3,title=[capacity-balance]::MESSAGE-4 (dispenseret: REASON)\n"
        in github
    )
    assert github.endswith("1 fil kontrolleret, 1 fejl, 2 advarsler, 0 info, 1 med dispensation (1 fejl)\n")
    assert '<failure message="MESSAGE-2" type="area-without-criteria">' in junit
    assert "plans/2011.yaml:96:5: advarsel [area-without-criteria] MESSAGE-2\ntip: HINT-2</failure>" in junit
    assert '<testsuite name="tfi check"' in junit


def test_check_in_danish_from_the_command_line(unbalanced_repo: Path) -> None:
    result = tfi(["check", "--lang", "da"], unbalanced_repo)
    assert result.exit_code == cli.EXIT_FINDINGS
    assert ": fejl [capacity-balance] " in result.stdout
    assert "    tip: " in result.stdout
    assert result.stdout.endswith("2 filer kontrolleret, 1 fejl, 0 advarsler, 1 info\n")


# The language when --lang is left out ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "summary"),
    [
        ({}, "All plans: 13 no data, 1 not comparable, 1 qualitative\n"),
        ({"LANG": "da_DK.UTF-8"}, "Alle planer: ingen data: 13, ikke sammenlignelig: 1, kvalitativ: 1\n"),
        (
            {"LANG": "en_US.UTF-8", "TFI_LANG": "da"},
            "Alle planer: ingen data: 13, ikke sammenlignelig: 1, kvalitativ: 1\n",
        ),
        ({"LANG": "da_DK.UTF-8", "TFI_LANG": "en"}, "All plans: 13 no data, 1 not comparable, 1 qualitative\n"),
        ({"LANG": "da_DK.UTF-8", "LC_ALL": "C"}, "All plans: 13 no data, 1 not comparable, 1 qualitative\n"),
    ],
)
def test_the_default_language_comes_from_the_locale(environ: dict[str, str], summary: str) -> None:
    result = tfi(["verdict", "--as-of", "2009-06-30", "plans/2007-h2.yaml"], environ=environ)
    assert result.exit_code == cli.EXIT_OK, result.stderr
    assert result.stdout.endswith(summary)


def test_lang_wins_over_the_locale() -> None:
    result = tfi(
        ["verdict", "--lang", "en", "--as-of", "2009-06-30", "plans/2007-h2.yaml"],
        environ={"LANG": "da_DK.UTF-8", "TFI_LANG": "da"},
    )
    assert result.stdout.endswith("All plans: 13 no data, 1 not comparable, 1 qualitative\n")
    assert language() == "en"  # and nothing leaks into the tests after (see _english_afterwards)


def test_the_check_summary_follows_the_locale(unbalanced_repo: Path) -> None:
    result = tfi(["check"], unbalanced_repo, {"LANG": "da_DK.UTF-8"})
    assert result.stdout.endswith("2 filer kontrolleret, 1 fejl, 0 advarsler, 1 info\n")


# tfi's own error lines ----------------------------------------------------------------------------


def test_error_lines_in_danish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tfi(["verdict", "--lang", "da", "nowhere.yaml"])
    assert missing.exit_code == cli.EXIT_USAGE
    assert missing.stderr == "tfi: fejl: nowhere.yaml: filen eller mappen findes ikke\n"

    bad_day = tfi(["verdict", "--lang", "da", "--as-of", "31.12.2007"])
    assert bad_day.exit_code == cli.EXIT_USAGE
    # Click's own frame ("Invalid value for ...") is English; tfi's sentence inside it is Danish.
    assert "'31.12.2007' er ikke en dato; skriv år-måned-dag, fx 2009-06-30" in bad_day.stderr

    from tfi_rules.rules import capacity_balance

    def broken(*_args: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(capacity_balance, "check", broken)
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN})
    crashed = tfi(["check", "--lang", "da"], tmp_path)
    assert crashed.exit_code == cli.EXIT_INTERNAL
    assert crashed.stderr == (
        "tfi: intern fejl (ZeroDivisionError: boom). Det er en fejl i tfi; meld den venligst sammen med den "
        "kommando, du kørte (tilføj --debug for detaljerne).\n"
    )


def test_a_skipped_file_is_named_in_danish(tmp_path: Path) -> None:
    write_repo(
        tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN, "plans/broken.yaml": "kind: plan\nid: [\n"}
    )
    result = tfi(["verdict", "--lang", "da"], tmp_path)
    assert result.exit_code == cli.EXIT_FINDINGS
    assert result.stderr.startswith("tfi: plans/broken.yaml:")
    assert result.stderr.rstrip().endswith("(sprunget over; kør `tfi check`)")
    assert "sprunget over: plans/broken.yaml:" in result.stdout
