import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@prachum/source'] },
  ssr: { resolve: { conditions: ['@prachum/source'] } },
  test: { name: 'cli', include: ['test/**/*.test.ts'] },
});
