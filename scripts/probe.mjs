#!/usr/bin/env node
// pnpm probe [--verbose] [transform …]
//
// Metamorphic probe of the parser's robustness. Each transform rewrites the shared corpus
// (../shared/corpus/seeds and dev) the way real pages differ without changing what they say:
// invisible characters, other line breaks and spaces, the other digits, month forms, posts glued
// to the words around them, lines hard-wrapped at a width. The gold strings are rewritten the same way where the transform
// touches them, the reports are parsed with the BUILT @prachum/core, and
// ../shared/eval/score.mjs scores each. A transform that scores well below `plain` shows a rule
// that leans on one way of writing. Scores are printed, never gated.
//
// Known artifacts: `nbsp` and `double-spaces` also change the spaces inside abbreviations of the
// gold (`AMM Retreat`), which the parser cleans to one space, so they cannot reach `plain`.
//
// Needs `pnpm build` first; skips, saying so, when ../shared is not beside the checkout.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const core = join(root, 'packages', 'core', 'dist', 'index.js');

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const MONTHS = [
  ['มกราคม', 'ม.ค.'],
  ['กุมภาพันธ์', 'ก.พ.'],
  ['มีนาคม', 'มี.ค.'],
  ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'],
  ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'],
  ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'],
  ['ตุลาคม', 'ต.ค.'],
  ['พฤศจิกายน', 'พ.ย.'],
  ['ธันวาคม', 'ธ.ค.'],
];

/**
 * name → { text(text, gold), gold: whether gold strings change the same way }. A transform
 * that only adds what values are cleaned of (zero-width spaces, decomposed sara am) leaves
 * the gold as it is.
 */
const TRANSFORMS = {
  plain: { text: (text) => text, gold: true },
  'zero-width': { text: (text) => text.replace(/ /g, ' \u200b'), gold: false },
  crlf: { text: (text) => text.replace(/\r?\n/g, '\r\n'), gold: true },
  nbsp: { text: (text) => text.replace(/ /g, '\u00a0'), gold: true },
  tabs: { text: (text) => everyNth(text, / /g, 4, '\t'), gold: true },
  'decomposed-sara-am': { text: (text) => text.replace(/\u0e33/g, '\u0e4d\u0e32'), gold: false },
  'double-spaces': { text: (text) => text.replace(/ /g, '  '), gold: true },
  'arabic-digits': {
    text: (text) => text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d))),
    gold: true,
  },
  'thai-digits': {
    // Not inside Latin words and codes (COVID-19, 16th): Thai digits stand in Thai text.
    text: (text) =>
      text.replace(/(?<![A-Za-z0-9-])[0-9]+(?:[.,/:][0-9]+)*(?![A-Za-z0-9])/g, (number) =>
        number.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]),
      ),
    gold: true,
  },
  'abbreviated-months': {
    text: (text) => MONTHS.reduce((t, [full, abbr]) => t.replaceAll(full, abbr), text),
    gold: true,
  },
  'full-months': {
    text: (text) => MONTHS.reduce((t, [full, abbr]) => t.replaceAll(abbr, full), text),
    gold: true,
  },
  'glued-posts': {
    // Each post of the gold written without the space after it: `…ต่างประเทศได้เข้าร่วม`.
    text: (text, gold) =>
      gold.people.reduce((t, p) => (p.position ? t.split(`${p.position} `).join(p.position) : t), text),
    gold: false,
  },
  'glued-names': {
    // Each post of the gold written without the space before it: `…ทองภักดีปลัดกระทรวง…`.
    text: (text, gold) =>
      gold.people.reduce(
        (t, p) => (p.position ? t.split(`${p.name} ${p.position}`).join(p.name + p.position) : t),
        text,
      ),
    gold: false,
  },
  'hard-wrapped': {
    // Every line cut after 100 characters where a Thai word goes on, as a PDF or a feed wraps it.
    text: (text) => hardWrap(text, 100),
    gold: false,
  },
};

/** Lines longer than `width` broken where the next character opens a Thai word after a Thai letter. */
function hardWrap(text, width) {
  let wrapped = '';
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const previous = text.charCodeAt(i - 1);
    const opensWord = (code >= 0x0e01 && code <= 0x0e2e) || (code >= 0x0e40 && code <= 0x0e44);
    if (column >= width && opensWord && previous >= 0x0e01 && previous <= 0x0e4e && previous !== 0x0e40) {
      wrapped += '\n';
      column = 0;
    }
    wrapped += text[i];
    column = text[i] === '\n' ? 0 : column + 1;
  }
  return wrapped;
}

function everyNth(text, pattern, n, replacement) {
  let seen = 0;
  return text.replace(pattern, (match) => (seen++ % n === n - 2 ? replacement : match));
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const names = args.filter((arg) => arg !== '--verbose');
const unknown = names.filter((name) => !(name in TRANSFORMS));
if (unknown.length > 0) {
  console.error(
    `probe: unknown transform(s) ${unknown.join(', ')}; known: ${Object.keys(TRANSFORMS).join(', ')}`,
  );
  process.exit(2);
}
if (!existsSync(scorer)) {
  console.log(`probe: skipped, ${shared} (the shared corpus and scorer) is not beside this checkout.`);
  process.exit(0);
}
if (!existsSync(core)) {
  console.error('probe: packages/core/dist is missing; run `pnpm build` first.');
  process.exit(1);
}
const { parseReport } = await import(pathToFileURL(core).href);

const work = mkdtempSync(join(tmpdir(), 'prachum-probe-'));
try {
  for (const name of names.length > 0 ? names : Object.keys(TRANSFORMS)) {
    const transform = TRANSFORMS[name];
    const scores = [];
    for (const folder of ['seeds', 'dev']) {
      const source = join(shared, 'corpus', folder);
      if (!existsSync(source)) continue;
      const out = join(work, name, folder);
      mkdirSync(join(out, 'pred'), { recursive: true });
      for (const file of readdirSync(source).filter((f) => f.endsWith('.txt'))) {
        const id = file.slice(0, -'.txt'.length);
        const gold = JSON.parse(readFileSync(join(source, `${id}.gold.json`), 'utf8'));
        const text = transform.text(readFileSync(join(source, file), 'utf8'), gold);
        writeFileSync(join(out, `${id}.txt`), text);
        writeFileSync(
          join(out, `${id}.gold.json`),
          JSON.stringify(transform.gold ? rewriteGold(gold, transform) : gold),
        );
        writeFileSync(join(out, 'pred', `${id}.json`), JSON.stringify(parseReport(text)));
      }
      const report = execFileSync(
        process.execPath,
        [scorer, '--gold', out, '--pred', join(out, 'pred'), ...(verbose ? ['--verbose'] : [])],
        { encoding: 'utf8' },
      );
      if (verbose)
        console.log(
          report
            .split('\n')
            .filter((line) => line.startsWith('  '))
            .join('\n'),
        );
      scores.push(`${folder} ${report.match(/overall: (\S+)/)?.[1] ?? '?'}`);
    }
    console.log(`${name.padEnd(20)} ${scores.join('   ')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The gold with its strings written the way the transform writes the text. */
function rewriteGold(gold, transform) {
  const string = (value) => (typeof value === 'string' ? transform.text(value, gold) : value);
  const meeting = gold.meeting && { ...gold.meeting };
  if (meeting) for (const key of ['nameTh', 'nameEn', 'abbr', 'venue']) meeting[key] = string(meeting[key]);
  return {
    ...gold,
    title: string(gold.title),
    section: string(gold.section),
    meeting,
    people: gold.people.map((person) => ({
      ...person,
      name: string(person.name),
      position: string(person.position),
    })),
    terms: gold.terms.map((term) => ({ ...term, abbr: string(term.abbr), en: string(term.en) })),
  };
}
