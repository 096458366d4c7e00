/**
 * `pnpm bench`: end-to-end throughput and peak memory of the BUILT `prachum parse`.
 *
 * Writes BENCH_FILES (default 10,000) invented reports into a temporary folder, then runs
 * `node dist/bin.js parse <folder> --out-dir <tmp> --jobs N` for N = 1 and 2, and also with stdout
 * to /dev/null. Peak memory is the maximum resident set size that GNU time (`/usr/bin/time -v`)
 * reports for the whole process, worker threads included; without it, memory shows as n/a.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inventedReport } from '../test/support/invented-reports';

const fileCount = Number(process.env.BENCH_FILES ?? 10_000);
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const gnuTime = '/usr/bin/time';

if (!existsSync(bin)) {
  console.error(`bench: ${bin} is missing; build first (pnpm bench runs the build through turbo)`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'prachum-bench-'));
try {
  const reports = join(work, 'reports');
  console.log(`bench: writing ${fileCount.toLocaleString('en-US')} invented reports to ${reports}`);
  mkdirSync(reports);
  for (let n = 0; n < fileCount; n++) writeFileSync(join(reports, `${n}.txt`), inventedReport(n));

  const runs = [
    { output: '--out-dir', jobs: 1 },
    { output: '--out-dir', jobs: 2 },
    { output: 'stdout', jobs: 1 },
    { output: 'stdout', jobs: 2 },
  ].map(({ output, jobs }) => {
    const outDir = join(work, `out-jobs-${jobs}`);
    const target = output === '--out-dir' ? ['--out-dir', outDir] : [];
    const result = measure(['parse', reports, ...target, '--jobs', String(jobs)]);
    rmSync(outDir, { recursive: true, force: true });
    return { output: output === 'stdout' ? 'stdout > /dev/null' : output, jobs, ...result };
  });

  console.log(
    `\nprachum parse, ${fileCount.toLocaleString('en-US')} files, ${availableParallelism()} cores, ` +
      `load average ${loadavg()[0]?.toFixed(2)} (other work on the machine slows every row)\n`,
  );
  const rows = [
    ['output', 'jobs', 'seconds', 'files/s', 'peak RSS (MB)', 'exit'],
    ...runs.map((run) => [
      run.output,
      String(run.jobs),
      run.seconds.toFixed(2),
      Math.round(fileCount / run.seconds).toLocaleString('en-US'),
      run.peakMegabytes === undefined ? 'n/a' : run.peakMegabytes.toFixed(0),
      String(run.exitCode),
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  for (const [index, row] of rows.entries()) {
    console.log(
      row
        .map((cell, column) =>
          column < 1 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    );
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
  if (runs.some((run) => run.exitCode !== 0)) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Runs the CLI once, stdout to /dev/null; wall time, and peak RSS when GNU time is there. */
function measure(args: string[]): {
  seconds: number;
  peakMegabytes: number | undefined;
  exitCode: number | null;
} {
  const withTime = existsSync(gnuTime);
  const command = withTime
    ? [gnuTime, '-v', process.execPath, bin, ...args]
    : [process.execPath, bin, ...args];
  const started = performance.now();
  const result = spawnSync(command[0] as string, command.slice(1), {
    stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '')?.[1];
  const summary = /^prachum: .*$/m.exec(result.stderr ?? '')?.[0];
  console.log(`  ${args.slice(2).join(' ') || 'stdout'}: ${summary ?? result.stderr}`);
  return {
    seconds,
    peakMegabytes: kilobytes ? Number(kilobytes) / 1024 : undefined,
    exitCode: result.status,
  };
}
