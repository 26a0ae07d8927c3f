"""Deterministic corpora for the benchmarks (bench/run.py, bench/memory.py) and tests.

- `generate(folder, n)` / `clean_corpus(folder, n)`: seeded synthetic plans and measurement files,
  10-20 KB each, Danish text, every target kind, sub-criteria, budgets, waivers, all schema-valid and
  balanced against a mandate of 4 årsværk: a check finds no error in them.
- `finding_heavy_corpus(folder, count)`: `count` copies of the repository's plans/2011.yaml, each with its
  own id and file name and without its recorded `decisions:` (so every copy carries the findings those
  decisions settle: 30 per copy, 18 warnings and 12 infos, no error), next to the repository's mandate,
  and one measurement file with no measurements. With `distinct_ids=True` every copy's areas, criteria
  and budget lines (and the references to its criteria) carry a suffix of the copy's own, so that no
  two copies agree in a criterion id: plans whose criteria agree share one table in the cross-file
  index (tfi_rules/rules/context.CriteriaIndex), which flatters plain copies' memory figures.

Both write `folder/plans/` and `folder/measurements/`, so that every command runs on either as it is,
with the folders named or found by default (a measurements folder named on the command line must hold a
file; the heavy corpus's is `measurements: []`); both return (plans, every file written), and neither
copies schemas/ (editors read them, `tfi` does not need them). Standard library only.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = 2007

# --- synthetic clean files ------------------------------------------------------------

WORDS = (
    "integration foreninger borgere medarbejdere dialog samarbejde indsats kommunen boligområder tryghed "
    "beskæftigelse uddannelse netværk frivillige ressourcer forankring kapacitetsopbygning erfaringer "
    "rådgivning vejledning fagforvaltninger institutioner skoler klubber jobcenter politi mangfoldighed "
    "medborgerskab inklusion deltagelse ligebehandling fællesskab københavnere kvarterer helhedsplaner "
    "projekter workshopper arrangementer besøgende restauranter undersøgelse handleplan styregruppe "
    "målgruppe etniske minoriteter unge forældre kvinder ledighed fritid kultur idræt sundhed"
).split()
PHRASES = (
    "med fokus på",
    "i samarbejde med",
    "herunder",
    "således at",
    "i forhold til",
    "med henblik på",
    "på tværs af",
    "i løbet af året",
    "og i tråd med",
    "for at styrke",
    "gennem en målrettet indsats for",
)


def sentence(rng: random.Random, words: int = 14) -> str:
    parts = []
    for index in range(words):
        if index and rng.random() < 0.15:
            parts.append(rng.choice(PHRASES))
        parts.append(rng.choice(WORDS))
    text = " ".join(parts)
    return text[0].upper() + text[1:] + "."


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def folded(text: str, indent: str) -> str:
    """A `>-` block scalar, wrapped at about 100 columns."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > 100:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return ">-\n" + "\n".join(indent + item for item in lines)


MANDATE = """\
# yaml-language-server: $schema=../schemas/mandate.schema.json
kind: mandate
id: biu-201-2006
title: Høring vedrørende Beskæftigelses- og Integrationsforvaltningens kommende task force
source:
  title: Høring vedrørende Beskæftigelses- og Integrationsforvaltningens kommende task force
  journal_no: "2006-2405"
  date: 2006-11-17
  body: Beskæftigelses- og Integrationsudvalget
  decision: BIU 201/2006
capacity:
  - start: 2007-02-01
    årsværk: 4
    decision: BIU 201/2006
    text: >-
      Beskæftigelses- og Integrationsudvalget har besluttet at etablere en Task Force med ressourcer
      svarende til 4 årsværk.
purposes:
  - id: barrierer
    text: Identificering af konkrete barrierer for gennemførelse af integrationspolitikken
staffing: fire rådgivere og en koordinator
"""

AREA_SHARES = ("1.5", "1", "0.5", "1")  # 4 årsværk, the mandate's capacity


def criterion_yaml(
    rng: random.Random, plan_id: str, cid: str, kind: str, year: int, indent: str, indicator: str | None
) -> tuple[str, dict]:
    """One criterion (with sub-criteria for at_least) and what a measurement of it needs."""
    i = indent
    text = sentence(rng, 18)
    out = [f"{i}- id: {cid}", f"{i}  text: {folded(text, i + '    ')}", f"{i}  target:"]
    t = i + "    "
    info: dict = {"id": cid, "kind": kind}
    if kind in ("at_least", "at_most", "exactly"):
        value = rng.randint(20, 90)
        unit = "count" if kind != "at_most" else "percent"
        out += [f"{t}kind: {kind}", f"{t}value: {value}", f"{t}unit: {unit}"]
        if unit == "count":
            out.append(f"{t}counted: foreninger")
        inferred = kind == "at_least"
        if inferred:
            out.append(f"{t}inferred: true")
        info.update(unit=unit, value=value, inferred=inferred)
        out.append(f"{i}  measured_by: count")
        if kind == "at_least":
            out.append(f"{i}  of_which:")
            sub = i + "    "
            for n, part in enumerate((value // 2, value // 4)):
                out += [
                    f"{sub}- id: {cid}-del-{n + 1}",
                    f"{sub}  text: {q(sentence(rng, 10))}",
                    f"{sub}  target:",
                    f"{sub}    kind: at_least",
                    f"{sub}    value: {part}",
                    f"{sub}    unit: count",
                    f"{sub}    counted: foreninger",
                    f"{sub}  measured_by: count",
                ]
    elif kind == "range":
        low = rng.randint(10, 40)
        out += [f"{t}kind: range", f"{t}min: {low}", f"{t}max: {low + 20}", f"{t}unit: percent"]
        out.append(f"{i}  measured_by: survey")
        info.update(unit="percent", value=low + 10)
    elif kind == "change":
        base = rng.randint(300, 700) / 10
        out += [
            f"{t}kind: change",
            f"{t}direction: increase",
            f"{t}by: 10",
            f"{t}mode: percentage_points",
            f"{t}unit: percent",
            f"{t}baseline:",
            f"{t}  value: {base}",
            f"{t}  date: {year - 1}-spring",
            f"{t}  method: Integrationsbarometeret",
            f"{t}end_level: {base + 10:.1f}",
        ]
        if indicator:
            out.append(f"{i}  indicator: {indicator}")
            out.append(f"{i}  measured_by: indicator")
        else:
            out.append(f"{i}  measured_by: survey")
        info.update(unit="percent", value=round(base + 12, 1), method="Integrationsbarometeret")
    elif kind == "all":
        out += [f"{t}kind: all", f"{t}counted: styregruppemøder"]
        out.append(f"{i}  measured_by: attendance")
    elif kind == "done":
        out += [f"{t}kind: done"]
        out.append(f"{i}  measured_by: report")
        info.update(done=True)
    else:
        out += [f"{t}kind: qualitative", f"{t}reason: {q(sentence(rng, 8))}"]
        out.append(f"{i}  measured_by: assessment")
        info.update(assessment=sentence(rng, 10))
    out.append(f"{i}  note: {q(sentence(rng, 12))}")
    return "\n".join(out), info


KINDS = ("at_least", "at_most", "exactly", "range", "change", "all", "done", "qualitative")


def plan_yaml(index: int) -> tuple[str, str, list[dict], list[str]]:
    """A plan's text, its id, its criteria (for measurements) and its indicator ids."""
    rng = random.Random(SEED * 100_003 + index)
    plan_id = f"plan-{index:05d}"
    year = 2007 + index % 4
    indicators = [f"ind-{index:05d}-{n}" for n in range(2)]
    lines = [
        "# yaml-language-server: $schema=../schemas/plan.schema.json",
        f"# Syntetisk arbejdsplan nr. {index} til benchmark af tfi.",
        "kind: plan",
        f"id: {plan_id}",
        f"title: {q('Arbejdsplan ' + str(year) + ' for TaskForce Integration, ' + rng.choice(WORDS))}",
        "document_kind: arbejdsplan",
        "mandate: biu-201-2006",
        "source:",
        f"  title: {q('Arbejdsplan ' + str(year))}",
        f'  case_no: "{year}-{rng.randint(1000, 99999)}"',
        f"  date: {year}-01-15",
        "  body: Beskæftigelses- og Integrationsudvalget",
        "period:",
        f"  start: {year}-02-01",
        f"  end: {year}-12-31",
        "target_groups:",
        *[f"  - {q(sentence(rng, 8))}" for _ in range(3)],
        "areas:",
    ]
    criteria: list[dict] = []
    kind_at = rng.randrange(len(KINDS))
    waived: str | None = None
    for area_no, share in enumerate(AREA_SHARES):
        lines += [
            f"  - id: omraade-{area_no + 1}",
            f"    title: {q(sentence(rng, 5))}",
            f"    årsværk: {share}",
            f"    årsværk_text: {q(f'{area_no + 1}. indsatsområde | {share}')}",
        ]
        if area_no == 0:
            lines += ["    splits:", f"      - title: {q(sentence(rng, 5))}", "        hours_per_week: 22"]
        lines.append("    activities:")
        lines += [f"      - {folded(sentence(rng, rng.randint(12, 30)), '        ')}" for _ in range(5)]
        if area_no == 3 and index % 2:
            lines.append(f"    note: {q('Området har ingen succeskriterier i kilden.')}")
            continue  # an area without criteria, waived below
        lines.append("    criteria:")
        for n in range(3):
            kind = KINDS[kind_at % len(KINDS)]
            kind_at += 1
            cid = f"k{area_no + 1}-{n + 1}-{kind.replace('_', '-')}"
            indicator = indicators[len(criteria) % 2] if kind == "change" else None
            text, info = criterion_yaml(rng, plan_id, cid, kind, year, "      ", indicator)
            lines.append(text)
            criteria.append(info)
            if waived is None and info.get("inferred"):
                waived = cid
    lines.append("indicators:")
    for indicator in indicators:
        lines += [
            f"  - id: {indicator}",
            f"    title: {q(sentence(rng, 6))}",
            "    unit: percent",
            "    method: Integrationsbarometeret",
        ]
    amounts = [rng.randint(10, 500) * 1000 for _ in range(4)]
    lines += [
        "budget:",
        "  unit: kr",
        "  lines:",
        "    - id: aktiviteter",
        "      title: Aktiviteter i alt",
        f"      amount: {sum(amounts[:3])}",
        "      lines:",
    ]
    for n, amount in enumerate(amounts[:3]):
        lines += [
            f"        - id: aktivitet-{n + 1}",
            f"          title: {q(sentence(rng, 4))}",
            f"          amount: {amount}",
        ]
    lines += [
        "    - id: formidling",
        f"      title: {q(sentence(rng, 4))}",
        f"      amount: {amounts[3]}",
        "  total:",
        f"    amount: {sum(amounts)}",
        "    text: I ALT",
    ]
    lines.append("waivers:")
    if waived:
        lines += [
            "  - rule: criterion-inferred-threshold",
            f"    applies_to: {waived}",
            f"    reason: {q('Læst som mindst; bekræftet af koordinatoren. ' + sentence(rng, 8))}",
            "    approved_by: Koordinator for TaskForce Integration",
        ]
    if index % 2:
        lines += [
            "  - rule: area-without-criteria",
            "    applies_to: omraade-4",
            f"    reason: {q('Kilden sætter ingen mål for området. ' + sentence(rng, 6))}",
            "    approved_by: Koordinator for TaskForce Integration",
            "    expires: 2099-06-30",
        ]
    lines.append("notes:")
    lines += [f"  - {folded(sentence(rng, 25), '    ')}" for _ in range(3)]
    return "\n".join(lines) + "\n", plan_id, criteria, indicators


def measurements_yaml(index: int, plans: list[tuple[str, list[dict], list[str]]]) -> str:
    rng = random.Random(SEED * 7_919 + index)
    file_id = f"maalinger-{index:05d}"
    lines = [
        "# yaml-language-server: $schema=../schemas/measurements.schema.json",
        "kind: measurements",
        f"id: {file_id}",
        f"title: {q('Status for TaskForce Integrations arbejde, del ' + str(index))}",
        "source:",
        f"  title: {q('Statusredegørelse ' + str(index))}",
        "  body: Beskæftigelses- og Integrationsudvalget",
        "measurements:",
    ]
    n = 0
    for plan_id, criteria, indicators in plans:
        year = 2007 + int(plan_id.split("-")[1]) % 4
        for info in criteria:
            n += 1
            head = [
                f"  - id: {file_id}-m{n}",
                f"    text: {folded(sentence(rng, 16), '      ')}",
                f"    criterion: {plan_id}/{info['id']}",
                f'    date: "{year}-11"',
            ]
            if "done" in info:
                lines += head + ["    done: true"]
            elif "assessment" in info:
                lines += head + [f"    assessment: {q(info['assessment'])}"]
            elif "unit" in info:
                lines += head + [f"    value: {info['value']}", f"    unit: {info['unit']}"]
                if "method" in info:
                    lines.append(f"    method: {info['method']}")
                if info["unit"] == "count":
                    half = info["value"] // 2
                    lines += [
                        "    parts:",
                        f"      - label: {q('Første halvår')}",
                        f"        value: {half}",
                        f"      - label: {q('Andet halvår')}",
                        f"        value: {info['value'] - half}",
                    ]
        n += 1
        lines += [
            f"  - id: {file_id}-m{n}",
            f"    text: {q(sentence(rng, 12))}",
            f"    indicator: {indicators[0]}",
            f"    value: {rng.randint(40, 80)}",
            "    unit: percent",
            "    method: Integrationsbarometeret",
            f'    date: "{year}"',
            f"    note: {q(sentence(rng, 10))}",
        ]
    return "\n".join(lines) + "\n"


def generate(folder: Path, n: int) -> tuple[list[Path], list[Path]]:
    """The mandate, N plans and one measurement file per 5 plans. Returns (plans, every file)."""
    plans_dir, meas_dir = folder / "plans", folder / "measurements"
    plans_dir.mkdir(parents=True)
    meas_dir.mkdir()
    (plans_dir / "mandate.yaml").write_text(MANDATE, encoding="utf-8")
    plan_paths, infos = [], []
    for index in range(n):
        text, plan_id, criteria, indicators = plan_yaml(index)
        path = plans_dir / f"{plan_id}.yaml"
        path.write_text(text, encoding="utf-8")
        plan_paths.append(path)
        infos.append((plan_id, criteria, indicators))
    meas_paths = []
    for index in range((n + 4) // 5):
        path = meas_dir / f"maalinger-{index:05d}.yaml"
        path.write_text(measurements_yaml(index, infos[index * 5 : index * 5 + 5]), encoding="utf-8")
        meas_paths.append(path)
    return plan_paths, [plans_dir / "mandate.yaml", *plan_paths, *meas_paths]


def clean_corpus(folder: Path, n: int) -> tuple[list[Path], list[Path]]:
    """The clean synthetic corpus (same as `generate`)."""
    return generate(folder, n)


# --- finding-heavy copies of plans/2011.yaml -------------------------------------------

HEAVY_SOURCE = REPO / "plans" / "2011.yaml"
_ID_LINE = re.compile(r'^id: "2011"$', re.MULTILINE)


def without_decisions(text: str) -> str:
    """The text with every `decisions:` block (the key and the lines indented under it) left out."""
    out: list[str] = []
    skip_deeper_than: int | None = None
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if skip_deeper_than is not None:
            if not stripped.strip() or indent > skip_deeper_than:
                continue
            skip_deeper_than = None
        if stripped.rstrip() == "decisions:":
            skip_deeper_than = indent
            continue
        out.append(line)
    return "".join(out)


# Below the top level an id is a list item's `- id:` (areas, criteria, budget lines: the plan has no
# other), and a plan refers to its own criteria by `criterion:` (a population's).
_NESTED_ID = re.compile(r"^(\s+- id: )([a-z0-9-]+)$", re.MULTILINE)
_CRITERION_REFERENCE = re.compile(r"^(\s+criterion: )([a-z0-9-]+)$", re.MULTILINE)


def with_distinct_ids(text: str, suffix: str) -> str:
    """The plan's text with `-suffix` after every id below the top level and every `criterion:` reference."""
    text = _NESTED_ID.sub(lambda match: f"{match[1]}{match[2]}-{suffix}", text)
    return _CRITERION_REFERENCE.sub(lambda match: f"{match[1]}{match[2]}-{suffix}", text)


def heavy_plan_yaml(index: int, source: str, distinct_ids: bool = False) -> tuple[str, str]:
    """Copy `index` of plans/2011.yaml (its text given): (text, plan id). With `distinct_ids`, its areas,
    criteria and budget lines end in `-k` and the copy's number (`intdag-foreninger-k00007`)."""
    plan_id = f"2011-kopi-{index:05d}"
    text, replaced = _ID_LINE.subn(f'id: "{plan_id}"', without_decisions(source), count=1)
    if replaced != 1:
        raise ValueError(f"{HEAVY_SOURCE}: no top-level 'id: \"2011\"' line to replace")
    return (with_distinct_ids(text, f"k{index:05d}") if distinct_ids else text), plan_id


EMPTY_MEASUREMENTS = """\
kind: measurements
id: ingen
title: Ingen målinger endnu
source:
  title: Benchmark af tfi
measurements: []
"""


def finding_heavy_corpus(folder: Path, count: int, distinct_ids: bool = False) -> tuple[list[Path], list[Path]]:
    """`folder/plans/`: the repository's mandate and `count` distinct copies of plans/2011.yaml
    (30 findings each, none an error; with `distinct_ids`, no two copies agree in an area, criterion or
    budget line id); `folder/measurements/ingen.yaml`: no measurements. Returns (plans, every file)."""
    plans_dir, meas_dir = folder / "plans", folder / "measurements"
    plans_dir.mkdir(parents=True)
    meas_dir.mkdir()
    empty = meas_dir / "ingen.yaml"
    empty.write_text(EMPTY_MEASUREMENTS, encoding="utf-8")
    mandate = plans_dir / "mandate.yaml"
    mandate.write_bytes((REPO / "plans" / "mandate.yaml").read_bytes())
    source = HEAVY_SOURCE.read_text(encoding="utf-8")
    plan_paths = []
    for index in range(count):
        text, plan_id = heavy_plan_yaml(index, source, distinct_ids)
        path = plans_dir / f"{plan_id}.yaml"
        path.write_text(text, encoding="utf-8")
        plan_paths.append(path)
    return plan_paths, [mandate, *plan_paths, empty]


# --- a changed copy, for `tfi diff` ------------------------------------------------------

_FIRST_VALUE = re.compile(r"^(\s+value: )(\d+)$", re.MULTILINE)


def edited_copy(plans: Path, dest: Path, every: int = 10) -> Path:
    """`dest`: a copy of the folder `plans` in which every `every`-th plan (in name order, the mandate
    left alone) has its first whole-number `value:` one higher: what `tfi diff plans dest` reports."""
    dest.mkdir(parents=True)
    count = 0
    for path in sorted(plans.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if path.name != "mandate.yaml":
            if count % every == 0:
                text = _FIRST_VALUE.sub(lambda match: f"{match[1]}{int(match[2]) + 1}", text, count=1)
            count += 1
        (dest / path.name).write_text(text, encoding="utf-8")
    return dest
