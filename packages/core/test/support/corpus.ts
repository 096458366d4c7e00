import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/core/test/fixtures: invented reports in the style of the real ones. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** The repository's example reports (examples/reports). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../../examples/reports/', import.meta.url));
/** The shared corpus beside the checkout (absent on a machine without /work/shared). */
export const SHARED_CORPUS_DIR = process.env.PRACHUM_SHARED_CORPUS ?? '/work/shared/corpus';

/** The text of one fixture. */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

/** Every `.txt` of a folder as `[name, text]`, sorted by name; none when the folder is absent. */
export function textsIn(dir: string): [string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
}
