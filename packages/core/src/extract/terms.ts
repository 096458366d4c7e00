import { findThaiDates, findThaiTimes } from '@prachum/thai-date';
import { findParentheticals, type Parenthetical } from '../_lib/parentheticals';
import { SpanSet } from '../_lib/spans';
import {
  cleanEnglish,
  cleanValue,
  isLatinLetter,
  isSpace,
  isThai,
  locate,
  type Span,
  wordGapStart,
} from '../_lib/text';
import { WordList } from '../_lib/wordList';
import { AMOUNT_QUALIFIERS } from '../data/amountWords';
import {
  ENGLISH_HONORIFICS,
  ENGLISH_LIST_WORDS,
  ENGLISH_MEETING_WORDS,
  ENGLISH_NAME_CONNECTORS,
  PHONE_LABELS,
  SOURCE_LABELS,
  SOURCE_PHRASES,
  TERM_ALIAS_WORDS,
  TERM_LINK_WORDS,
  TERM_NAME_HEADS,
} from '../grammar/english';
import { stripLeadingOrdinal } from '../grammar/ordinals';
import type { Term } from '../schema';
import { findAmounts } from './amounts';
import { findCountries } from './countries';

export type TermMatch = Term;

export interface FindTermsOptions {
  /** Spans already explained by another extractor (a person's Latin name, a boilerplate line). */
  exclude?: readonly Span[];
}

/**
 * Finds parenthetical definitions and glosses: `ไทย (English: ABBR)`, `ไทย (English : ABBR)`,
 * `ไทย (ABBR)`, `ไทย (English)`, `English name (ABBR)`, `(English หรือ ABBR)`, `(English – ABBR)`,
 * `(English, ABBR)`, and the other way round, `(ABBR: English)`.
 * The ordinal of a meeting is removed from `en` and `abbr`. A parenthetical that is a person, a
 * date, an amount, a list marker `(๑)` or a Thai aside is not a term.
 *
 * @example
 * findTerms('ศูนย์อาเซียนด้านผู้สูงวัย (ASEAN Centre for Active Ageing: ACAA)')
 * // [{ th: 'ศูนย์อาเซียนด้านผู้สูงวัย', en: 'ASEAN Centre for Active Ageing', abbr: 'ACAA', … }]
 */
export function findTerms(input: string, options: FindTermsOptions = {}): TermMatch[] {
  const exclude = new SpanSet(options.exclude ?? []);
  const terms: TermMatch[] = [];
  for (const paren of findParentheticals(input)) {
    if (exclude.overlaps(paren.span)) continue;
    const term = readTerm(input, paren);
    if (term) terms.push(term);
  }
  return terms;
}

const ALIAS_WORD = new RegExp(`,?\\s+(?:${TERM_ALIAS_WORDS.join('|')})\\s+`);
// The last one: a comma before an abbreviation that ends the parenthetical (`(English, ABBR)`).
const SEPARATORS = [/\s*:\s*/, ALIAS_WORD, /\s+[–—-]\s+/, /\s*;\s*/, /,\s*(?=[^,]*$)/] as const;

function readTerm(input: string, paren: Parenthetical): TermMatch | null {
  const inner = cleanValue(paren.inner);
  if (inner === '' || inner.length > MAX_TERM_LENGTH || /^[\d๐-๙\s.,:/+\-–]+$/.test(inner)) return null;
  // Most brackets read as no term at all: the costlier tests of what only looks like one run last.
  const term = readDefinition(input, paren, inner);
  return term === null || looksLikeATermOnly(inner) ? null : term;
}

const MAX_TERM_LENGTH = 160;

function readDefinition(input: string, paren: Parenthetical, inner: string): TermMatch | null {
  for (const separator of SEPARATORS) {
    const match = separator.exec(inner);
    if (!match) continue;
    const left = inner.slice(0, match.index);
    const right = inner.slice(match.index + match[0].length);
    if (isAbbreviation(left) && !isAbbreviation(right) && isEnglishPhrase(right) && right.includes(' ')) {
      // Written the other way round: `(WHO: World Health Organization)`.
      return withThai(input, paren, englishName(right), stripAbbreviationOrdinal(left));
    }
    if (isEnglishPhrase(left) && right !== '' && (separator === SEPARATORS[0] || isAbbreviation(right))) {
      return withThai(input, paren, englishName(left), stripAbbreviationOrdinal(right));
    }
  }

  if (isAbbreviation(inner)) {
    const english = englishRunBefore(input, paren.span[0]);
    if (english) {
      const start = english.span[0];
      return {
        text: input.slice(start, paren.span[1]),
        span: [start, paren.span[1]],
        th: null,
        en: englishName(english.text),
        abbr: stripAbbreviationOrdinal(inner),
      };
    }
    return withThai(input, paren, null, stripAbbreviationOrdinal(inner));
  }
  if (isEnglishPhrase(inner) && !isPersonName(inner)) return withThai(input, paren, englishName(inner), null);
  return null;
}

function withThai(input: string, paren: Parenthetical, en: string | null, abbr: string | null): TermMatch {
  const thai = thaiRunBefore(input, paren.span[0]);
  const start = thai ? thai.span[0] : paren.span[0];
  const end = paren.span[1];
  return {
    text: input.slice(start, end),
    span: [start, end],
    th: thai ? cleanValue(thai.text) : null,
    en,
    abbr,
  };
}

/**
 * What reads like a definition but is none: a list marker, a link, a credit, a contact number,
 * the English side of a date or an amount, a list of countries.
 */
function looksLikeATermOnly(inner: string): boolean {
  return (
    isRomanListMarker(inner) ||
    isLink(inner) ||
    isCredit(inner) ||
    isPhoneNumber(inner) ||
    isDateOrAmount(inner) ||
    isCountryList(inner)
  );
}

const ROMAN_NUMERAL = /^x{0,3}(?:ix|iv|v?i{0,3})$/;
const MAX_ROMAN_MARKER = 'xxxviii'.length;
// A credit's label and the colon or the word after it lie within this many characters.
const LONGEST_CREDIT_OPENING =
  Math.max(...[...SOURCE_LABELS, ...SOURCE_PHRASES].map((label) => label.length)) + 4;

/** `(ii)`, `(IV)`: the Latin counterpart of a list marker `(๒)`. */
function isRomanListMarker(inner: string): boolean {
  if (inner.length > MAX_ROMAN_MARKER) return false;
  const lower = inner.toLowerCase();
  return (inner === lower || inner === inner.toUpperCase()) && ROMAN_NUMERAL.test(lower);
}

const WEB_ADDRESS_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
// Domains are written in lower case; `U.S.A` and `Ph.D` are abbreviations.
const DOMAIN_NAME = /^(?:[a-z0-9-]+\.)+[a-z]{2,6}(?:\/\S*)?$/;
const MAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/;

/** `(www.example.go.th)`, `(https://…)`, `(info@example.go.th)`: where to read more, no name. */
function isLink(inner: string): boolean {
  // Every link has a dot or an at sign: most brackets are ruled out by that alone.
  if (!inner.includes('.') && !inner.includes('@')) return false;
  return (
    inner.includes('://') ||
    WEB_ADDRESS_START.test(inner) ||
    DOMAIN_NAME.test(inner) ||
    MAIL_ADDRESS.test(inner)
  );
}

/** `(Photo: Reuters)`, `(Source : MFA)`, `(Courtesy of UNICEF)`: a credit, not a gloss. */
function isCredit(inner: string): boolean {
  const lower = inner.slice(0, LONGEST_CREDIT_OPENING).toLowerCase();
  return (
    SOURCE_LABELS.some((label) => lower.startsWith(label) && /^\s*:/.test(lower.slice(label.length))) ||
    SOURCE_PHRASES.some((phrase) => lower.startsWith(`${phrase} `))
  );
}

/** `(Tel. 02 123 4567)`, `(Hotline 1111)`: a label, then the number. */
function isPhoneNumber(inner: string): boolean {
  if (!/\d/.test(inner)) return false;
  const lower = inner.toLowerCase();
  return PHONE_LABELS.some(
    (label) => lower.startsWith(label) && /^[\s.:]*[+(\d][\d\s().+\-–/]*$/.test(lower.slice(label.length)),
  );
}

const LATIN_AMOUNT_QUALIFIERS = AMOUNT_QUALIFIERS.filter((qualifier) => qualifier.script === 'latin').map(
  (qualifier) => qualifier.form,
);

/**
 * `(5 March 2023)`, `(Monday, 5 March 2023)`, `(USD 5 million)`, `(approx. THB 2 billion)`: the
 * English side of a date, a time or a sum. Nothing but the expressions and their qualifiers.
 */
function isDateOrAmount(inner: string): boolean {
  if (!/[\d๐-๙]/.test(inner)) return false;
  const found = [...findThaiDates(inner), ...findThaiTimes(inner), ...findAmounts(inner)];
  if (found.length === 0) return false;
  let rest = textOutside(inner, found).toLowerCase();
  for (const qualifier of LATIN_AMOUNT_QUALIFIERS) rest = rest.replace(qualifier, ' ');
  return !/[a-z\u0e01-\u0e2e]{2}/.test(rest);
}

const LIST_WORDS = new Set<string>(ENGLISH_LIST_WORDS);

/** `(Cambodia, Lao PDR, Myanmar and Viet Nam)`: the countries a sentence counts, not a gloss. */
function isCountryList(inner: string): boolean {
  if (!/[,&]| and /.test(inner)) return false;
  const countries = findCountries(inner);
  if (countries.length < 2) return false;
  const words =
    textOutside(inner, countries)
      .toLowerCase()
      .match(/[a-z\u0e01-\u0e2e]+/g) ?? [];
  return words.every((word) => LIST_WORDS.has(word));
}

/** What `text` holds outside the spans of `found`, each found part as one space. */
function textOutside(text: string, found: readonly { span: readonly [number, number] }[]): string {
  const spans = found.map((match) => match.span).sort((a, b) => a[0] - b[0]);
  let rest = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) rest += `${text.slice(at, start)} `;
    at = Math.max(at, end);
  }
  return `${rest}${text.slice(at)}`;
}

// A hyphen inside an abbreviation may be typed as an en dash: `COVID–19`, `โควิด–19`. A small
// letter may lead (`e-GP`, `iTAP`) and a plus join (`ASEAN+3`).
const LATIN_ABBREVIATION =
  /^(?=(?:[^A-Z0-9]*[A-Z0-9]){2})(?:[a-z][-–]?)?[A-Z0-9][A-Za-z0-9&.'’+\-–/]*(?: [A-Z0-9][A-Z0-9&.+\-–/]*)?$/;
// Thai abbreviations carry a dot (`พก.`, `ผบ.ตร.`, `สปป.ลาว`) or a number (`โควิด-19`); letters only.
const THAI_ABBREVIATION = /^(?:[\u0e01-\u0e4e]{1,8}\.){1,4}[\u0e01-\u0e4e]{0,8}$/;
const THAI_NAME_WITH_NUMBER = /^[\u0e01-\u0e4e]{2,12}[-–](?:\d{1,4}|[๐-๙]{1,4})$/;
const ERA_WORDS = new Set(['พ.ศ.', 'ค.ศ.', 'ร.ศ.', 'จ.ศ.', 'ม.ศ.', 'น.']);

function isAbbreviation(text: string): boolean {
  if (text.length > 24 || ERA_WORDS.has(text)) return false;
  if (LATIN_ABBREVIATION.test(text)) return lowercaseShare(text) < 0.5;
  return THAI_ABBREVIATION.test(text) || THAI_NAME_WITH_NUMBER.test(text);
}

function lowercaseShare(text: string): number {
  let lower = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) lower++;
    if (isLatinLetter(code)) letters++;
  }
  return letters === 0 ? 0 : lower / letters;
}

/** Mostly Latin letters, no Thai, starting with a letter or digit: `Medical Consultation`. */
function isEnglishPhrase(text: string): boolean {
  if (text === '' || !/^[A-Za-z0-9“"']/.test(text)) return false;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isThai(code)) return false;
    if (isLatinLetter(code)) latin++;
  }
  return latin >= 2;
}

function isPersonName(text: string): boolean {
  return ENGLISH_HONORIFICS.some((honorific) => text.startsWith(`${honorific} `));
}

const MEETING_WORD = new RegExp(`\\b(?:${ENGLISH_MEETING_WORDS.join('|')})\\b`, 'i');

/** The English name as written, without the round number when it names a meeting. */
function englishName(text: string): string {
  const name = cleanEnglish(text);
  // A numbered name counts rounds of a meeting (`11th ASEAN Working Group`); `the Fourth
  // Industrial Revolution` keeps its word ordinal.
  return MEETING_WORD.test(name) || /^(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\s/i.test(name)
    ? stripLeadingOrdinal(name)
    : name;
}

function stripAbbreviationOrdinal(abbr: string): string {
  return cleanValue(abbr).replace(/^\d+(?:st|nd|rd|th)\s+/i, '');
}

/** The Thai phrase written just before `(`, back to the previous space or punctuation. */
function thaiRunBefore(input: string, parenStart: number): { text: string; span: Span } | null {
  let end = parenStart;
  while (end > 0 && isSpace(input.charCodeAt(end - 1))) end--;
  const qualifierStart = thaiQualifierBefore(input, end);
  let start = qualifierStart;
  while (start > 0 && isSpace(input.charCodeAt(start - 1))) start--;
  if (qualifierStart < end && (start === 0 || !isThai(input.charCodeAt(start - 1)))) start = end;
  while (start > 0) {
    const code = input.charCodeAt(start - 1);
    if (!(isThai(code) || code === 0x2e || code === 0x2d)) break;
    start--;
  }
  while (start < end && !isThai(input.charCodeAt(start))) start++;
  // The word that links the phrase to the sentence is not part of it: `และองค์การ…` → `องค์การ…`.
  const link = LINK_WORDS.matchAt(input, start);
  if (link !== null && end - start > link.length + 1) start += link.length;
  start = nameHeadStart(input, start, end);
  if (!/[\u0e01-\u0e2e]/.test(input.slice(start, end))) return null; // digits only: `ครั้งที่ ๑๖`
  return locate(input, start, end);
}

const MAX_QUALIFIER = 32;

/**
 * Where a short Thai bracket ending at `end` opens, as in `สำนักงาน… (องค์การมหาชน) (สพร.)`:
 * it belongs to the name before it. `end` itself when there is none.
 */
function thaiQualifierBefore(input: string, end: number): number {
  if (input.charCodeAt(end - 1) !== 0x29 /* ) */) return end;
  let hasThai = false;
  for (let open = end - 2; open >= 0 && open >= end - 2 - MAX_QUALIFIER; open--) {
    const code = input.charCodeAt(open);
    if (code === 0x28 /* ( */) return hasThai ? open : end;
    if (code === 0x29 || code === 0x0a || code === 0x0d || isLatinLetter(code)) return end;
    if (isThai(code)) hasThai = true;
  }
  return end;
}

const LINK_WORDS = new WordList(TERM_LINK_WORDS);
const NAME_HEADS = new WordList(TERM_NAME_HEADS);

/**
 * Where the defined name starts in a run that begins with the words of its clause: at the first
 * name head (`ให้แก่โครงการ…` → `โครงการ…`), unless the run itself opens with one (`สำนักงาน…เพื่อการ…`).
 */
function nameHeadStart(input: string, start: number, end: number): number {
  if (NAME_HEADS.matchAt(input, start) !== null) return start;
  const head = NAME_HEADS.indexIn(input.slice(start, end));
  return head > 0 ? start + head : start;
}

const CONNECTORS = new Set<string>(ENGLISH_NAME_CONNECTORS);

/** The capitalised English name written just before `(`: `Kuala Lumpur Convention Center (KLCC)`. */
function englishRunBefore(input: string, parenStart: number): { text: string; span: Span } | null {
  let end = parenStart;
  while (end > 0 && isSpace(input.charCodeAt(end - 1))) end--;
  let cursor = end;
  let start = end;
  let words = 0;
  while (cursor > 0) {
    let wordStart = cursor;
    while (wordStart > 0 && isNameChar(input.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === cursor) break;
    const word = input.slice(wordStart, cursor);
    const capitalised = /^[A-Z0-9]/.test(word);
    if (!capitalised && !CONNECTORS.has(word.toLowerCase())) break;
    if (capitalised) start = wordStart;
    words++;
    // Words are apart by a space, or a few (pages double some).
    cursor = wordGapStart(input, wordStart);
    if (cursor < 0) break;
  }
  if (words < 2 || start === end) return null;
  return locate(input, start, end);
}

function isNameChar(code: number): boolean {
  return (
    isLatinLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x26 || code === 0x27
  );
}
