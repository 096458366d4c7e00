import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig(() => {
  // The two builds below write into dist/ at the same time, so neither may clean it: clean once here.
  rmSync('dist', { recursive: true, force: true });
  return [
    {
      // The library, for `import` and `require`.
      entry: ['src/index.ts'],
      format: ['esm', 'cjs'],
      dts: true,
      sourcemap: true,
      target: 'es2022',
      // The worker pool finds dist/parse-worker.js from import.meta.url, in the CJS build too.
      shims: true,
    },
    {
      // The `prachum` command and the worker thread it starts: ESM only, never imported by users.
      entry: { bin: 'src/bin.ts', 'parse-worker': 'src/parse/parse-worker.ts' },
      format: ['esm'],
      sourcemap: true,
      target: 'es2022',
    },
  ];
});
