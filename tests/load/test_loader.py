"""The loader: plain data with positions, and a clear LoadError for everything else."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import run_cli_as_normal_user
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tfi_rules.findings import Severity
from tfi_rules.load.loader import (
    DEFAULT_LIMITS,
    HAVE_LIBYAML,
    Document,
    Limits,
    LoadError,
    load_file,
    load_text,
)
from tfi_rules.numbers import LARGEST_NUMBER

PLAN = textwrap.dedent(
    """\
    # yaml-language-server: $schema=../schemas/plan.schema.json
    kind: plan
    id: tfi-2009
    title: Arbejdsplan 2009
    period: {from: 2009-01-01, to: 2009-12-31}
    capacity: 4
    areas:
      - id: mjølnerparken
        årsværk: 1.5
        timer ugentligt: 22
        aktiv: true
        note: ~
        criteria:
          - text: Mindst 64 pct. i job
            target: 0.1
            hvoraf: yes
    """
)


def rejection(text: str | bytes) -> LoadError:
    with pytest.raises(LoadError) as caught:
        load_text(text, "plan.yaml")
    return caught.value


# --- what loads ----------------------------------------------------------------------


def test_a_plan_loads_as_plain_data() -> None:
    document = load_text(PLAN, "plans/2009.yaml")
    assert document.path == "plans/2009.yaml"
    assert document.schema_comment == "../schemas/plan.schema.json"
    assert document.data == {
        "kind": "plan",
        "id": "tfi-2009",
        "title": "Arbejdsplan 2009",
        "period": {"from": "2009-01-01", "to": "2009-12-31"},
        "capacity": 4,
        "areas": [
            {
                "id": "mjølnerparken",
                "årsværk": Decimal("1.5"),
                "timer ugentligt": 22,
                "aktiv": True,
                "note": None,
                "criteria": [{"text": "Mindst 64 pct. i job", "target": Decimal("0.1"), "hvoraf": "yes"}],
            }
        ],
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1.5", Decimal("1.5")),
        ("0.1", Decimal("0.1")),
        ("+1.5", Decimal("1.5")),
        ("-2.25e3", Decimal("-2.25e3")),
        ("1e3", Decimal("1000")),
        (".5", Decimal("0.5")),
        (".inf", Decimal("Infinity")),
        ("-.Inf", Decimal("-Infinity")),
        ("12", 12),
        ("-0", 0),
        ("+7", 7),
        ("true", True),
        ("FALSE", False),
        ("null", None),
        ("~", None),
        ("", None),
        ("yes", "yes"),
        ("no", "no"),
        ("on", "on"),
        ("off", "off"),
        ("2007-06-25", "2007-06-25"),
        ("2007-06-25 10:00:00", "2007-06-25 10:00:00"),
        ("1:30", "1:30"),  # no sexagesimal
        ("1_000", "1_000"),
        ("-.nan", "-.nan"),
        ("0b101", "0b101"),
        ("'12'", "12"),
        ('"true"', "true"),
        ("! 12", 12),  # libyaml resolves `!` like no tag (the 1.2 spec says text); nobody writes it
        ("!!str 12", "12"),
        ("!!int 12", 12),
        ("!!float 2", Decimal("2")),
        ("Job & Co", "Job & Co"),
        ("R&D", "R&D"),
    ],
)
def test_scalars_follow_the_yaml_1_2_core_schema(value: str, expected: Any) -> None:
    loaded = load_text(f"value: {value}\n").data["value"]
    assert loaded == expected
    assert type(loaded) is type(expected)


def test_nan_is_an_exact_decimal_nan() -> None:
    assert load_text("value: .nan\n").data["value"].is_nan()


def test_merge_key_is_an_ordinary_key() -> None:
    assert load_text("<<: {a: 1}\n").data == {"<<": {"a": 1}}


def test_utf8_bom_is_skipped_in_bytes_and_text() -> None:
    assert load_text("\ufeffårsværk: 4\n".encode()).data == {"årsværk": 4}
    assert load_text("\ufeffårsværk: 4\n").data == {"årsværk": 4}


def test_positions_count_from_after_every_byte_order_mark() -> None:
    # libyaml skips one more mark at its own start without counting it: the loader drops them all.
    for text in ("\ufeff\ufeffnote: @home\n", "\ufeff\ufeffnote: @home\n".encode()):
        error = rejection(text)
        assert (error.rule, error.line, error.column) == ("yaml-syntax", 1, 7)
        assert "'@'" in error.message


def test_schema_comment_only_from_the_leading_comments() -> None:
    assert load_text("kind: plan\n").schema_comment is None
    late = "kind: plan\n# yaml-language-server: $schema=x.json\n"
    assert load_text(late).schema_comment is None
    assert load_text("\n#  yaml-language-server: $schema=https://x/p.json\na: 1\n").schema_comment == (
        "https://x/p.json"
    )


# --- locate ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def plan() -> Document:
    return load_text(PLAN, "plans/2009.yaml")


@pytest.mark.parametrize(
    ("pointer", "key", "position"),
    [
        ("", False, (2, 1)),
        ("/kind", False, (2, 7)),
        ("/kind", True, (2, 1)),
        ("/period/to", False, (5, 32)),
        ("/areas/0", False, (8, 5)),
        ("/areas/0/årsværk", False, (9, 14)),
        ("/areas/0/årsværk", True, (9, 5)),
        ("/areas/0/criteria/0/hvoraf", True, (16, 9)),
        (("areas", 0, "timer ugentligt"), False, (10, 22)),
        (("areas", "0", "id"), False, (8, 9)),
        ("/areas/0", True, (8, 5)),  # a list item has no key: the item itself
    ],
)
def test_locate_values_keys_and_items(
    plan: Document, pointer: str | tuple[str | int, ...], key: bool, position: tuple[int, int]
) -> None:
    assert plan.locate(pointer, key=key) == position


@pytest.mark.parametrize(
    ("pointer", "position"),
    [
        ("/areas/0/activities", (8, 5)),  # missing property: the mapping's first line
        ("/areas/0/criteria/0/baseline/date", (14, 9)),
        ("/areas/7/id", (8, 3)),  # missing item: the list
        ("/areas/-", (8, 3)),
        ("/areas/01x", (8, 3)),
        ("/kind/deeper", (2, 7)),  # through a scalar: the scalar
        ("no-slash", (2, 1)),
    ],
)
def test_locate_falls_back_to_the_deepest_ancestor(plan: Document, pointer: str, position: tuple[int, int]) -> None:
    assert plan.locate(pointer) == position


def test_locate_counts_columns_in_characters_not_bytes() -> None:
    document = load_text("årsværk: [æ, ø, 1.5]\r\nnæste: x\r\n")
    assert document.locate("/årsværk/2") == (1, 17)
    assert document.locate("/næste") == (2, 8)


@given(st.lists(st.one_of(st.text(max_size=5), st.integers(-3, 3), st.none(), st.booleans(), st.floats()), max_size=6))
def test_locate_never_raises(parts: list[Any]) -> None:
    document = load_text(PLAN)
    line, column = document.locate(tuple(parts))
    assert line >= 1 and column >= 1
    line, column = document.locate("/" + "/".join(map(str, parts)), key=True)
    assert line >= 1 and column >= 1
    line, column = document.locate("".join(map(str, parts)))
    assert line >= 1 and column >= 1


# --- what is refused -------------------------------------------------------------------


def test_load_error_becomes_an_error_finding() -> None:
    error = rejection("kind: plan\nkind: plan\n")
    finding = error.to_finding()
    assert (finding.file, finding.line, finding.column, finding.rule) == ("plan.yaml", 2, 1, "yaml-duplicate-key")
    assert finding.severity is Severity.ERROR
    assert finding.pointer == ""
    assert finding.message == error.message and finding.hint == error.hint
    assert str(error).startswith("plan.yaml:2:1: ")


@pytest.mark.parametrize(
    ("text", "rule", "line", "column", "words"),
    [
        ("kind: plan\nareas:\n\t- id: x\n", "yaml-syntax", 3, 1, "spaces, not tabs"),
        ("title: 'Arbejdsplan\nid: x\n", "yaml-syntax", 3, 1, "never closed"),
        ("title: Mål: 10 pct.\n", "yaml-syntax", 1, 11, "quote the text if it contains ': '"),
        ("a:\n  b: 1\n c: 2\n", "yaml-syntax", 3, 2, "line up the keys"),
        ("areas: [a, b\nid: x\n", "yaml-syntax", 2, 3, "close it with ']'"),
        ("note: @home\n", "yaml-syntax", 1, 7, "quotes"),
        ("- a\nb: 1\n", "yaml-syntax", 2, 1, "'- '"),
        ('a: "C:\\q"\n', "yaml-syntax", 1, 7, "backslash"),
        ("", "yaml-empty", 0, 0, "kind:"),
        ("# kun en kommentar\n\n   \n", "yaml-empty", 0, 0, "kind:"),
        ("---\n", "yaml-empty", 0, 0, "kind:"),
        ("- kind: plan\n", "yaml-top-level", 1, 1, "`kind:`, `id:`, `title:`"),
        ("just text\n", "yaml-top-level", 1, 1, "`kind:`, `id:`, `title:`"),
        ("kind: plan\n---\nkind: plan\n", "yaml-multiple-documents", 2, 1, "one plan"),
        ("2008: 22\n", "yaml-key", 1, 1, 'write the key in quotes: "2008":'),
        ("a: 1\n1.5: x\n", "yaml-key", 2, 1, '"1.5":'),
        ("a:\n  true: x\n", "yaml-key", 2, 3, '"true":'),
        ("null: x\n", "yaml-key", 1, 1, '"null":'),
        ("[a, b]: x\n", "yaml-key", 1, 1, "plain text key"),
        ("? {a: 1}\n: x\n", "yaml-key", 1, 3, "plain text key"),
        ("a:\n  b: 1\n  b: 2\n", "yaml-duplicate-key", 3, 3, "keep one of them"),
        ("a: &x 1\nb: *x\n", "yaml-alias", 2, 4, "write the value out in full"),
        ("a: &x 1\n", "yaml-alias", 1, 4, "anchors and aliases are not supported"),
        ("a: *x\n", "yaml-alias", 1, 4, "anchors and aliases are not supported"),
        ("a: !!binary aGVq\n", "yaml-tag", 1, 4, "remove the tag"),
        ("a: !!timestamp 2001-01-01\n", "yaml-tag", 1, 4, "remove the tag"),
        ("a: !!set {x}\n", "yaml-tag", 1, 4, "remove the tag"),
        ("a: !!omap [x: 1]\n", "yaml-tag", 1, 4, "remove the tag"),
        ("a: !custom x\n", "yaml-tag", 1, 4, "remove the tag"),
        ("a: !!python/name:os.system\n", "yaml-tag", 1, 4, "remove the tag"),
        ("!!python/object:os.Foo {a: 1}\n", "yaml-tag", 1, 1, "remove the tag"),
        ("a: !!int many\n", "yaml-tag", 1, 4, "remove the tag"),
        ("a: !!str [x]\n", "yaml-tag", 1, 4, "remove the tag"),
        ("a: 1" + "0" * 5000 + "\n", "yaml-number", 1, 4, "quote it"),
        ("a: 1e99999999999999999999\n", "yaml-number", 1, 4, "quote it"),
        ("a: b\x00c\n", "yaml-encoding", 1, 5, "delete the character"),
        ("æøå: \x07\n", "yaml-encoding", 1, 6, "delete the character"),
        ("a: \ud800\n", "yaml-encoding", 1, 4, "UTF-8"),
        ("%YAML 2.0\n---\na: 1\n", "yaml-syntax", 1, 1, "%YAML"),
        ("title: 'Plan' 2009\n", "yaml-syntax", 1, 15, "quote the whole value"),
        ("areas: [a, b]]\n", "yaml-syntax", 1, 14, "extra ']'"),
        ("a: [b, ]]\n", "yaml-syntax", 1, 9, "extra ']'"),
        ("a: }\n", "yaml-syntax", 1, 4, "value is missing"),
    ],
)
def test_rejections_name_rule_position_and_a_hint(text: str, rule: str, line: int, column: int, words: str) -> None:
    error = rejection(text)
    assert (error.rule, error.line, error.column) == (rule, line, column), error.message
    assert words in error.message + " " + error.hint
    assert error.message and error.hint


def test_duplicate_key_message_names_the_key_and_its_first_line() -> None:
    error = rejection("areas:\n  - id: x\n    årsværk: 1\n    note: y\n    årsværk: 2\n")
    assert error.message == "key 'årsværk' appears twice in this mapping (first on line 3)"
    assert (error.line, error.column) == (5, 5)


def test_tag_message_names_the_tag() -> None:
    assert "!!python/object/apply:os.system" in rejection('a: !!python/object/apply:os.system ["x"]\n').message


def test_no_code_runs_from_a_python_tag(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    error = rejection(f'kind: !!python/object/apply:os.system ["touch {target}"]\n')
    assert error.rule == "yaml-tag"
    assert not target.exists()


@pytest.mark.parametrize(
    ("raw", "line", "column", "words"),
    [
        ("id: x\ntitle: Mjølnerparken\n".encode("latin-1"), 2, 10, "Latin-1"),
        (b"a: 1\nb: \x80\n", 2, 4, "0x80"),
        ("kind: plan\n".encode("utf-16"), 0, 0, "UTF-16"),
        ("kind: plan\n".encode("utf-32"), 0, 0, "UTF-32"),
        # Without a byte order mark: told from the NUL bytes beside the first character (YAML 1.2, 5.2).
        (b"k\x00i\x00n\x00d\x00", 0, 0, "UTF-16"),
        ("kind: plan\n".encode("utf-16-be"), 0, 0, "UTF-16"),
        ("# plan\nkind: plan\n".encode("utf-32-le"), 0, 0, "UTF-32"),
        ("kind: plan\n".encode("utf-32-be"), 0, 0, "UTF-32"),
        (b"\x00\x01kind: plan\n", 1, 1, "U+0000"),  # NUL beside a control character: not text in any encoding
    ],
)
def test_encoding_problems_are_found_with_their_position(raw: bytes, line: int, column: int, words: str) -> None:
    error = rejection(raw)
    assert (error.rule, error.line, error.column) == ("yaml-encoding", line, column)
    assert words in error.message
    assert "UTF-8" in error.hint


# --- limits ----------------------------------------------------------------------------


def test_default_limits() -> None:
    assert DEFAULT_LIMITS == Limits(max_bytes=2 * 1024 * 1024, max_depth=64)
    with pytest.raises(ValueError):
        Limits(max_depth=100_000)


def test_too_large_text_and_bytes() -> None:
    limits = Limits(max_bytes=100)
    for text in ("a: " + "x" * 100, ("a: " + "x" * 100).encode(), "a: " + "æ" * 50):
        with pytest.raises(LoadError) as caught:
            load_text(text, limits=limits)
        assert caught.value.rule == "yaml-too-large"


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("a: " + "[" * 70 + "]" * 70, (1, 67)),  # composed directly, checked while building
        ("a: " + "[" * 2000 + "]" * 2000, (1, 67)),  # checked on the event stream first
        ("a:\n" + "- " * 70 + "x\n", (2, 127)),
        ("a:\n" + "".join("  " * i + "- k:\n" for i in range(1, 40)), (33, 67)),
    ],
)
def test_too_deep_at_the_level_that_crosses_the_limit(text: str, position: tuple[int, int]) -> None:
    error = rejection(text)
    assert (error.rule, (error.line, error.column)) == ("yaml-too-deep", position)


def test_depth_at_the_limit_loads() -> None:
    # The top-level mapping is level 1, so 63 brackets make 64 levels.
    assert load_text("a: " + "[" * 63 + "]" * 63).data["a"] is not None


def test_billion_laughs_is_refused_fast() -> None:
    lines = ['lol0: &lol0 "lol"']
    lines += [f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * 10) + "]" for i in range(1, 30)]
    started = time.perf_counter()
    error = rejection("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 0.5
    assert (error.rule, error.line, error.column) == ("yaml-alias", 2, 14)


HOSTILE = {
    "flow100k": "'a: ' + '[' * 100_000 + ']' * 100_000",
    "flowmap100k": "'a: ' + '{b: ' * 100_000 + '}' * 100_000",
    "block100k": "'a:\\n' + '- ' * 100_000 + 'x\\n'",
    "explicit100k": "'? ' * 100_000 + 'x\\n'",
    "line1_9MB": "'note: ' + 'ord ' * 475_000",
    "quoted1_9MB": "'note: \"' + 'æ' * 950_000 + '\"'",
}


def test_hostile_nesting_and_size_are_answered_fast_without_crashing() -> None:
    # In a subprocess: a segfault in libyaml's recursive composer must fail this test,
    # not take pytest down with it.
    script = textwrap.dedent(
        f"""
        import time
        from tfi_rules.load.loader import LoadError, load_text
        for name, text in {{{", ".join(f"{k!r}: {v}" for k, v in HOSTILE.items())}}}.items():
            started = time.perf_counter()
            try:
                load_text(text)
                outcome = "Document"
            except LoadError as error:
                outcome = error.rule
            print(name, outcome, round(time.perf_counter() - started, 3))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    results = {name: (outcome, float(seconds)) for name, outcome, seconds in map(str.split, done.stdout.splitlines())}
    assert set(results) == set(HOSTILE)
    assert results["flow100k"][0] == results["flowmap100k"][0] == "yaml-too-deep"
    assert results["block100k"][0] == results["explicit100k"][0] == "yaml-too-deep"
    assert results["line1_9MB"][0] == results["quoted1_9MB"][0] == "Document"
    for name, (_, seconds) in results.items():
        assert seconds < 0.5, (name, seconds)


# --- load_file -----------------------------------------------------------------------


def test_load_file_reads_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "2009.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + PLAN.encode())
    document = load_file(path)
    assert document.path == str(path)
    assert document.data["areas"][0]["årsværk"] == Decimal("1.5")


def test_load_file_refuses_a_large_file_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as sparse:
        sparse.truncate(3 * 1024 * 1024)  # sparse: refusing it must not need the bytes
    error = pytest.raises(LoadError, load_file, path).value
    assert (error.rule, error.line, error.column) == ("yaml-too-large", 0, 0)
    assert "3,145,728" in error.message and "2,097,152" in error.message


def test_load_file_errors_are_positions_in_the_file_name(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    cases: dict[Path | str, str] = {
        tmp_path / "missing.yaml": "does not exist",
        tmp_path: "directory",
        loop: "symbolic links",
        fifo: "not a regular file",
        tmp_path / "missing" / "x.yaml": "does not exist",
        str(tmp_path / "nul\x00.yaml"): "NUL",
    }
    for path, words in cases.items():
        error = pytest.raises(LoadError, load_file, path).value
        assert (error.rule, error.line, error.column) == ("file-unreadable", 0, 0)
        assert words in error.message
        assert error.file == os.fspath(path)


def test_load_file_unreadable(shared_tmp: Path) -> None:
    # Root reads any file, and CI runs as root: the reading is done as `nobody` there (helpers).
    path = shared_tmp / "secret.yaml"
    path.write_text("kind: plan\n")
    path.chmod(0)
    code, out, err = run_cli_as_normal_user(["check", "--format", "json", "secret.yaml"], shared_tmp, unreadable=path)
    [finding] = json.loads(out)["findings"]
    assert (code, err) == (1, "")
    assert (finding["rule"], finding["line"], finding["column"]) == ("file-unreadable", 0, 0)
    assert finding["message"] == "cannot read 'secret.yaml': permission denied"


# --- properties ----------------------------------------------------------------------


def _loads_or_refuses(text: str | bytes) -> None:
    try:
        document = load_text(text)
    except LoadError as error:
        assert error.line >= 0 and error.column >= 0
        assert (error.line == 0) == (error.column == 0)
        assert error.rule and error.message and error.hint
    else:
        assert isinstance(document.data, dict)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_loads_or_is_refused(text: str) -> None:
    _loads_or_refuses(text)


@settings(max_examples=300)
@given(st.binary())
def test_any_bytes_load_or_are_refused(raw: bytes) -> None:
    _loads_or_refuses(raw)


YAML_ALPHABET = st.sampled_from(list("kind: plan-[]{},#&*!|>'\"%@`?\t\n -~0.1e") + ["\r\n", "æ", "\ufeff"])


@settings(max_examples=300)
@given(st.lists(YAML_ALPHABET, max_size=40).map("".join))
def test_yaml_shaped_text_loads_or_is_refused(text: str) -> None:
    _loads_or_refuses(text)


# PyYAML dumps YAML 1.1: a few strings it leaves unquoted mean something else in 1.2
# (`0o17`, `1e3`); those are not round-trip material.
_YAML_1_1 = yaml.resolver.Resolver()
_CORE_TYPED = st.sampled_from(["0o17", "1e3", "+1e3", "0x_1"])


def _same_in_1_1_and_1_2(text: str) -> bool:
    plain_1_1 = _YAML_1_1.resolve(yaml.ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"
    if not plain_1_1:
        return True  # the dumper quotes it
    try:
        return type(load_text(yaml.safe_dump({"v": text})).data["v"]) is str
    except LoadError:  # a number YAML 1.2 reads and we refuse (`09`, `1e-7`): not text either
        return False


# NEL (U+0085) is left out: PyYAML itself dumps it in a form it reads back as a space.
WORDS = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x85"), max_size=12).filter(
    _same_in_1_1_and_1_2
)
PLAN_DATA = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-LARGEST_NUMBER, LARGEST_NUMBER), WORDS),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(WORDS, inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.dictionaries(WORDS, PLAN_DATA, max_size=5), st.booleans())
def test_safe_dump_round_trips(data: dict[str, Any], flow: bool) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=flow)
    assert load_text(text).data == data


@given(_CORE_TYPED)
def test_round_trip_filter_knows_the_1_1_vs_1_2_differences(text: str) -> None:
    expected_str = text == "0x_1"
    assert _same_in_1_1_and_1_2(text) is expected_str


def test_libyaml_is_used_here() -> None:
    # The fallback works, but is 8-10x slower; CI should notice when it is in use.
    assert HAVE_LIBYAML is bool(yaml.__with_libyaml__)
    assert HAVE_LIBYAML
