/**
 * `pnpm bench`: parseReport throughput on a corpus of reports (the repository's examples and the
 * test fixtures, replicated to a few MB), side by side in one run with a floor — one linear pass
 * over the same text (NFC + Thai digits to Arabic) — and the ratio between them. Then the cost of
 * each building block on the same corpus.
 *
 * Uses the built dist/ when present (turbo builds first), else the source; `--source` forces the
 * source. Options: `--mb N` (corpus size, default 3), `--seconds N` (time per pass, default 3).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findThaiDates, findThaiTimes } from '@prachum/thai-date';

type Library = typeof import('../src/index');

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const TARGET_MB = option('--mb', 3);
const SECONDS = option('--seconds', 3);

const distEntry = new URL('../dist/index.js', import.meta.url);
const useDist = existsSync(distEntry) && !args.includes('--source');
const library: Library = useDist ? await import(distEntry.href) : await import('../src/index');
const source = useDist ? 'dist/index.js' : 'src/index.ts';
const { parseReport, findPeople, findTerms, findMeetings, findVenues, findCountries, findAmounts } = library;

// ---- the corpus ---------------------------------------------------------------------------------

const folders = [
  fileURLToPath(new URL('../../../examples/reports/', import.meta.url)),
  fileURLToPath(new URL('../test/fixtures/', import.meta.url)),
];
const originals = folders.flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => readFileSync(join(dir, name), 'utf8'))
    : [],
);
if (originals.length === 0) throw new Error('No reports found in examples/reports or test/fixtures.');

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');
const corpus: string[] = [];
let corpusBytes = 0;
for (let copy = 0; corpusBytes < TARGET_MB * 1e6; copy++) {
  for (const text of originals) {
    // Each copy differs by a trailing line, so that no layer can cache a whole report. Decoded
    // from bytes like a report read from a file: a flat string, not the rope a template builds.
    const report = Buffer.from(`${text}\n${copy}\n`, 'utf8').toString('utf8');
    corpus.push(report);
    corpusBytes += utf8(report);
  }
}
const corpusChars = corpus.reduce((sum, text) => sum + text.length, 0);

// ---- timing -------------------------------------------------------------------------------------

interface Pass {
  name: string;
  run: (text: string) => number;
}

let sink = 0;

interface Measured {
  fastest: number;
  rounds: number;
}

/**
 * Runs the passes over the whole corpus, one round of each in turn, until SECONDS have gone by
 * for each; the fastest round of each. Taking turns puts the passes compared under the same load,
 * and on a shared machine other processes only ever add time, so the fastest round is the
 * steadiest estimate of a pass itself (the middle round of the floor moved by half between runs
 * of one build).
 */
function measure(passes: readonly Pass[]): Measured[] {
  const round = (pass: Pass) => {
    const start = performance.now();
    for (const text of corpus) sink += pass.run(text);
    return performance.now() - start;
  };
  // Warm-up: a whole round, and at least a second, so that the optimising compiler is done.
  for (const pass of passes) {
    const warmUntil = performance.now() + 1000;
    do round(pass);
    while (performance.now() < warmUntil);
  }
  const times = passes.map((): number[] => []);
  const deadline = performance.now() + SECONDS * 1000 * passes.length;
  do {
    // A turn is at least one round and a quarter of a second of each pass: a fast pass runs
    // many rounds in its turn.
    for (const [index, pass] of passes.entries()) {
      const turnEnd = performance.now() + 250;
      do times[index]?.push(round(pass));
      while (performance.now() < turnEnd);
    }
  } while (performance.now() < deadline || (times[0]?.length ?? 0) < 3);
  return times.map((rounds) => ({ fastest: Math.min(...rounds), rounds: rounds.length }));
}

const THAI_ZERO = 0x0e50;
/** The floor: one linear pass that every parser must at least make over its input. */
const floor: Pass = {
  name: 'floor: NFC + Thai digits',
  run: (text) =>
    text
      .normalize('NFC')
      .replace(/[๐-๙]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - THAI_ZERO + 0x30)).length,
};
const parse: Pass = { name: 'parseReport', run: (text) => parseReport(text).paragraphs.length };

const blocks: Pass[] = [
  { name: 'findThaiDates', run: (text) => findThaiDates(text).length },
  { name: 'findThaiTimes', run: (text) => findThaiTimes(text).length },
  { name: 'findPeople', run: (text) => findPeople(text).length },
  { name: 'findTerms', run: (text) => findTerms(text).length },
  { name: 'findMeetings', run: (text) => findMeetings(text).length },
  { name: 'findVenues', run: (text) => findVenues(text).length },
  { name: 'findCountries', run: (text) => findCountries(text).length },
  { name: 'findAmounts', run: (text) => findAmounts(text).length },
];

// ---- report -------------------------------------------------------------------------------------

const rows: string[][] = [];
const row = (pass: Pass, fastest: number, rounds: number, ratio: string) => {
  const seconds = fastest / 1000;
  rows.push([
    pass.name,
    (corpus.length / seconds).toFixed(0),
    (corpusBytes / 1e6 / seconds).toFixed(2),
    (corpusChars / 1e6 / seconds).toFixed(2),
    fastest.toFixed(1),
    String(rounds),
    ratio,
  ]);
};

function table(header: string[], body: string[][]): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...body.map((line) => (line[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

console.log(`@prachum/core bench (${source}), Node ${process.version}, one thread`);
console.log(
  `corpus: ${corpus.length} reports (${originals.length} originals replicated), ${(corpusBytes / 1e6).toFixed(2)} MB UTF-8, ${(corpusChars / 1e6).toFixed(2)} M UTF-16 chars; fastest of the rounds run in ${SECONDS} s per pass, the floor and parseReport taking turns\n`,
);

const [floorResult, parseResult] = measure([floor, parse]) as [Measured, Measured];
row(floor, floorResult.fastest, floorResult.rounds, '1.0×');
const ratio = parseResult.fastest / floorResult.fastest;
row(parse, parseResult.fastest, parseResult.rounds, `${ratio.toFixed(1)}×`);
const header = ['pass', 'reports/s', 'MB/s (UTF-8)', 'Mchars/s', 'ms/round (fastest)', 'rounds', 'vs floor'];
console.log(table(header, rows));
console.log(
  `\nparseReport / floor = ${ratio.toFixed(1)}× (target: within 10×) — ${ratio <= 10 ? 'within target' : 'above target'}\n`,
);

rows.length = 0;
for (const block of blocks) {
  const [result] = measure([block]) as [Measured];
  row(block, result.fastest, result.rounds, `${(result.fastest / floorResult.fastest).toFixed(1)}×`);
}
console.log(
  'building blocks on the same corpus (parseReport runs each once, findPeople once more per header line):',
);
console.log(table(header, rows));
if (sink === -1) console.log(''); // keep the results alive
