import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores on every machine here: two workers keep the suite quick without thrashing.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
