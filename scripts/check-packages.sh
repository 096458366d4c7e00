#!/usr/bin/env bash
# Check the four published packages the way a user receives them:
#   1. build them (turbo),
#   2. `pnpm pack` each one into a temporary folder (workspace:^ becomes a real version range),
#   3. lint every tarball with publint (--strict) and @arethetypeswrong/cli (attw),
#   4. install the four tarballs together into a scratch npm project outside the workspace and
#      use them from ESM (import) and CJS (require), run the README's ```js examples
#      (scripts/readme-examples.mjs) and the packed `prachum` bin.
#
# Run it from anywhere in the repo after `pnpm install`:  bash scripts/check-packages.sh
# Nothing is written inside the repo except the packages' own dist/ folders.
# KEEP=1 keeps the temporary folder and prints where it is.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

PACKAGES=(thai-date core json-schema cli)
work=$(mktemp -d "${TMPDIR:-/tmp}/prachum-check-packages.XXXXXX")
cleanup() {
  if [[ -n "${KEEP:-}" ]]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

failures=()
step() { printf '\n--- %s\n' "$*"; }
ok() { printf 'ok: %s\n' "$*"; }
fail() {
  printf 'FAIL: %s\n' "$*"
  failures+=("$*")
}
die() {
  printf 'FAIL: %s\n' "$*"
  exit 1
}

for tool in turbo publint attw; do
  [[ -x node_modules/.bin/$tool ]] || die "node_modules/.bin/$tool is missing: run \`pnpm install\` first"
done
export PATH="$root/node_modules/.bin:$PATH"

# ---------------------------------------------------------------------------------------------
step "build: turbo run build for ${PACKAGES[*]}"
filters=()
for p in "${PACKAGES[@]}"; do filters+=("--filter=./packages/$p"); done
turbo run build "${filters[@]}" --output-logs=errors-only || die "the build failed"
for p in "${PACKAGES[@]}"; do
  for f in index.js index.cjs index.d.ts index.d.cts; do
    [[ -f packages/$p/dist/$f ]] || fail "@prachum/$p: the build did not produce dist/$f"
  done
done

# ---------------------------------------------------------------------------------------------
step "pack: pnpm pack into $work/tarballs"
mkdir -p "$work/tarballs"
tarballs=()
for p in "${PACKAGES[@]}"; do
  dest="$work/tarballs/$p"
  mkdir -p "$dest"
  (cd "packages/$p" && pnpm pack --pack-destination "$dest" >"$work/pack-$p.log" 2>&1) || {
    cat "$work/pack-$p.log"
    die "@prachum/$p: pnpm pack failed"
  }
  tgz=$(ls "$dest"/*.tgz)
  tarballs+=("$tgz")
  listing=$(tar -tzf "$tgz")
  printf '%s: %s files, %s bytes\n' "$(basename "$tgz")" "$(wc -l <<<"$listing" | tr -d ' ')" "$(wc -c <"$tgz" | tr -d ' ')"
  if grep -Eq '^package/(src|test|bench)/' <<<"$listing"; then
    fail "@prachum/$p: the tarball ships sources or tests: $(grep -E '^package/(src|test|bench)/' <<<"$listing" | head -3 | tr '\n' ' ')"
  fi
  # workspace: ranges must have been rewritten to real versions
  if tar -xOzf "$tgz" package/package.json | grep -q '"workspace:'; then
    fail "@prachum/$p: the packed package.json still has a workspace: range"
  fi
done

# ---------------------------------------------------------------------------------------------
step "lint: publint --strict on every tarball"
for tgz in "${tarballs[@]}"; do
  name=$(basename "$tgz" .tgz)
  # publint prints its progress (Running…, Unpacking…, Linting…) before the findings: drop it
  if out=$(NO_COLOR=1 publint run "$tgz" --strict 2>&1); then status=0; else status=$?; fi
  grep -Ev '^(Running publint|Unpacking tarball|Linting)' <<<"$out" || true
  if ((status == 0)); then ok "publint $name"; else fail "publint $name"; fi
done

# All four packages ship ESM + CJS with top-level main/types for node10, so the default
# (strict) attw profile applies: node10, node16-cjs, node16-esm and bundler must all resolve.
step "lint: attw (are the types wrong?) on every tarball, profile strict"
for tgz in "${tarballs[@]}"; do
  name=$(basename "$tgz" .tgz)
  if attw "$tgz" --format table-flipped --no-color --no-emoji; then
    ok "attw $name"
  else
    fail "attw $name"
  fi
done

# ---------------------------------------------------------------------------------------------
step "install: the four tarballs into a scratch npm project outside the workspace"
scratch="$work/scratch"
mkdir -p "$scratch"
(
  cd "$scratch"
  npm init -y >/dev/null
  npm install --no-audit --no-fund --loglevel=error "${tarballs[@]}"
) || die "npm install of the tarballs failed"
ok "installed: $(cd "$scratch" && npm ls --depth=0 2>/dev/null | grep -c '@prachum/') @prachum packages"

report_thai='เมื่อวันที่ ๑๓ กรกฎาคม ๒๕๖๔ นายสมมติ ทดสอบดี ผู้อำนวยการกองตัวอย่าง เข้าร่วมการประชุมคณะทำงานตัวอย่าง ครั้งที่ ๒ ผ่านระบบการประชุมทางไกล'
export REPORT_THAI="$report_thai"

step "use: ESM import from the scratch project"
if (cd "$scratch" && node --input-type=module -e "
import assert from 'node:assert/strict';
import { parseReport } from '@prachum/core';
import { validateReport } from '@prachum/json-schema';
import { toArabicDigits } from '@prachum/thai-date';
import * as cli from '@prachum/cli';

const text = process.env.REPORT_THAI;
const record = parseReport(text);
assert.equal(record.schemaVersion, 1, 'parseReport(...).schemaVersion');
for (const d of record.dates) assert.equal(text.slice(d.span[0], d.span[1]), d.text, 'a date span points at its text');
assert.equal(toArabicDigits('๒๕๖๔'), '2564', 'toArabicDigits');
const v = validateReport(JSON.parse(JSON.stringify(record)));
assert.deepEqual(v, { valid: true, errors: [] }, 'validateReport accepts a parsed record');
const bad = validateReport({ ...record, schemaVersion: 2 });
assert.equal(bad.valid, false, 'validateReport rejects schemaVersion 2');
assert.ok(bad.errors.length > 0 && typeof bad.errors[0].path === 'string', 'validateReport says why');
assert.ok(Object.keys(cli).length > 0, '@prachum/cli has exports');
console.log('ESM: parseReport -> schemaVersion 1, ' + record.dates.length + ' date(s); toArabicDigits; validateReport; @prachum/cli exports ' + Object.keys(cli).join(', '));
"); then ok "ESM import"; else fail "ESM import"; fi

step "use: CJS require from the scratch project"
if (cd "$scratch" && node -e "
const assert = require('node:assert/strict');
const { parseReport } = require('@prachum/core');
const { validateReport } = require('@prachum/json-schema');
const { toArabicDigits } = require('@prachum/thai-date');
const cli = require('@prachum/cli');

const text = process.env.REPORT_THAI;
const record = parseReport(text);
assert.equal(record.schemaVersion, 1, 'parseReport(...).schemaVersion');
assert.equal(toArabicDigits('๒๕๖๔'), '2564', 'toArabicDigits');
const v = validateReport(JSON.parse(JSON.stringify(record)));
assert.deepEqual(v, { valid: true, errors: [] }, 'validateReport accepts a parsed record');
assert.ok(Object.keys(cli).length > 0, '@prachum/cli has exports');
console.log('CJS: parseReport -> schemaVersion 1; toArabicDigits; validateReport; @prachum/cli loads');
"); then ok "CJS require"; else fail "CJS require"; fi

step "use: the README's JavaScript examples, against the packed packages"
node scripts/readme-examples.mjs README.md >"$scratch/readme-examples.mjs"
if (cd "$scratch" && node readme-examples.mjs); then ok "README examples"; else fail "README examples (README.md's \`\`\`js blocks)"; fi

step "use: the packed prachum bin"
prachum="$scratch/node_modules/.bin/prachum"
example=$(ls "$root"/examples/reports/*.txt | head -1)
if [[ ! -x $prachum ]]; then
  fail "the packed @prachum/cli installs no prachum bin"
else
  want=$(node -p "require('$scratch/node_modules/@prachum/cli/package.json').version")
  got=$("$prachum" --version </dev/null 2>&1 || true)
  if [[ $got == "$want" || $got == "prachum $want" ]]; then
    ok "prachum --version: $got"
  else
    printf '%s\n' "$got"
    fail "prachum --version printed $(head -c 200 <<<"$got" | head -1), want $want"
  fi

  if (cd "$scratch" && "$prachum" parse "$example" --format jsonl </dev/null >"$work/one.jsonl"); then
    if node -e "
      const lines = require('node:fs').readFileSync(process.argv[1], 'utf8').split('\n').filter(Boolean);
      if (lines.length !== 1) throw new Error('want 1 JSON line, got ' + lines.length);
      const r = JSON.parse(lines[0]);
      if (r.schemaVersion !== 1) throw new Error('schemaVersion is ' + r.schemaVersion);
    " "$work/one.jsonl"; then
      ok "prachum parse $(basename "$example") --format jsonl: one record, schemaVersion 1"
    else
      fail "prachum parse $(basename "$example") --format jsonl: unexpected output: $(head -c 300 "$work/one.jsonl")"
    fi
  else
    fail "prachum parse $(basename "$example") exited non-zero"
  fi

  if (cd "$scratch" && "$prachum" parse "$root/examples/reports" --out-dir "$work/records" </dev/null >/dev/null); then
    n_in=$(ls "$root"/examples/reports/*.txt | wc -l | tr -d ' ')
    n_out=$(ls "$work/records"/*.json 2>/dev/null | wc -l | tr -d ' ')
    if [[ $n_in == "$n_out" ]]; then ok "prachum parse examples/reports --out-dir: $n_out records"; else fail "prachum parse --out-dir wrote $n_out records for $n_in reports"; fi
    # every {text, span} anywhere in a record must be input.slice(span[0], span[1])
    if node -e "
      const fs = require('node:fs'), path = require('node:path');
      const [records, reports] = process.argv.slice(1);
      let all = 0; const bad = [];
      for (const f of fs.readdirSync(records).filter((f) => f.endsWith('.json'))) {
        const input = fs.readFileSync(path.join(reports, f.replace(/\.json\$/, '.txt')), 'utf8').replace(/^\uFEFF/, '');
        const walk = (x, at) => {
          if (Array.isArray(x)) x.forEach((y, i) => walk(y, at + '/' + i));
          else if (x && typeof x === 'object') {
            if (Array.isArray(x.span) && typeof x.text === 'string') {
              all++;
              if (input.slice(x.span[0], x.span[1]) !== x.text) bad.push(f + ' ' + at + ' ' + JSON.stringify(x.span) + ' is not ' + JSON.stringify(x.text));
            }
            for (const [k, v] of Object.entries(x)) walk(v, at + '/' + k);
          }
        };
        walk(JSON.parse(fs.readFileSync(path.join(records, f), 'utf8')), '');
      }
      for (const b of bad) console.log('  ' + b);
      console.log(all - bad.length + '/' + all + ' spans point at their text');
      process.exit(bad.length ? 1 : 0);
    " "$work/records" "$root/examples/reports"; then
      ok "every span in the example records points at its text"
    else
      fail "spans in the example records do not point at their text"
    fi
  else
    fail "prachum parse examples/reports --out-dir exited non-zero"
  fi

  if (cd "$scratch" && "$prachum" validate "$work/one.jsonl" </dev/null); then
    ok "prachum validate accepts what prachum parse printed"
  else
    fail "prachum validate rejected the output of prachum parse (or failed)"
  fi

  got=$(cd "$scratch" && "$prachum" date '๒๖ พฤษภาคม ๒๕๖๔' </dev/null 2>&1 || true)
  if [[ $got == *2021-05-26* ]]; then ok "prachum date '๒๖ พฤษภาคม ๒๕๖๔': $got"; else fail "prachum date '๒๖ พฤษภาคม ๒๕๖๔' printed $(head -c 200 <<<"$got" | head -1)"; fi

  if (cd "$scratch" && "$prachum" schema </dev/null >"$work/schema.json") && node -e "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))" "$work/schema.json"; then
    ok "prachum schema prints JSON"
  else
    fail "prachum schema failed or did not print JSON"
  fi
fi

# ---------------------------------------------------------------------------------------------
step "check-packages: result"
if ((${#failures[@]} > 0)); then
  printf 'FAIL: %s\n' "${failures[@]}"
  exit 1
fi
echo "ok: ${PACKAGES[*]} build, pack, lint clean (publint, attw) and work from ESM, CJS and the bin"
