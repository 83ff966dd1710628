#!/usr/bin/env bash
# The installed-package test: pack gsomia as npm would publish it, install the tarball
# globally into a throw-away prefix, and run the installed `gsomia` from elsewhere. It
# catches what the in-repo tests cannot: a file missing from package.json "files", a
# runtime import of a devDependency, a bin that only works from the checkout. Then it
# installs the tarball into a fresh project as a library and runs the README's example.
#
# Usage: scripts/pack-test.sh   (no network needed once the dependencies are in the npm
# cache: the install is tried --prefer-offline first, then --offline)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/gsomia-pack.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

fail() {
  echo "pack-test: FAIL: $*" >&2
  exit 1
}

# npm pack runs `prepare`, which builds dist/ first.
tarball_name="$(cd "$root" && npm pack --silent --pack-destination "$tmp" | tail -n 1)"
tarball="$tmp/$tarball_name"
[[ -f "$tarball" ]] || fail "npm pack did not produce $tarball"

install() {
  npm install --global --prefix "$tmp/prefix" --no-audit --no-fund --loglevel=error "$@" "$tarball" >"$tmp/install.log" 2>&1
}
if install --prefer-offline; then
  how="--prefer-offline"
elif install --offline; then
  how="--offline"
else
  cat "$tmp/install.log" >&2
  fail "npm install of $tarball_name failed (tried --prefer-offline and --offline)"
fi

bin="$tmp/prefix/bin/gsomia"
[[ -x "$bin" ]] || fail "no executable $bin after install"

# From another directory, with a clean environment: nothing may come from the checkout.
mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere"
run() { env -i PATH="$tmp/prefix/bin:$PATH" HOME="$tmp" "$@"; }

version="$(run gsomia --version)"
expected_version="$(node -p "require('$root/package.json').version")"
[[ "$version" == "$expected_version" ]] || fail "gsomia --version printed '$version', expected '$expected_version'"

set +e
status_json="$(run gsomia status --on 2020-08-24 --json)"
code=$?
set -e
[[ $code -eq 0 ]] || fail "gsomia status --on 2020-08-24 --json exited $code"
grep -q '"deadline": "2020-08-24"' <<<"$status_json" || fail "status JSON lacks \"deadline\": \"2020-08-24\": $status_json"

# A user file loads the validator chunk, which the built-in answers never touch.
set +e
validate_out="$(run gsomia validate "$root/data/gsomia.json")"
code=$?
set -e
[[ $code -eq 0 ]] || fail "gsomia validate data/gsomia.json exited $code: $validate_out"

# The library: a fresh ESM project with the tarball as a dependency, the README's example
# type-checked by the project's own TypeScript (strict, nodenext, declarations checked
# too), compiled and run.
consumer="$tmp/consumer"
mkdir "$consumer"
cat >"$consumer/package.json" <<'JSON'
{ "name": "gsomia-consumer", "private": true, "type": "module" }
JSON
cat >"$consumer/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "strict": true,
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "target": "es2022",
    "skipLibCheck": false,
    "types": ["node"],
    "typeRoots": ["$root/node_modules/@types"],
    "outDir": "out"
  },
  "files": ["library.ts"]
}
JSON
cp "$root/examples/library.ts" "$consumer/library.ts"
consumer_install() {
  (cd "$consumer" && npm install --no-audit --no-fund --loglevel=error "$@" "$tarball") >"$tmp/consumer-install.log" 2>&1
}
consumer_install --prefer-offline || consumer_install --offline || {
  cat "$tmp/consumer-install.log" >&2
  fail "npm install of $tarball_name into a fresh project failed"
}
(cd "$consumer" && "$root/node_modules/.bin/tsc" -p tsconfig.json) >"$tmp/tsc.log" 2>&1 || {
  cat "$tmp/tsc.log" >&2
  fail "the README's library example does not type-check against the installed package"
}
library_out="$(cd "$consumer" && env -i PATH="$PATH" HOME="$tmp" node out/library.js 2>&1)" || fail "the library example failed: $library_out"
expected_out="$(node -e '
  const readme = require("fs").readFileSync(process.argv[1], "utf8");
  const block = /## Library[\s\S]*?\nprints\n\n```text\n([\s\S]*?)```/.exec(readme);
  process.stdout.write(block ? block[1] : "(no output block under ## Library)");
' "$root/README.md")"
[[ "$library_out" == "${expected_out%$'\n'}" ]] || fail "the library example printed '$library_out', the README shows '$expected_out'"

echo "pack-test: PASS ($tarball_name, installed $how; --version $version; status --on 2020-08-24 gives deadline 2020-08-24; validate loads;"
echo "  the README's library example type-checks against the installed package and prints what the README shows)"
