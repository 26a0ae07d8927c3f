"""Linear in the size of the file: big files cost in proportion, hostile ones are bounded.
"""

from __future__ import annotations

import tracemalloc

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tfi_rules.loader import DEFAULT_LIMITS, LoadError, _most_values, _value_beyond, load_text


# --- a file of many values is refused before it is built ---------------------------------------


def test_a_flat_list_of_a_million_items_is_refused_at_the_value_that_crosses_the_limit() -> None:
    text = "kind: plan\nid: x\nareas: [" + ",".join(["1"] * 1_000_000) + "]\n"  # 2 MB
    tracemalloc.start()
    try:
        with pytest.raises(LoadError) as caught:
            load_text(text, "plans/list.yaml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    error = caught.value
    # The 20,001st value: the top-level mapping, `plan`, `x` and the list (keys do not count), then its items.
    assert (error.rule, error.line, error.column) == ("yaml-too-large", 3, 9 + 2 * (20_001 - 4 - 1))
    assert "more than 20,000 values" in error.message and error.hint
    print(f"peak {peak / 2**20:.1f} MiB")
    assert peak < 40 * 2**20  # the node tree of a million items took 314 MiB


def test_a_file_at_the_limit_of_values_is_read() -> None:
    items = DEFAULT_LIMITS.max_values - 4  # the top-level mapping, `plan`, `x` and the list
    document = load_text("kind: plan\nid: x\nareas: [" + ",".join(["1"] * items) + "]\n")
    assert len(document.data["areas"]) == items


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text("ab-:?,[]{} \n#'\"", max_size=6))
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text("ab-:?", max_size=3), children,
                                                                             max_size=4)),
    max_leaves=25,
)


@settings(max_examples=100, deadline=None)
@given(DOCUMENTS, st.sampled_from([None, True, False]))
def test_the_count_from_the_text_bounds_the_values_libyaml_reads(document: object, flow: bool | None) -> None:
    # The cheap count decides whether the events are counted at all: it must never count too few.
    text = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True)
    assert _value_beyond(text.encode("utf-8"), _most_values(text)) is None, text
