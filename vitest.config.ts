import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration suites start servers, TensorFlow and containers; two cores do not like many at once.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    pool: 'forks',
    // `npm run test:unit` runs the first alone: no TensorFlow, no servers, no Docker, a few seconds.
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'] } },
    ],
  },
});
