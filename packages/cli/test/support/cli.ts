import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

export const packageDir = fileURLToPath(new URL('../..', import.meta.url));
export const repoDir = join(packageDir, '..', '..');
export const binPath = join(packageDir, 'dist', 'bin.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the BUILT `prachum` as a user would: `node dist/bin.js …`. */
export function prachum(
  args: readonly string[],
  options: { input?: string | Buffer; cwd?: string } = {},
): CliResult {
  if (!existsSync(binPath)) {
    throw new Error(
      `${binPath} is missing: build first (pnpm --filter @prachum/cli... build); turbo's test task does`,
    );
  }
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? packageDir,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder, filled with the given files (path → content); removed by `cleanup`. */
export function temporaryFolder(files: Record<string, string | Buffer> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'prachum-cli-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return {
    root,
    path: (...parts: string[]) => join(root, ...parts),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * A temporary folder for the tests of the enclosing describe block: made before its first test
 * runs, removed after its last (so a block skipped by a filter leaves nothing behind).
 */
export function temporaryFolderForTests(files: Record<string, string | Buffer> = {}) {
  let folder: ReturnType<typeof temporaryFolder> | undefined;
  beforeAll(() => {
    folder = temporaryFolder(files);
  });
  afterAll(() => folder?.cleanup());
  const current = () => {
    if (!folder)
      throw new Error('temporaryFolderForTests: use the folder inside a test, not while collecting them');
    return folder;
  };
  return {
    get root() {
      return current().root;
    },
    path: (...parts: string[]) => current().path(...parts),
  };
}

/** Non-empty lines of JSON Lines output, parsed. */
export const jsonLines = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
