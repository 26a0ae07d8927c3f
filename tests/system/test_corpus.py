"""The corpus of bad (and tricky but good) inputs: every file gets a clear answer, fast.

Each file in `tests/corpus/` says what it expects in its leading comments:

    # expect: schema 12        a finding of rule `schema` on line 12 (several lines allowed)
    # expect: yaml-empty 0     line 0: the finding is about the whole file
    # expect: clean            no error; exit code 0
    # hint: write 1.5          a text the finding's message or hint must contain

The errors found must be exactly the expected ones. Inputs that cannot be kept as
text files (invalid UTF-8, huge or deep files) are generated below instead.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli

CORPUS = Path(__file__).parents[1] / "corpus"
ORDINARY_SECONDS = 1.0
BIG_SECONDS = 5.0
# Words with which a message or hint tells the user what to do instead.
ADVICE = re.compile(
    r"\b(write|add|remove|put|indent|keep|save|delete|split|quote|use|check|start|line up|give|did you mean)\b"
)


@dataclass(frozen=True)
class Answer:
    code: int
    output: str
    findings: list[dict[str, object]]
    seconds: float

    @property
    def errors(self) -> set[tuple[str, int]]:
        return {(str(f["rule"]), int(f["line"])) for f in self.findings if f["severity"] == "error"}  # type: ignore[call-overload]


def check(path: Path, cwd: Path) -> Answer:
    """`tfi check --format json PATH` through click, from `cwd` (outside any repository)."""
    runner = CliRunner()
    old = Path.cwd()
    os.chdir(cwd)
    try:
        start = time.perf_counter()
        result = runner.invoke(cli.main, ["check", "--format", "json", str(path)])
        seconds = time.perf_counter() - start
    finally:
        os.chdir(old)
    output = result.stdout + result.stderr
    assert "Traceback" not in output and result.exception is None or isinstance(result.exception, SystemExit), output
    report = json.loads(result.stdout)
    return Answer(result.exit_code, output, report["findings"], seconds)


def expectations(path: Path) -> tuple[set[tuple[str, int]], list[str]]:
    expected: set[tuple[str, int]] = set()
    hints: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        found = re.fullmatch(r"#\s*expect:\s*(\S+)(?:\s+(\d+))?\s*", line)
        if found and found.group(1) != "clean":
            expected.add((found.group(1), int(found.group(2))))
        elif line.startswith("# hint:"):
            hints.append(line[len("# hint:") :].strip())
    return expected, hints


CORPUS_FILES = sorted(CORPUS.glob("*.yaml"))


@pytest.fixture(scope="module", autouse=True)
def warm_up(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Import and build the models once, so timings measure answering a file, not starting Python."""
    folder = tmp_path_factory.mktemp("warm")
    (folder / "plan.yaml").write_bytes((CORPUS / "type-no-as-text.yaml").read_bytes())
    check(folder / "plan.yaml", folder)


def test_the_corpus_is_there() -> None:
    assert len(CORPUS_FILES) >= 40
    for path in CORPUS_FILES:
        assert any(line.startswith("# expect:") for line in path.read_text(encoding="utf-8").splitlines()), path


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda path: path.stem)
def test_corpus_file(path: Path, tmp_path: Path) -> None:
    expected, hints = expectations(path)
    # A copy outside the repository: no plans/ above it lends context.
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    answer = check(copy, tmp_path)
    assert answer.errors == expected, answer.output
    assert answer.code == (cli.EXIT_FINDINGS if expected else cli.EXIT_OK), answer.output
    assert answer.seconds < ORDINARY_SECONDS, f"{path.name}: {answer.seconds:.2f} s"
    for finding in answer.findings:
        if finding["severity"] != "error":
            continue
        assert finding["message"], finding
        said = f"{finding['message']} {finding['hint']}"
        assert ADVICE.search(said), f"no advice in: {said}"
    said = " ".join(f"{f['message']} {f['hint']}" for f in answer.findings)
    for hint in hints:
        assert hint in said, answer.output


def test_text_output_shows_position_and_hint(tmp_path: Path) -> None:
    """The same answer in the default format: file:line:column, the rule, and a hint line."""
    path = tmp_path / "type-decimal-comma.yaml"
    path.write_bytes((CORPUS / path.name).read_bytes())
    runner = CliRunner()
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        result = runner.invoke(cli.main, ["check", str(path)])
    finally:
        os.chdir(old)
    [(rule, line)] = expectations(path)[0]
    assert result.exit_code == cli.EXIT_FINDINGS
    assert f"{path}:{line}:" in result.stdout and f"[{rule}]" in result.stdout
    assert "hint: write 1.5 (a decimal point, not a comma)" in result.stdout


def test_python_tags_run_no_code(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "evil.yaml"
    path.write_text(f'kind: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    answer = check(path, tmp_path)
    assert answer.errors == {("yaml-tag", 1)} and not marker.exists()


# --- inputs generated here: bytes that are not text, and sizes not worth committing ---

GENERATED_BYTES = {
    "empty-file": (b"", {("yaml-empty", 0)}),
    "only-whitespace": (b"  \n\n   \n", {("yaml-empty", 0)}),
    "invalid-utf8": (b"kind: plan\ntitle: Arbejds\xe6plan\n", {("yaml-encoding", 2)}),
    "latin-1": ("kind: plan\ntitle: Udsatte boligområder\n".encode("latin-1"), {("yaml-encoding", 2)}),
    "utf16": ("kind: plan\n".encode("utf-16"), {("yaml-encoding", 0)}),
    "utf16-without-bom": ("kind: plan\n".encode("utf-16-le"), {("yaml-encoding", 0)}),
    "nul-byte": (b"kind: plan\ntitle: a\x00b\n", {("yaml-encoding", 2)}),
    "binary": (bytes(range(256)) * 4, {("yaml-encoding", 3)}),  # 0x80, after \n and \r
}


@pytest.mark.parametrize("name", GENERATED_BYTES)
def test_generated_bytes(name: str, tmp_path: Path) -> None:
    raw, expected = GENERATED_BYTES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(raw)
    answer = check(path, tmp_path)
    assert answer.code == cli.EXIT_FINDINGS
    assert answer.errors == expected, answer.output
    assert answer.seconds < ORDINARY_SECONDS
    for finding in answer.findings:
        assert ADVICE.search(f"{finding['message']} {finding['hint']}"), finding


def _big(name: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{name}.yaml"
    if name == "deep-10000-flow":
        path.write_text("kind: plan\nx: " + "[" * 10_000 + "]" * 10_000 + "\n", encoding="utf-8")
    elif name == "deep-1500-block":
        path.write_text("kind: plan\n" + "".join(" " * i + f"k{i}:\n" for i in range(1_500)), encoding="utf-8")
    elif name == "line-of-1.9-mb":
        path.write_text("kind: plan\ntitle: " + "x" * 1_900_000 + "\n", encoding="utf-8")
    elif name == "number-of-1.9-mb":
        path.write_text("kind: plan\ntitle: " + "9" * 1_900_000 + "\n", encoding="utf-8")
    elif name == "file-of-30-mb":
        line = "  - Forvaltningerne i Københavns Kommune og integrationsprojekterne.\n"
        path.write_text("kind: plan\nnotes:\n" + line * (30_000_000 // len(line.encode())), encoding="utf-8")
    elif name == "line-of-3-mb":
        path.write_text("kind: plan\ntitle: " + "x" * 3_000_000 + "\n", encoding="utf-8")
    else:  # pragma: no cover
        raise AssertionError(name)
    return path


BIG = {
    "deep-10000-flow": {("yaml-too-deep", 2)},
    "deep-1500-block": {("yaml-too-deep", 66)},  # k64, the 65th level
    "line-of-1.9-mb": {("schema", 1)},
    "number-of-1.9-mb": {("yaml-number", 2)},
    "file-of-30-mb": {("yaml-too-large", 0)},
    "line-of-3-mb": {("yaml-too-large", 0)},
}


@pytest.mark.parametrize("name", BIG)
def test_big_and_deep_files(name: str, tmp_path: Path, record_property: object) -> None:
    path = _big(name, tmp_path)
    answer = check(path, tmp_path)
    print(f"{name}: {path.stat().st_size:,} bytes answered in {answer.seconds:.3f} s")
    record_property("seconds", round(answer.seconds, 3))  # type: ignore[operator]
    assert answer.code == cli.EXIT_FINDINGS
    assert answer.errors == BIG[name], answer.output
    assert answer.seconds < BIG_SECONDS
