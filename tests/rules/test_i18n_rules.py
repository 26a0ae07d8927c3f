"""Every rule speaks Danish: its documented failing example gives the same findings in both languages,
each Danish message and hint translated, and the important messages read as a Danish reader expects.

The failing examples in the rules' docstrings are fragments (a `target:`, some `criteria:`, a plan's
`areas:`, a `measurements:` list); `example_files` places one in the helpers' plan or a measurement
file, beside the few plans the examples name (2007-h2, 2009, 2011). Every documented example, failing and
passing, is checked to do what `tfi rules` says it does.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
import yaml
from helpers import MANDATE, PLAN, check_files
from measurement_repo import CHANGE, measurements

from tfi_rules.check.pipeline import check_paths
from tfi_rules.findings import Finding
from tfi_rules.i18n import FIELD, speaking
from tfi_rules.rules import RULES

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = "example.yaml"  # sorts after the context plans, so a clash is reported in the example


def _plan(plan_id: str, criteria: str = "", indicators: str = "") -> str:
    """The helpers' plan under another id, with extra criteria in its first area and indicators."""
    text = PLAN.replace("id: p\n", f'id: "{plan_id}"\n', 1)
    text = text.replace("        measured_by: count\n", "        measured_by: count\n" + criteria, 1)
    return text + (f"indicators:\n{indicators}" if indicators else "")


# What 2011/beskaeftigelse counts (measurement-comparable's examples).
COUNTS = "        counts:\n          population: {id: indvandrere-efterkommere, text: indvandrere/efterkommere}\n"

# The plans and indicators the examples name: 2007-h2/tilfredshed (a share in per cent),
# 2011/beskaeftigelse (a change measured in Integrationsbarometeret), the TFI indicators in 2009.
CONTEXT = {
    "plans/mandate.yaml": MANDATE,
    "plans/2007-h2.yaml": _plan("2007-h2"),
    "plans/2009.yaml": _plan(
        "2009",
        indicators="  - {id: tfi-projektbesoeg, title: Projektbesøg, unit: count}\n"
        "  - {id: tfi-rekvireringer, title: Rekvireringer, unit: count}\n"
        "  - {id: udsatte-boligomraader-antal, title: Udsatte boligområder, unit: count}\n",
    ),
    "plans/2011.yaml": _plan("2011", criteria=CHANGE + COUNTS),
}


# "Fails (why):" or "Passes (in plans/2011.yaml):" and the YAML block after it; "in FILE" says where it lies.
EXAMPLE_BLOCK = re.compile(r"(Fails|Passes)([^`]*):\s*```yaml\n(.*?)```", re.DOTALL)
PLACE = re.compile(r"\(in (plans/[\w.-]+\.yaml)\)")


def documented_examples(rule_id: str) -> list[tuple[str, str | None, str]]:
    """Every example in the rule's docstring, in order: ("Fails" or "Passes", the file it names, its YAML)."""
    doc = RULES[rule_id].__doc__ or ""
    found = EXAMPLE_BLOCK.findall(doc)
    return [(kind, _place(header), textwrap.dedent(block)) for kind, header, block in found]


def _place(header: str) -> str | None:
    named = PLACE.search(header)
    return named.group(1) if named else None


def failing_example(rule_id: str) -> str:
    """The YAML of the first example after "Fails" in the rule's docstring."""
    failing = [block for kind, _, block in documented_examples(rule_id) if kind == "Fails"]
    assert failing, f"{rule_id} documents no failing example"
    return failing[0]


def _blocks(text: str) -> dict[str, str]:
    """A YAML mapping's text split into its top-level keys, each with its own lines."""
    blocks: dict[str, str] = {}
    key = ""
    for line in text.splitlines(keepends=True):
        if line[:1] not in (" ", "#", "\n") and ":" in line:
            key = line.split(":", 1)[0]
        blocks[key] = blocks.get(key, "") + line
    return blocks


AREA = "areas:\n  - id: boligomraader\n    title: Udsatte boligområder\n    årsværk: 4\n    criteria:\n"
CRITERION = "      - id: beskaeftigelse\n        text: andelen øges med 10\n        measured_by: register\n"


def example_files(rule_id: str, example: str | None = None) -> dict[str, str]:
    """A repository in which an example (by default the rule's first failing one) is the file `EXAMPLE`."""
    example = failing_example(rule_id) if example is None else example
    shape = yaml.safe_load(example)
    if isinstance(shape, dict) and "measurements" in shape:
        body = example.split("\n", 1)[1]  # the list under `measurements:`
        return {**CONTEXT, f"measurements/{EXAMPLE}": measurements(body, "example")}
    if isinstance(shape, list):  # one or more criteria
        fragment = {"areas": AREA + textwrap.indent(example, "      ")}
    else:
        fragment = _blocks(example)
        if "target" in fragment:  # a criterion's target
            fragment["areas"] = AREA + CRITERION + textwrap.indent(fragment.pop("target"), "        ")
        if "criteria" in fragment:  # the criteria of an area
            fragment["areas"] = AREA + textwrap.indent(fragment.pop("criteria").split("\n", 1)[1], "    ")
    plan = {**_blocks(PLAN.replace("id: p\n", "id: example\n", 1)), **fragment}
    return {**CONTEXT, f"plans/{EXAMPLE}": "".join(plan.values())}


def check_example(root: Path, rule_id: str, example: str | None = None) -> list[Finding]:
    """The findings in the example file, in the language in use."""
    result = check_files(root, example_files(rule_id, example))
    return [finding for finding in result.findings if Path(finding.file).name == EXAMPLE]


@pytest.mark.parametrize(
    ("rule_id", "number"),
    [(rule_id, number) for rule_id in sorted(RULES) for number in range(len(documented_examples(rule_id)))],
)
def test_every_documented_example_does_what_it_says(tmp_path: Path, rule_id: str, number: int) -> None:
    """A "Fails" example gives the rule's finding; a "Passes" example gives none of it (`tfi rules` shows both)."""
    kind, place, example = documented_examples(rule_id)[number]
    files = example_files(rule_id, example)
    if place is not None:  # the example is that file, in place of the context's file of that name
        files[place] = files.pop(next(name for name in files if Path(name).name == EXAMPLE))
    findings = check_files(tmp_path, files).findings
    rules_found = {finding.rule for finding in findings if Path(finding.file).name == Path(place or EXAMPLE).name}
    if kind == "Fails":
        assert rule_id in rules_found, f"{rule_id}: example {number + 1} is said to fail but does not"
    else:
        assert rule_id not in rules_found, f"{rule_id}: example {number + 1} is said to pass but fails"


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_a_rules_failing_example_says_the_same_in_danish(tmp_path: Path, rule_id: str) -> None:
    english = check_example(tmp_path, rule_id)
    assert rule_id in {finding.rule for finding in english}, "the failing example fails its own rule"
    assert all(finding.rule in RULES for finding in english), english  # the example file is valid
    with speaking("da"):
        danish = check_example(tmp_path, rule_id)

    def where(findings: list[Finding]) -> list[tuple[str, int, int, str]]:
        return [(finding.rule, finding.line, finding.column, finding.severity.value) for finding in findings]

    assert where(danish) == where(english)
    for en, da in zip(english, danish, strict=True):
        assert da.message != en.message, f"not translated: {en.message}"
        assert da.hint != en.hint or not en.hint, f"not translated: {en.hint}"
        assert not FIELD.search(da.message) and not FIELD.search(da.hint), (da.message, da.hint)


def _danish(root: Path, files: dict[str, str], rule_id: str) -> list[Finding]:
    with speaking("da"):
        return [finding for finding in check_files(root, files).findings if finding.rule == rule_id]


def _danish_example(root: Path, rule_id: str) -> list[Finding]:
    with speaking("da"):
        return [finding for finding in check_example(root, rule_id) if finding.rule == rule_id]


def test_capacity_balance_in_danish(tmp_path: Path) -> None:
    [finding] = _danish_example(tmp_path, "capacity-balance")  # 1.5 + 1 + 2 = 4.5
    assert finding.message == (
        "indsatsområderne bruger i alt 4,5 årsværk af mandatets kapacitet (1,5 + 1 + 2), "
        "men mandatet biu-201-2006 giver 4 (0,5 for mange)"
    )
    assert finding.hint == (
        "ret indsatsområdernes årsværk, så de giver 4 i alt, "
        "eller finansiér et indsatsområde andetsteds fra med `funding: {source: other, reference: ...}`"
    )


def test_the_seeds_five_årsværk_in_danish() -> None:
    # Seed 003 gives 2 + 1 + ½ + 1½ = 5 årsværk against the mandate's 4 (the finding is waived, not gone).
    with speaking("da"):
        findings = check_paths([REPO / "plans"]).findings
    [finding] = [f for f in findings if f.rule == "capacity-balance" and Path(f.file).name == "2009.yaml"]
    assert finding.message == (
        "indsatsområderne bruger i alt 5 årsværk af mandatets kapacitet (2 + 1 + 0,5 + 1,5), "
        "men mandatet biu-201-2006 giver 4 (1 for mange)"
    )


def test_budget_sums_in_danish(tmp_path: Path) -> None:
    [finding] = _danish_example(tmp_path, "budget-sums")
    assert (
        finding.message
        == "2.14 Integrationsrådet: i alt er 0,6, men 0,2 + 0,2 = 0,4 mio. kr. (0,2 mindre end angivet); "
        "afrunding af de trykte tal forklarer højst 0,15"
    )
    assert finding.hint == (
        "kontrollér tallene mod kildens tabel; er kildens egen sum forkert, så behold dens tal "
        "og tilføj en dispensation, der henviser til den"
    )


def test_budget_rounding_in_danish(tmp_path: Path) -> None:
    [finding] = _danish_example(tmp_path, "budget-rounding")
    assert finding.message == (
        "2.14 Integrationsrådet: i alt er 0,3, mens 0,2 + 0,2 = 0,4 mio. kr.: forskellen på 0,1 "
        "ligger inden for afrundingen af de trykte tal (højst 0,15)"
    )


def test_budget_sums_in_kroner_group_thousands_in_danish(tmp_path: Path) -> None:
    budget = (
        "budget:\n  unit: kr\n  lines:\n"
        "    - {id: raadet, title: Integrationsrådet, amount: 60000}\n"
        "    - {id: dag, title: International Dag, amount: 45000.5}\n"
        "  total: {amount: 100000, text: I ALT}\n"
    )
    [finding] = _danish(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN + budget}, "budget-sums")
    assert finding.message == (
        'budgettet i alt ("I ALT"): beløb er 100.000, men 60.000 + 45.000,5 = 105.000,5 kr. (5000,5 mere end angivet)'
    )  # grouped from 10.000 on


def test_change_target_in_danish(tmp_path: Path) -> None:
    [finding] = _danish_example(tmp_path, "change-target")  # 10 from 54.40, no mode, end level 64
    assert finding.message == (
        "succeskriteriet beskaeftigelse skal stige med 10 uden at sige, om det er procentpoint eller procent: "
        "fra 54,40 ender det på 64,40 i procentpoint, men på 59,84 som relativ ændring "
        "(det angivne slutniveau 64 passer med ingen af dem)"
    )
    assert finding.hint == (
        "tilføj `mode: percentage_points`, når kilden siger procentpoint, "
        "eller `mode: relative_percent`, når den siger pct. eller % af niveauet"
    )


def test_a_wrong_end_level_in_danish_keeps_its_decimals(tmp_path: Path) -> None:
    target = CHANGE + "          end_level: 64\n          approximate: true\n"
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": _plan("p", criteria=target)}
    [finding] = _danish(tmp_path, files, "change-target")
    assert finding.message == (
        "beskaeftigelse: 54,40 + 10 procentpoint = 64,40, men det angivne slutniveau er 64,00. "
        'Ordlyden siger "ca.", men slutniveauet sammenlignes nøjagtigt.'
    )


def test_measurement_consistency_in_danish(tmp_path: Path) -> None:
    [finding] = _danish_example(tmp_path, "measurement-consistency")  # 4 + 6 + 6 + 6 = 22, not 21
    assert finding.message == "delene af målingen tfi-2008-rekvireringer giver 4 + 6 + 6 + 6 = 22, men dens værdi er 21"


def test_a_rounded_share_in_danish(tmp_path: Path) -> None:
    body = (
        "  - {id: tilfredshed, text: 35 ud af 36, criterion: 2007-h2/tilfredshed, value: 97, numerator: 35,"
        ' denominator: 36, unit: percent, date: "2008"}\n'
    )
    files = {**CONTEXT, "measurements/m.yaml": measurements(body)}
    [finding] = _danish(tmp_path, files, "measurement-consistency")
    assert finding.message == (
        "målingen tilfredshed angiver 97 %, men 35 ud af 36 er 97,2222… % "
        "(der sammenlignes nøjagtigt, så en afrundet procent afviger også)"
    )


def test_waiver_valid_in_danish(tmp_path: Path) -> None:
    findings = _danish_example(tmp_path, "waiver-valid")  # no rule "capacity-balanse", no "tilfredhed"
    assert [(finding.message, finding.hint) for finding in findings] == [
        (
            "dispensationen henviser til reglen 'capacity-balanse', som ikke findes; mente du 'capacity-balance'?",
            "skriv id'et på en regel, sådan som `tfi rules` viser det, "
            "eller `verdict` for at dispensere fra et succeskriteriums vurdering",
        ),
        (
            "dispensationen gælder 'tilfredhed', som ikke findes i denne fil; mente du 'tilfredshed'?",
            "skriv id'et på et indsatsområde, et succeskriterium, en budgetlinje eller en måling i denne fil, "
            "en JSON-pointer som /areas/0, eller udelad `applies_to` for at dække hele filen",
        ),
    ]
