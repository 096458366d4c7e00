import { readFile } from 'node:fs/promises';
import { parseReport } from '@prachum/core';
import { decodeReport, describeReadError } from './decode';
import { type RenderOptions, renderRecord } from './render';

/** The rendered record of one report, or why there is none. */
export type Conversion = { ok: true; output: string } | { ok: false; problem: string };

/** Reads, decodes, parses and renders one report file. Never rejects. */
export async function convertReportFile(
  path: string,
  source: string,
  options: RenderOptions,
): Promise<Conversion> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, problem: describeReadError(error) };
  }
  return convertReportBytes(bytes, source, options);
}

/** Decodes, parses and renders one report. Never throws. */
export function convertReportBytes(bytes: Uint8Array, source: string, options: RenderOptions): Conversion {
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, output: renderRecord(parseReport(decoded.text), source, options) };
  } catch (error) {
    // parseReport promises never to throw; if it does, lose this one file, not the whole batch.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `the parser failed on it (${message}); please report this with the file` };
  }
}
