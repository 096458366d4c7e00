import type { ThaiDateMatch } from '@prachum/thai-date';
import { cleanValue, type Span, skipInlineSpace } from '../_lib/text';
import { endsWithOpenCurrencyWord } from '../extract/amounts';
import type { VenueMatch } from '../extract/venues';
import type { Amount, Meeting } from '../schema';

// Pages are often cut at a fixed length: a value the text stops inside may go on past the cut,
// and the gold rules leave out anything cut off. These tell which values may be cut.

/**
 * The text stops right at the end of this value, not even a space after it: the page was most
 * likely cut there, and the value may go on (`นายสมชาย ใจ|`, `๓.๕ ล้านดอลลาร์|แคนาดา`), so it is
 * left out as the gold rules ask of anything cut off. Not for countries: a cut country name
 * rarely reads as another country, and a whole one would be lost.
 */
export function runsToTheCut(input: string, span: readonly [number, number]): boolean {
  return span[1] === input.length;
}

/**
 * A date the text stops right after (spaces aside), unless its year is written in full:
 * `๒๖ พฤษภาคม ๒๕|` is a year cut to two digits, `30 พ.ย. |` may have had one; `22 มกราคม 2567|`
 * is whole.
 */
export function dateMayBeCut(input: string, date: ThaiDateMatch): boolean {
  return skipInlineSpace(input, date.span[1]) === input.length && !FULL_YEAR_AT_END.test(date.text);
}

/** An amount the text stops right after, in a currency word another currency's name starts with. */
export function amountMayBeCut(input: string, amount: Amount): boolean {
  return runsToTheCut(input, amount.span) && endsWithOpenCurrencyWord(amount.text);
}

const FULL_YEAR_AT_END = /(?<![0-9๐-๙])[0-9๐-๙]{4}$/;

const CUT_MEETING_FIELDS = ['nameTh', 'nameEn', 'abbr', 'ordinal'] as const;

/**
 * A meeting without the name, abbreviation or round the text stops inside: `ครั้งที่ 1|8` is no
 * first round, `(Asia-Pa|` no English name.
 */
export function withoutCutFields(
  input: string,
  meeting: Meeting,
  isCut: (value: { text: string; span: Span }) => boolean,
): Meeting {
  const spans = meeting.spans;
  if (!spans || !CUT_MEETING_FIELDS.some((field) => spans[field]?.[1] === input.length)) return meeting;
  const kept: Meeting = { ...meeting, spans: { ...spans } };
  for (const field of CUT_MEETING_FIELDS) {
    const span = spans[field];
    if (!span || !isCut({ text: input.slice(span[0], span[1]), span })) continue;
    kept[field] = null;
    delete kept.spans?.[field];
  }
  return kept;
}

/** A venue that runs into the cut at the end of the text keeps its complete words only. */
export function withoutCutWord(input: string, venue: VenueMatch): VenueMatch {
  if (venue.span[1] < input.trimEnd().length) return venue;
  const lastSpace = venue.text.search(/\s\S*$/);
  if (lastSpace <= 0) return venue;
  const end = venue.span[0] + lastSpace;
  const text = input.slice(venue.span[0], end);
  return { text, span: [venue.span[0], end], value: cleanValue(text) };
}

/**
 * The text was evidently cut: it ends with a vowel that must be followed by a consonant, an
 * opening bracket or quote, a bracket left open on its last line, or a Thai word fragment (the
 * last word by Thai word breaking is a piece of one or two letters, not a word that ends
 * sentences). Thai prose ends sentences without punctuation, so nothing else tells.
 */
export function looksTruncated(input: string): boolean {
  const text = input.trimEnd();
  // A text whose last line is complete ends with a line break (possibly followed by spaces).
  for (let at = text.length; at < input.length; at++) {
    const code = input.charCodeAt(at);
    if (code === 0x0a || code === 0x0d) return false;
  }
  if (text === '' || /(?:^|\n)[-=_*|.•·\s]+$/.test(text)) return false; // ends with a rule line
  if (/[\u0e40-\u0e44(“‘"\-–]$/.test(text)) return true;
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  if (lastLine.lastIndexOf('(') > lastLine.lastIndexOf(')')) return true;
  const tail = text.slice(-40);
  let last = '';
  for (const { segment } of THAI_WORDS.segment(tail)) last = segment;
  return /^[\u0e01-\u0e4e]{1,2}$/.test(last) && !SENTENCE_END_WORDS.has(last);
}

const THAI_WORDS = new Intl.Segmenter('th', { granularity: 'word' });
const SENTENCE_END_WORDS = new Set(['ไป', 'มา', 'ไว้', 'กัน', 'นะ', 'จ้ะ', 'ค่ะ', 'ฯ', 'ๆ', 'ดี', 'ใน', 'ด้วย']);
