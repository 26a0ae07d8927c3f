"""Every number in plans/ and measurements/ is one the seed documents print (in Danish notation).

A coarse guard against invented or "fixed" figures: 44.55 (49.5 reduced by 10 %) or a corrected sum
would fail it. The value of a derived measurement (`derived:`) is the one exception: the seeds do not print
it, and rule measurement-derived recomputes it from what they print (see the test below). Skipped where the seed documents are not beside the repository.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from tfi_rules.load.loader import load_file

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
DATA = sorted([*(REPO / "plans").glob("*.yaml"), *(REPO / "measurements").glob("*.yaml")])


def notations(number: Decimal) -> set[str]:
    """How a seed may print a number: 54,40 / 54,4 / 6.105.606 / 1½ / 1 mio."""
    plain = format(number, "f")
    forms = {plain, plain.replace(".", ",")}
    if "." in plain:
        whole, decimals = plain.split(".")
        forms.add(f"{whole},{decimals.rstrip('0')}")
    if number == number.to_integral_value():
        forms.add(f"{int(number):,}".replace(",", "."))
        if number % 1_000_000 == 0 and number:
            forms.add(f"{int(number) // 1_000_000} mio")
    for glyph, value in (("½", Decimal("0.5")), ("¼", Decimal("0.25")), ("¾", Decimal("0.75"))):
        if number % 1 == value:
            forms.add(f"{int(number) or ''}{glyph}")
    return forms


def numbers(value: object, path: str = "") -> list[tuple[str, Decimal]]:
    if isinstance(value, dict):
        if "derived" in value:  # a figure the seeds do not print: measurement-derived recomputes it from theirs
            value = {key: child for key, child in value.items() if key != "value"}
        return [item for key, child in value.items() for item in numbers(child, f"{path}/{key}")]
    if isinstance(value, list):
        return [item for index, child in enumerate(value) for item in numbers(child, f"{path}/{index}")]
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return [(path, Decimal(value))]
    return []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents (../shared/seeds) are not beside the repository")
@pytest.mark.parametrize("path", DATA, ids=lambda path: path.name)
def test_every_number_is_printed_in_a_seed(path: Path) -> None:
    text = " ".join(seed.read_text(encoding="utf-8") for seed in SEEDS.glob("0*.txt")).replace("\u00a0", " ")
    missing = [
        f"{pointer} = {number}"
        for pointer, number in numbers(load_file(path).data)
        if not any(re.search(rf"(?<![0-9,.]){re.escape(form)}(?![0-9])", text) for form in notations(number))
    ]
    assert missing == []


def test_the_guard_catches_an_invented_number() -> None:
    if not SEEDS.is_dir():
        pytest.skip("the seed documents are not beside the repository")
    text = " ".join(seed.read_text(encoding="utf-8") for seed in SEEDS.glob("0*.txt"))
    assert not any(re.search(rf"(?<![0-9,.]){re.escape(form)}(?![0-9])", text) for form in notations(Decimal("44.55")))
    assert any(form in text for form in notations(Decimal("54.40")))


def test_every_derived_figure_recomputes_from_the_seeds_figures() -> None:
    from tfi_rules.check.pipeline import check_paths

    derived = [
        measurement
        for path in sorted((REPO / "measurements").glob("*.yaml"))
        for measurement in load_file(path).data["measurements"]
        if "derived" in measurement
    ]
    assert {measurement["id"] for measurement in derived} >= {
        "ip09-foerste-job-vejledning-2009-q1",
        "ip09-nye-udsatte-boligomraader-2008-03",
    }
    findings = check_paths([REPO / "plans", REPO / "measurements"]).findings
    assert [finding for finding in findings if finding.rule == "measurement-derived"] == []
