import { describe, expect, it } from 'vitest';
import type { AccountStatus } from '../../../shared/ipc/channels/account';
import type { SyncStatus } from '../../../shared/ipc/channels/sync';
import { syncPill } from '../../../renderer/src/features/account/sync-words';

const NOW = new Date('2026-12-07T12:00:00Z');

const signedIn: AccountStatus = {
  signedIn: true,
  user: { email: 'a@example.com', displayName: 'A', leaderboardOptIn: false, hasPassword: true, providers: [] },
  server: 'http://127.0.0.1:4000',
  serverSource: 'settings',
  sessionStorage: 'keychain',
  storageWarning: null,
  notice: null,
};
const signedOut: AccountStatus = { ...signedIn, signedIn: false, user: null };

function sync(patch: Partial<SyncStatus>): SyncStatus {
  return { state: 'idle', pending: 0, rejected: 0, lastSyncAt: null, lastError: null, nextRetryAt: null, ...patch };
}

describe('the Online pill', () => {
  it('says signed out, and offline when the connection is gone', () => {
    expect(syncPill(true, signedOut, sync({ state: 'signed-out', pending: 3 }), NOW).label).toBe('Signed out');
    expect(syncPill(false, signedOut, undefined, NOW).label).toBe('Offline');
  });

  it('counts what is waiting and says when it last synced', () => {
    const pill = syncPill(true, signedIn, sync({ pending: 2, lastSyncAt: '2026-12-07T11:55:00Z' }), NOW);
    expect(pill.label).toBe('2 waiting');
    expect(pill.detail).toBe('Last synced 5 minutes ago');
    expect(syncPill(true, signedIn, sync({ lastSyncAt: '2026-12-07T11:59:50Z' }), NOW)).toMatchObject({
      label: 'Synced',
      detail: 'Last synced just now',
      tone: 'good',
    });
  });

  it('gives the last error in words and keeps the waiting count', () => {
    const pill = syncPill(
      true,
      signedIn,
      sync({ state: 'error', pending: 4, lastError: 'The account service is busy; retrying in 30 s.' }),
      NOW,
    );
    expect(pill).toMatchObject({
      label: 'Sync problem · 4 waiting',
      detail: 'The account service is busy; retrying in 30 s.',
      tone: 'weak',
    });
  });

  it('shows syncing, paused and refused answers', () => {
    expect(syncPill(true, signedIn, sync({ state: 'syncing', pending: 3 }), NOW)).toMatchObject({
      label: 'Syncing…',
      detail: '3 waiting',
    });
    expect(syncPill(true, signedIn, sync({ state: 'paused', pending: 1 }), NOW).label).toBe('Sync off · 1 waiting');
    expect(syncPill(true, signedIn, sync({ rejected: 2 }), NOW)).toMatchObject({
      detail: 'Not synced yet · 2 refused',
      tone: 'ok',
    });
  });
});
