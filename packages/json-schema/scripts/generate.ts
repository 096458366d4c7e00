/**
 * Writes meeting-report.schema.json from core's zod model. Run after changing the model:
 *   pnpm --filter @prachum/json-schema generate
 * The test suite fails while the committed file differs from what this produces.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { meetingReportJsonSchemaText } from './schema-from-zod';

const schemaFile = fileURLToPath(new URL('../meeting-report.schema.json', import.meta.url));
writeFileSync(schemaFile, meetingReportJsonSchemaText());
console.log(`wrote ${schemaFile}`);
