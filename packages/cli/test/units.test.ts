import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReport } from '../src/parse/decode';
import { mapInOrder } from '../src/parse/ordered';
import { commonFolder, OutDirLayout, OutDirRefused, writeFileAtomically } from '../src/parse/out-dir';
import { progressLine } from '../src/parse/progress';
import { csvRow } from '../src/parse/render';
import { temporaryFolder } from './support/cli';

describe('csvRow (RFC 4180)', () => {
  it('ends rows with CRLF, leaves plain fields bare and writes null as empty', () => {
    expect(csvRow(['a', 1, null, undefined, 'ไทย'])).toBe('a,1,,,ไทย\r\n');
  });

  it('quotes fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvRow(['a,b', 'say "hi"', 'two\nlines', 'cr\r'])).toBe(
      '"a,b","say ""hi""","two\nlines","cr\r"\r\n',
    );
  });

  it('keeps text that a spreadsheet would run as a formula from running', () => {
    expect(csvRow(['=HYPERLINK("x")', '+1', '-ข่าว', '@SUM(A1)', '\tx', 'a=b', -5])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-ข่าว,'@SUM(A1),'\tx,a=b,-5\r\n`,
    );
  });
});

describe('decodeReport', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('decodes UTF-8 and drops a leading BOM, nothing else', () => {
    expect(decodeReport(bytes('\uFEFFประชุม \uFEFF\r\n'))).toEqual({ ok: true, text: 'ประชุม \uFEFF\r\n' });
  });

  it.each([
    ['an empty file', new Uint8Array(), /^is empty/],
    ['only a BOM and spaces', bytes('\uFEFF \n'), /^has no text/],
    ['NUL bytes', bytes('ab\0cd'), /binary file/],
    ['TIS-620 bytes', new Uint8Array([0xc3, 0xd2, 0xc2]), /^is not valid UTF-8; convert it first/],
    ['a truncated UTF-8 sequence', bytes('ประชุม').slice(0, 4), /^is not valid UTF-8/],
  ])('refuses %s', (_, input, problem) => {
    const decoded = decodeReport(input);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problem).toMatch(problem);
  });
});

describe('mapInOrder', () => {
  async function* numbers(count: number) {
    for (let n = 0; n < count; n++) yield n;
  }

  it('yields results in input order whatever order they finish in, never more than limit in flight', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const results: number[] = [];
    const slowFirst = async (n: number) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((done) => setTimeout(done, (20 - n) % 7));
      inFlight--;
      return n * 10;
    };
    for await (const result of mapInOrder(numbers(20), 4, slowFirst)) results.push(result);
    expect(results).toEqual(Array.from({ length: 20 }, (_, n) => n * 10));
    expect(mostInFlight).toBe(4);
  });
});

describe('progressLine', () => {
  it('shows a bar, the share done, counts, speed and errors', () => {
    expect(progressLine({ done: 2500, total: 10_000, errors: 1, elapsedSeconds: 2 })).toBe(
      '[######------------------]  25%  2,500/10,000 files  1,250 files/s  1 error',
    );
  });

  it('says it is still counting when the total is not known yet', () => {
    expect(progressLine({ done: 120, total: undefined, errors: 0, elapsedSeconds: 0 })).toBe(
      '120 files (counting…)',
    );
  });
});

describe('--out-dir layout', () => {
  it('commonFolder finds the deepest folder holding all inputs', () => {
    const root = resolve('/data');
    expect(commonFolder([join(root, 'a', 'x'), join(root, 'a', 'y', 'z')])).toBe(join(root, 'a'));
    expect(commonFolder([join(root, 'a')])).toBe(join(root, 'a'));
    expect(commonFolder([join(root, 'ab'), join(root, 'a')])).toBe(root);
  });

  it('maps each report below the common folder to <name>.json', async () => {
    const folder = temporaryFolder({ 'in/x/1.txt': 'a', 'in/y/1.txt': 'b', 'in/report': 'c' });
    try {
      const single = await OutDirLayout.create(folder.path('out'), [folder.path('in')]);
      expect(single.outputFor(folder.path('in/x/1.txt'))).toBe(folder.path('out/x/1.json'));
      expect(single.outputFor(folder.path('in/report'))).toBe(folder.path('out/report.json'));
      const files = await OutDirLayout.create(folder.path('out'), [
        folder.path('in/x/1.txt'),
        folder.path('in/y/1.txt'),
      ]);
      expect(files.outputFor(folder.path('in/y/1.txt'))).toBe(folder.path('out/y/1.json'));
    } finally {
      folder.cleanup();
    }
  });

  it('refuses an out-dir that is, is inside, or contains an input, following symbolic paths', async () => {
    const folder = temporaryFolder({ 'in/1.txt': 'a' });
    try {
      for (const outDir of [
        folder.path('in'),
        folder.path('in/out'),
        folder.root,
        join(folder.path('in'), '..', 'in', 'deep', 'er'),
      ]) {
        await expect(OutDirLayout.create(outDir, [folder.path('in')])).rejects.toBeInstanceOf(OutDirRefused);
      }
      await expect(OutDirLayout.create(folder.path('out'), [folder.path('in')])).resolves.toBeInstanceOf(
        OutDirLayout,
      );
    } finally {
      folder.cleanup();
    }
  });

  it('writeFileAtomically creates folders, replaces the file whole and leaves no temporary file', async () => {
    const folder = temporaryFolder();
    try {
      const target = folder.path('a/b/1.json');
      await writeFileAtomically(target, 'first');
      await writeFileAtomically(target, 'second');
      expect(readFileSync(target, 'utf8')).toBe('second');
      expect(readdirSync(folder.path('a/b'))).toEqual(['1.json']);
      mkdirSync(folder.path('blocked'));
      writeFileSync(folder.path('blocked/file'), 'x');
      await expect(writeFileAtomically(folder.path('blocked/file/1.json'), 'x')).rejects.toThrow();
      expect(readdirSync(folder.path('blocked'))).toEqual(['file']);
    } finally {
      folder.cleanup();
    }
  });
});
