import { findThaiDates, toArabicDigits } from '@prachum/thai-date';
import { findParentheticals } from '../_lib/parentheticals';
import {
  cleanEnglish,
  cleanValue,
  isLatinLetter,
  isSpace,
  type Span,
  skipInlineSpace,
  squash,
  wordGapEnd,
} from '../_lib/text';
import { WordList } from '../_lib/wordList';
import { ENGLISH_MEETING_WORDS } from '../grammar/english';
import {
  MEETING_NAME_ENDS,
  MEETING_NAME_GLUED_ENDS,
  NAMELESS_MEETING_OPENINGS,
  NOT_A_MEETING_AFTER,
  NOT_A_NAME,
  OTHER_MEETING_MARKERS,
  TAKES_PART_IN,
  THAI_ORDINAL_WORDS,
} from '../grammar/meetings';
import { leadingOrdinal, stripLeadingOrdinal } from '../grammar/ordinals';
import { startsWithCountry } from './countries';

/** One place where the text names (or refers to) a meeting. */
export interface MeetingMention {
  /** From `การประชุม` / `ประชุม` to the end of the name, parenthetical and ordinal included. */
  span: Span;
  nameTh: string | null;
  nameThSpan: Span | null;
  nameEn: string | null;
  nameEnSpan: Span | null;
  abbr: string | null;
  abbrSpan: Span | null;
  ordinal: number | null;
  ordinalSpan: Span | null;
  /** What stands right before the mention, for telling the report's meeting from the others. */
  lead: string;
}

const MEETING_WORD = /(?:การ)?ประชุม/g;
const ENGLISH_MEETING = new RegExp(`\\b(?:${ENGLISH_MEETING_WORDS.join('|')})\\b`, 'i');
const NAMELESS_OPENINGS = new WordList(NAMELESS_MEETING_OPENINGS);
const NAME_ENDS = new WordList(MEETING_NAME_ENDS);
const GLUED_NAME_ENDS = new WordList(MEETING_NAME_GLUED_ENDS);
const MAX_NAME_LENGTH = 220;
const MAX_ORDINAL_DISTANCE = 60;
const MAX_DISTANT_ORDINAL = 160;

/**
 * Finds every mention of a meeting: `การประชุม…` / `ประชุม…` with its Thai name (ordinal
 * excluded), its English name and abbreviation from a parenthetical or a `หรือ` alias, and its
 * ordinal (`ครั้งที่ ๓๖`, `ครั้งที่ 1/2567`, `สมัยที่ ๗๖`, `3rd`, `Sixteenth`). A mention with no name
 * (`การประชุมผ่านระบบ…`, `การประชุมครั้งนี้`) is returned with null names: it refers to a meeting
 * named elsewhere. `ห้องประชุม`, `ที่ประชุม` and `ศูนย์การประชุม` are no mentions.
 *
 * @example
 * findMeetings('ได้เข้าร่วมการประชุมเจ้าหน้าที่อาวุโสอาเซียน-ญี่ปุ่น ครั้งที่ ๓๖ ผ่านระบบการประชุมทางไกล')[0]
 * // { nameTh: 'การประชุมเจ้าหน้าที่อาวุโสอาเซียน-ญี่ปุ่น', ordinal: 36, … }
 */
export function findMeetings(input: string): MeetingMention[] {
  const parentheticals = new Map<number, { span: Span; inner: string }>();
  for (const paren of findParentheticals(input)) parentheticals.set(paren.span[0], paren);
  const mentions: MeetingMention[] = [];
  let coveredUntil = 0;
  MEETING_WORD.lastIndex = 0;
  for (let match = MEETING_WORD.exec(input); match; match = MEETING_WORD.exec(input)) {
    if (match.index < coveredUntil) continue;
    if (isNotAMeeting(input, match.index)) continue;
    const mention = readMention(input, match.index, match.index + match[0].length, parentheticals);
    mentions.push(mention);
    coveredUntil = mention.span[1];
    MEETING_WORD.lastIndex = Math.max(MEETING_WORD.lastIndex, coveredUntil);
  }
  return mentions;
}

function isNotAMeeting(input: string, at: number): boolean {
  const before = input.slice(Math.max(0, at - 12), at);
  return NOT_A_MEETING_AFTER.some((word) => before.endsWith(word));
}

function readMention(
  input: string,
  start: number,
  wordEnd: number,
  parentheticals: Map<number, { span: Span; inner: string }>,
): MeetingMention {
  const mention: MeetingMention = {
    span: [start, wordEnd],
    nameTh: null,
    nameThSpan: null,
    nameEn: null,
    nameEnSpan: null,
    abbr: null,
    abbrSpan: null,
    ordinal: null,
    ordinalSpan: null,
    lead: input.slice(Math.max(0, start - 24), start),
  };

  let cursor = skipSpaces(input, wordEnd);
  if (isLatinLetter(input.charCodeAt(cursor)) || opensWithEnglishOrdinal(input, cursor)) {
    cursor = readEnglishName(input, cursor, mention);
  } else {
    let nameEnd = thaiNameEnd(input, wordEnd);
    nameEnd = withoutUnopenedQuote(input, wordEnd, nameEnd);
    const name = cleanValue(input.slice(wordEnd, nameEnd));
    if (nameEnd > wordEnd && name.length >= 3 && !(NOT_A_NAME as readonly string[]).includes(name)) {
      mention.nameTh = cleanValue(input.slice(start, nameEnd));
      mention.nameThSpan = [start, nameEnd];
      cursor = nameEnd;
    } else {
      cursor = wordEnd;
    }
  }
  mention.span[1] = Math.max(mention.span[1], cursor);
  if (mention.nameTh === null && mention.nameEn === null && mention.abbr === null) return mention;

  readAfterName(input, cursor, mention, parentheticals);
  return mention;
}

/** A closing quote the name did not open belongs to the sentence around it: `“…ประชุมอาเซียน”`. */
function withoutUnopenedQuote(input: string, start: number, end: number): number {
  let cut = end;
  while (cut > start && /[”’"'»]/.test(input[cut - 1] ?? '')) cut--;
  if (cut === end) return end;
  // Pages close with the opening mark too (`” ชื่อโครงการ ”`): a quote inside the name pairs it.
  return /[“‘"'«”’»]/.test(input.slice(start, cut)) ? end : cut;
}

/** The end of the Thai name that starts after `ประชุม`, or `from` when it has none. */
function thaiNameEnd(input: string, from: number): number {
  let cursor = from;
  const first = tokenEnd(input, skipSpaces(input, from));
  const firstText = input.slice(skipSpaces(input, from), first);
  if (firstText === '' || NAMELESS_OPENINGS.startsText(firstText)) return from;
  if (input.slice(from, skipSpaces(input, from)).includes('\n')) return from;
  let end = from;
  while (cursor < input.length && cursor - from < MAX_NAME_LENGTH) {
    const tokenStart = skipSpaces(input, cursor);
    if (tokenStart > cursor && input.slice(cursor, tokenStart).includes('\n')) break;
    const tokenStop = tokenEnd(input, tokenStart);
    if (tokenStop === tokenStart) break;
    const token = input.slice(tokenStart, tokenStop);
    const cut = nameCut(token, tokenStart === skipSpaces(input, from) && tokenStart === from);
    if (cut === 0) break;
    if (
      tokenStart > from &&
      /^[\d๐-๙]/.test(token) &&
      !continuesDate(input, from, end, tokenStart, tokenStop)
    )
      break;
    end = tokenStart + cut;
    if (cut < token.length) break;
    cursor = tokenStop;
  }
  return end;
}

/** How much of a token belongs to the name: all of it, the part before a glued end word, or none. */
function nameCut(token: string, gluedToMeetingWord: boolean): number {
  if (token.startsWith('(')) return 0;
  // `และ` joins the parts of one name (`…หัวหน้าส่วนราชการ และนายอำเภอ`) unless a second meeting
  // or a clause follows it.
  if (!gluedToMeetingWord && token.startsWith('และ') && token.length > 3) {
    const rest = token.slice(3);
    return /^(?:การ)?ประชุม/.test(rest) || NAME_ENDS.startsText(rest) ? 0 : nameCut(rest, true) + 3;
  }
  if (!gluedToMeetingWord && NAME_ENDS.startsText(token)) return 0;
  const glued = GLUED_NAME_ENDS.indexIn(token);
  return glued < 0 ? token.length : glued;
}

/**
 * A number continues a name when it completes a date the name holds: `ประจำเดือนมีนาคม 2563`,
 * `ประจำเดือนมี.ค. 2563`, `ประจำปี พ.ศ. 2563`. The date reader knows every way a month or a year
 * is written; it reads only the end of the name and the number.
 */
function continuesDate(
  input: string,
  nameStart: number,
  end: number,
  numberStart: number,
  numberEnd: number,
): boolean {
  const from = Math.max(nameStart, end - DATE_LOOKBACK);
  return findThaiDates(input.slice(from, numberEnd)).some(
    (date) => !date.yearMissing && from + date.span[0] < end && from + date.span[1] > numberStart,
  );
}

// The words of a date before its year: `เดือนพฤศจิกายน `, `ปีงบประมาณ พ.ศ. `.
const DATE_LOOKBACK = 24;

/** `การประชุม 3rd Asia-Pacific Forum for …`: an English name (or abbreviation) after `ประชุม`. */
function readEnglishName(input: string, from: number, mention: MeetingMention): number {
  const end = englishRunEnd(input, from);
  if (end === from) return from;
  const raw = input.slice(from, end);
  const ordinal = leadingOrdinal(raw);
  const name = cleanEnglish(ordinal ? raw.slice(ordinal.length) : raw);
  if (ordinal) {
    mention.ordinal = ordinal.value;
    mention.ordinalSpan = [from, from + ordinal.length];
  }
  const nameStart = from + (ordinal?.length ?? 0);
  if (/^(?:VDO|Video|VCS|Zoom|Teams|WebEx|Webex|online)\b/i.test(name)) return from;
  if (/^[A-Z0-9][A-Z0-9&-]*$/.test(name)) {
    mention.abbr = name;
    mention.abbrSpan = [nameStart, end];
  } else {
    mention.nameEn = name;
    mention.nameEnSpan = [nameStart, end];
  }
  return end;
}

/** `3rd Asia-Pacific …`: a numbered English name (`\d{1,3}(?:st|nd|rd|th) +[A-Z]`) starts at `at`. */
function opensWithEnglishOrdinal(input: string, at: number): boolean {
  let cursor = at;
  while (cursor < input.length && cursor - at < 3 && isArabicDigit(input.charCodeAt(cursor))) cursor++;
  if (cursor === at || !ORDINAL_SUFFIXES.some((suffix) => input.startsWith(suffix, cursor))) return false;
  const next = wordGapEnd(input, cursor + 2);
  return next >= 0 && isCapitalLetter(input.charCodeAt(next));
}

const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'] as const;

function englishRunEnd(input: string, from: number): number {
  let cursor = from;
  let end = from;
  while (cursor < input.length) {
    const wordEnd = latinWordEnd(input, cursor);
    if (wordEnd === cursor) break;
    end = wordEnd;
    // Words go on after a space (or a few), or after a spaced dash (`Asia - Pacific`, `South – South`).
    let next = wordGapEnd(input, wordEnd);
    if (next < 0) break;
    const code = input.charCodeAt(next);
    if (code === 0x2d /* - */ || code === 0x2013 /* – */) {
      next = wordGapEnd(input, next + 1);
      if (next < 0) break;
    }
    if (!isLatinOrDigit(input.charCodeAt(next))) break;
    cursor = next;
  }
  return end;
}

function latinWordEnd(input: string, from: number): number {
  let cursor = from;
  while (
    cursor < input.length &&
    (isLatinOrDigit(input.charCodeAt(cursor)) || /[-'’&.]/.test(input[cursor] ?? ''))
  ) {
    cursor++;
  }
  while (cursor > from && /[.]/.test(input[cursor - 1] ?? '')) cursor--;
  return cursor;
}

function isLatinOrDigit(code: number): boolean {
  return isLatinLetter(code) || isArabicDigit(code);
}

function isArabicDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isCapitalLetter(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/**
 * After the name: its English name and abbreviation in brackets, a `หรือ` alias, a pair of
 * countries (`ไทย - เวียดนาม`), then the ordinal — the one after the whole name.
 */
function readAfterName(
  input: string,
  from: number,
  mention: MeetingMention,
  parentheticals: Map<number, { span: Span; inner: string }>,
): void {
  let cursor = from;
  const limit = from + MAX_ORDINAL_DISTANCE;
  for (let step = 0; step < 8 && cursor < limit + 120; step++) {
    const at = skipInlineSpace(input, cursor);
    const paren = parentheticals.get(at);
    if (paren) {
      readParenthetical(paren, mention);
      cursor = paren.span[1];
      continue;
    }
    const ordinal = readThaiOrdinal(input, at);
    if (ordinal) {
      if (mention.ordinal === null || mention.ordinalSpan === null) {
        mention.ordinal = ordinal.value;
        mention.ordinalSpan = ordinal.span;
      }
      mention.span[1] = Math.max(mention.span[1], ordinal.span[1]);
      cursor = ordinal.span[1];
      continue;
    }
    if (mention.ordinalSpan !== null) return;
    if (input.startsWith('หรือ', at)) {
      cursor = readAlias(input, at + 'หรือ'.length, mention, parentheticals);
      continue;
    }
    const next = tokenEnd(input, at);
    const token = input.slice(at, next);
    if (next === at) return;
    if (!isCountryPairToken(token)) {
      readDistantOrdinal(input, at, mention);
      return;
    }
    // `ไทย - เวียดนามครั้งที่ ๒`: the ordinal glued to the last country.
    const gluedOrdinal = token.search(ORDINAL_WORD);
    cursor = gluedOrdinal > 0 ? at + gluedOrdinal : next;
  }
}

const ORDINAL_WORD = new RegExp(THAI_ORDINAL_WORDS.join('|'));
const THAI_ORDINAL = new RegExp(`^(?:${THAI_ORDINAL_WORDS.join('|')})\\s*([\\d๐-๙]{1,4})`);

/**
 * The ordinal after a name that goes on past where it was cut (`…หน้ากากอนามัย และป้องกัน… แก่
 * ประชาชน ครั้งที่ 6/2563`): the first `ครั้งที่` on the same line before a clause or another meeting.
 */
function readDistantOrdinal(input: string, from: number, mention: MeetingMention): void {
  // The line is looked at only as far as the window: a text without line breaks is not scanned
  // to its end from every mention.
  const ahead = input.slice(from, from + MAX_DISTANT_ORDINAL);
  const lineEnd = ahead.indexOf('\n');
  const window = lineEnd < 0 ? ahead : ahead.slice(0, lineEnd);
  const at = window.search(/ครั้งที่|สมัยที่/);
  if (at < 0) return;
  const between = window.slice(0, at);
  if (/ประชุม|เพื่อ|โดย|ซึ่ง|\sณ\s|ผ่าน|เมื่อ|วันที่|[.!?]/.test(between)) return;
  const ordinal = readThaiOrdinal(input, from + at);
  if (ordinal && mention.ordinal === null) {
    mention.ordinal = ordinal.value;
    mention.ordinalSpan = ordinal.span;
  }
}

function readParenthetical(paren: { span: Span; inner: string }, mention: MeetingMention): void {
  const inner = cleanValue(paren.inner);
  const innerStart = paren.span[0] + 1 + (paren.inner.length - paren.inner.trimStart().length);
  const split = /\s*(?::|\s–\s|\s-\s|\sหรือ\s)\s*/.exec(inner);
  // A spaced dash separates an abbreviation only: `Thailand - Chile Joint Working Group` is one name.
  const dashInName =
    split !== null &&
    /[–-]/.test(split[0]) &&
    !/^[A-Z0-9][A-Z0-9&.\-/ ]{1,15}$/.test(inner.slice(split.index + split[0].length));
  if (split && !dashInName) {
    const english = inner.slice(0, split.index);
    const abbr = inner.slice(split.index + split[0].length);
    if (namesAMeeting(english)) {
      setEnglish(mention, english, [innerStart, innerStart + split.index]);
      setAbbreviation(mention, abbr, [innerStart + split.index + split[0].length, paren.span[1] - 1]);
    }
    mention.span[1] = paren.span[1];
    return;
  }
  if (/^[A-Z][A-Z0-9&.-]{1,15}$/.test(inner)) {
    mention.abbr ??= inner;
    mention.abbrSpan ??= [innerStart, innerStart + inner.length];
  } else if (namesAMeeting(inner) && !/[\u0e00-\u0e7f]/.test(inner)) {
    setEnglish(mention, inner, [innerStart, innerStart + inner.length]);
  }
  mention.span[1] = paren.span[1];
}

/**
 * An English name is a meeting's when it says so (`… Conference`, `… Retreat`) or counts its
 * rounds (`11th ASEAN Working Group on …`); `Lower Mekong Initiative` is the framework, not it.
 */
function namesAMeeting(english: string): boolean {
  if (!/^[A-Za-z0-9]/.test(english)) return false;
  return ENGLISH_MEETING.test(english) || NUMBERED.test(english);
}

const NUMBERED = /^(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\s+\S/i;

function setEnglish(mention: MeetingMention, english: string, span: Span): void {
  const ordinal = leadingOrdinal(english);
  if (ordinal && mention.ordinal === null) mention.ordinal = ordinal.value;
  mention.nameEn ??= cleanEnglish(stripLeadingOrdinal(english));
  mention.nameEnSpan ??= span;
}

function setAbbreviation(mention: MeetingMention, abbr: string, span: Span): void {
  const ordinal = /^(\d+)(?:st|nd|rd|th)\s+/i.exec(abbr);
  if (ordinal?.[1] && mention.ordinal === null) mention.ordinal = Number(ordinal[1]);
  mention.abbr ??= cleanValue(ordinal ? abbr.slice(ordinal[0].length) : abbr);
  mention.abbrSpan ??= span;
}

/** `หรือ Joint Cabinet Retreat (JCR)`: an English alias names the meeting; a Thai one is skipped. */
function readAlias(
  input: string,
  from: number,
  mention: MeetingMention,
  parentheticals: Map<number, { span: Span; inner: string }>,
): number {
  const at = skipInlineSpace(input, from);
  if (isLatinLetter(input.charCodeAt(at))) {
    const end = englishRunEnd(input, at);
    const english = input.slice(at, end);
    if (ENGLISH_MEETING.test(english)) setEnglish(mention, english, [at, end]);
    const paren = parentheticals.get(skipInlineSpace(input, end));
    if (paren && /^[A-Z][A-Z0-9&.-]{1,15}$/.test(cleanValue(paren.inner))) {
      const inner = cleanValue(paren.inner);
      mention.abbr ??= inner;
      mention.abbrSpan ??= [paren.span[0] + 1, paren.span[1] - 1];
      return paren.span[1];
    }
    return end;
  }
  // `หรือบิมสเทคครั้งที่ 6`: the ordinal glued to a Thai alias.
  const end = tokenEnd(input, at);
  const gluedOrdinal = input.slice(at, end).search(ORDINAL_WORD);
  return gluedOrdinal > 0 ? at + gluedOrdinal : end;
}

/** `ครั้งที่ ๓๖`, `ครั้งที่ 1/2567`, `สมัยที่ ๗๖`, `รอบที่ 1`, glued or spaced. */
function readThaiOrdinal(input: string, at: number): { value: number; span: Span } | null {
  const match = THAI_ORDINAL.exec(input.slice(at, at + 24));
  if (!match?.[1]) return null;
  const value = Number(toArabicDigits(match[1]));
  if (!(value > 0)) return null;
  return { value, span: [at, at + match[0].length] };
}

/** A word of the pair of countries after a bilateral meeting's name: `ไทย - เวียดนาม`, `ไทย-ลาว`. */
function isCountryPairToken(token: string): boolean {
  if (/^[–—-]$/.test(token)) return true;
  return (
    token.length <= 24 &&
    /^[\u0e01-\u0e4e.]+(?:[–—-][\u0e01-\u0e4e.]+)?$/.test(token) &&
    startsWithCountry(token)
  );
}

function skipSpaces(input: string, from: number): number {
  let cursor = from;
  while (cursor < input.length && isSpace(input.charCodeAt(cursor))) cursor++;
  return cursor;
}

function tokenEnd(input: string, from: number): number {
  let cursor = from;
  while (cursor < input.length && !isSpace(input.charCodeAt(cursor)) && input[cursor] !== '(') cursor++;
  return cursor;
}

/** True when the words before a mention say the report is about that meeting. */
export function takesPart(mention: MeetingMention): boolean {
  const lead = mention.lead.trimEnd();
  return TAKES_PART_IN.some((word) => lead.endsWith(word));
}

/** True when the words before a mention place it before or after the report's meeting. */
export function isOtherMeeting(mention: MeetingMention): boolean {
  const lead = mention.lead.trimEnd();
  return OTHER_MEETING_MARKERS.some((word) => lead.endsWith(word));
}

/** True when the mention names its meeting (it has a {@link meetingKey}), rather than referring to one. */
export function isNamed(mention: MeetingMention): boolean {
  return Boolean(mention.nameTh || mention.nameEn || mention.abbr);
}

/** A key under which mentions of one meeting agree: its Thai name, else its English name or abbr. */
export function meetingKey(mention: MeetingMention): string | null {
  if (mention.nameTh) return squash(mention.nameTh).replace(/^(?:การ)?ประชุม/, '');
  if (mention.nameEn) return mention.nameEn.toLowerCase();
  if (mention.abbr) return mention.abbr.toLowerCase();
  return null;
}
