// Mutation testing (issue 6). `npm run mutation` mutates the pure engine;
// `npm run mutation:calendar` (GSOMIA_MUTATE=calendar) gives the calendar's own figure.
// Pass --concurrency 1 when the machine is busy: it has two cores, shared.
const target = process.env.GSOMIA_MUTATE === 'calendar' ? 'calendar' : 'engine';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // The explanations (explain.ts, explain/) are checked through the CLI by tests/render/explain-text.*,
  // which this configuration leaves out, so they are left out of the score too.
  // The timeline model (engine/timeline.ts, moved from render) is checked the same way, through
  // the pictures (tests/render/timeline-*.test.ts): left out of the score like the explanations.
  mutate:
    target === 'engine'
      ? ['src/engine/**/*.ts', '!src/engine/explain.ts', '!src/engine/explain/**', '!src/engine/timeline.ts']
      : ['src/calendar/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: `reports/mutation/${target}.html` },
  thresholds: { high: 95, low: 90, break: 90 },
  // Reuse earlier results for mutants whose code and covering tests did not change.
  incremental: true,
  incrementalFile: `reports/mutation/${target}-incremental.json`,
  // bench/out holds thousands of generated files the sandbox does not need.
  ignorePatterns: ['bench'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
