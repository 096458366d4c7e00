import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@prachum/source'] },
  ssr: { resolve: { conditions: ['@prachum/source'] } },
  // Some tests parse whole corpora or start python3: give them room on a busy machine.
  test: { name: 'json-schema', include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});
