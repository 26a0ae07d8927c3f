"""Too deep is too deep whatever libyaml's own nesting limit, and finding it costs one reading.

libyaml in PyYAML 6.0.4 stops at 1000 levels, sometimes before any event reached the
loader's limit; earlier releases read on. The answers here hold for both.
"""

from __future__ import annotations

import random
import re
from typing import Any, ClassVar

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from yaml.events import MappingEndEvent, SequenceEndEvent
from yaml.scanner import ScannerError

from tfi_rules.load import loader, prescan, yaml12, yaml_depth
from tfi_rules.load.loader import Limits, LoadError, load_text

FILLER = "n: [" + "[], " * 2000 + "]\n"  # 4,000 events of lists that are finished
_PARSER = yaml12.PlanParser


def rejection(text: str, limits: Limits = loader.DEFAULT_LIMITS) -> LoadError:
    with pytest.raises(LoadError) as caught:
        load_text(text, "plan.yaml", limits)
    return caught.value


@pytest.mark.parametrize(
    ("text", "rule", "position"),
    [
        # libyaml reads ahead while a `[` may still start a key: 6.0.4 stops at 1000 levels.
        # The top-level mapping is level 1: the 64th bracket, column 4 + 63, is level 65.
        ("x: " + "[" * 10_000 + "]" * 10_000, "yaml-too-deep", (1, 67)),
        (FILLER + "x: " + "[" * 10_000, "yaml-too-deep", (2, 67)),
        ("x: [" + "[], " * 2000 + "[" * 10_000, "yaml-too-deep", (1, 4 + 8000 + 63)),
        ("x: [" + "'[', " * 300 + "[" * 1500, "yaml-too-deep", (1, 4 + 1500 + 63)),
        ("n:\n" + "- a\n" * 2000 + "- " + "[" * 5000, "yaml-too-deep", (2002, 3 + 62)),
        ("n: {" + "a: b, " * 500 + "x: " + "{b: " * 3000, "yaml-too-deep", (1, 4 + 3000 + 4 + 4 * 62)),
        # Deep, then something libyaml meets while reading ahead: the deep level comes first.
        ("x: " + "[" * 1001 + "@", "yaml-too-deep", (1, 67)),
        (FILLER + "x: " + "[" * 900 + "]" * 899 + "}", "yaml-too-deep", (2, 67)),
        # A problem before any level past the limit stands.
        ("x: [a, @b, " + "[" * 2000, "yaml-syntax", (1, 8)),
        # Not too deep: 63 brackets in a mapping are 64 levels.
        ("x: " + "[" * 63 + "@", "yaml-syntax", (1, 67)),
    ],
)
def test_too_deep_whatever_libyaml_nesting_limit(text: str, rule: str, position: tuple[int, int]) -> None:
    error = rejection(text)
    assert (error.rule, (error.line, error.column)) == (rule, position), error.message


def test_a_mapping_key_of_a_thousand_brackets_is_a_syntax_error_on_its_line() -> None:
    # libyaml waits for the `:` of a possible key; before 6.0.4 it gives up after 1024
    # characters, 6.0.4 stops at its 1000th level first and is quoted.
    error = rejection("a: 1\n" + "[" * 1100 + "\n")
    assert (error.rule, error.line) == ("yaml-syntax", 2)


# --- the blanked re-reading ------------------------------------------------------------------


class _Counting(yaml12.PlanParser):
    """The loader's parser, counting the events each reading hands out."""

    readings: ClassVar[list[int]] = []

    def __init__(self, source: bytes) -> None:
        super().__init__(source)
        self.readings.append(0)

    def get_event(self) -> Any:
        self.readings[-1] += 1
        return super().get_event()


def test_the_re_reading_skips_what_the_first_reading_finished(monkeypatch: pytest.MonkeyPatch) -> None:
    # `@` after 1001 brackets: every libyaml release stops there, behind the deep level.
    text = "n: [" + "[], " * 200_000 + "]\nx: " + "[" * 1001 + "@"
    monkeypatch.setattr(_Counting, "readings", [])
    monkeypatch.setattr(yaml12, "PlanParser", _Counting)
    error = rejection(text)
    assert (error.rule, error.line, error.column) == ("yaml-too-deep", 2, 67)
    first, again = _Counting.readings
    assert first > 400_000
    assert again < 200


def _stopping_after(events: int, ahead: int) -> type:
    """The loader's parser that stops after handing out `events` events, with an error
    `ahead` events further on: what libyaml does when it meets an error reading ahead."""
    made: list[object] = []

    class Stopping(yaml12.PlanParser):
        def __init__(self, source: bytes) -> None:
            super().__init__(source)
            self.source = source
            self.left = events if not made else None  # only the first reading stops
            made.append(self)

        def get_event(self) -> Any:
            if self.left == 0:
                at = _event_start(self.source, events + ahead)
                raise ScannerError("while testing", at, "stopped here", at)
            if self.left is not None:
                self.left -= 1
            return super().get_event()

    return Stopping


def _event_start(source: bytes, number: int) -> Any:
    """Where event `number` starts (the end of the text if there are fewer)."""
    events = _PARSER(source)
    event = None
    for _ in range(number + 1):
        if not events.check_event():
            return event.end_mark  # type: ignore[union-attr, attr-defined]
        event = events.get_event()
    return event.start_mark  # type: ignore[union-attr]


def _answer(text: str, events: int, ahead: int, limits: Limits, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(yaml12, "PlanParser", _stopping_after(events, ahead))
    source = text.encode()
    try:
        prescan.scan_events(source, text, "plan.yaml", limits)
    except LoadError as error:
        return (error.rule, error.line, error.column)
    except yaml.YAMLError as error:
        mark = error.problem_mark  # type: ignore[attr-defined]
        return ("stopped", mark.line, mark.column)
    return ("read",)


DEEP = "[" * 10
TRICKY = [
    "a:\n  k0:\n    - \n    - x\nc: " + DEEP,  # a finished list whose first line is `-` alone
    "a:\n- x\n- y\nb:\n-\n  - z\nc: " + DEEP,  # lists at their key's column
    "a: {k: [1, 2],\n  # [c\n  l: 'x]'}\nc: [a, b,\n  " + DEEP,  # brackets over lines, brackets in a comment and quotes
    "? [a, b]\n: x\n? c\n: " + DEEP,  # explicit keys, one of them a list
    "a: &n !!map\n  k: |\n    [[[\n  l: >-\n    ]]\nc: " + DEEP,  # anchors, tags, block scalars
    "a: 'one\n  two'\nb: \"x\" # [\nc:\n  # c\n  " + DEEP,
    "- [a, {b: c}]\n- d: [e,\n    f]\n  g: h\n- " + DEEP,
    "a: [b: c, d: [e]]\nc: [x: " + DEEP,
    "--- # doc\na: b\nc: {d: " + "{e: " * 10,
    "a:\n  b:\n    c: 1\n  d: 2\ne:\n  " + "- " * 10 + "x",
]


@pytest.mark.parametrize("text", TRICKY)
def test_the_blanked_re_reading_agrees_wherever_libyaml_stops(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    limits = Limits(max_depth=8)
    count = _stop_point(text, 0.999, after_an_end=False) + 1
    for events in range(3, count):
        for ahead in (1, 2, 5, 20, 200):
            with monkeypatch.context() as patched:
                blanked = _answer(text, events, ahead, limits, patched)
            with monkeypatch.context() as patched:
                patched.setattr(yaml_depth, "_without_finished_entries", lambda text, trail: None)
                everything = _answer(text, events, ahead, limits, patched)
            assert blanked == everything, (events, ahead)


LEAVES = st.one_of(st.sampled_from(["a", "b c", "'[q]'", "1", ""]), st.text("xyz[]{}:#'\"- ", max_size=4))
TREES = st.recursive(
    LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(["k", "l", "m"]), inner, max_size=3)
    ),
    max_leaves=12,
)


def _deep(depth: int, kind: str) -> Any:
    value: Any = "end"
    for _ in range(depth):
        value = [value] if kind == "list" else {"d": value}
    return value


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    before=TREES,
    after=TREES,
    depth=st.integers(5, 12),
    kind=st.sampled_from(["list", "map"]),
    flow=st.sampled_from([None, True, False]),
    stop=st.floats(0, 1, exclude_max=True),
    after_an_end=st.booleans(),
    ahead=st.integers(1, 80),
)
def test_the_blanked_re_reading_agrees_with_reading_everything_again(
    before: Any,
    after: Any,
    depth: int,
    kind: str,
    flow: bool | None,
    stop: float,
    after_an_end: bool,
    ahead: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = yaml.safe_dump({"a": before, "deep": _deep(depth, kind), "z": after}, default_flow_style=flow, width=60)
    limits = Limits(max_depth=8)
    events = _stop_point(text, stop, after_an_end)
    with monkeypatch.context() as patched:
        blanked = _answer(text, events, ahead, limits, patched)
    with monkeypatch.context() as patched:
        patched.setattr(yaml_depth, "_without_finished_entries", lambda text, trail: None)
        everything = _answer(text, events, ahead, limits, patched)
    assert blanked == everything, text


def _hand_written(pick: random.Random, depth: int, indent: int, flow: bool) -> str:
    """YAML as people write it: comments, blank lines, `-` alone on a line, brackets over lines."""
    if depth == 0 or pick.random() < 0.3:
        return pick.choice(["a", "'[q]'", '"d{"', "1", "[]", "{}"] + ([] if flow else ["", "!!str t", "x y"]))
    if flow or pick.random() < 0.3:
        items = [_hand_written(pick, depth - 1, indent, True) for _ in range(pick.randint(0, 4))]
        comma = pick.choice([", ", ",\n" + " " * (indent + 1), ", # [c\n" + " " * (indent + 1)])
        if pick.random() < 0.5:
            return "[" + comma.join(items) + "]"
        return "{" + comma.join(f"k{number}: {item}" for number, item in enumerate(items)) + "}"
    pad, lines = " " * indent, []
    mapping = pick.random() < 0.6
    for number in range(pick.randint(1, 4)):
        child = _hand_written(pick, depth - 1, indent + 2, False)
        lead = f"k{number}:" if mapping else "-"
        if _BLOCK_RE.match(child) or "\n" in child or pick.random() < 0.3:
            lines.append(f"{pad}{lead}\n{pad}  {child}")
        else:
            lines.append(f"{pad}{lead} {child}")
        lines += [pad + "# a comment ["] * (pick.random() < 0.2) + [""] * (pick.random() < 0.2)
    return "\n".join(lines).lstrip()


_BLOCK_RE = re.compile(r"(?:k[0-9]+:|-)(?:\s|$)")


def _stop_point(text: str, fraction: float, after_an_end: bool) -> int:
    """How many events the first reading hands out before it stops: a fraction of those before
    any error, or (the harder case) just after a list or mapping ends."""
    events = _PARSER(text.encode())
    ends: list[int] = []
    count = 0
    try:
        while events.check_event():
            if isinstance(events.get_event(), (SequenceEndEvent, MappingEndEvent)):
                ends.append(count + 1)
            count += 1
    except yaml.YAMLError:
        pass
    ends = [end for end in ends if 3 < end < count]
    if after_an_end and ends:
        return ends[int(fraction * len(ends))]
    return 3 + int(fraction * max(count - 4, 0))  # after the document began


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    pick=st.randoms(use_true_random=False),
    depth=st.integers(6, 14),
    stop=st.floats(0, 1, exclude_max=True),
    after_an_end=st.booleans(),
    ahead=st.integers(1, 60),
)
def test_the_blanked_re_reading_agrees_on_hand_written_yaml(
    pick: random.Random, depth: int, stop: float, after_an_end: bool, ahead: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    deep = pick.choice(
        ["[" * depth + "]" * depth, "[" * depth, "{a: " * depth + "}" * depth, "\n  " + "- " * depth + "x"]
    )
    text = (
        f"a:\n  {_hand_written(pick, 3, 2, False)}\nb: {_hand_written(pick, 3, 2, True)}\n"
        f"c: {deep}\nd:\n  {_hand_written(pick, 2, 2, False)}\n"
    )
    events = _stop_point(text, stop, after_an_end)
    limits = Limits(max_depth=8)
    with monkeypatch.context() as patched:
        blanked = _answer(text, events, ahead, limits, patched)
    with monkeypatch.context() as patched:
        patched.setattr(yaml_depth, "_without_finished_entries", lambda text, trail: None)
        everything = _answer(text, events, ahead, limits, patched)
    assert blanked == everything, text
