import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MeetingReportSchema, parseReport } from '@prachum/core';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, FIXTURES_DIR, SHARED_CORPUS_DIR, textsIn } from './support/corpus';
import { spanProblems } from './support/spans';

/** Schema-valid, every span pointing at its text: for one text. */
function checkText(text: string): void {
  const report = parseReport(text);
  const parsed = MeetingReportSchema.safeParse(report);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(spanProblems(text, report)).toEqual([]);
  expect(report.diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
}

const fixtures = textsIn(FIXTURES_DIR);
const examples = textsIn(EXAMPLES_DIR);

describe('invariants: fixtures', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });
  it.each(fixtures)('%s', (_name, text) => {
    checkText(text);
  });
});

describe('invariants: examples/reports', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  it.each(examples)('%s', (_name, text) => {
    checkText(text);
  });
});

for (const folder of ['seeds', 'dev']) {
  const dir = join(SHARED_CORPUS_DIR, folder);
  const present = existsSync(dir);
  const texts = textsIn(dir);
  describe.skipIf(!present)(
    present
      ? `invariants: shared corpus ${folder}`
      : `invariants: shared corpus ${folder} (skipped: ${dir} is absent)`,
    () => {
      it('has texts to check', () => {
        expect(texts.length).toBeGreaterThan(0);
      });
      it.each(texts)('%s', (_name, text) => {
        checkText(text);
      });
    },
  );
}

describe('invariants: the span checker', () => {
  it('reports a span that does not point at its text', () => {
    const text = 'เมื่อวันที่ 4 ตุลาคม 2565 ได้ประชุม\n';
    const report = parseReport(text);
    expect(spanProblems(text, report)).toEqual([]);
    const broken = {
      ...report,
      dates: report.dates.map((d) => ({ ...d, span: [0, 3] as [number, number] })),
    };
    expect(spanProblems(text, broken)).toHaveLength(1);
    const outside = { ...report, spans: { title: [0, text.length + 1] as [number, number] } };
    expect(spanProblems(text, outside)).toHaveLength(1);
  });
});
