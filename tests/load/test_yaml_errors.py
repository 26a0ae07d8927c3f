"""Syntax errors are told apart by the parser's classes and marks, never by its English wording."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from yaml.error import MarkedYAMLError

from tfi_rules.i18n import speaking
from tfi_rules.load import yaml12
from tfi_rules.load.loader import LoadError, load_text

CORPUS = Path(__file__).parent / "corpus"

# Broken YAML of every kind the loader has words for, and some it quotes libyaml for.
BROKEN = [
    "kind: plan\nareas:\n\t- id: x\n",
    "a: >\n x\n\tb\n",
    "title: 'Arbejdsplan\nid: x\n",
    'title: "Arbejdsplan',
    "title: Mål: 10 pct.\n",
    "a: b: c\n",
    "a:\n  b: 1\n c: 2\n",
    "kind: plan\nid: p\n  title: Arbejdsplan\n",
    "areas: [a, b\nid: x\n",
    "period: {start: 2007-07-01, end: 2007-12-31\nid: p\n",
    "note: @home\n",
    "note: `x`\n",
    "note: %x\n",
    "- a\nb: 1\n",
    "a:\n  - x\n  b: 1\n",
    "- 'a' b\n",
    'a: "C:\\q"\n',
    'a: "C:\\xyz"\n',
    "kind: plan\n---\nkind: plan\n",
    "a: 1\n...\nb: 2\n",
    "a: *x\n",
    "%YAML 2.0\n---\na: 1\n",
    "%YAML 1.1\n%YAML 1.1\n---\na: 1\n",
    "title: 'Plan' 2009\n",
    "areas: [a, b]]\n",
    "a: [b, ]]\n",
    "a: }\n",
    "a: [,]\n",
    ": x\n",
    "- : x\n",
    "[a]: 1\n]\n",
    "a: - b\n",
    "a: [x, y] z\n",
    "a: 1\nb\n",
    "? a\n'c'\n",
    "a: 1\n'b' c\n",
    "a: !e!x 1\n",
    "a: &\n",
    "%FOO\n---\na\n",
    "a: [x\n",
    "a: {x\n",
    "a: 'x\n---\n'\n",
    "a: [" + "[" * 1000 + "@",
    "a: 1\n" + "[" * 1100 + "\n",
]


def _outcome(text: str) -> tuple[str, int, int, str, str]:
    with pytest.raises(LoadError) as caught:
        load_text(text, "plan.yaml")
    error = caught.value
    return error.rule, error.line, error.column, error.message, error.hint


def _mumbling(method: Callable[..., Any]) -> Callable[..., Any]:
    def call(self: Any, *args: Any) -> Any:
        try:
            return method(self, *args)
        except MarkedYAMLError as error:
            # Other words, same class and marks: what a libyaml release could do to us.
            error.problem = "xyzzy" if error.problem is not None else None
            error.context = "plugh" if error.context is not None else None
            raise

    return call


def _syntax_corpus() -> list[str]:
    corpus = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("yaml-*.yaml"))]
    return BROKEN + corpus


@pytest.mark.parametrize("language", ["en", "da"])
def test_the_answer_does_not_depend_on_libyaml_wording(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _syntax_corpus()
    with speaking(language):
        plain = [_outcome(text) for text in texts]
        parser = yaml12.PlanParser

        class Mumbling(parser):  # type: ignore[misc, valid-type]
            check_event = _mumbling(parser.check_event)
            get_event = _mumbling(parser.get_event)
            get_single_node = _mumbling(parser.get_single_node)

        monkeypatch.setattr(yaml12, "PlanParser", Mumbling)
        reworded = [_outcome(text) for text in texts]
    quoting = "the YAML cannot be read: " if language == "en" else "YAML-læseren svarer: '"
    for text, before, after in zip(texts, plain, reworded, strict=True):
        assert before[:3] == after[:3], text  # rule, line, column
        if quoting in before[3]:
            # libyaml's own words, quoted after our sentence: now the other words.
            assert quoting in after[3] and ("xyzzy" in after[3] or "plugh" in after[3]), text
        else:
            assert before[3:] == after[3:], text


def test_most_of_the_syntax_corpus_gets_our_own_words() -> None:
    quoted = [text for text in _syntax_corpus() if "the YAML cannot be read" in _outcome(text)[3]]
    # A %TAG handle nobody declared, a duplicate %YAML, an anchor without a name, an unknown
    # directive, a `---` inside quotes, and libyaml's own nesting limit met before ours.
    assert len(quoted) <= 7, quoted


@pytest.mark.parametrize(
    ("text", "position", "words"),
    [
        (": x\n", (1, 1), "this mapping entry has no key"),
        ("- : x\n", (1, 3), "this mapping entry has no key"),
        ("a: [: x]\n", (1, 5), "this mapping entry has no key"),
        ("- 'a' b\n", (1, 7), "more text follows a value that has already ended"),
        ("[a]: 1\n]\n", (2, 1), "not indented like the keys of the mapping that starts on line 1"),
        ("a: [x, '[', y\nb: 1\n", (2, 2), "the bracketed collection that starts on line 1 is not closed"),
        ('a: "C:\\xyz"\n', (1, 9), "unknown backslash escape"),  # libyaml points at the y
        ("a: 1\n'b' c\n", (3, 1), "the key that starts on line 2 has no ':' after it"),
        ("a: 1\nb\n", (3, 1), "the key that starts on line 2 has no ':' after it"),
        ("a: *x\n", (1, 4), "the alias here repeats a value"),
        ("a: 1\n...\n---\nb: 2\n", (3, 1), "more than one YAML document"),
    ],
)
def test_words_from_marks_and_characters(text: str, position: tuple[int, int], words: str) -> None:
    _, line, column, message, hint = _outcome(text)
    assert (line, column) == position, message
    assert words in message, message
    assert hint
