import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@prachum/source'] },
  ssr: { resolve: { conditions: ['@prachum/source'] } },
  // The end-to-end tests start the built CLI, often several times per test.
  test: { name: 'cli', include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
