/**
 * Rewrites the output blocks of README.md with what its examples print now:
 * `node --conditions=@prachum/source --import tsx test/support/update-readme.ts` (from packages/core).
 * Review the diff: a changed output is a changed behaviour.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as core from '@prachum/core';
import { readmeExamples, runExample } from './readme';

const path = new URL('../../README.md', import.meta.url);
let readme = readFileSync(path, 'utf8');
const examples = readmeExamples(readme);
for (const example of [...examples].reverse()) {
  const output = runExample(example.code, core as Record<string, unknown>);
  readme = readme.slice(0, example.outputStart) + output + readme.slice(example.outputEnd);
}
writeFileSync(path, readme);
// Lay the JSON out as the repository's formatter does.
spawnSync('npx', ['biome', 'format', '--write', fileURLToPath(path)], { stdio: 'inherit' });
console.log(`README.md: ${examples.length} example outputs written`);
