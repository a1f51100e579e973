import path from 'node:path';
import { parseArgs } from 'node:util';
import { aiQueueFor } from '../main/ai/ai-for-services';
import { createHandlers } from '../main/ipc/registry';
import { resolveDataDir } from '../main/paths';
import { startServices } from '../main/services';
import { syncEngineFor } from '../main/sync/sync-for-services';
import { openConfSettings } from '../main/settings/conf-settings';
import { appIdentity } from '../main/app-identity';
import { createHostRoutes } from './host-routes';
import { startHost } from './host-server';

/**
 * Runs the real main-process services behind the loopback browser host.
 *   tsx electron/host/host-main.ts [--data-dir DIR] [--port N] [--renderer-dir DIR] [--allow-origin URL]
 * Prints one JSON line {url, token, dataDir} when ready, so tests and scripts can connect.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      'renderer-dir': { type: 'string' },
      'allow-origin': { type: 'string', multiple: true, default: [] },
      token: { type: 'string' },
    },
  });
  const dataDir = values['data-dir']
    ? path.resolve(values['data-dir'])
    : resolveDataDir(process.env, () => path.resolve('.data'));
  const services = await startServices({
    runtime: 'browser-host',
    app: appIdentity(),
    dataDir,
    settings: (paths) => openConfSettings(paths.settingsDir),
  });
  syncEngineFor(services).start();
  // AI work left waiting (or cut off) by the last run gets the queue's periodic pass.
  aiQueueFor(services);
  const host = await startHost({
    handlers: createHandlers(services),
    events: services.events,
    rendererDir: values['renderer-dir'] ? path.resolve(values['renderer-dir']) : undefined,
    port: Number(values.port),
    token: values.token,
    extraOrigins: values['allow-origin'],
    routes: createHostRoutes(services),
  });
  process.stdout.write(`${JSON.stringify({ url: host.url, token: host.token, dataDir })}\n`);

  const shutdown = async (): Promise<void> => {
    await host.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
