import { formatThaiDate, parseThaiDate, ThaiDateError } from '@prachum/thai-date';
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
      'reference-date': { type: 'string' },
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
    return writeIso(text, values['reference-date'], io);
  }
  if (values['reference-date'] !== undefined) {
    throw new UsageError('--reference-date applies only without --format', usage.date);
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
    if (!(error instanceof ThaiDateError)) throw error;
    io.stderr.write(`prachum: cannot format '${text}': ${error.message} (${error.code})\n`);
    return 1;
  }
}

async function writeIso(text: string, referenceDate: string | undefined, io: CliIo): Promise<ExitCode> {
  try {
    const { start, end, warnings } = parseThaiDate(
      text,
      referenceDate === undefined ? {} : { referenceDate },
    );
    for (const warning of warnings)
      io.stderr.write(`prachum: warning: ${warning.message} (${warning.code})\n`);
    await write(io.stdout, `${start === end ? start : `${start}/${end}`}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ThaiDateError)) throw error;
    io.stderr.write(`prachum: cannot read '${text}' as a Thai date: ${error.message} (${error.code})\n`);
    return 1;
  }
}

const isStyle = (value: string): value is Style => (STYLES as readonly string[]).includes(value);
