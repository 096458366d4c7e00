import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '@prachum/core';
import { validateReport } from '@prachum/json-schema';
import { describe, expect, it } from 'vitest';
import { inventedReports } from './invented-reports';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

const pythonHasJsonschema = () =>
  spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' }).status === 0;

describe('README', () => {
  it('the Python snippet validates records with jsonschema, as it says', (context) => {
    if (!pythonHasJsonschema()) context.skip('python3 with the jsonschema package is not available');
    const snippet = /```python\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet, 'a ```python block in README.md').toBeDefined();
    const folder = mkdtempSync(join(tmpdir(), 'prachum-readme-python-'));
    try {
      const schemaFolder = join(folder, 'node_modules', '@prachum', 'json-schema');
      mkdirSync(schemaFolder, { recursive: true });
      copyFileSync(
        join(packageDir, 'meeting-report.schema.json'),
        join(schemaFolder, 'meeting-report.schema.json'),
      );
      writeFileSync(join(folder, 'snippet.py'), snippet ?? '');
      const records = Object.values(inventedReports).map((text) => JSON.stringify(parseReport(text)));
      const runSnippet = () => spawnSync('python3', ['snippet.py'], { cwd: folder, encoding: 'utf8' });

      writeFileSync(join(folder, 'records.jsonl'), `${records.join('\n')}\n`);
      expect(runSnippet()).toMatchObject({ status: 0, stdout: '', stderr: '' });

      const broken = { ...JSON.parse(records[0] ?? '{}'), countries: ['XX'] };
      writeFileSync(join(folder, 'records.jsonl'), `${[...records, JSON.stringify(broken)].join('\n')}\n`);
      const { status, stdout } = runSnippet();
      expect(status).toBe(0);
      expect(stdout).toMatch(
        new RegExp(`^records\\.jsonl:${records.length + 1}: \\$\\.countries\\[0\\]: 'XX' is not one of`),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('the validateReport example shows the errors validateReport really gives', () => {
    const [first] = Object.values(inventedReports);
    const record = JSON.parse(JSON.stringify(parseReport(first ?? '')));
    delete record.title;
    const broken = {
      ...record,
      amounts: [{ text: 'x', span: [0, 1], value: 5, currency: 'BAHT', approximate: false }],
      dates: [{ text: 'x', span: [5, 4], start: '2021', end: '2021' }],
      source: 'reports/101.txt',
    };
    const documented = [...readme.matchAll(/\{ path: '([^']*)', message: '([^']*)' \}/g)].map(
      ([, path, message]) => ({
        path,
        message,
      }),
    );
    expect(validateReport(broken)).toEqual({ valid: false, errors: documented });
  });
});
