import type { Dir } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeReadError } from './decode';

/** The name `-` stands for in messages and `source` fields. */
export const STDIN_NAME = '<stdin>';

/** One thing found among the inputs, in input order. */
export type InputItem =
  /** A file to parse; `path` is as the user gave it, or joined below a folder they gave. */
  | { kind: 'report'; path: string }
  | { kind: 'stdin' }
  /** Found in a folder but not parsed, e.g. not a .txt file. Not an error. */
  | { kind: 'skipped'; path: string; reason: string }
  /** An input that cannot be parsed: missing, unreadable folder, folder without reports. An error. */
  | { kind: 'problem'; path: string; problem: string };

/**
 * Expands the command line's paths lazily: a file is itself, a folder is every .txt file in it
 * and its subfolders (read with opendir, one entry at a time, so that no list of paths is ever
 * held in memory), `-` is stdin.
 */
export async function* inputItems(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (error) {
      yield { kind: 'problem', path, problem: describeReadError(error) };
      continue;
    }
    if (!isFolder) {
      yield { kind: 'report', path };
      continue;
    }
    let reports = 0;
    for await (const item of folderItems(path)) {
      if (item.kind === 'report') reports++;
      yield item;
    }
    if (reports === 0)
      yield { kind: 'problem', path, problem: 'has no .txt reports in it or its subfolders' };
  }
}

async function* folderItems(folder: string): AsyncGenerator<InputItem> {
  let entries: Dir;
  try {
    entries = await opendir(folder);
  } catch (error) {
    yield { kind: 'problem', path: folder, problem: describeReadError(error) };
    return;
  }
  try {
    for await (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.name.startsWith('.')) {
        yield { kind: 'skipped', path, reason: 'hidden' };
      } else if (entry.isDirectory()) {
        yield* folderItems(path);
      } else if (!entry.name.endsWith('.txt')) {
        yield { kind: 'skipped', path, reason: 'not a .txt file' };
      } else if (entry.isFile()) {
        yield { kind: 'report', path };
      } else if (entry.isSymbolicLink()) {
        // A link to a file is followed; a link to a folder is not, so that a walk cannot loop.
        yield (await isFile(path))
          ? { kind: 'report', path }
          : { kind: 'skipped', path, reason: 'a link to a folder or to nothing (not followed)' };
      } else {
        yield { kind: 'skipped', path, reason: 'not a regular file' };
      }
    }
  } catch (error) {
    yield { kind: 'problem', path: folder, problem: describeReadError(error) };
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
