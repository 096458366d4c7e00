import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '@prachum/core';
import { validateReport } from '@prachum/json-schema';
import { describe, expect, it } from 'vitest';
import { inventedReports } from './invented-reports';

const repoDir = fileURLToPath(new URL('../../..', import.meta.url));
const examplesDir = join(repoDir, 'examples', 'reports');
const corpusDir = join(repoDir, '..', 'shared', 'corpus');

/** Every .txt file below a folder (the corpus is small: a list is fine here). */
function textFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(folder, name));
}

/** parseReport's record as a JSON consumer sees it (no undefined, no Date objects). */
const asJson = (text: string): unknown => JSON.parse(JSON.stringify(parseReport(text)));

describe('every record parseReport produces is valid against the JSON Schema', () => {
  it.each(Object.entries(inventedReports))('invented report: %s', (_, text) => {
    expect(validateReport(asJson(text))).toEqual({ valid: true, errors: [] });
  });

  it('with a reference date, and on degenerate input', () => {
    for (const text of ['', ' ', '\n\n', 'ก', '(', '๓๑ กุมภาพันธ์ ๒๕๖๔', 'x'.repeat(10_000)]) {
      expect(validateReport(asJson(text)), JSON.stringify(text.slice(0, 20))).toEqual({
        valid: true,
        errors: [],
      });
    }
    const record = JSON.parse(
      JSON.stringify(
        parseReport(inventedReports['day and month without a year'] ?? '', { referenceDate: '2021-01-01' }),
      ),
    );
    expect(validateReport(record)).toEqual({ valid: true, errors: [] });
  });

  it('examples/reports/*.txt', (context) => {
    const files = textFiles(examplesDir);
    if (files.length === 0) context.skip(`no reports in ${examplesDir}`);
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      expect(validateReport(asJson(text)), file).toEqual({ valid: true, errors: [] });
    }
  });

  it('every .txt of the shared corpus (../shared/corpus)', (context) => {
    const files = textFiles(corpusDir);
    if (files.length === 0) context.skip(`no shared corpus at ${corpusDir}`);
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      expect(validateReport(asJson(text)), file).toEqual({ valid: true, errors: [] });
    }
  });
});
