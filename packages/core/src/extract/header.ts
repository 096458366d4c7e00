import { SpanIndex } from '../_lib/spans';
import {
  cleanValue,
  type Line,
  type Located,
  locate,
  type Span,
  sameText,
  splitLines,
  squash,
} from '../_lib/text';
import {
  CHROME_FRAGMENTS,
  CHROME_LINES,
  LEAD_OPENINGS,
  PUBLISHED_LABELS,
  UPDATED_LABELS,
  VIEW_WORDS,
} from '../grammar/page';

/** A date expression as the header reader needs it (a subset of a thai-date match). */
export interface HeaderDate {
  text?: string;
  span: Span;
  start: string;
  end: string;
  yearMissing: boolean;
}

/** A time expression (a subset of a thai-date time match). */
export interface HeaderTime {
  span: Span;
}

export interface Header {
  section: Located | null;
  title: Located | null;
  /** Lines (or line parts) that repeat the title: what they contain counts once. */
  titleCopies: Span[];
  published: HeaderDate | null;
  updated: HeaderDate | null;
  views: { value: number; span: Span } | null;
  /** Site chrome and header lines: no extractor reads people, terms or amounts there. */
  chrome: Span[];
  /** The body paragraphs, in order. */
  body: Span[];
}

export interface ReadHeaderOptions {
  dates: readonly HeaderDate[];
  times: readonly HeaderTime[];
  /** True when a line opens with a named person (`ดร.สมชาย ใจดี กรรมการ…`): a lead, not a title. */
  opensWithPerson?: (line: string) => boolean;
}

const MAX_TITLE_LENGTH = 350;
const MAX_LABEL_LENGTH = 40;
const MAX_CHROME_LENGTH = 30;
// A cookie banner or a photo credit is one or two sentences; a paragraph that merely mentions
// cookies is longer.
const MAX_CHROME_LINE = 240;

/**
 * Reads the page around the report: section label, title (once), publication and update dates,
 * view counter, site chrome, and where the body starts. Line based: pages put each header item
 * on a line of its own, so a line is classified as a whole (or as a header prefix plus body).
 *
 * @example
 * readHeader('ข่าวกิจกรรม\nไทยหารือกับญี่ปุ่น\n25/09/2560\nเมื่อวันที่ …', { dates, times }).title?.text
 * // 'ไทยหารือกับญี่ปุ่น'
 */
export function readHeader(input: string, options: ReadHeaderOptions): Header {
  const header = emptyHeader();
  const lines = splitLines(input).filter((line) => line.contentEnd > line.contentStart);
  const reader = new LineReader(input, options);

  let index = 0;
  let bodyFrom: { line: number; offset: number } | null = null;

  // Above the title: chrome, a date line, a section label.
  for (; index < lines.length && bodyFrom === null; index++) {
    const line = lines[index] as Line;
    const kind = reader.classify(line, header);
    if (kind === 'chrome' || kind === 'header') continue;
    if (kind.type === 'body-after-header') {
      bodyFrom = { line: index, offset: kind.offset };
      break;
    }
    const labelled = splitColonLabel(input, line);
    if (labelled && isTitleLine(input, lines, index, reader, labelled.rest)) {
      header.section = labelled.label;
      header.title = labelled.rest;
      index++;
      break;
    }
    if (isSectionLabel(input, lines, index, reader)) {
      header.section = trimmed(input, line);
      continue;
    }
    const content = trimmed(input, line);
    if (isTitleLine(input, lines, index, reader, content)) {
      header.title = content;
      index++;
      break;
    }
    bodyFrom = { line: index, offset: line.contentStart };
  }

  // Below the title: copies of it, header lines, chrome; the first other line starts the body.
  for (; index < lines.length && bodyFrom === null; index++) {
    const line = lines[index] as Line;
    const title = header.title;
    if (title && isTitleCopy(input, line, title, reader)) {
      const copyText = withoutLabel(input, line, header.section).text;
      const copyIsShorter =
        reader.squash(title.text).startsWith(reader.squash(copyText)) &&
        reader.squash(copyText) !== reader.squash(title.text);
      if (copyIsShorter) {
        // The first line carried site chrome after the title (`… ศูนย์ข่าว กต.`): the shorter copy is the title.
        header.titleCopies.push(title.span);
        header.title = withoutLabel(input, line, header.section);
      } else {
        header.titleCopies.push([line.contentStart, line.contentEnd]);
      }
      continue;
    }
    const kind = reader.classify(line, header);
    if (kind === 'chrome' || kind === 'header') continue;
    if (kind.type === 'body-after-header') {
      bodyFrom = { line: index, offset: kind.offset };
      break;
    }
    if (isShortSourceLine(input, line) && !isLastContent(lines, index)) {
      header.chrome.push([line.contentStart, line.contentEnd]);
      continue;
    }
    bodyFrom = { line: index, offset: line.contentStart };
  }

  if (bodyFrom === null) return header;
  for (let i = bodyFrom.line; i < lines.length; i++) {
    const line = lines[i] as Line;
    const start = i === bodyFrom.line ? bodyFrom.offset : line.contentStart;
    if (reader.isChrome(line)) {
      header.chrome.push([line.contentStart, line.contentEnd]);
      continue;
    }
    if (header.title && i !== bodyFrom.line && isExactTitleCopy(input, line, header.title, reader)) {
      header.titleCopies.push([line.contentStart, line.contentEnd]);
      continue;
    }
    header.body.push([start, line.contentEnd]);
  }
  return header;
}

function emptyHeader(): Header {
  return {
    section: null,
    title: null,
    titleCopies: [],
    published: null,
    updated: null,
    views: null,
    chrome: [],
    body: [],
  };
}

type LineKind = 'chrome' | 'header' | { type: 'content' } | { type: 'body-after-header'; offset: number };

/** Classifies whole lines, recording what header lines carry into the header. */
class LineReader {
  private readonly dates: SpanIndex<HeaderDate>;
  private readonly times: SpanIndex<HeaderTime>;
  // The headline search asks about the lines below each candidate again and again.
  private readonly chromeAt = new Map<number, boolean>();
  private readonly headerAt = new Map<number, boolean>();
  private readonly squashed = new Map<string, string>();

  constructor(
    private readonly input: string,
    private readonly options: ReadHeaderOptions,
  ) {
    this.dates = new SpanIndex(options.dates);
    this.times = new SpanIndex(options.times);
  }

  classify(line: Line, header: Header): LineKind {
    if (this.isChrome(line)) {
      header.chrome.push([line.contentStart, line.contentEnd]);
      return 'chrome';
    }
    const dateLine = this.readDateLine(line, header);
    if (dateLine !== null) return dateLine;
    const views = readViews(this.input, line.contentStart, line.contentEnd);
    if (views && views.end === line.contentEnd) {
      header.views ??= { value: views.value, span: views.span };
      header.chrome.push([line.contentStart, line.contentEnd]);
      return 'header';
    }
    if (this.isBareCounter(line, header)) return 'header';
    return { type: 'content' };
  }

  isChrome(line: Line): boolean {
    let chrome = this.chromeAt.get(line.contentStart);
    if (chrome === undefined) {
      chrome = this.looksLikeChrome(line);
      this.chromeAt.set(line.contentStart, chrome);
    }
    return chrome;
  }

  private looksLikeChrome(line: Line): boolean {
    const raw = this.input.slice(line.contentStart, line.contentEnd);
    // Chrome is short, or a rule of dashes: a long line of prose needs no closer look.
    if (raw.length > MAX_CHROME_LINE + 20 && !/^[-=_*|.•·\s]+$/.test(raw)) return false;
    const text = cleanValue(raw);
    if (text.length <= LONGEST_CHROME_LINE && CHROME_LINE_SET.has(text.toLowerCase())) return true;
    if (/^[-=_*|.•·\s]+$/.test(text)) return true;
    if (/^[a-z]{1,4}$/.test(text)) return true; // layout breakpoints printed as text: xs, sm, md
    if (text.length <= MAX_CHROME_LINE && CHROME_FRAGMENT.test(text)) return true;
    // Menu items concatenated by text extraction: `update newsข่าวเด่นข่าวในประเทศ`.
    if (text.length <= 60 && /[a-z][\u0e01-\u0e4e]/.test(text) && !/\d/.test(text)) return true;
    return /^เผยแพร่\s*:/.test(text) && !this.datesIn(line.contentStart, line.contentEnd).length;
  }

  /**
   * A line made of header items only: labels, one date, times, a view counter, separators,
   * perhaps a copy of the title or a wire service's category. A line that opens with a header
   * date label and goes on with a sentence (` date 2025-05 เมื่อเวลา…`) is header then body.
   */
  private readDateLine(line: Line, header: Header): LineKind | null {
    const dates = this.datesIn(line.contentStart, line.contentEnd);
    const first = dates[0];
    if (!first) return null;
    const before = cleanValue(this.input.slice(line.contentStart, first.span[0]));
    const label = labelKind(before);
    if (label === null && !isWireCategory(before)) return null;
    if (label === null && !/[A-Za-z]/.test(first.text ?? '')) return null;

    let cursor = first.span[1];
    cursor = this.skipHeaderItems(cursor, line.contentEnd, header);
    const rest = cleanValue(this.input.slice(cursor, line.contentEnd)).replace(/^[—–\-|,]+\s*/, '');
    // A wire header: category, an English date, a time, then a dash and the source.
    const hasTime = this.times.startingIn(first.span[1], cursor).some((t) => t.span[1] <= cursor);
    const isWire =
      rest !== '' &&
      hasTime &&
      /[A-Za-z]/.test(this.input.slice(first.span[0], first.span[1])) &&
      /^[—–-]/.test(cleanValue(this.input.slice(cursor, line.contentEnd)));

    if (rest !== '' && !isWire) {
      const restIsTitle = header.title && sameText(rest, header.title.text);
      if (!restIsTitle && label === 'published' && before.toLowerCase() === 'date') {
        this.recordDate(first, 'published', header);
        header.chrome.push([line.contentStart, cursor]);
        return { type: 'body-after-header', offset: firstContent(this.input, cursor, line.contentEnd) };
      }
      if (!restIsTitle) return null;
      header.titleCopies.push([cursor, line.contentEnd]);
    }
    if (label === null && before !== '')
      header.section ??= locateTrimmed(this.input, line.contentStart, first.span[0]);
    this.recordDate(first, label === 'updated' ? 'updated' : 'published', header);
    header.chrome.push([line.contentStart, line.contentEnd]);
    return 'header';
  }

  private skipHeaderItems(from: number, end: number, header: Header): number {
    let cursor = from;
    for (;;) {
      const next = skipSeparators(this.input, cursor, end);
      const time = this.times.at(next);
      if (time) {
        cursor = time.span[1];
        continue;
      }
      const paren = /^\(\s*[\d๐-๙]{1,2}[:.][\d๐-๙]{2}\s*(?:น\.)?\s*\)/.exec(this.input.slice(next, end));
      if (paren) {
        cursor = next + paren[0].length;
        continue;
      }
      const views = readViews(this.input, next, end);
      if (views) {
        header.views ??= { value: views.value, span: views.span };
        cursor = views.end;
        continue;
      }
      return next;
    }
  }

  private recordDate(date: HeaderDate, role: 'published' | 'updated', header: Header): void {
    // A range is never a publication date; a year-less date cannot be one either.
    if (date.start !== date.end || date.yearMissing) return;
    if (role === 'updated') header.updated ??= date;
    else header.published ??= date;
  }

  /** A bare number under the date line is the page's view counter (`96`). */
  private isBareCounter(line: Line, header: Header): boolean {
    if (header.views !== null || header.published === null) return false;
    if (!BARE_COUNTER.test(this.input.slice(line.contentStart, line.contentEnd))) return false;
    const text = cleanValue(line.text);
    if (!/^[\d,]{1,9}$/.test(text)) return false;
    header.views = { value: Number(text.replaceAll(',', '')), span: [line.contentStart, line.contentEnd] };
    header.chrome.push([line.contentStart, line.contentEnd]);
    return true;
  }

  datesIn(start: number, end: number): HeaderDate[] {
    return this.dates.startingIn(start, end).filter((date) => date.span[1] <= end);
  }

  /** {@link squash}, once per text: headline candidates are compared with the same lines again and again. */
  squash(text: string): string {
    let squashed = this.squashed.get(text);
    if (squashed === undefined) {
      squashed = squash(text);
      this.squashed.set(text, squashed);
    }
    return squashed;
  }

  opensWithPerson(text: string): boolean {
    return this.options.opensWithPerson?.(text) ?? false;
  }

  opensWithDate(line: Located): boolean {
    const first = this.datesIn(line.span[0], line.span[1])[0];
    if (!first) return false;
    return cleanValue(this.input.slice(line.span[0], first.span[0])).length <= 3;
  }

  isHeaderLine(line: Line): boolean {
    let isHeader = this.headerAt.get(line.contentStart);
    if (isHeader === undefined) {
      // Classify on a scratch header: asking must not record anything.
      const kind = this.classify(line, emptyHeader());
      isHeader = kind === 'header' || (typeof kind === 'object' && kind.type === 'body-after-header');
      this.headerAt.set(line.contentStart, isHeader);
    }
    return isHeader;
  }
}

const CHROME_LINE_SET: ReadonlySet<string> = new Set(CHROME_LINES);
const LONGEST_CHROME_LINE = Math.max(...CHROME_LINES.map((line) => line.length));
// One case-insensitive scan of a line instead of one scan per fragment.
const CHROME_FRAGMENT = new RegExp(
  CHROME_FRAGMENTS.map((fragment) => fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'i',
);

// Digits and commas, perhaps with the invisible characters cleaning drops: worth cleaning to check.
const BARE_COUNTER = /^[\d,\u200b-\u200d\u2060\ufeff\u00ad]{1,30}$/;

function labelKind(before: string): 'published' | 'updated' | null {
  const text = before.replace(/[:|]\s*$/, '').trim();
  if (text === '') return 'published';
  if ((UPDATED_LABELS as readonly string[]).some((label) => text === label)) return 'updated';
  if ((PUBLISHED_LABELS as readonly string[]).some((label) => text === label)) return 'published';
  return null;
}

/** A wire service's category before its date line: `ข่าวต่างประเทศ Wednesday June 26, 2019 …`. */
function isWireCategory(before: string): boolean {
  return (
    before.length > 0 && before.length <= MAX_LABEL_LENGTH && !/[\d๐-๙]/.test(before) && !before.includes(' ')
  );
}

const VIEW_COUNTER = new RegExp(
  `^([|\\s]*)(?:(?:${VIEW_WORDS.before.join('|')})\\s*([\\d,]{1,12})(?:\\s*(?:${VIEW_WORDS.after.join('|')}))?|([\\d,]{1,12})\\s*(?:${VIEW_WORDS.after.join('|')}))(?![\\p{L}])`,
  'u',
);

function readViews(
  input: string,
  from: number,
  end: number,
): { value: number; span: Span; end: number } | null {
  const match = VIEW_COUNTER.exec(input.slice(from, end));
  if (!match) return null;
  const digits = (match[2] ?? match[3] ?? '').replaceAll(',', '');
  if (digits === '') return null;
  const start = from + (match[1]?.length ?? 0);
  return { value: Number(digits), span: [start, from + match[0].length], end: from + match[0].length };
}

function skipSeparators(input: string, from: number, end: number): number {
  let cursor = from;
  while (cursor < end && /[\s|,]/.test(input[cursor] ?? '')) cursor++;
  return cursor;
}

/** What `\s` matches in a regular expression, for one UTF-16 code unit. */
function isWhiteSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function firstContent(input: string, from: number, end: number): number {
  let cursor = from;
  while (cursor < end && isWhiteSpace(input.charCodeAt(cursor))) cursor++;
  return cursor;
}

function trimmed(input: string, line: Line): Located {
  return locate(input, line.contentStart, line.contentEnd);
}

function locateTrimmed(input: string, start: number, end: number): Located {
  let s = start;
  let e = end;
  while (s < e && isWhiteSpace(input.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(input.charCodeAt(e - 1))) e--;
  return locate(input, s, e);
}

/** `ข่าวเด่น : หัวข้อข่าว` → the label and the rest. */
function splitColonLabel(input: string, line: Line): { label: Located; rest: Located } | null {
  const text = input.slice(line.contentStart, line.contentEnd);
  const match = /^([^:：\d๐-๙]{2,30}?)\s*[:：]\s+/.exec(text);
  if (!match?.[1]) return null;
  const rest = locate(input, line.contentStart + match[0].length, line.contentEnd);
  if (rest.text.length < 2 * match[1].length) return null;
  return { label: locate(input, line.contentStart, line.contentStart + match[1].length), rest };
}

function withoutLabel(input: string, line: Line, section: Located | null): Located {
  if (section) {
    const labelled = splitColonLabel(input, line);
    if (labelled && labelled.label.text === section.text) return labelled.rest;
  }
  return trimmed(input, line);
}

/**
 * A short line above the headline that names the site section: no digits, no sentence, and the
 * next line is confirmed as a headline by what follows it (a copy, a date line, a counter).
 */
function isSectionLabel(input: string, lines: readonly Line[], index: number, reader: LineReader): boolean {
  const line = lines[index] as Line;
  const text = cleanValue(line.text);
  if (text.length > MAX_LABEL_LENGTH || /[\d๐-๙]/.test(text) || opensLikeLead(text)) return false;
  const next = nextContent(lines, index, reader);
  if (next === null) return false;
  const nextText = cleanValue((lines[next] as Line).text);
  if (sameText(nextText, text) || nextText.length <= text.length) return false;
  return isConfirmedHeadline(input, lines, next, reader);
}

function isConfirmedHeadline(
  input: string,
  lines: readonly Line[],
  index: number,
  reader: LineReader,
): boolean {
  const line = lines[index] as Line;
  const after = nextContent(lines, index, reader);
  if (after === null) return false;
  const afterLine = lines[after] as Line;
  if (isTitleCopy(input, afterLine, trimmed(input, line), reader)) return true;
  if (reader.isHeaderLine(afterLine)) return true;
  return reader.datesIn(afterLine.contentStart, afterLine.contentEnd).some((date) => {
    const rest = cleanValue(input.slice(date.span[1], afterLine.contentEnd));
    return rest.length > 0 && sameText(rest.replace(/^.*?(?:views?\s*[\d,]+)\s*/i, ''), line.text);
  });
}

function nextContent(lines: readonly Line[], index: number, reader: LineReader): number | null {
  for (let i = index + 1; i < lines.length; i++) {
    if (!reader.isChrome(lines[i] as Line)) return i;
  }
  return null;
}

function isLastContent(lines: readonly Line[], index: number): boolean {
  return index === lines.length - 1;
}

/**
 * The line is the headline: not a dateline or lead sentence, not the whole text, not a
 * paragraph-long sentence unless the page repeats it.
 */
function isTitleLine(
  input: string,
  lines: readonly Line[],
  index: number,
  reader: LineReader,
  content: Located,
): boolean {
  const text = cleanValue(content.text);
  if (text === '' || opensLikeLead(text) || reader.opensWithDate(content) || reader.opensWithPerson(text)) {
    return false;
  }
  const next = nextContent(lines, index, reader);
  if (next === null) return false;
  const repeated = isTitleCopy(input, lines[next] as Line, content, reader);
  return repeated || text.length <= MAX_TITLE_LENGTH;
}

function opensLikeLead(text: string): boolean {
  return LEAD_OPENINGS.some((opening) => text.startsWith(opening));
}

function isTitleCopy(input: string, line: Line, title: Located, reader: LineReader): boolean {
  const original = reader.squash(title.text);
  // A copy is about as long as the headline: spacing and a label do not triple a line.
  if (line.contentEnd - line.contentStart > 3 * original.length + MAX_LABEL_LENGTH) return false;
  // Squashing drops spaces and quotes and NFC at most triples a length: a line too short to be a
  // copy needs no squashing.
  if (3 * (line.contentEnd - line.contentStart) < 0.6 * original.length) return false;
  const labelled = splitColonLabel(input, line);
  const copy = reader.squash(
    labelled && !original.startsWith(reader.squash(labelled.label.text))
      ? labelled.rest.text
      : input.slice(line.contentStart, line.contentEnd),
  );
  if (copy === '' || original === '') return false;
  return copy === original || (original.startsWith(copy) && copy.length >= 0.6 * original.length);
}

function isExactTitleCopy(input: string, line: Line, title: Located, reader: LineReader): boolean {
  const length = line.contentEnd - line.contentStart;
  // Spacing may differ between copies, but not by half the headline.
  if (length > 2 * title.text.length + 10 || 2 * length + 10 < title.text.length) return false;
  return reader.squash(input.slice(line.contentStart, line.contentEnd)) === reader.squash(title.text);
}

/** A source or byline under the headline: `มติชน`, `INN News`, `โดย: MGR Online`. */
function isShortSourceLine(input: string, line: Line): boolean {
  // Spacing does not make a long line short: only a line of a few words needs cleaning to tell.
  if (line.contentEnd - line.contentStart > 4 * MAX_CHROME_LENGTH) return false;
  const text = cleanValue(input.slice(line.contentStart, line.contentEnd));
  return text.length <= MAX_CHROME_LENGTH && !/[\d๐-๙]/.test(text) && !/\s\S+\s\S+\s\S+/.test(text);
}
