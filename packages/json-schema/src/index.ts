export type { JsonSchemaDocument } from './schema';
export { meetingReportSchema } from './schema';
export type { ValidationIssue, ValidationResult } from './validate';
export { validateReport } from './validate';
