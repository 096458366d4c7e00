import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { meetingReportSchema } from '@prachum/json-schema';
import { describe, expect, it } from 'vitest';
import { meetingReportJsonSchemaText, SCHEMA_ID } from '../scripts/schema-from-zod';

const schemaFile = fileURLToPath(new URL('../meeting-report.schema.json', import.meta.url));

describe('meeting-report.schema.json', () => {
  it('is exactly what the generator writes from the zod model (run `pnpm generate` when this fails)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(meetingReportJsonSchemaText());
  });

  it('is the exported meetingReportSchema', () => {
    expect(meetingReportSchema).toEqual(JSON.parse(readFileSync(schemaFile, 'utf8')));
  });

  it('is a draft 2020-12 schema with a versioned $id', () => {
    expect(meetingReportSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(meetingReportSchema.$id).toBe(SCHEMA_ID);
    expect(SCHEMA_ID).toBe('https://prachum.dev/schema/meeting-report/v1.json');
  });

  it('names the record types in $defs instead of inlining them', () => {
    const definitions = meetingReportSchema.$defs as Record<string, { title?: string; description?: string }>;
    for (const name of [
      'Span',
      'DateRef',
      'Meeting',
      'MeetingTime',
      'Person',
      'Term',
      'Amount',
      'Diagnostic',
    ]) {
      expect(definitions[name], name).toBeDefined();
      expect(definitions[name]?.title, name).toBeTruthy();
      expect(definitions[name]?.description, name).toBeTruthy();
    }
    const text = JSON.stringify(meetingReportSchema);
    // The DateRef body appears once (in $defs); every use is a $ref.
    expect(text.split('"title":"DateRef"')).toHaveLength(2);
  });

  it('gives ISO dates, clock times, countries and currencies a checkable form', () => {
    const definitions = meetingReportSchema.$defs as Record<string, Record<string, unknown>>;
    const dateRef = definitions.DateRef as { properties: Record<string, { pattern: string }> };
    const isoDate = new RegExp(dateRef.properties.start?.pattern ?? '(missing)');
    for (const good of ['2021', '2021-10', '2021-10-05']) expect(good).toMatch(isoDate);
    for (const bad of ['21', '2021-13', '2021-10-32', '2021-1-5', '2564 ']) expect(bad).not.toMatch(isoDate);
    const time = definitions.MeetingTime as { properties: Record<string, { pattern: string }> };
    const clock = new RegExp(time.properties.start?.pattern ?? '(missing)');
    expect('08:30').toMatch(clock);
    expect('24:00').not.toMatch(clock);
    expect(definitions.CountryCode?.enum).toContain('TH');
    expect(definitions.CurrencyCode?.enum).toContain('THB');
  });

  it('describes every field, directly or through its $defs type', () => {
    expect(fieldsWithoutDescription(meetingReportSchema as SchemaDocument)).toEqual([]);
  });
});

interface SchemaNode {
  title?: string;
  description?: string;
  $ref?: string;
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
}

type SchemaDocument = SchemaNode & { $defs?: Record<string, SchemaNode> };

function fieldsWithoutDescription(schema: SchemaDocument): string[] {
  const definitions = schema.$defs ?? {};
  const isDescribed = (node: SchemaNode): boolean => {
    if (node.description) return true;
    const reference = node.$ref ?? node.anyOf?.find((branch) => branch.$ref)?.$ref;
    const definition = reference ? definitions[reference.replace('#/$defs/', '')] : undefined;
    return Boolean(definition?.description);
  };
  const missing: string[] = [];
  const visit = (owner: string, node: SchemaNode) => {
    for (const [field, fieldSchema] of Object.entries(node.properties ?? {})) {
      if (!isDescribed(fieldSchema)) missing.push(`${owner}.${field}`);
      visit(`${owner}.${field}`, fieldSchema);
    }
  };
  visit(schema.title ?? 'root', schema);
  for (const [name, definition] of Object.entries(definitions)) visit(name, definition);
  return missing;
}
