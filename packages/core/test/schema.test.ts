import { MeetingReportSchema } from '@prachum/core';
import { describe, expect, it } from 'vitest';

const empty = {
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

describe('MeetingReportSchema', () => {
  it('accepts an empty record', () => {
    expect(MeetingReportSchema.safeParse(empty).success).toBe(true);
  });

  it('rejects a span whose end comes before its start', () => {
    const date = { text: 'x', span: [5, 4], start: '2021', end: '2021' };
    const result = MeetingReportSchema.safeParse({ ...empty, dates: [date] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['dates', 0, 'span']);
  });

  it('rejects an unknown currency and a country that is not ISO 3166', () => {
    const amount = { text: '5 บาท', span: [0, 5], value: 5, currency: 'BAHT', approximate: false };
    expect(MeetingReportSchema.safeParse({ ...empty, amounts: [amount] }).success).toBe(false);
    expect(MeetingReportSchema.safeParse({ ...empty, countries: ['XX'] }).success).toBe(false);
  });
});
