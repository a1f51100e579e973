import { defineConfig } from 'vitest/config';

/**
 * Tests of the built and packaged app (`npm run build` first): the package's entry, and a
 * `--linux dir` pack against a stand-in Electron folder, started through its real start-up path.
 */
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
