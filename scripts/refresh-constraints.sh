#!/usr/bin/env bash
# Refresh constraints.txt: the exact versions that CI and the GitHub Action install.
#
# Installs the newest versions that pyproject.toml allows into a throw-away virtual environment,
# runs the whole suite on them, and only if it passes writes their versions to constraints.txt.
# Commit the result with the suite's version line (printed at the end of the test run).
#
#   scripts/refresh-constraints.sh            # newest allowed versions
#   scripts/refresh-constraints.sh --lowest   # the lower bounds instead (writes constraints-lowest.txt)
set -euo pipefail
cd "$(dirname "$0")/.."

target=constraints.txt
lowest=false
if [ "${1:-}" = "--lowest" ]; then
  lowest=true
  target=constraints-lowest.txt
fi

venv="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$venv")"' EXIT
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
if $lowest; then
  # Every lower bound of pyproject.toml, pinned (`pkg>=1.2` becomes `pkg==1.2`).
  "$venv/bin/python" - > "$venv/lowest.txt" <<'PY'
import re, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
for requirement in project["dependencies"] + project["optional-dependencies"]["test"]:
    name, lower = re.match(r"([A-Za-z0-9_.-]+)\s*>=\s*([^,;\s]+)", requirement).groups()
    print(f"{name}=={lower}")
PY
  "$venv/bin/python" -m pip install --quiet -c "$venv/lowest.txt" ".[test]"
else
  "$venv/bin/python" -m pip install --quiet ".[test,lint]"
  "$venv/bin/ruff" check .
  "$venv/bin/ruff" format --check .
  "$venv/bin/mypy"
fi
"$venv/bin/python" -m pytest -q -p no:cacheprovider
{
  if $lowest; then
    echo "# The lower bounds of pyproject.toml: CI runs the suite on these too (pip install -c $target)."
  else
    echo "# Tested versions: CI and the GitHub Action install with \`pip install -c $target\`."
  fi
  echo "# Made by scripts/refresh-constraints.sh${1:+ $1} on $(date +%Y-%m-%d) with Python $("$venv/bin/python" -c 'import platform; print(platform.python_version())'); the suite passed."
  "$venv/bin/python" -m pip freeze --exclude-editable | grep -v -i '^tfi[ =@]' | LC_ALL=C sort -f
} > "$target"
echo "wrote $target"
