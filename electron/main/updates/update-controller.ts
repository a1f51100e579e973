import { updateStatus, type UpdateStatus } from '../../../shared/updates/update-status';
import { updateErrorMessage } from './update-errors';
import type { UpdatesPort } from './updates-port';

/** The part of electron-updater's AppUpdater the controller drives (its events and two calls). */
export interface UpdaterLike {
  on(event: 'checking-for-update', listener: () => void): unknown;
  on(event: 'update-available' | 'update-not-available', listener: (info: { version: string }) => void): unknown;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  checkForUpdates(): Promise<{ downloadPromise?: Promise<unknown> | null } | null>;
  quitAndInstall(): void;
}

export interface UpdateControllerOptions {
  updater: UpdaterLike;
  /** Every status change (the main process forwards it to the renderer). */
  onStatus?: (status: UpdateStatus) => void;
  now?: () => Date;
}

/**
 * Turns electron-updater's events into one UpdateStatus. A found update downloads in the
 * background (the updater's autoDownload) and installs on "Restart to update" or at the next quit.
 */
export function createUpdateController(options: UpdateControllerOptions): UpdatesPort {
  const { updater } = options;
  const now = options.now ?? (() => new Date());
  let status = updateStatus('idle');
  let inFlight: Promise<UpdateStatus> | null = null;

  const set = (next: UpdateStatus): void => {
    status = next;
    options.onStatus?.(status);
  };
  const checked = () => now().toISOString();

  updater.on('checking-for-update', () => set(updateStatus('checking', { checkedAt: status.checkedAt })));
  updater.on('update-not-available', () => set(updateStatus('not-available', { checkedAt: checked() })));
  updater.on('update-available', (info) =>
    set(updateStatus('available', { availableVersion: info.version, checkedAt: checked() })),
  );
  updater.on('download-progress', (progress) =>
    set(
      updateStatus('downloading', {
        availableVersion: status.availableVersion,
        percent: Math.max(0, Math.min(100, Math.round(progress.percent))),
        checkedAt: status.checkedAt,
      }),
    ),
  );
  updater.on('update-downloaded', (info) =>
    set(updateStatus('downloaded', { availableVersion: info.version, percent: 100, checkedAt: status.checkedAt })),
  );
  updater.on('error', (error) => {
    // A failed background download keeps what was found, so the user can try again.
    set(
      updateStatus('error', {
        message: updateErrorMessage(error),
        availableVersion: status.availableVersion,
        checkedAt: checked(),
      }),
    );
  });

  async function runCheck(): Promise<UpdateStatus> {
    try {
      const result = await updater.checkForUpdates();
      // A background download that fails is reported through the 'error' event; its promise must not go unhandled.
      result?.downloadPromise?.catch(() => undefined);
    } catch (error) {
      if (status.state !== 'error')
        set(updateStatus('error', { message: updateErrorMessage(error), checkedAt: checked() }));
    }
    return status;
  }

  return {
    status: () => status,
    check() {
      // An update being fetched or waiting to be installed is not thrown away by another check.
      if (status.state === 'downloading' || status.state === 'downloaded') return Promise.resolve(status);
      inFlight ??= runCheck().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    install() {
      if (status.state !== 'downloaded') return false;
      updater.quitAndInstall();
      return true;
    },
  };
}
