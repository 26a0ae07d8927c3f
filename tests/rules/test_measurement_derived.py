from __future__ import annotations

from pathlib import Path

from helpers import by_rule
from measurement_repo import check_measurements

from tfi_rules.i18n import speaking

RULE = "measurement-derived"

PARTS = """\
  - id: rekvireringer-2008
    text: TFI har haft 22 rekvireringer
    indicator: tfi-projektbesoeg
    value: 22
    unit: count
    date: "2008"
  - id: raadgivninger-2008
    text: og 106 rådgivninger i 2008
    indicator: tfi-projektbesoeg
    value: 106
    unit: count
    date: "2008"
"""


def derived(value: str, derivation: str, unit: str = "count") -> str:
    return (
        "  - id: i-alt-2008\n    text: t\n    indicator: tfi-projektbesoeg\n"
        f'    value: {value}\n    unit: {unit}\n    date: "2008"\n    derived: {derivation}\n'
    )


def test_a_sum_and_a_difference_that_recompute_pass(tmp_path: Path) -> None:
    body = PARTS + derived("128", "{how: sum, of: [rekvireringer-2008, raadgivninger-2008]}")
    assert by_rule(check_measurements(tmp_path, body), RULE) == []
    body = PARTS + derived("84", "{how: difference, of: [raadgivninger-2008, rekvireringer-2008]}")
    assert by_rule(check_measurements(tmp_path, body), RULE) == []


def test_a_sum_that_does_not_recompute_names_both_figures(tmp_path: Path) -> None:
    body = PARTS + derived("118", "{how: sum, of: [rekvireringer-2008, raadgivninger-2008]}")
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert finding.pointer == "/measurements/2"
    assert finding.message == (
        "i-alt-2008 is 118, but its derivation (sum of rekvireringer-2008, raadgivninger-2008) gives 128"
    )


def test_a_difference_needs_two_known_figures_in_its_unit(tmp_path: Path) -> None:
    [finding] = by_rule(check_measurements(tmp_path, PARTS + derived("84", "{how: difference, of: [a]}")), RULE)
    assert finding.pointer == "/measurements/2/derived/of"
    assert finding.message == "i-alt-2008 is a difference of 1 measurement"  # one, not "1 measurements"
    body = PARTS + derived("84", "{how: difference, of: [raadgivninger-2008, ukendt]}")
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert finding.pointer == "/measurements/2/derived/of/1" and "ukendt, which is not a measurement" in finding.message


def test_a_count_is_the_number_of_distinct_names(tmp_path: Path) -> None:
    ok = derived("2", "{how: count, names: [Mjølnerparken, Tingbjerg]}")
    assert by_rule(check_measurements(tmp_path, ok), RULE) == []
    findings = by_rule(check_measurements(tmp_path, derived("2", "{how: count, names: [Tingbjerg, Tingbjerg]}")), RULE)
    assert sorted(finding.message for finding in findings) == [
        "i-alt-2008 counts Tingbjerg more than once",
        "i-alt-2008 is 2, but the different names it lists are 1: Tingbjerg, Tingbjerg",
    ]


def test_a_derived_figure_without_a_value_is_named(tmp_path: Path) -> None:
    body = '  - id: i-alt\n    text: t\n    indicator: tfi-projektbesoeg\n    date: "2008"\n    derived: {how: count}\n'
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert finding.message == "i-alt is derived but records no value to check"


def test_new_names_are_those_not_among_the_earlier_ones(tmp_path: Path) -> None:
    # Seed 004: "gået fra 5 til kun 2 udsatte boligområder: Mjølnerparken og Tingbjerg"; the 5 of section 2.1.
    earlier = "[Tingbjerg, Lundtoftegade, Mjølnerparken, Aldersrogade, Akacieparken]"
    ok = derived("0", f"{{how: new, names: [Mjølnerparken, Tingbjerg], among: {earlier}}}")
    assert by_rule(check_measurements(tmp_path, ok), RULE) == []
    wrong = derived("0", "{how: new, names: [Mjølnerparken, Husum], among: [Mjølnerparken]}")
    [finding] = by_rule(check_measurements(tmp_path, wrong), RULE)
    assert finding.message == "i-alt-2008 is 0, but 1 of the names it lists are not among the earlier ones: Husum"


def test_a_figure_worked_out_from_itself_is_named_even_when_it_recomputes(tmp_path: Path) -> None:
    # 128 - 0 = 128 recomputes, but says nothing: the figure is its own source.
    zero = PARTS.replace("value: 22", "value: 0")
    body = zero + derived("106", "{how: difference, of: [i-alt-2008, rekvireringer-2008]}")
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert finding.pointer == "/measurements/2/derived/of/0"
    assert finding.message == "i-alt-2008 is worked out from itself: i-alt-2008 → i-alt-2008"


def test_figures_worked_out_from_each_other_are_each_named(tmp_path: Path) -> None:
    # 128 = 106 + 22 and 106 = 128 - 22 both recompute; neither rests on a printed figure.
    circle = PARTS.replace(
        "    value: 106\n", "    value: 106\n    derived: {how: difference, of: [i-alt-2008, rekvireringer-2008]}\n"
    ) + derived("128", "{how: sum, of: [raadgivninger-2008, rekvireringer-2008]}")
    findings = by_rule(check_measurements(tmp_path, circle), RULE)
    assert [(finding.pointer, finding.message) for finding in findings] == [
        (
            "/measurements/1/derived/of/0",
            "raadgivninger-2008 is worked out from itself: raadgivninger-2008 → i-alt-2008 → raadgivninger-2008",
        ),
        (
            "/measurements/2/derived/of/0",
            "i-alt-2008 is worked out from itself: i-alt-2008 → raadgivninger-2008 → i-alt-2008",
        ),
    ]
    assert all(finding.line > 0 and finding.column > 0 for finding in findings)
    # A figure worked out from a derived one that is not circular is still recomputed, not named.
    chain = PARTS.replace(
        "    value: 106\n", "    value: 106\n    derived: {how: sum, of: [rekvireringer-2008, rekvireringer-2008]}\n"
    ) + derived("128", "{how: sum, of: [raadgivninger-2008, rekvireringer-2008]}")
    messages = [finding.message for finding in by_rule(check_measurements(tmp_path, chain), RULE)]
    assert messages == [
        "raadgivninger-2008 is 106, but its derivation (sum of rekvireringer-2008, rekvireringer-2008) gives 44"
    ]


def test_the_count_of_measurements_is_singular_or_plural_in_both_languages(tmp_path: Path) -> None:
    three = "[rekvireringer-2008, raadgivninger-2008, rekvireringer-2008]"
    for derivation, english, danish in (
        ("{how: sum, of: [rekvireringer-2008]}", "is a sum of 1 measurement", "er en sum af 1 måling"),
        (f"{{how: difference, of: {three}}}", "is a difference of 3 measurements", "er en differens af 3 målinger"),
    ):
        for language, words in (("en", english), ("da", danish)):
            with speaking(language):
                result = check_measurements(
                    tmp_path / language / str(len(derivation)), PARTS + derived("1", derivation)
                )
            [finding] = by_rule(result, RULE)
            assert finding.pointer == "/measurements/2/derived/of" and finding.message == f"i-alt-2008 {words}"


def test_counts_of_names_are_numbers_in_the_language_in_use(tmp_path: Path) -> None:
    """A count from 1,000 on is written as the other rules write numbers (`format_number`): Danish groups
    thousands from five digits, so 12345 names are "12345" in English and "12.345" in Danish."""
    names = [f"forening-{number}" for number in range(12_345)]
    listed = ", ".join(names)
    counted = derived("12346", f"{{how: count, names: [{listed}]}}")
    new = derived("12346", f"{{how: new, names: [{listed}], among: [andet]}}")
    for language, number, value in (("en", "12345", "12346"), ("da", "12.345", "12.346")):
        with speaking(language):
            [count] = by_rule(check_measurements(tmp_path / language / "count", counted), RULE)
            [fresh] = by_rule(check_measurements(tmp_path / language / "new", new), RULE)
        assert count.message.startswith(f"i-alt-2008 {'is' if language == 'en' else 'er'} {value}, ")
        assert count.message.endswith(f" {number}: {listed}")
        assert fresh.message.split(": ")[0].endswith(
            f" {number} of the names it lists are not among the earlier ones"
            if language == "en"
            else f" {number} af de navne, den nævner, er ikke blandt de tidligere"
        )
