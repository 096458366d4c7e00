import { findParentheticals, type Parenthetical } from '../_lib/parentheticals';
import {
  cleanValue,
  isDigit,
  isLatinLetter,
  isSpace,
  isThai,
  MAX_WORD_GAP,
  type Span,
  skipInlineSpace,
  wordGapEnd,
} from '../_lib/text';
import { WordList } from '../_lib/wordList';
import { HONORIFIC_FORMS } from '../data/honorifics';
import { NATIONALITY_MARKERS, POSITION_HEAD_FORMS, POST_PREFIXES } from '../data/positions';
import {
  ADMINISTRATIVE_AREAS,
  CITY_PREFIXES,
  CLAUSE_STOPS,
  ENGLISH_POST_CONNECTORS,
  GLUED_CLAUSE_STARTS,
  NAME_LIKE_STOPS,
  NAME_QUALIFIERS_IN_BRACKETS,
  NUMBERED_UNIT_ENDS,
  PLACE_NAME_HEADS,
  PLACE_WORDS,
  POST_CONTINUATIONS,
  POSTS_AT_A_CITY,
  POSTS_THAT_LOOK_LIKE_HONORIFICS,
  TITLES_BEFORE_A_NAME,
} from '../grammar/clauses';
import { ENGLISH_HONORIFICS } from '../grammar/english';
import { REMOTE_WORDING } from '../grammar/meetings';
import type { Person } from '../schema';
import { startsWithCountry } from './countries';

export type PersonMatch = Person & { positionSpan: Span | null };

const MAX_NAME_PARTS = 4;
// Thai given names run to some twenty letters; a longer word is text, not a name.
const MAX_GIVEN_NAME_LENGTH = 40;
const MAX_SHORT_NAME_PART = 6;
const MAX_POSITION_LENGTH = 200;

/**
 * Finds every fully named person (given name and surname) with the honorific as written, a Latin
 * rendering given in parentheses, and the post written after the name up to where its clause ends.
 * Also reads a person named in parentheses after a post: `ผู้อำนวยการกอง… (น.ส.สมหญิง ใจดี)`.
 * Every mention is returned, in document order; {@link dedupePeople} keeps one entry per person.
 *
 * @example
 * findPeople('นายสมชาย ใจดี รองปลัดกระทรวงการต่างประเทศ ได้เข้าร่วมการประชุม')
 * // [{ honorific: 'นาย', name: 'สมชาย ใจดี', position: 'รองปลัดกระทรวงการต่างประเทศ', … }]
 */
export function findPeople(input: string): PersonMatch[] {
  const people: PersonMatch[] = [];
  const brackets = new Brackets(input);
  for (let at = PERSON_STARTS.indexIn(input, 0); at >= 0; at = PERSON_STARTS.indexIn(input, at + 1)) {
    const person = readPersonAt(input, at, brackets) ?? readLeaderAt(input, at, brackets);
    if (!person) continue;
    people.push(person);
    at = person.span[1] - 1;
  }
  return people;
}

/**
 * The person named at `at`, if a person's mention starts exactly there.
 *
 * @example personAt('ดร.สมชาย ใจดี กรรมการ…', 0)?.name // 'สมชาย ใจดี'
 */
export function personAt(input: string, at: number): PersonMatch | null {
  const brackets = new Brackets(input);
  return readPersonAt(input, at, brackets) ?? readLeaderAt(input, at, brackets);
}

/** One entry per person, in first-mention order; the first mention that gives a post carries it. */
export function dedupePeople(mentions: readonly PersonMatch[]): PersonMatch[] {
  const byName = new Map<string, PersonMatch>();
  for (const mention of mentions) {
    const key = mention.name.replace(/\s+/g, '');
    const known = byName.get(key);
    if (!known) byName.set(key, mention);
    else if (known.position === null && mention.position !== null) {
      byName.set(key, { ...known, position: mention.position, positionSpan: mention.positionSpan });
    }
  }
  return [...byName.values()];
}

const HONORIFICS = new WordList(HONORIFIC_FORMS.map((honorific) => honorific.form));
// Titles that are also the start of ordinary words (`คุณภาพ`, `ทุกท่าน`) count only after a word boundary.
const NEEDS_BOUNDARY = new Set(['คุณ', 'ท่าน', 'ศ.', 'รศ.', 'ผศ.', 'พ.', 'ร.', 'จ.', 'ส.']);
const LATIN_HEADS = new WordList(
  POSITION_HEAD_FORMS.filter((head) => head.script === 'latin').map((head) => head.form),
);
const HEADS = new WordList(POSITION_HEAD_FORMS.map((head) => head.form));
const STOPS = new WordList(CLAUSE_STOPS);
// Name-like stops break a name only as the whole token, the others as any start of it.
const NAME_LIKE = new Set<string>(NAME_LIKE_STOPS);
const STOPS_BREAKING_A_NAME = new WordList(CLAUSE_STOPS.filter((stop) => !NAME_LIKE.has(stop)));
const WHOLE_STOPS_BREAKING_A_NAME = new Set<string>(CLAUSE_STOPS.filter((stop) => NAME_LIKE.has(stop)));
const CONTINUATIONS = new WordList(POST_CONTINUATIONS);
const LOOKALIKE_POSTS = new WordList(POSTS_THAT_LOOK_LIKE_HONORIFICS);
const GLUED_CLAUSES = new WordList(GLUED_CLAUSE_STARTS);
const NATIONALITIES = new WordList(NATIONALITY_MARKERS);
const PLACES = new WordList(PLACE_WORDS);
// `อำเภอนางรอง จังหวัดบุรีรัมย์` is no person named รอง: a surname is no province or district.
const AREAS = new WordList(ADMINISTRATIVE_AREAS);
const CITIES = new WordList(CITY_PREFIXES);
const AT_A_CITY = new WordList(POSTS_AT_A_CITY);
const LEADER_TITLES = new WordList(TITLES_BEFORE_A_NAME);
// Where a mention may start: most of a text is passed over by its two-character prefilter.
const PERSON_STARTS = new WordList([
  ...HONORIFIC_FORMS.map((honorific) => honorific.form),
  ...TITLES_BEFORE_A_NAME,
]);
const ENGLISH_CONNECTORS = new Set<string>(ENGLISH_POST_CONNECTORS);
const MAX_GLUED_GIVEN_NAME = 10;

function readPersonAt(input: string, start: number, brackets: Brackets): PersonMatch | null {
  const first = honorificAt(input, start);
  if (first === null || LOOKALIKE_POSTS.matchAt(input, start) !== null) return null;
  if (start > 0 && isLatinLetter(input.charCodeAt(start - 1))) return null;
  if (
    needsBoundary(first) &&
    start > 0 &&
    isThai(input.charCodeAt(start - 1)) &&
    !(first === 'ท่าน' && afterIntroducer(input, start))
  )
    return null;
  if (PLACE_NAME_HEADS.some((head) => input.endsWith(head, start))) return null;

  // Honorifics may be stacked: `พลเอก ดร.`, `ศ.ดร.`, `H.E. Mr.`
  let honorificEnd = start + first.length;
  let cursor = skipInlineSpace(input, honorificEnd);
  for (let i = 1; i < 3; i++) {
    const honorific = honorificAt(input, cursor);
    // A title word glued to the one before starts the given name (`นายคุณวุฒิ`, `นางสาวนางนวล`),
    // as does `คุณ` glued to the rest of a word (`นางสาว คุณวุฒิ`); a dotted one is stacked
    // (`พล.อ.ดร.`, `พลเอก ศ.สมชาย`).
    if (!honorific) break;
    const dotted = honorific.includes('.');
    if (!dotted && cursor === honorificEnd) break;
    if (!dotted && needsBoundary(honorific) && isThai(input.charCodeAt(cursor + honorific.length))) break;
    honorificEnd = cursor + honorific.length;
    cursor = skipInlineSpace(input, honorificEnd);
  }

  const name = readName(input, honorificEnd);
  if (!name) return null;

  return completeMention(input, start, cleanValue(input.slice(start, honorificEnd)), name, brackets, true);
}

/** The rest of a mention after the name: a Latin rendering in brackets, then the post. */
function completeMention(
  input: string,
  start: number,
  honorific: string | null,
  name: Name,
  brackets: Brackets,
  postMayStandBefore: boolean,
): PersonMatch {
  let end = name.end;
  let nameLatin: string | null = null;
  const paren = brackets.openingAt(skipInlineSpace(input, end));
  if (paren) {
    const latin = latinWithoutHonorifics(paren.inner);
    if (isLatinName(latin)) {
      nameLatin = latin;
      end = paren.span[1];
    }
  }
  const position =
    (postMayStandBefore ? readPostBeforeBracket(input, start, end) : null) ?? readPosition(input, end);
  return {
    text: input.slice(start, end),
    span: [start, end],
    honorific,
    name: joinParts(name.parts),
    nameLatin,
    position: position ? cleanValue(position.text) : null,
    positionSpan: position ? position.span : null,
  };
}

/**
 * A leader named right after the title, with no honorific: `นายกรัฐมนตรีฮุน มาเนต`. The title is
 * a post written before the name, so the position is what follows the name, if anything.
 */
function readLeaderAt(input: string, start: number, brackets: Brackets): PersonMatch | null {
  const title = LEADER_TITLES.matchAt(input, start);
  if (title === null) return null;
  const givenStart = start + title.length;
  const given = tokenAt(input, givenStart, false, MAX_GLUED_GIVEN_NAME);
  if (!given || !isNamePart(given.text)) return null;
  if (
    CONTINUATIONS.startsText(given.text) ||
    startsWithCountry(given.text) ||
    /^(?:แห่ง|ของ|ประจำ|และ|ฯ|คน|ทั้ง|ท่าน)/.test(given.text)
  ) {
    return null;
  }
  const surname = nextToken(input, given.end);
  if (
    !surname ||
    surname.lineBreakBefore ||
    !isNamePart(surname.text) ||
    surname.start - given.end > MAX_WORD_GAP
  )
    return null;
  const after = nextToken(input, surname.end);
  if (after && !endsName(input, after)) return null;
  const name = { parts: [given.text, surname.text], end: surname.end };
  return completeMention(input, givenStart, null, name, brackets, false);
}

/**
 * The parentheticals of a text, read only when a name is followed by a bracket: most texts, and
 * most of the header lines tried on their own, have none after a name.
 */
class Brackets {
  private found: readonly Parenthetical[] | null = null;

  constructor(private readonly input: string) {}

  /** The parenthetical that opens at `at`, if one does. */
  openingAt(at: number): Parenthetical | null {
    if (at >= this.input.length || this.input.charCodeAt(at) !== 0x28 /* ( */) return null;
    this.found ??= findParentheticals(this.input);
    // In document order: a binary search finds it.
    let low = 0;
    let high = this.found.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const paren = this.found[middle] as Parenthetical;
      if (paren.span[0] === at) return paren;
      if (paren.span[0] < at) low = middle + 1;
      else high = middle - 1;
    }
    return null;
  }
}

/**
 * Words after which a glued `ท่าน` is a title (`โดยมีท่านสมชาย`, `ต้อนรับท่านสมศรี`): elsewhere it is
 * a pronoun (`ขอให้ท่านช่วยกัน`) or counts people (`ทุกท่าน`). `คุณ` glued is no title:
 * `และคุณภาพ` is far commoner than `และคุณสมศรี`.
 */
const PERSON_INTRODUCERS = ['มี', 'โดย', 'และ', 'กับ', 'ด้วย', 'ได้แก่', 'มอบหมายให้', 'ต้อนรับ', 'คารวะ', 'ระหว่าง'];

function afterIntroducer(input: string, at: number): boolean {
  return PERSON_INTRODUCERS.some((word) => input.endsWith(word, at));
}

function needsBoundary(honorific: string): boolean {
  if (NEEDS_BOUNDARY.has(honorific)) return true;
  // Short abbreviations dotted inside (`ร.อ.`, `พ.ต.`) are too easily part of another
  // abbreviation; one written as a word and a final dot (`นพ.`, `พญ.`, `ดร.`) is glued to the
  // verb before it like `นาย` is: `โดยมีนพ.สมชาย`.
  const innerDot = honorific.indexOf('.');
  return honorific.length <= 4 && innerDot >= 0 && innerDot < honorific.length - 1 && honorific !== 'น.ส.';
}

function honorificAt(input: string, at: number): string | null {
  const honorific = HONORIFICS.matchAt(input, at);
  // An English title is a whole word: `Miss`, not the start of `Mission`.
  if (
    honorific !== null &&
    isLatinLetter(honorific.charCodeAt(honorific.length - 1)) &&
    isLatinLetter(input.charCodeAt(at + honorific.length))
  )
    return null;
  return honorific;
}

/** The name as written, each part cleaned, one space between parts. */
function joinParts(parts: readonly string[]): string {
  let name = cleanValue(parts[0] as string);
  for (let i = 1; i < parts.length; i++) name += ` ${cleanValue(parts[i] as string)}`;
  return name;
}

interface Name {
  parts: string[];
  end: number;
}

/** Given name and surname (and the short syllables of a transliterated name), Thai or Latin. */
function readName(input: string, from: number): Name | null {
  const start = skipInlineSpace(input, from);
  if (isLatinLetter(input.charCodeAt(start))) return readLatinName(input, start);
  // A given name is a word, not a run of text: reading a whole run at every honorific inside it
  // would make a long unspaced text cost the square of its length.
  const first = tokenAt(input, start, false, MAX_GIVEN_NAME_LENGTH);
  return first ? readThaiName(input, from, first) : null;
}

function readThaiName(input: string, from: number, first: Token): Name | null {
  // The given name is glued to the honorific or follows a space (or a few: pages double some).
  if (
    first.start - from > MAX_WORD_GAP ||
    first.text.length < 2 ||
    !opensThaiWord(input.charCodeAt(first.start))
  )
    return null;
  // A title glued before it was read already: `คุณวุฒิ` after `นาย` is a given name.
  if (hasDigitOr(first.text, DOT, DOT) || isClauseWord(first.text) || startsWithHead(first.text)) return null;
  const surname = withoutGluedPost(nextToken(input, first.end));
  if (!surname || surname.lineBreakBefore || !isNamePart(surname.text)) return null;

  const parts = [first.text, surname.text];
  let end = surname.end;

  // `ณ สกลนคร`: the particle of a lineage surname, unless a place follows it.
  const particle = withoutGluedPost(nextToken(input, end));
  if (particle?.text === 'ณ') {
    const lineage = nextToken(input, particle.end);
    if (lineage && isNamePart(lineage.text) && !PLACES.startsText(lineage.text)) {
      const after = nextToken(input, lineage.end);
      if (!after || endsName(input, after)) return { parts: [...parts, 'ณ', lineage.text], end: lineage.end };
    }
  }

  // Transliterated names have more, short parts: `บุ่ย แทงห์ เซิน`; keep them only when a post
  // or a clause boundary follows, so that a two-part Thai name does not swallow the next word.
  const extra: Token[] = [];
  let probe = particle;
  while (probe && parts.length + extra.length < MAX_NAME_PARTS && isShortNamePart(probe.text)) {
    extra.push(probe);
    probe = withoutGluedPost(nextToken(input, probe.end));
  }
  // Drop the last part while what follows it does not end a name; what follows a dropped part is
  // that part.
  let after = probe;
  while (extra.length > 0) {
    if (!after || endsName(input, after)) break;
    after = extra.pop() as Token;
  }
  if (extra.length > 0 && parts.every((part) => part.length <= MAX_SHORT_NAME_PART)) {
    parts.push(...extra.map((token) => token.text));
    end = (extra[extra.length - 1] as Token).end;
  }
  return { parts, end };
}

const MIN_SURNAME_BEFORE_POST = 3;
const MIN_HEAD_GLUED_TO_SURNAME = 6;

/**
 * A surname token without the post glued to it: `ทองภักดีปลัดกระทรวง…` is the surname
 * `ทองภักดี`. Only a head word long enough not to be a piece of a surname (`อธิบดี`,
 * `รองปลัดกระทรวง`) or an abbreviated one (`รมว.`) cuts it.
 */
function withoutGluedPost(token: Token | null): Token | null {
  if (!token || startsWithHead(token.text)) return token;
  for (
    let at = HEADS.indexIn(token.text, MIN_SURNAME_BEFORE_POST);
    at >= 0;
    at = HEADS.indexIn(token.text, at + 1)
  ) {
    const head = HEADS.matchAt(token.text, at) as string;
    if (head.length < MIN_HEAD_GLUED_TO_SURNAME && !head.includes('.')) continue;
    const postStart = at - prefixLengthBefore(token.text, at);
    return { ...token, text: token.text.slice(0, postStart), end: token.start + postStart };
  }
  return token;
}

// Latin names carry accents too: `Ortúzar`, `Nguyễn`, `Müller`.
const LATIN_NAME_PART = /^(?:\p{Lu}[\p{L}\p{M}'’-]+|\p{Lu}\.)/u;

function readLatinName(input: string, from: number): Name | null {
  const parts: string[] = [];
  let cursor = from;
  let end = from;
  while (parts.length < MAX_NAME_PARTS) {
    const match = LATIN_NAME_PART.exec(input.slice(cursor, cursor + 40));
    // `Dr. Angus McDonald Director of …`: an English post after the name is no part of it.
    if (!match || (parts.length >= 2 && LATIN_HEADS.matchAt(input, cursor) !== null)) break;
    parts.push(match[0]);
    end = cursor + match[0].length;
    const next = wordGapEnd(input, end);
    if (next < 0) break;
    cursor = next;
  }
  if (parts.length < 2) return null;
  return { parts, end };
}

function isNamePart(text: string): boolean {
  if (text.length < 2 || !opensThaiWord(text.charCodeAt(0)) || hasDigitOr(text, 0x28 /* ( */, 0x29 /* ) */))
    return false;
  return !text.includes('.') && !breaksName(text) && !startsWithHead(text) && !AREAS.startsText(text);
}

/**
 * A Thai word opens with a consonant or a vowel written before one (เ แ โ ใ ไ), never with a
 * vowel or tone mark that follows one: `นายาง` is a place, not นาย + `าง`.
 */
function opensThaiWord(code: number): boolean {
  return (code >= 0x0e01 && code <= 0x0e2e) || (code >= 0x0e40 && code <= 0x0e44);
}

const DOT = 0x2e;

/** True when `text` has an Arabic or Thai digit, or one of two other characters. */
function hasDigitOr(text: string, one: number, other: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code) || code === one || code === other) return true;
  }
  return false;
}

/**
 * A clause word where a surname would stand. Short verbs that also begin surnames (`มีมาก`,
 * `มากสัมพันธ์`) break a name only as the whole token.
 */
function breaksName(text: string): boolean {
  // The next person, `นางสมศรี`; but `คุณากร` is a surname: no word opens with a vowel like `า`.
  const honorific = text.length > 4 ? honorificAt(text, 0) : null;
  if (honorific !== null) {
    const after = text.charCodeAt(honorific.length);
    if (opensThaiWord(after) || isLatinLetter(after)) return true;
  }
  return isClauseWord(text);
}

function isClauseWord(text: string): boolean {
  return STOPS_BREAKING_A_NAME.startsText(text) || WHOLE_STOPS_BREAKING_A_NAME.has(text);
}

function isShortNamePart(text: string): boolean {
  return text.length <= MAX_SHORT_NAME_PART && isNamePart(text);
}

/** What may follow a complete name: a post, a clause word, a bracket, a comma, a new line. */
function endsName(input: string, token: Token): boolean {
  const text = token.text;
  if (token.lineBreakBefore) return true;
  const code = text.charCodeAt(0);
  if (code === 0x28 /* ( */ || code === 0x2c /* , */ || code === 0x201c /* “ */ || code === 0x22 /* " */)
    return true;
  return (
    startsWithHead(text) ||
    isStopWord(text) ||
    honorificAt(input, token.start) !== null ||
    text.startsWith('แห่ง') // `ประธานาธิบดีสี จิ้นผิง แห่งสาธารณรัฐประชาชนจีน`
  );
}

/** Whether a bracket's text, without its English honorifics, is a Latin name. */
function isLatinName(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,4}$/u.test(text);
}

const SPACED_ENGLISH_HONORIFICS = ENGLISH_HONORIFICS.map((honorific) => `${honorific} `);

function latinWithoutHonorifics(inner: string): string {
  let text = cleanValue(inner);
  for (let changed = true; changed; ) {
    changed = false;
    for (const honorific of SPACED_ENGLISH_HONORIFICS) {
      if (text.startsWith(honorific)) {
        text = text.slice(honorific.length).trimStart();
        changed = true;
      }
    }
  }
  return text;
}

/**
 * The post after a name, up to where its clause ends. Returns null when the name is followed by
 * a verb or a clause word (`นางสมศรี ใจดี เข้าร่วมการประชุม`).
 */
function readPosition(input: string, from: number): { text: string; span: Span } | null {
  let cursor = skipInlineSpace(input, from);
  if (input[cursor] === ',') cursor = skipInlineSpace(input, cursor + 1);
  const first = tokenAt(input, cursor);
  if (!first || first.lineBreakBefore || !startsPost(input, first)) return null;

  const start = first.start;
  let end = cutGluedClause(input, first.text, first.start);
  let token: Token | null = first;
  let allowCity = AT_A_CITY.startsText(first.text);
  while (end === token.end) {
    const next = nextToken(input, token.end);
    if (!next || next.start - start > MAX_POSITION_LENGTH) break;
    if (allowCity && next.text === 'ณ') {
      const city = nextToken(input, next.end);
      if (city && CITIES.startsText(city.text)) {
        end = cutGluedClause(input, city.text, city.start);
        token = city;
        allowCity = false;
        continue;
      }
    }
    const qualifier = NAME_QUALIFIERS_IN_BRACKETS.find((bracket) => input.startsWith(bracket, next.start));
    if (qualifier !== undefined && !next.lineBreakBefore) {
      end = next.start + qualifier.length;
      token = { text: qualifier, start: next.start, end, lineBreakBefore: false };
      continue;
    }
    if (!continuesPost(input, token, next)) break;
    end = cutGluedClause(input, next.text, next.start);
    token = next;
  }
  if (token.end === input.length && token !== first && end === token.end) {
    // The page was cut inside this word: keep the complete part of the post.
    end = lastSpaceBefore(input, start, end);
  }
  if (end <= start) return null;
  return { text: input.slice(start, end), span: [start, end] };
}

/**
 * `ผู้อำนวยการกอง… (น.ส.สมหญิง ใจดี)`: a person named in brackets right after the post, which
 * then is the person's post.
 */
function readPostBeforeBracket(
  input: string,
  start: number,
  end: number,
): { text: string; span: Span } | null {
  let open = start - 1;
  while (open >= 0 && input[open] === ' ') open--;
  if (open < 0 || input[open] !== '(') return null;
  if (input[skipInlineSpace(input, end)] !== ')') return null;
  let postEnd = open;
  while (postEnd > 0 && isSpace(input.charCodeAt(postEnd - 1))) postEnd--;
  let postStart = postEnd;
  while (postStart > 0 && !isSpace(input.charCodeAt(postStart - 1))) postStart--;
  const token = input.slice(postStart, postEnd);
  const found = HEADS.indexIn(token);
  if (found < 0) return null;
  const head = found - prefixLengthBefore(token, found);
  return { text: input.slice(postStart + head, postEnd), span: [postStart + head, postEnd] };
}

function startsPost(input: string, token: Token): boolean {
  const text = token.text;
  if (startsWithHead(text)) return true;
  // `ประธานาธิบดีสี จิ้นผิง แห่งสาธารณรัฐประชาชนจีน`: the country of a post written before the name.
  if (text.startsWith('แห่ง')) return false;
  if (isStopWord(text) || honorificAt(input, token.start) !== null) return false;
  const code = text.charCodeAt(0);
  if (isCapital(code)) return true; // an English post: `Assistant Deputy Minister`
  return isThai(code) && !isDigit(code);
}

function continuesPost(input: string, previous: Token, next: Token): boolean {
  const text = next.text;
  if (next.lineBreakBefore && !isSoftWrap(input, next)) return false;
  const code = text.charCodeAt(0);
  if (code === 0x28 /* ( */ || code === 0x201c /* “ */ || code === 0x22 /* " */ || code === 0x201d /* ” */)
    return false;
  if (code === 0x2c /* , */ || honorificAt(input, next.start) !== null) return false;
  if (text.length === 1 && isJoiner(code)) return true;
  if (isJoiner(previous.text.charCodeAt(previous.text.length - 1))) return true;
  if (CONTINUATIONS.startsText(text)) return true;
  const afterEnglish = isLatinLetter(previous.text.charCodeAt(0));
  // A second post starts the next person's, or a list of posts.
  if (startsWithHead(text) && !afterEnglish) return false;
  // `… นายกรัฐมนตรี และรมว.คลัง`: a second post of the same person is written short; `และผู้แทน…`
  // starts other people.
  if (text.startsWith('และ')) {
    const rest = text.slice(3);
    return (startsWithHead(rest) && rest.includes('.')) || rest.startsWith('การ');
  }
  if (isSoftWrap(input, next)) return true;
  // `กรรมการผู้จัดการบริษัท รุ่งเรืองการเกษตร จำกัด`: the company's name, then `จำกัด`.
  if (previous.text.endsWith('บริษัท')) return !isStopWord(text);
  if (isNumber(text)) {
    if (text.length <= MAX_UNIT_NUMBER_DIGITS && endsWithNumberedUnit(previous.text)) return true;
    const after = nextToken(input, next.end);
    return after?.text.startsWith('พรรษา') ?? false;
  }
  if (startsWithCountry(text)) return true;
  if (isCapital(code) && afterEnglish) return true; // English post words
  if (isAcronym(text) && !REMOTE_WORDING.some((wording) => wording.startsWith(text))) return true; // `ผู้แทน WHO ประจำประเทศไทย`, not `VDO Conference`
  if (afterEnglish && ENGLISH_CONNECTORS.has(text)) {
    const after = nextToken(input, next.end);
    return after !== null && isCapital(after.text.charCodeAt(0));
  }
  if (afterEnglish && isThai(code)) return !isStopWord(text);
  return isThaiAbbreviation(text);
}

/** The unit's number: `ภาค 5`, `เขต 1`, `กองบิน 41`; no year or date. */
const MAX_UNIT_NUMBER_DIGITS = 3;

function endsWithNumberedUnit(word: string): boolean {
  return NUMBERED_UNIT_ENDS.some((unit) => word.endsWith(unit));
}

/** An organisation's acronym in capitals: `UNDP`, `G20`, `ASEAN-BAC`. */
function isAcronym(text: string): boolean {
  if (text.length < 2 || text.length > MAX_ACRONYM_LENGTH) return false;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCapital(code)) capitals++;
    else if (!isDigit(code) && !isJoiner(code) && code !== 0x26 /* & */) return false;
  }
  return capitals >= 2;
}

const MAX_ACRONYM_LENGTH = 12;

/** A dash or a slash, which joins the words on either side of it. */
function isJoiner(code: number): boolean {
  return code === 0x2d /* - */ || code === 0x2f /* / */ || code === 0x2013 /* – */ || code === 0x2014; /* — */
}

function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** Arabic or Thai digits only. */
function isNumber(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A Thai abbreviation in a post: `พก.`, `อ.ส.ค.`: one to six Thai letters, a dot, then only
 * letters and dots.
 */
function isThaiAbbreviation(text: string): boolean {
  let run = 0;
  while (run < text.length && run <= 6 && isThaiLetter(text.charCodeAt(run))) run++;
  if (run === 0 || run > 6 || run === text.length || text.charCodeAt(run) !== DOT) return false;
  for (let i = run + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== DOT && !isThaiLetter(code)) return false;
  }
  return true;
}

/** Thai letters, vowels and tone marks, without the digits and the signs after them. */
function isThaiLetter(code: number): boolean {
  return code >= 0x0e01 && code <= 0x0e4e;
}

/** A line break inside a word, from a page wrapped at a fixed width (`ผู้\nบัญชาการ`). */
function isSoftWrap(input: string, token: Token): boolean {
  if (!token.lineBreakBefore) return false;
  const before = input.charCodeAt(token.start - 2);
  return input[token.start - 1] === '\n' && isThai(before) && isThai(input.charCodeAt(token.start));
}

/** The end of a post token, cut where a verb, a nationality or the next person is glued to it. */
function cutGluedClause(input: string, text: string, start: number): number {
  let cut = GLUED_CLAUSES.indexIn(text, 2);
  for (const glued of [gluedNationality(text), gluedPerson(input, text, start)]) {
    if (glued >= 0 && (cut < 0 || glued < cut)) cut = glued;
  }
  return start + (cut < 0 ? text.length : cut);
}

/**
 * Where the next person begins inside a post token, with the `และ`/`กับ` before them:
 * `ผู้ว่าราชการจังหวัดนายสมชาย ใจดี`, `ผู้แทนด้านสิทธิเด็กและนางสมศรี ใจดี`; else -1. A post that
 * looks like a title (`รองนายกรัฐมนตรี`) is no person.
 */
function gluedPerson(input: string, text: string, start: number): number {
  for (let at = HONORIFICS.indexIn(text, 2); at >= 0; at = HONORIFICS.indexIn(text, at + 1)) {
    const position = start + at;
    const honorific = HONORIFICS.matchAt(input, position) as string;
    if (needsBoundary(honorific) || LOOKALIKE_POSTS.matchAt(input, position) !== null) continue;
    if (!readName(input, position + honorific.length)) continue;
    const joiner = PERSON_JOINERS.find((word) => text.startsWith(word, at - word.length));
    return joiner === undefined || at - joiner.length < 2 ? at : at - joiner.length;
  }
  return -1;
}

const PERSON_JOINERS = ['และ', 'กับ'];

/** Where a nationality glued to a post begins: `ผู้เชี่ยวชาญสัญชาติเกาหลี`, `ที่ปรึกษาชาวญี่ปุ่น`; else -1. */
function gluedNationality(text: string): number {
  for (let at = NATIONALITIES.indexIn(text, 2); at >= 0; at = NATIONALITIES.indexIn(text, at + 1)) {
    const marker = NATIONALITIES.matchAt(text, at) as string;
    // `ชาวประมง` is a group of people, `ชาวญี่ปุ่น` a nationality: a country must follow.
    if (startsWithCountry(text.slice(at + marker.length))) return at;
  }
  return -1;
}

function lastSpaceBefore(input: string, start: number, end: number): number {
  let cursor = end;
  while (cursor > start && !isSpace(input.charCodeAt(cursor - 1))) cursor--;
  while (cursor > start && isSpace(input.charCodeAt(cursor - 1))) cursor--;
  return cursor;
}

function startsWithHead(text: string): boolean {
  if (HEADS.startsText(text)) return true;
  const prefix = POST_PREFIXES.find((word) => text.startsWith(word));
  return prefix !== undefined && HEADS.matchAt(text, prefix.length) !== null;
}

/** The length of a post prefix (`อดีต`, `ว่าที่`…) that ends at `at` in `text`, else 0. */
function prefixLengthBefore(text: string, at: number): number {
  return POST_PREFIXES.find((prefix) => text.endsWith(prefix, at))?.length ?? 0;
}

function isStopWord(text: string): boolean {
  return STOPS.startsText(text) && !startsWithHead(text);
}

interface Token {
  text: string;
  start: number;
  end: number;
  lineBreakBefore: boolean;
}

/** The token at `at`: up to a space, a bracket or a comma; null when there is none or it is longer than `maxLength`. */
function tokenAt(input: string, at: number, lineBreakBefore = false, maxLength = Infinity): Token | null {
  if (at >= input.length || isSpace(input.charCodeAt(at))) return null;
  // Brackets and commas end a token; a token may start with one (so that callers see it).
  let end = at + 1;
  while (end < input.length) {
    const code = input.charCodeAt(end);
    // Thai letters, most of a token, lie between the spaces below U+00A1 and those from U+2000.
    if (code <= 0xa0 || code >= 0x2000) {
      if (isSpace(code) || code === 0x28 /* ( */ || code === 0x29 /* ) */ || code === 0x2c /* , */) break;
    }
    end++;
    if (end - at > maxLength) return null;
  }
  return { text: input.slice(at, end), start: at, end, lineBreakBefore };
}

function nextToken(input: string, from: number): Token | null {
  let cursor = from;
  let lineBreakBefore = false;
  while (cursor < input.length) {
    const code = input.charCodeAt(cursor);
    if (!isGap(code)) break;
    if (code === 0x0a || code === 0x0d) lineBreakBefore = true;
    cursor++;
  }
  return tokenAt(input, cursor, lineBreakBefore);
}

/** Zero-width characters are no gap between words: `นาย\u200bสมชาย`, `ชัย\u200bชนะ`. */
function isGap(code: number): boolean {
  return (
    isSpace(code) &&
    code !== 0x200b &&
    code !== 0x200c &&
    code !== 0x200d &&
    code !== 0x2060 &&
    code !== 0xfeff
  );
}
