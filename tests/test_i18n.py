"""Every message `tfi` gives exists in Danish, and the Danish output reads as Danish.

The catalogue is checked statically: each `t("...")` in the code must be a
literal (so it can be looked up), must have a Danish text in
`tfi_rules/i18n/da/`, and the Danish text must fill in the same fields.
"""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

import pytest

from tfi_rules.i18n import catalog, fields_of, language, language_from_environment, set_language, speaking, t
from tfi_rules.i18n.da import MESSAGES, PARTS
from tfi_rules.numbers import format_kroner, format_number, plain_number

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted([ROOT / "cli.py", *(ROOT / "tfi_rules").rglob("*.py")])
SOURCES = [path for path in SOURCES if "i18n" not in path.relative_to(ROOT).parts]


def _translation_calls() -> list[tuple[str, int, ast.Call]]:
    calls = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t":
                calls.append((str(path.relative_to(ROOT)), node.lineno, node))
    return calls


CALLS = _translation_calls()


def _english(call: ast.Call) -> str | None:
    if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
        return call.args[0].value
    return None


def test_the_code_has_messages_to_translate() -> None:
    assert len(CALLS) >= 5  # the scan itself works: capacity-balance alone has several


def test_every_message_is_a_literal_so_it_can_be_looked_up() -> None:
    dynamic = [f"{file}:{line}" for file, line, call in CALLS if _english(call) is None]
    assert dynamic == [], "t() takes a literal English text with {fields}, not an f-string or a variable"


def test_every_message_has_danish_text() -> None:
    missing = [
        f"{file}:{line}: {_english(call)!r}"
        for file, line, call in CALLS
        if _english(call) is not None and _english(call) not in MESSAGES
    ]
    assert missing == [], "add the Danish text to tfi_rules/i18n/da/:\n" + "\n".join(missing)


def test_danish_text_fills_in_the_same_fields_as_english() -> None:
    wrong = {english: danish for english, danish in MESSAGES.items() if fields_of(english) != fields_of(danish)}
    assert wrong == {}


def test_the_fields_a_call_passes_are_the_fields_its_message_names() -> None:
    wrong = []
    for file, line, call in CALLS:
        english = _english(call)
        if english is None or any(keyword.arg is None for keyword in call.keywords):
            continue
        passed = {keyword.arg for keyword in call.keywords if keyword.arg is not None}
        if passed != fields_of(english):
            wrong.append(f"{file}:{line}: passes {sorted(passed)}, names {sorted(fields_of(english))}")
    assert wrong == []


def test_no_danish_text_is_left_over() -> None:
    used = {_english(call) for _file, _line, call in CALLS}
    assert sorted(set(MESSAGES) - used) == []


def test_the_parts_of_the_catalogue_do_not_disagree() -> None:
    seen: dict[str, str] = {}
    for part in PARTS:
        for english, danish in part.MESSAGES.items():
            assert seen.setdefault(english, danish) == danish, english


def test_a_message_is_given_in_the_language_in_use() -> None:
    english = "the mandate {mandate} gives no capacity on {day}, the plan's first day"
    assert t(english, mandate="biu-201-2006", day="2007-01-01") == (
        "the mandate biu-201-2006 gives no capacity on 2007-01-01, the plan's first day"
    )
    with speaking("da"):
        assert t(english, mandate="biu-201-2006", day="2007-01-01") == (
            "mandatet biu-201-2006 giver ingen kapacitet den 2007-01-01, planens første dag"
        )
    assert language() == "en"


def test_yaml_in_a_hint_is_not_taken_for_a_field() -> None:
    assert t("write `funding: {source: other}` for {area}", area="x") == "write `funding: {source: other}` for x"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="tfi speaks en, da"):
        set_language("sv")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "da_DK.UTF-8"}, "da"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "da_DK.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ({"LANGUAGE": "da:en", "LANG": "en_US.UTF-8"}, "da"),
        ({"TFI_LANG": "da", "LANG": "en_US.UTF-8"}, "da"),
        ({"LC_MESSAGES": "da_DK", "LANG": ""}, "da"),
    ],
)
def test_the_default_language_comes_from_the_locale(environ: dict[str, str], expected: str) -> None:
    assert language_from_environment(environ) == expected


@pytest.mark.parametrize(
    ("value", "english", "danish"),
    [
        (Decimal("54.4"), "54.4", "54,4"),
        (Decimal("54.40"), "54.4", "54,4"),
        (Decimal("1.5"), "1.5", "1,5"),
        (Decimal("4"), "4", "4"),
        (Decimal("6105606"), "6105606", "6.105.606"),
        (Decimal("-12345.5"), "-12345.5", "-12.345,5"),
        (2009, "2009", "2009"),
    ],
)
def test_numbers_are_written_the_languages_way(value: Decimal, english: str, danish: str) -> None:
    assert format_number(value) == english
    with speaking("da"):
        assert format_number(value) == danish
        assert plain_number(value) == english  # what programs read never changes


@pytest.mark.parametrize(
    ("value", "unit", "english", "danish"),
    [
        (Decimal("1000000"), "kr", "1,000,000 kr.", "1.000.000 kr."),
        (Decimal("50000"), "kr", "50,000 kr.", "50.000 kr."),
        (Decimal("26.9"), "mio_kr", "26.9 mio. kr.", "26,9 mio. kr."),
        (Decimal("-150000"), "kr", "-150,000 kr.", "-150.000 kr."),
    ],
)
def test_kroner_are_written_the_languages_way(value: Decimal, unit: str, english: str, danish: str) -> None:
    assert format_kroner(value, unit) == english
    with speaking("da"):
        assert format_kroner(value, unit) == danish


def test_english_has_no_catalogue() -> None:
    assert catalog("en") == {}


# Where a message for people is handed over: (callable name, positions, keywords) of its text.
MESSAGE_CARRIERS = {
    "Problem": ((1, 2), ("message", "hint")),
    "Finding": ((5, 6), ("message", "hint")),
    "LoadError": ((4, 5), ("message", "hint")),
    "PathError": ((0,), ()),
    "ConfigError": ((0,), ()),
    "BadParameter": ((0,), ()),
    "Difference": ((2,), ("sentence",)),  # tfi diff's sentences (tfi_rules/diff/differences.py)
    "DiffUsageError": ((0,), ()),
}


def _english_literal(node: ast.expr) -> bool:
    """Text that would reach people untranslated: a literal with letters, an f-string, or a sum with one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(character.isalpha() for character in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_english_literal(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _english_literal(node.left) or _english_literal(node.right)
    if isinstance(node, ast.IfExp):
        return _english_literal(node.body) or _english_literal(node.orelse)
    return False


def test_no_message_for_people_bypasses_translation() -> None:
    bypassing = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in MESSAGE_CARRIERS:
                continue
            positions, keywords = MESSAGE_CARRIERS[name]
            texts = [node.args[i] for i in positions if i < len(node.args)]
            texts += [keyword.value for keyword in node.keywords if keyword.arg in keywords]
            if any(_english_literal(text) for text in texts):
                bypassing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}(...)")
    assert bypassing == [], "wrap the text in t() and add its Danish:\n" + "\n".join(bypassing)


@pytest.mark.parametrize(
    ("source", "bypasses"),
    [
        ('Problem("/areas", f"adds up to {total}")', True),
        ('Problem("/areas", "too many", "write less")', True),
        ('Problem("/areas", t("too many") + " more than stated")', True),
        ('Problem("/areas", t("too many") + " (" + note + ")")', False),  # punctuation needs no Danish
        ('Problem("/areas", t("too many"), t("write less"))', False),
        ('Problem("/areas", message, hint)', False),
        ('Problem("/areas", t("x") + suggestion)', False),
    ],
)
def test_the_bypass_check_sees_english_handed_to_people(source: str, bypasses: bool) -> None:
    call = ast.parse(source).body[0].value  # type: ignore[attr-defined]
    assert any(_english_literal(arg) for arg in call.args[1:]) is bypasses
