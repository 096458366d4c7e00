import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@prachum/source'] },
  ssr: { resolve: { conditions: ['@prachum/source'] } },
  test: { name: 'json-schema', include: ['test/**/*.test.ts'] },
});
