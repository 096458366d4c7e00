import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';

/**
 * Where --out-dir puts records: the path of each report below the deepest folder common to all
 * inputs, with `.json` for its extension. One folder `reports/` gives `DIR/101.json` for
 * `reports/101.txt` and `DIR/a/101.json` for `reports/a/101.txt`; the folders `x/` and `y/` give
 * `DIR/x/…` and `DIR/y/…`. Two different inputs can never map to the same output file.
 */
export class OutDirLayout {
  private constructor(
    readonly outDir: string,
    private readonly base: string,
  ) {}

  /** Checks --out-dir against the inputs (see refusal) and fixes the common base folder. */
  static async create(outDir: string, inputPaths: readonly string[]): Promise<OutDirLayout> {
    const inputs = await existingInputs(inputPaths);
    const refusal = await outDirRefusal(outDir, inputs);
    if (refusal) throw new OutDirRefused(refusal);
    const folders = inputs.map(({ path, isFolder }) => (isFolder ? resolve(path) : dirname(resolve(path))));
    return new OutDirLayout(outDir, commonFolder(folders));
  }

  /** The record file for the report at `reportPath`. */
  outputFor(reportPath: string): string {
    const { dir, name } = parse(relative(this.base, resolve(reportPath)));
    return join(this.outDir, dir, `${name}.json`);
  }
}

/** --out-dir cannot be used with these inputs; the message says why and what to do. */
export class OutDirRefused extends Error {}

interface ExistingInput {
  path: string;
  isFolder: boolean;
  real: string;
}

/** Inputs that exist, with their real paths. The missing ones are reported while parsing. */
async function existingInputs(paths: readonly string[]): Promise<ExistingInput[]> {
  const inputs: ExistingInput[] = [];
  for (const path of paths) {
    if (path === '-') continue;
    try {
      inputs.push({ path, isFolder: (await stat(path)).isDirectory(), real: await realpath(path) });
    } catch {
      // missing or unreadable: reported per input later
    }
  }
  return inputs;
}

/**
 * Outputs must never land on or among the inputs: --out-dir may not be an input folder, be inside
 * one, or contain an input (file or folder).
 */
async function outDirRefusal(outDir: string, inputs: readonly ExistingInput[]): Promise<string | undefined> {
  const outStats = await stat(outDir).catch(() => undefined);
  if (outStats && !outStats.isDirectory()) return `--out-dir ${outDir} is a file, not a folder`;
  const realOut = await realpathOfPossiblyMissing(outDir);
  for (const input of inputs) {
    if (input.isFolder && (realOut === input.real || isInside(realOut, input.real))) {
      return `--out-dir ${outDir} is the input folder ${input.path} or inside it; choose a folder outside the inputs`;
    }
    if (isInside(input.real, realOut)) {
      return `--out-dir ${outDir} contains the input ${input.path}; choose a folder that holds no inputs`;
    }
  }
  return undefined;
}

/** The real path of a folder that may not exist yet: its deepest existing ancestor's, resolved. */
async function realpathOfPossiblyMissing(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await realpathOfPossiblyMissing(parent), basename(absolute));
  }
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return (
    fromFolder !== '' && !fromFolder.startsWith(`..${sep}`) && fromFolder !== '..' && !isAbsolute(fromFolder)
  );
}

/** The deepest folder that contains all the given absolute folders. */
export function commonFolder(folders: readonly string[]): string {
  const [first, ...rest] = folders;
  if (first === undefined) return process.cwd();
  let common = first;
  for (const folder of rest) {
    while (common !== folder && !isInside(folder, common)) {
      const parent = dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

let temporaryCount = 0;

/**
 * Writes a file so that it is either the old content or the whole new content, never a part:
 * the text goes to a temporary file in the same folder, which is then renamed over the target.
 * The temporary file is written and renamed synchronously, within one turn of the event loop:
 * Ctrl-C (handled between turns) cannot find one half written, nor race a write still running in
 * the thread pool that would create the file after it was removed.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${temporaryCount++}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
