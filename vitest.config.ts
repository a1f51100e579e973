import { defineConfig } from 'vitest/config';

// Dates are written in the user's locale; the test processes (forks, which read it at start)
// all run in one, so expected strings like "26 Nov 2026" hold on any machine.
delete process.env.LC_ALL;
process.env.LANG = 'en_GB.UTF-8';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/server/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
