import type { MeetingReport } from '@prachum/core';

type Span = readonly [number, number];
interface Spanned {
  text?: string | undefined;
  span?: Span | undefined;
}

/**
 * Every way the spans of a record fail to point into its input: a located value (`{text, span}`)
 * whose `input.slice(...span)` is not its text, a person's `positionSpan` that is not the post
 * as written, or a span of a `spans` map outside the input. An empty list means all is well.
 */
export function spanProblems(input: string, report: MeetingReport): string[] {
  const problems: string[] = [];
  const inRange = (where: string, span: Span) => {
    const [start, end] = span;
    if (
      !(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= input.length)
    ) {
      problems.push(`${where}: span [${start}, ${end}) is outside the input (length ${input.length})`);
      return false;
    }
    return true;
  };
  const located = (where: string, value: Spanned | null | undefined) => {
    if (!value?.span) return;
    if (!inRange(where, value.span)) return;
    if (value.text !== undefined && input.slice(value.span[0], value.span[1]) !== value.text) {
      problems.push(
        `${where}: input.slice(${value.span[0]}, ${value.span[1]}) is ${JSON.stringify(input.slice(value.span[0], value.span[1]))}, text is ${JSON.stringify(value.text)}`,
      );
    }
  };
  const spanMap = (where: string, spans: Record<string, Span | undefined> | undefined) => {
    for (const [key, span] of Object.entries(spans ?? {})) if (span) inRange(`${where}.${key}`, span);
  };

  located('published', report.published);
  located('updated', report.updated);
  report.dates.forEach((date, i) => {
    located(`dates[${i}]`, date);
  });
  const meetings = [
    ['meeting', report.meeting],
    ...report.relatedMeetings.map((m, i) => [`relatedMeetings[${i}]`, m] as const),
  ] as const;
  for (const [where, meeting] of meetings) {
    if (!meeting) continue;
    located(`${where}.date`, meeting.date);
    located(`${where}.time`, meeting.time);
    spanMap(`${where}.spans`, meeting.spans);
  }
  report.people.forEach((person, i) => {
    located(`people[${i}]`, person);
    if (person.positionSpan) {
      located(`people[${i}].positionSpan`, { span: person.positionSpan });
      // The post is cleaned (spaces, sara am); what the span points at must clean to it.
      const written = input.slice(person.positionSpan[0], person.positionSpan[1]);
      if (person.position === null || squash(written) !== squash(person.position)) {
        problems.push(
          `people[${i}].positionSpan points at ${JSON.stringify(written)}, position is ${JSON.stringify(person.position)}`,
        );
      }
    }
  });
  report.terms.forEach((term, i) => {
    located(`terms[${i}]`, term);
  });
  report.amounts.forEach((amount, i) => {
    located(`amounts[${i}]`, amount);
  });
  report.diagnostics.forEach((diagnostic, i) => {
    if (diagnostic.span) inRange(`diagnostics[${i}]`, diagnostic.span);
  });
  spanMap('spans', report.spans);
  return problems;
}

/** A text as a reader compares it: NFC, one sara am, no spaces or zero-width characters. */
function squash(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff\u00ad]+/g, '');
}
