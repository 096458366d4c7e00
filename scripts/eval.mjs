#!/usr/bin/env node
// pnpm eval [--verbose] [--no-build] [--keep]
//
// Builds the CLI (and the packages it depends on), parses ../shared/corpus/seeds and
// ../shared/corpus/dev with the BUILT `prachum parse <dir> --out-dir <tmp>`, and prints what
// ../shared/eval/score.mjs says about each folder.
//
// Scores are printed, never gated. The exit code is non-zero only when
//   - the build fails,
//   - the CLI exits non-zero (or is killed) on a folder,
//   - the scorer fails or its `spans` line is missing,
//   - any span does not point at its text (`spans … N/M spans point at their text` with N < M).
// When ../shared is not beside the checkout, it says so and exits 0.
//
//   --verbose   passed to score.mjs: lists every miss
//   --no-build  use packages/cli/dist as it is
//   --keep      keep the temporary output folders and print where they are
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const build = !args.includes('--no-build');
const keep = args.includes('--keep');
const unknown = args.filter((a) => !['--verbose', '--no-build', '--keep'].includes(a));
if (unknown.length > 0) {
  console.error(
    `eval: unknown option(s) ${unknown.join(' ')}; usage: pnpm eval [--verbose] [--no-build] [--keep]`,
  );
  process.exit(2);
}

const corpora = [
  { label: 'seeds', dir: join(shared, 'corpus', 'seeds') },
  { label: 'dev', dir: join(shared, 'corpus', 'dev') },
];

if (!existsSync(scorer) || !corpora.some((c) => existsSync(c.dir))) {
  console.log(`eval: skipped, ${shared} (the shared corpus and scorer) is not beside this checkout.`);
  process.exit(0);
}

const heading = (text) => console.log(`\n=== ${text} ===`);
const failures = [];

if (build) {
  heading('eval: build @prachum/cli and its dependencies');
  const turbo = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');
  if (!existsSync(turbo)) {
    console.error('eval: turbo is not installed; run `pnpm install` first.');
    process.exit(1);
  }
  const r = spawnSync(turbo, ['run', 'build', '--filter=@prachum/cli', '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) {
    console.error(`eval: FAIL, the build failed (exit ${r.status ?? r.signal}).`);
    process.exit(1);
  }
}

// The bin as the CLI package declares it, so that eval runs what `npx prachum` runs.
const cliDir = join(root, 'packages', 'cli');
const cliPkg = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8'));
const binRel = typeof cliPkg.bin === 'string' ? cliPkg.bin : (cliPkg.bin?.prachum ?? 'dist/bin.js');
const bin = join(cliDir, binRel);
if (!existsSync(bin)) {
  console.error(`eval: FAIL, the built CLI ${bin} does not exist (is the build producing it?).`);
  process.exit(1);
}

const temps = [];
try {
  for (const { label, dir } of corpora) {
    if (!existsSync(dir)) {
      heading(`eval: ${label}`);
      console.log(`skipped: ${dir} does not exist`);
      continue;
    }
    const n = readdirSync(dir).filter((f) => f.endsWith('.txt')).length;
    heading(`eval: ${label} (${n} reports, ${dir})`);
    const out = mkdtempSync(join(tmpdir(), `prachum-eval-${label}-`));
    temps.push(out);

    const parse = spawnSync(process.execPath, [bin, 'parse', dir, '--out-dir', out], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const said = parse.stdout ?? '';
    if (said.length > 4000)
      console.log(`(prachum parse printed ${said.length} characters on stdout; not shown)`);
    else process.stdout.write(said);
    // The corpus folders hold <id>.gold.json beside <id>.txt: the CLI notes each file it skips
    // (its summary line counts them); drop those notes, keep everything else it says.
    const notes = (parse.stderr ?? '')
      .split('\n')
      .filter((l) => !/^prachum: skipped .*: not a \.txt file$/.test(l));
    if (notes.join('').length > 0) process.stderr.write(`${notes.join('\n')}\n`.replace(/\n+$/, '\n'));
    if (parse.status !== 0) {
      failures.push(`${label}: \`prachum parse\` exited with ${parse.status ?? parse.signal}`);
      console.log(`FAIL: prachum parse ${dir} --out-dir ${out} exited with ${parse.status ?? parse.signal}`);
      if (parse.error) console.log(String(parse.error));
      continue;
    }
    const written = readdirSync(out).filter((f) => f.endsWith('.json')).length;
    console.log(`prachum parse wrote ${written} record(s) for ${n} report(s)`);

    const score = spawnSync(
      process.execPath,
      [scorer, '--gold', dir, '--pred', out, ...(verbose ? ['--verbose'] : [])],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    process.stdout.write(score.stdout ?? '');
    if (score.stderr) process.stderr.write(score.stderr);
    if (score.status !== 0) {
      failures.push(`${label}: score.mjs exited with ${score.status ?? score.signal}`);
      continue;
    }
    // `spans                    1.000  42/42 spans point at their text`
    const m = /^spans\s+\S+\s+(\d+)\/(\d+) spans point at their text/m.exec(score.stdout ?? '');
    if (!m) {
      failures.push(`${label}: no \`spans\` line in the scorer's output`);
    } else {
      const [good, all] = [Number(m[1]), Number(m[2])];
      if (good !== all) {
        failures.push(
          `${label}: ${all - good} of ${all} spans do not point at their text` +
            (verbose ? '' : ' (run `pnpm eval --verbose` to list them)'),
        );
      } else if (all === 0) {
        console.log(`note: no spans at all in the ${label} records`);
      }
    }
  }
} finally {
  for (const t of temps) {
    if (keep) console.log(`kept ${t}`);
    else rmSync(t, { recursive: true, force: true });
  }
}

heading('eval: result');
if (failures.length > 0) {
  for (const f of failures) console.log(`FAIL: ${f}`);
  process.exit(1);
}
console.log('ok: the CLI parsed every folder and every span points at its text (scores above are not gated)');
