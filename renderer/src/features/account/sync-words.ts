import type { AccountStatus } from '../../../../shared/ipc/channels/account';
import type { SyncStatus } from '../../../../shared/ipc/channels/sync';
import { formatWhen } from '../../app/format';

export type PillTone = 'good' | 'ok' | 'weak' | 'neutral';

export interface SyncPill {
  /** The pill's short label. */
  label: string;
  /** One line under it: when it last synced, or what went wrong, in words. */
  detail: string;
  tone: PillTone;
  icon: 'online' | 'offline' | 'refresh' | 'warning' | 'lock';
}

function waiting(pending: number): string {
  return `${pending} waiting`;
}

function lastSynced(sync: SyncStatus, now: Date): string {
  if (!sync.lastSyncAt) return 'Not synced yet';
  const seconds = (now.getTime() - new Date(sync.lastSyncAt).getTime()) / 1000;
  return seconds < 60 ? 'Last synced just now' : `Last synced ${formatWhen(sync.lastSyncAt, now)}`;
}

/**
 * What the Online pill says: the connection, then the account and the sync engine in words.
 * Before the account or sync status is known it falls back to the connection alone.
 */
export function syncPill(
  online: boolean,
  account: AccountStatus | undefined,
  sync: SyncStatus | undefined,
  now: Date = new Date(),
): SyncPill {
  const offline: SyncPill = {
    label: 'Offline',
    detail: 'Everything keeps working; scores sync later',
    tone: 'ok',
    icon: 'offline',
  };
  if (account && !account.signedIn) {
    if (!online) return offline;
    return { label: 'Signed out', detail: 'Sign in to sync your scores', tone: 'neutral', icon: 'lock' };
  }
  if (!sync) return online ? { label: 'Online', detail: '', tone: 'good', icon: 'online' } : offline;
  const refused = sync.rejected > 0 ? ` · ${sync.rejected} refused` : '';
  switch (sync.state) {
    case 'signed-out':
      return online
        ? { label: 'Signed out', detail: 'Sign in to sync your scores', tone: 'neutral', icon: 'lock' }
        : offline;
    case 'paused':
      return {
        label: sync.pending > 0 ? `Sync off · ${waiting(sync.pending)}` : 'Sync off',
        detail: 'Turned off in Settings',
        tone: 'neutral',
        icon: online ? 'online' : 'offline',
      };
    case 'syncing':
      return {
        label: 'Syncing…',
        detail: sync.pending > 0 ? `${waiting(sync.pending)}${refused}` : lastSynced(sync, now),
        tone: 'good',
        icon: 'refresh',
      };
    case 'offline':
      return {
        label: sync.pending > 0 ? `Offline · ${waiting(sync.pending)}` : 'Offline',
        detail: sync.lastError ?? 'Everything keeps working; scores sync later',
        tone: 'ok',
        icon: 'offline',
      };
    case 'error':
      return {
        label: sync.pending > 0 ? `Sync problem · ${waiting(sync.pending)}` : 'Sync problem',
        detail: sync.lastError ?? 'The account service answered with an error; retrying',
        tone: 'weak',
        icon: 'warning',
      };
    case 'idle':
      if (!online) return { ...offline, label: sync.pending > 0 ? `Offline · ${waiting(sync.pending)}` : 'Offline' };
      return {
        label: sync.pending > 0 ? waiting(sync.pending) : 'Synced',
        detail: `${lastSynced(sync, now)}${refused}`,
        tone: sync.rejected > 0 ? 'ok' : 'good',
        icon: 'online',
      };
  }
}
