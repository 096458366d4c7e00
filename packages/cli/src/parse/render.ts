import type { MeetingReport } from '@prachum/core';

// What a spreadsheet runs as a formula when a cell starts with it.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * How a record is written: `jsonl` a line, `json` an element of a JSON array, `csv` a row,
 * `file` a whole pretty-printed JSON file (for --out-dir).
 */
export type RecordFormat = 'jsonl' | 'json' | 'csv' | 'file';

export interface RenderOptions {
  format: RecordFormat;
  /** Wrap jsonl/json records as `{source, record}`: the source travels with the record. */
  withSource: boolean;
}

/**
 * The text of one record in the given format. jsonl, csv and file end with a line break; a json
 * array element does not, since the array writer puts the commas and line breaks between elements.
 */
export function renderRecord(record: MeetingReport, source: string, options: RenderOptions): string {
  const value = options.withSource ? { source, record } : record;
  switch (options.format) {
    case 'jsonl':
      return `${JSON.stringify(value)}\n`;
    case 'json':
      // The element as JSON.stringify would indent it inside an array: two spaces deeper.
      return JSON.stringify([value], null, 2).slice(2, -2);
    case 'csv':
      return csvRow(csvFields(record, source));
    case 'file':
      return `${JSON.stringify(record, null, 2)}\n`;
  }
}

export const CSV_HEADER = csvRow([
  'source',
  'title',
  'published',
  'meeting_name_th',
  'meeting_name_en',
  'meeting_abbr',
  'meeting_ordinal',
  'meeting_date_start',
  'meeting_date_end',
  'meeting_mode',
  'meeting_venue',
  'people',
  'countries',
]);

type CsvValue = string | number | null | undefined;

function csvFields(record: MeetingReport, source: string): CsvValue[] {
  const { meeting, published } = record;
  return [
    source,
    record.title,
    published &&
      (published.start === published.end ? published.start : `${published.start}/${published.end}`),
    meeting?.nameTh,
    meeting?.nameEn,
    meeting?.abbr,
    meeting?.ordinal,
    meeting?.date?.start,
    meeting?.date?.end,
    meeting?.mode,
    meeting?.venue,
    record.people
      .map((person) => (person.position ? `${person.name} (${person.position})` : person.name))
      .join('; '),
    record.countries.join('; '),
  ];
}

/**
 * One RFC 4180 row: CRLF at the end; fields with a comma, quote or line break quoted, quotes
 * doubled. A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first)
 * is prefixed with `'`, as OWASP advises: a report's text must not execute when the CSV is opened.
 */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function csvField(value: CsvValue): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
