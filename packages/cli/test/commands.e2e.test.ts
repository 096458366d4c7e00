import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageDir, prachum, repoDir, temporaryFolderForTests } from './support/cli';
import { inventedReport } from './support/invented-reports';

const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };

describe('prachum: help, version and usage errors', () => {
  it('--version prints the version of package.json', () => {
    for (const flag of ['--version', '-v']) {
      expect(prachum([flag])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    }
  });

  it.each([[['--help']], [['-h']], [['help']]])('%j prints the overview with examples', (args) => {
    const { code, stdout } = prachum(args);
    expect(code).toBe(0);
    for (const command of ['parse', 'validate', 'schema', 'date']) expect(stdout).toContain(`  ${command} `);
    expect(stdout).toContain('Examples:\n  prachum parse reports/ > records.jsonl');
  });

  it.each(['parse', 'validate', 'schema', 'date'])(
    '%s --help prints its usage, options and examples',
    (command) => {
      const { code, stdout, stderr } = prachum([command, '--help']);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(new RegExp(`^Usage: prachum ${command}`));
      expect(stdout).toContain('Options:');
      expect(stdout).toContain(`Examples:\n  prachum ${command}`);
    },
  );

  it.each([
    [[], 'no command given'],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('%j exits 2 with the usage line', (args, message) => {
    const { code, stdout, stderr } = prachum(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `prachum: ${message}\nUsage: prachum <parse|validate|schema|date> [options]   (prachum --help for more)\n`,
    );
  });
});

describe('prachum schema', () => {
  it('prints the JSON Schema shipped in @prachum/json-schema, byte for byte', () => {
    const { code, stdout } = prachum(['schema']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      readFileSync(join(repoDir, 'packages/json-schema/meeting-report.schema.json'), 'utf8'),
    );
  });

  it('takes no arguments', () => {
    const { code, stderr } = prachum(['schema', 'extra']);
    expect(code).toBe(2);
    expect(stderr).toContain('prachum: schema takes no arguments\nUsage: prachum schema');
  });
});

describe('prachum date', () => {
  it.each([
    [['๒๖ พฤษภาคม ๒๕๖๔'], '2021-05-26'],
    [['๒๖', 'พฤษภาคม', '๒๕๖๔'], '2021-05-26'],
    [['22-23 สิงหาคม 2562'], '2019-08-22/2019-08-23'],
    [['เดือนตุลาคม ๒๕๖๔'], '2021-10'],
    [['--reference-date', '2021-01-01', '26 ก.พ.'], '2021-02-26'],
  ])('reads %j as %s', (args, iso) => {
    expect(prachum(['date', ...args])).toEqual({ code: 0, stdout: `${iso}\n`, stderr: '' });
  });

  it.each([
    [[], '26 พฤษภาคม 2564'],
    [['--style', 'long', '--thai-digits'], '๒๖ พฤษภาคม ๒๕๖๔'],
    [['--style', 'short'], '26/5/64'],
    [['--ce'], '26 พฤษภาคม ค.ศ. 2021'],
  ])('--format %j 2021-05-26 prints %s', (options, thai) => {
    expect(prachum(['date', '--format', ...options, '2021-05-26'])).toEqual({
      code: 0,
      stdout: `${thai}\n`,
      stderr: '',
    });
  });

  it('exits 1 with the reason when the text is no date', () => {
    const { code, stdout, stderr } = prachum(['date', '๓๑ กุมภาพันธ์ ๒๕๖๔']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^prachum: cannot read '๓๑ กุมภาพันธ์ ๒๕๖๔' as a Thai date: .+ \(invalid-day\)\n$/);
  });

  it('exits 1 with the reason when --format gets no ISO date', () => {
    const { code, stderr } = prachum(['date', '--format', '2021-13-01']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^prachum: cannot format '2021-13-01': .+ \(invalid-date\)\n$/);
  });

  it.each([
    [['date'], 'give a Thai date expression'],
    [['date', '--style', 'long', '2021-05-26'], '--style applies only with --format'],
    [
      ['date', '--format', '--style', 'huge', '2021-05-26'],
      "--style must be one of full, long, medium, short, not 'huge'",
    ],
    [
      ['date', '--format', '--reference-date', '2021-01-01', '2021-05-26'],
      '--reference-date applies only without --format',
    ],
  ])('%j exits 2 with the usage line', (args, message) => {
    const { code, stderr } = prachum(args);
    expect(code).toBe(2);
    expect(stderr).toContain(`prachum: ${message}\nUsage: prachum date`);
  });
});

describe('prachum validate', () => {
  const folder = temporaryFolderForTests(
    Object.fromEntries([0, 1, 2, 3].map((n) => [`reports/${n}.txt`, inventedReport(n)])),
  );
  let records = '';
  beforeAll(() => {
    records = prachum(['parse', folder.path('reports'), '--jobs', '1']).stdout;
  });
  const recordAt = (index: number) =>
    JSON.parse(records.trimEnd().split('\n')[index] ?? 'null') as Record<string, unknown>;

  it('accepts what prachum parse prints, in every form: JSON Lines, envelopes, arrays, --out-dir files', () => {
    writeFileSync(folder.path('records.jsonl'), records);
    writeFileSync(
      folder.path('sourced.jsonl'),
      prachum(['parse', '--with-source', folder.path('reports')]).stdout,
    );
    writeFileSync(
      folder.path('array.json'),
      prachum(['parse', '--format', 'json', folder.path('reports')]).stdout,
    );
    prachum(['parse', folder.path('reports'), '--out-dir', folder.path('out')]);
    const files = ['records.jsonl', 'sourced.jsonl', 'array.json', 'out/0.json', 'out/3.json'].map((name) =>
      folder.path(name),
    );
    const { code, stdout, stderr } = prachum(['validate', ...files]);
    expect(stdout).toBe('');
    expect(stderr).toBe('prachum: 14 records in 5 files: 14 valid, 0 invalid\n');
    expect(code).toBe(0);
  });

  it('reads stdin with - (and with no file)', () => {
    for (const args of [['validate', '-'], ['validate']]) {
      const { code, stderr } = prachum(args, { input: records });
      expect(code).toBe(0);
      expect(stderr).toBe('prachum: 4 records in 1 file: 4 valid, 0 invalid\n');
    }
  });

  it('prints every error of every invalid record with file, line and JSON pointer; exit 1', () => {
    const broken = [
      { ...recordAt(0), countries: ['XX'], source: 'x.txt' },
      recordAt(1),
      {
        source: 'reports/2.txt',
        record: { ...recordAt(2), dates: [{ text: 'x', span: [5, 4], start: '2021-13', end: '2021' }] },
      },
      '{"schemaVersion": 1,',
    ].map((line) => (typeof line === 'string' ? line : JSON.stringify(line)));
    writeFileSync(folder.path('broken.jsonl'), `${broken.join('\n')}\n`);
    const { code, stdout, stderr } = prachum(['validate', 'broken.jsonl'], { cwd: folder.root });
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'broken.jsonl:1: /source: is not a field of MeetingReport; remove it or check its spelling',
      'broken.jsonl:1: /countries/0: "XX" is not a valid Country code (ISO 3166-1 alpha-2 country code.)',
      'broken.jsonl:3 (reports/2.txt): /dates/0/span: start 5 is after end 4; a span is [start, end) with start <= end',
      expect.stringMatching(
        /^broken\.jsonl:3 \(reports\/2\.txt\): \/dates\/0\/start: "2021-13" is not a valid ISO date/,
      ),
      expect.stringMatching(/^broken\.jsonl:4: not valid JSON \(.+\)$/),
      '',
    ]);
    expect(stderr).toBe('prachum: 4 records in 1 file: 1 valid, 3 invalid\n');
  });

  it('numbers the records of a JSON array', () => {
    writeFileSync(
      folder.path('array-broken.json'),
      JSON.stringify([recordAt(0), { ...recordAt(1), title: 7 }], null, 2),
    );
    const { code, stdout } = prachum(['validate', 'array-broken.json'], { cwd: folder.root });
    expect(code).toBe(1);
    expect(stdout).toBe('array-broken.json[1]: /title: must be string or null, not integer\n');
  });

  it('reports missing, empty and non-JSON files on stderr and exits 1', () => {
    writeFileSync(folder.path('empty.jsonl'), '');
    writeFileSync(folder.path('prose.txt'), 'เมื่อวันที่ ๒๖ พฤษภาคม ๒๕๖๔\nไม่ใช่ JSON\n');
    const { code, stdout, stderr } = prachum(['validate', 'missing.json', 'empty.jsonl', 'prose.txt'], {
      cwd: folder.root,
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^prose\.txt: is neither JSON Lines nor a JSON document \(.+\)\n$/);
    expect(stderr).toContain('prachum: missing.json: no such file or folder\n');
    expect(stderr).toContain('prachum: empty.jsonl: holds no records (it is empty)\n');
  });
});
