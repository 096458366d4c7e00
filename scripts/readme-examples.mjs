#!/usr/bin/env node
// Turns the ```js examples of a README into one ES module that checks them, so that the README
// stays true. A line `EXPR; // VALUE` becomes `assert.deepStrictEqual(EXPR, VALUE)` when VALUE
// (or its longest prefix ending before a `,` or `:`) is a JavaScript expression; anything after
// it is commentary. Other lines run as written. Each block runs in its own scope.
//
//   node scripts/readme-examples.mjs README.md > check.mjs && node check.mjs
//
// scripts/check-packages.sh runs the result inside its scratch project, against the packed packages.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'README.md';
const markdown = readFileSync(file, 'utf8');
const blocks = [...markdown.matchAll(/^```js\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');

function expectedValue(comment) {
  const cuts = [comment.length];
  for (let i = comment.length - 1; i > 0; i--) if (comment[i] === ',' || comment[i] === ':') cuts.push(i);
  for (const cut of cuts) {
    const candidate = comment.slice(0, cut).trim();
    if (!candidate) continue;
    try {
      new Function(`return (${candidate});`);
      return candidate;
    } catch {
      // not an expression: try a shorter prefix
    }
  }
  return null;
}

const imports = new Set();
const body = [];
let checks = 0;
for (const [index, block] of blocks.entries()) {
  body.push(`// ${file}, example ${index + 1}`, '{');
  for (const line of block.split('\n')) {
    if (/^import\s/.test(line)) {
      imports.add(line);
      continue;
    }
    const m = /^(\s*)(.+?);\s*\/\/\s*(.+)$/.exec(line);
    const value = m ? expectedValue(m[3] ?? '') : null;
    if (m && value !== null) {
      checks++;
      const where = JSON.stringify(`${file} example ${index + 1}: ${m[2]}`);
      body.push(`${m[1]}assert.deepStrictEqual(${m[2]}, ${value}, ${where});`);
    } else body.push(line);
  }
  body.push('}');
}

console.log("import assert from 'node:assert/strict';");
for (const line of imports) console.log(line);
console.log(body.join('\n'));
console.log(
  `console.log(${JSON.stringify(`${file}: ${blocks.length} examples, ${checks} checked values: ok`)});`,
);
