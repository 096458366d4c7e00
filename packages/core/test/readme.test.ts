import { readFileSync } from 'node:fs';
import * as core from '@prachum/core';
import { describe, expect, it } from 'vitest';
import { readmeExamples, runExample, withoutLayout } from './support/readme';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = readmeExamples(readme);

/** After a deliberate change of behaviour, refresh the outputs with test/support/update-readme.ts. */
describe('README', () => {
  it('has runnable examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples.map((example, i) => [i + 1, example] as const))(
    'example %i prints the output shown under it',
    (_n, example) => {
      expect(
        withoutLayout(runExample(example.code, core as Record<string, unknown>)),
        'README output (refresh: node --conditions=@prachum/source --import tsx test/support/update-readme.ts)',
      ).toBe(withoutLayout(example.output));
    },
  );

  it('lists every runtime export of the package', () => {
    for (const name of Object.keys(core)) expect(readme, name).toMatch(new RegExp(`\`${name}[\`(]`));
  });
});
