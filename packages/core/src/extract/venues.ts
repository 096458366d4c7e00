import { firstAtOrAfter, SpanSet } from '../_lib/spans';
import { cleanValue, isSpace, type Span, skipInlineSpace } from '../_lib/text';
import { WordList } from '../_lib/wordList';
import { POSITION_HEAD_FORMS } from '../data/positions';
import { PLACE_WORDS, POSTS_AT_A_CITY } from '../grammar/clauses';
import { VENUE_ENDS } from '../grammar/meetings';

/** A place written after `ณ` or `ที่`: `ณ ห้องประชุม ศปก. ชั้น ๒ อาคาร…`. */
export interface VenueMatch {
  text: string;
  span: Span;
  /** The cleaned place, without `ณ` / `ที่`. */
  value: string;
}

export interface FindVenuesOptions {
  /** Spans where `ณ` is part of something else: a person's name or post (`… ณ กรุงจาการ์ตา`). */
  exclude?: readonly Span[];
  /** Spans that end a venue: dates, times, people (a venue stops where they start). */
  stops?: readonly Span[];
}

const PLACES = new WordList(PLACE_WORDS);
const ENDS = new WordList(VENUE_ENDS);
const POSTS = new WordList(POSITION_HEAD_FORMS.map((head) => head.form));
const MAX_VENUE_TOKENS = 14;
const MAX_VENUE_LENGTH = 200;

/**
 * Finds places introduced by `ณ` (always `at`) or by a free-standing `ที่` followed by a place word
 * (`ที่โรงแรม…`, `ที่กรุงมะนิลา`), up to where the next clause starts. Never after `จาก` (a room a
 * remote meeting was joined from is read as `จาก…`, not as the venue).
 *
 * @example findVenues('ประชุม ณ ห้องประชุม ๒ ชั้น ๓ ศาลากลางจังหวัด โดยมี…')[0]?.value
 * // 'ห้องประชุม ๒ ชั้น ๓ ศาลากลางจังหวัด'
 */
export function findVenues(input: string, options: FindVenuesOptions = {}): VenueMatch[] {
  const exclude = new SpanSet(options.exclude ?? []);
  const stops = [...(options.stops ?? [])].map(([start]) => start).sort((a, b) => a - b);
  const venues: VenueMatch[] = [];
  const opener = /ณ|ที่/g;
  for (let match = opener.exec(input); match; match = opener.exec(input)) {
    const at = match.index;
    // `ที่` is in countless words: the one-character test rules most out before the span lookup.
    if (!opensPlace(input, at) || exclude.overlaps([at, at + 1])) continue;
    const isAt = match[0] === 'ณ';
    if (
      isAt &&
      POSTS_AT_A_CITY.some((post) =>
        input
          .slice(Math.max(0, at - 20), at)
          .trimEnd()
          .endsWith(post),
      )
    )
      continue;
    const from = skipInlineSpace(input, at + match[0].length);
    if (!isAt && PLACES.matchAt(input, from) === null) continue;
    const end = venueEnd(input, from, stops);
    if (end <= from) continue;
    const value = cleanValue(input.slice(from, end));
    if (value.length < 2) continue;
    venues.push({ text: input.slice(from, end), span: [from, end], value });
    opener.lastIndex = end;
  }
  return venues;
}

/**
 * `ณ` and `ที่` open a place only as words of their own: not inside `คณะ`, `ประมาณ`, `พื้นที่`,
 * `ครั้งที่` (a place word must follow `ที่`, so `ที่ประชุม` is no place either).
 */
function opensPlace(input: string, at: number): boolean {
  if (at === 0) return true;
  const before = input.charCodeAt(at - 1);
  return isSpace(before) || (before >= 0x30 && before <= 0x39) || (before >= 0x0e50 && before <= 0x0e59);
}

function venueEnd(input: string, from: number, stops: readonly number[]): number {
  let cursor = from;
  let end = from;
  let tokens = 0;
  const stop = stops[firstAtOrAfter(stops, from)] ?? input.length;
  while (cursor < input.length && tokens < MAX_VENUE_TOKENS && cursor - from < MAX_VENUE_LENGTH) {
    const tokenStart = skipInlineSpace(input, cursor);
    if (tokenStart >= stop || input[tokenStart] === '\n' || input[tokenStart] === '\r') break;
    let tokenEnd = tokenStart;
    while (tokenEnd < input.length && !isSpace(input.charCodeAt(tokenEnd))) tokenEnd++;
    if (tokenEnd > stop) tokenEnd = stop;
    const token = input.slice(tokenStart, tokenEnd);
    if (tokenStart > from && (ENDS.startsText(token) || opensSubject(input, token, tokenEnd))) break;
    if (/^[(“"]/.test(token) && !/^\([A-Z][A-Z0-9&.-]*\)$/.test(token)) break;
    const glued = gluedEnd(token, tokenStart === from);
    end = tokenStart + glued;
    if (glued < token.length) break;
    cursor = tokenEnd;
    tokens++;
  }
  while (
    end > from &&
    /[,.;:]/.test(input[end - 1] ?? '') &&
    !/\.[\u0e01-\u0e4e]/.test(input.slice(end - 3, end))
  )
    end--;
  return end;
}

/**
 * A post that a clause word follows, glued or after a space, is the subject of the next clause,
 * not a part of the place: `ณ ทำเนียบรัฐบาล นายกรัฐมนตรีได้หารือ…`.
 */
function opensSubject(input: string, token: string, tokenEnd: number): boolean {
  if (!POSTS.startsText(token)) return false;
  if (gluedEnd(token, false) < token.length) return true;
  const next = skipInlineSpace(input, tokenEnd);
  return next > tokenEnd && ENDS.matchAt(input, next) !== null;
}

/** A clause word glued to the last word of a place (`… จังหวัดเลยได้มีการ…`). */
function gluedEnd(token: string, first: boolean): number {
  let cut = token.length;
  for (const word of ['ได้', 'โดย', 'ซึ่ง', 'เพื่อ', 'ผ่าน', 'ระหว่างวันที่', 'ในวันที่', 'เมื่อ', 'ภายหลัง']) {
    const at = token.indexOf(word, first ? 2 : 1);
    if (at > 0 && at < cut) cut = at;
  }
  return cut;
}
