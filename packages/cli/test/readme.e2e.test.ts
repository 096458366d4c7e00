import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDir, prachum, temporaryFolder } from './support/cli';
import { inventedReport } from './support/invented-reports';

const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

describe('README', () => {
  it('the Python snippet validates what `prachum parse` prints against what `prachum schema` prints', (context) => {
    if (spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' }).status !== 0) {
      context.skip('python3 with the jsonschema package is not available');
    }
    const snippet = /```python\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet, 'a ```python block in README.md').toBeDefined();
    const folder = temporaryFolder({
      'snippet.py': snippet ?? '',
      ...Object.fromEntries(Array.from({ length: 12 }, (_, n) => [`reports/${n}.txt`, inventedReport(n)])),
    });
    try {
      const records = prachum(['parse', 'reports/'], { cwd: folder.root }).stdout;
      writeFileSync(folder.path('records.jsonl'), records);
      writeFileSync(folder.path('meeting-report.schema.json'), prachum(['schema']).stdout);
      const runSnippet = () => spawnSync('python3', ['snippet.py'], { cwd: folder.root, encoding: 'utf8' });
      expect(runSnippet()).toMatchObject({ status: 0, stdout: '', stderr: '' });

      const [first] = records.split('\n');
      writeFileSync(
        folder.path('records.jsonl'),
        `${records}${JSON.stringify({ ...JSON.parse(first ?? '{}'), views: -1 })}\n`,
      );
      expect(runSnippet().stdout).toMatch(
        /^records\.jsonl:13: \$\.views: -1 is not valid under any of the given schemas\n$/,
      );
    } finally {
      folder.cleanup();
    }
  });

  it('shows every command of `prachum --help`', () => {
    for (const command of ['parse', 'validate', 'schema', 'date'])
      expect(readme).toContain(`### \`prachum ${command}\``);
  });
});
