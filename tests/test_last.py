"""`keep_last`: one result kept, for the same object and the same `also()`."""

from __future__ import annotations

from tfi_rules.last import keep_last


def test_the_last_result_is_kept_for_the_same_object_and_the_same_also() -> None:
    calls: list[object] = []
    mood = ["en"]

    @keep_last(also=lambda: mood[0])
    def measured(thing: list[int]) -> int:
        calls.append(thing)
        return len(calls)

    first, equal = [1], [1]
    assert measured(first) == 1 and measured(first) == 1  # kept
    assert measured(equal) == 2  # an equal object is another object
    assert measured(first) == 3  # only the last is kept
    mood[0] = "da"
    assert measured(first) == 4 and measured(first) == 4  # also() changed, then kept again
    assert calls == [first, equal, first, first]
