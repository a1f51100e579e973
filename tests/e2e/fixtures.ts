import { test as base, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { createHostRoutes } from '../../electron/host/host-routes';
import { startHost, type HostRoute, type RunningHost } from '../../electron/host/host-server';
import { createHandlers } from '../../electron/main/ipc/registry';
import { dataFolderPlatform } from '../../electron/main/platform/data-folder-platform';
import type { MainServices } from '../../electron/main/services';
import type { UpdatesPort } from '../../electron/main/updates/updates-port';
import { makeTempDir } from '../helpers/temp-dir';
import { startTestServices } from '../helpers/test-services';

export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../dist/renderer');

export interface HostedApp {
  services: MainServices;
  host: RunningHost;
  dataDir: string;
  /** Opens the app at a screen (e.g. "settings"), authorised with the host token. */
  open(screen?: string): Promise<void>;
}

/**
 * Each test gets its own data folder and its own host running the real main-process services
 * against the built renderer (npm run build first).
 */
export const test = base.extend<{
  app: HostedApp;
  hostRoutes: readonly HostRoute[];
  /** The app's self-update, when a test drives one (default: the browser host's "unsupported"). */
  updates: ((services: MainServices) => UpdatesPort) | undefined;
}>({
  hostRoutes: [[], { option: true }],
  updates: [undefined, { option: true }],
  app: async ({ page, hostRoutes, updates }, use) => {
    const dir = makeTempDir('intervyou-e2e-');
    const services = await startTestServices(dir.path);
    const host = await startHost({
      handlers: createHandlers(
        services,
        updates
          ? {
              ...dataFolderPlatform(services.paths.exports, { importsDir: services.paths.imports }),
              updates: updates(services),
            }
          : dataFolderPlatform(services.paths.exports, { importsDir: services.paths.imports }),
      ),
      events: services.events,
      rendererDir: RENDERER_DIR,
      routes: [...createHostRoutes(services), ...hostRoutes],
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use({
      services,
      host,
      dataDir: dir.path,
      open: async (screen = 'dashboard') => {
        await page.goto(`${host.url}?token=${host.token}#/${screen}`);
        await expect(page.locator('.app')).toBeVisible();
      },
    });
    await host.close();
    await services.close();
    dir.remove();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}.png`) });
}
