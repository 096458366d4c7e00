import { findThaiDates, findThaiTimes, safeParseThaiDate, type ThaiDateMatch } from '@prachum/thai-date';
import { readingText } from './_lib/readingText';
import { SpanSet } from './_lib/spans';
import { cleanTitle, cleanValue, type Span } from './_lib/text';
import type { CountryCode } from './data/iso-codes';
import { findAmounts } from './extract/amounts';
import { findCountries } from './extract/countries';
import { readHeader } from './extract/header';
import { findMeetings } from './extract/meetings';
import { dedupePeople, findPeople, personAt } from './extract/people';
import { findTerms } from './extract/terms';
import { findVenues } from './extract/venues';
import {
  amountMayBeCut,
  dateMayBeCut,
  looksTruncated,
  runsToTheCut,
  withoutCutFields,
  withoutCutWord,
} from './refine/cutAtTheEnd';
import { intoInputSpans } from './refine/inputSpans';
import { resolveMeetings } from './refine/resolveMeetings';
import { withoutRestatedAmounts } from './refine/restatedAmounts';
import type { Amount, DateRef, Diagnostic, MeetingReport, Person, Term } from './schema';
import { ISO_DATE_PATTERN, SCHEMA_VERSION } from './schema';

export interface ParseReportOptions {
  /**
   * Gives a year to dates written without one (`26 กุมภาพันธ์`, `(5 ก.ย.)`), instead of the year
   * of the report's published date. A `Date` is read in UTC; a string as `YYYY-MM-DD`.
   */
  referenceDate?: Date | string;
}

/**
 * Turns one Thai meeting report into a {@link MeetingReport}: header (title, section, published,
 * updated, views), the meeting it is about and the related ones, people, terms, amounts,
 * countries, every date, the body paragraphs and diagnostics. Every extracted value keeps its
 * span into `text`. Never throws: odd input yields a record with diagnostics.
 *
 * @example
 * const report = parseReport('เมื่อวันที่ ๒๖ พฤษภาคม ๒๕๖๔ นายสมชาย ใจดี รองปลัดกระทรวงการต่างประเทศ ได้เข้าร่วมการประชุมเจ้าหน้าที่อาวุโส ครั้งที่ ๓ ผ่านระบบการประชุมทางไกล');
 * report.meeting?.ordinal; // 3
 * report.meeting?.date?.start; // '2021-05-26'
 * report.people[0]?.name; // 'สมชาย ใจดี'
 */
export function parseReport(text: string, options: ParseReportOptions = {}): MeetingReport {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const diagnostics: Diagnostic[] = [];
  try {
    const reading = readingText(input);
    const record = assemble(reading.text, options, diagnostics);
    return reading.unchanged ? record : intoInputSpans(record, input, reading);
  } catch (error) {
    diagnostics.push({
      code: 'internal-error',
      severity: 'error',
      message: `The parser failed on this text (${error instanceof Error ? error.message : String(error)}); the record holds only what was read before. Please report it with the text.`,
    });
    return { ...emptyReport(), diagnostics };
  }
}

function emptyReport(): MeetingReport {
  return {
    schemaVersion: SCHEMA_VERSION,
    title: null,
    section: null,
    published: null,
    updated: null,
    views: null,
    meeting: null,
    relatedMeetings: [],
    people: [],
    terms: [],
    amounts: [],
    countries: [],
    dates: [],
    paragraphs: [],
    diagnostics: [],
  };
}

function assemble(input: string, givenOptions: ParseReportOptions, diagnostics: Diagnostic[]): MeetingReport {
  let options = givenOptions;
  if (input.trim() === '') {
    diagnostics.push({
      code: 'empty-text',
      severity: 'warning',
      message: 'The text is empty: there is no report to read.',
    });
    return { ...emptyReport(), diagnostics };
  }

  if (options.referenceDate !== undefined && Number.isNaN(new Date(options.referenceDate).getTime())) {
    diagnostics.push({
      code: 'invalid-reference-date',
      severity: 'warning',
      message: `options.referenceDate (${String(options.referenceDate)}) is not a date; it was ignored. Pass a Date or a 'YYYY-MM-DD' string.`,
    });
    options = {};
  }

  const mentionsOfPeople = findPeople(input);
  const times = findThaiTimes(input).map((time) => ({ ...time, span: [...time.span] as Span }));
  let dates = findThaiDates(input, withReference(options.referenceDate));
  const header = readHeader(input, {
    dates: dates.map(headerDate),
    times,
    opensWithPerson: (line) => personAt(line, 0) !== null,
  });

  // Year-less dates take the year of the published date (or of the caller's reference date).
  const reference = options.referenceDate ?? header.published?.start;
  if (
    reference !== undefined &&
    options.referenceDate === undefined &&
    dates.some((d) => d.yearMissing || d.yearInferred)
  ) {
    dates = findThaiDates(input, withReference(reference));
  }

  const chrome = new SpanSet(header.chrome);
  const titleCopies = new SpanSet(header.titleCopies);
  const outside = (span: readonly [number, number]) => !chrome.contains(span) || isHeaderDate(span, header);
  const notInCopy = (span: readonly [number, number]) => !titleCopies.contains(span);

  // A value the text stops inside is left out, and the diagnostics say so.
  const isCut = (
    value: { readonly text: string; readonly span: readonly [number, number] },
    cut = runsToTheCut(input, value.span),
  ): boolean => {
    if (cut) {
      diagnostics.push({
        code: 'cut-value',
        severity: 'info',
        message: `The text stops right after "${value.text}": it may have been cut inside it, so it is left out. If the text is complete, end it with a line break.`,
        span: [...value.span],
      });
    }
    return cut;
  };

  const dateRefs: DateRef[] = [];
  const eventDates: DateRef[] = [];
  for (const date of dates) {
    if (!notInCopy(date.span) || isCut(date, dateMayBeCut(input, date))) continue;
    for (const warning of date.warnings) {
      diagnostics.push({
        code: warning.code,
        severity: 'warning',
        message: warning.message,
        span: [...date.span],
      });
    }
    if (date.yearMissing) {
      diagnostics.push({
        code: 'date-without-year',
        severity: 'info',
        message: `"${date.text}" has no year and the report gives none to take (no published date, no earlier full date); it is left out of dates. Pass options.referenceDate to resolve it.`,
        span: [...date.span],
      });
      continue;
    }
    if (!ISO_DATE_PATTERN.test(date.start) || !ISO_DATE_PATTERN.test(date.end)) {
      diagnostics.push({
        code: 'date-out-of-range',
        severity: 'warning',
        message: `"${date.text}" reads as ${date.start}, outside the years 0001–9999 a record can hold; it is left out of dates.`,
        span: [...date.span],
      });
      continue;
    }
    const ref = toDateRef(date);
    dateRefs.push(ref);
    // A meeting is held on a day or over days, never over a fiscal year or a month.
    if ((date.kind === 'date' || date.kind === 'range') && date.precision === 'day') eventDates.push(ref);
  }

  diagnostics.push(...impossibleDates(input, dates));

  const published = header.published ? findRef(dateRefs, header.published.span) : null;
  const updated = header.updated ? findRef(dateRefs, header.updated.span) : null;
  const bodyDateline = published ?? datelinePublished(input, header.body, dateRefs);

  const people = dedupePeople(
    mentionsOfPeople.filter((person) => outside(person.span) && notInCopy(person.span) && !isCut(person)),
  );
  const personSpans: Span[] = mentionsOfPeople.map((person) => [
    person.span[0],
    person.positionSpan?.[1] ?? person.span[1],
  ]);

  const terms = dedupeTerms(
    findTerms(input, {
      exclude: [...header.chrome, ...mentionsOfPeople.map((person) => person.span)],
    }).filter((term) => notInCopy(term.span)),
  );
  const amounts: Amount[] = withoutRestatedAmounts(input, findAmounts(input))
    .filter(
      (amount) =>
        outside(amount.span) && notInCopy(amount.span) && !isCut(amount, amountMayBeCut(input, amount)),
    )
    .map((amount) => ({ ...amount, span: [...amount.span] as Span }));
  const countries = uniqueCountries(findCountries(input).filter((mention) => outside(mention.span)));

  const mentions = findMeetings(input).filter((mention) => outside(mention.span) && notInCopy(mention.span));
  const truncated = looksTruncated(input);
  const venues = findVenues(input, {
    exclude: personSpans,
    stops: [
      ...dateRefs.map((date) => date.span),
      ...times.map((time) => time.span),
      ...mentionsOfPeople.map((p) => p.span),
    ],
  }).map((venue) => (truncated ? withoutCutWord(input, venue) : venue));
  const resolved = resolveMeetings({
    input,
    title: header.title ? header.title.span : null,
    body: header.body,
    mentions,
    dates: eventDates,
    times: times.filter((time) => !chrome.contains(time.span)),
    venues,
    chrome: header.chrome,
  });
  const meeting = resolved.meeting && withoutCutFields(input, resolved.meeting, isCut);
  // A related meeting is only its name: one whose name was cut is left out.
  const related = resolved.related
    .map((other) => withoutCutFields(input, other, isCut))
    .filter((other) => other.nameTh !== null || other.nameEn !== null || other.abbr !== null);
  if (meeting && (meeting.nameTh || meeting.nameEn || meeting.abbr) && meeting.date === null) {
    diagnostics.push({
      code: 'meeting-without-date',
      severity: 'info',
      message:
        'The report names its meeting but states no date for it (the publication date is not taken for it).',
    });
  }
  if (truncated) {
    diagnostics.push({
      code: 'truncated-text',
      severity: 'info',
      message:
        'The text ends in the middle of a sentence: it may be cut, and what was cut is not in the record.',
      span: [Math.max(0, input.length - 1), input.length],
    });
  }

  const report: MeetingReport = {
    schemaVersion: SCHEMA_VERSION,
    title: header.title ? cleanTitle(header.title.text) : null,
    section: header.section ? cleanValue(header.section.text) : null,
    published: bodyDateline,
    updated,
    views: header.views?.value ?? null,
    meeting,
    relatedMeetings: related,
    people: people.map(toPerson),
    terms,
    amounts,
    countries,
    dates: dateRefs,
    paragraphs: header.body
      .map(([start, end]) => cleanValue(input.slice(start, end)))
      .filter((p) => p !== ''),
    diagnostics,
  };
  const spans: NonNullable<MeetingReport['spans']> = {};
  if (header.title) spans.title = header.title.span;
  if (header.section) spans.section = header.section.span;
  if (header.views) spans.views = header.views.span;
  report.spans = spans;
  return report;
}

const DATE_SHAPE =
  /([0-9๐-๙]{1,2})[ \t\u00a0]{0,3}([\u0e01-\u0e4e.]{2,16})[ \t\u00a0]{0,3}([0-9๐-๙]{2,4})(?![0-9๐-๙])/g;
const NOT_ON_THE_CALENDAR = new Set(['invalid-day', 'nonexistent-date', 'invalid-month']);

/**
 * Day-month-year expressions that are no day of the calendar (`31 กุมภาพันธ์ 2564`): thai-date
 * leaves them out of the dates it finds, so they are reported here rather than silently dropped.
 */
function impossibleDates(input: string, found: readonly ThaiDateMatch[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const covered = new SpanSet(found.map((date) => date.span));
  DATE_SHAPE.lastIndex = 0;
  for (let match = DATE_SHAPE.exec(input); match; match = DATE_SHAPE.exec(input)) {
    const span: Span = [match.index, match.index + match[0].length];
    if (covered.overlaps(span)) continue;
    const result = safeParseThaiDate(match[0]);
    if (!result.success && NOT_ON_THE_CALENDAR.has(result.error.code)) {
      diagnostics.push({
        code: 'impossible-date',
        severity: 'warning',
        message: `"${match[0]}" is no day of the calendar (${result.error.message}); it is left out of dates.`,
        span,
      });
    }
  }
  return diagnostics;
}

function withReference(referenceDate: Date | string | undefined): { referenceDate?: Date | string } {
  return referenceDate === undefined ? {} : { referenceDate };
}

function headerDate(date: ThaiDateMatch) {
  return {
    text: date.text,
    span: [...date.span] as Span,
    start: date.start,
    end: date.end,
    yearMissing: date.yearMissing,
  };
}

function isHeaderDate(span: readonly [number, number], header: ReturnType<typeof readHeader>): boolean {
  return [header.published, header.updated].some((date) => date && date.span[0] === span[0]);
}

function toDateRef(date: ThaiDateMatch): DateRef {
  const ref: DateRef = {
    text: date.text,
    span: [date.span[0], date.span[1]],
    start: date.start,
    end: date.end,
  };
  if (date.yearInferred) ref.yearInferred = true;
  return ref;
}

function findRef(dates: readonly DateRef[], span: Span): DateRef | null {
  return dates.find((date) => date.span[0] === span[0]) ?? null;
}

/**
 * With no header date, a dateline that opens the body counts as the publication date:
 * `วันนี้ (19 พ.ค.64)`, `(19 พ.ค.64)`, `จ.เชียงราย 3 มีนาคม 2566 -`, `เชียงราย - 3 มี.ค. 66`. A date opening the lead sentence
 * (`วันที่ 8 กันยายน 2564 นาย…`, `เมื่อวันที่ …`) is when the event happened, not a dateline.
 */
function datelinePublished(input: string, body: readonly Span[], dates: readonly DateRef[]): DateRef | null {
  const first = body[0];
  if (!first) return null;
  const date = dates.find((d) => d.span[0] >= first[0] && d.span[0] < first[1]);
  if (!date || date.start !== date.end || !/^\d{4}-\d{2}-\d{2}$/.test(date.start)) return null;
  const before = cleanValue(input.slice(first[0], date.span[0]));
  const after = input.slice(date.span[1], date.span[1] + 3);
  if (/^(?:วันนี้\s*)?\($/.test(before)) return date;
  if (before.length > 20 || /วัน|เมื่อ|ที่$/.test(before)) return null;
  // `จ.เชียงราย 3 มีนาคม 2566 -`, `3 มีนาคม 2566 -`, `เชียงราย - 3 มี.ค. 66`
  return /^\s*[-–—]/.test(after) || (before.length > 1 && /[-–—]$/.test(before)) ? date : null;
}

function toPerson(person: ReturnType<typeof findPeople>[number]): Person {
  return {
    text: person.text,
    span: [...person.span],
    honorific: person.honorific,
    name: person.name,
    nameLatin: person.nameLatin,
    position: person.position,
    positionSpan: person.positionSpan,
  };
}

function dedupeTerms(terms: readonly Term[]): Term[] {
  const seen = new Set<string>();
  const unique: Term[] = [];
  for (const term of terms) {
    const key = `${term.abbr ?? ''}|${(term.en ?? '').toLowerCase().replace(/^the\s+/, '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push({ ...term, span: [...term.span] });
  }
  return unique;
}

function uniqueCountries(mentions: readonly { code: CountryCode }[]): CountryCode[] {
  return [...new Set(mentions.map((mention) => mention.code))];
}
