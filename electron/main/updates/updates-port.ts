import { updateStatus, type UpdateStatus } from '../../../shared/updates/update-status';

/** What Settings → About asks of the app's self-update (see update-controller.ts). */
export interface UpdatesPort {
  status(): UpdateStatus;
  /** Checks the release feed now; resolves with the status once the check has settled. */
  check(): Promise<UpdateStatus>;
  /** Quits and installs a downloaded update; false when none is downloaded. */
  install(): boolean;
}

/** A build that cannot update itself (development, browser preview, smoke test): says why. */
export function unsupportedUpdates(reason: string): UpdatesPort {
  const status = updateStatus('unsupported', { message: reason });
  return {
    status: () => status,
    check: async () => status,
    install: () => false,
  };
}
