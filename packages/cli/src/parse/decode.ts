/** The text of a report file, or why it cannot be one. */
export type DecodedReport = { ok: true; text: string } | { ok: false; problem: string };

// fatal: refuse invalid UTF-8 instead of replacing it with U+FFFD, which would corrupt the text
// that spans point into. The default ignoreBOM: false drops a leading byte order mark.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a report file: UTF-8, a leading BOM dropped, nothing else changed. */
export function decodeReport(bytes: Uint8Array): DecodedReport {
  if (bytes.length === 0) return { ok: false, problem: 'is empty; there is no report to parse' };
  if (bytes.includes(0)) {
    return { ok: false, problem: 'contains NUL bytes, so it looks like a binary file, not a text report' };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      problem: 'is not valid UTF-8; convert it first, e.g. `iconv -f TIS-620 -t UTF-8 old.txt > new.txt`',
    };
  }
  if (text.trim() === '')
    return { ok: false, problem: 'has no text (only white space); there is no report to parse' };
  return { ok: true, text };
}

/** Why a file could not be read, from a Node file system error. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
