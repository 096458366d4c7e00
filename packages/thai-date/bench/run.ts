/**
 * `pnpm bench`: formatThaiDate against a reused Intl.DateTimeFormat and dayjs (buddhistEra),
 * parseThaiDate throughput, findThaiDates throughput on report-like text and on 1 MB of
 * adversarial input. Uses the built dist/ when present (turbo builds first), else the source.
 */
import { existsSync } from 'node:fs';
import dayjs from 'dayjs';
import buddhistEra from 'dayjs/plugin/buddhistEra.js';
import utc from 'dayjs/plugin/utc.js';
import { Bench } from 'tinybench';
import 'dayjs/locale/th.js';
import { reportText } from './reportText';

type Library = typeof import('../src/index');
const distEntry = new URL('../dist/index.js', import.meta.url);
const library: Library = existsSync(distEntry) ? await import(distEntry.href) : await import('../src/index');
const { findThaiDates, formatThaiDate, parseThaiDate } = library;
const source = existsSync(distEntry) ? 'dist/index.js' : 'src/index.ts';

dayjs.extend(buddhistEra);
dayjs.extend(utc);

const BATCH = 1000;
const dates = Array.from(
  { length: BATCH },
  (_, index) => new Date(Date.UTC(1960 + (index % 90), index % 12, 1 + (index % 28))),
);
const intl = new Intl.DateTimeFormat('th-TH', { dateStyle: 'long', timeZone: 'UTC' });
const dayjsDates = dates.map((date) => dayjs.utc(date).locale('th'));
const expressions = [
  '26 พฤษภาคม 2564',
  'วันพุธที่ ๒๖ พฤษภาคม พ.ศ. ๒๕๖๔',
  '22-23 สิงหาคม 2562',
  'ปีงบประมาณ พ.ศ. 2566',
  '16/12/2563',
  'เดือนตุลาคม ๒๕๖๔',
  '13 ก.ย.66',
  '28 ธันวาคม 2563 - 2 มกราคม 2564',
];
const report = reportText(300_000);
const reportBytes = Buffer.byteLength(report, 'utf8');

let sink = 0;
const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add('formatThaiDate (long)', () => {
    for (const date of dates) sink += formatThaiDate(date).length;
  })
  .add('Intl.DateTimeFormat th-TH, reused (long)', () => {
    for (const date of dates) sink += intl.format(date).length;
  })
  .add("dayjs + buddhistEra 'D MMMM BBBB'", () => {
    for (const date of dayjsDates) sink += date.format('D MMMM BBBB').length;
  })
  .add('parseThaiDate (8 expressions)', () => {
    for (const expression of expressions) sink += parseThaiDate(expression).start.length;
  })
  .add(`findThaiDates on ${(report.length / 1000).toFixed(0)}k-char report text`, () => {
    sink += findThaiDates(report).length;
  });

await bench.run();

function opsPerSecond(name: string): number {
  const task = bench.tasks.find((candidate) => candidate.name === name);
  const result = task?.result;
  if (result === undefined || !('throughput' in result))
    throw new Error(`The benchmark "${name}" did not complete.`);
  return result.throughput.mean;
}

const names = bench.tasks.map((task) => task.name);
const [formatName = '', intlName = '', dayjsName = '', parseName = '', findName = ''] = names;
const formatOps = opsPerSecond(formatName) * BATCH;
const intlOps = opsPerSecond(intlName) * BATCH;
const dayjsOps = opsPerSecond(dayjsName) * BATCH;
const parseOps = opsPerSecond(parseName) * expressions.length;
const findRuns = opsPerSecond(findName);
const megabytesPerSecond = (findRuns * reportBytes) / 1e6;
const megacharsPerSecond = (findRuns * report.length) / 1e6;

const format = (value: number) => Math.round(value).toLocaleString('en-US');
console.log(`\n@prachum/thai-date benchmarks (${source}, Node ${process.version})\n`);
console.table([
  { benchmark: formatName, 'ops/s': format(formatOps), 'vs Intl': `${(formatOps / intlOps).toFixed(2)}×` },
  { benchmark: intlName, 'ops/s': format(intlOps), 'vs Intl': '1.00×' },
  { benchmark: dayjsName, 'ops/s': format(dayjsOps), 'vs Intl': `${(dayjsOps / intlOps).toFixed(2)}×` },
  { benchmark: parseName, 'ops/s': `${format(parseOps)} expressions/s`, 'vs Intl': '' },
  {
    benchmark: findName,
    'ops/s': `${megabytesPerSecond.toFixed(1)} MB/s UTF-8 (${megacharsPerSecond.toFixed(1)} M chars/s)`,
    'vs Intl': '',
  },
]);

const adversarial: [string, string][] = [
  ['1-1-1-…', '1-'],
  ['๑/๑/๑/…', '๑/'],
  ['month names', 'มกราคม'],
  ['วันที่วันที่…', 'วันที่'],
  ['1 มกราคม 1 มกราคม …', '1 มกราคม '],
  ['พ.ศ.25พ.ศ.25…', 'พ.ศ.25'],
  ['random Thai', 'กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ ะัาำิีึืุู'],
];
const adversarialRows = adversarial.map(([label, unit]) => {
  const input = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const started = performance.now();
  const found = findThaiDates(input).length;
  return { 'input (1M chars)': label, ms: Math.round(performance.now() - started), matches: found };
});
console.table(adversarialRows);
const slowest = Math.max(...adversarialRows.map((row) => row.ms));

const checks = [
  {
    target: 'formatThaiDate ≥ 4× a reused Intl.DateTimeFormat',
    measured: `${(formatOps / intlOps).toFixed(2)}×`,
    pass: formatOps / intlOps >= 4,
  },
  {
    target: 'findThaiDates ≥ 20 MB/s (UTF-8) on one core',
    measured: `${megabytesPerSecond.toFixed(1)} MB/s`,
    pass: megabytesPerSecond >= 20,
  },
  { target: '1 MB adversarial input < 1000 ms', measured: `${slowest} ms (slowest)`, pass: slowest < 1000 },
];
console.table(checks.map((check) => ({ ...check, pass: check.pass ? 'PASS' : 'FAIL' })));
if (sink === 0) console.log('(nothing measured)');
