import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, type Dirent, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateReport } from '@prachum/json-schema';
import { describe, expect, it } from 'vitest';
import { binPath, jsonLines, prachum, temporaryFolder, temporaryFolderForTests } from './support/cli';
import { inventedReport } from './support/invented-reports';

const USAGE_LINE = /^Usage: prachum parse /m;

const expectValidRecords = (records: unknown[]) => {
  for (const record of records) expect(validateReport(record)).toEqual({ valid: true, errors: [] });
};

describe('prachum parse: inputs and formats', () => {
  const folder = temporaryFolderForTests({
    'reports/101.txt': inventedReport(0),
    'reports/102.txt': `\uFEFF${inventedReport(1)}`,
    'reports/sub/201.txt': inventedReport(2),
    'reports/101.gold.json': '{}',
    'reports/.DS_Store': 'x',
  });

  it('reads one report from stdin and prints one schema-valid JSON line', () => {
    const { code, stdout, stderr } = prachum(['parse'], { input: inventedReport(3) });
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    expect(records).toHaveLength(1);
    expectValidRecords(records);
    expect(stderr).toMatch(/prachum: 1 file, 1 record, 0 errors, 0 skipped, [\d.]+ s\n$/);
  });

  it('reads stdin for `-`, between files, in argument order', () => {
    const { code, stdout } = prachum(['parse', '--with-source', folder.path('reports/101.txt'), '-'], {
      input: inventedReport(3),
    });
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((line) => (line as { source: string }).source)).toEqual([
      folder.path('reports/101.txt'),
      '<stdin>',
    ]);
  });

  it('walks a folder recursively, parses only .txt files and says which files it skipped and why', () => {
    const { code, stdout, stderr } = prachum(['parse', 'reports', '--with-source'], { cwd: folder.root });
    expect(code).toBe(0);
    const sources = jsonLines(stdout).map((line) => (line as { source: string }).source);
    expect(sources.sort()).toEqual([
      join('reports', '101.txt'),
      join('reports', '102.txt'),
      join('reports', 'sub', '201.txt'),
    ]);
    expect(stderr).toContain(`prachum: skipped ${join('reports', '101.gold.json')}: not a .txt file`);
    expect(stderr).toContain(`prachum: skipped ${join('reports', '.DS_Store')}: hidden`);
    expect(stderr).toMatch(/3 files, 3 records, 0 errors, 2 skipped/);
  });

  it('drops a leading BOM and nothing else: spans point into the text after it', () => {
    const { stdout } = prachum(['parse', folder.path('reports/102.txt')]);
    type Located = { text: string; span: [number, number] };
    const [record] = jsonLines(stdout) as { dates: Located[]; people: Located[]; paragraphs: string[] }[];
    const text = inventedReport(1);
    const located = [...(record?.dates ?? []), ...(record?.people ?? [])];
    expect(located.length).toBeGreaterThan(0);
    for (const { span, text: written } of located) expect(text.slice(...span)).toBe(written);
    expect(record?.paragraphs.join('')).not.toContain('\uFEFF');
  });

  it('prints JSON Lines by default: bare records that validate against the schema', () => {
    const { stdout } = prachum(['parse', folder.path('reports')]);
    const records = jsonLines(stdout);
    expect(records).toHaveLength(3);
    expectValidRecords(records);
  });

  it('--with-source wraps each record as {source, record}, the record still schema-valid', () => {
    const { stdout } = prachum(['parse', '--with-source', folder.path('reports/101.txt')]);
    const [line] = jsonLines(stdout) as { source: string; record: unknown }[];
    expect(Object.keys(line ?? {})).toEqual(['source', 'record']);
    expect(line?.source).toBe(folder.path('reports/101.txt'));
    expectValidRecords([line?.record]);
  });

  it('--format json prints one JSON array (an empty one when nothing parses)', () => {
    const { code, stdout } = prachum(['parse', '--format', 'json', folder.path('reports')]);
    expect(code).toBe(0);
    const records = JSON.parse(stdout) as unknown[];
    expect(records).toHaveLength(3);
    expectValidRecords(records);
    expect(stdout).toMatch(/^\[\n {2}\{\n {4}"schemaVersion": 1,/);
    const empty = prachum(['parse', '--format', 'json', 'no-such-file.txt']);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toBe('[]\n');
  });

  it('--format csv prints RFC 4180: a header, CRLF line ends, quoted fields', () => {
    const { code, stdout } = prachum([
      'parse',
      '-f',
      'csv',
      folder.path('reports/101.txt'),
      folder.path('reports/sub/201.txt'),
    ]);
    expect(code).toBe(0);
    expect(stdout.endsWith('\r\n')).toBe(true);
    expect(stdout.replaceAll('\r\n', '')).not.toMatch(/[\r]/);
    const rows = parseCsv(stdout);
    expect(rows[0]).toEqual([
      'source',
      'title',
      'published',
      'meeting_name_th',
      'meeting_name_en',
      'meeting_abbr',
      'meeting_ordinal',
      'meeting_date_start',
      'meeting_date_end',
      'meeting_mode',
      'meeting_venue',
      'people',
      'countries',
    ]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(13);
    expect(rows[1]?.[0]).toBe(folder.path('reports/101.txt'));
  });

  it('quotes CSV fields with commas, quotes and line breaks', () => {
    const odd = temporaryFolder({ 'a,"b".txt': inventedReport(5) });
    try {
      const { stdout } = prachum(['parse', '--format', 'csv', odd.path('a,"b".txt')]);
      const row = stdout.split('\r\n')[1] ?? '';
      expect(row.startsWith(`"${odd.path('a,""b"".txt')}",`)).toBe(true);
      expect(parseCsv(stdout)[1]?.[0]).toBe(odd.path('a,"b".txt'));
    } finally {
      odd.cleanup();
    }
  });

  it('gives byte-identical output with --jobs 2 and --jobs 1, in input order', () => {
    const many = temporaryFolder(
      Object.fromEntries(Array.from({ length: 60 }, (_, n) => [`r${n}.txt`, inventedReport(n)])),
    );
    try {
      for (const format of ['jsonl', 'json', 'csv']) {
        const one = prachum(['parse', '--jobs', '1', '--format', format, many.root]);
        const two = prachum(['parse', '--jobs', '2', '--format', format, many.root]);
        expect(one.code).toBe(0);
        expect(two.stdout).toBe(one.stdout);
      }
      const files = Array.from({ length: 60 }, (_, n) => many.path(`r${59 - n}.txt`));
      const ordered = prachum(['parse', '--with-source', '--jobs', '2', ...files]);
      expect(jsonLines(ordered.stdout).map((line) => (line as { source: string }).source)).toEqual(files);
    } finally {
      many.cleanup();
    }
  });
});

describe('prachum parse: bad inputs', () => {
  const folder = temporaryFolderForTests({
    'mixed/good.txt': inventedReport(7),
    'mixed/empty.txt': '',
    'mixed/blank.txt': ' \n\t\n',
    'mixed/binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
    'mixed/tis620.txt': Buffer.from([0xc3, 0xd2, 0xc2, 0xa7, 0xd2, 0xb9]),
    'mixed/zz-good.txt': inventedReport(8),
    'no-reports/notes.md': '# notes',
  });

  it('reports each bad file clearly on stderr, parses the rest and exits 1', () => {
    const { code, stdout, stderr } = prachum(['parse', 'mixed', 'no-reports', 'missing.txt'], {
      cwd: folder.root,
    });
    expect(code).toBe(1);
    expect(jsonLines(stdout)).toHaveLength(2);
    const where = (name: string) => `prachum: ${join('mixed', name)}: `;
    expect(stderr).toContain(`${where('empty.txt')}is empty; there is no report to parse`);
    expect(stderr).toContain(`${where('blank.txt')}has no text (only white space)`);
    expect(stderr).toContain(`${where('binary.txt')}contains NUL bytes, so it looks like a binary file`);
    expect(stderr).toContain(
      `${where('tis620.txt')}is not valid UTF-8; convert it first, e.g. \`iconv -f TIS-620`,
    );
    expect(stderr).toContain('prachum: no-reports: has no .txt reports in it or its subfolders');
    expect(stderr).toContain('prachum: missing.txt: no such file or folder');
    expect(stderr).toMatch(/6 files, 2 records, 6 errors, 1 skipped/);
  });

  it('reports an unreadable file and goes on', (context) => {
    const locked = temporaryFolder({ 'a-locked.txt': inventedReport(9), 'b-open.txt': inventedReport(10) });
    try {
      chmodSync(locked.path('a-locked.txt'), 0o000);
      if (canRead(locked.path('a-locked.txt'))) {
        context.skip(
          'chmod 000 does not stop this user (root?) from reading, so there is no unreadable file to test',
        );
      }
      const { code, stdout, stderr } = prachum(['parse', locked.root]);
      expect(code).toBe(1);
      expect(jsonLines(stdout)).toHaveLength(1);
      expect(stderr).toContain(`prachum: ${locked.path('a-locked.txt')}: cannot be read: permission denied`);
    } finally {
      chmodSync(locked.path('a-locked.txt'), 0o644);
      locked.cleanup();
    }
  });

  it.each([
    [['parse', '--format', 'xml', 'x'], "--format must be one of jsonl, json, csv, not 'xml'"],
    [['parse', '--jobs', '0', 'x'], "--jobs must be a whole number of threads, 1 or more, not '0'"],
    [['parse', '--jobs', 'many', 'x'], "--jobs must be a whole number of threads, 1 or more, not 'many'"],
    [['parse', '--no-such-option'], "Unknown option '--no-such-option'"],
    [['parse', '-', '-'], 'stdin (-) can be read only once'],
    [['parse', '--out-dir', 'out', '-'], 'a report from stdin has no file name'],
    [
      ['parse', '--out-dir', 'out', '--format', 'csv', 'x'],
      '--out-dir always writes one JSON file per report',
    ],
    [['parse', '--with-source', '--format', 'csv', 'x'], '--with-source applies to jsonl and json'],
  ])('exits 2 with the usage line for %j', (args, message) => {
    const { code, stdout, stderr } = prachum(args, { cwd: folder.root });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^prachum: /);
    expect(stderr).toContain(message);
    expect(stderr).toMatch(USAGE_LINE);
  });
});

describe('prachum parse --out-dir', () => {
  const folder = temporaryFolderForTests({
    'corpus/dev/101.txt': inventedReport(11),
    'corpus/dev/102.txt': inventedReport(12),
    'corpus/dev/a/300.txt': inventedReport(13),
    'corpus/dev/b/300.txt': inventedReport(14),
    'corpus/dev/101.gold.json': '{"keep": "me"}',
    'other/101.txt': inventedReport(15),
  });

  it('writes <name>.json for each <name>.txt, mirroring subfolders, and prints nothing', () => {
    const { code, stdout, stderr } = prachum(['parse', 'corpus/dev', '--out-dir', 'out'], {
      cwd: folder.root,
    });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/4 files, 4 records, 0 errors, 1 skipped/);
    expect(listFiles(folder.path('out'))).toEqual(['101.json', '102.json', 'a/300.json', 'b/300.json']);
    const record = JSON.parse(readFileSync(folder.path('out/101.json'), 'utf8'));
    expectValidRecords([record]);
    expect(readFileSync(folder.path('out/101.json'), 'utf8')).toMatch(
      /^\{\n {2}"schemaVersion": 1,[\s\S]*\}\n$/,
    );
    expect(readFileSync(folder.path('corpus/dev/101.gold.json'), 'utf8')).toBe('{"keep": "me"}');
  });

  it('keeps the inputs apart below their common folder when given several', () => {
    const { code } = prachum(['parse', 'corpus/dev/101.txt', 'other', '--out-dir', 'out-several'], {
      cwd: folder.root,
    });
    expect(code).toBe(0);
    expect(listFiles(folder.path('out-several'))).toEqual(['corpus/dev/101.json', 'other/101.json']);
  });

  it('stops on Ctrl-C with exit code 130 and leaves no temporary file behind', async () => {
    const many = temporaryFolder(
      Object.fromEntries(Array.from({ length: 3000 }, (_, n) => [`many/${n}.txt`, inventedReport(n)])),
    );
    try {
      const out = many.path('out');
      const child = spawn(process.execPath, [binPath, 'parse', 'many', '--out-dir', out], {
        cwd: many.root,
        stdio: 'ignore',
      });
      const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
        child.on('close', (code, signal) => resolve(code ?? signal)),
      );
      let finished = false;
      void exited.then(() => {
        finished = true;
      });
      // Interrupt while it writes: once some records are out, far from the last one.
      while (!finished && listFiles(out).length < 50) await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(listFiles(out).length).toBeLessThan(3000);
      expect(listFiles(out, { hidden: true }).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      many.cleanup();
    }
  }, 60_000);

  it('replaces earlier outputs whole and leaves no temporary files behind', () => {
    writeFileSync(folder.path('stale.json'), 'x');
    const out = folder.path('out-replace');
    prachum(['parse', 'corpus/dev', '--out-dir', out], { cwd: folder.root });
    writeFileSync(join(out, '101.json'), 'an older, different record');
    const { code } = prachum(['parse', 'corpus/dev', '--out-dir', out, '--jobs', '2'], { cwd: folder.root });
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, '101.json'), 'utf8')).schemaVersion).toBe(1);
    expect(listFiles(out).filter((name) => !name.endsWith('.json'))).toEqual([]);
    expect(listFiles(out, { hidden: true }).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it.each([
    [
      ['corpus/dev', '--out-dir', 'corpus/dev'],
      '--out-dir corpus/dev is the input folder corpus/dev or inside it',
    ],
    [
      ['corpus/dev', '--out-dir', 'corpus/dev/out'],
      '--out-dir corpus/dev/out is the input folder corpus/dev or inside it',
    ],
    [['corpus/dev', '--out-dir', 'corpus'], '--out-dir corpus contains the input corpus/dev'],
    [
      ['corpus/dev/101.txt', '--out-dir', 'corpus/dev'],
      '--out-dir corpus/dev contains the input corpus/dev/101.txt',
    ],
    [
      ['corpus/dev', '--out-dir', 'corpus/dev/101.gold.json'],
      '--out-dir corpus/dev/101.gold.json is a file, not a folder',
    ],
  ])('refuses %j, exit 2, writing nothing', (args, message) => {
    const before = listFiles(folder.root);
    const { code, stderr } = prachum(['parse', ...args], { cwd: folder.root });
    expect(code).toBe(2);
    expect(stderr).toContain(`prachum: ${message}`);
    expect(stderr).toMatch(USAGE_LINE);
    expect(listFiles(folder.root)).toEqual(before);
  });
});

describe('prachum parse | head', () => {
  it('stops quietly when the reader closes the pipe early', () => {
    const many = temporaryFolder(
      Object.fromEntries(Array.from({ length: 200 }, (_, n) => [`r${n}.txt`, inventedReport(n)])),
    );
    try {
      // pipefail: the pipeline's status is prachum's, not head's.
      const shell = spawnSync(
        'bash',
        ['-o', 'pipefail', '-c', `node "${binPath}" parse "${many.root}" | head -n 1`],
        {
          encoding: 'utf8',
        },
      );
      expect(shell.stdout.split('\n')).toHaveLength(2);
      expect(shell.stderr).not.toMatch(/Error|EPIPE|at /);
      expect(shell.status).toBe(0);
    } finally {
      many.cleanup();
    }
  });
});

function canRead(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Every file below a folder, as sorted relative paths with `/`. */
function listFiles(folder: string, { hidden = false } = {}): string[] {
  if (!existsSync(folder)) return [];
  return (readdirSync(folder, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile() && (hidden || !entry.name.startsWith('.')))
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(folder.length + 1)
        .replaceAll('\\', '/'),
    )
    .sort();
}

/** A small RFC 4180 reader, enough to check what prachum writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  return rows;
}
