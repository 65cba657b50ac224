#!/usr/bin/env bash
# A newcomer's first two commands on a clean clone, as on a fresh machine: `npm run example`, then `npm test`.
# They run under `env -i` with only PATH (no venv on it), an empty HOME and the pip configuration this machine
# already has (nothing else: no MDEPLOY_* variables, no caches, no TensorFlow). Checks that:
#   - both exit 0;
#   - the example validated the conversion against TensorFlow and got TF Serving's answers;
#   - a second `npm run example` in the same clone takes under 15 s (nothing downloaded or rebuilt);
#   - `npm test` ran the suites that need TensorFlow and the corpus instead of skipping them.
# Usage: scripts/fresh-check.sh [--keep]   (CI runs it from .ci/run; it clones the committed HEAD.)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
keep=${1:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/mdeploy-fresh-XXXXXX")
cleanup() { [ "$keep" = "--keep" ] && echo "fresh-check: left $work" || rm -rf "$work"; }
trap cleanup EXIT
home="$work/home"
mkdir -p "$home"
fail() { echo "fresh-check: FAILED: $*" >&2; exit 1; }

# The pip configuration in effect here (files and PIP_* variables), as one pip.conf in the new HOME.
mkdir -p "$home/.config/pip"
python3 - "$home/.config/pip/pip.conf" <<'EOF'
import subprocess, sys
out = subprocess.run([sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True).stdout
sections = {}
for line in out.splitlines():
    key, _, value = line.partition("=")
    section, _, name = key.rpartition(".")
    section = "global" if section in ("", ":env:") else section
    sections.setdefault(section, {})[name] = value.strip().strip("'\"")
with open(sys.argv[1], "w") as f:
    for section, values in sections.items():
        f.write(f"[{section}]\n" + "".join(f"{k} = {v}\n" for k, v in values.items()))
EOF

# PATH without any virtualenv or venv directory.
path=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v -e '/\.venv/' -e "${VIRTUAL_ENV:-/nonexistent}" | paste -sd: -)
# A newcomer has no Docker daemon: point the clients at nothing, so the Docker suites take their skip path.
fresh() { env -i PATH="$path" HOME="$home" DOCKER_HOST=unix:///nonexistent/docker.sock "$@"; }

git clone -q "$repo" "$work/mdeploy"
cd "$work/mdeploy"
echo "fresh-check: clone of $(git rev-parse --short HEAD) in $work/mdeploy, HOME=$home"

t0=$(date +%s)
fresh npm run example >"$work/example.log" 2>&1 || { tail -40 "$work/example.log"; fail "npm run example exited non-zero"; }
t1=$(date +%s)
grep -q 'Validation against TensorFlow' "$work/example.log" || { tail -40 "$work/example.log"; fail "the example did not validate against TensorFlow"; }
grep -qE '^  y +DT_FLOAT +\[2, 1\] .* ok$' "$work/example.log" || fail "the example's validation did not pass"
grep -qF '{"predictions":[2.5,3.0,4.5]}' "$work/example.log" || fail "the example did not get TF Serving's answer for half_plus_two"
grep -qF '{"results":[7.0]}' "$work/example.log" || fail "the example's :regress call did not answer"
echo "fresh-check: npm run example passed in $((t1 - t0)) s (first run: install, build, tfjs-node from the wheel)"

fresh npm run example >"$work/example2.log" 2>&1 || { tail -40 "$work/example2.log"; fail "the second npm run example exited non-zero"; }
t2=$(date +%s)
[ $((t2 - t1)) -lt 15 ] || fail "the second npm run example took $((t2 - t1)) s (limit 15 s)"
! grep -qE 'bootstrap: (installing|building|downloading|tfjs-node has no)' "$work/example2.log" || fail "the second run installed or rebuilt something"
echo "fresh-check: second npm run example in $((t2 - t1)) s"

fresh npm test >"$work/test.log" 2>&1 || { tail -60 "$work/test.log"; fail "npm test exited non-zero"; }
t3=$(date +%s)
plain=$(sed 's/\x1b\[[0-9;]*m//g' "$work/test.log")
# Only suites that need root-level services (a Docker daemon, Chromium) may skip.
skips=$(printf '%s\n' "$plain" | grep '^SKIP ' || true)
if printf '%s\n' "$skips" | grep -v -e '^$' -e 'Docker daemon' -e 'chromium' >/dev/null; then
  printf '%s\n' "$skips" >&2
  fail "npm test skipped suites that do not need Docker or Chromium"
fi
for suite in serve-goldens.integration convert-onnx.integration convert-tfjs.integration; do
  line=$(printf '%s\n' "$plain" | grep -E "test/integration/$suite\.test\.ts" | head -1)
  [ -n "$line" ] && ! printf '%s' "$line" | grep -q 'skipped' || fail "the corpus suite $suite did not run: $line"
done
echo "fresh-check: npm test passed in $((t3 - t2)) s: $(printf '%s\n' "$plain" | grep -E '^\s*Tests\s' | tr -s ' ')"
[ -z "$skips" ] || printf 'fresh-check: skipped (root-level services):\n%s\n' "$skips"
