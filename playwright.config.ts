import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { electronAvailability } from './tests/e2e-electron/electron-app';

/**
 * web: the real renderer in Chromium against the real main-process services through the
 * loopback browser host (Debian's Chromium here; Playwright's own elsewhere).
 * electron: the same flows in the real Electron app; skipped, with the reason printed, where
 * no Electron binary is installed.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const electron = electronAvailability();
if (!electron.ok && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`[electron specs] will be skipped: ${electron.reason}`);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  outputDir: 'test-results/playwright',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 820 },
        launchOptions: { executablePath: chromiumPath, args: CHROMIUM_ARGS },
      },
    },
    { name: 'electron', testDir: 'tests/e2e-electron' },
  ],
});
