import type { MainServices } from '../../../electron/main/services';
import { createSyncEngine, type SyncEngine, type SyncTuning } from '../../../electron/main/sync/sync-engine';
import type { SyncStatus } from '../../../shared/ipc/channels/sync';
import { startAccountServiceProcess, type AccountServiceProcess } from '../../helpers/account-service-process';
import { startFaultProxy, type FaultProxy } from '../../helpers/fault-proxy';
import { serviceTotals } from '../../helpers/sync-totals';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';
import { standInSession } from './stand-in-session';

/** Short waits so a test sees several retries in a second; no randomness so delays are known. */
export const FAST_TUNING: Partial<SyncTuning> = {
  backoff: { baseMs: 20, capMs: 200 },
  periodMs: 60_000,
  startDelayMs: 0,
  requestTimeoutMs: 3_000,
  random: () => 1,
};

export interface SyncWorld {
  service: AccountServiceProcess;
  /** In front of the service; faults apply to /v1/sync only. */
  proxy: FaultProxy;
  email: string;
  dataDir: string;
  services: MainServices;
  session: ReturnType<typeof standInSession>;
  engine: SyncEngine;
  statuses: SyncStatus[];
  serviceTotals(): ReturnType<typeof serviceTotals>;
  /** New services and engine on the same data folder and session (an app restart). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real account service (its own process, PGlite) behind a fault proxy, a registered user, and
 * the real main-process services on a fresh data folder with a sync engine signed in as them.
 */
export async function startSyncWorld(
  options: { tuning?: Partial<SyncTuning>; service?: AccountServiceProcess } = {},
): Promise<SyncWorld> {
  const service = options.service ?? (await startAccountServiceProcess());
  const proxy = await startFaultProxy(service.url, (_method, path) => path.startsWith('/v1/sync'));
  const { email, password, session: tokens } = await service.register();
  const dir = makeTempDir('intervyou-sync-');
  const session = standInSession(proxy.url, tokens);
  const statuses: SyncStatus[] = [];
  const open = async () => {
    const services = await startTestServices(dir.path);
    services.events.subscribe((name, payload) => {
      if (name === 'sync:status') statuses.push(payload as SyncStatus);
    });
    const engine = createSyncEngine({
      db: services.db,
      session,
      settings: services.settings,
      events: services.events,
      now: services.now,
      tuning: { ...FAST_TUNING, ...options.tuning },
    });
    return { services, engine };
  };
  const world: SyncWorld = {
    service,
    proxy,
    email,
    dataDir: dir.path,
    session,
    statuses,
    ...(await open()),
    serviceTotals: () => serviceTotals(service.url, email, password),
    async restart() {
      await world.engine.close();
      await world.services.close();
      Object.assign(world, await open());
    },
    async close() {
      await world.engine.close();
      await world.services.close();
      await proxy.close();
      if (!options.service) await service.close();
      dir.remove();
    },
  };
  return world;
}
