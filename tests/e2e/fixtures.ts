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
import { startAccountService, type AccountService } from './account-service';

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
  /**
   * The real account service the app is pointed at (Settings → account service address), when a
   * test uses one: `test.use({ accountService: withAccountService })`.
   */
  accountService: AccountService | undefined;
  /** Where the app's "open in the browser" goes (Google sign-in); default: no browser can be opened. */
  openExternal: ((url: string) => Promise<boolean> | boolean) | undefined;
}>({
  hostRoutes: [[], { option: true }],
  updates: [undefined, { option: true }],
  accountService: [undefined, { option: true }],
  openExternal: [undefined, { option: true }],
  app: async ({ page, hostRoutes, updates, accountService, openExternal }, use) => {
    const dir = makeTempDir('intervyou-e2e-');
    const services = await startTestServices(dir.path);
    if (accountService) services.settings.update({ sync: { serverUrl: accountService.url } });
    const platform = dataFolderPlatform(services.paths.exports, {
      importsDir: services.paths.imports,
      ...(openExternal ? { openExternal } : {}),
    });
    const host = await startHost({
      handlers: createHandlers(services, updates ? { ...platform, updates: updates(services) } : platform),
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

/** A fresh account service (PGlite) per test, stopped and removed after it. */
// Playwright passes a fixture's dependencies by destructuring; this one has none.
// eslint-disable-next-line no-empty-pattern
export async function withAccountService({}, use: (service: AccountService) => Promise<void>): Promise<void> {
  const service = await startAccountService();
  await use(service);
  await service.close();
}

/** The same, with Google sign-in against a real OpenID Connect provider on loopback. */
// eslint-disable-next-line no-empty-pattern
export async function withGoogleAccountService({}, use: (service: AccountService) => Promise<void>): Promise<void> {
  const service = await startAccountService({ google: true });
  await use(service);
  await service.close();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}.png`) });
}
