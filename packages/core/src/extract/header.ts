import { toArabicDigits } from '@prachum/thai-date';
import { SpanIndex } from '../_lib/spans';
import {
  cleanValue,
  forEachLine,
  isDigit,
  type Located,
  locate,
  type Span,
  sameText,
  squash,
  squashedPrefixAt,
  UNDECIDED_SQUASH,
} from '../_lib/text';
import {
  BREADCRUMB_ROOTS,
  BYLINE_DATE_WORDS,
  BYLINE_LABELS,
  CHROME_FRAGMENTS,
  CHROME_LINES,
  LEAD_OPENINGS,
  PUBLISHED_LABELS,
  RELEASE_NUMBER_LABELS,
  SECTION_LABEL_HEADS,
  SECTION_LABELS,
  TIME_WORDS,
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
// The colon label of `ข่าวเด่น : หัวข้อข่าว` is at most this long.
const MAX_COLON_LABEL = 30;
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
  const reader = new LineReader(input, options);
  const count = reader.count;

  let index = 0;
  let bodyLine = -1;
  let bodyOffset = 0;

  // Above the title: chrome, a date line, a section label.
  for (; index < count && bodyLine === -1; index++) {
    const kind = reader.classify(index, header);
    if (kind === 'chrome' || kind === 'header') continue;
    if (kind !== 'content') {
      bodyLine = index;
      bodyOffset = kind;
      break;
    }
    const rest = reader.restStart(index);
    if (rest !== -1 && isTitleLine(reader, index, { line: index, start: rest })) {
      header.section = locate(input, reader.starts[index] as number, reader.labelEnd(index));
      setTitle(header, reader, { line: index, start: rest });
      index++;
      break;
    }
    if (isSectionLabel(reader, index)) {
      header.section = reader.located(reader.whole(index));
      continue;
    }
    if (isTitleLine(reader, index, reader.whole(index))) {
      setTitle(header, reader, reader.whole(index));
      index++;
      break;
    }
    bodyLine = index;
    bodyOffset = reader.starts[index] as number;
  }

  // Below the title: copies of it, header lines, chrome; the first other line starts the body.
  for (; index < count && bodyLine === -1; index++) {
    const start = reader.starts[index] as number;
    const end = reader.ends[index] as number;
    const title = reader.title;
    if (title && header.title && isTitleCopy(reader, index, title)) {
      const copy = withoutLabel(reader, index, header.section);
      const original = reader.squashed(title);
      const squashedCopy = reader.squashed(copy);
      if (original.startsWith(squashedCopy) && squashedCopy !== original) {
        // The first line carried site chrome after the title (`… ศูนย์ข่าว กต.`): the shorter copy is the title.
        header.titleCopies.push(header.title.span);
        setTitle(header, reader, copy);
      } else {
        header.titleCopies.push([start, end]);
      }
      continue;
    }
    const kind = reader.classify(index, header);
    if (kind === 'chrome' || kind === 'header') continue;
    if (kind !== 'content') {
      bodyLine = index;
      bodyOffset = kind;
      break;
    }
    if (isShortSourceLine(reader, index) && index !== count - 1) {
      header.chrome.push([start, end]);
      continue;
    }
    bodyLine = index;
    bodyOffset = start;
  }

  if (bodyLine === -1) return header;
  const title = reader.title;
  for (let i = bodyLine; i < count; i++) {
    const start = reader.starts[i] as number;
    const end = reader.ends[i] as number;
    if (reader.isChrome(i)) {
      header.chrome.push([start, end]);
      continue;
    }
    if (title && i !== bodyLine && isExactTitleCopy(reader, i, title)) {
      header.titleCopies.push([start, end]);
      continue;
    }
    header.body.push([i === bodyLine ? bodyOffset : start, end]);
  }
  return header;
}

function setTitle(header: Header, reader: LineReader, title: Part): void {
  reader.title = title;
  header.title = reader.located(title);
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

/** A line from `start` to its end: the whole line, or what follows its colon label. */
interface Part {
  line: number;
  start: number;
}

/** How a line reads: chrome, header items only, content, or header items and then the body from an offset. */
type LineKind = 'chrome' | 'header' | 'content' | number;

/**
 * The non-blank lines of the input (as `forEachLine` splits them) and what is known about
 * them: each line is judged, cleaned and squashed at most once, however often the headline
 * search asks.
 */
class LineReader {
  /** Where each line's content starts and ends, without the spaces around it. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly count: number;
  /** Where header.title was read: its copies are compared with it squashed, once. */
  title: Part | null = null;
  private readonly dates: SpanIndex<HeaderDate>;
  // Only a date line asks for times.
  private timeIndex: SpanIndex<HeaderTime> | null = null;
  private readonly chromeAt: boolean[] = [];
  private readonly headerAt: boolean[] = [];
  private readonly cleanedAt: string[] = [];
  private readonly squashedAt: string[] = [];
  private readonly squashedRestAt: string[] = [];
  // -1 for a line without a colon label.
  private readonly labelEnds: number[] = [];
  private readonly restStarts: number[] = [];

  constructor(
    readonly input: string,
    private readonly options: ReadHeaderOptions,
  ) {
    forEachLine(input, (_start, _end, contentStart, contentEnd) => {
      if (contentEnd === contentStart) return;
      this.starts.push(contentStart);
      this.ends.push(contentEnd);
    });
    this.count = this.starts.length;
    this.dates = new SpanIndex(options.dates);
  }

  private get times(): SpanIndex<HeaderTime> {
    this.timeIndex ??= new SpanIndex(this.options.times);
    return this.timeIndex;
  }

  /** The whole content of a line. */
  whole(line: number): Part {
    return { line, start: this.starts[line] as number };
  }

  located(part: Part): Located {
    return locate(this.input, part.start, this.ends[part.line] as number);
  }

  text(part: Part): string {
    return this.input.slice(part.start, this.ends[part.line]);
  }

  /** The line as written, spaces around it included: only spaces lie between its breaks and its content. */
  lineText(line: number): string {
    const input = this.input;
    let start = this.starts[line] as number;
    while (start > 0 && !isLineBreak(input.charCodeAt(start - 1))) start--;
    let end = this.ends[line] as number;
    while (end < input.length && !isLineBreak(input.charCodeAt(end))) end++;
    return input.slice(start, end);
  }

  /** {@link cleanValue} of a line's content. */
  cleaned(line: number): string {
    let cleaned = this.cleanedAt[line];
    if (cleaned === undefined) {
      cleaned = cleanValue(this.input.slice(this.starts[line], this.ends[line]));
      this.cleanedAt[line] = cleaned;
    }
    return cleaned;
  }

  /** {@link cleanValue} of the line as written (which NFC may read differently when spaces surround it). */
  cleanedLine(line: number): string {
    const text = this.lineText(line);
    return text.length === (this.ends[line] as number) - (this.starts[line] as number)
      ? this.cleaned(line)
      : cleanValue(text);
  }

  /** {@link squash} of a line or of what follows its label. */
  squashed(part: Part): string {
    const cache = part.start === this.starts[part.line] ? this.squashedAt : this.squashedRestAt;
    let squashed = cache[part.line];
    if (squashed === undefined) {
      squashed = squash(this.text(part));
      cache[part.line] = squashed;
    }
    return squashed;
  }

  /** The length of the part squashed when it is a prefix of `of` squashed, else -1. */
  squashedPrefix(part: Part, of: Part): number {
    const squashed = this.squashed(of);
    const end = this.ends[part.line] as number;
    // A copy is often written exactly as the headline.
    const ofText = this.text(of);
    if (end - part.start === ofText.length && this.input.startsWith(ofText, part.start))
      return squashed.length;
    const cache = part.start === this.starts[part.line] ? this.squashedAt : this.squashedRestAt;
    if (cache[part.line] === undefined) {
      const length = squashedPrefixAt(this.input, part.start, end, squashed);
      if (length !== UNDECIDED_SQUASH) return length;
    }
    const own = this.squashed(part);
    return squashed.startsWith(own) ? own.length : -1;
  }

  /** Where the colon label of `ข่าวเด่น : หัวข้อข่าว` ends, or -1. */
  labelEnd(line: number): number {
    if (this.labelEnds[line] === undefined) this.readColonLabel(line);
    return this.labelEnds[line] as number;
  }

  /** The colon label of a line that has one. */
  label(line: number): string {
    return this.input.slice(this.starts[line], this.labelEnd(line));
  }

  /** Where the rest after the colon label of `ข่าวเด่น : หัวข้อข่าว` starts, or -1. */
  restStart(line: number): number {
    if (this.restStarts[line] === undefined) this.readColonLabel(line);
    return this.restStarts[line] as number;
  }

  /**
   * `^([^:：\d๐-๙]{2,30}?)\s*[:：]\s+` read by hand: the label runs to the first colon without a
   * digit, at least two characters, its last non-space among the first 30; the rest is at least
   * twice as long as the label.
   */
  private readColonLabel(line: number): void {
    const input = this.input;
    const start = this.starts[line] as number;
    const end = this.ends[line] as number;
    this.labelEnds[line] = -1;
    this.restStarts[line] = -1;
    // Most lines have no colon among their first characters: two quick searches tell, unless
    // spaces run on past the longest label.
    const window = input.slice(start, Math.min(end, start + MAX_COLON_LABEL + 1));
    if (
      window.indexOf(':') === -1 &&
      window.indexOf('：') === -1 &&
      (end <= start + MAX_COLON_LABEL + 1 || !isWhiteSpace(input.charCodeAt(start + MAX_COLON_LABEL)))
    ) {
      return;
    }
    let colon = -1;
    let lastNonSpace = -1;
    for (let i = start; i < end; i++) {
      const code = input.charCodeAt(i);
      if (code === 0x3a || code === 0xff1a) {
        colon = i;
        break;
      }
      if (isDigit(code)) return;
      if (!isWhiteSpace(code)) {
        if (i - start >= MAX_COLON_LABEL) return;
        lastNonSpace = i;
      }
    }
    if (colon - start < 2 || colon + 1 >= end || !isWhiteSpace(input.charCodeAt(colon + 1))) return;
    const labelEnd = Math.max(start + 2, lastNonSpace + 1);
    const rest = firstContent(input, colon + 1, end);
    if (end - rest < 2 * (labelEnd - start)) return;
    this.labelEnds[line] = labelEnd;
    this.restStarts[line] = rest;
  }

  classify(line: number, header: Header): LineKind {
    const start = this.starts[line] as number;
    const end = this.ends[line] as number;
    if (this.isChrome(line)) {
      header.chrome.push([start, end]);
      return 'chrome';
    }
    const dateLine = this.readDateLine(line, header);
    if (dateLine !== null) return dateLine;
    const views = readViews(this.input, start, end);
    if (views && views.end === end) {
      header.views ??= { value: views.value, span: views.span };
      header.chrome.push([start, end]);
      return 'header';
    }
    if (this.isBareCounter(line, header)) return 'header';
    return 'content';
  }

  isChrome(line: number): boolean {
    let chrome = this.chromeAt[line];
    if (chrome === undefined) {
      chrome = this.looksLikeChrome(line);
      this.chromeAt[line] = chrome;
    }
    return chrome;
  }

  private looksLikeChrome(line: number): boolean {
    const start = this.starts[line] as number;
    const end = this.ends[line] as number;
    // Chrome is short, or a rule of dashes: a long line of prose needs no closer look.
    if (end - start > MAX_CHROME_LINE + 20 && !isRule(this.input, start, end)) return false;
    const text = this.cleaned(line);
    if (text.length <= LONGEST_CHROME_LINE && CHROME_LINE_SET.has(text.toLowerCase())) return true;
    if (isRule(text, 0, text.length)) return true;
    if (text.length <= 4 && /^[a-z]{1,4}$/.test(text)) return true; // layout breakpoints printed as text: xs, sm, md
    if (text.length <= MAX_CHROME_LINE && CHROME_FRAGMENT.test(text)) return true;
    if (MAY_BE_BREADCRUMB.test(text) && (BREADCRUMB.test(text) || BREADCRUMB_FROM_ROOT.test(text)))
      return true;
    if (text.length <= MAX_LABEL_LENGTH && RELEASE_NUMBER.exec(text)?.[0] === text) return true;
    // Menu items concatenated by text extraction: `update newsข่าวเด่นข่าวในประเทศ`.
    if (text.length <= 60 && /[a-z][\u0e01-\u0e4e]/.test(text) && !/[\d๐-๙]/.test(text)) return true;
    return (
      text.startsWith('เผยแพร่') && /^เผยแพร่\s*:/.test(text) && this.firstDateIn(start, end) === undefined
    );
  }

  /**
   * A line made of header items only: labels, one date, times, a view counter, separators,
   * perhaps a copy of the title or a wire service's category. A line that opens with a header
   * date label and goes on with a sentence (` date 2025-05 เมื่อเวลา…`) is header then body.
   */
  private readDateLine(line: number, header: Header): 'header' | number | null {
    const start = this.starts[line] as number;
    const end = this.ends[line] as number;
    const first = this.firstDateIn(start, end);
    if (!first) return null;
    // `[12 มีนาคม 2567]`: a date in brackets is a bare date.
    const before = withoutReleaseNumber(cleanValue(this.input.slice(start, first.span[0]))).replace(
      /^[[(]$/,
      '',
    );
    const label = labelKind(before);
    const isCategory =
      label === null &&
      ((/[A-Za-z]/.test(first.text ?? '') && isWireCategory(before)) || isSectionCategory(before));
    if (label === null && !isCategory) return null;

    const spelledTimes = label !== null && before !== '' && !opensLikeLead(before);
    let cursor = this.skipHeaderItems(first.span[1], end, header, spelledTimes);
    // `เผยแพร่: 20 ม.ค. 2566 10:30 ปรับปรุง: 21 ม.ค. 2566 11:00`: more labelled dates may follow.
    const more: { date: HeaderDate; role: 'published' | 'updated' }[] = [];
    for (let next = this.firstDateIn(cursor, end); next; next = this.firstDateIn(cursor, end)) {
      const role = labelKind(cleanValue(this.input.slice(cursor, next.span[0])), false);
      if (role === null) break;
      more.push({ date: next, role });
      cursor = this.skipHeaderItems(next.span[1], end, header, spelledTimes);
    }
    const rest = cleanValue(this.input.slice(cursor, end)).replace(/^[)\]]?\s*[—–\-|,•·]*\s*/, '');
    // A wire header: category, an English date, a time, then a dash and the source.
    const hasTime = this.times.startingIn(first.span[1], cursor).some((t) => t.span[1] <= cursor);
    const isWire =
      rest !== '' &&
      hasTime &&
      /[A-Za-z]/.test(this.input.slice(first.span[0], first.span[1])) &&
      /^[—–-]/.test(cleanValue(this.input.slice(cursor, end)));

    if (rest !== '' && !isWire && !isByline(rest) && !this.isTrailingHeaderItems(rest, cursor, end, header)) {
      const restIsTitle =
        header.title !== null && this.title !== null && isSquashedAs(rest, this.squashed(this.title));
      if (!restIsTitle && label === 'published' && before.toLowerCase() === 'date') {
        this.recordDate(first, 'published', header);
        header.chrome.push([start, cursor]);
        return firstContent(this.input, cursor, end);
      }
      if (!restIsTitle) return null;
      header.titleCopies.push([cursor, end]);
    }
    if (label === null && before !== '') header.section ??= locateCategory(this.input, start, first.span[0]);
    this.recordDate(first, label === 'updated' ? 'updated' : 'published', header);
    for (const { date, role } of more) this.recordDate(date, role, header);
    header.chrome.push([start, end]);
    return 'header';
  }

  /**
   * What may follow the date on its line, between separators: the section it sits in and buttons
   * (`12 มีนาคม 2567 | ข่าวประชาสัมพันธ์ | พิมพ์`). The section is recorded when it is one.
   */
  private isTrailingHeaderItems(rest: string, from: number, end: number, header: Header): boolean {
    const items = rest.split(ITEM_SEPARATOR);
    const isItem = (item: string) =>
      SECTION_LABEL_SET.has(item.toLowerCase()) || CHROME_LINE_SET.has(item.toLowerCase()) || isByline(item);
    if (!items.every(isItem)) return false;
    const section = items.find((item) => SECTION_LABEL_SET.has(item.toLowerCase()));
    if (section !== undefined && header.section === null) {
      const at = this.input.indexOf(section, from);
      if (at >= 0 && at + section.length <= end) header.section = locate(this.input, at, at + section.length);
    }
    return true;
  }

  /** `spelledTimes`: a time may follow a time word (`เวลา 10.30 น.`). */
  private skipHeaderItems(from: number, end: number, header: Header, spelledTimes: boolean): number {
    let cursor = from;
    for (;;) {
      const next = skipSeparators(this.input, cursor, end);
      // A dash may stand between the date and its time (`20 ม.ค. 2566 - 10:30 น.`), not before
      // a wire's source (`… 14:10 —กระทรวง…`).
      const time =
        this.times.at(next) ??
        (isDash(this.input.charCodeAt(next))
          ? this.times.at(skipSeparators(this.input, next + 1, end))
          : undefined) ??
        (spelledTimes ? this.timeAfterWord(next, end) : undefined);
      if (time) {
        cursor = time.span[1];
        continue;
      }
      const paren =
        this.input.charCodeAt(next) === 0x28 &&
        /^\(\s*[\d๐-๙]{1,2}[:.][\d๐-๙]{2}\s*(?:น\.)?\s*\)/.exec(this.input.slice(next, end));
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

  private timeAfterWord(at: number, end: number): HeaderTime | undefined {
    const word = TIME_WORDS.find((timeWord) => this.input.startsWith(timeWord, at));
    return word === undefined ? undefined : this.times.at(skipSeparators(this.input, at + word.length, end));
  }

  private recordDate(date: HeaderDate, role: 'published' | 'updated', header: Header): void {
    // A range is never a publication date; a year-less date cannot be one either.
    if (date.start !== date.end || date.yearMissing) return;
    if (role === 'updated') header.updated ??= date;
    else header.published ??= date;
  }

  /** A bare number under the date line is the page's view counter (`96`). */
  private isBareCounter(line: number, header: Header): boolean {
    if (header.views !== null || header.published === null) return false;
    const start = this.starts[line] as number;
    const end = this.ends[line] as number;
    if (!BARE_COUNTER.test(this.input.slice(start, end))) return false;
    const text = cleanValue(this.lineText(line));
    if (!/^[\d๐-๙,]{1,9}$/.test(text)) return false;
    header.views = { value: Number(toArabicDigits(text).replaceAll(',', '')), span: [start, end] };
    header.chrome.push([start, end]);
    return true;
  }

  datesIn(start: number, end: number): HeaderDate[] {
    return this.dates.startingIn(start, end).filter((date) => date.span[1] <= end);
  }

  /** The first of {@link datesIn}, without collecting the others. */
  private firstDateIn(start: number, end: number): HeaderDate | undefined {
    const first = this.dates.firstFrom(start);
    if (first === undefined || first.span[0] >= end) return undefined;
    return first.span[1] <= end ? first : this.datesIn(start, end)[0];
  }

  opensWithPerson(text: string): boolean {
    return this.options.opensWithPerson?.(text) ?? false;
  }

  opensWithDate(part: Part): boolean {
    const first = this.firstDateIn(part.start, this.ends[part.line] as number);
    if (!first) return false;
    return cleanValue(this.input.slice(part.start, first.span[0])).length <= 3;
  }

  isHeaderLine(line: number): boolean {
    let isHeader = this.headerAt[line];
    if (isHeader === undefined) {
      // Classify on a scratch header: asking must not record anything.
      const kind = this.classify(line, emptyHeader());
      isHeader = kind !== 'chrome' && kind !== 'content';
      this.headerAt[line] = isHeader;
    }
    return isHeader;
  }
}

const CHROME_LINE_SET: ReadonlySet<string> = new Set(CHROME_LINES);
const SECTION_LABEL_SET: ReadonlySet<string> = new Set(SECTION_LABELS);
const LONGEST_CHROME_LINE = Math.max(...CHROME_LINES.map((line) => line.length));
// One case-insensitive scan of a line instead of one scan per fragment.
const CHROME_FRAGMENT = new RegExp(
  CHROME_FRAGMENTS.map((fragment) => fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'i',
);

// A press release's number, as the line's start: `ข่าวที่ 45/2567`.
const RELEASE_NUMBER = new RegExp(
  `^(?:${RELEASE_NUMBER_LABELS.join('|')})\\s?[\\d๐-๙]{1,5}\\s?/\\s?[\\d๐-๙]{2,4}`,
);

/** The text before a date without the press release number opening it: `ข่าวที่ 45/2567 วันที่` → `วันที่`. */
function withoutReleaseNumber(before: string): string {
  const number = RELEASE_NUMBER.exec(before);
  return number === null ? before : before.slice(number[0].length).replace(/^[\s|•·,]+/, '');
}

// A trail of links to where the page sits: `หน้าหลัก > ข่าวประชาสัมพันธ์ > ข่าวจังหวัด`. Its last
// link may be the whole headline.
const BREADCRUMB = /^[^>»›]{1,40}(?:\s[>»›]\s[^>»›]{1,40})+\s[>»›]\s[^>»›]+$/;
// Every trail has one of its link separators: a line without one needs no closer look.
const MAY_BE_BREADCRUMB = /[>»›/]/;
// A trail that starts at the home page may use slashes and have two links: `หน้าแรก / ข่าวสาร`.
const BREADCRUMB_FROM_ROOT = new RegExp(`^(?:${BREADCRUMB_ROOTS.join('|')})\\s?[>»›/]\\s?\\S`, 'i');
// Digits (Arabic or Thai) and commas, perhaps with the invisible characters cleaning drops: worth
// cleaning to check.
const BARE_COUNTER = /^[\d๐-๙,\u200b-\u200d\u2060\ufeff\u00ad]{1,30}$/;

/** `/^[-=_*|.•·\s]+$/` on `text.slice(start, end)`: a rule of dashes, dots or bars. */
function isRule(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const ruling =
      code === 0x2d || // -
      code === 0x3d || // =
      code === 0x5f || // _
      code === 0x2a || // *
      code === 0x7c || // |
      code === 0x2e || // .
      code === 0x2022 || // •
      code === 0xb7 || // ·
      isWhiteSpace(code);
    if (!ruling) return false;
  }
  return true;
}

const UPDATED_LABEL_SET: ReadonlySet<string> = new Set(UPDATED_LABELS);
const PUBLISHED_LABEL_SET: ReadonlySet<string> = new Set(PUBLISHED_LABELS);
const LONGEST_DATE_LABEL = Math.max(...[...UPDATED_LABELS, ...PUBLISHED_LABELS].map((label) => label.length));

/**
 * What the cleaned text before a date says the date is: a label, nothing, or a byline
 * (`โดย ผู้ดูแลระบบ |`). `bare` tells whether nothing at all counts as a publication date.
 */
function labelKind(before: string, bare = true): 'published' | 'updated' | null {
  if (before === '') return bare ? 'published' : null;
  if (isByline(before) && (/[|•·,\-–—]$/.test(before) || endsWithDateWord(before))) return 'published';
  // Clean text has single spaces and no space at its ends: only a colon or bar and one space come off.
  if (before.length > LONGEST_DATE_LABEL + 2) return null;
  const text = before.replace(/[:|]\s*$/, '').trim();
  if (text === '') return bare ? 'published' : null;
  if (UPDATED_LABEL_SET.has(text)) return 'updated';
  if (PUBLISHED_LABEL_SET.has(text)) return 'published';
  return null;
}

const MAX_BYLINE_LENGTH = 60;

/**
 * Who wrote or posted the page, on the date line: `โดย: MGR Online`, `by admin |`. The word is
 * followed by a colon or a space, so that a sentence (`โดยมี…`) is no byline.
 */
function isByline(text: string): boolean {
  if (text.length > MAX_BYLINE_LENGTH || /[\d๐-๙]/.test(text)) return false;
  return BYLINE_LABELS.some(
    (label) => text.startsWith(label) && /^\s*[:：\s]/.test(text.slice(label.length)),
  );
}

/** `โพสต์โดย admin เมื่อ`: the byline's last word introduces the date after it. */
function endsWithDateWord(byline: string): boolean {
  return BYLINE_DATE_WORDS.some(
    (word) => byline.endsWith(word) && /\s$/.test(byline.slice(0, byline.length - word.length)),
  );
}

/** A wire service's category before its date line: `ข่าวต่างประเทศ Wednesday June 26, 2019 …`. */
function isWireCategory(before: string): boolean {
  return (
    before.length > 0 && before.length <= MAX_LABEL_LENGTH && !/[\d๐-๙]/.test(before) && !before.includes(' ')
  );
}

// What stands between the items of a date line after its date.
const ITEM_SEPARATOR = /\s*[|•·]\s*/;

// What stands between a category and its date: `ข่าวทั่วไป | 12 มีนาคม 2567`.
const CATEGORY_SEPARATORS = /\s*[|•·:\-–—]$/;

/** A known section label before the date line's date: `ข่าวประชาสัมพันธ์ | 12 มีนาคม 2567`. */
function isSectionCategory(before: string): boolean {
  if (before.length > MAX_LABEL_LENGTH + 2) return false;
  return SECTION_LABEL_SET.has(before.replace(CATEGORY_SEPARATORS, '').toLowerCase());
}

/** The category before a date, without the separator after it. */
function locateCategory(input: string, start: number, end: number): Located {
  let e = end;
  while (e > start && (isWhiteSpace(input.charCodeAt(e - 1)) || isCategorySeparator(input.charCodeAt(e - 1))))
    e--;
  return locateTrimmed(input, start, e);
}

function isCategorySeparator(code: number): boolean {
  return code === 0x7c || code === 0x2022 || code === 0xb7 || code === 0x3a || isDash(code);
}

/** Words and the code units they start with: most positions start none of them. */
interface Openings {
  words: readonly string[];
  firsts: ReadonlySet<number>;
}

function openings(words: readonly string[]): Openings {
  return { words, firsts: new Set(words.map((word) => word.charCodeAt(0))) };
}

function opensWith(text: string, at: number, { words, firsts }: Openings): boolean {
  if (!firsts.has(text.charCodeAt(at))) return false;
  for (const word of words) if (text.startsWith(word, at)) return true;
  return false;
}

const VIEW_OPENINGS = openings(VIEW_WORDS.before);

// Arabic or Thai digits, with thousands commas.
const COUNT = '[\\d๐-๙,]{1,12}';
const VIEW_COUNTER = new RegExp(
  `^([|\\s]*)(?:(?:${VIEW_WORDS.before.join('|')})\\s*(?::\\s*)?(${COUNT})(?:\\s*(?:${[...VIEW_WORDS.after, ...VIEW_WORDS.afterWord].join('|')}))?|(${COUNT})\\s*(?:${VIEW_WORDS.after.join('|')}))(?![\\p{L}])`,
  'u',
);

function readViews(
  input: string,
  from: number,
  end: number,
): { value: number; span: Span; end: number } | null {
  let opening = from;
  while (opening < end && (input.charCodeAt(opening) === 0x7c || isWhiteSpace(input.charCodeAt(opening))))
    opening++;
  // After its bars and spaces a view counter opens with a digit, a comma or a word before the number.
  const code = input.charCodeAt(opening);
  const opensCounter = isDigit(code) || code === 0x2c || opensWith(input, opening, VIEW_OPENINGS);
  if (opening === end || !opensCounter) return null;
  const match = VIEW_COUNTER.exec(input.slice(from, end));
  if (!match) return null;
  const digits = toArabicDigits(match[2] ?? match[3] ?? '').replaceAll(',', '');
  if (digits === '') return null;
  const start = from + (match[1]?.length ?? 0);
  return { value: Number(digits), span: [start, from + match[0].length], end: from + match[0].length };
}

/** Skips what stands between header items: bars, commas, bullets (`12 มี.ค. 2567 • 1,234 views`), spaces. */
function skipSeparators(input: string, from: number, end: number): number {
  let cursor = from;
  for (; cursor < end; cursor++) {
    const code = input.charCodeAt(cursor);
    const separator =
      code === 0x7c || code === 0x2c || code === 0x2022 || code === 0xb7 || isWhiteSpace(code);
    if (!separator) break;
  }
  return cursor;
}

function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/** What `\s` matches in a regular expression, for one UTF-16 code unit. */
function isWhiteSpace(code: number): boolean {
  // ASCII and Thai first: they are nearly all the text.
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x1680) return code === 0xa0;
  return (
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

function locateTrimmed(input: string, start: number, end: number): Located {
  let s = start;
  let e = end;
  while (s < e && isWhiteSpace(input.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(input.charCodeAt(e - 1))) e--;
  return locate(input, s, e);
}

/** The line without its colon label when the label is the section: `ข่าวเด่น : หัวข้อข่าว` → `หัวข้อข่าว`. */
function withoutLabel(reader: LineReader, line: number, section: Located | null): Part {
  const rest = reader.restStart(line);
  if (section && rest !== -1 && reader.label(line) === section.text) return { line, start: rest };
  return reader.whole(line);
}

/**
 * A short line above the headline that names the site section: no digits, no sentence, and the
 * next line is confirmed as a headline by what follows it (a copy, a date line, a counter).
 */
function isSectionLabel(reader: LineReader, line: number): boolean {
  const text = reader.cleanedLine(line);
  if (text.length > MAX_LABEL_LENGTH || /[\d๐-๙]/.test(text) || opensLikeLead(text)) return false;
  const next = nextContent(reader, line);
  if (next === null) return false;
  if (SECTION_LABEL_SET.has(text.toLowerCase())) return true;
  const nextText = reader.cleanedLine(next);
  if (nextText.length <= text.length || isSquashedAs(nextText, squash(text))) return false;
  if (opensLikeSectionLabel(text) && isTitleLine(reader, next, reader.whole(next))) return true;
  return isConfirmedHeadline(reader, next);
}

const MAX_SECTION_LABEL_WORDS = 3;

function opensLikeSectionLabel(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    SECTION_LABEL_HEADS.some((head) => lower.startsWith(head)) &&
    text.split(' ').length <= MAX_SECTION_LABEL_WORDS
  );
}

function isConfirmedHeadline(reader: LineReader, line: number): boolean {
  const after = nextContent(reader, line);
  if (after === null) return false;
  if (isTitleCopy(reader, after, reader.whole(line))) return true;
  if (reader.isHeaderLine(after)) return true;
  const afterEnd = reader.ends[after] as number;
  return reader.datesIn(reader.starts[after] as number, afterEnd).some((date) => {
    const rest = cleanValue(reader.input.slice(date.span[1], afterEnd));
    return (
      rest.length > 0 && sameText(rest.replace(/^.*?(?:views?\s*[\d๐-๙,]+)\s*/i, ''), reader.lineText(line))
    );
  });
}

function nextContent(reader: LineReader, line: number): number | null {
  for (let i = line + 1; i < reader.count; i++) {
    if (!reader.isChrome(i)) return i;
  }
  return null;
}

/**
 * The line is the headline: not a dateline or lead sentence, not the whole text, not a
 * paragraph-long sentence unless the page repeats it.
 */
function isTitleLine(reader: LineReader, line: number, content: Part): boolean {
  const text =
    content.start === reader.starts[line] ? reader.cleaned(line) : cleanValue(reader.text(content));
  if (text === '' || opensLikeLead(text) || reader.opensWithDate(content) || reader.opensWithPerson(text)) {
    return false;
  }
  const next = nextContent(reader, line);
  if (next === null) return false;
  return text.length <= MAX_TITLE_LENGTH || isTitleCopy(reader, next, content);
}

const LEAD = openings(LEAD_OPENINGS);

function opensLikeLead(text: string): boolean {
  return opensWith(text, 0, LEAD);
}

function isTitleCopy(reader: LineReader, line: number, title: Part): boolean {
  const original = reader.squashed(title);
  const length = (reader.ends[line] as number) - (reader.starts[line] as number);
  // A copy is about as long as the headline: spacing and a label do not triple a line.
  if (length > 3 * original.length + MAX_LABEL_LENGTH) return false;
  // Squashing drops spaces and quotes and NFC at most triples a length: a line too short to be a
  // copy needs no squashing.
  if (3 * length < 0.6 * original.length) return false;
  const rest = reader.restStart(line);
  const labelled = rest !== -1 && !original.startsWith(squash(reader.label(line)));
  const copy = reader.squashedPrefix(labelled ? { line, start: rest } : reader.whole(line), title);
  // -1: not a prefix of the headline; 0: nothing left to compare.
  if (copy < 0) return isDecoratedCopy(reader.lineText(line), reader.text(title), original);
  if (copy === 0) return false;
  return copy === original.length || copy >= 0.6 * original.length;
}

// What a site adds after a copy of the headline: its name after a separator (`… - กรมประมง`).
const COPY_OPENING = 6;
const SITE_SUFFIX = /^[-–—|:•·]/;

/**
 * A copy of the headline written with the other digits (`ครั้งที่ ๕` for `ครั้งที่ 5`) or with the
 * site's name after it (`<headline> - กรมประมง`).
 */
function isDecoratedCopy(line: string, title: string, original: string): boolean {
  // A copy opens as the headline does and is no shorter: most lines are ruled out unsquashed.
  const opening = title.trimStart().slice(0, COPY_OPENING);
  if (line.length < title.length - MAX_LABEL_LENGTH || !line.trimStart().startsWith(opening)) return false;
  const squashed = toArabicDigits(squash(line));
  const headline = toArabicDigits(original);
  if (!squashed.startsWith(headline)) return false;
  const suffix = squashed.slice(headline.length);
  return suffix === '' || (suffix.length <= MAX_LABEL_LENGTH && SITE_SUFFIX.test(suffix));
}

function isExactTitleCopy(reader: LineReader, line: number, title: Part): boolean {
  const length = (reader.ends[line] as number) - (reader.starts[line] as number);
  const titleLength = (reader.ends[title.line] as number) - title.start;
  // Spacing may differ between copies, but not by half the headline.
  if (length > 2 * titleLength + 10 || 2 * length + 10 < titleLength) return false;
  const original = reader.squashed(title);
  return reader.squashedPrefix(reader.whole(line), title) === original.length;
}

/** `squash(text) === squashed`, without squashing `text` when its first letters tell. */
function isSquashedAs(text: string, squashed: string): boolean {
  const length = squashedPrefixAt(text, 0, text.length, squashed);
  return length === UNDECIDED_SQUASH ? squash(text) === squashed : length === squashed.length;
}

/** A source or byline under the headline: `มติชน`, `INN News`, `โดย: MGR Online`. */
function isShortSourceLine(reader: LineReader, line: number): boolean {
  // Spacing does not make a long line short: only a line of a few words needs cleaning to tell.
  if ((reader.ends[line] as number) - (reader.starts[line] as number) > 4 * MAX_CHROME_LENGTH) return false;
  const text = reader.cleaned(line);
  return text.length <= MAX_CHROME_LENGTH && !/[\d๐-๙]/.test(text) && !/\s\S+\s\S+\s\S+/.test(text);
}
