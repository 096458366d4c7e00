import { formatThaiDate, parseThaiDate } from '@prachum/thai-date';
import { usage } from '../help';
import { type CliIo, write } from '../io';
import type { ExitCode } from '../run';
import { parseCommandLine, UsageError } from '../usage';

const STYLES = ['full', 'long', 'medium', 'short'] as const;
type Style = (typeof STYLES)[number];

/** `prachum date <text…>` and `prachum date --format … <iso>`: wiring to @prachum/thai-date only. */
export async function dateCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandLine(
    args,
    {
      format: { type: 'boolean' },
      style: { type: 'string' },
      'thai-digits': { type: 'boolean' },
      ce: { type: 'boolean' },
    },
    usage.date,
  );
  // Unquoted words are one expression: `prachum date ๒๖ พฤษภาคม ๒๕๖๔` works like the quoted form.
  const text = positionals.join(' ').trim();
  if (text === '') {
    throw new UsageError(
      values.format ? 'give an ISO date to format' : 'give a Thai date expression',
      usage.date,
    );
  }
  if (!values.format) {
    const formatOnly = ['style', 'thai-digits', 'ce'].filter((option) => option in values);
    if (formatOnly.length > 0) {
      const verb = formatOnly.length === 1 ? 'applies' : 'apply';
      throw new UsageError(`--${formatOnly.join(', --')} ${verb} only with --format`, usage.date);
    }
    return writeIso(text, io);
  }
  const style = values.style;
  if (style !== undefined && !isStyle(style)) {
    throw new UsageError(`--style must be one of ${STYLES.join(', ')}, not '${style}'`, usage.date);
  }
  try {
    const formatted = formatThaiDate(text, {
      ...(style === undefined ? {} : { style }),
      digits: values['thai-digits'] ? 'thai' : 'arabic',
      era: values.ce ? 'CE' : 'BE',
    });
    await write(io.stdout, `${formatted}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(
      `prachum: cannot format '${text}': ${messageOf(error)}; give an ISO date such as 2021-05-26\n`,
    );
    return 1;
  }
}

async function writeIso(text: string, io: CliIo): Promise<ExitCode> {
  try {
    const { start, end } = parseThaiDate(text);
    await write(io.stdout, `${start === end ? start : `${start}/${end}`}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(
      `prachum: cannot read '${text}' as a Thai date: ${messageOf(error)}\n` +
        'Give a day, month or year as written in a report, e.g. "๒๖ พฤษภาคม ๒๕๖๔" or "22-23 สิงหาคม 2562".\n',
    );
    return 1;
  }
}

const isStyle = (value: string): value is Style => (STYLES as readonly string[]).includes(value);

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
