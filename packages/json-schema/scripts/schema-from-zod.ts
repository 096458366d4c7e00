import {
  AmountSchema,
  CountryCodeSchema,
  CurrencyCodeSchema,
  DateRefSchema,
  DiagnosticSchema,
  MeetingModeSchema,
  MeetingReportSchema,
  MeetingSchema,
  MeetingTimeSchema,
  PersonSchema,
  SCHEMA_VERSION,
  SpanSchema,
  TermSchema,
} from '@prachum/core';
import { z } from 'zod';

export const SCHEMA_ID = `https://prachum.dev/schema/meeting-report/v${SCHEMA_VERSION}.json`;

/**
 * The named types of the record. Each becomes one entry of `$defs`, referenced with `$ref`,
 * instead of being inlined wherever it is used.
 */
const DEFINITION_NAMES = new Map<z.ZodType, string>([
  [SpanSchema, 'Span'],
  [DateRefSchema, 'DateRef'],
  [MeetingTimeSchema, 'MeetingTime'],
  [MeetingModeSchema, 'MeetingMode'],
  [MeetingSchema, 'Meeting'],
  [PersonSchema, 'Person'],
  [TermSchema, 'Term'],
  [AmountSchema, 'Amount'],
  [DiagnosticSchema, 'Diagnostic'],
  [CountryCodeSchema, 'CountryCode'],
  [CurrencyCodeSchema, 'CurrencyCode'],
]);

/**
 * zod extracts a schema into `$defs` when its metadata has an `id`. Core's model carries titles
 * and descriptions but no ids (they are a JSON Schema concern), so this registry answers with
 * core's metadata plus the definition name, without touching the global registry.
 */
class NamedDefinitionsRegistry extends z.core.$ZodRegistry<z.core.GlobalMeta> {
  override get<S extends z.core.$ZodType>(schema: S) {
    const meta = z.globalRegistry.get(schema);
    const id = DEFINITION_NAMES.get(schema as unknown as z.ZodType);
    return id === undefined ? meta : { ...meta, id };
  }
}

/** The JSON Schema (draft 2020-12) of a MeetingReport, generated from core's zod model. */
export function meetingReportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(MeetingReportSchema, {
    target: 'draft-2020-12',
    io: 'output',
    metadata: new NamedDefinitionsRegistry(),
  });
  // Identification first, then the body as zod wrote it.
  const { $schema, title, description, ...body } = generated;
  return { $schema, $id: SCHEMA_ID, title, description, ...body };
}

/** The exact text of the committed `meeting-report.schema.json`. */
export function meetingReportJsonSchemaText(): string {
  return `${JSON.stringify(meetingReportJsonSchema(), null, 2)}\n`;
}
