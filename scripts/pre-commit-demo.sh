#!/usr/bin/env bash
# Show the `tfi-check` pre-commit hook at work through `pre-commit try-repo`:
# in a throw-away repository, a balanced plan passes and an unbalanced one fails.
#
#   scripts/pre-commit-demo.sh [HOOK_REPOSITORY [REF]]
#
# HOOK_REPOSITORY defaults to this repository, REF to its HEAD commit. The REF is
# passed to try-repo explicitly so that only committed files count (without it,
# try-repo also takes the hook repository's uncommitted changes to tracked files).
# .pre-commit-hooks.yaml must be committed at REF. Needs git and pre-commit
# (pip install pre-commit); pre-commit installs tfi from HOOK_REPOSITORY into a
# fresh virtual environment, which takes a while the first time.
set -euo pipefail

hook_repository=$(cd "${1:-$(dirname "$0")/..}" && pwd)
ref=${2:-$(git -C "$hook_repository" rev-parse HEAD)}
command -v pre-commit >/dev/null || { echo "pre-commit is not installed: pip install pre-commit" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q
mkdir plans

cat > plans/mandate.yaml <<'YAML'
kind: mandate
id: biu-201-2006
title: Task force
source: {decision: BIU 201/2006, date: 2006-11-17}
capacity:
  - start: 2007-02-01
    årsværk: 4
    decision: BIU 201/2006
    text: ressourcer svarende til 4 årsværk
YAML

cat > plans/2007-h2.yaml <<'YAML'
kind: plan
id: 2007-h2
title: Arbejdsplan
document_kind: arbejdsplan
mandate: biu-201-2006
source: {case_no: "2007-50025", date: 2007-06-25}
period: {start: 2007-07-01, end: 2007-12-31}
areas:
  - id: boligomraader
    title: Udsatte boligområder
    årsværk: 1.5
    criteria:
      - id: initiativer
        text: mindst 5 initiativer
        target: {kind: at_least, value: 5, unit: count, counted: initiativer}
        measured_by: count
  - id: forvaltninger
    title: Facilitering
    årsværk: 1
    criteria:
      - id: tilfredshed
        text: mindst 75 pct. tilfredse
        target: {kind: at_least, value: 75, unit: percent}
        measured_by: survey
  - id: best-practice
    title: Best practice
    årsværk: 1.5
    criteria:
      - id: projektbesoeg
        text: mindst 25 projektbesøg
        target: {kind: at_least, value: 25, unit: count}
        measured_by: count
YAML
git add plans

# Only the plan is passed to the hook, as when a commit changes only the plan:
# the mandate is still found in the repository's plans/ folder.
echo "== 1. A balanced plan (1.5 + 1 + 1.5 = 4 årsværk): the hook passes"
pre-commit try-repo "$hook_repository" tfi-check --ref "$ref" --color never --verbose --files plans/2007-h2.yaml

sed -i 's/^    årsværk: 1$/    årsværk: 2/' plans/2007-h2.yaml
git add plans
echo
echo "== 2. The same plan unbalanced (1.5 + 2 + 1.5 = 5 årsværk): the hook fails"
if pre-commit try-repo "$hook_repository" tfi-check --ref "$ref" --color never --verbose --files plans/2007-h2.yaml; then
    echo "pre-commit-demo: FAILED: the unbalanced plan passed" >&2
    exit 1
fi
echo
echo "pre-commit-demo: OK: the balanced plan passed and the unbalanced plan failed"
