import { MeetingReportSchema } from '@prachum/core';
import { validateReport } from '@prachum/json-schema';
import { describe, expect, it } from 'vitest';

const emptyRecord = {
  schemaVersion: 1,
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

const dateRef = { text: '๒๖ พฤษภาคม ๒๕๖๔', span: [10, 26], start: '2021-05-26', end: '2021-05-26' };

const fullRecord = {
  ...emptyRecord,
  title: 'ร่วมประชุมคณะกรรมการ ครั้งที่ ๓',
  published: dateRef,
  views: 1204,
  meeting: {
    nameTh: 'การประชุมคณะกรรมการประสานงาน',
    nameEn: 'Coordinating Committee',
    abbr: 'CCSCA',
    ordinal: 3,
    date: dateRef,
    time: { start: '09:00', end: '12:30' },
    mode: 'virtual',
    venue: null,
    theme: null,
  },
  people: [
    {
      text: 'นายสมมุติ ใจดี',
      span: [30, 44],
      honorific: 'นาย',
      name: 'สมมุติ ใจดี',
      nameLatin: null,
      position: 'รองปลัดกระทรวง',
    },
  ],
  amounts: [{ text: '๓.๕ ล้านบาท', span: [50, 61], value: 3_500_000, currency: 'THB', approximate: true }],
  countries: ['TH', 'ID'],
  dates: [dateRef],
  paragraphs: ['เมื่อวันที่ ๒๖ พฤษภาคม ๒๕๖๔ …'],
  diagnostics: [{ code: 'weekday-mismatch', severity: 'warning', message: 'Tuesday is not 26 May 2021' }],
};

/** Each broken record, and the JSON Pointer its one error must point at. */
const brokenRecords: { name: string; record: unknown; path: string; message: RegExp }[] = [
  {
    name: 'a title of the wrong type',
    record: { ...fullRecord, title: 42 },
    path: '/title',
    message: /must be string or null, not integer/,
  },
  {
    name: 'an array where a date belongs',
    record: { ...fullRecord, published: [] },
    path: '/published',
    message: /must be DateRef \(object\) or null, not array/,
  },
  {
    name: 'a bad ISO date (month 13)',
    record: { ...fullRecord, dates: [{ ...dateRef, start: '2021-13-01' }] },
    path: '/dates/0/start',
    message: /"2021-13-01" is not a valid ISO date/,
  },
  {
    name: 'a Buddhist-era year written as a date',
    record: { ...fullRecord, meeting: { ...fullRecord.meeting, date: { ...dateRef, end: '2564-5-26' } } },
    path: '/meeting/date/end',
    message: /is not a valid ISO date/,
  },
  {
    name: 'a time that is not HH:MM',
    record: { ...fullRecord, meeting: { ...fullRecord.meeting, time: { start: '9.00', end: null } } },
    path: '/meeting/time/start',
    message: /"9.00" is not a valid Clock time/,
  },
  {
    name: 'an unknown currency',
    record: { ...fullRecord, amounts: [{ ...fullRecord.amounts[0], currency: 'BAHT' }] },
    path: '/amounts/0/currency',
    message: /"BAHT" is not a valid Currency code \(ISO 4217/,
  },
  {
    name: 'a country that is not ISO 3166',
    record: { ...fullRecord, countries: ['TH', 'XX'] },
    path: '/countries/1',
    message: /"XX" is not a valid Country code/,
  },
  {
    name: 'a span out of order',
    record: { ...fullRecord, people: [{ ...fullRecord.people[0], span: [44, 30] }] },
    path: '/people/0/span',
    message: /start 44 is after end 30/,
  },
  {
    name: 'a span with three numbers',
    record: { ...fullRecord, dates: [{ ...dateRef, span: [1, 2, 3] }] },
    path: '/dates/0/span',
    message: /must NOT have more than 2 items/,
  },
  {
    name: 'a missing field',
    record: Object.fromEntries(Object.entries(fullRecord).filter(([key]) => key !== 'countries')),
    path: '/countries',
    message: /is required but missing/,
  },
  {
    name: 'an extra field',
    record: { ...fullRecord, source: 'reports/101.txt' },
    path: '/source',
    message: /is not a field of MeetingReport/,
  },
  {
    name: 'an extra field in a nested type',
    record: { ...fullRecord, people: [{ ...fullRecord.people[0], age: 50 }] },
    path: '/people/0/age',
    message: /is not a field of Person/,
  },
  {
    name: 'an unknown meeting mode',
    record: { ...fullRecord, meeting: { ...fullRecord.meeting, mode: 'online' } },
    path: '/meeting/mode',
    message: /"online" is not one of "virtual", "in-person", "hybrid"/,
  },
  {
    name: 'another schema version',
    record: { ...fullRecord, schemaVersion: 2 },
    path: '/schemaVersion',
    message: /must be 1, not 2/,
  },
  {
    name: 'a negative view count',
    record: { ...fullRecord, views: -1 },
    path: '/views',
    message: /must be >= 0/,
  },
  {
    name: 'not an object at all',
    record: 'a report',
    path: '',
    message: /must be MeetingReport \(object\), not string/,
  },
];

describe('validateReport', () => {
  it('accepts an empty record and a full one', () => {
    expect(validateReport(emptyRecord)).toEqual({ valid: true, errors: [] });
    expect(validateReport(fullRecord)).toEqual({ valid: true, errors: [] });
  });

  it.each(brokenRecords)('rejects $name, at $path', ({ record, path, message }) => {
    const result = validateReport(record);
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe(path);
    expect(result.errors[0]?.message).toMatch(message);
  });

  it.each(brokenRecords)('agrees with the zod model on $name', ({ record }) => {
    expect(MeetingReportSchema.safeParse(record).success).toBe(false);
    expect(MeetingReportSchema.safeParse(fullRecord).success).toBe(true);
  });

  it('reports every error of a record, not only the first', () => {
    const record = {
      ...fullRecord,
      title: 1,
      countries: ['XX'],
      extra: true,
      dates: [{ ...dateRef, span: [9, 1], start: '2021-00' }],
    };
    expect(validateReport(record).errors.map((error) => error.path)).toEqual([
      '/extra',
      '/title',
      '/countries/0',
      '/dates/0/span',
      '/dates/0/start',
    ]);
  });

  it('escapes field names in paths as JSON Pointer does', () => {
    expect(validateReport({ ...emptyRecord, 'a/b~c': 1 }).errors[0]?.path).toBe('/a~1b~0c');
  });
});
