import { stat } from 'node:fs/promises';
import { usage } from '../help';
import { type CliIo, counted, formatCount, readAll, write } from '../io';
import { type Conversion, convertReportBytes } from '../parse/convert';
import { createConverter, defaultJobs } from '../parse/converter';
import { describeReadError } from '../parse/decode';
import { type InputItem, inputItems, STDIN_NAME } from '../parse/inputs';
import { mapInOrder } from '../parse/ordered';
import { OutDirLayout, OutDirRefused, writeFileAtomically } from '../parse/out-dir';
import { ParseReporter } from '../parse/progress';
import { CSV_HEADER, type RenderOptions } from '../parse/render';
import type { ExitCode } from '../run';
import { parseCommandLine, UsageError } from '../usage';

const FORMATS = ['jsonl', 'json', 'csv'] as const;
type StdoutFormat = (typeof FORMATS)[number];

interface ParseOptions {
  paths: string[];
  format: StdoutFormat;
  withSource: boolean;
  outDir: string | undefined;
  jobs: number;
}

/** What became of one input item, in input order. */
type Outcome =
  | { kind: 'printed'; output: string }
  | { kind: 'written' }
  | { kind: 'failed'; path: string; problem: string; isFile: boolean }
  | { kind: 'skipped'; path: string; reason: string };

export async function parseCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const options = parseOptions(args, io);
  const started = performance.now();
  const layout = options.outDir === undefined ? undefined : await outDirLayout(options.outDir, options.paths);
  const render: RenderOptions = { format: layout ? 'file' : options.format, withSource: options.withSource };
  const converter = createConverter(
    (await couldHoldSeveralReports(options.paths)) ? options.jobs : 1,
    render,
  );
  const reporter = new ParseReporter(io.stderr, options.paths, started);
  const stdout = stdoutWriter(io.stdout, options.format);
  const counts = { files: 0, records: 0, errors: 0, skipped: 0 };

  const settle = async (item: InputItem): Promise<Outcome> => {
    switch (item.kind) {
      case 'skipped':
        return item;
      case 'problem':
        return { kind: 'failed', path: item.path, problem: item.problem, isFile: false };
      case 'stdin':
        try {
          return deliver(
            STDIN_NAME,
            convertReportBytes(await readAll(io.stdin), STDIN_NAME, render),
            undefined,
          );
        } catch (error) {
          return { kind: 'failed', path: STDIN_NAME, problem: describeReadError(error), isFile: true };
        }
      case 'report':
        return deliver(
          item.path,
          await converter.convert(item.path, item.path),
          layout?.outputFor(item.path),
        );
    }
  };

  try {
    if (!layout) await stdout.begin();
    // A bounded window of files in flight keeps every thread busy and memory flat.
    const outcomes = mapInOrder(inputItems(options.paths), Math.max(16, options.jobs * 8), settle);
    for await (const outcome of outcomes) {
      if (outcome.kind === 'skipped') {
        counts.skipped++;
        reporter.message(`prachum: skipped ${outcome.path}: ${outcome.reason}`);
        continue;
      }
      if (outcome.kind === 'failed') {
        counts.errors++;
        if (outcome.isFile) counts.files++;
        reporter.message(`prachum: ${outcome.path}: ${outcome.problem}`);
      } else {
        counts.files++;
        counts.records++;
        if (outcome.kind === 'printed') await stdout.record(outcome.output);
      }
      reporter.update(counts.files, counts.errors);
    }
    if (!layout) await stdout.end();
  } finally {
    await converter.close();
    reporter.finish();
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  io.stderr.write(
    `prachum: ${counted(counts.files, 'file')}, ${counted(counts.records, 'record')}, ` +
      `${counted(counts.errors, 'error')}, ${formatCount(counts.skipped)} skipped, ${seconds} s\n`,
  );
  return counts.errors > 0 ? 1 : 0;
}

/**
 * Worker threads take a while to start (they load the parser), so one file or stdin is parsed
 * on the main thread whatever --jobs says.
 */
async function couldHoldSeveralReports(paths: readonly string[]): Promise<boolean> {
  const files = paths.filter((path) => path !== '-');
  const [only] = files;
  if (files.length !== 1 || only === undefined) return files.length > 1;
  return (await stat(only).catch(() => undefined))?.isDirectory() ?? false;
}

/** Prints the record, or writes it to its --out-dir file. */
async function deliver(
  path: string,
  conversion: Conversion,
  outputFile: string | undefined,
): Promise<Outcome> {
  if (!conversion.ok) return { kind: 'failed', path, problem: conversion.problem, isFile: true };
  if (outputFile === undefined) return { kind: 'printed', output: conversion.output };
  try {
    await writeFileAtomically(outputFile, conversion.output);
    return { kind: 'written' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: 'failed',
      path,
      problem: `parsed, but ${outputFile} could not be written: ${reason}`,
      isFile: true,
    };
  }
}

/** The stdout formats: JSON Lines and CSV are a line per record, JSON one array around them. */
function stdoutWriter(stdout: NodeJS.WritableStream, format: StdoutFormat) {
  let records = 0;
  return {
    begin: () => write(stdout, format === 'csv' ? CSV_HEADER : format === 'json' ? '[' : ''),
    record: (output: string) =>
      write(stdout, format === 'json' ? `${records++ === 0 ? '\n' : ',\n'}${output}` : output),
    end: () => write(stdout, format === 'json' ? (records === 0 ? ']\n' : '\n]\n') : ''),
  };
}

async function outDirLayout(outDir: string, paths: readonly string[]): Promise<OutDirLayout> {
  try {
    return await OutDirLayout.create(outDir, paths);
  } catch (error) {
    if (error instanceof OutDirRefused) throw new UsageError(error.message, usage.parse);
    throw error;
  }
}

function parseOptions(args: string[], io: CliIo): ParseOptions {
  const { values, positionals } = parseCommandLine(
    args,
    {
      format: { type: 'string', short: 'f' },
      'with-source': { type: 'boolean' },
      'out-dir': { type: 'string', short: 'o' },
      jobs: { type: 'string', short: 'j' },
    },
    usage.parse,
  );
  const usageError = (message: string) => new UsageError(message, usage.parse);
  const format = values.format ?? 'jsonl';
  if (!isFormat(format)) throw usageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
  const outDir = values['out-dir'];
  if (outDir !== undefined && values.format !== undefined) {
    throw usageError(
      '--out-dir always writes one JSON file per report; --format only chooses what goes to stdout',
    );
  }
  const withSource = values['with-source'] ?? false;
  if (withSource && (outDir !== undefined || format === 'csv')) {
    throw usageError(
      '--with-source applies to jsonl and json on stdout (csv rows and --out-dir files already name their source)',
    );
  }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw usageError(`--jobs must be a whole number of threads, 1 or more, not '${values.jobs}'`);
  }

  let paths = positionals;
  if (paths.length === 0) {
    if (io.stdin.isTTY)
      throw usageError('no input: give report files or folders, or pipe a report into stdin');
    paths = ['-'];
  }
  if (paths.filter((path) => path === '-').length > 1) throw usageError('stdin (-) can be read only once');
  if (outDir !== undefined && paths.includes('-')) {
    throw usageError('--out-dir names each record after its file, and a report from stdin has no file name');
  }
  return { paths, format, withSource, outDir, jobs };
}

const isFormat = (value: string): value is StdoutFormat => (FORMATS as readonly string[]).includes(value);
