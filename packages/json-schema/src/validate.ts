import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { meetingReportSchema } from './schema';

/** One reason a value is not a valid MeetingReport. */
export interface ValidationIssue {
  /** JSON Pointer (RFC 6901) to the offending value, e.g. `/dates/0/span`; `""` is the record itself. */
  path: string;
  /** What is wrong, in English, e.g. `"BAHT" is not a valid Currency code (ISO 4217 currency code.)`. */
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  /** Every problem found (missing fields, unknown fields, then field by field); empty when valid. */
  errors: ValidationIssue[];
}

/**
 * JSON Schema cannot compare two items of an array, so "a span's start is not after its end" is
 * checked by this extra keyword, added to the `Span` definition only inside this validator. The
 * published JSON file does not carry it: other validators accept `[5, 4]` as a span.
 */
const SPAN_ORDER_KEYWORD = 'prachumSpanStartNotAfterEnd';

let compiledValidator: ValidateFunction | undefined;

/** Compiled on first use, so that importing the package costs nothing. */
function meetingReportValidator(): ValidateFunction {
  if (compiledValidator) return compiledValidator;
  // allErrors: report every problem, not only the first; verbose: keep the failing value and
  // schema on each error so that messages can quote them.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addKeyword({
    keyword: SPAN_ORDER_KEYWORD,
    type: 'array',
    schemaType: 'boolean',
    validate: (_enabled: boolean, span: unknown[]) => {
      const [start, end] = span;
      return typeof start !== 'number' || typeof end !== 'number' || start <= end;
    },
  });
  compiledValidator = ajv.compile(withSpanOrderCheck(meetingReportSchema));
  return compiledValidator;
}

function withSpanOrderCheck(schema: typeof meetingReportSchema): typeof meetingReportSchema {
  const definitions = schema.$defs as Record<string, object> | undefined;
  if (!definitions?.Span) throw new Error('meeting-report.schema.json has no $defs/Span to check spans with');
  return { ...schema, $defs: { ...definitions, Span: { ...definitions.Span, [SPAN_ORDER_KEYWORD]: true } } };
}

/**
 * Checks any value against the MeetingReport JSON Schema, plus the span invariant the schema cannot
 * express (`start <= end`). Never throws; returns every problem with its JSON Pointer.
 */
export function validateReport(value: unknown): ValidationResult {
  const validate = meetingReportValidator();
  if (validate(value)) return { valid: true, errors: [] };
  return { valid: false, errors: dedupe(describeAll(withoutAlternativeNoise(validate.errors ?? []))) };
}

/** The path and every ancestor path: `/a/0` → ``, `/a`, `/a/0` (`` is the root). */
function pathAndAncestors(path: string): string[] {
  const segments = path.split('/');
  return segments.map((_, index) => segments.slice(0, index + 1).join('/'));
}

/**
 * A nullable field is `anyOf: [X, null]`; when X fails, Ajv also reports "must be null" and "must
 * match a schema in anyOf". Keep what explains the failure: the errors inside X when the value had
 * X's type (a constraint failed at or below it), else only the type errors (merged later into one
 * "must be X or null").
 */
function withoutAlternativeNoise(errors: ErrorObject[]): ErrorObject[] {
  const failedConstraintAt = new Set<string>();
  const failedAnythingAt = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'anyOf') continue;
    for (const path of pathAndAncestors(error.instancePath)) {
      failedAnythingAt.add(path);
      if (error.keyword !== 'type') failedConstraintAt.add(path);
    }
  }
  return errors.filter((error) => {
    if (error.keyword === 'anyOf') return !failedAnythingAt.has(error.instancePath);
    if (error.keyword === 'type') return !failedConstraintAt.has(error.instancePath);
    return true;
  });
}

/** Describes each error; the type errors of one value (one per anyOf branch) become one issue. */
function describeAll(errors: ErrorObject[]): ValidationIssue[] {
  const typeErrorsAt = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (error.keyword === 'type')
      typeErrorsAt.set(error.instancePath, [...(typeErrorsAt.get(error.instancePath) ?? []), error]);
  }
  return errors.flatMap((error) => {
    if (error.keyword !== 'type') return [describe(error)];
    const sameValue = typeErrorsAt.get(error.instancePath) ?? [error];
    if (sameValue[0] !== error) return [];
    const expected = sameValue.flatMap(expectedTypes).join(' or ');
    return [{ path: error.instancePath, message: `must be ${expected}, not ${jsonTypeOf(error.data)}` }];
  });
}

/** The types a type error asks for, named by the schema's title when it has one: `DateRef (object)`. */
function expectedTypes(error: ErrorObject): string[] {
  const title = error.parentSchema?.title;
  return String(error.params.type)
    .split(',')
    .map((type) => (title && type !== 'null' ? `${title} (${type})` : type));
}

function describe(error: ErrorObject): ValidationIssue {
  const path = error.instancePath;
  const title = typeof error.parentSchema?.title === 'string' ? error.parentSchema.title : undefined;
  switch (error.keyword) {
    case 'required':
      return { path: childPath(path, error.params.missingProperty), message: 'is required but missing' };
    case 'additionalProperties':
      return {
        path: childPath(path, error.params.additionalProperty),
        message: `is not a field of ${title ?? 'this object'}; remove it or check its spelling`,
      };
    case 'enum': {
      const allowed = error.params.allowedValues as unknown[];
      const description = error.parentSchema?.description;
      const expected =
        allowed.length <= 10
          ? `one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}`
          : `a valid ${title ?? 'value'}${description ? ` (${description})` : ''}`;
      return { path, message: `${JSON.stringify(error.data)} is not ${expected}` };
    }
    case 'const':
      return {
        path,
        message: `must be ${JSON.stringify(error.params.allowedValue)}, not ${JSON.stringify(error.data)}`,
      };
    case 'pattern':
      return {
        path,
        message: `${JSON.stringify(error.data)} is not a valid ${title ?? 'value'} (expected ${error.params.pattern})`,
      };
    case SPAN_ORDER_KEYWORD: {
      const [start, end] = error.data as [number, number];
      return {
        path,
        message: `start ${start} is after end ${end}; a span is [start, end) with start <= end`,
      };
    }
    default:
      return { path, message: error.message ?? `fails the ${error.keyword} rule of the schema` };
  }
}

function childPath(path: string, key: unknown): string {
  return `${path}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
