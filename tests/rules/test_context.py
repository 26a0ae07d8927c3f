"""The cross-file index of criteria (rules/context.CriteriaIndex): what the measurement rules ask of it."""

from __future__ import annotations

from tfi_rules.rules.context import CriteriaIndex, CriterionEntry

PERCENT = CriterionEntry("percent", None)
COUNT = CriterionEntry("count", "count")


def test_reference_finds_its_entry_and_nothing_else() -> None:
    index = CriteriaIndex()
    index.add("2011", [("beskaeftigelse", PERCENT), ("projektbesoeg", COUNT)])
    assert index.get("2011/beskaeftigelse") is PERCENT
    assert index.get("2011/projektbesoeg") is COUNT
    assert "2011/projektbesoeg" in index
    for missing in ("2011/beskaeftigelsen", "2012/beskaeftigelse", "2011", "2011/", "/beskaeftigelse", ""):
        assert missing not in index
        assert index.get(missing) is None
    assert list(index) == ["2011/beskaeftigelse", "2011/projektbesoeg"]
    assert len(index) == 2


def test_first_declaration_wins_and_a_plan_read_twice_adds_only_new_criteria() -> None:
    index = CriteriaIndex()
    index.add("2011", [("a", PERCENT), ("a", COUNT), ("b", COUNT)])
    index.add("2007", [("c", PERCENT)])
    index.add("2011", [("b", PERCENT), ("d", PERCENT)])  # the same plan id in another file
    assert index.get("2011/a") is PERCENT
    assert index.get("2011/b") is COUNT
    assert index.get("2011/d") is PERCENT
    assert index.of_plan("2011") == ["a", "b", "d"]
    assert index.of_plan("2012") == []
    assert list(index) == ["2011/a", "2011/b", "2011/d", "2007/c"]


def test_plans_with_the_same_criteria_share_one_table() -> None:
    index = CriteriaIndex()
    for number in range(3):
        index.add(f"kopi-{number}", [("".join(["mål", "-1"]), PERCENT), ("mål-2", COUNT)])
    assert index._plans["kopi-0"] is index._plans["kopi-2"]
    assert index.get("kopi-1/mål-2") is COUNT


def test_a_plan_without_criteria_has_none() -> None:
    index = CriteriaIndex()
    index.add("tom", [])
    assert index.of_plan("tom") == []
    assert "tom/" not in index
    assert len(index) == 0


def test_a_table_stays_one_byte_a_character_past_127_entries() -> None:
    # Every criterion may have an entry of its own (each records what it counts): entry numbers past
    # 127 and past 128**2 take more digits, not wider characters for the whole table.
    index = CriteriaIndex()
    entries = [CriterionEntry(f"unit-{number}", None) for number in range(20_000)]
    for number in range(0, 20_000, 4):
        index.add(f"plan-{number}", [(f"k{n}", entries[n]) for n in range(number, number + 4)])
    for number in (0, 127, 128, 16_383, 16_384, 19_999):
        assert index.get(f"plan-{number - number % 4}/k{number}") is entries[number]
    assert index.get("plan-0/k4") is None
    index.add("plan-0", [("k0", entries[1]), ("later", entries[19_999])])  # read again: its digits widen
    assert [index.get(f"plan-0/{name}") for name in index.of_plan("plan-0")] == [*entries[:4], entries[19_999]]
    assert len(index) == 20_001
    assert all(table.isascii() for table in index._plans.values())
