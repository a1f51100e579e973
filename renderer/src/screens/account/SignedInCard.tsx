import type { AccountStatus } from '../../../../shared/ipc/channels/account';
import type { SyncStatus } from '../../../../shared/ipc/channels/sync';
import { call } from '../../api/client';
import { formatWhen } from '../../app/format';
import { hrefFor } from '../../app/router';
import { Button, Card } from '../../components/ui';
import { LeaderboardOptIn } from '../../features/account/LeaderboardOptIn';
import { useSubmit } from '../../api/use-submit';
import { FormError } from '../../components/FormError';

function syncLine(sync: SyncStatus | undefined): string {
  if (!sync) return '';
  const waiting = sync.pending === 0 ? 'Nothing waiting' : `${sync.pending} waiting to sync`;
  const last = sync.lastSyncAt ? `last synced ${formatWhen(sync.lastSyncAt)}` : 'not synced yet';
  if (sync.state === 'paused') return `${waiting}: "Sync my scores" is off in Settings.`;
  return `${waiting}; ${last}.${sync.lastError ? ` ${sync.lastError}` : ''}`;
}

export function SignedInCard({
  account,
  sync,
  onAccount,
  onSync,
}: {
  account: AccountStatus;
  sync: SyncStatus | undefined;
  onAccount(status: AccountStatus): void;
  onSync(status: SyncStatus): void;
}) {
  const user = account.user;
  const signOut = useSubmit();
  const syncNow = useSubmit();
  if (!user) return null;
  const how = user.providers.includes('google')
    ? user.hasPassword
      ? 'Google or password'
      : 'Google'
    : 'email and password';
  return (
    <Card title="Signed in" className="account-signed-in">
      <div className="account-who" data-testid="account-who">
        <div className="account-avatar" aria-hidden="true">
          {user.displayName.slice(0, 1).toUpperCase()}
        </div>
        <div>
          <div className="setting-label">{user.displayName}</div>
          <div className="setting-hint">
            {user.email} · signs in with {how}
          </div>
        </div>
        <Button
          variant="secondary"
          disabled={signOut.busy}
          onClick={() => signOut.run(async () => onAccount(await call('account:sign-out', {})))}
        >
          {signOut.busy ? 'Signing out…' : 'Sign out'}
        </Button>
      </div>
      <FormError message={signOut.error} />
      <div className="setting-row">
        <div>
          <div className="setting-label">Your scores</div>
          <div className="setting-hint" data-testid="account-sync-line">
            {syncLine(sync)}
          </div>
        </div>
        <Button
          icon="refresh"
          disabled={syncNow.busy || sync?.state === 'syncing'}
          onClick={() => syncNow.run(async () => onSync(await call('sync:now', {})))}
        >
          Sync now
        </Button>
      </div>
      <FormError message={syncNow.error} />
      <div className="setting-row">
        <LeaderboardOptIn account={account} onChange={onAccount} />
        <a className="btn btn-ghost" href={hrefFor('leaderboard')}>
          Open the leaderboard
        </a>
      </div>
      <p className="setting-hint">
        What is sent, the account service address and deleting your account:{' '}
        <a href={hrefFor('settings', { section: 'account' })}>Settings → Account and sync</a>.
      </p>
    </Card>
  );
}
