import type { Kysely } from 'kysely';
import type { LocalEvaluator } from '../../shared/domain/evaluator';
import { sharedLocalEvaluator } from './attempts/shared-evaluator';
import { localDay } from '../../shared/domain/stats/local-day';
import { openDatabase, type DatabaseHandle } from './db/connection';
import { closeAiQueueFor } from './ai/ai-for-services';
import { closeSyncFor } from './sync/sync-for-services';
import { backupDatabase } from './db/backup';
import { migrateToLatest } from './db/migrate';
import type { Database } from './db/schema';
import type { NativeModules } from './native/native-modules';
import { EventBus } from './events';
import { createMediaService, type MediaService, type MediaServiceOptions } from './media/media-service';
import { dataPaths, ensureDataDirs, type DataPaths } from './paths';
import { syncQuestionBank, type BankSyncReport } from './questions/bank-sync';
import { legalFiles, questionBankDir, resolveResourcesDir, type LegalFiles } from './resources-dir';
import type { SettingsStore } from './settings/settings-store';
import { loadKeytar } from './secrets/keytar-loader';
import { createSecretStore, type SecretStore } from './secrets/secret-store';
import { createAccountService, type AccountService, type AccountServiceOptions } from './account/account-service';

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
  /** Recordings: chunks, processing, crash recovery, signed media URLs (electron/main/media). */
  media: MediaService;
  /** Files shipped with the app (question bank, …); see resources-dir.ts. */
  resourcesDir: string;
  /** The app's licence and third-party notices (Settings → About). */
  legal: LegalFiles;
  /** Native addons for this runtime (keytar for the secret store; see native/native-modules.ts). */
  native: NativeModules;
  /** API keys and tokens in the OS keychain (memory for this run where none answers). */
  secrets: SecretStore;
  /** What start-up did with the question bank; null when loading it failed (logged). */
  bank: BankSyncReport | null;
  /** The local answer evaluator, initialised on first use (or warmed after start-up). */
  evaluator: LocalEvaluator;
  /**
   * The IntervYou account (electron/main/account): sign-in flows and `account.session`, the
   * signed-in session the sync engine and the leaderboard send their requests through.
   */
  account: AccountService;
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
  /** Native addons built for the running runtime (Electron); Node uses node_modules' own builds. */
  native?: NativeModules;
  now?: () => Date;
  /** Shipped files; defaults to the repository's resources/ (see resolveResourcesDir). */
  resourcesDir?: string;
  /** Licence and notices files; default: the repository's (see legalFiles). */
  legal?: LegalFiles;
  /**
   * Warm the evaluator in the background shortly after start-up, so the first answer is graded
   * without waiting for the grammar checker. Defaults to on, except for the 'test' runtime (tests
   * and the CLI), where it would only burn CPU in processes that may never grade an answer.
   */
  warmEvaluator?: boolean;
  /** ffmpeg for recordings (the packaged app's own copy) and test hooks (free-space probe, write function, threshold). */
  media?: Partial<
    Pick<
      MediaServiceOptions,
      'ffmpegPath' | 'locateFfmpeg' | 'minFreeBytes' | 'freeSpace' | 'write' | 'recordingIdleMs'
    >
  >;
  /** Recover recordings a crash left behind, in the background (default true). */
  recoverRecordings?: boolean;
  /** The secret store; defaults to the OS keychain through keytar. */
  secrets?: SecretStore;
  /** Where INTERVYOU_SERVER_URL is read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Tests: the account client's fetch wrapper, timeouts, build default. */
  account?: Pick<AccountServiceOptions, 'fetch' | 'timeoutMs' | 'buildDefaultServerUrl' | 'googleTimeoutMs'>;
  /**
   * Ask the service for the signed-in user's latest details shortly after start-up (default on,
   * except for the 'test' runtime: tests and one-shot CLI commands must not reach the network unasked).
   */
  refreshAccountAtStart?: boolean;
}

// Lets the first window paint before the grammar checker's WASM compiles on the main thread.
const EVALUATOR_WARM_DELAY_MS = 1500;
// After the first paint and the evaluator's warm-up: who is signed in is already shown from SQLite.
const ACCOUNT_REFRESH_DELAY_MS = 3000;

function loadBank(database: DatabaseHandle, resourcesDir: string, now: Date): BankSyncReport | null {
  try {
    return syncQuestionBank(database.sqlite, questionBankDir(resourcesDir), now);
  } catch (error) {
    // A broken bank must not keep the user from their history; practice shows what is stored.
    console.error('[questions] the question bank could not be loaded', error);
    return null;
  }
}

export async function startServices(options: StartServicesOptions): Promise<MainServices> {
  const paths = dataPaths(options.dataDir);
  ensureDataDirs(paths);
  const database = openDatabase({ file: paths.database, nativeBinding: options.native?.sqlite });
  const now = options.now ?? (() => new Date());
  try {
    await migrateToLatest(database.db as Kysely<unknown>, undefined, {
      beforeMigrating: async (pending) => {
        const file = await backupDatabase(database.sqlite, paths.backups, {
          label: pending[0] ?? 'migration',
          now: now(),
        });
        console.log(`[db] backed up the database to ${file} before migrating (${pending.join(', ')})`);
      },
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  const resourcesDir = options.resourcesDir ?? resolveResourcesDir();
  const bank = loadBank(database, resourcesDir, now());
  const evaluator = sharedLocalEvaluator();
  if (options.warmEvaluator ?? options.runtime !== 'test') {
    setTimeout(() => {
      evaluator.init().catch((error: unknown) => console.error('[evaluator] warm-up failed', error));
    }, EVALUATOR_WARM_DELAY_MS).unref();
  }
  const events = new EventBus();
  const media = createMediaService({ ...options.media, db: database.db, recordingsDir: paths.recordings, events, now });
  if (options.recoverRecordings ?? true) {
    // In the background: start-up never waits for ffmpeg.
    media.recover().catch((error: unknown) => console.error('[media] recovery failed', error));
  }
  const settings = options.settings(paths);
  const secrets =
    options.secrets ??
    createSecretStore({ keytar: () => loadKeytar(options.native?.keytar), warn: (message) => console.warn(message) });
  const account = createAccountService({
    ...options.account,
    sqlite: database.sqlite,
    settings,
    secrets,
    events,
    now,
    env: options.env ?? process.env,
  });
  const accountRefresh =
    (options.refreshAccountAtStart ?? options.runtime !== 'test')
      ? // In the background: start-up never waits for the keychain or the network.
        setTimeout(() => {
          account.refreshUser().catch((error: unknown) => console.error('[account] refreshing the user failed', error));
        }, ACCOUNT_REFRESH_DELAY_MS).unref()
      : undefined;
  const services: MainServices = {
    runtime: options.runtime,
    app: options.app,
    paths,
    db: database.db,
    database,
    settings,
    events,
    media,
    resourcesDir,
    legal: options.legal ?? legalFiles(),
    native: options.native ?? {},
    secrets,
    bank,
    evaluator,
    account,
    now,
    today: () => localDay(now()),
    close: async () => {
      clearTimeout(accountRefresh);
      await closeSyncFor(services);
      await account.close();
      await closeAiQueueFor(services);
      await media.close();
      await database.close();
    },
  };
  return services;
}
