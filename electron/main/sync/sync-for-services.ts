import type { MainServices } from '../services';
import { createLeaderboardService, type LeaderboardService } from './leaderboard-service';
import { createSyncEngine, type SyncEngine, type SyncTuning } from './sync-engine';

const engines = new WeakMap<MainServices, SyncEngine>();
const tunings = new WeakMap<MainServices, Partial<SyncTuning>>();

/** Tests: shorter backoff, timers and timeouts for the engine these services will get. */
export function tuneSyncForTests(main: MainServices, tuning: Partial<SyncTuning>): void {
  tunings.set(main, tuning);
}

/**
 * The one sync engine of a running main process, made on first use. The app and the browser host
 * call start() after start-up; the CLI only pushes, without timers.
 */
export function syncEngineFor(main: MainServices): SyncEngine {
  let engine = engines.get(main);
  if (!engine) {
    engine = createSyncEngine({
      db: main.db,
      session: main.account.session,
      settings: main.settings,
      events: main.events,
      now: main.now,
      tuning: tunings.get(main),
    });
    engines.set(main, engine);
  }
  return engine;
}

/** Stops the engine's timers (services.close calls this before the database closes). */
export async function closeSyncFor(main: MainServices): Promise<void> {
  const engine = engines.get(main);
  engines.delete(main);
  await engine?.close();
}

export function leaderboardFor(main: MainServices): LeaderboardService {
  return createLeaderboardService({ db: main.db, session: main.account.session, now: main.now });
}
