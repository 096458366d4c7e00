import schemaJson from '../meeting-report.schema.json' with { type: 'json' };

/** A JSON Schema document: identified by `$schema` and `$id`, the rest is JSON Schema keywords. */
export interface JsonSchemaDocument {
  readonly $schema: string;
  readonly $id: string;
  readonly [keyword: string]: unknown;
}

/**
 * The JSON Schema (draft 2020-12) of a MeetingReport record, the same document as the package's
 * `meeting-report.schema.json`. Typed loosely on purpose: its exact literal type would be huge.
 */
export const meetingReportSchema: JsonSchemaDocument = schemaJson;
