import type { Kysely } from 'kysely';
import { localDay } from '../../shared/domain/stats/local-day';
import { openDatabase, type DatabaseHandle } from './db/connection';
import { migrateToLatest } from './db/migrate';
import type { Database } from './db/schema';
import { EventBus } from './events';
import { dataPaths, ensureDataDirs, type DataPaths } from './paths';
import type { SettingsStore } from './settings/settings-store';

export type Runtime = 'electron' | 'browser-host' | 'test';

export interface AppIdentity {
  name: string;
  version: string;
}

/** What the main process owns, handed to every handler module. */
export interface MainServices {
  runtime: Runtime;
  app: AppIdentity;
  paths: DataPaths;
  db: Kysely<Database>;
  database: DatabaseHandle;
  settings: SettingsStore;
  events: EventBus;
  /** Injected so tests can pin "now"; everything that needs a date asks this. */
  now(): Date;
  today(): string;
  close(): Promise<void>;
}

export interface StartServicesOptions {
  runtime: Runtime;
  app: AppIdentity;
  dataDir: string;
  settings: (paths: DataPaths) => SettingsStore;
  nativeBinding?: string;
  now?: () => Date;
}

export async function startServices(options: StartServicesOptions): Promise<MainServices> {
  const paths = dataPaths(options.dataDir);
  ensureDataDirs(paths);
  const database = openDatabase({ file: paths.database, nativeBinding: options.nativeBinding });
  try {
    await migrateToLatest(database.db as Kysely<unknown>);
  } catch (error) {
    await database.close();
    throw error;
  }
  const now = options.now ?? (() => new Date());
  return {
    runtime: options.runtime,
    app: options.app,
    paths,
    db: database.db,
    database,
    settings: options.settings(paths),
    events: new EventBus(),
    now,
    today: () => localDay(now()),
    close: () => database.close(),
  };
}
