import { z } from 'zod';
import { ISO_3166_ALPHA2, ISO_4217 } from './data/iso-codes';

/**
 * The MeetingReport record, version 1: the single source of its shape. The TypeScript types
 * below are inferred from these schemas and the published JSON Schema is generated from them.
 */

export const SCHEMA_VERSION = 1 as const;

/** `2021`, `2021-10` or `2021-10-05`: a Gregorian ISO 8601 date at the precision written. */
export const ISO_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
/** `08:30`: a 24-hour clock time. */
export const CLOCK_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export const SpanSchema = z
  .tuple([z.number().int().min(0), z.number().int().min(0)])
  .refine(([start, end]) => start <= end, { message: 'a span is [start, end) with start <= end' })
  .meta({
    title: 'Span',
    description:
      '[start, end) in UTF-16 code units of the input string, so that input.slice(start, end) === text.',
  });

export const IsoDateSchema = z.string().regex(ISO_DATE_PATTERN).meta({
  title: 'ISO date',
  description: 'Gregorian ISO 8601 date at the precision written: `2021`, `2021-10` or `2021-10-05`.',
});

export const ClockTimeSchema = z.string().regex(CLOCK_TIME_PATTERN).meta({
  title: 'Clock time',
  description: '24-hour time of day `HH:MM`.',
});

export const CountryCodeSchema = z.enum(ISO_3166_ALPHA2).meta({
  title: 'Country code',
  description: 'ISO 3166-1 alpha-2 country code.',
});

export const CurrencyCodeSchema = z.enum(ISO_4217).meta({
  title: 'Currency code',
  description: 'ISO 4217 currency code.',
});

const text = z.string().meta({ description: 'The expression as written: input.slice(...span).' });

export const DateRefSchema = z
  .strictObject({
    text,
    span: SpanSchema,
    start: IsoDateSchema.meta({
      description: 'First day, month or year of the expression (ISO, Gregorian).',
    }),
    end: IsoDateSchema.meta({
      description: 'Last day, month or year; equals start for a single day, month or year.',
    }),
    yearInferred: z
      .boolean()
      .optional()
      .meta({ description: 'True when the text gave no year and it was taken from the context.' }),
  })
  .meta({
    title: 'DateRef',
    description: 'A date expression of the text, e.g. `๒๖ พฤษภาคม ๒๕๖๔` or `22-23 สิงหาคม 2562`.',
  });

export const MeetingTimeSchema = z
  .strictObject({
    start: ClockTimeSchema.meta({ description: 'When the meeting starts, HH:MM.' }),
    end: ClockTimeSchema.nullable().meta({
      description: 'When it ends, HH:MM; null when only a start is given.',
    }),
    text: text.optional(),
    span: SpanSchema.optional(),
  })
  .meta({ title: 'MeetingTime', description: 'The time of day of a meeting: `เวลา ๐๘.๓๐ – ๑๗.๐๐ น.`' });

export const MeetingModeSchema = z.enum(['virtual', 'in-person', 'hybrid']).meta({
  title: 'MeetingMode',
  description:
    'virtual (ผ่านระบบการประชุมทางไกล, Video Conference, online), in-person (a venue and no remote wording), or hybrid (both).',
});

const fieldSpans = <const K extends string>(keys: readonly K[], what: string) =>
  z
    .strictObject(
      Object.fromEntries(keys.map((key) => [key, SpanSchema.optional()])) as Record<
        K,
        z.ZodOptional<typeof SpanSchema>
      >,
    )
    .meta({ description: `Where each extracted ${what} field was read in the input ([start, end)).` });

export const MeetingSchema = z
  .strictObject({
    nameTh: z
      .string()
      .nullable()
      .meta({ description: 'Thai name without the ordinal: `การประชุมเจ้าหน้าที่อาวุโสอาเซียน-ญี่ปุ่น`.' }),
    nameEn: z.string().nullable().meta({
      description:
        'English name without the ordinal: `Coordinating Conference on the ASEAN Socio-Cultural Community`.',
    }),
    abbr: z
      .string()
      .nullable()
      .meta({ description: 'Abbreviation without the ordinal: `SOCCOM` (not `16th SOCCOM`).' }),
    ordinal: z
      .number()
      .int()
      .positive()
      .nullable()
      .meta({ description: 'Which round: `ครั้งที่ ๓๖` → 36, `3rd` → 3, `Sixteenth` → 16.' }),
    date: DateRefSchema.nullable().meta({
      description: 'When it was held (not when the report was published).',
    }),
    time: MeetingTimeSchema.nullable(),
    mode: MeetingModeSchema.nullable(),
    venue: z
      .string()
      .nullable()
      .meta({ description: 'The place, as written: `ห้องประชุม ศปก. ชั้น ๒ อาคารกรมพัฒนาสังคมและสวัสดิการ`.' }),
    theme: z.string().nullable().meta({ description: 'The `หัวข้อ …` / `ภายใต้หัวข้อ …` of the meeting.' }),
    spans: fieldSpans(
      ['nameTh', 'nameEn', 'abbr', 'ordinal', 'venue', 'theme', 'mode'],
      'meeting',
    ).optional(),
  })
  .meta({ title: 'Meeting', description: 'A named meeting, call, talk or visit.' });

export const PersonSchema = z
  .strictObject({
    text,
    span: SpanSchema,
    honorific: z
      .string()
      .nullable()
      .meta({ description: 'As written: `นาย`, `นางสาว`, `น.ส.`, `ดร.`, `พลเอก`, `H.E. Mr.`.' }),
    name: z
      .string()
      .min(1)
      .meta({ description: 'Given name and surname with one space: `ธานี ทองภักดี`, `Paul Thoppil`.' }),
    nameLatin: z
      .string()
      .nullable()
      .meta({ description: 'A Latin-script rendering given in parentheses: `Mori Takeo`.' }),
    position: z
      .string()
      .nullable()
      .meta({ description: 'The post as written after the name: `รองปลัดกระทรวงการต่างประเทศ`.' }),
    positionSpan: SpanSchema.nullable()
      .optional()
      .meta({ description: 'Where the position was read in the input.' }),
  })
  .meta({ title: 'Person', description: 'A named person; the first mention carries the position.' });

export const TermSchema = z
  .strictObject({
    text,
    span: SpanSchema,
    th: z.string().nullable().meta({ description: 'The Thai expression being defined.' }),
    en: z.string().nullable().meta({ description: 'The English name, ordinal of a meeting removed.' }),
    abbr: z.string().nullable().meta({ description: 'The abbreviation.' }),
  })
  .meta({
    title: 'Term',
    description:
      'A parenthetical definition or gloss: `ไทย (English: ABBR)`, `ไทย (ABBR)`, `ไทย (English)`, `English name (ABBR)`.',
  });

export const AmountSchema = z
  .strictObject({
    text,
    span: SpanSchema,
    value: z.number().nonnegative().meta({ description: 'The sum as a plain number: `๓.๕ ล้าน` → 3500000.' }),
    currency: CurrencyCodeSchema,
    approximate: z.boolean().meta({ description: '`ประมาณ ๙๒ ล้านบาท` → true.' }),
  })
  .meta({ title: 'Amount', description: 'A sum of money: `๓.๕ ล้านดอลลาร์แคนาดา`.' });

export const DiagnosticSchema = z
  .strictObject({
    code: z.string().min(1).meta({ description: 'A stable machine-readable code, e.g. `weekday-mismatch`.' }),
    severity: z.enum(['info', 'warning', 'error']).meta({
      description:
        'info: worth knowing; warning: a value may be wrong; error: a part of the text could not be read.',
    }),
    message: z.string().min(1).meta({ description: 'What was noticed, in English.' }),
    span: SpanSchema.optional(),
  })
  .meta({
    title: 'Diagnostic',
    description: 'Something the parser noticed and could not resolve; never thrown.',
  });

export const MeetingReportSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION).meta({
      description:
        'The version of this record shape; a field is never dropped or renamed without a new version.',
    }),
    title: z.string().nullable().meta({
      description:
        'The headline, once; null when the text has none and opens with a dateline or the first sentence.',
    }),
    section: z
      .string()
      .nullable()
      .meta({ description: 'A site section label above the title, e.g. `EVENT & SEMINAR`.' }),
    published: DateRefSchema.nullable().meta({
      description:
        'When the report was published: `POSTED ON …`, a bare date line, `วันที่นำเข้าข้อมูล …`, a wire date.',
    }),
    updated: DateRefSchema.nullable().meta({ description: '`วันที่ปรับปรุงข้อมูล …` and the like.' }),
    views: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .meta({ description: 'Page view counter (`| 7,791 view`).' }),
    meeting: MeetingSchema.nullable().meta({ description: 'The meeting the report is about.' }),
    relatedMeetings: z.array(MeetingSchema).meta({
      description: 'Other named meetings it mentions (earlier rounds, follow-ups), document order.',
    }),
    people: z
      .array(PersonSchema)
      .meta({ description: 'Every named person, document order, one entry per person.' }),
    terms: z.array(TermSchema).meta({ description: 'Parenthetical definitions and glosses.' }),
    amounts: z.array(AmountSchema).meta({ description: 'Sums of money, document order.' }),
    countries: z.array(CountryCodeSchema).meta({
      description: 'ISO 3166-1 alpha-2 codes of every country named, first-mention order, no repeats.',
    }),
    dates: z
      .array(DateRefSchema)
      .meta({ description: 'Every date expression in the whole text (header included), document order.' }),
    paragraphs: z.array(z.string()).meta({
      description: 'The body: header lines, the repeated title and site boilerplate removed.',
    }),
    diagnostics: z
      .array(DiagnosticSchema)
      .meta({ description: 'What the parser noticed and could not resolve.' }),
    spans: fieldSpans(['title', 'section', 'views'], 'header').optional(),
  })
  .meta({
    title: 'MeetingReport',
    description: 'One Thai government meeting report as a typed, traceable record (schema version 1).',
  });

export type Span = z.infer<typeof SpanSchema>;
export type DateRef = z.infer<typeof DateRefSchema>;
export type MeetingTime = z.infer<typeof MeetingTimeSchema>;
export type MeetingMode = z.infer<typeof MeetingModeSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Term = z.infer<typeof TermSchema>;
export type Amount = z.infer<typeof AmountSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type MeetingReport = z.infer<typeof MeetingReportSchema>;
