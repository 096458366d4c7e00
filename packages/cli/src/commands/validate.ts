import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { validateReport } from '@prachum/json-schema';
import { usage } from '../help';
import { type CliIo, counted, formatCount, write } from '../io';
import { describeReadError } from '../parse/decode';
import { STDIN_NAME } from '../parse/inputs';
import type { ExitCode } from '../run';
import { parseCommandLine, UsageError } from '../usage';

/** A record found in a file, or a piece of the file that is not JSON; `location` follows the file name. */
type Entry = { location: string; value: unknown } | { location: string; problem: string };

export async function validateCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { positionals } = parseCommandLine(args, {}, usage.validate);
  let paths = positionals;
  if (paths.length === 0) {
    if (io.stdin.isTTY)
      throw new UsageError('no input: give record files, or pipe records into stdin', usage.validate);
    paths = ['-'];
  }
  const counts = { files: 0, records: 0, invalid: 0, unreadable: 0 };
  for (const path of paths) {
    const name = path === '-' ? STDIN_NAME : path;
    counts.files++;
    let recordsInFile = 0;
    try {
      const stream = path === '-' ? io.stdin : createReadStream(path);
      for await (const entry of entries(
        createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }),
      )) {
        recordsInFile++;
        if ('problem' in entry) {
          counts.invalid++;
          await write(io.stdout, `${name}${entry.location}: ${entry.problem}\n`);
          continue;
        }
        const { valid, errors } = validateReport(entry.value);
        if (valid) continue;
        counts.invalid++;
        for (const error of errors) {
          await write(io.stdout, `${name}${entry.location}: ${error.path || '(record)'}: ${error.message}\n`);
        }
      }
    } catch (error) {
      counts.unreadable++;
      io.stderr.write(`prachum: ${name}: ${describeReadError(error)}\n`);
      continue;
    }
    counts.records += recordsInFile;
    if (recordsInFile === 0) {
      counts.unreadable++;
      io.stderr.write(`prachum: ${name}: holds no records (it is empty)\n`);
    }
  }
  const valid = counts.records - counts.invalid;
  io.stderr.write(
    `prachum: ${counted(counts.records, 'record')} in ${counted(counts.files, 'file')}: ` +
      `${formatCount(valid)} valid, ${formatCount(counts.invalid)} invalid` +
      (counts.unreadable > 0 ? `, ${counted(counts.unreadable, 'file')} unreadable or empty\n` : '\n'),
  );
  return counts.invalid > 0 || counts.unreadable > 0 ? 1 : 0;
}

/**
 * The records of a file, streamed line by line. If its first line is a JSON value by itself the
 * file is JSON Lines (location `:<line>`); otherwise the whole file is one JSON document. An array
 * is a list of records (location `[<index>]`); anything else is one record.
 */
async function* entries(lines: AsyncIterable<string>): AsyncGenerator<Entry> {
  let lineNumber = 0;
  let isJsonLines = false;
  let document: string[] | undefined;
  for await (const rawLine of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (document) {
      document.push(line);
      continue;
    }
    if (line.trim() === '') continue;
    const parsed = parseJson(line);
    if (parsed.ok) {
      isJsonLines = true;
      yield* recordsIn(parsed.value, `:${lineNumber}`);
    } else if (isJsonLines) {
      yield { location: `:${lineNumber}`, problem: `not valid JSON (${parsed.message})` };
    } else {
      document = [line];
    }
  }
  if (!document) return;
  const parsed = parseJson(document.join('\n'));
  if (parsed.ok) yield* recordsIn(parsed.value, '');
  else yield { location: '', problem: `is neither JSON Lines nor a JSON document (${parsed.message})` };
}

/** An array holds records; a `prachum parse --with-source` envelope holds one, named by its source. */
function* recordsIn(value: unknown, location: string): Generator<Entry> {
  if (!Array.isArray(value)) {
    yield unwrapEnvelope(value, location);
    return;
  }
  for (const [index, element] of value.entries()) yield unwrapEnvelope(element, `${location}[${index}]`);
}

function unwrapEnvelope(value: unknown, location: string): Entry {
  if (typeof value !== 'object' || value === null) return { location, value };
  const keys = Object.keys(value);
  const envelope = value as { source?: unknown; record?: unknown };
  if (keys.length === 2 && typeof envelope.source === 'string' && 'record' in envelope) {
    return { location: `${location} (${envelope.source})`, value: envelope.record };
  }
  return { location, value };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
