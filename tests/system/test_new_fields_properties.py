"""Odd but well-formed uses of this session's new fields — `counts:` and `derived:` on measurements,
`counts:` and `decisions:` on criteria, area decisions, budget tables with columns and waivers with a
nullable `approved_by` / `recorded_by` — pushed through check, verdict (json) and diff: no traceback, an
exit code from the README's table, and every finding at a file, line and column.

The shapes come from tests/system/test_shapes.py (SCALARS, SHAPES: any value where a field is expected)
and the numbers from tests/system/test_number_bounds.py (NUMBER_TEXT: numbers around the bounds, as
written); this file only arranges them into the new fields, mostly well-formed (of 60 examples, 15 had no
schema finding and 37 reached measurement-derived). CI runs 25: 6.7 s under a load average of 7 on two cores."""

from __future__ import annotations

import copy
import json
import re
import tempfile
from pathlib import Path
from typing import Any

from helpers import MANDATE, PLAN, dump_yaml, run_cli
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_number_bounds import NUMBER_TEXT
from test_shapes import KEYS, SCALARS, SHAPES

import cli
from tfi_rules.load.loader import load_text

BASE_PLAN: dict[str, Any] = load_text(PLAN).data  # read as tfi reads it: numbers exact
MEASUREMENT_IDS = ["m0", "m1", "m2", "m3"]
SOURCE = {"title": "Status for 2007", "case_no": "2008-1"}


class Number(str):
    """A number as written (NUMBER_TEXT), put into the YAML text unquoted."""


def placed(data: Any, numbers: list[str]) -> Any:
    """`data` with every Number replaced by a placeholder, remembered in `numbers` (dump_yaml quotes text)."""
    if isinstance(data, Number):
        numbers.append(str(data))
        return f"@@number{len(numbers) - 1}@@"
    if isinstance(data, dict):
        return {key: placed(value, numbers) for key, value in data.items()}
    if isinstance(data, list):
        return [placed(value, numbers) for value in data]
    return data


def to_yaml(data: Any) -> str:
    numbers: list[str] = []
    text = dump_yaml(placed(data, numbers))
    return re.sub(r'"@@number(\d+)@@"', lambda found: numbers[int(found.group(1))], text)


def sometimes_odd(strategy: st.SearchStrategy[Any], odd: st.SearchStrategy[Any] = SHAPES) -> st.SearchStrategy[Any]:
    """Mostly (38 in 40) the well-formed value, else null or any other shape: about every other repository
    has one field of an odd shape somewhere, the rest get as far as the rules."""
    return st.sampled_from(["well-formed"] * 38 + ["null", "odd"]).flatmap(
        lambda roll: odd if roll == "odd" else st.none() if roll == "null" else strategy
    )


NUMBERS = sometimes_odd(
    st.integers(0, 100) | st.decimals(0, 1000, places=2, allow_nan=False).map(lambda number: Number(str(number))),
    NUMBER_TEXT.map(Number),  # around the bounds and beyond: 1e309, 1e-999999999, 010, ...
)
NAMES = st.lists(
    st.sampled_from(["Tingbjerg", "Mjølnerparken", "Akacieparken"]) | st.text(min_size=1, max_size=5), max_size=4
)
OF = st.lists(st.sampled_from([*MEASUREMENT_IDS, "missing"]), max_size=4)  # itself, another, one not there
DERIVED = st.fixed_dictionaries(
    {"how": sometimes_odd(st.sampled_from(["count", "new", "difference", "sum"]))},
    optional={
        "of": sometimes_odd(OF),
        "names": sometimes_odd(NAMES),
        "among": NAMES,
        "text": st.text(min_size=1, max_size=5),
    },
)
TERM = st.fixed_dictionaries(
    {"id": sometimes_odd(st.sampled_from(["borgere", "forloeb", "vejledningsforloeb"]))},
    optional={"text": sometimes_odd(st.text(min_size=1, max_size=5))},
)
PERIOD = st.sampled_from(["2007-H2", "2007", "2008", "2009-Q1", "2008-03", "2030", "0001", "9999-12"])
ODD_PERIOD = st.sampled_from(["2009-Q5", "2009-H3", "2008-13"]) | st.integers(0, 10_000)
COUNTS = st.fixed_dictionaries(
    {},
    optional={
        "population": sometimes_odd(TERM),
        "numerator": sometimes_odd(TERM),
        "scale": sometimes_odd(TERM),
        "period": sometimes_odd(PERIOD),
    },
)
ODD_COUNTS = st.one_of(
    SHAPES, st.dictionaries(KEYS, SCALARS, min_size=1), st.fixed_dictionaries({"period": ODD_PERIOD})
)
DAY = st.sampled_from(["2026-12-04", "2007-06-25", "1900-01-01", "2099-12-31"])


def decisions(about: list[str]) -> st.SearchStrategy[list[dict[str, Any]]]:
    """A few decisions (the first one twice)."""
    decision = st.fixed_dictionaries(
        {
            "about": sometimes_odd(st.sampled_from(about)),
            "by": sometimes_odd(st.just("tfi-vedligeholderne")),
            "on": sometimes_odd(DAY),
        },
        optional={"note": st.text(min_size=1, max_size=5)},
    )
    return st.lists(decision, max_size=3).map(lambda found: found + found[:1])


AMOUNTS = st.lists(NUMBERS | st.none(), max_size=4)
LINE = st.fixed_dictionaries(
    {"title": st.just("Linje")},
    optional={
        "amounts": sometimes_odd(AMOUNTS),
        "amount": NUMBERS,
        "total": NUMBERS | st.none(),
        "text": st.text(min_size=1, max_size=5),
    },
)
BUDGET = st.fixed_dictionaries(
    {
        "unit": sometimes_odd(st.sampled_from(["kr", "mio_kr"])),
        "lines": st.lists(
            st.tuples(LINE, st.lists(LINE, max_size=2)).map(lambda pair: {**pair[0], "lines": pair[1]}), max_size=3
        ),
    },
    optional={
        "columns": sometimes_odd(st.lists(st.sampled_from(["2008", "2009", "2010"]), max_size=3)),
        "total": sometimes_odd(st.fixed_dictionaries({}, optional={"amounts": AMOUNTS, "total": NUMBERS})),
    },
)
WAIVER = st.fixed_dictionaries(
    {
        "rule": sometimes_odd(st.sampled_from(["capacity-balance", "budget-sums", "measurement-derived", "verdict"])),
        "reason": st.just("Udvalget besluttede det"),
        "approved_by": sometimes_odd(st.just("BIU 25.06.2007")),
    },
    optional={
        "applies_to": st.sampled_from(["", "/areas", "/budget/lines/0", "initiativer", "m0"]),
        "recorded_by": sometimes_odd(st.just("TFI-koordinator")),
    },
)
MEASUREMENT = st.fixed_dictionaries(
    {
        "criterion": st.sampled_from(["p/initiativer", "p/tilfredshed", "p/projektbesoeg", "p/missing"]),
        "value": sometimes_odd(NUMBERS),
        "unit": st.sampled_from(["count", "percent"]),
        "date": sometimes_odd(PERIOD),
    },
    optional={"counts": sometimes_odd(COUNTS, ODD_COUNTS), "derived": sometimes_odd(DERIVED)},
)
REPOSITORY = st.fixed_dictionaries(
    {
        "measurements": st.lists(MEASUREMENT, min_size=1, max_size=len(MEASUREMENT_IDS)),
        "criterion counts": st.lists(sometimes_odd(COUNTS, ODD_COUNTS), min_size=3, max_size=3),
        "criterion decisions": st.lists(sometimes_odd(decisions(["reading", "measurement"])), min_size=3, max_size=3),
        "area decisions": st.lists(sometimes_odd(decisions(["criteria"])), min_size=3, max_size=3),
    },
    optional={"budget": BUDGET, "waivers": st.lists(WAIVER, max_size=2)},
)


def files(repository: dict[str, Any]) -> dict[str, str]:
    """The plan and measurement file of a generated repository, as YAML text."""
    plan = copy.deepcopy(BASE_PLAN)
    for number, area in enumerate(plan["areas"]):
        area["decisions"] = repository["area decisions"][number]
        area["criteria"][0]["counts"] = repository["criterion counts"][number]
        area["criteria"][0]["decisions"] = repository["criterion decisions"][number]
    for budget_line, line in enumerate(repository.get("budget", {}).get("lines", [])):
        line["id"] = f"l{budget_line}"
        for sub, child in enumerate(line["lines"]):
            child["id"] = f"l{budget_line}-{sub}"
    for key in ("budget", "waivers"):
        if key in repository:
            plan[key] = repository[key]
    measurements = [
        {"id": MEASUREMENT_IDS[number], "text": "Status", **measurement}
        for number, measurement in enumerate(repository["measurements"])
    ]
    return {
        "plans/mandate.yaml": MANDATE,
        "plans/p.yaml": to_yaml(plan),
        "measurements/m.yaml": to_yaml(
            {"kind": "measurements", "id": "m", "title": "Status", "source": SOURCE, "measurements": measurements}
        ),
    }


LOCATED = re.compile(r"^tfi: (plans|measurements)/[a-z.]+:[0-9]+:[0-9]+: ")

# A self-derivation, a cycle, a difference of three, a count of nothing, duplicate decisions, one column.
CORNERS = {
    "measurements": [
        {"criterion": "p/initiativer", "value": 2, "unit": "count", "date": "2007-H2",
         "derived": {"how": "difference", "of": ["m0", "m1"]}},
        {"criterion": "p/initiativer", "value": Number("1e309"), "unit": "count", "date": "2007-H2",
         "derived": {"how": "sum", "of": ["m0", "m1", "missing"]}, "counts": {"foo": None, "period": "0001"}},
        {"criterion": "p/initiativer", "value": 0, "unit": "count", "date": "2007-H2",
         "derived": {"how": "count", "names": []}},
    ],
    "criterion counts": [{"period": "2007-H2"}, None, {"population": None}],
    "criterion decisions": [[{"about": "reading", "by": "x", "on": "2026-12-04"}] * 2, None, []],
    "area decisions": [[{"about": "criteria", "by": "x", "on": "2026-12-04"}] * 2, None, []],
    "budget": {"unit": "mio_kr", "columns": ["2008"], "lines": [
        {"id": "l0", "title": "Linje", "amounts": [Number("-0.0"), Number("1.5")], "total": None, "lines": []}]},
    "waivers": [{"rule": "capacity-balance", "reason": "x", "approved_by": None, "recorded_by": None}],
}  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(REPOSITORY)
@example(CORNERS)
def test_new_fields_in_any_odd_use_give_located_findings_or_clean_runs(repository: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for side, written in (
            ("before", {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN}),
            ("after", files(repository)),
        ):
            for name, text in written.items():
                (root / side / name).parent.mkdir(parents=True, exist_ok=True)
                (root / side / name).write_text(text, encoding="utf-8")
        after = root / "after"

        code, out, err = run_cli(["check", "--format", "json"], after)
        assert code in (cli.EXIT_OK, cli.EXIT_FINDINGS) and "internal error" not in err, (code, err[-500:])
        findings = json.loads(out)["findings"]
        for finding in findings:  # every finding at a file, line and column
            assert finding["file"] in ("plans/p.yaml", "measurements/m.yaml", "plans/mandate.yaml"), finding
            assert finding["line"] >= 1 and finding["column"] >= 1, finding
        assert (code == cli.EXIT_FINDINGS) == any(f["severity"] == "error" and not f["waived"] for f in findings)

        code, out, err = run_cli(["verdict", "--as-of", "2009-06-30", "--format", "json"], after)
        assert code in (cli.EXIT_OK, cli.EXIT_FINDINGS) and "internal error" not in err, (code, err[-500:])
        assert isinstance(json.loads(out), list)
        for line in err.splitlines():  # a file verdict skips is named with its place
            if line.startswith("tfi: plans/") or line.startswith("tfi: measurements/"):
                assert LOCATED.match(line), line

        code, out, err = run_cli(["diff", "../before", "."], after)
        assert code == cli.EXIT_OK and "internal error" not in err, (code, err[-500:])
        assert "p.yaml" in out, out
