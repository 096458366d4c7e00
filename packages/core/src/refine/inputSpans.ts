import type { ReadingText } from '../_lib/readingText';
import type { Span } from '../_lib/text';
import type { DateRef, Meeting, MeetingReport } from '../schema';

/**
 * The record read from `reading.text`, with every span moved back into `input` and every `text`
 * taken again from the input, so that `input.slice(...span) === text` holds for the caller's
 * string. Values (names, posts, venues…) stay as read: clean.
 */
export function intoInputSpans(record: MeetingReport, input: string, reading: ReadingText): MeetingReport {
  const span = (read: readonly [number, number]): Span => reading.inputSpan(read);
  const located = <T extends { text: string; span: readonly [number, number] }>(value: T): T => {
    const moved = span(value.span);
    return { ...value, span: moved, text: input.slice(moved[0], moved[1]) };
  };
  const dateRef = (date: DateRef | null): DateRef | null => (date ? located(date) : null);
  const spansOf = <K extends string>(spans: { [key in K]?: Span | undefined }): { [key in K]?: Span } => {
    const moved: { [key in K]?: Span } = {};
    for (const key of Object.keys(spans) as K[]) {
      const value = spans[key];
      if (value) moved[key] = span(value);
    }
    return moved;
  };
  const meeting = (value: Meeting): Meeting => {
    const moved: Meeting = { ...value, date: dateRef(value.date) };
    if (value.time?.span) {
      const timeSpan = span(value.time.span);
      moved.time = { ...value.time, span: timeSpan, text: input.slice(timeSpan[0], timeSpan[1]) };
    }
    if (value.spans) moved.spans = spansOf(value.spans);
    return moved;
  };

  const moved: MeetingReport = {
    ...record,
    published: dateRef(record.published),
    updated: dateRef(record.updated),
    meeting: record.meeting ? meeting(record.meeting) : null,
    relatedMeetings: record.relatedMeetings.map(meeting),
    people: record.people.map((person) => ({
      ...located(person),
      positionSpan: person.positionSpan ? span(person.positionSpan) : null,
    })),
    terms: record.terms.map(located),
    amounts: record.amounts.map(located),
    dates: record.dates.map(located),
    diagnostics: record.diagnostics.map((diagnostic) =>
      diagnostic.span ? { ...diagnostic, span: span(diagnostic.span) } : diagnostic,
    ),
  };
  if (record.spans) moved.spans = spansOf(record.spans);
  return moved;
}
