import { createSecretStore } from '../../../electron/main/secrets/secret-store';
import type { MainServices } from '../../../electron/main/services';
import type { SyncEngine, SyncTuning } from '../../../electron/main/sync/sync-engine';
import { syncEngineFor, tuneSyncForTests } from '../../../electron/main/sync/sync-for-services';
import type { SyncStatus } from '../../../shared/ipc/channels/sync';
import { signUpAndSignIn, type TestAccountService } from '../../helpers/account-service';
import { startFaultProxy, type FaultProxy } from '../../helpers/fault-proxy';
import { testSecretService } from '../../helpers/keychain';
import { serviceTotals } from '../../helpers/sync-totals';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

/** Short waits so a test sees several retries in a second; no randomness so delays are known. */
export const FAST_TUNING: Partial<SyncTuning> = {
  backoff: { baseMs: 20, capMs: 200 },
  periodMs: 60_000,
  startDelayMs: 0,
  requestTimeoutMs: 15_000,
  random: () => 1,
};

export interface SyncWorld {
  /** In front of the service; faults apply to /v1/sync only. */
  proxy: FaultProxy;
  email: string;
  password: string;
  services: MainServices;
  engine: SyncEngine;
  /** Every 'sync:status' event, in order. */
  statuses: SyncStatus[];
  serviceTotals(): ReturnType<typeof serviceTotals>;
  /** New services and engine on the same data folder and keychain (an app restart). */
  restart(): Promise<void>;
  /** Idempotent. */
  close(): Promise<void>;
}

/**
 * The real account service behind a fault proxy, and the real main-process services on a fresh
 * data folder, signed up and in through the app's own account flow, with a sync engine.
 */
export async function startSyncWorld(
  service: TestAccountService,
  options: { tuning?: Partial<SyncTuning> } = {},
): Promise<SyncWorld> {
  const proxy = await startFaultProxy(service.url, (_method, path) => path.startsWith('/v1/sync'));
  const dir = makeTempDir('intervyou-sync-');
  // One keychain for both "runs" of the app, so a restart finds the session.
  const secrets = createSecretStore({ service: testSecretService() });
  const statuses: SyncStatus[] = [];
  const open = async () => {
    const services = await startTestServices(dir.path, undefined, { secrets });
    services.events.subscribe((name, payload) => {
      if (name === 'sync:status') statuses.push(payload as SyncStatus);
    });
    tuneSyncForTests(services, { ...FAST_TUNING, ...options.tuning });
    return { services, engine: syncEngineFor(services) };
  };
  const first = await open();
  const { email, password } = await signUpAndSignIn(first.services, { ...service, url: proxy.url });
  let closed = false;
  const world: SyncWorld = {
    proxy,
    email,
    password,
    statuses,
    ...first,
    serviceTotals: () => serviceTotals(service.url, email, password),
    async restart() {
      await world.services.close();
      Object.assign(world, await open());
    },
    async close() {
      if (closed) return;
      closed = true;
      await world.services.close();
      await proxy.close();
      dir.remove();
    },
  };
  return world;
}
